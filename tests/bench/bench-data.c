/* bench-data.c: data-layer benchmarks (load, reopen, query, memory)
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bench-data"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "tautan/tautan-dataset.h"
#include "tautan/tautan-dataset-edit.h"
#include "tautan/tautan-histogram.h"
#include "tautan/tautan-diagnostic.h"
#include "tautan/tautan-search-index.h"
#include "tautan/tautan-slice.h"
#include "tautan/tautan-slice-cursor.h"

#include "tautan-bench-gen.h"

#include "../../data/tautan-dataset-private.h"
#include "../../data/tautan-slice-private.h"

#include "tautan-bench-util.h"

/* Prints `bench <name> <value> <unit>` lines as docs in
 * /work/shared/BENCH.md ask; lines starting with '#' are context. */

#define GEN_SEED    20260101u
#define QUERY_SEED  4242u
#define N_RUNS      5
#define N_QUERIES   100
#define N_MOVES     1000
#define MOVE_SEED   777u
#define SEARCH_SEED 1405u

typedef struct
{
  gboolean  quick;
  char     *only;
  char     *tmpdir;
  char     *path_300k;   /* lazily generated */
  char     *path_1m;
  gboolean  cache_1m_built;
  TautanSliceStrategy route;
  guint     n_300k;
  guint     n_1m;
  guint     n_entities;
} Bench;

static gboolean
wanted (Bench      *b,
        const char *name)
{
  return b->only == NULL || strcmp (b->only, name) == 0;
}

static double
file_mb (const char *path)
{
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    return 0;
  return (double)st.st_size / (1024.0 * 1024.0);
}

static char *
generate (Bench *b,
          guint  n_events)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup_printf ("bench-%u.json", n_events);
  char *path = g_build_filename (b->tmpdir, name, NULL);
  double t0 = now_s ();

  if (!tautan_bench_gen_write (path, n_events, b->n_entities, GEN_SEED, &error))
    g_error ("%s", error->message);
  g_print ("# generated %u events, %u entities: %.1f MB in %.2f s\n",
           n_events, b->n_entities, file_mb (path), now_s () - t0);

  return path;
}

static TautanDataset *
load (const char *path,
      gboolean    use_cache)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) error = NULL;
  TautanDataset *dataset;

  dataset = tautan_dataset_load_file (file, use_cache, NULL, NULL, NULL, &diagnostics, &error);
  if (dataset == NULL)
    {
      g_printerr ("%s: %s (%u diagnostics)\n", path, error ? error->message : "failed",
                  diagnostics ? diagnostics->len : 0);
      exit (1);
    }

  return dataset;
}

static double
time_json_glib (const char *path)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  double t0 = now_s ();

  if (!json_parser_load_from_mapped_file (parser, path, &error))
    g_error ("%s", error->message);
  /* Freeing the tree is part of the parse's cost, as it is for ours. */
  g_clear_object (&parser);

  return now_s () - t0;
}

static double
time_load (const char *path,
           gboolean    use_cache,
           gboolean   *from_cache)
{
  double t0 = now_s ();
  TautanDataset *dataset = load (path, use_cache);
  double t = now_s () - t0;

  if (from_cache != NULL)
    *from_cache = tautan_dataset_get_from_cache (dataset);
  g_object_unref (dataset);

  return t;
}

static void
bench_load_overhead (Bench *b)
{
  double a[N_RUNS], c[N_RUNS];
  double ma, mc;

  if (b->path_300k == NULL)
    b->path_300k = generate (b, b->n_300k);

  /* Warm-up: the file lands in the page cache for both. */
  time_json_glib (b->path_300k);
  time_load (b->path_300k, FALSE, NULL);

  /* Interleaved, so drift on a noisy box hits both alike. */
  for (guint i = 0; i < N_RUNS; i++)
    {
      a[i] = time_json_glib (b->path_300k);
      c[i] = time_load (b->path_300k, FALSE, NULL);
    }
  ma = median (a, N_RUNS);
  mc = median (c, N_RUNS);

  g_print ("# load: %.1f MB; json-glib %.1f MB/s, tautan %.1f MB/s\n", file_mb (b->path_300k),
           file_mb (b->path_300k) / ma, file_mb (b->path_300k) / mc);
  g_print ("bench load_json_glib_%s %.3f s\n", b->quick ? "30k" : "300k", ma);
  g_print ("bench load_tautan_%s %.3f s\n", b->quick ? "30k" : "300k", mc);
  g_print ("bench load_overhead %.3f x\n", mc / ma);
}

/* The 1M dataset, with its binary cache written. */
static void
ensure_1m (Bench *b)
{
  double t0;
  TautanDataset *dataset;

  if (b->path_1m == NULL)
    b->path_1m = generate (b, b->n_1m);
  if (b->cache_1m_built)
    return;

  t0 = now_s ();
  dataset = load (b->path_1m, TRUE);
  g_print ("# first open of %u events (parse, build, write cache): %.2f s\n",
           tautan_dataset_get_n_events (dataset), now_s () - t0);
  g_object_unref (dataset);
  b->cache_1m_built = TRUE;
}

typedef struct
{
  double ms;
  guint  n_edges;
  guint  n_entities;
  guint  n_bins;
} QueryResult;

