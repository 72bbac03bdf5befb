/* bench-layout.c: speed, settling and quality of the force-directed layout
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bench-layout"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tautan/tautan-layout.h"

#include "../../data/tautan-layout-private.h"

#include "tautan-bench-util.h"

/* Prints `bench <name> <value> <unit>` lines as /work/shared/BENCH.md
 * asks; lines starting with '#' are context. */

#define GRAPH_SEED   42u
#define LAYOUT_SEED  1u
#define PAIR_SEED    7u
#define N_PAIRS      20000
#define N_RUNS       5
#define N_TIMED      5        /* iterations timed per fresh layout */
#define N_WARMUP     2        /* iterations before timing, per fresh layout */
#define MAX_SETTLE   20000

typedef struct
{
  guint   n;
  GArray *src;
  GArray *dst;
} Graph;

static void
graph_clear (Graph *g)
{
  g_clear_pointer (&g->src, g_array_unref);
  g_clear_pointer (&g->dst, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Graph, graph_clear)

static inline guint64
splitmix64 (guint64 *state)
{
  guint64 z = (*state += G_GUINT64_CONSTANT (0x9E3779B97F4A7C15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return z ^ (z >> 31);
}

static inline double
rand_unit (guint64 *state)
{
  return (double)(splitmix64 (state) >> 11) * (1.0 / 9007199254740992.0);
}

static void
graph_init (Graph *g,
            guint  n)
{
  g->n = n;
  g->src = g_array_new (FALSE, FALSE, sizeof (guint32));
  g->dst = g_array_new (FALSE, FALSE, sizeof (guint32));
}

static void
graph_add (Graph   *g,
           guint32  a,
           guint32  b)
{
  g_array_append_val (g->src, a);
  g_array_append_val (g->dst, b);
}

/* networkx's barabasi_albert_graph (n, m): a star of m + 1 nodes, then
 * each new node joins m distinct targets drawn from the list of edge
 * ends (so in proportion to degree). Our PRNG, so not networkx's edges. */
static void
graph_init_ba (Graph *g,
               guint  n,
               guint  m,
               guint  seed)
{
  g_autoptr(GArray) ends = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autofree guint32 *targets = g_new (guint32, m);
  guint64 rng = seed;

  graph_init (g, n);
  for (guint32 i = 1; i <= m; i++)
    {
      guint32 hub = 0;

      graph_add (g, 0, i);
      g_array_append_val (ends, hub);
      g_array_append_val (ends, i);
    }
  for (guint32 v = m + 1; v < n; v++)
    {
      guint k = 0;

      while (k < m)
        {
          guint32 t = g_array_index (ends, guint32, (guint)(rand_unit (&rng) * ends->len));
          gboolean seen = FALSE;

          for (guint q = 0; q < k; q++)
            seen |= targets[q] == t;
          if (!seen)
            targets[k++] = t;
        }
      for (guint q = 0; q < m; q++)
        {
          graph_add (g, v, targets[q]);
          g_array_append_val (ends, targets[q]);
          g_array_append_val (ends, v);
        }
    }
}

/* networkx's random_partition_graph ([size] * groups, p_in, p_out): every
 * pair inside a group with p_in, across groups with p_out (the sparse
 * part by geometric skips, as networkx does). */
static void
graph_init_partition (Graph  *g,
                      guint   groups,
                      guint   size,
                      double  p_in,
                      double  p_out,
                      guint   seed)
{
  guint n = groups * size;
  guint64 rng = seed;
  double log_q = log (1.0 - p_out);

  graph_init (g, n);
  for (guint c = 0; c < groups; c++)
    for (guint u = 0; u < size; u++)
      for (guint v = u + 1; v < size; v++)
        if (rand_unit (&rng) < p_in)
          graph_add (g, c * size + u, c * size + v);

  for (guint u = 0; u < n; u++)
    {
      gint64 v = (gint64)(u / size + 1) * size - 1;

      for (;;)
        {
          v += 1 + (gint64)floor (log (1.0 - rand_unit (&rng)) / log_q);
          if (v >= n)
            break;
          graph_add (g, u, (guint32)v);
        }
    }
}

static TautanLayout *
graph_layout (Graph *g)
{
  return tautan_layout_new (g->n,
                            (const guint32 *)(gpointer)g->src->data,
                            (const guint32 *)(gpointer)g->dst->data,
                            NULL, g->src->len, LAYOUT_SEED);
}

/* Mean edge length over the median distance between N_PAIRS random
 * pairs of distinct nodes (fixed seed): low when neighbours sit close
 * and groups apart. */
static double
quality (Graph             *g,
         const TautanPoint *p)
{
  g_autofree double *d = g_new (double, N_PAIRS);
  guint64 rng = PAIR_SEED;
  double sum = 0;

  for (guint e = 0; e < g->src->len; e++)
    {
      guint32 a = g_array_index (g->src, guint32, e), b = g_array_index (g->dst, guint32, e);

      sum += hypot (p[a].x - p[b].x, p[a].y - p[b].y);
    }
  for (guint k = 0; k < N_PAIRS; k++)
    {
      guint a = (guint)(rand_unit (&rng) * g->n), b;

      do
        b = (guint)(rand_unit (&rng) * g->n);
      while (b == a);
      d[k] = hypot (p[a].x - p[b].x, p[a].y - p[b].y);
    }

  return (sum / g->src->len) / median (d, N_PAIRS);
}

/* Runs @layout until it settles; returns the seconds, with the iterations
 * in @iterations. */
static double
run_to_settle (TautanLayout *layout,
               guint        *iterations)
{
  double t0 = now_s ();
  guint i = 0;

  while (!tautan_layout_is_settled (layout) && i < MAX_SETTLE)
    {
      tautan_layout_step (layout, 1);
      i++;
    }
  if (!tautan_layout_is_settled (layout))
    g_print ("# warning: not settled after %u iterations\n", i);
  *iterations = i;
  return now_s () - t0;
}

static double
iteration_ms (Graph *g,
              guint  n_threads)
{
  double t[N_RUNS * N_TIMED];
  guint k = 0;

  /* Warm-up layout, then fresh ones: the first iterations of each after
   * a short warm-up, as a view would see them. */
  for (int run = -1; run < N_RUNS; run++)
    {
      g_autoptr(TautanLayout) layout = graph_layout (g);

      /* One iteration of the full graph, not of a coarse level. */
      _tautan_layout_set_multilevel (layout, FALSE);
      _tautan_layout_set_n_threads (layout, n_threads);
      tautan_layout_step (layout, N_WARMUP);
      for (guint i = 0; i < N_TIMED; i++)
        {
          double t0 = now_s ();

          tautan_layout_step (layout, 1);
          if (run >= 0)
            t[k++] = (now_s () - t0) * 1000;
        }
    }

  return median (t, k);
}

static void
bench_iterations (gboolean quick)
{
  const guint sizes[] = { 1000, 5000, 20000 };

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_auto(Graph) g = { 0 };
      double two, one;

      graph_init_ba (&g, sizes[s], 3, GRAPH_SEED);
      two = iteration_ms (&g, 2);
      one = iteration_ms (&g, 1);
      g_print ("# BA %u nodes, %u edges: one thread %.3f ms\n", g.n, g.src->len, one);
      g_print ("bench layout_iteration_%uk %.3f ms\n", sizes[s] / 1000, two);
    }
  (void)quick;
}

static void
bench_settle (gboolean quick)
{
  g_auto(Graph) g = { 0 };
  guint n = quick ? 2000 : 20000;
  guint runs = quick ? 1 : N_RUNS;
  g_autofree double *t = g_new (double, runs);
  guint iterations = 0;

  graph_init_ba (&g, n, 3, GRAPH_SEED);
  for (int run = quick ? 0 : -1; run < (int)runs; run++)
    {
      double t0 = now_s ();
      g_autoptr(TautanLayout) layout = graph_layout (&g);
      double s;

      run_to_settle (layout, &iterations);
      s = now_s () - t0;
      if (run >= 0)
        t[run] = s;
    }
  g_print ("# BA %u nodes: settled after %u iterations (%.2f ms each)\n",
           n, iterations, median (t, runs) * 1000 / MAX (iterations, 1));
  g_print ("bench layout_settle_%uk %.3f s\n", n / 1000, median (t, runs));
}

/* layout_quality_20k: 100 clusters, p_out 0.00005; layout_quality_100k:
 * 500 clusters, p_out 0.00001 (BENCH.md). */
static void
bench_quality (guint  groups,
               double p_out)
{
  g_auto(Graph) g = { 0 };
  g_autoptr(TautanLayout) layout = NULL;
  g_autofree TautanPoint *p = NULL;
  guint64 rng = PAIR_SEED + 1;
  guint iterations;
  double seconds, initial;

  graph_init_partition (&g, groups, 200, 0.03, p_out, GRAPH_SEED);
  p = g_new (TautanPoint, g.n);

  /* The baseline: nodes dropped uniformly in a square. */
  for (guint i = 0; i < g.n; i++)
    p[i] = (TautanPoint) { (float)rand_unit (&rng), (float)rand_unit (&rng) };
  g_print ("# random placement: ratio %.3f\n", quality (&g, p));

  layout = graph_layout (&g);
  tautan_layout_get_positions (layout, p);
  initial = quality (&g, p);
  seconds = run_to_settle (layout, &iterations);
  tautan_layout_get_positions (layout, p);
  g_print ("# partition graph %u x 200 nodes, %u edges: initial placement %.3f, "
           "settled after %u iterations in %.2f s (deterministic: one run)\n",
           groups, g.src->len, initial, iterations, seconds);
  g_print ("bench layout_quality_%uk %.3f ratio\n", g.n / 1000, quality (&g, p));
}

/* Dragging on a settled 100,000-node layout: only the dragged node's
 * neighbourhood (at most 500 nodes) follows, so a drag frame must not
 * cost a pass over the graph. 50 drags of random nodes by about five
 * node spacings, fixed seed. Settling this graph first (the multilevel
 * path, from the deterministic initial placement to the settling
 * criterion, coarsening included) is layout_settle_100k's workload,
 * reported from this one run. */
static void
bench_drag (gboolean quick)
{
  g_auto(Graph) g = { 0 };
  g_autoptr(TautanLayout) layout = NULL;
  guint n = quick ? 2000 : 100000, iterations = 0, n_drags = 50;
  g_autofree double *ms = g_new (double, n_drags);
  g_autofree TautanPoint *pos = g_new (TautanPoint, n);
  guint64 state = GRAPH_SEED + 7, followed = 0;
  double settle_s;
  float x0, y0, x1, y1, step;

  graph_init_ba (&g, n, 3, GRAPH_SEED);
  layout = graph_layout (&g);
  settle_s = run_to_settle (layout, &iterations);
  g_print ("# BA %u nodes (%u edges), %u coarse levels: settled in %.2f s, %u iterations (one run)\n",
           n, g.src->len, _tautan_layout_get_n_levels (layout), settle_s, iterations);
  if (!quick)
    g_print ("bench layout_settle_%uk %.3f s\n", n / 1000, settle_s);

  tautan_layout_get_bounds (layout, &x0, &y0, &x1, &y1);
  step = 5 * MAX (x1 - x0, y1 - y0) / sqrtf ((float)n);
  for (guint d = 0; d < n_drags; d++)
    {
      guint node = (guint)(rand_unit (&state) * n) % n;
      double angle = rand_unit (&state) * 2 * G_PI, t0;
      TautanPoint p;

      tautan_layout_get_positions (layout, pos);
      p = pos[node];
      p.x += step * (float)cos (angle);
      p.y += step * (float)sin (angle);
      t0 = now_s ();
      followed += tautan_layout_drag (layout, node, p, FALSE, 500);
      ms[d] = (now_s () - t0) * 1000;
    }
  g_print ("# drags: %u, %.0f nodes followed each\n", n_drags, (double)followed / n_drags);
  g_print ("bench layout_drag_%uk %.3f ms\n", n / 1000, median (ms, n_drags));
}

static gboolean
write_edges (Graph       *g,
             const char  *path,
             GError     **error)
{
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint e = 0; e < g->src->len; e++)
    g_string_append_printf (s, "%u %u\n",
                            g_array_index (g->src, guint32, e),
                            g_array_index (g->dst, guint32, e));
  return g_file_set_contents (path, s->str, s->len, error);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *only = NULL;
  g_autofree char *write_ba = NULL;
  g_autofree char *write_partition = NULL;
  gboolean quick = FALSE;
  const GOptionEntry entries[] = {
    { "quick", 0, 0, G_OPTION_ARG_NONE, &quick,
      "Settle and quality on 2,000 nodes, one run (smoke test)", NULL },
    { "only", 0, 0, G_OPTION_ARG_STRING, &only, "Only iteration, settle, quality or drag", "WHAT" },
    { "write-ba", 0, 0, G_OPTION_ARG_FILENAME, &write_ba,
      "Write the 20k BA graph as an edge list", "FILE" },
    { "write-partition", 0, 0, G_OPTION_ARG_FILENAME, &write_partition,
      "Write the 20k partition graph as an edge list", "FILE" },
    { NULL }
  };

  context = g_option_context_new ("— layout benchmarks");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  if (write_ba != NULL || write_partition != NULL)
    {
      g_auto(Graph) ba = { 0 };
      g_auto(Graph) partition = { 0 };

      graph_init_ba (&ba, 20000, 3, GRAPH_SEED);
      graph_init_partition (&partition, 100, 200, 0.03, 0.00005, GRAPH_SEED);
      if ((write_ba != NULL && !write_edges (&ba, write_ba, &error)) ||
          (write_partition != NULL && !write_edges (&partition, write_partition, &error)))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      return 0;
    }

  g_print ("# bench-layout%s: %u cores\n", quick ? " --quick" : "", g_get_num_processors ());
  if (only == NULL || strcmp (only, "iteration") == 0)
    bench_iterations (quick);
  if (only == NULL || strcmp (only, "settle") == 0)
    bench_settle (quick);
  if (only == NULL || strcmp (only, "quality") == 0)
    {
      bench_quality (quick ? 10 : 100, 0.00005);
      if (!quick)
        bench_quality (500, 0.00001);
    }
  if (only == NULL || strcmp (only, "drag") == 0)
    bench_drag (quick);

  return 0;
}
