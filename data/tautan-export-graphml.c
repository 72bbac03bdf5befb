/* tautan-export-graphml.c: GraphML for Cytoscape, yEd, igraph and networkx
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-interop"

#include "config.h"

#include <math.h>

#include "tautan/tautan-xml.h"

#include "tautan-interop-private.h"

/* GraphML has no time: the spells go as text ("2024-05-09/2024-05-13;
 * …") beside first and last. Every attribute is declared with a <key>,
 * typed, so readers need no guessing. Positions as in GEXF. */
#define POSITION_SCALE 100.0

typedef enum
{
  K_STRING,
  K_INT,
  K_LONG,
  K_DOUBLE,
  K_BOOLEAN,
} KeyType;

typedef struct
{
  const char *id;
  const char *domain;
  const char *name;
  KeyType     type;
} Key;

enum
{
  G_TITLE, G_START, G_END, G_CUMULATIVE,
  N_LABEL, N_KIND, N_AFFILIATION, N_AFFILIATION_ID, N_ROLE, N_EVENTS, N_FIRST, N_LAST, N_SPELLS,
  N_X, N_Y, N_SIZE, N_COLOR, N_R, N_G, N_B,
  E_LABEL, E_WEIGHT, E_EVENTS, E_IMPRECISE, E_FIRST, E_LAST, E_TYPE, E_TYPE_LABEL, E_QUAD, E_TYPES,
  E_Q0, E_Q1, E_Q2, E_Q3, E_GOLDSTEIN, E_MENTIONS, E_SPELLS, E_COLOR, E_R, E_G, E_B,
  N_KEYS
};

static const Key keys[N_KEYS] = {
  [G_TITLE] = { "g_title", "graph", "title", K_STRING },
  [G_START] = { "g_start", "graph", "start", K_STRING },
  [G_END] = { "g_end", "graph", "end", K_STRING },
  [G_CUMULATIVE] = { "g_cumulative", "graph", "cumulative", K_BOOLEAN },
  [N_LABEL] = { "n_label", "node", "label", K_STRING },
  [N_KIND] = { "n_kind", "node", "kind", K_STRING },
  [N_AFFILIATION] = { "n_affiliation", "node", "affiliation", K_STRING },
  [N_AFFILIATION_ID] = { "n_affiliation_id", "node", "affiliation_id", K_STRING },
  [N_ROLE] = { "n_role", "node", "role", K_STRING },
  [N_EVENTS] = { "n_events", "node", "events", K_INT },
  [N_FIRST] = { "n_first", "node", "first", K_STRING },
  [N_LAST] = { "n_last", "node", "last", K_STRING },
  [N_SPELLS] = { "n_spells", "node", "spells", K_STRING },
  [N_X] = { "n_x", "node", "x", K_DOUBLE },
  [N_Y] = { "n_y", "node", "y", K_DOUBLE },
  [N_SIZE] = { "n_size", "node", "size", K_DOUBLE },
  [N_COLOR] = { "n_color", "node", "color", K_STRING },
  [N_R] = { "n_r", "node", "r", K_INT },
  [N_G] = { "n_g", "node", "g", K_INT },
  [N_B] = { "n_b", "node", "b", K_INT },
  [E_LABEL] = { "e_label", "edge", "label", K_STRING },
  [E_WEIGHT] = { "e_weight", "edge", "weight", K_DOUBLE },
  [E_EVENTS] = { "e_events", "edge", "events", K_INT },
  [E_IMPRECISE] = { "e_imprecise", "edge", "imprecise", K_INT },
  [E_FIRST] = { "e_first", "edge", "first", K_STRING },
  [E_LAST] = { "e_last", "edge", "last", K_STRING },
  [E_TYPE] = { "e_event_type", "edge", "event_type", K_STRING },
  [E_TYPE_LABEL] = { "e_event_type_label", "edge", "event_type_label", K_STRING },
  [E_QUAD] = { "e_quad_class", "edge", "quad_class", K_STRING },
  [E_TYPES] = { "e_event_types", "edge", "event_types", K_STRING },
  [E_Q0] = { "e_verbal_cooperation", "edge", "verbal_cooperation", K_INT },
  [E_Q1] = { "e_material_cooperation", "edge", "material_cooperation", K_INT },
  [E_Q2] = { "e_verbal_conflict", "edge", "verbal_conflict", K_INT },
  [E_Q3] = { "e_material_conflict", "edge", "material_conflict", K_INT },
  [E_GOLDSTEIN] = { "e_goldstein_mean", "edge", "goldstein_mean", K_DOUBLE },
  [E_MENTIONS] = { "e_mentions", "edge", "mentions", K_LONG },
  [E_SPELLS] = { "e_spells", "edge", "spells", K_STRING },
  [E_COLOR] = { "e_color", "edge", "color", K_STRING },
  [E_R] = { "e_r", "edge", "r", K_INT },
  [E_G] = { "e_g", "edge", "g", K_INT },
  [E_B] = { "e_b", "edge", "b", K_INT },
};

