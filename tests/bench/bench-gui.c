/* bench-gui.c: what a user meets: the real window on a 1M-event dataset
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The other benchmarks measure parts; this one drives the real window
 * under Xvfb, opened as `tautan FILE` opens it (g_application_open () on a
 * TautanApplication: the window made, the file asked for, the window
 * presented), and times what the user waits for, by the graph view's
 * frame clock:
 *
 *   gui_open_1m           from the application's creation to the end of
 *                         the first frame that draws the graph (the
 *                         dataset in the graph view, its scene built; a
 *                         tiled graph's tiles may still be arriving, and
 *                         the layout still moving: both are printed);
 *   gui_rss_1m            peak resident memory of the process (VmHWM),
 *                         reset after the dataset is generated;
 *   load_main_loop_stall_max  the longest the main loop went without
 *                         turning while the window opened the file, from
 *                         the open to the first frame of the graph (a
 *                         probe every 10 ms; the load alone is printed too);
 *   gui_input_latency_1m  from a key's action (timeline arrow steps, and a
 *                         pan as a drag moves the camera) to the end of the
 *                         frame that shows it, median, with the maximum; a
 *                         step shows once its scene's tiles in the view
 *                         are in (the margin's may still be coming: the
 *                         time to every tile is printed apart).
 *
 * The binary cache is cold: XDG_CACHE_HOME is a fresh temporary folder.
 * The JSON file itself was just written, so it is in the page cache.
 */

/* RUSAGE_THREAD: the main thread's own page faults. */
#define _GNU_SOURCE

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "tautan/tautan-application.h"
#include "tautan/tautan-graph-view.h"
#include "tautan/tautan-layout.h"
#include "tautan/tautan-render-context.h"
#include "tautan/tautan-scene.h"
#include "tautan/tautan-search-index.h"
#include "tautan/tautan-session.h"
#include "tautan/tautan-tile-cache.h"
#include "tautan/tautan-timeline.h"
#include "tautan/tautan-window.h"

#include "app/tautan-window-private.h"
#include "widgets/tautan-graph-view-private.h"
#include "widgets/render/tautan-scene-private.h"
#include "widgets/render/tautan-tile-cache-private.h"

#include "tautan-bench-gen.h"

#include "tautan-bench-util.h"

#define GEN_SEED 42
/* How long to wait for anything before giving up (a figure, not a hang). */
#define DEADLINE_S 600
/* How long the layout may run before the input is measured anyway. */
#define SETTLE_S 120
/* How long to wait for a tiled graph's tiles, once settled. */
#define TILES_S 60

/* The frame clock's phases, timed by the main thread's CPU, so the
 * longest frame before the graph's first can be told apart: its widgets'
 * measuring and allocation (layout) or its drawing (paint). The handlers
 * run after GTK's own, so each marks the end of a phase. */
enum { PHASE_UPDATE, PHASE_LAYOUT, PHASE_PAINT, PHASE_AFTER, N_PHASES };
static const char *phase_names[N_PHASES] = { "update", "layout", "paint", "after-paint" };
/* Frames past this much CPU are listed. */
#define HEAVY_FRAME_US 20000

typedef struct
{
  gint64 start_cpu, start_wall;
  glong  start_faults;          /* the main thread's minor page faults */
  gint64 mark[N_PHASES];        /* CPU at the end of each phase */
  gint64 last_cpu;              /* the last frame's CPU and wall time, on or not */
  gint64 last_wall;
  gint64 max_cpu;               /* the longest frame's CPU so far */
  gint64 max_wall;
  gint64 max_at;
  gint64 max_phase[N_PHASES];   /* its phases' CPU */
  gint64 t0;                    /* launch */
  gint64 total_cpu;             /* in every frame so far */
  guint  n_frames;
  gboolean on;
} Frames;

typedef struct
{
  TautanWindow    *window;
  TautanGraphView *graph;
  GdkFrameClock   *clock;
  gulong           paint_id;
  gulong           phase_ids[N_PHASES + 1];
  gint64           t_paint;     /* monotonic end of the last frame */
  guint            n_paints;
  gboolean         wait_tiles;  /* a frame is current only with every tile in */
  gboolean         view_tiles;  /* with wait_tiles: only the view's, not its margin */
  Frames           frames;
} Bench;

/* A main-loop probe: how late each 10 ms tick came. Beside the wall
 * clock it reads the main thread's CPU time, so a stall can be told
 * apart: work on the main thread, or the thread waiting (a lock, the X
 * server, a machine busy with other work). */
#define PROBE_MS 10

typedef struct
{
  gint64 last;
  gint64 last_cpu;
  gint64 last_wait;
  gint64 max;       /* µs past the tick's due time */
  gint64 max_at;    /* when the longest stall ended */
  gint64 max_cpu;   /* the main thread's CPU time in it */
  gint64 max_wait;  /* and its wait for a core */
  gint64 busiest;   /* the most CPU time between two ticks */
  gint64 busiest_at;
  /* Frames that ended since the last tick (after_paint_cb adds them), and
   * those of the longest stall: its phase, a frame's or other work. */
  guint  frames;
  gint64 frame_cpu;
  gint64 frame_phase[N_PHASES];
  glong  frame_faults;
  guint  max_frames;
  gint64 max_frame_cpu;
  gint64 max_frame_phase[N_PHASES];
  glong  max_frame_faults;
  /* Every stall past LONG_STALL_MS, to list after the open. */
  GArray *long_stalls;
} Probe;

/* A stall this long is listed on its own line, with when it ended (on
 * the monotonic clock too, to find it in a `perf record -k mono`). */
#define LONG_STALL_MS 20

typedef struct
{
  gint64 late;
  gint64 end;
  gint64 cpu;
  gint64 wait;      /* the main thread runnable, waiting for a core */
  guint  frames;
  gint64 frame_cpu;
  gint64 frame_phase[N_PHASES];
} LongStall;

static Probe *the_probe;

static gint64
thread_cpu_us (void)
{
  struct timespec ts;

  if (clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts) != 0)
    return 0;
  return (gint64)ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

/* A first touch of a fresh page costs the 2-core VM tens of µs: frames
 * that paint into new memory show it here. */
static glong
thread_faults (void)
{
  struct rusage usage;

  if (getrusage (RUSAGE_THREAD, &usage) != 0)
    return 0;
  return usage.ru_minflt;
}

/* How long the calling thread waited for a core, runnable but not running
 * (the scheduler's own account; 0 where the kernel keeps none): a stall
 * the main thread spent there is the machine's load or our own workers,
 * not work of its own. */
static gint64
thread_wait_us (void)
{
  char buf[96] = "";
  guint64 ran, waited;
  FILE *f = fopen ("/proc/thread-self/schedstat", "r");

  if (f == NULL)
    return 0;
  if (fgets (buf, sizeof buf, f) == NULL || sscanf (buf, "%" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT, &ran, &waited) != 2)
    waited = 0;
  fclose (f);
  return (gint64)(waited / 1000);
}

