/* test-timeline.c: the range selector, driven as keys, drags and time would
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tautan-test-home.h"

#include <gtk/gtk.h>

#include "tautan/tautan-dataset.h"
#include "tautan/tautan-filter.h"
#include "tautan/tautan-render-histogram.h"
#include "tautan/tautan-text.h"
#include "tautan/tautan-timeline.h"

#include "widgets/tautan-timeline-private.h"

typedef struct
{
  GtkWindow      *window;
  TautanTimeline *timeline;
  TautanDataset  *dataset;
  TautanTimeSpan  span;
  guint           n_selection;
  guint           n_playing;
} Fixture;

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *counter)
{
  (*counter)++;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dataset = tautan_dataset_load_resource (RESOURCE_PREFIX "/datasets/korea-russia.json", &error);
  g_assert_no_error (error);
  f->span = tautan_dataset_get_span (f->dataset);
  g_assert_cmpint (f->span.to - f->span.from, >, 400);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 800, 180);
  f->timeline = TAUTAN_TIMELINE (tautan_timeline_new ());
  g_object_add_weak_pointer (G_OBJECT (f->timeline), (gpointer *)&f->timeline);
  gtk_window_set_child (f->window, GTK_WIDGET (f->timeline));
  tautan_test_allow_gtk_noise ();
  gtk_window_present (f->window);

  g_signal_connect (f->timeline, "notify::selection", G_CALLBACK (count_cb), &f->n_selection);
  g_signal_connect (f->timeline, "notify::playing", G_CALLBACK (count_cb), &f->n_playing);
  tautan_timeline_set_dataset (f->timeline, f->dataset);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->timeline));
  f->n_selection = 0;
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  /* The timeline is finalized with its window: nothing else holds it. */
  g_assert_null (f->timeline);
  g_assert_finalize_object (f->dataset);
}

static void
assert_selection (Fixture   *f,
                  TautanDay  from,
                  TautanDay  to)
{
  TautanTimeSpan selection = tautan_timeline_get_selection (f->timeline);

  g_assert_cmpint (selection.from, ==, from);
  g_assert_cmpint (selection.to, ==, to);
}

static void
select_days (Fixture   *f,
             TautanDay  from,
             TautanDay  to)
{
  tautan_timeline_set_selection (f->timeline, &(TautanTimeSpan) { from, to });
  assert_selection (f, from, to);
  f->n_selection = 0;
}

#define D(y, m, d) tautan_day_from_ymd ((y), (m), (d))

/* The events the bars stand for. */
static double
bars_total (Fixture *f)
{
  double total = 0;

  _tautan_timeline_ensure_bins (f->timeline);
  for (guint i = 0; i < f->timeline->bins->len; i++)
    for (guint q = 0; q < TAUTAN_N_QUAD_CLASSES; q++)
      total += g_array_index (f->timeline->bins, TautanBin, i).counts[q];
  return total;
}

