/* tautan-merge.h: datasets merged into one, deterministically
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "tautan/tautan-dataset.h"
#include "tautan/tautan-extraction.h"

G_BEGIN_DECLS

typedef struct _TautanMerge TautanMerge;

TautanMerge   *tautan_merge_new             (void);
void           tautan_merge_free            (TautanMerge       *self);
void           tautan_merge_set_title       (TautanMerge       *self,
                                             const char        *title);
gboolean       tautan_merge_add_json        (TautanMerge       *self,
                                             const char        *data,
                                             gsize              len,
                                             const char        *display_name,
                                             GError           **error);
gboolean       tautan_merge_add_dataset     (TautanMerge       *self,
                                             TautanDataset     *dataset,
                                             GError           **error);
gboolean       tautan_merge_add_dataset_kept (TautanMerge      *self,
                                             TautanDataset     *dataset,
                                             GError           **error);
void           tautan_merge_add_extraction  (TautanMerge       *self,
                                             TautanExtraction  *extraction);
guint          tautan_merge_get_n_inputs    (TautanMerge       *self);
char          *tautan_merge_to_json         (TautanMerge       *self,
                                             gboolean           pretty,
                                             gsize             *length);
TautanDataset *tautan_merge_to_dataset      (TautanMerge       *self,
                                             GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TautanMerge, tautan_merge_free)

G_END_DECLS
