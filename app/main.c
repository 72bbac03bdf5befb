/* main.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The entry point: sets up the locale and translations, then runs either a
 * headless sub-command or the application.
 */

#define G_LOG_DOMAIN "tautan"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "tautan/tautan-cli.h"

#include "tautan/tautan-application.h"

/* The binary ninja built reads the catalogues compiled beside it, so
 * `LANGUAGE=id ./build/app/tautan` is in Indonesian without installing;
 * any other copy (installed, packaged) reads LOCALEDIR. */
static const char *
find_locale_dir (void)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
  char *build_root = realpath (TAUTAN_BUILD_ROOT, NULL);
  gboolean uninstalled = FALSE;

  if (exe != NULL && build_root != NULL)
    {
      size_t len = strlen (build_root);

      uninstalled = strncmp (exe, build_root, len) == 0 && exe[len] == G_DIR_SEPARATOR;
    }
  free (build_root);

  return uninstalled ? TAUTAN_BUILD_LOCALE_DIR : LOCALEDIR;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(TautanApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, find_locale_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Headless sub-commands run before any GTK code: no display needed. */
  if (argc > 1 && (tautan_cli_is_command (argv[1]) || tautan_cli_is_mistyped_command (argv[1])))
    return tautan_cli_run (argc - 1, argv + 1);

  app = tautan_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
