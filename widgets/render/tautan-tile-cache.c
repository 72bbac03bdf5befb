/* tautan-tile-cache.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-tile-cache"

#include "config.h"

#include <math.h>
#include <string.h>
#include <time.h>
#ifdef __linux__
#include <errno.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#include "tautan/tautan-tile-cache.h"

#include "tautan-scene-private.h"
#include "tautan-tile-cache-private.h"

#define N_THREADS 2
/* Tiles kept around the drawn area when the content stays but the view
 * moves, so panning back and forth redraws nothing. */
#define KEEP_MARGIN 2
/* A new scene's tiles replacing the old one's at the same zoom are shown
 * all at once (a frame costs the main thread more than a tile costs a
 * worker, and half-replaced scenes do not meet at tile borders); unless
 * they take this long, then as they come. */
#define PARTIAL_AFTER_US (300 * G_TIME_SPAN_MILLISECOND)

typedef struct
{
  gint64      key;          /* packed (i, j): the hash table's key */
  TautanTile  tile;
  guint64     generation;   /* of the scene it was drawn from */
  guint64     signature;    /* _tautan_scene_tile_signature() of that scene */
  gboolean    has_signature;
} Entry;

typedef struct
{
  TautanTileCache *cache;
  TautanScene     *scene;      /* taken when the job runs, not queued */
  guint64          generation;
  guint64          order;      /* nearest to the view's centre first */
  gint32           i;
  gint32           j;
  double           origin_x;
  double           origin_y;
  double           zoom;
  int              device_scale;
  gboolean         visible;    /* in the view, not its margin */
  gint64           queued_at;  /* for the statistics */
  cairo_surface_t *surface;    /* the result */
  /* The tile there now, from an earlier scene at this zoom: kept as it is
   * when the new scene's signature for it is the same. */
  cairo_surface_t *previous;
  guint64          previous_signature;
  guint64          previous_serial;
  guint64          signature;
  gboolean         has_signature;
  gboolean         kept;       /* @surface is @previous */
} Job;

typedef struct
{
  gint32 i0, j0, i1, j1;       /* inclusive */
} Range;

struct _TautanTileCache
{
  GMutex                mutex;
  GCond                 cond;
  GThreadPool          *pool;
  GMainContext         *main_context;
  TautanTilesReadyFunc  ready;
  gpointer              user_data;
  GDestroyNotify        notify;

  /* Owned by the thread that created the cache. */
  TautanScene          *scene;
  int                   device_scale;
  double                zoom;
  double                origin_x;
  double                origin_y;
  guint64               fingerprint;
  Range                 range;        /* what the scene's tiles cover */
  Range                 visible;      /* what the view shows of them */
  GHashTable           *tiles;        /* key → Entry, drawn at @zoom */
  GHashTable           *old;          /* key → Entry, drawn at @old_zoom */
  double                old_zoom;
  GHashTable           *queued;       /* keys of jobs of this generation */
  guint64               serial;
  guint64               order;
  gint64                scene_time;   /* when the scene was set */
  gint64                partial_after;/* PARTIAL_AFTER_US, but in tests */
  gboolean              unshown;      /* tiles in view landed, and no frame was asked for since */

  /* Under @mutex. */
  guint64               generation;
  TautanScene          *run_scene;    /* what jobs of @generation draw */
  double                run_origin_x;
  double                run_origin_y;
  guint                 pending;      /* jobs of @generation not finished */
  GQueue                done;         /* Job, finished */
  GSource              *idle;
  gint                  allowance;    /* jobs that may still start; -1: any (tests hold them) */
  guint                 finished;     /* jobs that drew, whatever became of them */
  guint                 running;      /* jobs drawing now */
  /* Of those, jobs still drawing an earlier scene, which they hold: a
   * million-edge one is some 200 MB, and the window waits for them
   * before it builds another (_tautan_tile_cache_draws_old_scene()). */
  guint                 running_old;
  gboolean              old_done;     /* the last of them ended: tell @ready */
  gboolean              trim;         /* drop @run_scene's per-tile lists once its tiles are in */
  TautanTileStats       stats;        /* of @generation */
};

static gboolean idle_cb (gpointer data);

static inline gint64
pack_key (gint32 i,
          gint32 j)
{
  return (gint64)(((guint64)(guint32)i << 32) | (guint32)j);
}

static inline gint32
tile_index (double world)
{
  return (gint32)floor (CLAMP (world / TAUTAN_TILE_SIZE, -1e9, 1e9));
}

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  cairo_surface_destroy (entry->tile.surface);
  g_free (entry);
}

static GHashTable *
entry_table_new (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, entry_free);
}

