/* tautan-period-popover.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-period-popover"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "tautan/tautan-date-expr.h"
#include "tautan/tautan-histogram.h"
#include "tautan/tautan-period-popover.h"
#include "tautan/tautan-text.h"

/* The timeline's "Set Period…" popover: two date entries (each checked as
 * typed, the reason in the tooltip), a calendar for the focused one, and
 * presets (all, the last twelve months, a calendar year of the data, its
 * quarters and months). It chooses days; it does not own the span: it
 * activates "timeline.set-span" (ii) up its widget tree, so the span
 * changes the way every other span change does. */

struct _TautanPeriodPopover
{
  GtkPopover     parent_instance;

  GtkEntry      *from_entry;
  GtkEntry      *to_entry;
  GtkLabel      *calendar_label;
  GtkCalendar   *calendar;
  GtkDropDown   *year_dropdown;
  GtkStringList *years;
  GtkWidget     *quarters_box;
  GtkWidget     *months_grid;
  GtkWidget     *year_button;
  GtkWidget     *quarter_buttons[4];
  GtkWidget     *month_buttons[12];

  TautanDataset *dataset;
  GtkEntry      *calendar_entry;   /* the entry the calendar edits */
  GArray        *year_values;      /* int, as listed in @years */
  int            year;             /* chosen for the quarters and months */

  guint          syncing : 1;
};

G_DEFINE_FINAL_TYPE (TautanPeriodPopover, tautan_period_popover, GTK_TYPE_POPOVER)

