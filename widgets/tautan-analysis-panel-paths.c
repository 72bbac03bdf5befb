/* tautan-analysis-panel-paths.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Owns the analysis popover's Paths page: two actors picked by name, the
 * shortest chains of events between them listed step by step with their
 * events, and their actors lit on the canvas.
 */

#define G_LOG_DOMAIN "tautan-analysis-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "tautan/tautan-count.h"
#include "tautan/tautan-paths.h"
#include "tautan/tautan-text.h"

#include "tautan-analysis-panel-private.h"


/* The choosers follow the session's dataset (cheap: they search the
 * shared index only when opened). An edit makes a new dataset, and the
 * window hands the panel its session afresh: the actors chosen stay
 * chosen, by id, while the dataset has them. */
void
_tautan_analysis_panel_set_actors_dataset (TautanAnalysisPanel *self)
{
  TautanEntityChooser *choosers[] = { self->path_from, self->path_to };
  TautanDataset *dataset = self->session != NULL ? tautan_session_get_dataset (self->session) : NULL;

  for (guint i = 0; i < G_N_ELEMENTS (choosers); i++)
    {
      if (tautan_entity_chooser_get_dataset (choosers[i]) == dataset)
        continue;
      tautan_entity_chooser_set_dataset (choosers[i], dataset);
      if (self->path_ids[i] != NULL && dataset != NULL)
        tautan_entity_chooser_set_entity (choosers[i], tautan_dataset_lookup_entity (dataset, self->path_ids[i]));
    }
}

static void
actor_chosen_cb (TautanAnalysisPanel *self,
                 GParamSpec          *pspec,
                 TautanEntityChooser *chooser)
{
  TautanDataset *dataset = tautan_entity_chooser_get_dataset (chooser);
  guint entity = tautan_entity_chooser_get_entity (chooser);
  char **id = &self->path_ids[chooser == self->path_from ? 0 : 1];
  TautanEntity e;

  /* None: a new dataset without it, which keeps it for the next. */
  if (dataset == NULL || entity == TAUTAN_NONE)
    return;
  tautan_dataset_get_entity (dataset, entity, &e);
  g_free (*id);
  *id = g_strdup (e.id);
}

void
_tautan_analysis_panel_paths_init (TautanAnalysisPanel *self)
{
  TautanEntityChooser *choosers[] = { self->path_from, self->path_to };

  for (guint i = 0; i < G_N_ELEMENTS (choosers); i++)
    {
      tautan_entity_chooser_set_none (choosers[i], _("Choose an actor"), FALSE);
      g_signal_connect_object (choosers[i], "notify::entity", G_CALLBACK (actor_chosen_cb), self,
                               G_CONNECT_SWAPPED);
    }
}

static int
compare_event_dates (gconstpointer a,
                     gconstpointer b,
                     gpointer      data)
{
  TautanEvent x, y;

  tautan_dataset_get_event (data, *(const guint *)a, &x);
  tautan_dataset_get_event (data, *(const guint *)b, &y);
  if (x.start != y.start)
    return x.start < y.start ? -1 : 1;
  return *(const guint *)a < *(const guint *)b ? -1 : *(const guint *)a > *(const guint *)b;
}

static GtkWidget *
step_label (const char *text,
            gboolean    dim)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 46);
  if (dim)
    gtk_widget_add_css_class (label, "dim-label");
  return label;
}

