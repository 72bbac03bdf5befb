/* tautan-window-curation.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-window"

#include "config.h"

#include <glib/gi18n.h>

#include "tautan/tautan-dataset-edit.h"
#include "tautan/tautan-entity-dialog.h"

#include "tautan-window-private.h"

/* The window's curation: the actions that edit the dataset (Edit Actor,
 * Merge Into, Split, Edit Event, Edit Quote, Create Quote and Create
 * Event from a source's selection), each made by tautan-dataset-edit.h
 * and handed to the session as one undoable step; and Save Dataset, Save
 * Dataset As and the question on close about unsaved dataset edits. */

TautanDataset *
_tautan_window_curation_dataset (TautanWindow *self)
{
  return self->session ? tautan_session_get_dataset (self->session) : NULL;
}

/* Every curation failure is said alike. */
void
_tautan_window_curation_failed (TautanWindow *self,
                                const GError *error)
{
  _tautan_window_show_error (self, _("Could Not Edit the Dataset"), error);
}

gpointer
_tautan_curation_copies_alloc (gsize size)
{
  TautanCurationCopies *copies;

  g_assert (size >= sizeof (TautanCurationCopies));
  copies = g_malloc0 (size);
  copies->strings = g_string_chunk_new (256);
  copies->vectors = g_ptr_array_new_with_free_func (g_free);
  return copies;
}

void
_tautan_curation_copies_free (gpointer data)
{
  TautanCurationCopies *copies = data;

  g_string_chunk_free (copies->strings);
  g_ptr_array_unref (copies->vectors);
  g_free (copies);
}

/* Returns: (nullable): a copy of @text that lives as long as @copies */
const char *
_tautan_curation_copy (gpointer    data,
                       const char *text)
{
  TautanCurationCopies *copies = data;

  return text != NULL ? g_string_chunk_insert_const (copies->strings, text) : NULL;
}

const char * const *
_tautan_curation_copy_strv (gpointer            data,
                            const char * const *strv)
{
  TautanCurationCopies *copies = data;
  guint n = strv != NULL ? g_strv_length ((char **)strv) : 0;
  const char **copy = g_new0 (const char *, n + 1);

  for (guint i = 0; i < n; i++)
    copy[i] = _tautan_curation_copy (copies, strv[i]);
  g_ptr_array_add (copies->vectors, copy);
  return copy;
}

/* Edits off the main thread: an edit copies the columns it changes and
 * may build the indexes again (tautan-dataset-edit-columns.c: a tenth of
 * a second at 100k events, more on larger datasets), so it runs on a
 * worker while the window stays live, a note over the graph saying what
 * is being done; the result is one step of the history. One edit at a
 * time: another is refused with a message, and an edit whose dataset was
 * replaced meanwhile (undo, another edit) is dropped with a message. A
 * dialog that waits for its edit (Edit Actor) is told how it ended and
 * says a failure itself. */

typedef struct
{
  GWeakRef                window;
  GWeakRef                waiting;
  TautanCurationFinished  finished;
  TautanDataset          *dataset;
  TautanCurationEdit      edit;
  gpointer                data;
  GDestroyNotify          free_data;
  TautanDataset          *edited;
  char                   *done;
} EditJob;

static void
edit_job_free (EditJob *job)
{
  g_weak_ref_clear (&job->window);
  g_weak_ref_clear (&job->waiting);
  g_clear_object (&job->dataset);
  if (job->free_data != NULL)
    job->free_data (job->data);
  g_clear_object (&job->edited);
  g_free (job->done);
  g_free (job);
}

static void
edit_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  EditJob *job = task_data;
  GError *error = NULL;

  job->edited = job->edit (job->dataset, job->data, &job->done, &error);
  if (job->edited == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
edit_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  EditJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(TautanWindow) self = g_weak_ref_get (&job->window);
  g_autoptr(GObject) waiting = g_weak_ref_get (&job->waiting);
  g_autoptr(GError) error = NULL;

  if (self == NULL)
    return;
  gtk_spinner_stop (self->edit_spinner);
  gtk_widget_set_visible (self->edit_status, FALSE);
  if (g_task_propagate_boolean (G_TASK (result), &error) && _tautan_window_curation_dataset (self) != job->dataset)
    g_set_error_literal (&error, TAUTAN_DATASET_EDIT_ERROR, TAUTAN_DATASET_EDIT_ERROR_INVALID,
                         _("The dataset changed while the edit was being made; make it again."));
  if (error == NULL)
    {
      tautan_session_replace_dataset (self->session, job->edited);
      _tautan_window_toast (self, job->done);
    }
  if (waiting != NULL && job->finished != NULL)
    job->finished (waiting, error);
  else if (error != NULL)
    _tautan_window_curation_failed (self, error);
}

