/* test-seed.c: the bundled dataset, curated from the five seed articles
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tautan/tautan-dataset.h"
#include "tautan/tautan-slice.h"

static TautanDataset *
load_seed (void)
{
  g_autoptr(GError) error = NULL;
  TautanDataset *ds = tautan_dataset_load_resource (RESOURCE_PREFIX "/datasets/korea-russia.json", &error);

  g_assert_no_error (error);
  g_assert_true (tautan_dataset_get_read_only (ds));
  return ds;
}

static void
test_quotes_at_offsets (void)
{
  g_autoptr(TautanDataset) ds = load_seed ();

  /* The loader refuses a quote that is not at its offsets; check again
   * here so the test says which quote if it ever regresses. */
  for (guint i = 0; i < tautan_dataset_get_n_quotes (ds); i++)
    {
      TautanQuote q;
      TautanSource s;
      const char *a, *z;
      g_autofree char *found = NULL;

      tautan_dataset_get_quote (ds, i, &q);
      tautan_dataset_get_source (ds, q.source, &s);
      g_assert_cmpuint (q.end, <=, (guint)g_utf8_strlen (s.text, -1));
      a = g_utf8_offset_to_pointer (s.text, q.start);
      z = g_utf8_offset_to_pointer (s.text, q.end);
      found = g_strndup (a, z - a);
      g_assert_cmpstr (found, ==, q.text);
      /* Every quote is Indonesian and glossed in English. */
      g_assert_nonnull (q.gloss);
      g_assert_cmpuint (q.speaker != TAUTAN_NONE || q.speaker_text != NULL, ==, TRUE);
    }
}

static void
test_every_entity_used (void)
{
  g_autoptr(TautanDataset) ds = load_seed ();
  guint n = tautan_dataset_get_n_entities (ds);
  g_autofree gboolean *used = g_new0 (gboolean, n);

  for (guint i = 0; i < tautan_dataset_get_n_events (ds); i++)
    {
      TautanEvent e;

      tautan_dataset_get_event (ds, i, &e);
      for (guint k = 0; k < e.n_actors; k++)
        used[e.actors[k]] = TRUE;
      for (guint k = 0; k < e.n_targets; k++)
        used[e.targets[k]] = TRUE;
      g_assert_cmpuint (e.n_sources, >, 0);
      g_assert_nonnull (e.date_words);
    }
  for (guint i = 0; i < tautan_dataset_get_n_quotes (ds); i++)
    {
      TautanQuote q;

      tautan_dataset_get_quote (ds, i, &q);
      if (q.speaker != TAUTAN_NONE)
        used[q.speaker] = TRUE;
      for (guint k = 0; k < q.n_relayed_by; k++)
        used[q.relayed_by[k]] = TRUE;
    }
  for (guint i = 0; i < n; i++)
    {
      TautanEntity e;

      tautan_dataset_get_entity (ds, i, &e);
      if (!used[i])
        g_error ("entity %s is never used", e.id);
    }
}

static void
test_named_actors (void)
{
  g_autoptr(TautanDataset) ds = load_seed ();
  const struct { const char *id; const char *name; const char *affiliation; } actors[] = {
    { "kim-jong-un", "Kim Jong Un", "north-korea" },
    { "vladimir-putin", "Vladimir Putin", "russia" },
    { "sergei-lavrov", "Sergei Lavrov", "russia" },
    { "choe-son-hui", "Choe Son Hui", "north-korea" },
    { "donald-trump", "Donald Trump", "united-states" },
  };
  const char *others[] = {
    "north-korea", "russia", "ukraine", "united-states", "south-korea", "nato",
    "united-nations", "wagner-group", "kcna",
  };

  for (guint i = 0; i < G_N_ELEMENTS (actors); i++)
    {
      guint idx = tautan_dataset_lookup_entity (ds, actors[i].id);
      TautanEntity e;

      g_assert_cmpuint (idx, !=, TAUTAN_NONE);
      tautan_dataset_get_entity (ds, idx, &e);
      g_assert_cmpstr (e.name, ==, actors[i].name);
      g_assert_cmpint (e.kind, ==, TAUTAN_ENTITY_PERSON);
      g_assert_cmpuint (e.affiliation, ==, tautan_dataset_lookup_entity (ds, actors[i].affiliation));
    }
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    g_assert_cmpuint (tautan_dataset_lookup_entity (ds, others[i]), !=, TAUTAN_NONE);
}