enum {
  PROP_0,
  PROP_DATASET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static TautanTimeSpan
month_span (int year,
            int month)
{
  return (TautanTimeSpan) { tautan_day_from_ymd (year, month, 1),
                            tautan_day_from_ymd (year, month, tautan_days_in_month (year, month)) };
}

static TautanTimeSpan
year_span (int year)
{
  return (TautanTimeSpan) { tautan_day_from_ymd (year, 1, 1), tautan_day_from_ymd (year, 12, 31) };
}

static gboolean
year_ok (int year)
{
  return year >= 1 && year <= 9999;
}

static gboolean
all_digits (const char *text,
            gsize       len)
{
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return len > 0;
}

/* Numeric forms, checked field by field so the reason can say which is
 * wrong: "2025", "2025-01", "2025-01-31", "Q1 2025". */
static gboolean
parse_numeric (const char      *text,
               TautanTimeSpan  *days,
               char           **reason,
               gboolean        *handled)
{
  g_auto(GStrv) parts = NULL;
  guint n;
  int year, month, day, quarter;

  *handled = FALSE;

  /* Q1 2025, or K1 2025 (kuartal) as Indonesian writes it. */
  if (text[0] != '\0' && strchr ("QqKk", text[0]) != NULL
      && text[1] >= '1' && text[1] <= '4' && text[2] == ' '
      && all_digits (text + 3, strlen (text + 3)) && strlen (text + 3) == 4)
    {
      *handled = TRUE;
      quarter = text[1] - '0';
      year = atoi (text + 3);
      if (!year_ok (year))
        goto bad_year;
      days->from = month_span (year, 3 * quarter - 2).from;
      days->to = month_span (year, 3 * quarter).to;
      return TRUE;
    }

  parts = g_strsplit (text, "-", -1);
  n = g_strv_length (parts);
  if (n < 1 || n > 3 || strlen (parts[0]) != 4)
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (!all_digits (parts[i], strlen (parts[i])) || (i > 0 && strlen (parts[i]) > 2))
      return FALSE;

  *handled = TRUE;
  year = atoi (parts[0]);
  if (!year_ok (year))
    goto bad_year;
  if (n == 1)
    {
      *days = year_span (year);
      return TRUE;
    }

  month = atoi (parts[1]);
  if (month < 1 || month > 12)
    {
      /* Translators: %s is the text typed in a date entry. */
      *reason = g_strdup_printf (_("“%s”: a month is 01 to 12"), text);
      return FALSE;
    }
  if (n == 2)
    {
      *days = month_span (year, month);
      return TRUE;
    }

  day = atoi (parts[2]);
  if (day < 1 || day > tautan_days_in_month (year, month))
    {
      g_autofree char *name = tautan_text_format_month (year, month);

      /* Translators: %s is a month and year ("February 2025"), %d its number of days. */
      *reason = g_strdup_printf (ngettext ("%s has %d day", "%s has %d days",
                                           tautan_days_in_month (year, month)),
                                 name, tautan_days_in_month (year, month));
      return FALSE;
    }
  days->from = days->to = tautan_day_from_ymd (year, month, day);
  return TRUE;

bad_year:
  *reason = g_strdup (_("A year is 0001 to 9999"));
  return FALSE;
}

/**
 * tautan_period_parse:
 * @text: a date as typed
 * @days: (out): the days it stands for, both ends inclusive
 * @reason: (out) (optional) (transfer full): why @text is not a date
 *
 * Reads a day ("2025-01-31", "31 Jan 2025", "31 Januari 2025"), a month
 * ("2025-01", "Jan 2025"), a quarter ("Q1 2025") or a year ("2025").
 *
 * Returns: whether @text is one of those
 */
gboolean
tautan_period_parse (const char      *text,
                     TautanTimeSpan  *days,
                     char           **reason)
{
  g_autofree char *stripped = NULL;
  g_autofree char *why = NULL;
  g_autoptr(GArray) found = NULL;
  gboolean handled;
  TautanDay day;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (days != NULL, FALSE);

  stripped = g_strstrip (g_strdup (text));
  if (stripped[0] == '\0')
    {
      why = g_strdup (_("Type a date, such as 2025-01-31, 31 Jan 2025 or 2025-01"));
      goto fail;
    }

  if (parse_numeric (stripped, days, &why, &handled))
    return TRUE;
  if (handled)
    goto fail;

  if (tautan_date_expr_parse_day (stripped, &day))
    {
      days->from = days->to = day;
      return TRUE;
    }

  /* A month in words ("Jan 2025", "Januari 2025"): one expression, all of
   * the text, not relative to anything. */
  found = tautan_date_expr_find (stripped, -1, "id", TAUTAN_DAY_NONE, TAUTAN_DAY_NONE);
  if (found->len == 1)
    {
      const TautanDateExpr *e = &g_array_index (found, TautanDateExpr, 0);

      if (e->start == 0 && e->end == strlen (stripped) && e->from != TAUTAN_DAY_NONE
          && !(e->flags & (TAUTAN_DATE_EXPR_RELATIVE | TAUTAN_DATE_EXPR_UNANCHORED))
          && (e->precision == TAUTAN_PRECISION_MONTH || e->precision == TAUTAN_PRECISION_YEAR))
        {
          days->from = e->from;
          days->to = e->to;
          return TRUE;
        }
    }

  /* Translators: %s is the text typed in a date entry. */
  why = g_strdup_printf (_("“%s” is not a date: type 2025-01-31, 31 Jan 2025 or 2025-01"),
                         stripped);

fail:
  if (reason != NULL)
    *reason = g_steal_pointer (&why);
  return FALSE;
}

static char *
format_iso (TautanDay day)
{
  char buf[11];

  tautan_day_format_buf (day, buf);
  return g_strdup (buf);
}

/* Checks one entry; marks it and says why in its tooltip. @is_end picks
 * the last day of a month or year typed there. */
static gboolean
check_entry (TautanPeriodPopover *self,
             GtkEntry            *entry,
             gboolean             is_end,
             TautanDay           *day)
{
  g_autofree char *reason = NULL;
  TautanTimeSpan days;
  gboolean ok = tautan_period_parse (gtk_editable_get_text (GTK_EDITABLE (entry)), &days, &reason);

  if (ok && self->dataset != NULL)
    {
      TautanTimeSpan data = tautan_dataset_get_span (self->dataset);
      g_autofree char *edge = NULL;

      /* A period that misses the data entirely would show nothing. */
      if (!is_end && days.from > data.to)
        {
          edge = tautan_text_format_day (data.to);
          /* Translators: %s is a day, "31 Jul 2025". */
          reason = g_strdup_printf (_("The data ends on %s"), edge);
          ok = FALSE;
        }
      else if (is_end && days.to < data.from)
        {
          edge = tautan_text_format_day (data.from);
          /* Translators: %s is a day, "1 Jan 2019". */
          reason = g_strdup_printf (_("The data starts on %s"), edge);
          ok = FALSE;
        }
    }

  if (ok)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (entry),
                                   _("A day (2025-01-31, 31 Jan 2025), "
                                     "a month (2025-01, Jan 2025), "
                                     "a quarter (Q1 2025) or a year (2025)"));
      *day = is_end ? days.to : days.from;
    }
  else
    {
      gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (entry), reason);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, ok ? "" : reason,
                                  -1);
  return ok;
}

