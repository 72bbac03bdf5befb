/* tautan-view-row.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-view-row"

#include "config.h"

#include <glib/gi18n.h>

#include "tautan/tautan-text.h"
#include "tautan/tautan-view-list.h"
#include "tautan/tautan-view-row.h"

#include "tautan-view-row-private.h"

/* A saved view in the views list: its name, editable in place, its time
 * span, a popover editing what the briefing prints of it (title, note,
 * handling marking), and buttons to move or delete it; a row dragged onto
 * another moves its view there. A list recycles rows and moves
 * them while a name may be being edited, so the row never acts on a view
 * it no longer shows: rebinding ends an edit first, and every command
 * names its position when it fires. */

struct _TautanViewRow
{
  GtkWidget         parent_instance;

  GtkEditableLabel *name;
  GtkLabel         *range;
  GtkMenuButton    *fields_button;
  GtkWidget        *move_up_button;
  GtkWidget        *move_down_button;
  GtkPopover       *fields_popover;
  GtkEntry         *name_entry;
  GtkEntry         *title_entry;
  GtkEntry         *marking_entry;
  GtkTextView      *note_view;

  TautanSavedView  *view;
  char             *shown_name;   /* what the label was given */
  guint             position;
  guint             binding : 1;  /* setting the label, not the user */
};

G_DEFINE_FINAL_TYPE (TautanViewRow, tautan_view_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_VIEW,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_name (TautanViewRow *self)
{
  if (gtk_editable_label_get_editing (self->name))
    return;

  g_free (self->shown_name);
  self->shown_name = tautan_text_shorten (self->view ? tautan_saved_view_get_name (self->view) : "",
                                          TAUTAN_TEXT_MAX_NAME);
  self->binding = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->name), self->shown_name);
  self->binding = FALSE;
}

static void
update_range (TautanViewRow *self)
{
  g_autofree char *range = NULL;
  TautanTimeSpan span;

  if (self->view == NULL)
    {
      gtk_label_set_text (self->range, "");
      return;
    }
  span = tautan_saved_view_get_span (self->view);
  range = tautan_text_format_span (&span);
  gtk_label_set_text (self->range, range);
}

/* Ends a rename, kept (@commit) or not, while the row still shows the
 * view it was started on. */
static void
stop_editing (TautanViewRow *self,
              gboolean       commit)
{
  if (gtk_editable_label_get_editing (self->name))
    gtk_editable_label_stop_editing (self->name, commit);
}

static void
editing_changed_cb (TautanViewRow *self)
{
  const char *text;

  if (gtk_editable_label_get_editing (self->name) || self->binding || self->view == NULL)
    return;

  text = gtk_editable_get_text (GTK_EDITABLE (self->name));
  if (*text == '\0' || g_strcmp0 (text, self->shown_name) == 0)
    {
      /* An empty name is no name: keep the old one. */
      update_name (self);
      return;
    }
  gtk_widget_activate_action (GTK_WIDGET (self), "views.rename", "(us)", self->position, text);
  update_name (self);
}

/* GtkEditableLabel is a drag source and a drop target of its own text:
 * a name dropped on it replaced the label's text with no edit, so the
 * list showed a name the view did not have. Both are silenced below;
 * text that still changes outside an edit is put back. */
static void
name_text_cb (TautanViewRow *self)
{
  if (self->binding || gtk_editable_label_get_editing (self->name) ||
      g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->name)), self->shown_name) == 0)
    return;
  update_name (self);
}

/* Rows are dragged by a private type that no other widget accepts (a
 * view's name as text would land in an editable label). X11 offers a drag
 * to its targets by MIME type, and a view has none, so the drag carries
 * this type and the view itself waits here: only a drag of this process
 * ever has it. */
#define VIEW_ROW_MIME "application/x-tautan-view-row"

static TautanSavedView *dragged_view;

/* A drag starts from anywhere on the row, its name included (the
 * label's own source is silenced), but not while the name is being
 * edited (its text is selected by dragging then) nor from the fields'
 * popover, whose events pass through the row. */