/* Whether an edit is being made on its thread. */
gboolean
_tautan_window_curation_busy (TautanWindow *self)
{
  return gtk_widget_get_visible (self->edit_status);
}

/* As _tautan_window_curation_run(); @finished tells @waiting (a dialog,
 * weakly held) how the edit ended, and @waiting says a failure. */
gboolean
_tautan_window_curation_run_for (TautanWindow           *self,
                                 TautanCurationEdit      edit,
                                 gpointer                data,
                                 GDestroyNotify          free_data,
                                 const char             *doing,
                                 GObject                *waiting,
                                 TautanCurationFinished  finished)
{
  g_autoptr(GTask) task = NULL;
  EditJob *job;

  if (_tautan_window_curation_busy (self) || _tautan_window_curation_dataset (self) == NULL)
    {
      if (free_data != NULL)
        free_data (data);
      _tautan_window_toast (self, _("Another edit is still being made: wait for it to finish"));
      return FALSE;
    }

  job = g_new0 (EditJob, 1);
  g_weak_ref_init (&job->window, self);
  g_weak_ref_init (&job->waiting, waiting);
  job->finished = finished;
  job->dataset = g_object_ref (_tautan_window_curation_dataset (self));
  job->edit = edit;
  job->data = data;
  job->free_data = free_data;

  gtk_label_set_text (self->edit_label, doing);
  gtk_widget_set_tooltip_text (self->edit_status, _("The window stays usable meanwhile; the edit is one step of Undo"));
  gtk_spinner_start (self->edit_spinner);
  gtk_widget_set_visible (self->edit_status, TRUE);

  task = g_task_new (NULL, NULL, edit_done_cb, NULL);
  g_task_set_source_tag (task, _tautan_window_curation_run_for);
  g_task_set_task_data (task, job, (GDestroyNotify)edit_job_free);
  g_task_run_in_thread (task, edit_thread);
  return TRUE;
}

/* Runs @edit on the window's dataset on a worker thread; @doing says
 * what in the window meanwhile. Takes @data in every case. Returns
 * %FALSE, with a message, when another edit is still running. */
gboolean
_tautan_window_curation_run (TautanWindow       *self,
                             TautanCurationEdit  edit,
                             gpointer            data,
                             GDestroyNotify      free_data,
                             const char         *doing)
{
  return _tautan_window_curation_run_for (self, edit, data, free_data, doing, NULL, NULL);
}

AdwMessageDialog *
_tautan_window_curation_dialog (TautanWindow *self,
                                const char   *heading,
                                const char   *body,
                                const char   *apply_label)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, body));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "apply", apply_label, NULL);
  adw_message_dialog_set_response_appearance (dialog, "apply", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "apply");
  adw_message_dialog_set_close_response (dialog, "cancel");
  return dialog;
}

/* An actor chooser over @ds, searched by name or alias as one types
 * (a drop-down of 100,000 actors was no way to pick one): @none is what
 * it says while none is chosen, and a choice too when @none_choosable;
 * @skip is never offered. */
TautanEntityChooser *
_tautan_window_curation_entity_chooser (TautanDataset *ds,
                                        const char    *none,
                                        gboolean       none_choosable,
                                        guint          skip,
                                        guint          selected)
{
  TautanEntityChooser *chooser = TAUTAN_ENTITY_CHOOSER (tautan_entity_chooser_new ());

  tautan_entity_chooser_set_none (chooser, none, none_choosable);
  tautan_entity_chooser_set_skip (chooser, skip);
  tautan_entity_chooser_set_dataset (chooser, ds);
  if (selected != skip)
    tautan_entity_chooser_set_entity (chooser, selected);
  return chooser;
}

