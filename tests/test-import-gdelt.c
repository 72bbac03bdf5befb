/* test-import-gdelt.c: GDELT exports, zipped and not, into datasets
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <unistd.h>

#include "tautan/tautan-diagnostic.h"
#include "tautan/tautan-import.h"

/* The fixtures are read here with nothing but g_strsplit, so what the
 * importer made is checked against the rows themselves. */

#define ZIP "20130401.export.CSV.zip"
#define HEAD1 "20130401.export.head200.CSV"
#define HEAD2 "20191024143000.export.head200.CSV"

static char *
fixture (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "gdelt", name, NULL);
}

static GBytes *
unzip (const char *path)
{
  struct archive *a = archive_read_new ();
  struct archive_entry *entry;
  GByteArray *out = g_byte_array_new ();
  char buf[65536];
  la_ssize_t n;

  archive_read_support_format_zip (a);
  g_assert_cmpint (archive_read_open_filename (a, path, 65536), ==, ARCHIVE_OK);
  while (archive_read_next_header (a, &entry) == ARCHIVE_OK)
    while ((n = archive_read_data (a, buf, sizeof buf)) > 0)
      g_byte_array_append (out, (const guint8 *)buf, (guint)n);
  archive_read_free (a);
  return g_byte_array_free_to_bytes (out);
}

/* Rows as arrays of fields, trimmed as GDELT's stray spaces need. */
static GPtrArray *
split_rows (GBytes *bytes)
{
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char **fields;

      if (*lines[i] == 0)
        continue;
      fields = g_strsplit (lines[i], "\t", -1);
      for (guint k = 0; fields[k] != NULL; k++)
        g_strstrip (fields[k]);
      g_ptr_array_add (rows, fields);
    }
  return rows;
}

static GPtrArray *
read_rows (const char *name)
{
  g_autofree char *path = fixture (name);
  g_autofree char *text = NULL;
  gsize len;
  g_autoptr(GBytes) bytes = NULL;

  g_assert_true (g_file_get_contents (path, &text, &len, NULL));
  bytes = g_bytes_new (text, len);
  return split_rows (bytes);
}

static TautanImporter *
import_files (const TautanImportOptions *options,
              const char * const        *names)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  TautanImporter *importer = tautan_importer_new (options, &error);

  g_assert_no_error (error);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = fixture (names[i]);

      g_ptr_array_add (files, g_file_new_for_path (path));
    }
  g_assert_true (tautan_importer_add_files (importer, (GFile * const *)files->pdata, NULL, files->len,
                                            NULL, NULL, NULL, &error));
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
  g_assert_nonnull (json);
  /* What the importer writes, Tautan loads: the loader checks it all. */
  dataset = tautan_importer_build_dataset (importer, &error);
  g_assert_no_error (error);
  g_assert_nonnull (dataset);
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

/* GLOBALEVENTID → the event (object) that holds it. */
static GHashTable *
events_by_row_id (JsonNode *root)
{
  JsonArray *events = member_array (root, "events");
  GHashTable *by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < json_array_get_length (events); i++)
    {
      JsonObject *ev = json_array_get_object_element (events, i);
      JsonArray *ids = json_object_get_array_member (ev, "x-gdelt-ids");

      for (guint k = 0; k < json_array_get_length (ids); k++)
        {
          char *id = g_strdup_printf ("%" G_GINT64_FORMAT, json_array_get_int_element (ids, k));

          /* Each row in exactly one event. */
          g_assert_false (g_hash_table_contains (by_id, id));
          g_hash_table_insert (by_id, id, ev);
        }
    }
  return by_id;
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

static gboolean
event_has_source (JsonObject *ev,
                  GHashTable *sources,
                  const char *url)
{
  JsonArray *list = json_object_get_array_member (ev, "sources");

  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      JsonObject *src = g_hash_table_lookup (sources, json_array_get_string_element (list, i));
      const char *src_url = json_object_get_string_member_with_default (src, "url", NULL);

      if (g_strcmp0 (src_url, url) == 0 ||
          (src_url == NULL && g_strcmp0 (json_object_get_string_member (src, "outlet"), url) == 0))
        return TRUE;
    }
  return FALSE;
}

static char *
sqldate_to_iso (const char *sqldate)
{
  return g_strdup_printf ("%.4s-%.2s-%.2s", sqldate, sqldate + 4, sqldate + 6);
}

/* Every row with an actor is in one event, with its date, code, source
 * and mentions; rows with the same actors, code and day share it. */
