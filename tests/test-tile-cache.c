/* test-tile-cache.c: tiles drawn on threads match a direct drawing
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "tautan/tautan-dataset.h"
#include "tautan/tautan-render-context.h"
#include "tautan/tautan-scene.h"
#include "tautan/tautan-slice.h"
#include "tautan/tautan-tile-cache.h"

#include "tautan-scene-private.h"
#include "tautan-tile-cache-private.h"

#define WIDTH  600
#define HEIGHT 400

typedef struct
{
  TautanDataset       *dataset;
  TautanRenderContext *context;
  TautanPoint         *positions;
  TautanSlice         *slice;
  guint                ready_calls;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TautanTimeSpan span;
  guint n;

  f->dataset = tautan_dataset_load_resource (RESOURCE_PREFIX "/datasets/korea-russia.json", &error);
  g_assert_no_error (error);
  f->context = tautan_render_context_new (FALSE);
  span = tautan_dataset_get_span (f->dataset);
  f->slice = tautan_slice_new (f->dataset, &span, FALSE);

  /* Two rings, so edges cross tile borders every which way. */
  n = tautan_dataset_get_n_entities (f->dataset);
  f->positions = g_new (TautanPoint, n);
  for (guint i = 0; i < n; i++)
    {
      double r = i % 2 ? 3.5 : 2.0;

      f->positions[i].x = r * cos (2 * G_PI * i / n);
      f->positions[i].y = r * sin (2 * G_PI * i / n);
    }
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->slice);
  g_assert_finalize_object (f->context);
  g_assert_finalize_object (f->dataset);
  g_free (f->positions);
}

/* Zoom 50 with the centre on a multiple of 1/50 puts the view's corner on
 * a whole world pixel, so tiles land on the very same pixels. */
static void
default_view (TautanView *view)
{
  tautan_view_init (view);
  view->zoom = 50;
  view->center_x = 0.5;
  view->center_y = -0.5;
  view->width = WIDTH;
  view->height = HEIGHT;
}

static TautanScene *
scene_for (Fixture          *f,
           TautanSlice      *slice,
           const TautanView *view)
{
  return tautan_scene_new (f->context, f->dataset, slice, f->positions, view);
}

static void
ready_cb (gpointer user_data)
{
  Fixture *f = user_data;

  f->ready_calls++;
}

static cairo_surface_t *
new_surface (int scale)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH * scale, HEIGHT * scale);

  cairo_surface_set_device_scale (surface, scale, scale);
  return surface;
}

static cairo_surface_t *
draw_direct (TautanScene *scene,
             int          scale)
{
  cairo_surface_t *surface = new_surface (scale);
  cairo_t *cr = cairo_create (surface);

  tautan_scene_draw (scene, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static cairo_surface_t *
draw_tiles (TautanTileCache  *cache,
            const TautanView *view,
            int               scale,
            gboolean         *complete)
{
  cairo_surface_t *surface = new_surface (scale);
  cairo_t *cr = cairo_create (surface);

  *complete = _tautan_tile_cache_draw (cache, cr, view);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* Pixels differing by more than 8 levels in some channel. */
static guint
count_differing (cairo_surface_t *a,
                 cairo_surface_t *b)
{
  const guint8 *pa = cairo_image_surface_get_data (a);
  const guint8 *pb = cairo_image_surface_get_data (b);
  int stride = cairo_image_surface_get_stride (a);
  int width = cairo_image_surface_get_width (a);
  int height = cairo_image_surface_get_height (a);
  guint n = 0;

  g_assert_cmpint (cairo_image_surface_get_width (b), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (b), ==, height);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width * 4; x += 4)
      for (int c = 0; c < 4; c++)
        if (abs ((int)pa[(gsize)y * stride + x + c] - (int)pb[(gsize)y * stride + x + c]) > 8)
          {
            n++;
            break;
          }
  return n;
}

static guint
count_not_background (cairo_surface_t *surface)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 background = *(const guint32 *)(gconstpointer)data;
  guint n = 0;

  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
      if (*(const guint32 *)(gconstpointer)(data + (gsize)y * stride + (gsize)x * 4) != background)
        n++;
  return n;
}

static void
assert_same_picture (cairo_surface_t *a,
                     cairo_surface_t *b)
{
  guint total = cairo_image_surface_get_width (a) * cairo_image_surface_get_height (a);
  guint differing = count_differing (a, b);

  g_test_message ("%u of %u pixels differ by more than 8 levels", differing, total);
  if (g_getenv ("TAUTAN_DUMP") && differing > 100) { cairo_surface_write_to_png (a, "/tmp/render-scratch/a.png"); cairo_surface_write_to_png (b, "/tmp/render-scratch/b.png"); }
  if (differing * 100 > total)
    g_error ("%u of %u pixels differ", differing, total);
}

static gboolean
near_color (guint32           pixel,
            const TautanRgba *color,
            int               tolerance)
{
  return abs ((int)((pixel >> 16) & 0xff) - (int)lround (color->red * 255)) <= tolerance &&
         abs ((int)((pixel >> 8) & 0xff) - (int)lround (color->green * 255)) <= tolerance &&
         abs ((int)(pixel & 0xff) - (int)lround (color->blue * 255)) <= tolerance;
}

/* How many of @scene's nodes inside the picture show their fill at their
 * centre in @surface; fails if fewer than 4 in 5 do (a label may cover
 * one). */
static guint
nodes_in_place (TautanScene     *scene,
                cairo_surface_t *surface)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint candidates = 0, matches = 0;

  for (guint i = 0; i < tautan_scene_get_n_nodes (scene); i++)
    {
      const TautanSceneNode *n = tautan_scene_get_node (scene, i);
      TautanSceneHit hit;
      guint32 pixel;

      if (n->x < 10 || n->y < 10 || n->x > WIDTH - 10 || n->y > HEIGHT - 10 ||
          !tautan_scene_hit_test (scene, n->x, n->y, &hit) || hit.entity != n->entity)
        continue;
      candidates++;
      pixel = *(const guint32 *)(gconstpointer)(data + (gsize)n->y * stride + (gsize)n->x * 4);
      if (near_color (pixel, &n->fill, 16))
        matches++;
    }
  g_assert_cmpuint (matches * 5, >=, candidates * 4);
  return matches;
}

