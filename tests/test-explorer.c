/* test-explorer.c: the explorer window, driven as a user would
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* RUSAGE_THREAD: the main thread's own page faults. */
#define _GNU_SOURCE

#include "config.h"

#include "tautan-test-home.h"
#include "tautan-test-session.h"
#include "tautan-test-window.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>
#include <sys/resource.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "tautan/tautan-application.h"
#include "tautan/tautan-event-row.h"
#include "tautan/tautan-export-dialog.h"
#include "tautan/tautan-graph-view.h"
#include "tautan/tautan-legend.h"
#include "tautan/tautan-period-popover.h"
#include "tautan/tautan-presentation.h"
#include "tautan/tautan-quote-card.h"
#include "tautan/tautan-row.h"
#include "tautan/tautan-search-results.h"
#include "tautan/tautan-side-panel.h"
#include "tautan/tautan-source-window.h"
#include "tautan/tautan-text.h"
#include "tautan/tautan-timeline.h"
#include "tautan/tautan-view-list.h"
#include "tautan/tautan-view-row.h"
#include "tautan/tautan-window.h"

#include "app/tautan-window-private.h"
#include "widgets/tautan-graph-view-private.h"
#include "widgets/render/tautan-render-geometry-private.h"
#include "widgets/tautan-legend-item-private.h"

#include "bench/tautan-bench-gen.h"

#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

typedef struct
{
  TautanApplication *app;
  TautanWindow      *window;
  TautanGraphView   *graph;
  TautanTimeline    *timeline;
  TautanSidePanel   *panel;
  TautanSession     *session;
  TautanDataset     *dataset;
} Fixture;

static gpointer
child (TautanWindow *window,
       const char   *name)
{
  return gtk_widget_get_template_child (GTK_WIDGET (window), TAUTAN_TYPE_WINDOW, name);
}

static void
iterate (void)
{
  tautan_test_allow_gtk_noise ();
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static TautanApplication *the_app;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  /* One application for the process, as in real life; a window per test. */
  if (the_app == NULL)
    {
      the_app = tautan_application_new ();
      g_application_set_flags (G_APPLICATION (the_app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
      g_application_register (G_APPLICATION (the_app), NULL, NULL);
    }
  f->app = the_app;
  f->window = tautan_window_new (ADW_APPLICATION (f->app));
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1200, 800);
  gtk_window_present (GTK_WINDOW (f->window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.open-bundled", NULL));
  iterate ();

  f->graph = child (f->window, "graph_view");
  f->timeline = child (f->window, "timeline");
  f->panel = child (f->window, "side_panel");
  f->session = tautan_window_get_session (f->window);
  f->dataset = tautan_window_get_dataset (f->window);
  g_assert_nonnull (f->session);
  g_assert_nonnull (f->dataset);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  if (f->window == NULL)
    return;
  g_object_add_weak_pointer (G_OBJECT (f->window), (gpointer *)&f->window);
  gtk_window_destroy (GTK_WINDOW (f->window));
  iterate ();
  g_assert_null (f->window);
}

static guint
entity (Fixture    *f,
        const char *id)
{
  guint e = tautan_dataset_lookup_entity (f->dataset, id);

  g_assert_cmpuint (e, !=, TAUTAN_NONE);
  return e;
}

static void
test_actors_in_scene (Fixture       *f,
                      gconstpointer  data)
{
  const char *actors[] = { "kim-jong-un", "vladimir-putin", "sergei-lavrov", "choe-son-hui", "donald-trump" };
  TautanScene *scene = tautan_graph_view_get_scene (f->graph);

  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (f->window, "stack")), ==, "explorer");
  for (guint i = 0; i < G_N_ELEMENTS (actors); i++)
    g_assert_nonnull (tautan_scene_find_node (scene, entity (f, actors[i])));
}

static void
test_window_2025 (Fixture       *f,
                  gconstpointer  data)
{
  guint vladivostok = tautan_dataset_lookup_event (f->dataset, "ev-2019-vladivostok-summit");
  guint meeting = tautan_dataset_lookup_event (f->dataset, "ev-2025-07-lavrov-meets-choe");
  TautanTimeSpan y2025 = { tautan_day_from_ymd (2025, 1, 1), tautan_day_from_ymd (2025, 12, 31) };
  guint lavrov = entity (f, "sergei-lavrov");
  guint choe = entity (f, "choe-son-hui");
  TautanScene *scene;
  gboolean found_edge = FALSE;
  TautanEvent e;

  /* First, that the dataset has what the test relies on. */
  g_assert_cmpuint (vladivostok, !=, TAUTAN_NONE);
  g_assert_cmpuint (meeting, !=, TAUTAN_NONE);
  tautan_dataset_get_event (f->dataset, meeting, &e);
  g_assert_cmpint (e.start, >=, y2025.from);
  g_assert_cmpint (e.end, <=, y2025.to);

  /* Move the range as the timeline would: the graph follows. From 2019,
   * where Lavrov is not active, he fades in rather than popping up. */
  tautan_timeline_set_selection (f->timeline, &(TautanTimeSpan) { tautan_day_from_ymd (2019, 1, 1),
                                                                  tautan_day_from_ymd (2019, 12, 31) });
  g_assert_null (tautan_scene_find_node (tautan_graph_view_get_scene (f->graph), lavrov));
  tautan_timeline_set_selection (f->timeline, &y2025);
  if (adw_get_enable_animations (GTK_WIDGET (f->graph)))
    g_assert_cmpfloat (tautan_scene_find_node (tautan_graph_view_get_scene (f->graph), lavrov)->alpha, <, 1.0);
  iterate ();
  {
    /* The timeline clamps to the data, which ends in July 2025. */
    TautanTimeSpan selected = tautan_timeline_get_selection (f->timeline);

    g_assert_cmpint (selected.from, ==, y2025.from);
    g_assert_cmpint (selected.to, <=, y2025.to);
    g_assert_true (tautan_time_span_equal (&tautan_graph_view_get_view (f->graph)->span, &selected));
  }

  scene = tautan_graph_view_get_scene (f->graph);
  for (guint i = 0; i < tautan_scene_get_n_edges (scene); i++)
    {
      const TautanSceneEdge *edge = tautan_scene_get_edge (scene, i);
      found_edge |= edge->source == lavrov && edge->target == choe;
    }
  g_assert_true (found_edge);
  g_assert_false (tautan_slice_contains_event (tautan_graph_view_get_slice (f->graph), vladivostok));
  g_assert_true (tautan_slice_contains_event (tautan_graph_view_get_slice (f->graph), meeting));
}

static void
test_select_kim (Fixture       *f,
                 gconstpointer  data)
{
  guint kim = entity (f, "kim-jong-un");
  GListModel *quotes;
  guint n_kim = 0;

  for (guint i = 0; i < tautan_dataset_get_n_quotes (f->dataset); i++)
    {
      TautanQuote q;

      tautan_dataset_get_quote (f->dataset, i, &q);
      n_kim += q.speaker == kim;
    }

  tautan_session_select_entity (f->session, kim);
  iterate ();
  g_assert_cmpstr (tautan_side_panel_get_page (f->panel), ==, "entity");
  quotes = tautan_side_panel_get_quotes (f->panel);
  g_assert_cmpuint (g_list_model_get_n_items (quotes), ==, n_kim);
  for (guint i = 0; i < g_list_model_get_n_items (quotes); i++)
    {
      g_autoptr(TautanRow) row = g_list_model_get_item (quotes, i);
      TautanQuote q;

      tautan_dataset_get_quote (f->dataset, tautan_row_get_index (row), &q);
      g_assert_cmpuint (q.speaker, ==, kim);
    }
  g_assert_cmpuint (g_list_model_get_n_items (tautan_side_panel_get_events (f->panel)), >, 0);

  /* Escape on the canvas clears the selection; the panel summarises. */
  gtk_widget_activate_action (GTK_WIDGET (f->graph), "view.clear-selection", NULL);
  iterate ();
  g_assert_cmpuint (tautan_session_get_selected_entity (f->session), ==, TAUTAN_NONE);
  g_assert_cmpstr (tautan_side_panel_get_page (f->panel), ==, "summary");
}

static void
test_show_in_source (Fixture       *f,
                     gconstpointer  data)
{
  guint kim = entity (f, "kim-jong-un");
  g_autoptr(TautanRow) row = NULL;
  TautanSourceWindow *source = NULL;
  g_autofree char *highlighted = NULL;
  TautanQuote q;

  tautan_session_select_entity (f->session, kim);
  iterate ();
  row = g_list_model_get_item (tautan_side_panel_get_quotes (f->panel), 0);
  g_assert_nonnull (row);

  /* The same action the quote's "Show in Source" button fires. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->panel), "explorer.show-source", "u",
                                             tautan_row_get_index (row)));
  iterate ();
  for (GList *l = gtk_window_list_toplevels (); l; l = g_list_delete_link (l, l))
    if (TAUTAN_IS_SOURCE_WINDOW (l->data))
      source = l->data;
  g_assert_nonnull (source);

  tautan_dataset_get_quote (f->dataset, tautan_row_get_index (row), &q);
  highlighted = tautan_source_window_get_highlighted_text (source);
  g_assert_cmpstr (highlighted, ==, q.text);
  gtk_window_destroy (GTK_WINDOW (source));
}

static void
test_edge_panel (Fixture       *f,
                 gconstpointer  data)
{
  guint lavrov = entity (f, "sergei-lavrov");
  guint choe = entity (f, "choe-son-hui");

  tautan_session_select_edge (f->session, lavrov, choe);
  iterate ();
  g_assert_cmpstr (tautan_side_panel_get_page (f->panel), ==, "edge");
  g_assert_cmpuint (g_list_model_get_n_items (tautan_side_panel_get_events (f->panel)), >=, 1);
}

static void
test_gestures (Fixture       *f,
               gconstpointer  data)
{
  const TautanView *view = tautan_graph_view_get_view (f->graph);
  TautanLayout *layout = tautan_graph_view_get_layout (f->graph);
  guint kim = entity (f, "kim-jong-un");
  double zoom = view->zoom;
  g_autofree TautanPoint *positions = g_new (TautanPoint, tautan_dataset_get_n_entities (f->dataset));
  double cx = view->width / 2.0 + 30, cy = view->height / 2.0 - 20;
  double lx, ly;

  /* Pinch out by 2 around a point: that point stays put. */
  lx = (cx - view->width / 2.0) / view->zoom + view->center_x;
  ly = (cy - view->height / 2.0) / view->zoom + view->center_y;
  _tautan_graph_view_pinch (f->graph, 2.0, cx, cy);
  g_assert_cmpfloat_with_epsilon (view->zoom, zoom * 2, 1e-9);
  g_assert_cmpfloat_with_epsilon ((cx - view->width / 2.0) / view->zoom + view->center_x, lx, 1e-6);
  g_assert_cmpfloat_with_epsilon ((cy - view->height / 2.0) / view->zoom + view->center_y, ly, 1e-6);

  /* Dragging a node pins it where it was dropped. */
  _tautan_graph_view_drag_node (f->graph, kim, 100, 120);
  g_assert_true (tautan_layout_get_pinned (layout, kim));
  tautan_layout_stop (layout);
  tautan_layout_get_positions (layout, positions);
  g_assert_cmpfloat_with_epsilon (positions[kim].x, (100 - view->width / 2.0) / view->zoom + view->center_x, 1e-3);
  g_assert_cmpfloat_with_epsilon (positions[kim].y, (120 - view->height / 2.0) / view->zoom + view->center_y, 1e-3);

  /* Keyboard: fit, zoom actions. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->graph), "view.zoom", "d", 0.5));
  g_assert_cmpfloat_with_epsilon (view->zoom, zoom, 1e-9);
}

/* The side panel's heading when the session's window moves. */
static void
heading_on_span_cb (Fixture *f)
{
  GtkLabel *name = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (f->panel), TAUTAN_TYPE_SIDE_PANEL,
                                                             "entity_name"));

  g_object_set_data_full (G_OBJECT (f->session), "heading-on-span", g_strdup (gtk_label_get_text (name)), g_free);
}

