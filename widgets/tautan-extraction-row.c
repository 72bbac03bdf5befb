/* tautan-extraction-row.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-extraction-row"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "tautan/tautan-date.h"
#include "tautan/tautan-entity-chooser.h"
#include "tautan/tautan-extraction-row.h"

/* One quote, entity or event of an article in review: accepted or not,
 * what the extractor made of it, and the fields a reviewer fixes in
 * place (a quote's speaker and certainty, an entity's name and kind and
 * the dataset's entity it is, an event's date and precision). Edits go
 * straight to the item; a choice of a speaker or of a dataset entity goes
 * through "chosen", since which entity a choice stands for is the
 * review's to say. Both are actor choosers (type to find, busiest first):
 * a drop-down of every actor was unusable at 100,000. */

struct _TautanExtractionRow
{
  GtkWidget             parent_instance;

  TautanEntityChooser  *chooser;        /* the speaker, or the dataset entity it is */
  GtkEditable          *speaker_entry;

  TautanExtractionItem *item;
  guint                 chosen_entity;  /* the choice last told */
  int                   chosen_extra;
};

G_DEFINE_FINAL_TYPE (TautanExtractionRow, tautan_extraction_row, GTK_TYPE_WIDGET)

enum
{
  CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
certain_toggled_cb (GtkCheckButton       *check,
                    TautanExtractionItem *quote)
{
  gboolean active = gtk_check_button_get_active (check);

  if (tautan_extraction_item_get_certain (quote) != active)
    tautan_extraction_item_set_certain (quote, active);
}

/* Naming a speaker makes the attribution certain: the check follows. */
static void
quote_changed_cb (TautanExtractionItem *quote,
                  GParamSpec           *pspec,
                  GtkCheckButton       *check)
{
  if (gtk_check_button_get_active (check) != tautan_extraction_item_get_certain (quote))
    gtk_check_button_set_active (check, tautan_extraction_item_get_certain (quote));
}

/* ---- entities ---- */

static void
entity_name_changed_cb (GtkEditable          *entry,
                        TautanExtractionItem *entity)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  /* an entity needs a name: an emptied field keeps the last one */
  if (*name != '\0' && g_strcmp0 (name, tautan_extraction_item_get_name (entity)) != 0)
    tautan_extraction_item_set_name (entity, name);
}

static void
entity_kind_selected_cb (GtkDropDown          *drop,
                         GParamSpec           *pspec,
                         TautanExtractionItem *entity)
{
  guint kind = gtk_drop_down_get_selected (drop);

  if (kind < TAUTAN_N_ENTITY_KINDS && kind != tautan_extraction_item_get_entity_kind (entity))
    tautan_extraction_item_set_entity_kind (entity, kind);
}

/* ---- event dates ---- */

static char *
format_date (TautanExtractionItem *event)
{
  TautanDay start, end;
  TautanPrecision precision;
  int y, m, d;

  tautan_extraction_item_get_date (event, &start, &end, &precision);
  if (start == TAUTAN_DAY_NONE)
    return g_strdup ("");
  tautan_day_to_ymd (start, &y, &m, &d);
  switch (precision)
    {
    case TAUTAN_PRECISION_DAY:
      return tautan_day_format (start);
    case TAUTAN_PRECISION_MONTH:
      return g_strdup_printf ("%04d-%02d", y, m);
    case TAUTAN_PRECISION_YEAR:
      return g_strdup_printf ("%04d", y);
    case TAUTAN_PRECISION_WEEK:
    case TAUTAN_PRECISION_RANGE:
    case TAUTAN_N_PRECISIONS:
    default:
      {
        g_autofree char *a = tautan_day_format (start);
        g_autofree char *b = tautan_day_format (end);

        return g_strdup_printf ("%s/%s", a, b);
      }
    }
}

/* "2024-05-13", "2024-05" or "2024": the first and last day it names,
 * and how finely it was written. */
