/* tautan-histogram.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-histogram"

#include "config.h"

#include "tautan/tautan-histogram.h"
#include "tautan/tautan-filter.h"
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

/* Per-day prefix sums of event weight, by quad class: a bin is two
 * lookups. The dataset's own covers every event; a filtered one is
 * built once per filter and shares the dataset's days. */
struct _TautanHistogramCounts
{
  TautanDataset *dataset;
  TautanDay      first;
  guint          n_days;
  const double  *prefix;    /* (n_days + 1) × TAUTAN_N_QUAD_CLASSES */
  double        *own;       /* NULL when @prefix is the dataset's */
};

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

static double
counts_weight (const TautanHistogramCounts *counts,
               const TautanTimeSpan        *span,
               TautanQuadClass              quad_class)
{
  if (counts->n_days == 0 || span->to < span->from)
    return 0;

  return prefix_at (counts->prefix, counts->first, counts->n_days, span->to + 1, quad_class) -
         prefix_at (counts->prefix, counts->first, counts->n_days, span->from, quad_class);
}

static void
counts_init_all (TautanHistogramCounts *counts,
                 TautanDataset         *dataset)
{
  const guint32 *meta = COL_U32 (dataset, COL_META);

  counts->dataset = g_object_ref (dataset);
  counts->first = (TautanDay)meta[META_HIST_FIRST];
  counts->n_days = meta[META_HIST_DAYS];
  counts->prefix = COL_F64 (dataset, COL_HIST_PREFIX);
}

/**
 * tautan_histogram_counts_new:
 * @dataset: the dataset
 * @filter: (nullable): the composed filter; %NULL or empty lets all through
 * @hidden_kinds: bit per #TautanEntityKind
 * @hidden_types: (nullable): event types left out
 * @only: (nullable): one byte per event, nonzero: counted (an ego network)
 * @cancellable: (nullable): checked as it goes
 *
 * The event weights the timeline's bars draw: of the events that pass
 * @filter (tautan_filter_list_events()) and that the canvas shows with
 * these kinds and types hidden (tautan_event_shown()), as the side panel
 * counts them (tautan_filter_count_shown()). With nothing left out it is
 * the dataset's own index, at no cost; otherwise one pass over the
 * events. Either way, binning it afterwards costs O(bins).
 *
 * Returns: (transfer full) (nullable): the counts, %NULL when cancelled
 */
TautanHistogramCounts *
tautan_histogram_counts_new (TautanDataset        *dataset,
                             const TautanFilter   *filter,
                             guint32               hidden_kinds,
                             const TautanTypeMask *hidden_types,
                             const guint8         *only,
                             GCancellable         *cancellable)
{
  g_autoptr(TautanHistogramCounts) counts = g_new0 (TautanHistogramCounts, 1);
  g_autoptr(GArray) passing = NULL;
  g_autofree guint8 *kind_cache = NULL;
  g_autofree double *diff = NULL;
  double rate[TAUTAN_N_QUAD_CLASSES] = { 0 };
  double sum[TAUTAN_N_QUAD_CLASSES] = { 0 };
  TautanTaxonomy *taxonomy;
  guint n;

  g_return_val_if_fail (TAUTAN_IS_DATASET (dataset), NULL);

  counts_init_all (counts, dataset);
  if ((filter == NULL || tautan_filter_is_empty (filter)) && hidden_kinds == 0 &&
      (hidden_types == NULL || tautan_type_mask_is_empty (hidden_types)) && only == NULL)
    return g_steal_pointer (&counts);

  if (filter != NULL && !tautan_filter_is_empty (filter))
    passing = tautan_filter_list_events (filter, dataset, NULL);
  if (g_cancellable_is_cancelled (cancellable))
    return NULL;

  taxonomy = tautan_dataset_get_taxonomy (dataset);
  kind_cache = g_new0 (guint8, MAX (tautan_dataset_get_n_entities (dataset), 1));
  diff = g_new0 (double, ((gsize)counts->n_days + 1) * TAUTAN_N_QUAD_CLASSES);
  n = passing != NULL ? passing->len : tautan_dataset_get_n_events (dataset);
  for (guint i = 0; i < n; i++)
    {
      guint e = passing != NULL ? g_array_index (passing, guint, i) : i;
      TautanEvent event;
      TautanQuadClass q;
      double w;
      gint64 lo, hi;

      if ((i & 4095) == 4095 && g_cancellable_is_cancelled (cancellable))
        return NULL;
      if (only != NULL && !only[e])
        continue;
      tautan_dataset_get_event (dataset, e, &event);
      if (!tautan_event_shown (dataset, &event, hidden_kinds, hidden_types, kind_cache, NULL))
        continue;

      /* One event weighs 1, spread over its days, as in the index. */
      q = tautan_taxonomy_get_event_type (taxonomy, event.type)->quad_class;
      w = 1.0 / ((gint64)event.end - event.start + 1);
      lo = CLAMP ((gint64)event.start - counts->first, 0, (gint64)counts->n_days);
      hi = CLAMP ((gint64)event.end - counts->first + 1, 0, (gint64)counts->n_days);
      diff[lo * TAUTAN_N_QUAD_CLASSES + q] += w;
      diff[hi * TAUTAN_N_QUAD_CLASSES + q] -= w;
    }

  counts->own = g_new0 (double, ((gsize)counts->n_days + 1) * TAUTAN_N_QUAD_CLASSES);
  for (guint d = 0; d < counts->n_days; d++)
    for (guint q = 0; q < TAUTAN_N_QUAD_CLASSES; q++)
      {
        rate[q] += diff[(gsize)d * TAUTAN_N_QUAD_CLASSES + q];
        sum[q] += rate[q];
        counts->own[(gsize)(d + 1) * TAUTAN_N_QUAD_CLASSES + q] = sum[q];
      }
  counts->prefix = counts->own;
  return g_steal_pointer (&counts);
}