const char *
_tautan_window_curation_entity_id (TautanDataset *ds,
                                   guint          entity)
{
  TautanEntity e;

  if (entity == TAUTAN_NONE)
    return NULL;
  tautan_dataset_get_entity (ds, entity, &e);
  return e.id;
}

GtkWidget *
_tautan_window_curation_labelled (const char *label,
                                  GtkWidget  *widget)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *title = gtk_label_new_with_mnemonic (label);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "caption-heading");
  gtk_label_set_mnemonic_widget (GTK_LABEL (title), widget);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), widget);
  return box;
}

/* Edit Actor */

static guint
selected_entity (TautanWindow *self)
{
  return self->session ? tautan_session_get_selected_entity (self->session) : TAUTAN_NONE;
}

typedef struct
{
  TautanCurationCopies  copies;
  const char           *id;
  TautanEntityValues    values;
} EntityEdit;

static TautanDataset *
entity_edit (TautanDataset  *dataset,
             gpointer        data,
             char          **done,
             GError        **error)
{
  EntityEdit *e = data;

  *done = g_strdup_printf (_("“%s” edited"), e->values.name);
  return tautan_dataset_edit_entity (dataset, e->id, &e->values, error);
}

static void
entity_finished (GObject      *waiting,
                 const GError *error)
{
  tautan_entity_dialog_finish (TAUTAN_ENTITY_DIALOG (waiting), error);
}

/* The dialog's Save: the edit on the worker, the dialog open until it is
 * made, and saying why when it is not. */
static gboolean
entity_save (TautanEntityDialog        *dialog,
             const char                *id,
             const TautanEntityValues  *values,
             gpointer                   user_data,
             GError                   **error)
{
  TautanWindow *self = user_data;
  g_autofree char *doing = g_strdup_printf (_("Editing “%s”…"), values->name);
  EntityEdit *edit = _tautan_curation_copies_new (EntityEdit);

  edit->id = _tautan_curation_copy (edit, id);
  edit->values = *values;
  edit->values.name = _tautan_curation_copy (edit, values->name);
  edit->values.aliases = _tautan_curation_copy_strv (edit, values->aliases);
  edit->values.affiliation = _tautan_curation_copy (edit, values->affiliation);
  edit->values.role = _tautan_curation_copy (edit, values->role);
  edit->values.notes = _tautan_curation_copy (edit, values->notes);
  if (!_tautan_window_curation_run_for (self, entity_edit, edit, _tautan_curation_copies_free, doing,
                                        G_OBJECT (dialog), entity_finished))
    {
      g_set_error_literal (error, TAUTAN_DATASET_EDIT_ERROR, TAUTAN_DATASET_EDIT_ERROR_INVALID,
                           _("Another edit is still being made: wait for it to finish, then save again."));
      return FALSE;
    }
  return TRUE;
}

static void
edit_actor_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);
  guint entity = selected_entity (self);
  TautanEntityDialog *dialog;

  if (entity == TAUTAN_NONE)
    return;
  dialog = tautan_entity_dialog_new (GTK_WINDOW (self), self->session, entity);
  /* It calls back into the window: it goes with it. */
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  tautan_entity_dialog_set_save_func (dialog, entity_save, self);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Merge Into */

typedef struct
{
  TautanWindow  *window;
  TautanDataset *dataset;
  TautanEntityChooser *chooser;
  guint          entity;
} MergeData;

static void
merge_data_free (gpointer data)
{
  MergeData *m = data;

  g_object_unref (m->dataset);
  g_free (m);
}

typedef struct
{
  TautanCurationCopies  copies;
  const char           *into, *from;
  const char           *into_name, *from_name;
} MergeEdit;

static TautanDataset *
merge_edit (TautanDataset  *dataset,
            gpointer        data,
            char          **done,
            GError        **error)
{
  MergeEdit *m = data;

  *done = g_strdup_printf (_("“%s” merged into “%s”"), m->from_name, m->into_name);
  return tautan_dataset_merge_entities (dataset, m->into, m->from, error);
}