static gboolean
check_period (TautanPeriodPopover *self,
              TautanTimeSpan      *period)
{
  TautanTimeSpan days;
  gboolean from_ok = check_entry (self, self->from_entry, FALSE, &days.from);
  gboolean to_ok = check_entry (self, self->to_entry, TRUE, &days.to);

  if (from_ok && to_ok && days.to < days.from)
    {
      g_autofree char *start = tautan_text_format_day (days.from);
      /* Translators: %s is a day, "1 Jan 2025". */
      g_autofree char *reason = g_strdup_printf (_("Ends before it starts (%s)"), start);

      gtk_widget_add_css_class (GTK_WIDGET (self->to_entry), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->to_entry), reason);
      to_ok = FALSE;
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "period.apply", from_ok && to_ok);
  if (from_ok && to_ok && period != NULL)
    *period = days;
  return from_ok && to_ok;
}

static void
sync_calendar (TautanPeriodPopover *self)
{
  g_autoptr(GDateTime) dt = NULL;
  TautanTimeSpan days;
  int year, month, mday;

  gtk_label_set_text (self->calendar_label,
                      self->calendar_entry == self->to_entry ? _("Choose the last day")
                                                             : _("Choose the first day"));
  if (!tautan_period_parse (gtk_editable_get_text (GTK_EDITABLE (self->calendar_entry)),
                            &days, NULL))
    return;

  tautan_day_to_ymd (self->calendar_entry == self->to_entry ? days.to : days.from,
                     &year, &month, &mday);
  dt = g_date_time_new_utc (year, month, mday, 0, 0, 0);
  if (dt == NULL)
    return;

  self->syncing = TRUE;
  gtk_calendar_select_day (self->calendar, dt);
  self->syncing = FALSE;
}

static void
set_entries (TautanPeriodPopover  *self,
             const TautanTimeSpan *span)
{
  g_autofree char *from = format_iso (span->from);
  g_autofree char *to = format_iso (span->to);

  self->syncing = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->from_entry), from);
  gtk_editable_set_text (GTK_EDITABLE (self->to_entry), to);
  self->syncing = FALSE;
  check_period (self, NULL);
  sync_calendar (self);
}

/* Shows @span: the entries say it, then the timeline takes it. */
static void
apply_span (TautanPeriodPopover  *self,
            const TautanTimeSpan *span)
{
  set_entries (self, span);
  gtk_widget_activate_action (GTK_WIDGET (self), "timeline.set-span", "(ii)",
                              (gint32)span->from, (gint32)span->to);
}

static void
update_year_buttons (TautanPeriodPopover *self)
{
  TautanTimeSpan data = { 0, -1 };

  if (self->dataset != NULL)
    data = tautan_dataset_get_span (self->dataset);

  if (year_ok (self->year))
    {
      TautanTimeSpan span = year_span (self->year);
      g_autofree char *label = g_strdup_printf ("%d", self->year);
      g_autofree char *tip = tautan_text_format_span (&span);

      gtk_button_set_label (GTK_BUTTON (self->year_button), label);
      gtk_widget_set_tooltip_text (self->year_button, tip);
    }
  else
    gtk_button_set_label (GTK_BUTTON (self->year_button), "–");
  gtk_widget_set_sensitive (self->year_button, year_ok (self->year));

  for (int q = 0; q < 4; q++)
    {
      TautanTimeSpan span = { month_span (self->year, 3 * q + 1).from,
                              month_span (self->year, 3 * q + 3).to };
      g_autofree char *tip = tautan_text_format_span (&span);

      gtk_widget_set_sensitive (self->quarter_buttons[q], year_ok (self->year) &&
                                tautan_time_span_overlaps (&data, span.from, span.to));
      gtk_widget_set_tooltip_text (self->quarter_buttons[q], tip);
    }
  for (int m = 0; m < 12; m++)
    {
      TautanTimeSpan span = month_span (self->year, m + 1);
      g_autofree char *tip = tautan_text_format_month (self->year, m + 1);

      gtk_widget_set_sensitive (self->month_buttons[m], year_ok (self->year) &&
                                tautan_time_span_overlaps (&data, span.from, span.to));
      gtk_widget_set_tooltip_text (self->month_buttons[m], tip);
    }
}

