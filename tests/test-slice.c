/* test-slice.c: time-window queries against a brute-force oracle
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "tautan/tautan-dataset.h"
#include "tautan/tautan-diagnostic.h"
#include "tautan/tautan-histogram.h"
#include "tautan/tautan-slice.h"
#include "tautan/tautan-slice-cursor.h"
#include "tautan-slice-private.h"
#include "tautan-test-slice.h"

#define N_ENTITIES 40
#define N_EVENTS   3000

static const char *types[] = { "statement", "support", "meet", "accuse", "deny", "sanction", "attack", "aid" };

/* A random dataset with every precision, multi-actor events, self-loops
 * and repeated pairs: the cases the prefix indexes must get right. */
static TautanDataset *
random_dataset (guint32 seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GString) json = g_string_new ("{\"format\":\"tautan-dataset\",\"version\":1,");
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) error = NULL;
  TautanDataset *ds;
  TautanDay base = tautan_day_from_ymd (2020, 1, 1);

  g_string_append (json, "\"sources\":[{\"id\":\"s\",\"outlet\":\"o\",\"title\":\"t\",\"language\":\"en\","
                         "\"published\":\"2024-01-01\",\"origin\":\"own\",\"state_media\":false,\"text\":\"x\"}],");
  g_string_append (json, "\"entities\":[");
  for (guint i = 0; i < N_ENTITIES; i++)
    g_string_append_printf (json, "%s{\"id\":\"n%u\",\"name\":\"N%u\",\"kind\":\"state\"}", i ? "," : "", i, i);
  g_string_append (json, "],\"events\":[");

  for (guint i = 0; i < N_EVENTS; i++)
    {
      TautanDay start = base + g_rand_int_range (rand, 0, 1500);
      TautanDay end;
      char s[11], e[11];
      guint n_actors = g_rand_int_range (rand, 1, 3);
      guint n_targets = g_rand_int_range (rand, 0, 3);
      const char *precision = tautan_test_random_date (rand, 10, &start, &end);

      tautan_day_format_buf (start, s);
      tautan_day_format_buf (end, e);

      g_string_append_printf (json, "%s{\"id\":\"e%u\",\"type\":\"%s\",\"date\":{\"start\":\"%s\",\"end\":\"%s\","
                              "\"precision\":\"%s\"},\"date_basis\":{\"method\":\"stated\",\"words\":\"w\"},"
                              "\"actors\":[", i ? "," : "", i, types[g_rand_int_range (rand, 0, G_N_ELEMENTS (types))],
                              s, e, precision);
      /* Few hubs: most events involve low-numbered entities. */
      for (guint k = 0; k < n_actors; k++)
        g_string_append_printf (json, "%s\"n%u\"", k ? "," : "",
                                (guint)(N_ENTITIES * pow (g_rand_double (rand), 2)));
      g_string_append (json, "],\"targets\":[");
      for (guint k = 0; k < n_targets; k++)
        g_string_append_printf (json, "%s\"n%u\"", k ? "," : "",
                                (guint)(N_ENTITIES * pow (g_rand_double (rand), 2)));
      g_string_append (json, "],\"summary\":\"x\",\"sources\":[\"s\"],\"status\":\"reported\"}");
    }
  g_string_append (json, "],\"quotes\":[]}");

  ds = tautan_dataset_load_data (json->str, json->len, "random.json", NULL, &diagnostics, &error);
  if (ds == NULL)
    {
      g_autofree char *text = tautan_diagnostics_format (diagnostics, 5);
      g_error ("%s", text);
    }
  return ds;
}

typedef struct
{
  guint     count;
  guint     imprecise;
  TautanDay first;
  TautanDay last;
  guint     per_type[32];
} Expected;

