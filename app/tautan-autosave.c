/* tautan-autosave.c: unsaved work kept in the state folder, for recovery
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Owns one window's autosave: while its session is modified, the
 * workspace is serialised a second after each change (kept in memory for
 * the crash handler) and written to $XDG_STATE_HOME/tautan/autosave/
 * every TAUTAN_AUTOSAVE_INTERVAL seconds. A saved or closed session
 * removes its file; a crashed or killed one leaves it, named after its
 * process, and the next start offers to restore it.
 *
 * A dataset with unsaved edits (articles merged in, curation) is copied
 * beside it as soon as it changes, on a thread (a million events take
 * seconds), and the autosaved workspace names the copy: a crash handler
 * cannot serialise a dataset, and those edits are often an hour of reading.
 */

#define G_LOG_DOMAIN "tautan-autosave"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "tautan/tautan-autosave.h"
#include "tautan/tautan-date.h"
#include "tautan/tautan-file.h"
#include "tautan/tautan-json-writer.h"

#include "tautan-autosave-private.h"

#define DEBOUNCE_MS 1000
#define MAX_SLOTS   64

/* What the crash handler writes: paths and bytes prepared beforehand, as
 * a signal handler may only call async-signal-safe functions. */
typedef struct
{
  char  path[4096];
  char  tmp_path[4096 + 16];
  gsize len;
  char  data[];
} CrashCopy;

static CrashCopy *slots[MAX_SLOTS];
static gboolean slot_used[MAX_SLOTS];
static GMutex slot_lock;
static guint next_serial;

struct _TautanAutosave
{
  GObject        parent_instance;

  TautanSession *session;
  GSignalGroup  *session_signals;
  char          *path;          /* the autosaved workspace */
  char          *lock_path;     /* PID-N.lock: locked while this lives */
  int            lock_fd;       /* -1: not locked (yet) */
  char          *meta_path;     /* what it belongs to, as JSON */
  char          *dataset_path;  /* the edited dataset's copy */
  TautanDataset *copied;        /* the dataset in that copy, if any */
  TautanDataset *copying;       /* the one a thread is writing there */
  GCancellable  *copy_cancellable;
  gboolean       copy_voided;   /* the copy was removed or written here since that thread began */
  GMutex         copy_lock;     /* one writer of the copy at a time */
  gboolean       dataset_discarded;  /* the user said so: its edits are not kept */
  gboolean       named_copy;         /* self->json names the copy */
  gconstpointer  named_version;      /* which copy it was written for (compared only) */
  int            slot;          /* -1: no crash copy */
  guint          interval;
  guint          debounce_id;
  guint          interval_id;
  char          *json;          /* the latest serialisation */
  char          *meta;          /* the sidecar last written */
  gboolean       pending;       /* json not yet in the file */
  GError        *copy_error;       /* the dataset's copy could not be written */
  GError        *workspace_error;  /* the workspace (or its sidecar) could not be */
};

G_DEFINE_FINAL_TYPE (TautanAutosave, tautan_autosave, G_TYPE_OBJECT)

enum { PROP_0, PROP_ERROR, N_PROPS };
static GParamSpec *properties[N_PROPS];

static char *
autosave_dir (void)
{
  return g_build_filename (g_get_user_state_dir (), "tautan", "autosave", NULL);
}

/* "DIR/PID-N.@suffix" for the autosave "DIR/PID-N.tautan": the files
 * that belong to it share its stem. */
static char *
sibling_path (const char *path,
              const char *suffix)
{
  g_assert (g_str_has_suffix (path, ".tautan"));

  return g_strdup_printf ("%.*s.%s", (int)(strlen (path) - strlen (".tautan")), path, suffix);
}

/* Locks @lock_path, made if need be, for as long as the returned file
 * descriptor is open (O_CLOEXEC: a program we start must not hold it
 * after us). The lock, not the clock, tells another Tautan that the
 * autosave of that stem is alive: a pid is reused, and file times move
 * with the clock (NTP, a resumed VM) or the file server. Returns -1 with
 * @error set when it cannot be locked; G_IO_ERROR_WOULD_BLOCK: another
 * process holds it. */
static int
take_lock (const char  *lock_path,
           GError     **error)
{
  for (guint attempt = 0; attempt < 8; attempt++)
    {
      GStatBuf held, named;
      int saved_errno;
      int fd = open (lock_path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);

      if (fd >= 0 && flock (fd, LOCK_EX | LOCK_NB) == 0)
        {
          /* A sweep removes a stale lock file while it holds it: the one
           * opened may be gone from the folder by the time it is ours. */
          if (fstat (fd, &held) == 0 && g_lstat (lock_path, &named) == 0 &&
              held.st_dev == named.st_dev && held.st_ino == named.st_ino)
            return fd;
          close (fd);
          continue;
        }
      saved_errno = errno;
      if (fd >= 0)
        close (fd);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Cannot lock “%s”: %s"), lock_path, g_strerror (saved_errno));
      return -1;
    }
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_BUSY,
               _("Cannot lock “%s”: %s"), lock_path, g_strerror (EBUSY));
  return -1;
}

static void
set_crash_copy (TautanAutosave *self,
              const char     *json)
{
  CrashCopy *copy = NULL;
  CrashCopy *old;

  if (self->slot < 0)
    return;
  if (json != NULL && strlen (self->path) < sizeof copy->path)
    {
      gsize len = strlen (json);

      copy = g_malloc (sizeof (CrashCopy) + len);
      g_strlcpy (copy->path, self->path, sizeof copy->path);
      g_snprintf (copy->tmp_path, sizeof copy->tmp_path, "%s.crash", self->path);
      copy->len = len;
      memcpy (copy->data, json, len);
    }
  old = g_atomic_pointer_exchange (&slots[self->slot], copy);
  g_free (old);
}

