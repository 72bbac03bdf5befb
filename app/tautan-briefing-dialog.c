/* tautan-briefing-dialog.c: the options of a briefing, with a preview
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Paper size, title and author of a briefing, and its first two pages as
 * thumbnails drawn by the briefing code itself on a worker thread, again
 * a moment after each change. The dialog works on a snapshot of the
 * session (a workspace and the positions on screen), so what is
 * previewed is what is exported; "Export…" hands over to the window,
 * which asks where and writes the PDF off the main thread. */

#define G_LOG_DOMAIN "tautan-briefing-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tautan/tautan-briefing-dialog.h"

#include "tautan-window-private.h"

#define PREVIEW_PAGES  2
#define PREVIEW_SCALE  0.4    /* pixels per point, before the screen's scale */
#define PREVIEW_DELAY  350    /* ms after the last keystroke */

struct _TautanBriefingDialog
{
  AdwWindow         parent_instance;

  AdwComboRow      *paper_row;
  AdwEntryRow      *title_row;
  AdwEntryRow      *author_row;
  GtkStack         *preview_stack;
  GtkSpinner       *spinner;
  GtkPicture       *page1;
  GtkPicture       *page2;
  GtkLabel         *error_label;

  TautanDataset    *dataset;
  TautanWorkspace  *workspace;
  TautanPoint      *positions;
  GCancellable     *preview_cancellable;
  guint             preview_source;
};

G_DEFINE_FINAL_TYPE (TautanBriefingDialog, tautan_briefing_dialog, ADW_TYPE_WINDOW)

/* What a preview thread draws: its own copies of the options. */
typedef struct
{
  TautanDataset    *dataset;
  TautanWorkspace  *workspace;
  TautanPoint      *positions;
  char             *title;
  char             *author;
  TautanPaper       paper;
  double            scale;
} Preview;

static void
preview_free (Preview *preview)
{
  g_clear_object (&preview->dataset);
  g_clear_object (&preview->workspace);
  g_clear_pointer (&preview->positions, g_free);
  g_clear_pointer (&preview->title, g_free);
  g_clear_pointer (&preview->author, g_free);
  g_free (preview);
}

static GBytes *
surface_bytes (cairo_surface_t *surface)
{
  cairo_surface_flush (surface);
  return g_bytes_new (cairo_image_surface_get_data (surface),
                      (gsize)cairo_image_surface_get_stride (surface) * cairo_image_surface_get_height (surface));
}

/* The pages as textures: GDK_MEMORY_DEFAULT is cairo's ARGB32. */
static void
preview_thread (GTask        *task,
                gpointer      source,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Preview *preview = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) pages = NULL;
  GPtrArray *textures;
  TautanBriefingOptions options;

  tautan_briefing_options_init (&options);
  options.title = preview->title;
  options.author = preview->author;
  options.paper = preview->paper;
  options.positions = preview->positions;
  pages = tautan_briefing_render_pages (preview->dataset, preview->workspace, &options, PREVIEW_PAGES,
                                        preview->scale, &error);
  if (pages == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  textures = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < pages->len; i++)
    {
      cairo_surface_t *page = g_ptr_array_index (pages, i);
      g_autoptr(GBytes) bytes = surface_bytes (page);

      g_ptr_array_add (textures, gdk_memory_texture_new (cairo_image_surface_get_width (page),
                                                         cairo_image_surface_get_height (page),
                                                         GDK_MEMORY_DEFAULT, bytes,
                                                         cairo_image_surface_get_stride (page)));
    }
  g_task_return_pointer (task, textures, (GDestroyNotify)g_ptr_array_unref);
}

/* Previews drawing on a worker thread, which may outlive their dialog:
 * the process must not exit under one, or Pango's shaper is torn down
 * beneath it (a crash at exit). Main thread only. */
static guint n_drawing;

/**
 * _tautan_briefing_dialog_get_drawing:
 *
 * Returns: whether a preview is still being drawn on a worker thread
 */
gboolean
_tautan_briefing_dialog_get_drawing (void)
{
  return n_drawing > 0;
}

