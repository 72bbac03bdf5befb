/* test-import-dialog.c: Import Events… and the export dialog's files for other tools
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tautan-test-home.h"
#include "tautan-test-window.h"

#include <adwaita.h>
#include <sys/stat.h>

#include "tautan/tautan-application.h"
#include "tautan/tautan-import-dialog.h"
#include "tautan/tautan-window.h"

#include "app/tautan-window-private.h"

static gboolean
not_exporting (gpointer data)
{
  return !_tautan_window_get_exporting (data);
}

static TautanWindow *
bundled_window (void)
{
  TautanWindow *window = tautan_window_new (ADW_APPLICATION (tautan_test_app ()));

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  tautan_window_open_bundled (window);
  tautan_test_wait_for (tautan_test_has_dataset, window);
  return window;
}

/* The toplevel of @type on screen, other than @except. */
static GtkWindow *
find_toplevel (GType      type,
               GtkWindow *except)
{
  GtkWindow *found = NULL;

  for (GList *l = gtk_window_list_toplevels (); l; l = g_list_delete_link (l, l))
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && l->data != except && gtk_widget_get_visible (l->data))
      found = l->data;
  return found;
}

typedef struct
{
  TautanWindow *except;
  TautanWindow *found;
} NewWindow;

static gboolean
new_window_loaded (gpointer data)
{
  NewWindow *w = data;

  w->found = (TautanWindow *)find_toplevel (TAUTAN_TYPE_WINDOW, GTK_WINDOW (w->except));
  return w->found != NULL && tautan_test_has_dataset (w->found);
}

static GtkWidget *
template_child (gpointer    widget,
                GType       type,
                const char *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (widget), type, name));
}

/* The button under @widget that fires @action. */
static GtkWidget *
find_action_button (GtkWidget  *widget,
                    const char *action)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_action_button (c, action);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_import_gdelt (void)
{
  TautanWindow *window = bundled_window ();
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "gdelt", "20130401.export.head200.CSV", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *imports = g_build_filename (g_get_user_data_dir (), "tautan", "imports", NULL);
  TautanImportDialog *dialog;
  NewWindow w = { window, NULL };
  GtkWidget *mentions;
  GFile *opened;

  /* From the window's action, as the menu and Ctrl+Shift+I do. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.import-events", NULL));
  dialog = TAUTAN_IMPORT_DIALOG (find_toplevel (TAUTAN_TYPE_IMPORT_DIALOG, NULL));
  g_assert_nonnull (dialog);

  /* No files yet: Import is off (before, a dialog said so once pressed). */
  g_assert_false (gtk_widget_get_sensitive (find_action_button (GTK_WIDGET (dialog), "import.start")));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.start", NULL);
  g_assert_null (find_toplevel (ADW_TYPE_MESSAGE_DIALOG, NULL));

  /* A day that is not one: refused with the reason. */
  tautan_import_dialog_set_files (dialog, &file, 1);
  g_assert_true (gtk_widget_get_sensitive (find_action_button (GTK_WIDGET (dialog), "import.start")));
  tautan_import_dialog_set_database (dialog, TAUTAN_IMPORT_GDELT);
  gtk_editable_set_text (GTK_EDITABLE (template_child (dialog, TAUTAN_TYPE_IMPORT_DIALOG, "since_row")), "April");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.start", NULL));
  g_assert_nonnull (find_toplevel (ADW_TYPE_MESSAGE_DIALOG, NULL));
  gtk_window_destroy (find_toplevel (ADW_TYPE_MESSAGE_DIALOG, NULL));
  g_assert_false (g_file_test (imports, G_FILE_TEST_EXISTS));

  /* Filters as in `tautan import`: a minimum of reports. */
  gtk_editable_set_text (GTK_EDITABLE (template_child (dialog, TAUTAN_TYPE_IMPORT_DIALOG, "since_row")), "");
  mentions = template_child (dialog, TAUTAN_TYPE_IMPORT_DIALOG, "mentions_spin");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (mentions), 2);
  gtk_editable_set_text (GTK_EDITABLE (template_child (dialog, TAUTAN_TYPE_IMPORT_DIALOG, "title_row")),
                         "GDELT sample");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.start", NULL));

  /* The result opens in a window of its own, saved in the data folder. */
  tautan_test_wait_for (new_window_loaded, &w);
  g_assert_cmpstr (tautan_dataset_get_title (tautan_window_get_dataset (w.found)), ==, "GDELT sample");
  g_assert_cmpuint (tautan_dataset_get_n_events (tautan_window_get_dataset (w.found)), >, 0);
  opened = tautan_dataset_get_file (tautan_window_get_dataset (w.found));
  g_assert_nonnull (opened);
  g_assert_true (g_str_has_prefix (g_file_peek_path (opened), imports));
  g_assert_null (find_toplevel (TAUTAN_TYPE_IMPORT_DIALOG, NULL));
  g_assert_true (tautan_window_get_dataset (window) != tautan_window_get_dataset (w.found));

  gtk_window_destroy (GTK_WINDOW (w.found));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Rows that cannot be read are counted and the first is shown; the rest
 * opens. */
