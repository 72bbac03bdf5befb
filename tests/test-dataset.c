/* test-dataset.c: loading, accessors, round trip, async load
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "tautan/tautan-dataset.h"
#include "tautan/tautan-diagnostic.h"
#include "tautan/tautan-histogram.h"
#include "tautan/tautan-slice.h"

#include "tautan-dataset-private.h"

static TautanDataset *
load_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) error = NULL;
  TautanDataset *dataset;

  dataset = tautan_dataset_load_file (file, FALSE, NULL, NULL, NULL, &diagnostics, &error);
  if (dataset == NULL && diagnostics->len > 0)
    {
      g_autofree char *text = tautan_diagnostics_format (diagnostics, 0);
      g_printerr ("%s\n", text);
    }
  g_assert_no_error (error);
  g_assert_nonnull (dataset);

  return dataset;
}

static void
test_accessors (void)
{
  g_autoptr(TautanDataset) ds = load_fixture ("extras.json");
  TautanTaxonomy *taxonomy = tautan_dataset_get_taxonomy (ds);
  TautanSource source;
  TautanEntity kim;
  TautanEvent e1, e2;
  TautanQuote q1, q2;

  g_assert_cmpstr (tautan_dataset_get_title (ds), ==, "Unknown members survive a save");
  g_assert_cmpuint (tautan_dataset_get_n_sources (ds), ==, 1);
  g_assert_cmpuint (tautan_dataset_get_n_entities (ds), ==, 6);
  g_assert_cmpuint (tautan_dataset_get_n_events (ds), ==, 2);
  g_assert_cmpuint (tautan_dataset_get_n_quotes (ds), ==, 2);

  tautan_dataset_get_source (ds, 0, &source);
  g_assert_cmpstr (source.outlet, ==, "Test Wire");
  g_assert_true (source.relayed);
  g_assert_false (source.state_media);
  g_assert_cmpint (source.published, ==, tautan_day_from_ymd (2024, 6, 20));

  tautan_dataset_get_entity (ds, tautan_dataset_lookup_entity (ds, "kim"), &kim);
  g_assert_cmpstr (kim.name, ==, "Kim Jong Un");
  g_assert_cmpint (kim.kind, ==, TAUTAN_ENTITY_PERSON);
  g_assert_cmpuint (kim.affiliation, ==, tautan_dataset_lookup_entity (ds, "dprk"));
  g_assert_cmpuint (kim.n_aliases, ==, 1);
  g_assert_cmpstr (tautan_dataset_get_string (ds, kim.aliases[0]), ==, "김정은");

  /* The dataset's own event type, from its taxonomy override. */
  tautan_dataset_get_event (ds, 0, &e1);
  g_assert_cmpstr (tautan_taxonomy_get_event_type (taxonomy, e1.type)->id, ==, "summit");
  g_assert_cmpint (tautan_taxonomy_lookup (taxonomy, "support"), >=, 0);
  g_assert_cmpuint (e1.n_actors, ==, 1);
  g_assert_cmpuint (e1.actors[0], ==, tautan_dataset_lookup_entity (ds, "putin"));
  g_assert_cmpuint (e1.targets[0], ==, kim.index);
  g_assert_cmpint (e1.date_method, ==, TAUTAN_DATE_RELATIVE);

  tautan_dataset_get_event (ds, 1, &e2);
  g_assert_cmpint (e2.precision, ==, TAUTAN_PRECISION_MONTH);
  g_assert_cmpint (e2.status, ==, TAUTAN_STATUS_DENIED);
  g_assert_cmpuint (e2.responds_to, ==, 0);
  g_assert_cmpuint (e2.n_targets, ==, 0);
  g_assert_cmpstr (e2.date_note, ==, "publication month");

  tautan_dataset_get_quote (ds, 0, &q1);
  g_assert_cmpstr (q1.text, ==, "We stand together,");
  g_assert_cmpuint (q1.speaker, ==, kim.index);
  g_assert_true (q1.attribution_certain);
  g_assert_cmpuint (q1.n_relayed_by, ==, 1);
  tautan_dataset_get_quote (ds, 1, &q2);
  g_assert_cmpuint (q2.speaker, ==, TAUTAN_NONE);
  g_assert_cmpstr (q2.speaker_text, ==, "a ministry spokesperson");
  g_assert_false (q2.attribution_certain);

  g_assert_cmpuint (tautan_dataset_lookup_entity (ds, "nobody"), ==, TAUTAN_NONE);
}

/* A null member, an empty optional list and an absent member mean the
 * same: drop them before comparing. */
static void
strip_nulls (JsonNode *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) members = json_object_get_members (object);

      for (GList *l = members; l; l = l->next)
        {
          JsonNode *child = json_object_get_member (object, l->data);

          if (JSON_NODE_HOLDS_NULL (child) ||
              (JSON_NODE_HOLDS_ARRAY (child) && json_array_get_length (json_node_get_array (child)) == 0))
            json_object_remove_member (object, l->data);
          else
            strip_nulls (child);
        }
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        strip_nulls (json_array_get_element (array, i));
    }
}

static JsonNode *
parse_stripped (const char *data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonNode *root;

  json_parser_load_from_data (parser, data, -1, &error);
  g_assert_no_error (error);
  root = json_node_copy (json_parser_get_root (parser));
  strip_nulls (root);
  return root;
}

static void
test_round_trip (void)
{
  g_autoptr(TautanDataset) ds = load_fixture ("extras.json");
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "extras.json", NULL);
  g_autofree char *original = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *saved_again = NULL;
  g_autoptr(JsonNode) a = NULL;
  g_autoptr(JsonNode) b = NULL;
  g_autoptr(TautanDataset) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) diagnostics = NULL;

  g_file_get_contents (path, &original, NULL, &error);
  g_assert_no_error (error);
  saved = tautan_dataset_to_json (ds, NULL);

  /* Load, save, compare: the same document, unknown members included. */
  a = parse_stripped (original);
  b = parse_stripped (saved);
  if (!json_node_equal (a, b))
    {
      g_printerr ("original:\n%s\nsaved:\n%s\n", original, saved);
      g_assert_not_reached ();
    }
  g_assert_nonnull (strstr (saved, "\"x-tz\" : \"KST\""));
  g_assert_nonnull (strstr (saved, "\"x-speaker\" : \"ok\""));
  g_assert_nonnull (strstr (saved, "\"x-relay\" : 1"));

  /* And saving what was saved changes nothing. */
  reloaded = tautan_dataset_load_data (saved, strlen (saved), "saved.json", NULL, &diagnostics, &error);
  g_assert_no_error (error);
  saved_again = tautan_dataset_to_json (reloaded, NULL);
  g_assert_cmpstr (saved, ==, saved_again);
}

/* An empty dataset to add to: titled as asked (quotes and all), nothing
 * in it, no file, and it saves as a dataset that loads again. */
