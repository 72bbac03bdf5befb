/* tautan-scene-private.h: the scene's internals, shared by its files
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A scene is built (tautan-scene-build.c), hit-tested (tautan-scene-hit.c)
 * and drawn (tautan-scene-draw.c, with tautan-scene-raster.c for edges on
 * image surfaces); tautan-scene.c owns its life and its public getters. */

#pragma once

#include <math.h>
#include <string.h>

#include "tautan/tautan-scene.h"

#include "tautan-render-geometry-private.h"

G_BEGIN_DECLS

#define TAUTAN_LABEL_GAP 2.0      /* room for the halo between labels */

typedef struct
{
  double x0, y0, x1, y1;
} Box;

static inline gboolean
box_intersects (const Box *a,
                const Box *b)
{
  return a->x0 < b->x1 && b->x0 < a->x1 && a->y0 < b->y1 && b->y0 < a->y1;
}

static inline void
box_add_point (Box    *box,
               double  x,
               double  y)
{
  box->x0 = MIN (box->x0, x);
  box->y0 = MIN (box->y0, y);
  box->x1 = MAX (box->x1, x);
  box->y1 = MAX (box->y1, y);
}

/* hypot() guards against overflow we cannot have, at five times the
 * cost of a square root; this runs for every edge of every tile. */
static inline double
scene_length (double dx,
              double dy)
{
  return sqrt (dx * dx + dy * dy);
}

typedef struct
{
  Box     bounds;          /* everything the node draws, selection ring aside */
  double  outer;           /* circumradius of the shape */
  double  layout_x;        /* where the label's layout is drawn */
  double  layout_y;
  guint   count;
  guint   hovered : 1;
  guint   dim : 1;
} NodeExtra;

/* 36 bytes: at a million edges each byte here is a megabyte, twice while
 * a rebuild is in flight. The box and reach are not kept: remade from the
 * edge when asked (_tautan_scene_edge_bounds()), the same numbers. */
typedef struct
{
  TautanEdgeShape shape;   /* shaft end, arrowhead, whether curved */
  guint32         keep_hash;    /* _tautan_scene_edge_keep_hash(), made once */
  guint           dim : 1;
  guint           reverse : 1;  /* target → source is drawn too (the build's, kept for rebuilds) */
} EdgeExtra;

/* The box a drawable edge's stroke and arrow stay in, and how far its
 * drawing strays from the chord (@reach may be NULL). */
static inline void
_tautan_scene_edge_bounds (const TautanSceneEdge *e,
                           const EdgeExtra       *x,
                           Box                   *bounds,
                           double                *reach)
{
  const TautanEdgeShape *shape = &x->shape;
  double half = e->width / 2;

  if (shape->arrow)
    half = MAX (half, scene_length (shape->ax1 - shape->ax0, shape->ay1 - shape->ay0) / 2);
  *bounds = (Box) { e->x0, e->y0, e->x0, e->y0 };
  box_add_point (bounds, e->x1, e->y1);
  if (shape->curved)
    box_add_point (bounds, e->cx, e->cy);
  bounds->x0 -= half + 1;
  bounds->y0 -= half + 1;
  bounds->x1 += half + 1;
  bounds->y1 += half + 1;
  if (reach == NULL)
    return;
  *reach = half + 1;
  if (shape->curved)
    {
      double cl = scene_length (e->x1 - e->x0, e->y1 - e->y0);

      /* A quadratic strays from its chord by half its control point's
       * distance from it. */
      if (cl > 0)
        *reach += fabs ((e->x1 - e->x0) * (e->cy - e->y0) - (e->y1 - e->y0) * (e->cx - e->x0)) / cl / 2;
    }
}

/* Which edges a sample keeps far out (tautan-scene-draw.c): fixed per
 * pair of actors, so tiles and frames agree. */
static inline guint32
_tautan_scene_edge_keep_hash (guint source,
                              guint target)
{
  guint32 h = (guint32)source * 0x9E3779B1u ^ ((guint32)target + 0x7F4A7C15u) * 0x85EBCA77u;

  h ^= h >> 15;
  h *= 0x2C1B3C6Du;
  h ^= h >> 12;
  return h;
}

typedef struct
{
  guint       start;
  guint       end;
  TautanRgba  color;
  double      width;
  guint       dashed : 1;
  guint       dim : 1;
} Batch;

typedef struct
{
  TautanSceneNode node;
  NodeExtra       extra;
  guint           kind;
} NodeBuild;

/* tautan-scene-rollup.c: a node per roll-up group with shown members
 * (sized by their events), and the rings of events with no target. */