static GdkContentProvider *
drag_prepare_cb (TautanViewRow *self,
                 double         x,
                 double         y)
{
  g_autoptr(GBytes) bytes = NULL;

  if (self->view == NULL || gtk_editable_label_get_editing (self->name) ||
      gtk_widget_get_visible (GTK_WIDGET (self->fields_popover)))
    return NULL;
  g_set_object (&dragged_view, self->view);
  bytes = g_bytes_new_static ("", 0);
  return gdk_content_provider_new_for_bytes (VIEW_ROW_MIME, bytes);
}

static void
drag_begin_cb (TautanViewRow *self,
               GdkDrag       *drag,
               GtkDragSource *source)
{
  g_autoptr(GdkPaintable) icon = gtk_widget_paintable_new (GTK_WIDGET (self));

  gtk_drag_source_set_icon (source, icon, 0, 0);
}

static void
drag_end_cb (TautanViewRow *self)
{
  g_clear_object (&dragged_view);
}

static gboolean
find_view (GListModel      *views,
           TautanSavedView *view,
           guint           *position)
{
  for (guint i = 0; i < g_list_model_get_n_items (views); i++)
    {
      g_autoptr(TautanSavedView) v = g_list_model_get_item (views, i);

      if (v == view)
        {
          *position = i;
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * _tautan_view_row_drop_view:
 * @view: a view of the same list
 *
 * @view takes this row's place; the views between shift by one. Only a
 * view of this row's list moves: one of another window's list is not
 * found and refused.
 *
 * Returns: whether @view is in the list
 */
gboolean
_tautan_view_row_drop_view (TautanViewRow   *self,
                            TautanSavedView *view)
{
  GtkWidget *list = gtk_widget_get_ancestor (GTK_WIDGET (self), TAUTAN_TYPE_VIEW_LIST);
  TautanSession *session = list ? tautan_view_list_get_session (TAUTAN_VIEW_LIST (list)) : NULL;
  guint from;

  if (session == NULL || view == NULL || self->view == NULL ||
      !find_view (tautan_session_get_views (session), view, &from))
    return FALSE;
  if (view != self->view)
    {
      stop_editing (self, TRUE);
      gtk_widget_activate_action (GTK_WIDGET (self), "views.move", "(uu)", from, self->position);
    }
  return TRUE;
}

typedef struct
{
  GWeakRef         row;
  TautanSavedView *view;
} Dropped;

static gboolean
move_dropped_cb (gpointer data)
{
  Dropped *d = data;
  g_autoptr(TautanViewRow) row = g_weak_ref_get (&d->row);

  if (row != NULL)
    _tautan_view_row_drop_view (row, d->view);
  g_weak_ref_clear (&d->row);
  g_object_unref (d->view);
  g_free (d);
  return G_SOURCE_REMOVE;
}

/* The move waits for the drop to end, so rows are not rebound while GTK
 * still handles it. */
static gboolean
drop_cb (TautanViewRow      *self,
         GdkDrop            *drop,
         double              x,
         double              y,
         GtkDropTargetAsync *target)
{
  Dropped *d;

  if (dragged_view == NULL || self->view == NULL)
    {
      gdk_drop_finish (drop, 0);
      return FALSE;
    }
  d = g_new0 (Dropped, 1);
  g_weak_ref_init (&d->row, self);
  d->view = g_object_ref (dragged_view);
  /* Before redraws: an idle behind the graph's frames waited a second. */
  g_idle_add_full (G_PRIORITY_DEFAULT, move_dropped_cb, d, NULL);
  gdk_drop_finish (drop, GDK_ACTION_MOVE);
  /* GTK 4.8's async target leaves the highlight on after a drop. */
  gtk_widget_unset_state_flags (GTK_WIDGET (self), GTK_STATE_FLAG_DROP_ACTIVE);
  return TRUE;
}

/* The popover opens on the view's current values. */
static void
fields_show_cb (TautanViewRow *self)
{
  const char *title = self->view ? tautan_saved_view_get_title (self->view) : NULL;
  const char *marking = self->view ? tautan_saved_view_get_marking (self->view) : NULL;
  const char *note = self->view ? tautan_saved_view_get_note (self->view) : NULL;

  /* The name first: the pencil edits what the list shows. With no title
   * the briefing heads the view with its name. */
  stop_editing (self, TRUE);
  if (self->view != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->name_entry), tautan_saved_view_get_name (self->view));
      gtk_entry_set_placeholder_text (self->title_entry, tautan_saved_view_get_name (self->view));
    }
  gtk_editable_set_text (GTK_EDITABLE (self->title_entry), title ? title : "");
  gtk_editable_set_text (GTK_EDITABLE (self->marking_entry), marking ? marking : "");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->note_view), note ? note : "", -1);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
}

