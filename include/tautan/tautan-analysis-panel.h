/* tautan-analysis-panel.h: the window's analysis tools: the composed filter and what changed
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "tautan/tautan-graph-view.h"
#include "tautan/tautan-rankings.h"
#include "tautan/tautan-session.h"

G_BEGIN_DECLS

#define TAUTAN_TYPE_ANALYSIS_PANEL (tautan_analysis_panel_get_type ())

G_DECLARE_FINAL_TYPE (TautanAnalysisPanel, tautan_analysis_panel, TAUTAN, ANALYSIS_PANEL, GtkWidget)

GtkWidget       *tautan_analysis_panel_new            (void);
/* The session whose filter it edits ("session"). */
TautanSession   *tautan_analysis_panel_get_session    (TautanAnalysisPanel  *self);
void             tautan_analysis_panel_set_session    (TautanAnalysisPanel  *self,
                                                       TautanSession        *session);
/* The canvas it colours by change ("graph-view"). */
TautanGraphView *tautan_analysis_panel_get_graph_view (TautanAnalysisPanel  *self);
void             tautan_analysis_panel_set_graph_view (TautanAnalysisPanel  *self,
                                                       TautanGraphView      *graph_view);
/* Compares @before with @after: the summary, the legend's counts and
 * the canvas coloured by change; the window spans both periods. */
void             tautan_analysis_panel_compare        (TautanAnalysisPanel  *self,
                                                       const TautanTimeSpan *before,
                                                       const TautanTimeSpan *after);
void             tautan_analysis_panel_clear_compare  (TautanAnalysisPanel  *self);
const char      *tautan_analysis_panel_get_summary    (TautanAnalysisPanel  *self);
/* The rankings page: computed off the main thread while it shows. */
const TautanRankings *tautan_analysis_panel_get_rankings (TautanAnalysisPanel *self);
/* The ego page: actors in the focused network, 0 when none. */
guint            tautan_analysis_panel_get_ego_size   (TautanAnalysisPanel  *self);
guint            tautan_analysis_panel_find_paths     (TautanAnalysisPanel  *self,
                                                       guint                 from,
                                                       guint                 to);

G_END_DECLS
