/* tautan-graph-view-private.h: the canvas's parts, and gestures for tests
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tautan/tautan-graph-view.h"
#include "tautan/tautan-tile-cache.h"

G_BEGIN_DECLS

#define MIN_ZOOM 0.02
#define MAX_ZOOM 400.0
#define FIT_MARGIN 48.0

/* Past this many edges, rasterise in tiles off the main thread and only
 * composite them per frame (cairo 1.16 strokes ~330 ms for 10,000 edges). */
#define TILE_THRESHOLD_EDGES 600

/* How far a big scene is panned before it is rebuilt: its draw index
 * covers its view and two tiles around it, and tiles beyond would be
 * drawn from every edge. */
#define PAN_KEEP_PX (2 * TAUTAN_TILE_SIZE)

/* From this many edges in the window, the scene is built on a worker
 * (tautan-graph-view-build.c): some 50 ms of building and more on a
 * loaded 2-core machine. */
#define ASYNC_BUILD_EDGES 5000
/* From this many, hover is not drawn: each node the pointer crosses
 * would cost a build of a second or more. */
#define HOVER_MAX_EDGES 50000
/* From this many, a scene's build waits while an older scene than the
 * one on screen is still held (by the tiles, until a frame hands them
 * the new one, or by a tile thread still drawing it): while the layout
 * settles a million edges, three such scenes alive at once, some 200 MB
 * each, were the window's peak. */
#define SERIAL_BUILD_EDGES 100000

typedef enum
{
  DRAG_NONE,
  DRAG_PAN,
  DRAG_NODE,
} DragMode;

struct _TautanGraphView
{
  GtkWidget            parent_instance;

  TautanSession       *session;
  GSignalGroup        *session_signals;
  TautanDataset       *dataset;        /* the session's */
  TautanLayout        *layout;         /* the session's */
  TautanSlice         *slice;
  TautanScene         *scene;
  TautanRenderContext *context;

  /* Tiled drawing for big graphs: the scene without hover and selection,
   * rasterised on worker threads; the highlight is drawn fresh on top. */
  TautanTileCache     *tiles;
  TautanScene         *base_scene;
  TautanScene         *next_base;      /* built with the scene on a worker, for the tiles */
  GHashTable          *textures;       /* tile serial -> GdkTexture */
  /* tautan_scene_draw_preview() of the base scene, shown under its first
   * tiles until they cover the view: the graph's shape, not a blank page */
  cairo_surface_t     *preview;
  TautanView           preview_view;   /* of the scene it was made from */
  gconstpointer        preview_of;     /* that scene, only compared: not a reference */
  gint64               preview_time;   /* when it was made */

  TautanView           view;
  /* A big scene is kept across a pan: its pixels plus this are the
   * view's (0 once rebuilt). */
  double               scene_dx;
  double               scene_dy;
  TautanFilterEdges   *filter_edges;   /* the session's filter in the window; NULL: none or not yet */
  TautanChanges       *changes;        /* a comparison drawn instead of the window, or NULL */
  TautanRollup        *rollup;         /* the session's roll-up in the window, or NULL */
  guint8              *focus;          /* per entity, 0: dimmed (an ego network), or NULL */
  TautanPoint         *shown;          /* positions on screen, animated */
  TautanPoint         *target;         /* the layout's latest positions */
  float               *fade;           /* nodes newly active in the window fade in */
  gboolean             fading;
  guint                n_nodes;
  guint64              layout_generation;

  /* camera animation */
  double               goal_zoom;
  double               goal_x;
  double               goal_y;
  gint64               last_frame;
  guint                tick_id;
  /* A big scene's last build: while the layout moves nodes, it is rebuilt
   * at most a fifth of the time, so input is still answered. */
  gint64               build_end;
  gint64               build_cost;
  gint64               build_cpu;      /* the worker's CPU for it (µs), and */
  glong                build_faults;   /* its page faults: for bench-gui */
  guint                build_serial;   /* of the latest build on a worker */

  DragMode             drag_mode;
  guint                drag_entity;
  gboolean             drag_started;
  double               drag_center_x;
  double               drag_center_y;
  double               pinch_zoom;
  double               pointer_x;      /* last pointer position, for zooming around it */
  double               pointer_y;

  guint                focus_entity;   /* keyboard focus among nodes */
  GtkWidget           *node_menu;      /* context menu of a node */
  guint                menu_entity;

  guint                auto_fit : 1;   /* follow the layout until the user moves the view */
  int                  fit_inset_bottom;  /* pixels a caption covers: fits frame above them */
  guint                editing : 1;    /* a node drag is one step of the session's history */
  guint                scene_dirty : 1;
  guint                base_dirty : 1;
  guint                slice_dirty : 1;
  guint                camera_dirty : 1;   /* the camera moved; a pan may keep the scene */
  guint                moves_pending : 1;  /* nodes moved that the scene does not show yet */
  guint                animating_camera : 1;
  guint                building : 1;       /* a worker builds the next scene */
  guint                build_held : 1;     /* a build waits for an old scene to go (SERIAL_BUILD_EDGES) */
};

/* tautan-graph-view.c */
void _tautan_graph_view_invalidate_scene     (TautanGraphView *self);
void _tautan_graph_view_invalidate_highlight (TautanGraphView *self);
void _tautan_graph_view_invalidate_camera    (TautanGraphView *self);
void _tautan_graph_view_ensure_tick          (TautanGraphView *self);
/* The scene as it is now, built on the spot if it must be. */
void _tautan_graph_view_ensure_scene         (TautanGraphView *self);
/* As it will be: a big scene is built on a worker, the one on screen
 * (maybe none yet) kept meanwhile. For drawing and the pointer. */
void _tautan_graph_view_update_scene         (TautanGraphView *self);
TautanTimeSpan _tautan_graph_view_slice_span (TautanGraphView *self);
/* A worker's scene is in: starts its tiles, or queues the frame. */
void _tautan_graph_view_scene_built          (TautanGraphView *self);

/* tautan-graph-view-rollup.c */
void     _tautan_graph_view_ensure_rollup    (TautanGraphView *self);
/* Opens the group @entity stands for, or closes the open group it is
 * drawn in; FALSE when it is neither. */
gboolean _tautan_graph_view_toggle_group     (TautanGraphView *self,
                                              guint            entity);
gboolean _tautan_graph_view_is_group         (TautanGraphView *self,
                                              guint            entity);
guint    _tautan_graph_view_open_group       (TautanGraphView *self,
                                              guint            entity);

/* tautan-graph-view-build.c */
gboolean _tautan_graph_view_build_async      (TautanGraphView *self);
void     _tautan_graph_view_cancel_build     (TautanGraphView *self);
gboolean _tautan_graph_view_draws_hover      (TautanGraphView *self);

/* tautan-graph-view-input.c */
void _tautan_graph_view_class_init_input     (GtkWidgetClass  *widget_class);
void _tautan_graph_view_end_edit             (TautanGraphView *self);


/* Gestures xdotool cannot make, for tests: pinch and a whole node drag. */
void _tautan_graph_view_pinch     (TautanGraphView *self,
                                   double           scale,
                                   double           x,
                                   double           y);
void _tautan_graph_view_drag_node (TautanGraphView *self,
                                   guint            entity,
                                   double           to_x,
                                   double           to_y);

G_END_DECLS
