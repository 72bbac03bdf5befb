/* tautan-histogram.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-histogram"

#include "config.h"

#include "tautan/tautan-histogram.h"
#include "tautan/tautan-slice.h"

#include "tautan-dataset-private.h"
#include "tautan-enums.h"

const char *
tautan_bin_size_to_string (TautanBinSize size)
{
  g_return_val_if_fail (size <= TAUTAN_BIN_YEAR, NULL);
  return _tautan_enum_to_nick (TAUTAN_TYPE_BIN_SIZE, size);
}

/* The finest bin that keeps the span within @max_bins bins. */
TautanBinSize
tautan_bin_size_for_span (const TautanTimeSpan *span,
                          guint                 max_bins)
{
  gint64 days = (gint64)span->to - span->from + 1;

  if (days <= max_bins)
    return TAUTAN_BIN_DAY;
  if (days / 7 <= max_bins)
    return TAUTAN_BIN_WEEK;
  if (days / 30 <= max_bins)
    return TAUTAN_BIN_MONTH;
  return TAUTAN_BIN_YEAR;
}

/* Weeks start on Monday (ISO 8601). */
TautanDay
tautan_bin_start (TautanBinSize size,
                  TautanDay     day)
{
  int y, m, d;

  switch (size)
    {
    case TAUTAN_BIN_WEEK:
      return day - (tautan_day_weekday (day) - 1);
    case TAUTAN_BIN_MONTH:
      tautan_day_to_ymd (day, &y, &m, &d);
      return tautan_day_from_ymd (y, m, 1);
    case TAUTAN_BIN_YEAR:
      tautan_day_to_ymd (day, &y, &m, &d);
      return tautan_day_from_ymd (y, 1, 1);
    case TAUTAN_BIN_DAY:
    default:
      return day;
    }
}

TautanDay
tautan_bin_next (TautanBinSize size,
                 TautanDay     bin_start)
{
  int y, m, d;

  switch (size)
    {
    case TAUTAN_BIN_WEEK:
      return bin_start + 7;
    case TAUTAN_BIN_MONTH:
      tautan_day_to_ymd (bin_start, &y, &m, &d);
      return m == 12 ? tautan_day_from_ymd (y + 1, 1, 1) : tautan_day_from_ymd (y, m + 1, 1);
    case TAUTAN_BIN_YEAR:
      tautan_day_to_ymd (bin_start, &y, &m, &d);
      return tautan_day_from_ymd (y + 1, 1, 1);
    case TAUTAN_BIN_DAY:
    default:
      return bin_start + 1;
    }
}

static double
prefix_at (const double *prefix,
           TautanDay     first,
           guint         n_days,
           TautanDay     day,
           guint         q)
{
  gint64 i = (gint64)day - first;

  i = CLAMP (i, 0, (gint64)n_days);
  return prefix[i * TAUTAN_N_QUAD_CLASSES + q];
}

/**
 * tautan_histogram_weight:
 *
 * Returns: the event weight of @quad_class within @span, imprecise events
 *   counting for the part of their interval inside it
 */
double
tautan_histogram_weight (TautanDataset        *dataset,
                         const TautanTimeSpan *span,
                         TautanQuadClass       quad_class)
{
  const guint32 *meta = COL_U32 (dataset, COL_META);
  const double *prefix = COL_F64 (dataset, COL_HIST_PREFIX);
  TautanDay first = (TautanDay)meta[META_HIST_FIRST];
  guint n_days = meta[META_HIST_DAYS];

  if (n_days == 0 || span->to < span->from)
    return 0;

  return prefix_at (prefix, first, n_days, span->to + 1, quad_class) -
         prefix_at (prefix, first, n_days, span->from, quad_class);
}

/**
 * tautan_histogram_compute:
 *
 * Bins @span by @size; the first and last bins are whole calendar bins
 * around its ends. Costs O(bins) whatever the number of events.
 *
 * Returns: (transfer full) (element-type TautanBin): the bins
 */
