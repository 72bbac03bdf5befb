/* tautan-event-row.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-event-row"

#include "config.h"

#include <glib/gi18n.h>

#include "tautan/tautan-event-row.h"
#include "tautan/tautan-quote-card.h"
#include "tautan/tautan-text.h"

/* An event of the evidence panel's lists: its type, date, status,
 * participants and summary; on an edge's page also its quote cards and
 * sources. A list recycles rows: binding another event reuses the cards
 * it has and only adds or removes the difference. */

struct _TautanEventRow
{
  GtkWidget  parent_instance;

  GtkLabel  *summary;
  GtkBox    *quotes;
  GtkLabel  *sources;
  GtkWidget *edit_button;

  TautanRow *row;
  guint      full : 1;
};

G_DEFINE_FINAL_TYPE (TautanEventRow, tautan_event_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ROW,
  PROP_FULL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
join_entities (TautanDataset *ds,
               const guint32 *list,
               guint          n)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      TautanEntity e;
      g_autofree char *name = NULL;

      tautan_dataset_get_entity (ds, list[i], &e);
      name = tautan_text_isolate (e.name, TAUTAN_TEXT_MAX_NAME);
      g_string_append_printf (str, "%s%s", i ? ", " : "", name);
    }
  return g_string_free (str, FALSE);
}

/* "19 Jun 2024", "Jun 2024", "2019", or a range, honest to the precision. */
static char *
format_event_date (const TautanEvent *e)
{
  int y, m, d;

  tautan_day_to_ymd (e->start, &y, &m, &d);
  switch (e->precision)
    {
    case TAUTAN_PRECISION_DAY:
      return tautan_text_format_day (e->start);
    case TAUTAN_PRECISION_MONTH:
      return tautan_text_format_month (y, m);
    case TAUTAN_PRECISION_YEAR:
      return g_strdup_printf ("%d", y);
    case TAUTAN_PRECISION_WEEK:
      {
        g_autofree char *first = tautan_text_format_day (e->start);

        /* TRANSLATORS: an event dated to a week, named by its first day */
        return g_strdup_printf (_("week of %s"), first);
      }
    case TAUTAN_PRECISION_RANGE:
    default:
      {
        g_autofree char *first = NULL;
        g_autofree char *last = NULL;

        /* An open end is no day: "on or after …", "date unknown". */
        if (e->start == TAUTAN_DAY_MIN || e->end == TAUTAN_DAY_MAX)
          return tautan_time_span_format_human (&(TautanTimeSpan) { e->start, e->end });
        first = tautan_text_format_day (e->start);
        last = tautan_text_format_day (e->end);
        if (e->start == e->end)
          return g_steal_pointer (&first);
        /* TRANSLATORS: an event known only to lie within two days:
         * "between 1 Jul 2024 and 31 Jul 2025" */
        return g_strdup_printf (_("between %s and %s"), first, last);
      }
    }
}

/**
 * tautan_event_row_markup:
 * @event: an index in @dataset's events
 *
 * Returns: (transfer full): Pango markup: the type in its colour, the
 *   date and status, who acted on whom, the summary
 */
char *
tautan_event_row_markup (TautanDataset *dataset,
                         guint          event)
{
  TautanTaxonomy *taxonomy = tautan_dataset_get_taxonomy (dataset);
  const TautanEventType *type;
  g_autofree char *date = NULL;
  g_autofree char *actors = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *label = NULL;
  g_autofree char *text = NULL;
  GString *str = g_string_new (NULL);
  TautanEvent e;

  tautan_dataset_get_event (dataset, event, &e);
  type = tautan_taxonomy_get_event_type (taxonomy, e.type);
  date = format_event_date (&e);
  text = tautan_text_shorten (e.summary, TAUTAN_TEXT_MAX_PROSE);
  summary = g_markup_escape_text (text, -1);
  label = g_markup_escape_text (type->label, -1);

  g_string_append_printf (str, "<span foreground=\"#%06X\">●</span> <b>%s</b>  <span alpha=\"70%%\">%s",
                          type->color, label, date);
  if (e.status != TAUTAN_STATUS_REPORTED)
    g_string_append_printf (str, " · %s", tautan_status_to_string (e.status));
  g_string_append (str, "</span>");

  actors = join_entities (dataset, e.actors, e.n_actors);
  {
    g_autofree char *a = g_markup_escape_text (actors, -1);

    if (e.n_targets > 0)
      {
        g_autofree char *targets = join_entities (dataset, e.targets, e.n_targets);
        g_autofree char *t = g_markup_escape_text (targets, -1);

        g_string_append_printf (str, "\n%s → %s", a, t);
      }
    else
      g_string_append_printf (str, "\n%s", a);
  }
  g_string_append_printf (str, "\n%s", summary);

  return g_string_free (str, FALSE);
}

