/* test-analysis-rankings.c: rankings with trend on the bundled dataset
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Expected values counted by hand in resources/datasets/korea-russia.json.
 * Events overlapping 2023: Kim → Putin three times (05, 06-12, 09);
 * North Korea → the United States and the West (proxy war, to 2023-06),
 * the US accuses North Korea and Wagner (01), North Korea denies (to
 * 06), the US accuses Russia (03), Russia → UN Security Council (to
 * 2023-06), North Korea → Russia (military cooperation from 09).
 */

#include "config.h"

#include "tautan/tautan-dataset.h"
#include "tautan/tautan-rankings.h"

#define BUNDLED RESOURCE_PREFIX "/datasets/korea-russia.json"

static const TautanRankEntry *
entry_of (TautanRankings *r,
          TautanRankKind  kind,
          TautanDataset  *ds,
          const char     *id)
{
  guint e = tautan_dataset_lookup_entity (ds, id);

  for (guint i = 0; i < r->ranks[kind]->len; i++)
    if (g_array_index (r->ranks[kind], TautanRankEntry, i).entity == e)
      return &g_array_index (r->ranks[kind], TautanRankEntry, i);
  return NULL;
}

static void
check_2023 (TautanDataset  *ds,
            TautanRankings *r)
{
  const TautanRankEntry *e;

  g_assert_false (r->approximate);
  g_assert_cmpint (r->before.from, ==, tautan_day_from_ymd (2022, 1, 1));
  g_assert_cmpint (r->before.to, ==, tautan_day_from_ymd (2022, 12, 31));

  /* By events: North Korea and the US 4 each (shared first place), then
   * Kim, Putin and Russia 3. Kim had 2 in 2022 (the May letter, the
   * June message). */
  e = &g_array_index (r->ranks[TAUTAN_RANK_EVENTS], TautanRankEntry, 0);
  g_assert_cmpuint (e->entity, ==, tautan_dataset_lookup_entity (ds, "north-korea"));
  g_assert_cmpfloat (e->value, ==, 4);
  g_assert_cmpuint (e->rank, ==, 1);
  g_assert_cmpfloat (e->value_before, ==, 3);
  e = entry_of (r, TAUTAN_RANK_EVENTS, ds, "united-states");
  g_assert_cmpuint (e->rank, ==, 1);
  e = entry_of (r, TAUTAN_RANK_EVENTS, ds, "kim-jong-un");
  g_assert_cmpfloat (e->value, ==, 3);
  g_assert_cmpuint (e->rank, ==, 3);
  g_assert_cmpfloat (e->value_before, ==, 2);
  g_assert_cmpuint (e->rank_before, >, 0);
  /* Wagner was in no event in 2022. */
  e = entry_of (r, TAUTAN_RANK_EVENTS, ds, "wagner-group");
  g_assert_cmpuint (e->rank_before, ==, 0);
  g_assert_null (entry_of (r, TAUTAN_RANK_EVENTS, ds, "donald-trump"));

  /* Partners: North Korea (US, the West, Russia) 3; Kim (Putin) 1. */
  g_assert_cmpfloat (entry_of (r, TAUTAN_RANK_PARTNERS, ds, "north-korea")->value, ==, 3);
  g_assert_cmpfloat (entry_of (r, TAUTAN_RANK_PARTNERS, ds, "kim-jong-un")->value, ==, 1);

  /* Betweenness: a triangle North Korea – US – Russia with one pendant
   * each (the West, Wagner, the Security Council): each corner lies on
   * the shortest paths of its pendant to the four others. */
  g_assert_cmpfloat (entry_of (r, TAUTAN_RANK_BETWEENNESS, ds, "north-korea")->value, ==, 4);
  g_assert_cmpfloat (entry_of (r, TAUTAN_RANK_BETWEENNESS, ds, "united-states")->value, ==, 4);
  g_assert_cmpfloat (entry_of (r, TAUTAN_RANK_BETWEENNESS, ds, "russia")->value, ==, 4);
  g_assert_cmpuint (entry_of (r, TAUTAN_RANK_BETWEENNESS, ds, "russia")->rank, ==, 1);
  g_assert_cmpfloat (entry_of (r, TAUTAN_RANK_BETWEENNESS, ds, "the-west")->value, ==, 0);
  g_assert_cmpfloat (entry_of (r, TAUTAN_RANK_BETWEENNESS, ds, "kim-jong-un")->value, ==, 0);
}

static void
test_rankings (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanDataset) ds = tautan_dataset_load_resource (BUNDLED, &error);
  g_autoptr(TautanFilter) all = tautan_filter_new ();
  TautanTimeSpan y2023 = { tautan_day_from_ymd (2023, 1, 1), tautan_day_from_ymd (2023, 12, 31) };
  g_autoptr(TautanRankings) r = NULL;

  g_assert_no_error (error);
  r = tautan_rankings_compute (ds, all, &y2023, NULL);
  check_2023 (ds, r);
}

static void
on_done (GObject      *source,
         GAsyncResult *result,
         gpointer      data)
{
  TautanRankings **out = data;
  g_autoptr(GError) error = NULL;

  *out = tautan_rankings_compute_finish (result, &error);
  g_assert_no_error (error);
}

static void
test_rankings_async (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanDataset) ds = tautan_dataset_load_resource (BUNDLED, &error);
  g_autoptr(TautanFilter) all = tautan_filter_new ();
  TautanTimeSpan y2023 = { tautan_day_from_ymd (2023, 1, 1), tautan_day_from_ymd (2023, 12, 31) };
  g_autoptr(TautanRankings) r = NULL;

  tautan_rankings_compute_async (ds, all, &y2023, NULL, on_done, &r);
  while (r == NULL)
    g_main_context_iteration (NULL, TRUE);
  check_2023 (ds, r);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/analysis/rankings", test_rankings);
  g_test_add_func ("/analysis/rankings-async", test_rankings_async);

  return g_test_run ();
}
