/* test-dataset-edit.c: curation edits, each a new dataset
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "tautan/tautan-dataset-edit.h"
#include "tautan/tautan-diagnostic.h"
#include "tautan/tautan-session.h"

#include "bench/tautan-bench-gen.h"
#include "tautan-dataset-private.h"
#include "tautan-edit-oracle.h"

#define BUNDLED RESOURCE_PREFIX "/datasets/korea-russia.json"

static TautanDataset *
load_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  TautanDataset *dataset;

  dataset = tautan_dataset_load_file (file, FALSE, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  return dataset;
}

static void
get_entity (TautanDataset *ds,
            const char    *id,
            TautanEntity  *e)
{
  guint index = tautan_dataset_lookup_entity (ds, id);

  g_assert_cmpuint (index, !=, TAUTAN_NONE);
  tautan_dataset_get_entity (ds, index, e);
}

static void
get_event (TautanDataset *ds,
           const char    *id,
           TautanEvent   *e)
{
  guint index = tautan_dataset_lookup_event (ds, id);

  g_assert_cmpuint (index, !=, TAUTAN_NONE);
  tautan_dataset_get_event (ds, index, e);
}

static void
get_quote (TautanDataset *ds,
           const char    *id,
           TautanQuote   *q)
{
  guint index = tautan_dataset_lookup_quote (ds, id);

  g_assert_cmpuint (index, !=, TAUTAN_NONE);
  tautan_dataset_get_quote (ds, index, q);
}

static const char *
entity_id (TautanDataset *ds,
           guint          index)
{
  TautanEntity e;

  g_assert_cmpuint (index, !=, TAUTAN_NONE);
  tautan_dataset_get_entity (ds, index, &e);
  return e.id;
}

static gboolean
has_alias (TautanDataset *ds,
           const char    *id,
           const char    *alias)
{
  TautanEntity e;

  get_entity (ds, id, &e);
  for (guint i = 0; i < e.n_aliases; i++)
    if (g_str_equal (tautan_dataset_get_string (ds, e.aliases[i]), alias))
      return TRUE;
  return FALSE;
}

static guint
count_alias (TautanDataset *ds,
             const char    *id,
             const char    *alias)
{
  TautanEntity e;
  guint n = 0;

  get_entity (ds, id, &e);
  for (guint i = 0; i < e.n_aliases; i++)
    n += g_str_equal (tautan_dataset_get_string (ds, e.aliases[i]), alias);
  return n;
}

static void
test_edit_entity (void)
{
  g_autoptr(TautanDataset) ds = load_fixture ("minimal.json");
  g_autoptr(TautanDataset) edited = NULL;
  g_autoptr(GError) error = NULL;
  const char *aliases[] = { "김정은", "Kim Jong-un", "Kim Jong-un", NULL };
  TautanEntityValues values = { "Kim Jong Un (DPRK)", aliases, TAUTAN_ENTITY_PERSON, "kcna", "Leader", "An analyst's note" };
  TautanEntity e;

  edited = tautan_dataset_edit_entity (ds, "kim", &values, &error);
  g_assert_no_error (error);
  g_assert_true (edited != ds);

  get_entity (edited, "kim", &e);
  g_assert_cmpstr (e.name, ==, "Kim Jong Un (DPRK)");
  g_assert_cmpuint (e.n_aliases, ==, 2);
  g_assert_cmpuint (count_alias (edited, "kim", "Kim Jong-un"), ==, 1);
  g_assert_cmpstr (entity_id (edited, e.affiliation), ==, "kcna");
  g_assert_cmpstr (e.role, ==, "Leader");
  g_assert_cmpstr (e.notes, ==, "An analyst's note");
  /* Ids and order stay; the old dataset is untouched. */
  g_assert_cmpuint (e.index, ==, tautan_dataset_lookup_entity (ds, "kim"));
  g_assert_cmpuint (tautan_dataset_get_n_events (edited), ==, tautan_dataset_get_n_events (ds));
  get_entity (ds, "kim", &e);
  g_assert_cmpstr (e.name, ==, "Kim Jong Un");
  g_assert_cmpstr (e.notes, ==, NULL);

  /* Clearing: no affiliation, no notes, another kind. */
  values.affiliation = NULL;
  values.notes = "";
  values.kind = TAUTAN_ENTITY_STATE;
  g_clear_object (&edited);
  edited = tautan_dataset_edit_entity (ds, "kim", &values, &error);
  g_assert_no_error (error);
  get_entity (edited, "kim", &e);
  g_assert_cmpuint (e.affiliation, ==, TAUTAN_NONE);
  g_assert_null (e.notes);
  g_assert_cmpint (e.kind, ==, TAUTAN_ENTITY_STATE);
}

static void
test_edit_entity_errors (void)
{
  g_autoptr(TautanDataset) ds = load_fixture ("minimal.json");
  TautanEntityValues values = { "Someone", NULL, TAUTAN_ENTITY_PERSON, NULL, NULL, NULL };
  g_autoptr(GError) error = NULL;
  TautanDataset *edited;

  edited = tautan_dataset_edit_entity (ds, "nobody", &values, &error);
  g_assert_null (edited);
  g_assert_error (error, TAUTAN_DATASET_EDIT_ERROR, TAUTAN_DATASET_EDIT_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "“nobody”"));
  g_clear_error (&error);

  values.affiliation = "kim";
  edited = tautan_dataset_edit_entity (ds, "kim", &values, &error);
  g_assert_null (edited);
  g_assert_error (error, TAUTAN_DATASET_EDIT_ERROR, TAUTAN_DATASET_EDIT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“kim”"));
  g_clear_error (&error);

  values.affiliation = "atlantis";
  edited = tautan_dataset_edit_entity (ds, "kim", &values, &error);
  g_assert_null (edited);
  g_assert_error (error, TAUTAN_DATASET_EDIT_ERROR, TAUTAN_DATASET_EDIT_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "“atlantis”"));
  g_clear_error (&error);

  values.affiliation = NULL;
  values.name = "";
  edited = tautan_dataset_edit_entity (ds, "putin", &values, &error);
  g_assert_null (edited);
  g_assert_error (error, TAUTAN_DATASET_EDIT_ERROR, TAUTAN_DATASET_EDIT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“putin”"));
}

/* Korut and Korea Utara, Kim Jong-un and Kim Jong Un: one each, with all
 * their events and quotes. */
static void
test_merge_duplicates (void)
{
  g_autoptr(TautanDataset) ds = load_fixture ("duplicates.json");
  g_autoptr(TautanDataset) once = NULL;
  g_autoptr(TautanDataset) twice = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  TautanEntity e;
  TautanEvent ev;
  TautanQuote q;

  once = tautan_dataset_merge_entities (ds, "korut", "korea-utara", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tautan_dataset_get_n_entities (once), ==, tautan_dataset_get_n_entities (ds) - 1);
  g_assert_cmpuint (tautan_dataset_lookup_entity (once, "korea-utara"), ==, TAUTAN_NONE);
  g_assert_cmpuint (tautan_dataset_get_n_events (once), ==, tautan_dataset_get_n_events (ds));
  g_assert_cmpuint (tautan_dataset_get_n_quotes (once), ==, tautan_dataset_get_n_quotes (ds));

  /* B's name and aliases are A's aliases, each once; what A lacked it took. */
  get_entity (once, "korut", &e);
  g_assert_cmpstr (e.name, ==, "Korut");
  g_assert_true (has_alias (once, "korut", "DPRK"));
  g_assert_cmpuint (count_alias (once, "korut", "Korea Utara"), ==, 1);
  g_assert_true (has_alias (once, "korut", "Pyongyang"));
  g_assert_cmpstr (e.notes, ==, "spelled out");
  json = tautan_dataset_to_json (once, NULL);
  g_assert_nonnull (strstr (json, "\"x-wikidata\""));

  get_event (once, "ev-2", &ev);
  g_assert_cmpuint (ev.n_actors, ==, 1);
  g_assert_cmpstr (entity_id (once, ev.actors[0]), ==, "korut");
  /* Korut meeting Korea Utara is Korut's own event now: untargeted, kept. */
  get_event (once, "ev-3", &ev);
  g_assert_cmpuint (ev.n_actors, ==, 2);
  g_assert_cmpuint (ev.n_targets, ==, 0);
  get_quote (once, "q-2", &q);
  g_assert_cmpuint (q.n_relayed_by, ==, 1);
  g_assert_cmpstr (entity_id (once, q.relayed_by[0]), ==, "korut");
  get_entity (once, "kim-jong-un", &e);
  g_assert_cmpstr (entity_id (once, e.affiliation), ==, "korut");

  twice = tautan_dataset_merge_entities (once, "kim", "kim-jong-un", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tautan_dataset_get_n_entities (twice), ==, 3);
  g_assert_true (has_alias (twice, "kim", "Kim Jong-un"));
  get_quote (twice, "q-1", &q);
  g_assert_cmpstr (entity_id (twice, q.speaker), ==, "kim");
  get_quote (twice, "q-2", &q);
  g_assert_cmpstr (entity_id (twice, q.speaker), ==, "kim");
  g_assert_cmpuint (tautan_dataset_get_n_events (twice), ==, 3);
  g_assert_cmpuint (tautan_dataset_get_n_quotes (twice), ==, 2);
  get_entity (twice, "kim", &e);
  g_assert_cmpstr (e.role, ==, "Leader");
  g_assert_cmpstr (entity_id (twice, e.affiliation), ==, "korut");
}