static void
update (TautanEventRow *self)
{
  TautanDataset *ds;
  g_autofree char *markup = NULL;
  g_autoptr(GString) sources = NULL;
  GtkWidget *card;
  TautanEvent e;
  guint n_cards = 0;

  if (self->row == NULL)
    return;

  ds = tautan_row_get_dataset (self->row);
  markup = tautan_event_row_markup (ds, tautan_row_get_index (self->row));
  gtk_label_set_markup (self->summary, markup);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->edit_button),
                                          g_variant_new_uint32 (tautan_row_get_index (self->row)));

  tautan_dataset_get_event (ds, tautan_row_get_index (self->row), &e);
  if (!self->full)
    e.n_quotes = e.n_sources = 0;

  /* Reuse the cards there are; add or drop the difference. */
  card = gtk_widget_get_first_child (GTK_WIDGET (self->quotes));
  for (guint i = 0; i < e.n_quotes; i++)
    {
      if (card == NULL)
        {
          card = tautan_quote_card_new ();
          gtk_box_append (self->quotes, card);
        }
      tautan_quote_card_set_quote (TAUTAN_QUOTE_CARD (card), ds, e.quotes[i]);
      card = gtk_widget_get_next_sibling (card);
      n_cards++;
    }
  while (card != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (card);
      gtk_box_remove (self->quotes, card);
      card = next;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->quotes), n_cards > 0);

  sources = g_string_new (NULL);
  for (guint i = 0; i < e.n_sources; i++)
    {
      TautanSource s;
      g_autofree char *date = NULL;
      g_autofree char *outlet = NULL;
      g_autofree char *title = NULL;

      tautan_dataset_get_source (ds, e.sources[i], &s);
      date = s.published != TAUTAN_DAY_NONE ? tautan_text_format_day (s.published) : g_strdup (_("undated"));
      outlet = tautan_text_shorten (s.outlet, TAUTAN_TEXT_MAX_NAME);
      title = tautan_text_shorten (s.title, TAUTAN_TEXT_MAX_NAME);
      if (sources->len > 0)
        g_string_append_c (sources, '\n');
      g_string_append_printf (sources, _("Source: %s, %s, “%s”"), outlet, date, title);
    }
  gtk_label_set_text (self->sources, sources->str);
  gtk_widget_set_visible (GTK_WIDGET (self->sources), sources->len > 0);
}

static void
tautan_event_row_dispose (GObject *object)
{
  TautanEventRow *self = (TautanEventRow *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), TAUTAN_TYPE_EVENT_ROW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->row);

  G_OBJECT_CLASS (tautan_event_row_parent_class)->dispose (object);
}

static void
tautan_event_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  TautanEventRow *self = TAUTAN_EVENT_ROW (object);

  switch (prop_id)
    {
    case PROP_ROW:
      g_value_set_object (value, self->row);
      break;
    case PROP_FULL:
      g_value_set_boolean (value, self->full);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tautan_event_row_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  TautanEventRow *self = TAUTAN_EVENT_ROW (object);

  switch (prop_id)
    {
    case PROP_ROW:
      tautan_event_row_set_row (self, g_value_get_object (value));
      break;
    case PROP_FULL:
      tautan_event_row_set_full (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tautan_event_row_class_init (TautanEventRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tautan_event_row_dispose;
  object_class->get_property = tautan_event_row_get_property;
  object_class->set_property = tautan_event_row_set_property;

  properties[PROP_ROW] =
    g_param_spec_object ("row", NULL, NULL, TAUTAN_TYPE_ROW,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_FULL] =
    g_param_spec_boolean ("full", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/tautan-event-row.ui");
  gtk_widget_class_bind_template_child (widget_class, TautanEventRow, summary);
  gtk_widget_class_bind_template_child (widget_class, TautanEventRow, quotes);
  gtk_widget_class_bind_template_child (widget_class, TautanEventRow, sources);
  gtk_widget_class_bind_template_child (widget_class, TautanEventRow, edit_button);
  gtk_widget_class_set_css_name (widget_class, "eventrow");
  g_type_ensure (TAUTAN_TYPE_QUOTE_CARD);
}

static void
tautan_event_row_init (TautanEventRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* A target before the name: the action takes the event's index. */
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->edit_button), g_variant_new_uint32 (0));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->edit_button), "curate.edit-event");
}

GtkWidget *
tautan_event_row_new (gboolean full)
{
  return g_object_new (TAUTAN_TYPE_EVENT_ROW, "full", full, NULL);
}

/**
 * tautan_event_row_get_row:
 *
 * Returns: (transfer none) (nullable): the event shown
 */
TautanRow *
tautan_event_row_get_row (TautanEventRow *self)
{
  g_return_val_if_fail (TAUTAN_IS_EVENT_ROW (self), NULL);
  return self->row;
}

void
tautan_event_row_set_row (TautanEventRow *self,
                          TautanRow      *row)
{
  g_return_if_fail (TAUTAN_IS_EVENT_ROW (self));
  g_return_if_fail (row == NULL || TAUTAN_IS_ROW (row));

  if (!g_set_object (&self->row, row))
    return;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROW]);
}

gboolean
tautan_event_row_get_full (TautanEventRow *self)
{
  g_return_val_if_fail (TAUTAN_IS_EVENT_ROW (self), FALSE);
  return self->full;
}

void
tautan_event_row_set_full (TautanEventRow *self,
                           gboolean        full)
{
  g_return_if_fail (TAUTAN_IS_EVENT_ROW (self));

  if (self->full == !!full)
    return;
  self->full = !!full;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FULL]);
}
