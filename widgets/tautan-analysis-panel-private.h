/* tautan-analysis-panel-private.h: the analysis popover's state, shared by its pages' files
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tautan/tautan-analysis-panel.h"
#include "tautan/tautan-changes.h"
#include "tautan/tautan-entity-chooser.h"
#include "tautan/tautan-rankings.h"

G_BEGIN_DECLS

struct _TautanAnalysisPanel
{
  GtkWidget        parent_instance;

  /* The value list waits for the panel to show before it is filled
   * again (see _tautan_analysis_panel_ensure_lists). */
  gboolean         lists_stale;

  GtkLabel        *no_filters_label;
  GtkFlowBox      *chips;
  GtkDropDown     *state_media_drop;
  GtkSpinButton   *weight_spin;
  GtkDropDown     *field_drop;
  GtkSearchEntry  *value_search;
  GtkListView     *value_list;
  GtkLabel        *values_empty;
  GtkEntry        *before_from;
  GtkEntry        *before_to;
  GtkEntry        *after_from;
  GtkEntry        *after_to;
  GtkButton       *compare_button;
  GtkButton       *clear_button;
  GtkGrid         *legend_grid;
  GtkLabel        *summary_label;
  GtkLabel        *legend_counts[TAUTAN_N_CHANGES];
  GtkStack        *pages;
  GtkDropDown     *rank_drop;
  GtkSpinner      *rank_spinner;
  GtkLabel        *rank_note;
  GtkListBox      *rank_list;
  GtkSwitch       *ego_switch;
  GtkSwitch       *rollup_switch;
  GtkSpinButton   *depth_spin;
  GtkLabel        *ego_label;
  TautanEntityChooser *path_from;
  TautanEntityChooser *path_to;
  char            *path_ids[2];  /* the actors chosen there, by id */
  GtkButton       *path_button;
  GtkLabel        *path_note;
  GtkBox          *path_list;

  TautanSession   *session;
  GSignalGroup    *session_signals;
  TautanGraphView *graph_view;
  char            *summary;
  GCancellable    *rank_cancellable;
  TautanRankings  *rankings;
  guint            ego_members;  /* with the centre; 0: no focus */
  GBytes          *ego_events;   /* a byte per event of the focused network, or NULL */
  guint            n_paths;
  guint            ego_focused : 1;
  TautanFilterField value_field;  /* the criterion the value list shows */
  GtkStringList   *value_model;   /* the list view's: its values */
  GtkStringFilter *value_filter;  /* the list view's: the search */
  GPtrArray       *choice_list;   /* TautanFilterChoice of value_field */
  GHashTable      *choices;       /* value → TautanFilterChoice in choice_list */
  GHashTable      *value_checks;  /* the bound rows' check buttons */

  guint            syncing : 1;
};

/* tautan-analysis-panel-filters.c */
void _tautan_analysis_panel_filters_class_init (GtkWidgetClass *widget_class);
void _tautan_analysis_panel_filters_init (TautanAnalysisPanel *self);
void _tautan_analysis_panel_filters_dispose (TautanAnalysisPanel *self);
void _tautan_analysis_panel_filters_fill (TautanAnalysisPanel *self);
void _tautan_analysis_panel_filters_sync (TautanAnalysisPanel *self);

/* tautan-analysis-panel-paths.c */
void _tautan_analysis_panel_paths_init (TautanAnalysisPanel *self);
void _tautan_analysis_panel_set_actors_dataset (TautanAnalysisPanel *self);
void _tautan_analysis_panel_ensure_lists (TautanAnalysisPanel *self);
void _tautan_analysis_panel_find_paths_cb (TautanAnalysisPanel *self);
void _tautan_analysis_panel_clear_paths (TautanAnalysisPanel *self);

G_END_DECLS
