/* tautan-analysis-panel-filters.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Owns the analysis popover's Filters page: the session's filter as
 * chips that each take one condition off, Clear Filters, state media and
 * minimum weight, and for every criterion with values (outlet, language,
 * relaying agency, status, attribution, event type, actor kind) a
 * searchable list of the values the dataset has, each with its number
 * of events, ticked when the filter holds it. A list view, so a GDELT
 * day's thousands of outlets cost the rows on screen only.
 */

#define G_LOG_DOMAIN "tautan-analysis-panel"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "tautan/tautan-count.h"

#include "tautan-analysis-panel-private.h"
#include "render/tautan-render-filter-private.h"

/* More values than this in one criterion make one chip, not one each. */
#define MAX_VALUE_CHIPS 3

/* What a chip takes off: a criterion's one value ("value" set), a whole
 * criterion, state media or the minimum weight. */
#define CHIP_STATE_MEDIA TAUTAN_N_FILTER_FIELDS
#define CHIP_MIN_WEIGHT  (TAUTAN_N_FILTER_FIELDS + 1)

/* The criteria of the drop-down, in its order. */
static const TautanFilterField list_fields[] = {
  TAUTAN_FILTER_OUTLET, TAUTAN_FILTER_LANGUAGE, TAUTAN_FILTER_AGENCY, TAUTAN_FILTER_STATUS,
  TAUTAN_FILTER_ATTRIBUTION, TAUTAN_FILTER_EVENT_TYPE, TAUTAN_FILTER_ENTITY_KIND,
};

static const char *
field_title (TautanFilterField field)
{
  switch (field)
    {
    case TAUTAN_FILTER_OUTLET: return _("Outlet");
    case TAUTAN_FILTER_LANGUAGE: return _("Language");
    case TAUTAN_FILTER_AGENCY: return _("Relaying agency");
    case TAUTAN_FILTER_STATUS: return _("Status");
    case TAUTAN_FILTER_ATTRIBUTION: return _("Attribution");
    case TAUTAN_FILTER_EVENT_TYPE: return _("Event type");
    case TAUTAN_FILTER_ENTITY_KIND: return _("Actor kind");
    case TAUTAN_N_FILTER_FIELDS:
    default: return "";
    }
}

/* A value as people read it, as exports and briefings word it. */
static const char *
value_label (TautanAnalysisPanel *self,
             TautanFilterField    field,
             const char          *value)
{
  TautanDataset *dataset = self->session ? tautan_session_get_dataset (self->session) : NULL;

  return _tautan_render_filter_value_label (dataset, field, value);
}

static void
set_filter (TautanAnalysisPanel *self,
            TautanFilter        *filter)
{
  if (self->session != NULL && !self->syncing)
    tautan_session_set_filter (self->session, filter);
}

/* @values without @value, or with it. */
static TautanFilter *
filter_toggling (TautanFilter      *filter,
                 TautanFilterField  field,
                 const char        *value,
                 gboolean           on)
{
  const char * const *values = tautan_filter_get_values (filter, field);
  g_autoptr(GPtrArray) next = g_ptr_array_new ();

  for (guint i = 0; values != NULL && values[i]; i++)
    if (!g_str_equal (values[i], value))
      g_ptr_array_add (next, (gpointer)values[i]);
  if (on)
    g_ptr_array_add (next, (gpointer)value);
  g_ptr_array_add (next, NULL);
  return tautan_filter_with_values (filter, field, (const char * const *)next->pdata);
}

static void
chip_clicked_cb (GtkButton           *button,
                 TautanAnalysisPanel *self)
{
  guint which = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "criterion"));
  const char *value = g_object_get_data (G_OBJECT (button), "value");
  TautanFilter *filter = tautan_session_get_filter (self->session);
  g_autoptr(TautanFilter) next = NULL;

  if (which == CHIP_STATE_MEDIA)
    next = tautan_filter_with_state_media (filter, TAUTAN_STATE_MEDIA_ANY);
  else if (which == CHIP_MIN_WEIGHT)
    next = tautan_filter_with_min_weight (filter, 0);
  else if (value != NULL)
    next = filter_toggling (filter, which, value, FALSE);
  else
    next = tautan_filter_with_values (filter, which, NULL);
  set_filter (self, next);
}