static void
preview_done_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GCancellable *cancellable = g_task_get_cancellable (G_TASK (result));
  g_autoptr(TautanBriefingDialog) self = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) textures = g_task_propagate_pointer (G_TASK (result), &error);
  GWeakRef *ref = user_data;

  n_drawing--;
  self = g_weak_ref_get (ref);
  g_weak_ref_clear (ref);
  g_free (ref);
  /* Closed, or a newer preview is on its way. */
  if (self == NULL || g_cancellable_is_cancelled (cancellable) || cancellable != self->preview_cancellable)
    return;

  gtk_spinner_stop (self->spinner);
  if (textures == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("The preview could not be drawn: %s"), error->message);

      gtk_label_set_text (self->error_label, text);
      gtk_stack_set_visible_child_name (self->preview_stack, "error");
      return;
    }
  gtk_picture_set_paintable (self->page1, textures->len > 0 ? g_ptr_array_index (textures, 0) : NULL);
  gtk_picture_set_paintable (self->page2, textures->len > 1 ? g_ptr_array_index (textures, 1) : NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->page2), textures->len > 1);
  gtk_stack_set_visible_child_name (self->preview_stack, "pages");
}

static void
start_preview (TautanBriefingDialog *self)
{
  g_autoptr(GTask) task = NULL;
  Preview *preview = g_new0 (Preview, 1);
  TautanBriefingOptions options;
  guint n = tautan_dataset_get_n_entities (self->dataset);
  GWeakRef *ref = g_new0 (GWeakRef, 1);

  g_clear_handle_id (&self->preview_source, g_source_remove);
  if (self->preview_cancellable != NULL)
    g_cancellable_cancel (self->preview_cancellable);
  g_clear_object (&self->preview_cancellable);
  self->preview_cancellable = g_cancellable_new ();

  tautan_briefing_dialog_get_options (self, &options);
  preview->dataset = g_object_ref (self->dataset);
  preview->workspace = g_object_ref (self->workspace);
  preview->positions = g_memdup2 (self->positions, sizeof (TautanPoint) * MAX (n, 1));
  preview->title = g_strdup (options.title);
  preview->author = g_strdup (options.author);
  preview->paper = options.paper;
  /* Sharp on a high-resolution screen. */
  preview->scale = PREVIEW_SCALE * MAX (1, gtk_widget_get_scale_factor (GTK_WIDGET (self)));

  gtk_stack_set_visible_child_name (self->preview_stack, "drawing");
  gtk_spinner_start (self->spinner);

  g_weak_ref_init (ref, self);
  task = g_task_new (NULL, self->preview_cancellable, preview_done_cb, ref);
  g_task_set_source_tag (task, start_preview);
  g_task_set_task_data (task, preview, (GDestroyNotify)preview_free);
  g_task_set_check_cancellable (task, FALSE);
  n_drawing++;
  g_task_run_in_thread (task, preview_thread);
}

static gboolean
preview_timeout_cb (gpointer user_data)
{
  TautanBriefingDialog *self = user_data;

  self->preview_source = 0;
  start_preview (self);
  return G_SOURCE_REMOVE;
}

/* Typing redraws once it pauses; the paper size redraws at once. */
static void
text_changed_cb (TautanBriefingDialog *self)
{
  if (self->dataset == NULL)
    return;
  g_clear_handle_id (&self->preview_source, g_source_remove);
  self->preview_source = g_timeout_add (PREVIEW_DELAY, preview_timeout_cb, self);
}

static void
paper_changed_cb (TautanBriefingDialog *self)
{
  if (self->dataset != NULL)
    start_preview (self);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (widget));

  if (parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent), "win.export-briefing-to-file", NULL);
}

static void
tautan_briefing_dialog_dispose (GObject *object)
{
  TautanBriefingDialog *self = (TautanBriefingDialog *)object;

  g_clear_handle_id (&self->preview_source, g_source_remove);
  if (self->preview_cancellable != NULL)
    g_cancellable_cancel (self->preview_cancellable);
  g_clear_object (&self->preview_cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), TAUTAN_TYPE_BRIEFING_DIALOG);

  G_OBJECT_CLASS (tautan_briefing_dialog_parent_class)->dispose (object);
}

