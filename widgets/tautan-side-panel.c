/* tautan-side-panel.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-side-panel"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "tautan/tautan-count.h"
#include "tautan/tautan-event-row.h"
#include "tautan/tautan-quote-card.h"
#include "tautan/tautan-rollup.h"
#include "tautan/tautan-row.h"
#include "tautan/tautan-side-panel.h"
#include "tautan/tautan-text.h"

/* The evidence panel: the words behind the session's selection, or a
 * summary of its time span. It follows the session's slice and selection
 * and owns only its list models. It is also the accessible path to
 * everything on the canvas: GTK 4.8 cannot expose canvas items to screen
 * readers, so every node and edge the graph shows can be reached here as
 * text. */

#define N_BUSIEST 6
#define N_RECENT  6
/* From this many events in the dataset, the summary is counted on a
 * worker thread: listing the window's events and quotes costs more than
 * a frame. */
#define ASYNC_COUNT_EVENTS 50000

struct _TautanSidePanel
{
  GtkWidget         parent_instance;

  GtkStack         *stack;
  GtkLabel         *summary_title;
  GtkLabel         *summary_counts;
  GtkListBox       *busiest_list;
  GtkListBox       *recent_list;
  GtkLabel         *entity_name;
  GtkLabel         *entity_subtitle;
  GtkLabel         *entity_aliases;
  GtkLabel         *entity_members;
  GtkListView      *entity_events_view;
  GtkListView      *entity_quotes_view;
  GtkStack         *entity_stack;
  GtkLabel         *edge_title;
  GtkLabel         *edge_subtitle;
  GtkListView      *edge_events_view;
  GtkToggleButton  *newest_first;

  TautanSession    *session;
  GSignalGroup     *session_signals;
  TautanSlice      *slice;          /* the one shown, to skip repeats */
  TautanSliceShown *shown;          /* what the canvas shows of it */
  TautanRollupCounts rolled;        /* under the roll-up, what it draws; with @shown */
  GArray           *rolled_busiest; /* TautanSliceEntity: the nodes it draws, busiest first */
  GCancellable     *count_cancellable; /* the count on a worker */
  guint32           hidden_kinds;   /* the filters @shown was counted with */
  TautanTypeMask    hidden_types;
  GListStore       *events;
  GListStore       *quotes;
  GListStore       *busiest;
  GListStore       *recent;
  GtkSortListModel *sorted_events;
  GtkSortListModel *sorted_quotes;
  TautanSelection   selection;
  guint             count_serial;   /* of the latest count on a worker */
};

G_DEFINE_FINAL_TYPE (TautanSidePanel, tautan_side_panel, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static TautanDataset *
dataset (TautanSidePanel *self)
{
  return self->session ? tautan_session_get_dataset (self->session) : NULL;
}

static char *
entity_name (TautanDataset *ds,
             guint          entity)
{
  TautanEntity e;

  tautan_dataset_get_entity (ds, entity, &e);
  return tautan_text_shorten (e.name, TAUTAN_TEXT_MAX_NAME);
}

static void
setup_event_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  gtk_list_item_set_child (item, tautan_event_row_new (GPOINTER_TO_INT (user_data)));
}

static void
bind_event_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  tautan_event_row_set_row (TAUTAN_EVENT_ROW (gtk_list_item_get_child (item)), gtk_list_item_get_item (item));
}

static void
setup_quote_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  GtkWidget *card = tautan_quote_card_new ();

  gtk_widget_add_css_class (card, "panel-row");
  gtk_list_item_set_child (item, card);
}

static void
bind_quote_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  TautanRow *row = gtk_list_item_get_item (item);

  tautan_quote_card_set_quote (TAUTAN_QUOTE_CARD (gtk_list_item_get_child (item)),
                               tautan_row_get_dataset (row), tautan_row_get_index (row));
}

static GtkListItemFactory *
make_factory (GCallback setup,
              GCallback bind,
              gboolean  full)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", setup, GINT_TO_POINTER (full));
  g_signal_connect (factory, "bind", bind, NULL);
  return factory;
}

static int
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  TautanSidePanel *self = user_data;
  TautanDay da = tautan_row_get_day ((TautanRow *)a);
  TautanDay db = tautan_row_get_day ((TautanRow *)b);
  int order = (da > db) - (da < db);

  if (order == 0)
    order = (tautan_row_get_index ((TautanRow *)a) > tautan_row_get_index ((TautanRow *)b)) -
            (tautan_row_get_index ((TautanRow *)a) < tautan_row_get_index ((TautanRow *)b));
  return gtk_toggle_button_get_active (self->newest_first) ? -order : order;
}

