/* test-view-fields.c: a saved view's briefing fields, edited in the window
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tautan-test-home.h"
#include "tautan-test-session.h"

#include <adwaita.h>

#include "tautan/tautan-application.h"
#include "tautan/tautan-view-row.h"
#include "tautan/tautan-window.h"

#include "widgets/tautan-view-row-private.h"

static void
iterate (void)
{
  tautan_test_allow_gtk_noise ();
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* One application for the tests: a process registers one. */
static TautanApplication *app_instance;

static TautanApplication *
shared_app (void)
{
  if (app_instance == NULL)
    {
      app_instance = tautan_application_new ();
      g_application_set_flags (G_APPLICATION (app_instance), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
      g_application_register (G_APPLICATION (app_instance), NULL, NULL);
    }
  return app_instance;
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

/* Open the row's popover (the pencil), type a name, a title, a marking
 * and a note, press Enter: the view has them, the list shows the new
 * name, the workspace is modified, and one undo takes the four back. */
/* A window on the bundled dataset with @n_views saved views. */
static TautanWindow *
bundled_window_with_views (guint n_views)
{
  TautanWindow *window = tautan_window_new (ADW_APPLICATION (shared_app ()));

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", NULL));
  iterate ();
  for (guint i = 0; i < n_views; i++)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-view", NULL));
  return window;
}

/* The Saved Views popover open and its list drawn. Without autohide:
 * under Xvfb with no window manager an autohide popover's grab can fail
 * and GTK closes it at once, and then the list is never drawn (the test
 * hung under make sanitize). */
static void
show_views (TautanWindow *window)
{
  gtk_popover_set_autohide (gtk_menu_button_get_popover (child (window, "views_button")), FALSE);
  gtk_menu_button_popup (child (window, "views_button"));
  iterate ();
  gtk_test_widget_wait_for_draw (child (window, "view_list"));
}

static void
test_edit_fields (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "fields.tautan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  TautanWindow *window;
  TautanSession *session;
  g_autoptr(TautanSavedView) view = NULL;
  TautanViewRow *row;
  GtkMenuButton *button;
  GtkPopover *popover;
  GtkEntry *name, *title, *marking;
  GtkTextView *note;

  window = bundled_window_with_views (2);
  session = tautan_window_get_session (window);
  view = g_list_model_get_item (tautan_session_get_views (session), 1);
  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  g_assert_true (tautan_window_save_workspace (window, file));
  g_assert_false (tautan_window_get_modified (window));

  show_views (window);

  row = row_of (window, view);
  button = tautan_view_row_get_fields_button (row);
  gtk_popover_set_autohide (gtk_menu_button_get_popover (button), FALSE);
  gtk_menu_button_popup (button);
  iterate ();
  popover = gtk_menu_button_get_popover (button);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  name = find (GTK_WIDGET (popover), GTK_TYPE_ENTRY, 0);
  title = find (GTK_WIDGET (popover), GTK_TYPE_ENTRY, 1);
  marking = find (GTK_WIDGET (popover), GTK_TYPE_ENTRY, 2);
  note = find (GTK_WIDGET (popover), GTK_TYPE_TEXT_VIEW, 0);
  g_assert_nonnull (name);
  g_assert_nonnull (title);
  g_assert_nonnull (marking);
  g_assert_nonnull (note);
  /* An empty title stands for the view's own name, which the field shows
   * greyed: not "The view's name", which users took for a rename. */
  g_assert_cmpstr (gtk_entry_get_placeholder_text (title), ==, tautan_saved_view_get_name (view));
  /* It opens on the view's values: its name, as the list shows it, and
   * no fields yet. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "View 2");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, "");

  gtk_editable_set_text (GTK_EDITABLE (name), " Summit ");
  gtk_editable_set_text (GTK_EDITABLE (title), "Putin in Pyongyang");
  gtk_editable_set_text (GTK_EDITABLE (marking), " INTERNAL ");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (note), "The treaty is signed the same day.\n\n", -1);
  /* Enter in the marking. */
  g_signal_emit (marking, g_signal_lookup ("activate", G_OBJECT_TYPE (marking)), 0);
  iterate ();

  g_assert_cmpstr (tautan_saved_view_get_name (view), ==, "Summit");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (tautan_view_row_get_name_label (row))), ==, "Summit");
  g_assert_cmpstr (tautan_saved_view_get_title (view), ==, "Putin in Pyongyang");
  g_assert_cmpstr (tautan_saved_view_get_marking (view), ==, "INTERNAL");
  g_assert_cmpstr (tautan_saved_view_get_note (view), ==, "The treaty is signed the same day.");
  g_assert_true (tautan_window_get_modified (window));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));

  /* Reopened, it shows them; emptied, the fields are none, and the name
   * stays: a view always has one. */
  gtk_menu_button_popup (button);
  iterate ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "Summit");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (marking)), ==, "INTERNAL");
  gtk_editable_set_text (GTK_EDITABLE (name), "");
  gtk_editable_set_text (GTK_EDITABLE (marking), "");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row), "row.apply-fields", NULL));
  iterate ();
  g_assert_null (tautan_saved_view_get_marking (view));
  g_assert_cmpstr (tautan_saved_view_get_name (view), ==, "Summit");
  g_assert_cmpstr (tautan_saved_view_get_title (view), ==, "Putin in Pyongyang");

  /* Undo: the marking is back; undo again: the name is back and the
   * three fields are gone, in one step. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpstr (tautan_saved_view_get_marking (view), ==, "INTERNAL");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_null (tautan_saved_view_get_title (view));
  g_assert_null (tautan_saved_view_get_note (view));
  g_assert_null (tautan_saved_view_get_marking (view));
  g_assert_cmpstr (tautan_saved_view_get_name (view), ==, "View 2");
  iterate ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (tautan_view_row_get_name_label (row))), ==, "View 2");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_cmpstr (tautan_saved_view_get_marking (view), ==, "INTERNAL");

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *)&window);
  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
  g_assert_null (window);
}

/* The row's button for @action ("row.move-up"). */
static GtkWidget *
action_button (TautanViewRow *row,
               const char    *action)
{
  for (guint i = 0; ; i++)
    {
      GtkButton *button = find (GTK_WIDGET (row), GTK_TYPE_BUTTON, i);

      g_assert_nonnull (button);
      if (g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), action) == 0)
        return GTK_WIDGET (button);
    }
}

