/* test-workspace.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "tautan/tautan-workspace.h"

static TautanWorkspace *
sample (GFile *dataset)
{
  TautanWorkspace *ws = tautan_workspace_new ();
  g_autoptr(TautanSavedView) first = tautan_saved_view_new ("Summit");
  g_autoptr(TautanSavedView) second = tautan_saved_view_new ("Lavrov in July");
  TautanTimeSpan june = { tautan_day_from_ymd (2024, 6, 1), tautan_day_from_ymd (2024, 6, 30) };
  const char *kinds[] = { "place", NULL };
  const char *types[] = { "attack", "sanction", NULL };

  tautan_workspace_set_dataset_file (ws, dataset);
  tautan_workspace_add_position (ws, "kim-jong-un", (TautanPoint) { 1.5f, -2.25f }, TRUE);
  tautan_workspace_add_position (ws, "vladimir-putin", (TautanPoint) { 0.5f, 3.0f }, FALSE);
  tautan_workspace_set_hidden_kinds (ws, kinds);
  tautan_workspace_set_hidden_types (ws, types);

  tautan_saved_view_set_title (first, "Putin in Pyongyang");
  tautan_saved_view_set_note (first, "The treaty is signed the same day. “Quotes” and \"escapes\" survive.");
  tautan_saved_view_set_window (first, &june, FALSE);
  tautan_saved_view_set_camera (first, 42.5, -1.0, 2.0);
  tautan_saved_view_select_edge (first, "vladimir-putin", "kim-jong-un");
  tautan_saved_view_set_window (second, &june, TRUE);
  tautan_saved_view_select_entity (second, "sergei-lavrov");
  g_list_store_append (tautan_workspace_get_views (ws), first);
  g_list_store_append (tautan_workspace_get_views (ws), second);

  return ws;
}

static void
test_round_trip (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "ws", NULL);
  g_autofree char *path = g_build_filename (dir, "analysis.tautan", NULL);
  g_autofree char *data_path = g_build_filename (dir, "data", "korea.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) data = g_file_new_for_path (data_path);
  g_autoptr(TautanWorkspace) ws = sample (data);
  g_autoptr(TautanWorkspace) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autoptr(TautanSavedView) view = NULL;
  TautanPoint p;
  gboolean pinned;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (tautan_workspace_save (ws, file, &error));
  g_assert_no_error (error);

  loaded = tautan_workspace_load (file, &error);
  g_assert_no_error (error);
  a = tautan_workspace_to_json (ws, NULL);
  b = tautan_workspace_to_json (loaded, NULL);
  g_assert_cmpstr (a, ==, b);

  /* The dataset is found relative to the workspace. */
  g_assert_true (g_file_equal (tautan_workspace_get_dataset_file (loaded), data));
  g_assert_cmpuint (tautan_workspace_get_n_positions (loaded), ==, 2);
  g_assert_cmpstr (tautan_workspace_get_position (loaded, 0, &p, &pinned), ==, "kim-jong-un");
  g_assert_cmpfloat (p.x, ==, 1.5f);
  g_assert_true (pinned);
  view = g_list_model_get_item (G_LIST_MODEL (tautan_workspace_get_views (loaded)), 0);
  g_assert_cmpstr (tautan_saved_view_get_title (view), ==, "Putin in Pyongyang");
  g_assert_true (g_str_has_suffix (tautan_saved_view_get_note (view), "\"escapes\" survive."));
  g_assert_cmpstr (tautan_workspace_get_hidden_types (loaded)[1], ==, "sanction");

  /* The same filters as masks, both ways. */
  {
    TautanTaxonomy *taxonomy = tautan_taxonomy_get_default ();
    TautanTypeMask types = tautan_workspace_get_hidden_type_mask (loaded, taxonomy);
    TautanTypeMask expected = { { 0 } };
    g_autoptr(TautanWorkspace) other = tautan_workspace_new ();

    g_assert_cmpuint (tautan_workspace_get_hidden_kind_mask (loaded), ==, 1u << TAUTAN_ENTITY_PLACE);
    tautan_type_mask_add (&expected, tautan_taxonomy_lookup (taxonomy, "attack"));
    tautan_type_mask_add (&expected, tautan_taxonomy_lookup (taxonomy, "sanction"));
    g_assert_cmpmem (&types, sizeof types, &expected, sizeof expected);
    tautan_workspace_set_hidden_masks (other, 1u << TAUTAN_ENTITY_PLACE, &types, taxonomy);
    g_assert_cmpstr (tautan_workspace_get_hidden_kinds (other)[0], ==, "place");
    g_assert_null (tautan_workspace_get_hidden_kinds (other)[1]);
    g_assert_cmpuint (g_strv_length ((char **)tautan_workspace_get_hidden_types (other)), ==, 2);
  }
}