static void
test_merge_errors (void)
{
  g_autoptr(TautanDataset) ds = load_fixture ("duplicates.json");
  g_autoptr(GError) error = NULL;

  g_assert_null (tautan_dataset_merge_entities (ds, "korut", "korut", &error));
  g_assert_error (error, TAUTAN_DATASET_EDIT_ERROR, TAUTAN_DATASET_EDIT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“korut”"));
  g_assert_nonnull (strstr (error->message, "itself"));
  g_clear_error (&error);

  g_assert_null (tautan_dataset_merge_entities (ds, "korut", "atlantis", &error));
  g_assert_error (error, TAUTAN_DATASET_EDIT_ERROR, TAUTAN_DATASET_EDIT_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "“atlantis”"));
}

static void
test_merge_bundled (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanDataset) ds = tautan_dataset_load_resource (BUNDLED, &error);
  g_autoptr(TautanDataset) merged = NULL;
  guint kim, choe, n_kim, n_choe;

  g_assert_no_error (error);
  kim = tautan_dataset_lookup_entity (ds, "kim-jong-un");
  choe = tautan_dataset_lookup_entity (ds, "choe-son-hui");
  g_assert_cmpuint (kim, !=, TAUTAN_NONE);
  g_assert_cmpuint (choe, !=, TAUTAN_NONE);
  n_kim = tautan_dataset_get_entity_n_events (ds, kim);
  n_choe = tautan_dataset_get_entity_n_events (ds, choe);

  merged = tautan_dataset_merge_entities (ds, "kim-jong-un", "choe-son-hui", &error);
  g_assert_no_error (error);
  /* The bundled dataset stays read-only, and where it was. */
  g_assert_true (tautan_dataset_get_read_only (merged));
  g_assert_true (g_file_equal (tautan_dataset_get_file (merged), tautan_dataset_get_file (ds)));
  g_assert_cmpuint (tautan_dataset_get_n_events (merged), ==, tautan_dataset_get_n_events (ds));
  g_assert_cmpuint (tautan_dataset_get_n_quotes (merged), ==, tautan_dataset_get_n_quotes (ds));
  kim = tautan_dataset_lookup_entity (merged, "kim-jong-un");
  /* Events of both, an event of both counted once. */
  g_assert_cmpuint (tautan_dataset_get_entity_n_events (merged, kim), <=, n_kim + n_choe);
  g_assert_cmpuint (tautan_dataset_get_entity_n_events (merged, kim), >, MAX (n_kim, n_choe));
  g_assert_true (has_alias (merged, "kim-jong-un", "Choe Son Hui"));
}

static void
test_split (void)
{
  g_autoptr(TautanDataset) ds = load_fixture ("minimal.json");
  g_autoptr(TautanDataset) split = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *new_id = NULL;
  const char *events[] = { "ev-2", NULL };
  const char *quotes[] = { "q-2", NULL };
  TautanEvent ev;
  TautanQuote q;
  TautanEntity e;

  split = tautan_dataset_split_entity (ds, "kim", "Kim Jong Un (in Pyongyang)", events, quotes, &new_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (new_id, ==, "kim-2");
  g_assert_cmpuint (tautan_dataset_get_n_entities (split), ==, tautan_dataset_get_n_entities (ds) + 1);
  get_entity (split, "kim-2", &e);
  g_assert_cmpstr (e.name, ==, "Kim Jong Un (in Pyongyang)");
  g_assert_cmpint (e.kind, ==, TAUTAN_ENTITY_PERSON);
  g_assert_cmpuint (e.index, ==, tautan_dataset_lookup_entity (split, "kim") + 1);

  get_event (split, "ev-2", &ev);
  g_assert_cmpstr (entity_id (split, ev.targets[0]), ==, "kim-2");
  get_event (split, "ev-1", &ev);
  g_assert_cmpstr (entity_id (split, ev.actors[0]), ==, "kim");
  get_quote (split, "q-2", &q);
  g_assert_cmpstr (entity_id (split, q.speaker), ==, "kim-2");
  get_quote (split, "q-1", &q);
  g_assert_cmpstr (entity_id (split, q.speaker), ==, "kim");

  /* An event the entity is not in cannot move. */
  {
    g_autoptr(TautanDataset) bad = NULL;
    const char *others[] = { "ev-1", NULL };

    bad = tautan_dataset_split_entity (ds, "kcna", "KCNA 2", others, NULL, NULL, &error);
    g_assert_null (bad);
    g_assert_error (error, TAUTAN_DATASET_EDIT_ERROR, TAUTAN_DATASET_EDIT_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "“ev-1”"));
    g_assert_nonnull (strstr (error->message, "“kcna”"));
  }
}

static void
test_edit_event (void)
{
  g_autoptr(TautanDataset) ds = load_fixture ("minimal.json");
  g_autoptr(TautanDataset) edited = NULL;
  g_autoptr(GError) error = NULL;
  const char *actors[] = { "kim", NULL };
  const char *targets[] = { "putin", "kcna", NULL };
  TautanEventValues values = {
    "support", tautan_day_from_ymd (2024, 6, 1), tautan_day_from_ymd (2024, 6, 30), TAUTAN_PRECISION_MONTH,
    actors, targets, TAUTAN_STATUS_CONFIRMED, "ev-1", NULL, "Checked against the KCNA text",
  };
  g_autofree char *json = NULL;
  TautanTaxonomy *taxonomy;
  TautanEvent ev;

  edited = tautan_dataset_edit_event (ds, "ev-2", &values, &error);
  g_assert_no_error (error);
  get_event (edited, "ev-2", &ev);
  taxonomy = tautan_dataset_get_taxonomy (edited);
  g_assert_cmpstr (tautan_taxonomy_get_event_type (taxonomy, ev.type)->id, ==, "support");
  g_assert_cmpint (ev.start, ==, tautan_day_from_ymd (2024, 6, 1));
  g_assert_cmpint (ev.end, ==, tautan_day_from_ymd (2024, 6, 30));
  g_assert_cmpint (ev.precision, ==, TAUTAN_PRECISION_MONTH);
  g_assert_cmpint (ev.status, ==, TAUTAN_STATUS_CONFIRMED);
  g_assert_cmpuint (ev.n_actors, ==, 1);
  g_assert_cmpstr (entity_id (edited, ev.actors[0]), ==, "kim");
  g_assert_cmpuint (ev.n_targets, ==, 2);
  g_assert_cmpstr (entity_id (edited, ev.targets[1]), ==, "kcna");
  g_assert_cmpuint (ev.responds_to, ==, tautan_dataset_lookup_event (edited, "ev-1"));
  /* Unchanged: the summary (NULL), sources, quotes, date basis. */
  g_assert_cmpstr (ev.summary, ==, "Putin meets Kim in Pyongyang.");
  g_assert_cmpuint (ev.n_quotes, ==, 1);
  g_assert_cmpstr (ev.date_words, ==, "in June");
  /* The analyst's note is kept, as a member the format has for entities. */
  json = tautan_dataset_to_json (edited, NULL);
  g_assert_nonnull (strstr (json, "\"notes\" : \"Checked against the KCNA text\""));
  {
    g_autofree char *notes = tautan_dataset_dup_event_notes (edited, ev.index);
    g_assert_cmpstr (notes, ==, "Checked against the KCNA text");
  }

  /* Day precision on one day. */
  values.start = values.end = tautan_day_from_ymd (2024, 6, 19);
  values.precision = TAUTAN_PRECISION_DAY;
  values.responds_to = NULL;
  g_clear_object (&edited);
  edited = tautan_dataset_edit_event (ds, "ev-2", &values, &error);
  g_assert_no_error (error);
  get_event (edited, "ev-2", &ev);
  g_assert_cmpint (ev.start, ==, tautan_day_from_ymd (2024, 6, 19));
  g_assert_cmpuint (ev.responds_to, ==, TAUTAN_NONE);
}

