/* tautan-render-histogram.h: the timeline's stacked bars and date axis
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "tautan/tautan-histogram.h"
#include "tautan/tautan-render-context.h"

G_BEGIN_DECLS

/* Maps days to x over [span.from, span.to + 1) across @width pixels. */
double    tautan_render_histogram_day_to_x (const TautanTimeSpan *span,
                                            double                width,
                                            TautanDay             day);
TautanDay tautan_render_histogram_x_to_day (const TautanTimeSpan *span,
                                            double                width,
                                            double                x);

/* Draws @bins (TautanBin) of @span as bars stacked by QuadClass in
 * @quad_colors, scaled to the tallest bin, in the rectangle 0,0 to
 * @width x @bars_height; then date labels below, in @axis_height pixels,
 * thinned so none overlaps its neighbour. */
void      tautan_render_histogram          (cairo_t              *cr,
                                            TautanRenderContext  *context,
                                            GArray               *bins,
                                            const TautanTimeSpan *span,
                                            const TautanRgba      quad_colors[4],
                                            double                width,
                                            double                bars_height,
                                            double                axis_height);

G_END_DECLS
