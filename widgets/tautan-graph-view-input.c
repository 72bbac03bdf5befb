/* tautan-graph-view-input.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the canvas does with input: hit testing, dragging nodes (a session
 * edit) and the view, clicks that select, zooming, the node menu, hover,
 * tooltips, keyboard focus among nodes, and the view's actions. */

#define G_LOG_DOMAIN "tautan-graph-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "tautan/tautan-count.h"
#include "tautan/tautan-text.h"

#include "tautan-graph-view-private.h"

/* View pixels to layout units and back. */
static void
to_layout (TautanGraphView *self,
           double           x,
           double           y,
           double          *lx,
           double          *ly)
{
  *lx = (x - self->view.width / 2.0) / self->view.zoom + self->view.center_x;
  *ly = (y - self->view.height / 2.0) / self->view.zoom + self->view.center_y;
}

/* The scene on screen: the pointer never waits for a build. */
static TautanScene *
pointer_scene (TautanGraphView *self)
{
  if (self->dataset == NULL)
    return NULL;
  _tautan_graph_view_update_scene (self);
  return self->scene;
}

static gboolean
hit_test (TautanGraphView *self,
          double           x,
          double           y,
          TautanSceneHit  *hit)
{
  TautanScene *scene = pointer_scene (self);

  return scene != NULL &&
         tautan_scene_hit_test (scene, x - self->scene_dx, y - self->scene_dy, hit) &&
         hit->kind != TAUTAN_HIT_NONE;
}

/* Nodes only: what hover, drags and the node menu need, and cheap on a
 * million edges (see tautan_scene_hit_test_node ()). */
static gboolean
hit_test_node (TautanGraphView *self,
               double           x,
               double           y,
               guint           *entity)
{
  TautanScene *scene = pointer_scene (self);

  return scene != NULL &&
         tautan_scene_hit_test_node (scene, x - self->scene_dx, y - self->scene_dy, entity);
}

static void
user_moved_view (TautanGraphView *self)
{
  self->auto_fit = FALSE;
  self->animating_camera = FALSE;
}

void
tautan_graph_view_zoom_by (TautanGraphView *self,
                           double           factor,
                           double           x,
                           double           y)
{
  double lx, ly, zoom;

  g_return_if_fail (TAUTAN_IS_GRAPH_VIEW (self));

  user_moved_view (self);
  to_layout (self, x, y, &lx, &ly);
  zoom = CLAMP (self->view.zoom * factor, MIN_ZOOM, MAX_ZOOM);
  /* Keep the layout point under the pointer where it is. */
  self->view.center_x = lx - (x - self->view.width / 2.0) / zoom;
  self->view.center_y = ly - (y - self->view.height / 2.0) / zoom;
  self->view.zoom = zoom;
  self->goal_zoom = zoom;
  self->goal_x = self->view.center_x;
  self->goal_y = self->view.center_y;
  _tautan_graph_view_invalidate_camera (self);
}

void
_tautan_graph_view_pinch (TautanGraphView *self,
                          double           scale,
                          double           x,
                          double           y)
{
  tautan_graph_view_zoom_by (self, scale, x, y);
}

/* The node follows the pointer at once; the session pins it there. */
static void
move_node (TautanGraphView *self,
           guint            entity,
           double           to_x,
           double           to_y)
{
  double lx, ly;

  to_layout (self, to_x, to_y, &lx, &ly);
  self->shown[entity] = self->target[entity] = (TautanPoint) { lx, ly };
  tautan_session_move_node (self->session, entity, self->target[entity]);
  _tautan_graph_view_invalidate_scene (self);
}

static void
begin_edit (TautanGraphView *self)
{
  if (!self->editing && self->session != NULL)
    {
      self->editing = TRUE;
      tautan_session_begin_edit (self->session);
    }
}

void
_tautan_graph_view_end_edit (TautanGraphView *self)
{
  if (self->editing)
    {
      self->editing = FALSE;
      tautan_session_end_edit (self->session);
    }
}

