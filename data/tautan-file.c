/* tautan-file.c: reading and writing the files users name, safely
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every file Tautan reads or writes on a user's behalf goes through here,
 * so that no reader blocks on a FIFO or swallows /dev/zero, and no writer
 * ever leaves a half-written file where a good one was: a write goes to a
 * recognisable temporary file beside the target and is renamed over it
 * only after every byte reached the disk.
 */

#define G_LOG_DOMAIN "tautan-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "tautan/tautan-file.h"
#include "tautan-file-private.h"

/* A temporary file is ".NAME.tautan-PID-XXXXXX" beside NAME. */
#define TEMP_INFIX ".tautan-"
/* Room for ".", TEMP_INFIX, a pid and "-XXXXXX" within NAME_MAX (255). */
#define TEMP_BASE_MAX 200
/* A temporary file whose writer may still run is left alone this long. */
#define STALE_AGE_SECONDS (24 * 60 * 60)

struct _TautanFileWriter
{
  char     *display;     /* the name the user gave, for messages */
  char     *target;      /* the file renamed over, or the stream's path */
  char     *temp;        /* NULL when writing a stream in place */
  int       fd;
  guint     committed : 1;
  guint     owns_fd : 1;
  guint     volatile_ : 1; /* no fsync: a cache, checked when read */
};

G_DEFINE_QUARK (tautan-file-error-quark, tautan_file_error)

static int fault = -1;   /* TautanFileFault, -1 until read from the environment */

void
_tautan_file_set_fault (TautanFileFault where)
{
  g_atomic_int_set (&fault, where);
}

static gboolean
fault_at (TautanFileFault where)
{
  int current = g_atomic_int_get (&fault);

  if (current < 0)
    {
      static const char *names[] = { "none", "open", "write", "flush", "rename" };
      const char *env = g_getenv ("TAUTAN_FILE_FAULT");

      current = TAUTAN_FILE_FAULT_NONE;
      for (guint i = 0; env != NULL && i < G_N_ELEMENTS (names); i++)
        if (g_str_equal (env, names[i]))
          current = (int)i;
      g_atomic_int_set (&fault, current);
    }
  return current == (int)where;
}

/* What an input that is no regular file is, one sentence for every
 * reader (a dataset, an article, a workspace), whichever way it was
 * asked. */
static const char * const not_regular_reasons[] = {
  "it is a folder, not a file",
  "it is a FIFO, not a file",
  "it is a character device, not a file",
  "it is a block device, not a file",
  "it is a socket, not a file",
  "it is a link that leads to no file (a missing one, or a loop)",
  "it is not a regular file",
};

/**
 * tautan_file_describe_error:
 * @error: an error from reading or writing a file
 *
 * Returns: the reason alone, in words a user reads ("no space left on the
 *   device"), for the common causes; else @error's message
 */
const char *
tautan_file_describe_error (const GError *error)
{
  g_return_val_if_fail (error != NULL, NULL);

  if (error->domain == G_FILE_ERROR)
    switch (error->code)
      {
      case G_FILE_ERROR_ACCES:
      case G_FILE_ERROR_PERM:
        return "permission denied";
      case G_FILE_ERROR_NOENT:
        return "no such file or folder";
      case G_FILE_ERROR_NOTDIR:
        return "no such folder";
      case G_FILE_ERROR_ISDIR:
        return not_regular_reasons[0];
      case G_FILE_ERROR_NOSPC:
        return "no space left on the device";
      case G_FILE_ERROR_ROFS:
        return "the file system is read-only";
      case G_FILE_ERROR_NAMETOOLONG:
        return "the name is too long";
      case G_FILE_ERROR_IO:
        return "input/output error";
      default:
        break;
      }
  else if (error->domain == G_IO_ERROR)
    switch (error->code)
      {
      case G_IO_ERROR_PERMISSION_DENIED:
        return "permission denied";
      case G_IO_ERROR_NOT_FOUND:
        return "no such file or folder";
      case G_IO_ERROR_NOT_DIRECTORY:
        return "no such folder";
      case G_IO_ERROR_IS_DIRECTORY:
        return not_regular_reasons[0];
      case G_IO_ERROR_NO_SPACE:
        return "no space left on the device";
      case G_IO_ERROR_READ_ONLY:
        return "the file system is read-only";
      default:
        break;
      }
  else if (error->domain == TAUTAN_FILE_ERROR)
    switch ((TautanFileError)error->code)
      {
      case TAUTAN_FILE_ERROR_NOT_REGULAR:
        /* the message ends with the kind's reason (kind_of_mode) */
        for (guint i = 0; i < G_N_ELEMENTS (not_regular_reasons); i++)
          if (g_str_has_suffix (error->message, not_regular_reasons[i]))
            return not_regular_reasons[i];
        return not_regular_reasons[G_N_ELEMENTS (not_regular_reasons) - 1];
      case TAUTAN_FILE_ERROR_TOO_LARGE:
        return "the file is too large";
      case TAUTAN_FILE_ERROR_READ_ONLY:
        return "the file is read-only";
      case TAUTAN_FILE_ERROR_NOT_LOCAL:
        return "not a file on this computer";
      case TAUTAN_FILE_ERROR_OUTSIDE:
        return "it leads outside the dataset's folder";
      default:
        break;
      }
  return error->message;
}

