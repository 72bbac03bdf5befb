/* test-export.c: PNG, SVG and PDF pictures of the graph
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "tautan/tautan-dataset.h"
#include "tautan/tautan-export.h"
#include "tautan/tautan-layout.h"
#include "tautan/tautan-render-context.h"
#include "tautan/tautan-scene.h"
#include "tautan/tautan-slice.h"

#include "tautan-export-private.h"
#include "tautan-render-text-private.h"

/* The five people of the bundled dataset, whose labels must show. */
static const char *actors[] = { "Kim Jong Un", "Vladimir Putin", "Sergei Lavrov", "Choe Son Hui", "Donald Trump" };

typedef struct
{
  TautanDataset       *dataset;
  TautanRenderContext *context;
  TautanPoint         *positions;
  TautanSlice         *slice;
  TautanView           view;
  TautanExportOptions  options;
  char                *dir;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanLayout) layout = NULL;
  TautanTimeSpan span;

  f->dataset = tautan_dataset_load_resource (RESOURCE_PREFIX "/datasets/korea-russia.json", &error);
  g_assert_no_error (error);
  f->context = tautan_render_context_new (FALSE);

  /* The app's layout, settled. */
  layout = tautan_layout_new_for_dataset (f->dataset, 42);
  while (!tautan_layout_is_settled (layout) && tautan_layout_get_iterations (layout) < 20000)
    tautan_layout_step (layout, 1);
  f->positions = g_new0 (TautanPoint, tautan_dataset_get_n_entities (f->dataset));
  tautan_layout_get_positions (layout, f->positions);

  span = tautan_dataset_get_span (f->dataset);
  f->slice = tautan_slice_new (f->dataset, &span, FALSE);
  tautan_view_init (&f->view);
  f->view.span = span;

  tautan_export_options_init (&f->options);
  f->options.width = 1280;
  f->options.height = 800;
  f->options.date = tautan_day_from_ymd (2026, 11, 24);

  f->dir = g_dir_make_tmp ("test-export-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    {
      g_chmod (path, 0755);
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_remove (path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  remove_tree (f->dir);
  g_free (f->dir);
  g_assert_finalize_object (f->slice);
  g_assert_finalize_object (f->context);
  g_assert_finalize_object (f->dataset);
  g_free (f->positions);
}

static char *
export_to_file (Fixture    *f,
                const char *name)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_true (tautan_export_write (f->context, f->slice, f->positions, &f->view, &f->options, file, &error));
  g_assert_no_error (error);
  return path;
}

