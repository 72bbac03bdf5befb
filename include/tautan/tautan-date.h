/* tautan-date.h: calendar days as integers
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* A calendar day, counted from 1970-01-01 (day 0), proleptic Gregorian.
 * News gives days, never times, so the whole model works in days. */
typedef gint32 TautanDay;

#define TAUTAN_DAY_NONE G_MININT32
#define TAUTAN_DAY_MIN  (-719162)  /* 0001-01-01 */
#define TAUTAN_DAY_MAX  2932896    /* 9999-12-31 */

TautanDay  tautan_day_from_ymd   (int         year,
                                  int         month,
                                  int         day);
void       tautan_day_to_ymd     (TautanDay   day,
                                  int        *year,
                                  int        *month,
                                  int        *mday);
gboolean   tautan_day_parse      (const char *text,
                                  gsize       len,
                                  TautanDay  *day);
char      *tautan_day_format     (TautanDay   day);
void       tautan_day_format_buf (TautanDay   day,
                                  char        buf[11]);
char      *tautan_day_format_human (TautanDay day);
char      *tautan_date_time_format (GDateTime  *dt,
                                    const char *format);
int        tautan_days_in_month  (int         year,
                                  int         month);
int        tautan_day_weekday    (TautanDay   day);

/* A closed interval of days. */
typedef struct
{
  TautanDay from;
  TautanDay to;
} TautanTimeSpan;

#define TAUTAN_TYPE_TIME_SPAN (tautan_time_span_get_type ())
GType            tautan_time_span_get_type (void) G_GNUC_CONST;
TautanTimeSpan  *tautan_time_span_copy     (const TautanTimeSpan *span);
void             tautan_time_span_free     (TautanTimeSpan       *span);
char            *tautan_time_span_format_human (const TautanTimeSpan *span);

static inline gboolean
tautan_time_span_equal (const TautanTimeSpan *a,
                        const TautanTimeSpan *b)
{
  return a->from == b->from && a->to == b->to;
}

/* An open end (0001-01-01 first, 9999-12-31 last) is no day: a span
 * known only by its first day is open at its start, not both. */
static inline gboolean
tautan_time_span_open_start (const TautanTimeSpan *span)
{
  return span->from == TAUTAN_DAY_MIN && span->to != TAUTAN_DAY_MIN;
}

static inline gboolean
tautan_time_span_open_end (const TautanTimeSpan *span)
{
  return span->to == TAUTAN_DAY_MAX && span->from != TAUTAN_DAY_MAX;
}

static inline gboolean
tautan_time_span_overlaps (const TautanTimeSpan *span,
                           TautanDay             start,
                           TautanDay             end)
{
  return start <= span->to && end >= span->from;
}

G_END_DECLS
