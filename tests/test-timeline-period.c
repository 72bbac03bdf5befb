/* test-timeline-period.c: exact periods on the timeline, in the real window
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Typing 2025-01-01 .. 2025-12-31 (and the "2025" preset) sets exactly
 * that span in the session; Shift+← then Shift+→ comes back; a handle
 * drag snaps to months when a pixel is more than ten days; the handles
 * never cover each other; Play at the end rewinds first. The fixture
 * runs from 1994 to 2026, so 2025 lies wholly inside the data.
 */

#include "config.h"

#include "tautan-test-home.h"
#include "tautan-test-window.h"

#include <adwaita.h>

#include "tautan/tautan-period-popover.h"
#include "tautan/tautan-timeline.h"

#include "app/tautan-window-private.h"
#include "widgets/tautan-timeline-private.h"

#define D(y, m, d) tautan_day_from_ymd ((y), (m), (d))

typedef struct
{
  TautanWindow        *window;
  TautanSession       *session;
  TautanTimeline      *timeline;
  TautanPeriodPopover *popover;
  TautanTimeSpan       data;
} Fixture;

static gboolean
is_null (gpointer data)
{
  return *(gpointer *)data == NULL;
}

static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  user_data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "period.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  f->window = tautan_window_new (ADW_APPLICATION (tautan_test_app ()));
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 800);
  gtk_window_present (GTK_WINDOW (f->window));
  tautan_window_open (f->window, file);
  tautan_test_wait_for (tautan_test_has_dataset, f->window);

  f->session = tautan_window_get_session (f->window);
  f->timeline = f->window->timeline;
  f->popover = TAUTAN_PERIOD_POPOVER (gtk_widget_get_template_child (GTK_WIDGET (f->timeline),
                                                                     TAUTAN_TYPE_TIMELINE,
                                                                     "period_popover"));
  f->data = tautan_dataset_get_span (tautan_session_get_dataset (f->session));
  g_assert_cmpint (f->data.from, ==, D (1994, 3, 10));
  g_assert_cmpint (f->data.to, ==, D (2026, 2, 20));
  /* Under Xvfb with no window manager an autohide popover's pointer grab
   * can fail on a window that never got the focus, and GTK closes the
   * popover at once; what is tested here is not the grab. */
  gtk_popover_set_autohide (GTK_POPOVER (f->popover), FALSE);
  /* The content replaces the welcome page: wait until the timeline shows. */
  tautan_test_wait_for (is_mapped, f->timeline);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->timeline));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  user_data)
{
  TautanWindow *window = f->window;

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *)&window);
  gtk_window_destroy (GTK_WINDOW (window));
  tautan_test_iterate ();
  tautan_test_wait_for (is_null, &window);
}

static void
assert_span (Fixture   *f,
             TautanDay  from,
             TautanDay  to)
{
  TautanTimeSpan span = tautan_session_get_span (f->session);
  TautanTimeSpan selection = tautan_timeline_get_selection (f->timeline);

  g_assert_cmpint (span.from, ==, from);
  g_assert_cmpint (span.to, ==, to);
  /* The timeline shows what the session holds. */
  g_assert_true (tautan_time_span_equal (&span, &selection));
}

static GtkEditable *
entry (Fixture    *f,
       const char *name)
{
  return GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (f->popover),
                                                      TAUTAN_TYPE_PERIOD_POPOVER, name));
}

/* Opens the popover and waits until it shows. */
static void
open_popover (Fixture *f)
{
  for (guint attempt = 0; attempt < 5 && !gtk_widget_get_visible (GTK_WIDGET (f->popover)); attempt++)
    {
      gint64 until = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->timeline), "timeline.period", NULL));
      while (!gtk_widget_get_visible (GTK_WIDGET (f->popover)) && g_get_monotonic_time () < until)
        g_main_context_iteration (NULL, FALSE);
      tautan_test_iterate ();
    }
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->popover)));
}