/* Move Up is off on the first view, Move Down on the last (their buttons
 * insensitive, so neither a click nor the keyboard reaches them), and
 * they follow as views are added and removed. */
static void
test_moves (void)
{
  TautanWindow *window;
  TautanSession *session;
  GListModel *views;
  g_autofree char *names = NULL;

  window = bundled_window_with_views (1);
  session = tautan_window_get_session (window);
  views = tautan_session_get_views (session);

  show_views (window);

  /* One view: nowhere to move it. */
  {
    g_autoptr(TautanSavedView) first = g_list_model_get_item (views, 0);
    TautanViewRow *row = row_of (window, first);

    g_assert_false (gtk_widget_get_sensitive (action_button (row, "row.move-up")));
    g_assert_false (gtk_widget_get_sensitive (action_button (row, "row.move-down")));
  }

  /* Two more: the first can go down, the last up, the middle both; the
   * old last row, whose place did not change, can go down now. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-view", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-view", NULL));
  iterate ();
  gtk_test_widget_wait_for_draw (child (window, "view_list"));
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(TautanSavedView) view = g_list_model_get_item (views, i);
      TautanViewRow *row = row_of (window, view);

      g_assert_cmpint (gtk_widget_get_sensitive (action_button (row, "row.move-up")), ==, i > 0);
      g_assert_cmpint (gtk_widget_get_sensitive (action_button (row, "row.move-down")), ==, i < 2);
    }

  /* A disabled move does nothing, however it is asked for. */
  {
    g_autoptr(TautanSavedView) first = g_list_model_get_item (views, 0);
    g_autoptr(TautanSavedView) last = g_list_model_get_item (views, 2);

    gtk_widget_activate_action (GTK_WIDGET (row_of (window, first)), "row.move-up", NULL);
    gtk_widget_activate_action (GTK_WIDGET (row_of (window, last)), "row.move-down", NULL);
    iterate ();
    names = tautan_test_view_names (session);
    g_assert_cmpstr (names, ==, "View 1,View 2,View 3");
  }

  /* The last removed: the one before it is last, and cannot go down. */
  {
    g_autoptr(TautanSavedView) last = g_list_model_get_item (views, 2);

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row_of (window, last)), "row.delete", NULL));
  }
  iterate ();
  gtk_test_widget_wait_for_draw (child (window, "view_list"));
  g_assert_cmpuint (g_list_model_get_n_items (views), ==, 2);
  {
    g_autoptr(TautanSavedView) second = g_list_model_get_item (views, 1);
    TautanViewRow *row = row_of (window, second);

    g_assert_true (gtk_widget_get_sensitive (action_button (row, "row.move-up")));
    g_assert_false (gtk_widget_get_sensitive (action_button (row, "row.move-down")));
  }

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *)&window);
  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
  g_assert_null (window);
}

