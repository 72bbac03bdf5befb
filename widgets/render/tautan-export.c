/* tautan-export.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-export"

#include "config.h"

#include <cairo-pdf.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "tautan/tautan-export.h"
#include "tautan/tautan-file.h"
#include "tautan/tautan-xml.h"

#include "tautan-pair-set.h"
#include "tautan-scene-private.h"
#include "tautan-render-context-private.h"

/* A page is furniture (title, time window, filters, legend, sources,
 * dataset and date) around a graph area. The area is the scene of the
 * view, built for the area's size, and drawn by tautan_scene_draw() on
 * PNG and PDF; SVG gets its own writer of the same display list, because
 * cairo's SVG surface turns text into glyph outlines. Furniture is laid
 * out once with Pango, so every backend puts the same words in the same
 * places. */

#define DEFAULT_WIDTH       1920
#define DEFAULT_HEIGHT      1080
#define DEFAULT_MAX_SOURCES 8
#define MAX_SCALE           8        /* the scene's sprites go up to 8 */
#define MAX_IMAGE_SIDE      32767    /* cairo image surfaces */
#define MAX_PDF_SIDE        14400    /* PDF's largest page: 200 inches */
#define MIN_ZOOM            0.02     /* as the graph view's */
#define MAX_ZOOM            400.0
#define FIT_MARGIN          48.0     /* as the graph view's zoom to fit */
#define MIN_AREA_FRACTION   0.5      /* sources give way before the graph does */

/* What tautan-scene.c draws, mirrored for the SVG writer. */
#define FULL_SIZE_ZOOM      40.0
#define LABEL_HALO_WIDTH    3.0

G_DEFINE_QUARK (tautan-export-error-quark, tautan_export_error)

typedef enum
{
  ANCHOR_START,
  ANCHOR_MIDDLE,
  ANCHOR_END,
} Anchor;

typedef enum
{
  ITEM_TEXT,
  ITEM_RULE,
  ITEM_SHAPE,
  ITEM_SWATCH,
} ItemKind;

/* One piece of furniture, in page units (px, or pt in a PDF). */
typedef struct
{
  ItemKind     kind;
  TautanRgba   color;        /* text, rule, swatch; a shape's fill */
  TautanRgba   stroke;       /* shape */
  double       x;            /* text: the anchor; rule, swatch: left end; shape: centre */
  double       y;            /* text: top of the line; rule, swatch, shape: centre */
  double       width;        /* text: logical width; rule, swatch: length */
  double       height;       /* text: logical height */
  double       size;         /* text: font px; shape: radius; rule, swatch: line width */
  double       baseline;     /* text: below @y */
  Anchor       anchor;
  PangoWeight  weight;
  TautanShape  shape;
  gboolean     dashed;
  gboolean     arrow;
  char        *text;
  PangoLayout *layout;
} Item;

typedef struct
{
  guint      source;
  guint      n_events;
  TautanDay  published;
  const char *outlet;
  const char *title;
} SourceUse;

/* What the picture shows, for the legend, the counts and the footer. */
typedef struct
{
  gboolean   kinds[TAUTAN_N_ENTITY_KINDS];
  gboolean  *types;          /* per taxonomy type: in some drawn edge */
  gboolean   quads[TAUTAN_N_QUAD_CLASSES];
  gboolean   dashed;
  guint      n_nodes;
  guint      n_edges;
  guint      n_events;
  GArray    *sources;        /* SourceUse, by publication date */
} Content;

typedef struct
{
  TautanExportOptions    options;
  TautanRenderContext   *context;
  TautanDataset         *dataset;
  TautanSlice           *slice;
  const TautanPoint     *positions;
  TautanPalette          palette;
  int                    width;
  int                    height;
  double                 unit;          /* furniture grows a little with the page */
  cairo_rectangle_int_t  area;          /* the graph, on the page */
  TautanView             view;          /* of the area */
  TautanScene           *scene;
  GArray                *items;         /* Item */
  char                  *title;
  char                  *window;        /* the time window in words */
  char                  *filters;       /* "Hidden: …", or NULL */
  Content                content;
  gboolean               transparent;
} Page;


/* Text */

/* Valid UTF-8 on one line, with nothing a file format could choke on:
 * the same words then reach PNG, PDF and SVG. */
static char *
clean_text (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  GString *out = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\t' || c == '\n' || c == '\r')
        c = ' ';
      if (tautan_xml_char_allowed (c))
        g_string_append_unichar (out, c);
    }

  return g_strstrip (g_string_free (out, FALSE));
}

/* At most two decimals, no exponent and no locale: "12.5", "-3", "0.07". */
static void
append_num (GString *s,
            double   v)
{
  char buf[32];
  int n = 0;
  gint64 i, whole;
  int frac;

  if (!isfinite (v))
    v = 0;
  i = (gint64)llround (CLAMP (v, -1e12, 1e12) * 100);
  if (i < 0)
    {
      g_string_append_c (s, '-');
      i = -i;
    }
  whole = i / 100;
  frac = (int)(i % 100);

  do
    {
      buf[n++] = (char)('0' + whole % 10);
      whole /= 10;
    }
  while (whole > 0);
  while (n > 0)
    g_string_append_c (s, buf[--n]);

  if (frac != 0)
    {
      g_string_append_c (s, '.');
      g_string_append_c (s, (char)('0' + frac / 10));
      if (frac % 10 != 0)
        g_string_append_c (s, (char)('0' + frac % 10));
    }
}

static void
append_point (GString *s,
              double   x,
              double   y)
{
  append_num (s, x);
  g_string_append_c (s, ' ');
  append_num (s, y);
}

static inline int
channel (double v)
{
  return (int)lround (CLAMP (v, 0, 1) * 255);
}

static void
append_color (GString          *s,
              const TautanRgba *c)
{
  static const char hex[] = "0123456789abcdef";
  int v[3] = { channel (c->red), channel (c->green), channel (c->blue) };

  g_string_append_c (s, '#');
  for (guint k = 0; k < 3; k++)
    {
      g_string_append_c (s, hex[v[k] >> 4]);
      g_string_append_c (s, hex[v[k] & 15]);
    }
}

/* ` NAME="#rrggbb"`, and ` NAME-opacity="a"` when not opaque. */
static void
append_paint (GString          *s,
              const char       *name,
              const TautanRgba *c,
              double            alpha)
{
  double a = c->alpha * alpha;

  g_string_append_printf (s, " %s=\"", name);
  append_color (s, c);
  g_string_append_c (s, '"');
  if (a < 0.995)
    {
      g_string_append_printf (s, " %s-opacity=\"", name);
      append_num (s, a);
      g_string_append_c (s, '"');
    }
}

static void
append_attr_num (GString    *s,
                 const char *name,
                 double      v)
{
  g_string_append_printf (s, " %s=\"", name);
  append_num (s, v);
  g_string_append_c (s, '"');
}

/* Pair sets: open addressing over (source << 32 | target), never 0 since
 * self-loops are never drawn. */


/* Shapes, as tautan-scene.c draws them */

/* The polygon of @shape: its corners' count, first angle and radius. */
static gboolean
shape_polygon (TautanShape  shape,
               double       r,
               guint       *n,
               double      *phase,
               double      *radius)
{
  switch (shape)
    {
    case TAUTAN_SHAPE_DIAMOND:
      *n = 4;
      *phase = -G_PI / 2;
      *radius = r * DIAMOND_HALF;
      return TRUE;
    case TAUTAN_SHAPE_TRIANGLE:
      *n = 3;
      *phase = -G_PI / 2;
      *radius = r * TRIANGLE_R;
      return TRUE;
    case TAUTAN_SHAPE_HEXAGON:
      *n = 6;
      *phase = 0;
      *radius = r * HEXAGON_R;
      return TRUE;
    case TAUTAN_SHAPE_CIRCLE:
    case TAUTAN_SHAPE_SQUARE:
    default:
      return FALSE;
    }
}


static void
path_shape (cairo_t     *cr,
             TautanShape  shape,
             double       x,
             double       y,
             double       r)
{
  double phase, radius;
  guint n;

  if (shape == TAUTAN_SHAPE_SQUARE)
    cairo_rectangle (cr, x - r * SQUARE_HALF, y - r * SQUARE_HALF, 2 * r * SQUARE_HALF, 2 * r * SQUARE_HALF);
  else if (shape_polygon (shape, r, &n, &phase, &radius))
    {
      for (guint k = 0; k < n; k++)
        {
          double a = phase + 2 * G_PI * k / n;

          if (k == 0)
            cairo_move_to (cr, x + radius * cos (a), y + radius * sin (a));
          else
            cairo_line_to (cr, x + radius * cos (a), y + radius * sin (a));
        }
      cairo_close_path (cr);
    }
  else
    {
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      cairo_close_path (cr);
    }
}

static void
svg_shape (GString     *s,
           TautanShape  shape,
           double       x,
           double       y,
           double       r)
{
  double phase, radius;
  guint n;

  if (shape == TAUTAN_SHAPE_SQUARE)
    {
      g_string_append (s, "<rect");
      append_attr_num (s, "x", x - r * SQUARE_HALF);
      append_attr_num (s, "y", y - r * SQUARE_HALF);
      append_attr_num (s, "width", 2 * r * SQUARE_HALF);
      append_attr_num (s, "height", 2 * r * SQUARE_HALF);
    }
  else if (shape_polygon (shape, r, &n, &phase, &radius))
    {
      g_string_append (s, "<path d=\"");
      for (guint k = 0; k < n; k++)
        {
          double a = phase + 2 * G_PI * k / n;

          g_string_append (s, k == 0 ? "M" : " L");
          append_point (s, x + radius * cos (a), y + radius * sin (a));
        }
      g_string_append (s, " Z\"");
    }
  else
    {
      g_string_append (s, "<circle");
      append_attr_num (s, "cx", x);
      append_attr_num (s, "cy", y);
      append_attr_num (s, "r", r);
    }
}

/* Edges: the shaft ends at the arrow's base; the same numbers as
 * edge_geometry() in tautan-scene.c, from the public display list. */
