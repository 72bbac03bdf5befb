/* tautan-window.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-window"

#include "config.h"

#include <glib/gi18n.h>

#include "tautan/tautan-application.h"
#include "tautan/tautan-diagnostic.h"
#include "tautan/tautan-graph-view.h"
#include "tautan/tautan-side-panel.h"
#include "tautan/tautan-source-window.h"
#include "tautan/tautan-timeline.h"
#include "tautan/tautan-window.h"

/* How many problems the error dialog lists before "… and N more". */
#define MAX_DIALOG_DIAGNOSTICS 200

struct _TautanWindow
{
  AdwApplicationWindow  parent_instance;

  AdwWindowTitle       *window_title;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  AdwStatusPage        *loading_page;
  GtkProgressBar       *progress_bar;
  GtkPaned             *paned;
  TautanGraphView      *graph_view;
  TautanTimeline       *timeline;
  TautanSidePanel      *side_panel;
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  GtkToggleButton      *search_button;
  GtkWidget            *mode_box;
  GtkToggleButton      *cumulative_button;
  GtkToggleButton      *panel_button;
  GtkWidget            *legend_button;
  GtkBox               *legend_box;
  GMenu                *recent_menu;

  TautanDataset        *dataset;
  GCancellable         *load_cancellable;
  GtkFileChooserNative   *chooser;
  char                 *previous_page;
  double                progress;
  guint                 progress_source;
};

G_DEFINE_FINAL_TYPE (TautanWindow, tautan_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DATASET,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *kind_glyphs[TAUTAN_N_ENTITY_KINDS] = { "●", "■", "◆", "▲", "◆", "⬢", "⬢" };

static void
kind_toggled_cb (GtkCheckButton *button,
                 TautanWindow   *self)
{
  guint kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "kind"));
  guint32 hidden = tautan_graph_view_get_hidden_kinds (self->graph_view);

  if (gtk_check_button_get_active (button))
    hidden &= ~(1u << kind);
  else
    hidden |= 1u << kind;
  tautan_graph_view_set_hidden_kinds (self->graph_view, hidden);
}

static void
type_toggled_cb (GtkCheckButton *button,
                 TautanWindow   *self)
{
  guint type = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "type"));
  guint64 hidden = tautan_graph_view_get_hidden_types (self->graph_view);

  if (gtk_check_button_get_active (button))
    hidden &= ~(G_GUINT64_CONSTANT (1) << type);
  else
    hidden |= G_GUINT64_CONSTANT (1) << type;
  tautan_graph_view_set_hidden_types (self->graph_view, hidden);
}

static GtkWidget *
legend_heading (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_start (label, 6);
  return label;
}

static GtkWidget *
legend_check (const char *markup)
{
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_check_button_set_child (GTK_CHECK_BUTTON (check), label);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  return check;
}

/* The legend doubles as the filter: untick a kind or type to hide it. */
static void
build_legend (TautanWindow *self)
{
  TautanTaxonomy *taxonomy = tautan_dataset_get_taxonomy (self->dataset);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->legend_box))))
    gtk_box_remove (self->legend_box, child);

  gtk_box_append (self->legend_box, legend_heading (_("Actors")));
  for (guint k = 0; k < TAUTAN_N_ENTITY_KINDS; k++)
    {
      g_autofree char *markup = g_strdup_printf ("%s  %s", kind_glyphs[k], tautan_entity_kind_label (k));
      GtkWidget *check = legend_check (markup);

      g_object_set_data (G_OBJECT (check), "kind", GUINT_TO_POINTER (k));
      g_signal_connect_object (check, "toggled", G_CALLBACK (kind_toggled_cb), self, 0);
      gtk_box_append (self->legend_box, check);
    }

  for (guint q = 0; q < TAUTAN_N_QUAD_CLASSES; q++)
    {
      const TautanQuadClassInfo *info = tautan_taxonomy_get_quad_class (taxonomy, q);
      g_autofree char *heading = g_strdup_printf ("%s", info->label);

      gtk_box_append (self->legend_box, legend_heading (heading));
      for (guint t = 0; t < MIN (tautan_taxonomy_get_n_types (taxonomy), 64); t++)
        {
          const TautanEventType *type = tautan_taxonomy_get_event_type (taxonomy, t);
          g_autofree char *label = NULL;
          g_autofree char *markup = NULL;
          GtkWidget *check;

          if (type->quad_class != q)
            continue;
          label = g_markup_escape_text (type->label, -1);
          markup = g_strdup_printf ("<span foreground=\"#%06X\">━━</span>  %s", type->color, label);
          check = legend_check (markup);
          g_object_set_data (G_OBJECT (check), "type", GUINT_TO_POINTER (t));
          g_signal_connect_object (check, "toggled", G_CALLBACK (type_toggled_cb), self, 0);
          gtk_box_append (self->legend_box, check);
        }
    }
}