/* The first GtkDropTarget in @widget or below it. */
static GtkDropTarget *
drop_target_in (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        return GTK_DROP_TARGET (controller);
    }
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkDropTarget *target = drop_target_in (c);

      if (target != NULL)
        return target;
    }
  return NULL;
}

/* A row dragged onto another takes its place, as one undoable step. Text
 * dropped on a name (GtkEditableLabel takes it) is no rename: the list
 * showed the dropped name while the view kept its own. */
static void
test_drag (void)
{
  TautanApplication *app = shared_app ();
  TautanWindow *window, *other;
  TautanSession *session;
  GListModel *views;
  g_autoptr(TautanSavedView) first = NULL;
  g_autoptr(TautanSavedView) third = NULL;
  g_autoptr(TautanSavedView) stranger = NULL;
  GtkEditableLabel *name;
  GtkDropTarget *target;
  g_autofree char *names = NULL;

  window = bundled_window_with_views (3);
  session = tautan_window_get_session (window);
  views = tautan_session_get_views (session);
  first = g_list_model_get_item (views, 0);
  third = g_list_model_get_item (views, 2);

  show_views (window);

  /* "View 3" dropped as text on the first name, as a drag of the third
   * name onto it did. */
  name = tautan_view_row_get_name_label (row_of (window, first));
  target = drop_target_in (GTK_WIDGET (name));
  g_assert_nonnull (target);
  {
    g_auto(GValue) value = G_VALUE_INIT;
    gboolean dropped = FALSE;

    g_value_init (&value, G_TYPE_STRING);
    g_value_set_string (&value, "View 3");
    g_signal_emit_by_name (target, "drop", &value, 1.0, 1.0, &dropped);
  }
  iterate ();
  g_assert_cmpstr (tautan_saved_view_get_name (first), ==, "View 1");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "View 1");
  names = tautan_test_view_names (session);
  g_assert_cmpstr (names, ==, "View 1,View 2,View 3");
  g_clear_pointer (&names, g_free);

  /* The third row dropped on the first: it goes first, the others shift. */
  g_assert_true (_tautan_view_row_drop_view (row_of (window, first), third));
  iterate ();
  names = tautan_test_view_names (session);
  g_assert_cmpstr (names, ==, "View 3,View 1,View 2");
  g_clear_pointer (&names, g_free);

  /* The first (now second) dropped on the last: it goes last. */
  {
    g_autoptr(TautanSavedView) last = g_list_model_get_item (views, 2);

    g_assert_true (_tautan_view_row_drop_view (row_of (window, last), first));
  }
  iterate ();
  names = tautan_test_view_names (session);
  g_assert_cmpstr (names, ==, "View 3,View 2,View 1");
  g_clear_pointer (&names, g_free);

  /* Each drop is one step. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  names = tautan_test_view_names (session);
  g_assert_cmpstr (names, ==, "View 3,View 1,View 2");
  g_clear_pointer (&names, g_free);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  names = tautan_test_view_names (session);
  g_assert_cmpstr (names, ==, "View 1,View 2,View 3");
  g_clear_pointer (&names, g_free);
  iterate ();

  /* A view of another window's list is refused, and nothing moves. */
  other = tautan_window_new (ADW_APPLICATION (app));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (other), "win.open-bundled", NULL));
  iterate ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (other), "win.add-view", NULL));
  stranger = g_list_model_get_item (tautan_session_get_views (tautan_window_get_session (other)), 0);
  g_assert_false (_tautan_view_row_drop_view (row_of (window, first), stranger));
  names = tautan_test_view_names (session);
  g_assert_cmpstr (names, ==, "View 1,View 2,View 3");

  g_object_add_weak_pointer (G_OBJECT (other), (gpointer *)&other);
  gtk_window_destroy (GTK_WINDOW (other));
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *)&window);
  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
  g_assert_null (other);
  g_assert_null (window);
}