static gboolean
span_moved (gpointer data)
{
  Fixture *f = data;

  return g_object_get_data (G_OBJECT (f->session), "heading-on-span") != NULL;
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  GtkEditable *entry = child (f->window, "search_entry");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "explorer.search", NULL));
  g_assert_true (gtk_search_bar_get_search_mode (child (f->window, "search_bar")));
  /* By alias, in Hangul. */
  gtk_editable_set_text (entry, "최선희");
  g_signal_emit (entry, g_signal_lookup ("search-changed", G_OBJECT_TYPE (entry)), 0);
  iterate ();
  g_assert_cmpuint (tautan_session_get_selected_entity (f->session), ==, entity (f, "choe-son-hui"));
  gtk_editable_set_text (entry, "putin");
  g_signal_emit (entry, g_signal_lookup ("search-changed", G_OBJECT_TYPE (entry)), 0);
  g_assert_cmpuint (tautan_session_get_selected_entity (f->session), ==, entity (f, "vladimir-putin"));

  /* "Putin" typed letter by letter: "P" lists and selects nothing (it
   * flew to North Korea, by "Pyongyang"); "Pu" finds Putin, and not the
   * Koreas, whose "Republic" has "pu" inside a word. */
  {
    TautanSearchResults *results = child (f->window, "search_results");

    tautan_session_clear_selection (f->session);
    gtk_editable_set_text (entry, "P");
    g_signal_emit (entry, g_signal_lookup ("search-changed", G_OBJECT_TYPE (entry)), 0);
    g_assert_cmpuint (tautan_search_results_get_n_hits (results), >=, 2);
    g_assert_cmpuint (tautan_session_get_selected_entity (f->session), ==, TAUTAN_NONE);
    gtk_editable_set_text (entry, "Pu");
    g_signal_emit (entry, g_signal_lookup ("search-changed", G_OBJECT_TYPE (entry)), 0);
    g_assert_cmpuint (tautan_search_results_get_n_hits (results), >=, 1);
    g_assert_cmpuint (tautan_search_results_get_hit (results, 0), ==, entity (f, "vladimir-putin"));
    for (guint k = 0; k < tautan_search_results_get_n_hits (results); k++)
      {
        g_assert_cmpuint (tautan_search_results_get_hit (results, k), !=, entity (f, "north-korea"));
        g_assert_cmpuint (tautan_search_results_get_hit (results, k), !=, entity (f, "south-korea"));
      }
    g_assert_cmpuint (tautan_session_get_selected_entity (f->session), ==, entity (f, "vladimir-putin"));
  }

  /* "korea" lists every actor with it in a name, the states first. */
  {
    TautanSearchResults *results = child (f->window, "search_results");
    const char *koreas[] = { "north-korea", "south-korea", "north-korea-foreign-ministry",
                             "south-korea-unification-ministry" };
    TautanTimeSpan y2019 = { tautan_day_from_ymd (2019, 1, 1), tautan_day_from_ymd (2019, 12, 31) };
    TautanTimeSpan all = tautan_dataset_get_span (tautan_session_get_dataset (f->session));
    TautanTimeSpan got;
    guint second;

    gtk_editable_set_text (entry, "korea");
    g_signal_emit (entry, g_signal_lookup ("search-changed", G_OBJECT_TYPE (entry)), 0);
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (results)));
    g_assert_cmpuint (tautan_search_results_get_n_hits (results), >=, G_N_ELEMENTS (koreas));
    for (guint i = 0; i < G_N_ELEMENTS (koreas); i++)
      {
        gboolean listed = FALSE;

        for (guint k = 0; k < tautan_search_results_get_n_hits (results); k++)
          listed |= tautan_search_results_get_hit (results, k) == entity (f, koreas[i]);
        g_assert_true (listed);
      }
    /* Equally good matches: the busier first. */
    g_assert_cmpuint (tautan_search_results_get_hit (results, 0), ==, entity (f, "north-korea"));

    /* ↓ then Enter chooses the second. */
    second = tautan_search_results_get_hit (results, 1);
    tautan_search_results_move (results, 1);
    g_signal_emit (entry, g_signal_lookup ("activate", G_OBJECT_TYPE (entry)), 0);
    g_assert_cmpuint (tautan_session_get_selected_entity (f->session), ==, second);
    g_assert_false (gtk_search_bar_get_search_mode (child (f->window, "search_bar")));

    /* Trump has no event in 2019: typing does not select him; Enter
     * selects him at once (the panel's heading names him before the
     * window moves) and moves the window, as long, to his nearest event,
     * and says so. */
    tautan_session_set_span (f->session, &y2019);
    tautan_session_clear_selection (f->session);
    gtk_widget_activate_action (GTK_WIDGET (f->window), "explorer.search", NULL);
    gtk_editable_set_text (entry, "trump");
    g_signal_emit (entry, g_signal_lookup ("search-changed", G_OBJECT_TYPE (entry)), 0);
    g_assert_cmpuint (tautan_search_results_get_n_hits (results), ==, 1);
    g_assert_cmpuint (tautan_session_get_selected_entity (f->session), ==, TAUTAN_NONE);
    g_signal_connect_swapped (f->session, "notify::span", G_CALLBACK (heading_on_span_cb), f);
    g_signal_emit (entry, g_signal_lookup ("activate", G_OBJECT_TYPE (entry)), 0);
    g_assert_cmpuint (tautan_session_get_selected_entity (f->session), ==, entity (f, "donald-trump"));
    g_assert_false (gtk_widget_get_visible (GTK_WIDGET (results)));
    tautan_test_wait_for (span_moved, f);
    g_signal_handlers_disconnect_by_func (f->session, heading_on_span_cb, f);
    g_assert_cmpstr (g_object_get_data (G_OBJECT (f->session), "heading-on-span"), ==, "Donald Trump");
    got = tautan_session_get_span (f->session);
    g_assert_cmpint (got.to - got.from, ==, y2019.to - y2019.from);
    g_assert_cmpint (got.from, >, all.from);
    g_assert_cmpuint (tautan_slice_get_entity_count (tautan_session_get_slice (f->session), entity (f, "donald-trump")),
                      >, 0);
    g_assert_cmpuint (tautan_session_get_selected_entity (f->session), ==, entity (f, "donald-trump"));

    /* Nothing matches: the entry says so, the list too. */
    gtk_widget_activate_action (GTK_WIDGET (f->window), "explorer.search", NULL);
    gtk_editable_set_text (entry, "zzzq");
    g_signal_emit (entry, g_signal_lookup ("search-changed", G_OBJECT_TYPE (entry)), 0);
    g_assert_cmpuint (tautan_search_results_get_n_hits (results), ==, 0);
    g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (entry), "error"));
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (results)));
  }
}

/* A search result chosen just before the window closes: the window would
 * have moved after the next frame, which never comes; closing drops the
 * wait without a warning about the frame clock's handler. */
static void
test_search_move_then_close (Fixture       *f,
                             gconstpointer  data)
{
  GtkEditable *entry = child (f->window, "search_entry");
  TautanTimeSpan y2019 = { tautan_day_from_ymd (2019, 1, 1), tautan_day_from_ymd (2019, 12, 31) };

  tautan_session_set_span (f->session, &y2019);
  iterate ();
  gtk_widget_activate_action (GTK_WIDGET (f->window), "explorer.search", NULL);
  gtk_editable_set_text (entry, "trump");
  g_signal_emit (entry, g_signal_lookup ("search-changed", G_OBJECT_TYPE (entry)), 0);
  g_signal_emit (entry, g_signal_lookup ("activate", G_OBJECT_TYPE (entry)), 0);
  g_assert_cmpuint (tautan_session_get_selected_entity (f->session), ==, entity (f, "donald-trump"));
  g_assert_cmpint (tautan_session_get_span (f->session).from, ==, y2019.from);

  g_object_add_weak_pointer (G_OBJECT (f->window), (gpointer *)&f->window);
  gtk_window_destroy (GTK_WINDOW (f->window));
  iterate ();
  g_assert_null (f->window);
}

