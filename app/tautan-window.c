/* tautan-window.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-window"

#include "config.h"

#include <glib/gi18n.h>

#include "tautan/tautan-application.h"
#include "tautan/tautan-briefing.h"
#include "tautan/tautan-export-dialog.h"
#include "tautan/tautan-diagnostic.h"
#include "tautan/tautan-graph-view.h"
#include "tautan/tautan-side-panel.h"
#include "tautan/tautan-source-window.h"
#include "tautan/tautan-timeline.h"
#include "tautan/tautan-window.h"
#include "tautan/tautan-workspace.h"

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
  GtkPaned             *paned;
  TautanGraphView      *graph_view;
  TautanTimeline       *timeline;
  TautanSidePanel      *side_panel;
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  GtkToggleButton      *search_button;
  GtkWidget            *mode_box;
  GtkToggleButton      *cumulative_button;
  GtkToggleButton      *panel_button;
  GtkWidget            *legend_button;
  GtkBox               *legend_box;
  GMenu                *recent_menu;
  GtkWidget            *views_button;
  GtkWidget            *export_button;
  TautanExportDialog   *export_dialog;  /* weak */
  GtkFileChooserNative *export_chooser;
  gboolean              export_briefing;
  GtkWidget            *header_bar;
  GtkWidget            *caption_box;
  GtkLabel             *caption_counter;
  GtkLabel             *caption_title;
  GtkLabel             *caption_window;
  GtkLabel             *caption_note;
  GtkBox               *callout_box;
  GtkListBox           *views_list;
  GtkWidget            *views_empty;

  TautanWorkspace      *workspace;      /* the analysis of the dataset shown */
  TautanWorkspace      *pending;        /* to apply once its dataset loads */
  GtkFileChooserNative *save_chooser;
  gboolean              dirty;
  gboolean              close_after_save;

  /* Undo and redo: snapshots of what the user edits, taken before each
   * edit (node moves and pins, filters, views). */
  GPtrArray            *undo;
  GPtrArray            *redo;
  gboolean              restoring;

  /* Presentation: the saved views in order, full screen. */
  int                   slide;          /* -1 when not presenting */
  gboolean              panel_was_visible;
  guint                 transition_id;
  gint64                transition_start;
  TautanTimeSpan        transition_from;
  TautanTimeSpan        transition_to;

  TautanDataset        *dataset;
  GCancellable         *load_cancellable;
  GtkFileChooserNative   *chooser;
  char                 *previous_page;
  double                progress;
  guint                 progress_source;
};

G_DEFINE_FINAL_TYPE (TautanWindow, tautan_window, ADW_TYPE_APPLICATION_WINDOW)

static void push_undo (TautanWindow *self);

enum {
  PROP_0,
  PROP_DATASET,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *kind_glyphs[TAUTAN_N_ENTITY_KINDS] = { "●", "■", "◆", "▲", "◆", "⬢", "⬢" };

static void
kind_toggled_cb (GtkCheckButton *button,
                 TautanWindow   *self)
{
  guint kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "kind"));
  guint32 hidden = tautan_graph_view_get_hidden_kinds (self->graph_view);

  if (self->restoring)
    return;
  push_undo (self);

  if (gtk_check_button_get_active (button))
    hidden &= ~(1u << kind);
  else
    hidden |= 1u << kind;
  tautan_graph_view_set_hidden_kinds (self->graph_view, hidden);
}

static void
type_toggled_cb (GtkCheckButton *button,
                 TautanWindow   *self)
{
  guint type = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "type"));
  guint64 hidden = tautan_graph_view_get_hidden_types (self->graph_view);

  if (self->restoring)
    return;
  push_undo (self);

  if (gtk_check_button_get_active (button))
    hidden &= ~(G_GUINT64_CONSTANT (1) << type);
  else
    hidden |= G_GUINT64_CONSTANT (1) << type;
  tautan_graph_view_set_hidden_types (self->graph_view, hidden);
}

static GtkWidget *
legend_heading (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_start (label, 6);
  return label;
}

static GtkWidget *
legend_check (const char *markup,
              gboolean    shown)
{
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_check_button_set_child (GTK_CHECK_BUTTON (check), label);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), shown);
  return check;
}

/* The legend doubles as the filter: untick a kind or type to hide it. */
static void
build_legend (TautanWindow *self)
{
  TautanTaxonomy *taxonomy = tautan_dataset_get_taxonomy (self->dataset);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->legend_box))))
    gtk_box_remove (self->legend_box, child);

  gtk_box_append (self->legend_box, legend_heading (_("Actors")));
  for (guint k = 0; k < TAUTAN_N_ENTITY_KINDS; k++)
    {
      g_autofree char *markup = g_strdup_printf ("%s  %s", kind_glyphs[k], tautan_entity_kind_label (k));
      GtkWidget *check = legend_check (markup, !(tautan_graph_view_get_hidden_kinds (self->graph_view) & (1u << k)));

      g_object_set_data (G_OBJECT (check), "kind", GUINT_TO_POINTER (k));
      g_signal_connect_object (check, "toggled", G_CALLBACK (kind_toggled_cb), self, 0);
      gtk_box_append (self->legend_box, check);
    }

  for (guint q = 0; q < TAUTAN_N_QUAD_CLASSES; q++)
    {
      const TautanQuadClassInfo *info = tautan_taxonomy_get_quad_class (taxonomy, q);
      g_autofree char *heading = g_strdup_printf ("%s", info->label);

      gtk_box_append (self->legend_box, legend_heading (heading));
      for (guint t = 0; t < MIN (tautan_taxonomy_get_n_types (taxonomy), 64); t++)
        {
          const TautanEventType *type = tautan_taxonomy_get_event_type (taxonomy, t);
          g_autofree char *label = NULL;
          g_autofree char *markup = NULL;
          GtkWidget *check;

          if (type->quad_class != q)
            continue;
          label = g_markup_escape_text (type->label, -1);
          markup = g_strdup_printf ("<span foreground=\"#%06X\">━━</span>  %s", type->color, label);
          check = legend_check (markup, !(tautan_graph_view_get_hidden_types (self->graph_view) &
                                          (G_GUINT64_CONSTANT (1) << t)));
          g_object_set_data (G_OBJECT (check), "type", GUINT_TO_POINTER (t));
          g_signal_connect_object (check, "toggled", G_CALLBACK (type_toggled_cb), self, 0);
          gtk_box_append (self->legend_box, check);
        }
    }
}

static void update_title (TautanWindow *self);

static void
set_dirty (TautanWindow *self,
           gboolean      dirty)
{
  if (self->dirty == dirty)
    return;
  self->dirty = dirty;
  update_title (self);
}

static void
mark_dirty_cb (TautanWindow *self)
{
  set_dirty (self, TRUE);
}

