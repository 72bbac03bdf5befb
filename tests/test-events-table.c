/* test-events-table.c: the events table in the real window
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Who supports Russia, since when": type = support, target = Russia,
 * sorted by date, checked against the dataset's own tables; a row selects
 * its edge; the CSV export writes those rows.
 */

#include "config.h"

#include "tautan-test-home.h"
#include "tautan-test-window.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "tautan/tautan-date.h"
#include "tautan/tautan-events-table.h"

#include "app/tautan-window-private.h"

static TautanWindow *
new_window (void)
{
  TautanWindow *window = tautan_window_new (ADW_APPLICATION (tautan_test_app ()));

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static gboolean
is_null (gpointer data)
{
  return *(gpointer *)data == NULL;
}

static void
destroy_window (TautanWindow *window)
{
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *)&window);
  gtk_window_destroy (GTK_WINDOW (window));
  tautan_test_iterate ();
  tautan_test_wait_for (is_null, &window);
}

static gboolean
has_target (const TautanEvent *event,
            guint              entity)
{
  for (guint i = 0; i < event->n_targets; i++)
    if (event->targets[i] == entity)
      return TRUE;
  return FALSE;
}

static int
compare_by_date (gconstpointer a,
                 gconstpointer b,
                 gpointer      data)
{
  TautanEvent ea, eb;
  guint ia = *(const guint *) a, ib = *(const guint *) b;

  tautan_dataset_get_event (data, ia, &ea);
  tautan_dataset_get_event (data, ib, &eb);
  if (ea.start != eb.start)
    return ea.start < eb.start ? -1 : 1;
  if (ea.end != eb.end)
    return ea.end < eb.end ? -1 : 1;
  return (ia > ib) - (ia < ib);
}

/* Splits one CSV record of the export; fields here hold no line breaks. */
static char **
csv_fields (const char *line)
{
  g_autoptr(GPtrArray) fields = g_ptr_array_new ();
  GString *field = g_string_new (NULL);
  gboolean quoted = FALSE;

  for (const char *p = line; *p; p++)
    {
      if (quoted)
        {
          if (*p == '"' && p[1] == '"')
            g_string_append_c (field, *p++);
          else if (*p == '"')
            quoted = FALSE;
          else
            g_string_append_c (field, *p);
        }
      else if (*p == '"')
        quoted = TRUE;
      else if (*p == ',')
        {
          g_ptr_array_add (fields, g_string_free (field, FALSE));
          field = g_string_new (NULL);
        }
      else if (*p != '\r')
        g_string_append_c (field, *p);
    }
  g_ptr_array_add (fields, g_string_free (field, FALSE));
  g_ptr_array_add (fields, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&fields), FALSE);
}

/* An event's date as ISO 8601 writes it at its precision: a day, a
 * month, a year, or an interval of days. */
static char *
expected_date (const TautanEvent *event)
{
  int y, m, d, y2, m2, d2;

  tautan_day_to_ymd (event->start, &y, &m, &d);
  tautan_day_to_ymd (event->end, &y2, &m2, &d2);
  switch (event->precision)
    {
    case TAUTAN_PRECISION_DAY:
      return g_strdup_printf ("%04d-%02d-%02d", y, m, d);
    case TAUTAN_PRECISION_MONTH:
      return g_strdup_printf ("%04d-%02d", y, m);
    case TAUTAN_PRECISION_YEAR:
      return g_strdup_printf ("%04d", y);
    default:
      if (event->start == event->end)
        return g_strdup_printf ("%04d-%02d-%02d", y, m, d);
      return g_strdup_printf ("%04d-%02d-%02d/%04d-%02d-%02d", y, m, d, y2, m2, d2);
    }
}

