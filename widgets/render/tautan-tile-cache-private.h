/* tautan-tile-cache-private.h: drawing and waiting on tiles, for tests and benchmarks
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tautan/tautan-tile-cache.h"

G_BEGIN_DECLS

/* Draws the tiles for @view into @cr; returns FALSE when some of the view
 * had no tile yet. */
gboolean _tautan_tile_cache_draw (TautanTileCache  *self,
                                  cairo_t          *cr,
                                  const TautanView *view);
/* Waits until every tile of the current scene is drawn. */
void     _tautan_tile_cache_wait (TautanTileCache  *self);
/* Lets @n more tile jobs start (-1: any), then holds the threads; waits
 * for those @n to end. While held, _tautan_tile_cache_wait() would wait
 * for ever. */
void     _tautan_tile_cache_hold (TautanTileCache  *self,
                                  int               n);
/* How long a new scene's tiles at the same zoom may take before they are
 * shown as they come, not all at once. */
void     _tautan_tile_cache_set_partial_after (TautanTileCache *self,
                                               gint64           usec);

G_END_DECLS
