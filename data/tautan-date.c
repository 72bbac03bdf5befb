/* tautan-date.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-date"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tautan/tautan-date.h"

G_DEFINE_BOXED_TYPE (TautanTimeSpan, tautan_time_span, tautan_time_span_copy, tautan_time_span_free)

/* Month names come from Tautan's own catalogue, not the C library's
 * locale data: Indonesian dates are right wherever the interface is in
 * Indonesian, even on a system without the id_ID locale. */
static const char *month_abbreviations[] = {
  NC_("month abbreviation", "Jan"), NC_("month abbreviation", "Feb"), NC_("month abbreviation", "Mar"),
  NC_("month abbreviation", "Apr"), NC_("month abbreviation", "May"), NC_("month abbreviation", "Jun"),
  NC_("month abbreviation", "Jul"), NC_("month abbreviation", "Aug"), NC_("month abbreviation", "Sep"),
  NC_("month abbreviation", "Oct"), NC_("month abbreviation", "Nov"), NC_("month abbreviation", "Dec"),
};
static const char *month_full_names[] = {
  NC_("month name", "January"), NC_("month name", "February"), NC_("month name", "March"),
  NC_("month name", "April"), NC_("month name", "May"), NC_("month name", "June"),
  NC_("month name", "July"), NC_("month name", "August"), NC_("month name", "September"),
  NC_("month name", "October"), NC_("month name", "November"), NC_("month name", "December"),
};

/**
 * tautan_date_time_format:
 * @format: as g_date_time_format()
 *
 * g_date_time_format() with %b and %B (the month's abbreviation and name)
 * taken from Tautan's translations.
 *
 * Returns: (transfer full): @dt formatted
 */
char *
tautan_date_time_format (GDateTime  *dt,
                         const char *format)
{
  g_autoptr(GString) own = g_string_new (NULL);
  int month = g_date_time_get_month (dt);

  for (const char *p = format; *p != '\0'; p++)
    {
      if (p[0] == '%' && (p[1] == 'b' || p[1] == 'B'))
        {
          const char *name = p[1] == 'b' ? g_dpgettext2 (GETTEXT_PACKAGE, "month abbreviation",
                                                         month_abbreviations[month - 1])
                                         : g_dpgettext2 (GETTEXT_PACKAGE, "month name",
                                                         month_full_names[month - 1]);

          /* A literal for g_date_time_format(): its % doubled. */
          for (const char *n = name; *n != '\0'; n++)
            {
              if (*n == '%')
                g_string_append_c (own, '%');
              g_string_append_c (own, *n);
            }
          p++;
        }
      else if (p[0] == '%' && p[1] != '\0')
        {
          g_string_append_len (own, p, 2);
          p++;
        }
      else
        g_string_append_c (own, *p);
    }
  return g_date_time_format (dt, own->str);
}

int
tautan_days_in_month (int year,
                      int month)
{
  static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  gboolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

  g_return_val_if_fail (month >= 1 && month <= 12, 0);

  return month == 2 && leap ? 29 : days[month - 1];
}

/* Howard Hinnant's days_from_civil: exact for the whole proleptic calendar
 * and branch-light, which matters when loading a million events. */
TautanDay
tautan_day_from_ymd (int year,
                     int month,
                     int day)
{
  int y = year - (month <= 2);
  int era = (y >= 0 ? y : y - 399) / 400;
  unsigned yoe = (unsigned)(y - era * 400);
  unsigned doy = (153 * (unsigned)(month + (month > 2 ? -3 : 9)) + 2) / 5 + (unsigned)day - 1;
  unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

  return era * 146097 + (int)doe - 719468;
}

void
tautan_day_to_ymd (TautanDay  day,
                   int       *year,
                   int       *month,
                   int       *mday)
{
  int z = day + 719468;
  int era = (z >= 0 ? z : z - 146096) / 146097;
  unsigned doe = (unsigned)(z - era * 146097);
  unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int y = (int)yoe + era * 400;
  unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  unsigned mp = (5 * doy + 2) / 153;
  unsigned d = doy - (153 * mp + 2) / 5 + 1;
  unsigned m = mp < 10 ? mp + 3 : mp - 9;

  if (year)
    *year = y + (m <= 2);
  if (month)
    *month = (int)m;
  if (mday)
    *mday = (int)d;
}