typedef struct
{
  gboolean drawable;
  gboolean curved;
  gboolean arrow;
  double   ex, ey;
  double   ax0, ay0;
  double   ax1, ay1;
} EdgeShape;

static void
edge_shape (TautanScene           *scene,
            const TautanSceneEdge *e,
            EdgeShape             *shape)
{
  const TautanView *view = tautan_scene_get_view (scene);
  const TautanSceneNode *from = tautan_scene_find_node (scene, e->source);
  const TautanSceneNode *to = tautan_scene_find_node (scene, e->target);
  double scale = MIN (1.0, view->zoom / FULL_SIZE_ZOOM);
  /* A node of one event (radius 7 at full size) under 2 px: far out. */
  gboolean far = 7.0 * scale < 2.0;
  double dx, dy, len, d, ux0, uy0, ux1, uy1, bend;

  memset (shape, 0, sizeof *shape);
  shape->ex = e->x1;
  shape->ey = e->y1;
  if (from == NULL || to == NULL)
    return;

  dx = to->x - from->x;
  dy = to->y - from->y;
  len = sqrt (dx * dx + dy * dy);
  if (len < 1e-6 || (e->x1 - e->x0) * dx + (e->y1 - e->y0) * dy <= 0)
    return;
  shape->drawable = TRUE;

  d = MAX (sqrt ((to->x - e->cx) * (to->x - e->cx) + (to->y - e->cy) * (to->y - e->cy)), 1e-9);
  ux1 = (to->x - e->cx) / d;
  uy1 = (to->y - e->cy) / d;
  if (!far)
    {
      double room = sqrt ((e->x1 - e->x0) * (e->x1 - e->x0) + (e->y1 - e->y0) * (e->y1 - e->y0));
      double arrow = MIN ((4.0 + 2.5 * e->width) * MAX (sqrt (scale), 0.5), room * 0.6);

      shape->arrow = TRUE;
      shape->ex = e->x1 - ux1 * arrow;
      shape->ey = e->y1 - uy1 * arrow;
      shape->ax0 = shape->ex - uy1 * arrow * 0.45;
      shape->ay0 = shape->ey + ux1 * arrow * 0.45;
      shape->ax1 = shape->ex + uy1 * arrow * 0.45;
      shape->ay1 = shape->ey - ux1 * arrow * 0.45;
    }

  /* Curved only when its reverse is drawn too (the control point leaves
   * the chord) and the ends did not pass the control point. */
  bend = fabs (dx * (e->cy - from->y) - dy * (e->cx - from->x)) / len;
  d = MAX (sqrt ((e->cx - from->x) * (e->cx - from->x) + (e->cy - from->y) * (e->cy - from->y)), 1e-9);
  ux0 = (e->cx - from->x) / d;
  uy0 = (e->cy - from->y) / d;
  shape->curved = bend > 1e-6 * MAX (len, 1) &&
                  (e->cx - e->x0) * ux0 + (e->cy - e->y0) * uy0 > 0 &&
                  (shape->ex - e->cx) * ux1 + (shape->ey - e->cy) * uy1 > 0;
}

/* Fitting */

static gboolean
segment_hits_box (double x0,
                  double y0,
                  double x1,
                  double y1,
                  double bx0,
                  double by0,
                  double bx1,
                  double by1)
{
  double t0 = 0, t1 = 1;
  double p[4] = { -(x1 - x0), x1 - x0, -(y1 - y0), y1 - y0 };
  double q[4] = { x0 - bx0, bx1 - x0, y0 - by0, by1 - y0 };

  /* Liang–Barsky: clip the segment to the box; it hits if anything is left. */
  for (guint k = 0; k < 4; k++)
    {
      if (p[k] == 0)
        {
          if (q[k] < 0)
            return FALSE;
          continue;
        }
      if (p[k] < 0)
        t0 = MAX (t0, q[k] / p[k]);
      else
        t1 = MIN (t1, q[k] / p[k]);
      if (t0 > t1)
        return FALSE;
    }
  return TRUE;
}

/**
 * tautan_export_fit_view:
 * @view: the view to frame; its width and height are kept
 * @slice: the time window whose active entities must all show
 * @positions: (array): layout coordinates, one per entity
 * @hidden_kinds: entities of these kinds (bit per #TautanEntityKind) are
 *   left out of the frame
 * @margin: pixels kept clear on every side
 *
 * Sets @view's zoom and centre so that every active entity of @slice fits
 * in its width and height with @margin around, the zoom clamped to what
 * the graph view allows: the app's zoom to fit, shared so that an export
 * of the whole graph frames it as the app does.
 *
 * Returns: %FALSE, leaving @view as it was, when no entity is active or
 *   the view has no size
 */
gboolean
tautan_export_fit_view (TautanView        *view,
                        TautanSlice       *slice,
                        const TautanPoint *positions,
                        guint32            hidden_kinds,
                        double             margin)
{
  TautanDataset *dataset;
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;
  gboolean any = FALSE;
  double w, h;

  g_return_val_if_fail (view != NULL, FALSE);
  g_return_val_if_fail (TAUTAN_IS_SLICE (slice), FALSE);

  if (view->width <= 0 || view->height <= 0 || positions == NULL)
    return FALSE;

  dataset = tautan_slice_get_dataset (slice);
  for (guint i = 0; i < tautan_slice_get_n_entities (slice); i++)
    {
      guint e = tautan_slice_get_entity (slice, i)->entity;

      if (hidden_kinds != 0)
        {
          TautanEntity entity;

          tautan_dataset_get_entity (dataset, e, &entity);
          if (entity.kind < 32 && (hidden_kinds & (1u << entity.kind)) != 0)
            continue;
        }
      x0 = MIN (x0, positions[e].x);
      y0 = MIN (y0, positions[e].y);
      x1 = MAX (x1, positions[e].x);
      y1 = MAX (y1, positions[e].y);
      any = TRUE;
    }
  if (!any)
    return FALSE;

  w = MAX (x1 - x0, 1e-3);
  h = MAX (y1 - y0, 1e-3);
  view->zoom = CLAMP (MIN ((view->width - 2 * margin) / w, (view->height - 2 * margin) / h), MIN_ZOOM, MAX_ZOOM);
  view->center_x = (x0 + x1) / 2;
  view->center_y = (y0 + y1) / 2;
  return TRUE;
}

/* Options */

/**
 * tautan_export_options_init:
 * @options: (out caller-allocates): options to reset
 *
 * PNG at the view's size (1920 × 1080 when it has none), scale 1, light
 * background, the whole graph, every piece of furniture, the dataset's
 * title, today's date (`SOURCE_DATE_EPOCH` when set) and at most 8
 * sources listed.
 */
void
tautan_export_options_init (TautanExportOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->format = TAUTAN_EXPORT_FORMAT_PNG;
  options->scale = 1;
  options->background = TAUTAN_EXPORT_BACKGROUND_LIGHT;
  options->framing = TAUTAN_EXPORT_FRAMING_WHOLE;
  options->furniture = TAUTAN_EXPORT_FURNITURE_ALL;
  options->date = TAUTAN_DAY_NONE;
}

/**
 * tautan_export_format_from_name:
 * @name: "png", "svg" or "pdf" in any case, or a file name ending so
 * @format: (out): the format
 *
 * Returns: whether @name names a format
 */
gboolean
tautan_export_format_from_name (const char         *name,
                                TautanExportFormat *format)
{
  static const char *names[] = { "png", "svg", "pdf" };
  const char *dot;

  g_return_val_if_fail (format != NULL, FALSE);

  if (name == NULL)
    return FALSE;
  dot = strrchr (name, '.');
  if (dot != NULL && strchr (dot, '/') == NULL)
    name = dot + 1;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (name, names[i]) == 0)
      {
        *format = (TautanExportFormat)i;
        return TRUE;
      }
  return FALSE;
}

/**
 * tautan_export_format_to_string:
 *
 * Returns: "png", "svg" or "pdf"
 */
const char *
tautan_export_format_to_string (TautanExportFormat format)
{
  switch (format)
    {
    case TAUTAN_EXPORT_FORMAT_SVG:
      return "svg";
    case TAUTAN_EXPORT_FORMAT_PDF:
      return "pdf";
    case TAUTAN_EXPORT_FORMAT_PNG:
    default:
      return "png";
    }
}

static TautanDay
today (void)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  g_autoptr(GDateTime) now = NULL;

  /* Reproducible builds' convention: the same input, the same bytes. */
  if (epoch != NULL && *epoch != '\0')
    {
      char *end = NULL;
      gint64 seconds = g_ascii_strtoll (epoch, &end, 10);

      if (end != NULL && *end == '\0' && seconds >= 0)
        now = g_date_time_new_from_unix_utc (seconds);
    }
  if (now == NULL)
    now = g_date_time_new_now_local ();

  return tautan_day_from_ymd (g_date_time_get_year (now), g_date_time_get_month (now),
                              g_date_time_get_day_of_month (now));
}

/* What is shown */

static void
content_clear (Content *content)
{
  g_clear_pointer (&content->types, g_free);
  g_clear_pointer (&content->sources, g_array_unref);
}

static int
compare_sources (const void *a,
                 const void *b)
{
  const SourceUse *x = a, *y = b;
  int c;

  /* Oldest first, undated last, then by outlet and title. */
  if (x->published != y->published)
    {
      if (x->published == TAUTAN_DAY_NONE)
        return 1;
      if (y->published == TAUTAN_DAY_NONE)
        return -1;
      return x->published < y->published ? -1 : 1;
    }
  if ((c = g_strcmp0 (x->outlet, y->outlet)) != 0)
    return c;
  if ((c = g_strcmp0 (x->title, y->title)) != 0)
    return c;
  return x->source < y->source ? -1 : x->source > y->source;
}

/* The nodes, edges and events the picture draws: shown kinds and types,
 * and for a view framing, what lies in the part of the map the view
 * showed. Edges are the scene's (actor → target pairs with some shown
 * type, no self-loops); events are those with a drawn pair. */
