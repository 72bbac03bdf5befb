/* tautan-export-svg.c: a page written as SVG
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The scene's display list written element by element, with real text
 * (cairo's SVG surface would turn it into glyph outlines), one group with
 * an id and a title per node and edge, and the same shapes, curves and
 * arrowheads as every other backend, from tautan-render-geometry.c. */

#define G_LOG_DOMAIN "tautan-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tautan/tautan-count.h"
#include "tautan/tautan-xml.h"

#include "tautan-export-private.h"
#include "tautan-render-context-private.h"
#include "tautan-render-geometry-private.h"
#include "tautan-render-text-private.h"
#include "tautan-scene-private.h"

static void
append_attr_num (GString    *s,
                 const char *name,
                 double      v)
{
  g_string_append_printf (s, " %s=\"", name);
  _tautan_render_append_number (s, v);
  g_string_append_c (s, '"');
}

/* Text from a file, escaped for XML and cut as the cairo backends cut it. */
static void
append_text (GString    *s,
             const char *text,
             gsize       max_chars)
{
  g_autofree char *clean = NULL;

  /* Names are nearly always fine as they are: no copy then. */
  if (_tautan_render_text_is_clean (text, max_chars, TAUTAN_TEXT_ONE_LINE))
    {
      tautan_xml_append_text (s, text, TAUTAN_XML_ESCAPE_ONE_LINE);
      return;
    }
  clean = _tautan_render_text_clean (text, max_chars, TAUTAN_TEXT_ONE_LINE);
  tautan_xml_append_text (s, clean, TAUTAN_XML_ESCAPE_ONE_LINE);
}

static void
svg_text (GString    *s,
          Page       *page,
          const Item *item)
{
  g_string_append (s, "<text");
  append_attr_num (s, "x", item->x);
  append_attr_num (s, "y", item->y + item->baseline);
  append_attr_num (s, "font-size", item->size);
  if (item->weight >= PANGO_WEIGHT_BOLD)
    g_string_append (s, " font-weight=\"bold\"");
  else if (item->weight > PANGO_WEIGHT_NORMAL)
    g_string_append_printf (s, " font-weight=\"%d\"", (int)item->weight);
  if (item->anchor == ANCHOR_MIDDLE)
    g_string_append (s, " text-anchor=\"middle\"");
  else if (item->anchor == ANCHOR_END)
    g_string_append (s, " text-anchor=\"end\"");
  _tautan_render_append_paint (s, "fill", &item->color, 1);
  /* On no background, a halo as the labels have, so it reads anywhere. */
  if (page->transparent)
    {
      _tautan_render_append_paint (s, "stroke", &page->palette.label_halo, 1);
      append_attr_num (s, "stroke-width", _tautan_export_text_halo (item));
      g_string_append (s, " stroke-linejoin=\"round\" paint-order=\"stroke\"");
    }
  g_string_append_c (s, '>');
  tautan_xml_append_text (s, item->text, TAUTAN_XML_ESCAPE_ONE_LINE);
  g_string_append (s, "</text>\n");
}

static void
svg_item (GString    *s,
          Page       *page,
          const Item *item)
{
  switch (item->kind)
    {
    case ITEM_TEXT:
      svg_text (s, page, item);
      break;

    case ITEM_RULE:
      g_string_append (s, "<path d=\"M");
      _tautan_render_append_point (s, item->x, item->y);
      g_string_append (s, " H");
      _tautan_render_append_number (s, item->x + item->width);
      g_string_append_c (s, '"');
      _tautan_render_append_paint (s, "stroke", &item->color, 1);
      append_attr_num (s, "stroke-width", item->size);
      g_string_append (s, "/>\n");
      break;

    case ITEM_ICON:
      _tautan_legend_svg_icon (s, item->entry, &item->icon, &page->palette.node_stroke, item->x, item->y);
      break;

    default:
      g_assert_not_reached ();
    }
}

static const char *
kind_word (TautanEntityKind kind)
{
  static const char *words[TAUTAN_N_ENTITY_KINDS] = {
    N_("person"), N_("state"), N_("organisation"), N_("armed group"), N_("media"), N_("place"),
    N_("unnamed group"),
  };

  return kind < TAUTAN_N_ENTITY_KINDS ? _(words[kind]) : _("entity");
}

static void
append_events (GString *s,
               guint    n)
{
  g_string_append_printf (s, g_dngettext (GETTEXT_PACKAGE, "%s event", "%s events", n), tautan_count_format (n));
}

/* A day as the titles write it, formatted once per export: a graph of
 * 300,000 edges names a few thousand days. */