void     _tautan_scene_build_group_nodes (TautanScene       *self,
                                          TautanSlice       *slice,
                                          const TautanPoint *positions,
                                          NodeBuild        **out_build,
                                          guint             *out_n,
                                          guint             *build_of);
void     _tautan_scene_count_rings       (TautanScene       *self,
                                          GArray            *events,
                                          NodeBuild         *build,
                                          const guint       *build_of);
const char *_tautan_scene_label_text     (TautanScene       *self,
                                          const char        *name);

/* tautan-scene.c: a spatial hash of boxes: O(1) neighbour queries wherever the items lie,
 * for label thinning (world-wide) and hit-testing (the viewport). */
typedef struct _Grid Grid;

typedef gboolean (*GridVisit) (guint    item,
                               gpointer data);

Grid     *_tautan_grid_new    (double      cell,
                               guint       expected);
/* Buckets for @n_cells distinct cells (all a query region can have),
 * room for @expected items. */
Grid     *_tautan_grid_new_sized (double   cell,
                                  guint    n_cells,
                                  guint    expected);
void      _tautan_grid_free   (Grid       *grid);
/* Lists @item in each cell @box touches, once a bucket: inserting an
 * item's boxes one after another lists it once in each bucket. */
void      _tautan_grid_insert (Grid       *grid,
                               const Box  *box,
                               guint       item);
guint     _tautan_grid_get_n_links (const Grid *grid);
/* Visits every item in the cells @box touches (some more than once, and
 * some from other cells sharing a bucket); stops when @visit returns TRUE. */
gboolean  _tautan_grid_query  (const Grid *grid,
                               const Box  *box,
                               GridVisit   visit,
                               gpointer    data);

/* tautan-scene-hit.c, tests: the most links the edges' hit grid may
 * have (past it, queries test every edge), returning the old value; the
 * links of a scene's grid (0: none, or not built yet). */
guint     _tautan_scene_set_hit_max_links (guint        n_links);
guint     _tautan_scene_get_hit_links     (TautanScene *self);

/* tautan-scene.c: blocks and arrays a freed scene leaves for the next
 * build (their pages stay mapped); free only with these. */
gpointer  _tautan_scene_pool_alloc      (gsize       size);
gpointer  _tautan_scene_pool_alloc0     (gsize       size);
void      _tautan_scene_pool_free       (gpointer    block);
GArray   *_tautan_scene_pool_array      (guint       element_size,
                                         guint       n);
void      _tautan_scene_pool_free_array (GArray     *array);
/* The same, to the system, not the pool. */
void      _tautan_scene_pool_discard       (gpointer    block);
void      _tautan_scene_pool_discard_array (GArray     *array);
guint     _tautan_scene_pool_reset      (gsize       min_block,
                                         gboolean    poison);

/* Bytes the pool keeps (tests). */
gsize     _tautan_scene_pool_get_bytes  (void);
/* Before a build of @n_edges: from _tautan_scene_set_release_edges()'s
 * count on, lets the pool and malloc give back what they keep. */
void      _tautan_scene_release_memory  (guint       n_edges);
/* Whether @self has _tautan_scene_set_release_edges()'s count of edges:
 * its blocks go back to the system, not the pool. */
gboolean  _tautan_scene_is_big          (TautanScene *self);
/* Tests: the least edges whose build first releases memory. Returns the
 * old value. */
guint     _tautan_scene_set_release_edges (guint     n_edges);

typedef struct _DrawIndex DrawIndex;

struct _TautanScene
{
  gatomicrefcount       ref_count;

  TautanRenderContext  *context;
  TautanDataset        *dataset;    /* labels point into it or into @labels */
  TautanView            view;
  TautanPalette         palette;

  GArray               *nodes;      /* TautanSceneNode, in drawing order */
  NodeExtra            *node_extra;
  guint                *node_of_entity;
  guint                 n_entities;
  GStringChunk         *labels;     /* names cut or cleaned for drawing */

  GArray               *edges;      /* TautanSceneEdge, in drawing order */
  EdgeExtra            *edge_extra;
  Batch                *edge_batches;
  guint                 n_edge_batches;

  double                node_scale;
  double                origin_x;
  double                origin_y;
  guint64               fingerprint;
  guint                 hover_node;

  GMutex                draw_mutex;
  DrawIndex            *draw_index; /* built on the first tile drawn */

  GMutex                hit_mutex;
  Grid                 *hit_nodes;  /* built on the first hit-test */
  Grid                 *hit_edges;  /* NULL when past its budget, or not yet */
  gboolean              hit_edges_tried;
  Box                   hit_region;

  guint                 far : 1;    /* nodes under 2 px: no arrows, few labels, density shading */
  gint                  edge_gain;  /* far: edges' alpha times this / 2^16, for density
                                     * shading (tautan-scene-draw.c); 0 until drawn */
  guint32               edge_keep;  /* far: the share of edges a sample keeps, × 2^32 - 1 */

