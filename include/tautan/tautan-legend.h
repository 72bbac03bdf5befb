/* tautan-legend.h: the legend, which is also the filter
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "tautan/tautan-session.h"

G_BEGIN_DECLS

#define TAUTAN_TYPE_LEGEND (tautan_legend_get_type ())

G_DECLARE_FINAL_TYPE (TautanLegend, tautan_legend, TAUTAN, LEGEND, GtkWidget)

GtkWidget     *tautan_legend_new         (void);
/* The session filtered ("session"): unticking a kind or type hides it. */
TautanSession *tautan_legend_get_session (TautanLegend  *self);
void           tautan_legend_set_session (TautanLegend  *self,
                                          TautanSession *session);
/* The entries (kinds first, then event types by class), for tests. */
GListModel    *tautan_legend_get_items   (TautanLegend  *self);

G_END_DECLS
