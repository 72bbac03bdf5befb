/* tautan-scene-raster.c: edges straight into an image surface's pixels
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-scene-raster"

#include "config.h"

#include <math.h>
#include <string.h>

#include "tautan-scene-private.h"

/* Why not cairo_fill(): cairo 1.16 spends ~4.5 µs of fixed cost on every
 * fill, whatever its size, so 50,000 edges cost a quarter second before a
 * pixel is touched, and one fill of many edges is slower still (its spans
 * compositor walks the whole extent). A graph's edges are small polygons
 * in one colour each: this accumulates their exact area coverage, as
 * font-rs does for glyphs, and blends only the rows and columns they
 * touch, in well under a microsecond for a short edge.
 *
 * Coverage is the signed area of each segment swept to the right, added
 * to cells; a running sum along a row gives each pixel's coverage, whose
 * magnitude (clamped to 1) is the non-zero winding fill of the polygon.
 * Each row has two spare cells, where whatever lies right of the clip
 * goes and is never read. */

/* hypot() guards against overflow we cannot have, at five times the
 * cost of a square root; this runs for every edge of every tile. */
static inline double
length (double dx,
        double dy)
{
  return sqrt (dx * dx + dy * dy);
}

struct _TautanRaster
{
  int     width;
  int     height;
  int     stride;       /* cells per row: width + 2 */
  float  *cells;
  int    *row_min;      /* first and last cell touched per row */
  int    *row_max;
  int     y_min;        /* rows touched */
  int     y_max;
  gsize   allocated;    /* cells */
  int     rows_allocated;
};

static void
raster_free (gpointer data)
{
  TautanRaster *raster = data;

  g_free (raster->cells);
  g_free (raster->row_min);
  g_free (raster->row_max);
  g_free (raster);
}

static GPrivate raster_key = G_PRIVATE_INIT (raster_free);

TautanRaster *
_tautan_raster_get (int width,
                    int height)
{
  TautanRaster *raster = g_private_get (&raster_key);
  gsize cells = (gsize)(width + 2) * height;

  g_return_val_if_fail (width > 0 && height > 0, NULL);

  if (raster == NULL)
    {
      raster = g_new0 (TautanRaster, 1);
      g_private_set (&raster_key, raster);
    }

  /* Cells are kept zero between uses: each composite clears what it read. */
  if (cells > raster->allocated)
    {
      g_free (raster->cells);
      raster->cells = g_new0 (float, cells);
      raster->allocated = cells;
    }
  if (height > raster->rows_allocated)
    {
      g_free (raster->row_min);
      g_free (raster->row_max);
      raster->row_min = g_new (int, height);
      raster->row_max = g_new (int, height);
      raster->rows_allocated = height;
    }
  if (width + 2 != raster->stride)
    memset (raster->cells, 0, sizeof (float) * raster->allocated);

  raster->width = width;
  raster->height = height;
  raster->stride = width + 2;
  for (int y = 0; y < height; y++)
    {
      raster->row_min[y] = G_MAXINT;
      raster->row_max[y] = -1;
    }
  raster->y_min = G_MAXINT;
  raster->y_max = -1;
  return raster;
}

static inline void
touch (TautanRaster *r,
       int           y,
       int           c0,
       int           c1)
{
  r->row_min[y] = MIN (r->row_min[y], c0);
  r->row_max[y] = MAX (r->row_max[y], c1);
  r->y_min = MIN (r->y_min, y);
  r->y_max = MAX (r->y_max, y);
}

