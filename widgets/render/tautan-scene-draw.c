/* tautan-scene-draw.c: the display list drawn into any cairo context
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Edges (through tautan-scene-raster.c on image surfaces, as fills on
 * vector ones), nodes and labels (as shared sprites where compositing one
 * is exact), the selection and the hover highlight; per-tile lists so a
 * tile only looks at what may touch it. Shapes, curves, arrowheads and
 * dashes come from tautan-render-geometry.c. */

#define G_LOG_DOMAIN "tautan-scene"

#include "config.h"

#include <math.h>
#include <string.h>

#include "tautan/tautan-tile-cache.h"

#include "tautan-render-context-private.h"
#include "tautan-scene-private.h"

#define TOLERANCE         0.25

/* Whether an edge may touch @clip: its box first, then whether the band
 * around its chord does, so a long diagonal edge is not drawn into every
 * tile of its bounding box. */
gboolean
_tautan_scene_edge_visible (const TautanSceneEdge *e,
                            const EdgeExtra       *x,
                            const Box             *clip)
{
  double dx = e->x1 - e->x0, dy = e->y1 - e->y0;
  double len = scene_length (dx, dy), nx, ny, d[4], reach;
  gboolean below = TRUE, above = TRUE;
  Box bounds;

  if (!x->shape.drawable)
    return FALSE;
  _tautan_scene_edge_bounds (e, x, &bounds, &reach);
  if (!box_intersects (&bounds, clip))
    return FALSE;
  if (len < 1)
    return TRUE;

  nx = -dy / len;
  ny = dx / len;
  d[0] = (clip->x0 - e->x0) * nx + (clip->y0 - e->y0) * ny;
  d[1] = (clip->x1 - e->x0) * nx + (clip->y0 - e->y0) * ny;
  d[2] = (clip->x0 - e->x0) * nx + (clip->y1 - e->y0) * ny;
  d[3] = (clip->x1 - e->x0) * nx + (clip->y1 - e->y0) * ny;
  for (guint k = 0; k < 4; k++)
    {
      below &= d[k] < -reach;
      above &= d[k] > reach;
    }
  return !below && !above;
}


/* Drawing
 *
 * Measured with cairo 1.16 on 1920x1080, 2,000 nodes and 7,500 edges: one
 * fill per edge (shaft and arrowhead as one polygon) takes 40 ms, one
 * stroke per run of equal edges twice that (the spans compositor walks
 * each run's whole extent), and stroking every label's outline for its
 * halo 100 ms. So on raster targets (image surfaces: the tiles, PNG)
 * edges go through tautan-scene-raster.c, and nodes and labels are drawn
 * once into shared sprites, composited at whole device pixels. Vector
 * targets (SVG, PDF, recordings) get cairo paths: one fill per edge, or
 * one fast stroke per run of thin edges zoomed far out. */

typedef struct
{
  cairo_t         *cr;
  Box              clip;
  int              scale;       /* device pixels per unit, when sprites are used */
  double           offset_x;    /* the target's device offset */
  double           offset_y;
  gboolean         sprites;

  /* Edges straight into the pixels, when the clip is one whole-pixel
   * rectangle of an ARGB32 or RGB24 image. */
  TautanRaster    *raster;
  cairo_surface_t *target;
  guint8          *data;        /* the clip's corner pixel */
  int              stride;
  int              raster_x;    /* the clip, in device pixels */
  int              raster_y;
  int              raster_width;
  int              raster_height;
  double           to_raster_x; /* raster = user * scale + to_raster */
  double           to_raster_y;
} Frame;

/* Where paths go: a cairo context, or the raster in device pixels. */
typedef struct
{
  cairo_t      *cr;
  TautanRaster *raster;
  double        scale;
  double        dx;
  double        dy;
  double        first_x;
  double        first_y;
  double        pen_x;
  double        pen_y;
  gboolean      open;

  /* Thin straight pieces go straight to the pixels in this colour. */
  guint8       *data;
  int           stride;
  guint32       argb;
  double        opacity;
  gboolean      far;          /* Curves as chains of bands too */
} Sink;

/* Bands at most this wide, in device pixels, skip the accumulation. */
#define MAX_BAND_WIDTH 4.0

static void
sink_close (Sink *sink)
{
  if (sink->raster == NULL)
    {
      cairo_close_path (sink->cr);
      return;
    }
  if (sink->open)
    _tautan_raster_line (sink->raster, sink->pen_x, sink->pen_y, sink->first_x, sink->first_y);
  sink->open = FALSE;
}

static void
sink_move_to (Sink   *sink,
              double  x,
              double  y)
{
  if (sink->raster == NULL)
    {
      cairo_move_to (sink->cr, x, y);
      return;
    }
  sink_close (sink);
  sink->first_x = sink->pen_x = x * sink->scale + sink->dx;
  sink->first_y = sink->pen_y = y * sink->scale + sink->dy;
  sink->open = TRUE;
}

static void sink_line_to (Sink   *sink,
                          double  x,
                          double  y);

/* A straight piece of a shaft, half @hw wide, butt ends. */
static void
sink_band (Sink   *sink,
           double  x0,
           double  y0,
           double  x1,
           double  y1,
           double  hw)
{
  double dx = x1 - x0, dy = y1 - y0, len, nx, ny;

  /* The raster drops a band under a millionth of a pixel itself: no
   * square root here for each of a far tile's many chords. */
  if (sink->raster != NULL && 2 * hw * sink->scale <= MAX_BAND_WIDTH)
    {
      _tautan_raster_band (sink->raster, sink->data, sink->stride, sink->argb, sink->opacity,
                           x0 * sink->scale + sink->dx, y0 * sink->scale + sink->dy,
                           x1 * sink->scale + sink->dx, y1 * sink->scale + sink->dy,
                           hw * sink->scale);
      return;
    }
  len = scene_length (dx, dy);
  if (len < 1e-9)
    return;
  nx = -dy / len * hw;
  ny = dx / len * hw;
  sink_move_to (sink, x0 + nx, y0 + ny);
  sink_line_to (sink, x1 + nx, y1 + ny);
  sink_line_to (sink, x1 - nx, y1 - ny);
  sink_line_to (sink, x0 - nx, y0 - ny);
  sink_close (sink);
}

static void
sink_line_to (Sink   *sink,
              double  x,
              double  y)
{
  if (sink->raster == NULL)
    {
      cairo_line_to (sink->cr, x, y);
      return;
    }
  x = x * sink->scale + sink->dx;
  y = y * sink->scale + sink->dy;
  _tautan_raster_line (sink->raster, sink->pen_x, sink->pen_y, x, y);
  sink->pen_x = x;
  sink->pen_y = y;
}

static guint32
pack_rgba (const TautanRgba *c)
{
  return _tautan_scene_pack_rgba (c);
}

/* A tile's clip, 256 device pixels wide, comes back from a fractional
 * translation as 255.99999999999977: a whole pixel all the same. Left
 * as it is, one tile in five missed the raster and was stroked by cairo,
 * four times slower and drawn differently from its neighbours. */
static double
snap_pixel (double v)
{
  double r = round (v);

  return fabs (v - r) < 1e-6 ? r : v;
}

/* Sprites only where compositing one is exact: an image target seen with
 * no more than a translation and a whole device scale. */
