/* tautan-window-export.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-window"

#include "config.h"

#include <glib/gi18n.h>

#include "tautan/tautan-briefing.h"
#include "tautan/tautan-export.h"
#include "tautan/tautan-interop.h"
#include "tautan/tautan-render-context.h"

#include <math.h>

#include "tautan-window-private.h"

/* Pictures, briefings and the clipboard copy of the canvas, drawn on a
 * worker thread so the window stays responsive. Each export takes copies
 * of what it draws (the slice, the positions on screen, the view, the
 * session as a workspace) and its own cancellable; it holds the window
 * only weakly, and closing the window cancels it. A failure says what
 * could not be exported, and why. */

typedef enum
{
  EXPORT_PICTURE,
  EXPORT_BRIEFING,
  EXPORT_CLIPBOARD,
  EXPORT_INTEROP,
} ExportKind;

typedef struct
{
  GWeakRef               window;
  GCancellable          *cancellable;
  ExportKind             kind;
  GFile                 *file;
  TautanRenderContext   *context;
  TautanDataset         *dataset;
  TautanSlice           *slice;
  TautanWorkspace       *workspace;
  TautanPoint           *positions;
  TautanView             view;
  TautanExportOptions    options;
  TautanBriefingOptions  briefing;
  TautanInteropOptions   interop;
  guint32                node_colors[TAUTAN_N_ENTITY_KINDS];
  char                  *title;
  char                  *author;
  /* The view's borrowed filter, its edges and a comparison, owned here:
   * the export runs on a worker thread while the canvas moves on. */
  TautanFilter          *filter;
  TautanFilterEdges     *filter_edges;
  TautanChanges         *changes;
  guint8                *focus;
  TautanRollup          *rollup;
} Export;

static void
export_free (Export *export)
{
  g_weak_ref_clear (&export->window);
  g_clear_object (&export->cancellable);
  g_clear_object (&export->file);
  g_clear_object (&export->context);
  g_clear_object (&export->dataset);
  g_clear_object (&export->slice);
  g_clear_object (&export->workspace);
  g_clear_pointer (&export->positions, g_free);
  g_clear_pointer (&export->title, g_free);
  g_clear_pointer (&export->author, g_free);
  g_clear_pointer (&export->filter, tautan_filter_unref);
  g_clear_pointer (&export->filter_edges, tautan_filter_edges_free);
  g_clear_pointer (&export->changes, tautan_changes_free);
  g_clear_pointer (&export->focus, g_free);
  g_clear_pointer (&export->rollup, tautan_rollup_free);
  g_free (export);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Export, export_free)

static void
export_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Export *export = task_data;
  g_autoptr(GError) error = NULL;
  GBytes *png;

  switch (export->kind)
    {
    case EXPORT_BRIEFING:
      if (!tautan_briefing_write (export->dataset, export->workspace, &export->briefing, export->file, &error))
        g_task_return_error (task, g_steal_pointer (&error));
      else
        g_task_return_pointer (task, NULL, NULL);
      break;

    case EXPORT_PICTURE:
      if (!tautan_export_write (export->context, export->slice, export->positions, &export->view,
                                &export->options, export->file, &error))
        g_task_return_error (task, g_steal_pointer (&error));
      else
        g_task_return_pointer (task, NULL, NULL);
      break;

    case EXPORT_INTEROP:
      {
        g_autoptr(TautanFileWriter) writer = tautan_file_writer_new (export->file, &error);

        if (writer == NULL ||
            !tautan_interop_write (export->slice, &export->interop, writer, cancellable, &error) ||
            !tautan_file_writer_commit (writer, &error))
          g_task_return_error (task, g_steal_pointer (&error));
        else
          g_task_return_pointer (task, NULL, NULL);
      }
      break;

    case EXPORT_CLIPBOARD:
    default:
      png = tautan_export_to_png_bytes (export->context, export->slice, export->positions, &export->view,
                                        &export->options, &error);
      if (png == NULL)
        g_task_return_error (task, g_steal_pointer (&error));
      else
        g_task_return_pointer (task, png, (GDestroyNotify)g_bytes_unref);
      break;
    }
}