static gboolean
probe_cb (gpointer data)
{
  Probe *probe = data;
  gint64 now = g_get_monotonic_time ();
  gint64 cpu = thread_cpu_us ();
  gint64 wait = thread_wait_us ();

  if (probe->last != 0)
    {
      gint64 late = now - probe->last - PROBE_MS * 1000;

      if (late > probe->max)
        {
          probe->max = late;
          probe->max_at = now;
          probe->max_cpu = cpu - probe->last_cpu;
          probe->max_wait = wait - probe->last_wait;
          probe->max_frames = probe->frames;
          probe->max_frame_cpu = probe->frame_cpu;
          probe->max_frame_faults = probe->frame_faults;
          memcpy (probe->max_frame_phase, probe->frame_phase, sizeof probe->frame_phase);
        }
      if (late > LONG_STALL_MS * 1000 && probe->long_stalls != NULL)
        {
          LongStall stall = { late, now, cpu - probe->last_cpu, wait - probe->last_wait, probe->frames,
                              probe->frame_cpu, { 0 } };

          memcpy (stall.frame_phase, probe->frame_phase, sizeof probe->frame_phase);
          g_array_append_val (probe->long_stalls, stall);
        }
      if (cpu - probe->last_cpu > probe->busiest)
        {
          probe->busiest = cpu - probe->last_cpu;
          probe->busiest_at = now;
        }
    }
  probe->last = now;
  probe->last_cpu = cpu;
  probe->last_wait = wait;
  probe->frames = 0;
  probe->frame_cpu = 0;
  probe->frame_faults = 0;
  memset (probe->frame_phase, 0, sizeof probe->frame_phase);
  return G_SOURCE_CONTINUE;
}

static gsize
vm_kb (const char *field)
{
  g_autofree char *status = NULL;
  const char *p;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return 0;
  p = strstr (status, field);
  return p != NULL ? (gsize)g_ascii_strtoull (p + strlen (field), NULL, 10) : 0;
}

/* Where the peak resident memory comes from: a thread reads the process's
 * resident set every 5 ms and, at each new high, what malloc held then
 * (in use, free but kept in its arenas, mapped on its own) and the stage
 * the main thread had reached. VmHWM alone gives the peak, not its cause. */
typedef struct
{
  GThread         *thread;
  gint             stop;
  gint             stage;        /* index into stage_names, set by main */
  gint64           t0;
  /* at the highest sample */
  gsize            rss_kb, anon_kb, file_kb;
  gsize            in_use, kept_free, mapped;
  gint             peak_stage;
  gint64           peak_at;
} MemSampler;

static const char *stage_names[] = { "loading", "first frame pending", "layout settling", "tiles", "input" };

static gsize
status_kb (const char *status,
           const char *field)
{
  const char *p = strstr (status, field);

  return p != NULL ? (gsize)g_ascii_strtoull (p + strlen (field), NULL, 10) : 0;
}

static gpointer
mem_sampler_thread (gpointer data)
{
  MemSampler *m = data;

  while (!g_atomic_int_get (&m->stop))
    {
      g_autofree char *status = NULL;

      if (g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
        {
          gsize rss = status_kb (status, "VmRSS:");

          if (rss > m->rss_kb)
            {
              struct mallinfo2 mi = mallinfo2 ();

              m->rss_kb = rss;
              m->anon_kb = status_kb (status, "RssAnon:");
              m->file_kb = status_kb (status, "RssFile:") + status_kb (status, "RssShmem:");
              m->in_use = mi.uordblks + mi.hblkhd;
              m->kept_free = mi.fordblks;
              m->mapped = mi.hblkhd;
              m->peak_stage = g_atomic_int_get (&m->stage);
              m->peak_at = g_get_monotonic_time ();
            }
        }
      g_usleep (5000);
    }
  return NULL;
}

/* The resident set now, split as the sampler splits its peak. */
static void
print_memory (const char *when)
{
  g_autofree char *status = NULL;
  struct mallinfo2 mi = mallinfo2 ();

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return;
  g_print ("#   memory %s: resident %.0f MB (anonymous %.0f, files %.0f), peak %.0f MB; malloc in use %.0f MB "
           "(%.0f mapped alone), free but kept %.0f MB\n", when, status_kb (status, "VmRSS:") / 1024.0,
           status_kb (status, "RssAnon:") / 1024.0,
           (status_kb (status, "RssFile:") + status_kb (status, "RssShmem:")) / 1024.0,
           status_kb (status, "VmHWM:") / 1024.0, (mi.uordblks + mi.hblkhd) / 1048576.0, mi.hblkhd / 1048576.0,
           mi.fordblks / 1048576.0);
}

/* Forgets the peak so far (Linux >= 4.0), so the generator's does not count. */
static void
reset_peak_rss (void)
{
  FILE *f = fopen ("/proc/self/clear_refs", "w");

  if (f != NULL)
    {
      fputs ("5", f);
      fclose (f);
    }
}

static void
before_paint_cb (GdkFrameClock *clock,
                 Bench         *b)
{
  b->frames.start_cpu = thread_cpu_us ();
  b->frames.start_wall = g_get_monotonic_time ();
  b->frames.start_faults = thread_faults ();
  for (guint i = 0; i < N_PHASES; i++)
    b->frames.mark[i] = b->frames.start_cpu;
}

static void
phase_cb (GdkFrameClock *clock,
          Bench         *b,
          guint          phase)
{
  b->frames.mark[phase] = thread_cpu_us ();
}

static void
update_cb (GdkFrameClock *clock,
           Bench         *b)
{
  phase_cb (clock, b, PHASE_UPDATE);
}

static void
layout_cb (GdkFrameClock *clock,
           Bench         *b)
{
  phase_cb (clock, b, PHASE_LAYOUT);
}

static void
paint_cb (GdkFrameClock *clock,
          Bench         *b)
{
  phase_cb (clock, b, PHASE_PAINT);
}

static void
after_paint_cb (GdkFrameClock *clock,
                Bench         *b)
{
  Frames *f = &b->frames;
  glong faults;

  b->t_paint = g_get_monotonic_time ();
  b->n_paints++;
  if (f->start_wall != 0)
    {
      f->last_cpu = thread_cpu_us () - f->start_cpu;
      f->last_wall = b->t_paint - f->start_wall;
    }
  if (!f->on || f->start_wall == 0)
    {
      f->start_wall = 0;
      return;
    }
  f->mark[PHASE_AFTER] = thread_cpu_us ();
  faults = thread_faults () - f->start_faults;
  f->n_frames++;
  f->total_cpu += f->mark[PHASE_AFTER] - f->start_cpu;
  if (the_probe != NULL)
    {
      gint64 prev = f->start_cpu;

      the_probe->frames++;
      the_probe->frame_cpu += f->mark[PHASE_AFTER] - f->start_cpu;
      the_probe->frame_faults += faults;
      for (guint i = 0; i < N_PHASES; i++)
        {
          gint64 end = MAX (prev, f->mark[i]);

          the_probe->frame_phase[i] += end - prev;
          prev = end;
        }
    }
  /* Each heavy frame on its own line, so the stall can be placed. */
  if (f->mark[PHASE_AFTER] - f->start_cpu > HEAVY_FRAME_US)
    {
      gint64 prev = f->start_cpu;

      g_print ("#   frame %u ending %.2f s after launch: %.0f ms of main-thread CPU (%.0f ms wall):",
               f->n_frames, (b->t_paint - f->t0) / 1e6, (f->mark[PHASE_AFTER] - f->start_cpu) / 1e3,
               (b->t_paint - f->start_wall) / 1e3);
      for (guint i = 0; i < N_PHASES; i++)
        {
          gint64 end = MAX (prev, f->mark[i]);

          g_print (" %s %.0f", phase_names[i], (end - prev) / 1e3);
          prev = end;
        }
      g_print (" ms; %ld page faults\n", faults);
    }
  if (f->mark[PHASE_AFTER] - f->start_cpu > f->max_cpu)
    {
      gint64 prev = f->start_cpu;

      f->max_cpu = f->mark[PHASE_AFTER] - f->start_cpu;
      f->max_wall = b->t_paint - f->start_wall;
      f->max_at = b->t_paint;
      /* A phase GTK skipped this frame ends where the one before did. */
      for (guint i = 0; i < N_PHASES; i++)
        {
          gint64 end = MAX (prev, f->mark[i]);

          f->max_phase[i] = end - prev;
          prev = end;
        }
    }
  f->start_wall = 0;
}

static void
watch_frames (Bench *b)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (b->window));

  if (clock == b->clock)
    return;
  if (b->clock != NULL)
    {
      g_clear_signal_handler (&b->paint_id, b->clock);
      for (guint i = 0; i < G_N_ELEMENTS (b->phase_ids); i++)
        g_clear_signal_handler (&b->phase_ids[i], b->clock);
    }
  b->clock = clock;
  if (clock != NULL)
    {
      b->paint_id = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), b);
      b->phase_ids[0] = g_signal_connect (clock, "before-paint", G_CALLBACK (before_paint_cb), b);
      b->phase_ids[1] = g_signal_connect (clock, "update", G_CALLBACK (update_cb), b);
      b->phase_ids[2] = g_signal_connect (clock, "layout", G_CALLBACK (layout_cb), b);
      b->phase_ids[3] = g_signal_connect (clock, "paint", G_CALLBACK (paint_cb), b);
    }
}

