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
/* The colour of a class of change (TautanChangeKind), the same on both canvases. */
guint32    tautan_change_kind_rgb      (guint             kind);
double     tautan_rgba_contrast        (const TautanRgba *a,
                                        const TautanRgba *b);
void       tautan_rgba_set_source      (const TautanRgba *color,
                                        cairo_t          *cr);

G_END_DECLS
