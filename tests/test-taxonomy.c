/* test-taxonomy.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tautan/tautan-diagnostic.h"
#include "tautan/tautan-taxonomy.h"

static void
test_default (void)
{
  TautanTaxonomy *taxonomy = tautan_taxonomy_get_default ();
  const char *required[] = {
    "statement", "support", "congratulate", "meet", "sign-agreement", "military-cooperation",
    "supply-weapons", "aid", "vote", "accuse", "deny", "criticise", "threaten", "sanction", "attack",
  };
  g_autoptr(GHashTable) colors = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    g_assert_cmpint (tautan_taxonomy_lookup (taxonomy, required[i]), >=, 0);

  for (guint i = 0; i < tautan_taxonomy_get_n_types (taxonomy); i++)
    {
      const TautanEventType *type = tautan_taxonomy_get_event_type (taxonomy, i);

      g_assert_nonnull (type->label);
      g_assert_nonnull (type->cameo[0]);
      g_assert_true (type->plover != NULL || type->plover_note != NULL);
      g_assert_cmpint (type->quad_class, <, TAUTAN_N_QUAD_CLASSES);
      g_hash_table_add (colors, GUINT_TO_POINTER (type->color + 1));
    }

  for (guint q = 0; q < TAUTAN_N_QUAD_CLASSES; q++)
    g_assert_nonnull (tautan_taxonomy_get_quad_class (taxonomy, q)->label);

  g_assert_cmpint (tautan_taxonomy_get_event_type (taxonomy, tautan_taxonomy_lookup (taxonomy, "attack"))->quad_class,
                   ==, TAUTAN_QUAD_MATERIAL_CONFLICT);
  g_assert_cmpint (tautan_taxonomy_get_event_type (taxonomy, tautan_taxonomy_lookup (taxonomy, "accuse"))->quad_class,
                   ==, TAUTAN_QUAD_VERBAL_CONFLICT);
  g_assert_cmpuint (strlen (tautan_taxonomy_get_checksum (taxonomy)), ==, 64);
}

static void
test_overrides (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) diags = g_ptr_array_new_with_free_func ((GDestroyNotify)tautan_diagnostic_free);
  g_autoptr(TautanTaxonomy) merged = NULL;
  TautanTaxonomy *base = tautan_taxonomy_get_default ();
  const char *json = "{\"event_types\": [{\"id\": \"attack\", \"label\": \"Strike\", \"cameo\": [\"190\"],"
                     " \"plover\": \"ASSAULT\", \"quad_class\": \"material-conflict\", \"color\": \"#112233\"},"
                     " {\"id\": \"new\", \"label\": \"New\", \"quad_class\": \"verbal-conflict\", \"color\": \"#445566\"}]}";

  g_assert_true (json_parser_load_from_data (parser, json, -1, NULL));
  merged = tautan_taxonomy_new_with_overrides (base, json_parser_get_root (parser), "d.json", "$.taxonomy", diags);
  g_assert_nonnull (merged);
  g_assert_cmpuint (tautan_taxonomy_get_n_types (merged), ==, tautan_taxonomy_get_n_types (base) + 1);
  g_assert_cmpint (tautan_taxonomy_lookup (merged, "attack"), ==, tautan_taxonomy_lookup (base, "attack"));
  g_assert_cmpstr (tautan_taxonomy_get_event_type (merged, tautan_taxonomy_lookup (merged, "attack"))->label, ==, "Strike");
  g_assert_cmpuint (tautan_taxonomy_get_event_type (merged, tautan_taxonomy_lookup (merged, "new"))->color, ==, 0x445566);
  g_assert_cmpstr (tautan_taxonomy_get_checksum (merged), !=, tautan_taxonomy_get_checksum (base));
  /* The base is untouched. */
  g_assert_cmpstr (tautan_taxonomy_get_event_type (base, tautan_taxonomy_lookup (base, "attack"))->label, ==, "Attack");
}