static void
test_parse (void)
{
  static const struct { const char *text; int y1, m1, d1, y2, m2, d2; } good[] = {
    { "2025-01-01", 2025, 1, 1, 2025, 1, 1 },
    { " 1 Jan 2025 ", 2025, 1, 1, 2025, 1, 1 },
    { "31 Januari 2025", 2025, 1, 31, 2025, 1, 31 },
    { "2025-02", 2025, 2, 1, 2025, 2, 28 },
    { "2024-2", 2024, 2, 1, 2024, 2, 29 },
    { "Feb 2024", 2024, 2, 1, 2024, 2, 29 },
    { "Q4 2025", 2025, 10, 1, 2025, 12, 31 },
    { "K2 2025", 2025, 4, 1, 2025, 6, 30 },
    { "2025", 2025, 1, 1, 2025, 12, 31 },
  };
  static const struct { const char *text; const char *reason; } bad[] = {
    { "", "Type a date" },
    { "2025-02-29", "28 days" },
    { "2025-13", "01 to 12" },
    { "yesterday", "is not a date" },
    { "2025-01-01 and more", "is not a date" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      TautanTimeSpan days;
      g_autofree char *reason = NULL;

      g_assert_true (tautan_period_parse (good[i].text, &days, &reason));
      g_assert_null (reason);
      g_assert_cmpint (days.from, ==, D (good[i].y1, good[i].m1, good[i].d1));
      g_assert_cmpint (days.to, ==, D (good[i].y2, good[i].m2, good[i].d2));
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      TautanTimeSpan days;
      g_autofree char *reason = NULL;

      g_assert_false (tautan_period_parse (bad[i].text, &days, &reason));
      g_assert_nonnull (strstr (reason, bad[i].reason));
    }
}

/* Typing the year's first and last day, then Enter. */
static void
test_typed (Fixture       *f,
            gconstpointer  user_data)
{
  GtkEditable *from = entry (f, "from_entry");
  GtkEditable *to = entry (f, "to_entry");
  TautanTimeSpan period;

  open_popover (f);
  /* It opens on what is shown. */
  assert_span (f, f->data.from, f->data.to);
  g_assert_cmpstr (gtk_editable_get_text (from), ==, "1994-03-10");
  g_assert_cmpstr (gtk_editable_get_text (to), ==, "2026-02-20");

  /* A day February does not have is marked, says why, and cannot apply. */
  gtk_editable_set_text (to, "2025-02-30");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (to), "error"));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (GTK_WIDGET (to)), "28 days"));
  g_assert_false (tautan_period_popover_get_period (f->popover, &period));
  g_signal_emit (to, g_signal_lookup ("activate", G_OBJECT_TYPE (to)), 0);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->popover)));
  assert_span (f, f->data.from, f->data.to);

  /* An end before the start is refused too. */
  gtk_editable_set_text (from, "2025-06-01");
  gtk_editable_set_text (to, "1 May 2025");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (to), "error"));
  g_assert_false (tautan_period_popover_get_period (f->popover, &period));

  gtk_editable_set_text (from, "2025-01-01");
  gtk_editable_set_text (to, "2025-12-31");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (from), "error"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (to), "error"));
  g_signal_emit (to, g_signal_lookup ("activate", G_OBJECT_TYPE (to)), 0);
  tautan_test_iterate ();
  assert_span (f, D (2025, 1, 1), D (2025, 12, 31));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f->popover)));

  /* A month typed as such is the whole month. */
  open_popover (f);
  g_assert_cmpstr (gtk_editable_get_text (from), ==, "2025-01-01");
  gtk_editable_set_text (from, "2024-02");
  gtk_editable_set_text (to, "Feb 2024");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->popover), "period.apply", NULL));
  tautan_test_iterate ();
  assert_span (f, D (2024, 2, 1), D (2024, 2, 29));

  /* In cumulative mode a period that starts later leaves the mode. */
  tautan_session_set_cumulative (f->session, TRUE);
  open_popover (f);
  gtk_editable_set_text (from, "2025-01-01");
  gtk_editable_set_text (to, "2025-12-31");
  g_signal_emit (from, g_signal_lookup ("activate", G_OBJECT_TYPE (from)), 0);
  tautan_test_iterate ();
  g_assert_false (tautan_session_get_cumulative (f->session));
  assert_span (f, D (2025, 1, 1), D (2025, 12, 31));
}

