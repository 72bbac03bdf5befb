/* test-bad-input.c: every file in tests/data/bad/ fails with its message
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tautan/tautan-dataset.h"
#include "tautan/tautan-diagnostic.h"
#include "tautan/tautan-extract.h"

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

/* An article that is not UTF-8 is refused at the byte g_utf8_validate_len()
 * stops at, over the whole text, whatever the ASCII before it (the check
 * steps over ASCII eight bytes at a time) and whatever surrounds it. */
static void
test_extract_utf8 (void)
{
  static const char * const bad[] = {
    "\xFF", "\xC3", "\xC3(", "\xE2\x80", "\xE2\x80x", "\xED\xA0\x80", "\xC0\xAF", "\xF0\x9F\x98",
    "\xF4\x90\x80\x80", "\x80", "\xC3\xA9\xFF", "\xE2\x80\x9C\xE2\x80",
  };
  static const char * const around[] = { "", "\xC3\xA9", "\xE2\x80\x9Cq\xE2\x80\x9D", "\n" };

  for (guint b = 0; b < G_N_ELEMENTS (bad); b++)
    for (guint r = 0; r < G_N_ELEMENTS (around); r++)
      for (guint at = 0; at < 19; at++)
        {
          g_autofree char *before = g_strnfill (at, 'a');
          g_autofree char *text = g_strconcat ("x", around[r], before, bad[b], "tail text", around[r], NULL);
          g_autoptr(GError) error = NULL;
          g_autofree char *expected = NULL;
          const char *stop, *line_start = text;
          guint line = 1;

          g_assert_false (g_utf8_validate_len (text, strlen (text), &stop));
          for (const char *p = text; p < stop; p++)
            if (*p == '\n')
              line++, line_start = p + 1;
          expected = g_strdup_printf ("line %u, byte %u of the line: invalid UTF-8 (byte 0x%02X); save the text as UTF-8",
                                      line, (guint)(stop - line_start) + 1, (guchar)*stop);
          g_assert_false (tautan_extract_check_text (text, strlen (text), &error));
          g_assert_error (error, TAUTAN_EXTRACT_ERROR, TAUTAN_EXTRACT_ERROR_NOT_UTF8);
          g_assert_cmpstr (error->message, ==, expected);
        }
  for (guint r = 0; r < G_N_ELEMENTS (around); r++)
    for (guint at = 0; at < 19; at++)
      {
        g_autofree char *before = g_strnfill (at, 'a');
        g_autofree char *text = g_strconcat ("x", around[r], before, "\xF0\x9F\x98\x80 tail", around[r], NULL);
        g_autoptr(GError) error = NULL;

        g_assert_true (tautan_extract_check_text (text, strlen (text), &error));
        g_assert_no_error (error);
      }
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

  g_test_add_func ("/tautan/bad-input/extract-utf8", test_extract_utf8);

  return g_test_run ();
}