/* Monday = 1 … Sunday = 7, as ISO 8601 and GDateWeekday. */
int
tautan_day_weekday (TautanDay day)
{
  /* 1970-01-01 was a Thursday. */
  int w = (day + 3) % 7;

  if (w < 0)
    w += 7;
  return w + 1;
}

/* Strictly YYYY-MM-DD; rejects 2024-02-30 and friends. */
gboolean
tautan_day_parse (const char *text,
                  gsize       len,
                  TautanDay  *day)
{
  int y, m, d;

  if (len != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;

  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;

  y = (text[0] - '0') * 1000 + (text[1] - '0') * 100 + (text[2] - '0') * 10 + (text[3] - '0');
  m = (text[5] - '0') * 10 + (text[6] - '0');
  d = (text[8] - '0') * 10 + (text[9] - '0');

  if (y < 1 || m < 1 || m > 12 || d < 1 || d > tautan_days_in_month (y, m))
    return FALSE;

  *day = tautan_day_from_ymd (y, m, d);
  return TRUE;
}

void
tautan_day_format_buf (TautanDay day,
                       char      buf[11])
{
  int y, m, d;

  tautan_day_to_ymd (day, &y, &m, &d);
  y = CLAMP (y, 0, 9999);
  if (m < 0 || m > 99 || d < 0 || d > 99)
    {
      g_snprintf (buf, 11, "%04d-%02d-%02d", y, m, d);
      return;
    }
  /* by hand: every date a dataset writes comes through here */
  buf[0] = (char)('0' + y / 1000);
  buf[1] = (char)('0' + y / 100 % 10);
  buf[2] = (char)('0' + y / 10 % 10);
  buf[3] = (char)('0' + y % 10);
  buf[4] = '-';
  buf[5] = (char)('0' + m / 10);
  buf[6] = (char)('0' + m % 10);
  buf[7] = '-';
  buf[8] = (char)('0' + d / 10);
  buf[9] = (char)('0' + d % 10);
  buf[10] = '\0';
}

char *
tautan_day_format (TautanDay day)
{
  char buf[11];

  tautan_day_format_buf (day, buf);
  return g_strdup (buf);
}

/* "12 Aug 2023", or "12 Agu 2023" in Indonesian: the month in the user's
 * language through GLib, day first, unambiguous in any locale. */
char *
tautan_day_format_human (TautanDay day)
{
  g_autoptr(GDateTime) dt = NULL;
  int y, m, d;

  tautan_day_to_ymd (day, &y, &m, &d);
  dt = g_date_time_new_utc (y, m, d, 0, 0, 0);
  if (dt == NULL)
    return g_strdup_printf ("%d %s %d", d, g_dpgettext2 (GETTEXT_PACKAGE, "month abbreviation",
                                                         month_abbreviations[m - 1]), y);
  return tautan_date_time_format (dt, C_("day", "%-d %b %Y"));
}

TautanTimeSpan *
tautan_time_span_copy (const TautanTimeSpan *span)
{
  return g_memdup2 (span, sizeof *span);
}

void
tautan_time_span_free (TautanTimeSpan *span)
{
  g_free (span);
}

/* "12 Jun 2023 – 19 Jun 2024", or one date when the span is one day;
 * an open end (0001-01-01 first, 9999-12-31 last) is no date but
 * "unknown": "on or after 12 Jun 2023", "date unknown". */
char *
tautan_time_span_format_human (const TautanTimeSpan *span)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  gboolean open_from, open_to;

  g_return_val_if_fail (span != NULL, NULL);

  open_from = tautan_time_span_open_start (span);
  open_to = tautan_time_span_open_end (span);
  if (open_from && open_to)
    return g_strdup (_("date unknown"));
  if (open_to)
    {
      from = tautan_day_format_human (span->from);
      /* Translators: an act dated only by its earliest day, e.g. "on or after 12 Jun 2023" */
      return g_strdup_printf (_("on or after %s"), from);
    }
  if (open_from)
    {
      to = tautan_day_format_human (span->to);
      /* Translators: an act dated only by its latest day, e.g. "on or before 19 Jun 2024" */
      return g_strdup_printf (_("on or before %s"), to);
    }

  from = tautan_day_format_human (span->from);
  if (span->from == span->to)
    return g_steal_pointer (&from);
  to = tautan_day_format_human (span->to);
  return g_strdup_printf ("%s – %s", from, to);
}