static void
frame_init (Frame   *frame,
            cairo_t *cr)
{
  cairo_surface_t *target = cairo_get_target (cr);
  cairo_matrix_t m;
  double sx = 1, sy = 1;

  frame->cr = cr;
  cairo_clip_extents (cr, &frame->clip.x0, &frame->clip.y0, &frame->clip.x1, &frame->clip.y1);
  cairo_get_matrix (cr, &m);
  cairo_surface_get_device_scale (target, &sx, &sy);
  cairo_surface_get_device_offset (target, &frame->offset_x, &frame->offset_y);
  frame->scale = (int)sx;
  frame->sprites = cairo_surface_get_type (target) == CAIRO_SURFACE_TYPE_IMAGE &&
                   m.xx == 1 && m.yy == 1 && m.xy == 0 && m.yx == 0 &&
                   sx == sy && sx == frame->scale && frame->scale >= 1 && frame->scale <= 8;
  frame->raster = NULL;
  frame->target = target;

  if (frame->sprites &&
      (cairo_image_surface_get_format (target) == CAIRO_FORMAT_ARGB32 ||
       cairo_image_surface_get_format (target) == CAIRO_FORMAT_RGB24))
    {
      cairo_rectangle_list_t *list = cairo_copy_clip_rectangle_list (cr);

      if (list->status == CAIRO_STATUS_SUCCESS && list->num_rectangles == 1)
        {
          const cairo_rectangle_t *rect = &list->rectangles[0];
          double tx = 0, ty = 0;
          double x0, y0, x1, y1;

          cairo_user_to_device (cr, &tx, &ty);
          x0 = snap_pixel ((rect->x + tx) * frame->scale + frame->offset_x);
          y0 = snap_pixel ((rect->y + ty) * frame->scale + frame->offset_y);
          x1 = snap_pixel (x0 + rect->width * frame->scale);
          y1 = snap_pixel (y0 + rect->height * frame->scale);
          x0 = MAX (x0, 0);
          y0 = MAX (y0, 0);
          x1 = MIN (x1, cairo_image_surface_get_width (target));
          y1 = MIN (y1, cairo_image_surface_get_height (target));

          /* Whole pixels only: the raster cannot clip inside a pixel. */
          if (x1 > x0 && y1 > y0 &&
              x0 == floor (x0) && y0 == floor (y0) && x1 == floor (x1) && y1 == floor (y1) &&
              x1 - x0 < 16384 && y1 - y0 < 16384)
            {
              frame->raster_x = (int)x0;
              frame->raster_y = (int)y0;
              frame->raster_width = (int)(x1 - x0);
              frame->raster_height = (int)(y1 - y0);
              frame->stride = cairo_image_surface_get_stride (target);
              frame->to_raster_x = tx * frame->scale + frame->offset_x - x0;
              frame->to_raster_y = ty * frame->scale + frame->offset_y - y0;
              frame->raster = _tautan_raster_get (frame->raster_width, frame->raster_height);
            }
        }
      cairo_rectangle_list_destroy (list);
    }
}

static void
sink_init (Sink  *sink,
           Frame *frame)
{
  memset (sink, 0, sizeof *sink);
  sink->cr = frame->cr;
  sink->raster = frame->raster;
  sink->scale = frame->scale;
  sink->dx = frame->to_raster_x;
  sink->dy = frame->to_raster_y;
}

/* Composites @sprite with its origin on the device pixel nearest (x, y).
 * cairo_user_to_device() leaves out the surface's device scale and
 * offset, so they are applied here. */
static void
paint_sprite (Frame              *frame,
              const TautanSprite *sprite,
              double              x,
              double              y,
              double              alpha)
{
  cairo_t *cr = frame->cr;

  cairo_user_to_device (cr, &x, &y);
  x = (floor (x * frame->scale + frame->offset_x + 0.5) - sprite->origin_x - frame->offset_x) / frame->scale;
  y = (floor (y * frame->scale + frame->offset_y + 0.5) - sprite->origin_y - frame->offset_y) / frame->scale;
  cairo_device_to_user (cr, &x, &y);
  cairo_set_source_surface (cr, sprite->surface, x, y);
  if (alpha >= 1)
    cairo_paint (cr);
  else
    cairo_paint_with_alpha (cr, alpha);
}

/* x * a / 255 on two channels at once, rounded as pixman does. */
static inline guint32
mul_un8x2 (guint32 x,
           guint   a)
{
  guint32 t = (x & 0x00ff00ffu) * a + 0x00800080u;

  return ((t + ((t >> 8) & 0x00ff00ffu)) >> 8) & 0x00ff00ffu;
}

/* Saturating per-channel sum of two channels at once, as pixman's. */
static inline guint32
add_un8x2 (guint32 x,
           guint32 y)
{
  guint32 t = x + y;

  t |= 0x01000100u - ((t >> 8) & 0x00010001u);
  return t & 0x00ff00ffu;
}

/* Composites @sprite as paint_sprite() does, straight into the raster's
 * pixels with pixman's OVER arithmetic: cairo costs a few microseconds a
 * call whatever the size, too much for the 100,000 dots of a graph seen
 * from far. */
static void
blit_sprite (Frame              *frame,
             const TautanSprite *sprite,
             const int           ink[4],
             double              x,
             double              y)
{
  cairo_surface_t *surface = sprite->surface;
  int sstride = cairo_image_surface_get_stride (surface);
  const guint8 *sdata;
  int px, py, x0, y0, x1, y1;

  cairo_user_to_device (frame->cr, &x, &y);
  px = (int)floor (x * frame->scale + frame->offset_x + 0.5) - sprite->origin_x - frame->raster_x;
  py = (int)floor (y * frame->scale + frame->offset_y + 0.5) - sprite->origin_y - frame->raster_y;
  /* Only where the sprite has ink: a speck's sprite is mostly margin. */
  x0 = MAX (px + ink[0], 0);
  y0 = MAX (py + ink[1], 0);
  x1 = MIN (px + ink[2], frame->raster_width);
  y1 = MIN (py + ink[3], frame->raster_height);
  if (x0 >= x1 || y0 >= y1)
    return;

  /* Flushed when it was drawn, before any thread could share it. */
  sdata = cairo_image_surface_get_data (surface);
  for (int j = y0; j < y1; j++)
    {
      const guint32 *src = (const guint32 *)(gconstpointer)(sdata + (gsize)(j - py) * sstride) + (x0 - px);
      guint32 *dst = (guint32 *)(gpointer)(frame->data + (gsize)j * frame->stride) + x0;

      for (int i = x0; i < x1; i++, src++, dst++)
        {
          guint32 s = *src;
          guint ia = 255 - (s >> 24);

          if (ia == 255)
            continue;
          if (ia == 0)
            *dst = s;
          else
            *dst = add_un8x2 (mul_un8x2 (*dst, ia), s & 0x00ff00ffu) |
                   add_un8x2 (mul_un8x2 (*dst >> 8, ia), (s >> 8) & 0x00ff00ffu) << 8;
        }
    }
}

static cairo_surface_t *
new_sprite_surface (int width,
                    int height,
                    int scale)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, MAX (width, 1), MAX (height, 1));

  cairo_surface_set_device_scale (surface, scale, scale);
  return surface;
}

static void
append_arrow (Sink                  *sink,
              const TautanSceneEdge *e,
              const EdgeExtra       *x)
{
  sink_move_to (sink, e->x1, e->y1);
  sink_line_to (sink, x->shape.ax0, x->shape.ay0);
  sink_line_to (sink, x->shape.ax1, x->shape.ay1);
  sink_close (sink);
}

/* A point of the shaft (x0 → cx → ex) and its unit normal. */
static void
shaft_point (const TautanSceneEdge *e,
             const EdgeExtra       *x,
             double                 t,
             double                *px,
             double                *py,
             double                *nx,
             double                *ny)
{
  double a = (1 - t) * (1 - t), b = 2 * (1 - t) * t, c = t * t;
  double dx = 2 * (1 - t) * (e->cx - e->x0) + 2 * t * (x->shape.ex - e->cx);
  double dy = 2 * (1 - t) * (e->cy - e->y0) + 2 * t * (x->shape.ey - e->cy);
  double len = MAX (scene_length (dx, dy), 1e-9);

  *px = a * e->x0 + b * e->cx + c * x->shape.ex;
  *py = a * e->y0 + b * e->cy + c * x->shape.ey;
  *nx = -dy / len;
  *ny = dx / len;
}

/* The shaft's outline, offset by half the width each side of the curve,
 * with the arrowhead in between: one fill draws the whole edge. */
/* Pieces enough for a quarter-pixel error: a quadratic strays from its
 * chord by b, from n chords by about b / n². */