static void
show_dataset (TautanWindow *self)
{
  TautanDataset *ds = self->dataset;
  const char *title = tautan_dataset_get_title (ds);
  GFile *file = tautan_dataset_get_file (ds);
  g_autofree char *basename = file ? g_file_get_basename (file) : g_strdup (_("Untitled"));

  adw_window_title_set_title (self->window_title, title ? title : basename);
  adw_window_title_set_subtitle (self->window_title,
                                 tautan_dataset_get_read_only (ds) ? _("Bundled dataset (read-only)") : basename);
  gtk_window_set_title (GTK_WINDOW (self), title ? title : basename);

  gtk_widget_set_visible (self->mode_box, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->search_button), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->panel_button), TRUE);
  gtk_widget_set_visible (self->legend_button, TRUE);
  gtk_toggle_button_set_active (self->cumulative_button, FALSE);

  tautan_graph_view_set_dataset (self->graph_view, ds);
  tautan_timeline_set_dataset (self->timeline, ds);
  tautan_side_panel_set_slice (self->side_panel, tautan_graph_view_get_slice (self->graph_view));
  tautan_side_panel_show_summary (self->side_panel);
  build_legend (self);

  gtk_stack_set_visible_child_name (self->stack, "explorer");
  gtk_widget_grab_focus (GTK_WIDGET (self->graph_view));
}

/* The timeline owns the window; the graph and the panel follow it. */
static void
window_changed_cb (TautanWindow *self)
{
  TautanTimeSpan span;
  gboolean cumulative;
  guint source, target, entity;

  if (self->dataset == NULL || tautan_timeline_get_dataset (self->timeline) != self->dataset)
    return;

  span = tautan_timeline_get_selection (self->timeline);
  cumulative = tautan_timeline_get_cumulative (self->timeline);
  tautan_graph_view_set_span (self->graph_view, &span, cumulative);
  gtk_toggle_button_set_active (self->cumulative_button, cumulative);

  tautan_side_panel_set_slice (self->side_panel, tautan_graph_view_get_slice (self->graph_view));
  entity = tautan_graph_view_get_selected_entity (self->graph_view);
  if (entity != TAUTAN_NONE)
    tautan_side_panel_show_entity (self->side_panel, entity);
  else if (tautan_graph_view_get_selected_edge (self->graph_view, &source, &target))
    tautan_side_panel_show_edge (self->side_panel, source, target);
  else
    tautan_side_panel_show_summary (self->side_panel);
}

static void
cumulative_toggled_cb (TautanWindow *self)
{
  tautan_timeline_set_cumulative (self->timeline, gtk_toggle_button_get_active (self->cumulative_button));
}

