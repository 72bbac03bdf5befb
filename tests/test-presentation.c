/* test-presentation.c: presentation mode's caption and call-outs
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tautan-test-home.h"
#include "tautan-test-window.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>

#include "tautan/tautan-filter.h"
#include "tautan/tautan-graph-view.h"
#include "tautan/tautan-quote-card.h"
#include "tautan/tautan-presentation.h"
#include "tautan/tautan-window.h"
#include "tautan/tautan-workspace.h"

static gpointer
child (TautanWindow *window,
       const char   *name)
{
  return gtk_widget_get_template_child (GTK_WIDGET (window), TAUTAN_TYPE_WINDOW, name);
}

static gpointer
slide_child (TautanPresentation *presentation,
             const char         *name)
{
  return gtk_widget_get_template_child (GTK_WIDGET (presentation), TAUTAN_TYPE_PRESENTATION, name);
}

static gboolean
is_null (gpointer data)
{
  return *(gpointer *)data == NULL;
}

/* A window of @width × @height, shown, with @file loaded, or the bundled
 * dataset if NULL. */
static TautanWindow *
show_window (int    width,
             int    height,
             GFile *file)
{
  TautanWindow *window = tautan_window_new (ADW_APPLICATION (tautan_test_app ()));

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  if (file != NULL)
    tautan_window_open (window, file);
  else
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", NULL));
  tautan_test_wait_for (tautan_test_has_dataset, window);
  return window;
}

/* A few frames: the camera settles and the tick places the call-outs. */
static void
frames (TautanWindow *window,
        guint         n)
{
  for (guint i = 0; i < n; i++)
    {
      gtk_widget_queue_draw (GTK_WIDGET (window));
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
      tautan_test_iterate ();
    }
}

/* The call-outs' box and @entity's node, in the presentation's pixels,
 * never overlap. */
static void
assert_clear (TautanPresentation *presentation,
              TautanGraphView    *graph,
              guint               entity)
{
  GtkWidget *callouts = slide_child (presentation, "callout_box");
  const TautanSceneNode *node = tautan_scene_find_node (tautan_graph_view_get_scene (graph), entity);
  graphene_rect_t box, dot;

  g_assert_nonnull (node);
  g_assert_true (gtk_widget_compute_bounds (callouts, GTK_WIDGET (presentation), &box));
  graphene_rect_init (&dot, node->x - node->radius, node->y - node->radius, 2 * node->radius, 2 * node->radius);
  g_assert_false (graphene_rect_intersection (&box, &dot, NULL));
}

