/* tautan-window-actions.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-window"

#include "config.h"

#include <glib/gi18n.h>

#include "tautan/tautan-source-window.h"

#include "tautan/tautan-articles-dialog.h"
#include "tautan/tautan-import-dialog.h"

#include "tautan-window-private.h"

/* The window's actions: what buttons, menus, shortcuts and tests fire.
 * Each acts on the window's session or hands over to the file that owns
 * the work (loading, exporting). Keep resources/gtk/help-overlay.ui in
 * step with the shortcuts here. */

static void
open_chooser_response_cb (TautanWindow         *self,
                          int                   response,
                          GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        tautan_window_open (self, file);
    }
  g_clear_object (&self->open_chooser);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);
  g_autoptr(GtkFileFilter) json = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  if (self->open_chooser != NULL)
    return;

  gtk_file_filter_set_name (json, _("Tautan datasets and workspaces"));
  gtk_file_filter_add_mime_type (json, "application/json");
  gtk_file_filter_add_pattern (json, "*.json");
  gtk_file_filter_add_pattern (json, "*.tautan");
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");

  self->open_chooser = gtk_file_chooser_native_new (_("Open Dataset"), GTK_WINDOW (self),
                                                    GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->open_chooser), json);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->open_chooser), all);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->open_chooser), TRUE);
  g_signal_connect_object (self->open_chooser, "response", G_CALLBACK (open_chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->open_chooser));
}

static void
open_bundled_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  tautan_window_open_bundled (TAUTAN_WINDOW (widget));
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (param, NULL));

  tautan_window_open (TAUTAN_WINDOW (widget), file);
}

static void
cancel_load_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  _tautan_window_cancel_load (TAUTAN_WINDOW (widget));
}

static void
save_chooser_response_cb (TautanWindow         *self,
                          int                   response,
                          GtkFileChooserNative *chooser)
{
  gboolean close_after = self->close_after_save;

  self->close_after_save = FALSE;
  if (response == GTK_RESPONSE_ACCEPT && self->session != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);

      /* Give the file its extension, so Open recognises it. */
      if (path != NULL && !g_str_has_suffix (path, ".tautan"))
        {
          g_autofree char *with = g_strconcat (path, ".tautan", NULL);
          g_autoptr(GFile) renamed = g_file_new_for_path (with);

          g_set_object (&file, renamed);
        }
      if (_tautan_window_save (self, file) && close_after)
        gtk_window_destroy (GTK_WINDOW (self));
    }
  g_clear_object (&self->save_chooser);
}

/**
 * _tautan_window_get_work_folder:
 *
 * Where file choosers open: beside the work, the workspace's folder, else
 * the dataset's when it is a file of the user's, else the home folder;
 * not wherever the app happened to be started from (a user's first Save
 * opened in a source checkout).
 *
 * Returns: (transfer full): the folder
 */
GFile *
_tautan_window_get_work_folder (TautanWindow *self)
{
  GFile *file = self->session != NULL ? tautan_session_get_file (self->session) : NULL;
  TautanDataset *ds = self->session != NULL ? tautan_session_get_dataset (self->session) : NULL;
  GFile *folder = NULL;

  if (file == NULL && ds != NULL && !tautan_dataset_get_read_only (ds))
    file = tautan_dataset_get_file (ds);
  if (file != NULL && g_file_is_native (file))
    folder = g_file_get_parent (file);
  return folder != NULL ? folder : g_file_new_for_path (g_get_home_dir ());
}

void
_tautan_window_start_chooser_beside_work (TautanWindow   *self,
                                          GtkFileChooser *chooser)
{
  g_autoptr(GFile) folder = _tautan_window_get_work_folder (self);

  gtk_file_chooser_set_current_folder (chooser, folder, NULL);
}

/**
 * _tautan_window_save_dataset_first:
 * @file: (nullable): where the workspace goes next, or %NULL to ask
 *
 * A workspace names its dataset's file, so a dataset never saved (articles
 * imported into a new one) is saved first: its chooser opens, and its
 * Save goes on to the workspace's.
 *
 * Returns: %TRUE when that was started, and the workspace waits for it
 */
