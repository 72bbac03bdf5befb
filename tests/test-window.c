/* test-window.c: the real window: opening, loading and exporting
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tautan-test-home.h"
#include "tautan-test-window.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "tautan/tautan-application.h"
#include "tautan/tautan-count.h"
#include "tautan/tautan-import-dialog.h"
#include "tautan/tautan-window.h"

#include "tautan/tautan-timeline.h"

#include "app/tautan-window-private.h"
#include "bench/tautan-bench-gen.h"
#include "widgets/tautan-graph-view-private.h"
#include "widgets/render/tautan-tile-cache-private.h"

/* gtk_recent_manager_has_item() is critical about a missing Recent file. */
static gboolean
in_recent (const char *uri)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  gboolean found = FALSE;

  for (GList *l = items; l != NULL; l = l->next)
    found |= g_strcmp0 (gtk_recent_info_get_uri (l->data), uri) == 0;
  g_list_free_full (items, (GDestroyNotify)gtk_recent_info_unref);
  return found;
}

static gboolean
recent_has_items (gpointer data)
{
  return g_menu_model_get_n_items (data) > 0;
}

static gboolean
not_loading (gpointer data)
{
  return !tautan_window_get_loading (data);
}

static gboolean
no_loads (gpointer data)
{
  return _tautan_window_get_n_loads () == 0;
}

static gboolean
not_exporting (gpointer data)
{
  return !_tautan_window_get_exporting (data);
}

static const char *
visible_page (TautanWindow *window)
{
  GObject *stack = gtk_widget_get_template_child (GTK_WIDGET (window), TAUTAN_TYPE_WINDOW, "stack");

  return gtk_stack_get_visible_child_name (GTK_STACK (stack));
}

static TautanWindow *
new_window (void)
{
  TautanWindow *window = tautan_window_new (ADW_APPLICATION (tautan_test_app ()));

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  /* Drawn, so a load starts at once (not after the first frame). */
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  return window;
}

static gboolean
is_null (gpointer data)
{
  return *(gpointer *)data == NULL;
}

/* The window must go: nothing it started may keep it alive. A frame
 * already scheduled may hold it until it is drawn, hence the wait. */
static void
destroy_window (TautanWindow *window)
{
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *)&window);
  gtk_window_destroy (GTK_WINDOW (window));
  tautan_test_iterate ();
  tautan_test_wait_for (is_null, &window);
}

/* The message dialog on screen, taken off it. */
static AdwMessageDialog *
steal_dialog (void)
{
  AdwMessageDialog *dialog = NULL;

  for (GList *l = gtk_window_list_toplevels (); l; l = g_list_delete_link (l, l))
    if (ADW_IS_MESSAGE_DIALOG (l->data))
      dialog = l->data;
  return dialog;
}

/* A generated dataset big enough that loading or exporting it takes a
 * while, in the test's own data folder. */
static GFile *
generated (const char *name,
           guint       n_events,
           guint       n_entities,
           guint64     seed)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), name, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    g_assert_true (tautan_bench_gen_write (path, n_events, n_entities, seed, &error));
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static void
test_templates (void)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new ();
  g_autoptr(GError) error = NULL;
  GObject *overlay;

  /* .ui files are only checked at run time: open every one. */
  gtk_builder_add_from_resource (builder, RESOURCE_PREFIX "/gtk/help-overlay.ui", &error);
  g_assert_no_error (error);
  overlay = gtk_builder_get_object (builder, "help_overlay");
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (overlay));
  gtk_window_destroy (GTK_WINDOW (overlay));
}

/* The button in @widget's tree that fires @action, or NULL. */
static GtkWidget *
find_button (GtkWidget  *widget,
             const char *action)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_button (c, action);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* @widget's own key for @action, from its class's shortcuts, or NULL. */
static GtkShortcutTrigger *
class_trigger (GtkWidget  *widget,
               const char *action)
{
  GListModel *controllers = gtk_widget_observe_controllers (widget);
  GtkShortcutTrigger *found = NULL;

  for (guint i = 0; found == NULL && i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint k = 0; found == NULL && k < g_list_model_get_n_items (G_LIST_MODEL (controller)); k++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), k);
          GtkShortcutAction *named = gtk_shortcut_get_action (shortcut);

          if (GTK_IS_NAMED_ACTION (named) &&
              g_str_equal (gtk_named_action_get_action_name (GTK_NAMED_ACTION (named)), action))
            found = g_object_ref (gtk_shortcut_get_trigger (shortcut));
        }
    }
  g_object_unref (controllers);
  return found;
}

/* The key a tooltip names at its end, as the app writes it ("… (Ctrl+Shift+A)"),
 * in GTK's accelerator syntax ("<Control><Shift>a"); NULL if it names none. */
static char *
tooltip_key (const char *tooltip)
{
  const char *open = tooltip != NULL ? strrchr (tooltip, '(') : NULL;
  g_autofree char *inside = NULL;
  g_auto(GStrv) parts = NULL;
  GString *accel;

  if (open == NULL || !g_str_has_suffix (tooltip, ")"))
    return NULL;
  inside = g_strndup (open + 1, strlen (open + 1) - 1);
  parts = g_strsplit (inside, "+", -1);
  accel = g_string_new (NULL);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (parts[i + 1] == NULL)
        g_string_append (accel, parts[i]);
      else if (g_str_equal (parts[i], "Ctrl"))
        g_string_append (accel, "<Control>");
      else if (g_str_equal (parts[i], "Shift"))
        g_string_append (accel, "<Shift>");
      else if (g_str_equal (parts[i], "Alt"))
        g_string_append (accel, "<Alt>");
      else
        g_string_append (accel, "<?>");
    }
  return g_string_free (accel, FALSE);
}

/* Whether @accelerator is the key @trigger fires on. */
static gboolean
same_key (const char         *accelerator,
          GtkShortcutTrigger *trigger)
{
  GdkModifierType mods = 0;
  guint keyval = 0;

  if (accelerator == NULL || !GTK_IS_KEYVAL_TRIGGER (trigger) ||
      !gtk_accelerator_parse (accelerator, &keyval, &mods))
    return FALSE;
  return gdk_keyval_to_lower (keyval) == gdk_keyval_to_lower (gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger))) &&
         mods == gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger));
}