static void
test_matches_direct (Fixture       *f,
                     gconstpointer  data)
{
  /* At zoom 50, and at 6 where nodes are specks drawn without arrows. */
  for (int run = 0; run < 4; run++)
    {
      int scale = 1 + run % 2;
      g_autoptr(TautanTileCache) cache = tautan_tile_cache_new (ready_cb, f, NULL);
      g_autoptr(TautanScene) scene = NULL;
      g_autoptr(GPtrArray) tiles = NULL;
      cairo_surface_t *direct, *tiled;
      TautanView view;
      gboolean complete;

      default_view (&view);
      if (run >= 2)
        {
          view.zoom = 10;
          view.center_x = view.center_y = 0;
        }
      scene = scene_for (f, f->slice, &view);
      tiles = tautan_tile_cache_get_tiles (cache, &view);
      g_assert_cmpuint (tiles->len, ==, 0);
      g_clear_pointer (&tiles, g_ptr_array_unref);
      tautan_tile_cache_set_scene (cache, scene, scale);
      _tautan_tile_cache_wait (cache);
      g_assert_true (tautan_tile_cache_is_complete (cache));

      tiles = tautan_tile_cache_get_tiles (cache, &view);
      g_assert_cmpuint (tiles->len, >=, 4);
      for (guint i = 0; i < tiles->len; i++)
        {
          const TautanTile *tile = g_ptr_array_index (tiles, i);

          g_assert_cmpint (cairo_image_surface_get_width (tile->surface), ==, TAUTAN_TILE_SIZE * scale);
          g_assert_cmpint (tile->device_scale, ==, scale);
          g_assert_cmpfloat (tile->zoom, ==, view.zoom);
          g_assert_cmpfloat (fmod (tile->world_x, TAUTAN_TILE_SIZE), ==, 0);
        }

      direct = draw_direct (scene, scale);
      tiled = draw_tiles (cache, &view, scale, &complete);
      g_assert_true (complete);
      assert_same_picture (direct, tiled);
      /* Not two empty canvases (zoomed out, the graph is 70 px across). */
      g_assert_cmpuint (count_not_background (tiled) * (run < 2 ? 20 : 500), >,
                        (guint)(WIDTH * HEIGHT * scale * scale));
      cairo_surface_destroy (direct);
      cairo_surface_destroy (tiled);
    }
}

static GHashTable *
serials_of (TautanTileCache  *cache,
            const TautanView *view)
{
  g_autoptr(GPtrArray) tiles = tautan_tile_cache_get_tiles (cache, view);
  GHashTable *serials = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; i < tiles->len; i++)
    {
      const TautanTile *tile = g_ptr_array_index (tiles, i);

      g_assert_true (g_hash_table_add (serials, g_memdup2 (&tile->serial, sizeof tile->serial)));
    }
  return serials;
}

/* Every tile, margin included. */
static GHashTable *
all_serials (TautanTileCache  *cache,
             const TautanView *view)
{
  TautanView wide = *view;

  wide.width += 4 * TAUTAN_TILE_SIZE;
  wide.height += 4 * TAUTAN_TILE_SIZE;
  return serials_of (cache, &wide);
}

static void
test_pan_reuses (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(TautanTileCache) cache = tautan_tile_cache_new (NULL, NULL, NULL);
  g_autoptr(TautanScene) scene = NULL;
  g_autoptr(TautanScene) panned_scene = NULL;
  g_autoptr(GHashTable) before = NULL;
  g_autoptr(GPtrArray) tiles = NULL;
  cairo_surface_t *direct, *tiled;
  TautanView view, panned;
  gboolean complete;

  default_view (&view);
  scene = scene_for (f, f->slice, &view);
  tautan_tile_cache_set_scene (cache, scene, 1);
  _tautan_tile_cache_wait (cache);
  before = all_serials (cache, &view);

  /* 37 px right and 11 px up: the same tiles, moved; the one-tile margin
   * covers the newly exposed strips. */
  panned = view;
  panned.center_x += 37 / view.zoom;
  panned.center_y -= 11 / view.zoom;
  tiles = tautan_tile_cache_get_tiles (cache, &panned);
  g_assert_cmpuint (tiles->len, >, 0);
  for (guint i = 0; i < tiles->len; i++)
    {
      const TautanTile *tile = g_ptr_array_index (tiles, i);

      /* Nothing was redrawn: every tile the panned view needs was there. */
      g_assert_true (g_hash_table_contains (before, &tile->serial));
    }
  g_assert_true (tautan_tile_cache_is_complete (cache));

  /* And the composite is the panned picture. */
  panned_scene = scene_for (f, f->slice, &panned);
  direct = draw_direct (panned_scene, 1);
  tiled = draw_tiles (cache, &panned, 1, &complete);
  g_assert_true (complete);
  assert_same_picture (direct, tiled);
  cairo_surface_destroy (direct);
  cairo_surface_destroy (tiled);

  /* Giving the cache the panned scene (same picture, other centre) keeps
   * every tile it already has. */
  tautan_tile_cache_set_scene (cache, panned_scene, 1);
  _tautan_tile_cache_wait (cache);
  {
    g_autoptr(GHashTable) again = serials_of (cache, &panned);
    GHashTableIter iter;
    gpointer key;

    g_hash_table_iter_init (&iter, again);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      g_assert_true (g_hash_table_contains (before, key));
  }
}