static GBytes *
export_bytes (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = tautan_export_render (f->context, f->slice, f->positions, &f->view, &f->options, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

static int
run_tool (const char * const  *argv,
          char               **out)
{
  g_autoptr(GError) error = NULL;
  int status = -1;

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, out, NULL, &status, &error);
  g_assert_no_error (error);
  return g_spawn_check_wait_status (status, NULL) ? 0 : MAX (WEXITSTATUS (status), 1);
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

/* Reading PNGs back */

typedef struct
{
  const guint8 *data;
  gsize         length;
  gsize         offset;
} Reader;

static cairo_status_t
read_cb (void          *closure,
         unsigned char *data,
         unsigned int   length)
{
  Reader *r = closure;

  if (r->offset + length > r->length)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (data, r->data + r->offset, length);
  r->offset += length;
  return CAIRO_STATUS_SUCCESS;
}

static cairo_surface_t *
png_surface (GBytes *bytes)
{
  Reader r = { 0 };
  cairo_surface_t *surface;

  r.data = g_bytes_get_data (bytes, &r.length);
  surface = cairo_image_surface_create_from_png_stream (read_cb, &r);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  return surface;
}

static guint32
pixel (cairo_surface_t *surface,
       int              x,
       int              y)
{
  cairo_surface_flush (surface);
  return *(guint32 *)(gpointer)(cairo_image_surface_get_data (surface) +
                                (gsize)y * cairo_image_surface_get_stride (surface) + (gsize)x * 4);
}

static guint32
rgb (const TautanRgba *c)
{
  return (guint32)(c->red * 255 + 0.5) << 16 | (guint32)(c->green * 255 + 0.5) << 8 |
         (guint32)(c->blue * 255 + 0.5);
}

/* Pixels of @a and @b (same size) where some channel differs by more
 * than @level. */
static guint
count_differing (cairo_surface_t *a,
                 cairo_surface_t *b,
                 int              level)
{
  int width = cairo_image_surface_get_width (a), height = cairo_image_surface_get_height (a);
  guint n = 0;

  g_assert_cmpint (width, ==, cairo_image_surface_get_width (b));
  g_assert_cmpint (height, ==, cairo_image_surface_get_height (b));
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 p = pixel (a, x, y), q = pixel (b, x, y);

        for (int shift = 0; shift < 32; shift += 8)
          if (ABS ((int)(p >> shift & 0xff) - (int)(q >> shift & 0xff)) > level)
            {
              n++;
              break;
            }
      }
  return n;
}

/* SVG, read with GMarkup: ids of node and edge groups, whether each has a
 * <title>, and the text of every <text>. */

typedef struct
{
  GPtrArray  *stack;        /* the id of each open <g>, or "" */
  GHashTable *groups;       /* "node-…" / "edge-…" → has a title */
  GPtrArray  *texts;
  GString    *text;
  gboolean    in_text;
  guint       n_groups;
} Svg;

static void
svg_start (GMarkupParseContext  *context,
           const char           *element,
           const char          **names,
           const char          **values,
           gpointer              user_data,
           GError              **error)
{
  Svg *svg = user_data;

  if (g_str_equal (element, "g"))
    {
      const char *id = "";

      for (guint i = 0; names[i] != NULL; i++)
        if (g_str_equal (names[i], "id"))
          id = values[i];
      if (g_str_has_prefix (id, "node-") || g_str_has_prefix (id, "edge-"))
        {
          /* Ids are unique. */
          g_assert_false (g_hash_table_contains (svg->groups, id));
          g_hash_table_insert (svg->groups, g_strdup (id), GINT_TO_POINTER (FALSE));
          svg->n_groups++;
        }
      g_ptr_array_add (svg->stack, g_strdup (id));
    }
  else if (g_str_equal (element, "title") && svg->stack->len > 0)
    {
      const char *id = g_ptr_array_index (svg->stack, svg->stack->len - 1);

      if (g_hash_table_contains (svg->groups, id))
        g_hash_table_insert (svg->groups, g_strdup (id), GINT_TO_POINTER (TRUE));
    }
  else if (g_str_equal (element, "text"))
    {
      svg->in_text = TRUE;
      g_string_truncate (svg->text, 0);
    }
}

static void
svg_end (GMarkupParseContext  *context,
         const char           *element,
         gpointer              user_data,
         GError              **error)
{
  Svg *svg = user_data;

  if (g_str_equal (element, "g"))
    g_ptr_array_remove_index (svg->stack, svg->stack->len - 1);
  else if (g_str_equal (element, "text"))
    {
      g_ptr_array_add (svg->texts, g_strdup (svg->text->str));
      svg->in_text = FALSE;
    }
}

static void
svg_text (GMarkupParseContext  *context,
          const char           *text,
          gsize                 length,
          gpointer              user_data,
          GError              **error)
{
  Svg *svg = user_data;

  if (svg->in_text)
    g_string_append_len (svg->text, text, length);
}

static void
svg_parse (Svg    *svg,
           GBytes *bytes)
{
  static const GMarkupParser parser = { svg_start, svg_end, svg_text, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  svg->stack = g_ptr_array_new_with_free_func (g_free);
  svg->groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  svg->texts = g_ptr_array_new_with_free_func (g_free);
  svg->text = g_string_new (NULL);
  context = g_markup_parse_context_new (&parser, 0, svg, NULL);
  g_markup_parse_context_parse (context, data, length, &error);
  g_assert_no_error (error);
  g_markup_parse_context_end_parse (context, &error);
  g_assert_no_error (error);
}

static void
svg_clear (Svg *svg)
{
  g_clear_pointer (&svg->stack, g_ptr_array_unref);
  g_clear_pointer (&svg->groups, g_hash_table_unref);
  g_clear_pointer (&svg->texts, g_ptr_array_unref);
  if (svg->text != NULL)
    g_string_free (g_steal_pointer (&svg->text), TRUE);
}

static gboolean
svg_has_text (Svg        *svg,
              const char *text)
{
  for (guint i = 0; i < svg->texts->len; i++)
    if (g_str_equal (g_ptr_array_index (svg->texts, i), text))
      return TRUE;
  return FALSE;
}

static gboolean
svg_has_text_prefix (Svg        *svg,
                     const char *prefix)
{
  for (guint i = 0; i < svg->texts->len; i++)
    if (g_str_has_prefix (g_ptr_array_index (svg->texts, i), prefix))
      return TRUE;
  return FALSE;
}

static char *
node_id (Fixture *f,
         guint    entity)
{
  TautanEntity e;

  tautan_dataset_get_entity (f->dataset, entity, &e);
  return g_strconcat ("node-", e.id, NULL);
}

/* Tests */

static void
test_svg_structure (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(TautanScene) scene = NULL;
  g_autoptr(GRegex) three_decimals = NULL;
  g_autofree char *contents = NULL;
  Svg svg = { 0 };
  gsize length;
  GHashTableIter iter;
  gpointer key, value;

  f->options.format = TAUTAN_EXPORT_FORMAT_SVG;
  path = export_to_file (f, "graph.svg");
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);

  if (have_tool ("xmllint"))
    {
      const char *argv[] = { "xmllint", "--noout", path, NULL };

      g_assert_cmpint (run_tool (argv, NULL), ==, 0);
    }

  svg_parse (&svg, bytes);
  scene = _tautan_export_build_scene (f->context, f->slice, f->positions, &f->view, &f->options, NULL);
  g_assert_cmpuint (tautan_scene_get_n_nodes (scene), >, 10);
  g_assert_cmpuint (tautan_scene_get_n_edges (scene), >, 10);

  /* One group per node and per edge of the scene, each with a title. */
  g_assert_cmpuint (svg.n_groups, ==, tautan_scene_get_n_nodes (scene) + tautan_scene_get_n_edges (scene));
  for (guint i = 0; i < tautan_scene_get_n_nodes (scene); i++)
    {
      g_autofree char *id = node_id (f, tautan_scene_get_node (scene, i)->entity);

      g_assert_true (g_hash_table_contains (svg.groups, id));
    }
  g_hash_table_iter_init (&iter, svg.groups);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (!GPOINTER_TO_INT (value))
      g_error ("%s has no <title>", (const char *)key);

  /* Real text: labels and furniture. */
  for (guint i = 0; i < G_N_ELEMENTS (actors); i++)
    g_assert_true (svg_has_text (&svg, actors[i]));
  g_assert_true (svg_has_text (&svg, "North Korea's support for Russia's war in Ukraine"));
  {
    TautanTimeSpan span = tautan_dataset_get_span (f->dataset);
    g_autofree char *window = tautan_time_span_format_human (&span);

    g_assert_true (svg_has_text_prefix (&svg, window));
  }
  /* Every event counts, also the one with no target (drawn as a ring),
   * as the side panel counts them: the slice's events. */
  {
    TautanTimeSpan span = tautan_dataset_get_span (f->dataset);
    g_autofree char *window = tautan_time_span_format_human (&span);
    g_autofree char *caption = g_strdup_printf ("%s · %u events between", window,
                                                tautan_slice_get_n_events (f->slice));

    g_assert_cmpuint (tautan_slice_get_n_events (f->slice), ==, tautan_dataset_get_n_events (f->dataset));
    g_assert_true (svg_has_text_prefix (&svg, caption));
    g_assert_true (svg_has_text (&svg, "Events with no target"));
  }
  g_assert_true (svg_has_text (&svg, "Exported 24 Nov 2026"));
  g_assert_true (svg_has_text (&svg, "Sources"));
  /* The bundled dataset's curators' note "[Headline not in the seed
   * text]" stays out of print. */
  for (guint i = 0; i < svg.texts->len; i++)
    g_assert_null (strstr (g_ptr_array_index (svg.texts, i), "[Headline"));
  g_assert_true (svg_has_text_prefix (&svg, "Unnamed Indonesian outlet, 12 Jun 2023: Kim Jong Un berjanji"));
  g_assert_true (svg_has_text_prefix (&svg, "VIVA, 21 Jun 2022: "));
  /* The legend has the kinds present and no other. */
  g_assert_true (svg_has_text (&svg, "Person"));
  g_assert_true (svg_has_text (&svg, "State"));
  g_assert_false (svg_has_text (&svg, "Place"));
  /* Nothing is hidden, so no line says so. */
  g_assert_false (svg_has_text_prefix (&svg, "Hidden:"));

  /* Numbers with at most two decimals. */
  three_decimals = g_regex_new ("[0-9]\\.[0-9]{3}", 0, 0, NULL);
  g_assert_false (g_regex_match (three_decimals, g_bytes_get_data (bytes, NULL), 0, NULL));

  svg_clear (&svg);
}

static void
test_svg_renders (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autofree char *png = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) bytes = NULL;
  cairo_surface_t *surface;
  gsize length;

  if (!have_tool ("rsvg-convert"))
    return;

  f->options.format = TAUTAN_EXPORT_FORMAT_SVG;
  f->options.width = 900;
  f->options.height = 700;
  path = export_to_file (f, "graph.svg");
  png = g_build_filename (f->dir, "graph.png", NULL);
  {
    const char *argv[] = { "rsvg-convert", "-o", png, path, NULL };

    g_assert_cmpint (run_tool (argv, NULL), ==, 0);
  }

  g_assert_true (g_file_get_contents (png, &contents, &length, NULL));
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  surface = png_surface (bytes);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 900);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 700);
  /* The background is drawn: the corner is the light palette's. */
  g_assert_cmphex (pixel (surface, 1, 1) & 0xffffff, ==,
                   rgb (&tautan_render_context_get_palette (f->context)->background));
  cairo_surface_destroy (surface);
}

