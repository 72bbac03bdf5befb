/* tautan-window.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-window"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "tautan/tautan-analysis-panel.h"
#include "tautan/tautan-analysis-status.h"
#include "tautan/tautan-application.h"
#include "tautan/tautan-file.h"
#include "tautan/tautan-search-index.h"
#include "tautan/tautan-text.h"

#include "tautan/tautan-slice.h"

#include "tautan-window-private.h"

/* After GTK's headers, which say whether GDK has X11. */
#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#include <cairo-xlib.h>
#endif

/* The main window: one analysis session at a time, shown by the canvas,
 * timeline, legend, views list, evidence panel and presentation, which
 * all bind to the session. This file owns the window's life: the
 * template, the session it shows, the title, searching, the chrome while
 * presenting, saving and closing. Actions are in tautan-window-actions.c,
 * loading in tautan-window-load.c, exporting in tautan-window-export.c. */

G_DEFINE_FINAL_TYPE (TautanWindow, tautan_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_DATASET,
  PROP_LOADING,
  PROP_PROGRESS,
  PROP_EXPORTING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_title (TautanWindow *self)
{
  TautanDataset *ds;
  GFile *file, *ws_file;
  g_autofree char *title = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *shown = NULL;

  if (self->session == NULL)
    return;

  ds = tautan_session_get_dataset (self->session);
  file = tautan_dataset_get_file (ds);
  ws_file = tautan_session_get_file (self->session);
  basename = file ? g_file_get_basename (file) : g_strdup (_("Untitled"));
  title = tautan_text_shorten (tautan_dataset_get_title (ds) ? tautan_dataset_get_title (ds) : basename,
                               TAUTAN_TEXT_MAX_NAME);
  if (ws_file != NULL)
    {
      g_autofree char *ws_name = g_file_get_basename (ws_file);
      subtitle = g_strdup_printf ("%s — %s", ws_name, basename);
    }
  else
    subtitle = g_strdup (tautan_dataset_get_read_only (ds) ? _("Bundled dataset (read-only)") : basename);

  /* A bullet before the title, as GNOME editors mark unsaved work. */
  shown = g_strdup_printf ("%s%s", tautan_session_get_modified (self->session) ||
                                   tautan_session_get_dataset_modified (self->session) ? "• " : "", title);
  adw_window_title_set_title (self->window_title, shown);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), shown);
}

void
_tautan_window_update_actions (TautanWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has_session = self->session != NULL;
  gboolean loading = self->load_cancellable != NULL;

  gtk_widget_action_set_enabled (widget, "win.undo", has_session && tautan_session_get_can_undo (self->session));
  gtk_widget_action_set_enabled (widget, "win.redo", has_session && tautan_session_get_can_redo (self->session));
  gtk_widget_action_set_enabled (widget, "win.cancel-load", loading);
  gtk_widget_action_set_enabled (widget, "win.open", !loading);
  gtk_widget_action_set_enabled (widget, "win.open-bundled", !loading);
  gtk_widget_action_set_enabled (widget, "win.save", has_session);
  gtk_widget_action_set_enabled (widget, "win.save-as", has_session);
  gtk_widget_action_set_enabled (widget, "win.add-view", has_session);
  gtk_widget_action_set_enabled (widget, "win.present", has_session);
  gtk_widget_action_set_enabled (widget, "win.play", has_session);
  gtk_widget_action_set_enabled (widget, "win.export", has_session);
  gtk_widget_action_set_enabled (widget, "win.import-articles", !loading);
  gtk_widget_action_set_enabled (widget, "win.export-briefing", has_session);
  gtk_widget_action_set_enabled (widget, "win.copy-picture", has_session);
  gtk_widget_action_set_enabled (widget, "explorer.search", has_session);
  gtk_widget_action_set_enabled (widget, "explorer.toggle-events-table", has_session);
  _tautan_window_update_curation_actions (self);
}

static void
session_state_changed_cb (TautanWindow *self)
{
  update_title (self);
  _tautan_window_update_actions (self);
}

static void session_filters_changed_cb (TautanWindow *self);

/* A curation edit, its undo or its redo put another dataset in the
 * session: the widgets that hold the dataset or its layout take the
 * session afresh, as they do a new one. */
static void
session_dataset_cb (TautanWindow *self)
{
  g_autoptr(TautanSession) session = NULL;
  TautanTimeSpan span;

  if (self->session == NULL)
    return;
  /* An edit after Discard on close is work to ask about again. */
  self->dataset_discarded = FALSE;
  session = g_steal_pointer (&self->session);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
  /* The timeline starts on the new dataset's whole span, which its
   * binding would give the session: the user's window stays. */
  span = tautan_session_get_span (session);
  tautan_timeline_set_dataset (self->timeline, tautan_session_get_dataset (session));
  tautan_session_set_span (session, &span);
  self->session = g_steal_pointer (&session);
  session_filters_changed_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
  session_state_changed_cb (self);
}

