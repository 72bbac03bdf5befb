/* test-render-histogram.c: bars, their scale and the date axis, in pixels
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libintl.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "tautan/tautan-render-histogram.h"

#include "tautan-render-histogram-private.h"

#define WIDTH       100
#define BARS_HEIGHT 50
#define AXIS_HEIGHT 20

static const TautanRgba quad_colors[TAUTAN_N_QUAD_CLASSES] = {
  { 0, 0, 1, 1 },     /* verbal cooperation: blue */
  { 0, 1, 0, 1 },     /* material cooperation: green */
  { 1, 1, 0, 1 },     /* verbal conflict: yellow */
  { 1, 0, 0, 1 },     /* material conflict: red */
};

static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  const guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 pixel;

  g_assert_cmpint (x, >=, 0);
  g_assert_cmpint (y, >=, 0);
  g_assert_cmpint (x, <, cairo_image_surface_get_width (surface));
  g_assert_cmpint (y, <, cairo_image_surface_get_height (surface));
  /* memcpy: no misaligned or aliasing read of the pixel row. */
  memcpy (&pixel, data + (gsize)y * stride + (gsize)x * 4, sizeof pixel);
  return pixel;
}

static guint32
argb (const TautanRgba *c)
{
  return 0xFF000000u | ((guint32)lround (c->red * 255) << 16) |
         ((guint32)lround (c->green * 255) << 8) | (guint32)lround (c->blue * 255);
}

/* Pixels of column @x in the bars area that are not the white background. */
static int
colored_height (cairo_surface_t *surface,
                int              x)
{
  int n = 0;

  for (int y = 0; y < BARS_HEIGHT; y++)
    if (pixel_at (surface, x, y) != 0xFFFFFFFF)
      n++;
  return n;
}

static cairo_surface_t *
draw (GArray               *bins,
      const TautanTimeSpan *span,
      const TautanRgba      colors[4])
{
  g_autoptr(TautanRenderContext) context = tautan_render_context_new (FALSE);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH,
                                                         BARS_HEIGHT + AXIS_HEIGHT);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  tautan_render_histogram (cr, context, bins, span, colors, WIDTH, BARS_HEIGHT, AXIS_HEIGHT);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static void
test_round_trip (void)
{
  const double widths[] = { 1, 37, 100, 333.3, 1920 };
  TautanTimeSpan span = { tautan_day_from_ymd (2019, 3, 7), tautan_day_from_ymd (2025, 2, 11) };

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      double px_per_day = widths[w] / (span.to - span.from + 1);

      g_assert_cmpfloat (tautan_render_histogram_day_to_x (&span, widths[w], span.from), ==, 0);
      g_assert_cmpfloat_with_epsilon (tautan_render_histogram_day_to_x (&span, widths[w], span.to + 1),
                                      widths[w], 1e-9);

      for (TautanDay day = span.from; day <= span.to; day++)
        {
          double x = tautan_render_histogram_day_to_x (&span, widths[w], day);

          g_assert_cmpint (tautan_render_histogram_x_to_day (&span, widths[w], x), ==, day);
          g_assert_cmpint (tautan_render_histogram_x_to_day (&span, widths[w], x + px_per_day * 0.5), ==, day);
          g_assert_cmpint (tautan_render_histogram_x_to_day (&span, widths[w], x + px_per_day * 0.999), ==, day);
        }
    }

  /* Outside the width, days continue on both sides: drags measure offsets. */
  g_assert_cmpint (tautan_render_histogram_x_to_day (&span, 100, -1000), <, span.from);
  g_assert_cmpint (tautan_render_histogram_x_to_day (&span, 100, 1000), >, span.to);
}

