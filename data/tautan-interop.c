/* tautan-interop.c: which nodes, edges and events an interop file holds
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-interop"

#include "config.h"

#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "tautan/tautan-interop.h"
#include "tautan/tautan-xml.h"

#include "tautan-dataset-private.h"
#include "tautan-enums.h"
#include "tautan-interop-private.h"

/* Written out in pieces this size, so a million-event export never sits
 * whole in memory. */
#define FLUSH_SIZE (64 * 1024)


/**
 * tautan_interop_options_init:
 * @options: (out caller-allocates): the options to reset
 *
 * Sets @options to GEXF 1.3 of everything in the window, edges coloured
 * by QuadClass as the app colours them by default, with no positions.
 */
void
tautan_interop_options_init (TautanInteropOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->format = TAUTAN_INTEROP_GEXF;
  options->gexf_version = TAUTAN_GEXF_1_3;
  options->csv_table = TAUTAN_CSV_EVENTS;
  options->date = TAUTAN_DAY_NONE;
}

/**
 * tautan_interop_format_from_name:
 * @name: "gexf", "graphml" or "csv", or a file name ending in one
 * @format: (out) (optional): the format
 *
 * Returns: whether @name names an interop format
 */
gboolean
tautan_interop_format_from_name (const char          *name,
                                 TautanInteropFormat *format)
{
  const char *dot;
  int value;

  g_return_val_if_fail (name != NULL, FALSE);

  dot = strrchr (name, '.');
  if (dot != NULL && strchr (dot, '/') == NULL)
    name = dot + 1;
  if (!_tautan_enum_from_nick (TAUTAN_TYPE_INTEROP_FORMAT, name, -1, TRUE, &value))
    return FALSE;
  if (format != NULL)
    *format = value;
  return TRUE;
}

const char *
tautan_interop_format_to_string (TautanInteropFormat format)
{
  g_return_val_if_fail (format <= TAUTAN_INTEROP_CSV, NULL);

  return _tautan_enum_to_nick (TAUTAN_TYPE_INTEROP_FORMAT, format);
}

gboolean
tautan_csv_table_from_name (const char     *name,
                            TautanCsvTable *table)
{
  int value;

  g_return_val_if_fail (name != NULL, FALSE);

  if (!_tautan_enum_from_nick (TAUTAN_TYPE_CSV_TABLE, name, -1, TRUE, &value))
    return FALSE;
  if (table != NULL)
    *table = value;
  return TRUE;
}

const char *
_tautan_interop_quad_id (TautanQuadClass quad)
{
  static const char * const ids[] = { "verbal-cooperation", "material-cooperation", "verbal-conflict",
                                      "material-conflict" };

  return ids[MIN ((guint)quad, G_N_ELEMENTS (ids) - 1)];
}

/* Graph */

