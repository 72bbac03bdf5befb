/* test-cli-files.c: what `tautan export` and `tautan briefing` do to the files they write
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A full disk, a broken disk, a read-only file, /dev/null and standard
 * output, as a user meets them: the previous file survives every failure
 * and the message names the file and the reason.
 */

#include "config.h"

#include <string.h>
#include <sys/stat.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "tautan/tautan-workspace.h"

#include "tautan-test-cli.h"

typedef struct
{
  int     status;
  GBytes *out;
  char   *err;
} Run;

static void
run_clear (Run *r)
{
  g_clear_pointer (&r->out, g_bytes_unref);
  g_clear_pointer (&r->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs tautan with @args in the data folder; @fault breaks its writes. */
static void
run (const char * const *args,
     const char         *fault,
     Run                *r)
{
  TautanTestCliOptions options = {
    .cwd = g_get_user_data_dir (),
    .env = { fault != NULL ? "TAUTAN_FILE_FAULT" : NULL, fault },
  };

  r->status = tautan_test_cli_run_bytes (&options, args, &r->out, &r->err);
}

static char *
data_path (const char *name)
{
  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  return g_build_filename (g_get_user_data_dir (), name, NULL);
}

static void
copy_minimal (const char *name)
{
  g_autofree char *src = g_test_build_filename (G_TEST_DIST, "data", "minimal.json", NULL);
  g_autofree char *dst = data_path (name);
  g_autofree char *contents = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (src, &contents, &len, NULL));
  g_assert_true (g_file_set_contents (dst, contents, (gssize)len, NULL));
}

static void
save_workspace (const char *name,
                const char *dataset_uri)
{
  g_autofree char *path = data_path (name);
  g_autoptr(TautanWorkspace) ws = tautan_workspace_new ();
  g_autoptr(TautanSavedView) view = tautan_saved_view_new ("Spring");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) data = g_file_new_for_uri (dataset_uri);
  g_autoptr(GError) error = NULL;
  TautanTimeSpan span = { tautan_day_from_ymd (2024, 1, 1), tautan_day_from_ymd (2024, 12, 31) };

  tautan_workspace_set_dataset_file (ws, data);
  tautan_saved_view_set_window (view, &span, FALSE);
  g_list_store_append (tautan_workspace_get_views (ws), view);
  g_assert_true (tautan_workspace_save (ws, file, &error));
  g_assert_no_error (error);
}