static void
test_import_bad_rows (void)
{
  TautanWindow *window = bundled_window ();
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "gdelt", "bad-rows.CSV", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  TautanImportDialog *dialog;
  NewWindow w = { window, NULL };
  GtkWindow *message;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.import-events", NULL));
  dialog = TAUTAN_IMPORT_DIALOG (find_toplevel (TAUTAN_TYPE_IMPORT_DIALOG, NULL));
  tautan_import_dialog_set_files (dialog, &file, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.start", NULL));
  tautan_test_wait_for (new_window_loaded, &w);
  message = find_toplevel (ADW_TYPE_MESSAGE_DIALOG, NULL);
  g_assert_nonnull (message);
  g_assert_true (gtk_window_get_transient_for (message) == GTK_WINDOW (w.found));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (message)), "bad-rows.CSV"));
  gtk_window_destroy (message);
  gtk_window_destroy (GTK_WINDOW (w.found));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A button of @widget's tree with @label, or NULL. */
static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_button (c, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
has_open_button (gpointer window)
{
  return find_button (window, "_Open") != NULL;
}

static char *
export_as (TautanWindow *window,
           guint         row,
           const char   *name)
{
  TautanExportDialog *dialog;
  TautanInteropOptions options;
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  char *text = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  dialog = window->export_dialog;
  g_assert_nonnull (dialog);
  tautan_export_dialog_set_format (dialog, (TautanExportFormat)row);
  g_assert_true (tautan_export_dialog_get_interop (dialog, &options));
  /* Size and furniture belong to pictures only. */
  g_assert_false (gtk_widget_get_sensitive (template_child (dialog, TAUTAN_TYPE_EXPORT_DIALOG, "width_spin")));
  _tautan_window_export_interop (window, file, &options);
  tautan_test_wait_for (not_exporting, window);
  /* The toast offers to open what was written. */
  tautan_test_wait_for (has_open_button, window);
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (find_button (GTK_WIDGET (window), "_Open"))),
                   ==, "win.open-export");
  g_assert_null (window->export_dialog);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

static const char *
files_subtitle (TautanImportDialog *dialog)
{
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (template_child (dialog, TAUTAN_TYPE_IMPORT_DIALOG,
                                                                      "files_row")));
}

static guint
database_selected (TautanImportDialog *dialog)
{
  return adw_combo_row_get_selected (ADW_COMBO_ROW (template_child (dialog, TAUTAN_TYPE_IMPORT_DIALOG,
                                                                    "database_row")));
}

/* Event files given to the window, dropped or on the command line, go to
 * the import with them chosen and their database picked, never to the
 * dataset loader (whose JSON error was all a user saw before); an ICEWS
 * split is a .txt, and still not an article. */