static void
test_support_for_russia (void)
{
  TautanWindow *window = new_window ();
  TautanSession *session;
  TautanDataset *dataset;
  TautanSlice *slice;
  TautanEventsTable *table;
  TautanTimeSpan span;
  g_autoptr(GArray) expected = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) rows = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  guint russia, support, source, target;
  guint n_imprecise = 0;
  TautanEvent first;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", NULL));
  tautan_test_wait_for (tautan_test_has_dataset, window);
  session = tautan_window_get_session (window);
  dataset = tautan_session_get_dataset (session);

  /* Ctrl+T's action shows the table under the graph. */
  table = window->events_table;
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (table)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "explorer.toggle-events-table", NULL));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (table)));
  tautan_test_iterate ();

  /* The whole record, so the answer is not an accident of the default window. */
  span = tautan_dataset_get_span (dataset);
  tautan_session_set_span (session, &span);
  slice = tautan_session_get_slice (session);

  russia = tautan_dataset_lookup_entity (dataset, "russia");
  g_assert_cmpuint (russia, !=, TAUTAN_NONE);
  support = tautan_taxonomy_lookup (tautan_dataset_get_taxonomy (dataset), "support");
  g_assert_cmpint ((int) support, >=, 0);

  for (guint i = 0; i < tautan_dataset_get_n_events (dataset); i++)
    {
      TautanEvent event;

      tautan_dataset_get_event (dataset, i, &event);
      if (event.type == support && has_target (&event, russia) && tautan_slice_contains_event (slice, i))
        g_array_append_val (expected, i);
    }
  g_array_sort_with_data (expected, compare_by_date, dataset);
  g_assert_cmpuint (expected->len, >, 1);

  tautan_events_table_set_filter (table, support, TAUTAN_NONE, russia);
  tautan_events_table_sort_by (table, "date", GTK_SORT_ASCENDING);
  tautan_test_iterate ();
  rows = tautan_events_table_dup_rows (table);
  g_assert_cmpuint (rows->len, ==, expected->len);
  for (guint i = 0; i < rows->len; i++)
    g_assert_cmpuint (g_array_index (rows, guint, i), ==, g_array_index (expected, guint, i));

  /* Descending reverses it. */
  tautan_events_table_sort_by (table, "date", GTK_SORT_DESCENDING);
  g_clear_pointer (&rows, g_array_unref);
  rows = tautan_events_table_dup_rows (table);
  g_assert_cmpuint (g_array_index (rows, guint, 0), ==, g_array_index (expected, guint, expected->len - 1));
  tautan_events_table_sort_by (table, "date", GTK_SORT_ASCENDING);
  g_clear_pointer (&rows, g_array_unref);
  rows = tautan_events_table_dup_rows (table);

  /* The first row selects its edge: its actor → Russia. */
  tautan_session_clear_selection (session);
  tautan_events_table_select_row (table, 0);
  tautan_dataset_get_event (dataset, g_array_index (rows, guint, 0), &first);
  g_assert_true (tautan_session_get_selected_edge (session, &source, &target));
  g_assert_cmpuint (source, ==, first.actors[0]);
  g_assert_cmpuint (target, ==, russia);

  /* The CSV holds a header and those rows, in that order. */
  dir = g_dir_make_tmp ("tautan-events-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "events.csv", NULL);
  file = g_file_new_for_path (path);
  g_assert_true (tautan_events_table_write_csv (table, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, rows->len + 2);  /* and the empty tail */
  g_assert_cmpstr (lines[rows->len + 1], ==, "");
  {
    g_auto(GStrv) header = csv_fields (lines[0]);

    g_assert_cmpuint (g_strv_length (header), ==, 6);
    g_assert_cmpstr (header[0], ==, "Date");
  }
  for (guint i = 0; i < rows->len; i++)
    {
      g_auto(GStrv) fields = csv_fields (lines[i + 1]);
      TautanEvent event;
      g_autofree char *day = NULL;
      g_autofree char *quotes = NULL;

      tautan_dataset_get_event (dataset, g_array_index (rows, guint, i), &event);
      day = expected_date (&event);
      n_imprecise += event.precision != TAUTAN_PRECISION_DAY;
      quotes = g_strdup_printf ("%u", event.n_quotes);
      g_assert_cmpuint (g_strv_length (fields), ==, 6);
      g_assert_cmpstr (fields[0], ==, day);
      g_assert_cmpstr (fields[1], ==, tautan_taxonomy_get_event_type (tautan_dataset_get_taxonomy (dataset),
                                                                      support)->label);
      g_assert_nonnull (strstr (fields[2], " → "));
      g_assert_cmpstr (fields[5], ==, quotes);
    }
  /* Some of them known only to the month or as a range, which the CSV
   * must not pass off as days. */
  g_assert_cmpuint (n_imprecise, >, 0);
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);

  /* Selecting an edge elsewhere selects its first row here. */
  {
    TautanEvent last;
    guint last_index = g_array_index (rows, guint, rows->len - 1);

    tautan_dataset_get_event (dataset, last_index, &last);
    tautan_session_select_edge (session, last.actors[0], russia);
    tautan_test_iterate ();
    g_assert_true (tautan_session_get_selected_edge (session, &source, &target));
    g_assert_cmpuint (source, ==, last.actors[0]);
  }

  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  tautan_test_home_init ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/tautan/events-table/support-for-russia", test_support_for_russia);

  ret = g_test_run ();
  tautan_test_app_clear ();
  return ret;
}
