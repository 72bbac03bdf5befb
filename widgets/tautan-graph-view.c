/* tautan-graph-view.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-graph-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "tautan/tautan-export.h"
#include "tautan/tautan-graph-view.h"
#include "tautan/tautan-tile-cache.h"

#define MIN_ZOOM 0.02
#define MAX_ZOOM 400.0
#define FIT_MARGIN 48.0

/* Past this many edges, rasterise in tiles off the main thread and only
 * composite them per frame (cairo 1.16 strokes ~330 ms for 10,000 edges). */
#define TILE_THRESHOLD_EDGES 600

typedef enum
{
  DRAG_NONE,
  DRAG_PAN,
  DRAG_NODE,
} DragMode;

struct _TautanGraphView
{
  GtkWidget            parent_instance;

  TautanDataset       *dataset;
  TautanLayout        *layout;
  TautanSlice         *slice;
  TautanScene         *scene;
  TautanRenderContext *context;

  /* Tiled drawing for big graphs: the scene without hover and selection,
   * rasterised on worker threads; the highlight is drawn fresh on top. */
  TautanTileCache     *tiles;
  TautanScene         *base_scene;
  GHashTable          *textures;       /* tile serial -> GdkTexture */

  TautanView           view;
  TautanPoint         *shown;          /* positions on screen, animated */
  TautanPoint         *target;         /* the layout's latest positions */
  float               *fade;           /* nodes newly active in the window fade in */
  gboolean             fading;
  guint                n_nodes;
  guint64              layout_generation;

  /* camera animation */
  double               goal_zoom;
  double               goal_x;
  double               goal_y;
  gint64               last_frame;
  guint                tick_id;

  DragMode             drag_mode;
  guint                drag_entity;
  gboolean             drag_started;
  double               drag_center_x;
  double               drag_center_y;
  double               pinch_zoom;
  double               pointer_x;      /* last pointer position, for zooming around it */
  double               pointer_y;

  guint                focus_entity;   /* keyboard focus among nodes */
  GtkWidget           *node_menu;      /* context menu of a node */
  guint                menu_entity;

  guint                auto_fit : 1;   /* follow the layout until the user moves the view */
  guint                scene_dirty : 1;
  guint                base_dirty : 1;
  guint                slice_dirty : 1;
  guint                animating_camera : 1;
};