static gboolean
parse_date_part (const char      *text,
                 TautanDay       *start,
                 TautanDay       *end,
                 TautanPrecision *written)
{
  int y, m;
  char tail;

  if (tautan_day_parse (text, strlen (text), start))
    {
      *end = *start;
      *written = TAUTAN_PRECISION_DAY;
      return TRUE;
    }
  if (sscanf (text, "%4d-%2d%c", &y, &m, &tail) == 2 && strlen (text) == 7 && m >= 1 && m <= 12)
    {
      *start = tautan_day_from_ymd (y, m, 1);
      *end = tautan_day_from_ymd (y, m, tautan_days_in_month (y, m));
      *written = TAUTAN_PRECISION_MONTH;
      return *start != TAUTAN_DAY_NONE;
    }
  if (sscanf (text, "%4d%c", &y, &tail) == 1 && strlen (text) == 4)
    {
      *start = tautan_day_from_ymd (y, 1, 1);
      *end = tautan_day_from_ymd (y, 12, 31);
      *written = TAUTAN_PRECISION_YEAR;
      return *start != TAUTAN_DAY_NONE;
    }
  return FALSE;
}

static gboolean
parse_date (const char       *text,
            TautanPrecision   precision,
            TautanDay        *start,
            TautanDay        *end,
            const char      **problem)
{
  g_auto(GStrv) parts = g_strsplit (text, "/", 3);
  TautanPrecision written;
  TautanDay a0, a1, b0, b1;
  int y, m, d;

  if (parts[0] == NULL || !parse_date_part (g_strstrip (parts[0]), &a0, &a1, &written))
    {
      *problem = _("Write a date as YYYY-MM-DD, YYYY-MM or YYYY, or a range as YYYY-MM-DD/YYYY-MM-DD.");
      return FALSE;
    }
  if (parts[1] != NULL)
    {
      if (parts[2] != NULL || !parse_date_part (g_strstrip (parts[1]), &b0, &b1, &written))
        {
          *problem = _("A range is two dates joined by a slash: YYYY-MM-DD/YYYY-MM-DD.");
          return FALSE;
        }
      *start = a0;
      *end = b1;
      return TRUE;
    }

  tautan_day_to_ymd (a0, &y, &m, &d);
  switch (precision)
    {
    case TAUTAN_PRECISION_DAY:
    case TAUTAN_PRECISION_WEEK:
      if (written != TAUTAN_PRECISION_DAY)
        {
          *problem = _("A day or a week needs the day: YYYY-MM-DD.");
          return FALSE;
        }
      *start = a0;
      *end = precision == TAUTAN_PRECISION_WEEK ? a0 + 6 : a0;
      return TRUE;
    case TAUTAN_PRECISION_MONTH:
      if (written == TAUTAN_PRECISION_YEAR)
        {
          *problem = _("A month needs its year and month: YYYY-MM.");
          return FALSE;
        }
      *start = tautan_day_from_ymd (y, m, 1);
      *end = tautan_day_from_ymd (y, m, tautan_days_in_month (y, m));
      return TRUE;
    case TAUTAN_PRECISION_YEAR:
      *start = tautan_day_from_ymd (y, 1, 1);
      *end = tautan_day_from_ymd (y, 12, 31);
      return TRUE;
    case TAUTAN_PRECISION_RANGE:
    case TAUTAN_N_PRECISIONS:
    default:
      *start = a0;
      *end = a1;
      return TRUE;
    }
}