/* A pan far past the tiles the scene's view brought: the same scene, shown
 * at the new view, draws the missing tiles, and they are the panned
 * picture. */
static void
test_show_pan (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(TautanTileCache) cache = tautan_tile_cache_new (NULL, NULL, NULL);
  g_autoptr(TautanScene) scene = NULL;
  g_autoptr(TautanScene) panned_scene = NULL;
  g_autoptr(GHashTable) before = NULL;
  g_autoptr(GPtrArray) tiles = NULL;
  cairo_surface_t *direct, *tiled;
  TautanView view, panned, zoomed;
  guint n_kept = 0;
  gboolean complete;

  /* From 1000 px beside the graph (past the tiles' margin, however
   * they round) onto it. */
  default_view (&panned);
  view = panned;
  view.center_x -= 1000 / view.zoom;
  scene = scene_for (f, f->slice, &view);
  tautan_tile_cache_set_scene (cache, scene, 1);
  _tautan_tile_cache_wait (cache);
  before = all_serials (cache, &view);

  tiled = draw_tiles (cache, &panned, 1, &complete);
  g_assert_false (complete);
  cairo_surface_destroy (tiled);

  /* At another zoom the scene cannot serve: nothing is queued. */
  zoomed = panned;
  zoomed.zoom = 80;
  tautan_tile_cache_show (cache, &zoomed);
  g_assert_true (tautan_tile_cache_is_complete (cache));

  tautan_tile_cache_show (cache, &panned);
  g_assert_false (tautan_tile_cache_is_complete (cache));
  _tautan_tile_cache_wait (cache);
  g_assert_true (tautan_tile_cache_is_complete (cache));

  /* Mostly drawn anew; a tile of the old margin may serve again. */
  tiles = tautan_tile_cache_get_tiles (cache, &panned);
  g_assert_cmpuint (tiles->len, >, 0);
  for (guint i = 0; i < tiles->len; i++)
    n_kept += g_hash_table_contains (before, &((TautanTile *)g_ptr_array_index (tiles, i))->serial);
  g_assert_cmpuint (n_kept * 2, <, tiles->len);

  /* And they show what a scene built for the panned view draws. */
  panned_scene = scene_for (f, f->slice, &panned);
  direct = draw_direct (panned_scene, 1);
  tiled = draw_tiles (cache, &panned, 1, &complete);
  g_assert_true (complete);
  g_assert_cmpuint (count_not_background (tiled), >, 100);
  assert_same_picture (direct, tiled);
  cairo_surface_destroy (direct);
  cairo_surface_destroy (tiled);
}

static void
test_new_scene (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(TautanTileCache) cache = tautan_tile_cache_new (ready_cb, f, NULL);
  g_autoptr(TautanScene) scene = NULL;
  g_autoptr(TautanScene) later = NULL;
  g_autoptr(TautanSlice) slice_2025 = NULL;
  g_autoptr(GHashTable) before = NULL;
  g_autoptr(GHashTable) after = NULL;
  GHashTableIter iter;
  gpointer key;
  TautanTimeSpan span = { tautan_day_from_ymd (2025, 1, 1), tautan_day_from_ymd (2025, 12, 31) };
  cairo_surface_t *direct, *tiled;
  TautanView view;
  gboolean complete;

  default_view (&view);
  scene = scene_for (f, f->slice, &view);
  tautan_tile_cache_set_scene (cache, scene, 1);

  /* The ready callback comes through this thread's main context. */
  while (f->ready_calls == 0)
    g_main_context_iteration (NULL, TRUE);
  _tautan_tile_cache_wait (cache);
  before = serials_of (cache, &view);

  /* The time window moves: every tile whose items changed is drawn
   * again; one that draws the same pixels is kept, serial and all. */
  slice_2025 = tautan_slice_new (f->dataset, &span, FALSE);
  later = scene_for (f, slice_2025, &view);
  tautan_tile_cache_set_scene (cache, later, 1);
  /* Until the new ones land (only this thread puts them in place), the
   * old ones still show. */
  {
    g_autoptr(GHashTable) meanwhile = serials_of (cache, &view);
    GHashTableIter it;

    g_assert_cmpuint (g_hash_table_size (meanwhile), ==, g_hash_table_size (before));
    g_hash_table_iter_init (&it, meanwhile);
    while (g_hash_table_iter_next (&it, &key, NULL))
      g_assert_true (g_hash_table_contains (before, key));
  }
  _tautan_tile_cache_wait (cache);
  g_assert_true (tautan_tile_cache_is_complete (cache));

  after = serials_of (cache, &view);
  g_assert_cmpuint (g_hash_table_size (after), ==, g_hash_table_size (before));
  {
    TautanTileStats stats;
    guint drawn = 0;

    _tautan_tile_cache_get_stats (cache, &stats);
    g_hash_table_iter_init (&iter, after);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      drawn += !g_hash_table_contains (before, key);
    g_assert_cmpuint (drawn, >, 0);
    g_assert_cmpuint (g_hash_table_size (after) - drawn, <=, stats.kept);
  }

  direct = draw_direct (later, 1);
  tiled = draw_tiles (cache, &view, 1, &complete);
  g_assert_true (complete);
  assert_same_picture (direct, tiled);
  cairo_surface_destroy (direct);
  cairo_surface_destroy (tiled);
}

