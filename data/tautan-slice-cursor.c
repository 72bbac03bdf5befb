/* tautan-slice-cursor.c: a time window that moves, answered incrementally
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-slice-cursor"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "tautan/tautan-slice-cursor.h"

#include "tautan-dataset-private.h"
#include "tautan-slice-private.h"

/* A dragged time slider asks for a new window every frame, and a window
 * late in a million events holds most of a million edges: building the
 * answer afresh (what tautan_slice_new() does) costs as much as the
 * answer is big. The cursor keeps the answer, one event count per edge
 * and per entity ("counters"), and moves it.
 *
 * An edge's events in [from, to] number #(start <= to) - #(end < from),
 * since no event ends before it starts. So moving the end from t0 to t1
 * adds (or takes away) the events whose start lies between: a range of
 * the events in start order, which the index keeps with each event's
 * edges and entities beside it (RK_*). Moving the start does the same
 * with the events in end order. A small step costs the events that
 * entered and left ("delta"), and the counters those touch are the change
 * list a view needs to update in place.
 *
 * Long jumps take one of two other routes, whichever touches less:
 *
 * - "refill": zero the counters of the events in the old window, count
 *   the events in the new one. Cheap when both windows are short, however
 *   far apart (a sliding window clicked elsewhere on the timeline).
 * - "rebuild": answer every counter afresh from its own sorted start and
 *   end dates (the per-edge and per-entity prefix arrays of
 *   tautan-dataset-index.c, a checkpoint at every event of the edge: two
 *   binary searches, and for the usual edge of one or two events, a
 *   comparison), comparing with the old count as it goes. One pass over
 *   the counters, whatever the move: the bound on the worst case.
 *
 * The route is chosen by counting what each would touch, so any move
 * costs at most about one pass over the counters. */

/* Relative costs, per event applied (delta, refill) and per counter
 * answered afresh (rebuild): an event touches about three counters at
 * random places, while a rebuild streams through the counters in order.
 * Only the ratio matters; measured on the 1M-event benchmark dataset by
 * forcing each route over the same moves. */
#define COST_EVENT    4
#define COST_COUNTER  1

typedef struct
{
  TautanSliceChange *v;
  guint              len;
  guint              cap;
} ChangeList;

struct _TautanSliceCursor
{
  GObject          parent_instance;

  TautanDataset   *dataset;
  TautanTimeSpan   data_span;
  guint            n_all_events;
  guint            n_edges;
  guint            n_entities;
  guint            n_counters;        /* edges, then entities */

  /* the index, in start order ("rank") */
  const gint32    *sorted_starts;
  const gint32    *sorted_ends;
  const guint32   *rk_edge_off;
  const guint32   *rk_edges;
  const guint32   *rk_ent_off;
  const guint32   *rk_ents;
  /* ranks in end order, stably: sorted_ends[i] is the end of end_order[i] */
  guint32         *end_order;

  TautanSliceEdgeColumns edge_cols;
  const guint32   *ent_off;
  const gint32    *ent_starts;
  const gint32    *ent_ends;

  /* events longer than TAUTAN_SHORT_EVENT_DAYS, by start */
  const gint32    *rk_end;
  const gint32    *long_starts;
  const gint32    *long_ends;
  const guint32   *long_rank;
  guint            n_long;

  /* per counter */
  guint32         *count;
  guint32         *stamp;             /* move that last touched it */
  guint32          move_id;
  ChangeList       touched;           /* counter, count before */

  ChangeList       edge_changes;
  ChangeList       entity_changes;

  TautanTimeSpan   span;              /* effective: cumulative starts with the data */
  TautanTimeSpan   before;            /* the span before the last move */
  guint            to_pos;            /* #(start <= span.to) */
  guint            from_pos;          /* #(end < span.from) */
  guint            n_active_edges;
  guint            n_active_entities;
  TautanSliceStrategy strategy;
  TautanSliceStrategy route;          /* of the last move */
  guint            cumulative : 1;
  guint            rebuilt : 1;
};

G_DEFINE_FINAL_TYPE (TautanSliceCursor, tautan_slice_cursor, G_TYPE_OBJECT)

static void
tautan_slice_cursor_finalize (GObject *object)
{
  TautanSliceCursor *self = (TautanSliceCursor *)object;

  _tautan_slice_edge_columns_clear (&self->edge_cols);
  g_clear_pointer (&self->end_order, g_free);
  g_clear_pointer (&self->count, g_free);
  g_clear_pointer (&self->stamp, g_free);
  g_clear_pointer (&self->touched.v, g_free);
  g_clear_pointer (&self->edge_changes.v, g_free);
  g_clear_pointer (&self->entity_changes.v, g_free);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (tautan_slice_cursor_parent_class)->finalize (object);
}