static const char *
kind_of_mode (mode_t mode)
{
  if (S_ISDIR (mode))
    return not_regular_reasons[0];
  if (S_ISFIFO (mode))
    return not_regular_reasons[1];
  if (S_ISCHR (mode))
    return not_regular_reasons[2];
  if (S_ISBLK (mode))
    return not_regular_reasons[3];
  if (S_ISSOCK (mode))
    return not_regular_reasons[4];
  /* GIO describes a dangling or looping link as the link itself */
  if (S_ISLNK (mode))
    return not_regular_reasons[5];
  return not_regular_reasons[G_N_ELEMENTS (not_regular_reasons) - 1];
}

/**
 * tautan_file_describe_kind:
 * @info: what g_file_query_info() said of a file that is no regular file,
 *   with %G_FILE_ATTRIBUTE_STANDARD_TYPE and, when it can,
 *   %G_FILE_ATTRIBUTE_UNIX_MODE
 *
 * Returns: the reason it cannot be read as a file, the same sentence
 *   for every input ("it is a folder, not a file")
 */
const char *
tautan_file_describe_kind (GFileInfo *info)
{
  g_return_val_if_fail (G_IS_FILE_INFO (info), NULL);

  if (g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_UNIX_MODE))
    return kind_of_mode ((mode_t)g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_UNIX_MODE));
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    return not_regular_reasons[0];
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_SYMBOLIC_LINK)
    return not_regular_reasons[5];
  return not_regular_reasons[G_N_ELEMENTS (not_regular_reasons) - 1];
}

static void
set_errno_error (GError    **error,
                 int          saved_errno,
                 const char  *verb,
                 const char  *display)
{
  g_autoptr(GError) plain = g_error_new_literal (G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                                                 g_strerror (saved_errno));

  /* Writing, a missing name can only be a missing folder. */
  g_set_error (error, G_FILE_ERROR, plain->code, "Cannot %s “%s”: %s", verb, display,
               saved_errno == ENOENT && g_str_equal (verb, "write")
               ? "no such folder" : tautan_file_describe_error (plain));
}


/* Reading */

/**
 * tautan_file_open_regular:
 * @path: a local path
 * @max_size: the largest size accepted
 * @size: (out) (optional): the file's size
 * @error: a #TautanFileError or #GFileError naming @path
 *
 * Opens @path for reading if it is a regular file of at most @max_size
 * bytes. A FIFO is opened without waiting for a writer and then refused,
 * so no reader ever blocks on one.
 *
 * Returns: a file descriptor (close it), or -1
 */
int
tautan_file_open_regular (const char  *path,
                          guint64      max_size,
                          guint64     *size,
                          GError     **error)
{
  struct stat st;
  int fd;

  g_return_val_if_fail (path != NULL, -1);

  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY, 0);
  if (fd < 0)
    {
      set_errno_error (error, errno, "read", path);
      return -1;
    }
  if (fstat (fd, &st) != 0)
    {
      int saved_errno = errno;

      close (fd);
      set_errno_error (error, saved_errno, "read", path);
      return -1;
    }
  if (!S_ISREG (st.st_mode))
    {
      close (fd);
      g_set_error (error, TAUTAN_FILE_ERROR, TAUTAN_FILE_ERROR_NOT_REGULAR,
                   "Cannot read “%s”: %s", path, kind_of_mode (st.st_mode));
      return -1;
    }
  if ((guint64)st.st_size > max_size)
    {
      g_autofree char *have = g_format_size ((guint64)st.st_size);
      g_autofree char *limit = g_format_size (max_size);

      close (fd);
      g_set_error (error, TAUTAN_FILE_ERROR, TAUTAN_FILE_ERROR_TOO_LARGE,
                   "Cannot read “%s”: the file is too large (%s; the limit is %s)", path, have, limit);
      return -1;
    }
  /* Reads block again: a regular file never makes them wait long. */
  fcntl (fd, F_SETFL, fcntl (fd, F_GETFL) & ~O_NONBLOCK);
  if (size != NULL)
    *size = (guint64)st.st_size;
  return fd;
}

