/* test-autosave.c: unsaved work survives a crash, and is offered back
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tautan-test-home.h"
#include "tautan-test-window.h"

#include <adwaita.h>
#include <fcntl.h>
#include <glib-unix.h>
#include <signal.h>
#include <sys/file.h>
#include <unistd.h>
#include <utime.h>

#include "bench/tautan-bench-gen.h"

#include "tautan/tautan-application.h"
#include "tautan/tautan-autosave.h"
#include "tautan/tautan-dataset-edit.h"
#include "tautan/tautan-window.h"

#include "app/tautan-autosave-private.h"
#include "app/tautan-window-private.h"
#include "data/tautan-file-private.h"

static gboolean
file_exists (gpointer data)
{
  return g_file_query_exists (data, NULL);
}

static gboolean
file_gone (gpointer data)
{
  return !g_file_query_exists (data, NULL);
}

static TautanWindow *
bundled_window (void)
{
  TautanWindow *window = tautan_window_new (ADW_APPLICATION (tautan_test_app ()));

  gtk_window_present (GTK_WINDOW (window));
  tautan_window_open_bundled (window);
  tautan_test_wait_for (tautan_test_has_dataset, window);
  return window;
}

static void
add_view (TautanWindow *window,
          const char   *name)
{
  TautanSession *session = tautan_window_get_session (window);
  g_autoptr(TautanSavedView) view = tautan_session_capture_view (session, name);

  tautan_session_add_view (session, view);
  g_assert_true (tautan_session_get_modified (session));
}

static char *
contents (GFile *file)
{
  char *text = NULL;

  g_assert_true (g_file_load_contents (file, NULL, &text, NULL, NULL, NULL));
  return text;
}

static GFile *
sidecar (GFile *workspace)
{
  g_autofree char *path = g_file_get_path (workspace);
  g_autofree char *meta = NULL;

  path[strlen (path) - strlen (".tautan")] = '\0';
  meta = g_strconcat (path, ".json", NULL);
  return g_file_new_for_path (meta);
}

static GFile *
dataset_copy (GFile *workspace)
{
  g_autofree char *path = g_file_get_path (workspace);
  g_autofree char *copy = NULL;

  path[strlen (path) - strlen (".tautan")] = '\0';
  copy = g_strconcat (path, ".dataset.json", NULL);
  return g_file_new_for_path (copy);
}

/* A window on the bundled dataset and the files its autosave writes:
 * what most cases start from. */
typedef struct
{
  TautanWindow   *window;
  TautanSession  *session;
  TautanAutosave *autosave;
  GFile          *file;     /* the autosaved workspace */
  GFile          *meta;     /* its sidecar */
  GFile          *copy;     /* the edited dataset's copy */
} Bundled;

static Bundled
bundled_open (void)
{
  Bundled b = { bundled_window (), };

  b.session = tautan_window_get_session (b.window);
  b.autosave = _tautan_window_get_autosave (b.window);
  b.file = tautan_autosave_get_file (b.autosave);
  b.meta = sidecar (b.file);
  b.copy = dataset_copy (b.file);
  return b;
}

/* The files' names; the window is each case's to close. */
static void
bundled_clear (Bundled *b)
{
  g_clear_object (&b->file);
  g_clear_object (&b->meta);
  g_clear_object (&b->copy);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Bundled, bundled_clear)

/* Discard in "Save Changes?": the window goes once the dialog is done,
 * with the autosave; the dialog never outlives its parent (a user saw
 * GObject criticals here when the window was destroyed inside the
 * dialog's own response). */
static void
test_discard_on_close (void)
{
  TautanWindow *window = bundled_window ();
  AdwMessageDialog *ask;

  add_view (window, "Discarded");
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *)&window);
  gtk_window_close (GTK_WINDOW (window));
  ask = tautan_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (ask);
  g_assert_nonnull (window);
  g_object_add_weak_pointer (G_OBJECT (ask), (gpointer *)&ask);
  adw_message_dialog_response (ask, "discard");
  tautan_test_wait_for (tautan_test_is_null, &window);
  tautan_test_wait_for (tautan_test_is_null, &ask);
}

/* File choosers open beside the work: the home folder while nothing of
 * the user's is a file (the bundled dataset, no workspace yet), then the
 * workspace's folder. (Asked of the rule, not of a chooser: a GTK 4.8
 * file chooser keeps folder-listing objects LeakSanitizer reports.) */
static void
test_choosers_beside_work (void)
{
  TautanWindow *window = bundled_window ();
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "beside-work", NULL);
  g_autofree char *path = g_build_filename (dir, "work.tautan", NULL);
  g_autoptr(GFile) home = g_file_new_for_path (g_get_home_dir ());
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) first = NULL;
  g_autoptr(GFile) then = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  first = _tautan_window_get_work_folder (window);
  g_assert_nonnull (first);
  g_assert_true (g_file_equal (first, home));

  g_assert_true (_tautan_window_save (window, file));
  then = _tautan_window_get_work_folder (window);
  g_assert_nonnull (then);
  g_assert_true (g_file_equal (then, folder));

  tautan_test_destroy_window (GTK_WINDOW (window));
}

