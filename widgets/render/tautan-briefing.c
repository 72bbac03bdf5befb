/* tautan-briefing.c: a workspace's saved views as a printable PDF
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A title page, a page per saved view (its graph by tautan_scene_draw(),
 * the shared legend, the note and the key quotes) and an appendix of
 * sources, flowed onto as many pages as they need. Every string from the
 * dataset, the workspace or the command line is cleaned and cut before
 * Pango or cairo sees it, and only http and https sources become links,
 * escaped so that no URL can write into the PDF's structure. */

#define G_LOG_DOMAIN "tautan-briefing"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "tautan/tautan-briefing.h"
#include "tautan/tautan-count.h"
#include "tautan/tautan-file.h"
#include "tautan/tautan-layout.h"
#include "tautan/tautan-render-context.h"
#include "tautan/tautan-saved-view.h"
#include "tautan/tautan-scene.h"
#include "tautan/tautan-slice.h"

#include "tautan-briefing-private.h"
#include "tautan-render-filter-private.h"
#include "tautan-render-geometry-private.h"
#include "tautan-render-legend-private.h"
#include "tautan-scene-private.h"

/* Sizes are in PDF points. */
#define FRAME_HEIGHT     300.0   /* the graph on a view page */
#define FRAME_PAD_X      64.0    /* room for labels beside the outermost nodes */
#define FRAME_PAD_Y      34.0
#define MAX_ZOOM         150.0   /* so two nodes do not fill the page */
#define FRAME_INSET      3.0     /* what is drawn keeps this far inside the frame */
#define TITLE_SOURCES    12      /* sources listed on the title page */
#define LAYOUT_SEED      42
#define LAYOUT_MAX_STEPS 3000

G_DEFINE_QUARK (tautan-briefing-error-quark, tautan_briefing_error)

static char *
format_day (TautanDay day)
{
  if (day == TAUTAN_DAY_NONE)
    return g_strdup (_("undated"));
  return tautan_day_format_human (day);
}

/* "Outlet, 12 Jun 2023 — Title" as markup. */
static char *
source_line (Doc   *doc,
             guint  index)
{
  TautanSource s;
  g_autofree char *date = NULL;

  tautan_dataset_get_source (doc->dataset, index, &s);
  date = format_day (s.published);
  return g_markup_printf_escaped ("<b>%s</b>, %s — %s", _tautan_briefing_line (doc, s.outlet), date,
                                  _tautan_briefing_line (doc, s.title));
}

static void
table_row (Doc        *doc,
           const char *label,
           const char *value)
{
  g_autofree char *label_markup = g_markup_escape_text (label, -1);
  g_autofree char *value_markup = g_markup_escape_text (value, -1);
  g_autoptr(PangoLayout) key = _tautan_briefing_layout (doc, SMALL_SIZE, PANGO_WEIGHT_BOLD,
                                                        PANGO_STYLE_NORMAL,
                                           -1, label_markup);
  double y = doc->y;

  _tautan_briefing_set_ink (doc->cr, &ink_dim);
  cairo_move_to (doc->cr, doc->left, y + 1.5);
  pango_cairo_show_layout (doc->cr, key);
  _tautan_briefing_paragraph (doc, value_markup, BODY_SIZE, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL,
                 &ink_text, 96, 5, TRUE);
}

static void
title_page (Doc *doc)
{
  TautanTimeSpan span = tautan_dataset_get_span (doc->dataset);
  guint n_views = g_list_model_get_n_items (G_LIST_MODEL (tautan_workspace_get_views (doc->workspace)));
  guint n_sources = tautan_dataset_get_n_sources (doc->dataset);
  const char *description = tautan_dataset_get_description (doc->dataset);
  g_autofree char *title = g_markup_escape_text (doc->title, -1);
  g_autofree char *period = NULL;
  g_autofree char *views = g_strdup (tautan_count_format (n_views));
  g_autofree char *sources = g_strdup (tautan_count_format (n_sources));
  g_autofree char *date = tautan_day_format_human (doc->date);
  /* No name worth printing: the date alone, not "by root". */
  g_autofree char *prepared = *doc->author != '\0' ? g_strdup_printf (_("%s, by %s"), date, doc->author)
                                                    : g_strdup (date);

  if (span.from <= span.to && span.from != TAUTAN_DAY_NONE)
    period = tautan_time_span_format_human (&span);
  else
    period = g_strdup (_("no dated events"));

  doc->y = doc->top + 110;
  _tautan_briefing_set_ink (doc->cr, &ink_accent);
  cairo_rectangle (doc->cr, doc->left, doc->y, 56, 4);
  cairo_fill (doc->cr);
  doc->y += 22;

  _tautan_briefing_paragraph (doc, title, 26, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, &ink_text, 0,
                              8, FALSE);
  _tautan_briefing_paragraph (doc, _("Briefing"), 15, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL,
                              &ink_accent, 0, 0, FALSE);
  _tautan_briefing_rule (doc, 16);

  table_row (doc, _("Period"), period);
  table_row (doc, _("Views"), views);
  table_row (doc, _("Sources"), sources);
  table_row (doc, _("Prepared"), prepared);
  if (doc->doc_marking != NULL)
    table_row (doc, _("Handling"), doc->doc_marking);

  if (description != NULL && *description)
    {
      g_autofree char *markup = g_markup_escape_text (_tautan_briefing_paragraph_text (doc, description), -1);

      doc->y += 14;
      _tautan_briefing_paragraph (doc, markup, BODY_SIZE, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL,
                     &ink_text, 0, 0, FALSE);
    }

  _tautan_briefing_heading (doc, _("Sources"), 12.5, 22, 6);
  for (guint i = 0; i < MIN (n_sources, TITLE_SOURCES); i++)
    {
      g_autofree char *line = source_line (doc, i);

      _tautan_briefing_paragraph (doc, line, SMALL_SIZE + 0.5, PANGO_WEIGHT_NORMAL,
                                  PANGO_STYLE_NORMAL,
                     &ink_text, 0, 4, TRUE);
    }
  if (n_sources > TITLE_SOURCES)
    {
      g_autofree char *more = g_strdup_printf (_("… and %s more, listed in the appendix."),
                                               tautan_count_format (n_sources - TITLE_SOURCES));

      _tautan_briefing_paragraph (doc, more, SMALL_SIZE, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC,
                     &ink_dim, 0, 0, TRUE);
    }
  else if (n_sources == 0)
    _tautan_briefing_paragraph (doc, _("The dataset cites no sources."), SMALL_SIZE,
                                PANGO_WEIGHT_NORMAL,
                   PANGO_STYLE_ITALIC, &ink_dim, 0, 0, TRUE);
}

