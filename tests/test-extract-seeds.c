/* test-extract-seeds.c: `tautan extract` against the curated bundled dataset
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The bundled dataset was curated by hand from the five seed articles: its
 * quotes have exact offsets into each article's text. Run on the same
 * texts, the extractor must find every curated quote at the same offsets,
 * name the mission's actors, and fail clearly on bad input.
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "tautan-test-cli.h"

static int
run (const char * const *args,
     const char         *input,
     char              **out,
     char              **err)
{
  TautanTestCliOptions options = { .input = input };

  return tautan_test_cli_run_with (&options, args, out, err);
}

static JsonNode *
parse (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static JsonObject *
bundled (JsonNode **holder)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "resources", "datasets", "korea-russia.json", NULL);
  g_autofree char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  *holder = parse (text);
  return json_node_get_object (*holder);
}

/* The name of the entity a quote's speaker points to, or NULL. */
static const char *
speaker_name (JsonObject *dataset,
              JsonObject *quote)
{
  JsonNode *speaker = json_object_get_member (quote, "speaker");
  const char *id = NULL;
  JsonArray *entities = json_object_get_array_member (dataset, "entities");

  if (speaker == NULL || JSON_NODE_HOLDS_NULL (speaker))
    return NULL;
  if (JSON_NODE_HOLDS_OBJECT (speaker))
    id = json_object_get_string_member_with_default (json_node_get_object (speaker), "entity", NULL);
  else if (JSON_NODE_HOLDS_VALUE (speaker))
    id = json_node_get_string (speaker);
  for (guint i = 0; id && i < json_array_get_length (entities); i++)
    {
      JsonObject *e = json_array_get_object_element (entities, i);

      if (g_strcmp0 (json_object_get_string_member (e, "id"), id) == 0)
        return json_object_get_string_member (e, "name");
    }
  return NULL;
}

static void
test_curated_quotes (void)
{
  g_autoptr(JsonNode) holder = NULL;
  JsonObject *curated = bundled (&holder);
  JsonArray *sources = json_object_get_array_member (curated, "sources");
  JsonArray *quotes = json_object_get_array_member (curated, "quotes");
  g_autofree char *dir = g_dir_make_tmp ("tautan-extract-XXXXXX", NULL);
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *mission[] = { "Kim Jong Un", "Vladimir Putin", "Sergei Lavrov", "Choe Son Hui", "Donald Trump",
                            "North Korea", "Russia", "Ukraine", "United States" };
  guint n_quotes = 0, found = 0, same_speaker = 0, with_speaker = 0;

  g_assert_nonnull (dir);
  for (guint s = 0; s < json_array_get_length (sources); s++)
    {
      JsonObject *source = json_array_get_object_element (sources, s);
      const char *id = json_object_get_string_member (source, "id");
      const char *published = json_object_get_string_member_with_default (source, "published", NULL);
      g_autofree char *path = g_build_filename (dir, json_object_get_string_member (source, "x-seed-file"), NULL);
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      g_autoptr(JsonNode) extracted_node = NULL;
      JsonObject *extracted;
      JsonArray *xquotes, *xentities;
      const char *args[] = { "extract", path, published ? "--published" : NULL, published, NULL };

      g_assert_true (g_file_set_contents (path, json_object_get_string_member (source, "text"), -1, NULL));
      g_assert_cmpint (run (args, NULL, &out, &err), ==, 0);
      extracted_node = parse (out);
      extracted = json_node_get_object (extracted_node);
      xquotes = json_object_get_array_member (extracted, "quotes");
      xentities = json_object_get_array_member (extracted, "entities");
      for (guint e = 0; e < json_array_get_length (xentities); e++)
        g_hash_table_add (names, g_strdup (json_object_get_string_member (json_array_get_object_element (xentities, e),
                                                                          "name")));

      for (guint q = 0; q < json_array_get_length (quotes); q++)
        {
          JsonObject *quote = json_array_get_object_element (quotes, q);
          gint64 start = json_object_get_int_member (quote, "start");
          gint64 end = json_object_get_int_member (quote, "end");
          JsonObject *match = NULL;

          if (g_strcmp0 (json_object_get_string_member (quote, "source"), id) != 0)
            continue;
          n_quotes++;
          for (guint x = 0; x < json_array_get_length (xquotes) && match == NULL; x++)
            {
              JsonObject *xq = json_array_get_object_element (xquotes, x);

              if (json_object_get_int_member (xq, "start") == start && json_object_get_int_member (xq, "end") == end)
                match = xq;
            }
          if (match == NULL)
            {
              g_test_message ("%s: quote %" G_GINT64_FORMAT "–%" G_GINT64_FORMAT " not found", id, start, end);
              continue;
            }
          found++;
          /* The English gloss is never invented. */
          g_assert_cmpstr (json_object_get_string_member_with_default (match, "gloss", ""), ==, "");
          if (speaker_name (curated, quote) != NULL)
            {
              with_speaker++;
              same_speaker += g_strcmp0 (speaker_name (curated, quote), speaker_name (extracted, match)) == 0;
            }
        }
      g_unlink (path);
    }
  g_rmdir (dir);

  g_test_message ("extract-seeds quotes %u/%u at the curated offsets, speakers %u/%u",
                  found, n_quotes, same_speaker, with_speaker);
  g_assert_cmpuint (n_quotes, ==, 23);
  g_assert_cmpuint (found, ==, n_quotes);
  g_assert_cmpuint (same_speaker, ==, with_speaker);
  for (guint i = 0; i < G_N_ELEMENTS (mission); i++)
    if (!g_hash_table_contains (names, mission[i]))
      g_error ("the seeds' extraction names no “%s”", mission[i]);
}

static void
test_errors (void)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *missing[] = { "extract", "/nonexistent/article.txt", NULL };
  const char *bad_date[] = { "extract", "--published", "bulan lalu", "-", NULL };
  const char *jsonl[] = { "extract", "--jsonl", NULL };
  g_auto(GStrv) lines = NULL;
  g_autoptr(JsonNode) second = NULL;

  g_assert_cmpint (run (missing, NULL, &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, "/nonexistent/article.txt"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run (bad_date, "Putin bertemu Kim.", &out, &err), ==, 2);
  g_assert_nonnull (strstr (err, "bulan lalu"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* One line per article; a broken one says its line and why, the rest go
   * on, and the exit status says something failed. */
  g_assert_cmpint (run (jsonl, "{\"id\": \"a\", \"text\": \"Putin bertemu Kim Jong Un di Pyongyang pada 19 Juni 2024.\"}\n"
                               "{\"id\": \"b\"\n", &out, &err), ==, 1);
  lines = g_strsplit (out, "\n", -1);
  g_assert_nonnull (strstr (lines[0], "\"dataset\""));
  second = parse (lines[1]);
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (second), "line"), ==, 2);
  g_assert_true (json_object_has_member (json_node_get_object (second), "error"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/tautan/extract/curated-quotes", test_curated_quotes);
  g_test_add_func ("/tautan/extract/errors", test_errors);

  return g_test_run ();
}
