/* tautan-tile-cache.h: a scene rasterised in tiles, off the main thread
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tautan/tautan-scene.h"

G_BEGIN_DECLS

#define TAUTAN_TILE_SIZE 256

/* Tiles live in "world pixels": layout coordinates times the zoom they were
 * drawn at. Panning only moves them; a zoom change only scales them until
 * they are drawn again. cairo 1.16 strokes ~330 ms of edges for a
 * 2,000-node graph, so nothing heavy is ever drawn per frame. */
typedef struct
{
  cairo_surface_t *surface;     /* ARGB32 image, TAUTAN_TILE_SIZE * device_scale square */
  double           world_x;     /* top-left, world pixels at @zoom */
  double           world_y;
  double           zoom;        /* the zoom it was drawn at */
  int              device_scale;
  guint64          serial;      /* changes whenever the tile's pixels do */
} TautanTile;

typedef void (*TautanTilesReadyFunc) (gpointer user_data);

typedef struct _TautanTileCache TautanTileCache;

/* @ready is called in the thread-default main context of the caller of
 * tautan_tile_cache_new() when new tiles are ready to show: as they come
 * where the view had none at the scene's zoom, else once the scene's
 * tiles in the view are all in (a timeline step shows whole, not tile by
 * tile, and does not wait for the margin's). */
TautanTileCache *tautan_tile_cache_new         (TautanTilesReadyFunc  ready,
                                                gpointer              user_data,
                                                GDestroyNotify        notify);
void             tautan_tile_cache_free        (TautanTileCache      *self);
/* Draws @scene again, tile by tile on worker threads, nearest to the view's
 * centre first; old tiles stay available (scaled) until replaced. Tiles
 * cover the scene's view plus one tile of margin. */
void             tautan_tile_cache_set_scene   (TautanTileCache      *self,
                                                TautanScene          *scene,
                                                int                   device_scale);
/* Queues the tiles a pan of the scene's view to @view brings in. */
void             tautan_tile_cache_show        (TautanTileCache      *self,
                                                const TautanView     *view);
/* The tiles to show for @view (which may be panned or zoomed away from the
 * scene's), each with a reference: free with g_ptr_array_unref(). */
GPtrArray       *tautan_tile_cache_get_tiles   (TautanTileCache      *self,
                                                const TautanView     *view);
gboolean         tautan_tile_cache_is_complete (TautanTileCache      *self);

void             tautan_tile_free              (TautanTile           *tile);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TautanTileCache, tautan_tile_cache_free)

G_END_DECLS