#define MAX_UNDO 100

typedef struct
{
  GPtrArray   *views;        /* TautanSavedView copies */
  guint32      hidden_kinds;
  guint64      hidden_types;
  TautanPoint *points;       /* per entity */
  guint8      *pinned;
  guint        n;
} Snapshot;

static void
snapshot_free (gpointer data)
{
  Snapshot *snap = data;

  g_ptr_array_unref (snap->views);
  g_free (snap->points);
  g_free (snap->pinned);
  g_free (snap);
}

static Snapshot *
snapshot_take (TautanWindow *self)
{
  TautanLayout *layout = tautan_graph_view_get_layout (self->graph_view);
  GListModel *views = G_LIST_MODEL (tautan_workspace_get_views (self->workspace));
  Snapshot *snap = g_new0 (Snapshot, 1);

  snap->views = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (views); i++)
    {
      g_autoptr(TautanSavedView) view = g_list_model_get_item (views, i);
      g_ptr_array_add (snap->views, tautan_saved_view_copy (view));
    }
  snap->hidden_kinds = tautan_graph_view_get_hidden_kinds (self->graph_view);
  snap->hidden_types = tautan_graph_view_get_hidden_types (self->graph_view);
  snap->n = tautan_dataset_get_n_entities (self->dataset);
  snap->points = g_new (TautanPoint, MAX (snap->n, 1));
  snap->pinned = g_new (guint8, MAX (snap->n, 1));
  tautan_layout_get_positions (layout, snap->points);
  for (guint i = 0; i < snap->n; i++)
    snap->pinned[i] = tautan_layout_get_pinned (layout, i);

  return snap;
}

static void
snapshot_apply (TautanWindow *self,
                Snapshot     *snap)
{
  TautanLayout *layout = tautan_graph_view_get_layout (self->graph_view);
  GListStore *views = tautan_workspace_get_views (self->workspace);

  self->restoring = TRUE;
  g_list_store_splice (views, 0, g_list_model_get_n_items (G_LIST_MODEL (views)),
                       snap->views->pdata, snap->views->len);
  tautan_graph_view_set_hidden_kinds (self->graph_view, snap->hidden_kinds);
  tautan_graph_view_set_hidden_types (self->graph_view, snap->hidden_types);
  /* Pins come back where they were; nodes the user let go of are freed. */
  for (guint i = 0; i < snap->n; i++)
    if (snap->pinned[i] || tautan_layout_get_pinned (layout, i))
      tautan_layout_set_position (layout, i, snap->points[i], snap->pinned[i]);
  build_legend (self);
  self->restoring = FALSE;
  set_dirty (self, TRUE);
}

static void
update_undo_actions (TautanWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", self->undo->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", self->redo->len > 0);
}

/* Call before an edit: what to go back to. */
static void
push_undo (TautanWindow *self)
{
  if (self->restoring || self->dataset == NULL)
    return;
  if (self->undo->len >= MAX_UNDO)
    g_ptr_array_remove_index (self->undo, 0);
  g_ptr_array_add (self->undo, snapshot_take (self));
  g_ptr_array_set_size (self->redo, 0);
  update_undo_actions (self);
}

static void
clear_undo (TautanWindow *self)
{
  g_ptr_array_set_size (self->undo, 0);
  g_ptr_array_set_size (self->redo, 0);
  update_undo_actions (self);
}

/* Goes back (or forth) one step: the present state is kept on the other
 * stack, so the step can be retraced. */
static void
step_history (TautanWindow *self,
              GPtrArray    *from,
              GPtrArray    *to)
{
  Snapshot *snap;

  if (from->len == 0)
    return;
  g_ptr_array_add (to, snapshot_take (self));
  snap = g_ptr_array_steal_index (from, from->len - 1);
  snapshot_apply (self, snap);
  snapshot_free (snap);
  update_undo_actions (self);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);

  step_history (self, self->undo, self->redo);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);

  step_history (self, self->redo, self->undo);
}

static void
node_edit_cb (TautanWindow *self)
{
  push_undo (self);
}

static TautanSavedView *
capture_view (TautanWindow *self,
              const char   *name)
{
  TautanSavedView *view = tautan_saved_view_new (name);
  TautanTimeSpan span = tautan_timeline_get_selection (self->timeline);
  guint entity = tautan_graph_view_get_selected_entity (self->graph_view);
  guint source, target;
  double zoom, cx, cy;

  tautan_saved_view_set_window (view, &span, tautan_timeline_get_cumulative (self->timeline));
  tautan_graph_view_get_camera (self->graph_view, &zoom, &cx, &cy);
  tautan_saved_view_set_camera (view, zoom, cx, cy);
  if (entity != TAUTAN_NONE)
    {
      TautanEntity e;

      tautan_dataset_get_entity (self->dataset, entity, &e);
      tautan_saved_view_select_entity (view, e.id);
    }
  else if (tautan_graph_view_get_selected_edge (self->graph_view, &source, &target))
    {
      TautanEntity a, b;

      tautan_dataset_get_entity (self->dataset, source, &a);
      tautan_dataset_get_entity (self->dataset, target, &b);
      tautan_saved_view_select_edge (view, a.id, b.id);
    }
  return view;
}

/* Goes to a saved view: the window, then the camera (animated), then the
 * selection; ids the dataset no longer has are ignored. */
static void
apply_view (TautanWindow    *self,
            TautanSavedView *view)
{
  TautanTimeSpan span = tautan_saved_view_get_span (view);
  const char *entity = tautan_saved_view_get_entity (view);
  const char *source, *target;
  double zoom, cx, cy;

  tautan_timeline_set_cumulative (self->timeline, tautan_saved_view_get_cumulative (view));
  tautan_timeline_set_selection (self->timeline, &span);
  tautan_saved_view_get_camera (view, &zoom, &cx, &cy);
  tautan_graph_view_set_camera (self->graph_view, zoom, cx, cy, TRUE);

  tautan_saved_view_get_edge (view, &source, &target);
  if (entity != NULL && tautan_dataset_lookup_entity (self->dataset, entity) != TAUTAN_NONE)
    tautan_graph_view_select_entity (self->graph_view, tautan_dataset_lookup_entity (self->dataset, entity));
  else if (source != NULL && target != NULL &&
           tautan_dataset_lookup_entity (self->dataset, source) != TAUTAN_NONE &&
           tautan_dataset_lookup_entity (self->dataset, target) != TAUTAN_NONE)
    tautan_graph_view_select_edge (self->graph_view, tautan_dataset_lookup_entity (self->dataset, source),
                                   tautan_dataset_lookup_entity (self->dataset, target));
  else
    tautan_graph_view_clear_selection (self->graph_view);
}