static void
check_window_with (TautanDataset       *ds,
                   TautanTimeSpan       span,
                   gboolean             cumulative,
                   TautanSliceStrategy  strategy)
{
  g_autoptr(TautanSlice) slice = _tautan_slice_new_with_strategy (ds, &span, cumulative, strategy);
  TautanTimeSpan eff = tautan_slice_get_span (slice);
  g_autoptr(GHashTable) oracle = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autofree guint *entity_count = g_new0 (guint, N_ENTITIES);
  guint n_in = 0, n_active = 0;

  if (cumulative)
    g_assert_cmpint (eff.from, ==, MIN (span.to, tautan_dataset_get_span (ds).from));
  else
    g_assert_true (tautan_time_span_equal (&eff, &span));

  for (guint i = 0; i < tautan_dataset_get_n_events (ds); i++)
    {
      TautanEvent e;
      gboolean seen[N_ENTITIES] = { FALSE };

      tautan_dataset_get_event (ds, i, &e);
      if (!tautan_time_span_overlaps (&eff, e.start, e.end))
        continue;
      n_in++;
      g_assert_true (tautan_slice_contains_event (slice, i));

      for (guint a = 0; a < e.n_actors; a++)
        seen[e.actors[a]] = TRUE;
      for (guint t = 0; t < e.n_targets; t++)
        seen[e.targets[t]] = TRUE;
      for (guint k = 0; k < N_ENTITIES; k++)
        entity_count[k] += seen[k];

      for (guint a = 0; a < e.n_actors; a++)
        for (guint t = 0; t < e.n_targets; t++)
          {
            gint64 key = (gint64)e.actors[a] << 32 | e.targets[t];
            Expected *x;
            gboolean dup = FALSE;

            if (e.actors[a] == e.targets[t])
              continue;
            /* the same pair twice in one event counts once */
            for (guint a2 = 0; a2 < a; a2++)
              for (guint t2 = 0; t2 < e.n_targets; t2++)
                dup |= e.actors[a2] == e.actors[a] && e.targets[t2] == e.targets[t];
            for (guint t2 = 0; t2 < t; t2++)
              dup |= e.targets[t2] == e.targets[t];
            if (dup)
              continue;

            if (!(x = g_hash_table_lookup (oracle, &key)))
              {
                x = g_new0 (Expected, 1);
                x->first = G_MAXINT32;
                x->last = G_MININT32;
                g_hash_table_insert (oracle, g_memdup2 (&key, sizeof key), x);
              }
            x->count++;
            x->imprecise += e.precision != TAUTAN_PRECISION_DAY;
            x->first = MIN (x->first, MAX (e.start, eff.from));
            x->last = MAX (x->last, MIN (e.end, eff.to));
            x->per_type[e.type]++;
          }
    }

  g_assert_cmpuint (tautan_slice_get_n_events (slice), ==, n_in);
  g_assert_cmpuint (tautan_slice_get_n_edges (slice), ==, g_hash_table_size (oracle));

  for (guint i = 0; i < tautan_slice_get_n_edges (slice); i++)
    {
      const TautanSliceEdge *edge = tautan_slice_get_edge (slice, i);
      gint64 key = (gint64)edge->source << 32 | edge->target;
      Expected *x = g_hash_table_lookup (oracle, &key);
      const guint32 *types_out, *counts;
      guint total = 0;

      g_assert_nonnull (x);
      g_assert_cmpuint (edge->count, ==, x->count);
      g_assert_cmpuint (edge->imprecise, ==, x->imprecise);
      g_assert_cmpint (edge->first, ==, x->first);
      g_assert_cmpint (edge->last, ==, x->last);
      g_assert_true (tautan_slice_find_edge (slice, edge->source, edge->target) == edge);

      tautan_slice_get_edge_types (slice, i, &types_out, &counts);
      for (guint k = 0; k < edge->n_types; k++)
        {
          g_assert_cmpuint (counts[k], ==, x->per_type[types_out[k]]);
          total += counts[k];
        }
      g_assert_cmpuint (total, ==, edge->count);

      /* The most frequent type, the lower one on a tie, on every route. */
      {
        guint best = 0;

        for (guint t = 1; t < G_N_ELEMENTS (x->per_type); t++)
          if (x->per_type[t] > x->per_type[best])
            best = t;
        g_assert_cmpuint (edge->dominant_type, ==, best);
      }

      {
        g_autoptr(GArray) events = tautan_slice_list_events (slice, TAUTAN_NONE, edge->source, edge->target);
        g_assert_cmpuint (events->len, ==, edge->count);
      }
    }

  for (guint k = 0; k < N_ENTITIES; k++)
    {
      g_assert_cmpuint (tautan_slice_get_entity_count (slice, k), ==, entity_count[k]);
      n_active += entity_count[k] > 0;
    }
  g_assert_cmpuint (tautan_slice_get_n_entities (slice), ==, n_active);

  {
    g_autoptr(GArray) all = tautan_slice_list_events (slice, TAUTAN_NONE, TAUTAN_NONE, TAUTAN_NONE);
    g_assert_cmpuint (all->len, ==, n_in);
  }
}

static void
check_window (TautanDataset *ds,
              TautanTimeSpan span,
              gboolean       cumulative)
{
  check_window_with (ds, span, cumulative, TAUTAN_SLICE_AUTO);
  check_window_with (ds, span, cumulative, TAUTAN_SLICE_DIRECT);
  check_window_with (ds, span, cumulative, TAUTAN_SLICE_PREFIX);
}

/* Big datasets answer on two threads, each half of the edges: here too,
 * for some windows (the oracle is slow under the sanitizers). */
static void
check_window_split (TautanDataset *ds,
                    TautanTimeSpan span,
                    gboolean       cumulative)
{
  guint split = _tautan_slice_set_prefix_split (2);

  check_window_with (ds, span, cumulative, TAUTAN_SLICE_PREFIX);
  _tautan_slice_set_prefix_split (split);
}