static void
tautan_briefing_dialog_finalize (GObject *object)
{
  TautanBriefingDialog *self = (TautanBriefingDialog *)object;

  g_clear_object (&self->dataset);
  g_clear_object (&self->workspace);
  g_clear_pointer (&self->positions, g_free);

  G_OBJECT_CLASS (tautan_briefing_dialog_parent_class)->finalize (object);
}

static void
tautan_briefing_dialog_class_init (TautanBriefingDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tautan_briefing_dialog_dispose;
  object_class->finalize = tautan_briefing_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/tautan-briefing-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TautanBriefingDialog, paper_row);
  gtk_widget_class_bind_template_child (widget_class, TautanBriefingDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, TautanBriefingDialog, author_row);
  gtk_widget_class_bind_template_child (widget_class, TautanBriefingDialog, preview_stack);
  gtk_widget_class_bind_template_child (widget_class, TautanBriefingDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, TautanBriefingDialog, page1);
  gtk_widget_class_bind_template_child (widget_class, TautanBriefingDialog, page2);
  gtk_widget_class_bind_template_child (widget_class, TautanBriefingDialog, error_label);

  gtk_widget_class_install_action (widget_class, "briefing.export", NULL, export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "briefing.export", NULL);
}

static void
tautan_briefing_dialog_init (TautanBriefingDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (self->paper_row, "notify::selected", G_CALLBACK (paper_changed_cb), self);
  g_signal_connect_swapped (self->title_row, "changed", G_CALLBACK (text_changed_cb), self);
  g_signal_connect_swapped (self->author_row, "changed", G_CALLBACK (text_changed_cb), self);
}

TautanBriefingDialog *
tautan_briefing_dialog_new (GtkWindow         *parent,
                            TautanDataset     *dataset,
                            TautanWorkspace   *workspace,
                            const TautanPoint *positions)
{
  TautanBriefingDialog *self;
  guint n;
  const char *title;

  g_return_val_if_fail (TAUTAN_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (TAUTAN_IS_WORKSPACE (workspace), NULL);

  self = g_object_new (TAUTAN_TYPE_BRIEFING_DIALOG, "transient-for", parent, NULL);
  n = tautan_dataset_get_n_entities (dataset);
  title = tautan_dataset_get_title (dataset);
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), title ? title : "");
  gtk_editable_set_text (GTK_EDITABLE (self->author_row), tautan_briefing_default_author ());

  /* Set last, so filling the fields draws no preview of their own. */
  self->dataset = g_object_ref (dataset);
  self->workspace = g_object_ref (workspace);
  self->positions = g_new0 (TautanPoint, MAX (n, 1));
  if (positions != NULL && n > 0)
    memcpy (self->positions, positions, sizeof (TautanPoint) * n);
  start_preview (self);
  return self;
}

void
tautan_briefing_dialog_get_options (TautanBriefingDialog  *self,
                                    TautanBriefingOptions *options)
{
  g_return_if_fail (TAUTAN_IS_BRIEFING_DIALOG (self));
  g_return_if_fail (options != NULL);

  tautan_briefing_options_init (options);
  options->paper = adw_combo_row_get_selected (self->paper_row) == 1 ? TAUTAN_PAPER_LETTER : TAUTAN_PAPER_A4;
  options->title = gtk_editable_get_text (GTK_EDITABLE (self->title_row));
  /* Cleared by the user: no author line, not the login name. */
  options->author = gtk_editable_get_text (GTK_EDITABLE (self->author_row));
}

gboolean
tautan_briefing_dialog_get_preview_ready (TautanBriefingDialog *self)
{
  g_return_val_if_fail (TAUTAN_IS_BRIEFING_DIALOG (self), FALSE);
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->preview_stack), "pages") == 0;
}

/**
 * tautan_briefing_dialog_get_preview_page:
 *
 * Returns: (transfer none) (nullable): the preview of page @index + 1
 */
GdkPaintable *
tautan_briefing_dialog_get_preview_page (TautanBriefingDialog *self,
                                         guint                 index)
{
  g_return_val_if_fail (TAUTAN_IS_BRIEFING_DIALOG (self), NULL);
  return gtk_picture_get_paintable (index == 0 ? self->page1 : self->page2);
}