G_DEFINE_FINAL_TYPE (TautanGraphView, tautan_graph_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATASET,
  PROP_SELECTED_ENTITY,
  PROP_SELECTED_EDGE,
  PROP_HIDDEN_KINDS,
  PROP_HIDDEN_TYPES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  NODE_EDIT,
  NODE_MOVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gboolean tick_cb (GtkWidget     *widget,
                         GdkFrameClock *clock,
                         gpointer       user_data);

static void
invalidate_scene (TautanGraphView *self)
{
  self->scene_dirty = TRUE;
  self->base_dirty = TRUE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Hover and selection: the tiles stay, only the highlight is redrawn. */
static void
invalidate_highlight (TautanGraphView *self)
{
  self->scene_dirty = TRUE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
ensure_tick (TautanGraphView *self)
{
  if (self->tick_id == 0)
    {
      self->last_frame = 0;
      self->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), tick_cb, NULL, NULL);
    }
}

static void
ensure_slice (TautanGraphView *self)
{
  if (self->dataset == NULL || !(self->slice_dirty || self->slice == NULL))
    return;

  {
    g_autoptr(TautanSlice) old = g_steal_pointer (&self->slice);

    self->slice = tautan_slice_new (self->dataset, &self->view.span, self->view.cumulative);
    self->slice_dirty = FALSE;

    /* Actors entering the window fade in where they belong, so playing
     * through time reads as change, not as a jump. Big graphs are drawn
     * in tiles, where a fade would redraw everything each frame. */
    if (old != NULL && self->fade != NULL &&
        tautan_slice_get_n_edges (self->slice) <= TILE_THRESHOLD_EDGES &&
        adw_get_enable_animations (GTK_WIDGET (self)))
      {
        for (guint i = 0; i < tautan_slice_get_n_entities (self->slice); i++)
          {
            guint e = tautan_slice_get_entity (self->slice, i)->entity;

            if (tautan_slice_get_entity_count (old, e) == 0)
              {
                self->fade[e] = 0;
                self->fading = TRUE;
              }
          }
        if (self->fading)
          {
            self->view.fade = self->fade;
            ensure_tick (self);
          }
      }
  }
}

static void
ensure_scene (TautanGraphView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  if (self->dataset == NULL)
    return;

  ensure_slice (self);

  if (self->view.width != width || self->view.height != height)
    {
      self->view.width = width;
      self->view.height = height;
      self->scene_dirty = TRUE;
    }

  if (self->scene != NULL && !self->scene_dirty)
    return;

  g_clear_pointer (&self->scene, tautan_scene_unref);
  self->scene = tautan_scene_new (self->context, self->dataset, self->slice, self->shown, &self->view);
  self->scene_dirty = FALSE;
}

/* Zoom to fit every node active in the window: the same math as an
 * export of the whole graph, so both frame it alike. */
static void
fit_goal (TautanGraphView *self)
{
  TautanView fit = self->view;

  fit.width = gtk_widget_get_width (GTK_WIDGET (self));
  fit.height = gtk_widget_get_height (GTK_WIDGET (self));
  ensure_slice (self);
  if (self->slice == NULL || !tautan_export_fit_view (&fit, self->slice, self->target, 0, FIT_MARGIN))
    return;

  self->goal_zoom = fit.zoom;
  self->goal_x = fit.center_x;
  self->goal_y = fit.center_y;
}

static void
set_camera_goal (TautanGraphView *self,
                 double           zoom,
                 double           x,
                 double           y,
                 gboolean         animate)
{
  self->goal_zoom = CLAMP (zoom, MIN_ZOOM, MAX_ZOOM);
  self->goal_x = x;
  self->goal_y = y;

  if (animate && gtk_widget_get_mapped (GTK_WIDGET (self)) &&
      adw_get_enable_animations (GTK_WIDGET (self)))
    {
      self->animating_camera = TRUE;
      ensure_tick (self);
    }
  else
    {
      self->view.zoom = self->goal_zoom;
      self->view.center_x = self->goal_x;
      self->view.center_y = self->goal_y;
      self->animating_camera = FALSE;
      invalidate_scene (self);
    }
}

/* Frames advance by elapsed time, never a fixed step per frame. */
static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  TautanGraphView *self = TAUTAN_GRAPH_VIEW (widget);
  gint64 now = gdk_frame_clock_get_frame_time (clock);
  double dt = self->last_frame ? (now - self->last_frame) / (double)G_USEC_PER_SEC : 1.0 / 60;
  double k = 1.0 - exp (-dt * 10.0);
  gboolean moving = FALSE;

  self->last_frame = now;
  dt = MIN (dt, 0.1);

  if (self->layout != NULL && tautan_layout_get_generation (self->layout) != self->layout_generation)
    {
      self->layout_generation = tautan_layout_get_generation (self->layout);
      tautan_layout_get_positions (self->layout, self->target);
      if (self->auto_fit)
        {
          fit_goal (self);
          self->animating_camera = TRUE;
        }
    }

  for (guint i = 0; i < self->n_nodes; i++)
    {
      double dx = self->target[i].x - self->shown[i].x;
      double dy = self->target[i].y - self->shown[i].y;

      if (fabs (dx) * self->view.zoom > 0.2 || fabs (dy) * self->view.zoom > 0.2)
        {
          self->shown[i].x += dx * k;
          self->shown[i].y += dy * k;
          moving = TRUE;
        }
      else
        self->shown[i] = self->target[i];
    }

  if (self->fading)
    {
      gboolean done = TRUE;

      for (guint i = 0; i < self->n_nodes; i++)
        if (self->fade[i] < 1)
          {
            self->fade[i] = MIN (1.0f, self->fade[i] + (float)(dt / 0.4));
            done &= self->fade[i] >= 1;
          }
      if (done)
        {
          self->fading = FALSE;
          self->view.fade = NULL;
        }
      moving = TRUE;
    }

  if (self->animating_camera)
    {
      double dz = log (self->goal_zoom) - log (self->view.zoom);

      self->view.zoom = exp (log (self->view.zoom) + dz * k);
      self->view.center_x += (self->goal_x - self->view.center_x) * k;
      self->view.center_y += (self->goal_y - self->view.center_y) * k;
      if (fabs (dz) < 0.002 &&
          fabs (self->goal_x - self->view.center_x) * self->view.zoom < 0.3 &&
          fabs (self->goal_y - self->view.center_y) * self->view.zoom < 0.3)
        {
          self->view.zoom = self->goal_zoom;
          self->view.center_x = self->goal_x;
          self->view.center_y = self->goal_y;
          self->animating_camera = FALSE;
        }
      moving = TRUE;
    }

  if (moving)
    invalidate_scene (self);

  if (!moving && !self->animating_camera && (self->layout == NULL || !tautan_layout_is_running (self->layout)))
    {
      self->tick_id = 0;
      return G_SOURCE_REMOVE;
    }

  return G_SOURCE_CONTINUE;
}

static void
update_dark (TautanGraphView *self)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  if (self->context != NULL && tautan_render_context_get_dark (self->context) == dark)
    return;

  g_clear_object (&self->context);
  self->context = tautan_render_context_new (dark);
  invalidate_scene (self);
}