static void
job_free (Job *job)
{
  g_clear_pointer (&job->scene, tautan_scene_unref);
  g_clear_pointer (&job->surface, cairo_surface_destroy);
  g_clear_pointer (&job->previous, cairo_surface_destroy);
  g_free (job);
}

static gint
compare_jobs (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  const Job *x = a, *y = b;

  /* The newest scene first: older ones are dropped anyway. */
  if (x->generation != y->generation)
    return x->generation > y->generation ? -1 : 1;
  /* The view's tiles before its margin's: a step shows with them. */
  if (x->visible != y->visible)
    return x->visible ? -1 : 1;
  return x->order < y->order ? -1 : x->order > y->order;
}

/* The view's world rectangle at @zoom, in world pixels at @zoom. */
static void
view_world_rect (const TautanView *view,
                 double            zoom,
                 double           *x0,
                 double           *y0,
                 double           *x1,
                 double           *y1)
{
  double f = zoom / view->zoom;

  *x0 = (view->center_x * view->zoom - view->width / 2.0) * f;
  *y0 = (view->center_y * view->zoom - view->height / 2.0) * f;
  *x1 = *x0 + view->width * f;
  *y1 = *y0 + view->height * f;
}

/* Tiles touching [x0, x1) × [y0, y1), plus @margin tiles around. */
static Range
range_for_rect (double x0,
                double y0,
                double x1,
                double y1,
                int    margin)
{
  Range r;

  r.i0 = tile_index (x0) - margin;
  r.j0 = tile_index (y0) - margin;
  r.i1 = tile_index (MAX (x0, x1 - 1e-6)) + margin;
  r.j1 = tile_index (MAX (y0, y1 - 1e-6)) + margin;
  return r;
}

static gboolean
range_contains (const Range *r,
                gint32       i,
                gint32       j)
{
  return i >= r->i0 && i <= r->i1 && j >= r->j0 && j <= r->j1;
}

static gboolean
covered (GHashTable  *table,
         const Range *r)
{
  for (gint32 j = r->j0; j <= r->j1; j++)
    for (gint32 i = r->i0; i <= r->i1; i++)
      {
        gint64 key = pack_key (i, j);

        if (!g_hash_table_contains (table, &key))
          return FALSE;
      }
  return TRUE;
}

/* Whether every tile of @r is drawn from the current scene. */
static gboolean
current (TautanTileCache *self,
         const Range     *r)
{
  for (gint32 j = r->j0; j <= r->j1; j++)
    for (gint32 i = r->i0; i <= r->i1; i++)
      {
        gint64 key = pack_key (i, j);
        const Entry *entry = g_hash_table_lookup (self->tiles, &key);

        if (entry == NULL || entry->generation != self->generation)
          return FALSE;
      }
  return TRUE;
}

/* Tiles are background work: on a machine with few cores the thread that
 * answers input must win over them (the pool's threads are its own). */
static void
lower_priority (void)
{
#ifdef __linux__
  static GPrivate done;

  if (g_private_get (&done) != NULL)
    return;
  g_private_set (&done, GINT_TO_POINTER (1));
  /* On Linux a thread has its own nice value. */
  if (setpriority (PRIO_PROCESS, (id_t)syscall (SYS_gettid), 10) != 0)
    g_debug ("tile threads keep the default priority: %s", g_strerror (errno));
#endif
}

/* The calling thread's CPU time, for the statistics. */
static gint64
thread_cpu_us (void)
{
  struct timespec ts;

  if (clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts) != 0)
    return 0;
  return (gint64)ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

/* Called locked: delivers finished jobs to the owner's thread, through
 * its main context. */
static void
attach_idle (TautanTileCache *self)
{
  if (self->idle != NULL)
    return;
  self->idle = g_idle_source_new ();
  g_source_set_priority (self->idle, G_PRIORITY_DEFAULT);
  g_source_set_callback (self->idle, idle_cb, self, NULL);
  g_source_set_static_name (self->idle, "[tautan] tiles ready");
  g_source_attach (self->idle, self->main_context);
}

/* Called locked: as _tautan_tile_cache_trim() asked, once no tile of
 * the scene is drawing or to be drawn (a tile taking the lock later makes
 * the lists again). */
static void
trim_locked (TautanTileCache *self)
{
  if (!self->trim || self->run_scene == NULL || self->running > 0 || self->pending > 0)
    return;
  self->trim = FALSE;
  _tautan_scene_drop_draw_index (self->run_scene);
}