static void
test_import_given (void)
{
  TautanWindow *window = tautan_window_new (ADW_APPLICATION (tautan_test_app ()));
  g_autofree char *gdelt_path = g_test_build_filename (G_TEST_DIST, "data", "gdelt", "20130401.export.head200.CSV",
                                                       NULL);
  g_autofree char *zip_path = g_test_build_filename (G_TEST_DIST, "data", "gdelt", "20130401.export.CSV.zip", NULL);
  g_autofree char *icews_path = g_test_build_filename (G_TEST_DIST, "data", "icews",
                                                       "icews_2005-2015_test.head2000.txt", NULL);
  g_autofree char *tab_path = g_test_build_filename (G_TEST_DIST, "data", "icews", "events.2018.head300.tab", NULL);
  g_autofree char *article_path = g_test_build_filename (G_TEST_DIST, "data", "articles", "known-viva.txt", NULL);
  g_autofree char *dataset_path = g_test_build_filename (G_TEST_DIST, "data", "minimal.json", NULL);
  g_autoptr(GFile) gdelt = g_file_new_for_path (gdelt_path);
  g_autoptr(GFile) zip = g_file_new_for_path (zip_path);
  g_autoptr(GFile) icews = g_file_new_for_path (icews_path);
  g_autoptr(GFile) tab = g_file_new_for_path (tab_path);
  g_autoptr(GFile) article = g_file_new_for_path (article_path);
  g_autoptr(GFile) dataset = g_file_new_for_path (dataset_path);
  g_autofree char *fifo_path = g_build_filename (g_get_user_data_dir (), "events.json", NULL);
  g_autoptr(GFile) fifo = g_file_new_for_path (fifo_path);
  GSList *files = NULL;
  TautanImportDatabase database = -1;
  TautanImportDialog *dialog;

  g_assert_cmpint (_tautan_window_open_as (gdelt, &database), ==, TAUTAN_OPEN_AS_EVENTS);
  g_assert_cmpint (database, ==, TAUTAN_IMPORT_GDELT);
  g_assert_cmpint (_tautan_window_open_as (zip, &database), ==, TAUTAN_OPEN_AS_EVENTS);
  g_assert_cmpint (database, ==, TAUTAN_IMPORT_GDELT);
  g_assert_cmpint (_tautan_window_open_as (icews, &database), ==, TAUTAN_OPEN_AS_EVENTS);
  g_assert_cmpint (database, ==, TAUTAN_IMPORT_ICEWS);
  g_assert_cmpint (_tautan_window_open_as (tab, &database), ==, TAUTAN_OPEN_AS_EVENTS);
  g_assert_cmpint (database, ==, TAUTAN_IMPORT_ICEWS);
  g_assert_cmpint (_tautan_window_open_as (article, &database), ==, TAUTAN_OPEN_AS_ARTICLES);
  g_assert_cmpint (_tautan_window_open_as (dataset, &database), ==, TAUTAN_OPEN_AS_DATASET);
  /* a FIFO is not read on the main thread (it would block with no
   * writer): the loader, on its thread, says what it is */
  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  g_assert_cmpint (mkfifo (fifo_path, 0600), ==, 0);
  g_assert_cmpint (_tautan_window_open_as (fifo, &database), ==, TAUTAN_OPEN_AS_DATASET);

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  tautan_test_iterate ();

  /* Dropped: the ICEWS split alone. */
  files = g_slist_append (files, icews);
  g_assert_cmpuint (_tautan_window_drop_files (window, files), ==, 0);
  g_clear_pointer (&files, g_slist_free);
  dialog = TAUTAN_IMPORT_DIALOG (find_toplevel (TAUTAN_TYPE_IMPORT_DIALOG, NULL));
  g_assert_nonnull (dialog);
  g_assert_cmpuint (database_selected (dialog), ==, 1);
  g_assert_cmpstr (files_subtitle (dialog), ==, "icews_2005-2015_test.head2000.txt");
  g_assert_null (tautan_window_get_session (window));
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* Dropped: two GDELT days, one zipped, and a dataset, which opens only alone. */
  files = g_slist_append (files, gdelt);
  files = g_slist_append (files, zip);
  files = g_slist_append (files, dataset);
  g_assert_cmpuint (_tautan_window_drop_files (window, files), ==, 1);
  g_clear_pointer (&files, g_slist_free);
  dialog = TAUTAN_IMPORT_DIALOG (find_toplevel (TAUTAN_TYPE_IMPORT_DIALOG, NULL));
  g_assert_nonnull (dialog);
  g_assert_cmpuint (database_selected (dialog), ==, 0);
  g_assert_cmpstr (files_subtitle (dialog), ==, "20130401.export.head200.CSV, 20130401.export.CSV.zip");
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* On the command line, as `tautan FILE` opens it. */
  g_application_open (G_APPLICATION (tautan_test_app ()), &tab, 1, "");
  tautan_test_iterate ();
  dialog = TAUTAN_IMPORT_DIALOG (find_toplevel (TAUTAN_TYPE_IMPORT_DIALOG, NULL));
  g_assert_nonnull (dialog);
  g_assert_cmpuint (database_selected (dialog), ==, 1);
  g_assert_cmpstr (files_subtitle (dialog), ==, "events.2018.head300.tab");
  gtk_window_destroy (GTK_WINDOW (dialog));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_export_interop (void)
{
  TautanWindow *window = bundled_window ();
  g_autofree char *gexf = NULL;
  g_autofree char *graphml = NULL;
  g_autofree char *csv = NULL;
  TautanExportDialog *dialog;
  g_auto(GStrv) lines = NULL;
  guint rows = 0;

  /* A picture format is not a file for other tools. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  dialog = window->export_dialog;
  tautan_export_dialog_set_format (dialog, TAUTAN_EXPORT_FORMAT_SVG);
  g_assert_false (tautan_export_dialog_get_interop (dialog, &(TautanInteropOptions) { 0 }));
  g_assert_cmpstr (tautan_export_dialog_get_extension (dialog), ==, "svg");
  g_assert_true (gtk_widget_get_sensitive (template_child (dialog, TAUTAN_TYPE_EXPORT_DIALOG, "width_spin")));
  gtk_window_destroy (GTK_WINDOW (dialog));

  gexf = export_as (window, 3, "graph.gexf");
  g_assert_nonnull (strstr (gexf, "<gexf"));
  g_assert_nonnull (strstr (gexf, "Kim Jong Un"));
  g_assert_nonnull (strstr (gexf, "<position x="));

  graphml = export_as (window, 4, "graph.graphml");
  g_assert_nonnull (strstr (graphml, "<graphml"));
  g_assert_nonnull (strstr (graphml, "Vladimir Putin"));

  /* One row per event in the window, after the header. */
  csv = export_as (window, 5, "events.csv");
  lines = g_strsplit (csv, "\n", -1);
  for (guint i = 1; lines[i] != NULL; i++)
    rows += lines[i][0] != '\0';
  g_assert_cmpuint (rows, ==, tautan_slice_get_n_events (tautan_session_get_slice (tautan_window_get_session (window))));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  tautan_test_home_init ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/tautan/import-dialog/gdelt", test_import_gdelt);
  g_test_add_func ("/tautan/import-dialog/bad-rows", test_import_bad_rows);
  g_test_add_func ("/tautan/import-dialog/given", test_import_given);
  g_test_add_func ("/tautan/import-dialog/export-interop", test_export_interop);

  ret = g_test_run ();
  tautan_test_app_clear ();
  return ret;
}
