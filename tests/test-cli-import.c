/* test-cli-import.c: `tautan import` as a user runs it, with no display
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "tautan/tautan-dataset.h"

#include "tautan-test-cli.h"


static char *
temp_path (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cli-import-XXXXXX", &error);

  g_assert_no_error (error);
  return g_build_filename (dir, name, NULL);
}

static void
remove_temp (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_zip (void)
{
  g_autofree char *output = temp_path ("day.json");
  const char *args[] = { "import", "--from", "gdelt", "gdelt/20130401.export.CSV.zip", "-o", output, NULL };
  const char *validate[] = { "validate", output, NULL };
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *vout = NULL, *verr = NULL;
  g_autofree char *tail = g_strdup_printf ("→ %s\n", output);

  g_assert_cmpint (tautan_test_cli_run (args, &out, &err), ==, 0);
  g_assert_cmpstr (out, ==, "");
  /* 14,346 rows in the day (SOURCES.md), no bad one. */
  g_assert_true (g_str_has_prefix (err, "tautan import: 14,346 rows from 1 file: "));
  g_assert_nonnull (strstr (err, " 0 bad, "));
  g_assert_true (g_str_has_suffix (err, tail));

  g_assert_cmpint (tautan_test_cli_run (validate, &vout, &verr), ==, 0);
  g_assert_true (g_str_has_prefix (vout, output));
  g_assert_nonnull (strstr (vout, ": ok: "));
  g_assert_cmpstr (verr, ==, "");
  remove_temp (output);
}

static void
test_stdout_and_filters (void)
{
  const char *args[] = { "import", "--from", "GDELT", "gdelt/20130401.export.head200.CSV", "--country", "chn,can",
                         "--root", "4", "--root", "19", "--quad", "verbal-cooperation,4", "--since", "2012-01-01",
                         "--title", "China and Canada", "-q", "-o", "-", NULL };
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(TautanDataset) dataset = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root, *filters;

  g_assert_cmpint (tautan_test_cli_run (args, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  dataset = tautan_dataset_load_data (out, strlen (out), "stdout.json", NULL, &diagnostics, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tautan_dataset_get_title (dataset), ==, "China and Canada");

  /* The dataset says how it was made. */
  g_assert_true (json_parser_load_from_data (parser, out, -1, &error));
  root = json_node_get_object (json_parser_get_root (parser));
  filters = json_object_get_object_member (json_object_get_object_member (root, "x-import"), "filters");
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (filters, "countries"), 0), ==, "CHN");
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (filters, "countries"), 1), ==, "CAN");
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (filters, "roots"), 0), ==, "04");
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (filters, "roots"), 1), ==, "19");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (filters, "quad_classes")), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (filters, "since"), ==, "2012-01-01");
}

static void
test_bad_rows (void)
{
  g_autofree char *output = temp_path ("bad.json");
  const char *args[] = { "import", "--from", "gdelt", "gdelt/bad-rows.CSV", "--max-problems", "2", "-o", output, NULL };
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *expected_path = g_test_build_filename (G_TEST_DIST, "data", "gdelt", "bad-rows.expected", NULL);
  g_autofree char *expected = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) want = NULL;

  /* Bad rows are reported, the good ones imported: success. */
  g_assert_cmpint (tautan_test_cli_run (args, &out, &err), ==, 0);
  g_assert_true (g_file_get_contents (expected_path, &expected, NULL, NULL));
  lines = g_strsplit (err, "\n", -1);
  want = g_strsplit (expected, "\n", -1);
  g_assert_cmpuint (g_strv_length (want), ==, 9);
  g_assert_cmpstr (lines[0], ==, want[0]);
  g_assert_cmpstr (lines[1], ==, want[1]);
  g_assert_cmpstr (lines[2], ==, "tautan import: … and 6 more bad rows (--max-problems 0 prints more)");
  g_assert_true (g_str_has_prefix (lines[3], "tautan import: 12 rows from 1 file: 3 kept as 3 events;"));
  g_assert_true (g_file_test (output, G_FILE_TEST_IS_REGULAR));
  remove_temp (output);
}

static void
test_failures (void)
{
  g_autofree char *output = temp_path ("none.json");
  const char *missing[] = { "import", "--from", "gdelt", "gdelt/no-such.CSV", "-o", output, NULL };
  const char *nothing[] = { "import", "--from", "gdelt", "gdelt/20130401.export.head200.CSV", "--country", "ATA",
                            "-o", output, NULL };
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *out2 = NULL, *err2 = NULL;

  g_assert_cmpint (tautan_test_cli_run (missing, &out, &err), ==, 1);
  g_assert_true (g_str_has_prefix (err, "gdelt/no-such.CSV: error: "));
  g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));

  /* Nothing passes the filters: say so, write nothing. */
  g_assert_cmpint (tautan_test_cli_run (nothing, &out2, &err2), ==, 1);
  g_assert_true (g_str_has_prefix (err2, "tautan import: error: no event to import: 200 rows read, 0 bad, "));
  g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));
  remove_temp (output);
}

static void
test_usage (void)
{
  const struct { const char *args[10]; const char *message; } cases[] = {
    { { "import", "gdelt/bad-rows.CSV", "-o", "x.json" },
      "tautan import: say which database the files come from: --from gdelt or --from icews" },
    { { "import", "--from", "acled", "gdelt/bad-rows.CSV", "-o", "x.json" },
      "tautan import: unknown database “acled”: use gdelt or icews" },
    { { "import", "--from", "gdelt", "-o", "x.json" }, "tautan import: no file given" },
    { { "import", "--from", "gdelt", "gdelt/bad-rows.CSV" }, "tautan import: no output file given (-o FILE)" },
    { { "import", "--from", "gdelt", "--quad", "5", "gdelt/bad-rows.CSV", "-o", "x.json" },
      "tautan import: --quad “5” is not a QuadClass: use 1 to 4 or verbal-cooperation, material-cooperation, "
      "verbal-conflict, material-conflict" },
    { { "import", "--from", "gdelt", "--since", "2013-02-30", "gdelt/bad-rows.CSV", "-o", "x.json" },
      "tautan import: --since “2013-02-30” is not a date: use YYYY-MM-DD, e.g. 2013-04-01" },
    { { "import", "--from", "gdelt", "--root", "21", "gdelt/bad-rows.CSV", "-o", "x.json" },
      "tautan import: “21” is not a CAMEO root code: use 01 to 20" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = NULL, *err = NULL;
      g_autofree char *expected = g_strdup_printf ("%s (try “tautan import --help”)\n", cases[i].message);

      g_assert_cmpint (tautan_test_cli_run (cases[i].args, &out, &err), ==, 2);
      g_assert_cmpstr (err, ==, expected);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/tautan/cli-import/zip", test_zip);
  g_test_add_func ("/tautan/cli-import/stdout-and-filters", test_stdout_and_filters);
  g_test_add_func ("/tautan/cli-import/bad-rows", test_bad_rows);
  g_test_add_func ("/tautan/cli-import/failures", test_failures);
  g_test_add_func ("/tautan/cli-import/usage", test_usage);

  return g_test_run ();
}
