/* tautan-view-list.h: the saved views of a session, to go to and arrange
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "tautan/tautan-session.h"

G_BEGIN_DECLS

#define TAUTAN_TYPE_VIEW_LIST (tautan_view_list_get_type ())

G_DECLARE_FINAL_TYPE (TautanViewList, tautan_view_list, TAUTAN, VIEW_LIST, GtkWidget)

/* Actions: "views.apply" (u) goes to a view, "views.move" (uu),
 * "views.remove" (u) and "views.rename" (us) edit the session's views. */
GtkWidget     *tautan_view_list_new         (void);
TautanSession *tautan_view_list_get_session (TautanViewList *self);
void           tautan_view_list_set_session (TautanViewList *self,
                                             TautanSession  *session);

G_END_DECLS
