/* tautan-graph-view.h: the actor network of the current time window
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "tautan/tautan-layout.h"
#include "tautan/tautan-scene.h"

G_BEGIN_DECLS

#define TAUTAN_TYPE_GRAPH_VIEW (tautan_graph_view_get_type ())

G_DECLARE_FINAL_TYPE (TautanGraphView, tautan_graph_view, TAUTAN, GRAPH_VIEW, GtkWidget)

GtkWidget     *tautan_graph_view_new                 (void);
TautanDataset *tautan_graph_view_get_dataset         (TautanGraphView      *self);
/* Also starts the layout of the whole dataset. */
void           tautan_graph_view_set_dataset         (TautanGraphView      *self,
                                                      TautanDataset        *dataset);
TautanLayout  *tautan_graph_view_get_layout          (TautanGraphView      *self);
TautanSlice   *tautan_graph_view_get_slice           (TautanGraphView      *self);
void           tautan_graph_view_set_span            (TautanGraphView      *self,
                                                      const TautanTimeSpan *span,
                                                      gboolean              cumulative);
/* The scene as last drawn (or built on demand): what is on screen. */
TautanScene   *tautan_graph_view_get_scene           (TautanGraphView      *self);
const TautanView *tautan_graph_view_get_view         (TautanGraphView      *self);
/* What the screen draws with, for exports that look like it. */
TautanRenderContext *tautan_graph_view_get_render_context (TautanGraphView *self);
const TautanPoint   *tautan_graph_view_get_positions      (TautanGraphView *self);

/* Selection: an entity, or an edge source → target; property
 * "selected-entity" and "selected-edge" (a string "source:target" of
 * entity indices, NULL when none) notify. */
guint          tautan_graph_view_get_selected_entity (TautanGraphView      *self);
void           tautan_graph_view_select_entity       (TautanGraphView      *self,
                                                      guint                 entity);
gboolean       tautan_graph_view_get_selected_edge   (TautanGraphView      *self,
                                                      guint                *source,
                                                      guint                *target);
void           tautan_graph_view_select_edge         (TautanGraphView      *self,
                                                      guint                 source,
                                                      guint                 target);
void           tautan_graph_view_clear_selection     (TautanGraphView      *self);
/* Centres the view on @entity, animated. */
void           tautan_graph_view_center_on           (TautanGraphView      *self,
                                                      guint                 entity);
void           tautan_graph_view_zoom_fit            (TautanGraphView      *self);
void           tautan_graph_view_zoom_by             (TautanGraphView      *self,
                                                      double                factor,
                                                      double                x,
                                                      double                y);
/* The camera: zoom in pixels per layout unit, the layout point at the centre. */
void           tautan_graph_view_get_camera          (TautanGraphView      *self,
                                                      double               *zoom,
                                                      double               *center_x,
                                                      double               *center_y);
void           tautan_graph_view_set_camera          (TautanGraphView      *self,
                                                      double                zoom,
                                                      double                center_x,
                                                      double                center_y,
                                                      gboolean              animate);
guint32        tautan_graph_view_get_hidden_kinds    (TautanGraphView      *self);
void           tautan_graph_view_set_hidden_kinds    (TautanGraphView      *self,
                                                      guint32               hidden);
guint64        tautan_graph_view_get_hidden_types    (TautanGraphView      *self);
void           tautan_graph_view_set_hidden_types    (TautanGraphView      *self,
                                                      guint64               hidden);

/* Gestures xdotool cannot make, for tests: pinch and node drag. */
void           _tautan_graph_view_pinch              (TautanGraphView      *self,
                                                      double                scale,
                                                      double                x,
                                                      double                y);
void           _tautan_graph_view_drag_node          (TautanGraphView      *self,
                                                      guint                 entity,
                                                      double                to_x,
                                                      double                to_y);

G_END_DECLS
