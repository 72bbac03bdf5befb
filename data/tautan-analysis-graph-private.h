/* tautan-analysis-graph-private.h: the undirected actor graph the analyses walk
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tautan/tautan-filter.h"

G_BEGIN_DECLS

/* Undirected: actor–target pairs of the passing events, both ways, with
 * the events behind each pair. Adjacency in compressed rows, neighbours
 * in ascending entity order so walks are deterministic. */
typedef struct
{
  guint   n_nodes;        /* the dataset's entities */
  guint  *row;            /* n_nodes + 1 offsets into col */
  guint  *col;            /* neighbour entity */
  guint  *ev_offset;      /* per adjacency slot: offsets into events (len(col) + 1) */
  guint  *events;         /* event indexes, ascending */
} TautanAnalysisGraph;

TautanAnalysisGraph *tautan_analysis_graph_new  (TautanDataset        *dataset,
                                                 const TautanFilter   *filter,
                                                 const TautanTimeSpan *span);
TautanAnalysisGraph *tautan_analysis_graph_new_mapped (TautanDataset        *dataset,
                                                       const TautanFilter   *filter,
                                                       const TautanTimeSpan *span,
                                                       const guint          *group_of);
void                 tautan_analysis_graph_free (TautanAnalysisGraph  *graph);
/* The slot of b in a's row, or G_MAXUINT */
guint                tautan_analysis_graph_slot (TautanAnalysisGraph  *graph,
                                                 guint                 a,
                                                 guint                 b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TautanAnalysisGraph, tautan_analysis_graph_free)

G_END_DECLS
