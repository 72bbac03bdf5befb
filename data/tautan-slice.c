/* tautan-slice.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-slice"

#include "config.h"

#include <string.h>

#include "tautan/tautan-slice.h"

#include "tautan-slice-private.h"

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
  guint           own_arrays : 1;  /* made by compute_edges(): may be left as spares */
};

G_DEFINE_FINAL_TYPE (TautanSlice, tautan_slice, G_TYPE_OBJECT)

/* Spare arrays
 *
 * A slice of 300,000 edges writes some 20 MB of answers; fresh from
 * malloc, every page of them was faulted in and zeroed by the kernel at
 * its first write, a fifth of the slice's time while the time slider
 * moves. The last big slice freed leaves its three arrays here for the
 * next prefix answer, pages mapped: one set only, so what is kept is at
 * most one slice's answers. */

typedef struct
{
  GArray *edges;
  GArray *type_ids;
  GArray *type_counts;
} SpareArrays;

static GMutex      spare_mutex;
static SpareArrays spare;
static gsize       spare_min_bytes = 1 << 20;  /* smaller arrays cost little to fault in */
static guint       spare_n_reused;

/* A 300,000-edge slice's answers fit; a million edges' are let go (the
 * real window's peak at 1M events). */
#define SPARE_MAX_BYTES ((gsize)48 << 20)

static gsize
spare_bytes (GArray *edges)
{
  return (gsize)edges->len * sizeof (TautanSliceEdge);
}

/* Keeps @self's arrays for the next slice when big and not shared. */
static void
spare_give (TautanSlice *self)
{
  SpareArrays old = { NULL, NULL, NULL };
  gsize bytes;

  if (!self->own_arrays || self->edges == NULL || self->type_ids == NULL || self->type_counts == NULL)
    return;
  bytes = spare_bytes (self->edges);
  if (bytes < spare_min_bytes || bytes > SPARE_MAX_BYTES)
    return;

  g_mutex_lock (&spare_mutex);
  old = spare;
  spare = (SpareArrays) { g_steal_pointer (&self->edges), g_steal_pointer (&self->type_ids),
                          g_steal_pointer (&self->type_counts) };
  g_mutex_unlock (&spare_mutex);

  g_clear_pointer (&old.edges, g_array_unref);
  g_clear_pointer (&old.type_ids, g_array_unref);
  g_clear_pointer (&old.type_counts, g_array_unref);
}

/* Swaps the spare arrays, if any, for @self's empty ones. */
static void
spare_take (TautanSlice *self)
{
  SpareArrays got;

  g_mutex_lock (&spare_mutex);
  got = spare;
  spare = (SpareArrays) { NULL, NULL, NULL };
  if (got.edges != NULL)
    spare_n_reused++;
  g_mutex_unlock (&spare_mutex);

  if (got.edges == NULL)
    return;
  g_array_unref (self->edges);
  g_array_unref (self->type_ids);
  g_array_unref (self->type_counts);
  self->edges = got.edges;
  self->type_ids = got.type_ids;
  self->type_counts = got.type_counts;
  g_array_set_size (self->edges, 0);
  g_array_set_size (self->type_ids, 0);
  g_array_set_size (self->type_counts, 0);
}

guint
_tautan_slice_set_spare_min (guint   bytes,
                             guint  *n_reused)
{
  SpareArrays dropped;
  guint old;

  g_mutex_lock (&spare_mutex);
  old = (guint)spare_min_bytes;
  spare_min_bytes = bytes;
  if (n_reused != NULL)
    *n_reused = spare_n_reused;
  dropped = spare;
  spare = (SpareArrays) { NULL, NULL, NULL };
  g_mutex_unlock (&spare_mutex);

  g_clear_pointer (&dropped.edges, g_array_unref);
  g_clear_pointer (&dropped.type_ids, g_array_unref);
  g_clear_pointer (&dropped.type_counts, g_array_unref);
  return old;
}