/* Whether the timeline counts with the session's filters. */
static gboolean
timeline_follows (Fixture *f)
{
  TautanTypeMask session_mask, timeline_mask;
  guint32 kinds;

  tautan_session_get_hidden_type_mask (f->session, &session_mask);
  tautan_timeline_get_filter (f->timeline, &kinds, &timeline_mask);
  return kinds == tautan_session_get_hidden_kinds (f->session) &&
         memcmp (&session_mask, &timeline_mask, sizeof session_mask) == 0;
}

static gboolean
entry_shows_korea (gpointer entry)
{
  return gtk_widget_get_mapped (GTK_WIDGET (entry)) && g_strcmp0 (gtk_editable_get_text (entry), "korea") == 0;
}

static gboolean
has_hits (gpointer results)
{
  return tautan_search_results_get_n_hits (results) >= 2;
}

/* Letters typed right behind Ctrl+F reach the entry even when the window
 * is too busy to draw in between, as while a million events load: the
 * X server is sent the keys while the main loop does not turn, and GTK
 * then gets them in one go, before the layout that shows the entry. */
static void
test_search_typed_busy (Fixture       *f,
                        gconstpointer  data)
{
#ifdef GDK_WINDOWING_X11
  GtkEditable *entry = child (f->window, "search_entry");
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (f->window));
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");
  g_autofree char *xid = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (!GDK_IS_X11_SURFACE (surface) || xdotool == NULL)
    {
      g_test_skip ("needs an X server and xdotool");
      return;
    }
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (entry)));
  xid = g_strdup_printf ("%lu", (unsigned long)gdk_x11_surface_get_xid (surface));
  {
    const char *argv[] = { xdotool, "windowfocus", "--sync", xid, "key", "--delay", "0",
                           "ctrl+f", "k", "o", "r", "e", "a", NULL };

    g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, &error);
  }
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  tautan_test_wait_for (entry_shows_korea, entry);
  g_assert_true (gtk_search_bar_get_search_mode (child (f->window, "search_bar")));
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "korea");
  /* GtkSearchEntry says "search-changed" a moment after the last key. */
  tautan_test_wait_for (has_hits, child (f->window, "search_results"));
  g_assert_cmpuint (tautan_search_results_get_n_hits (child (f->window, "search_results")), >=, 2);
#else
  g_test_skip ("needs an X server");
#endif
}

/* Under the roll-up, the summary counts the actors the canvas draws,
 * groups and actors alike, and says how many are groups. */
static void
test_rollup_counts (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *actors_before = NULL;
  g_autofree char *links_before = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *expected_links = NULL;
  TautanScene *scene;
  guint n_nodes, n_edges, n_groups = 0;

  g_assert_cmpstr (tautan_side_panel_get_page (f->panel), ==, "summary");
  n_nodes = tautan_scene_get_n_nodes (tautan_graph_view_get_scene (f->graph));
  n_edges = tautan_scene_get_n_edges (tautan_graph_view_get_scene (f->graph));
  actors_before = g_strdup_printf ("%u actors", n_nodes);
  links_before = g_strdup_printf ("%u links", n_edges);
  g_assert_nonnull (strstr (tautan_side_panel_get_counts (f->panel), actors_before));
  g_assert_nonnull (strstr (tautan_side_panel_get_counts (f->panel), links_before));
  g_assert_null (strstr (tautan_side_panel_get_counts (f->panel), "group"));

  tautan_session_set_rollup (f->session, TRUE);
  iterate ();
  scene = tautan_graph_view_get_scene (f->graph);
  for (guint i = 0; i < tautan_scene_get_n_nodes (scene); i++)
    if (tautan_scene_get_node (scene, i)->n_members >= 2)
      n_groups++;
  g_assert_cmpuint (n_groups, >, 0);
  g_assert_cmpuint (tautan_scene_get_n_nodes (scene), <, n_nodes);
  expected = g_strdup_printf ("%u actors (%u group%s)", tautan_scene_get_n_nodes (scene), n_groups,
                              n_groups == 1 ? "" : "s");
  g_test_message ("rolled up: %s", tautan_side_panel_get_counts (f->panel));
  g_assert_nonnull (strstr (tautan_side_panel_get_counts (f->panel), expected));
  /* The links as drawn: a group's links to another merged into one,
   * those inside a group gone. */
  g_assert_cmpuint (tautan_scene_get_n_edges (scene), <, n_edges);
  expected_links = g_strdup_printf ("%u links", tautan_scene_get_n_edges (scene));
  g_assert_nonnull (strstr (tautan_side_panel_get_counts (f->panel), expected_links));

  /* Off again: the actors one by one. */
  tautan_session_set_rollup (f->session, FALSE);
  iterate ();
  g_assert_nonnull (strstr (tautan_side_panel_get_counts (f->panel), actors_before));
  g_assert_nonnull (strstr (tautan_side_panel_get_counts (f->panel), links_before));
  g_assert_null (strstr (tautan_side_panel_get_counts (f->panel), "group"));
}

/* An event known only within a range reads "between 1 Jul 2024 and
 * 31 Jul 2025", one of a week "week of 3 Jun 2024": the panel's rows say
 * how well the date is known, in words. */
static void
test_event_dates (Fixture       *f,
                  gconstpointer  data)
{
  guint n_ranges = 0, n_weeks = 0;

  for (guint i = 0; i < tautan_dataset_get_n_events (f->dataset); i++)
    {
      g_autofree char *markup = tautan_event_row_markup (f->dataset, i);
      g_autofree char *first = NULL;
      g_autofree char *last = NULL;
      g_autofree char *expected = NULL;
      TautanEvent event;

      tautan_dataset_get_event (f->dataset, i, &event);
      first = tautan_text_format_day (event.start);
      last = tautan_text_format_day (event.end);
      if (event.precision == TAUTAN_PRECISION_RANGE && event.start != event.end)
        {
          expected = g_strdup_printf ("between %s and %s", first, last);
          n_ranges++;
        }
      else if (event.precision == TAUTAN_PRECISION_WEEK)
        {
          expected = g_strdup_printf ("week of %s", first);
          n_weeks++;
        }
      else
        continue;
      g_assert_nonnull (strstr (markup, expected));
      {
        g_autofree char *dash = g_strdup_printf ("%s – %s", first, last);

        g_assert_null (strstr (markup, dash));
      }
    }
  g_assert_cmpuint (n_ranges, >, 0);
  g_assert_cmpuint (n_weeks, >, 0);
}

/* The summary's rows, @list's children in order. */
static GPtrArray *
summary_rows (Fixture    *f,
              const char *list)
{
  GtkWidget *box = (GtkWidget *)gtk_widget_get_template_child (GTK_WIDGET (f->panel), TAUTAN_TYPE_SIDE_PANEL, list);
  GPtrArray *rows = g_ptr_array_new ();

  for (GtkWidget *row = gtk_widget_get_first_child (box); row != NULL; row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row))
      g_ptr_array_add (rows, row);
  return rows;
}

/* Busiest Actors and Most Recent Events say what the span holds, row by
 * row, after every move; the rows are the same widgets, given new text
 * (making and measuring them afresh on every timeline step cost the
 * step's frame, issue #14), and rows come and go only as the count
 * changes. Activating a row still selects its actor. */
static void
summary_rows_match (Fixture *f)
{
  GListModel *busiest = tautan_side_panel_get_busiest (f->panel);
  g_autoptr(GPtrArray) rows = summary_rows (f, "busiest_list");
  g_autoptr(GPtrArray) recent = summary_rows (f, "recent_list");
  TautanSlice *slice = tautan_graph_view_get_slice (f->graph);

  g_assert_cmpstr (tautan_side_panel_get_page (f->panel), ==, "summary");
  g_assert_cmpuint (rows->len, ==, g_list_model_get_n_items (busiest));
  for (guint i = 0; i < rows->len; i++)
    {
      g_autoptr(TautanRow) row = g_list_model_get_item (busiest, i);
      g_autofree char *name = NULL;
      TautanEntity e;

      tautan_dataset_get_entity (f->dataset, tautan_row_get_index (row), &e);
      name = tautan_text_shorten (e.name, TAUTAN_TEXT_MAX_NAME);
      g_assert_cmpstr (adw_preferences_row_get_title (rows->pdata[i]), ==, name);
      g_assert_nonnull (strstr (adw_action_row_get_subtitle (rows->pdata[i]), tautan_entity_kind_label (e.kind)));
    }
  /* Each recent row is one of the span's events. */
  g_assert_cmpuint (recent->len, >, 0);
  g_assert_cmpuint (recent->len, <=, 6);
  for (guint i = 0; i < recent->len; i++)
    {
      const char *markup = gtk_label_get_label (GTK_LABEL (gtk_list_box_row_get_child (recent->pdata[i])));
      gboolean found = FALSE;

      for (guint ev = 0; ev < tautan_dataset_get_n_events (f->dataset) && !found; ev++)
        {
          g_autofree char *expected = tautan_event_row_markup (f->dataset, ev);

          found = g_strcmp0 (markup, expected) == 0 && tautan_slice_contains_event (slice, ev);
        }
      g_assert_true (found);
    }
}