static void
test_caption_and_callouts (void)
{
  TautanWindow *window = show_window (1400, 900, NULL);
  TautanTimeSpan all;
  TautanSession *session;
  TautanPresentation *presentation;
  TautanGraphView *graph;
  TautanDataset *dataset;
  GtkWidget *callouts;
  guint kim;
  double zoom, cx, cy;
  const TautanSceneNode *node;
  const char *summary;

  session = tautan_window_get_session (window);
  dataset = tautan_window_get_dataset (window);
  presentation = child (window, "presentation");
  graph = child (window, "graph_view");
  callouts = slide_child (presentation, "callout_box");
  kim = tautan_dataset_lookup_entity (dataset, "kim-jong-un");

  /* A cumulative view up to the dataset's last day, Kim selected. */
  all = tautan_dataset_get_span (dataset);
  tautan_session_set_cumulative (session, TRUE);
  tautan_session_set_span (session, &all);
  tautan_session_select_entity (session, kim);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-view", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  frames (window, 3);

  /* The caption says the end day alone. */
  g_assert_cmpstr (gtk_label_get_text (slide_child (presentation, "caption_span")), ==, "Up to 31 Jul 2025");
  /* And what happened: the events of the window, by type. */
  summary = gtk_label_get_text (slide_child (presentation, "caption_summary"));
  g_assert_true (g_str_has_prefix (summary, "37 events: "));
  g_assert_nonnull (strstr (summary, "Support or praise"));
  g_assert_true (gtk_widget_get_visible (callouts));

  /* Kim under the top-right corner: the call-outs move away from him. */
  tautan_graph_view_get_camera (graph, &zoom, &cx, &cy);
  node = tautan_scene_find_node (tautan_graph_view_get_scene (graph), kim);
  g_assert_nonnull (node);
  /* Shift the camera so Kim's node sits 150 px from the right, 120 from the top. */
  cx += (node->x - (gtk_widget_get_width (GTK_WIDGET (graph)) - 150)) / zoom;
  cy += (node->y - 120) / zoom;
  tautan_graph_view_set_camera (graph, zoom, cx, cy, FALSE);
  frames (window, 3);
  node = tautan_scene_find_node (tautan_graph_view_get_scene (graph), kim);
  g_assert_cmpfloat_with_epsilon (node->x, gtk_widget_get_width (GTK_WIDGET (graph)) - 150, 2);
  g_assert_cmpint (gtk_widget_get_halign (callouts), ==, GTK_ALIGN_START);
  assert_clear (presentation, graph, kim);

  /* Kim at the top left: back to the top right, where they read first. */
  cx += (node->x - 150) / zoom;
  tautan_graph_view_set_camera (graph, zoom, cx, cy, FALSE);
  frames (window, 3);
  g_assert_cmpint (gtk_widget_get_halign (callouts), ==, GTK_ALIGN_END);
  g_assert_cmpint (gtk_widget_get_valign (callouts), ==, GTK_ALIGN_START);
  assert_clear (presentation, graph, kim);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present-stop", NULL));

  /* Support hidden: the summary counts what the canvas shows. */
  {
    TautanTaxonomy *taxonomy = tautan_dataset_get_taxonomy (dataset);
    int support = tautan_taxonomy_lookup (taxonomy, "support");
    guint64 before = g_ascii_strtoull (summary, NULL, 10);
    g_autofree char *was = g_strdup (summary);

    g_assert_cmpint (support, >=, 0);
    tautan_session_set_type_hidden (session, (guint)support, TRUE);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
    summary = gtk_label_get_text (slide_child (presentation, "caption_summary"));
    g_assert_cmpstr (summary, !=, was);
    g_assert_null (strstr (summary, "Support or praise"));
    g_assert_cmpuint (g_ascii_strtoull (summary, NULL, 10), <, before);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present-stop", NULL));
  }

  /* A composed filter: the slide counts and quotes what the canvas draws
   * under it, as the side panel counts it. */
  {
    static const char * const claimed[] = { "claimed", NULL };
    g_autoptr(TautanFilter) filter = tautan_filter_with_values (tautan_session_get_filter (session),
                                                                TAUTAN_FILTER_STATUS, claimed);
    g_autoptr(TautanSliceShown) shown = NULL;
    g_autofree guint8 *event_shown = g_new0 (guint8, tautan_dataset_get_n_events (dataset));
    TautanTypeMask hidden_types;
    guint n_cards = 0;

    tautan_session_set_filter (session, filter);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
    frames (window, 3);
    tautan_session_get_hidden_type_mask (session, &hidden_types);
    shown = tautan_filter_count_shown (filter, tautan_session_get_slice (session),
                                       tautan_session_get_hidden_kinds (session), &hidden_types, NULL);
    summary = gtk_label_get_text (slide_child (presentation, "caption_summary"));
    g_test_message ("filtered: %s", summary);
    g_assert_cmpuint (shown->n_events, >, 0);
    g_assert_cmpuint (g_ascii_strtoull (summary, NULL, 10), ==, shown->n_events);
    for (guint i = 0; i < shown->events->len; i++)
      event_shown[g_array_index (shown->events, guint32, i)] = 1;
    for (GtkWidget *card = gtk_widget_get_first_child (callouts); card != NULL; card = gtk_widget_get_next_sibling (card))
      if (gtk_widget_get_visible (card))
        {
          TautanQuote quote;

          tautan_dataset_get_quote (dataset, tautan_quote_card_get_quote (TAUTAN_QUOTE_CARD (card)), &quote);
          g_assert_true (quote.event == TAUTAN_NONE || event_shown[quote.event]);
          n_cards++;
        }
    g_test_message ("%u call-outs", n_cards);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present-stop", NULL));
  }
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *)&window);
  gtk_window_destroy (GTK_WINDOW (window));
  tautan_test_iterate ();
  tautan_test_wait_for (is_null, &window);
}

