/* tautan-graph-view.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The canvas of the session's actor network: it draws the session's slice
 * through the render layer, animates positions and the camera, and turns
 * clicks, drags and keys into session edits and selections. It owns only
 * what is on screen (camera, hover, focus, fades); the analysis state is
 * the session's. This file draws and animates; tautan-graph-view-input.c
 * handles input, the struct is in tautan-graph-view-private.h. */

#define G_LOG_DOMAIN "tautan-graph-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "tautan/tautan-export.h"
#include "tautan/tautan-graph-view.h"
#include "tautan/tautan-tile-cache.h"

#include "tautan-graph-view-private.h"
#include "render/tautan-tile-cache-private.h"

G_DEFINE_FINAL_TYPE (TautanGraphView, tautan_graph_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean tick_cb (GtkWidget     *widget,
                         GdkFrameClock *clock,
                         gpointer       user_data);

void
_tautan_graph_view_invalidate_scene (TautanGraphView *self)
{
  self->scene_dirty = TRUE;
  self->base_dirty = TRUE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Hover and selection: the tiles stay, only the highlight is redrawn. */
void
_tautan_graph_view_invalidate_highlight (TautanGraphView *self)
{
  self->scene_dirty = TRUE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Only the camera moved: a big scene seen at the same zoom is panned, not
 * rebuilt (see _tautan_graph_view_ensure_scene). */
void
_tautan_graph_view_invalidate_camera (TautanGraphView *self)
{
  self->camera_dirty = TRUE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
_tautan_graph_view_ensure_tick (TautanGraphView *self)
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

    self->slice = g_object_ref (tautan_session_get_slice (self->session));
    self->slice_dirty = FALSE;
    g_clear_pointer (&self->filter_edges, tautan_filter_edges_free);
    g_clear_pointer (&self->rollup, tautan_rollup_free);
    self->view.rollup = NULL;
    self->view.filter_edges = NULL;

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
            _tautan_graph_view_ensure_tick (self);
          }
      }
  }
}

/* The span the slice's events fall in: from the data's start when
 * cumulative. */
TautanTimeSpan
_tautan_graph_view_slice_span (TautanGraphView *self)
{
  TautanTimeSpan span = tautan_slice_get_span (self->slice);

  if (tautan_slice_get_cumulative (self->slice))
    span.from = TAUTAN_DAY_MIN;
  return span;
}

/* The composed filter's edges in the slice's window, once per window
 * and filter. */
static void
ensure_filter_edges (TautanGraphView *self)
{
  TautanFilter *filter = tautan_session_get_filter (self->session);
  g_autoptr(GArray) events = NULL;
  TautanTimeSpan span;

  _tautan_graph_view_ensure_rollup (self);
  /* Borrowed: the session holds it while it is its filter. */
  self->view.filter = filter;
  if (tautan_filter_is_empty (filter))
    {
      g_clear_pointer (&self->filter_edges, tautan_filter_edges_free);
      self->view.filter_edges = NULL;
      return;
    }
  if (self->filter_edges != NULL)
    return;
  span = _tautan_graph_view_slice_span (self);
  events = tautan_filter_list_events (filter, self->dataset, &span);
  self->filter_edges = tautan_filter_aggregate_edges (filter, self->dataset, &span, events);
  /* Kept for the rings of events with no target, which have no edge. */
  self->filter_edges->events = g_steal_pointer (&events);
  self->view.filter_edges = self->filter_edges;
  self->scene_dirty = TRUE;
  self->base_dirty = TRUE;
}

static void
update_scene (TautanGraphView *self,
              gboolean         now)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  gint64 start;

  if (self->dataset == NULL)
    return;

  ensure_slice (self);

  if (self->view.width != width || self->view.height != height)
    {
      self->view.width = width;
      self->view.height = height;
      self->scene_dirty = TRUE;
    }

  ensure_filter_edges (self);

  /* A pan moves every pixel of the scene alike: a big one (a tiled graph,
   * where a rebuild costs more than a frame) is kept and drawn shifted,
   * up to PAN_KEEP_PX from where it was built, as its labels are placed
   * over the whole graph, not the viewport. Small ones are rebuilt, so
   * they draw exactly as before. */
  if (self->camera_dirty)
    {
      const TautanView *built = self->scene != NULL ? tautan_scene_get_view (self->scene) : NULL;

      double dx = built != NULL ? (built->center_x - self->view.center_x) * self->view.zoom : 0;
      double dy = built != NULL ? (built->center_y - self->view.center_y) * self->view.zoom : 0;

      self->camera_dirty = FALSE;
      if (!self->scene_dirty && built != NULL && built->zoom == self->view.zoom &&
          tautan_scene_get_n_edges (self->scene) > TILE_THRESHOLD_EDGES &&
          fabs (dx) <= PAN_KEEP_PX && fabs (dy) <= PAN_KEEP_PX)
        {
          self->scene_dx = dx;
          self->scene_dy = dy;
        }
      else
        {
          self->scene_dirty = TRUE;
          self->base_dirty = TRUE;
        }
    }

  /* Asked for now, a scene still being built on a worker is built here
   * (and the worker's dropped). */
  if (self->scene != NULL && !self->scene_dirty && !(now && self->building))
    return;
  if (!now && _tautan_graph_view_build_async (self))
    return;

  _tautan_graph_view_cancel_build (self);
  start = g_get_monotonic_time ();
  g_clear_pointer (&self->scene, tautan_scene_unref);
  self->scene = tautan_scene_new (self->context, self->dataset, self->slice, self->shown, &self->view);
  self->scene_dirty = FALSE;
  self->scene_dx = self->scene_dy = 0;
  self->build_end = g_get_monotonic_time ();
  self->build_cost = self->build_end - start;
  /* Counted only on a worker. */
  self->build_cpu = 0;
  self->build_faults = 0;
}