static void
test_dataset (Fixture       *f,
              gconstpointer  data)
{
  GObject *label = gtk_widget_get_template_child (GTK_WIDGET (f->timeline), TAUTAN_TYPE_TIMELINE,
                                                  "range_label");
  g_autofree char *human = tautan_time_span_format_human (&f->span);
  GtkWidget *play_button = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (f->timeline),
                                                                      TAUTAN_TYPE_TIMELINE,
                                                                      "play_button"));
  TautanTimeSpan *boxed = NULL;

  /* A new dataset selects all of it. */
  g_assert_true (tautan_timeline_get_dataset (f->timeline) == f->dataset);
  assert_selection (f, f->span.from, f->span.to);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, human);
  g_assert_cmpuint (_tautan_timeline_get_n_bins (f->timeline), >, 10);

  g_object_get (f->timeline, "selection", &boxed, NULL);
  g_assert_cmpint (boxed->from, ==, f->span.from);
  g_assert_cmpint (boxed->to, ==, f->span.to);
  tautan_time_span_free (boxed);

  /* Setting what is there already says nothing. */
  tautan_timeline_set_selection (f->timeline, &f->span);
  g_assert_cmpuint (f->n_selection, ==, 0);

  /* Clamped to the data, at least one day. */
  tautan_timeline_set_selection (f->timeline, &(TautanTimeSpan) { f->span.from - 100, f->span.from + 9 });
  assert_selection (f, f->span.from, f->span.from + 9);
  g_assert_cmpuint (f->n_selection, ==, 1);
  tautan_timeline_set_selection (f->timeline, &(TautanTimeSpan) { f->span.from + 50, f->span.from + 20 });
  assert_selection (f, f->span.from + 50, f->span.from + 50);
  tautan_timeline_set_selection (f->timeline, &(TautanTimeSpan) { f->span.to + 10, f->span.to + 20 });
  assert_selection (f, f->span.to, f->span.to);

  /* Default speed: the whole span in 20 s. */
  g_assert_cmpfloat_with_epsilon (tautan_timeline_get_speed (f->timeline),
                                  (f->span.to - f->span.from + 1) / 20.0, 1e-9);

  /* Without data: no actions (the play button greys out), no playing. */
  g_assert_true (gtk_widget_get_sensitive (play_button));
  tautan_timeline_set_dataset (f->timeline, NULL);
  g_assert_false (gtk_widget_get_sensitive (play_button));
  tautan_timeline_set_playing (f->timeline, TRUE);
  g_assert_false (tautan_timeline_get_playing (f->timeline));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, "");

  tautan_timeline_set_dataset (f->timeline, f->dataset);
  assert_selection (f, f->span.from, f->span.to);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->timeline));

  /* With a filter the bars count only the events the canvas shows: here
   * every kind hidden leaves none; none hidden, every event again. */
  {
    TautanTypeMask none = { { 0 } };
    double all = bars_total (f);

    g_assert_cmpfloat_with_epsilon (all, tautan_dataset_get_n_events (f->dataset), 1e-6);
    tautan_timeline_set_filter (f->timeline, G_MAXUINT32, &none);
    g_assert_cmpfloat_with_epsilon (bars_total (f), 0, 1e-9);
    tautan_timeline_set_filter (f->timeline, 0, &none);
    g_assert_cmpfloat_with_epsilon (bars_total (f), all, 1e-6);
  }

  /* The composed filter too: the bars count the events that pass it, on
   * every zoom, and all again once it is cleared. */
  {
    static const char * const claimed[] = { "claimed", NULL };
    g_autoptr(TautanFilter) empty = tautan_filter_new ();
    g_autoptr(TautanFilter) filter = tautan_filter_with_values (empty, TAUTAN_FILTER_STATUS, claimed);
    g_autoptr(GArray) passing = tautan_filter_list_events (filter, f->dataset, NULL);
    double all = bars_total (f);

    g_assert_cmpuint (passing->len, >, 0);
    g_assert_cmpuint (passing->len, <, tautan_dataset_get_n_events (f->dataset));
    tautan_timeline_set_event_filter (f->timeline, filter);
    g_assert_cmpfloat_with_epsilon (bars_total (f), passing->len, 1e-6);
    gtk_widget_set_size_request (GTK_WIDGET (f->timeline), 300, -1);
    gtk_window_set_default_size (f->window, 300, 180);
    gtk_test_widget_wait_for_draw (GTK_WIDGET (f->timeline));
    g_assert_cmpfloat_with_epsilon (bars_total (f), passing->len, 1e-6);
    tautan_timeline_set_event_filter (f->timeline, empty);
    g_assert_cmpfloat_with_epsilon (bars_total (f), all, 1e-6);
  }
}