static void
test_new_empty (void)
{
  const char *title = "Artikel \"baru\" \u2014 \u0645\u0642\u0627\u0644\u0627\u062a\\";
  g_autoptr(TautanDataset) ds = tautan_dataset_new_empty (title);
  g_autoptr(TautanDataset) reloaded = NULL;
  g_autofree char *saved = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (TAUTAN_IS_DATASET (ds));
  g_assert_cmpstr (tautan_dataset_get_title (ds), ==, title);
  g_assert_cmpuint (tautan_dataset_get_n_sources (ds), ==, 0);
  g_assert_cmpuint (tautan_dataset_get_n_entities (ds), ==, 0);
  g_assert_cmpuint (tautan_dataset_get_n_events (ds), ==, 0);
  g_assert_cmpuint (tautan_dataset_get_n_quotes (ds), ==, 0);
  g_assert_null (tautan_dataset_get_file (ds));

  saved = tautan_dataset_to_json (ds, NULL);
  reloaded = tautan_dataset_load_data (saved, strlen (saved), "saved.json", NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tautan_dataset_get_title (reloaded), ==, title);
  g_assert_cmpuint (tautan_dataset_get_n_events (reloaded), ==, 0);
}

/* Names with escaped control characters load, so they must save as escapes
 * and load again (json-glib writes some of them raw). */
static void
test_round_trip_controls (void)
{
  const char *json =
    "{\"format\": \"tautan-dataset\", \"version\": 1, \"title\": \"t\\u0001\",\n"
    " \"sources\": [], \"events\": [], \"quotes\": [],\n"
    " \"entities\": [{\"id\": \"kim\", \"name\": \"Kim\\u001fJong\\u0007Un\\tX\", \"kind\": \"person\"}]}";
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GPtrArray) diagnostics2 = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanDataset) ds = NULL;
  g_autoptr(TautanDataset) reloaded = NULL;
  g_autofree char *saved = NULL;
  TautanEntity entity;

  ds = tautan_dataset_load_data (json, strlen (json), "controls.json", NULL, &diagnostics, &error);
  g_assert_no_error (error);
  saved = tautan_dataset_to_json (ds, NULL);
  for (const char *p = saved; *p; p++)
    g_assert_true ((guchar)*p >= 0x20 || *p == '\n');
  g_assert_nonnull (strstr (saved, "Kim\\u001fJong\\u0007Un"));
  reloaded = tautan_dataset_load_data (saved, strlen (saved), "saved.json", NULL, &diagnostics2, &error);
  g_assert_no_error (error);
  tautan_dataset_get_entity (reloaded, 0, &entity);
  g_assert_cmpstr (entity.name, ==, "Kim\037Jong\007Un\tX");
  g_assert_cmpstr (tautan_dataset_get_title (reloaded), ==, "t\001");
}

static void
test_save_atomic (void)
{
  g_autoptr(TautanDataset) ds = load_fixture ("extras.json");
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "save", NULL);
  g_autofree char *path = g_build_filename (dir, "out.json", NULL);
  g_autofree char *ro_dir = g_build_filename (dir, "readonly", NULL);
  g_autofree char *ro_path = g_build_filename (ro_dir, "out.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) ro_file = g_file_new_for_path (ro_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GDir) listing = NULL;

  g_assert_cmpint (g_mkdir_with_parents (ro_dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (ro_path, "precious", -1, NULL));

  g_assert_true (tautan_dataset_save (ds, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "\"tautan-dataset\""));

  /* A save that cannot complete leaves the old file as it was, and no
   * temporary file behind. Root ignores permissions: skip that part. */
  if (getuid () != 0)
    {
      g_autofree char *kept = NULL;

      g_assert_cmpint (g_chmod (ro_dir, 0500), ==, 0);
      g_assert_false (tautan_dataset_save (ds, ro_file, NULL, &error));
      g_assert_error (error, TAUTAN_DATASET_ERROR, TAUTAN_DATASET_ERROR_IO);
      g_assert_nonnull (strstr (error->message, "out.json"));
      g_assert_true (g_file_get_contents (ro_path, &kept, NULL, NULL));
      g_assert_cmpstr (kept, ==, "precious");
      g_chmod (ro_dir, 0700);
      g_clear_error (&error);
    }

  /* A path whose folder does not exist fails with a clear error. */
  {
    g_autoptr(GFile) nowhere = g_file_new_for_path ("/nonexistent-tautan-dir/x.json");
    g_assert_false (tautan_dataset_save (ds, nowhere, NULL, &error));
    g_assert_error (error, TAUTAN_DATASET_ERROR, TAUTAN_DATASET_ERROR_IO);
    g_assert_nonnull (strstr (error->message, "/nonexistent-tautan-dir/x.json"));
    g_clear_error (&error);
  }

  listing = g_dir_open (dir, 0, NULL);
  for (const char *name; (name = g_dir_read_name (listing));)
    g_assert_true (g_str_equal (name, "out.json") || g_str_equal (name, "readonly"));
}

static void
test_text_file (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "textfile", NULL);
  g_autofree char *path = g_build_filename (dir, "ds.json", NULL);
  g_autofree char *text_path = g_build_filename (dir, "article.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(TautanDataset) ds = NULL;
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) error = NULL;
  TautanSource source;
  TautanQuote quote;
  const char *json =
    "{\"format\":\"tautan-dataset\",\"version\":1,"
    "\"sources\":[{\"id\":\"s\",\"outlet\":\"O\",\"title\":\"T\",\"language\":\"id\",\"published\":null,"
    "\"published_note\":\"no dateline\",\"origin\":\"own\",\"state_media\":false,\"text_file\":\"article.txt\"}],"
    "\"entities\":[{\"id\":\"k\",\"name\":\"Kim\",\"kind\":\"person\"}],"
    "\"events\":[{\"id\":\"e\",\"type\":\"statement\",\"date\":{\"start\":\"2025-01-01\",\"end\":\"2025-12-31\","
    "\"precision\":\"year\"},\"date_basis\":{\"method\":\"inferred\",\"words\":\"tahun ini\"},\"actors\":[\"k\"],"
    "\"targets\":[],\"summary\":\"s\",\"sources\":[\"s\"],\"quotes\":[\"q\"],\"status\":\"reported\"}],"
    "\"quotes\":[{\"id\":\"q\",\"source\":\"s\",\"text\":\"menang\",\"start\":7,\"end\":13,"
    "\"speaker\":{\"entity\":\"k\"},\"attribution\":\"certain\",\"event\":\"e\"}]}";

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, json, -1, NULL));
  g_assert_true (g_file_set_contents (text_path, "“Pasti\u00a0menang”, kata Kim.", -1, NULL));

  ds = tautan_dataset_load_file (file, FALSE, NULL, NULL, NULL, &diagnostics, &error);
  g_assert_no_error (error);
  tautan_dataset_get_source (ds, 0, &source);
  g_assert_cmpstr (source.text_file, ==, "article.txt");
  g_assert_cmpint (source.published, ==, TAUTAN_DAY_NONE);
  g_assert_cmpstr (source.published_note, ==, "no dateline");
  tautan_dataset_get_quote (ds, 0, &quote);
  g_assert_cmpstr (quote.text, ==, "menang");
}