void
_tautan_graph_view_ensure_scene (TautanGraphView *self)
{
  update_scene (self, TRUE);
}

void
_tautan_graph_view_update_scene (TautanGraphView *self)
{
  update_scene (self, FALSE);
}

/* Zoom to fit every node active in the window: the same math as an
 * export of the whole graph, so both frame it alike. */
static void
fit_goal (TautanGraphView *self)
{
  TautanView fit = self->view;
  int inset = MIN (self->fit_inset_bottom, gtk_widget_get_height (GTK_WIDGET (self)) / 2);

  fit.width = gtk_widget_get_width (GTK_WIDGET (self));
  fit.height = gtk_widget_get_height (GTK_WIDGET (self)) - inset;
  ensure_slice (self);
  if (self->slice == NULL)
    return;
  /* What the canvas draws: the roll-up's groups, the kinds shown. */
  _tautan_graph_view_ensure_rollup (self);
  fit.rollup = self->view.rollup;
  if (!tautan_export_fit_view (self->context, &fit, self->slice, self->target, self->view.hidden_kinds,
                               FIT_MARGIN))
    return;

  self->goal_zoom = fit.zoom;
  self->goal_x = fit.center_x;
  /* framed in the part above the inset: the centre moves down by half */
  self->goal_y = fit.center_y + inset / 2.0 / fit.zoom;
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
      _tautan_graph_view_ensure_tick (self);
    }
  else
    {
      self->view.zoom = self->goal_zoom;
      self->view.center_x = self->goal_x;
      self->view.center_y = self->goal_y;
      self->animating_camera = FALSE;
      _tautan_graph_view_invalidate_camera (self);
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
  gboolean moving = FALSE, camera = FALSE;

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
      camera = TRUE;
    }

  /* A big scene costs more than a frame to build: the nodes' glide is
   * shown in fewer, later steps, the main loop free between them. */
  if (moving || self->moves_pending)
    {
      self->moves_pending = self->scene != NULL && tautan_scene_get_n_edges (self->scene) > TILE_THRESHOLD_EDGES &&
                            g_get_monotonic_time () - self->build_end < 4 * self->build_cost;
      if (!self->moves_pending)
        _tautan_graph_view_invalidate_scene (self);
      else if (camera)
        _tautan_graph_view_invalidate_camera (self);
    }
  else if (camera)
    _tautan_graph_view_invalidate_camera (self);

  if (!moving && !camera && !self->moves_pending && !self->animating_camera && (self->layout == NULL || !tautan_layout_is_running (self->layout)))
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
  _tautan_graph_view_invalidate_scene (self);
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

/* Whether the window is drawn by GSK's cairo renderer (no GL: Xvfb,
 * some virtual machines, GSK_RENDERER=cairo). */
static gboolean
draws_with_cairo (TautanGraphView *self)
{
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));
  GskRenderer *renderer = native != NULL ? gtk_native_get_renderer (native) : NULL;

  return renderer != NULL && GSK_IS_CAIRO_RENDERER (renderer);
}

static gboolean
use_tiles (TautanGraphView *self)
{
  return self->scene != NULL && tautan_scene_get_n_edges (self->scene) > TILE_THRESHOLD_EDGES;
}

static gboolean
highlighted (const TautanView *view)
{
  return view->hover_entity != TAUTAN_NONE || view->selected_entity != TAUTAN_NONE ||
         view->selected_source != TAUTAN_NONE || view->selected_target != TAUTAN_NONE;
}

/* Hands the tile cache the scene's base when it changed, and the view's
 * tiles otherwise (a pan). */