/* ---- labels off the edges ---- */

/* Whether the segment a → b meets @box (Liang–Barsky). */
static gboolean
segment_meets_box (double     ax,
                   double     ay,
                   double     bx,
                   double     by,
                   const Box *box)
{
  double t0 = 0, t1 = 1, dx = bx - ax, dy = by - ay;
  double p[4] = { -dx, dx, -dy, dy };
  double q[4] = { ax - box->x0, box->x1 - ax, ay - box->y0, box->y1 - ay };

  for (guint i = 0; i < 4; i++)
    {
      if (p[i] == 0)
        {
          if (q[i] < 0)
            return FALSE;
          continue;
        }
      if (p[i] < 0)
        t0 = MAX (t0, q[i] / p[i]);
      else
        t1 = MIN (t1, q[i] / p[i]);
      if (t0 > t1)
        return FALSE;
    }
  return TRUE;
}

/* How many of @scene's edges run under the box x0,y0 – x1,y1: each edge
 * as drawn, a quadratic curve, followed in short steps. */
guint
_tautan_briefing_edges_under (TautanScene *scene,
                              double       x0,
                              double       y0,
                              double       x1,
                              double       y1)
{
  guint n = 0;

  for (guint i = 0; i < tautan_scene_get_n_edges (scene); i++)
    {
      const TautanSceneEdge *e = tautan_scene_get_edge (scene, i);
      double half = e->width / 2;
      Box box = { x0 - half, y0 - half, x1 + half, y1 + half };
      double px = e->x0, py = e->y0;

      if (MAX (MAX (e->x0, e->x1), e->cx) < box.x0 || MIN (MIN (e->x0, e->x1), e->cx) > box.x1 ||
          MAX (MAX (e->y0, e->y1), e->cy) < box.y0 || MIN (MIN (e->y0, e->y1), e->cy) > box.y1)
        continue;
      for (guint k = 1; k <= 16; k++)
        {
          double t = k / 16.0, u = 1 - t;
          double qx = u * u * e->x0 + 2 * u * t * e->cx + t * t * e->x1;
          double qy = u * u * e->y0 + 2 * u * t * e->cy + t * t * e->y1;

          if (segment_meets_box (px, py, qx, qy, &box))
            {
              n++;
              break;
            }
          px = qx;
          py = qy;
        }
    }
  return n;
}

/* Whether the label box of node @i, moved to x,y, stays in the frame and
 * off every other label and every node (its own too). */
static gboolean
label_spot_free (TautanScene *scene,
                 guint        i,
                 double       x,
                 double       y)
{
  const TautanSceneNode *node = tautan_scene_get_node (scene, i);
  Box box = { x - TAUTAN_LABEL_GAP, y - TAUTAN_LABEL_GAP,
              x + node->label_width + TAUTAN_LABEL_GAP, y + node->label_height + TAUTAN_LABEL_GAP };

  double own = hypot (MAX (MAX (x - node->x, 0), node->x - (x + node->label_width)),
                      MAX (MAX (y - node->y, 0), node->y - (y + node->label_height)));

  if (x < FRAME_INSET || y < FRAME_INSET || x + node->label_width > scene->view.width - FRAME_INSET ||
      y + node->label_height > scene->view.height - FRAME_INSET)
    return FALSE;
  for (guint k = 0; k < tautan_scene_get_n_nodes (scene); k++)
    {
      const TautanSceneNode *other = tautan_scene_get_node (scene, k);
      double r = scene->node_extra[k].outer + (other->n_untargeted > 0 ? 3 : 0) + 1;
      double dx = MAX (MAX (box.x0 - other->x, 0), other->x - box.x1);
      double dy = MAX (MAX (box.y0 - other->y, 0), other->y - box.y1);

      /* over a node, or nearer another node than its own (read as that one's) */
      if (hypot (dx, dy) < r || (k != i && hypot (dx, dy) < own))
        return FALSE;
      if (k != i && other->label_visible && box.x0 < other->label_x + other->label_width + TAUTAN_LABEL_GAP &&
          box.x1 > other->label_x - TAUTAN_LABEL_GAP && box.y0 < other->label_y + other->label_height + TAUTAN_LABEL_GAP &&
          box.y1 > other->label_y - TAUTAN_LABEL_GAP)
        return FALSE;
    }
  return TRUE;
}

/* On a page the figure is read, not hovered: a label over an edge hides
 * where the edge goes. The scene places labels off nodes and each other;
 * here each label beside its node that lies on edges moves, where there
 * is room, to the spot around its node that lies on the fewest, off every
 * node and label, nearer its node than any other, inside the frame. */
void
_tautan_briefing_place_labels (TautanScene *scene)
{
  for (guint i = 0; i < tautan_scene_get_n_nodes (scene); i++)
    {
      TautanSceneNode *node = &g_array_index (scene->nodes, TautanSceneNode, i);
      NodeExtra *extra = &scene->node_extra[i];
      double w = node->label_width, h = node->label_height;
      double clear = extra->outer + (node->n_untargeted > 0 ? 3 : 0) + 2;
      double best_x = node->label_x, best_y = node->label_y;
      guint best;

      if (!node->label_visible || node->label_leader)
        continue;
      best = _tautan_briefing_edges_under (scene, node->label_x, node->label_y, node->label_x + w, node->label_y + h);
      /* Around the node in 16 directions, touching its ring first, then a
       * little farther out, never so far it reads as another node's: the
       * nearest spot on the fewest edges. */
      for (guint ring = 0; ring < 4 && best > 0; ring++)
        for (guint dir = 0; dir < 16 && best > 0; dir++)
          {
            double a = dir * G_PI / 8, ux = cos (a), uy = sin (a);
            /* from the node centre to the nearest point of a w × h box
             * in direction a, clear + ring * h / 2 away */
            double reach = clear + ring * h / 2;
            double x = node->x + ux * reach - w / 2 + ux * w / 2;
            double y = node->y + uy * reach - h / 2 + uy * h / 2;
            guint under;

            under = _tautan_briefing_edges_under (scene, x, y, x + w, y + h);
            if (under < best && label_spot_free (scene, i, x, y))
              {
                best = under;
                best_x = x;
                best_y = y;
              }
          }
      extra->layout_x += best_x - node->label_x;
      extra->layout_y += best_y - node->label_y;
      node->label_x = best_x;
      node->label_y = best_y;
    }
}

