/* test-briefing-dialog.c: Export Briefing…, from the menu and from the
 * export dialog, with its preview, to the PDF
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tautan-test-home.h"
#include "tautan-test-window.h"

#include <adwaita.h>
#include <string.h>

#include "tautan/tautan-briefing-dialog.h"
#include "tautan/tautan-window.h"

#include "app/tautan-window-private.h"

static gboolean
is_null (gpointer data)
{
  return *(gpointer *)data == NULL;
}

static gboolean
preview_ready (gpointer dialog)
{
  return tautan_briefing_dialog_get_preview_ready (dialog);
}

static gboolean
not_exporting (gpointer window)
{
  return !_tautan_window_get_exporting (window);
}

/* The dialog's rows, by their titles. */
static gpointer
find_row (GtkWidget  *widget,
          GType       type,
          const char *title)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      gpointer found = find_row (c, type, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
preview_ended (gpointer data)
{
  return !_tautan_briefing_dialog_get_drawing ();
}

static void
test_dialog (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "dialog.pdf", NULL);
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_autoptr(GFile) out = g_file_new_for_path (path);
  TautanWindow *window = tautan_window_new (ADW_APPLICATION (tautan_test_app ()));
  TautanBriefingDialog *dialog;
  TautanBriefingOptions options;
  AdwComboRow *paper;
  AdwEntryRow *author;
  GdkPaintable *page;
  int a4_width;

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", NULL));
  tautan_test_wait_for (tautan_test_has_dataset, window);

  /* No view: the menu item says what to do first. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-briefing", NULL));
  g_assert_null (window->briefing_dialog);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-view", NULL));

  /* From the export dialog: it gives way to the briefing dialog. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  g_assert_nonnull (window->export_dialog);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window->export_dialog), "export.briefing", NULL));
  tautan_test_iterate ();
  g_assert_null (window->export_dialog);
  dialog = window->briefing_dialog;
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));

  /* The defaults: A4, the dataset's title, an author who is never "root". */
  tautan_briefing_dialog_get_options (dialog, &options);
  g_assert_cmpint (options.paper, ==, TAUTAN_PAPER_A4);
  g_assert_cmpstr (options.title, ==, tautan_dataset_get_title (tautan_window_get_dataset (window)));
  g_assert_cmpstr (options.author, !=, "root");
  g_assert_cmpstr (options.author, !=, "Unknown");
  g_assert_cmpstr (options.author, ==, tautan_briefing_default_author ());

  /* The preview: two pages, drawn off the main thread, A4 in shape. */
  tautan_test_wait_for (preview_ready, dialog);
  page = tautan_briefing_dialog_get_preview_page (dialog, 0);
  g_assert_nonnull (page);
  g_assert_nonnull (tautan_briefing_dialog_get_preview_page (dialog, 1));
  a4_width = gdk_paintable_get_intrinsic_width (page);
  g_assert_cmpfloat_with_epsilon ((double)gdk_paintable_get_intrinsic_height (page) / a4_width,
                                  841.89 / 595.28, 0.02);

  /* Letter: drawn again, wider. */
  paper = find_row (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "_Paper Size");
  g_assert_nonnull (paper);
  adw_combo_row_set_selected (paper, 1);
  g_assert_false (tautan_briefing_dialog_get_preview_ready (dialog));
  tautan_test_wait_for (preview_ready, dialog);
  page = tautan_briefing_dialog_get_preview_page (dialog, 0);
  g_assert_cmpint (gdk_paintable_get_intrinsic_width (page), >, a4_width);

  author = find_row (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "_Author");
  g_assert_nonnull (author);
  gtk_editable_set_text (GTK_EDITABLE (author), "Desk Officer");
  tautan_briefing_dialog_get_options (dialog, &options);
  g_assert_cmpint (options.paper, ==, TAUTAN_PAPER_LETTER);

  /* Export: written off the main thread, the dialog closes, a toast. */
  _tautan_window_export_briefing (window, out, &options);
  g_assert_true (_tautan_window_get_exporting (window));
  tautan_test_wait_for (not_exporting, window);
  g_assert_null (window->briefing_dialog);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  if (pdfinfo != NULL)
    {
      const char *argv[] = { pdfinfo, path, NULL };
      g_autofree char *info = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, 0, NULL, NULL, &info, NULL, NULL, &error));
      g_assert_no_error (error);
      g_assert_true (g_regex_match_simple ("^Author: +Desk Officer$", info, G_REGEX_MULTILINE, 0));
      g_assert_nonnull (strstr (info, "612 x 792 pts"));
    }

  /* Closing the window with the dialog open (its preview drawing) is safe. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-briefing", NULL));
  g_assert_nonnull (window->briefing_dialog);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *)&window);
  gtk_window_destroy (GTK_WINDOW (window));
  tautan_test_iterate ();
  tautan_test_wait_for (is_null, &window);
  /* and its preview, still drawing, ends before the process (the app's
   * shutdown waits so; this test never runs the app) */
  tautan_test_wait_for (preview_ended, NULL);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  tautan_test_home_init ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/tautan/briefing-dialog/export", test_dialog);

  ret = g_test_run ();
  tautan_test_app_clear ();
  return ret;
}
