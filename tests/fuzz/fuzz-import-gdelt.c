/* fuzz-import-gdelt.c: libFuzzer target for the GDELT importer and the interop writers
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tautan/tautan-import.h"
#include "tautan/tautan-interop.h"

#include "fuzz-common.h"

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        gsize         size)
{
  g_autoptr(TautanImporter) importer = NULL;
  g_autoptr(GBytes) json = NULL;
  g_autoptr(TautanDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  TautanImportOptions options;

  /* Any input: a dataset, diagnostics, or "no event", never a crash. */
  tautan_import_options_init (&options);
  options.database = TAUTAN_IMPORT_GDELT;
  importer = tautan_importer_new (&options, NULL);
  tautan_importer_add_data (importer, "fuzz.gdelt", (const char *)data, size, NULL);
  json = tautan_importer_build_json (importer, &error);
  if (json == NULL)
    {
      g_assert_error (error, TAUTAN_IMPORT_ERROR, TAUTAN_IMPORT_ERROR_EMPTY);
      return 0;
    }

  /* What the importer writes always loads. */
  dataset = tautan_importer_build_dataset (importer, &error);
  g_assert_no_error (error);

  /* And the names it read go through every interop writer. */
  for (guint f = TAUTAN_INTEROP_GEXF; f <= TAUTAN_INTEROP_CSV; f++)
    {
      TautanTimeSpan span = tautan_dataset_get_span (dataset);
      g_autoptr(TautanSlice) slice = tautan_slice_new (dataset, &span, FALSE);
      g_autoptr(GBytes) bytes = NULL;
      TautanInteropOptions interop;

      tautan_interop_options_init (&interop);
      interop.format = f;
      bytes = tautan_interop_to_bytes (slice, &interop, NULL);
      g_assert_nonnull (bytes);
    }

  return 0;
}
