/* test-layout.c: the force-directed layout
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include "tautan/tautan-dataset.h"
#include "tautan/tautan-layout.h"
#include "tautan/tautan-slice.h"

#include "../data/tautan-layout-private.h"
#include "../data/tautan-layout-multilevel-private.h"

/* Over the layout's threshold for a second thread, so tests run both. */
#define BIG_N 3000

typedef struct
{
  GArray *src;
  GArray *dst;
  guint   n;
} Graph;

static void
graph_clear (Graph *g)
{
  g_clear_pointer (&g->src, g_array_unref);
  g_clear_pointer (&g->dst, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Graph, graph_clear)

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

static TautanLayout *
graph_layout (Graph   *g,
              guint64  seed)
{
  TautanLayout *layout = tautan_layout_new (g->n,
                                            (const guint32 *)(gpointer)g->src->data,
                                            (const guint32 *)(gpointer)g->dst->data,
                                            NULL, g->src->len, seed);

  /* These tests look at the forces; test_prevent_overlap at the rest. */
  _tautan_layout_set_prevent_overlap (layout, FALSE);
  return layout;
}

/* Preferential attachment, 2 edges per new node: hubs and leaves. */
static void
graph_init_ba (Graph *g,
               guint  n,
               guint  seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);

  graph_init (g, n);
  graph_add (g, 0, 1);
  graph_add (g, 1, 2);
  for (guint v = 3; v < n; v++)
    for (guint k = 0; k < 2; k++)
      {
        guint e = g_rand_int_range (rand, 0, g->src->len);
        guint32 u = g_rand_boolean (rand) ? g_array_index (g->src, guint32, e)
                                          : g_array_index (g->dst, guint32, e);

        graph_add (g, v, u);
      }
}

static double
dist (const TautanPoint *p,
      guint              a,
      guint              b)
{
  return hypot (p[a].x - p[b].x, p[a].y - p[b].y);
}

static TautanPoint *
positions (TautanLayout *layout)
{
  TautanPoint *p = g_new (TautanPoint, MAX (tautan_layout_get_n_nodes (layout), 1));

  tautan_layout_get_positions (layout, p);
  return p;
}

static guint
settle (TautanLayout *layout,
        guint         max_iterations)
{
  guint i = 0;

  while (!tautan_layout_is_settled (layout) && i < max_iterations)
    {
      tautan_layout_step (layout, 1);
      i++;
    }
  return i;
}

static void
assert_finite (TautanLayout *layout)
{
  g_autofree TautanPoint *p = positions (layout);
  float x0, y0, x1, y1;

  tautan_layout_get_bounds (layout, &x0, &y0, &x1, &y1);
  g_assert_true (isfinite (x0) && isfinite (y0) && isfinite (x1) && isfinite (y1));
  g_assert_cmpfloat (x0, <=, x1);
  g_assert_cmpfloat (y0, <=, y1);
  for (guint i = 0; i < tautan_layout_get_n_nodes (layout); i++)
    {
      g_assert_true (isfinite (p[i].x) && isfinite (p[i].y));
      g_assert_cmpfloat (p[i].x, >=, x0);
      g_assert_cmpfloat (p[i].x, <=, x1);
      g_assert_cmpfloat (p[i].y, >=, y0);
      g_assert_cmpfloat (p[i].y, <=, y1);
    }
}

static void
test_determinism (void)
{
  g_auto(Graph) g = { 0 };
  g_autoptr(TautanLayout) a = NULL;
  g_autoptr(TautanLayout) b = NULL;
  g_autoptr(TautanLayout) c = NULL;
  g_autoptr(TautanLayout) one_thread = NULL;
  g_autofree TautanPoint *pa = NULL;
  g_autofree TautanPoint *pb = NULL;
  g_autofree TautanPoint *pc = NULL;
  g_autofree TautanPoint *p1 = NULL;
  guint differ = 0;

  graph_init_ba (&g, BIG_N, 7);
  a = graph_layout (&g, 42);
  b = graph_layout (&g, 42);
  c = graph_layout (&g, 43);
  one_thread = graph_layout (&g, 42);
  _tautan_layout_set_n_threads (a, 2);
  _tautan_layout_set_n_threads (b, 2);
  _tautan_layout_set_n_threads (one_thread, 1);

  tautan_layout_step (a, 30);
  tautan_layout_step (b, 30);
  tautan_layout_step (c, 30);
  tautan_layout_step (one_thread, 30);
  g_assert_cmpuint (tautan_layout_get_iterations (a), ==, 30);

  pa = positions (a);
  pb = positions (b);
  pc = positions (c);
  p1 = positions (one_thread);

  /* Bit for bit, whatever the threads did. */
  g_assert_cmpmem (pa, BIG_N * sizeof *pa, pb, BIG_N * sizeof *pb);
  g_assert_cmpmem (pa, BIG_N * sizeof *pa, p1, BIG_N * sizeof *p1);

  for (guint i = 0; i < BIG_N; i++)
    if (dist (pa, i, 0) != dist (pc, i, 0))
      differ++;
  g_assert_cmpuint (differ, >, BIG_N / 2);
}

/* Moves queued before the layout takes them show at once, the bounds
 * with them, however many there are (a replaced dataset queues one for
 * every node it keeps). */
static void
test_queued_moves (void)
{
  g_auto(Graph) g = { 0 };
  g_autoptr(TautanLayout) layout = NULL;
  g_autofree TautanPoint *shown = NULL;
  float x0, y0, x1, y1;

  graph_init_ba (&g, BIG_N, 3);
  layout = graph_layout (&g, 1);
  tautan_layout_step (layout, 5);
  for (guint i = 0; i < BIG_N; i++)
    tautan_layout_set_position (layout, i, (TautanPoint) { (float)i, -(float)i }, FALSE);
  shown = positions (layout);
  for (guint i = 0; i < BIG_N; i++)
    {
      g_assert_cmpfloat (shown[i].x, ==, (float)i);
      g_assert_cmpfloat (shown[i].y, ==, -(float)i);
    }
  tautan_layout_get_bounds (layout, &x0, &y0, &x1, &y1);
  g_assert_cmpfloat (x0, ==, 0.0f);
  g_assert_cmpfloat (y1, ==, 0.0f);
  g_assert_cmpfloat (x1, ==, (float)(BIG_N - 1));
  g_assert_cmpfloat (y0, ==, -(float)(BIG_N - 1));

  /* The far corner moved in: the bounds follow it in. */
  tautan_layout_set_position (layout, BIG_N - 1, (TautanPoint) { 1.0f, -1.0f }, FALSE);
  tautan_layout_get_bounds (layout, &x0, &y0, &x1, &y1);
  g_assert_cmpfloat (x1, ==, (float)(BIG_N - 2));
  g_assert_cmpfloat (y0, ==, -(float)(BIG_N - 2));
}

static void
test_pinned (void)
{
  g_auto(Graph) g = { 0 };
  g_autoptr(TautanLayout) layout = NULL;
  g_autofree TautanPoint *before = NULL;
  g_autofree TautanPoint *after = NULL;
  const TautanPoint far = { 40.0f, -25.0f };
  guint moved = 0;

  graph_init_ba (&g, BIG_N, 3);
  layout = graph_layout (&g, 1);
  tautan_layout_step (layout, 5);

  /* A hub, a leaf, and one pinned where it is. */
  tautan_layout_set_position (layout, 0, far, TRUE);
  tautan_layout_set_position (layout, BIG_N - 1, (TautanPoint) { -3.5f, 7.25f }, TRUE);
  tautan_layout_set_pinned (layout, 10, TRUE);
  g_assert_true (tautan_layout_get_pinned (layout, 0));
  g_assert_true (tautan_layout_get_pinned (layout, 10));
  g_assert_false (tautan_layout_get_pinned (layout, 11));

  before = positions (layout);
  g_assert_cmpfloat (before[0].x, ==, far.x);
  g_assert_cmpfloat (before[0].y, ==, far.y);

  tautan_layout_step (layout, 60);
  after = positions (layout);

  g_assert_cmpfloat (after[0].x, ==, far.x);
  g_assert_cmpfloat (after[0].y, ==, far.y);
  g_assert_cmpfloat (after[BIG_N - 1].x, ==, -3.5f);
  g_assert_cmpfloat (after[BIG_N - 1].y, ==, 7.25f);
  g_assert_cmpfloat (after[10].x, ==, before[10].x);
  g_assert_cmpfloat (after[10].y, ==, before[10].y);
  for (guint i = 0; i < BIG_N; i++)
    if (after[i].x != before[i].x || after[i].y != before[i].y)
      moved++;
  g_assert_cmpuint (moved, >=, BIG_N - 3);

  /* Pinned nodes still pull: the hub's neighbours gather round it. */
  {
    double neighbours = 0, everyone = 0;
    guint n_neighbours = 0;

    for (guint e = 0; e < g.src->len; e++)
      {
        guint32 s = g_array_index (g.src, guint32, e), d = g_array_index (g.dst, guint32, e);

        if (s == 0 || d == 0)
          {
            neighbours += dist (after, 0, s == 0 ? d : s);
            n_neighbours++;
          }
      }
    for (guint i = 1; i < BIG_N; i++)
      everyone += dist (after, 0, i);
    g_assert_cmpuint (n_neighbours, >, 5);
    g_assert_cmpfloat (neighbours / n_neighbours, <, 0.75 * everyone / (BIG_N - 1));
  }

  /* Freed, it moves again. */
  tautan_layout_set_pinned (layout, 0, FALSE);
  g_assert_false (tautan_layout_get_pinned (layout, 0));
  tautan_layout_step (layout, 5);
  g_free (after);
  after = positions (layout);
  g_assert_true (after[0].x != far.x || after[0].y != far.y);
}

