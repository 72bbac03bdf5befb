/* test-file.c: safe reads and atomic writes, and XML escaping
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "tautan/tautan-file.h"
#include "tautan/tautan-xml.h"
#include "tautan-file-private.h"

static char *
make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("tautan-file-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static char *
read_text (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

/* Every entry of @dir but @keep: a writer must leave no temporary file. */
static guint
count_others (const char *dir,
              const char *keep)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (d)) != NULL)
    if (g_strcmp0 (name, keep) != 0)
      n++;
  return n;
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_assert_cmpint (g_remove (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_write_new_and_replace (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "out.txt", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  struct stat st;

  g_assert_true (tautan_file_write_path (path, "one", 3, &error));
  g_assert_no_error (error);
  first = read_text (path);
  g_assert_cmpstr (first, ==, "one");

  /* The target's permissions survive the rename. */
  g_assert_cmpint (g_chmod (path, 0640), ==, 0);
  g_assert_true (tautan_file_write_path (path, "two!", 4, &error));
  g_assert_no_error (error);
  second = read_text (path);
  g_assert_cmpstr (second, ==, "two!");
  g_assert_cmpint (stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0640);
  g_assert_cmpuint (count_others (dir, "out.txt"), ==, 0);

  remove_tree (dir);
}

static void
test_faults_keep_previous (void)
{
  static const struct { TautanFileFault fault; const char *reason; } cases[] = {
    { TAUTAN_FILE_FAULT_OPEN, "permission denied" },
    { TAUTAN_FILE_FAULT_WRITE, "no space left on the device" },
    { TAUTAN_FILE_FAULT_FLUSH, "input/output error" },
    { TAUTAN_FILE_FAULT_RENAME, "input/output error" },
  };
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "work.tautan", NULL);

  g_assert_true (g_file_set_contents (path, "{\"previous\": true}", -1, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *contents = NULL;
      g_autofree char *expected = g_strdup_printf ("Cannot write “%s”: %s", path, cases[i].reason);

      _tautan_file_set_fault (cases[i].fault);
      g_assert_false (tautan_file_write_path (path, "partial", 7, &error));
      _tautan_file_set_fault (TAUTAN_FILE_FAULT_NONE);
      g_assert_nonnull (error);
      g_assert_cmpstr (error->message, ==, expected);

      contents = read_text (path);
      g_assert_cmpstr (contents, ==, "{\"previous\": true}");
      g_assert_cmpuint (count_others (dir, "work.tautan"), ==, 0);
    }

  remove_tree (dir);
}

static void
test_uncommitted_is_discarded (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "a.svg", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  TautanFileWriter *writer;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  writer = tautan_file_writer_new_for_path (path, &error);
  g_assert_no_error (error);
  g_assert_false (tautan_file_writer_is_stream (writer));
  g_assert_true (tautan_file_writer_write (writer, "new", 3, &error));
  /* The temporary file is named after its target, recognisably. */
  g_assert_cmpuint (count_others (dir, "a.svg"), ==, 1);
  tautan_file_writer_free (writer);

  contents = read_text (path);
  g_assert_cmpstr (contents, ==, "old");
  g_assert_cmpuint (count_others (dir, "a.svg"), ==, 0);
  remove_tree (dir);
}

static void
test_read_only_refused (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "locked.png", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  g_assert_true (g_file_set_contents (path, "keep", -1, NULL));
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);

  /* Refused even as root, who could write it. */
  g_assert_false (tautan_file_write_path (path, "lost", 4, &error));
  g_assert_error (error, TAUTAN_FILE_ERROR, TAUTAN_FILE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "read-only"));
  contents = read_text (path);
  g_assert_cmpstr (contents, ==, "keep");

  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  remove_tree (dir);
}

static void
test_special_targets (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *fifo = g_build_filename (dir, "pipe", NULL);
  g_autoptr(GError) error = NULL;
  struct stat st;

  /* A folder is refused. */
  g_assert_false (tautan_file_write_path (dir, "x", 1, &error));
  g_assert_error (error, TAUTAN_FILE_ERROR, TAUTAN_FILE_ERROR_NOT_REGULAR);
  g_assert_nonnull (strstr (error->message, "a folder"));
  g_clear_error (&error);

  /* A pipe nobody reads fails at once instead of blocking. */
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_false (tautan_file_write_path (fifo, "x", 1, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "nothing is reading"));
  g_clear_error (&error);
  g_assert_cmpint (stat (fifo, &st), ==, 0);
  g_assert_true (S_ISFIFO (st.st_mode));

  /* A character device is written in place, never replaced. */
  if (g_access ("/dev/null", W_OK) == 0)
    {
      g_assert_true (tautan_file_write_path ("/dev/null", "png", 3, &error));
      g_assert_no_error (error);
      g_assert_cmpint (stat ("/dev/null", &st), ==, 0);
      g_assert_true (S_ISCHR (st.st_mode));
    }

  remove_tree (dir);
}