static void
check_rows (JsonNode  *root,
            GPtrArray *rows,
            guint      url_column)
{
  g_autoptr(GHashTable) by_row = events_by_row_id (root);
  g_autoptr(GHashTable) sources = objects_by_id (root, "sources");
  g_autoptr(GHashTable) group_event = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) mentions = g_hash_table_new (NULL, NULL);
  JsonArray *events = member_array (root, "events");
  guint with_actor = 0;

  for (guint i = 0; i < rows->len; i++)
    {
      char **f = g_ptr_array_index (rows, i);
      JsonObject *ev;
      g_autofree char *date = NULL;
      g_autofree char *group = NULL;

      if (*f[5] == 0)
        {
          g_assert_false (g_hash_table_contains (by_row, f[0]));
          continue;
        }
      with_actor++;
      ev = g_hash_table_lookup (by_row, f[0]);
      g_assert_nonnull (ev);

      date = sqldate_to_iso (f[1]);
      g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (ev, "date"), "start"), ==, date);
      g_assert_cmpstr (json_object_get_string_member (ev, "x-cameo"), ==, f[26]);
      g_assert_cmpint (json_object_get_int_member (ev, "x-quad-class"), ==, atoi (f[29]));
      g_assert_cmpint (json_array_get_length (json_object_get_array_member (ev, "targets")), ==, *f[15] ? 1 : 0);
      g_assert_true (event_has_source (ev, sources, f[url_column]));
      g_hash_table_insert (mentions, ev, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (mentions, ev)) +
                                                          (guint)atoi (f[31])));

      group = g_strjoin ("\t", f[5], f[6], f[15], f[16], f[26], f[1], NULL);
      if (g_hash_table_contains (group_event, group))
        g_assert_true (g_hash_table_lookup (group_event, group) == ev);
      else
        g_hash_table_insert (group_event, g_steal_pointer (&group), ev);
    }

  g_assert_cmpuint (g_hash_table_size (by_row), ==, with_actor);
  for (guint i = 0; i < json_array_get_length (events); i++)
    {
      JsonObject *ev = json_array_get_object_element (events, i);

      g_assert_cmpint (json_object_get_int_member (ev, "x-mentions"), ==,
                       GPOINTER_TO_UINT (g_hash_table_lookup (mentions, ev)));
      g_assert_cmpuint (json_array_get_length (json_object_get_array_member (ev, "sources")), >, 0);
      g_assert_cmpuint (json_array_get_length (json_object_get_array_member (ev, "quotes")), ==, 0);
      g_assert_cmpstr (json_object_get_string_member (ev, "status"), ==, "reported");
    }
}

static void
test_zip_day (void)
{
  const char *names[] = { ZIP, NULL };
  g_autofree char *path = fixture (ZIP);
  g_autoptr(GBytes) csv = unzip (path);
  g_autoptr(GPtrArray) rows = split_rows (csv);
  g_autoptr(TautanImporter) importer = NULL;
  g_autoptr(JsonNode) root = NULL;
  TautanImportOptions options;
  TautanImportStats stats;
  guint no_actor = 0;

  tautan_import_options_init (&options);
  importer = import_files (&options, names);
  root = build_json (importer);
  tautan_importer_get_stats (importer, &stats);

  /* SOURCES.md: 14,346 rows, all unique GLOBALEVENTIDs. */
  g_assert_cmpuint (rows->len, ==, 14346);
  for (guint i = 0; i < rows->len; i++)
    no_actor += *((char **)g_ptr_array_index (rows, i))[5] == 0;
  g_assert_cmpuint (stats.n_rows, ==, rows->len);
  g_assert_cmpuint (stats.n_bad, ==, 0);
  g_assert_cmpuint (stats.n_duplicates, ==, 0);
  g_assert_cmpuint (stats.n_no_actor, ==, no_actor);
  g_assert_cmpuint (stats.n_kept, ==, rows->len - no_actor);
  g_assert_cmpuint (stats.n_events, ==, json_array_get_length (member_array (root, "events")));
  g_assert_cmpuint (stats.n_events, <, stats.n_kept);
  g_assert_cmpuint (tautan_importer_get_diagnostics (importer)->len, ==, 0);

  check_rows (root, rows, 57);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (root), "title"), ==,
                   "GDELT 1.0 events from " ZIP);
}