/* The classic answer: a slice built from scratch, and the histogram. */
static QueryResult
run_query (TautanDataset        *dataset,
           const TautanTimeSpan *span,
           gboolean              cumulative)
{
  QueryResult r;
  g_autoptr(TautanSlice) slice = NULL;
  g_autoptr(GArray) bins = NULL;
  gint64 t0 = g_get_monotonic_time ();

  slice = tautan_slice_new (dataset, span, cumulative);
  bins = tautan_histogram_compute (dataset, span, tautan_bin_size_for_span (span, 200));
  r.ms = (double)(g_get_monotonic_time () - t0) / 1000.0;
  r.n_edges = tautan_slice_get_n_edges (slice);
  r.n_entities = tautan_slice_get_n_entities (slice);
  r.n_bins = bins->len;

  return r;
}

/* What the app does when the window moves: the cursor follows, which
 * updates every edge's and entity's count and lists what changed, and
 * the histogram is binned afresh. With @details, also what a view pays
 * to restyle each changed edge (its types, dominant class and dates). */
static QueryResult
run_move (TautanSliceCursor    *cursor,
          const TautanTimeSpan *span,
          gboolean              cumulative,
          gboolean              details)
{
  TautanDataset *dataset = tautan_slice_cursor_get_dataset (cursor);
  QueryResult r;
  g_autoptr(GArray) bins = NULL;
  gint64 t0 = g_get_monotonic_time ();

  tautan_slice_cursor_move (cursor, span, cumulative);
  bins = tautan_histogram_compute (dataset, span, tautan_bin_size_for_span (span, 200));
  if (details)
    {
      const TautanSliceChange *changes;
      guint n;
      TautanSliceEdge edge;
      guint64 sum = 0;

      changes = tautan_slice_cursor_get_edge_changes (cursor, &n);
      for (guint i = 0; i < n; i++)
        if (tautan_slice_cursor_get_edge (cursor, changes[i].index, &edge, NULL, NULL))
          sum += edge.dominant_quad;
      if (sum == G_MAXUINT64)
        g_print ("#\n");   /* keeps the loop from being optimised away */
    }
  r.ms = (double)(g_get_monotonic_time () - t0) / 1000.0;
  r.n_edges = tautan_slice_cursor_get_n_edges (cursor);
  r.n_entities = tautan_slice_cursor_get_n_entities (cursor);
  r.n_bins = bins->len;

  return r;
}

/* BENCH.md's 100 random windows: half sliding (30 days), half cumulative. */
static void
random_windows (TautanDataset  *dataset,
                TautanTimeSpan *spans,
                gboolean       *cumulative)
{
  TautanTimeSpan all = tautan_dataset_get_span (dataset);
  guint n_days = (guint)(all.to - all.from + 1);
  GRand *rand = g_rand_new_with_seed (QUERY_SEED);

  for (guint i = 0; i < N_QUERIES; i++)
    {
      cumulative[i] = i % 2 == 1;
      if (cumulative[i])
        {
          spans[i].from = all.from;
          spans[i].to = all.from + (TautanDay)g_rand_int_range (rand, 0, (gint32)n_days);
        }
      else
        {
          spans[i].from = all.from + (TautanDay)g_rand_int_range (rand, 0, (gint32)MAX (n_days - 29, 1));
          spans[i].to = spans[i].from + 29;
        }
    }
  g_rand_free (rand);
}

static void
run_queries (Bench         *b,
             TautanDataset *dataset,
             const char    *label,
             gboolean       report)
{
  TautanTimeSpan all = tautan_dataset_get_span (dataset);
  TautanTimeSpan spans[N_QUERIES];
  gboolean cum[N_QUERIES];
  double all_ms[N_QUERIES], sliding[N_QUERIES / 2], cumulative[N_QUERIES / 2];
  double cursor_ms[N_QUERIES];
  guint n_sliding = 0, n_cumulative = 0;
  guint64 sum_edges[2] = { 0, 0 }, sum_entities[2] = { 0, 0 };
  g_autoptr(TautanSliceCursor) cursor = NULL;
  double t0 = now_s ();

  random_windows (dataset, spans, cum);

  cursor = tautan_slice_cursor_new (dataset, &all, TRUE);
  _tautan_slice_cursor_set_strategy (cursor, b->route);
  g_print ("# query (%s): cursor built in %.1f ms\n", label, (now_s () - t0) * 1000);

  /* Warm-up: first-touch page faults. */
  run_query (dataset, &all, TRUE);
  run_move (cursor, &all, FALSE, FALSE);

  /* The figure, as BENCH.md defines it: each window answered afresh. */
  for (guint i = 0; i < N_QUERIES; i++)
    {
      QueryResult r = run_query (dataset, &spans[i], cum[i]);

      all_ms[i] = r.ms;
      if (cum[i])
        cumulative[n_cumulative++] = r.ms;
      else
        sliding[n_sliding++] = r.ms;
      sum_edges[cum[i]] += r.n_edges;
      sum_entities[cum[i]] += r.n_entities;
    }
  /* The cursor over the same windows, each a jump from the one before
   * (sliding and cumulative alternate, so half the edges change every
   * time): its worst case, where a move lists every changed edge. */
  for (guint i = 0; i < N_QUERIES; i++)
    cursor_ms[i] = run_move (cursor, &spans[i], cum[i], FALSE).ms;

  g_print ("# query (%s): mean per window: sliding %.0f edges / %.0f entities, cumulative %.0f edges / %.0f entities\n",
           label, (double)sum_edges[0] / n_sliding, (double)sum_entities[0] / n_sliding,
           (double)sum_edges[1] / n_cumulative, (double)sum_entities[1] / n_cumulative);
  g_print ("# query (%s): the cursor jumping between the same windows: median %.3f ms, p95 %.3f ms\n",
           label, median (cursor_ms, N_QUERIES), percentile (cursor_ms, N_QUERIES, 0.95));
  if (report)
    {
      double med = median (all_ms, N_QUERIES);
      double p95 = percentile (all_ms, N_QUERIES, 0.95);

      g_print ("bench query_1m_events %.3f ms\n", med);
      g_print ("bench query_1m_events_p95 %.3f ms\n", p95);
      g_print ("bench query_1m_sliding %.3f ms\n", median (sliding, n_sliding));
      g_print ("bench query_1m_cumulative %.3f ms\n", median (cumulative, n_cumulative));
    }
  else
    g_print ("# query (%s): median %.3f ms, p95 %.3f ms, sliding %.3f ms, cumulative %.3f ms\n", label,
             median (all_ms, N_QUERIES), percentile (all_ms, N_QUERIES, 0.95),
             median (sliding, n_sliding), median (cumulative, n_cumulative));
}