/* Unsaved work reaches the state folder; saving removes it. */
static void
test_autosave_and_save (void)
{
  g_auto(Bundled) b = bundled_open ();
  g_autoptr(GPtrArray) orphans = NULL;
  g_autofree char *saved_path = g_build_filename (g_get_user_data_dir (), "saved.tautan", NULL);
  g_autoptr(GFile) saved = g_file_new_for_path (saved_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *state_dir = g_build_filename (g_get_user_state_dir (), "tautan", "autosave", NULL);

  /* Nothing to keep yet: nothing written. */
  g_assert_true (tautan_autosave_flush (b.autosave, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_query_exists (b.file, NULL));

  add_view (b.window, "Before the treaty");
  g_assert_true (tautan_autosave_flush (b.autosave, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (g_file_peek_path (b.file), state_dir));
  text = contents (b.file);
  g_assert_nonnull (strstr (text, "Before the treaty"));
  g_clear_pointer (&text, g_free);
  text = contents (b.meta);
  g_assert_nonnull (strstr (text, "North Korea"));

  /* A running process's autosave is not anyone's to restore. */
  orphans = tautan_autosave_find_orphans ();
  g_assert_cmpuint (orphans->len, ==, 0);

  /* Saved: the copy goes within a moment. */
  g_assert_true (tautan_window_save_workspace (b.window, saved));
  tautan_test_wait_for (file_gone, b.file);
  tautan_test_wait_for (file_gone, b.meta);

  /* Modified again, then closed with Discard: gone too. */
  add_view (b.window, "After the treaty");
  g_assert_true (tautan_autosave_flush (b.autosave, &error));
  g_assert_true (g_file_query_exists (b.file, NULL));
  tautan_autosave_discard (b.autosave);
  g_assert_false (g_file_query_exists (b.file, NULL));
  g_assert_false (g_file_query_exists (b.meta, NULL));

  gtk_window_destroy (GTK_WINDOW (b.window));
}

/* The child crashes a second after an edit, long before the periodic
 * write: only the crash handler can have kept the view. */
static void
test_crash_child (void)
{
  g_auto(Bundled) b = bundled_open ();

  tautan_autosave_install_crash_handler ();
  add_view (b.window, "Kept through a crash");
  /* The snapshot is taken a moment after the edit, with its sidecar; the
   * workspace itself is not written for minutes. */
  tautan_test_wait_for (file_exists, b.meta);
  g_assert_false (g_file_query_exists (b.file, NULL));
  raise (SIGABRT);
}

static void
test_crash_and_restore (void)
{
  g_autoptr(GPtrArray) orphans = NULL;
  TautanAutosaveOrphan *orphan;
  TautanWindow *window;
  TautanSession *session;
  TautanSavedView *view;

  g_test_trap_subprocess ("/tautan/autosave/crash/subprocess/child", 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();

  orphans = tautan_autosave_find_orphans ();
  g_assert_cmpuint (orphans->len, ==, 1);
  orphan = g_ptr_array_index (orphans, 0);
  g_assert_nonnull (strstr (orphan->title, "North Korea"));
  g_assert_null (orphan->original);
  g_assert_nonnull (orphan->saved);

  /* Restored: the view is back, unsaved, and the autosave gives way. */
  window = tautan_window_new (ADW_APPLICATION (tautan_test_app ()));
  gtk_window_present (GTK_WINDOW (window));
  tautan_window_restore (window, orphan);
  tautan_test_wait_for (tautan_test_has_dataset, window);
  session = tautan_window_get_session (window);
  g_assert_true (tautan_session_get_modified (session));
  g_assert_null (tautan_session_get_file (session));
  g_assert_cmpuint (g_list_model_get_n_items (tautan_session_get_views (session)), ==, 1);
  view = g_list_model_get_item (tautan_session_get_views (session), 0);
  g_assert_cmpstr (tautan_saved_view_get_name (view), ==, "Kept through a crash");
  g_object_unref (view);
  tautan_test_wait_for (file_gone, orphan->workspace);

  g_clear_pointer (&orphans, g_ptr_array_unref);
  orphans = tautan_autosave_find_orphans ();
  g_assert_cmpuint (orphans->len, ==, 0);

  tautan_autosave_discard (_tautan_window_get_autosave (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A curation edit of the bundled dataset, with no change to the view. */
static void
rename_kim (TautanWindow *window,
            const char   *name)
{
  TautanSession *session = tautan_window_get_session (window);
  TautanDataset *dataset = tautan_session_get_dataset (session);
  g_autoptr(TautanDataset) edited = NULL;
  g_autoptr(GError) error = NULL;
  TautanEntityValues values = { 0 };
  TautanEntity e;

  tautan_dataset_get_entity (dataset, tautan_dataset_lookup_entity (dataset, "kim-jong-un"), &e);
  values.name = name;
  values.kind = e.kind;
  edited = tautan_dataset_edit_entity (dataset, e.id, &values, &error);
  g_assert_no_error (error);
  tautan_session_replace_dataset (session, edited);
  g_assert_true (tautan_session_get_dataset_modified (session));
}

static const char *
kim_name (TautanSession *session)
{
  TautanDataset *dataset = tautan_session_get_dataset (session);
  TautanEntity e;

  tautan_dataset_get_entity (dataset, tautan_dataset_lookup_entity (dataset, "kim-jong-un"), &e);
  return e.name;
}

/* Dataset edits are unsaved work too (a user merged articles in, was
 * killed, and nothing was offered back): the edited dataset is copied
 * beside the workspace at once, and undoing the edit removes the copy. */
static void
test_dataset_edit_kept (void)
{
  g_auto(Bundled) b = bundled_open ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  rename_kim (b.window, "Kim Jong Un (curated)");
  g_assert_false (tautan_session_get_modified (b.session));
  /* Copied a moment after the edit, with the workspace naming the copy:
   * no interval, no crash handler needed. */
  tautan_test_wait_for (file_exists, b.copy);
  tautan_test_wait_for (file_exists, b.file);
  text = contents (b.copy);
  g_assert_nonnull (strstr (text, "Kim Jong Un (curated)"));
  g_clear_pointer (&text, g_free);
  text = contents (b.file);
  g_assert_nonnull (strstr (text, ".dataset.json"));

  /* Undone: nothing unsaved, nothing kept. */
  tautan_session_undo (b.session);
  g_assert_false (tautan_session_get_dataset_modified (b.session));
  g_assert_true (tautan_autosave_flush (b.autosave, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_query_exists (b.copy, NULL));
  g_assert_false (g_file_query_exists (b.file, NULL));

  tautan_test_destroy_window (GTK_WINDOW (b.window));
}

/* Killed outright (no handler runs) a moment after a dataset edit. */
static void
test_dataset_killed_child (void)
{
  g_auto(Bundled) b = bundled_open ();

  rename_kim (b.window, "Kim Jong Un (before the kill)");
  tautan_test_wait_for (file_exists, b.copy);
  tautan_test_wait_for (file_exists, b.file);
  raise (SIGKILL);
}

static void
test_dataset_restore (void)
{
  g_autoptr(GPtrArray) orphans = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GFile) copy = NULL;
  g_autoptr(GFile) bundled = g_file_new_for_uri ("resource://" TAUTAN_BUNDLED_DATASET);
  TautanAutosaveOrphan *orphan;
  TautanWindow *window;
  TautanSession *session;
  TautanDataset *dataset;

  g_test_trap_subprocess ("/tautan/autosave/dataset/subprocess/killed", 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();

  orphans = tautan_autosave_find_orphans ();
  g_assert_cmpuint (orphans->len, ==, 1);
  orphan = g_ptr_array_index (orphans, 0);
  g_assert_false (orphan->workspace_modified);
  g_assert_nonnull (orphan->dataset_copy);
  g_assert_nonnull (orphan->dataset_home);
  g_assert_true (g_file_equal (orphan->dataset_home, bundled));
  g_assert_true (orphan->dataset_read_only);
  copy = g_object_ref (orphan->dataset_copy);
  lines = tautan_autosave_describe_orphans (orphans, 8);
  g_test_message ("%s", (char *)g_ptr_array_index (lines, 0));
  g_assert_nonnull (strstr (g_ptr_array_index (lines, 0), "with unsaved changes to the dataset"));

  /* Restored: the edit is back and unsaved, the dataset is the bundled
   * one again (read-only: Save asks where), the view was never changed. */
  window = tautan_window_new (ADW_APPLICATION (tautan_test_app ()));
  gtk_window_present (GTK_WINDOW (window));
  tautan_window_restore (window, orphan);
  tautan_test_wait_for (tautan_test_has_dataset, window);
  session = tautan_window_get_session (window);
  dataset = tautan_session_get_dataset (session);
  g_assert_cmpstr (kim_name (session), ==, "Kim Jong Un (before the kill)");
  g_assert_true (tautan_session_get_dataset_modified (session));
  g_assert_false (tautan_session_get_modified (session));
  g_assert_null (tautan_session_get_file (session));
  g_assert_nonnull (tautan_dataset_get_file (dataset));
  g_assert_true (g_file_equal (tautan_dataset_get_file (dataset), bundled));
  g_assert_true (tautan_dataset_get_read_only (dataset));
  tautan_test_wait_for (file_gone, orphan->workspace);
  g_assert_false (g_file_query_exists (copy, NULL));

  /* The window's own autosave keeps it from here on. */
  {
    TautanAutosave *autosave = _tautan_window_get_autosave (window);
    g_autoptr(GFile) file = tautan_autosave_get_file (autosave);
    g_autoptr(GFile) own_copy = dataset_copy (file);
    g_autoptr(GError) error = NULL;

    g_assert_true (tautan_autosave_flush (autosave, &error));
    g_assert_no_error (error);
    g_assert_true (g_file_query_exists (own_copy, NULL));
    tautan_autosave_discard (autosave);
    g_assert_false (g_file_query_exists (own_copy, NULL));
  }
  g_clear_pointer (&orphans, g_ptr_array_unref);
  orphans = tautan_autosave_find_orphans ();
  g_assert_cmpuint (orphans->len, ==, 0);

  tautan_test_destroy_window (GTK_WINDOW (window));
}

/* A dataset never saved (articles imported into a new one, or restored
 * so) cannot be named by a workspace: Save asks for the dataset's file
 * first, then writes the workspace, which opens again. Before, the
 * workspace was written naming no dataset and could not be opened. */
static void
test_dataset_saved_first (void)
{
  TautanWindow *window = bundled_window ();
  TautanSession *session = tautan_window_get_session (window);
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "saved-first", NULL);
  g_autofree char *dataset_path = g_build_filename (dir, "imported.json", NULL);
  g_autofree char *workspace_path = g_build_filename (dir, "work.tautan", NULL);
  g_autoptr(GFile) dataset_file = g_file_new_for_path (dataset_path);
  g_autoptr(GFile) workspace_file = g_file_new_for_path (workspace_path);
  g_autoptr(TautanWorkspace) reread = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  rename_kim (window, "Kim Jong Un (imported)");
  tautan_session_mark_dataset_recovered (session, NULL, FALSE);
  g_assert_null (tautan_dataset_get_file (tautan_session_get_dataset (session)));

  /* The data layer refuses a workspace that names nothing. */
  g_assert_false (tautan_session_save (session, workspace_file, &error));
  g_assert_error (error, TAUTAN_SESSION_ERROR, TAUTAN_SESSION_ERROR_NO_DATASET);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "work.tautan"));
  g_clear_error (&error);
  g_assert_false (g_file_query_exists (workspace_file, NULL));

  /* Save asks for the dataset's file first (_tautan_window_save_dataset_first
   * opens its chooser and marks the workspace as waiting); the chooser
   * itself is not made here, as a GTK 4.8 file chooser, even unshown,
   * keeps objects LeakSanitizer reports. The chain from its answer on: */
  window->workspace_after_dataset = TRUE;
  window->workspace_after_file = g_object_ref (workspace_file);
  window->close_after_workspace = FALSE;
  /* As the chooser's Save does (a native chooser's file is not set
   * from a test). */
  _tautan_window_dataset_chosen (window, dataset_file);
  g_assert_null (window->dataset_chooser);
  g_assert_true (g_file_query_exists (dataset_file, NULL));
  g_assert_true (g_file_query_exists (workspace_file, NULL));
  g_assert_false (tautan_session_get_dataset_modified (session));
  g_assert_false (tautan_session_get_modified (session));

  reread = tautan_workspace_load (workspace_file, &error);
  g_assert_no_error (error);
  g_assert_nonnull (tautan_session_check_workspace (reread, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_equal (tautan_workspace_get_dataset_file (reread), dataset_file));

  tautan_test_destroy_window (GTK_WINDOW (window));
}

static gboolean
message_dialog_shown (gpointer heading)
{
  gboolean shown = FALSE;

  for (GList *l = gtk_window_list_toplevels (); l; l = g_list_delete_link (l, l))
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data) &&
        g_str_has_prefix (adw_message_dialog_get_heading (l->data), heading))
      shown = TRUE;
  return shown;
}

static guint
n_message_dialogs_shown (void)
{
  guint n = 0;

  for (GList *l = gtk_window_list_toplevels (); l; l = g_list_delete_link (l, l))
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      n++;
  return n;
}

/* Discard in "Save Dataset Changes?" and then in "Save Changes?": the
 * window goes and so does every autosaved file, the dataset's copy too;
 * the next start offers nothing (a review found the discarded edits
 * offered back). */
static void
test_dataset_discarded (void)
{
  g_auto(Bundled) b = bundled_open ();
  g_autoptr(GPtrArray) orphans = NULL;
  AdwMessageDialog *ask;

  add_view (b.window, "Discarded too");
  rename_kim (b.window, "Kim Jong Un (discarded)");
  tautan_test_wait_for (file_exists, b.copy);
  tautan_test_wait_for (file_exists, b.file);

  g_object_add_weak_pointer (G_OBJECT (b.window), (gpointer *)&b.window);
  gtk_window_close (GTK_WINDOW (b.window));
  ask = tautan_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (ask);
  g_assert_cmpstr (adw_message_dialog_get_heading (ask), ==, "Save Dataset Changes?");
  g_object_add_weak_pointer (G_OBJECT (ask), (gpointer *)&ask);
  /* As its button does: the response, then the dialog closes. */
  adw_message_dialog_response (ask, "discard");
  gtk_window_close (GTK_WINDOW (ask));
  tautan_test_wait_for (tautan_test_is_null, &ask);
  tautan_test_wait_for (message_dialog_shown, "Save Changes?");
  ask = tautan_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_object_add_weak_pointer (G_OBJECT (ask), (gpointer *)&ask);
  adw_message_dialog_response (ask, "discard");
  tautan_test_wait_for (tautan_test_is_null, &b.window);
  tautan_test_wait_for (tautan_test_is_null, &ask);

  g_assert_false (g_file_query_exists (b.file, NULL));
  g_assert_false (g_file_query_exists (b.meta, NULL));
  g_assert_false (g_file_query_exists (b.copy, NULL));
  orphans = tautan_autosave_find_orphans ();
  g_assert_cmpuint (orphans->len, ==, 0);
}

static gboolean
names_copy (gpointer data)
{
  g_autofree char *text = NULL;

  return g_file_load_contents (data, NULL, &text, NULL, NULL, NULL) && strstr (text, ".dataset.json") != NULL;
}

static gboolean
names_no_copy (gpointer data)
{
  return !names_copy (data);
}

/* Saving the dataset: the copy goes and the autosaved workspace (written
 * at once) names the saved file, so a kill now restores no stale edits
 * and never a workspace naming a missing copy. */
static void
test_dataset_saved_forgets_copy (void)
{
  g_auto(Bundled) b = bundled_open ();
  g_autofree char *saved_path = g_build_filename (g_get_user_data_dir (), "curated.json", NULL);
  g_autoptr(GFile) saved = g_file_new_for_path (saved_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  add_view (b.window, "Kept as a view");
  rename_kim (b.window, "Kim Jong Un (saved)");
  tautan_test_wait_for (file_exists, b.copy);
  tautan_test_wait_for (names_copy, b.file);

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  g_assert_true (tautan_session_save_dataset (b.session, saved, &error));
  g_assert_no_error (error);
  tautan_test_wait_for (file_gone, b.copy);
  /* Still unsaved: the view. The workspace names the saved dataset. */
  g_assert_true (names_no_copy (b.file));
  text = contents (b.file);
  g_assert_nonnull (strstr (text, "curated.json"));
  g_clear_pointer (&text, g_free);
  text = contents (b.meta);
  g_assert_null (strstr (text, "dataset-modified"));

  tautan_autosave_discard (b.autosave);
  tautan_test_destroy_window (GTK_WINDOW (b.window));
}

/* The sidecar says the dataset's edits are in the copy, but the
 * workspace beside it was last written before the copy was named (a
 * full disk refused it, or a kill came between the two writes): the
 * restore takes the copy, with the edits, not the file the workspace
 * names. Before, it showed the bundled dataset unedited, marked
 * modified, and adopted the copy it had not shown. */
static void
test_dataset_copy_not_named (void)
{
  g_auto(Bundled) b = bundled_open ();
  g_autofree char *dir = g_build_filename (g_get_user_state_dir (), "tautan", "autosave", NULL);
  g_autofree char *orphan_path = g_build_filename (dir, "999980-1.tautan", NULL);
  g_autofree char *orphan_meta = g_build_filename (dir, "999980-1.json", NULL);
  g_autofree char *orphan_copy = g_build_filename (dir, "999980-1.dataset.json", NULL);
  g_autofree char *before = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) orphans = NULL;
  g_autoptr(GError) error = NULL;
  TautanAutosaveOrphan *orphan;
  TautanWindow *restored;
  TautanSession *session;

  add_view (b.window, "Before the copy");
  g_assert_true (tautan_autosave_flush (b.autosave, &error));
  g_assert_no_error (error);
  before = contents (b.file);
  g_assert_null (strstr (before, ".dataset.json"));
  rename_kim (b.window, "Kim Jong Un (only in the copy)");
  tautan_test_wait_for (names_copy, b.file);

  /* An orphan as a refused workspace write leaves it. */
  g_assert_true (g_file_set_contents (orphan_path, before, -1, NULL));
  text = contents (b.meta);
  g_assert_nonnull (strstr (text, "dataset-modified"));
  g_assert_true (g_file_set_contents (orphan_meta, text, -1, NULL));
  g_clear_pointer (&text, g_free);
  text = contents (b.copy);
  g_assert_true (g_file_set_contents (orphan_copy, text, -1, NULL));
  tautan_autosave_discard (b.autosave);
  tautan_test_destroy_window (GTK_WINDOW (b.window));

  orphans = tautan_autosave_find_orphans ();
  g_assert_cmpuint (orphans->len, ==, 1);
  orphan = g_ptr_array_index (orphans, 0);
  g_assert_nonnull (orphan->dataset_copy);
  restored = tautan_window_new (ADW_APPLICATION (tautan_test_app ()));
  gtk_window_present (GTK_WINDOW (restored));
  tautan_window_restore (restored, orphan);
  tautan_test_wait_for (tautan_test_has_dataset, restored);
  session = tautan_window_get_session (restored);
  g_assert_cmpstr (kim_name (session), ==, "Kim Jong Un (only in the copy)");
  g_assert_true (tautan_session_get_dataset_modified (session));
  g_assert_cmpuint (g_list_model_get_n_items (tautan_session_get_views (session)), ==, 1);
  tautan_test_wait_for (file_gone, orphan->workspace);

  tautan_autosave_discard (_tautan_window_get_autosave (restored));
  tautan_test_destroy_window (GTK_WINDOW (restored));
}

static gboolean
load_ended (gpointer window)
{
  return !tautan_window_get_loading (window);
}

/* A dataset never saved (articles imported with no dataset open), edited:
 * its autosaved workspace names no dataset ("dataset": {}), only the
 * copy has it. The restore opens the copy; before, it checked the
 * workspace first and failed with "$.dataset: names no dataset to open"
 * at every start. */
static void
test_dataset_never_saved (void)
{
  g_auto(Bundled) b = bundled_open ();
  g_autofree char *dir = g_build_filename (g_get_user_state_dir (), "tautan", "autosave", NULL);
  g_autofree char *orphan_path = g_build_filename (dir, "999981-1.tautan", NULL);
  g_autofree char *orphan_meta = g_build_filename (dir, "999981-1.json", NULL);
  g_autofree char *orphan_copy = g_build_filename (dir, "999981-1.dataset.json", NULL);
  g_autoptr(GRegex) dataset_member = g_regex_new ("\"dataset\"\\s*:\\s*\\{[^}]*\\}", 0, 0, NULL);
  g_autofree char *text = NULL;
  g_autofree char *workspace = NULL;
  g_autoptr(GPtrArray) orphans = NULL;
  TautanAutosaveOrphan *orphan;
  TautanWindow *restored;
  TautanSession *session;

  add_view (b.window, "Imported");
  rename_kim (b.window, "Kim Jong Un (imported)");
  tautan_test_wait_for (names_copy, b.file);

  /* The orphan such a session leaves. */
  text = contents (b.file);
  workspace = g_regex_replace_literal (dataset_member, text, -1, 0, "\"dataset\": {}", 0, NULL);
  g_assert_nonnull (strstr (workspace, "\"dataset\": {}"));
  g_assert_null (strstr (workspace, ".dataset.json"));
  g_assert_true (g_file_set_contents (orphan_path, workspace, -1, NULL));
  g_assert_true (g_file_set_contents (orphan_meta,
                                     "{\"title\": \"Imported articles\", \"file\": null, "
                                     "\"workspace-modified\": true, \"dataset-modified\": true, "
                                     "\"dataset-home\": null, \"dataset-read-only\": false}", -1, NULL));
  g_clear_pointer (&text, g_free);
  text = contents (b.copy);
  g_assert_true (g_file_set_contents (orphan_copy, text, -1, NULL));
  tautan_autosave_discard (b.autosave);
  tautan_test_destroy_window (GTK_WINDOW (b.window));

  orphans = tautan_autosave_find_orphans ();
  g_assert_cmpuint (orphans->len, ==, 1);
  orphan = g_ptr_array_index (orphans, 0);
  g_assert_nonnull (orphan->dataset_copy);
  g_assert_null (orphan->dataset_home);
  restored = tautan_window_new (ADW_APPLICATION (tautan_test_app ()));
  gtk_window_present (GTK_WINDOW (restored));
  tautan_window_restore (restored, orphan);
  /* Loaded or refused, not waited for until the deadline. */
  tautan_test_wait_for (load_ended, restored);
  g_assert_false (message_dialog_shown ("Could Not Open"));
  g_assert_nonnull (tautan_window_get_dataset (restored));
  session = tautan_window_get_session (restored);
  g_assert_cmpstr (kim_name (session), ==, "Kim Jong Un (imported)");
  g_assert_true (tautan_session_get_dataset_modified (session));
  g_assert_cmpuint (g_list_model_get_n_items (tautan_session_get_views (session)), ==, 1);
  tautan_test_wait_for (file_gone, orphan->workspace);

  tautan_autosave_discard (_tautan_window_get_autosave (restored));
  tautan_test_destroy_window (GTK_WINDOW (restored));
}

/* Started on a file that does not open, after a crash: "Could Not Open"
 * first, and the offer to restore once it is answered, never the two
 * over each other (a user saw one dialog hide the other's buttons). */
static void
test_offer_after_open_error (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_state_dir (), "tautan", "autosave", NULL);
  g_autofree char *orphan = g_build_filename (dir, "999997-1.tautan", NULL);
  g_autofree char *bad_path = g_test_build_filename (G_TEST_DIST, "data", "bad", "comment.json", NULL);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr(GPtrArray) orphans = NULL;
  AdwMessageDialog *dialog;
  GtkWindow *window;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (orphan, "{}", -1, NULL));

  g_application_open (G_APPLICATION (tautan_test_app ()), &bad, 1, "");
  tautan_test_wait_for (message_dialog_shown, "Could Not Open");
  tautan_test_iterate ();
  g_assert_cmpuint (n_message_dialogs_shown (), ==, 1);
  dialog = tautan_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_heading (dialog), "Could Not Open"));
  window = gtk_window_get_transient_for (GTK_WINDOW (dialog));
  g_assert_true (TAUTAN_IS_WINDOW (window));

  /* As its button does: the response, then the dialog closes. */
  adw_message_dialog_response (dialog, "close");
  gtk_window_close (GTK_WINDOW (dialog));
  tautan_test_wait_for (message_dialog_shown, "Restore Unsaved Work?");
  g_assert_cmpuint (n_message_dialogs_shown (), ==, 1);
  dialog = tautan_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == window);

  /* "Not Now" keeps the work for the next start. */
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *)&dialog);
  adw_message_dialog_response (dialog, "later");
  gtk_window_close (GTK_WINDOW (dialog));
  tautan_test_wait_for (tautan_test_is_null, &dialog);
  orphans = tautan_autosave_find_orphans ();
  g_assert_cmpuint (orphans->len, ==, 1);
  tautan_autosave_remove_orphan (((TautanAutosaveOrphan *)g_ptr_array_index (orphans, 0))->workspace);
  tautan_test_destroy_window (window);
}