gboolean
_tautan_window_save_dataset_first (TautanWindow *self,
                                   GFile        *file,
                                   gboolean      close_after)
{
  if (self->session == NULL || tautan_dataset_get_file (tautan_session_get_dataset (self->session)) != NULL)
    return FALSE;
  self->workspace_after_dataset = TRUE;
  g_set_object (&self->workspace_after_file, file);
  self->close_after_workspace = close_after;
  /* One already open (Save Dataset As, modal) goes on to the workspace. */
  if (self->dataset_chooser == NULL)
    _tautan_window_save_dataset_as (self, FALSE);
  return TRUE;
}

/**
 * _tautan_window_save_workspace_to:
 * @file: (nullable): the workspace's file, or %NULL to ask where
 *
 * Save, as the action and the close dialog do it: the dataset first if it
 * was never saved, then the workspace, then the window closes if asked.
 */
void
_tautan_window_save_workspace_to (TautanWindow *self,
                                  GFile        *file,
                                  gboolean      close_after)
{
  if (self->session == NULL || _tautan_window_save_dataset_first (self, file, close_after))
    return;
  if (file == NULL)
    _tautan_window_save_as (self, close_after);
  else if (_tautan_window_save (self, file) && close_after)
    gtk_window_close (GTK_WINDOW (self));
}

void
_tautan_window_save_as (TautanWindow *self,
                        gboolean      close_after)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->session == NULL || self->save_chooser != NULL ||
      _tautan_window_save_dataset_first (self, NULL, close_after))
    return;

  self->close_after_save = close_after;
  gtk_file_filter_set_name (filter, _("Tautan workspaces"));
  gtk_file_filter_add_pattern (filter, "*.tautan");
  self->save_chooser = gtk_file_chooser_native_new (_("Save Workspace"), GTK_WINDOW (self),
                                                    GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->save_chooser), filter);
  _tautan_window_start_chooser_beside_work (self, GTK_FILE_CHOOSER (self->save_chooser));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->save_chooser), _("Analysis.tautan"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->save_chooser), TRUE);
  g_signal_connect_object (self->save_chooser, "response", G_CALLBACK (save_chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->save_chooser));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);

  if (self->session != NULL)
    _tautan_window_save_workspace_to (self, tautan_session_get_file (self->session), FALSE);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  _tautan_window_save_as (TAUTAN_WINDOW (widget), FALSE);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);

  if (self->session != NULL)
    tautan_session_undo (self->session);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);

  if (self->session != NULL)
    tautan_session_redo (self->session);
}

static gboolean
view_named (GListModel *views,
            const char *name)
{
  for (guint i = 0; i < g_list_model_get_n_items (views); i++)
    {
      g_autoptr(TautanSavedView) view = g_list_model_get_item (views, i);

      if (g_strcmp0 (tautan_saved_view_get_name (view), name) == 0)
        return TRUE;
    }
  return FALSE;
}

/* A new view is named for what it shows, the actor or the link selected
 * ("Kim Jong Un (2)" for the second), else "View N", a name no view has:
 * "View 1" said nothing in the list, the presentation or the briefing
 * until renamed. */
static char *
new_view_name (TautanSession *session)
{
  TautanDataset *dataset = tautan_session_get_dataset (session);
  GListModel *views = tautan_session_get_views (session);
  TautanSelection selection;
  g_autofree char *base = NULL;
  TautanEntity a, b;
  char *name;

  tautan_session_get_selection (session, &selection);
  if (selection.entity != TAUTAN_NONE)
    {
      tautan_dataset_get_entity (dataset, selection.entity, &a);
      base = g_strdup (a.name);
    }
  else if (selection.source != TAUTAN_NONE && selection.target != TAUTAN_NONE)
    {
      tautan_dataset_get_entity (dataset, selection.source, &a);
      tautan_dataset_get_entity (dataset, selection.target, &b);
      /* TRANSLATORS: a view named for the link selected: source → target */
      base = g_strdup_printf (_("%s → %s"), a.name, b.name);
    }
  else
    {
      /* The next number not taken: one was deleted, another renamed. */
      for (guint n = g_list_model_get_n_items (views) + 1;; n++)
        {
          name = g_strdup_printf (_("View %u"), n);
          if (!view_named (views, name))
            return name;
          g_free (name);
        }
    }
  name = g_strdup (base);
  for (guint k = 2; view_named (views, name); k++)
    {
      g_free (name);
      /* TRANSLATORS: a second view named after the same selection */
      name = g_strdup_printf (_("%s (%u)"), base, k);
    }
  return name;
}

