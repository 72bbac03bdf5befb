/* tautan-briefing-content.c: what a briefing says about its views
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The content of a briefing, found before anything is drawn: for each
 * saved view the events behind its selection (an edge's in both
 * directions, by date) and its quotes ranked strongest first; then the
 * blocks drawn from it: the summary page, a view's events, its key quotes
 * up to a page's worth, and the appendix of the quotes left over. */

#define G_LOG_DOMAIN "tautan-briefing"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tautan/tautan-count.h"
#include "tautan/tautan-saved-view.h"

#include "tautan-briefing-private.h"
#include "tautan-render-filter-private.h"

#define SUMMARY_ACTORS   6      /* the main actors named on the summary page */
#define MAX_EVENTS       60     /* events listed on a view's page */
#define QUOTE_MIN_CHARS  25     /* a sane quote: a phrase, not a word, */
#define QUOTE_MAX_CHARS  600    /* and not a page */

static char *
format_day (TautanDay day)
{
  if (day == TAUTAN_DAY_NONE)
    return g_strdup (_("undated"));
  return tautan_day_format_human (day);
}

char *
_tautan_briefing_format_window (const TautanTimeSpan *span,
                                gboolean              cumulative)
{
  if (cumulative)
    {
      g_autofree char *to = tautan_day_format_human (span->to);

      return g_strdup_printf (_("Up to %s"), to);
    }
  return tautan_time_span_format_human (span);
}

char *
_tautan_briefing_format_view_period (BriefingView *bv)
{
  TautanTimeSpan before, after;

  if (tautan_saved_view_get_comparison (bv->saved, &before, &after))
    return _tautan_briefing_format_comparison (&before, &after);
  return _tautan_briefing_format_window (&bv->view.span, bv->view.cumulative);
}

static gint
compare_by_start (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  TautanDataset *dataset = user_data;
  guint32 ia = *(const guint32 *)a, ib = *(const guint32 *)b;
  TautanEvent ea, eb;

  tautan_dataset_get_event (dataset, ia, &ea);
  tautan_dataset_get_event (dataset, ib, &eb);
  if (ea.start != eb.start)
    return ea.start < eb.start ? -1 : 1;
  return ia < ib ? -1 : ia > ib;
}

/* The events behind the view's selection, those of the window when
 * nothing is selected; those of hidden types or joining hidden kinds are
 * left out, as the graph leaves them out. */
static GArray *
list_events (Doc           *doc,
             BriefingView  *bv)
{
  const TautanView *view = &bv->view;
  GArray *events;
  g_autoptr(GArray) kept = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autofree guint8 *kind_cache = g_new0 (guint8, MAX (tautan_dataset_get_n_entities (doc->dataset), 1));

  /* Rolled up, a group stands for its members and a link joins two
   * groups: their events, as the canvas counts them. */
  if (bv->rollup != NULL && view->selected_entity != TAUTAN_NONE &&
      tautan_rollup_find_group (bv->rollup, view->selected_entity) != NULL)
    events = tautan_rollup_list_events (bv->rollup, doc->dataset, view->selected_entity, TAUTAN_NONE, TAUTAN_NONE);
  else if (bv->rollup != NULL && view->selected_source != TAUTAN_NONE)
    {
      g_autoptr(GArray) back = tautan_rollup_list_events (bv->rollup, doc->dataset, TAUTAN_NONE,
                                                          view->selected_target, view->selected_source);

      events = tautan_rollup_list_events (bv->rollup, doc->dataset, TAUTAN_NONE, view->selected_source,
                                          view->selected_target);
      if (view->selected_source != view->selected_target)
        g_array_append_vals (events, back->data, back->len);
      g_array_sort_with_data (events, compare_by_start, doc->dataset);
    }
  else if (view->selected_entity != TAUTAN_NONE)
    events = tautan_slice_list_events (bv->slice, view->selected_entity, TAUTAN_NONE, TAUTAN_NONE);
  else if (view->selected_source != TAUTAN_NONE)
    {
      g_autoptr(GArray) back = tautan_slice_list_events (bv->slice, TAUTAN_NONE,
                                                         view->selected_target,
                                                         view->selected_source);

      /* A link is read both ways: Kim → Putin and Putin → Kim. */
      events = tautan_slice_list_events (bv->slice, TAUTAN_NONE, view->selected_source,
                                         view->selected_target);
      if (view->selected_source != view->selected_target)
        g_array_append_vals (events, back->data, back->len);
      g_array_sort_with_data (events, compare_by_start, doc->dataset);
    }
  else
    events = tautan_slice_list_events (bv->slice, TAUTAN_NONE, TAUTAN_NONE, TAUTAN_NONE);

  for (guint i = 0; i < events->len; i++)
    {
      guint32 index = g_array_index (events, guint32, i);
      TautanEvent e;

      /* The composed filter's, or a comparison's periods' events only. */
      if (bv->passing != NULL && !g_hash_table_contains (bv->passing, GUINT_TO_POINTER (index + 1)))
        continue;
      tautan_dataset_get_event (doc->dataset, index, &e);
      if (tautan_event_shown (doc->dataset, &e, view->hidden_kinds, &view->hidden_types, kind_cache, NULL))
        g_array_append_val (kept, index);
    }
  g_array_unref (events);
  return g_steal_pointer (&kept);
}