static void
tautan_slice_cursor_class_init (TautanSliceCursorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tautan_slice_cursor_finalize;
}

static void
tautan_slice_cursor_init (TautanSliceCursor *self)
{
}

/* The ranks in end order, stable (so equal ends keep start order): LSD
 * radix on the end's offset from the earliest, 16 bits a pass. */
static guint32 *
build_end_order (const gint32 *rk_end,
                 guint         n)
{
  guint32 *order = g_new (guint32, MAX (n, 1));
  g_autofree guint32 *tmp = g_new (guint32, MAX (n, 1));
  g_autofree guint32 *keys = g_new (guint32, MAX (n, 1));
  g_autofree guint32 *keys_tmp = g_new (guint32, MAX (n, 1));
  gint32 min_end = G_MAXINT32;

  for (guint r = 0; r < n; r++)
    min_end = MIN (min_end, rk_end[r]);
  for (guint r = 0; r < n; r++)
    {
      order[r] = r;
      keys[r] = (guint32)((gint64)rk_end[r] - min_end);
    }

  for (guint shift = 0; shift < 32; shift += 16)
    {
      g_autofree guint *bucket = g_new0 (guint, 65537);

      for (guint i = 0; i < n; i++)
        bucket[((keys[i] >> shift) & 0xffff) + 1]++;
      if (n == 0 || bucket[((keys[0] >> shift) & 0xffff) + 1] == n)
        continue;
      for (guint b = 0; b < 65536; b++)
        bucket[b + 1] += bucket[b];
      for (guint i = 0; i < n; i++)
        {
          guint pos = bucket[(keys[i] >> shift) & 0xffff]++;

          tmp[pos] = order[i];
          keys_tmp[pos] = keys[i];
        }
      memcpy (order, tmp, n * sizeof (guint32));
      memcpy (keys, keys_tmp, n * sizeof (guint32));
    }

  return order;
}

/* Appends without a function call per change: a long jump lists
 * hundreds of thousands. */
static inline void
change_list_push (ChangeList *list,
                  guint32     index,
                  guint32     old_count,
                  guint32     new_count)
{
  if (G_UNLIKELY (list->len == list->cap))
    {
      list->cap = MAX (2 * list->cap, 1024);
      list->v = g_renew (TautanSliceChange, list->v, list->cap);
    }
  list->v[list->len++] = (TautanSliceChange) { index, old_count, new_count };
}

static inline void
record_change (TautanSliceCursor *self,
               guint32            c,
               guint32            old_count,
               guint32            new_count)
{
  if (c < self->n_edges)
    {
      change_list_push (&self->edge_changes, c, old_count, new_count);
      self->n_active_edges += (old_count == 0) - (new_count == 0);
    }
  else
    {
      change_list_push (&self->entity_changes, c - self->n_edges, old_count, new_count);
      self->n_active_entities += (old_count == 0) - (new_count == 0);
    }
}

/* Remembers @c's count before this move, the first time it is touched. */
static inline void
touch (TautanSliceCursor *self,
       guint32            c)
{
  if (self->stamp[c] != self->move_id)
    {
      self->stamp[c] = self->move_id;
      change_list_push (&self->touched, c, self->count[c], 0);
    }
}

typedef enum
{
  APPLY_ADD,
  APPLY_REMOVE,
  APPLY_CLEAR,
} ApplyOp;

static inline void
apply_event (TautanSliceCursor *self,
             guint32            r,
             ApplyOp            op)
{
  const guint32 *edges = self->rk_edges, *ents = self->rk_ents;
  guint32 n_edges = self->n_edges;
  guint32 *count = self->count;

  for (guint32 k = self->rk_edge_off[r]; k < self->rk_edge_off[r + 1]; k++)
    {
      guint32 c = edges[k];

      touch (self, c);
      count[c] = op == APPLY_ADD ? count[c] + 1 : op == APPLY_REMOVE ? count[c] - 1 : 0;
    }
  for (guint32 k = self->rk_ent_off[r]; k < self->rk_ent_off[r + 1]; k++)
    {
      guint32 c = n_edges + ents[k];

      touch (self, c);
      count[c] = op == APPLY_ADD ? count[c] + 1 : op == APPLY_REMOVE ? count[c] - 1 : 0;
    }
}

/* The events of ranks @ranks[lo..hi), or of ranks lo..hi when @ranks is
 * NULL. */
static void
apply_range (TautanSliceCursor *self,
             const guint32     *ranks,
             guint              lo,
             guint              hi,
             ApplyOp            op)
{
  for (guint i = lo; i < hi; i++)
    apply_event (self, ranks != NULL ? ranks[i] : i, op);
}

/* The events overlapping @span, as tautan_slice_new() finds them: short
 * events by start (they start at most TAUTAN_SHORT_EVENT_DAYS before they
 * end), long ones from their own list. */
