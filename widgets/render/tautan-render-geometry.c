/* tautan-render-geometry.c: node shapes and edge geometry for every backend
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The screen, PNG, PDF, SVG, the legends and the briefing all take their
 * shapes, sizes, curves, arrowheads and dashes from here, as cairo paths
 * or SVG path data of the same outlines, so no picture can drift from
 * another. */

#define G_LOG_DOMAIN "tautan-render-geometry"

#include "config.h"

#include <math.h>

#include "tautan-render-geometry-private.h"

#define MAX_RADIUS      24.0
#define MAX_EDGE_WIDTH  8.0
#define CURVE_OFFSET    0.18     /* of the edge length */
#define ARROW_HALF      0.45     /* half the arrowhead's base, of its length */
#define ARROW_ROOM      0.6      /* of the visible edge, at most */
#define COS_30          0.8660254037844386
#define COS_36          0.8090169943749474

/* hypot() guards against overflow we cannot have, at five times the
 * cost of a square root; this runs for every edge of every scene. */
static inline double
length (double dx,
        double dy)
{
  return sqrt (dx * dx + dy * dy);
}

double
_tautan_render_node_scale (double zoom)
{
  return MIN (1.0, zoom / TAUTAN_FULL_SIZE_ZOOM);
}

double
_tautan_render_node_radius (guint  count,
                            double scale)
{
  return MIN (4.0 + 3.0 * sqrt ((double)count), MAX_RADIUS) * scale;
}

double
_tautan_render_edge_width (guint  count,
                           double scale)
{
  double w = MIN (1.0 + 1.5 * log2 (MAX (count, 1)), MAX_EDGE_WIDTH) * sqrt (scale);

  /* Half-pixel steps, so a graph's edges fall into few runs of equal
   * width (one stroke each when zoomed far out on a vector target). */
  return MAX (round (w * 2) / 2, 0.5);
}

gboolean
_tautan_render_is_far (double scale)
{
  return _tautan_render_node_radius (1, scale) < 2.0;
}

static double
arrow_length (double width,
              double scale)
{
  return (4.0 + 2.5 * width) * MAX (sqrt (scale), 0.5);
}

/* Shapes */

TautanShape
_tautan_render_shape_for_kind (TautanEntityKind kind)
{
  switch (kind)
    {
    case TAUTAN_ENTITY_PERSON:
      return TAUTAN_SHAPE_CIRCLE;
    case TAUTAN_ENTITY_STATE:
      return TAUTAN_SHAPE_SQUARE;
    case TAUTAN_ENTITY_ORGANISATION:
      return TAUTAN_SHAPE_DIAMOND;
    case TAUTAN_ENTITY_MEDIA:
      return TAUTAN_SHAPE_PENTAGON;
    case TAUTAN_ENTITY_ARMED_GROUP:
      return TAUTAN_SHAPE_TRIANGLE;
    case TAUTAN_ENTITY_UNNAMED_GROUP:
      return TAUTAN_SHAPE_TRIANGLE_DOWN;
    case TAUTAN_ENTITY_PLACE:
    case TAUTAN_N_ENTITY_KINDS:
    default:
      return TAUTAN_SHAPE_HEXAGON;
    }
}

double
_tautan_render_shape_outer_radius (TautanShape shape,
                                   double      r)
{
  switch (shape)
    {
    case TAUTAN_SHAPE_SQUARE:
      return r * TAUTAN_SQUARE_HALF * G_SQRT2;
    case TAUTAN_SHAPE_DIAMOND:
      return r * TAUTAN_DIAMOND_HALF;
    case TAUTAN_SHAPE_TRIANGLE:
      return r * TAUTAN_TRIANGLE_R;
    case TAUTAN_SHAPE_TRIANGLE_DOWN:
      return r * TAUTAN_TRIANGLE_DOWN_R;
    case TAUTAN_SHAPE_HEXAGON:
      return r * TAUTAN_HEXAGON_R;
    case TAUTAN_SHAPE_PENTAGON:
      return r * TAUTAN_PENTAGON_R;
    case TAUTAN_SHAPE_CIRCLE:
    case TAUTAN_N_SHAPES:
    default:
      return r;
    }
}

