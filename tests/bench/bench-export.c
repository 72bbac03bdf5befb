/* bench-export.c: SVG and PNG export of a 5,000-node graph
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bench-export"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <sys/resource.h>
#include <sys/wait.h>

#include <glib/gstdio.h>

#include "tautan/tautan-dataset.h"
#include "tautan/tautan-diagnostic.h"
#include "tautan/tautan-export.h"
#include "tautan/tautan-layout.h"
#include "tautan/tautan-render-context.h"
#include "tautan/tautan-slice.h"

#include "tautan-bench-gen.h"
#include "tautan-bench-util.h"

/* Prints `bench <name> <value> <unit>` as /work/shared/BENCH.md asks;
 * lines starting with '#' are context.
 *
 * The graph: networkx's barabasi_albert_graph (5000, 3) model (a star of
 * 4 nodes, then each new node joins 3 distinct nodes drawn in proportion
 * to degree; our PRNG, splitmix64 seed 42), so 14,991 edges, the new node
 * the actor. Each edge has one to four events over 2015-2024 (one in ten
 * dated to the week only), of the bundled taxonomy's types, each citing
 * one of 60 sources. Mixed kinds; names of two or three made-up words.
 * The dataset is written as JSON and loaded, as a user's would be; the
 * layout runs until it settles (seed 42, as the app), outside the timing.
 *
 * export_svg_5k, export_png_5k: tautan_export_write() of the whole graph
 * at 1920x1080 (PNG: scale 1, antialiased as always) with title, time
 * window, legend, dataset and date and the sources footer, into a file
 * removed before each run (so the write is a plain create). Median of 5
 * after one warm-up, which fills the label-size cache the app would hold;
 * a '#' line gives the cold first run (what `tautan export` pays).
 *
 * export_svg_100k, export_png_100k: the same on a 100,000-node BA graph
 * (299,991 edges); its layout settles outside the timing too.
 *
 * export_1m, validate_1m: `tautan export FILE -o out.png` and `tautan
 * validate FILE` as a user runs them, each a child process, on the
 * generated 1,000,000-event, 100,000-entity dataset (tautan-bench-gen.c,
 * seed 42, as bench-gui's). Export runs warm: its binary cache is written
 * by the warm-up run. Wall time (median) and, as `_mb` lines, the child's
 * peak resident memory (median of the runs' ru_maxrss).
 *
 * --quick: 500 nodes, 3 runs; 30,000 events for the 1M rows. */

#define SEED       42u
#define EDGES_PER  3
#define N_SOURCES  60
#define WIDTH      1920
#define HEIGHT     1080

typedef struct
{
  guint64 state;
} Rng;