static void
read_extras (TautanDataset *dataset,
             guint          event,
             InteropExtras *x)
{
  const char *text = tautan_dataset_get_string (dataset, COL_U32 (dataset, COL_EV_EXTRAS)[event]);
  g_autoptr(JsonParser) parser = NULL;
  JsonObject *own;
  JsonNode *node;

  x->goldstein = NAN;
  x->tone = NAN;
  x->mentions = -1;
  if (text == NULL || strstr (text, "\"x-") == NULL)
    return;

  /* {"$": {…}}: the loader kept them as valid JSON. */
  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, text, -1, NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)) ||
      !(node = json_object_get_member (json_node_get_object (json_parser_get_root (parser)), "$")) ||
      !JSON_NODE_HOLDS_OBJECT (node))
    return;
  own = json_node_get_object (node);

  if ((node = json_object_get_member (own, "x-goldstein")) && JSON_NODE_HOLDS_VALUE (node) &&
      json_node_get_value_type (node) != G_TYPE_STRING && json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    x->goldstein = json_node_get_double (node);
  if ((node = json_object_get_member (own, "x-tone")) && JSON_NODE_HOLDS_VALUE (node) &&
      json_node_get_value_type (node) != G_TYPE_STRING && json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    x->tone = json_node_get_double (node);
  if ((node = json_object_get_member (own, "x-mentions")) && JSON_NODE_HOLDS_VALUE (node) &&
      json_node_get_value_type (node) == G_TYPE_INT64 && json_node_get_int (node) >= 0)
    x->mentions = json_node_get_int (node);
  if ((node = json_object_get_member (own, "x-cameo")) && JSON_NODE_HOLDS_VALUE (node) &&
      json_node_get_value_type (node) == G_TYPE_STRING)
    x->cameo = g_strdup (json_node_get_string (node));
  if ((node = json_object_get_member (own, "x-database")) && JSON_NODE_HOLDS_VALUE (node) &&
      json_node_get_value_type (node) == G_TYPE_STRING)
    x->database = g_strdup (json_node_get_string (node));
}

static void
add_spell (GArray    *spells,
           TautanDay  start,
           TautanDay  end)
{
  TautanTimeSpan s = { start, end };

  g_array_append_val (spells, s);
}

static int
compare_spans (gconstpointer a,
               gconstpointer b)
{
  const TautanTimeSpan *x = a, *y = b;

  if (x->from != y->from)
    return x->from < y->from ? -1 : 1;
  return (x->to > y->to) - (x->to < y->to);
}

/* Overlapping or touching days become one spell: a timeline window then
 * shows the element exactly when the app's window would. */
static void
merge_spells (GArray   *spells,
              gboolean  cumulative,
              TautanDay window_end)
{
  guint n = 0;

  if (spells->len == 0)
    return;
  g_array_sort (spells, compare_spans);
  if (cumulative)
    {
      /* Cumulative: there from the first event on. */
      TautanTimeSpan all = { g_array_index (spells, TautanTimeSpan, 0).from, window_end };

      g_array_set_size (spells, 1);
      g_array_index (spells, TautanTimeSpan, 0) = all;
      return;
    }
  for (guint i = 1; i < spells->len; i++)
    {
      TautanTimeSpan *last = &g_array_index (spells, TautanTimeSpan, n);
      const TautanTimeSpan *next = &g_array_index (spells, TautanTimeSpan, i);

      if ((gint64)next->from <= (gint64)last->to + 1)
        last->to = MAX (last->to, next->to);
      else
        g_array_index (spells, TautanTimeSpan, ++n) = *next;
    }
  g_array_set_size (spells, n + 1);
}

static guint
node_for (InteropGraph *g,
          guint         entity)
{
  InteropNode node = { 0 };

  if (g->node_of_entity[entity] != TAUTAN_NONE)
    return g->node_of_entity[entity];
  node.entity = entity;
  node.first = TAUTAN_DAY_MAX;
  node.last = TAUTAN_DAY_MIN;
  node.spells = g_array_new (FALSE, FALSE, sizeof (TautanTimeSpan));
  g_array_append_val (g->nodes, node);
  g->node_of_entity[entity] = g->nodes->len - 1;
  return g->nodes->len - 1;
}

static gboolean
kind_shown (InteropGraph *g,
            guint         entity)
{
  TautanEntity e;

  tautan_dataset_get_entity (g->dataset, entity, &e);
  return !(e.kind < 32 && (g->options->hidden_kinds & (1u << e.kind)) != 0);
}

static void
add_to_edge (InteropGraph        *g,
             GHashTable          *edge_index,
             guint                source,
             guint                target,
             const TautanEvent   *ev,
             const InteropExtras *x,
             TautanDay            from,
             TautanDay            to)
{
  guint64 key = (guint64)source << 32 | target;
  gpointer found = g_hash_table_lookup (edge_index, &key);
  InteropEdge *edge;
  gboolean counted = FALSE;

  if (found == NULL)
    {
      InteropEdge fresh = { 0 };
      guint64 *stored = g_new (guint64, 1);

      fresh.source = source;
      fresh.target = target;
      fresh.first = TAUTAN_DAY_MAX;
      fresh.last = TAUTAN_DAY_MIN;
      fresh.type_counts = g_array_new (FALSE, FALSE, sizeof (guint) * 2);
      fresh.spells = g_array_new (FALSE, FALSE, sizeof (TautanTimeSpan));
      g_array_append_val (g->edges, fresh);
      *stored = key;
      found = GUINT_TO_POINTER (g->edges->len);
      g_hash_table_insert (edge_index, stored, found);
    }
  edge = &g_array_index (g->edges, InteropEdge, GPOINTER_TO_UINT (found) - 1);

  edge->events++;
  if (ev->precision != TAUTAN_PRECISION_DAY)
    edge->imprecise++;
  edge->first = MIN (edge->first, from);
  edge->last = MAX (edge->last, to);
  if (ev->type < tautan_taxonomy_get_n_types (g->taxonomy))
    edge->quad_counts[tautan_taxonomy_get_event_type (g->taxonomy, ev->type)->quad_class]++;
  for (guint i = 0; i < edge->type_counts->len && !counted; i++)
    {
      guint *pair = &((guint *)(gpointer)edge->type_counts->data)[2 * i];

      if (pair[0] == ev->type)
        {
          pair[1]++;
          counted = TRUE;
        }
    }
  if (!counted)
    {
      guint pair[2] = { ev->type, 1 };

      g_array_append_vals (edge->type_counts, pair, 1);
    }
  if (!isnan (x->goldstein))
    {
      edge->goldstein_sum += x->goldstein;
      edge->n_goldstein++;
    }
  if (x->mentions >= 0)
    {
      edge->mentions += (guint64)x->mentions;
      edge->n_mentions++;
    }
  add_spell (edge->spells, from, to);
}

/**
 * _tautan_interop_graph_new:
 * @slice: the window
 * @options: the filters
 *
 * The events in @slice's window whose type is shown and that have a
 * participant of a shown kind; a node per shown entity taking part in
 * them; an edge per actor → target pair of shown entities, as the
 * dataset's edges (an entity acting on itself makes none).
 *
 * Returns: (transfer full): the graph
 */
InteropGraph *
_tautan_interop_graph_new (TautanSlice                *slice,
                           const TautanInteropOptions *options)
{
  InteropGraph *g = g_new0 (InteropGraph, 1);
  g_autoptr(GHashTable) edge_index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GArray) shown = g_array_new (FALSE, FALSE, sizeof (guint));
  guint n_entities, n_events;

  g->slice = g_object_ref (slice);
  g->dataset = g_object_ref (tautan_slice_get_dataset (slice));
  g->taxonomy = tautan_dataset_get_taxonomy (g->dataset);
  g->options = options;
  g->span = tautan_slice_get_span (slice);
  g->cumulative = tautan_slice_get_cumulative (slice);
  g->title = g_strdup (options->title ? options->title
                       : tautan_dataset_get_title (g->dataset) ? tautan_dataset_get_title (g->dataset)
                       : "Tautan dataset");
  if (options->date != TAUTAN_DAY_NONE)
    g->date = options->date;
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

      g->date = tautan_day_from_ymd (g_date_time_get_year (now), g_date_time_get_month (now),
                                     g_date_time_get_day_of_month (now));
    }

  n_entities = tautan_dataset_get_n_entities (g->dataset);
  n_events = tautan_dataset_get_n_events (g->dataset);
  g->node_of_entity = g_new (guint, MAX (n_entities, 1));
  memset (g->node_of_entity, 0xff, sizeof (guint) * MAX (n_entities, 1));
  g->nodes = g_array_new (FALSE, FALSE, sizeof (InteropNode));
  g->edges = g_array_new (FALSE, FALSE, sizeof (InteropEdge));
  g->events = g_array_new (FALSE, FALSE, sizeof (guint32));

  for (guint i = 0; i < n_events; i++)
    {
      TautanEvent ev;
      gboolean any = FALSE;

      if (g->span.from > g->span.to || !tautan_slice_contains_event (slice, i))
        continue;
      tautan_dataset_get_event (g->dataset, i, &ev);
      if (tautan_type_mask_has (&options->hidden_types, ev.type))
        continue;
      for (guint k = 0; k < ev.n_actors + ev.n_targets && !any; k++)
        any = kind_shown (g, k < ev.n_actors ? ev.actors[k] : ev.targets[k - ev.n_actors]);
      if (any)
        g_array_append_val (g->events, i);
    }

  g->extras = g_new0 (InteropExtras, MAX (g->events->len, 1));
  for (guint k = 0; k < g->events->len; k++)
    {
      guint i = g_array_index (g->events, guint32, k);
      InteropExtras *x = &g->extras[k];
      TautanEvent ev;
      TautanDay from, to;

      tautan_dataset_get_event (g->dataset, i, &ev);
      read_extras (g->dataset, i, x);
      g->has_goldstein |= !isnan (x->goldstein);
      g->has_tone |= !isnan (x->tone);
      g->has_mentions |= x->mentions >= 0;
      g->has_cameo |= x->cameo != NULL;
      g->has_database |= x->database != NULL;

      /* Clipped to the window, as the slice clips an edge's dates. */
      from = MAX (ev.start, g->span.from);
      to = MIN (ev.end, g->span.to);

      g_array_set_size (shown, 0);
      for (guint p = 0; p < ev.n_actors + ev.n_targets; p++)
        {
          guint entity = p < ev.n_actors ? ev.actors[p] : ev.targets[p - ev.n_actors];
          InteropNode *node;
          guint index;
          gboolean again = FALSE;

          if (!kind_shown (g, entity))
            continue;
          /* One entity both acting and targeted counts once. */
          for (guint q = 0; q < shown->len && !again; q++)
            again = g_array_index (shown, guint, q) == entity;
          if (again)
            continue;
          g_array_append_val (shown, entity);
          /* node_for() may move the array: index it after. */
          index = node_for (g, entity);
          node = &g_array_index (g->nodes, InteropNode, index);
          node->events++;
          node->first = MIN (node->first, from);
          node->last = MAX (node->last, to);
          add_spell (node->spells, from, to);
        }

      /* Edges as the dataset makes them: one per actor → target pair of
       * the event, none from an entity to itself. */
      for (guint a = 0; a < ev.n_actors; a++)
        for (guint t = 0; t < ev.n_targets; t++)
          {
            gboolean again = FALSE;

            for (guint q = 0; q < a && !again; q++)
              again = ev.actors[q] == ev.actors[a];
            for (guint q = 0; q < t && !again; q++)
              again = ev.targets[q] == ev.targets[t];
            if (!again && ev.actors[a] != ev.targets[t] && kind_shown (g, ev.actors[a]) &&
                kind_shown (g, ev.targets[t]))
              add_to_edge (g, edge_index, g->node_of_entity[ev.actors[a]], g->node_of_entity[ev.targets[t]],
                           &ev, x, from, to);
          }
    }

  for (guint n = 0; n < g->nodes->len; n++)
    merge_spells (g_array_index (g->nodes, InteropNode, n).spells, g->cumulative, g->span.to);
  for (guint e = 0; e < g->edges->len; e++)
    {
      InteropEdge *edge = &g_array_index (g->edges, InteropEdge, e);
      guint best = 0;

      merge_spells (edge->spells, g->cumulative, g->span.to);
      /* As the canvas: the most frequent type and QuadClass, the first
       * on a tie. */
      edge->dominant_quad = TAUTAN_QUAD_VERBAL_COOPERATION;
      for (guint q = 1; q < TAUTAN_N_QUAD_CLASSES; q++)
        if (edge->quad_counts[q] > edge->quad_counts[edge->dominant_quad])
          edge->dominant_quad = q;
      for (guint i = 0; i < edge->type_counts->len; i++)
        {
          const guint *pair = &((const guint *)(gconstpointer)edge->type_counts->data)[2 * i];

          if (pair[1] > best)
            {
              best = pair[1];
              edge->dominant_type = pair[0];
            }
        }
    }

  return g;
}

