/* tautan-dataset-edit-private.h: the two ways an edit is made
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tautan/tautan-dataset-edit.h"

G_BEGIN_DECLS

/* tautan-dataset-edit.c: the errors both ways give, word for word. */
gboolean       _tautan_dataset_edit_invalid          (GError                   **error,
                                                      const char                *format,
                                                      ...) G_GNUC_PRINTF (2, 3);
gboolean       _tautan_dataset_edit_not_found        (GError                   **error,
                                                      const char                *noun,
                                                      const char                *id);
gboolean       _tautan_dataset_edit_check_entity     (TautanDataset             *self,
                                                      const char                *id,
                                                      const TautanEntityValues  *values,
                                                      guint                     *entity,
                                                      guint                     *affiliation,
                                                      GError                   **error);
gboolean       _tautan_dataset_edit_check_event      (TautanDataset             *self,
                                                      const char                *id,
                                                      const TautanEventValues   *values,
                                                      int                       *type,
                                                      GError                   **error);

/* tautan-dataset-edit.c: through the JSON tree (dump, edit, load). The
 * public functions make these edits on the columns instead
 * (tautan-dataset-edit-columns.c); the tree stays the reference they are
 * tested against. */
TautanDataset *_tautan_dataset_tree_edit_entity      (TautanDataset             *self,
                                                      const char                *id,
                                                      const TautanEntityValues  *values,
                                                      GError                   **error);
TautanDataset *_tautan_dataset_tree_merge_entities   (TautanDataset             *self,
                                                      const char                *into,
                                                      const char                *from,
                                                      GError                   **error);
TautanDataset *_tautan_dataset_tree_split_entity     (TautanDataset             *self,
                                                      const char                *id,
                                                      const char                *new_name,
                                                      const char * const        *events,
                                                      const char * const        *quotes,
                                                      char                     **new_id,
                                                      GError                   **error);
TautanDataset *_tautan_dataset_tree_edit_event       (TautanDataset             *self,
                                                      const char                *id,
                                                      const TautanEventValues   *values,
                                                      GError                   **error);
TautanDataset *_tautan_dataset_tree_edit_quote       (TautanDataset             *self,
                                                      const char                *id,
                                                      const char                *speaker,
                                                      const char                *speaker_text,
                                                      gboolean                   certain,
                                                      GError                   **error);

G_END_DECLS