/* networkx's random_partition_graph ([size] * groups, p_in, p_out), as
 * bench-layout.c builds it: every pair inside a group with p_in, across
 * groups with p_out. */
static void
graph_init_partition (Graph  *g,
                      guint   groups,
                      guint   size,
                      double  p_in,
                      double  p_out,
                      guint   seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  guint n = groups * size;
  double log_q = log (1.0 - p_out);

  graph_init (g, n);
  for (guint c = 0; c < groups; c++)
    for (guint u = 0; u < size; u++)
      for (guint v = u + 1; v < size; v++)
        if (g_rand_double (rand) < p_in)
          graph_add (g, c * size + u, c * size + v);
  /* Across groups by geometric skips over the pairs. */
  for (guint u = 0; u < n; u++)
    {
      gint64 v = (gint64)(u / size + 1) * size - 1;

      for (;;)
        {
          v += 1 + (gint64)floor (log (1.0 - g_rand_double (rand)) / log_q);
          if (v >= n)
            break;
          graph_add (g, u, (guint32)v);
        }
    }
}

/* bench-layout.c's metric: mean edge length over the median distance
 * between random pairs of nodes; about 1 for a random placement. */
static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

static double
quality (Graph             *g,
         const TautanPoint *p)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autofree double *d = g_new (double, 20000);
  double sum = 0;

  for (guint e = 0; e < g->src->len; e++)
    sum += dist (p, g_array_index (g->src, guint32, e), g_array_index (g->dst, guint32, e));
  for (guint k = 0; k < 20000; k++)
    {
      guint a = g_rand_int_range (rand, 0, g->n), b;

      do
        b = g_rand_int_range (rand, 0, g->n);
      while (b == a);
      d[k] = dist (p, a, b);
    }
  qsort (d, 20000, sizeof *d, compare_doubles);
  return (sum / g->src->len) / d[10000];
}

/* The graph of @g in the layout's CSR form, unit springs. */
static void
graph_to_csr (Graph             *g,
              TautanLayoutGraph *csr)
{
  g_autofree guint32 *fill = NULL;

  csr->n_nodes = g->n;
  csr->adj_start = g_new0 (guint32, g->n + 1);
  for (guint e = 0; e < g->src->len; e++)
    {
      csr->adj_start[g_array_index (g->src, guint32, e) + 1]++;
      csr->adj_start[g_array_index (g->dst, guint32, e) + 1]++;
    }
  for (guint i = 0; i < g->n; i++)
    csr->adj_start[i + 1] += csr->adj_start[i];
  csr->adj = g_new (guint32, MAX (csr->adj_start[g->n], 1));
  csr->adj_weight = g_new (float, MAX (csr->adj_start[g->n], 1));
  fill = g_memdup2 (csr->adj_start, (g->n + 1) * sizeof (guint32));
  for (guint e = 0; e < g->src->len; e++)
    {
      guint32 a = g_array_index (g->src, guint32, e), b = g_array_index (g->dst, guint32, e);

      csr->adj[fill[a]] = b;
      csr->adj_weight[fill[a]++] = 1;
      csr->adj[fill[b]] = a;
      csr->adj_weight[fill[b]++] = 1;
    }
}

/* Checks one round of coarsening of @fine: every fine node has exactly
 * one coarse parent, every coarse node one or two children, masses add
 * up, and the coarse springs are the fine ones across coarse nodes. */
static void
check_coarsening (const TautanLayoutGraph *fine,
                  const guint32           *parent,
                  const TautanLayoutGraph *coarse)
{
  g_autofree guint *children = g_new0 (guint, MAX (coarse->n_nodes, 1));
  g_autofree double *mass = g_new0 (double, MAX (coarse->n_nodes, 1));
  double fine_across = 0, coarse_total = 0, fine_mass = 0, coarse_mass = 0;

  g_assert_nonnull (coarse->mass);
  for (guint32 u = 0; u < fine->n_nodes; u++)
    {
      float m = fine->mass != NULL ? fine->mass[u] : 1.0f;

      g_assert_cmpuint (parent[u], <, coarse->n_nodes);
      children[parent[u]]++;
      mass[parent[u]] += m;
      fine_mass += m;
      for (guint32 e = fine->adj_start[u]; e < fine->adj_start[u + 1]; e++)
        if (parent[fine->adj[e]] != parent[u])
          fine_across += fine->adj_weight[e];
    }
  for (guint32 c = 0; c < coarse->n_nodes; c++)
    {
      g_assert_cmpuint (children[c], >=, 1);
      g_assert_cmpuint (children[c], <=, 2);
      g_assert_cmpfloat_with_epsilon (coarse->mass[c], mass[c], 1e-3);
      coarse_mass += coarse->mass[c];
      for (guint32 e = coarse->adj_start[c]; e < coarse->adj_start[c + 1]; e++)
        {
          guint32 d = coarse->adj[e];
          gboolean back = FALSE;

          g_assert_cmpuint (d, <, coarse->n_nodes);
          g_assert_cmpuint (d, !=, c);
          coarse_total += coarse->adj_weight[e];
          /* Symmetric, with the same weight both ways, and no repeats. */
          for (guint32 f = coarse->adj_start[d]; f < coarse->adj_start[d + 1]; f++)
            if (coarse->adj[f] == c)
              {
                g_assert_false (back);
                g_assert_cmpfloat (coarse->adj_weight[f], ==, coarse->adj_weight[e]);
                back = TRUE;
              }
          g_assert_true (back);
        }
    }
  g_assert_cmpfloat_with_epsilon (coarse_mass, fine_mass, 1e-3 * fine_mass);
  g_assert_cmpfloat_with_epsilon (coarse_total, fine_across, 1e-3 * MAX (fine_across, 1));
}

static void
test_coarsen (void)
{
  g_auto(Graph) g = { 0 };
  TautanLayoutGraph level = { 0 };
  guint n_ba = 2000, n_star = 301, n_isolated = 51, n, rounds = 0;

  /* Hubs and leaves, a star (matching alone leaves all but one leaf
   * alone), and isolated nodes (no neighbour to match). */
  graph_init_ba (&g, n_ba, 13);
  n = n_ba + n_star + n_isolated;
  g.n = n;
  for (guint32 leaf = n_ba + 1; leaf < n_ba + n_star; leaf++)
    graph_add (&g, n_ba, leaf);
  graph_to_csr (&g, &level);

  while (level.n_nodes > 1)
    {
      TautanLayoutGraph coarse = { 0 };
      TautanLayoutGraph again = { 0 };
      g_autofree guint32 *parent = g_new (guint32, level.n_nodes);
      g_autofree guint32 *parent_again = g_new (guint32, level.n_nodes);
      guint n_coarse = _tautan_layout_coarsen (&level, 5 + rounds, parent, &coarse);

      g_assert_cmpuint (n_coarse, ==, coarse.n_nodes);
      check_coarsening (&level, parent, &coarse);

      /* Every round nearly halves it, stars and all. */
      g_assert_cmpuint (n_coarse, <, level.n_nodes);
      if (level.n_nodes > 100)
        g_assert_cmpuint (n_coarse, <, 0.7 * level.n_nodes);

      /* The same seed, the same coarse graph. */
      g_assert_cmpuint (_tautan_layout_coarsen (&level, 5 + rounds, parent_again, &again), ==, n_coarse);
      g_assert_cmpmem (parent, level.n_nodes * sizeof *parent,
                       parent_again, level.n_nodes * sizeof *parent);
      g_assert_cmpmem (coarse.adj, coarse.adj_start[n_coarse] * sizeof (guint32),
                       again.adj, again.adj_start[n_coarse] * sizeof (guint32));
      _tautan_layout_graph_clear (&again);

      _tautan_layout_graph_clear (&level);
      level = coarse;
      rounds++;
    }
  g_assert_cmpuint (level.n_nodes, ==, 1);
  g_assert_cmpfloat_with_epsilon (level.mass[0], n, 1e-3 * n);
  g_assert_cmpuint (rounds, <, 20);
  _tautan_layout_graph_clear (&level);
}

