/* tautan-side-panel.h: the words behind the selection
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "tautan/tautan-session.h"

G_BEGIN_DECLS

#define TAUTAN_TYPE_SIDE_PANEL (tautan_side_panel_get_type ())

G_DECLARE_FINAL_TYPE (TautanSidePanel, tautan_side_panel, TAUTAN, SIDE_PANEL, GtkWidget)

GtkWidget     *tautan_side_panel_new         (void);
/* The session followed ("session"): the evidence of its selection, or a
 * summary of its time span. */
TautanSession *tautan_side_panel_get_session (TautanSidePanel *self);
void           tautan_side_panel_set_session (TautanSidePanel *self,
                                              TautanSession   *session);
/* "summary", "entity" or "edge" */
const char    *tautan_side_panel_get_page    (TautanSidePanel *self);
/* The lists shown (TautanRow items), for tests and keyboard users. */
GListModel    *tautan_side_panel_get_events  (TautanSidePanel *self);
GListModel    *tautan_side_panel_get_quotes  (TautanSidePanel *self);
GListModel    *tautan_side_panel_get_busiest (TautanSidePanel *self);
const char    *tautan_side_panel_get_counts  (TautanSidePanel *self);

G_END_DECLS