double
_tautan_render_shape_extent_below (TautanShape shape,
                                   double      r)
{
  switch (shape)
    {
    case TAUTAN_SHAPE_SQUARE:
      return r * TAUTAN_SQUARE_HALF;
    case TAUTAN_SHAPE_DIAMOND:
      return r * TAUTAN_DIAMOND_HALF;
    case TAUTAN_SHAPE_TRIANGLE:
      return r * TAUTAN_TRIANGLE_R / 2;
    case TAUTAN_SHAPE_TRIANGLE_DOWN:
      return r * TAUTAN_TRIANGLE_DOWN_R;
    case TAUTAN_SHAPE_HEXAGON:
      return r * TAUTAN_HEXAGON_R * COS_30;
    case TAUTAN_SHAPE_PENTAGON:
      return r * TAUTAN_PENTAGON_R * COS_36;
    case TAUTAN_SHAPE_CIRCLE:
    case TAUTAN_N_SHAPES:
    default:
      return r;
    }
}

/* Outward unit normals of the triangle's sides (pointing up, y grows
 * downwards: down, up-left, up-right) and of the flat-topped hexagon's. */
static const double triangle_normals[3][2] = {
  { 0, 1 }, { -COS_30, -0.5 }, { COS_30, -0.5 },
};
static const double hexagon_normals[6][2] = {
  { COS_30, 0.5 }, { 0, 1 }, { -COS_30, 0.5 }, { -COS_30, -0.5 }, { 0, -1 }, { COS_30, -0.5 },
};
/* The triangle pointing down (its sides face down-right, up and
 * down-left) and the pentagon pointing up, from its upper right side. */
static const double triangle_down_normals[3][2] = {
  { COS_30, 0.5 }, { 0, -1 }, { -COS_30, 0.5 },
};
static const double pentagon_normals[5][2] = {
  { 0.587785, -0.809017 }, { 0.951057, 0.309017 }, { 0, 1 }, { -0.951057, 0.309017 }, { -0.587785, -0.809017 },
};

/* Distance from a regular polygon's centre to its border along the unit
 * vector (ux, uy), given its sides' normals and its inradius. */
static double
polygon_border (const double (*normals)[2],
                guint         n,
                double        inradius,
                double        ux,
                double        uy)
{
  double best = G_MAXDOUBLE;

  for (guint k = 0; k < n; k++)
    {
      double d = ux * normals[k][0] + uy * normals[k][1];

      if (d > 1e-9)
        best = MIN (best, inradius / d);
    }
  return best == G_MAXDOUBLE ? inradius : best;
}

double
_tautan_render_shape_border (TautanShape shape,
                             double      r,
                             double      ux,
                             double      uy)
{
  switch (shape)
    {
    case TAUTAN_SHAPE_SQUARE:
      return r * TAUTAN_SQUARE_HALF / MAX (MAX (fabs (ux), fabs (uy)), 1e-9);
    case TAUTAN_SHAPE_DIAMOND:
      return r * TAUTAN_DIAMOND_HALF / MAX (fabs (ux) + fabs (uy), 1e-9);
    case TAUTAN_SHAPE_TRIANGLE:
      return polygon_border (triangle_normals, 3, r * TAUTAN_TRIANGLE_R / 2, ux, uy);
    case TAUTAN_SHAPE_TRIANGLE_DOWN:
      return polygon_border (triangle_down_normals, 3, r * TAUTAN_TRIANGLE_DOWN_R / 2, ux, uy);
    case TAUTAN_SHAPE_HEXAGON:
      return polygon_border (hexagon_normals, 6, r * TAUTAN_HEXAGON_R * COS_30, ux, uy);
    case TAUTAN_SHAPE_PENTAGON:
      return polygon_border (pentagon_normals, 5, r * TAUTAN_PENTAGON_R * COS_36, ux, uy);
    case TAUTAN_SHAPE_CIRCLE:
    case TAUTAN_N_SHAPES:
    default:
      return r;
    }
}

/* The corners of a polygonal shape: their count, the first one's angle
 * and their distance from the centre. */