/* A slider being used: drags of 5 to 40 frames, each frame moving
 * the window (its body, or one handle) by 1 to 30 days, forwards or
 * backwards, in sliding or cumulative mode; between drags, now and then
 * a click elsewhere on the timeline (a jump to any window, 1 week to 2
 * years wide), a switch of mode or a page step. Fixed seed. */
static void
slider_moves (TautanDataset  *dataset,
              TautanTimeSpan *spans,
              gboolean       *cumulative,
              guint          *n_jumps)
{
  TautanTimeSpan all = tautan_dataset_get_span (dataset);
  GRand *rand = g_rand_new_with_seed (MOVE_SEED);
  TautanTimeSpan span = { all.from + (all.to - all.from) / 2, all.from + (all.to - all.from) / 2 + 29 };
  gboolean cum = FALSE;
  gint32 velocity = 3;
  guint handle = 0;      /* 0 body, 1 start, 2 end */
  guint frames_left = 0;

  *n_jumps = 0;
  for (guint i = 0; i < N_MOVES; i++)
    {
      if (frames_left == 0)
        {
          double p = g_rand_double (rand);

          if (p < 0.3)
            {
              gint32 width = g_rand_int_range (rand, 7, 731);

              span.from = all.from + g_rand_int_range (rand, 0, (gint32)(all.to - all.from + 1));
              span.to = span.from + width - 1;
              (*n_jumps)++;
            }
          else if (p < 0.45)
            cum = !cum;
          else if (p < 0.55)
            {
              gint32 page = (span.to - span.from + 1) * (g_rand_boolean (rand) ? 1 : -1);

              span.from += page;
              span.to += page;
            }
          frames_left = (guint)g_rand_int_range (rand, 5, 41);
          velocity = g_rand_int_range (rand, 1, 31) * (g_rand_boolean (rand) ? 1 : -1);
          handle = (guint)g_rand_int_range (rand, 0, 3);
        }
      else
        {
          frames_left--;
          if (handle == 1 && !cum)
            span.from = MIN (span.from + velocity, span.to);
          else if (handle == 2 || (handle == 1 && cum))
            span.to = MAX (span.to + velocity, span.from);
          else
            {
              span.from += velocity;
              span.to += velocity;
            }
          /* A dragged handle stops at the ends of the timeline. */
          if (span.to < all.from || span.from > all.to)
            velocity = -velocity;
        }
      spans[i] = span;
      cumulative[i] = cum;
    }
  g_rand_free (rand);
}

static void
bench_moves (Bench         *b,
             TautanDataset *dataset)
{
  g_autofree TautanTimeSpan *spans = g_new (TautanTimeSpan, N_MOVES);
  g_autofree gboolean *cum = g_new (gboolean, N_MOVES);
  g_autofree double *ms = g_new (double, N_MOVES);
  g_autofree double *detail_ms = g_new (double, N_MOVES);
  g_autoptr(TautanSliceCursor) cursor = NULL;
  guint n_jumps, n_rebuilt = 0;
  guint64 n_changes = 0;

  slider_moves (dataset, spans, cum, &n_jumps);
  cursor = tautan_slice_cursor_new (dataset, &spans[0], cum[0]);
  _tautan_slice_cursor_set_strategy (cursor, b->route);
  run_move (cursor, &spans[N_MOVES - 1], cum[N_MOVES - 1], FALSE);   /* warm-up */
  run_move (cursor, &spans[0], cum[0], FALSE);

  for (guint i = 0; i < N_MOVES; i++)
    {
      guint n;

      ms[i] = run_move (cursor, &spans[i], cum[i], FALSE).ms;
      n_rebuilt += tautan_slice_cursor_get_rebuilt (cursor);
      tautan_slice_cursor_get_edge_changes (cursor, &n);
      n_changes += n;
    }
  run_move (cursor, &spans[0], cum[0], FALSE);
  for (guint i = 0; i < N_MOVES; i++)
    detail_ms[i] = run_move (cursor, &spans[i], cum[i], TRUE).ms;

  g_print ("# moves: %u, of which %u jumps; %u answered by a rebuild; %.0f edge changes per move\n",
           N_MOVES, n_jumps, n_rebuilt, (double)n_changes / N_MOVES);
  g_print ("# moves with every changed edge's details fetched: median %.3f ms, p99 %.3f ms\n",
           median (detail_ms, N_MOVES), percentile (detail_ms, N_MOVES, 0.99));
  g_print ("# moves: median %.3f ms, p95 %.3f ms, max %.3f ms\n", median (ms, N_MOVES),
           percentile (ms, N_MOVES, 0.95), percentile (ms, N_MOVES, 1.0));
  g_print ("bench query_1m_events_p99 %.3f ms\n", percentile (ms, N_MOVES, 0.99));
}

