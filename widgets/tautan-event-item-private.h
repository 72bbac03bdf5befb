/* tautan-event-item-private.h: one event index as a list item
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define TAUTAN_TYPE_EVENT_ITEM (tautan_event_item_get_type ())

G_DECLARE_FINAL_TYPE (TautanEventItem, tautan_event_item, TAUTAN, EVENT_ITEM, GObject)

TautanEventItem *tautan_event_item_new       (guint            event);
guint            tautan_event_item_get_event (TautanEventItem *self);

G_END_DECLS