static void
add_chip (TautanAnalysisPanel *self,
          guint                criterion,
          const char          *value,
          const char          *text)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *label = gtk_label_new (text);
  g_autofree char *tip = NULL;

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name ("window-close-symbolic"));
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_add_css_class (button, "small");
  /* TRANSLATORS: tooltip of a filter chip; %s is the filter, as “Status: claimed” */
  tip = g_strdup_printf (_("Remove the filter “%s”"), text);
  gtk_widget_set_tooltip_text (button, tip);
  g_object_set_data (G_OBJECT (button), "criterion", GUINT_TO_POINTER (criterion));
  g_object_set_data_full (G_OBJECT (button), "value", g_strdup (value), g_free);
  g_signal_connect (button, "clicked", G_CALLBACK (chip_clicked_cb), self);
  gtk_flow_box_append (self->chips, button);
}

static void
add_field_chips (TautanAnalysisPanel *self,
                 TautanFilterField    field,
                 const char * const  *values)
{
  guint n = g_strv_length ((char **)values);

  if (n <= MAX_VALUE_CHIPS)
    {
      for (guint i = 0; i < n; i++)
        {
          /* TRANSLATORS: a filter chip: “Status: Claimed” */
          g_autofree char *text = g_strdup_printf (_("%s: %s"), field_title (field),
                                                   value_label (self, field, values[i]));
          add_chip (self, field, values[i], text);
        }
    }
  else
    {
      /* TRANSLATORS: a filter chip for many values of one criterion: “Outlet: any of 12” */
      g_autofree char *text = g_strdup_printf (_("%s: any of %s"), field_title (field), tautan_count_format (n));
      add_chip (self, field, NULL, text);
    }
}

static void
sync_checks (TautanAnalysisPanel *self)
{
  TautanFilter *filter = self->session ? tautan_session_get_filter (self->session) : NULL;
  const char * const *values = filter ? tautan_filter_get_values (filter, self->value_field) : NULL;
  GHashTableIter iter;
  gpointer check;

  self->syncing = TRUE;
  g_hash_table_iter_init (&iter, self->value_checks);
  while (g_hash_table_iter_next (&iter, &check, NULL))
    {
      const char *value = g_object_get_data (check, "value");

      gtk_check_button_set_active (check, value != NULL && values != NULL &&
                                   g_strv_contains (values, value));
    }
  self->syncing = FALSE;
}

/* The chips and controls follow the session's filter. */
void
_tautan_analysis_panel_filters_sync (TautanAnalysisPanel *self)
{
  TautanFilter *filter;

  /* gtk_flow_box_remove_all is GTK 4.12. */
  for (GtkWidget *chip; (chip = gtk_widget_get_first_child (GTK_WIDGET (self->chips))) != NULL;)
    gtk_flow_box_remove (self->chips, chip);
  if (self->session == NULL)
    return;
  filter = tautan_session_get_filter (self->session);

  for (guint i = 0; i < G_N_ELEMENTS (list_fields); i++)
    {
      const char * const *values = tautan_filter_get_values (filter, list_fields[i]);

      if (values != NULL && values[0] != NULL)
        add_field_chips (self, list_fields[i], values);
    }
  if (tautan_filter_get_state_media (filter) == TAUTAN_STATE_MEDIA_ONLY)
    add_chip (self, CHIP_STATE_MEDIA, NULL, _("State media only"));
  else if (tautan_filter_get_state_media (filter) == TAUTAN_STATE_MEDIA_EXCLUDED)
    add_chip (self, CHIP_STATE_MEDIA, NULL, _("Not only state media"));
  if (tautan_filter_get_min_weight (filter) > 1)
    {
      /* TRANSLATORS: a filter chip: links backed by at least N events */
      g_autofree char *text = g_strdup_printf (_("Weight ≥ %u"), tautan_filter_get_min_weight (filter));
      add_chip (self, CHIP_MIN_WEIGHT, NULL, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->no_filters_label), tautan_filter_is_empty (filter));
  gtk_widget_set_visible (GTK_WIDGET (self->chips), !tautan_filter_is_empty (filter));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "analysis.clear-filters", !tautan_filter_is_empty (filter));

  self->syncing = TRUE;
  gtk_drop_down_set_selected (self->state_media_drop, tautan_filter_get_state_media (filter));
  gtk_spin_button_set_value (self->weight_spin, MAX (tautan_filter_get_min_weight (filter), 1));
  self->syncing = FALSE;
  sync_checks (self);
}

static void
state_media_selected_cb (TautanAnalysisPanel *self)
{
  guint row = gtk_drop_down_get_selected (self->state_media_drop);
  g_autoptr(TautanFilter) next = NULL;

  if (self->syncing || self->session == NULL || row > TAUTAN_STATE_MEDIA_EXCLUDED)
    return;
  next = tautan_filter_with_state_media (tautan_session_get_filter (self->session), row);
  set_filter (self, next);
}