/* Attribution certain counts most, then a named speaker, then a length
 * that reads as a statement. */
static int
quote_strength (TautanDataset *dataset,
                guint          index)
{
  TautanQuote q;
  glong length;
  int score = 0;

  tautan_dataset_get_quote (dataset, index, &q);
  length = g_utf8_strlen (q.text, -1);
  if (q.attribution_certain)
    score += 4;
  if (q.speaker != TAUTAN_NONE || (q.speaker_text != NULL && *q.speaker_text))
    score += 2;
  if (length >= QUOTE_MIN_CHARS && length <= QUOTE_MAX_CHARS)
    score += 1;
  return score;
}

typedef struct
{
  guint32 quote;
  int     strength;
  guint   order;     /* the event's place in the date order, then the quote's */
} RankedQuote;

static gint
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const RankedQuote *ra = a, *rb = b;

  if (ra->strength != rb->strength)
    return rb->strength - ra->strength;
  return ra->order < rb->order ? -1 : ra->order > rb->order;
}

/* The quotes of the selection's events, and an actor's own words in the
 * window, each once, strongest first. */
static GArray *
rank_quotes (Doc          *doc,
             BriefingView *bv)
{
  g_autoptr(GArray) ranked = g_array_new (FALSE, FALSE, sizeof (RankedQuote));
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  GArray *out;

  if (bv->view.selected_entity == TAUTAN_NONE && bv->view.selected_source == TAUTAN_NONE)
    return g_array_new (FALSE, FALSE, sizeof (guint32));

  for (guint i = 0; i < bv->events->len; i++)
    {
      TautanEvent e;

      tautan_dataset_get_event (doc->dataset, g_array_index (bv->events, guint32, i), &e);
      for (guint j = 0; j < e.n_quotes; j++)
        if (g_hash_table_add (seen, GUINT_TO_POINTER (e.quotes[j] + 1)))
          {
            RankedQuote r = { e.quotes[j], quote_strength (doc->dataset, e.quotes[j]), ranked->len };

            g_array_append_val (ranked, r);
          }
    }
  if (bv->view.selected_entity != TAUTAN_NONE)
    {
      g_autoptr(GArray) own = tautan_slice_list_quotes (bv->slice, bv->view.selected_entity);

      for (guint i = 0; i < own->len; i++)
        {
          guint32 q = g_array_index (own, guint32, i);

          if (g_hash_table_add (seen, GUINT_TO_POINTER (q + 1)))
            {
              RankedQuote r = { q, quote_strength (doc->dataset, q), ranked->len };

              g_array_append_val (ranked, r);
            }
        }
    }

  g_array_sort (ranked, compare_ranked);
  out = g_array_sized_new (FALSE, FALSE, sizeof (guint32), ranked->len);
  for (guint i = 0; i < ranked->len; i++)
    g_array_append_val (out, g_array_index (ranked, RankedQuote, i).quote);
  return out;
}

/* Under a composed filter, the edges of its events in the window (as
 * the canvas draws them) and which events pass. */
static void
add_filter_edges (Doc          *doc,
                  BriefingView *bv)
{
  TautanTimeSpan span = bv->view.span;
  g_autoptr(GArray) events = NULL;

  if (tautan_filter_is_empty (doc->filter))
    return;
  if (bv->view.cumulative)
    span.from = TAUTAN_DAY_MIN;
  events = tautan_filter_list_events (doc->filter, doc->dataset, &span);
  bv->passing = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < events->len; i++)
    g_hash_table_add (bv->passing, GUINT_TO_POINTER (g_array_index (events, guint, i) + 1));
  bv->filter_edges = tautan_filter_aggregate_edges (doc->filter, doc->dataset, &span, events);
  /* Kept for the rings of events with no target. */
  bv->filter_edges->events = g_steal_pointer (&events);
  bv->view.filter_edges = bv->filter_edges;
}

