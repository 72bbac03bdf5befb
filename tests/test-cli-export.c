/* test-cli-export.c: `tautan export` as a user runs it, with no display
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "tautan/tautan-dataset.h"
#include "tautan/tautan-export.h"
#include "tautan/tautan-layout.h"
#include "tautan/tautan-slice.h"

#include "tautan-test-cli.h"

/* A fixed export date for the CLI and the API alike. */
#define EPOCH "1782259200"   /* 2026-06-24 */

static char *tmp_dir;


static char *
tmp_path (const char *name)
{
  return g_build_filename (tmp_dir, name, NULL);
}

/* The node and edge ids, and every text, of an SVG, in order. */
typedef struct
{
  GPtrArray *ids;
  GPtrArray *texts;
  GString   *text;
  gboolean   in_text;
  gboolean   in_node;
  double     nodes[4];   /* the nodes' first path points: x0, y0, x1, y1 */
  guint      n_nodes;
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
    for (guint i = 0; names[i] != NULL; i++)
      if (g_str_equal (names[i], "id") &&
          (g_str_has_prefix (values[i], "node-") || g_str_has_prefix (values[i], "edge-")))
        {
          g_ptr_array_add (svg->ids, g_strdup (values[i]));
          svg->in_node = g_str_has_prefix (values[i], "node-");
        }
  /* A node's outline starts at a point on its rim ("M x y …"). */
  if (svg->in_node && g_str_equal (element, "path"))
    for (guint i = 0; names[i] != NULL; i++)
      if (g_str_equal (names[i], "d") && values[i][0] == 'M')
        {
          char *end = NULL;
          double x = g_ascii_strtod (values[i] + 1, &end);
          double y = g_ascii_strtod (end, NULL);

          if (svg->n_nodes++ == 0)
            memcpy (svg->nodes, (double[4]) { x, y, x, y }, sizeof svg->nodes);
          svg->nodes[0] = MIN (svg->nodes[0], x);
          svg->nodes[1] = MIN (svg->nodes[1], y);
          svg->nodes[2] = MAX (svg->nodes[2], x);
          svg->nodes[3] = MAX (svg->nodes[3], y);
          svg->in_node = FALSE;
        }
  if (g_str_equal (element, "text") || g_str_equal (element, "title"))
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

  if (g_str_equal (element, "text") || g_str_equal (element, "title"))
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
svg_parse (Svg        *svg,
           const char *data,
           gsize       length)
{
  static const GMarkupParser parser = { svg_start, svg_end, svg_text, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;

  svg->ids = g_ptr_array_new_with_free_func (g_free);
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
  g_clear_pointer (&svg->ids, g_ptr_array_unref);
  g_clear_pointer (&svg->texts, g_ptr_array_unref);
  g_string_free (g_steal_pointer (&svg->text), TRUE);
}
/* Exports carry their date: the same one in every run. */
static int
run (const char * const *args,
     char              **out,
     char              **err)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", NULL);
  TautanTestCliOptions options = { .cwd = dir, .env = { "SOURCE_DATE_EPOCH", EPOCH, NULL } };

  return tautan_test_cli_run_with (&options, args, out, err);
}

static gboolean
contains (GPtrArray  *strings,
          const char *text)
{
  for (guint i = 0; i < strings->len; i++)
    if (g_str_equal (g_ptr_array_index (strings, i), text))
      return TRUE;
  return FALSE;
}

static void
assert_same_strings (GPtrArray *a,
                     GPtrArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    g_assert_cmpstr (g_ptr_array_index (a, i), ==, g_ptr_array_index (b, i));
}

/* Runs `tautan export` with @args, which write the SVG @path, and parses
 * it into @svg. */
static void
export_svg (const char * const *args,
            const char         *path,
            Svg                *svg)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_cmpint (run (args, &out, &err), ==, 0);
  g_assert_cmpstr (out, ==, "");
  g_assert_cmpstr (err, ==, "");
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "<?xml"));
  svg_parse (svg, contents, length);
}