/* The shortcuts window's title for the key of @trigger, or NULL. */
static char *
overlay_title (GtkWidget          *widget,
               GtkShortcutTrigger *trigger)
{
  char *found = NULL;

  if (GTK_IS_SHORTCUTS_SHORTCUT (widget))
    {
      g_autofree char *accel = NULL;

      g_object_get (widget, "accelerator", &accel, NULL);
      if (same_key (accel, trigger))
        g_object_get (widget, "title", &found, NULL);
    }
  for (GtkWidget *c = gtk_widget_get_first_child (widget); found == NULL && c != NULL;
       c = gtk_widget_get_next_sibling (c))
    found = overlay_title (c, trigger);
  return found;
}

static gboolean
import_shown (gpointer data)
{
  return tautan_test_find_toplevel (TAUTAN_TYPE_IMPORT_DIALOG) != NULL;
}

/* The start page offers Import Events… (GDELT and ICEWS, the way in
 * for big data) beside Open and Import Articles…; each import's tooltip
 * names the key the window binds for it, and the shortcuts window lists
 * that key. */
static void
test_start_page (void)
{
  static const char *const actions[] = { "win.import-events", "win.import-articles" };
  TautanWindow *window = new_window ();
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  GObject *stack = gtk_widget_get_template_child (GTK_WIDGET (window), TAUTAN_TYPE_WINDOW, "stack");
  GtkWidget *page;
  GtkWindow *import;

  g_assert_cmpstr (visible_page (window), ==, "empty");
  page = gtk_stack_get_child_by_name (GTK_STACK (stack), "empty");
  g_assert_nonnull (find_button (page, "win.open"));
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      GtkWidget *button = find_button (page, actions[i]);
      g_autoptr(GtkShortcutTrigger) trigger = class_trigger (GTK_WIDGET (window), actions[i]);
      g_autofree char *tail = NULL;
      g_autofree char *accelerator = NULL;
      g_autofree char *title = NULL;

      if (button == NULL)
        g_error ("the start page has no button for %s", actions[i]);
      g_assert_true (gtk_widget_is_drawable (button));
      g_assert_nonnull (trigger);
      tail = tooltip_key (gtk_widget_get_tooltip_text (button));
      if (!same_key (tail, trigger))
        g_error ("%s: tooltip “%s” does not name its key, %s", actions[i], gtk_widget_get_tooltip_text (button),
                 gtk_shortcut_trigger_to_string (trigger));
      accelerator = gtk_shortcut_trigger_to_string (trigger);
      title = overlay_title (GTK_WIDGET (overlay), trigger);
      if (title == NULL)
        g_error ("the shortcuts window does not list %s (%s)", accelerator, actions[i]);
    }

  /* It opens the import (a button activated by key clicks a moment later). */
  g_assert_true (gtk_widget_activate (find_button (page, "win.import-events")));
  tautan_test_wait_for (import_shown, NULL);
  import = tautan_test_find_toplevel (TAUTAN_TYPE_IMPORT_DIALOG);
  gtk_window_destroy (import);

  destroy_window (window);
}

static void
test_open (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "extras.json", NULL);
  g_autofree char *bad = g_test_build_filename (G_TEST_DIST, "data", "bad", "date-feb-30.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad);
  TautanWindow *window = new_window ();
  AdwMessageDialog *dialog;

  g_assert_null (tautan_window_get_dataset (window));
  g_assert_cmpstr (visible_page (window), ==, "empty");

  /* The bundled dataset, one click away. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", NULL));
  g_assert_nonnull (tautan_window_get_dataset (window));
  g_assert_cmpuint (tautan_dataset_get_n_entities (tautan_window_get_dataset (window)), ==, 29);
  g_assert_cmpstr (visible_page (window), ==, "explorer");

  /* A file loads on a thread and replaces it. */
  tautan_window_open (window, file);
  g_assert_true (tautan_window_get_loading (window));
  g_assert_cmpstr (visible_page (window), ==, "loading");
  tautan_test_wait_for (not_loading, window);
  tautan_test_wait_for (tautan_test_has_dataset, window);
  g_assert_true (g_file_equal (tautan_dataset_get_file (tautan_window_get_dataset (window)), file));
  g_assert_cmpstr (visible_page (window), ==, "explorer");

  /* It is offered again under Open Recent (the manager saves in idle). */
  {
    GMenuModel *recent = G_MENU_MODEL (gtk_widget_get_template_child (GTK_WIDGET (window), TAUTAN_TYPE_WINDOW,
                                                                     "recent_menu"));
    tautan_test_wait_for (recent_has_items, recent);
    g_assert_cmpuint (g_menu_model_get_n_items (recent), ==, 1);
  }

  /* A bad file keeps the current dataset and says what is wrong. */
  tautan_window_open (window, bad_file);
  tautan_test_wait_for (not_loading, window);
  g_assert_true (g_file_equal (tautan_dataset_get_file (tautan_window_get_dataset (window)), file));
  dialog = steal_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_heading (dialog), "Could Not Open"));
  gtk_window_destroy (GTK_WINDOW (dialog));

  destroy_window (window);
}

/* The files Tautan imports, or writes for other tools, opened as a
 * dataset: the dialog says what they are and offers the import, where
 * it said "fix it" over a JSON syntax error at 1:1 of a good GDELT file. */
