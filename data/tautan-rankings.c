/* tautan-rankings.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Owns the rankings of a span: actors by events, by partners and by
 * betweenness (Brandes; sampled pivots on large graphs), each with its
 * rank and value in the previous period of the same length.
 */

#define G_LOG_DOMAIN "tautan-rankings"

#include "config.h"

#include "tautan/tautan-rankings.h"

#include "tautan-analysis-graph-private.h"

static const char *rank_names[] = { "events", "partners", "betweenness" };
G_STATIC_ASSERT (G_N_ELEMENTS (rank_names) == TAUTAN_N_RANKS);

const char *
tautan_rank_kind_to_string (TautanRankKind kind)
{
  g_return_val_if_fail (kind < TAUTAN_N_RANKS, NULL);
  return rank_names[kind];
}

/* Brandes' accumulation from one source over the unweighted graph. */
static void
brandes_from (TautanAnalysisGraph *g,
              guint                s,
              double              *cb,
              guint               *order,
              guint               *dist,
              double              *sigma,
              double              *delta)
{
  guint head = 0, tail = 0;

  for (guint i = 0; i < g->n_nodes; i++)
    {
      dist[i] = G_MAXUINT;
      sigma[i] = 0;
      delta[i] = 0;
    }
  dist[s] = 0;
  sigma[s] = 1;
  order[tail++] = s;
  while (head < tail)
    {
      guint v = order[head++];

      for (guint k = g->row[v]; k < g->row[v + 1]; k++)
        {
          guint w = g->col[k];

          if (dist[w] == G_MAXUINT)
            {
              dist[w] = dist[v] + 1;
              order[tail++] = w;
            }
          if (dist[w] == dist[v] + 1)
            sigma[w] += sigma[v];
        }
    }
  while (tail > 0)
    {
      guint w = order[--tail];

      for (guint k = g->row[w]; k < g->row[w + 1]; k++)
        {
          guint v = g->col[k];

          if (dist[v] + 1 == dist[w])
            delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
        }
      if (w != s)
        cb[w] += delta[w];
    }
}

/* Values per entity for one period; returns whether betweenness was sampled. */
static gboolean
measure (TautanDataset        *dataset,
         const TautanFilter   *filter,
         const TautanTimeSpan *span,
         const guint          *group_of,
         double               *values[TAUTAN_N_RANKS],
         guint8               *active,
         GCancellable         *cancellable)
{
  g_autoptr(TautanAnalysisGraph) g = tautan_analysis_graph_new_mapped (dataset, filter, span, group_of);
  g_autoptr(GArray) events = tautan_filter_list_events (filter, dataset, span);
  g_autoptr(GArray) nodes = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree guint *order = NULL;
  g_autofree guint *dist = NULL;
  g_autofree double *sigma = NULL;
  g_autofree double *delta = NULL;
  g_autofree guint *stamp = NULL;
  guint n = g->n_nodes;
  gboolean sampled;

  stamp = g_new0 (guint, MAX (n, 1));
  for (guint i = 0; i < events->len; i++)
    {
      TautanEvent ev;
      guint e = g_array_index (events, guint, i);

      tautan_dataset_get_event (dataset, e, &ev);
      /* An entity counts an event once, whatever its roles in it. */
      for (guint k = 0; k < ev.n_actors + ev.n_targets; k++)
        {
          guint x = k < ev.n_actors ? ev.actors[k] : ev.targets[k - ev.n_actors];

          if (group_of != NULL)
            x = group_of[x];

          if (stamp[x] != e + 1)
            {
              stamp[x] = e + 1;
              values[TAUTAN_RANK_EVENTS][x]++;
              active[x] = 1;
            }
        }
    }
  for (guint i = 0; i < n; i++)
    {
      values[TAUTAN_RANK_PARTNERS][i] = g->row[i + 1] - g->row[i];
      if (g->row[i + 1] > g->row[i])
        g_array_append_val (nodes, i);
    }

  order = g_new (guint, MAX (n, 1));
  dist = g_new (guint, MAX (n, 1));
  sigma = g_new (double, MAX (n, 1));
  delta = g_new (double, MAX (n, 1));
  sampled = nodes->len > TAUTAN_RANKINGS_EXACT_MAX;
  if (!sampled)
    {
      for (guint i = 0; i < nodes->len && !g_cancellable_is_cancelled (cancellable); i++)
        brandes_from (g, g_array_index (nodes, guint, i), values[TAUTAN_RANK_BETWEENNESS], order, dist, sigma, delta);
    }
  else
    {
      /* A fixed seed: the same data gives the same estimate. */
      g_autoptr(GRand) rand = g_rand_new_with_seed (0x7a7a);
      double scale = (double)nodes->len / TAUTAN_RANKINGS_PIVOTS;

      for (guint i = 0; i < TAUTAN_RANKINGS_PIVOTS && !g_cancellable_is_cancelled (cancellable); i++)
        {
          guint j = i + g_rand_int_range (rand, 0, nodes->len - i);
          guint tmp = g_array_index (nodes, guint, i);

          g_array_index (nodes, guint, i) = g_array_index (nodes, guint, j);
          g_array_index (nodes, guint, j) = tmp;
          brandes_from (g, g_array_index (nodes, guint, i), values[TAUTAN_RANK_BETWEENNESS], order, dist, sigma, delta);
        }
      for (guint i = 0; i < n; i++)
        values[TAUTAN_RANK_BETWEENNESS][i] *= scale;
    }
  /* Undirected: each pair was counted from both ends. */
  for (guint i = 0; i < n; i++)
    values[TAUTAN_RANK_BETWEENNESS][i] /= 2;
  return sampled;
}