static void
tautan_slice_finalize (GObject *object)
{
  TautanSlice *self = (TautanSlice *)object;

  spare_give (self);
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

/* Records @count events of @type on @edge, both routes alike. */
static inline void
edge_add_type (TautanSliceEdge *edge,
               guint32          type,
               guint32          count,
               const guint8    *quad_of,
               guint           *best,
               guint32         *out_types,
               guint32         *out_counts,
               guint           *n_pairs)
{
  out_types[*n_pairs] = type;
  out_counts[*n_pairs] = count;
  (*n_pairs)++;
  edge->quad_counts[quad_of[type]] += count;
  /* Ties go to the lower type, so both routes, which list the types in
   * different orders, name the same one. */
  if (count > *best || (count == *best && type < edge->dominant_type))
    {
      *best = count;
      edge->dominant_type = type;
    }
  edge->n_types++;
}

static inline void
edge_pick_dominant_quad (TautanSliceEdge *edge)
{
  for (guint q = 1; q < TAUTAN_N_QUAD_CLASSES; q++)
    if (edge->quad_counts[q] > edge->quad_counts[edge->dominant_quad])
      edge->dominant_quad = q;
}

/* The columns an edge's window answer reads, fetched once per query. */
void
_tautan_slice_edge_columns_init (TautanSliceEdgeColumns *c,
                                 TautanDataset          *ds)
{
  TautanTaxonomy *taxonomy = tautan_dataset_get_taxonomy (ds);
  gsize n_edges;

  c->src = _tautan_dataset_column_data (ds, COL_EDGE_SRC, &n_edges);
  c->n_edges = (guint)n_edges;
  c->dst = COL_U32 (ds, COL_EDGE_DST);
  c->first = COL_I32 (ds, COL_EDGE_FIRST);
  c->last = COL_I32 (ds, COL_EDGE_LAST);
  c->ev_off = COL_U32 (ds, COL_EDGE_EV_OFF);
  c->starts = COL_I32 (ds, COL_EDGE_STARTS);
  c->ends = COL_I32 (ds, COL_EDGE_ENDS);
  c->type_off = COL_U32 (ds, COL_EDGE_TYPE_OFF);
  c->types = COL_U32 (ds, COL_EDGE_TYPES);
  c->pfx_off = COL_U32 (ds, COL_EDGE_PFX_OFF);
  c->pfx_s = COL_U32 (ds, COL_EDGE_PFX_S);
  c->pfx_e = COL_U32 (ds, COL_EDGE_PFX_E);
  c->n_types = tautan_taxonomy_get_n_types (taxonomy);
  c->quad_of = g_new (guint8, MAX (c->n_types, 1));
  for (guint t = 0; t < c->n_types; t++)
    c->quad_of[t] = (guint8)tautan_taxonomy_get_event_type (taxonomy, t)->quad_class;
}

void
_tautan_slice_edge_columns_clear (TautanSliceEdgeColumns *c)
{
  g_clear_pointer (&c->quad_of, g_free);
}

/* Fills @edge for edge @k of the window [@from, @to], of which it holds
 * the events i_e..i_s in its prefix rows (i_s > i_e); its (type, count)
 * pairs go to @out_types and @out_counts from *@n_pairs on. */
void
_tautan_slice_edge_fill (const TautanSliceEdgeColumns *c,
                         guint                         k,
                         guint                         i_s,
                         guint                         i_e,
                         TautanDay                     from,
                         TautanDay                     to,
                         TautanSliceEdge              *edge,
                         guint32                      *out_types,
                         guint32                      *out_counts,
                         guint                        *n_pairs)
{
  guint n = c->ev_off[k + 1] - c->ev_off[k];
  const gint32 *s = c->starts + c->ev_off[k];
  const gint32 *e = c->ends + c->ev_off[k];
  guint n_local = c->type_off[k + 1] - c->type_off[k];
  const guint32 *row_s = c->pfx_s + c->pfx_off[k] + (gsize)i_s * (n_local + 1);
  const guint32 *row_e = c->pfx_e + c->pfx_off[k] + (gsize)i_e * (n_local + 1);
  guint best = 0;

  memset (edge, 0, sizeof *edge);
  edge->edge = k;
  edge->source = c->src[k];
  edge->target = c->dst[k];
  edge->count = i_s - i_e;
  edge->imprecise = row_s[n_local] - row_e[n_local];
  edge->type_offset = *n_pairs;

  for (guint t = 0; t < n_local; t++)
    {
      guint32 count = row_s[t] - row_e[t];
      guint32 type = c->types[c->type_off[k] + t];

      if (count == 0)
        continue;
      edge_add_type (edge, type, count, c->quad_of, &best, out_types, out_counts, n_pairs);
    }
  edge_pick_dominant_quad (edge);

  /* Dates clipped to the window: an event straddling `from` makes the
   * edge active from the window's first day. */
  if (c->first[k] >= from)
    edge->first = c->first[k];
  else
    {
      guint before = _tautan_lower_bound (s, n, from);
      edge->first = before > i_e ? from : s[before];
    }
  if (c->last[k] <= to)
    edge->last = c->last[k];
  else
    {
      guint ends_le = _tautan_upper_bound (e, n, to);
      edge->last = i_s > ends_le ? to : e[ends_le - 1];
    }
}

/* Past this many dataset edges, compute_edges() answers them on two
 * threads, each its own range. */
static guint prefix_split = 65536;

guint
_tautan_slice_set_prefix_split (guint n_edges)
{
  guint old = prefix_split;

  prefix_split = n_edges;
  return old;
}

typedef struct
{
  const TautanSliceEdgeColumns *c;
  TautanDay        from;
  TautanDay        to;
  guint            k0, k1;       /* dataset edges to answer */
  guint            out0;         /* where the first answer goes */
  guint            pairs0;
  guint            n_out;        /* then: how many were written */
  guint            n_pairs;
  TautanSliceEdge *out;
  guint32         *out_types;
  guint32         *out_counts;
} EdgeRange;

static void
edge_range_run (EdgeRange *r)
{
  guint n_out = r->out0, n_pairs = r->pairs0;

  for (guint k = r->k0; k < r->k1; k++)
    {
      guint i_s, i_e;

      if (r->c->first[k] > r->to || r->c->last[k] < r->from)
        continue;

      i_s = _tautan_slice_edge_starts_until (r->c, k, r->to);
      i_e = _tautan_slice_edge_ends_before (r->c, k, r->from);
      if (i_s <= i_e)
        continue;
      _tautan_slice_edge_fill (r->c, k, i_s, i_e, r->from, r->to, &r->out[n_out++], r->out_types, r->out_counts,
                               &n_pairs);
    }
  r->n_out = n_out - r->out0;
  r->n_pairs = n_pairs - r->pairs0;
}

static gpointer
edge_range_thread (gpointer data)
{
  edge_range_run (data);
  return NULL;
}

static void
compute_edges (TautanSlice *self)
{
  TautanSliceEdgeColumns c;
  TautanDay from = self->span.from, to = self->span.to;
  guint n_out = 0, n_pairs = 0, split, split_out = 0, split_pairs = 0;
  EdgeRange a, b;

  _tautan_slice_edge_columns_init (&c, self->dataset);
  spare_take (self);
  self->own_arrays = TRUE;

  /* Size the output once: a cumulative window late in the data holds
   * most edges, and growing arrays of that size costs more than the
   * answer itself. Where the second half would start, too. */
  split = c.n_edges >= MAX (prefix_split, 2) ? c.n_edges / 2 : c.n_edges;
  for (guint k = 0; k < c.n_edges; k++)
    {
      if (k == split)
        {
          split_out = n_out;
          split_pairs = n_pairs;
        }
      if (c.first[k] <= to && c.last[k] >= from)
        {
          n_out++;
          n_pairs += c.type_off[k + 1] - c.type_off[k];
        }
    }
  g_array_set_size (self->edges, n_out);
  g_array_set_size (self->type_ids, n_pairs);
  g_array_set_size (self->type_counts, n_pairs);

  a = (EdgeRange) { &c, from, to, 0, split, 0, 0, 0, 0, (TautanSliceEdge *)(gpointer)self->edges->data,
                    (guint32 *)(gpointer)self->type_ids->data, (guint32 *)(gpointer)self->type_counts->data };
  if (split < c.n_edges)
    {
      GThread *thread;

      b = a;
      b.k0 = split;
      b.k1 = c.n_edges;
      b.out0 = split_out;
      b.pairs0 = split_pairs;
      thread = g_thread_try_new ("slice-edges", edge_range_thread, &b, NULL);
      edge_range_run (&a);
      if (thread != NULL)
        g_thread_join (thread);
      else
        edge_range_run (&b);

      /* The first half may have answered fewer than it had room for (an
       * edge with no event in the window, though its span meets it):
       * the second moves up to follow it. */
      if (a.n_out < split_out || a.n_pairs < split_pairs)
        {
          memmove (a.out + a.n_out, a.out + split_out, sizeof (TautanSliceEdge) * b.n_out);
          memmove (a.out_types + a.n_pairs, a.out_types + split_pairs, sizeof (guint32) * b.n_pairs);
          memmove (a.out_counts + a.n_pairs, a.out_counts + split_pairs, sizeof (guint32) * b.n_pairs);
          for (guint i = a.n_out; i < a.n_out + b.n_out; i++)
            a.out[i].type_offset -= split_pairs - a.n_pairs;
        }
      n_out = a.n_out + b.n_out;
      n_pairs = a.n_pairs + b.n_pairs;
    }
  else
    {
      edge_range_run (&a);
      n_out = a.n_out;
      n_pairs = a.n_pairs;
    }

  g_array_set_size (self->edges, n_out);
  g_array_set_size (self->type_ids, n_pairs);
  g_array_set_size (self->type_counts, n_pairs);
  _tautan_slice_edge_columns_clear (&c);
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
      c = _tautan_upper_bound (starts + off[ent], n, self->span.to) - _tautan_lower_bound (ends + off[ent], n, self->span.from);
      if (c > 0)
        {
          TautanSliceEntity entity = { ent, c };

          self->entity_count[ent] = c;
          g_array_append_val (self->entities, entity);
        }
    }
}