static void
test_atomic (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "ro", NULL);
  g_autofree char *path = g_build_filename (dir, "kept.tautan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(TautanWorkspace) ws = sample (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, "old", -1, NULL));

  /* Root ignores permissions: only a real user can check a failed save. */
  if (getuid () == 0)
    {
      g_test_skip ("running as root");
      return;
    }

  g_assert_cmpint (g_chmod (dir, 0500), ==, 0);
  g_assert_false (tautan_workspace_save (ws, file, &error));
  g_assert_error (error, TAUTAN_WORKSPACE_ERROR, TAUTAN_WORKSPACE_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "kept.tautan"));
  g_assert_true (g_file_get_contents (path, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, "old");
  g_chmod (dir, 0700);
}

/* A workspace or its dataset moved on its own still finds the dataset. */
static void
test_moved (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "moved", NULL);
  g_autofree char *data_dir = g_build_filename (dir, "data", NULL);
  g_autofree char *other_dir = g_build_filename (dir, "other", NULL);
  g_autofree char *inside_path = g_build_filename (data_dir, "inside.json", NULL);
  g_autofree char *outside_path = g_build_filename (other_dir, "outside.json", NULL);
  g_autofree char *beside_path = g_build_filename (dir, "outside.json", NULL);
  g_autofree char *ws_path = g_build_filename (dir, "a.tautan", NULL);
  g_autofree char *away_path = g_build_filename (other_dir, "a.tautan", NULL);
  g_autoptr(GFile) inside = g_file_new_for_path (inside_path);
  g_autoptr(GFile) outside = g_file_new_for_path (outside_path);
  g_autoptr(GFile) beside = g_file_new_for_path (beside_path);
  g_autoptr(GFile) ws_file = g_file_new_for_path (ws_path);
  g_autoptr(GFile) away = g_file_new_for_path (away_path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (data_dir, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (other_dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (inside_path, "{}", -1, NULL));
  g_assert_true (g_file_set_contents (outside_path, "{}", -1, NULL));

  /* moved alone, away from the dataset it holds by a relative path: the
   * absolute URI still leads to it */
  {
    g_autoptr(TautanWorkspace) ws = sample (inside);
    g_autoptr(TautanWorkspace) loaded = NULL;

    g_assert_true (tautan_workspace_save (ws, ws_file, &error));
    g_assert_no_error (error);
    g_assert_cmpint (g_rename (ws_path, away_path), ==, 0);
    loaded = tautan_workspace_load (away, &error);
    g_assert_no_error (error);
    g_assert_true (g_file_equal (tautan_workspace_get_dataset_file (loaded), inside));
  }

  /* a dataset outside the workspace's folder, then moved into it */
  {
    g_autoptr(TautanWorkspace) ws = sample (outside);
    g_autoptr(TautanWorkspace) loaded = NULL;

    g_assert_true (tautan_workspace_save (ws, ws_file, &error));
    g_assert_no_error (error);
    g_assert_cmpint (g_rename (outside_path, beside_path), ==, 0);
    loaded = tautan_workspace_load (ws_file, &error);
    g_assert_no_error (error);
    g_assert_true (g_file_equal (tautan_workspace_get_dataset_file (loaded), beside));
  }

  /* gone everywhere: where it was, for the message */
  {
    g_autoptr(TautanWorkspace) loaded = NULL;

    g_assert_cmpint (g_unlink (beside_path), ==, 0);
    loaded = tautan_workspace_load (ws_file, &error);
    g_assert_no_error (error);
    g_assert_true (g_file_equal (tautan_workspace_get_dataset_file (loaded), outside));
  }
}

static void
check_bad (const char *json,
           const char *expected)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "bad.tautan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanWorkspace) ws = NULL;

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, json, -1, NULL));
  ws = tautan_workspace_load (file, &error);
  g_assert_null (ws);
  g_assert_error (error, TAUTAN_WORKSPACE_ERROR, TAUTAN_WORKSPACE_ERROR_INVALID);
  g_assert_true (g_str_has_suffix (error->message, expected));
}

