/* tautan-articles-dialog.h: File › Import Articles…, news articles reviewed into a dataset
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tautan/tautan-extraction.h"
#include "tautan/tautan-window.h"

G_BEGIN_DECLS

#define TAUTAN_TYPE_ARTICLES_DIALOG (tautan_articles_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TautanArticlesDialog, tautan_articles_dialog, TAUTAN, ARTICLES_DIALOG, AdwWindow)

TautanArticlesDialog *tautan_articles_dialog_new            (TautanWindow         *window);
void                  tautan_articles_dialog_read           (TautanArticlesDialog *self,
                                                             GFile * const        *files,
                                                             guint                 n_files);
gboolean              tautan_articles_dialog_get_reading    (TautanArticlesDialog *self);
guint                 tautan_articles_dialog_get_n_articles (TautanArticlesDialog *self);
const char           *tautan_articles_dialog_get_name       (TautanArticlesDialog *self,
                                                             guint                 article);
TautanExtraction     *tautan_articles_dialog_get_extraction (TautanArticlesDialog *self,
                                                             guint                 article);
const char           *tautan_articles_dialog_get_error      (TautanArticlesDialog *self,
                                                             guint                 article);
guint                 tautan_articles_dialog_get_known_source (TautanArticlesDialog *self,
                                                               guint                 article);
void                  tautan_articles_dialog_select_article (TautanArticlesDialog *self,
                                                             guint                 article);
void                  tautan_articles_dialog_merge          (TautanArticlesDialog *self);
gboolean              tautan_articles_dialog_get_merging    (TautanArticlesDialog *self);

G_END_DECLS
