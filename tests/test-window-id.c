/* test-window-id.c: the real window in Indonesian
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * LANGUAGE=id with the C.UTF-8 locale: the catalogue compiled in the
 * build tree gives the labels, the plurals and the month names, so
 * the window is Indonesian even on a system without id_ID locale data.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "tautan-test-home.h"
#include "tautan-test-window.h"

#include <adwaita.h>

#include "tautan/tautan-dataset.h"
#include "tautan/tautan-window.h"

static void
collect_labels (GtkWidget *widget,
                GPtrArray *texts)
{
  if (GTK_IS_LABEL (widget))
    g_ptr_array_add (texts, (gpointer)gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, texts);
}

typedef enum
{
  WHOLE,
  PREFIX,
  PART,
} Match;

static gboolean
has_label (GPtrArray  *texts,
           const char *text,
           Match       match)
{
  for (guint i = 0; i < texts->len; i++)
    {
      const char *t = g_ptr_array_index (texts, i);

      if (match == PREFIX ? g_str_has_prefix (t, text) : match == PART ? strstr (t, text) != NULL
                                                                      : g_str_equal (t, text))
        return TRUE;
    }
  return FALSE;
}

static void
test_indonesian (void)
{
  TautanWindow *window = tautan_window_new (ADW_APPLICATION (tautan_test_app ()));
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();
  g_autofree char *counts = NULL;
  TautanDataset *dataset;

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  tautan_window_open_bundled (window);
  tautan_test_wait_for (tautan_test_has_dataset, window);
  tautan_test_iterate ();
  dataset = tautan_window_get_dataset (window);

  collect_labels (GTK_WIDGET (window), texts);
  for (guint i = 0; i < texts->len; i++)
    g_test_message ("label: %s", (const char *)g_ptr_array_index (texts, i));

  /* A label of a template (the side panel's heading)... */
  g_assert_true (has_label (texts, "Rentang Waktu Ini", WHOLE));
  g_assert_false (has_label (texts, "This Window", WHOLE));
  g_assert_true (has_label (texts, "Aktor Paling Aktif", WHOLE));

  /* ... a count through ngettext ("37 peristiwa · 22 aktor · …")... */
  counts = g_strdup_printf ("%u peristiwa · ", tautan_dataset_get_n_events (dataset));
  g_assert_true (has_label (texts, counts, PREFIX));

  /* ... and dates with Indonesian month names: the bundled dataset runs
   * from 23 December 2017 to 31 July 2025 ("Des", not "Dec"). */
  g_assert_true (has_label (texts, "23 Des 2017 – 31 Jul 2025", WHOLE));

  /* The shipped event types too (the latest event is an agreement). */
  g_assert_true (has_label (texts, "Penandatanganan perjanjian", PART));
  g_assert_false (has_label (texts, "Sign agreement", PART));

  gtk_window_destroy (GTK_WINDOW (window));
  tautan_test_iterate ();
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  /* Not "C": glibc ignores LANGUAGE in the C locale. */
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_setenv ("LANGUAGE", "id", TRUE);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, TAUTAN_BUILD_LOCALE_DIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  tautan_test_home_init ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/tautan/window-id/indonesian", test_indonesian);

  ret = g_test_run ();
  tautan_test_app_clear ();
  return ret;
}
