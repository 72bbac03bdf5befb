/* tautan-text.h: text for labels: bounded lengths and dates in the locale
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "tautan/tautan-date.h"

G_BEGIN_DECLS

/* Names and titles longer than this are cut before a label measures
 * them: Pango needs seconds to wrap a 10,000-character word. */
#define TAUTAN_TEXT_MAX_NAME  200
/* Quotes, summaries and notes: long, but never a whole book. */
#define TAUTAN_TEXT_MAX_PROSE 4000

char *tautan_text_shorten      (const char           *text,
                                gsize                 max_chars);
char *tautan_text_isolate      (const char           *text,
                                gsize                 max_chars);
char *tautan_text_format_day   (TautanDay             day);
char *tautan_text_format_month (int                   year,
                                int                   month);
char *tautan_text_format_span  (const TautanTimeSpan *span);

G_END_DECLS