static void
selection_changed_cb (TautanWindow *self)
{
  guint entity = tautan_graph_view_get_selected_entity (self->graph_view);
  guint source, target;

  if (entity != TAUTAN_NONE)
    tautan_side_panel_show_entity (self->side_panel, entity);
  else if (tautan_graph_view_get_selected_edge (self->graph_view, &source, &target))
    tautan_side_panel_show_edge (self->side_panel, source, target);
  else
    tautan_side_panel_show_summary (self->side_panel);
}

/* Name or alias, case-insensitively: first a prefix match, then anywhere. */
static guint
find_entity (TautanDataset *ds,
             const char    *query)
{
  g_autofree char *needle = g_utf8_casefold (query, -1);
  guint anywhere = TAUTAN_NONE;

  if (*needle == '\0')
    return TAUTAN_NONE;

  for (guint i = 0; i < tautan_dataset_get_n_entities (ds); i++)
    {
      TautanEntity e;

      tautan_dataset_get_entity (ds, i, &e);
      for (int k = -1; k < (int)e.n_aliases; k++)
        {
          const char *name = k < 0 ? e.name : tautan_dataset_get_string (ds, e.aliases[k]);
          g_autofree char *hay = g_utf8_casefold (name, -1);
          const char *at = strstr (hay, needle);

          if (at == hay)
            return i;
          if (at != NULL && anywhere == TAUTAN_NONE)
            anywhere = i;
        }
    }
  return anywhere;
}

static void
search_changed_cb (TautanWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  guint entity;

  if (self->dataset == NULL)
    return;

  entity = find_entity (self->dataset, text);
  if (entity == TAUTAN_NONE)
    {
      if (*text != '\0')
        gtk_widget_add_css_class (GTK_WIDGET (self->search_entry), "error");
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->search_entry), "error");
  tautan_graph_view_select_entity (self->graph_view, entity);
  tautan_graph_view_center_on (self->graph_view, entity);
}

static void
search_activate_cb (TautanWindow *self)
{
  search_changed_cb (self);
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->graph_view));
}

static void
search_stop_cb (TautanWindow *self)
{
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->graph_view));
}

static void
set_dataset (TautanWindow  *self,
             TautanDataset *dataset)
{
  if (!g_set_object (&self->dataset, dataset))
    return;

  show_dataset (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
}

static void
set_loading (TautanWindow *self,
             const char   *name)
{
  gboolean loading = name != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-load", loading);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open", !loading);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-bundled", !loading);

  if (loading)
    {
      g_autofree char *title = g_strdup_printf (_("Opening “%s”…"), name);

      g_free (self->previous_page);
      self->previous_page = g_strdup (gtk_stack_get_visible_child_name (self->stack));
      adw_status_page_set_title (self->loading_page, title);
      gtk_progress_bar_set_fraction (self->progress_bar, 0);
      gtk_stack_set_visible_child_name (self->stack, "loading");
    }
  else if (self->previous_page != NULL &&
           g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "loading") == 0)
    gtk_stack_set_visible_child_name (self->stack, self->dataset ? "explorer" : "empty");

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
show_problems (TautanWindow *self,
               GFile        *file,
               GPtrArray    *diagnostics,
               const GError *error)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *heading = g_strdup_printf (_("Could Not Open “%s”"), name);
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, NULL));

  if (diagnostics != NULL && diagnostics->len > 0)
    {
      g_autofree char *text = tautan_diagnostics_format (diagnostics, MAX_DIALOG_DIAGNOSTICS);
      GtkWidget *scroller = gtk_scrolled_window_new ();
      GtkWidget *label = gtk_label_new (text);

      adw_message_dialog_format_body (dialog,
                                      g_dngettext (NULL, "The file has %u problem. Nothing was loaded; "
                                                   "fix it and open the file again.",
                                                   "The file has %u problems. Nothing was loaded; "
                                                   "fix them and open the file again.", diagnostics->len),
                                      diagnostics->len);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_yalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "diagnostics");
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), label);
      gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 80);
      gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 320);
      gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
      adw_message_dialog_set_extra_child (dialog, scroller);
    }
  else
    adw_message_dialog_set_body (dialog, error ? error->message : _("Unknown error"));

  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_set_default_size (GTK_WINDOW (dialog), 640, -1);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