static void
test_oracle (void)
{
  g_autoptr(TautanDataset) ds = random_dataset (42);
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  TautanTimeSpan all = tautan_dataset_get_span (ds);

  check_window (ds, all, FALSE);
  check_window (ds, all, TRUE);
  check_window_split (ds, all, FALSE);
  check_window_split (ds, all, TRUE);
  /* before and after all data */
  check_window (ds, (TautanTimeSpan) { all.from - 100, all.from - 1 }, FALSE);
  check_window (ds, (TautanTimeSpan) { all.to + 1, all.to + 100 }, FALSE);

  for (guint i = 0; i < 150; i++)
    {
      TautanDay from = all.from - 30 + g_rand_int_range (rand, 0, all.to - all.from + 60);
      TautanDay to = from + g_rand_int_range (rand, 0, i % 3 == 0 ? 400 : 31);

      check_window (ds, (TautanTimeSpan) { from, to }, i % 2 == 1);
      if (i % 5 == 0)
        check_window_split (ds, (TautanTimeSpan) { from, to }, i % 2 == 1);
    }
}

/* A freed slice's answers are reused by the next prefix answer (H3,
 * s10: tautan-slice.c's spare arrays), here for any size: every slice
 * of a series of windows, each built in the one before's arrays, holds
 * what the oracle says and what a slice in fresh arrays holds, whether
 * the new window has more edges than the old or fewer. */
static void
test_spare (void)
{
  g_autoptr(TautanDataset) ds = random_dataset (43);
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  TautanTimeSpan all = tautan_dataset_get_span (ds);
  guint n0, n1, n2, old = _tautan_slice_set_spare_min (0, &n0);

  for (guint i = 0; i < 40; i++)
    {
      TautanDay from = all.from - 30 + g_rand_int_range (rand, 0, all.to - all.from + 60);
      TautanTimeSpan span = { from, from + g_rand_int_range (rand, 0, i % 2 ? 400 : 31) };
      g_autoptr(TautanSlice) reused = NULL;
      g_autoptr(TautanSlice) fresh = NULL;

      check_window_with (ds, span, i % 3 == 0, TAUTAN_SLICE_PREFIX);
      reused = _tautan_slice_new_with_strategy (ds, &span, i % 3 == 0, TAUTAN_SLICE_PREFIX);
      _tautan_slice_set_spare_min (G_MAXUINT, &n1);
      fresh = _tautan_slice_new_with_strategy (ds, &span, i % 3 == 0, TAUTAN_SLICE_PREFIX);
      tautan_test_assert_slices_equal (fresh, reused);
      g_clear_object (&fresh);
      _tautan_slice_set_spare_min (0, NULL);
    }
  _tautan_slice_set_spare_min (old, &n2);
  /* check_window_with() leaves its slice for the next: each window but
   * the first took the last one's arrays twice. */
  g_assert_cmpuint (n2 - n0, >=, 2 * 40 - 1);
  g_assert_cmpuint (n1 - n0, >, 0);
}

static void
test_histogram (void)
{
  g_autoptr(TautanDataset) ds = random_dataset (3);
  TautanTimeSpan all = tautan_dataset_get_span (ds);
  TautanBinSize sizes[] = { TAUTAN_BIN_DAY, TAUTAN_BIN_WEEK, TAUTAN_BIN_MONTH, TAUTAN_BIN_YEAR };

  g_assert_cmpint (tautan_bin_size_for_span (&(TautanTimeSpan) { 0, 99 }, 200), ==, TAUTAN_BIN_DAY);
  g_assert_cmpint (tautan_bin_size_for_span (&(TautanTimeSpan) { 0, 999 }, 200), ==, TAUTAN_BIN_WEEK);
  g_assert_cmpint (tautan_bin_size_for_span (&(TautanTimeSpan) { 0, 3650 }, 200), ==, TAUTAN_BIN_MONTH);
  g_assert_cmpint (tautan_bin_size_for_span (&(TautanTimeSpan) { 0, 36500 }, 200), ==, TAUTAN_BIN_YEAR);

  /* Imprecise events spread over their days: the bins sum to the number
   * of events, whatever the bin size; nothing is lost or counted twice. */
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr(GArray) bins = tautan_histogram_compute (ds, &all, sizes[s]);
      double total = 0;

      for (guint i = 0; i < bins->len; i++)
        {
          TautanBin *bin = &g_array_index (bins, TautanBin, i);

          g_assert_cmpint (bin->start, <=, bin->end);
          if (i > 0)
            g_assert_cmpint (bin->start, ==, g_array_index (bins, TautanBin, i - 1).end + 1);
          for (guint q = 0; q < TAUTAN_N_QUAD_CLASSES; q++)
            {
              g_assert_cmpfloat (bin->counts[q], >=, -1e-9);
              total += bin->counts[q];
            }
        }
      g_assert_cmpfloat_with_epsilon (total, N_EVENTS, 1e-6);

      /* Counted event by event (a kind no entity has is hidden, so every
       * event is shown), the bins are the index's. */
      {
        TautanTypeMask none = { { 0 } };
        g_autoptr(GArray) shown = tautan_histogram_compute_shown (ds, &all, sizes[s], 1u << 31, &none);

        g_assert_cmpuint (shown->len, ==, bins->len);
        for (guint i = 0; i < bins->len; i++)
          for (guint q = 0; q < TAUTAN_N_QUAD_CLASSES; q++)
            g_assert_cmpfloat_with_epsilon (g_array_index (shown, TautanBin, i).counts[q],
                                            g_array_index (bins, TautanBin, i).counts[q], 1e-9);
      }
    }

  /* A year-precision event weighs 1/365 in one of its days. */
  {
    g_autoptr(TautanDataset) ex = NULL;
    g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "extras.json", NULL);
    g_autofree char *data = NULL;
    gsize len;
    TautanTimeSpan june = { tautan_day_from_ymd (2024, 6, 1), tautan_day_from_ymd (2024, 6, 30) };
    TautanTimeSpan one_day = { june.from, june.from };

    g_assert_true (g_file_get_contents (path, &data, &len, NULL));
    ex = tautan_dataset_load_data (data, len, "extras.json", NULL, NULL, NULL);
    /* e2 (deny: verbal conflict) spreads over June: 1/30 a day. */
    g_assert_cmpfloat_with_epsilon (tautan_histogram_weight (ex, &one_day, TAUTAN_QUAD_VERBAL_CONFLICT),
                                    1.0 / 30, 1e-9);
    g_assert_cmpfloat_with_epsilon (tautan_histogram_weight (ex, &june, TAUTAN_QUAD_VERBAL_CONFLICT), 1.0, 1e-9);
    g_assert_cmpfloat_with_epsilon (tautan_histogram_weight (ex, &june, TAUTAN_QUAD_VERBAL_COOPERATION), 1.0, 1e-9);
  }
}