static void
apply_date (GtkWidget *any)
{
  GtkWidget *box = gtk_widget_get_parent (any);
  GtkEditable *entry = g_object_get_data (G_OBJECT (box), "tautan-date");
  GtkDropDown *drop = g_object_get_data (G_OBJECT (box), "tautan-precision");
  TautanExtractionItem *event = g_object_get_data (G_OBJECT (box), "tautan-item");
  TautanPrecision precision = gtk_drop_down_get_selected (drop);
  const char *problem = NULL;
  g_autoptr(GError) error = NULL;
  TautanDay start, end;

  if (!parse_date (gtk_editable_get_text (entry), precision, &start, &end, &problem) ||
      !tautan_extraction_item_set_date (event, start, end, precision, NULL, &error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (entry), problem != NULL ? problem : error->message);
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  gtk_widget_set_tooltip_text (GTK_WIDGET (entry), _("Set in review: press Enter to apply a typed date"));
}

static void
date_activate_cb (GtkWidget *entry)
{
  apply_date (entry);
}

static void
precision_selected_cb (GtkWidget  *drop,
                       GParamSpec *pspec)
{
  apply_date (drop);
}

/* ---- item rows ---- */

static const char *kind_colours[] = { "#f6d32d", NULL, "#2ec27e" };

static char *
kind_markup (TautanExtractionItem *item)
{
  const char *words[] = { N_("Quote"), N_("Entity"), N_("Event") };
  TautanExtractionItemKind kind = tautan_extraction_item_get_kind (item);
  g_autofree char *word = g_markup_escape_text (_(words[kind]), -1);

  if (kind == TAUTAN_EXTRACTION_ENTITY)
    return g_strdup_printf ("<span background=\"#3584e4\" bgalpha=\"35%%\"> %s </span>", word);
  if (kind == TAUTAN_EXTRACTION_EVENT)
    return g_strdup_printf ("<span underline=\"double\" underline_color=\"%s\">%s</span>", kind_colours[kind], word);
  return g_strdup_printf ("<span background=\"%s\" bgalpha=\"45%%\"> %s </span>", kind_colours[kind], word);
}

static GtkWidget *
detail_box (GtkBox *parent)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  gtk_widget_set_margin_start (box, 32);
  gtk_box_append (parent, box);
  return box;
}

static GtkWidget *
string_drop_down (GListModel *model)
{
  GtkExpression *expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  GtkWidget *drop = gtk_drop_down_new (g_object_ref (model), expression);

  gtk_widget_set_valign (drop, GTK_ALIGN_CENTER);
  return drop;
}

static gboolean
unnamed (TautanExtractionRow *self)
{
  return tautan_entity_chooser_get_entity (self->chooser) == TAUTAN_NONE &&
         tautan_entity_chooser_get_extra (self->chooser) < 0;
}

static void
emit_chosen (TautanExtractionRow *self)
{
  const char *text = self->speaker_entry != NULL ? gtk_editable_get_text (self->speaker_entry) : "";

  g_signal_emit (self, signals[CHOSEN], 0, tautan_entity_chooser_get_entity (self->chooser),
                 tautan_entity_chooser_get_extra (self->chooser), unnamed (self) && *text != '\0' ? text : NULL);
}

/* Told once a change (the chooser notifies both entity and extra when
 * one replaces the other). */
static void
choice_changed_cb (TautanExtractionRow *self)
{
  guint entity = tautan_entity_chooser_get_entity (self->chooser);
  int extra = tautan_entity_chooser_get_extra (self->chooser);

  if (self->speaker_entry != NULL)
    gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->speaker_entry)), unnamed (self));
  if (entity == self->chosen_entity && extra == self->chosen_extra)
    return;
  self->chosen_entity = entity;
  self->chosen_extra = extra;
  emit_chosen (self);
}

static void
speaker_text_changed_cb (TautanExtractionRow *self)
{
  if (unnamed (self))
    emit_chosen (self);
}

