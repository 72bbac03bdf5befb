/* tautan-dataset-index.c: sorted indexes and prefix aggregates
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-dataset-index"

#include "config.h"

#include <string.h>

#include "tautan-dataset-private.h"

/* A builder column's data. Not BUILDER_U32(): that takes the address of
 * element 0, arithmetic on NULL when a column is empty (a dataset with
 * no quotes or no targets), which UBSan rightly reports. */
static inline guint32 *
column_u32 (TautanDatasetBuilder *b,
            guint                 column)
{
  return (guint32 *)(gpointer)b->columns[column]->data;
}

static inline gint32 *
column_i32 (TautanDatasetBuilder *b,
            guint                 column)
{
  return (gint32 *)(gpointer)b->columns[column]->data;
}

/* A time-window query must touch only what it answers, on a million events
 * in a few milliseconds. So, once per load (and stored in the cache):
 *
 * - events sorted by start, long ones apart, to enumerate a window;
 * - every distinct directed edge (actor → target) with its events sorted by
 *   start and, separately, its end dates sorted, plus per-type prefix counts
 *   in both orders: an edge's events in [from, to] number
 *   #(start ≤ to) − #(end < from), since no event ends before it starts.
 *   Two binary searches and a subtraction per edge answer any window;
 * - the same start/end arrays per entity, for "active in the window";
 * - per-day QuadClass weights as prefix sums, for any histogram bin. */

typedef struct
{
  guint64 key;
  guint32 value;
} Pair;

/* Scratch space shared by every sort of one index build, so sorting the
 * events of each of a hundred thousand edges allocates nothing. */
typedef struct
{
  Pair    *pairs;
  gsize    n_pairs;
  guint32 *words;
  gsize    n_words;
  guint   *counts;
  gsize    n_counts;
} Sorter;

static void
sorter_clear (Sorter *s)
{
  g_clear_pointer (&s->pairs, g_free);
  g_clear_pointer (&s->words, g_free);
  g_clear_pointer (&s->counts, g_free);
}

static Pair *
sorter_pairs (Sorter *s,
              gsize   n)
{
  if (s->n_pairs < n)
    {
      g_free (s->pairs);
      s->n_pairs = MAX (n, 2 * s->n_pairs);
      s->pairs = TAUTAN_HUGE_NEW (Pair, s->n_pairs);
    }
  return s->pairs;
}

static guint32 *
sorter_words (Sorter *s,
              gsize   n)
{
  if (s->n_words < n)
    {
      g_free (s->words);
      s->n_words = MAX (n, 2 * s->n_words);
      s->words = TAUTAN_HUGE_NEW (guint32, s->n_words);
    }
  return s->words;
}

/* Zeroed counters, @n_passes runs of 2^@digit_bits. */
static guint *
sorter_counts (Sorter *s,
               guint   n_passes,
               guint   digit_bits)
{
  gsize n = (gsize)n_passes << digit_bits;

  if (s->n_counts < n)
    {
      g_free (s->counts);
      s->n_counts = n;
      s->counts = g_new (guint, n);
    }
  memset (s->counts, 0, n * sizeof (guint));
  return s->counts;
}

/* Radix digits: small sorts use 256 buckets, so clearing the counters
 * never costs more than the sort itself. */
static guint
digit_bits_for (gsize n)
{
  return n < 65536 ? 8 : 16;
}

/* Stable sort of @pairs by the low @bits bits of their keys: insertion
 * sort when short, else LSD radix with one counting pass for all digits,
 * skipping digits that are the same in every key. */
static void
sort_pairs (Sorter *s,
            Pair   *pairs,
            gsize   n,
            guint   bits)
{
  guint64 mask = bits >= 64 ? G_MAXUINT64 : (G_GUINT64_CONSTANT (1) << bits) - 1;
  guint digit_bits, n_passes, radix;
  Pair *src = pairs, *dst;
  guint *counts;

  if (n < 2 || bits == 0)
    return;

  if (n <= 32)
    {
      for (gsize i = 1; i < n; i++)
        {
          Pair p = pairs[i];
          guint64 k = p.key & mask;
          gsize j = i;

          for (; j > 0 && (pairs[j - 1].key & mask) > k; j--)
            pairs[j] = pairs[j - 1];
          pairs[j] = p;
        }
      return;
    }

  digit_bits = digit_bits_for (n);
  n_passes = (bits + digit_bits - 1) / digit_bits;
  radix = 1u << digit_bits;
  counts = sorter_counts (s, n_passes, digit_bits);
  dst = sorter_pairs (s, n);

  for (gsize i = 0; i < n; i++)
    {
      guint64 k = pairs[i].key & mask;

      for (guint pass = 0; pass < n_passes; pass++)
        counts[(pass << digit_bits) + ((k >> (pass * digit_bits)) & (radix - 1))]++;
    }

  for (guint pass = 0; pass < n_passes; pass++)
    {
      guint *c = counts + (pass << digit_bits);
      guint shift = pass * digit_bits;
      guint sum = 0;
      Pair *swap;

      if (c[((src[0].key & mask) >> shift) & (radix - 1)] == n)
        continue;

      for (guint b = 0; b < radix; b++)
        {
          guint t = c[b];

          c[b] = sum;
          sum += t;
        }
      for (gsize i = 0; i < n; i++)
        dst[c[((src[i].key & mask) >> shift) & (radix - 1)]++] = src[i];

      swap = src;
      src = dst;
      dst = swap;
    }

  if (src != pairs)
    memcpy (pairs, src, n * sizeof (Pair));
}

