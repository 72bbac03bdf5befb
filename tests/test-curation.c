/* test-curation.c: editing the dataset in the real window
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tautan-test-home.h"
#include "tautan-test-window.h"
#include "tautan-test-chooser.h"

#include <math.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "tautan/tautan-dataset-edit.h"
#include "tautan/tautan-entity-chooser.h"
#include "tautan/tautan-entity-dialog.h"
#include "tautan/tautan-graph-view.h"
#include "tautan/tautan-layout.h"
#include "tautan/tautan-scene.h"
#include "tautan/tautan-search-index.h"
#include "tautan/tautan-session.h"
#include "tautan/tautan-side-panel.h"
#include "tautan/tautan-source-window.h"
#include "tautan/tautan-timeline.h"

#include "app/tautan-window-private.h"

static TautanWindow *
new_window (void)
{
  TautanWindow *window = tautan_window_new (ADW_APPLICATION (tautan_test_app ()));

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/* The bundled dataset open, and the source of its first quote shown
 * (@q and @s). */
static TautanSourceWindow *
show_first_source (TautanWindow *window,
                   TautanQuote  *q,
                   TautanSource *s)
{
  TautanDataset *ds;
  TautanSourceWindow *source;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", NULL));
  ds = tautan_window_get_dataset (window);
  tautan_dataset_get_quote (ds, 0, q);
  tautan_dataset_get_source (ds, q->source, s);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "explorer.show-source", "u", 0));
  source = tautan_test_find_toplevel (TAUTAN_TYPE_SOURCE_WINDOW);
  g_assert_nonnull (source);
  return source;
}

/* Answers @dialog as its button does, and waits for it to go. */
static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *)&dialog);
  adw_message_dialog_response (dialog, response);
  gtk_window_close (GTK_WINDOW (dialog));
  tautan_test_iterate ();
  tautan_test_wait_for (tautan_test_is_null, &dialog);
}

static guint
lookup (TautanWindow *window,
        const char   *id)
{
  guint entity = tautan_dataset_lookup_entity (tautan_window_get_dataset (window), id);

  g_assert_cmpuint (entity, !=, TAUTAN_NONE);
  return entity;
}

static const char *
panel_name (TautanWindow *window)
{
  GObject *panel = gtk_widget_get_template_child (GTK_WIDGET (window), TAUTAN_TYPE_WINDOW, "side_panel");
  GObject *label = gtk_widget_get_template_child (GTK_WIDGET (panel), TAUTAN_TYPE_SIDE_PANEL, "entity_name");

  return gtk_label_get_text (GTK_LABEL (label));
}

typedef struct
{
  TautanWindow *window;
  const char   *id;
  const char   *label;
} NodeLabel;

/* The canvas draws the entity @id labelled @label (NULL: no such node). */
static gboolean
canvas_shows (gpointer data)
{
  NodeLabel *n = data;
  GObject *view = gtk_widget_get_template_child (GTK_WIDGET (n->window), TAUTAN_TYPE_WINDOW, "graph_view");
  TautanScene *scene = tautan_graph_view_get_scene (TAUTAN_GRAPH_VIEW (view));
  TautanDataset *ds = tautan_window_get_dataset (n->window);
  guint entity = tautan_dataset_lookup_entity (ds, n->id);
  const TautanSceneNode *node;

  if (scene == NULL)
    return FALSE;
  if (entity == TAUTAN_NONE)
    return n->label == NULL;
  node = tautan_scene_find_node (scene, entity);
  return node != NULL && g_strcmp0 (node->label, n->label) == 0;
}

static void
wait_canvas (TautanWindow *window,
             const char   *id,
             const char   *label)
{
  NodeLabel n = { window, id, label };

  tautan_test_wait_for (canvas_shows, &n);
}

static const char *
entity_name (TautanWindow *window,
             const char   *id)
{
  TautanEntity e;

  tautan_dataset_get_entity (tautan_window_get_dataset (window), lookup (window, id), &e);
  return e.name;
}

/* Edit Actor, then undo and redo: the dataset, the panel and the canvas. */
static void
test_edit_actor (void)
{
  TautanWindow *window = new_window ();
  TautanSession *session;
  TautanEntityDialog *dialog;
  GObject *name_row;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", NULL));
  session = tautan_window_get_session (window);
  tautan_session_select_entity (session, lookup (window, "choe-son-hui"));
  tautan_test_iterate ();
  g_assert_cmpstr (panel_name (window), ==, "Choe Son Hui");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "curate.edit-actor", NULL));
  dialog = tautan_test_find_toplevel (TAUTAN_TYPE_ENTITY_DIALOG);
  g_assert_nonnull (dialog);
  name_row = gtk_widget_get_template_child (GTK_WIDGET (dialog), TAUTAN_TYPE_ENTITY_DIALOG, "name_row");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "Choe Son Hui");
  gtk_editable_set_text (GTK_EDITABLE (name_row), "Choe Son-hui");
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *)&dialog);
  g_assert_true (tautan_entity_dialog_save (dialog));
  tautan_test_wait_for (tautan_test_is_null, &dialog);

  g_assert_cmpstr (entity_name (window, "choe-son-hui"), ==, "Choe Son-hui");
  g_assert_true (tautan_session_get_dataset_modified (session));
  g_assert_false (tautan_session_get_modified (session));
  tautan_test_iterate ();
  g_assert_cmpstr (panel_name (window), ==, "Choe Son-hui");
  wait_canvas (window, "choe-son-hui", "Choe Son-hui");
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpstr (entity_name (window, "choe-son-hui"), ==, "Choe Son Hui");
  g_assert_false (tautan_session_get_dataset_modified (session));
  tautan_test_iterate ();
  g_assert_cmpstr (panel_name (window), ==, "Choe Son Hui");
  wait_canvas (window, "choe-son-hui", "Choe Son Hui");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_cmpstr (entity_name (window, "choe-son-hui"), ==, "Choe Son-hui");
  tautan_test_iterate ();
  g_assert_cmpstr (panel_name (window), ==, "Choe Son-hui");
  wait_canvas (window, "choe-son-hui", "Choe Son-hui");

  /* Discarding on close: the window goes. */
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *)&window);
  gtk_window_close (GTK_WINDOW (window));
  {
    AdwMessageDialog *ask = tautan_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);

    g_assert_nonnull (ask);
    g_assert_cmpstr (adw_message_dialog_get_heading (ask), ==, "Save Dataset Changes?");
    g_assert_nonnull (window);
    adw_message_dialog_response (ask, "discard");
  }
  tautan_test_iterate ();
  tautan_test_wait_for (tautan_test_is_null, &window);
}