update_progress_cb (gpointer user_data)
{
  TautanWindow *self = user_data;

  gtk_progress_bar_set_fraction (self->progress_bar, self->progress);
  self->progress_source = 0;
  return G_SOURCE_REMOVE;
}

typedef struct
{
  GWeakRef window;
  double   fraction;
} Progress;

static gboolean
progress_idle_cb (gpointer data)
{
  Progress *p = data;
  g_autoptr(TautanWindow) self = g_weak_ref_get (&p->window);

  if (self != NULL && self->progress_source == 0)
    {
      self->progress = p->fraction;
      self->progress_source = g_idle_add (update_progress_cb, self);
    }
  return G_SOURCE_REMOVE;
}

static void
progress_free (gpointer data)
{
  Progress *p = data;

  g_weak_ref_clear (&p->window);
  g_free (p);
}

/* Called on the loader's thread: hop to the main context. */
static void
load_progress_cb (double   fraction,
                  gpointer user_data)
{
  Progress *p = g_new0 (Progress, 1);

  g_weak_ref_init (&p->window, user_data);
  p->fraction = fraction;
  g_main_context_invoke_full (NULL, G_PRIORITY_DEFAULT, progress_idle_cb, p, progress_free);
}

typedef struct
{
  TautanWindow *self;
  GFile        *file;
} OpenData;

static void
open_data_free (OpenData *od)
{
  g_clear_object (&od->self);
  g_clear_object (&od->file);
  g_free (od);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OpenData, open_data_free)

static void
load_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(OpenData) od = user_data;
  TautanWindow *self = od->self;
  GFile *file = od->file;
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanDataset) dataset = NULL;

  dataset = tautan_dataset_load_finish (result, &diagnostics, &error);
  g_clear_object (&self->load_cancellable);
  g_clear_handle_id (&self->progress_source, g_source_remove);
  set_loading (self, NULL);

  if (dataset == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Opening cancelled")));
      else
        show_problems (self, file, diagnostics, error);
      return;
    }

  {
    g_autofree char *uri = g_file_get_uri (file);
    gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
  }

  set_dataset (self, dataset);
}

/**
 * tautan_window_open:
 *
 * Loads @file on a worker thread, with progress; the window stays
 * responsive and the load can be cancelled.
 */
void
tautan_window_open (TautanWindow *self,
                    GFile        *file)
{
  g_autofree char *name = NULL;
  OpenData *od;

  g_return_if_fail (TAUTAN_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->load_cancellable != NULL)
    g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_cancellable = g_cancellable_new ();

  name = g_file_get_basename (file);
  set_loading (self, name);

  od = g_new0 (OpenData, 1);
  od->self = g_object_ref (self);
  od->file = g_object_ref (file);
  tautan_dataset_load_async (file, TRUE, self->load_cancellable,
                             load_progress_cb, self, NULL,
                             load_done_cb, od);
}

void
tautan_window_open_bundled (TautanWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanDataset) dataset = NULL;

  g_return_if_fail (TAUTAN_IS_WINDOW (self));

  /* The bundled dataset is small and in memory: no thread needed. */
  dataset = tautan_dataset_load_resource (TAUTAN_BUNDLED_DATASET, &error);
  if (dataset == NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_uri ("resource://" TAUTAN_BUNDLED_DATASET);
      show_problems (self, file, NULL, error);
      return;
    }

  set_dataset (self, dataset);
}

TautanDataset *
tautan_window_get_dataset (TautanWindow *self)
{
  g_return_val_if_fail (TAUTAN_IS_WINDOW (self), NULL);
  return self->dataset;
}

gboolean
tautan_window_get_loading (TautanWindow *self)
{
  g_return_val_if_fail (TAUTAN_IS_WINDOW (self), FALSE);
  return self->load_cancellable != NULL;
}