static void
test_edit_event_errors (void)
{
  g_autoptr(TautanDataset) ds = load_fixture ("minimal.json");
  g_autoptr(GError) error = NULL;
  const char *actors[] = { "kim", NULL };
  const char *nobody[] = { "nobody", NULL };
  TautanEventValues values = {
    "meet", tautan_day_from_ymd (2024, 6, 30), tautan_day_from_ymd (2024, 6, 1), TAUTAN_PRECISION_RANGE,
    actors, NULL, TAUTAN_STATUS_REPORTED, NULL, NULL, NULL,
  };

  g_assert_null (tautan_dataset_edit_event (ds, "ev-2", &values, &error));
  g_assert_error (error, TAUTAN_DATASET_EDIT_ERROR, TAUTAN_DATASET_EDIT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“ev-2”"));
  g_assert_nonnull (strstr (error->message, "before the start"));
  g_clear_error (&error);

  g_assert_null (tautan_dataset_edit_event (ds, "ev-9", &values, &error));
  g_assert_error (error, TAUTAN_DATASET_EDIT_ERROR, TAUTAN_DATASET_EDIT_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "“ev-9”"));
  g_clear_error (&error);

  values.end = values.start;
  values.actors = nobody;
  g_assert_null (tautan_dataset_edit_event (ds, "ev-2", &values, &error));
  g_assert_error (error, TAUTAN_DATASET_EDIT_ERROR, TAUTAN_DATASET_EDIT_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "“nobody”"));
  g_clear_error (&error);

  /* What the loader refuses too, in its words: a month that is not a
   * whole month. */
  values.actors = actors;
  values.precision = TAUTAN_PRECISION_MONTH;
  g_assert_null (tautan_dataset_edit_event (ds, "ev-2", &values, &error));
  g_assert_error (error, TAUTAN_DATASET_EDIT_ERROR, TAUTAN_DATASET_EDIT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "event “ev-2”: precision \"month\" needs the first to the last day of one month");
}

static void
test_edit_quote (void)
{
  g_autoptr(TautanDataset) ds = load_fixture ("minimal.json");
  g_autoptr(TautanDataset) once = NULL;
  g_autoptr(TautanDataset) twice = NULL;
  g_autoptr(GError) error = NULL;
  TautanQuote q;

  once = tautan_dataset_edit_quote (ds, "q-1", "putin", NULL, FALSE, &error);
  g_assert_no_error (error);
  get_quote (once, "q-1", &q);
  g_assert_cmpstr (entity_id (once, q.speaker), ==, "putin");
  g_assert_false (q.attribution_certain);

  twice = tautan_dataset_edit_quote (once, "q-1", NULL, "a Kremlin official", TRUE, &error);
  g_assert_no_error (error);
  get_quote (twice, "q-1", &q);
  g_assert_cmpuint (q.speaker, ==, TAUTAN_NONE);
  g_assert_cmpstr (q.speaker_text, ==, "a Kremlin official");
  g_assert_true (q.attribution_certain);

  g_assert_null (tautan_dataset_edit_quote (ds, "q-1", "nobody", NULL, TRUE, &error));
  g_assert_error (error, TAUTAN_DATASET_EDIT_ERROR, TAUTAN_DATASET_EDIT_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "“nobody”"));
  g_clear_error (&error);
  g_assert_null (tautan_dataset_edit_quote (ds, "q-7", "kim", NULL, TRUE, &error));
  g_assert_error (error, TAUTAN_DATASET_EDIT_ERROR, TAUTAN_DATASET_EDIT_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "“q-7”"));
}