/* An edit keeps the time window and the selection, and so do its undo
 * and redo: the dataset changes under them, not the user's place. */
static void
test_edit_keeps_window (void)
{
  TautanWindow *window = new_window ();
  TautanTimeSpan y2023 = { tautan_day_from_ymd (2023, 1, 1), tautan_day_from_ymd (2023, 12, 31) };
  TautanSession *session;
  TautanEntityDialog *dialog;
  TautanTimeSpan span;
  TautanSelection selection;
  GObject *name_row;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", NULL));
  session = tautan_window_get_session (window);
  tautan_session_set_span (session, &y2023);
  tautan_session_select_entity (session, lookup (window, "choe-son-hui"));
  tautan_test_iterate ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "curate.edit-actor", NULL));
  dialog = tautan_test_find_toplevel (TAUTAN_TYPE_ENTITY_DIALOG);
  g_assert_nonnull (dialog);
  name_row = gtk_widget_get_template_child (GTK_WIDGET (dialog), TAUTAN_TYPE_ENTITY_DIALOG, "name_row");
  gtk_editable_set_text (GTK_EDITABLE (name_row), "Choe Son-hui");
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *)&dialog);
  g_assert_true (tautan_entity_dialog_save (dialog));
  tautan_test_wait_for (tautan_test_is_null, &dialog);
  g_assert_cmpstr (entity_name (window, "choe-son-hui"), ==, "Choe Son-hui");

  for (guint step = 0; step < 3; step++)
    {
      tautan_test_iterate ();
      span = tautan_session_get_span (session);
      g_assert_cmpint (span.from, ==, y2023.from);
      g_assert_cmpint (span.to, ==, y2023.to);
      span = tautan_timeline_get_selection (TAUTAN_TIMELINE (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                                                             TAUTAN_TYPE_WINDOW,
                                                                                             "timeline")));
      g_assert_cmpint (span.from, ==, y2023.from);
      g_assert_cmpint (span.to, ==, y2023.to);
      tautan_session_get_selection (session, &selection);
      g_assert_cmpuint (selection.entity, ==, lookup (window, "choe-son-hui"));
      g_assert_cmpstr (panel_name (window), ==, step == 1 ? "Choe Son Hui" : "Choe Son-hui");
      if (step < 2)
        g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), step == 0 ? "win.undo" : "win.redo", NULL));
    }

  tautan_test_destroy_window (GTK_WINDOW (window));
}

static gboolean
edit_done (gpointer data)
{
  return !_tautan_window_curation_busy (data);
}

/* An edit that waits for the test to let it finish, so the test sees the
 * window while it runs. */
typedef struct
{
  GMutex   lock;
  GCond    cond;
  gboolean go;
  gboolean started;
} Gate;

static TautanDataset *
gated_edit (TautanDataset  *dataset,
            gpointer        data,
            char          **done,
            GError        **error)
{
  Gate *gate = data;
  TautanEntityValues values = { 0 };
  TautanEntity e;

  g_mutex_lock (&gate->lock);
  gate->started = TRUE;
  g_cond_broadcast (&gate->cond);
  while (!gate->go)
    g_cond_wait (&gate->cond, &gate->lock);
  g_mutex_unlock (&gate->lock);

  tautan_dataset_get_entity (dataset, tautan_dataset_lookup_entity (dataset, "kim-jong-un"), &e);
  values.name = "Kim Jong-un (edited)";
  values.kind = e.kind;
  *done = g_strdup ("edited");
  return tautan_dataset_edit_entity (dataset, e.id, &values, error);
}

static void
gate_open (Gate *gate)
{
  g_mutex_lock (&gate->lock);
  while (!gate->started)
    g_cond_wait (&gate->cond, &gate->lock);
  gate->go = TRUE;
  g_cond_broadcast (&gate->cond);
  g_mutex_unlock (&gate->lock);
}

static void
refused_edit_free (gpointer data)
{
  *(gboolean *)data = TRUE;
}

static const char *
kim_name (TautanWindow *window)
{
  TautanDataset *ds = tautan_window_get_dataset (window);
  TautanEntity e;

  tautan_dataset_get_entity (ds, tautan_dataset_lookup_entity (ds, "kim-jong-un"), &e);
  return e.name;
}

/* An edit runs off the main thread: the window stays live, a second edit
 * is refused while it runs, its result is one undo step, and an edit
 * whose dataset was replaced meanwhile is dropped with a message. */
static void
test_edit_thread (void)
{
  TautanWindow *window = new_window ();
  TautanSession *session;
  TautanDataset *original;
  gboolean freed = FALSE;
  Gate gate = { 0 };
  AdwMessageDialog *message;

  g_mutex_init (&gate.lock);
  g_cond_init (&gate.cond);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", NULL));
  tautan_test_wait_for (tautan_test_has_dataset, window);
  session = tautan_window_get_session (window);
  original = tautan_window_get_dataset (window);
  g_assert_cmpstr (kim_name (window), ==, "Kim Jong Un");

  g_assert_true (_tautan_window_curation_run (window, gated_edit, &gate, NULL, "Editing…"));
  g_assert_true (_tautan_window_curation_busy (window));
  /* the main loop turns while the edit waits on its thread */
  tautan_test_iterate ();
  g_assert_true (tautan_window_get_dataset (window) == original);
  /* a second edit is refused, its data freed */
  g_assert_false (_tautan_window_curation_run (window, gated_edit, &freed, refused_edit_free, "Editing…"));
  g_assert_true (freed);

  gate_open (&gate);
  tautan_test_wait_for (edit_done, window);
  g_assert_cmpstr (kim_name (window), ==, "Kim Jong-un (edited)");
  g_assert_true (tautan_session_get_dataset_modified (session));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (tautan_window_get_dataset (window) == original);
  g_assert_cmpstr (kim_name (window), ==, "Kim Jong Un");

  /* The dataset replaced while the edit runs: the edit is dropped. */
  gate.go = gate.started = FALSE;
  g_assert_true (_tautan_window_curation_run (window, gated_edit, &gate, NULL, "Editing…"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  gate_open (&gate);
  tautan_test_wait_for (edit_done, window);
  message = tautan_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (message), "changed while"));
  gtk_window_destroy (GTK_WINDOW (message));
  g_assert_cmpstr (kim_name (window), ==, "Kim Jong-un (edited)");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (tautan_window_get_dataset (window) == original);

  g_mutex_clear (&gate.lock);
  g_cond_clear (&gate.cond);
  tautan_test_destroy_window (GTK_WINDOW (window));
}

