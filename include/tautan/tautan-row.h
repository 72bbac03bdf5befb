/* tautan-row.h: one event, quote or entity in a list model
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "tautan/tautan-dataset.h"

G_BEGIN_DECLS

typedef enum
{
  TAUTAN_ROW_EVENT,
  TAUTAN_ROW_QUOTE,
  TAUTAN_ROW_ENTITY,
} TautanRowKind;

#define TAUTAN_TYPE_ROW (tautan_row_get_type ())

G_DECLARE_FINAL_TYPE (TautanRow, tautan_row, TAUTAN, ROW, GObject)

TautanRow     *tautan_row_new         (TautanDataset *dataset,
                                       TautanRowKind  kind,
                                       guint          index);
TautanDataset *tautan_row_get_dataset (TautanRow     *self);
TautanRowKind  tautan_row_get_kind    (TautanRow     *self);
guint          tautan_row_get_index   (TautanRow     *self);
/* The day the row sorts by: the event's start, or the quote's event's
 * (TAUTAN_DAY_NONE for entities). */
TautanDay      tautan_row_get_day     (TautanRow     *self);

G_END_DECLS