/* Sets the view's camera so every node the scene shows fits the frame:
 * the saved camera was for a window-sized canvas, not for the page. */
static void
fit_view (Doc         *doc,
          TautanSlice *slice,
          TautanView  *view)
{
  g_autoptr(TautanScene) probe = tautan_scene_new (doc->context, doc->dataset, slice,
                                                   doc->positions, view);
  guint n = tautan_scene_get_n_nodes (probe);
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;
  double zx, zy;

  if (n == 0)
    return;

  for (guint i = 0; i < n; i++)
    {
      const TautanPoint *p = &doc->positions[tautan_scene_get_node (probe, i)->entity];

      x0 = MIN (x0, p->x);
      y0 = MIN (y0, p->y);
      x1 = MAX (x1, p->x);
      y1 = MAX (y1, p->y);
    }

  zx = x1 > x0 ? (view->width - 2 * FRAME_PAD_X) / (x1 - x0) : MAX_ZOOM;
  zy = y1 > y0 ? (view->height - 2 * FRAME_PAD_Y) / (y1 - y0) : MAX_ZOOM;
  view->zoom = CLAMP (MIN (zx, zy), 1.0, MAX_ZOOM);
  view->center_x = (x0 + x1) / 2;
  view->center_y = (y0 + y1) / 2;

  /* Then room for what stands out of the nodes: their rings and labels,
   * those set apart by a leader line too (a crowded roll-up pushes a
   * group's label far out). Where one would cross the frame, zoom out
   * just enough for every node's box (node, ring and label, as placed)
   * to fit, and look again: the labels find room nearer as nodes spread. */
  for (guint round = 0; round < 3; round++)
    {
      g_autoptr(TautanScene) placed = tautan_scene_new (doc->context, doc->dataset, slice, doc->positions, view);
      guint n_placed = tautan_scene_get_n_nodes (placed);
      g_autofree double *out = g_new (double, 4 * MAX (n_placed, 1));
      g_autofree TautanPoint *at = g_new (TautanPoint, MAX (n_placed, 1));
      gboolean inside = TRUE;
      double lo = 1.0, hi = view->zoom;

      /* Per node: how far its box reaches left, up, right and down. */
      for (guint i = 0; i < n_placed; i++)
        {
          const TautanSceneNode *node = tautan_scene_get_node (placed, i);
          double r = _tautan_render_shape_outer_radius (node->shape, node->radius) + (node->n_untargeted > 0 ? 3 : 0);
          double bx0 = node->x - r, by0 = node->y - r, bx1 = node->x + r, by1 = node->y + r;

          if (node->label_visible)
            {
              bx0 = MIN (bx0, node->label_x);
              by0 = MIN (by0, node->label_y);
              bx1 = MAX (bx1, node->label_x + node->label_width);
              by1 = MAX (by1, node->label_y + node->label_height);
            }
          inside &= bx0 >= FRAME_INSET && by0 >= FRAME_INSET &&
                    bx1 <= view->width - FRAME_INSET && by1 <= view->height - FRAME_INSET;
          out[4 * i] = node->x - bx0;
          out[4 * i + 1] = node->y - by0;
          out[4 * i + 2] = bx1 - node->x;
          out[4 * i + 3] = by1 - node->y;
          at[i] = doc->positions[node->entity];
        }
      if (inside || view->zoom <= 1.0)
        break;

      /* The largest zoom at which the boxes' span fits: it grows with the zoom. */
      for (guint step = 0; step < 32; step++)
        {
          double z = (lo + hi) / 2, min_x = G_MAXDOUBLE, max_x = -G_MAXDOUBLE, min_y = G_MAXDOUBLE, max_y = -G_MAXDOUBLE;

          for (guint i = 0; i < n_placed; i++)
            {
              min_x = MIN (min_x, at[i].x * z - out[4 * i]);
              min_y = MIN (min_y, at[i].y * z - out[4 * i + 1]);
              max_x = MAX (max_x, at[i].x * z + out[4 * i + 2]);
              max_y = MAX (max_y, at[i].y * z + out[4 * i + 3]);
            }
          if (max_x - min_x <= view->width - 2 * FRAME_INSET && max_y - min_y <= view->height - 2 * FRAME_INSET)
            lo = z;
          else
            hi = z;
        }
      {
        double min_x = G_MAXDOUBLE, max_x = -G_MAXDOUBLE, min_y = G_MAXDOUBLE, max_y = -G_MAXDOUBLE;

        for (guint i = 0; i < n_placed; i++)
          {
            min_x = MIN (min_x, at[i].x * lo - out[4 * i]);
            min_y = MIN (min_y, at[i].y * lo - out[4 * i + 1]);
            max_x = MAX (max_x, at[i].x * lo + out[4 * i + 2]);
            max_y = MAX (max_y, at[i].y * lo + out[4 * i + 3]);
          }
        view->zoom = lo;
        view->center_x = (min_x + max_x) / (2 * lo);
        view->center_y = (min_y + max_y) / (2 * lo);
      }
    }
}

/* One legend entry at the cursor, wrapping to a new row at the right:
 * its icon as the graph draws it, then its label. */