static guint
shaft_segments (const TautanSceneEdge *e,
                const EdgeExtra       *x)
{
  double dx = x->shape.ex - e->x0, dy = x->shape.ey - e->y0, len = scene_length (dx, dy), bulge;

  if (!x->shape.curved || len < 1)
    return 1;
  bulge = fabs (dx * (e->cy - e->y0) - dy * (e->cx - e->x0)) / len / 2;
  return (guint)CLAMP (ceil (2 * sqrt (bulge)), 2, 32);
}

static void
append_edge_outline (Sink                  *sink,
                     const TautanSceneEdge *e,
                     const EdgeExtra       *x)
{
  double hw = e->width / 2, px, py, nx, ny;
  guint n = shaft_segments (e, x);

  if (n == 1 && sink->raster != NULL && e->width * sink->scale <= MAX_BAND_WIDTH)
    {
      sink_band (sink, e->x0, e->y0, x->shape.ex, x->shape.ey, hw);
      if (x->shape.arrow)
        append_arrow (sink, e, x);
      return;
    }

  /* Far out a thin curve is its chords as bands, a fraction of
   * the outline's cost through the accumulation: where two chords meet,
   * each covers its share of the step (exactly, when both run along the
   * same axis), so the joints neither gap nor overlap, only blend twice.
   * Not nearer, where curves are wide and bend visibly at each joint. */
  if (sink->far && !x->shape.arrow && sink->raster != NULL && e->width * sink->scale <= MAX_BAND_WIDTH)
    {
      double qx, qy;

      shaft_point (e, x, 0, &px, &py, &nx, &ny);
      for (guint k = 1; k <= n; k++)
        {
          shaft_point (e, x, (double)k / n, &qx, &qy, &nx, &ny);
          sink_band (sink, px, py, qx, qy, hw);
          px = qx;
          py = qy;
        }
      return;
    }

  for (guint k = 0; k <= n; k++)
    {
      shaft_point (e, x, (double)k / n, &px, &py, &nx, &ny);
      if (k == 0)
        sink_move_to (sink, px + nx * hw, py + ny * hw);
      else
        sink_line_to (sink, px + nx * hw, py + ny * hw);
    }
  if (x->shape.arrow)
    {
      sink_line_to (sink, x->shape.ax0, x->shape.ay0);
      sink_line_to (sink, e->x1, e->y1);
      sink_line_to (sink, x->shape.ax1, x->shape.ay1);
    }
  for (guint k = n + 1; k-- > 0;)
    {
      shaft_point (e, x, (double)k / n, &px, &py, &nx, &ny);
      sink_line_to (sink, px - nx * hw, py - ny * hw);
    }
  sink_close (sink);
}

/* The dashes as quads along the shaft (butt ends, as a dashed stroke
 * would have), the arrowhead after: still one fill for the whole edge,
 * where cairo's dasher and a second fill cost three times as much. */
static void
append_dashed_outline (Sink                  *sink,
                       const TautanSceneEdge *e,
                       const EdgeExtra       *x)
{
  double dashes[2], on, off, hw = e->width / 2;
  double ax = e->x0, ay = e->y0, left, nx, ny;
  gboolean drawing = TRUE;
  guint n = shaft_segments (e, x);

  _tautan_render_edge_dashes (e->width, dashes);
  on = left = dashes[0];
  off = dashes[1];

  for (guint k = 1; k <= n; k++)
    {
      double bx, by, dx, dy, len, pos = 0;

      shaft_point (e, x, (double)k / n, &bx, &by, &nx, &ny);
      dx = bx - ax;
      dy = by - ay;
      len = scene_length (dx, dy);
      if (len > 1e-9)
        {
          double ux = dx / len, uy = dy / len;

          while (pos < len)
            {
              double step = MIN (left, len - pos);

              if (drawing)
                sink_band (sink, ax + ux * pos, ay + uy * pos,
                           ax + ux * (pos + step), ay + uy * (pos + step), hw);
              pos += step;
              left -= step;
              if (left <= 1e-9)
                {
                  drawing = !drawing;
                  left = drawing ? on : off;
                }
            }
        }
      ax = bx;
      ay = by;
    }
  if (x->shape.arrow)
    append_arrow (sink, e, x);
}

static void
set_dash (cairo_t *cr,
          double   width)
{
  double dashes[2];

  _tautan_render_edge_dashes (width, dashes);
  cairo_set_dash (cr, dashes, 2, 0);
}

/* Density shading
 *
 * Seen from far, a big graph's edges overlap many times over: drawn each
 * at its own alpha they pile up into one dark mass. Far out, every edge's
 * alpha is scaled so that the ink of all of them, spread over the area the
 * nodes span, would cover it about half (1 - (1 - a)^c = 1/2 for c layers
 * on average): sparse parts stay light, the densest darkest, and the shape
 * of the graph shows. One factor for the whole scene, so tiles agree. */

#define DENSITY_TARGET 0.5

/* Past this many layers of ink on average, a sample of the edges drawn at
 * a higher alpha gives the same shading: 1 - (1 - a / p)^(p c) is close
 * to 1 - (1 - a)^c for small a. The sample is fixed per pair of actors,
 * so tiles and frames agree, and the cost stays that of a few layers. */
#define MAX_LAYERS 6.0

/* The layers, and so the factor and the sample, go in steps of an eighth
 * of an octave (9%): a timeline step changes the graph's ink by a few
 * percent, and a factor that followed it changed every tile's pixels, so
 * no tile of the step before could be kept (_tautan_scene_tile_signature()
 * hashes it) and every visible tile was drawn again at once. In steps,
 * most steps leave it as it was, and only the tiles whose edges changed
 * are drawn; the shading is off by 4.4% at most. */
#define LAYER_STEPS 8.0

static void
edge_density (TautanScene *self)
{
  Box span = { G_MAXDOUBLE, G_MAXDOUBLE, -G_MAXDOUBLE, -G_MAXDOUBLE };
  double ink = 0, area, layers, g = 1, keep = 1;

  for (guint i = 0; i < self->nodes->len; i++)
    {
      const TautanSceneNode *n = &g_array_index (self->nodes, TautanSceneNode, i);

      box_add_point (&span, n->x, n->y);
    }
  for (guint i = 0; i < self->edges->len; i++)
    {
      const TautanSceneEdge *e = &g_array_index (self->edges, TautanSceneEdge, i);

      if (self->edge_extra[i].shape.drawable)
        ink += scene_length (e->x1 - e->x0, e->y1 - e->y0) * MAX (e->width, 1.0) * e->alpha;
    }
  area = MAX (span.x1 - span.x0, 1.0) * MAX (span.y1 - span.y0, 1.0);
  layers = ink / area;
  if (layers > 0)
    layers = exp2 (round (log2 (layers) * LAYER_STEPS) / LAYER_STEPS);
  if (layers > 1)
    g = MIN ((1 - pow (1 - DENSITY_TARGET, 1 / layers)) / DENSITY_TARGET, 1.0);
  if (layers > MAX_LAYERS)
    keep = MAX_LAYERS / layers;

  self->edge_keep = keep >= 1 ? G_MAXUINT32 : (guint32)(keep * 4294967295.0);
  /* Last, with a barrier: whoever sees the gain sees the sample too. */
  g_atomic_int_set (&self->edge_gain, (gint)CLAMP (lround (g * 65536), 1, 65536));
}

static double
edge_gain (TautanScene *self)
{
  gint gain = g_atomic_int_get (&self->edge_gain);

  if (gain == 0)
    {
      g_mutex_lock (&self->draw_mutex);
      if (g_atomic_int_get (&self->edge_gain) == 0)
        edge_density (self);
      g_mutex_unlock (&self->draw_mutex);
      gain = g_atomic_int_get (&self->edge_gain);
    }
  return gain / 65536.0;
}

