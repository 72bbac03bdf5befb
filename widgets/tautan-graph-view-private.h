/* tautan-graph-view-private.h: gestures for tests
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tautan/tautan-graph-view.h"

G_BEGIN_DECLS

/* Gestures xdotool cannot make, for tests: pinch and a whole node drag. */
void _tautan_graph_view_pinch     (TautanGraphView *self,
                                   double           scale,
                                   double           x,
                                   double           y);
void _tautan_graph_view_drag_node (TautanGraphView *self,
                                   guint            entity,
                                   double           to_x,
                                   double           to_y);

G_END_DECLS