typedef struct
{
  GMainLoop     *loop;
  TautanDataset *dataset;
  GError        *error;
  double         last_progress;
  guint          n_progress;
} AsyncData;

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  AsyncData *data = user_data;

  /* From the worker thread: only plain stores here. */
  g_assert_cmpfloat (fraction, >=, data->last_progress);
  data->last_progress = fraction;
  g_atomic_int_inc (&data->n_progress);
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  AsyncData *data = user_data;
  g_autoptr(GPtrArray) diagnostics = NULL;

  data->dataset = tautan_dataset_load_finish (result, &diagnostics, &data->error);
  g_assert_nonnull (diagnostics);
  g_main_loop_quit (data->loop);
}

static void
test_async (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "extras.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  AsyncData data = { loop, NULL, NULL, 0, 0 };

  tautan_dataset_load_async (file, FALSE, NULL, progress_cb, &data, NULL, loaded_cb, &data);
  g_main_loop_run (loop);
  g_assert_no_error (data.error);
  g_assert_nonnull (data.dataset);
  g_assert_cmpfloat (data.last_progress, ==, 1.0);
  g_assert_cmpuint (data.n_progress, >=, 3);
  g_assert_true (g_file_equal (tautan_dataset_get_file (data.dataset), file));
  g_clear_object (&data.dataset);

  /* Cancelled before it starts: it reports cancellation, not a dataset. */
  {
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();
    AsyncData cancelled = { loop, NULL, NULL, 0, 0 };

    g_cancellable_cancel (cancellable);
    tautan_dataset_load_async (file, FALSE, cancellable, NULL, NULL, NULL, loaded_cb, &cancelled);
    g_main_loop_run (loop);
    g_assert_null (cancelled.dataset);
    g_assert_error (cancelled.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_clear_error (&cancelled.error);
  }
}

/* References resolve to the entity with exactly that id, whether the id
 * fits in its hash slot (seven bytes or fewer) or not, and a prefix or
 * an id one byte longer is not taken for it. */
/* Pass 1's problems with ids, each at its own record, wherever the id is
 * in the record, whatever record comes next, and the last record's too:
 * the lookup of an id waits until the next record has been walked. */
static void
test_id_problems (void)
{
  const char *json = "{\"format\": \"tautan-dataset\", \"version\": 1, \"title\": \"ids\",\n"
                     " \"sources\": [], \"events\": [], \"quotes\": [],\n \"entities\": [\n"
                     "  {\"id\": \"a\", \"name\": \"A\", \"kind\": \"person\"},\n"
                     "  {\"id\": \"a\", \"name\": \"A2\", \"kind\": \"person\"},\n"
                     "  5,\n"
                     "  {\"id\": \"b\", \"name\": \"B\", \"kind\": \"person\"},\n"
                     "  {\"id\": \"b\", \"name\": \"B2\", \"kind\": \"person\"},\n"
                     "  {\"id\": \"\", \"name\": \"E\", \"kind\": \"person\"},\n"
                     "  {\"name\": \"N\", \"kind\": \"person\", \"id\": \"a\"}]}";
  static const struct { const char *path; const char *message; } want[] = {
    { "$.entities[1].id", "duplicate id \"a\" (first at $.entities[0])" },
    { "$.entities[2]", "expected an entity object, got a number" },
    { "$.entities[4].id", "duplicate id \"b\" (first at $.entities[3])" },
    { "$.entities[5].id", "the id is empty" },
    { "$.entities[6].id", "duplicate id \"a\" (first at $.entities[0])" },
  };
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanDataset) ds = NULL;
  guint k = 0;

  ds = tautan_dataset_load_data (json, strlen (json), "ids.json", NULL, &diagnostics, &error);
  g_assert_null (ds);
  g_assert_error (error, TAUTAN_DATASET_ERROR, TAUTAN_DATASET_ERROR_INVALID);
  for (guint i = 0; i < diagnostics->len; i++)
    {
      TautanDiagnostic *d = g_ptr_array_index (diagnostics, i);

      if (g_strcmp0 (d->path, "$.entities[2]") != 0 && !g_str_has_suffix (d->path ? d->path : "", ".id"))
        continue;
      g_assert_cmpuint (k, <, G_N_ELEMENTS (want));
      g_assert_cmpstr (d->path, ==, want[k].path);
      g_assert_cmpstr (d->message, ==, want[k].message);
      k++;
    }
  g_assert_cmpuint (k, ==, G_N_ELEMENTS (want));
}

static void
test_id_lengths (void)
{
  static const char *ids[] = { "a", "abcdef", "abcdefg", "abcdefgh", "abcdefghi", "a\\u0062", "\\u00e9t\\u00e9" };
  static const char *decoded[] = { "a", "abcdef", "abcdefg", "abcdefgh", "abcdefghi", "ab", "été" };
  g_autoptr(GString) json = g_string_new ("{\"format\": \"tautan-dataset\", \"version\": 1, \"title\": \"ids\",\n"
                                          " \"sources\": [{\"id\": \"s\", \"outlet\": \"o\", \"title\": \"t\","
                                          " \"language\": \"en\", \"published\": \"2020-01-01\", \"origin\": \"own\","
                                          " \"state_media\": false, \"text\": \"x\"}],\n"
                                          " \"quotes\": [],\n \"entities\": [");
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanDataset) ds = NULL;
  guint n = G_N_ELEMENTS (ids);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (json, "%s{\"id\": \"%s\", \"name\": \"E%u\", \"kind\": \"person\"}", i ? ", " : "",
                            ids[i], i);
  g_string_append (json, "],\n \"events\": [");
  /* Event i: entity i acts on entity (i + 1) % n. */
  for (guint i = 0; i < n; i++)
    g_string_append_printf (json, "%s{\"id\": \"ev%u\", \"type\": \"statement\", \"date\": {\"start\": "
                            "\"2020-01-01\", \"end\": \"2020-01-01\", \"precision\": \"day\"}, \"date_basis\": "
                            "{\"method\": \"stated\", \"words\": \"s\"}, \"actors\": [\"%s\"], "
                            "\"targets\": [\"%s\"], \"summary\": \"s\", \"sources\": [\"s\"], \"quotes\": [], "
                            "\"status\": \"reported\"}", i ? ", " : "", i, ids[i], ids[(i + 1) % n]);
  g_string_append (json, "]}");

  ds = tautan_dataset_load_data (json->str, json->len, "ids.json", NULL, &diagnostics, &error);
  g_assert_no_error (error);
  g_assert_nonnull (ds);
  g_assert_cmpuint (tautan_dataset_get_n_entities (ds), ==, n);
  for (guint i = 0; i < n; i++)
    {
      TautanEvent ev;

      tautan_dataset_get_event (ds, i, &ev);
      g_assert_cmpuint (ev.n_actors, ==, 1);
      g_assert_cmpuint (ev.actors[0], ==, i);
      g_assert_cmpuint (ev.n_targets, ==, 1);
      g_assert_cmpuint (ev.targets[0], ==, (i + 1) % n);
      g_assert_cmpuint (tautan_dataset_lookup_entity (ds, decoded[i]), ==, i);
    }
  g_clear_object (&ds);
  g_clear_pointer (&diagnostics, g_ptr_array_unref);
  g_clear_error (&error);

  /* A prefix of an id, an id with a byte more: unknown. */
  g_string_replace (json, "\"targets\": [\"abcdef\"]", "\"targets\": [\"abcdefX\"]", 1);
  g_string_replace (json, "\"actors\": [\"abcdef\"]", "\"actors\": [\"abcde\"]", 1);
  g_string_replace (json, "\"targets\": [\"abcdefgh\"]", "\"targets\": [\"abcdefgX\"]", 1);
  ds = tautan_dataset_load_data (json->str, json->len, "ids.json", NULL, &diagnostics, &error);
  g_assert_null (ds);
  g_assert_nonnull (error);
  g_assert_cmpuint (diagnostics->len, ==, 3);
  g_assert_cmpstr (((TautanDiagnostic *)g_ptr_array_index (diagnostics, 0))->message, ==,
                   "unknown entity \"abcdefX\"");
  g_assert_cmpstr (((TautanDiagnostic *)g_ptr_array_index (diagnostics, 1))->message, ==, "unknown entity \"abcde\"");
  g_assert_cmpstr (((TautanDiagnostic *)g_ptr_array_index (diagnostics, 2))->message, ==,
                   "unknown entity \"abcdefgX\"");
}