static void
newest_first_toggled_cb (TautanSidePanel *self,
                         GtkToggleButton *button)
{
  gtk_sorter_changed (gtk_sort_list_model_get_sorter (self->sorted_events), GTK_SORTER_CHANGE_INVERTED);
  gtk_sorter_changed (gtk_sort_list_model_get_sorter (self->sorted_quotes), GTK_SORTER_CHANGE_INVERTED);
}

static void
fill_store (GListStore    *store,
            TautanDataset *ds,
            TautanRowKind  kind,
            const guint32 *indices,
            guint          n)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (rows, tautan_row_new (ds, kind, indices[i]));
  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)), rows->pdata, rows->len);
}

/* The actors as drawn, busiest first: under the roll-up, its nodes (a
 * group for its members), as the canvas draws them. */
static GArray *
busiest_entities (TautanSidePanel *self)
{
  if (self->shown == NULL)
    return NULL;
  if (self->session != NULL && tautan_session_get_rollup (self->session) && self->rolled_busiest != NULL)
    return self->rolled_busiest;
  return self->shown->entities;
}

/* Events of @entity the canvas shows; only asked of the busiest few,
 * which lead the list. */
static guint
shown_count (TautanSidePanel *self,
             guint            entity)
{
  GArray *entities = busiest_entities (self);

  for (guint i = 0; entities != NULL && i < entities->len; i++)
    if (g_array_index (entities, TautanSliceEntity, i).entity == entity)
      return g_array_index (entities, TautanSliceEntity, i).count;
  return 0;
}

/* A busiest actor: name, kind and events in the span; activating it
 * selects the actor. Made once, then set by set_busiest_row (). */
static GtkWidget *
create_busiest_row (void)
{
  GtkWidget *widget = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (widget), FALSE);
  /* A long official title would fill the panel: two lines, whole in the tooltip. */
  adw_action_row_set_title_lines (ADW_ACTION_ROW (widget), 2);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (widget), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (widget), gtk_image_new_from_icon_name ("go-next-symbolic"));
  return widget;
}

/* Text that is already shown is not set again: a label given new text
 * is shaped and measured afresh. */
static void
set_busiest_row (TautanSidePanel *self,
                 GtkWidget       *widget,
                 TautanRow       *row)
{
  TautanDataset *ds = tautan_row_get_dataset (row);
  guint entity = tautan_row_get_index (row);
  guint count = shown_count (self, entity);
  g_autofree char *name = entity_name (ds, entity);
  g_autofree char *sub = NULL;
  TautanEntity e;

  tautan_dataset_get_entity (ds, entity, &e);
  sub = g_strdup_printf (g_dngettext (NULL, "%s · %s event", "%s · %s events", count),
                         tautan_entity_kind_label (e.kind), tautan_count_format (count));
  if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), name) != 0)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (widget), name);
      gtk_widget_set_tooltip_text (widget, g_utf8_strlen (name, -1) > 40 ? name : NULL);
    }
  if (g_strcmp0 (adw_action_row_get_subtitle (ADW_ACTION_ROW (widget)), sub) != 0)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (widget), sub);
  /* The name after the target: a name without one warns of a type mismatch. */
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (widget), g_variant_new_uint32 (entity));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (widget), "explorer.select-entity");
}

static GtkWidget *
create_recent_row (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_use_markup (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_margin_top (label, 8);
  gtk_widget_set_margin_bottom (label, 8);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  return label;
}

static void
set_recent_row (TautanSidePanel *self,
                GtkWidget       *widget,
                TautanRow       *row)
{
  GtkLabel *label = GTK_LABEL (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (widget)));
  g_autofree char *markup = tautan_event_row_markup (tautan_row_get_dataset (row), tautan_row_get_index (row));

  if (g_strcmp0 (gtk_label_get_label (label), markup) != 0)
    gtk_label_set_markup (label, markup);
}

/* The summary's lists show their stores with rows updated in place: a
 * GtkListBox bound to a model makes and measures every row afresh when
 * the store is refilled, on each timeline step (issue #14). Rows are
 * only added or removed when the count changes. */
