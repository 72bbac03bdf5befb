/* test-filter.c: composable event filters on a small hand-built dataset
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tautan/tautan-dataset.h"
#include "tautan/tautan-diagnostic.h"
#include "tautan/tautan-filter.h"
#include "tautan/tautan-histogram.h"

/* Three sources (KCNA: state media, Korean; Yonhap: relays Reuters;
 * Antara: Indonesian), four entities and five events whose answers
 * under each criterion are listed beside them. */
static const char dataset_json[] =
  "{\"format\":\"tautan-dataset\",\"version\":1,"
  "\"sources\":["
  "{\"id\":\"sa\",\"outlet\":\"KCNA\",\"title\":\"t\",\"language\":\"ko\",\"published\":\"2024-06-19\","
  " \"origin\":\"own\",\"state_media\":true,\"text\":\"AAAA BBBB\"},"
  "{\"id\":\"sb\",\"outlet\":\"Yonhap\",\"title\":\"t\",\"language\":\"ko\",\"published\":\"2024-06-19\","
  " \"origin\":\"relayed\",\"relayed_from\":[{\"name\":\"Reuters\",\"state_media\":false,\"words\":\"Reuters said\"}],"
  " \"state_media\":false,\"text\":\"CCCC DDDD\"},"
  "{\"id\":\"sc\",\"outlet\":\"Antara\",\"title\":\"t\",\"language\":\"id\",\"published\":\"2024-07-01\","
  " \"origin\":\"own\",\"state_media\":false,\"text\":\"EEEE\"}],"
  "\"entities\":["
  "{\"id\":\"kim\",\"name\":\"Kim\",\"kind\":\"person\"},"
  "{\"id\":\"putin\",\"name\":\"Putin\",\"kind\":\"person\"},"
  "{\"id\":\"nk\",\"name\":\"North Korea\",\"kind\":\"state\"},"
  "{\"id\":\"ru\",\"name\":\"Russia\",\"kind\":\"state\"}],"
  "\"events\":["
  /* e1: support kim→putin, KCNA, claimed, certain quote */
  "{\"id\":\"e1\",\"type\":\"support\",\"date\":{\"start\":\"2024-06-19\",\"end\":\"2024-06-19\",\"precision\":\"day\"},"
  " \"date_basis\":{\"method\":\"stated\",\"words\":\"w\"},\"actors\":[\"kim\"],\"targets\":[\"putin\"],"
  " \"summary\":\"x\",\"sources\":[\"sa\"],\"quotes\":[\"q1\"],\"status\":\"claimed\"},"
  /* e2: meet putin→kim, Yonhap (relays Reuters), reported, uncertain quote */
  "{\"id\":\"e2\",\"type\":\"meet\",\"date\":{\"start\":\"2024-06-19\",\"end\":\"2024-06-19\",\"precision\":\"day\"},"
  " \"date_basis\":{\"method\":\"stated\",\"words\":\"w\"},\"actors\":[\"putin\"],\"targets\":[\"kim\"],"
  " \"summary\":\"x\",\"sources\":[\"sb\"],\"quotes\":[\"q2\"],\"status\":\"reported\"},"
  /* e3: support nk→ru, the whole of 2023, Antara, denied */
  "{\"id\":\"e3\",\"type\":\"support\",\"date\":{\"start\":\"2023-01-01\",\"end\":\"2023-12-31\",\"precision\":\"year\"},"
  " \"date_basis\":{\"method\":\"stated\",\"words\":\"w\"},\"actors\":[\"nk\"],\"targets\":[\"ru\"],"
  " \"summary\":\"x\",\"sources\":[\"sc\"],\"status\":\"denied\"},"
  /* e4: support kim→putin, KCNA and Antara, reported */
  "{\"id\":\"e4\",\"type\":\"support\",\"date\":{\"start\":\"2024-07-01\",\"end\":\"2024-07-01\",\"precision\":\"day\"},"
  " \"date_basis\":{\"method\":\"stated\",\"words\":\"w\"},\"actors\":[\"kim\"],\"targets\":[\"putin\"],"
  " \"summary\":\"x\",\"sources\":[\"sa\",\"sc\"],\"status\":\"reported\"},"
  /* e5: accuse ru→{ru, nk} (the self-loop is no edge), Yonhap, reported */
  "{\"id\":\"e5\",\"type\":\"accuse\",\"date\":{\"start\":\"2025-01-05\",\"end\":\"2025-01-05\",\"precision\":\"day\"},"
  " \"date_basis\":{\"method\":\"stated\",\"words\":\"w\"},\"actors\":[\"ru\"],\"targets\":[\"ru\",\"nk\"],"
  " \"summary\":\"x\",\"sources\":[\"sb\"],\"status\":\"reported\"}],"
  "\"quotes\":["
  "{\"id\":\"q1\",\"source\":\"sa\",\"text\":\"AAAA\",\"start\":0,\"end\":4,\"speaker\":{\"entity\":\"kim\"},"
  " \"attribution\":\"certain\",\"event\":\"e1\"},"
  "{\"id\":\"q2\",\"source\":\"sb\",\"text\":\"CCCC\",\"start\":0,\"end\":4,\"speaker\":{\"entity\":\"putin\"},"
  " \"attribution\":\"uncertain\",\"event\":\"e2\"}]}";

