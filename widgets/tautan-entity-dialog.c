/* tautan-entity-dialog.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-entity-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "tautan/tautan-dataset-edit.h"
#include "tautan/tautan-entity-chooser.h"
#include "tautan/tautan-entity-dialog.h"

/* Edit Actor: an entity's name, kind, affiliation, role, aliases and
 * notes. Save makes the edited dataset and gives it to the session as one
 * undoable step; an edit the dataset refuses is said in the dialog, which
 * stays open with what the user typed. With a save function (the window's:
 * the edit on a worker thread, one at a time) the dialog waits, Save
 * greyed and a spinner turning, until it is told how the edit ended. */

struct _TautanEntityDialog
{
  AdwWindow       parent_instance;

  GtkWidget      *save_button;
  GtkSpinner     *save_spinner;
  GtkLabel       *error_label;
  AdwEntryRow    *name_row;
  AdwComboRow    *kind_row;
  TautanEntityChooser *affiliation_chooser;
  AdwEntryRow    *role_row;
  GtkTextView    *aliases_view;
  GtkTextView    *notes_view;

  TautanSession  *session;
  TautanDataset  *dataset;          /* the one the dialog was opened on */
  guint           entity;

  TautanEntityDialogSaveFunc save_func;
  gpointer        save_data;
  guint           saving : 1;
  guint           old_name_added : 1;   /* the aliases list has the old name because of a rename */
};

G_DEFINE_FINAL_TYPE (TautanEntityDialog, tautan_entity_dialog, ADW_TYPE_WINDOW)

static char *
text_of (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static void
fill (TautanEntityDialog *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GString) aliases = g_string_new (NULL);
  TautanDataset *ds = self->dataset;
  TautanEntity e;

  tautan_dataset_get_entity (ds, self->entity, &e);
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), e.name);
  gtk_editable_set_text (GTK_EDITABLE (self->role_row), e.role ? e.role : "");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view), e.notes ? e.notes : "", -1);
  for (guint i = 0; i < e.n_aliases; i++)
    g_string_append_printf (aliases, "%s%s", i ? "\n" : "", tautan_dataset_get_string (ds, e.aliases[i]));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->aliases_view), aliases->str, -1);

  for (guint k = 0; k < TAUTAN_N_ENTITY_KINDS; k++)
    gtk_string_list_append (kinds, tautan_entity_kind_label (k));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  adw_combo_row_set_selected (self->kind_row, e.kind);

  /* Any other actor, found by typing its name or an alias. */
  tautan_entity_chooser_set_none (self->affiliation_chooser, _("None"), TRUE);
  tautan_entity_chooser_set_skip (self->affiliation_chooser, self->entity);
  tautan_entity_chooser_set_dataset (self->affiliation_chooser, ds);
  tautan_entity_chooser_set_entity (self->affiliation_chooser, e.affiliation);
}

/* The lines of the aliases list, as typed (each still to be stripped). */
static char **
alias_lines (TautanEntityDialog *self)
{
  g_autofree char *text = text_of (self->aliases_view);

  return g_strsplit (text, "\n", -1);
}

/* Adds @alias as the list's last line, unless a line has it already. */
static gboolean
add_alias_line (TautanEntityDialog *self,
                const char         *alias)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->aliases_view);
  g_auto(GStrv) lines = alias_lines (self);
  gboolean empty = TRUE;
  GtkTextIter end;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_equal (g_strstrip (lines[i]), alias))
        return FALSE;
      empty &= lines[i][0] == '\0';
    }
  gtk_text_buffer_get_end_iter (buffer, &end);
  if (!empty && !gtk_text_iter_starts_line (&end))
    gtk_text_buffer_insert (buffer, &end, "\n", -1);
  gtk_text_buffer_insert (buffer, &end, alias, -1);
  return TRUE;
}