/* A whole drag of @entity to a point, as the drag gesture does it. */
void
_tautan_graph_view_drag_node (TautanGraphView *self,
                              guint            entity,
                              double           to_x,
                              double           to_y)
{
  g_return_if_fail (TAUTAN_IS_GRAPH_VIEW (self));
  g_return_if_fail (entity < self->n_nodes);

  begin_edit (self);
  move_node (self, entity, to_x, to_y);
  _tautan_graph_view_end_edit (self);
}

static void
drag_begin_cb (TautanGraphView *self,
               double           x,
               double           y,
               GtkGestureDrag  *gesture)
{
  guint entity;

  gtk_widget_grab_focus (GTK_WIDGET (self));

  if (hit_test_node (self, x, y, &entity))
    {
      self->drag_mode = DRAG_NODE;
      self->drag_entity = entity;
      self->drag_started = FALSE;
    }
  else
    {
      self->drag_mode = DRAG_PAN;
      self->drag_center_x = self->view.center_x;
      self->drag_center_y = self->view.center_y;
    }
}

static void
drag_update_cb (TautanGraphView *self,
                double           dx,
                double           dy,
                GtkGestureDrag  *gesture)
{
  double sx, sy;

  if (self->drag_mode == DRAG_NONE || (fabs (dx) < 3 && fabs (dy) < 3))
    return;

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  gtk_gesture_drag_get_start_point (gesture, &sx, &sy);

  if (self->drag_mode == DRAG_NODE)
    {
      if (!self->drag_started)
        {
          self->drag_started = TRUE;
          begin_edit (self);
        }
      move_node (self, self->drag_entity, sx + dx, sy + dy);
    }
  else
    {
      user_moved_view (self);
      /* From the saved centre, so rounding never accumulates. */
      self->view.center_x = self->drag_center_x - dx / self->view.zoom;
      self->view.center_y = self->drag_center_y - dy / self->view.zoom;
      self->goal_x = self->view.center_x;
      self->goal_y = self->view.center_y;
      _tautan_graph_view_invalidate_camera (self);
    }
}

static void
drag_end_cb (TautanGraphView *self,
             double           dx,
             double           dy,
             GtkGestureDrag  *gesture)
{
  _tautan_graph_view_end_edit (self);
  self->drag_mode = DRAG_NONE;
}

static void
click_pressed_cb (TautanGraphView *self,
                  int              n_press,
                  double           x,
                  double           y,
                  GtkGestureClick *gesture)
{
  TautanSceneHit hit;

  gtk_widget_grab_focus (GTK_WIDGET (self));

  if (!hit_test (self, x, y, &hit))
    {
      tautan_session_clear_selection (self->session);
      return;
    }

  if (hit.kind == TAUTAN_HIT_NODE)
    {
      /* A double click opens or closes a roll-up group in place, else
       * frees a pinned node. */
      if (n_press == 2 && !_tautan_graph_view_toggle_group (self, hit.entity))
        tautan_session_unpin_node (self->session, hit.entity);
      self->focus_entity = hit.entity;
      tautan_session_select_entity (self->session, hit.entity);
    }
  else
    tautan_session_select_edge (self->session, hit.source, hit.target);
}

static void
update_node_menu_actions (TautanGraphView *self)
{
  gboolean pinned = self->session != NULL && self->menu_entity != TAUTAN_NONE &&
                    tautan_session_get_pinned (self->session, self->menu_entity);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "node.unpin", pinned);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "node.expand-group",
                                 self->menu_entity != TAUTAN_NONE &&
                                 _tautan_graph_view_is_group (self, self->menu_entity));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "node.collapse-group",
                                 self->menu_entity != TAUTAN_NONE &&
                                 _tautan_graph_view_open_group (self, self->menu_entity) != TAUTAN_NONE);
}

/* Right-click (or long press) on a node: what can be done with it. */
static void
secondary_pressed_cb (TautanGraphView *self,
                      int              n_press,
                      double           x,
                      double           y,
                      GtkGestureClick *gesture)
{
  guint entity;

  if (!hit_test_node (self, x, y, &entity))
    return;

  self->menu_entity = entity;
  update_node_menu_actions (self);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->node_menu), &(GdkRectangle) { (int)x, (int)y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->node_menu));
}