/* The present as a new saved view: the session's span and selection, the
 * canvas's camera. */
static void
add_view_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);
  g_autofree char *name = NULL;
  g_autoptr(TautanSavedView) view = NULL;
  double zoom, cx, cy;

  if (self->session == NULL)
    return;
  name = new_view_name (self->session);
  view = tautan_session_capture_view (self->session, name);
  tautan_graph_view_get_camera (self->graph_view, &zoom, &cx, &cy);
  tautan_saved_view_set_camera (view, zoom, cx, cy);
  tautan_session_add_view (self->session, view);
  _tautan_window_toast (self, _("View added"));
}

static void
present_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);

  if (self->session == NULL || tautan_presentation_get_active (self->presentation))
    return;
  if (!tautan_presentation_start (self->presentation))
    _tautan_window_toast (self, _("Add a view first (Ctrl+D): a presentation shows the saved views"));
}

static void
present_step_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);
  int slide = tautan_presentation_get_slide (self->presentation);

  if (slide >= 0)
    tautan_presentation_show_slide (self->presentation, slide + g_variant_get_int32 (param));
}

static void
present_stop_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  tautan_presentation_stop (TAUTAN_WINDOW (widget)->presentation);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);
  const TautanView *view;
  TautanDataset *dataset;

  if (self->session == NULL)
    return;
  if (self->export_dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->export_dialog));
      return;
    }
  view = tautan_graph_view_get_view (self->graph_view);
  dataset = tautan_session_get_dataset (self->session);
  self->export_dialog = tautan_export_dialog_new (GTK_WINDOW (self), tautan_dataset_get_title (dataset),
                                                  view->width, view->height);
  g_object_add_weak_pointer (G_OBJECT (self->export_dialog), (gpointer *)&self->export_dialog);
  gtk_window_present (GTK_WINDOW (self->export_dialog));
}

/* Play or pause: Space on the canvas (see tautan_window_activate_focus())
 * or the timeline. */
static void
play_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);

  if (self->session != NULL)
    tautan_timeline_set_playing (self->timeline, !tautan_timeline_get_playing (self->timeline));
}

/* GDELT or ICEWS files into a dataset, opened in a window of its own. */
static void
import_events_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  gtk_window_present (GTK_WINDOW (tautan_import_dialog_new (GTK_WINDOW (widget))));
}

static gboolean
is_article_file (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);

  return name != NULL && (g_str_has_suffix (name, ".txt") || g_str_has_suffix (name, ".jsonl"));
}

/**
 * _tautan_window_open_as:
 * @file: a file given to open, on the command line or by a drop
 * @database: (out): for event files, which database's
 *
 * What a file is, so that each goes where it can be read: a GDELT or
 * ICEWS event file (by its first bytes: an ICEWS split is a .txt too) to
 * the import of events, an article (.txt, .jsonl) to the review, and
 * anything else to the loader, which says what is wrong with it. The
 * first 4 KiB are read here, on the main thread: a drop or a command line
 * names local files, and a file that cannot be read goes to the loader,
 * whose error names it.
 */
TautanOpenAs
_tautan_window_open_as (GFile                *file,
                        TautanImportDatabase *database)
{
  guint8 head[4096];
  gsize length = 0;

  if (_tautan_window_read_head (file, head, sizeof head, &length) && tautan_import_sniff (head, length, database))
    return TAUTAN_OPEN_AS_EVENTS;
  return is_article_file (file) ? TAUTAN_OPEN_AS_ARTICLES : TAUTAN_OPEN_AS_DATASET;
}

