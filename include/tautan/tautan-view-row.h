/* tautan-view-row.h: a saved view in the views list
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "tautan/tautan-saved-view.h"

G_BEGIN_DECLS

#define TAUTAN_TYPE_VIEW_ROW (tautan_view_row_get_type ())

G_DECLARE_FINAL_TYPE (TautanViewRow, tautan_view_row, TAUTAN, VIEW_ROW, GtkWidget)

/* Properties "view" and "position" (its place in the list). Its buttons
 * and its name fire "views.move" (uu), "views.remove" (u) and
 * "views.rename" (us), which the list installs. */
TautanSavedView *tautan_view_row_get_view     (TautanViewRow   *self);
void             tautan_view_row_set_view     (TautanViewRow   *self,
                                               TautanSavedView *view);
guint            tautan_view_row_get_position (TautanViewRow   *self);
void             tautan_view_row_set_position (TautanViewRow   *self,
                                               guint            position);
void             tautan_view_row_update_moves (TautanViewRow   *self);
/* The name's editable label, for tests and keyboard users. */
GtkEditableLabel *tautan_view_row_get_name_label (TautanViewRow *self);
GtkMenuButton    *tautan_view_row_get_fields_button (TautanViewRow *self);

G_END_DECLS