static void
test_open_foreign (void)
{
  const struct {
    const char *dir, *name, *says;
    gboolean    import;
  } files[] = {
    { "gdelt", "20130401.export.head200.CSV", "GDELT event export", TRUE },
    { "gdelt", "20130401.export.CSV.zip", "archive", TRUE },
    { "icews", "icews_2005-2015_test.head2000.txt", "ICEWS events", TRUE },
    { "icews", "events.2018.head300.tab", "ICEWS events", TRUE },
    { "articles", "known-viva.txt", "news articles", TRUE },
    { "bad", "date-feb-30.json", "fix it", FALSE },
  };
  TautanWindow *window = new_window ();

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", files[i].dir, files[i].name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      AdwMessageDialog *dialog;

      tautan_window_open (window, file);
      tautan_test_wait_for (not_loading, window);
      dialog = steal_dialog ();
      g_assert_nonnull (dialog);
      g_assert_true (g_str_has_prefix (adw_message_dialog_get_heading (dialog), "Could Not Open"));
      if (strstr (adw_message_dialog_get_body (dialog), files[i].says) == NULL)
        g_error ("%s: “%s” does not say “%s”", files[i].name, adw_message_dialog_get_body (dialog), files[i].says);
      g_assert_cmpint (adw_message_dialog_has_response (dialog, "import"), ==, files[i].import);
      gtk_window_destroy (GTK_WINDOW (dialog));
    }

  /* A graph file is written for other tools: nothing to import it with. */
  {
    g_autofree char *path = g_build_filename (g_get_user_data_dir (), "graph.gexf", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);
    AdwMessageDialog *dialog;

    g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
    g_assert_true (g_file_set_contents (path, "<?xml version=\"1.0\"?>\n<gexf version=\"1.3\"></gexf>\n", -1, NULL));
    tautan_window_open (window, file);
    tautan_test_wait_for (not_loading, window);
    dialog = steal_dialog ();
    g_assert_nonnull (dialog);
    g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "graph file"));
    g_assert_false (adw_message_dialog_has_response (dialog, "import"));
    gtk_window_destroy (GTK_WINDOW (dialog));
  }

  /* Its Import Events… opens the import with the file chosen. */
  {
    g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "gdelt", "20130401.export.head200.CSV", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);
    AdwMessageDialog *dialog;
    GtkWindow *import = NULL;

    tautan_window_open (window, file);
    tautan_test_wait_for (not_loading, window);
    dialog = steal_dialog ();
    g_assert_nonnull (dialog);
    adw_message_dialog_response (dialog, "import");
    tautan_test_iterate ();
    for (GList *l = gtk_window_list_toplevels (); l; l = g_list_delete_link (l, l))
      if (TAUTAN_IS_IMPORT_DIALOG (l->data))
        import = l->data;
    g_assert_nonnull (import);
    gtk_window_destroy (import);
  }

  g_assert_null (tautan_window_get_dataset (window));
  destroy_window (window);
}

/* The same message as the last one, still shown or waiting, is not
 * queued again, where twenty Ctrl+D queued twenty "View added" toasts for
 * over a minute; once that one is dismissed it is shown again, and
 * another message waits its turn as before. */
static void
test_toast_replaces (void)
{
  TautanWindow *window = new_window ();
  AdwToast *first = adw_toast_new ("View added");
  AdwToast *second = adw_toast_new ("View added");
  AdwToast *again = adw_toast_new ("View added");
  AdwToast *other = adw_toast_new ("Workspace saved");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", NULL));
  g_object_add_weak_pointer (G_OBJECT (second), (gpointer *)&second);
  g_object_add_weak_pointer (G_OBJECT (again), (gpointer *)&again);
  g_object_add_weak_pointer (G_OBJECT (other), (gpointer *)&other);
  _tautan_window_add_toast (window, first);
  tautan_test_iterate ();
  /* Not queued: nothing holds it. */
  _tautan_window_add_toast (window, second);
  g_assert_null (second);

  adw_toast_dismiss (first);
  tautan_test_iterate ();
  _tautan_window_add_toast (window, again);
  g_assert_nonnull (again);
  _tautan_window_add_toast (window, other);
  g_assert_nonnull (other);

  destroy_window (window);
}

/* Space on the canvas plays and pauses (GtkWindow's activate-focus). */
static void
test_space_plays (void)
{
  TautanWindow *window = new_window ();
  GtkWidget *graph = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), TAUTAN_TYPE_WINDOW,
                                                                "graph_view"));
  TautanTimeline *timeline = TAUTAN_TIMELINE (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                                             TAUTAN_TYPE_WINDOW, "timeline"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", NULL));
  gtk_widget_grab_focus (graph);
  g_assert_false (tautan_timeline_get_playing (timeline));
  g_signal_emit (window, g_signal_lookup ("activate-focus", G_OBJECT_TYPE (window)), 0);
  g_assert_true (tautan_timeline_get_playing (timeline));
  g_signal_emit (window, g_signal_lookup ("activate-focus", G_OBJECT_TYPE (window)), 0);
  g_assert_false (tautan_timeline_get_playing (timeline));
  destroy_window (window);
}

/* The Style menu's choice reaches libadwaita and is remembered. */
static void
test_style (void)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  GSettings *settings;
  g_autofree char *saved = NULL;

  tautan_test_app ();
  g_action_group_activate_action (G_ACTION_GROUP (tautan_test_app ()), "style", g_variant_new_string ("dark"));
  g_assert_cmpint (adw_style_manager_get_color_scheme (manager), ==, ADW_COLOR_SCHEME_FORCE_DARK);
  settings = tautan_application_get_settings (tautan_test_app ());
  if (settings != NULL)
    {
      saved = g_settings_get_string (settings, "style-variant");
      g_assert_cmpstr (saved, ==, "dark");
    }
  /* Not a style: ignored. */
  g_action_group_activate_action (G_ACTION_GROUP (tautan_test_app ()), "style", g_variant_new_string ("sepia"));
  g_assert_cmpint (adw_style_manager_get_color_scheme (manager), ==, ADW_COLOR_SCHEME_FORCE_DARK);
  g_action_group_activate_action (G_ACTION_GROUP (tautan_test_app ()), "style", g_variant_new_string ("default"));
  g_assert_cmpint (adw_style_manager_get_color_scheme (manager), ==, ADW_COLOR_SCHEME_DEFAULT);
}