/* Drawn rolled up as the analyst saw it. */
static void
add_rollup (Doc          *doc,
            BriefingView *bv)
{
  const char * const *expanded;
  g_autoptr(GHashTable) open = NULL;
  TautanTimeSpan span = bv->view.span;

  if (!tautan_saved_view_get_rollup (bv->saved, &expanded))
    return;
  open = g_hash_table_new (NULL, NULL);
  for (guint i = 0; expanded[i] != NULL; i++)
    {
      guint entity = tautan_dataset_lookup_entity (doc->dataset, expanded[i]);

      if (entity != TAUTAN_NONE)
        g_hash_table_add (open, GUINT_TO_POINTER (entity + 1));
    }
  if (bv->view.cumulative)
    span.from = TAUTAN_DAY_MIN;
  bv->rollup = tautan_rollup_compute (doc->dataset, doc->filter, &span, open);
  bv->view.rollup = bv->rollup;
}

BriefingView *
_tautan_briefing_view_new (Doc             *doc,
                           TautanSavedView *saved)
{
  BriefingView *bv = g_new0 (BriefingView, 1);
  const char *entity_id = tautan_saved_view_get_entity (saved);
  const char *source_id, *target_id;
  const char *title;
  TautanTimeSpan before, after;

  bv->saved = g_object_ref (saved);
  tautan_view_init (&bv->view);
  bv->view.span = tautan_saved_view_get_span (saved);
  bv->view.cumulative = tautan_saved_view_get_cumulative (saved);
  bv->view.hidden_kinds = doc->hidden_kinds;
  bv->view.hidden_types = doc->hidden_types;
  tautan_saved_view_get_edge (saved, &source_id, &target_id);
  if (entity_id != NULL)
    bv->view.selected_entity = tautan_dataset_lookup_entity (doc->dataset, entity_id);
  else if (source_id != NULL && target_id != NULL &&
           tautan_dataset_lookup_entity (doc->dataset, source_id) != TAUTAN_NONE &&
           tautan_dataset_lookup_entity (doc->dataset, target_id) != TAUTAN_NONE)
    {
      bv->view.selected_source = tautan_dataset_lookup_entity (doc->dataset, source_id);
      bv->view.selected_target = tautan_dataset_lookup_entity (doc->dataset, target_id);
    }

  title = _tautan_briefing_line (doc, tautan_saved_view_get_title (saved));
  bv->heading = *title != '\0' ? title
                               : _tautan_briefing_line (doc, tautan_saved_view_get_name (saved));
  bv->marking = _tautan_briefing_verbatim_line (doc, tautan_saved_view_get_marking (saved));
  if (*bv->marking == '\0')
    bv->marking = NULL;

  /* The filter's words go with every view; its edges are drawn. */
  bv->view.filter = doc->filter;
  if (tautan_saved_view_get_comparison (saved, &before, &after))
    _tautan_briefing_view_compare (doc, bv, &before, &after);
  else
    {
      bv->slice = tautan_slice_new (doc->dataset, &bv->view.span, bv->view.cumulative);
      add_filter_edges (doc, bv);
      add_rollup (doc, bv);
    }
  bv->events = list_events (doc, bv);
  bv->quotes = rank_quotes (doc, bv);
  bv->n_printed = bv->quotes->len;
  return bv;
}

void
_tautan_briefing_view_free (BriefingView *bv)
{
  g_clear_object (&bv->saved);
  g_clear_object (&bv->slice);
  g_clear_pointer (&bv->rollup, tautan_rollup_free);
  g_clear_pointer (&bv->filter_edges, tautan_filter_edges_free);
  g_clear_pointer (&bv->passing, g_hash_table_unref);
  _tautan_briefing_view_compare_clear (bv);
  g_clear_pointer (&bv->events, g_array_unref);
  g_clear_pointer (&bv->quotes, g_array_unref);
  g_free (bv);
}

