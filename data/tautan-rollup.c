/* tautan-rollup.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Owns the roll-up by affiliation: each entity is drawn as the topmost
 * entity of its affiliation chain (a minister → the ministry → the
 * state), unless that group is kept expanded, and the passing events'
 * edges are aggregated between those representatives.
 */

#define G_LOG_DOMAIN "tautan-rollup"

#include "config.h"

#include "tautan/tautan-rollup.h"

/* @expanded: a set of entity indexes (GUINT_TO_POINTER (index + 1)) of
 * groups drawn open: their members are drawn as themselves (or as the
 * next group down their chain). NULL: none. Affiliation cycles, which
 * the validator reports, are cut where they close. Only the dataset's
 * affiliations count: no event is read, so it is cheap at any size. */
guint *
tautan_rollup_compute_group_of (TautanDataset *dataset,
                                GHashTable    *expanded)
{
  g_autoptr(GArray) chain = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree guint8 *on_chain = NULL;
  guint *group_of;
  guint n;

  g_return_val_if_fail (TAUTAN_IS_DATASET (dataset), NULL);

  n = tautan_dataset_get_n_entities (dataset);
  group_of = g_new0 (guint, MAX (n, 1));
  on_chain = g_new0 (guint8, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      guint cur = i;
      guint k;

      /* chain: i, its affiliation, …, the root */
      g_array_set_size (chain, 0);
      while (cur != TAUTAN_NONE && !on_chain[cur])
        {
          TautanEntity e;

          on_chain[cur] = 1;
          g_array_append_val (chain, cur);
          tautan_dataset_get_entity (dataset, cur, &e);
          cur = e.affiliation;
        }
      for (k = 0; k < chain->len; k++)
        on_chain[g_array_index (chain, guint, k)] = 0;

      /* From the root down, skipping the groups kept open. */
      k = chain->len - 1;
      while (k > 0 && expanded != NULL &&
             g_hash_table_contains (expanded, GUINT_TO_POINTER (g_array_index (chain, guint, k) + 1)))
        k--;
      group_of[i] = g_array_index (chain, guint, k);
    }
  return group_of;
}

