/* tautan-rankings.h: actors ranked by events, partners and betweenness, with trend
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "tautan/tautan-filter.h"

G_BEGIN_DECLS

/* Betweenness is exact up to this many active actors; above, it is
 * estimated from this many sampled pivots (Brandes–Pich). */
#define TAUTAN_RANKINGS_EXACT_MAX 5000
#define TAUTAN_RANKINGS_PIVOTS    256

typedef enum
{
  TAUTAN_RANK_EVENTS,          /* events the actor takes part in */
  TAUTAN_RANK_PARTNERS,        /* distinct actors it is paired with */
  TAUTAN_RANK_BETWEENNESS,     /* on the undirected pair graph, unnormalised */
  TAUTAN_N_RANKS
} TautanRankKind;

typedef struct
{
  guint  entity;
  double value;
  guint  rank;                 /* 1-based, ties share the better rank */
  double value_before;         /* in the previous period of the same length */
  guint  rank_before;          /* 0: not active before */
} TautanRankEntry;

typedef struct
{
  TautanTimeSpan span;
  TautanTimeSpan before;       /* the previous period of the same length */
  GArray        *ranks[TAUTAN_N_RANKS];   /* TautanRankEntry, best first; active actors only */
  gboolean       approximate;  /* betweenness sampled (now or before) */
} TautanRankings;

const char     *tautan_rank_kind_to_string   (TautanRankKind          kind);
TautanRankings *tautan_rankings_compute      (TautanDataset          *dataset,
                                              const TautanFilter     *filter,
                                              const TautanTimeSpan   *span,
                                              GCancellable           *cancellable);
void            tautan_rankings_compute_async (TautanDataset         *dataset,
                                               const TautanFilter    *filter,
                                               const TautanTimeSpan  *span,
                                               GCancellable          *cancellable,
                                               GAsyncReadyCallback    callback,
                                               gpointer               user_data);
TautanRankings *tautan_rankings_compute_mapped (TautanDataset         *dataset,
                                                const TautanFilter    *filter,
                                                const TautanTimeSpan  *span,
                                                const guint           *group_of,
                                                GCancellable          *cancellable);
void            tautan_rankings_compute_mapped_async (TautanDataset         *dataset,
                                                      const TautanFilter    *filter,
                                                      const TautanTimeSpan  *span,
                                                      guint                 *group_of,
                                                      GCancellable          *cancellable,
                                                      GAsyncReadyCallback    callback,
                                                      gpointer               user_data);
TautanRankings *tautan_rankings_compute_finish (GAsyncResult         *result,
                                                GError              **error);
void            tautan_rankings_free         (TautanRankings         *rankings);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TautanRankings, tautan_rankings_free)

G_END_DECLS
