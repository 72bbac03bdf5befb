/* tautan-render-histogram-private.h: the date axis's labels, for tests
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tautan/tautan-render-histogram.h"

G_BEGIN_DECLS

#define TAUTAN_HISTOGRAM_LABEL_MAX 64   /* bytes: month names are UTF-8 */

/* A date label of the axis: its text starts at @x, right of the tick at
 * @tick_x (the start of @day). */
typedef struct
{
  TautanDay day;
  double    tick_x;
  double    x;
  double    width;
  char      text[TAUTAN_HISTOGRAM_LABEL_MAX];
} TautanHistogramLabel;

/* The labels tautan_render_histogram() draws under @width pixels, laid out
 * with @layout's font: none overlaps another or leaves 0..@width. */
GArray *_tautan_render_histogram_labels (PangoLayout          *layout,
                                         const TautanTimeSpan *span,
                                         double                width);

G_END_DECLS