static void
test_actions (Fixture       *f,
              gconstpointer  data)
{
  GtkWidget *widget = GTK_WIDGET (f->timeline);
  GObject *label = gtk_widget_get_template_child (widget, TAUTAN_TYPE_TIMELINE, "range_label");
  TautanDay from = D (2021, 3, 31);
  TautanDay to = D (2021, 6, 29);
  g_autofree char *human = NULL;

  /* 800 px for six years: a pixel is a few days, so keys step by months. */
  g_assert_cmpint (f->span.from, <, D (2020, 1, 1));
  g_assert_cmpint (f->span.to, >, D (2023, 1, 1));
  g_assert_cmpint (_tautan_timeline_get_unit (f->timeline), ==, TIMELINE_UNIT_MONTH);
  select_days (f, from, to);

  /* A month on: 31 Mar becomes 30 Apr (April is shorter), the end of the
   * window (30 Jun, the day after it) 30 Jul. */
  g_assert_true (gtk_widget_activate_action (widget, "timeline.move", "i", 1));
  assert_selection (f, D (2021, 4, 30), D (2021, 7, 29));
  g_assert_cmpuint (f->n_selection, ==, 1);
  human = tautan_time_span_format_human (&(TautanTimeSpan) { D (2021, 4, 30), D (2021, 7, 29) });
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, human);

  /* Steps remember the 31st they started from. */
  g_assert_true (gtk_widget_activate_action (widget, "timeline.move", "i", -3));
  assert_selection (f, D (2021, 1, 31), D (2021, 4, 29));
  g_assert_cmpuint (f->n_selection, ==, 2);
  gtk_widget_activate_action (widget, "timeline.move", "i", 2);
  assert_selection (f, from, to);

  /* Resize moves the end, and Shift+← then Shift+→ comes back exactly. */
  to = D (2022, 1, 30);
  select_days (f, from, to);
  gtk_widget_activate_action (widget, "timeline.resize", "i", -2);
  assert_selection (f, from, D (2021, 11, 29));
  gtk_widget_activate_action (widget, "timeline.resize", "i", 1);
  assert_selection (f, from, D (2021, 12, 30));
  gtk_widget_activate_action (widget, "timeline.resize", "i", 1);
  assert_selection (f, from, to);
  g_assert_cmpuint (f->n_selection, ==, 3);

  /* Never shorter than a day. */
  gtk_widget_activate_action (widget, "timeline.resize", "i", -1000);
  assert_selection (f, from, from);

  /* Home and End keep the length and stop at the data. */
  from = f->span.from + 1000;
  to = from + 99;
  select_days (f, from, to);
  gtk_widget_activate_action (widget, "timeline.end", NULL);
  assert_selection (f, f->span.to - 99, f->span.to);
  g_assert_cmpuint (f->n_selection, ==, 1);
  gtk_widget_activate_action (widget, "timeline.move", "i", 1);
  assert_selection (f, f->span.to - 99, f->span.to);
  g_assert_cmpuint (f->n_selection, ==, 1);
  gtk_widget_activate_action (widget, "timeline.resize", "i", 1);
  assert_selection (f, f->span.to - 99, f->span.to);
  gtk_widget_activate_action (widget, "timeline.home", NULL);
  assert_selection (f, f->span.from, f->span.from + 99);
  gtk_widget_activate_action (widget, "timeline.move", "i", -1);
  assert_selection (f, f->span.from, f->span.from + 99);
  g_assert_cmpuint (f->n_selection, ==, 2);

  /* The play action toggles the property. */
  gtk_widget_activate_action (widget, "timeline.play", NULL);
  g_assert_true (tautan_timeline_get_playing (f->timeline));
  gtk_widget_activate_action (widget, "timeline.play", NULL);
  g_assert_false (tautan_timeline_get_playing (f->timeline));
  g_assert_cmpuint (f->n_playing, ==, 2);
}

static void
test_cumulative (Fixture       *f,
                 gconstpointer  data)
{
  GtkWidget *widget = GTK_WIDGET (f->timeline);
  TautanDay to = D (2020, 2, 28);

  select_days (f, f->span.from + 200, to);

  tautan_timeline_set_cumulative (f->timeline, TRUE);
  g_assert_true (tautan_timeline_get_cumulative (f->timeline));
  assert_selection (f, f->span.from, to);
  g_assert_cmpuint (f->n_selection, ==, 1);

  /* The start stays pinned whatever moves. */
  gtk_widget_activate_action (widget, "timeline.move", "i", 1);
  assert_selection (f, f->span.from, D (2020, 3, 28));
  gtk_widget_activate_action (widget, "timeline.move", "i", -2);
  assert_selection (f, f->span.from, D (2020, 1, 28));
  tautan_timeline_set_selection (f->timeline, &(TautanTimeSpan) { f->span.from + 30, f->span.from + 300 });
  assert_selection (f, f->span.from, f->span.from + 300);
  gtk_widget_activate_action (widget, "timeline.end", NULL);
  assert_selection (f, f->span.from, f->span.to);
  gtk_widget_activate_action (widget, "timeline.home", NULL);
  assert_selection (f, f->span.from, f->span.from);

  /* The property action flips it back; the window keeps its days. */
  select_days (f, f->span.from, to);
  gtk_widget_activate_action (widget, "timeline.cumulative", NULL);
  g_assert_false (tautan_timeline_get_cumulative (f->timeline));
  assert_selection (f, f->span.from, to);
  g_assert_cmpuint (f->n_selection, ==, 0);
}

