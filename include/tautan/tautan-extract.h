/* tautan-extract.h: from a news article's text to sources, entities, events and quotes
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "tautan/tautan-date.h"
#include "tautan/tautan-file.h"

G_BEGIN_DECLS

typedef struct _TautanGazetteer TautanGazetteer;
typedef struct _TautanExtraction TautanExtraction;

#define TAUTAN_EXTRACT_ERROR (tautan_extract_error_quark ())

typedef enum
{
  TAUTAN_EXTRACT_ERROR_EMPTY = 1,     /* no text, or only white space */
  TAUTAN_EXTRACT_ERROR_NOT_TEXT,      /* a NUL byte: a binary file */
  TAUTAN_EXTRACT_ERROR_NOT_UTF8,
  TAUTAN_EXTRACT_ERROR_TOO_LARGE,
  TAUTAN_EXTRACT_ERROR_BAD_LINE,      /* a JSONL line that is not an article */
} TautanExtractError;

GQuark tautan_extract_error_quark (void);

/* The longest article read: far above any real one, and low enough that
 * a stray 100 MB file is refused rather than ground through. */
#define TAUTAN_EXTRACT_MAX_ARTICLE (16 * 1024 * 1024)

/* One article as given. Only @text is required. */
typedef struct
{
  const char *id;          /* nullable: source and item ids derive from it ("article") */
  const char *text;
  gssize      len;         /* -1: NUL-terminated */
  const char *url;         /* nullable */
  const char *outlet;      /* nullable: overrides the outlet found in the text */
  const char *title;       /* nullable: overrides the headline found */
  TautanDay   published;   /* TAUTAN_DAY_NONE: found in the text */
} TautanArticle;

typedef struct
{
  TautanGazetteer *gazetteer;  /* nullable: the bundled one */
  TautanDay        today;      /* the latest an undated article can be; TAUTAN_DAY_NONE: no bound but the text's (never the day it runs) */
} TautanExtractOptions;

void              tautan_article_init         (TautanArticle              *article);
void              tautan_extract_options_init (TautanExtractOptions       *options);

TautanExtraction *tautan_extract_article      (const TautanArticle        *article,
                                               const TautanExtractOptions *options,
                                               GError                    **error);
gboolean          tautan_extract_check_text   (const char                 *text,
                                               gsize                       len,
                                               GError                    **error);

/* `tautan extract --jsonl`: one article per line in, one extraction or
 * error per line out. */
typedef struct
{
  guint64 lines;
  guint64 failed;
  guint64 bytes;      /* article text read */
} TautanJsonlStats;

gboolean          tautan_extract_jsonl        (GInputStream               *input,
                                               TautanFileWriter           *output,
                                               const TautanExtractOptions *options,
                                               TautanJsonlStats           *stats,
                                               GCancellable               *cancellable,
                                               GError                    **error);

G_END_DECLS
