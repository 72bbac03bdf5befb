/* tautan-graph-view.h: the actor network of the session's time span
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "tautan/tautan-layout.h"
#include "tautan/tautan-scene.h"
#include "tautan/tautan-session.h"

G_BEGIN_DECLS

#define TAUTAN_TYPE_GRAPH_VIEW (tautan_graph_view_get_type ())

G_DECLARE_FINAL_TYPE (TautanGraphView, tautan_graph_view, TAUTAN, GRAPH_VIEW, GtkWidget)

GtkWidget           *tautan_graph_view_new                (void);
/* The analysis shown ("session"): its slice, filters, selection and
 * positions. Clicks select in it and drags move nodes in it. */
TautanSession       *tautan_graph_view_get_session        (TautanGraphView *self);
void                 tautan_graph_view_set_session        (TautanGraphView *self,
                                                           TautanSession   *session);
TautanDataset       *tautan_graph_view_get_dataset        (TautanGraphView *self);
TautanLayout        *tautan_graph_view_get_layout         (TautanGraphView *self);
/* The slice and scene as last drawn (or built on demand): what is on screen. */
TautanSlice         *tautan_graph_view_get_slice          (TautanGraphView *self);
void                 tautan_graph_view_set_changes        (TautanGraphView *self,
                                                           TautanChanges   *changes);
const TautanChanges *tautan_graph_view_get_changes        (TautanGraphView *self);
/* The roll-up drawn (the session's "rollup" in the window), or NULL. */
const TautanRollup  *tautan_graph_view_get_rollup         (TautanGraphView *self);
void                 tautan_graph_view_set_focus          (TautanGraphView *self,
                                                           const guint8    *focus);
TautanScene         *tautan_graph_view_get_scene          (TautanGraphView *self);
gboolean             tautan_graph_view_has_scene          (TautanGraphView *self);
const TautanView    *tautan_graph_view_get_view           (TautanGraphView *self);
/* What the screen draws with, for exports that look like it. */
TautanRenderContext *tautan_graph_view_get_render_context (TautanGraphView *self);
const TautanPoint   *tautan_graph_view_get_positions      (TautanGraphView *self);

/* Centres the view on @entity, animated. */
void                 tautan_graph_view_center_on          (TautanGraphView *self,
                                                           guint            entity);
void                 tautan_graph_view_zoom_fit           (TautanGraphView *self);
void                 tautan_graph_view_set_fit_inset_bottom (TautanGraphView *self,
                                                           int              pixels);
void                 tautan_graph_view_zoom_by            (TautanGraphView *self,
                                                           double           factor,
                                                           double           x,
                                                           double           y);
/* The camera: zoom in pixels per layout unit, the layout point at the centre. */
void                 tautan_graph_view_get_camera         (TautanGraphView *self,
                                                           double          *zoom,
                                                           double          *center_x,
                                                           double          *center_y);
void                 tautan_graph_view_set_camera         (TautanGraphView *self,
                                                           double           zoom,
                                                           double           center_x,
                                                           double           center_y,
                                                           gboolean         animate);

G_END_DECLS