static void
test_summary_rows (Fixture       *f,
                   gconstpointer  data)
{
  GListModel *busiest = tautan_side_panel_get_busiest (f->panel);
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autofree char *title_before = NULL;
  guint n_2019;

  iterate ();
  summary_rows_match (f);
  before = summary_rows (f, "busiest_list");
  g_assert_cmpuint (before->len, ==, 6);
  title_before = g_strdup (adw_preferences_row_get_title (before->pdata[0]));

  /* 2019 has fewer busiest actors than the whole span, and others. */
  tautan_timeline_set_selection (f->timeline, &(TautanTimeSpan) { tautan_day_from_ymd (2019, 1, 1),
                                                                  tautan_day_from_ymd (2019, 12, 31) });
  iterate ();
  summary_rows_match (f);
  after = summary_rows (f, "busiest_list");
  g_test_message ("2019: %u busiest, the first %s (was %s)", after->len,
                  adw_preferences_row_get_title (after->pdata[0]), title_before);
  /* Fewer of them: the rows left are the same widgets. */
  g_assert_cmpuint (after->len, >, 0);
  g_assert_cmpuint (after->len, <, 6);
  for (guint i = 0; i < after->len; i++)
    g_assert_true (after->pdata[i] == before->pdata[i]);
  n_2019 = after->len;
  g_clear_pointer (&after, g_ptr_array_unref);

  /* And back to a wide span: six again. */
  tautan_timeline_set_selection (f->timeline, &(TautanTimeSpan) { tautan_day_from_ymd (2015, 1, 1),
                                                                  tautan_day_from_ymd (2025, 12, 31) });
  iterate ();
  summary_rows_match (f);
  after = summary_rows (f, "busiest_list");
  g_assert_cmpuint (after->len, ==, 6);
  for (guint i = 0; i < n_2019; i++)
    g_assert_true (after->pdata[i] == before->pdata[i]);

  /* A row updated in place selects the actor it now names. */
  {
    g_autoptr(TautanRow) row = g_list_model_get_item (busiest, 1);

    gtk_widget_activate (after->pdata[1]);
    iterate ();
    g_assert_cmpuint (tautan_session_get_selected_entity (f->session), ==, tautan_row_get_index (row));
    g_assert_cmpstr (tautan_side_panel_get_page (f->panel), ==, "entity");
  }
}

static void
test_filters (Fixture       *f,
              gconstpointer  data)
{
  guint kim = entity (f, "kim-jong-un");
  guint n_before = tautan_scene_get_n_nodes (tautan_graph_view_get_scene (f->graph));

  g_autofree char *counts_before = NULL;
  GListModel *busiest = tautan_side_panel_get_busiest (f->panel);
  int support = tautan_taxonomy_lookup (tautan_dataset_get_taxonomy (f->dataset), "support");

  g_assert_cmpstr (tautan_side_panel_get_page (f->panel), ==, "summary");
  counts_before = g_strdup (tautan_side_panel_get_counts (f->panel));
  g_assert_cmpuint (g_list_model_get_n_items (busiest), >, 0);

  tautan_session_set_hidden_kinds (f->session, 1u << TAUTAN_ENTITY_PERSON);
  g_assert_true (timeline_follows (f));
  g_assert_null (tautan_scene_find_node (tautan_graph_view_get_scene (f->graph), kim));
  g_assert_cmpuint (tautan_scene_get_n_nodes (tautan_graph_view_get_scene (f->graph)), <, n_before);
  /* The summary counts what the canvas shows: no person is busiest, and
   * every busiest actor has a node. */
  g_assert_cmpstr (tautan_side_panel_get_counts (f->panel), !=, counts_before);
  for (guint i = 0; i < g_list_model_get_n_items (busiest); i++)
    {
      g_autoptr(TautanRow) row = g_list_model_get_item (busiest, i);
      TautanEntity e;

      tautan_dataset_get_entity (f->dataset, tautan_row_get_index (row), &e);
      g_assert_cmpint (e.kind, !=, TAUTAN_ENTITY_PERSON);
      g_assert_nonnull (tautan_scene_find_node (tautan_graph_view_get_scene (f->graph), e.index));
    }
  tautan_session_set_hidden_kinds (f->session, 0);
  g_assert_nonnull (tautan_scene_find_node (tautan_graph_view_get_scene (f->graph), kim));
  g_assert_cmpstr (tautan_side_panel_get_counts (f->panel), ==, counts_before);

  /* Hiding a type takes its events out of the counts and the timeline's
   * bars too. */
  g_assert_cmpint (support, >=, 0);
  tautan_session_set_type_hidden (f->session, (guint)support, TRUE);
  g_assert_cmpstr (tautan_side_panel_get_counts (f->panel), !=, counts_before);
  g_assert_true (timeline_follows (f));
  tautan_session_set_type_hidden (f->session, (guint)support, FALSE);
  g_assert_cmpstr (tautan_side_panel_get_counts (f->panel), ==, counts_before);
  g_assert_true (timeline_follows (f));

  /* F9 hides the evidence panel. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->panel)));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "explorer.toggle-panel", NULL);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f->panel)));
}

static void
test_workspace (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "briefing.tautan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  TautanTimeSpan y2025 = { tautan_day_from_ymd (2025, 1, 1), tautan_day_from_ymd (2025, 7, 31) };
  guint kim = entity (f, "kim-jong-un");
  guint lavrov = entity (f, "sergei-lavrov");
  TautanWindow *second;
  TautanGraphView *graph2;
  TautanTimeline *timeline2;
  GtkWidget *views2;
  TautanTimeSpan got;

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  g_assert_false (tautan_window_get_modified (f->window));

  /* Make a view, hide places, pin Lavrov where he is dropped. */
  tautan_timeline_set_selection (f->timeline, &y2025);
  tautan_session_select_entity (f->session, kim);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.add-view", NULL));
  tautan_session_set_hidden_kinds (f->session, 1u << TAUTAN_ENTITY_PLACE);
  _tautan_graph_view_drag_node (f->graph, lavrov, 50, 60);
  g_assert_true (tautan_window_get_modified (f->window));

  /* Closing with unsaved changes asks first, and keeps the window. */
  {
    GtkWindow *dialog = NULL;

    gtk_window_close (GTK_WINDOW (f->window));
    iterate ();
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->window)));
    for (GList *l = gtk_window_list_toplevels (); l; l = g_list_delete_link (l, l))
      if (ADW_IS_MESSAGE_DIALOG (l->data))
        dialog = l->data;
    g_assert_nonnull (dialog);
    g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, "Save Changes?");
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
    iterate ();
  }

  g_assert_true (tautan_window_save_workspace (f->window, file));
  g_assert_false (tautan_window_get_modified (f->window));

  /* A new window opens the workspace: dataset, filters, pins and view. */
  second = tautan_window_new (ADW_APPLICATION (f->app));
  gtk_window_present (GTK_WINDOW (second));
  tautan_window_open (second, file);
  iterate ();
  g_assert_nonnull (tautan_window_get_dataset (second));
  graph2 = child (second, "graph_view");
  timeline2 = child (second, "timeline");
  views2 = child (second, "view_list");
  g_assert_cmpuint (tautan_session_get_hidden_kinds (tautan_window_get_session (second)), ==, 1u << TAUTAN_ENTITY_PLACE);
  g_assert_true (tautan_layout_get_pinned (tautan_graph_view_get_layout (graph2), lavrov));
  g_assert_false (tautan_layout_get_pinned (tautan_graph_view_get_layout (graph2), kim));
  g_assert_false (tautan_window_get_modified (second));

  g_assert_cmpuint (g_list_model_get_n_items (tautan_session_get_views (tautan_window_get_session (second))), ==, 1);
  /* What a click on the row fires. */
  g_assert_true (gtk_widget_activate_action (views2, "views.apply", "u", 0));
  iterate ();
  got = tautan_timeline_get_selection (timeline2);
  g_assert_true (tautan_time_span_equal (&got, &y2025));
  g_assert_cmpuint (tautan_session_get_selected_entity (tautan_window_get_session (second)), ==, kim);

  gtk_window_destroy (GTK_WINDOW (second));
  iterate ();
}

/* The legend's check button of an entity kind: kinds come first, in
 * order, in the legend's list. */
static GtkWidget *
legend_check (Fixture *f,
              guint    kind)
{
  TautanLegend *legend = child (f->window, "legend");
  GtkListBox *list = GTK_LIST_BOX (gtk_widget_get_template_child (GTK_WIDGET (legend), TAUTAN_TYPE_LEGEND, "list"));
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, (int)kind);

  g_assert_nonnull (row);
  g_assert_true (GTK_IS_CHECK_BUTTON (gtk_list_box_row_get_child (row)));
  return gtk_list_box_row_get_child (row);
}

/* The legend's glyph of each kind is the shape the canvas draws for it:
 * media were shown as a diamond (the canvas: a pentagon, organisations
 * are diamonds) and unnamed groups as a hexagon (a triangle down, places
 * are hexagons). */
static void
test_legend_glyphs (Fixture       *f,
                    gconstpointer  data)
{
  GListModel *items = tautan_legend_get_items (child (f->window, "legend"));
  g_autoptr(GPtrArray) glyph_strings = g_ptr_array_new_with_free_func (g_free);
  const char *glyphs[TAUTAN_N_ENTITY_KINDS];
  g_autoptr(GString) all = g_string_new (NULL);

  for (guint k = 0; k < TAUTAN_N_ENTITY_KINDS; k++)
    {
      g_autoptr(TautanLegendItem) item = g_list_model_get_item (items, k);
      const char *markup = tautan_legend_item_get_markup (item);
      char *glyph;

      g_assert_cmpuint (tautan_legend_item_get_index (item), ==, k);
      glyph = g_strndup (markup, strstr (markup, "  ") - markup);
      g_ptr_array_add (glyph_strings, glyph);
      glyphs[k] = glyph;
      g_string_append_printf (all, "%s ", glyphs[k]);
    }
  g_test_message ("%s", all->str);
  for (guint a = 0; a < TAUTAN_N_ENTITY_KINDS; a++)
    for (guint b = a + 1; b < TAUTAN_N_ENTITY_KINDS; b++)
      g_assert_true ((_tautan_render_shape_for_kind (a) == _tautan_render_shape_for_kind (b)) ==
                     g_str_equal (glyphs[a], glyphs[b]));
  g_assert_cmpstr (glyphs[TAUTAN_ENTITY_MEDIA], ==, "⬟");
  g_assert_cmpstr (glyphs[TAUTAN_ENTITY_UNNAMED_GROUP], ==, "▼");
}