static void
bench_query (Bench *b)
{
  TautanDataset *dataset;

  ensure_1m (b);

  /* The figure: the model as the app holds it after a reopen (mapped
   * cache); the freshly built heap model is shown for comparison. */
  dataset = load (b->path_1m, TRUE);
  if (!tautan_dataset_get_from_cache (dataset))
    g_print ("# warning: query dataset was not read from the cache\n");
  g_print ("# query dataset: %u events, %u entities\n", tautan_dataset_get_n_events (dataset),
           tautan_dataset_get_n_entities (dataset));
  run_queries (b, dataset, "mapped cache", TRUE);
  bench_moves (b, dataset);
  g_object_unref (dataset);

  dataset = load (b->path_1m, FALSE);
  run_queries (b, dataset, "built from JSON", FALSE);
  g_object_unref (dataset);
}

/* open_1m_events: the first open, cache cold: parse, build, write the
 * cache. The cache folder is emptied before each run; the JSON stays in
 * the page cache (a warm-up run reads it), as after a download. */
static void
bench_open (Bench *b)
{
  g_autofree char *cache = g_build_filename (b->tmpdir, "cache", NULL);
  double t[N_RUNS], m;
  gboolean from_cache = FALSE;

  if (b->path_1m == NULL)
    b->path_1m = generate (b, b->n_1m);
  remove_tree (cache);
  time_load (b->path_1m, TRUE, NULL);   /* warm-up: the file in the page cache */
  for (guint i = 0; i < N_RUNS; i++)
    {
      remove_tree (cache);
      t[i] = time_load (b->path_1m, TRUE, &from_cache);
      if (from_cache)
        g_print ("# warning: open %u read a cache it should not have found\n", i);
    }
  b->cache_1m_built = TRUE;
  m = median (t, N_RUNS);   /* sorts @t */
  g_print ("# open_1m_events: min %.3f, max %.3f s over %u runs\n", t[0], t[N_RUNS - 1], N_RUNS);
  g_print ("bench open_1m_events %.3f s\n", m);
}

static void
bench_reopen (Bench *b)
{
  double t[N_RUNS];
  gboolean from_cache = FALSE;

  ensure_1m (b);
  time_load (b->path_1m, TRUE, NULL);   /* warm-up */
  for (guint i = 0; i < N_RUNS; i++)
    {
      t[i] = time_load (b->path_1m, TRUE, &from_cache);
      if (!from_cache)
        g_print ("# warning: reopen %u did not use the binary cache\n", i);
    }
  g_print ("bench reopen_1m_events %.3f s\n", median (t, N_RUNS));
}

/* A figure of /proc/self/status, such as "VmRSS" or "VmHWM" (the peak). */
static gsize
vm_status_kb (const char *name)
{
  g_autofree char *status = NULL;
  g_autofree char *key = g_strdup_printf ("\n%s:", name);
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return 0;
  line = strstr (status, key);
  if (line == NULL)
    return 0;
  return (gsize)g_ascii_strtoull (line + strlen (key), NULL, 10);
}

static gsize
vm_rss_kb (void)
{
  return vm_status_kb ("VmRSS");
}

/* The child of model_rss: open, touch every event once, report. */
static int
rss_child (const char *path)
{
  TautanDataset *dataset = load (path, TRUE);
  TautanTimeSpan all = tautan_dataset_get_span (dataset);
  g_autoptr(TautanSlice) slice = tautan_slice_new (dataset, &all, TRUE);
  /* The app keeps a cursor for its time slider: it counts. */
  g_autoptr(TautanSliceCursor) cursor = tautan_slice_cursor_new (dataset, &all, TRUE);

  g_print ("rss_kb %" G_GSIZE_FORMAT " from_cache %d edges %u\n", vm_rss_kb (),
           tautan_dataset_get_from_cache (dataset), tautan_slice_cursor_get_n_edges (cursor));
  g_clear_object (&cursor);
  g_clear_object (&slice);
  g_object_unref (dataset);

  return 0;
}