/* Until the ready callback has run once more than @calls. */
static void
wait_ready (Fixture *f,
            guint    calls)
{
  while (f->ready_calls <= calls)
    g_main_context_iteration (NULL, TRUE);
}

/* Runs whatever the main context has ready, without blocking. */
static void
iterate_pending (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Timeline steps at one zoom: the old scene's tiles cover the view, so a
 * new scene is shown once all its tiles are in, not half old, half new
 * (and a frame for each tile batch would take a core from the tiles);
 * every step's picture is what a fresh scene draws, coalesced steps
 * included. Tiles filling a hole still show as they come. */
static void
test_steps_whole (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(TautanTileCache) cache = tautan_tile_cache_new (ready_cb, f, NULL);
  g_autoptr(TautanScene) scene = NULL;
  TautanTimeSpan all = tautan_dataset_get_span (f->dataset);
  TautanView view, panned;
  gboolean complete;
  guint calls;

  /* However slowly this machine draws, never shown tile by tile. */
  _tautan_tile_cache_set_partial_after (cache, G_MAXINT64);
  default_view (&view);
  scene = scene_for (f, f->slice, &view);
  tautan_tile_cache_set_scene (cache, scene, 1);
  _tautan_tile_cache_wait (cache);
  iterate_pending ();

  for (guint step = 0; step < 4; step++)
    {
      g_autoptr(TautanSlice) slice = NULL;
      g_autoptr(TautanScene) next = NULL;
      g_autoptr(GHashTable) before = serials_of (cache, &view);
      g_autoptr(GHashTable) meanwhile = NULL;
      gint32 len = all.to - all.from;
      TautanTimeSpan span = { all.from + (gint32)step * len / 8 + len / 16, all.from + (gint32)step * len / 8 + len / 2 };
      cairo_surface_t *direct, *tiled;
      GHashTableIter iter;
      gpointer key;
      guint fresh = 0;

      /* Odd steps come while the one before is still drawing. */
      if (step % 2 == 1)
        {
          g_autoptr(TautanSlice) passing = NULL;
          g_autoptr(TautanScene) skipped = NULL;
          TautanTimeSpan between = { span.from - len / 16, span.to - len / 16 };

          _tautan_tile_cache_hold (cache, 0);
          passing = tautan_slice_new (f->dataset, &between, FALSE);
          skipped = scene_for (f, passing, &view);
          tautan_tile_cache_set_scene (cache, skipped, 1);
          _tautan_tile_cache_hold (cache, 2);
        }

      slice = tautan_slice_new (f->dataset, &span, FALSE);
      next = scene_for (f, slice, &view);
      calls = f->ready_calls;
      _tautan_tile_cache_hold (cache, 0);
      tautan_tile_cache_set_scene (cache, next, 1);

      /* Three tiles drawn, put in place: no call to show them yet. */
      _tautan_tile_cache_hold (cache, 3);
      iterate_pending ();
      g_assert_cmpuint (f->ready_calls, ==, calls);
      g_assert_false (tautan_tile_cache_is_complete (cache));
      meanwhile = serials_of (cache, &view);
      g_assert_cmpuint (g_hash_table_size (meanwhile), ==, g_hash_table_size (before));
      g_hash_table_iter_init (&iter, meanwhile);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        fresh += !g_hash_table_contains (before, key);
      g_assert_cmpuint (fresh, >, 0);

      /* The rest: one call once the view's tiles are in (the margin's
       * may still be drawing), and one more at most when they are. */
      _tautan_tile_cache_hold (cache, -1);
      wait_ready (f, calls);
      g_assert_true (_tautan_tile_cache_is_view_current (cache));
      _tautan_tile_cache_wait (cache);
      iterate_pending ();
      g_assert_true (tautan_tile_cache_is_complete (cache));
      g_assert_cmpuint (f->ready_calls, >=, calls + 1);
      g_assert_cmpuint (f->ready_calls, <=, calls + 2);

      direct = draw_direct (next, 1);
      tiled = draw_tiles (cache, &view, 1, &complete);
      g_assert_true (complete);
      g_assert_cmpuint (count_not_background (tiled), >, 100);
      assert_same_picture (direct, tiled);
      cairo_surface_destroy (direct);
      cairo_surface_destroy (tiled);

      g_clear_pointer (&scene, tautan_scene_unref);
      scene = g_steal_pointer (&next);
    }

  /* A pan far off: the view has holes, and the first tile shows at once.
   * The last step's margin ring first, drawn after it showed: a held
   * thread may have taken one of its tiles already. */
  _tautan_tile_cache_wait (cache);
  iterate_pending ();
  panned = view;
  panned.center_x += 1500 / view.zoom;
  calls = f->ready_calls;
  _tautan_tile_cache_hold (cache, 0);
  tautan_tile_cache_show (cache, &panned);
  /* A tile at a time: a held thread may have taken a margin tile first,
   * which shows nothing and calls nothing (/margin-quiet). */
  while (f->ready_calls == calls && !tautan_tile_cache_is_complete (cache))
    {
      _tautan_tile_cache_hold (cache, 1);
      iterate_pending ();
    }
  g_assert_cmpuint (f->ready_calls, >, calls);
  g_assert_false (tautan_tile_cache_is_complete (cache));
  _tautan_tile_cache_hold (cache, -1);
  _tautan_tile_cache_wait (cache);
}

static void
test_zoom (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(TautanTileCache) cache = tautan_tile_cache_new (NULL, NULL, NULL);
  g_autoptr(TautanScene) scene = NULL;
  g_autoptr(TautanScene) closer = NULL;
  g_autoptr(GPtrArray) meanwhile = NULL;
  g_autoptr(GPtrArray) tiles = NULL;
  cairo_surface_t *direct, *scaled;
  TautanView view, zoomed;
  gboolean complete;

  default_view (&view);
  scene = scene_for (f, f->slice, &view);
  tautan_tile_cache_set_scene (cache, scene, 1);
  _tautan_tile_cache_wait (cache);

  /* Zoomed in 2x before any tile of it exists: the old ones, scaled. */
  zoomed = view;
  zoomed.zoom = 100;
  closer = scene_for (f, f->slice, &zoomed);
  direct = draw_direct (closer, 1);
  tautan_tile_cache_set_scene (cache, closer, 1);
  meanwhile = tautan_tile_cache_get_tiles (cache, &zoomed);
  g_assert_cmpuint (meanwhile->len, >, 0);
  for (guint i = 0; i < meanwhile->len; i++)
    g_assert_cmpfloat (((TautanTile *)g_ptr_array_index (meanwhile, i))->zoom, ==, 50);
  scaled = draw_tiles (cache, &zoomed, 1, &complete);
  g_assert_false (complete);
  /* Scaled, not redrawn: every node's centre is where the zoomed scene
   * puts it, in its own fill. */
  g_assert_cmpuint (nodes_in_place (closer, scaled), >=, 3);
  cairo_surface_destroy (scaled);

  _tautan_tile_cache_wait (cache);
  tiles = tautan_tile_cache_get_tiles (cache, &zoomed);
  for (guint i = 0; i < tiles->len; i++)
    g_assert_cmpfloat (((TautanTile *)g_ptr_array_index (tiles, i))->zoom, ==, 100);
  scaled = draw_tiles (cache, &zoomed, 1, &complete);
  g_assert_true (complete);
  assert_same_picture (direct, scaled);
  cairo_surface_destroy (scaled);
  cairo_surface_destroy (direct);
}

static void
notify_cb (gpointer data)
{
  gboolean *freed = data;

  *freed = TRUE;
}

static void
test_free_busy (Fixture       *f,
                gconstpointer  data)
{
  gboolean freed = FALSE;
  TautanTileCache *cache = tautan_tile_cache_new (NULL, &freed, notify_cb);
  TautanView view;

  /* Freed with jobs queued and running: the threads stop, every scene
   * reference is dropped (the fixture checks the dataset is finalised). */
  default_view (&view);
  for (guint k = 0; k < 5; k++)
    {
      g_autoptr(TautanScene) scene = NULL;

      view.zoom = 30 + 10 * k;
      scene = scene_for (f, f->slice, &view);
      tautan_tile_cache_set_scene (cache, scene, 2);
    }
  tautan_tile_cache_free (cache);
  g_assert_true (freed);
}

/* Far out every edge is a thin band, a curve a chain of them, and a
 * tile's bands are walked in chunks, skipped when wholly beside it, and
 * start and end where their cross section meets it: the tiles the cache
 * draws on its threads equal each tile drawn again with every step of
 * every band walked the general way (the raster's reference). */
static void
test_far_bands (Fixture       *f,
                gconstpointer  data)
{
  TautanTileCache *cache = tautan_tile_cache_new (NULL, NULL, NULL);
  guint n = tautan_dataset_get_n_entities (f->dataset), inked = 0;
  g_autofree TautanPoint *spread = g_new (TautanPoint, n);
  g_autoptr(TautanScene) scene = NULL;
  g_autoptr(GPtrArray) tiles = NULL;
  cairo_surface_t *reference;
  TautanView view;
  double ox, oy;
  gboolean old;

  /* Spread out, so edges run long across many tiles, seen from far. */
  for (guint i = 0; i < n; i++)
    {
      spread[i].x = f->positions[i].x * 30;
      spread[i].y = f->positions[i].y * 30;
    }
  default_view (&view);
  view.zoom = 6;
  view.width = 1920;
  view.height = 1080;
  view.center_x = 0.123;
  view.center_y = -0.377;
  scene = tautan_scene_new (f->context, f->dataset, f->slice, spread, &view);
  g_assert_true (_tautan_scene_is_far (scene));
  _tautan_scene_get_origin (scene, &ox, &oy);

  tautan_tile_cache_set_scene (cache, scene, 1);
  _tautan_tile_cache_wait (cache);
  tiles = tautan_tile_cache_get_tiles (cache, &view);
  g_assert_cmpuint (tiles->len, >=, 8 * 5);

  reference = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, TAUTAN_TILE_SIZE, TAUTAN_TILE_SIZE);
  old = _tautan_raster_set_general_steps (TRUE);
  for (guint k = 0; k < tiles->len; k++)
    {
      const TautanTile *tile = g_ptr_array_index (tiles, k);
      const guint8 *a = cairo_image_surface_get_data (tile->surface), *b;
      int stride = cairo_image_surface_get_stride (tile->surface);
      cairo_t *cr = cairo_create (reference);
      gboolean any = FALSE;

      cairo_rectangle (cr, 0, 0, TAUTAN_TILE_SIZE, TAUTAN_TILE_SIZE);
      cairo_clip (cr);
      cairo_translate (cr, ox - tile->world_x, oy - tile->world_y);
      tautan_scene_draw (scene, cr);
      cairo_destroy (cr);
      cairo_surface_flush (reference);
      b = cairo_image_surface_get_data (reference);

      g_assert_cmpint (stride, ==, cairo_image_surface_get_stride (reference));
      g_assert_cmpmem (a, stride * TAUTAN_TILE_SIZE, b, stride * TAUTAN_TILE_SIZE);
      for (int i = 0; i < TAUTAN_TILE_SIZE * TAUTAN_TILE_SIZE && !any; i++)
        any = ((const guint32 *)(gconstpointer)a)[i] != ((const guint32 *)(gconstpointer)a)[0];
      inked += any;
    }
  _tautan_raster_set_general_steps (old);
  g_test_message ("%u tiles, %u with ink", tiles->len, inked);
  g_assert_cmpuint (inked, >, 20);

  cairo_surface_destroy (reference);
  g_clear_pointer (&tiles, g_ptr_array_unref);
  tautan_tile_cache_free (cache);
}

