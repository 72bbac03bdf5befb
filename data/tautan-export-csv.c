/* tautan-export-csv.c: events, edges and quotes as CSV for spreadsheets
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-interop"

#include "config.h"

#include <math.h>
#include <string.h>

#include "tautan-interop-private.h"

/* RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds
 * a comma, a quote or a line break, quotes doubled. UTF-8, with a BOM only
 * when asked (Excel wants one, most other readers do not).
 *
 * A text cell a spreadsheet would run as a formula (starting with =, +,
 * -, @, tab or carriage return) gets a leading apostrophe, as OWASP
 * advises: a name like =HYPERLINK(…) reads as text. Number cells are
 * ours and left as numbers, minus signs included. */

typedef struct
{
  GString  *s;
  gboolean  first;
} Row;

static void
separator (Row *row)
{
  if (!row->first)
    g_string_append_c (row->s, ',');
  row->first = FALSE;
}

static void
cell (Row        *row,
      const char *text)
{
  gboolean formula, quote;

  separator (row);
  if (text == NULL || *text == 0)
    return;

  formula = strchr ("=+-@\t\r", text[0]) != NULL;
  quote = formula || strpbrk (text, ",\"\r\n") != NULL;
  if (!quote)
    {
      g_string_append (row->s, text);
      return;
    }
  g_string_append_c (row->s, '"');
  if (formula)
    g_string_append_c (row->s, '\'');
  for (const char *p = text; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (row->s, '"');
      g_string_append_c (row->s, *p);
    }
  g_string_append_c (row->s, '"');
}

static void
cell_uint (Row     *row,
           guint64  value)
{
  separator (row);
  g_string_append_printf (row->s, "%" G_GUINT64_FORMAT, value);
}

static void
cell_double (Row    *row,
             double  value)
{
  separator (row);
  if (!isnan (value))
    _tautan_interop_append_double (row->s, value);
}

static void
cell_day (Row       *row,
          TautanDay  day)
{
  separator (row);
  if (day != TAUTAN_DAY_NONE)
    _tautan_interop_append_day (row->s, day);
}

static void
end_row (Row *row)
{
  g_string_append (row->s, "\r\n");
  row->first = TRUE;
}

static void
header (Row                *row,
        const char * const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (*names[i] != 0)
      cell (row, names[i]);
  end_row (row);
}

/* Entity names or ids joined with "; ". */
static char *
join_entities (TautanDataset *dataset,
               const guint32 *items,
               guint          n,
               gboolean       ids)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      TautanEntity e;

      tautan_dataset_get_entity (dataset, items[i], &e);
      g_string_append_printf (s, "%s%s", i ? "; " : "", ids ? e.id : e.name);
    }
  return g_string_free (s, FALSE);
}

typedef struct
{
  TautanDataset *dataset;
  guint32        event;
  guint          index;        /* into the graph's events */
} EventRef;

static int
compare_event_refs (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  const EventRef *x = a, *y = b;
  TautanEvent ex, ey;

  tautan_dataset_get_event (x->dataset, x->event, &ex);
  tautan_dataset_get_event (y->dataset, y->event, &ey);
  if (ex.start != ey.start)
    return ex.start < ey.start ? -1 : 1;
  return (x->event > y->event) - (x->event < y->event);
}

/* The window's events by date, then as the dataset lists them. */
static EventRef *
events_by_date (InteropGraph *g)
{
  EventRef *refs = g_new (EventRef, MAX (g->events->len, 1));

  for (guint k = 0; k < g->events->len; k++)
    refs[k] = (EventRef) { g->dataset, g_array_index (g->events, guint32, k), k };
  g_qsort_with_data (refs, (gint)g->events->len, sizeof (EventRef), compare_event_refs, NULL);
  return refs;
}