static guint
count_entries (void)
{
  g_autoptr(GDir) dir = g_dir_open (g_get_user_data_dir (), 0, NULL);
  guint n = 0;

  while (g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

/* Each broken stage of a write leaves the previous picture whole. */
static void
test_export_faults (void)
{
  static const char *faults[] = { "open", "write", "flush", "rename" };
  static const char *reasons[] = { "permission denied", "no space left on the device",
                                   "input/output error", "input/output error" };
  g_autofree char *out = data_path ("graph.svg");
  const char *args[] = { "export", "minimal.json", "-o", "graph.svg", NULL };
  g_autofree char *before = NULL;
  guint n_entries;

  copy_minimal ("minimal.json");
  {
    g_auto(Run) r = { 0 };

    run (args, NULL, &r);
    g_assert_cmpint (r.status, ==, 0);
  }
  g_assert_true (g_file_get_contents (out, &before, NULL, NULL));
  n_entries = count_entries ();

  for (guint i = 0; i < G_N_ELEMENTS (faults); i++)
    {
      g_auto(Run) r = { 0 };
      g_autofree char *after = NULL;
      g_autofree char *expected = g_strdup_printf ("tautan export: error: Cannot write “graph.svg”: %s\n",
                                                   reasons[i]);

      run (args, faults[i], &r);
      g_assert_cmpint (r.status, ==, 1);
      g_assert_cmpstr (r.err, ==, expected);
      g_assert_true (g_file_get_contents (out, &after, NULL, NULL));
      g_assert_cmpstr (after, ==, before);
      /* No temporary file left behind. */
      g_assert_cmpuint (count_entries (), ==, n_entries);
    }
}

static void
test_briefing_faults (void)
{
  g_autofree char *out = data_path ("brief.pdf");
  const char *args[] = { "briefing", "work.tautan", "-o", "brief.pdf", NULL };

  save_workspace ("work.tautan", "resource://" RESOURCE_PREFIX "/datasets/korea-russia.json");
  g_assert_true (g_file_set_contents (out, "%PDF-previous", -1, NULL));

  for (guint i = 0; i < 2; i++)
    {
      g_auto(Run) r = { 0 };
      g_autofree char *after = NULL;

      run (args, i == 0 ? "write" : "rename", &r);
      g_assert_cmpint (r.status, ==, 1);
      g_assert_nonnull (strstr (r.err, "Cannot write “brief.pdf”"));
      g_assert_true (g_file_get_contents (out, &after, NULL, NULL));
      g_assert_cmpstr (after, ==, "%PDF-previous");
    }
}

static void
test_stdout_and_devices (void)
{
  const char *svg_out[] = { "export", "minimal.json", "--format", "svg", "-o", "-", NULL };
  const char *null_out[] = { "export", "minimal.json", "-o", "/dev/null", "--format", "png", NULL };
  const char *pdf_out[] = { "briefing", "work.tautan", "-o", "-", NULL };
  struct stat st;

  copy_minimal ("minimal.json");
  save_workspace ("work.tautan", "resource://" RESOURCE_PREFIX "/datasets/korea-russia.json");

  {
    g_auto(Run) r = { 0 };
    g_autofree char *dash = data_path ("-");

    run (svg_out, NULL, &r);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_true (g_str_has_prefix (g_bytes_get_data (r.out, NULL), "<?xml"));
    g_assert_false (g_file_test (dash, G_FILE_TEST_EXISTS));
  }
  {
    g_auto(Run) r = { 0 };

    run (pdf_out, NULL, &r);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_cmpuint (g_bytes_get_size (r.out), >, 1000);
    g_assert_cmpint (memcmp (g_bytes_get_data (r.out, NULL), "%PDF-", 5), ==, 0);
  }
  /* /dev/null stays a device, even for root, who could replace it. */
  if (g_access ("/dev/null", W_OK) == 0)
    {
      g_auto(Run) r = { 0 };

      run (null_out, NULL, &r);
      g_assert_cmpint (r.status, ==, 0);
      g_assert_cmpint (stat ("/dev/null", &st), ==, 0);
      g_assert_true (S_ISCHR (st.st_mode));
    }
}

/* An input that is no dataset file (a folder, a missing name) is named
 * once, as the user typed it, with the reason in words: not the full path
 * again, nor GIO's own sentence about it, and "error:" said once, by every
 * command that reads it. */
static void
test_input_named_once (void)
{
  static const struct { const char *name; const char *reason; } cases[] = {
    { "folder.json", "it is a folder, not a file" },
    { "gone.json", "no such file or folder" },
  };
  g_autofree char *folder = data_path ("folder.json");

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  copy_minimal ("minimal.json");
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *in = cases[i].name;
      const char *export[] = { "export", in, "-o", "out.png", NULL };
      const char *interop[] = { "export", in, "-o", "out.gexf", NULL };
      const char *workspace[] = { "export", "minimal.json", "--workspace", in, "-o", "out.png", NULL };
      const char *analyze[] = { "analyze", in, "--rank", NULL };
      const char *briefing[] = { "briefing", in, "-o", "out.pdf", NULL };
      const char *validate[] = { "validate", in, NULL };
      const char *extract[] = { "extract", in, NULL };
      const char *merge[] = { "merge", in, NULL };
      const char *import[] = { "import", "--from", "gdelt", in, "-o", "out.json", NULL };
      const struct { const char * const *args; const char *lead; } commands[] = {
        { export, "tautan export: error: " },
        { interop, "tautan export: error: " },
        { workspace, "tautan export: error: " },
        { analyze, "tautan analyze: error: " },
        { briefing, "tautan briefing: error: " },
        { validate, NULL },
        { extract, NULL },
        { merge, NULL },
        { import, NULL },
      };

      for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
        {
          g_autofree char *want = NULL;
          g_auto(Run) r = { 0 };

          /* the commands that lead with their name put the file after
           * "error:"; the others print it as `tautan validate` does */
          if (commands[c].lead != NULL)
            want = g_strdup_printf ("%s%s: %s\n", commands[c].lead, in, cases[i].reason);
          else
            want = g_strdup_printf ("%s: error: %s\n", in, cases[i].reason);
          run (commands[c].args, NULL, &r);
          g_test_message ("tautan %s %s: %s", commands[c].args[0], in, r.err);
          g_assert_cmpint (r.status, ==, 1);
          g_assert_cmpstr (r.err, ==, want);
        }
    }
}

/* A folder, a FIFO or a device given where a file is read: every
 * command says the same reason (tautan_file_describe_kind()), never
 * blocks on the FIFO, and fails. */
static void
test_input_not_a_file (void)
{
  g_autofree char *folder = data_path ("folder.d");
  g_autofree char *fifo = data_path ("pipe.json");
  g_autofree char *out = data_path ("out.png");
  static const struct { const char *name; const char *reason; } inputs[] = {
    { "folder.d", "it is a folder, not a file" },
    { "pipe.json", "it is a FIFO, not a file" },
    { "/dev/null", "it is a character device, not a file" },
  };

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  copy_minimal ("minimal.json");
  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      const char *in = inputs[i].name;
      const char *validate[] = { "validate", in, NULL };
      const char *export[] = { "export", in, "-o", "out.png", NULL };
      const char *workspace[] = { "export", "minimal.json", "--workspace", in, "-o", "out.png", NULL };
      const char *analyze[] = { "analyze", in, "--rank", NULL };
      const char *extract[] = { "extract", in, NULL };
      const char *merge[] = { "merge", in, NULL };
      const char *import[] = { "import", "--from", "gdelt", in, "-o", "out.json", NULL };
      const char *briefing[] = { "briefing", in, "-o", "out.pdf", NULL };
      const char * const *commands[] = { validate, export, workspace, analyze, extract, merge, import, briefing };

      for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
        {
          g_auto(Run) r = { 0 };

          run (commands[c], NULL, &r);
          g_test_message ("tautan %s %s: %s", commands[c][0], in, r.err);
          g_assert_cmpint (r.status, !=, 0);
          g_assert_nonnull (strstr (r.err, inputs[i].reason));
          g_assert_nonnull (strstr (r.err, in));
        }
    }
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
}

