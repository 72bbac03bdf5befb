/* tautan-articles-dialog-merge.c: the reviewed articles merged into the window's dataset
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-articles-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "tautan/tautan-articles-dialog.h"
#include "tautan/tautan-count.h"

#include "tautan-articles-dialog-private.h"
#include "tautan-window-private.h"

/* The accepted items and the window's dataset become a new dataset on a
 * worker thread; it then takes the old one's place in the window's
 * session as one step of its history, so Undo puts the old dataset back,
 * the layout keeps every actor already placed, and filters and views
 * stay. The dataset is then modified: Save writes it where it came from,
 * or asks where when it was the bundled, read-only one, or new: a window
 * that showed no dataset shows the articles as a new one. */

typedef struct
{
  GPtrArray       *extractions;   /* TautanExtraction */
  TautanDataset   *dataset;
  TautanDataset   *merged;
  guint            n_articles;
} MergeJob;

static void
merge_job_free (MergeJob *job)
{
  g_clear_pointer (&job->extractions, g_ptr_array_unref);
  g_clear_object (&job->dataset);
  g_clear_object (&job->merged);
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
  g_autoptr(GError) error = NULL;

  job->merged = tautan_extraction_merge_into ((TautanExtraction * const *)job->extractions->pdata,
                                              job->extractions->len, job->dataset, &error);
  if (job->merged == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
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

/* Whether the window still shows what the review began with: the
 * speakers offered were that dataset's entities, so merge into it only;
 * a new dataset, only while the window shows none. */
static gboolean
window_unchanged (TautanArticlesDialog *self)
{
  TautanSession *session = self->window != NULL ? tautan_window_get_session (self->window) : NULL;

  if (self->window == NULL)
    return FALSE;
  if (self->new_dataset)
    return session == NULL && _tautan_window_get_load_cancellable (self->window) == NULL;
  return session != NULL && tautan_session_get_dataset (session) == self->dataset;
}

static void
show_window_changed (TautanArticlesDialog *self)
{
  _tautan_articles_dialog_show_error (self, _("No Dataset to Merge Into"),
              self->new_dataset
              ? _("The window this import was started from is closed or has opened a dataset since.")
              : _("The window this import was started from is closed or shows another dataset."));
}

static void
merge_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(TautanArticlesDialog) self = user_data;
  MergeJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  TautanSession *session;
  AdwToast *toast;

  set_merging (self, FALSE);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      _tautan_articles_dialog_show_error (self, _("Could Not Merge the Articles"), error->message);
      return;
    }
  /* the window was closed, or its dataset edited, while merging */
  if (!window_unchanged (self))
    {
      show_window_changed (self);
      return;
    }

  if (self->new_dataset)
    {
      /* the empty dataset first, so Undo goes back to it */
      g_autoptr(TautanSession) created = tautan_session_new (self->dataset);

      _tautan_window_set_session (self->window, created);
    }
  session = tautan_window_get_session (self->window);
  tautan_session_replace_dataset (session, job->merged);
  if (self->new_dataset)
    {
      /* the empty dataset had no days to keep a window of */
      TautanTimeSpan all = tautan_dataset_get_span (job->merged);

      tautan_session_set_span (session, &all);
    }

  if (self->new_dataset)
    /* TRANSLATORS: a number of articles */
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%s article imported into a new dataset",
                                            "%s articles imported into a new dataset",
                                            job->n_articles),
                               tautan_count_format (job->n_articles));
  else
    /* TRANSLATORS: a number of articles */
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%s article merged into the dataset",
                                            "%s articles merged into the dataset",
                                            job->n_articles),
                               tautan_count_format (job->n_articles));
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_set_timeout (toast, 10);
  _tautan_window_add_toast (self->window, toast);

  self->edited = FALSE;
  gtk_window_destroy (GTK_WINDOW (self));
}

/**
 * tautan_articles_dialog_merge:
 *
 * Merges the accepted items into the window's dataset on a worker
 * thread, then shows the result in that window as one undoable step (the
 * positions, pins, filters and views kept) and closes the review. The
 * dataset is modified from then on: Save or Save As keep it. On failure,
 * or when the window no longer shows the dataset the review began with,
 * a dialog says why and the review stays.
 */
void
tautan_articles_dialog_merge (TautanArticlesDialog *self)
{
  g_autoptr(GTask) task = NULL;
  MergeJob *job;

  g_return_if_fail (TAUTAN_IS_ARTICLES_DIALOG (self));

  if (self->merging || self->cancellable != NULL)
    return;
  if (!window_unchanged (self))
    {
      show_window_changed (self);
      return;
    }

  job = g_new0 (MergeJob, 1);
  job->extractions = g_ptr_array_new_with_free_func (g_object_unref);
  job->dataset = g_object_ref (self->dataset);
  for (guint i = 0; i < self->articles->len; i++)
    {
      Article *a = g_ptr_array_index (self->articles, i);
      guint quotes, entities, events;

      if (a->extraction == NULL)
        continue;
      /* Nothing accepted, nothing merged, not even its source: an article
       * the dataset already holds would otherwise come in again. */
      tautan_extraction_count (a->extraction, &quotes, &entities, &events);
      if (quotes + entities + events == 0)
        continue;
      g_ptr_array_add (job->extractions, g_object_ref (a->extraction));
      job->n_articles++;
    }

  adw_status_page_set_title (self->progress_page, _("Merging…"));
  gtk_progress_bar_pulse (self->progress_bar);
  gtk_label_set_text (self->progress_label, _("Adding the accepted items to the dataset"));
  set_merging (self, TRUE);

  task = g_task_new (NULL, NULL, merge_done_cb, g_object_ref (self));
  g_task_set_source_tag (task, tautan_articles_dialog_merge);
  g_task_set_task_data (task, job, (GDestroyNotify)merge_job_free);
  g_task_run_in_thread (task, merge_thread);
}

/* For tests: whether a merge is running. */
gboolean
tautan_articles_dialog_get_merging (TautanArticlesDialog *self)
{
  g_return_val_if_fail (TAUTAN_IS_ARTICLES_DIALOG (self), FALSE);
  return self->merging;
}
