/* tautan-view-list.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-view-list"

#include "config.h"

#include <glib/gi18n.h>

#include "tautan/tautan-view-list.h"
#include "tautan/tautan-view-row.h"

#include "tautan-view-row-private.h"

/* The saved views of the session, in presentation order: a click goes to
 * a view, the rows' buttons and names edit them through the session, so
 * each edit is one undoable step. The list is virtualised: a workspace of
 * 100,000 views makes a screenful of rows. */

struct _TautanViewList
{
  GtkWidget          parent_instance;

  GtkLabel          *empty;
  GtkWidget         *scroller;
  GtkListView       *list_view;

  TautanSession     *session;

  TautanSavedView   *moved;          /* to focus again once the list has moved it */
  guint              moved_down : 1;
  guint              focus_idle;
};

G_DEFINE_FINAL_TYPE (TautanViewList, tautan_view_list, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static guint
n_views (TautanViewList *self)
{
  return self->session ? g_list_model_get_n_items (tautan_session_get_views (self->session)) : 0;
}

static void
update_empty (TautanViewList *self)
{
  guint n = n_views (self);

  gtk_widget_set_visible (GTK_WIDGET (self->empty), n == 0);
  gtk_widget_set_visible (self->scroller, n > 0);
}

static void
update_rows (GtkWidget *widget)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (TAUTAN_IS_VIEW_ROW (c))
      tautan_view_row_update_moves (TAUTAN_VIEW_ROW (c));
    else
      update_rows (c);
}

/* A view added or removed: another is last now. Rows whose place changes
 * update themselves; this catches those that kept it. */
static void
views_changed_cb (TautanViewList *self)
{
  update_empty (self);
  update_rows (GTK_WIDGET (self->list_view));
}

static void
activate_cb (TautanViewList *self,
             guint           position)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "views.apply", "u", position);
}

/* Escape ends a rename; otherwise it closes the popover the list is in,
 * which a focused name label would swallow. */
static gboolean
key_pressed_cb (TautanViewList        *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
  GtkWidget *label = focus ? gtk_widget_get_ancestor (focus, GTK_TYPE_EDITABLE_LABEL) : NULL;
  GtkWidget *popover;

  if (keyval != GDK_KEY_Escape || (label != NULL && gtk_editable_label_get_editing (GTK_EDITABLE_LABEL (label))))
    return FALSE;
  popover = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_POPOVER);
  if (popover == NULL)
    return FALSE;
  gtk_popover_popdown (GTK_POPOVER (popover));
  return TRUE;
}

static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  TautanViewList *self = TAUTAN_VIEW_LIST (widget);
  guint position = g_variant_get_uint32 (param);
  g_autoptr(TautanSavedView) view = NULL;

  if (position >= n_views (self))
    return;
  view = g_list_model_get_item (tautan_session_get_views (self->session), position);
  tautan_session_apply_view (self->session, view);
}

static TautanViewRow *
find_row (GtkWidget       *widget,
          TautanSavedView *view)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      TautanViewRow *row;

      if (TAUTAN_IS_VIEW_ROW (c))
        {
          if (tautan_view_row_get_view (TAUTAN_VIEW_ROW (c)) == view && gtk_widget_get_mapped (c))
            return TAUTAN_VIEW_ROW (c);
          continue;
        }
      if ((row = find_row (c, view)) != NULL)
        return row;
    }
  return NULL;
}

static gboolean
focus_moved_cb (gpointer data)
{
  TautanViewList *self = data;
  TautanViewRow *row = self->moved ? find_row (GTK_WIDGET (self->list_view), self->moved) : NULL;

  self->focus_idle = 0;
  if (row != NULL)
    _tautan_view_row_focus_move (row, self->moved_down);
  g_clear_object (&self->moved);
  return G_SOURCE_REMOVE;
}

/* A view moved from the keyboard keeps the focus on its move buttons, so
 * the next key moves it again: the list may give it another row, and at
 * the top or bottom its button goes off, which sent the focus out of the
 * popover. Done once the list has settled: focus taken while it rebinds
 * its rows left a stale row on screen. */
static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  TautanViewList *self = TAUTAN_VIEW_LIST (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
  guint from, to;

  g_variant_get (param, "(uu)", &from, &to);
  if (from >= n_views (self) || to >= n_views (self) || from == to)
    return;
  if (focus != NULL && gtk_widget_is_ancestor (focus, widget) && !GTK_IS_TEXT (focus))
    {
      g_clear_object (&self->moved);
      self->moved = g_list_model_get_item (tautan_session_get_views (self->session), from);
      self->moved_down = to > from;
      if (self->focus_idle == 0)
        self->focus_idle = g_idle_add_full (G_PRIORITY_DEFAULT, focus_moved_cb, self, NULL);
    }
  tautan_session_move_view (self->session, from, to);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  TautanViewList *self = TAUTAN_VIEW_LIST (widget);
  guint position = g_variant_get_uint32 (param);

  if (position < n_views (self))
    tautan_session_remove_view (self->session, position);
}

