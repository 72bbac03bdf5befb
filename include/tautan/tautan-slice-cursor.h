/* tautan-slice-cursor.h: a time window that moves, answered incrementally
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tautan/tautan-dataset.h"
#include "tautan/tautan-slice.h"

G_BEGIN_DECLS

/* One edge or entity whose event count changed in the last move. */
typedef struct
{
  guint index;       /* the dataset's edge or entity index */
  guint old_count;   /* events in the previous window; 0: it entered */
  guint new_count;   /* events in the new window; 0: it left */
} TautanSliceChange;

#define TAUTAN_TYPE_SLICE_CURSOR (tautan_slice_cursor_get_type ())

G_DECLARE_FINAL_TYPE (TautanSliceCursor, tautan_slice_cursor, TAUTAN, SLICE_CURSOR, GObject)

TautanSliceCursor       *tautan_slice_cursor_new                (TautanDataset        *dataset,
                                                                 const TautanTimeSpan *span,
                                                                 gboolean              cumulative);
void                     tautan_slice_cursor_move               (TautanSliceCursor    *self,
                                                                 const TautanTimeSpan *span,
                                                                 gboolean              cumulative);

TautanDataset           *tautan_slice_cursor_get_dataset        (TautanSliceCursor    *self);
TautanTimeSpan           tautan_slice_cursor_get_span           (TautanSliceCursor    *self);
gboolean                 tautan_slice_cursor_get_cumulative     (TautanSliceCursor    *self);
guint                    tautan_slice_cursor_get_n_events       (TautanSliceCursor    *self);
guint                    tautan_slice_cursor_get_n_edges        (TautanSliceCursor    *self);
guint                    tautan_slice_cursor_get_n_entities     (TautanSliceCursor    *self);

/* The window's state, by dataset index: O(1) each. */
guint                    tautan_slice_cursor_get_edge_count     (TautanSliceCursor    *self,
                                                                 guint                 edge);
guint                    tautan_slice_cursor_get_entity_count   (TautanSliceCursor    *self,
                                                                 guint                 entity);
const guint32           *tautan_slice_cursor_peek_edge_counts   (TautanSliceCursor    *self);
const guint32           *tautan_slice_cursor_peek_entity_counts (TautanSliceCursor    *self);
guint                    tautan_slice_cursor_find_edge          (TautanSliceCursor    *self,
                                                                 guint                 source,
                                                                 guint                 target);
gboolean                 tautan_slice_cursor_get_edge           (TautanSliceCursor    *self,
                                                                 guint                 edge,
                                                                 TautanSliceEdge      *out,
                                                                 GArray               *types,
                                                                 GArray               *counts);

/* What the last move changed. */
const TautanSliceChange *tautan_slice_cursor_get_edge_changes   (TautanSliceCursor    *self,
                                                                 guint                *n_changes);
const TautanSliceChange *tautan_slice_cursor_get_entity_changes (TautanSliceCursor    *self,
                                                                 guint                *n_changes);
gboolean                 tautan_slice_cursor_get_rebuilt        (TautanSliceCursor    *self);

/* The whole answer as an immutable slice, O(edges): for the evidence
 * panel, exports and anything that wants the classic API. */
TautanSlice             *tautan_slice_cursor_dup_slice          (TautanSliceCursor    *self);

G_END_DECLS