/* Edit Actor on the selected actor, its name typed in. */
static TautanEntityDialog *
open_edit_actor (TautanWindow  *window,
                 const char    *name,
                 GObject      **error_label,
                 GObject      **save_button)
{
  TautanEntityDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "curate.edit-actor", NULL));
  dialog = tautan_test_find_toplevel (TAUTAN_TYPE_ENTITY_DIALOG);
  g_assert_nonnull (dialog);
  gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (dialog), TAUTAN_TYPE_ENTITY_DIALOG,
                                                                      "name_row")), name);
  *error_label = gtk_widget_get_template_child (GTK_WIDGET (dialog), TAUTAN_TYPE_ENTITY_DIALOG, "error_label");
  *save_button = gtk_widget_get_template_child (GTK_WIDGET (dialog), TAUTAN_TYPE_ENTITY_DIALOG, "save_button");
  return dialog;
}

static char *
view_text (GObject *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* The entity @id's aliases, one per line. */
static char *
aliases_of (TautanWindow *window,
            const char   *id)
{
  TautanDataset *ds = tautan_window_get_dataset (window);
  g_autoptr(GString) out = g_string_new (NULL);
  TautanEntity e;

  tautan_dataset_get_entity (ds, lookup (window, id), &e);
  for (guint i = 0; i < e.n_aliases; i++)
    g_string_append_printf (out, "%s%s", i ? "\n" : "", tautan_dataset_get_string (ds, e.aliases[i]));
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* A rename keeps the old name as an alias (it was dropped, and search and
 * the extractor lost the name the sources use): put in the list as the
 * name is typed, taken out if the old name is typed back, and one undo
 * step with the rename. */
static void
test_rename_keeps_old_name (void)
{
  TautanWindow *window = new_window ();
  TautanSession *session;
  TautanEntityDialog *dialog;
  GObject *error_label, *save_button, *name_row, *aliases;
  g_autoptr(TautanSearchIndex) index = NULL;
  g_autoptr(GArray) hits = NULL;
  g_autofree char *typed = NULL;
  g_autofree char *back = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *undone = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", NULL));
  tautan_test_wait_for (tautan_test_has_dataset, window);
  session = tautan_window_get_session (window);
  tautan_session_select_entity (session, lookup (window, "choe-son-hui"));
  tautan_test_iterate ();

  dialog = open_edit_actor (window, "Choe Son-hui", &error_label, &save_button);
  name_row = gtk_widget_get_template_child (GTK_WIDGET (dialog), TAUTAN_TYPE_ENTITY_DIALOG, "name_row");
  aliases = gtk_widget_get_template_child (GTK_WIDGET (dialog), TAUTAN_TYPE_ENTITY_DIALOG, "aliases_view");
  typed = view_text (aliases);
  g_assert_cmpstr (typed, ==, "Choe Son-hui\nChoe\n최선희\nChoe Son Hui");
  gtk_editable_set_text (GTK_EDITABLE (name_row), "Choe Son Hui");
  back = view_text (aliases);
  g_assert_cmpstr (back, ==, "Choe Son-hui\nChoe\n최선희");
  gtk_editable_set_text (GTK_EDITABLE (name_row), "Choe Son-hui");

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *)&dialog);
  g_assert_true (tautan_entity_dialog_save (dialog));
  tautan_test_wait_for (tautan_test_is_null, &dialog);
  g_assert_cmpstr (entity_name (window, "choe-son-hui"), ==, "Choe Son-hui");
  /* Renamed to one of its aliases: that alias goes, the old name comes. */
  saved = aliases_of (window, "choe-son-hui");
  g_assert_cmpstr (saved, ==, "Choe\n최선희\nChoe Son Hui");

  /* Search finds the actor by its old name, as exactly as before. */
  index = tautan_search_index_new (tautan_window_get_dataset (window));
  hits = tautan_search_index_query (index, "choe son hui", 10);
  g_assert_cmpuint (hits->len, >=, 1);
  g_assert_cmpuint (g_array_index (hits, TautanSearchHit, 0).entity, ==, lookup (window, "choe-son-hui"));
  g_assert_cmpint (g_array_index (hits, TautanSearchHit, 0).rank, ==, TAUTAN_SEARCH_EXACT);

  /* One step: the name and the aliases come back together. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpstr (entity_name (window, "choe-son-hui"), ==, "Choe Son Hui");
  undone = aliases_of (window, "choe-son-hui");
  g_assert_cmpstr (undone, ==, "Choe Son-hui\nChoe\n최선희");
  g_assert_false (tautan_session_get_can_undo (session));

  tautan_test_destroy_window (GTK_WINDOW (window));
}

/* Edit Actor is made on the worker too: refused while another edit runs,
 * said in the dialog, which keeps what was typed; refused once that edit
 * replaced the dataset; then made while the dialog waits, which goes once
 * it is; one undo step of its own. */
static void
test_edit_actor_thread (void)
{
  TautanWindow *window = new_window ();
  TautanSession *session;
  TautanDataset *original;
  TautanEntityDialog *dialog;
  GObject *error_label, *save_button;
  Gate gate = { 0 };

  g_mutex_init (&gate.lock);
  g_cond_init (&gate.cond);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", NULL));
  tautan_test_wait_for (tautan_test_has_dataset, window);
  session = tautan_window_get_session (window);
  original = tautan_window_get_dataset (window);
  tautan_session_select_entity (session, lookup (window, "choe-son-hui"));
  tautan_test_iterate ();

  dialog = open_edit_actor (window, "Choe Son-hui", &error_label, &save_button);

  /* Another edit is running: Save is refused, and the dialog says so. */
  g_assert_true (_tautan_window_curation_run (window, gated_edit, &gate, NULL, "Editing…"));
  g_assert_false (tautan_entity_dialog_save (dialog));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (error_label)), "Another edit"));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (save_button)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (dialog),
                   TAUTAN_TYPE_ENTITY_DIALOG, "name_row"))), ==, "Choe Son-hui");
  gate_open (&gate);
  tautan_test_wait_for (edit_done, window);
  g_assert_cmpstr (kim_name (window), ==, "Kim Jong-un (edited)");

  /* That edit replaced the dataset the dialog shows: it says so. */
  g_assert_false (tautan_entity_dialog_save (dialog));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (error_label)), "changed since"));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *)&dialog);
  gtk_window_close (GTK_WINDOW (dialog));
  tautan_test_wait_for (tautan_test_is_null, &dialog);

  /* Opened again and saved: made on the worker while the dialog waits,
   * Save greyed. */
  dialog = open_edit_actor (window, "Choe Son-hui", &error_label, &save_button);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *)&dialog);
  g_assert_true (tautan_entity_dialog_save (dialog));
  g_assert_true (_tautan_window_curation_busy (window));
  g_assert_nonnull (dialog);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (save_button)));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  tautan_test_wait_for (tautan_test_is_null, &dialog);
  g_assert_false (_tautan_window_curation_busy (window));
  g_assert_cmpstr (entity_name (window, "choe-son-hui"), ==, "Choe Son-hui");
  g_assert_cmpstr (kim_name (window), ==, "Kim Jong-un (edited)");

  /* Each edit one step. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpstr (entity_name (window, "choe-son-hui"), ==, "Choe Son Hui");
  g_assert_cmpstr (kim_name (window), ==, "Kim Jong-un (edited)");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_cmpstr (entity_name (window, "choe-son-hui"), ==, "Choe Son-hui");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (tautan_window_get_dataset (window) == original);

  g_mutex_clear (&gate.lock);
  g_cond_clear (&gate.cond);
  tautan_test_destroy_window (GTK_WINDOW (window));
}

/* Merge Into chooses no actor for the user: the dataset's first was
 * chosen, so Enter merged "Western officials" into Kim Jong Un. Merge is
 * off until one is picked, and answering it then merges nothing. */