/**
 * tautan_file_read_regular:
 * @path: a local path
 * @max_size: the largest size accepted
 * @error: a #TautanFileError or #GFileError naming @path
 *
 * Reads a whole regular file. Reads to the end rather than trusting the
 * size the file system reports (files in /proc say 0), and stops at
 * @max_size.
 *
 * Returns: (transfer full): the contents, or %NULL
 */
GBytes *
tautan_file_read_regular (const char  *path,
                          guint64      max_size,
                          GError     **error)
{
  g_autoptr(GByteArray) buffer = NULL;
  guint64 size = 0;
  int fd;

  fd = tautan_file_open_regular (path, max_size, &size, error);
  if (fd < 0)
    return NULL;

  buffer = g_byte_array_sized_new ((guint)MIN (size + 1, (guint64)G_MAXINT32));
  for (;;)
    {
      guint8 chunk[65536];
      gssize n = read (fd, chunk, sizeof chunk);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved_errno = errno;

          close (fd);
          set_errno_error (error, saved_errno, "read", path);
          return NULL;
        }
      if (n == 0)
        break;
      if ((guint64)buffer->len + (guint64)n > max_size)
        {
          g_autofree char *limit = g_format_size (max_size);

          close (fd);
          g_set_error (error, TAUTAN_FILE_ERROR, TAUTAN_FILE_ERROR_TOO_LARGE,
                       "Cannot read “%s”: the file is too large (the limit is %s)", path, limit);
          return NULL;
        }
      g_byte_array_append (buffer, chunk, (guint)n);
    }
  close (fd);
  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

/**
 * tautan_file_load:
 * @file: the file
 * @max_size: the largest size accepted
 * @cancellable: (nullable): for files that are not local
 * @error: an error naming @file
 *
 * As tautan_file_read_regular(), for any #GFile.
 *
 * Returns: (transfer full): the contents, or %NULL
 */
GBytes *
tautan_file_load (GFile         *file,
                  guint64        max_size,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *display = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  const char *path;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  path = g_file_peek_path (file);
  if (path != NULL)
    return tautan_file_read_regular (path, max_size, error);

  display = g_file_get_parse_name (file);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                            G_FILE_ATTRIBUTE_UNIX_MODE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    {
      g_set_error (error, local_error->domain, local_error->code, "Cannot read “%s”: %s",
                   display, tautan_file_describe_error (local_error));
      return NULL;
    }
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, TAUTAN_FILE_ERROR, TAUTAN_FILE_ERROR_NOT_REGULAR,
                   "Cannot read “%s”: %s", display, tautan_file_describe_kind (info));
      return NULL;
    }
  if ((guint64)g_file_info_get_size (info) > max_size)
    {
      g_autofree char *limit = g_format_size (max_size);

      g_set_error (error, TAUTAN_FILE_ERROR, TAUTAN_FILE_ERROR_TOO_LARGE,
                   "Cannot read “%s”: the file is too large (the limit is %s)", display, limit);
      return NULL;
    }
  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, &local_error))
    {
      g_set_error (error, local_error->domain, local_error->code, "Cannot read “%s”: %s",
                   display, tautan_file_describe_error (local_error));
      return NULL;
    }
  return g_bytes_new_take (g_steal_pointer (&contents), length);
}


/* Writing */

/* The start of a temporary file's name for @target: ".NAME.tautan-",
 * with NAME cut (at a character's start) so that the whole name, pid and
 * random part included, stays within the 255 bytes a file system allows
 * even when @target's own name uses them all. */
