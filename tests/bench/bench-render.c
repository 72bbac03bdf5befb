/* bench-render.c: frame times of the graph drawing (scene, tiles, threads)
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bench-render"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "tautan/tautan-dataset.h"
#include "tautan/tautan-diagnostic.h"
#include "tautan/tautan-render-context.h"
#include "tautan/tautan-scene.h"
#include "tautan/tautan-slice.h"
#include "tautan/tautan-tile-cache.h"

#include "tautan-tile-cache-private.h"

#include "tautan-bench-util.h"

/* Prints `bench <name> <value> <unit>` as /work/shared/BENCH.md asks;
 * lines starting with '#' are context (graph and scene sizes, CPU time of
 * all threads, which matters on a shared 2-core machine).
 *
 * The graphs: N nodes scattered over a 16:9 area of one square unit each
 * (what a force layout gives, roughly), each with 5 new edges to a node
 * within its 3×3 unit cells (one in twenty anywhere), so N nodes have 5N
 * edges; one to four events each over 2015-2024, one in ten dated to the
 * week only. Mixed kinds; names of two or three made-up words, some in
 * Cyrillic and Hangul. splitmix64, fixed seed. Viewed at zoom to fit in
 * 1920x1080, light palette, device scale 1.
 *
 * frame_full_*: one frame after the time window moves between two windows
 * (2015-01-01..2024-06-30 and 2015-07-01..2024-12-31, so every count
 * changes): tautan_slice_new(), tautan_scene_new(), then every tile of the
 * view and its one-tile margin drawn on the cache's two threads, until
 * _tautan_tile_cache_wait() returns. Median of 15 after one warm-up, which
 * also fills the label-size and sprite caches the app keeps. From the
 * third frame on the scene builds in the blocks the one before last left
 * (tautan-scene.c's pool), as the app's scenes do when the slider moves.
 *
 * frame_interactive_*: with those tiles ready, _tautan_tile_cache_draw() of
 * the view panned by 37 px (back and forth) into a 1920x1080 image.
 *
 * frame_naive_2k_10k: the same scene on one thread, one antialiased
 * cairo_stroke() per edge, nodes and labels one by one: the baseline.
 *
 * frame_*_100k_300k: the same on 100,000 nodes with 3 edges each.
 *
 * tiles_cpu_100k_300k: frame_full's tiles of one scene (its per-tile lists
 * already built) drawn one after another on the calling thread, in that
 * thread's CPU time: the drawing alone, steadier than the frame on a
 * loaded machine.
 *
 * --quick: 200 and 1,000 nodes, 3 runs, no 100k graph; --only PREFIX: some
 * figures. */

#define SEED        20260214u
#define SCREEN_W    1920
#define SCREEN_H    1080
#define PAN_PX      37
#define EDGES_PER   5

typedef struct
{
  gboolean  quick;
  char     *only;
  char     *png;
  guint     runs;
} Bench;

typedef struct
{
  TautanDataset *dataset;
  TautanPoint   *positions;
  guint          n_nodes;
  guint          n_edges;
  TautanView     view;        /* zoom to fit the screen */
} Graph;

/* splitmix64, as tautan-bench-gen.c: the same graph on every machine. */
typedef struct
{
  guint64 state;
} Rng;