static void
apply_window (TautanSliceCursor    *self,
              const TautanTimeSpan *span,
              ApplyOp               op)
{
  const gint32 *starts = self->sorted_starts, *ends = self->rk_end;
  guint n = self->n_all_events;

  for (guint r = _tautan_lower_bound (starts, n, span->from - TAUTAN_SHORT_EVENT_DAYS);
       r < n && starts[r] <= span->to; r++)
    if (ends[r] >= span->from && ends[r] - starts[r] <= TAUTAN_SHORT_EVENT_DAYS)
      apply_event (self, r, op);
  for (guint i = 0; i < self->n_long && self->long_starts[i] <= span->to; i++)
    if (self->long_ends[i] >= span->from)
      apply_event (self, self->long_rank[i], op);
}

/* What apply_window() would walk through for @span. */
static guint64
window_cost (TautanSliceCursor    *self,
             const TautanTimeSpan *span)
{
  guint hi = _tautan_upper_bound (self->sorted_starts, self->n_all_events, span->to);
  guint lo = _tautan_lower_bound (self->sorted_starts, self->n_all_events, span->from - TAUTAN_SHORT_EVENT_DAYS);

  return (guint64)(hi - MIN (lo, hi)) + self->n_long / 4;
}

/* Answers every counter afresh and compares as it goes. @report is
 * FALSE for the first window: there is no before. */
static void
rebuild (TautanSliceCursor *self,
         gboolean           report)
{
  const TautanSliceEdgeColumns *c = &self->edge_cols;
  TautanDay from = self->span.from, to = self->span.to;
  guint32 *count = self->count;

  for (guint k = 0; k < self->n_edges; k++)
    {
      guint32 n = _tautan_slice_edge_starts_until (c, k, to) - _tautan_slice_edge_ends_before (c, k, from);

      if (n != count[k])
        {
          if (report)
            record_change (self, k, count[k], n);
          count[k] = n;
        }
    }

  for (guint ent = 0; ent < self->n_entities; ent++)
    {
      guint32 k = self->n_edges + ent;
      guint off = self->ent_off[ent], len = self->ent_off[ent + 1] - off;
      guint32 n = 0;

      if (len > 0 && self->ent_starts[off] <= to)
        n = _tautan_upper_bound (self->ent_starts + off, len, to) -
            _tautan_lower_bound (self->ent_ends + off, len, from);
      if (n != count[k])
        {
          if (report)
            record_change (self, k, count[k], n);
          count[k] = n;
        }
    }
}

static void
move_to (TautanSliceCursor    *self,
         const TautanTimeSpan *span,
         gboolean              cumulative,
         gboolean              first)
{
  TautanTimeSpan eff = *span, old = self->span;
  guint to_pos, from_pos;
  guint64 delta_cost, refill_cost, rebuild_cost;
  TautanSliceStrategy route;

  if (cumulative)
    eff.from = MIN (span->to, self->data_span.from);

  to_pos = _tautan_upper_bound (self->sorted_starts, self->n_all_events, eff.to);
  from_pos = _tautan_lower_bound (self->sorted_ends, self->n_all_events, eff.from);

  self->edge_changes.len = 0;
  self->entity_changes.len = 0;
  self->touched.len = 0;

  delta_cost = ((guint64)(to_pos > self->to_pos ? to_pos - self->to_pos : self->to_pos - to_pos) +
                (from_pos > self->from_pos ? from_pos - self->from_pos : self->from_pos - from_pos)) * COST_EVENT;
  refill_cost = (window_cost (self, &old) + window_cost (self, &eff)) * COST_EVENT;
  rebuild_cost = (guint64)self->n_counters * COST_COUNTER;

  if (first)
    route = TAUTAN_SLICE_REBUILD;
  else if (self->strategy != TAUTAN_SLICE_AUTO)
    route = self->strategy;
  else if (delta_cost <= refill_cost && delta_cost <= rebuild_cost)
    route = TAUTAN_SLICE_DELTA;
  else if (refill_cost <= rebuild_cost)
    route = TAUTAN_SLICE_REFILL;
  else
    route = TAUTAN_SLICE_REBUILD;

  if (route != TAUTAN_SLICE_REBUILD && ++self->move_id == 0)
    {
      /* After 2^32 moves the stamps could repeat: start them afresh. */
      memset (self->stamp, 0, (gsize)MAX (self->n_counters, 1) * sizeof (guint32));
      self->move_id = 1;
    }

  self->before = old;
  self->span = eff;
  self->cumulative = !!cumulative;

  switch (route)
    {
    case TAUTAN_SLICE_DELTA:
      /* Moving the end adds the events starting in between, or takes
       * them away; moving the start takes away (or adds back) those
       * ending in between. */
      if (to_pos > self->to_pos)
        apply_range (self, NULL, self->to_pos, to_pos, APPLY_ADD);
      else
        apply_range (self, NULL, to_pos, self->to_pos, APPLY_REMOVE);
      if (from_pos > self->from_pos)
        apply_range (self, self->end_order, self->from_pos, from_pos, APPLY_REMOVE);
      else
        apply_range (self, self->end_order, from_pos, self->from_pos, APPLY_ADD);
      break;

    case TAUTAN_SLICE_REFILL:
      apply_window (self, &old, APPLY_CLEAR);
      apply_window (self, &eff, APPLY_ADD);
      break;

    case TAUTAN_SLICE_REBUILD:
    case TAUTAN_SLICE_AUTO:
    case TAUTAN_SLICE_DIRECT:
    case TAUTAN_SLICE_PREFIX:
    default:
      route = TAUTAN_SLICE_REBUILD;
      rebuild (self, !first);
      break;
    }

  self->to_pos = to_pos;
  self->from_pos = from_pos;

  for (guint i = 0; i < self->touched.len; i++)
    {
      const TautanSliceChange *t = &self->touched.v[i];
      guint32 n = self->count[t->index];

      if (n != t->old_count)
        record_change (self, t->index, t->old_count, n);
    }

  self->rebuilt = route == TAUTAN_SLICE_REBUILD;
  self->route = first ? TAUTAN_SLICE_AUTO : route;
}

