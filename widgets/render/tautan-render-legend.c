/* tautan-render-legend.c: what a picture shows, as one legend for every page
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The exported picture's legend and the briefing's are the same entries,
 * found by the rules the scene draws by, with icons drawn by the geometry
 * that draws the graph, so a key never shows a shape or an edge the graph
 * does not. */

#define G_LOG_DOMAIN "tautan-render-legend"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tautan/tautan-count.h"
#include "tautan/tautan-render-color.h"

#include "tautan-render-geometry-private.h"
#include "tautan-render-legend-private.h"
#include "tautan-render-text-private.h"

/* Whether any of the segment lies in @box (left, top, right, bottom). */
static gboolean
segment_hits_box (double        x0,
                  double        y0,
                  double        x1,
                  double        y1,
                  const double *box)
{
  double t0, t1;

  return _tautan_render_clip_segment (x0, y0, x1, y1, box[0], box[1], box[2], box[3], &t0, &t1);
}

/* Whether @event is among @events (ascending). */
static gboolean
passes (const GArray *events,
        guint         event)
{
  guint lo = 0, hi = events->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      guint e = g_array_index (events, guint, mid);

      if (e == event)
        return TRUE;
      if (e < event)
        lo = mid + 1;
      else
        hi = mid;
    }
  return FALSE;
}

void
_tautan_legend_content_init (TautanLegendContent *content,
                             TautanSlice         *slice,
                             const TautanPoint   *positions,
                             const TautanView    *view,
                             const double        *clip)
{
  TautanDataset *dataset = tautan_slice_get_dataset (slice);
  TautanTaxonomy *taxonomy = tautan_dataset_get_taxonomy (dataset);
  guint n_entities = tautan_dataset_get_n_entities (dataset);
  guint n_slice_edges = tautan_slice_get_n_edges (slice);
  const TautanTypeMask *hidden_types = &view->hidden_types;
  g_autofree guint8 *shown = g_new0 (guint8, MAX (n_entities, 1));

  memset (content, 0, sizeof *content);
  content->n_types = tautan_taxonomy_get_n_types (taxonomy);
  content->type_events = g_new0 (guint, MAX (content->n_types, 1));
  content->pairs = g_array_new (FALSE, FALSE, sizeof (guint64));
  content->untargeted = g_array_new (FALSE, FALSE, sizeof (guint32));
  content->color_mode = view->color_mode;

  /* A comparison is drawn actor by actor, as the scene draws it. */
  const TautanFilterEdges *rolled = view->rollup != NULL && view->changes == NULL ? view->rollup->edges : NULL;
  guint stride = rolled != NULL ? 2 : 1;

  /* As tautan-scene-build.c draws them: active entities of shown kinds
   * (1), and of those the ones inside the clip (2)... */
  for (guint k = 0; k < tautan_slice_get_n_entities (slice); k++)
    {
      guint e = tautan_slice_get_entity (slice, k)->entity;
      TautanEntity entity;
      double x, y;

      if (e >= n_entities)
        continue;
      /* Rolled up, an actor is drawn as its group. */
      if (view->rollup != NULL && view->changes == NULL && e < view->rollup->n_entities)
        {
          e = view->rollup->group_of[e];
          if (shown[e])
            continue;
        }
      tautan_dataset_get_entity (dataset, e, &entity);
      if (entity.kind < 32 && (view->hidden_kinds & (1u << entity.kind)) != 0)
        continue;
      shown[e] = 1;
      x = positions[e].x;
      y = positions[e].y;
      if (clip == NULL || (x >= clip[0] && x <= clip[2] && y >= clip[1] && y <= clip[3]))
        {
          shown[e] = 2;
          content->kinds[MIN ((guint)entity.kind, TAUTAN_N_ENTITY_KINDS - 1)] = TRUE;
          content->n_nodes++;
        }
    }

  /* ... and actor → target pairs between them, no self-loop, with some
   * event of a shown type; inside the clip, those with an end inside or
   * crossing it. */
  for (guint k = 0; k < (rolled != NULL ? rolled->edges->len : n_slice_edges); k++)
    {
      const TautanSliceEdge *se = rolled != NULL ? &g_array_index (rolled->edges, TautanSliceEdge, k)
                                                 : tautan_slice_get_edge (slice, k);
      const guint32 *types, *counts;
      guint count = 0;
      guint64 pair;

      if (se->source == se->target || se->source >= n_entities || se->target >= n_entities ||
          !shown[se->source] || !shown[se->target])
        continue;
      if (clip != NULL && shown[se->source] != 2 && shown[se->target] != 2 &&
          !segment_hits_box (positions[se->source].x, positions[se->source].y,
                             positions[se->target].x, positions[se->target].y, clip))
        continue;

      /* A roll-up's edges hold (type, count) pairs. */
      if (rolled != NULL)
        {
          types = &g_array_index (rolled->type_pairs, guint32, se->type_offset * 2);
          counts = types + 1;
        }
      else
        tautan_slice_get_edge_types (slice, k, &types, &counts);
      for (guint t = 0; t < se->n_types; t++)
        if (counts[t * stride] > 0 && !tautan_type_mask_has (hidden_types, types[t * stride]))
          count += counts[t * stride];
      if (count == 0)
        continue;

      for (guint t = 0; t < se->n_types; t++)
        if (counts[t * stride] > 0 && types[t * stride] < content->n_types &&
            !tautan_type_mask_has (hidden_types, types[t * stride]))
          {
            content->type_events[types[t * stride]] += counts[t * stride];
            content->quads[tautan_taxonomy_get_event_type (taxonomy, types[t * stride])->quad_class] = TRUE;
          }
      content->dashed |= se->imprecise >= se->count;
      content->n_edges++;
      pair = (guint64)se->source << 32 | se->target;
      g_array_append_val (content->pairs, pair);
    }

  /* Under a comparison the edges are coloured by their change, and only
   * those that changed class are drawn. */
  if (view->changes != NULL)
    {
      guint kept = 0;

      content->comparing = TRUE;
      for (guint i = 0; i < content->pairs->len; i++)
        {
          guint64 pair = g_array_index (content->pairs, guint64, i);
          const TautanChangeEdge *change = tautan_changes_find (view->changes, pair >> 32, pair & 0xFFFFFFFFu);

          if (change == NULL)
            continue;
          content->changes[change->kind]++;
          g_array_index (content->pairs, guint64, kept++) = pair;
        }
      g_array_set_size (content->pairs, kept);
      content->n_edges = kept;
    }

  /* ... and events with no target, on an actor drawn (as its ring). */
  {
    TautanEvent event;
    guint cursor = 0;
    guint32 index;

    while (_tautan_render_next_untargeted (slice, hidden_types, &cursor, &index, &event))
      {
        gboolean drawn = FALSE;

        /* Under a filter, only the rings' events: those that pass. */
        if (view->filter_edges != NULL && view->filter_edges->events != NULL &&
            !passes (view->filter_edges->events, index))
          continue;
        for (guint a = 0; a < event.n_actors && !drawn; a++)
          {
            guint actor = event.actors[a];

            if (rolled != NULL && actor < view->rollup->n_entities)
              actor = view->rollup->group_of[actor];
            drawn = actor < n_entities && shown[actor] == 2;
          }
        if (!drawn)
          continue;
        g_array_append_val (content->untargeted, index);
        if (event.type < content->n_types)
          {
            content->type_events[event.type]++;
            content->quads[tautan_taxonomy_get_event_type (taxonomy, event.type)->quad_class] = TRUE;
          }
      }
  }
}

