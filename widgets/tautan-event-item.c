/* tautan-event-item.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tautan-event-item-private.h"

/* An event of the events table's model: only its index, so a million rows
 * cost a million small objects and no widgets (the column view makes cells
 * for the visible rows only). */

struct _TautanEventItem
{
  GObject parent_instance;
  guint   event;
};

G_DEFINE_FINAL_TYPE (TautanEventItem, tautan_event_item, G_TYPE_OBJECT)

static void
tautan_event_item_class_init (TautanEventItemClass *klass)
{
}

static void
tautan_event_item_init (TautanEventItem *self)
{
}

TautanEventItem *
tautan_event_item_new (guint event)
{
  TautanEventItem *self = g_object_new (TAUTAN_TYPE_EVENT_ITEM, NULL);

  self->event = event;
  return self;
}

guint
tautan_event_item_get_event (TautanEventItem *self)
{
  g_return_val_if_fail (TAUTAN_IS_EVENT_ITEM (self), 0);

  return self->event;
}
