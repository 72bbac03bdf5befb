/* tautan-side-panel.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-side-panel"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "tautan/tautan-row.h"
#include "tautan/tautan-side-panel.h"

/* The panel is the accessible path to everything on the canvas: GTK 4.8
 * cannot expose canvas items to screen readers, so every node and edge the
 * graph shows can be reached here as text. */

#define N_BUSIEST 6
#define N_RECENT  6

struct _TautanSidePanel
{
  GtkWidget       parent_instance;

  GtkStack       *stack;
  GtkLabel       *summary_title;
  GtkLabel       *summary_counts;
  GtkListBox     *busiest_list;
  GtkListBox     *recent_list;
  GtkLabel       *entity_name;
  GtkLabel       *entity_subtitle;
  GtkLabel       *entity_aliases;
  GtkListView    *entity_events_view;
  GtkListView    *entity_quotes_view;
  GtkStack       *entity_stack;
  GtkLabel       *edge_title;
  GtkLabel       *edge_subtitle;
  GtkListView    *edge_events_view;
  GtkToggleButton *newest_first;

  TautanSlice    *slice;
  GListStore     *events;
  GListStore     *quotes;
  GtkSortListModel *sorted_events;
  GtkSortListModel *sorted_quotes;

  guint           entity;
  guint           source;
  guint           target;
};

G_DEFINE_FINAL_TYPE (TautanSidePanel, tautan_side_panel, GTK_TYPE_WIDGET)

static TautanDataset *
dataset (TautanSidePanel *self)
{
  return self->slice ? tautan_slice_get_dataset (self->slice) : NULL;
}

static const char *
entity_name (TautanDataset *ds,
             guint          entity)
{
  TautanEntity e;

  tautan_dataset_get_entity (ds, entity, &e);
  return e.name;
}

static char *
join_entities (TautanDataset *ds,
               const guint32 *list,
               guint          n)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (str, "%s%s", i ? ", " : "", entity_name (ds, list[i]));
  return g_string_free (str, FALSE);
}

/* "19 Jun 2024", "Jun 2024", "2019", or a range, honest to the precision. */
static char *
format_event_date (const TautanEvent *e)
{
  static const char *months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
  int y, m, d;

  tautan_day_to_ymd (e->start, &y, &m, &d);
  switch (e->precision)
    {
    case TAUTAN_PRECISION_DAY:
      return tautan_day_format_human (e->start);
    case TAUTAN_PRECISION_MONTH:
      return g_strdup_printf ("%s %d", months[m - 1], y);
    case TAUTAN_PRECISION_YEAR:
      return g_strdup_printf ("%d", y);
    case TAUTAN_PRECISION_WEEK:
    case TAUTAN_PRECISION_RANGE:
    default:
      {
        TautanTimeSpan span = { e->start, e->end };
        g_autofree char *text = tautan_time_span_format_human (&span);
        return g_strdup_printf (e->precision == TAUTAN_PRECISION_WEEK ? _("week of %s") : _("between %s"), text);
      }
    }
}

static char *
event_markup (TautanDataset *ds,
              guint          index,
              gboolean       with_participants)
{
  TautanTaxonomy *taxonomy = tautan_dataset_get_taxonomy (ds);
  const TautanEventType *type;
  g_autofree char *date = NULL;
  g_autofree char *actors = NULL;
  g_autofree char *targets = NULL;
  g_autofree char *who = NULL;
  g_autofree char *summary = NULL;
  GString *str = g_string_new (NULL);
  TautanEvent e;

  tautan_dataset_get_event (ds, index, &e);
  type = tautan_taxonomy_get_event_type (taxonomy, e.type);
  date = format_event_date (&e);
  summary = g_markup_escape_text (e.summary, -1);

  g_string_append_printf (str, "<span foreground=\"#%06X\">●</span> <b>%s</b>  <span alpha=\"70%%\">%s",
                          type->color, type->label, date);
  if (e.status != TAUTAN_STATUS_REPORTED)
    g_string_append_printf (str, " · %s", tautan_status_to_string (e.status));
  g_string_append (str, "</span>");

  if (with_participants)
    {
      actors = join_entities (ds, e.actors, e.n_actors);
      targets = join_entities (ds, e.targets, e.n_targets);
      who = g_markup_escape_text (e.n_targets > 0 ? "" : actors, -1);
      if (e.n_targets > 0)
        {
          g_autofree char *a = g_markup_escape_text (actors, -1);
          g_autofree char *t = g_markup_escape_text (targets, -1);
          g_string_append_printf (str, "\n%s → %s", a, t);
        }
      else
        g_string_append_printf (str, "\n%s", who);
    }
  g_string_append_printf (str, "\n%s", summary);

  return g_string_free (str, FALSE);
}