static void
node_select_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  TautanGraphView *self = TAUTAN_GRAPH_VIEW (widget);

  if (self->menu_entity != TAUTAN_NONE && self->session != NULL)
    tautan_session_select_entity (self->session, self->menu_entity);
}

static void
node_center_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  TautanGraphView *self = TAUTAN_GRAPH_VIEW (widget);

  if (self->menu_entity != TAUTAN_NONE)
    tautan_graph_view_center_on (self, self->menu_entity);
}

/* Edit Actor, Merge Into, Split (the window's curation actions, named by
 * @param) on the node the menu was opened on, which they take selected. */
static void
node_curate_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  TautanGraphView *self = TAUTAN_GRAPH_VIEW (widget);

  if (self->menu_entity == TAUTAN_NONE || self->session == NULL)
    return;
  tautan_session_select_entity (self->session, self->menu_entity);
  gtk_widget_activate_action (widget, g_variant_get_string (param, NULL), NULL);
}

static void
node_unpin_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  TautanGraphView *self = TAUTAN_GRAPH_VIEW (widget);

  if (self->menu_entity == TAUTAN_NONE || self->session == NULL)
    return;
  tautan_session_unpin_node (self->session, self->menu_entity);
}

/* The roll-up's groups, opened and closed in place. */
static void
node_group_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  TautanGraphView *self = TAUTAN_GRAPH_VIEW (widget);

  if (self->menu_entity == TAUTAN_NONE || self->session == NULL)
    return;
  _tautan_graph_view_toggle_group (self, self->menu_entity);
}

static gboolean
scroll_cb (TautanGraphView          *self,
           double                    dx,
           double                    dy,
           GtkEventControllerScroll *controller)
{
  GdkModifierType mods = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  double x = self->pointer_x, y = self->pointer_y;

  if (mods & GDK_CONTROL_MASK)
    tautan_graph_view_zoom_by (self, pow (1.15, -dy), x, y);
  else
    {
      user_moved_view (self);
      self->view.center_x += dx * 30 / self->view.zoom;
      self->view.center_y += dy * 30 / self->view.zoom;
      self->goal_x = self->view.center_x;
      self->goal_y = self->view.center_y;
      _tautan_graph_view_invalidate_camera (self);
    }
  return TRUE;
}

static void
zoom_begin_cb (TautanGraphView *self,
               GdkEventSequence *sequence,
               GtkGestureZoom   *gesture)
{
  self->pinch_zoom = self->view.zoom;
}

static void
zoom_scale_changed_cb (TautanGraphView *self,
                       double           scale,
                       GtkGestureZoom  *gesture)
{
  double x, y;

  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    x = self->view.width / 2.0, y = self->view.height / 2.0;
  tautan_graph_view_zoom_by (self, self->pinch_zoom * scale / self->view.zoom, x, y);
}

static void
motion_cb (TautanGraphView          *self,
           double                    x,
           double                    y,
           GtkEventControllerMotion *controller)
{
  guint hover = TAUTAN_NONE;

  self->pointer_x = x;
  self->pointer_y = y;

  if (self->drag_mode == DRAG_NONE)
    hit_test_node (self, x, y, &hover);

  if (hover != self->view.hover_entity)
    {
      self->view.hover_entity = hover;
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), hover != TAUTAN_NONE ? "pointer" : NULL);
      if (_tautan_graph_view_draws_hover (self))
        _tautan_graph_view_invalidate_highlight (self);
    }
}

static void
leave_cb (TautanGraphView          *self,
          GtkEventControllerMotion *controller)
{
  if (self->view.hover_entity != TAUTAN_NONE)
    {
      self->view.hover_entity = TAUTAN_NONE;
      if (_tautan_graph_view_draws_hover (self))
        _tautan_graph_view_invalidate_highlight (self);
    }
}

