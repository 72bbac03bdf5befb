/* tautan-graph-view-build.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Owns building a big scene off the main thread. A scene of tens of
 * thousands of edges costs seconds (12 s for 1M edges on a loaded 2-core
 * machine): the window would stop drawing and taking input meanwhile. So
 * a worker builds it from its own copies (positions, view) and references
 * (dataset, slice, fonts), all immutable, and the canvas keeps drawing the
 * scene it has until the new one is whole; then it swaps it in. One build
 * at a time: what changes meanwhile is built when it ends. A scene with
 * a hover or a selection comes with its base (the tiles', without them);
 * hover is not drawn on the biggest graphs. The filter's, comparison's
 * and roll-up's tables are the canvas's, freed when they change: the job
 * holds its own references to their arrays, which nobody writes once
 * they are made. */

#define G_LOG_DOMAIN "tautan-graph-view"

/* RUSAGE_THREAD */
#define _GNU_SOURCE

#include "config.h"

#include <string.h>
#include <sys/resource.h>

#include "tautan-graph-view-private.h"
#include "render/tautan-tile-cache-private.h"

typedef struct
{
  GWeakRef             view;        /* the TautanGraphView */
  guint                serial;
  TautanRenderContext *context;
  TautanDataset       *dataset;
  TautanSlice         *slice;
  TautanPoint         *positions;
  guint8              *focus;       /* copies of the view's ego set and fades */
  float               *fade;
  TautanFilterEdges   *filter_edges;/* sharing the canvas's arrays, or NULL */
  TautanChanges       *changes;
  TautanRollup        *rollup;
  TautanView           scene_view;
  TautanScene         *previous;    /* the scenes shown when it began: their edges may do */
  TautanScene         *previous_base;
  gboolean             new_base;    /* the tiles' scene is out of date */
  gboolean             with_base;   /* it is, and the scene has a hover or selection: built too */
  /* Results, from the worker */
  TautanScene         *scene;
  TautanScene         *base;
  gint64               cost;
  gint64               cpu;
  glong                faults;
} Job;

static void
job_free (gpointer data)
{
  Job *job = data;

  g_weak_ref_clear (&job->view);
  g_clear_object (&job->context);
  g_clear_object (&job->dataset);
  g_clear_object (&job->slice);
  g_clear_pointer (&job->positions, g_free);
  g_clear_pointer (&job->focus, g_free);
  g_clear_pointer (&job->fade, g_free);
  g_clear_pointer (&job->filter_edges, tautan_filter_edges_free);
  g_clear_pointer (&job->changes, tautan_changes_free);
  g_clear_pointer (&job->rollup, tautan_rollup_free);
  g_clear_pointer (&job->scene, tautan_scene_unref);
  g_clear_pointer (&job->base, tautan_scene_unref);
  g_clear_pointer (&job->previous, tautan_scene_unref);
  g_clear_pointer (&job->previous_base, tautan_scene_unref);
  g_free (job);
}

/* A second owner of @edges' arrays: freeing it unrefs them. */
static TautanFilterEdges *
share_filter_edges (const TautanFilterEdges *edges)
{
  TautanFilterEdges *shared = g_new0 (TautanFilterEdges, 1);

  shared->edges = g_array_ref (edges->edges);
  shared->type_pairs = g_array_ref (edges->type_pairs);
  if (edges->events != NULL)
    shared->events = g_array_ref (edges->events);
  return shared;
}

static TautanChanges *
share_changes (const TautanChanges *changes)
{
  TautanChanges *shared = g_memdup2 (changes, sizeof *changes);

  shared->edges = g_array_ref (changes->edges);
  shared->new_actors = g_array_ref (changes->new_actors);
  shared->vanished_actors = g_array_ref (changes->vanished_actors);
  shared->by_pair = g_hash_table_ref (changes->by_pair);
  return shared;
}

/* The groups per entity are a plain block: copied (4 bytes an entity). */
static TautanRollup *
share_rollup (const TautanRollup *rollup)
{
  TautanRollup *shared = g_new0 (TautanRollup, 1);

  shared->n_entities = rollup->n_entities;
  shared->group_of = g_memdup2 (rollup->group_of, sizeof (guint) * MAX (rollup->n_entities, 1));
  shared->groups = g_array_ref (rollup->groups);
  shared->members = g_array_ref (rollup->members);
  shared->edges = share_filter_edges (rollup->edges);
  if (rollup->events != NULL)
    shared->events = g_array_ref (rollup->events);
  return shared;
}

/* The calling thread's CPU time (µs) and page faults so far; zeros
 * where the system keeps no per-thread account. */