static const char * const type_names[] = { "string", "int", "long", "double", "boolean" };

static void
data_text (GString    *s,
           guint       key,
           const char *value)
{
  if (value == NULL)
    return;
  g_string_append_printf (s, "      <data key=\"%s\">", keys[key].id);
  tautan_xml_append_text (s, value, TAUTAN_XML_ESCAPE_DEFAULT);
  g_string_append (s, "</data>\n");
}

static void
data_uint (GString *s,
           guint    key,
           guint64  value)
{
  g_string_append_printf (s, "      <data key=\"%s\">%" G_GUINT64_FORMAT "</data>\n", keys[key].id, value);
}

static void
data_double (GString *s,
             guint    key,
             double   value)
{
  g_string_append_printf (s, "      <data key=\"%s\">", keys[key].id);
  _tautan_interop_append_double (s, value);
  g_string_append (s, "</data>\n");
}

static void
data_day (GString   *s,
          guint      key,
          TautanDay  day)
{
  g_string_append_printf (s, "      <data key=\"%s\">", keys[key].id);
  _tautan_interop_append_day (s, day);
  g_string_append (s, "</data>\n");
}

static void
data_spells (GString *s,
             guint    key,
             GArray  *spells)
{
  g_string_append_printf (s, "      <data key=\"%s\">", keys[key].id);
  for (guint i = 0; i < spells->len; i++)
    {
      const TautanTimeSpan *span = &g_array_index (spells, TautanTimeSpan, i);

      if (i > 0)
        g_string_append_c (s, ';');
      _tautan_interop_append_day (s, span->from);
      g_string_append_c (s, '/');
      _tautan_interop_append_day (s, span->to);
    }
  g_string_append (s, "</data>\n");
}

static void
data_color (GString *s,
            guint    hex_key,
            guint    r_key,
            guint32  rgb)
{
  char hex[8];

  g_snprintf (hex, sizeof hex, "#%06X", rgb & 0xffffff);
  data_text (s, hex_key, hex);
  data_uint (s, r_key, (rgb >> 16) & 0xff);
  data_uint (s, r_key + 1, (rgb >> 8) & 0xff);
  data_uint (s, r_key + 2, rgb & 0xff);
}