static GtkWidget *
make_label (const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* A quote: the words, who said them and through whom, where it was
 * published, the English gloss, and the two ways to act on it. */
static GtkWidget *
quote_card_new (TautanDataset *ds,
                guint          index)
{
  g_autofree char *speaker = tautan_dataset_format_speaker (ds, index);
  g_autofree char *words = NULL;
  g_autofree char *relay = NULL;
  g_autofree char *where = NULL;
  GtkWidget *box, *label, *buttons, *button;
  TautanQuote q;
  TautanSource s;

  tautan_dataset_get_quote (ds, index, &q);
  tautan_dataset_get_source (ds, q.source, &s);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "quote-card");

  words = g_strdup_printf ("“%s”", q.text);
  label = make_label ("quote-words");
  gtk_label_set_text (GTK_LABEL (label), words);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_box_append (GTK_BOX (box), label);

  if (q.gloss != NULL)
    {
      label = make_label ("quote-gloss");
      gtk_label_set_text (GTK_LABEL (label), q.gloss);
      gtk_box_append (GTK_BOX (box), label);
    }

  relay = q.n_relayed_by > 0 ? join_entities (ds, q.relayed_by, q.n_relayed_by) : NULL;
  label = make_label ("quote-speaker");
  if (relay != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("— %s, via %s"), speaker, relay);
      gtk_label_set_text (GTK_LABEL (label), text);
    }
  else
    {
      g_autofree char *text = g_strdup_printf ("— %s", speaker);
      gtk_label_set_text (GTK_LABEL (label), text);
    }
  gtk_box_append (GTK_BOX (box), label);

  {
    g_autofree char *date = s.published != TAUTAN_DAY_NONE ? tautan_day_format_human (s.published)
                                                           : g_strdup (_("undated"));
    where = g_strdup_printf ("%s · %s · “%s”", s.outlet, date, s.title);
  }
  label = make_label ("dim-label");
  gtk_widget_add_css_class (label, "caption");
  gtk_label_set_text (GTK_LABEL (label), where);
  gtk_box_append (GTK_BOX (box), label);

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  button = gtk_button_new_with_mnemonic (_("_Show in Source"));
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Open the article with this quote highlighted"));
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "u", index);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "explorer.show-source");
  gtk_box_append (GTK_BOX (buttons), button);
  button = gtk_button_new_from_icon_name ("edit-copy-symbolic");
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Copy with Citation"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Copy with Citation"), -1);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "u", index);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "explorer.copy-citation");
  gtk_box_append (GTK_BOX (buttons), button);
  gtk_box_append (GTK_BOX (box), buttons);

  return box;
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  gtk_widget_add_css_class (box, "panel-row");
  gtk_list_item_set_child (item, box);
}

static void
clear_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)))
    gtk_box_remove (GTK_BOX (box), child);
}

/* Events, with participants on the entity page and with their quotes and
 * sources on the edge page (user_data is TRUE there). */
