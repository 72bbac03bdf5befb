/* tautan-export-dialog.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-export-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "tautan/tautan-export-dialog.h"

/* Rows of the format list after the pictures: files for other tools. */
enum
{
  ROW_GEXF = TAUTAN_EXPORT_FORMAT_PDF + 1,
  ROW_GRAPHML,
  ROW_CSV_EVENTS,
  ROW_CSV_EDGES,
  ROW_CSV_QUOTES,
};

struct _TautanExportDialog
{
  AdwWindow       parent_instance;

  AdwComboRow    *format_row;
  AdwComboRow    *framing_row;
  GtkSpinButton  *width_spin;
  GtkSpinButton  *height_spin;
  AdwComboRow    *scale_row;
  AdwComboRow    *label_size_row;
  AdwComboRow    *background_row;
  AdwEntryRow    *title_row;
  GtkSwitch      *window_switch;
  GtkSwitch      *legend_switch;
  GtkSwitch      *filters_switch;
  GtkSwitch      *dataset_switch;
  GtkSwitch      *sources_switch;
};

G_DEFINE_FINAL_TYPE (TautanExportDialog, tautan_export_dialog, ADW_TYPE_WINDOW)

/* The window that opened the dialog does the export: it has the scene. */
static void
choose_file_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (widget));

  if (parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent), "win.export-to-file", NULL);
}

/* The briefing has its own dialog: this one gives way to it. */
static void
briefing_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (widget));

  if (parent == NULL)
    return;
  g_object_ref (parent);
  gtk_window_destroy (GTK_WINDOW (widget));
  gtk_widget_activate_action (GTK_WIDGET (parent), "win.export-briefing", NULL);
  g_object_unref (parent);
}

static void
tautan_export_dialog_class_init (TautanExportDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/tautan-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TautanExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, TautanExportDialog, framing_row);
  gtk_widget_class_bind_template_child (widget_class, TautanExportDialog, width_spin);
  gtk_widget_class_bind_template_child (widget_class, TautanExportDialog, height_spin);
  gtk_widget_class_bind_template_child (widget_class, TautanExportDialog, scale_row);
  gtk_widget_class_bind_template_child (widget_class, TautanExportDialog, label_size_row);
  gtk_widget_class_bind_template_child (widget_class, TautanExportDialog, background_row);
  gtk_widget_class_bind_template_child (widget_class, TautanExportDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, TautanExportDialog, window_switch);
  gtk_widget_class_bind_template_child (widget_class, TautanExportDialog, legend_switch);
  gtk_widget_class_bind_template_child (widget_class, TautanExportDialog, filters_switch);
  gtk_widget_class_bind_template_child (widget_class, TautanExportDialog, dataset_switch);
  gtk_widget_class_bind_template_child (widget_class, TautanExportDialog, sources_switch);

  gtk_widget_class_install_action (widget_class, "export.choose-file", NULL, choose_file_action);
  gtk_widget_class_install_action (widget_class, "export.briefing", NULL, briefing_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

/* Size, framing and furniture are the picture's: a graph file or a table
 * has none of them. */
static void
format_changed_cb (TautanExportDialog *self)
{
  gboolean picture = adw_combo_row_get_selected (self->format_row) <= TAUTAN_EXPORT_FORMAT_PDF;
  GtkWidget *picture_widgets[] = {
    GTK_WIDGET (self->framing_row), GTK_WIDGET (self->width_spin), GTK_WIDGET (self->height_spin),
    GTK_WIDGET (self->scale_row), GTK_WIDGET (self->label_size_row), GTK_WIDGET (self->background_row),
    GTK_WIDGET (self->window_switch),
    GTK_WIDGET (self->legend_switch), GTK_WIDGET (self->filters_switch), GTK_WIDGET (self->dataset_switch),
    GTK_WIDGET (self->sources_switch),
  };

  /* The format's name is short, so the menu never cuts it; what it is
   * good for is said under it, in the menu's order. */
  const char *details[] = {
    N_("A picture, for slides and documents"),
    N_("Editable, with searchable text"),
    N_("Printable, with selectable text"),
    N_("The network with its timeline, for Gephi"),
    N_("The network, for Cytoscape, yEd or networkx"),
    N_("A table, one row per event"),
    N_("A table, one row per link"),
    N_("A table, one row per quote, with its citation"),
  };
  guint format = adw_combo_row_get_selected (self->format_row);

  for (guint i = 0; i < G_N_ELEMENTS (picture_widgets); i++)
    gtk_widget_set_sensitive (picture_widgets[i], picture);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->format_row),
                               format < G_N_ELEMENTS (details) ? _(details[format]) : "");
}

static void
tautan_export_dialog_init (TautanExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (self->format_row, "notify::selected", G_CALLBACK (format_changed_cb), self);
  format_changed_cb (self);
}

/**
 * tautan_export_dialog_new:
 * @view_width: the canvas size, proposed as the picture's
 *
 * Returns: (transfer none): the dialog, owned by GTK until closed
 */
