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
 * the validator reports, are cut where they close. */
TautanRollup *
tautan_rollup_compute (TautanDataset        *dataset,
                       const TautanFilter   *filter,
                       const TautanTimeSpan *span,
                       GHashTable           *expanded)
{
  g_autoptr(GArray) chain = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) events = NULL;
  g_autofree guint *count = NULL;
  g_autofree guint *offset = NULL;
  g_autofree guint *fill = NULL;
  g_autofree guint8 *on_chain = NULL;
  TautanRollup *r;
  guint n;

  g_return_val_if_fail (TAUTAN_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (filter != NULL, NULL);

  n = tautan_dataset_get_n_entities (dataset);
  r = g_new0 (TautanRollup, 1);
  r->group_of = g_new (guint, MAX (n, 1));
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
      r->group_of[i] = g_array_index (chain, guint, k);
    }

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
  g_free (rollup);
}
