/* tautan-layout-private.h: knobs of the layout for tests and benchmarks
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tautan/tautan-layout.h"

G_BEGIN_DECLS

/* ln (1 + d) for d ≥ 0 to about 1e-5, several times faster than
 * log1pf(): the exponent gives the integer part, atanh's series the rest.
 * Plain arithmetic, so the same on every thread. The springs' pull is
 * w log (1 + d); tests check the layout's vectors against it. */
static inline float
_tautan_layout_fast_log1p (float d)
{
  union { float f; guint32 u; } x = { 1.0f + d };
  float e = (float)((int)(x.u >> 23) - 127);
  float t, t2;

  x.u = (x.u & 0x007fffff) | 0x3f800000;
  t = (x.f - 1.0f) / (x.f + 1.0f);
  t2 = t * t;
  return e * (float)G_LN2 +
         2.0f * t * (1.0f + t2 * (1.0f / 3 + t2 * (1.0f / 5 + t2 * (1.0f / 7))));
}

/* Threads that share one iteration (1 or 2). Positions do not depend on
 * it: each thread computes the forces of its own nodes. */
void  _tautan_layout_set_n_threads (TautanLayout *self,
                                    guint         n_threads);

/* The mean displacement of the free nodes in the last iteration, and the
 * threshold below which the iteration counts as calm. */
void  _tautan_layout_get_motion    (TautanLayout *self,
                                    float        *moved,
                                    float        *threshold);

/* Whether published positions of small graphs are pushed apart so nodes
 * do not overlap (on by default up to a few hundred nodes). Tests of the
 * forces turn it off to see the simulation itself. */
void  _tautan_layout_set_prevent_overlap (TautanLayout *self,
                                          gboolean      prevent);
/* The radius a node keeps clear in published positions (0 when off). */
float _tautan_layout_get_node_radius     (TautanLayout *self,
                                          guint         node);

/* The springs' pull on every node with the nodes at @at, as an iteration
 * computes it; the layout's working positions become @at. */
void  _tautan_layout_get_spring_forces   (TautanLayout      *self,
                                          const TautanPoint *at,
                                          float             *fx,
                                          float             *fy);

/* Whether the first iteration coarsens the graph and lays it out level by
 * level (on by default above 5,000 nodes). Call before the first step. */
void  _tautan_layout_set_multilevel      (TautanLayout *self,
                                          gboolean      multilevel);

/* How many coarser graphs the first iteration built (0: single level). */
guint _tautan_layout_get_n_levels        (TautanLayout *self);

/* Whether the worker thread waits for tautan_layout_hold() to let go. */
gboolean _tautan_layout_get_waiting      (TautanLayout *self);

/* The bytes of iteration scratch (forces, Morton order, quadtree) that
 * @self and its coarse levels own between them. */
gsize _tautan_layout_get_scratch_bytes   (TautanLayout *self);

/* tautan-layout-cache.c: settled positions kept between headless runs. */
char        *_tautan_layout_cache_path  (guint              n_nodes,
                                         const guint32     *src,
                                         const guint32     *dst,
                                         const float       *weights,
                                         guint              n_springs,
                                         guint64            seed);
TautanPoint *_tautan_layout_cache_read  (const char        *path,
                                         guint              n_nodes);
void         _tautan_layout_cache_write (const char        *path,
                                         const TautanPoint *points,
                                         guint              n_nodes);

G_END_DECLS