/* What the graph view drew in the frame that just ended is current: the
 * session's time window sliced, the scene built from it and, for a tiled
 * graph, every tile of that scene in place (a scene still being built on
 * a worker is not current). Tiles arrive through the main
 * loop, which queues a redraw; so when the cache is complete at the end of
 * a frame, that frame (or an earlier one) already showed them. */
static gboolean
graph_current (Bench *b)
{
  TautanGraphView *g = b->graph;

  if (g->dataset == NULL || g->dataset != tautan_window_get_dataset (b->window) ||
      g->scene == NULL || g->scene_dirty || g->slice_dirty || g->building)
    return FALSE;
  if (tautan_scene_get_n_edges (g->scene) <= TILE_THRESHOLD_EDGES || !b->wait_tiles)
    return TRUE;
  if (g->tiles == NULL || g->base_dirty || g->base_scene == NULL)
    return FALSE;
  return b->view_tiles ? _tautan_tile_cache_is_view_current (g->tiles)
                       : tautan_tile_cache_is_complete (g->tiles);
}

/* Runs the main loop until a frame ends with the graph current; returns
 * the end of that frame, or 0 past the deadline. */
static gboolean
wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

static gint64
wait_current_frame (Bench  *b,
                    gint64  deadline)
{
  guint seen = b->n_paints;

  for (;;)
    {
      watch_frames (b);
      if (b->n_paints != seen)
        {
          seen = b->n_paints;
          if (graph_current (b))
            return b->t_paint;
        }
      if (g_get_monotonic_time () > deadline)
        return 0;
      g_main_context_iteration (NULL, TRUE);
    }
}

/* Waits until the next frame ends, whatever it showed. */
static gint64
wait_any_frame (Bench  *b,
                gint64  deadline)
{
  guint seen = b->n_paints;

  while (b->n_paints == seen && g_get_monotonic_time () < deadline)
    {
      watch_frames (b);
      g_main_context_iteration (NULL, TRUE);
    }
  return b->n_paints != seen ? b->t_paint : 0;
}

/* --holders: what the big holders of a 1M-event window cost on their own,
 * built one after another as the window builds them, without the window:
 * malloc's bytes in use and the resident set, each after the one before,
 * and the time each took (wall, and CPU of every thread: the loader and
 * the scene build use several). */
typedef struct
{
  gsize  in_use, rss;
  gint64 wall_us, cpu_us;
} Mem;

static Mem
mem_now (void)
{
  struct mallinfo2 mi = mallinfo2 ();

  struct timespec cpu;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &cpu);
  return (Mem) { mi.uordblks + mi.hblkhd, vm_kb ("VmRSS:"), g_get_monotonic_time (),
                 (gint64)cpu.tv_sec * G_USEC_PER_SEC + cpu.tv_nsec / 1000 };
}

static void
print_holder (const char *what,
              Mem        *before)
{
  Mem now = mem_now ();

  g_print ("#   %-40s malloc %+7.1f MB, resident %+7.1f MB (resident %.0f MB, peak %.0f MB); %.2f s, CPU %.2f s\n", what,
           ((double)now.in_use - (double)before->in_use) / 1048576.0, ((double)now.rss - (double)before->rss) / 1024.0,
           now.rss / 1024.0, vm_kb ("VmHWM:") / 1024.0,
           (now.wall_us - before->wall_us) / 1e6, (now.cpu_us - before->cpu_us) / 1e6);
  *before = now;
}