static guint64
rng_next (Rng *rng)
{
  guint64 z = (rng->state += G_GUINT64_CONSTANT (0x9E3779B97F4A7C15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return z ^ (z >> 31);
}

static double
rng_double (Rng *rng)
{
  return (double)(rng_next (rng) >> 11) * (1.0 / 9007199254740992.0);
}

static guint
rng_below (Rng   *rng,
           guint  n)
{
  return (guint)(((rng_next (rng) >> 32) * (guint64)n) >> 32);
}

static gboolean
wanted (Bench      *b,
        const char *name)
{
  return b->only == NULL || strcmp (b->only, name) == 0 || g_str_has_prefix (name, b->only);
}

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

/* CPU time of every thread of the process: on a shared machine the wall
 * time alone cannot tell work from waiting. */
static double
cpu_ms (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec * 1e3 + usage.ru_utime.tv_usec / 1e3 +
         usage.ru_stime.tv_sec * 1e3 + usage.ru_stime.tv_usec / 1e3;
}

/* CPU time of the calling thread alone: the scene build's share. */
static double
thread_cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static void
report (const char *name,
        double     *v,
        guint       n,
        double      target)
{
  double m = median (v, n);

  printf ("bench %s %.2f ms\n", name, m);
  printf ("# %s: min %.2f, max %.2f over %u runs%s\n", name, v[0], v[n - 1], n,
          target > 0 && m > target ? " -- MISSES ITS TARGET" : "");
  fflush (stdout);
}

static const char *kinds[] = {
  "person", "person", "person", "person", "state", "state",
  "organisation", "organisation", "armed-group", "media", "place", "unnamed-group",
};
static const char *types[] = {
  "statement", "statement", "support", "meet", "meet", "promise", "sign-agreement",
  "military-cooperation", "aid", "accuse", "criticise", "threaten", "sanction", "attack",
};
static const char *syllables[] = {
  "ka", "ri", "mo", "sun", "de", "lav", "ro", "pu", "tin", "jo", "ng", "ha", "ne",
  "so", "vi", "chi", "ma", "lo", "ber", "an", "ko", "zu", "el", "ta",
};

/* A name of two or three words; some Cyrillic and Hangul, so the fallback
 * fonts are part of the cost as they are in real data. */
static void
append_name (GString *json,
             Rng     *rng,
             guint    i)
{
  guint words = 2 + rng_below (rng, 2);

  if (i % 11 == 3)
    {
      g_string_append (json, "Сергей Лавров ");
      g_string_append_printf (json, "%u", i);
      return;
    }
  if (i % 13 == 5)
    {
      g_string_append_printf (json, "김정은 %u", i);
      return;
    }
  for (guint w = 0; w < words; w++)
    {
      guint n = 1 + rng_below (rng, 3);

      if (w > 0)
        g_string_append_c (json, ' ');
      for (guint s = 0; s < n; s++)
        {
          const char *syl = syllables[rng_below (rng, G_N_ELEMENTS (syllables))];

          if (s == 0)
            g_string_append_printf (json, "%c%s", g_ascii_toupper (syl[0]), syl + 1);
          else
            g_string_append (json, syl);
        }
    }
}

/* A laid-out-looking graph: nodes scattered over a square about one unit
 * apart, each with @edges_per (EDGES_PER for the 2k and 10k graphs) edges to near neighbours (a few far), each
 * edge one to four events over 2015-2024. */
static Graph *
graph_new (guint n_nodes,
           guint edges_per)
{
  Graph *g = g_new0 (Graph, 1);
  Rng rng = { SEED + n_nodes };
  g_autoptr(GString) json = g_string_new (NULL);
  g_autoptr(GHashTable) pairs = g_hash_table_new (g_int64_hash, g_int64_equal);
  /* Sized once: the set points into it, so it must never move. */
  g_autoptr(GArray) keys = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n_nodes * edges_per);
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree guint *cell_start = NULL;
  g_autofree guint *cell_items = NULL;
  /* A 16:9 area of one square unit per node, like a laid-out graph. */
  double width = sqrt (n_nodes * 16.0 / 9), height = sqrt (n_nodes * 9.0 / 16);
  guint gw = (guint)ceil (width), gh = (guint)ceil (height), n_events = 0;
  TautanDay base = tautan_day_from_ymd (2015, 1, 1);
  float x0 = G_MAXFLOAT, y0 = G_MAXFLOAT, x1 = -G_MAXFLOAT, y1 = -G_MAXFLOAT;

  g->n_nodes = n_nodes;
  g->positions = g_new (TautanPoint, n_nodes);
  for (guint i = 0; i < n_nodes; i++)
    {
      g->positions[i].x = (float)(rng_double (&rng) * width);
      g->positions[i].y = (float)(rng_double (&rng) * height);
      x0 = MIN (x0, g->positions[i].x);
      y0 = MIN (y0, g->positions[i].y);
      x1 = MAX (x1, g->positions[i].x);
      y1 = MAX (y1, g->positions[i].y);
    }

  /* Unit cells, counting-sorted, for the neighbour search. */
  cell_start = g_new0 (guint, gw * gh + 1);
  cell_items = g_new (guint, n_nodes);
  for (guint i = 0; i < n_nodes; i++)
    {
      guint cx = MIN ((guint)g->positions[i].x, gw - 1), cy = MIN ((guint)g->positions[i].y, gh - 1);

      cell_start[cy * gw + cx + 1]++;
    }
  for (guint c = 0; c < gw * gh; c++)
    cell_start[c + 1] += cell_start[c];
  {
    g_autofree guint *fill = g_memdup2 (cell_start, sizeof (guint) * (gw * gh + 1));

    for (guint i = 0; i < n_nodes; i++)
      {
        guint cx = MIN ((guint)g->positions[i].x, gw - 1), cy = MIN ((guint)g->positions[i].y, gh - 1);

        cell_items[fill[cy * gw + cx]++] = i;
      }
  }

  for (guint i = 0; i < n_nodes; i++)
    {
      guint cx = MIN ((guint)g->positions[i].x, gw - 1), cy = MIN ((guint)g->positions[i].y, gh - 1);
      guint near[64], n_near = 0;

      for (int dy = -1; dy <= 1; dy++)
        for (int dx = -1; dx <= 1; dx++)
          {
            int x = (int)cx + dx, y = (int)cy + dy;

            if (x < 0 || y < 0 || x >= (int)gw || y >= (int)gh)
              continue;
            for (guint k = cell_start[y * gw + x]; k < cell_start[y * gw + x + 1] && n_near < 64; k++)
              if (cell_items[k] != i)
                near[n_near++] = cell_items[k];
          }

      /* Exactly @edges_per new pairs per node, so N nodes have 5N edges
       * (3N for the 100k graph). */
      for (guint e = 0, tries = 0; e < edges_per && tries < 1000; tries++)
        {
          guint j = (rng_below (&rng, 20) == 0 || n_near == 0) ? rng_below (&rng, n_nodes)
                                                               : near[rng_below (&rng, n_near)];
          gint64 key;

          if (j == i)
            continue;
          /* Actor and target either way round. */
          key = rng_below (&rng, 2) ? (gint64)i << 32 | j : (gint64)j << 32 | i;
          if (g_hash_table_contains (pairs, &key))
            continue;
          g_array_append_val (keys, key);
          g_hash_table_add (pairs, &g_array_index (keys, gint64, keys->len - 1));
          e++;
        }
    }
  g->n_edges = keys->len;

  g_string_append (json, "{\"format\":\"tautan-dataset\",\"version\":1,\"title\":\"bench\","
                         "\"sources\":[{\"id\":\"s\",\"outlet\":\"o\",\"title\":\"t\",\"language\":\"en\","
                         "\"published\":\"2024-01-01\",\"origin\":\"own\",\"state_media\":false,\"text\":\"x\"}],"
                         "\"entities\":[");
  for (guint i = 0; i < n_nodes; i++)
    {
      g_string_append_printf (json, "%s{\"id\":\"n%u\",\"kind\":\"%s\",\"name\":\"", i ? "," : "", i,
                              kinds[rng_below (&rng, G_N_ELEMENTS (kinds))]);
      append_name (json, &rng, i);
      g_string_append (json, "\"}");
    }
  g_string_append (json, "],\"events\":[");
  for (guint k = 0; k < keys->len; k++)
    {
      gint64 key = g_array_index (keys, gint64, k);
      guint n = 1;

      while (n < 4 && rng_below (&rng, 3) == 0)
        n++;
      for (guint e = 0; e < n; e++)
        {
          TautanDay start = base + (TautanDay)rng_below (&rng, 3650), end = start;
          const char *precision = "day";
          char s[11], t[11];

          /* One in ten dated only to the week: dashed when all are. */
          if (rng_below (&rng, 10) == 0)
            {
              precision = "week";
              end = start + 6;
            }
          tautan_day_format_buf (start, s);
          tautan_day_format_buf (end, t);
          g_string_append_printf (json, "%s{\"id\":\"e%u\",\"type\":\"%s\",\"date\":{\"start\":\"%s\",\"end\":\"%s\","
                                  "\"precision\":\"%s\"},\"date_basis\":{\"method\":\"stated\",\"words\":\"w\"},"
                                  "\"actors\":[\"n%u\"],\"targets\":[\"n%u\"],\"summary\":\"x\","
                                  "\"sources\":[\"s\"],\"status\":\"reported\"}",
                                  n_events ? "," : "", n_events, types[rng_below (&rng, G_N_ELEMENTS (types))],
                                  s, t, precision, (guint)(key >> 32), (guint)(key & 0xffffffff));
          n_events++;
        }
    }
  g_string_append (json, "],\"quotes\":[]}");

  g->dataset = tautan_dataset_load_data (json->str, json->len, "bench.json", NULL, &diagnostics, &error);
  if (g->dataset == NULL)
    {
      g_autofree char *text = tautan_diagnostics_format (diagnostics, 5);

      g_error ("%s", text);
    }

  /* Zoom to fit, with a little room. */
  tautan_view_init (&g->view);
  g->view.width = SCREEN_W;
  g->view.height = SCREEN_H;
  g->view.zoom = 0.95 * MIN (SCREEN_W / (x1 - x0), SCREEN_H / (y1 - y0));
  g->view.center_x = (x0 + x1) / 2;
  g->view.center_y = (y0 + y1) / 2;

  printf ("# graph: %u nodes, %u edges, %u events; zoom to fit %.2f px/unit\n",
          n_nodes, g->n_edges, n_events, g->view.zoom);
  return g;
}

static void
graph_free (Graph *g)
{
  g_clear_object (&g->dataset);
  g_free (g->positions);
  g_free (g);
}

/* The time window moves between these two: every edge's count changes. */
static TautanSlice *
window_slice (Graph *g,
              guint  k)
{
  TautanTimeSpan span;

  if (k % 2 == 0)
    span = (TautanTimeSpan) { tautan_day_from_ymd (2015, 1, 1), tautan_day_from_ymd (2024, 6, 30) };
  else
    span = (TautanTimeSpan) { tautan_day_from_ymd (2015, 7, 1), tautan_day_from_ymd (2024, 12, 31) };
  return tautan_slice_new (g->dataset, &span, FALSE);
}

static void
describe_scene (TautanScene *scene)
{
  guint labels = 0;

  for (guint i = 0; i < tautan_scene_get_n_nodes (scene); i++)
    labels += tautan_scene_get_node (scene, i)->label_visible;
  printf ("# scene: %u nodes, %u edges, %u labels shown, smallest node radius %.2f px\n",
          tautan_scene_get_n_nodes (scene), tautan_scene_get_n_edges (scene), labels,
          tautan_scene_get_n_nodes (scene) ? tautan_scene_get_node (scene, 0)->radius : 0.0);
}

static void
bench_interactive (Bench               *b,
                   const char          *name,
                   Graph               *g,
                   TautanRenderContext *context,
                   double               target)
{
  g_autoptr(TautanSlice) slice = window_slice (g, 0);
  g_autoptr(TautanScene) scene = tautan_scene_new (context, g->dataset, slice, g->positions, &g->view);
  g_autoptr(TautanTileCache) cache = tautan_tile_cache_new (NULL, NULL, NULL);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, SCREEN_W, SCREEN_H);
  g_autofree double *times = g_new (double, b->runs);
  cairo_t *cr = cairo_create (surface);
  gboolean complete = TRUE;

  describe_scene (scene);
  tautan_tile_cache_set_scene (cache, scene, 1);
  _tautan_tile_cache_wait (cache);

  for (guint k = 0; k <= b->runs; k++)
    {
      TautanView view = g->view;
      double t0;

      /* Back and forth, 37 px each way, as a drag does. */
      view.center_x += (k % 2 ? -PAN_PX : PAN_PX) / view.zoom;
      view.center_y += (k % 2 ? PAN_PX : -PAN_PX) / 2 / view.zoom;
      t0 = now_ms ();
      complete &= _tautan_tile_cache_draw (cache, cr, &view);
      cairo_surface_flush (surface);
      if (k > 0)
        times[k - 1] = now_ms () - t0;
    }
  if (!complete)
    printf ("# %s: WARNING: some of the view had no tile\n", name);
  report (name, times, b->runs, target);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
bench_full (Bench               *b,
            const char          *name,
            Graph               *g,
            TautanRenderContext *context,
            double               target)
{
  g_autoptr(TautanTileCache) cache = tautan_tile_cache_new (NULL, NULL, NULL);
  g_autofree double *times = g_new (double, b->runs);
  double slice_ms = 0, scene_ms = 0, build_cpu = 0, cpu = 0;

  for (guint k = 0; k <= b->runs; k++)
    {
      g_autoptr(TautanSlice) slice = NULL;
      g_autoptr(TautanScene) scene = NULL;
      double c0 = cpu_ms (), b0 = thread_cpu_ms ();
      double t0 = now_ms (), ts, t1;

      slice = window_slice (g, k);
      ts = now_ms ();
      scene = tautan_scene_new (context, g->dataset, slice, g->positions, &g->view);
      t1 = now_ms ();
      if (k > 0)
        build_cpu += thread_cpu_ms () - b0;
      tautan_tile_cache_set_scene (cache, scene, 1);
      _tautan_tile_cache_wait (cache);
      if (k > 0)
        {
          times[k - 1] = now_ms () - t0;
          slice_ms += ts - t0;
          scene_ms += t1 - ts;
          cpu += cpu_ms () - c0;
        }
      else
        describe_scene (scene);
    }
  /* On a loaded machine the CPU times tell the parts apart better. */
  printf ("# %s: of which slice %.2f ms and scene build %.2f ms, the rest tiles on 2 threads (means); "
          "CPU time per frame %.2f ms, of which slice and build %.2f ms, tiles %.2f ms\n", name,
          slice_ms / b->runs, scene_ms / b->runs, cpu / b->runs, build_cpu / b->runs, (cpu - build_cpu) / b->runs);
  report (name, times, b->runs, target);
}

/* Every tile frame_full draws for @g's view, on this thread. */
static void
bench_tiles (Bench               *b,
             const char          *name,
             Graph               *g,
             TautanRenderContext *context)
{
  g_autoptr(TautanSlice) slice = window_slice (g, 0);
  g_autoptr(TautanScene) scene = tautan_scene_new (context, g->dataset, slice, g->positions, &g->view);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, TAUTAN_TILE_SIZE, TAUTAN_TILE_SIZE);
  g_autofree double *times = g_new (double, b->runs);
  /* The view's world rectangle, as the tile cache has it, and a tile more. */
  double ox = g->view.center_x * g->view.zoom - g->view.width / 2.0;
  double oy = g->view.center_y * g->view.zoom - g->view.height / 2.0;
  gint64 i0 = (gint64)floor (ox / TAUTAN_TILE_SIZE) - 1, j0 = (gint64)floor (oy / TAUTAN_TILE_SIZE) - 1;
  gint64 i1 = (gint64)floor ((ox + g->view.width) / TAUTAN_TILE_SIZE) + 1;
  gint64 j1 = (gint64)floor ((oy + g->view.height) / TAUTAN_TILE_SIZE) + 1;

  for (guint k = 0; k <= b->runs; k++)
    {
      double t0 = thread_cpu_ms ();

      for (gint64 j = j0; j <= j1; j++)
        for (gint64 i = i0; i <= i1; i++)
          {
            cairo_t *cr = cairo_create (surface);

            cairo_rectangle (cr, 0, 0, TAUTAN_TILE_SIZE, TAUTAN_TILE_SIZE);
            cairo_clip (cr);
            cairo_translate (cr, ox - (double)i * TAUTAN_TILE_SIZE, oy - (double)j * TAUTAN_TILE_SIZE);
            tautan_scene_draw (scene, cr);
            cairo_destroy (cr);
            cairo_surface_flush (surface);
          }
      if (k > 0)
        times[k - 1] = thread_cpu_ms () - t0;
    }
  printf ("# %s: %u tiles a frame\n", name, (guint)((i1 - i0 + 1) * (j1 - j0 + 1)));
  report (name, times, b->runs, 0);
  cairo_surface_destroy (surface);
}

