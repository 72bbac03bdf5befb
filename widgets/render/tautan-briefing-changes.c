/* tautan-briefing-changes.c: a briefing's page of what changed between two periods
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A saved view that compares two periods prints “What changed, A → B”:
 * the canvas in the colours of the change classes (drawn by the same
 * scene code as the window, tautan_changes_compute() as the popover and
 * `tautan analyze --changes` use it), then the changes in words: the
 * summary, and class by class every link with its counts, the dates of
 * its events in each period and their sources, numbered as in the
 * appendix, so each line leads back to what reports it; then the actors
 * new and no longer seen, with when. */

#define G_LOG_DOMAIN "tautan-briefing"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tautan/tautan-count.h"

#include "tautan-briefing-private.h"

#define MAX_LINKS   40   /* links listed per class of change */
#define MAX_DATES   8    /* events dated per period on a link's line */
#define MAX_ACTORS  24   /* actors listed as new or no longer seen */

/* The passing events of one link in each period, by date. */
typedef struct
{
  GArray *events[2];
} PairEvents;

static void
pair_events_free (gpointer data)
{
  PairEvents *pair = data;

  g_clear_pointer (&pair->events[0], g_array_unref);
  g_clear_pointer (&pair->events[1], g_array_unref);
  g_free (pair);
}

char *
_tautan_briefing_format_comparison (const TautanTimeSpan *before,
                                    const TautanTimeSpan *after)
{
  g_autofree char *first = tautan_time_span_format_human (before);
  g_autofree char *second = tautan_time_span_format_human (after);

  /* TRANSLATORS: two periods compared, the earlier first: “1 Jun 2023 –
   * 18 Jun 2024 → 19 Jun 2024 – 18 Jun 2025” */
  return g_strdup_printf (_("%s → %s"), first, second);
}

static gint
compare_by_start (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  TautanDataset *dataset = user_data;
  guint ia = *(const guint *)a, ib = *(const guint *)b;
  TautanEvent ea, eb;

  tautan_dataset_get_event (dataset, ia, &ea);
  tautan_dataset_get_event (dataset, ib, &eb);
  if (ea.start != eb.start)
    return ea.start < eb.start ? -1 : 1;
  return ia < ib ? -1 : ia > ib;
}

void
_tautan_briefing_view_compare (Doc                  *doc,
                               BriefingView         *bv,
                               const TautanTimeSpan *before,
                               const TautanTimeSpan *after)
{
  g_autoptr(TautanFilter) all_weights = tautan_filter_with_min_weight (doc->filter, 0);
  TautanTimeSpan both = { MIN (before->from, after->from), MAX (before->to, after->to) };
  GHashTableIter iter;
  PairEvents *pair;

  /* The window spans both periods, as the popover sets it. */
  bv->view.span = both;
  bv->view.cumulative = FALSE;
  bv->slice = tautan_slice_new (doc->dataset, &both, FALSE);
  bv->changes = tautan_changes_compute (doc->dataset, doc->filter, before, after);
  bv->view.changes = bv->changes;
  bv->passing = g_hash_table_new (NULL, NULL);
  bv->change_events = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, pair_events_free);

  for (guint p = 0; p < 2; p++)
    {
      GArray *events = tautan_filter_list_events (all_weights, doc->dataset, p == 0 ? before : after);

      bv->period_events[p] = events;
      for (guint i = 0; i < events->len; i++)
        {
          guint index = g_array_index (events, guint, i);
          TautanEvent e;

          g_hash_table_add (bv->passing, GUINT_TO_POINTER (index + 1));
          tautan_dataset_get_event (doc->dataset, index, &e);
          /* Each link the event makes, as tautan_changes_compute() counts it. */
          for (guint a = 0; a < e.n_actors; a++)
            for (guint t = 0; t < e.n_targets; t++)
              {
                gint64 key = ((gint64)e.actors[a] << 32) | e.targets[t];
                GArray *list;

                if (e.actors[a] == e.targets[t] ||
                    tautan_changes_find (bv->changes, e.actors[a], e.targets[t]) == NULL)
                  continue;
                pair = g_hash_table_lookup (bv->change_events, &key);
                if (pair == NULL)
                  {
                    pair = g_new0 (PairEvents, 1);
                    pair->events[0] = g_array_new (FALSE, FALSE, sizeof (guint));
                    pair->events[1] = g_array_new (FALSE, FALSE, sizeof (guint));
                    g_hash_table_insert (bv->change_events, g_memdup2 (&key, sizeof key), pair);
                  }
                list = pair->events[p];
                if (list->len == 0 || g_array_index (list, guint, list->len - 1) != index)
                  g_array_append_val (list, index);
              }
        }
    }

  g_hash_table_iter_init (&iter, bv->change_events);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *)&pair))
    for (guint p = 0; p < 2; p++)
      g_array_sort_with_data (pair->events[p], compare_by_start, doc->dataset);
}

