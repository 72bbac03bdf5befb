/* tautan-saved-view-private.h: what the workspace file keeps of a view
 * that this version does not know
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "tautan/tautan-saved-view.h"

G_BEGIN_DECLS

/* The members of the view's object a newer Tautan wrote, written back
 * unchanged on save; NULL when there were none. */
JsonObject *_tautan_saved_view_get_extra (TautanSavedView *self);
void        _tautan_saved_view_set_extra (TautanSavedView *self,
                                          JsonObject      *extra);

G_END_DECLS
