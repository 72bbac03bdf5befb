/* tautan-paths.h: the shortest chains of events linking two actors
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tautan/tautan-filter.h"

G_BEGIN_DECLS

#define TAUTAN_PATHS_DEFAULT_CAP 20

typedef struct
{
  GArray    *entities;         /* guint: from, …, to (n_steps + 1 of them) */
  GPtrArray *steps;            /* GArray of guint event indexes, one per hop */
  guint      n_events;         /* all events along the chain */
} TautanPath;

GPtrArray *tautan_paths_find (TautanDataset        *dataset,
                              const TautanFilter   *filter,
                              const TautanTimeSpan *span,
                              guint                 from,
                              guint                 to,
                              guint                 cap,
                              gboolean             *truncated);
void       tautan_path_free  (TautanPath           *path);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TautanPath, tautan_path_free)

G_END_DECLS
