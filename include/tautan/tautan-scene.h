/* tautan-scene.h: the display list every backend draws
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "tautan/tautan-changes.h"
#include "tautan/tautan-dataset.h"
#include "tautan/tautan-filter.h"
#include "tautan/tautan-layout.h"
#include "tautan/tautan-render-context.h"
#include "tautan/tautan-rollup.h"
#include "tautan/tautan-slice.h"

G_BEGIN_DECLS

typedef enum
{
  TAUTAN_EDGE_COLOR_QUAD_CLASS,
  TAUTAN_EDGE_COLOR_DOMINANT_TYPE,
} TautanEdgeColorMode;

/* What is shown and how: everything a picture depends on besides the data. */
typedef struct
{
  TautanTimeSpan       span;
  gboolean             cumulative;
  double               zoom;           /* pixels per layout unit */
  double               center_x;       /* layout point at the viewport centre */
  double               center_y;
  int                  width;          /* viewport, in pixels */
  int                  height;
  guint                selected_entity;      /* TAUTAN_NONE when none */
  guint                selected_source;      /* a selected edge: source → target */
  guint                selected_target;
  guint                hover_entity;         /* its neighbourhood is highlighted */
  guint32              hidden_kinds;         /* bit per TautanEntityKind */
  TautanTypeMask       hidden_types;         /* event types left out */
  TautanEdgeColorMode  color_mode;
  const float         *fade;                 /* per entity, 0..1, or NULL: nodes fading in */
  /* Read while the scene is built, never after: */
  const TautanFilterEdges *filter_edges;     /* NULL: every event; else only these edges, these counts */
  const TautanChanges *changes;              /* NULL; else edges coloured by change, the others left out */
  const TautanFilter  *filter;               /* NULL or the filter behind filter_edges: in words in exports */
  const guint8        *focus;                /* NULL; else per entity, 0 dims it (an ego network's outside) */
  const TautanRollup  *rollup;               /* NULL; else actors drawn as their groups, its edges (not with changes) */
} TautanView;

void tautan_view_init (TautanView *view);

typedef enum
{
  TAUTAN_SHAPE_CIRCLE,      /* person */
  TAUTAN_SHAPE_SQUARE,      /* state */
  TAUTAN_SHAPE_DIAMOND,     /* organisation */
  TAUTAN_SHAPE_TRIANGLE,    /* armed group */
  TAUTAN_SHAPE_HEXAGON,     /* place */
  TAUTAN_SHAPE_PENTAGON,    /* media */
  TAUTAN_SHAPE_TRIANGLE_DOWN, /* unnamed group */
  TAUTAN_N_SHAPES
} TautanShape;

typedef struct
{
  guint        entity;
  double       x, y;         /* pixels in the view */
  double       radius;
  TautanShape  shape;
  TautanRgba   fill;
  TautanRgba   stroke;
  double       alpha;        /* dimmed when outside a hovered neighbourhood */
  const char  *label;        /* the entity's name (owned by the dataset), cleaned for drawing
                              * once it is offered a place (far out, the busiest few only) */
  gboolean     label_visible;/* thinned by importance so labels never overlap */
  double       label_x, label_y, label_width, label_height;  /* label box */
  gboolean     label_leader; /* set apart from its node, a line ties them */
  gboolean     selected;
  guint        n_untargeted; /* its events with no target (shown types, in the span): a ring */
  guint        n_members;    /* a roll-up group: the entities drawn inside it, itself included; else 0 */
} TautanSceneNode;

typedef struct
{
  guint        source;       /* entity indices */
  guint        target;
  /* Single precision: a million edges are held twice while a rebuild is
   * in flight, and a float is exact to 1/64 px within ±131,072 px of the
   * view, far more than an edge drawn on it needs. */
  float        x0, y0;       /* from the source's border ... */
  float        cx, cy;       /* quadratic control point: opposite directions curve apart */
  float        x1, y1;       /* ... to the target's border (arrow tip) */
  float        width;        /* by event count */
  /* The colour in 8 bytes, not a TautanRgba's 32: the taxonomy's
   * colours are 8-bit #RRGGBB, so nothing is lost but the alpha's last
   * digits (tautan_scene_edge_get_color() makes the TautanRgba). */
  float        alpha;
  guint        count;
  /* Bits: a million edges are drawn, and held twice while a rebuild is in flight. */
  guint        rgb : 24;     /* 0xRRGGBB */
  guint        dashed : 1;   /* made only of imprecise events */
  guint        selected : 1;
} TautanSceneEdge;

typedef struct
{
  enum { TAUTAN_HIT_NONE, TAUTAN_HIT_NODE, TAUTAN_HIT_EDGE } kind;
  guint entity;              /* node */
  guint source;              /* edge */
  guint target;
} TautanSceneHit;

typedef struct _TautanScene TautanScene;

/* Builds the display list of @slice's window, nodes at @positions (layout
 * coordinates, one per entity), seen through @view. */
TautanScene            *tautan_scene_new               (TautanRenderContext *context,
                                                        TautanDataset       *dataset,
                                                        TautanSlice         *slice,
                                                        const TautanPoint   *positions,
                                                        const TautanView    *view);
/* The same scene, made for less from @previous when only the positions
 * and the camera moved. */
TautanScene            *tautan_scene_new_after         (TautanScene         *previous,
                                                        TautanRenderContext *context,
                                                        TautanDataset       *dataset,
                                                        TautanSlice         *slice,
                                                        const TautanPoint   *positions,
                                                        const TautanView    *view);
TautanScene            *tautan_scene_ref               (TautanScene         *self);
void                    tautan_scene_unref             (TautanScene         *self);
guint                   tautan_scene_get_n_nodes       (TautanScene         *self);
const TautanSceneNode  *tautan_scene_get_node          (TautanScene         *self,
                                                        guint                index);
const TautanSceneNode  *tautan_scene_find_node         (TautanScene         *self,
                                                        guint                entity);
guint                   tautan_scene_get_n_edges       (TautanScene         *self);
TautanRgba              tautan_scene_edge_get_color    (const TautanSceneEdge *edge);
const TautanSceneEdge  *tautan_scene_get_edge          (TautanScene         *self,
                                                        guint                index);
const TautanView       *tautan_scene_get_view          (TautanScene         *self);
gboolean                tautan_scene_hit_test          (TautanScene         *self,
                                                        double               x,
                                                        double               y,
                                                        TautanSceneHit      *hit);
gboolean                tautan_scene_hit_test_node     (TautanScene         *self,
                                                        double               x,
                                                        double               y,
                                                        guint               *entity);

/* Draws the whole scene (background, edges, nodes, labels) into @cr, whose
 * user space is the view's pixels. The one drawing path for the screen,
 * PNG, SVG (later its own backend of the same list) and PDF. Culls what
 * lies outside @cr's clip. */
void                    tautan_scene_draw              (TautanScene         *self,
                                                        cairo_t             *cr);
/* Only the layers that change with hover and selection, drawn on top of a
 * cached rendering of tautan_scene_draw(). */
void                    tautan_scene_draw_highlight    (TautanScene         *self,
                                                        cairo_t             *cr);
/* A coarse picture to show while the tiles are drawn: the view's size
 * divided by TAUTAN_SCENE_PREVIEW_SCALE each way, no paths, a few
 * milliseconds at a million edges. */
#define TAUTAN_SCENE_PREVIEW_SCALE 3
cairo_surface_t        *tautan_scene_draw_preview      (TautanScene         *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TautanScene, tautan_scene_unref)

G_END_DECLS