/* Sorts days in place (their order is all that is kept). */
static void
sort_days (Sorter *s,
           gint32 *days,
           gsize   n)
{
  guint digit_bits, n_passes, radix;
  guint32 *src = (guint32 *)days, *dst;
  guint *counts;

  if (n < 2)
    return;

  if (n <= 32)
    {
      for (gsize i = 1; i < n; i++)
        {
          gint32 d = days[i];
          gsize j = i;

          for (; j > 0 && days[j - 1] > d; j--)
            days[j] = days[j - 1];
          days[j] = d;
        }
      return;
    }

  /* Flipping the sign bit orders signed values as unsigned ones. */
  for (gsize i = 0; i < n; i++)
    src[i] ^= 0x80000000u;

  digit_bits = digit_bits_for (n);
  n_passes = 32 / digit_bits;
  radix = 1u << digit_bits;
  counts = sorter_counts (s, n_passes, digit_bits);
  dst = sorter_words (s, n);

  for (gsize i = 0; i < n; i++)
    for (guint pass = 0; pass < n_passes; pass++)
      counts[(pass << digit_bits) + ((src[i] >> (pass * digit_bits)) & (radix - 1))]++;

  for (guint pass = 0; pass < n_passes; pass++)
    {
      guint *c = counts + (pass << digit_bits);
      guint shift = pass * digit_bits;
      guint sum = 0;
      guint32 *swap;

      if (c[(src[0] >> shift) & (radix - 1)] == n)
        continue;

      for (guint b = 0; b < radix; b++)
        {
          guint t = c[b];

          c[b] = sum;
          sum += t;
        }
      for (gsize i = 0; i < n; i++)
        dst[c[(src[i] >> shift) & (radix - 1)]++] = src[i];

      swap = src;
      src = dst;
      dst = swap;
    }

  if (src != (guint32 *)days)
    memcpy (days, src, n * sizeof (guint32));
  for (gsize i = 0; i < n; i++)
    days[i] = (gint32)((guint32)days[i] ^ 0x80000000u);
}

static guint
bits_for (guint64 max)
{
  guint bits = 0;

  while (bits < 64 && (max >> bits) != 0)
    bits++;
  return bits;
}

/* On the calling thread only, and before build_histogram() calls META
 * final: a first open's cache writes it then. */
static void
set_meta (TautanDatasetBuilder *b,
          guint                 index,
          guint32               value)
{
  column_u32 (b, COL_META)[index] = value;
}

static gpointer
sized_column (TautanDatasetBuilder *b,
              TautanColumn          column,
              gsize                 n)
{
  return _tautan_dataset_builder_size (b, column, n);
}

/* Events by (start, end), stably by index. */
static void
build_event_order (TautanDatasetBuilder *b,
                   Sorter               *s,
                   guint                 n_events,
                   TautanDay             min_start)
{
  const gint32 *start = column_i32 (b, COL_EV_START);
  const gint32 *end = column_i32 (b, COL_EV_END);
  g_autofree Pair *pairs = TAUTAN_HUGE_NEW (Pair, MAX (n_events, 1));
  guint32 *by_start, *longs;
  gint32 *sorted_starts, *sorted_ends;
  guint64 max_key = 0;
  guint n_long = 0;

  for (guint i = 0; i < n_events; i++)
    {
      guint64 st = (guint64)(start[i] - min_start);
      guint64 d = (guint64)(end[i] - start[i]);

      /* duration < 2^22 days (11,000 years) and start offset < 2^22 */
      pairs[i].key = st << 22 | MIN (d, (1u << 22) - 1);
      pairs[i].value = i;
      max_key = MAX (max_key, pairs[i].key);
      n_long += end[i] - start[i] > TAUTAN_SHORT_EVENT_DAYS;
    }
  sort_pairs (s, pairs, n_events, bits_for (max_key));

  by_start = sized_column (b, COL_IX_BY_START, n_events);
  sorted_starts = sized_column (b, COL_IX_SORTED_STARTS, n_events);
  sorted_ends = sized_column (b, COL_IX_SORTED_ENDS, n_events);
  longs = sized_column (b, COL_IX_LONG, n_long);
  n_long = 0;
  for (guint i = 0; i < n_events; i++)
    {
      guint e = pairs[i].value;

      by_start[i] = e;
      sorted_starts[i] = start[e];
      sorted_ends[i] = end[e];
      if (end[e] - start[e] > TAUTAN_SHORT_EVENT_DAYS)
        longs[n_long++] = e;
    }

  sort_days (s, sorted_ends, n_events);
}

/* Writes one prefix-count matrix at @row: rows 0..n, columns = the edge's
 * types then one for imprecise events. */
static void
put_prefix_rows (guint32        *row,
                 const guint32  *events,
                 guint           n,
                 const guint32  *type_col,
                 const guint32  *local_type,   /* taxonomy type -> column */
                 guint           n_cols,
                 const guint32  *info)
{
  memset (row, 0, n_cols * sizeof (guint32));

  for (guint i = 0; i < n; i++)
    {
      guint32 *next = row + n_cols;
      guint e = events[i];

      memcpy (next, row, n_cols * sizeof (guint32));
      next[local_type[type_col[e]]]++;
      if (EV_INFO_PRECISION (info[e]) != TAUTAN_PRECISION_DAY)
        next[n_cols - 1]++;
      row = next;
    }
}