/* Takes out the last line that is @alias. */
static void
remove_alias_line (TautanEntityDialog *self,
                   const char         *alias)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->aliases_view);
  int n = gtk_text_buffer_get_line_count (buffer);

  for (int line = n - 1; line >= 0; line--)
    {
      GtkTextIter start, end;
      g_autofree char *text = NULL;

      gtk_text_buffer_get_iter_at_line (buffer, &start, line);
      end = start;
      if (!gtk_text_iter_ends_line (&end))
        gtk_text_iter_forward_to_line_end (&end);
      text = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
      if (!g_str_equal (text, alias))
        continue;
      /* The line and the line break before it (or after it, for the first). */
      if (line > 0)
        gtk_text_iter_backward_char (&start);
      else if (!gtk_text_iter_is_end (&end))
        gtk_text_iter_forward_char (&end);
      gtk_text_buffer_delete (buffer, &start, &end);
      return;
    }
}

/* A renamed actor keeps its old name as an alias, so search, the
 * extractor's gazetteer and merges still find it by the name the
 * sources use. It is put in the list as the user types, so they see it
 * and may take it out; the name typed back takes it out again. Saved
 * with the rename, it is one step to undo. */
static void
name_changed_cb (TautanEntityDialog *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  gboolean renamed;
  TautanEntity e;

  if (self->dataset == NULL)
    return;
  tautan_dataset_get_entity (self->dataset, self->entity, &e);
  renamed = name[0] != '\0' && !g_str_equal (name, e.name);
  if (renamed == self->old_name_added)
    return;
  if (renamed)
    self->old_name_added = add_alias_line (self, e.name);
  else
    {
      remove_alias_line (self, e.name);
      self->old_name_added = FALSE;
    }
}

static void
show_error (TautanEntityDialog *self,
            const char         *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static void
set_saving (TautanEntityDialog *self,
            gboolean            saving)
{
  self->saving = !!saving;
  gtk_widget_set_sensitive (self->save_button, !saving);
  gtk_widget_set_visible (GTK_WIDGET (self->save_spinner), saving);
  gtk_spinner_set_spinning (self->save_spinner, saving);
  if (saving)
    gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
}

/**
 * tautan_entity_dialog_save:
 *
 * Applies the dialog to the session's dataset as one undoable step, and
 * closes it; or says in the dialog why the edit cannot be made. With a
 * save function, starts the edit and waits for
 * tautan_entity_dialog_finish().
 *
 * Returns: whether the edit was made, or started
 */
gboolean
tautan_entity_dialog_save (TautanEntityDialog *self)
{
  g_autoptr(TautanDataset) edited = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *name = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) aliases = g_ptr_array_new ();
  TautanEntityValues values = { 0 };
  TautanEntity e;
  guint affiliation;

  g_return_val_if_fail (TAUTAN_IS_ENTITY_DIALOG (self), FALSE);

  if (self->saving)
    return FALSE;
  /* The dataset changed under the dialog (an undo): edit what it shows. */
  if (tautan_session_get_dataset (self->session) != self->dataset)
    {
      show_error (self, _("The dataset changed since this dialog opened (an undo or another edit). "
                          "Close the dialog and open it again."));
      return FALSE;
    }

  tautan_dataset_get_entity (self->dataset, self->entity, &e);
  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  lines = alias_lines (self);
  /* Renamed to one of its aliases: the name is no alias of itself. */
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_strstrip (lines[i])[0] != '\0' && !g_str_equal (lines[i], name))
      g_ptr_array_add (aliases, lines[i]);
  g_ptr_array_add (aliases, NULL);
  notes = text_of (self->notes_view);

  affiliation = tautan_entity_chooser_get_entity (self->affiliation_chooser);
  if (affiliation != TAUTAN_NONE && affiliation != self->entity)
    {
      TautanEntity a;

      tautan_dataset_get_entity (self->dataset, affiliation, &a);
      values.affiliation = a.id;
    }
  values.name = gtk_editable_get_text (GTK_EDITABLE (self->name_row));
  values.aliases = (const char * const *)aliases->pdata;
  values.kind = MIN (adw_combo_row_get_selected (self->kind_row), TAUTAN_N_ENTITY_KINDS - 1);
  values.role = gtk_editable_get_text (GTK_EDITABLE (self->role_row));
  values.notes = notes;

  if (self->save_func != NULL)
    {
      set_saving (self, TRUE);
      if (!self->save_func (self, e.id, &values, self->save_data, &error))
        {
          set_saving (self, FALSE);
          show_error (self, error->message);
          return FALSE;
        }
      return TRUE;
    }

  edited = tautan_dataset_edit_entity (self->dataset, e.id, &values, &error);
  if (edited == NULL)
    {
      show_error (self, error->message);
      return FALSE;
    }
  tautan_session_replace_dataset (self->session, edited);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

