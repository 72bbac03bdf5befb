/* tautan-slice.h: what a dataset holds within a time window
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tautan/tautan-dataset.h"

G_BEGIN_DECLS

typedef struct
{
  guint            edge;           /* the dataset's edge index */
  guint            source;         /* entity index (actor) */
  guint            target;         /* entity index (target) */
  guint            count;          /* events in the window */
  guint            imprecise;      /* of which not dated to the day */
  TautanDay        first;          /* clipped to the window */
  TautanDay        last;
  guint            quad_counts[TAUTAN_N_QUAD_CLASSES];
  TautanQuadClass  dominant_quad;
  guint            dominant_type;
  guint            type_offset;    /* into the slice's (type, count) pairs */
  guint            n_types;
} TautanSliceEdge;

typedef struct
{
  guint entity;
  guint count;                     /* events it takes part in, in the window */
} TautanSliceEntity;

/* What the canvas shows of a slice once kinds and types are hidden. */
typedef struct
{
  guint   n_events;
  guint   n_edges;
  guint   n_quotes;
  GArray *events;                  /* guint32 event indices, by start */
  GArray *entities;                /* TautanSliceEntity, busiest first */
} TautanSliceShown;

#define TAUTAN_TYPE_SLICE (tautan_slice_get_type ())

G_DECLARE_FINAL_TYPE (TautanSlice, tautan_slice, TAUTAN, SLICE, GObject)

TautanSlice             *tautan_slice_new               (TautanDataset        *dataset,
                                                         const TautanTimeSpan *span,
                                                         gboolean              cumulative);
TautanDataset           *tautan_slice_get_dataset       (TautanSlice          *self);
TautanTimeSpan           tautan_slice_get_span          (TautanSlice          *self);
gboolean                 tautan_slice_get_cumulative    (TautanSlice          *self);
guint                    tautan_slice_get_n_events      (TautanSlice          *self);
guint                    tautan_slice_get_n_edges       (TautanSlice          *self);
const TautanSliceEdge   *tautan_slice_get_edge          (TautanSlice          *self,
                                                         guint                 index);
const TautanSliceEdge   *tautan_slice_find_edge         (TautanSlice          *self,
                                                         guint                 source,
                                                         guint                 target);
void                     tautan_slice_get_edge_types    (TautanSlice          *self,
                                                         guint                 index,
                                                         const guint32       **types,
                                                         const guint32       **counts);
guint                    tautan_slice_get_n_entities    (TautanSlice          *self);
const TautanSliceEntity *tautan_slice_get_entity        (TautanSlice          *self,
                                                         guint                 index);
guint                    tautan_slice_get_entity_count  (TautanSlice          *self,
                                                         guint                 entity);
gboolean                 tautan_slice_contains_event    (TautanSlice          *self,
                                                         guint                 event);
GArray                  *tautan_slice_list_events       (TautanSlice          *self,
                                                         guint                 entity,
                                                         guint                 source,
                                                         guint                 target);
GArray                  *tautan_slice_list_quotes       (TautanSlice          *self,
                                                         guint                 entity);

TautanSliceShown        *tautan_slice_count_shown       (TautanSlice          *self,
                                                         guint32               hidden_kinds,
                                                         const TautanTypeMask *hidden_types);
void                     tautan_slice_shown_free        (TautanSliceShown     *shown);
gboolean                 tautan_event_shown             (TautanDataset        *dataset,
                                                         const TautanEvent    *event,
                                                         guint32               hidden_kinds,
                                                         const TautanTypeMask *hidden_types,
                                                         guint8               *kind_cache,
                                                         guint8               *entity_shown);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TautanSliceShown, tautan_slice_shown_free)

G_END_DECLS