static void
bench_rss (Bench *b)
{
  double mb[N_RUNS];
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  guint n = 0;

  ensure_1m (b);
  if (self == NULL)
    {
      g_print ("# warning: no /proc/self/exe, model_rss_1m_events skipped\n");
      return;
    }

  for (guint i = 0; i < N_RUNS + 1; i++)
    {
      const char *argv[] = { self, "--rss-child", b->path_1m, NULL };
      g_autofree char *out = NULL;
      g_autoptr(GError) error = NULL;
      const char *p;
      int status;
      int from_cache = 0;
      guint64 kb;

      if (!g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error) ||
          !g_spawn_check_wait_status (status, &error))
        g_error ("rss child: %s", error->message);
      p = strstr (out, "rss_kb ");
      if (p == NULL)
        g_error ("rss child printed no figure: %s", out);
      kb = g_ascii_strtoull (p + strlen ("rss_kb "), NULL, 10);
      p = strstr (out, "from_cache ");
      if (p != NULL)
        from_cache = atoi (p + strlen ("from_cache "));
      if (!from_cache)
        g_print ("# warning: rss child did not use the binary cache\n");
      if (i == 0)
        {
          g_print ("# rss child: %s", out);
          continue;   /* warm-up */
        }
      mb[n++] = (double)kb / 1024.0;
    }
  g_print ("# 1M file %.1f MB; cache %s\n", file_mb (b->path_1m), "mapped read-only");
  g_print ("bench model_rss_1m_events %.1f MB\n", median (mb, n));
}

/* search_100k: names over several scripts, built from syllables so that
 * prefixes are shared as in real names; a quarter with diacritics,
 * most with one or two aliases. Fixed seed. */
static TautanDataset *
search_dataset (guint n_entities)
{
  static const char *const latin[] = {
    "ba", "ri", "to", "ko", "na", "se", "ju", "wi", "do", "pra", "su", "an", "el", "mar", "tin",
    "ha", "di", "ya", "go", "lu", "mo", "ra", "ti", "ve", "zo", "ni", "ka", "sa", "wo", "er",
  };
  static const char *const accented[] = { "é", "ić", "ña", "ø", "ş", "ü", "ễn", "á" };
  static const char *const cyrillic[] = { "ва", "ли", "ко", "ер", "са", "ми", "ов", "ин", "ду", "го", "ре", "та" };
  static const char *const arabic[] = { "مح", "مد", "عب", "دال", "له", "سن", "كر", "يم", "فا", "طم" };
  static const char *const cjk[] = { "习", "近", "平", "李", "强", "王", "毅", "张", "刘", "陈", "杨", "黄" };
  g_autoptr(GString) json = g_string_new ("{\"format\":\"tautan-dataset\",\"version\":1,\"sources\":[],\"entities\":[");
  GRand *rand = g_rand_new_with_seed (SEARCH_SEED);
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) error = NULL;
  TautanDataset *ds;

  for (guint i = 0; i < n_entities; i++)
    {
      guint script = i % 10;
      const char *const *syl = script < 6 ? latin : script < 8 ? cyrillic : script < 9 ? arabic : cjk;
      guint n_syl = script < 6 ? G_N_ELEMENTS (latin) : script < 8 ? G_N_ELEMENTS (cyrillic) :
                    script < 9 ? G_N_ELEMENTS (arabic) : G_N_ELEMENTS (cjk);
      guint n_words = script == 9 ? 1 : 2 + (g_rand_int_range (rand, 0, 4) == 0);
      g_autoptr(GString) name = g_string_new (NULL);
      g_autoptr(GString) last = g_string_new (NULL);
      guint n_aliases = (guint)g_rand_int_range (rand, 0, 3);

      for (guint w = 0; w < n_words; w++)
        {
          guint n = 2 + (guint)g_rand_int_range (rand, 0, script == 9 ? 2 : 3);

          g_string_truncate (last, 0);
          for (guint k = 0; k < n; k++)
            g_string_append (last, syl[g_rand_int_range (rand, 0, (gint32)n_syl)]);
          if (script < 6 && g_rand_int_range (rand, 0, 4) == 0)
            g_string_append (last, accented[g_rand_int_range (rand, 0, G_N_ELEMENTS (accented))]);
          if (script < 6)
            last->str[0] = g_ascii_toupper (last->str[0]);
          if (w > 0 && script != 9)
            g_string_append_c (name, ' ');
          g_string_append (name, last->str);
        }
      g_string_append_printf (json, "%s{\"id\":\"p%u\",\"kind\":\"person\",\"name\":\"%s\"",
                              i ? ",\n" : "", i, name->str);
      if (n_aliases > 0)
        {
          /* The surname alone, and an initial with it. */
          g_string_append_printf (json, ",\"aliases\":[\"%s\"", last->str);
          if (n_aliases > 1)
            g_string_append_printf (json, ",\"%.*s. %s\"", (int)(g_utf8_next_char (name->str) - name->str),
                                    name->str, last->str);
          g_string_append_c (json, ']');
        }
      g_string_append_c (json, '}');
    }
  g_string_append (json, "],\"events\":[],\"quotes\":[]}");
  g_rand_free (rand);

  ds = tautan_dataset_load_data (json->str, json->len, "search.json", NULL, &diagnostics, &error);
  if (ds == NULL)
    {
      g_autofree char *text = diagnostics != NULL ? tautan_diagnostics_format (diagnostics, 5) : NULL;

      g_error ("search dataset: %s\n%s", error->message, text != NULL ? text : "");
    }
  return ds;
}

/* Someone typing a name, letter by letter: from its start, from a later
 * word, from the middle, in capitals or without its accents, and now and
 * then something that matches nothing (a full scan). Each keystroke is
 * answered with the 50 best. */