static void
sync_rows (TautanSidePanel *self,
           GtkListBox      *list,
           GListModel      *store,
           GtkWidget     *(*create) (void),
           void           (*set) (TautanSidePanel *, GtkWidget *, TautanRow *))
{
  guint n = g_list_model_get_n_items (store);
  GtkListBoxRow *extra;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TautanRow) row = g_list_model_get_item (store, i);
      GtkListBoxRow *widget = gtk_list_box_get_row_at_index (list, i);

      if (widget == NULL)
        {
          /* A child that is not a row gets one of its own. */
          gtk_list_box_append (list, create ());
          widget = gtk_list_box_get_row_at_index (list, i);
        }
      set (self, GTK_WIDGET (widget), row);
    }
  while ((extra = gtk_list_box_get_row_at_index (list, n)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (extra));
}

static void
sync_summary_rows (TautanSidePanel *self)
{
  sync_rows (self, self->busiest_list, G_LIST_MODEL (self->busiest), create_busiest_row, set_busiest_row);
  sync_rows (self, self->recent_list, G_LIST_MODEL (self->recent), create_recent_row, set_recent_row);
}

static void
update_summary_title (TautanSidePanel *self)
{
  TautanTimeSpan span = tautan_slice_get_span (self->slice);
  g_autofree char *range = tautan_text_format_span (&span);

  gtk_label_set_text (self->summary_title, range);
}

/* Figures of a span no longer shown stay, dimmed, until the new ones
 * are counted. */
static void
set_summary_current (TautanSidePanel *self,
                     gboolean         current)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->summary_counts), current);
  gtk_widget_set_sensitive (GTK_WIDGET (self->busiest_list), current);
  gtk_widget_set_sensitive (GTK_WIDGET (self->recent_list), current);
}

static void
update_summary (TautanSidePanel *self)
{
  TautanDataset *ds = dataset (self);
  g_autofree char *counts = NULL;
  g_autoptr(GArray) top = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GArray) recent = g_array_new (FALSE, FALSE, sizeof (guint32));
  GArray *events;

  update_summary_title (self);
  set_summary_current (self, TRUE);

  /* Counted as the canvas shows it: hidden types and kinds, and what the
   * composed filter stops, left out. */
  {
    TautanSliceShown *shown = self->shown;
    gboolean rollup = tautan_session_get_rollup (self->session);
    guint n_groups = 0;
    guint n_actors = shown->entities->len;
    guint n_links = shown->n_edges;
    g_autofree char *e = NULL;
    g_autofree char *a = NULL;
    g_autofree char *l = NULL;
    g_autofree char *q = NULL;

    if (rollup)
      {
        n_actors = self->rolled.n_actors;
        n_groups = self->rolled.n_groups;
        n_links = self->rolled.n_links;
      }
    e = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s event", "%s events", shown->n_events),
                                          tautan_count_format (shown->n_events));
    a = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s actor", "%s actors", n_actors),
                                          tautan_count_format (n_actors));
    l = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s link", "%s links", n_links),
                         tautan_count_format (n_links));
    q = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s quote", "%s quotes", shown->n_quotes),
                                          tautan_count_format (shown->n_quotes));

    if (rollup)
      {
        g_autofree char *g = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s group", "%s groups", n_groups),
                                              tautan_count_format (n_groups));
        g_autofree char *actors = g_steal_pointer (&a);

        /* TRANSLATORS: the actors drawn under the roll-up, and how many
         * of them are groups: “12 actors (5 groups)” */
        a = g_strdup_printf (C_("actors drawn", "%s (%s)"), actors, g);
      }

    /* TRANSLATORS: the window's counts: events, actors, links, quotes */
    counts = g_strdup_printf (_("%s · %s · %s · %s"), e, a, l, q);
  }
  gtk_label_set_text (self->summary_counts, counts);

  for (guint i = 0; i < MIN (busiest_entities (self)->len, N_BUSIEST); i++)
    g_array_append_val (top, g_array_index (busiest_entities (self), TautanSliceEntity, i).entity);
  fill_store (self->busiest, ds, TAUTAN_ROW_ENTITY, (const guint32 *)top->data, top->len);

  events = self->shown->events;
  for (guint i = 0; i < MIN (events->len, N_RECENT); i++)
    g_array_append_val (recent, g_array_index (events, guint32, events->len - 1 - i));
  fill_store (self->recent, ds, TAUTAN_ROW_EVENT, (const guint32 *)recent->data, recent->len);
  sync_summary_rows (self);
}

static void
set_page_title (GtkStack   *stack,
                const char *name,
                const char *title)
{
  gtk_stack_page_set_title (gtk_stack_get_page (stack, gtk_stack_get_child_by_name (stack, name)), title);
}

