/* tautan-timeline.h: histogram of events over time with a range selector
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "tautan/tautan-dataset.h"
#include "tautan/tautan-filter.h"

G_BEGIN_DECLS

#define TAUTAN_TYPE_TIMELINE (tautan_timeline_get_type ())

G_DECLARE_FINAL_TYPE (TautanTimeline, tautan_timeline, TAUTAN, TIMELINE, GtkWidget)

GtkWidget      *tautan_timeline_new            (void);
TautanDataset  *tautan_timeline_get_dataset    (TautanTimeline       *self);
void            tautan_timeline_set_dataset    (TautanTimeline       *self,
                                                TautanDataset        *dataset);
/* The selected window; property "selection" (TautanTimeSpan, boxed). */
TautanTimeSpan  tautan_timeline_get_selection  (TautanTimeline       *self);
void            tautan_timeline_set_selection  (TautanTimeline       *self,
                                                const TautanTimeSpan *selection);
/* Property "cumulative": the window runs from the start of the data. */
gboolean        tautan_timeline_get_cumulative (TautanTimeline       *self);
void            tautan_timeline_set_cumulative (TautanTimeline       *self,
                                                gboolean              cumulative);
/* Property "playing": the window moves through time. */
gboolean        tautan_timeline_get_playing    (TautanTimeline       *self);
void            tautan_timeline_set_playing    (TautanTimeline       *self,
                                                gboolean              playing);
/* Property "speed": days of data per second of playback. */
double          tautan_timeline_get_speed      (TautanTimeline       *self);
void            tautan_timeline_set_speed      (TautanTimeline       *self,
                                                double                days_per_second);

void            tautan_timeline_set_filter     (TautanTimeline       *self,
                                                guint32               hidden_kinds,
                                                const TautanTypeMask *hidden_types);
void            tautan_timeline_get_filter     (TautanTimeline       *self,
                                                guint32              *hidden_kinds,
                                                TautanTypeMask       *hidden_types);
void            tautan_timeline_set_event_filter (TautanTimeline    *self,
                                                  TautanFilter      *filter);
void            tautan_timeline_set_only_events (TautanTimeline      *self,
                                                 GBytes              *events);

G_END_DECLS