void
_tautan_analysis_panel_find_paths_cb (TautanAnalysisPanel *self)
{
  TautanDataset *dataset;
  g_autoptr(GPtrArray) paths = NULL;
  g_autofree guint8 *focus = NULL;
  TautanTimeSpan span;
  gboolean truncated = FALSE;
  guint from, to;

  if (self->session == NULL)
    return;
  for (GtkWidget *c; (c = gtk_widget_get_first_child (GTK_WIDGET (self->path_list))) != NULL;)
    gtk_box_remove (self->path_list, c);
  self->n_paths = 0;
  from = tautan_entity_chooser_get_entity (self->path_from);
  to = tautan_entity_chooser_get_entity (self->path_to);
  if (from == TAUTAN_NONE || to == TAUTAN_NONE || from == to)
    {
      gtk_label_set_text (self->path_note, _("Pick two different actors."));
      return;
    }
  dataset = tautan_session_get_dataset (self->session);
  span = tautan_session_get_span (self->session);
  paths = tautan_paths_find (dataset, tautan_session_get_filter (self->session), &span, from, to,
                             TAUTAN_PATHS_DEFAULT_CAP, &truncated);
  self->n_paths = paths->len;
  if (paths->len == 0)
    {
      gtk_label_set_text (self->path_note, _("No chain of events links them in the window."));
      if (self->graph_view != NULL && !self->ego_focused)
        tautan_graph_view_set_focus (self->graph_view, NULL);
      return;
    }
  {
    const TautanPath *first = paths->pdata[0];
    /* TRANSLATORS: above the list of chains: their number and their length */
    g_autofree char *note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s shortest chain of %u steps%s.",
                                                          "%s shortest chains of %u steps%s.", paths->len),
                                             tautan_count_format (paths->len), first->steps->len,
                                             truncated ? _(" (the first ones only)") : "");

    gtk_label_set_text (self->path_note, note);
  }

  focus = g_new0 (guint8, MAX (tautan_dataset_get_n_entities (dataset), 1));
  for (guint p = 0; p < paths->len; p++)
    {
      const TautanPath *path = paths->pdata[p];
      g_autoptr(GString) title = g_string_new (NULL);
      GtkWidget *expander, *steps;

      for (guint k = 0; k < path->entities->len; k++)
        {
          TautanEntity e;
          guint entity = g_array_index (path->entities, guint, k);
          g_autofree char *name = NULL;

          focus[entity] = 1;
          tautan_dataset_get_entity (dataset, entity, &e);
          name = tautan_text_isolate (e.name, TAUTAN_TEXT_MAX_NAME);
          g_string_append_printf (title, "%s%s", k ? " → " : "", name);
        }
      g_string_append_printf (title, g_dngettext (GETTEXT_PACKAGE, " (%s event)", " (%s events)", path->n_events),
                              tautan_count_format (path->n_events));
      expander = gtk_expander_new (title->str);
      gtk_expander_set_expanded (GTK_EXPANDER (expander), p == 0);
      gtk_label_set_wrap (GTK_LABEL (gtk_expander_get_label_widget (GTK_EXPANDER (expander))), TRUE);
      steps = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      gtk_widget_set_margin_start (steps, 18);
      for (guint k = 0; k < path->steps->len; k++)
        {
          /* Read as a story: the step's events by date. */
          g_autoptr(GArray) events = g_array_copy (path->steps->pdata[k]);
          TautanEntity a, b;
          g_autofree char *hop = NULL;

          g_array_sort_with_data (events, compare_event_dates, dataset);

          tautan_dataset_get_entity (dataset, g_array_index (path->entities, guint, k), &a);
          tautan_dataset_get_entity (dataset, g_array_index (path->entities, guint, k + 1), &b);
          hop = g_strdup_printf ("%s — %s", a.name, b.name);
          gtk_box_append (GTK_BOX (steps), step_label (hop, FALSE));
          for (guint i = 0; i < events->len; i++)
            {
              TautanEvent ev;
              g_autofree char *day = NULL;
              g_autofree char *line = NULL;

              tautan_dataset_get_event (dataset, g_array_index (events, guint, i), &ev);
              day = tautan_day_format_human (ev.start);
              line = g_strdup_printf ("%s · %s", day, ev.summary ? ev.summary : ev.id);
              gtk_box_append (GTK_BOX (steps), step_label (line, TRUE));
            }
        }
      gtk_expander_set_child (GTK_EXPANDER (expander), steps);
      gtk_box_append (self->path_list, expander);
    }
  if (self->graph_view != NULL)
    tautan_graph_view_set_focus (self->graph_view, focus);
}

/**
 * tautan_analysis_panel_find_paths:
 *
 * Lists and highlights the shortest chains of events from @from to @to
 * in the window (entity indexes), as the Find Chains button does.
 *
 * Returns: how many chains were found
 */
guint
tautan_analysis_panel_find_paths (TautanAnalysisPanel *self,
                                  guint                from,
                                  guint                to)
{
  g_return_val_if_fail (TAUTAN_IS_ANALYSIS_PANEL (self), 0);

  tautan_entity_chooser_set_entity (self->path_from, from);
  tautan_entity_chooser_set_entity (self->path_to, to);
  _tautan_analysis_panel_find_paths_cb (self);
  return self->n_paths;
}

void
_tautan_analysis_panel_clear_paths (TautanAnalysisPanel *self)
{
  for (GtkWidget *c; (c = gtk_widget_get_first_child (GTK_WIDGET (self->path_list))) != NULL;)
    gtk_box_remove (self->path_list, c);
  gtk_label_set_text (self->path_note, "");
  self->n_paths = 0;
}
