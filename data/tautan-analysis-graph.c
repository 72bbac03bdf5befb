/* tautan-analysis-graph.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Owns the undirected actor graph (with the events behind each pair)
 * that the ego network and path analyses walk.
 */

#define G_LOG_DOMAIN "tautan-analysis"

#include "config.h"

#include <stdlib.h>

#include "tautan-analysis-graph-private.h"

typedef struct
{
  guint a, b, event;
} Link;

static int
compare_links (const void *x,
               const void *y)
{
  const Link *p = x, *q = y;

  if (p->a != q->a)
    return p->a < q->a ? -1 : 1;
  if (p->b != q->b)
    return p->b < q->b ? -1 : 1;
  return p->event < q->event ? -1 : p->event > q->event;
}

TautanAnalysisGraph *
tautan_analysis_graph_new (TautanDataset        *dataset,
                           const TautanFilter   *filter,
                           const TautanTimeSpan *span)
{
  return tautan_analysis_graph_new_mapped (dataset, filter, span, NULL);
}

/* The same between the nodes @group_of maps entities to (a roll-up's
 * representatives): a pair inside one node is none. NULL: each entity. */
TautanAnalysisGraph *
tautan_analysis_graph_new_mapped (TautanDataset        *dataset,
                                  const TautanFilter   *filter,
                                  const TautanTimeSpan *span,
                                  const guint          *group_of)
{
  g_autoptr(GArray) events = tautan_filter_list_events (filter, dataset, span);
  g_autoptr(GArray) links = g_array_new (FALSE, FALSE, sizeof (Link));
  TautanAnalysisGraph *g = g_new0 (TautanAnalysisGraph, 1);
  guint n_slots = 0, n_events = 0;

  g->n_nodes = tautan_dataset_get_n_entities (dataset);
  for (guint i = 0; i < events->len; i++)
    {
      TautanEvent ev;
      guint e = g_array_index (events, guint, i);

      tautan_dataset_get_event (dataset, e, &ev);
      for (guint a = 0; a < ev.n_actors; a++)
        for (guint t = 0; t < ev.n_targets; t++)
          {
            guint x = group_of != NULL ? group_of[ev.actors[a]] : ev.actors[a];
            guint y = group_of != NULL ? group_of[ev.targets[t]] : ev.targets[t];

            Link l1 = { x, y, e }, l2 = { y, x, e };

            if (x == y)
              continue;
            g_array_append_val (links, l1);
            g_array_append_val (links, l2);
          }
    }
  if (links->len > 0)
    qsort (links->data, links->len, sizeof (Link), compare_links);

  g->row = g_new0 (guint, g->n_nodes + 1);
  g->col = g_new (guint, MAX (links->len, 1));
  g->ev_offset = g_new (guint, links->len + 1);
  g->events = g_new (guint, MAX (links->len, 1));
  for (guint i = 0; i < links->len; i++)
    {
      const Link *l = &g_array_index (links, Link, i);
      const Link *prev = i ? l - 1 : NULL;

      if (prev && prev->a == l->a && prev->b == l->b)
        {
          if (prev->event != l->event)   /* the same event twice over (repeated actor) counts once */
            g->events[n_events++] = l->event;
          continue;
        }
      g->ev_offset[n_slots] = n_events;
      g->col[n_slots++] = l->b;
      g->events[n_events++] = l->event;
      g->row[l->a + 1]++;
    }
  g->ev_offset[n_slots] = n_events;
  for (guint i = 0; i < g->n_nodes; i++)
    g->row[i + 1] += g->row[i];
  return g;
}

void
tautan_analysis_graph_free (TautanAnalysisGraph *graph)
{
  if (graph == NULL)
    return;
  g_free (graph->row);
  g_free (graph->col);
  g_free (graph->ev_offset);
  g_free (graph->events);
  g_free (graph);
}

guint
tautan_analysis_graph_slot (TautanAnalysisGraph *graph,
                            guint                a,
                            guint                b)
{
  guint lo = graph->row[a], hi = graph->row[a + 1];

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (graph->col[mid] == b)
        return mid;
      if (graph->col[mid] < b)
        lo = mid + 1;
      else
        hi = mid;
    }
  return G_MAXUINT;
}
