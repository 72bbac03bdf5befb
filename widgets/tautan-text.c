/* tautan-text.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-text"

#include "config.h"

#include <glib/gi18n.h>

#include "tautan/tautan-text.h"

/* What the widgets show of the data's text: cut to a length a label can
 * measure at once, and dates through GLib, so month names follow the
 * user's language once translations land. */

/**
 * tautan_text_shorten:
 * @text: (nullable): UTF-8 text
 * @max_chars: the most characters to keep
 *
 * Returns: (transfer full): @text, or its first @max_chars characters and
 *   "…" when it is longer
 */
char *
tautan_text_shorten (const char *text,
                     gsize       max_chars)
{
  g_autofree char *head = NULL;
  const char *end;

  if (text == NULL)
    return g_strdup ("");

  /* Walk at most max_chars characters: never the whole of a huge text. */
  end = text;
  for (gsize i = 0; i < max_chars && *end != '\0'; i++)
    end = g_utf8_next_char (end);
  if (*end == '\0')
    return g_strdup (text);
  head = g_strndup (text, end - text);
  return g_strconcat (head, "…", NULL);
}

/**
 * tautan_text_isolate:
 * @text: (nullable): a name, in whatever script and direction
 * @max_chars: the most characters to keep
 *
 * For a name joined with other text ("A → B", "A, B"): a right-to-left
 * name, or a stray override (U+202E) in one, would otherwise reorder the
 * arrow and the next name too. Between U+2068 FIRST STRONG ISOLATE and
 * U+2069 POP DIRECTIONAL ISOLATE it reorders only itself, and the
 * isolate's end closes whatever it left open.
 *
 * Returns: (transfer full): @text shortened as tautan_text_shorten()
 *   does, isolated
 */
char *
tautan_text_isolate (const char *text,
                     gsize       max_chars)
{
  g_autofree char *shown = tautan_text_shorten (text, max_chars);

  return g_strconcat ("\u2068", shown, "\u2069", NULL);
}

static GDateTime *
date_time_for_day (TautanDay day)
{
  int y, m, d;

  tautan_day_to_ymd (day, &y, &m, &d);
  /* GDateTime holds years 1 to 9999; other years are printed as numbers. */
  if (y < 1 || y > 9999)
    return NULL;
  return g_date_time_new_utc (y, m, d, 0, 0, 0);
}

/**
 * tautan_text_format_day:
 *
 * Returns: (transfer full): "19 Jun 2024" in the user's language
 */
char *
tautan_text_format_day (TautanDay day)
{
  g_autoptr(GDateTime) dt = date_time_for_day (day);

  if (dt == NULL)
    return tautan_day_format (day);
  /* Translators: a day as strftime() writes it, e.g. "19 Jun 2024". */
  return tautan_date_time_format (dt, C_("day", "%-d %b %Y"));
}

/**
 * tautan_text_format_month:
 * @month: 1 to 12
 *
 * Returns: (transfer full): "Jun 2024" in the user's language
 */
char *
tautan_text_format_month (int year,
                          int month)
{
  g_autoptr(GDateTime) dt = NULL;

  if (year >= 1 && year <= 9999 && month >= 1 && month <= 12)
    dt = g_date_time_new_utc (year, month, 1, 0, 0, 0);
  if (dt == NULL)
    return g_strdup_printf ("%04d-%02d", year, month);
  /* Translators: a month as strftime() writes it, e.g. "Jun 2024". */
  return tautan_date_time_format (dt, C_("month", "%b %Y"));
}

/**
 * tautan_text_format_span:
 *
 * Returns: (transfer full): "12 Jun 2023 – 19 Jun 2024", one day, or
 *   with an open end "From 12 Jun 2023", "Until …", "Dates unknown"
 */
char *
tautan_text_format_span (const TautanTimeSpan *span)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  gboolean open_from, open_to;

  g_return_val_if_fail (span != NULL, NULL);

  open_from = tautan_time_span_open_start (span);
  open_to = tautan_time_span_open_end (span);
  if (open_from && open_to)
    return g_strdup (_("Dates unknown"));
  if (open_to)
    {
      from = tautan_text_format_day (span->from);
      /* Translators: a window or act known only by its first day: "From 12 Jun 2023" */
      return g_strdup_printf (_("From %s"), from);
    }
  if (open_from)
    {
      to = tautan_text_format_day (span->to);
      /* Translators: a window or act known only by its last day: "Until 19 Jun 2024" */
      return g_strdup_printf (_("Until %s"), to);
    }

  from = tautan_text_format_day (span->from);
  if (span->from == span->to)
    return g_steal_pointer (&from);
  to = tautan_text_format_day (span->to);
  /* Translators: a range of days, from – to. */
  return g_strdup_printf (C_("span", "%s – %s"), from, to);
}