static void
test_svg_control_characters (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GBytes) bytes = NULL;
  Svg svg = { 0 };
  const guchar *p;
  gsize length;

  f->options.format = TAUTAN_EXPORT_FORMAT_SVG;
  f->options.title = "Bad\x01 title\x1b\x7f & <tags> \xc2\x85\xef\xbf\xbf\xff";
  bytes = export_bytes (f);

  /* No C0 control but line breaks, no DEL or C1 control, no U+FFFF and
   * no invalid UTF-8 reach the file. */
  p = g_bytes_get_data (bytes, &length);
  g_assert_true (g_utf8_validate ((const char *)p, length, NULL));
  for (gsize i = 0; i < length; i++)
    {
      g_assert_true (p[i] >= 0x20 || p[i] == '\n');
      g_assert_cmpint (p[i], !=, 0x7f);
    }
  g_assert_null (g_strstr_len ((const char *)p, length, "\xc2\x85"));
  g_assert_null (g_strstr_len ((const char *)p, length, "\xef\xbf\xbf"));

  /* Well-formed, and the title's text escaped, not lost. */
  svg_parse (&svg, bytes);
  g_assert_true (svg_has_text_prefix (&svg, "Bad title & <tags>"));
  svg_clear (&svg);
}

static void
test_pdf_text (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;
  TautanTimeSpan span = tautan_dataset_get_span (f->dataset);
  g_autofree char *window = tautan_time_span_format_human (&span);

  if (!have_tool ("pdftotext") || !have_tool ("pdfinfo"))
    return;

  f->options.format = TAUTAN_EXPORT_FORMAT_PDF;
  f->options.title = "Briefing: Pyongyang and Moscow";
  f->options.width = 842;
  f->options.height = 595;
  path = export_to_file (f, "graph.pdf");

  {
    const char *argv[] = { "pdftotext", path, "-", NULL };

    g_assert_cmpint (run_tool (argv, &text), ==, 0);
  }
  /* Selectable text: the title, the window in words, the labels. */
  g_assert_nonnull (strstr (text, "Briefing: Pyongyang and Moscow"));
  g_assert_nonnull (strstr (text, window));
  g_assert_nonnull (strstr (text, "Kim Jong Un"));
  g_assert_nonnull (strstr (text, "Vladimir Putin"));

  {
    const char *argv[] = { "pdfinfo", path, NULL };

    g_assert_cmpint (run_tool (argv, &info), ==, 0);
  }
  g_assert_nonnull (strstr (info, "Page size:       842 x 595 pts"));
  g_assert_true (g_regex_match_simple ("^Title: +Briefing: Pyongyang and Moscow$", info, G_REGEX_MULTILINE, 0));
}

static void
test_png_size (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GBytes) bytes = NULL;
  cairo_surface_t *surface;

  f->options.width = 640;
  f->options.height = 400;
  f->options.scale = 2;
  bytes = export_bytes (f);
  surface = png_surface (bytes);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 1280);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 800);
  cairo_surface_destroy (surface);
}

/* The key test: a PNG export with no furniture of a view at its own size
 * is what the canvas draws. The tolerance — at most 0.5% of the pixels
 * may differ by more than 16 levels in some channel — leaves room for
 * PNG's unpremultiplied round trip; the same drawing path is expected to
 * match exactly. */
static void
test_png_equals_canvas (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(TautanScene) scene = NULL;
  g_autoptr(TautanScene) other = NULL;
  cairo_surface_t *exported, *canvas, *moved;
  guint differing, total = 700 * 500, background = 0;
  TautanView view = f->view;
  cairo_t *cr;

  /* A view as the canvas has it: its size, zoom and centre, a selection. */
  view.width = 700;
  view.height = 500;
  g_assert_true (tautan_export_fit_view (NULL, &view, f->slice, f->positions, 0, 48));
  view.zoom *= 1.3;
  view.selected_entity = tautan_dataset_lookup_entity (f->dataset, "kim-jong-un");

  f->options.framing = TAUTAN_EXPORT_FRAMING_VIEW;
  f->options.furniture = TAUTAN_EXPORT_FURNITURE_NONE;
  f->options.width = 700;
  f->options.height = 500;
  bytes = tautan_export_to_png_bytes (f->context, f->slice, f->positions, &view, &f->options, NULL);
  g_assert_nonnull (bytes);
  exported = png_surface (bytes);

  scene = tautan_scene_new (f->context, f->dataset, f->slice, f->positions, &view);
  canvas = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 700, 500);
  cr = cairo_create (canvas);
  tautan_scene_draw (scene, cr);
  cairo_destroy (cr);

  differing = count_differing (exported, canvas, 16);
  g_assert_cmpuint (differing, <=, total / 200);

  /* The comparison can tell pictures apart: the graph is drawn (many
   * pixels are not background), and the same view panned by 20 px
   * fails it. */
  for (int y = 0; y < 500; y++)
    for (int x = 0; x < 700; x++)
      background += (pixel (exported, x, y) & 0xffffff) ==
                    rgb (&tautan_render_context_get_palette (f->context)->background);
  g_assert_cmpuint (background, <, total * 97 / 100);

  view.center_x += 20 / view.zoom;
  other = tautan_scene_new (f->context, f->dataset, f->slice, f->positions, &view);
  moved = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 700, 500);
  cr = cairo_create (moved);
  tautan_scene_draw (other, cr);
  cairo_destroy (cr);
  g_assert_cmpuint (count_differing (exported, moved, 16), >, total / 200);

  cairo_surface_destroy (moved);
  cairo_surface_destroy (canvas);
  cairo_surface_destroy (exported);
}

static void
test_png_transparent (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(TautanScene) scene = NULL;
  const TautanSceneNode *big = NULL;
  cairo_rectangle_int_t area;
  cairo_surface_t *surface;

  f->options.background = TAUTAN_EXPORT_BACKGROUND_TRANSPARENT;
  bytes = export_bytes (f);
  surface = png_surface (bytes);

  /* An empty corner is fully transparent. */
  g_assert_cmphex (pixel (surface, 2, 2) >> 24, ==, 0);
  g_assert_cmphex (pixel (surface, 1277, 797) >> 24, ==, 0);

  /* The middle of the biggest node is opaque. */
  scene = _tautan_export_build_scene (f->context, f->slice, f->positions, &f->view, &f->options, &area);
  for (guint i = 0; i < tautan_scene_get_n_nodes (scene); i++)
    if (big == NULL || tautan_scene_get_node (scene, i)->radius > big->radius)
      big = tautan_scene_get_node (scene, i);
  g_assert_cmphex (pixel (surface, area.x + (int)big->x, area.y + (int)big->y) >> 24, ==, 0xff);
  cairo_surface_destroy (surface);
}

static void
test_png_dark (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(TautanRenderContext) dark = tautan_render_context_new (TRUE);
  guint32 background = 0xff000000 | rgb (&tautan_render_context_get_palette (dark)->background);
  cairo_surface_t *surface;

  f->options.background = TAUTAN_EXPORT_BACKGROUND_DARK;
  bytes = export_bytes (f);
  surface = png_surface (bytes);
  g_assert_cmphex (pixel (surface, 2, 2), ==, background);
  g_assert_cmphex (pixel (surface, 640, 795), ==, background);
  cairo_surface_destroy (surface);
}

static gboolean
only_entry (const char *dir,
            const char *name)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *entry;
  guint n = 0;

  g_assert_nonnull (d);
  while ((entry = g_dir_read_name (d)) != NULL)
    {
      if (!g_str_equal (entry, name))
        return FALSE;
      n++;
    }
  return n == 1;
}