/* Two recent files of the same name say which folder each is in. */
static gboolean
recent_has_both (gpointer data)
{
  guint n = 0;

  for (int i = 0; i < g_menu_model_get_n_items (data); i++)
    {
      g_autofree char *label = NULL;

      if (g_menu_model_get_item_attribute (data, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
        n += g_str_has_prefix (label, "korea.json");
    }
  return n == 2;
}

/* Each page the body shows, as it shows it. */
static void
page_changed_cb (GtkStack   *stack,
                 GParamSpec *pspec,
                 GPtrArray  *pages)
{
  g_ptr_array_add (pages, g_strdup (gtk_stack_get_visible_child_name (stack)));
}

/* The body never contradicts the title: a file opened in an empty window
 * goes from the progress page straight to the graph, never back through
 * "No Dataset Open" once the title names it. */
static void
test_open_body_follows_title (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "extras.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) pages = g_ptr_array_new_with_free_func (g_free);
  TautanWindow *window = new_window ();
  GObject *stack = gtk_widget_get_template_child (GTK_WIDGET (window), TAUTAN_TYPE_WINDOW, "stack");
  gulong id;

  g_assert_cmpstr (visible_page (window), ==, "empty");
  id = g_signal_connect (stack, "notify::visible-child-name", G_CALLBACK (page_changed_cb), pages);
  tautan_window_open (window, file);
  tautan_test_wait_for (not_loading, window);
  tautan_test_wait_for (tautan_test_has_dataset, window);
  g_signal_handler_disconnect (stack, id);

  g_assert_cmpuint (pages->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (pages, 0), ==, "loading");
  g_assert_cmpstr (g_ptr_array_index (pages, 1), ==, "explorer");

  destroy_window (window);
}

static void
test_recent_same_name (void)
{
  g_autofree char *src = g_test_build_filename (G_TEST_DIST, "data", "minimal.json", NULL);
  g_autofree char *text = NULL;
  TautanWindow *window = new_window ();
  GMenuModel *recent = G_MENU_MODEL (gtk_widget_get_template_child (GTK_WIDGET (window), TAUTAN_TYPE_WINDOW,
                                                                   "recent_menu"));
  const char *folders[] = { "2024", "2025" };

  g_assert_true (g_file_get_contents (src, &text, NULL, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (folders); i++)
    {
      g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "recent", folders[i], NULL);
      g_autofree char *path = g_build_filename (dir, "korea.json", NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);

      g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
      g_assert_true (g_file_set_contents (path, text, -1, NULL));
      tautan_window_open (window, file);
      tautan_test_wait_for (not_loading, window);
    }
  tautan_test_wait_for (recent_has_both, recent);
  for (int i = 0; i < g_menu_model_get_n_items (recent); i++)
    {
      g_autofree char *label = NULL;

      g_assert_true (g_menu_model_get_item_attribute (recent, i, G_MENU_ATTRIBUTE_LABEL, "s", &label));
      if (g_str_has_prefix (label, "korea.json"))
        g_assert_true (g_str_has_suffix (label, "/recent/2024") || g_str_has_suffix (label, "/recent/2025"));
    }
  destroy_window (window);
}

/* Opening A, then B while A loads: A's late result is ignored, the window
 * goes on loading B, which can be cancelled, and ends showing B. */
static void
test_a_then_b (void)
{
  g_autoptr(GFile) a = generated ("a.json", 100000, 5000, 1);
  g_autoptr(GFile) b = generated ("b.json", 100000, 5000, 2);
  TautanWindow *window = new_window ();

  tautan_window_open (window, a);
  tautan_window_open (window, b);
  g_assert_cmpuint (_tautan_window_get_n_loads (), ==, 2);
  g_assert_true (tautan_window_get_loading (window));

  /* Until B lands, the window is loading and the load can be cancelled,
   * whenever A's cancelled load comes back. */
  while (tautan_window_get_dataset (window) == NULL)
    {
      GCancellable *cancellable = _tautan_window_get_load_cancellable (window);

      g_assert_true (tautan_window_get_loading (window));
      g_assert_nonnull (cancellable);
      g_assert_false (g_cancellable_is_cancelled (cancellable));
      g_main_context_iteration (NULL, TRUE);
    }
  g_assert_false (tautan_window_get_loading (window));
  g_assert_true (g_file_equal (tautan_dataset_get_file (tautan_window_get_dataset (window)), b));
  tautan_test_wait_for (no_loads, NULL);
  g_assert_true (g_file_equal (tautan_dataset_get_file (tautan_window_get_dataset (window)), b));

  destroy_window (window);
}

static void
test_a_then_b_cancelled (void)
{
  g_autoptr(GFile) a = generated ("a.json", 100000, 5000, 1);
  g_autoptr(GFile) b = generated ("b.json", 100000, 5000, 2);
  g_autofree char *extras = g_test_build_filename (G_TEST_DIST, "data", "extras.json", NULL);
  g_autoptr(GFile) first = g_file_new_for_path (extras);
  TautanWindow *window = new_window ();
  GCancellable *cancellable;

  tautan_window_open (window, first);
  tautan_test_wait_for (tautan_test_has_dataset, window);

  tautan_window_open (window, a);
  tautan_window_open (window, b);
  cancellable = _tautan_window_get_load_cancellable (window);
  g_assert_nonnull (cancellable);
  /* Let A's cancelled load come back: B is still the one to cancel. */
  while (_tautan_window_get_n_loads () > 1 && !g_cancellable_is_cancelled (cancellable))
    g_main_context_iteration (NULL, TRUE);
  if (tautan_window_get_loading (window))
    {
      g_assert_true (_tautan_window_get_load_cancellable (window) == cancellable);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.cancel-load", NULL));
      g_assert_true (g_cancellable_is_cancelled (cancellable));
      tautan_test_wait_for (no_loads, NULL);
      g_assert_false (tautan_window_get_loading (window));
      /* Nothing of A or B replaced what was shown. */
      g_assert_true (g_file_equal (tautan_dataset_get_file (tautan_window_get_dataset (window)), first));
      g_assert_cmpstr (visible_page (window), ==, "explorer");
    }
  else
    g_test_message ("B loaded before it could be cancelled: nothing left to check");

  destroy_window (window);
}

/* Closing a window while it loads cancels the load; the window is
 * finalized at once and nothing reaches Recent. */
static void
test_close_mid_load (void)
{
  g_autoptr(GFile) a = generated ("a.json", 100000, 5000, 1);
  g_autofree char *uri = g_file_get_uri (a);
  g_autoptr(GCancellable) cancellable = NULL;
  TautanWindow *window = new_window ();

  g_assert_false (in_recent (uri));
  tautan_window_open (window, a);
  cancellable = g_object_ref (_tautan_window_get_load_cancellable (window));
  g_assert_false (g_cancellable_is_cancelled (cancellable));

  destroy_window (window);
  g_assert_true (g_cancellable_is_cancelled (cancellable));
  tautan_test_wait_for (no_loads, NULL);
  tautan_test_iterate ();
  g_assert_false (in_recent (uri));
}

/* A workspace names a dataset; one naming a workspace is refused with a
 * reason, instead of opening workspaces without end. */
static void
test_workspace_names_workspace (void)
{
  g_autofree char *outer_path = g_build_filename (g_get_user_data_dir (), "outer.tautan", NULL);
  g_autofree char *inner_path = g_build_filename (g_get_user_data_dir (), "inner.tautan", NULL);
  g_autoptr(GFile) outer = g_file_new_for_path (outer_path);
  g_autoptr(GFile) inner = g_file_new_for_path (inner_path);
  g_autoptr(TautanWorkspace) a = tautan_workspace_new ();
  g_autoptr(TautanWorkspace) b = tautan_workspace_new ();
  g_autoptr(GError) error = NULL;
  TautanWindow *window = new_window ();
  AdwMessageDialog *dialog;

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  tautan_workspace_set_dataset_file (a, inner);
  tautan_workspace_set_dataset_file (b, outer);
  g_assert_true (tautan_workspace_save (a, outer, &error));
  g_assert_true (tautan_workspace_save (b, inner, &error));

  tautan_window_open (window, outer);
  tautan_test_wait_for (not_loading, window);
  g_assert_null (tautan_window_get_dataset (window));
  g_assert_cmpstr (visible_page (window), ==, "empty");
  dialog = steal_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Open “outer.tautan”");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "names the workspace “inner.tautan”"));
  gtk_window_destroy (GTK_WINDOW (dialog));

  destroy_window (window);
}

/* A workspace whose dataset was moved: the dialog names the workspace
 * and the path it expected (it said "Could Not Open “gone.json”: no such
 * file or folder"), and Locate Dataset… opens the workspace with the file
 * found, modified, so saving it remembers where the dataset is. */
static void
test_workspace_dataset_missing (void)
{
  g_autofree char *found_path = g_test_build_filename (G_TEST_DIST, "data", "extras.json", NULL);
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "moved", NULL);
  g_autofree char *gone_path = g_build_filename (dir, "gone.json", NULL);
  g_autofree char *path = g_build_filename (dir, "analysis.tautan", NULL);
  g_autoptr(GFile) found = g_file_new_for_path (found_path);
  g_autoptr(GFile) gone = g_file_new_for_path (gone_path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(TautanWorkspace) workspace = tautan_workspace_new ();
  g_autoptr(TautanWorkspace) reread = NULL;
  g_autoptr(GError) error = NULL;
  TautanWindow *window = new_window ();
  TautanSession *session;
  AdwMessageDialog *dialog;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  tautan_workspace_set_dataset_file (workspace, gone);
  g_assert_true (tautan_workspace_save (workspace, file, &error));
  g_assert_no_error (error);

  tautan_window_open (window, file);
  tautan_test_wait_for (not_loading, window);
  g_assert_null (tautan_window_get_dataset (window));
  g_assert_cmpstr (visible_page (window), ==, "empty");
  dialog = steal_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "The Dataset of “analysis.tautan” Is Missing");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "“analysis.tautan”"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), gone_path));
  g_assert_true (adw_message_dialog_has_response (dialog, "close"));
  g_assert_true (adw_message_dialog_has_response (dialog, "locate"));
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "locate");
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* As the chooser's Open does with the file found (a native chooser's
   * file is not set from a test, and a GTK 4.8 chooser leaks). */
  reread = tautan_workspace_load (file, &error);
  g_assert_no_error (error);
  _tautan_window_dataset_located (window, file, reread, found);
  tautan_test_wait_for (tautan_test_has_dataset, window);
  g_assert_null (steal_dialog ());
  session = tautan_window_get_session (window);
  g_assert_true (g_file_equal (tautan_dataset_get_file (tautan_window_get_dataset (window)), found));
  g_assert_true (g_file_equal (tautan_session_get_file (session), file));
  g_assert_true (tautan_session_get_modified (session));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  g_assert_false (tautan_session_get_modified (session));
  g_clear_object (&reread);
  reread = tautan_workspace_load (file, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_equal (tautan_workspace_get_dataset_file (reread), found));

  destroy_window (window);
}