/* An ego network in focus narrows the timeline's bars to its events. */
static void
ego_events_cb (TautanWindow *self)
{
  g_autoptr(GBytes) events = NULL;

  g_object_get (self->analysis_panel, "ego-events", &events, NULL);
  tautan_timeline_set_only_events (self->timeline, events);
}

/* Hiding a kind or a type, or the composed filter, changes the
 * timeline's bars too. */
static void
session_filters_changed_cb (TautanWindow *self)
{
  TautanTypeMask mask = { { 0 } };

  if (self->session != NULL)
    tautan_session_get_hidden_type_mask (self->session, &mask);
  tautan_timeline_set_filter (self->timeline, self->session ? tautan_session_get_hidden_kinds (self->session) : 0,
                              &mask);
  tautan_timeline_set_event_filter (self->timeline, self->session ? tautan_session_get_filter (self->session) : NULL);
}

/**
 * _tautan_window_set_session:
 * @session: (nullable): the analysis to show
 *
 * Shows @session: every part of the window follows it from now on.
 */
void
_tautan_window_set_session (TautanWindow  *self,
                            TautanSession *session)
{
  gboolean shown = session != NULL;

  if (self->session == session)
    return;

  tautan_presentation_stop (self->presentation);
  g_binding_group_set_source (self->session_bindings, NULL);
  g_signal_group_set_target (self->session_signals, NULL);

  /* The timeline shows the new data before it takes the session's span. */
  tautan_timeline_set_dataset (self->timeline, session ? tautan_session_get_dataset (session) : NULL);
  g_set_object (&self->session, session);
  session_filters_changed_cb (self);
  tautan_autosave_set_session (self->autosave, session);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
  g_binding_group_set_source (self->session_bindings, session);
  g_signal_group_set_target (self->session_signals, session);

  gtk_widget_set_visible (self->views_button, shown);
  gtk_widget_set_visible (self->export_button, shown);
  gtk_widget_set_visible (self->mode_box, shown);
  gtk_widget_set_visible (GTK_WIDGET (self->search_button), shown);
  gtk_widget_set_visible (GTK_WIDGET (self->panel_button), shown);
  gtk_widget_set_visible (GTK_WIDGET (self->events_button), shown);
  gtk_widget_set_visible (self->legend_button, shown);
  gtk_widget_set_visible (self->analysis_button, shown);
  update_title (self);
  _tautan_window_update_actions (self);

  if (shown)
    {
      /* From the progress page the graph comes at once: a crossfade
       * draws both pages in each of its frames, and the first frames of
       * a big dataset are the heaviest the window draws. */
      if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "loading") == 0)
        gtk_stack_set_visible_child_full (self->stack, "explorer", GTK_STACK_TRANSITION_TYPE_NONE);
      else
        gtk_stack_set_visible_child_name (self->stack, "explorer");
      gtk_widget_grab_focus (GTK_WIDGET (self->graph_view));
    }
}

void
_tautan_window_set_loading (TautanWindow *self,
                            const char   *name)
{
  if (name != NULL)
    {
      g_autofree char *shown = tautan_text_shorten (name, TAUTAN_TEXT_MAX_NAME);
      g_autofree char *title = g_strdup_printf (_("Opening “%s”…"), shown);

      if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "loading") != 0)
        {
          g_free (self->previous_page);
          self->previous_page = g_strdup (gtk_stack_get_visible_child_name (self->stack));
        }
      adw_status_page_set_title (self->loading_page, title);
      _tautan_window_set_progress (self, 0);
      gtk_stack_set_visible_child_name (self->stack, "loading");
    }
  else if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "loading") == 0)
    gtk_stack_set_visible_child_name (self->stack, self->session ? "explorer" : "empty");

  _tautan_window_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

void
_tautan_window_set_progress (TautanWindow *self,
                             double        progress)
{
  progress = CLAMP (progress, 0, 1);
  if (self->progress == progress)
    return;
  self->progress = progress;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
}

void
_tautan_window_notify_exporting (TautanWindow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPORTING]);
}

void
_tautan_window_toast (TautanWindow *self,
                      const char   *text)
{
  _tautan_window_add_toast (self, adw_toast_new (text));
}

static void
weak_ref_free (gpointer data)
{
  g_weak_ref_clear (data);
  g_free (data);
}