static int
holders (GFile *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanDataset) dataset = NULL;
  g_autoptr(TautanLayout) layout = NULL;
  g_autoptr(TautanSearchIndex) index = NULL;
  g_autoptr(TautanSlice) slice = NULL;
  g_autoptr(TautanRenderContext) context = NULL;
  g_autofree TautanPoint *positions = NULL;
  TautanScene *scene, *second;
  TautanTimeSpan span;
  TautanView view;
  float x0, y0, x1, y1;
  Mem mem = mem_now ();
  cairo_surface_t *surface;
  cairo_t *cr;

  g_print ("# what each holder adds, in the order the window makes them:\n");
  dataset = tautan_dataset_load_file (file, TRUE, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  print_holder ("dataset (cold cache: parsed, cache written)", &mem);
  layout = tautan_layout_new_for_dataset (dataset, TAUTAN_LAYOUT_SEED);
  print_holder ("layout", &mem);
  tautan_layout_step (layout, 1);
  print_holder ("layout's first iteration (coarse levels)", &mem);
  index = tautan_search_index_new (dataset);
  print_holder ("search index", &mem);
  span = tautan_dataset_get_span (dataset);
  slice = tautan_slice_new (dataset, &span, FALSE);
  print_holder ("slice of the whole span", &mem);

  context = tautan_render_context_new (FALSE);
  positions = g_new (TautanPoint, tautan_layout_get_n_nodes (layout));
  tautan_layout_get_positions (layout, positions);
  tautan_layout_get_bounds (layout, &x0, &y0, &x1, &y1);
  tautan_view_init (&view);
  view.span = span;
  view.width = 1920;
  view.height = 1080;
  view.center_x = (x0 + x1) / 2;
  view.center_y = (y0 + y1) / 2;
  view.zoom = MIN (1920 / MAX (x1 - x0, 1e-3f), 1080 / MAX (y1 - y0, 1e-3f));
  scene = tautan_scene_new (context, dataset, slice, positions, &view);
  print_holder ("scene", &mem);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 256, 256);
  cr = cairo_create (surface);
  cairo_translate (cr, -832, -412);
  tautan_scene_draw (scene, cr);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  print_holder ("the scene's first tile (its draw index)", &mem);
  {
    TautanSceneHit hit;

    /* A tooltip's query in the middle of the view: the hit grids. */
    tautan_scene_hit_test (scene, view.width / 2.0, view.height / 2.0, &hit);
    print_holder ("a hit-test (the pointer over the graph)", &mem);
    g_print ("#     its edge grid: %u links\n", _tautan_scene_get_hit_links (scene));
    tautan_scene_hit_test (scene, view.width / 2.0 + 5, view.height / 2.0, &hit);
    print_holder ("a second hit-test beside it", &mem);
  }
  second = tautan_scene_new (context, dataset, slice, positions, &view);
  print_holder ("a second scene (a rebuild in flight)", &mem);
  tautan_scene_unref (scene);
  print_holder ("the first scene freed", &mem);
  tautan_scene_unref (second);
  print_holder ("the second scene freed", &mem);
  return 0;
}

/* The open's milestones (app/tautan-window-load.c, the graph view's
 * build: "open: WHAT at T s" debug messages), kept to print as a timeline
 * after the first frame; every other debug message goes its usual way. */
typedef struct
{
  gint64 at;
  char  *what;
} Mark;

static GArray *marks;
G_LOCK_DEFINE_STATIC (marks);

static void
mark_clear (gpointer data)
{
  g_free (((Mark *)data)->what);
}

static void
mark_add (gint64      at,
          const char *what)
{
  Mark mark = { at, g_strdup (what) };

  g_array_append_val (marks, mark);
}

static void
open_mark_cb (const char     *domain,
              GLogLevelFlags  level,
              const char     *message,
              gpointer        data)
{
  const char *at;

  if (marks == NULL || !g_str_has_prefix (message, "open: ") || (at = g_strrstr (message, " at ")) == NULL)
    {
      g_log_default_handler (domain, level, message, data);
      return;
    }
  {
    g_autofree char *what = g_strndup (message + 6, at - message - 6);

    /* Messages come from several threads. */
    G_LOCK (marks);
    mark_add ((gint64)(g_ascii_strtod (at + 4, NULL) * 1e6), what);
    G_UNLOCK (marks);
  }
}

/* A milestone of the main thread's, with its CPU since launch. */
static void
mark_cpu (const char *what,
          gint64      cpu_launch)
{
  g_autofree char *text = g_strdup_printf ("%s (main thread's CPU since launch %.0f ms)", what,
                                           (thread_cpu_us () - cpu_launch) / 1e3);

  G_LOCK (marks);
  mark_add (g_get_monotonic_time (), text);
  G_UNLOCK (marks);
}

static int
compare_marks (gconstpointer a,
               gconstpointer b)
{
  const Mark *x = a, *y = b;

  return (x->at > y->at) - (x->at < y->at);
}

static void
print_marks (gint64 t0)
{
  gint64 last = t0;

  G_LOCK (marks);
  g_array_sort (marks, compare_marks);
  g_print ("# the open's timeline (after launch; since the line before):\n");
  for (guint i = 0; i < marks->len; i++)
    {
      const Mark *m = &g_array_index (marks, Mark, i);

      g_print ("#   %6.3f s (+%.3f)  %s\n", (m->at - t0) / 1e6, (m->at - last) / 1e6, m->what);
      last = m->at;
    }
  G_UNLOCK (marks);
}

static gboolean
settled (Bench *b)
{
  TautanLayout *layout = b->graph->layout;

  return b->graph->tick_id == 0 && (layout == NULL || !tautan_layout_is_running (layout));
}

static double
maximum (GArray *values)
{
  double m = 0;

  for (guint i = 0; i < values->len; i++)
    m = MAX (m, g_array_index (values, double, i));
  return m;
}

/* A timeline step, split where its scene reaches the tile cache and where
 * the view's tiles are all in. */
enum { SPLIT_ACTION, SPLIT_BUILD, SPLIT_SCENE, SPLIT_TILES, SPLIT_FRAME, SPLIT_FRAME_CPU, SPLIT_FRAME_WALL, N_SPLIT };

/* Where a step's tiles went, from the tile cache's own account of each
 * step's scene when the step showed: medians (and maxima) over the steps. */
static void
print_tile_stats (GArray *stats)
{
  enum { QUEUED, VISIBLE, DRAWN, KEPT, STALE, CPU, TILE, MAX_TILE, WAIT, SHOWN, COMPLETE, N_FIGURES };
  GArray *figures[N_FIGURES];

  if (stats->len == 0)
    return;
  for (guint k = 0; k < N_FIGURES; k++)
    figures[k] = g_array_new (FALSE, FALSE, sizeof (double));
  for (guint i = 0; i < stats->len; i++)
    {
      const TautanTileStats *st = &g_array_index (stats, TautanTileStats, i);
      double v[N_FIGURES] = {
        st->queued, st->visible, st->drawn, st->kept, st->stale, st->cpu_us / 1e3,
        st->drawn > 0 ? st->cpu_us / 1e3 / st->drawn : 0, st->max_tile_us / 1e3,
        st->drawn > 0 ? st->wait_us / 1e3 / st->drawn : 0, st->visible_us / 1e3, st->complete_us / 1e3,
      };

      for (guint k = 0; k < N_FIGURES; k++)
        g_array_append_val (figures[k], v[k]);
    }
#define MED(k) median ((double *)(gpointer)figures[k]->data, figures[k]->len)
  g_print ("# a step's tiles (medians, max): %.0f queued (%.0f max), %.0f of them in view (the rest margin), "
           "%.0f drawn by the time it showed (%.0f of them kept from the step before: same pixels); "
           "%.0f of an earlier scene still drawing when it came (max %.0f)\n",
           MED (QUEUED), maximum (figures[QUEUED]), MED (VISIBLE), MED (DRAWN), MED (KEPT), MED (STALE),
           maximum (figures[STALE]));
  g_print ("#   tile CPU %.1f ms a step (max %.1f), %.2f ms a tile (costliest %.1f ms); a tile waited %.1f ms "
           "from queued to started\n", MED (CPU), maximum (figures[CPU]), MED (TILE), maximum (figures[MAX_TILE]),
           MED (WAIT));
  g_print ("#   from the scene handed to the tiles: the view's tiles in place after %.1f ms (max %.1f), "
           "every tile %.1f ms (max %.1f; 0: not before the next step)\n",
           MED (SHOWN), maximum (figures[SHOWN]), MED (COMPLETE), maximum (figures[COMPLETE]));
#undef MED
  for (guint k = 0; k < N_FIGURES; k++)
    g_array_unref (figures[k]);
}