/* A segment already within 0 ≤ x ≤ width. */
static void
accumulate (TautanRaster *r,
            double        x0,
            double        y0,
            double        x1,
            double        y1)
{
  double dir = 1, dxdy, x;
  int y_start, y_end;

  if (fabs (y0 - y1) < 1e-9)
    return;
  if (y0 > y1)
    {
      double t;

      dir = -1;
      t = x0, x0 = x1, x1 = t;
      t = y0, y0 = y1, y1 = t;
    }
  if (y1 <= 0 || y0 >= r->height)
    return;

  dxdy = (x1 - x0) / (y1 - y0);
  x = x0;
  if (y0 < 0)
    {
      x -= y0 * dxdy;
      y0 = 0;
    }
  y_start = (int)floor (y0);
  y_end = MIN ((int)ceil (y1), r->height);

  for (int y = y_start; y < y_end; y++)
    {
      float *row = r->cells + (gsize)y * r->stride;
      double dy = MIN (y + 1.0, y1) - MAX ((double)y, y0);
      double x_next = x + dxdy * dy;
      double d = dy * dir;
      double xa = MIN (x, x_next), xb = MAX (x, x_next);
      double xa_floor = floor (xa), xb_ceil = ceil (xb);
      int ia = (int)xa_floor, ib = (int)xb_ceil;

      /* Rounding can put a clamped x a hair outside. */
      ia = CLAMP (ia, 0, r->width);
      ib = CLAMP (ib, ia, r->width + 1);

      if (ib <= ia + 1)
        {
          double xm = 0.5 * (x + x_next) - xa_floor;

          row[ia] += (float)(d - d * xm);
          row[ia + 1] += (float)(d * xm);
          touch (r, y, ia, ia + 1);
        }
      else
        {
          double s = 1 / (xb - xa);
          double xa_frac = xa - xa_floor;
          double a0 = 0.5 * s * (1 - xa_frac) * (1 - xa_frac);
          double xb_frac = xb - xb_ceil + 1;
          double am = 0.5 * s * xb_frac * xb_frac;

          row[ia] += (float)(d * a0);
          if (ib == ia + 2)
            row[ia + 1] += (float)(d * (1 - a0 - am));
          else
            {
              double a1 = s * (1.5 - xa_frac);
              double a2 = a1 + (ib - ia - 3) * s;

              row[ia + 1] += (float)(d * (a1 - a0));
              for (int i = ia + 2; i < ib - 1; i++)
                row[i] += (float)(d * s);
              row[ib - 1] += (float)(d * (1 - a2 - am));
            }
          row[ib] += (float)(d * am);
          touch (r, y, ia, ib);
        }
      x = x_next;
    }
}

/* Adds a segment in device pixels relative to the raster's corner. Parts
 * left or right of it become vertical runs along its edge, which keeps the
 * winding of everything to their right. */
void
_tautan_raster_line (TautanRaster *r,
                     double        x0,
                     double        y0,
                     double        x1,
                     double        y1)
{
  double w = r->width;
  double cuts[4];
  guint n_cuts = 0;
  double px, py;

  if (!isfinite (x0) || !isfinite (y0) || !isfinite (x1) || !isfinite (y1))
    return;
  if (MAX (y0, y1) <= 0 || MIN (y0, y1) >= r->height)
    return;

  /* Split where the segment crosses x = 0 and x = width. */
  cuts[n_cuts++] = 0;
  if ((x0 < 0) != (x1 < 0) && x0 != x1)
    cuts[n_cuts++] = (0 - x0) / (x1 - x0);
  if ((x0 > w) != (x1 > w) && x0 != x1)
    cuts[n_cuts++] = (w - x0) / (x1 - x0);
  if (n_cuts == 3 && cuts[1] > cuts[2])
    {
      double t = cuts[1];

      cuts[1] = cuts[2];
      cuts[2] = t;
    }
  cuts[n_cuts++] = 1;

  px = CLAMP (x0, 0, w);
  py = y0;
  for (guint k = 1; k < n_cuts; k++)
    {
      double t = cuts[k];
      double qx = CLAMP (x0 + (x1 - x0) * t, 0, w);
      double qy = y0 + (y1 - y0) * t;

      accumulate (r, px, py, qx, qy);
      px = qx;
      py = qy;
    }
}

/* Premultiplied ARGB32 with an opaque source: dst + (src - dst) a / 255,
 * two channels at a time, x / 255 as (x + 128 + ((x + 128) >> 8)) >> 8. */