/* The toast shown or waiting last, until it is dismissed. */
static GWeakRef *
last_toast (TautanWindow *self)
{
  GWeakRef *last = g_object_get_data (G_OBJECT (self), "tautan-last-toast");

  if (last == NULL)
    {
      last = g_new0 (GWeakRef, 1);
      g_weak_ref_init (last, NULL);
      g_object_set_data_full (G_OBJECT (self), "tautan-last-toast", last, weak_ref_free);
    }
  return last;
}

static void
toast_dismissed_cb (AdwToast     *toast,
                    TautanWindow *self)
{
  GWeakRef *last = last_toast (self);
  g_autoptr(AdwToast) shown = g_weak_ref_get (last);

  if (shown == toast)
    g_weak_ref_set (last, NULL);
}

/* Over the graph when it is shown, so a toast never hides the timeline;
 * over the whole window otherwise. Takes @toast. The same message as the
 * one shown or waiting is not queued again: twenty Ctrl+D queued twenty
 * "View added", shown one after another for over a minute, and the next
 * message (an export's) waited behind them. (Dismissing the older one
 * instead crashed libadwaita 1.2 in its hiding animation.) */
void
_tautan_window_add_toast (TautanWindow *self,
                          AdwToast     *toast)
{
  GWeakRef *last = last_toast (self);
  g_autoptr(AdwToast) previous = g_weak_ref_get (last);

  if (previous != NULL && g_strcmp0 (adw_toast_get_title (previous), adw_toast_get_title (toast)) == 0 &&
      adw_toast_get_button_label (previous) == NULL && adw_toast_get_button_label (toast) == NULL)
    {
      g_object_unref (toast);
      return;
    }
  g_weak_ref_set (last, toast);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (toast_dismissed_cb), self, 0);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "explorer") == 0)
    adw_toast_overlay_add_toast (self->explorer_toasts, toast);
  else
    adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
_tautan_window_show_error (TautanWindow *self,
                           const char   *heading,
                           const GError *error)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading,
                                                        error ? error->message : _("Unknown error")));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

TautanAutosave *
_tautan_window_get_autosave (TautanWindow *self)
{
  return self->autosave;
}

gboolean
_tautan_window_save (TautanWindow *self,
                     GFile        *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = NULL;

  if (!tautan_session_save (self->session, file, &error))
    {
      _tautan_window_show_error (self, _("Could Not Save the Workspace"), error);
      return FALSE;
    }

  uri = g_file_get_uri (file);
  gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
  _tautan_window_toast (self, _("Workspace saved"));
  return TRUE;
}

/* As one types: the matching actors listed over the graph, and the best
 * one with events in the period selected and centred; one outside the
 * period waits for Enter, which widens the period to show it. A single
 * letter only lists: "P", the first of "Putin", flew the canvas to North
 * Korea (by "Pyongyang", the busier of two equal matches). */
static void
search_changed_cb (TautanWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *folded = tautan_search_fold (text);
  guint entity;

  if (self->session == NULL)
    return;

  tautan_search_results_set_query (self->search_results, text);
  if (tautan_search_results_get_n_hits (self->search_results) == 0)
    {
      if (*text != '\0')
        gtk_widget_add_css_class (GTK_WIDGET (self->search_entry), "error");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (self->search_entry), "error");
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->search_entry), "error");
  if (g_utf8_strlen (folded, -1) < 2)
    return;
  entity = tautan_search_results_get_hit (self->search_results, 0);
  if (tautan_slice_get_entity_count (tautan_session_get_slice (self->session), entity) > 0)
    {
      tautan_session_select_entity (self->session, entity);
      tautan_graph_view_center_on (self->graph_view, entity);
    }
}

/* ↑ and ↓ in the entry move through the list. */
static gboolean
search_key_cb (TautanWindow          *self,
               guint                  keyval,
               guint                  keycode,
               GdkModifierType        state,
               GtkEventControllerKey *controller)
{
  if (keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down)
    tautan_search_results_move (self->search_results, 1);
  else if (keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up)
    tautan_search_results_move (self->search_results, -1);
  else
    return GDK_EVENT_PROPAGATE;
  return GDK_EVENT_STOP;
}

/* Letters typed right behind Ctrl+F, before the search bar's entry is on
 * screen: a busy main loop hands the keys over in one go, ahead of the
 * layout that maps the entry, and the entry, focused but unrealised,
 * drops them. They are kept here and typed in when it is mapped. */
static gboolean
window_key_cb (TautanWindow          *self,
               guint                  keyval,
               guint                  keycode,
               GdkModifierType        state,
               GtkEventControllerKey *controller)
{
  GtkWidget *entry = GTK_WIDGET (self->search_entry);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  gunichar c = gdk_keyval_to_unicode (keyval);

  if (self->search_typed == NULL || gtk_widget_get_mapped (entry) || !gtk_search_bar_get_search_mode (self->search_bar) || focus == NULL ||
      !(focus == entry || gtk_widget_is_ancestor (focus, entry)) ||
      (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK)) != 0 || c == 0 || g_unichar_iscntrl (c))
    return GDK_EVENT_PROPAGATE;
  g_string_append_unichar (self->search_typed, c);
  return GDK_EVENT_STOP;
}