/* Small windows: enumerate the events inside and aggregate them, touching
 * only what the window holds. Big windows: compute_edges() answers each
 * edge from its prefix counts. Either way the result is the same (the
 * oracle test checks both against brute force). */

typedef struct
{
  guint32  edge;
  guint32  slot;
} Bucket;

typedef struct
{
  Bucket  *buckets;
  guint32  mask;
  guint32  n_slots;
} EdgeMap;

static guint32 edge_map_slot (EdgeMap *map,
                              guint32  edge);

/* Doubles the table; slots keep their numbers. */
static void
edge_map_grow (EdgeMap *map)
{
  Bucket *old = map->buckets;
  guint32 old_size = map->mask + 1;

  map->mask = old_size * 2 - 1;
  map->buckets = g_new (Bucket, old_size * 2);
  memset (map->buckets, 0xff, old_size * 2 * sizeof (Bucket));
  for (guint32 i = 0; i < old_size; i++)
    if (old[i].edge != TAUTAN_NONE)
      {
        guint32 h = (old[i].edge * 2654435761u) & map->mask;

        while (map->buckets[h].edge != TAUTAN_NONE)
          h = (h + 1) & map->mask;
        map->buckets[h] = old[i];
      }
  g_free (old);
}

static guint32
edge_map_slot (EdgeMap *map,
               guint32  edge)
{
  guint32 h;

  if ((map->n_slots + 1) * 2 > map->mask + 1)
    edge_map_grow (map);

  h = (edge * 2654435761u) & map->mask;

  for (;;)
    {
      Bucket *b = &map->buckets[h];

      if (b->edge == TAUTAN_NONE)
        {
          b->edge = edge;
          b->slot = map->n_slots++;
          return b->slot;
        }
      if (b->edge == edge)
        return b->slot;
      h = (h + 1) & map->mask;
    }
}