/* The roll-up the canvas draws, or NULL when it is off. */
static TautanRollup *
compute_rollup (TautanSidePanel *self)
{
  g_autoptr(GHashTable) expanded = NULL;
  TautanTimeSpan span;

  if (!tautan_session_get_rollup (self->session))
    return NULL;
  span = tautan_slice_get_span (self->slice);
  if (tautan_slice_get_cumulative (self->slice))
    span.from = TAUTAN_DAY_MIN;
  expanded = tautan_session_dup_expanded_groups (self->session);
  return tautan_rollup_compute (dataset (self), tautan_session_get_filter (self->session), &span, expanded);
}

static int
compare_guint32 (gconstpointer a,
                 gconstpointer b)
{
  guint32 x = *(const guint32 *)a, y = *(const guint32 *)b;

  return x < y ? -1 : x > y;
}

/* A group of the roll-up: its members named, its events (theirs, as
 * its aggregated edges count them) and their quotes. */
static void
update_group (TautanSidePanel         *self,
              const TautanRollup      *rollup,
              const TautanRollupGroup *group,
              GArray                 **events,
              GArray                 **quotes)
{
  TautanDataset *ds = dataset (self);
  const guint *members = tautan_rollup_get_members (rollup, group);
  g_autoptr(GString) names = g_string_new (NULL);

  *events = tautan_rollup_list_events (rollup, ds, group->entity, TAUTAN_NONE, TAUTAN_NONE);
  *quotes = g_array_new (FALSE, FALSE, sizeof (guint32));
  for (guint i = 0; i < group->n_members; i++)
    {
      g_autoptr(GArray) spoken = tautan_slice_list_quotes (self->slice, members[i]);

      g_array_append_vals (*quotes, spoken->data, spoken->len);
      if (members[i] == group->entity || names->len >= TAUTAN_TEXT_MAX_PROSE)
        continue;
      {
        g_autofree char *name = entity_name (ds, members[i]);

        if (names->len > 0)
          g_string_append (names, ", ");
        g_string_append (names, name);
      }
    }
  g_array_sort (*quotes, compare_guint32);

  {
    /* TRANSLATORS: the actors the roll-up draws inside a state or organisation, named after the colon */
    g_autofree char *text = g_strdup_printf (g_dngettext (NULL, "Drawn with %s member: %s", "Drawn with %s members: %s",
                                                          group->n_members - 1),
                                             tautan_count_format (group->n_members - 1), names->str);

    gtk_label_set_text (self->entity_members, text);
  }
}

static void
update_entity (TautanSidePanel *self)
{
  TautanDataset *ds = dataset (self);
  guint entity = self->selection.entity;
  g_autoptr(TautanRollup) rollup = compute_rollup (self);
  const TautanRollupGroup *group = rollup != NULL ? tautan_rollup_find_group (rollup, entity) : NULL;
  g_autoptr(GArray) events = NULL;
  g_autoptr(GArray) quotes = NULL;
  g_autoptr(GString) aliases = g_string_new (NULL);
  g_autofree char *name = entity_name (ds, entity);
  g_autofree char *subtitle = NULL;
  g_autofree char *events_title = NULL;
  g_autofree char *quotes_title = NULL;
  g_autofree char *role = NULL;
  TautanEntity e;

  if (group != NULL)
    update_group (self, rollup, group, &events, &quotes);
  else
    {
      events = tautan_slice_list_events (self->slice, entity, TAUTAN_NONE, TAUTAN_NONE);
      quotes = tautan_slice_list_quotes (self->slice, entity);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->entity_members), group != NULL);

  tautan_dataset_get_entity (ds, entity, &e);
  gtk_label_set_text (self->entity_name, name);
  /* Four lines at most (an official title can run to ten): whole on hover. */
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->entity_name), g_utf8_strlen (name, -1) > 60 ? name : NULL);

  role = e.role ? g_strconcat (" · ", e.role, NULL) : g_strdup ("");
  if (e.affiliation != TAUTAN_NONE)
    {
      g_autofree char *affiliation = entity_name (ds, e.affiliation);
      g_autofree char *full = g_strdup_printf ("%s · %s%s", tautan_entity_kind_label (e.kind), affiliation, role);
      subtitle = tautan_text_shorten (full, TAUTAN_TEXT_MAX_NAME);
    }
  else
    {
      g_autofree char *full = g_strdup_printf ("%s%s", tautan_entity_kind_label (e.kind), role);
      subtitle = tautan_text_shorten (full, TAUTAN_TEXT_MAX_NAME);
    }
  gtk_label_set_text (self->entity_subtitle, subtitle);

  for (guint i = 0; i < e.n_aliases && aliases->len < TAUTAN_TEXT_MAX_PROSE; i++)
    {
      g_autofree char *alias = tautan_text_shorten (tautan_dataset_get_string (ds, e.aliases[i]), TAUTAN_TEXT_MAX_NAME);
      g_string_append_printf (aliases, "%s%s", i ? ", " : _("Also: "), alias);
    }
  gtk_label_set_text (self->entity_aliases, aliases->str);
  gtk_widget_set_visible (GTK_WIDGET (self->entity_aliases), aliases->len > 0);

  fill_store (self->events, ds, TAUTAN_ROW_EVENT, (const guint32 *)events->data, events->len);
  fill_store (self->quotes, ds, TAUTAN_ROW_QUOTE, (const guint32 *)quotes->data, quotes->len);

  events_title = g_strdup_printf (_("Events (%s)"), tautan_count_format (events->len));
  quotes_title = g_strdup_printf (_("Quotes (%s)"), tautan_count_format (quotes->len));
  set_page_title (self->entity_stack, "events", events_title);
  set_page_title (self->entity_stack, "quotes", quotes_title);
}

