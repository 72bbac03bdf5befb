/* test-merge.c: the merged dataset's title, from its inputs' titles
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "tautan/tautan-dataset.h"
#include "tautan/tautan-extract.h"
#include "tautan/tautan-extraction.h"
#include "tautan/tautan-json-writer.h"
#include "tautan/tautan-merge.h"

#include "tautan-extraction-private.h"

/* tests/data/minimal.json under another title ("" for an empty one). */
static char *
titled (const char *title)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "minimal.json", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  root = json_from_string (text, &error);
  g_assert_no_error (error);
  json_object_set_string_member (json_node_get_object (root), "title", title);
  return json_to_string (root, FALSE);
}

/* The merge of @inputs (NULL-terminated), as bytes. */
static char *
merged (const char * const *inputs)
{
  g_autoptr(TautanMerge) merge = tautan_merge_new ();

  for (guint i = 0; inputs[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (tautan_merge_add_json (merge, inputs[i], strlen (inputs[i]), "input.json", &error));
      g_assert_no_error (error);
    }
  return tautan_merge_to_json (merge, TRUE, NULL);
}

static char *
title_of (const char *json)
{
  g_autoptr(JsonNode) root = json_from_string (json, NULL);

  g_assert_nonnull (root);
  return g_strdup (json_object_get_string_member (json_node_get_object (root), "title"));
}

#define ASSERT_TITLE(json, expected) \
  G_STMT_START { g_autofree char *t_ = title_of (json); g_assert_cmpstr (t_, ==, expected); } G_STMT_END

/* The titles joined, each once, sorted: whatever the order or grouping
 * of the inputs, the same bytes (merging is associative). */
static void
test_merge_title_joined (void)
{
  g_autofree char *a = titled ("Korea");
  g_autofree char *b = titled ("Russia");
  g_autofree char *c = titled ("Ukraine");
  g_autofree char *d = titled ("China");
  g_autofree char *ab = merged ((const char *[]) { a, b, NULL });
  g_autofree char *ba = merged ((const char *[]) { b, a, NULL });
  g_autofree char *bc = merged ((const char *[]) { b, c, NULL });
  g_autofree char *ab_c = merged ((const char *[]) { ab, c, NULL });
  g_autofree char *a_bc = merged ((const char *[]) { a, bc, NULL });
  g_autofree char *abc = merged ((const char *[]) { a, b, c, NULL });
  g_autofree char *abc_d = merged ((const char *[]) { abc, d, NULL });
  g_autofree char *ab_cd = NULL;
  g_autofree char *abcd = merged ((const char *[]) { a, b, c, d, NULL });
  g_autofree char *abcd_again = merged ((const char *[]) { abcd, ab, NULL });

  ASSERT_TITLE (ab, "Korea + Russia");
  g_assert_cmpstr (ab, ==, ba);
  ASSERT_TITLE (abc, "Korea + Russia + Ukraine");
  g_assert_cmpstr (ab_c, ==, abc);
  g_assert_cmpstr (a_bc, ==, abc);

  /* Four or more (a merge of articles has a headline each): the first
   * three and more, however grouped. */
  {
    g_autofree char *cd = merged ((const char *[]) { c, d, NULL });

    ab_cd = merged ((const char *[]) { ab, cd, NULL });
  }
  ASSERT_TITLE (abcd, "China + Korea + Russia and more");
  g_assert_cmpstr (abc_d, ==, abcd);
  g_assert_cmpstr (ab_cd, ==, abcd);
  /* Titles merged in already count once. */
  g_assert_cmpstr (abcd_again, ==, abcd);
  /* A title before the first three of a merge that had more, or after. */
  {
    g_autofree char *first = titled ("Afghanistan");
    g_autofree char *last = titled ("Zambia");
    g_autofree char *a_abcd = merged ((const char *[]) { first, abcd, NULL });
    g_autofree char *flat = merged ((const char *[]) { first, a, b, c, d, NULL });
    g_autofree char *z_abcd = merged ((const char *[]) { abcd, last, NULL });

    ASSERT_TITLE (a_abcd, "Afghanistan + China + Korea and more");
    g_assert_cmpstr (a_abcd, ==, flat);
    g_assert_cmpstr (z_abcd, ==, abcd);
  }
}

/* An empty title says nothing; one title stays as it is; the caller's wins. */
static void
test_merge_title_rules (void)
{
  g_autofree char *a = titled ("Korea–Russia, 2024");
  g_autofree char *empty = titled ("");
  g_autofree char *blank = titled ("  ");
  g_autofree char *a_empty = merged ((const char *[]) { a, empty, blank, NULL });
  g_autofree char *aa = merged ((const char *[]) { a, a, NULL });
  g_autofree char *none = merged ((const char *[]) { empty, NULL });
  g_autoptr(TautanMerge) merge = tautan_merge_new ();
  g_autofree char *b = titled ("Ukraine");
  g_autofree char *set = NULL;

  ASSERT_TITLE (a_empty, "Korea–Russia, 2024");
  ASSERT_TITLE (aa, "Korea–Russia, 2024");
  g_assert_null (strstr (aa, "x-merged-titles"));
  ASSERT_TITLE (none, "Merged dataset");

  g_assert_true (tautan_merge_add_json (merge, a, strlen (a), "a.json", NULL));
  g_assert_true (tautan_merge_add_json (merge, b, strlen (b), "b.json", NULL));
  tautan_merge_set_title (merge, "The corpus");
  set = tautan_merge_to_json (merge, TRUE, NULL);
  ASSERT_TITLE (set, "The corpus");
  g_assert_null (strstr (set, "x-merged-titles"));
}

/* @json merged into as the window merges reviewed articles (File ›
 * Import Articles…), with one article, as bytes. */
static char *
merged_into (const char *json)
{
  g_autoptr(TautanDataset) dataset = NULL;
  g_autoptr(TautanDataset) into = NULL;
  g_autoptr(TautanExtraction) extraction = NULL;
  g_autoptr(GError) error = NULL;
  TautanExtractOptions options;
  TautanArticle article;

  dataset = tautan_dataset_load_data (json, strlen (json), "merged.json", NULL, NULL, &error);
  g_assert_no_error (error);
  tautan_article_init (&article);
  tautan_extract_options_init (&options);
  article.id = "summit";
  article.text = "Summit in Moscow\n\nMOSCOW, 3 March 2024 — Vladimir Putin met Kim Jong Un in Moscow on Sunday.";
  article.len = -1;
  article.title = "Summit in Moscow";
  options.today = article.published = tautan_day_from_ymd (2024, 3, 3);
  extraction = tautan_extract_article (&article, &options, &error);
  g_assert_no_error (error);
  into = tautan_extraction_merge_into (&extraction, 1, dataset, &error);
  g_assert_no_error (error);
  return tautan_dataset_to_json (into, NULL);
}

/* The dataset merged into keeps its title and the titles it was made of,
 * so the next merge reads them as `tautan merge` of the files would. */
static void
test_merge_into_keeps_titles (void)
{
  g_autofree char *a = titled ("Korea");
  g_autofree char *b = titled ("Russia");
  g_autofree char *c = titled ("Ukraine");
  g_autofree char *d = titled ("China");
  g_autofree char *ab = merged ((const char *[]) { a, b, NULL });
  g_autofree char *abcd = merged ((const char *[]) { a, b, c, d, NULL });
  g_autofree char *ab_into = merged_into (ab);
  g_autofree char *abcd_into = merged_into (abcd);
  g_autofree char *a_into = merged_into (a);
  g_autofree char *next = merged ((const char *[]) { ab_into, c, d, NULL });
  g_autofree char *first = titled ("Afghanistan");
  g_autofree char *flat = merged ((const char *[]) { first, a, b, c, d, NULL });
  g_autofree char *next_more = merged ((const char *[]) { first, abcd_into, NULL });

  ASSERT_TITLE (ab_into, "Korea + Russia");
  g_assert_nonnull (strstr (ab_into, "x-merged-titles"));
  ASSERT_TITLE (next, "China + Korea + Russia and more");
  ASSERT_TITLE (abcd_into, "China + Korea + Russia and more");
  g_assert_nonnull (strstr (abcd_into, "x-merged-titles-more"));
  ASSERT_TITLE (next_more, "Afghanistan + China + Korea and more");
  {
    g_autofree char *t = title_of (flat);

    ASSERT_TITLE (next_more, t);
  }
  /* A title of its own stays one, and the article's headline joins nothing. */
  ASSERT_TITLE (a_into, "Korea");
  g_assert_null (strstr (a_into, "x-merged-titles"));
}

/* Both sentences of the articles below, as characters. */
#define REPORT_TEXT "Yesterday Kim backed Putin. Kim backed Putin in June 2023 and in June 2024."
#define YESTERDAY 0, 27
#define JUNES 28, 75

typedef struct
{
  const char *day;
  guint       start;   /* the sentence it was read from, in characters */
  guint       end;
  const char *words;   /* the date's words in it */
} Report;

/* An article, source @id, as a dataset whose events are Kim backing Putin
 * as @reports say, relative to its publication. */
static char *
article (const char   *id,
         const char   *text,
         const Report *reports,
         guint         n_reports)
{
  GString *s = g_string_new (NULL);

  g_string_append_printf (s, "{\"format\": \"tautan-dataset\", \"version\": 1, \"title\": \"Wire\", "
                          "\"sources\": [{\"id\": \"%s\", \"outlet\": \"%s\", \"title\": \"Wire\", "
                          "\"url\": \"https://%s.example/wire\", \"language\": \"en\", "
                          "\"published\": \"2024-06-19\", \"origin\": \"own\", \"state_media\": false, "
                          "\"text\": \"%s\"}], "
                          "\"entities\": [{\"id\": \"kim\", \"name\": \"Kim Jong Un\", \"kind\": \"person\"}, "
                          "{\"id\": \"putin\", \"name\": \"Vladimir Putin\", \"kind\": \"person\"}], "
                          "\"events\": [", id, id, id, text);
  for (guint i = 0; i < n_reports; i++)
    g_string_append_printf (s, "%s{\"id\": \"ev-%s-%u\", \"type\": \"support\", "
                            "\"date\": {\"start\": \"%s\", \"end\": \"%s\", \"precision\": \"day\"}, "
                            "\"date_basis\": {\"method\": \"relative\", \"words\": \"%s\"}, "
                            "\"actors\": [\"kim\"], \"targets\": [\"putin\"], \"summary\": \"Kim backs Putin.\", "
                            "\"sources\": [\"%s\"], \"quotes\": [], \"status\": \"reported\", "
                            "\"x-sentences\": [{\"source\": \"%s\", \"start\": %u, \"end\": %u}]}",
                            i ? ", " : "", id, i, reports[i].day, reports[i].day, reports[i].words, id, id,
                            reports[i].start, reports[i].end);
  g_string_append (s, "], \"quotes\": []}");
  return g_string_free (s, FALSE);
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

/* The events of @json, as "start..end [merged span]: source source…"
 * lines, sorted. */
static char *
events_of (const char *json)
{
  g_autoptr(JsonNode) root = json_from_string (json, NULL);
  JsonArray *events = json_object_get_array_member (json_node_get_object (root), "events");
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; i < json_array_get_length (events); i++)
    {
      JsonObject *e = json_array_get_object_element (events, i);
      JsonObject *date = json_object_get_object_member (e, "date");
      JsonArray *sources = json_object_get_array_member (e, "sources");
      GString *line = g_string_new (NULL);

      g_string_append_printf (line, "%s..%s", json_object_get_string_member (date, "start"),
                              json_object_get_string_member (date, "end"));
      if (json_object_has_member (e, "x-merged-span"))
        {
          JsonObject *span = json_object_get_object_member (e, "x-merged-span");

          g_string_append_printf (line, " [%s..%s]", json_object_get_string_member (span, "start"),
                                  json_object_get_string_member (span, "end"));
        }
      g_string_append_c (line, ':');
      for (guint k = 0; k < json_array_get_length (sources); k++)
        g_string_append_printf (line, " %s", json_array_get_string_element (sources, k));
      g_ptr_array_add (lines, g_string_free (line, FALSE));
    }
  g_ptr_array_sort (lines, compare_lines);
  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (s, "%s\n", (char *)g_ptr_array_index (lines, i));
  return g_strdup (s->str);
}

/* The same story republished a day later (a wire story, or an article
 * extracted twice): its "yesterday" falls a day later, and the two days
 * do not overlap, yet it is one report, read from the same sentence with
 * the same words. Two events read from one sentence with different date
 * words stay two. */
static void
test_merge_republished (void)
{
  const Report first[] = {
    { "2024-06-18", YESTERDAY, "Yesterday" },
    { "2023-06-15", JUNES, "June 2023" },
    { "2024-06-15", JUNES, "June 2024" },
  };
  const Report again[] = {
    { "2024-06-19", YESTERDAY, "Yesterday" },
    { "2023-06-15", JUNES, "June 2023" },
    { "2024-06-15", JUNES, "June 2024" },
  };
  g_autofree char *a = article ("a", REPORT_TEXT, first, G_N_ELEMENTS (first));
  g_autofree char *b = article ("b", REPORT_TEXT, again, G_N_ELEMENTS (again));
  g_autofree char *ab = merged ((const char *[]) { a, b, NULL });
  g_autofree char *ab_events = events_of (ab);
  g_autofree char *aa = merged ((const char *[]) { a, a, NULL });
  g_autofree char *a_alone = merged ((const char *[]) { a, NULL });

  g_assert_cmpstr (ab_events, ==,
                   "2023-06-15..2023-06-15: a b\n"
                   "2024-06-15..2024-06-15: a b\n"
                   "2024-06-18..2024-06-18 [2024-06-18..2024-06-19]: a b\n");
  g_assert_cmpstr (aa, ==, a_alone);

  /* Another sentence, other words: another report. */
  {
    const Report other[] = { { "2024-06-19", JUNES, "Wednesday" } };
    g_autofree char *c = article ("c", REPORT_TEXT, other, G_N_ELEMENTS (other));
    g_autofree char *ac = merged ((const char *[]) { a, c, NULL });
    g_autofree char *ac_events = events_of (ac);

    g_assert_cmpstr (ac_events, ==,
                     "2023-06-15..2023-06-15: a\n"
                     "2024-06-15..2024-06-15: a\n"
                     "2024-06-18..2024-06-18: a\n"
                     "2024-06-19..2024-06-19: c\n");
  }
}

/* Republished three days later, with a report in between from another
 * sentence: the republished pair's span holds the day between, so the
 * three are one however the articles are grouped or ordered, as
 * test-dask.py checks of a corpus; and the words of each sentence
 * survive a merge to find it again. */
static void
test_merge_republished_associative (void)
{
  const Report x[] = { { "2024-06-18", YESTERDAY, "Yesterday" } };
  const Report y[] = { { "2024-06-21", YESTERDAY, "Yesterday" } };
  const Report w[] = { { "2024-06-20", JUNES, "20 June" } };
  g_autofree char *a = article ("a", REPORT_TEXT, x, 1);
  g_autofree char *b = article ("b", REPORT_TEXT, y, 1);
  g_autofree char *c = article ("c", "Kim backed Putin on 20 June.", w, 1);
  const char *inputs[] = { a, b, c };
  g_autofree char *flat = merged ((const char *[]) { a, b, c, NULL });
  g_autofree char *flat_events = events_of (flat);

  /* every grouping (x y) z and every order of the three */
  for (guint i = 0; i < 3; i++)
    for (guint j = 0; j < 3; j++)
      {
        guint k = 3 - i - j;
        g_autofree char *pair = NULL;
        g_autofree char *nested = NULL;
        g_autofree char *other = NULL;

        if (i == j)
          continue;
        pair = merged ((const char *[]) { inputs[i], inputs[j], NULL });
        nested = merged ((const char *[]) { pair, inputs[k], NULL });
        other = merged ((const char *[]) { inputs[k], pair, NULL });
        g_test_message ("(%u %u) %u", i, j, k);
        g_assert_cmpstr (nested, ==, flat);
        g_assert_cmpstr (other, ==, flat);
        {
          g_autofree char *flat_order = merged ((const char *[]) { inputs[i], inputs[j], inputs[k], NULL });

          g_assert_cmpstr (flat_order, ==, flat);
        }
      }
  g_assert_cmpstr (flat_events, ==, "2024-06-18..2024-06-18 [2024-06-18..2024-06-21]: a b c\n");
  /* the earliest date is kept: the other sentence's words go with it */
  g_assert_nonnull (strstr (flat, "\"words\": \"20 June\""));
  {
    g_autofree char *again = merged ((const char *[]) { flat, flat, NULL });

    g_assert_cmpstr (again, ==, flat);
  }
}

/* @text as a JSON string, byte by byte: what the writer's word-at-a-time
 * escaping must give. */
static char *
escaped (const char *text)
{
  GString *out = g_string_new ("\"");

  for (const char *p = text; *p; p++)
    {
      guchar c = (guchar)*p;

      switch (c)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        case '\b': g_string_append (out, "\\b"); break;
        case '\f': g_string_append (out, "\\f"); break;
        default:
          if (c < 0x20 || c == 0x7f)
            g_string_append_printf (out, "\\u%04x", c);
          else
            g_string_append_c (out, (char)c);
        }
    }
  g_string_append_c (out, '"');
  return g_string_free (out, FALSE);
}