/* Chooses @year in the list, if listed, without applying it. */
static void
choose_year (TautanPeriodPopover *self,
             int                  year)
{
  for (guint i = 0; i < self->year_values->len; i++)
    if (g_array_index (self->year_values, int, i) == year)
      {
        self->syncing = TRUE;
        gtk_drop_down_set_selected (self->year_dropdown, i);
        self->syncing = FALSE;
        self->year = year;
        update_year_buttons (self);
        return;
      }
}

/* The years that hold an event, first to last. */
static void
fill_years (TautanPeriodPopover *self)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  TautanTimeSpan data;
  int first, last, month, mday;
  double least;
  g_autofree gboolean *present = NULL;

  g_array_set_size (self->year_values, 0);
  self->syncing = TRUE;
  gtk_string_list_splice (self->years, 0, g_list_model_get_n_items (G_LIST_MODEL (self->years)),
                          NULL);
  self->syncing = FALSE;
  if (self->dataset == NULL)
    return;

  /* A year holds an event when the histogram has weight in it: each
   * event weighs 1 spread over its days, so any event touching the year
   * puts at least 1 / (the data's days) there. Read from the prefix
   * sums, this costs a few lookups per year where a pass over a million
   * events stalled the window as it showed a new dataset. Half that
   * least weight keeps the sums' rounding from counting empty years. */
  data = tautan_dataset_get_span (self->dataset);
  tautan_day_to_ymd (data.from, &first, &month, &mday);
  tautan_day_to_ymd (data.to, &last, &month, &mday);
  present = g_new0 (gboolean, last - first + 1);
  least = 0.5 / ((double)data.to - data.from + 1);
  for (int y = first; y <= last; y++)
    {
      TautanTimeSpan year = year_span (y);
      double weight = 0;

      for (guint q = 0; q < TAUTAN_N_QUAD_CLASSES; q++)
        weight += tautan_histogram_weight (self->dataset, &year, q);
      present[y - first] = weight >= least;
    }

  for (int y = first; y <= last; y++)
    if (present[y - first])
      {
        g_array_append_val (self->year_values, y);
        g_ptr_array_add (labels, g_strdup_printf ("%d", y));
      }
  g_ptr_array_add (labels, NULL);

  self->syncing = TRUE;
  gtk_string_list_splice (self->years, 0, 0, (const char * const *)labels->pdata);
  self->syncing = FALSE;
  if (self->year_values->len > 0)
    choose_year (self, g_array_index (self->year_values, int, self->year_values->len - 1));
}

static void
entry_changed_cb (TautanPeriodPopover *self,
                  GtkEntry            *entry)
{
  if (self->syncing)
    return;

  check_period (self, NULL);
  if (entry == self->calendar_entry)
    sync_calendar (self);
}

static void
apply_typed (TautanPeriodPopover *self)
{
  TautanTimeSpan period;

  if (!check_period (self, &period))
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  apply_span (self, &period);
  gtk_popover_popdown (GTK_POPOVER (self));
}

static void
entry_activate_cb (TautanPeriodPopover *self,
                   GtkEntry            *entry)
{
  apply_typed (self);
}

static void
from_focus_cb (TautanPeriodPopover     *self,
               GtkEventControllerFocus *focus)
{
  self->calendar_entry = self->from_entry;
  sync_calendar (self);
}

static void
to_focus_cb (TautanPeriodPopover     *self,
             GtkEventControllerFocus *focus)
{
  self->calendar_entry = self->to_entry;
  sync_calendar (self);
}

static void
day_selected_cb (TautanPeriodPopover *self,
                 GtkCalendar         *calendar)
{
  g_autoptr(GDateTime) dt = NULL;
  g_autofree char *text = NULL;

  if (self->syncing)
    return;

  dt = gtk_calendar_get_date (calendar);
  text = format_iso (tautan_day_from_ymd (g_date_time_get_year (dt), g_date_time_get_month (dt),
                                          g_date_time_get_day_of_month (dt)));
  self->syncing = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->calendar_entry), text);
  self->syncing = FALSE;
  check_period (self, NULL);
}