static void
search_entry_map_cb (TautanWindow *self)
{
  int position;

  if (self->search_typed == NULL || self->search_typed->len == 0)
    return;
  position = gtk_editable_get_position (GTK_EDITABLE (self->search_entry));
  gtk_editable_insert_text (GTK_EDITABLE (self->search_entry), self->search_typed->str, -1, &position);
  gtk_editable_set_position (GTK_EDITABLE (self->search_entry), position);
  g_string_truncate (self->search_typed, 0);
}

static void
search_activate_cb (TautanWindow *self)
{
  tautan_search_results_activate (self->search_results);
  _tautan_window_search_done (self);
}

static void
search_stop_cb (TautanWindow *self)
{
  _tautan_window_search_done (self);
}

/* Closes the search: the bar, the list, and the focus back on the graph. */
void
_tautan_window_search_done (TautanWindow *self)
{
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  g_string_truncate (self->search_typed, 0);
  tautan_search_results_set_query (self->search_results, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->graph_view));
}

/* Unsaved work that cannot be backed up (a full disk, a state folder that
 * cannot be written) is said in the window, or the user believes it is
 * safe: once, and again only after it has worked and failed anew. */
/* Whether @error says the disk is full. The dataset's writer reports its
 * failures as TAUTAN_DATASET_ERROR_IO, with the reason only in the
 * message, in the words tautan_file_describe_error () has for it. */
static gboolean
disk_full (const GError *error)
{
  g_autoptr(GError) no_space = g_error_new_literal (G_FILE_ERROR, G_FILE_ERROR_NOSPC, "");

  return g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOSPC) ||
         g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE) ||
         strstr (error->message, tautan_file_describe_error (no_space)) != NULL;
}

static void
autosave_error_cb (TautanWindow *self)
{
  const GError *error = tautan_autosave_get_error (self->autosave);
  g_autofree char *text = NULL;
  const char *advice;

  if (error == NULL)
    {
      self->autosave_failing = FALSE;
      gtk_info_bar_set_revealed (self->autosave_bar, FALSE);
      return;
    }
  if (disk_full (error))
    advice = _("Free some disk space, or save your work now.");
  else
    advice = _("Make sure the folder can be written to, or save your work now.");
  /* TRANSLATORS: what is not backed up and why, then what to do */
  text = g_strdup_printf (_("%s. %s"), error->message, advice);
  gtk_label_set_text (self->autosave_bar_label, text);
  /* The dataset's edits are kept by Save Dataset; Save keeps the rest. */
  if (tautan_autosave_get_dataset_failed (self->autosave))
    {
      gtk_button_set_label (self->autosave_bar_save, _("Save _Dataset…"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->autosave_bar_save), "win.save-dataset");
    }
  else
    {
      gtk_button_set_label (self->autosave_bar_save, _("_Save…"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->autosave_bar_save), "win.save");
    }
  if (!self->autosave_failing)
    gtk_info_bar_set_revealed (self->autosave_bar, TRUE);
  self->autosave_failing = TRUE;
}

static void
autosave_bar_response_cb (TautanWindow *self,
                          int           response)
{
  if (response == GTK_RESPONSE_CLOSE)
    gtk_info_bar_set_revealed (self->autosave_bar, FALSE);
}

/* The header bar and timeline follow "active" by binding; the panel and
 * full screen are put back as they were. */
static void
presenting_changed_cb (TautanWindow *self)
{
  if (tautan_presentation_get_active (self->presentation))
    {
      self->panel_was_visible = gtk_toggle_button_get_active (self->panel_button);
      gtk_toggle_button_set_active (self->panel_button, FALSE);
      gtk_window_fullscreen (GTK_WINDOW (self));
    }
  else
    {
      gtk_toggle_button_set_active (self->panel_button, self->panel_was_visible);
      gtk_window_unfullscreen (GTK_WINDOW (self));
      gtk_widget_grab_focus (GTK_WIDGET (self->graph_view));
    }
}

static GSettings *
get_settings (TautanWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return TAUTAN_IS_APPLICATION (app) ? tautan_application_get_settings (TAUTAN_APPLICATION (app)) : NULL;
}

static void
apply_panel_width (TautanWindow *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self->paned));

  if (width <= 0 || self->restored_panel_width <= 0)
    return;
  g_signal_handlers_disconnect_by_func (self->paned, apply_panel_width, self);
  gtk_paned_set_position (self->paned, MAX (320, width - self->restored_panel_width));
  self->restored_panel_width = 0;
}

