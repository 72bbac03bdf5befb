/* tautan-dataset-index.c: sorted indexes and prefix aggregates
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-dataset-index"

#include "config.h"

#include <string.h>

#include "tautan-dataset-private.h"

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

/* Stable LSD radix sort on the low @bits bits of the key. */
static void
radix_sort (Pair  *pairs,
            gsize  n,
            guint  bits)
{
  g_autofree Pair *tmp = NULL;
  Pair *src = pairs, *dst;

  if (n < 2 || bits == 0)
    return;

  tmp = g_new (Pair, n);
  dst = tmp;

  for (guint shift = 0; shift < bits; shift += 16)
    {
      g_autofree gsize *count = g_new0 (gsize, 65537);
      Pair *swap;

      for (gsize i = 0; i < n; i++)
        count[((src[i].key >> shift) & 0xffff) + 1]++;
      for (guint b = 0; b < 65536; b++)
        count[b + 1] += count[b];
      for (gsize i = 0; i < n; i++)
        dst[count[(src[i].key >> shift) & 0xffff]++] = src[i];

      swap = src;
      src = dst;
      dst = swap;
    }

  if (src != pairs)
    memcpy (pairs, src, n * sizeof (Pair));
}

static guint
bits_for (guint64 max)
{
  guint bits = 0;

  while (bits < 64 && (max >> bits) != 0)
    bits++;
  return bits;
}

static int
compare_i32 (gconstpointer a,
             gconstpointer b)
{
  gint32 x = *(const gint32 *)a, y = *(const gint32 *)b;
  return (x > y) - (x < y);
}

static void
set_meta (TautanDatasetBuilder *b,
          guint                 index,
          guint32               value)
{
  BUILDER_U32 (b, COL_META)[index] = value;
}

/* Events by (start, end), stably by index. */
static void
build_event_order (TautanDatasetBuilder *b,
                   guint                 n_events,
                   TautanDay             min_start)
{
  const gint32 *start = BUILDER_I32 (b, COL_EV_START);
  const gint32 *end = BUILDER_I32 (b, COL_EV_END);
  g_autofree Pair *pairs = g_new (Pair, MAX (n_events, 1));
  guint64 max_key = 0;

  for (guint i = 0; i < n_events; i++)
    {
      guint64 s = (guint64)(start[i] - min_start);
      guint64 d = (guint64)(end[i] - start[i]);

      /* duration < 2^22 days (11,000 years) and start offset < 2^22 */
      pairs[i].key = s << 22 | MIN (d, (1u << 22) - 1);
      pairs[i].value = i;
      max_key = MAX (max_key, pairs[i].key);
    }
  radix_sort (pairs, n_events, bits_for (max_key));

  for (guint i = 0; i < n_events; i++)
    {
      guint e = pairs[i].value;

      BUILDER_PUSH_U32 (b, COL_IX_BY_START, e);
      BUILDER_PUSH_I32 (b, COL_IX_SORTED_STARTS, start[e]);
      BUILDER_PUSH_I32 (b, COL_IX_SORTED_ENDS, end[e]);
      if (end[e] - start[e] > TAUTAN_SHORT_EVENT_DAYS)
        BUILDER_PUSH_U32 (b, COL_IX_LONG, e);
    }

  qsort (BUILDER_I32 (b, COL_IX_SORTED_ENDS), n_events, sizeof (gint32), compare_i32);
}

/* Writes one prefix-count matrix: rows 0..n, columns = the edge's types
 * then one for imprecise events. */