/* The edges are built in parts, each the edges of a range of actors: the
 * edges sorted by (actor, target) are the parts' edges one after the other,
 * so each part sorts and groups its own pairs on a thread of its own, and
 * only the offsets into what the parts before it wrote are added after. */
#define MAX_EDGE_PARTS 4

typedef struct
{
  TautanDatasetBuilder *b;
  guint                 n_events;
  guint                 n_types;
  guint                 ebits;
  guint32               actor_from;     /* actors [from, to) */
  guint32               actor_to;
  gsize                 bound;          /* pairs at most */
  Sorter                sorter;

  /* Pass 1: the part's pairs, sorted, and what the columns need. */
  Pair                 *pairs;
  gsize                 n_pairs;
  guint                 n_edges;
  gsize                 max_group;
  gsize                 max_pfx;

  /* Pass 2: where the part's edges, pairs and matrices go. */
  guint                 edge_base;
  gsize                 pair_base;
  gsize                 pfx_base;
  GArray               *types;          /* guint32, the part's edge types */
  gsize                 n_pfx;
  TautanDay             min_first;
} EdgePart;

/* Every distinct (actor, target) of every event with an actor in the
 * part's range, in start order, so the stable sort by edge keeps each
 * edge's events by start. */
static void
edge_part_pairs (EdgePart *part)
{
  TautanDatasetBuilder *b = part->b;
  const guint32 *by_start = column_u32 (b, COL_IX_BY_START);
  const guint32 *actor_off = column_u32 (b, COL_EV_ACTOR_OFF);
  const guint32 *actors = column_u32 (b, COL_EV_ACTORS);
  const guint32 *target_off = column_u32 (b, COL_EV_TARGET_OFF);
  const guint32 *targets = column_u32 (b, COL_EV_TARGETS);
  Pair *pairs = part->pairs = TAUTAN_HUGE_NEW (Pair, MAX (part->bound, 1));
  gsize n_pairs = 0, n_pfx = 0;

  for (guint k = 0; k < part->n_events; k++)
    {
      guint e = by_start[k];
      gsize first = n_pairs;

      for (guint a = actor_off[e]; a < actor_off[e + 1]; a++)
        {
          if (actors[a] < part->actor_from || actors[a] >= part->actor_to)
            continue;
          for (guint t = target_off[e]; t < target_off[e + 1]; t++)
            {
              guint64 key;
              gboolean dup = FALSE;

              if (actors[a] == targets[t])
                continue;
              key = (guint64)actors[a] << part->ebits | targets[t];
              /* the same pair twice in one event counts once */
              for (gsize q = first; q < n_pairs && !dup; q++)
                dup = pairs[q].key == key;
              if (!dup)
                {
                  pairs[n_pairs].key = key;
                  pairs[n_pairs++].value = e;
                }
            }
        }
    }
  sort_pairs (&part->sorter, pairs, n_pairs, part->ebits * 2);

  part->n_edges = 0;
  part->max_group = 0;
  for (gsize i = 0, n; i < n_pairs; i += n)
    {
      for (n = 1; i + n < n_pairs && pairs[i + n].key == pairs[i].key; n++)
        ;
      part->max_group = MAX (part->max_group, n);
      /* An edge has at most min (n, types) types: its matrices' bound. */
      n_pfx += (n + 1) * (MIN (n, part->n_types) + 1);
      part->n_edges++;
    }
  part->n_pairs = n_pairs;
  part->max_pfx = n_pfx;
}

/* Fills the part's edges into the sized columns; its type and matrix
 * offsets count from the part's own start until edge_parts_join(). */