static void
test_export_svg (void)
{
  g_autofree char *path = tmp_path ("minimal.svg");
  const char *args[] = { "export", "minimal.json", "--title", "Kim & Putin", "-o", path, NULL };
  Svg svg = { 0 };

  export_svg (args, path, &svg);
  g_assert_true (contains (svg.texts, "Kim & Putin"));
  g_assert_true (contains (svg.texts, "Kim Jong Un"));
  g_assert_true (contains (svg.texts, "Vladimir Putin"));
  g_assert_true (contains (svg.texts, "Exported 24 Jun 2026"));
  g_assert_true (contains (svg.ids, "node-kim"));
  g_assert_true (contains (svg.ids, "node-putin"));
  svg_clear (&svg);
}

/* --lang writes the picture in that language, whatever the desktop's. */
static void
test_export_lang (void)
{
  const char *langs[] = { "id", "en" };
  const char *exported[] = { "Diekspor 24 Jun 2026", "Exported 24 Jun 2026" };
  const char *person[] = { "Orang", "Person" };

  for (guint i = 0; i < G_N_ELEMENTS (langs); i++)
    {
      g_autofree char *name = g_strdup_printf ("minimal-%s.svg", langs[i]);
      g_autofree char *path = tmp_path (name);
      const char *args[] = { "export", "minimal.json", "--lang", langs[i], "-o", path, NULL };
      Svg svg = { 0 };

      export_svg (args, path, &svg);
      g_assert_true (contains (svg.texts, exported[i]));
      g_assert_false (contains (svg.texts, exported[1 - i]));
      g_assert_true (contains (svg.texts, person[i]));
      svg_clear (&svg);
    }

  {
    g_autofree char *path = tmp_path ("minimal-xx.svg");
    const char *args[] = { "export", "minimal.json", "--lang", "xx", "-o", path, NULL };
    g_autofree char *out = NULL, *err = NULL;

    g_assert_cmpint (run (args, &out, &err), ==, 2);
    g_assert_nonnull (strstr (err, "unknown language “xx”"));
    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  }
}

/* The same view through the render API: what the CLI writes is what the
 * app's export writes. */