static void
bench_search (Bench *b)
{
  guint n_entities = b->quick ? 10000 : 100000;
  g_autoptr(TautanDataset) ds = search_dataset (n_entities);
  g_autoptr(TautanSearchIndex) index = NULL;
  g_autoptr(GArray) ms = g_array_new (FALSE, FALSE, sizeof (double));
  GRand *rand = g_rand_new_with_seed (SEARCH_SEED + 1);
  guint64 n_hits = 0;
  double t0 = now_s ();
  gsize rss0 = vm_rss_kb (), rss1;

  index = tautan_search_index_new (ds);
  rss1 = vm_rss_kb ();
  g_print ("# search: %u entities; index built in %.0f ms, %+.1f MB resident\n", n_entities,
           (now_s () - t0) * 1000, ((double)rss1 - (double)rss0) / 1024.0);

  for (guint q = 0; q < 200; q++)
    {
      TautanEntity e;
      const char *key;
      g_autofree char *typed = NULL;
      const char *from;
      guint mode = (guint)g_rand_int_range (rand, 0, 10);
      guint n_chars;

      tautan_dataset_get_entity (ds, (guint)g_rand_int_range (rand, 0, (gint32)n_entities), &e);
      key = e.n_aliases > 0 && g_rand_boolean (rand) ? tautan_dataset_get_string (ds, e.aliases[0]) : e.name;
      from = key;
      if (mode < 2 && strchr (key, ' ') != NULL)
        from = strchr (key, ' ') + 1;                                 /* a later word */
      else if (mode < 4)
        from = g_utf8_offset_to_pointer (key, g_utf8_strlen (key, -1) / 2);   /* the middle */
      if (mode == 4)
        typed = g_utf8_strup (from, -1);
      else if (mode == 5)
        typed = g_str_to_ascii (from, "C");
      else if (mode == 6)
        typed = g_strdup ("Zqxj Wvk");                                /* nothing */
      else
        typed = g_strdup (from);

      n_chars = MIN ((guint)g_utf8_strlen (typed, -1), 12);
      for (guint k = 1; k <= n_chars; k++)
        {
          g_autofree char *prefix = g_utf8_substring (typed, 0, k);
          g_autoptr(GArray) hits = NULL;
          double start = now_s (), elapsed;

          hits = tautan_search_index_query (index, prefix, 50);
          elapsed = (now_s () - start) * 1000;
          g_array_append_val (ms, elapsed);
          n_hits += hits->len;
        }
    }
  g_rand_free (rand);

  g_print ("# search: %u keystrokes, %.1f hits each; p95 %.3f ms, max %.3f ms\n", ms->len,
           (double)n_hits / ms->len, percentile ((double *)(gpointer)ms->data, ms->len, 0.95),
           percentile ((double *)(gpointer)ms->data, ms->len, 1.0));
  g_print ("bench search_100k %.3f ms\n", median ((double *)(gpointer)ms->data, ms->len));
}

/* edit_merge_100k_events: a curation edit (two entities merged, every
 * event and quote kept) on a 100k-event dataset, as the window makes it;
 * then the other edits and the creations, once each. */
