/* tautan-window.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-window"

#include "config.h"

#include <glib/gi18n.h>

#include "tautan/tautan-diagnostic.h"
#include "tautan/tautan-window.h"

/* How many problems the error dialog lists before "… and N more". */
#define MAX_DIALOG_DIAGNOSTICS 200

struct _TautanWindow
{
  AdwApplicationWindow  parent_instance;

  AdwWindowTitle       *window_title;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  AdwStatusPage        *loading_page;
  GtkProgressBar       *progress_bar;
  AdwStatusPage        *summary_page;
  GtkListBox           *summary_list;

  TautanDataset        *dataset;
  GCancellable         *load_cancellable;
  GtkFileChooserNative   *chooser;
  char                 *previous_page;
  double                progress;
  guint                 progress_source;
};

G_DEFINE_FINAL_TYPE (TautanWindow, tautan_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DATASET,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
add_summary_row (TautanWindow *self,
                 const char   *title,
                 const char   *value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (value);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  gtk_list_box_append (self->summary_list, row);
}

static void
show_dataset (TautanWindow *self)
{
  TautanDataset *ds = self->dataset;
  const char *title = tautan_dataset_get_title (ds);
  GFile *file = tautan_dataset_get_file (ds);
  g_autofree char *basename = file ? g_file_get_basename (file) : g_strdup (_("Untitled"));
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->summary_list))))
    gtk_list_box_remove (self->summary_list, child);

  adw_window_title_set_title (self->window_title, title ? title : basename);
  adw_window_title_set_subtitle (self->window_title,
                                 tautan_dataset_get_read_only (ds) ? _("Bundled dataset (read-only)") : basename);
  gtk_window_set_title (GTK_WINDOW (self), title ? title : basename);

  adw_status_page_set_title (self->summary_page, title ? title : basename);
  adw_status_page_set_description (self->summary_page, tautan_dataset_get_description (ds));

  if (tautan_dataset_get_n_events (ds) > 0)
    {
      TautanTimeSpan span = tautan_dataset_get_span (ds);
      g_autofree char *text = tautan_time_span_format_human (&span);

      add_summary_row (self, _("Time span"), text);
    }

  {
    struct { const char *label; guint n; } counts[] = {
      { _("Sources"), tautan_dataset_get_n_sources (ds) },
      { _("Actors"), tautan_dataset_get_n_entities (ds) },
      { _("Events"), tautan_dataset_get_n_events (ds) },
      { _("Quotes"), tautan_dataset_get_n_quotes (ds) },
    };

    for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
      {
        g_autofree char *n = g_strdup_printf ("%u", counts[i].n);
        add_summary_row (self, counts[i].label, n);
      }
  }

  gtk_stack_set_visible_child_name (self->stack, "summary");
}

static void
set_dataset (TautanWindow  *self,
             TautanDataset *dataset)
{
  if (!g_set_object (&self->dataset, dataset))
    return;

  show_dataset (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
}

static void
set_loading (TautanWindow *self,
             const char   *name)
{
  gboolean loading = name != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-load", loading);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open", !loading);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-bundled", !loading);

  if (loading)
    {
      g_autofree char *title = g_strdup_printf (_("Opening “%s”…"), name);

      g_free (self->previous_page);
      self->previous_page = g_strdup (gtk_stack_get_visible_child_name (self->stack));
      adw_status_page_set_title (self->loading_page, title);
      gtk_progress_bar_set_fraction (self->progress_bar, 0);
      gtk_stack_set_visible_child_name (self->stack, "loading");
    }
  else if (self->previous_page != NULL &&
           g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "loading") == 0)
    gtk_stack_set_visible_child_name (self->stack, self->dataset ? "summary" : "empty");

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
show_problems (TautanWindow *self,
               GFile        *file,
               GPtrArray    *diagnostics,
               const GError *error)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *heading = g_strdup_printf (_("Could Not Open “%s”"), name);
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, NULL));

  if (diagnostics != NULL && diagnostics->len > 0)
    {
      g_autofree char *text = tautan_diagnostics_format (diagnostics, MAX_DIALOG_DIAGNOSTICS);
      GtkWidget *scroller = gtk_scrolled_window_new ();
      GtkWidget *label = gtk_label_new (text);

      adw_message_dialog_format_body (dialog,
                                      g_dngettext (NULL, "The file has %u problem. Nothing was loaded; "
                                                   "fix it and open the file again.",
                                                   "The file has %u problems. Nothing was loaded; "
                                                   "fix them and open the file again.", diagnostics->len),
                                      diagnostics->len);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_yalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "diagnostics");
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), label);
      gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 80);
      gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 320);
      gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
      adw_message_dialog_set_extra_child (dialog, scroller);
    }
  else
    adw_message_dialog_set_body (dialog, error ? error->message : _("Unknown error"));

  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_set_default_size (GTK_WINDOW (dialog), 640, -1);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
update_progress_cb (gpointer user_data)
{
  TautanWindow *self = user_data;

  gtk_progress_bar_set_fraction (self->progress_bar, self->progress);
  self->progress_source = 0;
  return G_SOURCE_REMOVE;
}

typedef struct
{
  GWeakRef window;
  double   fraction;
} Progress;

static gboolean
progress_idle_cb (gpointer data)
{
  Progress *p = data;
  g_autoptr(TautanWindow) self = g_weak_ref_get (&p->window);

  if (self != NULL && self->progress_source == 0)
    {
      self->progress = p->fraction;
      self->progress_source = g_idle_add (update_progress_cb, self);
    }
  return G_SOURCE_REMOVE;
}