typedef struct
{
  guint32   edge;
  guint32   count;
  guint32   imprecise;
  TautanDay first;
  TautanDay last;
} Acc;

/* Calls @func with the rank (position in start order) of every event
 * overlapping the window; everything it reads is in rank order. */
static void
foreach_event_in_window (TautanSlice *self,
                         void       (*func) (TautanSlice *, guint32, gpointer),
                         gpointer     data)
{
  TautanDataset *ds = self->dataset;
  gsize n_events, n_long;
  const gint32 *starts = _tautan_dataset_column_data (ds, COL_IX_SORTED_STARTS, &n_events);
  const gint32 *ends = COL_I32 (ds, COL_RK_END);
  const gint32 *long_starts = _tautan_dataset_column_data (ds, COL_LONG_STARTS, &n_long);
  const gint32 *long_ends = COL_I32 (ds, COL_LONG_ENDS);
  const guint32 *long_rank = COL_U32 (ds, COL_LONG_RANK);
  TautanDay from = self->span.from, to = self->span.to;

  /* Short events start at most TAUTAN_SHORT_EVENT_DAYS before they end. */
  for (guint r = _tautan_lower_bound (starts, (guint)n_events, from - TAUTAN_SHORT_EVENT_DAYS);
       r < n_events && starts[r] <= to; r++)
    if (ends[r] >= from && ends[r] - starts[r] <= TAUTAN_SHORT_EVENT_DAYS)
      func (self, r, data);
  for (guint i = 0; i < n_long && long_starts[i] <= to; i++)
    if (long_ends[i] >= from)
      func (self, long_rank[i], data);
}