/* Offsets are code points: "Seoul – " has a three-byte dash. */
static void
test_add_quote (void)
{
  g_autoptr(TautanDataset) ds = load_fixture ("minimal.json");
  g_autoptr(TautanDataset) added = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  TautanSource s;
  TautanQuote q;
  TautanEvent ev;
  const char *from;
  guint start, end;

  tautan_dataset_get_source (ds, tautan_dataset_lookup_source (ds, "src-1"), &s);
  from = strstr (s.text, "Kim praised Putin");
  start = g_utf8_pointer_to_offset (s.text, from);
  end = start + strlen ("Kim praised Putin");
  g_assert_cmpuint (start, <, (guint)(from - s.text));

  added = tautan_dataset_add_quote (ds, "src-1", start, end, "kim", NULL, FALSE, "ev-1", &id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (id, ==, "q-3");
  get_quote (added, id, &q);
  g_assert_cmpstr (q.text, ==, "Kim praised Putin");
  g_assert_cmpuint (q.start, ==, start);
  g_assert_cmpuint (q.end, ==, end);
  g_assert_false (q.attribution_certain);
  g_assert_cmpuint (q.event, ==, tautan_dataset_lookup_event (added, "ev-1"));
  get_event (added, "ev-1", &ev);
  g_assert_cmpuint (ev.n_quotes, ==, 2);
  g_assert_cmpuint (ev.quotes[1], ==, q.index);

  g_assert_null (tautan_dataset_add_quote (ds, "src-1", 10, 1000, "kim", NULL, TRUE, NULL, NULL, &error));
  g_assert_error (error, TAUTAN_DATASET_EDIT_ERROR, TAUTAN_DATASET_EDIT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“src-1”"));
  g_clear_error (&error);
  g_assert_null (tautan_dataset_add_quote (ds, "src-9", 0, 3, "kim", NULL, TRUE, NULL, NULL, &error));
  g_assert_error (error, TAUTAN_DATASET_EDIT_ERROR, TAUTAN_DATASET_EDIT_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "“src-9”"));
}

static void
test_add_event (void)
{
  g_autoptr(TautanDataset) ds = load_fixture ("minimal.json");
  g_autoptr(TautanDataset) added = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *json = NULL;
  const char *actors[] = { "putin", NULL };
  const char *targets[] = { "kim", NULL };
  TautanEventValues values = {
    "meet", tautan_day_from_ymd (2024, 6, 19), tautan_day_from_ymd (2024, 6, 19), TAUTAN_PRECISION_DAY,
    actors, targets, TAUTAN_STATUS_REPORTED, NULL, NULL, NULL,
  };
  TautanEvent ev;

  added = tautan_dataset_add_event (ds, "src-2", 0, 26, &values, &id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (id, ==, "ev-3");
  get_event (added, id, &ev);
  g_assert_cmpstr (ev.summary, ==, "Putin met Kim in Pyongyang");
  g_assert_cmpstr (ev.date_words, ==, "Putin met Kim in Pyongyang");
  g_assert_cmpuint (ev.n_sources, ==, 1);
  g_assert_cmpuint (ev.sources[0], ==, tautan_dataset_lookup_source (added, "src-2"));
  g_assert_cmpuint (ev.n_quotes, ==, 0);
  json = tautan_dataset_to_json (added, NULL);
  g_assert_nonnull (strstr (json, "\"x-selection\""));
}

/* Load, edit, save, load: unknown members everywhere survive. */
static void
test_round_trip (void)
{
  g_autoptr(TautanDataset) ds = load_fixture ("extras.json");
  g_autoptr(TautanDataset) edited = NULL;
  g_autoptr(TautanDataset) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("tautan-edit-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *json = NULL;
  g_autoptr(GFile) file = NULL;
  TautanEntityValues values = { "Kim Jong-un", NULL, TAUTAN_ENTITY_PERSON, "dprk", NULL, "renamed" };
  TautanEntity e;

  g_assert_no_error (error);
  edited = tautan_dataset_edit_entity (ds, "kim", &values, &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "edited.json", NULL);
  file = g_file_new_for_path (path);
  g_assert_true (tautan_dataset_save (edited, file, NULL, &error));
  g_assert_no_error (error);

  reloaded = tautan_dataset_load_file (file, FALSE, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  get_entity (reloaded, "kim", &e);
  g_assert_cmpstr (e.name, ==, "Kim Jong-un");
  g_assert_cmpstr (e.notes, ==, "renamed");
  json = tautan_dataset_to_json (reloaded, NULL);
  for (guint i = 0; i < 7; i++)
    {
      const char *member[] = { "x-top", "x-source-note", "x-relay", "x-wikidata", "x-tz", "x-basis", "x-event" };
      g_autofree char *quoted = g_strdup_printf ("\"%s\"", member[i]);

      g_assert_nonnull (strstr (json, quoted));
    }

  g_assert_no_errno (g_remove (path));
  g_assert_no_errno (g_rmdir (dir));
}

static TautanPoint
position_of (TautanSession *session,
             const char    *id)
{
  TautanDataset *ds = tautan_session_get_dataset (session);
  TautanLayout *layout = tautan_session_get_layout (session);
  g_autofree TautanPoint *points = g_new0 (TautanPoint, tautan_dataset_get_n_entities (ds));
  guint entity = tautan_dataset_lookup_entity (ds, id);

  g_assert_cmpuint (entity, !=, TAUTAN_NONE);
  tautan_layout_get_positions (layout, points);
  return points[entity];
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

/* An edit is one step of the session's history: undo puts the very same
 * dataset back, node places follow ids, saving ends "dataset-modified". */
static void
test_session_undo (void)
{
  g_autoptr(TautanDataset) ds = load_fixture ("duplicates.json");
  g_autoptr(TautanSession) session = tautan_session_new (ds);
  g_autoptr(TautanDataset) merged = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("tautan-session-edit-XXXXXX", &error);
  g_autofree char *ws_path = g_build_filename (dir, "w.tautan", NULL);
  g_autofree char *ds_path = g_build_filename (dir, "curated.json", NULL);
  g_autoptr(GFile) ws_file = g_file_new_for_path (ws_path);
  g_autoptr(GFile) ds_file = g_file_new_for_path (ds_path);
  guint n_dataset = 0, n_modified = 0;
  TautanPoint p;

  g_assert_no_error (error);
  tautan_session_move_node (session, tautan_dataset_lookup_entity (ds, "korut"), (TautanPoint) { 100, 50 });
  tautan_session_move_node (session, tautan_dataset_lookup_entity (ds, "korea-utara"), (TautanPoint) { 5, 5 });
  tautan_session_select_entity (session, tautan_dataset_lookup_entity (ds, "kim"));
  g_assert_true (tautan_session_save (session, ws_file, &error));
  g_assert_no_error (error);
  g_assert_false (tautan_session_get_modified (session));
  g_assert_false (tautan_session_get_dataset_modified (session));
  g_signal_connect (session, "notify::dataset", G_CALLBACK (count_cb), &n_dataset);
  g_signal_connect (session, "notify::dataset-modified", G_CALLBACK (count_cb), &n_modified);

  merged = tautan_dataset_merge_entities (ds, "korut", "korea-utara", &error);
  g_assert_no_error (error);
  tautan_session_replace_dataset (session, merged);
  g_assert_true (tautan_session_get_dataset (session) == merged);
  g_assert_true (tautan_session_get_dataset_modified (session));
  g_assert_false (tautan_session_get_modified (session));
  g_assert_true (tautan_session_get_can_undo (session));
  g_assert_cmpuint (n_dataset, ==, 1);
  g_assert_cmpuint (n_modified, ==, 1);
  /* A's place is kept, and the selection follows the id. */
  p = position_of (session, "korut");
  g_assert_cmpfloat (p.x, ==, 100);
  g_assert_cmpfloat (p.y, ==, 50);
  g_assert_true (tautan_session_get_pinned (session, tautan_dataset_lookup_entity (merged, "korut")));
  g_assert_cmpuint (tautan_session_get_selected_entity (session), ==, tautan_dataset_lookup_entity (merged, "kim"));
  g_assert_cmpuint (tautan_slice_get_n_events (tautan_session_get_slice (session)), ==, 3);

  g_assert_true (tautan_session_undo (session));
  g_assert_true (tautan_session_get_dataset (session) == ds);
  g_assert_false (tautan_session_get_dataset_modified (session));
  g_assert_false (tautan_session_get_modified (session));
  p = position_of (session, "korea-utara");
  g_assert_cmpfloat (p.x, ==, 5);
  g_assert_cmpfloat (p.y, ==, 5);
  g_assert_cmpuint (tautan_session_get_selected_entity (session), ==, tautan_dataset_lookup_entity (ds, "kim"));

  g_assert_true (tautan_session_redo (session));
  g_assert_true (tautan_session_get_dataset (session) == merged);
  g_assert_true (tautan_session_get_dataset_modified (session));
  g_assert_cmpuint (n_dataset, ==, 3);

  /* Saving: the dataset lives in the new file, and is the saved state. */
  g_assert_true (tautan_session_save_dataset (session, ds_file, &error));
  g_assert_no_error (error);
  g_assert_false (tautan_session_get_dataset_modified (session));
  g_assert_true (g_file_equal (tautan_dataset_get_file (merged), ds_file));
  /* The saved workspace names the old file: it is to be saved again. */
  g_assert_true (tautan_session_get_modified (session));
  g_assert_true (tautan_session_undo (session));
  g_assert_true (tautan_session_get_dataset_modified (session));
  g_assert_true (g_file_equal (tautan_dataset_get_file (tautan_session_get_dataset (session)), ds_file));

  /* A workspace edit after a dataset edit is one. */
  tautan_session_move_node (session, 0, (TautanPoint) { 1, 1 });
  g_assert_true (tautan_session_get_modified (session));

  g_assert_no_errno (g_remove (ds_path));
  g_assert_no_errno (g_remove (ws_path));
  g_assert_no_errno (g_rmdir (dir));
}

/* Every kind of edit, one after another, each undone and redone; then all
 * undone back to the dataset first opened. */
static void
test_session_each_edit (void)
{
  g_autoptr(TautanDataset) ds = load_fixture ("minimal.json");
  g_autoptr(TautanSession) session = tautan_session_new (ds);
  const char *aliases[] = { "Kim", NULL };
  const char *actors[] = { "putin", NULL };
  const char *targets[] = { "kim", NULL };
  const char *moved[] = { "q-2", NULL };
  TautanEntityValues entity = { "Kim Jong-un", aliases, TAUTAN_ENTITY_PERSON, NULL, NULL, "note" };
  TautanEventValues event = {
    "meet", tautan_day_from_ymd (2024, 6, 19), tautan_day_from_ymd (2024, 6, 19), TAUTAN_PRECISION_DAY,
    actors, targets, TAUTAN_STATUS_CONFIRMED, NULL, NULL, "checked",
  };

  for (guint step = 0; step < 7; step++)
    {
      TautanDataset *before = tautan_session_get_dataset (session);
      g_autoptr(TautanDataset) edited = NULL;
      g_autoptr(GError) error = NULL;

      switch (step)
        {
        case 0: edited = tautan_dataset_edit_entity (before, "kim", &entity, &error); break;
        case 1: edited = tautan_dataset_edit_event (before, "ev-2", &event, &error); break;
        case 2: edited = tautan_dataset_edit_quote (before, "q-1", "putin", NULL, FALSE, &error); break;
        case 3: edited = tautan_dataset_add_quote (before, "src-2", 0, 5, "putin", NULL, TRUE, NULL, NULL, &error); break;
        case 4: edited = tautan_dataset_add_event (before, "src-2", 0, 26, &event, NULL, &error); break;
        case 5: edited = tautan_dataset_split_entity (before, "kim", "Kim (2)", NULL, moved, NULL, &error); break;
        default: edited = tautan_dataset_merge_entities (before, "kim", "kim-2", &error); break;
        }
      g_assert_no_error (error);
      tautan_session_replace_dataset (session, edited);
      g_assert_true (tautan_session_get_dataset (session) == edited);
      g_assert_true (tautan_session_undo (session));
      g_assert_true (tautan_session_get_dataset (session) == before);
      g_assert_true (tautan_session_redo (session));
      g_assert_true (tautan_session_get_dataset (session) == edited);
      g_assert_true (tautan_session_get_dataset_modified (session));
    }
  g_assert_cmpuint (tautan_dataset_get_n_quotes (tautan_session_get_dataset (session)), ==, 3);
  g_assert_cmpuint (tautan_dataset_get_n_events (tautan_session_get_dataset (session)), ==, 3);

  for (guint step = 0; step < 7; step++)
    g_assert_true (tautan_session_undo (session));
  g_assert_false (tautan_session_get_can_undo (session));
  g_assert_true (tautan_session_get_dataset (session) == ds);
  g_assert_false (tautan_session_get_dataset_modified (session));
}

/* The columnar edits against the tree's */

/* Columns of string handles: compared by their strings, not their
 * handles, which depend on where a string landed in the blob. */
static gboolean
is_handle_column (TautanColumn c)
{
  static const TautanColumn handles[] = {
    COL_SRC_ID, COL_SRC_OUTLET, COL_SRC_TITLE, COL_SRC_URL, COL_SRC_LANGUAGE, COL_SRC_PUBLISHED_NOTE,
    COL_SRC_TEXT, COL_SRC_TEXT_FILE, COL_SRC_RELAYED, COL_SRC_EXTRAS,
    COL_ENT_ID, COL_ENT_NAME, COL_ENT_ROLE, COL_ENT_NOTES, COL_ENT_EXTRAS, COL_ENT_ALIASES,
    COL_EV_ID, COL_EV_SUMMARY, COL_EV_DATE_WORDS, COL_EV_DATE_NOTE, COL_EV_EXTRAS,
    COL_Q_ID, COL_Q_TEXT, COL_Q_SPEAKER_TEXT, COL_Q_GLOSS, COL_Q_NOTE, COL_Q_EXTRAS,
  };

  for (guint i = 0; i < G_N_ELEMENTS (handles); i++)
    if (handles[i] == c)
      return TRUE;
  return FALSE;
}

static gboolean
is_extras_column (TautanColumn c)
{
  return c == COL_SRC_EXTRAS || c == COL_ENT_EXTRAS || c == COL_EV_EXTRAS || c == COL_Q_EXTRAS;
}

/* The same dataset: written out byte for byte, every column alike (the
 * indexes too), and where the old one was. */
static void
assert_same_dataset (TautanDataset *columns,
                     TautanDataset *tree)
{
  g_autofree char *a = tautan_dataset_to_json (columns, NULL);
  g_autofree char *b = tautan_dataset_to_json (tree, NULL);

  g_assert_cmpstr (a, ==, b);
  g_assert_true (tautan_dataset_get_read_only (columns) == tautan_dataset_get_read_only (tree));
  g_assert_true (tautan_dataset_get_file (columns) == tautan_dataset_get_file (tree) ||
                 g_file_equal (tautan_dataset_get_file (columns), tautan_dataset_get_file (tree)));

  for (guint c = 0; c < N_COLUMNS; c++)
    {
      gsize n_a, n_b;
      const void *x = _tautan_dataset_column_data (columns, c, &n_a);
      const void *y = _tautan_dataset_column_data (tree, c, &n_b);

      if (c == COL_STR)
        continue;
      g_assert_cmpuint (n_a, ==, n_b);
      if (c == COL_META)
        {
          /* The handles first, then numbers. */
          for (guint k = META_SPAN_FROM; k < N_META; k++)
            g_assert_cmpuint (((const guint32 *)x)[k], ==, ((const guint32 *)y)[k]);
          for (guint k = 0; k < META_SPAN_FROM; k++)
            if (k != META_EXTRAS)
              g_assert_cmpstr (tautan_dataset_get_string (columns, ((const guint32 *)x)[k]), ==,
                               tautan_dataset_get_string (tree, ((const guint32 *)y)[k]));
        }
      else if (is_handle_column (c))
        for (gsize k = 0; k < n_a; k++)
          {
            const char *sx = tautan_dataset_get_string (columns, ((const guint32 *)x)[k]);
            const char *sy = tautan_dataset_get_string (tree, ((const guint32 *)y)[k]);

            /* Unknown members are kept as written, and the tree's are
             * written pretty: their text differs, what it says does not
             * (the JSON written above). */
            if (is_extras_column (c))
              g_assert_true ((sx == NULL) == (sy == NULL));
            else
              g_assert_cmpstr (sx, ==, sy);
          }
      else if (n_a > 0)
        g_assert_cmpmem (x, n_a * tautan_column_info[c].elem_size, y, n_b * tautan_column_info[c].elem_size);
    }
}

/* @c made both ways: the same dataset and new id, or the same error. */
static void
check_edit (TautanDataset        *ds,
            const TautanEditCase *c)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) tree_error = NULL;
  g_autofree char *new_id = NULL;
  g_autofree char *tree_new_id = NULL;
  g_autoptr(TautanDataset) columns = tautan_edit_case_apply (ds, c, FALSE, &new_id, &error);
  g_autoptr(TautanDataset) tree = tautan_edit_case_apply (ds, c, TRUE, &tree_new_id, &tree_error);

  g_assert_cmpstr (new_id, ==, tree_new_id);
  if (tree == NULL)
    {
      g_assert_null (columns);
      g_assert_nonnull (error);
      g_assert_nonnull (tree_error);
      g_assert_true (error->domain == tree_error->domain);
      g_assert_cmpint (error->code, ==, tree_error->code);
      g_assert_cmpstr (error->message, ==, tree_error->message);
      /* What the loader would refuse is refused before: never after. */
      g_assert_cmpint (error->code, !=, TAUTAN_DATASET_EDIT_ERROR_REJECTED);
      return;
    }
  g_assert_no_error (error);
  assert_same_dataset (columns, tree);
}

#define CHECK_EDIT(ds, ...) check_edit ((ds), &(TautanEditCase) { __VA_ARGS__ })

/* Splits of @entity: every other event and quote of its; then mistakes. */
static void
check_splits (TautanDataset *ds,
              guint          entity)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new ();
  g_autoptr(GPtrArray) quotes = g_ptr_array_new ();
  g_autoptr(GPtrArray) twice = g_ptr_array_new ();
  const char *other_event = NULL;
  TautanEntity e;

  tautan_dataset_get_entity (ds, entity, &e);
  for (guint i = 0; i < tautan_dataset_get_n_events (ds); i++)
    {
      TautanEvent ev;
      gboolean in = FALSE;

      tautan_dataset_get_event (ds, i, &ev);
      for (guint k = 0; k < ev.n_actors; k++)
        in |= ev.actors[k] == entity;
      for (guint k = 0; k < ev.n_targets; k++)
        in |= ev.targets[k] == entity;
      if (in && i % 2 == 0)
        g_ptr_array_add (events, (gpointer)ev.id);
      else if (!in && other_event == NULL)
        other_event = ev.id;
    }
  for (guint i = 0; i < tautan_dataset_get_n_quotes (ds); i++)
    {
      TautanQuote q;

      tautan_dataset_get_quote (ds, i, &q);
      if (q.speaker == entity && i % 2 == 1)
        g_ptr_array_add (quotes, (gpointer)q.id);
    }
  if (events->len > 0)
    {
      g_ptr_array_add (twice, events->pdata[0]);
      g_ptr_array_add (twice, events->pdata[0]);
    }
  g_ptr_array_add (twice, NULL);
  g_ptr_array_add (events, NULL);
  g_ptr_array_add (quotes, NULL);

  {
    const char * const *moved = (const char * const *)events->pdata;
    const char * const *spoken = (const char * const *)quotes->pdata;
    const char *other[] = { other_event, NULL };
    const char *missing[] = { "ev-none", NULL };
    /* The events and quotes moved, and every mistake. */
    const TautanEditCase cases[] = {
      { .kind = TAUTAN_EDIT_SPLIT, .id = e.id, .new_name = "Split “off”", .events = moved, .quotes = spoken },
      { .kind = TAUTAN_EDIT_SPLIT, .id = e.id, .new_name = "Split", .events = moved },
      { .kind = TAUTAN_EDIT_SPLIT, .id = e.id, .new_name = "Split", .quotes = spoken },
      { .kind = TAUTAN_EDIT_SPLIT, .id = e.id, .new_name = "", .events = moved },
      { .kind = TAUTAN_EDIT_SPLIT, .id = e.id, .new_name = "Split", .events = (const char * const *)twice->pdata },
      { .kind = TAUTAN_EDIT_SPLIT, .id = e.id, .new_name = "Split", .events = other },
      { .kind = TAUTAN_EDIT_SPLIT, .id = e.id, .new_name = "Split", .events = missing },
      { .kind = TAUTAN_EDIT_SPLIT, .id = e.id, .new_name = "Split", .quotes = missing },
    };

    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      check_edit (ds, &cases[i]);
  }
}

/* Event edits: as it is, every field changed, notes set and cleared, and
 * each mistake; quote edits: each speaker both ways. */
static void
check_event_and_quote_edits (TautanDataset *ds,
                             guint          max_edits)
{
  TautanTaxonomy *taxonomy = tautan_dataset_get_taxonomy (ds);
  guint n_events = tautan_dataset_get_n_events (ds);
  guint n_quotes = tautan_dataset_get_n_quotes (ds);
  guint n_entities = tautan_dataset_get_n_entities (ds);

  for (guint i = 0; i < n_events; i += MAX (n_events / max_edits, 1))
    {
      g_autoptr(GPtrArray) actors = g_ptr_array_new ();
      g_autoptr(GPtrArray) targets = g_ptr_array_new ();
      g_autofree char *notes = tautan_dataset_dup_event_notes (ds, i);
      TautanEventValues values = { 0 };
      TautanEvent ev, other;

      tautan_dataset_get_event (ds, i, &ev);
      tautan_dataset_get_event (ds, (i + 1) % n_events, &other);
      for (guint k = 0; k < ev.n_actors; k++)
        g_ptr_array_add (actors, (gpointer)entity_id (ds, ev.actors[k]));
      for (guint k = 0; k < ev.n_targets; k++)
        g_ptr_array_add (targets, (gpointer)entity_id (ds, ev.targets[k]));
      g_ptr_array_add (actors, NULL);
      g_ptr_array_add (targets, NULL);
      values.type = tautan_taxonomy_get_event_type (taxonomy, ev.type)->id;
      values.start = ev.start;
      values.end = ev.end;
      values.precision = ev.precision;
      values.actors = (const char * const *)actors->pdata;
      values.targets = (const char * const *)targets->pdata;
      values.status = ev.status;
      values.notes = notes;
      if (ev.responds_to != TAUTAN_NONE)
        {
          TautanEvent answered;

          tautan_dataset_get_event (ds, ev.responds_to, &answered);
          values.responds_to = answered.id;
        }
      CHECK_EDIT (ds, .kind = TAUTAN_EDIT_EVENT, .id = ev.id, .event = &values);

      /* Everything changed: another type, a year, a target twice and
       * one that is also an actor, another status, an answer, notes. */
      {
        const char *more[] = { entity_id (ds, (ev.actors[0] + 1) % n_entities),
                               entity_id (ds, (ev.actors[0] + 1) % n_entities), entity_id (ds, ev.actors[0]), NULL };

        values.type = tautan_taxonomy_get_event_type (taxonomy, (ev.type + 1) % tautan_taxonomy_get_n_types (taxonomy))->id;
        values.start = tautan_day_from_ymd (2023, 1, 1);
        values.end = tautan_day_from_ymd (2023, 12, 31);
        values.precision = TAUTAN_PRECISION_YEAR;
        values.targets = more;
        values.status = (ev.status + 1) % TAUTAN_N_STATUSES;
        values.responds_to = other.id != ev.id ? other.id : NULL;
        values.summary = "A new “summary”";
        values.notes = "Checked \"twice\"";
        CHECK_EDIT (ds, .kind = TAUTAN_EDIT_EVENT, .id = ev.id, .event = &values);
        values.notes = "";
        values.summary = NULL;
        values.responds_to = "";
        values.targets = NULL;
        CHECK_EDIT (ds, .kind = TAUTAN_EDIT_EVENT, .id = ev.id, .event = &values);

        /* What only the loader refuses, and the rest. */
        values.precision = TAUTAN_PRECISION_MONTH;
        CHECK_EDIT (ds, .kind = TAUTAN_EDIT_EVENT, .id = ev.id, .event = &values);
        values.precision = TAUTAN_PRECISION_DAY;
        CHECK_EDIT (ds, .kind = TAUTAN_EDIT_EVENT, .id = ev.id, .event = &values);
        values.precision = TAUTAN_PRECISION_YEAR;
        values.responds_to = ev.id;
        CHECK_EDIT (ds, .kind = TAUTAN_EDIT_EVENT, .id = ev.id, .event = &values);
        values.responds_to = "ev-none";
        CHECK_EDIT (ds, .kind = TAUTAN_EDIT_EVENT, .id = ev.id, .event = &values);
        values.responds_to = NULL;
        values.type = "no-such-type";
        CHECK_EDIT (ds, .kind = TAUTAN_EDIT_EVENT, .id = ev.id, .event = &values);
      }
    }
  {
    const char *actors[] = { entity_id (ds, 0), NULL };
    const char *nobody[] = { "nobody", NULL };
    TautanEventValues values = { "meet", tautan_day_from_ymd (2024, 6, 1), tautan_day_from_ymd (2024, 6, 1),
                                 TAUTAN_PRECISION_DAY, actors, NULL, TAUTAN_STATUS_REPORTED, NULL, NULL, NULL };

    TautanEvent first;

    CHECK_EDIT (ds, .kind = TAUTAN_EDIT_EVENT, .id = "ev-none", .event = &values);
    values.actors = nobody;
    tautan_dataset_get_event (ds, 0, &first);
    CHECK_EDIT (ds, .kind = TAUTAN_EDIT_EVENT, .id = first.id, .event = &values);
  }

  for (guint i = 0; i < n_quotes; i += MAX (n_quotes / max_edits, 1))
    {
      TautanQuote q;

      tautan_dataset_get_quote (ds, i, &q);
      {
        const char *speaker = q.speaker != TAUTAN_NONE ? entity_id (ds, q.speaker) : NULL;
        /* Each speaker both ways, as it is, and the mistakes. */
        const TautanEditCase cases[] = {
          { .kind = TAUTAN_EDIT_QUOTE, .id = q.id, .speaker = entity_id (ds, (i * 7) % n_entities),
            .certain = i % 2 },
          { .kind = TAUTAN_EDIT_QUOTE, .id = q.id, .speaker_text = "a ministry official",
            .certain = !q.attribution_certain },
          { .kind = TAUTAN_EDIT_QUOTE, .id = q.id, .speaker = speaker, .speaker_text = q.speaker_text,
            .certain = q.attribution_certain },
          { .kind = TAUTAN_EDIT_QUOTE, .id = q.id, .speaker_text = "", .certain = TRUE },
          { .kind = TAUTAN_EDIT_QUOTE, .id = q.id, .speaker = "nobody", .certain = TRUE },
        };

        for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
          check_edit (ds, &cases[k]);
      }
    }
  CHECK_EDIT (ds, .kind = TAUTAN_EDIT_QUOTE, .id = "q-none", .speaker_text = "someone", .certain = TRUE);
}

/* Quotes and events created from selections in every source (or in
 * @max_sources spread over them): some words, the rest of the text, each
 * kind of speaker, an event supported, and each mistake. */
static void
check_creates (TautanDataset *ds,
               guint          max_sources)
{
  TautanTaxonomy *taxonomy = tautan_dataset_get_taxonomy (ds);
  guint n_sources = tautan_dataset_get_n_sources (ds);
  guint n_events = tautan_dataset_get_n_events (ds);
  guint n_entities = tautan_dataset_get_n_entities (ds);
  g_autofree char *next_event = g_strdup_printf ("ev-%u", n_events + 1);

  for (guint i = 0; i < n_sources; i += MAX (n_sources / max_sources, 1))
    {
      TautanSource s;
      TautanEvent ev;
      guint length, mid;

      tautan_dataset_get_source (ds, i, &s);
      tautan_dataset_get_event (ds, (i * 3) % n_events, &ev);
      length = s.text != NULL ? (guint)g_utf8_strlen (s.text, -1) : 0;
      mid = length / 2;
      {
        const char *actors[] = { entity_id (ds, i % n_entities), NULL };
        const char *targets[] = { entity_id (ds, (i + 1) % n_entities), entity_id (ds, i % n_entities), NULL };
        TautanEventValues values = { tautan_taxonomy_get_event_type (taxonomy, ev.type)->id, ev.start, ev.end,
                                     ev.precision, actors, targets, ev.status, ev.id, NULL, NULL };
        TautanEventValues changed = values, unfit = values, itself = values;
        const TautanEditCase cases[] = {
          { .kind = TAUTAN_EDIT_ADD_QUOTE, .id = s.id, .start = 0, .end = MIN (length, 12), .speaker = actors[0],
            .supports = ev.id },
          { .kind = TAUTAN_EDIT_ADD_QUOTE, .id = s.id, .start = mid, .end = length, .speaker_text = "a spokesman",
            .certain = TRUE },
          { .kind = TAUTAN_EDIT_ADD_QUOTE, .id = s.id, .start = mid, .end = mid + 1, .speaker = "nobody" },
          { .kind = TAUTAN_EDIT_ADD_QUOTE, .id = s.id, .start = 0, .end = 1, .speaker_text = "" },
          { .kind = TAUTAN_EDIT_ADD_QUOTE, .id = s.id, .start = 0, .end = 1, .speaker = actors[0],
            .supports = "ev-none" },
          { .kind = TAUTAN_EDIT_ADD_QUOTE, .id = s.id, .start = length, .end = length + 1, .speaker = actors[0] },
          { .kind = TAUTAN_EDIT_ADD_QUOTE, .id = s.id, .start = 2, .end = 2, .speaker = actors[0] },
          { .kind = TAUTAN_EDIT_ADD_EVENT, .id = s.id, .start = 0, .end = length, .event = &values },
          { .kind = TAUTAN_EDIT_ADD_EVENT, .id = s.id, .start = mid, .end = MIN (mid + 30, length),
            .event = &changed },
          { .kind = TAUTAN_EDIT_ADD_EVENT, .id = s.id, .start = mid, .end = mid + 1, .event = &unfit },
          { .kind = TAUTAN_EDIT_ADD_EVENT, .id = s.id, .start = 0, .end = 1, .event = &itself },
        };

        changed.summary = "Said “so”";
        changed.notes = "Checked \"twice\"";
        changed.responds_to = NULL;
        changed.targets = NULL;
        unfit.precision = TAUTAN_PRECISION_DAY;
        unfit.end = unfit.start + 3;
        itself.responds_to = next_event;
        for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
          check_edit (ds, &cases[k]);
      }
    }
  CHECK_EDIT (ds, .kind = TAUTAN_EDIT_ADD_QUOTE, .id = "src-none", .start = 0, .end = 1,
              .speaker_text = "someone");
  CHECK_EDIT (ds, .kind = TAUTAN_EDIT_ADD_QUOTE, .start = 0, .end = 1, .speaker_text = "someone");
}

/* Merges (every pair when there are at most @max_pairs, else as many
 * spread over them), entity edits of every kind, splits, event and quote
 * edits on an eighth as many records, made both ways. Each tree edit
 * takes long under the sanitizers: kept to some hundred. */
static void
check_columns_match_tree (TautanDataset *ds,
                          guint          max_pairs)
{
  guint n = tautan_dataset_get_n_entities (ds);
  guint step = n * n > max_pairs ? n * n / max_pairs + 1 : 1;

  for (guint k = 0; k < n * n; k += step)
    {
      TautanEntity a, b;

      tautan_dataset_get_entity (ds, k / n, &a);
      tautan_dataset_get_entity (ds, k % n, &b);
      CHECK_EDIT (ds, .kind = TAUTAN_EDIT_MERGE, .id = a.id, .from = b.id);
    }
  CHECK_EDIT (ds, .kind = TAUTAN_EDIT_MERGE, .id = "atlantis", .from = entity_id (ds, 0));
  CHECK_EDIT (ds, .kind = TAUTAN_EDIT_MERGE, .id = entity_id (ds, 0), .from = "atlantis");

  for (guint i = 0; i < n; i += MAX (n / MAX (max_pairs / 8, 1), 1))
    {
      TautanEntity e, other;
      g_autoptr(GPtrArray) aliases = g_ptr_array_new ();
      TautanEntityValues values = { 0 };

      tautan_dataset_get_entity (ds, i, &e);
      tautan_dataset_get_entity (ds, (i + 1) % n, &other);

      /* As it is: nothing changes. */
      for (guint k = 0; k < e.n_aliases; k++)
        g_ptr_array_add (aliases, (gpointer)tautan_dataset_get_string (ds, e.aliases[k]));
      g_ptr_array_add (aliases, NULL);
      values.name = e.name;
      values.aliases = (const char * const *)aliases->pdata;
      values.kind = e.kind;
      values.affiliation = e.affiliation != TAUTAN_NONE ? entity_id (ds, e.affiliation) : NULL;
      values.role = e.role;
      values.notes = e.notes;
      CHECK_EDIT (ds, .kind = TAUTAN_EDIT_ENTITY, .id = e.id, .entity = &values);

      /* Everything changed: a new name, an alias twice, one it had, the
       * other's name, another kind, another affiliation, no role. */
      {
        const char *more[] = { "Nama baru", "Nama baru", e.name, other.name, NULL };
        TautanEntityValues changed = { "Nama baru (edited) “x”", more, (e.kind + 1) % TAUTAN_N_ENTITY_KINDS,
                                       (i + 1) % n != i ? other.id : NULL, "", "Catatan: \"quoted\"\n" };

        CHECK_EDIT (ds, .kind = TAUTAN_EDIT_ENTITY, .id = e.id, .entity = &changed);
        changed.affiliation = "";
        changed.role = "Minister";
        changed.notes = NULL;
        changed.aliases = NULL;
        CHECK_EDIT (ds, .kind = TAUTAN_EDIT_ENTITY, .id = e.id, .entity = &changed);
        /* Errors: both ways say the same. */
        changed.affiliation = e.id;
        CHECK_EDIT (ds, .kind = TAUTAN_EDIT_ENTITY, .id = e.id, .entity = &changed);
        changed.affiliation = "atlantis";
        CHECK_EDIT (ds, .kind = TAUTAN_EDIT_ENTITY, .id = e.id, .entity = &changed);
        changed.affiliation = NULL;
        changed.name = "";
        CHECK_EDIT (ds, .kind = TAUTAN_EDIT_ENTITY, .id = e.id, .entity = &changed);
      }
    }
  {
    TautanEntityValues values = { "Nobody", NULL, TAUTAN_ENTITY_PERSON, NULL, NULL, NULL };

    CHECK_EDIT (ds, .kind = TAUTAN_EDIT_ENTITY, .id = "atlantis", .entity = &values);
  }

  for (guint i = 0; i < n; i += MAX (n / MAX (max_pairs / 8, 1), 1))
    check_splits (ds, i);
  check_event_and_quote_edits (ds, MAX (max_pairs / 8, 1));
}

static void
test_columns_fixtures (void)
{
  const char *fixtures[] = { "minimal.json", "duplicates.json", "extras.json" };

  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      g_autoptr(TautanDataset) ds = load_fixture (fixtures[i]);

      check_columns_match_tree (ds, 64);
      check_creates (ds, 8);
    }
}

static void
test_columns_bundled (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanDataset) ds = tautan_dataset_load_resource (BUNDLED, &error);

  g_assert_no_error (error);
  check_columns_match_tree (ds, 16);
  check_creates (ds, 2);
}