/* Every byte that needs escaping, at every place in an eight-byte word,
 * alone, in runs longer than the room first made for the text, and
 * beside UTF-8: the title (its ends not white space, which the merge
 * trims) is written exactly as escaped() writes it and reads back the
 * same. */
static void
test_merge_escapes (void)
{
  static const char specials[] = { '"', '\\', '\n', '\r', '\t', '\b', '\f', 0x01, 0x1f, 0x7f };
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);
  GString *many = g_string_new ("Erdo\xc4\x9f" "an \xe2\x80\x9c" "kata\xe2\x80\x9d ");

  for (guint i = 0; i < G_N_ELEMENTS (specials); i++)
    for (guint at = 0; at < 18; at++)
      {
        g_autofree char *before = g_strnfill (at, 'a');

        g_ptr_array_add (titles, g_strdup_printf ("T%s%cyz", before, specials[i]));
        g_ptr_array_add (titles, g_strdup_printf ("T%s%c%c0123456789abcdef", before, specials[i], specials[i]));
      }
  for (guint i = 0; i < 200; i++)
    g_string_append_c (many, i % 3 ? specials[i % G_N_ELEMENTS (specials)] : 'k');
  g_string_append_c (many, 'Z');
  g_ptr_array_add (titles, g_string_free (many, FALSE));
  many = g_string_new ("T");
  for (guint i = 0; i < 100; i++)
    g_string_append_c (many, '\n');
  g_string_append_c (many, 'Z');
  g_ptr_array_add (titles, g_string_free (many, FALSE));

  for (guint i = 0; i < titles->len; i++)
    {
      const char *title = g_ptr_array_index (titles, i);
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "minimal.json", NULL);
      g_autofree char *text = NULL;
      g_autofree char *input = NULL;
      g_autofree char *expected = escaped (title);
      g_autofree char *output = NULL;
      g_autoptr(JsonNode) root = NULL;
      g_autoptr(GError) error = NULL;
      const char *at;

      g_file_get_contents (path, &text, NULL, &error);
      g_assert_no_error (error);
      root = json_from_string (text, &error);
      g_assert_no_error (error);
      json_object_set_string_member (json_node_get_object (root), "title", title);
      input = tautan_json_to_data (root, FALSE, NULL);
      output = merged ((const char *[]) { input, NULL });
      at = strstr (output, "\"title\": ");
      g_assert_nonnull (at);
      at += strlen ("\"title\": ");
      g_assert_cmpint (strncmp (at, expected, strlen (expected)), ==, 0);
      g_assert_cmpint (at[strlen (expected)], ==, ',');
      ASSERT_TITLE (output, title);
    }
}