static void
tiles_ready_cb (gpointer user_data)
{
  gtk_widget_queue_draw (GTK_WIDGET (user_data));
}

static void
release_surface (gpointer data)
{
  cairo_surface_destroy (data);
}

static GdkTexture *
texture_for_tile (TautanGraphView  *self,
                  const TautanTile *tile)
{
  GdkTexture *texture = g_hash_table_lookup (self->textures, &tile->serial);
  g_autoptr(GBytes) bytes = NULL;
  int width, height, stride;

  if (texture != NULL)
    return texture;

  /* The texture shares the tile's pixels: no copy per frame. */
  cairo_surface_flush (tile->surface);
  width = cairo_image_surface_get_width (tile->surface);
  height = cairo_image_surface_get_height (tile->surface);
  stride = cairo_image_surface_get_stride (tile->surface);
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (tile->surface), (gsize)stride * height,
                                      release_surface, cairo_surface_reference (tile->surface));
  texture = gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes, stride);
  g_hash_table_insert (self->textures, g_memdup2 (&tile->serial, sizeof tile->serial), texture);

  return texture;
}

static gboolean
use_tiles (TautanGraphView *self)
{
  return self->scene != NULL && tautan_scene_get_n_edges (self->scene) > TILE_THRESHOLD_EDGES;
}

static void
snapshot_tiles (TautanGraphView *self,
                GtkSnapshot     *snapshot,
                int              width,
                int              height)
{
  const TautanPalette *palette = tautan_render_context_get_palette (self->context);
  g_autoptr(GPtrArray) tiles = NULL;
  g_autoptr(GHashTable) used = g_hash_table_new (g_int64_hash, g_int64_equal);
  GHashTableIter iter;
  gpointer key;
  double origin_x = self->view.center_x * self->view.zoom - width / 2.0;
  double origin_y = self->view.center_y * self->view.zoom - height / 2.0;
  cairo_t *cr;

  if (self->tiles == NULL)
    self->tiles = tautan_tile_cache_new (tiles_ready_cb, self, NULL);

  if (self->base_dirty || self->base_scene == NULL)
    {
      TautanView base = self->view;

      base.hover_entity = TAUTAN_NONE;
      base.selected_entity = base.selected_source = base.selected_target = TAUTAN_NONE;
      g_clear_pointer (&self->base_scene, tautan_scene_unref);
      self->base_scene = tautan_scene_new (self->context, self->dataset, self->slice, self->shown, &base);
      tautan_tile_cache_set_scene (self->tiles, self->base_scene, gtk_widget_get_scale_factor (GTK_WIDGET (self)));
      self->base_dirty = FALSE;
    }

  gtk_snapshot_append_color (snapshot,
                             &(GdkRGBA) { palette->background.red, palette->background.green,
                                          palette->background.blue, 1 },
                             &GRAPHENE_RECT_INIT (0, 0, width, height));

  tiles = tautan_tile_cache_get_tiles (self->tiles, &self->view);
  for (guint i = 0; i < tiles->len; i++)
    {
      const TautanTile *tile = g_ptr_array_index (tiles, i);
      double f = self->view.zoom / tile->zoom;

      gtk_snapshot_append_texture (snapshot, texture_for_tile (self, tile),
                                   &GRAPHENE_RECT_INIT (tile->world_x * f - origin_x, tile->world_y * f - origin_y,
                                                        TAUTAN_TILE_SIZE * f, TAUTAN_TILE_SIZE * f));
      g_hash_table_add (used, (gpointer)&tile->serial);
    }

  /* Forget textures of tiles no longer shown. */
  g_hash_table_iter_init (&iter, self->textures);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (used, key))
      g_hash_table_iter_remove (&iter);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  tautan_scene_draw_highlight (self->scene, cr);
  cairo_destroy (cr);
}

static void
tautan_graph_view_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  TautanGraphView *self = TAUTAN_GRAPH_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (self->dataset == NULL || width <= 0 || height <= 0)
    return;

  ensure_scene (self);

  if (use_tiles (self))
    snapshot_tiles (self, snapshot, width, height);
  else
    {
      cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
      tautan_scene_draw (self->scene, cr);
      cairo_destroy (cr);
    }

  /* Keyboard focus: a ring around the focused node, as GTK draws focus. */
  if (gtk_widget_has_focus (widget) && gtk_window_get_focus_visible (GTK_WINDOW (gtk_widget_get_root (widget))) &&
      self->focus_entity != TAUTAN_NONE)
    {
      const TautanSceneNode *node = tautan_scene_find_node (self->scene, self->focus_entity);

      if (node != NULL)
        {
          const TautanPalette *palette = tautan_render_context_get_palette (self->context);

          cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
          tautan_rgba_set_source (&palette->accent, cr);
          cairo_set_line_width (cr, 2);
          cairo_set_dash (cr, (double[]) { 4, 3 }, 2, 0);
          cairo_arc (cr, node->x, node->y, node->radius + 6, 0, 2 * G_PI);
          cairo_stroke (cr);
          cairo_destroy (cr);
        }
    }
}