static void
test_undo (Fixture       *f,
           gconstpointer  data)
{
  GListModel *views = tautan_session_get_views (f->session);
  TautanLayout *layout = tautan_graph_view_get_layout (f->graph);
  guint lavrov = entity (f, "sergei-lavrov");
  GtkWidget *widget = GTK_WIDGET (f->window);

  /* Nothing to undo yet: it changes nothing. */
  gtk_widget_activate_action (widget, "win.undo", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (views), ==, 0);
  g_assert_cmpuint (tautan_session_get_hidden_kinds (f->session), ==, 0);

  /* Add a view, hide states, pin a node: three edits... */
  g_assert_true (gtk_widget_activate_action (widget, "win.add-view", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (views), >=, 1);
  {
    /* The legend's check buttons are how users filter: toggle "State". */
    GtkWidget *check = legend_check (f, TAUTAN_ENTITY_STATE);

    g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
    gtk_check_button_set_active (GTK_CHECK_BUTTON (check), FALSE);
  }
  g_assert_cmpuint (tautan_session_get_hidden_kinds (f->session), ==, 1u << TAUTAN_ENTITY_STATE);
  _tautan_graph_view_drag_node (f->graph, lavrov, 40, 40);
  g_assert_true (tautan_layout_get_pinned (layout, lavrov));

  /* ...undone in reverse order... */
  g_assert_true (gtk_widget_activate_action (widget, "win.undo", NULL));
  g_assert_false (tautan_layout_get_pinned (layout, lavrov));
  g_assert_true (gtk_widget_activate_action (widget, "win.undo", NULL));
  g_assert_cmpuint (tautan_session_get_hidden_kinds (f->session), ==, 0);
  g_assert_true (gtk_widget_activate_action (widget, "win.undo", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (views), ==, 0);

  /* ...and redone. */
  g_assert_true (gtk_widget_activate_action (widget, "win.redo", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (views), >=, 1);
  g_assert_true (gtk_widget_activate_action (widget, "win.redo", NULL));
  g_assert_cmpuint (tautan_session_get_hidden_kinds (f->session), ==, 1u << TAUTAN_ENTITY_STATE);
  g_assert_true (gtk_widget_activate_action (widget, "win.redo", NULL));
  g_assert_true (tautan_layout_get_pinned (layout, lavrov));
  /* Nothing more to redo: it changes nothing. */
  gtk_widget_activate_action (widget, "win.redo", NULL);
  g_assert_true (tautan_layout_get_pinned (layout, lavrov));
  g_assert_cmpuint (g_list_model_get_n_items (views), >=, 1);
  g_assert_cmpuint (g_list_model_get_n_items (views), ==, 1);
}

/* The report: Choe Son Hui dragged 60 px once the picture was at rest
 * turned Russia from above Kim to below him, and undo gave a third
 * arrangement. Through the window: the drag moves Choe, her neighbours a
 * little, nothing else; undo gives back every position exactly. */
static void
test_drag_at_rest (Fixture       *f,
                   gconstpointer  data)
{
  const TautanView *view = tautan_graph_view_get_view (f->graph);
  TautanLayout *layout = tautan_graph_view_get_layout (f->graph);
  guint n = tautan_dataset_get_n_entities (f->dataset);
  guint choe = entity (f, "choe-son-hui");
  guint kim = entity (f, "kim-jong-un");
  guint russia = entity (f, "russia");
  g_autofree TautanPoint *before = g_new (TautanPoint, n);
  g_autofree TautanPoint *after = g_new (TautanPoint, n);
  g_autofree TautanPoint *now = g_new (TautanPoint, n);
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  double sx, sy, moved = 0;

  while (!tautan_layout_is_settled (layout) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (tautan_layout_is_settled (layout));
  iterate ();
  tautan_layout_get_positions (layout, before);

  sx = (before[choe].x - view->center_x) * view->zoom + view->width / 2.0;
  sy = (before[choe].y - view->center_y) * view->zoom + view->height / 2.0;
  _tautan_graph_view_drag_node (f->graph, choe, sx + 60, sy);
  iterate ();
  g_assert_true (tautan_layout_is_settled (layout));
  tautan_layout_get_positions (layout, after);
  for (guint i = 0; i < n; i++)
    if (i != choe)
      moved = MAX (moved, hypot (after[i].x - before[i].x, after[i].y - before[i].y) * view->zoom);
  g_test_message ("dragged 60 px; the others moved at most %.1f px", moved);
  g_assert_cmpfloat (moved, <, 30);
  g_assert_true ((after[russia].y < after[kim].y) == (before[russia].y < before[kim].y));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  iterate ();
  tautan_layout_get_positions (layout, now);
  g_assert_cmpmem (now, n * sizeof *now, before, n * sizeof *before);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.redo", NULL));
  iterate ();
  tautan_layout_get_positions (layout, now);
  g_assert_cmpmem (now, n * sizeof *now, after, n * sizeof *after);
}

static void
test_present (Fixture       *f,
              gconstpointer  data)
{
  GtkWidget *widget = GTK_WIDGET (f->window);
  TautanTimeSpan y2019 = { tautan_day_from_ymd (2019, 1, 1), tautan_day_from_ymd (2019, 12, 31) };
  TautanTimeSpan y2024 = { tautan_day_from_ymd (2024, 6, 1), tautan_day_from_ymd (2024, 6, 30) };
  TautanTimeSpan got;
  TautanPresentation *presentation = child (f->window, "presentation");
  GtkLabel *title = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (presentation), TAUTAN_TYPE_PRESENTATION,
                                                              "caption_title"));
  GtkWidget *callouts = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (presentation),
                                                                   TAUTAN_TYPE_PRESENTATION, "callout_box"));
  GtkLabel *span = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (presentation), TAUTAN_TYPE_PRESENTATION,
                                                             "caption_span"));

  /* No views: F5 explains instead of presenting nothing. */
  gtk_widget_activate_action (widget, "win.present", NULL);
  g_assert_cmpint (tautan_window_get_slide (f->window), ==, -1);

  tautan_timeline_set_selection (f->timeline, &y2024);
  tautan_session_select_entity (f->session, entity (f, "kim-jong-un"));
  gtk_widget_activate_action (widget, "win.add-view", NULL);
  tautan_timeline_set_selection (f->timeline, &y2019);
  tautan_session_clear_selection (f->session);
  gtk_widget_activate_action (widget, "win.add-view", NULL);

  gtk_widget_activate_action (widget, "win.present", NULL);
  g_assert_cmpint (tautan_window_get_slide (f->window), ==, 0);
  g_assert_false (gtk_widget_get_visible (child (f->window, "header_bar")));
  /* named for the actor selected */
  g_assert_cmpstr (gtk_label_get_text (title), ==, "Kim Jong Un");
  /* Kim is selected on the first slide: his words are called out. */
  g_assert_true (gtk_widget_get_visible (callouts));
  g_assert_nonnull (gtk_widget_get_first_child (callouts));

  gtk_widget_activate_action (widget, "win.present-step", "i", 1);
  g_assert_cmpint (tautan_window_get_slide (f->window), ==, 1);
  gtk_widget_activate_action (widget, "win.present-step", "i", 1);
  g_assert_cmpint (tautan_window_get_slide (f->window), ==, 1);
  /* Nothing selected on the second slide: no call-outs. */
  g_assert_false (gtk_widget_get_visible (callouts));

  /* Leaving puts the window back, on the last slide's window. */
  gtk_widget_activate_action (widget, "win.present-stop", NULL);
  g_assert_cmpint (tautan_window_get_slide (f->window), ==, -1);
  g_assert_true (gtk_widget_get_visible (child (f->window, "header_bar")));
  got = tautan_timeline_get_selection (f->timeline);
  g_assert_cmpint (got.from, ==, y2019.from);
  g_assert_cmpint (got.to, ==, y2019.to);

  /* A cumulative view's caption says where it ends, and only that. */
  tautan_timeline_set_selection (f->timeline, &y2024);
  tautan_timeline_set_cumulative (f->timeline, TRUE);
  gtk_widget_activate_action (widget, "win.add-view", NULL);
  gtk_widget_activate_action (widget, "win.present", NULL);
  gtk_widget_activate_action (widget, "win.present-step", "i", 2);
  g_assert_cmpint (tautan_window_get_slide (f->window), ==, 2);
  g_assert_cmpstr (gtk_label_get_text (span), ==, "Up to 30 Jun 2024");
  gtk_widget_activate_action (widget, "win.present-stop", NULL);
  tautan_timeline_set_cumulative (f->timeline, FALSE);
}

