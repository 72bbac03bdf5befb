/* tautan-cli.h: headless sub-commands, run before GTK starts
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char    *tautan_cli_dup_commands_help (void);
gboolean tautan_cli_is_command (const char *name);
gboolean tautan_cli_is_mistyped_command (const char *arg);
int      tautan_cli_run        (int         argc,
                                char      **argv);
int      tautan_cli_validate   (int         argc,
                                char      **argv);
int      tautan_cli_bench      (int         argc,
                                char      **argv);
int      tautan_cli_export     (int         argc,
                                char      **argv);
int      tautan_cli_briefing   (int         argc,
                                char      **argv);
int      tautan_cli_import     (int         argc,
                                char      **argv);
gboolean tautan_cli_export_wants_interop (int    argc,
                                          char **argv);
int      tautan_cli_export_interop       (int    argc,
                                          char **argv);
int      tautan_cli_extract    (int         argc,
                                char      **argv);
int      tautan_cli_merge      (int         argc,
                                char      **argv);
int      tautan_cli_analyze    (int         argc,
                                char      **argv);

G_END_DECLS
