/* test-bad-input.c: every file in tests/data/bad/ fails with its message
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tautan/tautan-dataset.h"
#include "tautan/tautan-diagnostic.h"

static void
test_case (gconstpointer data)
{
  const char *name = data;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "bad", name, NULL);
  g_autofree char *base = g_strndup (name, strlen (name) - strlen (".json"));
  g_autofree char *expected_name = g_strconcat (base, ".expected", NULL);
  g_autofree char *expected_path = g_test_build_filename (G_TEST_DIST, "data", "bad", expected_name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanDataset) dataset = NULL;
  g_autoptr(GString) got = g_string_new (NULL);
  g_autofree char *expected = NULL;

  g_assert_true (g_file_get_contents (expected_path, &expected, NULL, NULL));

  /* All or nothing: a file with any problem loads nothing. */
  dataset = tautan_dataset_load_file (file, FALSE, NULL, NULL, NULL, &diagnostics, &error);
  g_assert_null (dataset);
  g_assert_error (error, TAUTAN_DATASET_ERROR, TAUTAN_DATASET_ERROR_INVALID);
  g_assert_cmpuint (diagnostics->len, >, 0);

  for (guint i = 0; i < diagnostics->len; i++)
    {
      TautanDiagnostic *d = g_ptr_array_index (diagnostics, i);
      g_autofree char *line = NULL;

      g_free (d->file);
      d->file = g_strdup (name);
      line = tautan_diagnostic_format (d);
      g_string_append_printf (got, "%s\n", line);
    }

  g_assert_cmpstr (got->str, ==, expected);
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

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  dir_path = g_test_build_filename (G_TEST_DIST, "data", "bad", NULL);
  dir = g_dir_open (dir_path, 0, NULL);
  g_assert_nonnull (dir);
  for (const char *name; (name = g_dir_read_name (dir));)
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  /* The issue asks for at least 25 malformed inputs. */
  g_assert_cmpuint (names->len, >=, 25);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *test_path = g_strconcat ("/tautan/bad-input/", (char *)g_ptr_array_index (names, i), NULL);
      g_test_add_data_func (test_path, g_ptr_array_index (names, i), test_case);
    }

  return g_test_run ();
}