/* The multilevel path on a 20,000-node planted partition (bench-layout's
 * layout_quality_20k graph, 100 groups of 200): groups come out as
 * tight, separate blobs. Release builds measure 0.167 (a random placement
 * 1.02, the single-level layout 0.170); the bound leaves a margin. */
#define MULTILEVEL_QUALITY_MAX 0.22

static void
test_multilevel_quality (void)
{
  g_auto(Graph) g = { 0 };
  g_autoptr(TautanLayout) layout = NULL;
  g_autofree TautanPoint *p = NULL;
  double initial, settled;
  guint iterations;

  graph_init_partition (&g, 100, 200, 0.03, 0.00005, 42);
  layout = graph_layout (&g, 1);
  p = positions (layout);
  initial = quality (&g, p);
  g_assert_cmpfloat (initial, >, 0.8);

  tautan_layout_step (layout, 1);
  g_assert_cmpuint (_tautan_layout_get_n_levels (layout), >=, 4);
  iterations = settle (layout, 5000);
  g_assert_cmpuint (iterations, <, 5000);
  g_clear_pointer (&p, g_free);
  p = positions (layout);
  settled = quality (&g, p);
  g_test_message ("multilevel quality %.3f (initial %.3f), %u levels, %u iterations",
                  settled, initial, _tautan_layout_get_n_levels (layout), iterations + 1);
  g_assert_cmpfloat (settled, <, MULTILEVEL_QUALITY_MAX);
  assert_finite (layout);
}

static int
compare_points (gconstpointer a,
                gconstpointer b)
{
  const TautanPoint *p = a, *q = b;

  if (p->x != q->x)
    return p->x < q->x ? -1 : 1;
  return (p->y > q->y) - (p->y < q->y);
}

/* How many of @n points sit exactly where another one does. */
static guint
count_shared (const TautanPoint *p,
              guint              n)
{
  g_autofree TautanPoint *sorted = g_memdup2 (p, n * sizeof *p);
  guint shared = 0;

  qsort (sorted, n, sizeof *sorted, compare_points);
  for (guint i = 0; i < n; i++)
    if ((i > 0 && compare_points (&sorted[i], &sorted[i - 1]) == 0) ||
        (i + 1 < n && compare_points (&sorted[i], &sorted[i + 1]) == 0))
      shared++;
  return shared;
}

/* Pins and determinism hold on the multilevel path: pinned nodes never
 * move, even while coarse levels run, and the same seed gives the same
 * positions on one thread or two. */
static void
test_multilevel_pinned (void)
{
  g_auto(Graph) g = { 0 };
  g_autoptr(TautanLayout) layout = NULL;
  g_autoptr(TautanLayout) one_thread = NULL;
  g_autofree TautanPoint *p = NULL;
  g_autofree TautanPoint *p1 = NULL;
  const TautanPoint far = { 60.0f, -45.0f };
  TautanPoint mid;
  guint64 generation;
  guint iterations, stacked, first = 0;

  graph_init_ba (&g, 6000, 17);
  layout = graph_layout (&g, 4);
  one_thread = graph_layout (&g, 4);
  _tautan_layout_set_n_threads (layout, 2);
  _tautan_layout_set_n_threads (one_thread, 1);

  /* A hub far out, before the first iteration... */
  tautan_layout_set_position (layout, 0, far, TRUE);
  tautan_layout_set_position (one_thread, 0, far, TRUE);
  generation = tautan_layout_get_generation (layout);
  while (tautan_layout_get_generation (layout) == generation && first < 1000)
    {
      tautan_layout_step (layout, 1);
      first++;
    }
  g_assert_cmpuint (_tautan_layout_get_n_levels (layout), >, 0);

  /* ...and a leaf pinned where it is while a coarse level runs: the
   * layout shows children on their parents then, so many share a spot. */
  p = positions (layout);
  stacked = count_shared (p, g.n);
  mid = p[g.n - 1];
  tautan_layout_set_pinned (layout, g.n - 1, TRUE);
  tautan_layout_step (one_thread, first);
  tautan_layout_set_pinned (one_thread, g.n - 1, TRUE);
  g_clear_pointer (&p, g_free);

  iterations = settle (layout, 5000);
  g_assert_cmpuint (iterations, <, 5000);
  tautan_layout_step (one_thread, iterations);
  p = positions (layout);
  p1 = positions (one_thread);
  g_assert_cmpfloat (p[0].x, ==, far.x);
  g_assert_cmpfloat (p[0].y, ==, far.y);
  g_assert_cmpfloat (p[g.n - 1].x, ==, mid.x);
  g_assert_cmpfloat (p[g.n - 1].y, ==, mid.y);
  g_assert_cmpmem (p, g.n * sizeof *p, p1, g.n * sizeof *p1);
  assert_finite (layout);

  /* The layout has spread out: no two nodes share a spot any more. */
  g_assert_cmpuint (stacked, >, g.n / 4);
  g_assert_cmpuint (count_shared (p, g.n), ==, 0);

}

static void
test_path (void)
{
  g_auto(Graph) g = { 0 };
  g_autoptr(TautanLayout) layout = NULL;
  g_autofree TautanPoint *p = NULL;
  const guint n = 24;
  double neighbours = 0, others = 0;
  guint n_others = 0;

  graph_init (&g, n);
  for (guint i = 0; i + 1 < n; i++)
    graph_add (&g, i, i + 1);
  layout = graph_layout (&g, 5);
  g_assert_cmpuint (settle (layout, 5000), <, 5000);
  p = positions (layout);

  for (guint i = 0; i + 1 < n; i++)
    neighbours += dist (p, i, i + 1);
  neighbours /= n - 1;
  for (guint i = 0; i < n; i++)
    for (guint j = i + 2; j < n; j++)
      {
        others += dist (p, i, j);
        n_others++;
      }
  others /= n_others;

  g_assert_cmpfloat (neighbours, <, others / 3);
  /* Stretched out, not folded up: the ends are far apart. */
  g_assert_cmpfloat (dist (p, 0, n - 1), >, 5 * neighbours);
  /* Units are about an edge long. */
  g_assert_cmpfloat (neighbours, >, 0.2);
  g_assert_cmpfloat (neighbours, <, 5);
}

static void
test_two_cliques (void)
{
  g_auto(Graph) g = { 0 };
  g_autoptr(TautanLayout) layout = NULL;
  g_autofree TautanPoint *p = NULL;
  const guint k = 12;
  double inside = 0, between = G_MAXDOUBLE;
  guint n_inside = 0;

  graph_init (&g, 2 * k);
  for (guint c = 0; c < 2; c++)
    for (guint i = 0; i < k; i++)
      for (guint j = i + 1; j < k; j++)
        graph_add (&g, c * k + i, c * k + j);
  layout = graph_layout (&g, 9);
  g_assert_cmpuint (settle (layout, 5000), <, 5000);
  p = positions (layout);

  for (guint c = 0; c < 2; c++)
    for (guint i = 0; i < k; i++)
      for (guint j = i + 1; j < k; j++)
        {
          inside += dist (p, c * k + i, c * k + j);
          n_inside++;
        }
  inside /= n_inside;
  for (guint i = 0; i < k; i++)
    for (guint j = 0; j < k; j++)
      between = MIN (between, dist (p, i, k + j));

  /* The closest pair across is farther apart than a typical pair inside. */
  g_assert_cmpfloat (between, >, inside);
}