/* The zip and what it holds make the same events. */
static void
test_zip_equals_plain (void)
{
  const char *names[] = { ZIP, NULL };
  g_autofree char *path = fixture (ZIP);
  g_autoptr(GBytes) csv = unzip (path);
  g_autoptr(TautanImporter) zipped = NULL;
  g_autoptr(TautanImporter) plain = NULL;
  g_autoptr(JsonNode) a = NULL;
  g_autoptr(JsonNode) b = NULL;
  g_autoptr(GError) error = NULL;
  TautanImportOptions options;

  tautan_import_options_init (&options);
  zipped = import_files (&options, names);
  plain = tautan_importer_new (&options, &error);
  g_assert_no_error (error);
  g_assert_true (tautan_importer_add_data (plain, "20130401.export.CSV", g_bytes_get_data (csv, NULL),
                                           g_bytes_get_size (csv), &error));
  a = build_json (zipped);
  b = build_json (plain);
  for (guint t = 0; t < 3; t++)
    {
      const char *table = (const char *[]) { "events", "entities", "sources" }[t];
      g_autoptr(JsonNode) x = json_node_init_array (json_node_alloc (), member_array (a, table));
      g_autoptr(JsonNode) y = json_node_init_array (json_node_alloc (), member_array (b, table));

      g_assert_true (json_node_equal (x, y));
    }
}

static void
test_gdelt2 (void)
{
  const char *names[] = { HEAD2, NULL };
  g_autoptr(GPtrArray) rows = read_rows (HEAD2);
  g_autoptr(TautanImporter) importer = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GHashTable) by_row = NULL;
  TautanImportOptions options;
  TautanImportStats stats;
  JsonArray *events;

  tautan_import_options_init (&options);
  importer = import_files (&options, names);
  root = build_json (importer);
  tautan_importer_get_stats (importer, &stats);
  g_assert_cmpuint (stats.n_rows, ==, 200);
  g_assert_cmpuint (stats.n_bad, ==, 0);
  check_rows (root, rows, 60);

  events = member_array (root, "events");
  for (guint i = 0; i < json_array_get_length (events); i++)
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (events, i), "x-database"), ==,
                     "GDELT 2.0");

  /* ActionGeo is columns 53, 57 and 58 in 2.0 (an ADM2Code before Lat). */
  by_row = events_by_row_id (root);
  for (guint i = 0; i < rows->len; i++)
    {
      char **f = g_ptr_array_index (rows, i);
      JsonObject *ev = g_hash_table_lookup (by_row, f[0]);

      /* A merged event is placed where its first row is. */
      if (ev == NULL || *f[52] == 0 || *f[56] == 0 ||
          json_array_get_length (json_object_get_array_member (ev, "x-gdelt-ids")) != 1)
        continue;
      g_assert_cmpfloat_with_epsilon (json_object_get_double_member (ev, "x-lat"), g_ascii_strtod (f[56], NULL), 1e-3);
      g_assert_cmpfloat_with_epsilon (json_object_get_double_member (ev, "x-lon"), g_ascii_strtod (f[57], NULL), 1e-3);
    }
}

static void
test_bad_rows (void)
{
  const char *names[] = { "bad-rows.CSV", NULL };
  g_autofree char *expected_path = fixture ("bad-rows.expected");
  g_autofree char *expected = NULL;
  g_autoptr(TautanImporter) importer = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GHashTable) by_row = NULL;
  g_autoptr(GString) got = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *path = fixture (names[0]);
  const char *display[] = { "gdelt/bad-rows.CSV" };
  TautanImportOptions options;
  TautanImportStats stats;
  GPtrArray *diagnostics;

  tautan_import_options_init (&options);
  importer = tautan_importer_new (&options, &error);
  g_ptr_array_add (files, g_file_new_for_path (path));
  g_assert_true (tautan_importer_add_files (importer, (GFile * const *)files->pdata, display, 1, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  /* Each bad row named by file, line and column; the rest goes on. */
  diagnostics = tautan_importer_get_diagnostics (importer);
  for (guint i = 0; i < diagnostics->len; i++)
    {
      g_autofree char *line = tautan_diagnostic_format (g_ptr_array_index (diagnostics, i));

      g_string_append_printf (got, "%s\n", line);
    }
  g_assert_true (g_file_get_contents (expected_path, &expected, NULL, NULL));
  g_assert_cmpstr (got->str, ==, expected);

  root = build_json (importer);
  tautan_importer_get_stats (importer, &stats);
  g_assert_cmpuint (stats.n_rows, ==, 12);
  g_assert_cmpuint (stats.n_bad, ==, diagnostics->len);
  g_assert_cmpuint (stats.n_no_actor, ==, 1);
  g_assert_cmpuint (stats.n_kept, ==, 3);

  /* The first row, the CRLF one and the last, unterminated one. A
   * noncharacter (U+FDD0) is no text: the loader would refuse it. */
  by_row = events_by_row_id (root);
  g_assert_cmpuint (g_hash_table_size (by_row), ==, 3);
  g_assert_true (g_hash_table_contains (by_row, "253461011"));
  g_assert_true (g_hash_table_contains (by_row, "253461068"));
  g_assert_true (g_hash_table_contains (by_row, "253461071"));
}

/* The x- members survive a save: the format keeps unknown members. */
static void
test_round_trip (void)
{
  const char *names[] = { HEAD1, NULL };
  g_autoptr(TautanImporter) importer = NULL;
  g_autoptr(TautanDataset) dataset = NULL;
  g_autoptr(JsonNode) imported = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  JsonNode *root;
  TautanImportOptions options;
  const char *tables[] = { "events", "entities", "sources" };

  tautan_import_options_init (&options);
  importer = import_files (&options, names);
  imported = build_json (importer);
  dataset = tautan_importer_build_dataset (importer, &error);
  g_assert_no_error (error);
  saved = tautan_dataset_to_json (dataset, NULL);
  g_assert_true (json_parser_load_from_data (parser, saved, -1, &error));
  root = json_parser_get_root (parser);

  g_assert_true (json_node_equal (json_object_get_member (json_node_get_object (imported), "x-import"),
                                  json_object_get_member (json_node_get_object (root), "x-import")));
  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      JsonArray *before = member_array (imported, tables[t]);
      JsonArray *after = member_array (root, tables[t]);

      g_assert_cmpuint (json_array_get_length (before), ==, json_array_get_length (after));
      for (guint i = 0; i < json_array_get_length (before); i++)
        {
          JsonObject *a = json_array_get_object_element (before, i);
          JsonObject *b = json_array_get_object_element (after, i);
          g_autoptr(GList) members = json_object_get_members (a);
          guint n_extras = 0;

          for (GList *m = members; m != NULL; m = m->next)
            if (g_str_has_prefix (m->data, "x-"))
              {
                g_assert_true (json_object_has_member (b, m->data));
                g_assert_true (json_node_equal (json_object_get_member (a, m->data), json_object_get_member (b, m->data)));
                n_extras++;
              }
          g_assert_cmpuint (n_extras, >, 0);
        }
    }
}