typedef struct
{
  EdgeMap        map;
  GArray        *accs;        /* Acc, by slot */
  GArray        *pairs;       /* (slot, type) as guint64, for per-type counts */
  const gint32  *starts;      /* rank columns */
  const gint32  *ends;
  const guint32 *types;
  const guint32 *edge_off;
  const guint32 *edges;
  const guint32 *ent_off;
  const guint32 *ents;
} Direct;

static void
direct_event (TautanSlice *self,
              guint32      r,
              gpointer     data)
{
  Direct *d = data;
  TautanDay s = MAX (d->starts[r], self->span.from);
  TautanDay t = MIN (d->ends[r], self->span.to);
  guint32 type = d->types[r] & ~RK_TYPE_IMPRECISE;
  gboolean imprecise = (d->types[r] & RK_TYPE_IMPRECISE) != 0;

  self->n_events++;

  for (guint k = d->edge_off[r]; k < d->edge_off[r + 1]; k++)
    {
      guint32 slot = edge_map_slot (&d->map, d->edges[k]);
      guint64 pair;
      Acc *acc;

      if (slot == d->accs->len)
        {
          Acc fresh = { d->edges[k], 0, 0, G_MAXINT32, G_MININT32 };
          g_array_append_val (d->accs, fresh);
        }
      acc = &g_array_index (d->accs, Acc, slot);
      acc->count++;
      acc->imprecise += imprecise;
      acc->first = MIN (acc->first, s);
      acc->last = MAX (acc->last, t);
      pair = (guint64)slot << 32 | type;
      g_array_append_val (d->pairs, pair);
    }

  for (guint k = d->ent_off[r]; k < d->ent_off[r + 1]; k++)
    self->entity_count[d->ents[k]]++;
}