static char *
session_title (TautanSession *session)
{
  GFile *file = tautan_session_get_file (session);
  TautanDataset *dataset = tautan_session_get_dataset (session);
  const char *title = tautan_dataset_get_title (dataset);

  if (file != NULL)
    return g_file_get_basename (file);
  if (title != NULL && *title != '\0')
    return g_strdup (title);
  return g_strdup (_("Unsaved workspace"));
}

/* @name: @file's URI, or null. */
static void
member_file (JsonBuilder *builder,
             const char  *name,
             GFile       *file)
{
  json_builder_set_member_name (builder, name);
  if (file != NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      json_builder_add_string_value (builder, uri);
    }
  else
    json_builder_add_null_value (builder);
}

static char *
make_meta (TautanAutosave *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *title = session_title (self->session);
  GFile *file = tautan_session_get_file (self->session);
  TautanDataset *dataset;
  GFile *dataset_file;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, title);
  member_file (builder, "file", file);
  /* the dataset's file tells apart two unsaved workspaces of one title */
  dataset = tautan_session_get_dataset (self->session);
  dataset_file = tautan_dataset_get_file (dataset);
  if (dataset_file != NULL && g_file_is_native (dataset_file))
    {
      g_autofree char *uri = g_file_get_uri (dataset_file);

      json_builder_set_member_name (builder, "dataset");
      json_builder_add_string_value (builder, uri);
    }
  json_builder_set_member_name (builder, "workspace-modified");
  json_builder_add_boolean_value (builder, tautan_session_get_modified (self->session));
  /* Where an edited dataset goes back to once restored from its copy. */
  if (self->named_copy)
    {
      json_builder_set_member_name (builder, "dataset-modified");
      json_builder_add_boolean_value (builder, TRUE);
      member_file (builder, "dataset-home", dataset_file);
      json_builder_set_member_name (builder, "dataset-read-only");
      json_builder_add_boolean_value (builder, tautan_dataset_get_read_only (dataset));
    }
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  return tautan_json_to_data (root, FALSE, NULL);
}

/* Unsaved dataset edits the user has not chosen to discard. */
static gboolean
dataset_kept (TautanAutosave *self)
{
  return self->session != NULL && !self->dataset_discarded &&
         tautan_session_get_dataset_modified (self->session);
}

static void
remove_dataset_copy (TautanAutosave *self)
{
  /* A copy under way is not wanted either; one that finishes anyway is
   * removed when it reports (copy_done_cb). */
  if (self->copy_cancellable != NULL)
    g_cancellable_cancel (self->copy_cancellable);
  self->copy_voided = TRUE;
  g_unlink (self->dataset_path);
  g_clear_object (&self->copied);
}

static void
remove_files (TautanAutosave *self)
{
  g_unlink (self->path);
  g_unlink (self->meta_path);
  remove_dataset_copy (self);
  g_clear_pointer (&self->meta, g_free);
}

/* How the last write of one part (@slot) went: @error, prefixed with
 * @what the user loses, or none. The window tells the user; the log has
 * it once per failure. */
static void
report (TautanAutosave  *self,
        GError         **slot,
        const GError    *error,
        const char      *what)
{
  const GError *before = tautan_autosave_get_error (self);
  g_autofree char *before_message = before != NULL ? g_strdup (before->message) : NULL;
  const GError *after;

  if (error == NULL && *slot == NULL)
    return;
  g_clear_error (slot);
  if (error != NULL)
    {
      *slot = g_error_copy (error);
      g_prefix_error (slot, "%s ", what);
    }
  after = tautan_autosave_get_error (self);
  if (g_strcmp0 (before_message, after != NULL ? after->message : NULL) == 0)
    return;
  if (error != NULL)
    g_message ("Could not autosave: %s", (*slot)->message);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
}

static void
report_copy (TautanAutosave *self,
             const GError   *error)
{
  report (self, &self->copy_error, error, _("Your unsaved changes to the dataset are not backed up."));
}

static void
report_workspace (TautanAutosave *self,
                  const GError   *error)
{
  report (self, &self->workspace_error, error, _("Your unsaved changes are not backed up."));
}

/* The folder and the sidecar saying whose work it is: made with the
 * first copy, so what the crash handler writes is never anonymous. */
static gboolean
prepare_files (TautanAutosave  *self,
               GError         **error)
{
  g_autofree char *dir = autosave_dir ();
  g_autofree char *meta = NULL;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Cannot create “%s”: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }
  /* Locked before any other file of the stem is written, or another
   * Tautan would take them for an orphan's (the folder was missing or
   * could not be written when the stem was chosen). */
  if (self->lock_fd < 0 && (self->lock_fd = take_lock (self->lock_path, error)) < 0)
    return FALSE;
  meta = make_meta (self);
  if (g_strcmp0 (meta, self->meta) != 0)
    {
      if (!tautan_file_write_path (self->meta_path, meta, strlen (meta), error))
        return FALSE;
      g_free (self->meta);
      self->meta = g_steal_pointer (&meta);
    }
  return TRUE;
}

static void     take_copy     (TautanAutosave  *self);
static gboolean write_pending (TautanAutosave  *self,
                               GError         **error);