static void
test_missing_file (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/dataset.json");
  g_autoptr(GFile) dir = g_file_new_for_path ("/");
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_null (tautan_dataset_load_file (file, TRUE, NULL, NULL, NULL, &diagnostics, &error));
  g_assert_error (error, TAUTAN_DATASET_ERROR, TAUTAN_DATASET_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "/nonexistent/dataset.json"));
  g_clear_error (&error);
  g_clear_pointer (&diagnostics, g_ptr_array_unref);

  g_assert_null (tautan_dataset_load_file (dir, TRUE, NULL, NULL, NULL, &diagnostics, &error));
  g_assert_error (error, TAUTAN_DATASET_ERROR, TAUTAN_DATASET_ERROR_IO);
}

/* tautan_dataset_check_file() says what tautan_dataset_load_file() says of
 * every fixture, good or bad, and its summary is the loaded dataset's. */
static void
check_like_load (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint n_files = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GPtrArray) load_diagnostics = NULL;
      g_autoptr(GPtrArray) check_diagnostics = NULL;
      g_autoptr(GError) load_error = NULL;
      g_autoptr(GError) check_error = NULL;
      g_autoptr(TautanDataset) ds = NULL;
      g_autofree char *load_text = NULL;
      g_autofree char *check_text = NULL;
      TautanDatasetSummary summary = { 0 };
      gboolean ok;

      if (!g_str_has_suffix (name, ".json"))
        continue;
      n_files++;
      ds = tautan_dataset_load_file (file, FALSE, NULL, NULL, NULL, &load_diagnostics, &load_error);
      ok = tautan_dataset_check_file (file, &summary, &check_diagnostics, &check_error);
      g_assert_cmpint (ok, ==, ds != NULL);

      load_text = tautan_diagnostics_format (load_diagnostics, load_diagnostics->len);
      check_text = tautan_diagnostics_format (check_diagnostics, check_diagnostics->len);
      g_assert_cmpstr (check_text, ==, load_text);
      if (ds == NULL)
        {
          g_assert_nonnull (check_error);
          g_assert_cmpstr (check_error->message, ==, load_error->message);
          continue;
        }

      g_assert_no_error (check_error);
      g_assert_cmpuint (summary.n_sources, ==, tautan_dataset_get_n_sources (ds));
      g_assert_cmpuint (summary.n_entities, ==, tautan_dataset_get_n_entities (ds));
      g_assert_cmpuint (summary.n_events, ==, tautan_dataset_get_n_events (ds));
      g_assert_cmpuint (summary.n_quotes, ==, tautan_dataset_get_n_quotes (ds));
      g_assert_cmpint (summary.span.from, ==, tautan_dataset_get_span (ds).from);
      g_assert_cmpint (summary.span.to, ==, tautan_dataset_get_span (ds).to);
    }
  g_assert_cmpuint (n_files, >, 0);
}

static void
test_check_file (void)
{
  g_autofree char *good = g_test_build_filename (G_TEST_DIST, "data", NULL);
  g_autofree char *bad = g_test_build_filename (G_TEST_DIST, "data", "bad", NULL);
  g_autofree char *odd = g_test_build_filename (G_TEST_DIST, "data", "odd", NULL);
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/dataset.json");
  g_autoptr(GFile) folder = g_file_new_for_path (good);
  g_autoptr(GError) error = NULL;

  check_like_load (good);
  check_like_load (bad);
  check_like_load (odd);

  g_assert_false (tautan_dataset_check_file (missing, NULL, NULL, &error));
  g_assert_error (error, TAUTAN_DATASET_ERROR, TAUTAN_DATASET_ERROR_IO);
  g_clear_error (&error);
  g_assert_false (tautan_dataset_check_file (folder, NULL, NULL, &error));
  g_assert_error (error, TAUTAN_DATASET_ERROR, TAUTAN_DATASET_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "is a folder"));
}

/* Enough events that the loader checks the syntax on a second thread
 * beside its first pass, and builds the edges beside the entities'
 * activity. Event i: e(i % 97) to e((7 i + 1) % 89), day i % 400. */
#define LARGE_EVENTS   60000
#define LARGE_ENTITIES 100

/* A generated dataset's text up to its events array, open: one source
 * and @n_entities people e0, e1, … */
static GString *
generated_json_head (const char *title,
                     guint       n_entities)
{
  GString *json = g_string_new (NULL);

  g_string_append_printf (json, "{\"format\":\"tautan-dataset\",\"version\":1,\"title\":\"%s\",\n", title);
  g_string_append (json, "\"sources\":[{\"id\":\"s0\",\"outlet\":\"Wire\",\"title\":\"T\","
                         "\"url\":null,\"language\":\"en\",\"published\":\"2020-01-01\","
                         "\"origin\":\"own\",\"state_media\":false,\"text\":\"x\"}],\n"
                         "\"entities\":[\n");
  for (guint i = 0; i < n_entities; i++)
    g_string_append_printf (json, "%s{\"id\":\"e%u\",\"name\":\"Entity %u\",\"kind\":\"person\"}\n",
                            i > 0 ? "," : "", i, i);
  g_string_append (json, "],\n\"events\":[\n");
  return json;
}

