/* test-changes.c: what changed between two periods, on the bundled dataset
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Expected values counted by hand in resources/datasets/korea-russia.json,
 * comparing the year before the Pyongyang summit of 19 June 2024
 * (2023-06-19..2024-06-18) with the year from it (2024-06-19..2025-06-18).
 *
 * Before: Kim → Putin four times (the September 2023 summit, the May
 * 2024 fifth-term congratulations and Victory Day message, the June 2024
 * treaty, dated to the month so in both years); Putin → North Korea
 * (Rodong Sinmun article) and Putin → the United States (the same week);
 * North Korea → Russia (military cooperation to May 2024); South Korea
 * and its Ministry of Unification → North Korea (May 2024).
 *
 * After: Putin → Kim (the summit), Kim → Russia (backs the war), Kim →
 * Putin (the treaty), North Korea → Russia twice (troops from July 2024,
 * workers pledged June 2025), Ukraine and the West → North Korea
 * (troops revealed), Russia → Ukraine (air attacks 2025); North Korea's
 * April 2025 statement has no target.
 *
 * So: five new edges, four vanished, Kim → Putin weaker (4 → 1), North
 * Korea → Russia unchanged (1 → 2 is noise); Ukraine and the West new,
 * the United States and both South Korean actors gone.
 */

#include "config.h"

#include <string.h>

#include "tautan/tautan-changes.h"
#include "tautan/tautan-dataset.h"

#define BUNDLED RESOURCE_PREFIX "/datasets/korea-russia.json"

typedef struct
{
  TautanDataset *ds;
  TautanTimeSpan before;
  TautanTimeSpan after;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->ds = tautan_dataset_load_resource (BUNDLED, &error);
  g_assert_no_error (error);
  f->before = (TautanTimeSpan) { tautan_day_from_ymd (2023, 6, 19), tautan_day_from_ymd (2024, 6, 18) };
  f->after = (TautanTimeSpan) { tautan_day_from_ymd (2024, 6, 19), tautan_day_from_ymd (2025, 6, 18) };
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->ds);
}

static guint
id (Fixture    *f,
    const char *entity)
{
  guint index = tautan_dataset_lookup_entity (f->ds, entity);

  g_assert_cmpuint (index, !=, TAUTAN_NONE);
  return index;
}

static const TautanChangeEdge *
edge (Fixture           *f,
      TautanChanges     *c,
      const char        *source,
      const char        *target)
{
  return tautan_changes_find (c, id (f, source), id (f, target));
}

static void
assert_edge (Fixture          *f,
             TautanChanges    *c,
             const char       *source,
             const char       *target,
             TautanChangeKind  kind,
             guint             before,
             guint             after)
{
  const TautanChangeEdge *e = edge (f, c, source, target);

  g_assert_nonnull (e);
  g_assert_cmpstr (tautan_change_kind_to_string (e->kind), ==, tautan_change_kind_to_string (kind));
  g_assert_cmpuint (e->count_before, ==, before);
  g_assert_cmpuint (e->count_after, ==, after);
}

static void
assert_actors (Fixture     *f,
               GArray      *actors,
               const char **ids)
{
  g_assert_cmpuint (actors->len, ==, g_strv_length ((char **)ids));
  for (guint i = 0; ids[i]; i++)
    g_assert_cmpuint (g_array_index (actors, guint, i), ==, id (f, ids[i]));
}

static void
test_threshold (void)
{
  /* Counts in both periods: ±1 is noise, so is a small share of a big count. */
  g_assert_false (tautan_changes_is_significant (1, 2));
  g_assert_false (tautan_changes_is_significant (2, 1));
  g_assert_false (tautan_changes_is_significant (3, 3));
  g_assert_true (tautan_changes_is_significant (1, 3));
  g_assert_true (tautan_changes_is_significant (4, 1));
  g_assert_true (tautan_changes_is_significant (2, 4));
  g_assert_false (tautan_changes_is_significant (10, 12));
  g_assert_true (tautan_changes_is_significant (10, 13));
  g_assert_false (tautan_changes_is_significant (100, 120));
  g_assert_true (tautan_changes_is_significant (100, 125));
}

