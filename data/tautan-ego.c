/* tautan-ego.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Owns the ego network: a breadth-first walk of the undirected actor
 * graph of the passing events, up to three steps from one actor.
 */

#define G_LOG_DOMAIN "tautan-ego"

#include "config.h"

#include "tautan/tautan-ego.h"

#include "tautan-analysis-graph-private.h"

static int
compare_guint (gconstpointer a,
               gconstpointer b)
{
  guint x = *(const guint *)a, y = *(const guint *)b;

  return x < y ? -1 : x > y;
}

/* @depth is clamped to 1..TAUTAN_EGO_MAX_DEPTH. Members come in walk
 * order, which is by depth and, within a depth, by entity index. */
TautanEgo *
tautan_ego_compute (TautanDataset        *dataset,
                    const TautanFilter   *filter,
                    const TautanTimeSpan *span,
                    guint                 centre,
                    guint                 depth)
{
  g_autoptr(TautanAnalysisGraph) g = NULL;
  g_autofree guint *level = NULL;
  g_autofree guint8 *seen_event = NULL;
  TautanEgo *ego;
  guint head = 0;

  g_return_val_if_fail (TAUTAN_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (filter != NULL, NULL);
  g_return_val_if_fail (centre < tautan_dataset_get_n_entities (dataset), NULL);

  depth = CLAMP (depth, 1, TAUTAN_EGO_MAX_DEPTH);
  g = tautan_analysis_graph_new (dataset, filter, span);
  level = g_new (guint, g->n_nodes);
  for (guint i = 0; i < g->n_nodes; i++)
    level[i] = G_MAXUINT;

  ego = g_new0 (TautanEgo, 1);
  ego->members = g_array_new (FALSE, FALSE, sizeof (TautanEgoMember));
  ego->events = g_array_new (FALSE, FALSE, sizeof (guint));

  level[centre] = 0;
  g_array_append_val (ego->members, ((TautanEgoMember) { centre, 0 }));
  while (head < ego->members->len)
    {
      TautanEgoMember m = g_array_index (ego->members, TautanEgoMember, head++);

      if (m.depth == depth)
        continue;
      /* Neighbours are in ascending order, but a level mixes several
       * parents: sort each level once it is complete (below). */
      for (guint s = g->row[m.entity]; s < g->row[m.entity + 1]; s++)
        if (level[g->col[s]] == G_MAXUINT)
          {
            level[g->col[s]] = m.depth + 1;
            g_array_append_val (ego->members, ((TautanEgoMember) { g->col[s], m.depth + 1 }));
          }
    }
  /* Order within each depth by entity index. */
  for (guint i = 0, start = 0; i <= ego->members->len; i++)
    if (i == ego->members->len ||
        g_array_index (ego->members, TautanEgoMember, i).depth !=
        g_array_index (ego->members, TautanEgoMember, start).depth)
      {
        g_qsort_with_data (&g_array_index (ego->members, TautanEgoMember, start), i - start,
                           sizeof (TautanEgoMember), (GCompareDataFunc)compare_guint, NULL);
        start = i;
      }

  seen_event = g_new0 (guint8, MAX (tautan_dataset_get_n_events (dataset), 1));
  for (guint i = 0; i < ego->members->len; i++)
    {
      guint a = g_array_index (ego->members, TautanEgoMember, i).entity;

      for (guint s = g->row[a]; s < g->row[a + 1]; s++)
        if (level[g->col[s]] != G_MAXUINT)
          for (guint k = g->ev_offset[s]; k < g->ev_offset[s + 1]; k++)
            if (!seen_event[g->events[k]])
              {
                seen_event[g->events[k]] = 1;
                g_array_append_val (ego->events, g->events[k]);
              }
    }
  g_array_sort (ego->events, compare_guint);
  return ego;
}

void
tautan_ego_free (TautanEgo *ego)
{
  if (ego == NULL)
    return;
  g_clear_pointer (&ego->members, g_array_unref);
  g_clear_pointer (&ego->events, g_array_unref);
  g_free (ego);
}