/* @stem's lock, made in @dir and held as a running Tautan holds its
 * autosave's, until the returned descriptor is closed. */
static int
hold_lock (const char *dir,
           const char *stem)
{
  g_autofree char *path = g_strdup_printf ("%s/%s.lock", dir, stem);
  int fd = open (path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (flock (fd, LOCK_EX | LOCK_NB), ==, 0);
  return fd;
}

/* Orphans from processes that are gone, oldest last; garbage ignored;
 * not this process's own, which holds its lock. */
static void
test_orphans_listed (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_state_dir (), "tautan", "autosave", NULL);
  g_autofree char *a = g_build_filename (dir, "999999-1.tautan", NULL);
  g_autofree char *a_meta = g_build_filename (dir, "999999-1.json", NULL);
  g_autofree char *b = g_build_filename (dir, "999998-4.tautan", NULL);
  g_autofree char *junk = g_build_filename (dir, "notes.tautan", NULL);
  g_autofree char *mine = g_strdup_printf ("%s/%d-7.tautan", dir, (int)getpid ());
  g_autofree char *mine_stem = g_strdup_printf ("%d-7", (int)getpid ());
  g_autofree char *mine_lock = g_strdup_printf ("%s/%d-7.lock", dir, (int)getpid ());
  int mine_fd;
  g_autoptr(GPtrArray) orphans = NULL;
  g_autoptr(GFile) b_file = g_file_new_for_path (b);
  TautanAutosaveOrphan *first, *second;
  struct utimbuf old_time = { 1000000000, 1000000000 };

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (a, "{}", -1, NULL));
  g_assert_true (g_file_set_contents (a_meta, "{\"title\": \"Briefing.tautan\", \"file\": \"file:///tmp/Briefing.tautan\"}", -1, NULL));
  g_assert_true (g_file_set_contents (b, "{}", -1, NULL));
  g_assert_cmpint (g_utime (b, &old_time), ==, 0);
  g_assert_true (g_file_set_contents (junk, "{}", -1, NULL));
  g_assert_true (g_file_set_contents (mine, "{}", -1, NULL));
  mine_fd = hold_lock (dir, mine_stem);

  orphans = tautan_autosave_find_orphans ();
  g_assert_cmpuint (orphans->len, ==, 2);
  first = g_ptr_array_index (orphans, 0);
  second = g_ptr_array_index (orphans, 1);
  g_assert_cmpstr (first->title, ==, "Briefing.tautan");
  g_assert_cmpstr (g_file_peek_path (first->original), ==, "/tmp/Briefing.tautan");
  g_assert_true (g_file_equal (second->workspace, b_file));
  g_assert_null (second->original);

  tautan_autosave_remove_orphan (first->workspace);
  tautan_autosave_remove_orphan (second->workspace);
  g_assert_false (g_file_test (a, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (a_meta, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (b, G_FILE_TEST_EXISTS));
  g_unlink (junk);
  g_unlink (mine);
  g_unlink (mine_lock);
  close (mine_fd);
}

/* Two unsaved workspaces of one dataset title, saved the same second,
 * read differently in the restore dialog: by their dataset's folder, or
 * else by their autosave's name. */
static void
test_orphans_alike (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_state_dir (), "tautan", "autosave", NULL);
  const char *metas[] = {
    "{\"title\": \"North Korea–Russia\", \"file\": null, \"dataset\": \"file:///tmp/one/kr.json\"}",
    "{\"title\": \"North Korea–Russia\", \"file\": null, \"dataset\": \"file:///tmp/two/kr.json\"}",
    "{\"title\": \"North Korea–Russia\", \"file\": null}",
    "{\"title\": \"North Korea–Russia\", \"file\": null}",
  };
  struct utimbuf same_time = { 1700000000, 1700000000 };
  g_autoptr(GPtrArray) orphans = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  gboolean one = FALSE, two = FALSE;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (metas); i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/99999%u-1.tautan", dir, i);
      g_autofree char *meta = g_strdup_printf ("%s/99999%u-1.json", dir, i);

      g_assert_true (g_file_set_contents (path, "{}", -1, NULL));
      g_assert_true (g_file_set_contents (meta, metas[i], -1, NULL));
      g_assert_cmpint (g_utime (path, &same_time), ==, 0);
    }

  orphans = tautan_autosave_find_orphans ();
  g_assert_cmpuint (orphans->len, ==, 4);
  lines = tautan_autosave_describe_orphans (orphans, 8);
  g_assert_cmpuint (lines->len, ==, 4);
  for (guint i = 0; i < lines->len; i++)
    {
      const char *line = g_ptr_array_index (lines, i);

      g_test_message ("%s", line);
      g_assert_true (g_str_has_prefix (line, "• North Korea–Russia ("));
      one |= strstr (line, "/tmp/one/kr.json") != NULL;
      two |= strstr (line, "/tmp/two/kr.json") != NULL;
      for (guint j = 0; j < i; j++)
        g_assert_cmpstr (line, !=, g_ptr_array_index (lines, j));
    }
  g_assert_true (one && two);
  /* at most what was asked for */
  g_clear_pointer (&lines, g_ptr_array_unref);
  lines = tautan_autosave_describe_orphans (orphans, 2);
  g_assert_cmpuint (lines->len, ==, 2);

  for (guint i = 0; i < orphans->len; i++)
    tautan_autosave_remove_orphan (((TautanAutosaveOrphan *)g_ptr_array_index (orphans, i))->workspace);
  g_clear_pointer (&orphans, g_ptr_array_unref);
  orphans = tautan_autosave_find_orphans ();
  g_assert_cmpuint (orphans->len, ==, 0);
}


