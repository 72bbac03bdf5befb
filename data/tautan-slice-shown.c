/* tautan-slice-shown.c: what a slice shows once kinds and event types are hidden
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The canvas leaves out hidden event types, and actors of hidden kinds
 * with every link to them. The window's counts, busiest actors and
 * histogram must say the same, so they count here by the canvas's rule:
 * an event is shown when its type is not hidden and it joins an actor and
 * a target that are both shown, or, with no target, has a shown actor
 * (drawn as the actor's ring). A self-loop counts as the slice counts it,
 * so that hiding nothing gives the slice's own figures.
 */

#include "config.h"

#include "tautan/tautan-slice.h"

#include "tautan-slice-private.h"

/* Whether @entity's kind is hidden; @cache holds one byte per entity,
 * zeroed before the first call for these @hidden_kinds. */
gboolean
_tautan_entity_kind_hidden (TautanDataset *ds,
                            guint32        hidden_kinds,
                            guint          entity,
                            guint8        *cache)
{
  /* 0 unknown, 1 shown, 2 hidden: each entity's kind is read once. */
  if (cache[entity] == 0)
    {
      TautanEntity e;

      tautan_dataset_get_entity (ds, entity, &e);
      cache[entity] = e.kind < 32 && (hidden_kinds & (1u << e.kind)) != 0 ? 2 : 1;
    }
  return cache[entity] == 2;
}

/**
 * tautan_event_shown:
 * @dataset: the dataset
 * @event: a decoded event of @dataset
 * @hidden_kinds: bit per #TautanEntityKind
 * @hidden_types: event types left out
 * @kind_cache: one byte per entity of @dataset, zeroed before the first
 *   call and kept for the same @hidden_kinds: each kind is read once
 * @entity_shown: (out caller-allocates) (optional): one byte per entity of
 *   @dataset, set to 1 for each entity the event shows (others untouched)
 *
 * Whether the canvas shows @event: by its type and by the kinds of its
 * actors and targets, as described at the top of this file.
 *
 * Returns: %TRUE when shown
 */
gboolean
tautan_event_shown (TautanDataset        *dataset,
                    const TautanEvent    *event,
                    guint32               hidden_kinds,
                    const TautanTypeMask *hidden_types,
                    guint8               *kind_cache,
                    guint8               *entity_shown)
{
  gboolean shown = FALSE;

  if (hidden_types != NULL && tautan_type_mask_has (hidden_types, event->type))
    return FALSE;

  for (guint a = 0; a < event->n_actors; a++)
    {
      guint actor = event->actors[a];

      if (_tautan_entity_kind_hidden (dataset, hidden_kinds, actor, kind_cache))
        continue;
      if (event->n_targets == 0)
        {
          shown = TRUE;
          if (entity_shown != NULL)
            entity_shown[actor] = 1;
          continue;
        }
      for (guint t = 0; t < event->n_targets; t++)
        {
          guint target = event->targets[t];

          if (_tautan_entity_kind_hidden (dataset, hidden_kinds, target, kind_cache))
            continue;
          shown = TRUE;
          if (entity_shown == NULL)
            return TRUE;
          entity_shown[actor] = 1;
          entity_shown[target] = 1;
        }
    }
  return shown;
}

/* The busiest first, then by index: the order of every count of shown
 * entities. */
int
_tautan_slice_entity_compare_busiest (gconstpointer a,
                                      gconstpointer b)
{
  const TautanSliceEntity *x = a, *y = b;

  if (x->count != y->count)
    return x->count < y->count ? 1 : -1;
  return (x->entity > y->entity) - (x->entity < y->entity);
}

/**
 * tautan_slice_count_shown:
 * @hidden_kinds: bit per #TautanEntityKind
 * @hidden_types: event types left out
 *
 * Counts what the canvas shows of the slice with these kinds and types
 * hidden. With nothing hidden, the slice's own figures are used.
 *
 * Returns: (transfer full): the counts; free with tautan_slice_shown_free()
 */