void
_tautan_briefing_view_compare_clear (BriefingView *bv)
{
  g_clear_pointer (&bv->changes, tautan_changes_free);
  g_clear_pointer (&bv->period_events[0], g_array_unref);
  g_clear_pointer (&bv->period_events[1], g_array_unref);
  g_clear_pointer (&bv->change_events, g_hash_table_unref);
}

static const char *
entity_name (Doc   *doc,
             guint  entity)
{
  TautanEntity e;

  tautan_dataset_get_entity (doc->dataset, entity, &e);
  return _tautan_briefing_name (doc, e.name);
}

/* “12 Mar 2023 [2]; Sep 2023 [5, 7] and 3 more”: each event's date, as
 * precise as its sources, and its sources, numbered as in the appendix. */
static char *
format_dates (Doc    *doc,
              GArray *events)
{
  GString *out = g_string_new (NULL);
  guint shown = MIN (events->len, MAX_DATES);

  for (guint i = 0; i < shown; i++)
    {
      TautanEvent e;
      g_autofree char *date = NULL;

      tautan_dataset_get_event (doc->dataset, g_array_index (events, guint, i), &e);
      date = _tautan_briefing_event_date (&e);
      if (i > 0)
        /* TRANSLATORS: between the dated events of a link in one period */
        g_string_append (out, _("; "));
      g_string_append (out, date);
      if (e.n_sources > 0)
        {
          g_string_append (out, " [");
          for (guint s = 0; s < e.n_sources; s++)
            g_string_append_printf (out, "%s%u", s > 0 ? ", " : "", e.sources[s] + 1);
          g_string_append_c (out, ']');
        }
    }
  if (events->len > shown)
    g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, " and %s more", " and %s more",
                                              events->len - shown),
                            tautan_count_format (events->len - shown));
  return g_string_free (out, FALSE);
}

/* One link: who → whom, its counts and main event type, then the dates
 * and sources of its events before and after. */
