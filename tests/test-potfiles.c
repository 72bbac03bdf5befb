/* test-potfiles.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Keeps po/POTFILES honest: every source with translatable strings is
 * listed, every listed file exists, the taxonomy's labels reach the
 * catalogue, xgettext extracts without a warning and every catalogue
 * compiles.
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <gio/gio.h>

#include "tautan/tautan-taxonomy.h"

/* The caller's data dirs, before the test isolates them: xgettext finds
 * the ITS rules for .ui, metainfo and MIME files there. */
static char *saved_xdg_data_dirs;

/* A call of a gettext function or macro in C. */
static GRegex *c_call_regex;

/* A failure whose detail spans lines: TAP takes one line per result, so
 * the detail goes out as comments first. */
static void
fail_with_detail (const char *summary,
                  const char *detail)
{
  g_auto(GStrv) lines = g_strsplit (detail, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (lines[i][0] != '\0')
      g_test_message ("%s", lines[i]);
  g_test_fail_printf ("%s (details above)", summary);
}

static char *
source_root (void)
{
  return g_path_get_dirname (g_getenv ("G_TEST_SRCDIR"));
}

/* The files of POTFILES, in order; comments and blank lines skipped. */
static GPtrArray *
read_potfiles (const char *root)
{
  g_autofree char *path = g_build_filename (root, "po", "POTFILES", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *files = g_ptr_array_new_with_free_func (g_free);

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = g_strstrip (lines[i]);

      if (*line != '\0' && *line != '#')
        g_ptr_array_add (files, g_strdup (line));
    }
  return files;
}

static gboolean
has_suffix_in (const char         *name,
               const char * const *suffixes)
{
  for (guint i = 0; suffixes[i] != NULL; i++)
    if (g_str_has_suffix (name, suffixes[i]))
      return TRUE;
  return FALSE;
}

/* Whether xgettext would find a string to translate in @contents. */
static gboolean
is_translatable (const char *name,
                 const char *contents)
{
  static const char *c_suffixes[] = { ".c", ".h", NULL };
  static const char *merged_suffixes[] = { ".desktop.in", ".metainfo.xml.in", ".mime.xml.in", NULL };

  if (has_suffix_in (name, c_suffixes))
    return g_regex_match (c_call_regex, contents, 0, NULL);
  if (g_str_has_suffix (name, ".ui"))
    return strstr (contents, "translatable=\"yes\"") != NULL;
  if (g_str_has_suffix (name, ".gschema.xml"))
    return strstr (contents, "<summary") != NULL || strstr (contents, "<description") != NULL;
  /* Installed through i18n.merge_file, so always translated. */
  return has_suffix_in (name, merged_suffixes);
}

static void
collect_translatable (const char *root,
                      const char *relative,
                      GPtrArray  *found)
{
  g_autofree char *path = g_build_filename (root, relative, NULL);
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;

  dir = g_dir_open (path, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (relative, name, NULL);
      g_autofree char *child_path = g_build_filename (root, child, NULL);
      g_autofree char *contents = NULL;

      if (g_file_test (child_path, G_FILE_TEST_IS_DIR))
        {
          collect_translatable (root, child, found);
          continue;
        }
      if (!g_file_get_contents (child_path, &contents, NULL, NULL))
        continue;
      if (is_translatable (name, contents))
        g_ptr_array_add (found, g_steal_pointer (&child));
    }
}

static gboolean
str_array_contains (GPtrArray  *array,
                    const char *str)
{
  return g_ptr_array_find_with_equal_func (array, str, g_str_equal, NULL);
}

static void
test_all_listed (void)
{
  /* Every folder that holds code or files shown to users. */
  static const char *folders[] = { "app", "widgets", "data", "include", "resources", NULL };
  g_autofree char *root = source_root ();
  g_autoptr(GPtrArray) listed = read_potfiles (root);
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) missing = g_string_new (NULL);

  for (guint i = 0; folders[i] != NULL; i++)
    collect_translatable (root, folders[i], found);

  /* The scan must see the files we know carry strings, or it proves nothing. */
  g_assert_true (str_array_contains (found, "app/tautan-application.c"));
  g_assert_true (str_array_contains (found, "resources/ui/tautan-window.ui"));

  for (guint i = 0; i < found->len; i++)
    if (!str_array_contains (listed, g_ptr_array_index (found, i)))
      g_string_append_printf (missing, " %s", (const char *)g_ptr_array_index (found, i));

  if (missing->len > 0)
    g_test_fail_printf ("po/POTFILES lacks files with translatable strings:%s", missing->str);
}