static char *
temp_prefix (const char *target)
{
  g_autofree char *base = g_path_get_basename (target);
  gsize n = strlen (base);

  if (n > TEMP_BASE_MAX)
    {
      n = TEMP_BASE_MAX;
      while (n > 0 && ((guchar)base[n] & 0xC0) == 0x80)
        n--;
    }
  return g_strdup_printf (".%.*s" TEMP_INFIX, (int)n, base);
}

/* Removes temporary files an earlier writer of @target left behind when
 * it crashed: those of a process that is gone, or older than a day. */
static void
remove_stale_temps (const char *target)
{
  g_autofree char *dir_name = g_path_get_dirname (target);
  g_autofree char *prefix = temp_prefix (target);
  g_autoptr(GDir) dir = g_dir_open (dir_name, 0, NULL);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  const char *name;

  if (dir == NULL)
    return;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      const char *rest;
      guint64 pid = 0;
      char *end = NULL;
      struct stat st;
      gboolean gone;

      if (!g_str_has_prefix (name, prefix))
        continue;
      rest = name + strlen (prefix);
      pid = g_ascii_strtoull (rest, &end, 10);
      if (end == rest || *end != '-' || strlen (end + 1) != 6)
        continue;

      path = g_build_filename (dir_name, name, NULL);
      if (lstat (path, &st) != 0 || !S_ISREG (st.st_mode))
        continue;

      gone = pid > 0 && pid <= G_MAXINT && (pid_t)pid != getpid () &&
             kill ((pid_t)pid, 0) != 0 && errno == ESRCH;
      if (gone || now - (gint64)st.st_mtime > STALE_AGE_SECONDS)
        g_unlink (path);
    }
}

static void
writer_discard (TautanFileWriter *self)
{
  if (self->fd >= 0 && self->owns_fd)
    close (self->fd);
  self->fd = -1;
  if (self->temp != NULL)
    g_unlink (self->temp);
  g_clear_pointer (&self->temp, g_free);
}

/* Where a target path really leads: a symbolic link is followed, so that
 * the file it names is replaced and the link kept. */
static char *
resolve_target (const char  *path,
                GError     **error)
{
  struct stat st;
  char *real;

  if (lstat (path, &st) != 0 || !S_ISLNK (st.st_mode))
    return g_strdup (path);

  real = realpath (path, NULL);
  if (real == NULL)
    {
      g_set_error (error, TAUTAN_FILE_ERROR, TAUTAN_FILE_ERROR_NOT_REGULAR,
                   "Cannot write “%s”: it is a link to a file that does not exist", path);
      return NULL;
    }
  return real;
}

static TautanFileWriter *
writer_new_stream (const char  *display,
                   const char  *path,
                   GError     **error)
{
  TautanFileWriter *self;
  int fd;

  /* Without a reader a pipe would block forever: fail instead. */
  fd = g_open (path, O_WRONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY, 0);
  if (fd < 0)
    {
      if (errno == ENXIO)
        g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NXIO,
                     "Cannot write “%s”: nothing is reading from it", display);
      else
        set_errno_error (error, errno, "write", display);
      return NULL;
    }
  fcntl (fd, F_SETFL, fcntl (fd, F_GETFL) & ~O_NONBLOCK);

  self = g_new0 (TautanFileWriter, 1);
  self->display = g_strdup (display);
  self->target = g_strdup (path);
  self->fd = fd;
  self->owns_fd = TRUE;
  return self;
}

/**
 * tautan_file_writer_new_for_path:
 * @path: where to write; "-" is standard output
 * @error: an error naming @path
 *
 * Starts writing @path. A regular file (or a new one) is written through
 * a temporary file ".NAME.tautan-PID-XXXXXX" beside it, with the target's
 * permissions, and replaced only by tautan_file_writer_commit(); a
 * read-only target is refused even for root. Standard output, a character
 * device and a pipe are written in place; a folder, socket or block
 * device is refused.
 *
 * Returns: (transfer full): the writer, or %NULL
 */