static void
test_quotes_in_window (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "extras.json", NULL);
  g_autofree char *data = NULL;
  g_autoptr(TautanDataset) ds = NULL;
  gsize len;
  guint kim;

  g_assert_true (g_file_get_contents (path, &data, &len, NULL));
  ds = tautan_dataset_load_data (data, len, "extras.json", NULL, NULL, NULL);
  kim = tautan_dataset_lookup_entity (ds, "kim");

  {
    TautanTimeSpan span = { tautan_day_from_ymd (2024, 6, 19), tautan_day_from_ymd (2024, 6, 19) };
    g_autoptr(TautanSlice) slice = tautan_slice_new (ds, &span, FALSE);
    g_autoptr(GArray) quotes = tautan_slice_list_quotes (slice, kim);
    g_autoptr(GArray) all = tautan_slice_list_quotes (slice, TAUTAN_NONE);

    g_assert_cmpuint (quotes->len, ==, 1);
    g_assert_cmpuint (g_array_index (quotes, guint32, 0), ==, tautan_dataset_lookup_quote (ds, "q1"));
    /* The month-precision denial overlaps 19 June too. */
    g_assert_cmpuint (all->len, ==, 2);
  }
  {
    TautanTimeSpan span = { tautan_day_from_ymd (2024, 7, 1), tautan_day_from_ymd (2024, 12, 31) };
    g_autoptr(TautanSlice) slice = tautan_slice_new (ds, &span, FALSE);
    g_autoptr(GArray) quotes = tautan_slice_list_quotes (slice, kim);

    g_assert_cmpuint (quotes->len, ==, 0);
    g_assert_cmpuint (tautan_slice_get_n_edges (slice), ==, 0);
    g_assert_cmpuint (tautan_slice_get_entity_count (slice, kim), ==, 0);
  }
}

/* The cursor's state, its per-edge answers and its change list against
 * slices computed from scratch before and after the move. */
