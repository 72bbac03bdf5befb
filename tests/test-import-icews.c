/* test-import-icews.c: ICEWS event files and triples into datasets
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "tautan/tautan-diagnostic.h"
#include "tautan/tautan-import.h"

#define EVENTS "events.2018.head300.tab"
#define TRIPLES "icews_2005-2015_test.head2000.txt"

static char *
fixture (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "icews", name, NULL);
}

/* Lines split on tabs, with nothing else done to them. */
static GPtrArray *
read_rows (const char *name,
           gboolean    header)
{
  g_autofree char *path = fixture (name);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);
  for (guint i = header ? 1 : 0; lines[i] != NULL; i++)
    if (*lines[i] != 0)
      g_ptr_array_add (rows, g_strsplit (lines[i], "\t", -1));
  return rows;
}

static TautanImporter *
import (const TautanImportOptions *options,
        const char                *name,
        const char                *display)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = fixture (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  TautanImporter *importer = tautan_importer_new (options, &error);
  const char *names[] = { display };

  g_assert_no_error (error);
  g_assert_true (tautan_importer_add_files (importer, &file, display ? names : NULL, 1, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  return importer;
}

static JsonNode *
build_json (TautanImporter *importer)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) json = tautan_importer_build_json (importer, &error);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(TautanDataset) dataset = NULL;

  g_assert_no_error (error);
  dataset = tautan_importer_build_dataset (importer, &error);
  g_assert_no_error (error);
  g_assert_true (json_parser_load_from_data (parser, g_bytes_get_data (json, NULL), (gssize)g_bytes_get_size (json), &error));
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static JsonArray *
member_array (JsonNode   *root,
              const char *name)
{
  return json_object_get_array_member (json_node_get_object (root), name);
}

static GHashTable *
objects_by_id (JsonNode   *root,
               const char *table)
{
  JsonArray *array = member_array (root, table);
  GHashTable *by_id = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *o = json_array_get_object_element (array, i);

      g_hash_table_insert (by_id, (char *)json_object_get_string_member (o, "id"), o);
    }
  return by_id;
}

/* A number list member of each event (ids or lines) → the event. */
static GHashTable *
events_by (JsonNode   *root,
           const char *member)
{
  JsonArray *events = member_array (root, "events");
  GHashTable *by = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < json_array_get_length (events); i++)
    {
      JsonObject *ev = json_array_get_object_element (events, i);
      JsonArray *list = json_object_get_array_member (ev, member);

      for (guint k = 0; list != NULL && k < json_array_get_length (list); k++)
        {
          char *key = g_strdup_printf ("%" G_GINT64_FORMAT, json_array_get_int_element (list, k));

          g_assert_false (g_hash_table_contains (by, key));
          g_hash_table_insert (by, key, ev);
        }
    }
  return by;
}

static JsonObject *
entity_of (GHashTable *entities,
           JsonObject *ev,
           const char *role)
{
  JsonArray *list = json_object_get_array_member (ev, role);

  if (json_array_get_length (list) == 0)
    return NULL;
  return g_hash_table_lookup (entities, json_array_get_string_element (list, 0));
}

static void
check_actor (GHashTable *entities,
             JsonObject *entity,
             const char *name)
{
  const char *kind = json_object_get_string_member (entity, "kind");

  /* Countries become states named as CAMEO names them ("Russia" for
   * "Russian Federation"); every other actor keeps its ICEWS name. */
  if (strcmp (kind, "state") != 0)
    g_assert_cmpstr (json_object_get_string_member (entity, "name"), ==, name);

  /* "Police (India)": a group of the state in parentheses. */
  if (g_str_has_suffix (name, ")") && strrchr (name, '(') != NULL)
    {
      g_autofree char *inner = g_strndup (strrchr (name, '(') + 1, strlen (strrchr (name, '(') + 1) - 1);
      JsonObject *affiliation = g_hash_table_lookup (entities, json_object_get_string_member (entity, "affiliation"));

      g_assert_nonnull (affiliation);
      if (strcmp (json_object_get_string_member (affiliation, "kind"), "state") != 0)
        g_assert_cmpstr (json_object_get_string_member (affiliation, "name"), ==, inner);
    }
}