static void
compute_direct (TautanSlice *self,
                guint        estimate)
{
  TautanDataset *ds = self->dataset;
  TautanTaxonomy *taxonomy = tautan_dataset_get_taxonomy (ds);
  guint n_entities = tautan_dataset_get_n_entities (ds);
  const guint32 *src = COL_U32 (ds, COL_EDGE_SRC);
  const guint32 *dst = COL_U32 (ds, COL_EDGE_DST);
  Direct d = { { 0 } };
  guint capacity = 64;

  while (capacity < estimate * 2)
    capacity <<= 1;
  d.map.buckets = g_new (Bucket, capacity);
  memset (d.map.buckets, 0xff, capacity * sizeof (Bucket));
  d.map.mask = capacity - 1;
  d.accs = g_array_sized_new (FALSE, FALSE, sizeof (Acc), estimate);
  d.pairs = g_array_sized_new (FALSE, FALSE, sizeof (guint64), estimate * 2);
  d.starts = COL_I32 (ds, COL_IX_SORTED_STARTS);
  d.ends = COL_I32 (ds, COL_RK_END);
  d.types = COL_U32 (ds, COL_RK_TYPE);
  d.edge_off = COL_U32 (ds, COL_RK_EDGE_OFF);
  d.edges = COL_U32 (ds, COL_RK_EDGES);
  d.ent_off = COL_U32 (ds, COL_RK_ENT_OFF);
  d.ents = COL_U32 (ds, COL_RK_ENTS);

  self->entity_count = g_new0 (guint32, MAX (n_entities, 1));
  self->n_events = 0;

  foreach_event_in_window (self, direct_event, &d);

  /* Output in edge order, as compute_edges() does: find_edge() relies on
   * it. Radix and counting sorts: qsort was half the cost of a query. */
  {
    guint n = d.accs->len;
    const Acc *accs = (const Acc *)(gpointer)d.accs->data;
    g_autofree guint32 *order = g_new (guint32, MAX (n, 1));
    g_autofree guint32 *tmp = g_new (guint32, MAX (n, 1));
    g_autofree guint32 *rank = g_new (guint32, MAX (n, 1));
    g_autofree guint32 *group = g_new0 (guint32, n + 1);
    g_autofree guint32 *group_types = g_new (guint32, MAX (d.pairs->len, 1));
    guint n_types = tautan_taxonomy_get_n_types (taxonomy);
    g_autofree guint32 *type_count = g_new0 (guint32, MAX (n_types, 1));
    g_autofree guint8 *quad_of = g_new (guint8, MAX (n_types, 1));
    guint32 *out_types, *out_counts;
    guint n_out_pairs = 0;

    for (guint t = 0; t < n_types; t++)
      quad_of[t] = (guint8)tautan_taxonomy_get_event_type (taxonomy, t)->quad_class;

    for (guint i = 0; i < n; i++)
      order[i] = i;
    for (guint shift = 0; shift < 32; shift += 16)
      {
        g_autofree guint *count = g_new0 (guint, 65537);

        for (guint i = 0; i < n; i++)
          count[((accs[order[i]].edge >> shift) & 0xffff) + 1]++;
        for (guint k = 0; k < 65536; k++)
          count[k + 1] += count[k];
        for (guint i = 0; i < n; i++)
          tmp[count[(accs[order[i]].edge >> shift) & 0xffff]++] = order[i];
        memcpy (order, tmp, n * sizeof (guint32));
      }
    for (guint i = 0; i < n; i++)
      rank[order[i]] = i;

    /* Each edge's event types, grouped by the edge's rank. */
    for (guint i = 0; i < d.pairs->len; i++)
      group[rank[g_array_index (d.pairs, guint64, i) >> 32] + 1]++;
    for (guint i = 0; i < n; i++)
      group[i + 1] += group[i];
    {
      g_autofree guint32 *fill = g_memdup2 (group, (n + 1) * sizeof (guint32));

      for (guint i = 0; i < d.pairs->len; i++)
        {
          guint64 pair = g_array_index (d.pairs, guint64, i);
          group_types[fill[rank[pair >> 32]]++] = (guint32)(pair & 0xffffffffu);
        }
    }

    g_array_set_size (self->edges, n);
    g_array_set_size (self->type_ids, d.pairs->len);
    g_array_set_size (self->type_counts, d.pairs->len);
    out_types = (guint32 *)(gpointer)self->type_ids->data;
    out_counts = (guint32 *)(gpointer)self->type_counts->data;

    for (guint i = 0; i < n; i++)
      {
        const Acc *acc = &accs[order[i]];
        TautanSliceEdge *edge = &g_array_index (self->edges, TautanSliceEdge, i);
        guint best = 0;

        memset (edge, 0, sizeof *edge);
        edge->edge = acc->edge;
        edge->source = src[acc->edge];
        edge->target = dst[acc->edge];
        edge->count = acc->count;
        edge->imprecise = acc->imprecise;
        edge->first = acc->first;
        edge->last = acc->last;
        edge->type_offset = n_out_pairs;

        for (guint k = group[i]; k < group[i + 1]; k++)
          type_count[group_types[k]]++;
        for (guint k = group[i]; k < group[i + 1]; k++)
          {
            guint32 type = group_types[k];
            guint32 c = type_count[type];

            if (c == 0)
              continue;
            type_count[type] = 0;
            edge_add_type (edge, type, c, quad_of, &best, out_types, out_counts, &n_out_pairs);
          }
        edge_pick_dominant_quad (edge);
      }
    g_array_set_size (self->type_ids, n_out_pairs);
    g_array_set_size (self->type_counts, n_out_pairs);
  }

  for (guint ent = 0; ent < n_entities; ent++)
    if (self->entity_count[ent] > 0)
      {
        TautanSliceEntity entity = { ent, self->entity_count[ent] };
        g_array_append_val (self->entities, entity);
      }

  g_free (d.map.buckets);
  g_array_unref (d.accs);
  g_array_unref (d.pairs);
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
  return _tautan_slice_new_with_strategy (dataset, span, cumulative, TAUTAN_SLICE_AUTO);
}