gboolean
_tautan_render_next_untargeted (TautanSlice          *slice,
                                const TautanTypeMask *hidden_types,
                                guint                *cursor,
                                guint32              *index,
                                TautanEvent          *event)
{
  TautanDataset *dataset = tautan_slice_get_dataset (slice);
  guint n;
  const guint32 *events = tautan_dataset_get_untargeted_events (dataset, &n);

  while (*cursor < n)
    {
      guint32 e = events[(*cursor)++];

      if (!tautan_slice_contains_event (slice, e))
        continue;
      tautan_dataset_get_event (dataset, e, event);
      if (tautan_type_mask_has (hidden_types, event->type))
        continue;
      *index = e;
      return TRUE;
    }
  return FALSE;
}

void
_tautan_legend_content_clear (TautanLegendContent *content)
{
  g_clear_pointer (&content->type_events, g_free);
  g_clear_pointer (&content->pairs, g_array_unref);
  g_clear_pointer (&content->untargeted, g_array_unref);
}

static void
entry_clear (gpointer data)
{
  TautanLegendEntry *entry = data;

  g_clear_pointer (&entry->label, g_free);
  g_clear_pointer (&entry->detail, g_free);
}

static void
add_entry (GArray              *entries,
           TautanLegendSection  section,
           gboolean             is_shape,
           TautanShape          shape,
           const TautanRgba    *color,
           gboolean             dashed,
           const char          *label,
           char                *detail)
{
  TautanLegendEntry entry = { 0 };

  entry.section = section;
  entry.is_shape = is_shape;
  entry.shape = shape;
  entry.color = *color;
  entry.dashed = dashed;
  /* Taxonomy labels come from files, like every other text drawn. */
  entry.label = _tautan_render_text_clean (label, TAUTAN_TEXT_LINE_MAX, TAUTAN_TEXT_ONE_LINE);
  entry.detail = detail;
  g_array_append_val (entries, entry);
}

