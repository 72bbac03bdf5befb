/* test-render-geometry.c: each node shape alike on screen, in PNG, SVG, PDF and the briefing
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "tautan/tautan-briefing.h"
#include "tautan/tautan-dataset.h"
#include "tautan/tautan-diagnostic.h"
#include "tautan/tautan-export.h"
#include "tautan/tautan-render-context.h"
#include "tautan/tautan-scene.h"
#include "tautan/tautan-slice.h"
#include "tautan/tautan-workspace.h"

#include "tautan-render-geometry-private.h"

/* Seven entities, one of each kind, in a row: every shape at its largest
 * (45 events each, none with a target, so no edge touches a node), seen
 * at device scale 4 so that a shape's outline is hundreds of pixels. */
#define N_KINDS   7
#define SPACING   3.0
#define ZOOM      40.0
#define WIDTH     900
#define HEIGHT    240
#define SCALE     4
#define N_EVENTS  45

static const char *kind_ids[N_KINDS] = {
  "person", "state", "organisation", "armed-group", "media", "place", "unnamed-group",
};

typedef struct
{
  TautanDataset       *dataset;
  TautanRenderContext *context;
  TautanSlice         *slice;
  TautanPoint          positions[N_KINDS];
  TautanView           view;
  TautanScene         *scene;
  char                *dir;
} Fixture;