typedef gboolean (*RowTest) (char **f, gpointer data);

/* The rows @options keep, as ids, against those @keep says they should. */
static void
check_filter (const TautanImportOptions *options,
              RowTest                    keep,
              gpointer                   data)
{
  const char *names[] = { HEAD1, NULL };
  g_autoptr(GPtrArray) rows = read_rows (HEAD1);
  g_autoptr(TautanImporter) importer = import_files (options, names);
  g_autoptr(JsonNode) root = build_json (importer);
  g_autoptr(GHashTable) by_row = events_by_row_id (root);
  guint kept = 0;

  for (guint i = 0; i < rows->len; i++)
    {
      char **f = g_ptr_array_index (rows, i);
      gboolean wanted = *f[5] != 0 && keep (f, data);

      g_assert_cmpint (g_hash_table_contains (by_row, f[0]), ==, wanted);
      kept += wanted;
    }
  g_assert_cmpuint (kept, >, 0);
  g_assert_cmpuint (kept, <, rows->len);
}

static gboolean
keep_country (char   **f,
              gpointer data)
{
  return g_strcmp0 (f[7], data) == 0 || g_strcmp0 (f[17], data) == 0;
}

static gboolean
keep_actor_prefix (char   **f,
                   gpointer data)
{
  return g_str_has_prefix (f[5], data) || g_str_has_prefix (f[15], data);
}

static gboolean
keep_roots (char   **f,
            gpointer data)
{
  return strcmp (f[28], "04") == 0 || strcmp (f[28], "19") == 0;
}

static gboolean
keep_quads (char   **f,
            gpointer data)
{
  return strcmp (f[29], "3") == 0 || strcmp (f[29], "4") == 0;
}

static gboolean
keep_dates (char   **f,
            gpointer data)
{
  return strcmp (f[1], "20030101") >= 0 && strcmp (f[1], "20031231") <= 0;
}

static void
test_filters (void)
{
  TautanImportOptions options;
  const char *china[] = { "chn", NULL };            /* codes in any case */
  const char *china_name[] = { "China", NULL };     /* or names */
  const char *usa[] = { "USA", NULL };
  const char *roots[] = { "04", "19", NULL };

  tautan_import_options_init (&options);
  options.countries = china;
  check_filter (&options, keep_country, "CHN");
  options.countries = china_name;
  check_filter (&options, keep_country, "CHN");

  tautan_import_options_init (&options);
  options.actors = usa;
  check_filter (&options, keep_actor_prefix, "USA");

  tautan_import_options_init (&options);
  options.roots = roots;
  check_filter (&options, keep_roots, NULL);

  tautan_import_options_init (&options);
  options.quad_classes = 1u << TAUTAN_QUAD_VERBAL_CONFLICT | 1u << TAUTAN_QUAD_MATERIAL_CONFLICT;
  check_filter (&options, keep_quads, NULL);

  tautan_import_options_init (&options);
  options.since = tautan_day_from_ymd (2003, 1, 1);
  options.until = tautan_day_from_ymd (2003, 12, 31);
  check_filter (&options, keep_dates, NULL);
}