static void
test_merge_chooses_nothing (void)
{
  TautanWindow *window = new_window ();
  AdwMessageDialog *dialog;
  TautanEntityChooser *chooser;
  guint n_entities;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", NULL));
  n_entities = tautan_dataset_get_n_entities (tautan_window_get_dataset (window));
  tautan_session_select_entity (tautan_window_get_session (window), lookup (window, "western-officials"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "curate.merge-actor", NULL));
  dialog = tautan_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  chooser = TAUTAN_ENTITY_CHOOSER (gtk_widget_get_last_child (adw_message_dialog_get_extra_child (dialog)));
  g_assert_true (TAUTAN_IS_ENTITY_CHOOSER (chooser));
  g_assert_cmpuint (tautan_entity_chooser_get_entity (chooser), ==, TAUTAN_NONE);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "apply"));

  /* Picked, Merge is on; back to none, off again. */
  tautan_entity_chooser_set_entity (chooser, lookup (window, "kim-jong-un"));
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "apply"));
  tautan_entity_chooser_set_entity (chooser, TAUTAN_NONE);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "apply"));

  respond (dialog, "apply");
  tautan_test_wait_for (edit_done, window);
  g_assert_cmpuint (tautan_dataset_get_n_entities (tautan_window_get_dataset (window)), ==, n_entities);
  g_assert_cmpuint (tautan_dataset_lookup_entity (tautan_window_get_dataset (window), "western-officials"), !=,
                    TAUTAN_NONE);

  tautan_test_destroy_window (GTK_WINDOW (window));
}

/* Whether @entity's name or an alias holds @text, folded as search folds. */
static gboolean
named (TautanDataset *ds,
       guint          entity,
       const char    *text)
{
  g_autofree char *needle = tautan_search_fold (text);
  TautanEntity e;

  tautan_dataset_get_entity (ds, entity, &e);
  for (guint k = 0; k <= e.n_aliases; k++)
    {
      g_autofree char *key = tautan_search_fold (k == 0 ? e.name : tautan_dataset_get_string (ds, e.aliases[k - 1]));

      if (strstr (key, needle) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* The caption under the chooser's row @index: the actor's kind, and the
 * alias it was found by. */
static const char *
row_caption (TautanEntityChooser *chooser,
             int                  index)
{
  GObject *list = gtk_widget_get_template_child (GTK_WIDGET (chooser), TAUTAN_TYPE_ENTITY_CHOOSER, "list");
  GtkWidget *row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), index));
  GtkWidget *box = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));

  return gtk_label_get_text (GTK_LABEL (gtk_widget_get_last_child (box)));
}

/* Choosing an actor by typing: the drop-downs of every actor found
 * "putin" nowhere (GTK 4.8 matched the start of "Vladimir Putin (person)")
 * and were no way through 100,000. Before typing, every other actor by
 * name; then the name, a later word or an alias, best first and nothing
 * else; Enter chooses; keyboard only. */
