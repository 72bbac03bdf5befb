/* tautan-side-panel.h: the words behind the selection
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "tautan/tautan-slice.h"

G_BEGIN_DECLS

#define TAUTAN_TYPE_SIDE_PANEL (tautan_side_panel_get_type ())

G_DECLARE_FINAL_TYPE (TautanSidePanel, tautan_side_panel, TAUTAN, SIDE_PANEL, GtkWidget)

GtkWidget  *tautan_side_panel_new          (void);
/* The window's slice: with no selection the panel summarises it. */
void        tautan_side_panel_set_slice    (TautanSidePanel *self,
                                            TautanSlice     *slice);
void        tautan_side_panel_show_summary (TautanSidePanel *self);
void        tautan_side_panel_show_entity  (TautanSidePanel *self,
                                            guint            entity);
void        tautan_side_panel_show_edge    (TautanSidePanel *self,
                                            guint            source,
                                            guint            target);
/* "summary", "entity" or "edge" */
const char *tautan_side_panel_get_page     (TautanSidePanel *self);
/* The lists shown (TautanRow items), for tests and keyboard users. */
GListModel *tautan_side_panel_get_events   (TautanSidePanel *self);
GListModel *tautan_side_panel_get_quotes   (TautanSidePanel *self);

G_END_DECLS