static void
job_run (gpointer data,
         gpointer user_data)
{
  Job *job = data;
  TautanTileCache *self = job->cache;
  gint64 started = 0, cpu = 0;
  gboolean stale;

  lower_priority ();

  /* A queued job holds no scene: scenes replaced while jobs wait in
   * the queue are freed at once, not when the jobs are reached. */
  g_mutex_lock (&self->mutex);
  while (self->allowance == 0 && job->generation == self->generation)
    g_cond_wait (&self->cond, &self->mutex);
  stale = job->generation != self->generation;
  if (!stale)
    {
      if (self->allowance > 0)
        self->allowance--;
      job->scene = tautan_scene_ref (self->run_scene);
      job->origin_x = self->run_origin_x;
      job->origin_y = self->run_origin_y;
      self->running++;
    }
  g_mutex_unlock (&self->mutex);

  if (!stale)
    {
      started = g_get_monotonic_time ();
      cpu = thread_cpu_us ();

      job->has_signature = _tautan_scene_tile_signature (job->scene, job->i, job->j,
                                                         &job->signature);
      if (job->has_signature && job->previous != NULL && job->signature == job->previous_signature)
        {
          /* A step that left this tile's items as they were. */
          job->surface = g_steal_pointer (&job->previous);
          job->kept = TRUE;
        }
    }

  if (!stale && !job->kept)
    {
      int size = TAUTAN_TILE_SIZE * job->device_scale;
      cairo_t *cr;

      job->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, size, size);
      cairo_surface_set_device_scale (job->surface, job->device_scale, job->device_scale);
      cr = cairo_create (job->surface);
      cairo_rectangle (cr, 0, 0, TAUTAN_TILE_SIZE, TAUTAN_TILE_SIZE);
      cairo_clip (cr);
      /* view pixel = world pixel - origin; the tile starts at i * size. */
      cairo_translate (cr,
                       job->origin_x - (double)job->i * TAUTAN_TILE_SIZE,
                       job->origin_y - (double)job->j * TAUTAN_TILE_SIZE);
      tautan_scene_draw (job->scene, cr);
      cairo_destroy (cr);
      cairo_surface_flush (job->surface);
    }
  if (!stale)
    cpu = thread_cpu_us () - cpu;
  g_clear_pointer (&job->previous, cairo_surface_destroy);

  /* The scene goes now, on this thread, not with the main loop's help. */
  g_clear_pointer (&job->scene, tautan_scene_unref);

  g_mutex_lock (&self->mutex);
  if (!stale)
    {
      self->finished++;
      self->running--;
      if (job->generation != self->generation && --self->running_old == 0)
        {
          self->old_done = TRUE;
          attach_idle (self);
        }
      g_cond_broadcast (&self->cond);
    }
  if (job->generation == self->generation && job->surface != NULL)
    {
      self->stats.cpu_us += cpu;
      self->stats.kept += job->kept;
      self->stats.max_tile_us = MAX (self->stats.max_tile_us, cpu);
      self->stats.wait_us += started - job->queued_at;
      g_queue_push_tail (&self->done, g_steal_pointer (&job));
      self->pending--;
      attach_idle (self);
    }
  trim_locked (self);
  g_mutex_unlock (&self->mutex);

  if (job != NULL)
    job_free (job);
}

static void
drop_far_tiles (TautanTileCache *self)
{
  GHashTableIter iter;
  Entry *entry;
  Range keep = self->range;

  keep.i0 -= KEEP_MARGIN;
  keep.j0 -= KEEP_MARGIN;
  keep.i1 += KEEP_MARGIN;
  keep.j1 += KEEP_MARGIN;

  g_hash_table_iter_init (&iter, self->tiles);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *)&entry))
    {
      gint32 i = (gint32)((guint64)entry->key >> 32);
      gint32 j = (gint32)(guint32)(guint64)entry->key;

      if (entry->generation != self->generation || !range_contains (&keep, i, j))
        g_hash_table_iter_remove (&iter);
    }
}

/* Moves finished tiles into the table, on the owner's thread, so the set
 * of tiles only changes between frames. Returns whether the view should
 * be drawn again: tiles it shows arrived since it last was, and the
 * scene's tiles are all in, or they filled a hole, or they have been
 * coming for long. Margin tiles alone change nothing on screen: after
 * each pan a column or row of them came in, and the whole view was drawn
 * again for it, often in the middle of the next timeline step. */