static const char *
day_text (GHashTable *days,
          TautanDay   day)
{
  char *text = g_hash_table_lookup (days, GINT_TO_POINTER (day));

  if (text == NULL)
    {
      text = tautan_day_format_human (day);
      g_hash_table_insert (days, GINT_TO_POINTER (day), text);
    }
  return text;
}

/* "A → B: 3 events, 12 Jun 2023 – 19 Jun 2024, mostly Meet, visit or host" */
static void
append_edge_title (GString               *s,
                   Page                  *page,
                   const TautanSceneEdge *e,
                   GHashTable            *days)
{
  TautanTaxonomy *taxonomy = tautan_dataset_get_taxonomy (page->dataset);
  const TautanSliceEdge *se = tautan_slice_find_edge (page->slice, e->source, e->target);
  TautanEntity from, to;

  tautan_dataset_get_entity (page->dataset, e->source, &from);
  tautan_dataset_get_entity (page->dataset, e->target, &to);
  append_text (s, from.name, TAUTAN_TEXT_LINE_MAX);
  g_string_append (s, " → ");
  append_text (s, to.name, TAUTAN_TEXT_LINE_MAX);
  g_string_append (s, ": ");
  append_events (s, e->count);

  if (se != NULL)
    {
      guint type = se->dominant_type, best = 0;

      /* As tautan_time_span_format_human() writes the span; an open end
       * is no day but "date unknown", "on or after …" (rare: not cached). */
      g_string_append (s, ", ");
      if (se->first == TAUTAN_DAY_MIN || se->last == TAUTAN_DAY_MAX)
        {
          g_autofree char *open = tautan_time_span_format_human (&(TautanTimeSpan) { se->first, se->last });

          g_string_append (s, open);
        }
      else
        {
          g_string_append (s, day_text (days, se->first));
          if (se->last != se->first)
            {
              g_string_append (s, " – ");
              g_string_append (s, day_text (days, se->last));
            }
        }

      /* The dominant type among the shown ones, as the scene colours it. */
      if (!tautan_type_mask_is_empty (&page->view.hidden_types))
        {
          const guint32 *types, *counts;

          tautan_slice_get_edge_types (page->slice, (guint)(se - tautan_slice_get_edge (page->slice, 0)),
                                       &types, &counts);
          for (guint t = 0; t < se->n_types; t++)
            if (!tautan_type_mask_has (&page->view.hidden_types, types[t]) &&
                counts[t] > best)
              {
                best = counts[t];
                type = types[t];
              }
        }
      if (type < tautan_taxonomy_get_n_types (taxonomy))
        {
          g_string_append (s, e->count > 1 ? _(", mostly ") : ", ");
          append_text (s, tautan_taxonomy_get_event_type (taxonomy, type)->label, TAUTAN_TEXT_LINE_MAX);
        }
    }
  if (e->dashed)
    g_string_append (s, _(", dated only approximately"));
}

static void
svg_edge (GString    *s,
          Page       *page,
          guint       index,
          GHashTable *ids,
          GHashTable *days)
{
  const TautanPalette *p = &page->palette;
  const TautanSceneEdge *e = tautan_scene_get_edge (page->scene, index);
  const TautanEdgeShape *shape = _tautan_scene_get_edge_shape (page->scene, index);
  TautanRgba color = tautan_scene_edge_get_color (e);
  TautanEntity from, to;
  gsize id_start;

  tautan_dataset_get_entity (page->dataset, e->source, &from);
  tautan_dataset_get_entity (page->dataset, e->target, &to);

  g_string_append (s, "<g id=\"");
  id_start = s->len;
  g_string_append (s, "edge-");
  tautan_xml_append_id (s, from.id);
  g_string_append_c (s, '-');
  tautan_xml_append_id (s, to.id);
  /* Ids may hold "-" themselves: "a-b" → "c" and "a" → "b-c" collide. */
  if (!g_hash_table_add (ids, g_strndup (s->str + id_start, s->len - id_start)))
    {
      g_autofree char *base = g_strndup (s->str + id_start, s->len - id_start);

      for (guint n = 2;; n++)
        {
          g_autofree char *id = g_strdup_printf ("%s-%u", base, n);

          if (g_hash_table_add (ids, g_strdup (id)))
            {
              g_string_truncate (s, id_start);
              g_string_append (s, id);
              break;
            }
        }
    }
  g_string_append (s, "\"><title>");
  append_edge_title (s, page, e, days);
  g_string_append (s, "</title>");

  if (shape->drawable)
    {
      if (e->selected)
        {
          TautanRgba glow = p->accent;

          glow.alpha = 0.5;
          g_string_append (s, "<path d=\"");
          _tautan_render_edge_shaft_svg (s, e, shape);
          g_string_append_c (s, '"');
          _tautan_render_append_paint (s, "stroke", &glow, 1);
          append_attr_num (s, "stroke-width", e->width + 4);
          g_string_append (s, " stroke-linecap=\"round\"/>");
        }

      g_string_append (s, "<path d=\"");
      _tautan_render_edge_shaft_svg (s, e, shape);
      g_string_append_c (s, '"');
      _tautan_render_append_paint (s, "stroke", &color, _tautan_scene_get_edge_gain (page->scene, FALSE));
      append_attr_num (s, "stroke-width", e->width);
      if (e->dashed)
        {
          double dashes[2];

          _tautan_render_edge_dashes (e->width, dashes);
          g_string_append (s, " stroke-dasharray=\"");
          _tautan_render_append_point (s, dashes[0], dashes[1]);
          g_string_append_c (s, '"');
        }
      g_string_append (s, "/>");

      if (shape->arrow)
        {
          g_string_append (s, "<path d=\"");
          _tautan_render_edge_arrow_svg (s, e, shape);
          g_string_append_c (s, '"');
          _tautan_render_append_paint (s, "fill", &color, _tautan_scene_get_edge_gain (page->scene, FALSE));
          g_string_append (s, "/>");
        }
    }
  g_string_append (s, "</g>\n");
}

