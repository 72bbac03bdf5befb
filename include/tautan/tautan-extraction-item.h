/* tautan-extraction-item.h: one quote, entity or event found in an article
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
  TAUTAN_EXTRACTION_QUOTE,
  TAUTAN_EXTRACTION_ENTITY,
  TAUTAN_EXTRACTION_EVENT,
} TautanExtractionItemKind;

#define TAUTAN_TYPE_EXTRACTION_ITEM_KIND (tautan_extraction_item_kind_get_type ())
GType tautan_extraction_item_kind_get_type (void) G_GNUC_CONST;

#define TAUTAN_TYPE_EXTRACTION_ITEM (tautan_extraction_item_get_type ())

G_DECLARE_FINAL_TYPE (TautanExtractionItem, tautan_extraction_item, TAUTAN, EXTRACTION_ITEM, GObject)

/* every kind */
TautanExtractionItemKind tautan_extraction_item_get_kind         (TautanExtractionItem *self);
const char              *tautan_extraction_item_get_id           (TautanExtractionItem *self);
guint                    tautan_extraction_item_get_start        (TautanExtractionItem *self);
guint                    tautan_extraction_item_get_end          (TautanExtractionItem *self);
char                    *tautan_extraction_item_dup_label        (TautanExtractionItem *self);
gboolean                 tautan_extraction_item_get_accepted     (TautanExtractionItem *self);
void                     tautan_extraction_item_set_accepted     (TautanExtractionItem *self,
                                                                  gboolean              accepted);

/* quotes */
const char              *tautan_extraction_item_get_text         (TautanExtractionItem *self);
TautanExtractionItem    *tautan_extraction_item_get_speaker      (TautanExtractionItem *self);
const char              *tautan_extraction_item_get_speaker_text (TautanExtractionItem *self);
void                     tautan_extraction_item_get_speaker_span (TautanExtractionItem *self,
                                                                  guint                *start,
                                                                  guint                *end);
void                     tautan_extraction_item_set_speaker      (TautanExtractionItem *self,
                                                                  TautanExtractionItem *entity);
void                     tautan_extraction_item_set_speaker_text (TautanExtractionItem *self,
                                                                  const char           *text);
gboolean                 tautan_extraction_item_get_certain      (TautanExtractionItem *self);
void                     tautan_extraction_item_set_certain      (TautanExtractionItem *self,
                                                                  gboolean              certain);
GPtrArray               *tautan_extraction_item_get_relayed_by   (TautanExtractionItem *self);
TautanExtractionItem    *tautan_extraction_item_get_event        (TautanExtractionItem *self);
void                     tautan_extraction_item_set_event        (TautanExtractionItem *self,
                                                                  TautanExtractionItem *event);
const char              *tautan_extraction_item_get_note         (TautanExtractionItem *self);

/* entities */
const char              *tautan_extraction_item_get_name         (TautanExtractionItem *self);
void                     tautan_extraction_item_set_name         (TautanExtractionItem *self,
                                                                  const char           *name);
TautanEntityKind         tautan_extraction_item_get_entity_kind  (TautanExtractionItem *self);
void                     tautan_extraction_item_set_entity_kind  (TautanExtractionItem *self,
                                                                  TautanEntityKind      kind);
gboolean                 tautan_extraction_item_get_proposed     (TautanExtractionItem *self);
const char              *tautan_extraction_item_get_gazetteer_id (TautanExtractionItem *self);
const char              *tautan_extraction_item_get_role         (TautanExtractionItem *self);
TautanExtractionItem    *tautan_extraction_item_get_affiliation  (TautanExtractionItem *self);
const char * const      *tautan_extraction_item_get_aliases      (TautanExtractionItem *self);
GArray                  *tautan_extraction_item_get_mentions     (TautanExtractionItem *self);
const char              *tautan_extraction_item_get_merge_target (TautanExtractionItem *self);
void                     tautan_extraction_item_set_merge_target (TautanExtractionItem *self,
                                                                  const char           *entity_id);

/* events */
const char              *tautan_extraction_item_get_event_type   (TautanExtractionItem *self);
void                     tautan_extraction_item_set_event_type   (TautanExtractionItem *self,
                                                                  const char           *type);
GPtrArray               *tautan_extraction_item_get_actors       (TautanExtractionItem *self);
GPtrArray               *tautan_extraction_item_get_targets      (TautanExtractionItem *self);
void                     tautan_extraction_item_set_actors       (TautanExtractionItem *self,
                                                                  GPtrArray            *entities);
void                     tautan_extraction_item_set_targets      (TautanExtractionItem *self,
                                                                  GPtrArray            *entities);
void                     tautan_extraction_item_get_date         (TautanExtractionItem *self,
                                                                  TautanDay            *start,
                                                                  TautanDay            *end,
                                                                  TautanPrecision      *precision);
TautanDateMethod         tautan_extraction_item_get_date_method  (TautanExtractionItem *self);
const char              *tautan_extraction_item_get_date_words   (TautanExtractionItem *self);
const char              *tautan_extraction_item_get_date_note    (TautanExtractionItem *self);
gboolean                 tautan_extraction_item_set_date         (TautanExtractionItem *self,
                                                                  TautanDay             start,
                                                                  TautanDay             end,
                                                                  TautanPrecision       precision,
                                                                  const char           *note,
                                                                  GError              **error);
TautanStatus             tautan_extraction_item_get_status       (TautanExtractionItem *self);
void                     tautan_extraction_item_set_status       (TautanExtractionItem *self,
                                                                  TautanStatus          status);
TautanExtractionItem    *tautan_extraction_item_get_responds_to  (TautanExtractionItem *self);
const char              *tautan_extraction_item_get_summary      (TautanExtractionItem *self);
GPtrArray               *tautan_extraction_item_get_quotes       (TautanExtractionItem *self);

G_END_DECLS