/* A big scene's per-tile lists go once its tiles are in, not while
 * some are still to draw; a pan afterwards makes them again, and the
 * tiles it draws are those of a cache that never dropped them. */
static void
test_trim (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(TautanTileCache) cache = tautan_tile_cache_new (NULL, NULL, NULL);
  g_autoptr(TautanTileCache) fresh = tautan_tile_cache_new (NULL, NULL, NULL);
  g_autoptr(TautanScene) scene = NULL;
  cairo_surface_t *trimmed, *kept;
  TautanView view, panned;
  guint old_release = _tautan_scene_set_release_edges (1);
  gboolean complete;

  default_view (&view);
  scene = scene_for (f, f->slice, &view);
  g_assert_true (_tautan_scene_is_big (scene));
  tautan_tile_cache_set_scene (cache, scene, 1);
  _tautan_tile_cache_wait (cache);
  g_assert_nonnull (g_atomic_pointer_get (&scene->draw_index));

  /* Tiles of a pan still to draw: the lists stay until they are in. */
  panned = view;
  panned.center_x += 1000 / view.zoom;
  _tautan_tile_cache_hold (cache, 0);
  tautan_tile_cache_show (cache, &panned);
  g_assert_false (tautan_tile_cache_is_complete (cache));
  _tautan_tile_cache_trim (cache);
  g_assert_nonnull (g_atomic_pointer_get (&scene->draw_index));
  _tautan_tile_cache_hold (cache, -1);
  _tautan_tile_cache_wait (cache);
  g_assert_true (tautan_tile_cache_is_complete (cache));
  g_assert_null (g_atomic_pointer_get (&scene->draw_index));

  /* Asked again with nothing to draw: at once, and a no-op. */
  _tautan_tile_cache_trim (cache);
  g_assert_null (g_atomic_pointer_get (&scene->draw_index));

  /* Drawn again (at another device scale, so every tile is): the lists
   * are made again, and the tiles are those of a cache that kept them. */
  tautan_tile_cache_set_scene (cache, scene, 2);
  _tautan_tile_cache_wait (cache);
  g_assert_nonnull (g_atomic_pointer_get (&scene->draw_index));
  tautan_tile_cache_set_scene (fresh, scene, 2);
  _tautan_tile_cache_wait (fresh);
  trimmed = draw_tiles (cache, &view, 2, &complete);
  g_assert_true (complete);
  kept = draw_tiles (fresh, &view, 2, &complete);
  g_assert_true (complete);
  g_assert_cmpuint (count_not_background (kept), >, 100);
  g_assert_cmpuint (count_differing (trimmed, kept), ==, 0);
  cairo_surface_destroy (trimmed);
  cairo_surface_destroy (kept);

  /* A new scene cancels a request its predecessor could not meet yet. */
  _tautan_tile_cache_hold (cache, 0);
  tautan_tile_cache_show (cache, &panned);
  g_assert_false (tautan_tile_cache_is_complete (cache));
  _tautan_tile_cache_trim (cache);
  {
    g_autoptr(TautanScene) next = scene_for (f, f->slice, &view);

    tautan_tile_cache_set_scene (cache, next, 1);
    _tautan_tile_cache_hold (cache, -1);
    _tautan_tile_cache_wait (cache);
    g_assert_nonnull (g_atomic_pointer_get (&next->draw_index));
    g_assert_false (_tautan_tile_cache_draws_old_scene (cache));
  }

  _tautan_scene_set_release_edges (old_release);
}

