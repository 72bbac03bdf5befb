/* tautan-render-context.h: fonts and palette shared by screen and exports
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "tautan/tautan-render-color.h"

G_BEGIN_DECLS

typedef struct
{
  TautanRgba background;
  TautanRgba foreground;       /* labels */
  TautanRgba dim;              /* secondary text, grid */
  TautanRgba accent;           /* selection */
  TautanRgba node_fill[7];     /* by TautanEntityKind */
  TautanRgba node_stroke;
  TautanRgba label_halo;       /* outline behind labels, so they read over edges */
} TautanPalette;

#define TAUTAN_TYPE_RENDER_CONTEXT (tautan_render_context_get_type ())

G_DECLARE_FINAL_TYPE (TautanRenderContext, tautan_render_context, TAUTAN, RENDER_CONTEXT, GObject)

/* Owns its PangoFontMap, PangoContext and font options (grey antialiasing,
 * no hinting of metrics), so text is laid out the same on screen and in
 * every export. Thread-safe for drawing: each thread creates its own
 * layouts with tautan_render_context_create_layout(). */
TautanRenderContext *tautan_render_context_new             (gboolean              dark);
TautanRenderContext *tautan_render_context_new_scaled      (gboolean              dark,
                                                            double                label_scale);
double               tautan_render_context_get_label_scale (TautanRenderContext  *self);
gboolean             tautan_render_context_get_dark        (TautanRenderContext  *self);
const TautanPalette *tautan_render_context_get_palette     (TautanRenderContext  *self);
PangoLayout         *tautan_render_context_create_layout   (TautanRenderContext  *self);
const char          *tautan_render_context_get_font_family (TautanRenderContext  *self);

G_END_DECLS
