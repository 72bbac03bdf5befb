/* tautan-quote-card.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-quote-card"

#include "config.h"

#include <glib/gi18n.h>

#include "tautan/tautan-quote-card.h"
#include "tautan/tautan-text.h"

/* A quote as the evidence panel and the presentation's call-outs show
 * it: the words, the English gloss, who said them and through whom,
 * where it was published; in the panel also the two ways to act on it
 * ("explorer.show-source" and "explorer.copy-citation"). */

#define CALLOUT_WIDTH_CHARS 44

struct _TautanQuoteCard
{
  GtkWidget      parent_instance;

  GtkLabel      *words;
  GtkLabel      *gloss;
  GtkLabel      *speaker;
  GtkLabel      *where;
  GtkWidget     *buttons;
  GtkWidget     *source_button;
  GtkWidget     *copy_button;
  GtkWidget     *edit_button;

  TautanDataset *dataset;
  guint          quote;
  guint          callout : 1;
};

G_DEFINE_FINAL_TYPE (TautanQuoteCard, tautan_quote_card, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATASET,
  PROP_QUOTE,
  PROP_CALLOUT,
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
      name = tautan_text_shorten (e.name, TAUTAN_TEXT_MAX_NAME);
      g_string_append_printf (str, "%s%s", i ? ", " : "", name);
    }
  return g_string_free (str, FALSE);
}

static void
update (TautanQuoteCard *self)
{
  g_autofree char *speaker = NULL;
  g_autofree char *words = NULL;
  g_autofree char *text = NULL;
  g_autofree char *date = NULL;
  g_autofree char *outlet = NULL;
  g_autofree char *title = NULL;
  g_autofree char *gloss = NULL;
  TautanQuote q;
  TautanSource s;

  gtk_widget_set_visible (self->buttons, !self->callout);
  gtk_widget_set_visible (GTK_WIDGET (self->where), !self->callout);
  gtk_label_set_selectable (self->words, !self->callout);
  gtk_label_set_max_width_chars (self->words, self->callout ? CALLOUT_WIDTH_CHARS : -1);
  gtk_label_set_max_width_chars (self->gloss, self->callout ? CALLOUT_WIDTH_CHARS : -1);
  gtk_label_set_max_width_chars (self->speaker, self->callout ? CALLOUT_WIDTH_CHARS : -1);
  if (self->callout)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "quote-card");
      gtk_widget_add_css_class (GTK_WIDGET (self), "presentation-callout");
      gtk_widget_remove_css_class (GTK_WIDGET (self->speaker), "quote-speaker");
      gtk_widget_add_css_class (GTK_WIDGET (self->speaker), "dim-label");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "presentation-callout");
      gtk_widget_add_css_class (GTK_WIDGET (self), "quote-card");
      gtk_widget_remove_css_class (GTK_WIDGET (self->speaker), "dim-label");
      gtk_widget_add_css_class (GTK_WIDGET (self->speaker), "quote-speaker");
    }

  if (self->dataset == NULL || self->quote >= tautan_dataset_get_n_quotes (self->dataset))
    return;

  tautan_dataset_get_quote (self->dataset, self->quote, &q);
  tautan_dataset_get_source (self->dataset, q.source, &s);

  text = tautan_text_shorten (q.text, TAUTAN_TEXT_MAX_PROSE);
  words = g_strdup_printf ("“%s”", text);
  gtk_label_set_text (self->words, words);

  gloss = q.gloss ? tautan_text_shorten (q.gloss, TAUTAN_TEXT_MAX_PROSE) : NULL;
  gtk_label_set_text (self->gloss, gloss ? gloss : "");
  gtk_widget_set_visible (GTK_WIDGET (self->gloss), gloss != NULL);

  {
    g_autofree char *full = tautan_dataset_format_speaker (self->dataset, self->quote);
    speaker = tautan_text_shorten (full, TAUTAN_TEXT_MAX_NAME);
  }
  date = s.published != TAUTAN_DAY_NONE ? tautan_text_format_day (s.published) : g_strdup (_("undated"));
  outlet = tautan_text_shorten (s.outlet, TAUTAN_TEXT_MAX_NAME);
  title = tautan_text_shorten (s.title, TAUTAN_TEXT_MAX_NAME);

  if (self->callout)
    {
      g_autofree char *who = g_strdup_printf (_("— %s · %s, %s"), speaker, outlet, date);
      gtk_label_set_text (self->speaker, who);
    }
  else
    {
      g_autofree char *relay = q.n_relayed_by > 0 ? join_entities (self->dataset, q.relayed_by, q.n_relayed_by) : NULL;
      g_autofree char *who = relay ? g_strdup_printf (_("— %s, via %s"), speaker, relay)
                                   : g_strdup_printf ("— %s", speaker);
      g_autofree char *where = g_strdup_printf ("%s · %s · “%s”", outlet, date, title);

      gtk_label_set_text (self->speaker, who);
      gtk_label_set_text (self->where, where);
    }

  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->source_button), g_variant_new_uint32 (self->quote));
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->copy_button), g_variant_new_uint32 (self->quote));
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->edit_button), g_variant_new_uint32 (self->quote));
}