static void
export_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  Export *export = g_task_get_task_data (G_TASK (result));
  g_autoptr(TautanWindow) self = g_weak_ref_get (&export->window);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) png = g_task_propagate_pointer (G_TASK (result), &error);
  g_autofree char *name = NULL;

  /* Closed or cancelled: nobody is waiting for this any more. */
  if (self == NULL || g_cancellable_is_cancelled (export->cancellable))
    return;

  g_ptr_array_remove (self->exports, export->cancellable);
  _tautan_window_notify_exporting (self);

  name = export->file ? g_file_get_basename (export->file) : NULL;
  if (error != NULL)
    {
      g_autofree char *heading = NULL;

      if (export->kind == EXPORT_CLIPBOARD)
        heading = g_strdup (_("Could Not Copy the Picture"));
      else
        heading = g_strdup_printf (_("Could Not Export “%s”"), name);
      _tautan_window_show_error (self, heading, error);
      return;
    }

  if (export->kind == EXPORT_CLIPBOARD)
    {
      g_autoptr(GdkTexture) texture = gdk_texture_new_from_bytes (png, &error);

      if (texture == NULL)
        {
          _tautan_window_show_error (self, _("Could Not Copy the Picture"), error);
          return;
        }
      gdk_clipboard_set_texture (gtk_widget_get_clipboard (GTK_WIDGET (self)), texture);
      _tautan_window_toast (self, _("Picture copied"));
      return;
    }

  if ((export->kind == EXPORT_PICTURE || export->kind == EXPORT_INTEROP) && self->export_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->export_dialog));
  if (export->kind == EXPORT_BRIEFING && self->briefing_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->briefing_dialog));
  {
    g_autofree char *text = g_strdup_printf (_("Exported “%s”"), name);
    g_autofree char *uri = g_file_get_uri (export->file);
    AdwToast *toast = adw_toast_new (text);

    /* What was exported is one click from being looked at. */
    adw_toast_set_button_label (toast, _("_Open"));
    adw_toast_set_action_name (toast, "win.open-export");
    adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
    _tautan_window_add_toast (self, toast);
  }
}

/* An export of what the window shows now: copies, so the thread never
 * sees the canvas change under it. */
static Export *
export_new (TautanWindow *self,
            ExportKind    kind,
            GFile        *file)
{
  Export *export = g_new0 (Export, 1);
  TautanDataset *dataset = tautan_session_get_dataset (self->session);
  guint n = tautan_dataset_get_n_entities (dataset);
  const TautanPoint *shown = tautan_graph_view_get_positions (self->graph_view);

  g_weak_ref_init (&export->window, self);
  export->cancellable = g_cancellable_new ();
  export->kind = kind;
  export->file = file ? g_object_ref (file) : NULL;
  export->dataset = g_object_ref (dataset);
  export->context = g_object_ref (tautan_graph_view_get_render_context (self->graph_view));
  export->slice = g_object_ref (tautan_graph_view_get_slice (self->graph_view));
  export->positions = g_new0 (TautanPoint, MAX (n, 1));
  if (shown != NULL)
    memcpy (export->positions, shown, n * sizeof (TautanPoint));
  export->view = *tautan_graph_view_get_view (self->graph_view);
  export->view.fade = NULL;
  export->filter = tautan_filter_ref (tautan_session_get_filter (self->session));
  export->view.filter = export->filter;
  if (export->view.filter_edges != NULL)
    {
      const TautanFilterEdges *edges = export->view.filter_edges;

      export->filter_edges = g_new0 (TautanFilterEdges, 1);
      export->filter_edges->edges = g_array_copy (edges->edges);
      export->filter_edges->type_pairs = g_array_copy (edges->type_pairs);
      if (edges->events != NULL)
        export->filter_edges->events = g_array_copy (edges->events);
      export->view.filter_edges = export->filter_edges;
    }
  if (export->view.focus != NULL)
    {
      export->focus = g_memdup2 (export->view.focus, MAX (n, 1));
      export->view.focus = export->focus;
    }
  if (export->view.changes != NULL)
    {
      export->changes = tautan_changes_compute (dataset, export->filter, &export->view.changes->before,
                                                &export->view.changes->after);
      export->view.changes = export->changes;
    }
  if (export->view.rollup != NULL)
    {
      export->rollup = tautan_rollup_copy (export->view.rollup);
      export->view.rollup = export->rollup;
    }
  return export;
}

static void
run_export (TautanWindow *self,
            Export       *export)
{
  g_autoptr(GTask) task = g_task_new (NULL, export->cancellable, export_done_cb, NULL);

  g_ptr_array_add (self->exports, g_object_ref (export->cancellable));
  g_task_set_source_tag (task, run_export);
  g_task_set_task_data (task, export, (GDestroyNotify)export_free);
  g_task_set_check_cancellable (task, FALSE);
  g_task_run_in_thread (task, export_thread);
  _tautan_window_notify_exporting (self);
}

