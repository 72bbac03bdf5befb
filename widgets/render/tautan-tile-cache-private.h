/* tautan-tile-cache-private.h: drawing and waiting on tiles, for tests and benchmarks
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tautan/tautan-tile-cache.h"

G_BEGIN_DECLS

/* For benchmarks: what the current scene's tiles cost. */
typedef struct
{
  guint  queued;       /* tiles queued for it */
  guint  visible;      /* of which the view shows (the rest: its margin) */
  guint  drawn;        /* drawn and put in place */
  guint  kept;         /* of which kept from an earlier scene: the same pixels */
  guint  stale;        /* an earlier scene's tiles still drawing when it came */
  gint64 cpu_us;       /* the drawing threads' CPU for its tiles */
  gint64 max_tile_us;  /* the costliest tile's */
  gint64 wait_us;      /* queued to started, summed over its tiles */
  gint64 scene_at;     /* when the scene came (monotonic) */
  gint64 visible_us;   /* from the scene to its visible tiles in place; 0: not yet */
  gint64 complete_us;  /* from the scene to every tile in place; 0: not yet */
} TautanTileStats;

/* Draws the tiles for @view into @cr; returns FALSE when some of the view
 * had no tile yet. */
gboolean _tautan_tile_cache_draw (TautanTileCache  *self,
                                  cairo_t          *cr,
                                  const TautanView *view);
/* Whether the view's tiles (not its margin's) are all of the current scene. */
gboolean _tautan_tile_cache_is_view_current (TautanTileCache *self);
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

void     _tautan_tile_cache_get_stats (TautanTileCache *self,
                                       TautanTileStats *stats);

/* Whether a drawing thread still draws (and holds) a scene older than the
 * current one; @ready is called once none does. */
gboolean _tautan_tile_cache_draws_old_scene (TautanTileCache *self);
/* Frees the current scene's per-tile lists once none of its tiles is
 * drawing or queued (now or later); a later tile makes them again. */
void     _tautan_tile_cache_trim            (TautanTileCache *self);

/* Makes what every tile of @scene reads first (its per-tile lists, its
 * density shading) on the calling thread: a scene's builder, before the
 * scene reaches the tiles. */
void     _tautan_tile_cache_prepare_scene   (TautanScene     *scene);

G_END_DECLS
