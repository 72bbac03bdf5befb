/* tautan-slice.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-slice"

#include "config.h"

#include "tautan/tautan-slice.h"

#include "tautan-dataset-private.h"

struct _TautanSlice
{
  GObject         parent_instance;

  TautanDataset  *dataset;
  GArray         *edges;          /* TautanSliceEdge, by dataset edge index */
  GArray         *type_ids;       /* guint32, per edge type_offset/n_types */
  GArray         *type_counts;    /* guint32 */
  GArray         *entities;       /* TautanSliceEntity, by entity index */
  guint32        *entity_count;   /* dense, per entity */

  TautanTimeSpan  span;
  guint           n_events;
  guint           cumulative : 1;
};

G_DEFINE_FINAL_TYPE (TautanSlice, tautan_slice, G_TYPE_OBJECT)

static void
tautan_slice_finalize (GObject *object)
{
  TautanSlice *self = (TautanSlice *)object;

  g_clear_pointer (&self->edges, g_array_unref);
  g_clear_pointer (&self->type_ids, g_array_unref);
  g_clear_pointer (&self->type_counts, g_array_unref);
  g_clear_pointer (&self->entities, g_array_unref);
  g_clear_pointer (&self->entity_count, g_free);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (tautan_slice_parent_class)->finalize (object);
}

static void
tautan_slice_class_init (TautanSliceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tautan_slice_finalize;
}

static void
tautan_slice_init (TautanSlice *self)
{
  self->edges = g_array_new (FALSE, FALSE, sizeof (TautanSliceEdge));
  self->type_ids = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->type_counts = g_array_new (FALSE, FALSE, sizeof (guint32));
  self->entities = g_array_new (FALSE, FALSE, sizeof (TautanSliceEntity));
}