static void
draw_link (Doc                    *doc,
           BriefingView           *bv,
           const TautanChangeEdge *c)
{
  TautanTaxonomy *taxonomy = tautan_dataset_get_taxonomy (doc->dataset);
  gint64 key = ((gint64)c->source << 32) | c->target;
  PairEvents *pair = g_hash_table_lookup (bv->change_events, &key);
  guint type = c->count_after > 0 ? c->type_after : c->type_before;
  g_autofree char *counts = NULL;
  g_autofree char *head = NULL;
  g_autoptr(GString) when = g_string_new (NULL);
  g_autoptr(PangoLayout) head_layout = NULL;
  g_autoptr(PangoLayout) when_layout = NULL;
  double indent = 14, width = doc->right - doc->left - indent;
  double height;

  /* TRANSLATORS: a link's events in the first and the second period compared */
  counts = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s → %s event", "%s → %s events",
                                         MAX (c->count_before, c->count_after)),
                            tautan_count_format (c->count_before), tautan_count_format (c->count_after));
  if (type < tautan_taxonomy_get_n_types (taxonomy))
    {
      const char *label = tautan_taxonomy_get_event_type (taxonomy, type)->label;

      head = g_markup_printf_escaped ("<b>%s → %s</b>   %s · %s", entity_name (doc, c->source),
                                      entity_name (doc, c->target), counts, _tautan_briefing_line (doc, label));
    }
  else
    head = g_markup_printf_escaped ("<b>%s → %s</b>   %s", entity_name (doc, c->source),
                                    entity_name (doc, c->target), counts);

  for (guint p = 0; pair != NULL && p < 2; p++)
    {
      g_autofree char *dates = NULL;
      g_autofree char *line = NULL;

      if (pair->events[p]->len == 0)
        continue;
      dates = format_dates (doc, pair->events[p]);
      /* TRANSLATORS: the dated events of a link in the first (Before) or
       * the second (After) period compared, with their sources' numbers */
      line = g_markup_printf_escaped (p == 0 ? _("Before: %s") : _("After: %s"), dates);
      g_string_append_printf (when, "%s%s", when->len > 0 ? "\n" : "", line);
    }

  head_layout = _tautan_briefing_layout (doc, SMALL_SIZE + 0.5, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL,
                                         doc->right - doc->left, head);
  if (when->len > 0)
    {
      when_layout = _tautan_briefing_layout (doc, TINY_SIZE, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL,
                                             width, when->str);
      pango_layout_set_spacing (when_layout, (int)(1.5 * PANGO_SCALE));
    }
  height = _tautan_briefing_layout_height (head_layout) +
           (when_layout ? 2 + _tautan_briefing_layout_height (when_layout) : 0);
  if (height <= doc->bottom - doc->top - 30)
    _tautan_briefing_need (doc, height);
  _tautan_briefing_flow (doc, head_layout, doc->left, &ink_text, FALSE, FALSE, 0, NULL);
  if (when_layout != NULL)
    {
      doc->y += 2;
      _tautan_briefing_flow (doc, when_layout, doc->left + indent, &ink_dim, FALSE, FALSE, 0, NULL);
    }
  doc->y += 7;
}

static void
more_line (Doc   *doc,
           guint  more)
{
  g_autofree char *text = NULL;

  if (more == 0)
    return;
  /* TRANSLATORS: under a list of changed links cut short */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "… and %s more link, listed by `tautan analyze --changes`.",
                                       "… and %s more links, listed by `tautan analyze --changes`.", more),
                          tautan_count_format (more));
  _tautan_briefing_paragraph (doc, text, SMALL_SIZE, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC, &ink_dim,
                              0, 4, TRUE);
}

/* How active each entity is in one period: its passing events (once per
 * event, whatever its roles), the first and the last of them. */
typedef struct
{
  guint count;
  guint first;    /* event indexes */
  guint last;
} Activity;

static TautanDay
event_start (Doc   *doc,
             guint  index)
{
  TautanEvent e;

  tautan_dataset_get_event (doc->dataset, index, &e);
  return e.start;
}

static Activity *
measure_activity (Doc    *doc,
                  GArray *events)
{
  guint n = tautan_dataset_get_n_entities (doc->dataset);
  Activity *activity = g_new0 (Activity, MAX (n, 1));

  for (guint i = 0; i < events->len; i++)
    {
      guint index = g_array_index (events, guint, i);
      TautanEvent e;

      tautan_dataset_get_event (doc->dataset, index, &e);
      for (guint k = 0; k < e.n_actors + e.n_targets; k++)
        {
          guint x = k < e.n_actors ? e.actors[k] : e.targets[k - e.n_actors];
          gboolean seen = FALSE;

          for (guint j = 0; j < k && !seen; j++)
            seen = (j < e.n_actors ? e.actors[j] : e.targets[j - e.n_actors]) == x;
          if (seen || x >= n)
            continue;
          if (activity[x].count == 0 || e.start < event_start (doc, activity[x].first))
            activity[x].first = index;
          if (activity[x].count == 0 || e.start > event_start (doc, activity[x].last))
            activity[x].last = index;
          activity[x].count++;
        }
    }
  return activity;
}