/* The popover's shortcut for @accel ("<Control>z"), or NULL. */
static GtkShortcut *
popover_shortcut (GtkWidget  *popover,
                  const char *accel)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (popover);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));

          if (g_strcmp0 (trigger, accel) == 0)
            return shortcut;
        }
    }
  return NULL;
}

/* A view deleted in the open popover: Ctrl+Z there brings it back and
 * Shift+Ctrl+Z deletes it again. The popover's grab keeps key events from
 * the window, whose own Ctrl+Z did nothing while it was open. The legend's
 * and the analysis panel's popovers undo alike. */
static void
test_undo_in_popover (void)
{
  const char *buttons[] = { "views_button", "legend_button", "analysis_button" };
  TautanWindow *window;
  TautanSession *session;
  GtkWidget *popover;
  GtkShortcut *undo, *redo;
  g_autofree char *names = NULL;

  window = bundled_window_with_views (3);
  session = tautan_window_get_session (window);

  popover = GTK_WIDGET (gtk_menu_button_get_popover (child (window, "views_button")));
  gtk_popover_set_autohide (GTK_POPOVER (popover), FALSE);
  gtk_menu_button_popup (child (window, "views_button"));
  iterate ();
  gtk_test_widget_wait_for_draw (child (window, "view_list"));
  {
    g_autoptr(TautanSavedView) second = g_list_model_get_item (tautan_session_get_views (session), 1);

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (row_of (window, second)), "row.delete", NULL));
  }
  iterate ();
  names = tautan_test_view_names (session);
  g_assert_cmpstr (names, ==, "View 1,View 3");
  g_clear_pointer (&names, g_free);

  undo = popover_shortcut (popover, "<Control>z");
  redo = popover_shortcut (popover, "<Shift><Control>z");
  g_assert_nonnull (undo);
  g_assert_nonnull (redo);
  g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (undo), 0, popover, NULL));
  names = tautan_test_view_names (session);
  g_assert_cmpstr (names, ==, "View 1,View 2,View 3");
  g_clear_pointer (&names, g_free);
  g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (redo), 0, popover, NULL));
  names = tautan_test_view_names (session);
  g_assert_cmpstr (names, ==, "View 1,View 3");

  for (guint i = 1; i < G_N_ELEMENTS (buttons); i++)
    {
      GtkWidget *other = GTK_WIDGET (gtk_menu_button_get_popover (child (window, buttons[i])));

      g_assert_nonnull (popover_shortcut (other, "<Control>z"));
      g_assert_nonnull (popover_shortcut (other, "<Shift><Control>z"));
    }

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *)&window);
  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
  g_assert_null (window);
}