TautanRollup *
tautan_rollup_compute (TautanDataset        *dataset,
                       const TautanFilter   *filter,
                       const TautanTimeSpan *span,
                       GHashTable           *expanded)
{
  g_autoptr(GArray) events = NULL;
  g_autofree guint *count = NULL;
  g_autofree guint *offset = NULL;
  g_autofree guint *fill = NULL;
  TautanRollup *r;
  guint n;

  g_return_val_if_fail (TAUTAN_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (filter != NULL, NULL);

  n = tautan_dataset_get_n_entities (dataset);
  r = g_new0 (TautanRollup, 1);
  r->group_of = tautan_rollup_compute_group_of (dataset, expanded);

  count = g_new0 (guint, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    count[r->group_of[i]]++;

  r->groups = g_array_new (FALSE, FALSE, sizeof (TautanRollupGroup));
  r->members = g_array_new (FALSE, FALSE, sizeof (guint));
  offset = g_new0 (guint, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    if (count[i] >= 2)
      {
        TautanRollupGroup group = { i, r->members->len, count[i] };

        offset[i] = r->members->len;
        g_array_append_val (r->groups, group);
        g_array_set_size (r->members, r->members->len + count[i]);
      }
  fill = g_new0 (guint, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      guint g = r->group_of[i];

      if (count[g] >= 2)
        g_array_index (r->members, guint, offset[g] + fill[g]++) = i;
    }

  events = tautan_filter_list_events (filter, dataset, span);
  r->edges = tautan_filter_aggregate_edges_mapped (filter, dataset, span, events, r->group_of);
  r->n_entities = n;
  r->events = g_steal_pointer (&events);
  return r;
}

void
tautan_rollup_free (TautanRollup *rollup)
{
  if (rollup == NULL)
    return;
  g_free (rollup->group_of);
  g_clear_pointer (&rollup->groups, g_array_unref);
  g_clear_pointer (&rollup->members, g_array_unref);
  g_clear_pointer (&rollup->edges, tautan_filter_edges_free);
  g_clear_pointer (&rollup->events, g_array_unref);
  g_free (rollup);
}

/* A deep copy, for work on another thread (an export). */
TautanRollup *
tautan_rollup_copy (const TautanRollup *rollup)
{
  TautanRollup *copy;

  g_return_val_if_fail (rollup != NULL, NULL);

  copy = g_new0 (TautanRollup, 1);
  copy->n_entities = rollup->n_entities;
  copy->group_of = g_memdup2 (rollup->group_of, sizeof (guint) * MAX (rollup->n_entities, 1));
  copy->groups = g_array_copy (rollup->groups);
  copy->members = g_array_copy (rollup->members);
  copy->edges = g_new0 (TautanFilterEdges, 1);
  copy->edges->edges = g_array_copy (rollup->edges->edges);
  copy->edges->type_pairs = g_array_copy (rollup->edges->type_pairs);
  copy->events = g_array_copy (rollup->events);
  return copy;
}

static int
compare_group (const void *key,
               const void *item)
{
  guint entity = *(const guint *)key;
  guint other = ((const TautanRollupGroup *)item)->entity;

  return entity < other ? -1 : entity > other;
}

const TautanRollupGroup *
tautan_rollup_find_group (const TautanRollup *rollup,
                          guint               entity)
{
  g_return_val_if_fail (rollup != NULL, NULL);

  /* Groups are appended by entity index. */
  return bsearch (&entity, rollup->groups->data, rollup->groups->len, sizeof (TautanRollupGroup),
                  compare_group);
}

const guint *
tautan_rollup_get_members (const TautanRollup      *rollup,
                           const TautanRollupGroup *group)
{
  g_return_val_if_fail (rollup != NULL && group != NULL, NULL);

  return &g_array_index (rollup->members, guint, group->member_offset);
}

static inline guint
group_of (const TautanRollup *rollup,
          guint               entity)
{
  return entity < rollup->n_entities ? rollup->group_of[entity] : TAUTAN_NONE;
}

GArray *
tautan_rollup_list_events (const TautanRollup *rollup,
                           TautanDataset      *dataset,
                           guint               entity,
                           guint               source,
                           guint               target)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (guint));

  g_return_val_if_fail (rollup != NULL, out);
  g_return_val_if_fail (TAUTAN_IS_DATASET (dataset), out);

  for (guint i = 0; i < rollup->events->len; i++)
    {
      guint index = g_array_index (rollup->events, guint, i);
      gboolean in_source = FALSE, in_target = FALSE, in_group = FALSE;
      TautanEvent event;

      tautan_dataset_get_event (dataset, index, &event);
      for (guint a = 0; a < event.n_actors; a++)
        {
          guint g = group_of (rollup, event.actors[a]);

          in_source |= g == source;
          in_group |= g == entity;
        }
      for (guint t = 0; t < event.n_targets; t++)
        {
          guint g = group_of (rollup, event.targets[t]);

          in_target |= g == target;
          in_group |= g == entity;
        }
      if (entity != TAUTAN_NONE ? in_group : (in_source && in_target))
        g_array_append_val (out, index);
    }
  return out;
}

guint
tautan_rollup_drawn_as (TautanDataset *dataset,
                        const guint   *group_of,
                        guint          n_entities,
                        guint32        hidden_kinds,
                        guint          entity)
{
  TautanEntity e;
  guint rep;

  if (entity >= n_entities)
    return TAUTAN_NONE;
  rep = group_of[entity];
  if (hidden_kinds == 0)
    return rep;
  tautan_dataset_get_entity (dataset, rep, &e);
  return e.kind < 32 && (hidden_kinds & (1u << e.kind)) != 0 ? TAUTAN_NONE : rep;
}

static int
compare_pairs (gconstpointer a,
               gconstpointer b)
{
  guint64 x = *(const guint64 *)a, y = *(const guint64 *)b;

  return (x > y) - (x < y);
}

static int
compare_busiest (gconstpointer a,
                 gconstpointer b)
{
  const TautanSliceEntity *x = a, *y = b;

  if (x->count != y->count)
    return x->count > y->count ? -1 : 1;
  return (x->entity > y->entity) - (x->entity < y->entity);
}

/**
 * tautan_rollup_count_drawn:
 * @filter: (nullable): the composed filter; %NULL or an empty one lets
 *   every event through
 * @expanded: (nullable): the groups drawn open, as for
 *   tautan_rollup_compute_group_of()
 * @cancellable: (nullable): checked as it goes
 * @busiest: (out) (optional) (element-type TautanSliceEntity): the nodes
 *   drawn, each with the window's events of a shown type any of its
 *   members takes part in (counted once), busiest first
 *
 * Counts what the canvas draws of @slice under the roll-up, by its rule:
 * each of the window's actors as the node tautan_rollup_drawn_as() gives,
 * once; each link as the link between its ends' nodes, one per ordered
 * pair, when some of its events are of a shown type (a link inside one
 * node is none); and a node that stands for no drawn link and no event
 * without a target (its events all inside itself, or of hidden types) is
 * not drawn. Under a filter, the events and links are those
 * tautan_rollup_compute() gives the canvas. Cheap enough for any window,
 * but linear in its events: call it on a worker for a big one.
 *
 * Returns: %FALSE when cancelled (@counts then unset)
 */
gboolean
tautan_rollup_count_drawn (TautanSlice          *slice,
                           const TautanFilter   *filter,
                           GHashTable           *expanded,
                           guint32               hidden_kinds,
                           const TautanTypeMask *hidden_types,
                           GCancellable         *cancellable,
                           TautanRollupCounts   *counts,
                           GArray              **busiest)
{
  TautanDataset *ds;
  g_autofree guint *group_of = NULL;
  g_autofree guint *members = NULL;
  g_autofree guint8 *candidate = NULL;
  g_autofree guint *weight = NULL;
  g_autoptr(GArray) pairs = g_array_new (FALSE, FALSE, sizeof (guint64));
  g_autoptr(GArray) events = NULL;
  g_autoptr(TautanFilterEdges) filtered = NULL;
  g_autofree guint *involved = NULL;
  g_autofree guint *stamp = NULL;
  guint n, n_edges;

  g_return_val_if_fail (TAUTAN_IS_SLICE (slice), FALSE);
  g_return_val_if_fail (hidden_types != NULL, FALSE);
  g_return_val_if_fail (counts != NULL, FALSE);

  ds = tautan_slice_get_dataset (slice);
  n = tautan_dataset_get_n_entities (ds);
  group_of = tautan_rollup_compute_group_of (ds, expanded);
  members = g_new0 (guint, MAX (n, 1));
  candidate = g_new0 (guint8, MAX (n, 1));
  weight = g_new0 (guint, MAX (n, 1));
  involved = g_new0 (guint, MAX (n, 1));
  stamp = g_new0 (guint, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    members[group_of[i]]++;

  /* The nodes the window's actors are drawn as. */
  for (guint k = 0; k < tautan_slice_get_n_entities (slice); k++)
    {
      guint node = tautan_rollup_drawn_as (ds, group_of, n, hidden_kinds, tautan_slice_get_entity (slice, k)->entity);

      if (node != TAUTAN_NONE)
        candidate[node] = 1;
    }

  /* Under a filter, the canvas's events and links: its roll-up's, the
   * links already between groups (drawn_as then only hides kinds, as a
   * group is its own group). */
  if (filter != NULL && !tautan_filter_is_empty (filter))
    {
      TautanTimeSpan span = tautan_slice_get_span (slice);

      if (tautan_slice_get_cumulative (slice))
        span.from = TAUTAN_DAY_MIN;
      events = tautan_filter_list_events (filter, ds, &span);
      if (g_cancellable_is_cancelled (cancellable))
        return FALSE;
      filtered = tautan_filter_aggregate_edges_mapped (filter, ds, &span, events, group_of);
    }
  else
    events = tautan_slice_list_events (slice, TAUTAN_NONE, TAUTAN_NONE, TAUTAN_NONE);

  /* The links between them with a shown type. */
  n_edges = filtered != NULL ? filtered->edges->len : tautan_slice_get_n_edges (slice);
  for (guint i = 0; i < n_edges; i++)
    {
      const TautanSliceEdge *edge;
      const guint32 *types, *type_counts;
      guint source, target, count = 0, stride = 1;

      if ((i & 4095) == 4095 && g_cancellable_is_cancelled (cancellable))
        return FALSE;
      if (filtered != NULL)
        {
          edge = &g_array_index (filtered->edges, TautanSliceEdge, i);
          /* (type, count) pairs */
          types = &g_array_index (filtered->type_pairs, guint32, edge->type_offset * 2);
          type_counts = types + 1;
          stride = 2;
        }
      else
        {
          edge = tautan_slice_get_edge (slice, i);
          tautan_slice_get_edge_types (slice, i, &types, &type_counts);
        }
      source = tautan_rollup_drawn_as (ds, group_of, n, hidden_kinds, edge->source);
      target = tautan_rollup_drawn_as (ds, group_of, n, hidden_kinds, edge->target);
      if (source == TAUTAN_NONE || target == TAUTAN_NONE || source == target || !candidate[source] || !candidate[target])
        continue;
      for (guint t = 0; t < edge->n_types; t++)
        if (!tautan_type_mask_has (hidden_types, types[t * stride]))
          count += type_counts[t * stride];
      if (count > 0)
        {
          guint64 pair = (guint64)source << 32 | target;

          g_array_append_val (pairs, pair);
          weight[source] += count;
          weight[target] += count;
        }
    }

  /* Events with no target mark their actors' nodes (the rings). */
  for (guint i = 0; i < events->len; i++)
    {
      TautanEvent event;

      if ((i & 4095) == 4095 && g_cancellable_is_cancelled (cancellable))
        return FALSE;
      tautan_dataset_get_event (ds, g_array_index (events, guint32, i), &event);
      if (tautan_type_mask_has (hidden_types, event.type))
        continue;
      /* each node counts the event once, whatever its members' roles */
      for (guint a = 0; a < event.n_actors + event.n_targets; a++)
        {
          guint x = a < event.n_actors ? event.actors[a] : event.targets[a - event.n_actors];
          guint node = tautan_rollup_drawn_as (ds, group_of, n, hidden_kinds, x);

          if (node == TAUTAN_NONE || !candidate[node] || stamp[node] == i + 1)
            continue;
          stamp[node] = i + 1;
          involved[node]++;
          if (event.n_targets == 0)
            weight[node]++;
        }
    }

  counts->n_actors = counts->n_groups = counts->n_links = 0;
  if (busiest != NULL)
    *busiest = g_array_new (FALSE, FALSE, sizeof (TautanSliceEntity));
  for (guint i = 0; i < n; i++)
    if (candidate[i] && weight[i] > 0)
      {
        TautanSliceEntity node = { i, involved[i] };

        counts->n_actors++;
        if (members[i] >= 2)
          counts->n_groups++;
        if (busiest != NULL)
          g_array_append_val (*busiest, node);
      }
  if (busiest != NULL)
    g_array_sort (*busiest, compare_busiest);
  g_array_sort (pairs, compare_pairs);
  for (guint i = 0; i < pairs->len; i++)
    if (i == 0 || g_array_index (pairs, guint64, i) != g_array_index (pairs, guint64, i - 1))
      counts->n_links++;
  return TRUE;
}