static void
assert_event (TautanDataset *ds,
              const char    *id,
              const char    *type,
              const char    *actor,
              const char    *target,
              TautanDay      start,
              TautanDay      end)
{
  guint idx = tautan_dataset_lookup_event (ds, id);
  TautanEvent e;

  g_assert_cmpuint (idx, !=, TAUTAN_NONE);
  tautan_dataset_get_event (ds, idx, &e);
  g_assert_cmpstr (tautan_taxonomy_get_event_type (tautan_dataset_get_taxonomy (ds), e.type)->id, ==, type);
  g_assert_cmpuint (e.actors[0], ==, tautan_dataset_lookup_entity (ds, actor));
  g_assert_cmpuint (e.targets[0], ==, tautan_dataset_lookup_entity (ds, target));
  g_assert_cmpint (e.start, ==, start);
  g_assert_cmpint (e.end, ==, end);
}

/* The explorer's tests rely on these two meetings and their dates. */
static void
test_key_events (void)
{
  g_autoptr(TautanDataset) ds = load_seed ();
  TautanTimeSpan y2025 = { tautan_day_from_ymd (2025, 1, 1), tautan_day_from_ymd (2025, 12, 31) };
  g_autoptr(TautanSlice) slice = tautan_slice_new (ds, &y2025, FALSE);
  guint lavrov = tautan_dataset_lookup_entity (ds, "sergei-lavrov");
  guint choe = tautan_dataset_lookup_entity (ds, "choe-son-hui");
  guint kim = tautan_dataset_lookup_entity (ds, "kim-jong-un");

  assert_event (ds, "ev-2019-vladivostok-summit", "meet", "kim-jong-un", "vladimir-putin",
                tautan_day_from_ymd (2019, 1, 1), tautan_day_from_ymd (2019, 12, 31));
  assert_event (ds, "ev-2025-07-lavrov-meets-choe", "meet", "sergei-lavrov", "choe-son-hui",
                tautan_day_from_ymd (2025, 7, 1), tautan_day_from_ymd (2025, 7, 31));

  g_assert_nonnull (tautan_slice_find_edge (slice, lavrov, choe));
  g_assert_false (tautan_slice_contains_event (slice, tautan_dataset_lookup_event (ds, "ev-2019-vladivostok-summit")));
  g_assert_true (tautan_slice_contains_event (slice, tautan_dataset_lookup_event (ds, "ev-2025-07-lavrov-meets-choe")));
  /* Edges are clipped to the window: nothing from 2019 leaks into 2025. */
  for (guint i = 0; i < tautan_slice_get_n_edges (slice); i++)
    g_assert_cmpint (tautan_slice_get_edge (slice, i)->first, >=, y2025.from);

  /* Kim speaks in every article. */
  {
    TautanTimeSpan all = tautan_dataset_get_span (ds);
    g_autoptr(TautanSlice) everything = tautan_slice_new (ds, &all, TRUE);
    g_autoptr(GArray) quotes = tautan_slice_list_quotes (everything, kim);
    g_autoptr(GHashTable) sources = g_hash_table_new (NULL, NULL);

    for (guint i = 0; i < quotes->len; i++)
      {
        TautanQuote q;

        tautan_dataset_get_quote (ds, g_array_index (quotes, guint32, i), &q);
        g_hash_table_add (sources, GUINT_TO_POINTER (q.source + 1));
      }
    g_assert_cmpuint (g_hash_table_size (sources), ==, 5);
  }
}

static void
test_dates_honest (void)
{
  g_autoptr(TautanDataset) ds = load_seed ();
  guint undated = TAUTAN_NONE;

  for (guint i = 0; i < tautan_dataset_get_n_sources (ds); i++)
    {
      TautanSource s;

      tautan_dataset_get_source (ds, i, &s);
      if (s.published == TAUTAN_DAY_NONE)
        {
          g_assert_nonnull (s.published_note);
          undated = i;
        }
    }
  /* Article 004 carries no publication date. */
  g_assert_cmpuint (undated, !=, TAUTAN_NONE);

  /* Events from the undated article are inferred, never day-precise. */
  for (guint i = 0; i < tautan_dataset_get_n_events (ds); i++)
    {
      TautanEvent e;

      tautan_dataset_get_event (ds, i, &e);
      if (e.n_sources == 1 && e.sources[0] == undated && e.start >= tautan_day_from_ymd (2025, 1, 1))
        {
          g_assert_cmpint (e.precision, !=, TAUTAN_PRECISION_DAY);
          g_assert_cmpint (e.date_method, ==, TAUTAN_DATE_INFERRED);
          g_assert_nonnull (e.date_note);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/tautan/seed/quotes-at-offsets", test_quotes_at_offsets);
  g_test_add_func ("/tautan/seed/every-entity-used", test_every_entity_used);
  g_test_add_func ("/tautan/seed/named-actors", test_named_actors);
  g_test_add_func ("/tautan/seed/key-events", test_key_events);
  g_test_add_func ("/tautan/seed/dates-honest", test_dates_honest);

  return g_test_run ();
}