static void
legend_item (Doc                     *doc,
             double                  *x,
             const TautanLegendEntry *entry,
             gboolean                 with_detail)
{
  static const TautanLegendIcon icon = { 16, 4.5, 2, 0.6 };
  cairo_t *cr = doc->cr;
  /* TRANSLATORS: a legend entry and its count: “New links (5 links)” */
  g_autofree char *text = with_detail && entry->detail != NULL
                          ? g_strdup_printf (_("%s (%s)"), entry->label, entry->detail)
                          : g_strdup (entry->label);
  g_autofree char *markup = g_markup_escape_text (text, -1);
  g_autoptr(PangoLayout) layout = _tautan_briefing_layout (doc, TINY_SIZE, PANGO_WEIGHT_NORMAL,
                                                           PANGO_STYLE_NORMAL,
                                              -1, markup);
  double w = icon.width + 6 + _tautan_briefing_layout_width (layout);
  double row = 14;
  double cy;

  if (*x + w > doc->right && *x > doc->left + 64)
    {
      *x = doc->left + 64;
      doc->y += row;
    }
  cy = doc->y + row / 2;

  _tautan_legend_draw_icon (cr, entry, &icon, &doc->palette->node_stroke, *x, cy);
  _tautan_briefing_set_ink (cr, &ink_text);
  cairo_move_to (cr, *x + icon.width + 4, cy - _tautan_briefing_layout_height (layout) / 2);
  pango_cairo_show_layout (cr, layout);
  *x += w + 10;
}

static void
legend_label (Doc        *doc,
              double     *x,
              const char *text)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);
  g_autoptr(PangoLayout) layout = _tautan_briefing_layout (doc, TINY_SIZE, PANGO_WEIGHT_BOLD,
                                                           PANGO_STYLE_NORMAL,
                                              -1, markup);

  doc->y += 14;
  *x = doc->left + 64;
  _tautan_briefing_set_ink (doc->cr, &ink_dim);
  cairo_move_to (doc->cr, doc->left, doc->y + 7 - _tautan_briefing_layout_height (layout) / 2);
  pango_cairo_show_layout (doc->cr, layout);
}

/* The entity kinds shown, the link colours used and the event types behind
 * the links, so the page reads without the app's legend: the entries of
 * an exported picture's legend, found the same way. */
static void
draw_legend (Doc              *doc,
             TautanSlice      *slice,
             const TautanView *view)
{
  TautanTaxonomy *taxonomy = tautan_dataset_get_taxonomy (doc->dataset);
  TautanLegendContent content;
  g_autoptr(GArray) entries = NULL;
  g_autoptr(GString) types = g_string_new (NULL);
  gboolean any_relation = FALSE;
  double x;

  _tautan_legend_content_init (&content, slice, doc->positions, view, NULL);
  entries = _tautan_legend_entries (&content, taxonomy, doc->palette);

  if (content.n_nodes == 0)
    {
      _tautan_legend_content_clear (&content);
      return;
    }

  _tautan_briefing_need (doc, 3 * 14 + 8);
  doc->y -= 14;

  legend_label (doc, &x, _("Actors"));
  for (guint i = 0; i < entries->len; i++)
    {
      const TautanLegendEntry *entry = &g_array_index (entries, TautanLegendEntry, i);

      if (entry->section == TAUTAN_LEGEND_ACTORS)
        legend_item (doc, &x, entry, FALSE);
      else
        any_relation = TRUE;
    }

  if (any_relation)
    {
      legend_label (doc, &x, _("Links"));
      for (guint i = 0; i < entries->len; i++)
        {
          const TautanLegendEntry *entry = &g_array_index (entries, TautanLegendEntry, i);

          /* A comparison's classes with how many links each. */
          if (entry->section == TAUTAN_LEGEND_RELATIONS)
            legend_item (doc, &x, entry, content.comparing);
        }
    }
  doc->y += 14 + 4;

  for (guint t = 0; t < content.n_types; t++)
    if (content.type_events[t] > 0)
      g_string_append_printf (types, "%s%s (%u)", types->len ? ", " : "",
                              _tautan_briefing_line (doc,
                                                     tautan_taxonomy_get_event_type (taxonomy,
                                                                                     t)->label),
                              content.type_events[t]);
  if (types->len > 0)
    {
      g_autofree char *markup = g_markup_printf_escaped (_("<b>Events</b>   %s"), types->str);

      _tautan_briefing_paragraph (doc, markup, TINY_SIZE, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL,
                     &ink_dim, 0, 0, TRUE);
    }
  _tautan_legend_content_clear (&content);
}