void
_tautan_window_export_picture (TautanWindow              *self,
                               GFile                     *file,
                               const TautanExportOptions *options)
{
  Export *export;

  g_return_if_fail (TAUTAN_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (options != NULL);

  if (self->session == NULL)
    return;
  export = export_new (self, EXPORT_PICTURE, file);
  export->options = *options;
  export->title = g_strdup (options->title);
  export->options.title = export->title;
  run_export (self, export);
}

static guint32
rgb_of (const TautanRgba *c)
{
  return (guint32)lround (c->red * 255) << 16 | (guint32)lround (c->green * 255) << 8 |
         (guint32)lround (c->blue * 255);
}

/* The window as a graph file or a table for other tools, with the
 * filters, positions and colours on screen. */
void
_tautan_window_export_interop (TautanWindow               *self,
                               GFile                      *file,
                               const TautanInteropOptions *options)
{
  const TautanPalette *palette;
  Export *export;

  g_return_if_fail (TAUTAN_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (options != NULL);

  if (self->session == NULL)
    return;
  export = export_new (self, EXPORT_INTEROP, file);
  export->interop = *options;
  export->title = g_strdup (options->title);
  export->interop.title = export->title;
  export->interop.positions = options->format != TAUTAN_INTEROP_CSV ? export->positions : NULL;
  export->interop.hidden_kinds = export->view.hidden_kinds;
  export->interop.hidden_types = export->view.hidden_types;
  palette = tautan_render_context_get_palette (export->context);
  for (guint k = 0; k < TAUTAN_N_ENTITY_KINDS; k++)
    export->node_colors[k] = rgb_of (&palette->node_fill[k]);
  export->interop.node_colors = export->node_colors;
  run_export (self, export);
}

/* @options: (nullable): paper, title and author; NULL: the defaults */
void
_tautan_window_export_briefing (TautanWindow                *self,
                                GFile                       *file,
                                const TautanBriefingOptions *options)
{
  Export *export;

  g_return_if_fail (TAUTAN_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->session == NULL)
    return;
  export = export_new (self, EXPORT_BRIEFING, file);
  export->workspace = tautan_session_to_workspace (self->session);
  tautan_briefing_options_init (&export->briefing);
  if (options != NULL)
    {
      export->briefing.paper = options->paper;
      export->title = g_strdup (options->title);
      export->author = g_strdup (options->author);
      export->briefing.title = export->title;
      export->briefing.author = export->author;
    }
  /* The picture the user arranged, not a second layout. */
  export->briefing.positions = export->positions;
  run_export (self, export);
}

/* The picture on screen, with its title, window and legend, as PNG. */
void
_tautan_window_copy_picture (TautanWindow *self)
{
  Export *export;

  g_return_if_fail (TAUTAN_IS_WINDOW (self));

  if (self->session == NULL)
    return;
  export = export_new (self, EXPORT_CLIPBOARD, NULL);
  tautan_export_options_init (&export->options);
  export->options.format = TAUTAN_EXPORT_FORMAT_PNG;
  export->options.width = export->view.width;
  export->options.height = export->view.height;
  export->options.background = adw_style_manager_get_dark (adw_style_manager_get_default ())
                               ? TAUTAN_EXPORT_BACKGROUND_DARK : TAUTAN_EXPORT_BACKGROUND_LIGHT;
  run_export (self, export);
}

static void
export_chooser_response_cb (TautanWindow         *self,
                            int                   response,
                            GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT && self->session != NULL &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    {
      if (self->export_briefing)
        {
          TautanBriefingOptions options;

          tautan_briefing_options_init (&options);
          if (self->briefing_dialog != NULL)
            tautan_briefing_dialog_get_options (self->briefing_dialog, &options);
          _tautan_window_export_briefing (self, file, &options);
        }
      else if (self->export_dialog != NULL)
        {
          TautanExportOptions options;
          TautanInteropOptions interop;

          if (tautan_export_dialog_get_interop (self->export_dialog, &interop))
            _tautan_window_export_interop (self, file, &interop);
          else
            {
              tautan_export_dialog_get_options (self->export_dialog, &options);
              _tautan_window_export_picture (self, file, &options);
            }
        }
    }
  g_clear_object (&self->export_chooser);
}

void
_tautan_window_choose_export_file (TautanWindow *self,
                                   gboolean      briefing)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *pattern = NULL;
  g_autofree char *name = NULL;
  const char *base, *extension = "pdf";

  if (self->session == NULL || self->export_chooser != NULL)
    return;

  if (!briefing)
    {
      if (self->export_dialog == NULL)
        return;
      extension = tautan_export_dialog_get_extension (self->export_dialog);
    }

  self->export_briefing = briefing;
  base = tautan_dataset_get_title (tautan_session_get_dataset (self->session));
  name = g_strdup_printf ("%.80s.%s", base ? base : "tautan", extension);
  g_strdelimit (name, "/\\:", '-');
  pattern = g_strconcat ("*.", extension, NULL);
  gtk_file_filter_set_name (filter, extension);
  gtk_file_filter_add_pattern (filter, pattern);
  self->export_chooser = gtk_file_chooser_native_new (briefing ? _("Export Briefing") : _("Export"),
                                                      GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                                      _("_Export"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->export_chooser), filter);
  _tautan_window_start_chooser_beside_work (self, GTK_FILE_CHOOSER (self->export_chooser));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->export_chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->export_chooser), TRUE);
  g_signal_connect_object (self->export_chooser, "response", G_CALLBACK (export_chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->export_chooser));
}

gboolean
_tautan_window_get_exporting (TautanWindow *self)
{
  g_return_val_if_fail (TAUTAN_IS_WINDOW (self), FALSE);
  return self->exports != NULL && self->exports->len > 0;
}

void
_tautan_window_export_dispose (TautanWindow *self)
{
  if (self->exports != NULL)
    for (guint i = 0; i < self->exports->len; i++)
      g_cancellable_cancel (g_ptr_array_index (self->exports, i));
  g_clear_pointer (&self->exports, g_ptr_array_unref);
  if (self->export_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->export_chooser));
  g_clear_object (&self->export_chooser);
  if (self->export_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->export_dialog));
  if (self->briefing_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->briefing_dialog));
}