/* The baseline: every edge stroked on its own, nothing cached, no
 * threads; nodes and labels one by one too. */
static void
draw_naive (TautanScene         *scene,
            TautanRenderContext *context,
            cairo_t             *cr)
{
  const TautanPalette *palette = tautan_render_context_get_palette (context);
  g_autoptr(PangoLayout) layout = tautan_render_context_create_layout (context);

  tautan_rgba_set_source (&palette->background, cr);
  cairo_paint (cr);

  cairo_set_antialias (cr, CAIRO_ANTIALIAS_DEFAULT);
  for (guint i = 0; i < tautan_scene_get_n_edges (scene); i++)
    {
      const TautanSceneEdge *e = tautan_scene_get_edge (scene, i);
      TautanRgba color = tautan_scene_edge_get_color (e);
      double dashes[2] = { 3 + 2 * e->width, 2 + e->width };

      cairo_move_to (cr, e->x0, e->y0);
      cairo_curve_to (cr, e->x0 + 2.0 / 3 * (e->cx - e->x0), e->y0 + 2.0 / 3 * (e->cy - e->y0),
                      e->x1 + 2.0 / 3 * (e->cx - e->x1), e->y1 + 2.0 / 3 * (e->cy - e->y1), e->x1, e->y1);
      tautan_rgba_set_source (&color, cr);
      cairo_set_line_width (cr, e->width);
      cairo_set_dash (cr, dashes, e->dashed ? 2 : 0, 0);
      cairo_stroke (cr);
    }
  cairo_set_dash (cr, NULL, 0, 0);

  for (guint i = 0; i < tautan_scene_get_n_nodes (scene); i++)
    {
      const TautanSceneNode *n = tautan_scene_get_node (scene, i);

      cairo_arc (cr, n->x, n->y, n->radius, 0, 2 * G_PI);
      tautan_rgba_set_source (&n->fill, cr);
      cairo_fill_preserve (cr);
      tautan_rgba_set_source (&n->stroke, cr);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
      if (n->label_visible)
        {
          pango_layout_set_text (layout, n->label, -1);
          cairo_move_to (cr, n->label_x, n->label_y);
          pango_cairo_show_layout (cr, layout);
        }
    }
}