/* "Kim Jong Un, Choe Son Hui" */
static void
append_names (Doc           *doc,
              GString       *out,
              const guint32 *entities,
              guint          n)
{
  for (guint i = 0; i < n; i++)
    {
      TautanEntity e;

      tautan_dataset_get_entity (doc->dataset, entities[i], &e);
      if (i > 0)
        g_string_append (out, ", ");
      g_string_append (out, _tautan_briefing_name (doc, e.name));
    }
}

static const char *
status_label (TautanStatus status)
{
  switch (status)
    {
    case TAUTAN_STATUS_CLAIMED:
      return C_("event status", "claimed");
    case TAUTAN_STATUS_DENIED:
      return C_("event status", "denied");
    case TAUTAN_STATUS_CONFIRMED:
      return C_("event status", "confirmed");
    case TAUTAN_STATUS_REPORTED:
    case TAUTAN_N_STATUSES:
    default:
      return C_("event status", "reported");
    }
}

/* "12 Jun 2024", "Jun 2024", "2019" as precise as the sources are. */
static char *
format_event_date (const TautanEvent    *e,
                   const TautanTimeSpan *span)
{
  int y0, m0, d0, y1, m1, d1;

  if (e->start == e->end)
    return format_day (e->start);
  if (e->start == TAUTAN_DAY_NONE || e->end == TAUTAN_DAY_NONE)
    return g_strdup (_("undated"));
  tautan_day_to_ymd (e->start, &y0, &m0, &d0);
  tautan_day_to_ymd (e->end, &y1, &m1, &d1);
  if (e->precision == TAUTAN_PRECISION_MONTH && y0 == y1 && m0 == m1 && d0 == 1 &&
      d1 == tautan_days_in_month (y1, m1))
    {
      g_autoptr(GDateTime) dt = g_date_time_new_utc (y0, m0, 1, 0, 0, 0);

      return tautan_date_time_format (dt, "%b %Y");
    }
  if (e->precision == TAUTAN_PRECISION_YEAR && y0 == y1 && m0 == 1 && d0 == 1 && m1 == 12 && d1 == 31)
    return g_strdup_printf ("%d", y0);
  return tautan_time_span_format_human (span);
}

char *
_tautan_briefing_event_date (const TautanEvent *e)
{
  TautanTimeSpan span = { e->start, e->end };

  return format_event_date (e, &span);
}

/* One event: its date and who did what to whom, then its type, status
 * and sources (numbered as in the appendix), then its summary. Returns
 * its height; drawn only when @draw. */
static double
draw_event (Doc      *doc,
            guint     index,
            gboolean  draw)
{
  TautanTaxonomy *taxonomy = tautan_dataset_get_taxonomy (doc->dataset);
  TautanEvent e;
  TautanTimeSpan span;
  g_autofree char *date = NULL;
  g_autofree char *head = NULL;
  g_autofree char *meta = NULL;
  g_autofree char *summary = NULL;
  g_autoptr(GString) who = g_string_new (NULL);
  g_autoptr(GString) sources = g_string_new (NULL);
  g_autoptr(PangoLayout) head_layout = NULL;
  g_autoptr(PangoLayout) meta_layout = NULL;
  g_autoptr(PangoLayout) summary_layout = NULL;
  const char *text;
  double indent = 14, width = doc->right - doc->left - indent;
  double height;

  tautan_dataset_get_event (doc->dataset, index, &e);
  span.from = e.start;
  span.to = e.end;
  date = format_event_date (&e, &span);

  append_names (doc, who, e.actors, e.n_actors);
  if (e.n_targets > 0)
    {
      g_string_append (who, " → ");
      append_names (doc, who, e.targets, e.n_targets);
    }
  for (guint i = 0; i < e.n_sources; i++)
    {
      TautanSource s;

      tautan_dataset_get_source (doc->dataset, e.sources[i], &s);
      g_string_append_printf (sources, "%s%s [%u]", i ? "; " : "", _tautan_briefing_line (doc, s.outlet),
                              e.sources[i] + 1);
    }

  head = g_markup_printf_escaped ("<b>%s</b>   %s", date, who->str);
  /* TRANSLATORS: an event's type, its status, and the sources that report it */
  meta = g_markup_printf_escaped (_("%s · %s · sources: %s"),
                                  _tautan_briefing_line (doc, tautan_taxonomy_get_event_type (taxonomy, e.type)->label),
                                  status_label (e.status),
                                  sources->len > 0 ? sources->str : _("none"));
  head_layout = _tautan_briefing_layout (doc, SMALL_SIZE + 0.5, PANGO_WEIGHT_NORMAL,
                                         PANGO_STYLE_NORMAL, doc->right - doc->left, head);
  meta_layout = _tautan_briefing_layout (doc, TINY_SIZE, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL,
                                         width, meta);
  text = _tautan_briefing_prose (doc, e.summary);
  if (*text != '\0')
    {
      summary = g_markup_escape_text (text, -1);
      summary_layout = _tautan_briefing_layout (doc, TINY_SIZE, PANGO_WEIGHT_NORMAL,
                                                PANGO_STYLE_NORMAL, width, summary);
      pango_layout_set_spacing (summary_layout, (int)(1.5 * PANGO_SCALE));
    }

  height = _tautan_briefing_layout_height (head_layout) + 2 +
           _tautan_briefing_layout_height (meta_layout) +
           (summary_layout ? 2 + _tautan_briefing_layout_height (summary_layout) : 0);
  if (!draw)
    return height;
  if (height <= doc->bottom - doc->top - 30)
    _tautan_briefing_need (doc, height);
  _tautan_briefing_flow (doc, head_layout, doc->left, &ink_text, FALSE, FALSE, 0, NULL);
  doc->y += 2;
  _tautan_briefing_flow (doc, meta_layout, doc->left + indent, &ink_dim, FALSE, FALSE, 0, NULL);
  if (summary_layout != NULL)
    {
      doc->y += 2;
      _tautan_briefing_flow (doc, summary_layout, doc->left + indent, &ink_text, FALSE, FALSE, 0,
                             NULL);
    }
  doc->y += 8;
  return height;
}