/* An extraction written directly (what `tautan extract --jsonl` writes) is
 * byte for byte its merge, on the development set's real articles, with
 * and without a date, an address, an outlet and a headline, indented and
 * on one line; most are written directly. */
static void
test_merge_extraction_direct (void)
{
  const char *parts[] = { "dev", "heldout" };
  guint n = 0, direct = 0;

  for (guint p = 0; p < G_N_ELEMENTS (parts); p++)
    {
      g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "data", "extract", parts[p], NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(GDir) dir = g_dir_open (dir_path, 0, &error);
      const char *name;

      g_assert_no_error (error);
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename (dir_path, name, NULL);
          g_autofree char *text = NULL;

          if (!g_str_has_suffix (name, ".txt"))
            continue;
          g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
          for (guint variant = 0; variant < 2; variant++)
            {
              g_autoptr(TautanExtraction) extraction = NULL;
              TautanExtractOptions options;
              TautanArticle article;

              tautan_extract_options_init (&options);
              tautan_article_init (&article);
              article.id = name;
              article.text = text;
              if (variant == 1)
                {
                  options.today = tautan_day_from_ymd (2026, 12, 5);
                  article.published = tautan_day_from_ymd (2024, 5, 13);
                  article.url = "https://example.org/a?b=\"c\"";
                  article.outlet = "An outlet";
                  article.title = "A \"headline\"\n";
                }
              extraction = tautan_extract_article (&article, &options, &error);
              g_assert_no_error (error);
              for (guint pretty = 0; pretty < 2; pretty++)
                {
                  g_autoptr(GString) out = g_string_new ("before ");
                  g_autofree char *json = tautan_extraction_to_json (extraction, pretty, NULL);
                  g_autofree char *expected = _tautan_extraction_to_json_merged (extraction, pretty, NULL);

                  g_assert_cmpstr (json, ==, expected);
                  if (_tautan_extraction_write_json (extraction, pretty, out))
                    {
                      g_assert_cmpstr (out->str + strlen ("before "), ==, expected);
                      direct++;
                    }
                  else
                    g_assert_cmpstr (out->str, ==, "before ");
                  n++;
                }
            }
        }
    }
  g_test_message ("%u of %u extractions written directly", direct, n);
  g_assert_cmpuint (n, >, 100);
  g_assert_cmpuint (direct, >, n / 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/merge/title-joined", test_merge_title_joined);
  g_test_add_func ("/merge/title-rules", test_merge_title_rules);
  g_test_add_func ("/merge/into-keeps-titles", test_merge_into_keeps_titles);
  g_test_add_func ("/merge/republished", test_merge_republished);
  g_test_add_func ("/merge/republished-associative", test_merge_republished_associative);
  g_test_add_func ("/merge/escapes", test_merge_escapes);
  g_test_add_func ("/merge/extraction-direct", test_merge_extraction_direct);

  return g_test_run ();
}