/**
 * _tautan_scene_get_edge_gain:
 * @sampled: for edges drawn only when _tautan_scene_edge_kept() says so
 *
 * Returns: what an edge's alpha is multiplied by: below 1 only far out,
 *   for density shading; higher for a sample of the edges
 */
double
_tautan_scene_get_edge_gain (TautanScene *self,
                             gboolean     sampled)
{
  double gain;

  if (!self->far)
    return 1.0;
  gain = edge_gain (self);
  if (sampled && self->edge_keep != G_MAXUINT32)
    gain = MIN (gain * 4294967295.0 / MAX (self->edge_keep, 1u), 1.0);
  return gain;
}

/**
 * _tautan_scene_edge_kept:
 *
 * Returns: whether a sampled drawing draws @e (always, but far out on a
 *   graph whose edges would pile up many layers deep)
 */
gboolean
_tautan_scene_edge_kept (TautanScene           *self,
                         const TautanSceneEdge *e)
{
  if (!self->far || e->selected)
    return TRUE;
  edge_gain (self);
  if (self->edge_keep == G_MAXUINT32)
    return TRUE;
  return _tautan_scene_edge_keep_hash (e->source, e->target) <= self->edge_keep;
}

/* The threshold a sampled drawing holds each edge's keep_hash to: all
 * pass but far out on a dense graph. */
static guint32
edge_keep_limit (TautanScene *self,
                 gboolean     lit_only)
{
  if (lit_only || !self->far)
    return G_MAXUINT32;
  edge_gain (self);
  return self->edge_keep;
}

/* As _tautan_scene_edge_kept(), with the hash the build made. */
static inline gboolean
edge_kept (const TautanSceneEdge *e,
           const EdgeExtra       *x,
           guint32                limit)
{
  return limit == G_MAXUINT32 || e->selected || x->keep_hash <= limit;
}

/* On raster targets edges are filled opaque, their alpha blended with the
 * background beforehand: the same colour where they do not cross, and
 * pixman's opaque path is a third faster. Far out they are blended at
 * their alpha, scaled for density shading, so overlaps add up. */
static guint32
set_edge_source (TautanScene      *self,
                 Frame            *frame,
                 const TautanRgba *color,
                 gboolean          sampled,
                 double           *opacity)
{
  const TautanRgba *bg = &self->palette.background;
  TautanRgba c = *color;

  *opacity = 1;
  if (self->far)
    {
      c.alpha = color->alpha * _tautan_scene_get_edge_gain (self, sampled);
      tautan_rgba_set_source (&c, frame->cr);
      *opacity = c.alpha;
      c.alpha = 1;
      return pack_rgba (&c);
    }
  if (frame->sprites)
    {
      c.red = color->alpha * color->red + (1 - color->alpha) * bg->red;
      c.green = color->alpha * color->green + (1 - color->alpha) * bg->green;
      c.blue = color->alpha * color->blue + (1 - color->alpha) * bg->blue;
      c.alpha = 1;
    }
  tautan_rgba_set_source (&c, frame->cr);
  return pack_rgba (&c);
}

/* Far out: thin, arrowless, one fast stroke per run. */
static void
draw_edge_runs (TautanScene *self,
                Frame       *frame,
                gboolean     lit_only)
{
  cairo_t *cr = frame->cr;

  guint32 limit = edge_keep_limit (self, lit_only);

  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_FAST);
  for (guint b = 0; b < self->n_edge_batches; b++)
    {
      const Batch *batch = &self->edge_batches[b];
      gboolean any = FALSE;
      double opacity;

      if (lit_only && batch->dim)
        continue;

      cairo_new_path (cr);
      for (guint i = batch->start; i < batch->end; i++)
        {
          const TautanSceneEdge *e = &g_array_index (self->edges, TautanSceneEdge, i);
          const EdgeExtra *x = &self->edge_extra[i];

          if (!edge_kept (e, x, limit) || !_tautan_scene_edge_visible (e, x, &frame->clip))
            continue;
          _tautan_render_edge_shaft_path (cr, e, &x->shape);
          any = TRUE;
        }
      if (!any)
        continue;

      set_edge_source (self, frame, &batch->color, !lit_only, &opacity);
      cairo_set_line_width (cr, batch->width);
      if (batch->dashed)
        set_dash (cr, batch->width);
      cairo_stroke (cr);
      if (batch->dashed)
        cairo_set_dash (cr, NULL, 0, 0);
    }
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_DEFAULT);
}

/* Edges ahead of the one drawn whose memory is asked for. */
#define PREFETCH_AHEAD 8

static inline void
prefetch_edge (TautanScene *self,
               guint        i)
{
#if defined(__GNUC__)
  const char *e = (const char *)&g_array_index (self->edges, TautanSceneEdge, i);
  const char *x = (const char *)&self->edge_extra[i];

  /* 112 bytes each: up to three cache lines. */
  __builtin_prefetch (e);
  __builtin_prefetch (e + sizeof (TautanSceneEdge) / 2);
  __builtin_prefetch (e + sizeof (TautanSceneEdge) - 1);
  __builtin_prefetch (x);
  __builtin_prefetch (x + sizeof (EdgeExtra) / 2);
  __builtin_prefetch (x + sizeof (EdgeExtra) - 1);
#endif
}

/* The same for nodes, far out where a tile has thousands of dots. */
static inline void
prefetch_node (TautanScene *self,
               guint        i)
{
#if defined(__GNUC__)
  const char *n = (const char *)&g_array_index (self->nodes, TautanSceneNode, i);
  const char *x = (const char *)&self->node_extra[i];

  /* 168 and 64 bytes: up to four cache lines and two. */
  __builtin_prefetch (n);
  __builtin_prefetch (n + 64);
  __builtin_prefetch (n + 128);
  __builtin_prefetch (n + sizeof (TautanSceneNode) - 1);
  __builtin_prefetch (x);
  __builtin_prefetch (x + sizeof (NodeExtra) - 1);
#endif
}

/* A tile's edges from their DrawEdge records (one cache line
 * each, where the edge and its extra took six and most of the tile's
 * wait): thin shafts with no arrowhead, as append_edge_outline() draws
 * them on a raster, with the same arithmetic. */

/* shaft_segments() of a record. */
static guint
record_segments (const DrawEdge *d)
{
  double dx = d->ex - d->x0, dy = d->ey - d->y0, len = scene_length (dx, dy), bulge;

  if (!d->curved || len < 1)
    return 1;
  bulge = fabs (dx * (d->cy - d->y0) - dy * (d->cx - d->x0)) / len / 2;
  return (guint)CLAMP (ceil (2 * sqrt (bulge)), 2, 32);
}

/* shaft_point()'s point of a record. */
static inline void
record_point (const DrawEdge *d,
              double          t,
              double         *px,
              double         *py)
{
  double a = (1 - t) * (1 - t), b = 2 * (1 - t) * t, c = t * t;

  *px = a * d->x0 + b * d->cx + c * d->ex;
  *py = a * d->y0 + b * d->cy + c * d->ey;
}

/* Draws @d as bands when append_edge_outline() would; else FALSE. */
static gboolean
append_record (Sink           *sink,
               const DrawEdge *d)
{
  double hw = d->width / 2, px, py, qx, qy;
  guint n;

  if (d->arrow || sink->raster == NULL || d->width * sink->scale > MAX_BAND_WIDTH)
    return FALSE;
  n = record_segments (d);
  if (n == 1)
    {
      sink_band (sink, d->x0, d->y0, d->ex, d->ey, hw);
      return TRUE;
    }
  if (!sink->far)
    return FALSE;
  record_point (d, 0, &px, &py);
  for (guint k = 1; k <= n; k++)
    {
      record_point (d, (double)k / n, &qx, &qy);
      sink_band (sink, px, py, qx, qy, hw);
      px = qx;
      py = qy;
    }
  return TRUE;
}

/* Tests: tiles drawn without the records, to compare. */
static gboolean draw_records = TRUE;

gboolean
_tautan_scene_set_draw_records (gboolean use)
{
  gboolean old = draw_records;

  draw_records = use;
  return old;
}