void
_tautan_briefing_events (Doc          *doc,
                         BriefingView *bv)
{
  guint n = bv->events->len;
  gboolean selected = bv->view.selected_entity != TAUTAN_NONE ||
                      bv->view.selected_source != TAUTAN_NONE;

  /* The heading goes with its first event, which is kept whole (as the
   * key quotes' with theirs). */
  if (n > 0)
    {
      double height = 16 + 12.5 * 1.4 + 8 + draw_event (doc, g_array_index (bv->events, guint32, 0), FALSE);

      if (height <= doc->bottom - doc->top - 60)
        _tautan_briefing_need (doc, height);
    }
  _tautan_briefing_heading (doc, selected ? _("Events behind the selection") : _("Events in this window"),
                            12.5, 16, 8);
  if (n == 0)
    {
      _tautan_briefing_paragraph (doc,
                                  selected ? _("No event in this window lies behind the selection.")
                                           : _("No event falls in this window."),
                                  SMALL_SIZE, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC, &ink_dim,
                                  0, 0, FALSE);
      return;
    }
  for (guint i = 0; i < MIN (n, MAX_EVENTS); i++)
    draw_event (doc, g_array_index (bv->events, guint32, i), TRUE);
  if (n > MAX_EVENTS)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "… and %s more event, listed in the app’s events table.",
                                                            "… and %s more events, listed in the app’s events table.",
                                                            n - MAX_EVENTS),
                                               tautan_count_format (n - MAX_EVENTS));

      _tautan_briefing_paragraph (doc, more, SMALL_SIZE, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC,
                                  &ink_dim, 0, 0, TRUE);
    }
}

/* A quote's words, set apart; its English gloss; and beneath, who said it
 * and where: the citation, with the source numbered as in the appendix.
 * @draw FALSE only measures. */
