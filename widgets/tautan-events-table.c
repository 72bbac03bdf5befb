/* tautan-events-table.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-events-table"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "tautan/tautan-count.h"
#include "tautan/tautan-date.h"
#include "tautan/tautan-entity-chooser.h"
#include "tautan/tautan-events-table.h"
#include "tautan/tautan-text.h"

#include "tautan-event-item-private.h"

/* The events table: every event of the session's time span that its type
 * filters show, one row each, with a filter bar (type, actor, target) and
 * sortable columns. The model holds event indices only and is rebuilt
 * when the table is shown after a change, so a hidden table costs nothing
 * and a shown one makes cells for the visible rows alone. Selecting a row
 * selects its edge in the session; selecting an edge elsewhere selects its
 * first row here. */

typedef enum
{
  COL_DATE,
  COL_TYPE,
  COL_ACTORS,
  COL_STATUS,
  COL_OUTLET,
  COL_QUOTES,
  N_COLS
} Column;

static const char *column_ids[N_COLS] = { "date", "type", "actors", "status", "outlet", "quotes" };

struct _TautanEventsTable
{
  GtkWidget           parent_instance;

  TautanSession      *session;
  GSignalGroup       *session_signals;
  TautanDataset      *dataset;        /* whose entities fill the drop-downs */

  GListStore         *store;
  GtkSortListModel   *sort_model;
  GtkSingleSelection *selection;
  GtkColumnViewColumn *columns[N_COLS];

  gboolean            dirty;
  gboolean            syncing;
  gboolean            filters_filled;   /* for self->dataset */

  GtkDropDown        *type_filter;
  TautanEntityChooser *actor_filter;
  TautanEntityChooser *target_filter;
  GtkLabel           *count_label;
  GtkStack           *stack;
  GtkColumnView      *column_view;
  AdwStatusPage      *empty_page;
};