static gboolean
integrate (TautanTileCache *self)
{
  GQueue done = G_QUEUE_INIT;
  gboolean added = FALSE;
  gboolean filled = FALSE;
  gboolean in_view = FALSE;
  gboolean complete;
  Job *job;

  g_mutex_lock (&self->mutex);
  done = self->done;
  g_queue_init (&self->done);
  complete = self->pending == 0;
  g_mutex_unlock (&self->mutex);

  while ((job = g_queue_pop_head (&done)))
    {
      /* Read without the lock: only this thread changes the generation. */
      if (job->generation == self->generation)
        {
          Entry *entry = g_new0 (Entry, 1);
          gboolean shown = range_contains (&self->visible, job->i, job->j);

          entry->key = pack_key (job->i, job->j);
          entry->generation = job->generation;
          entry->signature = job->signature;
          entry->has_signature = job->has_signature;
          entry->tile.surface = g_steal_pointer (&job->surface);
          entry->tile.world_x = (double)job->i * TAUTAN_TILE_SIZE;
          entry->tile.world_y = (double)job->j * TAUTAN_TILE_SIZE;
          entry->tile.zoom = job->zoom;
          entry->tile.device_scale = job->device_scale;
          /* Same pixels, same serial: the view keeps its texture. */
          entry->tile.serial = job->kept ? job->previous_serial : ++self->serial;
          g_hash_table_remove (self->queued, &entry->key);
          filled |= shown && !g_hash_table_contains (self->tiles, &entry->key);
          g_hash_table_replace (self->tiles, &entry->key, entry);
          added |= shown;
          self->stats.drawn++;
        }
      job_free (job);
    }

  if (self->stats.visible_us == 0 && current (self, &self->visible))
    {
      self->stats.visible_us = MAX (g_get_monotonic_time () - self->scene_time, 1);
      in_view = TRUE;
    }
  complete = complete && g_hash_table_size (self->queued) == 0;
  if (complete)
    {
      if (self->stats.complete_us == 0)
        self->stats.complete_us = MAX (g_get_monotonic_time () - self->scene_time, 1);
      /* Every tile is current: what was kept to show meanwhile can go. */
      g_clear_pointer (&self->old, g_hash_table_unref);
      drop_far_tiles (self);
    }

  /* Old-zoom tiles are only a stand-in: sharper ones show at once. A
   * step shows once the view is whole, whatever its margin. A view tile
   * that lands later (the view panned onto the margin before its new
   * tile came) shows with the scene's last tile, margin or not. */
  self->unshown |= added;
  if (!self->unshown ||
      !(complete || in_view || filled || self->old != NULL ||
        g_get_monotonic_time () - self->scene_time >= self->partial_after))
    return FALSE;
  self->unshown = FALSE;
  return TRUE;
}

static gboolean
idle_cb (gpointer data)
{
  TautanTileCache *self = data;
  gboolean old_done;

  g_mutex_lock (&self->mutex);
  g_clear_pointer (&self->idle, g_source_unref);
  old_done = self->old_done;
  self->old_done = FALSE;
  g_mutex_unlock (&self->mutex);

  /* The last old scene let go: a build waiting for that may start. */
  if ((integrate (self) || old_done) && self->ready != NULL)
    self->ready (self->user_data);

  return G_SOURCE_REMOVE;
}

/**
 * tautan_tile_cache_new:
 * @ready: (scope notified) (nullable): called when new tiles are ready to show
 * @user_data: for @ready
 * @notify: (nullable): frees @user_data with the cache
 *
 * Creates an empty cache with two drawing threads. @ready runs in the
 * thread-default main context of the caller, which must also be the
 * thread that uses and frees the cache.
 *
 * Returns: (transfer full): the cache
 */
TautanTileCache *
tautan_tile_cache_new (TautanTilesReadyFunc ready,
                       gpointer             user_data,
                       GDestroyNotify       notify)
{
  TautanTileCache *self = g_new0 (TautanTileCache, 1);
  g_autoptr(GError) error = NULL;

  g_mutex_init (&self->mutex);
  g_cond_init (&self->cond);
  g_queue_init (&self->done);
  self->main_context = g_main_context_ref_thread_default ();
  self->ready = ready;
  self->user_data = user_data;
  self->notify = notify;
  self->tiles = entry_table_new ();
  self->queued = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->device_scale = 1;
  self->allowance = -1;
  self->partial_after = PARTIAL_AFTER_US;

  /* Exclusive threads end with the pool, and take their fonts along. */
  self->pool = g_thread_pool_new (job_run, self, N_THREADS, TRUE, &error);
  if (self->pool == NULL)
    g_error ("Cannot start tile threads: %s", error->message);
  g_thread_pool_set_sort_function (self->pool, compare_jobs, NULL);

  return self;
}

/**
 * tautan_tile_cache_free:
 *
 * Stops drawing, waits for the tiles being drawn, and frees everything.
 */