static void
test_export_matches_api (void)
{
  g_autofree char *path = tmp_path ("api.svg");
  g_autofree char *dataset_path = g_test_build_filename (G_TEST_DIST, "data", "extras.json", NULL);
  const char *args[] = { "export", "extras.json", "--from", "2024-06-05", "-o", path, NULL };
  g_autoptr(GFile) file = g_file_new_for_path (dataset_path);
  g_autoptr(TautanDataset) dataset = NULL;
  g_autoptr(TautanLayout) layout = NULL;
  g_autoptr(TautanSlice) slice = NULL;
  g_autoptr(TautanRenderContext) context = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree TautanPoint *positions = NULL;
  TautanExportOptions options;
  TautanTimeSpan span;
  TautanView view;
  Svg cli = { 0 }, api = { 0 };

  export_svg (args, path, &cli);

  dataset = tautan_dataset_load_file (file, FALSE, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  layout = tautan_layout_new_for_dataset (dataset, 42);
  while (!tautan_layout_is_settled (layout))
    tautan_layout_step (layout, 1);
  positions = g_new0 (TautanPoint, tautan_dataset_get_n_entities (dataset));
  tautan_layout_get_positions (layout, positions);

  span = tautan_dataset_get_span (dataset);
  span.from = tautan_day_from_ymd (2024, 6, 5);
  slice = tautan_slice_new (dataset, &span, FALSE);
  tautan_view_init (&view);
  view.span = span;
  context = tautan_render_context_new (FALSE);
  tautan_export_options_init (&options);
  options.format = TAUTAN_EXPORT_FORMAT_SVG;
  options.width = 1920;
  options.height = 1080;
  bytes = tautan_export_render (context, slice, positions, &view, &options, &error);
  g_assert_no_error (error);
  svg_parse (&api, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  g_assert_cmpuint (cli.ids->len, >, 0);
  assert_same_strings (cli.ids, api.ids);
  assert_same_strings (cli.texts, api.texts);
  /* The window is the one asked for. */
  g_assert_true (contains (api.texts, "Exported 24 Jun 2026"));
  svg_clear (&cli);
  svg_clear (&api);
}

static void
test_export_png_pdf (void)
{
  g_autofree char *png = tmp_path ("out.png");
  g_autofree char *pdf = tmp_path ("out.PDF");
  g_autofree char *any = tmp_path ("out.bin");
  const char *png_args[] = { "export", "extras.json", "--width", "400", "--height", "300", "--scale", "2",
                             "--background", "dark", "-o", png, NULL };
  const char *pdf_args[] = { "export", "extras.json", "--cumulative", "--to", "2024-06-10", "-o", pdf, NULL };
  const char *forced[] = { "export", "extras.json", "--format", "svg", "-o", any, NULL };
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_cmpint (run (png_args, &out, &err), ==, 0);
  g_assert_true (g_file_get_contents (png, &contents, &length, NULL));
  g_assert_cmpmem (contents, 8, "\x89PNG\r\n\x1a\n", 8);
  {
    cairo_surface_t *surface = cairo_image_surface_create_from_png (png);

    g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 800);
    g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 600);
    cairo_surface_destroy (surface);
  }
  g_clear_pointer (&contents, g_free);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run (pdf_args, &out, &err), ==, 0);
  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_clear_pointer (&contents, g_free);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run (forced, &out, &err), ==, 0);
  g_assert_true (g_file_get_contents (any, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "<?xml"));
}

/* A workspace's saved view: its window, selection and title, and the
 * workspace's filters and positions. */
static void
test_export_workspace_view (void)
{
  g_autofree char *ws = tmp_path ("brief.tautan");
  g_autofree char *path = tmp_path ("view.svg");
  g_autofree char *dataset = g_test_build_filename (G_TEST_DIST, "..", "resources", "datasets",
                                                    "korea-russia.json", NULL);
  const char *json =
    "{\"format\":\"tautan-workspace\",\"version\":1,\"dataset\":{},"
    "\"hidden_kinds\":[\"unnamed-group\"],\"hidden_types\":[],"
    "\"positions\":[{\"entity\":\"sergei-lavrov\",\"x\":0.5,\"y\":0.5,\"pinned\":true}],"
    "\"views\":[{\"name\":\"Wonsan\",\"title\":\"Lavrov in Wonsan\","
    "\"window\":{\"from\":\"2025-01-01\",\"to\":\"2025-07-31\",\"cumulative\":false},"
    "\"camera\":{\"zoom\":60,\"x\":0.5,\"y\":0.5},\"selection\":{\"entity\":\"sergei-lavrov\"}}]}";
  const char *args[] = { "export", dataset, "--workspace", ws, "--view", "Wonsan", "-o", path, NULL };
  const char *missing[] = { "export", dataset, "--workspace", ws, "--view", "Nope", "-o", path, NULL };
  const char *no_ws[] = { "export", dataset, "--view", "Wonsan", "-o", path, NULL };
  g_autofree char *out2 = NULL, *err2 = NULL;
  g_autofree char *out3 = NULL, *err3 = NULL;
  Svg svg = { 0 };

  g_assert_true (g_file_set_contents (ws, json, -1, NULL));
  export_svg (args, path, &svg);
  g_assert_true (contains (svg.texts, "Lavrov in Wonsan"));
  g_assert_true (contains (svg.ids, "node-sergei-lavrov"));
  g_assert_true (contains (svg.ids, "node-choe-son-hui"));
  /* Unnamed groups are hidden by the workspace... */
  g_assert_false (contains (svg.ids, "node-western-officials"));
  svg_clear (&svg);

  /* ...and shown when it hides nothing: the filter did it. */
  {
    g_auto(GStrv) parts = g_strsplit (json, "[\"unnamed-group\"]", -1);
    g_autofree char *open = g_strjoinv ("[]", parts);
    Svg all = { 0 };

    g_assert_true (g_file_set_contents (ws, open, -1, NULL));
    export_svg (args, path, &all);
    g_assert_true (contains (all.ids, "node-western-officials"));
    svg_clear (&all);
    g_assert_true (g_file_set_contents (ws, json, -1, NULL));
  }

  g_assert_cmpint (run (missing, &out2, &err2), ==, 1);
  g_assert_nonnull (strstr (err2, "has no view “Nope”; it has “Wonsan”"));
  g_assert_cmpint (run (no_ws, &out3, &err3), ==, 2);
}