static gboolean
count_tick (gpointer data)
{
  (*(guint *)data)++;
  return G_SOURCE_CONTINUE;
}

/* Exporting a large view leaves the main loop running: a probe counts
 * its turns while the picture is drawn. */
static void
test_export_responsive (void)
{
  g_autoptr(GFile) big = generated ("big.json", 40000, 4000, 3);
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "big.svg", NULL);
  g_autoptr(GFile) out = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  TautanWindow *window = new_window ();
  TautanExportOptions options;
  guint ticks = 0, probe;
  gsize length;

  tautan_window_open (window, big);
  tautan_test_wait_for (tautan_test_has_dataset, window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  tautan_export_options_init (&options);
  options.format = TAUTAN_EXPORT_FORMAT_SVG;
  options.framing = TAUTAN_EXPORT_FRAMING_WHOLE;
  options.width = 1920;
  options.height = 1080;
  _tautan_window_export_picture (window, out, &options);
  g_assert_true (_tautan_window_get_exporting (window));

  /* High priority, so redraws and layout frames do not starve it. */
  probe = g_timeout_add_full (G_PRIORITY_HIGH, 1, count_tick, &ticks, NULL);
  tautan_test_wait_for (not_exporting, window);
  g_source_remove (probe);
  g_assert_cmpuint (ticks, >, 0);
  g_test_message ("the main loop turned %u times during the export", ticks);

  g_assert_null (steal_dialog ());
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "<?xml"));
  g_assert_nonnull (strstr (contents, "</svg>"));

  destroy_window (window);
}

static gboolean
scene_built (gpointer data)
{
  TautanGraphView *graph = data;

  return graph->scene != NULL && !graph->building;
}

/* What a scene draws that its positions do not decide: every node's
 * entity and every edge's ends and count, in drawing order. */
static void
assert_same_scene (TautanScene *a,
                   TautanScene *b)
{
  g_assert_cmpuint (tautan_scene_get_n_nodes (a), ==, tautan_scene_get_n_nodes (b));
  g_assert_cmpuint (tautan_scene_get_n_edges (a), ==, tautan_scene_get_n_edges (b));
  for (guint i = 0; i < tautan_scene_get_n_nodes (a); i++)
    g_assert_cmpuint (tautan_scene_get_node (a, i)->entity, ==, tautan_scene_get_node (b, i)->entity);
  for (guint i = 0; i < tautan_scene_get_n_edges (a); i++)
    {
      const TautanSceneEdge *x = tautan_scene_get_edge (a, i), *y = tautan_scene_get_edge (b, i);

      g_assert_cmpuint (x->source, ==, y->source);
      g_assert_cmpuint (x->target, ==, y->target);
      g_assert_cmpuint (x->count, ==, y->count);
    }
}

typedef struct
{
  TautanSidePanel *panel;
  char            *expected;
} Counts;

static gboolean
counts_shown (gpointer data)
{
  Counts *counts = data;

  return g_str_has_prefix (tautan_side_panel_get_counts (counts->panel), counts->expected);
}

/* Builds the canvas's scene afresh on a worker, the one on screen kept
 * meanwhile; then @change (if any) frees the canvas's tables while the
 * worker may still read them. The scene that comes is the one the main
 * thread builds from the canvas's present tables. */
typedef struct
{
  TautanGraphView *graph;
  TautanScene     *scene;
} ShownScene;