static void
merge_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   MergeData        *m)
{
  g_autofree char *doing = NULL;
  guint into = tautan_entity_chooser_get_entity (m->chooser);
  MergeEdit *edit;
  TautanEntity a, b;

  if (!g_str_equal (response, "apply") || into == TAUTAN_NONE || _tautan_window_curation_dataset (m->window) != m->dataset)
    return;
  tautan_dataset_get_entity (m->dataset, into, &a);
  tautan_dataset_get_entity (m->dataset, m->entity, &b);
  edit = _tautan_curation_copies_new (MergeEdit);
  edit->into = _tautan_curation_copy (edit, a.id);
  edit->from = _tautan_curation_copy (edit, b.id);
  edit->into_name = _tautan_curation_copy (edit, a.name);
  edit->from_name = _tautan_curation_copy (edit, b.name);
  doing = g_strdup_printf (_("Merging “%s” into “%s”…"), b.name, a.name);
  _tautan_window_curation_run (m->window, merge_edit, edit, _tautan_curation_copies_free, doing);
}

static void
merge_chosen_cb (TautanEntityChooser *chooser,
                 GParamSpec          *pspec,
                 AdwMessageDialog    *dialog)
{
  adw_message_dialog_set_response_enabled (dialog, "apply", tautan_entity_chooser_get_entity (chooser) != TAUTAN_NONE);
}

static void
merge_actor_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);
  guint entity = selected_entity (self);
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  MergeData *m;
  TautanEntity e;

  if (entity == TAUTAN_NONE)
    return;
  m = g_new0 (MergeData, 1);
  m->window = self;
  m->dataset = g_object_ref (_tautan_window_curation_dataset (self));
  m->entity = entity;
  tautan_dataset_get_entity (m->dataset, entity, &e);
  body = g_strdup_printf (_("Every event, quote and affiliation of “%s” goes to the actor chosen, "
                            "and “%s” becomes one of its aliases."), e.name, e.name);
  dialog = _tautan_window_curation_dialog (self, _("Merge Into Actor"), body, _("_Merge"));
  /* No actor is chosen for the user: the first of the dataset was, and
   * Enter (Merge is the default) merged an unnamed group into a person. */
  m->chooser = _tautan_window_curation_entity_chooser (m->dataset, _("Choose an actor"), FALSE, entity, TAUTAN_NONE);
  adw_message_dialog_set_response_enabled (dialog, "apply", FALSE);
  g_signal_connect_object (m->chooser, "notify::entity", G_CALLBACK (merge_chosen_cb), dialog, 0);
  adw_message_dialog_set_extra_child (dialog, _tautan_window_curation_labelled (_("_Into"), GTK_WIDGET (m->chooser)));
  g_signal_connect_data (dialog, "response", G_CALLBACK (merge_response_cb), m,
                         (GClosureNotify)(void (*) (void))merge_data_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Split */

typedef struct
{
  TautanWindow  *window;
  TautanDataset *dataset;
  GtkEditable   *name;
  GPtrArray     *checks;      /* GtkCheckButton, "tautan-id" and "tautan-quote" set */
  guint          entity;
} SplitData;

static void
split_data_free (gpointer data)
{
  SplitData *s = data;

  g_object_unref (s->dataset);
  g_ptr_array_unref (s->checks);
  g_free (s);
}

typedef struct
{
  TautanCurationCopies  copies;
  const char           *id;
  const char           *name;
  const char * const   *events;
  const char * const   *quotes;
} SplitEdit;

static TautanDataset *
split_edit (TautanDataset  *dataset,
            gpointer        data,
            char          **done,
            GError        **error)
{
  SplitEdit *s = data;

  *done = g_strdup_printf (_("“%s” split off"), s->name);
  return tautan_dataset_split_entity (dataset, s->id, s->name, s->events, s->quotes, NULL, error);
}

static void
split_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   SplitData        *s)
{
  g_autoptr(GStrvBuilder) events = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) quotes = g_strv_builder_new ();
  g_auto(GStrv) event_ids = NULL;
  g_auto(GStrv) quote_ids = NULL;
  g_autofree char *doing = NULL;
  SplitEdit *edit;

  if (!g_str_equal (response, "apply") || _tautan_window_curation_dataset (s->window) != s->dataset)
    return;
  for (guint i = 0; i < s->checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (s->checks, i);

      if (gtk_check_button_get_active (check))
        g_strv_builder_add (g_object_get_data (G_OBJECT (check), "tautan-quote") ? quotes : events,
                            g_object_get_data (G_OBJECT (check), "tautan-id"));
    }
  event_ids = g_strv_builder_end (events);
  quote_ids = g_strv_builder_end (quotes);
  edit = _tautan_curation_copies_new (SplitEdit);
  edit->id = _tautan_curation_copy (edit, _tautan_window_curation_entity_id (s->dataset, s->entity));
  edit->name = _tautan_curation_copy (edit, gtk_editable_get_text (s->name));
  edit->events = _tautan_curation_copy_strv (edit, (const char * const *)event_ids);
  edit->quotes = _tautan_curation_copy_strv (edit, (const char * const *)quote_ids);
  doing = g_strdup_printf (_("Splitting “%s” off…"), edit->name);
  _tautan_window_curation_run (s->window, split_edit, edit, _tautan_curation_copies_free, doing);
}