static void
test_choose_actor_by_typing (void)
{
  TautanWindow *window = new_window ();
  AdwMessageDialog *dialog;
  TautanEntityChooser *chooser;
  TautanDataset *ds;
  GObject *popover, *status, *button;
  g_autoptr(GArray) all = NULL;
  g_autoptr(GArray) putin = NULL;
  g_autoptr(GArray) korut = NULL;
  g_autoptr(GArray) nothing = NULL;
  guint self;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", NULL));
  ds = tautan_window_get_dataset (window);
  self = lookup (window, "western-officials");
  tautan_session_select_entity (tautan_window_get_session (window), self);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "curate.merge-actor", NULL));
  dialog = tautan_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  chooser = TAUTAN_ENTITY_CHOOSER (gtk_widget_get_last_child (adw_message_dialog_get_extra_child (dialog)));
  g_assert_true (TAUTAN_IS_ENTITY_CHOOSER (chooser));
  popover = gtk_widget_get_template_child (GTK_WIDGET (chooser), TAUTAN_TYPE_ENTITY_CHOOSER, "popover");
  status = gtk_widget_get_template_child (GTK_WIDGET (chooser), TAUTAN_TYPE_ENTITY_CHOOSER, "status");

  tautan_entity_chooser_search (chooser, "");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  all = tautan_entity_chooser_dup_shown (chooser);
  g_assert_cmpuint (all->len, ==, tautan_dataset_get_n_entities (ds) - 1);
  for (guint i = 0; i < all->len; i++)
    {
      g_assert_cmpuint (g_array_index (all, guint, i), !=, self);
      g_assert_cmpuint (g_array_index (all, guint, i), !=, TAUTAN_NONE);
      if (i > 0)
        {
          TautanEntity a, b;

          tautan_dataset_get_entity (ds, g_array_index (all, guint, i - 1), &a);
          tautan_dataset_get_entity (ds, g_array_index (all, guint, i), &b);
          g_assert_cmpint (g_utf8_collate (a.name, b.name), <=, 0);
        }
    }

  tautan_entity_chooser_search (chooser, "putin");
  putin = tautan_entity_chooser_dup_shown (chooser);
  g_assert_cmpuint (putin->len, >=, 1);
  g_assert_cmpuint (g_array_index (putin, guint, 0), ==, lookup (window, "vladimir-putin"));
  for (guint i = 0; i < putin->len; i++)
    g_assert_true (named (ds, g_array_index (putin, guint, i), "putin"));
  /* Found by the alias "Putin" too, which the name shows: no "also". */
  g_assert_cmpstr (row_caption (chooser, 0), ==, "Person");

  /* An alias finds it too. */
  tautan_entity_chooser_search (chooser, "Korut");
  korut = tautan_entity_chooser_dup_shown (chooser);
  g_assert_cmpuint (korut->len, ==, 1);
  g_assert_cmpuint (g_array_index (korut, guint, 0), ==, lookup (window, "north-korea"));
  g_assert_cmpstr (row_caption (chooser, 0), ==, "State · also “Korut”");

  tautan_entity_chooser_search (chooser, "zqxj");
  nothing = tautan_entity_chooser_dup_shown (chooser);
  g_assert_cmpuint (nothing->len, ==, 0);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (status)));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (status)), "zqxj"));

  /* Enter takes the best match and closes the list. */
  tautan_test_choose_by_typing (GTK_WIDGET (chooser), "putin");
  g_assert_cmpuint (tautan_entity_chooser_get_entity (chooser), ==, lookup (window, "vladimir-putin"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "apply"));
  /* The button names the actor chosen on hover, but not over its open
   * list, which lies inside it; closed again, it does. */
  button = gtk_widget_get_template_child (GTK_WIDGET (chooser), TAUTAN_TYPE_ENTITY_CHOOSER, "button");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (button)), ==, "Vladimir Putin");
  g_assert_true (gtk_widget_get_has_tooltip (GTK_WIDGET (button)));
  tautan_entity_chooser_search (chooser, "");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  g_assert_false (gtk_widget_get_has_tooltip (GTK_WIDGET (button)));
  gtk_popover_popdown (GTK_POPOVER (popover));
  g_assert_true (gtk_widget_get_has_tooltip (GTK_WIDGET (button)));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (button)), ==, "Vladimir Putin");

  respond (dialog, "cancel");
  tautan_test_destroy_window (GTK_WINDOW (window));
}

/* A big dataset: before anything is typed, the busiest actors, and a
 * line that says to type; typed, the one asked for first. */
static void
test_choose_among_many (void)
{
  g_autoptr(GString) json = g_string_new ("{\"format\":\"tautan-dataset\",\"version\":1,\"sources\":"
                                          "[{\"id\":\"s\",\"outlet\":\"Test\",\"title\":\"T\",\"language\":\"en\","
                                          "\"published\":\"2024-06-01\",\"origin\":\"own\","
                                          "\"state_media\":false,\"text\":\"T\"}],\"entities\":[");
  g_autoptr(TautanDataset) ds = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) first = NULL;
  g_autoptr(GArray) asked = NULL;
  GtkWidget *window = gtk_window_new ();
  TautanEntityChooser *chooser = TAUTAN_ENTITY_CHOOSER (tautan_entity_chooser_new ());
  GObject *status;

  for (guint i = 0; i < 1000; i++)
    g_string_append_printf (json, "%s{\"id\":\"p%u\",\"kind\":\"person\",\"name\":\"Person %04u\","
                            "\"aliases\":[\"P-%u\"]}", i ? "," : "", i, i, i);
  /* Person 0900, far past the first fifty by name, is the busiest. */
  g_string_append (json, "],\"events\":[");
  for (guint i = 0; i < 3; i++)
    g_string_append_printf (json, "%s{\"id\":\"e%u\",\"type\":\"meet\",\"date\":{\"start\":\"2024-06-01\","
                            "\"end\":\"2024-06-01\",\"precision\":\"day\"},\"date_basis\":{\"method\":\"stated\",\"words\":\"June\"},"
                            "\"actors\":[\"p900\"],\"targets\":[\"p%u\"],\"sources\":[\"s\"],"
                            "\"status\":\"reported\",\"summary\":\"M\"}", i ? "," : "", i, i + 1);
  g_string_append (json, "],\"quotes\":[]}");
  ds = tautan_dataset_load_data (json->str, json->len, "many.json", NULL, NULL, &error);
  g_assert_no_error (error);

  tautan_entity_chooser_set_none (chooser, "Any actor", TRUE);
  tautan_entity_chooser_set_dataset (chooser, ds);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (chooser));
  gtk_window_present (GTK_WINDOW (window));
  status = gtk_widget_get_template_child (GTK_WIDGET (chooser), TAUTAN_TYPE_ENTITY_CHOOSER, "status");

  tautan_entity_chooser_search (chooser, "");
  first = tautan_entity_chooser_dup_shown (chooser);
  /* The none row, then a hundred. */
  g_assert_cmpuint (first->len, ==, 101);
  g_assert_cmpuint (g_array_index (first, guint, 0), ==, TAUTAN_NONE);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (status)));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (status)), "1,000"));

  /* Every actor matches "person" alike: the busiest comes first, though
   * fifty others sort before it by name. */
  tautan_entity_chooser_search (chooser, "person");
  g_clear_pointer (&asked, g_array_unref);
  asked = tautan_entity_chooser_dup_shown (chooser);
  g_assert_cmpuint (asked->len, >=, 1);
  g_assert_cmpuint (g_array_index (asked, guint, 0), ==, 900);
  g_clear_pointer (&asked, g_array_unref);

  tautan_entity_chooser_search (chooser, "p-742");
  asked = tautan_entity_chooser_dup_shown (chooser);
  g_assert_cmpuint (asked->len, >=, 1);
  g_assert_cmpuint (g_array_index (asked, guint, 0), ==, 742);
  tautan_test_choose_by_typing (GTK_WIDGET (chooser), "person 0742");
  g_assert_cmpuint (tautan_entity_chooser_get_entity (chooser), ==, 742);

  gtk_window_destroy (GTK_WINDOW (window));
  tautan_test_iterate ();
}