static void
restore_state (TautanWindow *self)
{
  GSettings *settings = get_settings (self);

  if (settings == NULL)
    return;

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  gtk_toggle_button_set_active (self->panel_button, g_settings_get_boolean (settings, "panel-visible"));
  /* The panel's width, not a position: the window may open wider than it
   * was saved (maximized, or a size of its caller's), and the paned only
   * knows its own width once allocated. */
  self->restored_panel_width = g_settings_get_int (settings, "panel-width");
  g_signal_connect_swapped (self->paned, "notify::max-position", G_CALLBACK (apply_panel_width), self);
}

static void
save_state (TautanWindow *self)
{
  GSettings *settings = get_settings (self);
  int width, height;

  if (settings == NULL)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_int (settings, "window-width", width);
  g_settings_set_int (settings, "window-height", height);
  g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_set_boolean (settings, "panel-visible", tautan_presentation_get_active (self->presentation)
                                                     ? self->panel_was_visible
                                                     : gtk_toggle_button_get_active (self->panel_button));
  if (gtk_widget_get_width (GTK_WIDGET (self->paned)) > 0 && gtk_widget_get_visible (GTK_WIDGET (self->side_panel)))
    g_settings_set_int (settings, "panel-width",
                        gtk_widget_get_width (GTK_WIDGET (self->paned)) - gtk_paned_get_position (self->paned));
}

static gboolean
destroy_window_cb (gpointer data)
{
  gtk_window_destroy (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

static void
unsaved_response_cb (TautanWindow     *self,
                     const char       *response,
                     AdwMessageDialog *dialog)
{
  if (g_str_equal (response, "discard"))
    {
      tautan_autosave_discard (self->autosave);
      save_state (self);
      /* Once the dialog is done: destroying its parent inside its own
       * response left the dialog tearing down against a freed window. */
      g_idle_add_full (G_PRIORITY_DEFAULT, destroy_window_cb, g_object_ref (self), g_object_unref);
    }
  else if (g_str_equal (response, "save"))
    _tautan_window_save_workspace_to (self, tautan_session_get_file (self->session), TRUE);
}

static gboolean
tautan_window_close_request (GtkWindow *window)
{
  TautanWindow *self = TAUTAN_WINDOW (window);

  if (_tautan_window_ask_dataset_changes (self))
    return TRUE;

  if (self->session != NULL && tautan_session_get_modified (self->session))
    {
      AdwMessageDialog *dialog;

      dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window, _("Save Changes?"),
                                                            _("The workspace has changes (views, moved or pinned "
                                                              "actors, filters) that are not saved. Unsaved changes "
                                                              "are lost when the window closes.")));
      adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "discard", _("_Discard"),
                                        "save", _("_Save"), NULL);
      adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
      adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (dialog, "save");
      adw_message_dialog_set_close_response (dialog, "cancel");
      g_signal_connect_object (dialog, "response", G_CALLBACK (unsaved_response_cb), self, G_CONNECT_SWAPPED);
      gtk_window_present (GTK_WINDOW (dialog));
      return TRUE;
    }

  save_state (self);
  return GTK_WINDOW_CLASS (tautan_window_parent_class)->close_request (window);
}

/* GtkWindow binds Space to activating the focused widget, before any
 * binding of ours: on the canvas, which has nothing to activate, Space
 * plays and pauses as the timeline's tooltip says. */
static void
tautan_window_activate_focus (GtkWindow *window)
{
  TautanWindow *self = TAUTAN_WINDOW (window);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  if (self->session != NULL && (focus == NULL || focus == GTK_WIDGET (self->graph_view)))
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "win.play", NULL);
      return;
    }
  GTK_WINDOW_CLASS (tautan_window_parent_class)->activate_focus (window);
}

/* Toasts over the graph come at its foot, where the filters' and
 * comparison's status sits: it fades out while one shows. Widgets add
 * toasts to the nearest overlay themselves, so the overlay's children
 * are watched rather than each caller. */
static void
explorer_toasts_changed_cb (TautanWindow *self)
{
  gboolean toast = FALSE;

  for (GtkWidget *w = gtk_widget_get_first_child (GTK_WIDGET (self->explorer_toasts));
       w != NULL && !toast;
       w = gtk_widget_get_next_sibling (w))
    toast = g_strcmp0 (gtk_widget_get_css_name (w), "toast") == 0;
  gtk_revealer_set_reveal_child (self->analysis_status_revealer, !toast);
}