static char *
state_dir (void)
{
  return g_build_filename (g_get_user_state_dir (), "tautan", "autosave", NULL);
}

static void
put_file (const char *dir,
          const char *name,
          time_t      mtime)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  struct utimbuf times = { mtime, mtime };

  g_assert_true (g_file_set_contents (path, "{}", -1, NULL));
  if (mtime != 0)
    g_assert_cmpint (g_utime (path, &times), ==, 0);
}

static gboolean
present (const char *dir,
         const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  return g_file_test (path, G_FILE_TEST_EXISTS);
}

/* A kill during a copy leaves a sidecar and a partial temporary copy, and
 * no workspace: nothing offers them, so the start sweeps them, and only
 * them, with their lock file. Kept: an orphan's own files and its lock,
 * files of a process that is running (another Tautan may be writing them
 * now; see /tautan/autosave/running), and names not ours. A pid is
 * reused: this process's pid on files without a lock (this process's
 * autosaves always have theirs) is a process that is gone. */
static void
test_sweep (void)
{
  g_autofree char *dir = state_dir ();
  int me = (int)getpid ();
  time_t long_ago = 1000000000;
  g_autofree char *mine_meta = g_strdup_printf ("%d-90.json", me);
  g_autofree char *mine_temp = g_strdup_printf (".%d-90.dataset.json.tautan-%d-Ab12Cd", me, me);
  g_autofree char *reused_meta = g_strdup_printf ("%d-91.json", me);
  g_autofree char *reused_temp = g_strdup_printf (".%d-91.dataset.json.tautan-%d-Ef34Gh", me, me);
  g_autofree char *reused_work = g_strdup_printf ("%d-92.tautan", me);
  g_autoptr(GPtrArray) orphans = NULL;
  const char *swept[] = {
    "999990-0.json", ".999990-0.dataset.json.tautan-999990-AbCdEf", "999990-0.lock",
    "999993-2.dataset.json",
    ".999991-1.dataset.json.tautan-999991-XyZabc", ".999991-1.tautan.tautan-999991-qwerty",
    ".999991-1.json.tautan-999991-QWERTY", "999991-1.tautan.crash",
  };
  const char *kept[] = {
    "999991-1.tautan", "999991-1.json", "999991-1.dataset.json", "999991-1.lock",
    "notes.txt", "999994-1.tautan.bak", ".999995-1.dataset.json.tmp", "-1-1.json",
  };

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (swept); i++)
    put_file (dir, swept[i], 0);
  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    put_file (dir, kept[i], 0);
  put_file (dir, mine_meta, 0);
  put_file (dir, mine_temp, 0);
  put_file (dir, reused_meta, long_ago);
  put_file (dir, reused_temp, long_ago);
  put_file (dir, reused_work, long_ago);

  tautan_autosave_sweep ();

  for (guint i = 0; i < G_N_ELEMENTS (swept); i++)
    {
      g_test_message ("swept: %s", swept[i]);
      g_assert_false (present (dir, swept[i]));
    }
  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    {
      g_test_message ("kept: %s", kept[i]);
      g_assert_true (present (dir, kept[i]));
    }
  g_assert_false (present (dir, mine_meta));
  g_assert_false (present (dir, mine_temp));
  g_assert_false (present (dir, reused_meta));
  g_assert_false (present (dir, reused_temp));
  g_assert_true (present (dir, reused_work));

  /* The reused pid's workspace is an orphan too, and a new autosave of
   * this process takes no name an earlier one left. */
  orphans = tautan_autosave_find_orphans ();
  g_assert_cmpuint (orphans->len, ==, 2);
  for (guint i = 0; i < orphans->len; i++)
    {
      TautanAutosaveOrphan *orphan = g_ptr_array_index (orphans, i);
      g_autofree char *name = g_file_get_basename (orphan->workspace);

      g_assert_true (g_str_equal (name, "999991-1.tautan") || g_str_equal (name, reused_work));
    }
  {
    g_autoptr(TautanAutosave) first = tautan_autosave_new ();
    g_autoptr(TautanAutosave) second = NULL;
    g_autoptr(GFile) first_file = tautan_autosave_get_file (first);
    g_autoptr(GFile) second_file = NULL;
    g_autofree char *first_name = g_file_get_basename (first_file);
    g_autofree char *taken = NULL;
    g_autofree char *expected = NULL;
    g_autofree char *second_name = NULL;
    int pid;
    guint serial;

    g_assert_cmpint (sscanf (first_name, "%d-%u.tautan", &pid, &serial), ==, 2);
    g_assert_cmpint (pid, ==, me);
    taken = g_strdup_printf ("%d-%u.json", me, serial + 1);
    put_file (dir, taken, long_ago);
    expected = g_strdup_printf ("%d-%u.tautan", me, serial + 2);
    second = tautan_autosave_new ();
    second_file = tautan_autosave_get_file (second);
    second_name = g_file_get_basename (second_file);
    g_assert_cmpstr (second_name, ==, expected);
    {
      g_autofree char *path = g_build_filename (dir, taken, NULL);

      g_unlink (path);
    }
  }

  for (guint i = 0; i < orphans->len; i++)
    tautan_autosave_remove_orphan (((TautanAutosaveOrphan *)g_ptr_array_index (orphans, i))->workspace);
  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    {
      g_autofree char *path = g_build_filename (dir, kept[i], NULL);

      g_unlink (path);
    }
}