/**
 * tautan_entity_dialog_set_save_func:
 * @func: (nullable): makes the edit Save asks for; %NULL: Save makes it
 *   at once
 *
 * @user_data must outlive the dialog.
 */
void
tautan_entity_dialog_set_save_func (TautanEntityDialog         *self,
                                    TautanEntityDialogSaveFunc  func,
                                    gpointer                    user_data)
{
  g_return_if_fail (TAUTAN_IS_ENTITY_DIALOG (self));

  self->save_func = func;
  self->save_data = user_data;
}

/**
 * tautan_entity_dialog_finish:
 * @error: (nullable): why the edit was not made; %NULL when it was
 *
 * Ends a save the save function started: the dialog closes, or says why
 * and stays open with what the user typed.
 */
void
tautan_entity_dialog_finish (TautanEntityDialog *self,
                             const GError       *error)
{
  g_return_if_fail (TAUTAN_IS_ENTITY_DIALOG (self));

  set_saving (self, FALSE);
  if (error != NULL)
    {
      show_error (self, error->message);
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

static void
save_clicked_cb (TautanEntityDialog *self)
{
  tautan_entity_dialog_save (self);
}

static void
tautan_entity_dialog_dispose (GObject *object)
{
  TautanEntityDialog *self = (TautanEntityDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), TAUTAN_TYPE_ENTITY_DIALOG);
  g_clear_object (&self->session);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (tautan_entity_dialog_parent_class)->dispose (object);
}

static void
tautan_entity_dialog_class_init (TautanEntityDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tautan_entity_dialog_dispose;

  g_type_ensure (TAUTAN_TYPE_ENTITY_CHOOSER);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/tautan-entity-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TautanEntityDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, TautanEntityDialog, save_spinner);
  gtk_widget_class_bind_template_child (widget_class, TautanEntityDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, TautanEntityDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, TautanEntityDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, TautanEntityDialog, affiliation_chooser);
  gtk_widget_class_bind_template_child (widget_class, TautanEntityDialog, role_row);
  gtk_widget_class_bind_template_child (widget_class, TautanEntityDialog, aliases_view);
  gtk_widget_class_bind_template_child (widget_class, TautanEntityDialog, notes_view);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, name_changed_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                (GtkShortcutFunc)tautan_entity_dialog_save, NULL);
}

static void
tautan_entity_dialog_init (TautanEntityDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * tautan_entity_dialog_new:
 * @parent: the window it belongs to
 * @session: whose dataset is edited
 * @entity: the entity's index in the session's dataset
 *
 * Returns: (transfer none): a new dialog, to present
 */
TautanEntityDialog *
tautan_entity_dialog_new (GtkWindow     *parent,
                          TautanSession *session,
                          guint          entity)
{
  TautanEntityDialog *self;

  g_return_val_if_fail (TAUTAN_IS_SESSION (session), NULL);
  g_return_val_if_fail (entity < tautan_dataset_get_n_entities (tautan_session_get_dataset (session)), NULL);

  self = g_object_new (TAUTAN_TYPE_ENTITY_DIALOG, "transient-for", parent, NULL);
  self->session = g_object_ref (session);
  self->dataset = g_object_ref (tautan_session_get_dataset (session));
  self->entity = entity;
  fill (self);
  gtk_window_set_default_widget (GTK_WINDOW (self), self->save_button);
  return self;
}