static void
edge_part_fill (EdgePart *part)
{
  TautanDatasetBuilder *b = part->b;
  const gint32 *start = column_i32 (b, COL_EV_START);
  const gint32 *end = column_i32 (b, COL_EV_END);
  const guint32 *type = column_u32 (b, COL_EV_TYPE);
  const guint32 *info = column_u32 (b, COL_EV_INFO);
  const Pair *pairs = part->pairs;
  gsize n_pairs = part->n_pairs, n_pfx = 0;
  guint32 *edge_src = column_u32 (b, COL_EDGE_SRC) + part->edge_base;
  guint32 *edge_dst = column_u32 (b, COL_EDGE_DST) + part->edge_base;
  gint32 *edge_first = column_i32 (b, COL_EDGE_FIRST) + part->edge_base;
  gint32 *edge_last = column_i32 (b, COL_EDGE_LAST) + part->edge_base;
  guint32 *ev_off = column_u32 (b, COL_EDGE_EV_OFF) + part->edge_base;
  guint32 *type_off = column_u32 (b, COL_EDGE_TYPE_OFF) + part->edge_base;
  guint32 *pfx_off = column_u32 (b, COL_EDGE_PFX_OFF) + part->edge_base;
  guint32 *edge_ev = column_u32 (b, COL_EDGE_EV) + part->pair_base;
  gint32 *edge_starts = column_i32 (b, COL_EDGE_STARTS) + part->pair_base;
  gint32 *edge_ends = column_i32 (b, COL_EDGE_ENDS) + part->pair_base;
  guint32 *pfx_s = column_u32 (b, COL_EDGE_PFX_S) + part->pfx_base;
  guint32 *pfx_e = column_u32 (b, COL_EDGE_PFX_E) + part->pfx_base;
  g_autofree Pair *group_ends = g_new (Pair, MAX (part->max_group, 1));
  g_autofree guint32 *by_end = g_new (guint32, MAX (part->max_group, 1));
  g_autofree guint32 *local_type = g_new0 (guint32, MAX (part->n_types, 1));
  GArray *types_col = part->types;
  guint ebits = part->ebits;
  TautanDay min_first = G_MAXINT32;

  for (guint k = 0, i = 0; k < part->n_edges; k++)
    {
      guint64 key = pairs[i].key;
      guint32 *evs = edge_ev + i;
      guint n, n_local = 0;
      gint32 last = G_MININT32;

      for (n = 0; i + n < n_pairs && pairs[i + n].key == key; n++)
        {
          guint e = pairs[i + n].value;
          Pair ep = { (guint64)(end[e] - G_MININT32 / 2), e };

          evs[n] = e;
          group_ends[n] = ep;
          edge_starts[i + n] = start[e];
          last = MAX (last, end[e]);

          if (local_type[type[e]] == 0)
            {
              guint32 t = type[e];
              g_array_append_val (types_col, t);
              local_type[t] = ++n_local;
            }
        }
      /* local_type holds column + 1 while collecting: shift to 0-based. */
      for (guint j = types_col->len - n_local; j < types_col->len; j++)
        local_type[g_array_index (types_col, guint32, j)]--;

      sort_pairs (&part->sorter, group_ends, n, 32);
      for (guint j = 0; j < n; j++)
        {
          by_end[j] = group_ends[j].value;
          edge_ends[i + j] = end[by_end[j]];
        }

      put_prefix_rows (pfx_s + n_pfx, evs, n, type, local_type, n_local + 1, info);
      put_prefix_rows (pfx_e + n_pfx, by_end, n, type, local_type, n_local + 1, info);
      n_pfx += (gsize)(n + 1) * (n_local + 1);

      for (guint j = types_col->len - n_local; j < types_col->len; j++)
        local_type[g_array_index (types_col, guint32, j)] = 0;

      edge_src[k] = (guint32)(key >> ebits);
      edge_dst[k] = (guint32)(key & ((G_GUINT64_CONSTANT (1) << ebits) - 1));
      edge_first[k] = start[evs[0]];
      edge_last[k] = last;
      ev_off[k + 1] = (guint32)(part->pair_base + i + n);
      type_off[k + 1] = types_col->len;
      pfx_off[k + 1] = (guint32)n_pfx;

      min_first = MIN (min_first, start[evs[0]]);
      i += n;
    }

  g_assert (n_pfx <= part->max_pfx);
  part->n_pfx = n_pfx;
  part->min_first = min_first;
}

static gpointer
edge_part_pairs_thread (gpointer data)
{
  edge_part_pairs (data);
  return NULL;
}

static gpointer
edge_part_fill_thread (gpointer data)
{
  edge_part_fill (data);
  return NULL;
}

/* Runs @func on every part, the first on this thread. */
static void
edge_parts_run (EdgePart  *parts,
                guint      n_parts,
                GThreadFunc func)
{
  GThread *threads[MAX_EDGE_PARTS] = { NULL };

  for (guint p = 1; p < n_parts; p++)
    threads[p] = g_thread_try_new ("tautan-edges", func, &parts[p], NULL);
  func (&parts[0]);
  for (guint p = 1; p < n_parts; p++)
    {
      if (threads[p] != NULL)
        g_thread_join (threads[p]);
      else
        func (&parts[p]);
    }
}