static void
add_split_check (SplitData  *s,
                 GtkBox     *box,
                 const char *id,
                 const char *text,
                 gboolean    quote)
{
  g_autofree char *shown = g_strdup_printf (quote ? "“%s”" : "%s", text);
  GtkWidget *check = gtk_check_button_new_with_label (shown);
  GtkWidget *label = gtk_widget_get_last_child (check);

  if (GTK_IS_LABEL (label))
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
    }
  g_object_set_data_full (G_OBJECT (check), "tautan-id", g_strdup (id), g_free);
  g_object_set_data (G_OBJECT (check), "tautan-quote", GINT_TO_POINTER (quote));
  g_ptr_array_add (s->checks, check);
  gtk_box_append (box, check);
}

static void
split_actor_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);
  guint entity = selected_entity (self);
  g_autofree char *body = NULL;
  g_autofree char *suggested = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *box, *list, *scrolled, *entry;
  TautanDataset *ds;
  SplitData *s;
  TautanEntity e;

  if (entity == TAUTAN_NONE)
    return;
  ds = _tautan_window_curation_dataset (self);
  s = g_new0 (SplitData, 1);
  s->window = self;
  s->dataset = g_object_ref (ds);
  s->entity = entity;
  s->checks = g_ptr_array_new ();
  tautan_dataset_get_entity (ds, entity, &e);

  body = g_strdup_printf (_("The events and quotes ticked go to a new actor; the rest stay with “%s”."), e.name);
  dialog = _tautan_window_curation_dialog (self, _("Split Actor"), body, _("_Split"));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  entry = gtk_entry_new ();
  suggested = g_strdup_printf (_("%s (2)"), e.name);
  gtk_editable_set_text (GTK_EDITABLE (entry), suggested);
  s->name = GTK_EDITABLE (entry);
  gtk_box_append (GTK_BOX (box), _tautan_window_curation_labelled (_("New actor's _name"), entry));

  list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  for (guint i = 0; i < tautan_dataset_get_n_events (ds); i++)
    {
      TautanEvent ev;
      gboolean in = FALSE;

      tautan_dataset_get_event (ds, i, &ev);
      for (guint k = 0; k < ev.n_actors && !in; k++)
        in = ev.actors[k] == entity;
      for (guint k = 0; k < ev.n_targets && !in; k++)
        in = ev.targets[k] == entity;
      if (in)
        add_split_check (s, GTK_BOX (list), ev.id, ev.summary, FALSE);
    }
  for (guint i = 0; i < tautan_dataset_get_n_quotes (ds); i++)
    {
      TautanQuote q;

      tautan_dataset_get_quote (ds, i, &q);
      if (q.speaker == entity)
        add_split_check (s, GTK_BOX (list), q.id, q.text, TRUE);
    }
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_box_append (GTK_BOX (box), _tautan_window_curation_labelled (_("Events and quotes to _move"), scrolled));
  adw_message_dialog_set_extra_child (dialog, box);
  g_signal_connect_data (dialog, "response", G_CALLBACK (split_response_cb), s,
                         (GClosureNotify)(void (*) (void))split_data_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Saving the dataset */

/**
 * _tautan_window_save_dataset:
 * @file: where to write it
 *
 * Returns: whether the dataset was saved; a failure is said in a dialog
 */
gboolean
_tautan_window_save_dataset (TautanWindow *self,
                             GFile        *file)
{
  g_autoptr(GError) error = NULL;

  if (!tautan_session_save_dataset (self->session, file, &error))
    {
      _tautan_window_show_error (self, _("Could Not Save the Dataset"), error);
      return FALSE;
    }
  _tautan_window_toast (self, _("Dataset saved"));
  return TRUE;
}

/**
 * _tautan_window_dataset_chosen:
 * @file: (nullable): what the dataset chooser answered, or %NULL when
 *   cancelled
 *
 * The dataset chooser is done: the dataset is saved to @file, then the
 * window closes or the workspace waiting for it is saved, as asked.
 */
void
_tautan_window_dataset_chosen (TautanWindow *self,
                               GFile        *file)
{
  gboolean close_after = self->close_after_dataset_save;
  gboolean then_workspace = self->workspace_after_dataset;
  g_autoptr(GFile) workspace = g_steal_pointer (&self->workspace_after_file);
  gboolean saved = FALSE;

  self->close_after_dataset_save = FALSE;
  self->workspace_after_dataset = FALSE;
  if (self->dataset_chooser != NULL)
    gtk_native_dialog_hide (GTK_NATIVE_DIALOG (self->dataset_chooser));
  g_clear_object (&self->dataset_chooser);
  if (file != NULL && self->session != NULL)
    {
      saved = _tautan_window_save_dataset (self, file);
      if (saved && close_after)
        gtk_window_close (GTK_WINDOW (self));
    }
  /* The workspace that waited for its dataset to have a file. */
  if (saved && then_workspace)
    _tautan_window_save_workspace_to (self, workspace, self->close_after_workspace);
}

static void
dataset_chooser_response_cb (TautanWindow         *self,
                             int                   response,
                             GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  _tautan_window_dataset_chosen (self, file);
}

void
_tautan_window_save_dataset_as (TautanWindow *self,
                                gboolean      close_after)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  TautanDataset *ds = _tautan_window_curation_dataset (self);
  GFile *file;

  if (ds == NULL || self->dataset_chooser != NULL)
    return;

  self->close_after_dataset_save = close_after;
  gtk_file_filter_set_name (filter, _("Tautan datasets"));
  gtk_file_filter_add_pattern (filter, "*.json");
  /* TRANSLATORS: the title of a file chooser; a workspace waits for it */
  self->dataset_chooser = gtk_file_chooser_native_new (self->workspace_after_dataset ? _("Save the Dataset First")
                                                                                     : _("Save Dataset"),
                                                       GTK_WINDOW (self),
                                                       GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->dataset_chooser), filter);
  file = tautan_dataset_get_file (ds);
  if (file != NULL && g_file_is_native (file) && !tautan_dataset_get_read_only (ds))
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (self->dataset_chooser), file, NULL);
  else
    {
      g_autofree char *name = file ? g_file_get_basename (file) : g_strdup ("dataset.json");
      g_autofree char *curated = g_str_has_suffix (name, ".json")
                                 ? g_strdup_printf ("%.*s-curated.json", (int)strlen (name) - 5, name)
                                 : g_strdup_printf ("%s.json", name);

      _tautan_window_start_chooser_beside_work (self, GTK_FILE_CHOOSER (self->dataset_chooser));
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->dataset_chooser), curated);
    }
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->dataset_chooser), TRUE);
  g_signal_connect_object (self->dataset_chooser, "response", G_CALLBACK (dataset_chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->dataset_chooser));
}

