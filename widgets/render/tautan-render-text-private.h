/* tautan-render-text-private.h: text made safe for Pango and cairo
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Characters at most, cut with an ellipsis beyond: Pango lays out a line
 * in time growing with its length, and a 50,000-character name would
 * hang whatever measures it. A node's label is shorter still: a full
 * title ("Kim Jong Un, General Secretary of the Workers' Party of…") would
 * cover its neighbours' labels and run off the view; the side panel and
 * the tooltip give the name whole. */
#define TAUTAN_TEXT_LABEL_MAX      48      /* a node's label */
#define TAUTAN_TEXT_LINE_MAX       400     /* a title, a name, a source line */
#define TAUTAN_TEXT_PARAGRAPH_MAX  8000    /* a quote, a note, a description */

typedef enum
{
  TAUTAN_TEXT_ONE_LINE  = 0,        /* line breaks and tabs become spaces */
  TAUTAN_TEXT_MULTILINE = 1 << 0,   /* line breaks and tabs kept */
} TautanTextFlags;

gboolean _tautan_render_char_drawable (gunichar         c);
/* Whether @text may go to Pango and cairo as it is: valid UTF-8 with no
 * control character (but line breaks and tabs with %TAUTAN_TEXT_MULTILINE),
 * no noncharacter, and at most @max_chars characters. */
gboolean _tautan_render_text_is_clean (const char      *text,
                                       gsize            max_chars,
                                       TautanTextFlags  flags);
/* @text with invalid bytes, controls and noncharacters (cairo's PDF
 * surface refuses them) left out, trimmed, and cut at @max_chars
 * characters with an ellipsis. %NULL becomes "". */
char    *_tautan_render_text_clean    (const char      *text,
                                       gsize            max_chars,
                                       TautanTextFlags  flags);
/* @text without the curators' notes in square brackets ("[Headline not
 * in the seed text] Kim Jong Un berjanji…"): they are for whoever edits
 * the dataset, never for print. %NULL when there is none. */
char    *_tautan_render_text_strip_notes (const char   *text);

G_END_DECLS