/* A running Tautan's autosave whose files look old, written long before
 * this process started as far as their times tell (the clock stepped
 * forward since: NTP, a resumed VM; or a lagging file server): its lock
 * is held, so another instance neither sweeps nor offers it, whatever
 * the pid or the times say (before, its files were deleted, and offered
 * for a "Discard" that deleted the live work). Once the lock is
 * released, the process is gone: the files are swept or offered, and
 * the lock file goes with the last of them. */
static void
test_running_by_lock (void)
{
  g_autofree char *dir = state_dir ();
  int me = (int)getpid ();
  time_t long_ago = 1000000000;
  g_autofree char *live = g_strdup_printf ("%d-80", me);
  g_autofree char *live_work = g_strdup_printf ("%s.tautan", live);
  g_autofree char *live_meta = g_strdup_printf ("%s.json", live);
  g_autofree char *live_copy = g_strdup_printf ("%s.dataset.json", live);
  g_autofree char *live_lock = g_strdup_printf ("%s.lock", live);
  g_autofree char *copying = g_strdup_printf ("%d-81", me);
  g_autofree char *copying_meta = g_strdup_printf ("%s.json", copying);
  g_autofree char *copying_temp = g_strdup_printf (".%s.dataset.json.tautan-%d-Zz99Yy", copying, me);
  g_autofree char *copying_lock = g_strdup_printf ("%s.lock", copying);
  const char *other[] = { "999970-1.tautan", "999970-1.json", "999970-1.lock" };
  g_autoptr(GPtrArray) orphans = NULL;
  g_autoptr(TautanAutosave) autosave = NULL;
  g_autoptr(GFile) autosave_file = NULL;
  g_autofree char *autosave_lock = NULL;
  int fds[3];
  guint offered;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  put_file (dir, live_work, long_ago);
  put_file (dir, live_meta, long_ago);
  put_file (dir, live_copy, long_ago);
  put_file (dir, copying_meta, long_ago);
  put_file (dir, copying_temp, long_ago);
  put_file (dir, other[0], long_ago);
  put_file (dir, other[1], long_ago);
  fds[0] = hold_lock (dir, live);
  fds[1] = hold_lock (dir, copying);
  /* a pid no process has: the lock, not the pid, tells */
  fds[2] = hold_lock (dir, "999970-1");
  /* and an autosave of this process, its workspace as old */
  autosave = tautan_autosave_new ();
  autosave_file = tautan_autosave_get_file (autosave);
  {
    g_autofree char *path = g_file_get_path (autosave_file);
    struct utimbuf times = { long_ago, long_ago };

    g_assert_true (g_file_set_contents (path, "{}", -1, NULL));
    g_assert_cmpint (g_utime (path, &times), ==, 0);
    path[strlen (path) - strlen (".tautan")] = '\0';
    autosave_lock = g_strconcat (path, ".lock", NULL);
  }

  tautan_autosave_sweep ();
  orphans = tautan_autosave_find_orphans ();
  for (guint i = 0; i < orphans->len; i++)
    {
      TautanAutosaveOrphan *orphan = g_ptr_array_index (orphans, i);

      g_test_message ("offered: %s", g_file_peek_path (orphan->workspace));
    }
  g_assert_cmpuint (orphans->len, ==, 0);
  g_clear_pointer (&orphans, g_ptr_array_unref);
  g_assert_true (present (dir, live_work));
  g_assert_true (present (dir, live_meta));
  g_assert_true (present (dir, live_copy));
  g_assert_true (present (dir, live_lock));
  g_assert_true (present (dir, copying_meta));
  g_assert_true (present (dir, copying_temp));
  g_assert_true (present (dir, copying_lock));
  for (guint i = 0; i < G_N_ELEMENTS (other); i++)
    g_assert_true (present (dir, other[i]));
  g_assert_true (g_file_query_exists (autosave_file, NULL));
  g_assert_true (g_file_test (autosave_lock, G_FILE_TEST_IS_REGULAR));

  /* Gone: the locks released, as a kill releases them. */
  for (guint i = 0; i < G_N_ELEMENTS (fds); i++)
    close (fds[i]);
  tautan_autosave_sweep ();
  g_assert_false (present (dir, copying_meta));
  g_assert_false (present (dir, copying_temp));
  g_assert_false (present (dir, copying_lock));
  g_assert_true (present (dir, live_work));
  g_assert_true (present (dir, live_meta));
  g_assert_true (present (dir, live_copy));
  g_assert_true (present (dir, live_lock));
  orphans = tautan_autosave_find_orphans ();
  offered = 0;
  for (guint i = 0; i < orphans->len; i++)
    {
      TautanAutosaveOrphan *orphan = g_ptr_array_index (orphans, i);
      g_autofree char *name = g_file_get_basename (orphan->workspace);

      g_test_message ("offered: %s", name);
      g_assert_false (g_file_equal (orphan->workspace, autosave_file));
      if (g_str_equal (name, live_work) || g_str_equal (name, other[0]))
        offered++;
      tautan_autosave_remove_orphan (orphan->workspace);
    }
  g_assert_cmpuint (offered, ==, 2);
  g_assert_false (present (dir, live_work));
  g_assert_false (present (dir, live_meta));
  g_assert_false (present (dir, live_copy));
  g_assert_false (present (dir, live_lock));
  for (guint i = 0; i < G_N_ELEMENTS (other); i++)
    g_assert_false (present (dir, other[i]));

  /* The autosave, with no work, leaves nothing, not its lock either. */
  g_clear_object (&autosave);
  g_assert_false (g_file_query_exists (autosave_file, NULL));
  g_assert_false (g_file_test (autosave_lock, G_FILE_TEST_EXISTS));
}