/* Merge Into: one node, every event kept; then saved and opened again. */
static void
test_merge_and_save (void)
{
  TautanWindow *window = new_window ();
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "curated.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanDataset) reloaded = NULL;
  TautanSession *session;
  AdwMessageDialog *dialog;
  GtkWidget *box, *chooser;
  guint n_entities, n_events, n_quotes;

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", NULL));
  session = tautan_window_get_session (window);
  n_entities = tautan_dataset_get_n_entities (tautan_window_get_dataset (window));
  n_events = tautan_dataset_get_n_events (tautan_window_get_dataset (window));
  n_quotes = tautan_dataset_get_n_quotes (tautan_window_get_dataset (window));
  wait_canvas (window, "choe-son-hui", "Choe Son Hui");

  tautan_session_select_entity (session, lookup (window, "choe-son-hui"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "curate.merge-actor", NULL));
  dialog = tautan_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  box = adw_message_dialog_get_extra_child (dialog);
  chooser = gtk_widget_get_last_child (box);
  tautan_test_choose_by_typing (chooser, "kim jong");
  g_assert_cmpuint (tautan_entity_chooser_get_entity (TAUTAN_ENTITY_CHOOSER (chooser)), ==,
                    lookup (window, "kim-jong-un"));
  respond (dialog, "apply");
  /* made on a worker thread: done when the window is no longer busy */
  tautan_test_wait_for (edit_done, window);

  g_assert_cmpuint (tautan_dataset_get_n_entities (tautan_window_get_dataset (window)), ==, n_entities - 1);
  g_assert_cmpuint (tautan_dataset_get_n_events (tautan_window_get_dataset (window)), ==, n_events);
  g_assert_cmpuint (tautan_dataset_get_n_quotes (tautan_window_get_dataset (window)), ==, n_quotes);
  g_assert_cmpuint (tautan_dataset_lookup_entity (tautan_window_get_dataset (window), "choe-son-hui"), ==, TAUTAN_NONE);
  wait_canvas (window, "choe-son-hui", NULL);
  wait_canvas (window, "kim-jong-un", "Kim Jong Un");
  {
    GObject *view = gtk_widget_get_template_child (GTK_WIDGET (window), TAUTAN_TYPE_WINDOW, "graph_view");
    TautanScene *scene = tautan_graph_view_get_scene (TAUTAN_GRAPH_VIEW (view));

    for (guint i = 0; i < tautan_scene_get_n_nodes (scene); i++)
      g_assert_cmpstr (tautan_scene_get_node (scene, i)->label, !=, "Choe Son Hui");
  }

  /* The bundled dataset is read-only: saved as a copy, which opens. */
  g_assert_true (tautan_dataset_get_read_only (tautan_window_get_dataset (window)));
  g_assert_true (_tautan_window_save_dataset (window, file));
  g_assert_false (tautan_session_get_dataset_modified (session));
  g_assert_false (tautan_dataset_get_read_only (tautan_window_get_dataset (window)));
  reloaded = tautan_dataset_load_file (file, FALSE, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tautan_dataset_get_n_entities (reloaded), ==, n_entities - 1);
  g_assert_cmpuint (tautan_dataset_get_n_events (reloaded), ==, n_events);

  tautan_window_open (window, file);
  tautan_test_wait_for (tautan_test_has_dataset, window);
  g_assert_true (g_file_equal (tautan_dataset_get_file (tautan_window_get_dataset (window)), file));
  g_assert_cmpuint (tautan_dataset_get_n_entities (tautan_window_get_dataset (window)), ==, n_entities - 1);

  tautan_test_destroy_window (GTK_WINDOW (window));
  g_assert_no_errno (g_remove (path));
}

static gboolean
layout_at_rest (gpointer data)
{
  TautanLayout *layout = tautan_session_get_layout (data);

  return tautan_layout_is_settled (layout) && !tautan_layout_is_running (layout);
}

/* Every entity of @session's dataset is where @before (id → point) had it. */
static void
assert_in_place (TautanSession *session,
                 GHashTable    *before)
{
  TautanDataset *ds = tautan_session_get_dataset (session);
  g_autofree TautanPoint *points = g_new0 (TautanPoint, tautan_dataset_get_n_entities (ds));

  tautan_layout_get_positions (tautan_session_get_layout (session), points);
  for (guint i = 0; i < tautan_dataset_get_n_entities (ds); i++)
    {
      TautanEntity e;
      const TautanPoint *was;

      tautan_dataset_get_entity (ds, i, &e);
      was = g_hash_table_lookup (before, e.id);
      g_assert_nonnull (was);
      if (fabs (was->x - points[i].x) > 0.01 || fabs (was->y - points[i].y) > 0.01)
        g_error ("%s moved from %g,%g to %g,%g", e.id, was->x, was->y, points[i].x, points[i].y);
    }
}

/* A curation edit (one actor merged into another) moves no node that is
 * still there: the layout is not run again; undo finds every node, the
 * merged one too, where it was. */
static void
test_edit_keeps_layout (void)
{
  TautanWindow *window = new_window ();
  g_autoptr(GHashTable) before = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autofree TautanPoint *points = NULL;
  TautanSession *session;
  TautanDataset *ds;
  AdwMessageDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", NULL));
  session = tautan_window_get_session (window);
  ds = tautan_session_get_dataset (session);
  wait_canvas (window, "choe-son-hui", "Choe Son Hui");
  tautan_test_wait_for (layout_at_rest, session);
  points = g_new0 (TautanPoint, tautan_dataset_get_n_entities (ds));
  tautan_layout_get_positions (tautan_session_get_layout (session), points);
  for (guint i = 0; i < tautan_dataset_get_n_entities (ds); i++)
    {
      TautanEntity e;

      tautan_dataset_get_entity (ds, i, &e);
      g_hash_table_insert (before, g_strdup (e.id), g_memdup2 (&points[i], sizeof points[i]));
    }

  tautan_session_select_entity (session, lookup (window, "choe-son-hui"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "curate.merge-actor", NULL));
  dialog = tautan_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  tautan_entity_chooser_set_entity (TAUTAN_ENTITY_CHOOSER (gtk_widget_get_last_child (adw_message_dialog_get_extra_child (dialog))),
                                    lookup (window, "kim-jong-un"));
  respond (dialog, "apply");
  tautan_test_wait_for (edit_done, window);
  g_assert_cmpuint (tautan_dataset_lookup_entity (tautan_window_get_dataset (window), "choe-son-hui"), ==, TAUTAN_NONE);
  tautan_test_iterate ();
  tautan_test_wait_for (layout_at_rest, session);
  assert_in_place (session, before);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  tautan_test_iterate ();
  tautan_test_wait_for (layout_at_rest, session);
  g_assert_cmpuint (tautan_dataset_lookup_entity (tautan_window_get_dataset (window), "choe-son-hui"), !=, TAUTAN_NONE);
  assert_in_place (session, before);

  tautan_test_destroy_window (GTK_WINDOW (window));
}