static void
view_name_changed_cb (GtkEditableLabel *label,
                      GParamSpec       *pspec,
                      TautanSavedView  *view)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (label));
  TautanWindow *self = TAUTAN_WINDOW (gtk_widget_get_root (GTK_WIDGET (label)));

  if (*text != '\0' && g_strcmp0 (text, tautan_saved_view_get_name (view)) != 0)
    {
      if (TAUTAN_IS_WINDOW (self))
        push_undo (self);
      tautan_saved_view_set_name (view, text);
    }
}

static void
view_name_notify_cb (TautanWindow *self)
{
  set_dirty (self, TRUE);
}

static void
move_view (TautanWindow *self,
           guint         index,
           int           delta)
{
  GListStore *views = tautan_workspace_get_views (self->workspace);
  g_autoptr(TautanSavedView) view = g_list_model_get_item (G_LIST_MODEL (views), index);
  int to = (int)index + delta;

  if (view == NULL || to < 0 || to >= (int)g_list_model_get_n_items (G_LIST_MODEL (views)))
    return;
  push_undo (self);
  g_list_store_remove (views, index);
  g_list_store_insert (views, (guint)to, view);
}

static void
view_button_clicked_cb (GtkButton    *button,
                        TautanWindow *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW);
  guint index = (guint)gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
  const char *what = g_object_get_data (G_OBJECT (button), "what");

  if (g_str_equal (what, "up"))
    move_view (self, index, -1);
  else if (g_str_equal (what, "down"))
    move_view (self, index, 1);
  else
    {
      push_undo (self);
      g_list_store_remove (tautan_workspace_get_views (self->workspace), index);
    }
}

static GtkWidget *
view_row_button (TautanWindow *self,
                 const char   *icon,
                 const char   *tooltip,
                 const char   *what)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  g_object_set_data (G_OBJECT (button), "what", (gpointer)what);
  g_signal_connect_object (button, "clicked", G_CALLBACK (view_button_clicked_cb), self, 0);
  return button;
}

static void
rebuild_views (TautanWindow *self)
{
  GListModel *views = G_LIST_MODEL (tautan_workspace_get_views (self->workspace));
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->views_list))))
    gtk_list_box_remove (self->views_list, child);

  for (guint i = 0; i < g_list_model_get_n_items (views); i++)
    {
      g_autoptr(TautanSavedView) view = g_list_model_get_item (views, i);
      TautanTimeSpan span = tautan_saved_view_get_span (view);
      g_autofree char *range = tautan_time_span_format_human (&span);
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);
      GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      GtkWidget *name = gtk_editable_label_new (tautan_saved_view_get_name (view));
      GtkWidget *sub = gtk_label_new (range);

      gtk_widget_set_hexpand (labels, TRUE);
      gtk_widget_set_tooltip_text (name, _("Double-click to rename"));
      gtk_label_set_xalign (GTK_LABEL (sub), 0);
      gtk_widget_add_css_class (sub, "dim-label");
      gtk_widget_add_css_class (sub, "caption");
      gtk_box_append (GTK_BOX (labels), name);
      gtk_box_append (GTK_BOX (labels), sub);
      gtk_box_append (GTK_BOX (box), labels);
      gtk_box_append (GTK_BOX (box), view_row_button (self, "go-up-symbolic", _("Move Up"), "up"));
      gtk_box_append (GTK_BOX (box), view_row_button (self, "go-down-symbolic", _("Move Down"), "down"));
      gtk_box_append (GTK_BOX (box), view_row_button (self, "user-trash-symbolic", _("Delete View"), "delete"));
      gtk_widget_set_margin_start (box, 8);
      gtk_widget_set_margin_top (box, 4);
      gtk_widget_set_margin_bottom (box, 4);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      g_signal_connect_object (name, "notify::text", G_CALLBACK (view_name_changed_cb), view, 0);
      gtk_list_box_append (self->views_list, row);
    }

  gtk_widget_set_visible (self->views_empty, g_list_model_get_n_items (views) == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->views_list), g_list_model_get_n_items (views) > 0);
}

static void
views_changed_cb (TautanWindow *self)
{
  GListModel *views = G_LIST_MODEL (tautan_workspace_get_views (self->workspace));

  /* Renames mark the workspace modified too. */
  for (guint i = 0; i < g_list_model_get_n_items (views); i++)
    {
      g_autoptr(TautanSavedView) view = g_list_model_get_item (views, i);

      g_signal_handlers_disconnect_by_func (view, view_name_notify_cb, self);
      g_signal_connect_object (view, "notify", G_CALLBACK (view_name_notify_cb), self, G_CONNECT_SWAPPED);
    }
  rebuild_views (self);
  set_dirty (self, TRUE);
}

static void
view_row_activated_cb (TautanWindow  *self,
                       GtkListBoxRow *row)
{
  g_autoptr(TautanSavedView) view = NULL;

  view = g_list_model_get_item (G_LIST_MODEL (tautan_workspace_get_views (self->workspace)),
                                (guint)gtk_list_box_row_get_index (row));
  if (view != NULL)
    apply_view (self, view);
}

static void
set_workspace (TautanWindow    *self,
               TautanWorkspace *workspace)
{
  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_func (tautan_workspace_get_views (self->workspace), views_changed_cb, self);
  g_set_object (&self->workspace, workspace);
  g_signal_connect_object (tautan_workspace_get_views (workspace), "items-changed",
                           G_CALLBACK (views_changed_cb), self, G_CONNECT_SWAPPED);
  rebuild_views (self);
}

/* Everything the workspace keeps, from what is on screen. */
static void
store_state (TautanWindow *self)
{
  TautanLayout *layout = tautan_graph_view_get_layout (self->graph_view);
  guint n = tautan_dataset_get_n_entities (self->dataset);
  g_autofree TautanPoint *points = g_new (TautanPoint, MAX (n, 1));

  tautan_workspace_set_dataset_file (self->workspace, tautan_dataset_get_file (self->dataset));
  tautan_workspace_clear_positions (self->workspace);
  tautan_layout_get_positions (layout, points);
  for (guint i = 0; i < n; i++)
    {
      TautanEntity e;

      tautan_dataset_get_entity (self->dataset, i, &e);
      tautan_workspace_add_position (self->workspace, e.id, points[i], tautan_layout_get_pinned (layout, i));
    }

  tautan_workspace_set_hidden_masks (self->workspace,
                                     tautan_graph_view_get_hidden_kinds (self->graph_view),
                                     tautan_graph_view_get_hidden_types (self->graph_view),
                                     tautan_dataset_get_taxonomy (self->dataset));
}