/* The row's chooser, with @extras first and the choice it has now. */
static GtkWidget *
chooser_new (TautanExtractionRow *self,
             TautanDataset       *dataset,
             const char          *none_label,
             const char * const  *extras,
             guint                entity,
             int                  extra)
{
  TautanEntityChooser *chooser = TAUTAN_ENTITY_CHOOSER (tautan_entity_chooser_new ());

  tautan_entity_chooser_set_none (chooser, none_label, TRUE);
  tautan_entity_chooser_set_dataset (chooser, dataset);
  for (guint i = 0; extras != NULL && extras[i] != NULL; i++)
    tautan_entity_chooser_add_extra (chooser, extras[i], _("In this article"));
  tautan_entity_chooser_set_entity (chooser, entity);
  tautan_entity_chooser_set_extra (chooser, extra);
  gtk_widget_set_valign (GTK_WIDGET (chooser), GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (GTK_WIDGET (chooser), TRUE);
  self->chooser = chooser;
  self->chosen_entity = tautan_entity_chooser_get_entity (chooser);
  self->chosen_extra = tautan_entity_chooser_get_extra (chooser);
  return GTK_WIDGET (chooser);
}

static void
quote_details (TautanExtractionRow *self,
               GtkBox              *row_box,
               TautanDataset       *dataset,
               const char * const  *extras,
               guint                entity,
               int                  extra)
{
  TautanExtractionItem *quote = self->item;
  GtkBox *box = GTK_BOX (detail_box (row_box));
  GtkWidget *drop, *entry, *certain, *label;
  const char *text = tautan_extraction_item_get_speaker_text (quote);

  label = gtk_label_new (_("Speaker"));
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (box, label);

  /* Short: the chooser is narrow; the line under it asks for the words. */
  drop = chooser_new (self, dataset, _("Not named"), extras, entity, extra);
  gtk_widget_set_name (drop, "speaker");
  gtk_widget_set_tooltip_text (drop, _("Who said it: one of the article's entities, one of the dataset's, or someone the text does not name"));
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), drop);
  gtk_box_append (box, drop);

  certain = gtk_check_button_new_with_mnemonic (_("C_ertain"));
  gtk_widget_set_name (certain, "certain");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (certain), tautan_extraction_item_get_certain (quote));
  gtk_widget_set_tooltip_text (certain, _("Whether the text makes plain who said it"));
  gtk_box_append (box, certain);

  /* free text gets a line of its own: "a senior official of the ministry" */
  box = GTK_BOX (detail_box (row_box));
  entry = gtk_entry_new ();
  gtk_widget_set_hexpand (entry, TRUE);
  gtk_widget_set_name (entry, "speaker-text");
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Who, in the text's words"));
  gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? text : "");
  gtk_widget_set_tooltip_text (entry, _("An unnamed speaker stays words of the text, never forced onto an entity"));
  gtk_box_append (box, entry);
  gtk_widget_set_visible (GTK_WIDGET (box), self->chosen_entity == TAUTAN_NONE && self->chosen_extra < 0);
  self->speaker_entry = GTK_EDITABLE (entry);

  g_signal_connect_object (drop, "notify::entity", G_CALLBACK (choice_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (drop, "notify::extra", G_CALLBACK (choice_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (entry, "changed", G_CALLBACK (speaker_text_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (certain, "toggled", G_CALLBACK (certain_toggled_cb), quote, 0);
  g_signal_connect_object (quote, "notify::label", G_CALLBACK (quote_changed_cb), certain, 0);
}

static void
entity_details (TautanExtractionRow  *self,
                GtkBox               *row_box,
                TautanExtractionItem *entity,
                TautanDataset        *known,
                guint                 same_as)
{
  GtkBox *box = GTK_BOX (detail_box (row_box));
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  GtkWidget *entry, *drop, *label;

  entry = gtk_entry_new ();
  gtk_widget_set_name (entry, "name");
  gtk_widget_set_hexpand (entry, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (entry), tautan_extraction_item_get_name (entity));
  gtk_widget_set_tooltip_text (entry, _("The entity's name in the dataset"));
  gtk_box_append (box, entry);

  for (guint k = 0; k < TAUTAN_N_ENTITY_KINDS; k++)
    gtk_string_list_append (kinds, tautan_entity_kind_label (k));
  drop = string_drop_down (G_LIST_MODEL (kinds));
  gtk_widget_set_name (drop, "kind");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop), tautan_extraction_item_get_entity_kind (entity));
  gtk_widget_set_tooltip_text (drop, _("What kind of actor it is"));
  gtk_box_append (box, drop);

  if (tautan_extraction_item_get_proposed (entity))
    {
      GtkWidget *badge = gtk_label_new (_("new"));

      gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (badge, "caption-heading");
      gtk_widget_add_css_class (badge, "accent");
      gtk_widget_set_tooltip_text (badge, _("Not in the gazetteer: a proposed new entity"));
      gtk_box_append (box, badge);
    }
  else if (tautan_extraction_item_get_merge_target (entity) != NULL)
    {
      GtkWidget *badge = gtk_label_new (_("in the dataset"));

      gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (badge, "caption");
      gtk_widget_add_css_class (badge, "dim-label");
      gtk_box_append (box, badge);
    }

  g_signal_connect_object (entry, "changed", G_CALLBACK (entity_name_changed_cb), entity, 0);
  g_signal_connect_object (drop, "notify::selected", G_CALLBACK (entity_kind_selected_cb), entity, 0);

  if (known == NULL)
    return;
  box = GTK_BOX (detail_box (row_box));
  label = gtk_label_new (_("Same as"));
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (box, label);
  drop = chooser_new (self, known, _("Automatic: the same id or name, or new"), NULL, same_as, -1);
  gtk_widget_set_name (drop, "same-as");
  gtk_widget_set_tooltip_text (drop, _("The dataset's entity this one is: it keeps that entity's id and name, and gains this name as an alias"));
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), drop);
  gtk_box_append (box, drop);
  g_signal_connect_object (drop, "notify::entity", G_CALLBACK (choice_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
event_details (GtkBox               *row_box,
               TautanExtractionItem *event)
{
  GtkBox *box = GTK_BOX (detail_box (row_box));
  g_autoptr(GtkStringList) precisions = gtk_string_list_new (NULL);
  g_autofree char *date = format_date (event);
  const char *words = tautan_extraction_item_get_date_words (event);
  const char *note = tautan_extraction_item_get_date_note (event);
  g_autofree char *basis = NULL;
  TautanPrecision precision;
  GtkWidget *label, *entry, *drop;

  label = gtk_label_new (_("Date"));
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (box, label);

  entry = gtk_entry_new ();
  gtk_widget_set_name (entry, "date");
  gtk_editable_set_text (GTK_EDITABLE (entry), date);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 12);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("YYYY-MM-DD"));
  gtk_widget_set_tooltip_text (entry, _("YYYY-MM-DD, YYYY-MM, YYYY or YYYY-MM-DD/YYYY-MM-DD; Enter applies it"));
  gtk_box_append (box, entry);

  gtk_string_list_append (precisions, _("Day"));
  gtk_string_list_append (precisions, _("Week"));
  gtk_string_list_append (precisions, _("Month"));
  gtk_string_list_append (precisions, _("Year"));
  gtk_string_list_append (precisions, _("Range"));
  drop = string_drop_down (G_LIST_MODEL (precisions));
  gtk_widget_set_name (drop, "precision");
  tautan_extraction_item_get_date (event, NULL, NULL, &precision);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop), precision);
  gtk_widget_set_tooltip_text (drop, _("How precise the date is: never more than the text says"));
  gtk_box_append (box, drop);

  /* TRANSLATORS: how an event's date was found: a method, then the words */
  basis = words != NULL ? g_strdup_printf (_("%s: “%s”"), tautan_date_method_to_string (tautan_extraction_item_get_date_method (event)), words)
                        : g_strdup (note != NULL ? note : tautan_date_method_to_string (tautan_extraction_item_get_date_method (event)));
  label = gtk_label_new (basis);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_tooltip_text (label, note != NULL ? note : basis);
  gtk_box_append (box, label);

  g_object_set_data (G_OBJECT (box), "tautan-date", entry);
  g_object_set_data (G_OBJECT (box), "tautan-precision", drop);
  g_object_set_data (G_OBJECT (box), "tautan-item", event);
  g_signal_connect (entry, "activate", G_CALLBACK (date_activate_cb), NULL);
  g_signal_connect (drop, "notify::selected", G_CALLBACK (precision_selected_cb), NULL);
}

