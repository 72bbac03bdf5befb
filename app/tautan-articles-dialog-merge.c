/* tautan-articles-dialog-merge.c: the reviewed articles merged into a new dataset
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-articles-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "tautan/tautan-articles-dialog.h"

#include "tautan-articles-dialog-private.h"
#include "tautan-window-private.h"

/* The merge never changes the dataset it starts from: the accepted items
 * and the dataset become a new file, written atomically, read back as any
 * dataset is opened, and shown in a new window with the old window's
 * positions, pins, filters and views. The old window keeps what it had,
 * so closing the new window is the undo. */

typedef struct
{
  GPtrArray       *extractions;   /* TautanExtraction */
  TautanDataset   *dataset;
  TautanWorkspace *workspace;     /* the old window's positions, filters, views */
  GFile           *file;
  TautanDataset   *opened;
  const char      *heading;       /* what failed */
  guint            n_articles;
} MergeJob;

static void
merge_job_free (MergeJob *job)
{
  g_clear_pointer (&job->extractions, g_ptr_array_unref);
  g_clear_object (&job->dataset);
  g_clear_object (&job->workspace);
  g_clear_object (&job->file);
  g_clear_object (&job->opened);
  g_free (job);
}

/* The dialog shows its progress page meanwhile, so no item changes
 * under the merge. */
static void
merge_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  MergeJob *job = task_data;
  g_autoptr(TautanDataset) merged = NULL;
  g_autoptr(GError) error = NULL;

  merged = tautan_extraction_merge_into ((TautanExtraction * const *)job->extractions->pdata,
                                         job->extractions->len, job->dataset, &error);
  if (merged == NULL)
    {
      job->heading = N_("Could Not Merge the Articles");
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (!tautan_dataset_save (merged, job->file, cancellable, &error))
    {
      job->heading = N_("Could Not Save the Dataset");
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  /* Read back as any dataset is opened: checked, and naming its file. */
  job->opened = tautan_dataset_load_file (job->file, FALSE, cancellable, NULL, NULL, NULL, &error);
  if (job->opened == NULL)
    {
      job->heading = N_("Could Not Open the Merged Dataset");
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_return_boolean (task, TRUE);
}

static void
set_merging (TautanArticlesDialog *self,
             gboolean              merging)
{
  self->merging = merging;
  gtk_stack_set_visible_child_name (self->stack, merging ? "progress" : "review");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "articles.merge", !merging);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "articles.cancel", !merging);
}

static void
merge_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(TautanArticlesDialog) self = user_data;
  MergeJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(TautanSession) session = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  GtkApplication *app;
  TautanWindow *window;
  AdwToast *toast;

  set_merging (self, FALSE);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      _tautan_articles_dialog_show_error (self, _(job->heading), error->message);
      return;
    }

  /* The analysis carries over: the actors already there keep their
   * places and pins, filters and views stay. */
  session = tautan_session_new (job->opened);
  tautan_session_apply_workspace (session, job->workspace);

  app = gtk_window_get_application (GTK_WINDOW (self));
  if (app == NULL)
    return;
  window = tautan_window_new (ADW_APPLICATION (app));
  if (self->window != NULL)
    gtk_window_set_default_size (GTK_WINDOW (window),
                                 gtk_widget_get_width (GTK_WIDGET (self->window)),
                                 gtk_widget_get_height (GTK_WIDGET (self->window)));
  _tautan_window_set_session (window, session);
  gtk_window_present (GTK_WINDOW (window));

  uri = g_file_get_uri (job->file);
  gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
  name = g_file_get_basename (job->file);
  /* TRANSLATORS: a number of articles, then a file name */
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u article merged into %s; the original dataset is unchanged in its window",
                                          "%u articles merged into %s; the original dataset is unchanged in its window",
                                          job->n_articles),
                             job->n_articles, name);
  /* the undo is closing this window: the one merged into is still there */
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "window.close");
  adw_toast_set_timeout (toast, 10);
  _tautan_window_add_toast (window, toast);

  gtk_window_destroy (GTK_WINDOW (self));
}

/**
 * tautan_articles_dialog_merge_to:
 * @file: where the merged dataset is written
 *
 * Merges the accepted items into a copy of the window's dataset on a
 * worker thread, writes it to @file atomically and opens it in a new
 * window that keeps the old window's positions, filters and views, then
 * closes the review. The old window is untouched: closing the new one
 * undoes the merge. On failure a dialog says why and the review stays.
 */
void
tautan_articles_dialog_merge_to (TautanArticlesDialog *self,
                                 GFile                *file)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;
  TautanSession *old_session;
  MergeJob *job;

  g_return_if_fail (TAUTAN_IS_ARTICLES_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->merging || self->cancellable != NULL)
    return;
  old_session = self->window != NULL ? tautan_window_get_session (self->window) : NULL;
  /* the speakers offered were this dataset's entities: merge into it only */
  if (old_session == NULL || tautan_session_get_dataset (old_session) != self->dataset)
    {
      _tautan_articles_dialog_show_error (self, _("No Dataset to Merge Into"),
                  _("The window this import was started from is closed or shows another dataset."));
      return;
    }

  job = g_new0 (MergeJob, 1);
  job->extractions = g_ptr_array_new_with_free_func (g_object_unref);
  job->dataset = g_object_ref (self->dataset);
  job->workspace = tautan_session_to_workspace (old_session);
  job->file = g_object_ref (file);
  for (guint i = 0; i < self->articles->len; i++)
    {
      Article *a = g_ptr_array_index (self->articles, i);
      guint quotes, entities, events;

      if (a->extraction == NULL)
        continue;
      g_ptr_array_add (job->extractions, g_object_ref (a->extraction));
      tautan_extraction_count (a->extraction, &quotes, &entities, &events);
      if (quotes + entities + events > 0)
        job->n_articles++;
    }

  name = g_file_get_basename (file);
  /* TRANSLATORS: a file name */
  text = g_strdup_printf (_("Writing %s"), name);
  adw_status_page_set_title (self->progress_page, _("Merging…"));
  gtk_progress_bar_pulse (self->progress_bar);
  gtk_label_set_text (self->progress_label, text);
  set_merging (self, TRUE);

  task = g_task_new (NULL, NULL, merge_done_cb, g_object_ref (self));
  g_task_set_source_tag (task, tautan_articles_dialog_merge_to);
  g_task_set_task_data (task, job, (GDestroyNotify)merge_job_free);
  g_task_run_in_thread (task, merge_thread);
}

/* For tests: whether a merge is being written. */
gboolean
tautan_articles_dialog_get_merging (TautanArticlesDialog *self)
{
  g_return_val_if_fail (TAUTAN_IS_ARTICLES_DIALOG (self), FALSE);
  return self->merging;
}