/* #(v[i] < x) in a sorted array */
static inline guint
lower_bound (const gint32 *v,
             guint         n,
             gint32        x)
{
  guint lo = 0, hi = n;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (v[mid] < x)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* #(v[i] <= x) in a sorted array */
static inline guint
upper_bound (const gint32 *v,
             guint         n,
             gint32        x)
{
  guint lo = 0, hi = n;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (v[mid] <= x)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static void
compute_edges (TautanSlice *self)
{
  TautanDataset *ds = self->dataset;
  TautanTaxonomy *taxonomy = tautan_dataset_get_taxonomy (ds);
  gsize n_edges;
  const guint32 *src = _tautan_dataset_column_data (ds, COL_EDGE_SRC, &n_edges);
  const guint32 *dst = COL_U32 (ds, COL_EDGE_DST);
  const gint32 *first = COL_I32 (ds, COL_EDGE_FIRST);
  const gint32 *last = COL_I32 (ds, COL_EDGE_LAST);
  const guint32 *ev_off = COL_U32 (ds, COL_EDGE_EV_OFF);
  const gint32 *starts = COL_I32 (ds, COL_EDGE_STARTS);
  const gint32 *ends = COL_I32 (ds, COL_EDGE_ENDS);
  const guint32 *type_off = COL_U32 (ds, COL_EDGE_TYPE_OFF);
  const guint32 *types = COL_U32 (ds, COL_EDGE_TYPES);
  const guint32 *pfx_off = COL_U32 (ds, COL_EDGE_PFX_OFF);
  const guint32 *pfx_s = COL_U32 (ds, COL_EDGE_PFX_S);
  const guint32 *pfx_e = COL_U32 (ds, COL_EDGE_PFX_E);
  guint n_types = tautan_taxonomy_get_n_types (taxonomy);
  g_autofree guint8 *quad_of = g_new (guint8, MAX (n_types, 1));
  TautanDay from = self->span.from, to = self->span.to;

  for (guint t = 0; t < n_types; t++)
    quad_of[t] = (guint8)tautan_taxonomy_get_event_type (taxonomy, t)->quad_class;

  for (guint k = 0; k < n_edges; k++)
    {
      const gint32 *s, *e;
      const guint32 *row_s, *row_e;
      TautanSliceEdge edge = { 0 };
      guint n, i_s, i_e, before, ends_le, n_local, best = 0;

      if (first[k] > to || last[k] < from)
        continue;

      n = ev_off[k + 1] - ev_off[k];
      s = starts + ev_off[k];
      e = ends + ev_off[k];
      i_s = upper_bound (s, n, to);
      i_e = lower_bound (e, n, from);
      if (i_s <= i_e)
        continue;

      n_local = type_off[k + 1] - type_off[k];
      row_s = pfx_s + pfx_off[k] + (gsize)i_s * (n_local + 1);
      row_e = pfx_e + pfx_off[k] + (gsize)i_e * (n_local + 1);

      edge.edge = k;
      edge.source = src[k];
      edge.target = dst[k];
      edge.count = i_s - i_e;
      edge.imprecise = row_s[n_local] - row_e[n_local];
      edge.type_offset = self->type_ids->len;

      for (guint t = 0; t < n_local; t++)
        {
          guint32 c = row_s[t] - row_e[t];
          guint32 type = types[type_off[k] + t];

          if (c == 0)
            continue;
          g_array_append_val (self->type_ids, type);
          g_array_append_val (self->type_counts, c);
          edge.quad_counts[quad_of[type]] += c;
          if (c > best)
            {
              best = c;
              edge.dominant_type = type;
            }
          edge.n_types++;
        }

      for (guint q = 1; q < TAUTAN_N_QUAD_CLASSES; q++)
        if (edge.quad_counts[q] > edge.quad_counts[edge.dominant_quad])
          edge.dominant_quad = q;

      /* Dates clipped to the window: an event straddling `from` makes the
       * edge active from the window's first day. */
      before = lower_bound (s, n, from);
      edge.first = before > i_e ? from : s[before];
      ends_le = upper_bound (e, n, to);
      edge.last = i_s > ends_le ? to : e[ends_le - 1];

      g_array_append_val (self->edges, edge);
    }
}

static void
compute_entities (TautanSlice *self)
{
  TautanDataset *ds = self->dataset;
  guint n_entities = tautan_dataset_get_n_entities (ds);
  const guint32 *off = COL_U32 (ds, COL_ENT_EV_OFF);
  const gint32 *starts = COL_I32 (ds, COL_ENT_STARTS);
  const gint32 *ends = COL_I32 (ds, COL_ENT_ENDS);

  self->entity_count = g_new0 (guint32, MAX (n_entities, 1));

  for (guint ent = 0; ent < n_entities; ent++)
    {
      guint n = off[ent + 1] - off[ent];
      guint c;

      if (n == 0 || starts[off[ent]] > self->span.to)
        continue;
      c = upper_bound (starts + off[ent], n, self->span.to) - lower_bound (ends + off[ent], n, self->span.from);
      if (c > 0)
        {
          TautanSliceEntity entity = { ent, c };

          self->entity_count[ent] = c;
          g_array_append_val (self->entities, entity);
        }
    }
}

/**
 * tautan_slice_new:
 * @span: the window, both ends inclusive
 * @cumulative: count everything up to @span's end instead
 *
 * Computes the edges, active entities and event count of the window. An
 * event is in the window when its date interval overlaps it.
 *
 * Returns: (transfer full): the slice
 */
TautanSlice *
tautan_slice_new (TautanDataset        *dataset,
                  const TautanTimeSpan *span,
                  gboolean              cumulative)
{
  TautanSlice *self;
  gsize n_events;
  const gint32 *sorted_starts;
  const gint32 *sorted_ends;

  g_return_val_if_fail (TAUTAN_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (span != NULL, NULL);

  self = g_object_new (TAUTAN_TYPE_SLICE, NULL);
  self->dataset = g_object_ref (dataset);
  self->cumulative = !!cumulative;
  self->span = *span;
  if (cumulative)
    self->span.from = MIN (span->to, tautan_dataset_get_span (dataset).from);

  sorted_starts = _tautan_dataset_column_data (dataset, COL_IX_SORTED_STARTS, &n_events);
  sorted_ends = COL_I32 (dataset, COL_IX_SORTED_ENDS);
  if (self->span.from <= self->span.to)
    self->n_events = upper_bound (sorted_starts, (guint)n_events, self->span.to) -
                     MIN (upper_bound (sorted_starts, (guint)n_events, self->span.to),
                          lower_bound (sorted_ends, (guint)n_events, self->span.from));

  compute_edges (self);
  compute_entities (self);

  return self;
}

/**
 * tautan_slice_get_dataset:
 *
 * Returns: (transfer none): the dataset
 */
TautanDataset *
tautan_slice_get_dataset (TautanSlice *self)
{
  g_return_val_if_fail (TAUTAN_IS_SLICE (self), NULL);
  return self->dataset;
}

/* The effective window: in cumulative mode it starts with the data. */
TautanTimeSpan
tautan_slice_get_span (TautanSlice *self)
{
  return self->span;
}

gboolean
tautan_slice_get_cumulative (TautanSlice *self)
{
  g_return_val_if_fail (TAUTAN_IS_SLICE (self), FALSE);
  return self->cumulative;
}

guint
tautan_slice_get_n_events (TautanSlice *self)
{
  g_return_val_if_fail (TAUTAN_IS_SLICE (self), 0);
  return self->n_events;
}

guint
tautan_slice_get_n_edges (TautanSlice *self)
{
  g_return_val_if_fail (TAUTAN_IS_SLICE (self), 0);
  return self->edges->len;
}

const TautanSliceEdge *
tautan_slice_get_edge (TautanSlice *self,
                       guint        index)
{
  g_return_val_if_fail (TAUTAN_IS_SLICE (self), NULL);
  g_return_val_if_fail (index < self->edges->len, NULL);
  return &g_array_index (self->edges, TautanSliceEdge, index);
}

/**
 * tautan_slice_find_edge:
 *
 * Returns: (nullable): the edge @source → @target, if active in the window
 */
const TautanSliceEdge *
tautan_slice_find_edge (TautanSlice *self,
                        guint        source,
                        guint        target)
{
  guint lo = 0, hi;

  g_return_val_if_fail (TAUTAN_IS_SLICE (self), NULL);

  /* Edges are ordered by (source, target), as the dataset numbers them. */
  hi = self->edges->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      const TautanSliceEdge *e = &g_array_index (self->edges, TautanSliceEdge, mid);

      if (e->source < source || (e->source == source && e->target < target))
        lo = mid + 1;
      else
        hi = mid;
    }

  if (lo < self->edges->len)
    {
      const TautanSliceEdge *e = &g_array_index (self->edges, TautanSliceEdge, lo);
      if (e->source == source && e->target == target)
        return e;
    }
  return NULL;
}

/**
 * tautan_slice_get_edge_types:
 * @types: (out): event-type indices, `n_types` of them
 * @counts: (out): how many events of each type
 */
void
tautan_slice_get_edge_types (TautanSlice     *self,
                             guint            index,
                             const guint32  **types,
                             const guint32  **counts)
{
  const TautanSliceEdge *edge;

  g_return_if_fail (TAUTAN_IS_SLICE (self));
  g_return_if_fail (index < self->edges->len);

  edge = &g_array_index (self->edges, TautanSliceEdge, index);
  *types = &g_array_index (self->type_ids, guint32, edge->type_offset);
  *counts = &g_array_index (self->type_counts, guint32, edge->type_offset);
}

guint
tautan_slice_get_n_entities (TautanSlice *self)
{
  g_return_val_if_fail (TAUTAN_IS_SLICE (self), 0);
  return self->entities->len;
}

const TautanSliceEntity *
tautan_slice_get_entity (TautanSlice *self,
                         guint        index)
{
  g_return_val_if_fail (TAUTAN_IS_SLICE (self), NULL);
  g_return_val_if_fail (index < self->entities->len, NULL);
  return &g_array_index (self->entities, TautanSliceEntity, index);
}

/* Events @entity takes part in within the window; 0 when inactive. */
guint
tautan_slice_get_entity_count (TautanSlice *self,
                               guint        entity)
{
  g_return_val_if_fail (TAUTAN_IS_SLICE (self), 0);
  if (entity >= tautan_dataset_get_n_entities (self->dataset))
    return 0;
  return self->entity_count[entity];
}

gboolean
tautan_slice_contains_event (TautanSlice *self,
                             guint        event)
{
  g_return_val_if_fail (TAUTAN_IS_SLICE (self), FALSE);
  g_return_val_if_fail (event < tautan_dataset_get_n_events (self->dataset), FALSE);

  return tautan_time_span_overlaps (&self->span,
                                    COL_I32 (self->dataset, COL_EV_START)[event],
                                    COL_I32 (self->dataset, COL_EV_END)[event]);
}

static void
append_in_window (TautanSlice   *self,
                  GArray        *out,
                  const guint32 *events,
                  guint          n)
{
  const gint32 *start = COL_I32 (self->dataset, COL_EV_START);
  const gint32 *end = COL_I32 (self->dataset, COL_EV_END);

  for (guint i = 0; i < n && start[events[i]] <= self->span.to; i++)
    if (end[events[i]] >= self->span.from)
      g_array_append_val (out, events[i]);
}

/**
 * tautan_slice_list_events:
 * @entity: an entity index, or %TAUTAN_NONE
 * @source: with @target, an edge's actor, or %TAUTAN_NONE
 * @target: the edge's target
 *
 * Lists the events in the window: of @entity, of the edge @source →
 * @target, or all of them, ordered by start date.
 *
 * Returns: (transfer full) (element-type guint32): event indices
 */
GArray *
tautan_slice_list_events (TautanSlice *self,
                          guint        entity,
                          guint        source,
                          guint        target)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (guint32));
  TautanDataset *ds;

  g_return_val_if_fail (TAUTAN_IS_SLICE (self), out);

  ds = self->dataset;

  if (source != TAUTAN_NONE)
    {
      const TautanSliceEdge *edge = tautan_slice_find_edge (self, source, target);

      if (edge != NULL)
        {
          const guint32 *off = COL_U32 (ds, COL_EDGE_EV_OFF);
          append_in_window (self, out, COL_U32 (ds, COL_EDGE_EV) + off[edge->edge],
                            off[edge->edge + 1] - off[edge->edge]);
        }
    }
  else if (entity != TAUTAN_NONE)
    {
      const guint32 *off = COL_U32 (ds, COL_ENT_EV_OFF);

      g_return_val_if_fail (entity < tautan_dataset_get_n_entities (ds), out);
      append_in_window (self, out, COL_U32 (ds, COL_ENT_EV) + off[entity], off[entity + 1] - off[entity]);
    }
  else
    append_in_window (self, out, COL_U32 (ds, COL_IX_BY_START), tautan_dataset_get_n_events (ds));

  return out;
}

