/* test-cli-briefing.c: `tautan briefing` as a user runs it, with no display
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "tautan/tautan-dataset.h"
#include "tautan/tautan-filter.h"
#include "tautan/tautan-workspace.h"

#include "tautan-test-cli.h"

static int
run (const char * const *args,
     char              **err)
{
  TautanTestCliOptions options = { .cwd = g_get_user_data_dir () };

  return tautan_test_cli_run_with (&options, args, NULL, err);
}

static void
save_workspace (const char *path)
{
  g_autoptr(TautanWorkspace) ws = tautan_workspace_new ();
  g_autoptr(TautanSavedView) view = tautan_saved_view_new ("Wonsan");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) data = g_file_new_for_uri ("resource://" RESOURCE_PREFIX "/datasets/korea-russia.json");
  g_autoptr(GError) error = NULL;
  TautanTimeSpan july = { tautan_day_from_ymd (2025, 7, 1), tautan_day_from_ymd (2025, 7, 31) };

  tautan_workspace_set_dataset_file (ws, data);
  tautan_saved_view_set_title (view, "Lavrov in Wonsan");
  tautan_saved_view_set_window (view, &july, FALSE);
  tautan_saved_view_select_entity (view, "sergei-lavrov");
  g_list_store_append (tautan_workspace_get_views (ws), view);
  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  g_assert_true (tautan_workspace_save (ws, file, &error));
  g_assert_no_error (error);
}

static void
test_briefing (void)
{
  g_autofree char *ws = g_build_filename (g_get_user_data_dir (), "analysis.tautan", NULL);
  g_autofree char *out = g_build_filename (g_get_user_data_dir (), "out.pdf", NULL);
  const char *args[] = { "briefing", "analysis.tautan", "-o", "out.pdf", "--paper", "letter",
                         "--title", "CLI briefing", "--author", "Desk", NULL };
  g_autofree char *err = NULL;
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_autofree char *info = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  save_workspace (ws);
  g_assert_cmpint (run (args, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_true (g_file_test (out, G_FILE_TEST_IS_REGULAR));

  if (pdfinfo == NULL)
    {
      g_test_skip ("pdfinfo is not installed");
      return;
    }
  {
    const char *argv[] = { pdfinfo, out, NULL };

    g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, 0, NULL, NULL, &info, NULL, &status, &error));
    g_assert_no_error (error);
  }
  g_assert_true (g_regex_match_simple ("^Title: +CLI briefing$", info, G_REGEX_MULTILINE, 0));
  g_assert_true (g_regex_match_simple ("^Author: +Desk$", info, G_REGEX_MULTILINE, 0));
  /* A title page, the summary, the view (its quotes may flow onto a
   * second page) and the sources. */
  g_assert_nonnull (strstr (info, "Pages:"));
  g_assert_cmpuint (g_ascii_strtoull (strstr (info, "Pages:") + strlen ("Pages:"), NULL, 10), >=, 4);
  g_assert_cmpuint (g_ascii_strtoull (strstr (info, "Pages:") + strlen ("Pages:"), NULL, 10), <=, 5);
  g_assert_nonnull (strstr (info, "612 x 792 pts"));
}

/* Runs pdftotext on @path; NULL when it is not installed. */
static char *
pdf_text (const char *path)
{
  g_autofree char *program = g_find_program_in_path ("pdftotext");
  g_autoptr(GError) error = NULL;
  char *text = NULL;
  int status;

  if (program == NULL)
    return NULL;
  {
    const char *argv[] = { program, "-enc", "UTF-8", path, "-", NULL };

    g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                                 &text, NULL, &status, &error));
  }
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return text;
}

/* The year before the Pyongyang treaty of 19 June 2024 against the year
 * from it: the briefing's “What changed” page names every link `tautan
 * analyze --changes` reports for the same periods, with its counts. */