static void
compute_content (Page             *page,
                 const TautanView *screen)
{
  Content *content = &page->content;
  TautanDataset *dataset = page->dataset;
  TautanSlice *slice = page->slice;
  TautanTaxonomy *taxonomy = tautan_dataset_get_taxonomy (dataset);
  guint n_entities = tautan_dataset_get_n_entities (dataset);
  guint n_types = tautan_taxonomy_get_n_types (taxonomy);
  guint n_slice_edges = tautan_slice_get_n_edges (slice);
  guint64 hidden_types = screen->hidden_types;
  g_autofree guint8 *shown = g_new0 (guint8, MAX (n_entities, 1));
  g_autofree guint64 *pairs = g_new (guint64, MAX (n_slice_edges, 1));
  g_autofree guint *uses = g_new0 (guint, MAX (tautan_dataset_get_n_sources (dataset), 1));
  g_autoptr(GArray) events = NULL;
  gboolean clip = page->options.framing == TAUTAN_EXPORT_FRAMING_VIEW &&
                  screen->width > 0 && screen->height > 0 && screen->zoom > 0;
  double rx0 = 0, ry0 = 0, rx1 = 0, ry1 = 0;
  guint n_pairs = 0;
  TautanPairSet set;

  content->types = g_new0 (gboolean, MAX (n_types, 1));
  content->sources = g_array_new (FALSE, FALSE, sizeof (SourceUse));

  if (clip)
    {
      rx0 = screen->center_x - screen->width / 2.0 / screen->zoom;
      ry0 = screen->center_y - screen->height / 2.0 / screen->zoom;
      rx1 = screen->center_x + screen->width / 2.0 / screen->zoom;
      ry1 = screen->center_y + screen->height / 2.0 / screen->zoom;
    }

  /* 1: shown, 2: shown and within the frame. */
  for (guint k = 0; k < tautan_slice_get_n_entities (slice); k++)
    {
      guint e = tautan_slice_get_entity (slice, k)->entity;
      TautanEntity entity;
      double x, y;

      if (e >= n_entities)
        continue;
      tautan_dataset_get_entity (dataset, e, &entity);
      if (entity.kind < 32 && (screen->hidden_kinds & (1u << entity.kind)) != 0)
        continue;
      shown[e] = 1;
      x = page->positions[e].x;
      y = page->positions[e].y;
      if (!clip || (x >= rx0 && x <= rx1 && y >= ry0 && y <= ry1))
        {
          shown[e] = 2;
          content->kinds[MIN ((guint)entity.kind, TAUTAN_N_ENTITY_KINDS - 1)] = TRUE;
          content->n_nodes++;
        }
    }

  for (guint k = 0; k < n_slice_edges; k++)
    {
      const TautanSliceEdge *se = tautan_slice_get_edge (slice, k);
      const guint32 *types, *counts;
      guint count = 0;

      if (se->source == se->target || se->source >= n_entities || se->target >= n_entities ||
          !shown[se->source] || !shown[se->target])
        continue;
      if (clip && shown[se->source] != 2 && shown[se->target] != 2 &&
          !segment_hits_box (page->positions[se->source].x, page->positions[se->source].y,
                             page->positions[se->target].x, page->positions[se->target].y,
                             rx0, ry0, rx1, ry1))
        continue;

      tautan_slice_get_edge_types (slice, k, &types, &counts);
      for (guint t = 0; t < se->n_types; t++)
        if (counts[t] > 0 &&
            !(types[t] < 64 && (hidden_types & (G_GUINT64_CONSTANT (1) << types[t])) != 0))
          count += counts[t];
      if (count == 0)
        continue;

      for (guint t = 0; t < se->n_types; t++)
        if (counts[t] > 0 && types[t] < n_types &&
            !(types[t] < 64 && (hidden_types & (G_GUINT64_CONSTANT (1) << types[t])) != 0))
          {
            content->types[types[t]] = TRUE;
            content->quads[tautan_taxonomy_get_event_type (taxonomy, types[t])->quad_class] = TRUE;
          }
      content->dashed |= se->imprecise >= se->count;
      pairs[n_pairs++] = (guint64)se->source << 32 | se->target;
    }
  content->n_edges = n_pairs;

  _tautan_pair_set_init (&set, pairs, n_pairs);
  events = tautan_slice_list_events (slice, TAUTAN_NONE, TAUTAN_NONE, TAUTAN_NONE);
  for (guint i = 0; i < events->len; i++)
    {
      TautanEvent event;
      gboolean drawn = FALSE;

      tautan_dataset_get_event (dataset, g_array_index (events, guint32, i), &event);
      if (event.type < 64 && (hidden_types & (G_GUINT64_CONSTANT (1) << event.type)) != 0)
        continue;
      for (guint a = 0; a < event.n_actors && !drawn; a++)
        for (guint t = 0; t < event.n_targets && !drawn; t++)
          drawn = event.actors[a] != event.targets[t] &&
                  _tautan_pair_set_contains (&set, (guint64)event.actors[a] << 32 | event.targets[t]);
      if (!drawn)
        continue;

      content->n_events++;
      for (guint s = 0; s < event.n_sources; s++)
        uses[event.sources[s]]++;
    }
  _tautan_pair_set_clear (&set);

  for (guint s = 0; s < tautan_dataset_get_n_sources (dataset); s++)
    if (uses[s] > 0)
      {
        TautanSource source;
        SourceUse use;

        tautan_dataset_get_source (dataset, s, &source);
        use.source = s;
        use.n_events = uses[s];
        use.published = source.published;
        use.outlet = source.outlet;
        use.title = source.title;
        g_array_append_val (content->sources, use);
      }
  g_array_sort (content->sources, compare_sources);
}

/* Furniture */

#define U(page) ((page)->unit)

static void
item_clear (gpointer data)
{
  Item *item = data;

  g_clear_pointer (&item->text, g_free);
  g_clear_object (&item->layout);
}

static PangoLayout *
new_layout (Page        *page,
            const char  *text,
            double       size,
            PangoWeight  weight)
{
  PangoLayout *layout = tautan_render_context_create_layout (page->context);
  PangoFontDescription *desc = pango_font_description_new ();

  pango_font_description_set_family (desc, tautan_render_context_get_font_family (page->context));
  pango_font_description_set_absolute_size (desc, size * PANGO_SCALE);
  pango_font_description_set_weight (desc, weight);
  pango_layout_set_font_description (layout, desc);
  pango_layout_set_text (layout, text, -1);
  pango_font_description_free (desc);
  return layout;
}

static double
layout_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double)logical.width / PANGO_SCALE;
}

static double
text_width (Page        *page,
            const char  *text,
            double       size,
            PangoWeight  weight)
{
  g_autoptr(PangoLayout) layout = new_layout (page, text, size, weight);

  return layout_width (layout);
}

/* Cut at a character with an ellipsis, ourselves rather than by Pango,
 * so the SVG gets the same words the PNG shows. */
static char *
fit_text (PangoLayout *layout,
          const char  *text,
          double       max_width)
{
  glong lo = 0, hi;

  pango_layout_set_text (layout, text, -1);
  if (max_width <= 0 || layout_width (layout) <= max_width)
    return g_strdup (text);

  hi = g_utf8_strlen (text, -1) - 1;
  while (lo < hi)
    {
      glong mid = (lo + hi + 1) / 2;
      g_autofree char *prefix = g_strndup (text, g_utf8_offset_to_pointer (text, mid) - text);
      g_autofree char *candidate = g_strconcat (g_strchomp (prefix), "…", NULL);

      pango_layout_set_text (layout, candidate, -1);
      if (layout_width (layout) <= max_width)
        lo = mid;
      else
        hi = mid - 1;
    }

  {
    g_autofree char *prefix = g_strndup (text, g_utf8_offset_to_pointer (text, lo) - text);
    char *shown = g_strconcat (g_strchomp (prefix), "…", NULL);

    pango_layout_set_text (layout, shown, -1);
    return shown;
  }
}

/* Returns the line's height. */
static double
add_text (GArray           *items,
          Page             *page,
          const char       *text,
          double            x,
          double            y,
          double            size,
          PangoWeight       weight,
          const TautanRgba *color,
          Anchor            anchor,
          double            max_width)
{
  Item item = { 0 };
  PangoRectangle logical;

  item.kind = ITEM_TEXT;
  item.layout = new_layout (page, "", size, weight);
  item.text = fit_text (item.layout, text, max_width);
  pango_layout_get_extents (item.layout, NULL, &logical);
  item.width = (double)logical.width / PANGO_SCALE;
  item.height = (double)logical.height / PANGO_SCALE;
  item.baseline = (double)pango_layout_get_baseline (item.layout) / PANGO_SCALE;
  item.x = x;
  item.y = y;
  item.size = size;
  item.weight = weight;
  item.color = *color;
  item.anchor = anchor;
  g_array_append_val (items, item);
  return item.height;
}

