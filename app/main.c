/* main.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "tautan/tautan-cli.h"

#include "tautan/tautan-application.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(TautanApplication) app = NULL;

  setlocale (LC_ALL, "");

  /* Headless sub-commands run before any GTK code: no display needed. */
  if (argc > 1 && tautan_cli_is_command (argv[1]))
    return tautan_cli_run (argc - 1, argv + 1);

  app = tautan_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
