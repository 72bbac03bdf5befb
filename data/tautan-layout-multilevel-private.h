/* tautan-layout-multilevel-private.h: graph coarsening for the multilevel layout
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* An undirected graph in CSR form, both directions stored, with a mass
 * per node (how many nodes of the original graph it stands for). */
typedef struct
{
  guint    n_nodes;
  guint32 *adj_start;   /* n_nodes + 1 */
  guint32 *adj;
  float   *adj_weight;
  float   *mass;        /* NULL: every node weighs 1 */
} TautanLayoutGraph;

void  _tautan_layout_graph_clear (TautanLayoutGraph       *graph);

/* Merges @fine into a coarser graph: heavy-edge matching, then nodes left
 * over that share their heaviest neighbour (the leaves of a star) or have
 * no neighbour are paired. Every fine node gets exactly one coarse parent
 * (@parent, room for @fine->n_nodes); springs inside a coarse node vanish,
 * parallel ones add up, masses add up. Deterministic for a given @seed.
 * Returns the coarse node count (= @coarse->n_nodes). */
guint _tautan_layout_coarsen     (const TautanLayoutGraph *fine,
                                  guint64                  seed,
                                  guint32                 *parent,
                                  TautanLayoutGraph       *coarse);

G_END_DECLS
