/* tautan-search-index.h: finding entities by name or alias as one types
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tautan/tautan-dataset.h"

G_BEGIN_DECLS

/* How a hit matched, best first. */
typedef enum
{
  TAUTAN_SEARCH_EXACT,        /* the whole name or alias */
  TAUTAN_SEARCH_PREFIX,       /* its beginning */
  TAUTAN_SEARCH_WORD_PREFIX,  /* the beginning of a later word in it */
  TAUTAN_SEARCH_WORDS,        /* every word typed starts one of its words, in any order */
  TAUTAN_SEARCH_SUBSTRING,    /* anywhere in it, in a script written without spaces */
} TautanSearchRank;

typedef struct
{
  guint            entity;    /* dataset index */
  TautanSearchRank rank;      /* the best over the entity's name and aliases */
  guint            key;       /* what matched: 0 the name, k + 1 alias k */
} TautanSearchHit;

#define TAUTAN_TYPE_SEARCH_INDEX (tautan_search_index_get_type ())

G_DECLARE_FINAL_TYPE (TautanSearchIndex, tautan_search_index, TAUTAN, SEARCH_INDEX, GObject)

TautanSearchIndex *tautan_search_index_new        (TautanDataset     *dataset);
TautanSearchIndex *tautan_search_index_get_shared (TautanDataset     *dataset);
TautanDataset     *tautan_search_index_get_dataset (TautanSearchIndex *self);
GArray            *tautan_search_index_query      (TautanSearchIndex *self,
                                                   const char        *text,
                                                   guint              limit);
GArray            *tautan_search_index_query_busiest (TautanSearchIndex *self,
                                                      const char        *text,
                                                      guint              limit);

char              *tautan_search_fold             (const char        *text);

G_END_DECLS
