/* tautan-json-scan.h: a byte-level pass over JSON before json-glib sees it
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define TAUTAN_JSON_MAX_DEPTH 128
#define TAUTAN_JSON_MAX_SIZE  ((gsize) 2 * 1024 * 1024 * 1024)

typedef struct
{
  guint line;
  guint column;
} TautanJsonPosition;

gboolean tautan_json_scan_check          (const char *data,
                                          gsize       len,
                                          const char *file,
                                          GPtrArray  *diagnostics);
guint    tautan_json_scan_locate         (const char *data,
                                          gsize       len,
                                          GHashTable *positions);
void     tautan_json_path_append_member  (GString    *path,
                                          const char *name,
                                          gsize       len);
void     tautan_json_path_append_index   (GString    *path,
                                          guint       index);

G_END_DECLS
