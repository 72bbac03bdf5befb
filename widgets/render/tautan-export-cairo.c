/* tautan-export-cairo.c: a page drawn with cairo, as PNG or PDF
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The graph area is tautan_scene_draw() of the page's scene, exactly as
 * on screen; furniture is drawn over it from the laid-out items. A
 * transparent PNG is drawn on the background, then the background is
 * taken out again with a coverage mask of the same drawing, so text and
 * shapes keep their edges on any slide. A picture cairo could not draw
 * whole is an error, never a picture with parts missing. */

#define G_LOG_DOMAIN "tautan-export"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "tautan-export-private.h"
#include "tautan-render-context-private.h"
#include "tautan-render-geometry-private.h"
#include "tautan-scene-private.h"

/* Furniture text keeps a halo of the page's background on a transparent
 * picture, as labels do, so dark words still read on a dark slide. */
static void
draw_text (Page             *page,
           const Item       *item,
           cairo_t          *cr,
           const TautanRgba *color,
           const TautanRgba *halo)
{
  if (halo == NULL)
    {
      cairo_move_to (cr, _tautan_export_item_left (item), item->y);
      tautan_rgba_set_source (color, cr);
      pango_cairo_show_layout (cr, item->layout);
      return;
    }

  cairo_new_path (cr);
  cairo_move_to (cr, _tautan_export_item_left (item), item->y);
  pango_cairo_layout_path (cr, item->layout);
  tautan_rgba_set_source (halo, cr);
  cairo_set_line_width (cr, _tautan_export_text_halo (item));
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke_preserve (cr);
  tautan_rgba_set_source (color, cr);
  cairo_fill (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_MITER);
}