/* Wraps at words into at most @max_lines lines, the last one cut. */
static double
add_wrapped_text (GArray           *items,
                  Page             *page,
                  const char       *text,
                  double            x,
                  double            y,
                  double            size,
                  PangoWeight       weight,
                  const TautanRgba *color,
                  double            max_width,
                  guint             max_lines)
{
  g_autoptr(PangoLayout) layout = new_layout (page, text, size, weight);
  double top = y;
  guint n;

  pango_layout_set_width (layout, (int)(max_width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  n = MIN ((guint)pango_layout_get_line_count (layout), max_lines);

  for (guint i = 0; i < n; i++)
    {
      PangoLayoutLine *line = pango_layout_get_line_readonly (layout, (int)i);
      gsize length = i + 1 == n ? strlen (text + line->start_index) : (gsize)line->length;
      g_autofree char *piece = g_strndup (text + line->start_index, length);

      y += add_text (items, page, g_strstrip (piece), x, y, size, weight, color, ANCHOR_START, max_width);
    }
  return y - top;
}

static void
add_shape (GArray           *items,
           TautanShape       shape,
           double            x,
           double            y,
           double            radius,
           const TautanRgba *fill,
           const TautanRgba *stroke)
{
  Item item = { 0 };

  item.kind = ITEM_SHAPE;
  item.shape = shape;
  item.x = x;
  item.y = y;
  item.size = radius;
  item.color = *fill;
  item.stroke = *stroke;
  g_array_append_val (items, item);
}

static void
add_line (GArray           *items,
          ItemKind          kind,
          double            x,
          double            y,
          double            length,
          double            width,
          const TautanRgba *color,
          gboolean          dashed,
          gboolean          arrow)
{
  Item item = { 0 };

  item.kind = kind;
  item.x = x;
  item.y = y;
  item.width = length;
  item.size = width;
  item.color = *color;
  item.dashed = dashed;
  item.arrow = arrow;
  g_array_append_val (items, item);
}

static void
shift_items (GArray *items,
             double  dy)
{
  for (guint i = 0; i < items->len; i++)
    g_array_index (items, Item, i).y += dy;
}

/* Moves @from's items to the end of @to. */
static void
move_items (GArray *to,
            GArray *from,
            double  dy)
{
  shift_items (from, dy);
  g_array_append_vals (to, from->data, from->len);
  /* The items now belong to @to: drop them without clearing. */
  g_array_set_clear_func (from, NULL);
  g_array_set_size (from, 0);
  g_array_set_clear_func (from, item_clear);
}

static GArray *
items_new (void)
{
  GArray *items = g_array_new (FALSE, TRUE, sizeof (Item));

  g_array_set_clear_func (items, item_clear);
  return items;
}

/* Sizes, in page units at unit 1 (a 1600-wide page). */
#define MARGIN_X      32.0
#define MARGIN_Y      24.0
#define TITLE_SIZE    26.0
#define WINDOW_SIZE   15.0
#define FILTER_SIZE   14.0
#define BODY_SIZE     12.5
#define SMALL_SIZE    11.0
#define LINE          1.7        /* legend rows, in body sizes */

static const char *kind_plurals[TAUTAN_N_ENTITY_KINDS] = {
  "Persons", "States", "Organisations", "Armed groups", "Media", "Places", "Unnamed groups",
};

static char *
format_filters (Page             *page,
                const TautanView *view)
{
  TautanTaxonomy *taxonomy = tautan_dataset_get_taxonomy (page->dataset);
  g_autoptr(GString) text = g_string_new ("Hidden: ");
  gboolean any_kind = FALSE, any_type = FALSE;

  for (guint k = 0; k < TAUTAN_N_ENTITY_KINDS; k++)
    if (view->hidden_kinds & (1u << k))
      {
        g_string_append_printf (text, "%s%s", any_kind ? ", " : "", kind_plurals[k]);
        any_kind = TRUE;
      }
  for (guint t = 0; t < MIN (tautan_taxonomy_get_n_types (taxonomy), 64); t++)
    if (view->hidden_types & (G_GUINT64_CONSTANT (1) << t))
      {
        g_string_append_printf (text, "%s%s", any_type ? ", " : any_kind ? "; " : "",
                                tautan_taxonomy_get_event_type (taxonomy, t)->label);
        any_type = TRUE;
      }

  if (!any_kind && !any_type)
    return NULL;
  return clean_text (text->str);
}

/* "22,176": grouped the same in every locale, like the dates. */
static char *
format_count (guint n)
{
  g_autofree char *digits = g_strdup_printf ("%u", n);
  GString *out = g_string_new (NULL);
  gsize len = strlen (digits);

  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, digits[i]);
    }
  return g_string_free (out, FALSE);
}

static char *
format_window (Page *page)
{
  TautanTimeSpan span = tautan_slice_get_span (page->slice);
  TautanTimeSpan data = tautan_dataset_get_span (page->dataset);
  g_autofree char *words = NULL;
  g_autofree char *counts = NULL;
  g_autofree char *n_events = NULL;
  g_autofree char *n_nodes = NULL;

  /* An open end ("from the start", "to the end") shows as the data's. */
  if (span.from == TAUTAN_DAY_MIN && tautan_dataset_get_n_events (page->dataset) > 0)
    span.from = MIN (data.from, span.to);
  if (span.to == TAUTAN_DAY_MAX && tautan_dataset_get_n_events (page->dataset) > 0)
    span.to = MAX (data.to, span.from);

  if (tautan_slice_get_cumulative (page->slice))
    {
      g_autofree char *to = tautan_day_format_human (span.to);

      words = g_strdup_printf ("Cumulative up to %s", to);
    }
  else
    words = tautan_time_span_format_human (&span);

  n_events = format_count (page->content.n_events);
  n_nodes = format_count (page->content.n_nodes);
  counts = g_strdup_printf ("%s event%s between %s actor%s shown",
                            n_events, page->content.n_events == 1 ? "" : "s",
                            n_nodes, page->content.n_nodes == 1 ? "" : "s");
  return g_strdup_printf ("%s · %s", words, counts);
}

static double
build_header (Page   *page,
              GArray *items)
{
  const TautanPalette *p = &page->palette;
  TautanExportFurniture f = page->options.furniture;
  double u = U (page), x = MARGIN_X * u, w = page->width - 2 * MARGIN_X * u, y = 0;

  if (f & TAUTAN_EXPORT_FURNITURE_TITLE)
    y += add_wrapped_text (items, page, page->title, x, y, TITLE_SIZE * u, PANGO_WEIGHT_BOLD,
                           &p->foreground, w, 2) + 2 * u;
  if (f & TAUTAN_EXPORT_FURNITURE_TIME_WINDOW)
    y += add_text (items, page, page->window, x, y, WINDOW_SIZE * u, PANGO_WEIGHT_NORMAL,
                   &p->foreground, ANCHOR_START, w) + 2 * u;
  /* Filtering is never hidden: the line shows whatever the flags say. */
  if (page->filters != NULL)
    y += add_text (items, page, page->filters, x, y, FILTER_SIZE * u, PANGO_WEIGHT_SEMIBOLD,
                   &p->accent, ANCHOR_START, w) + 2 * u;
  return y;
}

/* One legend entry's icon: a node's shape or an edge's stroke. */
typedef struct
{
  gboolean     is_shape;
  TautanShape  shape;
  TautanRgba   color;
  gboolean     dashed;
  const char  *label;
} Entry;

#define ICON_WIDTH 30.0
#define ICON_GAP   8.0
#define COLUMN_GAP 24.0

static void
add_icon (Page        *page,
          GArray      *items,
          const Entry *entry,
          double       x,
          double       cy)
{
  const TautanPalette *p = &page->palette;
  double u = U (page);

  if (entry->is_shape)
    add_shape (items, entry->shape, x + ICON_WIDTH * u / 2, cy, 6 * u, &entry->color, &p->node_stroke);
  else
    add_line (items, ITEM_SWATCH, x, cy, ICON_WIDTH * u, 3 * u, &entry->color, entry->dashed, TRUE);
}

/* Entries in a table: as many columns as fit, each as wide as its widest
 * entry, so icons and labels line up from one line to the next. */
static double
add_entry_grid (Page        *page,
                GArray      *items,
                const Entry *entries,
                guint        n,
                double       x0,
                double       x1,
                double       y)
{
  const TautanPalette *p = &page->palette;
  double u = U (page), line = LINE * BODY_SIZE * u, icon = (ICON_WIDTH + ICON_GAP) * u;
  g_autofree double *widths = g_new (double, MAX (n, 1));
  g_autofree double *columns = g_new0 (double, MAX (n, 1));
  guint per_line = 1;

  for (guint i = 0; i < n; i++)
    widths[i] = icon + text_width (page, entries[i].label, BODY_SIZE * u, PANGO_WEIGHT_NORMAL);

  for (guint k = n; k >= 1; k--)
    {
      double total = 0;

      memset (columns, 0, sizeof (double) * n);
      for (guint i = 0; i < n; i++)
        columns[i % k] = MAX (columns[i % k], widths[i]);
      for (guint c = 0; c < k; c++)
        total += columns[c] + (c > 0 ? COLUMN_GAP * u : 0);
      if (total <= x1 - x0 || k == 1)
        {
          per_line = k;
          break;
        }
    }

  for (guint i = 0; i < n; i++)
    {
      double x = x0, top = y + (i / per_line) * line, h;

      for (guint c = 0; c < i % per_line; c++)
        x += columns[c] + COLUMN_GAP * u;
      add_icon (page, items, &entries[i], x, top + line / 2);
      h = add_text (items, page, entries[i].label, x + icon, top, BODY_SIZE * u, PANGO_WEIGHT_NORMAL,
                    &p->foreground, ANCHOR_START, x1 - x - icon);
      g_array_index (items, Item, items->len - 1).y = top + (line - h) / 2;
    }
  return ((n + per_line - 1) / per_line) * line;
}

static double
add_heading (Page       *page,
             GArray     *items,
             const char *text,
             double      x,
             double      y,
             double      line,
             double      max_width)
{
  double u = U (page);
  double h = add_text (items, page, text, x, y, BODY_SIZE * u, PANGO_WEIGHT_BOLD,
                       &page->palette.foreground, ANCHOR_START, max_width);

  g_array_index (items, Item, items->len - 1).y = y + (line - h) / 2;
  return h;
}

