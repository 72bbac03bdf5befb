/* tautan-cli-private.h: what the headless commands share
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tautan/tautan-cli.h"
#include "tautan/tautan-dataset.h"

G_BEGIN_DECLS

TautanDataset *_tautan_cli_load_dataset     (GFile       *file,
                                             const char  *display,
                                             gboolean     use_cache,
                                             guint        max_lines,
                                             char       **problems);
gboolean       _tautan_cli_set_language     (const char  *language,
                                             GError     **error);
char          *_tautan_cli_format_problems  (const char  *display,
                                             GPtrArray   *diagnostics,
                                             const GError *error,
                                             guint        max_lines);
int            _tautan_cli_fail_problems    (const char  *command,
                                             const char  *display,
                                             const char  *problems);
int            _tautan_cli_fail_file        (const char  *command,
                                             const char  *display,
                                             const GError *error);
const char    *_tautan_cli_output_clash     (const char  *format,
                                             const char  *output);

G_END_DECLS