G_DEFINE_FINAL_TYPE (TautanEventsTable, tautan_events_table, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
contains (const guint32 *list,
          guint          n,
          guint          value)
{
  for (guint i = 0; i < n; i++)
    if (list[i] == value)
      return TRUE;
  return FALSE;
}

/* "A, B": shown, each name isolated (tautan_text_isolate()), so a
 * right-to-left one keeps its place before the arrow; plain for the
 * CSV and the sort. */
static void
append_names (GString       *out,
              TautanDataset *dataset,
              const guint32 *list,
              guint          n,
              gboolean       shown)
{
  for (guint i = 0; i < n; i++)
    {
      TautanEntity entity;

      tautan_dataset_get_entity (dataset, list[i], &entity);
      if (i > 0)
        g_string_append (out, ", ");
      if (shown)
        {
          g_autofree char *isolated = tautan_text_isolate (entity.name, TAUTAN_TEXT_MAX_NAME);

          g_string_append (out, isolated);
        }
      else
        g_string_append (out, entity.name);
    }
}

/* The date as ISO 8601 writes it, no more precise than it is known:
 * "2022-06-19", "2022-06", "2019", or a range "2024-07-01/2025-07-31"
 * (a week too): a month is not shown as its first day. */
static char *
date_text (const TautanEvent *event)
{
  char start[11], end[11];

  tautan_day_format_buf (event->start, start);
  switch (event->precision)
    {
    case TAUTAN_PRECISION_DAY:
      return g_strdup (start);
    case TAUTAN_PRECISION_MONTH:
      return g_strndup (start, 7);
    case TAUTAN_PRECISION_YEAR:
      return g_strndup (start, 4);
    case TAUTAN_PRECISION_WEEK:
    case TAUTAN_PRECISION_RANGE:
    case TAUTAN_N_PRECISIONS:
    default:
      if (event->end == event->start)
        return g_strdup (start);
      tautan_day_format_buf (event->end, end);
      return g_strdup_printf ("%s/%s", start, end);
    }
}

/* What a cell shows (@shown), and what the CSV holds and the sort
 * compares. */
static char *
cell_text (TautanDataset *dataset,
           guint          index,
           Column         column,
           gboolean       shown)
{
  TautanEvent event;

  tautan_dataset_get_event (dataset, index, &event);

  switch (column)
    {
    case COL_DATE:
      return date_text (&event);

    case COL_TYPE:
      {
        TautanTaxonomy *taxonomy = tautan_dataset_get_taxonomy (dataset);

        if (event.type < tautan_taxonomy_get_n_types (taxonomy))
          return g_strdup (tautan_taxonomy_get_event_type (taxonomy, event.type)->label);
        return g_strdup ("");
      }

    case COL_ACTORS:
      {
        GString *out = g_string_new (NULL);

        append_names (out, dataset, event.actors, event.n_actors, shown);
        if (event.n_targets > 0)
          {
            g_string_append (out, " → ");
            append_names (out, dataset, event.targets, event.n_targets, shown);
          }
        return g_string_free (out, FALSE);
      }

    case COL_STATUS:
      return g_strdup (tautan_status_to_string (event.status));

    case COL_OUTLET:
      {
        GString *out = g_string_new (NULL);
        g_autoptr(GPtrArray) seen = g_ptr_array_new ();

        for (guint i = 0; i < event.n_sources; i++)
          {
            TautanSource source;

            tautan_dataset_get_source (dataset, event.sources[i], &source);
            if (source.outlet == NULL || g_ptr_array_find_with_equal_func (seen, source.outlet, g_str_equal, NULL))
              continue;
            if (seen->len > 0)
              g_string_append (out, ", ");
            g_string_append (out, source.outlet);
            g_ptr_array_add (seen, (gpointer) source.outlet);
          }
        return g_string_free (out, FALSE);
      }

    case COL_QUOTES:
      return g_strdup_printf ("%u", event.n_quotes);

    case N_COLS:
    default:
      g_assert_not_reached ();
    }
}

static TautanDataset *
get_dataset (TautanEventsTable *self)
{
  return self->session ? tautan_session_get_dataset (self->session) : NULL;
}

static guint
item_event (gpointer item)
{
  return tautan_event_item_get_event (TAUTAN_EVENT_ITEM (item));
}

static int
compare_cb (gconstpointer a,
            gconstpointer b,
            gpointer      data)
{
  TautanEventsTable *self = g_object_get_data (G_OBJECT (data), "table");
  Column column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (data), "column"));
  TautanDataset *dataset = get_dataset (self);
  guint ia = item_event ((gpointer) a), ib = item_event ((gpointer) b);
  TautanEvent ea, eb;
  int result;

  if (dataset == NULL)
    return 0;

  tautan_dataset_get_event (dataset, ia, &ea);
  tautan_dataset_get_event (dataset, ib, &eb);

  switch (column)
    {
    case COL_DATE:
      /* By day, then by end, so a span sorts after the day it starts. */
      result = (ea.start > eb.start) - (ea.start < eb.start);
      if (result == 0)
        result = (ea.end > eb.end) - (ea.end < eb.end);
      break;

    case COL_QUOTES:
      result = (ea.n_quotes > eb.n_quotes) - (ea.n_quotes < eb.n_quotes);
      break;

    case COL_STATUS:
      result = g_strcmp0 (tautan_status_to_string (ea.status), tautan_status_to_string (eb.status));
      break;

    case COL_TYPE:
    case COL_ACTORS:
    case COL_OUTLET:
    case N_COLS:
    default:
      {
        g_autofree char *ta = cell_text (dataset, ia, column, FALSE);
        g_autofree char *tb = cell_text (dataset, ib, column, FALSE);

        result = g_utf8_collate (ta, tb);
      }
      break;
    }

  /* Stable among equals: by index, which is the dataset's order. */
  if (result == 0)
    result = (ia > ib) - (ia < ib);
  return result;
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  data)
{
  Column column = GPOINTER_TO_INT (data);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), column == COL_QUOTES ? 1.0 : 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  if (column == COL_DATE || column == COL_QUOTES)
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         gpointer                  data)
{
  TautanEventsTable *self = g_object_get_data (G_OBJECT (factory), "table");
  Column column = GPOINTER_TO_INT (data);
  TautanDataset *dataset = get_dataset (self);
  GtkWidget *label = gtk_list_item_get_child (item);
  g_autofree char *text = NULL;

  if (dataset == NULL)
    return;

  text = cell_text (dataset, item_event (gtk_list_item_get_item (item)), column, TRUE);
  gtk_label_set_text (GTK_LABEL (label), text);
  if (column == COL_ACTORS || column == COL_OUTLET)
    gtk_widget_set_tooltip_text (label, text);
}

static guint
dropdown_type (TautanEventsTable *self)
{
  guint position = gtk_drop_down_get_selected (self->type_filter);

  return position == 0 || position == GTK_INVALID_LIST_POSITION ? TAUTAN_NONE : position - 1;
}