static void
draw_edges (TautanScene *self,
            Frame       *frame,
            gboolean     lit_only)
{
  cairo_t *cr = frame->cr;
  const guint *items;
  guint n_items;
  guint8 *data = NULL;
  guint32 limit;
  const DrawEdge *records;
  Sink sink;

  if (self->far && frame->raster == NULL)
    {
      draw_edge_runs (self, frame, lit_only);
      return;
    }

  sink_init (&sink, frame);
  if (frame->raster != NULL)
    {
      cairo_surface_flush (frame->target);
      data = cairo_image_surface_get_data (frame->target) +
             (gsize)frame->raster_y * frame->stride + (gsize)frame->raster_x * 4;
    }

  if (!_tautan_scene_lookup_cell (self, &frame->clip, INDEX_EDGES, &items, &n_items))
    {
      items = NULL;
      n_items = self->edges->len;
    }
  sink.data = data;
  sink.stride = frame->stride;
  sink.far = self->far;
  limit = edge_keep_limit (self, lit_only);
  /* Far out, where shafts are thin and have no arrowhead. The index's
   * lists are of whole tiles: every edge they give may touch the clip,
   * and one that does not draws nothing on the raster. */
  records = self->far && items != NULL && frame->raster != NULL && draw_records ? _tautan_scene_get_draw_edges (self)
                                                                                 : NULL;

  for (guint k = 0, b = 0, current = G_MAXUINT; k < n_items; k++)
    {
      guint i = items != NULL ? items[k] : k;
      const TautanSceneEdge *e;
      const EdgeExtra *x;
      const Batch *batch;

      if (records != NULL)
        {
          const DrawEdge *d = &records[i];

#if defined(__GNUC__)
          if (k + PREFETCH_AHEAD < n_items)
            {
              __builtin_prefetch (&records[items[k + PREFETCH_AHEAD]]);
              __builtin_prefetch ((const char *)&records[items[k + PREFETCH_AHEAD]] + sizeof (DrawEdge) - 1);
            }
#endif
          while (i >= self->edge_batches[b].end)
            b++;
          batch = &self->edge_batches[b];
          if ((lit_only && batch->dim) || !d->drawable ||
              !(limit == G_MAXUINT32 || d->selected || d->keep_hash <= limit))
            continue;
          if (!batch->dashed && !d->arrow)
            {
              if (b != current)
                {
                  sink.argb = set_edge_source (self, frame, &batch->color, !lit_only, &sink.opacity);
                  current = b;
                }
              if (append_record (&sink, d))
                {
                  sink_close (&sink);
                  _tautan_raster_composite (frame->raster, data, frame->stride, sink.argb, sink.opacity);
                  continue;
                }
            }
        }

      e = &g_array_index (self->edges, TautanSceneEdge, i);
      x = &self->edge_extra[i];
      /* A tile's edges lie scattered over 70 MB of edges and
       * extras; without asking for them ahead, nine tenths of this loop's
       * own time went waiting for the first read of each. */
      if (records == NULL && items != NULL && k + PREFETCH_AHEAD < n_items)
        prefetch_edge (self, items[k + PREFETCH_AHEAD]);

      while (i >= self->edge_batches[b].end)
        b++;
      batch = &self->edge_batches[b];
      /* The hovered neighbourhood is drawn whole. */
      if ((lit_only && batch->dim) || !edge_kept (e, x, limit) ||
          !_tautan_scene_edge_visible (e, x, &frame->clip))
        continue;
      if (b != current)
        {
          sink.argb = set_edge_source (self, frame, &batch->color, !lit_only, &sink.opacity);
          current = b;
        }

      if (batch->dashed)
        append_dashed_outline (&sink, e, x);
      else
        append_edge_outline (&sink, e, x);

      /* One edge at a time, so crossing edges layer as fills would. */
      if (frame->raster != NULL)
        {
          sink_close (&sink);
          _tautan_raster_composite (frame->raster, data, frame->stride, sink.argb, sink.opacity);
        }
      else
        cairo_fill (cr);
    }

  if (frame->raster != NULL)
    cairo_surface_mark_dirty_rectangle (frame->target, frame->raster_x, frame->raster_y,
                                        frame->raster_width, frame->raster_height);
}

/* A node whose events include some with no target wears a dashed ring
 * just outside its shape (within the bounds the build gave it); not far
 * out, where rings would hide the dots they ring. */
static void
draw_untargeted_ring (cairo_t               *cr,
                      const TautanSceneNode *node,
                      double                 x,
                      double                 y,
                      const TautanRgba      *color)
{
  static const double dash[] = { 2.5, 2.0 };

  cairo_save (cr);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x, y, _tautan_render_shape_outer_radius (node->shape, node->radius) + 2.0, 0, 2 * G_PI);
  tautan_rgba_set_source (color, cr);
  cairo_set_line_width (cr, 1.2);
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* @sprite gets a reference: destroy its surface after use. */
static void
node_sprite (TautanScene           *self,
             Frame                 *frame,
             const TautanSceneNode *node,
             TautanSprite          *sprite)
{
  TautanRenderContext *context = self->context;
  char key[96];
  int half;
  cairo_t *cr;

  g_snprintf (key, sizeof key, "n%d:%ld:%d:%08x:%08x:%d:%d", node->shape, lround (node->radius * 16),
              frame->scale, pack_rgba (&node->fill), pack_rgba (&node->stroke), self->far,
              node->n_untargeted > 0);
  if (_tautan_render_context_lookup_sprite (context, key, sprite))
    return;

  half = (int)ceil ((_tautan_render_shape_outer_radius (node->shape, node->radius) + 4) * frame->scale);
  sprite->surface = new_sprite_surface (2 * half, 2 * half, frame->scale);
  sprite->origin_x = sprite->origin_y = half;
  cr = cairo_create (sprite->surface);
  _tautan_render_shape_path (cr, node->shape, (double)half / frame->scale, (double)half / frame->scale,
                             node->radius);
  tautan_rgba_set_source (&node->fill, cr);
  if (self->far)
    cairo_fill (cr);
  else
    {
      cairo_fill_preserve (cr);
      tautan_rgba_set_source (&node->stroke, cr);
      cairo_set_line_width (cr, 1.0);
      cairo_stroke (cr);
    }
  if (node->n_untargeted > 0 && !self->far)
    draw_untargeted_ring (cr, node, (double)half / frame->scale, (double)half / frame->scale, &node->stroke);
  cairo_destroy (cr);
  cairo_surface_flush (sprite->surface);

  _tautan_render_context_add_sprite (context, key, sprite);
}

/* The sprites one draw_nodes() call has used, so a node whose look is
 * already known costs no key, lock or lookup. */
#define LOCAL_SPRITES 256

typedef struct
{
  guint32      fill;
  guint32      stroke;
  guint32      form;          /* shape | radius × 16 << 4 | ring << 31; 0 for a free slot */
  TautanSprite sprite;
  int          ink[4];        /* The pixels with any alpha: x0, y0, x1, y1 (exclusive) */
} LocalSprite;

/* The box of @sprite's pixels that are not transparent (empty: x1 ≤ x0). */
static void
sprite_ink (const TautanSprite *sprite,
            int                 ink[4])
{
  cairo_surface_t *surface = sprite->surface;
  int width = cairo_image_surface_get_width (surface), height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  const guint8 *data = cairo_image_surface_get_data (surface);

  ink[0] = width;
  ink[1] = height;
  ink[2] = ink[3] = 0;
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      if (((const guint32 *)(gconstpointer)(data + (gsize)y * stride))[x] >> 24 != 0)
        {
          ink[0] = MIN (ink[0], x);
          ink[1] = MIN (ink[1], y);
          ink[2] = MAX (ink[2], x + 1);
          ink[3] = MAX (ink[3], y + 1);
        }
}