/* Window-sized frames with GSK's cairo renderer on X11 (Xvfb, machines
 * without GL): GDK paints each frame into a new image the size of what
 * changed, and cairo copies that into shared memory for the X server.
 * Both were fresh memory at every full-window frame: glibc maps an
 * allocation of that size on its own and unmaps it when freed, and cairo
 * drops a shared-memory pool as soon as nothing in it is in use. Their
 * first touches (some 4,000 page faults on a 1920 x 1080 window, each
 * costly on a VM) were most of such a frame: 60-80 ms of the main thread,
 * the progress page's first frame and the explorer's first after a load.
 * So window-sized allocations come from malloc's heap, which keeps what
 * frames free, and the window holds a small image in cairo's pool, which
 * keeps the pool; both are touched once here, before the window's first
 * frame. */
#define FRAME_MMAP_THRESHOLD (32 << 20)  /* glibc's largest */

static void
keep_frame_buffers (TautanWindow *self)
{
#if defined (GDK_WINDOWING_X11) && defined (CAIRO_HAS_XLIB_SURFACE)
  GtkNative *native = GTK_NATIVE (self);
  GskRenderer *renderer = gtk_native_get_renderer (native);
  GdkSurface *surface = gtk_native_get_surface (native);
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (self));
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  int width, height;
  gsize size;
  Display *xdisplay;
  cairo_surface_t *root, *frame;

  if (self->frame_keeper != NULL || renderer == NULL || !GSK_IS_CAIRO_RENDERER (renderer) ||
      surface == NULL || !GDK_IS_X11_DISPLAY (display))
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  width = MAX (MAX (width, gdk_surface_get_width (surface)), 1) * scale;
  height = MAX (MAX (height, gdk_surface_get_height (surface)), 1) * scale;
  size = (gsize)width * height * 4;

#ifdef __GLIBC__
  /* The frame's image and a cairo node as big (the graph's tiles) come
   * from the heap and go back to it (glibc's own threshold maps an
   * allocation as big as the last one it unmapped), and the heap's top
   * is given back only past twice that, as glibc's own threshold would
   * have it once it reached its largest (a smaller one gave back, at a
   * frame's free, the top a load's frees left in the heap: the next frame
   * faulted it in again). Once per process: they hold for every window. */
  {
    static gsize heap_kept;

    if (size <= FRAME_MMAP_THRESHOLD && size > heap_kept)
      {
        guint8 *image, *node;

        mallopt (M_MMAP_THRESHOLD, FRAME_MMAP_THRESHOLD);
        mallopt (M_TRIM_THRESHOLD, 2 * FRAME_MMAP_THRESHOLD);
        /* Touched now, so frames find them in the heap's resident top. */
        image = g_malloc (size);
        node = g_malloc (size);
        memset (image, 0, size);
        memset (node, 0, size);
        g_free (node);
        g_free (image);
        heap_kept = size;
      }
  }
#endif

  /* The pool is sized by its first image: a frame's, touched, then
   * given back while the small one stays. */
  xdisplay = gdk_x11_display_get_xdisplay (display);
  root = cairo_xlib_surface_create (xdisplay, DefaultRootWindow (xdisplay), DefaultVisual (xdisplay, DefaultScreen (xdisplay)),
                                    width, height);
  frame = cairo_surface_create_similar_image (root, CAIRO_FORMAT_ARGB32, width, height);
  self->frame_keeper = cairo_surface_create_similar_image (root, CAIRO_FORMAT_ARGB32, 64, 64);
  if (cairo_surface_status (frame) == CAIRO_STATUS_SUCCESS && cairo_image_surface_get_data (frame) != NULL)
    {
      cairo_surface_flush (frame);
      memset (cairo_image_surface_get_data (frame), 0,
              (gsize)cairo_image_surface_get_stride (frame) * cairo_image_surface_get_height (frame));
      cairo_surface_mark_dirty (frame);
    }
  cairo_surface_destroy (frame);
  cairo_surface_destroy (root);
#endif
}

static void
tautan_window_realize (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (tautan_window_parent_class)->realize (widget);

  keep_frame_buffers (TAUTAN_WINDOW (widget));
}

static void
tautan_window_unrealize (GtkWidget *widget)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);

  /* Before the display may go. */
  g_clear_pointer (&self->frame_keeper, cairo_surface_destroy);
  GTK_WIDGET_CLASS (tautan_window_parent_class)->unrealize (widget);
}

/* GtkWindow's "application" is no construct property: it is set after
 * constructed(), and only then are the settings there to restore from. */
static void
application_cb (TautanWindow *self,
                GParamSpec   *pspec,
                gpointer      user_data)
{
  if (get_settings (self) == NULL)
    return;
  g_signal_handlers_disconnect_by_func (self, application_cb, NULL);
  restore_state (self);
}

