/* tautan-layout-private.h: knobs of the layout for tests and benchmarks
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tautan/tautan-layout.h"

G_BEGIN_DECLS

/* Threads that share one iteration (1 or 2). Positions do not depend on
 * it: each thread computes the forces of its own nodes. */
void  _tautan_layout_set_n_threads (TautanLayout *self,
                                    guint         n_threads);

/* The mean displacement of the free nodes in the last iteration, and the
 * threshold below which the iteration counts as calm. */
void  _tautan_layout_get_motion    (TautanLayout *self,
                                    float        *moved,
                                    float        *threshold);

G_END_DECLS