static void
test_treaty_year (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(TautanFilter) all = tautan_filter_new ();
  g_autoptr(TautanChanges) c = tautan_changes_compute (f->ds, all, &f->before, &f->after);
  g_autofree char *summary = NULL;
  const char *new_actors[] = { "ukraine", "the-west", NULL };
  const char *gone_actors[] = { "united-states", "south-korea", "south-korea-unification-ministry", NULL };
  const TautanChangeEdge *first;
  TautanTaxonomy *taxonomy = tautan_dataset_get_taxonomy (f->ds);

  g_assert_cmpuint (c->edges->len, ==, 11);
  g_assert_cmpuint (c->n_edges[TAUTAN_CHANGE_NEW], ==, 5);
  g_assert_cmpuint (c->n_edges[TAUTAN_CHANGE_VANISHED], ==, 4);
  g_assert_cmpuint (c->n_edges[TAUTAN_CHANGE_STRONGER], ==, 0);
  g_assert_cmpuint (c->n_edges[TAUTAN_CHANGE_WEAKER], ==, 1);
  g_assert_cmpuint (c->n_edges[TAUTAN_CHANGE_UNCHANGED], ==, 1);

  assert_edge (f, c, "vladimir-putin", "kim-jong-un", TAUTAN_CHANGE_NEW, 0, 1);
  assert_edge (f, c, "kim-jong-un", "russia", TAUTAN_CHANGE_NEW, 0, 1);
  assert_edge (f, c, "ukraine", "north-korea", TAUTAN_CHANGE_NEW, 0, 1);
  assert_edge (f, c, "the-west", "north-korea", TAUTAN_CHANGE_NEW, 0, 1);
  assert_edge (f, c, "russia", "ukraine", TAUTAN_CHANGE_NEW, 0, 1);
  assert_edge (f, c, "vladimir-putin", "north-korea", TAUTAN_CHANGE_VANISHED, 1, 0);
  assert_edge (f, c, "vladimir-putin", "united-states", TAUTAN_CHANGE_VANISHED, 1, 0);
  assert_edge (f, c, "south-korea", "north-korea", TAUTAN_CHANGE_VANISHED, 1, 0);
  assert_edge (f, c, "south-korea-unification-ministry", "north-korea", TAUTAN_CHANGE_VANISHED, 1, 0);
  assert_edge (f, c, "kim-jong-un", "vladimir-putin", TAUTAN_CHANGE_WEAKER, 4, 1);
  assert_edge (f, c, "north-korea", "russia", TAUTAN_CHANGE_UNCHANGED, 1, 2);
  /* Directed: Russia → North Korea is another edge, in neither period. */
  g_assert_null (edge (f, c, "russia", "north-korea"));

  /* Listed by kind; ties in dataset order: Kim (first entity) → Russia. */
  first = &g_array_index (c->edges, TautanChangeEdge, 0);
  g_assert_cmpuint (first->source, ==, id (f, "kim-jong-un"));
  g_assert_cmpuint (first->target, ==, id (f, "russia"));
  g_assert_cmpuint (first->type_before, ==, TAUTAN_NONE);
  g_assert_cmpstr (tautan_taxonomy_get_event_type (taxonomy, first->type_after)->id, ==, "support");
  first = &g_array_index (c->edges, TautanChangeEdge, 10);
  g_assert_cmpint (first->kind, ==, TAUTAN_CHANGE_UNCHANGED);
  g_assert_cmpstr (tautan_taxonomy_get_event_type (taxonomy, first->type_before)->id, ==, "military-cooperation");
  /* After, one troop deployment and one pledge: a tie, which the
   * taxonomy's order breaks (promise comes before military cooperation). */
  g_assert_cmpstr (tautan_taxonomy_get_event_type (taxonomy, first->type_after)->id, ==, "promise");

  /* Ukraine is in two events after (reveals the troops, is attacked), the West in one. */
  assert_actors (f, c->new_actors, new_actors);
  assert_actors (f, c->vanished_actors, gone_actors);

  summary = tautan_changes_summarize (c, f->ds);
  g_assert_cmpstr (summary, ==,
                   "5 new links, among them Kim Jong Un → Russia (Support or praise, 1 event). "
                   "4 links vanished, among them Vladimir Putin → North Korea (Support or praise, 1 event). "
                   "1 link grew weaker: Kim Jong Un → Vladimir Putin (4 → 1 events). "
                   "2 new actors: Ukraine, The West. "
                   "3 actors no longer seen: United States, South Korea, South Korean Ministry of Unification.");
}

