/* tautan-graph-view-rollup.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Owns the canvas's side of the roll-up by affiliation: the roll-up of
 * the window computed when the session asks for it, and opening or
 * closing a group in place (a double click, or the node menu).
 */

#define G_LOG_DOMAIN "tautan-graph-view"

#include "config.h"

#include "tautan-graph-view-private.h"

/* The roll-up of the window's passing events, once per window, filter
 * and set of open groups. */
void
_tautan_graph_view_ensure_rollup (TautanGraphView *self)
{
  g_autoptr(GHashTable) expanded = NULL;
  TautanTimeSpan span;

  if (!tautan_session_get_rollup (self->session))
    {
      g_clear_pointer (&self->rollup, tautan_rollup_free);
      self->view.rollup = NULL;
      return;
    }
  if (self->rollup != NULL)
    return;
  span = _tautan_graph_view_slice_span (self);
  expanded = tautan_session_dup_expanded_groups (self->session);
  self->rollup = tautan_rollup_compute (self->dataset, tautan_session_get_filter (self->session), &span, expanded);
  self->view.rollup = self->rollup;
  self->scene_dirty = TRUE;
  self->base_dirty = TRUE;
}

/* Whether @entity is drawn as a closed group of two members or more. */
gboolean
_tautan_graph_view_is_group (TautanGraphView *self,
                             guint            entity)
{
  if (self->session == NULL || !tautan_session_get_rollup (self->session))
    return FALSE;
  _tautan_graph_view_ensure_rollup (self);
  return self->rollup != NULL && tautan_rollup_find_group (self->rollup, entity) != NULL;
}

/* The nearest open group up @entity's affiliation chain (itself
 * included), or TAUTAN_NONE. Cycles, which the validator reports, end
 * the walk. */
guint
_tautan_graph_view_open_group (TautanGraphView *self,
                               guint            entity)
{
  guint n, steps = 0;

  if (self->session == NULL || !tautan_session_get_rollup (self->session))
    return TAUTAN_NONE;
  n = tautan_dataset_get_n_entities (self->dataset);
  while (entity < n && steps++ < n)
    {
      TautanEntity e;

      if (tautan_session_get_group_expanded (self->session, entity))
        return entity;
      tautan_dataset_get_entity (self->dataset, entity, &e);
      entity = e.affiliation;
    }
  return TAUTAN_NONE;
}

gboolean
_tautan_graph_view_toggle_group (TautanGraphView *self,
                                 guint            entity)
{
  guint open;

  if (_tautan_graph_view_is_group (self, entity))
    {
      tautan_session_set_group_expanded (self->session, entity, TRUE);
      return TRUE;
    }
  open = _tautan_graph_view_open_group (self, entity);
  if (open == TAUTAN_NONE)
    return FALSE;
  tautan_session_set_group_expanded (self->session, open, FALSE);
  return TRUE;
}

/**
 * tautan_graph_view_get_rollup:
 *
 * Returns: (transfer none) (nullable): the roll-up drawn: groups, their
 *   members and the aggregated edges of the window; %NULL when the
 *   session's roll-up is off
 */
const TautanRollup *
tautan_graph_view_get_rollup (TautanGraphView *self)
{
  g_return_val_if_fail (TAUTAN_IS_GRAPH_VIEW (self), NULL);

  if (self->session == NULL || self->dataset == NULL)
    return NULL;
  _tautan_graph_view_ensure_scene (self);
  return self->rollup;
}
