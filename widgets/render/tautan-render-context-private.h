/* tautan-render-context-private.h: label text for the drawing layer
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tautan/tautan-render-context.h"

G_BEGIN_DECLS

/* A label's logical box relative to the point its layout is drawn at. */
typedef struct
{
  double x;
  double y;
  double width;
  double height;
} TautanLabelExtents;

/* Label size in pixels, measured once per text, the same for every thread. */
double       _tautan_render_context_get_label_size (TautanRenderContext *self);
void         _tautan_render_context_measure_label (TautanRenderContext *self,
                                                   const char          *text,
                                                   TautanLabelExtents  *extents);
/* A layout of @text in the label font, from a font map that only these
 * two calls touch, so any thread may draw labels: valid until
 * _tautan_render_context_unlock_label(), which must follow soon. */
PangoLayout *_tautan_render_context_lock_label    (TautanRenderContext *self,
                                                   const char          *text);
void         _tautan_render_context_unlock_label  (TautanRenderContext *self);

/* A small picture drawn once and composited many times: a node's shape or
 * a label with its halo. @origin_x, @origin_y: the device pixel in it
 * that lands on the anchor point. */
typedef struct
{
  cairo_surface_t *surface;
  int              origin_x;
  int              origin_y;
} TautanSprite;

/* Shared by every thread drawing with @self, keyed by a string that says
 * everything drawn into the sprite. On a hit, @sprite holds a new
 * reference to the surface: cairo_surface_destroy() it after use. */
gboolean _tautan_render_context_lookup_sprite (TautanRenderContext *self,
                                               const char          *key,
                                               TautanSprite        *sprite);
/* Keeps a reference to @sprite's surface. */
void     _tautan_render_context_add_sprite    (TautanRenderContext *self,
                                               const char          *key,
                                               const TautanSprite  *sprite);

G_END_DECLS