static void
build_edges (TautanDatasetBuilder *b,
             Sorter               *s,
             guint                 n_events,
             guint                 n_entities,
             guint                 n_types,
             guint                 n_parts)
{
  const guint32 *actor_off = column_u32 (b, COL_EV_ACTOR_OFF);
  const guint32 *actors = column_u32 (b, COL_EV_ACTORS);
  const guint32 *target_off = column_u32 (b, COL_EV_TARGET_OFF);
  GArray *types_col = b->columns[COL_EDGE_TYPES];
  EdgePart parts[MAX_EDGE_PARTS];
  g_autofree Pair *pairs = NULL;
  g_autofree gsize *per_actor = g_new0 (gsize, MAX (n_entities, 1));
  guint32 *edge_ev, *ev_off, *type_off, *pfx_off, *by_first, *ev_edge_off;
  gint32 *edge_first;
  guint ebits = bits_for (n_entities);
  gsize max_pairs = 0, n_pairs = 0, max_pfx = 0, n_pfx = 0, acc = 0;
  guint n_edges = 0, n_types_out = 0;
  TautanDay min_first = G_MAXINT32;

  n_parts = CLAMP (n_parts, 1, MAX_EDGE_PARTS);

  /* Every actor x target pair bounds the edge events: per actor, so each
   * part's pairs take one allocation and the parts hold about as many. */
  for (guint e = 0; e < n_events; e++)
    for (guint a = actor_off[e]; a < actor_off[e + 1]; a++)
      per_actor[actors[a]] += target_off[e + 1] - target_off[e];
  for (guint ent = 0; ent < n_entities; ent++)
    max_pairs += per_actor[ent];

  memset (parts, 0, sizeof parts);
  for (guint p = 0, ent = 0; p < n_parts; p++)
    {
      EdgePart *part = &parts[p];

      part->b = b;
      part->n_events = n_events;
      part->n_types = n_types;
      part->ebits = ebits;
      part->actor_from = ent;
      for (; ent < n_entities && (p + 1 == n_parts || acc + per_actor[ent] <= max_pairs * (p + 1) / n_parts); ent++)
        part->bound += per_actor[ent], acc += per_actor[ent];
      part->actor_to = p + 1 == n_parts ? G_MAXUINT32 : ent;
      part->types = g_array_new (FALSE, FALSE, sizeof (guint32));
    }

  edge_parts_run (parts, n_parts, edge_part_pairs_thread);

  for (guint p = 0; p < n_parts; p++)
    {
      parts[p].edge_base = n_edges;
      parts[p].pair_base = n_pairs;
      parts[p].pfx_base = max_pfx;
      n_edges += parts[p].n_edges;
      n_pairs += parts[p].n_pairs;
      max_pfx += parts[p].max_pfx;
    }

  sized_column (b, COL_EDGE_SRC, n_edges);
  sized_column (b, COL_EDGE_DST, n_edges);
  edge_first = sized_column (b, COL_EDGE_FIRST, n_edges);
  sized_column (b, COL_EDGE_LAST, n_edges);
  ev_off = sized_column (b, COL_EDGE_EV_OFF, (gsize)n_edges + 1);
  type_off = sized_column (b, COL_EDGE_TYPE_OFF, (gsize)n_edges + 1);
  pfx_off = sized_column (b, COL_EDGE_PFX_OFF, (gsize)n_edges + 1);
  edge_ev = sized_column (b, COL_EDGE_EV, n_pairs);
  sized_column (b, COL_EDGE_STARTS, n_pairs);
  sized_column (b, COL_EDGE_ENDS, n_pairs);
  /* Sized once for the bound and cut to length at the end: grown edge by
   * edge, the two matrices were copied at every doubling. */
  sized_column (b, COL_EDGE_PFX_S, max_pfx);
  sized_column (b, COL_EDGE_PFX_E, max_pfx);
  ev_off[0] = type_off[0] = pfx_off[0] = 0;

  edge_parts_run (parts, n_parts, edge_part_fill_thread);

  /* The parts' types one after the other, and their matrices moved down
   * to close the gaps their bounds left. */
  for (guint p = 0; p < n_parts; p++)
    {
      EdgePart *part = &parts[p];
      guint32 *pfx_s = column_u32 (b, COL_EDGE_PFX_S);
      guint32 *pfx_e = column_u32 (b, COL_EDGE_PFX_E);

      g_array_append_vals (types_col, part->types->data, part->types->len);
      if (part->pfx_base != n_pfx && part->n_pfx > 0)
        {
          memmove (pfx_s + n_pfx, pfx_s + part->pfx_base, part->n_pfx * sizeof (guint32));
          memmove (pfx_e + n_pfx, pfx_e + part->pfx_base, part->n_pfx * sizeof (guint32));
        }
      for (guint k = part->edge_base; k < part->edge_base + part->n_edges; k++)
        {
          type_off[k + 1] += n_types_out;
          pfx_off[k + 1] += (guint32)n_pfx;
        }
      n_types_out += part->types->len;
      n_pfx += part->n_pfx;
      min_first = MIN (min_first, part->min_first);

      g_array_unref (part->types);
      g_free (part->pairs);
      sorter_clear (&part->sorter);
    }

  g_array_set_size (b->columns[COL_EDGE_PFX_S], (guint)n_pfx);
  g_array_set_size (b->columns[COL_EDGE_PFX_E], (guint)n_pfx);
  _tautan_dataset_builder_final (b, COL_EDGE_SRC, COL_EDGE_PFX_E);

  /* Edges by first date: a cumulative window only looks at a prefix. */
  pairs = TAUTAN_HUGE_NEW (Pair, MAX (n_edges, 1));
  for (guint k = 0; k < n_edges; k++)
    {
      pairs[k].key = (guint64)(edge_first[k] - min_first);
      pairs[k].value = k;
    }
  sort_pairs (s, pairs, n_edges, 32);
  by_first = sized_column (b, COL_IX_EDGES_BY_FIRST, n_edges);
  for (guint k = 0; k < n_edges; k++)
    by_first[k] = pairs[k].value;
  _tautan_dataset_builder_final (b, COL_IX_EDGES_BY_FIRST, COL_IX_EDGES_BY_FIRST);

  /* Per event, the edges it adds to (CSR). */
  {
    g_autofree guint32 *fill = g_new0 (guint32, (gsize)n_events + 1);
    guint32 *ev_edges;

    ev_edge_off = sized_column (b, COL_EV_EDGE_OFF, (gsize)n_events + 1);
    ev_edges = sized_column (b, COL_EV_EDGES, n_pairs);

    for (gsize j = 0; j < n_pairs; j++)
      fill[edge_ev[j]]++;
    ev_edge_off[0] = 0;
    for (guint e = 0; e < n_events; e++)
      {
        ev_edge_off[e + 1] = ev_edge_off[e] + fill[e];
        fill[e] = 0;
      }

    for (guint k = 0; k < n_edges; k++)
      for (guint j = ev_off[k]; j < ev_off[k + 1]; j++)
        {
          guint e = edge_ev[j];
          ev_edges[ev_edge_off[e] + fill[e]++] = k;
        }
  }
}

