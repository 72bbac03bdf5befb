/* tautan-window.h: the main window, showing one analysis session
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tautan/tautan-autosave.h"
#include "tautan/tautan-dataset.h"
#include "tautan/tautan-session.h"

G_BEGIN_DECLS

#define TAUTAN_BUNDLED_DATASET RESOURCE_PREFIX "/datasets/korea-russia.json"

#define TAUTAN_TYPE_WINDOW (tautan_window_get_type ())

G_DECLARE_FINAL_TYPE (TautanWindow, tautan_window, TAUTAN, WINDOW, AdwApplicationWindow)

TautanWindow  *tautan_window_new            (AdwApplication *application);
void           tautan_window_open           (TautanWindow   *self,
                                             GFile          *file);
void           tautan_window_restore        (TautanWindow   *self,
                                             const TautanAutosaveOrphan *orphan);
void           tautan_window_open_bundled   (TautanWindow   *self);
TautanSession *tautan_window_get_session    (TautanWindow   *self);
TautanDataset *tautan_window_get_dataset    (TautanWindow   *self);
gboolean       tautan_window_get_loading    (TautanWindow   *self);
gboolean       tautan_window_get_modified   (TautanWindow   *self);
/* The saved view presented (0-based), or -1 when not presenting. */
int            tautan_window_get_slide      (TautanWindow   *self);
gboolean       tautan_window_save_workspace (TautanWindow   *self,
                                             GFile          *file);

G_END_DECLS