static gboolean
bar_revealed (gpointer window)
{
  return gtk_info_bar_get_revealed (TAUTAN_WINDOW (window)->autosave_bar);
}

static gboolean
bar_hidden (gpointer window)
{
  return !bar_revealed (window);
}

static gboolean
autosave_failing (gpointer autosave)
{
  return tautan_autosave_get_error (autosave) != NULL;
}

static gboolean
autosave_working (gpointer autosave)
{
  return !autosave_failing (autosave);
}

/* A state folder that cannot be written: the user is told in the window
 * what is not backed up, where, why and what to do; once, not at every
 * retry; and the message goes once an autosave works. (A folder without
 * write permission does not stop root, who runs the CI: a file in its
 * place stops everyone.) */
static void
test_cannot_write (void)
{
  g_auto(Bundled) b = bundled_open ();
  g_autofree char *dir = state_dir ();
  g_autofree char *aside = g_strconcat (dir, "-aside", NULL);
  const char *text;

  g_assert_false (bar_revealed (b.window));
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_cmpint (g_rename (dir, aside), ==, 0);
  g_assert_true (g_file_set_contents (dir, "not a folder", -1, NULL));
  tautan_autosave_set_interval (b.autosave, 1);

  add_view (b.window, "Not backed up");
  tautan_test_wait_for (bar_revealed, b.window);
  text = gtk_label_get_text (b.window->autosave_bar_label);
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "Your unsaved changes are not backed up."));
  g_assert_nonnull (strstr (text, dir));
  g_assert_nonnull (strstr (text, g_strerror (ENOTDIR)));
  g_assert_nonnull (strstr (text, "save your work now"));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (b.window->autosave_bar_save)), ==, "win.save");

  /* Dismissed: not shown again while it keeps failing. */
  gtk_info_bar_response (b.window->autosave_bar, GTK_RESPONSE_CLOSE);
  g_assert_false (bar_revealed (b.window));
  add_view (b.window, "Still not backed up");
  g_assert_false (tautan_autosave_flush (b.autosave, NULL));
  tautan_test_iterate ();
  g_assert_false (bar_revealed (b.window));

  /* Writable again: the next interval's autosave works, the message goes. */
  g_assert_cmpint (g_unlink (dir), ==, 0);
  tautan_test_wait_for (file_exists, b.file);
  tautan_test_wait_for (autosave_working, b.autosave);
  g_assert_false (bar_revealed (b.window));

  /* Failed anew: told again. */
  tautan_autosave_discard (b.autosave);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  g_assert_true (g_file_set_contents (dir, "not a folder", -1, NULL));
  tautan_autosave_set_session (b.autosave, tautan_window_get_session (b.window));
  tautan_test_wait_for (bar_revealed, b.window);
  g_assert_cmpint (g_unlink (dir), ==, 0);
  tautan_test_wait_for (bar_hidden, b.window);

  tautan_autosave_discard (b.autosave);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  g_assert_cmpint (g_rename (aside, dir), ==, 0);
  tautan_test_destroy_window (GTK_WINDOW (b.window));
}

