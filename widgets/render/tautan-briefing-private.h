/* tautan-briefing-private.h: a briefing's document state and its page flow
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "tautan/tautan-briefing.h"
#include "tautan/tautan-render-context.h"

#include "tautan-render-text-private.h"

G_BEGIN_DECLS

/* Sizes are in PDF points. */
#define MARGIN           56.0
#define FOOTER_SPACE     22.0    /* between the text block and the footer rule */
#define BODY_SIZE        10.5
#define SMALL_SIZE       9.0
#define TINY_SIZE        8.5

typedef struct
{
  TautanDataset        *dataset;
  TautanWorkspace      *workspace;
  TautanRenderContext  *context;
  const TautanPalette  *palette;
  const TautanPoint    *positions;
  guint32               hidden_kinds;
  TautanTypeMask        hidden_types;
  const char           *title;
  const char           *author;
  TautanDay             date;

  cairo_surface_t      *surface;
  cairo_t              *cr;
  double                width;       /* the page */
  double                height;
  double                left;        /* the text block */
  double                right;
  double                top;
  double                bottom;
  double                y;           /* where the next block goes */
  int                   page;        /* 1-based */
  int                   n_pages;     /* from the first pass; 0 during it */
  const char           *continued;   /* heading atop a continuation page */
  GStringChunk         *strings;     /* cleaned copies of what is drawn */
} Doc;

typedef struct
{
  double r, g, b;
} Ink;

static const Ink ink_text   = { 0.11, 0.12, 0.14 };
static const Ink ink_dim    = { 0.36, 0.38, 0.42 };
static const Ink ink_accent = { 0.08, 0.25, 0.47 };
static const Ink ink_rule   = { 0.75, 0.77, 0.80 };

/* tautan-briefing-doc.c: text cleaned for drawing, layouts, and blocks
 * flowed down the pages with their breaks, footers and links. */

void         _tautan_briefing_set_ink          (cairo_t     *cr,
                                                const Ink   *ink);
/* A name, a title, a label (one line), or a quote, a note, a description:
 * the text itself when fit to draw, else a cleaned, cut copy that lives
 * as long as @doc. */
const char  *_tautan_briefing_line             (Doc         *doc,
                                                const char  *text);
const char  *_tautan_briefing_paragraph_text   (Doc         *doc,
                                                const char  *text);
/* The escaped http or https URI a source may link to, or NULL. */
char        *_tautan_briefing_link_uri         (const char  *url);
const char  *_tautan_briefing_default_author   (const char  *real_name);
PangoLayout *_tautan_briefing_layout           (Doc         *doc,
                                                double       size,
                                                PangoWeight  weight,
                                                PangoStyle   style,
                                                double       width,
                                                const char  *markup);
double       _tautan_briefing_layout_height    (PangoLayout *layout);
double       _tautan_briefing_layout_width     (PangoLayout *layout);
void         _tautan_briefing_footer           (Doc         *doc);
void         _tautan_briefing_new_page         (Doc         *doc);
void         _tautan_briefing_need             (Doc         *doc,
                                                double       height);
void         _tautan_briefing_flow             (Doc         *doc,
                                                PangoLayout *layout,
                                                double       x,
                                                const Ink   *ink,
                                                gboolean     keep,
                                                gboolean     bar,
                                                double       bar_lead,
                                                const char  *uri);
void         _tautan_briefing_paragraph        (Doc         *doc,
                                                const char  *markup,
                                                double       size,
                                                PangoWeight  weight,
                                                PangoStyle   style,
                                                const Ink   *ink,
                                                double       indent,
                                                double       space_after,
                                                gboolean     keep);
void         _tautan_briefing_heading          (Doc         *doc,
                                                const char  *text,
                                                double       size,
                                                double       space_before,
                                                double       space_after);
void         _tautan_briefing_rule             (Doc         *doc,
                                                double       space);

G_END_DECLS
