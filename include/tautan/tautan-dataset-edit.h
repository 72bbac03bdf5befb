/* tautan-dataset-edit.h: curation, each edit a new dataset
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tautan/tautan-dataset.h"

G_BEGIN_DECLS

#define TAUTAN_DATASET_EDIT_ERROR (tautan_dataset_edit_error_quark ())

typedef enum
{
  TAUTAN_DATASET_EDIT_ERROR_NOT_FOUND = 1,  /* an id the dataset does not have */
  TAUTAN_DATASET_EDIT_ERROR_INVALID,        /* an edit that makes no sense */
  TAUTAN_DATASET_EDIT_ERROR_REJECTED,       /* the result does not load: see the message */
} TautanDatasetEditError;

GQuark tautan_dataset_edit_error_quark (void);

/* What an entity is after an edit: every field is set, as a dialog
 * shows them all. */
typedef struct
{
  const char         *name;
  const char * const *aliases;       /* nullable: none */
  TautanEntityKind    kind;
  const char         *affiliation;   /* nullable: entity id */
  const char         *role;          /* nullable or "": none */
  const char         *notes;         /* nullable or "": none */
} TautanEntityValues;

/* What an event is after an edit. */
typedef struct
{
  const char         *type;          /* event-type id */
  TautanDay           start;
  TautanDay           end;
  TautanPrecision     precision;
  const char * const *actors;        /* entity ids, at least one */
  const char * const *targets;       /* nullable: none */
  TautanStatus        status;
  const char         *responds_to;   /* nullable: event id */
  const char         *summary;       /* nullable: unchanged (created: the selection) */
  const char         *notes;         /* nullable or "": none; kept as "notes" */
} TautanEventValues;

TautanDataset *tautan_dataset_edit_entity     (TautanDataset             *self,
                                               const char                *id,
                                               const TautanEntityValues  *values,
                                               GError                   **error);
TautanDataset *tautan_dataset_merge_entities  (TautanDataset             *self,
                                               const char                *into,
                                               const char                *from,
                                               GError                   **error);
TautanDataset *tautan_dataset_split_entity    (TautanDataset             *self,
                                               const char                *id,
                                               const char                *new_name,
                                               const char * const        *events,
                                               const char * const        *quotes,
                                               char                     **new_id,
                                               GError                   **error);
TautanDataset *tautan_dataset_edit_event      (TautanDataset             *self,
                                               const char                *id,
                                               const TautanEventValues   *values,
                                               GError                   **error);
TautanDataset *tautan_dataset_edit_quote      (TautanDataset             *self,
                                               const char                *id,
                                               const char                *speaker,
                                               const char                *speaker_text,
                                               gboolean                   certain,
                                               GError                   **error);
TautanDataset *tautan_dataset_add_quote       (TautanDataset             *self,
                                               const char                *source,
                                               guint                      start,
                                               guint                      end,
                                               const char                *speaker,
                                               const char                *speaker_text,
                                               gboolean                   certain,
                                               const char                *event,
                                               char                     **new_id,
                                               GError                   **error);
TautanDataset *tautan_dataset_add_event       (TautanDataset             *self,
                                               const char                *source,
                                               guint                      start,
                                               guint                      end,
                                               const TautanEventValues   *values,
                                               char                     **new_id,
                                               GError                   **error);

char          *tautan_dataset_dup_event_notes (TautanDataset             *self,
                                               guint                      event);

G_END_DECLS