static void
test_bad (void)
{
  check_bad ("{\"format\": \"tautan-workspace\", \"version\": 1,,}", "bad.tautan:1:45: error: unexpected ',', expected a member name in double quotes");
  check_bad ("[]", "$: expected a Tautan workspace (an object)");
  check_bad ("{\"format\": \"tautan-dataset\", \"version\": 1}", "$.format: expected \"tautan-workspace\"");
  check_bad ("{\"format\": \"tautan-workspace\", \"version\": 9}", "$.version: unsupported workspace version (this Tautan reads version 1)");
  check_bad ("{\"format\": \"tautan-workspace\", \"version\": 1, \"views\": [{\"name\": \"a\", "
             "\"window\": {\"from\": \"2024-02-30\", \"to\": \"2024-03-01\"}}]}",
             "$.views[0].window: \"2024-02-30\" is not a valid date (expected YYYY-MM-DD)");
  check_bad ("{\"format\": \"tautan-workspace\", \"version\": 1, \"positions\": [{\"entity\": \"k\", \"x\": \"1\", \"y\": 2}]}",
             "$.positions[0].x: expected a number");
}

/* A view's marking is kept, and members a newer Tautan wrote survive a
 * load and a save unchanged. */
static void
test_marking_and_unknown (void)
{
  const char *data =
    "{\"format\": \"tautan-workspace\", \"version\": 1, \"views\": [{\"name\": \"a\", "
    "\"marking\": \"INTERNAL\", \"colour\": {\"hue\": 210, \"tags\": [\"x\", 2]}, "
    "\"window\": {\"from\": \"2024-02-01\", \"to\": \"2024-03-01\", \"cumulative\": false}, "
    "\"selection\": null}]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanWorkspace) ws = tautan_workspace_load_data (data, strlen (data), "m.tautan", NULL, &error);
  g_autoptr(TautanWorkspace) again = NULL;
  g_autoptr(TautanSavedView) view = NULL;
  g_autoptr(TautanSavedView) copy = NULL;
  g_autoptr(TautanSavedView) view2 = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *json = NULL;
  g_autofree char *json2 = NULL;
  JsonObject *saved;

  g_assert_no_error (error);
  view = g_list_model_get_item (G_LIST_MODEL (tautan_workspace_get_views (ws)), 0);
  g_assert_cmpstr (tautan_saved_view_get_marking (view), ==, "INTERNAL");

  /* A copy (undo's snapshot) differs when only the marking changes. */
  copy = tautan_saved_view_copy (view);
  g_assert_true (tautan_saved_view_equal (view, copy));
  tautan_saved_view_set_marking (copy, "UNCLASSIFIED");
  g_assert_false (tautan_saved_view_equal (view, copy));
  tautan_saved_view_set_marking (copy, NULL);
  tautan_saved_view_assign (view, copy);
  g_assert_null (tautan_saved_view_get_marking (view));
  tautan_saved_view_set_marking (view, "INTERNAL");

  json = tautan_workspace_to_json (ws, NULL);
  root = json_from_string (json, &error);
  g_assert_no_error (error);
  saved = json_array_get_object_element (json_object_get_array_member (json_node_get_object (root), "views"), 0);
  g_assert_cmpstr (json_object_get_string_member (saved, "marking"), ==, "INTERNAL");
  g_assert_true (json_object_has_member (saved, "colour"));
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (saved, "colour"), "hue"), ==, 210);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_object_get_object_member (saved, "colour"), "tags")), ==, 2);

  /* And the second generation writes the same. */
  again = tautan_workspace_load_data (json, strlen (json), "m2.tautan", NULL, &error);
  g_assert_no_error (error);
  view2 = g_list_model_get_item (G_LIST_MODEL (tautan_workspace_get_views (again)), 0);
  g_assert_cmpstr (tautan_saved_view_get_marking (view2), ==, "INTERNAL");
  json2 = tautan_workspace_to_json (again, NULL);
  g_assert_cmpstr (json, ==, json2);
}

/* The roll-up and its open groups: kept through a save and a load,
 * ids the dataset lacks included; an older workspace loads with it off;
 * a wrong type is refused at its path. */