/* Every tile of @cache for @view and its margin, by position: equal
 * pixels, byte for byte, to @fresh's. Returns how many were compared. */
static guint
assert_same_tiles (TautanTileCache  *cache,
                   TautanTileCache  *fresh,
                   const TautanView *view)
{
  TautanView wide = *view;
  g_autoptr(GPtrArray) tiles = NULL;
  g_autoptr(GPtrArray) others = NULL;
  guint compared = 0;

  wide.width += 2 * TAUTAN_TILE_SIZE;
  wide.height += 2 * TAUTAN_TILE_SIZE;
  tiles = tautan_tile_cache_get_tiles (cache, &wide);
  others = tautan_tile_cache_get_tiles (fresh, &wide);
  g_assert_cmpuint (tiles->len, ==, others->len);
  for (guint i = 0; i < tiles->len; i++)
    {
      const TautanTile *a = g_ptr_array_index (tiles, i);

      for (guint k = 0; k < others->len; k++)
        {
          const TautanTile *b = g_ptr_array_index (others, k);
          int stride = cairo_image_surface_get_stride (a->surface);
          int height = cairo_image_surface_get_height (a->surface);

          if (a->world_x != b->world_x || a->world_y != b->world_y)
            continue;
          g_assert_cmpint (stride, ==, cairo_image_surface_get_stride (b->surface));
          g_assert_cmpint (memcmp (cairo_image_surface_get_data (a->surface),
                                   cairo_image_surface_get_data (b->surface),
                                   (gsize)stride * height), ==, 0);
          compared++;
        }
    }
  g_assert_cmpuint (compared, ==, tiles->len);
  return compared;
}