static gboolean
shape_polygon (TautanShape  shape,
               double       r,
               guint       *n,
               double      *phase,
               double      *radius)
{
  switch (shape)
    {
    case TAUTAN_SHAPE_DIAMOND:
      *n = 4;
      *phase = -G_PI / 2;
      *radius = r * TAUTAN_DIAMOND_HALF;
      return TRUE;
    case TAUTAN_SHAPE_TRIANGLE:
      *n = 3;
      *phase = -G_PI / 2;
      *radius = r * TAUTAN_TRIANGLE_R;
      return TRUE;
    case TAUTAN_SHAPE_TRIANGLE_DOWN:
      *n = 3;
      *phase = G_PI / 2;
      *radius = r * TAUTAN_TRIANGLE_DOWN_R;
      return TRUE;
    case TAUTAN_SHAPE_HEXAGON:
      *n = 6;
      *phase = 0;
      *radius = r * TAUTAN_HEXAGON_R;
      return TRUE;
    case TAUTAN_SHAPE_PENTAGON:
      *n = 5;
      *phase = -G_PI / 2;
      *radius = r * TAUTAN_PENTAGON_R;
      return TRUE;
    case TAUTAN_SHAPE_CIRCLE:
    case TAUTAN_SHAPE_SQUARE:
    case TAUTAN_N_SHAPES:
    default:
      return FALSE;
    }
}

void
_tautan_render_shape_path (cairo_t     *cr,
                           TautanShape  shape,
                           double       x,
                           double       y,
                           double       r)
{
  double phase, radius, h = r * TAUTAN_SQUARE_HALF;
  guint n;

  if (shape == TAUTAN_SHAPE_SQUARE)
    cairo_rectangle (cr, x - h, y - h, 2 * h, 2 * h);
  else if (shape_polygon (shape, r, &n, &phase, &radius))
    {
      for (guint k = 0; k < n; k++)
        {
          double a = phase + 2 * G_PI * k / n;

          if (k == 0)
            cairo_move_to (cr, x + radius * cos (a), y + radius * sin (a));
          else
            cairo_line_to (cr, x + radius * cos (a), y + radius * sin (a));
        }
      cairo_close_path (cr);
    }
  else
    {
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      cairo_close_path (cr);
    }
}

void
_tautan_render_shape_svg_path (GString     *s,
                               TautanShape  shape,
                               double       x,
                               double       y,
                               double       r)
{
  double phase, radius, h = r * TAUTAN_SQUARE_HALF;
  guint n;

  if (shape == TAUTAN_SHAPE_SQUARE)
    {
      /* As cairo_rectangle(): clockwise from the top left corner. */
      g_string_append_c (s, 'M');
      _tautan_render_append_point (s, x - h, y - h);
      g_string_append (s, " H");
      _tautan_render_append_number (s, x + h);
      g_string_append (s, " V");
      _tautan_render_append_number (s, y + h);
      g_string_append (s, " H");
      _tautan_render_append_number (s, x - h);
      g_string_append (s, " Z");
    }
  else if (shape_polygon (shape, r, &n, &phase, &radius))
    {
      for (guint k = 0; k < n; k++)
        {
          double a = phase + 2 * G_PI * k / n;

          g_string_append (s, k == 0 ? "M" : " L");
          _tautan_render_append_point (s, x + radius * cos (a), y + radius * sin (a));
        }
      g_string_append (s, " Z");
    }
  else
    {
      /* Two half circles from angle 0, clockwise on screen as cairo_arc(). */
      g_string_append_c (s, 'M');
      _tautan_render_append_point (s, x + r, y);
      g_string_append (s, " A");
      _tautan_render_append_point (s, r, r);
      g_string_append (s, " 0 1 1 ");
      _tautan_render_append_point (s, x - r, y);
      g_string_append (s, " A");
      _tautan_render_append_point (s, r, r);
      g_string_append (s, " 0 1 1 ");
      _tautan_render_append_point (s, x + r, y);
      g_string_append (s, " Z");
    }
}

/* Edges */

static void
arrow_at_tip (const TautanSceneEdge *edge,
              TautanEdgeShape       *shape,
              double                 ux,
              double                 uy,
              double                 arrow)
{
  double bx = edge->x1 - ux * arrow, by = edge->y1 - uy * arrow;

  shape->arrow = TRUE;
  shape->ax0 = bx - uy * arrow * ARROW_HALF;
  shape->ay0 = by + ux * arrow * ARROW_HALF;
  shape->ax1 = bx + uy * arrow * ARROW_HALF;
  shape->ay1 = by - ux * arrow * ARROW_HALF;
  /* The shaft ends at the arrow's base, which is wider than it. */
  shape->ex = bx;
  shape->ey = by;
}