static TautanDataset *
load_dataset (void)
{
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) error = NULL;
  TautanDataset *ds;

  ds = tautan_dataset_load_data (dataset_json, strlen (dataset_json), "filter.json", NULL, &diagnostics, &error);
  if (ds == NULL)
    {
      g_autofree char *text = tautan_diagnostics_format (diagnostics, 5);
      g_error ("%s", text);
    }
  return ds;
}

/* The ids of the events passing @filter in @span, joined by spaces. */
static char *
passing (TautanDataset        *ds,
         const TautanFilter   *filter,
         const TautanTimeSpan *span)
{
  g_autoptr(GArray) events = tautan_filter_list_events (filter, ds, span);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < events->len; i++)
    {
      TautanEvent ev;

      tautan_dataset_get_event (ds, g_array_index (events, guint, i), &ev);
      g_string_append_printf (out, "%s%s", i ? " " : "", ev.id);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
passing_values (TautanDataset     *ds,
                TautanFilterField  field,
                const char        *values)
{
  g_autoptr(TautanFilter) empty = tautan_filter_new ();
  g_auto(GStrv) v = g_strsplit (values, ",", -1);
  g_autoptr(TautanFilter) filter = tautan_filter_with_values (empty, field, (const char * const *)v);

  return passing (ds, filter, NULL);
}

#define ASSERT_PASSING(expr, expected) \
  G_STMT_START { g_autofree char *got_ = (expr); g_assert_cmpstr (got_, ==, expected); } G_STMT_END

static void
test_filter_criteria (void)
{
  g_autoptr(TautanDataset) ds = load_dataset ();
  g_autoptr(TautanFilter) empty = tautan_filter_new ();
  g_autoptr(TautanFilter) only_state = tautan_filter_with_state_media (empty, TAUTAN_STATE_MEDIA_ONLY);
  g_autoptr(TautanFilter) no_state = tautan_filter_with_state_media (empty, TAUTAN_STATE_MEDIA_EXCLUDED);

  ASSERT_PASSING (passing (ds, empty, NULL), "e1 e2 e3 e4 e5");
  ASSERT_PASSING (passing_values (ds, TAUTAN_FILTER_OUTLET, "KCNA"), "e1 e4");
  ASSERT_PASSING (passing_values (ds, TAUTAN_FILTER_OUTLET, "KCNA,Antara"), "e1 e3 e4");
  ASSERT_PASSING (passing_values (ds, TAUTAN_FILTER_LANGUAGE, "id"), "e3 e4");
  ASSERT_PASSING (passing_values (ds, TAUTAN_FILTER_AGENCY, "Reuters"), "e2 e5");
  ASSERT_PASSING (passing_values (ds, TAUTAN_FILTER_AGENCY, "TASS"), "");
  ASSERT_PASSING (passing_values (ds, TAUTAN_FILTER_STATUS, "claimed,denied"), "e1 e3");
  ASSERT_PASSING (passing_values (ds, TAUTAN_FILTER_ATTRIBUTION, "certain"), "e1");
  ASSERT_PASSING (passing_values (ds, TAUTAN_FILTER_ATTRIBUTION, "uncertain"), "e2");
  ASSERT_PASSING (passing_values (ds, TAUTAN_FILTER_EVENT_TYPE, "support"), "e1 e3 e4");
  ASSERT_PASSING (passing_values (ds, TAUTAN_FILTER_ENTITY_KIND, "state"), "e3 e5");
  ASSERT_PASSING (passing_values (ds, TAUTAN_FILTER_ENTITY_KIND, "person"), "e1 e2 e4");
  ASSERT_PASSING (passing (ds, only_state, NULL), "e1 e4");
  ASSERT_PASSING (passing (ds, no_state, NULL), "e2 e3 e4 e5");
}

static void
test_filter_compose_and_span (void)
{
  g_autoptr(TautanDataset) ds = load_dataset ();
  g_autoptr(TautanFilter) empty = tautan_filter_new ();
  const char *support[] = { "support", NULL };
  const char *antara[] = { "Antara", NULL };
  g_autoptr(TautanFilter) a = tautan_filter_with_values (empty, TAUTAN_FILTER_EVENT_TYPE, support);
  g_autoptr(TautanFilter) ab = tautan_filter_with_values (a, TAUTAN_FILTER_OUTLET, antara);
  TautanTimeSpan y2024 = { tautan_day_from_ymd (2024, 1, 1), tautan_day_from_ymd (2024, 12, 31) };
  TautanTimeSpan june2023 = { tautan_day_from_ymd (2023, 6, 1), tautan_day_from_ymd (2023, 6, 30) };

  ASSERT_PASSING (passing (ds, ab, NULL), "e3 e4");
  /* The original is untouched: filters are values. */
  ASSERT_PASSING (passing (ds, a, NULL), "e1 e3 e4");
  ASSERT_PASSING (passing (ds, empty, &y2024), "e1 e2 e4");
  ASSERT_PASSING (passing (ds, ab, &y2024), "e4");
  /* A year-long event overlaps any month of its year. */
  ASSERT_PASSING (passing (ds, empty, &june2023), "e3");
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
test_filter_edges (void)
{
  g_autoptr(TautanDataset) ds = load_dataset ();
  g_autoptr(TautanFilter) empty = tautan_filter_new ();
  g_autoptr(TautanFilter) heavy = tautan_filter_with_min_weight (empty, 2);
  g_autoptr(GArray) events = tautan_filter_list_events (empty, ds, NULL);
  g_autoptr(TautanFilterEdges) edges = tautan_filter_aggregate_edges (empty, ds, NULL, events);
  g_autoptr(TautanFilterEdges) heavy_edges = tautan_filter_aggregate_edges (heavy, ds, NULL, events);
  TautanTaxonomy *taxonomy = tautan_dataset_get_taxonomy (ds);
  guint kim = tautan_dataset_lookup_entity (ds, "kim");
  guint putin = tautan_dataset_lookup_entity (ds, "putin");
  guint nk = tautan_dataset_lookup_entity (ds, "nk");
  guint ru = tautan_dataset_lookup_entity (ds, "ru");
  const TautanSliceEdge *e;
  const guint32 *pairs;

  /* kim→putin (e1, e4), putin→kim (e2), nk→ru (e3), ru→nk (e5); ru→ru is no edge. */
  g_assert_cmpuint (edges->edges->len, ==, 4);
  e = find_edge (edges, kim, putin);
  g_assert_nonnull (e);
  g_assert_cmpuint (e->count, ==, 2);
  g_assert_cmpuint (e->edge, ==, TAUTAN_NONE);
  g_assert_cmpuint (e->n_types, ==, 1);
  g_assert_cmpint (e->dominant_type, ==, tautan_taxonomy_lookup (taxonomy, "support"));
  pairs = &g_array_index (edges->type_pairs, guint32, e->type_offset * 2);
  g_assert_cmpuint (pairs[0], ==, e->dominant_type);
  g_assert_cmpuint (pairs[1], ==, 2);
  g_assert_cmpint (e->first, ==, tautan_day_from_ymd (2024, 6, 19));
  g_assert_cmpint (e->last, ==, tautan_day_from_ymd (2024, 7, 1));
  g_assert_nonnull (find_edge (edges, putin, kim));
  e = find_edge (edges, nk, ru);
  g_assert_nonnull (e);
  g_assert_cmpuint (e->imprecise, ==, 1);
  g_assert_nonnull (find_edge (edges, ru, nk));
  g_assert_null (find_edge (edges, ru, ru));

  g_assert_cmpuint (heavy_edges->edges->len, ==, 1);
  g_assert_nonnull (find_edge (heavy_edges, kim, putin));
}

static void
test_filter_words_and_json (void)
{
  g_autoptr(TautanFilter) empty = tautan_filter_new ();
  const char *statuses[] = { "denied", "claimed", "claimed", NULL };
  g_autoptr(TautanFilter) a = tautan_filter_with_state_media (empty, TAUTAN_STATE_MEDIA_ONLY);
  g_autoptr(TautanFilter) b = tautan_filter_with_values (a, TAUTAN_FILTER_STATUS, statuses);
  g_autoptr(TautanFilter) c = tautan_filter_with_min_weight (b, 3);
  g_autoptr(TautanFilter) back = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *words = tautan_filter_to_string (c);
  g_autofree char *empty_words = tautan_filter_to_string (empty);
  g_autofree char *json = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (words, ==, "Only: state media; status claimed or denied; weight ≥ 3");
  g_assert_cmpstr (empty_words, ==, "All events");
  g_assert_true (tautan_filter_is_empty (empty));
  g_assert_false (tautan_filter_is_empty (c));
  g_assert_false (tautan_filter_equal (b, c));

  node = tautan_filter_to_json (c);
  json = json_to_string (node, FALSE);
  g_assert_cmpstr (json, ==, "{\"status\":[\"claimed\",\"denied\"],\"state_media\":\"only\",\"min_weight\":3}");
  back = tautan_filter_from_json (node, "$.filters", &error);
  g_assert_no_error (error);
  g_assert_true (tautan_filter_equal (back, c));
}

static void
assert_bad_json (const char *json,
                 const char *message)
{
  g_autoptr(JsonNode) node = json_from_string (json, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanFilter) filter = tautan_filter_from_json (node, "$.filters", &error);

  g_assert_null (filter);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_cmpstr (error->message, ==, message);
}

static void
test_filter_bad_input (void)
{
  g_autoptr(TautanDataset) ds = load_dataset ();
  g_autoptr(TautanFilter) empty = tautan_filter_new ();
  const char *types[] = { "support", "no-such-type", NULL };
  g_autoptr(TautanFilter) bad_type = tautan_filter_with_values (empty, TAUTAN_FILTER_EVENT_TYPE, types);
  g_autoptr(GError) error = NULL;

  assert_bad_json ("[]", "$.filters: the filters must be an object");
  assert_bad_json ("{\"status\":[\"rumoured\"]}", "$.filters.status[0]: “rumoured” is not a known status");
  assert_bad_json ("{\"entity_kind\":[\"person\",7]}", "$.filters.entity_kind[1]: must be a string");
  assert_bad_json ("{\"outlet\":\"KCNA\"}", "$.filters.outlet: must be an array of strings");
  assert_bad_json ("{\"min_weight\":-1}", "$.filters.min_weight: must be a whole number from 0");
  assert_bad_json ("{\"state_media\":true}", "$.filters.state_media: must be \"any\", \"only\" or \"excluded\"");
  assert_bad_json ("{\"colour\":[]}", "$.filters.colour: is not a filter criterion");

  g_assert_true (tautan_filter_check (empty, ds, NULL));
  g_assert_false (tautan_filter_check (bad_type, ds, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, "no-such-type"));
}

/* "value:count" of each choice, in the order given. */
static char *
choices_text (TautanDataset     *ds,
              TautanFilterField  field)
{
  g_autoptr(GPtrArray) choices = tautan_filter_list_choices (ds, field);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < choices->len; i++)
    {
      TautanFilterChoice *c = choices->pdata[i];

      g_string_append_printf (out, "%s%s:%u", i ? " " : "", c->value, c->n_events);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The choices offered for each criterion, counted by event (an event
 * with two sources of one language counts once), and each count equal
 * to the events the filter on that value alone lets through. */
static void
test_filter_choices (void)
{
  g_autoptr(TautanDataset) ds = load_dataset ();
  g_autoptr(GPtrArray) types = NULL;

  ASSERT_PASSING (choices_text (ds, TAUTAN_FILTER_OUTLET), "Antara:2 KCNA:2 Yonhap:2");
  ASSERT_PASSING (choices_text (ds, TAUTAN_FILTER_LANGUAGE), "ko:4 id:2");
  ASSERT_PASSING (choices_text (ds, TAUTAN_FILTER_AGENCY), "Reuters:2");
  ASSERT_PASSING (choices_text (ds, TAUTAN_FILTER_STATUS), "reported:3 claimed:1 denied:1 confirmed:0");
  ASSERT_PASSING (choices_text (ds, TAUTAN_FILTER_ATTRIBUTION), "certain:1 uncertain:1");
  ASSERT_PASSING (choices_text (ds, TAUTAN_FILTER_ENTITY_KIND),
                  "person:3 state:2 organisation:0 armed-group:0 media:0 place:0 unnamed-group:0");
  types = tautan_filter_list_choices (ds, TAUTAN_FILTER_EVENT_TYPE);
  g_assert_cmpuint (types->len, ==, 3);
  g_assert_cmpstr (((TautanFilterChoice *)types->pdata[0])->value, ==, "support");
  g_assert_cmpuint (((TautanFilterChoice *)types->pdata[0])->n_events, ==, 3);
  /* the label is the taxonomy's, not the id */
  g_assert_cmpstr (((TautanFilterChoice *)types->pdata[0])->label, !=, "support");

  for (guint f = 0; f < TAUTAN_N_FILTER_FIELDS; f++)
    {
      g_autoptr(GPtrArray) choices = tautan_filter_list_choices (ds, f);

      for (guint i = 0; i < choices->len; i++)
        {
          TautanFilterChoice *c = choices->pdata[i];
          const char *values[] = { c->value, NULL };
          g_autoptr(TautanFilter) empty = tautan_filter_new ();
          g_autoptr(TautanFilter) one = tautan_filter_with_values (empty, f, values);
          g_autoptr(GArray) events = tautan_filter_list_events (one, ds, NULL);

          g_assert_cmpuint (events->len, ==, c->n_events);
        }
    }
}

/* The timeline's bars count what the side panel counts: with a filter on
 * and a kind hidden, each day's bar is the weight of the events
 * tautan_filter_count_shown() lists that fall on it (the year-long e3
 * spread over its days), however the days are binned. */
static void
test_filter_histogram (void)
{
  g_autoptr(TautanDataset) ds = load_dataset ();
  g_autoptr(TautanFilter) empty = tautan_filter_new ();
  const char *statuses[] = { "denied", "reported", NULL };
  g_autoptr(TautanFilter) filter = tautan_filter_with_values (empty, TAUTAN_FILTER_STATUS, statuses);
  TautanTimeSpan all = tautan_dataset_get_span (ds);
  TautanTypeMask types = { { 0 } };
  guint32 hide_sets[] = { 0, 1u << TAUTAN_ENTITY_PERSON };

  for (guint h = 0; h < G_N_ELEMENTS (hide_sets); h++)
    {
      g_autoptr(TautanSlice) slice = tautan_slice_new (ds, &all, FALSE);
      g_autoptr(TautanSliceShown) shown = tautan_filter_count_shown (filter, slice, hide_sets[h], &types, NULL);
      g_autoptr(TautanHistogramCounts) counts = tautan_histogram_counts_new (ds, filter, hide_sets[h], &types,
                                                                           NULL, NULL);
      g_autoptr(TautanHistogramCounts) unfiltered = tautan_histogram_counts_new (ds, NULL, hide_sets[h], &types,
                                                                               NULL, NULL);
      g_autoptr(GArray) days = tautan_histogram_counts_bin (counts, &all, TAUTAN_BIN_DAY);
      g_autoptr(GArray) months = tautan_histogram_counts_bin (counts, &all, TAUTAN_BIN_MONTH);
      g_autoptr(GArray) plain = tautan_histogram_counts_bin (unfiltered, &all, TAUTAN_BIN_DAY);
      double total = 0, month_total = 0, plain_total = 0;

      /* e2 to e5 pass (e1 is claimed); with people hidden, e3 and e5. */
      g_assert_cmpuint (shown->n_events, ==, h == 0 ? 4 : 2);
      for (guint b = 0; b < days->len; b++)
        {
          const TautanBin *bin = &g_array_index (days, TautanBin, b);
          double want[TAUTAN_N_QUAD_CLASSES] = { 0 };

          for (guint i = 0; i < shown->events->len; i++)
            {
              TautanEvent ev;

              tautan_dataset_get_event (ds, g_array_index (shown->events, guint32, i), &ev);
              if (ev.start <= bin->start && bin->start <= ev.end)
                want[tautan_taxonomy_get_event_type (tautan_dataset_get_taxonomy (ds), ev.type)->quad_class] +=
                  1.0 / (ev.end - ev.start + 1);
            }
          for (guint q = 0; q < TAUTAN_N_QUAD_CLASSES; q++)
            {
              g_assert_cmpfloat_with_epsilon (bin->counts[q], want[q], 1e-9);
              total += bin->counts[q];
              plain_total += g_array_index (plain, TautanBin, b).counts[q];
            }
        }
      for (guint b = 0; b < months->len; b++)
        for (guint q = 0; q < TAUTAN_N_QUAD_CLASSES; q++)
          month_total += g_array_index (months, TautanBin, b).counts[q];
      g_assert_cmpfloat_with_epsilon (total, shown->n_events, 1e-9);
      g_assert_cmpfloat_with_epsilon (month_total, shown->n_events, 1e-9);
      /* The filter left e1 out of what the unfiltered bars count (it
       * has only people, hidden or not). */
      g_assert_cmpfloat_with_epsilon (plain_total, total + (h == 0 ? 1 : 0), 1e-9);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/filter/criteria", test_filter_criteria);
  g_test_add_func ("/filter/compose-and-span", test_filter_compose_and_span);
  g_test_add_func ("/filter/edges", test_filter_edges);
  g_test_add_func ("/filter/words-and-json", test_filter_words_and_json);
  g_test_add_func ("/filter/bad-input", test_filter_bad_input);
  g_test_add_func ("/filter/choices", test_filter_choices);
  g_test_add_func ("/filter/histogram", test_filter_histogram);

  return g_test_run ();
}