static void
draw_actors (Doc        *doc,
             GArray     *actors,
             Activity   *activity,
             gboolean    is_new,
             const char *title)
{
  g_autofree char *heading = NULL;

  if (actors->len == 0)
    return;
  /* TRANSLATORS: a heading of the change list: a class of change and how many */
  heading = g_strdup_printf (_("%s (%s)"), title, tautan_count_format (actors->len));
  _tautan_briefing_heading (doc, heading, 11.5, 10, 6);
  for (guint i = 0; i < MIN (actors->len, MAX_ACTORS); i++)
    {
      guint x = g_array_index (actors, guint, i);
      TautanEvent e;
      g_autofree char *day = NULL;
      g_autofree char *words = NULL;
      g_autofree char *markup = NULL;

      tautan_dataset_get_event (doc->dataset, is_new ? activity[x].first : activity[x].last, &e);
      day = _tautan_briefing_event_date (&e);
      if (is_new)
        /* TRANSLATORS: a new actor's events in the second period, and the date of the first */
        words = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s event; first: %s", "%s events; first: %s",
                                              activity[x].count),
                                 tautan_count_format (activity[x].count), day);
      else
        /* TRANSLATORS: an actor no longer seen: its events in the first period, and the date of the last */
        words = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s event; last: %s", "%s events; last: %s",
                                              activity[x].count),
                                 tautan_count_format (activity[x].count), day);
      markup = g_markup_printf_escaped ("<b>%s</b>   %s", entity_name (doc, x), words);
      _tautan_briefing_paragraph (doc, markup, SMALL_SIZE + 0.5, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL,
                                  &ink_text, 0, 4, TRUE);
    }
  if (actors->len > MAX_ACTORS)
    {
      guint more = actors->len - MAX_ACTORS;
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "… and %s more actor.",
                                                            "… and %s more actors.", more),
                                               tautan_count_format (more));

      _tautan_briefing_paragraph (doc, text, SMALL_SIZE, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC, &ink_dim,
                                  0, 4, TRUE);
    }
}

void
_tautan_briefing_changes (Doc          *doc,
                          BriefingView *bv)
{
  const TautanChanges *changes = bv->changes;
  g_autofree char *summary = tautan_changes_summarize (changes, doc->dataset);
  g_autofree char *summary_markup = g_markup_escape_text (_tautan_briefing_paragraph_text (doc, summary), -1);
  g_autofree Activity *before = measure_activity (doc, bv->period_events[0]);
  g_autofree Activity *after = measure_activity (doc, bv->period_events[1]);
  guint first = 0;

  _tautan_briefing_heading (doc, _("What changed, link by link"), 12.5, 16, 6);
  _tautan_briefing_paragraph (doc, summary_markup, BODY_SIZE, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL,
                              &ink_text, 0, 4, FALSE);

  /* The edges come sorted by class, the biggest change first. */
  for (guint kind = 0; kind < TAUTAN_N_CHANGES; kind++)
    {
      guint n = changes->n_edges[kind];
      g_autofree char *heading = NULL;

      if (n == 0)
        continue;
      heading = g_strdup_printf (_("%s (%s)"), tautan_change_kind_get_label (kind), tautan_count_format (n));
      _tautan_briefing_heading (doc, heading, 11.5, 10, 6);
      for (guint i = 0; i < MIN (n, MAX_LINKS); i++)
        draw_link (doc, bv, &g_array_index (changes->edges, TautanChangeEdge, first + i));
      more_line (doc, n > MAX_LINKS ? n - MAX_LINKS : 0);
      first += n;
    }

  draw_actors (doc, changes->new_actors, after, TRUE, _("New actors"));
  draw_actors (doc, changes->vanished_actors, before, FALSE, _("Actors no longer seen"));
}