static double
quote_block (Doc      *doc,
             guint     index,
             gboolean  draw)
{
  TautanQuote q;
  TautanSource s;
  g_autofree char *markup = NULL;
  g_autofree char *date = NULL;
  g_autoptr(GString) cite = g_string_new ("— ");
  double indent = 14;
  double width = doc->right - doc->left - indent;
  g_autoptr(PangoLayout) text = NULL;
  g_autoptr(PangoLayout) gloss = NULL;
  g_autoptr(PangoLayout) cite_layout = NULL;
  double height;

  tautan_dataset_get_quote (doc->dataset, index, &q);
  tautan_dataset_get_source (doc->dataset, q.source, &s);

  if (q.speaker != TAUTAN_NONE)
    {
      TautanEntity e;

      tautan_dataset_get_entity (doc->dataset, q.speaker, &e);
      g_string_append (cite, _tautan_briefing_name (doc, e.name));
    }
  else if (q.speaker_text != NULL && *q.speaker_text)
    g_string_append (cite, _tautan_briefing_name (doc, q.speaker_text));
  else
    g_string_append (cite, _("speaker not named"));
  if (!q.attribution_certain)
    g_string_append_printf (cite, " (%s)", _("attribution uncertain"));
  if (q.n_relayed_by > 0)
    {
      g_string_append (cite, _(", via "));
      append_names (doc, cite, q.relayed_by, q.n_relayed_by);
    }
  date = format_day (s.published);
  g_string_append_printf (cite, ". %s, “%s”, %s [%u].", _tautan_briefing_line (doc, s.outlet),
                          _tautan_briefing_line (doc, s.title), date, q.source + 1);

  markup = g_markup_printf_escaped ("“%s”", _tautan_briefing_paragraph_text (doc, q.text));
  text = _tautan_briefing_layout (doc, BODY_SIZE, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC, width,
                                  markup);
  pango_layout_set_spacing (text, (int)(2.5 * PANGO_SCALE));
  g_clear_pointer (&markup, g_free);
  if (q.gloss != NULL)
    {
      markup = g_markup_printf_escaped (_("English: %s"),
                                        _tautan_briefing_paragraph_text (doc, q.gloss));
      gloss = _tautan_briefing_layout (doc, SMALL_SIZE, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL,
                                       width, markup);
      pango_layout_set_spacing (gloss, (int)(1.5 * PANGO_SCALE));
      g_clear_pointer (&markup, g_free);
    }
  markup = g_markup_escape_text (_tautan_briefing_paragraph_text (doc, cite->str), -1);
  cite_layout = _tautan_briefing_layout (doc, TINY_SIZE, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL,
                                         width, markup);
  pango_layout_set_spacing (cite_layout, (int)(1.5 * PANGO_SCALE));

  height = _tautan_briefing_layout_height (text) + 3 +
           (gloss ? _tautan_briefing_layout_height (gloss) + 3 : 0) +
           _tautan_briefing_layout_height (cite_layout);
  if (!draw)
    return height + 12;

  /* Keep a quote with its citation when the whole fits on a page. */
  if (height <= doc->bottom - doc->top - 30)
    _tautan_briefing_need (doc, height);
  _tautan_briefing_flow (doc, text, doc->left + indent, &ink_text, FALSE, TRUE, 0, NULL);
  doc->y += 3;
  if (gloss != NULL)
    {
      _tautan_briefing_flow (doc, gloss, doc->left + indent, &ink_dim, FALSE, TRUE, 3, NULL);
      doc->y += 3;
    }
  _tautan_briefing_flow (doc, cite_layout, doc->left + indent, &ink_dim, FALSE, TRUE, 3, NULL);
  doc->y += 12;
  return height + 12;
}

/* The strongest quotes, up to a page's worth (always one); the rest go to
 * the appendix. */
void
_tautan_briefing_key_quotes (Doc          *doc,
                             BriefingView *bv)
{
  double budget = doc->bottom - doc->top - 60;
  double used = 0;

  /* The heading goes with its first quote, which is kept whole: its two
   * lines of body were not enough to keep them together, and the page
   * ended on the heading. */
  if (bv->quotes->len > 0)
    {
      double height = 16 + 12.5 * 1.4 + 8 + quote_block (doc, g_array_index (bv->quotes, guint32, 0), FALSE);

      if (height <= budget)
        _tautan_briefing_need (doc, height);
    }
  _tautan_briefing_heading (doc, _("Key quotes"), 12.5, 16, 8);
  bv->n_printed = 0;
  if (bv->quotes->len == 0)
    {
      const char *why = bv->view.selected_entity == TAUTAN_NONE && bv->view.selected_source == TAUTAN_NONE
                        ? _("Nothing is selected in this view, so no quotes are singled out.")
                        /* TRANSLATORS: "window" is the time window, the period selected on the timeline. */
                        : _("No quote in this window lies behind the selection.");

      _tautan_briefing_paragraph (doc, why, SMALL_SIZE, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC,
                                  &ink_dim, 0, 0, FALSE);
      return;
    }
  for (guint i = 0; i < bv->quotes->len; i++)
    {
      guint32 q = g_array_index (bv->quotes, guint32, i);
      double height = quote_block (doc, q, FALSE);

      if (i > 0 && used + height > budget)
        break;
      quote_block (doc, q, TRUE);
      used += height;
      bv->n_printed = i + 1;
    }
  if (bv->n_printed < bv->quotes->len)
    {
      guint rest = bv->quotes->len - bv->n_printed;
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%s further quote is in the appendix.",
                                                            "%s further quotes are in the appendix.",
                                                            rest),
                                               tautan_count_format (rest));

      _tautan_briefing_paragraph (doc, more, SMALL_SIZE, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC,
                                  &ink_dim, 0, 0, TRUE);
    }
}