static inline guint32
blend (guint32 dst,
       guint32 src,
       guint   a)
{
  guint b = 255 - a;
  guint32 rb = (src & 0x00ff00ffu) * a + (dst & 0x00ff00ffu) * b + 0x00800080u;
  guint32 ag = ((src >> 8) & 0x00ff00ffu) * a + ((dst >> 8) & 0x00ff00ffu) * b + 0x00800080u;

  rb = ((rb + ((rb >> 8) & 0x00ff00ffu)) >> 8) & 0x00ff00ffu;
  ag = (ag + ((ag >> 8) & 0x00ff00ffu)) & 0xff00ff00u;
  return rb | ag;
}

static inline void
blend_pixel (guint32 *pixel,
             guint32  argb,
             double   cover)
{
  guint a = cover >= 1 ? 255 : (guint)(cover * 255 + 0.5);

  if (a == 255)
    *pixel = argb;
  else if (a != 0)
    *pixel = blend (*pixel, argb, a);
}

/* One step of a band: the pixels from @lf to @rf (in 1/256 px, within
 * the minor range) at @k (coverage × opacity × 255 × 256 for a whole
 * pixel), @istep bytes apart from @base. Integers only: the pixels of a
 * step cost a few instructions each, not a dozen floating-point ones. */
static inline void
band_step (guint8  *base,
           gsize    istep,
           guint32  argb,
           int      lf,
           int      rf,
           guint    k)
{
  int i0 = lf >> 8, i1 = (rf - 1) >> 8;
  guint8 *p = base + (gsize)i0 * istep;

  if (rf <= lf)
    return;
  if (i0 == i1)
    {
      guint a = ((guint)(rf - lf) * k + 32768) >> 16;

      if (a >= 255)
        *(guint32 *)(gpointer)p = argb;
      else if (a != 0)
        *(guint32 *)(gpointer)p = blend (*(guint32 *)(gpointer)p, argb, a);
      return;
    }
  for (int i = i0; i <= i1; i++, p += istep)
    {
      int cov = MIN (rf, (i + 1) << 8) - MAX (lf, i << 8);
      guint a = ((guint)cov * k + 32768) >> 16;

      if (a >= 255)
        *(guint32 *)(gpointer)p = argb;
      else if (a != 0)
        *(guint32 *)(gpointer)p = blend (*(guint32 *)(gpointer)p, argb, a);
    }
}

/* Tests: every step of the band's length the general way, none skipped
 * as beside the raster, to compare. */
static gboolean general_steps_only;

gboolean
_tautan_raster_set_general_steps (gboolean only)
{
  gboolean old = general_steps_only;

  general_steps_only = only;
  return old;
}

/* One step of _tautan_raster_band(), wherever it lies. */
static inline void
band_general_step (guint8  *data,
                   gsize    mstep,
                   gsize    istep,
                   guint32  argb,
                   double   opacity,
                   guint    k_full,
                   int      m,
                   double   a0,
                   double   a1,
                   double   b0,
                   double   slope,
                   double   half,
                   double   minor)
{
  double slo = MAX ((double)m, a0), shi = MIN (m + 1.0, a1), h = shi - slo;
  double c = b0 + ((slo + shi) / 2 - a0) * slope;
  double left = c - half, right = c + half;
  guint k = h >= 1 ? k_full : (guint)(h * MIN (opacity, 1.0) * 65280 + 0.5);

  if (h <= 0 || right <= 0 || left >= minor)
    return;
  left = MAX (left, 0);
  right = MIN (right, minor);
  band_step (data + (gsize)m * mstep, istep, argb,
             (int)(left * 256 + 0.5), (int)(right * 256 + 0.5), k);
}

/* Steps of a band at a time: their ends first, in a loop of
 * arithmetic alone (two steps an instruction where the compiler can),
 * then their pixels. */
#define BAND_CHUNK 64

/* A step's pixels (in 1/256 px, within the minor range, @lf < @rf) when
 * they span at most two pixels, as band_step() covers them: a band under
 * a pixel wide, every far edge's. */