/* A workspace's positions, filters and views, on the dataset just shown. */
static void
apply_workspace (TautanWindow    *self,
                 TautanWorkspace *workspace)
{
  TautanLayout *layout = tautan_graph_view_get_layout (self->graph_view);

  for (guint i = 0; i < tautan_workspace_get_n_positions (workspace); i++)
    {
      TautanPoint p;
      gboolean pinned;
      const char *id = tautan_workspace_get_position (workspace, i, &p, &pinned);
      guint entity = tautan_dataset_lookup_entity (self->dataset, id);

      if (entity != TAUTAN_NONE)
        tautan_layout_set_position (layout, entity, p, pinned);
    }

  tautan_graph_view_set_hidden_kinds (self->graph_view, tautan_workspace_get_hidden_kind_mask (workspace));
  tautan_graph_view_set_hidden_types (self->graph_view,
                                      tautan_workspace_get_hidden_type_mask (workspace,
                                                                             tautan_dataset_get_taxonomy (self->dataset)));
  build_legend (self);

  set_workspace (self, workspace);
  clear_undo (self);
  set_dirty (self, FALSE);
}

static gboolean
save_workspace (TautanWindow *self,
                GFile        *file)
{
  g_autoptr(GError) error = NULL;

  store_state (self);
  if (!tautan_workspace_save (self->workspace, file, &error))
    {
      AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                                              _("Could Not Save the Workspace"),
                                                                              error->message));
      adw_message_dialog_add_response (dialog, "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return FALSE;
    }

  {
    g_autofree char *uri = g_file_get_uri (file);
    gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
  }
  set_dirty (self, FALSE);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Workspace saved")));
  return TRUE;
}

static void
update_title (TautanWindow *self)
{
  TautanDataset *ds = self->dataset;
  const char *title;
  GFile *file, *ws_file;
  g_autofree char *basename = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *shown = NULL;

  if (ds == NULL)
    return;

  title = tautan_dataset_get_title (ds);
  file = tautan_dataset_get_file (ds);
  ws_file = self->workspace ? tautan_workspace_get_file (self->workspace) : NULL;
  basename = file ? g_file_get_basename (file) : g_strdup (_("Untitled"));
  if (ws_file != NULL)
    {
      g_autofree char *ws_name = g_file_get_basename (ws_file);
      subtitle = g_strdup_printf ("%s — %s", ws_name, basename);
    }
  else
    subtitle = g_strdup (tautan_dataset_get_read_only (ds) ? _("Bundled dataset (read-only)") : basename);

  /* A bullet before the title, as GNOME editors mark unsaved work. */
  shown = g_strdup_printf ("%s%s", self->dirty ? "• " : "", title ? title : basename);
  adw_window_title_set_title (self->window_title, shown);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), shown);
}

static void
show_dataset (TautanWindow *self)
{
  TautanDataset *ds = self->dataset;
  g_autoptr(TautanWorkspace) workspace = tautan_workspace_new ();

  self->dirty = FALSE;
  set_workspace (self, workspace);
  clear_undo (self);
  update_title (self);
  gtk_widget_set_visible (self->views_button, TRUE);
  gtk_widget_set_visible (self->export_button, TRUE);

  gtk_widget_set_visible (self->mode_box, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->search_button), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->panel_button), TRUE);
  gtk_widget_set_visible (self->legend_button, TRUE);
  gtk_toggle_button_set_active (self->cumulative_button, FALSE);

  tautan_graph_view_set_dataset (self->graph_view, ds);
  tautan_timeline_set_dataset (self->timeline, ds);
  tautan_side_panel_set_slice (self->side_panel, tautan_graph_view_get_slice (self->graph_view));
  tautan_side_panel_show_summary (self->side_panel);
  build_legend (self);

  gtk_stack_set_visible_child_name (self->stack, "explorer");
  gtk_widget_grab_focus (GTK_WIDGET (self->graph_view));
}

/* The timeline owns the window; the graph and the panel follow it. */
static void
window_changed_cb (TautanWindow *self)
{
  TautanTimeSpan span;
  gboolean cumulative;
  guint source, target, entity;

  if (self->dataset == NULL || tautan_timeline_get_dataset (self->timeline) != self->dataset)
    return;

  span = tautan_timeline_get_selection (self->timeline);
  cumulative = tautan_timeline_get_cumulative (self->timeline);
  tautan_graph_view_set_span (self->graph_view, &span, cumulative);
  gtk_toggle_button_set_active (self->cumulative_button, cumulative);

  tautan_side_panel_set_slice (self->side_panel, tautan_graph_view_get_slice (self->graph_view));
  entity = tautan_graph_view_get_selected_entity (self->graph_view);
  if (entity != TAUTAN_NONE)
    tautan_side_panel_show_entity (self->side_panel, entity);
  else if (tautan_graph_view_get_selected_edge (self->graph_view, &source, &target))
    tautan_side_panel_show_edge (self->side_panel, source, target);
  else
    tautan_side_panel_show_summary (self->side_panel);
}

static void
cumulative_toggled_cb (TautanWindow *self)
{
  tautan_timeline_set_cumulative (self->timeline, gtk_toggle_button_get_active (self->cumulative_button));
}

static void
selection_changed_cb (TautanWindow *self)
{
  guint entity = tautan_graph_view_get_selected_entity (self->graph_view);
  guint source, target;

  if (entity != TAUTAN_NONE)
    tautan_side_panel_show_entity (self->side_panel, entity);
  else if (tautan_graph_view_get_selected_edge (self->graph_view, &source, &target))
    tautan_side_panel_show_edge (self->side_panel, source, target);
  else
    tautan_side_panel_show_summary (self->side_panel);
}

/* Name or alias, case-insensitively: first a prefix match, then anywhere. */
static guint
find_entity (TautanDataset *ds,
             const char    *query)
{
  g_autofree char *needle = g_utf8_casefold (query, -1);
  guint anywhere = TAUTAN_NONE;

  if (*needle == '\0')
    return TAUTAN_NONE;

  for (guint i = 0; i < tautan_dataset_get_n_entities (ds); i++)
    {
      TautanEntity e;

      tautan_dataset_get_entity (ds, i, &e);
      for (int k = -1; k < (int)e.n_aliases; k++)
        {
          const char *name = k < 0 ? e.name : tautan_dataset_get_string (ds, e.aliases[k]);
          g_autofree char *hay = g_utf8_casefold (name, -1);
          const char *at = strstr (hay, needle);

          if (at == hay)
            return i;
          if (at != NULL && anywhere == TAUTAN_NONE)
            anywhere = i;
        }
    }
  return anywhere;
}

static void
search_changed_cb (TautanWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  guint entity;

  if (self->dataset == NULL)
    return;

  entity = find_entity (self->dataset, text);
  if (entity == TAUTAN_NONE)
    {
      if (*text != '\0')
        gtk_widget_add_css_class (GTK_WIDGET (self->search_entry), "error");
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->search_entry), "error");
  tautan_graph_view_select_entity (self->graph_view, entity);
  tautan_graph_view_center_on (self->graph_view, entity);
}