static void
test_presets (Fixture       *f,
              gconstpointer  user_data)
{
  GtkDropDown *years = GTK_DROP_DOWN (gtk_widget_get_template_child (GTK_WIDGET (f->popover),
                                                                     TAUTAN_TYPE_PERIOD_POPOVER,
                                                                     "year_dropdown"));
  GListModel *model = gtk_drop_down_get_model (years);
  guint n = g_list_model_get_n_items (model);
  guint position = GTK_INVALID_LIST_POSITION;
  const char *expected[] = { "1994", "2010", "2024", "2025", "2026" };

  open_popover (f);

  /* Only the years that hold an event. */
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      g_assert_cmpstr (gtk_string_object_get_string (item), ==, expected[i]);
      if (g_strcmp0 (expected[i], "2025") == 0)
        position = i;
    }

  gtk_drop_down_set_selected (years, position);
  tautan_test_iterate ();
  assert_span (f, D (2025, 1, 1), D (2025, 12, 31));

  /* Its quarters and months. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->popover), "period.quarter", "i", 2));
  assert_span (f, D (2025, 4, 1), D (2025, 6, 30));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->popover), "period.month", "i", 2));
  assert_span (f, D (2025, 2, 1), D (2025, 2, 28));

  /* The "2025" button gives the chosen year again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->popover), "period.year", NULL));
  assert_span (f, D (2025, 1, 1), D (2025, 12, 31));

  /* The last twelve months end with the last event. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->popover), "period.last-year", NULL));
  assert_span (f, D (2025, 2, 21), D (2026, 2, 20));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->popover), "period.all", NULL));
  assert_span (f, f->data.from, f->data.to);
}

static void
test_keys (Fixture       *f,
           gconstpointer  user_data)
{
  GtkWidget *timeline = GTK_WIDGET (f->timeline);
  TautanTimeSpan before = { D (2024, 3, 31), D (2025, 1, 30) };
  TautanTimeSpan moved;

  tautan_session_set_span (f->session, &before);
  assert_span (f, before.from, before.to);
  g_assert_cmpint (_tautan_timeline_get_unit (f->timeline), !=, TIMELINE_UNIT_DAY);

  /* Shift+← then Shift+→: the end moves by a unit and back, through a
   * shorter month. */
  g_assert_true (gtk_widget_activate_action (timeline, "timeline.resize", "i", -1));
  moved = tautan_session_get_span (f->session);
  g_assert_cmpint (moved.from, ==, before.from);
  g_assert_cmpint (moved.to, <, before.to);
  g_assert_true (gtk_widget_activate_action (timeline, "timeline.resize", "i", 1));
  assert_span (f, before.from, before.to);

  /* ← then → too. */
  g_assert_true (gtk_widget_activate_action (timeline, "timeline.move", "i", -1));
  moved = tautan_session_get_span (f->session);
  g_assert_cmpint (moved.from, <, before.from);
  g_assert_true (gtk_widget_activate_action (timeline, "timeline.move", "i", 1));
  assert_span (f, before.from, before.to);
}

static gboolean
bars_width_is (gpointer data)
{
  Fixture *f = data;
  graphene_rect_t area;
  int *target = g_object_get_data (G_OBJECT (f->window), "target-width");

  _tautan_timeline_get_bars_area (f->timeline, &area);
  return (int)area.size.width == *target;
}

static void
test_snap_months (Fixture       *f,
                  gconstpointer  user_data)
{
  GObject *gesture = gtk_widget_get_template_child (GTK_WIDGET (f->timeline), TAUTAN_TYPE_TIMELINE, "drag");
  graphene_rect_t area;
  int window_width, window_height;
  int target;
  double days_per_pixel;
  double y, x0, x1;
  TautanTimeSpan span = { D (2005, 3, 1), D (2015, 8, 31) };
  TautanTimeSpan result;

  /* Size the window so that a pixel of the bars is about 12 days. */
  _tautan_timeline_get_bars_area (f->timeline, &area);
  gtk_window_get_default_size (GTK_WINDOW (f->window), &window_width, &window_height);
  target = (int)((f->data.to - f->data.from + 1) / 12.0);
  g_object_set_data (G_OBJECT (f->window), "target-width", &target);
  gtk_window_set_default_size (GTK_WINDOW (f->window), window_width + target - (int)area.size.width,
                               window_height);
  tautan_test_wait_for (bars_width_is, f);

  _tautan_timeline_get_bars_area (f->timeline, &area);
  days_per_pixel = (f->data.to - f->data.from + 1) / area.size.width;
  g_assert_cmpfloat (days_per_pixel, >, 10);
  g_assert_cmpint (_tautan_timeline_get_unit (f->timeline), ==, TIMELINE_UNIT_MONTH);

  tautan_session_set_span (f->session, &span);
  y = area.origin.y + area.size.height / 2;

  /* The end handle dragged ~20 pixels (some 240 days) lands on the first
   * of a month: the window ends on a month's last day. */
  x0 = _tautan_timeline_time_to_x (f->timeline, span.to + 1);
  g_signal_emit (gesture, g_signal_lookup ("drag-begin", G_OBJECT_TYPE (gesture)), 0, x0 + 2, y);
  for (int i = 1; i <= 20; i++)
    g_signal_emit (gesture, g_signal_lookup ("drag-update", G_OBJECT_TYPE (gesture)), 0, (double)i + 0.3, 0.0);
  g_signal_emit (gesture, g_signal_lookup ("drag-end", G_OBJECT_TYPE (gesture)), 0, 20.3, 0.0);
  result = tautan_session_get_span (f->session);
  g_assert_cmpint (result.from, ==, span.from);
  g_assert_cmpint (result.to, >, span.to + 180);
  {
    int year, month, mday;

    tautan_day_to_ymd (result.to + 1, &year, &month, &mday);
    g_assert_cmpint (mday, ==, 1);
  }

  /* The start handle too: it lands on a month's first day. */
  tautan_session_set_span (f->session, &span);
  x1 = _tautan_timeline_time_to_x (f->timeline, span.from);
  g_signal_emit (gesture, g_signal_lookup ("drag-begin", G_OBJECT_TYPE (gesture)), 0, x1 - 2, y);
  g_signal_emit (gesture, g_signal_lookup ("drag-update", G_OBJECT_TYPE (gesture)), 0, -7.6, 0.0);
  g_signal_emit (gesture, g_signal_lookup ("drag-end", G_OBJECT_TYPE (gesture)), 0, -7.6, 0.0);
  result = tautan_session_get_span (f->session);
  g_assert_cmpint (result.to, ==, span.to);
  g_assert_cmpint (result.from, <, span.from - 60);
  {
    int year, month, mday;

    tautan_day_to_ymd (result.from, &year, &month, &mday);
    g_assert_cmpint (mday, ==, 1);
  }

  /* A one-day window on this narrow scale: the handles sit side by side. */
  span = (TautanTimeSpan) { D (2010, 6, 15), D (2010, 6, 15) };
  tautan_session_set_span (f->session, &span);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->timeline));
  _tautan_timeline_get_handle_xs (f->timeline, &x0, &x1);
  g_assert_cmpfloat (x1 - x0, >=, MIN_HANDLE_GAP);
  g_assert_cmpfloat (x0, <=, _tautan_timeline_time_to_x (f->timeline, span.from));
  g_assert_cmpfloat (x1, >=, _tautan_timeline_time_to_x (f->timeline, span.to + 1));
}