void
_tautan_render_edge_layout (TautanSceneEdge       *edge,
                            TautanEdgeShape       *shape,
                            const TautanSceneNode *from,
                            const TautanSceneNode *to,
                            gboolean               curved,
                            gboolean               far,
                            double                 scale)
{
  double dx = to->x - from->x, dy = to->y - from->y;
  double len = length (dx, dy);
  double ux0, uy0, ux1, uy1, d;

  shape->drawable = FALSE;
  shape->curved = FALSE;
  shape->arrow = FALSE;
  edge->x0 = edge->cx = edge->x1 = shape->ex = from->x;
  edge->y0 = edge->cy = edge->y1 = shape->ey = from->y;
  shape->ax0 = shape->ax1 = from->x;
  shape->ay0 = shape->ay1 = from->y;

  if (len < 1e-6)
    return;

  edge->cx = (from->x + to->x) / 2;
  edge->cy = (from->y + to->y) / 2;
  if (curved)
    {
      /* The normal flips with the direction: a→b and b→a bow apart. */
      edge->cx += -dy / len * CURVE_OFFSET * len;
      edge->cy += dx / len * CURVE_OFFSET * len;
    }

  d = length (edge->cx - from->x, edge->cy - from->y);
  ux0 = (edge->cx - from->x) / d;
  uy0 = (edge->cy - from->y) / d;
  d = length (to->x - edge->cx, to->y - edge->cy);
  ux1 = (to->x - edge->cx) / d;
  uy1 = (to->y - edge->cy) / d;

  d = _tautan_render_shape_border (from->shape, from->radius, ux0, uy0);
  edge->x0 = from->x + ux0 * d;
  edge->y0 = from->y + uy0 * d;
  d = _tautan_render_shape_border (to->shape, to->radius, -ux1, -uy1);
  edge->x1 = to->x - ux1 * d;
  edge->y1 = to->y - uy1 * d;

  /* Overlapping nodes: nothing of the edge would show. */
  if ((edge->x1 - edge->x0) * dx + (edge->y1 - edge->y0) * dy <= 0)
    return;

  shape->drawable = TRUE;
  shape->ex = edge->x1;
  shape->ey = edge->y1;

  if (!far)
    {
      double room = length (edge->x1 - edge->x0, edge->y1 - edge->y0);

      arrow_at_tip (edge, shape, ux1, uy1, MIN (arrow_length (edge->width, scale), room * ARROW_ROOM));
    }

  /* The control point stays on both end tangents; only a short edge whose
   * ends passed it needs a straight line instead. */
  shape->curved = curved &&
                  (edge->cx - edge->x0) * ux0 + (edge->cy - edge->y0) * uy0 > 0 &&
                  (shape->ex - edge->cx) * ux1 + (shape->ey - edge->cy) * uy1 > 0;
}

void
_tautan_render_edge_swatch (TautanSceneEdge *edge,
                            TautanEdgeShape *shape,
                            double           x0,
                            double           x1,
                            double           y,
                            double           width)
{
  edge->x0 = x0;
  edge->y0 = edge->cy = edge->y1 = y;
  edge->x1 = x1;
  edge->cx = (x0 + x1) / 2;
  edge->width = width;
  shape->drawable = x1 > x0;
  shape->curved = FALSE;
  shape->ex = x1;
  shape->ey = y;
  shape->arrow = FALSE;
  if (shape->drawable)
    arrow_at_tip (edge, shape, 1, 0, MIN (arrow_length (width, 1), (x1 - x0) * ARROW_ROOM));
}

void
_tautan_render_edge_dashes (double width,
                            double dashes[2])
{
  dashes[0] = 3 + 2 * width;
  dashes[1] = 2 + width;
}

void
_tautan_render_edge_shaft_path (cairo_t               *cr,
                                const TautanSceneEdge *edge,
                                const TautanEdgeShape *shape)
{
  cairo_move_to (cr, edge->x0, edge->y0);
  if (shape->curved)
    /* The quadratic as a cubic: control points 2/3 of the way to (cx, cy). */
    cairo_curve_to (cr,
                    edge->x0 + 2.0 / 3 * (edge->cx - edge->x0), edge->y0 + 2.0 / 3 * (edge->cy - edge->y0),
                    shape->ex + 2.0 / 3 * (edge->cx - shape->ex), shape->ey + 2.0 / 3 * (edge->cy - shape->ey),
                    shape->ex, shape->ey);
  else
    cairo_line_to (cr, shape->ex, shape->ey);
}