static void
year_selected_cb (TautanPeriodPopover *self,
                  GParamSpec          *pspec,
                  GtkDropDown         *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);
  TautanTimeSpan span;
  int year;

  if (self->syncing || selected >= self->year_values->len)
    return;

  /* Choosing a year is its preset. */
  year = g_array_index (self->year_values, int, selected);
  self->year = year;
  update_year_buttons (self);
  span = year_span (year);
  apply_span (self, &span);
}

static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  apply_typed (TAUTAN_PERIOD_POPOVER (widget));
}

static void
all_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  TautanPeriodPopover *self = TAUTAN_PERIOD_POPOVER (widget);
  TautanTimeSpan data;

  if (self->dataset == NULL)
    return;
  data = tautan_dataset_get_span (self->dataset);
  apply_span (self, &data);
}

static void
last_year_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  TautanPeriodPopover *self = TAUTAN_PERIOD_POPOVER (widget);
  TautanTimeSpan data;
  int year, month, mday;

  if (self->dataset == NULL)
    return;

  /* Twelve months back from the day after the last event. */
  data = tautan_dataset_get_span (self->dataset);
  tautan_day_to_ymd (data.to + 1, &year, &month, &mday);
  year = MAX (1, year - 1);
  data.from = tautan_day_from_ymd (year, month, MIN (mday, tautan_days_in_month (year, month)));
  apply_span (self, &data);
}

/* The chosen year again, after a quarter or a month of it: choosing it
 * in the list does nothing while it is chosen already. */
static void
year_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  TautanPeriodPopover *self = TAUTAN_PERIOD_POPOVER (widget);
  TautanTimeSpan span;

  if (!year_ok (self->year))
    return;
  span = year_span (self->year);
  apply_span (self, &span);
}

static void
quarter_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  TautanPeriodPopover *self = TAUTAN_PERIOD_POPOVER (widget);
  int q = g_variant_get_int32 (param);

  g_return_if_fail (q >= 1 && q <= 4);
  if (!year_ok (self->year))
    return;
  apply_span (self, &(TautanTimeSpan) { month_span (self->year, 3 * q - 2).from,
                                        month_span (self->year, 3 * q).to });
}

static void
month_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  TautanPeriodPopover *self = TAUTAN_PERIOD_POPOVER (widget);
  int m = g_variant_get_int32 (param);
  TautanTimeSpan span;

  g_return_if_fail (m >= 1 && m <= 12);
  if (!year_ok (self->year))
    return;
  span = month_span (self->year, m);
  apply_span (self, &span);
}

static void
tautan_period_popover_dispose (GObject *object)
{
  TautanPeriodPopover *self = (TautanPeriodPopover *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), TAUTAN_TYPE_PERIOD_POPOVER);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (tautan_period_popover_parent_class)->dispose (object);
}

static void
tautan_period_popover_finalize (GObject *object)
{
  TautanPeriodPopover *self = (TautanPeriodPopover *)object;

  g_clear_pointer (&self->year_values, g_array_unref);

  G_OBJECT_CLASS (tautan_period_popover_parent_class)->finalize (object);
}