/* In a short window the call-outs' column is taller than the space above
 * the caption on the left: when the top right is taken by the selection,
 * they go where they cover neither it nor the caption. */
static void
test_callouts_clear_caption (void)
{
  TautanWindow *window;
  TautanPresentation *presentation;
  TautanGraphView *graph;
  TautanSession *session;
  GtkWidget *callouts, *caption;
  const TautanSceneNode *node;
  graphene_rect_t box, under;
  TautanTimeSpan all;
  double zoom, cx, cy;
  guint kim;

  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  window = show_window (1200, 700, NULL);
  session = tautan_window_get_session (window);
  presentation = child (window, "presentation");
  graph = child (window, "graph_view");
  callouts = slide_child (presentation, "callout_box");
  caption = slide_child (presentation, "caption_box");
  kim = tautan_dataset_lookup_entity (tautan_window_get_dataset (window), "kim-jong-un");

  all = tautan_dataset_get_span (tautan_window_get_dataset (window));
  tautan_session_set_cumulative (session, TRUE);
  tautan_session_set_span (session, &all);
  tautan_session_select_entity (session, kim);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-view", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  frames (window, 3);

  /* Kim under the top right corner. */
  tautan_graph_view_get_camera (graph, &zoom, &cx, &cy);
  node = tautan_scene_find_node (tautan_graph_view_get_scene (graph), kim);
  g_assert_nonnull (node);
  cx += (node->x - (gtk_widget_get_width (GTK_WIDGET (graph)) - 150)) / zoom;
  cy += (node->y - 120) / zoom;
  tautan_graph_view_set_camera (graph, zoom, cx, cy, FALSE);
  frames (window, 4);

  g_assert_true (gtk_widget_compute_bounds (callouts, GTK_WIDGET (presentation), &box));
  g_assert_true (gtk_widget_compute_bounds (caption, GTK_WIDGET (presentation), &under));
  g_test_message ("call-outs %.0f,%.0f %.0f × %.0f; caption %.0f,%.0f %.0f × %.0f", box.origin.x, box.origin.y,
                  box.size.width, box.size.height, under.origin.x, under.origin.y, under.size.width, under.size.height);
  g_assert_false (graphene_rect_intersection (&box, &under, NULL));
  assert_clear (presentation, graph, kim);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present-stop", NULL));
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", TRUE, NULL);
  tautan_test_destroy_window (GTK_WINDOW (window));
}

/* How much of the canvas the drawn nodes span: 1 when they reach the
 * fit's margins across its width or its height. */
static double
drawn_fill_above (TautanGraphView *graph,
                  double           inset_bottom,
                  double          *lowest)
{
  TautanScene *scene = tautan_graph_view_get_scene (graph);
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;
  double w = gtk_widget_get_width (GTK_WIDGET (graph)) - 2 * 48.0;
  double h = gtk_widget_get_height (GTK_WIDGET (graph)) - inset_bottom - 2 * 48.0;

  if (scene == NULL || tautan_scene_get_n_nodes (scene) < 2 || w <= 0 || h <= 0)
    return 0;
  /* the shapes and the labels drawn: what zoom to fit frames */
  for (guint i = 0; i < tautan_scene_get_n_nodes (scene); i++)
    {
      const TautanSceneNode *node = tautan_scene_get_node (scene, i);

      x0 = MIN (x0, node->x - node->radius);
      y0 = MIN (y0, node->y - node->radius);
      x1 = MAX (x1, node->x + node->radius);
      y1 = MAX (y1, node->y + node->radius);
      if (node->label_visible)
        {
          x0 = MIN (x0, node->label_x);
          y0 = MIN (y0, node->label_y);
          x1 = MAX (x1, node->label_x + node->label_width);
          y1 = MAX (y1, node->label_y + node->label_height);
        }
    }
  if (lowest != NULL)
    *lowest = y1;
  return MAX ((x1 - x0) / w, (y1 - y0) / h);
}

static double
drawn_fill (TautanGraphView *graph)
{
  return drawn_fill_above (graph, 0, NULL);
}

/* Frames until the nodes and the camera stop moving; their fill then. */
static double
settled_fill (TautanWindow    *window,
              TautanGraphView *graph)
{
  double last = -1, fill = 0;
  guint still = 0;

  for (guint i = 0; i < 400 && still < 5; i++)
    {
      frames (window, 1);
      fill = drawn_fill (graph);
      still = fabs (fill - last) < 1e-3 ? still + 1 : 0;
      last = fill;
    }
  return fill;
}