static gboolean
write_events (InteropGraph  *g,
              InteropSink   *sink,
              GError       **error)
{
  const char *names[] = {
    "id", "start", "end", "precision", "type", "type_label", "quad_class", "actor_ids", "actors",
    "target_ids", "targets", "summary", "status", "date_method", "date_words", "source_ids", "outlets",
    "urls", "quote_ids",
    g->has_cameo ? "cameo" : "", g->has_goldstein ? "goldstein" : "", g->has_mentions ? "mentions" : "",
    g->has_tone ? "tone" : "", g->has_database ? "database" : "", NULL
  };
  g_autofree EventRef *refs = events_by_date (g);
  Row row = { sink->buf, TRUE };

  header (&row, names);
  for (guint k = 0; k < g->events->len; k++)
    {
      const InteropExtras *x = &g->extras[refs[k].index];
      const TautanEventType *type = NULL;
      g_autofree char *actor_ids = NULL, *actors = NULL, *target_ids = NULL, *targets = NULL;
      g_autoptr(GString) source_ids = g_string_new (NULL);
      g_autoptr(GString) outlets = g_string_new (NULL);
      g_autoptr(GString) urls = g_string_new (NULL);
      g_autoptr(GString) quote_ids = g_string_new (NULL);
      TautanEvent ev;

      tautan_dataset_get_event (g->dataset, refs[k].event, &ev);
      if (ev.type < tautan_taxonomy_get_n_types (g->taxonomy))
        type = tautan_taxonomy_get_event_type (g->taxonomy, ev.type);
      actor_ids = join_entities (g->dataset, ev.actors, ev.n_actors, TRUE);
      actors = join_entities (g->dataset, ev.actors, ev.n_actors, FALSE);
      target_ids = join_entities (g->dataset, ev.targets, ev.n_targets, TRUE);
      targets = join_entities (g->dataset, ev.targets, ev.n_targets, FALSE);
      for (guint i = 0; i < ev.n_sources; i++)
        {
          TautanSource src;

          tautan_dataset_get_source (g->dataset, ev.sources[i], &src);
          g_string_append_printf (source_ids, "%s%s", i ? "; " : "", src.id);
          g_string_append_printf (outlets, "%s%s", i ? "; " : "", src.outlet);
          if (src.url != NULL)
            g_string_append_printf (urls, "%s%s", urls->len ? "; " : "", src.url);
        }
      for (guint i = 0; i < ev.n_quotes; i++)
        {
          TautanQuote q;

          tautan_dataset_get_quote (g->dataset, ev.quotes[i], &q);
          g_string_append_printf (quote_ids, "%s%s", i ? "; " : "", q.id);
        }

      cell (&row, ev.id);
      cell_day (&row, ev.start);
      cell_day (&row, ev.end);
      cell (&row, tautan_precision_to_string (ev.precision));
      cell (&row, type ? type->id : NULL);
      cell (&row, type ? type->label : NULL);
      cell (&row, type ? _tautan_interop_quad_id (type->quad_class) : NULL);
      cell (&row, actor_ids);
      cell (&row, actors);
      cell (&row, target_ids);
      cell (&row, targets);
      cell (&row, ev.summary);
      cell (&row, tautan_status_to_string (ev.status));
      cell (&row, tautan_date_method_to_string (ev.date_method));
      cell (&row, ev.date_words);
      cell (&row, source_ids->str);
      cell (&row, outlets->str);
      cell (&row, urls->str);
      cell (&row, quote_ids->str);
      if (g->has_cameo)
        cell (&row, x->cameo);
      if (g->has_goldstein)
        cell_double (&row, x->goldstein);
      if (g->has_mentions)
        {
          separator (&row);
          if (x->mentions >= 0)
            g_string_append_printf (row.s, "%" G_GINT64_FORMAT, x->mentions);
        }
      if (g->has_tone)
        cell_double (&row, x->tone);
      if (g->has_database)
        cell (&row, x->database);
      end_row (&row);
      if (!_tautan_interop_sink_flush (sink, FALSE, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_edges (InteropGraph  *g,
             InteropSink   *sink,
             GError       **error)
{
  const char *names[] = {
    "source_id", "source", "target_id", "target", "events", "imprecise", "first", "last", "event_type",
    "event_type_label", "quad_class", "event_types", "verbal_cooperation", "material_cooperation",
    "verbal_conflict", "material_conflict",
    g->has_goldstein ? "goldstein_mean" : "", g->has_mentions ? "mentions" : "", NULL
  };
  Row row = { sink->buf, TRUE };

  header (&row, names);
  for (guint k = 0; k < g->edges->len; k++)
    {
      const InteropEdge *edge = &g_array_index (g->edges, InteropEdge, k);
      const TautanEventType *type = edge->dominant_type < tautan_taxonomy_get_n_types (g->taxonomy)
        ? tautan_taxonomy_get_event_type (g->taxonomy, edge->dominant_type) : NULL;
      g_autofree char *types = _tautan_interop_edge_types (g, edge);
      TautanEntity a, b;

      tautan_dataset_get_entity (g->dataset, g_array_index (g->nodes, InteropNode, edge->source).entity, &a);
      tautan_dataset_get_entity (g->dataset, g_array_index (g->nodes, InteropNode, edge->target).entity, &b);
      cell (&row, a.id);
      cell (&row, a.name);
      cell (&row, b.id);
      cell (&row, b.name);
      cell_uint (&row, edge->events);
      cell_uint (&row, edge->imprecise);
      cell_day (&row, edge->first);
      cell_day (&row, edge->last);
      cell (&row, type ? type->id : NULL);
      cell (&row, type ? type->label : NULL);
      cell (&row, _tautan_interop_quad_id (edge->dominant_quad));
      cell (&row, types);
      for (guint q = 0; q < TAUTAN_N_QUAD_CLASSES; q++)
        cell_uint (&row, edge->quad_counts[q]);
      if (g->has_goldstein)
        cell_double (&row, edge->n_goldstein ? edge->goldstein_sum / edge->n_goldstein : NAN);
      if (g->has_mentions)
        {
          separator (&row);
          if (edge->n_mentions > 0)
            g_string_append_printf (row.s, "%" G_GUINT64_FORMAT, edge->mentions);
        }
      end_row (&row);
      if (!_tautan_interop_sink_flush (sink, FALSE, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_quotes (InteropGraph  *g,
              InteropSink   *sink,
              GError       **error)
{
  static const char * const names[] = {
    "quote_id", "event_id", "event_start", "event_type", "speaker_id", "speaker", "text", "gloss",
    "attribution", "relayed_by", "source_id", "outlet", "title", "published", "url", "language",
    "citation", "note", NULL
  };
  g_autofree EventRef *refs = events_by_date (g);
  Row row = { sink->buf, TRUE };

  header (&row, names);
  for (guint k = 0; k < g->events->len; k++)
    {
      TautanEvent ev;

      tautan_dataset_get_event (g->dataset, refs[k].event, &ev);
      for (guint i = 0; i < ev.n_quotes; i++)
        {
          g_autofree char *speaker = tautan_dataset_format_speaker (g->dataset, ev.quotes[i]);
          g_autofree char *citation = tautan_dataset_format_citation (g->dataset, ev.quotes[i]);
          g_autofree char *relayed = NULL;
          TautanQuote q;
          TautanSource src;
          TautanEntity who;

          tautan_dataset_get_quote (g->dataset, ev.quotes[i], &q);
          tautan_dataset_get_source (g->dataset, q.source, &src);
          relayed = join_entities (g->dataset, q.relayed_by, q.n_relayed_by, FALSE);

          cell (&row, q.id);
          cell (&row, ev.id);
          cell_day (&row, ev.start);
          cell (&row, ev.type < tautan_taxonomy_get_n_types (g->taxonomy)
                      ? tautan_taxonomy_get_event_type (g->taxonomy, ev.type)->id : NULL);
          if (q.speaker != TAUTAN_NONE)
            tautan_dataset_get_entity (g->dataset, q.speaker, &who);
          cell (&row, q.speaker != TAUTAN_NONE ? who.id : NULL);
          cell (&row, speaker);
          cell (&row, q.text);
          cell (&row, q.gloss);
          cell (&row, q.attribution_certain ? "certain" : "uncertain");
          cell (&row, relayed);
          cell (&row, src.id);
          cell (&row, src.outlet);
          cell (&row, src.title);
          cell_day (&row, src.published);
          cell (&row, src.url);
          cell (&row, src.language);
          cell (&row, citation);
          cell (&row, q.note);
          end_row (&row);
        }
      if (!_tautan_interop_sink_flush (sink, FALSE, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
_tautan_export_csv (InteropGraph  *g,
                    InteropSink   *sink,
                    GError       **error)
{
  if (g->options->csv_bom)
    g_string_append (sink->buf, "\xEF\xBB\xBF");

  switch (g->options->csv_table)
    {
    case TAUTAN_CSV_EVENTS:
      return write_events (g, sink, error);
    case TAUTAN_CSV_EDGES:
      return write_edges (g, sink, error);
    case TAUTAN_CSV_QUOTES:
      return write_quotes (g, sink, error);
    default:
      g_assert_not_reached ();
    }
}