static void
tautan_graph_view_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  TautanGraphView *self = TAUTAN_GRAPH_VIEW (widget);

  /* A popover child must be told where it stands each allocation. */
  if (self->node_menu != NULL)
    gtk_popover_present (GTK_POPOVER (self->node_menu));

  if (self->auto_fit)
    {
      fit_goal (self);
      self->view.zoom = self->goal_zoom;
      self->view.center_x = self->goal_x;
      self->view.center_y = self->goal_y;
    }
  self->scene_dirty = TRUE;
}

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

static gboolean
hit_test (TautanGraphView *self,
          double           x,
          double           y,
          TautanSceneHit  *hit)
{
  if (self->dataset == NULL)
    return FALSE;
  ensure_scene (self);
  return tautan_scene_hit_test (self->scene, x, y, hit) && hit->kind != TAUTAN_HIT_NONE;
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
  invalidate_scene (self);
}

void
_tautan_graph_view_pinch (TautanGraphView *self,
                          double           scale,
                          double           x,
                          double           y)
{
  tautan_graph_view_zoom_by (self, scale, x, y);
}

static void
move_node (TautanGraphView *self,
           guint            entity,
           double           to_x,
           double           to_y)
{
  double lx, ly;

  to_layout (self, to_x, to_y, &lx, &ly);
  self->shown[entity] = self->target[entity] = (TautanPoint) { lx, ly };
  tautan_layout_set_position (self->layout, entity, self->target[entity], TRUE);
  ensure_tick (self);
  invalidate_scene (self);
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

  g_signal_emit (self, signals[NODE_EDIT], 0, entity);
  move_node (self, entity, to_x, to_y);
  g_signal_emit (self, signals[NODE_MOVED], 0, entity);
}

static void
drag_begin_cb (TautanGraphView *self,
               double           x,
               double           y,
               GtkGestureDrag  *gesture)
{
  TautanSceneHit hit;

  gtk_widget_grab_focus (GTK_WIDGET (self));

  if (hit_test (self, x, y, &hit) && hit.kind == TAUTAN_HIT_NODE)
    {
      self->drag_mode = DRAG_NODE;
      self->drag_entity = hit.entity;
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
          g_signal_emit (self, signals[NODE_EDIT], 0, self->drag_entity);
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
      invalidate_scene (self);
    }
}

static void
drag_end_cb (TautanGraphView *self,
             double           dx,
             double           dy,
             GtkGestureDrag  *gesture)
{
  if (self->drag_mode == DRAG_NODE && self->drag_started)
    g_signal_emit (self, signals[NODE_MOVED], 0, self->drag_entity);
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
      tautan_graph_view_clear_selection (self);
      return;
    }

  if (hit.kind == TAUTAN_HIT_NODE)
    {
      if (n_press == 2 && self->layout != NULL && tautan_layout_get_pinned (self->layout, hit.entity))
        {
          g_signal_emit (self, signals[NODE_EDIT], 0, hit.entity);
          tautan_layout_set_pinned (self->layout, hit.entity, FALSE);
          tautan_layout_start (self->layout);
          ensure_tick (self);
          g_signal_emit (self, signals[NODE_MOVED], 0, hit.entity);
        }
      self->focus_entity = hit.entity;
      tautan_graph_view_select_entity (self, hit.entity);
    }
  else
    tautan_graph_view_select_edge (self, hit.source, hit.target);
}

static void
update_node_menu_actions (TautanGraphView *self)
{
  gboolean pinned = self->layout != NULL && self->menu_entity != TAUTAN_NONE &&
                    tautan_layout_get_pinned (self->layout, self->menu_entity);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "node.unpin", pinned);
}