static void
test_write_atomic (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "graph.png", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "no-such-folder", "graph.png", NULL);
  g_autofree char *folder = g_build_filename (f->dir, "folder.svg", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  /* Over an existing file: replaced. */
  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_true (tautan_export_write (f->context, f->slice, f->positions, &f->view, &f->options, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 8);
  g_assert_cmpmem (contents, 8, "\x89PNG\r\n\x1a\n", 8);
  g_assert_true (only_entry (f->dir, "graph.png"));

  /* Into a folder that does not exist: a clear error naming the path. */
  {
    g_autoptr(GFile) bad = g_file_new_for_path (missing);

    g_assert_false (tautan_export_write (f->context, f->slice, f->positions, &f->view, &f->options, bad, &error));
    g_assert_nonnull (error);
    g_assert_nonnull (strstr (error->message, missing));
    g_assert_nonnull (strstr (error->message, "no such folder"));
    g_clear_error (&error);
  }

  /* Over a folder: the temporary file is written, the rename fails, and
   * neither it nor anything else is left behind. */
  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  {
    g_autoptr(GFile) bad = g_file_new_for_path (folder);

    f->options.format = TAUTAN_EXPORT_FORMAT_SVG;
    g_assert_false (tautan_export_write (f->context, f->slice, f->positions, &f->view, &f->options, bad, &error));
    g_assert_nonnull (error);
    g_assert_nonnull (strstr (error->message, folder));
    g_clear_error (&error);
    g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
    g_assert_cmpint (g_rmdir (folder), ==, 0);
    g_assert_true (only_entry (f->dir, "graph.png"));
  }

  /* In a read-only folder: fails, the old file stays as it was, no
   * temporary file. Root writes anyway, so this part needs a user. */
  if (getuid () == 0)
    {
      g_test_message ("running as root: read-only folder not checked");
      return;
    }
  {
    g_autofree char *locked = g_build_filename (f->dir, "locked", NULL);
    g_autofree char *inside = g_build_filename (locked, "graph.svg", NULL);
    g_autoptr(GFile) bad = g_file_new_for_path (inside);
    g_autofree char *kept = NULL;

    g_assert_cmpint (g_mkdir (locked, 0755), ==, 0);
    g_assert_true (g_file_set_contents (inside, "keep", -1, NULL));
    g_assert_cmpint (g_chmod (locked, 0555), ==, 0);
    g_assert_false (tautan_export_write (f->context, f->slice, f->positions, &f->view, &f->options, bad, &error));
    g_assert_nonnull (error);
    g_assert_nonnull (strstr (error->message, inside));
    g_assert_nonnull (strstr (error->message, "permission denied"));
    g_assert_true (g_file_get_contents (inside, &kept, NULL, NULL));
    g_assert_cmpstr (kept, ==, "keep");
    g_assert_true (only_entry (locked, "graph.svg"));
    g_chmod (locked, 0755);
  }
}

static void
test_filters_shown (Fixture       *f,
                    gconstpointer  data)
{
  TautanTaxonomy *taxonomy = tautan_dataset_get_taxonomy (f->dataset);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(TautanScene) scene = NULL;
  Svg svg = { 0 };
  guint kim = tautan_dataset_lookup_entity (f->dataset, "kim-jong-un");
  guint russia = tautan_dataset_lookup_entity (f->dataset, "russia");

  f->view.hidden_kinds = 1u << TAUTAN_ENTITY_PERSON;
  tautan_type_mask_add (&f->view.hidden_types, tautan_taxonomy_lookup (taxonomy, "sanction"));
  tautan_type_mask_add (&f->view.hidden_types, tautan_taxonomy_lookup (taxonomy, "attack"));
  /* Even with no furniture asked for, the picture says what it hides. */
  f->options.furniture = TAUTAN_EXPORT_FURNITURE_NONE;
  f->options.format = TAUTAN_EXPORT_FORMAT_SVG;
  bytes = export_bytes (f);
  svg_parse (&svg, bytes);

  g_assert_true (svg_has_text (&svg, "Hidden: Persons; Sanction, Attack"));
  g_assert_false (svg_has_text (&svg, "Kim Jong Un"));
  {
    g_autofree char *id = node_id (f, kim);
    g_autofree char *other = node_id (f, russia);

    g_assert_false (g_hash_table_contains (svg.groups, id));
    g_assert_true (g_hash_table_contains (svg.groups, other));
  }
  scene = _tautan_export_build_scene (f->context, f->slice, f->positions, &f->view, &f->options, NULL);
  g_assert_null (tautan_scene_find_node (scene, kim));
  g_assert_cmpuint (svg.n_groups, ==, tautan_scene_get_n_nodes (scene) + tautan_scene_get_n_edges (scene));
  svg_clear (&svg);
}

/* The composed filter: its edges are drawn, and the furniture says it
 * in one line with what is hidden. Two claimed events in the bundled
 * data: Kim → Putin (May 2023) and North Korea → Russia (June 2025). */
static void
test_composed_filter_shown (Fixture       *f,
                            gconstpointer  data)
{
  const char *claimed[] = { "claimed", NULL };
  g_autoptr(TautanFilter) empty = tautan_filter_new ();
  g_autoptr(TautanFilter) filter = tautan_filter_with_values (empty, TAUTAN_FILTER_STATUS, claimed);
  g_autoptr(GArray) events = tautan_filter_list_events (filter, f->dataset, &f->view.span);
  g_autoptr(TautanFilterEdges) edges = tautan_filter_aggregate_edges (filter, f->dataset, &f->view.span, events);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) hidden_bytes = NULL;
  g_autoptr(TautanScene) scene = NULL;
  Svg svg = { 0 };
  Svg hidden = { 0 };

  f->view.filter = filter;
  f->view.filter_edges = edges;
  f->options.format = TAUTAN_EXPORT_FORMAT_SVG;
  bytes = export_bytes (f);
  svg_parse (&svg, bytes);
  g_assert_true (svg_has_text (&svg, "Filters: Status: Claimed"));
  scene = _tautan_export_build_scene (f->context, f->slice, f->positions, &f->view, &f->options, NULL);
  g_assert_cmpuint (tautan_scene_get_n_edges (scene), ==, 2);

  f->view.hidden_kinds = 1u << TAUTAN_ENTITY_PERSON;
  hidden_bytes = export_bytes (f);
  svg_parse (&hidden, hidden_bytes);
  g_assert_true (svg_has_text (&hidden, "Filters: Status: Claimed · Hidden: Persons"));
  svg_clear (&svg);
  svg_clear (&hidden);
}

/* Coloured by dominant type, the legend keys the types drawn. */
static void
test_legend_types (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GBytes) bytes = NULL;
  Svg svg = { 0 };

  f->view.color_mode = TAUTAN_EDGE_COLOR_DOMINANT_TYPE;
  f->options.format = TAUTAN_EXPORT_FORMAT_SVG;
  bytes = export_bytes (f);
  svg_parse (&svg, bytes);
  g_assert_true (svg_has_text (&svg, "Meet, visit or host"));
  g_assert_true (svg_has_text (&svg, "Attack"));
  g_assert_false (svg_has_text (&svg, "Verbal cooperation"));
  /* No event of this type in the dataset, so not in the key. */
  g_assert_false (svg_has_text (&svg, "Vote"));
  svg_clear (&svg);
}