void
tautan_tile_cache_free (TautanTileCache *self)
{
  Job *job;

  if (self == NULL)
    return;

  /* Queued jobs see a newer generation and return at once. */
  g_mutex_lock (&self->mutex);
  self->generation++;
  self->pending = 0;
  self->allowance = -1;
  g_cond_broadcast (&self->cond);
  g_mutex_unlock (&self->mutex);
  g_thread_pool_free (self->pool, FALSE, TRUE);

  if (self->idle != NULL)
    {
      g_source_destroy (self->idle);
      g_clear_pointer (&self->idle, g_source_unref);
    }
  while ((job = g_queue_pop_head (&self->done)))
    job_free (job);

  g_clear_pointer (&self->tiles, g_hash_table_unref);
  g_clear_pointer (&self->old, g_hash_table_unref);
  g_clear_pointer (&self->queued, g_hash_table_unref);
  g_clear_pointer (&self->scene, tautan_scene_unref);
  g_clear_pointer (&self->run_scene, tautan_scene_unref);
  g_clear_pointer (&self->main_context, g_main_context_unref);
  if (self->notify != NULL)
    self->notify (self->user_data);
  g_cond_clear (&self->cond);
  g_mutex_clear (&self->mutex);
  g_free (self);
}

/* Queues the tiles of @view (at the scene's zoom) neither drawn for the
 * current scene nor queued, nearest to its centre first. */
static void
queue_view (TautanTileCache  *self,
            const TautanView *view)
{
  g_autoptr(GPtrArray) jobs = NULL;
  double x0, y0, x1, y1, cx, cy;

  view_world_rect (view, self->zoom, &x0, &y0, &x1, &y1);
  self->range = range_for_rect (x0, y0, x1, y1, 1);
  self->visible = range_for_rect (x0, y0, x1, y1, 0);
  cx = (x0 + x1) / 2;
  cy = (y0 + y1) / 2;

  jobs = g_ptr_array_new ();
  for (gint32 j = self->range.j0; j <= self->range.j1; j++)
    for (gint32 i = self->range.i0; i <= self->range.i1; i++)
      {
        gint64 key = pack_key (i, j);
        Entry *entry = g_hash_table_lookup (self->tiles, &key);
        Job *job;
        double dx, dy;

        if ((entry != NULL && entry->generation == self->generation) ||
            g_hash_table_contains (self->queued, &key))
          continue;

        job = g_new0 (Job, 1);
        job->cache = self;
        job->i = i;
        job->j = j;
        job->zoom = self->zoom;
        job->device_scale = self->device_scale;
        job->visible = range_contains (&self->visible, i, j);
        /* Entries at this key are at this zoom and scale (set_scene
         * moves the others away). */
        if (entry != NULL && entry->has_signature)
          {
            job->previous = cairo_surface_reference (entry->tile.surface);
            job->previous_signature = entry->signature;
            job->previous_serial = entry->tile.serial;
          }
        dx = (i + 0.5) * TAUTAN_TILE_SIZE - cx;
        dy = (j + 0.5) * TAUTAN_TILE_SIZE - cy;
        /* Squared distance in whole pixels, ties by position. */
        job->order = (guint64)MIN (dx * dx + dy * dy, 1e12);
        g_hash_table_add (self->queued, g_memdup2 (&key, sizeof key));
        g_ptr_array_add (jobs, job);
      }

  g_mutex_lock (&self->mutex);
  self->pending += jobs->len;
  for (guint k = 0; k < jobs->len; k++)
    {
      Job *job = g_ptr_array_index (jobs, k);

      job->generation = self->generation;
      job->queued_at = g_get_monotonic_time ();
      self->stats.queued++;
      self->stats.visible += job->visible;
      job->order = job->order * 4096 + (self->order++ & 4095);
    }
  g_mutex_unlock (&self->mutex);

  for (guint k = 0; k < jobs->len; k++)
    g_thread_pool_push (self->pool, g_ptr_array_index (jobs, k), NULL);

  if (jobs->len == 0)
    integrate (self);
}

/**
 * tautan_tile_cache_set_scene:
 * @scene: what to draw
 * @device_scale: device pixels per view pixel, 1 or more
 *
 * Draws @scene's tiles again on the worker threads, nearest to the view's
 * centre first, covering its view and one tile of margin. Tiles drawn at
 * another zoom stay available, scaled, until the new ones are all done;
 * jobs for an earlier scene are dropped. A scene that draws the same
 * pixels as the current one (a pure pan) keeps its tiles and only adds the
 * missing ones.
 */