static GString *
large_json (void)
{
  GString *json = generated_json_head ("Large", LARGE_ENTITIES);

  for (guint i = 0; i < LARGE_EVENTS; i++)
    {
      g_autoptr(GDateTime) dt = g_date_time_new_utc (2020, 1, 1, 0, 0, 0);
      g_autoptr(GDateTime) day = g_date_time_add_days (dt, (int)(i % 400));
      g_autofree char *date = g_date_time_format (day, "%Y-%m-%d");

      g_string_append_printf (json,
                              "%s{\"id\":\"ev%u\",\"type\":\"statement\",\"date\":{\"start\":\"%s\","
                              "\"end\":\"%s\",\"precision\":\"day\"},\"date_basis\":{\"method\":\"stated\","
                              "\"words\":\"on that day\"},\"actors\":[\"e%u\"],\"targets\":[\"e%u\"],"
                              "\"summary\":\"Event %u\",\"sources\":[\"s0\"],\"quotes\":[],"
                              "\"status\":\"reported\"}\n",
                              i > 0 ? "," : "", i, date, date, i % 97, (7 * i + 1) % 89, i);
    }
  g_string_append (json, "],\n\"quotes\":[]}\n");

  return json;
}

/* A first open writes its cache while the indexes are built, each column
 * once the build calls it final: what it wrote is, byte for byte, the
 * cache of the dataset it returned. Large enough for the edges' thread. */
static void
test_large_cache_streamed (void)
{
  g_autoptr(GString) json = large_json ();
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "large-streamed.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *cache_path = _tautan_dataset_cache_path (file);
  g_autofree char *written = NULL;
  g_autoptr(TautanDataset) ds = NULL;
  g_autoptr(GBytes) expected = NULL;
  g_autoptr(GError) error = NULL;
  TautanFileStamp stamp;
  guint64 size;
  gsize len;

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, json->str, (gssize)json->len, NULL));
  ds = tautan_dataset_load_file (file, TRUE, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (tautan_dataset_get_from_cache (ds));

  g_assert_true (_tautan_file_stamp_get (path, &stamp, &size));
  expected = _tautan_dataset_cache_build (ds, file, json->len, _tautan_dataset_content_hash (json->str, json->len),
                                          &stamp);
  g_assert_true (g_file_get_contents (cache_path, &written, &len, NULL));
  g_assert_cmpmem (written, len, g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));
}

static void
test_large (void)
{
  g_autoptr(GString) json = large_json ();
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanDataset) ds = NULL;
  g_autoptr(TautanSlice) slice = NULL;
  g_autoptr(GHashTable) pairs = g_hash_table_new (NULL, NULL);
  g_autofree guint *per_entity = g_new0 (guint, LARGE_ENTITIES);
  TautanTimeSpan span;

  /* Past the size at which the check runs on its own thread. */
  g_assert_cmpuint (json->len, >, 8u << 20);

  ds = tautan_dataset_load_data (json->str, json->len, "large.json", NULL, &diagnostics, &error);
  g_assert_no_error (error);
  g_assert_nonnull (ds);
  g_assert_cmpuint (tautan_dataset_get_n_events (ds), ==, LARGE_EVENTS);
  g_assert_cmpuint (tautan_dataset_get_n_entities (ds), ==, LARGE_ENTITIES);

  for (guint i = 0; i < LARGE_EVENTS; i++)
    {
      guint a = i % 97, t = (7 * i + 1) % 89;

      /* An event of an actor with itself draws no edge. */
      if (a != t)
        g_hash_table_add (pairs, GUINT_TO_POINTER (a * LARGE_ENTITIES + t + 1));
      per_entity[a]++;
      if (t != a)
        per_entity[t]++;
    }
  for (guint i = 0; i < LARGE_ENTITIES; i++)
    {
      g_autofree char *id = g_strdup_printf ("e%u", i);

      g_assert_cmpuint (tautan_dataset_get_entity_n_events (ds, tautan_dataset_lookup_entity (ds, id)), ==,
                        per_entity[i]);
    }

  span = tautan_dataset_get_span (ds);
  slice = tautan_slice_new (ds, &span, FALSE);
  g_assert_cmpuint (tautan_slice_get_n_events (slice), ==, LARGE_EVENTS);
  g_assert_cmpuint (tautan_slice_get_n_edges (slice), ==, g_hash_table_size (pairs));
}

/* On bytes the syntax check refuses, what the first pass found beside it
 * (here a duplicate id) is not reported: only the check's problem, where
 * the serial path put it. */
static void
test_large_invalid (void)
{
  g_autoptr(GString) json = large_json ();
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanDataset) ds = NULL;
  const char *second = strstr (json->str, "{\"id\":\"e1\"");
  TautanDiagnostic *d;
  guint n_lines = 1;

  g_assert_nonnull (second);
  memcpy ((char *)second + strlen ("{\"id\":\"e"), "0", 1);
  /* Cut inside the last event's summary: an unterminated string. */
  g_string_truncate (json, (gsize)(strrchr (json->str, 'E') - json->str + 3));
  for (const char *p = json->str; *p != '\0'; p++)
    n_lines += *p == '\n';

  ds = tautan_dataset_load_data (json->str, json->len, "large.json", NULL, &diagnostics, &error);
  g_assert_null (ds);
  g_assert_error (error, TAUTAN_DATASET_ERROR, TAUTAN_DATASET_ERROR_INVALID);
  g_assert_cmpuint (diagnostics->len, ==, 1);
  d = g_ptr_array_index (diagnostics, 0);
  g_assert_cmpuint (d->line, ==, n_lines);
  g_assert_nonnull (strstr (d->message, "unterminated string"));
}

/* Events for the loader's shares: unknown members, escapes, references
 * back and forth, lists of every length; @bad_every > 0 names an unknown
 * actor in every so many events, and an unknown type in one. */