void
_tautan_interop_graph_free (InteropGraph *g)
{
  if (g == NULL)
    return;

  for (guint n = 0; n < g->nodes->len; n++)
    g_array_unref (g_array_index (g->nodes, InteropNode, n).spells);
  for (guint e = 0; e < g->edges->len; e++)
    {
      g_array_unref (g_array_index (g->edges, InteropEdge, e).spells);
      g_array_unref (g_array_index (g->edges, InteropEdge, e).type_counts);
    }
  for (guint k = 0; k < g->events->len; k++)
    {
      g_free (g->extras[k].cameo);
      g_free (g->extras[k].database);
    }
  g_free (g->extras);
  g_array_unref (g->nodes);
  g_array_unref (g->edges);
  g_array_unref (g->events);
  g_free (g->node_of_entity);
  g_free (g->title);
  g_object_unref (g->dataset);
  g_object_unref (g->slice);
  g_free (g);
}

/* Helpers for the writers */

gboolean
_tautan_interop_sink_flush (InteropSink  *sink,
                            gboolean      all,
                            GError      **error)
{
  if (g_cancellable_set_error_if_cancelled (sink->cancellable, error))
    return FALSE;
  if (sink->writer == NULL || (!all && sink->buf->len < FLUSH_SIZE))
    return TRUE;
  if (!tautan_file_writer_write (sink->writer, sink->buf->str, sink->buf->len, error))
    return FALSE;
  g_string_truncate (sink->buf, 0);
  return TRUE;
}