/* A full disk while the dataset's edits are copied: the message says the
 * dataset's changes and the reason; space freed, the copy is retried
 * without waiting for another edit, and the message goes. */
static void
test_disk_full (void)
{
  g_auto(Bundled) b = bundled_open ();
  const char *text;

  tautan_autosave_set_interval (b.autosave, 1);
  _tautan_file_set_fault (TAUTAN_FILE_FAULT_WRITE);
  rename_kim (b.window, "Kim Jong Un (disk full)");
  tautan_test_wait_for (autosave_failing, b.autosave);
  tautan_test_wait_for (bar_revealed, b.window);
  text = gtk_label_get_text (b.window->autosave_bar_label);
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "Your unsaved changes to the dataset are not backed up."));
  g_assert_nonnull (strstr (text, "no space left on the device"));
  g_assert_nonnull (strstr (text, "Free some disk space"));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (b.window->autosave_bar_save)), ==,
                   "win.save-dataset");
  g_assert_false (g_file_query_exists (b.copy, NULL));

  _tautan_file_set_fault (TAUTAN_FILE_FAULT_NONE);
  tautan_test_wait_for (names_copy, b.file);
  tautan_test_wait_for (bar_hidden, b.window);
  g_assert_true (g_file_query_exists (b.copy, NULL));
  g_assert_null (tautan_autosave_get_error (b.autosave));

  tautan_autosave_discard (b.autosave);
  tautan_test_destroy_window (GTK_WINDOW (b.window));
}

/* A full disk when the dataset's copy is written again: only the copy
 * fails (the sidecar, written with the first edit, is not written
 * again), and its error, from the dataset's writer, still gets the
 * advice for a full disk. Before, /disk-full passed only because the
 * fault hit the sidecar first; the copy's error got "Make sure the
 * folder can be written to". */
static void
test_disk_full_copy (void)
{
  g_auto(Bundled) b = bundled_open ();
  const char *text;

  rename_kim (b.window, "Kim Jong Un (copied)");
  tautan_test_wait_for (names_copy, b.file);
  g_assert_true (g_file_query_exists (b.copy, NULL));
  g_assert_true (g_file_query_exists (b.meta, NULL));
  g_assert_false (bar_revealed (b.window));

  _tautan_file_set_fault (TAUTAN_FILE_FAULT_WRITE);
  rename_kim (b.window, "Kim Jong Un (disk full)");
  tautan_test_wait_for (autosave_failing, b.autosave);
  tautan_test_wait_for (bar_revealed, b.window);
  _tautan_file_set_fault (TAUTAN_FILE_FAULT_NONE);
  g_assert_true (tautan_autosave_get_dataset_failed (b.autosave));
  text = gtk_label_get_text (b.window->autosave_bar_label);
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "Your unsaved changes to the dataset are not backed up."));
  g_assert_nonnull (strstr (text, "no space left on the device"));
  g_assert_nonnull (strstr (text, "Free some disk space"));
  g_assert_null (strstr (text, "Make sure the folder"));

  tautan_autosave_discard (b.autosave);
  tautan_test_destroy_window (GTK_WINDOW (b.window));
}

/* Whether the dataset's copy is there and holds @text. */
static gboolean
copy_holds (GFile      *copy,
            const char *text)
{
  g_autofree char *contents = NULL;

  return g_file_load_contents (copy, NULL, &contents, NULL, NULL, NULL) && strstr (contents, text) != NULL;
}

static gboolean
copy_has_kim_b (gpointer copy)
{
  return copy_holds (copy, "Kim Jong Un (after the cancel)");
}

/* A copy cancelled (by an undo, say) is reported only once its thread
 * has stopped; an edit that comes before that starts no copy, as one is
 * still running, and the cancel restarts none. The next interval copies
 * the edit. (The state is reached without timing: the session is taken
 * away and given back, with the edit between, before the main loop can
 * report the cancel.) */
static void
test_copy_after_cancel (void)
{
  g_auto(Bundled) b = bundled_open ();

  tautan_autosave_set_interval (b.autosave, 1);
  rename_kim (b.window, "Kim Jong Un (copy cancelled)");
  /* The sidecar is written as the copy's thread starts. */
  tautan_test_wait_for (file_exists, b.meta);
  tautan_autosave_set_session (b.autosave, NULL);
  rename_kim (b.window, "Kim Jong Un (after the cancel)");
  tautan_autosave_set_session (b.autosave, b.session);

  tautan_test_wait_for (copy_has_kim_b, b.copy);
  tautan_test_wait_for (names_copy, b.file);
  g_assert_null (tautan_autosave_get_error (b.autosave));

  tautan_autosave_discard (b.autosave);
  tautan_test_destroy_window (GTK_WINDOW (b.window));
}

static gboolean
copying (gpointer autosave)
{
  return _tautan_autosave_get_copying (autosave);
}

static gboolean
not_copying (gpointer autosave)
{
  return !copying (autosave);
}

/* A cancelled copy's report starts no copy of its own: the edit that came
 * meanwhile is copied at the next interval (/copy-after-cancel) or the
 * next change, as here, not at once (a review read copy_done_cb () so;
 * it returns on a cancel before it could copy again). The interval stays
 * at its minutes: only the change may start the next copy. */
static void
test_cancel_waits (void)
{
  g_auto(Bundled) b = bundled_open ();

  rename_kim (b.window, "Kim Jong Un (copy cancelled)");
  tautan_test_wait_for (copying, b.autosave);
  /* Cancelled, and an edit while its thread still runs: that starts none. */
  tautan_autosave_set_session (b.autosave, NULL);
  rename_kim (b.window, "Kim Jong Un (after the cancel)");
  tautan_autosave_set_session (b.autosave, b.session);
  g_assert_true (copying (b.autosave));

  /* The cancel is reported: no copy runs, none of the edit was written. */
  tautan_test_wait_for (not_copying, b.autosave);
  tautan_test_iterate ();
  g_assert_false (copying (b.autosave));
  g_assert_false (copy_has_kim_b (b.copy));

  /* The next change is copied. */
  rename_kim (b.window, "Kim Jong Un (after the cancel), again");
  tautan_test_wait_for (copy_has_kim_b, b.copy);
  tautan_test_wait_for (names_copy, b.file);
  g_assert_null (tautan_autosave_get_error (b.autosave));

  tautan_autosave_discard (b.autosave);
  tautan_test_destroy_window (GTK_WINDOW (b.window));
}

/* Until @cond holds, without running the main loop: what a thread does
 * meanwhile is not reported. */