static void
test_rollup (void)
{
  const char *old = "{\"format\": \"tautan-workspace\", \"version\": 1}";
  const char *expanded[] = { "north-korea", "gone-entity", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanWorkspace) ws = tautan_workspace_load_data (old, strlen (old), "old.tautan", NULL, &error);
  g_autoptr(TautanWorkspace) again = NULL;
  g_autofree char *json = NULL;
  g_autofree char *plain = NULL;
  const char * const *open;

  g_assert_no_error (error);
  g_assert_false (tautan_workspace_get_rollup (ws));
  g_assert_cmpuint (g_strv_length ((char **)tautan_workspace_get_expanded (ws)), ==, 0);
  /* Not written while unused: older versions read the file as before. */
  plain = tautan_workspace_to_json (ws, NULL);
  g_assert_null (strstr (plain, "rollup"));

  tautan_workspace_set_rollup (ws, TRUE, expanded);
  json = tautan_workspace_to_json (ws, NULL);
  again = tautan_workspace_load_data (json, strlen (json), "r.tautan", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (tautan_workspace_get_rollup (again));
  open = tautan_workspace_get_expanded (again);
  g_assert_cmpuint (g_strv_length ((char **)open), ==, 2);
  g_assert_true (g_strv_contains (open, "north-korea"));
  g_assert_true (g_strv_contains (open, "gone-entity"));

  /* A saved view keeps its own roll-up; an older view has none. */
  {
    g_autoptr(TautanSavedView) view = tautan_saved_view_new ("Rolled");
    g_autoptr(TautanSavedView) back = NULL;
    g_autoptr(TautanSavedView) older = NULL;
    g_autoptr(TautanWorkspace) third = NULL;
    g_autofree char *text = NULL;
    const char *one[] = { "russia", NULL };
    const char * const *views_open;
    TautanTimeSpan june = { tautan_day_from_ymd (2024, 6, 1), tautan_day_from_ymd (2024, 6, 30) };

    tautan_saved_view_set_window (view, &june, FALSE);
    tautan_saved_view_set_rollup (view, TRUE, one);
    g_list_store_append (tautan_workspace_get_views (again), view);
    older = tautan_saved_view_new ("Older");
    tautan_saved_view_set_window (older, &june, FALSE);
    g_list_store_append (tautan_workspace_get_views (again), older);
    text = tautan_workspace_to_json (again, NULL);
    third = tautan_workspace_load_data (text, strlen (text), "v.tautan", NULL, &error);
    g_assert_no_error (error);
    back = g_list_model_get_item (G_LIST_MODEL (tautan_workspace_get_views (third)), 0);
    g_assert_true (tautan_saved_view_get_rollup (back, &views_open));
    g_assert_cmpstrv (views_open, one);
    g_assert_true (tautan_saved_view_equal (view, back));
    g_clear_object (&back);
    back = g_list_model_get_item (G_LIST_MODEL (tautan_workspace_get_views (third)), 1);
    g_assert_false (tautan_saved_view_get_rollup (back, &views_open));
    g_assert_null (views_open[0]);
  }

  check_bad ("{\"format\": \"tautan-workspace\", \"version\": 1, \"rollup\": \"yes\"}",
             "$.rollup: expected true or false");
  check_bad ("{\"format\": \"tautan-workspace\", \"version\": 1, \"rollup_expanded\": [3]}",
             "$.rollup_expanded[0]: expected a string");
}

/* The periods compared, at the top and in a view: kept through a save
 * and a load with the members a newer Tautan wrote; an older workspace
 * loads with no comparison; a bad period is refused at its JSON path. */
static void
test_comparison (void)
{
  const char *old =
    "{\"format\": \"tautan-workspace\", \"version\": 1, \"later\": {\"x\": 1}, \"views\": [{\"name\": \"a\", "
    "\"window\": {\"from\": \"2024-02-01\", \"to\": \"2024-03-01\", \"cumulative\": false}, \"shade\": 3}]}";
  TautanTimeSpan before = { tautan_day_from_ymd (2023, 6, 19), tautan_day_from_ymd (2024, 6, 18) };
  TautanTimeSpan after = { tautan_day_from_ymd (2024, 6, 19), tautan_day_from_ymd (2025, 6, 18) };
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanWorkspace) ws = tautan_workspace_load_data (old, strlen (old), "old.tautan", NULL, &error);
  g_autoptr(TautanWorkspace) again = NULL;
  g_autoptr(TautanSavedView) view = NULL;
  g_autoptr(TautanSavedView) back = NULL;
  g_autoptr(TautanSavedView) copy = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *json = NULL;
  g_autofree char *json2 = NULL;
  TautanTimeSpan b, a;

  g_assert_no_error (error);
  g_assert_false (tautan_workspace_get_comparison (ws, &b, &a));
  view = g_list_model_get_item (G_LIST_MODEL (tautan_workspace_get_views (ws)), 0);
  g_assert_false (tautan_saved_view_get_comparison (view, &b, &a));
  /* Not written while unused. */
  plain = tautan_workspace_to_json (ws, NULL);
  g_assert_null (strstr (plain, "compare"));

  tautan_workspace_set_comparison (ws, &before, &after);
  copy = tautan_saved_view_copy (view);
  tautan_saved_view_set_comparison (view, &after, &before);
  g_assert_false (tautan_saved_view_equal (view, copy));
  tautan_saved_view_assign (copy, view);
  g_assert_true (tautan_saved_view_equal (view, copy));
  json = tautan_workspace_to_json (ws, NULL);
  g_assert_nonnull (strstr (json, "\"2023-06-19\""));
  again = tautan_workspace_load_data (json, strlen (json), "c.tautan", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (tautan_workspace_get_comparison (again, &b, &a));
  g_assert_true (tautan_time_span_equal (&b, &before));
  g_assert_true (tautan_time_span_equal (&a, &after));
  back = g_list_model_get_item (G_LIST_MODEL (tautan_workspace_get_views (again)), 0);
  g_assert_true (tautan_saved_view_get_comparison (back, &b, &a));
  g_assert_true (tautan_time_span_equal (&b, &after));
  g_assert_true (tautan_time_span_equal (&a, &before));
  g_assert_true (tautan_saved_view_equal (view, back));
  /* Unknown members, at the top and in the view, still come back. */
  json2 = tautan_workspace_to_json (again, NULL);
  g_assert_cmpstr (json, ==, json2);
  g_assert_nonnull (strstr (json2, "\"later\""));
  g_assert_nonnull (strstr (json2, "\"shade\""));

  /* Stopping: none again. */
  tautan_saved_view_set_comparison (back, NULL, NULL);
  g_assert_false (tautan_saved_view_get_comparison (back, NULL, NULL));
  tautan_workspace_set_comparison (again, NULL, NULL);
  g_assert_false (tautan_workspace_get_comparison (again, NULL, NULL));

#define WS "{\"format\": \"tautan-workspace\", \"version\": 1, "
#define PERIOD "{\"from\": \"2024-01-01\", \"to\": \"2024-12-31\"}"
  check_bad (WS "\"compare\": true}", "$.compare: expected an object with the periods \"before\" and \"after\"");
  check_bad (WS "\"compare\": {\"before\": " PERIOD "}}",
             "$.compare.after: expected an object with \"from\" and \"to\" (YYYY-MM-DD)");
  check_bad (WS "\"compare\": {\"before\": " PERIOD ", \"after\": {\"from\": \"2024-01-01\"}}}",
             "$.compare.after: missing required member \"to\"");
  check_bad (WS "\"compare\": {\"before\": {\"from\": \"2024-13-01\", \"to\": \"2024-12-31\"}, \"after\": " PERIOD "}}",
             "$.compare.before.from: \"2024-13-01\" is not a valid date (expected YYYY-MM-DD)");
  check_bad (WS "\"compare\": {\"before\": {\"from\": \"2024-05-01\", \"to\": 7}, \"after\": " PERIOD "}}",
             "$.compare.before.to: expected a string");
  check_bad (WS "\"compare\": {\"before\": " PERIOD ", \"after\": {\"from\": \"2025-02-01\", \"to\": \"2025-01-01\"}}}",
             "$.compare.after: the period ends before it starts");
  check_bad (WS "\"views\": [{\"name\": \"a\", \"window\": {\"from\": \"2024-02-01\", \"to\": \"2024-03-01\"}, "
             "\"compare\": {\"before\": " PERIOD ", \"after\": []}}]}",
             "$.views[0].compare.after: expected an object with \"from\" and \"to\" (YYYY-MM-DD)");
#undef PERIOD
#undef WS
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/tautan/workspace/round-trip", test_round_trip);
  g_test_add_func ("/tautan/workspace/atomic", test_atomic);
  g_test_add_func ("/tautan/workspace/moved", test_moved);
  g_test_add_func ("/tautan/workspace/bad", test_bad);
  g_test_add_func ("/tautan/workspace/marking-and-unknown", test_marking_and_unknown);
  g_test_add_func ("/tautan/workspace/rollup", test_rollup);
  g_test_add_func ("/tautan/workspace/comparison", test_comparison);

  return g_test_run ();
}
