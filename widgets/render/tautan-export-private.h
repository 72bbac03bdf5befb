/* tautan-export-private.h: a page of export, shared by its writers
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A page is furniture (tautan-export-furniture.c: title, time window,
 * filters, legend, sources, dataset and date) around a graph area, whose
 * scene tautan-export.c builds for the area's size. tautan-export-cairo.c
 * draws the page on PNG and PDF with tautan_scene_draw(); SVG gets its own
 * writer of the same display list (tautan-export-svg.c), because cairo's
 * SVG surface turns text into glyph outlines. Furniture is laid out once
 * with Pango, so every backend puts the same words in the same places. */

#pragma once

#include "tautan/tautan-export.h"

#include "tautan-render-legend-private.h"

G_BEGIN_DECLS

typedef enum
{
  ANCHOR_START,
  ANCHOR_MIDDLE,
  ANCHOR_END,
} Anchor;

typedef enum
{
  ITEM_TEXT,
  ITEM_RULE,
  ITEM_ICON,
} ItemKind;

/* Where an item belongs: pieces of furniture never overlap one another
 * or the graph area. */
typedef enum
{
  TAUTAN_EXPORT_BLOCK_HEADER,    /* title, time window, filters */
  TAUTAN_EXPORT_BLOCK_LEGEND,
  TAUTAN_EXPORT_BLOCK_SOURCES,
  TAUTAN_EXPORT_BLOCK_NOTE,      /* what was left out for room */
  TAUTAN_EXPORT_BLOCK_FOOTER,    /* dataset and date */
  TAUTAN_EXPORT_BLOCK_RULE,      /* between the graph and the rest */
  TAUTAN_EXPORT_BLOCK_GRAPH,     /* a message inside the graph area */
  TAUTAN_EXPORT_N_BLOCKS,
} TautanExportBlock;

/* One piece of furniture, in page units (px, or pt in a PDF). */
typedef struct
{
  ItemKind           kind;
  TautanExportBlock  block;
  TautanRgba         color;        /* text, rule */
  double             x;            /* text: the anchor; rule, icon: left end */
  double             y;            /* text: top of the line; rule, icon: centre */
  double             width;        /* text: logical width; rule: length */
  double             height;       /* text: logical height */
  double             size;         /* text: font px; rule: line width */
  double             baseline;     /* text: below @y */
  Anchor             anchor;
  PangoWeight        weight;
  char              *text;
  PangoLayout       *layout;
  const TautanLegendEntry *entry;  /* icon: one of the page's legend entries */
  TautanLegendIcon   icon;
} Item;

typedef struct
{
  guint       source;
  guint       n_events;
  TautanDay   published;
  const char *outlet;
  const char *title;
} SourceUse;

typedef struct
{
  TautanExportOptions    options;
  TautanRenderContext   *context;
  TautanDataset         *dataset;
  TautanSlice           *slice;
  const TautanPoint     *positions;
  TautanPalette          palette;
  int                    width;
  int                    height;
  double                 unit;          /* furniture grows a little with the page */
  cairo_rectangle_int_t  area;          /* the graph, on the page */
  TautanView             view;          /* of the area */
  TautanScene           *scene;
  GArray                *items;         /* Item */
  GArray                *legend;        /* TautanLegendEntry */
  char                  *title;
  char                  *window;        /* the time window in words */
  char                  *filters;       /* "Hidden: …", or NULL */
  TautanLegendContent    content;
  guint                  n_events;      /* events behind the drawn edges */
  GArray                *sources;       /* SourceUse, by publication date */
  guint                  sources_listed;   /* of @sources, one line each */
  guint                  sources_counted;  /* in an "and N more" or a note */
  gboolean               transparent;
} Page;

#define TAUTAN_EXPORT_FIT_MARGIN 48.0     /* as the graph view's zoom to fit */

/* tautan-export-furniture.c: lays out the furniture, as much as leaves
 * the graph at least half the page, and sets @page->area. */
void      _tautan_export_layout_page      (Page          *page);
double    _tautan_export_item_left        (const Item    *item);
/* The box @item's ink stays within: x0, y0, x1, y1. */
void      _tautan_export_item_extents     (Page          *page,
                                           const Item    *item,
                                           double         box[4]);
/* The width of the outline a text item keeps on a transparent page. */
double    _tautan_export_text_halo        (const Item    *item);
/* Ends the graph area @used pixels down (the framed graph's height) and
 * moves the furniture below it up under it. */
void      _tautan_export_fit_area         (Page          *page,
                                           double         used);
/* Adds a line of text to @page's items (the empty-area message). */
void      _tautan_export_add_graph_note   (Page          *page,
                                           const char    *text);

/* tautan-export-cairo.c */
GBytes   *_tautan_export_render_png       (Page          *page,
                                           GError       **error);
GBytes   *_tautan_export_render_pdf       (Page          *page,
                                           GError       **error);

/* tautan-export-svg.c */
GBytes   *_tautan_export_render_svg       (Page          *page);

/* For tests and previews: the scene of the graph area exactly as
 * tautan_export_render() draws it, where that area lies on the page, and
 * the furniture's boxes (TautanExportBox). */
typedef struct
{
  TautanExportBlock block;
  double            x0, y0, x1, y1;
} TautanExportBox;

TautanScene *_tautan_export_build_scene   (TautanRenderContext        *context,
                                           TautanSlice                *slice,
                                           const TautanPoint          *positions,
                                           const TautanView           *view,
                                           const TautanExportOptions  *options,
                                           cairo_rectangle_int_t      *area);
GArray      *_tautan_export_get_boxes     (TautanRenderContext        *context,
                                           TautanSlice                *slice,
                                           const TautanPoint          *positions,
                                           const TautanView           *view,
                                           const TautanExportOptions  *options,
                                           cairo_rectangle_int_t      *area);

void         _tautan_export_count_sources (TautanRenderContext        *context,
                                           TautanSlice                *slice,
                                           const TautanPoint          *positions,
                                           const TautanView           *view,
                                           const TautanExportOptions  *options,
                                           guint                      *n_sources,
                                           guint                      *n_listed,
                                           guint                      *n_counted);

G_END_DECLS