/* The slot of the look (@fill, @stroke, @form) of @node, made from
 * @node if new; with no @node, NULL if new. The render context keeps a
 * sprite per look with the radius to 1/16 px, made from the first node
 * of that look drawn: so only nodes that touch the clip make one, as
 * always, or the picture would change with the nodes tiles list. */
static const LocalSprite *
local_sprite_of (TautanScene           *self,
                 Frame                 *frame,
                 LocalSprite           *local,
                 guint32                fill,
                 guint32                stroke,
                 guint32                form,
                 const TautanSceneNode *node)
{
  guint32 h = (fill * 31u + stroke) * 0x9E3779B1u ^ form * 0x85EBCA77u;

  for (guint k = 0; k < LOCAL_SPRITES; k++)
    {
      LocalSprite *slot = &local[(h + k) % LOCAL_SPRITES];

      if (slot->form == 0)
        {
          if (node == NULL)
            return NULL;
          node_sprite (self, frame, node, &slot->sprite);
          sprite_ink (&slot->sprite, slot->ink);
          slot->fill = fill;
          slot->stroke = stroke;
          slot->form = form;
          return slot;
        }
      if (slot->form == form && slot->fill == fill && slot->stroke == stroke)
        return slot;
    }
  return NULL;
}

static const LocalSprite *
local_sprite (TautanScene           *self,
              Frame                 *frame,
              LocalSprite           *local,
              const TautanSceneNode *node)
{
  return local_sprite_of (self, frame, local, pack_rgba (&node->fill), pack_rgba (&node->stroke),
                          _tautan_scene_node_form (node), node);
}

static void
draw_nodes (TautanScene *self,
            Frame       *frame,
            gboolean     lit_only)
{
  cairo_t *cr = frame->cr;
  const guint *items;
  guint n_items;
  LocalSprite *local = NULL;
  const DrawNode *records;

  if (!_tautan_scene_lookup_cell (self, &frame->clip, INDEX_NODES, &items, &n_items))
    {
      items = NULL;
      n_items = self->nodes->len;
    }

  /* Far out, on pixels: each dot blitted by hand. */
  if (self->far && frame->raster != NULL)
    {
      local = g_new0 (LocalSprite, LOCAL_SPRITES);
      cairo_surface_flush (frame->target);
      frame->data = cairo_image_surface_get_data (frame->target) +
                    (gsize)frame->raster_y * frame->stride + (gsize)frame->raster_x * 4;
    }

  /* Far dots from their DrawNode records, as for edges; the
   * node itself only for a look not drawn yet. */
  records = local != NULL && items != NULL && draw_records ? _tautan_scene_get_draw_nodes (self) : NULL;

  for (guint k = 0; k < n_items; k++)
    {
      guint i = items != NULL ? items[k] : k;
      const TautanSceneNode *n = &g_array_index (self->nodes, TautanSceneNode, i);
      const NodeExtra *x = &self->node_extra[i];

      if (records != NULL)
        {
          const DrawNode *d = &records[i];

#if defined(__GNUC__)
          if (k + PREFETCH_AHEAD < n_items)
            {
              __builtin_prefetch (&records[items[k + PREFETCH_AHEAD]]);
              __builtin_prefetch ((const char *)&records[items[k + PREFETCH_AHEAD]] + sizeof (DrawNode) - 1);
            }
#endif
          if (lit_only && d->dim)
            continue;
          /* The tile's list: a dot outside the clip blits nothing. A
           * look not drawn yet goes the long way. */
          if (d->opaque)
            {
              const LocalSprite *slot = local_sprite_of (self, frame, local, d->fill, d->stroke, d->form, NULL);

              if (slot != NULL)
                {
                  blit_sprite (frame, &slot->sprite, slot->ink, d->x, d->y);
                  continue;
                }
            }
        }
      else if (items != NULL && k + PREFETCH_AHEAD < n_items)
        prefetch_node (self, items[k + PREFETCH_AHEAD]);
      if ((lit_only && x->dim) || !box_intersects (&x->bounds, &frame->clip))
        continue;

      if (local != NULL && n->alpha >= 1)
        {
          const LocalSprite *slot = local_sprite (self, frame, local, n);

          if (slot != NULL)
            {
              blit_sprite (frame, &slot->sprite, slot->ink, n->x, n->y);
              continue;
            }
        }

      if (frame->sprites)
        {
          TautanSprite sprite;

          node_sprite (self, frame, n, &sprite);
          if (local != NULL)
            cairo_surface_mark_dirty_rectangle (frame->target, frame->raster_x, frame->raster_y,
                                                frame->raster_width, frame->raster_height);
          paint_sprite (frame, &sprite, n->x, n->y, n->alpha);
          cairo_surface_destroy (sprite.surface);
          if (local != NULL)
            cairo_surface_flush (frame->target);
        }
      else
        {
          TautanRgba fill = n->fill, stroke = n->stroke;

          fill.alpha *= n->alpha;
          stroke.alpha *= n->alpha;
          _tautan_render_shape_path (cr, n->shape, n->x, n->y, n->radius);
          tautan_rgba_set_source (&fill, cr);
          if (self->far)
            cairo_fill (cr);
          else
            {
              cairo_fill_preserve (cr);
              tautan_rgba_set_source (&stroke, cr);
              cairo_set_line_width (cr, 1.0);
              cairo_stroke (cr);
            }
          if (n->n_untargeted > 0 && !self->far)
            draw_untargeted_ring (cr, n, n->x, n->y, &stroke);
        }
    }

  if (local != NULL)
    {
      for (guint k = 0; k < LOCAL_SPRITES; k++)
        if (local[k].form != 0)
          cairo_surface_destroy (local[k].sprite.surface);
      g_free (local);
      cairo_surface_mark_dirty_rectangle (frame->target, frame->raster_x, frame->raster_y,
                                          frame->raster_width, frame->raster_height);
    }
}

/* The label's outline stroked in the halo colour, then filled. */
static void
draw_label_path (cairo_t          *cr,
                 PangoLayout      *layout,
                 double            x,
                 double            y,
                 const TautanRgba *halo,
                 const TautanRgba *text)
{
  cairo_surface_type_t type = cairo_surface_get_type (cairo_get_target (cr));

  cairo_new_path (cr);
  cairo_move_to (cr, x, y);
  pango_cairo_layout_path (cr, layout);
  tautan_rgba_set_source (halo, cr);
  cairo_set_line_width (cr, TAUTAN_LABEL_HALO);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  /* In a document the glyphs go as text, so they can be selected and
   * searched; only the halo is an outline. */
  if (type == CAIRO_SURFACE_TYPE_PDF || type == CAIRO_SURFACE_TYPE_PS || type == CAIRO_SURFACE_TYPE_SVG)
    {
      cairo_stroke (cr);
      cairo_move_to (cr, x, y);
      tautan_rgba_set_source (text, cr);
      pango_cairo_show_layout (cr, layout);
    }
  else
    {
      cairo_stroke_preserve (cr);
      tautan_rgba_set_source (text, cr);
      cairo_fill (cr);
    }
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_MITER);
}

/* @sprite gets a reference: destroy its surface after use. */
static void
label_sprite (TautanScene           *self,
              Frame                 *frame,
              const TautanSceneNode *node,
              TautanSprite          *sprite)
{
  TautanRenderContext *context = self->context;
  g_autofree char *key = NULL;
  PangoRectangle ink;
  PangoLayout *layout;
  double margin = TAUTAN_LABEL_HALO / 2 + 1;
  int width, height;
  cairo_t *cr;

  key = g_strdup_printf ("l%d:%08x:%08x:%s", frame->scale, pack_rgba (&self->palette.label_halo),
                         pack_rgba (&self->palette.foreground), node->label);
  if (_tautan_render_context_lookup_sprite (context, key, sprite))
    return;

  layout = _tautan_render_context_lock_label (context, node->label);
  pango_layout_get_extents (layout, &ink, NULL);
  sprite->origin_x = (int)ceil ((margin - (double)ink.x / PANGO_SCALE) * frame->scale);
  sprite->origin_y = (int)ceil ((margin - (double)ink.y / PANGO_SCALE) * frame->scale);
  width = sprite->origin_x + (int)ceil (((double)(ink.x + ink.width) / PANGO_SCALE + margin) * frame->scale);
  height = sprite->origin_y + (int)ceil (((double)(ink.y + ink.height) / PANGO_SCALE + margin) * frame->scale);

  sprite->surface = new_sprite_surface (width, height, frame->scale);
  cr = cairo_create (sprite->surface);
  draw_label_path (cr, layout, (double)sprite->origin_x / frame->scale, (double)sprite->origin_y / frame->scale,
                   &self->palette.label_halo, &self->palette.foreground);
  _tautan_render_context_unlock_label (context);
  cairo_destroy (cr);

  _tautan_render_context_add_sprite (context, key, sprite);
}

