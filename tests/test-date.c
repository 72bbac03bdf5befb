/* test-date.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tautan/tautan-date.h"

static void
test_round_trip (void)
{
  /* Every day from 1900 to 2100 converts both ways and agrees with GDate. */
  for (TautanDay d = tautan_day_from_ymd (1900, 1, 1); d <= tautan_day_from_ymd (2100, 12, 31); d++)
    {
      int y, m, md;
      GDate gd;

      tautan_day_to_ymd (d, &y, &m, &md);
      g_assert_cmpint (tautan_day_from_ymd (y, m, md), ==, d);
      g_date_clear (&gd, 1);
      g_date_set_dmy (&gd, (GDateDay)md, (GDateMonth)m, (GDateYear)y);
      g_assert_cmpint ((int)g_date_get_weekday (&gd), ==, tautan_day_weekday (d));
    }
  g_assert_cmpint (tautan_day_from_ymd (1970, 1, 1), ==, 0);
  g_assert_cmpint (tautan_day_from_ymd (1, 1, 1), ==, TAUTAN_DAY_MIN);
  g_assert_cmpint (tautan_day_from_ymd (9999, 12, 31), ==, TAUTAN_DAY_MAX);
}

static void
test_parse (void)
{
  struct { const char *text; gboolean ok; } cases[] = {
    { "2024-02-29", TRUE }, { "2023-02-29", FALSE }, { "2024-02-30", FALSE },
    { "2100-02-29", FALSE }, { "2000-02-29", TRUE }, { "2024-13-01", FALSE },
    { "2024-00-10", FALSE }, { "2024-04-31", FALSE }, { "0000-01-01", FALSE },
    { "2024-1-01", FALSE }, { "12/06/2023", FALSE }, { "2024-06-19T00", FALSE },
    { "", FALSE }, { "9999-12-31", TRUE }, { "2024-06-1x", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      TautanDay day = 12345;
      gboolean ok = tautan_day_parse (cases[i].text, strlen (cases[i].text), &day);

      g_assert_cmpint (ok, ==, cases[i].ok);
      if (ok)
        {
          g_autofree char *back = tautan_day_format (day);
          g_assert_cmpstr (back, ==, cases[i].text);
        }
      else
        g_assert_cmpint (day, ==, 12345);
    }
}

static void
test_human (void)
{
  TautanTimeSpan span = { tautan_day_from_ymd (2023, 6, 12), tautan_day_from_ymd (2024, 6, 19) };
  TautanTimeSpan one = { span.from, span.from };
  g_autofree char *text = tautan_time_span_format_human (&span);
  g_autofree char *single = tautan_time_span_format_human (&one);

  g_assert_cmpstr (text, ==, "12 Jun 2023 – 19 Jun 2024");
  g_assert_cmpstr (single, ==, "12 Jun 2023");
  /* open ends (an act the text does not date) are no days */
  {
    g_autofree char *after = tautan_time_span_format_human (&(TautanTimeSpan) { span.from, TAUTAN_DAY_MAX });
    g_autofree char *before = tautan_time_span_format_human (&(TautanTimeSpan) { TAUTAN_DAY_MIN, span.to });
    g_autofree char *unknown = tautan_time_span_format_human (&(TautanTimeSpan) { TAUTAN_DAY_MIN, TAUTAN_DAY_MAX });

    g_assert_cmpstr (after, ==, "on or after 12 Jun 2023");
    g_assert_cmpstr (before, ==, "on or before 19 Jun 2024");
    g_assert_cmpstr (unknown, ==, "date unknown");
  }
  g_assert_true (tautan_time_span_overlaps (&span, span.to, span.to + 10));
  g_assert_false (tautan_time_span_overlaps (&span, span.to + 1, span.to + 10));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/tautan/date/round-trip", test_round_trip);
  g_test_add_func ("/tautan/date/parse", test_parse);
  g_test_add_func ("/tautan/date/human", test_human);

  return g_test_run ();
}
