/* tautan-article-view.h: an article's text with what was extracted marked in place
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tautan/tautan-extraction.h"

G_BEGIN_DECLS

#define TAUTAN_TYPE_ARTICLE_VIEW (tautan_article_view_get_type ())

G_DECLARE_FINAL_TYPE (TautanArticleView, tautan_article_view, TAUTAN, ARTICLE_VIEW, GtkWidget)

GtkWidget            *tautan_article_view_new            (void);
TautanExtraction     *tautan_article_view_get_extraction (TautanArticleView    *self);
void                  tautan_article_view_set_extraction (TautanArticleView    *self,
                                                          TautanExtraction     *extraction);
void                  tautan_article_view_select_item    (TautanArticleView    *self,
                                                          TautanExtractionItem *item);
char                 *tautan_article_view_dup_selection  (TautanArticleView    *self);
char                 *tautan_article_view_dup_tagged     (TautanArticleView    *self,
                                                          const char           *tag,
                                                          guint                 n);

G_END_DECLS