static GString *
shares_json (guint n_events,
             guint bad_every)
{
  GString *json = g_string_new ("{\"format\":\"tautan-dataset\",\"version\":1,\"title\":\"Shares\",\n"
                                "\"sources\":[{\"id\":\"s0\",\"outlet\":\"Wire\",\"title\":\"T\","
                                "\"url\":null,\"language\":\"en\",\"published\":\"2020-01-01\","
                                "\"origin\":\"own\",\"state_media\":false,\"text\":\"x\"},"
                                "{\"id\":\"s1\",\"outlet\":\"Paper\",\"title\":\"U\","
                                "\"url\":null,\"language\":\"id\",\"published\":\"2020-01-02\","
                                "\"origin\":\"own\",\"state_media\":true,\"text\":\"y\"}],\n"
                                "\"entities\":[\n");

  for (guint i = 0; i < 50; i++)
    g_string_append_printf (json, "%s{\"id\":\"e%u\",\"name\":\"Entity %u\",\"kind\":\"person\"}\n",
                            i > 0 ? "," : "", i, i);
  g_string_append (json, "],\n\"events\":[\n");
  for (guint i = 0; i < n_events; i++)
    {
      guint day = 1 + i % 28;
      gboolean bad = bad_every > 0 && i % bad_every == bad_every / 2;

      g_string_append_printf (json, "%s{\"id\":\"ev%u\",\"type\":\"%s\",", i > 0 ? "," : "", i,
                              bad && i % (2 * bad_every) != bad_every / 2 ? "no-such-type" : "statement");
      g_string_append_printf (json, "\"date\":{\"start\":\"2021-03-%02u\",\"end\":\"2021-03-%02u\","
                              "\"precision\":\"day\"%s},", day, day, i % 11 == 0 ? ",\"x-tz\":\"WIB\"" : "");
      g_string_append_printf (json, "\"date_basis\":{\"method\":\"stated\",\"words\":\"%s\"},",
                              i % 3 == 0 ? "on the \\u00e9 day" : "that day");
      g_string_append_printf (json, "\"actors\":[\"%s%u\"", bad ? "nobody" : "e", i % 50);
      if (i % 4 == 0)
        g_string_append_printf (json, ",\"e%u\"", (i + 1) % 50);
      g_string_append (json, "],\"targets\":[");
      for (guint k = 0; k < i % 3; k++)
        g_string_append_printf (json, "%s\"e%u\"", k > 0 ? "," : "", (i * 7 + k) % 50);
      g_string_append_printf (json, "],\"summary\":\"Event %u%s\",\"sources\":[\"s%u\"],\"quotes\":[],"
                              "\"status\":\"reported\"", i, i % 5 == 0 ? " \\\"quoted\\\"" : "", i % 2);
      if (i % 13 == 0 && i > 0)
        g_string_append_printf (json, ",\"responds_to\":\"ev%u\"", (i * 31) % n_events == i ? i - 1 : (i * 31) % n_events);
      if (i % 7 == 0)
        g_string_append_printf (json, ",\"x-seen\":[%u,true]", i);
      g_string_append (json, "}\n");
    }
  g_string_append (json, "],\n\"quotes\":[]}\n");

  return json;
}

static TautanDataset *
load_with_threads (const GString *json,
                   guint          threads,
                   GPtrArray    **diagnostics)
{
  g_autoptr(GError) error = NULL;
  TautanDataset *ds;

  _tautan_dataset_set_load_threads (threads);
  ds = tautan_dataset_load_data (json->str, json->len, "shares.json", NULL, diagnostics, &error);
  _tautan_dataset_set_load_threads (0);
  g_assert_true ((ds == NULL) == (error != NULL));
  return ds;
}

/* The events read on several threads give the very columns one thread
 * gives, byte for byte, and the same problems in the same order. Shares
 * start at multiples of 4,096 events: with 12,000, one to four threads
 * split them every way, the calling thread's share empty for some. */
#define SHARES_EVENTS 12000

static void
test_large_shares (void)
{
  g_autoptr(GString) json = shares_json (SHARES_EVENTS, 0);
  g_autoptr(GString) bad = shares_json (SHARES_EVENTS, 200);
  g_autoptr(GString) worse = shares_json (SHARES_EVENTS, 10);
  g_autoptr(TautanDataset) one = NULL;
  g_autoptr(GPtrArray) diagnostics = NULL;
  const GString *invalid[] = { bad, worse };
  g_autofree char *a = NULL;

  one = load_with_threads (json, 1, &diagnostics);
  g_assert_nonnull (one);
  g_assert_cmpuint (tautan_dataset_get_n_events (one), ==, SHARES_EVENTS);
  g_clear_pointer (&diagnostics, g_ptr_array_unref);
  /* Written once: a slow part under the sanitizers. */
  a = tautan_dataset_to_json (one, NULL);

  for (guint threads = 2; threads <= 4; threads++)
    {
      g_autoptr(TautanDataset) many = load_with_threads (json, threads, &diagnostics);
      g_autofree char *b = NULL;

      g_assert_nonnull (many);
      g_clear_pointer (&diagnostics, g_ptr_array_unref);
      for (guint c = 0; c < N_COLUMNS; c++)
        {
          gsize n_one, n_many;
          const void *d_one = _tautan_dataset_column_data (one, c, &n_one);
          const void *d_many = _tautan_dataset_column_data (many, c, &n_many);

          g_assert_cmpuint (n_one, ==, n_many);
          g_assert_cmpmem (d_one, n_one * tautan_column_info[c].elem_size,
                           d_many, n_many * tautan_column_info[c].elem_size);
        }
      b = tautan_dataset_to_json (many, NULL);
      g_assert_cmpstr (a, ==, b);
    }

  /* Problems in every share; more than are ever reported in the second. */
  for (guint k = 0; k < G_N_ELEMENTS (invalid); k++)
    {
      g_autoptr(GPtrArray) expected = NULL;
      g_autoptr(TautanDataset) none = load_with_threads (invalid[k], 1, &expected);

      g_assert_null (none);
      g_assert_cmpuint (expected->len, >, 40);
      for (guint threads = 2; threads <= 4; threads++)
        {
          g_autoptr(GPtrArray) got = NULL;
          g_autoptr(TautanDataset) also_none = load_with_threads (invalid[k], threads, &got);

          g_assert_null (also_none);
          g_assert_cmpuint (got->len, ==, expected->len);
          for (guint i = 0; i < got->len; i++)
            {
              const TautanDiagnostic *x = g_ptr_array_index (expected, i);
              const TautanDiagnostic *y = g_ptr_array_index (got, i);

              g_assert_cmpstr (x->path, ==, y->path);
              g_assert_cmpstr (x->message, ==, y->message);
              g_assert_cmpuint (x->line, ==, y->line);
              g_assert_cmpuint (x->column, ==, y->column);
            }
        }
    }
}

/* A problem in the second half of a split parse names the line and
 * column (in characters: a line with non-ASCII text before the problem)
 * that one thread names. */
static void
test_large_shares_second_half (void)
{
  g_autoptr(GString) json = shares_json (SHARES_EVENTS, 0);
  const char *record = strstr (json->str, "{\"id\":\"ev9000\",");
  const char *start, *line_start;
  guint line = 1, column = 1;

  g_assert_nonnull (record);
  g_string_insert (json, strchr (record, ',') - json->str + 1, "\"x-note\":\"caf\xc3\xa9 \xe2\x98\x95\",");
  record = strstr (json->str, "{\"id\":\"ev9000\",");
  start = strstr (record, "\"start\":\"2021-03-") + strlen ("\"start\":");
  g_string_overwrite (json, start - json->str, "\"2021-02-31\"");

  for (const char *p = json->str; p < start; p++)
    if (*p == '\n')
      line++;
  line_start = start;
  while (line_start > json->str && line_start[-1] != '\n')
    line_start--;
  column += (guint)g_utf8_strlen (line_start, start - line_start);
  g_assert_cmpuint (column, <, (guint)(start - line_start) + 1);   /* characters, not bytes */

  for (guint threads = 1; threads <= 3; threads++)
    {
      g_autoptr(GPtrArray) diagnostics = NULL;
      g_autoptr(TautanDataset) none = load_with_threads (json, threads, &diagnostics);
      const TautanDiagnostic *d;

      g_assert_null (none);
      g_assert_cmpuint (diagnostics->len, ==, 1);
      d = g_ptr_array_index (diagnostics, 0);
      g_assert_cmpstr (d->path, ==, "$.events[9000].date.start");
      g_assert_cmpstr (d->message, ==, "\"2021-02-31\" is not a valid date");
      g_assert_cmpuint (d->line, ==, line);
      g_assert_cmpuint (d->column, ==, column);
    }
}