static void
test_events (void)
{
  g_autoptr(GPtrArray) rows = read_rows (EVENTS, TRUE);
  g_autoptr(TautanImporter) importer = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GHashTable) by_id = NULL;
  g_autoptr(GHashTable) entities = NULL;
  g_autoptr(GHashTable) sources = NULL;
  g_autoptr(GHashTable) groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  TautanImportOptions options;
  TautanImportStats stats;
  guint mirrors = 0;

  tautan_import_options_init (&options);
  options.database = TAUTAN_IMPORT_ICEWS;
  importer = import (&options, EVENTS, NULL);
  root = build_json (importer);
  tautan_importer_get_stats (importer, &stats);
  g_assert_cmpuint (stats.n_rows, ==, rows->len);
  g_assert_cmpuint (stats.n_bad, ==, 0);
  g_assert_cmpuint (stats.n_kept, ==, rows->len);

  by_id = events_by (root, "x-icews-ids");
  entities = objects_by_id (root, "entities");
  sources = objects_by_id (root, "sources");
  g_assert_cmpuint (g_hash_table_size (by_id), ==, rows->len);

  for (guint i = 0; i < rows->len; i++)
    {
      char **f = g_ptr_array_index (rows, i);
      JsonObject *ev = g_hash_table_lookup (by_id, f[0]);
      JsonObject *target;
      JsonArray *list;
      g_autofree char *group = NULL;
      g_autofree char *story = NULL;
      gboolean found = FALSE;

      g_assert_nonnull (ev);
      g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (ev, "date"), "start"), ==, f[1]);
      g_assert_cmpstr (json_object_get_string_member (ev, "x-cameo"), ==, f[6]);
      check_actor (entities, entity_of (entities, ev, "actors"), f[2]);
      target = entity_of (entities, ev, "targets");
      g_assert_true ((target == NULL) == (strcmp (f[8], "NA") == 0));
      if (target != NULL)
        check_actor (entities, target, f[8]);

      /* The story is a source, published by the Publisher. */
      story = g_strdup_printf ("ICEWS story %s", f[11]);
      list = json_object_get_array_member (ev, "sources");
      for (guint k = 0; k < json_array_get_length (list); k++)
        {
          JsonObject *src = g_hash_table_lookup (sources, json_array_get_string_element (list, k));

          found |= strcmp (json_object_get_string_member (src, "title"), story) == 0 &&
                   strcmp (json_object_get_string_member (src, "outlet"), f[13]) == 0;
        }
      g_assert_true (found);

      group = g_strjoin ("\t", f[2], f[8], f[6], f[1], NULL);
      if (g_hash_table_contains (groups, group))
        g_assert_true (g_hash_table_lookup (groups, group) == ev);
      else
        g_hash_table_insert (groups, g_steal_pointer (&group), ev);
    }

  /* A consults B and B consults A, from one sentence: two events. */
  for (guint i = 0; i < rows->len; i++)
    for (guint j = i + 1; j < rows->len; j++)
      {
        char **a = g_ptr_array_index (rows, i);
        char **b = g_ptr_array_index (rows, j);

        if (strcmp (a[2], b[8]) == 0 && strcmp (a[8], b[2]) == 0 && strcmp (a[2], a[8]) != 0 &&
            strcmp (a[11], b[11]) == 0 && strcmp (a[12], b[12]) == 0)
          {
            g_assert_true (g_hash_table_lookup (by_id, a[0]) != g_hash_table_lookup (by_id, b[0]));
            mirrors++;
          }
      }
  g_assert_cmpuint (mirrors, >, 0);
  g_assert_cmpuint (json_array_get_length (member_array (root, "events")), ==, g_hash_table_size (groups));
}

