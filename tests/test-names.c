/* test-names.c: actors' names joined in one label keep to themselves
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A right-to-left name, or a stray right-to-left override (U+202E) in
 * one, used to reverse the arrow and the next name of "A → B" in the
 * side panel's event rows: each name is now set between U+2068 and
 * U+2069, so the bidi algorithm reorders it alone.
 */

#include "config.h"

#include <string.h>

#include "tautan/tautan-dataset.h"
#include "tautan/tautan-event-row.h"
#include "tautan/tautan-text.h"

#define FSI "\xe2\x81\xa8" /* U+2068 FIRST STRONG ISOLATE */
#define PDI "\xe2\x81\xa9" /* U+2069 POP DIRECTIONAL ISOLATE */

/* How deep in isolates @text is at @at. */
static int
isolate_depth (const char *text,
               const char *at)
{
  int depth = 0;

  for (const char *p = text; p < at; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x2068)
        depth++;
      else if (c == 0x2069)
        depth--;
    }
  return depth;
}

static void
test_isolate (void)
{
  g_autoptr(GString) huge = g_string_new (NULL);
  g_autofree char *plain = tautan_text_isolate ("Vladimir \u202ePutin", TAUTAN_TEXT_MAX_NAME);
  g_autofree char *none = tautan_text_isolate (NULL, TAUTAN_TEXT_MAX_NAME);
  g_autofree char *cut = NULL;

  g_assert_cmpstr (plain, ==, FSI "Vladimir \u202ePutin" PDI);
  g_assert_cmpstr (none, ==, FSI PDI);

  /* a 50,000-character name: cut first, then isolated */
  for (guint i = 0; i < 50000; i++)
    g_string_append (huge, "\u0630");
  cut = tautan_text_isolate (huge->str, TAUTAN_TEXT_MAX_NAME);
  g_assert_true (g_str_has_prefix (cut, FSI));
  g_assert_true (g_str_has_suffix (cut, "…" PDI));
  g_assert_cmpint (g_utf8_strlen (cut, -1), ==, TAUTAN_TEXT_MAX_NAME + 3);
}

static void
test_event_row (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "odd", "ds-bidi-override.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanDataset) dataset = tautan_dataset_load_file (file, FALSE, NULL, NULL, NULL, NULL, &error);
  gboolean seen_arrow = FALSE;

  g_assert_no_error (error);
  for (guint i = 0; i < tautan_dataset_get_n_events (dataset); i++)
    {
      g_autofree char *markup = tautan_event_row_markup (dataset, i);
      const char *arrow = strstr (markup, " → ");
      const char *putin = strstr (markup, "Vladimir \u202ePutin");
      const char *kim = strstr (markup, "كيم جونغ أون");

      /* both names are in every event, each within an isolate of its
       * own, and the arrow between them outside any */
      g_assert_nonnull (arrow);
      g_assert_nonnull (putin);
      g_assert_nonnull (kim);
      g_assert_cmpint (isolate_depth (markup, arrow), ==, 0);
      g_assert_true (putin - markup >= 3 && memcmp (putin - 3, FSI, 3) == 0);
      g_assert_cmpint (isolate_depth (markup, putin), ==, 1);
      g_assert_cmpint (isolate_depth (markup, kim), ==, 1);
      g_assert_cmpint (isolate_depth (markup, markup + strlen (markup)), ==, 0);
      seen_arrow = TRUE;
    }
  g_assert_true (seen_arrow);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/names/isolate", test_isolate);
  g_test_add_func ("/names/event-row", test_event_row);

  return g_test_run ();
}