static void
view_page (Doc          *doc,
           BriefingView *bv,
           guint         number,
           guint         n_views)
{
  cairo_t *cr = doc->cr;
  TautanSavedView *saved = bv->saved;
  const char *heading = bv->heading;
  const char *note = _tautan_briefing_prose (doc, tautan_saved_view_get_note (saved));
  g_autofree char *kicker = g_strdup_printf (_("View %u of %u"), number, n_views);
  g_autofree char *window = _tautan_briefing_format_view_period (bv);
  g_autofree char *window_markup = NULL;
  g_autofree char *filters = _tautan_render_filter_describe (doc->dataset, doc->filter, bv->view.hidden_kinds,
                                                             &bv->view.hidden_types, TRUE);
  g_autofree char *caption = NULL;
  g_autofree char *selection = NULL;
  g_autofree char *outline_dest = g_strdup_printf ("page=%d", doc->page);
  g_autoptr(TautanScene) scene = NULL;
  TautanSlice *slice = bv->slice;
  TautanView view = bv->view;
  double frame_x = doc->left, frame_y, frame_w = doc->right - doc->left, frame_h;

  if (doc->preview_scale == 0)
    cairo_pdf_surface_add_outline (doc->surface, CAIRO_PDF_OUTLINE_ROOT, heading, outline_dest, 0);

  doc->continued = heading;
  _tautan_briefing_paragraph (doc, kicker, SMALL_SIZE, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL,
                              &ink_accent, 0, 4, FALSE);
  {
    g_autofree char *markup = g_markup_escape_text (heading, -1);

    _tautan_briefing_paragraph (doc, markup, 18, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, &ink_text,
                                0, 3, FALSE);
  }
  if (bv->changes != NULL)
    {
      /* TRANSLATORS: the heading of a comparison's page; %s is the two
       * periods, “1 Jun 2023 – 18 Jun 2024 → 19 Jun 2024 – 18 Jun 2025” */
      g_autofree char *what = g_strdup_printf (_("What changed, %s"), window);

      window_markup = g_markup_escape_text (what, -1);
      _tautan_briefing_paragraph (doc, window_markup, 12.5, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL,
                                  &ink_accent, 0, filters ? 3 : 12, FALSE);
    }
  else
    {
      window_markup = g_markup_escape_text (window, -1);
      _tautan_briefing_paragraph (doc, window_markup, 11, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL,
                                  &ink_dim, 0, filters ? 3 : 12, FALSE);
    }
  /* What the page leaves out, in the filter chips' words. */
  if (filters != NULL)
    {
      g_autofree char *markup = g_markup_escape_text (_tautan_briefing_line (doc, filters), -1);

      _tautan_briefing_paragraph (doc, markup, SMALL_SIZE, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL,
                                  &ink_accent, 0, 12, FALSE);
    }

  /* The graph, framed. */
  frame_h = MIN (FRAME_HEIGHT, (doc->bottom - doc->y) * 0.6);
  frame_y = doc->y;
  view.width = (int)frame_w;
  view.height = (int)frame_h;
  fit_view (doc, slice, &view);
  scene = tautan_scene_new (doc->context, doc->dataset, slice, doc->positions, &view);
  _tautan_briefing_place_labels (scene);

  cairo_save (cr);
  cairo_rectangle (cr, frame_x, frame_y, frame_w, frame_h);
  cairo_clip (cr);
  cairo_translate (cr, frame_x, frame_y);
  tautan_scene_draw (scene, cr);
  cairo_restore (cr);
  cairo_save (cr);
  _tautan_briefing_set_ink (cr, &ink_rule);
  cairo_set_line_width (cr, 0.75);
  cairo_rectangle (cr, frame_x, frame_y, frame_w, frame_h);
  cairo_stroke (cr);
  cairo_restore (cr);
  if (tautan_scene_get_n_nodes (scene) == 0)
    {
      /* TRANSLATORS: "window" is the time window, the period selected on the timeline. */
      g_autoptr(PangoLayout) empty = _tautan_briefing_layout (doc, BODY_SIZE, PANGO_WEIGHT_NORMAL,
                                                              PANGO_STYLE_ITALIC,
                                                              -1, _("Nothing happens in this window."));

      _tautan_briefing_set_ink (cr, &ink_dim);
      cairo_move_to (cr, frame_x + (frame_w - _tautan_briefing_layout_width (empty)) / 2,
                     frame_y + (frame_h - _tautan_briefing_layout_height (empty)) / 2);
      pango_cairo_show_layout (cr, empty);
    }
  doc->y = frame_y + frame_h + 6;

  if (view.selected_entity != TAUTAN_NONE)
    {
      TautanEntity e;

      tautan_dataset_get_entity (doc->dataset, view.selected_entity, &e);
      selection = g_strdup_printf (_(" Selected: %s."), _tautan_briefing_name (doc, e.name));
    }
  else if (view.selected_source != TAUTAN_NONE)
    {
      TautanEntity a, b;

      tautan_dataset_get_entity (doc->dataset, view.selected_source, &a);
      tautan_dataset_get_entity (doc->dataset, view.selected_target, &b);
      selection = g_strdup_printf (_(" Selected: %s → %s."), _tautan_briefing_name (doc, a.name),
                                   _tautan_briefing_name (doc, b.name));
    }
  {
    /* Under a filter, the events that pass. */
    guint n_events = bv->passing != NULL ? g_hash_table_size (bv->passing) : tautan_slice_get_n_events (slice);
    guint n_actors = tautan_scene_get_n_nodes (scene);
    g_autofree char *events = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s event", "%s events", n_events),
                                               tautan_count_format (n_events));
    g_autofree char *actors = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s actor shown", "%s actors shown",
                                                            n_actors), tautan_count_format (n_actors));

    if (bv->changes != NULL)
      {
        guint n_links = tautan_scene_get_n_edges (scene);
        g_autofree char *links = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s link in either period",
                                                               "%s links in either period", n_links),
                                                  tautan_count_format (n_links));

        /* TRANSLATORS: a comparison's caption: its number, the view's
         * name, the links and actors drawn, then what is selected */
        caption = g_markup_printf_escaped (_("<b>Figure %u.</b> %s: %s, %s, coloured by their change.%s"),
                                           number, _tautan_briefing_line (doc, tautan_saved_view_get_name (saved)),
                                           links, actors, selection ? selection : "");
      }
    else
      /* TRANSLATORS: a figure's caption: its number, the view's name, the
       * counts of events and actors, then what is selected (or nothing) */
      caption = g_markup_printf_escaped (_("<b>Figure %u.</b> %s: %s, %s.%s"),
                                         number, _tautan_briefing_line (doc, tautan_saved_view_get_name (saved)),
                                         events, actors, selection ? selection : "");
  }
  _tautan_briefing_paragraph (doc, caption, TINY_SIZE, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL,
                              &ink_dim, 0, 6, FALSE);

  draw_legend (doc, slice, &view);

  if (*note != '\0')
    {
      g_autofree char *markup = g_markup_escape_text (note, -1);

      doc->y += 12;
      _tautan_briefing_paragraph (doc, markup, 11, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL,
                                  &ink_text, 0, 0, FALSE);
    }

  /* A comparison lists its changes, each with its events; the events
   * behind a selection follow. */
  if (bv->changes != NULL)
    _tautan_briefing_changes (doc, bv);
  if (bv->changes == NULL || view.selected_entity != TAUTAN_NONE || view.selected_source != TAUTAN_NONE)
    _tautan_briefing_events (doc, bv);
  _tautan_briefing_key_quotes (doc, bv);
  doc->continued = NULL;
}