/* Event-level filters: the events left are those of the unfiltered
 * import that pass. */
static void
test_event_filters (void)
{
  const char *names[] = { HEAD1, NULL };
  g_autoptr(TautanImporter) all_importer = NULL;
  g_autoptr(TautanImporter) busy_importer = NULL;
  g_autoptr(TautanImporter) named_importer = NULL;
  g_autoptr(JsonNode) all = NULL;
  g_autoptr(JsonNode) busy = NULL;
  g_autoptr(JsonNode) named = NULL;
  g_autoptr(GHashTable) busy_ids = NULL;
  g_autoptr(GHashTable) named_ids = NULL;
  g_autoptr(GHashTable) all_entities = NULL;
  g_autoptr(GHashTable) named_entities = NULL;
  TautanImportOptions options;
  JsonArray *events;
  guint n_busy = 0, n_named = 0;

  tautan_import_options_init (&options);
  all_importer = import_files (&options, names);
  all = build_json (all_importer);
  options.min_mentions = 10;
  busy_importer = import_files (&options, names);
  busy = build_json (busy_importer);
  tautan_import_options_init (&options);
  options.named_only = TRUE;
  named_importer = import_files (&options, names);
  named = build_json (named_importer);

  busy_ids = objects_by_id (busy, "events");
  named_ids = objects_by_id (named, "events");
  all_entities = objects_by_id (all, "entities");
  named_entities = objects_by_id (named, "entities");
  events = member_array (all, "events");
  for (guint i = 0; i < json_array_get_length (events); i++)
    {
      JsonObject *ev = json_array_get_object_element (events, i);
      const char *id = json_object_get_string_member (ev, "id");
      JsonArray *targets = json_object_get_array_member (ev, "targets");
      const char *actor = json_array_get_string_element (json_object_get_array_member (ev, "actors"), 0);
      gboolean named_pair = json_array_get_length (targets) == 1;

      g_assert_cmpint (g_hash_table_contains (busy_ids, id), ==, json_object_get_int_member (ev, "x-mentions") >= 10);
      n_busy += json_object_get_int_member (ev, "x-mentions") >= 10;

      for (guint k = 0; k < 2 && named_pair; k++)
        {
          const char *who = k == 0 ? actor : json_array_get_string_element (targets, 0);
          JsonObject *entity = g_hash_table_lookup (all_entities, who);

          named_pair = strcmp (json_object_get_string_member (entity, "kind"), "unnamed-group") != 0;
        }
      g_assert_cmpint (g_hash_table_contains (named_ids, id), ==, named_pair);
      n_named += named_pair;
    }
  g_assert_cmpuint (n_busy, >, 0);
  g_assert_cmpuint (n_named, >, 0);
  g_assert_cmpuint (g_hash_table_size (busy_ids), ==, n_busy);
  g_assert_cmpuint (g_hash_table_size (named_ids), ==, n_named);
}

/* Read twice, a row is one record, not a second report. */
static void
test_repeated_file (void)
{
  const char *once[] = { HEAD1, NULL };
  const char *twice[] = { HEAD1, HEAD1, NULL };
  g_autoptr(TautanImporter) a = NULL;
  g_autoptr(TautanImporter) b = NULL;
  g_autoptr(JsonNode) ja = NULL;
  g_autoptr(JsonNode) jb = NULL;
  g_autoptr(JsonNode) ea = NULL;
  g_autoptr(JsonNode) eb = NULL;
  TautanImportOptions options;
  TautanImportStats sa, sb;

  tautan_import_options_init (&options);
  a = import_files (&options, once);
  b = import_files (&options, twice);
  ja = build_json (a);
  jb = build_json (b);
  tautan_importer_get_stats (a, &sa);
  tautan_importer_get_stats (b, &sb);
  g_assert_cmpuint (sb.n_rows, ==, 2 * sa.n_rows);
  g_assert_cmpuint (sb.n_duplicates, ==, sa.n_kept);
  g_assert_cmpuint (sb.n_kept, ==, sa.n_kept);
  ea = json_node_init_array (json_node_alloc (), member_array (ja, "events"));
  eb = json_node_init_array (json_node_alloc (), member_array (jb, "events"));
  g_assert_true (json_node_equal (ea, eb));
}