static void
test_export_dialog (Fixture       *f,
                    gconstpointer  data)
{
  TautanExportDialog *dialog = NULL;
  TautanExportOptions options;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export", NULL));
  for (GList *l = gtk_window_list_toplevels (); l; l = g_list_delete_link (l, l))
    if (TAUTAN_IS_EXPORT_DIALOG (l->data))
      dialog = l->data;
  g_assert_nonnull (dialog);

  /* It proposes the canvas's size and every piece of furniture. */
  tautan_export_dialog_get_options (dialog, &options);
  g_assert_cmpint (options.format, ==, TAUTAN_EXPORT_FORMAT_PNG);
  g_assert_cmpint (options.width, ==, tautan_graph_view_get_view (f->graph)->width);
  g_assert_cmpint (options.furniture, ==, TAUTAN_EXPORT_FURNITURE_ALL);
  g_assert_cmpstr (options.title, ==, tautan_dataset_get_title (f->dataset));
  g_assert_cmpfloat (options.label_scale, ==, 1.0);

  /* Label Size: Large gives larger labels. */
  {
    AdwComboRow *row = ADW_COMBO_ROW (gtk_widget_get_template_child (GTK_WIDGET (dialog), TAUTAN_TYPE_EXPORT_DIALOG,
                                                                     "label_size_row"));

    adw_combo_row_set_selected (row, 2);
    tautan_export_dialog_get_options (dialog, &options);
    g_assert_cmpfloat (options.label_scale, >, 1.0);
  }

  tautan_export_dialog_set_format (dialog, TAUTAN_EXPORT_FORMAT_SVG);
  tautan_export_dialog_get_options (dialog, &options);
  g_assert_cmpint (options.format, ==, TAUTAN_EXPORT_FORMAT_SVG);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Every TautanViewRow under @widget that shows a view. */
static void
collect_rows (GtkWidget *widget,
              GPtrArray *rows)
{
  if (TAUTAN_IS_VIEW_ROW (widget) && tautan_view_row_get_view (TAUTAN_VIEW_ROW (widget)) != NULL &&
      gtk_widget_get_mapped (widget))
    g_ptr_array_add (rows, widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    collect_rows (c, rows);
}

/* The row on screen showing the view at @position of the session. */
static TautanViewRow *
row_of (Fixture *f,
        guint    position)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(TautanSavedView) view = g_list_model_get_item (tautan_session_get_views (f->session), position);

  collect_rows (child (f->window, "view_list"), rows);
  for (guint i = 0; i < rows->len; i++)
    if (tautan_view_row_get_view (g_ptr_array_index (rows, i)) == view)
      {
        g_assert_cmpuint (tautan_view_row_get_position (g_ptr_array_index (rows, i)), ==, position);
        return g_ptr_array_index (rows, i);
      }
  g_assert_not_reached ();
}

static void
assert_names (Fixture    *f,
              const char *expected)
{
  g_autofree char *names = tautan_test_view_names (f->session);
  g_assert_cmpstr (names, ==, expected);
}

static void
show_views (Fixture *f)
{
  gtk_menu_button_popup (child (f->window, "views_button"));
  iterate ();
  gtk_test_widget_wait_for_draw (child (f->window, "view_list"));
}

/* Rename the last of four views, press Enter, then move it up three
 * times: this crashed the window (rows destroyed while their name was
 * being edited). The suite runs with fatal criticals. */
static void
test_rename_then_move (Fixture       *f,
                       gconstpointer  data)
{
  GtkEditableLabel *label;
  TautanViewRow *row;

  for (guint i = 0; i < 4; i++)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.add-view", NULL));
  show_views (f);
  assert_names (f, "View 1,View 2,View 3,View 4");

  label = tautan_view_row_get_name_label (row_of (f, 3));
  gtk_editable_label_start_editing (label);
  gtk_editable_set_text (GTK_EDITABLE (label), "Treaty");
  /* Enter. */
  gtk_editable_label_stop_editing (label, TRUE);
  iterate ();
  assert_names (f, "View 1,View 2,View 3,Treaty");
  g_assert_true (tautan_window_get_modified (f->window));

  for (guint i = 0; i < 3; i++)
    {
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row_of (f, 3 - i)), "row.move-up", NULL));
      iterate ();
      gtk_test_widget_wait_for_draw (child (f->window, "view_list"));
    }
  assert_names (f, "Treaty,View 1,View 2,View 3");
  /* At the top, up does nothing. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row_of (f, 0)), "row.move-up", NULL));
  assert_names (f, "Treaty,View 1,View 2,View 3");

  /* Moving a row whose name is being edited keeps the new name. */
  row = row_of (f, 3);
  label = tautan_view_row_get_name_label (row);
  gtk_editable_label_start_editing (label);
  gtk_editable_set_text (GTK_EDITABLE (label), "Summit");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row), "row.move-up", NULL));
  iterate ();
  gtk_test_widget_wait_for_draw (child (f->window, "view_list"));
  assert_names (f, "Treaty,View 1,Summit,View 2");

  /* A row rebound to another view mid-edit drops the edit: the name is
   * never given to a view it was not typed for. */
  label = tautan_view_row_get_name_label (row_of (f, 1));
  gtk_editable_label_start_editing (label);
  gtk_editable_set_text (GTK_EDITABLE (label), "Oops");
  tautan_session_move_view (f->session, 0, 3);
  iterate ();
  gtk_test_widget_wait_for_draw (child (f->window, "view_list"));
  {
    g_autofree char *names = tautan_test_view_names (f->session);
    g_assert_null (strstr (names, "Oops"));
  }

  /* Each step can be undone, back to four unnamed views. */
  while (tautan_session_get_can_undo (f->session))
    {
      g_autofree char *names = tautan_test_view_names (f->session);

      if (g_str_equal (names, "View 1,View 2,View 3,View 4"))
        break;
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
    }
  assert_names (f, "View 1,View 2,View 3,View 4");
}

/* Unpin-all after a save is an edit like any other. */
static void
test_unpin_all (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "pins.tautan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  TautanLayout *layout = tautan_graph_view_get_layout (f->graph);
  guint lavrov = entity (f, "sergei-lavrov");

  _tautan_graph_view_drag_node (f->graph, lavrov, 60, 70);
  g_assert_true (tautan_layout_get_pinned (layout, lavrov));
  g_assert_true (tautan_window_save_workspace (f->window, file));
  g_assert_false (tautan_window_get_modified (f->window));
  g_assert_false (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (f->window)), "• "));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->graph), "view.unpin-all", NULL));
  g_assert_false (tautan_layout_get_pinned (layout, lavrov));
  g_assert_true (tautan_window_get_modified (f->window));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (f->window)), "• "));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_true (tautan_layout_get_pinned (layout, lavrov));
  g_assert_false (tautan_window_get_modified (f->window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.redo", NULL));
  g_assert_false (tautan_layout_get_pinned (layout, lavrov));
  g_assert_true (tautan_window_get_modified (f->window));
}

static gboolean
loaded (gpointer data)
{
  return tautan_window_get_dataset (data) != NULL && !tautan_window_get_loading (data);
}

/* A 50,000-character name: every label gets a short version, and the
 * window draws (a hang here would time the test out). */
static void
test_long_names (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "odd", "ds-name-50000.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkLabel *name;
  TautanEntity e;
  guint kim;

  tautan_window_open (f->window, file);
  while (!loaded (f->window))
    g_main_context_iteration (NULL, TRUE);
  f->session = tautan_window_get_session (f->window);
  f->dataset = tautan_window_get_dataset (f->window);
  kim = entity (f, "kim");
  tautan_dataset_get_entity (f->dataset, kim, &e);
  g_assert_cmpuint (g_utf8_strlen (e.name, -1), ==, 50000);

  tautan_session_select_entity (f->session, kim);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.add-view", NULL));
  gtk_menu_button_popup (child (f->window, "legend_button"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));

  name = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (f->panel), TAUTAN_TYPE_SIDE_PANEL, "entity_name"));
  g_assert_cmpstr (tautan_side_panel_get_page (f->panel), ==, "entity");
  g_assert_cmpuint (g_utf8_strlen (gtk_label_get_text (name), -1), <=, 201);
  g_assert_true (g_str_has_suffix (gtk_label_get_text (name), "…"));
  g_assert_cmpuint (g_utf8_strlen (gtk_window_get_title (GTK_WINDOW (f->window)), -1), <=, 210);

  /* Closed before the window goes: a popover still open then makes GTK
   * ask a destroyed surface for the pointer. */
  gtk_menu_button_popdown (child (f->window, "legend_button"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
}

/* The legend's popover is as tall as the window leaves room for below
 * its button: on a tall window the bundled dataset's entries (taller
 * than the 560 px it was capped at) show without scrolling, or in all the
 * room there is; on a short one it stays within the window. */
static void
test_legend_fits_window (Fixture       *f,
                         gconstpointer  data)
{
  static const int heights[] = { 1040, 500 };

  for (guint i = 0; i < G_N_ELEMENTS (heights); i++)
    {
      TautanWindow *window = tautan_window_new (ADW_APPLICATION (f->app));
      GtkWidget *button, *legend, *scroller, *list;
      graphene_rect_t bounds;
      int natural, room;

      gtk_window_set_default_size (GTK_WINDOW (window), 1200, heights[i]);
      gtk_window_present (GTK_WINDOW (window));
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", NULL));
      tautan_test_wait_for (tautan_test_has_dataset, window);
      button = child (window, "legend_button");
      legend = child (window, "legend");
      scroller = (GtkWidget *)gtk_widget_get_template_child (legend, TAUTAN_TYPE_LEGEND, "scroller");
      list = (GtkWidget *)gtk_widget_get_template_child (legend, TAUTAN_TYPE_LEGEND, "list");

      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
      gtk_menu_button_popup (GTK_MENU_BUTTON (button));
      for (guint k = 0; k < 3; k++)
        {
          gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
          iterate ();
        }
      g_assert_true (gtk_widget_get_mapped (scroller));
      g_assert_true (gtk_widget_compute_bounds (button, GTK_WIDGET (window), &bounds));
      room = gtk_widget_get_height (GTK_WIDGET (window)) - (int)(bounds.origin.y + bounds.size.height);
      gtk_widget_measure (list, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (list), NULL, &natural, NULL, NULL);
      g_test_message ("window %d: room %d, entries %d, shown %d", gtk_widget_get_height (GTK_WIDGET (window)),
                      room, natural, gtk_widget_get_height (scroller));
      g_assert_cmpint (gtk_widget_get_height (scroller), <=, room);
      if (i == 0)
        {
          /* else this window proves nothing */
          g_assert_cmpint (natural, >, 560);
          g_assert_cmpint (gtk_widget_get_height (scroller), >=, MIN (natural, room - 60));
        }

      /* Closed before the window goes (see test_long_names). */
      gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
      tautan_test_destroy_window (GTK_WINDOW (window));
    }
}

/* 100,000 saved views: the list shows a screenful of rows. */
static void
test_many_views (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(TautanWorkspace) workspace = tautan_workspace_new ();
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  for (guint i = 0; i < 100000; i++)
    {
      g_autofree char *name = g_strdup_printf ("View %u", i + 1);
      g_ptr_array_add (all, tautan_saved_view_new (name));
    }
  g_list_store_splice (tautan_workspace_get_views (workspace), 0, 0, all->pdata, all->len);
  tautan_session_apply_workspace (f->session, workspace);
  show_views (f);

  collect_rows (child (f->window, "view_list"), rows);
  g_assert_cmpuint (rows->len, >, 0);
  g_assert_cmpuint (rows->len, <, 200);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row_of (f, 1)), "row.move-up", NULL));
  iterate ();
  {
    g_autoptr(TautanSavedView) first = g_list_model_get_item (tautan_session_get_views (f->session), 0);
    g_assert_cmpstr (tautan_saved_view_get_name (first), ==, "View 2");
  }
}