void
_tautan_render_edge_arrow_path (cairo_t               *cr,
                                const TautanSceneEdge *edge,
                                const TautanEdgeShape *shape)
{
  cairo_move_to (cr, edge->x1, edge->y1);
  cairo_line_to (cr, shape->ax0, shape->ay0);
  cairo_line_to (cr, shape->ax1, shape->ay1);
  cairo_close_path (cr);
}

void
_tautan_render_edge_shaft_svg (GString               *s,
                               const TautanSceneEdge *edge,
                               const TautanEdgeShape *shape)
{
  g_string_append_c (s, 'M');
  _tautan_render_append_point (s, edge->x0, edge->y0);
  if (shape->curved)
    {
      g_string_append (s, " Q");
      _tautan_render_append_point (s, edge->cx, edge->cy);
      g_string_append_c (s, ' ');
    }
  else
    g_string_append (s, " L");
  _tautan_render_append_point (s, shape->ex, shape->ey);
}

void
_tautan_render_edge_arrow_svg (GString               *s,
                               const TautanSceneEdge *edge,
                               const TautanEdgeShape *shape)
{
  g_string_append_c (s, 'M');
  _tautan_render_append_point (s, edge->x1, edge->y1);
  g_string_append (s, " L");
  _tautan_render_append_point (s, shape->ax0, shape->ay0);
  g_string_append (s, " L");
  _tautan_render_append_point (s, shape->ax1, shape->ay1);
  g_string_append (s, " Z");
}

/* Numbers */

void
_tautan_render_append_number (GString *s,
                              double   v)
{
  char buf[32];
  int n = 0;
  gint64 i, whole;
  int frac;

  if (!isfinite (v))
    v = 0;
  i = (gint64)llround (CLAMP (v, -1e12, 1e12) * 100);
  if (i < 0)
    {
      g_string_append_c (s, '-');
      i = -i;
    }
  whole = i / 100;
  frac = (int)(i % 100);

  do
    {
      buf[n++] = (char)('0' + whole % 10);
      whole /= 10;
    }
  while (whole > 0);
  while (n > 0)
    g_string_append_c (s, buf[--n]);

  if (frac != 0)
    {
      g_string_append_c (s, '.');
      g_string_append_c (s, (char)('0' + frac / 10));
      if (frac % 10 != 0)
        g_string_append_c (s, (char)('0' + frac % 10));
    }
}

void
_tautan_render_append_point (GString *s,
                             double   x,
                             double   y)
{
  _tautan_render_append_number (s, x);
  g_string_append_c (s, ' ');
  _tautan_render_append_number (s, y);
}

static inline int
channel (double v)
{
  return (int)lround (CLAMP (v, 0, 1) * 255);
}

void
_tautan_render_append_color (GString          *s,
                             const TautanRgba *c)
{
  static const char hex[] = "0123456789abcdef";
  int v[3] = { channel (c->red), channel (c->green), channel (c->blue) };

  g_string_append_c (s, '#');
  for (guint k = 0; k < 3; k++)
    {
      g_string_append_c (s, hex[v[k] >> 4]);
      g_string_append_c (s, hex[v[k] & 15]);
    }
}

void
_tautan_render_append_paint (GString          *s,
                             const char       *name,
                             const TautanRgba *c,
                             double            alpha)
{
  double a = c->alpha * alpha;

  g_string_append_printf (s, " %s=\"", name);
  _tautan_render_append_color (s, c);
  g_string_append_c (s, '"');
  if (a < 0.995)
    {
      g_string_append_printf (s, " %s-opacity=\"", name);
      _tautan_render_append_number (s, a);
      g_string_append_c (s, '"');
    }
}

/* Liang–Barsky. */
gboolean
_tautan_render_clip_segment (double  x0,
                             double  y0,
                             double  x1,
                             double  y1,
                             double  left,
                             double  top,
                             double  right,
                             double  bottom,
                             double *t0,
                             double *t1)
{
  double p[4] = { -(x1 - x0), x1 - x0, -(y1 - y0), y1 - y0 };
  double q[4] = { x0 - left, right - x0, y0 - top, bottom - y0 };

  *t0 = 0;
  *t1 = 1;
  for (guint k = 0; k < 4; k++)
    {
      if (p[k] == 0)
        {
          if (q[k] < 0)
            return FALSE;
          continue;
        }
      if (p[k] < 0)
        *t0 = MAX (*t0, q[k] / p[k]);
      else
        *t1 = MIN (*t1, q[k] / p[k]);
      if (*t0 > *t1)
        return FALSE;
    }
  return TRUE;
}