static void
test_bars (void)
{
  g_autoptr(GArray) bins = g_array_new (FALSE, TRUE, sizeof (TautanBin));
  TautanTimeSpan span = { 1000, 1099 };
  cairo_surface_t *surface;

  /* Ten bins of ten days, 10 px each: the tallest (bin 3) is 8 events of
   * verbal cooperation; bin 5 has 2 of material cooperation under 2 of
   * material conflict, half as tall. */
  for (guint i = 0; i < 10; i++)
    {
      TautanBin bin = { span.from + 10 * i, span.from + 10 * i + 9, { 0 } };

      if (i == 3)
        bin.counts[TAUTAN_QUAD_VERBAL_COOPERATION] = 8;
      if (i == 5)
        {
          bin.counts[TAUTAN_QUAD_MATERIAL_COOPERATION] = 2;
          bin.counts[TAUTAN_QUAD_MATERIAL_CONFLICT] = 2;
        }
      g_array_append_val (bins, bin);
    }

  surface = draw (bins, &span, quad_colors);

  /* The tallest bin fills the bars' height. */
  g_assert_cmphex (pixel_at (surface, 35, BARS_HEIGHT - 1), ==, argb (&quad_colors[0]));
  g_assert_cmphex (pixel_at (surface, 35, 0), ==, argb (&quad_colors[0]));
  g_assert_cmpint (colored_height (surface, 35), ==, BARS_HEIGHT);

  /* Half as tall: bar colour at the bottom, background at the top, the
   * stack in QuadClass order from the bottom. */
  g_assert_cmphex (pixel_at (surface, 55, BARS_HEIGHT - 1), ==, argb (&quad_colors[1]));
  g_assert_cmphex (pixel_at (surface, 55, 0), ==, 0xFFFFFFFF);
  g_assert_cmphex (pixel_at (surface, 55, BARS_HEIGHT / 2 + 1), ==, argb (&quad_colors[3]));
  g_assert_cmpint (colored_height (surface, 55), ==, BARS_HEIGHT / 2);
  g_assert_cmphex (pixel_at (surface, 55, BARS_HEIGHT / 2 - 1), ==, 0xFFFFFFFF);

  /* Empty bins draw nothing. */
  g_assert_cmpint (colored_height (surface, 15), ==, 0);
  g_assert_cmpint (colored_height (surface, 95), ==, 0);

  cairo_surface_destroy (surface);
}

static void
test_empty (void)
{
  g_autoptr(GArray) bins = g_array_new (FALSE, TRUE, sizeof (TautanBin));
  TautanTimeSpan span = { 1000, 1099 };
  TautanBin bin = { 1000, 1099, { 0 } };
  cairo_surface_t *surface;

  /* All-zero bins: no division by zero, no bars. */
  g_array_append_val (bins, bin);
  surface = draw (bins, &span, quad_colors);
  for (int x = 0; x < WIDTH; x++)
    g_assert_cmpint (colored_height (surface, x), ==, 0);
  cairo_surface_destroy (surface);
}

static void
test_subpixel_bins (void)
{
  g_autoptr(GArray) bins = g_array_new (FALSE, TRUE, sizeof (TautanBin));
  TautanTimeSpan span = { 0, 999 };
  /* Half-transparent black: a column painted twice would be darker. */
  const TautanRgba translucent[4] = {
    { 0, 0, 0, 0.5 }, { 0, 0, 0, 0.5 }, { 0, 0, 0, 0.5 }, { 0, 0, 0, 0.5 },
  };
  cairo_surface_t *surface;
  guint32 once;

  /* A thousand one-day bins in 100 px: ten to a column. One in ten has
   * weight 5, the rest 1, and day 503 has 20. */
  for (TautanDay day = span.from; day <= span.to; day++)
    {
      TautanBin bin = { day, day, { 0 } };

      bin.counts[TAUTAN_QUAD_VERBAL_CONFLICT] = day == 503 ? 20 : day % 10 == 7 ? 5 : 1;
      g_array_append_val (bins, bin);
    }

  surface = draw (bins, &span, translucent);

  /* Each column shows its tallest bin, not the sum and not the last. */
  g_assert_cmpint (colored_height (surface, 50), ==, BARS_HEIGHT);
  g_assert_cmpint (colored_height (surface, 20), ==, (int)round (5.0 / 20 * BARS_HEIGHT));
  g_assert_cmpint (colored_height (surface, 80), ==, (int)round (5.0 / 20 * BARS_HEIGHT));

  /* ...painted once: every bar pixel has the colour of one layer. */
  once = pixel_at (surface, 50, BARS_HEIGHT - 1);
  g_assert_cmpint ((once >> 16) & 0xFF, >=, 126);
  g_assert_cmpint ((once >> 16) & 0xFF, <=, 129);
  for (int x = 0; x < WIDTH; x++)
    {
      g_assert_cmphex (pixel_at (surface, x, BARS_HEIGHT - 1), ==, once);
      g_assert_cmphex (pixel_at (surface, x, BARS_HEIGHT - 2), ==, once);
    }

  cairo_surface_destroy (surface);
}