static double
build_legend (Page   *page,
              GArray *items,
              double  x0,
              double  x1)
{
  const TautanPalette *p = &page->palette;
  const Content *content = &page->content;
  TautanTaxonomy *taxonomy = tautan_dataset_get_taxonomy (page->dataset);
  guint n_types = tautan_taxonomy_get_n_types (taxonomy);
  double u = U (page), line = LINE * BODY_SIZE * u, y = 0, heading, cx;
  g_autoptr(GArray) entries = g_array_new (FALSE, TRUE, sizeof (Entry));
  g_autoptr(GString) note = g_string_new (NULL);

  heading = MAX (text_width (page, "Actors", BODY_SIZE * u, PANGO_WEIGHT_BOLD),
                 text_width (page, "Relations", BODY_SIZE * u, PANGO_WEIGHT_BOLD)) + 16 * u;
  cx = x0 + heading;

  for (guint k = 0; k < TAUTAN_N_ENTITY_KINDS; k++)
    if (content->kinds[k])
      {
        Entry entry = { TRUE, _tautan_scene_shape_for_kind (k), p->node_fill[k], FALSE, tautan_entity_kind_label (k) };

        g_array_append_val (entries, entry);
      }
  if (entries->len > 0)
    {
      add_heading (page, items, "Actors", x0, y, line, heading);
      y += add_entry_grid (page, items, (Entry *)(gpointer)entries->data, entries->len, cx, x1, y);
    }

  if (content->n_edges > 0)
    {
      add_heading (page, items, "Relations", x0, y, line, heading);
      g_array_set_size (entries, 0);

      if (page->view.color_mode == TAUTAN_EDGE_COLOR_DOMINANT_TYPE)
        {
          for (guint t = 0; t < n_types; t++)
            if (content->types[t])
              {
                const TautanEventType *type = tautan_taxonomy_get_event_type (taxonomy, t);
                Entry entry = { FALSE, 0, tautan_rgba_from_rgb (type->color, 0.85), FALSE, type->label };

                g_array_append_val (entries, entry);
              }
          y += add_entry_grid (page, items, (Entry *)(gpointer)entries->data, entries->len, cx, x1, y);
        }
      else
        {
          double label_width = 0;

          /* One line per QuadClass: its colour, its name, and in grey
           * the event types of it this picture draws. */
          for (guint q = 0; q < TAUTAN_N_QUAD_CLASSES; q++)
            if (content->quads[q])
              {
                const char *label = tautan_taxonomy_get_quad_class (taxonomy, q)->label;

                label_width = MAX (label_width, text_width (page, label, BODY_SIZE * u, PANGO_WEIGHT_NORMAL));
              }
          for (guint q = 0; q < TAUTAN_N_QUAD_CLASSES; q++)
            {
              const TautanQuadClassInfo *info = tautan_taxonomy_get_quad_class (taxonomy, q);
              Entry entry = { FALSE, 0, tautan_rgba_from_rgb (info->color, 0.85), FALSE, info->label };
              g_autoptr(GString) types = g_string_new (NULL);
              double text_x = cx + (ICON_WIDTH + ICON_GAP) * u, types_x, h;

              if (!content->quads[q])
                continue;
              for (guint t = 0; t < n_types; t++)
                if (content->types[t] && tautan_taxonomy_get_event_type (taxonomy, t)->quad_class == q)
                  g_string_append_printf (types, "%s%s", types->len ? " · " : "",
                                          tautan_taxonomy_get_event_type (taxonomy, t)->label);

              add_icon (page, items, &entry, cx, y + line / 2);
              h = add_text (items, page, info->label, text_x, y, BODY_SIZE * u, PANGO_WEIGHT_NORMAL,
                            &p->foreground, ANCHOR_START, x1 - text_x);
              g_array_index (items, Item, items->len - 1).y = y + (line - h) / 2;
              types_x = text_x + label_width + 12 * u;
              if (types->len > 0 && types_x < x1 - 40 * u)
                {
                  h = add_text (items, page, types->str, types_x, y, BODY_SIZE * u, PANGO_WEIGHT_NORMAL,
                                &p->dim, ANCHOR_START, x1 - types_x);
                  g_array_index (items, Item, items->len - 1).y = y + (line - h) / 2;
                }
              y += line;
            }
        }

      if (content->dashed)
        {
          Entry entry = { FALSE, 0, p->dim, TRUE, "Only approximately dated events" };

          y += add_entry_grid (page, items, &entry, 1, cx, x1, y);
        }

      g_string_append (note, "Arrows run from actor to target; thicker lines stand for more events.");
      y += 2 * u;
      y += add_text (items, page, note->str, cx, y, SMALL_SIZE * u, PANGO_WEIGHT_NORMAL,
                     &p->dim, ANCHOR_START, x1 - cx);
    }

  return y;
}

static char *
format_source (const SourceUse *use)
{
  g_autofree char *date = use->published != TAUTAN_DAY_NONE ? tautan_day_format_human (use->published)
                                                             : g_strdup ("undated");
  g_autofree char *text = g_strdup_printf ("%s, %s: %s", use->outlet, date, use->title);

  return clean_text (text);
}

static double
build_sources (Page   *page,
               GArray *items,
               double  x0,
               double  x1,
               guint   max_rows,
               guint   n_columns)
{
  const TautanPalette *p = &page->palette;
  GArray *sources = page->content.sources;
  double u = U (page), line = 1.45 * SMALL_SIZE * u, y = 0, column;
  guint slots = max_rows * n_columns, n_shown, rows;

  /* The heading sits on the legend's first line. */
  add_heading (page, items, "Sources", x0, y, LINE * BODY_SIZE * u, x1 - x0);
  y += LINE * BODY_SIZE * u;

  if (sources->len == 0)
    return y + add_text (items, page, "No event is drawn.", x0, y, SMALL_SIZE * u,
                         PANGO_WEIGHT_NORMAL, &p->dim, ANCHOR_START, x1 - x0);

  if (slots == 0)
    {
      g_autofree char *count = format_count (sources->len);
      g_autofree char *text = g_strdup_printf ("%s articles (no room to list them)", count);

      return y + add_text (items, page, text, x0, y, SMALL_SIZE * u, PANGO_WEIGHT_NORMAL,
                           &p->dim, ANCHOR_START, x1 - x0);
    }

  /* The last slot says how many more there are. */
  n_shown = sources->len <= slots ? sources->len : slots - 1;
  rows = (MIN (sources->len, slots) + n_columns - 1) / n_columns;
  column = (x1 - x0 + 24 * u) / n_columns;

  for (guint i = 0; i < MIN (sources->len, slots); i++)
    {
      double x = x0 + (i / rows) * column;
      g_autofree char *text = NULL;

      if (i < n_shown)
        text = format_source (&g_array_index (sources, SourceUse, i));
      else
        {
          g_autofree char *count = format_count (sources->len - n_shown);

          text = g_strdup_printf ("and %s more", count);
        }
      add_text (items, page, text, x, y + (i % rows) * line, SMALL_SIZE * u, PANGO_WEIGHT_NORMAL,
                i < n_shown ? &p->foreground : &p->dim, ANCHOR_START, column - 24 * u);
    }
  return y + rows * line;
}

static double
build_footer (Page   *page,
              GArray *items,
              double  y)
{
  const TautanPalette *p = &page->palette;
  double u = U (page), x0 = MARGIN_X * u, x1 = page->width - MARGIN_X * u, date_width, h;
  const char *title = tautan_dataset_get_title (page->dataset);
  TautanDay day = page->options.date != TAUTAN_DAY_NONE ? page->options.date : today ();
  g_autofree char *when = tautan_day_format_human (day);
  g_autofree char *exported = g_strdup_printf ("Exported %s", when);
  g_autofree char *basename = NULL;
  g_autofree char *dataset = NULL;
  g_autofree char *line = NULL;

  if (title == NULL || *title == '\0')
    {
      GFile *file = tautan_dataset_get_file (page->dataset);

      basename = file != NULL ? g_file_get_basename (file) : g_strdup ("untitled");
      title = basename;
    }
  dataset = g_strdup_printf ("Dataset: %s", title);
  line = clean_text (dataset);

  date_width = text_width (page, exported, SMALL_SIZE * u, PANGO_WEIGHT_NORMAL);
  h = add_text (items, page, exported, x1, y, SMALL_SIZE * u, PANGO_WEIGHT_NORMAL, &p->dim, ANCHOR_END, 0);
  add_text (items, page, line, x0, y, SMALL_SIZE * u, PANGO_WEIGHT_NORMAL, &p->dim,
            ANCHOR_START, x1 - x0 - date_width - 24 * u);
  return h;
}

/* Legend and sources side by side on a wide page, else one above the
 * other; then the dataset and date. Items from y = 0 down. */
static double
build_bottom (Page   *page,
              GArray *items,
              guint   source_rows)
{
  TautanExportFurniture f = page->options.furniture;
  gboolean legend = (f & TAUTAN_EXPORT_FURNITURE_LEGEND) != 0;
  gboolean sources = (f & TAUTAN_EXPORT_FURNITURE_SOURCES) != 0;
  double u = U (page), x0 = MARGIN_X * u, x1 = page->width - MARGIN_X * u, y = 0;

  if (legend && sources && x1 - x0 >= 1100 * u)
    {
      double mid = (x0 + x1) / 2, gutter = 32 * u;

      y = build_legend (page, items, x0, mid - gutter / 2);
      y = MAX (y, build_sources (page, items, mid + gutter / 2, x1, source_rows, 1));
    }
  else
    {
      if (legend)
        y += build_legend (page, items, x0, x1);
      if (legend && sources && y > 0)
        y += 10 * u;
      if (sources)
        {
          guint columns = x1 - x0 >= 900 * u ? 2 : 1;

          y += build_sources (page, items, x0, x1, (source_rows + columns - 1) / columns, columns);
        }
    }

  if (f & TAUTAN_EXPORT_FURNITURE_DATASET)
    {
      if (y > 0)
        y += 12 * u;
      y += build_footer (page, items, y);
    }
  return y;
}

/* Page */

static void
page_clear (Page *page)
{
  g_clear_pointer (&page->scene, tautan_scene_unref);
  g_clear_pointer (&page->items, g_array_unref);
  g_clear_object (&page->context);
  g_clear_pointer (&page->title, g_free);
  g_clear_pointer (&page->window, g_free);
  g_clear_pointer (&page->filters, g_free);
  content_clear (&page->content);
}

static gboolean
check_options (const TautanExportOptions *options,
               int                        width,
               int                        height,
               GError                   **error)
{
  int limit = options->format == TAUTAN_EXPORT_FORMAT_PDF ? MAX_PDF_SIDE : MAX_IMAGE_SIDE;
  guint scale = options->format == TAUTAN_EXPORT_FORMAT_PNG ? options->scale : 1;

  if ((guint)options->format > TAUTAN_EXPORT_FORMAT_PDF ||
      (guint)options->background > TAUTAN_EXPORT_BACKGROUND_TRANSPARENT ||
      (guint)options->framing > TAUTAN_EXPORT_FRAMING_WHOLE)
    {
      g_set_error_literal (error, TAUTAN_EXPORT_ERROR, TAUTAN_EXPORT_ERROR_INVALID,
                           "Unknown export format, background or framing");
      return FALSE;
    }
  if (scale < 1 || scale > MAX_SCALE)
    {
      g_set_error (error, TAUTAN_EXPORT_ERROR, TAUTAN_EXPORT_ERROR_INVALID,
                   "The scale must be 1 to %d, not %u", MAX_SCALE, scale);
      return FALSE;
    }
  if (width < 1 || height < 1 || width > limit / (int)scale || height > limit / (int)scale)
    {
      g_set_error (error, TAUTAN_EXPORT_ERROR, TAUTAN_EXPORT_ERROR_INVALID,
                   "A picture of %d × %d at scale %u is out of range: at most %d a side",
                   width, height, scale, limit);
      return FALSE;
    }
  return TRUE;
}

