/* tautan-analysis-panel.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Owns the window's analysis popover: the Filters page (in
 * tautan-analysis-panel-filters.c), and the comparison of two periods:
 * the canvas coloured by change, a legend with the counts, and the summary in words; and the
 * rankings of the window's actors, computed on a worker thread, each
 * with its trend against the period of the same length before; and the
 * ego network of the selected actor, the rest of the canvas dimmed; and
 * the shortest chains of events between two actors, listed step by step
 * and highlighted the same way.
 */

#define G_LOG_DOMAIN "tautan-analysis-panel"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "tautan/tautan-analysis-panel.h"
#include "tautan/tautan-changes.h"
#include "tautan/tautan-count.h"
#include "tautan/tautan-ego.h"
#include "tautan/tautan-rankings.h"
#include "tautan/tautan-rollup.h"
#include "tautan/tautan-render-color.h"

#include "tautan-analysis-panel-private.h"


G_DEFINE_FINAL_TYPE (TautanAnalysisPanel, tautan_analysis_panel, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_GRAPH_VIEW,
  PROP_EGO_EVENTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void sync_comparison (TautanAnalysisPanel *self);

/* The chips and controls follow the session's filter, and so does a
 * comparison. */
static void
filter_changed_cb (TautanAnalysisPanel *self)
{
  _tautan_analysis_panel_filters_sync (self);
  sync_comparison (self);
}

/* What changed */

static void
set_day (GtkEntry  *entry,
         TautanDay  day)
{
  g_autofree char *text = tautan_day_format (day);

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
}

/* The window now against the period of the same length before it; when
 * the data has nothing before the window (the whole span shown), its
 * first half against its second. */
static void
default_periods (TautanAnalysisPanel *self)
{
  TautanTimeSpan span = tautan_session_get_span (self->session);
  TautanTimeSpan data = tautan_dataset_get_span (tautan_session_get_dataset (self->session));
  TautanDay length = span.to - span.from + 1;

  if (span.from - 1 < data.from && length >= 2)
    {
      TautanDay middle = span.from + length / 2;

      set_day (self->before_from, span.from);
      set_day (self->before_to, middle - 1);
      set_day (self->after_from, middle);
      set_day (self->after_to, span.to);
      return;
    }
  set_day (self->before_from, span.from - length);
  set_day (self->before_to, span.from - 1);
  set_day (self->after_from, span.from);
  set_day (self->after_to, span.to);
}

static gboolean
read_day (GtkEntry  *entry,
          TautanDay *day)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  gboolean ok = tautan_day_parse (text, strlen (text), day);

  if (ok)
    gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
  return ok;
}

static void
show_problem (TautanAnalysisPanel *self,
              const char          *problem)
{
  gtk_label_set_text (self->summary_label, problem);
  gtk_widget_add_css_class (GTK_WIDGET (self->summary_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->summary_label), TRUE);
}

static void
compare_clicked_cb (TautanAnalysisPanel *self)
{
  TautanTimeSpan before, after;
  gboolean ok = TRUE;

  if (self->session == NULL)
    return;
  ok &= read_day (self->before_from, &before.from);
  ok &= read_day (self->before_to, &before.to);
  ok &= read_day (self->after_from, &after.from);
  ok &= read_day (self->after_to, &after.to);
  if (!ok)
    {
      show_problem (self, _("Give each period's first and last day as YYYY-MM-DD."));
      return;
    }
  if (before.from > before.to || after.from > after.to)
    {
      show_problem (self, _("A period ends before it starts."));
      return;
    }
  tautan_analysis_panel_compare (self, &before, &after);
}

static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        data)
{
  TautanRgba color = tautan_rgba_from_rgb (tautan_change_kind_rgb (GPOINTER_TO_UINT (data)), 1.0);

  tautan_rgba_set_source (&color, cr);
  cairo_rectangle (cr, 0, height / 2.0 - 2, width, 4);
  cairo_fill (cr);
}