static void
test_clipped_bins (void)
{
  g_autoptr(GArray) bins = g_array_new (FALSE, TRUE, sizeof (TautanBin));
  TautanTimeSpan span = { 1005, 1104 };
  cairo_surface_t *surface;

  /* Calendar bins overhang the span at both ends: drawn only inside. */
  for (guint i = 0; i < 11; i++)
    {
      TautanBin bin = { 1000 + 10 * i, 1009 + 10 * i, { 1, 0, 0, 0 } };

      g_array_append_val (bins, bin);
    }

  surface = draw (bins, &span, quad_colors);
  g_assert_cmpint (colored_height (surface, 0), ==, BARS_HEIGHT);
  g_assert_cmpint (colored_height (surface, WIDTH - 2), ==, BARS_HEIGHT);
  cairo_surface_destroy (surface);
}

static void
test_labels (void)
{
  g_autoptr(TautanRenderContext) context = tautan_render_context_new (FALSE);
  g_autoptr(PangoLayout) layout = tautan_render_context_create_layout (context);
  const double widths[] = { 40, 120, 300, 800, 1920, 4000 };
  const int years[] = { 0, 0, 0, 1, 6, 80, 3000 };
  const int days[] = { 1, 9, 70, 40, 10, 3, 0 };

  for (guint s = 0; s < G_N_ELEMENTS (years); s++)
    for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
      {
        TautanDay from = tautan_day_from_ymd (2019 - years[s] / 2, 3, 7);
        TautanTimeSpan span = { from, from + (TautanDay)(years[s] * 365.25) + days[s] - 1 };
        g_autoptr(GArray) labels = _tautan_render_histogram_labels (layout, &span, widths[w]);
        double right = -1;

        if (widths[w] >= 300 && span.to - span.from >= 60)
          g_assert_cmpuint (labels->len, >=, 2);

        for (guint i = 0; i < labels->len; i++)
          {
            const TautanHistogramLabel *label = &g_array_index (labels, TautanHistogramLabel, i);
            int pw, ph;

            pango_layout_set_text (layout, label->text, -1);
            pango_layout_get_pixel_size (layout, &pw, &ph);

            g_assert_cmpfloat (label->width, ==, pw);
            g_assert_cmpint (label->day, >=, span.from);
            g_assert_cmpint (label->day, <=, span.to);
            g_assert_cmpfloat_with_epsilon (label->tick_x,
                                            tautan_render_histogram_day_to_x (&span, widths[w], label->day),
                                            1e-9);
            g_assert_cmpfloat (label->x, >=, label->tick_x);
            g_assert_cmpfloat (label->x + label->width, <=, widths[w]);
            /* No overlap, with a gap. */
            g_assert_cmpfloat (label->x, >, right);
            right = label->x + label->width;
          }
      }
}

static void
test_label_intervals (void)
{
  g_autoptr(TautanRenderContext) context = tautan_render_context_new (FALSE);
  g_autoptr(PangoLayout) layout = tautan_render_context_create_layout (context);
  TautanTimeSpan two_weeks = { tautan_day_from_ymd (2024, 6, 3), tautan_day_from_ymd (2024, 6, 16) };
  TautanTimeSpan one_year = { tautan_day_from_ymd (2023, 6, 12), tautan_day_from_ymd (2024, 6, 19) };
  TautanTimeSpan decade = { tautan_day_from_ymd (2015, 1, 1), tautan_day_from_ymd (2024, 12, 31) };
  g_autoptr(GArray) days = _tautan_render_histogram_labels (layout, &two_weeks, 1000);
  g_autoptr(GArray) months = _tautan_render_histogram_labels (layout, &one_year, 1000);
  g_autoptr(GArray) quarters = _tautan_render_histogram_labels (layout, &one_year, 300);
  g_autoptr(GArray) years = _tautan_render_histogram_labels (layout, &decade, 600);
  int y, m, d;

  /* 70 px a day: every day, the first with its year if it fits. */
  g_assert_cmpuint (days->len, ==, 14);
  g_assert_true (g_str_has_prefix (g_array_index (days, TautanHistogramLabel, 0).text, "3 Jun"));
  g_assert_cmpstr (g_array_index (days, TautanHistogramLabel, 1).text, ==, "4 Jun");

  /* 2.7 px a day: months; January says the year. */
  g_assert_cmpuint (months->len, ==, 12);
  g_assert_cmpstr (g_array_index (months, TautanHistogramLabel, 0).text, ==, "Jul 2023");
  g_assert_cmpstr (g_array_index (months, TautanHistogramLabel, 1).text, ==, "Aug");
  g_assert_cmpstr (g_array_index (months, TautanHistogramLabel, 6).text, ==, "2024");

  /* Narrower: quarters, on the first of Jan, Apr, Jul, Oct. */
  g_assert_cmpuint (quarters->len, >=, 3);
  for (guint i = 0; i < quarters->len; i++)
    {
      tautan_day_to_ymd (g_array_index (quarters, TautanHistogramLabel, i).day, &y, &m, &d);
      g_assert_cmpint (d, ==, 1);
      g_assert_cmpint ((m - 1) % 3, ==, 0);
    }

  /* A decade: years. */
  g_assert_cmpuint (years->len, >=, 5);
  for (guint i = 0; i < years->len; i++)
    {
      const TautanHistogramLabel *label = &g_array_index (years, TautanHistogramLabel, i);

      tautan_day_to_ymd (label->day, &y, &m, &d);
      g_assert_cmpint (m, ==, 1);
      g_assert_cmpint (d, ==, 1);
      g_assert_cmpint (strlen (label->text), ==, 4);
    }
}

