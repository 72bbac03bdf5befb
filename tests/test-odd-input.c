/* test-odd-input.c: every hostile or odd file in tests/data/odd/ has its outcome
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each NAME.tautan (a workspace) or NAME.json (a dataset) sits beside
 * NAME.expected: "loads" when it must open, else the exact message, with
 * the folder left out of the file name. README.md says why each is there.
 */

#include "config.h"

#include <string.h>

#include "tautan/tautan-dataset.h"
#include "tautan/tautan-diagnostic.h"
#include "tautan/tautan-workspace.h"

static char *
outcome_of_workspace (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanWorkspace) workspace = tautan_workspace_load (file, &error);

  if (workspace != NULL)
    {
      g_assert_no_error (error);
      return g_strdup ("loads\n");
    }
  g_assert_nonnull (error);
  return g_strdup_printf ("%s\n", error->message);
}

static char *
outcome_of_dataset (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanDataset) dataset = NULL;
  GString *out = g_string_new (NULL);

  dataset = tautan_dataset_load_file (file, FALSE, NULL, NULL, NULL, &diagnostics, &error);
  if (dataset != NULL)
    {
      g_string_append (out, "loads\n");
      return g_string_free (out, FALSE);
    }
  if (diagnostics == NULL || diagnostics->len == 0)
    g_string_append_printf (out, "%s\n", error->message);
  for (guint i = 0; diagnostics != NULL && i < diagnostics->len; i++)
    {
      g_autofree char *line = tautan_diagnostic_format (g_ptr_array_index (diagnostics, i));

      g_string_append_printf (out, "%s\n", line);
    }
  return g_string_free (out, FALSE);
}

static void
test_case (gconstpointer data)
{
  const char *name = data;
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "odd", NULL);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *base = g_strndup (name, strrchr (name, '.') - name);
  g_autofree char *expected_name = g_strconcat (base, ".expected", NULL);
  g_autofree char *expected_path = g_build_filename (dir, expected_name, NULL);
  g_autofree char *expected = NULL;
  g_autofree char *got = NULL;
  g_autofree char *prefix = g_strconcat (dir, G_DIR_SEPARATOR_S, NULL);
  g_auto(GStrv) parts = NULL;
  g_autofree char *relative = NULL;

  got = g_str_has_suffix (name, ".tautan") ? outcome_of_workspace (path) : outcome_of_dataset (path);
  /* Messages name the file as given; the folder is the machine's. */
  parts = g_strsplit (got, prefix, -1);
  relative = g_strjoinv ("", parts);

  /* For a new case: write what it does now, then read it and judge. */
  if (g_getenv ("TAUTAN_ODD_WRITE_EXPECTED") != NULL)
    g_assert_true (g_file_set_contents (expected_path, relative, -1, NULL));

  g_assert_true (g_file_get_contents (expected_path, &expected, NULL, NULL));
  g_assert_cmpstr (relative, ==, expected);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *)a, *(char * const *)b);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir_path = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  dir_path = g_test_build_filename (G_TEST_DIST, "data", "odd", NULL);
  dir = g_dir_open (dir_path, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".tautan") || g_str_has_suffix (name, ".json"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_assert_cmpuint (names->len, >=, 60);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *test_path = g_strconcat ("/odd-input/", (char *)g_ptr_array_index (names, i), NULL);

      g_test_add_data_func (test_path, g_ptr_array_index (names, i), test_case);
    }

  return g_test_run ();
}