static void
check_cursor (TautanSliceCursor *cursor,
              TautanSlice       *before,
              TautanSlice       *after)
{
  TautanDataset *ds = tautan_slice_cursor_get_dataset (cursor);
  g_autoptr(TautanSlice) copy = tautan_slice_cursor_dup_slice (cursor);
  g_autoptr(GArray) type_ids = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GArray) counts = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GHashTable) changed = g_hash_table_new (NULL, NULL);
  TautanTimeSpan span = tautan_slice_cursor_get_span (cursor);
  TautanTimeSpan expected = tautan_slice_get_span (after);
  const TautanSliceChange *changes;
  guint n_changes, n_edges, n_expected = 0;

  tautan_test_assert_slices_equal (copy, after);
  g_assert_true (tautan_time_span_equal (&span, &expected));
  g_assert_cmpuint (tautan_slice_cursor_get_n_events (cursor), ==, tautan_slice_get_n_events (after));
  g_assert_cmpuint (tautan_slice_cursor_get_n_edges (cursor), ==, tautan_slice_get_n_edges (after));
  g_assert_cmpuint (tautan_slice_cursor_get_n_entities (cursor), ==, tautan_slice_get_n_entities (after));

  /* Every active edge answers alone as it does in the slice. */
  for (guint i = 0; i < tautan_slice_get_n_edges (after); i++)
    {
      const TautanSliceEdge *y = tautan_slice_get_edge (after, i);
      const guint32 *yt, *yc;
      TautanSliceEdge x;

      g_assert_cmpuint (tautan_slice_cursor_find_edge (cursor, y->source, y->target), ==, y->edge);
      g_array_set_size (type_ids, 1);
      g_array_set_size (counts, 1);
      g_assert_true (tautan_slice_cursor_get_edge (cursor, y->edge, &x, type_ids, counts));
      g_assert_cmpuint (x.count, ==, y->count);
      g_assert_cmpuint (tautan_slice_cursor_get_edge_count (cursor, y->edge), ==, y->count);
      g_assert_cmpint (x.first, ==, y->first);
      g_assert_cmpint (x.last, ==, y->last);
      g_assert_cmpuint (x.imprecise, ==, y->imprecise);
      g_assert_cmpint (x.dominant_quad, ==, y->dominant_quad);
      g_assert_cmpuint (x.dominant_type, ==, y->dominant_type);
      g_assert_cmpuint (x.type_offset, ==, 1);
      g_assert_cmpuint (type_ids->len, ==, 1 + y->n_types);
      tautan_slice_get_edge_types (after, i, &yt, &yc);
      for (guint k = 0; k < y->n_types; k++)
        {
          guint found = 0;

          for (guint j = 0; j < y->n_types; j++)
            if (g_array_index (type_ids, guint32, 1 + j) == yt[k])
              {
                g_assert_cmpuint (g_array_index (counts, guint32, 1 + j), ==, yc[k]);
                found++;
              }
          g_assert_cmpuint (found, ==, 1);
        }
    }

  /* The change list is exactly the difference between the two slices. */
  changes = tautan_slice_cursor_get_edge_changes (cursor, &n_changes);
  for (guint i = 0; i < n_changes; i++)
    {
      const TautanSliceEdge *old_edge, *new_edge;
      TautanSliceEdge x;
      guint source, target;

      g_assert_false (g_hash_table_contains (changed, GUINT_TO_POINTER (changes[i].index)));
      g_hash_table_add (changed, GUINT_TO_POINTER (changes[i].index));
      g_assert_cmpuint (changes[i].old_count, !=, changes[i].new_count);
      g_assert_cmpuint (tautan_slice_cursor_get_edge_count (cursor, changes[i].index), ==, changes[i].new_count);
      g_assert_cmpint (tautan_slice_cursor_get_edge (cursor, changes[i].index, &x, NULL, NULL), ==,
                       changes[i].new_count > 0);
      /* Find its ends through either slice. */
      if (changes[i].new_count > 0)
        {
          source = x.source;
          target = x.target;
        }
      else
        {
          const TautanSliceEdge *o = NULL;

          for (guint k = 0; k < tautan_slice_get_n_edges (before) && o == NULL; k++)
            if (tautan_slice_get_edge (before, k)->edge == changes[i].index)
              o = tautan_slice_get_edge (before, k);
          g_assert_nonnull (o);
          source = o->source;
          target = o->target;
        }
      old_edge = tautan_slice_find_edge (before, source, target);
      new_edge = tautan_slice_find_edge (after, source, target);
      g_assert_cmpuint (old_edge ? old_edge->count : 0, ==, changes[i].old_count);
      g_assert_cmpuint (new_edge ? new_edge->count : 0, ==, changes[i].new_count);
    }
  /* ... and nothing else changed. */
  n_edges = tautan_slice_get_n_edges (after);
  for (guint i = 0; i < n_edges; i++)
    {
      const TautanSliceEdge *y = tautan_slice_get_edge (after, i);
      const TautanSliceEdge *o = tautan_slice_find_edge (before, y->source, y->target);

      if (o == NULL || o->count != y->count)
        n_expected++;
    }
  for (guint i = 0; i < tautan_slice_get_n_edges (before); i++)
    {
      const TautanSliceEdge *o = tautan_slice_get_edge (before, i);

      if (tautan_slice_find_edge (after, o->source, o->target) == NULL)
        n_expected++;
    }
  g_assert_cmpuint (n_changes, ==, n_expected);

  changes = tautan_slice_cursor_get_entity_changes (cursor, &n_changes);
  n_expected = 0;
  for (guint ent = 0; ent < tautan_dataset_get_n_entities (ds); ent++)
    {
      g_assert_cmpuint (tautan_slice_cursor_get_entity_count (cursor, ent), ==,
                        tautan_slice_get_entity_count (after, ent));
      n_expected += tautan_slice_get_entity_count (before, ent) != tautan_slice_get_entity_count (after, ent);
    }
  g_assert_cmpuint (n_changes, ==, n_expected);
  for (guint i = 0; i < n_changes; i++)
    {
      g_assert_cmpuint (changes[i].old_count, ==, tautan_slice_get_entity_count (before, changes[i].index));
      g_assert_cmpuint (changes[i].new_count, ==, tautan_slice_get_entity_count (after, changes[i].index));
    }
}