static void
tautan_period_popover_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  TautanPeriodPopover *self = TAUTAN_PERIOD_POPOVER (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tautan_period_popover_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  TautanPeriodPopover *self = TAUTAN_PERIOD_POPOVER (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      tautan_period_popover_set_dataset (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tautan_period_popover_class_init (TautanPeriodPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tautan_period_popover_dispose;
  object_class->finalize = tautan_period_popover_finalize;
  object_class->get_property = tautan_period_popover_get_property;
  object_class->set_property = tautan_period_popover_set_property;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, TAUTAN_TYPE_DATASET,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/tautan-period-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, TautanPeriodPopover, from_entry);
  gtk_widget_class_bind_template_child (widget_class, TautanPeriodPopover, to_entry);
  gtk_widget_class_bind_template_child (widget_class, TautanPeriodPopover, calendar_label);
  gtk_widget_class_bind_template_child (widget_class, TautanPeriodPopover, calendar);
  gtk_widget_class_bind_template_child (widget_class, TautanPeriodPopover, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TautanPeriodPopover, years);
  gtk_widget_class_bind_template_child (widget_class, TautanPeriodPopover, quarters_box);
  gtk_widget_class_bind_template_child (widget_class, TautanPeriodPopover, months_grid);
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, from_focus_cb);
  gtk_widget_class_bind_template_callback (widget_class, to_focus_cb);
  gtk_widget_class_bind_template_callback (widget_class, day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, year_selected_cb);

  gtk_widget_class_install_action (widget_class, "period.apply", NULL, apply_action);
  gtk_widget_class_install_action (widget_class, "period.all", NULL, all_action);
  gtk_widget_class_install_action (widget_class, "period.last-year", NULL, last_year_action);
  gtk_widget_class_install_action (widget_class, "period.year", NULL, year_action);
  gtk_widget_class_install_action (widget_class, "period.quarter", "i", quarter_action);
  gtk_widget_class_install_action (widget_class, "period.month", "i", month_action);
}

static void
tautan_period_popover_init (TautanPeriodPopover *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->year_values = g_array_new (FALSE, FALSE, sizeof (int));
  self->calendar_entry = self->from_entry;

  self->year_button = gtk_button_new ();
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->year_button), "period.year");
  gtk_box_append (GTK_BOX (self->quarters_box), self->year_button);
  for (int q = 0; q < 4; q++)
    {
      /* Translators: a quarter of a year, Q1 to Q4. */
      g_autofree char *label = g_strdup_printf (_("Q%d"), q + 1);
      GtkWidget *button = gtk_button_new_with_label (label);

      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "period.quarter");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "i", q + 1);
      gtk_box_append (GTK_BOX (self->quarters_box), button);
      self->quarter_buttons[q] = button;
    }
  for (int m = 0; m < 12; m++)
    {
      g_autoptr(GDateTime) dt = g_date_time_new_utc (2001, m + 1, 1, 0, 0, 0);
      g_autofree char *label = tautan_date_time_format (dt, "%b");
      GtkWidget *button = gtk_button_new_with_label (label);

      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "period.month");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "i", m + 1);
      gtk_grid_attach (GTK_GRID (self->months_grid), button, m % 4, m / 4, 1, 1);
      self->month_buttons[m] = button;
    }

  update_year_buttons (self);
  sync_calendar (self);
}

/**
 * tautan_period_popover_new:
 *
 * Returns: (transfer floating): a period popover with no dataset
 */
GtkWidget *
tautan_period_popover_new (void)
{
  return g_object_new (TAUTAN_TYPE_PERIOD_POPOVER, NULL);
}

/**
 * tautan_period_popover_get_dataset:
 *
 * Returns: (transfer none) (nullable): the dataset the presets are for
 */
TautanDataset *
tautan_period_popover_get_dataset (TautanPeriodPopover *self)
{
  g_return_val_if_fail (TAUTAN_IS_PERIOD_POPOVER (self), NULL);

  return self->dataset;
}

/**
 * tautan_period_popover_set_dataset:
 * @dataset: (nullable): the dataset the presets are for
 */
void
tautan_period_popover_set_dataset (TautanPeriodPopover *self,
                                   TautanDataset       *dataset)
{
  g_return_if_fail (TAUTAN_IS_PERIOD_POPOVER (self));
  g_return_if_fail (dataset == NULL || TAUTAN_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    return;

  self->year = 0;
  fill_years (self);
  update_year_buttons (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "period.all", dataset != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "period.last-year", dataset != NULL);
  if (dataset != NULL)
    {
      TautanTimeSpan data = tautan_dataset_get_span (dataset);

      set_entries (self, &data);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
}

/**
 * tautan_period_popover_show_span:
 * @span: the days shown now
 *
 * Fills the entries and the calendar with @span and chooses the year it
 * ends in, without applying anything.
 */
void
tautan_period_popover_show_span (TautanPeriodPopover  *self,
                                 const TautanTimeSpan *span)
{
  int year, month, mday;

  g_return_if_fail (TAUTAN_IS_PERIOD_POPOVER (self));
  g_return_if_fail (span != NULL);

  self->calendar_entry = self->from_entry;
  set_entries (self, span);
  tautan_day_to_ymd (span->to, &year, &month, &mday);
  choose_year (self, year);
}

/**
 * tautan_period_popover_get_period:
 * @period: (out): the days typed, both ends inclusive
 *
 * Returns: whether both entries hold a valid period
 */
gboolean
tautan_period_popover_get_period (TautanPeriodPopover *self,
                                  TautanTimeSpan      *period)
{
  g_return_val_if_fail (TAUTAN_IS_PERIOD_POPOVER (self), FALSE);
  g_return_val_if_fail (period != NULL, FALSE);

  return check_period (self, period);
}