static void
copy_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  TautanAutosave *self = source;
  g_autoptr(GFile) file = g_file_new_for_path (self->dataset_path);
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&self->copy_lock);
  GError *error = NULL;

  if (tautan_dataset_save_copy (task_data, file, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
copy_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  TautanAutosave *self = TAUTAN_AUTOSAVE (object);
  g_autoptr(TautanDataset) dataset = g_steal_pointer (&self->copying);
  g_autoptr(GError) error = NULL;
  gboolean copied = g_task_propagate_boolean (G_TASK (result), &error);

  /* Discarded, saved or undone meanwhile: a copy that got written anyway
   * must not outlive the work, nor be offered back. */
  if (!dataset_kept (self))
    {
      if (self->copied == NULL)
        g_unlink (self->dataset_path);
      return;
    }
  /* A copy removed since (the session let go) or written over by a quit
   * is not what the file holds, however its thread ended. */
  if (!copied || self->copy_voided)
    {
      /* Cancelled by a quit writing it itself, or failed: an older copy,
       * if any, stays named, better than none; the next change, or the
       * next interval, retries. */
      if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        report_copy (self, error);
      return;
    }
  report_copy (self, NULL);
  g_set_object (&self->copied, dataset);
  /* Now the workspace names it, and is written at once with it (in
   * take_copy). The session may have moved on meanwhile: then this
   * copies again. */
  take_copy (self);
}

/* The dataset with unsaved edits, copied once per version (an edit makes
 * a new dataset; only where it lives changes in place, and the copy does
 * not read that), by one thread at a time. Written atomically and
 * self-contained (source texts inline), so the copy opens alone. */
static void
start_copy (TautanAutosave *self,
            TautanDataset  *dataset)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;

  if (self->copied == dataset || self->copying != NULL)
    return;
  if (!prepare_files (self, &error))
    {
      report_copy (self, error);
      return;
    }
  g_clear_object (&self->copy_cancellable);
  self->copy_cancellable = g_cancellable_new ();
  self->copy_voided = FALSE;
  self->copying = g_object_ref (dataset);
  task = g_task_new (self, self->copy_cancellable, copy_done_cb, NULL);
  g_task_set_source_tag (task, start_copy);
  /* The thread's answer, not the cancellable's: a copy cancelled once it
   * was written (an undo, then a redo back to that very dataset) is in
   * the file, and GTask would report it cancelled all the same. After an
   * undo and another edit, that copy is of the undone version: it stays
   * named until the new one lands, as any older copy does (copy_done_cb
   * copies again at once), better than none. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_name (task, "[tautan] autosave dataset copy");
  g_task_set_task_data (task, g_object_ref (dataset), g_object_unref);
  g_task_run_in_thread (task, copy_thread);
}

/* Quitting: the copy is written now, after any one under way has given
 * up (the lock), so an older version never lands after it. */
static gboolean
copy_now (TautanAutosave  *self,
          TautanDataset   *dataset,
          GError         **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GMutexLocker) locker = NULL;
  g_autoptr(GError) local_error = NULL;

  if (self->copied == dataset)
    return TRUE;
  if (self->copy_cancellable != NULL)
    g_cancellable_cancel (self->copy_cancellable);
  self->copy_voided = TRUE;
  if (prepare_files (self, &local_error))
    {
      file = g_file_new_for_path (self->dataset_path);
      locker = g_mutex_locker_new (&self->copy_lock);
      tautan_dataset_save_copy (dataset, file, NULL, &local_error);
    }
  report_copy (self, local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  g_set_object (&self->copied, dataset);
  return TRUE;
}

/* Serialises the session if it has unsaved work; forgets it if not.
 * When the dataset the workspace names changes (a copy newly named, or
 * none any more), the workspace is written at once, and only then an
 * unwanted copy goes: the file on disk never names a missing copy. */
static void
take_copy (TautanAutosave *self)
{
  g_autoptr(TautanWorkspace) workspace = NULL;
  g_autoptr(GError) error = NULL;
  gboolean dataset_modified;
  gboolean named_before = self->named_copy;

  g_clear_handle_id (&self->debounce_id, g_source_remove);

  dataset_modified = dataset_kept (self);
  if (self->session == NULL || (!tautan_session_get_modified (self->session) && !dataset_modified))
    {
      set_crash_copy (self, NULL);
      g_clear_pointer (&self->json, g_free);
      self->pending = FALSE;
      self->named_copy = FALSE;
      remove_files (self);
      report_copy (self, NULL);
      report_workspace (self, NULL);
      return;
    }

  workspace = tautan_session_to_workspace (self->session);
  if (dataset_modified)
    start_copy (self, tautan_session_get_dataset (self->session));
  else
    {
      if (self->copy_cancellable != NULL)
        g_cancellable_cancel (self->copy_cancellable);
      report_copy (self, NULL);
    }
  /* The copy, not the file the edits are not in, is what a restore opens. */
  self->named_copy = dataset_modified && self->copied != NULL;
  if (self->named_copy)
    {
      g_autoptr(GFile) copy = g_file_new_for_path (self->dataset_path);

      tautan_workspace_set_dataset_file (workspace, copy);
    }
  g_free (self->json);
  self->json = tautan_workspace_to_json (workspace, NULL);
  if (!prepare_files (self, &error))
    {
      report_workspace (self, error);
      g_clear_error (&error);
    }
  set_crash_copy (self, self->json);
  self->pending = TRUE;
  if (self->named_copy != named_before || (self->named_copy && self->named_version != self->copied))
    {
      self->named_version = self->copied;
      if (!write_pending (self, NULL))
        return;
    }
  if (!self->named_copy && self->copied != NULL)
    remove_dataset_copy (self);
}

static gboolean
write_pending (TautanAutosave  *self,
               GError         **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!self->pending || self->json == NULL)
    return TRUE;
  if (!prepare_files (self, &local_error) ||
      !tautan_file_write_path (self->path, self->json, strlen (self->json), &local_error))
    {
      report_workspace (self, local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  self->pending = FALSE;
  report_workspace (self, NULL);
  return TRUE;
}

static gboolean
debounce_cb (gpointer data)
{
  TautanAutosave *self = data;

  self->debounce_id = 0;
  take_copy (self);
  return G_SOURCE_REMOVE;
}

static gboolean
interval_cb (gpointer data)
{
  TautanAutosave *self = data;

  /* A failed autosave is retried next time (the user was told); the
   * user's files are intact. A failed copy is retried here too, or the
   * user who freed space would be told nothing more until an edit; and
   * so is one missed: an edit that came while a copy cancelled by an
   * undo was still running started none, and the cancel restarts none. */
  if (dataset_kept (self) &&
      (self->copy_error != NULL || self->copied != tautan_session_get_dataset (self->session)))
    start_copy (self, tautan_session_get_dataset (self->session));
  write_pending (self, NULL);
  return G_SOURCE_CONTINUE;
}

static void
session_changed_cb (TautanAutosave *self)
{
  if (self->debounce_id == 0)
    self->debounce_id = g_timeout_add (DEBOUNCE_MS, debounce_cb, self);
}

static void
restart_interval (TautanAutosave *self)
{
  g_clear_handle_id (&self->interval_id, g_source_remove);
  self->interval_id = g_timeout_add_seconds (self->interval, interval_cb, self);
}

static void
tautan_autosave_dispose (GObject *object)
{
  TautanAutosave *self = (TautanAutosave *)object;

  /* Unsaved work stays on disk: a window disposed while its session is
   * modified (quitting on a signal) is work the next start offers back.
   * Saved work needs no copy. */
  if (self->session == NULL || (!tautan_session_get_modified (self->session) && !dataset_kept (self)))
    {
      remove_files (self);
      /* Removed while held, so no other process takes it for a stale one
       * it may remove (see take_lock ()). */
      if (self->lock_fd >= 0)
        g_unlink (self->lock_path);
    }
  /* Kept beside unsaved work, unlocked: the next start knows the work as
   * an orphan's by it. */
  if (self->lock_fd >= 0)
    {
      close (self->lock_fd);
      self->lock_fd = -1;
    }
  g_clear_handle_id (&self->debounce_id, g_source_remove);
  g_clear_handle_id (&self->interval_id, g_source_remove);
  if (self->session_signals != NULL)
    g_signal_group_set_target (self->session_signals, NULL);
  g_clear_object (&self->session_signals);
  g_clear_object (&self->session);
  g_clear_object (&self->copied);
  if (self->copy_cancellable != NULL)
    g_cancellable_cancel (self->copy_cancellable);
  g_clear_object (&self->copy_cancellable);
  set_crash_copy (self, NULL);
  if (self->slot >= 0)
    {
      g_mutex_lock (&slot_lock);
      slot_used[self->slot] = FALSE;
      g_mutex_unlock (&slot_lock);
      self->slot = -1;
    }

  G_OBJECT_CLASS (tautan_autosave_parent_class)->dispose (object);
}

static void
tautan_autosave_finalize (GObject *object)
{
  TautanAutosave *self = (TautanAutosave *)object;

  g_free (self->path);
  g_free (self->lock_path);
  g_free (self->meta_path);
  g_free (self->dataset_path);
  g_free (self->json);
  g_mutex_clear (&self->copy_lock);
  g_free (self->meta);
  g_clear_error (&self->copy_error);
  g_clear_error (&self->workspace_error);

  G_OBJECT_CLASS (tautan_autosave_parent_class)->finalize (object);
}

static void
tautan_autosave_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TautanAutosave *self = TAUTAN_AUTOSAVE (object);

  switch (prop_id)
    {
    case PROP_ERROR:
      g_value_set_boxed (value, tautan_autosave_get_error (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tautan_autosave_class_init (TautanAutosaveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tautan_autosave_dispose;
  object_class->finalize = tautan_autosave_finalize;
  object_class->get_property = tautan_autosave_get_property;

  /**
   * TautanAutosave:error: (nullable)
   *
   * Why the unsaved work is not backed up: the last write of the
   * workspace or of the dataset's copy failed (a full disk, a state
   * folder that cannot be written). %NULL once it works again.
   */
  properties[PROP_ERROR] =
    g_param_spec_boxed ("error", NULL, NULL, G_TYPE_ERROR,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

/* Whether an autosave's files are there already: an orphan of an earlier
 * process that had this pid, whose files must not be taken over. */
static gboolean
stem_taken (const char *path)
{
  static const char * const suffixes[] = { "json", "dataset.json", "lock" };
  GStatBuf st;

  if (g_lstat (path, &st) == 0)
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *sibling = sibling_path (path, suffixes[i]);

      if (g_lstat (sibling, &st) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
tautan_autosave_init (TautanAutosave *self)
{
  g_autofree char *dir = autosave_dir ();

  g_mutex_lock (&slot_lock);
  self->slot = -1;
  for (int i = 0; i < MAX_SLOTS; i++)
    if (!slot_used[i])
      {
        slot_used[i] = TRUE;
        self->slot = i;
        break;
      }
  g_mutex_unlock (&slot_lock);

  /* The stem is chosen with its lock: one whose files are there is an
   * orphan of an earlier process that had this pid, and one locked is
   * another process's of the same pid (a sandbox's pid namespace). When
   * the folder cannot be written, the lock is taken when it can
   * (prepare_files ()). */
  self->lock_fd = -1;
  g_mkdir_with_parents (dir, 0700);
  for (;;)
    {
      g_autofree char *name = NULL;
      g_autoptr(GError) error = NULL;
      guint serial;

      g_mutex_lock (&slot_lock);
      serial = next_serial++;
      g_mutex_unlock (&slot_lock);
      name = g_strdup_printf ("%d-%u.tautan", (int)getpid (), serial);
      g_free (self->path);
      self->path = g_build_filename (dir, name, NULL);
      if (stem_taken (self->path))
        continue;
      g_free (self->lock_path);
      self->lock_path = sibling_path (self->path, "lock");
      self->lock_fd = take_lock (self->lock_path, &error);
      if (self->lock_fd >= 0 || !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_WOULD_BLOCK))
        break;
    }
  self->meta_path = sibling_path (self->path, "json");
  self->dataset_path = sibling_path (self->path, "dataset.json");
  g_mutex_init (&self->copy_lock);
  self->interval = TAUTAN_AUTOSAVE_INTERVAL;
  restart_interval (self);

  self->session_signals = g_signal_group_new (TAUTAN_TYPE_SESSION);
  g_signal_group_connect_swapped (self->session_signals, "changed", G_CALLBACK (session_changed_cb), self);
  /* Saving the dataset changes nothing of the history, but the autosave
   * must forget its copy: "dataset-modified" says so. */
  g_signal_group_connect_swapped (self->session_signals, "notify::dataset-modified",
                                  G_CALLBACK (session_changed_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::file", G_CALLBACK (session_changed_cb), self);
}

TautanAutosave *
tautan_autosave_new (void)
{
  return g_object_new (TAUTAN_TYPE_AUTOSAVE, NULL);
}

/**
 * tautan_autosave_set_session:
 * @session: (nullable): the session to keep, in place of the one before
 *
 * The previous session's autosave is removed: a window replaces its
 * session only after asking about unsaved work.
 */
void
tautan_autosave_set_session (TautanAutosave *self,
                             TautanSession  *session)
{
  g_return_if_fail (TAUTAN_IS_AUTOSAVE (self));
  g_return_if_fail (session == NULL || TAUTAN_IS_SESSION (session));

  if (self->session == session)
    return;
  g_set_object (&self->session, session);
  g_signal_group_set_target (self->session_signals, session);
  self->dataset_discarded = FALSE;
  take_copy (self);
}

gboolean
_tautan_autosave_get_copying (TautanAutosave *self)
{
  g_return_val_if_fail (TAUTAN_IS_AUTOSAVE (self), FALSE);

  return self->copying != NULL;
}

void
tautan_autosave_set_interval (TautanAutosave *self,
                              guint           seconds)
{
  g_return_if_fail (TAUTAN_IS_AUTOSAVE (self));
  g_return_if_fail (seconds > 0);

  self->interval = seconds;
  restart_interval (self);
}

/**
 * tautan_autosave_get_file:
 *
 * Returns: (transfer full): where this session's work is autosaved
 */
GFile *
tautan_autosave_get_file (TautanAutosave *self)
{
  g_return_val_if_fail (TAUTAN_IS_AUTOSAVE (self), NULL);

  return g_file_new_for_path (self->path);
}

/**
 * tautan_autosave_get_error:
 *
 * Returns: (nullable) (transfer none): why the unsaved work is not backed
 *   up, and what is not: the dataset's copy failed, else the workspace;
 *   %NULL while every write works
 */
const GError *
tautan_autosave_get_error (TautanAutosave *self)
{
  g_return_val_if_fail (TAUTAN_IS_AUTOSAVE (self), NULL);

  return self->copy_error != NULL ? self->copy_error : self->workspace_error;
}

/**
 * tautan_autosave_get_dataset_failed:
 *
 * Returns: whether #TautanAutosave:error is about the dataset's edits,
 *   which Save Dataset keeps, not Save
 */
gboolean
tautan_autosave_get_dataset_failed (TautanAutosave *self)
{
  g_return_val_if_fail (TAUTAN_IS_AUTOSAVE (self), FALSE);

  return self->copy_error != NULL;
}

/**
 * tautan_autosave_flush:
 *
 * Writes the unsaved work now (before quitting on a signal, and in
 * tests), or removes the autosave when there is none.
 *
 * Returns: %TRUE on success
 */
gboolean
tautan_autosave_flush (TautanAutosave  *self,
                       GError         **error)
{
  g_return_val_if_fail (TAUTAN_IS_AUTOSAVE (self), FALSE);

  /* No thread to wait for: the dataset's copy is written here, first, so
   * the workspace written next names it. */
  if (dataset_kept (self) &&
      !copy_now (self, tautan_session_get_dataset (self->session), error))
    return FALSE;
  take_copy (self);
  return write_pending (self, error);
}

/**
 * tautan_autosave_discard:
 *
 * The user saved or chose to discard: the autosave is removed.
 */
void
tautan_autosave_discard (TautanAutosave *self)
{
  g_return_if_fail (TAUTAN_IS_AUTOSAVE (self));

  g_clear_handle_id (&self->debounce_id, g_source_remove);
  set_crash_copy (self, NULL);
  g_clear_pointer (&self->json, g_free);
  self->pending = FALSE;
  self->named_copy = FALSE;
  remove_files (self);
  /* The window goes: nothing of this session is kept from now on, also
   * not by a copy that finishes later. */
  tautan_autosave_set_session (self, NULL);
}

/**
 * tautan_autosave_discard_dataset:
 *
 * The user chose to discard the dataset's edits (on close): its copy
 * goes, and the session's dataset counts as unmodified from now on.
 */
void
tautan_autosave_discard_dataset (TautanAutosave *self)
{
  g_return_if_fail (TAUTAN_IS_AUTOSAVE (self));

  self->dataset_discarded = TRUE;
  take_copy (self);
}

/**
 * tautan_autosave_adopt_dataset_copy:
 * @copy: a restored orphan's dataset copy
 * @dataset: the dataset loaded from it
 *
 * Restoring: the orphan's copy becomes this autosave's own (renamed, not
 * written again), so the restored edits are never without one.
 */
void
tautan_autosave_adopt_dataset_copy (TautanAutosave *self,
                                    GFile          *copy,
                                    TautanDataset  *dataset)
{
  g_autofree char *path = NULL;

  g_return_if_fail (TAUTAN_IS_AUTOSAVE (self));
  g_return_if_fail (G_IS_FILE (copy));
  g_return_if_fail (TAUTAN_IS_DATASET (dataset));

  /* Same folder: a rename, never a second copy. The session, set next,
   * writes the workspace naming it at once (take_copy). */
  path = g_file_get_path (copy);
  if (path == NULL || g_rename (path, self->dataset_path) != 0)
    {
      int saved_errno = errno;

      g_warning ("Could not keep the restored dataset's copy: %s", g_strerror (saved_errno));
      return;
    }
  g_set_object (&self->copied, dataset);
}

/**
 * tautan_autosave_orphan_copy:
 *
 * Returns: (transfer full): a copy of @orphan, for as long as a restore runs
 */
TautanAutosaveOrphan *
tautan_autosave_orphan_copy (const TautanAutosaveOrphan *orphan)
{
  TautanAutosaveOrphan *copy;

  g_return_val_if_fail (orphan != NULL, NULL);

  copy = g_memdup2 (orphan, sizeof *orphan);
  copy->workspace = g_object_ref (orphan->workspace);
  copy->original = orphan->original != NULL ? g_object_ref (orphan->original) : NULL;
  copy->title = g_strdup (orphan->title);
  copy->saved = orphan->saved != NULL ? g_date_time_ref (orphan->saved) : NULL;
  copy->dataset = orphan->dataset != NULL ? g_object_ref (orphan->dataset) : NULL;
  copy->dataset_copy = orphan->dataset_copy != NULL ? g_object_ref (orphan->dataset_copy) : NULL;
  copy->dataset_home = orphan->dataset_home != NULL ? g_object_ref (orphan->dataset_home) : NULL;
  return copy;
}

void
tautan_autosave_orphan_free (TautanAutosaveOrphan *orphan)
{
  g_clear_object (&orphan->workspace);
  g_clear_object (&orphan->original);
  g_clear_object (&orphan->dataset);
  g_clear_object (&orphan->dataset_copy);
  g_clear_object (&orphan->dataset_home);
  g_free (orphan->title);
  g_clear_pointer (&orphan->saved, g_date_time_unref);
  g_free (orphan);
}

/* Whether the autosave whose lock file is @lock_path belongs to a running
 * process: one holds its lock all its life (take_lock ()), and a lock file
 * that can be locked is a process's that is gone, whatever the pid or
 * the files' times say. When that cannot be told, it is taken to be in
 * use: its files are left alone. */
static gboolean
stem_in_use (const char *lock_path,
             int         pid)
{
  int fd = open (lock_path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
  gboolean held;

  if (fd < 0)
    {
      if (errno != ENOENT)
        return TRUE;
      /* An older Tautan's files, without a lock: only the pid tells.
       * Ours always have their lock, so this pid was an earlier
       * process's. */
      if (pid <= 0 || pid == (int)getpid ())
        return FALSE;
      return kill (pid, 0) == 0 || errno == EPERM;
    }
  held = flock (fd, LOCK_EX | LOCK_NB) != 0;
  close (fd);
  return held;
}

static gboolean
member_boolean (JsonObject *object,
                const char *name,
                gboolean    fallback)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return fallback;
  return json_node_get_boolean (node);
}

static GFile *
member_uri (JsonObject *object,
            const char *name)
{
  JsonNode *node = json_object_get_member (object, name);
  const char *uri;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING ||
      (uri = json_node_get_string (node)) == NULL || !g_uri_is_valid (uri, G_URI_FLAGS_NONE, NULL))
    return NULL;
  return g_file_new_for_uri (uri);
}

static void
read_meta (TautanAutosaveOrphan *orphan,
           const char           *meta_path,
           const char           *dataset_copy_path)
{
  g_autoptr(GBytes) bytes = tautan_file_read_regular (meta_path, 1024 * 1024, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *object;

  if (bytes == NULL ||
      !json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL) ||
      json_parser_get_root (parser) == NULL || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return;
  object = json_node_get_object (json_parser_get_root (parser));
  if (json_object_has_member (object, "title") &&
      JSON_NODE_HOLDS_VALUE (json_object_get_member (object, "title")) &&
      json_node_get_value_type (json_object_get_member (object, "title")) == G_TYPE_STRING)
    {
      g_free (orphan->title);
      orphan->title = g_strdup (json_object_get_string_member (object, "title"));
    }
  orphan->original = member_uri (object, "file");
  orphan->dataset = member_uri (object, "dataset");
  /* Autosaves from before dataset copies were always modified work. */
  orphan->workspace_modified = member_boolean (object, "workspace-modified", TRUE);
  if (member_boolean (object, "dataset-modified", FALSE) &&
      g_file_test (dataset_copy_path, G_FILE_TEST_IS_REGULAR))
    {
      orphan->dataset_copy = g_file_new_for_path (dataset_copy_path);
      orphan->dataset_home = member_uri (object, "dataset-home");
      orphan->dataset_read_only = member_boolean (object, "dataset-read-only", FALSE);
    }
}

static int
compare_saved (gconstpointer a,
               gconstpointer b)
{
  const TautanAutosaveOrphan *oa = *(TautanAutosaveOrphan * const *)a;
  const TautanAutosaveOrphan *ob = *(TautanAutosaveOrphan * const *)b;

  return g_date_time_compare (ob->saved, oa->saved);
}

/**
 * tautan_autosave_find_orphans:
 *
 * Returns: (transfer full) (element-type TautanAutosaveOrphan): the
 *   autosaves left by Tautan processes that are no longer running, the
 *   newest first
 */
GPtrArray *
tautan_autosave_find_orphans (void)
{
  g_autofree char *dir_path = autosave_dir ();
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  GPtrArray *orphans = g_ptr_array_new_with_free_func ((GDestroyNotify)tautan_autosave_orphan_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autofree char *lock_path = NULL;
      g_autofree char *meta_path = NULL;
      g_autofree char *dataset_path = NULL;
      GStatBuf st;
      TautanAutosaveOrphan *orphan;
      int pid;
      guint serial;
      char tail;

      if (!g_str_has_suffix (name, ".tautan") ||
          sscanf (name, "%d-%u.tautan%c", &pid, &serial, &tail) != 2)
        continue;
      path = g_build_filename (dir_path, name, NULL);
      lock_path = sibling_path (path, "lock");
      if (g_lstat (path, &st) != 0 || !S_ISREG (st.st_mode) || stem_in_use (lock_path, pid))
        continue;

      meta_path = sibling_path (path, "json");
      dataset_path = sibling_path (path, "dataset.json");
      orphan = g_new0 (TautanAutosaveOrphan, 1);
      orphan->workspace = g_file_new_for_path (path);
      orphan->title = g_strdup (_("Unsaved workspace"));
      orphan->saved = g_date_time_new_from_unix_local (st.st_mtime);
      read_meta (orphan, meta_path, dataset_path);
      g_ptr_array_add (orphans, orphan);
    }
  g_ptr_array_sort (orphans, compare_saved);
  return orphans;
}

/* What a file of the autosave folder is. */
typedef enum
{
  PART_NONE,        /* not ours */
  PART_WORKSPACE,   /* PID-N.tautan */
  PART_SIDECAR,     /* PID-N.json */
  PART_COPY,        /* PID-N.dataset.json */
  PART_LOCK,        /* PID-N.lock */
  PART_TEMPORARY,   /* PID-N.tautan.crash, or a writer's .PID-N.SUFFIX.tautan-PID-XXXXXX */
} Part;

/* @name's part, its process and its stem ("PID-N", the autosave's). */
static Part
parse_name (const char  *name,
            int         *pid,
            char       **stem)
{
  static const char * const suffixes[] = { ".tautan", ".json", ".dataset.json" };
  gboolean hidden = name[0] == '.';
  const char *start = hidden ? name + 1 : name;
  const char *rest;
  char *end;
  guint64 value;

  if (!g_ascii_isdigit (start[0]))
    return PART_NONE;
  value = g_ascii_strtoull (start, &end, 10);
  if (*end != '-' || value == 0 || value > G_MAXINT || !g_ascii_isdigit (end[1]))
    return PART_NONE;
  g_ascii_strtoull (end + 1, &end, 10);
  rest = end;
  *pid = (int)value;
  *stem = g_strndup (start, rest - start);

  if (!hidden)
    {
      if (g_str_equal (rest, ".tautan"))
        return PART_WORKSPACE;
      if (g_str_equal (rest, ".json"))
        return PART_SIDECAR;
      if (g_str_equal (rest, ".dataset.json"))
        return PART_COPY;
      if (g_str_equal (rest, ".lock"))
        return PART_LOCK;
      if (g_str_equal (rest, ".tautan.crash"))
        return PART_TEMPORARY;
    }
  else
    /* tautan_file_writer_new_for_path()'s temporary files */
    for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
      if (g_str_has_prefix (rest, suffixes[i]) &&
          g_str_has_prefix (rest + strlen (suffixes[i]), ".tautan-") &&
          g_ascii_isdigit (rest[strlen (suffixes[i]) + strlen (".tautan-")]))
        return PART_TEMPORARY;
  g_clear_pointer (stem, g_free);
  return PART_NONE;
}

/* @lock_path, if it is a process's that is gone: removed while locked,
 * so a process that opened it meanwhile sees it is not the one named
 * (take_lock ()). */
static void
remove_stale_lock (const char *lock_path)
{
  int fd = open (lock_path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);

  if (fd < 0)
    return;
  if (flock (fd, LOCK_EX | LOCK_NB) == 0 && g_unlink (lock_path) == 0)
    g_debug ("Removed %s", lock_path);
  close (fd);
}

/**
 * tautan_autosave_sweep:
 *
 * Removes what processes that are gone left in the autosave folder and
 * no autosave names: a sidecar, a dataset's copy and a lock file without
 * their workspace, and partial files. A kill during a copy leaves those,
 * with nothing offered to restore; at a month's scale a copy is 400 MB.
 * An orphan's own files stay, offered or kept for later ("Not Now"), its
 * lock file too: it tells the orphan from a running autosave.
 */
void
tautan_autosave_sweep (void)
{
  g_autofree char *dir_path = autosave_dir ();
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  g_autoptr(GPtrArray) locks = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *stem = NULL;
      g_autofree char *path = NULL;
      g_autofree char *lock_path = NULL;
      GStatBuf st;
      Part part;
      int pid;

      part = parse_name (name, &pid, &stem);
      if (part == PART_NONE || part == PART_WORKSPACE)
        continue;
      path = g_build_filename (dir_path, name, NULL);
      if (g_lstat (path, &st) != 0 || !S_ISREG (st.st_mode))
        continue;
      if (part == PART_SIDECAR || part == PART_COPY || part == PART_LOCK)
        {
          g_autofree char *workspace = g_strdup_printf ("%s%s%s.tautan", dir_path, G_DIR_SEPARATOR_S, stem);
          GStatBuf ws;

          if (g_lstat (workspace, &ws) == 0 && S_ISREG (ws.st_mode))
            continue;
        }
      /* Last, once the files it vouches for are judged. */
      if (part == PART_LOCK)
        {
          g_ptr_array_add (locks, g_steal_pointer (&path));
          continue;
        }
      lock_path = g_strdup_printf ("%s%s%s.lock", dir_path, G_DIR_SEPARATOR_S, stem);
      if (stem_in_use (lock_path, pid))
        continue;
      if (g_unlink (path) == 0)
        g_debug ("Removed %s, left by process %d", name, pid);
    }
  for (guint i = 0; i < locks->len; i++)
    remove_stale_lock (g_ptr_array_index (locks, i));
}

/* "• Title (6 Dec 2026, 08:30)" and where it came from, at @seconds. */
static char *
describe_orphan (TautanAutosaveOrphan *orphan,
                 gboolean              seconds)
{
  /* TRANSLATORS: when work was autosaved, g_date_time_format() style */
  g_autofree char *when = tautan_date_time_format (orphan->saved, seconds ? _("%-d %b %Y, %H:%M:%S")
                                                                          : _("%-d %b %Y, %H:%M"));
  g_autofree char *where = NULL;
  GString *line;

  if (orphan->original != NULL)
    where = g_file_get_parse_name (orphan->original);
  else if (orphan->dataset != NULL)
    {
      g_autofree char *path = g_file_get_parse_name (orphan->dataset);

      /* TRANSLATORS: an unsaved workspace's dataset file */
      where = g_strdup_printf (_("from %s"), path);
    }
  line = g_string_new (NULL);
  g_string_append_printf (line, "• %s (%s)", orphan->title, when);
  if (where != NULL)
    g_string_append_printf (line, "\n   %s", where);
  if (orphan->dataset_copy != NULL)
    g_string_append_printf (line, "\n   %s", _("with unsaved changes to the dataset"));
  return g_string_free (line, FALSE);
}

/**
 * tautan_autosave_describe_orphans:
 * @orphans: (element-type TautanAutosaveOrphan): as found
 * @max: how many to describe
 *
 * The first @max orphans, one entry each, for the restore dialog: the
 * title, when it was saved, and the workspace's file or, for one never
 * saved, the dataset's. Entries that would read the same (two unsaved
 * workspaces of one dataset) get the time to the second, then the
 * autosave's own name, so no two look alike.
 *
 * Returns: (transfer full) (element-type utf8): the entries
 */
GPtrArray *
tautan_autosave_describe_orphans (GPtrArray *orphans,
                                  guint      max)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  guint n = MIN (orphans->len, max);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (lines, describe_orphan (g_ptr_array_index (orphans, i), FALSE));
  for (int pass = 0; pass < 2; pass++)
    {
      g_autofree gboolean *same = g_new0 (gboolean, MAX (n, 1));

      for (guint i = 0; i < n; i++)
        for (guint j = i + 1; j < n; j++)
          if (g_str_equal (g_ptr_array_index (lines, i), g_ptr_array_index (lines, j)))
            same[i] = same[j] = TRUE;
      for (guint i = 0; i < n; i++)
        {
          TautanAutosaveOrphan *orphan = g_ptr_array_index (orphans, i);
          char *line;

          if (!same[i])
            continue;
          if (pass == 0)
            line = describe_orphan (orphan, TRUE);
          else
            {
              g_autofree char *name = g_file_get_basename (orphan->workspace);

              /* TRANSLATORS: an entry of the restore dialog, and the name
               * of its autosave file, which tells apart two that are alike */
              line = g_strdup_printf (_("%s — autosave %s"), (char *)g_ptr_array_index (lines, i), name);
            }
          g_free (g_ptr_array_index (lines, i));
          lines->pdata[i] = line;
        }
    }
  return lines;
}

/**
 * tautan_autosave_remove_orphan:
 *
 * Restored or declined: the autosave, its sidecar and its dataset's copy go.
 */
void
tautan_autosave_remove_orphan (GFile *workspace)
{
  g_autofree char *path = g_file_get_path (workspace);
  g_autofree char *meta_path = NULL;
  g_autofree char *dataset_path = NULL;
  g_autofree char *lock_path = NULL;

  if (path == NULL || !g_str_has_suffix (path, ".tautan"))
    return;
  meta_path = sibling_path (path, "json");
  dataset_path = sibling_path (path, "dataset.json");
  lock_path = sibling_path (path, "lock");
  g_unlink (path);
  g_unlink (meta_path);
  g_unlink (dataset_path);
  /* Last: while the others are there, it tells they are an orphan's. */
  g_unlink (lock_path);
}

static struct sigaction previous_actions[NSIG];
static const int crash_signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT };

/* Only async-signal-safe calls: open, write, fsync, close, rename. */
static void
write_crash_copy (const CrashCopy *copy)
{
  gsize done = 0;
  int fd = open (copy->tmp_path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);

  if (fd < 0)
    return;
  while (done < copy->len)
    {
      ssize_t n = write (fd, copy->data + done, copy->len - done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          close (fd);
          unlink (copy->tmp_path);
          return;
        }
      done += (gsize)n;
    }
  if (fsync (fd) != 0 || close (fd) != 0)
    {
      unlink (copy->tmp_path);
      return;
    }
  rename (copy->tmp_path, copy->path);
}

static void
crash_handler (int sig)
{
  int saved_errno = errno;

  for (guint i = 0; i < MAX_SLOTS; i++)
    {
      const CrashCopy *copy = g_atomic_pointer_get (&slots[i]);

      if (copy != NULL)
        write_crash_copy (copy);
    }

  /* Then what would have happened without us (a core dump, or a
   * sanitizer's report): the signal is raised again once we return. */
  sigaction (sig, &previous_actions[sig], NULL);
  errno = saved_errno;
  raise (sig);
}

void
tautan_autosave_install_crash_handler (void)
{
  static gsize installed;

  if (g_once_init_enter (&installed))
    {
      for (guint i = 0; i < G_N_ELEMENTS (crash_signals); i++)
        {
          struct sigaction action = { 0 };

          action.sa_handler = crash_handler;
          action.sa_flags = SA_RESETHAND;
          sigemptyset (&action.sa_mask);
          sigaction (crash_signals[i], &action, &previous_actions[crash_signals[i]]);
        }
      g_once_init_leave (&installed, 1);
    }
}