static void
test_play_rewinds (Fixture       *f,
                   gconstpointer  user_data)
{
  TautanTimeSpan last = { D (2025, 2, 21), f->data.to };

  tautan_session_set_span (f->session, &last);
  assert_span (f, last.from, last.to);

  /* At the end, Play starts again from the beginning, length kept. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.play", NULL));
  g_assert_true (tautan_timeline_get_playing (f->timeline));
  assert_span (f, f->data.from, f->data.from + (last.to - last.from));
  tautan_timeline_set_playing (f->timeline, FALSE);

  /* Cumulative: the end goes back to the start. */
  tautan_session_set_cumulative (f->session, TRUE);
  tautan_session_set_span (f->session, &f->data);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.play", NULL));
  assert_span (f, f->data.from, f->data.from);
  tautan_timeline_set_playing (f->timeline, FALSE);
}

/* The year list holds the years an event touches, read from the
 * histogram's sums: a range over three years lists all three, one over
 * New Year both years, one over thirty years each of them though it puts
 * little weight in any; the years between, after overlapping events of
 * two, six and seven days, are not listed. */
static void
test_years (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "period-years.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanDataset) dataset = NULL;
  TautanPeriodPopover *popover = g_object_new (TAUTAN_TYPE_PERIOD_POPOVER, NULL);
  GtkDropDown *years = GTK_DROP_DOWN (gtk_widget_get_template_child (GTK_WIDGET (popover),
                                                                     TAUTAN_TYPE_PERIOD_POPOVER,
                                                                     "year_dropdown"));
  GListModel *model = gtk_drop_down_get_model (years);
  g_autoptr(GString) listed = g_string_new (NULL);
  g_autoptr(GString) expected = g_string_new ("2000 2001 2002 2003 2009 2010");

  dataset = tautan_dataset_load_file (file, FALSE, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_object_ref_sink (popover);
  for (int y = 2015; y <= 2045; y++)
    g_string_append_printf (expected, " %d", y);

  tautan_period_popover_set_dataset (popover, dataset);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      g_string_append_printf (listed, "%s%s", i > 0 ? " " : "",
                              gtk_string_object_get_string (item));
    }
  g_assert_cmpstr (listed->str, ==, expected->str);
  /* The latest is chosen. */
  g_assert_cmpuint (gtk_drop_down_get_selected (years), ==, g_list_model_get_n_items (model) - 1);

  tautan_period_popover_set_dataset (popover, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_object_unref (popover);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  tautan_test_home_init ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/tautan/timeline-period/parse", test_parse);
  g_test_add_func ("/tautan/timeline-period/years", test_years);
  g_test_add ("/tautan/timeline-period/typed", Fixture, NULL, fixture_set_up, test_typed, fixture_tear_down);
  g_test_add ("/tautan/timeline-period/presets", Fixture, NULL, fixture_set_up, test_presets, fixture_tear_down);
  g_test_add ("/tautan/timeline-period/keys", Fixture, NULL, fixture_set_up, test_keys, fixture_tear_down);
  g_test_add ("/tautan/timeline-period/snap-months", Fixture, NULL, fixture_set_up, test_snap_months,
              fixture_tear_down);
  g_test_add ("/tautan/timeline-period/play-rewinds", Fixture, NULL, fixture_set_up, test_play_rewinds,
              fixture_tear_down);

  ret = g_test_run ();
  tautan_test_app_clear ();
  return ret;
}