GArray *
_tautan_legend_entries (const TautanLegendContent *content,
                        TautanTaxonomy            *taxonomy,
                        const TautanPalette       *palette)
{
  GArray *entries = g_array_new (FALSE, TRUE, sizeof (TautanLegendEntry));

  g_array_set_clear_func (entries, entry_clear);

  for (guint k = 0; k < TAUTAN_N_ENTITY_KINDS; k++)
    if (content->kinds[k])
      add_entry (entries, TAUTAN_LEGEND_ACTORS, TRUE, _tautan_render_shape_for_kind (k),
                 &palette->node_fill[k], FALSE, tautan_entity_kind_label (k), NULL);
  if (content->untargeted->len > 0)
    {
      add_entry (entries, TAUTAN_LEGEND_ACTORS, TRUE, TAUTAN_SHAPE_CIRCLE, &palette->background, FALSE,
                 _("Events with no target"), NULL);
      g_array_index (entries, TautanLegendEntry, entries->len - 1).ring = TRUE;
    }

  if (content->n_edges == 0 && content->untargeted->len == 0)
    return entries;

  if (content->comparing)
    {
      /* The change classes in their colours, as the canvas draws them. */
      for (guint k = 0; k < TAUTAN_N_CHANGES; k++)
        if (content->changes[k] > 0)
          {
            TautanRgba color = tautan_rgba_from_rgb (tautan_change_kind_rgb (k), TAUTAN_EDGE_ALPHA);
            g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s link", "%s links",
                                                                   content->changes[k]),
                                                      tautan_count_format (content->changes[k]));

            add_entry (entries, TAUTAN_LEGEND_RELATIONS, FALSE, 0, &color, FALSE, tautan_change_kind_get_label (k),
                       g_steal_pointer (&count));
          }
    }
  else if (content->color_mode == TAUTAN_EDGE_COLOR_DOMINANT_TYPE)
    {
      for (guint t = 0; t < content->n_types; t++)
        if (content->type_events[t] > 0)
          {
            const TautanEventType *type = tautan_taxonomy_get_event_type (taxonomy, t);
            TautanRgba color = tautan_rgba_from_rgb (type->color, TAUTAN_EDGE_ALPHA);

            add_entry (entries, TAUTAN_LEGEND_RELATIONS, FALSE, 0, &color, FALSE, type->label, NULL);
          }
    }
  else
    {
      /* One line per QuadClass, with the event types of it drawn. */
      for (guint q = 0; q < TAUTAN_N_QUAD_CLASSES; q++)
        {
          const TautanQuadClassInfo *info = tautan_taxonomy_get_quad_class (taxonomy, q);
          TautanRgba color = tautan_rgba_from_rgb (info->color, TAUTAN_EDGE_ALPHA);
          g_autoptr(GString) types = g_string_new (NULL);

          if (!content->quads[q])
            continue;
          for (guint t = 0; t < content->n_types; t++)
            if (content->type_events[t] > 0 && tautan_taxonomy_get_event_type (taxonomy, t)->quad_class == q)
              g_string_append_printf (types, "%s%s", types->len ? " · " : "",
                                      tautan_taxonomy_get_event_type (taxonomy, t)->label);
          add_entry (entries, TAUTAN_LEGEND_RELATIONS, FALSE, 0, &color, FALSE, info->label,
                     types->len > 0 ? _tautan_render_text_clean (types->str, TAUTAN_TEXT_LINE_MAX,
                                                                 TAUTAN_TEXT_ONE_LINE)
                                    : NULL);
        }
    }

  if (content->dashed)
    add_entry (entries, TAUTAN_LEGEND_RELATIONS, FALSE, 0, &palette->dim, TRUE,
               _("Only approximately dated events"), NULL);

  return entries;
}

/* Icons */

static void
swatch (const TautanLegendIcon *icon,
        double                  x,
        double                  cy,
        TautanSceneEdge        *edge,
        TautanEdgeShape        *shape)
{
  memset (edge, 0, sizeof *edge);
  _tautan_render_edge_swatch (edge, shape, x, x + icon->width, cy, icon->line_width);
}