/* Select words in the source view, Create Quote: the quote has them. */
static void
test_create_quote (void)
{
  TautanWindow *window = new_window ();
  TautanSourceWindow *source;
  AdwMessageDialog *dialog;
  GtkWidget *speaker;
  TautanDataset *ds;
  TautanQuote q;
  TautanSource s;
  guint n_quotes;

  source = show_first_source (window, &q, &s);
  ds = tautan_window_get_dataset (window);
  n_quotes = tautan_dataset_get_n_quotes (ds);

  /* The first three words before the quote, wherever the multi-byte
   * characters are: offsets are code points. */
  tautan_source_window_select (source, 0, 12);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (source), "source.create-quote", NULL));
  dialog = tautan_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Create Quote");
  speaker = gtk_widget_get_last_child (gtk_widget_get_first_child (adw_message_dialog_get_extra_child (dialog)));
  g_assert_true (TAUTAN_IS_ENTITY_CHOOSER (speaker));
  tautan_entity_chooser_set_entity (TAUTAN_ENTITY_CHOOSER (speaker), lookup (window, "kim-jong-un"));
  respond (dialog, "apply");
  tautan_test_wait_for (edit_done, window);

  ds = tautan_window_get_dataset (window);
  g_assert_cmpuint (tautan_dataset_get_n_quotes (ds), ==, n_quotes + 1);
  tautan_dataset_get_quote (ds, n_quotes, &q);
  g_assert_cmpuint (q.start, ==, 0);
  g_assert_cmpuint (q.end, ==, 12);
  {
    g_autofree char *expected = g_utf8_substring (s.text, 0, 12);
    g_assert_cmpstr (q.text, ==, expected);
  }
  g_assert_cmpuint (q.speaker, !=, TAUTAN_NONE);

  /* Undone: the quote is gone. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (tautan_dataset_get_n_quotes (tautan_window_get_dataset (window)), ==, n_quotes);

  gtk_window_destroy (GTK_WINDOW (source));
  tautan_test_destroy_window (GTK_WINDOW (window));
}

/* The source window opens the original article when the source gives a
 * web address, and only then: a `file:` address from somebody's dataset
 * is not a page to open. */
static void
test_open_original (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "minimal.json", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  const char * const cases[][2] = {
    { "https://example.org/a", "https://example.org/a_(b)" },   /* a ')' in it, as Wikipedia's have */
    { "https://example.org/a", "file:///etc/passwd" },
  };

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  g_assert_no_error (error);
  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autofree char *copy_path = g_build_filename (g_get_user_data_dir (), "with-url.json", NULL);
      g_auto(GStrv) parts = g_strsplit (text, cases[c][0], -1);
      g_autofree char *changed = g_strjoinv (cases[c][1], parts);
      g_autoptr(GFile) file = g_file_new_for_path (copy_path);
      TautanWindow *window = new_window ();
      gboolean web = g_str_has_prefix (cases[c][1], "https:");

      g_assert_cmpuint (g_strv_length (parts), ==, 2);
      g_assert_no_errno (g_mkdir_with_parents (g_get_user_data_dir (), 0700));
      g_assert_true (g_file_set_contents (copy_path, changed, -1, &error));
      g_assert_no_error (error);
      tautan_window_open (window, file);
      tautan_test_wait_for (tautan_test_has_dataset, window);

      /* q-1's source has no address; q-2's has the one written above. */
      for (guint q = 0; q < 2; q++)
        {
          TautanSourceWindow *source;
          GtkWidget *button;

          g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "explorer.show-source", "u", q));
          source = tautan_test_find_toplevel (TAUTAN_TYPE_SOURCE_WINDOW);
          g_assert_nonnull (source);
          button = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (source), TAUTAN_TYPE_SOURCE_WINDOW, "open_original"));
          g_assert_cmpint (gtk_widget_get_visible (button), ==, q == 1 && web);
          g_assert_cmpint (gtk_widget_is_sensitive (button), ==, q == 1 && web);
          if (q == 1 && web)
            g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (button), cases[c][1]));
          gtk_window_destroy (GTK_WINDOW (source));
          tautan_test_iterate ();
        }
      tautan_test_destroy_window (GTK_WINDOW (window));
      g_assert_no_errno (g_remove (copy_path));
    }
}

static GtkWidget *
grid_field (GtkWidget *grid,
            int        column,
            int        row)
{
  return gtk_widget_get_last_child (gtk_grid_get_child_at (GTK_GRID (grid), column, row));
}

/* New Event from Selection: made on the worker, the selected words its
 * summary and date basis, one undo step; a date its precision does not
 * fit is refused in the loader's words, and nothing changes. */