static gboolean
close_window_cb (gpointer data)
{
  gtk_window_close (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

/* Save where the dataset came from, unless that is read-only (the bundled
 * dataset) or not a file: then Save As. */
static void
save_dataset (TautanWindow *self,
              gboolean      close_after)
{
  TautanDataset *ds = _tautan_window_curation_dataset (self);
  GFile *file;

  if (ds == NULL)
    return;
  file = tautan_dataset_get_file (ds);
  if (file == NULL || tautan_dataset_get_read_only (ds) || !g_file_is_native (file))
    _tautan_window_save_dataset_as (self, close_after);
  else if (_tautan_window_save_dataset (self, file) && close_after)
    g_idle_add_full (G_PRIORITY_DEFAULT, close_window_cb, g_object_ref (self), g_object_unref);
}

static void
save_dataset_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  save_dataset (TAUTAN_WINDOW (widget), FALSE);
}

static void
save_dataset_as_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  _tautan_window_save_dataset_as (TAUTAN_WINDOW (widget), FALSE);
}

static void
dataset_unsaved_response_cb (TautanWindow     *self,
                             const char       *response,
                             AdwMessageDialog *dialog)
{
  if (g_str_equal (response, "discard"))
    {
      self->dataset_discarded = TRUE;
      tautan_autosave_discard_dataset (self->autosave);
      /* Once the dialog, which the window's closing destroys, is done. */
      g_idle_add_full (G_PRIORITY_DEFAULT, close_window_cb, g_object_ref (self), g_object_unref);
    }
  else if (g_str_equal (response, "save"))
    save_dataset (self, TRUE);
}

