/* tautan-slice-private.h
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tautan/tautan-slice.h"

G_BEGIN_DECLS

typedef enum
{
  TAUTAN_SLICE_AUTO,
  TAUTAN_SLICE_DIRECT,   /* aggregate the events inside the window */
  TAUTAN_SLICE_PREFIX,   /* answer every edge from its prefix counts */
} TautanSliceStrategy;

/* For tests: both routes must give the same answer. */
TautanSlice *_tautan_slice_new_with_strategy (TautanDataset        *dataset,
                                              const TautanTimeSpan *span,
                                              gboolean              cumulative,
                                              TautanSliceStrategy   strategy);

G_END_DECLS