/* A free hub amid pinned leaves spaced evenly round it feels no net
 * force, whatever its degree: each spring pulls once. (The springs'
 * terms are computed four at a time, the last group short.) */
static void
test_spring_sums (void)
{
  for (guint d = 2; d <= 9; d++)
    {
      g_autoptr(TautanLayout) layout = NULL;
      g_autofree guint32 *src = g_new (guint32, d);
      g_autofree guint32 *dst = g_new (guint32, d);
      TautanPoint p[10];

      for (guint k = 0; k < d; k++)
        {
          src[k] = 0;
          dst[k] = k + 1;
        }
      layout = tautan_layout_new (d + 1, src, dst, NULL, d, 1);
      _tautan_layout_set_prevent_overlap (layout, FALSE);
      tautan_layout_set_position (layout, 0, (TautanPoint) { 0, 0 }, FALSE);
      for (guint k = 0; k < d; k++)
        {
          double a = 2 * G_PI * k / d;

          tautan_layout_set_position (layout, k + 1, (TautanPoint) { 3 * cos (a), 3 * sin (a) }, TRUE);
        }
      tautan_layout_step (layout, 1);
      tautan_layout_get_positions (layout, p);
      g_assert_cmpfloat (hypot (p[0].x, p[0].y), <, 1e-3);
    }
}

/* The springs' pull is, bit for bit, one spring at a time in the order
 * the springs were given, whatever the degrees of the nodes that share a
 * vector (0 to 40 springs here, weights, two nodes on one spot, a
 * self-loop, a repeated spring), so positions are those of the scalar
 * loop the layout had before. */
static void
test_spring_forces (void)
{
  const guint n = 301;
  g_autoptr(GArray) src = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GArray) dst = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GArray) weight = g_array_new (FALSE, FALSE, sizeof (float));
  g_autoptr(TautanLayout) layout = NULL;
  g_autofree TautanPoint *at = g_new (TautanPoint, n);
  g_autofree float *fx = g_new (float, n);
  g_autofree float *fy = g_new (float, n);
  g_autofree float *ex = g_new0 (float, n);
  g_autofree float *ey = g_new0 (float, n);
  g_autoptr(GRand) rng = g_rand_new_with_seed (5);
  guint32 a7 = 7, b7 = 300;
  float w7 = 1;

  /* Node i (i < 41) is a hub with i springs to random others; the rest
   * have what the hubs give them. */
  for (guint32 i = 0; i < 41; i++)
    for (guint k = 0; k < i; k++)
      {
        guint32 other = (guint32)g_rand_int_range (rng, 0, n);
        float w = 0.5f + (float)g_rand_int_range (rng, 0, 8) / 4.0f;

        g_array_append_val (src, i);
        g_array_append_val (dst, other);
        g_array_append_val (weight, w);
      }
  /* Two nodes on one spot, joined. */
  g_array_append_val (src, a7);
  g_array_append_val (dst, b7);
  g_array_append_val (weight, w7);
  for (guint i = 0; i < n; i++)
    at[i] = (TautanPoint) { (float)g_rand_int_range (rng, 0, 2000) / 37.0f,
                            (float)g_rand_int_range (rng, 0, 2000) / 41.0f };
  at[7] = at[300];

  layout = tautan_layout_new (n, (const guint32 *)(gpointer)src->data, (const guint32 *)(gpointer)dst->data,
                              (const float *)(gpointer)weight->data, src->len, 1);
  _tautan_layout_get_spring_forces (layout, at, fx, fy);

  for (guint e = 0; e < src->len; e++)
    for (guint end = 0; end < 2; end++)
      {
        guint32 a = g_array_index (end == 0 ? src : dst, guint32, e);
        guint32 b = g_array_index (end == 0 ? dst : src, guint32, e);
        float dx = at[b].x - at[a].x, dy = at[b].y - at[a].y;
        float d = sqrtf (dx * dx + dy * dy);

        if (a == b || !(d > 0))
          continue;
        ex[a] += dx * (g_array_index (weight, float, e) * _tautan_layout_fast_log1p (d) / d);
        ey[a] += dy * (g_array_index (weight, float, e) * _tautan_layout_fast_log1p (d) / d);
      }
  g_assert_cmpmem (fx, n * sizeof (float), ex, n * sizeof (float));
  g_assert_cmpmem (fy, n * sizeof (float), ey, n * sizeof (float));
}

/* A hub and its leaves, laid out: published nodes keep their radii clear,
 * hubs more than leaves, and the forces are the same either way. */
static void
test_prevent_overlap (void)
{
  g_auto(Graph) g = { 0 };
  g_autoptr(TautanLayout) layout = NULL;
  g_autofree TautanPoint *p = NULL;
  const guint n = 40;

  graph_init (&g, n);
  for (guint i = 1; i < n; i++)
    graph_add (&g, 0, i);
  for (guint i = 1; i + 1 < 10; i++)
    graph_add (&g, i, i + 1);
  layout = graph_layout (&g, 9);
  _tautan_layout_set_prevent_overlap (layout, TRUE);
  g_assert_cmpuint (settle (layout, 5000), <, 5000);
  p = positions (layout);

  g_assert_cmpfloat (_tautan_layout_get_node_radius (layout, 0), >, _tautan_layout_get_node_radius (layout, 20));
  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      {
        float min = _tautan_layout_get_node_radius (layout, i) + _tautan_layout_get_node_radius (layout, j);

        /* A few passes leave at most a sliver of overlap. */
        g_assert_cmpfloat (dist (p, i, j), >, 0.8 * min);
      }

  _tautan_layout_set_prevent_overlap (layout, FALSE);
  g_assert_cmpfloat (_tautan_layout_get_node_radius (layout, 0), ==, 0);
}

static void
test_settles (void)
{
  g_auto(Graph) g = { 0 };
  g_autoptr(TautanLayout) layout = NULL;
  g_autofree TautanPoint *p = NULL;
  g_autofree TautanPoint *q = NULL;
  float moved, threshold;
  guint iterations;

  graph_init_ba (&g, 200, 11);
  layout = graph_layout (&g, 3);
  g_assert_false (tautan_layout_is_settled (layout));

  /* The cooling cap guarantees it; in practice it takes ~300. */
  iterations = settle (layout, 1000);
  g_assert_cmpuint (iterations, <, 1000);
  g_assert_true (tautan_layout_is_settled (layout));
  g_assert_cmpuint (tautan_layout_get_iterations (layout), ==, iterations);
  _tautan_layout_get_motion (layout, &moved, &threshold);
  g_assert_cmpfloat (moved, <, threshold);

  /* Settled means still: the next iteration moves nodes by a hair, and
   * the motion reported is the motion seen. */
  p = positions (layout);
  tautan_layout_step (layout, 1);
  q = positions (layout);
  {
    double mean = 0;

    for (guint i = 0; i < g.n; i++)
      mean += hypot (q[i].x - p[i].x, q[i].y - p[i].y);
    mean /= g.n;
    _tautan_layout_get_motion (layout, &moved, &threshold);
    g_assert_cmpfloat (fabs (mean - moved), <, 1e-3 * threshold + 1e-6);
    g_assert_cmpfloat (mean, <, threshold);
    g_assert_true (tautan_layout_is_settled (layout));
  }

  /* A nudge unsettles it, and it settles again. */
  tautan_layout_set_position (layout, 5, (TautanPoint) { p[5].x + 3, p[5].y }, FALSE);
  g_assert_false (tautan_layout_is_settled (layout));
  g_assert_cmpuint (settle (layout, 1000), <, 1000);
}

typedef struct
{
  TautanLayout *layout;
  GMainLoop    *loop;
} Wait;

static gboolean
poll_cb (gpointer data)
{
  Wait *w = data;

  if (tautan_layout_is_running (w->layout))
    return G_SOURCE_CONTINUE;
  g_main_loop_quit (w->loop);
  return G_SOURCE_REMOVE;
}

static gboolean
deadline_cb (gpointer data)
{
  g_error ("the layout thread did not settle in time");
  return G_SOURCE_REMOVE;
}

/* Runs a main loop until the worker stops, failing after @seconds. */
static void
wait_until_stopped (TautanLayout *layout,
                    guint         seconds)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  Wait w = { layout, loop };
  guint deadline_id = g_timeout_add_seconds (seconds, deadline_cb, NULL);

  /* poll_cb removes itself when it quits the loop. */
  g_timeout_add (2, poll_cb, &w);
  g_main_loop_run (loop);
  g_clear_handle_id (&deadline_id, g_source_remove);
}