gboolean
_tautan_export_graphml (InteropGraph  *g,
                        InteropSink   *sink,
                        GError       **error)
{
  gboolean skip[N_KEYS] = { FALSE };
  GString *s = sink->buf;

  skip[N_X] = skip[N_Y] = g->options->positions == NULL;
  skip[N_COLOR] = skip[N_R] = skip[N_G] = skip[N_B] = g->options->node_colors == NULL;
  skip[E_GOLDSTEIN] = !g->has_goldstein;
  skip[E_MENTIONS] = !g->has_mentions;

  g_string_append (s, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
                      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                      "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
                      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
  g_string_append (s, "  <!-- " PACKAGE_NAME " " PACKAGE_VERSION " -->\n");
  for (guint k = 0; k < N_KEYS; k++)
    if (!skip[k])
      g_string_append_printf (s, "  <key id=\"%s\" for=\"%s\" attr.name=\"%s\" attr.type=\"%s\"/>\n",
                              keys[k].id, keys[k].domain, keys[k].name, type_names[keys[k].type]);

  g_string_append (s, "  <graph id=\"tautan\" edgedefault=\"directed\">\n");
  data_text (s, G_TITLE, g->title);
  if (g->span.from <= g->span.to)
    {
      data_day (s, G_START, g->span.from);
      data_day (s, G_END, g->span.to);
    }
  data_text (s, G_CUMULATIVE, g->cumulative ? "true" : "false");

  for (guint n = 0; n < g->nodes->len; n++)
    {
      const InteropNode *node = &g_array_index (g->nodes, InteropNode, n);
      TautanEntity e;

      tautan_dataset_get_entity (g->dataset, node->entity, &e);
      g_string_append (s, "    <node id=\"");
      _tautan_interop_append_id (s, e.id);
      g_string_append (s, "\">\n");
      data_text (s, N_LABEL, e.name);
      data_text (s, N_KIND, tautan_entity_kind_to_string (e.kind));
      if (e.affiliation != TAUTAN_NONE)
        {
          TautanEntity a;

          tautan_dataset_get_entity (g->dataset, e.affiliation, &a);
          data_text (s, N_AFFILIATION, a.name);
          data_text (s, N_AFFILIATION_ID, a.id);
        }
      data_text (s, N_ROLE, e.role);
      data_uint (s, N_EVENTS, node->events);
      data_day (s, N_FIRST, node->first);
      data_day (s, N_LAST, node->last);
      data_spells (s, N_SPELLS, node->spells);
      if (g->options->positions != NULL)
        {
          data_double (s, N_X, g->options->positions[node->entity].x * POSITION_SCALE);
          data_double (s, N_Y, -g->options->positions[node->entity].y * POSITION_SCALE);
        }
      data_double (s, N_SIZE, _tautan_interop_node_size (node));
      if (g->options->node_colors != NULL && e.kind < TAUTAN_N_ENTITY_KINDS)
        data_color (s, N_COLOR, N_R, g->options->node_colors[e.kind]);
      g_string_append (s, "    </node>\n");
      if (!_tautan_interop_sink_flush (sink, FALSE, error))
        return FALSE;
    }

  for (guint k = 0; k < g->edges->len; k++)
    {
      const InteropEdge *edge = &g_array_index (g->edges, InteropEdge, k);
      const TautanEventType *type = edge->dominant_type < tautan_taxonomy_get_n_types (g->taxonomy)
        ? tautan_taxonomy_get_event_type (g->taxonomy, edge->dominant_type) : NULL;
      g_autofree char *types = _tautan_interop_edge_types (g, edge);
      TautanEntity a, b;

      tautan_dataset_get_entity (g->dataset, g_array_index (g->nodes, InteropNode, edge->source).entity, &a);
      tautan_dataset_get_entity (g->dataset, g_array_index (g->nodes, InteropNode, edge->target).entity, &b);
      g_string_append_printf (s, "    <edge id=\"e%u\" source=\"", k);
      _tautan_interop_append_id (s, a.id);
      g_string_append (s, "\" target=\"");
      _tautan_interop_append_id (s, b.id);
      g_string_append (s, "\">\n");
      data_text (s, E_LABEL, type ? type->label : NULL);
      data_double (s, E_WEIGHT, edge->events);
      data_uint (s, E_EVENTS, edge->events);
      data_uint (s, E_IMPRECISE, edge->imprecise);
      data_day (s, E_FIRST, edge->first);
      data_day (s, E_LAST, edge->last);
      data_text (s, E_TYPE, type ? type->id : NULL);
      data_text (s, E_TYPE_LABEL, type ? type->label : NULL);
      data_text (s, E_QUAD, _tautan_interop_quad_id (edge->dominant_quad));
      data_text (s, E_TYPES, types);
      for (guint q = 0; q < TAUTAN_N_QUAD_CLASSES; q++)
        data_uint (s, E_Q0 + q, edge->quad_counts[q]);
      if (edge->n_goldstein > 0)
        data_double (s, E_GOLDSTEIN, edge->goldstein_sum / edge->n_goldstein);
      if (edge->n_mentions > 0)
        data_uint (s, E_MENTIONS, edge->mentions);
      data_spells (s, E_SPELLS, edge->spells);
      data_color (s, E_COLOR, E_R, _tautan_interop_edge_color (g, edge));
      g_string_append (s, "    </edge>\n");
      if (!_tautan_interop_sink_flush (sink, FALSE, error))
        return FALSE;
    }

  g_string_append (s, "  </graph>\n</graphml>\n");
  return TRUE;
}