static gboolean
moved_past (Fixture   *f,
            TautanDay  from,
            TautanDay  to)
{
  TautanTimeSpan selection = tautan_timeline_get_selection (f->timeline);

  return selection.from > from || selection.to > to || !tautan_timeline_get_playing (f->timeline);
}

static void
iterate_until_stopped (Fixture *f)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  /* A deadline only so a broken tick fails instead of hanging. */
  while (tautan_timeline_get_playing (f->timeline))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
}

static void
test_play (Fixture       *f,
           gconstpointer  data)
{
  gint64 days = (gint64)f->span.to - f->span.from + 1;
  TautanDay from = f->span.from;
  TautanDay to = f->span.from + 29;
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  TautanTimeSpan selection;

  /* Through the data in about a second. */
  tautan_timeline_set_speed (f->timeline, days);
  g_assert_cmpfloat (tautan_timeline_get_speed (f->timeline), ==, days);
  select_days (f, from, to);

  tautan_timeline_set_playing (f->timeline, TRUE);
  g_assert_true (tautan_timeline_get_playing (f->timeline));
  g_assert_cmpuint (f->n_playing, ==, 1);

  while (!moved_past (f, from, to))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }

  /* Sliding: the whole window moved forward, its length kept. */
  selection = tautan_timeline_get_selection (f->timeline);
  g_assert_cmpint (selection.from, >, from);
  g_assert_cmpint (selection.to - selection.from, ==, 29);
  g_assert_cmpuint (f->n_selection, >=, 1);

  /* It stops by itself at the end of the data. */
  iterate_until_stopped (f);
  assert_selection (f, f->span.to - 29, f->span.to);
  g_assert_cmpuint (f->n_playing, ==, 2);

  /* Playing from the end starts over; cumulative moves only the end. */
  tautan_timeline_set_cumulative (f->timeline, TRUE);
  assert_selection (f, f->span.from, f->span.to);
  tautan_timeline_set_playing (f->timeline, TRUE);
  selection = tautan_timeline_get_selection (f->timeline);
  g_assert_cmpint (selection.from, ==, f->span.from);
  g_assert_cmpint (selection.to, <, f->span.to);
  iterate_until_stopped (f);
  assert_selection (f, f->span.from, f->span.to);

  /* A stop in the middle stays there. */
  select_days (f, f->span.from, f->span.from + 10);
  tautan_timeline_set_speed (f->timeline, 0);
  tautan_timeline_set_playing (f->timeline, TRUE);
  tautan_timeline_set_playing (f->timeline, FALSE);
  g_main_context_iteration (NULL, FALSE);
  assert_selection (f, f->span.from, f->span.from + 10);
}

static double
x_of (Fixture   *f,
      TautanDay  day)
{
  graphene_rect_t area;

  _tautan_timeline_get_bars_area (f->timeline, &area);
  return area.origin.x + tautan_render_histogram_day_to_x (&f->span, area.size.width, day);
}

/* The middle of @day's column. */
static double
mid_x (Fixture   *f,
       TautanDay  day)
{
  return (x_of (f, day) + x_of (f, day + 1)) / 2;
}

static double
bars_y (Fixture *f)
{
  graphene_rect_t area;

  _tautan_timeline_get_bars_area (f->timeline, &area);
  g_assert_cmpfloat (area.size.height, >, 10);
  return area.origin.y + area.size.height / 2;
}

static void
drag (Fixture *f,
      double   x,
      double   y,
      double   dx)
{
  GObject *gesture = gtk_widget_get_template_child (GTK_WIDGET (f->timeline), TAUTAN_TYPE_TIMELINE, "drag");

  g_signal_emit (gesture, g_signal_lookup ("drag-begin", G_OBJECT_TYPE (gesture)), 0, x, y);
  g_signal_emit (gesture, g_signal_lookup ("drag-update", G_OBJECT_TYPE (gesture)), 0, dx / 2, 0.0);
  g_signal_emit (gesture, g_signal_lookup ("drag-update", G_OBJECT_TYPE (gesture)), 0, dx, 0.0);
  g_signal_emit (gesture, g_signal_lookup ("drag-end", G_OBJECT_TYPE (gesture)), 0, dx, 0.0);
}