/* The first descendant of widget of the given type, depth first. */
static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_descendant (c, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* One quote card template serves the side panel and the presentation's
 * call-outs. */
static void
test_quote_cards (Fixture       *f,
                  gconstpointer  data)
{
  TautanPresentation *presentation = child (f->window, "presentation");
  GtkWidget *callouts = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (presentation),
                                                                   TAUTAN_TYPE_PRESENTATION, "callout_box"));

  tautan_session_select_entity (f->session, entity (f, "kim-jong-un"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  g_assert_nonnull (find_descendant (GTK_WIDGET (f->panel), TAUTAN_TYPE_QUOTE_CARD));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.add-view", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.present", NULL));
  g_assert_cmpint (tautan_window_get_slide (f->window), ==, 0);
  g_assert_nonnull (find_descendant (callouts, TAUTAN_TYPE_QUOTE_CARD));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.present-stop", NULL);
}

#define PERIOD_TITLE "Three decades, for the period tests"

static gboolean
shows_period (gpointer data)
{
  TautanWindow *window = data;
  TautanDataset *dataset = tautan_window_get_dataset (window);

  return tautan_test_has_dataset (window) &&
         g_strcmp0 (tautan_dataset_get_title (dataset), PERIOD_TITLE) == 0;
}

/* Opening a file: the progress page, then the graph at once, with no
 * crossfade drawing both pages over the first frames of the new graph;
 * the title and the body agree all along. */
static void
test_open_straight (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "period.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkStack *stack = child (f->window, "stack");

  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  tautan_window_open (f->window, file);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "loading");
  tautan_test_wait_for (shows_period, f->window);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "explorer");
  g_assert_false (gtk_stack_get_transition_running (stack));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (f->window)), ==, PERIOD_TITLE);
}

/* A window just shown draws its first frame before its load starts: that
 * frame is the heaviest of the progress page, and the loader's threads
 * would take the cores it needs. The file still opens, and a load
 * cancelled while it waits ends as a cancelled one does. */
typedef struct
{
  TautanWindow *window;
  gboolean      waiting_after_paint;
  guint         n_paints;
} FirstFrame;

static void
first_frame_painted_cb (GdkFrameClock *clock,
                        FirstFrame    *ff)
{
  /* Connected after the window's own handler, so this runs after it. */
  if (ff->n_paints++ == 0)
    ff->waiting_after_paint = _tautan_window_get_load_waiting (ff->window);
}

static gboolean
painted (gpointer data)
{
  return ((FirstFrame *)data)->n_paints > 0;
}

static gboolean
not_loading (gpointer data)
{
  return !tautan_window_get_loading (data);
}

static void
test_open_first_frame (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "period.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  FirstFrame ff = { NULL };
  GdkFrameClock *clock;
  gulong id;

  /* The fixture's window has drawn: its loads start at once. */
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  tautan_window_open (f->window, file);
  g_assert_false (_tautan_window_get_load_waiting (f->window));
  tautan_test_wait_for (shows_period, f->window);

  ff.window = tautan_window_new (ADW_APPLICATION (f->app));
  gtk_window_set_default_size (GTK_WINDOW (ff.window), 800, 600);
  gtk_window_present (GTK_WINDOW (ff.window));
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (ff.window));
  g_assert_nonnull (clock);
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (first_frame_painted_cb), &ff);
  tautan_window_open (ff.window, file);
  g_assert_true (_tautan_window_get_load_waiting (ff.window));
  g_assert_true (tautan_window_get_loading (ff.window));
  tautan_test_wait_for (painted, &ff);
  /* The frame started it (unless the timeout came first, on a slow box). */
  g_assert_false (_tautan_window_get_load_waiting (ff.window));
  g_assert_false (ff.waiting_after_paint);
  tautan_test_wait_for (shows_period, ff.window);
  g_signal_handler_disconnect (clock, id);
  tautan_test_destroy_window (GTK_WINDOW (ff.window));

  /* Cancelled while it waits: no dataset, the window empty again. */
  ff.window = tautan_window_new (ADW_APPLICATION (f->app));
  gtk_window_present (GTK_WINDOW (ff.window));
  tautan_window_open (ff.window, file);
  g_assert_true (_tautan_window_get_load_waiting (ff.window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (ff.window), "win.cancel-load", NULL));
  g_assert_false (_tautan_window_get_load_waiting (ff.window));
  g_assert_false (tautan_window_get_loading (ff.window));
  g_assert_null (tautan_window_get_dataset (ff.window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (child (ff.window, "stack")), ==, "empty");

  /* A newer file while one waits: the newer one opens. */
  tautan_window_open (ff.window, file);
  g_assert_true (_tautan_window_get_load_waiting (ff.window));
  tautan_window_open (ff.window, file);
  tautan_test_wait_for (shows_period, ff.window);
  tautan_test_destroy_window (GTK_WINDOW (ff.window));

  /* Closed while it waits: the load goes with the window. */
  ff.window = tautan_window_new (ADW_APPLICATION (f->app));
  gtk_window_present (GTK_WINDOW (ff.window));
  tautan_window_open (ff.window, file);
  g_assert_true (_tautan_window_get_load_waiting (ff.window));
  tautan_test_destroy_window (GTK_WINDOW (ff.window));
  g_assert_cmpuint (_tautan_window_get_n_loads (), ==, 0);
}

/* The progress bar moves a few times a second, not at every tick of the
 * loader (every 4,096 records): each move redraws the whole page on the
 * main thread, which the loader's threads want. A generated dataset big
 * enough for dozens of ticks; however long the load takes, the bar moves
 * at most once per 200 ms, plus its first and last moves. */
typedef struct
{
  guint  n;
  double last;
} Moves;

static void
progress_moved_cb (TautanWindow *window,
                   GParamSpec   *pspec,
                   Moves        *moves)
{
  double progress;

  g_object_get (window, "progress", &progress, NULL);
  g_assert_cmpfloat (progress, >=, moves->last);
  moves->last = progress;
  moves->n++;
}

static void
test_progress_moves (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "progress-60k.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  Moves moves = { 0 };
  gint64 start, elapsed;
  gulong id;

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  g_assert_true (tautan_bench_gen_write (path, 60000, 3000, 7, &error));
  g_assert_no_error (error);

  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  id = g_signal_connect (f->window, "notify::progress", G_CALLBACK (progress_moved_cb), &moves);
  start = g_get_monotonic_time ();
  tautan_window_open (f->window, file);
  tautan_test_wait_for (not_loading, f->window);
  elapsed = g_get_monotonic_time () - start;
  g_signal_handler_disconnect (f->window, id);

  g_assert_nonnull (tautan_window_get_dataset (f->window));
  g_assert_cmpuint (tautan_dataset_get_n_events (tautan_window_get_dataset (f->window)), ==, 60000);
  g_assert_cmpfloat (moves.last, ==, 1.0);
  g_assert_cmpuint (moves.n, >=, 1);
  g_assert_cmpuint (moves.n, <=, elapsed / (200 * 1000) + 2);
}

/* A big dataset's layout (50,000 events or more: its session is made on
 * the loader's side) waits, held, while the graph's first scene is built
 * and drawn; that frame lets it go, and it runs. */
static gboolean
layout_released (gpointer data)
{
  TautanWindow *window = data;

  return !tautan_layout_get_held (window->graph_view->layout);
}

static gboolean
layout_iterated (gpointer data)
{
  TautanWindow *window = data;

  return tautan_layout_get_iterations (window->graph_view->layout) > 0;
}

static gboolean
graph_has_scene (gpointer data)
{
  return tautan_graph_view_has_scene (((TautanWindow *)data)->graph_view);
}

static void
test_open_holds_layout (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "held-60k.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  TautanLayout *layout;

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  g_assert_true (tautan_bench_gen_write (path, 60000, 3000, 7, &error));
  g_assert_no_error (error);

  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  tautan_window_open (f->window, file);
  tautan_test_wait_for (not_loading, f->window);
  g_assert_nonnull (tautan_window_get_dataset (f->window));

  /* Shown, its graph not drawn yet: the layout is started but held. */
  layout = f->window->graph_view->layout;
  g_assert_nonnull (layout);
  g_assert_true (layout == tautan_session_get_layout (f->window->session));
  g_assert_true (tautan_layout_get_held (layout));
  g_assert_true (tautan_layout_is_running (layout));
  g_assert_cmpuint (tautan_layout_get_iterations (layout), ==, 0);

  /* Let go by the graph's first frame, or after HOLD_MAX_MS should that
   * frame be slower (under the sanitizers a 60,000-event scene can be). */
  tautan_test_wait_for (layout_released, f->window);
  g_assert_null (f->window->held_layout);
  tautan_test_wait_for (graph_has_scene, f->window);
  tautan_test_wait_for (layout_iterated, f->window);
}

/* A big first scene starts building once the frame that shows its
 * placeholder is painted, not during it: such a build first gives
 * malloc's free pages back to the system, the very pages that frame
 * paints in (see /tautan/explorer/frames-warm). */
typedef struct
{
  TautanWindow  *window;
  TautanDataset *before;    /* the dataset shown until the new one */
  gboolean      seen;
  gboolean      building;   /* at the end of the placeholder's frame */
} FirstBuild;

static void
first_build_frame_cb (GdkFrameClock *clock,
                      FirstBuild    *fb)
{
  TautanGraphView *graph = fb->window->graph_view;

  if (!fb->seen && graph->dataset != NULL && graph->dataset != fb->before && gtk_widget_get_mapped (GTK_WIDGET (graph)))
    {
      fb->seen = TRUE;
      fb->building = graph->building || graph->scene != NULL;
    }
}