static void
build_legend (TautanAnalysisPanel *self)
{
  for (guint k = 0; k < TAUTAN_N_CHANGES; k++)
    {
      GtkWidget *swatch = gtk_drawing_area_new ();
      GtkWidget *name = gtk_label_new (tautan_change_kind_get_label (k));
      GtkWidget *count = gtk_label_new ("0");

      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (swatch), 24);
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (swatch), 12);
      gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (swatch), draw_swatch, GUINT_TO_POINTER (k), NULL);
      gtk_label_set_xalign (GTK_LABEL (name), 0);
      gtk_widget_set_hexpand (name, TRUE);
      gtk_label_set_xalign (GTK_LABEL (count), 1);
      gtk_widget_add_css_class (count, "numeric");
      gtk_grid_attach (self->legend_grid, swatch, 0, k, 1, 1);
      gtk_grid_attach (self->legend_grid, name, 1, k, 1, 1);
      gtk_grid_attach (self->legend_grid, count, 2, k, 1, 1);
      self->legend_counts[k] = GTK_LABEL (count);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->legend_grid), FALSE);
}

/* The session's comparison, shown: the periods in the entries, the
 * changes of the events passing the session's filter counted in the
 * legend and said in the summary, and drawn on the canvas. Follows the
 * comparison (set, undone, a view gone to, a workspace opened), the
 * filter and the dataset (a curation edit renumbers the entities). */
static void
sync_comparison (TautanAnalysisPanel *self)
{
  g_autoptr(TautanChanges) changes = NULL;
  TautanTimeSpan before, after;
  TautanDataset *dataset;

  if (self->session == NULL || !tautan_session_get_comparison (self->session, &before, &after))
    {
      g_clear_pointer (&self->summary, g_free);
      gtk_widget_set_visible (GTK_WIDGET (self->summary_label), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->legend_grid), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->clear_button), FALSE);
      if (self->graph_view != NULL && tautan_graph_view_get_changes (self->graph_view) != NULL)
        tautan_graph_view_set_changes (self->graph_view, NULL);
      return;
    }

  dataset = tautan_session_get_dataset (self->session);
  set_day (self->before_from, before.from);
  set_day (self->before_to, before.to);
  set_day (self->after_from, after.from);
  set_day (self->after_to, after.to);

  changes = tautan_changes_compute (dataset, tautan_session_get_filter (self->session), &before, &after);
  g_free (self->summary);
  self->summary = tautan_changes_summarize (changes, dataset);
  gtk_label_set_text (self->summary_label, self->summary);
  gtk_widget_remove_css_class (GTK_WIDGET (self->summary_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->summary_label), TRUE);
  for (guint k = 0; k < TAUTAN_N_CHANGES; k++)
    {
      g_autofree char *count = g_strdup (tautan_count_format (changes->n_edges[k]));
      gtk_label_set_text (self->legend_counts[k], count);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->legend_grid), TRUE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->clear_button), TRUE);
  if (self->graph_view != NULL)
    tautan_graph_view_set_changes (self->graph_view, g_steal_pointer (&changes));
}

/**
 * tautan_analysis_panel_compare:
 *
 * Compares the events passing the session's filter in @before with
 * those in @after, as an edit of the session: the canvas draws the
 * edges of both in the colour of their change (the session's window is
 * set to span both periods), the legend counts each class, and the
 * summary says it in words.
 */
void
tautan_analysis_panel_compare (TautanAnalysisPanel  *self,
                               const TautanTimeSpan *before,
                               const TautanTimeSpan *after)
{
  TautanTimeSpan both, was_before, was_after;
  gboolean same;

  g_return_if_fail (TAUTAN_IS_ANALYSIS_PANEL (self));
  g_return_if_fail (before != NULL && after != NULL);

  if (self->session == NULL)
    return;

  same = tautan_session_get_comparison (self->session, &was_before, &was_after) &&
         tautan_time_span_equal (&was_before, before) && tautan_time_span_equal (&was_after, after);
  both.from = MIN (before->from, after->from);
  both.to = MAX (before->to, after->to);
  tautan_session_set_cumulative (self->session, FALSE);
  tautan_session_set_span (self->session, &both);
  tautan_session_set_comparison (self->session, before, after);
  /* The same periods again, no change: the entries may hold an error to
   * clear. */
  if (same)
    sync_comparison (self);
}