/**
 * _tautan_window_ask_dataset_changes:
 *
 * On close: unsaved dataset edits are asked about (Save, Discard,
 * Cancel), before the workspace's.
 *
 * Returns: %TRUE when the question is asked and the close must wait
 */
gboolean
_tautan_window_ask_dataset_changes (TautanWindow *self)
{
  AdwMessageDialog *dialog;
  TautanDataset *ds = _tautan_window_curation_dataset (self);
  const char *body;

  if (ds == NULL || self->dataset_discarded || !tautan_session_get_dataset_modified (self->session))
    return FALSE;

  body = tautan_dataset_get_read_only (ds)
         ? _("The dataset has edits (actors, events, quotes) that are not saved. The bundled dataset is "
             "read-only: Save writes a copy. Unsaved edits are lost when the window closes.")
         : _("The dataset has edits (actors, events, quotes) that are not saved. Unsaved edits are lost "
             "when the window closes.");
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Save Dataset Changes?"), body));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "discard", _("_Discard"),
                                    "save", _("_Save Dataset"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (dataset_unsaved_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

void
_tautan_window_update_curation_actions (TautanWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has_session = self->session != NULL;
  gboolean entity = selected_entity (self) != TAUTAN_NONE;

  gtk_widget_action_set_enabled (widget, "win.save-dataset", has_session);
  gtk_widget_action_set_enabled (widget, "win.save-dataset-as", has_session);
  gtk_widget_action_set_enabled (widget, "curate.edit-actor", entity);
  gtk_widget_action_set_enabled (widget, "curate.merge-actor", entity);
  gtk_widget_action_set_enabled (widget, "curate.split-actor", entity);
  gtk_widget_action_set_enabled (widget, "curate.edit-event", has_session);
  gtk_widget_action_set_enabled (widget, "curate.edit-quote", has_session);
  gtk_widget_action_set_enabled (widget, "curate.create-quote", has_session);
  gtk_widget_action_set_enabled (widget, "curate.create-event", has_session);
}

void
_tautan_window_class_curation_init (TautanWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  /* Ctrl+S saves the workspace, as before; the dataset adds Alt. */
  gtk_widget_class_install_action (widget_class, "win.save-dataset", NULL, save_dataset_action);
  gtk_widget_class_install_action (widget_class, "win.save-dataset-as", NULL, save_dataset_as_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_ALT_MASK,
                                       "win.save-dataset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_S, GDK_CONTROL_MASK | GDK_SHIFT_MASK | GDK_ALT_MASK,
                                       "win.save-dataset-as", NULL);

  gtk_widget_class_install_action (widget_class, "curate.edit-actor", NULL, edit_actor_action);
  gtk_widget_class_install_action (widget_class, "curate.merge-actor", NULL, merge_actor_action);
  gtk_widget_class_install_action (widget_class, "curate.split-actor", NULL, split_actor_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "curate.edit-actor", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, GDK_CONTROL_MASK, "curate.merge-actor", NULL);
  gtk_widget_class_install_action (widget_class, "curate.edit-event", "u", _tautan_window_edit_event_action);
  gtk_widget_class_install_action (widget_class, "curate.edit-quote", "u", _tautan_window_edit_quote_action);
  gtk_widget_class_install_action (widget_class, "curate.create-quote", "(uuu)", _tautan_window_create_quote_action);
  gtk_widget_class_install_action (widget_class, "curate.create-event", "(uuu)", _tautan_window_create_event_action);
}
