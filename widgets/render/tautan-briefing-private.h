/* tautan-briefing-private.h: a briefing's document state and its page flow
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "tautan/tautan-briefing.h"
#include "tautan/tautan-render-context.h"
#include "tautan/tautan-saved-view.h"
#include "tautan/tautan-scene.h"
#include "tautan/tautan-slice.h"

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
  const TautanFilter   *filter;      /* the workspace's composed filter, never NULL */
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
  const char           *marking;     /* handling marking atop and at the foot of the page */
  const char           *doc_marking; /* the views' markings, for the other pages */
  GStringChunk         *strings;     /* cleaned copies of what is drawn */
  GPtrArray            *views;       /* BriefingView, one per saved view */

  /* Drawing previews on an image surface rather than the PDF: */
  double                preview_scale;  /* pixels per point; 0: the PDF */
  guint                 preview_pages;  /* how many pages to keep */
  GPtrArray            *previews;       /* cairo_surface_t, one per page kept */
} Doc;

/* A saved view as the briefing reads it. */
typedef struct
{
  TautanSavedView *saved;
  TautanView       view;       /* window, selection, hidden kinds and types */
  TautanSlice     *slice;
  TautanRollup    *rollup;     /* the view's roll-up by affiliation, or NULL */
  TautanFilterEdges *filter_edges; /* the filter's edges in the window, or NULL: no filter */
  GHashTable      *passing;    /* events passing the filter (index + 1), or NULL: every one */
  TautanChanges   *changes;    /* what changed, when the view compares two periods; else NULL */
  GArray          *period_events[2];  /* with changes: the passing events of each period */
  GHashTable      *change_events;     /* with changes: (source, target) → its events per period */
  GArray          *events;     /* behind the selection (or in the window), by date */
  GArray          *quotes;     /* of those events, strongest first */
  guint            n_printed;  /* quotes on the view's pages; the rest in the appendix */
  const char      *heading;    /* its title, else its name; cleaned */
  const char      *marking;    /* cleaned, or NULL */
} BriefingView;

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
/* A name beside others or an arrow: as a line, isolated for bidi. */
const char  *_tautan_briefing_name             (Doc         *doc,
                                                const char  *name);
const char  *_tautan_briefing_paragraph_text   (Doc         *doc,
                                                const char  *text);
const char  *_tautan_briefing_verbatim_line    (Doc         *doc,
                                                const char  *text);
/* An analyst's or a curator's prose (a note, a description, a summary):
 * as a paragraph, without the curators' "[notes]". */
const char  *_tautan_briefing_prose            (Doc         *doc,
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
/* Closes the page and opens the next one under @marking. */
void         _tautan_briefing_break            (Doc         *doc,
                                                const char  *marking);
void         _tautan_briefing_top_marking      (Doc         *doc);
/* The page is drawn: a preview keeps a copy and clears the paper. */
void         _tautan_briefing_page_done        (Doc         *doc);
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
double       _tautan_briefing_paragraph_height (Doc         *doc,
                                                const char  *markup,
                                                double       size,
                                                PangoWeight  weight,
                                                PangoStyle   style,
                                                double       indent);
gboolean     _tautan_briefing_plan_pages       (const double      *heights,
                                                guint              n,
                                                double             space,
                                                double             room,
                                                gboolean           at_top,
                                                double             page,
                                                gboolean          *starts);
/* Paragraphs as a list: never its last item alone on the next page. */
void         _tautan_briefing_list             (Doc               *doc,
                                                const char *const *markups,
                                                guint              n,
                                                double             size,
                                                PangoWeight        weight,
                                                PangoStyle         style,
                                                const Ink         *ink,
                                                double             space_after);
void         _tautan_briefing_heading          (Doc         *doc,
                                                const char  *text,
                                                double       size,
                                                double       space_before,
                                                double       space_after);
void         _tautan_briefing_rule             (Doc         *doc,
                                                double       space);

/* tautan-briefing-content.c: what the pages say. */

char         *_tautan_briefing_format_window      (const TautanTimeSpan *span,
                                                   gboolean              cumulative);
BriefingView *_tautan_briefing_view_new           (Doc                  *doc,
                                                   TautanSavedView      *saved);
void          _tautan_briefing_view_free          (BriefingView         *bv);
void          _tautan_briefing_summary_page       (Doc                  *doc);
void          _tautan_briefing_events             (Doc                  *doc,
                                                   BriefingView         *bv);
void          _tautan_briefing_key_quotes         (Doc                  *doc,
                                                   BriefingView         *bv);
gboolean      _tautan_briefing_has_further_quotes (Doc                  *doc);
/* “12 Jun 2024”, “Jun 2024”, “2019”: an event's date as precise as its
 * sources. */
char         *_tautan_briefing_event_date         (const TautanEvent    *e);
/* The view's window, or for a comparison its two periods: “A → B”. */
char         *_tautan_briefing_format_view_period (BriefingView         *bv);
void          _tautan_briefing_further_quotes     (Doc                  *doc);

/* tautan-briefing-changes.c: a comparison's page. */

char         *_tautan_briefing_format_comparison  (const TautanTimeSpan *before,
                                                   const TautanTimeSpan *after);
/* Sets @bv up to show what changed from @before to @after. */
void          _tautan_briefing_view_compare       (Doc                  *doc,
                                                   BriefingView         *bv,
                                                   const TautanTimeSpan *before,
                                                   const TautanTimeSpan *after);
void          _tautan_briefing_view_compare_clear (BriefingView         *bv);
/* The changes in words, class by class, each link with its events'
 * dates and sources. */
void          _tautan_briefing_changes            (Doc                  *doc,
                                                   BriefingView         *bv);

/* tautan-briefing.c: labels off the edges of a view's figure. */
void          _tautan_briefing_place_labels       (TautanScene          *scene);
guint         _tautan_briefing_edges_under        (TautanScene          *scene,
                                                   double                x0,
                                                   double                y0,
                                                   double                x1,
                                                   double                y1);

G_END_DECLS