TautanFileWriter *
tautan_file_writer_new_for_path (const char  *path,
                                 GError     **error)
{
  g_autoptr(TautanFileWriter) self = NULL;
  g_autofree char *target = NULL;
  g_autofree char *dir_name = NULL;
  g_autofree char *prefix = NULL;
  struct stat st;
  gboolean exists;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);

  if (g_str_equal (path, "-"))
    {
      self = g_new0 (TautanFileWriter, 1);
      self->display = g_strdup ("standard output");
      self->target = g_strdup ("-");
      self->fd = STDOUT_FILENO;
      return g_steal_pointer (&self);
    }

  target = resolve_target (path, error);
  if (target == NULL)
    return NULL;

  exists = stat (target, &st) == 0;
  if (!exists && errno != ENOENT)
    {
      set_errno_error (error, errno, "write", path);
      return NULL;
    }
  if (exists && (S_ISCHR (st.st_mode) || S_ISFIFO (st.st_mode)))
    return writer_new_stream (path, target, error);
  if (exists && !S_ISREG (st.st_mode))
    {
      g_set_error (error, TAUTAN_FILE_ERROR, TAUTAN_FILE_ERROR_NOT_REGULAR,
                   "Cannot write “%s”: %s", path, kind_of_mode (st.st_mode));
      return NULL;
    }
  /* Root may write anything; the owner's "read-only" still stands. */
  if (exists && (st.st_mode & 0222) == 0)
    {
      g_set_error (error, TAUTAN_FILE_ERROR, TAUTAN_FILE_ERROR_READ_ONLY,
                   "Cannot write “%s”: the file is read-only", path);
      return NULL;
    }
  if (exists && g_access (target, W_OK) != 0)
    {
      set_errno_error (error, errno, "write", path);
      return NULL;
    }

  remove_stale_temps (target);

  self = g_new0 (TautanFileWriter, 1);
  self->display = g_strdup (path);
  self->target = g_steal_pointer (&target);
  self->owns_fd = TRUE;
  self->fd = -1;

  dir_name = g_path_get_dirname (self->target);
  prefix = temp_prefix (self->target);
  self->temp = g_strdup_printf ("%s%s%s%d-XXXXXX", dir_name, G_DIR_SEPARATOR_S, prefix, (int)getpid ());

  if (fault_at (TAUTAN_FILE_FAULT_OPEN))
    {
      g_clear_pointer (&self->temp, g_free);
      set_errno_error (error, EACCES, "write", path);
      return NULL;
    }

  fd = g_mkstemp_full (self->temp, O_RDWR | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_clear_pointer (&self->temp, g_free);
      set_errno_error (error, saved_errno, "write", path);
      return NULL;
    }
  self->fd = fd;
  if (exists)
    fchmod (fd, st.st_mode & 07777);

  return g_steal_pointer (&self);
}

/**
 * tautan_file_writer_new:
 * @file: where to write
 * @error: an error naming @file
 *
 * As tautan_file_writer_new_for_path(), for a local #GFile.
 *
 * Returns: (transfer full): the writer, or %NULL
 */
TautanFileWriter *
tautan_file_writer_new (GFile   *file,
                        GError **error)
{
  const char *path;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  path = g_file_peek_path (file);
  if (path == NULL)
    {
      g_autofree char *display = g_file_get_parse_name (file);

      /* GIO's remote streams commit on close even after an error. */
      g_set_error (error, TAUTAN_FILE_ERROR, TAUTAN_FILE_ERROR_NOT_LOCAL,
                   "Cannot write “%s”: not a file on this computer", display);
      return NULL;
    }
  return tautan_file_writer_new_for_path (path, error);
}

/**
 * tautan_file_writer_set_volatile:
 *
 * Commits without waiting for the disk (no fsync): the rename stays
 * atomic for readers, but after a crash the file may be empty or torn. Only
 * for files that are checked when read and cost nothing but time to lose,
 * such as the dataset cache, whose fsync took longer than writing it.
 */
void
tautan_file_writer_set_volatile (TautanFileWriter *self)
{
  g_return_if_fail (self != NULL);

  self->volatile_ = TRUE;
}

gboolean
tautan_file_writer_is_stream (TautanFileWriter *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->temp == NULL;
}

/**
 * tautan_file_writer_write:
 * @self: a writer
 * @data: (array length=length): bytes
 * @length: how many
 * @error: an error naming the file
 *
 * Appends @data. After a failure the writer only discards.
 *
 * Returns: whether every byte was written
 */
