/* tautan-rollup.h: actors drawn inside the state or organisation they belong to
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tautan/tautan-filter.h"
#include "tautan/tautan-slice.h"

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
  guint              n_entities;
  GArray            *groups;    /* TautanRollupGroup with two members or more, by entity index */
  GArray            *members;   /* guint entity indexes, per group by index */
  TautanFilterEdges *edges;     /* between representatives */
  GArray            *events;    /* guint event indexes that pass, ascending */
} TautanRollup;

/* Per dataset entity, the representative it is drawn as (the roll-up's
 * group_of alone, without its events); free with g_free(). */
guint        *tautan_rollup_compute_group_of (TautanDataset *dataset,
                                              GHashTable    *expanded);
TautanRollup *tautan_rollup_compute (TautanDataset        *dataset,
                                     const TautanFilter   *filter,
                                     const TautanTimeSpan *span,
                                     GHashTable           *expanded);
TautanRollup *tautan_rollup_copy    (const TautanRollup   *rollup);
void          tautan_rollup_free    (TautanRollup         *rollup);
/* The group @entity stands for (two members or more), or NULL. */
const TautanRollupGroup *tautan_rollup_find_group  (const TautanRollup *rollup,
                                                    guint               entity);
const guint  *tautan_rollup_get_members (const TautanRollup *rollup,
                                         const TautanRollupGroup *group);
/* The passing events behind what the roll-up draws: those of the group
 * @entity (one of its members acts or is targeted), or those behind the
 * aggregated edge @source → @target (an actor in the one group, a target
 * in the other). TAUTAN_NONE for the unused arguments. Ascending. */
GArray       *tautan_rollup_list_events (const TautanRollup *rollup,
                                         TautanDataset      *dataset,
                                         guint               entity,
                                         guint               source,
                                         guint               target);

/* The roll-up's drawing rule, one place for the canvas and the counts:
 * the node @entity is drawn as (its group's representative), or
 * TAUTAN_NONE when that representative's kind is hidden (a group of a
 * hidden kind is not drawn; a member of a hidden kind is drawn inside its
 * group) or @entity is beyond @group_of's @n_entities. */
guint         tautan_rollup_drawn_as    (TautanDataset      *dataset,
                                         const guint        *group_of,
                                         guint               n_entities,
                                         guint32             hidden_kinds,
                                         guint               entity);

typedef struct
{
  guint n_actors;              /* nodes drawn, groups and actors alike */
  guint n_groups;              /* of which stand for two members or more */
  guint n_links;               /* links drawn: one per ordered pair of nodes */
} TautanRollupCounts;

gboolean      tautan_rollup_count_drawn (TautanSlice          *slice,
                                         const TautanFilter   *filter,
                                         GHashTable           *expanded,
                                         guint32               hidden_kinds,
                                         const TautanTypeMask *hidden_types,
                                         GCancellable         *cancellable,
                                         TautanRollupCounts   *counts,
                                         GArray              **busiest);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TautanRollup, tautan_rollup_free)

G_END_DECLS