/* The canvas shows another scene than @scene. */
static gboolean
scene_replaced (gpointer data)
{
  ShownScene *shown = data;

  return shown->graph->scene != shown->scene;
}

static void
assert_built_aside (TautanGraphView *graph,
                    void           (*change) (gpointer data),
                    gpointer         data)
{
  g_autoptr(TautanScene) before = tautan_scene_ref (graph->scene);
  g_autoptr(TautanScene) here = NULL;
  TautanView view;

  _tautan_graph_view_invalidate_scene (graph);
  _tautan_graph_view_update_scene (graph);
  g_assert_true (graph->building);
  g_assert_true (graph->scene == before);
  if (change != NULL)
    {
      ShownScene shown = { graph, before };

      change (data);
      /* Then what changed, on a worker again, started as the build in
       * flight ends. */
      tautan_test_wait_for (scene_replaced, &shown);
      g_assert_true (graph->building);
      g_clear_pointer (&before, tautan_scene_unref);
      before = tautan_scene_ref (graph->scene);
    }
  tautan_test_wait_for (scene_built, graph);
  g_assert_true (graph->scene != before);

  view = *tautan_scene_get_view (graph->scene);
  view.filter_edges = graph->view.filter_edges;
  view.changes = graph->view.changes;
  view.rollup = graph->view.rollup;
  here = tautan_scene_new (tautan_graph_view_get_render_context (graph), graph->dataset, graph->slice,
                           tautan_graph_view_get_positions (graph), &view);
  assert_same_scene (graph->scene, here);
}

static void
set_filter (gpointer data)
{
  TautanWindow *window = data;
  g_autoptr(TautanFilter) empty = tautan_filter_new ();
  const char *statuses[] = { "reported", "confirmed", NULL };
  g_autoptr(TautanFilter) filter = tautan_filter_with_values (empty, TAUTAN_FILTER_STATUS, statuses);

  tautan_session_set_filter (window->session, filter);
}

static void
clear_rollup (gpointer data)
{
  TautanWindow *window = data;

  tautan_session_set_rollup (window->session, FALSE);
}

static void
clear_changes (gpointer data)
{
  TautanWindow *window = data;

  tautan_graph_view_set_changes (window->graph_view, NULL);
}

/* A big graph's scene is built on a worker, and the summary of a big
 * window counted on one: the window keeps the scene it draws, whole,
 * until the new one is, and takes the same scene the main thread would
 * have built. */
static void
test_big_graph_aside (void)
{
  g_autoptr(GFile) a = generated ("aside.json", 60000, 3000, 4);
  TautanWindow *window = new_window ();
  TautanGraphView *graph = window->graph_view;
  g_autoptr(TautanScene) before = NULL;
  g_autoptr(TautanScene) here = NULL;
  TautanTimeSpan all, part;
  Counts counts = { window->side_panel, NULL };

  tautan_window_open (window, a);
  tautan_test_wait_for (tautan_test_has_dataset, window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  tautan_test_wait_for (scene_built, graph);
  g_assert_cmpuint (tautan_slice_get_n_edges (graph->slice), >=, ASYNC_BUILD_EDGES);

  /* The summary's counts come from a worker: all 60,000 events, grouped
   * as the locale writes numbers (the C locale's fallback: ","). */
  g_assert_cmpuint (tautan_slice_get_n_events (graph->slice), ==, 60000);
  counts.expected = g_strdup ("60,000 events");
  tautan_test_wait_for (counts_shown, &counts);
  g_clear_pointer (&counts.expected, g_free);

  /* A new window: the scene on screen stays while the next is built. */
  all = tautan_session_get_span (window->session);
  part = (TautanTimeSpan) { all.from, all.from + (all.to - all.from) * 3 / 4 };
  before = tautan_scene_ref (graph->scene);
  tautan_session_set_span (window->session, &part);
  _tautan_graph_view_update_scene (graph);
  g_assert_cmpuint (tautan_slice_get_n_edges (graph->slice), >=, ASYNC_BUILD_EDGES);
  g_assert_true (graph->building);
  g_assert_true (graph->scene == before);

  tautan_test_wait_for (scene_built, graph);
  g_assert_true (graph->scene != before);
  g_assert_true (tautan_time_span_equal (&tautan_scene_get_view (graph->scene)->span, &part));
  here = tautan_scene_new (tautan_graph_view_get_render_context (graph), graph->dataset, graph->slice,
                           tautan_graph_view_get_positions (graph), tautan_scene_get_view (graph->scene));
  assert_same_scene (graph->scene, here);

  counts.expected = g_strdup_printf ("%s events", tautan_count_format (tautan_slice_get_n_events (graph->slice)));
  tautan_test_wait_for (counts_shown, &counts);
  g_clear_pointer (&counts.expected, g_free);

  /* An ego network goes to the worker too, with its own copy of the
   * focus: the canvas's may change meanwhile. */
  {
    guint n = tautan_dataset_get_n_entities (graph->dataset);
    g_autofree guint8 *focus = g_new0 (guint8, n);
    g_autoptr(TautanScene) ego = NULL;
    TautanView view;
    guint dimmed = 0;

    for (guint i = 0; i < n; i += 3)
      focus[i] = 1;
    g_clear_pointer (&before, tautan_scene_unref);
    before = tautan_scene_ref (graph->scene);
    tautan_graph_view_set_focus (graph, focus);
    _tautan_graph_view_update_scene (graph);
    g_assert_true (graph->building);
    g_assert_true (graph->scene == before);
    tautan_test_wait_for (scene_built, graph);
    g_assert_true (graph->scene != before);
    view = *tautan_scene_get_view (graph->scene);
    view.focus = focus;
    ego = tautan_scene_new (tautan_graph_view_get_render_context (graph), graph->dataset, graph->slice,
                            tautan_graph_view_get_positions (graph), &view);
    assert_same_scene (graph->scene, ego);
    for (guint i = 0; i < tautan_scene_get_n_nodes (ego); i++)
      {
        const TautanSceneNode *x = tautan_scene_get_node (ego, i), *y = tautan_scene_get_node (graph->scene, i);

        g_assert_cmpfloat (x->alpha, ==, y->alpha);
        dimmed += x->alpha < 1;
      }
    g_assert_cmpuint (dimmed, >, 0);
    tautan_graph_view_set_focus (graph, NULL);
  }

  /* A filter, a roll-up and a comparison go to the worker too: the job
   * holds its own references to the canvas's tables, which the canvas
   * frees when they change (here, while the worker reads them). */
  {
    g_autoptr(TautanFilter) empty = tautan_filter_new ();
    const char *reported[] = { "reported", NULL };
    g_autoptr(TautanFilter) filter = tautan_filter_with_values (empty, TAUTAN_FILTER_STATUS, reported);
    TautanTimeSpan first = { all.from, all.from + (all.to - all.from) / 2 };
    TautanTimeSpan second = { first.to + 1, all.to };

    tautan_session_set_filter (window->session, filter);
    assert_built_aside (graph, NULL, NULL);
    g_assert_nonnull (graph->view.filter_edges);
    assert_built_aside (graph, set_filter, window);
    g_assert_nonnull (graph->view.filter_edges);

    tautan_session_set_rollup (window->session, TRUE);
    assert_built_aside (graph, NULL, NULL);
    g_assert_nonnull (graph->view.rollup);
    g_assert_cmpuint (graph->view.rollup->groups->len, >, 0);
    assert_built_aside (graph, clear_rollup, window);
    g_assert_null (graph->view.rollup);

    tautan_graph_view_set_changes (graph, tautan_changes_compute (graph->dataset, tautan_session_get_filter (window->session),
                                                                  &first, &second));
    assert_built_aside (graph, NULL, NULL);
    g_assert_nonnull (graph->view.changes);
    assert_built_aside (graph, clear_changes, window);
    g_assert_null (graph->view.changes);
    tautan_session_set_filter (window->session, empty);
  }

  /* Asked for now (an export, a test), the scene is built on the spot. */
  tautan_session_set_span (window->session, &all);
  g_assert_true (tautan_time_span_equal (&tautan_scene_get_view (tautan_graph_view_get_scene (graph))->span, &all));
  g_assert_false (graph->building);

  destroy_window (window);
}

typedef struct
{
  TautanGraphView *graph;
  TautanTimeSpan   span;
} ShownSpan;

/* Nothing moves: the layout stopped, the nodes arrived, the scene built. */
static gboolean
graph_at_rest (gpointer data)
{
  TautanGraphView *graph = data;

  return graph->tick_id == 0 && scene_built (graph);
}

/* The canvas has drawn its scene in tiles (a frame made the tile cache). */
static gboolean
graph_tiled (gpointer data)
{
  TautanGraphView *graph = data;

  return graph->tiles != NULL;
}

/* The canvas's scene is of @span, from a build that ended. */
static gboolean
scene_of_span (gpointer data)
{
  ShownSpan *shown = data;

  return shown->graph->scene != NULL &&
         tautan_time_span_equal (&tautan_scene_get_view (shown->graph->scene)->span, &shown->span);
}

static void
assert_fresh_scene (TautanGraphView *graph)
{
  g_autoptr(TautanScene) here = tautan_scene_new (tautan_graph_view_get_render_context (graph), graph->dataset,
                                                  graph->slice, tautan_graph_view_get_positions (graph),
                                                  tautan_scene_get_view (graph->scene));

  assert_same_scene (graph->scene, here);
}

static gboolean
tiles_complete (gpointer data)
{
  TautanGraphView *graph = data;

  return tautan_tile_cache_is_complete (graph->tiles);
}

static cairo_surface_t *
draw_tiles (TautanTileCache  *tiles,
            const TautanView *view)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, view->width, view->height);
  cairo_t *cr = cairo_create (surface);

  g_assert_true (_tautan_tile_cache_draw (tiles, cr, view));
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* The canvas's tiles, once all in, show exactly what its scene built
 * afresh draws in tiles of its own. */