/* A slider's life: small steps both ways, resizing, jumps, mode switches. */
static void
random_move (GRand          *rand,
             TautanTimeSpan  all,
             TautanTimeSpan *span,
             gboolean       *cumulative)
{
  gint32 step;

  switch (g_rand_int_range (rand, 0, 10))
    {
    case 0:   /* a jump anywhere, sometimes outside the data */
      span->from = all.from - 60 + g_rand_int_range (rand, 0, all.to - all.from + 120);
      span->to = span->from + g_rand_int_range (rand, 0, 500);
      break;
    case 1:   /* switch mode */
      *cumulative = !*cumulative;
      break;
    case 2:   /* drag one handle */
      step = g_rand_int_range (rand, -40, 41);
      if (g_rand_boolean (rand))
        span->from = MIN (span->from + step, span->to);
      else
        span->to = MAX (span->to + step, span->from);
      break;
    case 3:   /* a page at a time */
      step = (span->to - span->from + 1) * (g_rand_boolean (rand) ? 1 : -1);
      span->from += step;
      span->to += step;
      break;
    default:  /* the body dragged a few days */
      step = g_rand_int_range (rand, -9, 10);
      span->from += step;
      span->to += step;
      break;
    }
}

static void
run_cursor_moves (TautanSliceStrategy strategy,
                  guint32             seed)
{
  g_autoptr(TautanDataset) ds = random_dataset (seed);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed + 1);
  TautanTimeSpan all = tautan_dataset_get_span (ds);
  TautanTimeSpan span = { all.from + 100, all.from + 130 };
  gboolean cumulative = FALSE;
  g_autoptr(TautanSliceCursor) cursor = tautan_slice_cursor_new (ds, &span, cumulative);
  g_autoptr(TautanSlice) before = tautan_slice_new (ds, &span, cumulative);
  guint routes[TAUTAN_SLICE_REBUILD + 1] = { 0 };
  guint n_changes;

  _tautan_slice_cursor_set_strategy (cursor, strategy);
  tautan_slice_cursor_get_edge_changes (cursor, &n_changes);
  g_assert_cmpuint (n_changes, ==, 0);
  check_cursor (cursor, before, before);

  for (guint i = 0; i < 300; i++)
    {
      g_autoptr(TautanSlice) after = NULL;
      TautanSliceStrategy route;

      random_move (rand, all, &span, &cumulative);
      tautan_slice_cursor_move (cursor, &span, cumulative);
      after = tautan_slice_new (ds, &span, cumulative);
      check_cursor (cursor, before, after);
      route = _tautan_slice_cursor_get_route (cursor);
      g_assert_cmpint (route, <=, TAUTAN_SLICE_REBUILD);
      g_assert_cmpint (tautan_slice_cursor_get_rebuilt (cursor), ==, route == TAUTAN_SLICE_REBUILD);
      routes[route]++;
      g_clear_object (&before);
      before = g_steal_pointer (&after);
    }

  /* Each route was taken as asked; left to itself, the cursor steps by
   * deltas and jumps another way (on so few edges, mostly a rebuild). */
  if (strategy != TAUTAN_SLICE_AUTO)
    g_assert_cmpuint (routes[strategy], ==, 300);
  else
    {
      g_assert_cmpuint (routes[TAUTAN_SLICE_DELTA], >, 0);
      g_assert_cmpuint (routes[TAUTAN_SLICE_REFILL] + routes[TAUTAN_SLICE_REBUILD], >, 0);
    }
}

static void
test_cursor_delta (void)
{
  run_cursor_moves (TAUTAN_SLICE_DELTA, 11);
}

static void
test_cursor_refill (void)
{
  run_cursor_moves (TAUTAN_SLICE_REFILL, 15);
}

static void
test_cursor_rebuild (void)
{
  run_cursor_moves (TAUTAN_SLICE_REBUILD, 12);
}

static void
test_cursor_auto (void)
{
  run_cursor_moves (TAUTAN_SLICE_AUTO, 13);
  run_cursor_moves (TAUTAN_SLICE_AUTO, 14);
}

/* Moving back where it started undoes every change, and an empty dataset
 * or a window outside the data is no special case. */
