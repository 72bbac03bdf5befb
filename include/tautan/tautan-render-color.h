/* tautan-render-color.h: colours for drawing, light and dark
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} TautanRgba;

TautanRgba tautan_rgba_from_rgb        (guint32           rgb,
                                        double            alpha);
double     tautan_rgba_luminance       (const TautanRgba *color);
double     tautan_rgba_contrast        (const TautanRgba *a,
                                        const TautanRgba *b);
void       tautan_rgba_set_source      (const TautanRgba *color,
                                        cairo_t          *cr);

G_END_DECLS