void
tautan_tile_cache_set_scene (TautanTileCache *self,
                             TautanScene     *scene,
                             int              device_scale)
{
  const TautanView *view;
  guint64 fingerprint;
  gboolean same;

  g_return_if_fail (self != NULL);
  g_return_if_fail (scene != NULL);
  g_return_if_fail (device_scale >= 1);

  view = tautan_scene_get_view (scene);
  fingerprint = _tautan_scene_get_fingerprint (scene);
  same = self->scene != NULL &&
         fingerprint == self->fingerprint &&
         view->zoom == self->zoom &&
         device_scale == self->device_scale;

  if (!same)
    {
      self->scene_time = g_get_monotonic_time ();
      g_mutex_lock (&self->mutex);
      self->generation++;
      self->pending = 0;
      memset (&self->stats, 0, sizeof self->stats);
      self->stats.stale = self->running;
      self->running_old = self->running;
      self->stats.scene_at = self->scene_time;
      /* Jobs held for a test see they are stale. */
      g_cond_broadcast (&self->cond);
      g_mutex_unlock (&self->mutex);

      g_hash_table_remove_all (self->queued);
      if (view->zoom != self->zoom || device_scale != self->device_scale)
        {
          /* Keep the fuller of the two older sets to scale meanwhile. */
          if (self->old == NULL || g_hash_table_size (self->tiles) >= g_hash_table_size (self->old))
            {
              g_clear_pointer (&self->old, g_hash_table_unref);
              self->old = g_steal_pointer (&self->tiles);
              self->old_zoom = self->zoom;
              self->tiles = entry_table_new ();
            }
          else
            g_hash_table_remove_all (self->tiles);
        }
      /* At the same zoom a stale tile stays until its successor lands. */
    }

  g_clear_pointer (&self->scene, tautan_scene_unref);
  self->scene = tautan_scene_ref (scene);
  self->zoom = view->zoom;
  self->device_scale = device_scale;
  self->fingerprint = fingerprint;
  _tautan_scene_get_origin (scene, &self->origin_x, &self->origin_y);
  {
    TautanScene *old;

    /* A scene with the same fingerprint draws the same world pixels from
     * its own origin: jobs already queued may take it. */
    g_mutex_lock (&self->mutex);
    old = g_steal_pointer (&self->run_scene);
    self->run_scene = tautan_scene_ref (scene);
    self->trim = FALSE;
    self->run_origin_x = self->origin_x;
    self->run_origin_y = self->origin_y;
    g_mutex_unlock (&self->mutex);
    g_clear_pointer (&old, tautan_scene_unref);
  }

  queue_view (self, view);
}

/**
 * tautan_tile_cache_show:
 * @view: the view to show: the scene's, panned (same zoom and size)
 *
 * Queues the tiles @view needs that the scene has not drawn yet, as
 * tautan_tile_cache_set_scene() does for the scene's own view: a pan needs
 * no new scene, since tiles sit at world positions.
 */
void
tautan_tile_cache_show (TautanTileCache  *self,
                        const TautanView *view)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (view != NULL);

  if (self->scene == NULL || view->zoom != self->zoom)
    return;
  queue_view (self, view);
}

static TautanTile *
tile_copy (const Entry *entry)
{
  TautanTile *tile = g_new (TautanTile, 1);

  *tile = entry->tile;
  cairo_surface_reference (tile->surface);
  return tile;
}

static gboolean
entry_in_rect (const Entry *entry,
               double       x0,
               double       y0,
               double       x1,
               double       y1)
{
  return entry->tile.world_x < x1 && entry->tile.world_x + TAUTAN_TILE_SIZE > x0 &&
         entry->tile.world_y < y1 && entry->tile.world_y + TAUTAN_TILE_SIZE > y0;
}

/**
 * tautan_tile_cache_get_tiles:
 * @view: the view to show, possibly panned or zoomed from the scene's
 *
 * Lists the tiles to draw for @view, bottom first: tiles of an older zoom
 * where no current tile covers them yet, then the current ones. Each tile
 * is drawn at its own zoom: scale it by @view's zoom / the tile's.
 *
 * Returns: (transfer full) (element-type TautanTile): the tiles, each with
 *   its own surface reference
 */
