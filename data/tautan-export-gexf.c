/* tautan-export-gexf.c: GEXF 1.3 and 1.2draft, dynamic, for Gephi
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-interop"

#include "config.h"

#include <math.h>

#include "tautan/tautan-xml.h"

#include "tautan-interop-private.h"

/* Gephi's timeline plays the story when every node and edge carries the
 * days it is active as spells (mode="dynamic", timeformat="date").
 *
 * The GEXF 1.3 schema (gephi/gexf specs/1.3) includes viz.xsd into the
 * GEXF namespace, so a 1.3 file that validates has <position>, <color>
 * and <size> unprefixed; Gephi reads them by local name either way. For
 * 1.2draft they go in the viz namespace, where networkx looks for them.
 *
 * Positions are the app's layout units times POSITION_SCALE, y pointing
 * up as in Gephi, so the picture is the app's, the right way up. */
#define POSITION_SCALE 100.0

typedef struct
{
  const char *id;
  const char *type;
} Attribute;

static const Attribute node_attributes[] = {
  { "kind", "string" },
  { "affiliation", "string" },
  { "affiliation_id", "string" },
  { "role", "string" },
  { "events", "integer" },
  { "first", "string" },
  { "last", "string" },
};

enum { E_EVENTS, E_IMPRECISE, E_FIRST, E_LAST, E_TYPE, E_TYPE_LABEL, E_QUAD, E_TYPES,
       E_Q0, E_Q1, E_Q2, E_Q3, E_GOLDSTEIN, E_MENTIONS, N_EDGE_ATTRIBUTES };

static const Attribute edge_attributes[N_EDGE_ATTRIBUTES] = {
  { "events", "integer" },
  { "imprecise", "integer" },
  { "first", "string" },
  { "last", "string" },
  { "event_type", "string" },
  { "event_type_label", "string" },
  { "quad_class", "string" },
  { "event_types", "string" },
  { "verbal_cooperation", "integer" },
  { "material_cooperation", "integer" },
  { "verbal_conflict", "integer" },
  { "material_conflict", "integer" },
  { "goldstein_mean", "double" },
  { "mentions", "long" },
};

static void
attvalue (GString    *s,
          const char *id,
          const char *value)
{
  if (value == NULL)
    return;
  g_string_append_printf (s, "          <attvalue for=\"%s\" value=\"", id);
  tautan_xml_append_text (s, value, TAUTAN_XML_ESCAPE_DEFAULT);
  g_string_append (s, "\"/>\n");
}

static void
attvalue_uint (GString    *s,
               const char *id,
               guint64     value)
{
  g_string_append_printf (s, "          <attvalue for=\"%s\" value=\"%" G_GUINT64_FORMAT "\"/>\n", id, value);
}

static void
attvalue_day (GString    *s,
              const char *id,
              TautanDay   day)
{
  g_string_append_printf (s, "          <attvalue for=\"%s\" value=\"", id);
  _tautan_interop_append_day (s, day);
  g_string_append (s, "\"/>\n");
}

static void
spells (GString *s,
        GArray  *list)
{
  if (list->len == 0)
    return;
  g_string_append (s, "        <spells>\n");
  for (guint i = 0; i < list->len; i++)
    {
      const TautanTimeSpan *span = &g_array_index (list, TautanTimeSpan, i);

      g_string_append (s, "          <spell start=\"");
      _tautan_interop_append_day (s, span->from);
      g_string_append (s, "\" end=\"");
      _tautan_interop_append_day (s, span->to);
      g_string_append (s, "\"/>\n");
    }
  g_string_append (s, "        </spells>\n");
}