static guint64
rng_next (Rng *rng)
{
  guint64 z = (rng->state += G_GUINT64_CONSTANT (0x9E3779B97F4A7C15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return z ^ (z >> 31);
}

static guint
rng_below (Rng   *rng,
           guint  n)
{
  return (guint)(((rng_next (rng) >> 32) * (guint64)n) >> 32);
}

/* The export runs on the calling thread: its CPU time tells the work
 * from waiting for a core on a loaded machine. */
static double
cpu_s (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static const char *kinds[] = {
  "person", "person", "person", "person", "state", "state",
  "organisation", "organisation", "armed-group", "media", "place", "unnamed-group",
};
static const char *types[] = {
  "statement", "statement", "support", "meet", "meet", "promise", "sign-agreement",
  "military-cooperation", "aid", "accuse", "criticise", "threaten", "sanction", "attack",
};
static const char *syllables[] = {
  "ka", "ri", "mo", "sun", "de", "lav", "ro", "pu", "tin", "jo", "ng", "ha", "ne",
  "so", "vi", "chi", "ma", "lo", "ber", "an", "ko", "zu", "el", "ta",
};
static const char *outlets[] = { "Antara", "Kompas", "Tempo", "Republika", "Reuters", "Yonhap", "TASS" };

static void
append_words (GString *json,
              Rng     *rng,
              guint    words)
{
  for (guint w = 0; w < words; w++)
    {
      guint n = 1 + rng_below (rng, 3);

      if (w > 0)
        g_string_append_c (json, ' ');
      for (guint s = 0; s < n; s++)
        {
          const char *syl = syllables[rng_below (rng, G_N_ELEMENTS (syllables))];

          if (s == 0)
            g_string_append_printf (json, "%c%s", g_ascii_toupper (syl[0]), syl + 1);
          else
            g_string_append (json, syl);
        }
    }
}

/* The BA graph as a dataset. */
static TautanDataset *
ba_dataset (guint n)
{
  Rng rng = { SEED };
  g_autoptr(GString) json = g_string_new (NULL);
  g_autoptr(GArray) ends = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GArray) src = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GArray) dst = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) error = NULL;
  TautanDay base = tautan_day_from_ymd (2015, 1, 1);
  guint n_events = 0;
  TautanDataset *dataset;

  for (guint32 i = 1; i <= EDGES_PER; i++)
    {
      guint32 hub = 0;

      g_array_append_val (src, i);
      g_array_append_val (dst, hub);
      g_array_append_val (ends, hub);
      g_array_append_val (ends, i);
    }
  for (guint32 v = EDGES_PER + 1; v < n; v++)
    {
      guint32 targets[EDGES_PER];
      guint k = 0;

      while (k < EDGES_PER)
        {
          guint32 t = g_array_index (ends, guint32, rng_below (&rng, ends->len));
          gboolean seen = FALSE;

          for (guint q = 0; q < k; q++)
            seen |= targets[q] == t;
          if (!seen)
            targets[k++] = t;
        }
      for (guint q = 0; q < EDGES_PER; q++)
        {
          g_array_append_val (src, v);
          g_array_append_val (dst, targets[q]);
          g_array_append_val (ends, targets[q]);
          g_array_append_val (ends, v);
        }
    }

  g_string_append (json, "{\"format\":\"tautan-dataset\",\"version\":1,"
                         "\"title\":\"Barabási–Albert graph of 5,000 actors\",\"sources\":[");
  for (guint s = 0; s < N_SOURCES; s++)
    {
      char day[11];

      tautan_day_format_buf (base + (TautanDay)rng_below (&rng, 3650), day);
      g_string_append_printf (json, "%s{\"id\":\"s%u\",\"outlet\":\"%s\",\"title\":\"", s ? "," : "", s,
                              outlets[rng_below (&rng, G_N_ELEMENTS (outlets))]);
      append_words (json, &rng, 5 + rng_below (&rng, 6));
      g_string_append_printf (json, "\",\"language\":\"en\",\"published\":\"%s\",\"origin\":\"own\","
                                    "\"state_media\":false,\"text\":\"x\"}", day);
    }
  g_string_append (json, "],\"entities\":[");
  for (guint i = 0; i < n; i++)
    {
      g_string_append_printf (json, "%s{\"id\":\"n%u\",\"kind\":\"%s\",\"name\":\"", i ? "," : "", i,
                              kinds[rng_below (&rng, G_N_ELEMENTS (kinds))]);
      append_words (json, &rng, 2 + rng_below (&rng, 2));
      g_string_append (json, "\"}");
    }
  g_string_append (json, "],\"events\":[");
  for (guint k = 0; k < src->len; k++)
    {
      guint count = 1;

      while (count < 4 && rng_below (&rng, 3) == 0)
        count++;
      for (guint e = 0; e < count; e++)
        {
          TautanDay start = base + (TautanDay)rng_below (&rng, 3650), end = start;
          const char *precision = "day";
          char s[11], t[11];

          if (rng_below (&rng, 10) == 0)
            {
              precision = "week";
              end = start + 6;
            }
          tautan_day_format_buf (start, s);
          tautan_day_format_buf (end, t);
          g_string_append_printf (json, "%s{\"id\":\"e%u\",\"type\":\"%s\",\"date\":{\"start\":\"%s\",\"end\":\"%s\","
                                  "\"precision\":\"%s\"},\"date_basis\":{\"method\":\"stated\",\"words\":\"w\"},"
                                  "\"actors\":[\"n%u\"],\"targets\":[\"n%u\"],\"summary\":\"x\","
                                  "\"sources\":[\"s%u\"],\"status\":\"reported\"}",
                                  n_events ? "," : "", n_events, types[rng_below (&rng, G_N_ELEMENTS (types))],
                                  s, t, precision, g_array_index (src, guint32, k), g_array_index (dst, guint32, k),
                                  rng_below (&rng, N_SOURCES));
          n_events++;
        }
    }
  g_string_append (json, "],\"quotes\":[]}");

  dataset = tautan_dataset_load_data (json->str, json->len, "ba.json", NULL, &diagnostics, &error);
  if (dataset == NULL)
    {
      g_autofree char *text = tautan_diagnostics_format (diagnostics, 5);

      g_error ("%s", text);
    }
  printf ("# graph: BA(%u, %d): %u edges, %u events, %d sources\n", n, EDGES_PER, src->len, n_events, N_SOURCES);
  return dataset;
}

