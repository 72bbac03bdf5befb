/* tautan-window-missing.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-window"

#include "config.h"

#include <glib/gi18n.h>

#include "tautan-window-private.h"

/* A workspace whose dataset is not where it says: the dialog names the
 * workspace and the path it expected (a bare "Could Not Open
 * “korea.json”: no such file or folder" left the user guessing which of
 * their files was wrong), and offers to locate the dataset. The
 * workspace then opens with the file chosen, modified, so saving it
 * remembers where its dataset now is. */

#define LOCATE_CHOOSER "tautan-locate-chooser"

static void
locate_response_cb (TautanWindow         *self,
                    int                   response,
                    GtkFileChooserNative *chooser)
{
  GFile *file = g_object_get_data (G_OBJECT (chooser), "tautan-file");
  TautanWorkspace *workspace = g_object_get_data (G_OBJECT (chooser), "tautan-workspace");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) dataset = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (dataset != NULL)
        _tautan_window_dataset_located (self, file, workspace, dataset);
    }
  g_object_set_data (G_OBJECT (self), LOCATE_CHOOSER, NULL);
}

static void
locate (TautanWindow    *self,
        GFile           *file,
        TautanWorkspace *workspace)
{
  g_autoptr(GtkFileFilter) json = gtk_file_filter_new ();
  g_autoptr(GFile) folder = g_file_get_parent (tautan_workspace_get_dataset_file (workspace));
  g_autoptr(GFile) beside = g_file_get_parent (file);
  GtkFileChooserNative *chooser;

  gtk_file_filter_set_name (json, _("Tautan datasets"));
  gtk_file_filter_add_mime_type (json, "application/json");
  gtk_file_filter_add_pattern (json, "*.json");
  chooser = gtk_file_chooser_native_new (_("Locate the Dataset"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), json);
  /* Where the dataset was, if that folder is still there; else beside
   * the workspace, where datasets usually live. */
  if (folder == NULL || !g_file_query_exists (folder, NULL))
    g_set_object (&folder, beside);
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_object_set_data_full (G_OBJECT (chooser), "tautan-file", g_object_ref (file), g_object_unref);
  g_object_set_data_full (G_OBJECT (chooser), "tautan-workspace", g_object_ref (workspace), g_object_unref);
  g_signal_connect_object (chooser, "response", G_CALLBACK (locate_response_cb), self, G_CONNECT_SWAPPED);
  /* The window holds it, so it goes with the window if still open. */
  g_object_set_data_full (G_OBJECT (self), LOCATE_CHOOSER, chooser, g_object_unref);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
missing_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     TautanWindow     *self)
{
  if (g_str_equal (response, "locate"))
    locate (self, g_object_get_data (G_OBJECT (dialog), "tautan-file"),
            g_object_get_data (G_OBJECT (dialog), "tautan-workspace"));
}

/**
 * _tautan_window_show_missing_dataset:
 * @file: the workspace opened
 * @workspace: what it holds; its dataset file is not there
 *
 * Says which workspace could not open, and which dataset it expected
 * where, with Locate Dataset… and Close.
 */
void
_tautan_window_show_missing_dataset (TautanWindow    *self,
                                     GFile           *file,
                                     TautanWorkspace *workspace)
{
  GFile *dataset = tautan_workspace_get_dataset_file (workspace);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *path = g_file_get_parse_name (dataset);
  g_autofree char *heading = NULL;
  AdwMessageDialog *dialog;

  /* TRANSLATORS: %s is the workspace's file name */
  heading = g_strdup_printf (_("The Dataset of “%s” Is Missing"), name);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, NULL));
  /* TRANSLATORS: the workspace's file name, then the dataset's full path */
  adw_message_dialog_format_body (dialog,
                                  _("The workspace “%s” analyses the dataset %s, which is not there: "
                                    "it may have been moved, renamed or deleted. Locate the dataset to "
                                    "open the workspace with it."),
                                  name, path);
  adw_message_dialog_add_responses (dialog, "close", _("_Close"), "locate", _("_Locate Dataset…"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "locate", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "locate");
  adw_message_dialog_set_close_response (dialog, "close");
  g_object_set_data_full (G_OBJECT (dialog), "tautan-file", g_object_ref (file), g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "tautan-workspace", g_object_ref (workspace), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (missing_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