static void
sync_tiles (TautanGraphView *self)
{
  if (self->tiles == NULL)
    self->tiles = tautan_tile_cache_new (tiles_ready_cb, self, NULL);

  if (self->base_dirty || self->base_scene == NULL)
    {
      const TautanView *built = tautan_scene_get_view (self->scene);
      TautanView base = self->view;

      base.hover_entity = TAUTAN_NONE;
      base.selected_entity = base.selected_source = base.selected_target = TAUTAN_NONE;
      /* With nothing hovered or selected the scene is its own base: one
       * build (and one copy in memory) instead of two; tiles sit at world
       * positions, so a scene kept across a pan serves too. A worker
       * builds the base with a scene that has a selection; while it
       * does, the tiles stay. */
      if (self->next_base != NULL)
        {
          g_clear_pointer (&self->base_scene, tautan_scene_unref);
          self->base_scene = g_steal_pointer (&self->next_base);
        }
      else if (!highlighted (built))
        {
          g_clear_pointer (&self->base_scene, tautan_scene_unref);
          self->base_scene = tautan_scene_ref (self->scene);
        }
      else if (!(self->building && self->base_scene != NULL))
        {
          g_clear_pointer (&self->base_scene, tautan_scene_unref);
          self->base_scene = tautan_scene_new (self->context, self->dataset, self->slice, self->shown, &base);
        }
      tautan_tile_cache_set_scene (self->tiles, self->base_scene, gtk_widget_get_scale_factor (GTK_WIDGET (self)));
      /* A scene from a worker may have been built before a pan. */
      if (self->scene_dx != 0 || self->scene_dy != 0)
        tautan_tile_cache_show (self->tiles, &self->view);
      self->base_dirty = FALSE;
    }
  else
    tautan_tile_cache_show (self->tiles, &self->view);
}

/* How often a preview is made again while tiles are still to come. */
#define PREVIEW_EVERY_US (G_USEC_PER_SEC)

/* The preview where the view is now (panned or zoomed since it was
 * made), with a line saying what is being drawn. */
static void
snapshot_preview (TautanGraphView *self,
                  GtkSnapshot     *snapshot,
                  int              width,
                  int              height)
{
  const TautanView *base = &self->preview_view;
  const TautanPalette *palette = tautan_render_context_get_palette (self->context);
  guint n_nodes = tautan_scene_get_n_nodes (self->base_scene);
  g_autofree char *text = NULL;
  g_autoptr(PangoLayout) layout = NULL;
  cairo_pattern_t *pattern;
  GdkRGBA color = { palette->foreground.red, palette->foreground.green, palette->foreground.blue, 0.7f };
  int text_width, text_height;
  cairo_t *cr;

  /* Zoomed far from it (the view fits the layout as it grows), a blur or
   * a speck says nothing: only the line then, until one is made again. */
  if (self->view.zoom / base->zoom > 2 || self->view.zoom / base->zoom < 0.5)
    goto text;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_translate (cr, width / 2.0 + (base->center_x - self->view.center_x) * self->view.zoom,
                   height / 2.0 + (base->center_y - self->view.center_y) * self->view.zoom);
  cairo_scale (cr, self->view.zoom / base->zoom, self->view.zoom / base->zoom);
  cairo_translate (cr, -base->width / 2.0, -base->height / 2.0);
  cairo_scale (cr, TAUTAN_SCENE_PREVIEW_SCALE, TAUTAN_SCENE_PREVIEW_SCALE);
  cairo_set_source_surface (cr, self->preview, 0, 0);
  pattern = cairo_get_source (cr);
  cairo_pattern_set_filter (pattern, CAIRO_FILTER_BILINEAR);
  cairo_paint (cr);
  cairo_destroy (cr);

text:
  /* TRANSLATORS: shown over a coarse picture of the graph while it is drawn in full */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Drawing %u actor…", "Drawing %u actors…", n_nodes), n_nodes);
  layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  pango_layout_get_pixel_size (layout, &text_width, &text_height);
  gtk_snapshot_append_color (snapshot,
                             &(GdkRGBA) { palette->background.red, palette->background.green,
                                          palette->background.blue, 0.85f },
                             &GRAPHENE_RECT_INIT ((width - text_width) / 2.0f - 12, height - text_height - 28,
                                                  text_width + 24, text_height + 12));
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT ((width - text_width) / 2.0f, height - text_height - 22));
  gtk_snapshot_append_layout (snapshot, layout, &color);
  gtk_snapshot_restore (snapshot);
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

  sync_tiles (self);

  gtk_snapshot_append_color (snapshot,
                             &(GdkRGBA) { palette->background.red, palette->background.green,
                                          palette->background.blue, 1 },
                             &GRAPHENE_RECT_INIT (0, 0, width, height));

  tiles = tautan_tile_cache_get_tiles (self->tiles, &self->view);
  /* A first scene (nothing of an earlier one to show) has its preview
   * under its tiles until they cover the view; a later one keeps the
   * earlier tiles meanwhile, which are the previous frame. While the
   * layout moves, the scenes that follow are previewed at most every
   * PREVIEW_EVERY_US: each costs the main thread some milliseconds. */
  if (_tautan_tile_cache_is_view_current (self->tiles))
    g_clear_pointer (&self->preview, cairo_surface_destroy);
  else if (tiles->len == 0 && self->base_scene != NULL &&
           (self->preview == NULL ||
            (self->preview_of != (gconstpointer)self->base_scene &&
             g_get_monotonic_time () - self->preview_time >= PREVIEW_EVERY_US)))
    {
      gint64 t0 = g_get_monotonic_time ();

      g_clear_pointer (&self->preview, cairo_surface_destroy);
      self->preview = tautan_scene_draw_preview (self->base_scene);
      self->preview_view = *tautan_scene_get_view (self->base_scene);
      self->preview_of = self->base_scene;
      self->preview_time = g_get_monotonic_time ();
      g_debug ("open: preview of %u edges made in %.1f ms", tautan_scene_get_n_edges (self->base_scene),
               (self->preview_time - t0) / 1e3);
    }
  if (self->preview != NULL)
    snapshot_preview (self, snapshot, width, height);
  if (draws_with_cairo (self))
    {
      /* The cairo renderer downloads a texture into a new surface at
       * each frame, through floats (GTK 4.8): some 20 ms per frame for a
       * window of tiles, more than the rest of the frame. The tiles are
       * cairo surfaces already: painted as they are, it is a copy. */
      cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
      _tautan_tile_cache_draw (self->tiles, cr, &self->view);
      cairo_destroy (cr);
      g_hash_table_remove_all (self->textures);
    }
  else
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

  /* A cairo node costs a window-sized surface each frame: none when
   * nothing is hovered or selected. */
  if (highlighted (tautan_scene_get_view (self->scene)))
    {
      cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
      cairo_translate (cr, self->scene_dx, self->scene_dy);
      tautan_scene_draw_highlight (self->scene, cr);
      cairo_destroy (cr);
    }
}