gboolean
_tautan_briefing_has_further_quotes (Doc *doc)
{
  for (guint i = 0; i < doc->views->len; i++)
    {
      BriefingView *bv = g_ptr_array_index (doc->views, i);

      if (bv->n_printed < bv->quotes->len)
        return TRUE;
    }
  return FALSE;
}

/* The quotes the view pages had no room for, under their views. */
void
_tautan_briefing_further_quotes (Doc *doc)
{
  doc->continued = _("Appendix: Further quotes");
  _tautan_briefing_paragraph (doc, _("Appendix"), SMALL_SIZE, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL,
                              &ink_accent, 0, 4, FALSE);
  _tautan_briefing_paragraph (doc, _("Further quotes"), 18, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL,
                              &ink_text, 0, 8, FALSE);
  for (guint i = 0; i < doc->views->len; i++)
    {
      BriefingView *bv = g_ptr_array_index (doc->views, i);

      if (bv->n_printed >= bv->quotes->len)
        continue;
      _tautan_briefing_heading (doc, bv->heading, 12.5, 12, 8);
      for (guint j = bv->n_printed; j < bv->quotes->len; j++)
        quote_block (doc, g_array_index (bv->quotes, guint32, j), TRUE);
    }
  doc->continued = NULL;
}

typedef struct
{
  guint entity;
  guint count;
} ActorCount;

static gint
compare_actor_count (gconstpointer a,
                     gconstpointer b)
{
  const ActorCount *ca = a, *cb = b;

  if (ca->count != cb->count)
    return ca->count > cb->count ? -1 : 1;
  return ca->entity < cb->entity ? -1 : ca->entity > cb->entity;
}

/* The busiest actors over the union of the views' events, each event
 * counted once, with their counts. */
static char *
main_actors (Doc   *doc,
             guint *n_events)
{
  guint n_entities = tautan_dataset_get_n_entities (doc->dataset);
  g_autofree guint *counts = g_new0 (guint, MAX (n_entities, 1));
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) ranked = g_array_new (FALSE, FALSE, sizeof (ActorCount));
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < doc->views->len; i++)
    {
      BriefingView *bv = g_ptr_array_index (doc->views, i);

      for (guint j = 0; j < bv->events->len; j++)
        {
          guint32 index = g_array_index (bv->events, guint32, j);
          TautanEvent e;

          if (!g_hash_table_add (seen, GUINT_TO_POINTER (index + 1)))
            continue;
          tautan_dataset_get_event (doc->dataset, index, &e);
          for (guint k = 0; k < e.n_actors; k++)
            counts[e.actors[k]]++;
          for (guint k = 0; k < e.n_targets; k++)
            {
              gboolean also_actor = FALSE;

              for (guint m = 0; m < e.n_actors; m++)
                also_actor |= e.actors[m] == e.targets[k];
              if (!also_actor)
                counts[e.targets[k]]++;
            }
        }
    }
  *n_events = g_hash_table_size (seen);

  for (guint i = 0; i < n_entities; i++)
    if (counts[i] > 0)
      {
        ActorCount c = { i, counts[i] };

        g_array_append_val (ranked, c);
      }
  g_array_sort (ranked, compare_actor_count);
  for (guint i = 0; i < MIN (ranked->len, SUMMARY_ACTORS); i++)
    {
      const ActorCount *c = &g_array_index (ranked, ActorCount, i);
      TautanEntity e;

      tautan_dataset_get_entity (doc->dataset, c->entity, &e);
      if (i > 0)
        g_string_append (out, ", ");
      /* TRANSLATORS: an actor and the number of events it takes part in */
      g_string_append_printf (out, _("%s (%s)"), _tautan_briefing_name (doc, e.name), tautan_count_format (c->count));
    }
  return g_string_free (out, FALSE);
}

