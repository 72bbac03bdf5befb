/* test-cli-analyze.c: `tautan analyze` as a user runs it, its JSON parsed back
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "tautan-test-cli.h"

static char *bundled;

static int
run (const char * const *args,
     char              **out,
     char              **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();

  g_ptr_array_add (argv, "analyze");
  g_ptr_array_add (argv, bundled);
  for (guint i = 0; args[i]; i++)
    g_ptr_array_add (argv, (gpointer)args[i]);
  g_ptr_array_add (argv, NULL);
  return tautan_test_cli_run_with (NULL, (const char * const *)argv->pdata, out, err);
}

static JsonObject *
run_json (const char * const *args,
          JsonParser         *parser)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = run (args, &out, &err);

  g_assert_cmpstr (err, ==, "");
  g_assert_cmpint (status, ==, 0);
  json_parser_load_from_data (parser, out, -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  return json_node_get_object (json_parser_get_root (parser));
}

static void
test_cli_analyze_path (void)
{
  const char *args[] = { "--path", "choe-son-hui", "ukraine", NULL };
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root = run_json (args, parser);
  JsonArray *paths, *entities, *steps;

  g_assert_cmpstr (json_object_get_string_member (root, "analysis"), ==, "path");
  g_assert_false (json_object_get_boolean_member (root, "truncated"));
  paths = json_object_get_array_member (root, "paths");
  g_assert_cmpuint (json_array_get_length (paths), ==, 1);
  entities = json_object_get_array_member (json_array_get_object_element (paths, 0), "entities");
  g_assert_cmpuint (json_array_get_length (entities), ==, 4);
  g_assert_cmpstr (json_array_get_string_element (entities, 1), ==, "sergei-lavrov");
  steps = json_object_get_array_member (json_array_get_object_element (paths, 0), "steps");
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (json_array_get_object_element (steps, 0),
                                                                               "events"), 0),
                   ==, "ev-2025-07-lavrov-meets-choe");
}

static void
test_cli_analyze_rollup (void)
{
  const char *args[] = { "--rollup", "--from", "2024-01-01", "--to", "2024-12-31", "--type", "support,meet", NULL };
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root = run_json (args, parser);
  JsonArray *edges = json_object_get_array_member (root, "edges");
  JsonObject *span = json_object_get_object_member (root, "span");
  gboolean found = FALSE;

  g_assert_cmpstr (json_object_get_string_member (span, "from"), ==, "2024-01-01");
  g_assert_cmpstr (json_object_get_string_member (root, "filters_text"), ==, "Only: event type meet or support");
  /* 2024, support or meet, North Korea → Russia: Kim supports Putin
   * (2024-05-09) and Russia (2024-06-19). */
  for (guint i = 0; i < json_array_get_length (edges); i++)
    {
      JsonObject *e = json_array_get_object_element (edges, i);

      if (g_str_equal (json_object_get_string_member (e, "source"), "north-korea") &&
          g_str_equal (json_object_get_string_member (e, "target"), "russia"))
        {
          found = TRUE;
          g_assert_cmpint (json_object_get_int_member (e, "count"), ==, 2);
          g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (e, "types"), "support"), ==, 2);
        }
    }
  g_assert_true (found);
}

static void
test_cli_analyze_ego (void)
{
  const char *args[] = { "--ego", "kim-jong-un", "--depth", "1", NULL };
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root = run_json (args, parser);
  JsonArray *members = json_object_get_array_member (root, "members");

  g_assert_cmpuint (json_array_get_length (members), ==, 4);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (members, 0), "id"), ==, "kim-jong-un");
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (members, 3), "depth"), ==, 1);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "events")), ==, 13);
}

static void
test_cli_analyze_rank (void)
{
  const char *args[] = { "--rank", "--from", "2023-01-01", "--to", "2023-12-31", NULL };
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root = run_json (args, parser);
  JsonObject *rankings = json_object_get_object_member (root, "rankings");
  JsonObject *first = json_array_get_object_element (json_object_get_array_member (rankings, "events"), 0);

  g_assert_false (json_object_get_boolean_member (root, "approximate"));
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (root, "before"), "from"), ==, "2022-01-01");
  /* North Korea: 4 events in 2023, 3 in 2022 (see test-analysis-rankings.c). */
  g_assert_cmpstr (json_object_get_string_member (first, "id"), ==, "north-korea");
  g_assert_cmpfloat (json_object_get_double_member (first, "value"), ==, 4);
  g_assert_cmpfloat (json_object_get_double_member (first, "value_before"), ==, 3);
  g_assert_true (json_object_has_member (rankings, "betweenness"));
}

/* The year before the Pyongyang summit against the year from it,
 * counted by hand as in test-changes.c. */