/**
 * _tautan_graph_view_scene_built:
 *
 * Shows a scene a worker built. A tiled one (nothing highlighted) starts
 * its tiles now and is drawn once the view's are in (tiles_ready_cb): a frame
 * before would show the old tiles again, on the core the tiles need, and
 * tiles of two scenes side by side do not meet.
 */
void
_tautan_graph_view_scene_built (TautanGraphView *self)
{
  if (self->tiles == NULL || !use_tiles (self) || !gtk_widget_get_mapped (GTK_WIDGET (self)) ||
      highlighted (tautan_scene_get_view (self->scene)))
    {
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return;
    }

  /* A pan made during the build shifts the scene; anything else builds
   * again (and this scene's tiles show meanwhile). A big build waits
   * for the scene before to go: the tiles are handed this one now. */
  _tautan_graph_view_update_scene (self);
  if (self->build_held)
    {
      sync_tiles (self);
      _tautan_graph_view_update_scene (self);
    }
  if (self->scene_dirty || !use_tiles (self))
    {
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return;
    }
  sync_tiles (self);
  if (_tautan_tile_cache_is_view_current (self->tiles))
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The background and a word on what is coming, centred. */
static void
snapshot_placeholder (TautanGraphView *self,
                      GtkSnapshot     *snapshot,
                      int              width,
                      int              height)
{
  const TautanPalette *palette = tautan_render_context_get_palette (self->context);
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), _("Drawing the graph…"));
  GdkRGBA color = { palette->foreground.red, palette->foreground.green, palette->foreground.blue, 0.55f };
  int text_width, text_height;

  gtk_snapshot_append_color (snapshot,
                             &(GdkRGBA) { palette->background.red, palette->background.green,
                                          palette->background.blue, 1 },
                             &GRAPHENE_RECT_INIT (0, 0, width, height));
  pango_layout_get_pixel_size (layout, &text_width, &text_height);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT ((width - text_width) / 2.0f, (height - text_height) / 2.0f));
  gtk_snapshot_append_layout (snapshot, layout, &color);
  gtk_snapshot_restore (snapshot);
}