/* A rolled-up saved view with no camera (tests/data/briefing/rolled.tautan):
 * presented, its groups span the canvas, not a cluster at the centre
 * (a view without a camera was seen at zoom 1); and the canvas's zoom to
 * fit frames the groups drawn, not the members they stand for. */
static void
test_rolled_view_fits (void)
{
  TautanWindow *window;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "briefing", "rolled.tautan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  TautanGraphView *graph;
  TautanSession *session;
  double fill;

  /* No camera read, none written back: saved again, it still fits. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(TautanWorkspace) ws = tautan_workspace_load (file, &error);
    g_autoptr(TautanWorkspace) again = NULL;
    g_autoptr(TautanSavedView) view = NULL;
    g_autoptr(TautanSavedView) view_again = NULL;
    g_autofree char *json = NULL;

    g_assert_no_error (error);
    view = g_list_model_get_item (G_LIST_MODEL (tautan_workspace_get_views (ws)), 0);
    g_assert_false (tautan_saved_view_has_camera (view));
    json = tautan_workspace_to_json (ws, NULL);
    g_assert_null (strstr (json, "\"camera\""));
    again = tautan_workspace_load_data (json, strlen (json), "again.tautan", NULL, &error);
    g_assert_no_error (error);
    view_again = g_list_model_get_item (G_LIST_MODEL (tautan_workspace_get_views (again)), 0);
    g_assert_false (tautan_saved_view_has_camera (view_again));
    tautan_saved_view_set_camera (view_again, 2, 0.5, 0.5);
    g_assert_true (tautan_saved_view_has_camera (view_again));
  }

  /* The camera goes straight to its goal: the fill is read when it is there. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  window = show_window (1400, 900, file);
  session = tautan_window_get_session (window);
  graph = child (window, "graph_view");
  g_assert_cmpuint (g_list_model_get_n_items (tautan_session_get_views (session)), ==, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  frames (window, 3);
  g_assert_true (tautan_session_get_rollup (session));
  g_assert_nonnull (tautan_graph_view_get_rollup (graph));
  fill = settled_fill (window, graph);
  /* framed above the caption, which covers the canvas's bottom: no
   * group is drawn under it */
  {
    GtkWidget *caption = slide_child (child (window, "presentation"), "caption_box");
    graphene_rect_t bounds;
    double lowest = 0;

    g_assert_true (gtk_widget_compute_bounds (caption, GTK_WIDGET (graph), &bounds));
    fill = drawn_fill_above (graph, gtk_widget_get_height (GTK_WIDGET (graph)) - bounds.origin.y, &lowest);
    g_test_message ("presented: the groups span %.2f of the canvas above the caption; the lowest at %.0f, "
                    "the caption from %.0f", fill, lowest, bounds.origin.y);
    g_assert_cmpfloat (fill, >, 0.98);
    g_assert_cmpfloat (lowest, <, bounds.origin.y);
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present-stop", NULL));

  /* Away from it, then zoom to fit. */
  tautan_graph_view_set_camera (graph, 1, 0, 0, FALSE);
  frames (window, 2);
  g_assert_cmpfloat (drawn_fill (graph), <, 0.5);
  tautan_graph_view_zoom_fit (graph);
  fill = settled_fill (window, graph);
  g_test_message ("zoomed to fit: the groups span %.2f of the canvas", fill);
  g_assert_cmpfloat (fill, >, 0.98);

  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", TRUE, NULL);
  tautan_test_destroy_window (GTK_WINDOW (window));
}

/* A saved view with a camera: presented, the rectangle its camera showed
 * on the canvas shows whole above the caption (zoomed out and moved, not
 * cut by it), and fills that part. */
static void
test_camera_above_caption (void)
{
  TautanWindow *window;
  TautanPresentation *presentation;
  TautanGraphView *graph;
  TautanSession *session;
  g_autoptr(TautanSavedView) view = NULL;
  graphene_rect_t caption;
  double zoom, cx, cy, z, x, y, w, h, top, bottom, left, right;

  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  window = show_window (1400, 900, NULL);
  session = tautan_window_get_session (window);
  presentation = child (window, "presentation");
  graph = child (window, "graph_view");

  /* A camera of the user's: zoomed in on the middle of the graph. */
  tautan_graph_view_zoom_fit (graph);
  frames (window, 2);
  tautan_graph_view_get_camera (graph, &zoom, &cx, &cy);
  zoom *= 1.5;
  tautan_graph_view_set_camera (graph, zoom, cx, cy, FALSE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-view", NULL));
  view = g_list_model_get_item (tautan_session_get_views (session), 0);
  g_assert_true (tautan_saved_view_has_camera (view));
  tautan_saved_view_get_camera (view, &zoom, &cx, &cy);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  frames (window, 4);
  g_assert_true (gtk_widget_compute_bounds (slide_child (presentation, "caption_box"), GTK_WIDGET (graph), &caption));
  w = gtk_widget_get_width (GTK_WIDGET (graph));
  h = gtk_widget_get_height (GTK_WIDGET (graph));
  g_assert_cmpfloat (caption.origin.y, <, h);
  g_assert_cmpfloat (caption.origin.y, >, h / 2);

  /* The saved rectangle, in the canvas's pixels now. */
  tautan_graph_view_get_camera (graph, &z, &x, &y);
  left = w / 2 + (cx - w / 2 / zoom - x) * z;
  right = w / 2 + (cx + w / 2 / zoom - x) * z;
  top = h / 2 + (cy - h / 2 / zoom - y) * z;
  bottom = h / 2 + (cy + h / 2 / zoom - y) * z;
  g_test_message ("saved camera's view: %.0f,%.0f to %.0f,%.0f on %.0f × %.0f; the caption from %.0f",
                  left, top, right, bottom, w, h, caption.origin.y);
  g_assert_cmpfloat (top, >=, -1);
  g_assert_cmpfloat (left, >=, -1);
  g_assert_cmpfloat (right, <=, w + 1);
  g_assert_cmpfloat (bottom, <=, caption.origin.y + 1);
  /* no smaller than it needs to be */
  g_assert_cmpfloat (bottom - top, >=, caption.origin.y - 2);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present-stop", NULL));
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", TRUE, NULL);
  tautan_test_destroy_window (GTK_WINDOW (window));
}

static void
collect_key_labels (GtkWidget *widget,
                    gboolean   in_shortcut,
                    GString   *out)
{
  in_shortcut |= GTK_IS_SHORTCUT_LABEL (widget);
  if (in_shortcut && GTK_IS_LABEL (widget))
    g_string_append_printf (out, "[%s]", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    collect_key_labels (c, in_shortcut, out);
}

/* The shortcuts window names the presentation's keys as GTK labels them
 * for a reader, "Page Down", never by their keyval name "Page_Down". */
static void
test_key_labels (void)
{
  TautanWindow *window = tautan_window_new (ADW_APPLICATION (tautan_test_app ()));
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_autoptr(GString) labels = g_string_new (NULL);
  g_autofree char *page_down = gtk_accelerator_get_label (GDK_KEY_Page_Down, 0);
  g_autofree char *wanted = g_strdup_printf ("[%s]", page_down);

  g_assert_nonnull (overlay);
  collect_key_labels (GTK_WIDGET (overlay), FALSE, labels);
  g_test_message ("%s", labels->str);
  g_assert_nonnull (strstr (labels->str, "[Escape]"));
  g_assert_nonnull (strstr (labels->str, wanted));
  g_assert_null (strstr (labels->str, "Page_Down"));
  g_assert_null (strstr (labels->str, "Page_Up"));
  gtk_window_destroy (GTK_WINDOW (window));
  tautan_test_iterate ();
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  tautan_test_home_init ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/tautan/presentation/caption-and-callouts", test_caption_and_callouts);
  g_test_add_func ("/tautan/presentation/key-labels", test_key_labels);
  g_test_add_func ("/tautan/presentation/rolled-view-fits", test_rolled_view_fits);
  g_test_add_func ("/tautan/presentation/camera-above-caption", test_camera_above_caption);
  g_test_add_func ("/tautan/presentation/callouts-clear-caption", test_callouts_clear_caption);

  ret = g_test_run ();
  tautan_test_app_clear ();
  return ret;
}