static void
test_thread (void)
{
  g_auto(Graph) g = { 0 };
  g_autoptr(TautanLayout) threaded = NULL;
  g_autoptr(TautanLayout) stepped = NULL;
  g_autofree TautanPoint *pt = NULL;
  g_autofree TautanPoint *ps = NULL;
  guint64 generation;
  guint iterations;

  graph_init_ba (&g, BIG_N, 21);
  threaded = graph_layout (&g, 8);
  stepped = graph_layout (&g, 8);
  generation = tautan_layout_get_generation (threaded);

  tautan_layout_start (threaded);
  g_assert_true (tautan_layout_is_running (threaded));
  wait_until_stopped (threaded, 120);

  g_assert_true (tautan_layout_is_settled (threaded));
  iterations = tautan_layout_get_iterations (threaded);
  g_assert_cmpuint (iterations, >, 0);
  g_assert_cmpuint (tautan_layout_get_generation (threaded), >=, generation + iterations);

  /* The thread computed exactly what the same iterations give here. */
  tautan_layout_step (stepped, iterations);
  pt = positions (threaded);
  ps = positions (stepped);
  g_assert_cmpmem (pt, BIG_N * sizeof *pt, ps, BIG_N * sizeof *ps);

  /* Start on a settled layout does nothing; stop twice is harmless. */
  tautan_layout_start (threaded);
  g_assert_false (tautan_layout_is_running (threaded));
  tautan_layout_stop (threaded);
  tautan_layout_stop (threaded);
  g_assert_cmpuint (tautan_layout_get_iterations (threaded), ==, iterations);
}

static void
test_stop (void)
{
  g_auto(Graph) g = { 0 };
  g_autoptr(TautanLayout) layout = NULL;
  guint iterations;

  graph_init_ba (&g, BIG_N, 4);
  layout = graph_layout (&g, 2);
  tautan_layout_start (layout);
  tautan_layout_stop (layout);
  g_assert_false (tautan_layout_is_running (layout));
  iterations = tautan_layout_get_iterations (layout);
  g_assert_false (tautan_layout_is_settled (layout));

  /* Nothing runs behind our back once stopped. */
  tautan_layout_step (layout, 2);
  g_assert_cmpuint (tautan_layout_get_iterations (layout), ==, iterations + 2);

  /* Finalising a running layout joins its thread (ASan would see it). */
  tautan_layout_start (layout);
}

/* On the multilevel path too, the worker computes what stepping does,
 * stops when asked (even while coarse levels run), and can be turned off. */
static void
test_multilevel_thread (void)
{
  g_auto(Graph) g = { 0 };
  g_autoptr(TautanLayout) threaded = NULL;
  g_autoptr(TautanLayout) stepped = NULL;
  g_autoptr(TautanLayout) stopped = NULL;
  g_autoptr(TautanLayout) single = NULL;
  g_autoptr(TautanLayout) placed = NULL;
  g_autoptr(TautanLayout) during = NULL;
  g_autofree TautanPoint *pt = NULL;
  g_autofree TautanPoint *ps = NULL;
  guint iterations;

  graph_init_ba (&g, 6000, 23);
  threaded = graph_layout (&g, 8);
  stepped = graph_layout (&g, 8);
  tautan_layout_start (threaded);
  wait_until_stopped (threaded, 300);
  g_assert_true (tautan_layout_is_settled (threaded));
  g_assert_cmpuint (_tautan_layout_get_n_levels (threaded), >, 0);
  iterations = tautan_layout_get_iterations (threaded);
  tautan_layout_step (stepped, iterations);
  g_assert_true (tautan_layout_is_settled (stepped));
  pt = positions (threaded);
  ps = positions (stepped);
  g_assert_cmpmem (pt, g.n * sizeof *pt, ps, g.n * sizeof *ps);

  stopped = graph_layout (&g, 8);
  tautan_layout_start (stopped);
  tautan_layout_stop (stopped);
  g_assert_false (tautan_layout_is_running (stopped));
  g_assert_false (tautan_layout_is_settled (stopped));
  iterations = tautan_layout_get_iterations (stopped);
  tautan_layout_step (stopped, 2);
  g_assert_cmpuint (tautan_layout_get_iterations (stopped), ==, iterations + 2);
  assert_finite (stopped);

  single = graph_layout (&g, 8);
  _tautan_layout_set_multilevel (single, FALSE);
  tautan_layout_step (single, 1);
  g_assert_cmpuint (_tautan_layout_get_n_levels (single), ==, 0);

  /* A free node placed before the first iteration (a workspace's
   * positions): the full graph starts from the positions given. */
  placed = graph_layout (&g, 8);
  tautan_layout_set_position (placed, 5, (TautanPoint) { 3.0f, 4.0f }, FALSE);
  tautan_layout_step (placed, 1);
  g_assert_cmpuint (_tautan_layout_get_n_levels (placed), ==, 0);

  /* Placed while coarse levels run: they end, and it settles from there. */
  during = graph_layout (&g, 8);
  tautan_layout_step (during, 2);
  g_assert_cmpuint (_tautan_layout_get_n_levels (during), >, 0);
  tautan_layout_set_position (during, 5, (TautanPoint) { 3.0f, 4.0f }, FALSE);
  g_clear_pointer (&pt, g_free);
  pt = positions (during);
  g_assert_cmpfloat (pt[5].x, ==, 3.0f);
  g_assert_cmpfloat (pt[5].y, ==, 4.0f);
  g_assert_cmpuint (settle (during, 5000), <, 5000);
  assert_finite (during);
}

/* Waits for @done (a condition another thread makes true), failing after
 * a minute rather than hanging. */
#define WAIT_FOR(done) \
  G_STMT_START { \
    gint64 deadline_ = g_get_monotonic_time () + 60 * G_USEC_PER_SEC; \
    while (!(done)) \
      { \
        g_assert_cmpint (g_get_monotonic_time (), <, deadline_); \
        g_usleep (1000); \
      } \
  } G_STMT_END

/* A held layout's worker runs no iteration until it is let go; it can
 * be stopped meanwhile; tautan_layout_step() is not held. */
static void
test_hold (void)
{
  g_auto(Graph) g = { 0 };
  g_autoptr(TautanLayout) layout = NULL;
  g_autoptr(TautanLayout) stopped = NULL;

  graph_init_ba (&g, 6000, 23);
  layout = graph_layout (&g, 8);
  tautan_layout_hold (layout, TRUE);
  g_assert_true (tautan_layout_get_held (layout));
  tautan_layout_start (layout);
  g_assert_true (tautan_layout_is_running (layout));
  WAIT_FOR (_tautan_layout_get_waiting (layout));
  g_assert_cmpuint (tautan_layout_get_iterations (layout), ==, 0);
  g_assert_true (tautan_layout_is_running (layout));
  tautan_layout_hold (layout, FALSE);
  g_assert_false (tautan_layout_get_held (layout));
  WAIT_FOR (tautan_layout_get_iterations (layout) > 0);
  g_assert_false (_tautan_layout_get_waiting (layout));
  tautan_layout_stop (layout);

  stopped = graph_layout (&g, 8);
  tautan_layout_hold (stopped, TRUE);
  tautan_layout_start (stopped);
  WAIT_FOR (_tautan_layout_get_waiting (stopped));
  tautan_layout_stop (stopped);
  g_assert_false (tautan_layout_is_running (stopped));
  g_assert_cmpuint (tautan_layout_get_iterations (stopped), ==, 0);
  tautan_layout_step (stopped, 2);
  g_assert_cmpuint (tautan_layout_get_iterations (stopped), ==, 2);
}

/* Coarse levels iterate one at a time, before the full graph does: they
 * use its scratch and allocate none, and lay out as before (the threaded
 * and stepped runs above agree, and settle). */
static void
test_multilevel_scratch (void)
{
  g_auto(Graph) g = { 0 };
  g_autoptr(TautanLayout) multi = NULL;
  g_autoptr(TautanLayout) single = NULL;

  graph_init_ba (&g, 6000, 23);
  multi = graph_layout (&g, 8);
  single = graph_layout (&g, 8);
  _tautan_layout_set_multilevel (single, FALSE);
  tautan_layout_step (multi, 1);
  tautan_layout_step (single, 1);
  g_assert_cmpuint (_tautan_layout_get_n_levels (multi), >=, 3);
  g_assert_cmpuint (_tautan_layout_get_scratch_bytes (multi), ==, _tautan_layout_get_scratch_bytes (single));
  g_assert_cmpuint (settle (multi, 5000), <, 5000);
  assert_finite (multi);
}

