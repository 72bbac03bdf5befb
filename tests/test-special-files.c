/* test-special-files.c: FIFOs, devices, folders and links where files are read
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * These cases need the file system (a FIFO cannot be committed), so they
 * are built in a temporary folder rather than kept in tests/data/.
 */

#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "tautan/tautan-dataset.h"
#include "tautan/tautan-diagnostic.h"
#include "tautan/tautan-workspace.h"

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("tautan-special-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
remove_tree (const char *path)
{
  struct stat st;

  if (lstat (path, &st) == 0 && S_ISDIR (st.st_mode))
    {
      g_autoptr(GDir) d = g_dir_open (path, 0, NULL);
      const char *name;

      while ((name = g_dir_read_name (d)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  remove_tree (f->dir);
  g_free (f->dir);
}

/* The minimal dataset with its first source's text read from @text_file. */
static char *
write_dataset (Fixture    *f,
               const char *text_file)
{
  g_autofree char *minimal = g_test_build_filename (G_TEST_DIST, "data", "minimal.json", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *path = g_build_filename (f->dir, "dataset.json", NULL);
  g_autoptr(GRegex) regex = NULL;
  g_autofree char *edited = NULL;
  g_autofree char *member = g_strdup_printf ("\"text_file\": \"%s\"", text_file);

  g_assert_true (g_file_get_contents (minimal, &contents, NULL, NULL));
  /* The first source's inline text (the first "text") becomes a text_file. */
  regex = g_regex_new ("\"text\": \"(?:[^\"\\\\]|\\\\.)*\"", 0, 0, NULL);
  {
    g_autoptr(GMatchInfo) match = NULL;
    int start, end;

    g_assert_true (g_regex_match (regex, contents, 0, &match));
    g_assert_true (g_match_info_fetch_pos (match, 0, &start, &end));
    edited = g_strdup_printf ("%.*s%s%s", start, contents, member, contents + end);
  }
  g_assert_true (g_file_set_contents (path, edited, -1, NULL));
  return g_steal_pointer (&path);
}

/* Loads @path and returns every problem and the error as one text. */
static char *
load_problems (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanDataset) dataset = NULL;
  GString *text = g_string_new (NULL);

  dataset = tautan_dataset_load_file (file, FALSE, NULL, NULL, NULL, &diagnostics, &error);
  g_assert_null (dataset);
  g_assert_nonnull (error);
  g_string_append (text, error->message);
  for (guint i = 0; diagnostics != NULL && i < diagnostics->len; i++)
    {
      g_autofree char *line = tautan_diagnostic_format (g_ptr_array_index (diagnostics, i));

      g_string_append_printf (text, "\n%s", line);
    }
  return g_string_free (text, FALSE);
}

/* A link to itself, or to a file that is gone, says so, not "not a
 * regular file". */
static void
test_dataset_links (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *loop_a = g_build_filename (f->dir, "loop-a.json", NULL);
  g_autofree char *loop_b = g_build_filename (f->dir, "loop-b.json", NULL);
  g_autofree char *dangling = g_build_filename (f->dir, "dangling.json", NULL);
  g_autofree char *loop_problems = NULL;
  g_autofree char *dangling_problems = NULL;

  g_assert_cmpint (symlink (loop_b, loop_a), ==, 0);
  g_assert_cmpint (symlink (loop_a, loop_b), ==, 0);
  g_assert_cmpint (symlink ("gone.json", dangling), ==, 0);
  loop_problems = load_problems (loop_a);
  dangling_problems = load_problems (dangling);
  g_assert_nonnull (strstr (loop_problems, "loop-a.json: it is a link that leads to no file (a missing one, or a loop)"));
  g_assert_nonnull (strstr (dangling_problems, "dangling.json: it is a link that leads to no file"));
}

/* Cuts the file to its first kilobyte at the loader's first progress
 * report, before the bytes are read: as a copy over it would. */
static void
truncate_at_first_report (double   fraction,
                          gpointer data)
{
  const char *path = data;

  if (fraction > 0 && fraction < 1 && g_file_test (path, G_FILE_TEST_EXISTS))
    {
      struct stat st;

      g_assert_cmpint (stat (path, &st), ==, 0);
      if (st.st_size > 1024)
        g_assert_cmpint (truncate (path, 1024), ==, 0);
    }
}

/* A dataset cut short by another program while it is read gives an error
 * that says so: the mapped pages past its new end used to kill the
 * process with SIGBUS. */
static void
test_dataset_truncated_while_read (Fixture       *f,
                                   gconstpointer  data)
{
  g_autofree char *minimal = g_test_build_filename (G_TEST_DIST, "data", "minimal.json", NULL);
  g_autofree char *path = g_build_filename (f->dir, "big.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GString) big = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanDataset) dataset = NULL;
  const char *end;

  /* the minimal dataset with 4 MB of notes at its end: pages to fault on */
  g_assert_true (g_file_get_contents (minimal, &contents, NULL, NULL));
  end = strrchr (contents, '}');
  g_assert_nonnull (end);
  big = g_string_new_len (contents, end - contents);
  g_string_append (big, ", \"x-notes\": \"");
  for (guint i = 0; i < 4 * 1024 * 1024 / 64; i++)
    g_string_append (big, "A note that pads the file so that it spans many pages of memory. ");
  g_string_append (big, "\"}\n");
  g_assert_true (g_file_set_contents (path, big->str, big->len, NULL));

  /* whole, it loads */
  dataset = tautan_dataset_load_file (file, FALSE, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  g_clear_object (&dataset);

  dataset = tautan_dataset_load_file (file, FALSE, NULL, truncate_at_first_report, path, &diagnostics, &error);
  g_assert_null (dataset);
  g_assert_error (error, TAUTAN_DATASET_ERROR, TAUTAN_DATASET_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "big.json: the file was cut short while it was read"));
  /* nothing of what the missing pages gave is blamed on the file */
  g_assert_cmpuint (diagnostics->len, ==, 0);
}

static void
test_dataset_fifo (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *fifo = g_build_filename (f->dir, "pipe.json", NULL);
  g_autofree char *problems = NULL;

  /* Would block forever if opened as a file. */
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  problems = load_problems (fifo);
  g_assert_nonnull (strstr (problems, "pipe.json: it is a FIFO, not a file"));
}

static void
test_dataset_device (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *problems = load_problems ("/dev/zero");

  g_assert_nonnull (strstr (problems, "/dev/zero: it is a character device, not a file"));
}

static void
test_text_file_fifo (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *fifo = g_build_filename (f->dir, "article.txt", NULL);
  g_autofree char *path = write_dataset (f, "article.txt");
  g_autofree char *problems = NULL;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  problems = load_problems (path);
  g_assert_nonnull (strstr (problems, "$.sources[0].text_file: cannot read \"article.txt\": it is a FIFO, not a file"));
}

static void
test_text_file_link_out (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *outside_dir = g_dir_make_tmp ("tautan-outside-XXXXXX", NULL);
  g_autofree char *secret = g_build_filename (outside_dir, "secret.txt", NULL);
  g_autofree char *link = g_build_filename (f->dir, "article.txt", NULL);
  g_autofree char *zero = g_build_filename (f->dir, "zero.txt", NULL);
  g_autofree char *path = write_dataset (f, "article.txt");
  g_autofree char *problems = NULL;
  g_autofree char *path2 = NULL;
  g_autofree char *problems2 = NULL;

  g_assert_true (g_file_set_contents (secret, "root:x:0:0:SECRET-CONTENTS", -1, NULL));
  g_assert_cmpint (symlink (secret, link), ==, 0);

  /* The check is on the real path, and nothing of the file is shown. */
  problems = load_problems (path);
  g_assert_nonnull (strstr (problems, "cannot read \"article.txt\": it leads outside the dataset's folder"));
  g_assert_null (strstr (problems, "SECRET"));
  g_assert_null (strstr (problems, "root:x"));

  /* /dev/zero through a link: refused before a byte is read. */
  g_assert_cmpint (symlink ("/dev/zero", zero), ==, 0);
  path2 = write_dataset (f, "zero.txt");
  problems2 = load_problems (path2);
  g_assert_nonnull (strstr (problems2, "cannot read \"zero.txt\": it leads outside the dataset's folder"));

  remove_tree (outside_dir);
}

static void
test_text_file_link_inside (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *sub = g_build_filename (f->dir, "texts", NULL);
  g_autofree char *real = g_build_filename (sub, "a.txt", NULL);
  g_autofree char *link = g_build_filename (f->dir, "article.txt", NULL);
  g_autofree char *path = write_dataset (f, "article.txt");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanDataset) dataset = NULL;
  g_autofree char *minimal = g_test_build_filename (G_TEST_DIST, "data", "minimal.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonPath) json_path = json_path_new ();
  g_autoptr(JsonNode) found = NULL;
  const char *text;

  /* A link that stays inside the folder is fine; the text is the one
   * the quotes' offsets were made for. */
  g_assert_true (json_parser_load_from_file (parser, minimal, NULL));
  g_assert_true (json_path_compile (json_path, "$.sources[0].text", NULL));
  found = json_path_match (json_path, json_parser_get_root (parser));
  text = json_array_get_string_element (json_node_get_array (found), 0);
  g_assert_cmpint (g_mkdir (sub, 0700), ==, 0);
  g_assert_true (g_file_set_contents (real, text, -1, NULL));
  g_assert_cmpint (symlink ("texts/a.txt", link), ==, 0);

  dataset = tautan_dataset_load_file (file, FALSE, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (dataset);
}

static void
test_workspace_fifo (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *fifo = g_build_filename (f->dir, "work.tautan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (fifo);
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanWorkspace) workspace = NULL;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  workspace = tautan_workspace_load (file, &error);
  g_assert_null (workspace);
  g_assert_error (error, TAUTAN_WORKSPACE_ERROR, TAUTAN_WORKSPACE_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "it is a FIFO, not a file"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(name, func) g_test_add ("/special-files/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("dataset-fifo", test_dataset_fifo);
  ADD ("dataset-links", test_dataset_links);
  ADD ("dataset-device", test_dataset_device);
  ADD ("dataset-truncated-while-read", test_dataset_truncated_while_read);
  ADD ("text-file-fifo", test_text_file_fifo);
  ADD ("text-file-link-out", test_text_file_link_out);
  ADD ("text-file-link-inside", test_text_file_link_inside);
  ADD ("workspace-fifo", test_workspace_fifo);
#undef ADD

  return g_test_run ();
}