/* One step for the name and the three fields, so one undo takes them back. */
static void
apply_fields_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  TautanViewRow *self = TAUTAN_VIEW_ROW (widget);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->note_view);
  GtkTextIter start, end;
  g_autofree char *note = NULL;

  if (self->view == NULL)
    return;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  note = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  gtk_widget_activate_action (widget, "views.edit-fields", "(ussss)", self->position,
                              gtk_editable_get_text (GTK_EDITABLE (self->name_entry)),
                              gtk_editable_get_text (GTK_EDITABLE (self->title_entry)),
                              note,
                              gtk_editable_get_text (GTK_EDITABLE (self->marking_entry)));
  gtk_popover_popdown (self->fields_popover);
}

/* Enter in the title or the marking applies. */
static void
entry_activate_cb (TautanViewRow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "row.apply-fields", NULL);
}

static void
move_up_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  TautanViewRow *self = TAUTAN_VIEW_ROW (widget);

  stop_editing (self, TRUE);
  if (self->position > 0)
    gtk_widget_activate_action (widget, "views.move", "(uu)", self->position, self->position - 1);
}

static void
move_down_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  TautanViewRow *self = TAUTAN_VIEW_ROW (widget);

  stop_editing (self, TRUE);
  gtk_widget_activate_action (widget, "views.move", "(uu)", self->position, self->position + 1);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  TautanViewRow *self = TAUTAN_VIEW_ROW (widget);

  stop_editing (self, FALSE);
  gtk_widget_activate_action (widget, "views.remove", "u", self->position);
}

/* GTK 4.8's GtkEditableLabel, when it loses focus, schedules a 100 ms
 * timeout holding a bare pointer to its focus controller and never
 * removes it: a row disposed within those 100 ms (a window closed right
 * after a rename) would crash in that timeout. Remove it with the row. */
static void
cancel_stop_editing_soon (TautanViewRow *self)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (self->name));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);
      GSource *source;

      if (!GTK_IS_EVENT_CONTROLLER_FOCUS (controller))
        continue;
      while ((source = g_main_context_find_source_by_funcs_user_data (NULL, &g_timeout_funcs, controller)))
        g_source_destroy (source);
    }
}

static void
tautan_view_row_unroot (GtkWidget *widget)
{
  /* Leaving the window mid-edit: the edit ends with the row. */
  stop_editing (TAUTAN_VIEW_ROW (widget), FALSE);

  GTK_WIDGET_CLASS (tautan_view_row_parent_class)->unroot (widget);
}

static void
tautan_view_row_dispose (GObject *object)
{
  TautanViewRow *self = (TautanViewRow *)object;
  GtkWidget *child;

  if (self->view != NULL)
    g_signal_handlers_disconnect_by_data (self->view, self);
  g_clear_object (&self->view);
  if (self->name != NULL)
    cancel_stop_editing_soon (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), TAUTAN_TYPE_VIEW_ROW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (tautan_view_row_parent_class)->dispose (object);
}

static void
tautan_view_row_finalize (GObject *object)
{
  TautanViewRow *self = (TautanViewRow *)object;

  g_free (self->shown_name);

  G_OBJECT_CLASS (tautan_view_row_parent_class)->finalize (object);
}