/* Ids as they are, escaped, where XML can carry every character; else
 * the one-to-one XML name, so two ids never become one. */
void
_tautan_interop_append_id (GString    *s,
                           const char *id)
{
  gboolean plain = g_utf8_validate (id, -1, NULL);

  for (const char *p = id; plain && *p; p = g_utf8_next_char (p))
    plain = tautan_xml_char_allowed (g_utf8_get_char (p));
  if (plain)
    tautan_xml_append_text (s, id, TAUTAN_XML_ESCAPE_DEFAULT);
  else
    tautan_xml_append_id (s, id);
}

void
_tautan_interop_append_day (GString   *s,
                            TautanDay  day)
{
  char buf[11];

  tautan_day_format_buf (day, buf);
  g_string_append (s, buf);
}

void
_tautan_interop_append_double (GString *s,
                               double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append (s, g_ascii_formatd (buf, sizeof buf, "%.6g", value));
}

/* The edge's colour on screen (without its transparency). */
guint32
_tautan_interop_edge_color (InteropGraph      *graph,
                            const InteropEdge *edge)
{
  if (graph->options->color_by_type && edge->dominant_type < tautan_taxonomy_get_n_types (graph->taxonomy))
    return tautan_taxonomy_get_event_type (graph->taxonomy, edge->dominant_type)->color;
  return tautan_taxonomy_get_quad_class (graph->taxonomy, edge->dominant_quad)->color;
}

