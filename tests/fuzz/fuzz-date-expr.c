/* fuzz-date-expr.c: libFuzzer target for the date-expression parser
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tautan/tautan-date-expr.h"

#include "fuzz-common.h"

/* Any text, in either language, with and without an anchor: every
 * expression found lies inside the text, in order, as a valid interval. */
int
LLVMFuzzerTestOneInput (const guint8 *data,
                        gsize         size)
{
  const char *languages[] = { "id", "en" };
  TautanDay anchor = tautan_day_from_ymd (2024, 6, 19);
  TautanDay day;

  if (!g_utf8_validate ((const char *)data, (gssize)size, NULL))
    return 0;

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    for (guint anchored = 0; anchored < 2; anchored++)
      {
        g_autoptr(GArray) found = tautan_date_expr_find ((const char *)data, (gssize)size, languages[l],
                                                         anchored ? anchor : TAUTAN_DAY_NONE,
                                                         anchored ? anchor : TAUTAN_DAY_NONE);

        for (guint i = 0; found != NULL && i < found->len; i++)
          {
            const TautanDateExpr *e = &g_array_index (found, TautanDateExpr, i);

            g_assert_cmpuint (e->start, <, e->end);
            g_assert_cmpuint (e->end, <=, size);
            g_assert_cmpuint (e->cp_start, <, e->cp_end);
            g_assert_cmpint (e->from, <=, e->to);
          }
      }

  /* The --published parser on the same bytes, as a string. */
  {
    g_autofree char *text = g_strndup ((const char *)data, size);

    tautan_date_expr_parse_day (text, &day);
  }
  return 0;
}