GArray *
tautan_histogram_compute (TautanDataset        *dataset,
                          const TautanTimeSpan *span,
                          TautanBinSize         size)
{
  GArray *bins = g_array_new (FALSE, FALSE, sizeof (TautanBin));

  g_return_val_if_fail (TAUTAN_IS_DATASET (dataset), bins);
  g_return_val_if_fail (span != NULL && span->from <= span->to, bins);

  for (TautanDay day = tautan_bin_start (size, span->from); day <= span->to; day = tautan_bin_next (size, day))
    {
      TautanBin bin = { day, tautan_bin_next (size, day) - 1, { 0 } };

      for (guint q = 0; q < TAUTAN_N_QUAD_CLASSES; q++)
        bin.counts[q] = tautan_histogram_weight (dataset, &(TautanTimeSpan) { bin.start, bin.end }, q);
      g_array_append_val (bins, bin);
    }

  return bins;
}

/**
 * tautan_histogram_compute_shown:
 * @hidden_kinds: bit per #TautanEntityKind
 * @hidden_types: event types left out
 *
 * As tautan_histogram_compute(), counting only the events the canvas
 * shows with these kinds and types hidden (tautan_event_shown()). With
 * nothing hidden it is tautan_histogram_compute(); otherwise it costs one
 * pass over the events.
 *
 * Returns: (transfer full) (element-type TautanBin): the bins
 */
GArray *
tautan_histogram_compute_shown (TautanDataset        *dataset,
                                const TautanTimeSpan *span,
                                TautanBinSize         size,
                                guint32               hidden_kinds,
                                const TautanTypeMask *hidden_types)
{
  return tautan_histogram_compute_only (dataset, span, size, hidden_kinds, hidden_types, NULL);
}

/* As tautan_histogram_compute_shown(), counting only the events @only
 * marks (one byte per event, nonzero: counted; NULL: all), such as those
 * of an ego network. */
GArray *
tautan_histogram_compute_only (TautanDataset        *dataset,
                               const TautanTimeSpan *span,
                               TautanBinSize         size,
                               guint32               hidden_kinds,
                               const TautanTypeMask *hidden_types,
                               const guint8         *only)
{
  GArray *bins;
  TautanTaxonomy *taxonomy;
  g_autofree guint8 *kind_cache = NULL;
  guint n_events;

  g_return_val_if_fail (TAUTAN_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (span != NULL && span->from <= span->to, NULL);
  g_return_val_if_fail (hidden_types != NULL, NULL);

  if (hidden_kinds == 0 && tautan_type_mask_is_empty (hidden_types) && only == NULL)
    return tautan_histogram_compute (dataset, span, size);

  bins = g_array_new (FALSE, FALSE, sizeof (TautanBin));
  for (TautanDay day = tautan_bin_start (size, span->from); day <= span->to; day = tautan_bin_next (size, day))
    {
      TautanBin bin = { day, tautan_bin_next (size, day) - 1, { 0 } };

      g_array_append_val (bins, bin);
    }
  if (bins->len == 0)
    return bins;

  taxonomy = tautan_dataset_get_taxonomy (dataset);
  kind_cache = g_new0 (guint8, MAX (tautan_dataset_get_n_entities (dataset), 1));
  n_events = tautan_dataset_get_n_events (dataset);
  for (guint e = 0; e < n_events; e++)
    {
      TautanEvent event;
      TautanQuadClass q;
      double w;
      guint lo, hi;

      if (only != NULL && !only[e])
        continue;
      tautan_dataset_get_event (dataset, e, &event);
      if (event.end < g_array_index (bins, TautanBin, 0).start ||
          event.start > g_array_index (bins, TautanBin, bins->len - 1).end ||
          !tautan_event_shown (dataset, &event, hidden_kinds, hidden_types, kind_cache, NULL))
        continue;

      /* One event weighs 1, spread over its days, as in the index. */
      q = tautan_taxonomy_get_event_type (taxonomy, event.type)->quad_class;
      w = 1.0 / (event.end - event.start + 1);
      lo = 0;
      hi = bins->len;
      while (lo < hi)
        {
          guint mid = (lo + hi) / 2;

          if (g_array_index (bins, TautanBin, mid).end < event.start)
            lo = mid + 1;
          else
            hi = mid;
        }
      for (guint b = lo; b < bins->len; b++)
        {
          TautanBin *bin = &g_array_index (bins, TautanBin, b);
          TautanDay from = MAX (bin->start, event.start);
          TautanDay to = MIN (bin->end, event.end);

          if (from > event.end)
            break;
          if (to >= from)
            bin->counts[q] += w * (to - from + 1);
        }
    }
  return bins;
}