static void
test_svg_transparent (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) opaque = NULL;

  f->options.format = TAUTAN_EXPORT_FORMAT_SVG;
  opaque = export_bytes (f);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (opaque, NULL), g_bytes_get_size (opaque),
                                  "id=\"background\""));
  f->options.background = TAUTAN_EXPORT_BACKGROUND_TRANSPARENT;
  bytes = export_bytes (f);
  g_assert_null (g_strstr_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "id=\"background\""));
}

static void
test_sources_capped (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GBytes) bytes = NULL;
  Svg svg = { 0 };

  f->options.format = TAUTAN_EXPORT_FORMAT_SVG;
  f->options.max_sources = 3;
  bytes = export_bytes (f);
  svg_parse (&svg, bytes);

  /* Five sources cited, three lines: two listed, then the rest counted. */
  g_assert_true (svg_has_text_prefix (&svg, "VIVA, 21 Jun 2022: "));
  g_assert_true (svg_has_text_prefix (&svg, "Unnamed Indonesian outlet, 12 Jun 2023: "));
  g_assert_false (svg_has_text_prefix (&svg, "Republika"));
  g_assert_true (svg_has_text (&svg, "and 3 more"));
  svg_clear (&svg);
}

static void
test_framing (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(TautanScene) whole = NULL;
  g_autoptr(TautanScene) shown = NULL;
  cairo_rectangle_int_t area;
  TautanView view = f->view;
  const TautanView *v;

  /* Whole graph: every active node inside the area, off the edges. */
  whole = _tautan_export_build_scene (f->context, f->slice, f->positions, &f->view, &f->options, &area);
  g_assert_cmpint (area.width, ==, 1280);
  g_assert_cmpint (area.y, >, 0);
  g_assert_cmpint (area.y + area.height, <, 800);
  g_assert_cmpuint (tautan_scene_get_n_nodes (whole), ==, tautan_slice_get_n_entities (f->slice));
  for (guint i = 0; i < tautan_scene_get_n_nodes (whole); i++)
    {
      const TautanSceneNode *n = tautan_scene_get_node (whole, i);

      g_assert_cmpfloat (n->x, >=, 47.9);
      g_assert_cmpfloat (n->x, <=, area.width - 47.9);
      g_assert_cmpfloat (n->y, >=, 47.9);
      g_assert_cmpfloat (n->y, <=, area.height - 47.9);
    }

  /* Current view: the centre kept, the zoom scaled so what the screen
   * showed fits the area. */
  view.width = 640;
  view.height = 400;
  view.zoom = 50;
  view.center_x = 1.5;
  view.center_y = -2;
  f->options.framing = TAUTAN_EXPORT_FRAMING_VIEW;
  shown = _tautan_export_build_scene (f->context, f->slice, f->positions, &view, &f->options, &area);
  v = tautan_scene_get_view (shown);
  g_assert_cmpfloat (v->center_x, ==, 1.5);
  g_assert_cmpfloat (v->center_y, ==, -2);
  g_assert_cmpint (v->width, ==, area.width);
  g_assert_cmpint (v->height, ==, area.height);
  g_assert_cmpfloat_with_epsilon (v->zoom, 50 * MIN (area.width / 640.0, area.height / 400.0), 1e-9);
}

static void
test_fit_view (Fixture       *f,
               gconstpointer  data)
{
  TautanView view = f->view;
  double x0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y0 = G_MAXDOUBLE, y1 = -G_MAXDOUBLE;
  guint n_persons = 0;

  view.width = 1000;
  view.height = 600;
  g_assert_true (tautan_export_fit_view (NULL, &view, f->slice, f->positions, 0, 48));
  for (guint i = 0; i < tautan_slice_get_n_entities (f->slice); i++)
    {
      TautanPoint p = f->positions[tautan_slice_get_entity (f->slice, i)->entity];

      x0 = MIN (x0, p.x);
      x1 = MAX (x1, p.x);
      y0 = MIN (y0, p.y);
      y1 = MAX (y1, p.y);
    }
  g_assert_cmpfloat_with_epsilon (view.zoom, MIN (904 / (x1 - x0), 504 / (y1 - y0)), 1e-9);
  g_assert_cmpfloat_with_epsilon (view.center_x, (x0 + x1) / 2, 1e-9);
  g_assert_cmpfloat_with_epsilon (view.center_y, (y0 + y1) / 2, 1e-9);

  /* Hidden kinds are left out of the frame; with no size, nothing to do. */
  x0 = y0 = G_MAXDOUBLE;
  x1 = y1 = -G_MAXDOUBLE;
  for (guint i = 0; i < tautan_slice_get_n_entities (f->slice); i++)
    {
      guint e = tautan_slice_get_entity (f->slice, i)->entity;
      TautanEntity entity;

      tautan_dataset_get_entity (f->dataset, e, &entity);
      if (entity.kind == TAUTAN_ENTITY_PERSON)
        {
          n_persons++;
          continue;
        }
      x0 = MIN (x0, f->positions[e].x);
      x1 = MAX (x1, f->positions[e].x);
      y0 = MIN (y0, f->positions[e].y);
      y1 = MAX (y1, f->positions[e].y);
    }
  g_assert_cmpuint (n_persons, >, 0);
  g_assert_true (tautan_export_fit_view (NULL, &view, f->slice, f->positions, 1u << TAUTAN_ENTITY_PERSON, 48));
  g_assert_cmpfloat_with_epsilon (view.center_x, (x0 + x1) / 2, 1e-9);
  view.width = 0;
  g_assert_false (tautan_export_fit_view (NULL, &view, f->slice, f->positions, 0, 48));
}

/* How many of @scene's drawn labels or shapes leave its view. */
static guint
count_clipped (TautanScene      *scene,
               const TautanView *view)
{
  guint n = 0;

  for (guint i = 0; i < tautan_scene_get_n_nodes (scene); i++)
    {
      const TautanSceneNode *node = tautan_scene_get_node (scene, i);

      if (node->x - node->radius < 0 || node->x + node->radius > view->width ||
          node->y - node->radius < 0 || node->y + node->radius > view->height)
        n++;
      else if (node->label_visible &&
               (node->label_x < 0 || node->label_x + node->label_width > view->width ||
                node->label_y < 0 || node->label_y + node->label_height > view->height))
        n++;
    }
  return n;
}

/* Zoom to fit (the app's and the whole graph's export) frames the labels
 * too, measured as the scene draws them: the long names of nodes at the
 * edges used to run off the picture, as the centres alone (no context)
 * still do. */
