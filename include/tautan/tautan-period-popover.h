/* tautan-period-popover.h: type an exact period, or pick a preset
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "tautan/tautan-dataset.h"

G_BEGIN_DECLS

#define TAUTAN_TYPE_PERIOD_POPOVER (tautan_period_popover_get_type ())

G_DECLARE_FINAL_TYPE (TautanPeriodPopover, tautan_period_popover, TAUTAN, PERIOD_POPOVER, GtkPopover)

GtkWidget      *tautan_period_popover_new         (void);
/* Property "dataset": its span and years make the presets. */
TautanDataset  *tautan_period_popover_get_dataset (TautanPeriodPopover  *self);
void            tautan_period_popover_set_dataset (TautanPeriodPopover  *self,
                                                   TautanDataset        *dataset);
/* Fills the entries, calendar and year with @span (no "timeline.set-span"). */
void            tautan_period_popover_show_span   (TautanPeriodPopover  *self,
                                                   const TautanTimeSpan *span);
/* The days typed, if both entries hold a valid period. */
gboolean        tautan_period_popover_get_period  (TautanPeriodPopover  *self,
                                                   TautanTimeSpan       *period);

/* The days @text stands for: "2025-01-01", "1 Jan 2025", "2025-01",
 * "Jan 2025", "2025", "Q1 2025". FALSE with a reason for the user. */
gboolean        tautan_period_parse               (const char           *text,
                                                   TautanTimeSpan       *days,
                                                   char                **reason);

G_END_DECLS