static void
test_symlink_target (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *real = g_build_filename (dir, "real.json", NULL);
  g_autofree char *link = g_build_filename (dir, "link.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  struct stat st;

  g_assert_true (g_file_set_contents (real, "old", -1, NULL));
  g_assert_cmpint (symlink ("real.json", link), ==, 0);
  g_assert_true (tautan_file_write_path (link, "new", 3, &error));
  g_assert_no_error (error);

  g_assert_cmpint (lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  contents = read_text (real);
  g_assert_cmpstr (contents, ==, "new");
  remove_tree (dir);
}

static void
test_stale_temps_removed (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "map.pdf", NULL);
  g_autofree char *dead = NULL;
  g_autofree char *old = NULL;
  g_autofree char *other = g_build_filename (dir, ".other.pdf.tautan-1-abcdef", NULL);
  g_autoptr(GError) error = NULL;
  pid_t child;
  int status;

  /* A process that has exited: its pid is free (for a while). */
  child = fork ();
  if (child == 0)
    _exit (0);
  g_assert_cmpint (waitpid (child, &status, 0), ==, child);

  dead = g_strdup_printf ("%s/.map.pdf.tautan-%d-abcdef", dir, (int)child);
  old = g_strdup_printf ("%s/.map.pdf.tautan-%d-ghijkl", dir, (int)getppid ());
  g_assert_true (g_file_set_contents (dead, "crashed", -1, NULL));
  g_assert_true (g_file_set_contents (old, "crashed long ago", -1, NULL));
  g_assert_true (g_file_set_contents (other, "another target's", -1, NULL));
  {
    struct timeval times[2] = { { 1000000000, 0 }, { 1000000000, 0 } };

    g_assert_cmpint (utimes (old, times), ==, 0);
  }

  g_assert_true (tautan_file_write_path (path, "pdf", 3, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (dead, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (old, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (other, G_FILE_TEST_EXISTS));

  remove_tree (dir);
}

/* A name of 255 bytes, the most a file system allows, is written and
 * replaced: the temporary file's name cuts it (at a character's start),
 * and a crashed writer's temporary file of it is still found. */
static void
test_longest_name (void)
{
  g_autofree char *dir = make_dir ();
  g_autoptr(GString) ascii = g_string_new (NULL);
  g_autoptr(GString) utf8 = g_string_new (NULL);
  const char *names[2];

  while (ascii->len < 251)
    g_string_append_c (ascii, 'b');
  g_string_append (ascii, ".png");
  /* "é" is two bytes: 127 of them and ".png" make 258, so 125 */
  while (utf8->len + 2 + 4 <= 255)
    g_string_append (utf8, "\u00e9");
  g_string_append (utf8, ".png");
  g_assert_cmpuint (ascii->len, ==, 255);
  g_assert_cmpuint (utf8->len, <=, 255);
  names[0] = ascii->str;
  names[1] = utf8->str;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      g_autofree char *text = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GDir) listing = NULL;
      g_autofree char *dead = NULL;
      const char *name;
      pid_t child;
      int status;

      g_assert_true (tautan_file_write_path (path, "one", 3, &error));
      g_assert_no_error (error);
      g_assert_true (tautan_file_write_path (path, "two", 3, &error));
      g_assert_no_error (error);
      text = read_text (path);
      g_assert_cmpstr (text, ==, "two");
      g_assert_cmpuint (count_others (dir, names[i]), ==, 0);

      /* A temporary file of a writer that exited is removed by the next. */
      child = fork ();
      if (child == 0)
        _exit (0);
      g_assert_cmpint (waitpid (child, &status, 0), ==, child);
      {
        /* the prefix a writer's temporary file has, read off a real one */
        g_autoptr(TautanFileWriter) writer = tautan_file_writer_new_for_path (path, &error);

        g_assert_no_error (error);
        listing = g_dir_open (dir, 0, NULL);
        g_assert_nonnull (listing);
        while ((name = g_dir_read_name (listing)) != NULL)
          {
            const char *infix = strstr (name, ".tautan-");

            if (name[0] == '.' && infix != NULL)
              dead = g_strdup_printf ("%s/%.*s.tautan-%d-abcdef", dir, (int)(infix - name), name, (int)child);
          }
        g_assert_nonnull (dead);
        /* cut at a character's start: still UTF-8 */
        g_assert_true (g_utf8_validate (dead, -1, NULL));
      }
      g_assert_true (g_file_set_contents (dead, "crashed", -1, NULL));
      g_assert_true (tautan_file_write_path (path, "four", 4, &error));
      g_assert_no_error (error);
      g_assert_false (g_file_test (dead, G_FILE_TEST_EXISTS));
      g_assert_cmpuint (count_others (dir, names[i]), ==, 0);
      g_assert_cmpint (g_unlink (path), ==, 0);
    }

  remove_tree (dir);
}

static void
test_read_regular (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *fifo = g_build_filename (dir, "pipe", NULL);
  g_autofree char *path = g_build_filename (dir, "data.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  /* Opening a FIFO for reading must not wait for a writer. */
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_null (tautan_file_read_regular (fifo, TAUTAN_FILE_MAX_SIZE, &error));
  g_assert_error (error, TAUTAN_FILE_ERROR, TAUTAN_FILE_ERROR_NOT_REGULAR);
  g_assert_nonnull (strstr (error->message, "it is a FIFO, not a file"));
  g_assert_nonnull (strstr (error->message, fifo));
  g_clear_error (&error);

  g_assert_null (tautan_file_read_regular ("/dev/zero", TAUTAN_FILE_MAX_SIZE, &error));
  g_assert_error (error, TAUTAN_FILE_ERROR, TAUTAN_FILE_ERROR_NOT_REGULAR);
  g_clear_error (&error);

  g_assert_null (tautan_file_read_regular (dir, TAUTAN_FILE_MAX_SIZE, &error));
  g_assert_error (error, TAUTAN_FILE_ERROR, TAUTAN_FILE_ERROR_NOT_REGULAR);
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (path, "0123456789", -1, NULL));
  g_assert_null (tautan_file_read_regular (path, 4, &error));
  g_assert_error (error, TAUTAN_FILE_ERROR, TAUTAN_FILE_ERROR_TOO_LARGE);
  g_clear_error (&error);

  bytes = tautan_file_read_regular (path, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (bytes), ==, 10);
  g_clear_pointer (&bytes, g_bytes_unref);

  /* /proc files say they are empty; their contents are still read. */
  bytes = tautan_file_read_regular ("/proc/self/status", TAUTAN_FILE_MAX_SIZE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (bytes), >, 0);

  remove_tree (dir);
}

static void
test_xml_escape (void)
{
  g_autofree char *one = tautan_xml_escape ("a<b>&\"c'\td\n\x01\xff" "é\xef\xbf\xbe" "z", TAUTAN_XML_ESCAPE_ONE_LINE);
  g_autofree char *kept = tautan_xml_escape ("x\ty\nz", TAUTAN_XML_ESCAPE_DEFAULT);
  g_autoptr(GString) id = g_string_new (NULL);

  /* Markup escaped; a control, an invalid byte and U+FFFE dropped. */
  g_assert_cmpstr (one, ==, "a&lt;b&gt;&amp;&quot;c&apos; d é" "z");
  g_assert_cmpstr (kept, ==, "x&#9;y&#10;z");

  tautan_xml_append_id (id, "kim_jong un/1");
  g_assert_cmpstr (id->str, ==, "kim_5Fjong_20un_2F1");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/file/write-new-and-replace", test_write_new_and_replace);
  g_test_add_func ("/file/faults-keep-previous", test_faults_keep_previous);
  g_test_add_func ("/file/uncommitted-is-discarded", test_uncommitted_is_discarded);
  g_test_add_func ("/file/read-only-refused", test_read_only_refused);
  g_test_add_func ("/file/special-targets", test_special_targets);
  g_test_add_func ("/file/symlink-target", test_symlink_target);
  g_test_add_func ("/file/stale-temps-removed", test_stale_temps_removed);
  g_test_add_func ("/file/longest-name", test_longest_name);
  g_test_add_func ("/file/read-regular", test_read_regular);
  g_test_add_func ("/xml/escape", test_xml_escape);

  return g_test_run ();
}
