/* tautan-layout.h: force-directed layout of the whole dataset, on a thread
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tautan/tautan-dataset.h"

G_BEGIN_DECLS

/* Layout coordinates: arbitrary units, roughly 1 unit = the ideal edge
 * length; the view maps them to pixels. */
typedef struct
{
  float x;
  float y;
} TautanPoint;

/* The app's layout: this seed, run until it settles (or this many
 * iterations), gives the positions the app shows. */
#define TAUTAN_LAYOUT_SEED            42
#define TAUTAN_LAYOUT_MAX_ITERATIONS  100000

#define TAUTAN_TYPE_LAYOUT (tautan_layout_get_type ())

G_DECLARE_FINAL_TYPE (TautanLayout, tautan_layout, TAUTAN, LAYOUT, GObject)

/* A graph of @n_nodes nodes and @n_edges undirected springs; @weights may
 * be NULL (all 1). Deterministic for a given @seed. */
TautanLayout *tautan_layout_new              (guint              n_nodes,
                                              const guint32     *edge_src,
                                              const guint32     *edge_dst,
                                              const float       *weights,
                                              guint              n_edges,
                                              guint64            seed);
/* Nodes are the dataset's entities, springs its edges over the whole time
 * span (weighted by event count), so filtering by time never moves a node. */
TautanLayout *tautan_layout_new_for_dataset  (TautanDataset     *dataset,
                                              guint64            seed);
guint         tautan_layout_get_n_nodes      (TautanLayout      *self);
/* The app's layout of @dataset run to rest on this thread (headless
 * exports): one position per entity. */
TautanPoint  *tautan_layout_settle_dataset   (TautanDataset     *dataset,
                                              GCancellable      *cancellable);

/* Synchronous iterations (tests, benchmarks, headless export). */
void          tautan_layout_step             (TautanLayout      *self,
                                              guint              iterations);
gboolean      tautan_layout_is_settled       (TautanLayout      *self);
guint         tautan_layout_get_iterations   (TautanLayout      *self);

/* Runs iterations on a worker thread until settled or stopped; positions
 * are published after each iteration. Safe to call from the main thread
 * while it runs: the getters copy the last published positions. */
void          tautan_layout_start            (TautanLayout      *self);
void          tautan_layout_stop             (TautanLayout      *self);
gboolean      tautan_layout_is_running       (TautanLayout      *self);
void          tautan_layout_hold             (TautanLayout      *self,
                                              gboolean          hold);
gboolean      tautan_layout_get_held         (TautanLayout      *self);
/* Increases each time new positions are published. */
guint64       tautan_layout_get_generation   (TautanLayout      *self);
void          tautan_layout_get_positions    (TautanLayout      *self,
                                              TautanPoint       *positions);
void          tautan_layout_get_bounds       (TautanLayout      *self,
                                              float             *x0,
                                              float             *y0,
                                              float             *x1,
                                              float             *y1);

/* Pinned nodes keep the position the user gave them. Setting a position
 * restarts a settled layout so neighbours can follow. */
void          tautan_layout_set_position     (TautanLayout      *self,
                                              guint              node,
                                              TautanPoint        position,
                                              gboolean           pin);
void          tautan_layout_set_pinned       (TautanLayout      *self,
                                              guint              node,
                                              gboolean           pinned);
gboolean      tautan_layout_get_pinned       (TautanLayout      *self,
                                              guint              node);
const guint32 *tautan_layout_get_neighbours  (TautanLayout      *self,
                                              guint              node,
                                              guint             *n_neighbours);
void          tautan_layout_restore          (TautanLayout      *self,
                                              const TautanPoint *positions,
                                              const guint8      *pinned,
                                              gboolean           settled);
/* Dragging a node of a large, settled layout: only its neighbourhood
 * follows (see the function's documentation). */
guint         tautan_layout_drag             (TautanLayout      *self,
                                              guint              node,
                                              TautanPoint        position,
                                              gboolean           pin,
                                              guint              max_nodes);

G_END_DECLS