static void
wait_unreported (gboolean (*cond) (gpointer),
                 gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + 120 * G_USEC_PER_SEC;

  while (!cond (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_usleep (1000);
    }
}

static gboolean
copy_has_redone (gpointer copy)
{
  return copy_holds (copy, "Kim Jong Un (undone, redone)");
}

/* A copy written, then cancelled by an undo before its thread reported,
 * and the edit redone: the copy holds that very dataset, so the report
 * names it at once. Before, GTask reported the finished copy as
 * cancelled (it checks the cancellable, not the thread's answer): the
 * workspace named no copy, and the redone edit had none until the next
 * interval, two minutes on. */
static void
test_copy_done_then_cancelled (void)
{
  g_auto(Bundled) b = bundled_open ();
  g_autoptr(GError) error = NULL;

  /* A view keeps the workspace modified once the edit is undone, so the
   * undo cancels the copy and keeps the file. */
  add_view (b.window, "Kept as a view");
  rename_kim (b.window, "Kim Jong Un (undone, redone)");
  tautan_test_wait_for (copying, b.autosave);
  wait_unreported (copy_has_redone, b.copy);

  g_assert_true (tautan_session_undo (b.session));
  g_assert_false (tautan_session_get_dataset_modified (b.session));
  g_assert_true (tautan_autosave_flush (b.autosave, &error));
  g_assert_no_error (error);
  g_assert_true (copying (b.autosave));
  g_assert_true (names_no_copy (b.file));
  g_assert_true (tautan_session_redo (b.session));
  g_assert_true (tautan_session_get_dataset_modified (b.session));

  tautan_test_wait_for (not_copying, b.autosave);
  g_assert_true (names_copy (b.file));
  g_assert_true (copy_has_redone (b.copy));
  /* Named as it is: nothing to copy again. */
  g_assert_false (copying (b.autosave));
  g_assert_null (tautan_autosave_get_error (b.autosave));

  tautan_autosave_discard (b.autosave);
  tautan_test_destroy_window (GTK_WINDOW (b.window));
}

static char *
copy_temporary (TautanAutosave *autosave)
{
  g_autoptr(GFile) file = tautan_autosave_get_file (autosave);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *dir = state_dir ();
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  g_autofree char *prefix = NULL;
  const char *entry;

  name[strlen (name) - strlen (".tautan")] = '\0';
  prefix = g_strdup_printf (".%s.dataset.json.tautan-", name);
  while (listing != NULL && (entry = g_dir_read_name (listing)) != NULL)
    if (g_str_has_prefix (entry, prefix))
      return g_build_filename (dir, entry, NULL);
  return NULL;
}

static gboolean
set_flag (gpointer data)
{
  *(gboolean *)data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Asked to stop (SIGTERM) while the dataset's copy is being written on
 * its thread: the quit writes the copy itself, and the workspace it
 * leaves names a complete copy. */
static void
test_quit_during_copy_child (void)
{
  TautanWindow *window = tautan_window_new (ADW_APPLICATION (tautan_test_app ()));
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "big.json", NULL);
  g_autoptr(GFile) big = g_file_new_for_path (path);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) copy = NULL;
  g_autoptr(GFile) meta = NULL;
  g_autoptr(TautanDataset) edited = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *temporary = NULL;
  TautanAutosave *autosave = _tautan_window_get_autosave (window);
  TautanSession *session;
  TautanDataset *dataset;
  TautanEntityValues values = { 0 };
  TautanEntity e;
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  gboolean handled = FALSE;
  GSource *after_quit;

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  g_assert_true (tautan_bench_gen_write (path, 5000, 500, 7, &error));
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (window));
  tautan_window_open (window, big);
  tautan_test_wait_for (tautan_test_has_dataset, window);
  file = tautan_autosave_get_file (autosave);
  copy = dataset_copy (file);
  meta = sidecar (file);

  session = tautan_window_get_session (window);
  dataset = tautan_session_get_dataset (session);
  tautan_dataset_get_entity (dataset, 0, &e);
  values.name = "Renamed before the quit";
  values.kind = e.kind;
  edited = tautan_dataset_edit_entity (dataset, e.id, &values, &error);
  g_assert_no_error (error);
  tautan_session_replace_dataset (session, edited);

  /* The copy is under way: its temporary file is there. The copy starts
   * on its thread right after the sidecar is written; from then on the
   * main loop waits, so nothing it runs can outlast the copy unseen. */
  tautan_test_wait_for (file_exists, meta);
  while ((temporary = copy_temporary (autosave)) == NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_usleep (200);
    }
  g_test_message ("under way: %s", temporary);

  /* After the application's own handler, which runs first. */
  after_quit = g_unix_signal_source_new (SIGTERM);
  g_source_set_priority (after_quit, G_PRIORITY_LOW);
  g_source_set_callback (after_quit, set_flag, &handled, NULL);
  g_source_attach (after_quit, NULL);
  g_source_unref (after_quit);
  raise (SIGTERM);
  while (!handled)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (names_copy (file));
  g_assert_true (g_file_query_exists (copy, NULL));
  raise (SIGKILL);
}

static void
test_quit_during_copy (void)
{
  g_autoptr(GPtrArray) orphans = NULL;
  g_autoptr(TautanDataset) reread = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = state_dir ();
  g_autoptr(GDir) listing = NULL;
  TautanAutosaveOrphan *orphan;
  g_autofree char *text = NULL;
  const char *entry;
  TautanEntity e;

  g_test_trap_subprocess ("/tautan/autosave/quit-during-copy/subprocess/child", 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();

  orphans = tautan_autosave_find_orphans ();
  g_assert_cmpuint (orphans->len, ==, 1);
  orphan = g_ptr_array_index (orphans, 0);
  g_assert_nonnull (orphan->dataset_copy);
  text = contents (orphan->workspace);
  g_assert_nonnull (strstr (text, ".dataset.json"));
  /* Complete: it loads, with the edit. */
  reread = tautan_dataset_load_file (orphan->dataset_copy, FALSE, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  tautan_dataset_get_entity (reread, 0, &e);
  g_assert_cmpstr (e.name, ==, "Renamed before the quit");
  g_assert_cmpuint (tautan_dataset_get_n_events (reread), ==, 5000);
  /* No partial file is left beside it. */
  listing = g_dir_open (dir, 0, NULL);
  while ((entry = g_dir_read_name (listing)) != NULL)
    {
      g_test_message ("%s", entry);
      g_assert_false (g_str_has_prefix (entry, "."));
    }

  tautan_autosave_remove_orphan (orphan->workspace);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  tautan_test_home_init ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/tautan/autosave/save", test_autosave_and_save);
  g_test_add_func ("/tautan/autosave/discard-on-close", test_discard_on_close);
  g_test_add_func ("/tautan/autosave/choosers-beside-work", test_choosers_beside_work);
  g_test_add_func ("/tautan/autosave/orphans", test_orphans_listed);
  g_test_add_func ("/tautan/autosave/orphans-alike", test_orphans_alike);
  g_test_add_func ("/tautan/autosave/crash", test_crash_and_restore);
  g_test_add_func ("/tautan/autosave/offer-after-open-error", test_offer_after_open_error);
  g_test_add_func ("/tautan/autosave/crash/subprocess/child", test_crash_child);
  g_test_add_func ("/tautan/autosave/dataset-edit", test_dataset_edit_kept);
  g_test_add_func ("/tautan/autosave/dataset-saved-first", test_dataset_saved_first);
  g_test_add_func ("/tautan/autosave/dataset-discarded", test_dataset_discarded);
  g_test_add_func ("/tautan/autosave/dataset-saved", test_dataset_saved_forgets_copy);
  g_test_add_func ("/tautan/autosave/dataset-copy-not-named", test_dataset_copy_not_named);
  g_test_add_func ("/tautan/autosave/dataset-never-saved", test_dataset_never_saved);
  g_test_add_func ("/tautan/autosave/dataset", test_dataset_restore);
  g_test_add_func ("/tautan/autosave/dataset/subprocess/killed", test_dataset_killed_child);
  g_test_add_func ("/tautan/autosave/sweep", test_sweep);
  g_test_add_func ("/tautan/autosave/running", test_running_by_lock);
  g_test_add_func ("/tautan/autosave/cannot-write", test_cannot_write);
  g_test_add_func ("/tautan/autosave/disk-full", test_disk_full);
  g_test_add_func ("/tautan/autosave/disk-full-copy", test_disk_full_copy);
  g_test_add_func ("/tautan/autosave/copy-after-cancel", test_copy_after_cancel);
  g_test_add_func ("/tautan/autosave/cancel-waits", test_cancel_waits);
  g_test_add_func ("/tautan/autosave/copy-done-then-cancelled", test_copy_done_then_cancelled);
  g_test_add_func ("/tautan/autosave/quit-during-copy", test_quit_during_copy);
  g_test_add_func ("/tautan/autosave/quit-during-copy/subprocess/child", test_quit_during_copy_child);

  ret = g_test_run ();
  tautan_test_app_clear ();
  return ret;
}