/* The other way round: what was new has vanished, what weakened grew stronger. */
static void
test_reversed (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(TautanFilter) all = tautan_filter_new ();
  g_autoptr(TautanChanges) c = tautan_changes_compute (f->ds, all, &f->after, &f->before);
  g_autofree char *summary = NULL;

  g_assert_cmpuint (c->n_edges[TAUTAN_CHANGE_NEW], ==, 4);
  g_assert_cmpuint (c->n_edges[TAUTAN_CHANGE_VANISHED], ==, 5);
  g_assert_cmpuint (c->n_edges[TAUTAN_CHANGE_STRONGER], ==, 1);
  g_assert_cmpuint (c->n_edges[TAUTAN_CHANGE_WEAKER], ==, 0);
  assert_edge (f, c, "kim-jong-un", "vladimir-putin", TAUTAN_CHANGE_STRONGER, 1, 4);
  assert_edge (f, c, "russia", "ukraine", TAUTAN_CHANGE_VANISHED, 1, 0);
  g_assert_cmpuint (c->new_actors->len, ==, 3);
  g_assert_cmpuint (c->vanished_actors->len, ==, 2);

  summary = tautan_changes_summarize (c, f->ds);
  g_assert_nonnull (strstr (summary, "1 link grew stronger: Kim Jong Un → Vladimir Putin (1 → 4 events)."));
}

static void
test_filtered (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(TautanFilter) all = tautan_filter_new ();
  const char *confirmed[] = { "confirmed", NULL };
  g_autoptr(TautanFilter) only_confirmed = tautan_filter_with_values (all, TAUTAN_FILTER_STATUS, confirmed);
  g_autoptr(TautanFilter) heavy = tautan_filter_with_min_weight (all, 2);
  g_autoptr(TautanChanges) c = tautan_changes_compute (f->ds, only_confirmed, &f->before, &f->after);
  g_autoptr(TautanChanges) h = tautan_changes_compute (f->ds, heavy, &f->before, &f->after);
  g_autofree char *summary = tautan_changes_summarize (c, f->ds);
  const char *both[] = { "north-korea", "russia", NULL };

  /* One confirmed event in either year: the troops sent to Russia. */
  g_assert_cmpuint (c->edges->len, ==, 1);
  assert_edge (f, c, "north-korea", "russia", TAUTAN_CHANGE_NEW, 0, 1);
  assert_actors (f, c->new_actors, both);
  g_assert_cmpuint (c->vanished_actors->len, ==, 0);
  g_assert_cmpstr (summary, ==,
                   "1 new link: North Korea → Russia (Military cooperation or troop deployment, 1 event). "
                   "2 new actors: North Korea, Russia.");

  /* Weight 2 keeps the edges with two events in one of the years, and
   * classes them on their full counts. */
  g_assert_cmpuint (h->edges->len, ==, 2);
  assert_edge (f, h, "kim-jong-un", "vladimir-putin", TAUTAN_CHANGE_WEAKER, 4, 1);
  assert_edge (f, h, "north-korea", "russia", TAUTAN_CHANGE_UNCHANGED, 1, 2);
}

static void
test_nothing (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(TautanFilter) all = tautan_filter_new ();
  g_autoptr(TautanChanges) c = tautan_changes_compute (f->ds, all, &f->before, &f->before);
  g_autofree char *summary = tautan_changes_summarize (c, f->ds);

  g_assert_cmpuint (c->edges->len, ==, c->n_edges[TAUTAN_CHANGE_UNCHANGED]);
  g_assert_cmpuint (c->edges->len, ==, 6);
  g_assert_cmpstr (summary, ==, "No change between the two periods.");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/changes/threshold", test_threshold);
  g_test_add ("/changes/treaty-year", Fixture, NULL, fixture_set_up, test_treaty_year, fixture_tear_down);
  g_test_add ("/changes/reversed", Fixture, NULL, fixture_set_up, test_reversed, fixture_tear_down);
  g_test_add ("/changes/filtered", Fixture, NULL, fixture_set_up, test_filtered, fixture_tear_down);
  g_test_add ("/changes/nothing", Fixture, NULL, fixture_set_up, test_nothing, fixture_tear_down);

  return g_test_run ();
}