  /* What tautan_scene_new_after() asks of a predecessor: */
  GWeakRef              slice_ref;  /* the slice it shows; no reference: the window swaps slices */
  guint                 borrowed : 1; /* built with tables only the build saw (filter, focus, …) */
  guint                 edges_taken : 1; /* its edges came from a predecessor (tests) */
};

/* tautan-scene-build.c: fills a new scene's nodes, edges and labels;
 * the edges but for their geometry taken from @previous when not NULL
 * (same slice, same view but for the centre and size). */
void     _tautan_scene_build            (TautanScene       *self,
                                         TautanSlice       *slice,
                                         const TautanPoint *positions,
                                         TautanScene       *previous);

/* The least edges whose pass runs on two threads (tests). */
guint    _tautan_scene_set_edge_pass_split (guint           n_edges);

/* What drawing a tile reads of an edge, in one 64-byte record
 * where the edge and its extra span six cache lines: made with the
 * per-tile lists (tautan-scene-index.c), so whatever remakes those
 * remakes these. Exact copies of the edge's numbers: same pixels. */
typedef struct
{
  double   x0, y0;        /* the shaft, from the source's border */
  double   ex, ey;        /* to its end */
  double   cx, cy;        /* control point */
  double   width;
  guint32  keep_hash;
  guint    drawable : 1;
  guint    curved : 1;
  guint    arrow : 1;
  guint    selected : 1;
} DrawEdge;

/* The records of every edge, by drawing position, once a look-up of
 * INDEX_EDGES succeeded; else NULL. */
const DrawEdge *_tautan_scene_get_draw_edges (TautanScene *self);

/* The same for a node, what a far tile's dot needs: 32 bytes
 * where the node and its extra span six cache lines. */
typedef struct
{
  double   x, y;
  guint32  fill;          /* _tautan_scene_pack_rgba() */
  guint32  stroke;
  guint32  form;          /* _tautan_scene_node_form() */
  guint    opaque : 1;    /* alpha at least 1 */
  guint    dim : 1;
} DrawNode;

const DrawNode *_tautan_scene_get_draw_nodes (TautanScene *self);

/* lround(), inline: halves away from zero, the same numbers for any
 * finite @v under 2^52 (colours and sizes). The call was a third of the
 * per-tile lists' node pass (nine a node) and more in the builds. */
static inline gint64
_tautan_scene_lround (double v)
{
  double a = fabs (v);
  gint64 t = (gint64)a;

  /* Exact: a and its whole part share their high bits. */
  if (a - (double)t >= 0.5)
    t++;
  return v < 0 ? -t : t;
}

/* floor(), inline, for |@v| under 2^63: the same number. */
static inline double
_tautan_scene_floor (double v)
{
  double t = (double)(gint64)v;

  return t > v ? t - 1 : t;
}

/* A colour as opaque-alpha-first ARGB bytes, rounded. */
static inline guint32
_tautan_scene_pack_rgba (const TautanRgba *c)
{
  return (guint32)_tautan_scene_lround (c->alpha * 255) << 24 | (guint32)_tautan_scene_lround (c->red * 255) << 16 |
         (guint32)_tautan_scene_lround (c->green * 255) << 8 | (guint32)_tautan_scene_lround (c->blue * 255);
}

/* A node's shape, size and ring, as one key (never 0). */
static inline guint32
_tautan_scene_node_form (const TautanSceneNode *n)
{
  return ((guint32)n->shape + 1) | (guint32)(_tautan_scene_lround (n->radius * 16) & 0x7ffffff) << 4 |
         (guint32)(n->n_untargeted > 0) << 31;
}

/* Tests: whether tiles draw edges from their DrawEdge records (TRUE, as
 * drawing does). Returns the old value. */
gboolean        _tautan_scene_set_draw_records (gboolean use);

/* The least edges whose per-tile lists are made on two
 * threads (tests). Returns the old value. */
guint    _tautan_scene_set_index_split  (guint           n_edges);

/* tautan-scene-index.c: per-tile lists of what to draw. */
enum { INDEX_EDGES, INDEX_NODES, INDEX_LABELS, N_INDEX_KINDS };

void     _tautan_scene_draw_index_free  (DrawIndex             *index);
/* Frees the scene's per-tile lists (some 46 MB at a million edges); the
 * next tile drawn makes them again. Only while no thread draws it. */
void     _tautan_scene_drop_draw_index  (TautanScene           *self);
/* Tests: whether @self has its per-tile lists now. */
gboolean _tautan_scene_has_draw_index   (TautanScene           *self);
/* The items of @kind that may touch @clip, when @clip is one tile of the
 * index; FALSE means: test them all. */