static gboolean
drop_cb (TautanWindow  *self,
         const GValue  *value,
         double         x,
         double         y)
{
  if (G_VALUE_HOLDS (value, G_TYPE_FILE))
    {
      tautan_window_open (self, g_value_get_object (value));
      return TRUE;
    }
  return FALSE;
}

static void
chooser_response_cb (TautanWindow       *self,
                     int                 response,
                     GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        tautan_window_open (self, file);
    }
  g_clear_object (&self->chooser);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);
  g_autoptr(GtkFileFilter) json = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  if (self->chooser != NULL)
    return;

  gtk_file_filter_set_name (json, _("Tautan datasets (JSON)"));
  gtk_file_filter_add_mime_type (json, "application/json");
  gtk_file_filter_add_pattern (json, "*.json");
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");

  self->chooser = gtk_file_chooser_native_new (_("Open Dataset"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), json);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
open_bundled_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  tautan_window_open_bundled (TAUTAN_WINDOW (widget));
}

static void
cancel_load_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);

  if (self->load_cancellable != NULL)
    g_cancellable_cancel (self->load_cancellable);
}

static void
select_entity_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);
  guint entity = g_variant_get_uint32 (param);

  if (self->dataset == NULL || entity >= tautan_dataset_get_n_entities (self->dataset))
    return;
  tautan_graph_view_select_entity (self->graph_view, entity);
  tautan_graph_view_center_on (self->graph_view, entity);
}

static void
show_source_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);
  guint quote = g_variant_get_uint32 (param);

  if (self->dataset == NULL || quote >= tautan_dataset_get_n_quotes (self->dataset))
    return;
  gtk_window_present (GTK_WINDOW (tautan_source_window_new (GTK_WINDOW (self), self->dataset, quote)));
}

static void
copy_citation_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);
  guint quote = g_variant_get_uint32 (param);
  g_autofree char *citation = NULL;

  if (self->dataset == NULL || quote >= tautan_dataset_get_n_quotes (self->dataset))
    return;
  citation = tautan_dataset_format_citation (self->dataset, quote);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), citation);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Quote copied with its citation")));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);

  if (self->dataset == NULL)
    return;
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
toggle_panel_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  TautanWindow *self = TAUTAN_WINDOW (widget);

  gtk_toggle_button_set_active (self->panel_button, !gtk_toggle_button_get_active (self->panel_button));
}

#define MAX_RECENT 8

static int
compare_recent (gconstpointer a,
                gconstpointer b)
{
  GDateTime *x = gtk_recent_info_get_modified ((GtkRecentInfo *)a);
  GDateTime *y = gtk_recent_info_get_modified ((GtkRecentInfo *)b);

  return -g_date_time_compare (x, y);
}

/* Datasets this app opened, newest first, that still exist. */
static void
update_recent_menu (TautanWindow *self)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  guint n = 0;

  g_menu_remove_all (self->recent_menu);
  items = g_list_sort (items, compare_recent);
  for (GList *l = items; l != NULL && n < MAX_RECENT; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      g_autofree char *label = NULL;
      g_autoptr(GMenuItem) item = NULL;

      if (!gtk_recent_info_has_application (info, g_get_prgname ()) ||
          !g_str_has_suffix (gtk_recent_info_get_uri (info), ".json") ||
          (gtk_recent_info_is_local (info) && !gtk_recent_info_exists (info)))
        continue;

      label = g_strdup (gtk_recent_info_get_display_name (info));
      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target (item, "win.open-recent", "s", gtk_recent_info_get_uri (info));
      g_menu_append_item (self->recent_menu, item);
      n++;
    }
  g_list_free_full (items, (GDestroyNotify)gtk_recent_info_unref);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-recent", n > 0);
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (param, NULL));

  tautan_window_open (TAUTAN_WINDOW (widget), file);
}