static void
test_listed_exist (void)
{
  g_autofree char *root = source_root ();
  g_autoptr(GPtrArray) listed = read_potfiles (root);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpuint (listed->len, >, 0);
  for (guint i = 0; i < listed->len; i++)
    {
      const char *file = g_ptr_array_index (listed, i);
      g_autofree char *path = g_build_filename (root, file, NULL);

      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_test_fail_printf ("po/POTFILES: %s: no such file", file);
      if (!g_hash_table_add (seen, (gpointer)file))
        g_test_fail_printf ("po/POTFILES: %s: listed twice", file);
    }
}

/* The NC_() pairs of the taxonomy's stand-in header, as "context\004label",
 * the way gettext keys a string with a context. */
static GHashTable *
read_marked_labels (const char *root)
{
  g_autofree char *path = g_build_filename (root, "resources", "taxonomy", "event-types.json.h", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRegex) regex = g_regex_new ("NC_\\s*\\(\\s*\"([^\"]*)\"\\s*,\\s*\"([^\"]*)\"\\s*\\)", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  GHashTable *labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  for (g_regex_match (regex, contents, 0, &match); g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      g_autofree char *context = g_match_info_fetch (match, 1);
      g_autofree char *label = g_match_info_fetch (match, 2);

      g_hash_table_add (labels, g_strconcat (context, "\004", label, NULL));
    }
  return labels;
}

/* Every label the bundled taxonomy shows, keyed as read_marked_labels(). */
static GPtrArray *
taxonomy_labels (void)
{
  TautanTaxonomy *taxonomy = tautan_taxonomy_get_default ();
  GPtrArray *labels = g_ptr_array_new_with_free_func (g_free);

  for (guint q = 0; q < TAUTAN_N_QUAD_CLASSES; q++)
    g_ptr_array_add (labels, g_strconcat ("event class\004", tautan_taxonomy_get_quad_class (taxonomy, q)->label, NULL));
  for (guint t = 0; t < tautan_taxonomy_get_n_types (taxonomy); t++)
    g_ptr_array_add (labels, g_strconcat ("event type\004", tautan_taxonomy_get_event_type (taxonomy, t)->label, NULL));
  return labels;
}

static void
test_taxonomy_marked (void)
{
  g_autofree char *root = source_root ();
  g_autoptr(GHashTable) marked = read_marked_labels (root);
  g_autoptr(GPtrArray) labels = taxonomy_labels ();
  g_autoptr(GHashTable) wanted = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer key;

  g_assert_cmpuint (labels->len, >, TAUTAN_N_QUAD_CLASSES);
  for (guint i = 0; i < labels->len; i++)
    {
      char *label = g_ptr_array_index (labels, i);

      g_hash_table_add (wanted, label);
      if (!g_hash_table_contains (marked, label))
        {
          g_auto(GStrv) parts = g_strsplit (label, "\004", 2);

          g_test_fail_printf ("resources/taxonomy/event-types.json.h lacks NC_(\"%s\", \"%s\") "
                              "from event-types.json", parts[0], parts[1]);
        }
    }

  g_hash_table_iter_init (&iter, marked);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (wanted, key))
      g_test_fail_printf ("resources/taxonomy/event-types.json.h marks “%s”, which event-types.json no longer has",
               strchr (key, '\004') + 1);
}

static char *
run (const char * const  *argv,
     const char          *cwd,
     char               **err_out)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                                                       G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GError) error = NULL;
  char *out = NULL;

  g_subprocess_launcher_set_cwd (launcher, cwd);
  if (saved_xdg_data_dirs != NULL)
    g_subprocess_launcher_setenv (launcher, "XDG_DATA_DIRS", saved_xdg_data_dirs, TRUE);
  else
    g_subprocess_launcher_unsetenv (launcher, "XDG_DATA_DIRS");
  proc = g_subprocess_launcher_spawnv (launcher, argv, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (proc, NULL, NULL, &out, err_out, &error);
  g_assert_no_error (error);
  if (!g_subprocess_get_successful (proc))
    fail_with_detail (argv[0], *err_out);
  return out;
}

