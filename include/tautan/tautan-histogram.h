/* tautan-histogram.h: events over time, by QuadClass
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tautan/tautan-dataset.h"
#include "tautan/tautan-filter.h"

G_BEGIN_DECLS

typedef enum
{
  TAUTAN_BIN_DAY,
  TAUTAN_BIN_WEEK,
  TAUTAN_BIN_MONTH,
  TAUTAN_BIN_YEAR,
} TautanBinSize;

typedef struct
{
  TautanDay start;
  TautanDay end;                               /* inclusive */
  double    counts[TAUTAN_N_QUAD_CLASSES];     /* event weight: imprecise events spread */
} TautanBin;

/* What the bars count, ready to bin (tautan-histogram.c). */
typedef struct _TautanHistogramCounts TautanHistogramCounts;

TautanBinSize  tautan_bin_size_for_span      (const TautanTimeSpan *span,
                                              guint                 max_bins);
const char    *tautan_bin_size_to_string     (TautanBinSize         size);
TautanDay      tautan_bin_start              (TautanBinSize         size,
                                              TautanDay             day);
TautanDay      tautan_bin_next               (TautanBinSize         size,
                                              TautanDay             bin_start);
GArray        *tautan_histogram_compute      (TautanDataset        *dataset,
                                              const TautanTimeSpan *span,
                                              TautanBinSize         size);
GArray        *tautan_histogram_compute_shown (TautanDataset       *dataset,
                                               const TautanTimeSpan *span,
                                               TautanBinSize        size,
                                               guint32              hidden_kinds,
                                               const TautanTypeMask *hidden_types);
GArray        *tautan_histogram_compute_only (TautanDataset        *dataset,
                                              const TautanTimeSpan *span,
                                              TautanBinSize         size,
                                              guint32               hidden_kinds,
                                              const TautanTypeMask *hidden_types,
                                              const guint8         *only);
TautanHistogramCounts *tautan_histogram_counts_new (TautanDataset        *dataset,
                                                   const TautanFilter   *filter,
                                                   guint32               hidden_kinds,
                                                   const TautanTypeMask *hidden_types,
                                                   const guint8         *only,
                                                   GCancellable         *cancellable);
void           tautan_histogram_counts_free  (TautanHistogramCounts *counts);
GArray        *tautan_histogram_counts_bin   (TautanHistogramCounts *counts,
                                              const TautanTimeSpan  *span,
                                              TautanBinSize          size);
double         tautan_histogram_weight       (TautanDataset        *dataset,
                                              const TautanTimeSpan *span,
                                              TautanQuadClass       quad_class);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TautanHistogramCounts, tautan_histogram_counts_free)

G_END_DECLS