gboolean
tautan_file_writer_write (TautanFileWriter  *self,
                          const void        *data,
                          gsize              length,
                          GError           **error)
{
  const char *p = data;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (!self->committed, FALSE);

  if (self->fd < 0)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED,
                   "Cannot write “%s”: an earlier write failed", self->display);
      return FALSE;
    }

  if (length > 0 && fault_at (TAUTAN_FILE_FAULT_WRITE))
    {
      set_errno_error (error, ENOSPC, "write", self->display);
      writer_discard (self);
      return FALSE;
    }

  while (length > 0)
    {
      gssize n = write (self->fd, p, MIN (length, (gsize)G_MAXSSIZE));

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          set_errno_error (error, n < 0 ? errno : ENOSPC, "write", self->display);
          writer_discard (self);
          return FALSE;
        }
      p += n;
      length -= (gsize)n;
    }
  return TRUE;
}

/**
 * tautan_file_writer_commit:
 * @self: a writer
 * @error: an error naming the file
 *
 * Makes the written bytes the file: flushes them to the disk and renames
 * the temporary file over the target. On failure the target is as it was
 * and the temporary file is gone.
 *
 * Returns: whether the file now holds what was written
 */
gboolean
tautan_file_writer_commit (TautanFileWriter  *self,
                           GError           **error)
{
  int saved_errno = 0;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (!self->committed, FALSE);

  if (self->fd < 0)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED,
                   "Cannot write “%s”: an earlier write failed", self->display);
      return FALSE;
    }

  if (self->temp == NULL)
    {
      /* A stream: nothing to rename; a closed pipe shows up here. */
      if (self->owns_fd && close (self->fd) != 0 && errno != EINTR)
        {
          self->fd = -1;
          set_errno_error (error, errno, "write", self->display);
          return FALSE;
        }
      self->fd = -1;
      self->committed = TRUE;
      return TRUE;
    }

  if (self->volatile_)
    ;
  else if (fault_at (TAUTAN_FILE_FAULT_FLUSH))
    saved_errno = EIO;
  else if (fsync (self->fd) != 0 && errno != EINVAL && errno != ENOTSUP)
    saved_errno = errno;
  if (saved_errno != 0)
    {
      set_errno_error (error, saved_errno, "write", self->display);
      writer_discard (self);
      return FALSE;
    }
  if (close (self->fd) != 0 && errno != EINTR)
    {
      self->fd = -1;
      set_errno_error (error, errno, "write", self->display);
      writer_discard (self);
      return FALSE;
    }
  self->fd = -1;

  if (fault_at (TAUTAN_FILE_FAULT_RENAME) || g_rename (self->temp, self->target) != 0)
    {
      set_errno_error (error, fault_at (TAUTAN_FILE_FAULT_RENAME) ? EIO : errno,
                       "write", self->display);
      writer_discard (self);
      return FALSE;
    }
  g_clear_pointer (&self->temp, g_free);
  self->committed = TRUE;
  return TRUE;
}

/**
 * tautan_file_writer_free:
 * @self: (nullable): a writer
 *
 * Frees @self; an uncommitted write is discarded and the target left as
 * it was.
 */
void
tautan_file_writer_free (TautanFileWriter *self)
{
  if (self == NULL)
    return;

  if (!self->committed)
    writer_discard (self);
  g_free (self->display);
  g_free (self->target);
  g_free (self);
}

/**
 * tautan_file_write_path:
 * @path: where to write; "-" is standard output
 * @data: (array length=length): the whole contents
 * @length: how many bytes
 * @error: an error naming @path
 *
 * Writes @path atomically, as tautan_file_writer_new_for_path() says.
 *
 * Returns: whether @path now holds @data
 */
gboolean
tautan_file_write_path (const char  *path,
                        const void  *data,
                        gsize        length,
                        GError     **error)
{
  g_autoptr(TautanFileWriter) writer = tautan_file_writer_new_for_path (path, error);

  return writer != NULL &&
         tautan_file_writer_write (writer, data, length, error) &&
         tautan_file_writer_commit (writer, error);
}

/**
 * tautan_file_write:
 * @file: where to write
 * @data: (array length=length): the whole contents
 * @length: how many bytes
 * @error: an error naming @file
 *
 * As tautan_file_write_path(), for a local #GFile.
 *
 * Returns: whether @file now holds @data
 */
gboolean
tautan_file_write (GFile       *file,
                   const void  *data,
                   gsize        length,
                   GError     **error)
{
  g_autoptr(TautanFileWriter) writer = tautan_file_writer_new (file, error);

  return writer != NULL &&
         tautan_file_writer_write (writer, data, length, error) &&
         tautan_file_writer_commit (writer, error);
}
