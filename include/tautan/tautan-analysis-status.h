/* tautan-analysis-status.h: what the canvas is filtered by or compared over, while the popover is closed
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "tautan/tautan-session.h"

G_BEGIN_DECLS

#define TAUTAN_TYPE_ANALYSIS_STATUS (tautan_analysis_status_get_type ())

G_DECLARE_FINAL_TYPE (TautanAnalysisStatus, tautan_analysis_status, TAUTAN, ANALYSIS_STATUS, GtkWidget)

GtkWidget     *tautan_analysis_status_new         (void);
TautanSession *tautan_analysis_status_get_session (TautanAnalysisStatus *self);
void           tautan_analysis_status_set_session (TautanAnalysisStatus *self,
                                                   TautanSession        *session);
/* The lines shown, for tests: %NULL when hidden. */
const char    *tautan_analysis_status_get_comparison_text (TautanAnalysisStatus *self);
const char    *tautan_analysis_status_get_filter_text     (TautanAnalysisStatus *self);

G_END_DECLS