/* A new dataset: the type drop-down lists its types; the actor and
 * target choosers search its entities (a drop-down of 100,000 names,
 * sorted by collation each time, was both slow and no way to find one). */
static void
fill_filters (TautanEventsTable *self)
{
  TautanDataset *dataset = get_dataset (self);
  g_autoptr(GtkStringList) types = gtk_string_list_new (NULL);

  if (dataset == self->dataset && self->filters_filled)
    return;
  g_set_object (&self->dataset, dataset);
  self->filters_filled = TRUE;

  gtk_string_list_append (types, _("All types"));
  if (dataset != NULL)
    {
      TautanTaxonomy *taxonomy = tautan_dataset_get_taxonomy (dataset);

      for (guint i = 0; i < tautan_taxonomy_get_n_types (taxonomy); i++)
        gtk_string_list_append (types, tautan_taxonomy_get_event_type (taxonomy, i)->label);
    }

  self->syncing = TRUE;
  gtk_drop_down_set_model (self->type_filter, G_LIST_MODEL (types));
  gtk_drop_down_set_selected (self->type_filter, 0);
  tautan_entity_chooser_set_dataset (self->actor_filter, dataset);
  tautan_entity_chooser_set_dataset (self->target_filter, dataset);
  self->syncing = FALSE;
}

static void follow_selection (TautanEventsTable *self);

/* Lists the rows now: the slice's events that the session's and the
 * bar's filters let through. */
static void
rebuild (TautanEventsTable *self)
{
  TautanDataset *dataset = get_dataset (self);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  guint in_span = 0;

  self->dirty = FALSE;
  fill_filters (self);

  if (dataset != NULL)
    {
      TautanSlice *slice = tautan_session_get_slice (self->session);
      g_autoptr(GArray) events = tautan_slice_list_events (slice, TAUTAN_NONE, TAUTAN_NONE, TAUTAN_NONE);
      guint type = dropdown_type (self);
      guint actor = tautan_entity_chooser_get_entity (self->actor_filter);
      guint target = tautan_entity_chooser_get_entity (self->target_filter);
      g_autoptr(GHashTable) hidden = g_hash_table_new (NULL, NULL);
      TautanTaxonomy *taxonomy = tautan_dataset_get_taxonomy (dataset);

      for (guint i = 0; i < tautan_taxonomy_get_n_types (taxonomy); i++)
        if (tautan_session_get_type_hidden (self->session, i))
          g_hash_table_add (hidden, GUINT_TO_POINTER (i + 1));

      in_span = events->len;
      g_ptr_array_set_size (items, 0);
      for (guint i = 0; i < events->len; i++)
        {
          guint index = g_array_index (events, guint32, i);
          TautanEvent event;

          tautan_dataset_get_event (dataset, index, &event);
          if (g_hash_table_contains (hidden, GUINT_TO_POINTER (event.type + 1)))
            continue;
          if (type != TAUTAN_NONE && event.type != type)
            continue;
          if (actor != TAUTAN_NONE && !contains (event.actors, event.n_actors, actor))
            continue;
          if (target != TAUTAN_NONE && !contains (event.targets, event.n_targets, target))
            continue;
          g_ptr_array_add (items, tautan_event_item_new (index));
        }
    }

  self->syncing = TRUE;
  g_list_store_splice (self->store, 0, g_list_model_get_n_items (G_LIST_MODEL (self->store)),
                       items->pdata, items->len);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  self->syncing = FALSE;

  {
    g_autofree char *count = g_strdup_printf (ngettext ("%s event", "%s events", items->len), tautan_count_format (items->len));

    gtk_label_set_text (self->count_label, count);
  }

  if (items->len > 0)
    gtk_stack_set_visible_child_name (self->stack, "table");
  else
    {
      if (dataset == NULL)
        {
          adw_status_page_set_title (self->empty_page, _("No Dataset"));
          adw_status_page_set_description (self->empty_page, _("Open a dataset to list its events."));
        }
      else if (in_span == 0)
        {
          adw_status_page_set_title (self->empty_page, _("No events in this period"));
          adw_status_page_set_description (self->empty_page, _("Widen the time span on the timeline."));
        }
      else
        {
          adw_status_page_set_title (self->empty_page, _("No events match the filters"));
          adw_status_page_set_description (self->empty_page,
                                           _("Choose another type, actor or target, or a type hidden in the legend."));
        }
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "events.export-csv", items->len > 0);

  follow_selection (self);
}