/* The first @size bytes of @file, or fewer if it is shorter; FALSE if it
 * cannot be read. Regular files only: this runs on the main thread, and
 * a FIFO with no writer would block it for good (the loader, on its
 * thread, says what is wrong with anything else). */
gboolean
_tautan_window_read_head (GFile  *file,
                          guint8 *head,
                          gsize   size,
                          gsize  *length)
{
  g_autoptr(GFileInputStream) stream = NULL;

  *length = 0;
  if (g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, NULL) != G_FILE_TYPE_REGULAR)
    return FALSE;
  stream = g_file_read (file, NULL, NULL);
  return stream != NULL && g_input_stream_read_all (G_INPUT_STREAM (stream), head, size, length, NULL, NULL);
}

/* Event files given to open: the import, with them chosen, over this
 * window; its dataset opens in a window of its own. */
void
_tautan_window_import_events (TautanWindow         *self,
                              GFile * const        *files,
                              guint                 n_files,
                              TautanImportDatabase  database)
{
  TautanImportDialog *dialog;

  if (n_files == 0)
    return;
  dialog = tautan_import_dialog_new (GTK_WINDOW (self));
  tautan_import_dialog_set_database (dialog, database);
  tautan_import_dialog_set_files (dialog, files, n_files);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* News articles, reviewed before they join this window's dataset. */
void
_tautan_window_import_articles (TautanWindow  *self,
                                GFile * const *files,
                                guint          n_files)
{
  TautanArticlesDialog *dialog;

  /* with no dataset shown, the articles become a new one */
  if (self->load_cancellable != NULL || n_files == 0)
    return;
  dialog = tautan_articles_dialog_new (self);
  gtk_window_present (GTK_WINDOW (dialog));
  tautan_articles_dialog_read (dialog, files, n_files);
}

static void
articles_chooser_response_cb (TautanWindow         *self,
                              int                   response,
                              GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) list = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        g_ptr_array_add (files, g_list_model_get_item (list, i));
      _tautan_window_import_articles (self, (GFile * const *)files->pdata, files->len);
    }
  g_clear_object (&self->articles_chooser);
}

static void
import_articles_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);
  g_autoptr(GtkFileFilter) articles = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  if (self->load_cancellable != NULL || self->articles_chooser != NULL)
    return;

  gtk_file_filter_set_name (articles, _("News articles (.txt, .jsonl)"));
  gtk_file_filter_add_pattern (articles, "*.txt");
  gtk_file_filter_add_pattern (articles, "*.jsonl");
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  self->articles_chooser = gtk_file_chooser_native_new (_("Import Articles"), GTK_WINDOW (self),
                                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (self->articles_chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->articles_chooser), articles);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->articles_chooser), all);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->articles_chooser), TRUE);
  g_signal_connect_object (self->articles_chooser, "response", G_CALLBACK (articles_chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->articles_chooser));
}

/**
 * _tautan_window_drop_files:
 * @files: (element-type GFile): what was dropped
 *
 * Event files (GDELT, ICEWS) go to the import of events, articles (.txt,
 * .jsonl) to the review; one dataset or workspace alone opens as before;
 * anything else is named in a toast with why it was not taken.
 *
 * Returns: how many files were not taken
 */
