/* tautan-import-dialog.c: File › Import Events…, GDELT and ICEWS files to a dataset
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Owns the import in the app: the same filters as `tautan import`, the
 * work on a worker thread with progress and Cancel, the dataset saved to
 * the user's data folder (so workspaces can name it) and opened in a new
 * window.
 */

#define G_LOG_DOMAIN "tautan-import-dialog"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "tautan/tautan-count.h"
#include "tautan/tautan-date.h"
#include "tautan/tautan-diagnostic.h"
#include "tautan/tautan-import-dialog.h"
#include "tautan/tautan-import.h"
#include "tautan/tautan-window.h"

struct _TautanImportDialog
{
  AdwWindow        parent_instance;

  GtkStack        *stack;
  AdwComboRow     *database_row;
  AdwActionRow    *files_row;
  AdwEntryRow     *actors_row;
  AdwEntryRow     *countries_row;
  AdwEntryRow     *roots_row;
  GtkCheckButton  *quad1_check;
  GtkCheckButton  *quad2_check;
  GtkCheckButton  *quad3_check;
  GtkCheckButton  *quad4_check;
  GtkSpinButton   *mentions_spin;
  AdwEntryRow     *since_row;
  AdwEntryRow     *until_row;
  GtkSwitch       *named_switch;
  AdwEntryRow     *title_row;
  GtkProgressBar  *progress_bar;

  GPtrArray       *files;        /* GFile */
  GtkFileChooserNative *chooser;
  GCancellable    *cancellable;  /* while importing */
};

G_DEFINE_FINAL_TYPE (TautanImportDialog, tautan_import_dialog, ADW_TYPE_WINDOW)

/* What the worker thread needs, copied from the dialog. */
typedef struct
{
  TautanImportOptions  options;
  GStrv                actors;
  GStrv                countries;
  GStrv                roots;
  char                *title;
  GPtrArray           *files;
  GFile               *output;
  GWeakRef             dialog;
  TautanImportStats    stats;
  guint64              n_problems;
  char                *first_problem;
} Job;

static void
job_free (Job *job)
{
  g_strfreev (job->actors);
  g_strfreev (job->countries);
  g_strfreev (job->roots);
  g_free (job->title);
  g_clear_pointer (&job->files, g_ptr_array_unref);
  g_clear_object (&job->output);
  g_weak_ref_clear (&job->dialog);
  g_free (job->first_problem);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Job, job_free)

/* "PRK, RUS ,, USA" → { "PRK", "RUS", "USA" }; NULL when empty. */
static GStrv
split_list (AdwEntryRow *row)
{
  g_auto(GStrv) parts = g_strsplit (gtk_editable_get_text (GTK_EDITABLE (row)), ",", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n = 0;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *item = g_strstrip (parts[i]);

      if (*item != '\0')
        {
          g_strv_builder_add (builder, item);
          n++;
        }
    }
  return n > 0 ? g_strv_builder_end (builder) : NULL;
}

static void
show_error (TautanImportDialog *self,
            const char         *heading,
            const char         *message)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, message));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
parse_day_row (TautanImportDialog *self,
               AdwEntryRow        *row,
               TautanDay          *day)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autofree char *message = NULL;

  *day = TAUTAN_DAY_NONE;
  if (text == NULL || *text == '\0' || tautan_day_parse (text, strlen (text), day))
    return TRUE;
  /* TRANSLATORS: %s is what the user typed as a date */
  message = g_strdup_printf (_("“%s” is not a date: write it as YYYY-MM-DD, for example 2024-06-19."), text);
  show_error (self, _("Which Day?"), message);
  gtk_widget_grab_focus (GTK_WIDGET (row));
  return FALSE;
}

/* Import is off until there are files to import, as GNOME's dialogs keep
 * their default action until it can be done (it used to answer with a
 * "No Files Chosen" dialog). */
static void
update_actions (TautanImportDialog *self)
{
  gboolean importing = self->cancellable != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.start", !importing && self->files->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.choose-files", !importing);
}