static void
bench_export (const char          *name,
              TautanExportFormat   format,
              double               target,
              guint                runs,
              TautanRenderContext *context,
              TautanSlice         *slice,
              const TautanPoint   *positions,
              const char          *dir)
{
  g_autofree char *path = g_strdup_printf ("%s/out.%s", dir, tautan_export_format_to_string (format));
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree double *times = g_new (double, runs);
  g_autofree double *cpu = g_new (double, runs);
  TautanExportOptions options;
  TautanView view;
  double cold = 0, m;

  tautan_view_init (&view);
  view.span = tautan_slice_get_span (slice);
  tautan_export_options_init (&options);
  options.format = format;
  options.width = WIDTH;
  options.height = HEIGHT;

  for (guint k = 0; k <= runs; k++)
    {
      g_autoptr(GError) error = NULL;
      double t0, c0;

      g_remove (path);
      t0 = now_s ();
      c0 = cpu_s ();
      if (!tautan_export_write (context, slice, positions, &view, &options, file, &error))
        g_error ("%s", error->message);
      if (k == 0)
        cold = now_s () - t0;
      else
        {
          times[k - 1] = now_s () - t0;
          cpu[k - 1] = cpu_s () - c0;
        }
    }

  m = median (times, runs);
  {
    GStatBuf st;

    g_stat (path, &st);
    printf ("bench %s %.3f s\n", name, m);
    printf ("# %s: min %.3f, max %.3f over %u runs, cold first run %.3f; file %.1f MB%s\n", name,
            times[0], times[runs - 1], runs, cold, st.st_size / 1e6,
            m > target ? " -- MISSES ITS TARGET" : "");
    printf ("# %s: CPU time of the exporting thread %.3f s (median)\n", name, median (cpu, runs));
  }
  fflush (stdout);
  g_remove (path);
}

/* Runs @argv to its end; its wall time, and its peak memory in MB. */
static void
run_child (char   **argv,
           char   **envp,
           double  *seconds,
           double  *peak_mb)
{
  g_autoptr(GError) error = NULL;
  struct rusage usage;
  GPid pid;
  int status;
  double t0 = now_s ();

  if (!g_spawn_async (NULL, argv, envp, G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                      &pid, &error))
    g_error ("%s: %s", argv[0], error->message);
  if (wait4 (pid, &status, 0, &usage) != pid)
    g_error ("wait4 failed");
  *seconds = now_s () - t0;
  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    g_error ("%s %s failed (status %d)", argv[0], argv[1], status);
  g_spawn_close_pid (pid);
  *peak_mb = usage.ru_maxrss / 1024.0;
}

static void
bench_command (const char *name,
               char      **argv,
               char      **envp,
               guint       runs,
               double      target_s,
               double      target_mb)
{
  g_autofree double *times = g_new (double, runs);
  g_autofree double *mb = g_new (double, runs);
  double cold_s, cold_mb, mt, mm;

  run_child (argv, envp, &cold_s, &cold_mb);
  for (guint k = 0; k < runs; k++)
    run_child (argv, envp, &times[k], &mb[k]);
  mt = median (times, runs);
  mm = median (mb, runs);
  printf ("bench %s %.3f s\n", name, mt);
  printf ("bench %s_mb %.1f MB\n", name, mm);
  printf ("# %s: min %.3f, max %.3f s over %u runs; first run %.3f s, %.1f MB%s%s\n", name, times[0],
          times[runs - 1], runs, cold_s, cold_mb, mt > target_s ? " -- MISSES ITS TIME TARGET" : "",
          mm > target_mb ? " -- MISSES ITS MEMORY TARGET" : "");
  fflush (stdout);
}