static void
summary_row (Doc        *doc,
             const char *label,
             const char *value)
{
  g_autofree char *label_markup = g_markup_escape_text (label, -1);
  g_autofree char *value_markup = g_markup_escape_text (value, -1);
  g_autoptr(PangoLayout) key = _tautan_briefing_layout (doc, SMALL_SIZE, PANGO_WEIGHT_BOLD,
                                                        PANGO_STYLE_NORMAL, -1, label_markup);
  double y = doc->y;

  _tautan_briefing_set_ink (doc->cr, &ink_dim);
  cairo_move_to (doc->cr, doc->left, y + 1.5);
  pango_cairo_show_layout (doc->cr, key);
  _tautan_briefing_paragraph (doc, value_markup, BODY_SIZE, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL,
                              &ink_text, 96, 6, TRUE);
}

/* What the briefing answers, over which periods, who acts most, and a
 * line per view. */
void
_tautan_briefing_summary_page (Doc *doc)
{
  const char *description = _tautan_briefing_prose (doc, tautan_dataset_get_description (doc->dataset));
  g_autofree char *actors = NULL;
  g_autoptr(GString) periods = g_string_new (NULL);
  g_autofree char *events = NULL;
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  guint n_events = 0;

  doc->continued = _("Summary");
  _tautan_briefing_paragraph (doc, _("Summary"), 18, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL,
                              &ink_text, 0, 14, FALSE);

  summary_row (doc, _("Question"), doc->title);
  if (*description != '\0')
    summary_row (doc, _("Context"), description);

  for (guint i = 0; i < doc->views->len; i++)
    {
      BriefingView *bv = g_ptr_array_index (doc->views, i);
      g_autofree char *window = _tautan_briefing_format_view_period (bv);
      g_autofree char *listed = g_strdup_printf ("; %s;", periods->str);
      g_autofree char *needle = g_strdup_printf ("; %s;", window);

      /* Views of the same period share one mention. */
      if (strstr (listed, needle) == NULL)
        g_string_append_printf (periods, "%s%s", periods->len ? "; " : "", window);
    }
  summary_row (doc, _("Periods"), periods->len > 0 ? periods->str : _("no saved views"));
  {
    g_autofree char *filters = _tautan_render_filter_describe (doc->dataset, doc->filter, doc->hidden_kinds,
                                                               &doc->hidden_types, FALSE);

    /* TRANSLATORS: the summary's row of the filters every view applies */
    summary_row (doc, _("Filters"), filters != NULL ? _tautan_briefing_line (doc, filters)
                                                    : _("none: every event counts"));
  }

  actors = main_actors (doc, &n_events);
  summary_row (doc, _("Main actors"), *actors != '\0' ? actors : _("no events behind the views"));
  events = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s event across the views",
                                         "%s events across the views", n_events),
                            tautan_count_format (n_events));
  summary_row (doc, _("Events"), events);

  for (guint i = 0; i < doc->views->len; i++)
    {
      BriefingView *bv = g_ptr_array_index (doc->views, i);
      g_autofree char *window = _tautan_briefing_format_view_period (bv);
      g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s event", "%s events",
                                                             bv->events->len),
                                                tautan_count_format (bv->events->len));
      g_autofree char *line = NULL;

      /* TRANSLATORS: a view's number, its title, its period and its number of events */
      line = g_markup_printf_escaped (_("%u.  <b>%s</b> — %s — %s"), i + 1, bv->heading, window, count);
      if (bv->marking != NULL)
        {
          g_autofree char *marking = g_markup_printf_escaped ("  · %s", bv->marking);
          char *joined = g_strconcat (line, marking, NULL);

          g_free (line);
          line = joined;
        }
      g_ptr_array_add (lines, g_steal_pointer (&line));
    }

  /* Two views or fewer go with their heading, or the second could end
   * up alone on a page of its own (the list keeps its last two
   * together, not its first with the heading). */
  if (lines->len == 1 || lines->len == 2)
    {
      double height = 18 + 12.5 * 1.4 + 8;

      for (guint i = 0; i < lines->len; i++)
        height += _tautan_briefing_paragraph_height (doc, g_ptr_array_index (lines, i), BODY_SIZE,
                                                     PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, 0) + 6;
      _tautan_briefing_need (doc, height);
    }
  _tautan_briefing_heading (doc, _("Views"), 12.5, 18, 8);
  if (doc->views->len == 0)
    _tautan_briefing_paragraph (doc, _("The workspace has no saved views."), SMALL_SIZE,
                                PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC, &ink_dim, 0, 0, FALSE);
  _tautan_briefing_list (doc, (const char *const *)lines->pdata, lines->len, BODY_SIZE, PANGO_WEIGHT_NORMAL,
                         PANGO_STYLE_NORMAL, &ink_text, 6);
  doc->continued = NULL;
}