gboolean _tautan_scene_lookup_cell      (TautanScene           *self,
                                         const Box             *clip,
                                         guint                  kind,
                                         const guint          **items,
                                         guint                 *n_items);
/* What a tile's pixels depend on, as one key: equal keys, equal pixels.
 * FALSE when the tile has no per-tile lists (it must be drawn). */
gboolean _tautan_scene_tile_signature   (TautanScene           *self,
                                         gint32                 i,
                                         gint32                 j,
                                         guint64               *signature);
/* Where a label may leave ink: its box, the halo and a little more (and
 * its leader line). */
Box      _tautan_scene_label_cull_box   (const TautanSceneNode *n);
/* tautan-scene-index.c: a set-apart label's leader line, from the node's
 * rim to the nearest point of the label's box; FALSE when it has none. */
gboolean _tautan_scene_label_leader     (const TautanSceneNode *n,
                                         double                *x0,
                                         double                *y0,
                                         double                *x1,
                                         double                *y1);

/* tautan-scene-draw.c: whether an edge may touch @clip. */
gboolean _tautan_scene_edge_visible     (const TautanSceneEdge *e,
                                         const EdgeExtra       *x,
                                         const Box             *clip);

/* For the tile cache and the exporters. */

/* The world pixel (layout coordinates times the zoom) at the view's
 * top-left corner: view pixel = world pixel - origin. */
void                   _tautan_scene_get_origin         (TautanScene *self,
                                                         double      *origin_x,
                                                         double      *origin_y);
/* Equal for two scenes that draw the same pixels in world coordinates,
 * whatever their centres: a pure pan keeps the tiles already drawn. */
guint64                _tautan_scene_get_fingerprint    (TautanScene *self);
/* What the public edge leaves out, for backends that draw it themselves. */
const TautanEdgeShape *_tautan_scene_get_edge_shape     (TautanScene *self,
                                                         guint        index);
/* Whether the nodes are drawn without outlines, edges without arrows. */
gboolean               _tautan_scene_is_far             (TautanScene *self);
/* tautan-scene-draw.c: the factor on every edge's alpha (density shading
 * far out; else 1), for backends that draw edges themselves, all of them
 * or only those _tautan_scene_edge_kept() says a sample keeps. */
double                 _tautan_scene_get_edge_gain      (TautanScene           *self,
                                                         gboolean               sampled);
gboolean               _tautan_scene_edge_kept          (TautanScene           *self,
                                                         const TautanSceneEdge *e);

/* Coverage rasteriser for edges (tautan-scene-raster.c): one per thread,
 * @width × @height device pixels, empty. */
typedef struct _TautanRaster TautanRaster;

TautanRaster *_tautan_raster_get       (int           width,
                                        int           height);
void          _tautan_raster_line      (TautanRaster *raster,
                                        double        x0,
                                        double        y0,
                                        double        x1,
                                        double        y1);
void          _tautan_raster_composite (TautanRaster *raster,
                                        guint8       *data,
                                        int           stride,
                                        guint32       argb,
                                        double        opacity);
/* A thin straight band, blended at once. */
void          _tautan_raster_band      (TautanRaster *raster,
                                        guint8       *data,
                                        int           stride,
                                        guint32       argb,
                                        double        opacity,
                                        double        x0,
                                        double        y0,
                                        double        x1,
                                        double        y1,
                                        double        half_width);

/* Tests: every step of a band by the general code (TRUE), or interior
 * steps the short way (FALSE, as drawing does). Returns the old value. */
gboolean      _tautan_raster_set_general_steps (gboolean only);

/* Hashing of what a scene draws, shared by the fingerprint
 * (tautan-scene-build.c) and the tile signatures (tautan-scene-index.c). */
static inline guint64
_tautan_scene_mix (guint64 h,
                   guint64 v)
{
  h ^= v + G_GUINT64_CONSTANT (0x9E3779B97F4A7C15) + (h << 6) + (h >> 2);
  return h * G_GUINT64_CONSTANT (0xFF51AFD7ED558CCD);
}

/* A float's bits, -0 as 0: for numbers stored once, never made anew. */
static inline guint32
_tautan_scene_float_bits (float v)
{
  guint32 bits;

  v += 0.0f;
  memcpy (&bits, &v, sizeof bits);
  return bits;
}

/* 1/64 px: the same world point from two centres rounds alike. */
static inline guint64
_tautan_scene_quant (double v)
{
  return (guint64)(gint64)_tautan_scene_floor (CLAMP (v * 64, -1e15, 1e15) + 0.5);
}

G_END_DECLS
