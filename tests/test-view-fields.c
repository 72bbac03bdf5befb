/* test-view-fields.c: a saved view's briefing fields, edited in the window
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tautan-test-home.h"

#include <adwaita.h>

#include "tautan/tautan-application.h"
#include "tautan/tautan-view-row.h"
#include "tautan/tautan-window.h"

static void
iterate (void)
{
  tautan_test_allow_gtk_noise ();
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gpointer
child (TautanWindow *window,
       const char   *name)
{
  return gtk_widget_get_template_child (GTK_WIDGET (window), TAUTAN_TYPE_WINDOW, name);
}

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

static TautanViewRow *
row_of (TautanWindow    *window,
        TautanSavedView *view)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect_rows (child (window, "view_list"), rows);
  for (guint i = 0; i < rows->len; i++)
    if (tautan_view_row_get_view (g_ptr_array_index (rows, i)) == view)
      return g_ptr_array_index (rows, i);
  g_assert_not_reached ();
}

/* The first descendant of @widget of @type. */
static gpointer
find (GtkWidget *widget,
      GType      type,
      guint      skip)
{
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();

  g_ptr_array_add (stack, widget);
  while (stack->len > 0)
    {
      GtkWidget *w = g_ptr_array_steal_index (stack, 0);

      if (G_TYPE_CHECK_INSTANCE_TYPE (w, type) && skip-- == 0)
        return w;
      for (GtkWidget *c = gtk_widget_get_first_child (w); c; c = gtk_widget_get_next_sibling (c))
        g_ptr_array_add (stack, c);
    }
  return NULL;
}

/* Open the row's popover, type a title, a marking and a note, press Enter:
 * the view has them, the workspace is modified, and one undo takes the
 * three back. */
static void
test_edit_fields (void)
{
  g_autoptr(TautanApplication) app = tautan_application_new ();
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "fields.tautan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  TautanWindow *window;
  TautanSession *session;
  g_autoptr(TautanSavedView) view = NULL;
  TautanViewRow *row;
  GtkMenuButton *button;
  GtkPopover *popover;
  GtkEntry *title, *marking;
  GtkTextView *note;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);
  window = tautan_window_new (ADW_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", NULL));
  iterate ();
  session = tautan_window_get_session (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-view", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-view", NULL));
  view = g_list_model_get_item (tautan_session_get_views (session), 1);
  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  g_assert_true (tautan_window_save_workspace (window, file));
  g_assert_false (tautan_window_get_modified (window));

  /* Without autohide: under Xvfb with no window manager an autohide
   * popover's grab can fail and GTK closes it at once, and then the list
   * is never drawn (the test hung under make sanitize). */
  gtk_popover_set_autohide (gtk_menu_button_get_popover (child (window, "views_button")), FALSE);
  gtk_menu_button_popup (child (window, "views_button"));
  iterate ();
  gtk_test_widget_wait_for_draw (child (window, "view_list"));

  row = row_of (window, view);
  button = tautan_view_row_get_fields_button (row);
  gtk_popover_set_autohide (gtk_menu_button_get_popover (button), FALSE);
  gtk_menu_button_popup (button);
  iterate ();
  popover = gtk_menu_button_get_popover (button);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  title = find (GTK_WIDGET (popover), GTK_TYPE_ENTRY, 0);
  marking = find (GTK_WIDGET (popover), GTK_TYPE_ENTRY, 1);
  note = find (GTK_WIDGET (popover), GTK_TYPE_TEXT_VIEW, 0);
  g_assert_nonnull (title);
  g_assert_nonnull (marking);
  g_assert_nonnull (note);
  /* It opens on the view's values: none yet. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, "");

  gtk_editable_set_text (GTK_EDITABLE (title), "Putin in Pyongyang");
  gtk_editable_set_text (GTK_EDITABLE (marking), " INTERNAL ");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (note), "The treaty is signed the same day.\n\n", -1);
  /* Enter in the marking. */
  g_signal_emit (marking, g_signal_lookup ("activate", G_OBJECT_TYPE (marking)), 0);
  iterate ();

  g_assert_cmpstr (tautan_saved_view_get_title (view), ==, "Putin in Pyongyang");
  g_assert_cmpstr (tautan_saved_view_get_marking (view), ==, "INTERNAL");
  g_assert_cmpstr (tautan_saved_view_get_note (view), ==, "The treaty is signed the same day.");
  g_assert_true (tautan_window_get_modified (window));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));

  /* Reopened, it shows them; emptied, they are none. */
  gtk_menu_button_popup (button);
  iterate ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (marking)), ==, "INTERNAL");
  gtk_editable_set_text (GTK_EDITABLE (marking), "");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row), "row.apply-fields", NULL));
  iterate ();
  g_assert_null (tautan_saved_view_get_marking (view));
  g_assert_cmpstr (tautan_saved_view_get_title (view), ==, "Putin in Pyongyang");

  /* Undo: the marking is back; undo again: all three are gone, in one step. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpstr (tautan_saved_view_get_marking (view), ==, "INTERNAL");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_null (tautan_saved_view_get_title (view));
  g_assert_null (tautan_saved_view_get_note (view));
  g_assert_null (tautan_saved_view_get_marking (view));
  g_assert_cmpstr (tautan_saved_view_get_name (view), ==, "View 2");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_cmpstr (tautan_saved_view_get_marking (view), ==, "INTERNAL");

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *)&window);
  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
  g_assert_null (window);
}

int
main (int   argc,
      char *argv[])
{
  tautan_test_home_init ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/tautan/view-fields/edit", test_edit_fields);

  return g_test_run ();
}