/**
 * tautan_analysis_panel_clear_compare:
 *
 * Back to the canvas coloured by event type (an edit of the session).
 */
void
tautan_analysis_panel_clear_compare (TautanAnalysisPanel *self)
{
  g_return_if_fail (TAUTAN_IS_ANALYSIS_PANEL (self));

  if (self->session != NULL)
    tautan_session_clear_comparison (self->session);
  sync_comparison (self);
}

/**
 * tautan_analysis_panel_get_summary:
 *
 * Returns: (nullable): the comparison in words, while comparing
 */
const char *
tautan_analysis_panel_get_summary (TautanAnalysisPanel *self)
{
  g_return_val_if_fail (TAUTAN_IS_ANALYSIS_PANEL (self), NULL);
  return self->summary;
}

/* Rankings */

#define MAX_RANKED 15

static void
show_rankings (TautanAnalysisPanel *self)
{
  TautanDataset *dataset;
  guint kind = MIN (gtk_drop_down_get_selected (self->rank_drop), TAUTAN_N_RANKS - 1);
  GArray *ranks;

  if (self->rank_list == NULL)
    return;
  for (GtkWidget *row; (row = gtk_widget_get_first_child (GTK_WIDGET (self->rank_list))) != NULL;)
    gtk_list_box_remove (self->rank_list, row);
  if (self->rankings == NULL || self->session == NULL)
    return;
  dataset = tautan_session_get_dataset (self->session);
  ranks = self->rankings->ranks[kind];
  for (guint i = 0; i < MIN (ranks->len, MAX_RANKED); i++)
    {
      const TautanRankEntry *e = &g_array_index (ranks, TautanRankEntry, i);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
      GtkWidget *place, *name, *value, *trend;
      g_autofree char *place_text = g_strdup (tautan_count_format (e->rank));
      g_autofree char *value_text = kind == TAUTAN_RANK_BETWEENNESS ? g_strdup_printf ("%.1f", e->value)
                                                                     : g_strdup (tautan_count_format ((guint64)MAX (round (e->value), 0)));
      g_autofree char *trend_text = NULL;
      g_autofree char *trend_tip = NULL;
      TautanEntity entity;

      tautan_dataset_get_entity (dataset, e->entity, &entity);
      if (e->rank_before == 0)
        {
          /* TRANSLATORS: an actor not ranked in the previous period */
          trend_text = g_strdup (_("new"));
          trend_tip = g_strdup (_("Not active in the previous period"));
        }
      else
        {
          trend_text = e->rank_before > e->rank ? g_strdup_printf ("▲ %u", e->rank_before - e->rank)
                       : e->rank_before < e->rank ? g_strdup_printf ("▼ %u", e->rank - e->rank_before)
                       : g_strdup ("=");
          /* TRANSLATORS: tooltip of a ranking's trend: the rank and value in the previous period */
          trend_tip = g_strdup_printf (_("Rank %u before (%g)"), e->rank_before, e->value_before);
        }
      place = gtk_label_new (place_text);
      gtk_widget_set_size_request (place, 24, -1);
      gtk_label_set_xalign (GTK_LABEL (place), 1);
      gtk_widget_add_css_class (place, "dim-label");
      name = gtk_label_new (entity.name);
      gtk_label_set_xalign (GTK_LABEL (name), 0);
      gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
      gtk_widget_set_hexpand (name, TRUE);
      value = gtk_label_new (value_text);
      gtk_widget_add_css_class (value, "numeric");
      trend = gtk_label_new (trend_text);
      gtk_widget_set_size_request (trend, 44, -1);
      gtk_label_set_xalign (GTK_LABEL (trend), 1);
      gtk_widget_set_tooltip_text (trend, trend_tip);
      gtk_widget_add_css_class (trend, e->rank_before == 0 || e->rank_before > e->rank ? "success"
                                       : e->rank_before < e->rank ? "warning" : "dim-label");
      gtk_box_append (GTK_BOX (box), place);
      gtk_box_append (GTK_BOX (box), name);
      gtk_box_append (GTK_BOX (box), value);
      gtk_box_append (GTK_BOX (box), trend);
      gtk_widget_set_margin_start (box, 6);
      gtk_widget_set_margin_end (box, 6);
      gtk_widget_set_margin_top (box, 4);
      gtk_widget_set_margin_bottom (box, 4);
      gtk_list_box_append (self->rank_list, box);
    }
}