static void
bench_edit (Bench *b)
{
  guint n_events = b->quick ? 10000 : 100000;
  g_autofree char *path = generate (b, n_events);
  g_autoptr(TautanDataset) dataset = load (path, FALSE);
  double s[3];

  /* three runs: each takes seconds */
  for (guint i = 0; i < G_N_ELEMENTS (s); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(TautanDataset) merged = NULL;
      TautanEntity from, into;
      double t0;

      tautan_dataset_get_entity (dataset, 2 * i + 1, &from);
      tautan_dataset_get_entity (dataset, 2 * i, &into);
      t0 = now_s ();
      merged = tautan_dataset_merge_entities (dataset, into.id, from.id, &error);
      s[i] = now_s () - t0;
      if (merged == NULL)
        g_error ("merge: %s", error->message);
      g_assert_cmpuint (tautan_dataset_get_n_events (merged), ==, n_events);
    }
  g_print ("bench edit_merge_%s_events %.3f s\n", b->quick ? "10k" : "100k", median (s, G_N_ELEMENTS (s)));

  /* The other edits the window makes, once each, for the record. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(TautanDataset) entity = NULL;
    g_autoptr(TautanDataset) split = NULL;
    g_autoptr(TautanDataset) event = NULL;
    g_autoptr(GPtrArray) targets = g_ptr_array_new ();
    const char *actors[2] = { NULL, NULL };
    const char *events[2] = { NULL, NULL };
    TautanEntityValues values = { "Renamed", NULL, TAUTAN_ENTITY_STATE, NULL, "Role", "Notes" };
    TautanEventValues ev_values = { 0 };
    TautanEntity e;
    TautanEvent ev;
    double t_entity, t_split, t_event;

    tautan_dataset_get_event (dataset, n_events / 2, &ev);
    tautan_dataset_get_entity (dataset, ev.actors[0], &e);
    t_entity = now_s ();
    entity = tautan_dataset_edit_entity (dataset, e.id, &values, &error);
    t_entity = now_s () - t_entity;
    events[0] = ev.id;
    t_split = now_s ();
    split = entity ? tautan_dataset_split_entity (dataset, e.id, "Split", events, NULL, NULL, &error) : NULL;
    t_split = now_s () - t_split;
    actors[0] = e.id;
    for (guint k = 0; k < ev.n_targets; k++)
      {
        TautanEntity t;

        tautan_dataset_get_entity (dataset, ev.targets[k], &t);
        g_ptr_array_add (targets, (gpointer)t.id);
      }
    g_ptr_array_add (targets, NULL);
    ev_values.type = tautan_taxonomy_get_event_type (tautan_dataset_get_taxonomy (dataset), ev.type)->id;
    ev_values.start = ev_values.end = ev.start;
    ev_values.precision = TAUTAN_PRECISION_DAY;
    ev_values.actors = actors;
    ev_values.targets = (const char * const *)targets->pdata;
    ev_values.status = TAUTAN_STATUS_CONFIRMED;
    ev_values.notes = "Checked";
    t_event = now_s ();
    event = split ? tautan_dataset_edit_event (dataset, ev.id, &ev_values, &error) : NULL;
    t_event = now_s () - t_event;
    if (event == NULL)
      g_error ("edit: %s", error->message);
    g_print ("# edits at %s events: entity %.3f s, split %.3f s, event %.3f s\n", b->quick ? "10k" : "100k",
             t_entity, t_split, t_event);
  }

  /* Creating a quote and an event from a source's selection, as the
   * source window's New Quote… and New Event from Selection… do. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(TautanDataset) quote = NULL;
    g_autoptr(TautanDataset) event = NULL;
    const char *actors[2] = { NULL, NULL };
    TautanEventValues values = { "meet", 0, 0, TAUTAN_PRECISION_DAY, actors, NULL, TAUTAN_STATUS_REPORTED,
                                 NULL, NULL, "Checked" };
    TautanSource src;
    TautanEvent ev;
    TautanEntity e;
    guint length;
    double t_quote, t_event;

    tautan_dataset_get_event (dataset, n_events / 3, &ev);
    tautan_dataset_get_entity (dataset, ev.actors[0], &e);
    tautan_dataset_get_source (dataset, ev.sources[0], &src);
    length = (guint)g_utf8_strlen (src.text, -1);
    actors[0] = e.id;
    values.start = values.end = ev.start;
    t_quote = now_s ();
    quote = tautan_dataset_add_quote (dataset, src.id, 0, MIN (length, 40), e.id, NULL, TRUE, ev.id, NULL, &error);
    t_quote = now_s () - t_quote;
    t_event = now_s ();
    event = quote ? tautan_dataset_add_event (dataset, src.id, 0, MIN (length, 40), &values, NULL, &error) : NULL;
    t_event = now_s () - t_event;
    if (event == NULL)
      g_error ("create: %s", error->message);
    g_print ("# created at %s events: quote %.3f s, event %.3f s\n", b->quick ? "10k" : "100k", t_quote, t_event);
  }
}

/* The cache file of @path as it is now: 0 when there is none. The loader
 * writes a new file and renames it over the old, so a write changes it. */
static guint64
cache_file_id (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *cache = _tautan_dataset_cache_path (file);
  GStatBuf st;

  if (g_stat (cache, &st) != 0)
    return 0;
  return (guint64)st.st_ino ^ (guint64)st.st_mtime << 32 ^ (guint64)st.st_size;
}

/* How @dataset was opened. A cache that cannot be written is only a debug
 * message of the loader's, so whether it was is told from the file. */
static const char *
open_label (TautanDataset *dataset,
            guint64        cache_before,
            guint64        cache_after)
{
  if (tautan_dataset_get_from_cache (dataset))
    return "from its cache";
  if (cache_after != 0 && cache_after != cache_before)
    return "from the JSON (cache written)";
  return "from the JSON (cache NOT written; G_MESSAGES_DEBUG=tautan-dataset-loader says why)";
}

/* --open: one open of a given file, for profiling (perf, /usr/bin/time -v)
 * beside the figures: the cache folder is the one the caller set. */
static int
open_once (const char *path)
{
  guint64 before = cache_file_id (path);
  double t0 = now_s ();
  TautanDataset *dataset = load (path, TRUE);
  double t = now_s () - t0;

  g_print ("# open %s: %.3f s, %s, %u events, peak %.1f MB resident\n", path, t,
           open_label (dataset, before, cache_file_id (path)), tautan_dataset_get_n_events (dataset),
           vm_status_kb ("VmHWM") / 1024.0);
  g_object_unref (dataset);
  return 0;
}

/* --quick: the labels of an open whose cache cannot be written (where its
 * folder should be is a file), of one whose cache is written, and of the
 * reopen from it. */
static void
check_open_labels (Bench *b)
{
  g_autofree char *path = generate (b, 100);
  g_autofree char *parent = g_build_filename (g_get_user_cache_dir (), "tautan", NULL);
  g_autofree char *blocker = g_build_filename (parent, "datasets", NULL);
  g_autoptr(TautanDataset) blocked = NULL;
  g_autoptr(TautanDataset) cold = NULL;
  g_autoptr(TautanDataset) warm = NULL;
  guint64 before;

  g_assert_cmpint (g_mkdir_with_parents (parent, 0700), ==, 0);
  g_assert_true (g_file_set_contents (blocker, "", 0, NULL));
  before = cache_file_id (path);
  blocked = load (path, TRUE);
  g_assert_true (g_str_has_prefix (open_label (blocked, before, cache_file_id (path)), "from the JSON (cache NOT"));
  g_assert_cmpint (g_unlink (blocker), ==, 0);

  before = cache_file_id (path);
  cold = load (path, TRUE);
  g_assert_cmpstr (open_label (cold, before, cache_file_id (path)), ==, "from the JSON (cache written)");
  before = cache_file_id (path);
  warm = load (path, TRUE);
  g_assert_cmpstr (open_label (warm, before, cache_file_id (path)), ==, "from its cache");
  g_print ("# --open labels: checked\n");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *rss_path = NULL;
  g_autofree char *gen_path = NULL;
  g_autofree char *open_path = NULL;
  int gen_events = 2000, gen_entities = 200;
  g_autofree char *cache_dir = NULL;
  gboolean quick = FALSE;
  char *only = NULL;
  g_autofree char *route = NULL;
  Bench b = { 0 };
  const GOptionEntry entries[] = {
    { "quick", 0, 0, G_OPTION_ARG_NONE, &quick, "Ten times smaller datasets (smoke test)", NULL },
    { "only", 0, 0, G_OPTION_ARG_STRING, &only, "Run one figure: query_1m_events (with _p99), load_overhead, "
      "search_100k, open_1m_events, reopen_1m_events, model_rss_1m_events or edit_merge_100k_events", "NAME" },
    { "generate", 0, 0, G_OPTION_ARG_FILENAME, &gen_path, "Only write a generated dataset to FILE", "FILE" },
    { "events", 0, 0, G_OPTION_ARG_INT, &gen_events, "Events for --generate (2000)", "N" },
    { "entities", 0, 0, G_OPTION_ARG_INT, &gen_entities, "Entities for --generate (200)", "N" },
    { "open", 0, 0, G_OPTION_ARG_FILENAME, &open_path, "Only open FILE once with its cache (for profiling)", "FILE" },
    { "rss-child", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, &rss_path, NULL, NULL },
    /* To compare the cursor's routes over the same moves. */
    { "route", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &route, NULL, NULL },
    { NULL }
  };

  context = g_option_context_new ("- Tautan data-layer benchmarks");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("bench-data: %s\n", error->message);
      return 2;
    }

  /* The parent already points XDG_CACHE_HOME at its temporary folder. */
  if (rss_path != NULL)
    return rss_child (rss_path);

  if (open_path != NULL)
    return open_once (open_path);

  /* For `tautan validate` and for feeding other tools the same data. */
  if (gen_path != NULL)
    {
      if (gen_events < 0 || gen_entities < 2)
        {
          g_printerr ("bench-data: --events must be >= 0 and --entities >= 2\n");
          return 2;
        }
      if (!tautan_bench_gen_write (gen_path, (guint)gen_events, (guint)gen_entities, GEN_SEED, &error))
        {
          g_printerr ("bench-data: %s\n", error->message);
          return 1;
        }
      return 0;
    }

  b.quick = quick;
  b.route = route == NULL ? TAUTAN_SLICE_AUTO :
            strcmp (route, "delta") == 0 ? TAUTAN_SLICE_DELTA :
            strcmp (route, "refill") == 0 ? TAUTAN_SLICE_REFILL :
            strcmp (route, "rebuild") == 0 ? TAUTAN_SLICE_REBUILD : TAUTAN_SLICE_AUTO;
  b.only = only;
  b.n_300k = quick ? 30000 : 300000;
  b.n_1m = quick ? 100000 : 1000000;
  b.n_entities = quick ? 2000 : 20000;
  if (b.only != NULL && !wanted (&b, "load_overhead") && !wanted (&b, "query_1m_events") &&
      !wanted (&b, "query_1m_events_p99") && !wanted (&b, "search_100k") &&
      !wanted (&b, "open_1m_events") && !wanted (&b, "reopen_1m_events") &&
      !wanted (&b, "model_rss_1m_events") && !wanted (&b, "edit_merge_100k_events"))
    {
      g_printerr ("bench-data: unknown figure %s\n", b.only);
      return 2;
    }

  b.tmpdir = g_dir_make_tmp ("tautan-bench-XXXXXX", &error);
  if (b.tmpdir == NULL)
    {
      g_printerr ("bench-data: %s\n", error->message);
      return 1;
    }
  /* Before anything asks GLib for the cache folder: it is read once. */
  cache_dir = g_build_filename (b.tmpdir, "cache", NULL);
  g_setenv ("XDG_CACHE_HOME", cache_dir, TRUE);

  g_print ("# bench-data%s: %u cores, temp %s\n", quick ? " --quick (10x smaller)" : "",
           g_get_num_processors (), b.tmpdir);

  if (quick && only == NULL)
    check_open_labels (&b);
  if (wanted (&b, "load_overhead"))
    bench_load_overhead (&b);
  if (wanted (&b, "open_1m_events"))
    bench_open (&b);
  if (wanted (&b, "query_1m_events") || wanted (&b, "query_1m_events_p99"))
    bench_query (&b);
  if (wanted (&b, "search_100k"))
    bench_search (&b);
  if (wanted (&b, "reopen_1m_events"))
    bench_reopen (&b);
  if (wanted (&b, "model_rss_1m_events"))
    bench_rss (&b);
  if (wanted (&b, "edit_merge_100k_events"))
    bench_edit (&b);

  remove_tree (b.tmpdir);
  g_free (b.tmpdir);
  g_free (b.path_300k);
  g_free (b.path_1m);
  g_free (only);

  return 0;
}