static void
rename_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  TautanViewList *self = TAUTAN_VIEW_LIST (widget);
  const char *name;
  guint position;

  g_variant_get (param, "(u&s)", &position, &name);
  if (position < n_views (self))
    tautan_session_rename_view (self->session, position, name);
}

/* A view's name, as the list shows it, and the briefing's fields; an
 * empty name keeps the old one, empty fields are none. */
static void
edit_fields_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  TautanViewList *self = TAUTAN_VIEW_LIST (widget);
  g_autoptr(TautanSavedView) view = NULL;
  g_autoptr(TautanSavedView) values = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  g_autofree char *note = NULL;
  g_autofree char *marking = NULL;
  guint position;

  g_variant_get (param, "(ussss)", &position, &name, &title, &note, &marking);
  if (position >= n_views (self))
    return;
  g_strstrip (name);
  g_strstrip (title);
  g_strstrip (marking);
  /* Trailing blank lines are no part of a note. */
  g_strchomp (note);
  view = g_list_model_get_item (tautan_session_get_views (self->session), position);
  values = tautan_saved_view_copy (view);
  if (*name != '\0')
    tautan_saved_view_set_name (values, name);
  tautan_saved_view_set_title (values, *title ? title : NULL);
  tautan_saved_view_set_note (values, *note ? note : NULL);
  tautan_saved_view_set_marking (values, *marking ? marking : NULL);
  tautan_session_update_view (self->session, position, values);
}

static void
tautan_view_list_dispose (GObject *object)
{
  TautanViewList *self = (TautanViewList *)object;
  GtkWidget *child;

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (tautan_session_get_views (self->session), self);
  g_clear_handle_id (&self->focus_idle, g_source_remove);
  g_clear_object (&self->moved);
  gtk_widget_dispose_template (GTK_WIDGET (self), TAUTAN_TYPE_VIEW_LIST);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (tautan_view_list_parent_class)->dispose (object);
}

static void
tautan_view_list_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  TautanViewList *self = TAUTAN_VIEW_LIST (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tautan_view_list_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  TautanViewList *self = TAUTAN_VIEW_LIST (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      tautan_view_list_set_session (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tautan_view_list_class_init (TautanViewListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tautan_view_list_dispose;
  object_class->get_property = tautan_view_list_get_property;
  object_class->set_property = tautan_view_list_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, TAUTAN_TYPE_SESSION,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/tautan-view-list.ui");
  gtk_widget_class_bind_template_child (widget_class, TautanViewList, empty);
  gtk_widget_class_bind_template_child (widget_class, TautanViewList, scroller);
  gtk_widget_class_bind_template_child (widget_class, TautanViewList, list_view);
  gtk_widget_class_bind_template_callback (widget_class, activate_cb);
  gtk_widget_class_set_css_name (widget_class, "viewlist");

  gtk_widget_class_install_action (widget_class, "views.apply", "u", apply_action);
  gtk_widget_class_install_action (widget_class, "views.move", "(uu)", move_action);
  gtk_widget_class_install_action (widget_class, "views.remove", "u", remove_action);
  gtk_widget_class_install_action (widget_class, "views.rename", "(us)", rename_action);
  gtk_widget_class_install_action (widget_class, "views.edit-fields", "(ussss)", edit_fields_action);

  g_type_ensure (TAUTAN_TYPE_VIEW_ROW);
}

static void
tautan_view_list_init (TautanViewList *self)
{
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  update_empty (self);
}

GtkWidget *
tautan_view_list_new (void)
{
  return g_object_new (TAUTAN_TYPE_VIEW_LIST, NULL);
}

/**
 * tautan_view_list_get_session:
 *
 * Returns: (transfer none) (nullable): the session whose views are shown
 */
TautanSession *
tautan_view_list_get_session (TautanViewList *self)
{
  g_return_val_if_fail (TAUTAN_IS_VIEW_LIST (self), NULL);
  return self->session;
}

void
tautan_view_list_set_session (TautanViewList *self,
                              TautanSession  *session)
{
  g_autoptr(GtkNoSelection) model = NULL;

  g_return_if_fail (TAUTAN_IS_VIEW_LIST (self));
  g_return_if_fail (session == NULL || TAUTAN_IS_SESSION (session));

  if (self->session == session)
    return;

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (tautan_session_get_views (self->session), self);
  g_set_object (&self->session, session);
  if (session != NULL)
    {
      GListModel *views = tautan_session_get_views (session);

      model = gtk_no_selection_new (g_object_ref (views));
      g_signal_connect_swapped (views, "items-changed", G_CALLBACK (views_changed_cb), self);
    }
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (model));
  update_empty (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}