static void
test_triples (void)
{
  g_autoptr(GPtrArray) rows = read_rows (TRIPLES, FALSE);
  g_autoptr(TautanImporter) importer = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GHashTable) by_line = NULL;
  g_autoptr(GHashTable) entities = NULL;
  g_autoptr(TautanDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  TautanImportOptions options;
  TautanTimeSpan span;
  gboolean year_seen[11] = { FALSE };
  gboolean statement = FALSE, arrest = FALSE;

  tautan_import_options_init (&options);
  options.database = TAUTAN_IMPORT_ICEWS;
  importer = import (&options, TRIPLES, NULL);
  root = build_json (importer);
  by_line = events_by (root, "x-lines");
  entities = objects_by_id (root, "entities");
  g_assert_cmpuint (g_hash_table_size (by_line), ==, rows->len);

  for (guint i = 0; i < rows->len; i++)
    {
      char **f = g_ptr_array_index (rows, i);
      g_autofree char *line = g_strdup_printf ("%u", i + 1);
      JsonObject *ev = g_hash_table_lookup (by_line, line);
      const char *code = json_object_get_string_member (ev, "x-cameo");

      g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (ev, "date"), "start"), ==, f[3]);
      check_actor (entities, entity_of (entities, ev, "actors"), f[0]);
      check_actor (entities, entity_of (entities, ev, "targets"), f[2]);
      year_seen[atoi (f[3]) - 2005] = TRUE;
      /* CAMEO: 010 "Make statement", 173 "Arrest, detain, or charge". */
      if (strcmp (f[1], "Make statement") == 0)
        {
          g_assert_cmpstr (code, ==, "010");
          statement = TRUE;
        }
      if (strcmp (f[1], "Arrest, detain, or charge with legal action") == 0)
        {
          g_assert_cmpstr (code, ==, "173");
          arrest = TRUE;
        }
    }
  g_assert_true (statement && arrest);

  /* Eleven years of events, to play through in the app. */
  dataset = tautan_importer_build_dataset (importer, &error);
  g_assert_no_error (error);
  span = tautan_dataset_get_span (dataset);
  for (guint y = 0; y < G_N_ELEMENTS (year_seen); y++)
    g_assert_true (year_seen[y]);
  g_assert_cmpint (span.from, >=, tautan_day_from_ymd (2005, 1, 1));
  g_assert_cmpint (span.from, <, tautan_day_from_ymd (2005, 12, 31));
  g_assert_cmpint (span.to, >, tautan_day_from_ymd (2015, 1, 1));
  g_assert_cmpint (span.to, <=, tautan_day_from_ymd (2015, 12, 31));
}

static void
check_diagnostics (TautanImporter *importer,
                   const char     *expected_name)
{
  g_autofree char *path = fixture (expected_name);
  g_autofree char *expected = NULL;
  g_autoptr(GString) got = g_string_new (NULL);
  GPtrArray *diagnostics = tautan_importer_get_diagnostics (importer);

  for (guint i = 0; i < diagnostics->len; i++)
    {
      g_autofree char *line = tautan_diagnostic_format (g_ptr_array_index (diagnostics, i));

      g_string_append_printf (got, "%s\n", line);
    }
  g_assert_true (g_file_get_contents (path, &expected, NULL, NULL));
  g_assert_cmpstr (got->str, ==, expected);
}

static void
test_bad_rows (void)
{
  g_autoptr(TautanImporter) importer = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GHashTable) by_id = NULL;
  g_autoptr(GHashTable) entities = NULL;
  TautanImportOptions options;
  TautanImportStats stats;
  JsonObject *ev;

  tautan_import_options_init (&options);
  options.database = TAUTAN_IMPORT_ICEWS;
  importer = import (&options, "bad-rows.tab", "icews/bad-rows.tab");
  check_diagnostics (importer, "bad-rows.expected");
  root = build_json (importer);
  tautan_importer_get_stats (importer, &stats);
  g_assert_cmpuint (stats.n_rows, ==, 10);
  g_assert_cmpuint (stats.n_bad, ==, 4);
  g_assert_cmpuint (stats.n_no_actor, ==, 1);
  g_assert_cmpuint (stats.n_duplicates, ==, 1);
  g_assert_cmpuint (stats.n_kept, ==, 4);

  by_id = events_by (root, "x-icews-ids");
  entities = objects_by_id (root, "entities");
  /* No target: an event with none. */
  ev = g_hash_table_lookup (by_id, "32891059");
  g_assert_nonnull (ev);
  g_assert_null (entity_of (entities, ev, "targets"));
  /* A trailing no-break space is no part of the name. */
  ev = g_hash_table_lookup (by_id, "99000001");
  g_assert_cmpstr (json_object_get_string_member (entity_of (entities, ev, "actors"), "name"), ==, "Găgăuzia");
  /* The mirror image of the first event stays apart from it. */
  g_assert_true (g_hash_table_lookup (by_id, "32889836") != g_hash_table_lookup (by_id, "32889837"));
}