void
tautan_histogram_counts_free (TautanHistogramCounts *counts)
{
  if (counts == NULL)
    return;
  g_clear_object (&counts->dataset);
  g_free (counts->own);
  g_free (counts);
}

/**
 * tautan_histogram_counts_bin:
 *
 * Bins @span by @size; the first and last bins are whole calendar bins
 * around its ends. Costs O(bins) whatever the number of events.
 *
 * Returns: (transfer full) (element-type TautanBin): the bins
 */
GArray *
tautan_histogram_counts_bin (TautanHistogramCounts *counts,
                             const TautanTimeSpan  *span,
                             TautanBinSize          size)
{
  GArray *bins = g_array_new (FALSE, FALSE, sizeof (TautanBin));

  g_return_val_if_fail (counts != NULL, bins);
  g_return_val_if_fail (span != NULL && span->from <= span->to, bins);

  for (TautanDay day = tautan_bin_start (size, span->from); day <= span->to; day = tautan_bin_next (size, day))
    {
      TautanBin bin = { day, tautan_bin_next (size, day) - 1, { 0 } };

      for (guint q = 0; q < TAUTAN_N_QUAD_CLASSES; q++)
        bin.counts[q] = counts_weight (counts, &(TautanTimeSpan) { bin.start, bin.end }, q);
      g_array_append_val (bins, bin);
    }

  return bins;
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
  TautanHistogramCounts counts = { 0 };
  double w;

  counts_init_all (&counts, dataset);
  w = counts_weight (&counts, span, quad_class);
  g_object_unref (counts.dataset);
  return w;
}

/**
 * tautan_histogram_compute:
 *
 * As tautan_histogram_counts_bin() with every event counted.
 *
 * Returns: (transfer full) (element-type TautanBin): the bins
 */
GArray *
tautan_histogram_compute (TautanDataset        *dataset,
                          const TautanTimeSpan *span,
                          TautanBinSize         size)
{
  return tautan_histogram_compute_only (dataset, span, size, 0, NULL, NULL);
}

/**
 * tautan_histogram_compute_shown:
 * @hidden_kinds: bit per #TautanEntityKind
 * @hidden_types: (nullable): event types left out
 *
 * As tautan_histogram_compute(), counting only the events the canvas
 * shows with these kinds and types hidden (tautan_event_shown()).
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
  g_autoptr(TautanHistogramCounts) counts = NULL;

  g_return_val_if_fail (TAUTAN_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (span != NULL && span->from <= span->to, NULL);

  counts = tautan_histogram_counts_new (dataset, NULL, hidden_kinds, hidden_types, only, NULL);
  return tautan_histogram_counts_bin (counts, span, size);
}