static void
tautan_window_constructed (GObject *object)
{
  G_OBJECT_CLASS (tautan_window_parent_class)->constructed (object);

  if (get_settings (TAUTAN_WINDOW (object)) != NULL)
    restore_state (TAUTAN_WINDOW (object));
  else
    g_signal_connect (object, "notify::application", G_CALLBACK (application_cb), NULL);
}

static void
tautan_window_dispose (GObject *object)
{
  TautanWindow *self = (TautanWindow *)object;

  /* Work in flight is cancelled; it holds no reference to the window. */
  _tautan_window_load_dispose (self);
  _tautan_window_export_dispose (self);
  if (self->open_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->open_chooser));
  g_clear_object (&self->open_chooser);
  if (self->save_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->save_chooser));
  g_clear_object (&self->save_chooser);
  if (self->dataset_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->dataset_chooser));
  g_clear_object (&self->dataset_chooser);
  g_clear_object (&self->workspace_after_file);
  if (self->articles_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->articles_chooser));
  g_clear_object (&self->articles_chooser);

  if (self->session_bindings != NULL)
    g_binding_group_set_source (self->session_bindings, NULL);
  if (self->session_signals != NULL)
    g_signal_group_set_target (self->session_signals, NULL);
  g_clear_object (&self->session_bindings);
  g_clear_object (&self->session_signals);

  if (self->explorer_toast_children != NULL)
    g_signal_handlers_disconnect_by_data (self->explorer_toast_children, self);
  g_clear_object (&self->explorer_toast_children);
  gtk_widget_dispose_template (GTK_WIDGET (self), TAUTAN_TYPE_WINDOW);
  if (self->search_typed != NULL)
    g_string_free (g_steal_pointer (&self->search_typed), TRUE);
  g_clear_object (&self->autosave);
  g_clear_object (&self->session);
  g_clear_pointer (&self->previous_page, g_free);

  G_OBJECT_CLASS (tautan_window_parent_class)->dispose (object);
}

static void
tautan_window_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  TautanWindow *self = TAUTAN_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_DATASET:
      g_value_set_object (value, tautan_window_get_dataset (self));
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, tautan_window_get_loading (self));
      break;
    case PROP_PROGRESS:
      g_value_set_double (value, self->progress);
      break;
    case PROP_EXPORTING:
      g_value_set_boolean (value, _tautan_window_get_exporting (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Ctrl+Shift+F opens the analysis popover: filters, changes, ranks, ego network, paths. */
static gboolean
show_analysis_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   data)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);

  if (!gtk_widget_get_visible (self->analysis_button))
    return FALSE;
  gtk_menu_button_popup (GTK_MENU_BUTTON (self->analysis_button));
  return TRUE;
}

static void
tautan_window_class_init (TautanWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tautan_window_dispose;
  object_class->constructed = tautan_window_constructed;
  object_class->get_property = tautan_window_get_property;
  widget_class->realize = tautan_window_realize;
  widget_class->unrealize = tautan_window_unrealize;
  GTK_WINDOW_CLASS (klass)->close_request = tautan_window_close_request;
  GTK_WINDOW_CLASS (klass)->activate_focus = tautan_window_activate_focus;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, TAUTAN_TYPE_SESSION,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, TAUTAN_TYPE_DATASET,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_PROGRESS] =
    g_param_spec_double ("progress", NULL, NULL, 0, 1, 0,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_EXPORTING] =
    g_param_spec_boolean ("exporting", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/tautan-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, explorer_toasts);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, loading_page);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, paned);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, graph_view);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, timeline);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, side_panel);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, legend);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, view_list);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, presentation);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, search_results);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, mode_box);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, cumulative_button);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, panel_button);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, events_button);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, events_table);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, legend_button);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, analysis_button);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, analysis_panel);
  /* No field: it follows the session alone; bound for the tests. */
  gtk_widget_class_bind_template_child_full (widget_class, "analysis_status", FALSE, 0);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, edit_status);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, analysis_status_revealer);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, edit_spinner);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, edit_label);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_F, GDK_CONTROL_MASK | GDK_SHIFT_MASK, show_analysis_cb, NULL);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, recent_menu);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, views_button);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, export_button);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, autosave_bar);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, autosave_bar_label);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, autosave_bar_save);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_stop_cb);
  gtk_widget_class_bind_template_callback (widget_class, presenting_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, autosave_bar_response_cb);

  g_type_ensure (TAUTAN_TYPE_GRAPH_VIEW);
  g_type_ensure (TAUTAN_TYPE_TIMELINE);
  g_type_ensure (TAUTAN_TYPE_SIDE_PANEL);
  g_type_ensure (TAUTAN_TYPE_EVENTS_TABLE);
  g_type_ensure (TAUTAN_TYPE_LEGEND);
  g_type_ensure (TAUTAN_TYPE_ANALYSIS_PANEL);
  g_type_ensure (TAUTAN_TYPE_ANALYSIS_STATUS);
  g_type_ensure (TAUTAN_TYPE_VIEW_LIST);
  g_type_ensure (TAUTAN_TYPE_PRESENTATION);
  g_type_ensure (TAUTAN_TYPE_SEARCH_RESULTS);

  _tautan_window_class_actions_init (klass);
}