TautanSlice *
_tautan_slice_new_with_strategy (TautanDataset        *dataset,
                                 const TautanTimeSpan *span,
                                 gboolean              cumulative,
                                 TautanSliceStrategy   strategy)
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
    self->n_events = _tautan_upper_bound (sorted_starts, (guint)n_events, self->span.to) -
                     MIN (_tautan_upper_bound (sorted_starts, (guint)n_events, self->span.to),
                          _tautan_lower_bound (sorted_ends, (guint)n_events, self->span.from));

  /* Estimate the events in the window from the sorted starts alone. */
  {
    gsize n_long, n_edges;
    guint estimate;

    _tautan_dataset_column_data (dataset, COL_IX_LONG, &n_long);
    _tautan_dataset_column_data (dataset, COL_EDGE_SRC, &n_edges);
    /* Long events are few but counted in full: a window overlaps only
     * some, so they weigh less in the estimate than their number. */
    estimate = _tautan_upper_bound (sorted_starts, (guint)n_events, self->span.to) -
               MIN (_tautan_upper_bound (sorted_starts, (guint)n_events, self->span.to),
                    _tautan_lower_bound (sorted_starts, (guint)n_events, self->span.from - TAUTAN_SHORT_EVENT_DAYS));

    /* Aggregating k events costs a few hash probes each; the prefix
     * route costs binary searches over every edge and entity. */
    if (strategy == TAUTAN_SLICE_DIRECT ||
        (strategy == TAUTAN_SLICE_AUTO &&
         ((gsize)estimate + n_long / 4) * 8 < n_edges + tautan_dataset_get_n_entities (dataset)))
      {
        compute_direct (self, MAX (estimate, 64));
        return self;
      }
  }

  compute_edges (self);
  compute_entities (self);

  return self;
}