static void
test_cursor_round_trip (void)
{
  g_autoptr(TautanDataset) ds = random_dataset (5);
  TautanTimeSpan all = tautan_dataset_get_span (ds);
  TautanTimeSpan a = { all.from + 200, all.from + 260 };
  TautanTimeSpan b = { all.from + 203, all.from + 290 };
  g_autoptr(TautanSliceCursor) cursor = tautan_slice_cursor_new (ds, &a, FALSE);
  g_autoptr(TautanSlice) slice_a = tautan_slice_new (ds, &a, FALSE);
  g_autoptr(TautanSlice) slice_b = tautan_slice_new (ds, &b, FALSE);
  const TautanSliceChange *changes;
  guint n_there, n_back;

  tautan_slice_cursor_move (cursor, &b, FALSE);
  g_assert_false (tautan_slice_cursor_get_rebuilt (cursor));
  tautan_slice_cursor_get_edge_changes (cursor, &n_there);
  g_assert_cmpuint (n_there, >, 0);
  tautan_slice_cursor_move (cursor, &a, FALSE);
  changes = tautan_slice_cursor_get_edge_changes (cursor, &n_back);
  g_assert_cmpuint (n_back, ==, n_there);
  for (guint i = 0; i < n_back; i++)
    {
      TautanSliceEdge x;

      if (tautan_slice_cursor_get_edge (cursor, changes[i].index, &x, NULL, NULL))
        g_assert_true (tautan_slice_find_edge (slice_a, x.source, x.target) != NULL);
    }
  check_cursor (cursor, slice_b, slice_a);

  /* The same window again changes nothing. */
  tautan_slice_cursor_move (cursor, &a, FALSE);
  tautan_slice_cursor_get_edge_changes (cursor, &n_back);
  g_assert_cmpuint (n_back, ==, 0);
  tautan_slice_cursor_get_entity_changes (cursor, &n_back);
  g_assert_cmpuint (n_back, ==, 0);

  /* Before all data: nothing, and everything left. */
  {
    TautanTimeSpan early = { all.from - 50, all.from - 1 };
    g_autoptr(TautanSlice) none = tautan_slice_new (ds, &early, FALSE);

    tautan_slice_cursor_move (cursor, &early, FALSE);
    check_cursor (cursor, slice_a, none);
    g_assert_cmpuint (tautan_slice_cursor_get_n_events (cursor), ==, 0);
    g_assert_cmpuint (tautan_slice_cursor_get_n_edges (cursor), ==, 0);
    tautan_slice_cursor_get_edge_changes (cursor, &n_back);
    g_assert_cmpuint (n_back, ==, tautan_slice_get_n_edges (slice_a));
  }
}

static void
test_cursor_empty (void)
{
  const char *json = "{\"format\":\"tautan-dataset\",\"version\":1,\"sources\":[],"
                     "\"entities\":[{\"id\":\"a\",\"name\":\"A\",\"kind\":\"state\"}],"
                     "\"events\":[],\"quotes\":[]}";
  g_autoptr(TautanDataset) ds = tautan_dataset_load_data (json, strlen (json), "empty.json", NULL, NULL, NULL);
  TautanTimeSpan span = { 100, 200 };
  g_autoptr(TautanSliceCursor) cursor = NULL;
  g_autoptr(TautanSlice) slice = NULL;
  guint n;

  g_assert_nonnull (ds);
  cursor = tautan_slice_cursor_new (ds, &span, TRUE);
  g_assert_cmpuint (tautan_slice_cursor_get_n_events (cursor), ==, 0);
  span.to = 5000;
  tautan_slice_cursor_move (cursor, &span, FALSE);
  tautan_slice_cursor_get_entity_changes (cursor, &n);
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpuint (tautan_slice_cursor_find_edge (cursor, 0, 0), ==, TAUTAN_NONE);
  slice = tautan_slice_cursor_dup_slice (cursor);
  g_assert_cmpuint (tautan_slice_get_n_edges (slice), ==, 0);
  g_assert_cmpuint (tautan_slice_get_entity_count (slice, 0), ==, 0);
}

/* Counts under filters, by the canvas's rule, on a fixture small enough
 * to count by hand (tests/data/shown.json): e1 support kim→putin (q1),
 * e2 meet putin→kim, e3 support nk→ru,un, e4 statement kim (no target,
 * q2), e5 accuse un→kcna, e6 military cooperation nk→ru; q3 of no event. */
typedef struct
{
  const char *hidden_types[3];
  guint32     hidden_kinds;
  guint       n_events;
  guint       n_edges;
  guint       n_quotes;
  const char *busiest[7];       /* "id:count", busiest first */
} ShownCase;