static void
test_set_position_running (void)
{
  g_auto(Graph) g = { 0 };
  g_autoptr(TautanLayout) layout = NULL;
  g_autofree TautanPoint *p = NULL;
  TautanPoint target;
  float x0, y0, x1, y1;
  double neighbours = 0, everyone = 0;
  guint n_neighbours = 0;
  guint iterations;

  graph_init_ba (&g, BIG_N, 5);
  layout = graph_layout (&g, 6);
  tautan_layout_get_bounds (layout, &x0, &y0, &x1, &y1);
  target = (TautanPoint) { x1 + (x1 - x0) / 4, y1 };
  tautan_layout_start (layout);

  /* Pin a hub outside while the thread runs (or has just settled). */
  tautan_layout_set_position (layout, 1, target, TRUE);
  p = positions (layout);
  g_assert_cmpfloat (p[1].x, ==, target.x);
  g_assert_cmpfloat (p[1].y, ==, target.y);
  g_assert_false (tautan_layout_is_settled (layout));

  wait_until_stopped (layout, 120);
  g_assert_true (tautan_layout_is_settled (layout));
  g_free (p);
  p = positions (layout);
  g_assert_cmpfloat (p[1].x, ==, target.x);
  g_assert_cmpfloat (p[1].y, ==, target.y);

  /* Its neighbours followed it out. */
  for (guint e = 0; e < g.src->len; e++)
    {
      guint32 s = g_array_index (g.src, guint32, e), d = g_array_index (g.dst, guint32, e);

      if (s == 1 || d == 1)
        {
          neighbours += dist (p, 1, s == 1 ? d : s);
          n_neighbours++;
        }
    }
  for (guint i = 0; i < BIG_N; i++)
    everyone += dist (p, 1, i);
  g_assert_cmpuint (n_neighbours, >, 5);
  g_assert_cmpfloat (neighbours / n_neighbours, <, 0.75 * everyone / BIG_N);

  /* A started layout that settled wakes up for the next move. */
  iterations = tautan_layout_get_iterations (layout);
  tautan_layout_set_position (layout, 2, (TautanPoint) { x0, y0 }, FALSE);
  wait_until_stopped (layout, 120);
  g_assert_cmpuint (tautan_layout_get_iterations (layout), >, iterations);
  g_assert_true (tautan_layout_is_settled (layout));
  tautan_layout_stop (layout);
  assert_finite (layout);
}

static void
test_same_spot (void)
{
  g_auto(Graph) g = { 0 };
  g_autoptr(TautanLayout) layout = NULL;
  g_autofree TautanPoint *p = NULL;

  /* Two leaves of one hub, dropped on the same spot: symmetric forces
   * would keep them together forever without a nudge. */
  graph_init (&g, 3);
  graph_add (&g, 0, 1);
  graph_add (&g, 0, 2);
  layout = graph_layout (&g, 1);
  tautan_layout_set_position (layout, 1, (TautanPoint) { 2, 2 }, FALSE);
  tautan_layout_set_position (layout, 2, (TautanPoint) { 2, 2 }, FALSE);
  settle (layout, 2000);
  p = positions (layout);
  g_assert_cmpfloat (dist (p, 1, 2), >, 0.2);
  assert_finite (layout);
}

static void
test_tiny (void)
{
  g_autoptr(TautanLayout) empty = tautan_layout_new (0, NULL, NULL, NULL, 0, 1);
  g_autoptr(TautanLayout) single = tautan_layout_new (1, NULL, NULL, NULL, 0, 1);
  const guint32 loop_src[] = { 0, 0 }, loop_dst[] = { 0, 1 };
  g_autoptr(TautanLayout) pair = tautan_layout_new (2, loop_src, loop_dst, NULL, 2, 1);
  g_autofree TautanPoint *p = NULL;
  float x0 = 1, y0 = 1, x1 = 1, y1 = 1;

  g_assert_cmpuint (tautan_layout_get_n_nodes (empty), ==, 0);
  g_assert_true (tautan_layout_is_settled (empty));
  tautan_layout_step (empty, 3);
  tautan_layout_get_positions (empty, NULL);
  tautan_layout_get_bounds (empty, &x0, &y0, &x1, &y1);
  g_assert_cmpfloat (x0, ==, 0);
  g_assert_cmpfloat (y1, ==, 0);
  tautan_layout_start (empty);
  tautan_layout_stop (empty);

  g_assert_cmpuint (settle (single, 1000), <, 1000);
  assert_finite (single);

  /* The self-loop is ignored; the pair settles about an edge apart. */
  g_assert_cmpuint (settle (pair, 2000), <, 2000);
  assert_finite (pair);
  p = positions (pair);
  g_assert_cmpfloat (dist (p, 0, 1), >, 0.1);
  g_assert_cmpfloat (dist (p, 0, 1), <, 5);
}

static void
test_dataset (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanDataset) ds = NULL;
  g_autoptr(TautanLayout) layout = NULL;
  g_autoptr(TautanSlice) slice = NULL;
  g_autofree TautanPoint *p = NULL;
  TautanTimeSpan span;
  double joined = 0, all = 0;
  guint n_joined = 0, n_all = 0;
  guint n;

  ds = tautan_dataset_load_resource (RESOURCE_PREFIX "/datasets/korea-russia.json", &error);
  g_assert_no_error (error);
  layout = tautan_layout_new_for_dataset (ds, 1);
  n = tautan_layout_get_n_nodes (layout);
  g_assert_cmpuint (n, ==, tautan_dataset_get_n_entities (ds));
  g_assert_cmpuint (n, ==, 29);

  g_assert_cmpuint (settle (layout, 3000), <, 3000);
  assert_finite (layout);
  p = positions (layout);

  /* Entities that met, backed or accused each other end up closer than
   * entities in general. */
  span = tautan_dataset_get_span (ds);
  slice = tautan_slice_new (ds, &span, TRUE);
  g_assert_cmpuint (tautan_slice_get_n_edges (slice), >, 10);
  for (guint e = 0; e < tautan_slice_get_n_edges (slice); e++)
    {
      const TautanSliceEdge *edge = tautan_slice_get_edge (slice, e);

      if (edge->source == edge->target)
        continue;
      joined += dist (p, edge->source, edge->target);
      n_joined++;
    }
  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      {
        all += dist (p, i, j);
        n_all++;
      }
  g_assert_cmpfloat (joined / n_joined, <, 0.6 * all / n_all);

  /* Same dataset, same seed, same picture. */
  {
    g_autoptr(TautanLayout) again = tautan_layout_new_for_dataset (ds, 1);
    g_autofree TautanPoint *q = NULL;

    tautan_layout_step (again, tautan_layout_get_iterations (layout));
    q = positions (again);
    g_assert_cmpmem (p, n * sizeof *p, q, n * sizeof *q);
  }
}

/* The springs of a dataset's layout are its edges over the whole span,
 * both directions of a pair one spring of 1 + ln (events): the layout
 * read from the dataset's edge table is the one built from a window over
 * everything, spring for spring and step for step. */
static int
compare_springs (gconstpointer a,
                 gconstpointer b)
{
  guint64 x = *(const guint64 *)a >> 24, y = *(const guint64 *)b >> 24;

  return (x > y) - (x < y);
}