static void
thread_usage (gint64 *cpu,
              glong  *faults)
{
#ifdef RUSAGE_THREAD
  struct rusage usage;

  if (getrusage (RUSAGE_THREAD, &usage) == 0)
    {
      *cpu = (gint64)(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * G_USEC_PER_SEC +
             usage.ru_utime.tv_usec + usage.ru_stime.tv_usec;
      *faults = usage.ru_minflt + usage.ru_majflt;
      return;
    }
#endif
  *cpu = 0;
  *faults = 0;
}

static void
build_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  Job *job = task_data;
  gint64 start = g_get_monotonic_time ();
  gint64 cpu;
  glong faults;

  thread_usage (&cpu, &faults);
  g_debug ("open: scene build started at %.3f s", start / 1e6);

  /* While the layout settles only the positions move: the scene on
   * screen gives its edges, and goes as soon as it has, not with the job. */
  job->scene = tautan_scene_new_after (job->previous, job->context, job->dataset, job->slice, job->positions,
                                       &job->scene_view);
  g_clear_pointer (&job->previous, tautan_scene_unref);
  if (job->with_base)
    {
      TautanView base = job->scene_view;

      base.hover_entity = TAUTAN_NONE;
      base.selected_entity = base.selected_source = base.selected_target = TAUTAN_NONE;
      job->base = tautan_scene_new_after (job->previous_base, job->context, job->dataset, job->slice,
                                          job->positions, &base);
    }
  g_clear_pointer (&job->previous_base, tautan_scene_unref);
  /* The scene the tiles get next: its per-tile lists made here, while
   * the main thread's turn to hand it over comes, not on a tile thread
   * with the other waiting. Not a million edges' (46 MB), which would
   * live beside the scene on screen while it is trimmed of its own. */
  if (job->new_base)
    {
      TautanScene *tiled = job->base != NULL ? job->base : job->scene;
      guint n_edges = tautan_scene_get_n_edges (tiled);

      if (n_edges > TILE_THRESHOLD_EDGES && n_edges < SERIAL_BUILD_EDGES)
        _tautan_tile_cache_prepare_scene (tiled);
    }
  job->cost = g_get_monotonic_time () - start;
  thread_usage (&job->cpu, &job->faults);
  job->cpu -= cpu;
  job->faults -= faults;
  g_debug ("open: scene built at %.3f s", g_get_monotonic_time () / 1e6);
  g_task_return_boolean (task, TRUE);
}

static void
built_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(TautanGraphView) self = g_weak_ref_get (&job->view);

  /* A newer build, a build on the spot, or another session: dropped. */
  if (self == NULL || job->serial != self->build_serial)
    return;
  self->building = FALSE;
  if (job->dataset != self->dataset)
    {
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return;
    }

  g_clear_pointer (&self->scene, tautan_scene_unref);
  self->scene = g_steal_pointer (&job->scene);
  g_clear_pointer (&self->next_base, tautan_scene_unref);
  self->next_base = g_steal_pointer (&job->base);
  self->scene_dx = self->scene_dy = 0;
  self->build_end = g_get_monotonic_time ();
  self->build_cost = job->cost;
  self->build_cpu = job->cpu;
  self->build_faults = job->faults;
  if (job->new_base)
    self->base_dirty = TRUE;
  /* The camera may have moved since the build began: a pan is drawn
   * shifted, anything else builds again. */
  self->camera_dirty = TRUE;
  /* What changed meanwhile (the slider moved on) is built at once, not
   * after the frame that shows this scene; a hidden canvas waits. */
  if (self->scene_dirty && gtk_widget_get_mapped (GTK_WIDGET (self)))
    _tautan_graph_view_update_scene (self);
  _tautan_graph_view_scene_built (self);
}

/* Whether the build is worth a worker. */
static gboolean
can_build_async (TautanGraphView *self)
{
  return self->slice != NULL && tautan_slice_get_n_edges (self->slice) >= ASYNC_BUILD_EDGES;
}

/* Whether a big build must wait: a scene older than the one on screen is
 * still alive, and a third would join it. The tiles still have it until
 * the next frame hands them the new one (sync_tiles()), or a tile thread
 * still draws it; either way it goes soon, and the canvas asks again
 * then (the frame, or the tiles' ready callback). */