static void
test_drag (Fixture       *f,
           gconstpointer  data)
{
  GObject *gesture = gtk_widget_get_template_child (GTK_WIDGET (f->timeline), TAUTAN_TYPE_TIMELINE, "drag");
  TautanDay from = D (2021, 3, 1);
  TautanDay to = D (2021, 5, 31);
  double y = bars_y (f);

  g_assert_true (GTK_IS_GESTURE_DRAG (gesture));
  /* 800 px for six years: a pixel is a few days, handles snap to months. */
  g_assert_cmpint (_tautan_timeline_get_unit (f->timeline), ==, TIMELINE_UNIT_MONTH);
  g_assert_cmpfloat (x_of (f, to + 1) - x_of (f, from), >, 3 * TAUTAN_TIMELINE_HANDLE_SLOP);

  /* The body moves the window by whole months under the pointer's travel. */
  select_days (f, from, to);
  drag (f, x_of (f, from + 50), y, x_of (f, D (2021, 5, 3)) - x_of (f, from));
  assert_selection (f, D (2021, 5, 1), D (2021, 7, 31));

  /* The start handle, grabbed a few pixels off, lands on a month. */
  select_days (f, from, to);
  drag (f, x_of (f, from) - 4, y, x_of (f, D (2020, 12, 29)) - x_of (f, from));
  assert_selection (f, D (2021, 1, 1), to);

  /* The end handle (the end of the last day). */
  select_days (f, from, to);
  drag (f, x_of (f, to + 1) + 3, y, x_of (f, D (2021, 8, 3)) - x_of (f, to + 1));
  assert_selection (f, from, D (2021, 7, 31));

  /* A handle dragged past the other keeps a day. */
  select_days (f, from, to);
  drag (f, x_of (f, from), y, x_of (f, to + 200) - x_of (f, from));
  assert_selection (f, to, to);

  /* The body stops at the data's end, keeping its length. */
  select_days (f, from, to);
  drag (f, x_of (f, from + 50), y, 10000);
  assert_selection (f, f->span.to - (to - from), f->span.to);

  /* Offsets are from where the drag began: there and back is a no-op. */
  select_days (f, from, to);
  g_signal_emit (gesture, g_signal_lookup ("drag-begin", G_OBJECT_TYPE (gesture)), 0, x_of (f, from + 50), y);
  for (int i = 1; i <= 37; i++)
    g_signal_emit (gesture, g_signal_lookup ("drag-update", G_OBJECT_TYPE (gesture)), 0, 0.37 * i, 0.0);
  g_signal_emit (gesture, g_signal_lookup ("drag-update", G_OBJECT_TYPE (gesture)), 0, 0.0, 0.0);
  g_signal_emit (gesture, g_signal_lookup ("drag-end", G_OBJECT_TYPE (gesture)), 0, 0.0, 0.0);
  assert_selection (f, from, to);

  /* A press beside the window centres it there, by whole months: three
   * months around 22 Oct 2022. */
  select_days (f, from, to);
  drag (f, mid_x (f, D (2022, 10, 22)), y, 0);
  assert_selection (f, D (2022, 9, 1), D (2022, 11, 30));

  /* Grabbing the window pauses playback. */
  select_days (f, from, to);
  tautan_timeline_set_playing (f->timeline, TRUE);
  drag (f, x_of (f, from + 50), y, x_of (f, D (2021, 4, 1)) - x_of (f, from));
  g_assert_false (tautan_timeline_get_playing (f->timeline));
  assert_selection (f, D (2021, 4, 1), D (2021, 6, 30));

  /* A press above the bars is no drag. */
  select_days (f, from, to);
  drag (f, x_of (f, from + 50), 1, 100);
  assert_selection (f, from, to);
  g_assert_cmpuint (f->n_selection, ==, 0);

  /* Cumulative: a press sets the end and drags it; the start stays. */
  tautan_timeline_set_cumulative (f->timeline, TRUE);
  select_days (f, f->span.from, to);
  drag (f, mid_x (f, D (2022, 6, 3)), y, x_of (f, D (2022, 8, 3)) - x_of (f, D (2022, 6, 3)));
  assert_selection (f, f->span.from, D (2022, 7, 31));
  drag (f, mid_x (f, D (2022, 6, 3)), y, 0);
  assert_selection (f, f->span.from, D (2022, 5, 31));
}