/* A timeline step keeps the tiles whose items it left alone (same
 * pixels, same serial) and draws the others: what it shows is, byte for
 * byte, what a fresh cache draws of the new scene. Near and far out
 * (where density shading is one factor for every tile). */
static void
test_step_keeps (Fixture       *f,
                 gconstpointer  data)
{
  TautanTimeSpan all = tautan_dataset_get_span (f->dataset);
  gint32 len = all.to - all.from;

  for (guint run = 0; run < 2; run++)
    {
      g_autoptr(TautanTileCache) cache = tautan_tile_cache_new (NULL, NULL, NULL);
      g_autoptr(TautanTileCache) fresh = tautan_tile_cache_new (NULL, NULL, NULL);
      g_autoptr(TautanScene) scene = NULL;
      g_autoptr(TautanScene) next = NULL;
      g_autoptr(TautanSlice) slice = NULL;
      g_autoptr(TautanSlice) stepped = NULL;
      g_autoptr(GHashTable) before = NULL;
      g_autoptr(GHashTable) after = NULL;
      TautanTimeSpan span = { all.from + len / 4, all.from + len / 2 };
      TautanTimeSpan step = { span.from + len / 32, span.to + len / 32 };
      cairo_surface_t *old_picture, *picture, *fresh_picture;
      TautanTileStats stats;
      TautanView view;
      GHashTableIter iter;
      gpointer key;
      guint same = 0;
      gboolean complete;

      default_view (&view);
      if (run == 1)
        {
          view.zoom = 10;
          view.center_x = view.center_y = 0;
        }
      slice = tautan_slice_new (f->dataset, &span, FALSE);
      stepped = tautan_slice_new (f->dataset, &step, FALSE);
      scene = scene_for (f, slice, &view);
      next = scene_for (f, stepped, &view);
      g_assert_cmpint (_tautan_scene_is_far (next), ==, run == 1);

      tautan_tile_cache_set_scene (cache, scene, 1);
      _tautan_tile_cache_wait (cache);
      before = all_serials (cache, &view);
      old_picture = draw_tiles (cache, &view, 1, &complete);

      tautan_tile_cache_set_scene (cache, next, 1);
      _tautan_tile_cache_wait (cache);
      g_assert_true (tautan_tile_cache_is_complete (cache));
      g_assert_true (_tautan_tile_cache_is_view_current (cache));
      _tautan_tile_cache_get_stats (cache, &stats);
      g_test_message ("run %u: %u of %u tiles kept", run, stats.kept, stats.drawn);
      /* Some kept, some drawn again. */
      g_assert_cmpuint (stats.kept, >, 0);
      g_assert_cmpuint (stats.kept, <, stats.drawn);

      /* A kept tile keeps its serial (the view keeps its texture). */
      after = all_serials (cache, &view);
      g_hash_table_iter_init (&iter, after);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        same += g_hash_table_contains (before, key);
      g_assert_cmpuint (same, ==, stats.kept);

      tautan_tile_cache_set_scene (fresh, next, 1);
      _tautan_tile_cache_wait (fresh);
      g_assert_cmpuint (assert_same_tiles (cache, fresh, &view), >=, 4);

      picture = draw_tiles (cache, &view, 1, &complete);
      g_assert_true (complete);
      fresh_picture = draw_tiles (fresh, &view, 1, &complete);
      /* The step changed what shows, and shows what a fresh drawing does. */
      g_assert_cmpuint (count_differing (old_picture, picture), >, 0);
      g_assert_cmpuint (count_differing (picture, fresh_picture), ==, 0);
      cairo_surface_destroy (old_picture);
      cairo_surface_destroy (picture);
      cairo_surface_destroy (fresh_picture);
    }
}

/* A pan's margin tiles change nothing on screen: they ask for no frame
 * (one came after each pan, in the middle of the next timeline step).
 * Tiles filling a hole in the view still do (the end of /steps-whole). */
static void
test_margin_quiet (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(TautanTileCache) cache = tautan_tile_cache_new (ready_cb, f, NULL);
  g_autoptr(TautanScene) scene = NULL;
  TautanTileStats before, after;
  TautanView view, panned;
  guint calls;

  default_view (&view);
  scene = scene_for (f, f->slice, &view);
  tautan_tile_cache_set_scene (cache, scene, 1);
  _tautan_tile_cache_wait (cache);
  iterate_pending ();

  /* 200 px right: the margin column the view moves into is drawn; a new
   * one beyond it is queued. */
  panned = view;
  panned.center_x += 200 / view.zoom;
  calls = f->ready_calls;
  _tautan_tile_cache_get_stats (cache, &before);
  tautan_tile_cache_show (cache, &panned);
  g_assert_true (_tautan_tile_cache_is_view_current (cache));
  _tautan_tile_cache_get_stats (cache, &after);
  g_assert_cmpuint (after.queued, >, before.queued);
  g_assert_cmpuint (after.visible, ==, before.visible);
  while (!tautan_tile_cache_is_complete (cache))
    g_main_context_iteration (NULL, TRUE);
  iterate_pending ();
  g_assert_cmpuint (f->ready_calls, ==, calls);
}

/* A timeline step shows once the view's tiles are in; a pan then onto
 * the margin, before the new scene's tiles there came, shows the old
 * scene's tiles until theirs land. Those ask for a frame, at the latest
 * with the scene's last tile, which may be the margin's. */