static void
appendix (Doc *doc)
{
  guint n = tautan_dataset_get_n_sources (doc->dataset);
  g_autofree char *dest = g_strdup_printf ("page=%d", doc->page);

  if (doc->preview_scale == 0)
    cairo_pdf_surface_add_outline (doc->surface, CAIRO_PDF_OUTLINE_ROOT, _("Appendix: Sources"), dest,
                                   0);

  doc->continued = _("Appendix: Sources");
  _tautan_briefing_paragraph (doc, _("Appendix"), SMALL_SIZE, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL,
                              &ink_accent, 0, 4, FALSE);
  _tautan_briefing_paragraph (doc, _("Sources"), 18, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL,
                              &ink_text, 0, 16, FALSE);
  if (n == 0)
    _tautan_briefing_paragraph (doc, _("The dataset cites no sources."), BODY_SIZE,
                                PANGO_WEIGHT_NORMAL,
                   PANGO_STYLE_ITALIC, &ink_dim, 0, 0, FALSE);

  for (guint i = 0; i < n; i++)
    {
      TautanSource s;
      g_autofree char *number = g_strdup_printf ("%u.", i + 1);
      g_autofree char *head = NULL;
      g_autofree char *title = NULL;
      g_autofree char *date = NULL;
      g_autoptr(PangoLayout) num = NULL;
      g_autoptr(PangoLayout) head_layout = NULL;
      g_autoptr(PangoLayout) title_layout = NULL;
      g_autoptr(PangoLayout) url_layout = NULL;
      g_autoptr(PangoLayout) note_layout = NULL;
      g_autofree char *link = NULL;
      double indent = 24, width = doc->right - doc->left - indent;
      double height;

      tautan_dataset_get_source (doc->dataset, i, &s);
      date = format_day (s.published);
      head = g_markup_printf_escaped ("<b>%s</b>  ·  %s", _tautan_briefing_line (doc, s.outlet),
                                      date);
      title = g_markup_printf_escaped ("%s", _tautan_briefing_line (doc, s.title));

      num = _tautan_briefing_layout (doc, BODY_SIZE, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, -1,
                                     number);
      head_layout = _tautan_briefing_layout (doc, BODY_SIZE, PANGO_WEIGHT_NORMAL,
                                             PANGO_STYLE_NORMAL, width, head);
      pango_layout_set_spacing (head_layout, 2 * PANGO_SCALE);
      title_layout = _tautan_briefing_layout (doc, BODY_SIZE, PANGO_WEIGHT_NORMAL,
                                              PANGO_STYLE_ITALIC, width, title);
      pango_layout_set_spacing (title_layout, 2 * PANGO_SCALE);
      if (s.url != NULL)
        {
          /* Printed as it reads (cut when absurdly long), linked only
           * when it is a web address, in its escaped form. */
          g_autofree char *url = g_markup_escape_text (_tautan_briefing_line (doc, s.url), -1);

          url_layout = _tautan_briefing_layout (doc, SMALL_SIZE, PANGO_WEIGHT_NORMAL,
                                                PANGO_STYLE_NORMAL, width, url);
          pango_layout_set_wrap (url_layout, PANGO_WRAP_CHAR);
          link = _tautan_briefing_link_uri (s.url);
        }
      if (s.published == TAUTAN_DAY_NONE && s.published_note != NULL)
        {
          const char *when = _tautan_briefing_line (doc, s.published_note);
          g_autofree char *note = g_markup_printf_escaped (_("Date: %s"), when);

          note_layout = _tautan_briefing_layout (doc, SMALL_SIZE, PANGO_WEIGHT_NORMAL,
                                                 PANGO_STYLE_NORMAL, width, note);
          pango_layout_set_spacing (note_layout, (int)(1.5 * PANGO_SCALE));
        }

      height = _tautan_briefing_layout_height (head_layout) + 2 +
               _tautan_briefing_layout_height (title_layout) +
               (url_layout ? 2 + _tautan_briefing_layout_height (url_layout) : 0) +
               (note_layout ? 2 + _tautan_briefing_layout_height (note_layout) : 0);
      if (height <= doc->bottom - doc->top - 30)
        _tautan_briefing_need (doc, height);

      _tautan_briefing_set_ink (doc->cr, &ink_dim);
      cairo_move_to (doc->cr, doc->left, doc->y);
      pango_cairo_show_layout (doc->cr, num);
      _tautan_briefing_flow (doc, head_layout, doc->left + indent, &ink_text, FALSE, FALSE, 0,
                             NULL);
      doc->y += 2;
      _tautan_briefing_flow (doc, title_layout, doc->left + indent, &ink_text, FALSE, FALSE, 0,
                             NULL);
      if (url_layout != NULL)
        {
          doc->y += 2;
          _tautan_briefing_flow (doc, url_layout, doc->left + indent,
                                 link != NULL ? &ink_accent : &ink_dim,
                    FALSE, FALSE, 0, link);
        }
      if (note_layout != NULL)
        {
          doc->y += 2;
          _tautan_briefing_flow (doc, note_layout, doc->left + indent, &ink_dim, FALSE, FALSE, 0,
                                 NULL);
        }
      doc->y += 12;
    }
  doc->continued = NULL;
}

