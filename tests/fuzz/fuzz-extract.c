/* fuzz-extract.c: libFuzzer target for the article extractor
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tautan/tautan-extract.h"
#include "tautan/tautan-extraction.h"
#include "tautan/tautan-merge.h"

#include "fuzz-common.h"

/* Any bytes as an article: an extraction or a clear refusal. An
 * extraction writes JSON and merges into a dataset that reads through;
 * every offset stays inside the text. */
int
LLVMFuzzerTestOneInput (const guint8 *data,
                        gsize         size)
{
  g_autoptr(TautanExtraction) extraction = NULL;
  g_autoptr(TautanDataset) dataset = NULL;
  g_autoptr(TautanMerge) merge = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  TautanExtractOptions options;
  TautanArticle article;

  tautan_article_init (&article);
  article.id = "fuzz";
  article.text = (const char *)data;
  article.len = (gssize)size;
  tautan_extract_options_init (&options);
  /* A fixed "today", so a run is the same on any day. */
  options.today = tautan_day_from_ymd (2025, 6, 1);

  extraction = tautan_extract_article (&article, &options, &error);
  if (extraction == NULL)
    {
      g_assert_nonnull (error);
      return 0;
    }
  json = tautan_extraction_to_json (extraction, FALSE, NULL);
  g_assert_true (json != NULL && g_utf8_validate (json, -1, NULL));

  /* As `tautan extract` writes it: a dataset the loader takes. */
  merge = tautan_merge_new ();
  tautan_merge_add_extraction (merge, extraction);
  dataset = tautan_merge_to_dataset (merge, &error);
  if (dataset == NULL)
    g_error ("an extraction made a dataset that does not load: %s", error->message);
  fuzz_walk_dataset (dataset);
  return 0;
}