static void
search_activate_cb (TautanWindow *self)
{
  search_changed_cb (self);
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->graph_view));
}

static void
search_stop_cb (TautanWindow *self)
{
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->graph_view));
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
    gtk_stack_set_visible_child_name (self->stack, self->dataset ? "explorer" : "empty");

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
  if (self->pending != NULL)
    {
      g_autoptr(TautanWorkspace) pending = g_steal_pointer (&self->pending);
      apply_workspace (self, pending);
    }
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

  /* A workspace: read it (it is small), then open its dataset. */
  name = g_file_get_basename (file);
  if (name != NULL && g_str_has_suffix (name, ".tautan"))
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(TautanWorkspace) workspace = tautan_workspace_load (file, &error);
      GFile *dataset;
      g_autofree char *uri = NULL;

      if (workspace == NULL || (dataset = tautan_workspace_get_dataset_file (workspace)) == NULL)
        {
          if (error == NULL)
            g_set_error (&error, TAUTAN_WORKSPACE_ERROR, TAUTAN_WORKSPACE_ERROR_INVALID,
                         "%s names no dataset", name);
          show_problems (self, file, NULL, error);
          return;
        }
      g_set_object (&self->pending, workspace);
      uri = g_file_get_uri (dataset);
      if (g_str_has_prefix (uri, "resource://"))
        tautan_window_open_bundled (self);
      else
        tautan_window_open (self, dataset);
      return;
    }
  g_clear_pointer (&name, g_free);

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
  if (self->pending != NULL)
    {
      g_autoptr(TautanWorkspace) pending = g_steal_pointer (&self->pending);
      apply_workspace (self, pending);
    }
}

/**
 * tautan_window_save_workspace:
 *
 * Saves the window's workspace (positions, filters, views) to @file.
 *
 * Returns: %TRUE on success; on failure the user was told why
 */
gboolean
tautan_window_save_workspace (TautanWindow *self,
                              GFile        *file)
{
  g_return_val_if_fail (TAUTAN_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (self->dataset != NULL, FALSE);

  return save_workspace (self, file);
}

gboolean
tautan_window_get_modified (TautanWindow *self)
{
  g_return_val_if_fail (TAUTAN_IS_WINDOW (self), FALSE);
  return self->dirty;
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

  gtk_file_filter_set_name (json, _("Tautan datasets and workspaces"));
  gtk_file_filter_add_mime_type (json, "application/json");
  gtk_file_filter_add_pattern (json, "*.json");
  gtk_file_filter_add_pattern (json, "*.tautan");
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

#define MAX_CALLOUTS 3
#define TRANSITION_USEC (700 * 1000)

static void
clear_box_children (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))))
    gtk_box_remove (box, child);
}

/* The key quotes of a slide: those behind its selected actor or link. */
static void
fill_callouts (TautanWindow *self)
{
  TautanSlice *slice = tautan_graph_view_get_slice (self->graph_view);
  guint entity = tautan_graph_view_get_selected_entity (self->graph_view);
  g_autoptr(GArray) quotes = g_array_new (FALSE, FALSE, sizeof (guint32));
  guint source, target;

  clear_box_children (self->callout_box);
  if (entity != TAUTAN_NONE)
    {
      g_autoptr(GArray) q = tautan_slice_list_quotes (slice, entity);
      g_array_append_vals (quotes, q->data, q->len);
    }
  else if (tautan_graph_view_get_selected_edge (self->graph_view, &source, &target))
    {
      g_autoptr(GArray) events = tautan_slice_list_events (slice, TAUTAN_NONE, source, target);

      for (guint i = 0; i < events->len; i++)
        {
          TautanEvent e;

          tautan_dataset_get_event (self->dataset, g_array_index (events, guint32, i), &e);
          g_array_append_vals (quotes, e.quotes, e.n_quotes);
        }
    }

  for (guint i = 0; i < MIN (quotes->len, MAX_CALLOUTS); i++)
    {
      guint index = g_array_index (quotes, guint32, i);
      g_autofree char *speaker = tautan_dataset_format_speaker (self->dataset, index);
      g_autofree char *words = NULL;
      g_autofree char *who = NULL;
      g_autofree char *date = NULL;
      GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
      GtkWidget *label;
      TautanQuote q;
      TautanSource src;

      tautan_dataset_get_quote (self->dataset, index, &q);
      tautan_dataset_get_source (self->dataset, q.source, &src);
      date = src.published != TAUTAN_DAY_NONE ? tautan_day_format_human (src.published) : g_strdup (_("undated"));
      words = g_strdup_printf ("“%s”", q.text);
      who = g_strdup_printf ("— %s · %s, %s", speaker, src.outlet, date);

      gtk_widget_add_css_class (card, "card");
      gtk_widget_add_css_class (card, "presentation-callout");
      label = gtk_label_new (words);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 44);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "quote-words");
      gtk_box_append (GTK_BOX (card), label);
      if (q.gloss != NULL)
        {
          label = gtk_label_new (q.gloss);
          gtk_label_set_wrap (GTK_LABEL (label), TRUE);
          gtk_label_set_max_width_chars (GTK_LABEL (label), 44);
          gtk_label_set_xalign (GTK_LABEL (label), 0);
          gtk_widget_add_css_class (label, "quote-gloss");
          gtk_box_append (GTK_BOX (card), label);
        }
      label = gtk_label_new (who);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 44);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (card), label);
      gtk_box_append (self->callout_box, card);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->callout_box), quotes->len > 0);
}