static void
build_entity_activity (TautanDatasetBuilder *b,
                       Sorter               *s,
                       guint                 n_events,
                       guint                 n_entities,
                       guint                 n_quotes)
{
  const guint32 *by_start = column_u32 (b, COL_IX_BY_START);
  const guint32 *actor_off = column_u32 (b, COL_EV_ACTOR_OFF);
  const guint32 *actors = column_u32 (b, COL_EV_ACTORS);
  const guint32 *target_off = column_u32 (b, COL_EV_TARGET_OFF);
  const guint32 *targets = column_u32 (b, COL_EV_TARGETS);
  const gint32 *start = column_i32 (b, COL_EV_START);
  const gint32 *end = column_i32 (b, COL_EV_END);
  const guint32 *speaker = column_u32 (b, COL_Q_SPEAKER);
  g_autofree Pair *pairs = TAUTAN_HUGE_NEW (Pair, MAX ((gsize)actor_off[n_events] + target_off[n_events], 1));
  g_autofree guint32 *seen = g_new (guint32, MAX (n_entities, 1));
  guint32 *ent_off, *ent_ev;
  gint32 *ent_starts, *ent_ends;
  guint ebits = bits_for (n_entities);
  gsize n_pairs = 0, i = 0;

  memset (seen, 0xff, MAX (n_entities, 1) * sizeof (guint32));

  for (guint k = 0; k < n_events; k++)
    {
      guint e = by_start[k];

      for (guint a = actor_off[e]; a < actor_off[e + 1]; a++)
        if (seen[actors[a]] != e)
          {
            seen[actors[a]] = e;
            pairs[n_pairs].key = actors[a];
            pairs[n_pairs++].value = e;
          }
      for (guint t = target_off[e]; t < target_off[e + 1]; t++)
        if (seen[targets[t]] != e)
          {
            seen[targets[t]] = e;
            pairs[n_pairs].key = targets[t];
            pairs[n_pairs++].value = e;
          }
    }
  sort_pairs (s, pairs, n_pairs, ebits);

  ent_off = sized_column (b, COL_ENT_EV_OFF, (gsize)n_entities + 1);
  ent_ev = sized_column (b, COL_ENT_EV, n_pairs);
  ent_starts = sized_column (b, COL_ENT_STARTS, n_pairs);
  ent_ends = sized_column (b, COL_ENT_ENDS, n_pairs);
  ent_off[0] = 0;
  for (guint ent = 0; ent < n_entities; ent++)
    {
      gsize first = i;

      for (; i < n_pairs && pairs[i].key == ent; i++)
        {
          guint e = pairs[i].value;

          ent_ev[i] = e;
          ent_starts[i] = start[e];
          ent_ends[i] = end[e];
        }
      /* No events, no column: ent_ends may be NULL. */
      if (i > first)
        sort_days (s, ent_ends + first, i - first);
      ent_off[ent + 1] = (guint32)i;
    }

  /* Quotes by speaker entity (CSR, in quote order). */
  {
    g_autofree guint32 *count = g_new0 (guint32, n_entities + 1);
    g_autofree guint32 *fill = g_new0 (guint32, n_entities + 1);
    guint32 *quote_off, *quotes;
    guint total = 0;

    for (guint q = 0; q < n_quotes; q++)
      if (speaker[q] != TAUTAN_NONE)
        {
          count[speaker[q]]++;
          total++;
        }
    quote_off = sized_column (b, COL_ENT_QUOTE_OFF, (gsize)n_entities + 1);
    quotes = sized_column (b, COL_ENT_QUOTES, total);
    quote_off[0] = 0;
    for (guint ent = 0; ent < n_entities; ent++)
      quote_off[ent + 1] = quote_off[ent] + count[ent];
    for (guint q = 0; q < n_quotes; q++)
      if (speaker[q] != TAUTAN_NONE)
        {
          guint ent = speaker[q];
          quotes[quote_off[ent] + fill[ent]++] = q;
        }
  }
}

/* Each event weighs 1, spread evenly over the days of its interval, so
 * imprecise events neither vanish from nor inflate the histogram. */
static void
build_histogram (TautanDatasetBuilder *b,
                 guint                 n_events,
                 TautanTaxonomy       *taxonomy,
                 TautanDay             from,
                 TautanDay             to)
{
  const gint32 *start = column_i32 (b, COL_EV_START);
  const gint32 *end = column_i32 (b, COL_EV_END);
  const guint32 *type = column_u32 (b, COL_EV_TYPE);
  guint n_days = n_events > 0 ? (guint)(to - from + 1) : 0;
  g_autofree double *diff = g_new0 (double, (gsize)(n_days + 1) * TAUTAN_N_QUAD_CLASSES);
  double rate[TAUTAN_N_QUAD_CLASSES] = { 0 };
  double sum[TAUTAN_N_QUAD_CLASSES] = { 0 };
  GArray *out = b->columns[COL_HIST_PREFIX];

  for (guint e = 0; e < n_events; e++)
    {
      TautanQuadClass q = tautan_taxonomy_get_event_type (taxonomy, type[e])->quad_class;
      double w = 1.0 / ((gint64)end[e] - start[e] + 1);
      /* An open end lies outside the shown days: its share of them only. */
      gint64 lo = CLAMP ((gint64)start[e] - from, 0, (gint64)n_days);
      gint64 hi = CLAMP ((gint64)end[e] - from + 1, 0, (gint64)n_days);

      diff[lo * TAUTAN_N_QUAD_CLASSES + q] += w;
      diff[hi * TAUTAN_N_QUAD_CLASSES + q] -= w;
    }

  g_array_set_size (out, (n_days + 1) * TAUTAN_N_QUAD_CLASSES);
  for (guint q = 0; q < TAUTAN_N_QUAD_CLASSES; q++)
    g_array_index (out, double, q) = 0;
  for (guint d = 0; d < n_days; d++)
    for (guint q = 0; q < TAUTAN_N_QUAD_CLASSES; q++)
      {
        rate[q] += diff[(gsize)d * TAUTAN_N_QUAD_CLASSES + q];
        sum[q] += rate[q];
        g_array_index (out, double, (gsize)(d + 1) * TAUTAN_N_QUAD_CLASSES + q) = sum[q];
      }

  set_meta (b, META_HIST_FIRST, (guint32)from);
  set_meta (b, META_HIST_DAYS, n_days);
}