static void
build (TautanExtractionRow *self,
       TautanDataset       *dataset,
       const char * const  *extras,
       guint                entity,
       int                  extra)
{
  TautanExtractionItem *item = self->item;
  GtkBox *box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 4));
  GtkBox *top = GTK_BOX (gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6));
  g_autofree char *markup = kind_markup (item);
  GtkWidget *check, *kind, *label;

  gtk_widget_set_margin_top (GTK_WIDGET (box), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (box), 6);
  gtk_widget_set_margin_start (GTK_WIDGET (box), 6);
  gtk_widget_set_margin_end (GTK_WIDGET (box), 6);

  check = gtk_check_button_new ();
  gtk_widget_set_name (check, "accept");
  gtk_widget_set_valign (check, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (check, _("Accepted items join the dataset; rejected ones are left out"));
  g_object_bind_property (item, "accepted", check, "active", G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  gtk_box_append (top, check);

  kind = gtk_label_new (NULL);
  gtk_label_set_markup (GTK_LABEL (kind), markup);
  gtk_widget_set_valign (kind, GTK_ALIGN_START);
  gtk_widget_add_css_class (kind, "caption-heading");
  gtk_box_append (top, kind);

  label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (label), 3);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  g_object_bind_property (item, "label", label, "label", G_BINDING_SYNC_CREATE);
  gtk_box_append (top, label);
  gtk_box_append (box, GTK_WIDGET (top));

  switch (tautan_extraction_item_get_kind (item))
    {
    case TAUTAN_EXTRACTION_QUOTE:
      quote_details (self, box, dataset, extras, entity, extra);
      break;
    case TAUTAN_EXTRACTION_ENTITY:
      entity_details (self, box, item, dataset, entity);
      break;
    case TAUTAN_EXTRACTION_EVENT:
    default:
      event_details (box, item);
      break;
    }
  gtk_widget_set_parent (GTK_WIDGET (box), GTK_WIDGET (self));
}

