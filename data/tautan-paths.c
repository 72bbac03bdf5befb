/* tautan-paths.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Owns path finding: every shortest chain (by hops, over the undirected
 * actor graph of the passing events) between two actors, up to a cap,
 * the best backed (most events) first.
 */

#define G_LOG_DOMAIN "tautan-paths"

#include "config.h"

#include "tautan/tautan-paths.h"

#include "tautan-analysis-graph-private.h"

void
tautan_path_free (TautanPath *path)
{
  if (path == NULL)
    return;
  g_clear_pointer (&path->entities, g_array_unref);
  g_clear_pointer (&path->steps, g_ptr_array_unref);
  g_free (path);
}

typedef struct
{
  TautanAnalysisGraph *g;
  const guint         *dist;       /* hops from `from` */
  guint                from;
  guint               *chain;      /* to … from while walking back */
  GPtrArray           *paths;
  guint                limit;      /* stop enumerating here */
} Walk;

static TautanPath *
path_from_chain (TautanAnalysisGraph *g,
                 const guint         *chain,
                 guint                n_hops)
{
  TautanPath *path = g_new0 (TautanPath, 1);

  path->entities = g_array_sized_new (FALSE, FALSE, sizeof (guint), n_hops + 1);
  path->steps = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
  /* chain[0] is `to`, chain[n_hops] is `from`: read it backwards. */
  for (guint i = 0; i <= n_hops; i++)
    g_array_append_val (path->entities, chain[n_hops - i]);
  for (guint i = 0; i < n_hops; i++)
    {
      guint a = g_array_index (path->entities, guint, i);
      guint b = g_array_index (path->entities, guint, i + 1);
      guint s = tautan_analysis_graph_slot (g, a, b);
      GArray *events = g_array_new (FALSE, FALSE, sizeof (guint));

      g_array_append_vals (events, &g->events[g->ev_offset[s]], g->ev_offset[s + 1] - g->ev_offset[s]);
      path->n_events += events->len;
      g_ptr_array_add (path->steps, events);
    }
  return path;
}

/* Walks back from chain[depth] toward `from` along strictly decreasing
 * distances: each walk that arrives is a shortest path. */
static void
walk_back (Walk  *w,
           guint  depth)
{
  guint node = w->chain[depth];

  if (w->paths->len >= w->limit)
    return;
  if (node == w->from)
    {
      g_ptr_array_add (w->paths, path_from_chain (w->g, w->chain, depth));
      return;
    }
  for (guint s = w->g->row[node]; s < w->g->row[node + 1]; s++)
    if (w->dist[w->g->col[s]] + 1 == w->dist[node])
      {
        w->chain[depth + 1] = w->g->col[s];
        walk_back (w, depth + 1);
      }
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  const TautanPath *p = *(TautanPath * const *)a, *q = *(TautanPath * const *)b;

  if (p->n_events != q->n_events)
    return p->n_events > q->n_events ? -1 : 1;
  /* Then by the entities' indexes, for a stable order. */
  for (guint i = 0; i < p->entities->len; i++)
    {
      guint x = g_array_index (p->entities, guint, i), y = g_array_index (q->entities, guint, i);

      if (x != y)
        return x < y ? -1 : 1;
    }
  return 0;
}

/* All shortest paths from @from to @to, at most @cap (0: the default)
 * of them, most events first. Enumeration stops at a bound well above
 * the cap, so on graphs with a combinatorial number of shortest paths
 * the best-backed ones are chosen among those found; *@truncated says
 * so. An empty array: no chain links them in the span. */
GPtrArray *
tautan_paths_find (TautanDataset        *dataset,
                   const TautanFilter   *filter,
                   const TautanTimeSpan *span,
                   guint                 from,
                   guint                 to,
                   guint                 cap,
                   gboolean             *truncated)
{
  g_autoptr(TautanAnalysisGraph) g = NULL;
  g_autofree guint *dist = NULL;
  g_autofree guint *queue = NULL;
  GPtrArray *paths = g_ptr_array_new_with_free_func ((GDestroyNotify)tautan_path_free);
  guint head = 0, tail = 0;
  Walk w;

  g_return_val_if_fail (TAUTAN_IS_DATASET (dataset), paths);
  g_return_val_if_fail (filter != NULL, paths);
  g_return_val_if_fail (from < tautan_dataset_get_n_entities (dataset), paths);
  g_return_val_if_fail (to < tautan_dataset_get_n_entities (dataset), paths);

  if (truncated)
    *truncated = FALSE;
  if (cap == 0)
    cap = TAUTAN_PATHS_DEFAULT_CAP;
  if (from == to)
    return paths;

  g = tautan_analysis_graph_new (dataset, filter, span);
  dist = g_new (guint, g->n_nodes);
  queue = g_new (guint, g->n_nodes);
  for (guint i = 0; i < g->n_nodes; i++)
    dist[i] = G_MAXUINT;
  dist[from] = 0;
  queue[tail++] = from;
  while (head < tail && dist[to] == G_MAXUINT)
    {
      guint a = queue[head++];

      for (guint s = g->row[a]; s < g->row[a + 1]; s++)
        if (dist[g->col[s]] == G_MAXUINT)
          {
            dist[g->col[s]] = dist[a] + 1;
            queue[tail++] = g->col[s];
          }
    }
  if (dist[to] == G_MAXUINT)
    return paths;

  w.g = g;
  w.dist = dist;
  w.from = from;
  w.chain = g_new (guint, dist[to] + 1);
  w.chain[0] = to;
  w.paths = paths;
  w.limit = cap * 10;
  walk_back (&w, 0);
  g_free (w.chain);

  g_ptr_array_sort (paths, compare_paths);
  if (paths->len > cap)
    {
      if (truncated)
        *truncated = TRUE;
      g_ptr_array_set_size (paths, cap);
    }
  else if (paths->len >= w.limit && truncated)
    *truncated = TRUE;
  return paths;
}
