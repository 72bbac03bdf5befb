/* tautan-scene-private.h: what the tile cache needs from a scene
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tautan/tautan-scene.h"

G_BEGIN_DECLS

/* The world pixel (layout coordinates times the zoom) at the view's
 * top-left corner: view pixel = world pixel - origin. */
void    _tautan_scene_get_origin      (TautanScene *self,
                                       double      *origin_x,
                                       double      *origin_y);
/* Equal for two scenes that draw the same pixels in world coordinates,
 * whatever their centres: a pure pan keeps the tiles already drawn. */
guint64 _tautan_scene_get_fingerprint (TautanScene *self);

/* Shapes of about equal area, so the kind never reads as importance;
 * every backend draws them from these. */
#define SQUARE_HALF    0.886      /* sqrt(pi)/2 */
#define DIAMOND_HALF   1.2533     /* sqrt(pi/2) */
#define TRIANGLE_R     1.5551     /* sqrt(4 pi / (3 sqrt 3)) */
#define HEXAGON_R      1.0996     /* sqrt(2 pi / (3 sqrt 3)) */

TautanShape _tautan_scene_shape_for_kind     (TautanEntityKind kind);
double      _tautan_scene_shape_outer_radius (TautanShape      shape,
                                              double           r);

/* Coverage rasteriser for edges (tautan-scene-raster.c): one per thread,
 * @width × @height device pixels, empty. */
typedef struct _TautanRaster TautanRaster;

TautanRaster *_tautan_raster_get       (int           width,
                                        int           height);
void          _tautan_raster_line      (TautanRaster *raster,
                                        double        x0,
                                        double        y0,
                                        double        x1,
                                        double        y1);
void          _tautan_raster_composite (TautanRaster *raster,
                                        guint8       *data,
                                        int           stride,
                                        guint32       argb);
/* A thin straight band, blended at once. */
void          _tautan_raster_band      (TautanRaster *raster,
                                        guint8       *data,
                                        int           stride,
                                        guint32       argb,
                                        double        x0,
                                        double        y0,
                                        double        x1,
                                        double        y1,
                                        double        half_width);

G_END_DECLS