void
_tautan_legend_draw_icon (cairo_t                 *cr,
                          const TautanLegendEntry *entry,
                          const TautanLegendIcon  *icon,
                          const TautanRgba        *outline,
                          double                   x,
                          double                   cy)
{
  cairo_save (cr);
  /* Not joined to where the last text left the current point. */
  cairo_new_path (cr);
  if (entry->is_shape)
    {
      _tautan_render_shape_path (cr, entry->shape, x + icon->width / 2, cy, icon->radius);
      tautan_rgba_set_source (&entry->color, cr);
      cairo_fill_preserve (cr);
      tautan_rgba_set_source (outline, cr);
      cairo_set_line_width (cr, icon->outline);
      cairo_stroke (cr);
      if (entry->ring)
        {
          static const double dash[] = { 2.5, 2.0 };

          cairo_new_sub_path (cr);
          cairo_arc (cr, x + icon->width / 2, cy, _tautan_render_shape_outer_radius (entry->shape, icon->radius) + 2,
                     0, 2 * G_PI);
          cairo_set_line_width (cr, 1.2);
          cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
          cairo_stroke (cr);
        }
    }
  else
    {
      TautanSceneEdge edge;
      TautanEdgeShape shape;

      swatch (icon, x, cy, &edge, &shape);
      tautan_rgba_set_source (&entry->color, cr);
      cairo_set_line_width (cr, icon->line_width);
      if (entry->dashed)
        {
          double dashes[2];

          _tautan_render_edge_dashes (icon->line_width, dashes);
          cairo_set_dash (cr, dashes, 2, 0);
        }
      _tautan_render_edge_shaft_path (cr, &edge, &shape);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      if (shape.arrow)
        {
          _tautan_render_edge_arrow_path (cr, &edge, &shape);
          cairo_fill (cr);
        }
    }
  cairo_restore (cr);
}

void
_tautan_legend_svg_icon (GString                 *s,
                         const TautanLegendEntry *entry,
                         const TautanLegendIcon  *icon,
                         const TautanRgba        *outline,
                         double                   x,
                         double                   cy)
{
  if (entry->is_shape)
    {
      g_string_append (s, "<path d=\"");
      _tautan_render_shape_svg_path (s, entry->shape, x + icon->width / 2, cy, icon->radius);
      g_string_append_c (s, '"');
      _tautan_render_append_paint (s, "fill", &entry->color, 1);
      _tautan_render_append_paint (s, "stroke", outline, 1);
      g_string_append (s, " stroke-width=\"");
      _tautan_render_append_number (s, icon->outline);
      g_string_append (s, "\"/>\n");
      if (entry->ring)
        {
          g_string_append (s, "<circle");
          g_string_append (s, " cx=\"");
          _tautan_render_append_number (s, x + icon->width / 2);
          g_string_append (s, "\" cy=\"");
          _tautan_render_append_number (s, cy);
          g_string_append (s, "\" r=\"");
          _tautan_render_append_number (s, _tautan_render_shape_outer_radius (entry->shape, icon->radius) + 2);
          g_string_append (s, "\" fill=\"none\"");
          _tautan_render_append_paint (s, "stroke", outline, 1);
          g_string_append (s, " stroke-width=\"1.2\" stroke-dasharray=\"2.5 2\"/>\n");
        }
    }
  else
    {
      TautanSceneEdge edge;
      TautanEdgeShape shape;

      swatch (icon, x, cy, &edge, &shape);
      g_string_append (s, "<path d=\"");
      _tautan_render_edge_shaft_svg (s, &edge, &shape);
      g_string_append (s, "\" fill=\"none\"");
      _tautan_render_append_paint (s, "stroke", &entry->color, 1);
      g_string_append (s, " stroke-width=\"");
      _tautan_render_append_number (s, icon->line_width);
      g_string_append_c (s, '"');
      if (entry->dashed)
        {
          double dashes[2];

          _tautan_render_edge_dashes (icon->line_width, dashes);
          g_string_append (s, " stroke-dasharray=\"");
          _tautan_render_append_point (s, dashes[0], dashes[1]);
          g_string_append_c (s, '"');
        }
      g_string_append (s, "/>\n");
      if (shape.arrow)
        {
          g_string_append (s, "<path d=\"");
          _tautan_render_edge_arrow_svg (s, &edge, &shape);
          g_string_append_c (s, '"');
          _tautan_render_append_paint (s, "fill", &entry->color, 1);
          g_string_append (s, "/>\n");
        }
    }
}

void
_tautan_legend_icon_extents (const TautanLegendEntry *entry,
                             const TautanLegendIcon  *icon,
                             double                   x,
                             double                   cy,
                             double                   box[4])
{
  double half;

  if (entry->is_shape)
    {
      double r = _tautan_render_shape_outer_radius (entry->shape, icon->radius) + icon->outline / 2;

      box[0] = x + icon->width / 2 - r;
      box[2] = x + icon->width / 2 + r;
      half = r;
    }
  else
    {
      TautanSceneEdge edge;
      TautanEdgeShape shape;

      swatch (icon, x, cy, &edge, &shape);
      half = MAX (icon->line_width / 2, shape.arrow ? (shape.ay0 - shape.ay1) / 2 : 0);
      box[0] = x;
      box[2] = x + icon->width;
    }
  box[1] = cy - half;
  box[3] = cy + half;
}
