/* test-cli.c: `tautan validate` as a user runs it, with no display
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>

#include "tautan-test-cli.h"


static void
test_validate_ok (void)
{
  const char *args[] = { "validate", "extras.json", NULL };
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (tautan_test_cli_run (args, &out, &err), ==, 0);
  g_assert_cmpstr (out, ==, "extras.json: ok: 1 sources, 6 entities, 2 events, 2 quotes, 2024-06-01 to 2024-06-30\n");
  g_assert_cmpstr (err, ==, "");
}

static void
test_validate_errors (void)
{
  const char *args[] = { "validate", "extras.json", "bad/unknown-entity-in-actors.json", NULL };
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "bad", "unknown-entity-in-actors.expected", NULL);
  g_autofree char *with_dir = NULL;

  g_assert_true (g_file_get_contents (path, &expected, NULL, NULL));
  with_dir = g_strconcat ("bad/", expected, NULL);

  /* One bad file among good ones: exit 1, the good one still reported. */
  g_assert_cmpint (tautan_test_cli_run (args, &out, &err), ==, 1);
  g_assert_true (g_str_has_prefix (out, "extras.json: ok:"));
  g_assert_cmpstr (err, ==, with_dir);
}

static void
test_validate_usage (void)
{
  const char *none[] = { "validate", NULL };
  const char *missing[] = { "validate", "no-such-file.json", NULL };
  const char *version[] = { "--version", NULL };
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *out2 = NULL, *err2 = NULL;
  g_autofree char *out3 = NULL, *err3 = NULL;

  g_assert_cmpint (tautan_test_cli_run (none, &out, &err), ==, 2);
  g_assert_nonnull (strstr (err, "no file given"));
  g_assert_cmpint (tautan_test_cli_run (missing, &out2, &err2), ==, 1);
  g_assert_true (g_str_has_prefix (err2, "no-such-file.json: error: "));
  g_assert_cmpint (tautan_test_cli_run (version, &out3, &err3), ==, 0);
  g_assert_cmpstr (out3, ==, "Tautan " PACKAGE_VERSION "\n");
}

/* A mistyped command is answered as one, with the nearest name, never
 * taken for a file to open in a window (which, with no display, said
 * only that it could not open one). */
static void
test_mistyped_command (void)
{
  const char *typo[] = { "exprot", "foo.json", NULL };
  const char *far[] = { "frobnicate", NULL };
  const char *swapped[] = { "valdiate", "extras.json", NULL };
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *out2 = NULL, *err2 = NULL;
  g_autofree char *out3 = NULL, *err3 = NULL;

  g_assert_cmpint (tautan_test_cli_run (typo, &out, &err), ==, 2);
  g_assert_cmpstr (out, ==, "");
  g_assert_cmpstr (err, ==, "tautan: unknown command “exprot”; did you mean “export”?\n"
                            "Run “tautan --help” to see the commands.\n");
  g_assert_cmpint (tautan_test_cli_run (far, &out2, &err2), ==, 2);
  g_assert_cmpstr (err2, ==, "tautan: unknown command “frobnicate”\n"
                             "Run “tautan --help” to see the commands.\n");
  g_assert_cmpint (tautan_test_cli_run (swapped, &out3, &err3), ==, 2);
  g_assert_true (g_str_has_prefix (err3, "tautan: unknown command “valdiate”; did you mean “validate”?\n"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/tautan/cli/validate-ok", test_validate_ok);
  g_test_add_func ("/tautan/cli/validate-errors", test_validate_errors);
  g_test_add_func ("/tautan/cli/validate-usage", test_validate_usage);
  g_test_add_func ("/tautan/cli/mistyped-command", test_mistyped_command);

  return g_test_run ();
}