TautanSliceShown *
tautan_slice_count_shown (TautanSlice          *self,
                          guint32               hidden_kinds,
                          const TautanTypeMask *hidden_types)
{
  TautanDataset *ds;
  TautanSliceShown *shown;
  g_autoptr(GArray) events = NULL;
  g_autoptr(GArray) quotes = NULL;
  g_autofree guint8 *kind_cache = NULL;
  g_autofree guint8 *event_shown = NULL;
  g_autofree guint8 *entity_shown = NULL;
  g_autofree guint32 *counts = NULL;
  guint n_entities;

  g_return_val_if_fail (TAUTAN_IS_SLICE (self), NULL);
  g_return_val_if_fail (hidden_types != NULL, NULL);

  ds = tautan_slice_get_dataset (self);
  n_entities = tautan_dataset_get_n_entities (ds);
  shown = g_new0 (TautanSliceShown, 1);
  shown->entities = g_array_new (FALSE, FALSE, sizeof (TautanSliceEntity));
  events = tautan_slice_list_events (self, TAUTAN_NONE, TAUTAN_NONE, TAUTAN_NONE);
  quotes = tautan_slice_list_quotes (self, TAUTAN_NONE);

  if (hidden_kinds == 0 && tautan_type_mask_is_empty (hidden_types))
    {
      shown->n_events = tautan_slice_get_n_events (self);
      shown->n_edges = tautan_slice_get_n_edges (self);
      shown->n_quotes = quotes->len;
      for (guint i = 0; i < tautan_slice_get_n_entities (self); i++)
        g_array_append_val (shown->entities, *tautan_slice_get_entity (self, i));
      g_array_sort (shown->entities, _tautan_slice_entity_compare_busiest);
      shown->events = g_steal_pointer (&events);
      return shown;
    }

  kind_cache = g_new0 (guint8, MAX (n_entities, 1));
  entity_shown = g_new0 (guint8, MAX (n_entities, 1));
  counts = g_new0 (guint32, MAX (n_entities, 1));
  event_shown = g_new0 (guint8, MAX (tautan_dataset_get_n_events (ds), 1));
  shown->events = g_array_new (FALSE, FALSE, sizeof (guint32));

  for (guint i = 0; i < events->len; i++)
    {
      guint32 e = g_array_index (events, guint32, i);
      TautanEvent event;

      tautan_dataset_get_event (ds, e, &event);
      if (!tautan_event_shown (ds, &event, hidden_kinds, hidden_types, kind_cache, entity_shown))
        continue;
      event_shown[e] = 1;
      g_array_append_val (shown->events, e);
      /* Each entity counts the event once, however many pairs it is in. */
      for (guint a = 0; a < event.n_actors; a++)
        if (entity_shown[event.actors[a]] == 1)
          {
            counts[event.actors[a]]++;
            entity_shown[event.actors[a]] = 2;
          }
      for (guint t = 0; t < event.n_targets; t++)
        if (entity_shown[event.targets[t]] == 1)
          {
            counts[event.targets[t]]++;
            entity_shown[event.targets[t]] = 2;
          }
      for (guint a = 0; a < event.n_actors; a++)
        entity_shown[event.actors[a]] = 0;
      for (guint t = 0; t < event.n_targets; t++)
        entity_shown[event.targets[t]] = 0;
    }
  shown->n_events = shown->events->len;

  for (guint i = 0; i < n_entities; i++)
    if (counts[i] > 0)
      {
        TautanSliceEntity entity = { i, counts[i] };

        g_array_append_val (shown->entities, entity);
      }
  g_array_sort (shown->entities, _tautan_slice_entity_compare_busiest);

  /* A link is shown when both ends are and one of its types is. */
  for (guint i = 0; i < tautan_slice_get_n_edges (self); i++)
    {
      const TautanSliceEdge *edge = tautan_slice_get_edge (self, i);
      const guint32 *types, *type_counts;

      if (_tautan_entity_kind_hidden (ds, hidden_kinds, edge->source, kind_cache) ||
          _tautan_entity_kind_hidden (ds, hidden_kinds, edge->target, kind_cache))
        continue;
      tautan_slice_get_edge_types (self, i, &types, &type_counts);
      for (guint t = 0; t < edge->n_types; t++)
        if (type_counts[t] > 0 && !tautan_type_mask_has (hidden_types, types[t]))
          {
            shown->n_edges++;
            break;
          }
    }

  shown->n_quotes = _tautan_count_shown_quotes (ds, quotes, event_shown);

  return shown;
}

/* How many of @quotes show: a quote of a hidden or filtered-out event
 * (0 in @event_shown, one byte per event) goes with it; one of no event
 * stays. */
guint
_tautan_count_shown_quotes (TautanDataset *ds,
                            GArray        *quotes,
                            const guint8  *event_shown)
{
  guint n = 0;

  for (guint i = 0; i < quotes->len; i++)
    {
      TautanQuote quote;

      tautan_dataset_get_quote (ds, g_array_index (quotes, guint32, i), &quote);
      if (quote.event == TAUTAN_NONE || event_shown[quote.event])
        n++;
    }
  return n;
}

void
tautan_slice_shown_free (TautanSliceShown *shown)
{
  if (shown == NULL)
    return;
  g_clear_pointer (&shown->events, g_array_unref);
  g_clear_pointer (&shown->entities, g_array_unref);
  g_free (shown);
}
