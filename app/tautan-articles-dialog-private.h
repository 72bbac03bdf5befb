/* tautan-articles-dialog-private.h: the review's articles, shared by its files
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tautan/tautan-article-view.h"
#include "tautan/tautan-articles-dialog.h"

G_BEGIN_DECLS

/* Why an article is taken to be one the open dataset already holds. */
typedef enum
{
  KNOWN_NONE,
  KNOWN_URL,            /* the same address */
  KNOWN_TEXT,           /* most of its text */
  KNOWN_TITLE,          /* the same title, outlet and date */
} KnownReason;

/* One file read, or one line of a JSONL file. */
typedef struct
{
  char             *name;
  char             *error;          /* why it could not be read; NULL when extracted */
  TautanExtraction *extraction;
  GtkLabel         *counts_label;   /* in its row, owned by the list */
  guint             known_source;   /* the dataset's source it repeats, or TAUTAN_NONE */
  KnownReason       known_reason;

  /* The article's entities a quote's speaker chooser offers first (the
   * dataset's follow). Listed when the article is first shown. */
  GPtrArray        *speaker_items;
} Article;

/* What the worker thread reads, and what it found. */
typedef struct
{
  GPtrArray *files;       /* GFile */
  GPtrArray *articles;    /* Article, handed to the dialog when done */
  TautanDataset *dataset; /* the open one, to find articles it already holds */
  GArray    *runs;        /* its sources' runs of words, built when first needed */
  GWeakRef   dialog;
} Job;

/* tautan-articles-dialog-read.c */
void  _tautan_article_free         (gpointer      article);
void  _tautan_articles_job_free    (Job          *job);
char *_tautan_articles_id          (const char   *basename);
void  _tautan_articles_read_thread (GTask        *task,
                                    gpointer      source,
                                    gpointer      task_data,
                                    GCancellable *cancellable);

/* The review; its files: -read (reading the files), -merge (merging). */
struct _TautanArticlesDialog
{
  AdwWindow          parent_instance;

  AdwWindowTitle    *window_title;
  GtkStack          *stack;
  GtkProgressBar    *progress_bar;
  GtkLabel          *progress_label;
  GtkListBox        *articles_list;
  GtkStack          *detail_stack;
  GtkLabel          *legend_label;
  TautanArticleView *article_view;
  GtkListBox        *items_list;
  AdwStatusPage     *error_page;
  AdwStatusPage     *progress_page;

  TautanWindow      *window;        /* weak: the window whose dataset is merged into */
  GPtrArray         *articles;      /* Article */
  GCancellable      *cancellable;   /* while reading */
  Article           *shown;
  TautanDataset     *dataset;       /* the window's when the review began */
  gboolean           new_dataset;   /* the window had none: the merge starts one */
  gboolean           edited;        /* the reviewer changed something */
  gboolean           merging;
};

/* tautan-articles-dialog.c */
void  _tautan_articles_dialog_set_progress (TautanArticlesDialog *self,
                                            double                fraction,
                                            const char           *text);
void  _tautan_articles_dialog_show_error   (TautanArticlesDialog *self,
                                            const char           *heading,
                                            const char           *message);

G_END_DECLS