static gboolean
page_init (Page                      *page,
           TautanRenderContext       *context,
           TautanSlice               *slice,
           const TautanPoint         *positions,
           const TautanView          *view,
           const TautanExportOptions *options,
           GError                   **error)
{
  gboolean dark = options->background == TAUTAN_EXPORT_BACKGROUND_DARK;
  TautanExportFurniture f = options->furniture;
  g_autoptr(GArray) header = items_new ();
  g_autoptr(GArray) bottom = items_new ();
  double u, header_height = 0, bottom_height = 0, top, band;
  guint source_rows;

  memset (page, 0, sizeof *page);
  page->options = *options;
  page->width = options->width > 0 ? options->width : view->width > 0 ? view->width : DEFAULT_WIDTH;
  page->height = options->height > 0 ? options->height : view->height > 0 ? view->height : DEFAULT_HEIGHT;
  if (!check_options (options, page->width, page->height, error))
    return FALSE;
  if (page->options.max_sources == 0)
    page->options.max_sources = DEFAULT_MAX_SOURCES;

  /* Labels are measured once per context: reuse the caller's when its
   * palette is the one asked for. */
  if (context != NULL && tautan_render_context_get_dark (context) == dark)
    page->context = g_object_ref (context);
  else
    page->context = tautan_render_context_new (dark);
  page->palette = *tautan_render_context_get_palette (page->context);
  page->transparent = options->background == TAUTAN_EXPORT_BACKGROUND_TRANSPARENT &&
                      options->format != TAUTAN_EXPORT_FORMAT_PDF;
  page->dataset = tautan_slice_get_dataset (slice);
  page->slice = slice;
  page->positions = positions;
  page->items = items_new ();
  /* Filters and colours now, for the legend; the frame comes later. */
  page->view = *view;
  page->unit = u = CLAMP (page->width / 1600.0, 0.9, 1.5);

  {
    const char *title = options->title != NULL ? options->title : tautan_dataset_get_title (page->dataset);

    page->title = clean_text (title != NULL && *title != '\0' ? title : "Untitled");
  }
  compute_content (page, view);
  page->window = format_window (page);
  page->filters = format_filters (page, view);

  /* Header, then the band below as many sources as leave the graph at
   * least half the page. */
  header_height = build_header (page, header);
  top = header_height > 0 ? MARGIN_Y * u + header_height + 10 * u : 0;
  source_rows = page->options.max_sources;
  for (;;)
    {
      bottom_height = build_bottom (page, bottom, source_rows);
      if (source_rows == 0 || !(f & TAUTAN_EXPORT_FURNITURE_SOURCES) ||
          page->height - top - bottom_height - (MARGIN_Y + 16) * u >= MIN_AREA_FRACTION * page->height)
        break;
      g_array_set_size (bottom, 0);
      source_rows = source_rows > 2 ? source_rows - 2 : 0;
    }
  band = bottom_height > 0 ? page->height - MARGIN_Y * u - bottom_height : page->height;

  page->area.x = 0;
  page->area.width = page->width;
  page->area.y = (int)ceil (top);
  page->area.height = MAX ((int)floor (bottom_height > 0 ? band - 16 * u : band) - page->area.y, 1);

  move_items (page->items, header, MARGIN_Y * u);
  if (bottom_height > 0)
    {
      TautanRgba rule = page->palette.dim;

      rule.alpha = 0.35;
      add_line (page->items, ITEM_RULE, MARGIN_X * u, page->area.y + page->area.height + 0.5,
                page->width - 2 * MARGIN_X * u, 1, &rule, FALSE, FALSE);
      move_items (page->items, bottom, band);
    }

  /* The same view, seen through the graph area. */
  page->view = *view;
  page->view.hover_entity = TAUTAN_NONE;
  page->view.width = page->area.width;
  page->view.height = page->area.height;
  if (options->framing == TAUTAN_EXPORT_FRAMING_WHOLE || view->width <= 0 || view->height <= 0)
    tautan_export_fit_view (&page->view, slice, positions, view->hidden_kinds, FIT_MARGIN);
  else
    page->view.zoom = view->zoom * MIN ((double)page->area.width / view->width,
                                        (double)page->area.height / view->height);
  if (!(page->view.zoom > 0))
    page->view.zoom = 1;

  page->scene = tautan_scene_new (page->context, page->dataset, slice, positions, &page->view);

  if (tautan_scene_get_n_nodes (page->scene) == 0)
    add_text (page->items, page, "Nothing to show in this time window",
              page->area.x + page->area.width / 2.0, page->area.y + page->area.height / 2.0 - 10 * u,
              WINDOW_SIZE * u, PANGO_WEIGHT_NORMAL, &page->palette.dim, ANCHOR_MIDDLE, page->area.width);

  return TRUE;
}

/* Cairo: PNG and PDF */

static double
item_left (const Item *item)
{
  switch (item->anchor)
    {
    case ANCHOR_MIDDLE:
      return item->x - item->width / 2;
    case ANCHOR_END:
      return item->x - item->width;
    case ANCHOR_START:
    default:
      return item->x;
    }
}

static void
set_swatch_dash (cairo_t *cr,
                 double   width)
{
  double dashes[2] = { 3 + 2 * width, 2 + width };

  cairo_set_dash (cr, dashes, 2, 0);
}

/* The arrowhead of an edge @width wide, as the scene draws it at full size. */
static void
swatch_arrow (double  x1,
              double  width,
              double *base,
              double *half)
{
  double arrow = 4.0 + 2.5 * width;

  *base = x1 - arrow;
  *half = arrow * 0.45;
}

static void
draw_item (const Item *item,
           cairo_t    *cr)
{
  switch (item->kind)
    {
    case ITEM_TEXT:
      tautan_rgba_set_source (&item->color, cr);
      cairo_move_to (cr, item_left (item), item->y);
      pango_cairo_show_layout (cr, item->layout);
      break;

    case ITEM_RULE:
      tautan_rgba_set_source (&item->color, cr);
      cairo_set_line_width (cr, item->size);
      cairo_move_to (cr, item->x, item->y);
      cairo_line_to (cr, item->x + item->width, item->y);
      cairo_stroke (cr);
      break;

    case ITEM_SHAPE:
      cairo_new_path (cr);
      path_shape (cr, item->shape, item->x, item->y, item->size);
      tautan_rgba_set_source (&item->color, cr);
      cairo_fill_preserve (cr);
      tautan_rgba_set_source (&item->stroke, cr);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
      break;

    case ITEM_SWATCH:
      {
        double base = item->x + item->width, half = 0;

        if (item->arrow)
          swatch_arrow (item->x + item->width, item->size, &base, &half);
        tautan_rgba_set_source (&item->color, cr);
        cairo_set_line_width (cr, item->size);
        if (item->dashed)
          set_swatch_dash (cr, item->size);
        cairo_move_to (cr, item->x, item->y);
        cairo_line_to (cr, base, item->y);
        cairo_stroke (cr);
        cairo_set_dash (cr, NULL, 0, 0);
        if (item->arrow)
          {
            cairo_move_to (cr, item->x + item->width, item->y);
            cairo_line_to (cr, base, item->y - half);
            cairo_line_to (cr, base, item->y + half);
            cairo_close_path (cr);
            cairo_fill (cr);
          }
      }
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
    draw_item (&g_array_index (page->items, Item, i), cr);
}

static void
path_edge_shaft (cairo_t               *cr,
                  const TautanSceneEdge *e,
                  const EdgeShape       *shape)
{
  cairo_move_to (cr, e->x0, e->y0);
  if (shape->curved)
    /* The quadratic as a cubic, as tautan-scene.c draws it. */
    cairo_curve_to (cr,
                    e->x0 + 2.0 / 3 * (e->cx - e->x0), e->y0 + 2.0 / 3 * (e->cy - e->y0),
                    shape->ex + 2.0 / 3 * (e->cx - shape->ex), shape->ey + 2.0 / 3 * (e->cy - shape->ey),
                    shape->ex, shape->ey);
  else
    cairo_line_to (cr, shape->ex, shape->ey);
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
  double zoom_scale = MIN (1.0, page->view.zoom / FULL_SIZE_ZOOM);
  gboolean far = 7.0 * zoom_scale < 2.0;
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
      EdgeShape shape;

      edge_shape (scene, e, &shape);
      if (!shape.drawable)
        continue;
      if (e->selected)
        {
          path_edge_shaft (cr, e, &shape);
          cairo_set_source_rgba (cr, 0, 0, 0, 0.5);
          cairo_set_line_width (cr, e->width + 4);
          cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
          cairo_stroke (cr);
          cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
        }
      cairo_set_source_rgba (cr, 0, 0, 0, e->color.alpha);
      path_edge_shaft (cr, e, &shape);
      cairo_set_line_width (cr, e->width);
      if (e->dashed)
        set_swatch_dash (cr, e->width);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      if (shape.arrow)
        {
          cairo_move_to (cr, e->x1, e->y1);
          cairo_line_to (cr, shape.ax0, shape.ay0);
          cairo_line_to (cr, shape.ax1, shape.ay1);
          cairo_close_path (cr);
          cairo_fill (cr);
        }
    }

  for (guint i = 0; i < tautan_scene_get_n_nodes (scene); i++)
    {
      const TautanSceneNode *n = tautan_scene_get_node (scene, i);

      path_shape (cr, n->shape, n->x, n->y, n->radius);
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
          cairo_arc (cr, n->x, n->y, _tautan_scene_shape_outer_radius (n->shape, n->radius) + 3, 0, 2 * G_PI);
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

      if (!n->label_visible || n->label == NULL)
        continue;
      _tautan_render_context_measure_label (page->context, n->label, &ext);
      cairo_move_to (cr, n->label_x - ext.x, n->label_y - ext.y);
      pango_cairo_layout_path (cr, _tautan_render_context_lock_label (page->context, n->label));
      _tautan_render_context_unlock_label (page->context);
      cairo_set_source_rgba (cr, 0, 0, 0, page->palette.label_halo.alpha * n->alpha);
      cairo_set_line_width (cr, LABEL_HALO_WIDTH);
      cairo_stroke_preserve (cr);
      cairo_fill (cr);
    }
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_MITER);
  cairo_restore (cr);

  for (guint i = 0; i < page->items->len; i++)
    draw_item (&g_array_index (page->items, Item, i), cr);
  cairo_destroy (cr);

  cairo_surface_flush (mask);
  return mask;
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
check_surface (cairo_surface_t  *surface,
               const char       *what,
               GError          **error)
{
  cairo_status_t status = cairo_surface_status (surface);

  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, TAUTAN_EXPORT_ERROR, TAUTAN_EXPORT_ERROR_FAILED,
               "Cannot make the %s: %s", what, cairo_status_to_string (status));
  return FALSE;
}