/* Moved from the keyboard, a view keeps the focus on its move buttons,
 * down to the last place, where its Move Down goes off: the focus went
 * out of the popover there and the next key moved nothing. */
static void
test_keyboard_moves (void)
{
  TautanWindow *window;
  TautanSession *session;
  GListModel *views;
  g_autoptr(TautanSavedView) first = NULL;
  GtkWidget *focus;
  g_autofree char *names = NULL;

  window = bundled_window_with_views (3);
  session = tautan_window_get_session (window);
  views = tautan_session_get_views (session);
  first = g_list_model_get_item (views, 0);

  show_views (window);

  gtk_widget_grab_focus (action_button (row_of (window, first), "row.move-down"));
  for (guint i = 0; i < 2; i++)
    {
      focus = gtk_root_get_focus (GTK_ROOT (window));
      g_assert_nonnull (focus);
      g_assert_true (gtk_widget_activate_action (focus, "row.move-down", NULL));
      iterate ();
      gtk_test_widget_wait_for_draw (child (window, "view_list"));
    }
  names = tautan_test_view_names (session);
  g_assert_cmpstr (names, ==, "View 2,View 3,View 1");
  g_clear_pointer (&names, g_free);

  /* Last now: the focus is on its Move Up, in the popover. */
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (focus == action_button (row_of (window, first), "row.move-up"));
  g_assert_true (gtk_widget_activate_action (focus, "row.move-up", NULL));
  names = tautan_test_view_names (session);
  g_assert_cmpstr (names, ==, "View 2,View 1,View 3");

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *)&window);
  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
  g_assert_null (window);
}

/* A view added with an actor or a link selected is named for it, a
 * second alike with a number; with nothing selected, "View N". Before,
 * every view was "View N" until renamed. */
static void
test_names_from_selection (void)
{
  TautanWindow *window = bundled_window_with_views (0);
  TautanSession *session = tautan_window_get_session (window);
  TautanDataset *dataset = tautan_window_get_dataset (window);
  guint kim = tautan_dataset_lookup_entity (dataset, "kim-jong-un");
  guint putin = tautan_dataset_lookup_entity (dataset, "vladimir-putin");
  GListModel *views = tautan_session_get_views (session);
  g_autoptr(GString) names = g_string_new (NULL);

  tautan_session_select_entity (session, kim);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-view", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-view", NULL));
  tautan_session_select_edge (session, kim, putin);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-view", NULL));
  tautan_session_clear_selection (session);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-view", NULL));
  for (guint i = 0; i < g_list_model_get_n_items (views); i++)
    {
      g_autoptr(TautanSavedView) view = g_list_model_get_item (views, i);

      g_string_append_printf (names, "%s%s", i ? "," : "", tautan_saved_view_get_name (view));
    }
  g_assert_cmpstr (names->str, ==, "Kim Jong Un,Kim Jong Un (2),Kim Jong Un → Vladimir Putin,View 4");

  /* The first gone, "View 4" is taken: the next is "View 5", not a second
   * "View 4". */
  tautan_session_remove_view (session, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-view", NULL));
  {
    g_autoptr(TautanSavedView) last = g_list_model_get_item (views, g_list_model_get_n_items (views) - 1);

    g_assert_cmpstr (tautan_saved_view_get_name (last), ==, "View 5");
  }
  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  tautan_test_home_init ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/tautan/view-fields/edit", test_edit_fields);
  g_test_add_func ("/tautan/view-fields/moves", test_moves);
  g_test_add_func ("/tautan/view-fields/drag", test_drag);
  g_test_add_func ("/tautan/view-fields/undo-in-popover", test_undo_in_popover);
  g_test_add_func ("/tautan/view-fields/keyboard-moves", test_keyboard_moves);
  g_test_add_func ("/tautan/view-fields/names-from-selection", test_names_from_selection);

  ret = g_test_run ();
  g_clear_object (&app_instance);
  return ret;
}
