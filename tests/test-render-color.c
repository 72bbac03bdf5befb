/* test-render-color.c: the event palette reads on light and dark canvases
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tautan/tautan-render-color.h"
#include "tautan/tautan-taxonomy.h"

static void
test_contrast (void)
{
  TautanTaxonomy *taxonomy = tautan_taxonomy_get_default ();
  TautanRgba light = tautan_rgba_from_rgb (0xFAFAFA, 1);
  TautanRgba dark = tautan_rgba_from_rgb (0x242424, 1);
  TautanRgba white = tautan_rgba_from_rgb (0xFFFFFF, 1);
  TautanRgba black = tautan_rgba_from_rgb (0x000000, 1);

  g_assert_cmpfloat_with_epsilon (tautan_rgba_contrast (&white, &black), 21.0, 1e-6);

  /* Lines and marks need 2:1 against both canvas backgrounds. */
  for (guint i = 0; i < tautan_taxonomy_get_n_types (taxonomy); i++)
    {
      const TautanEventType *type = tautan_taxonomy_get_event_type (taxonomy, i);
      TautanRgba c = tautan_rgba_from_rgb (type->color, 1);

      if (tautan_rgba_contrast (&c, &light) < 2.0 || tautan_rgba_contrast (&c, &dark) < 2.0)
        g_error ("event type %s: #%06X has contrast %.2f on light, %.2f on dark", type->id, type->color,
                 tautan_rgba_contrast (&c, &light), tautan_rgba_contrast (&c, &dark));
    }
  for (guint q = 0; q < TAUTAN_N_QUAD_CLASSES; q++)
    {
      TautanRgba c = tautan_rgba_from_rgb (tautan_taxonomy_get_quad_class (taxonomy, q)->color, 1);

      g_assert_cmpfloat (tautan_rgba_contrast (&c, &light), >=, 2.0);
      g_assert_cmpfloat (tautan_rgba_contrast (&c, &dark), >=, 2.0);
    }
}

static void
test_set_source (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 4, 4);
  cairo_t *cr = cairo_create (surface);
  TautanRgba c = tautan_rgba_from_rgb (0x0072B2, 1);
  guint32 pixel;

  tautan_rgba_set_source (&c, cr);
  cairo_paint (cr);
  cairo_surface_flush (surface);
  pixel = *(guint32 *)cairo_image_surface_get_data (surface);
  g_assert_cmphex (pixel, ==, 0xFF0072B2);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/tautan/render-color/contrast", test_contrast);
  g_test_add_func ("/tautan/render-color/set-source", test_set_source);

  return g_test_run ();
}