/* Events for the edges' parts: one actor in most events (the part
 * split must not cut it), pairs listed twice in an event, an actor that
 * is its own target, eight types and month-long events (the prefix
 * matrices' type and imprecise columns). */
static GString *
edges_json (guint n_events,
            guint n_entities)
{
  static const char *const types[] = { "support", "meet", "statement", "appeal", "criticise", "aid", "accuse",
                                       "reject" };
  GString *json = generated_json_head ("Edges", n_entities);

  for (guint i = 0; i < n_events; i++)
    {
      guint month = 1 + (i * 5) % 12, day = 1 + (i * 13) % 28;
      guint a = i % 3 == 0 ? 0 : (i * 11) % n_entities, b = (i * 17 + 5) % n_entities;
      guint t = (i * 7 + 3) % n_entities;

      g_string_append_printf (json, "%s{\"id\":\"ev%u\",\"type\":\"%s\",", i > 0 ? "," : "", i,
                              types[(i * 5 / 3) % G_N_ELEMENTS (types)]);
      if (i % 9 == 0)
        g_string_append_printf (json, "\"date\":{\"start\":\"2021-%02u-01\",\"end\":\"2021-%02u-28\","
                                "\"precision\":\"range\"},", month, month);
      else
        g_string_append_printf (json, "\"date\":{\"start\":\"2021-%02u-%02u\",\"end\":\"2021-%02u-%02u\","
                                "\"precision\":\"day\"},", month, day, month, day);
      g_string_append (json, "\"date_basis\":{\"method\":\"stated\",\"words\":\"that day\"},");
      g_string_append_printf (json, "\"actors\":[\"e%u\"", a);
      if (i % 4 == 1)
        g_string_append_printf (json, ",\"e%u\"", b);
      if (i % 10 == 2)
        g_string_append_printf (json, ",\"e%u\"", a);
      g_string_append_printf (json, "],\"targets\":[\"e%u\"", t);
      if (i % 6 == 5)
        g_string_append_printf (json, ",\"e%u\",\"e%u\"", a, t);
      g_string_append_printf (json, "],\"summary\":\"Event %u\",\"sources\":[\"s0\"],\"quotes\":[],"
                              "\"status\":\"reported\"}\n", i);
    }
  g_string_append (json, "],\n\"quotes\":[]}\n");

  return json;
}

static TautanDataset *
load_with_index_threads (const GString *json,
                         guint          threads)
{
  g_autoptr(GError) error = NULL;
  TautanDataset *ds;

  _tautan_dataset_set_index_threads (threads);
  ds = tautan_dataset_load_data (json->str, json->len, "edges.json", NULL, NULL, &error);
  _tautan_dataset_set_index_threads (0);
  g_assert_no_error (error);
  return ds;
}

/* The edges built in parts, one per thread, are those one thread builds,
 * byte for byte in every column: with a heavy actor, with more parts
 * than actors (empty parts) and with no edge at all. */
static void
test_edge_parts (void)
{
  g_autoptr(GString) many = edges_json (6000, 400);
  g_autoptr(GString) few = edges_json (40, 3);
  g_autoptr(GString) none = edges_json (0, 2);
  const GString *inputs[] = { many, few, none };

  for (guint k = 0; k < G_N_ELEMENTS (inputs); k++)
    {
      g_autoptr(TautanDataset) one = load_with_index_threads (inputs[k], 1);
      g_autoptr(GHashTable) pairs = g_hash_table_new (NULL, NULL);

      /* The edges themselves: every distinct actor -> other target. */
      for (guint e = 0; e < tautan_dataset_get_n_events (one); e++)
        {
          TautanEvent event;

          tautan_dataset_get_event (one, e, &event);
          for (guint a = 0; a < event.n_actors; a++)
            for (guint t = 0; t < event.n_targets; t++)
              if (event.actors[a] != event.targets[t])
                g_hash_table_add (pairs, GUINT_TO_POINTER (event.actors[a] * 1000 + event.targets[t] + 1));
        }
      {
        gsize n_edges;

        _tautan_dataset_column_data (one, COL_EDGE_SRC, &n_edges);
        g_assert_cmpuint (n_edges, ==, g_hash_table_size (pairs));
      }

      for (guint threads = 2; threads <= 4; threads++)
        {
          g_autoptr(TautanDataset) split = load_with_index_threads (inputs[k], threads);

          for (guint c = 0; c < N_COLUMNS; c++)
            {
              gsize n_one, n_split;
              const void *d_one = _tautan_dataset_column_data (one, c, &n_one);
              const void *d_split = _tautan_dataset_column_data (split, c, &n_split);

              if (n_one != n_split || memcmp (d_one, d_split, n_one * tautan_column_info[c].elem_size) != 0)
                g_error ("%u events, %u threads: column %s differs", tautan_dataset_get_n_events (one), threads,
                         tautan_column_info[c].name);
            }
        }
    }
}

/* A problem read after pass 2 let go of the mapped pages before it (more
 * than a few megabytes of events) is placed exactly as in bytes held in
 * memory, on one thread or two. */
static void
test_dropped_pages_problem (void)
{
  g_autoptr(GString) json = shares_json (40000, 9000);
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "dropped.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) expected = NULL;
  g_autoptr(TautanDataset) none = load_with_threads (json, 1, &expected);

  g_assert_null (none);
  g_assert_cmpuint (json->len, >, 8 << 20);
  g_assert_cmpuint (expected->len, >=, 4);
  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, json->str, (gssize)json->len, NULL));

  for (guint threads = 1; threads <= 2; threads++)
    {
      g_autoptr(GPtrArray) got = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(TautanDataset) also_none = NULL;

      _tautan_dataset_set_load_threads (threads);
      also_none = tautan_dataset_load_file (file, FALSE, NULL, NULL, NULL, &got, &error);
      _tautan_dataset_set_load_threads (0);
      g_assert_null (also_none);
      g_assert_error (error, TAUTAN_DATASET_ERROR, TAUTAN_DATASET_ERROR_INVALID);
      g_assert_cmpuint (got->len, ==, expected->len);
      for (guint i = 0; i < got->len; i++)
        {
          const TautanDiagnostic *x = g_ptr_array_index (expected, i);
          const TautanDiagnostic *y = g_ptr_array_index (got, i);

          g_assert_cmpstr (x->path, ==, y->path);
          g_assert_cmpstr (x->message, ==, y->message);
          g_assert_cmpuint (x->line, ==, y->line);
          g_assert_cmpuint (x->column, ==, y->column);
          g_assert_cmpuint (y->line, >, 1);
        }
    }
  g_unlink (path);
}