/* Time windows glide between slides: days are interpolated per frame. */
static gboolean
transition_tick_cb (GtkWidget     *widget,
                    GdkFrameClock *clock,
                    gpointer       user_data)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);
  gint64 now = gdk_frame_clock_get_frame_time (clock);
  double t, e;
  TautanTimeSpan span;

  if (self->transition_start == 0)
    self->transition_start = now;
  t = MIN (1.0, (double)(now - self->transition_start) / TRANSITION_USEC);
  e = t < 0.5 ? 2 * t * t : 1 - 2 * (1 - t) * (1 - t);
  span.from = self->transition_from.from + (TautanDay)((self->transition_to.from - self->transition_from.from) * e);
  span.to = self->transition_from.to + (TautanDay)((self->transition_to.to - self->transition_from.to) * e);
  tautan_timeline_set_selection (self->timeline, &span);

  if (t >= 1.0)
    {
      self->transition_id = 0;
      fill_callouts (self);
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

static void
show_slide (TautanWindow *self,
            int           slide)
{
  GListModel *views = G_LIST_MODEL (tautan_workspace_get_views (self->workspace));
  guint n = g_list_model_get_n_items (views);
  g_autoptr(TautanSavedView) view = NULL;
  g_autofree char *counter = NULL;
  g_autofree char *range = NULL;
  TautanTimeSpan from, to;
  const char *title, *note;

  if (n == 0)
    return;
  slide = CLAMP (slide, 0, (int)n - 1);
  self->slide = slide;
  view = g_list_model_get_item (views, (guint)slide);

  /* A transition still running belongs to the previous slide. */
  if (self->transition_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->transition_id);
      self->transition_id = 0;
    }

  from = tautan_timeline_get_selection (self->timeline);
  apply_view (self, view);
  to = tautan_saved_view_get_span (view);

  title = tautan_saved_view_get_title (view);
  note = tautan_saved_view_get_note (view);
  counter = g_strdup_printf (_("View %d of %u"), slide + 1, n);
  range = tautan_time_span_format_human (&to);
  gtk_label_set_text (self->caption_counter, counter);
  gtk_label_set_text (self->caption_title, title ? title : tautan_saved_view_get_name (view));
  if (tautan_saved_view_get_cumulative (view))
    {
      g_autofree char *text = g_strdup_printf (_("Everything up to %s"), range);
      gtk_label_set_text (self->caption_window, text);
    }
  else
    gtk_label_set_text (self->caption_window, range);
  gtk_label_set_text (self->caption_note, note ? note : "");
  gtk_widget_set_visible (GTK_WIDGET (self->caption_note), note != NULL && *note != '\0');
  fill_callouts (self);

  /* Animate the window from where it was, unless animations are off. */
  if (adw_get_enable_animations (GTK_WIDGET (self)) && gtk_widget_get_mapped (GTK_WIDGET (self)) &&
      !tautan_time_span_equal (&from, &to))
    {
      self->transition_from = from;
      self->transition_to = to;
      self->transition_start = 0;
      tautan_timeline_set_selection (self->timeline, &from);
      self->transition_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), transition_tick_cb, NULL, NULL);
    }
}

static void
stop_presenting (TautanWindow *self)
{
  if (self->slide < 0)
    return;

  self->slide = -1;
  if (self->transition_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->transition_id);
      self->transition_id = 0;
      tautan_timeline_set_selection (self->timeline, &self->transition_to);
    }
  gtk_widget_set_visible (self->caption_box, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->callout_box), FALSE);
  gtk_widget_set_visible (self->header_bar, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->timeline), TRUE);
  gtk_toggle_button_set_active (self->panel_button, self->panel_was_visible);
  gtk_window_unfullscreen (GTK_WINDOW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->graph_view));
}

static void
present_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);

  if (self->dataset == NULL || self->slide >= 0)
    return;
  if (g_list_model_get_n_items (G_LIST_MODEL (tautan_workspace_get_views (self->workspace))) == 0)
    {
      adw_toast_overlay_add_toast (self->toast_overlay,
                                   adw_toast_new (_("Add a view first (Ctrl+D): a presentation shows the saved views")));
      return;
    }

  self->panel_was_visible = gtk_toggle_button_get_active (self->panel_button);
  gtk_toggle_button_set_active (self->panel_button, FALSE);
  gtk_widget_set_visible (self->header_bar, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->timeline), FALSE);
  gtk_widget_set_visible (self->caption_box, TRUE);
  gtk_window_fullscreen (GTK_WINDOW (self));
  show_slide (self, 0);
}

static gboolean
presentation_key_cb (TautanWindow          *self,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     GtkEventControllerKey *controller)
{
  if (self->slide < 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Right: case GDK_KEY_Down: case GDK_KEY_Page_Down: case GDK_KEY_space: case GDK_KEY_Return:
      show_slide (self, self->slide + 1);
      return TRUE;
    case GDK_KEY_Left: case GDK_KEY_Up: case GDK_KEY_Page_Up: case GDK_KEY_BackSpace:
      show_slide (self, self->slide - 1);
      return TRUE;
    case GDK_KEY_Home:
      show_slide (self, 0);
      return TRUE;
    case GDK_KEY_End:
      show_slide (self, G_MAXINT);
      return TRUE;
    case GDK_KEY_Escape:
      stop_presenting (self);
      return TRUE;
    default:
      return FALSE;
    }
}

static void
present_step_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);

  if (self->slide >= 0)
    show_slide (self, self->slide + g_variant_get_int32 (param));
}

static void
present_stop_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  stop_presenting (TAUTAN_WINDOW (widget));
}

int
tautan_window_get_slide (TautanWindow *self)
{
  g_return_val_if_fail (TAUTAN_IS_WINDOW (self), -1);
  return self->slide;
}

static const char *format_extensions[] = { "png", "svg", "pdf" };

static void
export_chooser_response_cb (TautanWindow         *self,
                            int                   response,
                            GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (response != GTK_RESPONSE_ACCEPT || self->dataset == NULL ||
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) == NULL)
    {
      g_clear_object (&self->export_chooser);
      return;
    }

  if (self->export_briefing)
    {
      store_state (self);
      ok = tautan_briefing_write (self->dataset, self->workspace, NULL, file, &error);
    }
  else
    {
      TautanExportOptions options;

      tautan_export_dialog_get_options (self->export_dialog, &options);
      ok = tautan_export_write (tautan_graph_view_get_render_context (self->graph_view),
                                tautan_graph_view_get_slice (self->graph_view),
                                tautan_graph_view_get_positions (self->graph_view),
                                tautan_graph_view_get_view (self->graph_view),
                                &options, file, &error);
      if (ok)
        gtk_window_destroy (GTK_WINDOW (self->export_dialog));
    }

  if (ok)
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *text = g_strdup_printf (_("Exported “%s”"), name);

      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
    }
  else
    show_problems (self, file, NULL, error);

  g_clear_object (&self->export_chooser);
}

static void
choose_export_file (TautanWindow *self,
                    const char   *title,
                    const char   *extension,
                    gboolean      briefing)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *pattern = g_strconcat ("*.", extension, NULL);
  g_autofree char *name = NULL;
  const char *base = tautan_dataset_get_title (self->dataset);

  if (self->export_chooser != NULL)
    return;

  self->export_briefing = briefing;
  name = g_strdup_printf ("%s.%s", base ? base : "tautan", extension);
  g_strdelimit (name, "/\\:", '-');
  gtk_file_filter_set_name (filter, extension);
  gtk_file_filter_add_pattern (filter, pattern);
  self->export_chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                                      _("_Export"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->export_chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->export_chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->export_chooser), TRUE);
  g_signal_connect_object (self->export_chooser, "response", G_CALLBACK (export_chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->export_chooser));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);
  const TautanView *view;

  if (self->dataset == NULL)
    return;
  if (self->export_dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->export_dialog));
      return;
    }
  view = tautan_graph_view_get_view (self->graph_view);
  self->export_dialog = tautan_export_dialog_new (GTK_WINDOW (self), tautan_dataset_get_title (self->dataset),
                                                  view->width, view->height);
  g_object_add_weak_pointer (G_OBJECT (self->export_dialog), (gpointer *)&self->export_dialog);
  gtk_window_present (GTK_WINDOW (self->export_dialog));
}

