/* test-slice.c: time-window queries against a brute-force oracle
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "tautan/tautan-dataset.h"
#include "tautan/tautan-diagnostic.h"
#include "tautan/tautan-histogram.h"
#include "tautan/tautan-slice.h"
#include "tautan-slice-private.h"

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
      TautanDay end = start;
      const char *precision = "day";
      char s[11], e[11];
      int y, m, d;
      guint n_actors = g_rand_int_range (rand, 1, 3);
      guint n_targets = g_rand_int_range (rand, 0, 3);

      switch (g_rand_int_range (rand, 0, 10))
        {
        case 0:
          precision = "week";
          end = start + g_rand_int_range (rand, 0, 7);
          break;
        case 1:
          precision = "month";
          tautan_day_to_ymd (start, &y, &m, &d);
          start = tautan_day_from_ymd (y, m, 1);
          end = tautan_day_from_ymd (y, m, tautan_days_in_month (y, m));
          break;
        case 2:
          precision = "year";
          tautan_day_to_ymd (start, &y, &m, &d);
          start = tautan_day_from_ymd (y, 1, 1);
          end = tautan_day_from_ymd (y, 12, 31);
          break;
        case 3:
          precision = "range";
          end = start + g_rand_int_range (rand, 0, 400);
          break;
        default:
          break;
        }
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

static void
test_oracle (void)
{
  g_autoptr(TautanDataset) ds = random_dataset (42);
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  TautanTimeSpan all = tautan_dataset_get_span (ds);

  check_window (ds, all, FALSE);
  check_window (ds, all, TRUE);
  /* before and after all data */
  check_window (ds, (TautanTimeSpan) { all.from - 100, all.from - 1 }, FALSE);
  check_window (ds, (TautanTimeSpan) { all.to + 1, all.to + 100 }, FALSE);

  for (guint i = 0; i < 150; i++)
    {
      TautanDay from = all.from - 30 + g_rand_int_range (rand, 0, all.to - all.from + 60);
      TautanDay to = from + g_rand_int_range (rand, 0, i % 3 == 0 ? 400 : 31);

      check_window (ds, (TautanTimeSpan) { from, to }, i % 2 == 1);
    }
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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/tautan/slice/oracle", test_oracle);
  g_test_add_func ("/tautan/slice/histogram", test_histogram);
  g_test_add_func ("/tautan/slice/quotes-in-window", test_quotes_in_window);

  return g_test_run ();
}
