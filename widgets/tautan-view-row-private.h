/* tautan-view-row-private.h: what the views list's tests reach
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tautan/tautan-view-row.h"

G_BEGIN_DECLS

gboolean _tautan_view_row_drop_view  (TautanViewRow   *self,
                                      TautanSavedView *view);
void     _tautan_view_row_focus_move (TautanViewRow   *self,
                                      gboolean         down);

G_END_DECLS
