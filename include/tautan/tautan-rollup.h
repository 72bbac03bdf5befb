/* tautan-rollup.h: actors drawn inside the state or organisation they belong to
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tautan/tautan-filter.h"

G_BEGIN_DECLS

typedef struct
{
  guint entity;                /* the group's own entity (its representative) */
  guint member_offset;         /* into the roll-up's members */
  guint n_members;             /* entities drawn inside it, itself included */
} TautanRollupGroup;

typedef struct
{
  guint             *group_of;  /* per dataset entity: the representative it is drawn as */
  GArray            *groups;    /* TautanRollupGroup with two members or more, by entity index */
  GArray            *members;   /* guint entity indexes, per group by index */
  TautanFilterEdges *edges;     /* between representatives */
} TautanRollup;

TautanRollup *tautan_rollup_compute (TautanDataset        *dataset,
                                     const TautanFilter   *filter,
                                     const TautanTimeSpan *span,
                                     GHashTable           *expanded);
void          tautan_rollup_free    (TautanRollup         *rollup);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TautanRollup, tautan_rollup_free)

G_END_DECLS