static void
update_edge (TautanSidePanel *self)
{
  TautanDataset *ds = dataset (self);
  g_autoptr(TautanRollup) rollup = compute_rollup (self);
  /* Under the roll-up an edge joins two groups: every event from a
   * member of the one to a member of the other backs it. */
  g_autoptr(GArray) events = rollup != NULL
                               ? tautan_rollup_list_events (rollup, ds, TAUTAN_NONE, self->selection.source,
                                                            self->selection.target)
                               : tautan_slice_list_events (self->slice, TAUTAN_NONE, self->selection.source,
                                                           self->selection.target);
  TautanEntity a, b;
  g_autofree char *source = NULL;
  g_autofree char *target = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  tautan_dataset_get_entity (ds, self->selection.source, &a);
  tautan_dataset_get_entity (ds, self->selection.target, &b);
  source = tautan_text_isolate (a.name, TAUTAN_TEXT_MAX_NAME);
  target = tautan_text_isolate (b.name, TAUTAN_TEXT_MAX_NAME);
  title = g_strdup_printf ("%s → %s", source, target);
  gtk_label_set_text (self->edge_title, title);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->edge_title), g_utf8_strlen (title, -1) > 60 ? title : NULL);
  /* TRANSLATORS: "window" is the time window, the period selected on the timeline. */
  subtitle = g_strdup_printf (g_dngettext (NULL, "%s event in this window", "%s events in this window", events->len),
                              tautan_count_format (events->len));
  gtk_label_set_text (self->edge_subtitle, subtitle);
  fill_store (self->events, ds, TAUTAN_ROW_EVENT, (const guint32 *)events->data, events->len);
  fill_store (self->quotes, ds, TAUTAN_ROW_QUOTE, NULL, 0);
}

/* Counting a big window's summary on a worker. */
typedef struct
{
  GWeakRef          panel;
  guint             serial;
  TautanSlice      *slice;
  TautanFilter     *filter;         /* the session's composed filter */
  guint32           hidden_kinds;
  TautanTypeMask    hidden_types;
  GHashTable       *expanded;       /* under the roll-up, the groups open; else NULL */
  TautanSliceShown *shown;
  TautanRollupCounts rolled;
  GArray           *rolled_busiest;
} Count;

static void
count_free (gpointer data)
{
  Count *count = data;

  g_weak_ref_clear (&count->panel);
  g_clear_object (&count->slice);
  g_clear_pointer (&count->filter, tautan_filter_unref);
  g_clear_pointer (&count->shown, tautan_slice_shown_free);
  g_clear_pointer (&count->expanded, g_hash_table_unref);
  g_clear_pointer (&count->rolled_busiest, g_array_unref);
  g_free (count);
}

static void
count_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  Count *count = task_data;

  count->shown = tautan_filter_count_shown (count->filter, count->slice, count->hidden_kinds, &count->hidden_types,
                                           cancellable);
  if (count->shown != NULL && count->expanded != NULL &&
      !tautan_rollup_count_drawn (count->slice, count->filter, count->expanded, count->hidden_kinds,
                                  &count->hidden_types, cancellable, &count->rolled, &count->rolled_busiest))
    g_clear_pointer (&count->shown, tautan_slice_shown_free);
  g_task_return_boolean (task, TRUE);
}