static void
tautan_view_row_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TautanViewRow *self = TAUTAN_VIEW_ROW (object);

  switch (prop_id)
    {
    case PROP_VIEW:
      g_value_set_object (value, self->view);
      break;
    case PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tautan_view_row_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  TautanViewRow *self = TAUTAN_VIEW_ROW (object);

  switch (prop_id)
    {
    case PROP_VIEW:
      tautan_view_row_set_view (self, g_value_get_object (value));
      break;
    case PROP_POSITION:
      tautan_view_row_set_position (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Put in the list: it knows how many views there are. */
static void
tautan_view_row_root (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (tautan_view_row_parent_class)->root (widget);
  tautan_view_row_update_moves (TAUTAN_VIEW_ROW (widget));
}

static void
tautan_view_row_class_init (TautanViewRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tautan_view_row_dispose;
  object_class->finalize = tautan_view_row_finalize;
  object_class->get_property = tautan_view_row_get_property;
  object_class->set_property = tautan_view_row_set_property;
  widget_class->root = tautan_view_row_root;
  widget_class->unroot = tautan_view_row_unroot;

  properties[PROP_VIEW] =
    g_param_spec_object ("view", NULL, NULL, TAUTAN_TYPE_SAVED_VIEW,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/tautan-view-row.ui");
  gtk_widget_class_bind_template_child (widget_class, TautanViewRow, name);
  gtk_widget_class_bind_template_child (widget_class, TautanViewRow, range);
  gtk_widget_class_bind_template_child (widget_class, TautanViewRow, fields_button);
  gtk_widget_class_bind_template_child (widget_class, TautanViewRow, move_up_button);
  gtk_widget_class_bind_template_child (widget_class, TautanViewRow, move_down_button);
  gtk_widget_class_bind_template_child (widget_class, TautanViewRow, fields_popover);
  gtk_widget_class_bind_template_child (widget_class, TautanViewRow, name_entry);
  gtk_widget_class_bind_template_child (widget_class, TautanViewRow, title_entry);
  gtk_widget_class_bind_template_child (widget_class, TautanViewRow, marking_entry);
  gtk_widget_class_bind_template_child (widget_class, TautanViewRow, note_view);
  gtk_widget_class_bind_template_callback (widget_class, editing_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, fields_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activate_cb);
  gtk_widget_class_set_css_name (widget_class, "viewrow");

  gtk_widget_class_install_action (widget_class, "row.move-up", NULL, move_up_action);
  gtk_widget_class_install_action (widget_class, "row.move-down", NULL, move_down_action);
  gtk_widget_class_install_action (widget_class, "row.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "row.apply-fields", NULL, apply_fields_action);
  /* From anywhere in the row, as the buttons do. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "row.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "row.move-down", NULL);
}

/* The name label's own drag source and drop target (GTK 4.8 puts them on
 * the label inside it) would drag the name as text, and take text dropped
 * on it, instead of the row being dragged. */
static void
silence_label_dnd (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DRAG_SOURCE (controller) || GTK_IS_DROP_TARGET (controller))
        gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_NONE);
    }
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    silence_label_dnd (c);
}

static void
tautan_view_row_init (TautanViewRow *self)
{
  GtkDragSource *source;
  GtkDropTargetAsync *target;
  GdkContentFormats *formats;

  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (self->name, "notify::text", G_CALLBACK (name_text_cb), self, G_CONNECT_SWAPPED);
  silence_label_dnd (GTK_WIDGET (self->name));

  source = gtk_drag_source_new ();
  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect_object (source, "prepare", G_CALLBACK (drag_prepare_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (source, "drag-begin", G_CALLBACK (drag_begin_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (source));

  g_signal_connect_object (source, "drag-end", G_CALLBACK (drag_end_cb), self, G_CONNECT_SWAPPED);
  formats = gdk_content_formats_new ((const char *[]) { VIEW_ROW_MIME }, 1);
  target = gtk_drop_target_async_new (formats, GDK_ACTION_MOVE);
  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));

  tautan_view_row_update_moves (self);
}

/**
 * tautan_view_row_get_view:
 *
 * Returns: (transfer none) (nullable): the view shown
 */
TautanSavedView *
tautan_view_row_get_view (TautanViewRow *self)
{
  g_return_val_if_fail (TAUTAN_IS_VIEW_ROW (self), NULL);
  return self->view;
}

void
tautan_view_row_set_view (TautanViewRow   *self,
                          TautanSavedView *view)
{
  g_return_if_fail (TAUTAN_IS_VIEW_ROW (self));
  g_return_if_fail (view == NULL || TAUTAN_IS_SAVED_VIEW (view));

  if (self->view == view)
    return;

  /* A rename in progress belonged to the view shown before. */
  stop_editing (self, FALSE);
  if (self->fields_popover != NULL)
    gtk_popover_popdown (self->fields_popover);
  if (self->view != NULL)
    g_signal_handlers_disconnect_by_data (self->view, self);
  g_set_object (&self->view, view);
  if (view != NULL)
    {
      g_signal_connect_swapped (view, "notify::name", G_CALLBACK (update_name), self);
      g_signal_connect_swapped (view, "notify::span", G_CALLBACK (update_range), self);
    }
  update_name (self);
  update_range (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW]);
}

guint
tautan_view_row_get_position (TautanViewRow *self)
{
  g_return_val_if_fail (TAUTAN_IS_VIEW_ROW (self), 0);
  return self->position;
}

void
tautan_view_row_set_position (TautanViewRow *self,
                              guint          position)
{
  g_return_if_fail (TAUTAN_IS_VIEW_ROW (self));

  if (self->position == position)
    return;
  self->position = position;
  tautan_view_row_update_moves (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

/**
 * tautan_view_row_update_moves:
 *
 * Enables Move Up and Move Down where they move something: not up on
 * the first view, not down on the last (their buttons then insensitive,
 * so out of the keyboard's way too). The row reads the number of views
 * from the list it is in; the list calls this when that number changes.
 */
void
tautan_view_row_update_moves (TautanViewRow *self)
{
  GtkWidget *list;
  TautanSession *session = NULL;
  guint n = 0;
  gboolean up, down;

  g_return_if_fail (TAUTAN_IS_VIEW_ROW (self));

  list = gtk_widget_get_ancestor (GTK_WIDGET (self), TAUTAN_TYPE_VIEW_LIST);
  if (list != NULL)
    session = tautan_view_list_get_session (TAUTAN_VIEW_LIST (list));
  if (session != NULL)
    n = g_list_model_get_n_items (tautan_session_get_views (session));
  up = self->position > 0 && self->position < n;
  down = self->position + 1 < n;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "row.move-up", up);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "row.move-down", down);
}

/**
 * tautan_view_row_get_fields_button:
 *
 * Returns: (transfer none): the button opening the name, title, note and
 *   marking popover
 */
GtkMenuButton *
tautan_view_row_get_fields_button (TautanViewRow *self)
{
  g_return_val_if_fail (TAUTAN_IS_VIEW_ROW (self), NULL);
  return self->fields_button;
}

/**
 * _tautan_view_row_focus_move:
 * @down: the Move Down button first, else Move Up
 *
 * Focuses that move button, or the other one where it is off (the view
 * is first or last now).
 */
void
_tautan_view_row_focus_move (TautanViewRow *self,
                             gboolean       down)
{
  GtkWidget *first = down ? self->move_down_button : self->move_up_button;
  GtkWidget *other = down ? self->move_up_button : self->move_down_button;

  if (gtk_widget_is_sensitive (first))
    gtk_widget_grab_focus (first);
  else if (gtk_widget_is_sensitive (other))
    gtk_widget_grab_focus (other);
}

/**
 * tautan_view_row_get_name_label:
 *
 * Returns: (transfer none): the editable name
 */
GtkEditableLabel *
tautan_view_row_get_name_label (TautanViewRow *self)
{
  g_return_val_if_fail (TAUTAN_IS_VIEW_ROW (self), NULL);
  return self->name;
}