static void
tautan_extraction_row_dispose (GObject *object)
{
  TautanExtractionRow *self = (TautanExtractionRow *)object;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (tautan_extraction_row_parent_class)->dispose (object);
}

static void
tautan_extraction_row_class_init (TautanExtractionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tautan_extraction_row_dispose;

  /**
   * TautanExtractionRow::chosen:
   * @entity: the dataset's entity chosen, or %TAUTAN_NONE
   * @extra: for a quote, the index of the extra chosen, or -1
   * @text: (nullable): for a quote with neither, who in the text's words
   *
   * The reviewer named a quote's speaker, or the dataset's entity an
   * entity is (none: the merge decides, by id or name): who owns the
   * choices says which entity that is.
   */
  signals[CHOSEN] =
    g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, G_TYPE_UINT, G_TYPE_INT, G_TYPE_STRING);

  gtk_widget_class_set_css_name (widget_class, "extractionrow");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
tautan_extraction_row_init (TautanExtractionRow *self)
{
}

/**
 * tautan_extraction_row_new:
 * @item: the item shown and edited
 * @dataset: (nullable): whose entities a quote's speaker or an entity's
 *   match is chosen among; an entity without one has no such choice
 * @extras: (nullable) (array zero-terminated=1): for a quote, the other
 *   speakers offered first (the article's entities)
 * @entity: the dataset's entity chosen now, or %TAUTAN_NONE
 * @extra: for a quote, the extra chosen now, or -1
 *
 * Returns: (transfer floating): the row's content
 */
GtkWidget *
tautan_extraction_row_new (TautanExtractionItem *item,
                           TautanDataset        *dataset,
                           const char * const   *extras,
                           guint                 entity,
                           int                   extra)
{
  TautanExtractionRow *self;

  g_return_val_if_fail (TAUTAN_IS_EXTRACTION_ITEM (item), NULL);
  g_return_val_if_fail (dataset == NULL || TAUTAN_IS_DATASET (dataset), NULL);

  self = g_object_new (TAUTAN_TYPE_EXTRACTION_ROW, NULL);
  self->item = g_object_ref (item);
  build (self, dataset, extras, entity, extra);
  return GTK_WIDGET (self);
}

/**
 * tautan_extraction_row_get_item:
 *
 * Returns: (transfer none): the item
 */
TautanExtractionItem *
tautan_extraction_row_get_item (TautanExtractionRow *self)
{
  g_return_val_if_fail (TAUTAN_IS_EXTRACTION_ROW (self), NULL);
  return self->item;
}
