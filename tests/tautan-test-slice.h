/* tautan-test-slice.h: two slices compared, for the tests of the slice and its callers
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tautan/tautan-date.h"
#include "tautan/tautan-slice.h"

/* Two slices give the same answer, edge for edge, type for type (the
 * routes list an edge's types in different orders; the counts agree) and
 * entity for entity. */
static inline void
tautan_test_assert_slices_equal (TautanSlice *a,
                                 TautanSlice *b)
{
  TautanTimeSpan sa = tautan_slice_get_span (a), sb = tautan_slice_get_span (b);

  g_assert_true (tautan_time_span_equal (&sa, &sb));
  g_assert_cmpint (tautan_slice_get_cumulative (a), ==, tautan_slice_get_cumulative (b));
  g_assert_cmpuint (tautan_slice_get_n_events (a), ==, tautan_slice_get_n_events (b));
  g_assert_cmpuint (tautan_slice_get_n_edges (a), ==, tautan_slice_get_n_edges (b));
  for (guint i = 0; i < tautan_slice_get_n_edges (a); i++)
    {
      const TautanSliceEdge *x = tautan_slice_get_edge (a, i);
      const TautanSliceEdge *y = tautan_slice_get_edge (b, i);
      const guint32 *xt, *xc, *yt, *yc;

      g_assert_cmpuint (x->edge, ==, y->edge);
      g_assert_cmpuint (x->source, ==, y->source);
      g_assert_cmpuint (x->target, ==, y->target);
      g_assert_cmpuint (x->count, ==, y->count);
      g_assert_cmpuint (x->imprecise, ==, y->imprecise);
      g_assert_cmpint (x->first, ==, y->first);
      g_assert_cmpint (x->last, ==, y->last);
      for (guint q = 0; q < TAUTAN_N_QUAD_CLASSES; q++)
        g_assert_cmpuint (x->quad_counts[q], ==, y->quad_counts[q]);
      g_assert_cmpint (x->dominant_quad, ==, y->dominant_quad);
      g_assert_cmpuint (x->dominant_type, ==, y->dominant_type);
      g_assert_cmpuint (x->n_types, ==, y->n_types);
      tautan_slice_get_edge_types (a, i, &xt, &xc);
      tautan_slice_get_edge_types (b, i, &yt, &yc);
      for (guint k = 0; k < x->n_types; k++)
        {
          guint found = 0;

          for (guint j = 0; j < y->n_types; j++)
            if (yt[j] == xt[k])
              {
                g_assert_cmpuint (yc[j], ==, xc[k]);
                found++;
              }
          g_assert_cmpuint (found, ==, 1);
        }
    }
  g_assert_cmpuint (tautan_slice_get_n_entities (a), ==, tautan_slice_get_n_entities (b));
  for (guint i = 0; i < tautan_slice_get_n_entities (a); i++)
    {
      g_assert_cmpuint (tautan_slice_get_entity (a, i)->entity, ==, tautan_slice_get_entity (b, i)->entity);
      g_assert_cmpuint (tautan_slice_get_entity (a, i)->count, ==, tautan_slice_get_entity (b, i)->count);
    }
}

/* A date of every precision around @start, which it may move (to the
 * first of its month or year); one draw of @rand in @n_choices gives
 * week, month, year, range, and day for the rest. Returns the precision's
 * name in the dataset format. */
static inline const char *
tautan_test_random_date (GRand     *rand,
                         guint      n_choices,
                         TautanDay *start,
                         TautanDay *end)
{
  int y, m, d;

  *end = *start;
  switch (g_rand_int_range (rand, 0, n_choices))
    {
    case 0:
      *end = *start + g_rand_int_range (rand, 0, 7);
      return "week";
    case 1:
      tautan_day_to_ymd (*start, &y, &m, &d);
      *start = tautan_day_from_ymd (y, m, 1);
      *end = tautan_day_from_ymd (y, m, tautan_days_in_month (y, m));
      return "month";
    case 2:
      tautan_day_to_ymd (*start, &y, &m, &d);
      *start = tautan_day_from_ymd (y, 1, 1);
      *end = tautan_day_from_ymd (y, 12, 31);
      return "year";
    case 3:
      *end = *start + g_rand_int_range (rand, 0, 400);
      return "range";
    default:
      return "day";
    }
}