static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  gboolean full = GPOINTER_TO_INT (user_data);
  TautanRow *row = gtk_list_item_get_item (item);
  TautanDataset *ds = tautan_row_get_dataset (row);
  GtkWidget *box = gtk_list_item_get_child (item);

  clear_box (box);

  if (tautan_row_get_kind (row) == TAUTAN_ROW_QUOTE)
    {
      gtk_box_append (GTK_BOX (box), quote_card_new (ds, tautan_row_get_index (row)));
      return;
    }

  {
    g_autofree char *markup = event_markup (ds, tautan_row_get_index (row), TRUE);
    GtkWidget *label = make_label (NULL);
    TautanEvent e;

    gtk_label_set_markup (GTK_LABEL (label), markup);
    gtk_box_append (GTK_BOX (box), label);

    if (!full)
      return;

    tautan_dataset_get_event (ds, tautan_row_get_index (row), &e);
    for (guint i = 0; i < e.n_quotes; i++)
      gtk_box_append (GTK_BOX (box), quote_card_new (ds, e.quotes[i]));
    for (guint i = 0; i < e.n_sources; i++)
      {
        TautanSource s;
        g_autofree char *date = NULL;
        g_autofree char *text = NULL;
        GtkWidget *src = make_label ("dim-label");

        tautan_dataset_get_source (ds, e.sources[i], &s);
        date = s.published != TAUTAN_DAY_NONE ? tautan_day_format_human (s.published) : g_strdup (_("undated"));
        text = g_strdup_printf (_("Source: %s, %s, “%s”"), s.outlet, date, s.title);
        gtk_widget_add_css_class (src, "caption");
        gtk_label_set_text (GTK_LABEL (src), text);
        gtk_box_append (GTK_BOX (box), src);
      }
  }
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
            GArray        *indices)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < indices->len; i++)
    g_ptr_array_add (rows, tautan_row_new (ds, kind, g_array_index (indices, guint32, i)));
  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)), rows->pdata, rows->len);
}

static GtkWidget *
summary_row_new (const char *title,
                 const char *subtitle,
                 const char *action,
                 GVariant   *target)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (action)
    {
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), target);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), action);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
    }
  return row;
}

static int
compare_busiest (gconstpointer a,
                 gconstpointer b)
{
  const TautanSliceEntity *x = a, *y = b;

  if (x->count != y->count)
    return x->count < y->count ? 1 : -1;
  return (x->entity > y->entity) - (x->entity < y->entity);
}

static void
update_summary (TautanSidePanel *self)
{
  TautanDataset *ds = dataset (self);
  TautanTimeSpan span;
  g_autofree char *range = NULL;
  g_autofree char *counts = NULL;
  g_autoptr(GArray) busiest = NULL;
  g_autoptr(GArray) events = NULL;
  g_autoptr(GArray) quotes = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->busiest_list))))
    gtk_list_box_remove (self->busiest_list, child);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))))
    gtk_list_box_remove (self->recent_list, child);

  if (ds == NULL)
    return;

  span = tautan_slice_get_span (self->slice);
  range = tautan_time_span_format_human (&span);
  gtk_label_set_text (self->summary_title, range);

  quotes = tautan_slice_list_quotes (self->slice, TAUTAN_NONE);
  counts = g_strdup_printf (_("%u events · %u actors · %u links · %u quotes"),
                            tautan_slice_get_n_events (self->slice), tautan_slice_get_n_entities (self->slice),
                            tautan_slice_get_n_edges (self->slice), quotes->len);
  gtk_label_set_text (self->summary_counts, counts);

  busiest = g_array_new (FALSE, FALSE, sizeof (TautanSliceEntity));
  for (guint i = 0; i < tautan_slice_get_n_entities (self->slice); i++)
    g_array_append_val (busiest, *tautan_slice_get_entity (self->slice, i));
  g_array_sort (busiest, compare_busiest);
  for (guint i = 0; i < MIN (busiest->len, N_BUSIEST); i++)
    {
      const TautanSliceEntity *se = &g_array_index (busiest, TautanSliceEntity, i);
      TautanEntity e;
      g_autofree char *sub = NULL;

      tautan_dataset_get_entity (ds, se->entity, &e);
      sub = g_strdup_printf (g_dngettext (NULL, "%s · %u event", "%s · %u events", se->count),
                             tautan_entity_kind_label (e.kind), se->count);
      gtk_list_box_append (self->busiest_list,
                           summary_row_new (e.name, sub, "explorer.select-entity", g_variant_new_uint32 (se->entity)));
    }

  events = tautan_slice_list_events (self->slice, TAUTAN_NONE, TAUTAN_NONE, TAUTAN_NONE);
  for (guint i = 0; i < MIN (events->len, N_RECENT); i++)
    {
      guint index = g_array_index (events, guint32, events->len - 1 - i);
      g_autofree char *markup = event_markup (ds, index, TRUE);
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *label = make_label (NULL);

      gtk_label_set_markup (GTK_LABEL (label), markup);
      gtk_widget_set_margin_top (label, 8);
      gtk_widget_set_margin_bottom (label, 8);
      gtk_widget_set_margin_start (label, 12);
      gtk_widget_set_margin_end (label, 12);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
      gtk_list_box_append (self->recent_list, row);
    }
}