static void
bench_commands (gboolean  quick,
                guint     runs,
                const char *only,
                const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *json = g_build_filename (dir, "bench-1m.json", NULL);
  g_autofree char *png = g_build_filename (dir, "out-1m.png", NULL);
  g_autofree char *cache = g_build_filename (dir, "cache", NULL);
  g_autofree char *cache_env = g_strconcat ("XDG_CACHE_HOME=", cache, NULL);
  const char *tautan = g_getenv ("TAUTAN_BIN") ? g_getenv ("TAUTAN_BIN") : TAUTAN_BIN;
  char *export_argv[] = { (char *)tautan, "export", json, "-o", png, NULL };
  char *validate_argv[] = { (char *)tautan, "validate", json, NULL };
  char *envp[] = { cache_env, "LC_ALL=C.UTF-8", "TZ=UTC", "GSETTINGS_BACKEND=memory", NULL };
  guint n_events = quick ? 30000 : 1000000, n_entities = quick ? 3000 : 100000;
  const char *tag = quick ? "30k" : "1m";
  g_autofree char *export_name = g_strdup_printf ("export_%s", tag);
  g_autofree char *validate_name = g_strdup_printf ("validate_%s", tag);
  GStatBuf st;

  if (!tautan_bench_gen_write (json, n_events, n_entities, SEED, &error))
    g_error ("%s", error->message);
  g_stat (json, &st);
  printf ("# %s: %u events, %u entities, %.1f MB of JSON (seed %u)\n", json, n_events, n_entities,
          st.st_size / 1e6, SEED);

  if (only == NULL || g_str_has_prefix (export_name, only))
    bench_command (export_name, export_argv, envp, runs, 3.0, 1024.0);
  if (only == NULL || g_str_has_prefix (validate_name, only))
    bench_command (validate_name, validate_argv, envp, runs, 3.0, 1024.0);

  g_remove (png);
  g_remove (json);
  remove_tree (cache);
}

static TautanPoint *
settle (TautanDataset *dataset,
        guint          n)
{
  g_autoptr(TautanLayout) layout = NULL;
  TautanPoint *positions;
  double t0 = now_s ();

  layout = tautan_layout_new_for_dataset (dataset, 42);
  while (!tautan_layout_is_settled (layout) && tautan_layout_get_iterations (layout) < 5000)
    tautan_layout_step (layout, 1);
  positions = g_new0 (TautanPoint, n);
  tautan_layout_get_positions (layout, positions);
  printf ("# layout settled after %u iterations, %.1f s (not timed)\n",
          tautan_layout_get_iterations (layout), now_s () - t0);
  return positions;
}

static void
bench_graph (guint       n,
             const char *tag,
             double      svg_target,
             double      png_target,
             guint       runs,
             const char *only,
             const char *dir)
{
  g_autofree char *svg_name = g_strdup_printf ("export_svg_%s", tag);
  g_autofree char *png_name = g_strdup_printf ("export_png_%s", tag);
  g_autoptr(TautanDataset) dataset = NULL;
  g_autoptr(TautanSlice) slice = NULL;
  g_autoptr(TautanRenderContext) render = NULL;
  g_autofree TautanPoint *positions = NULL;
  TautanTimeSpan span;

  if (only != NULL && !g_str_has_prefix (svg_name, only) && !g_str_has_prefix (png_name, only))
    return;

  dataset = ba_dataset (n);
  positions = settle (dataset, n);
  span = tautan_dataset_get_span (dataset);
  slice = tautan_slice_new (dataset, &span, FALSE);
  render = tautan_render_context_new (FALSE);

  if (only == NULL || g_str_has_prefix (svg_name, only))
    bench_export (svg_name, TAUTAN_EXPORT_FORMAT_SVG, svg_target, runs, render, slice, positions, dir);
  if (only == NULL || g_str_has_prefix (png_name, only))
    bench_export (png_name, TAUTAN_EXPORT_FORMAT_PNG, png_target, runs, render, slice, positions, dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("- export benchmarks");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *only = NULL;
  gboolean quick = FALSE;
  int n_runs = 0;
  GOptionEntry entries[] = {
    { "quick", 0, 0, G_OPTION_ARG_NONE, &quick, "A 500-node graph, 3 runs: a smoke test", NULL },
    { "only", 0, 0, G_OPTION_ARG_STRING, &only, "Run only the figures starting with NAME", "NAME" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &n_runs, "Timed runs per figure (default 5)", "N" },
    { NULL }
  };
  guint n = 5000, runs = 5;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 2;
    }
  if (quick)
    {
      n = 500;
      runs = 3;
      printf ("# --quick: a graph of %u nodes; the figures only show the code runs\n", n);
    }
  if (n_runs > 0)
    runs = (guint)n_runs;

  dir = g_dir_make_tmp ("bench-export-XXXXXX", &error);
  g_assert_no_error (error);

  bench_graph (n, "5k", 0.3, 0.5, runs, only, dir);
  if (!quick)
    bench_graph (100000, "100k", 3.0, 2.0, runs, only, dir);
  if (only == NULL || g_str_has_prefix ("export_1m", only) || g_str_has_prefix ("validate_1m", only) ||
      g_str_has_prefix ("export_30k", only) || g_str_has_prefix ("validate_30k", only))
    bench_commands (quick, runs, only, dir);

  g_rmdir (dir);
  return 0;
}