static GSettings *
get_settings (TautanWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return TAUTAN_IS_APPLICATION (app) ? tautan_application_get_settings (TAUTAN_APPLICATION (app)) : NULL;
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
  gtk_paned_set_position (self->paned,
                          MAX (320, g_settings_get_int (settings, "window-width") -
                                    g_settings_get_int (settings, "panel-width")));
}

static gboolean
tautan_window_close_request (GtkWindow *window)
{
  TautanWindow *self = TAUTAN_WINDOW (window);
  GSettings *settings = get_settings (self);

  if (settings != NULL)
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_int (settings, "window-width", width);
      g_settings_set_int (settings, "window-height", height);
      g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (window));
      g_settings_set_boolean (settings, "panel-visible", gtk_toggle_button_get_active (self->panel_button));
      if (gtk_widget_get_width (GTK_WIDGET (self->paned)) > 0 && gtk_widget_get_visible (GTK_WIDGET (self->side_panel)))
        g_settings_set_int (settings, "panel-width",
                            gtk_widget_get_width (GTK_WIDGET (self->paned)) - gtk_paned_get_position (self->paned));
    }

  return GTK_WINDOW_CLASS (tautan_window_parent_class)->close_request (window);
}

static void
tautan_window_constructed (GObject *object)
{
  G_OBJECT_CLASS (tautan_window_parent_class)->constructed (object);

  restore_state (TAUTAN_WINDOW (object));
}

static void
tautan_window_dispose (GObject *object)
{
  TautanWindow *self = (TautanWindow *)object;

  if (self->load_cancellable != NULL)
    g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  g_clear_handle_id (&self->progress_source, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->dataset);
  g_clear_pointer (&self->previous_page, g_free);

  gtk_widget_dispose_template (GTK_WIDGET (self), TAUTAN_TYPE_WINDOW);

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
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, tautan_window_get_loading (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tautan_window_class_init (TautanWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tautan_window_dispose;
  object_class->constructed = tautan_window_constructed;
  object_class->get_property = tautan_window_get_property;
  GTK_WINDOW_CLASS (klass)->close_request = tautan_window_close_request;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, TAUTAN_TYPE_DATASET,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/tautan-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, loading_page);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, paned);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, graph_view);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, timeline);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, side_panel);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, mode_box);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, cumulative_button);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, panel_button);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, legend_button);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, legend_box);
  gtk_widget_class_bind_template_child (widget_class, TautanWindow, recent_menu);
  gtk_widget_class_bind_template_callback (widget_class, window_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, cumulative_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, selection_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_stop_cb);

  g_type_ensure (TAUTAN_TYPE_GRAPH_VIEW);
  g_type_ensure (TAUTAN_TYPE_TIMELINE);
  g_type_ensure (TAUTAN_TYPE_SIDE_PANEL);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-bundled", NULL, open_bundled_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-load", NULL, cancel_load_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.cancel-load", NULL);

  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "explorer.select-entity", "u", select_entity_action);
  gtk_widget_class_install_action (widget_class, "explorer.show-source", "u", show_source_action);
  gtk_widget_class_install_action (widget_class, "explorer.copy-citation", "u", copy_citation_action);
  gtk_widget_class_install_action (widget_class, "explorer.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "explorer.toggle-panel", NULL, toggle_panel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "explorer.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "explorer.toggle-panel", NULL);
}

static void
tautan_window_init (TautanWindow *self)
{
  GtkDropTarget *target;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));

  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (update_recent_menu), self, G_CONNECT_SWAPPED);
  update_recent_menu (self);

  target = gtk_drop_target_new (G_TYPE_FILE, GDK_ACTION_COPY);
  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-load", FALSE);
}

TautanWindow *
tautan_window_new (AdwApplication *application)
{
  return g_object_new (TAUTAN_TYPE_WINDOW, "application", application, NULL);
}
