/* tautan-render-legend-private.h: what a picture shows, as one legend for every page
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "tautan/tautan-render-context.h"
#include "tautan/tautan-scene.h"
#include "tautan/tautan-slice.h"

G_BEGIN_DECLS

/* What a scene of @view draws (or the part of it inside a clip): kinds
 * present, the QuadClasses and types of the shown events on the drawn
 * edges, and whether some edge is dashed. */
typedef struct
{
  gboolean             kinds[TAUTAN_N_ENTITY_KINDS];
  gboolean             quads[TAUTAN_N_QUAD_CLASSES];
  guint               *type_events;   /* per taxonomy type: events drawn */
  guint                n_types;
  gboolean             dashed;
  guint                n_nodes;
  guint                n_edges;
  GArray              *pairs;         /* guint64 source << 32 | target, drawn */
  GArray              *untargeted;    /* guint32 events with no target whose actor is drawn, ascending */
  TautanEdgeColorMode  color_mode;
  gboolean             comparing;     /* edges coloured by change: the classes, not event types */
  guint                changes[TAUTAN_N_CHANGES];  /* drawn edges per change class */
} TautanLegendContent;

/* @clip: (nullable): x0, y0, x1, y1 in layout coordinates; nodes inside
 * it count, and edges with an end inside or crossing it. */
void    _tautan_legend_content_init  (TautanLegendContent       *content,
                                      TautanSlice               *slice,
                                      const TautanPoint         *positions,
                                      const TautanView          *view,
                                      const double              *clip);
void    _tautan_legend_content_clear (TautanLegendContent       *content);

/* The events with no target that @slice holds, of a type not in
 * @hidden_types: each call gives the next (its index and the event), from
 * *@cursor, which starts at 0. The scene draws them as rings on their
 * actors and the legend counts them, from this one list. */
gboolean _tautan_render_next_untargeted (TautanSlice          *slice,
                                         const TautanTypeMask *hidden_types,
                                         guint                *cursor,
                                         guint32              *index,
                                         TautanEvent          *event);

typedef enum
{
  TAUTAN_LEGEND_ACTORS,      /* node shapes, one per kind present */
  TAUTAN_LEGEND_RELATIONS,   /* edge colours, and the dashed edges */
} TautanLegendSection;

typedef struct
{
  TautanLegendSection  section;
  gboolean             is_shape;
  TautanShape          shape;
  TautanRgba           color;
  gboolean             dashed;
  gboolean             ring;      /* a shape wearing the ring of events with no target */
  char                *label;
  char                *detail;    /* the types of a QuadClass drawn, or NULL */
} TautanLegendEntry;

/* The entries, actors first (kinds in order), then a line per edge
 * colour (QuadClass, or type when edges are coloured by type), then the
 * dashed line when some edge is: GArray of TautanLegendEntry. */
GArray *_tautan_legend_entries       (const TautanLegendContent *content,
                                      TautanTaxonomy            *taxonomy,
                                      const TautanPalette       *palette);

/* Sizes of an entry's icon: a shape of @radius centred in @width, or an
 * edge @line_width wide across @width with its arrowhead. */
typedef struct
{
  double width;
  double radius;
  double line_width;
  double outline;     /* a shape's outline */
} TautanLegendIcon;

/* The icon with its left end at @x, centred on @cy, as the graph draws
 * that kind or that edge. */
void    _tautan_legend_draw_icon     (cairo_t                   *cr,
                                      const TautanLegendEntry   *entry,
                                      const TautanLegendIcon    *icon,
                                      const TautanRgba          *outline,
                                      double                     x,
                                      double                     cy);
void    _tautan_legend_svg_icon      (GString                   *s,
                                      const TautanLegendEntry   *entry,
                                      const TautanLegendIcon    *icon,
                                      const TautanRgba          *outline,
                                      double                     x,
                                      double                     cy);
/* The box the icon's ink stays within. */
void    _tautan_legend_icon_extents  (const TautanLegendEntry   *entry,
                                      const TautanLegendIcon    *icon,
                                      double                     x,
                                      double                     cy,
                                      double                     box[4]);

G_END_DECLS