static void
rankings_ready_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      data)
{
  g_autoptr(TautanAnalysisPanel) self = data;
  g_autoptr(GError) error = NULL;
  TautanRankings *rankings = tautan_rankings_compute_finish (result, &error);
  g_autofree char *before_from = NULL;
  g_autofree char *before_to = NULL;
  g_autofree char *note = NULL;

  /* Disposed meanwhile: the widgets are gone. */
  if (self->pages == NULL)
    {
      g_clear_pointer (&rankings, tautan_rankings_free);
      return;
    }
  if (rankings == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        gtk_label_set_text (self->rank_note, error->message);
      return;
    }
  gtk_spinner_stop (self->rank_spinner);
  g_clear_pointer (&self->rankings, tautan_rankings_free);
  self->rankings = rankings;
  before_from = tautan_day_format_human (rankings->before.from);
  before_to = tautan_day_format_human (rankings->before.to);
  if (rankings->ranks[TAUTAN_RANK_EVENTS]->len == 0)
    note = g_strdup (_("No actor is active in the window."));
  else if (rankings->approximate)
    /* TRANSLATORS: under the rankings; the dates of the previous period */
    note = g_strdup_printf (_("Trend against %s – %s. Betweenness estimated from a sample of actors."),
                            before_from, before_to);
  else
    note = g_strdup_printf (_("Trend against %s – %s."), before_from, before_to);
  gtk_label_set_text (self->rank_note, note);
  show_rankings (self);
}

/* Only while the rankings page shows: betweenness is not free. */
static void
refresh_rankings (TautanAnalysisPanel *self)
{
  TautanTimeSpan span;
  guint *group_of = NULL;

  g_cancellable_cancel (self->rank_cancellable);
  g_clear_object (&self->rank_cancellable);
  if (self->pages == NULL)
    return;
  if (self->session == NULL || g_strcmp0 (gtk_stack_get_visible_child_name (self->pages), "rankings") != 0)
    {
      gtk_spinner_stop (self->rank_spinner);
      return;
    }
  self->rank_cancellable = g_cancellable_new ();
  span = tautan_session_get_span (self->session);
  gtk_spinner_start (self->rank_spinner);
  /* Under the roll-up, the nodes as drawn: groups, not the persons inside them. */
  if (tautan_session_get_rollup (self->session))
    {
      g_autoptr(GHashTable) expanded = tautan_session_dup_expanded_groups (self->session);

      group_of = tautan_rollup_compute_group_of (tautan_session_get_dataset (self->session), expanded);
    }
  tautan_rankings_compute_mapped_async (tautan_session_get_dataset (self->session),
                                        tautan_session_get_filter (self->session), &span, group_of,
                                        self->rank_cancellable, rankings_ready_cb, g_object_ref (self));
}

/**
 * tautan_analysis_panel_get_rankings:
 *
 * Returns: (nullable): the rankings shown, once computed
 */
const TautanRankings *
tautan_analysis_panel_get_rankings (TautanAnalysisPanel *self)
{
  g_return_val_if_fail (TAUTAN_IS_ANALYSIS_PANEL (self), NULL);
  return self->rankings;
}

/* Ego network */

/* The roll-up row: the switch follows the session (undo, a workspace)
 * and edits it. */