/* A dataset whose events name no day: no ten thousand years of bars, no
 * window to move, and the labels say the dates are unknown. */
static void
test_undated (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "undated.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(TautanDataset) undated = tautan_dataset_load_file (file, FALSE, NULL, NULL, NULL, NULL, &error);
  GtkWidget *widget = GTK_WIDGET (f->timeline);
  GObject *range = gtk_widget_get_template_child (widget, TAUTAN_TYPE_TIMELINE, "range_label");
  GObject *duration = gtk_widget_get_template_child (widget, TAUTAN_TYPE_TIMELINE, "duration_label");
  GtkWidget *play_button = GTK_WIDGET (gtk_widget_get_template_child (widget, TAUTAN_TYPE_TIMELINE,
                                                                      "play_button"));
  TautanTimeSpan span;
  g_autofree char *all = NULL, *after = NULL, *before = NULL, *days = NULL;

  g_assert_no_error (error);
  span = tautan_dataset_get_span (undated);
  g_assert_cmpint (span.from, ==, TAUTAN_DAY_MIN);
  g_assert_cmpint (span.to, ==, TAUTAN_DAY_MAX);

  tautan_timeline_set_dataset (f->timeline, undated);
  gtk_test_widget_wait_for_draw (widget);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (range)), ==, "Dates unknown");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (duration)), ==, "no event names a day");
  g_assert_false (gtk_widget_get_sensitive (play_button));
  f->n_selection = 0;
  gtk_widget_activate_action (widget, "timeline.move", "i", 1);
  gtk_widget_activate_action (widget, "timeline.resize", "i", -1);
  assert_selection (f, TAUTAN_DAY_MIN, TAUTAN_DAY_MAX);
  g_assert_cmpuint (f->n_selection, ==, 0);
  tautan_timeline_set_playing (f->timeline, TRUE);
  g_assert_false (tautan_timeline_get_playing (f->timeline));

  /* A drag over the bars is no drag: the window stays all of it. */
  drag (f, 400, bars_y (f), 100);
  assert_selection (f, TAUTAN_DAY_MIN, TAUTAN_DAY_MAX);
  g_assert_cmpuint (f->n_selection, ==, 0);

  /* Back to dated data: labels, actions and drags as before. */
  tautan_timeline_set_dataset (f->timeline, f->dataset);
  gtk_test_widget_wait_for_draw (widget);
  g_assert_true (gtk_widget_get_sensitive (play_button));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (duration)), !=, "no event names a day");
  assert_selection (f, f->span.from, f->span.to);

  /* Open ends read as words wherever a window is written. */
  all = tautan_text_format_span (&span);
  after = tautan_text_format_span (&(TautanTimeSpan) { D (2024, 6, 1), TAUTAN_DAY_MAX });
  before = tautan_text_format_span (&(TautanTimeSpan) { TAUTAN_DAY_MIN, D (2024, 6, 19) });
  days = tautan_text_format_span (&(TautanTimeSpan) { D (2024, 6, 1), D (2024, 6, 19) });
  g_assert_cmpstr (all, ==, "Dates unknown");
  g_assert_cmpstr (after, ==, "From 1 Jun 2024");
  g_assert_cmpstr (before, ==, "Until 19 Jun 2024");
  g_assert_cmpstr (days, ==, "1 Jun 2024 – 19 Jun 2024");
}

int
main (int   argc,
      char *argv[])
{
  /* No test writes to the home folder (Recent files included). */
  tautan_test_home_init ();
  gtk_test_init (&argc, &argv, NULL);

  g_test_add ("/tautan/timeline/dataset", Fixture, NULL, fixture_set_up, test_dataset, fixture_tear_down);
  g_test_add ("/tautan/timeline/actions", Fixture, NULL, fixture_set_up, test_actions, fixture_tear_down);
  g_test_add ("/tautan/timeline/cumulative", Fixture, NULL, fixture_set_up, test_cumulative, fixture_tear_down);
  g_test_add ("/tautan/timeline/play", Fixture, NULL, fixture_set_up, test_play, fixture_tear_down);
  g_test_add ("/tautan/timeline/drag", Fixture, NULL, fixture_set_up, test_drag, fixture_tear_down);
  g_test_add ("/tautan/timeline/undated", Fixture, NULL, fixture_set_up, test_undated, fixture_tear_down);

  return g_test_run ();
}