static void
test_fit_labels (void)
{
  static const char json[] =
    "{\"format\":\"tautan-dataset\",\"version\":1,\"title\":\"Edges\","
    "\"sources\":[{\"id\":\"s\",\"outlet\":\"Wire\",\"title\":\"T\",\"url\":null,\"language\":\"en\","
    "\"published\":\"2024-05-01\",\"origin\":\"own\",\"state_media\":false,\"text\":\"x\"}],"
    "\"entities\":["
    "{\"id\":\"w\",\"name\":\"Komite Sentral Partai Buruh Korea Urusan Luar Negeri\",\"kind\":\"organisation\"},"
    "{\"id\":\"e\",\"name\":\"Kementerian Luar Negeri Federasi Rusia di Moskwa\",\"kind\":\"organisation\"},"
    "{\"id\":\"s1\",\"name\":\"Vladimir Putin and the Security Council of Russia\",\"kind\":\"person\"},"
    "{\"id\":\"n\",\"name\":\"Kim\",\"kind\":\"person\"}],"
    "\"events\":["
    "{\"id\":\"1\",\"type\":\"support\",\"date\":{\"start\":\"2024-05-01\",\"end\":\"2024-05-01\","
    "\"precision\":\"day\"},\"date_basis\":{\"method\":\"stated\",\"words\":\"x\"},"
    "\"summary\":\"x\",\"actors\":[\"w\"],\"targets\":[\"e\"],\"sources\":[\"s\"],\"status\":\"reported\"},"
    "{\"id\":\"2\",\"type\":\"support\",\"date\":{\"start\":\"2024-05-02\",\"end\":\"2024-05-02\","
    "\"precision\":\"day\"},\"date_basis\":{\"method\":\"stated\",\"words\":\"x\"},"
    "\"summary\":\"x\",\"actors\":[\"s1\"],\"targets\":[\"n\"],\"sources\":[\"s\"],\"status\":\"reported\"}],"
    "\"quotes\":[]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanDataset) ds = tautan_dataset_load_data (json, strlen (json), "edges.json", NULL, NULL, &error);
  g_autoptr(TautanRenderContext) context = tautan_render_context_new (FALSE);
  g_autoptr(TautanSlice) slice = NULL;
  /* west and east at the sides, the long-named person at the bottom */
  TautanPoint positions[4] = { { -10, 0 }, { 10, 0 }, { 0, 4 }, { 0, -4 } };
  TautanTimeSpan span;

  g_assert_no_error (error);
  span = tautan_dataset_get_span (ds);
  slice = tautan_slice_new (ds, &span, FALSE);
  for (guint size = 0; size < 3; size++)
    {
      g_autoptr(TautanScene) centres = NULL;
      g_autoptr(TautanScene) fitted = NULL;
      TautanView view;

      tautan_view_init (&view);
      view.span = span;
      view.width = (int[]) { 1280, 640, 420 }[size];
      view.height = (int[]) { 800, 480, 300 }[size];

      g_assert_true (tautan_export_fit_view (NULL, &view, slice, positions, 0, 48));
      centres = tautan_scene_new (context, ds, slice, positions, &view);
      g_assert_cmpuint (count_clipped (centres, &view), >, 0);

      g_assert_true (tautan_export_fit_view (context, &view, slice, positions, 0, 48));
      fitted = tautan_scene_new (context, ds, slice, positions, &view);
      g_assert_cmpuint (tautan_scene_get_n_nodes (fitted), ==, 4);
      g_assert_cmpuint (count_clipped (fitted, &view), ==, 0);
      /* the margin is kept, and it is no more than needed: the box
       * touches it on two opposite sides */
      {
        double x0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y0 = G_MAXDOUBLE, y1 = -G_MAXDOUBLE;

        for (guint i = 0; i < 4; i++)
          {
            const TautanSceneNode *node = tautan_scene_get_node (fitted, i);

            x0 = MIN (x0, node->x - node->radius);
            x1 = MAX (x1, node->x + node->radius);
            y0 = MIN (y0, node->y - node->radius);
            y1 = MAX (y1, node->y + node->radius);
            if (node->label_visible)
              {
                x0 = MIN (x0, node->label_x);
                x1 = MAX (x1, node->label_x + node->label_width);
                y0 = MIN (y0, node->label_y);
                y1 = MAX (y1, node->label_y + node->label_height);
              }
          }
        g_test_message ("%d × %d: zoom %g, drawn box %g,%g to %g,%g", view.width, view.height, view.zoom,
                        x0, y0, x1, y1);
        g_assert_cmpfloat (x0, >=, 48 - 1e-6);
        g_assert_cmpfloat (y0, >=, 48 - 1e-6);
        g_assert_cmpfloat (x1, <=, view.width - 48 + 1e-6);
        g_assert_cmpfloat (y1, <=, view.height - 48 + 1e-6);
        g_assert_true (x0 < 49 || y0 < 49);
      }
    }
}

static void
test_invalid_options (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  f->options.width = 40000;
  bytes = tautan_export_render (f->context, f->slice, f->positions, &f->view, &f->options, &error);
  g_assert_null (bytes);
  g_assert_error (error, TAUTAN_EXPORT_ERROR, TAUTAN_EXPORT_ERROR_INVALID);
  g_clear_error (&error);

  f->options.width = 800;
  f->options.scale = 9;
  bytes = tautan_export_render (f->context, f->slice, f->positions, &f->view, &f->options, &error);
  g_assert_null (bytes);
  g_assert_error (error, TAUTAN_EXPORT_ERROR, TAUTAN_EXPORT_ERROR_INVALID);
}

/* Hostile and odd input */

/* The minimal fixture with Kim's name replaced by @name (JSON-escaped by
 * the caller), its three entities at fixed places. */
static TautanDataset *
minimal_with_name (const char  *name,
                   TautanPoint *positions)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "minimal.json", NULL);
  g_autofree char *json = NULL;
  g_autoptr(GString) edited = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) diagnostics = NULL;
  TautanDataset *dataset;

  g_assert_true (g_file_get_contents (path, &json, NULL, &error));
  g_assert_no_error (error);
  edited = g_string_new (json);
  g_assert_cmpint (g_string_replace (edited, "\"Kim Jong Un\"", name, 1), ==, 1);
  dataset = tautan_dataset_load_data (edited->str, edited->len, "minimal.json", NULL, &diagnostics, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tautan_dataset_get_n_entities (dataset), ==, 3);
  positions[0] = (TautanPoint) { 0, 0 };
  positions[1] = (TautanPoint) { 4, -2 };
  positions[2] = (TautanPoint) { 2, 3 };
  return dataset;
}

/* Pixels of @box (page units, @scale device pixels each) that are not
 * @background. */
static guint
ink_in (cairo_surface_t *surface,
        double           x0,
        double           y0,
        double           x1,
        double           y1,
        int              scale,
        guint32          background)
{
  guint n = 0;

  for (int y = (int)(y0 * scale); y < (int)(y1 * scale); y++)
    for (int x = (int)(x0 * scale); x < (int)(x1 * scale); x++)
      if (x >= 0 && y >= 0 && x < cairo_image_surface_get_width (surface) &&
          y < cairo_image_surface_get_height (surface) && (pixel (surface, x, y) & 0xffffff) != background)
        n++;
  return n;
}

static const TautanExportBox *
find_box (GArray            *boxes,
          TautanExportBlock  block)
{
  for (guint i = 0; i < boxes->len; i++)
    if (g_array_index (boxes, TautanExportBox, i).block == block)
      return &g_array_index (boxes, TautanExportBox, i);
  return NULL;
}

/* A 50,000-character name: every format is written, quickly, with the
 * label cut to a readable length and the rest of the text in place. */
