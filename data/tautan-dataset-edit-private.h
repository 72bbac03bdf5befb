/* tautan-dataset-edit-private.h: the checks and errors every edit shares
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tautan/tautan-dataset-edit.h"

G_BEGIN_DECLS

/* tautan-dataset-edit.c: the checks an edit makes first, and its errors,
 * which the test oracle (tests/tautan-edit-oracle.c) gives too. */
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
gboolean       _tautan_dataset_edit_check_speaker    (TautanDataset             *self,
                                                      const char                *id,
                                                      const char                *speaker,
                                                      const char                *speaker_text,
                                                      guint                     *entity,
                                                      GError                   **error);
char          *_tautan_dataset_edit_selection        (TautanDataset             *self,
                                                      const char                *source,
                                                      guint                      start,
                                                      guint                      end,
                                                      guint                     *source_index,
                                                      GError                   **error);

G_END_DECLS