static void
test_changes_page (void)
{
  g_autofree char *ws_path = g_build_filename (g_get_user_data_dir (), "treaty.tautan", NULL);
  g_autofree char *dataset_path = g_test_build_filename (G_TEST_DIST, "..", "resources", "datasets",
                                                         "korea-russia.json", NULL);
  const char *analyze[] = { "analyze", dataset_path, "--changes", "2023-06-19..2024-06-18",
                            "2024-06-19..2025-06-18", NULL };
  const char *briefing[] = { "briefing", "treaty.tautan", "-o", "treaty.pdf", NULL };
  g_autoptr(TautanWorkspace) ws = tautan_workspace_new ();
  g_autoptr(TautanSavedView) view = tautan_saved_view_new ("Treaty");
  g_autoptr(GFile) ws_file = g_file_new_for_path (ws_path);
  g_autoptr(GFile) data = g_file_new_for_path (dataset_path);
  g_autoptr(TautanDataset) dataset = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL, *err = NULL, *err2 = NULL;
  g_autofree char *pdf = g_build_filename (g_get_user_data_dir (), "treaty.pdf", NULL);
  g_autofree char *text = NULL;
  TautanTimeSpan before = { tautan_day_from_ymd (2023, 6, 19), tautan_day_from_ymd (2024, 6, 18) };
  TautanTimeSpan after = { tautan_day_from_ymd (2024, 6, 19), tautan_day_from_ymd (2025, 6, 18) };
  TautanTimeSpan both = { before.from, after.to };
  JsonArray *edges;
  const char *page;

  tautan_workspace_set_dataset_file (ws, data);
  tautan_saved_view_set_window (view, &both, FALSE);
  tautan_saved_view_set_comparison (view, &before, &after);
  g_list_store_append (tautan_workspace_get_views (ws), view);
  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  g_assert_true (tautan_workspace_save (ws, ws_file, &error));
  g_assert_no_error (error);

  g_assert_cmpint (tautan_test_cli_run_with (NULL, analyze, &out, &err), ==, 0);
  root = json_from_string (out, &error);
  g_assert_no_error (error);
  edges = json_object_get_array_member (json_node_get_object (root), "edges");
  g_assert_cmpuint (json_array_get_length (edges), >=, 5);

  g_assert_cmpint (run (briefing, &err2), ==, 0);
  g_assert_cmpstr (err2, ==, "");
  text = pdf_text (pdf);
  if (text == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  /* Line breaks as spaces: a long heading may wrap. */
  g_strdelimit (text, "\n", ' ');
  page = strstr (text, "What changed, 19 Jun 2023 – 18 Jun 2024 → 19 Jun 2024 – 18 Jun 2025");
  g_assert_nonnull (page);

  dataset = tautan_dataset_load_resource (RESOURCE_PREFIX "/datasets/korea-russia.json", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < json_array_get_length (edges); i++)
    {
      JsonObject *edge = json_array_get_object_element (edges, i);
      TautanEntity source, target;
      g_autofree char *words = NULL;
      g_autofree char *counts = NULL;
      const char *line;
      const char *source_id = json_object_get_string_member (edge, "source");
      const char *target_id = json_object_get_string_member (edge, "target");

      tautan_dataset_get_entity (dataset, tautan_dataset_lookup_entity (dataset, source_id), &source);
      tautan_dataset_get_entity (dataset, tautan_dataset_lookup_entity (dataset, target_id), &target);
      words = g_strdup_printf ("%s → %s", source.name, target.name);
      counts = g_strdup_printf ("%u → %u event", (guint)json_object_get_int_member (edge, "count_before"),
                                (guint)json_object_get_int_member (edge, "count_after"));
      line = strstr (page, words);
      g_assert_nonnull (line);
      g_assert_nonnull (strstr (line, counts));
    }

  /* In Indonesian, with a filter: the page and its filter in words. */
  {
    const char *confirmed[] = { "confirmed", NULL };
    const char *briefing_id[] = { "briefing", "treaty.tautan", "--lang", "id", "-o", "treaty-id.pdf", NULL };
    g_autoptr(TautanFilter) none = tautan_filter_new ();
    g_autoptr(TautanFilter) filter = tautan_filter_with_values (none, TAUTAN_FILTER_STATUS, confirmed);
    g_autofree char *pdf_id = g_build_filename (g_get_user_data_dir (), "treaty-id.pdf", NULL);
    g_autofree char *err3 = NULL;
    g_autofree char *text_id = NULL;

    tautan_workspace_set_filter (ws, filter);
    g_assert_true (tautan_workspace_save (ws, ws_file, &error));
    g_assert_no_error (error);
    g_assert_cmpint (run (briefing_id, &err3), ==, 0);
    text_id = pdf_text (pdf_id);
    g_strdelimit (text_id, "\n", ' ');
    g_assert_nonnull (strstr (text_id, "Yang berubah, 19 Jun 2023 – 18 Jun 2024 → 19 Jun 2024 – 18 Jun 2025"));
    g_assert_nonnull (strstr (text_id, "Filter: Status: Dikonfirmasi"));
    g_assert_null (strstr (text_id, "What changed"));
  }
}

static void
test_usage (void)
{
  g_autofree char *ws = g_build_filename (g_get_user_data_dir (), "analysis.tautan", NULL);
  const char *no_output[] = { "briefing", "analysis.tautan", NULL };
  const char *bad_paper[] = { "briefing", "analysis.tautan", "-o", "x.pdf", "--paper", "a5", NULL };
  const char *missing[] = { "briefing", "no-such.tautan", "-o", "x.pdf", NULL };
  const char *bad_lang[] = { "briefing", "analysis.tautan", "-o", "x.pdf", "--lang", "fr", NULL };
  g_autofree char *err = NULL, *err2 = NULL, *err3 = NULL, *err4 = NULL;

  save_workspace (ws);
  g_assert_cmpint (run (no_output, &err), ==, 2);
  g_assert_nonnull (strstr (err, "-o FILE"));
  g_assert_cmpint (run (bad_paper, &err2), ==, 2);
  g_assert_cmpint (run (missing, &err3), ==, 1);
  g_assert_true (g_str_has_prefix (err3, "tautan briefing: error: "));
  g_assert_nonnull (strstr (err3, "no-such.tautan"));
  g_assert_cmpint (run (bad_lang, &err4), ==, 2);
  g_assert_nonnull (strstr (err4, "unknown language “fr”"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/tautan/cli-briefing/write", test_briefing);
  g_test_add_func ("/tautan/cli-briefing/usage", test_usage);
  g_test_add_func ("/tautan/cli-briefing/changes-page", test_changes_page);

  return g_test_run ();
}