static int
compare_by_value (gconstpointer a,
                  gconstpointer b,
                  gpointer      data)
{
  const double *sort_values = data;
  guint x = *(const guint *)a, y = *(const guint *)b;

  if (sort_values[x] != sort_values[y])
    return sort_values[x] > sort_values[y] ? -1 : 1;
  return x < y ? -1 : x > y;
}

/* 1-based ranks of the active entities by @values, ties sharing the better rank. */
static void
rank (const double *values,
      const guint8 *active,
      guint         n,
      GArray       *order,
      guint        *ranks)
{
  g_array_set_size (order, 0);
  for (guint i = 0; i < n; i++)
    {
      ranks[i] = 0;
      if (active[i])
        g_array_append_val (order, i);
    }
  g_array_sort_with_data (order, compare_by_value, (gpointer)values);
  for (guint i = 0; i < order->len; i++)
    {
      guint e = g_array_index (order, guint, i);
      guint prev = i ? g_array_index (order, guint, i - 1) : 0;

      ranks[e] = i > 0 && values[prev] == values[e] ? ranks[prev] : i + 1;
    }
}

/* The rankings of @span, and of the @span-long period just before it.
 * Cancelling stops betweenness early (its values are then partial). */
TautanRankings *
tautan_rankings_compute (TautanDataset        *dataset,
                         const TautanFilter   *filter,
                         const TautanTimeSpan *span,
                         GCancellable         *cancellable)
{
  return tautan_rankings_compute_mapped (dataset, filter, span, NULL, cancellable);
}

/**
 * tautan_rankings_compute_mapped:
 * @group_of: (nullable): per entity, the node it is drawn as (a roll-up's
 *   tautan_rollup_compute_group_of()); NULL: each entity itself
 *
 * The rankings of the nodes as drawn: under a roll-up, a group stands for
 * its members (an event counts once for it; a pair inside it is none).
 */