/**
 * tautan_slice_cursor_new:
 * @dataset: a dataset
 * @span: the first window, both ends inclusive
 * @cumulative: count everything up to @span's end instead
 *
 * Creates a window over @dataset that tautan_slice_cursor_move() moves.
 * It answers what tautan_slice_new() does, event for event, but keeps the
 * answer: a move costs the events that entered and left the window (or,
 * for a long jump, one pass over the edges), and lists the edges and
 * entities whose counts changed, so a view can update what it shows in
 * place instead of rebuilding it.
 *
 * Building it sorts the events by end date once; it keeps 4 bytes per
 * event and 8 per edge and entity. Use it from one thread.
 *
 * Returns: (transfer full): the cursor
 */
TautanSliceCursor *
tautan_slice_cursor_new (TautanDataset        *dataset,
                         const TautanTimeSpan *span,
                         gboolean              cumulative)
{
  TautanSliceCursor *self;
  gsize n_events, n_edges;

  g_return_val_if_fail (TAUTAN_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (span != NULL && span->from <= span->to, NULL);

  self = g_object_new (TAUTAN_TYPE_SLICE_CURSOR, NULL);
  self->dataset = g_object_ref (dataset);
  self->data_span = tautan_dataset_get_span (dataset);

  self->sorted_starts = _tautan_dataset_column_data (dataset, COL_IX_SORTED_STARTS, &n_events);
  self->n_all_events = (guint)n_events;
  self->sorted_ends = COL_I32 (dataset, COL_IX_SORTED_ENDS);
  self->rk_edge_off = COL_U32 (dataset, COL_RK_EDGE_OFF);
  self->rk_edges = COL_U32 (dataset, COL_RK_EDGES);
  self->rk_ent_off = COL_U32 (dataset, COL_RK_ENT_OFF);
  self->rk_ents = COL_U32 (dataset, COL_RK_ENTS);
  self->rk_end = COL_I32 (dataset, COL_RK_END);
  self->end_order = build_end_order (self->rk_end, self->n_all_events);
  {
    gsize n_long;

    self->long_starts = _tautan_dataset_column_data (dataset, COL_LONG_STARTS, &n_long);
    self->n_long = (guint)n_long;
    self->long_ends = COL_I32 (dataset, COL_LONG_ENDS);
    self->long_rank = COL_U32 (dataset, COL_LONG_RANK);
  }

  _tautan_slice_edge_columns_init (&self->edge_cols, dataset);
  _tautan_dataset_column_data (dataset, COL_EDGE_SRC, &n_edges);
  self->n_edges = (guint)n_edges;
  self->n_entities = tautan_dataset_get_n_entities (dataset);
  self->n_counters = self->n_edges + self->n_entities;
  self->ent_off = COL_U32 (dataset, COL_ENT_EV_OFF);
  self->ent_starts = COL_I32 (dataset, COL_ENT_STARTS);
  self->ent_ends = COL_I32 (dataset, COL_ENT_ENDS);

  self->count = g_new0 (guint32, MAX (self->n_counters, 1));
  self->stamp = g_new0 (guint32, MAX (self->n_counters, 1));

  move_to (self, span, cumulative, TRUE);
  self->n_active_edges = 0;
  for (guint k = 0; k < self->n_edges; k++)
    self->n_active_edges += self->count[k] > 0;
  self->n_active_entities = 0;
  for (guint ent = 0; ent < self->n_entities; ent++)
    self->n_active_entities += self->count[self->n_edges + ent] > 0;

  return self;
}

/**
 * tautan_slice_cursor_move:
 * @self: a cursor
 * @span: the new window, both ends inclusive
 * @cumulative: count everything up to @span's end instead
 *
 * Moves the window. Afterwards the counts, getters and
 * tautan_slice_cursor_dup_slice() answer for the new window, and
 * tautan_slice_cursor_get_edge_changes() and
 * tautan_slice_cursor_get_entity_changes() list what differs from the
 * window before. Any move is allowed: sliding, growing, switching to or
 * from cumulative, forwards or backwards, by a day or by years.
 */
void
tautan_slice_cursor_move (TautanSliceCursor    *self,
                          const TautanTimeSpan *span,
                          gboolean              cumulative)
{
  g_return_if_fail (TAUTAN_IS_SLICE_CURSOR (self));
  g_return_if_fail (span != NULL && span->from <= span->to);

  move_to (self, span, cumulative, FALSE);
}

/**
 * tautan_slice_cursor_get_dataset:
 * @self: a cursor
 *
 * Returns: (transfer none): the dataset
 */
TautanDataset *
tautan_slice_cursor_get_dataset (TautanSliceCursor *self)
{
  g_return_val_if_fail (TAUTAN_IS_SLICE_CURSOR (self), NULL);

  return self->dataset;
}

/**
 * tautan_slice_cursor_get_span:
 * @self: a cursor
 *
 * Returns: the effective window: in cumulative mode it starts with the data
 */
TautanTimeSpan
tautan_slice_cursor_get_span (TautanSliceCursor *self)
{
  return self->span;
}

/**
 * tautan_slice_cursor_get_cumulative:
 * @self: a cursor
 *
 * Returns: whether the window counts everything up to its end
 */
gboolean
tautan_slice_cursor_get_cumulative (TautanSliceCursor *self)
{
  g_return_val_if_fail (TAUTAN_IS_SLICE_CURSOR (self), FALSE);

  return self->cumulative;
}

/**
 * tautan_slice_cursor_get_n_events:
 * @self: a cursor
 *
 * Returns: the events overlapping the window
 */
guint
tautan_slice_cursor_get_n_events (TautanSliceCursor *self)
{
  g_return_val_if_fail (TAUTAN_IS_SLICE_CURSOR (self), 0);

  return self->to_pos - MIN (self->to_pos, self->from_pos);
}

/**
 * tautan_slice_cursor_get_n_edges:
 * @self: a cursor
 *
 * Returns: the edges with events in the window
 */
guint
tautan_slice_cursor_get_n_edges (TautanSliceCursor *self)
{
  g_return_val_if_fail (TAUTAN_IS_SLICE_CURSOR (self), 0);

  return self->n_active_edges;
}

/**
 * tautan_slice_cursor_get_n_entities:
 * @self: a cursor
 *
 * Returns: the entities taking part in events in the window
 */
guint
tautan_slice_cursor_get_n_entities (TautanSliceCursor *self)
{
  g_return_val_if_fail (TAUTAN_IS_SLICE_CURSOR (self), 0);

  return self->n_active_entities;
}

/**
 * tautan_slice_cursor_get_edge_count:
 * @self: a cursor
 * @edge: the dataset's edge index
 *
 * Returns: the edge's events in the window; 0 when inactive
 */
guint
tautan_slice_cursor_get_edge_count (TautanSliceCursor *self,
                                    guint              edge)
{
  g_return_val_if_fail (TAUTAN_IS_SLICE_CURSOR (self), 0);
  g_return_val_if_fail (edge < self->n_edges, 0);

  return self->count[edge];
}

/**
 * tautan_slice_cursor_get_entity_count:
 * @self: a cursor
 * @entity: an entity index
 *
 * Returns: the events @entity takes part in within the window
 */
guint
tautan_slice_cursor_get_entity_count (TautanSliceCursor *self,
                                      guint              entity)
{
  g_return_val_if_fail (TAUTAN_IS_SLICE_CURSOR (self), 0);
  g_return_val_if_fail (entity < self->n_entities, 0);

  return self->count[self->n_edges + entity];
}

/**
 * tautan_slice_cursor_peek_edge_counts:
 * @self: a cursor
 *
 * Every edge's events in the window, by dataset edge index, for views
 * that draw from arrays. Valid until the next move.
 *
 * Returns: (transfer none) (array): one count per edge of the dataset
 */
const guint32 *
tautan_slice_cursor_peek_edge_counts (TautanSliceCursor *self)
{
  g_return_val_if_fail (TAUTAN_IS_SLICE_CURSOR (self), NULL);

  return self->count;
}

/**
 * tautan_slice_cursor_peek_entity_counts:
 * @self: a cursor
 *
 * Returns: (transfer none) (array): one count per entity, as
 *   tautan_slice_cursor_peek_edge_counts()
 */
const guint32 *
tautan_slice_cursor_peek_entity_counts (TautanSliceCursor *self)
{
  g_return_val_if_fail (TAUTAN_IS_SLICE_CURSOR (self), NULL);

  return self->count + self->n_edges;
}

/**
 * tautan_slice_cursor_find_edge:
 * @self: a cursor
 * @source: the actor's entity index
 * @target: the target's entity index
 *
 * Returns: the dataset's index of the edge @source → @target, active or
 *   not, or %TAUTAN_NONE when no event ever joined them that way
 */
guint
tautan_slice_cursor_find_edge (TautanSliceCursor *self,
                               guint              source,
                               guint              target)
{
  const guint32 *src, *dst;
  guint lo = 0, hi;

  g_return_val_if_fail (TAUTAN_IS_SLICE_CURSOR (self), TAUTAN_NONE);

  /* The dataset numbers edges by (source, target). */
  src = self->edge_cols.src;
  dst = self->edge_cols.dst;
  hi = self->n_edges;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (src[mid] < source || (src[mid] == source && dst[mid] < target))
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo < self->n_edges && src[lo] == source && dst[lo] == target)
    return lo;
  return TAUTAN_NONE;
}