static void
counted_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  Count *count = g_task_get_task_data (G_TASK (result));
  g_autoptr(TautanSidePanel) self = g_weak_ref_get (&count->panel);

  /* The span, the filters or the session changed since: dropped. */
  if (self == NULL || count->serial != self->count_serial || self->shown != NULL || count->shown == NULL)
    return;
  self->shown = g_steal_pointer (&count->shown);
  self->rolled = count->rolled;
  g_clear_pointer (&self->rolled_busiest, g_array_unref);
  self->rolled_busiest = g_steal_pointer (&count->rolled_busiest);
  if (self->selection.entity == TAUTAN_NONE && self->selection.source == TAUTAN_NONE)
    update_summary (self);
}

static void
count_async (TautanSidePanel *self)
{
  g_autoptr(GTask) task = NULL;
  Count *count = g_new0 (Count, 1);

  /* A count still running is for what no longer shows. */
  g_cancellable_cancel (self->count_cancellable);
  g_clear_object (&self->count_cancellable);
  self->count_cancellable = g_cancellable_new ();
  task = g_task_new (NULL, self->count_cancellable, counted_cb, NULL);
  g_weak_ref_init (&count->panel, self);
  count->serial = ++self->count_serial;
  count->slice = g_object_ref (self->slice);
  count->filter = tautan_filter_ref (tautan_session_get_filter (self->session));
  count->hidden_kinds = self->hidden_kinds;
  count->hidden_types = self->hidden_types;
  if (tautan_session_get_rollup (self->session))
    count->expanded = tautan_session_dup_expanded_groups (self->session);
  g_task_set_source_tag (task, count_async);
  g_task_set_task_data (task, count, count_free);
  g_task_run_in_thread (task, count_thread);

  update_summary_title (self);
  set_summary_current (self, FALSE);
}

/* The session's span, filters or selection changed: show what it now
 * holds. */
static void
refresh (TautanSidePanel *self)
{
  TautanSlice *slice;
  TautanSelection selection;
  TautanTypeMask hidden_types;
  guint32 hidden_kinds;

  if (self->session == NULL)
    return;

  slice = tautan_session_get_slice (self->session);
  tautan_session_get_selection (self->session, &selection);
  hidden_kinds = tautan_session_get_hidden_kinds (self->session);
  tautan_session_get_hidden_type_mask (self->session, &hidden_types);
  if (slice == self->slice && tautan_selection_equal (&selection, &self->selection) &&
      hidden_kinds == self->hidden_kinds && memcmp (&hidden_types, &self->hidden_types, sizeof hidden_types) == 0)
    return;
  if (slice != self->slice || hidden_kinds != self->hidden_kinds ||
      memcmp (&hidden_types, &self->hidden_types, sizeof hidden_types) != 0)
    {
      g_clear_pointer (&self->shown, tautan_slice_shown_free);
      g_clear_pointer (&self->rolled_busiest, g_array_unref);
      self->count_serial++;
      g_cancellable_cancel (self->count_cancellable);
    }
  g_set_object (&self->slice, slice);
  self->selection = selection;
  self->hidden_kinds = hidden_kinds;
  self->hidden_types = hidden_types;

  if (selection.entity != TAUTAN_NONE)
    {
      update_entity (self);
      gtk_stack_set_visible_child_name (self->stack, "entity");
    }
  else if (selection.source != TAUTAN_NONE)
    {
      update_edge (self);
      gtk_stack_set_visible_child_name (self->stack, "edge");
    }
  else
    {
      if (self->shown == NULL && tautan_dataset_get_n_events (dataset (self)) >= ASYNC_COUNT_EVENTS)
        count_async (self);
      else
        {
          if (self->shown == NULL)
            {
              TautanFilter *filter = tautan_session_get_filter (self->session);

              self->shown = tautan_filter_count_shown (filter, slice, hidden_kinds, &hidden_types, NULL);
              if (tautan_session_get_rollup (self->session))
                {
                  g_autoptr(GHashTable) expanded = tautan_session_dup_expanded_groups (self->session);

                  g_clear_pointer (&self->rolled_busiest, g_array_unref);
                  tautan_rollup_count_drawn (slice, filter, expanded, hidden_kinds, &hidden_types, NULL,
                                             &self->rolled, &self->rolled_busiest);
                }
            }
          update_summary (self);
        }
      gtk_stack_set_visible_child_name (self->stack, "summary");
    }
}

/* The roll-up's groups and edges changed: the selection's events may
 * have too. */