static gboolean
start_first_build_cb (gpointer data)
{
  TautanGraphView *self = data;

  if (self->scene == NULL && !self->building && self->dataset != NULL)
    {
      g_debug ("open: first scene asked for at %.3f s", g_get_monotonic_time () / 1e6);
      _tautan_graph_view_update_scene (self);
      /* Built here after all (not on a worker): it shows next frame. */
      if (self->scene != NULL)
        gtk_widget_queue_draw (GTK_WIDGET (self));
    }
  return G_SOURCE_REMOVE;
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

  /* A big first scene (a dataset just shown: this frame is likely the
   * window's whole) starts building once this frame is painted: a build
   * that big first gives malloc's free pages back to the system
   * (_tautan_scene_release_memory()), and on a worker during this frame
   * it took the pages the frame was about to paint in (see
   * keep_frame_buffers() in tautan-window.c), thousands of page faults. */
  if (self->scene == NULL && !self->building &&
      tautan_slice_get_n_edges (tautan_graph_view_get_slice (self)) >= ASYNC_BUILD_EDGES)
    {
      g_idle_add_full (G_PRIORITY_HIGH_IDLE, start_first_build_cb, g_object_ref (self), g_object_unref);
      snapshot_placeholder (self, snapshot, width, height);
      return;
    }

  _tautan_graph_view_update_scene (self);

  /* The first scene of a big graph is still being built on a worker. */
  if (self->scene == NULL)
    {
      snapshot_placeholder (self, snapshot, width, height);
      return;
    }

  if (use_tiles (self))
    {
      snapshot_tiles (self, snapshot, width, height);
      /* The tiles let go of the scene a build waited on: it may start. */
      if (self->build_held)
        _tautan_graph_view_update_scene (self);
    }
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
          cairo_arc (cr, node->x + self->scene_dx, node->y + self->scene_dy, node->radius + 6, 0, 2 * G_PI);
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

static void
dark_changed_cb (TautanGraphView  *self,
                 GParamSpec       *pspec,
                 AdwStyleManager  *manager)
{
  update_dark (self);
}

/* Starts building the scene of what changed now, when it goes to a
 * worker: only on a big graph already drawn, and with the session's
 * dataset (a new one reaches the canvas after its span). Returns whether
 * a build is under way, so the scene on screen stays as it is. */
static gboolean
start_build_now (TautanGraphView *self)
{
  if (self->scene == NULL || !use_tiles (self) || !gtk_widget_get_mapped (GTK_WIDGET (self)) ||
      gtk_widget_get_width (GTK_WIDGET (self)) <= 0 || gtk_widget_get_height (GTK_WIDGET (self)) <= 0 ||
      self->dataset != tautan_session_get_dataset (self->session))
    return FALSE;
  _tautan_graph_view_update_scene (self);
  return self->building;
}

/* The render layer filters by a bit per event type. */
static void
span_changed_cb (TautanGraphView *self)
{
  TautanTimeSpan span = tautan_session_get_span (self->session);
  gboolean cumulative = tautan_session_get_cumulative (self->session);

  if (tautan_time_span_equal (&self->view.span, &span) && self->view.cumulative == cumulative)
    return;
  self->view.span = span;
  self->view.cumulative = cumulative;
  self->slice_dirty = TRUE;
  self->scene_dirty = TRUE;
  self->base_dirty = TRUE;
  /* A big graph's next scene is started on a worker at once, not at the
   * next frame: that frame would only draw the scene on screen again
   * (a window of tiles, on the core the worker needs) after waiting for
   * the clock. The worker's scene queues the frame that shows it. */
  if (start_build_now (self))
    return;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
selection_changed_cb (TautanGraphView *self)
{
  TautanSelection selection;

  tautan_session_get_selection (self->session, &selection);
  if (selection.entity != TAUTAN_NONE)
    self->focus_entity = selection.entity;
  if (self->view.selected_entity == selection.entity && self->view.selected_source == selection.source &&
      self->view.selected_target == selection.target)
    return;
  self->view.selected_entity = selection.entity;
  self->view.selected_source = selection.source;
  self->view.selected_target = selection.target;
  _tautan_graph_view_invalidate_highlight (self);
}

static void
filter_changed_cb (TautanGraphView *self)
{
  g_clear_pointer (&self->filter_edges, tautan_filter_edges_free);
  g_clear_pointer (&self->rollup, tautan_rollup_free);
  self->view.rollup = NULL;
  self->view.filter_edges = NULL;
  self->view.filter = tautan_session_get_filter (self->session);
  _tautan_graph_view_invalidate_scene (self);
}

static void
filters_changed_cb (TautanGraphView *self)
{
  self->view.hidden_kinds = tautan_session_get_hidden_kinds (self->session);
  tautan_session_get_hidden_type_mask (self->session, &self->view.hidden_types);
  _tautan_graph_view_invalidate_scene (self);
}

/* An edit, an undo or a workspace moved nodes: glide them there. */
static void
positions_changed_cb (TautanGraphView *self,
                      guint            entity)
{
  tautan_layout_start (self->layout);
  _tautan_graph_view_ensure_tick (self);
  _tautan_graph_view_invalidate_scene (self);
}

static void
view_applied_cb (TautanGraphView *self,
                 TautanSavedView *view)
{
  double zoom, cx, cy;

  if (!tautan_saved_view_has_camera (view))
    {
      tautan_graph_view_zoom_fit (self);
      return;
    }
  tautan_saved_view_get_camera (view, &zoom, &cx, &cy);
  tautan_graph_view_set_camera (self, zoom, cx, cy, TRUE);
}

static void
tautan_graph_view_dispose (GObject *object)
{
  TautanGraphView *self = (TautanGraphView *)object;

  _tautan_graph_view_end_edit (self);
  if (self->session_signals != NULL)
    g_signal_group_set_target (self->session_signals, NULL);
  g_clear_object (&self->session_signals);
  if (self->layout != NULL)
    tautan_layout_stop (self->layout);
  g_clear_pointer (&self->node_menu, gtk_widget_unparent);
  g_clear_object (&self->layout);
  g_clear_object (&self->slice);
  _tautan_graph_view_cancel_build (self);
  g_clear_pointer (&self->scene, tautan_scene_unref);
  g_clear_pointer (&self->base_scene, tautan_scene_unref);
  g_clear_pointer (&self->preview, cairo_surface_destroy);
  g_clear_pointer (&self->tiles, tautan_tile_cache_free);
  g_clear_pointer (&self->filter_edges, tautan_filter_edges_free);
  g_clear_pointer (&self->rollup, tautan_rollup_free);
  self->view.rollup = NULL;
  g_clear_pointer (&self->changes, tautan_changes_free);
  self->view.filter_edges = NULL;
  self->view.changes = NULL;
  self->view.filter = NULL;
  g_clear_pointer (&self->focus, g_free);
  self->view.focus = NULL;
  g_clear_pointer (&self->textures, g_hash_table_unref);
  g_clear_object (&self->context);
  g_clear_object (&self->dataset);
  g_clear_object (&self->session);

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
    case PROP_SESSION:
      g_value_set_object (value, self->session);
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
    case PROP_SESSION:
      tautan_graph_view_set_session (self, g_value_get_object (value));
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

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, TAUTAN_TYPE_SESSION,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/tautan-graph-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TautanGraphView, node_menu);
  gtk_widget_class_set_css_name (widget_class, "graphview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);

  _tautan_graph_view_class_init_input (widget_class);
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

  self->session_signals = g_signal_group_new (TAUTAN_TYPE_SESSION);
  g_signal_group_connect_swapped (self->session_signals, "notify::span", G_CALLBACK (span_changed_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::cumulative", G_CALLBACK (span_changed_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::selection", G_CALLBACK (selection_changed_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::hidden-kinds", G_CALLBACK (filters_changed_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::hidden-types", G_CALLBACK (filters_changed_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::filter", G_CALLBACK (filter_changed_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::rollup", G_CALLBACK (filter_changed_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::rollup-expanded", G_CALLBACK (filter_changed_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "positions-changed", G_CALLBACK (positions_changed_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "view-applied", G_CALLBACK (view_applied_cb), self);

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (dark_changed_cb), self, G_CONNECT_SWAPPED);
  update_dark (self);
}

GtkWidget *
tautan_graph_view_new (void)
{
  return g_object_new (TAUTAN_TYPE_GRAPH_VIEW, NULL);
}

/**
 * tautan_graph_view_get_session:
 *
 * Returns: (transfer none) (nullable): the session shown
 */
TautanSession *
tautan_graph_view_get_session (TautanGraphView *self)
{
  g_return_val_if_fail (TAUTAN_IS_GRAPH_VIEW (self), NULL);
  return self->session;
}

/**
 * tautan_graph_view_get_dataset:
 *
 * Returns: (transfer none) (nullable): the session's dataset
 */
TautanDataset *
tautan_graph_view_get_dataset (TautanGraphView *self)
{
  g_return_val_if_fail (TAUTAN_IS_GRAPH_VIEW (self), NULL);
  return self->dataset;
}

/* The same session again after a dataset change (an edit, a merge, their
 * undo): where the view showed each node, by entity id, for set_session
 * to keep. */
typedef struct
{
  TautanSession *session;     /* weak */
  GHashTable    *positions;   /* entity id → TautanPoint */
  double         zoom, center_x, center_y;
  gboolean       auto_fit;
} KeptLayout;

static void
kept_layout_free (gpointer data)
{
  KeptLayout *kept = data;

  g_clear_weak_pointer (&kept->session);
  g_hash_table_unref (kept->positions);
  g_free (kept);
}

/* Nodes still there stay where they were (exactly, so an undo finds them
 * there too) and the layout stays at rest; a new node goes beside its
 * neighbours already placed, or where the layout seeded it. */
static void
restore_kept_layout (TautanGraphView  *self,
                     const KeptLayout *kept)
{
  guint n = self->n_nodes;
  g_autofree TautanPoint *points = g_new0 (TautanPoint, MAX (n, 1));
  g_autofree guint8 *placed = g_new0 (guint8, MAX (n, 1));
  g_autofree guint8 *pinned = g_new0 (guint8, MAX (n, 1));
  float x0, y0, x1, y1;

  tautan_layout_get_positions (self->layout, points);
  tautan_layout_get_bounds (self->layout, &x0, &y0, &x1, &y1);
  for (guint i = 0; i < n; i++)
    {
      TautanEntity e;
      const TautanPoint *was;

      tautan_dataset_get_entity (self->dataset, i, &e);
      pinned[i] = tautan_layout_get_pinned (self->layout, i);
      if ((was = g_hash_table_lookup (kept->positions, e.id)) != NULL)
        {
          points[i] = *was;
          placed[i] = 1;
        }
    }
  for (guint i = 0; i < n; i++)
    {
      const guint32 *neighbours;
      guint n_neighbours, k = 0;
      double cx = 0, cy = 0, spread = 0;

      if (placed[i] || pinned[i])
        continue;
      neighbours = tautan_layout_get_neighbours (self->layout, i, &n_neighbours);
      for (guint j = 0; j < n_neighbours; j++)
        if (placed[neighbours[j]] == 1)
          {
            cx += points[neighbours[j]].x;
            cy += points[neighbours[j]].y;
            k++;
          }
      if (k == 0)
        continue;
      cx /= k;
      cy /= k;
      for (guint j = 0; j < n_neighbours; j++)
        if (placed[neighbours[j]] == 1)
          spread += hypot (points[neighbours[j]].x - cx, points[neighbours[j]].y - cy) / k;
      /* Off the centre, by the golden angle, so new nodes do not stack. */
      spread = MAX (spread / 2, hypot (x1 - x0, y1 - y0) / 40);
      points[i].x = (float)(cx + spread * cos (i * 2.39996));
      points[i].y = (float)(cy + spread * sin (i * 2.39996));
      placed[i] = 2;
    }
  tautan_layout_restore (self->layout, points, pinned, TRUE);
}

/**
 * tautan_graph_view_set_session:
 * @session: (nullable): the analysis to show
 *
 * Shows @session's slice and follows it, and starts its layout on a
 * worker thread; nodes glide to their places as the layout settles.
 */
void
tautan_graph_view_set_session (TautanGraphView *self,
                               TautanSession   *session)
{
  g_return_if_fail (TAUTAN_IS_GRAPH_VIEW (self));
  g_return_if_fail (session == NULL || TAUTAN_IS_SESSION (session));

  if (self->session == session)
    return;

  /* Dropped for a moment while its dataset changes: kept for its return,
   * with the places of nodes an earlier change took away (an undo brings
   * them back). */
  if (session == NULL && self->session != NULL && self->layout != NULL)
    {
      KeptLayout *kept = g_object_get_data (G_OBJECT (self), "tautan-kept-layout");
      g_autofree TautanPoint *points = g_new0 (TautanPoint, MAX (self->n_nodes, 1));

      if (kept == NULL || kept->session != self->session)
        {
          kept = g_new0 (KeptLayout, 1);
          g_set_weak_pointer (&kept->session, self->session);
          kept->positions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
          g_object_set_data_full (G_OBJECT (self), "tautan-kept-layout", kept, kept_layout_free);
        }
      tautan_layout_get_positions (self->layout, points);
      for (guint i = 0; i < self->n_nodes; i++)
        {
          TautanEntity e;

          tautan_dataset_get_entity (self->dataset, i, &e);
          g_hash_table_insert (kept->positions, g_strdup (e.id), g_memdup2 (&points[i], sizeof points[i]));
        }
      kept->zoom = self->view.zoom;
      kept->center_x = self->view.center_x;
      kept->center_y = self->view.center_y;
      kept->auto_fit = self->auto_fit;
    }

  /* A drag in progress belongs to the session it started in. */
  _tautan_graph_view_end_edit (self);
  self->drag_mode = DRAG_NONE;
  if (self->layout != NULL)
    tautan_layout_stop (self->layout);
  g_set_object (&self->session, session);
  g_signal_group_set_target (self->session_signals, session);
  g_clear_object (&self->layout);
  g_clear_object (&self->dataset);
  g_clear_object (&self->slice);
  _tautan_graph_view_cancel_build (self);
  g_clear_pointer (&self->scene, tautan_scene_unref);
  g_clear_pointer (&self->base_scene, tautan_scene_unref);
  g_clear_pointer (&self->preview, cairo_surface_destroy);
  g_clear_pointer (&self->shown, g_free);
  g_clear_pointer (&self->target, g_free);
  g_clear_pointer (&self->fade, g_free);
  self->view.fade = NULL;
  g_clear_pointer (&self->filter_edges, tautan_filter_edges_free);
  g_clear_pointer (&self->rollup, tautan_rollup_free);
  self->view.rollup = NULL;
  g_clear_pointer (&self->changes, tautan_changes_free);
  self->view.filter_edges = NULL;
  self->view.changes = NULL;
  self->view.filter = NULL;
  g_clear_pointer (&self->focus, g_free);
  self->view.focus = NULL;
  self->n_nodes = 0;
  self->moves_pending = FALSE;
  self->camera_dirty = FALSE;
  self->scene_dx = self->scene_dy = 0;
  self->view.hover_entity = TAUTAN_NONE;
  self->focus_entity = TAUTAN_NONE;
  self->menu_entity = TAUTAN_NONE;
  self->view.selected_entity = TAUTAN_NONE;
  self->view.selected_source = self->view.selected_target = TAUTAN_NONE;

  if (session != NULL)
    {
      self->dataset = g_object_ref (tautan_session_get_dataset (session));
      self->layout = g_object_ref (tautan_session_get_layout (session));
      self->view.span = tautan_session_get_span (session);
      self->view.cumulative = tautan_session_get_cumulative (session);
      self->view.hidden_kinds = tautan_session_get_hidden_kinds (session);
      tautan_session_get_hidden_type_mask (session, &self->view.hidden_types);
      selection_changed_cb (self);
      self->n_nodes = tautan_dataset_get_n_entities (self->dataset);
      self->shown = g_new0 (TautanPoint, MAX (self->n_nodes, 1));
      self->target = g_new0 (TautanPoint, MAX (self->n_nodes, 1));
      self->fade = g_new (float, MAX (self->n_nodes, 1));
      for (guint i = 0; i < self->n_nodes; i++)
        self->fade[i] = 1;
      self->fading = FALSE;
      tautan_layout_get_positions (self->layout, self->target);
      memcpy (self->shown, self->target, self->n_nodes * sizeof (TautanPoint));
      self->layout_generation = tautan_layout_get_generation (self->layout);
      self->auto_fit = TRUE;
      fit_goal (self);
      self->view.zoom = self->goal_zoom > 0 ? self->goal_zoom : 1;
      self->view.center_x = self->goal_x;
      self->view.center_y = self->goal_y;
      {
        KeptLayout *kept = g_object_get_data (G_OBJECT (self), "tautan-kept-layout");

        if (kept != NULL && kept->session != session)
          g_object_set_data (G_OBJECT (self), "tautan-kept-layout", NULL);
        else if (kept != NULL)
          {
            restore_kept_layout (self, kept);
            tautan_layout_get_positions (self->layout, self->target);
            memcpy (self->shown, self->target, self->n_nodes * sizeof (TautanPoint));
            self->layout_generation = tautan_layout_get_generation (self->layout);
            self->auto_fit = kept->auto_fit;
            self->view.zoom = kept->zoom;
            self->view.center_x = kept->center_x;
            self->view.center_y = kept->center_y;
          }
      }
      tautan_layout_start (self->layout);
      _tautan_graph_view_ensure_tick (self);
    }

  self->slice_dirty = TRUE;
  _tautan_graph_view_invalidate_scene (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
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
 * Returns: (transfer none) (nullable): the slice drawn
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
  _tautan_graph_view_ensure_scene (self);
  /* Callers read pixels: a scene kept across a pan is made exact. */
  if (self->scene_dx != 0 || self->scene_dy != 0)
    {
      self->scene_dirty = TRUE;
      _tautan_graph_view_ensure_scene (self);
    }
  return self->scene;
}

/**
 * tautan_graph_view_has_scene:
 *
 * Whether the canvas has a scene to draw, rather than its "Drawing the
 * graph…" placeholder. Unlike tautan_graph_view_get_scene() it never
 * builds one, so a frame callback may ask.
 */
gboolean
tautan_graph_view_has_scene (TautanGraphView *self)
{
  g_return_val_if_fail (TAUTAN_IS_GRAPH_VIEW (self), FALSE);
  return self->scene != NULL;
}

const TautanView *
tautan_graph_view_get_view (TautanGraphView *self)
{
  g_return_val_if_fail (TAUTAN_IS_GRAPH_VIEW (self), NULL);
  return &self->view;
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

/**
 * tautan_graph_view_set_fit_inset_bottom:
 * @pixels: the height at the bottom that something covers
 *
 * Zoom to fit frames the graph above @pixels (at most half the view), as
 * while a presentation's caption covers the bottom of the canvas; an
 * automatic fit follows a change.
 */
void
tautan_graph_view_set_fit_inset_bottom (TautanGraphView *self,
                                        int              pixels)
{
  g_return_if_fail (TAUTAN_IS_GRAPH_VIEW (self));

  pixels = MAX (pixels, 0);
  if (pixels == self->fit_inset_bottom)
    return;
  self->fit_inset_bottom = pixels;
  if (self->auto_fit)
    tautan_graph_view_zoom_fit (self);
}

void
tautan_graph_view_zoom_fit (TautanGraphView *self)
{
  g_return_if_fail (TAUTAN_IS_GRAPH_VIEW (self));

  self->auto_fit = TRUE;
  fit_goal (self);
  set_camera_goal (self, self->goal_zoom, self->goal_x, self->goal_y, TRUE);
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

/**
 * tautan_graph_view_set_changes:
 * @changes: (transfer full) (nullable): a comparison of two periods
 *
 * Draws the edges of @changes in the colour of their change (new,
 * vanished, stronger, weaker, unchanged) instead of the window's; the
 * window should span both periods. %NULL goes back to the window.
 */
void
tautan_graph_view_set_changes (TautanGraphView *self,
                               TautanChanges   *changes)
{
  g_return_if_fail (TAUTAN_IS_GRAPH_VIEW (self));

  g_clear_pointer (&self->changes, tautan_changes_free);
  self->changes = changes;
  self->view.changes = changes;
  _tautan_graph_view_invalidate_scene (self);
}

/**
 * tautan_graph_view_get_changes:
 *
 * Returns: (transfer none) (nullable): the comparison drawn, if any
 */
const TautanChanges *
tautan_graph_view_get_changes (TautanGraphView *self)
{
  g_return_val_if_fail (TAUTAN_IS_GRAPH_VIEW (self), NULL);
  return self->changes;
}

/**
 * tautan_graph_view_set_focus:
 * @focus: (nullable) (array): per entity of the dataset, 0 to dim it;
 *   copied. %NULL: nothing dimmed.
 *
 * Dims what lies outside a focus (an ego network): nodes not in it and
 * edges not between two of its nodes.
 */
void
tautan_graph_view_set_focus (TautanGraphView *self,
                             const guint8    *focus)
{
  g_return_if_fail (TAUTAN_IS_GRAPH_VIEW (self));

  g_clear_pointer (&self->focus, g_free);
  if (focus != NULL && self->dataset != NULL)
    self->focus = g_memdup2 (focus, MAX (tautan_dataset_get_n_entities (self->dataset), 1));
  self->view.focus = self->focus;
  _tautan_graph_view_invalidate_scene (self);
}