static void
tautan_window_init (TautanWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->autosave = tautan_autosave_new ();
  g_signal_connect_object (self->autosave, "notify::error", G_CALLBACK (autosave_error_cb), self,
                           G_CONNECT_SWAPPED);
  self->exports = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  g_signal_connect_object (self->analysis_panel, "notify::ego-events", G_CALLBACK (ego_events_cb), self,
                           G_CONNECT_SWAPPED);
  {
    GtkEventController *keys = gtk_event_controller_key_new ();

    gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
    g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (search_key_cb), self);
    gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);
  }
  self->search_typed = g_string_new (NULL);
  {
    GtkEventController *keys = gtk_event_controller_key_new ();

    gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
    g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (window_key_cb), self);
    gtk_widget_add_controller (GTK_WIDGET (self), keys);
  }
  g_signal_connect_object (self->search_entry, "map", G_CALLBACK (search_entry_map_cb), self, G_CONNECT_SWAPPED);
  self->explorer_toast_children = gtk_widget_observe_children (GTK_WIDGET (self->explorer_toasts));
  g_signal_connect_swapped (self->explorer_toast_children, "items-changed",
                            G_CALLBACK (explorer_toasts_changed_cb), self);

  /* The timeline and the mode buttons edit the session's span both ways. */
  self->session_bindings = g_binding_group_new ();
  g_binding_group_bind (self->session_bindings, "span", self->timeline, "selection",
                        G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_binding_group_bind (self->session_bindings, "cumulative", self->timeline, "cumulative",
                        G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_binding_group_bind (self->session_bindings, "cumulative", self->cumulative_button, "active",
                        G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  self->session_signals = g_signal_group_new (TAUTAN_TYPE_SESSION);
  g_signal_group_connect_swapped (self->session_signals, "notify::modified", G_CALLBACK (session_state_changed_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::hidden-kinds",
                                  G_CALLBACK (session_filters_changed_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::hidden-types",
                                  G_CALLBACK (session_filters_changed_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::filter",
                                  G_CALLBACK (session_filters_changed_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::file", G_CALLBACK (session_state_changed_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::can-undo", G_CALLBACK (session_state_changed_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::can-redo", G_CALLBACK (session_state_changed_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::dataset-modified", G_CALLBACK (session_state_changed_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::selection", G_CALLBACK (session_state_changed_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::dataset", G_CALLBACK (session_dataset_cb), self);

  _tautan_window_load_init (self);
  _tautan_window_actions_init (self);
  _tautan_window_update_actions (self);
}

TautanWindow *
tautan_window_new (AdwApplication *application)
{
  return g_object_new (TAUTAN_TYPE_WINDOW, "application", application, NULL);
}

/**
 * tautan_window_get_session:
 *
 * Returns: (transfer none) (nullable): the analysis shown
 */
TautanSession *
tautan_window_get_session (TautanWindow *self)
{
  g_return_val_if_fail (TAUTAN_IS_WINDOW (self), NULL);
  return self->session;
}

/**
 * tautan_window_get_dataset:
 *
 * Returns: (transfer none) (nullable): the dataset shown
 */
TautanDataset *
tautan_window_get_dataset (TautanWindow *self)
{
  g_return_val_if_fail (TAUTAN_IS_WINDOW (self), NULL);
  return self->session ? tautan_session_get_dataset (self->session) : NULL;
}

gboolean
tautan_window_get_loading (TautanWindow *self)
{
  g_return_val_if_fail (TAUTAN_IS_WINDOW (self), FALSE);
  return self->load_cancellable != NULL;
}

gboolean
tautan_window_get_modified (TautanWindow *self)
{
  g_return_val_if_fail (TAUTAN_IS_WINDOW (self), FALSE);
  return self->session != NULL && tautan_session_get_modified (self->session);
}

int
tautan_window_get_slide (TautanWindow *self)
{
  g_return_val_if_fail (TAUTAN_IS_WINDOW (self), -1);
  return tautan_presentation_get_slide (self->presentation);
}

/**
 * tautan_window_save_workspace:
 *
 * Saves the session (positions, filters, views) to @file.
 *
 * Returns: %TRUE on success; on failure the user was told why
 */
gboolean
tautan_window_save_workspace (TautanWindow *self,
                              GFile        *file)
{
  g_return_val_if_fail (TAUTAN_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (self->session != NULL, FALSE);

  return _tautan_window_save (self, file);
}