/* Month names come from Tautan's own catalogue, in the interface's
 * language: Indonesian months with LANGUAGE=id, even in the C.UTF-8
 * locale, which has no Indonesian data at all. */
static void
test_label_locale (void)
{
  g_autoptr(TautanRenderContext) context = tautan_render_context_new (FALSE);
  g_autoptr(PangoLayout) layout = tautan_render_context_create_layout (context);
  TautanTimeSpan one_year = { tautan_day_from_ymd (2023, 6, 12), tautan_day_from_ymd (2024, 6, 19) };
  g_autofree char *old = g_strdup (g_getenv ("LANGUAGE"));
  g_autoptr(GArray) months = NULL;
  g_autoptr(GString) all = g_string_new (NULL);

  bindtextdomain (GETTEXT_PACKAGE, TAUTAN_BUILD_LOCALE_DIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_setenv ("LANGUAGE", "id", TRUE);
  /* Not "C", where glibc ignores LANGUAGE; setting it drops gettext's cache. */
  g_assert_nonnull (setlocale (LC_MESSAGES, "C.UTF-8"));
  months = _tautan_render_histogram_labels (layout, &one_year, 1000);
  if (old != NULL)
    g_setenv ("LANGUAGE", old, TRUE);
  else
    g_unsetenv ("LANGUAGE");
  setlocale (LC_MESSAGES, "C.UTF-8");

  for (guint i = 0; i < months->len; i++)
    g_string_append_printf (all, "%s|", g_array_index (months, TautanHistogramLabel, i).text);
  /* August is "Agu", December "Des"; no English name is left. */
  g_test_message ("labels: %s", all->str);
  g_assert_nonnull (strstr (all->str, "|Agu|"));
  g_assert_nonnull (strstr (all->str, "|Des|"));
  g_assert_null (strstr (all->str, "Aug"));
  g_assert_null (strstr (all->str, "Dec"));
}

static void
test_axis_drawn (void)
{
  g_autoptr(GArray) bins = g_array_new (FALSE, TRUE, sizeof (TautanBin));
  TautanTimeSpan span = { tautan_day_from_ymd (2015, 1, 1), tautan_day_from_ymd (2024, 12, 31) };
  cairo_surface_t *surface;
  int ink = 0;

  surface = draw (bins, &span, quad_colors);
  for (int y = BARS_HEIGHT + 1; y < BARS_HEIGHT + AXIS_HEIGHT; y++)
    for (int x = 0; x < WIDTH; x++)
      if (pixel_at (surface, x, y) != 0xFFFFFFFF)
        ink++;
  /* The labels' text is there, under the bars. */
  g_assert_cmpint (ink, >, 20);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/tautan/render-histogram/round-trip", test_round_trip);
  g_test_add_func ("/tautan/render-histogram/bars", test_bars);
  g_test_add_func ("/tautan/render-histogram/empty", test_empty);
  g_test_add_func ("/tautan/render-histogram/subpixel-bins", test_subpixel_bins);
  g_test_add_func ("/tautan/render-histogram/clipped-bins", test_clipped_bins);
  g_test_add_func ("/tautan/render-histogram/labels", test_labels);
  g_test_add_func ("/tautan/render-histogram/label-intervals", test_label_intervals);
  g_test_add_func ("/tautan/render-histogram/label-locale", test_label_locale);
  g_test_add_func ("/tautan/render-histogram/axis-drawn", test_axis_drawn);

  return g_test_run ();
}