static void
invalidate (TautanEventsTable *self)
{
  self->dirty = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    rebuild (self);
}

static void
filter_changed_cb (TautanEventsTable *self)
{
  if (!self->syncing)
    invalidate (self);
}

static gboolean
row_on_edge (TautanDataset *dataset,
             guint          index,
             guint          source,
             guint          target)
{
  TautanEvent event;

  tautan_dataset_get_event (dataset, index, &event);
  return contains (event.actors, event.n_actors, source) && contains (event.targets, event.n_targets, target);
}

/* The session's selection changed: select the first row of its edge. */
static void
follow_selection (TautanEventsTable *self)
{
  TautanDataset *dataset = get_dataset (self);
  GListModel *model = G_LIST_MODEL (self->sort_model);
  guint source, target, n;
  gpointer current;

  if (self->syncing || dataset == NULL || self->dirty)
    return;
  if (!tautan_session_get_selected_edge (self->session, &source, &target))
    return;

  current = gtk_single_selection_get_selected_item (self->selection);
  if (current != NULL && row_on_edge (dataset, item_event (current), source, target))
    return;

  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (row_on_edge (dataset, item_event (item), source, target))
        {
          GtkScrollable *scrollable = GTK_SCROLLABLE (self->column_view);
          GtkAdjustment *adj = gtk_scrollable_get_vadjustment (scrollable);

          self->syncing = TRUE;
          gtk_single_selection_set_selected (self->selection, i);
          self->syncing = FALSE;
          /* GTK 4.8 has no scroll_to: aim the adjustment at the row's share. */
          if (adj != NULL && n > 0)
            gtk_adjustment_set_value (adj, gtk_adjustment_get_lower (adj)
                                      + (gtk_adjustment_get_upper (adj) - gtk_adjustment_get_lower (adj)) * i / n
                                      - gtk_adjustment_get_page_size (adj) / 3);
          return;
        }
    }
}

/* A row was selected: select its edge (the filtered actor and target
 * when set, else the event's first), or its actor when it has no target. */
static void
row_selected_cb (TautanEventsTable *self)
{
  TautanDataset *dataset = get_dataset (self);
  gpointer item = gtk_single_selection_get_selected_item (self->selection);
  TautanEvent event;
  guint actor, target;

  if (self->syncing || dataset == NULL || item == NULL)
    return;

  tautan_dataset_get_event (dataset, item_event (item), &event);
  if (event.n_actors == 0)
    return;

  actor = tautan_entity_chooser_get_entity (self->actor_filter);
  target = tautan_entity_chooser_get_entity (self->target_filter);
  if (actor == TAUTAN_NONE || !contains (event.actors, event.n_actors, actor))
    actor = event.actors[0];
  if (event.n_targets > 0 && (target == TAUTAN_NONE || !contains (event.targets, event.n_targets, target)))
    target = event.targets[0];

  self->syncing = TRUE;
  if (event.n_targets > 0)
    tautan_session_select_edge (self->session, actor, target);
  else
    tautan_session_select_entity (self->session, actor);
  self->syncing = FALSE;
}

static void
selection_changed_cb (TautanEventsTable *self)
{
  if (!self->dirty)
    follow_selection (self);
}

static void
append_csv_field (GString    *out,
                  const char *text)
{
  /* RFC 4180: quote a field holding a comma, quote or line break, and
   * double the quotes inside. */
  if (strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (out, text);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = text; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/**
 * tautan_events_table_write_csv:
 * @file: where to write, replaced atomically
 *
 * Writes the rows shown, in shown order, with the columns shown.
 *
 * Returns: whether the file was written
 */
gboolean
tautan_events_table_write_csv (TautanEventsTable  *self,
                               GFile              *file,
                               GError            **error)
{
  TautanDataset *dataset;
  GListModel *columns;
  GListModel *model;
  g_autoptr(GArray) shown = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GString) out = g_string_new (NULL);
  guint n;

  g_return_val_if_fail (TAUTAN_IS_EVENTS_TABLE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  dataset = get_dataset (self);
  if (self->dirty)
    rebuild (self);
  while (gtk_sort_list_model_get_pending (self->sort_model) > 0)
    g_main_context_iteration (NULL, TRUE);

  columns = gtk_column_view_get_columns (self->column_view);
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
      int id = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (column), "column"));

      if (!gtk_column_view_column_get_visible (column))
        continue;
      if (shown->len > 0)
        g_string_append_c (out, ',');
      append_csv_field (out, gtk_column_view_column_get_title (column));
      g_array_append_val (shown, id);
    }
  g_string_append (out, "\r\n");

  model = G_LIST_MODEL (self->sort_model);
  n = dataset != NULL ? g_list_model_get_n_items (model) : 0;
  for (guint r = 0; r < n; r++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, r);

      for (guint c = 0; c < shown->len; c++)
        {
          g_autofree char *text = cell_text (dataset, item_event (item), g_array_index (shown, int, c), FALSE);

          if (c > 0)
            g_string_append_c (out, ',');
          append_csv_field (out, text);
        }
      g_string_append (out, "\r\n");
    }

  /* g_file_replace_contents writes a temporary file beside the target
   * and renames it over only once it is complete. */
  return g_file_replace_contents (file, out->str, out->len, NULL, FALSE,
                                  G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, error);
}