static cairo_status_t
write_bytes_cb (void                *closure,
                const unsigned char *data,
                unsigned int         length)
{
  if (closure != NULL)
    g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* A preview has the pages it wants: the rest need not be drawn. */
static gboolean
previewed_enough (Doc *doc)
{
  return doc->previews != NULL && doc->previews->len >= doc->preview_pages;
}

/* One pass over the whole document; the first only counts the pages. */
static gboolean
render (Doc        *doc,
        GByteArray *out,
        GError    **error)
{
  guint n_views = doc->views->len;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *created = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  cairo_status_t status;

  if (doc->preview_scale > 0)
    {
      /* The same pages on paper-white pixels, for a preview. */
      doc->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                 (int)ceil (doc->width * doc->preview_scale),
                                                 (int)ceil (doc->height * doc->preview_scale));
      doc->cr = cairo_create (doc->surface);
      cairo_set_source_rgb (doc->cr, 1, 1, 1);
      cairo_paint (doc->cr);
      cairo_scale (doc->cr, doc->preview_scale, doc->preview_scale);
    }
  else
    {
      doc->surface = cairo_pdf_surface_create_for_stream (write_bytes_cb, out, doc->width, doc->height);
      cairo_pdf_surface_set_metadata (doc->surface, CAIRO_PDF_METADATA_TITLE, doc->title);
      if (*doc->author != '\0')
        cairo_pdf_surface_set_metadata (doc->surface, CAIRO_PDF_METADATA_AUTHOR, doc->author);
      cairo_pdf_surface_set_metadata (doc->surface, CAIRO_PDF_METADATA_CREATOR, "Tautan");
      cairo_pdf_surface_set_metadata (doc->surface, CAIRO_PDF_METADATA_CREATE_DATE, created);
      doc->cr = cairo_create (doc->surface);
    }
  doc->page = 1;
  doc->y = doc->top;
  doc->continued = NULL;
  doc->marking = doc->doc_marking;

  _tautan_briefing_top_marking (doc);
  title_page (doc);
  _tautan_briefing_new_page (doc);
  _tautan_briefing_summary_page (doc);
  for (guint i = 0; i < n_views; i++)
    {
      BriefingView *bv = g_ptr_array_index (doc->views, i);

      _tautan_briefing_break (doc, bv->marking);
      if (previewed_enough (doc))
        goto finish;
      view_page (doc, bv, i + 1, n_views);
    }
  if (_tautan_briefing_has_further_quotes (doc))
    {
      g_autofree char *dest = NULL;

      _tautan_briefing_break (doc, doc->doc_marking);
      if (previewed_enough (doc))
        goto finish;
      dest = g_strdup_printf ("page=%d", doc->page);
      if (doc->preview_scale == 0)
        cairo_pdf_surface_add_outline (doc->surface, CAIRO_PDF_OUTLINE_ROOT,
                                       _("Appendix: Further quotes"), dest, 0);
      _tautan_briefing_further_quotes (doc);
    }
  _tautan_briefing_break (doc, doc->doc_marking);
  if (previewed_enough (doc))
    goto finish;
  appendix (doc);
  _tautan_briefing_footer (doc);
  _tautan_briefing_page_done (doc);

finish:
  status = cairo_status (doc->cr);
  g_clear_pointer (&doc->cr, cairo_destroy);
  cairo_surface_finish (doc->surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (doc->surface);
  g_clear_pointer (&doc->surface, cairo_surface_destroy);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, TAUTAN_BRIEFING_ERROR, TAUTAN_BRIEFING_ERROR_FAILED,
                   "%s", cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

/* Node positions as the app shows them: the layout of the whole dataset,
 * with the workspace's saved (and pinned) positions on top. */
static TautanPoint *
compute_positions (TautanDataset   *dataset,
                   TautanWorkspace *workspace)
{
  guint n = tautan_dataset_get_n_entities (dataset);
  g_autoptr(TautanLayout) layout = tautan_layout_new_for_dataset (dataset, LAYOUT_SEED);
  TautanPoint *positions = g_new0 (TautanPoint, MAX (n, 1));

  for (guint i = 0; i < LAYOUT_MAX_STEPS && !tautan_layout_is_settled (layout); i += 10)
    tautan_layout_step (layout, 10);

  for (guint i = 0; i < tautan_workspace_get_n_positions (workspace); i++)
    {
      TautanPoint p;
      gboolean pinned;
      const char *id = tautan_workspace_get_position (workspace, i, &p, &pinned);
      guint entity = tautan_dataset_lookup_entity (dataset, id);

      if (entity != TAUTAN_NONE)
        tautan_layout_set_position (layout, entity, p, pinned);
    }
  if (n > 0)
    tautan_layout_get_positions (layout, positions);
  return positions;
}

/**
 * tautan_briefing_options_init:
 * @options: options to reset
 *
 * Sets @options to the defaults: the dataset's title, the user's name, A4,
 * the light palette, today's date.
 */
void
tautan_briefing_options_init (TautanBriefingOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->paper = TAUTAN_PAPER_A4;
  options->date = TAUTAN_DAY_NONE;
}

/**
 * tautan_paper_from_name:
 * @name: "a4" or "letter", in any case
 * @paper: (out): the paper size
 *
 * Returns: %TRUE if @name names a paper size
 */
gboolean
tautan_paper_from_name (const char  *name,
                        TautanPaper *paper)
{
  g_return_val_if_fail (paper != NULL, FALSE);

  if (name != NULL && g_ascii_strcasecmp (name, "a4") == 0)
    *paper = TAUTAN_PAPER_A4;
  else if (name != NULL && g_ascii_strcasecmp (name, "letter") == 0)
    *paper = TAUTAN_PAPER_LETTER;
  else
    return FALSE;
  return TRUE;
}

/**
 * tautan_briefing_render:
 * @dataset: the workspace's dataset
 * @workspace: positions, filters and the saved views
 * @options: (nullable): title, author, paper; %NULL for the defaults
 * @file: where the PDF goes
 * @error: return location for an error naming @file
 *
 * Writes a briefing as a multi-page PDF: a title page (title, period,
 * sources), one page per saved view (its graph, time window, legend, note
 * and the key quotes with citations, flowing onto further pages when
 * long), and an appendix of every source with links to their URLs. Pages
 * are numbered "n / N"; the outline has an entry per view.
 *
 * Returns: (transfer full): the PDF, or %NULL
 */
/* The PDF (@preview_scale 0), or the first @preview_pages pages drawn
 * at @preview_scale into @previews. */
static GBytes *
briefing_run (TautanDataset                *dataset,
              TautanWorkspace              *workspace,
              const TautanBriefingOptions  *options,
              double                        preview_scale,
              guint                         preview_pages,
              GPtrArray                    *previews,
              GError                      **error)
{
  TautanBriefingOptions defaults;
  TautanTaxonomy *taxonomy;
  g_autoptr(TautanRenderContext) context = NULL;
  g_autoptr(GByteArray) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree TautanPoint *positions = NULL;
  g_autoptr(GStringChunk) strings = g_string_chunk_new (4096);
  g_autoptr(GPtrArray) views = g_ptr_array_new_with_free_func ((GDestroyNotify)_tautan_briefing_view_free);
  g_autoptr(GString) markings = g_string_new (NULL);
  GListModel *saved_views;
  Doc doc = { 0, };

  g_return_val_if_fail (TAUTAN_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (TAUTAN_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (options == NULL)
    {
      tautan_briefing_options_init (&defaults);
      options = &defaults;
    }

  context = tautan_render_context_new (options->dark);
  if (options->positions != NULL)
    positions = g_memdup2 (options->positions,
                           sizeof (TautanPoint) * MAX (tautan_dataset_get_n_entities (dataset), 1));
  else
    positions = compute_positions (dataset, workspace);
  taxonomy = tautan_dataset_get_taxonomy (dataset);

  doc.dataset = dataset;
  doc.workspace = workspace;
  doc.context = context;
  doc.palette = tautan_render_context_get_palette (context);
  doc.positions = positions;
  doc.strings = strings;

  doc.filter = tautan_workspace_get_filter (workspace);
  doc.hidden_kinds = tautan_workspace_get_hidden_kind_mask (workspace);
  doc.hidden_types = tautan_workspace_get_hidden_type_mask (workspace, taxonomy);

  /* The title and author reach the PDF's metadata, outline and footers:
   * cleaned like everything else drawn (they may come from the command
   * line, noncharacters and all). */
  doc.title = _tautan_briefing_line (&doc, options->title);
  if (*doc.title == '\0')
    doc.title = _tautan_briefing_line (&doc, tautan_dataset_get_title (dataset));
  if (*doc.title == '\0')
    doc.title = _("Briefing");
  /* NULL: the user's name; "": none. */
  doc.author = _tautan_briefing_line (&doc, options->author);
  if (options->author == NULL)
    doc.author = _tautan_briefing_line (&doc, _tautan_briefing_default_author (g_get_real_name ()));

  if (options->date != TAUTAN_DAY_NONE)
    doc.date = options->date;
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      doc.date = tautan_day_from_ymd (g_date_time_get_year (now), g_date_time_get_month (now),
                                      g_date_time_get_day_of_month (now));
    }

  if (options->paper == TAUTAN_PAPER_LETTER)
    {
      doc.width = 612;
      doc.height = 792;
    }
  else
    {
      doc.width = 595.28;
      doc.height = 841.89;
    }
  doc.left = MARGIN;
  doc.right = doc.width - MARGIN;
  doc.top = MARGIN;
  doc.bottom = doc.height - MARGIN - FOOTER_SPACE;

  /* What each view shows is found once, for the summary and its page. */
  doc.views = views;
  saved_views = G_LIST_MODEL (tautan_workspace_get_views (workspace));
  for (guint i = 0; i < g_list_model_get_n_items (saved_views); i++)
    {
      g_autoptr(TautanSavedView) saved = g_list_model_get_item (saved_views, i);
      BriefingView *bv = _tautan_briefing_view_new (&doc, saved);

      g_ptr_array_add (views, bv);
      /* The title page, summary and appendices carry every marking the
       * views do, each once. */
      if (bv->marking != NULL && !strstr (markings->str, bv->marking))
        g_string_append_printf (markings, "%s%s", markings->len ? " / " : "", bv->marking);
    }
  if (markings->len > 0)
    doc.doc_marking = g_string_chunk_insert_const (strings, markings->str);

  /* The first pass counts the pages for the "n / N" footers. */
  if (!render (&doc, NULL, &local_error))
    goto failed;
  doc.n_pages = doc.page;
  if (preview_scale > 0)
    {
      doc.preview_scale = preview_scale;
      doc.preview_pages = preview_pages;
      doc.previews = previews;
      if (!render (&doc, NULL, &local_error))
        goto failed;
      return g_bytes_new (NULL, 0);
    }
  bytes = g_byte_array_new ();
  if (!render (&doc, bytes, &local_error))
    goto failed;

  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));

failed:
  g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                              _("Could not draw the briefing: "));
  return NULL;
}