static void
bench_naive (Bench               *b,
             const char          *name,
             Graph               *g,
             TautanRenderContext *context)
{
  g_autoptr(TautanSlice) slice = window_slice (g, 0);
  g_autoptr(TautanScene) scene = tautan_scene_new (context, g->dataset, slice, g->positions, &g->view);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, SCREEN_W, SCREEN_H);
  guint runs = MIN (b->runs, 5);
  g_autofree double *times = g_new (double, runs);

  for (guint k = 0; k <= runs; k++)
    {
      cairo_t *cr = cairo_create (surface);
      double t0 = now_ms ();

      draw_naive (scene, context, cr);
      cairo_surface_flush (surface);
      if (k > 0)
        times[k - 1] = now_ms () - t0;
      cairo_destroy (cr);
    }
  report (name, times, runs, 0);
  cairo_surface_destroy (surface);
}

/* The frame as frame_full draws it, whole, as a PNG file. */
static void
write_png (Graph               *g,
           TautanRenderContext *context,
           const char          *path)
{
  g_autoptr(TautanSlice) slice = window_slice (g, 0);
  g_autoptr(TautanScene) scene = tautan_scene_new (context, g->dataset, slice, g->positions, &g->view);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, SCREEN_W, SCREEN_H);
  cairo_t *cr = cairo_create (surface);

  tautan_scene_draw (scene, cr);
  cairo_destroy (cr);
  if (cairo_surface_write_to_png (surface, path) != CAIRO_STATUS_SUCCESS)
    fprintf (stderr, "cannot write %s\n", path);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) options = g_option_context_new ("- graph drawing benchmarks");
  g_autoptr(TautanRenderContext) context = NULL;
  g_autoptr(GError) error = NULL;
  Bench b = { 0 };
  int runs = 0;
  GOptionEntry entries[] = {
    { "quick", 0, 0, G_OPTION_ARG_NONE, &b.quick, "10x smaller graphs, fewer runs: a smoke test", NULL },
    { "only", 0, 0, G_OPTION_ARG_STRING, &b.only, "Run only the figures starting with NAME", "NAME" },
    { "png", 0, 0, G_OPTION_ARG_FILENAME, &b.png, "Also write the 100k graph's frame to FILE, to look at", "FILE" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs per figure (15; 3 with --quick), e.g. to profile", "N" },
    { NULL }
  };
  guint small = 2000, large = 10000;

  g_option_context_add_main_entries (options, entries, NULL);
  if (!g_option_context_parse (options, &argc, &argv, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 2;
    }
  b.runs = runs > 0 ? (guint)runs : b.quick ? 3 : 15;
  if (b.quick)
    {
      small /= 10;
      large /= 10;
      printf ("# --quick: graphs of %u and %u nodes; the figures only show the code runs\n", small, large);
    }

  context = tautan_render_context_new (FALSE);

  if (wanted (&b, "frame_interactive_2k_10k") || wanted (&b, "frame_full_2k_10k") ||
      wanted (&b, "frame_naive_2k_10k"))
    {
      Graph *g = graph_new (small, EDGES_PER);

      /* Full first: it also fills the label-size cache the app would hold. */
      if (wanted (&b, "frame_full_2k_10k"))
        bench_full (&b, "frame_full_2k_10k", g, context, 40);
      if (wanted (&b, "frame_interactive_2k_10k"))
        bench_interactive (&b, "frame_interactive_2k_10k", g, context, 8);
      if (wanted (&b, "frame_naive_2k_10k"))
        bench_naive (&b, "frame_naive_2k_10k", g, context);
      graph_free (g);
    }

  if (wanted (&b, "frame_interactive_10k_50k") || wanted (&b, "frame_full_10k_50k"))
    {
      Graph *g = graph_new (large, EDGES_PER);

      if (wanted (&b, "frame_full_10k_50k"))
        bench_full (&b, "frame_full_10k_50k", g, context, 150);
      if (wanted (&b, "frame_interactive_10k_50k"))
        bench_interactive (&b, "frame_interactive_10k_50k", g, context, 16);
      graph_free (g);
    }

  /* 100,000 nodes and 300,000 edges (BENCH.md): not in --quick. */
  if (!b.quick && (wanted (&b, "frame_interactive_100k_300k") || wanted (&b, "frame_full_100k_300k") ||
                   wanted (&b, "tiles_cpu_100k_300k")))
    {
      Graph *g = graph_new (100000, 3);

      if (wanted (&b, "frame_full_100k_300k"))
        bench_full (&b, "frame_full_100k_300k", g, context, 250);
      if (wanted (&b, "frame_interactive_100k_300k"))
        bench_interactive (&b, "frame_interactive_100k_300k", g, context, 16);
      if (wanted (&b, "tiles_cpu_100k_300k"))
        bench_tiles (&b, "tiles_cpu_100k_300k", g, context);
      if (b.png != NULL)
        write_png (g, context, b.png);
      graph_free (g);
    }

  g_free (b.only);
  g_free (b.png);
  return 0;
}