static char *
dataset_json (void)
{
  GString *json = g_string_new ("{\"format\":\"tautan-dataset\",\"version\":1,\"title\":\"Shapes\","
                                "\"sources\":[{\"id\":\"s\",\"outlet\":\"Outlet\",\"title\":\"Title\","
                                "\"url\":\"https://example.org/shapes\",\"language\":\"en\","
                                "\"published\":\"2024-01-01\",\"origin\":\"own\",\"state_media\":false,"
                                "\"text\":\"x\"}],\"entities\":[");
  guint n = 0;

  for (guint k = 0; k < N_KINDS; k++)
    g_string_append_printf (json, "%s{\"id\":\"e%u\",\"kind\":\"%s\",\"name\":\"%c\"}",
                            k ? "," : "", k, kind_ids[k], 'A' + k);
  g_string_append (json, "],\"events\":[");
  /* Events of an actor with itself: they size its node and draw no edge,
   * nor the ring of events with no target, so each node is its shape. */
  for (guint k = 0; k < N_KINDS; k++)
    for (guint j = 0; j < N_EVENTS; j++)
      {
        char day[11];

        tautan_day_format_buf (tautan_day_from_ymd (2024, 1, 1) + (TautanDay)j, day);
        g_string_append_printf (json, "%s{\"id\":\"v%u\",\"type\":\"statement\","
                                "\"date\":{\"start\":\"%s\",\"end\":\"%s\",\"precision\":\"day\"},"
                                "\"date_basis\":{\"method\":\"stated\",\"words\":\"w\"},"
                                "\"actors\":[\"e%u\"],\"targets\":[\"e%u\"],\"summary\":\"x\","
                                "\"sources\":[\"s\"],\"status\":\"reported\"}",
                                n ? "," : "", n, day, day, k, k);
        n++;
      }
  g_string_append (json, "],\"quotes\":[]}");
  return g_string_free (json, FALSE);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = dataset_json ();
  TautanTimeSpan span;

  f->dataset = tautan_dataset_load_data (json, strlen (json), "shapes.json", NULL, &diagnostics, &error);
  g_assert_no_error (error);
  f->context = tautan_render_context_new (FALSE);
  span = tautan_dataset_get_span (f->dataset);
  f->slice = tautan_slice_new (f->dataset, &span, FALSE);

  for (guint k = 0; k < N_KINDS; k++)
    f->positions[k] = (TautanPoint) { (float)(k * SPACING), 0 };
  tautan_view_init (&f->view);
  f->view.span = span;
  f->view.zoom = ZOOM;
  f->view.center_x = (N_KINDS - 1) * SPACING / 2;
  f->view.center_y = 0.8;
  f->view.width = WIDTH;
  f->view.height = HEIGHT;
  f->scene = tautan_scene_new (f->context, f->dataset, f->slice, f->positions, &f->view);

  f->dir = g_dir_make_tmp ("test-render-geometry-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      g_remove (child);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  remove_dir (f->dir);
  g_free (f->dir);
  g_clear_pointer (&f->scene, tautan_scene_unref);
  g_assert_finalize_object (f->slice);
  g_assert_finalize_object (f->context);
  g_assert_finalize_object (f->dataset);
}

static gboolean
have_tool (const char *name)
{
  g_autofree char *path = g_find_program_in_path (name);

  if (path == NULL)
    {
      g_autofree char *message = g_strdup_printf ("%s is not installed", name);

      g_test_skip (message);
    }
  return path != NULL;
}

static void
run_tool (const char * const *argv,
          char              **out)
{
  g_autoptr(GError) error = NULL;
  int status = -1;

  g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

static cairo_surface_t *
read_png (const char *path)
{
  cairo_surface_t *surface = cairo_image_surface_create_from_png (path);

  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  return surface;
}

static char *
write_export (Fixture            *f,
              TautanExportFormat  format,
              const char         *name)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  TautanExportOptions options;

  tautan_export_options_init (&options);
  options.format = format;
  options.width = WIDTH;
  options.height = HEIGHT;
  options.scale = format == TAUTAN_EXPORT_FORMAT_PNG ? SCALE : 1;
  options.framing = TAUTAN_EXPORT_FRAMING_VIEW;
  options.furniture = TAUTAN_EXPORT_FURNITURE_NONE;
  g_assert_true (tautan_export_write (f->context, f->slice, f->positions, &f->view, &options, file, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

/* Masks: which device pixels of a box are ink, not background. */

typedef struct
{
  int      x0, y0;
  int      width, height;
  guint8  *ink;
} Mask;

static guint32
pixel (cairo_surface_t *surface,
       int              x,
       int              y)
{
  if (x < 0 || y < 0 || x >= cairo_image_surface_get_width (surface) || y >= cairo_image_surface_get_height (surface))
    return 0;
  return *(guint32 *)(gpointer)(cairo_image_surface_get_data (surface) +
                                (gsize)y * cairo_image_surface_get_stride (surface) + (gsize)x * 4);
}

static void
mask_init (Mask            *mask,
           cairo_surface_t *surface,
           int              x0,
           int              y0,
           int              width,
           int              height,
           guint32          background)
{
  cairo_surface_flush (surface);
  mask->x0 = x0;
  mask->y0 = y0;
  mask->width = width;
  mask->height = height;
  mask->ink = g_new0 (guint8, (gsize)width * height);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 p = pixel (surface, x0 + x, y0 + y);
        int diff = 0;

        for (int shift = 0; shift < 24; shift += 8)
          diff = MAX (diff, ABS ((int)(p >> shift & 0xff) - (int)(background >> shift & 0xff)));
        /* Half way from the background to the node's fill: antialiasing
         * decides the edge the same way in every backend. */
        mask->ink[y * width + x] = diff > 64;
      }
}

static double
mask_iou (const Mask *a,
          const Mask *b)
{
  guint both = 0, either = 0;

  g_assert_cmpint (a->width, ==, b->width);
  g_assert_cmpint (a->height, ==, b->height);
  for (int i = 0; i < a->width * a->height; i++)
    {
      both += a->ink[i] && b->ink[i];
      either += a->ink[i] || b->ink[i];
    }
  return either > 0 ? (double)both / either : 0;
}

static guint
mask_count (const Mask *a)
{
  guint n = 0;

  for (int i = 0; i < a->width * a->height; i++)
    n += a->ink[i];
  return n;
}

/* The box of @node in device pixels, down to just above its label. */
static void
node_box (const TautanSceneNode *node,
          int                   *x0,
          int                   *y0,
          int                   *width,
          int                   *height)
{
  double outer = _tautan_render_shape_outer_radius (node->shape, node->radius) + 2;
  double below = _tautan_render_shape_extent_below (node->shape, node->radius) + 1;

  *x0 = (int)floor ((node->x - outer) * SCALE);
  *y0 = (int)floor ((node->y - outer) * SCALE);
  *width = (int)ceil (2 * outer * SCALE);
  *height = (int)ceil ((outer + below) * SCALE);
}

/* What the shape is: drawn alone, filled and outlined, as the geometry
 * gives it. */
static cairo_surface_t *
reference (TautanShape  shape,
           double       x,
           double       y,
           double       radius,
           double       outline,
           guint32      background,
           int          width,
           int          height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, (background >> 16 & 0xff) / 255.0, (background >> 8 & 0xff) / 255.0,
                        (background & 0xff) / 255.0);
  cairo_paint (cr);
  _tautan_render_shape_path (cr, shape, x, y, radius);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_fill_preserve (cr);
  cairo_set_line_width (cr, outline);
  cairo_stroke (cr);
  cairo_destroy (cr);
  return surface;
}

static guint32
background_of (Fixture *f)
{
  const TautanRgba *bg = &tautan_render_context_get_palette (f->context)->background;

  return (guint32)lround (bg->red * 255) << 16 | (guint32)lround (bg->green * 255) << 8 |
         (guint32)lround (bg->blue * 255);
}

static void
test_backends (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *png = NULL;
  g_autofree char *svg = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *svg_png = NULL;
  g_autofree char *pdf_png = NULL;
  g_autofree char *pdf_base = NULL;
  cairo_surface_t *screen, *backends[3], *reference_surface;
  const char *names[3] = { "PNG", "SVG", "PDF" };
  guint32 background = background_of (f);
  gboolean seen[TAUTAN_N_SHAPES] = { FALSE, };
  cairo_t *cr;

  if (!have_tool ("rsvg-convert") || !have_tool ("pdftoppm"))
    return;

  g_assert_cmpuint (tautan_scene_get_n_nodes (f->scene), ==, N_KINDS);
  g_assert_cmpuint (tautan_scene_get_n_edges (f->scene), ==, 0);

  /* The screen: the scene on an image surface, as the tiles draw it. */
  screen = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH * SCALE, HEIGHT * SCALE);
  cairo_surface_set_device_scale (screen, SCALE, SCALE);
  cr = cairo_create (screen);
  tautan_scene_draw (f->scene, cr);
  cairo_destroy (cr);

  png = write_export (f, TAUTAN_EXPORT_FORMAT_PNG, "shapes.png");
  backends[0] = read_png (png);

  svg = write_export (f, TAUTAN_EXPORT_FORMAT_SVG, "shapes.svg");
  svg_png = g_build_filename (f->dir, "shapes-svg.png", NULL);
  {
    g_autofree char *zoom = g_strdup_printf ("%d", SCALE);
    const char *argv[] = { "rsvg-convert", "--zoom", zoom, "-o", svg_png, svg, NULL };

    run_tool (argv, NULL);
  }
  backends[1] = read_png (svg_png);

  pdf = write_export (f, TAUTAN_EXPORT_FORMAT_PDF, "shapes.pdf");
  pdf_base = g_build_filename (f->dir, "shapes-pdf", NULL);
  pdf_png = g_strconcat (pdf_base, ".png", NULL);
  {
    g_autofree char *dpi = g_strdup_printf ("%d", 72 * SCALE);
    const char *argv[] = { "pdftoppm", "-r", dpi, "-png", "-singlefile", pdf, pdf_base, NULL };

    run_tool (argv, NULL);
  }
  backends[2] = read_png (pdf_png);

  for (guint b = 0; b < 3; b++)
    {
      g_assert_cmpint (cairo_image_surface_get_width (backends[b]), ==, WIDTH * SCALE);
      g_assert_cmpint (cairo_image_surface_get_height (backends[b]), ==, HEIGHT * SCALE);
    }

  for (guint i = 0; i < N_KINDS; i++)
    {
      const TautanSceneNode *node = tautan_scene_find_node (f->scene, i);
      TautanEntity entity;
      Mask own, other, drawn;
      int x0, y0, w, h;
      double best_other = 0;

      g_assert_nonnull (node);
      tautan_dataset_get_entity (f->dataset, i, &entity);
      g_assert_cmpint (node->shape, ==, _tautan_render_shape_for_kind (entity.kind));
      g_assert_cmpfloat (node->radius, >, 23);
      seen[node->shape] = TRUE;
      node_box (node, &x0, &y0, &w, &h);
      mask_init (&own, screen, x0, y0, w, h, background);
      g_assert_cmpuint (mask_count (&own), >, 1000);

      /* The screen draws the geometry's shape, and the comparison tells
       * shapes apart: any other shape of the same area fits worse. */
      reference_surface = reference (node->shape, node->x * SCALE, node->y * SCALE, node->radius * SCALE,
                                     SCALE, background, WIDTH * SCALE, HEIGHT * SCALE);
      mask_init (&drawn, reference_surface, x0, y0, w, h, background);
      cairo_surface_destroy (reference_surface);
      g_test_message ("kind %u: screen vs geometry %.4f", i, mask_iou (&own, &drawn));
      g_assert_cmpfloat (mask_iou (&own, &drawn), >=, 0.98);
      g_free (drawn.ink);
      for (TautanShape s = TAUTAN_SHAPE_CIRCLE; s < TAUTAN_N_SHAPES; s++)
        {
          if (s == node->shape)
            continue;
          reference_surface = reference (s, node->x * SCALE, node->y * SCALE, node->radius * SCALE, SCALE,
                                         background, WIDTH * SCALE, HEIGHT * SCALE);
          mask_init (&other, reference_surface, x0, y0, w, h, background);
          cairo_surface_destroy (reference_surface);
          best_other = MAX (best_other, mask_iou (&own, &other));
          g_free (other.ink);
        }
      g_test_message ("kind %u: best other shape %.4f", i, best_other);
      g_assert_cmpfloat (best_other, <, 0.96);

      /* PNG, SVG and PDF draw that same shape there. */
      for (guint b = 0; b < 3; b++)
        {
          Mask theirs;
          double iou;

          mask_init (&theirs, backends[b], x0, y0, w, h, background);
          iou = mask_iou (&own, &theirs);
          g_test_message ("kind %u: screen vs %s %.4f", i, names[b], iou);
          g_assert_cmpfloat (iou, >=, 0.98);
          g_free (theirs.ink);
        }
      g_free (own.ink);
    }
  /* Each kind its own shape: the seven kinds draw all seven shapes. */
  for (TautanShape s = TAUTAN_SHAPE_CIRCLE; s < TAUTAN_N_SHAPES; s++)
    g_assert_true (seen[s]);

  for (guint b = 0; b < 3; b++)
    cairo_surface_destroy (backends[b]);
  cairo_surface_destroy (screen);
}

/* The briefing's legend: each kind's icon, found left of its label on the
 * view's page and rasterised from the PDF, is that kind's shape. */

#define ICON_DPI     576            /* 8 px a point */
#define ICON_RADIUS  4.5            /* the briefing's legend icons, in points */
#define ICON_OUTLINE 0.6

static const char *kind_words[N_KINDS] = {
  "Person", "State", "Organisation", "Armed", "Media", "Place", "Unnamed",
};

/* The left and vertical middle of @word's first box on the page, in points. */
static gboolean
find_word (const char *bbox,
           const char *word,
           double     *x,
           double     *y)
{
  g_autofree char *needle = g_strdup_printf (">%s</word>", word);
  const char *end = strstr (bbox, needle), *start;
  double y0, y1;

  if (end == NULL)
    return FALSE;
  for (start = end; start > bbox && !g_str_has_prefix (start, "<word "); start--)
    ;
  g_assert_true (g_str_has_prefix (start, "<word "));
  *x = g_ascii_strtod (strstr (start, "xMin=\"") + 6, NULL);
  y0 = g_ascii_strtod (strstr (start, "yMin=\"") + 6, NULL);
  y1 = g_ascii_strtod (strstr (start, "yMax=\"") + 6, NULL);
  *y = (y0 + y1) / 2;
  return TRUE;
}

static void
test_briefing_legend (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(TautanWorkspace) ws = tautan_workspace_new ();
  g_autoptr(TautanSavedView) view = tautan_saved_view_new ("Shapes");
  g_autofree char *path = g_build_filename (f->dir, "briefing.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *bbox = NULL;
  TautanTimeSpan span = tautan_dataset_get_span (f->dataset);
  double scale = ICON_DPI / 72.0;
  char page[8] = "";

  if (!have_tool ("pdftotext") || !have_tool ("pdftoppm"))
    return;

  tautan_saved_view_set_window (view, &span, FALSE);
  g_list_store_append (tautan_workspace_get_views (ws), view);
  g_assert_true (tautan_briefing_write (f->dataset, ws, NULL, file, &error));
  g_assert_no_error (error);
  /* The view's page, after the cover and the summary: the first page
   * whose text names every kind. */
  for (guint p = 1; p <= 8; p++)
    {
      g_autofree char *number = g_strdup_printf ("%u", p);
      const char *argv[] = { "pdftotext", "-bbox", "-f", number, "-l", number, path, "-", NULL };
      gboolean all = TRUE;
      double x, y;

      g_clear_pointer (&bbox, g_free);
      run_tool (argv, &bbox);
      for (guint k = 0; k < N_KINDS && all; k++)
        all = find_word (bbox, kind_words[k], &x, &y);
      if (all)
        {
          g_strlcpy (page, number, sizeof page);
          break;
        }
    }
  g_assert_cmpstr (page, !=, "");

  for (guint k = 0; k < N_KINDS; k++)
    {
      TautanShape shape = _tautan_render_shape_for_kind ((TautanEntityKind)k);
      g_autofree char *crop_base = g_strdup_printf ("%s/icon-%u", f->dir, k);
      g_autofree char *crop_png = g_strconcat (crop_base, ".png", NULL);
      cairo_surface_t *crop, *ref;
      double lx = 0, ly = 0, cx = 0, cy = 0, own = 0, best_other = 0;
      int x0, y0, width = (int)(24 * scale), height = (int)(15 * scale);
      guint n = 0;
      Mask ink;

      g_assert_true (find_word (bbox, kind_words[k], &lx, &ly));
      /* The icon lies about 12 pt left of its label: crop 24 pt across
       * and 15 pt down, clear of the rows of icons above and below. */
      x0 = (int)((lx - 12 - 12) * scale);
      y0 = (int)((ly - 7.5) * scale);
      {
        g_autofree char *dpi = g_strdup_printf ("%d", ICON_DPI);
        g_autofree char *sx = g_strdup_printf ("%d", x0);
        g_autofree char *sy = g_strdup_printf ("%d", y0);
        g_autofree char *sw = g_strdup_printf ("%d", width);
        g_autofree char *sh = g_strdup_printf ("%d", height);
        const char *argv[] = { "pdftoppm", "-f", page, "-l", page, "-r", dpi, "-x", sx, "-y", sy, "-W", sw,
                               "-H", sh, "-png", "-singlefile", path, crop_base, NULL };

        run_tool (argv, NULL);
      }
      crop = read_png (crop_png);
      mask_init (&ink, crop, 0, 0, width, height, 0xffffff);

      /* Where the icon is: its ink's centroid (every shape's centre). */
      for (int y = 0; y < height; y++)
        for (int x = 0; x < width; x++)
          if (ink.ink[y * width + x])
            {
              cx += x + 0.5;
              cy += y + 0.5;
              n++;
            }
      g_assert_cmpuint (n, >, 500);
      cx /= n;
      cy /= n;

      for (TautanShape s = TAUTAN_SHAPE_CIRCLE; s < TAUTAN_N_SHAPES; s++)
        {
          Mask theirs;
          double iou, px, py;

          /* A polygon's centroid is its centre, a triangle's included. */
          px = cx;
          py = cy;
          ref = reference (s, px, py, ICON_RADIUS * scale, ICON_OUTLINE * scale, 0xffffff, width, height);
          mask_init (&theirs, ref, 0, 0, width, height, 0xffffff);
          iou = mask_iou (&ink, &theirs);
          if (s == shape)
            own = iou;
          else
            best_other = MAX (best_other, iou);
          g_free (theirs.ink);
          cairo_surface_destroy (ref);
        }
      g_test_message ("%s: own shape %.4f, best other %.4f", kind_words[k], own, best_other);
      g_assert_cmpfloat (own, >=, 0.97);
      g_assert_cmpfloat (own, >, best_other + 0.02);
      g_free (ink.ink);
      cairo_surface_destroy (crop);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/tautan/render-geometry/backends", Fixture, NULL, fixture_set_up, test_backends, fixture_tear_down);
  g_test_add ("/tautan/render-geometry/briefing-legend", Fixture, NULL, fixture_set_up, test_briefing_legend,
              fixture_tear_down);

  return g_test_run ();
}