/* A generated dataset, as the benchmarks make them: hundreds of events,
 * relayed sources, affiliations to merged states. */
static void
test_columns_generated (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("tautan-edit-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "generated.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(TautanDataset) ds = NULL;
  g_autoptr(TautanDataset) columns = NULL;
  g_autoptr(TautanDataset) tree = NULL;
  g_autofree char *new_quote = NULL;
  const char *moved[] = { NULL, NULL };
  const char *aliases[] = { "Satu", "Dua", NULL };
  const char *actors[] = { "e3", "e5", NULL };
  TautanEntityValues values = { "Renamed", aliases, TAUTAN_ENTITY_STATE, NULL, "Role", "Notes" };
  TautanEventValues event = { "meet", tautan_day_from_ymd (2024, 6, 1), tautan_day_from_ymd (2024, 6, 7),
                              TAUTAN_PRECISION_WEEK, actors, NULL, TAUTAN_STATUS_CLAIMED, "ev2", NULL, "Seen" };
  /* Each edit on the one before, whose blob has strings of its own. */
  const TautanEditCase chain[] = {
    { .kind = TAUTAN_EDIT_MERGE, .id = "e3", .from = "e8" },
    { .kind = TAUTAN_EDIT_ENTITY, .id = "e3", .entity = &values },
    { .kind = TAUTAN_EDIT_ADD_QUOTE, .id = "s0", .start = 2, .end = 14, .speaker = "e3", .supports = "ev5" },
    { .kind = TAUTAN_EDIT_ADD_EVENT, .id = "s0", .start = 0, .end = 20, .event = &event },
    { .kind = TAUTAN_EDIT_ADD_QUOTE, .id = "s0", .start = 1, .end = 9, .speaker_text = "an aide",
      .certain = TRUE },
    { .kind = TAUTAN_EDIT_MERGE, .id = "e10", .from = "e3" },
    { .kind = TAUTAN_EDIT_SPLIT, .id = "e10", .new_name = "Ten", .quotes = moved },
  };

  g_assert_no_error (error);
  g_assert_true (tautan_bench_gen_write (path, 200, 30, 7, &error));
  g_assert_no_error (error);
  ds = tautan_dataset_load_file (file, FALSE, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  /* the tree's edits take tens of milliseconds each here; creations are
   * made in the chain below */
  check_columns_match_tree (ds, 4);

  /* The quote the chain adds first is "q-" and the next number. */
  new_quote = g_strdup_printf ("q-%u", tautan_dataset_get_n_quotes (ds) + 1);
  moved[0] = new_quote;
  columns = g_object_ref (ds);
  tree = g_object_ref (ds);
  for (guint i = 0; i < G_N_ELEMENTS (chain); i++)
    {
      TautanDataset *next = tautan_edit_case_apply (columns, &chain[i], FALSE, NULL, &error);
      TautanDataset *tree_next;

      g_assert_no_error (error);
      tree_next = tautan_edit_case_apply (tree, &chain[i], TRUE, NULL, &error);
      g_assert_no_error (error);
      g_object_unref (columns);
      g_object_unref (tree);
      columns = next;
      tree = tree_next;
      assert_same_dataset (columns, tree);
    }

  g_assert_no_errno (g_remove (path));
  g_assert_no_errno (g_rmdir (dir));
}

/* What an edit does not change is the old dataset's, not a copy. */
static void
test_columns_share (void)
{
  g_autoptr(TautanDataset) ds = load_fixture ("duplicates.json");
  g_autoptr(TautanDataset) kind = NULL;
  g_autoptr(TautanDataset) renamed = NULL;
  g_autoptr(TautanDataset) merged = NULL;
  g_autoptr(GError) error = NULL;
  TautanEntityValues values = { "Rusia", NULL, TAUTAN_ENTITY_ORGANISATION, NULL, NULL, NULL };

  kind = tautan_dataset_edit_entity (ds, "russia", &values, &error);
  g_assert_no_error (error);
  /* A kind changed: every string and index is the old one's. */
  g_assert_true (_tautan_dataset_get_column (kind, COL_STR) == _tautan_dataset_get_column (ds, COL_STR));
  g_assert_true (_tautan_dataset_get_column (kind, COL_EV_ACTORS) == _tautan_dataset_get_column (ds, COL_EV_ACTORS));
  g_assert_true (_tautan_dataset_get_column (kind, COL_EDGE_SRC) == _tautan_dataset_get_column (ds, COL_EDGE_SRC));
  g_assert_true (_tautan_dataset_get_column (kind, COL_ENT_KIND) != _tautan_dataset_get_column (ds, COL_ENT_KIND));

  values.name = "Russia";
  renamed = tautan_dataset_edit_entity (ds, "russia", &values, &error);
  g_assert_no_error (error);
  g_assert_true (_tautan_dataset_get_column (renamed, COL_STR) != _tautan_dataset_get_column (ds, COL_STR));
  g_assert_true (_tautan_dataset_get_column (renamed, COL_Q_TEXT) == _tautan_dataset_get_column (ds, COL_Q_TEXT));

  /* A merge renumbers entities, but its sources and texts stay shared. */
  merged = tautan_dataset_merge_entities (ds, "kim", "kim-jong-un", &error);
  g_assert_no_error (error);
  g_assert_true (_tautan_dataset_get_column (merged, COL_STR) == _tautan_dataset_get_column (ds, COL_STR));
  g_assert_true (_tautan_dataset_get_column (merged, COL_SRC_TEXT) == _tautan_dataset_get_column (ds, COL_SRC_TEXT));
  g_assert_true (_tautan_dataset_get_column (merged, COL_EV_ACTORS) != _tautan_dataset_get_column (ds, COL_EV_ACTORS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/dataset-edit/entity", test_edit_entity);
  g_test_add_func ("/dataset-edit/entity-errors", test_edit_entity_errors);
  g_test_add_func ("/dataset-edit/merge-duplicates", test_merge_duplicates);
  g_test_add_func ("/dataset-edit/merge-errors", test_merge_errors);
  g_test_add_func ("/dataset-edit/merge-bundled", test_merge_bundled);
  g_test_add_func ("/dataset-edit/split", test_split);
  g_test_add_func ("/dataset-edit/event", test_edit_event);
  g_test_add_func ("/dataset-edit/event-errors", test_edit_event_errors);
  g_test_add_func ("/dataset-edit/quote", test_edit_quote);
  g_test_add_func ("/dataset-edit/add-quote", test_add_quote);
  g_test_add_func ("/dataset-edit/add-event", test_add_event);
  g_test_add_func ("/dataset-edit/round-trip", test_round_trip);
  g_test_add_func ("/dataset-edit/session-undo", test_session_undo);
  g_test_add_func ("/dataset-edit/session-each-edit", test_session_each_edit);
  g_test_add_func ("/dataset-edit/columns-fixtures", test_columns_fixtures);
  g_test_add_func ("/dataset-edit/columns-bundled", test_columns_bundled);
  g_test_add_func ("/dataset-edit/columns-generated", test_columns_generated);
  g_test_add_func ("/dataset-edit/columns-share", test_columns_share);

  return g_test_run ();
}
