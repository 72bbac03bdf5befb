/* tautan-file.h: reading and writing the files users name, safely
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The largest file Tautan reads: a dataset, an article, a workspace. */
#define TAUTAN_FILE_MAX_SIZE (G_GUINT64_CONSTANT (2) << 30)

#define TAUTAN_FILE_ERROR (tautan_file_error_quark ())

typedef enum
{
  TAUTAN_FILE_ERROR_NOT_REGULAR = 1,  /* a folder, FIFO, device or socket */
  TAUTAN_FILE_ERROR_TOO_LARGE,        /* over the size cap */
  TAUTAN_FILE_ERROR_READ_ONLY,        /* the target's permissions forbid writing */
  TAUTAN_FILE_ERROR_NOT_LOCAL,        /* not a file on this machine */
  TAUTAN_FILE_ERROR_OUTSIDE,          /* leads out of the folder it must stay in */
} TautanFileError;

GQuark      tautan_file_error_quark       (void);

const char *tautan_file_describe_error    (const GError  *error);
const char *tautan_file_describe_kind     (GFileInfo     *info);

/* Reading: only regular files, never blocking on a FIFO. */
int         tautan_file_open_regular      (const char    *path,
                                           guint64        max_size,
                                           guint64       *size,
                                           GError       **error);
GBytes     *tautan_file_read_regular      (const char    *path,
                                           guint64        max_size,
                                           GError       **error);
GBytes     *tautan_file_load              (GFile         *file,
                                           guint64        max_size,
                                           GCancellable  *cancellable,
                                           GError       **error);

/* Writing: a temporary file beside the target, renamed over it only once
 * everything reached the disk. A character device or a pipe the user
 * named (`-o /dev/stdout`, `-o -`) is written in place. */
typedef struct _TautanFileWriter TautanFileWriter;

TautanFileWriter *tautan_file_writer_new          (GFile             *file,
                                                   GError           **error);
TautanFileWriter *tautan_file_writer_new_for_path (const char        *path,
                                                   GError           **error);
gboolean          tautan_file_writer_write        (TautanFileWriter  *self,
                                                   const void        *data,
                                                   gsize              length,
                                                   GError           **error);
gboolean          tautan_file_writer_commit       (TautanFileWriter  *self,
                                                   GError           **error);
void              tautan_file_writer_free         (TautanFileWriter  *self);
gboolean          tautan_file_writer_is_stream    (TautanFileWriter  *self);
void              tautan_file_writer_set_volatile (TautanFileWriter  *self);

gboolean          tautan_file_write               (GFile             *file,
                                                   const void        *data,
                                                   gsize              length,
                                                   GError           **error);
gboolean          tautan_file_write_path          (const char        *path,
                                                   const void        *data,
                                                   gsize              length,
                                                   GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TautanFileWriter, tautan_file_writer_free)

G_END_DECLS