guint
_tautan_window_drop_files (TautanWindow *self,
                           GSList       *files)
{
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GString) refused = g_string_new (NULL);
  TautanImportDatabase database = TAUTAN_IMPORT_GDELT;
  const char *why = NULL;
  guint n_refused = 0;

  for (GSList *l = files; l != NULL; l = l->next)
    {
      g_autofree char *name = g_file_get_basename (l->data);
      TautanImportDatabase this_database;
      TautanOpenAs as = _tautan_window_open_as (l->data, &this_database);

      if (as == TAUTAN_OPEN_AS_DATASET && files->next == NULL)
        {
          tautan_window_open (self, l->data);
          return 0;
        }
      if (as == TAUTAN_OPEN_AS_EVENTS)
        {
          /* one import reads one database's files: the first decides */
          if (events->len == 0)
            database = this_database;
          g_ptr_array_add (events, g_object_ref (l->data));
          continue;
        }
      if (as == TAUTAN_OPEN_AS_ARTICLES && self->load_cancellable == NULL)
        {
          g_ptr_array_add (articles, g_object_ref (l->data));
          continue;
        }
      if (refused->len > 0)
        g_string_append (refused, ", ");
      g_string_append (refused, name);
      n_refused++;
    }
  if (n_refused > 0)
    {
      g_autofree char *text = NULL;

      if (self->load_cancellable != NULL)
        why = _("a dataset is opening; drop the articles when it is shown");
      else
        why = _("only articles and GDELT or ICEWS files are imported; open a dataset with Open");
      /* TRANSLATORS: file names, then the reason they were not taken */
      text = g_strdup_printf (_("Not taken: %s (%s)"), refused->str, why);
      _tautan_window_toast (self, text);
    }
  _tautan_window_import_events (self, (GFile * const *)events->pdata, events->len, database);
  _tautan_window_import_articles (self, (GFile * const *)articles->pdata, articles->len);
  return n_refused;
}

static gboolean
drop_files_cb (TautanWindow *self,
               const GValue *value,
               double        x,
               double        y)
{
  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;
  _tautan_window_drop_files (self, g_value_get_boxed (value));
  return TRUE;
}

void
_tautan_window_actions_init (TautanWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect_object (target, "drop", G_CALLBACK (drop_files_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->toast_overlay), GTK_EVENT_CONTROLLER (target));
}

/* The toast's Open: the exported file in the app the desktop has for it. */
static void
open_export_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  gtk_show_uri (GTK_WINDOW (widget), g_variant_get_string (param, NULL), GDK_CURRENT_TIME);
}

static void
export_to_file_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);

  if (self->session != NULL && self->export_dialog != NULL)
    _tautan_window_choose_export_file (self, FALSE);
}

static void
export_briefing_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);

  if (self->session == NULL)
    return;
  if (g_list_model_get_n_items (tautan_session_get_views (self->session)) == 0)
    {
      _tautan_window_toast (self, _("Add a view first (Ctrl+D): a briefing has a page per saved view"));
      return;
    }
  if (self->briefing_dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->briefing_dialog));
      return;
    }
  {
    g_autoptr(TautanWorkspace) workspace = tautan_session_to_workspace (self->session);

    self->briefing_dialog = tautan_briefing_dialog_new (GTK_WINDOW (self),
                                                        tautan_session_get_dataset (self->session), workspace,
                                                        tautan_graph_view_get_positions (self->graph_view));
  }
  g_object_add_weak_pointer (G_OBJECT (self->briefing_dialog), (gpointer *)&self->briefing_dialog);
  gtk_window_present (GTK_WINDOW (self->briefing_dialog));
}

/* The briefing dialog's Export…: where to write it. */
static void
export_briefing_to_file_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);

  if (self->session != NULL && self->briefing_dialog != NULL)
    _tautan_window_choose_export_file (self, TRUE);
}

static void
copy_picture_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);

  if (self->session != NULL)
    _tautan_window_copy_picture (self);
}

static void
select_entity_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);
  guint entity = g_variant_get_uint32 (param);

  if (self->session == NULL || entity >= tautan_dataset_get_n_entities (tautan_session_get_dataset (self->session)))
    return;
  tautan_session_select_entity (self->session, entity);
  tautan_graph_view_center_on (self->graph_view, entity);
}

/* The toast's button for a search result the filters hide. */
static void
reveal_entity_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);

  tautan_search_results_reveal (self->search_results, g_variant_get_uint32 (param));
}