static void
export_response_cb (GtkNativeDialog   *dialog,
                    int                response,
                    TautanEventsTable *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autoptr(GError) error = NULL;

      if (!tautan_events_table_write_csv (self, file, &error))
        {
          GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
          g_autofree char *name = g_file_get_parse_name (file);
          GtkWidget *message = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       _("Could Not Export the Events"), NULL);

          adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (message), "%s: %s", name, error->message);
          adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (message), "close", _("_Close"));
          gtk_window_present (GTK_WINDOW (message));
        }
    }
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
  g_object_unref (self);
}

static void
export_csv_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  TautanEventsTable *self = TAUTAN_EVENTS_TABLE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  dialog = gtk_file_chooser_native_new (_("Export Events as CSV"),
                                        GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), _("events.csv"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (export_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
tautan_events_table_map (GtkWidget *widget)
{
  TautanEventsTable *self = TAUTAN_EVENTS_TABLE (widget);

  GTK_WIDGET_CLASS (tautan_events_table_parent_class)->map (widget);
  if (self->dirty)
    rebuild (self);
}

static void
tautan_events_table_dispose (GObject *object)
{
  TautanEventsTable *self = TAUTAN_EVENTS_TABLE (object);
  GtkWidget *child;

  if (self->session_signals != NULL)
    g_signal_group_set_target (self->session_signals, NULL);
  g_clear_object (&self->session_signals);
  gtk_widget_dispose_template (GTK_WIDGET (self), TAUTAN_TYPE_EVENTS_TABLE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->selection);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->store);
  g_clear_object (&self->session);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (tautan_events_table_parent_class)->dispose (object);
}

static void
tautan_events_table_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  TautanEventsTable *self = TAUTAN_EVENTS_TABLE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tautan_events_table_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  TautanEventsTable *self = TAUTAN_EVENTS_TABLE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      tautan_events_table_set_session (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tautan_events_table_class_init (TautanEventsTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tautan_events_table_dispose;
  object_class->get_property = tautan_events_table_get_property;
  object_class->set_property = tautan_events_table_set_property;
  widget_class->map = tautan_events_table_map;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, TAUTAN_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TAUTAN_TYPE_ENTITY_CHOOSER);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tautan/Tautan/ui/tautan-events-table.ui");
  gtk_widget_class_bind_template_child (widget_class, TautanEventsTable, type_filter);
  gtk_widget_class_bind_template_child (widget_class, TautanEventsTable, actor_filter);
  gtk_widget_class_bind_template_child (widget_class, TautanEventsTable, target_filter);
  gtk_widget_class_bind_template_child (widget_class, TautanEventsTable, count_label);
  gtk_widget_class_bind_template_child (widget_class, TautanEventsTable, stack);
  gtk_widget_class_bind_template_child (widget_class, TautanEventsTable, column_view);
  gtk_widget_class_bind_template_child (widget_class, TautanEventsTable, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);

  gtk_widget_class_install_action (widget_class, "events.export-csv", NULL, export_csv_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "eventstable");
}

static void
tautan_events_table_init (TautanEventsTable *self)
{
  static const char *titles[N_COLS] = {
    N_("Date"), N_("Type"), N_("Actor → Target"), N_("Status"), N_("Outlet"), N_("Quotes"),
  };

  gtk_widget_init_template (GTK_WIDGET (self));

  self->store = g_list_store_new (TAUTAN_TYPE_EVENT_ITEM);
  self->dirty = TRUE;

  for (int i = 0; i < N_COLS; i++)
    {
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkCustomSorter) sorter = NULL;
      GtkColumnViewColumn *column;

      g_object_set_data (G_OBJECT (factory), "table", self);
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), GINT_TO_POINTER (i));
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), GINT_TO_POINTER (i));
      column = gtk_column_view_column_new (_(titles[i]), g_object_ref (factory));
      g_object_set_data (G_OBJECT (column), "column", GINT_TO_POINTER (i));
      g_object_set_data (G_OBJECT (column), "table", self);
      sorter = gtk_custom_sorter_new (compare_cb, column, NULL);
      gtk_column_view_column_set_sorter (column, GTK_SORTER (sorter));
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_expand (column, i == COL_ACTORS || i == COL_OUTLET);
      gtk_column_view_append_column (self->column_view, column);
      self->columns[i] = column;
      g_object_unref (column);
    }

  self->sort_model = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->store)),
                                              g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sort_model)));
  /* Sorting a million rows is done in steps so the window stays live. */
  gtk_sort_list_model_set_incremental (self->sort_model, TRUE);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (row_selected_cb), self);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  tautan_entity_chooser_set_none (self->actor_filter, _("Any actor"), TRUE);
  tautan_entity_chooser_set_none (self->target_filter, _("Any target"), TRUE);

  self->session_signals = g_signal_group_new (TAUTAN_TYPE_SESSION);
  g_signal_group_connect_swapped (self->session_signals, "notify::slice", G_CALLBACK (invalidate), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::hidden-types", G_CALLBACK (invalidate), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::selection", G_CALLBACK (selection_changed_cb), self);
}