static gboolean
old_scene_held (TautanGraphView *self)
{
  if (self->scene == NULL || tautan_slice_get_n_edges (self->slice) < SERIAL_BUILD_EDGES)
    return FALSE;
  /* Highlighted, the tiles' base is a scene of its own, built with the
   * next one: no waiting for it. */
  if (self->base_dirty && self->base_scene != NULL && self->base_scene != self->scene)
    {
      const TautanView *shown = tautan_scene_get_view (self->scene);

      if (shown->hover_entity == TAUTAN_NONE && shown->selected_entity == TAUTAN_NONE &&
          shown->selected_source == TAUTAN_NONE && shown->selected_target == TAUTAN_NONE)
        return TRUE;
    }
  return self->tiles != NULL && _tautan_tile_cache_draws_old_scene (self->tiles);
}

/* Hover is not drawn on a very big graph. */
gboolean
_tautan_graph_view_draws_hover (TautanGraphView *self)
{
  return self->slice == NULL || tautan_slice_get_n_edges (self->slice) < HOVER_MAX_EDGES;
}

/**
 * _tautan_graph_view_build_async:
 *
 * Starts building the scene on a worker when it is big enough and its
 * inputs allow it; the scene on screen stays until the new one is whole.
 *
 * Returns: %TRUE when the scene is (or will be) built on a worker
 */
gboolean
_tautan_graph_view_build_async (TautanGraphView *self)
{
  g_autoptr(GTask) task = NULL;
  Job *job;

  if (!can_build_async (self))
    return FALSE;
  /* The scene in the making ends first, then this one starts. */
  if (self->building)
    return TRUE;
  /* Nor while an old scene lingers; still dirty, it starts later. */
  self->build_held = old_scene_held (self);
  if (self->build_held)
    return TRUE;

  job = g_new0 (Job, 1);
  g_weak_ref_init (&job->view, self);
  job->serial = ++self->build_serial;
  job->context = g_object_ref (self->context);
  job->dataset = g_object_ref (self->dataset);
  job->slice = g_object_ref (self->slice);
  job->positions = g_memdup2 (self->shown, sizeof (TautanPoint) * MAX (self->n_nodes, 1));
  if (self->scene != NULL)
    job->previous = tautan_scene_ref (self->scene);
  job->scene_view = self->view;
  if (self->view.focus != NULL)
    job->scene_view.focus = job->focus = g_memdup2 (self->view.focus, MAX (tautan_dataset_get_n_entities (self->dataset), 1));
  if (self->view.fade != NULL)
    job->scene_view.fade = job->fade = g_memdup2 (self->view.fade, sizeof (float) * MAX (self->n_nodes, 1));
  if (!_tautan_graph_view_draws_hover (self))
    job->scene_view.hover_entity = TAUTAN_NONE;
  job->scene_view.filter = NULL;
  if (self->view.filter_edges != NULL)
    job->scene_view.filter_edges = job->filter_edges = share_filter_edges (self->view.filter_edges);
  if (self->view.changes != NULL)
    job->scene_view.changes = job->changes = share_changes (self->view.changes);
  if (self->view.rollup != NULL)
    job->scene_view.rollup = job->rollup = share_rollup (self->view.rollup);
  /* A hover or selection alone keeps the tiles: no base then. */
  job->new_base = self->base_dirty || self->base_scene == NULL;
  job->with_base = job->new_base &&
                   (job->scene_view.hover_entity != TAUTAN_NONE || job->scene_view.selected_entity != TAUTAN_NONE ||
                    job->scene_view.selected_source != TAUTAN_NONE || job->scene_view.selected_target != TAUTAN_NONE);
  /* Only then: the tiles may let go of the old base before the build
   * ends, and a reference here would keep a third scene alive. */
  if (job->with_base && self->base_scene != NULL)
    job->previous_base = tautan_scene_ref (self->base_scene);

  /* The scene on screen lives on beside the new one: its per-tile lists
   * go once its tiles are in (a pan meanwhile makes them again). */
  if (self->tiles != NULL && tautan_slice_get_n_edges (self->slice) >= SERIAL_BUILD_EDGES)
    _tautan_tile_cache_trim (self->tiles);

  /* From here on, a change is one the next build must show. */
  self->scene_dirty = FALSE;
  self->building = TRUE;

  task = g_task_new (NULL, NULL, built_cb, NULL);
  g_task_set_source_tag (task, _tautan_graph_view_build_async);
  g_task_set_task_data (task, job, job_free);
  g_task_run_in_thread (task, build_thread);
  return TRUE;
}

/* Forgets a build in flight: its scene will be dropped. */
void
_tautan_graph_view_cancel_build (TautanGraphView *self)
{
  self->build_serial++;
  self->building = FALSE;
  g_clear_pointer (&self->next_base, tautan_scene_unref);
}