/* A thin line from a set-apart label to its node, in the label's colour. */
static void
draw_leader (cairo_t               *cr,
             const TautanSceneNode *n,
             const TautanRgba      *text)
{
  double x0, y0, x1, y1;

  if (!_tautan_scene_label_leader (n, &x0, &y0, &x1, &y1))
    return;
  cairo_save (cr);
  cairo_set_source_rgba (cr, text->red, text->green, text->blue, text->alpha * TAUTAN_LEADER_ALPHA);
  cairo_set_line_width (cr, TAUTAN_LEADER_WIDTH);
  cairo_move_to (cr, x0, y0);
  cairo_line_to (cr, x1, y1);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* Whether @e is one of @n's edges that may pass under its label. */
static gboolean
group_label_edge (TautanScene           *self,
                  const TautanSceneNode *n,
                  const Box             *box,
                  guint                  i,
                  gboolean               lit_only)
{
  const TautanSceneEdge *e = &g_array_index (self->edges, TautanSceneEdge, i);
  const EdgeExtra *x = &self->edge_extra[i];
  Box bounds;

  if ((e->source != n->entity && e->target != n->entity) || !x->shape.drawable || (lit_only && x->dim))
    return FALSE;
  _tautan_scene_edge_bounds (e, x, &bounds, NULL);
  return box_intersects (&bounds, box) && (lit_only || _tautan_scene_edge_kept (self, e));
}

/* A roll-up group's label sits by its node, often right where the
 * group's edges leave it: drawn over them, its halo hid their first
 * stretch, and an edge seemed to start at the label, or somewhere else.
 * So the group's own edges are drawn again within the label's box, over
 * the halo but not over the glyphs (clipped out, even-odd, so the
 * counters of an o or an e let the edge through). Not far out, where
 * edges are faint and drawing one twice would darken it. */
static void
draw_group_label_edges (TautanScene           *self,
                        Frame                 *frame,
                        const TautanSceneNode *n,
                        const NodeExtra       *nx,
                        gboolean               lit_only)
{
  cairo_t *cr = frame->cr;
  double m = TAUTAN_LABEL_HALO / 2 + 1, gx = nx->layout_x, gy = nx->layout_y;
  Box box = { n->label_x - m, n->label_y - m, n->label_x + n->label_width + m, n->label_y + n->label_height + m };
  const guint *items;
  guint n_items, first = G_MAXUINT;

  if (self->far || n->n_members < 2 || !box_intersects (&box, &frame->clip))
    return;
  if (!_tautan_scene_lookup_cell (self, &frame->clip, INDEX_EDGES, &items, &n_items))
    {
      items = NULL;
      n_items = self->edges->len;
    }
  for (guint k = 0; k < n_items && first == G_MAXUINT; k++)
    if (group_label_edge (self, n, &box, items != NULL ? items[k] : k, lit_only))
      first = k;
  if (first == G_MAXUINT)
    return;

  /* The glyphs where the sprite put them: its origin on a whole device
   * pixel. */
  if (frame->sprites)
    {
      cairo_user_to_device (cr, &gx, &gy);
      gx = (floor (gx * frame->scale + frame->offset_x + 0.5) - frame->offset_x) / frame->scale;
      gy = (floor (gy * frame->scale + frame->offset_y + 0.5) - frame->offset_y) / frame->scale;
      cairo_device_to_user (cr, &gx, &gy);
    }

  cairo_save (cr);
  cairo_new_path (cr);
  cairo_rectangle (cr, box.x0, box.y0, box.x1 - box.x0, box.y1 - box.y0);
  cairo_move_to (cr, gx, gy);
  pango_cairo_layout_path (cr, _tautan_render_context_lock_label (self->context, n->label));
  _tautan_render_context_unlock_label (self->context);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  cairo_clip (cr);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_WINDING);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);

  for (guint k = first; k < n_items; k++)
    {
      guint i = items != NULL ? items[k] : k;
      const TautanSceneEdge *e = &g_array_index (self->edges, TautanSceneEdge, i);
      const EdgeExtra *x = &self->edge_extra[i];
      TautanRgba color;
      double opacity;

      if (!group_label_edge (self, n, &box, i, lit_only))
        continue;
      color = tautan_scene_edge_get_color (e);
      set_edge_source (self, frame, &color, !lit_only, &opacity);
      cairo_new_path (cr);
      _tautan_render_edge_shaft_path (cr, e, &x->shape);
      cairo_set_line_width (cr, e->width);
      if (e->dashed)
        set_dash (cr, e->width);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      if (x->shape.arrow)
        {
          _tautan_render_edge_arrow_path (cr, e, &x->shape);
          cairo_fill (cr);
        }
    }
  cairo_restore (cr);
}

static void
draw_labels (TautanScene *self,
             Frame       *frame,
             gboolean     lit_only)
{
  cairo_t *cr = frame->cr;
  const guint *items;
  guint n_items;

  if (!_tautan_scene_lookup_cell (self, &frame->clip, INDEX_LABELS, &items, &n_items))
    {
      items = NULL;
      n_items = self->nodes->len;
    }

  for (guint pass = lit_only ? 1 : 0; pass < 2; pass++)
    {
      gboolean dim = pass == 0;
      TautanRgba halo = self->palette.label_halo;
      TautanRgba text = self->palette.foreground;

      if (dim)
        {
          halo.alpha *= TAUTAN_DIM_ALPHA;
          text.alpha *= TAUTAN_DIM_ALPHA;
        }

      for (guint k = 0; k < n_items; k++)
        {
          guint i = items != NULL ? items[k] : k;
          const TautanSceneNode *n = &g_array_index (self->nodes, TautanSceneNode, i);
          const NodeExtra *x = &self->node_extra[i];
          Box box;

          if (!n->label_visible || x->dim != dim)
            continue;
          box = _tautan_scene_label_cull_box (n);
          if (!box_intersects (&box, &frame->clip))
            continue;

          draw_leader (cr, n, &text);
          if (frame->sprites)
            {
              TautanSprite sprite;

              label_sprite (self, frame, n, &sprite);
              paint_sprite (frame, &sprite, x->layout_x, x->layout_y, dim ? TAUTAN_DIM_ALPHA : 1.0);
              cairo_surface_destroy (sprite.surface);
            }
          else
            {
              draw_label_path (cr, _tautan_render_context_lock_label (self->context, n->label),
                               x->layout_x, x->layout_y, &halo, &text);
              _tautan_render_context_unlock_label (self->context);
            }
          draw_group_label_edges (self, frame, n, x, lit_only);
        }
    }
}