/**
 * tautan_slice_cursor_get_edge:
 * @self: a cursor
 * @edge: the dataset's edge index
 * @out: (out caller-allocates): the edge's answer
 * @types: (nullable) (element-type guint32): where to append its event types
 * @counts: (nullable) (element-type guint32): and their counts
 *
 * Fills @out as tautan_slice_get_edge() would for this window, in
 * O(types + log events) of the edge. With @types and @counts, @out's
 * `type_offset` is where its `n_types` pairs start in them.
 *
 * Returns: %FALSE, leaving @out untouched, when the edge has no events in
 *   the window
 */
gboolean
tautan_slice_cursor_get_edge (TautanSliceCursor *self,
                              guint              edge,
                              TautanSliceEdge   *out,
                              GArray            *types,
                              GArray            *counts)
{
  const TautanSliceEdgeColumns *c;
  guint n_local, n_pairs = 0, base, i_s, i_e;

  g_return_val_if_fail (TAUTAN_IS_SLICE_CURSOR (self), FALSE);
  g_return_val_if_fail (edge < self->n_edges, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail ((types == NULL) == (counts == NULL), FALSE);

  if (self->count[edge] == 0)
    return FALSE;

  c = &self->edge_cols;
  n_local = c->type_off[edge + 1] - c->type_off[edge];
  i_s = _tautan_slice_edge_starts_until (c, edge, self->span.to);
  i_e = _tautan_slice_edge_ends_before (c, edge, self->span.from);
  if (types != NULL)
    {
      base = types->len;
      g_array_set_size (types, base + n_local);
      g_array_set_size (counts, base + n_local);
      _tautan_slice_edge_fill (c, edge, i_s, i_e, self->span.from, self->span.to, out,
                               &g_array_index (types, guint32, base), &g_array_index (counts, guint32, base),
                               &n_pairs);
      g_array_set_size (types, base + n_pairs);
      g_array_set_size (counts, base + n_pairs);
      out->type_offset = base;
    }
  else
    {
      g_autofree guint32 *scratch = g_new (guint32, 2 * MAX (n_local, 1));

      _tautan_slice_edge_fill (c, edge, i_s, i_e, self->span.from, self->span.to, out,
                               scratch, scratch + MAX (n_local, 1), &n_pairs);
      out->type_offset = 0;
    }

  return TRUE;
}

/**
 * tautan_slice_cursor_get_edge_changes:
 * @self: a cursor
 * @n_changes: (out): how many
 *
 * The edges whose event count differs from the window before the last
 * move, in no particular order (after a rebuild, by index). Empty after
 * tautan_slice_cursor_new(): the first window has no before.
 *
 * Returns: (transfer none) (array length=n_changes): the changes, valid
 *   until the next move
 */
const TautanSliceChange *
tautan_slice_cursor_get_edge_changes (TautanSliceCursor *self,
                                      guint             *n_changes)
{
  g_return_val_if_fail (TAUTAN_IS_SLICE_CURSOR (self), NULL);
  g_return_val_if_fail (n_changes != NULL, NULL);

  *n_changes = self->edge_changes.len;
  return self->edge_changes.v;
}

/**
 * tautan_slice_cursor_get_entity_changes:
 * @self: a cursor
 * @n_changes: (out): how many
 *
 * As tautan_slice_cursor_get_edge_changes(), for entities.
 *
 * Returns: (transfer none) (array length=n_changes): the changes
 */
const TautanSliceChange *
tautan_slice_cursor_get_entity_changes (TautanSliceCursor *self,
                                        guint             *n_changes)
{
  g_return_val_if_fail (TAUTAN_IS_SLICE_CURSOR (self), NULL);
  g_return_val_if_fail (n_changes != NULL, NULL);

  *n_changes = self->entity_changes.len;
  return self->entity_changes.v;
}

/**
 * tautan_slice_cursor_get_rebuilt:
 * @self: a cursor
 *
 * Whether the last move answered every edge afresh (a long jump) rather
 * than applying the events that entered and left. The answer is the same
 * either way; a view may take a long change list as a cue to redraw
 * everything rather than patch.
 *
 * Returns: %TRUE after a rebuild
 */
gboolean
tautan_slice_cursor_get_rebuilt (TautanSliceCursor *self)
{
  g_return_val_if_fail (TAUTAN_IS_SLICE_CURSOR (self), FALSE);

  return self->rebuilt;
}

/**
 * tautan_slice_cursor_dup_slice:
 * @self: a cursor
 *
 * Copies the current answer into a #TautanSlice, the same as
 * tautan_slice_new() of the window gives, in one pass over the edges.
 *
 * Returns: (transfer full): the slice
 */
TautanSlice *
tautan_slice_cursor_dup_slice (TautanSliceCursor *self)
{
  g_return_val_if_fail (TAUTAN_IS_SLICE_CURSOR (self), NULL);

  return _tautan_slice_new_from_counts (self->dataset, &self->span, self->cumulative,
                                        tautan_slice_cursor_get_n_events (self),
                                        self->count, self->count + self->n_edges);
}

void
_tautan_slice_cursor_set_strategy (TautanSliceCursor   *self,
                                   TautanSliceStrategy  strategy)
{
  g_return_if_fail (TAUTAN_IS_SLICE_CURSOR (self));

  self->strategy = strategy;
}

TautanSliceStrategy
_tautan_slice_cursor_get_route (TautanSliceCursor *self)
{
  g_return_val_if_fail (TAUTAN_IS_SLICE_CURSOR (self), TAUTAN_SLICE_AUTO);

  return self->route;
}

static int
compare_guint32 (const void *a,
                 const void *b)
{
  guint32 x = *(const guint32 *)a, y = *(const guint32 *)b;

  return x < y ? -1 : x > y;
}

/* A step of the slider moves the window by a day or a few: what
 * dup_slice() costs, a pass over every edge of the dataset (a million),
 * is most of the step. An edge no event entering or leaving touched
 * keeps its events, so its counts and types; only its dates, clipped to
 * the window, may move: first = max (from, its earliest start), which
 * the answer before tells unless it was clipped (first == the old from),
 * and the same for last. So the answer before is copied, and only the
 * touched edges and those clipped at a moving end are answered afresh. */
TautanSlice *
_tautan_slice_cursor_patch_slice (TautanSliceCursor *self,
                                  TautanSlice       *before)
{
  const TautanSliceEdgeColumns *c = &self->edge_cols;
  TautanTimeSpan was;
  TautanDay f0, t0, f1, t1;
  g_autofree guint32 *entering = NULL;
  guint n_entering = 0, n_before, n_out = 0, n_pairs = 0, max_pairs = 0, i = 0, j = 0;
  const TautanSliceEdge *was_edges = NULL;
  const guint32 *was_types = NULL, *was_counts = NULL;
  TautanSliceEdge *out;
  guint32 *out_types, *out_counts;
  GArray *edges, *type_ids, *type_counts;

  g_return_val_if_fail (TAUTAN_IS_SLICE_CURSOR (self), NULL);

  /* Only a delta tells what it touched; a long jump changes most edges. */
  if (before == NULL || self->route != TAUTAN_SLICE_DELTA || tautan_slice_get_dataset (before) != self->dataset)
    return tautan_slice_cursor_dup_slice (self);
  was = tautan_slice_get_span (before);
  if (!tautan_time_span_equal (&was, &self->before))
    return tautan_slice_cursor_dup_slice (self);

  f0 = was.from;
  t0 = was.to;
  f1 = self->span.from;
  t1 = self->span.to;

  /* Edges before's lacks that the move brought in; those it has and the
   * move touched carry this move's stamp. */
  entering = g_new (guint32, MAX (self->touched.len, 1));
  for (guint k = 0; k < self->touched.len; k++)
    {
      guint32 e = self->touched.v[k].index;

      if (e >= self->n_edges)
        continue;
      /* Answered afresh, it may hold types it did not before. */
      max_pairs += c->type_off[e + 1] - c->type_off[e];
      if (self->touched.v[k].old_count == 0 && self->count[e] > 0)
        entering[n_entering++] = e;
    }
  qsort (entering, n_entering, sizeof (guint32), compare_guint32);

  /* The slice's edges and their pairs lie in one array each: read in
   * place rather than through a checked call per edge. */
  n_before = tautan_slice_get_n_edges (before);
  if (n_before > 0)
    {
      was_edges = tautan_slice_get_edge (before, 0);
      tautan_slice_get_edge_types (before, 0, &was_types, &was_counts);
      max_pairs += was_edges[n_before - 1].type_offset + was_edges[n_before - 1].n_types;
    }

  /* Sized once for the most the answer can hold: every edge is one of
   * before's or an entering one, with at most its types. */
  edges = g_array_sized_new (FALSE, FALSE, sizeof (TautanSliceEdge), n_before + n_entering);
  type_ids = g_array_sized_new (FALSE, FALSE, sizeof (guint32), max_pairs);
  type_counts = g_array_sized_new (FALSE, FALSE, sizeof (guint32), max_pairs);
  g_array_set_size (edges, n_before + n_entering);
  g_array_set_size (type_ids, max_pairs);
  g_array_set_size (type_counts, max_pairs);
  out = (TautanSliceEdge *)(gpointer)edges->data;
  out_types = (guint32 *)(gpointer)type_ids->data;
  out_counts = (guint32 *)(gpointer)type_counts->data;

  /* Both lists by edge index, as the slice keeps its edges; they share
   * none. */
  while (i < n_before || j < n_entering)
    {
      guint ki = i < n_before ? was_edges[i].edge : G_MAXUINT;
      guint kj = j < n_entering ? entering[j] : G_MAXUINT;
      const TautanSliceEdge *w;
      guint k;

      if (kj < ki)
        {
          k = kj;
          j++;
        }
      else
        {
          w = &was_edges[i++];
          k = ki;
          if (self->stamp[k] == self->move_id)
            {
              if (self->count[k] == 0)
                continue;
            }
          else if (!((w->first == f0 && f1 != f0) || (w->last == t0 && t1 != t0)))
            {
              TautanSliceEdge *e = &out[n_out++];

              *e = *w;
              e->first = MAX (f1, w->first);
              e->last = MIN (t1, w->last);
              e->type_offset = n_pairs;
              memcpy (out_types + n_pairs, was_types + w->type_offset, w->n_types * sizeof (guint32));
              memcpy (out_counts + n_pairs, was_counts + w->type_offset, w->n_types * sizeof (guint32));
              n_pairs += w->n_types;
              continue;
            }
        }

      _tautan_slice_edge_fill (c, k, _tautan_slice_edge_starts_until (c, k, t1), _tautan_slice_edge_ends_before (c, k, f1),
                               f1, t1, &out[n_out++], out_types, out_counts, &n_pairs);
    }

  g_array_set_size (edges, n_out);
  g_array_set_size (type_ids, n_pairs);
  g_array_set_size (type_counts, n_pairs);
  return _tautan_slice_new_from_tables (self->dataset, &self->span, self->cumulative,
                                        tautan_slice_cursor_get_n_events (self), edges, type_ids, type_counts,
                                        g_memdup2 (self->count + self->n_edges,
                                                   (gsize)MAX (self->n_entities, 1) * sizeof (guint32)));
}

/* What a move from @was to @span would apply as a delta, without a
 * cursor: four binary searches. */
guint
_tautan_slice_count_step (TautanDataset        *dataset,
                          const TautanTimeSpan *was,
                          const TautanTimeSpan *span,
                          gboolean              cumulative,
                          guint                *n_window)
{
  TautanTimeSpan eff = *span;
  const gint32 *sorted_starts, *sorted_ends;
  gsize n;
  guint to_pos, from_pos, was_to, was_from;

  g_return_val_if_fail (TAUTAN_IS_DATASET (dataset), 0);

  sorted_starts = _tautan_dataset_column_data (dataset, COL_IX_SORTED_STARTS, &n);
  sorted_ends = COL_I32 (dataset, COL_IX_SORTED_ENDS);
  if (cumulative)
    eff.from = MIN (span->to, tautan_dataset_get_span (dataset).from);
  to_pos = _tautan_upper_bound (sorted_starts, (guint)n, eff.to);
  from_pos = _tautan_lower_bound (sorted_ends, (guint)n, eff.from);
  was_to = _tautan_upper_bound (sorted_starts, (guint)n, was->to);
  was_from = _tautan_lower_bound (sorted_ends, (guint)n, was->from);
  *n_window = to_pos - MIN (to_pos, from_pos);
  return (to_pos > was_to ? to_pos - was_to : was_to - to_pos) +
         (from_pos > was_from ? from_pos - was_from : was_from - from_pos);
}