GBytes *
tautan_briefing_render (TautanDataset                *dataset,
                        TautanWorkspace              *workspace,
                        const TautanBriefingOptions  *options,
                        GError                      **error)
{
  return briefing_run (dataset, workspace, options, 0, 0, NULL, error);
}

/**
 * tautan_briefing_render_pages:
 * @n_pages: how many pages, from the first
 * @scale: pixels per point (0.25 for a thumbnail)
 *
 * Draws the first pages of the briefing tautan_briefing_render() would
 * write, with the same code, as images on white paper: for a preview.
 *
 * Returns: (transfer container) (element-type cairo_surface_t): the
 *   pages, as many as the briefing has up to @n_pages, or %NULL
 */
GPtrArray *
tautan_briefing_render_pages (TautanDataset                *dataset,
                              TautanWorkspace              *workspace,
                              const TautanBriefingOptions  *options,
                              guint                         n_pages,
                              double                        scale,
                              GError                      **error)
{
  g_autoptr(GPtrArray) pages = g_ptr_array_new_with_free_func ((GDestroyNotify)cairo_surface_destroy);
  g_autoptr(GBytes) none = NULL;

  g_return_val_if_fail (scale > 0 && scale <= 8, NULL);

  none = briefing_run (dataset, workspace, options, scale, n_pages, pages, error);
  if (none == NULL)
    return NULL;
  return g_steal_pointer (&pages);
}

const char *
tautan_briefing_default_author (void)
{
  return _tautan_briefing_default_author (g_get_real_name ());
}

/* The user's real name, or "" when the system has none worth printing:
 * GLib says "Unknown" when the password database has no name, and
 * accounts such as root carry their login as their name. */
const char *
_tautan_briefing_default_author (const char *real_name)
{
  static const char *const not_names[] = { "Unknown", "root", "admin", "Administrator", NULL };

  if (real_name == NULL)
    return "";
  for (guint i = 0; not_names[i] != NULL; i++)
    if (g_ascii_strcasecmp (real_name, not_names[i]) == 0)
      return "";
  return real_name;
}

/**
 * tautan_briefing_write:
 * @file: where to write
 *
 * Renders as tautan_briefing_render() does and replaces @file
 * atomically, so a failure never leaves a broken PDF.
 *
 * Returns: %TRUE on success
 */
gboolean
tautan_briefing_write (TautanDataset                *dataset,
                       TautanWorkspace              *workspace,
                       const TautanBriefingOptions  *options,
                       GFile                        *file,
                       GError                      **error)
{
  g_autoptr(GBytes) bytes = NULL;
  const void *data;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = tautan_briefing_render (dataset, workspace, options, error);
  if (bytes == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &length);
  return tautan_file_write (file, data, length, error);
}