GPtrArray *
tautan_tile_cache_get_tiles (TautanTileCache  *self,
                             const TautanView *view)
{
  GPtrArray *result;
  GHashTableIter iter;
  Entry *entry;
  double x0, y0, x1, y1;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (view != NULL, NULL);
  g_return_val_if_fail (view->zoom > 0, NULL);

  result = g_ptr_array_new_with_free_func ((GDestroyNotify)tautan_tile_free);
  if (self->scene == NULL)
    return result;

  if (self->old != NULL)
    {
      view_world_rect (view, self->old_zoom, &x0, &y0, &x1, &y1);
      g_hash_table_iter_init (&iter, self->old);
      while (g_hash_table_iter_next (&iter, NULL, (gpointer *)&entry))
        {
          double f = self->zoom / self->old_zoom;
          Range r;

          if (!entry_in_rect (entry, x0, y0, x1, y1))
            continue;
          r = range_for_rect (entry->tile.world_x * f, entry->tile.world_y * f,
                              (entry->tile.world_x + TAUTAN_TILE_SIZE) * f,
                              (entry->tile.world_y + TAUTAN_TILE_SIZE) * f, 0);
          if (!covered (self->tiles, &r))
            g_ptr_array_add (result, tile_copy (entry));
        }
    }

  view_world_rect (view, self->zoom, &x0, &y0, &x1, &y1);
  g_hash_table_iter_init (&iter, self->tiles);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *)&entry))
    if (entry_in_rect (entry, x0, y0, x1, y1))
      g_ptr_array_add (result, tile_copy (entry));

  return result;
}

/**
 * tautan_tile_cache_is_complete:
 *
 * Returns: whether every tile of the current scene is drawn and in place
 */
gboolean
tautan_tile_cache_is_complete (TautanTileCache *self)
{
  gboolean complete;

  g_return_val_if_fail (self != NULL, FALSE);

  g_mutex_lock (&self->mutex);
  complete = self->pending == 0 && g_queue_is_empty (&self->done);
  g_mutex_unlock (&self->mutex);

  return complete && g_hash_table_size (self->queued) == 0;
}

/**
 * _tautan_tile_cache_is_view_current:
 *
 * Returns: whether every tile the view shows (its margin aside) is drawn
 *   from the current scene and in place: what a frame shows is the scene
 */
gboolean
_tautan_tile_cache_is_view_current (TautanTileCache *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->scene != NULL && current (self, &self->visible);
}

/**
 * _tautan_tile_cache_draw:
 * @cr: a cairo context whose user space is @view's pixels
 * @view: the view to show
 *
 * Composites the tiles for @view into @cr: at the scene's zoom each tile
 * lands on whole device pixels, unscaled; at another zoom it is scaled.
 *
 * Returns: %FALSE when part of @view had no tile at the scene's zoom yet
 */
gboolean
_tautan_tile_cache_draw (TautanTileCache  *self,
                         cairo_t          *cr,
                         const TautanView *view)
{
  g_autoptr(GPtrArray) tiles = NULL;
  double ox = 0, oy = 0, ds_x = 1, ds_y = 1, x0, y0, x1, y1;
  Range r;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (cr != NULL, FALSE);
  g_return_val_if_fail (view != NULL, FALSE);

  tiles = tautan_tile_cache_get_tiles (self, view);
  if (self->scene == NULL)
    return FALSE;

  cairo_surface_get_device_scale (cairo_get_target (cr), &ds_x, &ds_y);
  view_world_rect (view, view->zoom, &ox, &oy, &x1, &y1);

  for (guint k = 0; k < tiles->len; k++)
    {
      const TautanTile *tile = g_ptr_array_index (tiles, k);
      double f = view->zoom / tile->zoom;
      double x = tile->world_x * f - ox;
      double y = tile->world_y * f - oy;

      /* Edges on whole device pixels, rounded the same way for every tile
       * (never round(): it goes both ways from .5), so neighbours meet
       * with no seam or overlap. */
      double left = floor (x * ds_x + 0.5) / ds_x;
      double top = floor (y * ds_y + 0.5) / ds_y;
      double right = floor ((x + TAUTAN_TILE_SIZE * f) * ds_x + 0.5) / ds_x;
      double bottom = floor ((y + TAUTAN_TILE_SIZE * f) * ds_y + 0.5) / ds_y;

      cairo_save (cr);
      cairo_translate (cr, left, top);
      if (f == 1.0)
        {
          /* A copy, never a blur. */
          cairo_set_source_surface (cr, tile->surface, 0, 0);
          cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_NEAREST);
        }
      else
        {
          cairo_scale (cr, (right - left) / TAUTAN_TILE_SIZE, (bottom - top) / TAUTAN_TILE_SIZE);
          cairo_set_source_surface (cr, tile->surface, 0, 0);
          cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_GOOD);
          /* No fading into transparency at the tile's border. */
          cairo_pattern_set_extend (cairo_get_source (cr), CAIRO_EXTEND_PAD);
        }
      cairo_rectangle (cr, 0, 0, TAUTAN_TILE_SIZE, TAUTAN_TILE_SIZE);
      cairo_fill (cr);
      cairo_restore (cr);
    }

  view_world_rect (view, self->zoom, &x0, &y0, &x1, &y1);
  r = range_for_rect (x0, y0, x1, y1, 0);
  return covered (self->tiles, &r);
}