static void
svg_node (GString               *s,
          Page                  *page,
          const TautanSceneNode *n,
          double                 label_base,
          gboolean               far)
{
  const TautanPalette *p = &page->palette;
  TautanEntity entity;
  guint count = tautan_slice_get_entity_count (page->slice, n->entity);

  tautan_dataset_get_entity (page->dataset, n->entity, &entity);
  g_string_append (s, "<g id=\"node-");
  tautan_xml_append_id (s, entity.id);
  g_string_append_c (s, '"');
  if (n->alpha < 0.995)
    append_attr_num (s, "opacity", n->alpha);
  g_string_append (s, "><title>");
  append_text (s, entity.name, TAUTAN_TEXT_LINE_MAX);
  g_string_append_printf (s, " (%s), ", kind_word (entity.kind));
  append_events (s, count);
  g_string_append (s, "</title>");

  g_string_append (s, "<path d=\"");
  _tautan_render_shape_svg_path (s, n->shape, n->x, n->y, n->radius);
  g_string_append_c (s, '"');
  _tautan_render_append_paint (s, "fill", &n->fill, 1);
  if (!far)
    _tautan_render_append_paint (s, "stroke", &n->stroke, 1);
  g_string_append (s, "/>");

  /* As the scene draws it: a dashed ring for events with no target
   * (not far out, where it would hide the dot it rings). */
  if (n->n_untargeted > 0 && !far)
    {
      g_string_append (s, "<circle class=\"untargeted\"");
      append_attr_num (s, "cx", n->x);
      append_attr_num (s, "cy", n->y);
      append_attr_num (s, "r", _tautan_render_shape_outer_radius (n->shape, n->radius) + 2);
      g_string_append (s, " fill=\"none\"");
      _tautan_render_append_paint (s, "stroke", &n->stroke, 1);
      g_string_append (s, " stroke-width=\"1.2\" stroke-dasharray=\"2.5 2\"/>");
    }

  if (n->selected)
    {
      g_string_append (s, "<circle");
      append_attr_num (s, "cx", n->x);
      append_attr_num (s, "cy", n->y);
      append_attr_num (s, "r", _tautan_render_shape_outer_radius (n->shape, n->radius) + 3);
      g_string_append (s, " fill=\"none\"");
      _tautan_render_append_paint (s, "stroke", &p->accent, 1);
      g_string_append (s, " stroke-width=\"2.5\"/>");
    }

  /* The scene's label: already cut and cleaned for drawing; one set
   * apart from its node is tied to it by a line. */
  if (n->label_visible && n->label != NULL)
    {
      double x0, y0, x1, y1;

      if (_tautan_scene_label_leader (n, &x0, &y0, &x1, &y1))
        {
          g_string_append (s, "<line class=\"leader\"");
          append_attr_num (s, "x1", x0);
          append_attr_num (s, "y1", y0);
          append_attr_num (s, "x2", x1);
          append_attr_num (s, "y2", y1);
          g_string_append (s, "/>");
        }
      g_string_append (s, "<text class=\"label\"");
      append_attr_num (s, "x", n->label_x + n->label_width / 2);
      append_attr_num (s, "y", n->label_y + label_base);
      g_string_append_c (s, '>');
      tautan_xml_append_text (s, n->label, TAUTAN_XML_ESCAPE_ONE_LINE);
      g_string_append (s, "</text>");
    }
  g_string_append (s, "</g>\n");
}

