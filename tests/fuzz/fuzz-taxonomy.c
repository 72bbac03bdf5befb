/* fuzz-taxonomy.c: libFuzzer target for a dataset's taxonomy override
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tautan/tautan-diagnostic.h"
#include "tautan/tautan-json-scan.h"
#include "tautan/tautan-taxonomy.h"

#include "fuzz-common.h"

/* Any bytes as a dataset's "taxonomy" member, read as the loader reads
 * it: a taxonomy whose every type can be looked up, or problems, never a
 * crash. */
int
LLVMFuzzerTestOneInput (const guint8 *data,
                        gsize         size)
{
  g_autoptr(GPtrArray) diagnostics = g_ptr_array_new_with_free_func ((GDestroyNotify)tautan_diagnostic_free);
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(TautanTaxonomy) taxonomy = NULL;
  TautanTaxonomy *base = tautan_taxonomy_get_default ();
  guint n_types;

  if (!tautan_json_scan_check ((const char *)data, size, "fuzz.json", diagnostics) ||
      !json_parser_load_from_data (parser, (const char *)data, (gssize)size, NULL))
    return 0;

  taxonomy = tautan_taxonomy_new_with_overrides (base, json_parser_get_root (parser), "fuzz.json", "$.taxonomy",
                                                 diagnostics);
  g_assert (taxonomy != NULL || diagnostics->len > 0);
  if (taxonomy == NULL)
    return 0;

  n_types = tautan_taxonomy_get_n_types (taxonomy);
  g_assert (n_types >= tautan_taxonomy_get_n_types (base));
  for (guint t = 0; t < n_types; t++)
    {
      const TautanEventType *type = tautan_taxonomy_get_event_type (taxonomy, t);

      g_assert (type->id != NULL && type->label != NULL);
      g_assert (g_utf8_validate (type->id, -1, NULL) && g_utf8_validate (type->label, -1, NULL));
      g_assert (tautan_taxonomy_lookup (taxonomy, type->id) == (int)t);
      g_assert (type->quad_class < TAUTAN_N_QUAD_CLASSES);
      g_assert (type->color <= 0xffffff);
    }
  for (guint q = 0; q < TAUTAN_N_QUAD_CLASSES; q++)
    g_assert (tautan_taxonomy_get_quad_class (taxonomy, q) != NULL);
  g_assert (tautan_taxonomy_get_checksum (taxonomy) != NULL);

  return 0;
}