static void
export_to_file_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);
  TautanExportOptions options;

  if (self->dataset == NULL || self->export_dialog == NULL)
    return;
  tautan_export_dialog_get_options (self->export_dialog, &options);
  choose_export_file (self, _("Export Picture"), format_extensions[options.format], FALSE);
}

static void
export_briefing_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);

  if (self->dataset == NULL)
    return;
  if (g_list_model_get_n_items (G_LIST_MODEL (tautan_workspace_get_views (self->workspace))) == 0)
    {
      adw_toast_overlay_add_toast (self->toast_overlay,
                                   adw_toast_new (_("Add a view first (Ctrl+D): a briefing has a page per saved view")));
      return;
    }
  choose_export_file (self, _("Export Briefing"), "pdf", TRUE);
}

/* The picture on screen, with its title, window and legend, as PNG. */
static void
copy_picture_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  TautanExportOptions options;

  if (self->dataset == NULL)
    return;

  tautan_export_options_init (&options);
  options.format = TAUTAN_EXPORT_FORMAT_PNG;
  options.width = tautan_graph_view_get_view (self->graph_view)->width;
  options.height = tautan_graph_view_get_view (self->graph_view)->height;
  options.background = adw_style_manager_get_dark (adw_style_manager_get_default ())
                       ? TAUTAN_EXPORT_BACKGROUND_DARK : TAUTAN_EXPORT_BACKGROUND_LIGHT;
  png = tautan_export_to_png_bytes (tautan_graph_view_get_render_context (self->graph_view),
                                    tautan_graph_view_get_slice (self->graph_view),
                                    tautan_graph_view_get_positions (self->graph_view),
                                    tautan_graph_view_get_view (self->graph_view),
                                    &options, &error);
  if (png != NULL)
    texture = gdk_texture_new_from_bytes (png, &error);
  if (texture == NULL)
    {
      g_autoptr(GFile) none = g_file_new_for_path (_("Clipboard"));
      show_problems (self, none, NULL, error);
      return;
    }
  gdk_clipboard_set_texture (gtk_widget_get_clipboard (widget), texture);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Picture copied")));
}

static void
select_entity_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);
  guint entity = g_variant_get_uint32 (param);

  if (self->dataset == NULL || entity >= tautan_dataset_get_n_entities (self->dataset))
    return;
  tautan_graph_view_select_entity (self->graph_view, entity);
  tautan_graph_view_center_on (self->graph_view, entity);
}

static void
show_source_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);
  guint quote = g_variant_get_uint32 (param);

  if (self->dataset == NULL || quote >= tautan_dataset_get_n_quotes (self->dataset))
    return;
  gtk_window_present (GTK_WINDOW (tautan_source_window_new (GTK_WINDOW (self), self->dataset, quote)));
}

static void
copy_citation_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);
  guint quote = g_variant_get_uint32 (param);
  g_autofree char *citation = NULL;

  if (self->dataset == NULL || quote >= tautan_dataset_get_n_quotes (self->dataset))
    return;
  citation = tautan_dataset_format_citation (self->dataset, quote);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), citation);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Quote copied with its citation")));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);

  if (self->dataset == NULL)
    return;
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
toggle_panel_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);

  gtk_toggle_button_set_active (self->panel_button, !gtk_toggle_button_get_active (self->panel_button));
}

#define MAX_RECENT 8

static int
compare_recent (gconstpointer a,
                gconstpointer b)
{
  GDateTime *x = gtk_recent_info_get_modified ((GtkRecentInfo *)a);
  GDateTime *y = gtk_recent_info_get_modified ((GtkRecentInfo *)b);

  return -g_date_time_compare (x, y);
}

/* Datasets this app opened, newest first, that still exist. */
static void
update_recent_menu (TautanWindow *self)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  guint n = 0;

  g_menu_remove_all (self->recent_menu);
  items = g_list_sort (items, compare_recent);
  for (GList *l = items; l != NULL && n < MAX_RECENT; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      g_autofree char *label = NULL;
      g_autoptr(GMenuItem) item = NULL;

      if (!gtk_recent_info_has_application (info, g_get_prgname ()) ||
          !(g_str_has_suffix (gtk_recent_info_get_uri (info), ".json") ||
            g_str_has_suffix (gtk_recent_info_get_uri (info), ".tautan")) ||
          (gtk_recent_info_is_local (info) && !gtk_recent_info_exists (info)))
        continue;

      label = g_strdup (gtk_recent_info_get_display_name (info));
      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target (item, "win.open-recent", "s", gtk_recent_info_get_uri (info));
      g_menu_append_item (self->recent_menu, item);
      n++;
    }
  g_list_free_full (items, (GDestroyNotify)gtk_recent_info_unref);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-recent", n > 0);
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
add_view_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);
  GListStore *views;
  g_autofree char *name = NULL;
  g_autoptr(TautanSavedView) view = NULL;

  if (self->dataset == NULL)
    return;
  views = tautan_workspace_get_views (self->workspace);
  name = g_strdup_printf (_("View %u"), g_list_model_get_n_items (G_LIST_MODEL (views)) + 1);
  view = capture_view (self, name);
  push_undo (self);
  g_list_store_append (views, view);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("View added")));
}

static void
save_chooser_response_cb (TautanWindow         *self,
                          int                   response,
                          GtkFileChooserNative *chooser)
{
  gboolean close_after = self->close_after_save;

  self->close_after_save = FALSE;
  if (response == GTK_RESPONSE_ACCEPT)
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
      if (save_workspace (self, file) && close_after)
        gtk_window_destroy (GTK_WINDOW (self));
    }
  g_clear_object (&self->save_chooser);
}

static void
save_as (TautanWindow *self,
         gboolean      close_after)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->dataset == NULL || self->save_chooser != NULL)
    return;

  self->close_after_save = close_after;
  gtk_file_filter_set_name (filter, _("Tautan workspaces"));
  gtk_file_filter_add_pattern (filter, "*.tautan");
  self->save_chooser = gtk_file_chooser_native_new (_("Save Workspace"), GTK_WINDOW (self),
                                                    GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->save_chooser), filter);
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
  GFile *file;

  if (self->dataset == NULL)
    return;
  file = tautan_workspace_get_file (self->workspace);
  if (file != NULL)
    save_workspace (self, file);
  else
    save_as (self, FALSE);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  save_as (TAUTAN_WINDOW (widget), FALSE);
}

