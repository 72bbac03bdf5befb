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

#include <gtk/gtk.h>

#include "tautan/tautan-dataset.h"
#include "tautan/tautan-event-row.h"
#include "tautan/tautan-events-table.h"
#include "tautan/tautan-session.h"
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

static TautanDataset *
load_bidi (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "odd", "ds-bidi-override.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  TautanDataset *dataset = tautan_dataset_load_file (file, FALSE, NULL, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  return dataset;
}

/* The "Actor → Target" labels of the table's rows under @widget. */
static void
collect_arrows (GtkWidget *widget,
                GPtrArray *texts)
{
  /* (not the column's title) */
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), " → ") != NULL &&
      !g_str_equal (gtk_label_get_text (GTK_LABEL (widget)), "Actor → Target"))
    g_ptr_array_add (texts, g_strdup (gtk_label_get_text (GTK_LABEL (widget))));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_arrows (child, texts);
}

static gboolean
tick_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* The events table's Actor → Target column, as the event rows: each name
 * in an isolate of its own, the arrow outside; its CSV keeps the names
 * as they are. */
static void
test_events_table (void)
{
  g_autoptr(TautanDataset) dataset = load_bidi ();
  g_autoptr(TautanSession) session = tautan_session_new (dataset);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *csv_path = g_build_filename (g_get_user_data_dir (), "events.csv", NULL);
  g_autoptr(GFile) csv_file = g_file_new_for_path (csv_path);
  g_autofree char *csv = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *table = tautan_events_table_new ();
  gint64 deadline;
  guint tick;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 600);
  gtk_window_set_child (GTK_WINDOW (window), table);
  tautan_events_table_set_session (TAUTAN_EVENTS_TABLE (table), session);
  gtk_window_present (GTK_WINDOW (window));
  /* until the rows are bound; the tick only wakes the loop up */
  tick = g_timeout_add (20, tick_cb, NULL);
  deadline = g_get_monotonic_time () + 120 * G_USEC_PER_SEC;
  while (texts->len == 0)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
      collect_arrows (table, texts);
    }
  g_source_remove (tick);
  for (guint i = 0; i < texts->len; i++)
    {
      const char *text = g_ptr_array_index (texts, i);
      const char *arrow = strstr (text, " → ");
      const char *putin = strstr (text, "Vladimir \u202ePutin");
      const char *kim = strstr (text, "كيم جونغ أون");

      g_test_message ("%s", text);
      g_assert_cmpint (isolate_depth (text, arrow), ==, 0);
      g_assert_true (putin != NULL || kim != NULL);
      if (putin != NULL)
        g_assert_cmpint (isolate_depth (text, putin), ==, 1);
      if (kim != NULL)
        g_assert_cmpint (isolate_depth (text, kim), ==, 1);
      g_assert_cmpint (isolate_depth (text, text + strlen (text)), ==, 0);
    }

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  g_assert_true (tautan_events_table_write_csv (TAUTAN_EVENTS_TABLE (table), csv_file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (csv_path, &csv, NULL, &error));
  g_assert_nonnull (strstr (csv, "Vladimir \u202ePutin"));
  g_assert_null (strstr (csv, FSI));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  gtk_init ();

  g_test_add_func ("/names/isolate", test_isolate);
  g_test_add_func ("/names/event-row", test_event_row);
  g_test_add_func ("/names/events-table", test_events_table);

  return g_test_run ();
}