int
main (int   argc,
      char *argv[])
{
  gboolean quick = FALSE, only_holders = FALSE, only_open = FALSE, window_first = FALSE;
  guint n_events, n_entities, n_steps;
  const char *tag;
  g_autoptr(GError) error = NULL;
  g_autofree char *tmp = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GArray) latencies = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) timeline = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) first_frames = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) pans = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) builds = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) tile_stats = g_array_new (FALSE, FALSE, sizeof (TautanTileStats));
  GArray *splits[N_SPLIT];
  TautanApplication *app;
  GtkWidget *timeline_widget;
  Bench b = { 0 };
  Probe probe = { 0 };
  MemSampler mem = { 0 };
  guint probe_id;
  double stall_load;
  gint64 cpu_launch, loaded_cpu, loaded_frames_cpu, turn_cpu = 0;
  guint loaded_frames;
  gint64 t0, t_loaded = 0, t_first = 0, t_shown, deadline;
  const char *names[] = { "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME" };
  int status = 0;

  for (int i = 1; i < argc; i++)
    {
      if (g_strcmp0 (argv[i], "--quick") == 0)
        quick = TRUE;
      else if (g_strcmp0 (argv[i], "--holders") == 0)
        only_holders = TRUE;
      else if (g_strcmp0 (argv[i], "--open") == 0)
        only_open = TRUE;
      else if (g_strcmp0 (argv[i], "--window-first") == 0)
        /* For A/B runs: the calls bench-gui made before s15. */
        window_first = TRUE;
      else if (g_strcmp0 (argv[i], "--no-trim") == 0)
        /* For A/B runs: no build gives memory back to the system first. */
        _tautan_scene_set_release_edges (G_MAXUINT);
      else
        {
          g_printerr ("usage: bench-gui [--quick] [--holders | --open] [--no-trim] [--window-first]\n"
                      "  --quick    30,000 events instead of 1,000,000\n"
                      "  --holders  what each big holder adds to memory, without the window\n"
                      "  --open     the open and its stall only (gui_open, load_main_loop_stall_max)\n"
                      "  --no-trim  scene builds keep what malloc holds (no malloc_trim ())\n"
                      "  --window-first  the window presented and the file opened in it directly,\n"
                      "             not through the application's open handler\n");
          return g_strcmp0 (argv[i], "--help") == 0 ? 0 : 2;
        }
    }
  n_events = quick ? 30000 : 1000000;
  n_entities = quick ? 3000 : 100000;
  n_steps = quick ? 6 : 20;
  tag = quick ? "30k" : "1m";

  setvbuf (stdout, NULL, _IOLBF, 0);
  g_set_prgname ("tautan");

  /* Nothing in the user's folders: a fresh home, so the cache is cold. */
  tmp = g_dir_make_tmp ("tautan-bench-gui-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("HOME", tmp, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *dir = g_build_filename (tmp, names[i], NULL);

      g_mkdir_with_parents (dir, 0700);
      g_setenv (names[i], dir, TRUE);
    }
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);

  path = g_build_filename (tmp, "bench-1m.json", NULL);
  if (!tautan_bench_gen_write (path, n_events, n_entities, GEN_SEED, &error))
    {
      g_printerr ("bench-gui: %s\n", error->message);
      return 1;
    }
  file = g_file_new_for_path (path);
  {
    GStatBuf st;

    g_print ("# dataset: %u events, %u entities, %.1f MB of JSON (binary cache cold)\n", n_events, n_entities,
             g_stat (path, &st) == 0 ? st.st_size / 1e6 : 0.0);
  }
  if (only_holders)
    {
      status = holders (file);
      remove_tree (tmp);
      return status;
    }
  marks = g_array_new (FALSE, FALSE, sizeof (Mark));
  g_array_set_clear_func (marks, mark_clear);
  g_log_set_handler ("tautan-window", G_LOG_LEVEL_DEBUG, open_mark_cb, NULL);
  g_log_set_handler ("tautan-graph-view", G_LOG_LEVEL_DEBUG, open_mark_cb, NULL);
  reset_peak_rss ();
  mem.thread = g_thread_new ("mem-sampler", mem_sampler_thread, &mem);
  /* Wakes the waits below, so their deadlines hold when nothing draws. */
  g_timeout_add (100, wake_cb, NULL);

  /* Launch: the application as the real binary makes it, then the window. */
  t0 = g_get_monotonic_time ();
  mem.t0 = t0;
  cpu_launch = thread_cpu_us ();
  app = tautan_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, NULL);
  mark_cpu ("the application registered (its startup)", cpu_launch);
  if (window_first)
    {
      b.window = tautan_window_new (ADW_APPLICATION (app));
      mark_cpu ("the window made", cpu_launch);
      gtk_window_set_default_size (GTK_WINDOW (b.window), 1920, 1080);
      gtk_window_present (GTK_WINDOW (b.window));
      mark_cpu ("the window presented", cpu_launch);
      tautan_window_open (b.window, file);
    }
  else
    {
      /* As `tautan FILE` opens it: the application's open handler
       * presents the window and asks it for the file. The window is
       * made here first, to be as big as the screen from its first
       * frame (a resize after the present made that frame paint into
       * fresh buffers, thousands of page faults); the handler takes it
       * as the window it would have made. */
      b.window = tautan_window_new (ADW_APPLICATION (app));
      gtk_window_set_default_size (GTK_WINDOW (b.window), 1920, 1080);
      g_application_open (G_APPLICATION (app), &file, 1, "");
      g_assert_true (GTK_WINDOW (b.window) == gtk_application_get_active_window (GTK_APPLICATION (app)));
      mark_cpu ("the window made, presented and asked for the file", cpu_launch);
    }
  b.graph = b.window->graph_view;
  timeline_widget = GTK_WIDGET (b.window->timeline);
  watch_frames (&b);
  b.frames.on = TRUE;
  b.frames.t0 = t0;
  probe.long_stalls = g_array_new (FALSE, FALSE, sizeof (LongStall));
  probe_id = g_timeout_add (PROBE_MS, probe_cb, &probe);
  the_probe = &probe;

  deadline = t0 + DEADLINE_S * G_USEC_PER_SEC;
  while (!(tautan_window_get_dataset (b.window) != NULL && !tautan_window_get_loading (b.window)))
    {
      if (g_get_monotonic_time () > deadline)
        break;
      watch_frames (&b);
      turn_cpu = thread_cpu_us ();
      g_main_context_iteration (NULL, TRUE);
    }
  /* The turn that handed the dataset to the window: every widget takes
   * the session in it, before the explorer's first frame. */
  turn_cpu = thread_cpu_us () - turn_cpu;
  if (tautan_window_get_dataset (b.window) == NULL)
    {
      g_printerr ("bench-gui: the dataset did not open within %d s\n", DEADLINE_S);
      return 1;
    }
  t_loaded = g_get_monotonic_time ();
  stall_load = probe.max / 1e3;
  g_print ("# dataset in the window: %.2f s (peak resident so far %.0f MB)\n", (t_loaded - t0) / 1e6,
           vm_kb ("VmHWM:") / 1024.0);
  g_print ("# meanwhile %u frames took %.0f ms of the main thread's CPU, %.0f ms in all since launch\n",
           b.frames.n_frames, b.frames.total_cpu / 1e3, thread_cpu_us () / 1e3 - cpu_launch / 1e3);
  g_print ("# the main-loop turn that showed the dataset: %.0f ms of main-thread CPU\n", turn_cpu / 1e3);
  print_memory ("with the dataset in the window");
  g_atomic_int_set (&mem.stage, 1);
  loaded_frames = b.frames.n_frames;
  loaded_frames_cpu = b.frames.total_cpu;
  loaded_cpu = thread_cpu_us ();

  /* The first frame drawing the graph at all, then the first current one. */
  while (t_first == 0 && g_get_monotonic_time () < deadline)
    {
      gint64 t = wait_any_frame (&b, deadline);

      if (b.graph->scene != NULL && b.graph->dataset != NULL)
        t_first = t;
    }
  if (t_first == 0)
    {
      g_printerr ("bench-gui: the graph was not drawn within %d s\n", DEADLINE_S);
      return 1;
    }
  g_print ("# %u nodes, %u edges in the window's slice; %s\n",
           tautan_scene_get_n_nodes (b.graph->scene), tautan_scene_get_n_edges (b.graph->scene),
           tautan_scene_get_n_edges (b.graph->scene) > TILE_THRESHOLD_EDGES ? "tiled" : "drawn whole");
  g_print ("bench gui_open_%s %.2f s\n", tag, (t_first - t0) / 1e6);
  g_print ("# the graph drawn %d x %d pixels, in a window of %d x %d\n", gtk_widget_get_width (GTK_WIDGET (b.graph)),
           gtk_widget_get_height (GTK_WIDGET (b.graph)), gtk_widget_get_width (GTK_WIDGET (b.window)),
           gtk_widget_get_height (GTK_WIDGET (b.window)));
  G_LOCK (marks);
  mark_add (t_loaded, "the dataset in the window (its main-loop turn ended)");
  mark_add (t_first, "the graph's first frame ended");
  G_UNLOCK (marks);
  print_marks (t0);
  if (b.graph->build_cpu > 0)
    g_print ("# the first scene's build on its worker: %.0f ms of CPU, %ld page faults\n", b.graph->build_cpu / 1e3,
             b.graph->build_faults);
  g_print ("# from the load to the graph's first frame: %u frames took %.0f ms of the main thread's CPU, "
           "%.0f ms in all\n", b.frames.n_frames - loaded_frames, (b.frames.total_cpu - loaded_frames_cpu) / 1e3,
           (thread_cpu_us () - loaded_cpu) / 1e3);
  g_print ("# peak resident at the first frame %.0f MB\n", vm_kb ("VmHWM:") / 1024.0);
  print_memory ("at the first frame");
  g_atomic_int_set (&mem.stage, 2);
  g_source_remove (probe_id);
  the_probe = NULL;
  /* Each long stall: work on the main thread (a frame's phases, or other
   * dispatches: a task's callback, an idle), or the thread waiting. */
  g_print ("# %u stalls over %d ms until the first frame (launch at %.3f s on the monotonic clock):\n",
           probe.long_stalls->len, LONG_STALL_MS, t0 / 1e6);
  for (guint i = 0; i < probe.long_stalls->len; i++)
    {
      const LongStall *st = &g_array_index (probe.long_stalls, LongStall, i);

      g_print ("#   %.0f ms ending %.3f s after launch (%.3f s): main thread busy %.0f ms, waiting for a core %.0f ms; "
               "%u frame%s %.0f ms (update %.0f, layout %.0f, paint %.0f, after-paint %.0f), other work %.0f ms\n",
               st->late / 1e3, (st->end - t0) / 1e6, st->end / 1e6, st->cpu / 1e3, st->wait / 1e3, st->frames,
               st->frames == 1 ? "" : "s", st->frame_cpu / 1e3, st->frame_phase[PHASE_UPDATE] / 1e3,
               st->frame_phase[PHASE_LAYOUT] / 1e3, st->frame_phase[PHASE_PAINT] / 1e3,
               st->frame_phase[PHASE_AFTER] / 1e3, MAX (st->cpu - st->frame_cpu, 0) / 1e3);
    }
  g_clear_pointer (&probe.long_stalls, g_array_unref);
  g_print ("# main loop stalled at most %.0f ms while the file loaded, %.0f ms until the first frame\n", stall_load,
           probe.max / 1e3);
  g_print ("# the longest stall ended %.2f s after launch (the dataset was in the window at %.2f s), "
           "the main thread busy %.0f ms of it and waiting for a core %.0f ms\n",
           (probe.max_at - t0) / 1e6, (t_loaded - t0) / 1e6, probe.max_cpu / 1e3, probe.max_wait / 1e3);
  /* What the longest stall was made of: a frame's phases, or work
   * dispatched outside frames (the load's callbacks, idles). */
  if (probe.max_frames > 0)
    g_print ("# the longest stall's phase: %u frame%s (%.0f ms of main-thread CPU: update %.0f, layout %.0f, "
             "paint %.0f, after-paint %.0f ms; %ld page faults) and %.0f ms of other main-loop work\n",
             probe.max_frames, probe.max_frames == 1 ? "" : "s", probe.max_frame_cpu / 1e3,
             probe.max_frame_phase[PHASE_UPDATE] / 1e3, probe.max_frame_phase[PHASE_LAYOUT] / 1e3,
             probe.max_frame_phase[PHASE_PAINT] / 1e3, probe.max_frame_phase[PHASE_AFTER] / 1e3,
             probe.max_frame_faults, MAX (probe.max_cpu - probe.max_frame_cpu, 0) / 1e3);
  else
    g_print ("# the longest stall's phase: no frame; main-loop work outside frames (%.0f ms of main-thread CPU)\n",
             probe.max_cpu / 1e3);
  g_print ("# the main thread's most CPU between two ticks %.0f ms, ending %.2f s after launch\n",
           probe.busiest / 1e3, (probe.busiest_at - t0) / 1e6);
  g_print ("# the longest of %u frames until then: %.0f ms of main-thread CPU (%.0f ms wall), ending %.2f s "
           "after launch: update %.0f, layout %.0f, paint %.0f, after-paint %.0f ms\n",
           b.frames.n_frames, b.frames.max_cpu / 1e3, b.frames.max_wall / 1e3, (b.frames.max_at - t0) / 1e6,
           b.frames.max_phase[PHASE_UPDATE] / 1e3, b.frames.max_phase[PHASE_LAYOUT] / 1e3,
           b.frames.max_phase[PHASE_PAINT] / 1e3, b.frames.max_phase[PHASE_AFTER] / 1e3);
  b.frames.on = FALSE;
  g_print ("bench load_main_loop_stall_max%s %.0f ms\n", quick ? "_30k" : "", probe.max / 1e3);
  if (only_open)
    goto done;

  /* The pointer resting on the graph, as a user's does: GTK asks the
   * canvas for a tooltip there. Under Xvfb it asked in some runs only
   * (the pointer sits where the screen starts it, and the window comes
   * under it), and those runs peaked at 1.46 GB: it is asked here in
   * every run, once the graph is drawn. */
  {
    GtkTooltip *tooltip = g_object_new (GTK_TYPE_TOOLTIP, NULL);
    int x = gtk_widget_get_width (GTK_WIDGET (b.graph)) / 2, y = gtk_widget_get_height (GTK_WIDGET (b.graph)) / 2;
    gboolean shown = FALSE;
    gint64 t = g_get_monotonic_time (), cpu = thread_cpu_us ();

    g_signal_emit_by_name (b.graph, "query-tooltip", x, y, FALSE, tooltip, &shown);
    g_print ("# a tooltip asked at the graph's centre: %.1f ms (%.1f ms of main-thread CPU), %s\n",
             (g_get_monotonic_time () - t) / 1e3, (thread_cpu_us () - cpu) / 1e3,
             shown ? "shown" : "nothing there");
    g_object_unref (tooltip);
  }

  /* The layout settling moves every node each frame: input is measured
   * on the settled graph, as a user who has looked at it for a while. A
   * layout still running after SETTLE_S is stopped, as the user would
   * with the Pause button, and said so. */
  {
    gint64 t = g_get_monotonic_time ();
    gint64 settle_deadline = MIN (deadline, t + SETTLE_S * G_USEC_PER_SEC);

    while (!settled (&b) && g_get_monotonic_time () < settle_deadline)
      {
        watch_frames (&b);
        g_main_context_iteration (NULL, TRUE);
      }
    if (settled (&b))
      g_print ("# layout settled %.1f s after the first frame (peak resident by then %.0f MB)\n",
               (g_get_monotonic_time () - t) / 1e6, vm_kb ("VmHWM:") / 1024.0);
    else
      {
        g_print ("# layout still running %d s after the first frame: stopped "
                 "(peak resident by then %.0f MB)\n", SETTLE_S, vm_kb ("VmHWM:") / 1024.0);
        tautan_layout_stop (b.graph->layout);
      }
    print_memory ("with the layout at rest");
    g_atomic_int_set (&mem.stage, 3);
    b.wait_tiles = TRUE;
    {
      gint64 tiles_deadline = MIN (deadline, g_get_monotonic_time () + TILES_S * G_USEC_PER_SEC);

      /* The margin's last tiles change nothing on screen and ask for no
       * frame: one is asked for once they are in. */
      while (b.graph->tiles != NULL && !tautan_tile_cache_is_complete (b.graph->tiles) &&
             g_get_monotonic_time () < tiles_deadline)
        {
          watch_frames (&b);
          g_main_context_iteration (NULL, TRUE);
        }
      gtk_widget_queue_draw (GTK_WIDGET (b.graph));
      t_shown = wait_current_frame (&b, tiles_deadline);
    }
    if (t_shown != 0)
      g_print ("# every tile of the graph drawn: %.2f s after launch\n", (t_shown - t0) / 1e6);
    else
      g_print ("# the tiles were still coming %d s later\n", TILES_S);
  }

  /* A tiled graph shows a change at once with the tiles it has (scaled),
   * and fills in new ones over the next frames. A pan's first frame shows
   * it; a timeline step's first frame still shows the old scene's tiles,
   * so the step counts until its own tiles are in (the first frame is
   * printed beside it). */
  b.wait_tiles = tautan_scene_get_n_edges (b.graph->scene) <= TILE_THRESHOLD_EDGES;
  print_memory ("with every tile drawn");
  g_atomic_int_set (&mem.stage, 4);

  /* A user explores a period, not everything: a 90-day span in the middle
   * of the data, so arrow steps move it both ways (the whole range cannot
   * move, and an unchanged span draws no frame). */
  {
    TautanSession *session = b.window->session;
    TautanTimeSpan all = tautan_session_get_span (session);
    TautanTimeSpan period;

    period.from = all.from + (all.to - all.from) / 2;
    period.to = MIN (all.to, period.from + 89);
    tautan_session_set_span (session, &period);
    if (wait_current_frame (&b, deadline) == 0)
      {
        g_printerr ("bench-gui: the 90-day span was not shown within %d s\n", DEADLINE_S);
        return 1;
      }
  }

  for (guint k = 0; k < N_SPLIT; k++)
    splits[k] = g_array_new (FALSE, FALSE, sizeof (double));
  gtk_widget_grab_focus (timeline_widget);
  for (guint i = 0; i < n_steps; i++)
    {
      double zoom, cx, cy;
      gint64 t_in, t_out, t_action;
      double ms;

      /* The step before's tiles: every one of them in place by now? */
      if (b.graph->tiles != NULL && tile_stats->len > 0)
        {
          TautanTileStats st;

          _tautan_tile_cache_get_stats (b.graph->tiles, &st);
          g_array_index (tile_stats, TautanTileStats, tile_stats->len - 1).complete_us = st.complete_us;
        }

      /* A timeline arrow: forwards, and every third step backwards. */
      t_in = g_get_monotonic_time ();
      gtk_widget_activate_action (timeline_widget, "timeline.move", "i", i % 3 == 2 ? -1 : 1);
      t_action = g_get_monotonic_time ();
      t_out = wait_current_frame (&b, t_in + 120 * G_USEC_PER_SEC);
      ms = t_out != 0 ? (t_out - t_in) / 1e3 : 120e3;
      g_array_append_val (first_frames, ms);
      /* What of it the scene's build took (on a worker from 5,000 edges). */
      ms = b.graph->build_cost / 1e3;
      g_array_append_val (builds, ms);
      /* A tiled graph's first frame from the new scene still shows the old
       * scene's tiles: the step shows only once the new tiles are in. */
      if (!b.wait_tiles)
        {
          b.wait_tiles = TRUE;
          b.view_tiles = TRUE;
          if (t_out != 0 && !graph_current (&b))
            t_out = wait_current_frame (&b, t_in + 120 * G_USEC_PER_SEC);
          b.wait_tiles = FALSE;
          b.view_tiles = FALSE;
        }
      ms = t_out != 0 ? (t_out - t_in) / 1e3 : 120e3;
      g_array_append_val (timeline, ms);
      g_array_append_val (latencies, ms);
      if (b.graph->tiles != NULL && t_out != 0)
        {
          TautanTileStats st;
          double split[N_SPLIT];

          _tautan_tile_cache_get_stats (b.graph->tiles, &st);
          g_array_append_val (tile_stats, st);
          split[SPLIT_ACTION] = (t_action - t_in) / 1e3;
          split[SPLIT_BUILD] = b.graph->build_cost / 1e3;
          split[SPLIT_SCENE] = (st.scene_at - t_in) / 1e3;
          split[SPLIT_TILES] = st.visible_us / 1e3;
          split[SPLIT_FRAME] = (t_out - st.scene_at - st.visible_us) / 1e3;
          split[SPLIT_FRAME_CPU] = b.frames.last_cpu / 1e3;
          split[SPLIT_FRAME_WALL] = b.frames.last_wall / 1e3;
          for (guint k = 0; k < N_SPLIT; k++)
            g_array_append_val (splits[k], split[k]);
          /* Each step on its own: a maximum is one step, not a median. */
          g_print ("#   step %2u (%+d): %6.1f ms, first frame %6.1f ms; build %5.1f ms (%u edges%s; %.1f ms CPU, "
                   "%ld faults), scene at "
                   "%5.1f ms; tiles %u queued, %u in view, %u drawn, %u kept, %u stale; tile CPU %5.1f ms "
                   "(costliest %4.1f ms, waited %5.1f ms a tile); view's tiles in %5.1f ms; frame %4.1f ms CPU\n",
                   i, i % 3 == 2 ? -1 : 1, (t_out - t_in) / 1e3,
                   g_array_index (first_frames, double, first_frames->len - 1), b.graph->build_cost / 1e3,
                   tautan_scene_get_n_edges (b.graph->scene), b.graph->scene->far ? ", far" : "",
                   b.graph->build_cpu / 1e3, b.graph->build_faults, (st.scene_at - t_in) / 1e3, st.queued, st.visible, st.drawn, st.kept, st.stale, st.cpu_us / 1e3,
                   st.max_tile_us / 1e3, st.drawn > 0 ? st.wait_us / 1e3 / st.drawn : 0, st.visible_us / 1e3,
                   b.frames.last_cpu / 1e3);
        }

      /* A pan as a drag makes it: the camera moves, 80 px at a time. */
      tautan_graph_view_get_camera (b.graph, &zoom, &cx, &cy);
      t_in = g_get_monotonic_time ();
      tautan_graph_view_set_camera (b.graph, zoom, cx + (i % 2 ? -80 : 80) / zoom, cy, FALSE);
      t_out = wait_current_frame (&b, t_in + 120 * G_USEC_PER_SEC);
      ms = t_out != 0 ? (t_out - t_in) / 1e3 : 120e3;
      g_array_append_val (pans, ms);
      g_print ("#   pan  %2u: %6.1f ms (frame %4.1f ms CPU)\n", i, ms, b.frames.last_cpu / 1e3);
      g_array_append_val (latencies, ms);
    }
  g_print ("# timeline arrow: median %.1f ms, max %.1f ms over %u steps\n", median ((double *)(gpointer)timeline->data, timeline->len), maximum (timeline),
           timeline->len);
  g_print ("# timeline arrow to the first frame drawn from the new scene (a tiled graph's old tiles, scaled): "
           "median %.1f ms, max %.1f ms\n", median ((double *)(gpointer)first_frames->data, first_frames->len),
           maximum (first_frames));
  g_print ("# of which the scene's build: median %.1f ms, max %.1f ms (%u edges in the last)\n",
           median ((double *)(gpointer)builds->data, builds->len), maximum (builds),
           tautan_scene_get_n_edges (b.graph->scene));
  if (b.graph->tiles != NULL && tile_stats->len > 0)
    {
      TautanTileStats st;

      _tautan_tile_cache_get_stats (b.graph->tiles, &st);
      g_array_index (tile_stats, TautanTileStats, tile_stats->len - 1).complete_us = st.complete_us;
    }
  print_tile_stats (tile_stats);
  if (splits[0]->len > 0)
    {
#define MED(k) median ((double *)(gpointer)splits[k]->data, splits[k]->len)
      g_print ("#   a step's time (medians): %.1f ms to its scene in the tile cache (the action itself %.1f ms, "
               "the build on its worker %.1f ms), %.1f ms more to the view's tiles, %.1f ms more to the end of the "
               "frame that shows them (that frame: %.1f ms of main-thread CPU, %.1f ms wall)\n", MED (SPLIT_SCENE),
               MED (SPLIT_ACTION), MED (SPLIT_BUILD), MED (SPLIT_TILES), MED (SPLIT_FRAME), MED (SPLIT_FRAME_CPU),
               MED (SPLIT_FRAME_WALL));
#undef MED
    }
  for (guint k = 0; k < N_SPLIT; k++)
    g_array_unref (splits[k]);
  g_print ("# pan: median %.1f ms, max %.1f ms over %u moves\n", median ((double *)(gpointer)pans->data, pans->len), maximum (pans), pans->len);
  g_print ("bench gui_input_latency_%s %.1f ms\n", tag, median ((double *)(gpointer)latencies->data, latencies->len));
  g_print ("# max %.1f ms\n", maximum (latencies));
  g_print ("bench gui_rss_%s %.0f MB\n", tag, vm_kb ("VmHWM:") / 1024.0);
  g_print ("# resident now %.0f MB\n", vm_kb ("VmRSS:") / 1024.0);
done:
  g_atomic_int_set (&mem.stop, 1);
  g_thread_join (mem.thread);
  g_print ("# the highest resident sample (every 5 ms): %.0f MB at %.2f s after launch, %s: anonymous %.0f MB, "
           "files %.0f MB; malloc in use %.0f MB (%.0f mapped alone), free but kept %.0f MB\n",
           mem.rss_kb / 1024.0, (mem.peak_at - t0) / 1e6, stage_names[mem.peak_stage], mem.anon_kb / 1024.0,
           mem.file_kb / 1024.0, mem.in_use / 1048576.0, mem.mapped / 1048576.0, mem.kept_free / 1048576.0);

  if (b.clock != NULL)
    {
      g_clear_signal_handler (&b.paint_id, b.clock);
      for (guint i = 0; i < G_N_ELEMENTS (b.phase_ids); i++)
        g_clear_signal_handler (&b.phase_ids[i], b.clock);
    }
  gtk_window_destroy (GTK_WINDOW (b.window));
  while (_tautan_window_get_n_loads () > 0)
    g_main_context_iteration (NULL, TRUE);
  g_object_unref (app);
  remove_tree (tmp);

  return status;
}
