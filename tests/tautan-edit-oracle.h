/* tautan-edit-oracle.h: every curation edit made on the JSON tree, for tests
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tautan/tautan-dataset-edit.h"

G_BEGIN_DECLS

typedef enum
{
  TAUTAN_EDIT_ENTITY,       /* id, entity */
  TAUTAN_EDIT_MERGE,        /* id (the one kept), from */
  TAUTAN_EDIT_SPLIT,        /* id, new_name, events, quotes */
  TAUTAN_EDIT_EVENT,        /* id, event */
  TAUTAN_EDIT_QUOTE,        /* id, speaker, speaker_text, certain */
  TAUTAN_EDIT_ADD_QUOTE,    /* id (the source), start, end, speaker, speaker_text, certain, supports */
  TAUTAN_EDIT_ADD_EVENT,    /* id (the source), start, end, event */
} TautanEditKind;

/* One edit, as the arguments of the tautan-dataset-edit.h function of its
 * kind: test-dataset-edit makes it both ways, on the columns as the
 * application does and through the oracle's JSON tree, from one of these. */
typedef struct
{
  TautanEditKind             kind;
  const char                *id;
  const char                *from;
  const char                *new_name;
  const char * const        *events;
  const char * const        *quotes;
  const char                *speaker;
  const char                *speaker_text;
  gboolean                   certain;
  guint                      start;
  guint                      end;
  const char                *supports;
  const TautanEntityValues  *entity;
  const TautanEventValues   *event;
} TautanEditCase;

TautanDataset *tautan_edit_case_apply (TautanDataset         *self,
                                       const TautanEditCase  *edit,
                                       gboolean               oracle,
                                       char                 **new_id,
                                       GError               **error);

G_END_DECLS