/* Area grows with activity, as on the canvas. */
double
_tautan_interop_node_size (const InteropNode *node)
{
  return 4.0 + 3.0 * sqrt ((double)node->events);
}

/* "meet:3; accuse:1", most frequent first. */
char *
_tautan_interop_edge_types (InteropGraph      *graph,
                            const InteropEdge *edge)
{
  g_autoptr(GArray) pairs = g_array_copy (edge->type_counts);
  GString *s = g_string_new (NULL);
  guint n = pairs->len;
  guint *p = (guint *)(gpointer)pairs->data;

  /* Insertion sort: an edge has a handful of types. */
  for (guint i = 1; i < n; i++)
    for (guint j = i; j > 0 && p[2 * j + 1] > p[2 * (j - 1) + 1]; j--)
      {
        guint t0 = p[2 * j], t1 = p[2 * j + 1];

        p[2 * j] = p[2 * (j - 1)];
        p[2 * j + 1] = p[2 * (j - 1) + 1];
        p[2 * (j - 1)] = t0;
        p[2 * (j - 1) + 1] = t1;
      }
  for (guint i = 0; i < n; i++)
    {
      const char *id = p[2 * i] < tautan_taxonomy_get_n_types (graph->taxonomy)
        ? tautan_taxonomy_get_event_type (graph->taxonomy, p[2 * i])->id : "?";

      g_string_append_printf (s, "%s%s:%u", i ? "; " : "", id, p[2 * i + 1]);
    }
  return g_string_free (s, FALSE);
}

/* Public API */

static gboolean
write_graph (InteropGraph  *graph,
             InteropSink   *sink,
             GError       **error)
{
  switch (graph->options->format)
    {
    case TAUTAN_INTEROP_GEXF:
      return _tautan_export_gexf (graph, sink, error);
    case TAUTAN_INTEROP_GRAPHML:
      return _tautan_export_graphml (graph, sink, error);
    case TAUTAN_INTEROP_CSV:
      return _tautan_export_csv (graph, sink, error);
    default:
      g_assert_not_reached ();
    }
}

/**
 * tautan_interop_write:
 * @slice: the time window to export
 * @options: format and filters
 * @writer: where to write; the caller commits it
 * @cancellable: (nullable): stops between chunks
 * @error: a write error or cancellation
 *
 * Writes @slice's window as GEXF, GraphML or CSV (see docs/interop.md for
 * what each holds), honouring the filters in @options.
 *
 * Returns: whether everything was written
 */
gboolean
tautan_interop_write (TautanSlice                 *slice,
                      const TautanInteropOptions  *options,
                      TautanFileWriter            *writer,
                      GCancellable                *cancellable,
                      GError                     **error)
{
  InteropGraph *graph;
  InteropSink sink = { NULL, writer, cancellable };
  gboolean ok;

  g_return_val_if_fail (TAUTAN_IS_SLICE (slice), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (writer != NULL, FALSE);

  graph = _tautan_interop_graph_new (slice, options);
  sink.buf = g_string_sized_new (FLUSH_SIZE + 4096);
  ok = write_graph (graph, &sink, error) && _tautan_interop_sink_flush (&sink, TRUE, error);
  g_string_free (sink.buf, TRUE);
  _tautan_interop_graph_free (graph);
  return ok;
}

/**
 * tautan_interop_to_bytes:
 * @slice: the time window to export
 * @options: format and filters
 * @error: unused: writing to memory cannot fail
 *
 * Returns: (transfer full): what tautan_interop_write() would write
 */
GBytes *
tautan_interop_to_bytes (TautanSlice                 *slice,
                         const TautanInteropOptions  *options,
                         GError                     **error)
{
  InteropGraph *graph;
  InteropSink sink = { NULL, NULL, NULL };

  g_return_val_if_fail (TAUTAN_IS_SLICE (slice), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  graph = _tautan_interop_graph_new (slice, options);
  sink.buf = g_string_new (NULL);
  if (!write_graph (graph, &sink, error))
    {
      g_string_free (sink.buf, TRUE);
      _tautan_interop_graph_free (graph);
      return NULL;
    }
  _tautan_interop_graph_free (graph);
  return g_string_free_to_bytes (sink.buf);
}
