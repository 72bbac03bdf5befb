/* test-window.c: the real window, driven through its actions
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "tautan/tautan-application.h"
#include "tautan/tautan-window.h"

static void
wait_for (gboolean (*cond) (gpointer),
          gpointer   data)
{
  guint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  /* A deadline only so a broken load fails the test instead of hanging it. */
  while (!cond (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
}

static gboolean
has_dataset (gpointer data)
{
  return tautan_window_get_dataset (data) != NULL && !tautan_window_get_loading (data);
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

static const char *
visible_page (TautanWindow *window)
{
  GObject *stack = gtk_widget_get_template_child (GTK_WIDGET (window), TAUTAN_TYPE_WINDOW, "stack");

  return gtk_stack_get_visible_child_name (GTK_STACK (stack));
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

static void
test_open (void)
{
  g_autoptr(TautanApplication) app = tautan_application_new ();
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "extras.json", NULL);
  g_autofree char *bad = g_test_build_filename (G_TEST_DIST, "data", "bad", "date-feb-30.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad);
  TautanWindow *window;
  GtkWindow *dialog = NULL;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);
  window = tautan_window_new (ADW_APPLICATION (app));
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *)&window);
  gtk_window_present (GTK_WINDOW (window));

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
  wait_for (not_loading, window);
  wait_for (has_dataset, window);
  g_assert_true (g_file_equal (tautan_dataset_get_file (tautan_window_get_dataset (window)), file));
  g_assert_cmpstr (visible_page (window), ==, "explorer");

  /* It is offered again under Open Recent (the manager saves in idle). */
  {
    GMenuModel *recent = G_MENU_MODEL (gtk_widget_get_template_child (GTK_WIDGET (window), TAUTAN_TYPE_WINDOW,
                                                                     "recent_menu"));
    wait_for (recent_has_items, recent);
    g_assert_cmpuint (g_menu_model_get_n_items (recent), ==, 1);
  }

  /* A bad file keeps the current dataset and says what is wrong. */
  tautan_window_open (window, bad_file);
  wait_for (not_loading, window);
  g_assert_true (g_file_equal (tautan_dataset_get_file (tautan_window_get_dataset (window)), file));
  for (GList *l = gtk_window_list_toplevels (); l; l = g_list_delete_link (l, l))
    if (ADW_IS_MESSAGE_DIALOG (l->data))
      dialog = l->data;
  g_assert_nonnull (dialog);
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), "Could Not Open"));
  gtk_window_destroy (dialog);

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  adw_init ();

  g_test_add_func ("/tautan/window/templates", test_templates);
  g_test_add_func ("/tautan/window/open", test_open);

  return g_test_run ();
}
