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
#include "tautan/tautan-merge.h"

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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/merge/title-joined", test_merge_title_joined);
  g_test_add_func ("/merge/title-rules", test_merge_title_rules);
  g_test_add_func ("/merge/into-keeps-titles", test_merge_into_keeps_titles);

  return g_test_run ();
}