static void
color (GString    *s,
       const char *viz,
       guint32     rgb)
{
  g_string_append_printf (s, "        <%scolor r=\"%u\" g=\"%u\" b=\"%u\"/>\n", viz,
                          (rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
}

static void
declare (GString         *s,
         const char      *klass,
         const Attribute *attributes,
         guint            n,
         const gboolean  *skip)
{
  g_string_append_printf (s, "    <attributes class=\"%s\" mode=\"static\">\n", klass);
  for (guint i = 0; i < n; i++)
    if (skip == NULL || !skip[i])
      g_string_append_printf (s, "      <attribute id=\"%s\" title=\"%s\" type=\"%s\"/>\n",
                              attributes[i].id, attributes[i].id, attributes[i].type);
  g_string_append (s, "    </attributes>\n");
}

gboolean
_tautan_export_gexf (InteropGraph  *g,
                     InteropSink   *sink,
                     GError       **error)
{
  gboolean v13 = g->options->gexf_version == TAUTAN_GEXF_1_3;
  const char *viz = v13 ? "" : "viz:";
  gboolean skip[N_EDGE_ATTRIBUTES] = { FALSE };
  GString *s = sink->buf;
  g_autofree char *window = tautan_time_span_format_human (&g->span);

  skip[E_GOLDSTEIN] = !g->has_goldstein;
  skip[E_MENTIONS] = !g->has_mentions;

  g_string_append (s, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  if (v13)
    g_string_append (s, "<gexf xmlns=\"http://gexf.net/1.3\" "
                        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                        "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n");
  else
    g_string_append (s, "<gexf xmlns=\"http://www.gexf.net/1.2draft\" "
                        "xmlns:viz=\"http://www.gexf.net/1.2draft/viz\" "
                        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                        "xsi:schemaLocation=\"http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd\" "
                        "version=\"1.2\">\n");

  g_string_append (s, "  <meta lastmodifieddate=\"");
  _tautan_interop_append_day (s, g->date);
  g_string_append (s, "\">\n    <creator>" PACKAGE_NAME " " PACKAGE_VERSION "</creator>\n    <description>");
  tautan_xml_append_text (s, g->title, TAUTAN_XML_ESCAPE_ONE_LINE);
  g_string_append_printf (s, ": %s%s, %u events</description>\n  </meta>\n",
                          g->cumulative ? "up to the end of " : "", window, g->events->len);

  g_string_append (s, "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\"");
  if (g->span.from <= g->span.to)
    {
      g_string_append (s, " start=\"");
      _tautan_interop_append_day (s, g->span.from);
      g_string_append (s, "\" end=\"");
      _tautan_interop_append_day (s, g->span.to);
      g_string_append (s, "\"");
    }
  g_string_append (s, ">\n");
  declare (s, "node", node_attributes, G_N_ELEMENTS (node_attributes), NULL);
  declare (s, "edge", edge_attributes, N_EDGE_ATTRIBUTES, skip);

  g_string_append_printf (s, "    <nodes count=\"%u\">\n", g->nodes->len);
  for (guint n = 0; n < g->nodes->len; n++)
    {
      const InteropNode *node = &g_array_index (g->nodes, InteropNode, n);
      TautanEntity e;

      tautan_dataset_get_entity (g->dataset, node->entity, &e);
      g_string_append (s, "      <node id=\"");
      _tautan_interop_append_id (s, e.id);
      g_string_append (s, "\" label=\"");
      tautan_xml_append_text (s, e.name, TAUTAN_XML_ESCAPE_ONE_LINE);
      g_string_append (s, "\">\n        <attvalues>\n");
      attvalue (s, "kind", tautan_entity_kind_to_string (e.kind));
      if (e.affiliation != TAUTAN_NONE)
        {
          TautanEntity a;

          tautan_dataset_get_entity (g->dataset, e.affiliation, &a);
          attvalue (s, "affiliation", a.name);
          attvalue (s, "affiliation_id", a.id);
        }
      attvalue (s, "role", e.role);
      attvalue_uint (s, "events", node->events);
      attvalue_day (s, "first", node->first);
      attvalue_day (s, "last", node->last);
      g_string_append (s, "        </attvalues>\n");
      spells (s, node->spells);
      if (g->options->positions != NULL)
        {
          const TautanPoint *p = &g->options->positions[node->entity];

          g_string_append_printf (s, "        <%sposition x=\"", viz);
          _tautan_interop_append_double (s, p->x * POSITION_SCALE);
          g_string_append (s, "\" y=\"");
          _tautan_interop_append_double (s, -p->y * POSITION_SCALE);
          g_string_append (s, "\" z=\"0\"/>\n");
        }
      g_string_append_printf (s, "        <%ssize value=\"", viz);
      _tautan_interop_append_double (s, _tautan_interop_node_size (node));
      g_string_append (s, "\"/>\n");
      if (g->options->node_colors != NULL && e.kind < TAUTAN_N_ENTITY_KINDS)
        color (s, viz, g->options->node_colors[e.kind]);
      g_string_append (s, "      </node>\n");
      if (!_tautan_interop_sink_flush (sink, FALSE, error))
        return FALSE;
    }
  g_string_append (s, "    </nodes>\n");

  g_string_append_printf (s, "    <edges count=\"%u\">\n", g->edges->len);
  for (guint k = 0; k < g->edges->len; k++)
    {
      const InteropEdge *edge = &g_array_index (g->edges, InteropEdge, k);
      const InteropNode *source = &g_array_index (g->nodes, InteropNode, edge->source);
      const InteropNode *target = &g_array_index (g->nodes, InteropNode, edge->target);
      const TautanEventType *type = edge->dominant_type < tautan_taxonomy_get_n_types (g->taxonomy)
        ? tautan_taxonomy_get_event_type (g->taxonomy, edge->dominant_type) : NULL;
      g_autofree char *types = _tautan_interop_edge_types (g, edge);
      TautanEntity a, b;

      tautan_dataset_get_entity (g->dataset, source->entity, &a);
      tautan_dataset_get_entity (g->dataset, target->entity, &b);
      g_string_append_printf (s, "      <edge id=\"e%u\" source=\"", k);
      _tautan_interop_append_id (s, a.id);
      g_string_append (s, "\" target=\"");
      _tautan_interop_append_id (s, b.id);
      g_string_append (s, "\" label=\"");
      if (type != NULL)
        tautan_xml_append_text (s, type->label, TAUTAN_XML_ESCAPE_ONE_LINE);
      g_string_append_printf (s, "\" weight=\"%u\">\n        <attvalues>\n", edge->events);
      attvalue_uint (s, "events", edge->events);
      attvalue_uint (s, "imprecise", edge->imprecise);
      attvalue_day (s, "first", edge->first);
      attvalue_day (s, "last", edge->last);
      if (type != NULL)
        {
          attvalue (s, "event_type", type->id);
          attvalue (s, "event_type_label", type->label);
        }
      attvalue (s, "quad_class", _tautan_interop_quad_id (edge->dominant_quad));
      attvalue (s, "event_types", types);
      for (guint q = 0; q < TAUTAN_N_QUAD_CLASSES; q++)
        attvalue_uint (s, edge_attributes[E_Q0 + q].id, edge->quad_counts[q]);
      if (edge->n_goldstein > 0)
        {
          g_string_append (s, "          <attvalue for=\"goldstein_mean\" value=\"");
          _tautan_interop_append_double (s, edge->goldstein_sum / edge->n_goldstein);
          g_string_append (s, "\"/>\n");
        }
      if (edge->n_mentions > 0)
        attvalue_uint (s, "mentions", edge->mentions);
      g_string_append (s, "        </attvalues>\n");
      spells (s, edge->spells);
      color (s, viz, _tautan_interop_edge_color (g, edge));
      g_string_append_printf (s, "        <%sthickness value=\"", viz);
      _tautan_interop_append_double (s, 1.0 + log2 (1.0 + edge->events));
      g_string_append (s, "\"/>\n      </edge>\n");
      if (!_tautan_interop_sink_flush (sink, FALSE, error))
        return FALSE;
    }
  g_string_append (s, "    </edges>\n  </graph>\n</gexf>\n");

  return TRUE;
}