static void
unsaved_response_cb (TautanWindow     *self,
                     const char       *response,
                     AdwMessageDialog *dialog)
{
  if (g_str_equal (response, "discard"))
    {
      self->dirty = FALSE;
      gtk_window_destroy (GTK_WINDOW (self));
    }
  else if (g_str_equal (response, "save"))
    {
      GFile *file = tautan_workspace_get_file (self->workspace);

      if (file == NULL)
        save_as (self, TRUE);
      else if (save_workspace (self, file))
        gtk_window_destroy (GTK_WINDOW (self));
    }
}

static GSettings *
get_settings (TautanWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return TAUTAN_IS_APPLICATION (app) ? tautan_application_get_settings (TAUTAN_APPLICATION (app)) : NULL;
}

static void
restore_state (TautanWindow *self)
{
  GSettings *settings = get_settings (self);

  if (settings == NULL)
    return;

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  gtk_toggle_button_set_active (self->panel_button, g_settings_get_boolean (settings, "panel-visible"));
  gtk_paned_set_position (self->paned,
                          MAX (320, g_settings_get_int (settings, "window-width") -
                                    g_settings_get_int (settings, "panel-width")));
}

static gboolean
tautan_window_close_request (GtkWindow *window)
{
  TautanWindow *self = TAUTAN_WINDOW (window);
  GSettings *settings = get_settings (self);

  if (self->dirty && self->dataset != NULL)
    {
      AdwMessageDialog *dialog;

      dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window, _("Save Changes?"),
                                                            _("The workspace has changes (views, moved or pinned "
                                                              "actors, filters) that are not saved. Unsaved changes "
                                                              "are lost when the window closes.")));
      adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "discard", _("_Discard"),
                                        "save", _("_Save"), NULL);
      adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
      adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (dialog, "save");
      adw_message_dialog_set_close_response (dialog, "cancel");
      g_signal_connect_object (dialog, "response", G_CALLBACK (unsaved_response_cb), self, G_CONNECT_SWAPPED);
      gtk_window_present (GTK_WINDOW (dialog));
      return TRUE;
    }

  if (settings != NULL)
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_int (settings, "window-width", width);
      g_settings_set_int (settings, "window-height", height);
      g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (window));
      g_settings_set_boolean (settings, "panel-visible", gtk_toggle_button_get_active (self->panel_button));
      if (gtk_widget_get_width (GTK_WIDGET (self->paned)) > 0 && gtk_widget_get_visible (GTK_WIDGET (self->side_panel)))
        g_settings_set_int (settings, "panel-width",
                            gtk_widget_get_width (GTK_WIDGET (self->paned)) - gtk_paned_get_position (self->paned));
    }

  return GTK_WINDOW_CLASS (tautan_window_parent_class)->close_request (window);
}

static void
tautan_window_constructed (GObject *object)
{
  G_OBJECT_CLASS (tautan_window_parent_class)->constructed (object);

  restore_state (TAUTAN_WINDOW (object));
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
  g_clear_object (&self->workspace);
  g_clear_object (&self->pending);
  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->redo, g_ptr_array_unref);
  if (self->save_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->save_chooser));
  if (self->export_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->export_chooser));
  g_clear_object (&self->export_chooser);
  if (self->export_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->export_dialog));
  g_clear_object (&self->save_chooser);
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
  object_class->constructed = tautan_window_constructed;
  object_class->get_property = tautan_window_get_property;
  GTK_WINDOW_CLASS (klass)->close_request = tautan_window_close_request;

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
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, paned);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, graph_view);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, timeline);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, side_panel);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, mode_box);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, cumulative_button);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, panel_button);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, legend_button);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, legend_box);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, recent_menu);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, views_button);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, export_button);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, caption_box);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, caption_counter);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, caption_title);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, caption_window);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, caption_note);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, callout_box);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, views_list);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, views_empty);
  gtk_widget_class_bind_template_callback (widget_class, view_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, window_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, cumulative_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, selection_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_stop_cb);

  g_type_ensure (TAUTAN_TYPE_GRAPH_VIEW);
  g_type_ensure (TAUTAN_TYPE_TIMELINE);
  g_type_ensure (TAUTAN_TYPE_SIDE_PANEL);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-bundled", NULL, open_bundled_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-load", NULL, cancel_load_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.cancel-load", NULL);

  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.add-view", NULL, add_view_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.export-to-file", NULL, export_to_file_action);
  gtk_widget_class_install_action (widget_class, "win.export-briefing", NULL, export_briefing_action);
  gtk_widget_class_install_action (widget_class, "win.copy-picture", NULL, copy_picture_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_C, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.copy-picture", NULL);
  gtk_widget_class_install_action (widget_class, "win.present", NULL, present_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.present", NULL);
  gtk_widget_class_install_action (widget_class, "win.present-step", "i", present_step_action);
  gtk_widget_class_install_action (widget_class, "win.present-stop", NULL, present_stop_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK, "win.add-view", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_S, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.save-as", NULL);
  gtk_widget_class_install_action (widget_class, "explorer.select-entity", "u", select_entity_action);
  gtk_widget_class_install_action (widget_class, "explorer.show-source", "u", show_source_action);
  gtk_widget_class_install_action (widget_class, "explorer.copy-citation", "u", copy_citation_action);
  gtk_widget_class_install_action (widget_class, "explorer.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "explorer.toggle-panel", NULL, toggle_panel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "explorer.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "explorer.toggle-panel", NULL);
}

static void
tautan_window_init (TautanWindow *self)
{
  GtkDropTarget *target;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));

  self->slide = -1;
  {
    /* Capture phase: while presenting, arrows step slides, not nodes. */
    GtkEventController *keys = gtk_event_controller_key_new ();

    gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
    g_signal_connect_object (keys, "key-pressed", G_CALLBACK (presentation_key_cb), self, G_CONNECT_SWAPPED);
    gtk_widget_add_controller (GTK_WIDGET (self), keys);
  }
  self->undo = g_ptr_array_new_with_free_func (snapshot_free);
  self->redo = g_ptr_array_new_with_free_func (snapshot_free);
  update_undo_actions (self);
  g_signal_connect_object (self->graph_view, "node-edit", G_CALLBACK (node_edit_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->graph_view, "node-moved", G_CALLBACK (mark_dirty_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->graph_view, "notify::hidden-kinds", G_CALLBACK (mark_dirty_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->graph_view, "notify::hidden-types", G_CALLBACK (mark_dirty_cb), self,
                           G_CONNECT_SWAPPED);

  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (update_recent_menu), self, G_CONNECT_SWAPPED);
  update_recent_menu (self);

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