/* Right-click (or long press) on a node: what can be done with it. */
static void
secondary_pressed_cb (TautanGraphView *self,
                      int              n_press,
                      double           x,
                      double           y,
                      GtkGestureClick *gesture)
{
  TautanSceneHit hit;

  if (!hit_test (self, x, y, &hit) || hit.kind != TAUTAN_HIT_NODE)
    return;

  self->menu_entity = hit.entity;
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

  if (self->menu_entity != TAUTAN_NONE)
    tautan_graph_view_select_entity (self, self->menu_entity);
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

static void
node_unpin_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  TautanGraphView *self = TAUTAN_GRAPH_VIEW (widget);

  if (self->menu_entity == TAUTAN_NONE || self->layout == NULL)
    return;
  g_signal_emit (self, signals[NODE_EDIT], 0, self->menu_entity);
  tautan_layout_set_pinned (self->layout, self->menu_entity, FALSE);
  tautan_layout_start (self->layout);
  ensure_tick (self);
  g_signal_emit (self, signals[NODE_MOVED], 0, self->menu_entity);
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
      invalidate_scene (self);
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
  TautanSceneHit hit;
  guint hover = TAUTAN_NONE;

  self->pointer_x = x;
  self->pointer_y = y;

  if (self->drag_mode == DRAG_NONE && hit_test (self, x, y, &hit) && hit.kind == TAUTAN_HIT_NODE)
    hover = hit.entity;

  if (hover != self->view.hover_entity)
    {
      self->view.hover_entity = hover;
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), hover != TAUTAN_NONE ? "pointer" : NULL);
      invalidate_highlight (self);
    }
}