/* A workspace's filter reads in the language asked for, in words: the
 * status word and the event type's label, not the ids it stores. */
static void
test_export_filter_words (void)
{
  g_autofree char *ws = tmp_path ("filtered.tautan");
  g_autofree char *dataset = g_test_build_filename (G_TEST_DIST, "..", "resources", "datasets",
                                                    "korea-russia.json", NULL);
  const char *json =
    "{\"format\":\"tautan-workspace\",\"version\":1,\"dataset\":{},"
    "\"filters\":{\"status\":[\"confirmed\"],\"event_type\":[\"support\"]},"
    "\"views\":[{\"name\":\"All\",\"window\":{\"from\":\"2017-01-01\",\"to\":\"2025-12-31\",\"cumulative\":false},"
    "\"selection\":null}]}";
  const char *langs[] = { "id", "en" };
  const char *want[] = { "Filter: Status: Dikonfirmasi; Jenis peristiwa: Dukungan atau pujian",
                         "Filters: Status: Confirmed; Event type: Support or praise" };

  g_assert_true (g_file_set_contents (ws, json, -1, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (langs); i++)
    {
      g_autofree char *name = g_strdup_printf ("filtered-%s.svg", langs[i]);
      g_autofree char *path = tmp_path (name);
      const char *args[] = { "export", dataset, "--workspace", ws, "--view", "All", "--lang", langs[i],
                             "-o", path, NULL };
      Svg svg = { 0 };

      export_svg (args, path, &svg);
      g_assert_true (contains (svg.texts, want[i]));
      svg_clear (&svg);
    }
}

/* A saved view's camera was set on the app's canvas: the export scales it
 * to the page, so a view that filled the screen fills the page (it was
 * drawn at screen size in the middle of a 1920 × 1080 page). */
static void
test_export_view_fills_page (void)
{
  g_autofree char *ws = tmp_path ("fit.tautan");
  g_autofree char *path = tmp_path ("fit.svg");
  g_autofree char *dataset_path = g_test_build_filename (G_TEST_DIST, "..", "resources", "datasets",
                                                         "korea-russia.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (dataset_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanDataset) dataset = NULL;
  g_autoptr(TautanSlice) slice = NULL;
  g_autofree TautanPoint *positions = NULL;
  g_autofree char *json = NULL;
  char zoom[G_ASCII_DTOSTR_BUF_SIZE], cx[G_ASCII_DTOSTR_BUF_SIZE], cy[G_ASCII_DTOSTR_BUF_SIZE];
  const char *args[] = { "export", dataset_path, "--workspace", ws, "--view", "All",
                         "--width", "1920", "--height", "1080", "-o", path, NULL };
  g_autofree char *from = NULL, *to = NULL;
  TautanTimeSpan span;
  TautanView view;
  Svg svg = { 0 };

  dataset = tautan_dataset_load_file (file, FALSE, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  span = tautan_dataset_get_span (dataset);
  from = tautan_day_format (span.from);
  to = tautan_day_format (span.to);
  slice = tautan_slice_new (dataset, &span, FALSE);
  positions = tautan_layout_settle_dataset (dataset, NULL);

  /* Zoom to fit on the app's canvas at its default size. */
  tautan_view_init (&view);
  view.width = 889;
  view.height = 589;
  g_assert_true (tautan_export_fit_view (NULL, &view, slice, positions, 0, 48));
  json = g_strdup_printf ("{\"format\":\"tautan-workspace\",\"version\":1,\"dataset\":{},"
                          "\"views\":[{\"name\":\"All\",\"window\":{\"from\":\"%s\",\"to\":\"%s\","
                          "\"cumulative\":false},\"camera\":{\"zoom\":%s,\"x\":%s,\"y\":%s}}]}",
                          from, to,
                          g_ascii_dtostr (zoom, sizeof zoom, view.zoom),
                          g_ascii_dtostr (cx, sizeof cx, view.center_x),
                          g_ascii_dtostr (cy, sizeof cy, view.center_y));
  g_assert_true (g_file_set_contents (ws, json, -1, NULL));
  export_svg (args, path, &svg);

  /* Every active actor is drawn, and they span most of the page one way. */
  g_assert_cmpuint (svg.n_nodes, ==, tautan_slice_get_n_entities (slice));
  g_test_message ("nodes span %.0f × %.0f of 1920 × 1080",
                  svg.nodes[2] - svg.nodes[0], svg.nodes[3] - svg.nodes[1]);
  g_assert_true ((svg.nodes[2] - svg.nodes[0]) / 1920 >= 0.6 || (svg.nodes[3] - svg.nodes[1]) / 1080 >= 0.45);
  svg_clear (&svg);
}

/* A saved view with no camera (tests/data/briefing/rolled.tautan, rolled
 * up) is framed to fit, as the app frames it when applied: its groups
 * span the page, not a cluster drawn at zoom 1 around the origin. */
static void
test_export_view_no_camera (void)
{
  g_autofree char *ws = g_test_build_filename (G_TEST_DIST, "data", "briefing", "rolled.tautan", NULL);
  g_autofree char *dataset = g_test_build_filename (G_TEST_DIST, "..", "resources", "datasets",
                                                    "korea-russia.json", NULL);
  g_autofree char *path = tmp_path ("rolled.svg");
  const char *args[] = { "export", dataset, "--workspace", ws, "--view", "Rolled",
                         "--width", "1920", "--height", "1080", "-o", path, NULL };
  Svg svg = { 0 };

  export_svg (args, path, &svg);
  /* the groups, North Korea and Russia among them */
  g_assert_true (contains (svg.ids, "node-north-korea"));
  g_assert_true (contains (svg.ids, "node-russia"));
  g_assert_false (contains (svg.ids, "node-kim-jong-un"));
  g_test_message ("%u nodes span %.0f × %.0f of 1920 × 1080", svg.n_nodes,
                  svg.nodes[2] - svg.nodes[0], svg.nodes[3] - svg.nodes[1]);
  g_assert_cmpuint (svg.n_nodes, >=, 3);
  g_assert_true ((svg.nodes[2] - svg.nodes[0]) / 1920 >= 0.6 || (svg.nodes[3] - svg.nodes[1]) / 1080 >= 0.45);
  svg_clear (&svg);
}

static void
test_export_errors (void)
{
  g_autofree char *path = tmp_path ("never.svg");
  g_autofree char *unwritable = tmp_path ("no-such-folder/x.svg");
  const char *bad_date[] = { "export", "extras.json", "--from", "2024-13-01", "-o", path, NULL };
  const char *bad_order[] = { "export", "extras.json", "--from", "2024-06-20", "--to", "2024-06-01", "-o", path, NULL };
  const char *no_output[] = { "export", "extras.json", NULL };
  const char *no_dataset[] = { "export", "-o", path, NULL };
  const char *bad_format[] = { "export", "extras.json", "--format", "jpeg", "-o", path, NULL };
  const char *no_extension[] = { "export", "extras.json", "-o", "picture", NULL };
  const char *missing[] = { "export", "no-such-file.json", "-o", path, NULL };
  const char *cannot_write[] = { "export", "extras.json", "-o", unwritable, NULL };
  /* --format wins, but not over an extension naming another format */
  g_autofree char *png = tmp_path ("never.png");
  g_autofree char *csv = tmp_path ("never.csv");
  const char *svg_as_png[] = { "export", "extras.json", "--format", "svg", "-o", png, NULL };
  const char *gexf_as_png[] = { "export", "extras.json", "--format", "gexf", "-o", png, NULL };
  const char *pdf_as_csv[] = { "export", "extras.json", "--format", "pdf", "-o", csv, NULL };
  const char *briefing_as_png[] = { "briefing", "no-such.tautan", "-o", png, NULL };

  struct {
    const char * const *args;
    int                 status;
    const char         *message;
  } cases[] = {
    { bad_date, 1, "tautan export: error: --from “2024-13-01” is not a date: use YYYY-MM-DD" },
    { bad_order, 1, "tautan export: error: the window starts (2024-06-20) after it ends (2024-06-01)" },
    { no_output, 2, "tautan export: no output file given (-o FILE)" },
    { no_dataset, 2, "tautan export: no dataset given" },
    { bad_format, 2, "tautan export: unknown format “jpeg”: use png, svg or pdf" },
    { no_extension, 2, "tautan export: cannot tell the format from “picture”" },
    { missing, 1, "tautan export: error: " },
    { cannot_write, 1, "tautan export: error: Cannot write “" },
    { svg_as_png, 2, "tautan export: --format svg does not match the output “" },
    { gexf_as_png, 2, "tautan export: --format gexf does not match the output “" },
    { pdf_as_csv, 2, "tautan export: --format pdf does not match the output “" },
    { briefing_as_png, 2, "tautan briefing: a briefing is a PDF, but the output “" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = NULL, *err = NULL;

      g_test_message ("case %u", i);
      g_assert_cmpint (run (cases[i].args, &out, &err), ==, cases[i].status);
      g_assert_cmpstr (out, ==, "");
      g_assert_true (g_str_has_prefix (err, cases[i].message));
    }

  /* Nothing was written by any of them. */
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (csv, G_FILE_TEST_EXISTS));

  /* The extension's case does not make a clash. */
  {
    g_autofree char *upper = tmp_path ("upper.SVG");
    const char *args[] = { "export", "extras.json", "--format", "svg", "-o", upper, NULL };
    Svg svg = { 0 };

    export_svg (args, upper, &svg);
    svg_clear (&svg);
  }
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_setenv ("SOURCE_DATE_EPOCH", EPOCH, TRUE);
  tmp_dir = g_dir_make_tmp ("test-cli-export-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/tautan/cli-export/svg", test_export_svg);
  g_test_add_func ("/tautan/cli-export/matches-api", test_export_matches_api);
  g_test_add_func ("/tautan/cli-export/lang", test_export_lang);
  g_test_add_func ("/tautan/cli-export/filter-words", test_export_filter_words);
  g_test_add_func ("/tautan/cli-export/png-pdf", test_export_png_pdf);
  g_test_add_func ("/tautan/cli-export/errors", test_export_errors);
  g_test_add_func ("/tautan/cli-export/workspace-view", test_export_workspace_view);
  g_test_add_func ("/tautan/cli-export/view-fills-page", test_export_view_fills_page);
  g_test_add_func ("/tautan/cli-export/view-no-camera", test_export_view_no_camera);

  status = g_test_run ();

  {
    g_autoptr(GDir) dir = g_dir_open (tmp_dir, 0, NULL);
    const char *name;

    while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *child = g_build_filename (tmp_dir, name, NULL);

        g_remove (child);
      }
    g_rmdir (tmp_dir);
    g_free (tmp_dir);
  }
  return status;
}
