/* tautan-render-geometry-private.h: the one source of node shapes and edge geometry
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "tautan/tautan-scene.h"

G_BEGIN_DECLS

/* Below this zoom (pixels per layout unit, about one ideal edge length)
 * nodes shrink with the map, so a big graph zoomed out stays readable. */
#define TAUTAN_FULL_SIZE_ZOOM  40.0
#define TAUTAN_EDGE_ALPHA      0.85
#define TAUTAN_DIM_ALPHA       0.25
#define TAUTAN_LABEL_HALO      3.0     /* width of the outline behind labels */
#define TAUTAN_LEADER_WIDTH    1.0     /* the line from a set-apart label to its node */
#define TAUTAN_LEADER_ALPHA    0.55

/* Shapes of about equal area, so the kind never reads as importance. */
#define TAUTAN_SQUARE_HALF     0.886   /* sqrt(pi)/2 */
#define TAUTAN_DIAMOND_HALF    1.2533  /* sqrt(pi/2) */
#define TAUTAN_TRIANGLE_R      1.5551  /* sqrt(4 pi / (3 sqrt 3)) */
#define TAUTAN_HEXAGON_R       1.0996  /* sqrt(2 pi / (3 sqrt 3)) */
#define TAUTAN_PENTAGON_R      1.1495  /* sqrt(2 pi / (5 sin 72°)) */
/* A little under the area of the others (93 %): a label beside it stays
 * within 1.5 r of its centre, as beside every other shape. */
#define TAUTAN_TRIANGLE_DOWN_R 1.5

/* Sizes: nodes by activity, edges by event count, both shrinking below
 * the full-size zoom (@scale is the node scale of a view). */
double      _tautan_render_node_scale         (double            zoom);
double      _tautan_render_node_radius        (guint             count,
                                               double            scale);
double      _tautan_render_edge_width         (guint             count,
                                               double            scale);
/* Nodes of one event under 2 px: no arrows, no labels, no outlines. */
gboolean    _tautan_render_is_far             (double            scale);

/* Node shapes */
TautanShape _tautan_render_shape_for_kind     (TautanEntityKind  kind);
double      _tautan_render_shape_outer_radius (TautanShape       shape,
                                               double            r);
double      _tautan_render_shape_extent_below (TautanShape       shape,
                                               double            r);
/* Distance from the centre to the border along the unit vector (ux, uy). */
double      _tautan_render_shape_border       (TautanShape       shape,
                                               double            r,
                                               double            ux,
                                               double            uy);
/* The outline as a new closed sub-path; every shape turns clockwise on
 * screen, so overlapping ones fill alike with WINDING. */
void        _tautan_render_shape_path         (cairo_t          *cr,
                                               TautanShape       shape,
                                               double            x,
                                               double            y,
                                               double            r);
/* The same outline as SVG path data ("M … Z"), appended to @s. */
void        _tautan_render_shape_svg_path     (GString          *s,
                                               TautanShape       shape,
                                               double            x,
                                               double            y,
                                               double            r);

/* What the public TautanSceneEdge leaves out: where the shaft ends (the
 * arrow's base) and the arrowhead, with the tip at (x1, y1). */
typedef struct
{
  float  ex, ey;          /* single precision, as TautanSceneEdge's points */
  float  ax0, ay0;
  float  ax1, ay1;
  guint  drawable : 1;   /* the nodes do not overlap: something shows */
  guint  curved : 1;     /* the reverse is drawn too: bow to one side */
  guint  arrow : 1;
} TautanEdgeShape;

/* Fills @edge's ends and control point and @shape for an edge from @from
 * to @to, @edge->width wide; @curved when the reverse edge is drawn too. */
void        _tautan_render_edge_layout        (TautanSceneEdge       *edge,
                                               TautanEdgeShape       *shape,
                                               const TautanSceneNode *from,
                                               const TautanSceneNode *to,
                                               gboolean               curved,
                                               gboolean               far,
                                               double                 scale);
/* A straight edge from (x0, y) to the tip (x1, y), as drawn at full size:
 * legend swatches. */
void        _tautan_render_edge_swatch        (TautanSceneEdge       *edge,
                                               TautanEdgeShape       *shape,
                                               double                 x0,
                                               double                 x1,
                                               double                 y,
                                               double                 width);
/* The part of the segment from (x0, y0) to (x1, y1) inside the box, as the
 * segment's parameters [@t0, @t1] (0 at its start, 1 at its end); FALSE
 * when none of it is inside. */
gboolean    _tautan_render_clip_segment       (double                 x0,
                                               double                 y0,
                                               double                 x1,
                                               double                 y1,
                                               double                 left,
                                               double                 top,
                                               double                 right,
                                               double                 bottom,
                                               double                *t0,
                                               double                *t1);
/* Dash lengths (on, off) of an edge @width wide made of imprecise events. */
void        _tautan_render_edge_dashes        (double                 width,
                                               double                 dashes[2]);
/* The shaft's centre line, to be stroked @edge->width wide. */
void        _tautan_render_edge_shaft_path    (cairo_t               *cr,
                                               const TautanSceneEdge *edge,
                                               const TautanEdgeShape *shape);
void        _tautan_render_edge_arrow_path    (cairo_t               *cr,
                                               const TautanSceneEdge *edge,
                                               const TautanEdgeShape *shape);
void        _tautan_render_edge_shaft_svg     (GString               *s,
                                               const TautanSceneEdge *edge,
                                               const TautanEdgeShape *shape);
void        _tautan_render_edge_arrow_svg     (GString               *s,
                                               const TautanSceneEdge *edge,
                                               const TautanEdgeShape *shape);

/* Numbers for SVG: at most two decimals, no exponent and no locale. */
void        _tautan_render_append_number      (GString               *s,
                                               double                 v);
void        _tautan_render_append_point       (GString               *s,
                                               double                 x,
                                               double                 y);
/* "#rrggbb" */
void        _tautan_render_append_color       (GString               *s,
                                               const TautanRgba      *color);
/* ` NAME="#rrggbb"`, and ` NAME-opacity="a"` unless opaque. */
void        _tautan_render_append_paint       (GString               *s,
                                               const char            *name,
                                               const TautanRgba      *color,
                                               double                 alpha);

G_END_DECLS