/**
 * _tautan_tile_cache_wait:
 *
 * Blocks until every tile of the current scene is drawn, then puts them in
 * place (without calling the ready function).
 */
void
_tautan_tile_cache_wait (TautanTileCache *self)
{
  g_return_if_fail (self != NULL);

  g_mutex_lock (&self->mutex);
  while (self->pending > 0)
    g_cond_wait (&self->cond, &self->mutex);
  g_mutex_unlock (&self->mutex);

  integrate (self);
}

/**
 * _tautan_tile_cache_hold:
 * @n: how many more jobs may start, or -1 for any
 *
 * For tests: holds the drawing threads after @n more jobs (of the current
 * scene) start. With @n > 0, blocks until those @n ended, or no job is
 * left to run.
 */
void
_tautan_tile_cache_hold (TautanTileCache *self,
                         int              n)
{
  guint until;

  g_return_if_fail (self != NULL);

  g_mutex_lock (&self->mutex);
  self->allowance = n;
  until = self->finished + (guint)MAX (n, 0);
  g_cond_broadcast (&self->cond);
  while (n > 0 && self->finished < until && self->pending > 0)
    g_cond_wait (&self->cond, &self->mutex);
  g_mutex_unlock (&self->mutex);
}

/**
 * _tautan_tile_cache_set_partial_after:
 * @usec: how long a new scene's tiles may come before they show as they come
 *
 * For tests, which must not depend on how fast the machine draws.
 */
void
_tautan_tile_cache_set_partial_after (TautanTileCache *self,
                                      gint64           usec)
{
  g_return_if_fail (self != NULL);

  self->partial_after = usec;
}

/**
 * _tautan_tile_cache_get_stats:
 * @stats: (out): what the current scene's tiles cost so far
 *
 * For benchmarks: where a new scene's time goes.
 */
void
_tautan_tile_cache_get_stats (TautanTileCache *self,
                              TautanTileStats *stats)
{
  g_return_if_fail (self != NULL);

  g_mutex_lock (&self->mutex);
  *stats = self->stats;
  g_mutex_unlock (&self->mutex);
}

/**
 * _tautan_tile_cache_trim:
 *
 * Lets the current scene free its per-tile lists as soon as none of its
 * tiles is drawing or queued: now, or when the last of them ends. A big
 * scene's are some 46 MB, and while its successor is built both scenes
 * live. A tile drawn later (a pan) makes them again; a new scene cancels
 * the request.
 */
void
_tautan_tile_cache_trim (TautanTileCache *self)
{
  g_return_if_fail (self != NULL);

  g_mutex_lock (&self->mutex);
  self->trim = TRUE;
  trim_locked (self);
  g_mutex_unlock (&self->mutex);
}

/**
 * _tautan_tile_cache_prepare_scene:
 * @scene: a scene the tiles will draw
 *
 * Makes @scene's per-tile lists and density shading now, on the calling
 * thread, as the first tile drawn would. There they cost a timeline step
 * of 28,000 edges some 6 ms on one tile thread while the other waited
 * for them, after the main thread had handed the scene over; a scene's
 * builder makes them before. The signature of the tile at the view's
 * corner asks for both.
 */
void
_tautan_tile_cache_prepare_scene (TautanScene *scene)
{
  double origin_x, origin_y;
  guint64 signature;

  g_return_if_fail (scene != NULL);

  _tautan_scene_get_origin (scene, &origin_x, &origin_y);
  _tautan_scene_tile_signature (scene, tile_index (origin_x), tile_index (origin_y), &signature);
}

/**
 * _tautan_tile_cache_draws_old_scene:
 *
 * Whether a drawing thread still draws a scene older than the current
 * one, and so keeps it alive; once the last ends, @ready is called.
 *
 * Returns: %TRUE while one does
 */
gboolean
_tautan_tile_cache_draws_old_scene (TautanTileCache *self)
{
  gboolean old;

  g_return_val_if_fail (self != NULL, FALSE);

  g_mutex_lock (&self->mutex);
  old = self->running_old > 0;
  g_mutex_unlock (&self->mutex);
  return old;
}

/**
 * tautan_tile_free:
 *
 * Frees a tile from tautan_tile_cache_get_tiles().
 */
void
tautan_tile_free (TautanTile *tile)
{
  if (tile == NULL)
    return;

  cairo_surface_destroy (tile->surface);
  g_free (tile);
}