static void
tautan_quote_card_dispose (GObject *object)
{
  TautanQuoteCard *self = (TautanQuoteCard *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), TAUTAN_TYPE_QUOTE_CARD);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (tautan_quote_card_parent_class)->dispose (object);
}

static void
tautan_quote_card_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  TautanQuoteCard *self = TAUTAN_QUOTE_CARD (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;
    case PROP_QUOTE:
      g_value_set_uint (value, self->quote);
      break;
    case PROP_CALLOUT:
      g_value_set_boolean (value, self->callout);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tautan_quote_card_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  TautanQuoteCard *self = TAUTAN_QUOTE_CARD (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      tautan_quote_card_set_quote (self, g_value_get_object (value), self->quote);
      break;
    case PROP_QUOTE:
      tautan_quote_card_set_quote (self, self->dataset, g_value_get_uint (value));
      break;
    case PROP_CALLOUT:
      tautan_quote_card_set_callout (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tautan_quote_card_class_init (TautanQuoteCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tautan_quote_card_dispose;
  object_class->get_property = tautan_quote_card_get_property;
  object_class->set_property = tautan_quote_card_set_property;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, TAUTAN_TYPE_DATASET,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_QUOTE] =
    g_param_spec_uint ("quote", NULL, NULL, 0, G_MAXUINT, TAUTAN_NONE,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_CALLOUT] =
    g_param_spec_boolean ("callout", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/tautan-quote-card.ui");
  gtk_widget_class_bind_template_child (widget_class, TautanQuoteCard, words);
  gtk_widget_class_bind_template_child (widget_class, TautanQuoteCard, gloss);
  gtk_widget_class_bind_template_child (widget_class, TautanQuoteCard, speaker);
  gtk_widget_class_bind_template_child (widget_class, TautanQuoteCard, where);
  gtk_widget_class_bind_template_child (widget_class, TautanQuoteCard, buttons);
  gtk_widget_class_bind_template_child (widget_class, TautanQuoteCard, source_button);
  gtk_widget_class_bind_template_child (widget_class, TautanQuoteCard, copy_button);
  gtk_widget_class_bind_template_child (widget_class, TautanQuoteCard, edit_button);
  gtk_widget_class_set_css_name (widget_class, "quotecard");
}

static void
tautan_quote_card_init (TautanQuoteCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->quote = TAUTAN_NONE;
  /* A target before the name: the actions take the quote's index. */
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->source_button), g_variant_new_uint32 (0));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->source_button), "explorer.show-source");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->copy_button), g_variant_new_uint32 (0));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->copy_button), "explorer.copy-citation");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->edit_button), g_variant_new_uint32 (0));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->edit_button), "curate.edit-quote");
  update (self);
}

GtkWidget *
tautan_quote_card_new (void)
{
  return g_object_new (TAUTAN_TYPE_QUOTE_CARD, NULL);
}

/**
 * tautan_quote_card_get_dataset:
 *
 * Returns: (transfer none) (nullable): the quote's dataset
 */
TautanDataset *
tautan_quote_card_get_dataset (TautanQuoteCard *self)
{
  g_return_val_if_fail (TAUTAN_IS_QUOTE_CARD (self), NULL);
  return self->dataset;
}

guint
tautan_quote_card_get_quote (TautanQuoteCard *self)
{
  g_return_val_if_fail (TAUTAN_IS_QUOTE_CARD (self), TAUTAN_NONE);
  return self->quote;
}

/**
 * tautan_quote_card_set_quote:
 * @dataset: (nullable): the dataset
 * @quote: an index in @dataset's quotes
 *
 * Shows @quote of @dataset.
 */
void
tautan_quote_card_set_quote (TautanQuoteCard *self,
                             TautanDataset   *dataset,
                             guint            quote)
{
  gboolean dataset_changed;

  g_return_if_fail (TAUTAN_IS_QUOTE_CARD (self));
  g_return_if_fail (dataset == NULL || TAUTAN_IS_DATASET (dataset));

  dataset_changed = g_set_object (&self->dataset, dataset);
  if (!dataset_changed && self->quote == quote)
    return;
  self->quote = quote;
  update (self);
  if (dataset_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUOTE]);
}

gboolean
tautan_quote_card_get_callout (TautanQuoteCard *self)
{
  g_return_val_if_fail (TAUTAN_IS_QUOTE_CARD (self), FALSE);
  return self->callout;
}

void
tautan_quote_card_set_callout (TautanQuoteCard *self,
                               gboolean         callout)
{
  g_return_if_fail (TAUTAN_IS_QUOTE_CARD (self));

  if (self->callout == !!callout)
    return;
  self->callout = !!callout;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CALLOUT]);
}