static gboolean
query_tooltip_cb (TautanGraphView *self,
                  int              x,
                  int              y,
                  gboolean         keyboard,
                  GtkTooltip      *tooltip)
{
  TautanSceneHit hit;
  g_autofree char *markup = NULL;

  if (keyboard || !hit_test (self, x, y, &hit))
    return FALSE;

  if (hit.kind == TAUTAN_HIT_NODE)
    {
      TautanEntity e;
      g_autofree char *name = NULL;

      g_autofree char *shown = NULL;

      tautan_dataset_get_entity (self->dataset, hit.entity, &e);
      shown = tautan_text_shorten (e.name, TAUTAN_TEXT_MAX_NAME);
      name = g_markup_escape_text (shown, -1);
      /* TRANSLATORS: "window" is the time window, the period selected on the timeline. */
      markup = g_strdup_printf (g_dngettext (NULL, "<b>%s</b>\n%s · %s event in this window",
                                             "<b>%s</b>\n%s · %s events in this window",
                                             tautan_slice_get_entity_count (self->slice, hit.entity)),
                                name, tautan_entity_kind_label (e.kind),
                                tautan_count_format (tautan_slice_get_entity_count (self->slice, hit.entity)));
      {
        const TautanSceneNode *node = self->scene != NULL ? tautan_scene_find_node (self->scene, hit.entity) : NULL;

        /* The dashed ring says this; the tooltip says how many. */
        if (node != NULL && node->n_untargeted > 0)
          {
            g_autofree char *line = g_strdup_printf (g_dngettext (NULL, "%s with no target (the dashed ring)",
                                                                  "%s with no target (the dashed ring)",
                                                                  node->n_untargeted),
                                                     tautan_count_format (node->n_untargeted));
            g_autofree char *joined = g_strconcat (markup, "\n", line, NULL);

            g_free (markup);
            markup = g_steal_pointer (&joined);
          }
      }
    }
  else
    {
      const TautanSliceEdge *edge = tautan_slice_find_edge (self->slice, hit.source, hit.target);
      TautanEntity a, b;
      g_autofree char *an = NULL, *bn = NULL;
      g_autofree char *as = NULL, *bs = NULL;
      TautanTaxonomy *taxonomy = tautan_dataset_get_taxonomy (self->dataset);

      if (edge == NULL)
        return FALSE;
      tautan_dataset_get_entity (self->dataset, hit.source, &a);
      tautan_dataset_get_entity (self->dataset, hit.target, &b);
      as = tautan_text_shorten (a.name, TAUTAN_TEXT_MAX_NAME);
      bs = tautan_text_shorten (b.name, TAUTAN_TEXT_MAX_NAME);
      an = g_markup_escape_text (as, -1);
      bn = g_markup_escape_text (bs, -1);
      markup = g_strdup_printf (g_dngettext (NULL, "<b>%s → %s</b>\n%s event, mostly %s%s",
                                             "<b>%s → %s</b>\n%s events, mostly %s%s", edge->count),
                                an, bn, tautan_count_format (edge->count),
                                tautan_taxonomy_get_event_type (taxonomy, edge->dominant_type)->label,
                                edge->imprecise > 0 ? _("\nsome dated only approximately") : "");
    }

  gtk_tooltip_set_markup (tooltip, markup);
  return TRUE;
}

