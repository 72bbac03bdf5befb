/* tautan-render-color.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-render-color"

#include "config.h"

#include <math.h>

#include "tautan/tautan-render-color.h"

TautanRgba
tautan_rgba_from_rgb (guint32 rgb,
                      double  alpha)
{
  return (TautanRgba) {
    ((rgb >> 16) & 0xff) / 255.0,
    ((rgb >> 8) & 0xff) / 255.0,
    (rgb & 0xff) / 255.0,
    alpha,
  };
}

static double
linear (double c)
{
  return c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

/* WCAG 2 relative luminance. */
double
tautan_rgba_luminance (const TautanRgba *color)
{
  return 0.2126 * linear (color->red) + 0.7152 * linear (color->green) + 0.0722 * linear (color->blue);
}

/* WCAG 2 contrast ratio, 1 to 21: the palette test keeps event colours
 * legible on both the light and the dark canvas. */
double
tautan_rgba_contrast (const TautanRgba *a,
                      const TautanRgba *b)
{
  double la = tautan_rgba_luminance (a);
  double lb = tautan_rgba_luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

void
tautan_rgba_set_source (const TautanRgba *color,
                        cairo_t          *cr)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

/* New, vanished, stronger, weaker, unchanged: Okabe–Ito green,
 * vermillion, blue and orange, and a neutral grey, told apart with
 * every common colour-vision deficiency and legible on both canvases. */
guint32
tautan_change_kind_rgb (guint kind)
{
  static const guint32 colors[] = { 0x009E73, 0xD55E00, 0x0072B2, 0xE69F00, 0x8C8C8C };

  return colors[MIN (kind, G_N_ELEMENTS (colors) - 1)];
}
