/* test-analysis-graph.c: roll-up, ego network and paths on the bundled dataset
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every expected value below was counted by hand in
 * resources/datasets/korea-russia.json; the comments say which events.
 */

#include "config.h"

#include "tautan/tautan-dataset.h"
#include "tautan/tautan-ego.h"
#include "tautan/tautan-filter.h"
#include "tautan/tautan-paths.h"
#include "tautan/tautan-rollup.h"

#define BUNDLED RESOURCE_PREFIX "/datasets/korea-russia.json"

static TautanDataset *
load_bundled (void)
{
  g_autoptr(GError) error = NULL;
  TautanDataset *ds = tautan_dataset_load_resource (BUNDLED, &error);

  g_assert_no_error (error);
  return ds;
}

static guint
id (TautanDataset *ds,
    const char    *entity)
{
  guint index = tautan_dataset_lookup_entity (ds, entity);

  g_assert_cmpuint (index, !=, TAUTAN_NONE);
  return index;
}

static char *
member_ids (TautanDataset      *ds,
            const TautanRollup *r,
            guint               group_entity)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < r->groups->len; i++)
    {
      const TautanRollupGroup *g = &g_array_index (r->groups, TautanRollupGroup, i);

      if (g->entity != group_entity)
        continue;
      for (guint k = 0; k < g->n_members; k++)
        {
          TautanEntity e;

          tautan_dataset_get_entity (ds, g_array_index (r->members, guint, g->member_offset + k), &e);
          g_string_append_printf (out, "%s%s", k ? " " : "", e.id);
        }
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static const TautanSliceEdge *
find_edge (TautanFilterEdges *edges,
           guint              source,
           guint              target)
{
  for (guint i = 0; i < edges->edges->len; i++)
    {
      const TautanSliceEdge *e = &g_array_index (edges->edges, TautanSliceEdge, i);

      if (e->source == source && e->target == target)
        return e;
    }
  return NULL;
}

static void
test_rollup (void)
{
  g_autoptr(TautanDataset) ds = load_bundled ();
  g_autoptr(TautanFilter) all = tautan_filter_new ();
  g_autoptr(TautanRollup) r = tautan_rollup_compute (ds, all, NULL, NULL);
  g_autoptr(GHashTable) open = g_hash_table_new (NULL, NULL);
  g_autoptr(TautanRollup) r_open = NULL;
  g_autofree char *nk_members = NULL;
  g_autofree char *ru_members = NULL;
  g_autofree char *nk_open_members = NULL;
  guint nk = id (ds, "north-korea"), ru = id (ds, "russia");
  const TautanSliceEdge *e;

  /* Persons, the ministry and the state media inside their state. */
  g_assert_cmpuint (r->group_of[id (ds, "kim-jong-un")], ==, nk);
  g_assert_cmpuint (r->group_of[id (ds, "choe-son-hui")], ==, nk);
  g_assert_cmpuint (r->group_of[id (ds, "north-korea-foreign-ministry")], ==, nk);
  g_assert_cmpuint (r->group_of[id (ds, "vladimir-putin")], ==, ru);
  g_assert_cmpuint (r->group_of[id (ds, "sergei-lavrov")], ==, ru);
  g_assert_cmpuint (r->group_of[id (ds, "un-security-council")], ==, id (ds, "united-nations"));
  g_assert_cmpuint (r->group_of[id (ds, "ukraine")], ==, id (ds, "ukraine"));
  nk_members = member_ids (ds, r, nk);
  g_assert_cmpstr (nk_members, ==, "kim-jong-un choe-son-hui north-korea north-korea-foreign-ministry kcna rodong-sinmun");
  ru_members = member_ids (ds, r, ru);
  g_assert_cmpstr (ru_members, ==, "vladimir-putin sergei-lavrov russia tass");

  /* North Korea → Russia: Kim → Putin 9 (2019 and 2023-09 meetings,
   * 2022-05, 2023-05 and 2024-05-07 congratulations, support on
   * 2022-06-19, 2023-06-12 and 2024-05-09, the 2024-06 treaty; the
   * 2022-05 letter to Putin and Russia counts once), Kim → Russia 2
   * (2024-06-19, 2025-07), North Korea → Russia 3 (two military
   * cooperation, the 2025-06 pledge of workers). */
  e = find_edge (r->edges, nk, ru);
  g_assert_nonnull (e);
  g_assert_cmpuint (e->count, ==, 14);
  g_assert_cmpint (e->dominant_type, ==, tautan_taxonomy_lookup (tautan_dataset_get_taxonomy (ds), "support"));
  /* Russia → North Korea: Putin meets Kim, Putin's support, Lavrov
   * meets Kim and Choe, Lavrov thanks the soldiers. */
  e = find_edge (r->edges, ru, nk);
  g_assert_nonnull (e);
  g_assert_cmpuint (e->count, ==, 5);
  /* Nothing inside a group is an edge. */
  g_assert_null (find_edge (r->edges, nk, nk));

  /* North Korea kept open: Kim is himself, the group is gone. */
  g_hash_table_add (open, GUINT_TO_POINTER (nk + 1));
  r_open = tautan_rollup_compute (ds, all, NULL, open);
  g_assert_cmpuint (r_open->group_of[id (ds, "kim-jong-un")], ==, id (ds, "kim-jong-un"));
  g_assert_cmpuint (r_open->group_of[id (ds, "north-korea-foreign-ministry")], ==, id (ds, "north-korea-foreign-ministry"));
  nk_open_members = member_ids (ds, r_open, nk);
  g_assert_cmpstr (nk_open_members, ==, "");
  e = find_edge (r_open->edges, id (ds, "kim-jong-un"), ru);
  g_assert_nonnull (e);
  g_assert_cmpuint (e->count, ==, 11);
}

/* What the side panel lists for a group and an aggregated edge, and the
 * copy an export takes to its thread. */
static void
test_rollup_events (void)
{
  g_autoptr(TautanDataset) ds = load_bundled ();
  g_autoptr(TautanFilter) all = tautan_filter_new ();
  g_autoptr(TautanRollup) r = tautan_rollup_compute (ds, all, NULL, NULL);
  g_autoptr(TautanRollup) copy = NULL;
  g_autoptr(GArray) edge = NULL;
  g_autoptr(GArray) group = NULL;
  guint nk = id (ds, "north-korea"), ru = id (ds, "russia");
  const TautanRollupGroup *g;

  g = tautan_rollup_find_group (r, nk);
  g_assert_nonnull (g);
  g_assert_cmpuint (g->entity, ==, nk);
  g_assert_cmpuint (g->n_members, ==, 6);
  g_assert_null (tautan_rollup_find_group (r, id (ds, "kim-jong-un")));
  g_assert_null (tautan_rollup_find_group (r, id (ds, "ukraine")));

  /* Every event behind the drawn edge: as many as it counts. */
  edge = tautan_rollup_list_events (r, ds, TAUTAN_NONE, nk, ru);
  g_assert_cmpuint (edge->len, ==, find_edge (r->edges, nk, ru)->count);
  for (guint i = 0; i < edge->len; i++)
    {
      TautanEvent ev;
      gboolean from = FALSE, to = FALSE;

      tautan_dataset_get_event (ds, g_array_index (edge, guint, i), &ev);
      for (guint a = 0; a < ev.n_actors; a++)
        from |= r->group_of[ev.actors[a]] == nk;
      for (guint t = 0; t < ev.n_targets; t++)
        to |= r->group_of[ev.targets[t]] == ru;
      g_assert_true (from && to);
      if (i > 0)
        g_assert_cmpuint (g_array_index (edge, guint, i - 1), <, g_array_index (edge, guint, i));
    }

  /* The group's events: at least those of both its edges with Russia. */
  group = tautan_rollup_list_events (r, ds, nk, TAUTAN_NONE, TAUTAN_NONE);
  g_assert_cmpuint (group->len, >=, 14 + 5);
  g_assert_cmpuint (group->len, <=, tautan_dataset_get_n_events (ds));

  copy = tautan_rollup_copy (r);
  g_assert_cmpuint (copy->groups->len, ==, r->groups->len);
  g_assert_cmpuint (copy->edges->edges->len, ==, r->edges->edges->len);
  g_assert_cmpuint (copy->group_of[id (ds, "sergei-lavrov")], ==, ru);
  g_assert_cmpuint (copy->events->len, ==, r->events->len);
}

static void
test_ego (void)
{
  g_autoptr(TautanDataset) ds = load_bundled ();
  g_autoptr(TautanFilter) all = tautan_filter_new ();
  g_autoptr(TautanEgo) ego = tautan_ego_compute (ds, all, NULL, id (ds, "kim-jong-un"), 1);
  TautanTimeSpan y2025 = { tautan_day_from_ymd (2025, 1, 1), tautan_day_from_ymd (2025, 12, 31) };
  g_autoptr(TautanEgo) ego_2025 = tautan_ego_compute (ds, all, &y2025, id (ds, "kim-jong-un"), 2);
  const TautanEgoMember *m;

  /* Kim's partners over all time: Putin, Lavrov and Russia. */
  g_assert_cmpuint (ego->members->len, ==, 4);
  m = &g_array_index (ego->members, TautanEgoMember, 0);
  g_assert_cmpuint (m->entity, ==, id (ds, "kim-jong-un"));
  g_assert_cmpuint (m->depth, ==, 0);
  m = &g_array_index (ego->members, TautanEgoMember, 1);
  g_assert_cmpuint (m->entity, ==, id (ds, "vladimir-putin"));
  g_assert_cmpuint (m->depth, ==, 1);
  g_assert_cmpuint (g_array_index (ego->members, TautanEgoMember, 2).entity, ==, id (ds, "sergei-lavrov"));
  g_assert_cmpuint (g_array_index (ego->members, TautanEgoMember, 3).entity, ==, id (ds, "russia"));
  /* Events among them: Kim–Putin 10, Kim–Russia 3, Kim–Lavrov 1, and
   * none between Putin and Russia (co-actors are no pair); the 2022-05
   * letter to Putin and Russia is one event behind two pairs: 13. */
  g_assert_cmpuint (ego->events->len, ==, 13);

  /* In 2025, depth 2: Kim; Lavrov and Russia; then Choe, North Korea
   * (Lavrov) and Ukraine (air attacks). */
  g_assert_cmpuint (ego_2025->members->len, ==, 6);
  g_assert_cmpuint (g_array_index (ego_2025->members, TautanEgoMember, 1).entity, ==, id (ds, "sergei-lavrov"));
  g_assert_cmpuint (g_array_index (ego_2025->members, TautanEgoMember, 2).entity, ==, id (ds, "russia"));
  g_assert_cmpuint (g_array_index (ego_2025->members, TautanEgoMember, 3).entity, ==, id (ds, "choe-son-hui"));
  g_assert_cmpuint (g_array_index (ego_2025->members, TautanEgoMember, 3).depth, ==, 2);
}

static void
test_paths (void)
{
  g_autoptr(TautanDataset) ds = load_bundled ();
  g_autoptr(TautanFilter) all = tautan_filter_new ();
  g_autoptr(GPtrArray) paths = NULL;
  g_autoptr(GPtrArray) none = NULL;
  TautanTimeSpan y2025 = { tautan_day_from_ymd (2025, 1, 1), tautan_day_from_ymd (2025, 12, 31) };
  gboolean truncated = TRUE;
  const TautanPath *p;

  /* Choe → Ukraine: only Choe – Lavrov – North Korea – Ukraine (one
   * event each: the 2025-07 meeting, Lavrov's thanks, Ukraine and the
   * West revealing the troops). */
  paths = tautan_paths_find (ds, all, NULL, id (ds, "choe-son-hui"), id (ds, "ukraine"), 0, &truncated);
  g_assert_false (truncated);
  g_assert_cmpuint (paths->len, ==, 1);
  p = paths->pdata[0];
  g_assert_cmpuint (p->entities->len, ==, 4);
  g_assert_cmpuint (g_array_index (p->entities, guint, 1), ==, id (ds, "sergei-lavrov"));
  g_assert_cmpuint (g_array_index (p->entities, guint, 2), ==, id (ds, "north-korea"));
  g_assert_cmpuint (p->steps->len, ==, 3);
  g_assert_cmpuint (p->n_events, ==, 3);
  g_clear_pointer (&paths, g_ptr_array_unref);

  /* Kim → United States: via Putin (10 + 1 events) before via Russia (3 + 1). */
  paths = tautan_paths_find (ds, all, NULL, id (ds, "kim-jong-un"), id (ds, "united-states"), 0, NULL);
  g_assert_cmpuint (paths->len, ==, 2);
  p = paths->pdata[0];
  g_assert_cmpuint (g_array_index (p->entities, guint, 1), ==, id (ds, "vladimir-putin"));
  g_assert_cmpuint (p->n_events, ==, 11);
  p = paths->pdata[1];
  g_assert_cmpuint (g_array_index (p->entities, guint, 1), ==, id (ds, "russia"));
  g_assert_cmpuint (p->n_events, ==, 4);
  /* A cap of one keeps the best and says so. */
  g_clear_pointer (&paths, g_ptr_array_unref);
  paths = tautan_paths_find (ds, all, NULL, id (ds, "kim-jong-un"), id (ds, "united-states"), 1, &truncated);
  g_assert_cmpuint (paths->len, ==, 1);
  g_assert_true (truncated);

  /* In 2025 nothing links Kim to the United States. */
  none = tautan_paths_find (ds, all, &y2025, id (ds, "kim-jong-un"), id (ds, "united-states"), 0, NULL);
  g_assert_cmpuint (none->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/analysis/rollup", test_rollup);
  g_test_add_func ("/analysis/rollup-events", test_rollup_events);
  g_test_add_func ("/analysis/ego", test_ego);
  g_test_add_func ("/analysis/paths", test_paths);

  return g_test_run ();
}
