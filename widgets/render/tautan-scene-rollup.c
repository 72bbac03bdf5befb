/* tautan-scene-rollup.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Owns the scene's nodes under the roll-up by affiliation: one node per
 * group (a state with its leaders and ministers), sized by its members'
 * events and labelled with how many it holds; and the rings of events
 * with no target counted from a list of passing events.
 */

#define G_LOG_DOMAIN "tautan-scene"

#include "config.h"

#include <glib/gi18n.h>

#include "tautan-render-context-private.h"
#include "tautan-render-legend-private.h"
#include "tautan-scene-private.h"

/* "Russia +2": the group's own name and how many it holds besides. */
static const char *
group_label (TautanScene *self,
             const char  *name,
             guint        n_members)
{
  g_autofree char *label = NULL;
  const char *clean = _tautan_scene_label_text (self, name);

  if (n_members < 2 || clean == NULL)
    return clean;
  if (self->labels == NULL)
    self->labels = g_string_chunk_new (256);
  /* TRANSLATORS: a roll-up group's label: its name and how many members it holds besides itself */
  label = g_strdup_printf (C_("rollup", "%s +%u"), clean, n_members - 1);
  return g_string_chunk_insert_const (self->labels, label);
}

void
_tautan_scene_build_group_nodes (TautanScene       *self,
                                 TautanSlice       *slice,
                                 const TautanPoint *positions,
                                 NodeBuild        **out_build,
                                 guint             *out_n,
                                 guint             *build_of)
{
  const TautanView *view = &self->view;
  const TautanRollup *rollup = view->rollup;
  guint n_active = tautan_slice_get_n_entities (slice);
  g_autofree guint *count = g_new0 (guint, MAX (self->n_entities, 1));
  NodeBuild *build = _tautan_scene_pool_alloc0 (sizeof (NodeBuild) * MAX (n_active, 1));
  guint n = 0;

  /* A group stands for its members' events (drop_orphans then counts
   * them exactly, from the aggregated edges and the rings). */
  for (guint k = 0; k < n_active; k++)
    {
      const TautanSliceEntity *se = tautan_slice_get_entity (slice, k);

      if (se->entity < self->n_entities && se->entity < rollup->n_entities)
        count[rollup->group_of[se->entity]] += se->count;
    }

  /* Busiest first, as the slice orders its entities. */
  for (guint k = 0; k < n_active; k++)
    {
      const TautanSliceEntity *se = tautan_slice_get_entity (slice, k);
      const TautanRollupGroup *group;
      TautanEntity entity;
      NodeBuild *nb;
      guint rep;

      if (se->entity >= self->n_entities)
        continue;
      /* The rule the side panel counts by (data/tautan-rollup.c). */
      rep = tautan_rollup_drawn_as (self->dataset, rollup->group_of, rollup->n_entities, view->hidden_kinds, se->entity);
      if (rep == TAUTAN_NONE || build_of[rep] != TAUTAN_NONE)
        continue;
      tautan_dataset_get_entity (self->dataset, rep, &entity);

      group = tautan_rollup_find_group (rollup, rep);
      nb = &build[n];
      nb->kind = MIN ((guint)entity.kind, TAUTAN_N_ENTITY_KINDS - 1);
      nb->node.entity = rep;
      nb->node.x = ((double)positions[rep].x - view->center_x) * view->zoom + view->width / 2.0;
      nb->node.y = ((double)positions[rep].y - view->center_y) * view->zoom + view->height / 2.0;
      nb->node.radius = _tautan_render_node_radius (count[rep], self->node_scale);
      nb->node.shape = _tautan_render_shape_for_kind (entity.kind);
      nb->node.fill = self->palette.node_fill[nb->kind];
      nb->node.stroke = self->palette.node_stroke;
      nb->node.alpha = view->fade != NULL ? CLAMP (view->fade[rep], 0.0, 1.0) : 1.0;
      nb->node.n_members = group != NULL ? group->n_members : 0;
      nb->node.label = group_label (self, entity.name, nb->node.n_members);
      if (view->focus != NULL && !view->focus[rep])
        {
          nb->node.alpha *= TAUTAN_DIM_ALPHA;
          nb->extra.dim = TRUE;
        }
      nb->node.selected = rep == view->selected_entity;
      nb->extra.count = count[rep];
      nb->extra.hovered = rep == view->hover_entity;
      build_of[rep] = n++;
    }

  *out_build = build;
  *out_n = n;
}

/* Each event with no target marks the nodes its actors are drawn as,
 * once per node, as the slice's rings do. */
void
_tautan_scene_count_rings (TautanScene *self,
                           GArray      *events,
                           NodeBuild   *build,
                           const guint *build_of)
{
  const TautanRollup *rollup = self->view.rollup;

  for (guint i = 0; events != NULL && i < events->len; i++)
    {
      guint marked[8];
      guint n_marked = 0;
      TautanEvent event;

      tautan_dataset_get_event (self->dataset, g_array_index (events, guint, i), &event);
      if (event.n_targets > 0 || tautan_type_mask_has (&self->view.hidden_types, event.type))
        continue;
      for (guint a = 0; a < event.n_actors; a++)
        {
          guint node = event.actors[a];
          gboolean seen = FALSE;

          if (node >= self->n_entities)
            continue;
          if (rollup != NULL && node < rollup->n_entities)
            node = rollup->group_of[node];
          node = build_of[node];
          if (node == TAUTAN_NONE)
            continue;
          for (guint m = 0; m < n_marked && !seen; m++)
            seen = marked[m] == node;
          if (seen)
            continue;
          if (n_marked < G_N_ELEMENTS (marked))
            marked[n_marked++] = node;
          build[node].node.n_untargeted++;
        }
    }
}