/* Copies what a window query reads of each event into start order, so
 * the events of a window sit side by side in memory: its end, type and
 * edges here (after the edges are built), its entities in
 * build_rank_entities(), which needs no edge: the two run side by side. */
static void
build_rank_columns (TautanDatasetBuilder *b,
                    guint                 n_events)
{
  const guint32 *by_start = column_u32 (b, COL_IX_BY_START);
  const gint32 *start = column_i32 (b, COL_EV_START);
  const gint32 *end = column_i32 (b, COL_EV_END);
  const guint32 *type = column_u32 (b, COL_EV_TYPE);
  const guint32 *info = column_u32 (b, COL_EV_INFO);
  const guint32 *edge_off = column_u32 (b, COL_EV_EDGE_OFF);
  const guint32 *edges = column_u32 (b, COL_EV_EDGES);
  gint32 *rk_end = sized_column (b, COL_RK_END, n_events);
  guint32 *rk_type = sized_column (b, COL_RK_TYPE, n_events);
  guint32 *rk_edge_off = sized_column (b, COL_RK_EDGE_OFF, (gsize)n_events + 1);
  guint32 *rk_edges = sized_column (b, COL_RK_EDGES, b->columns[COL_EV_EDGES]->len);
  guint32 *long_rank, n_long = 0, n_edges = 0;
  gint32 *long_starts, *long_ends;

  rk_edge_off[0] = 0;

  for (guint r = 0; r < n_events; r++)
    {
      guint e = by_start[r];

      rk_end[r] = end[e];
      rk_type[r] = type[e] | (EV_INFO_PRECISION (info[e]) != TAUTAN_PRECISION_DAY ? RK_TYPE_IMPRECISE : 0);
      for (guint k = edge_off[e]; k < edge_off[e + 1]; k++)
        rk_edges[n_edges++] = edges[k];
      rk_edge_off[r + 1] = n_edges;
      n_long += end[e] - start[e] > TAUTAN_SHORT_EVENT_DAYS;
    }

  long_rank = sized_column (b, COL_LONG_RANK, n_long);
  long_starts = sized_column (b, COL_LONG_STARTS, n_long);
  long_ends = sized_column (b, COL_LONG_ENDS, n_long);
  n_long = 0;
  for (guint r = 0; r < n_events; r++)
    {
      guint e = by_start[r];

      if (end[e] - start[e] > TAUTAN_SHORT_EVENT_DAYS)
        {
          long_rank[n_long] = r;
          long_starts[n_long] = start[e];
          long_ends[n_long] = end[e];
          n_long++;
        }
    }
}

/* Each event's entities in start order, each once, actor or target. */
static void
build_rank_entities (TautanDatasetBuilder *b,
                     guint                 n_events,
                     guint                 n_entities)
{
  const guint32 *by_start = column_u32 (b, COL_IX_BY_START);
  const guint32 *actor_off = column_u32 (b, COL_EV_ACTOR_OFF);
  const guint32 *actors = column_u32 (b, COL_EV_ACTORS);
  const guint32 *target_off = column_u32 (b, COL_EV_TARGET_OFF);
  const guint32 *targets = column_u32 (b, COL_EV_TARGETS);
  g_autofree guint32 *seen = g_new (guint32, MAX (n_entities, 1));
  guint32 *rk_ent_off = sized_column (b, COL_RK_ENT_OFF, (gsize)n_events + 1);
  guint32 *rk_ents = sized_column (b, COL_RK_ENTS,
                                   b->columns[COL_EV_ACTORS]->len + b->columns[COL_EV_TARGETS]->len);
  guint32 n_ents = 0;

  memset (seen, 0xff, MAX (n_entities, 1) * sizeof (guint32));
  rk_ent_off[0] = 0;

  for (guint r = 0; r < n_events; r++)
    {
      guint e = by_start[r];

      for (guint k = actor_off[e]; k < actor_off[e + 1]; k++)
        if (seen[actors[k]] != e)
          seen[actors[k]] = e, rk_ents[n_ents++] = actors[k];
      for (guint k = target_off[e]; k < target_off[e + 1]; k++)
        if (seen[targets[k]] != e)
          seen[targets[k]] = e, rk_ents[n_ents++] = targets[k];
      rk_ent_off[r + 1] = n_ents;
    }
  g_array_set_size (b->columns[COL_RK_ENTS], n_ents);
}

/* The edges and what depends on them, on a thread of their own. */
typedef struct
{
  TautanDatasetBuilder *b;
  guint                 n_events;
  guint                 n_entities;
  guint                 n_types;
  guint                 n_parts;
} EdgeJob;

static gpointer
edge_thread (gpointer data)
{
  EdgeJob *job = data;
  Sorter sorter = { 0 };

  build_edges (job->b, &sorter, job->n_events, job->n_entities, job->n_types, job->n_parts);
  _tautan_dataset_builder_final (job->b, COL_EV_EDGE_OFF, COL_EV_EDGES);
  build_rank_columns (job->b, job->n_events);
  _tautan_dataset_builder_final (job->b, COL_RK_END, COL_LONG_ENDS);
  sorter_clear (&sorter);
  return NULL;
}