static void
test_long_name (void)
{
  g_autofree char *name = g_strnfill (50000, 'K');
  g_autofree char *quoted = g_strdup_printf ("\"%s\"", name);
  TautanPoint positions[3];
  g_autoptr(TautanDataset) dataset = minimal_with_name (quoted, positions);
  g_autoptr(TautanRenderContext) context = tautan_render_context_new (FALSE);
  TautanTimeSpan span = tautan_dataset_get_span (dataset);
  g_autoptr(TautanSlice) slice = tautan_slice_new (dataset, &span, FALSE);
  TautanExportOptions options;
  TautanView view;
  Svg svg = { 0 };

  tautan_view_init (&view);
  view.span = span;
  tautan_export_options_init (&options);
  options.width = 1280;
  options.height = 800;

  for (TautanExportFormat format = TAUTAN_EXPORT_FORMAT_PNG; format <= TAUTAN_EXPORT_FORMAT_PDF; format++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;

      options.format = format;
      bytes = tautan_export_render (context, slice, positions, &view, &options, &error);
      g_assert_no_error (error);
      g_assert_nonnull (bytes);

      if (format == TAUTAN_EXPORT_FORMAT_SVG)
        {
          g_autofree char *cut = g_strconcat ("KKKK", NULL);
          gboolean found = FALSE;

          svg_parse (&svg, bytes);
          g_assert_false (svg_has_text (&svg, name));
          for (guint i = 0; i < svg.texts->len; i++)
            {
              const char *text = g_ptr_array_index (svg.texts, i);

              if (g_str_has_prefix (text, cut))
                {
                  /* The label: 79 letters and an ellipsis. */
                  g_assert_cmpint (g_utf8_strlen (text, -1), ==, TAUTAN_TEXT_LABEL_MAX);
                  g_assert_true (g_str_has_suffix (text, "…"));
                  found = TRUE;
                }
            }
          g_assert_true (found);
          g_assert_true (svg_has_text (&svg, "Vladimir Putin"));
          g_assert_true (svg_has_text (&svg, "Minimal example"));
          /* No element carries the whole name, not even a node's title. */
          g_assert_null (g_strstr_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), name));
          svg_clear (&svg);
        }
    }
}

/* A label that would be wider than a cairo image (32,767 px at scale 8)
 * used to put the whole picture's context in error: every later text,
 * labels and furniture, went missing and the export still succeeded. */
static void
test_png_wide_label (void)
{
  g_autofree char *name = g_strnfill (400, 'W');
  g_autofree char *quoted = g_strdup_printf ("\"%s\"", name);
  TautanPoint positions[3];
  g_autoptr(TautanDataset) dataset = minimal_with_name (quoted, positions);
  g_autoptr(TautanRenderContext) context = tautan_render_context_new (FALSE);
  TautanTimeSpan span = tautan_dataset_get_span (dataset);
  g_autoptr(TautanSlice) slice = tautan_slice_new (dataset, &span, FALSE);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GArray) boxes = NULL;
  g_autoptr(GError) error = NULL;
  guint32 background = rgb (&tautan_render_context_get_palette (context)->background);
  const TautanExportBox *header, *footer;
  cairo_rectangle_int_t area;
  cairo_surface_t *surface;
  TautanExportOptions options;
  TautanView view;

  tautan_view_init (&view);
  view.span = span;
  tautan_export_options_init (&options);
  options.width = 800;
  options.height = 600;
  options.scale = 8;
  bytes = tautan_export_render (context, slice, positions, &view, &options, &error);
  g_assert_no_error (error);
  surface = png_surface (bytes);

  boxes = _tautan_export_get_boxes (context, slice, positions, &view, &options, &area);
  header = find_box (boxes, TAUTAN_EXPORT_BLOCK_HEADER);
  footer = find_box (boxes, TAUTAN_EXPORT_BLOCK_FOOTER);
  g_assert_nonnull (header);
  g_assert_nonnull (footer);
  /* The title, the dataset line and the graph's labels are all drawn. */
  g_assert_cmpuint (ink_in (surface, header->x0, header->y0, header->x1, header->y1, 8, background), >, 5000);
  g_assert_cmpuint (ink_in (surface, footer->x0, footer->y0, footer->x1, footer->y1, 8, background), >, 1000);
  {
    g_autoptr(TautanScene) scene = _tautan_export_build_scene (context, slice, positions, &view, &options, NULL);
    const TautanSceneNode *putin = tautan_scene_find_node (scene, tautan_dataset_lookup_entity (dataset, "putin"));

    g_assert_true (putin->label_visible);
    g_assert_cmpuint (ink_in (surface, area.x + putin->label_x, area.y + putin->label_y,
                              area.x + putin->label_x + putin->label_width,
                              area.y + putin->label_y + putin->label_height, 8, background), >, 500);
  }
  cairo_surface_destroy (surface);
}

/* A title from the command line with Unicode noncharacters: the PDF is
 * written (cairo refused them: "input string not valid UTF-8"), without
 * them. */
static void
test_pdf_noncharacters (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;

  if (!have_tool ("pdfinfo") || !have_tool ("pdftotext"))
    return;

  f->options.format = TAUTAN_EXPORT_FORMAT_PDF;
  f->options.title = "Odd\xef\xbf\xbe title\xef\xb7\x90 here\xef\xbf\xbf";
  path = export_to_file (f, "odd.pdf");
  {
    const char *argv[] = { "pdfinfo", path, NULL };

    g_assert_cmpint (run_tool (argv, &info), ==, 0);
  }
  g_assert_true (g_regex_match_simple ("^Title: +Odd title here$", info, G_REGEX_MULTILINE, 0));
  {
    const char *argv[] = { "pdftotext", path, "-", NULL };

    g_assert_cmpint (run_tool (argv, &text), ==, 0);
  }
  g_assert_nonnull (strstr (text, "Odd title here"));
}

/* Furniture never overlaps itself or the graph, and the graph keeps at
 * least half the page, from 400 × 300 to 4000 × 3000: what does not fit
 * gives way to a count and a note. */