static void
test_shown (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "shown.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(TautanDataset) ds = tautan_dataset_load_file (file, FALSE, NULL, NULL, NULL, NULL, &error);
  g_autoptr(TautanSlice) slice = NULL;
  TautanTaxonomy *taxonomy;
  TautanTimeSpan span;
  const ShownCase cases[] = {
    /* Nothing hidden: the slice's own figures. */
    { { NULL }, 0, 6, 5, 3, { "kim:3", "putin:2", "nk:2", "ru:2", "un:2", "kcna:1" } },
    /* No support: kim→putin and nk→un go, nk→ru stays by e6; q1 goes
     * with e1. */
    { { "support", NULL }, 0, 4, 3, 2, { "kim:2", "putin:1", "nk:1", "ru:1", "kcna:1", "un:1" } },
    /* No persons: e1, e2 and kim's statement go; q3 (no event) stays. */
    { { NULL }, 1u << TAUTAN_ENTITY_PERSON, 3, 3, 1, { "nk:2", "ru:2", "un:2", "kcna:1" } },
    /* No organisation, no military cooperation: e3 stays by nk→ru. */
    { { "military-cooperation", NULL }, 1u << TAUTAN_ENTITY_ORGANISATION, 4, 3, 3,
      { "kim:3", "putin:2", "nk:1", "ru:1" } },
  };

  g_assert_no_error (error);
  taxonomy = tautan_dataset_get_taxonomy (ds);
  span = tautan_dataset_get_span (ds);
  slice = tautan_slice_new (ds, &span, FALSE);

  /* Counted event by event with nothing really hidden (a kind no entity
   * has), a random dataset with self-loops and multi-target events gives
   * the slice's own figures. */
  {
    g_autoptr(TautanDataset) random = random_dataset (7);
    TautanTimeSpan window = { tautan_day_from_ymd (2021, 3, 1), tautan_day_from_ymd (2022, 8, 31) };
    g_autoptr(TautanSlice) part = tautan_slice_new (random, &window, FALSE);
    TautanTypeMask none = { { 0 } };
    g_autoptr(TautanSliceShown) fast = tautan_slice_count_shown (part, 0, &none);
    g_autoptr(TautanSliceShown) slow = tautan_slice_count_shown (part, 1u << 31, &none);

    g_assert_cmpuint (slow->n_events, ==, fast->n_events);
    g_assert_cmpuint (slow->n_edges, ==, fast->n_edges);
    g_assert_cmpuint (slow->n_quotes, ==, fast->n_quotes);
    g_assert_cmpuint (slow->entities->len, ==, fast->entities->len);
    g_assert_cmpmem (slow->entities->data, slow->entities->len * sizeof (TautanSliceEntity),
                     fast->entities->data, fast->entities->len * sizeof (TautanSliceEntity));
    g_assert_cmpmem (slow->events->data, slow->events->len * sizeof (guint32),
                     fast->events->data, fast->events->len * sizeof (guint32));
  }

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      const ShownCase *k = &cases[c];
      TautanTypeMask mask = { { 0 } };
      g_autoptr(TautanSliceShown) shown = NULL;
      guint n_busiest = g_strv_length ((char **)k->busiest);

      for (guint t = 0; k->hidden_types[t] != NULL; t++)
        {
          int type = tautan_taxonomy_lookup (taxonomy, k->hidden_types[t]);

          g_assert_cmpint (type, >=, 0);
          tautan_type_mask_add (&mask, (guint)type);
        }
      shown = tautan_slice_count_shown (slice, k->hidden_kinds, &mask);
      /* The histogram by day (one event a day from 10 Jan) agrees. */
      {
        g_autoptr(GArray) bins = tautan_histogram_compute_shown (ds, &span, TAUTAN_BIN_DAY, k->hidden_kinds, &mask);
        double total = 0;

        g_assert_cmpuint (bins->len, ==, 6);
        for (guint i = 0; i < bins->len; i++)
          for (guint q = 0; q < TAUTAN_N_QUAD_CLASSES; q++)
            total += g_array_index (bins, TautanBin, i).counts[q];
        g_assert_cmpfloat_with_epsilon (total, k->n_events, 1e-9);
        for (guint i = 0; i < shown->events->len; i++)
          {
            TautanEvent event;
            guint day;
            double in_bin = 0;

            tautan_dataset_get_event (ds, g_array_index (shown->events, guint32, i), &event);
            day = event.start - span.from;
            for (guint q = 0; q < TAUTAN_N_QUAD_CLASSES; q++)
              in_bin += g_array_index (bins, TautanBin, day).counts[q];
            g_assert_cmpfloat_with_epsilon (in_bin, 1.0, 1e-9);
          }
      }
      g_test_message ("case %u", c);
      g_assert_cmpuint (shown->n_events, ==, k->n_events);
      g_assert_cmpuint (shown->events->len, ==, k->n_events);
      g_assert_cmpuint (shown->n_edges, ==, k->n_edges);
      g_assert_cmpuint (shown->n_quotes, ==, k->n_quotes);
      g_assert_cmpuint (shown->entities->len, ==, n_busiest);
      for (guint i = 0; i < n_busiest; i++)
        {
          const TautanSliceEntity *e = &g_array_index (shown->entities, TautanSliceEntity, i);
          TautanEntity entity;
          g_autofree char *got = NULL;

          tautan_dataset_get_entity (ds, e->entity, &entity);
          got = g_strdup_printf ("%s:%u", entity.id, e->count);
          g_assert_cmpstr (got, ==, k->busiest[i]);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/tautan/slice/oracle", test_oracle);
  g_test_add_func ("/tautan/slice/spare", test_spare);
  g_test_add_func ("/tautan/slice/histogram", test_histogram);
  g_test_add_func ("/tautan/slice/quotes-in-window", test_quotes_in_window);
  g_test_add_func ("/tautan/slice/shown", test_shown);
  g_test_add_func ("/tautan/slice/cursor-delta", test_cursor_delta);
  g_test_add_func ("/tautan/slice/cursor-refill", test_cursor_refill);
  g_test_add_func ("/tautan/slice/cursor-rebuild", test_cursor_rebuild);
  g_test_add_func ("/tautan/slice/cursor-auto", test_cursor_auto);
  g_test_add_func ("/tautan/slice/cursor-round-trip", test_cursor_round_trip);
  g_test_add_func ("/tautan/slice/cursor-empty", test_cursor_empty);

  return g_test_run ();
}