static void
test_create_event (void)
{
  TautanWindow *window = new_window ();
  TautanSourceWindow *source;
  AdwMessageDialog *dialog;
  TautanDataset *ds;
  g_autofree char *words = NULL;
  TautanQuote q;
  TautanSource s;
  TautanEvent ev;
  guint n_events;

  source = show_first_source (window, &q, &s);
  ds = tautan_window_get_dataset (window);
  n_events = tautan_dataset_get_n_events (ds);

  for (guint attempt = 0; attempt < 2; attempt++)
    {
      GtkWidget *grid;

      tautan_source_window_select (source, 3, 40);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (source), "source.create-event", NULL));
      dialog = tautan_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
      g_assert_nonnull (dialog);
      g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Create Event");
      grid = adw_message_dialog_get_extra_child (dialog);
      /* Day precision (the form's first), on one day or, first, two. */
      g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (grid_field (grid, 0, 2))), ==,
                        TAUTAN_PRECISION_DAY);
      gtk_editable_set_text (GTK_EDITABLE (grid_field (grid, 0, 1)), "2024-06-19");
      gtk_editable_set_text (GTK_EDITABLE (grid_field (grid, 1, 1)), attempt == 0 ? "2024-06-20" : "2024-06-19");
      tautan_entity_chooser_set_entity (TAUTAN_ENTITY_CHOOSER (grid_field (grid, 0, 3)), lookup (window, "kim-jong-un"));
      respond (dialog, "apply");
      tautan_test_wait_for (edit_done, window);
      if (attempt == 0)
        {
          AdwMessageDialog *message = tautan_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);

          g_assert_nonnull (message);
          g_assert_cmpstr (adw_message_dialog_get_heading (message), ==, "Could Not Edit the Dataset");
          g_assert_nonnull (strstr (adw_message_dialog_get_body (message), "precision \"day\" needs start = end"));
          gtk_window_destroy (GTK_WINDOW (message));
          g_assert_true (tautan_window_get_dataset (window) == ds);
        }
    }

  ds = tautan_window_get_dataset (window);
  g_assert_cmpuint (tautan_dataset_get_n_events (ds), ==, n_events + 1);
  tautan_dataset_get_event (ds, n_events, &ev);
  words = g_strstrip (g_strdelimit (g_utf8_substring (s.text, 3, 40), "\r\n\t", ' '));
  g_assert_cmpstr (ev.summary, ==, words);
  g_assert_cmpstr (ev.date_words, ==, words);
  g_assert_cmpint (ev.start, ==, tautan_day_from_ymd (2024, 6, 19));
  g_assert_cmpint (ev.end, ==, ev.start);
  g_assert_cmpuint (ev.n_sources, ==, 1);
  g_assert_cmpuint (ev.sources[0], ==, q.source);
  g_assert_cmpuint (ev.n_actors, ==, 1);

  /* Undone: the event is gone. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (tautan_dataset_get_n_events (tautan_window_get_dataset (window)), ==, n_events);

  gtk_window_destroy (GTK_WINDOW (source));
  tautan_test_destroy_window (GTK_WINDOW (window));
}

/* Edit Event and Edit Quote through their forms, each undone. */
static void
test_edit_event_and_quote (void)
{
  TautanWindow *window = new_window ();
  AdwMessageDialog *dialog;
  GtkWidget *grid, *box, *certain;
  TautanDataset *ds;
  g_autofree char *notes = NULL;
  TautanEvent ev;
  TautanQuote q;
  guint event, quote = 0;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-bundled", NULL));
  ds = tautan_window_get_dataset (window);
  event = tautan_dataset_lookup_event (ds, "ev-2025-07-lavrov-meets-choe");
  g_assert_cmpuint (event, !=, TAUTAN_NONE);
  tautan_dataset_get_event (ds, event, &ev);
  g_assert_cmpint (ev.status, ==, TAUTAN_STATUS_REPORTED);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "curate.edit-event", "u", event));
  dialog = tautan_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Edit Event");
  grid = adw_message_dialog_get_extra_child (dialog);
  /* The form shows the event: its dates as they are. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (grid_field (grid, 0, 1))), ==, "2025-07-01");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (grid_field (grid, 1, 1))), ==, "2025-07-31");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (grid_field (grid, 1, 0)), TAUTAN_STATUS_CONFIRMED);
  gtk_editable_set_text (GTK_EDITABLE (grid_field (grid, 0, 5)), "Checked against TASS");
  respond (dialog, "apply");
  tautan_test_wait_for (edit_done, window);

  ds = tautan_window_get_dataset (window);
  tautan_dataset_get_event (ds, tautan_dataset_lookup_event (ds, "ev-2025-07-lavrov-meets-choe"), &ev);
  g_assert_cmpint (ev.status, ==, TAUTAN_STATUS_CONFIRMED);
  g_assert_cmpint (ev.precision, ==, TAUTAN_PRECISION_MONTH);
  notes = tautan_dataset_dup_event_notes (ds, ev.index);
  g_assert_cmpstr (notes, ==, "Checked against TASS");

  tautan_dataset_get_quote (ds, quote, &q);
  g_assert_true (q.attribution_certain);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "curate.edit-quote", "u", quote));
  dialog = tautan_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Edit Quote");
  box = adw_message_dialog_get_extra_child (dialog);
  certain = gtk_widget_get_next_sibling (gtk_widget_get_next_sibling (gtk_widget_get_first_child (box)));
  g_assert_true (GTK_IS_CHECK_BUTTON (certain));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (certain), FALSE);
  respond (dialog, "apply");
  tautan_test_wait_for (edit_done, window);
  tautan_dataset_get_quote (tautan_window_get_dataset (window), quote, &q);
  g_assert_false (q.attribution_certain);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  tautan_dataset_get_quote (tautan_window_get_dataset (window), quote, &q);
  g_assert_true (q.attribution_certain);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  ds = tautan_window_get_dataset (window);
  tautan_dataset_get_event (ds, event, &ev);
  g_assert_cmpint (ev.status, ==, TAUTAN_STATUS_REPORTED);
  g_assert_false (tautan_session_get_dataset_modified (tautan_window_get_session (window)));

  tautan_test_destroy_window (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  tautan_test_home_init ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/tautan/curation/edit-actor", test_edit_actor);
  g_test_add_func ("/tautan/curation/rename-keeps-old-name", test_rename_keeps_old_name);
  g_test_add_func ("/tautan/curation/merge-and-save", test_merge_and_save);
  g_test_add_func ("/tautan/curation/merge-chooses-nothing", test_merge_chooses_nothing);
  g_test_add_func ("/tautan/curation/choose-actor-by-typing", test_choose_actor_by_typing);
  g_test_add_func ("/tautan/curation/choose-among-many", test_choose_among_many);
  g_test_add_func ("/tautan/curation/edit-keeps-window", test_edit_keeps_window);
  g_test_add_func ("/tautan/curation/edit-keeps-layout", test_edit_keeps_layout);
  g_test_add_func ("/tautan/curation/edit-thread", test_edit_thread);
  g_test_add_func ("/tautan/curation/edit-actor-thread", test_edit_actor_thread);
  g_test_add_func ("/tautan/curation/create-quote", test_create_quote);
  g_test_add_func ("/tautan/curation/create-event", test_create_event);
  g_test_add_func ("/tautan/curation/open-original", test_open_original);
  g_test_add_func ("/tautan/curation/edit-event-and-quote", test_edit_event_and_quote);

  ret = g_test_run ();
  tautan_test_app_clear ();
  return ret;
}