/**
 * tautan_slice_list_quotes:
 * @entity: the speaker, or %TAUTAN_NONE for every quote
 *
 * Lists the quotes whose event lies in the window (or, for a quote backing
 * no event, whose source was published in it).
 *
 * Returns: (transfer full) (element-type guint32): quote indices
 */
GArray *
tautan_slice_list_quotes (TautanSlice *self,
                          guint        entity)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (guint32));
  TautanDataset *ds;
  const guint32 *quotes;
  const guint32 *q_event;
  const guint32 *q_source;
  const gint32 *published;
  guint n;

  g_return_val_if_fail (TAUTAN_IS_SLICE (self), out);

  ds = self->dataset;
  q_event = COL_U32 (ds, COL_Q_EVENT);
  q_source = COL_U32 (ds, COL_Q_SOURCE);
  published = COL_I32 (ds, COL_SRC_PUBLISHED);

  if (entity != TAUTAN_NONE)
    {
      const guint32 *off = COL_U32 (ds, COL_ENT_QUOTE_OFF);

      g_return_val_if_fail (entity < tautan_dataset_get_n_entities (ds), out);
      quotes = COL_U32 (ds, COL_ENT_QUOTES) + off[entity];
      n = off[entity + 1] - off[entity];
    }
  else
    {
      quotes = NULL;
      n = tautan_dataset_get_n_quotes (ds);
    }

  for (guint i = 0; i < n; i++)
    {
      guint32 q = quotes ? quotes[i] : i;
      gboolean in;

      if (q_event[q] != TAUTAN_NONE)
        in = tautan_slice_contains_event (self, q_event[q]);
      else
        in = published[q_source[q]] != TAUTAN_DAY_NONE &&
             tautan_time_span_overlaps (&self->span, published[q_source[q]], published[q_source[q]]);
      if (in)
        g_array_append_val (out, q);
    }

  return out;
}