static void
leave_cb (TautanGraphView          *self,
          GtkEventControllerMotion *controller)
{
  if (self->view.hover_entity != TAUTAN_NONE)
    {
      self->view.hover_entity = TAUTAN_NONE;
      invalidate_highlight (self);
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

      tautan_dataset_get_entity (self->dataset, hit.entity, &e);
      name = g_markup_escape_text (e.name, -1);
      markup = g_strdup_printf (g_dngettext (NULL, "<b>%s</b>\n%s · %u event in this window",
                                             "<b>%s</b>\n%s · %u events in this window",
                                             tautan_slice_get_entity_count (self->slice, hit.entity)),
                                name, tautan_entity_kind_label (e.kind),
                                tautan_slice_get_entity_count (self->slice, hit.entity));
    }
  else
    {
      const TautanSliceEdge *edge = tautan_slice_find_edge (self->slice, hit.source, hit.target);
      TautanEntity a, b;
      g_autofree char *an = NULL, *bn = NULL;
      TautanTaxonomy *taxonomy = tautan_dataset_get_taxonomy (self->dataset);

      if (edge == NULL)
        return FALSE;
      tautan_dataset_get_entity (self->dataset, hit.source, &a);
      tautan_dataset_get_entity (self->dataset, hit.target, &b);
      an = g_markup_escape_text (a.name, -1);
      bn = g_markup_escape_text (b.name, -1);
      markup = g_strdup_printf (g_dngettext (NULL, "<b>%s → %s</b>\n%u event, mostly %s%s",
                                             "<b>%s → %s</b>\n%u events, mostly %s%s", edge->count),
                                an, bn, edge->count,
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

  ensure_scene (self);
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

  if (self->focus_entity != TAUTAN_NONE)
    tautan_graph_view_select_entity (self, self->focus_entity);
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
  tautan_graph_view_clear_selection (TAUTAN_GRAPH_VIEW (widget));
}

static void
unpin_all_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  TautanGraphView *self = TAUTAN_GRAPH_VIEW (widget);

  if (self->layout == NULL)
    return;
  for (guint i = 0; i < self->n_nodes; i++)
    tautan_layout_set_pinned (self->layout, i, FALSE);
  tautan_layout_start (self->layout);
  ensure_tick (self);
}

static void
dark_changed_cb (TautanGraphView  *self,
                 GParamSpec       *pspec,
                 AdwStyleManager  *manager)
{
  update_dark (self);
}

static void
tautan_graph_view_dispose (GObject *object)
{
  TautanGraphView *self = (TautanGraphView *)object;

  if (self->layout != NULL)
    tautan_layout_stop (self->layout);
  g_clear_pointer (&self->node_menu, gtk_widget_unparent);
  g_clear_object (&self->layout);
  g_clear_object (&self->slice);
  g_clear_pointer (&self->scene, tautan_scene_unref);
  g_clear_pointer (&self->base_scene, tautan_scene_unref);
  g_clear_pointer (&self->tiles, tautan_tile_cache_free);
  g_clear_pointer (&self->textures, g_hash_table_unref);
  g_clear_object (&self->context);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (tautan_graph_view_parent_class)->dispose (object);
}

static void
tautan_graph_view_finalize (GObject *object)
{
  TautanGraphView *self = (TautanGraphView *)object;

  g_clear_pointer (&self->shown, g_free);
  g_clear_pointer (&self->target, g_free);
  g_clear_pointer (&self->fade, g_free);

  G_OBJECT_CLASS (tautan_graph_view_parent_class)->finalize (object);
}

static void
tautan_graph_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  TautanGraphView *self = TAUTAN_GRAPH_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;
    case PROP_SELECTED_ENTITY:
      g_value_set_uint (value, self->view.selected_entity);
      break;
    case PROP_SELECTED_EDGE:
      if (self->view.selected_source != TAUTAN_NONE)
        g_value_take_string (value, g_strdup_printf ("%u:%u", self->view.selected_source, self->view.selected_target));
      else
        g_value_set_string (value, NULL);
      break;
    case PROP_HIDDEN_KINDS:
      g_value_set_uint (value, self->view.hidden_kinds);
      break;
    case PROP_HIDDEN_TYPES:
      g_value_set_uint64 (value, self->view.hidden_types);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tautan_graph_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  TautanGraphView *self = TAUTAN_GRAPH_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      tautan_graph_view_set_dataset (self, g_value_get_object (value));
      break;
    case PROP_SELECTED_ENTITY:
      tautan_graph_view_select_entity (self, g_value_get_uint (value));
      break;
    case PROP_HIDDEN_KINDS:
      tautan_graph_view_set_hidden_kinds (self, g_value_get_uint (value));
      break;
    case PROP_HIDDEN_TYPES:
      tautan_graph_view_set_hidden_types (self, g_value_get_uint64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tautan_graph_view_class_init (TautanGraphViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tautan_graph_view_dispose;
  object_class->finalize = tautan_graph_view_finalize;
  object_class->get_property = tautan_graph_view_get_property;
  object_class->set_property = tautan_graph_view_set_property;

  widget_class->snapshot = tautan_graph_view_snapshot;
  widget_class->size_allocate = tautan_graph_view_size_allocate;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, TAUTAN_TYPE_DATASET,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SELECTED_ENTITY] =
    g_param_spec_uint ("selected-entity", NULL, NULL, 0, G_MAXUINT, TAUTAN_NONE,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SELECTED_EDGE] =
    g_param_spec_string ("selected-edge", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_HIDDEN_KINDS] =
    g_param_spec_uint ("hidden-kinds", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_HIDDEN_TYPES] =
    g_param_spec_uint64 ("hidden-types", NULL, NULL, 0, G_MAXUINT64, 0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TautanGraphView::node-moved:
   * @entity: the node the user moved, pinned or unpinned
   *
   * An edit of the picture: the window marks its workspace modified.
   */
  /**
   * TautanGraphView::node-edit:
   * @entity: the node about to be moved, pinned or unpinned
   *
   * Emitted before the user changes a node, once per gesture, so the
   * window can record the state to undo to.
   */
  signals[NODE_EDIT] =
    g_signal_new ("node-edit", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);

  signals[NODE_MOVED] =
    g_signal_new ("node-moved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/tautan-graph-view.ui");
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
  gtk_widget_class_bind_template_child (widget_class, TautanGraphView, node_menu);
  gtk_widget_class_set_css_name (widget_class, "graphview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);

  gtk_widget_class_install_action (widget_class, "view.zoom", "d", zoom_action);
  gtk_widget_class_install_action (widget_class, "view.fit", NULL, fit_action);
  gtk_widget_class_install_action (widget_class, "view.clear-selection", NULL, clear_selection_action);
  gtk_widget_class_install_action (widget_class, "view.unpin-all", NULL, unpin_all_action);
  gtk_widget_class_install_action (widget_class, "view.focus-move", "(ii)", focus_move_action);
  gtk_widget_class_install_action (widget_class, "view.activate-focus", NULL, activate_focus_action);
  gtk_widget_class_install_action (widget_class, "node.select", NULL, node_select_action);
  gtk_widget_class_install_action (widget_class, "node.center", NULL, node_center_action);
  gtk_widget_class_install_action (widget_class, "node.unpin", NULL, node_unpin_action);

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

static void
tautan_graph_view_init (TautanGraphView *self)
{
  tautan_view_init (&self->view);
  self->textures = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->auto_fit = TRUE;
  self->focus_entity = TAUTAN_NONE;
  self->menu_entity = TAUTAN_NONE;
  self->goal_zoom = self->view.zoom;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (dark_changed_cb), self, G_CONNECT_SWAPPED);
  update_dark (self);
}

GtkWidget *
tautan_graph_view_new (void)
{
  return g_object_new (TAUTAN_TYPE_GRAPH_VIEW, NULL);
}

TautanDataset *
tautan_graph_view_get_dataset (TautanGraphView *self)
{
  g_return_val_if_fail (TAUTAN_IS_GRAPH_VIEW (self), NULL);
  return self->dataset;
}

/**
 * tautan_graph_view_set_dataset:
 *
 * Shows @dataset over its whole span and starts laying it out on a
 * worker thread; nodes glide to their places as the layout settles.
 */
void
tautan_graph_view_set_dataset (TautanGraphView *self,
                               TautanDataset   *dataset)
{
  g_return_if_fail (TAUTAN_IS_GRAPH_VIEW (self));

  if (!g_set_object (&self->dataset, dataset))
    return;

  if (self->layout != NULL)
    tautan_layout_stop (self->layout);
  g_clear_object (&self->layout);
  g_clear_object (&self->slice);
  g_clear_pointer (&self->scene, tautan_scene_unref);
  g_clear_pointer (&self->shown, g_free);
  g_clear_pointer (&self->target, g_free);
  g_clear_pointer (&self->fade, g_free);
  self->view.fade = NULL;
  self->n_nodes = 0;
  self->view.selected_entity = TAUTAN_NONE;
  self->view.selected_source = self->view.selected_target = TAUTAN_NONE;
  self->view.hover_entity = TAUTAN_NONE;
  self->focus_entity = TAUTAN_NONE;

  if (dataset != NULL)
    {
      self->view.span = tautan_dataset_get_span (dataset);
      self->view.cumulative = FALSE;
      self->n_nodes = tautan_dataset_get_n_entities (dataset);
      self->layout = tautan_layout_new_for_dataset (dataset, TAUTAN_LAYOUT_SEED);
      self->shown = g_new0 (TautanPoint, MAX (self->n_nodes, 1));
      self->target = g_new0 (TautanPoint, MAX (self->n_nodes, 1));
      self->fade = g_new (float, MAX (self->n_nodes, 1));
      for (guint i = 0; i < self->n_nodes; i++)
        self->fade[i] = 1;
      self->fading = FALSE;
      self->view.fade = NULL;
      tautan_layout_get_positions (self->layout, self->target);
      memcpy (self->shown, self->target, self->n_nodes * sizeof (TautanPoint));
      self->layout_generation = tautan_layout_get_generation (self->layout);
      self->auto_fit = TRUE;
      fit_goal (self);
      self->view.zoom = self->goal_zoom > 0 ? self->goal_zoom : 1;
      self->view.center_x = self->goal_x;
      self->view.center_y = self->goal_y;
      tautan_layout_start (self->layout);
      ensure_tick (self);
    }

  self->slice_dirty = TRUE;
  invalidate_scene (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ENTITY]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_EDGE]);
}

/**
 * tautan_graph_view_get_layout:
 *
 * Returns: (transfer none) (nullable): the layout of the dataset
 */
TautanLayout *
tautan_graph_view_get_layout (TautanGraphView *self)
{
  g_return_val_if_fail (TAUTAN_IS_GRAPH_VIEW (self), NULL);
  return self->layout;
}

/**
 * tautan_graph_view_get_slice:
 *
 * Returns: (transfer none) (nullable): the current window's slice
 */
TautanSlice *
tautan_graph_view_get_slice (TautanGraphView *self)
{
  g_return_val_if_fail (TAUTAN_IS_GRAPH_VIEW (self), NULL);
  ensure_slice (self);
  return self->slice;
}

/**
 * tautan_graph_view_get_scene:
 *
 * Returns: (transfer none) (nullable): the scene on screen
 */
TautanScene *
tautan_graph_view_get_scene (TautanGraphView *self)
{
  g_return_val_if_fail (TAUTAN_IS_GRAPH_VIEW (self), NULL);
  ensure_scene (self);
  return self->scene;
}

const TautanView *
tautan_graph_view_get_view (TautanGraphView *self)
{
  g_return_val_if_fail (TAUTAN_IS_GRAPH_VIEW (self), NULL);
  return &self->view;
}

void
tautan_graph_view_set_span (TautanGraphView      *self,
                            const TautanTimeSpan *span,
                            gboolean              cumulative)
{
  g_return_if_fail (TAUTAN_IS_GRAPH_VIEW (self));

  if (tautan_time_span_equal (&self->view.span, span) && self->view.cumulative == !!cumulative)
    return;

  self->view.span = *span;
  self->view.cumulative = !!cumulative;
  self->slice_dirty = TRUE;
  invalidate_scene (self);
}

guint
tautan_graph_view_get_selected_entity (TautanGraphView *self)
{
  g_return_val_if_fail (TAUTAN_IS_GRAPH_VIEW (self), TAUTAN_NONE);
  return self->view.selected_entity;
}

gboolean
tautan_graph_view_get_selected_edge (TautanGraphView *self,
                                     guint           *source,
                                     guint           *target)
{
  g_return_val_if_fail (TAUTAN_IS_GRAPH_VIEW (self), FALSE);

  if (source)
    *source = self->view.selected_source;
  if (target)
    *target = self->view.selected_target;
  return self->view.selected_source != TAUTAN_NONE;
}

static void
set_selection (TautanGraphView *self,
               guint            entity,
               guint            source,
               guint            target)
{
  gboolean entity_changed = self->view.selected_entity != entity;
  gboolean edge_changed = self->view.selected_source != source || self->view.selected_target != target;

  self->view.selected_entity = entity;
  self->view.selected_source = source;
  self->view.selected_target = target;

  if (entity_changed || edge_changed)
    invalidate_highlight (self);
  if (entity_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ENTITY]);
  if (edge_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_EDGE]);
}