static void
test_dataset_springs (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanDataset) ds = NULL;
  g_autoptr(TautanLayout) layout = NULL;
  g_autoptr(TautanLayout) expected = NULL;
  g_autoptr(TautanSlice) slice = NULL;
  /* Per direction: the lower end, the higher end, the events (24 bits). */
  g_autoptr(GArray) pairs = g_array_new (FALSE, FALSE, sizeof (guint64));
  g_autoptr(GArray) src = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GArray) dst = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GArray) weights = g_array_new (FALSE, FALSE, sizeof (float));
  g_autofree TautanPoint *p = NULL;
  g_autofree TautanPoint *q = NULL;
  TautanTimeSpan span;
  guint n;

  ds = tautan_dataset_load_resource (RESOURCE_PREFIX "/datasets/korea-russia.json", &error);
  g_assert_no_error (error);
  n = tautan_dataset_get_n_entities (ds);
  span = tautan_dataset_get_span (ds);
  slice = tautan_slice_new (ds, &span, TRUE);
  for (guint e = 0; e < tautan_slice_get_n_edges (slice); e++)
    {
      const TautanSliceEdge *edge = tautan_slice_get_edge (slice, e);
      guint64 pair = (guint64)MIN (edge->source, edge->target) << 44 |
                     (guint64)MAX (edge->source, edge->target) << 24 | edge->count;

      g_assert_cmpuint (edge->count, <, 1 << 24);
      if (edge->source != edge->target)
        g_array_append_val (pairs, pair);
    }
  g_array_sort (pairs, compare_springs);
  for (guint k = 0; k < pairs->len;)
    {
      guint64 ends = g_array_index (pairs, guint64, k) >> 24;
      guint32 a = (guint32)(ends >> 20), b = (guint32)(ends & 0xfffff);
      guint count = 0;
      float w;

      for (; k < pairs->len && g_array_index (pairs, guint64, k) >> 24 == ends; k++)
        count += g_array_index (pairs, guint64, k) & 0xffffff;
      w = 1.0f + logf ((float)count);
      g_array_append_val (src, a);
      g_array_append_val (dst, b);
      g_array_append_val (weights, w);
    }
  /* The dataset has both directions of some pairs: they are merged. */
  g_assert_cmpuint (src->len, <, pairs->len);

  expected = tautan_layout_new (n, (guint32 *)(gpointer)src->data, (guint32 *)(gpointer)dst->data,
                                (float *)(gpointer)weights->data, src->len, 5);
  layout = tautan_layout_new_for_dataset (ds, 5);
  g_assert_cmpuint (tautan_layout_get_n_nodes (layout), ==, n);
  for (guint i = 0; i < n; i++)
    {
      guint n_a, n_b;
      const guint32 *x = tautan_layout_get_neighbours (layout, i, &n_a);
      const guint32 *y = tautan_layout_get_neighbours (expected, i, &n_b);

      g_assert_cmpmem (x, n_a * sizeof *x, y, n_b * sizeof *y);
    }
  tautan_layout_step (layout, 40);
  tautan_layout_step (expected, 40);
  p = positions (layout);
  q = positions (expected);
  g_assert_cmpmem (p, n * sizeof *p, q, n * sizeof *q);
}

static void
test_dataset_minimal (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanDataset) ds = NULL;
  g_autoptr(TautanLayout) layout = NULL;
  g_autofree TautanPoint *p = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "minimal.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  guint kim, putin, kcna;

  ds = tautan_dataset_load_file (file, FALSE, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  layout = tautan_layout_new_for_dataset (ds, 3);
  g_assert_cmpuint (tautan_layout_get_n_nodes (layout), ==, 3);
  g_assert_cmpuint (settle (layout, 2000), <, 2000);
  assert_finite (layout);
  p = positions (layout);

  /* Kim and Putin share events; KCNA only relays, so it has no spring. */
  kim = tautan_dataset_lookup_entity (ds, "kim");
  putin = tautan_dataset_lookup_entity (ds, "putin");
  kcna = tautan_dataset_lookup_entity (ds, "kcna");
  g_assert_cmpfloat (dist (p, kim, putin), <, dist (p, kim, kcna));
  g_assert_cmpfloat (dist (p, kim, putin), <, dist (p, putin, kcna));
}

static void
test_dataset_no_events (void)
{
  static const char json[] =
    "{\"format\":\"tautan-dataset\",\"version\":1,\"sources\":[],"
    "\"entities\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"state\"},"
    "{\"id\":\"b\",\"name\":\"B\",\"kind\":\"state\"}],\"events\":[],\"quotes\":[]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanDataset) ds = NULL;
  g_autoptr(TautanLayout) layout = NULL;

  ds = tautan_dataset_load_data (json, sizeof json - 1, "no-events.json", NULL, NULL, &error);
  g_assert_no_error (error);
  layout = tautan_layout_new_for_dataset (ds, 3);
  g_assert_cmpuint (tautan_layout_get_n_nodes (layout), ==, 2);
  g_assert_cmpuint (settle (layout, 2000), <, 2000);
  assert_finite (layout);
}

static void
test_cli (void)
{
  const char *binary = g_getenv ("TAUTAN_BINARY");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *edges = NULL;
  g_autofree char *out = NULL;
  g_autofree char *std_out = NULL;
  g_autofree char *std_err = NULL;
  g_autofree char *tsv = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  int status;

  if (binary == NULL)
    {
      g_test_skip ("TAUTAN_BINARY is not set");
      return;
    }

  dir = g_dir_make_tmp ("test-layout-XXXXXX", &error);
  g_assert_no_error (error);
  edges = g_build_filename (dir, "edges.txt", NULL);
  out = g_build_filename (dir, "out.tsv", NULL);
  g_file_set_contents (edges,
                       "# a triangle with a tail, and a separate pair\n"
                       "seoul  pyongyang\n"
                       "pyongyang\tmoscow\n"
                       "moscow seoul   # inline comment\n"
                       "\n"
                       "moscow minsk\n"
                       "kyiv warsaw\n",
                       -1, &error);
  g_assert_no_error (error);

  {
    const char *argv[] = { binary, "bench", "layout", "--edges", edges, "--iterations", "40",
                           "--positions", out, NULL };

    g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                  &std_out, &std_err, &status, &error);
    g_assert_no_error (error);
  }
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("tautan bench failed: %s", std_err);
  g_assert_nonnull (strstr (std_out, "bench layout_iteration "));

  g_file_get_contents (out, &tsv, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (g_strchomp (tsv), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 6);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);
      char *end;
      double x, y;

      g_assert_cmpuint (g_strv_length (fields), ==, 3);
      x = g_ascii_strtod (fields[1], &end);
      g_assert_true (*end == '\0' && isfinite (x));
      y = g_ascii_strtod (fields[2], &end);
      g_assert_true (*end == '\0' && isfinite (y));
      g_assert_true (g_hash_table_add (seen, g_strdup (fields[0])));
    }
  g_assert_true (g_hash_table_contains (seen, "seoul"));
  g_assert_true (g_hash_table_contains (seen, "warsaw"));
  g_assert_false (g_hash_table_contains (seen, "#"));

  g_remove (out);
  g_remove (edges);
  g_rmdir (dir);
}

static void
test_cli_bad_input (void)
{
  const char *binary = g_getenv ("TAUTAN_BINARY");
  g_autofree char *std_err = NULL;
  g_autoptr(GError) error = NULL;
  int status;
  const char *argv[] = { binary, "bench", "layout", "--edges", "/nonexistent/edges.txt", NULL };

  if (binary == NULL)
    {
      g_test_skip ("TAUTAN_BINARY is not set");
      return;
    }

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                NULL, &std_err, &status, &error);
  g_assert_no_error (error);
  g_assert_false (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (std_err, "/nonexistent/edges.txt"));
}

/* Dragging a node of a settled layout moves its neighbourhood only, the
 * neighbours follow, pins hold, and a drag to where it is moves nothing. */
