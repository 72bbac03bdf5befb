/* tautan-test-home.h: a home folder of its own for each GUI test run
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>

/* gtk_test_init() ignores G_TEST_OPTION_ISOLATE_DIRS, and that option
 * also hides XDG_DATA_DIRS, where GTK finds MIME types and libadwaita its
 * settings schemas. So GUI tests get their own HOME and XDG_*_HOME (Recent
 * files, caches, saved files) in a temporary folder, removed at the end,
 * and keep the system's data folders. Call before anything else. */

static char *tautan_test_home_dir;

static inline void
tautan_test_home_remove (GFile *file)
{
  g_autoptr(GFileEnumerator) children = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                                                   G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS,
                                                                   NULL, NULL);
  GFileInfo *info;

  while (children != NULL && (info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      g_autoptr(GFile) child = g_file_get_child (file, g_file_info_get_name (info));

      tautan_test_home_remove (child);
      g_object_unref (info);
    }
  g_file_delete (file, NULL, NULL);
}

static inline void
tautan_test_home_cleanup (void)
{
  g_autoptr(GFile) home = g_file_new_for_path (tautan_test_home_dir);

  tautan_test_home_remove (home);
  g_clear_pointer (&tautan_test_home_dir, g_free);
}

/* GTK 4.8's tooltip code asks a toplevel's surface for the pointer even
 * while the toplevel is being unrealized (a window closed by a test while
 * a tooltip query is queued), and GDK's precondition check then fires.
 * Those known messages are not ours and are let through; every other
 * critical stays fatal. GLib forgets the handler at each test case, so
 * the helpers that run the main loop set it again
 * (tautan_test_allow_gtk_noise ()). */
static inline gboolean
tautan_test_is_gtk_noise (const char *log_domain,
                          const char *message)
{
  if (message == NULL)
    return FALSE;
  /* The tooltip code asks the dead surface for the pointer, then looks
   * for the widget under it: two messages of the one bug. */
  return (g_strcmp0 (log_domain, "Gdk") == 0 &&
          strstr (message, "gdk_surface_get_device_position: assertion 'GDK_IS_SURFACE (surface)' failed") != NULL) ||
         (g_strcmp0 (log_domain, "Gtk") == 0 &&
          strstr (message, "_gtk_widget_find_at_coords: assertion 'GDK_IS_SURFACE (surface)' failed") != NULL);
}

static inline gboolean
tautan_test_fatal_cb (const char     *log_domain,
                      GLogLevelFlags  log_level,
                      const char     *message,
                      gpointer        user_data)
{
  return !tautan_test_is_gtk_noise (log_domain, message);
}

/* GLib prints a fatal critical ("Bail out!" under TAP, which fails the
 * test) before it asks the fatal handler: the known messages must not
 * reach the default handler at all. */
static inline void
tautan_test_log_cb (const char     *log_domain,
                    GLogLevelFlags  log_level,
                    const char     *message,
                    gpointer        user_data)
{
  if (!tautan_test_is_gtk_noise (log_domain, message))
    g_log_default_handler (log_domain, log_level, message, user_data);
}

static inline void
tautan_test_allow_gtk_noise (void)
{
  static gsize handlers_set = 0;

  if (g_once_init_enter (&handlers_set))
    {
      GLogLevelFlags levels = G_LOG_LEVEL_CRITICAL | G_LOG_FLAG_FATAL;

      g_log_set_handler ("Gdk", levels, tautan_test_log_cb, NULL);
      g_log_set_handler ("Gtk", levels, tautan_test_log_cb, NULL);
      g_once_init_leave (&handlers_set, 1);
    }
  g_test_log_set_fatal_handler (tautan_test_fatal_cb, NULL);
}

static inline void
tautan_test_home_init (void)
{
  const char *names[] = { "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME" };
  const char *folders[] = { "data", "config", "cache", "state" };
  g_autoptr(GError) error = NULL;


  /* A g_test_trap_subprocess() child shares its parent's folders, so the
   * parent sees what the child left (an autosave after a crash). */
  if (g_getenv ("TAUTAN_TEST_HOME_DIR") != NULL)
    {
      const char *dir = g_getenv ("TAUTAN_TEST_HOME_DIR");

      g_setenv ("HOME", dir, TRUE);
      for (guint i = 0; i < G_N_ELEMENTS (names); i++)
        {
          g_autofree char *path = g_build_filename (dir, folders[i], NULL);

          g_setenv (names[i], path, TRUE);
        }
      return;
    }

  tautan_test_home_dir = g_dir_make_tmp ("tautan-test-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("TAUTAN_TEST_HOME_DIR", tautan_test_home_dir, TRUE);
  g_setenv ("HOME", tautan_test_home_dir, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (tautan_test_home_dir, folders[i], NULL);

      g_assert_cmpint (g_mkdir_with_parents (path, 0700), ==, 0);
      g_setenv (names[i], path, TRUE);
    }
  atexit (tautan_test_home_cleanup);
}