/* @alpha_only: draws every item in black at its alpha, for the mask. */
static void
draw_item (Page       *page,
           const Item *item,
           cairo_t    *cr,
           gboolean    alpha_only)
{
  TautanRgba color = item->color;
  TautanRgba halo = page->palette.label_halo;

  if (alpha_only)
    {
      color = (TautanRgba) { 0, 0, 0, item->color.alpha };
      halo = (TautanRgba) { 0, 0, 0, halo.alpha };
    }

  switch (item->kind)
    {
    case ITEM_TEXT:
      draw_text (page, item, cr, &color, page->transparent ? &halo : NULL);
      break;

    case ITEM_RULE:
      tautan_rgba_set_source (&color, cr);
      cairo_set_line_width (cr, item->size);
      cairo_move_to (cr, item->x, item->y);
      cairo_line_to (cr, item->x + item->width, item->y);
      cairo_stroke (cr);
      break;

    case ITEM_ICON:
      if (alpha_only)
        {
          TautanLegendEntry entry = *item->entry;
          TautanRgba outline = { 0, 0, 0, page->palette.node_stroke.alpha };

          entry.color = (TautanRgba) { 0, 0, 0, entry.color.alpha };
          _tautan_legend_draw_icon (cr, &entry, &item->icon, &outline, item->x, item->y);
        }
      else
        _tautan_legend_draw_icon (cr, item->entry, &item->icon, &page->palette.node_stroke, item->x, item->y);
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
draw_page (Page    *page,
           cairo_t *cr)
{
  tautan_rgba_set_source (&page->palette.background, cr);
  cairo_paint (cr);

  cairo_save (cr);
  cairo_rectangle (cr, page->area.x, page->area.y, page->area.width, page->area.height);
  cairo_clip (cr);
  cairo_translate (cr, page->area.x, page->area.y);
  tautan_scene_draw (page->scene, cr);
  cairo_restore (cr);

  for (guint i = 0; i < page->items->len; i++)
    draw_item (page, &g_array_index (page->items, Item, i), cr, FALSE);
}

/* How opaque the page is at each pixel: the display list and furniture
 * drawn again, alpha only. A label keeps its halo, so it reads over any
 * slide the picture is laid on. */
static cairo_surface_t *
coverage_mask (Page *page)
{
  TautanScene *scene = page->scene;
  int scale = (int)page->options.scale;
  cairo_surface_t *mask = cairo_image_surface_create (CAIRO_FORMAT_A8, page->width * scale, page->height * scale);
  gboolean far = _tautan_scene_is_far (scene);
  cairo_t *cr;

  cairo_surface_set_device_scale (mask, scale, scale);
  cr = cairo_create (mask);
  cairo_set_tolerance (cr, 0.25);

  cairo_save (cr);
  cairo_rectangle (cr, page->area.x, page->area.y, page->area.width, page->area.height);
  cairo_clip (cr);
  cairo_translate (cr, page->area.x, page->area.y);

  for (guint i = 0; i < tautan_scene_get_n_edges (scene); i++)
    {
      const TautanSceneEdge *e = tautan_scene_get_edge (scene, i);
      const TautanEdgeShape *shape = _tautan_scene_get_edge_shape (scene, i);

      if (!shape->drawable || !_tautan_scene_edge_kept (scene, e))
        continue;
      if (e->selected)
        {
          _tautan_render_edge_shaft_path (cr, e, shape);
          cairo_set_source_rgba (cr, 0, 0, 0, 0.5);
          cairo_set_line_width (cr, e->width + 4);
          cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
          cairo_stroke (cr);
          cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
        }
      cairo_set_source_rgba (cr, 0, 0, 0, e->alpha * _tautan_scene_get_edge_gain (scene, TRUE));
      _tautan_render_edge_shaft_path (cr, e, shape);
      cairo_set_line_width (cr, e->width);
      if (e->dashed)
        {
          double dashes[2];

          _tautan_render_edge_dashes (e->width, dashes);
          cairo_set_dash (cr, dashes, 2, 0);
        }
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      if (shape->arrow)
        {
          _tautan_render_edge_arrow_path (cr, e, shape);
          cairo_fill (cr);
        }
    }

  for (guint i = 0; i < tautan_scene_get_n_nodes (scene); i++)
    {
      const TautanSceneNode *n = tautan_scene_get_node (scene, i);

      _tautan_render_shape_path (cr, n->shape, n->x, n->y, n->radius);
      cairo_set_source_rgba (cr, 0, 0, 0, n->fill.alpha * n->alpha);
      if (far)
        cairo_fill (cr);
      else
        {
          cairo_fill_preserve (cr);
          cairo_set_source_rgba (cr, 0, 0, 0, n->stroke.alpha * n->alpha);
          cairo_set_line_width (cr, 1);
          cairo_stroke (cr);
        }
      if (n->selected)
        {
          cairo_new_sub_path (cr);
          cairo_arc (cr, n->x, n->y, _tautan_render_shape_outer_radius (n->shape, n->radius) + 3, 0, 2 * G_PI);
          cairo_set_source_rgba (cr, 0, 0, 0, page->palette.accent.alpha);
          cairo_set_line_width (cr, 2.5);
          cairo_stroke (cr);
        }
    }

  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (guint i = 0; i < tautan_scene_get_n_nodes (scene); i++)
    {
      const TautanSceneNode *n = tautan_scene_get_node (scene, i);
      TautanLabelExtents ext;

      double x0, y0, x1, y1;

      if (!n->label_visible || n->label == NULL)
        continue;
      if (_tautan_scene_label_leader (n, &x0, &y0, &x1, &y1))
        {
          cairo_move_to (cr, x0, y0);
          cairo_line_to (cr, x1, y1);
          cairo_set_source_rgba (cr, 0, 0, 0, TAUTAN_LEADER_ALPHA * n->alpha);
          cairo_set_line_width (cr, TAUTAN_LEADER_WIDTH);
          cairo_stroke (cr);
        }
      _tautan_render_context_measure_label (page->context, n->label, &ext);
      cairo_move_to (cr, n->label_x - ext.x, n->label_y - ext.y);
      pango_cairo_layout_path (cr, _tautan_render_context_lock_label (page->context, n->label));
      _tautan_render_context_unlock_label (page->context);
      cairo_set_source_rgba (cr, 0, 0, 0, page->palette.label_halo.alpha * n->alpha);
      cairo_set_line_width (cr, TAUTAN_LABEL_HALO);
      cairo_stroke_preserve (cr);
      cairo_fill (cr);
    }
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_MITER);
  cairo_restore (cr);

  for (guint i = 0; i < page->items->len; i++)
    draw_item (page, &g_array_index (page->items, Item, i), cr, TRUE);
  cairo_destroy (cr);

  cairo_surface_flush (mask);
  return mask;
}

static inline int
channel (double v)
{
  return (int)lround (CLAMP (v, 0, 1) * 255);
}

/* Takes the background out of a page drawn on it: each pixel gets the
 * alpha @mask gives, and the colour that, laid over @bg, gives the pixel
 * back, so the picture looks the same on the background it was made for
 * and keeps its shapes whole on any other. */
static void
remove_background (cairo_surface_t  *surface,
                   cairo_surface_t  *mask,
                   const TautanRgba *bg)
{
  int b[3] = { channel (bg->red), channel (bg->green), channel (bg->blue) };
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  int mask_stride = cairo_image_surface_get_stride (mask);
  const guint8 *alphas = cairo_image_surface_get_data (mask);
  guint8 *data;

  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  for (int y = 0; y < height; y++)
    {
      guint32 *row = (guint32 *)(gpointer)(data + (gsize)y * stride);
      const guint8 *a_row = alphas + (gsize)y * mask_stride;

      for (int x = 0; x < width; x++)
        {
          guint32 px = row[x];
          int a = a_row[x], c[3];

          if (a == 0)
            {
              row[x] = 0;
              continue;
            }
          /* Premultiplied: colour × alpha = pixel − (1 − alpha) × bg. */
          c[0] = (int)(px >> 16 & 0xff);
          c[1] = (int)(px >> 8 & 0xff);
          c[2] = (int)(px & 0xff);
          for (guint k = 0; k < 3; k++)
            c[k] = CLAMP (c[k] - ((255 - a) * b[k] + 127) / 255, 0, a);
          row[x] = (guint32)a << 24 | (guint32)c[0] << 16 | (guint32)c[1] << 8 | (guint32)c[2];
        }
    }
  cairo_surface_mark_dirty (surface);
}

static cairo_status_t
write_to_array (void                *closure,
                const unsigned char *data,
                unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
check_status (cairo_status_t   status,
              const char      *what,
              GError         **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, TAUTAN_EXPORT_ERROR, TAUTAN_EXPORT_ERROR_FAILED,
               /* TRANSLATORS: "Cannot draw the picture: out of memory" */
               _("Cannot draw the %s: %s"), what, cairo_status_to_string (status));
  return FALSE;
}

GBytes *
_tautan_export_render_png (Page    *page,
                           GError **error)
{
  int scale = (int)page->options.scale;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, page->width * scale,
                                                         page->height * scale);
  g_autoptr(GByteArray) png = NULL;
  cairo_status_t status;
  cairo_t *cr;

  if (!check_status (cairo_surface_status (surface), _("picture"), error))
    {
      cairo_surface_destroy (surface);
      return NULL;
    }
  cairo_surface_set_device_scale (surface, scale, scale);
  cr = cairo_create (surface);
  draw_page (page, cr);
  /* A context in error draws nothing more: fail rather than write a
   * picture with its text or graph silently missing. */
  status = cairo_status (cr);
  cairo_destroy (cr);
  if (!check_status (status, _("picture"), error))
    {
      cairo_surface_destroy (surface);
      return NULL;
    }

  if (page->transparent)
    {
      cairo_surface_t *mask = coverage_mask (page);

      status = cairo_surface_status (mask);
      if (status == CAIRO_STATUS_SUCCESS)
        remove_background (surface, mask, &page->palette.background);
      cairo_surface_destroy (mask);
      if (!check_status (status, _("picture"), error))
        {
          cairo_surface_destroy (surface);
          return NULL;
        }
    }

  png = g_byte_array_sized_new ((guint)page->width * page->height / 4);
  status = cairo_surface_write_to_png_stream (surface, write_to_array, png);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, TAUTAN_EXPORT_ERROR, TAUTAN_EXPORT_ERROR_FAILED,
                   _("Cannot encode the PNG: %s"), cairo_status_to_string (status));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&png));
}

GBytes *
_tautan_export_render_pdf (Page    *page,
                           GError **error)
{
  g_autoptr(GByteArray) pdf = g_byte_array_new ();
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (write_to_array, pdf, page->width, page->height);
  g_autofree char *creator = g_strdup_printf ("%s %s", PACKAGE_NAME, PACKAGE_VERSION);
  cairo_status_t status;
  cairo_t *cr;

  /* Title and window are cleaned text: cairo refuses noncharacters. */
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, page->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, page->window);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, creator);
  cr = cairo_create (surface);
  draw_page (page, cr);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (!check_status (status, _("PDF"), error))
    return NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&pdf));
}
