/* tautan-slice-private.h
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tautan/tautan-slice.h"
#include "tautan/tautan-slice-cursor.h"

G_BEGIN_DECLS

typedef enum
{
  TAUTAN_SLICE_AUTO,
  TAUTAN_SLICE_DIRECT,   /* aggregate the events inside the window */
  TAUTAN_SLICE_PREFIX,   /* answer every edge from its prefix counts */
  TAUTAN_SLICE_DELTA,    /* cursor: apply the events that entered and left */
  TAUTAN_SLICE_REFILL,   /* cursor: empty the old window, count the new one */
  TAUTAN_SLICE_REBUILD,  /* cursor: answer every counter afresh */
} TautanSliceStrategy;

/* For tests: the least dataset edges the prefix route answers on two
 * threads. Returns the old value. */
guint        _tautan_slice_set_prefix_split  (guint                 n_edges);

/* For tests: the least size of a freed slice's edge answers that the
 * next slice reuses (tautan-slice.c's spare arrays); 0 for
 * any. Drops the spare kept. Returns the old value; @n_reused: how
 * many slices reused spares so far. */
guint        _tautan_slice_set_spare_min     (guint                 bytes,
                                              guint                *n_reused);

/* For tests: both routes must give the same answer. */
TautanSlice *_tautan_slice_new_with_strategy (TautanDataset        *dataset,
                                              const TautanTimeSpan *span,
                                              gboolean              cumulative,
                                              TautanSliceStrategy   strategy);

/* What answering one edge for a window reads: the edge's events sorted by
 * start and, apart, their ends sorted, with per-type prefix counts in
 * both orders (tautan-dataset-index.c). TautanSlice and TautanSliceCursor
 * share it so their answers cannot drift apart. */
typedef struct
{
  guint          n_edges;
  guint          n_types;
  const guint32 *src, *dst;
  const gint32  *first, *last;
  const guint32 *ev_off;
  const gint32  *starts, *ends;
  const guint32 *type_off, *types;
  const guint32 *pfx_off, *pfx_s, *pfx_e;
  guint8        *quad_of;          /* event type -> QuadClass */
} TautanSliceEdgeColumns;

void   _tautan_slice_edge_columns_init  (TautanSliceEdgeColumns       *c,
                                         TautanDataset                *dataset);
void   _tautan_slice_edge_columns_clear (TautanSliceEdgeColumns       *c);
void   _tautan_slice_edge_fill          (const TautanSliceEdgeColumns *c,
                                         guint                         edge,
                                         guint                         i_s,
                                         guint                         i_e,
                                         TautanDay                     from,
                                         TautanDay                     to,
                                         TautanSliceEdge              *out,
                                         guint32                      *out_types,
                                         guint32                      *out_counts,
                                         guint                        *n_pairs);

/* A slice from the per-edge and per-entity event counts of the window
 * (the cursor's). Same answer as tautan_slice_new(). */
TautanSlice *_tautan_slice_new_from_counts   (TautanDataset        *dataset,
                                              const TautanTimeSpan *span,
                                              gboolean              cumulative,
                                              guint                 n_events,
                                              const guint32        *edge_count,
                                              const guint32        *entity_count);

/* A slice of tables made elsewhere (the cursor's patch), taken over:
 * @edges by edge index, their pairs in @type_ids and @type_counts,
 * @entity_count one per entity. */
TautanSlice *_tautan_slice_new_from_tables   (TautanDataset        *dataset,
                                              const TautanTimeSpan *span,
                                              gboolean              cumulative,
                                              guint                 n_events,
                                              GArray               *edges,
                                              GArray               *type_ids,
                                              GArray               *type_counts,
                                              guint32              *entity_count);

/* #(v[i] < x) in a sorted array */
static inline guint
_tautan_lower_bound (const gint32 *v,
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
_tautan_upper_bound (const gint32 *v,
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

/* #(starts <= to) of edge @k: what a window ending on @to holds of it.
 * Inline: the cursor calls it for every edge of a long jump. */
static inline guint
_tautan_slice_edge_starts_until (const TautanSliceEdgeColumns *c,
                                 guint                         k,
                                 TautanDay                     to)
{
  if (c->first[k] > to)
    return 0;
  if (c->last[k] <= to)
    return c->ev_off[k + 1] - c->ev_off[k];
  return _tautan_upper_bound (c->starts + c->ev_off[k], c->ev_off[k + 1] - c->ev_off[k], to);
}

/* #(ends < from) of edge @k: the events a window starting on @from has
 * left behind. */
static inline guint
_tautan_slice_edge_ends_before (const TautanSliceEdgeColumns *c,
                                guint                         k,
                                TautanDay                     from)
{
  if (c->first[k] >= from)
    return 0;
  if (c->last[k] < from)
    return c->ev_off[k + 1] - c->ev_off[k];
  return _tautan_lower_bound (c->ends + c->ev_off[k], c->ev_off[k + 1] - c->ev_off[k], from);
}

/* For tests: force the cursor's route, to compare each with a fresh slice. */
void                _tautan_slice_cursor_set_strategy (TautanSliceCursor   *self,
                                                       TautanSliceStrategy  strategy);
/* The route the last move took (AUTO before any move). */
TautanSliceStrategy _tautan_slice_cursor_get_route    (TautanSliceCursor   *self);
/* The cursor's answer as a slice, made from @before, the answer of the
 * window before its last move (or of any window: then, or without it,
 * as tautan_slice_cursor_dup_slice()). */
TautanSlice        *_tautan_slice_cursor_patch_slice  (TautanSliceCursor   *self,
                                                       TautanSlice         *before);
/* The events a cursor moving from the effective window @was (as a
 * slice's span) to @span would apply as a delta, entering and leaving;
 * *@n_window: those in @span. */
guint               _tautan_slice_count_step          (TautanDataset        *dataset,
                                                       const TautanTimeSpan *was,
                                                       const TautanTimeSpan *span,
                                                       gboolean              cumulative,
                                                       guint                *n_window);

/* tautan-slice-shown.c: what the canvas shows, shared by every count of it */
gboolean        _tautan_entity_kind_hidden           (TautanDataset  *ds,
                                                      guint32         hidden_kinds,
                                                      guint           entity,
                                                      guint8         *cache);
int             _tautan_slice_entity_compare_busiest (gconstpointer   a,
                                                      gconstpointer   b);
guint           _tautan_count_shown_quotes           (TautanDataset  *ds,
                                                      GArray         *quotes,
                                                      const guint8   *event_shown);

G_END_DECLS
