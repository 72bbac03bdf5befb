/* tautan-events-table.h: the events of the time span, as a sortable table
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "tautan/tautan-session.h"

G_BEGIN_DECLS

#define TAUTAN_TYPE_EVENTS_TABLE (tautan_events_table_get_type ())

G_DECLARE_FINAL_TYPE (TautanEventsTable, tautan_events_table, TAUTAN, EVENTS_TABLE, GtkWidget)

GtkWidget     *tautan_events_table_new            (void);
/* The session followed ("session"): its slice, hidden types, selection. */
TautanSession *tautan_events_table_get_session    (TautanEventsTable *self);
void           tautan_events_table_set_session    (TautanEventsTable *self,
                                                   TautanSession     *session);
/* Filters: a taxonomy type index, actor and target entity indices, or
 * TAUTAN_NONE for any. */
void           tautan_events_table_set_filter     (TautanEventsTable *self,
                                                   guint              type,
                                                   guint              actor,
                                                   guint              target);
/* Sorts by column @column_id ("date", "type", "actors", "status",
 * "outlet", "quotes"). */
void           tautan_events_table_sort_by        (TautanEventsTable *self,
                                                   const char        *column_id,
                                                   GtkSortType        order);
/* The rows as shown, in shown order: event indices. */
GArray        *tautan_events_table_dup_rows       (TautanEventsTable *self);
void           tautan_events_table_select_row     (TautanEventsTable *self,
                                                   guint              position);
gboolean       tautan_events_table_write_csv      (TautanEventsTable *self,
                                                   GFile             *file,
                                                   GError           **error);

G_END_DECLS
