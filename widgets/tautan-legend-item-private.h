/* tautan-legend-item-private.h: one entry of the legend
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define TAUTAN_TYPE_LEGEND_ITEM (tautan_legend_item_get_type ())

G_DECLARE_FINAL_TYPE (TautanLegendItem, tautan_legend_item, TAUTAN, LEGEND_ITEM, GObject)

/* An entity kind (@is_kind) or an event type, by index; "shown" is what
 * its check button says. */
TautanLegendItem *tautan_legend_item_new       (gboolean          is_kind,
                                                guint             index,
                                                const char       *group,
                                                const char       *markup);
gboolean          tautan_legend_item_is_kind   (TautanLegendItem *self);
guint             tautan_legend_item_get_index (TautanLegendItem *self);
const char       *tautan_legend_item_get_group (TautanLegendItem *self);
const char       *tautan_legend_item_get_markup (TautanLegendItem *self);
gboolean          tautan_legend_item_get_shown (TautanLegendItem *self);
void              tautan_legend_item_set_shown (TautanLegendItem *self,
                                                gboolean          shown);

G_END_DECLS