GtkWidget *
tautan_events_table_new (void)
{
  return g_object_new (TAUTAN_TYPE_EVENTS_TABLE, NULL);
}

TautanSession *
tautan_events_table_get_session (TautanEventsTable *self)
{
  g_return_val_if_fail (TAUTAN_IS_EVENTS_TABLE (self), NULL);

  return self->session;
}

void
tautan_events_table_set_session (TautanEventsTable *self,
                                 TautanSession     *session)
{
  g_return_if_fail (TAUTAN_IS_EVENTS_TABLE (self));
  g_return_if_fail (session == NULL || TAUTAN_IS_SESSION (session));

  if (!g_set_object (&self->session, session))
    return;

  g_signal_group_set_target (self->session_signals, session);
  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

void
tautan_events_table_set_filter (TautanEventsTable *self,
                                guint              type,
                                guint              actor,
                                guint              target)
{
  g_return_if_fail (TAUTAN_IS_EVENTS_TABLE (self));

  fill_filters (self);
  self->syncing = TRUE;
  gtk_drop_down_set_selected (self->type_filter, type == TAUTAN_NONE ? 0 : type + 1);
  tautan_entity_chooser_set_entity (self->actor_filter, actor);
  tautan_entity_chooser_set_entity (self->target_filter, target);
  self->syncing = FALSE;
  invalidate (self);
}

void
tautan_events_table_sort_by (TautanEventsTable *self,
                             const char        *column_id,
                             GtkSortType        order)
{
  g_return_if_fail (TAUTAN_IS_EVENTS_TABLE (self));

  for (int i = 0; i < N_COLS; i++)
    if (g_strcmp0 (column_ids[i], column_id) == 0)
      {
        gtk_column_view_sort_by_column (self->column_view, self->columns[i], order);
        return;
      }
  g_critical ("No column %s", column_id);
}

GArray *
tautan_events_table_dup_rows (TautanEventsTable *self)
{
  GArray *rows = g_array_new (FALSE, FALSE, sizeof (guint));
  GListModel *model;

  g_return_val_if_fail (TAUTAN_IS_EVENTS_TABLE (self), rows);

  if (self->dirty)
    rebuild (self);
  while (gtk_sort_list_model_get_pending (self->sort_model) > 0)
    g_main_context_iteration (NULL, TRUE);
  model = G_LIST_MODEL (self->sort_model);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      guint index = item_event (item);

      g_array_append_val (rows, index);
    }
  return rows;
}

void
tautan_events_table_select_row (TautanEventsTable *self,
                                guint              position)
{
  g_return_if_fail (TAUTAN_IS_EVENTS_TABLE (self));

  gtk_single_selection_set_selected (self->selection, position);
}