static void
push_prefix_rows (GArray         *out,
                  const guint32  *events,
                  guint           n,
                  const guint32  *type_col,
                  const guint32  *local_type,   /* taxonomy type -> column */
                  guint           n_cols,
                  const guint32  *info)
{
  guint base = out->len;
  guint32 *row;

  g_array_set_size (out, base + (n + 1) * n_cols);
  row = &g_array_index (out, guint32, base);
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

static void
build_edges (TautanDatasetBuilder *b,
             guint                 n_events,
             guint                 n_entities,
             guint                 n_types)
{
  const guint32 *by_start = BUILDER_U32 (b, COL_IX_BY_START);
  const guint32 *actor_off = BUILDER_U32 (b, COL_EV_ACTOR_OFF);
  const guint32 *actors = BUILDER_U32 (b, COL_EV_ACTORS);
  const guint32 *target_off = BUILDER_U32 (b, COL_EV_TARGET_OFF);
  const guint32 *targets = BUILDER_U32 (b, COL_EV_TARGETS);
  const gint32 *start = BUILDER_I32 (b, COL_EV_START);
  const gint32 *end = BUILDER_I32 (b, COL_EV_END);
  const guint32 *type = BUILDER_U32 (b, COL_EV_TYPE);
  const guint32 *info = BUILDER_U32 (b, COL_EV_INFO);
  g_autoptr(GArray) pairs = g_array_new (FALSE, FALSE, sizeof (Pair));
  g_autofree guint32 *local_type = g_new0 (guint32, MAX (n_types, 1));
  g_autofree guint32 *ev_edge_count = g_new0 (guint32, n_events + 1);
  g_autoptr(GArray) ev_edge_pairs = g_array_new (FALSE, FALSE, sizeof (Pair));
  g_autoptr(GArray) first_pairs = g_array_new (FALSE, FALSE, sizeof (Pair));
  g_autoptr(GArray) end_pairs = g_array_new (FALSE, FALSE, sizeof (Pair));
  guint ebits = bits_for (n_entities);
  guint n_edges = 0;
  TautanDay min_first = G_MAXINT32;

  /* In start order, so the stable sort by edge keeps each edge's events by start. */
  for (guint k = 0; k < n_events; k++)
    {
      guint e = by_start[k];

      for (guint a = actor_off[e]; a < actor_off[e + 1]; a++)
        for (guint t = target_off[e]; t < target_off[e + 1]; t++)
          {
            Pair p;
            gboolean dup = FALSE;

            if (actors[a] == targets[t])
              continue;
            p.key = (guint64)actors[a] << ebits | targets[t];
            p.value = e;
            /* the same pair twice in one event counts once */
            for (guint q = pairs->len; q > 0 && g_array_index (pairs, Pair, q - 1).value == e; q--)
              dup |= g_array_index (pairs, Pair, q - 1).key == p.key;
            if (!dup)
              g_array_append_val (pairs, p);
          }
    }
  radix_sort ((Pair *)(gpointer)pairs->data, pairs->len, ebits * 2);

  BUILDER_PUSH_U32 (b, COL_EDGE_EV_OFF, 0);
  BUILDER_PUSH_U32 (b, COL_EDGE_TYPE_OFF, 0);
  BUILDER_PUSH_U32 (b, COL_EDGE_PFX_OFF, 0);

  for (guint i = 0; i < pairs->len;)
    {
      const Pair *group = &g_array_index (pairs, Pair, i);
      guint64 key = group->key;
      guint n = 0, n_local = 0;
      gint32 last = G_MININT32;
      g_autofree guint32 *evs = NULL;
      g_autofree guint32 *by_end = NULL;
      GArray *types_col = b->columns[COL_EDGE_TYPES];

      while (i + n < pairs->len && group[n].key == key)
        n++;

      evs = g_new (guint32, n);
      by_end = g_new (guint32, n);
      g_array_set_size (end_pairs, n);
      for (guint j = 0; j < n; j++)
        {
          guint e = group[j].value;
          Pair ep = { (guint64)(end[e] - G_MININT32 / 2), e };

          evs[j] = e;
          ((Pair *)(gpointer)end_pairs->data)[j] = ep;
          BUILDER_PUSH_U32 (b, COL_EDGE_EV, e);
          BUILDER_PUSH_I32 (b, COL_EDGE_STARTS, start[e]);
          last = MAX (last, end[e]);
          ev_edge_count[e]++;

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

      radix_sort ((Pair *)(gpointer)end_pairs->data, n, 32);
      for (guint j = 0; j < n; j++)
        {
          guint e = g_array_index (end_pairs, Pair, j).value;

          by_end[j] = e;
          BUILDER_PUSH_I32 (b, COL_EDGE_ENDS, end[e]);
        }

      push_prefix_rows (b->columns[COL_EDGE_PFX_S], evs, n, type, local_type, n_local + 1, info);
      push_prefix_rows (b->columns[COL_EDGE_PFX_E], by_end, n, type, local_type, n_local + 1, info);

      for (guint j = types_col->len - n_local; j < types_col->len; j++)
        local_type[g_array_index (types_col, guint32, j)] = 0;

      BUILDER_PUSH_U32 (b, COL_EDGE_SRC, (guint32)(key >> ebits));
      BUILDER_PUSH_U32 (b, COL_EDGE_DST, (guint32)(key & ((G_GUINT64_CONSTANT (1) << ebits) - 1)));
      BUILDER_PUSH_I32 (b, COL_EDGE_FIRST, start[evs[0]]);
      BUILDER_PUSH_I32 (b, COL_EDGE_LAST, last);
      BUILDER_PUSH_U32 (b, COL_EDGE_EV_OFF, b->columns[COL_EDGE_EV]->len);
      BUILDER_PUSH_U32 (b, COL_EDGE_TYPE_OFF, types_col->len);
      BUILDER_PUSH_U32 (b, COL_EDGE_PFX_OFF, b->columns[COL_EDGE_PFX_S]->len);

      min_first = MIN (min_first, start[evs[0]]);
      n_edges++;
      i += n;
    }

  /* Edges by first date: a cumulative window only looks at a prefix. */
  g_array_set_size (first_pairs, n_edges);
  for (guint k = 0; k < n_edges; k++)
    {
      Pair p = { (guint64)(BUILDER_I32 (b, COL_EDGE_FIRST)[k] - min_first), k };
      g_array_index (first_pairs, Pair, k) = p;
    }
  radix_sort ((Pair *)(gpointer)first_pairs->data, n_edges, 32);
  for (guint k = 0; k < n_edges; k++)
    BUILDER_PUSH_U32 (b, COL_IX_EDGES_BY_FIRST, g_array_index (first_pairs, Pair, k).value);

  /* Per event, the edges it adds to (CSR). */
  {
    const guint32 *edge_off = BUILDER_U32 (b, COL_EDGE_EV_OFF);
    const guint32 *edge_ev = BUILDER_U32 (b, COL_EDGE_EV);
    g_autofree guint32 *fill = g_new0 (guint32, n_events + 1);
    guint32 *ev_edges;

    g_array_set_size (b->columns[COL_EV_EDGE_OFF], n_events + 1);
    g_array_set_size (b->columns[COL_EV_EDGES], b->columns[COL_EDGE_EV]->len);
    edge_off = BUILDER_U32 (b, COL_EDGE_EV_OFF);
    edge_ev = BUILDER_U32 (b, COL_EDGE_EV);

    BUILDER_U32 (b, COL_EV_EDGE_OFF)[0] = 0;
    for (guint e = 0; e < n_events; e++)
      BUILDER_U32 (b, COL_EV_EDGE_OFF)[e + 1] = BUILDER_U32 (b, COL_EV_EDGE_OFF)[e] + ev_edge_count[e];

    ev_edges = BUILDER_U32 (b, COL_EV_EDGES);
    for (guint k = 0; k < n_edges; k++)
      for (guint j = edge_off[k]; j < edge_off[k + 1]; j++)
        {
          guint e = edge_ev[j];
          ev_edges[BUILDER_U32 (b, COL_EV_EDGE_OFF)[e] + fill[e]++] = k;
        }
  }
}

static void
build_entity_activity (TautanDatasetBuilder *b,
                       guint                 n_events,
                       guint                 n_entities,
                       guint                 n_quotes)
{
  const guint32 *by_start = BUILDER_U32 (b, COL_IX_BY_START);
  const guint32 *actor_off = BUILDER_U32 (b, COL_EV_ACTOR_OFF);
  const guint32 *actors = BUILDER_U32 (b, COL_EV_ACTORS);
  const guint32 *target_off = BUILDER_U32 (b, COL_EV_TARGET_OFF);
  const guint32 *targets = BUILDER_U32 (b, COL_EV_TARGETS);
  const gint32 *start = BUILDER_I32 (b, COL_EV_START);
  const gint32 *end = BUILDER_I32 (b, COL_EV_END);
  const guint32 *speaker = BUILDER_U32 (b, COL_Q_SPEAKER);
  g_autoptr(GArray) pairs = g_array_new (FALSE, FALSE, sizeof (Pair));
  g_autofree guint32 *seen = g_new (guint32, MAX (n_entities, 1));
  guint ebits = bits_for (n_entities);
  guint i = 0;

  memset (seen, 0xff, MAX (n_entities, 1) * sizeof (guint32));

  for (guint k = 0; k < n_events; k++)
    {
      guint e = by_start[k];

      for (guint a = actor_off[e]; a < actor_off[e + 1]; a++)
        if (seen[actors[a]] != e)
          {
            Pair p = { actors[a], e };
            seen[actors[a]] = e;
            g_array_append_val (pairs, p);
          }
      for (guint t = target_off[e]; t < target_off[e + 1]; t++)
        if (seen[targets[t]] != e)
          {
            Pair p = { targets[t], e };
            seen[targets[t]] = e;
            g_array_append_val (pairs, p);
          }
    }
  radix_sort ((Pair *)(gpointer)pairs->data, pairs->len, ebits);

  BUILDER_PUSH_U32 (b, COL_ENT_EV_OFF, 0);
  for (guint ent = 0; ent < n_entities; ent++)
    {
      guint first = b->columns[COL_ENT_ENDS]->len;

      for (; i < pairs->len && g_array_index (pairs, Pair, i).key == ent; i++)
        {
          guint e = g_array_index (pairs, Pair, i).value;

          BUILDER_PUSH_U32 (b, COL_ENT_EV, e);
          BUILDER_PUSH_I32 (b, COL_ENT_STARTS, start[e]);
          BUILDER_PUSH_I32 (b, COL_ENT_ENDS, end[e]);
        }
      qsort (BUILDER_I32 (b, COL_ENT_ENDS) + first, b->columns[COL_ENT_ENDS]->len - first,
             sizeof (gint32), compare_i32);
      BUILDER_PUSH_U32 (b, COL_ENT_EV_OFF, b->columns[COL_ENT_EV]->len);
    }

  /* Quotes by speaker entity (CSR, in quote order). */
  {
    g_autofree guint32 *count = g_new0 (guint32, n_entities + 1);
    g_autofree guint32 *fill = g_new0 (guint32, n_entities + 1);
    guint total = 0;

    for (guint q = 0; q < n_quotes; q++)
      if (speaker[q] != TAUTAN_NONE)
        {
          count[speaker[q]]++;
          total++;
        }
    g_array_set_size (b->columns[COL_ENT_QUOTE_OFF], n_entities + 1);
    g_array_set_size (b->columns[COL_ENT_QUOTES], total);
    speaker = BUILDER_U32 (b, COL_Q_SPEAKER);
    BUILDER_U32 (b, COL_ENT_QUOTE_OFF)[0] = 0;
    for (guint ent = 0; ent < n_entities; ent++)
      BUILDER_U32 (b, COL_ENT_QUOTE_OFF)[ent + 1] = BUILDER_U32 (b, COL_ENT_QUOTE_OFF)[ent] + count[ent];
    for (guint q = 0; q < n_quotes; q++)
      if (speaker[q] != TAUTAN_NONE)
        {
          guint ent = speaker[q];
          BUILDER_U32 (b, COL_ENT_QUOTES)[BUILDER_U32 (b, COL_ENT_QUOTE_OFF)[ent] + fill[ent]++] = q;
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
  const gint32 *start = BUILDER_I32 (b, COL_EV_START);
  const gint32 *end = BUILDER_I32 (b, COL_EV_END);
  const guint32 *type = BUILDER_U32 (b, COL_EV_TYPE);
  guint n_days = n_events > 0 ? (guint)(to - from + 1) : 0;
  g_autofree double *diff = g_new0 (double, (gsize)(n_days + 1) * TAUTAN_N_QUAD_CLASSES);
  double rate[TAUTAN_N_QUAD_CLASSES] = { 0 };
  double sum[TAUTAN_N_QUAD_CLASSES] = { 0 };
  GArray *out = b->columns[COL_HIST_PREFIX];

  for (guint e = 0; e < n_events; e++)
    {
      TautanQuadClass q = tautan_taxonomy_get_event_type (taxonomy, type[e])->quad_class;
      double w = 1.0 / (end[e] - start[e] + 1);

      diff[(gsize)(start[e] - from) * TAUTAN_N_QUAD_CLASSES + q] += w;
      diff[(gsize)(end[e] - from + 1) * TAUTAN_N_QUAD_CLASSES + q] -= w;
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

void
_tautan_dataset_build_indexes (TautanDatasetBuilder *b,
                               guint                 n_entities,
                               guint                 n_events,
                               guint                 n_quotes,
                               TautanTaxonomy       *taxonomy)
{
  const gint32 *start = BUILDER_I32 (b, COL_EV_START);
  const gint32 *end = BUILDER_I32 (b, COL_EV_END);
  TautanDay from = 0, to = 0;

  if (n_events > 0)
    {
      from = G_MAXINT32;
      to = G_MININT32;
      for (guint e = 0; e < n_events; e++)
        {
          from = MIN (from, start[e]);
          to = MAX (to, end[e]);
        }
    }
  set_meta (b, META_SPAN_FROM, (guint32)from);
  set_meta (b, META_SPAN_TO, (guint32)to);
  set_meta (b, META_N_TYPES, tautan_taxonomy_get_n_types (taxonomy));

  build_event_order (b, n_events, from);
  build_edges (b, n_events, n_entities, tautan_taxonomy_get_n_types (taxonomy));
  build_entity_activity (b, n_events, n_entities, n_quotes);
  build_histogram (b, n_events, taxonomy, from, to);
}