static GBytes *
render_png (Page    *page,
            GError **error)
{
  int scale = (int)page->options.scale;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, page->width * scale,
                                                         page->height * scale);
  g_autoptr(GByteArray) png = NULL;
  cairo_status_t status;
  cairo_t *cr;

  if (!check_surface (surface, "picture", error))
    {
      cairo_surface_destroy (surface);
      return NULL;
    }
  cairo_surface_set_device_scale (surface, scale, scale);
  cr = cairo_create (surface);
  draw_page (page, cr);
  cairo_destroy (cr);

  if (page->transparent)
    {
      cairo_surface_t *mask = coverage_mask (page);

      remove_background (surface, mask, &page->palette.background);
      cairo_surface_destroy (mask);
    }

  png = g_byte_array_sized_new ((guint)page->width * page->height / 4);
  status = cairo_surface_write_to_png_stream (surface, write_to_array, png);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, TAUTAN_EXPORT_ERROR, TAUTAN_EXPORT_ERROR_FAILED,
                   "Cannot encode the PNG: %s", cairo_status_to_string (status));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&png));
}

static GBytes *
render_pdf (Page    *page,
            GError **error)
{
  g_autoptr(GByteArray) pdf = g_byte_array_new ();
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (write_to_array, pdf, page->width, page->height);
  g_autofree char *creator = g_strdup_printf ("%s %s", PACKAGE_NAME, PACKAGE_VERSION);
  cairo_t *cr;
  gboolean ok;

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, page->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, page->window);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, creator);
  cr = cairo_create (surface);
  draw_page (page, cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  ok = check_surface (surface, "PDF", error);
  cairo_surface_destroy (surface);

  return ok ? g_byte_array_free_to_bytes (g_steal_pointer (&pdf)) : NULL;
}

/* SVG */

static void
svg_text (GString    *s,
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
  append_paint (s, "fill", &item->color, 1);
  g_string_append_c (s, '>');
  tautan_xml_append_text (s, item->text, TAUTAN_XML_ESCAPE_ONE_LINE);
  g_string_append (s, "</text>\n");
}

static void
svg_item (GString    *s,
          const Item *item)
{
  switch (item->kind)
    {
    case ITEM_TEXT:
      svg_text (s, item);
      break;

    case ITEM_RULE:
      g_string_append (s, "<path d=\"M");
      append_point (s, item->x, item->y);
      g_string_append (s, " H");
      append_num (s, item->x + item->width);
      g_string_append_c (s, '"');
      append_paint (s, "stroke", &item->color, 1);
      append_attr_num (s, "stroke-width", item->size);
      g_string_append (s, "/>\n");
      break;

    case ITEM_SHAPE:
      svg_shape (s, item->shape, item->x, item->y, item->size);
      append_paint (s, "fill", &item->color, 1);
      append_paint (s, "stroke", &item->stroke, 1);
      g_string_append (s, "/>\n");
      break;

    case ITEM_SWATCH:
      {
        double base = item->x + item->width, half = 0;

        if (item->arrow)
          swatch_arrow (item->x + item->width, item->size, &base, &half);
        g_string_append (s, "<path d=\"M");
        append_point (s, item->x, item->y);
        g_string_append (s, " H");
        append_num (s, base);
        g_string_append (s, "\" fill=\"none\"");
        append_paint (s, "stroke", &item->color, 1);
        append_attr_num (s, "stroke-width", item->size);
        if (item->dashed)
          {
            g_string_append (s, " stroke-dasharray=\"");
            append_point (s, 3 + 2 * item->size, 2 + item->size);
            g_string_append_c (s, '"');
          }
        g_string_append (s, "/>\n");
        if (item->arrow)
          {
            g_string_append (s, "<path d=\"M");
            append_point (s, item->x + item->width, item->y);
            g_string_append (s, " L");
            append_point (s, base, item->y - half);
            g_string_append (s, " L");
            append_point (s, base, item->y + half);
            g_string_append (s, " Z\"");
            append_paint (s, "fill", &item->color, 1);
            g_string_append (s, "/>\n");
          }
      }
      break;

    default:
      g_assert_not_reached ();
    }
}

static const char *
kind_word (TautanEntityKind kind)
{
  static const char *words[TAUTAN_N_ENTITY_KINDS] = {
    "person", "state", "organisation", "armed group", "media", "place", "unnamed group",
  };

  return kind < TAUTAN_N_ENTITY_KINDS ? words[kind] : "entity";
}

/* "A → B: 3 events, 12 Jun 2023 – 19 Jun 2024, mostly Meet, visit or host" */
static void
append_edge_title (GString               *s,
                   Page                  *page,
                   const TautanSceneEdge *e)
{
  TautanTaxonomy *taxonomy = tautan_dataset_get_taxonomy (page->dataset);
  const TautanSliceEdge *se = tautan_slice_find_edge (page->slice, e->source, e->target);
  TautanEntity from, to;
  char buf[32];

  tautan_dataset_get_entity (page->dataset, e->source, &from);
  tautan_dataset_get_entity (page->dataset, e->target, &to);
  tautan_xml_append_text (s, from.name, TAUTAN_XML_ESCAPE_ONE_LINE);
  g_string_append (s, " → ");
  tautan_xml_append_text (s, to.name, TAUTAN_XML_ESCAPE_ONE_LINE);
  g_snprintf (buf, sizeof buf, ": %u event%s", e->count, e->count == 1 ? "" : "s");
  g_string_append (s, buf);

  if (se != NULL)
    {
      TautanTimeSpan span = { se->first, se->last };
      g_autofree char *when = tautan_time_span_format_human (&span);
      guint type = se->dominant_type, best = 0;

      g_string_append (s, ", ");
      g_string_append (s, when);

      /* The dominant type among the shown ones, as the scene colours it. */
      if (page->view.hidden_types != 0)
        {
          const guint32 *types, *counts;

          tautan_slice_get_edge_types (page->slice, (guint)(se - tautan_slice_get_edge (page->slice, 0)),
                                       &types, &counts);
          for (guint t = 0; t < se->n_types; t++)
            if (!(types[t] < 64 && (page->view.hidden_types & (G_GUINT64_CONSTANT (1) << types[t])) != 0) &&
                counts[t] > best)
              {
                best = counts[t];
                type = types[t];
              }
        }
      if (type < tautan_taxonomy_get_n_types (taxonomy))
        {
          g_string_append (s, e->count > 1 ? ", mostly " : ", ");
          tautan_xml_append_text (s, tautan_taxonomy_get_event_type (taxonomy, type)->label, TAUTAN_XML_ESCAPE_ONE_LINE);
        }
    }
  if (e->dashed)
    g_string_append (s, ", dated only approximately");
}

