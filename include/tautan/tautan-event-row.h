/* tautan-event-row.h: one event in the evidence panel
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "tautan/tautan-row.h"

G_BEGIN_DECLS

#define TAUTAN_TYPE_EVENT_ROW (tautan_event_row_get_type ())

G_DECLARE_FINAL_TYPE (TautanEventRow, tautan_event_row, TAUTAN, EVENT_ROW, GtkWidget)

GtkWidget *tautan_event_row_new      (gboolean        full);
/* Property "row": the event shown (a TautanRow of kind event). */
TautanRow *tautan_event_row_get_row  (TautanEventRow *self);
void       tautan_event_row_set_row  (TautanEventRow *self,
                                      TautanRow      *row);
/* Property "full": also the event's quotes and sources. */
gboolean   tautan_event_row_get_full (TautanEventRow *self);
void       tautan_event_row_set_full (TautanEventRow *self,
                                      gboolean        full);

/* The markup of an event: type, date, status, participants, summary.
 * Shared with the panel's summary list. */
char      *tautan_event_row_markup   (TautanDataset  *dataset,
                                      guint           event);

G_END_DECLS