static void
test_layout_sizes (Fixture       *f,
                   gconstpointer  data)
{
  static const int sizes[][2] = {
    { 400, 300 }, { 480, 360 }, { 640, 480 }, { 800, 600 }, { 1024, 768 }, { 1280, 800 },
    { 1600, 1200 }, { 1920, 1080 }, { 2560, 1440 }, { 4000, 3000 }, { 400, 3000 }, { 4000, 300 },
  };
  gboolean dropped = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    for (TautanExportFurniture furniture = TAUTAN_EXPORT_FURNITURE_NONE; ;
         furniture = TAUTAN_EXPORT_FURNITURE_ALL)
      {
        g_autoptr(GArray) boxes = NULL;
        g_autoptr(TautanScene) scene = NULL;
        cairo_rectangle_int_t area;
        int width = sizes[i][0], height = sizes[i][1];

        f->options.width = width;
        f->options.height = height;
        f->options.furniture = furniture;
        f->view.hidden_types = (TautanTypeMask) { { 0 } };
        if (furniture)
          tautan_type_mask_add (&f->view.hidden_types, 3);
        boxes = _tautan_export_get_boxes (f->context, f->slice, f->positions, &f->view, &f->options, &area);
        g_assert_nonnull (boxes);
        g_test_message ("%d × %d: %u blocks, graph %d px high", width, height, boxes->len, area.height);

        g_assert_cmpint (area.x, ==, 0);
        g_assert_cmpint (area.width, ==, width);
        g_assert_cmpint (area.y, >=, 0);
        g_assert_cmpint (area.y + area.height, <=, height);

        for (guint a = 0; a < boxes->len; a++)
          {
            const TautanExportBox *box = &g_array_index (boxes, TautanExportBox, a);

            /* On the page (text boxes are whole glyph lines, so half a
             * pixel of rounding is allowed). */
            g_assert_cmpfloat (box->x0, >=, -0.5);
            g_assert_cmpfloat (box->y0, >=, -0.5);
            g_assert_cmpfloat (box->x1, <=, width + 0.5);
            g_assert_cmpfloat (box->y1, <=, height + 0.5);
            dropped |= box->block == TAUTAN_EXPORT_BLOCK_NOTE;

            /* Off the graph, but for a message drawn in it. */
            if (box->block != TAUTAN_EXPORT_BLOCK_GRAPH)
              g_assert_true (box->y1 <= area.y + 0.5 || box->y0 >= area.y + area.height - 0.5);

            for (guint b = a + 1; b < boxes->len; b++)
              {
                const TautanExportBox *other = &g_array_index (boxes, TautanExportBox, b);
                gboolean apart = box->x1 <= other->x0 + 0.5 || other->x1 <= box->x0 + 0.5 ||
                                 box->y1 <= other->y0 + 0.5 || other->y1 <= box->y0 + 0.5;

                if (!apart)
                  g_error ("%d × %d: blocks %d and %d overlap", width, height, box->block, other->block);
              }
          }

        /* The whole graph is in the area. */
        scene = _tautan_export_build_scene (f->context, f->slice, f->positions, &f->view, &f->options, NULL);
        /* The graph has at least half the page, or all the height it
         * takes at the page's width (a tall page: the area ends under
         * it, the furniture with it), which half the page frames alike. */
        if (area.height < height / 2)
          {
            TautanView half = f->view;

            half.width = area.width;
            half.height = height / 2;
            g_assert_true (tautan_export_fit_view (f->context, &half, f->slice, f->positions, f->view.hidden_kinds,
                                                   MIN (TAUTAN_EXPORT_FIT_MARGIN, MIN (width, height / 2) / 8.0)));
            g_assert_cmpfloat_with_epsilon (tautan_scene_get_view (scene)->zoom, half.zoom, half.zoom * 1e-3);
          }
        /* (With a type hidden, actors left with nothing drawn go.) */
        if (furniture)
          g_assert_cmpuint (tautan_scene_get_n_nodes (scene), <=, tautan_slice_get_n_entities (f->slice));
        else
          g_assert_cmpuint (tautan_scene_get_n_nodes (scene), ==, tautan_slice_get_n_entities (f->slice));
        for (guint n = 0; n < tautan_scene_get_n_nodes (scene); n++)
          {
            const TautanSceneNode *node = tautan_scene_get_node (scene, n);

            g_assert_cmpfloat (node->x, >=, 0);
            g_assert_cmpfloat (node->x, <=, area.width);
            g_assert_cmpfloat (node->y, >=, 0);
            g_assert_cmpfloat (node->y, <=, area.height);
          }

        if (furniture == TAUTAN_EXPORT_FURNITURE_ALL)
          break;
      }
  /* The smallest pages left something out, and said so. */
  g_assert_true (dropped);
}

/* A transparent picture's furniture keeps a halo of the light background,
 * so its dark text reads on a dark slide too. */
static void
test_png_transparent_readable (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GArray) boxes = NULL;
  const TautanExportBox *header;
  cairo_surface_t *surface, *slide;
  cairo_t *cr;
  guint light = 0, dark = 0;

  f->options.background = TAUTAN_EXPORT_BACKGROUND_TRANSPARENT;
  bytes = export_bytes (f);
  surface = png_surface (bytes);
  boxes = _tautan_export_get_boxes (f->context, f->slice, f->positions, &f->view, &f->options, NULL);
  header = find_box (boxes, TAUTAN_EXPORT_BLOCK_HEADER);
  g_assert_nonnull (header);

  /* Laid on a black slide: the title's glyphs are dark and their halo
   * light; without the halo nothing would stand out from the slide. */
  slide = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1280, 800);
  cr = cairo_create (slide);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_paint (cr);
  cairo_set_source_surface (cr, surface, 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_surface_flush (slide);
  for (int y = (int)header->y0; y < (int)header->y1; y++)
    for (int x = (int)header->x0; x < (int)header->x1; x++)
      {
        guint32 p = pixel (slide, x, y);
        int level = ((p >> 16 & 0xff) + (p >> 8 & 0xff) + (p & 0xff)) / 3;

        light += level > 200;
        dark += level > 0 && level < 80;
      }
  g_assert_cmpuint (light, >, 2000);
  g_assert_cmpuint (dark, >, 2000);
  cairo_surface_destroy (slide);
  cairo_surface_destroy (surface);
}

static void
test_format_names (void)
{
  TautanExportFormat format = TAUTAN_EXPORT_FORMAT_PNG;

  g_assert_true (tautan_export_format_from_name ("svg", &format));
  g_assert_cmpint (format, ==, TAUTAN_EXPORT_FORMAT_SVG);
  g_assert_true (tautan_export_format_from_name ("/tmp/a.b/Graph.PDF", &format));
  g_assert_cmpint (format, ==, TAUTAN_EXPORT_FORMAT_PDF);
  g_assert_true (tautan_export_format_from_name ("x.png", &format));
  g_assert_cmpint (format, ==, TAUTAN_EXPORT_FORMAT_PNG);
  g_assert_false (tautan_export_format_from_name ("graph.jpeg", &format));
  g_assert_false (tautan_export_format_from_name ("/tmp/a.svg/graph", &format));
  g_assert_cmpstr (tautan_export_format_to_string (TAUTAN_EXPORT_FORMAT_PDF), ==, "pdf");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add ("/tautan/export/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("svg/structure", test_svg_structure);
  ADD ("svg/renders", test_svg_renders);
  ADD ("svg/control-characters", test_svg_control_characters);
  ADD ("pdf/text", test_pdf_text);
  ADD ("png/size", test_png_size);
  ADD ("png/equals-canvas", test_png_equals_canvas);
  ADD ("png/transparent", test_png_transparent);
  ADD ("png/dark", test_png_dark);
  ADD ("write/atomic", test_write_atomic);
  ADD ("filters/shown", test_filters_shown);
  ADD ("filters/composed", test_composed_filter_shown);
  ADD ("sources/capped", test_sources_capped);
  ADD ("legend/types", test_legend_types);
  ADD ("svg/transparent", test_svg_transparent);
  ADD ("framing", test_framing);
  ADD ("fit-view", test_fit_view);
  g_test_add_func ("/tautan/export/fit-labels", test_fit_labels);
  ADD ("invalid-options", test_invalid_options);
  ADD ("pdf/noncharacters", test_pdf_noncharacters);
  ADD ("layout/sizes", test_layout_sizes);
  ADD ("png/transparent-readable", test_png_transparent_readable);
  g_test_add_func ("/tautan/export/format-names", test_format_names);
  g_test_add_func ("/tautan/export/long-name", test_long_name);
  g_test_add_func ("/tautan/export/png/wide-label", test_png_wide_label);

#undef ADD

  return g_test_run ();
}