static inline void
band_step_narrow (guint8  *base,
                  gsize    istep,
                  guint32  argb,
                  int      lf,
                  int      rf,
                  guint    k)
{
  int i0 = lf >> 8, i1 = (rf - 1) >> 8;
  guint8 *p = base + (gsize)i0 * istep;
  guint a;

  if (i0 == i1)
    a = ((guint)(rf - lf) * k + 32768) >> 16;
  else
    {
      guint b = ((guint)(rf - (i1 << 8)) * k + 32768) >> 16;
      guint32 *q = (guint32 *)(gpointer)(p + istep);

      a = ((guint)((i1 << 8) - lf) * k + 32768) >> 16;
      if (b >= 255)
        *q = argb;
      else if (b != 0)
        *q = blend (*q, argb, b);
    }
  if (a >= 255)
    *(guint32 *)(gpointer)p = argb;
  else if (a != 0)
    *(guint32 *)(gpointer)p = blend (*(guint32 *)(gpointer)p, argb, a);
}

/* @n steps from @m0, each wholly inside the band's length: where a step's
 * cross section lies within the minor range, what the fast loop did, with
 * the same arithmetic; else the general step. */
static void
band_steps (guint8  *data,
            gsize    mstep,
            gsize    istep,
            guint32  argb,
            double   opacity,
            guint    k_full,
            int      m0,
            int      n,
            double   a0,
            double   a1,
            double   b0,
            double   slope,
            double   half,
            double   minor)
{
  double left[BAND_CHUNK], right[BAND_CHUNK];
  int lf[BAND_CHUNK], rf[BAND_CHUNK];

  for (int s = 0; s < n; s++)
    {
      double c = b0 + (((m0 + s) + 0.5) - a0) * slope;

      left[s] = c - half;
      right[s] = c + half;
      /* In range whether the step is inside or not: the steps walked
       * have their centre within a step of the minor range (lo, hi). */
      lf[s] = (int)(left[s] * 256 + 0.5);
      rf[s] = (int)(right[s] * 256 + 0.5);
    }

  for (int s = 0; s < n; s++)
    {
      int m = m0 + s;

      /* Not within (or not a number): the general step clamps. */
      if (!(left[s] >= 0 && right[s] <= minor))
        band_general_step (data, mstep, istep, argb, opacity, k_full, m, a0, a1, b0, slope, half, minor);
      else if (rf[s] <= lf[s])
        continue;
      else if (rf[s] - (lf[s] & ~255) <= 512)
        band_step_narrow (data + (gsize)m * mstep, istep, argb, lf[s], rf[s], k_full);
      else
        band_step (data + (gsize)m * mstep, istep, argb, lf[s], rf[s], k_full);
    }
}

/* A thin straight band, half @hw wide, from (x0, y0) to (x1, y1), blended
 * straight into the pixels at @opacity: no accumulation, a few pixels per step along
 * the major axis. Each step's coverage is its share of the band's cross
 * section, exact in area and close in spread for bands under 3 pixels.
 * The ends are cut square to the major axis, within hw of where a butt
 * end would be: edges end under a node and under their arrowhead.
 *
 * Only the steps whose cross section meets the raster are walked
 * (a long edge crossing a tile's corner walked all 256), and each step's
 * pixels get whole-pixel coverage in 1/256 px, in integers; the picture
 * is the same within a level (test-scene /band). */