/* The light accessors give what tautan_dataset_get_event() gives, for
 * every event: with and without targets, sources or actors. */
static void
test_event_links (void)
{
  const char *const fixtures[] = { "minimal.json", "extras.json", "shown.json", "period.json" };

  for (guint f = 0; f < G_N_ELEMENTS (fixtures); f++)
    {
      g_autoptr(TautanDataset) ds = load_fixture (fixtures[f]);

      g_assert_cmpuint (tautan_dataset_get_n_events (ds), >, 0);
      for (guint i = 0; i < tautan_dataset_get_n_events (ds); i++)
        {
          TautanEvent event;
          TautanEventLinks links;
          const guint32 *sources;
          guint n_sources = 12345;

          tautan_dataset_get_event (ds, i, &event);
          memset (&links, 0xaa, sizeof links);
          tautan_dataset_get_event_links (ds, i, &links);
          sources = tautan_dataset_get_event_sources (ds, i, &n_sources);
          g_assert_cmpuint (links.type, ==, event.type);
          g_assert_cmpuint (links.n_actors, ==, event.n_actors);
          g_assert_cmpuint (links.n_targets, ==, event.n_targets);
          g_assert_cmpuint (n_sources, ==, event.n_sources);
          g_assert_true (links.actors == event.actors);
          g_assert_true (links.targets == event.targets);
          g_assert_true (sources == event.sources);
        }
    }
}

/* An open end (0001-01-01 first, 9999-12-31 last: an act the text does
 * not date) is no day: the span and the histogram cover the days the
 * events name, and the open events still lie in every window. */
static void
test_open_dates (void)
{
  g_autoptr(TautanDataset) ds = load_fixture ("open-dates.json");
  TautanTimeSpan span = tautan_dataset_get_span (ds);
  TautanTimeSpan may = { tautan_day_from_ymd (2024, 5, 10), tautan_day_from_ymd (2024, 5, 12) };
  TautanTimeSpan june = { tautan_day_from_ymd (2024, 6, 2), tautan_day_from_ymd (2024, 6, 2) };
  const guint32 *meta = COL_U32 (ds, COL_META);
  g_autoptr(TautanSlice) in_may = tautan_slice_new (ds, &may, FALSE);
  g_autoptr(TautanSlice) in_june = tautan_slice_new (ds, &june, FALSE);
  g_autoptr(TautanSlice) so_far = tautan_slice_new (ds, &june, TRUE);
  double total = 0;

  g_assert_cmpint (span.from, ==, tautan_day_from_ymd (2024, 5, 1));
  g_assert_cmpint (span.to, ==, tautan_day_from_ymd (2024, 6, 1));
  /* 32 days of prefix rows, not 3.6 million (117 MB) */
  g_assert_cmpuint (meta[META_HIST_DAYS], ==, 32);
  g_assert_cmpint ((gint32)meta[META_HIST_FIRST], ==, span.from);

  /* e2 in both, e3 from June on; cumulative from the span's start */
  g_assert_cmpuint (tautan_slice_get_n_events (in_may), ==, 1);
  g_assert_cmpuint (tautan_slice_get_n_events (in_june), ==, 2);
  g_assert_cmpuint (tautan_slice_get_n_events (so_far), ==, 3);

  /* The dated event weighs 1 on its day; the open ones next to nothing. */
  for (guint q = 0; q < TAUTAN_N_QUAD_CLASSES; q++)
    total += tautan_histogram_weight (ds, &span, q);
  g_assert_cmpfloat (total, >, 1.0);
  g_assert_cmpfloat (total, <, 1.01);
}

/* The writer streams record by record; its text is byte for byte what
 * json-glib 1.6 gives for the whole tree pretty-printed (the .saved.json
 * files were written by the tree writer it replaced), empty objects in
 * records included, and a saved file is the same text. */
static void
test_writer_text (void)
{
  const char *names[] = { "empty-objects", "numbers-and-text" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *in = g_strdup_printf ("%s.json", names[i]);
      g_autofree char *expected_name = g_strdup_printf ("%s.saved.json", names[i]);
      g_autofree char *expected_path = g_test_build_filename (G_TEST_DIST, "data", "writer", expected_name, NULL);
      g_autofree char *fixture = g_build_filename ("writer", in, NULL);
      g_autoptr(TautanDataset) ds = load_fixture (fixture);
      g_autofree char *expected = NULL;
      g_autofree char *text = NULL;
      g_autofree char *saved = NULL;
      g_autofree char *out_path = g_build_filename (g_get_user_data_dir (), in, NULL);
      g_autoptr(GFile) out = g_file_new_for_path (out_path);
      g_autoptr(GError) error = NULL;
      gsize len;

      g_assert_true (g_file_get_contents (expected_path, &expected, NULL, NULL));
      text = tautan_dataset_to_json (ds, &len);
      g_assert_cmpuint (len, ==, strlen (text));
      g_assert_cmpstr (text, ==, expected);

      g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
      g_assert_true (tautan_dataset_save_copy (ds, out, NULL, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (out_path, &saved, NULL, NULL));
      g_assert_cmpstr (saved, ==, expected);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/tautan/dataset/accessors", test_accessors);
  g_test_add_func ("/tautan/dataset/round-trip", test_round_trip);
  g_test_add_func ("/tautan/dataset/writer-text", test_writer_text);
  g_test_add_func ("/tautan/dataset/round-trip-controls", test_round_trip_controls);
  g_test_add_func ("/tautan/dataset/new-empty", test_new_empty);
  g_test_add_func ("/tautan/dataset/save-atomic", test_save_atomic);
  g_test_add_func ("/tautan/dataset/text-file", test_text_file);
  g_test_add_func ("/tautan/dataset/async", test_async);
  g_test_add_func ("/tautan/dataset/id-lengths", test_id_lengths);
  g_test_add_func ("/tautan/dataset/id-problems", test_id_problems);
  g_test_add_func ("/tautan/dataset/missing-file", test_missing_file);
  g_test_add_func ("/tautan/dataset/check-file", test_check_file);
  g_test_add_func ("/tautan/dataset/large", test_large);
  g_test_add_func ("/tautan/dataset/large-cache-streamed", test_large_cache_streamed);
  g_test_add_func ("/tautan/dataset/large-invalid", test_large_invalid);
  g_test_add_func ("/tautan/dataset/large-shares", test_large_shares);
  g_test_add_func ("/tautan/dataset/large-shares-second-half", test_large_shares_second_half);
  g_test_add_func ("/tautan/dataset/event-links", test_event_links);
  g_test_add_func ("/tautan/dataset/open-dates", test_open_dates);
  g_test_add_func ("/tautan/dataset/edge-parts", test_edge_parts);
  g_test_add_func ("/tautan/dataset/dropped-pages-problem", test_dropped_pages_problem);

  return g_test_run ();
}