static void
test_xgettext (void)
{
  g_autofree char *root = source_root ();
  g_autofree char *tmp = g_dir_make_tmp ("tautan-pot-XXXXXX", NULL);
  g_autofree char *pot = g_build_filename (tmp, "tautan.pot", NULL);
  g_autofree char *potfiles = g_build_filename (root, "po", "POTFILES", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GPtrArray) labels = taxonomy_labels ();
  g_autoptr(GError) error = NULL;
  /* meson's "glib" preset (po/meson.build), as `ninja tautan-pot` runs it. */
  const char *argv[] = {
    "xgettext", "--package-name=tautan", "-f", potfiles, "-D", root, "-o", pot,
    "--from-code=UTF-8", "--add-comments",
    "--keyword=_", "--keyword=N_", "--keyword=C_:1c,2", "--keyword=NC_:1c,2",
    "--keyword=g_dcgettext:2", "--keyword=g_dngettext:2,3", "--keyword=g_dpgettext2:2c,3",
    "--flag=N_:1:pass-c-format", "--flag=C_:2:pass-c-format", "--flag=NC_:2:pass-c-format",
    "--flag=g_dngettext:2:pass-c-format", "--flag=g_strdup_printf:1:c-format",
    "--flag=g_string_printf:2:c-format", "--flag=g_string_append_printf:2:c-format",
    "--flag=g_error_new:3:c-format", "--flag=g_set_error:4:c-format",
    NULL
  };

  out = run (argv, tmp, &err);
  if (*err != '\0')
    fail_with_detail ("xgettext warned", err);

  /* The stand-in header got through, context and all; and the other kinds
   * of file (templates, desktop file, MIME type) were read by their rules. */
  g_file_get_contents (pot, &contents, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < labels->len; i++)
    {
      g_auto(GStrv) parts = g_strsplit (g_ptr_array_index (labels, i), "\004", 2);
      g_autofree char *entry = g_strdup_printf ("msgctxt \"%s\"\nmsgid \"%s\"\n", parts[0], parts[1]);

      if (strstr (contents, entry) == NULL)
        fail_with_detail ("a taxonomy label is not in the extracted catalogue", entry);
    }
  g_assert_nonnull (strstr (contents, "#: resources/ui/tautan-window.ui:"));
  g_assert_nonnull (strstr (contents, "#: resources/io.github.tautan.Tautan.desktop.in:"));
  g_assert_nonnull (strstr (contents, "#: resources/io.github.tautan.Tautan.metainfo.xml.in:"));
  g_assert_nonnull (strstr (contents, "#: resources/io.github.tautan.Tautan.mime.xml.in:"));

  g_assert_cmpint (g_remove (pot), ==, 0);
  g_assert_cmpint (g_rmdir (tmp), ==, 0);
}

/* Every language of LINGUAS has a catalogue that msgfmt accepts as it is. */
static void
test_catalogues (void)
{
  g_autofree char *root = source_root ();
  g_autofree char *podir = g_build_filename (root, "po", NULL);
  g_autofree char *linguas_path = g_build_filename (podir, "LINGUAS", NULL);
  g_autofree char *linguas = NULL;
  g_auto(GStrv) langs = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 0;

  g_file_get_contents (linguas_path, &linguas, NULL, &error);
  g_assert_no_error (error);
  langs = g_strsplit_set (linguas, " \t\n", -1);
  for (guint i = 0; langs[i] != NULL; i++)
    {
      g_autofree char *po = NULL;
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      const char *argv[] = { "msgfmt", "--check", "-o", "/dev/null", NULL, NULL };

      if (*langs[i] == '\0' || *langs[i] == '#')
        continue;
      po = g_strconcat (langs[i], ".po", NULL);
      argv[4] = po;
      out = run (argv, podir, &err);
      n++;
    }
  g_assert_cmpuint (n, >, 0);
}

int
main (int    argc,
      char **argv)
{
  int status;

  saved_xdg_data_dirs = g_strdup (g_getenv ("XDG_DATA_DIRS"));
  c_call_regex = g_regex_new ("(^|[^A-Za-z0-9_])(_|N_|C_|NC_|gettext|ngettext|g_dgettext|g_dngettext|"
                              "g_dcgettext|g_dpgettext|g_dpgettext2)\\s*\\(",
                              G_REGEX_MULTILINE, 0, NULL);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/potfiles/all-listed", test_all_listed);
  g_test_add_func ("/potfiles/listed-exist", test_listed_exist);
  g_test_add_func ("/potfiles/taxonomy-marked", test_taxonomy_marked);
  g_test_add_func ("/potfiles/xgettext", test_xgettext);
  g_test_add_func ("/potfiles/catalogues", test_catalogues);

  status = g_test_run ();
  g_regex_unref (c_call_regex);
  g_free (saved_xdg_data_dirs);
  return status;
}
