/* tautan-date-expr.h: dates as news writes them, resolved honestly
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "tautan/tautan-dataset.h"
#include "tautan/tautan-date.h"

G_BEGIN_DECLS

typedef enum
{
  TAUTAN_DATE_EXPR_RELATIVE  = 1 << 0,   /* needs the publication date: "kemarin", "pada Sabtu" */
  TAUTAN_DATE_EXPR_FUTURE    = 1 << 1,   /* "pekan depan", "next week", "akan … pada Juli" */
  TAUTAN_DATE_EXPR_FULL_DATE = 1 << 2,   /* a day with its year: can date an article */
  TAUTAN_DATE_EXPR_UNANCHORED = 1 << 3,  /* relative, and no anchor was given */
} TautanDateExprFlags;

/* One date expression found in a text. */
typedef struct
{
  gsize             start;       /* bytes into the text */
  gsize             end;
  guint             cp_start;    /* code points into the text */
  guint             cp_end;
  TautanDay         from;        /* the interval it stands for, both ends inclusive */
  TautanDay         to;
  TautanPrecision   precision;   /* never finer than the words */
  TautanDateMethod  method;      /* stated, relative, or inferred (against an uncertain anchor) */
  guint             flags;       /* TautanDateExprFlags */
} TautanDateExpr;

GArray   *tautan_date_expr_find        (const char  *text,
                                        gssize       len,
                                        const char  *language,
                                        TautanDay    anchor_from,
                                        TautanDay    anchor_to);
gboolean  tautan_date_expr_parse_day   (const char  *text,
                                        TautanDay   *day);

G_END_DECLS