static void
test_first_build_after_frame (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "first-build-60k.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  FirstBuild fb = { f->window, f->dataset, FALSE, FALSE };
  GdkFrameClock *clock;
  gulong id;

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  g_assert_true (tautan_bench_gen_write (path, 60000, 3000, 7, &error));
  g_assert_no_error (error);

  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (f->window));
  id = g_signal_connect_after (clock, "after-paint", G_CALLBACK (first_build_frame_cb), &fb);
  tautan_window_open (f->window, file);
  tautan_test_wait_for (not_loading, f->window);
  g_assert_nonnull (tautan_window_get_dataset (f->window));
  g_assert_false (tautan_graph_view_has_scene (f->window->graph_view));
  g_assert_cmpuint (tautan_slice_get_n_edges (tautan_graph_view_get_slice (f->window->graph_view)), >=, 5000);

  tautan_test_wait_for (graph_has_scene, f->window);
  g_signal_handler_disconnect (clock, id);
  g_assert_true (fb.seen);
  g_assert_false (fb.building);
}

/* The timeline's period popover fills its year, quarter and month
 * buttons in a main-loop turn of its own, after the one that shows a new
 * dataset (at 1M events that turn must stay short); opened before then,
 * it has the new dataset all the same. */
static gboolean
period_has_dataset (gpointer data)
{
  gpointer *pair = data;

  return tautan_period_popover_get_dataset (pair[0]) == pair[1];
}

static void
test_period_popover_later (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "period.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanDataset) period = tautan_dataset_load_file (file, FALSE, NULL, NULL, NULL, NULL, &error);
  g_autoptr(TautanSession) bundled = g_object_ref (f->session);
  g_autoptr(TautanSession) session = NULL;
  TautanPeriodPopover *popover;
  gpointer pair[2];

  g_assert_no_error (error);
  popover = TAUTAN_PERIOD_POPOVER (gtk_widget_get_template_child (GTK_WIDGET (f->timeline), TAUTAN_TYPE_TIMELINE,
                                                                  "period_popover"));
  gtk_popover_set_autohide (GTK_POPOVER (popover), FALSE);
  pair[0] = popover;
  pair[1] = f->dataset;
  tautan_test_wait_for (period_has_dataset, pair);

  session = tautan_session_new (period);
  _tautan_window_set_session (f->window, session);
  g_assert_true (tautan_timeline_get_dataset (f->timeline) == period);
  g_assert_true (tautan_period_popover_get_dataset (popover) == f->dataset);
  pair[1] = period;
  tautan_test_wait_for (period_has_dataset, pair);

  /* Opened in the same turn as the dataset came. */
  _tautan_window_set_session (f->window, bundled);
  g_assert_true (tautan_period_popover_get_dataset (popover) == period);
  gtk_popover_popup (GTK_POPOVER (popover));
  g_assert_true (tautan_period_popover_get_dataset (popover) == f->dataset);
  gtk_popover_popdown (GTK_POPOVER (popover));
  iterate ();
  g_assert_true (tautan_period_popover_get_dataset (popover) == f->dataset);
}

/* With GSK's cairo renderer on X11 (the tests' Xvfb), a frame that
 * repaints the whole window paints into memory earlier frames touched:
 * malloc keeps the window-sized image a frame frees, and cairo keeps its
 * shared-memory pool for the copy to the X server. A frame into fresh
 * memory faults in both, two window-sized buffers (1200 x 800 x 4 bytes:
 * 938 pages each), which at 1M events was most of the explorer's first
 * frame. Counted in pages, not timed. */
typedef struct
{
  glong start;
  glong faults;
  guint n;
} FrameFaults;

static glong
thread_faults (void)
{
  struct rusage usage;

  g_assert_cmpint (getrusage (RUSAGE_THREAD, &usage), ==, 0);
  return usage.ru_minflt;
}

static void
faults_before_cb (GdkFrameClock *clock,
                  FrameFaults   *ff)
{
  ff->start = thread_faults ();
}

static void
faults_after_cb (GdkFrameClock *clock,
                 FrameFaults   *ff)
{
  ff->faults = thread_faults () - ff->start;
  ff->n++;
}

static gboolean
frame_ended (gpointer data)
{
  gpointer *pair = data;

  return ((FrameFaults *)pair[0])->n != GPOINTER_TO_UINT (pair[1]);
}

/* Whether @data lies in System V shared memory: cairo's pools for the
 * copies to the X server. */
static gboolean
in_shared_memory (gconstpointer data)
{
  g_autofree char *maps = NULL;
  g_auto(GStrv) lines = NULL;
  guintptr at = GPOINTER_TO_SIZE (data);

  g_assert_true (g_file_get_contents ("/proc/self/maps", &maps, NULL, NULL));
  lines = g_strsplit (maps, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *end;
      guint64 from = g_ascii_strtoull (lines[i], &end, 16);
      guint64 to = *end == '-' ? g_ascii_strtoull (end + 1, NULL, 16) : 0;

      if (at >= from && at < to)
        return strstr (lines[i], "/SYSV") != NULL;
    }
  return FALSE;
}

static void
test_frames_warm (Fixture       *f,
                  gconstpointer  data)
{
  GtkNative *native = GTK_NATIVE (f->window);
  GtkWidget *body = child (f->window, "toast_overlay");
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (f->window));
  FrameFaults ff = { 0 };
  glong faults[4];
  gsize buffer;
  gulong ids[2];

#ifdef GDK_WINDOWING_X11
  if (!GDK_IS_X11_DISPLAY (gtk_widget_get_display (body)) || !GSK_IS_CAIRO_RENDERER (gtk_native_get_renderer (native)))
#endif
    {
      g_test_skip ("not GSK's cairo renderer on X11");
      return;
    }

  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  buffer = (gsize)gtk_widget_get_width (GTK_WIDGET (f->window)) * gtk_widget_get_height (GTK_WIDGET (f->window)) * 4;
#if defined (__SANITIZE_ADDRESS__)
  /* ASan's allocator, not glibc's, serves every frame and keeps what is
   * freed in quarantine: what this checks is not there to check. */
  g_test_skip ("glibc's allocator is replaced by AddressSanitizer's");
  return;
#endif
#ifdef __GLIBC__
  {
    /* A window-sized allocation comes from the heap, not a mapping of its own. */
    struct mallinfo2 before = mallinfo2 ();
    g_autofree char *frame = g_malloc (buffer);
    struct mallinfo2 after = mallinfo2 ();

    g_assert_cmpuint (after.hblks, ==, before.hblks);
  }
  {
    /* Up to glibc's largest threshold, whatever was freed before. */
    struct mallinfo2 before = mallinfo2 ();
    g_autofree char *big = g_malloc ((31 << 20));
    struct mallinfo2 after = mallinfo2 ();

    g_assert_cmpuint (after.hblks, ==, before.hblks);
  }
#endif

  /* The window holds an image in cairo's shared-memory pool, so the
   * pool (emptied by every frame's copy) is never dropped. */
  g_assert_nonnull (f->window->frame_keeper);
  g_assert_true (in_shared_memory (cairo_image_surface_get_data (f->window->frame_keeper)));

  /* The body half transparent, then opaque, twice: each of these frames
   * repaints all of it (as a page change does). */
  tautan_layout_stop (f->graph->layout);
  ids[0] = g_signal_connect (clock, "before-paint", G_CALLBACK (faults_before_cb), &ff);
  ids[1] = g_signal_connect_after (clock, "after-paint", G_CALLBACK (faults_after_cb), &ff);
  for (guint i = 0; i < G_N_ELEMENTS (faults); i++)
    {
      gpointer pair[2] = { &ff, GUINT_TO_POINTER (ff.n) };

      gtk_widget_set_opacity (body, i % 2 == 0 ? 0.5 : 1.0);
      tautan_test_wait_for (frame_ended, pair);
      faults[i] = ff.faults;
    }
  g_signal_handler_disconnect (clock, ids[0]);
  g_signal_handler_disconnect (clock, ids[1]);

  /* The first two may touch new memory; the next two repaint in it. */
  g_test_message ("page faults of the four frames: %ld %ld %ld %ld (a window-sized buffer: %zu pages)",
                  faults[0], faults[1], faults[2], faults[3], buffer / 4096);
  g_assert_cmpint (faults[2], <, (glong)(buffer / 4096 / 4));
  g_assert_cmpint (faults[3], <, (glong)(buffer / 4096 / 4));
}

int
main (int   argc,
      char *argv[])
{
  /* No test writes to the home folder (Recent files included). */
  tautan_test_home_init ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) g_test_add ("/tautan/explorer/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("actors-in-scene", test_actors_in_scene);
  ADD ("window-2025", test_window_2025);
  ADD ("select-kim", test_select_kim);
  ADD ("show-in-source", test_show_in_source);
  ADD ("edge-panel", test_edge_panel);
  ADD ("gestures", test_gestures);
  ADD ("search", test_search);
  ADD ("search-typed-busy", test_search_typed_busy);
  ADD ("search-move-then-close", test_search_move_then_close);
  ADD ("filters", test_filters);
  ADD ("summary-rows", test_summary_rows);
  ADD ("rollup-counts", test_rollup_counts);
  ADD ("event-dates", test_event_dates);
  ADD ("workspace", test_workspace);
  ADD ("undo", test_undo);
  ADD ("drag-at-rest", test_drag_at_rest);
  ADD ("present", test_present);
  ADD ("export-dialog", test_export_dialog);
  ADD ("rename-then-move", test_rename_then_move);
  ADD ("unpin-all", test_unpin_all);
  ADD ("long-names", test_long_names);
  ADD ("many-views", test_many_views);
  ADD ("legend-fits-window", test_legend_fits_window);
  ADD ("legend-glyphs", test_legend_glyphs);
  ADD ("quote-cards", test_quote_cards);
  ADD ("open-straight", test_open_straight);
  ADD ("open-first-frame", test_open_first_frame);
  ADD ("progress-moves", test_progress_moves);
  ADD ("open-holds-layout", test_open_holds_layout);
  ADD ("period-popover-later", test_period_popover_later);
  ADD ("frames-warm", test_frames_warm);
  ADD ("first-build-after-frame", test_first_build_after_frame);
#undef ADD

  {
    int ret = g_test_run ();

    g_clear_object (&the_app);
    return ret;
  }
}
