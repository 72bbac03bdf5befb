/* tautan-test-extract.h: one short text through the extractor, as JSON
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>
#include <string.h>

#include "tautan/tautan-date.h"
#include "tautan/tautan-extract.h"
#include "tautan/tautan-extraction.h"

/* @text as it stands, extracted as an article published on @published
 * (YYYY-MM-DD; NULL: no date, and no bound on when it was written), read
 * back as the extraction's JSON. */
static inline JsonNode *
tautan_test_extract_text (const char *text,
                          const char *published)
{
  g_autoptr(TautanExtraction) extraction = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  TautanExtractOptions options;
  TautanArticle article;
  JsonNode *root;

  tautan_article_init (&article);
  tautan_extract_options_init (&options);
  article.id = "rule";
  article.len = -1;
  article.text = text;
  if (published != NULL)
    {
      g_assert_true (tautan_day_parse (published, strlen (published), &article.published));
      options.today = article.published + 30;
    }
  extraction = tautan_extract_article (&article, &options, &error);
  g_assert_no_error (error);
  json = tautan_extraction_to_json (extraction, FALSE, NULL);
  root = json_from_string (json, &error);
  g_assert_no_error (error);
  return root;
}

/* @text under @headline, as tautan_test_extract_text () reads it. The
 * headline comes first because the extractor names no one in headlines,
 * and short texts are told apart by its language. */
static inline JsonNode *
tautan_test_extract (const char *headline,
                     const char *text,
                     const char *published)
{
  g_autofree char *full = g_strconcat (headline, "\n\n", text, NULL);

  return tautan_test_extract_text (full, published);
}
