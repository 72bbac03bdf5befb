/* tautan-ego.h: the actors within a few steps of one actor, and the events among them
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tautan/tautan-filter.h"

G_BEGIN_DECLS

#define TAUTAN_EGO_MAX_DEPTH 3

typedef struct
{
  guint entity;
  guint depth;                 /* 0 for the centre */
} TautanEgoMember;

typedef struct
{
  GArray *members;             /* TautanEgoMember, by depth then entity index */
  GArray *events;              /* guint event indexes linking two members, ascending */
} TautanEgo;

TautanEgo *tautan_ego_compute (TautanDataset        *dataset,
                               const TautanFilter   *filter,
                               const TautanTimeSpan *span,
                               guint                 centre,
                               guint                 depth);
void       tautan_ego_free    (TautanEgo            *ego);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TautanEgo, tautan_ego_free)

G_END_DECLS