void
tautan_graph_view_select_entity (TautanGraphView *self,
                                 guint            entity)
{
  g_return_if_fail (TAUTAN_IS_GRAPH_VIEW (self));
  g_return_if_fail (entity == TAUTAN_NONE || entity < self->n_nodes);

  if (entity != TAUTAN_NONE)
    self->focus_entity = entity;
  set_selection (self, entity, TAUTAN_NONE, TAUTAN_NONE);
}

void
tautan_graph_view_select_edge (TautanGraphView *self,
                               guint            source,
                               guint            target)
{
  g_return_if_fail (TAUTAN_IS_GRAPH_VIEW (self));
  g_return_if_fail (source < self->n_nodes && target < self->n_nodes);

  set_selection (self, TAUTAN_NONE, source, target);
}

void
tautan_graph_view_clear_selection (TautanGraphView *self)
{
  g_return_if_fail (TAUTAN_IS_GRAPH_VIEW (self));
  set_selection (self, TAUTAN_NONE, TAUTAN_NONE, TAUTAN_NONE);
}

void
tautan_graph_view_center_on (TautanGraphView *self,
                             guint            entity)
{
  g_return_if_fail (TAUTAN_IS_GRAPH_VIEW (self));
  g_return_if_fail (entity < self->n_nodes);

  self->auto_fit = FALSE;
  set_camera_goal (self, MAX (self->view.zoom, 1.0), self->target[entity].x, self->target[entity].y, TRUE);
}