static void
assert_tiles_fresh (TautanGraphView *graph)
{
  g_autoptr(TautanScene) here = tautan_scene_new (tautan_graph_view_get_render_context (graph), graph->dataset,
                                                  graph->slice, tautan_graph_view_get_positions (graph),
                                                  tautan_scene_get_view (graph->scene));
  g_autoptr(TautanTileCache) own = tautan_tile_cache_new (NULL, NULL, NULL);
  const TautanView *view = tautan_scene_get_view (here);
  cairo_surface_t *fresh, *tiled;
  int stride;
  guint differing = 0;

  tautan_test_wait_for (tiles_complete, graph);
  tautan_tile_cache_set_scene (own, here, gtk_widget_get_scale_factor (GTK_WIDGET (graph)));
  _tautan_tile_cache_wait (own);
  fresh = draw_tiles (own, view);
  tiled = draw_tiles (graph->tiles, view);
  stride = cairo_image_surface_get_stride (fresh);
  for (int y = 0; y < view->height; y++)
    differing += memcmp (cairo_image_surface_get_data (fresh) + (gsize)y * stride,
                         cairo_image_surface_get_data (tiled) + (gsize)y * stride, (gsize)view->width * 4) != 0;
  g_assert_cmpuint (differing, ==, 0);
  cairo_surface_destroy (fresh);
  cairo_surface_destroy (tiled);
}

/* The slider on a big graph: each step starts its scene on a worker at
 * once, not at the next frame (which would only draw the scene on screen
 * again); a step made during a build is built the moment that one ends;
 * and every scene is the one built afresh for its window. */