static void
rollup_changed_cb (TautanAnalysisPanel *self)
{
  gboolean on = self->session != NULL && tautan_session_get_rollup (self->session);

  gtk_widget_set_sensitive (GTK_WIDGET (self->rollup_switch), self->session != NULL);
  if (gtk_switch_get_active (self->rollup_switch) != on)
    gtk_switch_set_active (self->rollup_switch, on);
}

static void
rollup_switch_cb (TautanAnalysisPanel *self)
{
  gboolean on = gtk_switch_get_active (self->rollup_switch);

  if (self->session != NULL && tautan_session_get_rollup (self->session) != on)
    tautan_session_set_rollup (self->session, on);
}

/* The events of the focused network over the whole data, as the
 * timeline counts them: those that pass the filter and join two of its
 * actors, or have one of them acting on no one. */
static GBytes *
ego_events (TautanDataset      *dataset,
            const TautanFilter *filter,
            const guint8       *focus)
{
  g_autoptr(GArray) passing = tautan_filter_list_events (filter, dataset, NULL);
  guint n = tautan_dataset_get_n_events (dataset);
  guint n_entities = tautan_dataset_get_n_entities (dataset);
  guint8 *mask = g_new0 (guint8, MAX (n, 1));

  for (guint i = 0; i < passing->len; i++)
    {
      guint index = g_array_index (passing, guint, i);
      gboolean actor = FALSE, target = FALSE;
      TautanEvent ev;

      tautan_dataset_get_event (dataset, index, &ev);
      for (guint a = 0; a < ev.n_actors; a++)
        actor |= ev.actors[a] < n_entities && focus[ev.actors[a]];
      for (guint t = 0; t < ev.n_targets; t++)
        target |= ev.targets[t] < n_entities && focus[ev.targets[t]];
      mask[index] = actor && (target || ev.n_targets == 0);
    }
  return g_bytes_new_take (mask, n);
}

static void
set_ego_events (TautanAnalysisPanel *self,
                GBytes              *events)
{
  if (self->ego_events == events ||
      (self->ego_events != NULL && events != NULL && g_bytes_equal (self->ego_events, events)))
    return;
  g_clear_pointer (&self->ego_events, g_bytes_unref);
  self->ego_events = events != NULL ? g_bytes_ref (events) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EGO_EVENTS]);
}

static void
refresh_ego (TautanAnalysisPanel *self)
{
  TautanDataset *dataset;
  g_autoptr(TautanEgo) ego = NULL;
  g_autofree guint8 *focus = NULL;
  g_autofree char *text = NULL;
  TautanTimeSpan span;
  TautanEntity centre;
  guint entity, depth;

  if (self->ego_switch == NULL)
    return;
  self->ego_members = 0;
  entity = self->session ? tautan_session_get_selected_entity (self->session) : TAUTAN_NONE;
  if (self->session == NULL || !gtk_switch_get_active (self->ego_switch) || entity == TAUTAN_NONE)
    {
      /* Only the focus it set: the paths page highlights the same way. */
      if (self->graph_view != NULL && self->ego_focused)
        tautan_graph_view_set_focus (self->graph_view, NULL);
      self->ego_focused = FALSE;
      set_ego_events (self, NULL);
      gtk_label_set_text (self->ego_label, gtk_switch_get_active (self->ego_switch)
                                           ? _("Select an actor on the canvas to focus on it.")
                                           : _("Select an actor on the canvas, then focus on it."));
      return;
    }
  dataset = tautan_session_get_dataset (self->session);
  depth = CLAMP ((guint)gtk_spin_button_get_value_as_int (self->depth_spin), 1, TAUTAN_EGO_MAX_DEPTH);
  span = tautan_session_get_span (self->session);
  ego = tautan_ego_compute (dataset, tautan_session_get_filter (self->session), &span, entity, depth);
  focus = g_new0 (guint8, MAX (tautan_dataset_get_n_entities (dataset), 1));
  for (guint i = 0; i < ego->members->len; i++)
    focus[g_array_index (ego->members, TautanEgoMember, i).entity] = 1;
  self->ego_members = ego->members->len;
  if (self->graph_view != NULL)
    tautan_graph_view_set_focus (self->graph_view, focus);
  {
    g_autoptr(GBytes) events = ego_events (dataset, tautan_session_get_filter (self->session), focus);

    set_ego_events (self, events);
  }
  self->ego_focused = TRUE;
  tautan_dataset_get_entity (dataset, entity, &centre);
  /* TRANSLATORS: “Kim Jong Un and 3 actors within 1 step: 12 events.” */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s and %s actors within %u step: %s events.",
                                       "%s and %s actors within %u steps: %s events.", depth),
                          centre.name, tautan_count_format (ego->members->len - 1), depth,
                          tautan_count_format (ego->events->len));
  gtk_label_set_text (self->ego_label, text);
}

