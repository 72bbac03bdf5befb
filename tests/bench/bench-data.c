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
#include "tautan/tautan-histogram.h"
#include "tautan/tautan-slice.h"

#include "tautan-bench-gen.h"

/* Prints `bench <name> <value> <unit>` lines as docs in
 * /work/shared/BENCH.md ask; lines starting with '#' are context. */

#define GEN_SEED    20260101u
#define QUERY_SEED  4242u
#define N_RUNS      5
#define N_QUERIES   100

typedef struct
{
  gboolean  quick;
  char     *only;
  char     *tmpdir;
  char     *path_300k;   /* lazily generated */
  char     *path_1m;
  gboolean  cache_1m_built;
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
now_s (void)
{
  return (double)g_get_monotonic_time () / G_USEC_PER_SEC;
}

static int
cmp_double (const void *a,
            const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

/* Sorts @v in place. */
static double
percentile (double *v,
            guint   n,
            double  p)
{
  double pos;
  guint lo;

  g_assert (n > 0);
  qsort (v, n, sizeof *v, cmp_double);
  pos = p * (n - 1);
  lo = (guint)pos;
  if (lo + 1 >= n)
    return v[n - 1];
  return v[lo] + (pos - lo) * (v[lo + 1] - v[lo]);
}

static double
median (double *v,
        guint   n)
{
  return percentile (v, n, 0.5);
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

static void
run_queries (TautanDataset *dataset,
             const char    *label,
             gboolean       report)
{
  TautanTimeSpan all = tautan_dataset_get_span (dataset);
  double all_ms[N_QUERIES], sliding[N_QUERIES / 2], cumulative[N_QUERIES / 2];
  guint n_sliding = 0, n_cumulative = 0;
  guint64 sum_edges[2] = { 0, 0 }, sum_entities[2] = { 0, 0 };
  guint n_days = (guint)(all.to - all.from + 1);
  GRand *rand = g_rand_new_with_seed (QUERY_SEED);

  /* Warm-up: first-touch page faults and lazily built indexes. */
  run_query (dataset, &all, TRUE);

  for (guint i = 0; i < N_QUERIES; i++)
    {
      gboolean cum = i % 2 == 1;
      TautanTimeSpan span;
      QueryResult r;

      if (cum)
        {
          span.from = all.from;
          span.to = all.from + (TautanDay)g_rand_int_range (rand, 0, (gint32)n_days);
        }
      else
        {
          span.from = all.from + (TautanDay)g_rand_int_range (rand, 0, (gint32)MAX (n_days - 29, 1));
          span.to = span.from + 29;
        }
      r = run_query (dataset, &span, cum);
      all_ms[i] = r.ms;
      if (cum)
        cumulative[n_cumulative++] = r.ms;
      else
        sliding[n_sliding++] = r.ms;
      sum_edges[cum] += r.n_edges;
      sum_entities[cum] += r.n_entities;
    }
  g_rand_free (rand);

  g_print ("# query (%s): mean per window: sliding %.0f edges / %.0f entities, cumulative %.0f edges / %.0f entities\n",
           label, (double)sum_edges[0] / n_sliding, (double)sum_entities[0] / n_sliding,
           (double)sum_edges[1] / n_cumulative, (double)sum_entities[1] / n_cumulative);
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
  run_queries (dataset, "mapped cache", TRUE);
  g_object_unref (dataset);

  dataset = load (b->path_1m, FALSE);
  run_queries (dataset, "built from JSON", FALSE);
  g_object_unref (dataset);
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

static gsize
vm_rss_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return 0;
  line = strstr (status, "\nVmRSS:");
  if (line == NULL)
    return 0;
  return (gsize)g_ascii_strtoull (line + strlen ("\nVmRSS:"), NULL, 10);
}

/* The child of model_rss: open, touch every event once, report. */
static int
rss_child (const char *path)
{
  TautanDataset *dataset = load (path, TRUE);
  TautanTimeSpan all = tautan_dataset_get_span (dataset);
  g_autoptr(TautanSlice) slice = tautan_slice_new (dataset, &all, TRUE);

  g_print ("rss_kb %" G_GSIZE_FORMAT " from_cache %d edges %u\n", vm_rss_kb (),
           tautan_dataset_get_from_cache (dataset), tautan_slice_get_n_edges (slice));
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

static void
remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);

  if (dir != NULL)
    {
      const char *name;

      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
            remove_tree (child);
          else
            g_unlink (child);
        }
      g_dir_close (dir);
    }
  g_rmdir (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *rss_path = NULL;
  g_autofree char *gen_path = NULL;
  int gen_events = 2000, gen_entities = 200;
  g_autofree char *cache_dir = NULL;
  gboolean quick = FALSE;
  char *only = NULL;
  Bench b = { 0 };
  const GOptionEntry entries[] = {
    { "quick", 0, 0, G_OPTION_ARG_NONE, &quick, "Ten times smaller datasets (smoke test)", NULL },
    { "only", 0, 0, G_OPTION_ARG_STRING, &only, "Run one figure: query_1m_events, load_overhead, "
      "reopen_1m_events or model_rss_1m_events", "NAME" },
    { "generate", 0, 0, G_OPTION_ARG_FILENAME, &gen_path, "Only write a generated dataset to FILE", "FILE" },
    { "events", 0, 0, G_OPTION_ARG_INT, &gen_events, "Events for --generate (2000)", "N" },
    { "entities", 0, 0, G_OPTION_ARG_INT, &gen_entities, "Entities for --generate (200)", "N" },
    { "rss-child", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, &rss_path, NULL, NULL },
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
  b.only = only;
  b.n_300k = quick ? 30000 : 300000;
  b.n_1m = quick ? 100000 : 1000000;
  b.n_entities = quick ? 2000 : 20000;
  if (b.only != NULL && !wanted (&b, "load_overhead") && !wanted (&b, "query_1m_events") &&
      !wanted (&b, "reopen_1m_events") && !wanted (&b, "model_rss_1m_events"))
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

  if (wanted (&b, "load_overhead"))
    bench_load_overhead (&b);
  if (wanted (&b, "query_1m_events"))
    bench_query (&b);
  if (wanted (&b, "reopen_1m_events"))
    bench_reopen (&b);
  if (wanted (&b, "model_rss_1m_events"))
    bench_rss (&b);

  remove_tree (b.tmpdir);
  g_free (b.tmpdir);
  g_free (b.path_300k);
  g_free (b.path_1m);
  g_free (only);

  return 0;
}
