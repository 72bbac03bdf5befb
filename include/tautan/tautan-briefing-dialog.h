/* tautan-briefing-dialog.h: the options of a briefing, with a preview
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tautan/tautan-briefing.h"

G_BEGIN_DECLS

#define TAUTAN_TYPE_BRIEFING_DIALOG (tautan_briefing_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TautanBriefingDialog, tautan_briefing_dialog, TAUTAN, BRIEFING_DIALOG, AdwWindow)

/* @workspace is kept as it is (a snapshot of the session); @positions,
 * one per entity of @dataset, are copied. */
TautanBriefingDialog *tautan_briefing_dialog_new         (GtkWindow             *parent,
                                                          TautanDataset         *dataset,
                                                          TautanWorkspace       *workspace,
                                                          const TautanPoint     *positions);
/* The options chosen; the strings stay owned by the dialog, and the
 * positions are left for the caller to set. */
void                  tautan_briefing_dialog_get_options (TautanBriefingDialog  *self,
                                                          TautanBriefingOptions *options);
/* For tests: whether the preview is shown, and its pages. */
gboolean              tautan_briefing_dialog_get_preview_ready (TautanBriefingDialog *self);
GdkPaintable         *tautan_briefing_dialog_get_preview_page  (TautanBriefingDialog *self,
                                                                guint                 index);

G_END_DECLS