/**
 * tautan_analysis_panel_get_ego_size:
 *
 * Returns: the actors of the focused ego network, its centre included; 0
 *   when nothing is focused
 */
guint
tautan_analysis_panel_get_ego_size (TautanAnalysisPanel *self)
{
  g_return_val_if_fail (TAUTAN_IS_ANALYSIS_PANEL (self), 0);
  return self->ego_members;
}

/* GObject */

/* The filter's value list counts every event: on a dataset of a million
 * that takes a while, so it is filled when the panel shows, not each time
 * a session or an edited dataset arrives. */
void
_tautan_analysis_panel_ensure_lists (TautanAnalysisPanel *self)
{
  if (!self->lists_stale)
    return;
  self->lists_stale = FALSE;
  _tautan_analysis_panel_filters_fill (self);
}

static void
lists_changed_cb (TautanAnalysisPanel *self)
{
  _tautan_analysis_panel_set_actors_dataset (self);
  self->lists_stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    _tautan_analysis_panel_ensure_lists (self);
}

static void
tautan_analysis_panel_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (tautan_analysis_panel_parent_class)->map (widget);
  _tautan_analysis_panel_ensure_lists (TAUTAN_ANALYSIS_PANEL (widget));
}

static void
tautan_analysis_panel_dispose (GObject *object)
{
  TautanAnalysisPanel *self = (TautanAnalysisPanel *)object;

  if (self->session_signals != NULL)
    g_signal_group_set_target (self->session_signals, NULL);
  g_clear_object (&self->session_signals);
  g_clear_object (&self->session);
  if (self->graph_view != NULL)
    g_signal_handlers_disconnect_by_func (self->graph_view, sync_comparison, self);
  g_clear_object (&self->graph_view);
  g_clear_pointer (&self->summary, g_free);
  g_cancellable_cancel (self->rank_cancellable);
  g_clear_object (&self->rank_cancellable);
  g_clear_pointer (&self->rankings, tautan_rankings_free);
  g_clear_pointer (&self->ego_events, g_bytes_unref);
  g_clear_pointer (&self->path_ids[0], g_free);
  g_clear_pointer (&self->path_ids[1], g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), TAUTAN_TYPE_ANALYSIS_PANEL);
  for (GtkWidget *c; (c = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (c);
  _tautan_analysis_panel_filters_dispose (self);

  G_OBJECT_CLASS (tautan_analysis_panel_parent_class)->dispose (object);
}

static void
tautan_analysis_panel_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  TautanAnalysisPanel *self = TAUTAN_ANALYSIS_PANEL (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_GRAPH_VIEW:
      g_value_set_object (value, self->graph_view);
      break;
    case PROP_EGO_EVENTS:
      g_value_set_boxed (value, self->ego_events);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tautan_analysis_panel_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  TautanAnalysisPanel *self = TAUTAN_ANALYSIS_PANEL (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      tautan_analysis_panel_set_session (self, g_value_get_object (value));
      break;
    case PROP_GRAPH_VIEW:
      tautan_analysis_panel_set_graph_view (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tautan_analysis_panel_class_init (TautanAnalysisPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tautan_analysis_panel_dispose;
  widget_class->map = tautan_analysis_panel_map;
  object_class->get_property = tautan_analysis_panel_get_property;
  object_class->set_property = tautan_analysis_panel_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, TAUTAN_TYPE_SESSION,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_GRAPH_VIEW] =
    g_param_spec_object ("graph-view", NULL, NULL, TAUTAN_TYPE_GRAPH_VIEW,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /* A byte per event, nonzero for those of the focused ego network (the
   * timeline counts only them), or NULL without a focus. */
  properties[PROP_EGO_EVENTS] =
    g_param_spec_boxed ("ego-events", NULL, NULL, G_TYPE_BYTES,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TAUTAN_TYPE_ENTITY_CHOOSER);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tautan/Tautan/ui/tautan-analysis-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, TautanAnalysisPanel, no_filters_label);
  gtk_widget_class_bind_template_child (widget_class, TautanAnalysisPanel, chips);
  gtk_widget_class_bind_template_child (widget_class, TautanAnalysisPanel, before_from);
  gtk_widget_class_bind_template_child (widget_class, TautanAnalysisPanel, before_to);
  gtk_widget_class_bind_template_child (widget_class, TautanAnalysisPanel, after_from);
  gtk_widget_class_bind_template_child (widget_class, TautanAnalysisPanel, after_to);
  gtk_widget_class_bind_template_child (widget_class, TautanAnalysisPanel, compare_button);
  gtk_widget_class_bind_template_child (widget_class, TautanAnalysisPanel, clear_button);
  gtk_widget_class_bind_template_child (widget_class, TautanAnalysisPanel, legend_grid);
  gtk_widget_class_bind_template_child (widget_class, TautanAnalysisPanel, summary_label);
  gtk_widget_class_bind_template_child (widget_class, TautanAnalysisPanel, pages);
  gtk_widget_class_bind_template_child (widget_class, TautanAnalysisPanel, rank_drop);
  gtk_widget_class_bind_template_child (widget_class, TautanAnalysisPanel, rank_spinner);
  gtk_widget_class_bind_template_child (widget_class, TautanAnalysisPanel, rank_note);
  gtk_widget_class_bind_template_child (widget_class, TautanAnalysisPanel, rank_list);
  gtk_widget_class_bind_template_child (widget_class, TautanAnalysisPanel, ego_switch);
  gtk_widget_class_bind_template_child (widget_class, TautanAnalysisPanel, rollup_switch);
  gtk_widget_class_bind_template_child (widget_class, TautanAnalysisPanel, depth_spin);
  gtk_widget_class_bind_template_child (widget_class, TautanAnalysisPanel, ego_label);
  gtk_widget_class_bind_template_child (widget_class, TautanAnalysisPanel, path_from);
  gtk_widget_class_bind_template_child (widget_class, TautanAnalysisPanel, path_to);
  gtk_widget_class_bind_template_child (widget_class, TautanAnalysisPanel, path_button);
  gtk_widget_class_bind_template_child (widget_class, TautanAnalysisPanel, path_note);
  gtk_widget_class_bind_template_child (widget_class, TautanAnalysisPanel, path_list);
  _tautan_analysis_panel_filters_class_init (widget_class);
}

static void
tautan_analysis_panel_init (TautanAnalysisPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  build_legend (self);

  _tautan_analysis_panel_filters_init (self);
  g_signal_connect_swapped (self->compare_button, "clicked", G_CALLBACK (compare_clicked_cb), self);
  g_signal_connect_swapped (self->clear_button, "clicked", G_CALLBACK (tautan_analysis_panel_clear_compare), self);
  g_signal_connect_swapped (self->before_from, "activate", G_CALLBACK (compare_clicked_cb), self);
  g_signal_connect_swapped (self->before_to, "activate", G_CALLBACK (compare_clicked_cb), self);
  g_signal_connect_swapped (self->after_from, "activate", G_CALLBACK (compare_clicked_cb), self);
  g_signal_connect_swapped (self->after_to, "activate", G_CALLBACK (compare_clicked_cb), self);

  g_signal_connect_swapped (self->pages, "notify::visible-child-name", G_CALLBACK (refresh_rankings), self);
  g_signal_connect_swapped (self->rank_drop, "notify::selected", G_CALLBACK (show_rankings), self);

  self->session_signals = g_signal_group_new (TAUTAN_TYPE_SESSION);
  g_signal_group_connect_swapped (self->session_signals, "notify::filter", G_CALLBACK (filter_changed_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::dataset", G_CALLBACK (lists_changed_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::dataset", G_CALLBACK (sync_comparison), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::comparison", G_CALLBACK (sync_comparison), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::filter", G_CALLBACK (refresh_rankings), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::span", G_CALLBACK (refresh_rankings), self);
  g_signal_connect_swapped (self->ego_switch, "notify::active", G_CALLBACK (refresh_ego), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::rollup", G_CALLBACK (rollup_changed_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::rollup", G_CALLBACK (refresh_rankings), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::rollup-expanded", G_CALLBACK (refresh_rankings), self);
  g_signal_connect_swapped (self->rollup_switch, "notify::active", G_CALLBACK (rollup_switch_cb), self);
  g_signal_connect_swapped (self->path_button, "clicked", G_CALLBACK (_tautan_analysis_panel_find_paths_cb), self);
  _tautan_analysis_panel_paths_init (self);
  g_signal_connect_swapped (self->depth_spin, "value-changed", G_CALLBACK (refresh_ego), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::selection", G_CALLBACK (refresh_ego), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::span", G_CALLBACK (refresh_ego), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::filter", G_CALLBACK (refresh_ego), self);
}

GtkWidget *
tautan_analysis_panel_new (void)
{
  return g_object_new (TAUTAN_TYPE_ANALYSIS_PANEL, NULL);
}

TautanSession *
tautan_analysis_panel_get_session (TautanAnalysisPanel *self)
{
  g_return_val_if_fail (TAUTAN_IS_ANALYSIS_PANEL (self), NULL);
  return self->session;
}

void
tautan_analysis_panel_set_session (TautanAnalysisPanel *self,
                                   TautanSession       *session)
{
  g_return_if_fail (TAUTAN_IS_ANALYSIS_PANEL (self));
  g_return_if_fail (session == NULL || TAUTAN_IS_SESSION (session));

  if (self->session == session)
    return;
  g_set_object (&self->session, session);
  g_signal_group_set_target (self->session_signals, session);
  /* The periods proposed, unless the session compares its own (below). */
  if (session != NULL)
    default_periods (self);
  lists_changed_cb (self);
  filter_changed_cb (self);
  rollup_changed_cb (self);
  g_clear_pointer (&self->rankings, tautan_rankings_free);
  show_rankings (self);
  refresh_rankings (self);
  gtk_switch_set_active (self->ego_switch, FALSE);
  _tautan_analysis_panel_clear_paths (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

TautanGraphView *
tautan_analysis_panel_get_graph_view (TautanAnalysisPanel *self)
{
  g_return_val_if_fail (TAUTAN_IS_ANALYSIS_PANEL (self), NULL);
  return self->graph_view;
}

void
tautan_analysis_panel_set_graph_view (TautanAnalysisPanel *self,
                                      TautanGraphView     *graph_view)
{
  g_return_if_fail (TAUTAN_IS_ANALYSIS_PANEL (self));
  g_return_if_fail (graph_view == NULL || TAUTAN_IS_GRAPH_VIEW (graph_view));

  if (self->graph_view != NULL)
    g_signal_handlers_disconnect_by_func (self->graph_view, sync_comparison, self);
  if (g_set_object (&self->graph_view, graph_view))
    {
      /* The canvas forgets what it draws when it shows another session. */
      if (graph_view != NULL)
        g_signal_connect_object (graph_view, "notify::session", G_CALLBACK (sync_comparison), self,
                                 G_CONNECT_SWAPPED);
      sync_comparison (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GRAPH_VIEW]);
    }
}