static void
weight_changed_cb (TautanAnalysisPanel *self)
{
  g_autoptr(TautanFilter) next = NULL;

  if (self->syncing || self->session == NULL)
    return;
  next = tautan_filter_with_min_weight (tautan_session_get_filter (self->session),
                                        (guint)gtk_spin_button_get_value_as_int (self->weight_spin));
  set_filter (self, next);
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  TautanAnalysisPanel *self = TAUTAN_ANALYSIS_PANEL (widget);
  g_autoptr(TautanFilter) empty = tautan_filter_new ();

  if (self->session != NULL && !tautan_filter_is_empty (tautan_session_get_filter (self->session)))
    set_filter (self, empty);
}

/* The value list */

static void
check_toggled_cb (GtkCheckButton      *check,
                  TautanAnalysisPanel *self)
{
  const char *value = g_object_get_data (G_OBJECT (check), "value");
  g_autoptr(TautanFilter) next = NULL;

  if (self->syncing || self->session == NULL || value == NULL)
    return;
  next = filter_toggling (tautan_session_get_filter (self->session), self->value_field, value,
                          gtk_check_button_get_active (check));
  set_filter (self, next);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              TautanAnalysisPanel      *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *count = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_check_button_set_child (GTK_CHECK_BUTTON (check), label);
  gtk_widget_set_hexpand (check, TRUE);
  gtk_widget_add_css_class (count, "dim-label");
  gtk_widget_add_css_class (count, "numeric");
  gtk_widget_set_margin_start (box, 4);
  gtk_widget_set_margin_end (count, 8);
  gtk_box_append (GTK_BOX (box), check);
  gtk_box_append (GTK_BOX (box), count);
  g_signal_connect (check, "toggled", G_CALLBACK (check_toggled_cb), self);
  gtk_list_item_set_child (item, box);
  gtk_list_item_set_activatable (item, FALSE);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             TautanAnalysisPanel      *self)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *check = gtk_widget_get_first_child (box);
  GtkWidget *count = gtk_widget_get_last_child (box);
  const char *value = gtk_string_object_get_string (gtk_list_item_get_item (item));
  const TautanFilterChoice *choice = g_hash_table_lookup (self->choices, value);
  const char *label = value_label (self, self->value_field, value);
  const char * const *held;
  g_autofree char *number = g_strdup (tautan_count_format (choice ? choice->n_events : 0));
  /* TRANSLATORS: tooltip of a value in the filter list; %s is an outlet, a language… */
  g_autofree char *tip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                       "Only events with “%s”: %s event",
                                                       "Only events with “%s”: %s events",
                                                       choice ? choice->n_events : 0),
                                          label, tautan_count_format (choice ? choice->n_events : 0));

  g_object_set_data_full (G_OBJECT (check), "value", g_strdup (value), g_free);
  gtk_label_set_text (GTK_LABEL (gtk_check_button_get_child (GTK_CHECK_BUTTON (check))), label);
  gtk_label_set_text (GTK_LABEL (count), number);
  gtk_widget_set_tooltip_text (box, tip);
  g_hash_table_add (self->value_checks, check);

  self->syncing = TRUE;
  held = self->session ? tautan_filter_get_values (tautan_session_get_filter (self->session), self->value_field) : NULL;
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), held != NULL && g_strv_contains (held, value));
  self->syncing = FALSE;
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               TautanAnalysisPanel      *self)
{
  GtkWidget *check = gtk_widget_get_first_child (gtk_list_item_get_child (item));

  if (self->value_checks != NULL)
    g_hash_table_remove (self->value_checks, check);
  g_object_set_data (G_OBJECT (check), "value", NULL);
}

/* What the search matches: the words shown, and the value itself. */
static char *
search_text (GtkStringObject     *item,
             TautanAnalysisPanel *self)
{
  const char *value = gtk_string_object_get_string (item);
  const char *label = value_label (self, self->value_field, value);

  return label == value ? g_strdup (value) : g_strdup_printf ("%s %s", label, value);
}

/* Fills the list with the values of the chosen criterion, most events
 * first; values the filter holds that the dataset lacks (a workspace
 * made on another dataset) stay listed, so they can be ticked off. */