static void
show_source_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);
  guint quote = g_variant_get_uint32 (param);
  TautanDataset *dataset;

  if (self->session == NULL)
    return;
  dataset = tautan_session_get_dataset (self->session);
  if (quote >= tautan_dataset_get_n_quotes (dataset))
    return;
  gtk_window_present (GTK_WINDOW (tautan_source_window_new (GTK_WINDOW (self), dataset, quote)));
}

static void
copy_citation_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);
  guint quote = g_variant_get_uint32 (param);
  g_autofree char *citation = NULL;
  TautanDataset *dataset;

  if (self->session == NULL)
    return;
  dataset = tautan_session_get_dataset (self->session);
  if (quote >= tautan_dataset_get_n_quotes (dataset))
    return;
  citation = tautan_dataset_format_citation (dataset, quote);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), citation);
  _tautan_window_toast (self, _("Quote copied with its citation"));
}

static void
search_done_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  _tautan_window_search_done (TAUTAN_WINDOW (widget));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);

  if (self->session == NULL)
    return;
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* The roll-up by affiliation, on or off: an edit of the session. */
static void
rollup_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);

  if (self->session != NULL)
    tautan_session_set_rollup (self->session, !tautan_session_get_rollup (self->session));
}

static void
toggle_panel_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);

  gtk_toggle_button_set_active (self->panel_button, !gtk_toggle_button_get_active (self->panel_button));
}

static void
toggle_events_table_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);

  gtk_toggle_button_set_active (self->events_button, !gtk_toggle_button_get_active (self->events_button));
}

void
_tautan_window_class_actions_init (TautanWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-bundled", NULL, open_bundled_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-load", NULL, cancel_load_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.cancel-load", NULL);

  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_S, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.save-as", NULL);

  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);

  gtk_widget_class_install_action (widget_class, "view.rollup", NULL, rollup_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK, "view.rollup", NULL);

  gtk_widget_class_install_action (widget_class, "win.add-view", NULL, add_view_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK, "win.add-view", NULL);

  gtk_widget_class_install_action (widget_class, "win.present", NULL, present_action);
  gtk_widget_class_install_action (widget_class, "win.present-step", "i", present_step_action);
  gtk_widget_class_install_action (widget_class, "win.present-stop", NULL, present_stop_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.present", NULL);

  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.export-to-file", NULL, export_to_file_action);
  gtk_widget_class_install_action (widget_class, "win.import-events", NULL, import_events_action);
  gtk_widget_class_install_action (widget_class, "win.open-export", "s", open_export_action);
  gtk_widget_class_install_action (widget_class, "win.play", NULL, play_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK,
                                       "win.import-events", NULL);
  gtk_widget_class_install_action (widget_class, "win.import-articles", NULL, import_articles_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_A, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.import-articles", NULL);
  gtk_widget_class_install_action (widget_class, "win.export-briefing", NULL, export_briefing_action);
  gtk_widget_class_install_action (widget_class, "win.export-briefing-to-file", NULL,
                                   export_briefing_to_file_action);
  gtk_widget_class_install_action (widget_class, "win.copy-picture", NULL, copy_picture_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_E, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.export-briefing", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_C, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.copy-picture", NULL);

  gtk_widget_class_install_action (widget_class, "explorer.select-entity", "u", select_entity_action);
  gtk_widget_class_install_action (widget_class, "explorer.reveal-entity", "u", reveal_entity_action);
  gtk_widget_class_install_action (widget_class, "explorer.show-source", "u", show_source_action);
  gtk_widget_class_install_action (widget_class, "explorer.copy-citation", "u", copy_citation_action);
  gtk_widget_class_install_action (widget_class, "explorer.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "explorer.search-done", NULL, search_done_action);
  gtk_widget_class_install_action (widget_class, "explorer.toggle-panel", NULL, toggle_panel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "explorer.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "explorer.toggle-panel", NULL);
  gtk_widget_class_install_action (widget_class, "explorer.toggle-events-table", NULL, toggle_events_table_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, GDK_CONTROL_MASK, "explorer.toggle-events-table", NULL);

  _tautan_window_class_curation_init (klass);
}