TautanSlice *
_tautan_slice_new_from_counts (TautanDataset        *dataset,
                               const TautanTimeSpan *span,
                               gboolean              cumulative,
                               guint                 n_events,
                               const guint32        *edge_count,
                               const guint32        *entity_count)
{
  TautanSlice *self;
  TautanSliceEdgeColumns c;
  guint n_entities = tautan_dataset_get_n_entities (dataset);
  guint n_out = 0, n_pairs = 0;
  TautanSliceEdge *out;
  guint32 *out_types, *out_counts;

  g_return_val_if_fail (TAUTAN_IS_DATASET (dataset), NULL);

  self = g_object_new (TAUTAN_TYPE_SLICE, NULL);
  self->dataset = g_object_ref (dataset);
  self->cumulative = !!cumulative;
  self->span = *span;
  self->n_events = n_events;

  _tautan_slice_edge_columns_init (&c, dataset);
  for (guint k = 0; k < c.n_edges; k++)
    if (edge_count[k] > 0)
      {
        n_out++;
        n_pairs += c.type_off[k + 1] - c.type_off[k];
      }
  g_array_set_size (self->edges, n_out);
  g_array_set_size (self->type_ids, n_pairs);
  g_array_set_size (self->type_counts, n_pairs);
  out = (TautanSliceEdge *)(gpointer)self->edges->data;
  out_types = (guint32 *)(gpointer)self->type_ids->data;
  out_counts = (guint32 *)(gpointer)self->type_counts->data;
  n_out = n_pairs = 0;
  for (guint k = 0; k < c.n_edges; k++)
    if (edge_count[k] > 0)
      _tautan_slice_edge_fill (&c, k, _tautan_slice_edge_starts_until (&c, k, span->to),
                               _tautan_slice_edge_ends_before (&c, k, span->from), span->from, span->to,
                               &out[n_out++], out_types, out_counts, &n_pairs);
  g_array_set_size (self->type_ids, n_pairs);
  g_array_set_size (self->type_counts, n_pairs);
  _tautan_slice_edge_columns_clear (&c);

  self->entity_count = g_memdup2 (entity_count, MAX (n_entities, 1) * sizeof (guint32));
  for (guint ent = 0; ent < n_entities; ent++)
    if (entity_count[ent] > 0)
      {
        TautanSliceEntity entity = { ent, entity_count[ent] };
        g_array_append_val (self->entities, entity);
      }

  return self;
}

TautanSlice *
_tautan_slice_new_from_tables (TautanDataset        *dataset,
                               const TautanTimeSpan *span,
                               gboolean              cumulative,
                               guint                 n_events,
                               GArray               *edges,
                               GArray               *type_ids,
                               GArray               *type_counts,
                               guint32              *entity_count)
{
  TautanSlice *self;
  guint n_entities = tautan_dataset_get_n_entities (dataset);

  g_return_val_if_fail (TAUTAN_IS_DATASET (dataset), NULL);

  self = g_object_new (TAUTAN_TYPE_SLICE, NULL);
  self->dataset = g_object_ref (dataset);
  self->cumulative = !!cumulative;
  self->span = *span;
  self->n_events = n_events;
  g_array_unref (self->edges);
  self->edges = edges;
  g_array_unref (self->type_ids);
  self->type_ids = type_ids;
  g_array_unref (self->type_counts);
  self->type_counts = type_counts;
  self->entity_count = entity_count;
  for (guint ent = 0; ent < n_entities; ent++)
    if (entity_count[ent] > 0)
      {
        TautanSliceEntity entity = { ent, entity_count[ent] };
        g_array_append_val (self->entities, entity);
      }

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