static void
record_progress (double   fraction,
                 gpointer user_data)
{
  GArray *seen = user_data;

  g_array_append_val (seen, fraction);
}

static void
test_progress_and_cancel (void)
{
  g_autofree char *path = fixture (ZIP);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(TautanImporter) importer = NULL;
  g_autoptr(TautanImporter) cancelled = NULL;
  g_autoptr(GError) error = NULL;
  TautanImportOptions options;

  tautan_import_options_init (&options);
  importer = tautan_importer_new (&options, &error);
  g_assert_true (tautan_importer_add_files (importer, &file, NULL, 1, NULL, record_progress, seen, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (seen->len, >=, 2);
  for (guint i = 1; i < seen->len; i++)
    g_assert_cmpfloat (g_array_index (seen, double, i), >=, g_array_index (seen, double, i - 1));
  g_assert_cmpfloat (g_array_index (seen, double, seen->len - 1), ==, 1.0);

  g_cancellable_cancel (cancellable);
  cancelled = tautan_importer_new (&options, &error);
  g_assert_false (tautan_importer_add_files (cancelled, &file, NULL, 1, cancellable, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
test_damaged_zip (void)
{
  g_autofree char *path = fixture (ZIP);
  g_autofree char *data = NULL;
  g_autofree char *tmp = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(TautanImporter) importer = NULL;
  g_autoptr(GError) error = NULL;
  const char *display[] = { "cut.zip" };
  TautanImportOptions options;
  gsize len;
  int fd;

  g_assert_true (g_file_get_contents (path, &data, &len, NULL));
  fd = g_file_open_tmp ("cut-XXXXXX.zip", &tmp, &error);
  g_assert_no_error (error);
  g_assert_cmpint (write (fd, data, len / 2), ==, (gssize)(len / 2));
  close (fd);

  /* Half an archive: an error naming the file, not half a dataset. */
  tautan_import_options_init (&options);
  importer = tautan_importer_new (&options, &error);
  file = g_file_new_for_path (tmp);
  g_assert_false (tautan_importer_add_files (importer, &file, display, 1, NULL, NULL, NULL, &error));
  g_assert_error (error, TAUTAN_IMPORT_ERROR, TAUTAN_IMPORT_ERROR_READ);
  g_assert_true (g_str_has_prefix (error->message, "cut.zip/20130401.export.CSV: error: cannot read the file: "));
  g_unlink (tmp);
}

static void
add_entry (struct archive *a,
           const char     *name,
           const char     *fixture_name)
{
  g_autofree char *path = fixture (fixture_name);
  g_autofree char *data = NULL;
  struct archive_entry *entry = archive_entry_new ();
  gsize len;

  g_assert_true (g_file_get_contents (path, &data, &len, NULL));
  archive_entry_set_pathname (entry, name);
  archive_entry_set_filetype (entry, AE_IFREG);
  archive_entry_set_perm (entry, 0644);
  archive_entry_set_size (entry, (la_int64_t)len);
  g_assert_cmpint (archive_write_header (a, entry), ==, ARCHIVE_OK);
  g_assert_cmpint (archive_write_data (a, data, len), ==, (la_ssize_t)len);
  archive_entry_free (entry);
}

/* Every file of an archive is read, and named in diagnostics. */
static void
test_zip_entries (void)
{
  g_autofree char *tmp = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(TautanImporter) importer = NULL;
  g_autoptr(GError) error = NULL;
  const char *display[] = { "two.zip" };
  struct archive *a = archive_write_new ();
  TautanImportOptions options;
  TautanImportStats stats;
  GPtrArray *diagnostics;
  TautanDiagnostic *d;
  int fd;

  fd = g_file_open_tmp ("two-XXXXXX.zip", &tmp, &error);
  g_assert_no_error (error);
  close (fd);
  archive_write_set_format_zip (a);
  g_assert_cmpint (archive_write_open_filename (a, tmp), ==, ARCHIVE_OK);
  add_entry (a, "a.CSV", HEAD1);
  add_entry (a, "b.CSV", "bad-rows.CSV");
  archive_write_free (a);

  tautan_import_options_init (&options);
  importer = tautan_importer_new (&options, &error);
  file = g_file_new_for_path (tmp);
  g_assert_true (tautan_importer_add_files (importer, &file, display, 1, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  tautan_importer_get_stats (importer, &stats);
  g_assert_cmpuint (stats.n_rows, ==, 200 + 12);
  diagnostics = tautan_importer_get_diagnostics (importer);
  g_assert_cmpuint (diagnostics->len, >, 0);
  d = g_ptr_array_index (diagnostics, 0);
  g_assert_cmpstr (d->file, ==, "two.zip/b.CSV");
  g_assert_cmpuint (d->line, ==, 2);
  g_unlink (tmp);
}

static void
test_unreadable (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "gdelt", NULL);
  g_autofree char *missing = fixture ("no-such-file.CSV");
  GFile *files[2];
  TautanImportOptions options;

  tautan_import_options_init (&options);
  files[0] = g_file_new_for_path (dir);
  files[1] = g_file_new_for_path (missing);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(TautanImporter) importer = tautan_importer_new (&options, &error);
      const char *display[] = { i ? "no-such-file.CSV" : "gdelt" };

      g_assert_false (tautan_importer_add_files (importer, &files[i], display, 1, NULL, NULL, NULL, &error));
      g_assert_error (error, TAUTAN_IMPORT_ERROR, TAUTAN_IMPORT_ERROR_READ);
      g_assert_true (g_str_has_prefix (error->message, display[0]));
      g_object_unref (files[i]);
    }
}

static void
test_bad_options (void)
{
  const char *roots[] = { "21", NULL };
  const char *names[] = { HEAD1, NULL };
  const char *nowhere[] = { "ATA", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanImporter) empty = NULL;
  g_autoptr(GBytes) json = NULL;
  TautanImportOptions options;

  tautan_import_options_init (&options);
  options.roots = roots;
  g_assert_null (tautan_importer_new (&options, &error));
  g_assert_error (error, TAUTAN_IMPORT_ERROR, TAUTAN_IMPORT_ERROR_INVALID);
  g_clear_error (&error);

  tautan_import_options_init (&options);
  options.since = tautan_day_from_ymd (2013, 4, 2);
  options.until = tautan_day_from_ymd (2013, 4, 1);
  g_assert_null (tautan_importer_new (&options, &error));
  g_assert_error (error, TAUTAN_IMPORT_ERROR, TAUTAN_IMPORT_ERROR_INVALID);
  g_clear_error (&error);

  /* Nothing left: an error that says why, no empty dataset. */
  tautan_import_options_init (&options);
  options.countries = nowhere;
  empty = import_files (&options, names);
  json = tautan_importer_build_json (empty, &error);
  g_assert_null (json);
  g_assert_error (error, TAUTAN_IMPORT_ERROR, TAUTAN_IMPORT_ERROR_EMPTY);
}

typedef struct
{
  GMainLoop     *loop;
  TautanDataset *dataset;
  GPtrArray     *diagnostics;
  TautanImportStats stats;
  guint          progress;
} AsyncState;

static void
async_progress (double   fraction,
                gpointer user_data)
{
  g_atomic_int_inc ((int *)user_data);
}

static void
async_done (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  AsyncState *state = user_data;
  g_autoptr(GError) error = NULL;

  state->dataset = tautan_import_finish (result, &state->diagnostics, &state->stats, &error);
  g_assert_no_error (error);
  g_main_loop_quit (state->loop);
}

/* The app's way: a worker thread, progress there, the dataset here. */
static void
test_async (void)
{
  g_autofree char *path = fixture ("bad-rows.CSV");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AsyncState state = { 0 };
  TautanImportOptions options;

  tautan_import_options_init (&options);
  state.loop = g_main_loop_new (NULL, FALSE);
  tautan_import_async (&options, &file, 1, NULL, async_progress, &state.progress, NULL, async_done, &state);
  g_main_loop_run (state.loop);

  g_assert_nonnull (state.dataset);
  g_assert_cmpuint (tautan_dataset_get_n_events (state.dataset), ==, 3);
  g_assert_cmpuint (state.diagnostics->len, ==, 8);
  g_assert_cmpuint (state.stats.n_rows, ==, 12);
  g_assert_cmpuint (state.progress, >, 0);

  g_clear_object (&state.dataset);
  g_clear_pointer (&state.diagnostics, g_ptr_array_unref);
  g_main_loop_unref (state.loop);
}

/* What opening or dropping a file takes for an event file, by its first
 * bytes: GDELT's and ICEWS's shapes, archives, and what is neither. */
static void
test_sniff (void)
{
  const struct { const char *head; gboolean events; TautanImportDatabase database; } cases[] = {
    { "{\n  \"format\": \"tautan-dataset\"", FALSE, 0 },
    { "Putin bertemu Kim Jong Un\n\nPYONGYANG - ...", FALSE, 0 },
    { "", FALSE, 0 },
    { "Event ID\tEvent Date\tSource Name\n", TRUE, TAUTAN_IMPORT_ICEWS },
    { "Mahmoud Abbas\tConsult\tEnvoy (United States)\t2011-09-08\n", TRUE, TAUTAN_IMPORT_ICEWS },
    { "Mahmoud Abbas\tConsult\tEnvoy (United States)\t2011-09-08\r\n", TRUE, TAUTAN_IMPORT_ICEWS },
    /* four columns that end in no date: prose with tabs */
    { "Name\tRole\tPlace\tNotes\n", FALSE, 0 },
    { "PK\3\4", FALSE, 0 },
    { "\x1f\x8b\x08", TRUE, TAUTAN_IMPORT_GDELT },
  };
  g_autofree char *zip_path = fixture (ZIP);
  g_autofree char *plain_path = fixture (HEAD1);
  g_autofree char *v2_path = fixture (HEAD2);
  const char *paths[] = { zip_path, plain_path, v2_path };
  g_autoptr(GString) row = g_string_new ("1");
  guint8 zip_head[64] = "PK\3\4";
  const char *member = "events.2018.tab";
  TautanImportDatabase database;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      database = -1;
      g_assert_cmpint (tautan_import_sniff ((const guint8 *)cases[i].head, strlen (cases[i].head), &database), ==,
                       cases[i].events);
      if (cases[i].events)
        g_assert_cmpint (database, ==, cases[i].database);
    }
  /* the published files, zipped and plain, 1.0 and 2.0 */
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autofree char *contents = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (paths[i], &contents, &length, NULL));
      database = -1;
      g_assert_true (tautan_import_sniff ((const guint8 *)contents, MIN (length, 4096), &database));
      g_assert_cmpint (database, ==, TAUTAN_IMPORT_GDELT);
    }
  /* 20 columns are ICEWS's, 57 GDELT's only after a numeric id */
  for (guint i = 1; i < 20; i++)
    g_string_append (row, "\tx");
  g_assert_true (tautan_import_sniff ((const guint8 *)row->str, row->len, &database));
  g_assert_cmpint (database, ==, TAUTAN_IMPORT_ICEWS);
  for (guint i = 20; i < 57; i++)
    g_string_append (row, "\tx");
  g_assert_true (tautan_import_sniff ((const guint8 *)row->str, row->len, &database));
  g_assert_cmpint (database, ==, TAUTAN_IMPORT_GDELT);
  row->str[0] = 'x';
  g_assert_false (tautan_import_sniff ((const guint8 *)row->str, row->len, &database));
  /* a zip whose first member is an ICEWS .tab */
  zip_head[26] = strlen (member);
  memcpy (zip_head + 30, member, strlen (member));
  g_assert_true (tautan_import_sniff (zip_head, sizeof zip_head, &database));
  g_assert_cmpint (database, ==, TAUTAN_IMPORT_ICEWS);
  /* a zip of something else: an office document */
  memset (zip_head + 30, 0, sizeof zip_head - 30);
  zip_head[26] = strlen ("[Content_Types].xml");
  memcpy (zip_head + 30, "[Content_Types].xml", strlen ("[Content_Types].xml"));
  g_assert_false (tautan_import_sniff (zip_head, sizeof zip_head, NULL));
  /* a name longer than the head read is cut, not read past */
  memcpy (zip_head + 30, member, strlen (member) + 1);
  zip_head[26] = 200;
  g_assert_true (tautan_import_sniff (zip_head, sizeof zip_head, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/tautan/import-gdelt/zip-day", test_zip_day);
  g_test_add_func ("/tautan/import-gdelt/zip-equals-plain", test_zip_equals_plain);
  g_test_add_func ("/tautan/import-gdelt/gdelt2", test_gdelt2);
  g_test_add_func ("/tautan/import-gdelt/bad-rows", test_bad_rows);
  g_test_add_func ("/tautan/import-gdelt/round-trip", test_round_trip);
  g_test_add_func ("/tautan/import-gdelt/filters", test_filters);
  g_test_add_func ("/tautan/import-gdelt/event-filters", test_event_filters);
  g_test_add_func ("/tautan/import-gdelt/repeated-file", test_repeated_file);
  g_test_add_func ("/tautan/import-gdelt/progress-and-cancel", test_progress_and_cancel);
  g_test_add_func ("/tautan/import-gdelt/damaged-zip", test_damaged_zip);
  g_test_add_func ("/tautan/import-gdelt/zip-entries", test_zip_entries);
  g_test_add_func ("/tautan/import-gdelt/unreadable", test_unreadable);
  g_test_add_func ("/tautan/import-gdelt/bad-options", test_bad_options);
  g_test_add_func ("/tautan/import-gdelt/async", test_async);
  g_test_add_func ("/tautan/import-gdelt/sniff", test_sniff);

  return g_test_run ();
}