void
_tautan_raster_band (TautanRaster *r,
                     guint8       *data,
                     int           stride,
                     guint32       argb,
                     double        opacity,
                     double        x0,
                     double        y0,
                     double        x1,
                     double        y1,
                     double        hw)
{
  double dx = x1 - x0, dy = y1 - y0, len;
  gboolean steep = fabs (dy) >= fabs (dx);
  double a0, a1, b0, slope, half, lo, hi, minor;
  int major_size, minor_size, start, end;
  gsize mstep, istep;
  guint k_full;

  argb |= 0xff000000u;
  /* Wholly beside the raster, as half the chords of a far tile's curves
   * are: nothing to draw, so no square root or division either (a band
   * strays at most hw √2 across its chord, plus a step at its ends). */
  if (!general_steps_only &&
      (MAX (x0, x1) + 2 * hw + 1 < 0 || MIN (x0, x1) - 2 * hw - 1 > r->width ||
       MAX (y0, y1) + 2 * hw + 1 < 0 || MIN (y0, y1) - 2 * hw - 1 > r->height))
    return;
  len = length (dx, dy);
  if (len < 1e-6 || !isfinite (len) || !isfinite (hw) || opacity <= 0)
    return;

  /* In (major, minor) coordinates: rows for steep bands, columns else. */
  if (steep)
    {
      a0 = y0, a1 = y1, b0 = x0, slope = dx / dy;
      major_size = r->height, minor_size = r->width;
      mstep = (gsize)stride, istep = 4;
    }
  else
    {
      a0 = x0, a1 = x1, b0 = y0, slope = dy / dx;
      major_size = r->width, minor_size = r->height;
      mstep = 4, istep = (gsize)stride;
    }
  if (a0 > a1)
    {
      double t = a0;

      b0 += (a1 - a0) * slope;
      a0 = a1;
      a1 = t;
    }
  half = hw * len / fabs (steep ? dy : dx);
  minor = minor_size;

  /* The major range where the band's centre is within half of the
   * minor range, a step wider each way for the steps' own extent. */
  lo = MAX (a0, 0);
  hi = MIN (a1, (double)major_size);
  if (fabs (slope) > 1e-12 && !general_steps_only)
    {
      /* One division: a rounding apart here moves only the step of
       * margin each way, which draws nothing. */
      double inv = 1 / slope, t0 = a0 + (-half - b0) * inv, t1 = a0 + (minor + half - b0) * inv;

      lo = MAX (lo, MIN (t0, t1) - 1);
      hi = MIN (hi, MAX (t0, t1) + 1);
    }
  else if (fabs (slope) <= 1e-12 && (b0 + half <= 0 || b0 - half >= minor))
    return;
  if (!(lo < hi))
    return;
  start = (int)floor (lo);
  end = (int)ceil (hi);
  k_full = (guint)(MIN (opacity, 1.0) * 65280 + 0.5);

  /* The steps wholly inside the band's length whose cross
   * section lies within the minor range, most of a long edge's, need
   * none of the general step's clamps: the same arithmetic, a third
   * fewer instructions a step (test-scene /band-steps). */
  if (!general_steps_only)
    {
      int in0 = MAX (start, (int)ceil (a0)), in1 = MIN (end, (int)floor (a1));

      if (in0 < in1)
        {
          int m = start;

          for (; m < in0; m++)
            band_general_step (data, mstep, istep, argb, opacity, k_full, m, a0, a1, b0, slope, half, minor);
          while (m < in1)
            {
              int n = MIN (in1 - m, BAND_CHUNK);

              band_steps (data, mstep, istep, argb, opacity, k_full, m, n, a0, a1, b0, slope, half, minor);
              m += n;
            }
          start = m;
        }
    }

  for (int m = start; m < end; m++)
    band_general_step (data, mstep, istep, argb, opacity, k_full, m, a0, a1, b0, slope, half, minor);
}

/* Fills what was added since the last composite with the opaque @argb,
 * times @opacity, into @data (the raster's corner pixel of an ARGB32
 * image with @stride), and clears it. */
void
_tautan_raster_composite (TautanRaster *r,
                          guint8       *data,
                          int           stride,
                          guint32       argb,
                          double        opacity)
{
  argb |= 0xff000000u;

  for (int y = r->y_min; y <= r->y_max; y++)
    {
      float *row = r->cells + (gsize)y * r->stride;
      guint32 *pixels = (guint32 *)(gpointer)(data + (gsize)y * stride);
      int c0 = r->row_min[y], c1 = r->row_max[y];
      float acc = 0;
      int last;

      if (c1 < 0)
        continue;
      /* A shape running off the right keeps covering up to the edge. */
      last = c1 >= r->width ? r->width - 1 : c1;

      for (int x = c0; x <= last; x++)
        {
          acc += row[x];
          row[x] = 0;
          blend_pixel (&pixels[x], argb, fabsf (acc) * opacity);
        }
      for (int x = last + 1; x <= c1 && x < r->stride; x++)
        row[x] = 0;

      r->row_min[y] = G_MAXINT;
      r->row_max[y] = -1;
    }
  r->y_min = G_MAXINT;
  r->y_max = -1;
}
