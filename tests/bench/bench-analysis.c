/* bench-analysis.c: the analyses on a real GDELT day
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The GDELT 1.0 daily file of tests/data/gdelt (2013-04-01) imported
 * with the importer, as `tautan import --from gdelt` does, then loaded.
 * Each figure is the median of 7 runs after one warm-up, in
 * milliseconds, of one whole answer as `tautan analyze` computes it
 * (filter, graph and walk; not the JSON printing):
 *
 *   analysis_filter: the events of the whole span passing a two-criterion
 *                    filter (status reported, kind state) and their edges
 *   analysis_rollup: the roll-up by affiliation with its edges
 *   analysis_ego:    depth-2 ego network of the busiest actor
 *   analysis_paths:  all shortest paths (cap 20) from the busiest actor to
 *                    the actor farthest from it
 *   analysis_rank:   the three rankings of the day and of the day before
 *                    (betweenness exact: the day has fewer than 5,000 actors)
 *   analysis_changes: what changed from the events dated before the file's
 *                    last day (GDELT reports older events too) to those of
 *                    that day, with the summary in words
 *
 * Budget: 100 ms each (issue 13).
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "tautan/tautan-changes.h"
#include "tautan/tautan-dataset.h"
#include "tautan/tautan-diagnostic.h"
#include "tautan/tautan-ego.h"
#include "tautan/tautan-filter.h"
#include "tautan/tautan-import.h"
#include "tautan/tautan-paths.h"
#include "tautan/tautan-rankings.h"
#include "tautan/tautan-rollup.h"

#define RUNS 7

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1e3;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return x < y ? -1 : x > y;
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof *values, compare_doubles);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

static TautanDataset *
import_day (const char *zip)
{
  g_autoptr(TautanImporter) importer = NULL;
  g_autoptr(GBytes) json = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (zip);
  TautanImportOptions options;
  TautanDataset *ds;

  tautan_import_options_init (&options);
  importer = tautan_importer_new (&options, &error);
  if (!tautan_importer_add_files (importer, &file, NULL, 1, NULL, NULL, NULL, &error) ||
      !(json = tautan_importer_build_json (importer, &error)))
    g_error ("%s", error->message);
  ds = tautan_dataset_load_data (g_bytes_get_data (json, NULL), g_bytes_get_size (json), "gdelt.json",
                                 NULL, &diagnostics, &error);
  if (ds == NULL)
    g_error ("%s", error->message);
  return ds;
}

typedef enum { FILTER, ROLLUP, EGO, PATHS, RANK, CHANGES, N_BENCHES } Bench;
static const char *names[] = { "filter", "rollup", "ego", "paths", "rank", "changes" };

int
main (int   argc,
      char *argv[])
{
  g_autofree char *zip = g_build_filename (SOURCE_DIR, "tests", "data", "gdelt", "20130401.export.CSV.zip", NULL);
  g_autoptr(TautanDataset) ds = NULL;
  g_autoptr(TautanFilter) all = tautan_filter_new ();
  g_autoptr(TautanFilter) f1 = NULL;
  g_autoptr(TautanFilter) filter = NULL;
  g_autofree guint *degree = NULL;
  const char *reported[] = { "reported", NULL };
  const char *state[] = { "state", NULL };
  TautanTimeSpan span;
  guint n, hub = 0, far = 0, far_depth = 0;
  double t0 = now_ms ();

  ds = import_day (zip);
  printf ("# imported and loaded the 2013-04-01 GDELT day in %.0f ms: %u entities, %u events\n",
          now_ms () - t0, tautan_dataset_get_n_entities (ds), tautan_dataset_get_n_events (ds));
  span = tautan_dataset_get_span (ds);
  f1 = tautan_filter_with_values (all, TAUTAN_FILTER_STATUS, reported);
  filter = tautan_filter_with_values (f1, TAUTAN_FILTER_ENTITY_KIND, state);

  /* The busiest actor, and the one farthest from it (depth-3 ego). */
  n = tautan_dataset_get_n_entities (ds);
  degree = g_new0 (guint, MAX (n, 1));
  for (guint i = 0; i < tautan_dataset_get_n_events (ds); i++)
    {
      TautanEvent ev;

      tautan_dataset_get_event (ds, i, &ev);
      for (guint k = 0; k < ev.n_actors; k++)
        degree[ev.actors[k]]++;
      for (guint k = 0; k < ev.n_targets; k++)
        degree[ev.targets[k]]++;
    }
  for (guint i = 0; i < n; i++)
    if (degree[i] > degree[hub])
      hub = i;
  {
    g_autoptr(TautanEgo) ego = tautan_ego_compute (ds, all, &span, hub, 3);
    const TautanEgoMember *last = &g_array_index (ego->members, TautanEgoMember, ego->members->len - 1);

    far = last->entity;
    far_depth = last->depth;
    printf ("# busiest actor: %u events; paths to one %u steps away; depth-3 ego: %u actors\n",
            degree[hub], far_depth, ego->members->len);
  }

  for (guint b = 0; b < N_BENCHES; b++)
    {
      double times[RUNS];
      guint size = 0;

      for (guint r = 0; r <= RUNS; r++)
        {
          double start = now_ms ();

          switch ((Bench)b)
            {
            case FILTER:
              {
                g_autoptr(GArray) events = tautan_filter_list_events (filter, ds, &span);
                g_autoptr(TautanFilterEdges) edges = tautan_filter_aggregate_edges (filter, ds, &span, events);

                size = edges->edges->len;
              }
              break;
            case ROLLUP:
              {
                g_autoptr(TautanRollup) rollup = tautan_rollup_compute (ds, all, &span, NULL);

                size = rollup->edges->edges->len;
              }
              break;
            case EGO:
              {
                g_autoptr(TautanEgo) ego = tautan_ego_compute (ds, all, &span, hub, 2);

                size = ego->members->len;
              }
              break;
            case PATHS:
              {
                g_autoptr(GPtrArray) paths = tautan_paths_find (ds, all, &span, hub, far, 0, NULL);

                size = paths->len;
              }
              break;
            case RANK:
              {
                g_autoptr(TautanRankings) rankings = tautan_rankings_compute (ds, all, &span, NULL);

                g_assert_false (rankings->approximate);
                size = rankings->ranks[TAUTAN_RANK_BETWEENNESS]->len;
              }
              break;
            case CHANGES:
              {
                TautanTimeSpan before = { span.from, span.to - 1 };
                TautanTimeSpan after = { span.to, span.to };
                g_autoptr(TautanChanges) changes = tautan_changes_compute (ds, all, &before, &after);
                g_autofree char *summary = tautan_changes_summarize (changes, ds);

                size = changes->edges->len;
              }
              break;
            case N_BENCHES:
            default:
              g_assert_not_reached ();
            }
          if (r > 0)
            times[r - 1] = now_ms () - start;
        }
      printf ("# analysis_%s: answer of size %u\n", names[b], size);
      printf ("bench analysis_%s %.1f ms\n", names[b], median (times, RUNS));
    }
  return 0;
}