static void
draw_selection (TautanScene *self,
                Frame       *frame)
{
  cairo_t *cr = frame->cr;
  TautanRgba accent = self->palette.accent;

  if (self->view.selected_source != TAUTAN_NONE)
    for (guint i = 0; i < self->edges->len; i++)
      {
        const TautanSceneEdge *e = &g_array_index (self->edges, TautanSceneEdge, i);
        const EdgeExtra *x = &self->edge_extra[i];
        TautanRgba glow = accent;

        Box bounds;

        if (!e->selected || !x->shape.drawable)
          continue;
        _tautan_scene_edge_bounds (e, x, &bounds, NULL);
        if (!box_intersects (&bounds, &frame->clip))
          continue;
        glow.alpha = 0.5;
        cairo_new_path (cr);
        _tautan_render_edge_shaft_path (cr, e, &x->shape);
        tautan_rgba_set_source (&glow, cr);
        cairo_set_line_width (cr, e->width + 4);
        cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
        cairo_stroke (cr);
        cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
      }

  if (self->view.selected_entity != TAUTAN_NONE)
    {
      const TautanSceneNode *n = tautan_scene_find_node (self, self->view.selected_entity);

      if (n != NULL)
        {
          const NodeExtra *x = &self->node_extra[self->node_of_entity[n->entity]];
          double r = x->outer + 3;
          Box box = { n->x - r - 2, n->y - r - 2, n->x + r + 2, n->y + r + 2 };

          if (box_intersects (&box, &frame->clip))
            {
              cairo_new_path (cr);
              cairo_arc (cr, n->x, n->y, r, 0, 2 * G_PI);
              tautan_rgba_set_source (&accent, cr);
              cairo_set_line_width (cr, 2.5);
              cairo_stroke (cr);
            }
        }
    }
}

/**
 * tautan_scene_draw:
 * @cr: a cairo context whose user space is the view's pixels
 *
 * Draws the background, edges with their arrowheads (dimmed ones first),
 * nodes, labels with their halo, and the selection, skipping whatever lies
 * outside @cr's clip. Safe to call from several threads at once on
 * different cairo contexts.
 */
void
tautan_scene_draw (TautanScene *self,
                   cairo_t     *cr)
{
  Frame frame;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);

  cairo_save (cr);
  frame_init (&frame, cr);
  cairo_set_tolerance (cr, TOLERANCE);

  tautan_rgba_set_source (&self->palette.background, cr);
  cairo_paint (cr);

  draw_edges (self, &frame, FALSE);
  draw_nodes (self, &frame, FALSE);
  draw_labels (self, &frame, FALSE);
  draw_selection (self, &frame);

  cairo_restore (cr);
}

/**
 * tautan_scene_draw_highlight:
 * @cr: a cairo context whose user space is the view's pixels
 *
 * Draws what hover and selection change, on top of a rendering by
 * tautan_scene_draw() of a scene with the same data but no hovered
 * entity: a veil of the background dims everything to the same 25% the
 * full drawing uses, then the hovered node's neighbourhood, its edges and
 * labels are drawn again at full strength, then the selection.
 */
void
tautan_scene_draw_highlight (TautanScene *self,
                             cairo_t     *cr)
{
  Frame frame;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);

  cairo_save (cr);
  frame_init (&frame, cr);
  cairo_set_tolerance (cr, TOLERANCE);

  if (self->hover_node != TAUTAN_NONE)
    {
      TautanRgba veil = self->palette.background;

      veil.alpha = 1 - TAUTAN_DIM_ALPHA;
      tautan_rgba_set_source (&veil, cr);
      cairo_paint (cr);

      draw_edges (self, &frame, TRUE);
      draw_nodes (self, &frame, TRUE);
      draw_labels (self, &frame, TRUE);
    }
  draw_selection (self, &frame);

  cairo_restore (cr);
}

/* Edge samples per preview cell at which the shade is half its strongest. */
#define PREVIEW_HALF 6.0
/* At most this many edges are sampled, each counting for its share of
 * them all: the preview is made on the main thread, once, in a frame. */
#define PREVIEW_EDGES 65536

/**
 * tautan_scene_draw_preview:
 *
 * A coarse picture of @self for the time its tiles take: one cell for
 * TAUTAN_SCENE_PREVIEW_SCALE squared of the view's pixels, edges as a shade of their own colours at
 * the middle of each curve (of an even sample of at most PREVIEW_EDGES,
 * each counting for those it stands for), nodes as dots in their fill.
 * No cairo path is drawn, so a million edges take milliseconds where the
 * tiles take a second or more: the shape of the graph at once, not an
 * empty canvas.
 *
 * Returns: (transfer full): an ARGB32 image of the view's size divided by
 *   TAUTAN_SCENE_PREVIEW_SCALE, to be painted scaled by it at the view's origin
 */
cairo_surface_t *
tautan_scene_draw_preview (TautanScene *self)
{
  const int k = TAUTAN_SCENE_PREVIEW_SCALE;
  const float to_cell = 1.0f / TAUTAN_SCENE_PREVIEW_SCALE;
  int width = MAX (1, (self->view.width + k - 1) / k);
  int height = MAX (1, (self->view.height + k - 1) / k);
  gsize n_cells = (gsize)width * height;
  g_autofree guint32 *sums = g_new0 (guint32, n_cells * 4);   /* r, g, b, samples */
  const TautanSceneEdge *edges = (const TautanSceneEdge *)(gconstpointer)self->edges->data;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  guint8 *data;
  guint step;
  int stride;

  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    return surface;
  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);

  step = MAX (1, self->edges->len / PREVIEW_EDGES);
  for (guint i = 0; i < self->edges->len; i += step)
    {
      const TautanSceneEdge *e = &edges[i];
      /* the quadratic at t = 1/2, in cells */
      float x = (0.25f * e->x0 + 0.5f * e->cx + 0.25f * e->x1) * to_cell;
      float y = (0.25f * e->y0 + 0.5f * e->cy + 0.25f * e->y1) * to_cell;
      guint32 *cell;

      if (!(x >= 0 && y >= 0 && x < width && y < height))
        continue;
      cell = &sums[((gsize)(int)y * width + (int)x) * 4];
      cell[0] += (e->rgb >> 16) & 0xff;
      cell[1] += (e->rgb >> 8) & 0xff;
      cell[2] += e->rgb & 0xff;
      cell[3]++;
    }

  for (int y = 0; y < height; y++)
    {
      guint32 *row = (guint32 *)(gpointer)(data + (gsize)y * stride);

      for (int x = 0; x < width; x++)
        {
          const guint32 *cell = &sums[((gsize)y * width + x) * 4];
          double alpha, n = (double)cell[3] * step;
          guint32 a;

          if (cell[3] == 0)
            {
              row[x] = 0;
              continue;
            }
          /* More edges, a stronger shade, never quite opaque. */
          alpha = 0.7 * n / (n + PREVIEW_HALF);
          a = (guint32)lround (alpha * 255);
          /* premultiplied, as cairo keeps its pixels */
          row[x] = a << 24 | (guint32)lround (alpha * cell[0] / cell[3]) << 16 |
                   (guint32)lround (alpha * cell[1] / cell[3]) << 8 | (guint32)lround (alpha * cell[2] / cell[3]);
        }
    }

  for (guint i = 0; i < self->nodes->len; i++)
    {
      const TautanSceneNode *node = &g_array_index (self->nodes, TautanSceneNode, i);
      int x = (int)floor (node->x * to_cell), y = (int)floor (node->y * to_cell);
      /* as much of its cell as the node covers: far out, where nodes are
       * a pixel or less, the edges show as in the tiles */
      double a = CLAMP (node->fill.alpha * node->alpha, 0, 1) * MIN (1.0, G_PI * node->radius * node->radius / (k * k));
      guint32 *pixel, under;

      if (x < 0 || y < 0 || x >= width || y >= height || a <= 0)
        continue;
      pixel = &((guint32 *)(gpointer)(data + (gsize)y * stride))[x];
      under = *pixel;
      /* over what the edges left there, premultiplied */
      *pixel = (guint32)lround (a * 255 + (1 - a) * (under >> 24)) << 24 |
               (guint32)lround (a * node->fill.red * 255 + (1 - a) * ((under >> 16) & 0xff)) << 16 |
               (guint32)lround (a * node->fill.green * 255 + (1 - a) * ((under >> 8) & 0xff)) << 8 |
               (guint32)lround (a * node->fill.blue * 255 + (1 - a) * (under & 0xff));
    }

  cairo_surface_mark_dirty (surface);
  return surface;
}