static void
set_importing (TautanImportDialog *self,
               gboolean            importing)
{
  gtk_stack_set_visible_child_name (self->stack, importing ? "progress" : "options");
  update_actions (self);
}

typedef struct
{
  GWeakRef dialog;
  double   fraction;
} Progress;

static gboolean
progress_idle_cb (gpointer data)
{
  Progress *progress = data;
  g_autoptr(TautanImportDialog) self = g_weak_ref_get (&progress->dialog);

  if (self != NULL)
    gtk_progress_bar_set_fraction (self->progress_bar, progress->fraction);
  g_weak_ref_clear (&progress->dialog);
  g_free (progress);
  return G_SOURCE_REMOVE;
}

/* On the worker thread: the fraction goes to the main loop. */
static void
progress_cb (double   fraction,
             gpointer user_data)
{
  Job *job = user_data;
  Progress *progress = g_new0 (Progress, 1);
  g_autoptr(GObject) dialog = g_weak_ref_get (&job->dialog);

  if (dialog == NULL)
    {
      g_free (progress);
      return;
    }
  g_weak_ref_init (&progress->dialog, dialog);
  progress->fraction = fraction;
  g_idle_add (progress_idle_cb, progress);
}

static void
import_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(TautanImporter) importer = NULL;
  g_autoptr(TautanDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) folder = NULL;
  GPtrArray *diagnostics;

  importer = tautan_importer_new (&job->options, &error);
  if (importer == NULL ||
      !tautan_importer_add_files (importer, (GFile * const *)job->files->pdata, NULL, job->files->len,
                                  cancellable, progress_cb, job, &error) ||
      (dataset = tautan_importer_build_dataset (importer, &error)) == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  tautan_importer_get_stats (importer, &job->stats);
  job->n_problems = tautan_importer_get_n_problems (importer);
  diagnostics = tautan_importer_get_diagnostics (importer);
  if (diagnostics != NULL && diagnostics->len > 0)
    job->first_problem = tautan_diagnostics_format (diagnostics, 1);

  folder = g_file_get_parent (job->output);
  if (!g_file_make_directory_with_parents (folder, cancellable, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_clear_error (&error);
  if (!tautan_dataset_save (dataset, job->output, cancellable, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_return_boolean (task, TRUE);
}

static void
import_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(TautanImportDialog) self = user_data;
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  GtkApplication *app;
  GtkWindow *parent;
  TautanWindow *window;
  AdwMessageDialog *dialog;

  g_clear_object (&self->cancellable);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      set_importing (self, FALSE);
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, _("Could Not Import the Events"), error->message);
      return;
    }

  /* The result opens in a window of its own; the one that asked keeps its
   * analysis. */
  parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  app = gtk_window_get_application (parent != NULL ? parent : GTK_WINDOW (self));
  window = tautan_window_new (ADW_APPLICATION (app));
  tautan_window_open (window, job->output);
  gtk_window_present (GTK_WINDOW (window));
  if (job->n_problems > 0)
    {
      g_autofree char *path = g_file_get_parse_name (job->output);
      g_autofree char *message = NULL;

      g_autofree char *count = g_strdup (tautan_count_format (job->n_problems));

      /* TRANSLATORS: the first %s is a number of rows, the second the first
       * problem, the third a file */
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%s row was left out because it could not be read. The first:\n%s\n\nThe dataset is saved as %s.",
                                              "%s rows were left out because they could not be read. The first:\n%s\n\nThe dataset is saved as %s.",
                                              job->n_problems > G_MAXULONG ? G_MAXULONG : (gulong)job->n_problems),
                                 count, job->first_problem ? job->first_problem : "", path);
      dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (window), _("Some Rows Were Skipped"), message));
      adw_message_dialog_add_response (dialog, "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static char *
output_name (Job *job)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *base = NULL;

  if (job->title != NULL)
    base = g_strdup (job->title);
  else
    base = g_file_get_basename (g_ptr_array_index (job->files, 0));
  g_strdelimit (base, "/\\:*?\"<>|", '-');
  return g_strdup_printf ("%.60s-%s.json", base, stamp);
}

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  TautanImportDialog *self = TAUTAN_IMPORT_DIALOG (widget);
  g_autoptr(GTask) task = NULL;
  g_autofree char *name = NULL;
  g_autofree char *folder = NULL;
  const char *title;
  Job *job;

  if (self->cancellable != NULL)
    return;
  if (self->files->len == 0)
    return;

  job = g_new0 (Job, 1);
  tautan_import_options_init (&job->options);
  if (!parse_day_row (self, self->since_row, &job->options.since) ||
      !parse_day_row (self, self->until_row, &job->options.until))
    {
      job_free (job);
      return;
    }
  job->options.database = adw_combo_row_get_selected (self->database_row) == 1 ? TAUTAN_IMPORT_ICEWS
                                                                                : TAUTAN_IMPORT_GDELT;
  job->actors = split_list (self->actors_row);
  job->countries = split_list (self->countries_row);
  job->roots = split_list (self->roots_row);
  job->options.actors = (const char * const *)job->actors;
  job->options.countries = (const char * const *)job->countries;
  job->options.roots = (const char * const *)job->roots;
  job->options.quad_classes = (gtk_check_button_get_active (self->quad1_check) ? 1u << TAUTAN_QUAD_VERBAL_COOPERATION : 0) |
                              (gtk_check_button_get_active (self->quad2_check) ? 1u << TAUTAN_QUAD_MATERIAL_COOPERATION : 0) |
                              (gtk_check_button_get_active (self->quad3_check) ? 1u << TAUTAN_QUAD_VERBAL_CONFLICT : 0) |
                              (gtk_check_button_get_active (self->quad4_check) ? 1u << TAUTAN_QUAD_MATERIAL_CONFLICT : 0);
  if (job->options.quad_classes == 0)
    {
      show_error (self, _("No Kind of Event Chosen"),
                  _("Keep at least one of verbal or material cooperation or conflict."));
      job_free (job);
      return;
    }
  if (job->options.quad_classes == (1u << TAUTAN_N_QUAD_CLASSES) - 1)
    job->options.quad_classes = 0;
  job->options.min_mentions = (guint)gtk_spin_button_get_value_as_int (self->mentions_spin);
  job->options.named_only = gtk_switch_get_active (self->named_switch);
  title = gtk_editable_get_text (GTK_EDITABLE (self->title_row));
  job->title = title != NULL && *title != '\0' ? g_strdup (title) : NULL;
  job->options.title = job->title;
  job->files = g_ptr_array_ref (self->files);
  g_weak_ref_init (&job->dialog, self);

  /* Imports are datasets like any other: kept where workspaces can name
   * them, in the user's data folder. */
  folder = g_build_filename (g_get_user_data_dir (), "tautan", "imports", NULL);
  name = output_name (job);
  job->output = g_file_new_build_filename (folder, name, NULL);

  self->cancellable = g_cancellable_new ();
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  set_importing (self, TRUE);
  task = g_task_new (NULL, self->cancellable, import_done_cb, g_object_ref (self));
  g_task_set_source_tag (task, start_action);
  g_task_set_task_data (task, job, (GDestroyNotify)job_free);
  g_task_run_in_thread (task, import_thread);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  TautanImportDialog *self = TAUTAN_IMPORT_DIALOG (widget);

  /* While importing, Cancel stops the import and keeps the dialog. */
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  else
    gtk_window_close (GTK_WINDOW (self));
}