static void
update_entity (TautanSidePanel *self)
{
  TautanDataset *ds = dataset (self);
  g_autoptr(GArray) events = NULL;
  g_autoptr(GArray) quotes = NULL;
  g_autoptr(GString) aliases = g_string_new (NULL);
  g_autofree char *subtitle = NULL;
  g_autofree char *events_title = NULL;
  g_autofree char *quotes_title = NULL;
  TautanEntity e;

  tautan_dataset_get_entity (ds, self->entity, &e);
  gtk_label_set_text (self->entity_name, e.name);

  if (e.affiliation != TAUTAN_NONE)
    subtitle = g_strdup_printf ("%s · %s%s%s", tautan_entity_kind_label (e.kind), entity_name (ds, e.affiliation),
                                e.role ? " · " : "", e.role ? e.role : "");
  else
    subtitle = g_strdup_printf ("%s%s%s", tautan_entity_kind_label (e.kind), e.role ? " · " : "", e.role ? e.role : "");
  gtk_label_set_text (self->entity_subtitle, subtitle);

  for (guint i = 0; i < e.n_aliases; i++)
    g_string_append_printf (aliases, "%s%s", i ? ", " : _("Also: "), tautan_dataset_get_string (ds, e.aliases[i]));
  gtk_label_set_text (self->entity_aliases, aliases->str);
  gtk_widget_set_visible (GTK_WIDGET (self->entity_aliases), aliases->len > 0);

  events = tautan_slice_list_events (self->slice, self->entity, TAUTAN_NONE, TAUTAN_NONE);
  quotes = tautan_slice_list_quotes (self->slice, self->entity);
  fill_store (self->events, ds, TAUTAN_ROW_EVENT, events);
  fill_store (self->quotes, ds, TAUTAN_ROW_QUOTE, quotes);

  events_title = g_strdup_printf (_("Events (%u)"), events->len);
  quotes_title = g_strdup_printf (_("Quotes (%u)"), quotes->len);
  gtk_stack_page_set_title (gtk_stack_get_page (self->entity_stack, gtk_stack_get_child_by_name (self->entity_stack, "events")),
                            events_title);
  gtk_stack_page_set_title (gtk_stack_get_page (self->entity_stack, gtk_stack_get_child_by_name (self->entity_stack, "quotes")),
                            quotes_title);
}

static void
update_edge (TautanSidePanel *self)
{
  TautanDataset *ds = dataset (self);
  g_autoptr(GArray) events = NULL;
  g_autoptr(GArray) none = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  title = g_strdup_printf ("%s → %s", entity_name (ds, self->source), entity_name (ds, self->target));
  gtk_label_set_text (self->edge_title, title);

  events = tautan_slice_list_events (self->slice, TAUTAN_NONE, self->source, self->target);
  subtitle = g_strdup_printf (g_dngettext (NULL, "%u event in this window", "%u events in this window", events->len),
                              events->len);
  gtk_label_set_text (self->edge_subtitle, subtitle);
  fill_store (self->events, ds, TAUTAN_ROW_EVENT, events);
  fill_store (self->quotes, ds, TAUTAN_ROW_QUOTE, none);
}