static void
test_slider_builds_at_once (void)
{
  g_autoptr(GFile) a = generated ("aside.json", 60000, 3000, 4);
  TautanWindow *window = new_window ();
  TautanGraphView *graph = window->graph_view;
  TautanTimeSpan all, span;
  ShownSpan shown = { graph, { 0, 0 } };

  tautan_window_open (window, a);
  tautan_test_wait_for (tautan_test_has_dataset, window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  /* Only the slider changes the scene here. */
  tautan_layout_stop (tautan_session_get_layout (window->session));
  tautan_test_wait_for (graph_at_rest, graph);
  /* As a user sees it before stepping: on a loaded machine the first
   * frame with the scene may come after the layout stopped. */
  gtk_widget_queue_draw (GTK_WIDGET (graph));
  tautan_test_wait_for (graph_tiled, graph);
  all = tautan_session_get_span (window->session);
  span = (TautanTimeSpan) { all.from + 200, all.from + 200 + (all.to - all.from) * 3 / 4 };

  for (guint i = 0; i < 8; i++)
    {
      gint32 step = i % 3 == 2 ? -30 : 30;

      span.from += step;
      span.to += step;
      tautan_session_set_span (window->session, &span);
      /* Started in the step itself: no frame has been drawn since. */
      g_assert_true (graph->slice == tautan_session_get_slice (window->session));
      g_assert_cmpuint (tautan_slice_get_n_edges (graph->slice), >=, ASYNC_BUILD_EDGES);
      g_assert_true (graph->building);
      g_assert_false (graph->scene_dirty);

      if (i % 2 == 1)
        {
          /* Another step while the worker builds: the next build starts
           * as the first ends, before any frame. */
          shown.span = span;
          span.from += 7;
          span.to += 7;
          tautan_session_set_span (window->session, &span);
          g_assert_true (graph->building);
          g_assert_true (graph->scene_dirty);
          tautan_test_wait_for (scene_of_span, &shown);
          g_assert_true (graph->building);
          g_assert_false (graph->scene_dirty);
        }

      shown.span = span;
      tautan_test_wait_for (scene_of_span, &shown);
      g_assert_false (graph->building);
      assert_fresh_scene (graph);
      /* Its tiles started with it, not at the next frame (which would
       * only show the old tiles again); and they are the fresh scene's. */
      g_assert_nonnull (graph->tiles);
      g_assert_false (graph->base_dirty);
      g_assert_true (graph->base_scene == graph->scene);
      assert_tiles_fresh (graph);
    }

  destroy_window (window);
}

/* A failed export says what could not be exported, and why. */
static void
test_export_error (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "no-such-folder", "graph.png", NULL);
  g_autoptr(GFile) out = g_file_new_for_path (path);
  TautanWindow *window = new_window ();
  TautanExportOptions options;
  AdwMessageDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", NULL));
  tautan_export_options_init (&options);
  _tautan_window_export_picture (window, out, &options);
  tautan_test_wait_for (not_exporting, window);

  dialog = steal_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Export “graph.png”");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), !=, "");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  gtk_window_destroy (GTK_WINDOW (dialog));

  destroy_window (window);
}

/* A briefing of the session's views, drawn off the main thread from the
 * positions on screen. */
static void
test_export_briefing (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "briefing.pdf", NULL);
  g_autoptr(GFile) out = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  TautanWindow *window = new_window ();
  gsize length;

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-view", NULL));
  _tautan_window_export_briefing (window, out, NULL);
  g_assert_true (_tautan_window_get_exporting (window));
  tautan_test_wait_for (not_exporting, window);

  g_assert_null (steal_dialog ());
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF"));

  destroy_window (window);
}

/* Closing a window while it exports: the window goes at once, the
 * export's result is ignored. */
static void
test_close_mid_export (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "closing.pdf", NULL);
  g_autoptr(GFile) out = g_file_new_for_path (path);
  TautanWindow *window = new_window ();

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-view", NULL));
  _tautan_window_export_briefing (window, out, NULL);
  destroy_window (window);
  /* Let the worker finish: its callback finds no window. */
  while (!g_file_test (path, G_FILE_TEST_EXISTS))
    g_main_context_iteration (NULL, TRUE);
  tautan_test_iterate ();
  g_assert_null (steal_dialog ());
}

/* A new window takes the size and panel the user left: the settings are
 * only there once GTK has set the window's application, after its
 * construction (they were read before, found nothing, and every window
 * opened at the template's size). */
static void
test_restore_state (void)
{
  GSettings *settings = tautan_application_get_settings (tautan_test_app ());
  TautanWindow *window;
  int width, height;

  g_settings_set_int (settings, "window-width", 911);
  g_settings_set_int (settings, "window-height", 677);
  g_settings_set_boolean (settings, "panel-visible", FALSE);
  window = tautan_window_new (ADW_APPLICATION (tautan_test_app ()));
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 911);
  g_assert_cmpint (height, ==, 677);
  g_assert_false (gtk_toggle_button_get_active (window->panel_button));
  gtk_window_destroy (GTK_WINDOW (window));

  /* The panel keeps its width in a window opened wider than it was
   * saved (as a position it took all the width gained). */
  g_settings_set_boolean (settings, "panel-visible", TRUE);
  g_settings_set_int (settings, "panel-width", 333);
  window = tautan_window_new (ADW_APPLICATION (tautan_test_app ()));
  g_assert_true (gtk_toggle_button_get_active (window->panel_button));
  gtk_window_set_default_size (GTK_WINDOW (window), 1500, 700);
  gtk_window_present (GTK_WINDOW (window));
  /* The explorer, and with it the paned, shows with a dataset. */
  tautan_window_open_bundled (window);
  tautan_test_wait_for (tautan_test_has_dataset, window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window->paned)), >, 1200);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window->paned)) - gtk_paned_get_position (window->paned), ==, 333);
  tautan_test_destroy_window (GTK_WINDOW (window));
  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
  g_settings_reset (settings, "panel-visible");
  g_settings_reset (settings, "panel-width");
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  /* No test writes to the home folder (Recent files included). */
  tautan_test_home_init ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/tautan/window/templates", test_templates);
  g_test_add_func ("/tautan/window/open", test_open);
  g_test_add_func ("/tautan/window/start-page", test_start_page);
  g_test_add_func ("/tautan/window/open-foreign", test_open_foreign);
  g_test_add_func ("/tautan/window/toast-replaces", test_toast_replaces);
  g_test_add_func ("/tautan/window/open-body-follows-title", test_open_body_follows_title);
  g_test_add_func ("/tautan/window/recent-same-name", test_recent_same_name);
  g_test_add_func ("/tautan/window/style", test_style);
  g_test_add_func ("/tautan/window/space-plays", test_space_plays);
  g_test_add_func ("/tautan/window/a-then-b", test_a_then_b);
  g_test_add_func ("/tautan/window/a-then-b-cancelled", test_a_then_b_cancelled);
  g_test_add_func ("/tautan/window/close-mid-load", test_close_mid_load);
  g_test_add_func ("/tautan/window/workspace-names-workspace", test_workspace_names_workspace);
  g_test_add_func ("/tautan/window/workspace-dataset-missing", test_workspace_dataset_missing);
  g_test_add_func ("/tautan/window/export-responsive", test_export_responsive);
  g_test_add_func ("/tautan/window/big-graph-aside", test_big_graph_aside);
  g_test_add_func ("/tautan/window/slider-builds-at-once", test_slider_builds_at_once);
  g_test_add_func ("/tautan/window/export-error", test_export_error);
  g_test_add_func ("/tautan/window/export-briefing", test_export_briefing);
  g_test_add_func ("/tautan/window/close-mid-export", test_close_mid_export);
  g_test_add_func ("/tautan/window/restore-state", test_restore_state);

  ret = g_test_run ();
  tautan_test_app_clear ();
  return ret;
}