/**
 * _tautan_dataset_known_span:
 * @first_start: (out) (optional): the first start of all, open ends
 *   included (what the start order counts from); 0 with no events
 *
 * The days a dataset shows: from the first to the last day its events
 * name. A start of 0001-01-01 or an end of 9999-12-31 is an open end
 * (an act the text does not date: tautan extract on an undated article),
 * not a day, so one such event does not stretch the timeline over ten
 * thousand years; it still lies in every window. With no day named at
 * all, the events' whole extent; 0 to 0 with no events.
 *
 * One pass gives both: the index build reads the dates once.
 */
TautanTimeSpan
_tautan_dataset_known_span (const gint32 *start,
                            const gint32 *end,
                            guint         n_events,
                            TautanDay    *first_start)
{
  TautanTimeSpan known = { G_MAXINT32, G_MININT32 };
  TautanTimeSpan all = { G_MAXINT32, G_MININT32 };

  if (n_events == 0)
    {
      if (first_start != NULL)
        *first_start = 0;
      return (TautanTimeSpan) { 0, 0 };
    }

  /* Selects, not branches: the cache's reopen checks this over every event. */
  for (guint e = 0; e < n_events; e++)
    {
      gint32 s = start[e], t = end[e];
      gboolean s_known = s != TAUTAN_DAY_MIN, t_known = t != TAUTAN_DAY_MAX;

      all.from = MIN (all.from, s);
      all.to = MAX (all.to, t);
      known.from = MIN (known.from, MIN (s_known ? s : G_MAXINT32, t_known ? t : G_MAXINT32));
      known.to = MAX (known.to, MAX (s_known ? s : G_MININT32, t_known ? t : G_MININT32));
    }
  if (first_start != NULL)
    *first_start = all.from;
  return known.from <= known.to ? known : all;
}

/* The span the dataset shows (_tautan_dataset_known_span()). */
TautanTimeSpan
_tautan_dataset_events_span (TautanDatasetBuilder *b,
                             guint                 n_events)
{
  return _tautan_dataset_known_span (column_i32 (b, COL_EV_START), column_i32 (b, COL_EV_END), n_events, NULL);
}

/* Below this many events a thread costs more than it saves. */
#define PARALLEL_MIN_EVENTS 50000

/* Parts the edges are built in: 0 for one per processor on large files. */
static gint index_threads;

/**
 * _tautan_dataset_set_index_threads:
 * @n: how many threads build the edges, whatever their number; 0 to let
 *   the index choose
 *
 * For tests: the columns must not depend on it.
 */
void
_tautan_dataset_set_index_threads (guint n)
{
  g_atomic_int_set (&index_threads, (gint)n);
}

void
_tautan_dataset_build_indexes (TautanDatasetBuilder *b,
                               guint                 n_entities,
                               guint                 n_events,
                               guint                 n_quotes,
                               TautanTaxonomy       *taxonomy)
{
  TautanDay first;
  TautanTimeSpan span = _tautan_dataset_known_span (column_i32 (b, COL_EV_START), column_i32 (b, COL_EV_END),
                                                    n_events, &first);
  TautanDay from = span.from, to = span.to;
  Sorter sorter = { 0 };
  EdgeJob job;
  GThread *thread = NULL;

  set_meta (b, META_SPAN_FROM, (guint32)from);
  set_meta (b, META_SPAN_TO, (guint32)to);
  set_meta (b, META_N_TYPES, tautan_taxonomy_get_n_types (taxonomy));

  build_event_order (b, &sorter, n_events, first);
  _tautan_dataset_builder_final (b, COL_IX_BY_START, COL_IX_SORTED_ENDS);

  /* The edges (and the rank columns, which read them) and the entities'
   * activity (and their rank columns) read the same event columns and
   * write different ones: on two cores they overlap. Each writes only its own columns (sized_column on
   * its own GArrays) and its own meta words, so the result is the same. */
  job.b = b;
  job.n_events = n_events;
  job.n_entities = n_entities;
  job.n_types = tautan_taxonomy_get_n_types (taxonomy);
  job.n_parts = (guint)g_atomic_int_get (&index_threads);
  if (job.n_parts == 0)
    job.n_parts = n_events >= PARALLEL_MIN_EVENTS ? CLAMP (g_get_num_processors (), 1, MAX_EDGE_PARTS) : 1;
  if (n_events >= PARALLEL_MIN_EVENTS && g_get_num_processors () > 1)
    thread = g_thread_try_new ("tautan-index", edge_thread, &job, NULL);
  if (thread == NULL)
    edge_thread (&job);

  /* The histogram writes the last of META: both go to the cache at once. */
  build_histogram (b, n_events, taxonomy, from, to);
  _tautan_dataset_builder_final (b, COL_META, COL_META);
  _tautan_dataset_builder_final (b, COL_HIST_PREFIX, COL_HIST_PREFIX);
  build_entity_activity (b, &sorter, n_events, n_entities, n_quotes);
  _tautan_dataset_builder_final (b, COL_ENT_EV_OFF, COL_ENT_QUOTES);
  /* Last: the edges' thread took 0.35 s alone after the rest was done
   * when it made these too. */
  build_rank_entities (b, n_events, n_entities);
  _tautan_dataset_builder_final (b, COL_RK_ENT_OFF, COL_RK_ENTS);
  sorter_clear (&sorter);

  if (thread != NULL)
    g_thread_join (thread);
}
