/* test-locale.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The binary in the build tree reads its translations from the build tree
 * (`LANGUAGE=id ./build/app/tautan`), and a copy elsewhere does not.
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <gio/gio.h>

/* A private-use language code (ISO 639-2 reserves qaa–qtz), so the test
 * catalogue can never shadow a real one. */
#define TEST_LANGUAGE "qaa"

static char *
run_help (const char *binary,
          const char *language)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GError) error = NULL;
  char *out = NULL;

  /* Not "C": glibc ignores LANGUAGE in the C locale. */
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  if (language != NULL)
    g_subprocess_launcher_setenv (launcher, "LANGUAGE", language, TRUE);
  else
    g_subprocess_launcher_unsetenv (launcher, "LANGUAGE");
  proc = g_subprocess_launcher_spawn (launcher, &error, binary, "--help", NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (proc, NULL, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_successful (proc));
  return out;
}

/* The description of --version in the help, whatever its wording. */
static char *
version_help (const char *help)
{
  g_auto(GStrv) lines = g_strsplit (help, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = g_strchug (lines[i]);

      if (g_str_has_prefix (line, "--version "))
        return g_strdup (g_strchug ((char *)line + strlen ("--version")));
    }
  return NULL;
}

static void
compile_catalogue (const char *msgid,
                   const char *msgstr,
                   const char *mo)
{
  g_autofree char *tmp = g_dir_make_tmp ("tautan-locale-XXXXXX", NULL);
  g_autofree char *po = g_build_filename (tmp, "test.po", NULL);
  g_autofree char *escaped_id = g_strescape (msgid, NULL);
  g_autofree char *escaped_str = g_strescape (msgstr, NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  text = g_strdup_printf ("msgid \"\"\n"
                          "msgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
                          "msgid \"%s\"\nmsgstr \"%s\"\n", escaped_id, escaped_str);
  g_file_set_contents (po, text, -1, &error);
  g_assert_no_error (error);
  g_spawn_sync (NULL, (char *[]){ "msgfmt", "-o", (char *)mo, po, NULL }, NULL,
                G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_cmpint (g_remove (po), ==, 0);
  g_assert_cmpint (g_rmdir (tmp), ==, 0);
}

static void
test_build_tree_catalogues (void)
{
  const char *binary = g_getenv ("TAUTAN_BINARY");
  g_autofree char *lang_dir = g_build_filename (TAUTAN_BUILD_LOCALE_DIR, TEST_LANGUAGE, NULL);
  g_autofree char *messages_dir = g_build_filename (lang_dir, "LC_MESSAGES", NULL);
  g_autofree char *mo = g_build_filename (messages_dir, GETTEXT_PACKAGE ".mo", NULL);
  g_autofree char *english = NULL;
  g_autofree char *msgid = NULL;
  g_autofree char *translated = NULL;
  g_autofree char *wanted = NULL;
  g_autofree char *copy_dir = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *copied = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (binary);
  english = run_help (binary, NULL);
  msgid = version_help (english);
  g_assert_nonnull (msgid);
  wanted = g_strdup_printf ("[%s] %s", TEST_LANGUAGE, msgid);

  g_assert_cmpint (g_mkdir_with_parents (messages_dir, 0755), ==, 0);
  compile_catalogue (msgid, wanted, mo);

  translated = run_help (binary, TEST_LANGUAGE);
  g_assert_nonnull (strstr (translated, wanted));

  /* A copy outside the build tree looks where it would be installed. */
  copy_dir = g_dir_make_tmp ("tautan-copy-XXXXXX", NULL);
  copy = g_build_filename (copy_dir, "tautan", NULL);
  g_file_get_contents (binary, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents_full (copy, contents, length, G_FILE_SET_CONTENTS_NONE, 0755, &error);
  g_assert_no_error (error);
  copied = run_help (copy, TEST_LANGUAGE);
  g_assert_null (strstr (copied, wanted));
  g_assert_nonnull (strstr (copied, msgid));

  g_assert_cmpint (g_remove (copy), ==, 0);
  g_assert_cmpint (g_rmdir (copy_dir), ==, 0);
  g_assert_cmpint (g_remove (mo), ==, 0);
  g_assert_cmpint (g_rmdir (messages_dir), ==, 0);
  g_assert_cmpint (g_rmdir (lang_dir), ==, 0);
}

/* Every language of po/LINGUAS is compiled where the uninstalled binary
 * looks for it. */
static void
test_linguas_built (void)
{
  g_autofree char *root = g_path_get_dirname (g_getenv ("G_TEST_SRCDIR"));
  g_autofree char *linguas_path = g_build_filename (root, "po", "LINGUAS", NULL);
  g_autofree char *linguas = NULL;
  g_auto(GStrv) langs = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 0;

  g_file_get_contents (linguas_path, &linguas, NULL, &error);
  g_assert_no_error (error);
  langs = g_strsplit_set (linguas, " \t\n", -1);
  for (guint i = 0; langs[i] != NULL; i++)
    {
      g_autofree char *mo = NULL;

      if (*langs[i] == '\0' || *langs[i] == '#')
        continue;
      mo = g_build_filename (TAUTAN_BUILD_LOCALE_DIR, langs[i], "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
      if (!g_file_test (mo, G_FILE_TEST_IS_REGULAR))
        g_test_fail_printf ("%s was not built", mo);
      n++;
    }
  g_assert_cmpuint (n, >, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/locale/build-tree-catalogues", test_build_tree_catalogues);
  g_test_add_func ("/locale/linguas-built", test_linguas_built);

  return g_test_run ();
}