static void
test_drag (void)
{
  g_auto(Graph) g = { 0 };
  g_autoptr(TautanLayout) layout = NULL;
  g_autoptr(TautanLayout) again = NULL;
  g_autofree TautanPoint *p = NULL;
  g_autofree TautanPoint *q = NULL;
  g_autofree TautanPoint *r = NULL;
  const guint node = 100, max_nodes = 150;
  guint32 pinned_nb = G_MAXUINT32;
  float x0, y0, x1, y1;
  TautanPoint to;
  double follow = 0;
  guint n_followed, n_moved = 0, n_neighbours = 0;

  graph_init_ba (&g, BIG_N, 5);
  layout = graph_layout (&g, 9);
  again = graph_layout (&g, 9);
  settle (layout, 2000);
  settle (again, 2000);
  p = positions (layout);

  /* In place: nothing moves, not even by rounding. */
  g_assert_cmpuint (tautan_layout_drag (layout, node, p[node], FALSE, max_nodes), >, 0);
  q = positions (layout);
  g_assert_cmpmem (p, g.n * sizeof (TautanPoint), q, g.n * sizeof (TautanPoint));
  g_clear_pointer (&q, g_free);

  /* One neighbour pinned by the user stays. */
  for (guint e = 0; e < g.src->len && pinned_nb == G_MAXUINT32; e++)
    if (g_array_index (g.src, guint32, e) == node)
      pinned_nb = g_array_index (g.dst, guint32, e);
    else if (g_array_index (g.dst, guint32, e) == node)
      pinned_nb = g_array_index (g.src, guint32, e);
  g_assert_cmpuint (pinned_nb, !=, G_MAXUINT32);
  tautan_layout_set_pinned (layout, pinned_nb, TRUE);
  tautan_layout_set_pinned (again, pinned_nb, TRUE);

  tautan_layout_get_bounds (layout, &x0, &y0, &x1, &y1);
  to = (TautanPoint) { p[node].x + (x1 - x0) / 10, p[node].y };
  n_followed = tautan_layout_drag (layout, node, to, TRUE, max_nodes);
  g_assert_cmpuint (n_followed, >, 0);
  g_assert_cmpuint (n_followed, <=, max_nodes);
  g_assert_true (tautan_layout_get_pinned (layout, node));
  q = positions (layout);
  g_assert_cmpfloat (q[node].x, ==, to.x);
  g_assert_cmpfloat (q[node].y, ==, to.y);
  g_assert_cmpfloat (q[pinned_nb].x, ==, p[pinned_nb].x);
  g_assert_cmpfloat (q[pinned_nb].y, ==, p[pinned_nb].y);
  for (guint i = 0; i < g.n; i++)
    if (i != node && (q[i].x != p[i].x || q[i].y != p[i].y))
      n_moved++;
  g_assert_cmpuint (n_moved, >, 0);
  g_assert_cmpuint (n_moved, <=, n_followed);

  /* The free neighbours follow, on the whole, towards where it went. */
  for (guint e = 0; e < g.src->len; e++)
    {
      guint32 a = g_array_index (g.src, guint32, e), b = g_array_index (g.dst, guint32, e);
      guint32 nb = a == node ? b : b == node ? a : G_MAXUINT32;

      if (nb == G_MAXUINT32 || nb == pinned_nb)
        continue;
      follow += q[nb].x - p[nb].x;
      n_neighbours++;
    }
  g_assert_cmpuint (n_neighbours, >, 0);
  g_assert_cmpfloat (follow / n_neighbours, >, 0);

  /* The same drag on the same layout gives the same positions. */
  g_assert_cmpuint (tautan_layout_drag (again, node, to, TRUE, max_nodes), ==, n_followed);
  r = positions (again);
  g_assert_cmpmem (q, g.n * sizeof (TautanPoint), r, g.n * sizeof (TautanPoint));
}

/* Settled positions of a large dataset are kept in the cache folder (the
 * test's own), read back the next time, and recomputed when the file is
 * not exactly what was written. */
static void
test_dataset_cache (void)
{
  g_autoptr(GString) json = g_string_new ("{\"format\":\"tautan-dataset\",\"version\":1,\"title\":\"Cache\","
                                          "\"sources\":[{\"id\":\"s\",\"outlet\":\"W\",\"title\":\"T\","
                                          "\"url\":null,\"language\":\"en\",\"published\":\"2020-01-01\","
                                          "\"origin\":\"own\",\"state_media\":false,\"text\":\"x\"}],"
                                          "\"entities\":[");
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanDataset) ds = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autofree TautanPoint *first = NULL;
  g_autofree TautanPoint *again = NULL;
  g_autofree TautanPoint *forged = NULL;
  g_autofree TautanPoint *rebuilt = NULL;
  g_autofree char *folder = g_build_filename (g_get_user_cache_dir (), "tautan", "layouts", NULL);
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  const guint n = 2000;
  gsize len;

  /* Clusters of ten, each joined to the next: enough nodes to be cached. */
  for (guint i = 0; i < n; i++)
    g_string_append_printf (json, "%s{\"id\":\"n%u\",\"name\":\"N%u\",\"kind\":\"person\"}", i ? "," : "", i, i);
  g_string_append (json, "],\"events\":[");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (json,
                            "%s{\"id\":\"e%u\",\"type\":\"meet\",\"date\":{\"start\":\"2020-01-02\","
                            "\"end\":\"2020-01-02\",\"precision\":\"day\"},\"date_basis\":{\"method\":"
                            "\"stated\",\"words\":\"on 2 January\"},\"actors\":[\"n%u\"],\"targets\":[\"n%u\"],"
                            "\"summary\":\"M\",\"sources\":[\"s\"],\"quotes\":[],\"status\":\"reported\"}",
                            i ? "," : "", i, i, i % 10 == 9 ? (i + 1) % n : i / 10 * 10 + (i + 3) % 10);
  g_string_append (json, "],\"quotes\":[]}");
  ds = tautan_dataset_load_data (json->str, json->len, "cache.json", NULL, NULL, &error);
  g_assert_no_error (error);

  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
  first = tautan_layout_settle_dataset (ds, NULL);

  dir = g_dir_open (folder, 0, &error);
  g_assert_no_error (error);
  path = g_build_filename (folder, g_dir_read_name (dir), NULL);
  g_assert_null (g_dir_read_name (dir));
  g_assert_true (g_str_has_suffix (path, ".positions"));

  again = tautan_layout_settle_dataset (ds, NULL);
  g_assert_cmpmem (again, n * sizeof *again, first, n * sizeof *first);

  /* What the file says is what comes back: it was read, not recomputed. */
  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  g_assert_cmpuint (len, ==, 16 + n * sizeof (TautanPoint));
  ((TautanPoint *)(gpointer)(contents + 16))[7].x += 1000;
  g_assert_true (g_file_set_contents (path, contents, (gssize)len, NULL));
  forged = tautan_layout_settle_dataset (ds, NULL);
  g_assert_cmpfloat (forged[7].x, ==, first[7].x + 1000);
  g_assert_cmpfloat (forged[8].x, ==, first[8].x);

  /* Cut short: ignored, the layout settles again and the file is rewritten. */
  g_assert_true (g_file_set_contents (path, contents, (gssize)len - 4, NULL));
  rebuilt = tautan_layout_settle_dataset (ds, NULL);
  g_assert_cmpmem (rebuilt, n * sizeof *rebuilt, first, n * sizeof *first);
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  g_assert_cmpuint (len, ==, 16 + n * sizeof (TautanPoint));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/tautan/layout/determinism", test_determinism);
  g_test_add_func ("/tautan/layout/pinned", test_pinned);
  g_test_add_func ("/tautan/layout/queued-moves", test_queued_moves);
  g_test_add_func ("/tautan/layout/drag", test_drag);
  g_test_add_func ("/tautan/layout/coarsen", test_coarsen);
  g_test_add_func ("/tautan/layout/multilevel-quality", test_multilevel_quality);
  g_test_add_func ("/tautan/layout/multilevel-pinned", test_multilevel_pinned);
  g_test_add_func ("/tautan/layout/path", test_path);
  g_test_add_func ("/tautan/layout/two-cliques", test_two_cliques);
  g_test_add_func ("/tautan/layout/spring-sums", test_spring_sums);
  g_test_add_func ("/tautan/layout/spring-forces", test_spring_forces);
  g_test_add_func ("/tautan/layout/settles", test_settles);
  g_test_add_func ("/tautan/layout/prevent-overlap", test_prevent_overlap);
  g_test_add_func ("/tautan/layout/thread", test_thread);
  g_test_add_func ("/tautan/layout/stop", test_stop);
  g_test_add_func ("/tautan/layout/multilevel-thread", test_multilevel_thread);
  g_test_add_func ("/tautan/layout/multilevel-scratch", test_multilevel_scratch);
  g_test_add_func ("/tautan/layout/hold", test_hold);
  g_test_add_func ("/tautan/layout/set-position-running", test_set_position_running);
  g_test_add_func ("/tautan/layout/same-spot", test_same_spot);
  g_test_add_func ("/tautan/layout/tiny", test_tiny);
  g_test_add_func ("/tautan/layout/dataset", test_dataset);
  g_test_add_func ("/tautan/layout/dataset-springs", test_dataset_springs);
  g_test_add_func ("/tautan/layout/dataset-minimal", test_dataset_minimal);
  g_test_add_func ("/tautan/layout/dataset-no-events", test_dataset_no_events);
  g_test_add_func ("/tautan/layout/dataset-cache", test_dataset_cache);
  g_test_add_func ("/tautan/layout/cli", test_cli);
  g_test_add_func ("/tautan/layout/cli-bad-input", test_cli_bad_input);

  return g_test_run ();
}