static void
rollup_changed_cb (TautanSidePanel *self)
{
  g_clear_object (&self->slice);
  refresh (self);
}

static void
tautan_side_panel_dispose (GObject *object)
{
  TautanSidePanel *self = (TautanSidePanel *)object;
  GtkWidget *child;

  if (self->session_signals != NULL)
    g_signal_group_set_target (self->session_signals, NULL);
  g_clear_object (&self->session_signals);

  gtk_widget_dispose_template (GTK_WIDGET (self), TAUTAN_TYPE_SIDE_PANEL);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);

  g_clear_object (&self->session);
  g_clear_object (&self->slice);
  g_clear_pointer (&self->shown, tautan_slice_shown_free);
  g_clear_pointer (&self->rolled_busiest, g_array_unref);
  self->count_serial++;
  g_cancellable_cancel (self->count_cancellable);
  g_clear_object (&self->count_cancellable);
  g_clear_object (&self->sorted_events);
  g_clear_object (&self->sorted_quotes);
  g_clear_object (&self->events);
  g_clear_object (&self->quotes);
  g_clear_object (&self->busiest);
  g_clear_object (&self->recent);

  G_OBJECT_CLASS (tautan_side_panel_parent_class)->dispose (object);
}

static void
tautan_side_panel_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  TautanSidePanel *self = TAUTAN_SIDE_PANEL (object);

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
tautan_side_panel_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  TautanSidePanel *self = TAUTAN_SIDE_PANEL (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      tautan_side_panel_set_session (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tautan_side_panel_class_init (TautanSidePanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tautan_side_panel_dispose;
  object_class->get_property = tautan_side_panel_get_property;
  object_class->set_property = tautan_side_panel_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, TAUTAN_TYPE_SESSION,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/tautan-side-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, TautanSidePanel, stack);
  gtk_widget_class_bind_template_child (widget_class, TautanSidePanel, summary_title);
  gtk_widget_class_bind_template_child (widget_class, TautanSidePanel, summary_counts);
  gtk_widget_class_bind_template_child (widget_class, TautanSidePanel, busiest_list);
  gtk_widget_class_bind_template_child (widget_class, TautanSidePanel, recent_list);
  gtk_widget_class_bind_template_child (widget_class, TautanSidePanel, entity_name);
  gtk_widget_class_bind_template_child (widget_class, TautanSidePanel, entity_subtitle);
  gtk_widget_class_bind_template_child (widget_class, TautanSidePanel, entity_aliases);
  gtk_widget_class_bind_template_child (widget_class, TautanSidePanel, entity_members);
  gtk_widget_class_bind_template_child (widget_class, TautanSidePanel, entity_events_view);
  gtk_widget_class_bind_template_child (widget_class, TautanSidePanel, entity_quotes_view);
  gtk_widget_class_bind_template_child (widget_class, TautanSidePanel, entity_stack);
  gtk_widget_class_bind_template_child (widget_class, TautanSidePanel, edge_title);
  gtk_widget_class_bind_template_child (widget_class, TautanSidePanel, edge_subtitle);
  gtk_widget_class_bind_template_child (widget_class, TautanSidePanel, edge_events_view);
  gtk_widget_class_bind_template_child (widget_class, TautanSidePanel, newest_first);
  gtk_widget_class_bind_template_callback (widget_class, newest_first_toggled_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "sidepanel");
}

static void
tautan_side_panel_init (TautanSidePanel *self)
{
  g_autoptr(GtkListItemFactory) brief = make_factory (G_CALLBACK (setup_event_cb), G_CALLBACK (bind_event_cb), FALSE);
  g_autoptr(GtkListItemFactory) quotes = make_factory (G_CALLBACK (setup_quote_cb), G_CALLBACK (bind_quote_cb), FALSE);
  g_autoptr(GtkListItemFactory) full = make_factory (G_CALLBACK (setup_event_cb), G_CALLBACK (bind_event_cb), TRUE);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->selection = (TautanSelection) { TAUTAN_NONE, TAUTAN_NONE, TAUTAN_NONE };
  self->events = g_list_store_new (TAUTAN_TYPE_ROW);
  self->quotes = g_list_store_new (TAUTAN_TYPE_ROW);
  self->busiest = g_list_store_new (TAUTAN_TYPE_ROW);
  self->recent = g_list_store_new (TAUTAN_TYPE_ROW);
  self->sorted_events = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->events)),
                                                 GTK_SORTER (gtk_custom_sorter_new (compare_rows, self, NULL)));
  self->sorted_quotes = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->quotes)),
                                                 GTK_SORTER (gtk_custom_sorter_new (compare_rows, self, NULL)));

  gtk_list_view_set_factory (self->entity_events_view, brief);
  gtk_list_view_set_model (self->entity_events_view,
                           GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->sorted_events)))));
  gtk_list_view_set_factory (self->entity_quotes_view, quotes);
  gtk_list_view_set_model (self->entity_quotes_view,
                           GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->sorted_quotes)))));
  gtk_list_view_set_factory (self->edge_events_view, full);
  gtk_list_view_set_model (self->edge_events_view,
                           GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->sorted_events)))));

  self->session_signals = g_signal_group_new (TAUTAN_TYPE_SESSION);
  g_signal_group_connect_swapped (self->session_signals, "notify::slice", G_CALLBACK (refresh), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::selection", G_CALLBACK (refresh), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::hidden-kinds", G_CALLBACK (refresh), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::hidden-types", G_CALLBACK (refresh), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::rollup", G_CALLBACK (rollup_changed_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::rollup-expanded", G_CALLBACK (rollup_changed_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::filter", G_CALLBACK (rollup_changed_cb), self);
}