static void
svg_edge (GString               *s,
          Page                  *page,
          const TautanSceneEdge *e,
          GHashTable            *ids)
{
  const TautanPalette *p = &page->palette;
  EdgeShape shape;
  TautanEntity from, to;
  gsize id_start;

  edge_shape (page->scene, e, &shape);
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
  append_edge_title (s, page, e);
  g_string_append (s, "</title>");

  if (shape.drawable)
    {
      if (e->selected)
        {
          TautanRgba glow = p->accent;

          glow.alpha = 0.5;
          g_string_append (s, "<path d=\"M");
          append_point (s, e->x0, e->y0);
          if (shape.curved)
            {
              g_string_append (s, " Q");
              append_point (s, e->cx, e->cy);
              g_string_append_c (s, ' ');
            }
          else
            g_string_append (s, " L");
          append_point (s, shape.ex, shape.ey);
          g_string_append_c (s, '"');
          append_paint (s, "stroke", &glow, 1);
          append_attr_num (s, "stroke-width", e->width + 4);
          g_string_append (s, " stroke-linecap=\"round\"/>");
        }

      g_string_append (s, "<path d=\"M");
      append_point (s, e->x0, e->y0);
      if (shape.curved)
        {
          g_string_append (s, " Q");
          append_point (s, e->cx, e->cy);
          g_string_append_c (s, ' ');
        }
      else
        g_string_append (s, " L");
      append_point (s, shape.ex, shape.ey);
      g_string_append_c (s, '"');
      append_paint (s, "stroke", &e->color, 1);
      append_attr_num (s, "stroke-width", e->width);
      if (e->dashed)
        {
          g_string_append (s, " stroke-dasharray=\"");
          append_point (s, 3 + 2 * e->width, 2 + e->width);
          g_string_append_c (s, '"');
        }
      g_string_append (s, "/>");

      if (shape.arrow)
        {
          g_string_append (s, "<path d=\"M");
          append_point (s, e->x1, e->y1);
          g_string_append (s, " L");
          append_point (s, shape.ax0, shape.ay0);
          g_string_append (s, " L");
          append_point (s, shape.ax1, shape.ay1);
          g_string_append (s, " Z\"");
          append_paint (s, "fill", &e->color, 1);
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
  char buf[48];
  guint count = tautan_slice_get_entity_count (page->slice, n->entity);

  tautan_dataset_get_entity (page->dataset, n->entity, &entity);
  g_string_append (s, "<g id=\"node-");
  tautan_xml_append_id (s, entity.id);
  g_string_append_c (s, '"');
  if (n->alpha < 0.995)
    append_attr_num (s, "opacity", n->alpha);
  g_string_append (s, "><title>");
  tautan_xml_append_text (s, entity.name, TAUTAN_XML_ESCAPE_ONE_LINE);
  g_snprintf (buf, sizeof buf, " (%s), %u event%s", kind_word (entity.kind), count, count == 1 ? "" : "s");
  g_string_append (s, buf);
  g_string_append (s, "</title>");

  svg_shape (s, n->shape, n->x, n->y, n->radius);
  append_paint (s, "fill", &n->fill, 1);
  if (!far)
    append_paint (s, "stroke", &n->stroke, 1);
  g_string_append (s, "/>");

  if (n->selected)
    {
      g_string_append (s, "<circle");
      append_attr_num (s, "cx", n->x);
      append_attr_num (s, "cy", n->y);
      append_attr_num (s, "r", _tautan_scene_shape_outer_radius (n->shape, n->radius) + 3);
      g_string_append (s, " fill=\"none\"");
      append_paint (s, "stroke", &p->accent, 1);
      g_string_append (s, " stroke-width=\"2.5\"/>");
    }

  if (n->label_visible && n->label != NULL)
    {
      g_string_append (s, "<text class=\"label\"");
      append_attr_num (s, "x", n->label_x + n->label_width / 2);
      append_attr_num (s, "y", n->label_y + label_base);
      g_string_append_c (s, '>');
      tautan_xml_append_text (s, n->label, TAUTAN_XML_ESCAPE_ONE_LINE);
      g_string_append (s, "</text>");
    }
  g_string_append (s, "</g>\n");
}

static GBytes *
render_svg (Page *page)
{
  const TautanPalette *p = &page->palette;
  TautanScene *scene = page->scene;
  guint n_nodes = tautan_scene_get_n_nodes (scene), n_edges = tautan_scene_get_n_edges (scene);
  GString *s = g_string_sized_new (8192 + (gsize)n_edges * 280 + (gsize)n_nodes * 220);
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(PangoLayout) label = tautan_render_context_create_layout (page->context);
  const PangoFontDescription *font = pango_context_get_font_description (pango_layout_get_context (label));
  double label_size = (double)pango_font_description_get_size (font) / PANGO_SCALE;
  double scale = MIN (1.0, page->view.zoom / FULL_SIZE_ZOOM);
  gboolean far = 7.0 * scale < 2.0;
  TautanLabelExtents ext;
  double label_base;

  /* Label text sits on the baseline of the label font's layout. */
  pango_layout_set_text (label, "Ag", -1);
  _tautan_render_context_measure_label (page->context, "Ag", &ext);
  label_base = (double)pango_layout_get_baseline (label) / PANGO_SCALE - ext.y;

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
  append_num (s, label_size);
  g_string_append (s, "px;fill:");
  append_color (s, &p->foreground);
  g_string_append (s, ";stroke:");
  append_color (s, &p->label_halo);
  g_string_append (s, ";stroke-width:");
  append_num (s, LABEL_HALO_WIDTH);
  g_string_append (s, "px;stroke-linejoin:round;paint-order:stroke;text-anchor:middle}</style>\n");

  g_string_append (s, "<defs><clipPath id=\"graph-area\"><rect");
  append_attr_num (s, "width", page->area.width);
  append_attr_num (s, "height", page->area.height);
  g_string_append (s, "/></clipPath></defs>\n");

  if (!page->transparent)
    {
      g_string_append (s, "<rect id=\"background\"");
      append_attr_num (s, "width", page->width);
      append_attr_num (s, "height", page->height);
      append_paint (s, "fill", &p->background, 1);
      g_string_append (s, "/>\n");
    }

  g_string_append (s, "<g id=\"graph\" clip-path=\"url(#graph-area)\"");
  if (page->area.x != 0 || page->area.y != 0)
    g_string_append_printf (s, " transform=\"translate(%d %d)\"", page->area.x, page->area.y);
  g_string_append (s, ">\n<g id=\"edges\" fill=\"none\">\n");
  for (guint i = 0; i < n_edges; i++)
    svg_edge (s, page, tautan_scene_get_edge (scene, i), ids);
  g_string_append (s, "</g>\n<g id=\"nodes\" stroke-width=\"1\">\n");
  for (guint i = 0; i < n_nodes; i++)
    svg_node (s, page, tautan_scene_get_node (scene, i), label_base, far);
  g_string_append (s, "</g>\n</g>\n<g id=\"furniture\">\n");
  for (guint i = 0; i < page->items->len; i++)
    svg_item (s, &g_array_index (page->items, Item, i));
  g_string_append (s, "</g>\n</svg>\n");

  return g_string_free_to_bytes (s);
}

/* Public API */

/**
 * tautan_export_build_scene:
 * @context: (nullable): fonts, reused when its palette is the one asked for
 * @slice: the time window
 * @positions: (array): layout coordinates, one per entity of @slice's dataset
 * @view: what is shown (filters, colours, selection; its centre, zoom and
 *   size for %TAUTAN_EXPORT_FRAMING_VIEW)
 * @options: the picture
 * @area: (out) (optional): where the graph lies on the page
 *
 * Builds the graph area's scene as the export draws it: the view with no
 * hover, the area's size, and its centre and zoom either fitting every
 * shown node (whole graph) or showing what the view showed (its zoom
 * scaled so its width and height fit the area).
 *
 * Returns: (transfer full) (nullable): the scene, or %NULL if @options
 *   cannot make a picture
 */
TautanScene *
tautan_export_build_scene (TautanRenderContext       *context,
                           TautanSlice               *slice,
                           const TautanPoint         *positions,
                           const TautanView          *view,
                           const TautanExportOptions *options,
                           cairo_rectangle_int_t     *area)
{
  Page page;
  TautanScene *scene;

  g_return_val_if_fail (context == NULL || TAUTAN_IS_RENDER_CONTEXT (context), NULL);
  g_return_val_if_fail (TAUTAN_IS_SLICE (slice), NULL);
  g_return_val_if_fail (view != NULL && options != NULL, NULL);

  if (!page_init (&page, context, slice, positions, view, options, NULL))
    {
      page_clear (&page);
      return NULL;
    }
  if (area != NULL)
    *area = page.area;
  scene = tautan_scene_ref (page.scene);
  page_clear (&page);
  return scene;
}

/**
 * tautan_export_render:
 * @context: (nullable): fonts, reused when its palette is the one asked
 *   for (labels are measured once per context)
 * @slice: the time window
 * @positions: (array): layout coordinates, one per entity of @slice's dataset
 * @view: what is shown: filters, edge colours, selection, and for
 *   %TAUTAN_EXPORT_FRAMING_VIEW its centre, zoom and size
 * @options: format, size, background, framing and furniture
 * @error: return location for a #TautanExportError
 *
 * Draws the page: the furniture @options asks for around the graph area
 * (the line saying what is hidden is there whenever something is), the
 * graph drawn by tautan_scene_draw() for PNG and PDF and written as SVG
 * elements (real text, one group with an id and a title per node and
 * edge) for SVG.
 *
 * Returns: (transfer full) (nullable): the file's bytes
 */
GBytes *
tautan_export_render (TautanRenderContext       *context,
                      TautanSlice               *slice,
                      const TautanPoint         *positions,
                      const TautanView          *view,
                      const TautanExportOptions *options,
                      GError                   **error)
{
  Page page;
  GBytes *bytes = NULL;

  g_return_val_if_fail (context == NULL || TAUTAN_IS_RENDER_CONTEXT (context), NULL);
  g_return_val_if_fail (TAUTAN_IS_SLICE (slice), NULL);
  g_return_val_if_fail (positions != NULL ||
                        tautan_dataset_get_n_entities (tautan_slice_get_dataset (slice)) == 0, NULL);
  g_return_val_if_fail (view != NULL, NULL);
  g_return_val_if_fail (options != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (page_init (&page, context, slice, positions, view, options, error))
    {
      switch (options->format)
        {
        case TAUTAN_EXPORT_FORMAT_SVG:
          bytes = render_svg (&page);
          break;
        case TAUTAN_EXPORT_FORMAT_PDF:
          bytes = render_pdf (&page, error);
          break;
        case TAUTAN_EXPORT_FORMAT_PNG:
        default:
          bytes = render_png (&page, error);
          break;
        }
    }
  page_clear (&page);
  return bytes;
}

/**
 * tautan_export_to_png_bytes:
 *
 * As tautan_export_render() with the format set to PNG: for the
 * clipboard.
 *
 * Returns: (transfer full) (nullable): PNG bytes
 */
GBytes *
tautan_export_to_png_bytes (TautanRenderContext       *context,
                            TautanSlice               *slice,
                            const TautanPoint         *positions,
                            const TautanView          *view,
                            const TautanExportOptions *options,
                            GError                   **error)
{
  TautanExportOptions png;

  g_return_val_if_fail (options != NULL, NULL);

  png = *options;
  png.format = TAUTAN_EXPORT_FORMAT_PNG;
  return tautan_export_render (context, slice, positions, view, &png, error);
}

/**
 * tautan_export_write:
 * @file: where to write
 * @error: return location for a #TautanExportError, or a #GFileError or
 *   #GIOError naming @file when it cannot be written
 *
 * Renders as tautan_export_render() does, then writes to a temporary file
 * beside @file and renames it over @file: a failed export leaves no
 * half-written file and an existing @file as it was.
 *
 * Returns: whether @file was written
 */
gboolean
tautan_export_write (TautanRenderContext       *context,
                     TautanSlice               *slice,
                     const TautanPoint         *positions,
                     const TautanView          *view,
                     const TautanExportOptions *options,
                     GFile                     *file,
                     GError                   **error)
{
  g_autoptr(GBytes) bytes = NULL;
  const char *data;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = tautan_export_render (context, slice, positions, view, options, error);
  if (bytes == NULL)
    return FALSE;

  data = g_bytes_get_data (bytes, &length);
  return tautan_file_write (file, data, length, error);
}
