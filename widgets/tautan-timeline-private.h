/* tautan-timeline-private.h: geometry for tests and sibling widgets
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tautan/tautan-timeline.h"

G_BEGIN_DECLS

/* Half the width of a handle's grab area, in pixels. */
#define TAUTAN_TIMELINE_HANDLE_SLOP 6.0

void      _tautan_timeline_get_bars_area (TautanTimeline  *self,
                                          graphene_rect_t *area);
TautanTimeSpan _tautan_timeline_get_span  (TautanTimeline  *self);
guint     _tautan_timeline_get_n_bins     (TautanTimeline  *self);

G_END_DECLS