static void
test_bad_override (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) diags = g_ptr_array_new_with_free_func ((GDestroyNotify)tautan_diagnostic_free);
  g_autoptr(TautanTaxonomy) merged = NULL;
  g_autofree char *text = NULL;
  const char *json = "{\"event_types\": [{\"id\": \"x\", \"label\": \"X\", \"quad_class\": \"friendly\", \"color\": \"red\"}]}";

  g_assert_true (json_parser_load_from_data (parser, json, -1, NULL));
  merged = tautan_taxonomy_new_with_overrides (tautan_taxonomy_get_default (), json_parser_get_root (parser),
                                               "d.json", "$.taxonomy", diags);
  g_assert_null (merged);
  g_assert_cmpuint (diags->len, ==, 2);
  text = tautan_diagnostics_format (diags, 0);
  g_assert_cmpstr (text, ==,
                   "d.json: error: $.taxonomy.event_types[0].quad_class: unknown QuadClass \"friendly\" (expected "
                   "verbal-cooperation, material-cooperation, verbal-conflict or material-conflict)\n"
                   "d.json: error: $.taxonomy.event_types[0].color: \"red\" is not a colour of the form #RRGGBB");
}

/* Many types: every one has its bit in a mask, and past the cap the
 * taxonomy is refused with the path, never silently cut. */
static void
test_many_types (void)
{
  g_autoptr(GString) json = g_string_new ("{\"event_types\": [");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) diags = g_ptr_array_new_with_free_func ((GDestroyNotify)tautan_diagnostic_free);
  g_autoptr(TautanTaxonomy) merged = NULL;
  g_autoptr(TautanTaxonomy) too_many = NULL;
  TautanTypeMask mask = { { 0 } };
  guint n_base = tautan_taxonomy_get_n_types (tautan_taxonomy_get_default ());
  guint last;

  for (guint i = 0; i < TAUTAN_MAX_EVENT_TYPES - n_base; i++)
    g_string_append_printf (json, "%s{\"id\": \"t%u\", \"label\": \"T%u\", \"quad_class\": \"verbal-conflict\","
                            " \"color\": \"#445566\"}", i ? "," : "", i, i);
  g_string_append (json, "]}");
  g_assert_true (json_parser_load_from_data (parser, json->str, -1, NULL));
  merged = tautan_taxonomy_new_with_overrides (tautan_taxonomy_get_default (), json_parser_get_root (parser),
                                               "d.json", "$.taxonomy", diags);
  g_assert_nonnull (merged);
  g_assert_cmpuint (tautan_taxonomy_get_n_types (merged), ==, TAUTAN_MAX_EVENT_TYPES);
  last = tautan_taxonomy_lookup (merged, "t1001");
  g_assert_cmpuint (last, >=, 64);
  tautan_type_mask_add (&mask, last);
  g_assert_true (tautan_type_mask_has (&mask, last));
  g_assert_false (tautan_type_mask_has (&mask, last - 64));
  g_assert_false (tautan_type_mask_has (&mask, TAUTAN_MAX_EVENT_TYPES));

  /* One more is refused, saying where. */
  g_string_truncate (json, json->len - 2);
  g_string_append (json, ",{\"id\": \"one-more\", \"label\": \"X\", \"quad_class\": \"verbal-conflict\","
                         " \"color\": \"#445566\"}]}");
  g_assert_true (json_parser_load_from_data (parser, json->str, -1, NULL));
  too_many = tautan_taxonomy_new_with_overrides (tautan_taxonomy_get_default (), json_parser_get_root (parser),
                                                 "d.json", "$.taxonomy", diags);
  g_assert_null (too_many);
  g_assert_cmpuint (diags->len, ==, 1);
  g_assert_nonnull (strstr (((TautanDiagnostic *)diags->pdata[0])->message, "at most 1024"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/tautan/taxonomy/default", test_default);
  g_test_add_func ("/tautan/taxonomy/overrides", test_overrides);
  g_test_add_func ("/tautan/taxonomy/bad-override", test_bad_override);
  g_test_add_func ("/tautan/taxonomy/many-types", test_many_types);

  return g_test_run ();
}
