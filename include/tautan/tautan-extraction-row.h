/* tautan-extraction-row.h: one extracted item in the review, with what a reviewer fixes
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tautan/tautan-dataset.h"
#include "tautan/tautan-extraction-item.h"

G_BEGIN_DECLS

#define TAUTAN_TYPE_EXTRACTION_ROW (tautan_extraction_row_get_type ())

G_DECLARE_FINAL_TYPE (TautanExtractionRow, tautan_extraction_row, TAUTAN, EXTRACTION_ROW, GtkWidget)

GtkWidget            *tautan_extraction_row_new      (TautanExtractionItem *item,
                                                      TautanDataset        *dataset,
                                                      const char * const   *extras,
                                                      guint                 entity,
                                                      int                   extra);
TautanExtractionItem *tautan_extraction_row_get_item (TautanExtractionRow  *self);

G_END_DECLS
