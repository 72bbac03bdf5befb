/* tautan-extraction.h: what was found in one article, for review
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "tautan/tautan-dataset.h"
#include "tautan/tautan-extract.h"
#include "tautan/tautan-extraction-item.h"

G_BEGIN_DECLS

#define TAUTAN_TYPE_EXTRACTION (tautan_extraction_get_type ())

G_DECLARE_FINAL_TYPE (TautanExtraction, tautan_extraction, TAUTAN, EXTRACTION, GObject)

const char           *tautan_extraction_get_source_id      (TautanExtraction  *self);
const char           *tautan_extraction_get_text           (TautanExtraction  *self);
const char           *tautan_extraction_get_title          (TautanExtraction  *self);
const char           *tautan_extraction_get_outlet         (TautanExtraction  *self);
const char           *tautan_extraction_get_url            (TautanExtraction  *self);
const char           *tautan_extraction_get_language       (TautanExtraction  *self);
TautanDay             tautan_extraction_get_published      (TautanExtraction  *self);
const char           *tautan_extraction_get_published_note (TautanExtraction  *self);
GListModel           *tautan_extraction_get_items          (TautanExtraction  *self);
TautanExtractionItem *tautan_extraction_lookup_item        (TautanExtraction  *self,
                                                            const char        *id);
void                  tautan_extraction_count              (TautanExtraction  *self,
                                                            guint             *quotes,
                                                            guint             *entities,
                                                            guint             *events);

char                 *tautan_extraction_to_json            (TautanExtraction  *self,
                                                            gboolean           pretty,
                                                            gsize             *length);
TautanDataset        *tautan_extraction_merge_into         (TautanExtraction * const *extractions,
                                                            guint              n_extractions,
                                                            TautanDataset     *dataset,
                                                            GError           **error);

TautanExtractionItem *tautan_extraction_add_known_entity   (TautanExtraction  *self,
                                                            const char        *id,
                                                            const char        *name,
                                                            TautanEntityKind   kind);

G_END_DECLS