void
tautan_graph_view_zoom_fit (TautanGraphView *self)
{
  g_return_if_fail (TAUTAN_IS_GRAPH_VIEW (self));

  self->auto_fit = TRUE;
  fit_goal (self);
  set_camera_goal (self, self->goal_zoom, self->goal_x, self->goal_y, TRUE);
}

guint32
tautan_graph_view_get_hidden_kinds (TautanGraphView *self)
{
  g_return_val_if_fail (TAUTAN_IS_GRAPH_VIEW (self), 0);
  return self->view.hidden_kinds;
}

void
tautan_graph_view_set_hidden_kinds (TautanGraphView *self,
                                    guint32          hidden)
{
  g_return_if_fail (TAUTAN_IS_GRAPH_VIEW (self));

  if (self->view.hidden_kinds == hidden)
    return;
  self->view.hidden_kinds = hidden;
  invalidate_scene (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIDDEN_KINDS]);
}

guint64
tautan_graph_view_get_hidden_types (TautanGraphView *self)
{
  g_return_val_if_fail (TAUTAN_IS_GRAPH_VIEW (self), 0);
  return self->view.hidden_types;
}

void
tautan_graph_view_set_hidden_types (TautanGraphView *self,
                                    guint64          hidden)
{
  g_return_if_fail (TAUTAN_IS_GRAPH_VIEW (self));

  if (self->view.hidden_types == hidden)
    return;
  self->view.hidden_types = hidden;
  invalidate_scene (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIDDEN_TYPES]);
}

void
tautan_graph_view_get_camera (TautanGraphView *self,
                              double          *zoom,
                              double          *center_x,
                              double          *center_y)
{
  g_return_if_fail (TAUTAN_IS_GRAPH_VIEW (self));

  /* Where the camera is going: an animation in flight ends there. */
  *zoom = self->animating_camera ? self->goal_zoom : self->view.zoom;
  *center_x = self->animating_camera ? self->goal_x : self->view.center_x;
  *center_y = self->animating_camera ? self->goal_y : self->view.center_y;
}

void
tautan_graph_view_set_camera (TautanGraphView *self,
                              double           zoom,
                              double           center_x,
                              double           center_y,
                              gboolean         animate)
{
  g_return_if_fail (TAUTAN_IS_GRAPH_VIEW (self));
  g_return_if_fail (zoom > 0);

  self->auto_fit = FALSE;
  set_camera_goal (self, zoom, center_x, center_y, animate);
}

/**
 * tautan_graph_view_get_render_context:
 *
 * Returns: (transfer none): the fonts and palette the canvas draws with
 */
TautanRenderContext *
tautan_graph_view_get_render_context (TautanGraphView *self)
{
  g_return_val_if_fail (TAUTAN_IS_GRAPH_VIEW (self), NULL);
  return self->context;
}

/**
 * tautan_graph_view_get_positions:
 *
 * Returns: (nullable): the positions drawn, one per entity
 */
const TautanPoint *
tautan_graph_view_get_positions (TautanGraphView *self)
{
  g_return_val_if_fail (TAUTAN_IS_GRAPH_VIEW (self), NULL);
  return self->shown;
}