/* Arrow keys move the keyboard focus to the nearest node in that direction. */
static void
move_focus (TautanGraphView *self,
            double           dir_x,
            double           dir_y)
{
  const TautanSceneNode *from;
  guint best = TAUTAN_NONE;
  double best_score = G_MAXDOUBLE;

  _tautan_graph_view_update_scene (self);
  if (self->scene == NULL || tautan_scene_get_n_nodes (self->scene) == 0)
    return;

  from = self->focus_entity != TAUTAN_NONE ? tautan_scene_find_node (self->scene, self->focus_entity) : NULL;
  if (from == NULL)
    {
      self->focus_entity = tautan_scene_get_node (self->scene, 0)->entity;
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return;
    }

  for (guint i = 0; i < tautan_scene_get_n_nodes (self->scene); i++)
    {
      const TautanSceneNode *n = tautan_scene_get_node (self->scene, i);
      double dx = n->x - from->x, dy = n->y - from->y;
      double along = dx * dir_x + dy * dir_y;
      double across = fabs (dx * dir_y - dy * dir_x);
      double score;

      if (n == from || along <= 0)
        continue;
      /* Prefer nodes straight ahead over nearer ones off to the side. */
      score = along + 2 * across;
      if (score < best_score)
        {
          best_score = score;
          best = n->entity;
        }
    }

  if (best != TAUTAN_NONE)
    {
      self->focus_entity = best;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
focus_move_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  int dx, dy;

  g_variant_get (param, "(ii)", &dx, &dy);
  move_focus (TAUTAN_GRAPH_VIEW (widget), dx, dy);
}

static void
activate_focus_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  TautanGraphView *self = TAUTAN_GRAPH_VIEW (widget);

  if (self->focus_entity != TAUTAN_NONE && self->session != NULL)
    tautan_session_select_entity (self->session, self->focus_entity);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  TautanGraphView *self = TAUTAN_GRAPH_VIEW (widget);

  tautan_graph_view_zoom_by (self, g_variant_get_double (param), self->view.width / 2.0, self->view.height / 2.0);
}

static void
fit_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  tautan_graph_view_zoom_fit (TAUTAN_GRAPH_VIEW (widget));
}

static void
clear_selection_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  TautanGraphView *self = TAUTAN_GRAPH_VIEW (widget);

  if (self->session != NULL)
    tautan_session_clear_selection (self->session);
}

static void
unpin_all_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  TautanGraphView *self = TAUTAN_GRAPH_VIEW (widget);

  if (self->session != NULL)
    tautan_session_unpin_all (self->session);
}

void
_tautan_graph_view_class_init_input (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, drag_begin_cb);
  gtk_widget_class_bind_template_callback (widget_class, drag_update_cb);
  gtk_widget_class_bind_template_callback (widget_class, drag_end_cb);
  gtk_widget_class_bind_template_callback (widget_class, click_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, scroll_cb);
  gtk_widget_class_bind_template_callback (widget_class, zoom_begin_cb);
  gtk_widget_class_bind_template_callback (widget_class, zoom_scale_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, motion_cb);
  gtk_widget_class_bind_template_callback (widget_class, leave_cb);
  gtk_widget_class_bind_template_callback (widget_class, query_tooltip_cb);
  gtk_widget_class_bind_template_callback (widget_class, secondary_pressed_cb);

  gtk_widget_class_install_action (widget_class, "view.zoom", "d", zoom_action);
  gtk_widget_class_install_action (widget_class, "view.fit", NULL, fit_action);
  gtk_widget_class_install_action (widget_class, "view.clear-selection", NULL, clear_selection_action);
  gtk_widget_class_install_action (widget_class, "view.unpin-all", NULL, unpin_all_action);
  gtk_widget_class_install_action (widget_class, "view.focus-move", "(ii)", focus_move_action);
  gtk_widget_class_install_action (widget_class, "view.activate-focus", NULL, activate_focus_action);
  gtk_widget_class_install_action (widget_class, "node.select", NULL, node_select_action);
  gtk_widget_class_install_action (widget_class, "node.center", NULL, node_center_action);
  gtk_widget_class_install_action (widget_class, "node.unpin", NULL, node_unpin_action);
  gtk_widget_class_install_action (widget_class, "node.expand-group", NULL, node_group_action);
  gtk_widget_class_install_action (widget_class, "node.collapse-group", NULL, node_group_action);
  gtk_widget_class_install_action (widget_class, "node.curate", "s", node_curate_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, 0, "view.zoom", "d", 1.25);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, 0, "view.zoom", "d", 1.25);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, 0, "view.zoom", "d", 1.25);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, 0, "view.zoom", "d", 0.8);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, 0, "view.zoom", "d", 0.8);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, 0, "view.fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "view.fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "view.clear-selection", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "view.focus-move", "(ii)", -1, 0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "view.focus-move", "(ii)", 1, 0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, 0, "view.focus-move", "(ii)", 0, -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, 0, "view.focus-move", "(ii)", 0, 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "view.activate-focus", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "view.activate-focus", NULL);
}