TautanExportDialog *
tautan_export_dialog_new (GtkWindow  *parent,
                          const char *title,
                          int         view_width,
                          int         view_height)
{
  TautanExportDialog *self = g_object_new (TAUTAN_TYPE_EXPORT_DIALOG, "transient-for", parent, NULL);

  if (title != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->title_row), title);
  if (view_width > 0 && view_height > 0)
    {
      gtk_spin_button_set_value (self->width_spin, view_width);
      gtk_spin_button_set_value (self->height_spin, view_height);
    }
  return self;
}

void
tautan_export_dialog_set_format (TautanExportDialog *self,
                                 TautanExportFormat  format)
{
  g_return_if_fail (TAUTAN_IS_EXPORT_DIALOG (self));
  adw_combo_row_set_selected (self->format_row, format);
}

void
tautan_export_dialog_get_options (TautanExportDialog  *self,
                                  TautanExportOptions *options)
{
  const char *title;

  g_return_if_fail (TAUTAN_IS_EXPORT_DIALOG (self));

  tautan_export_options_init (options);
  options->format = (TautanExportFormat)adw_combo_row_get_selected (self->format_row);
  options->framing = adw_combo_row_get_selected (self->framing_row) == 1 ? TAUTAN_EXPORT_FRAMING_WHOLE
                                                                          : TAUTAN_EXPORT_FRAMING_VIEW;
  options->width = gtk_spin_button_get_value_as_int (self->width_spin);
  options->height = gtk_spin_button_get_value_as_int (self->height_spin);
  options->scale = adw_combo_row_get_selected (self->scale_row) + 1;
  {
    /* Small, Normal, Large, Largest */
    static const double label_scales[] = { 0.8, 1.0, 1.4, 2.0 };

    options->label_scale = label_scales[MIN (adw_combo_row_get_selected (self->label_size_row),
                                             G_N_ELEMENTS (label_scales) - 1)];
  }
  options->background = (TautanExportBackground)adw_combo_row_get_selected (self->background_row);

  title = gtk_editable_get_text (GTK_EDITABLE (self->title_row));
  options->furniture = TAUTAN_EXPORT_FURNITURE_NONE;
  if (title != NULL && *title != '\0')
    {
      options->title = title;
      options->furniture |= TAUTAN_EXPORT_FURNITURE_TITLE;
    }
  if (gtk_switch_get_active (self->window_switch))
    options->furniture |= TAUTAN_EXPORT_FURNITURE_TIME_WINDOW;
  if (gtk_switch_get_active (self->legend_switch))
    options->furniture |= TAUTAN_EXPORT_FURNITURE_LEGEND;
  if (gtk_switch_get_active (self->filters_switch))
    options->furniture |= TAUTAN_EXPORT_FURNITURE_FILTERS;
  if (gtk_switch_get_active (self->dataset_switch))
    options->furniture |= TAUTAN_EXPORT_FURNITURE_DATASET;
  if (gtk_switch_get_active (self->sources_switch))
    options->furniture |= TAUTAN_EXPORT_FURNITURE_SOURCES;
}

/**
 * tautan_export_dialog_get_interop:
 * @options: (out): the file's options when one for other tools is chosen
 *
 * Returns: %TRUE when the chosen format is a graph file or a table (GEXF,
 *   GraphML, CSV) rather than a picture
 */
gboolean
tautan_export_dialog_get_interop (TautanExportDialog   *self,
                                  TautanInteropOptions *options)
{
  guint row;
  const char *title;

  g_return_val_if_fail (TAUTAN_IS_EXPORT_DIALOG (self), FALSE);

  row = adw_combo_row_get_selected (self->format_row);
  if (row < ROW_GEXF)
    return FALSE;

  tautan_interop_options_init (options);
  options->format = row == ROW_GEXF ? TAUTAN_INTEROP_GEXF
                  : row == ROW_GRAPHML ? TAUTAN_INTEROP_GRAPHML : TAUTAN_INTEROP_CSV;
  options->csv_table = row == ROW_CSV_EDGES ? TAUTAN_CSV_EDGES
                     : row == ROW_CSV_QUOTES ? TAUTAN_CSV_QUOTES : TAUTAN_CSV_EVENTS;
  title = gtk_editable_get_text (GTK_EDITABLE (self->title_row));
  if (title != NULL && *title != '\0')
    options->title = title;
  return TRUE;
}

/* For the file chooser: the extension of the chosen format. */
const char *
tautan_export_dialog_get_extension (TautanExportDialog *self)
{
  static const char *extensions[] = { "png", "svg", "pdf", "gexf", "graphml", "csv", "csv", "csv" };
  guint row;

  g_return_val_if_fail (TAUTAN_IS_EXPORT_DIALOG (self), "png");

  row = adw_combo_row_get_selected (self->format_row);
  return row < G_N_ELEMENTS (extensions) ? extensions[row] : "png";
}
