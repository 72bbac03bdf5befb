/* tautan-changes.h: what changed between two periods: edges and actors new, vanished, stronger, weaker
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tautan/tautan-filter.h"

G_BEGIN_DECLS

typedef enum
{
  TAUTAN_CHANGE_NEW,           /* no event in the first period, some in the second */
  TAUTAN_CHANGE_VANISHED,      /* some in the first, none in the second */
  TAUTAN_CHANGE_STRONGER,      /* more events, by at least the threshold */
  TAUTAN_CHANGE_WEAKER,        /* fewer events, by at least the threshold */
  TAUTAN_CHANGE_UNCHANGED,     /* in both, within the threshold */
  TAUTAN_N_CHANGES
} TautanChangeKind;

typedef struct
{
  guint            source;       /* entity index (actor) */
  guint            target;       /* entity index (target) */
  TautanChangeKind kind;
  guint            count_before; /* passing events in the first period */
  guint            count_after;  /* in the second */
  guint            type_before;  /* most frequent event type, TAUTAN_NONE without events */
  guint            type_after;
} TautanChangeEdge;

typedef struct
{
  TautanTimeSpan  before;
  TautanTimeSpan  after;
  GArray         *edges;          /* TautanChangeEdge: by kind, then the biggest change first */
  guint           n_edges[TAUTAN_N_CHANGES];
  GArray         *new_actors;     /* guint entity indexes, busiest (in the second period) first */
  GArray         *vanished_actors;/* busiest in the first period first */
  GHashTable     *by_pair;        /* (source, target) → index into edges + 1 */
} TautanChanges;

const char       *tautan_change_kind_to_string (TautanChangeKind        kind);
const char       *tautan_change_kind_get_label (TautanChangeKind        kind);
gboolean          tautan_changes_is_significant (guint                  before,
                                                 guint                  after);
TautanChanges    *tautan_changes_compute       (TautanDataset          *dataset,
                                                const TautanFilter     *filter,
                                                const TautanTimeSpan   *before,
                                                const TautanTimeSpan   *after);
const TautanChangeEdge *tautan_changes_find    (const TautanChanges    *changes,
                                                guint                   source,
                                                guint                   target);
char             *tautan_changes_summarize     (const TautanChanges    *changes,
                                                TautanDataset          *dataset);
void              tautan_changes_free          (TautanChanges          *changes);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TautanChanges, tautan_changes_free)

G_END_DECLS