static void
test_read_only_target (void)
{
  g_autofree char *out = data_path ("locked.png");
  const char *args[] = { "export", "minimal.json", "-o", "locked.png", NULL };
  g_auto(Run) r = { 0 };
  g_autofree char *after = NULL;

  copy_minimal ("minimal.json");
  g_assert_true (g_file_set_contents (out, "keep me", -1, NULL));
  g_assert_cmpint (g_chmod (out, 0444), ==, 0);

  run (args, NULL, &r);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_cmpstr (r.err, ==, "tautan export: error: Cannot write “locked.png”: the file is read-only\n");
  g_assert_true (g_file_get_contents (out, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, "keep me");
  g_assert_cmpint (g_chmod (out, 0644), ==, 0);
}

/* A briefing of a broken dataset says what is wrong, not only how much. */
static void
test_briefing_broken_dataset (void)
{
  g_autofree char *bad = data_path ("broken.json");
  g_autofree char *pdf = NULL;
  g_autofree char *uri = NULL;
  const char *args[] = { "briefing", "broken.tautan", "-o", "b.pdf", NULL };
  g_auto(Run) r = { 0 };
  g_autoptr(GFile) file = NULL;

  g_assert_true (g_file_set_contents (bad, "{\"format\": \"tautan-dataset\", \"version\": 1,}", -1, NULL));
  file = g_file_new_for_path (bad);
  uri = g_file_get_uri (file);
  save_workspace ("broken.tautan", uri);

  run (args, NULL, &r);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "cannot be loaded"));
  g_assert_nonnull (strstr (r.err, "broken.json:1:43: error: unexpected '}' after ','"));
  pdf = data_path ("b.pdf");
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
}

/* 20,000 views: the error says how many and what is close, in a line. */
static void
test_missing_view_is_short (void)
{
  g_autofree char *path = data_path ("many.tautan");
  g_autofree char *minimal = data_path ("minimal.json");
  g_autoptr(GFile) data = g_file_new_for_path (minimal);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(TautanWorkspace) ws = tautan_workspace_new ();
  g_autoptr(GError) error = NULL;
  const char *args[] = { "export", "minimal.json", "--workspace", "many.tautan", "--view", "Summit 7",
                         "-o", "x.png", NULL };
  g_auto(Run) r = { 0 };
  TautanTimeSpan span = { tautan_day_from_ymd (2024, 1, 1), tautan_day_from_ymd (2024, 12, 31) };

  copy_minimal ("minimal.json");
  tautan_workspace_set_dataset_file (ws, data);
  for (guint i = 0; i < 20000; i++)
    {
      g_autofree char *name = g_strdup_printf ("View %u", i);
      g_autoptr(TautanSavedView) view = tautan_saved_view_new (i == 500 ? "Summit 77" : name);

      tautan_saved_view_set_window (view, &span, FALSE);
      g_list_store_append (tautan_workspace_get_views (ws), view);
    }
  g_assert_true (tautan_workspace_save (ws, file, &error));
  g_assert_no_error (error);

  run (args, NULL, &r);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_cmpstr (r.err, ==, "tautan export: error: many.tautan has no view “Summit 7” "
                              "(20000 views; did you mean “Summit 77”?)\n");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/cli-files/export-faults", test_export_faults);
  g_test_add_func ("/cli-files/briefing-faults", test_briefing_faults);
  g_test_add_func ("/cli-files/stdout-and-devices", test_stdout_and_devices);
  g_test_add_func ("/cli-files/read-only-target", test_read_only_target);
  g_test_add_func ("/cli-files/input-named-once", test_input_named_once);
  g_test_add_func ("/cli-files/input-not-a-file", test_input_not_a_file);
  g_test_add_func ("/cli-files/briefing-broken-dataset", test_briefing_broken_dataset);
  g_test_add_func ("/cli-files/missing-view-is-short", test_missing_view_is_short);

  return g_test_run ();
}