static void
refresh (TautanSidePanel *self)
{
  if (self->slice == NULL)
    return;

  if (self->entity != TAUTAN_NONE)
    {
      update_entity (self);
      gtk_stack_set_visible_child_name (self->stack, "entity");
    }
  else if (self->source != TAUTAN_NONE)
    {
      update_edge (self);
      gtk_stack_set_visible_child_name (self->stack, "edge");
    }
  else
    {
      update_summary (self);
      gtk_stack_set_visible_child_name (self->stack, "summary");
    }
}

static GtkListItemFactory *
make_factory (gboolean full)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), GINT_TO_POINTER (full));
  return factory;
}

static void
tautan_side_panel_dispose (GObject *object)
{
  TautanSidePanel *self = (TautanSidePanel *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), TAUTAN_TYPE_SIDE_PANEL);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);

  g_clear_object (&self->slice);
  g_clear_object (&self->sorted_events);
  g_clear_object (&self->sorted_quotes);
  g_clear_object (&self->events);
  g_clear_object (&self->quotes);

  G_OBJECT_CLASS (tautan_side_panel_parent_class)->dispose (object);
}

static void
tautan_side_panel_class_init (TautanSidePanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tautan_side_panel_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/tautan-side-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, TautanSidePanel, stack);
  gtk_widget_class_bind_template_child (widget_class, TautanSidePanel, summary_title);
  gtk_widget_class_bind_template_child (widget_class, TautanSidePanel, summary_counts);
  gtk_widget_class_bind_template_child (widget_class, TautanSidePanel, busiest_list);
  gtk_widget_class_bind_template_child (widget_class, TautanSidePanel, recent_list);
  gtk_widget_class_bind_template_child (widget_class, TautanSidePanel, entity_name);
  gtk_widget_class_bind_template_child (widget_class, TautanSidePanel, entity_subtitle);
  gtk_widget_class_bind_template_child (widget_class, TautanSidePanel, entity_aliases);
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
  g_autoptr(GtkListItemFactory) brief = make_factory (FALSE);
  g_autoptr(GtkListItemFactory) quotes = make_factory (FALSE);
  g_autoptr(GtkListItemFactory) full = make_factory (TRUE);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->entity = self->source = self->target = TAUTAN_NONE;
  self->events = g_list_store_new (TAUTAN_TYPE_ROW);
  self->quotes = g_list_store_new (TAUTAN_TYPE_ROW);
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
}

GtkWidget *
tautan_side_panel_new (void)
{
  return g_object_new (TAUTAN_TYPE_SIDE_PANEL, NULL);
}

void
tautan_side_panel_set_slice (TautanSidePanel *self,
                             TautanSlice     *slice)
{
  g_return_if_fail (TAUTAN_IS_SIDE_PANEL (self));

  if (!g_set_object (&self->slice, slice))
    return;

  if (slice == NULL)
    {
      self->entity = self->source = self->target = TAUTAN_NONE;
      return;
    }
  refresh (self);
}

void
tautan_side_panel_show_summary (TautanSidePanel *self)
{
  g_return_if_fail (TAUTAN_IS_SIDE_PANEL (self));

  self->entity = self->source = self->target = TAUTAN_NONE;
  refresh (self);
}

void
tautan_side_panel_show_entity (TautanSidePanel *self,
                               guint            entity)
{
  g_return_if_fail (TAUTAN_IS_SIDE_PANEL (self));

  self->entity = entity;
  self->source = self->target = TAUTAN_NONE;
  refresh (self);
}

void
tautan_side_panel_show_edge (TautanSidePanel *self,
                             guint            source,
                             guint            target)
{
  g_return_if_fail (TAUTAN_IS_SIDE_PANEL (self));

  self->entity = TAUTAN_NONE;
  self->source = source;
  self->target = target;
  refresh (self);
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