GtkWidget *
tautan_side_panel_new (void)
{
  return g_object_new (TAUTAN_TYPE_SIDE_PANEL, NULL);
}

/**
 * tautan_side_panel_get_session:
 *
 * Returns: (transfer none) (nullable): the session followed
 */
TautanSession *
tautan_side_panel_get_session (TautanSidePanel *self)
{
  g_return_val_if_fail (TAUTAN_IS_SIDE_PANEL (self), NULL);
  return self->session;
}

/**
 * tautan_side_panel_set_session:
 * @session: (nullable): the analysis to follow
 *
 * Shows the evidence of @session's selection, or a summary of its span
 * when nothing is selected, and follows both.
 */
void
tautan_side_panel_set_session (TautanSidePanel *self,
                               TautanSession   *session)
{
  g_return_if_fail (TAUTAN_IS_SIDE_PANEL (self));
  g_return_if_fail (session == NULL || TAUTAN_IS_SESSION (session));

  if (!g_set_object (&self->session, session))
    return;

  g_signal_group_set_target (self->session_signals, session);
  g_clear_object (&self->slice);
  self->selection = (TautanSelection) { TAUTAN_NONE, TAUTAN_NONE, TAUTAN_NONE };
  if (session == NULL)
    {
      g_list_store_remove_all (self->events);
      g_list_store_remove_all (self->quotes);
      g_list_store_remove_all (self->busiest);
      g_list_store_remove_all (self->recent);
      sync_summary_rows (self);
    }
  else
    refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

const char *
tautan_side_panel_get_page (TautanSidePanel *self)
{
  g_return_val_if_fail (TAUTAN_IS_SIDE_PANEL (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

/**
 * tautan_side_panel_get_events:
 *
 * Returns: (transfer none): the events listed, in the order shown
 */
GListModel *
tautan_side_panel_get_events (TautanSidePanel *self)
{
  g_return_val_if_fail (TAUTAN_IS_SIDE_PANEL (self), NULL);
  return G_LIST_MODEL (self->sorted_events);
}

/**
 * tautan_side_panel_get_quotes:
 *
 * Returns: (transfer none): the quotes listed, in the order shown
 */
GListModel *
tautan_side_panel_get_quotes (TautanSidePanel *self)
{
  g_return_val_if_fail (TAUTAN_IS_SIDE_PANEL (self), NULL);
  return G_LIST_MODEL (self->sorted_quotes);
}

/**
 * tautan_side_panel_get_busiest:
 *
 * Returns: (transfer none): the summary's busiest actors, busiest first,
 *   as the canvas shows them (hidden kinds and types and what the
 *   composed filter stops left out)
 */
GListModel *
tautan_side_panel_get_busiest (TautanSidePanel *self)
{
  g_return_val_if_fail (TAUTAN_IS_SIDE_PANEL (self), NULL);
  return G_LIST_MODEL (self->busiest);
}

/**
 * tautan_side_panel_get_counts:
 *
 * Returns: the summary's line of counts (events, actors, links, quotes)
 */
const char *
tautan_side_panel_get_counts (TautanSidePanel *self)
{
  g_return_val_if_fail (TAUTAN_IS_SIDE_PANEL (self), NULL);
  return gtk_label_get_text (self->summary_counts);
}