static void
test_pan_after_step (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(TautanTileCache) cache = tautan_tile_cache_new (ready_cb, f, NULL);
  g_autoptr(TautanScene) scene = NULL;
  g_autoptr(TautanScene) fresh = NULL;
  g_autoptr(TautanSlice) slice = NULL;
  TautanTimeSpan all = tautan_dataset_get_span (f->dataset);
  cairo_surface_t *direct, *tiled;
  TautanView view, panned;
  gboolean complete = TRUE;
  guint calls;

  _tautan_tile_cache_set_partial_after (cache, G_MAXINT64);
  default_view (&view);
  scene = scene_for (f, f->slice, &view);
  tautan_tile_cache_set_scene (cache, scene, 1);
  _tautan_tile_cache_wait (cache);
  iterate_pending ();

  /* Steps, a tile at a time until the view's are in (it shows), until
   * one leaves margin tiles to come: the view's are first in the queue,
   * but a held thread may hold one of them back (so does one in ten). */
  for (guint step = 0; step < 10 && complete; step++)
    {
      gint32 len = all.to - all.from;
      TautanTimeSpan span = { all.from + (step % 2 ? 0 : len / 3), all.to - (step % 2 ? len / 3 : 0) };
      g_autoptr(TautanScene) next = NULL;

      g_clear_object (&slice);
      slice = tautan_slice_new (f->dataset, &span, FALSE);
      next = scene_for (f, slice, &view);
      calls = f->ready_calls;
      _tautan_tile_cache_hold (cache, 0);
      tautan_tile_cache_set_scene (cache, next, 1);
      while (!_tautan_tile_cache_is_view_current (cache))
        {
          _tautan_tile_cache_hold (cache, 1);
          iterate_pending ();
        }
      g_assert_cmpuint (f->ready_calls, ==, calls + 1);
      complete = tautan_tile_cache_is_complete (cache);
      if (complete)
        _tautan_tile_cache_hold (cache, -1);
    }
  g_assert_false (complete);

  /* 200 px up: the margin's top row, the old scene's tiles, in view;
   * theirs come first of the margin's, the side columns after. */
  panned = view;
  panned.center_y -= 200 / view.zoom;
  tautan_tile_cache_show (cache, &panned);
  calls = f->ready_calls;
  while (!_tautan_tile_cache_is_view_current (cache) && !tautan_tile_cache_is_complete (cache))
    {
      _tautan_tile_cache_hold (cache, 1);
      iterate_pending ();
    }

  /* The rest of the margin: whatever came last, a frame was asked for. */
  _tautan_tile_cache_hold (cache, -1);
  while (!tautan_tile_cache_is_complete (cache))
    g_main_context_iteration (NULL, TRUE);
  iterate_pending ();
  g_assert_cmpuint (f->ready_calls, >, calls);

  fresh = scene_for (f, slice, &panned);
  direct = draw_direct (fresh, 1);
  tiled = draw_tiles (cache, &panned, 1, &complete);
  g_assert_true (complete);
  assert_same_picture (direct, tiled);
  cairo_surface_destroy (direct);
  cairo_surface_destroy (tiled);
}

/* A scene whose per-tile lists its builder made (on its worker, in the
 * window) gives the tiles a fresh scene gives, without making them again. */
static void
test_prepare (Fixture       *f,
              gconstpointer  data)
{
  /* Near, and far out where tiles draw from records made with the lists. */
  for (int run = 0; run < 2; run++)
    {
      g_autoptr(TautanTileCache) cache = tautan_tile_cache_new (ready_cb, f, NULL);
      g_autoptr(TautanTileCache) fresh_cache = tautan_tile_cache_new (ready_cb, f, NULL);
      g_autoptr(TautanScene) scene = NULL;
      g_autoptr(TautanScene) fresh = NULL;
      TautanView view;

      default_view (&view);
      if (run == 1)
        {
          view.zoom = 6;
          view.center_x = view.center_y = 0;
        }
      scene = scene_for (f, f->slice, &view);
      fresh = scene_for (f, f->slice, &view);
      g_assert_false (_tautan_scene_has_draw_index (scene));
      _tautan_tile_cache_prepare_scene (scene);
      g_assert_true (_tautan_scene_has_draw_index (scene));
      g_assert_cmpint (_tautan_scene_is_far (scene), ==, run == 1);
      if (run == 1)
        g_assert_nonnull (_tautan_scene_get_draw_edges (scene));

      tautan_tile_cache_set_scene (cache, scene, 1);
      _tautan_tile_cache_wait (cache);
      tautan_tile_cache_set_scene (fresh_cache, fresh, 1);
      _tautan_tile_cache_wait (fresh_cache);
      g_assert_cmpuint (assert_same_tiles (cache, fresh_cache, &view), >=, 4);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add ("/tautan/tile-cache/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("matches-direct", test_matches_direct);
  ADD ("pan-reuses", test_pan_reuses);
  ADD ("show-pan", test_show_pan);
  ADD ("new-scene", test_new_scene);
  ADD ("steps-whole", test_steps_whole);
  ADD ("step-keeps", test_step_keeps);
  ADD ("zoom", test_zoom);
  ADD ("free-busy", test_free_busy);
  ADD ("far-bands", test_far_bands);
  ADD ("trim", test_trim);
  ADD ("prepare", test_prepare);
  ADD ("margin-quiet", test_margin_quiet);
  ADD ("pan-after-step", test_pan_after_step);
#undef ADD

  return g_test_run ();
}