TautanRankings *
tautan_rankings_compute_mapped (TautanDataset        *dataset,
                                const TautanFilter   *filter,
                                const TautanTimeSpan *span,
                                const guint          *group_of,
                                GCancellable         *cancellable)
{
  TautanRankings *r;
  double *now[TAUTAN_N_RANKS], *before[TAUTAN_N_RANKS];
  g_autofree guint8 *active_now = NULL;
  g_autofree guint8 *active_before = NULL;
  g_autofree guint *rank_now = NULL;
  g_autofree guint *rank_before = NULL;
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (guint));
  guint n;
  gint64 length;

  g_return_val_if_fail (TAUTAN_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (filter != NULL, NULL);
  g_return_val_if_fail (span != NULL && span->from <= span->to, NULL);

  n = tautan_dataset_get_n_entities (dataset);
  r = g_new0 (TautanRankings, 1);
  r->span = *span;
  length = (gint64)span->to - span->from + 1;
  r->before.to = span->from - 1;
  r->before.from = (TautanDay)((gint64)span->from - length);

  active_now = g_new0 (guint8, MAX (n, 1));
  active_before = g_new0 (guint8, MAX (n, 1));
  rank_now = g_new0 (guint, MAX (n, 1));
  rank_before = g_new0 (guint, MAX (n, 1));
  for (guint k = 0; k < TAUTAN_N_RANKS; k++)
    {
      now[k] = g_new0 (double, MAX (n, 1));
      before[k] = g_new0 (double, MAX (n, 1));
    }
  r->approximate = measure (dataset, filter, &r->span, group_of, now, active_now, cancellable);
  r->approximate |= measure (dataset, filter, &r->before, group_of, before, active_before, cancellable);

  for (guint k = 0; k < TAUTAN_N_RANKS; k++)
    {
      rank (before[k], active_before, n, order, rank_before);
      rank (now[k], active_now, n, order, rank_now);
      r->ranks[k] = g_array_sized_new (FALSE, FALSE, sizeof (TautanRankEntry), order->len);
      for (guint i = 0; i < order->len; i++)
        {
          guint e = g_array_index (order, guint, i);
          TautanRankEntry entry = { e, now[k][e], rank_now[e], before[k][e], rank_before[e] };

          g_array_append_val (r->ranks[k], entry);
        }
      g_free (now[k]);
      g_free (before[k]);
    }
  return r;
}

void
tautan_rankings_free (TautanRankings *rankings)
{
  if (rankings == NULL)
    return;
  for (guint k = 0; k < TAUTAN_N_RANKS; k++)
    g_clear_pointer (&rankings->ranks[k], g_array_unref);
  g_free (rankings);
}

typedef struct
{
  TautanDataset  *dataset;
  TautanFilter   *filter;
  TautanTimeSpan  span;
  guint          *group_of;
} Job;

static void
job_free (Job *job)
{
  g_object_unref (job->dataset);
  tautan_filter_unref (job->filter);
  g_free (job->group_of);
  g_free (job);
}

static void
compute_thread (GTask        *task,
                gpointer      source,
                gpointer      data,
                GCancellable *cancellable)
{
  Job *job = data;
  TautanRankings *r = tautan_rankings_compute_mapped (job->dataset, job->filter, &job->span, job->group_of, cancellable);

  if (g_task_return_error_if_cancelled (task))
    tautan_rankings_free (r);
  else
    g_task_return_pointer (task, r, (GDestroyNotify)tautan_rankings_free);
}

/* The same on a worker thread: betweenness on a large graph takes time. */
void
tautan_rankings_compute_async (TautanDataset        *dataset,
                               const TautanFilter   *filter,
                               const TautanTimeSpan *span,
                               GCancellable         *cancellable,
                               GAsyncReadyCallback   callback,
                               gpointer              user_data)
{
  tautan_rankings_compute_mapped_async (dataset, filter, span, NULL, cancellable, callback, user_data);
}

/* @group_of: (nullable) (transfer full): as for tautan_rankings_compute_mapped() */
void
tautan_rankings_compute_mapped_async (TautanDataset        *dataset,
                                      const TautanFilter   *filter,
                                      const TautanTimeSpan *span,
                                      guint                *group_of,
                                      GCancellable         *cancellable,
                                      GAsyncReadyCallback   callback,
                                      gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;
  Job *job;

  g_return_if_fail (TAUTAN_IS_DATASET (dataset));
  g_return_if_fail (filter != NULL && span != NULL);

  job = g_new0 (Job, 1);
  job->dataset = g_object_ref (dataset);
  job->filter = tautan_filter_ref ((TautanFilter *)filter);
  job->span = *span;
  job->group_of = group_of;
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, tautan_rankings_compute_async);
  g_task_set_task_data (task, job, (GDestroyNotify)job_free);
  g_task_run_in_thread (task, compute_thread);
}

TautanRankings *
tautan_rankings_compute_finish (GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