static void
update_files_row (TautanImportDialog *self)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < self->files->len && i < 3; i++)
    {
      g_autofree char *name = g_file_get_basename (g_ptr_array_index (self->files, i));

      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append (names, name);
    }
  if (self->files->len > 3)
    {
      /* TRANSLATORS: after the first three file names */
      g_string_append_printf (names, g_dngettext (GETTEXT_PACKAGE, " and %s more", " and %s more",
                                                  self->files->len - 3),
                              tautan_count_format (self->files->len - 3));
    }
  adw_action_row_set_subtitle (self->files_row, self->files->len > 0 ? names->str : _("None chosen"));
  update_actions (self);
}

static void
chooser_response_cb (TautanImportDialog   *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));

      g_ptr_array_set_size (self->files, 0);
      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        g_ptr_array_add (self->files, g_list_model_get_item (files, i));
      update_files_row (self);
    }
  g_clear_object (&self->chooser);
}

static void
choose_files_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  TautanImportDialog *self = TAUTAN_IMPORT_DIALOG (widget);

  if (self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (_("Choose Event Files"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Choose"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (self->chooser), TRUE);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
tautan_import_dialog_dispose (GObject *object)
{
  TautanImportDialog *self = (TautanImportDialog *)object;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_pointer (&self->files, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), TAUTAN_TYPE_IMPORT_DIALOG);

  G_OBJECT_CLASS (tautan_import_dialog_parent_class)->dispose (object);
}

static void
tautan_import_dialog_class_init (TautanImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tautan_import_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/tautan-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TautanImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, TautanImportDialog, database_row);
  gtk_widget_class_bind_template_child (widget_class, TautanImportDialog, files_row);
  gtk_widget_class_bind_template_child (widget_class, TautanImportDialog, actors_row);
  gtk_widget_class_bind_template_child (widget_class, TautanImportDialog, countries_row);
  gtk_widget_class_bind_template_child (widget_class, TautanImportDialog, roots_row);
  gtk_widget_class_bind_template_child (widget_class, TautanImportDialog, quad1_check);
  gtk_widget_class_bind_template_child (widget_class, TautanImportDialog, quad2_check);
  gtk_widget_class_bind_template_child (widget_class, TautanImportDialog, quad3_check);
  gtk_widget_class_bind_template_child (widget_class, TautanImportDialog, quad4_check);
  gtk_widget_class_bind_template_child (widget_class, TautanImportDialog, mentions_spin);
  gtk_widget_class_bind_template_child (widget_class, TautanImportDialog, since_row);
  gtk_widget_class_bind_template_child (widget_class, TautanImportDialog, until_row);
  gtk_widget_class_bind_template_child (widget_class, TautanImportDialog, named_switch);
  gtk_widget_class_bind_template_child (widget_class, TautanImportDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, TautanImportDialog, progress_bar);

  gtk_widget_class_install_action (widget_class, "import.start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "import.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "import.choose-files", NULL, choose_files_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "import.cancel", NULL);
}

static void
tautan_import_dialog_init (TautanImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->files = g_ptr_array_new_with_free_func (g_object_unref);
  update_actions (self);
}

/**
 * tautan_import_dialog_new:
 * @parent: the window the import was asked from
 *
 * Returns: (transfer none): the dialog, owned by GTK until closed
 */
TautanImportDialog *
tautan_import_dialog_new (GtkWindow *parent)
{
  return g_object_new (TAUTAN_TYPE_IMPORT_DIALOG, "transient-for", parent,
                       "application", parent ? gtk_window_get_application (parent) : NULL, NULL);
}

/* For tests and drops: the files to import, as if chosen. */
void
tautan_import_dialog_set_files (TautanImportDialog *self,
                                GFile * const      *files,
                                guint               n_files)
{
  g_return_if_fail (TAUTAN_IS_IMPORT_DIALOG (self));

  g_ptr_array_set_size (self->files, 0);
  for (guint i = 0; i < n_files; i++)
    g_ptr_array_add (self->files, g_object_ref (files[i]));
  update_files_row (self);
}

void
tautan_import_dialog_set_database (TautanImportDialog   *self,
                                   TautanImportDatabase  database)
{
  g_return_if_fail (TAUTAN_IS_IMPORT_DIALOG (self));

  adw_combo_row_set_selected (self->database_row, database == TAUTAN_IMPORT_ICEWS ? 1 : 0);
}
