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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/tautan/workspace/round-trip", test_round_trip);
  g_test_add_func ("/tautan/workspace/atomic", test_atomic);
  g_test_add_func ("/tautan/workspace/bad", test_bad);

  return g_test_run ();
}