static void
progress_free (gpointer data)
{
  Progress *p = data;

  g_weak_ref_clear (&p->window);
  g_free (p);
}

/* Called on the loader's thread: hop to the main context. */
static void
load_progress_cb (double   fraction,
                  gpointer user_data)
{
  Progress *p = g_new0 (Progress, 1);

  g_weak_ref_init (&p->window, user_data);
  p->fraction = fraction;
  g_main_context_invoke_full (NULL, G_PRIORITY_DEFAULT, progress_idle_cb, p, progress_free);
}

typedef struct
{
  TautanWindow *self;
  GFile        *file;
} OpenData;

static void
open_data_free (OpenData *od)
{
  g_clear_object (&od->self);
  g_clear_object (&od->file);
  g_free (od);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OpenData, open_data_free)

static void
load_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(OpenData) od = user_data;
  TautanWindow *self = od->self;
  GFile *file = od->file;
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanDataset) dataset = NULL;

  dataset = tautan_dataset_load_finish (result, &diagnostics, &error);
  g_clear_object (&self->load_cancellable);
  g_clear_handle_id (&self->progress_source, g_source_remove);
  set_loading (self, NULL);

  if (dataset == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Opening cancelled")));
      else
        show_problems (self, file, diagnostics, error);
      return;
    }

  {
    g_autofree char *uri = g_file_get_uri (file);
    gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
  }

  set_dataset (self, dataset);
}

/**
 * tautan_window_open:
 *
 * Loads @file on a worker thread, with progress; the window stays
 * responsive and the load can be cancelled.
 */
void
tautan_window_open (TautanWindow *self,
                    GFile        *file)
{
  g_autofree char *name = NULL;
  OpenData *od;

  g_return_if_fail (TAUTAN_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->load_cancellable != NULL)
    g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_cancellable = g_cancellable_new ();

  name = g_file_get_basename (file);
  set_loading (self, name);

  od = g_new0 (OpenData, 1);
  od->self = g_object_ref (self);
  od->file = g_object_ref (file);
  tautan_dataset_load_async (file, TRUE, self->load_cancellable,
                             load_progress_cb, self, NULL,
                             load_done_cb, od);
}

void
tautan_window_open_bundled (TautanWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanDataset) dataset = NULL;

  g_return_if_fail (TAUTAN_IS_WINDOW (self));

  /* The bundled dataset is small and in memory: no thread needed. */
  dataset = tautan_dataset_load_resource (TAUTAN_BUNDLED_DATASET, &error);
  if (dataset == NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_uri ("resource://" TAUTAN_BUNDLED_DATASET);
      show_problems (self, file, NULL, error);
      return;
    }

  set_dataset (self, dataset);
}

TautanDataset *
tautan_window_get_dataset (TautanWindow *self)
{
  g_return_val_if_fail (TAUTAN_IS_WINDOW (self), NULL);
  return self->dataset;
}

gboolean
tautan_window_get_loading (TautanWindow *self)
{
  g_return_val_if_fail (TAUTAN_IS_WINDOW (self), FALSE);
  return self->load_cancellable != NULL;
}

static gboolean
drop_cb (TautanWindow  *self,
         const GValue  *value,
         double         x,
         double         y)
{
  if (G_VALUE_HOLDS (value, G_TYPE_FILE))
    {
      tautan_window_open (self, g_value_get_object (value));
      return TRUE;
    }
  return FALSE;
}

static void
chooser_response_cb (TautanWindow       *self,
                     int                 response,
                     GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        tautan_window_open (self, file);
    }
  g_clear_object (&self->chooser);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);
  g_autoptr(GtkFileFilter) json = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  if (self->chooser != NULL)
    return;

  gtk_file_filter_set_name (json, _("Tautan datasets (JSON)"));
  gtk_file_filter_add_mime_type (json, "application/json");
  gtk_file_filter_add_pattern (json, "*.json");
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");

  self->chooser = gtk_file_chooser_native_new (_("Open Dataset"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), json);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
open_bundled_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  tautan_window_open_bundled (TAUTAN_WINDOW (widget));
}

static void
cancel_load_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);

  if (self->load_cancellable != NULL)
    g_cancellable_cancel (self->load_cancellable);
}

static void
tautan_window_dispose (GObject *object)
{
  TautanWindow *self = (TautanWindow *)object;

  if (self->load_cancellable != NULL)
    g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  g_clear_handle_id (&self->progress_source, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->dataset);
  g_clear_pointer (&self->previous_page, g_free);

  gtk_widget_dispose_template (GTK_WIDGET (self), TAUTAN_TYPE_WINDOW);

  G_OBJECT_CLASS (tautan_window_parent_class)->dispose (object);
}

static void
tautan_window_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  TautanWindow *self = TAUTAN_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, tautan_window_get_loading (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tautan_window_class_init (TautanWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tautan_window_dispose;
  object_class->get_property = tautan_window_get_property;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, TAUTAN_TYPE_DATASET,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/tautan-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, loading_page);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, summary_page);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, summary_list);
  gtk_widget_class_bind_template_callback (widget_class, drop_cb);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-bundled", NULL, open_bundled_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-load", NULL, cancel_load_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.cancel-load", NULL);
}

static void
tautan_window_init (TautanWindow *self)
{
  GtkDropTarget *target;

  gtk_widget_init_template (GTK_WIDGET (self));

  target = gtk_drop_target_new (G_TYPE_FILE, GDK_ACTION_COPY);
  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-load", FALSE);
}

TautanWindow *
tautan_window_new (AdwApplication *application)
{
  return g_object_new (TAUTAN_TYPE_WINDOW, "application", application, NULL);
}