static void
test_bad_triples (void)
{
  g_autoptr(TautanImporter) importer = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GHashTable) by_line = NULL;
  g_autoptr(GHashTable) entities = NULL;
  TautanImportOptions options;
  JsonObject *ev;

  tautan_import_options_init (&options);
  options.database = TAUTAN_IMPORT_ICEWS;
  importer = import (&options, "bad-triples.txt", "icews/bad-triples.txt");
  check_diagnostics (importer, "bad-triples.expected");
  root = build_json (importer);
  by_line = events_by (root, "x-lines");
  entities = objects_by_id (root, "entities");

  /* The same fact twice is one event with both lines. */
  g_assert_true (g_hash_table_lookup (by_line, "1") == g_hash_table_lookup (by_line, "7"));
  ev = g_hash_table_lookup (by_line, "5");
  g_assert_cmpstr (json_object_get_string_member (entity_of (entities, ev, "actors"), "name"), ==, "Găgăuzia");
  /* "Russian Federation" and "Russia" are one state. */
  g_assert_cmpstr (json_object_get_string_member (entity_of (entities, ev, "targets"), "id"), ==, "rus");
  g_assert_cmpstr (json_object_get_string_member (entity_of (entities, g_hash_table_lookup (by_line, "1"), "actors"), "id"),
                   ==, "rus");
  ev = g_hash_table_lookup (by_line, "6");
  g_assert_cmpstr (json_object_get_string_member (entity_of (entities, ev, "actors"), "affiliation"), ==, "rus");
  g_assert_cmpstr (json_object_get_string_member (entity_of (entities, ev, "targets"), "kind"), ==, "unnamed-group");
}

static void
test_filters (void)
{
  const char *russia[] = { "RUS", NULL };
  const char *police[] = { "police (russia)", NULL };
  const struct { const char * const *countries; const char * const *actors; const char *lines; } cases[] = {
    /* Russia as actor, as "Russian Federation", and in parentheses. */
    { russia, NULL, "1,5,6,7" },
    { NULL, police, "6" },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(TautanImporter) importer = NULL;
      g_autoptr(JsonNode) root = NULL;
      g_autoptr(GHashTable) by_line = NULL;
      g_auto(GStrv) lines = g_strsplit (cases[c].lines, ",", -1);
      TautanImportOptions options;

      tautan_import_options_init (&options);
      options.database = TAUTAN_IMPORT_ICEWS;
      options.countries = cases[c].countries;
      options.actors = cases[c].actors;
      importer = import (&options, "bad-triples.txt", NULL);
      root = build_json (importer);
      by_line = events_by (root, "x-lines");
      g_assert_cmpuint (g_hash_table_size (by_line), ==, g_strv_length (lines));
      for (guint i = 0; lines[i] != NULL; i++)
        g_assert_true (g_hash_table_contains (by_line, lines[i]));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/tautan/import-icews/events", test_events);
  g_test_add_func ("/tautan/import-icews/triples", test_triples);
  g_test_add_func ("/tautan/import-icews/bad-rows", test_bad_rows);
  g_test_add_func ("/tautan/import-icews/bad-triples", test_bad_triples);
  g_test_add_func ("/tautan/import-icews/filters", test_filters);

  return g_test_run ();
}