void
_tautan_analysis_panel_filters_fill (TautanAnalysisPanel *self)
{
  guint row = gtk_drop_down_get_selected (self->field_drop);
  TautanDataset *dataset = self->session ? tautan_session_get_dataset (self->session) : NULL;
  g_autoptr(GPtrArray) values = g_ptr_array_new ();
  const char * const *held;
  g_autofree char *placeholder = NULL;

  self->value_field = list_fields[row < G_N_ELEMENTS (list_fields) ? row : 0];
  g_clear_pointer (&self->choice_list, g_ptr_array_unref);
  g_hash_table_remove_all (self->choices);
  if (dataset != NULL)
    {
      self->choice_list = tautan_filter_list_choices (dataset, self->value_field);
      for (guint i = 0; i < self->choice_list->len; i++)
        {
          TautanFilterChoice *choice = self->choice_list->pdata[i];

          g_hash_table_insert (self->choices, choice->value, choice);
          g_ptr_array_add (values, choice->value);
        }
      held = tautan_filter_get_values (tautan_session_get_filter (self->session), self->value_field);
      for (guint i = 0; held != NULL && held[i]; i++)
        if (!g_hash_table_contains (self->choices, held[i]))
          g_ptr_array_add (values, (gpointer)held[i]);
    }
  g_ptr_array_add (values, NULL);
  gtk_string_list_splice (self->value_model, 0, g_list_model_get_n_items (G_LIST_MODEL (self->value_model)),
                          (const char * const *)values->pdata);
  gtk_widget_set_visible (GTK_WIDGET (self->values_empty), values->len == 1);

  /* TRANSLATORS: placeholder of the filter list's search; %s is “Outlet”, “Language”… */
  placeholder = g_strdup_printf (_("Search %s"), field_title (self->value_field));
  gtk_editable_set_text (GTK_EDITABLE (self->value_search), "");
  g_object_set (self->value_search, "placeholder-text", placeholder, NULL);
  gtk_filter_changed (GTK_FILTER (self->value_filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
search_changed_cb (TautanAnalysisPanel *self)
{
  gtk_string_filter_set_search (self->value_filter, gtk_editable_get_text (GTK_EDITABLE (self->value_search)));
}

void
_tautan_analysis_panel_filters_dispose (TautanAnalysisPanel *self)
{
  g_clear_pointer (&self->value_checks, g_hash_table_unref);
  g_clear_pointer (&self->choices, g_hash_table_unref);
  g_clear_pointer (&self->choice_list, g_ptr_array_unref);
}

void
_tautan_analysis_panel_filters_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, TautanAnalysisPanel, state_media_drop);
  gtk_widget_class_bind_template_child (widget_class, TautanAnalysisPanel, weight_spin);
  gtk_widget_class_bind_template_child (widget_class, TautanAnalysisPanel, field_drop);
  gtk_widget_class_bind_template_child (widget_class, TautanAnalysisPanel, value_search);
  gtk_widget_class_bind_template_child (widget_class, TautanAnalysisPanel, value_list);
  gtk_widget_class_bind_template_child (widget_class, TautanAnalysisPanel, values_empty);
  gtk_widget_class_install_action (widget_class, "analysis.clear-filters", NULL, clear_filters_action);
}

void
_tautan_analysis_panel_filters_init (TautanAnalysisPanel *self)
{
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  g_autoptr(GtkSelectionModel) selection = NULL;
  GtkListItemFactory *factory;
  GtkFilterListModel *filtered;
  GtkExpression *expression;

  self->choices = g_hash_table_new (g_str_hash, g_str_equal);
  self->value_checks = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (list_fields); i++)
    gtk_string_list_append (titles, field_title (list_fields[i]));
  gtk_drop_down_set_model (self->field_drop, G_LIST_MODEL (titles));

  self->value_model = gtk_string_list_new (NULL);
  expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL, G_CALLBACK (search_text), self, NULL);
  self->value_filter = gtk_string_filter_new (expression);
  gtk_string_filter_set_match_mode (self->value_filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
  gtk_string_filter_set_ignore_case (self->value_filter, TRUE);
  /* the model and filter are the list view's from here */
  filtered = gtk_filter_list_model_new (G_LIST_MODEL (self->value_model), GTK_FILTER (self->value_filter));
  selection = GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (filtered)));
  gtk_list_view_set_model (self->value_list, selection);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), self);
  gtk_list_view_set_factory (self->value_list, factory);
  g_object_unref (factory);

  g_signal_connect_swapped (self->field_drop, "notify::selected",
                            G_CALLBACK (_tautan_analysis_panel_filters_fill), self);
  g_signal_connect_swapped (self->value_search, "search-changed", G_CALLBACK (search_changed_cb), self);
  g_signal_connect_swapped (self->state_media_drop, "notify::selected", G_CALLBACK (state_media_selected_cb), self);
  g_signal_connect_swapped (self->weight_spin, "value-changed", G_CALLBACK (weight_changed_cb), self);
}