static void
test_cli_analyze_changes (void)
{
  const char *args[] = { "--changes", "2023-06-19..2024-06-18", "2024-06-19..2025-06-18", "--type", "military-cooperation",
                         NULL };
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root = run_json (args, parser);
  JsonObject *counts = json_object_get_object_member (root, "counts");
  JsonArray *edges = json_object_get_array_member (root, "edges");
  JsonObject *e;

  g_assert_cmpstr (json_object_get_string_member (root, "analysis"), ==, "changes");
  g_assert_false (json_object_has_member (root, "span"));
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (root, "before"), "from"), ==, "2023-06-19");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (root, "after"), "to"), ==, "2025-06-18");
  /* Military cooperation: North Korea → Russia in May 2024, then the
   * troops from July 2024: one event each, so no change. */
  g_assert_cmpint (json_object_get_int_member (counts, "unchanged"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (counts, "new"), ==, 0);
  g_assert_cmpuint (json_array_get_length (edges), ==, 1);
  e = json_array_get_object_element (edges, 0);
  g_assert_cmpstr (json_object_get_string_member (e, "source"), ==, "north-korea");
  g_assert_cmpstr (json_object_get_string_member (e, "change"), ==, "unchanged");
  g_assert_cmpint (json_object_get_int_member (e, "count_before"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (e, "count_after"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (e, "type_after"), ==, "military-cooperation");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "new_actors")), ==, 0);
  g_assert_cmpstr (json_object_get_string_member (root, "summary"), ==, "No change between the two periods.");
}

static void
test_cli_analyze_changes_all (void)
{
  const char *args[] = { "--changes", "2023-06-19..2024-06-18", "2024-06-19..2025-06-18", NULL };
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root = run_json (args, parser);
  JsonObject *counts = json_object_get_object_member (root, "counts");
  JsonArray *edges = json_object_get_array_member (root, "edges");
  JsonObject *first = json_array_get_object_element (edges, 0);

  g_assert_cmpint (json_object_get_int_member (counts, "new"), ==, 5);
  g_assert_cmpint (json_object_get_int_member (counts, "vanished"), ==, 4);
  g_assert_cmpint (json_object_get_int_member (counts, "weaker"), ==, 1);
  g_assert_cmpuint (json_array_get_length (edges), ==, 11);
  g_assert_cmpstr (json_object_get_string_member (first, "source"), ==, "kim-jong-un");
  g_assert_cmpstr (json_object_get_string_member (first, "target"), ==, "russia");
  g_assert_true (json_object_get_null_member (first, "type_before"));
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (root, "new_actors"), 0), ==, "ukraine");
  g_assert_true (g_str_has_prefix (json_object_get_string_member (root, "summary"), "5 new links, among them "));
}

static void
assert_error (const char * const *args,
              int                 status,
              const char         *expected)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run (args, &out, &err), ==, status);
  g_assert_cmpstr (out, ==, "");
  if (strstr (err, expected) == NULL)
    g_error ("“%s” does not say “%s”", err, expected);
}

static void
test_cli_analyze_bad_input (void)
{
  const char *no_mode[] = { NULL };
  const char *bad_id[] = { "--ego", "nobody", NULL };
  const char *bad_date[] = { "--rollup", "--from", "2024-13-01", NULL };
  const char *bad_status[] = { "--rollup", "--status", "rumoured", NULL };
  const char *bad_type[] = { "--rollup", "--type", "nope", NULL };
  const char *one_id[] = { "--path", "kim-jong-un", NULL };
  const char *bad_depth[] = { "--ego", "kim-jong-un", "--depth", "4", NULL };
  const char *one_period[] = { "--changes", "2023-01-01..2023-12-31", NULL };
  const char *bad_period[] = { "--changes", "2023-01-01-2023-12-31", "2024-01-01..2024-12-31", NULL };
  const char *backwards[] = { "--changes", "2023-01-01..2023-12-31", "2024-12-31..2024-01-01", NULL };
  const char *with_from[] = { "--changes", "2023-01-01..2023-12-31", "2024-01-01..2024-12-31", "--from", "2023-01-01",
                              NULL };

  assert_error (no_mode, 2, "give one of --rollup, --ego ID, --path FROM TO, --rank or --changes");
  assert_error (bad_id, 1, "has no entity “nobody”");
  assert_error (bad_date, 2, "--from “2024-13-01” is not a date");
  assert_error (bad_status, 2, "“rumoured” is not a known status");
  assert_error (bad_type, 1, "event type “nope” is not in the dataset's taxonomy");
  assert_error (one_id, 2, "--path needs two ids");
  assert_error (bad_depth, 2, "--depth must be 1, 2 or 3");
  assert_error (one_period, 2, "--changes needs two periods");
  assert_error (bad_period, 2, "“2023-01-01-2023-12-31” is not a period");
  assert_error (backwards, 2, "the period “2024-12-31..2024-01-01” ends before it starts");
  assert_error (with_from, 2, "--changes takes its two periods, not --from or --to");
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  bundled = g_test_build_filename (G_TEST_DIST, "..", "resources", "datasets", "korea-russia.json", NULL);

  g_test_add_func ("/cli-analyze/path", test_cli_analyze_path);
  g_test_add_func ("/cli-analyze/rollup", test_cli_analyze_rollup);
  g_test_add_func ("/cli-analyze/ego", test_cli_analyze_ego);
  g_test_add_func ("/cli-analyze/rank", test_cli_analyze_rank);
  g_test_add_func ("/cli-analyze/changes", test_cli_analyze_changes);
  g_test_add_func ("/cli-analyze/changes-all", test_cli_analyze_changes_all);
  g_test_add_func ("/cli-analyze/bad-input", test_cli_analyze_bad_input);

  ret = g_test_run ();
  g_free (bundled);
  return ret;
}