GBytes *
_tautan_export_render_svg (Page *page)
{
  const TautanPalette *p = &page->palette;
  TautanScene *scene = page->scene;
  guint n_nodes = tautan_scene_get_n_nodes (scene), n_edges = tautan_scene_get_n_edges (scene);
  GString *s = g_string_sized_new (8192 + (gsize)n_edges * 280 + (gsize)n_nodes * 220);
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) days = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  double label_size = _tautan_render_context_get_label_size (page->context);
  gboolean far = _tautan_scene_is_far (scene);
  TautanLabelExtents ext;
  double label_base;

  /* Label text sits on the baseline of the label font's layout. */
  _tautan_render_context_measure_label (page->context, "Ag", &ext);
  label_base = (double)pango_layout_get_baseline (_tautan_render_context_lock_label (page->context, "Ag")) / PANGO_SCALE -
               ext.y;
  _tautan_render_context_unlock_label (page->context);

  g_string_append (s, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"");
  g_string_append_printf (s, " width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\"",
                          page->width, page->height, page->width, page->height);
  g_string_append (s, " font-family=\"");
  tautan_xml_append_text (s, tautan_render_context_get_font_family (page->context), TAUTAN_XML_ESCAPE_ONE_LINE);
  g_string_append (s, "\">\n<title>");
  tautan_xml_append_text (s, page->title, TAUTAN_XML_ESCAPE_ONE_LINE);
  g_string_append (s, "</title>\n<desc>");
  tautan_xml_append_text (s, page->window, TAUTAN_XML_ESCAPE_ONE_LINE);
  if (page->filters != NULL)
    {
      g_string_append (s, ". ");
      tautan_xml_append_text (s, page->filters, TAUTAN_XML_ESCAPE_ONE_LINE);
    }
  g_string_append (s, "</desc>\n");

  /* Labels: a halo of the background under the glyphs, as on screen. */
  g_string_append (s, "<style>.label{font-size:");
  _tautan_render_append_number (s, label_size);
  g_string_append (s, "px;fill:");
  _tautan_render_append_color (s, &p->foreground);
  g_string_append (s, ";stroke:");
  _tautan_render_append_color (s, &p->label_halo);
  g_string_append (s, ";stroke-width:");
  _tautan_render_append_number (s, TAUTAN_LABEL_HALO);
  g_string_append (s, "px;stroke-linejoin:round;paint-order:stroke;text-anchor:middle}");
  g_string_append (s, ".leader{fill:none;stroke:");
  _tautan_render_append_color (s, &p->foreground);
  g_string_append (s, ";stroke-opacity:");
  _tautan_render_append_number (s, TAUTAN_LEADER_ALPHA);
  g_string_append (s, ";stroke-width:");
  _tautan_render_append_number (s, TAUTAN_LEADER_WIDTH);
  g_string_append (s, "px}</style>\n");

  g_string_append (s, "<defs><clipPath id=\"graph-area\"><rect");
  append_attr_num (s, "width", page->area.width);
  append_attr_num (s, "height", page->area.height);
  g_string_append (s, "/></clipPath></defs>\n");

  if (!page->transparent)
    {
      g_string_append (s, "<rect id=\"background\"");
      append_attr_num (s, "width", page->width);
      append_attr_num (s, "height", page->height);
      _tautan_render_append_paint (s, "fill", &p->background, 1);
      g_string_append (s, "/>\n");
    }

  g_string_append (s, "<g id=\"graph\" clip-path=\"url(#graph-area)\"");
  if (page->area.x != 0 || page->area.y != 0)
    g_string_append_printf (s, " transform=\"translate(%d %d)\"", page->area.x, page->area.y);
  g_string_append (s, ">\n<g id=\"edges\" fill=\"none\">\n");
  for (guint i = 0; i < n_edges; i++)
    svg_edge (s, page, i, ids, days);
  g_string_append (s, "</g>\n<g id=\"nodes\" stroke-width=\"1\">\n");
  for (guint i = 0; i < n_nodes; i++)
    svg_node (s, page, tautan_scene_get_node (scene, i), label_base, far);
  g_string_append (s, "</g>\n</g>\n<g id=\"furniture\">\n");
  for (guint i = 0; i < page->items->len; i++)
    svg_item (s, page, &g_array_index (page->items, Item, i));
  g_string_append (s, "</g>\n</svg>\n");

  return g_string_free_to_bytes (s);
}
