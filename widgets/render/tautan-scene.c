/* tautan-scene.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-scene"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "tautan/tautan-scene.h"
#include "tautan/tautan-tile-cache.h"

#include "tautan-render-context-private.h"
#include "tautan-pair-set.h"
#include "tautan-scene-private.h"

/* Below this zoom (pixels per layout unit, about one ideal edge length)
 * nodes shrink with the map, so a big graph zoomed out stays readable. */
#define FULL_SIZE_ZOOM    40.0
#define MAX_RADIUS        24.0
#define MAX_EDGE_WIDTH    8.0
#define EDGE_ALPHA        0.85
#define DIM_ALPHA         0.25
#define CURVE_OFFSET      0.18     /* of the edge length */
#define LABEL_GAP         2.0      /* room for the halo between labels */
#define LABEL_HALO_WIDTH  3.0
#define LABEL_CULL_MARGIN 6.0
#define LABEL_CELL        64.0
#define HIT_CELL          32.0
#define HIT_NODE_SLOP     3.0
#define HIT_MARGIN        64.0
#define TOLERANCE         0.25

typedef struct
{
  double x0, y0, x1, y1;
} Box;

/* hypot() guards against overflow we cannot have, at five times the
 * cost of a square root; this runs for every edge of every tile. */
static inline double
length (double dx,
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

typedef struct
{
  Box     bounds;          /* stroke and arrow */
  double  ex, ey;          /* the shaft ends here: the arrow's base */
  double  ax0, ay0;        /* arrow base corners; the tip is (x1, y1) */
  double  ax1, ay1;
  double  reach;           /* how far the drawing strays from the chord */
  guint   color_index;
  guint   width_bucket;
  guint   drawable : 1;
  guint   curved : 1;
  guint   arrow : 1;
  guint   dim : 1;
} EdgeExtra;

typedef struct
{
  guint       start;
  guint       end;
  TautanRgba  color;
  double      width;
  guint       dashed : 1;
  guint       dim : 1;
} Batch;

/* A spatial hash of boxes: O(1) neighbour queries wherever the items lie,
 * for label thinning (world-wide) and hit-testing (the viewport). */
typedef struct
{
  double  cell;
  guint   mask;
  gint32 *heads;
  GArray *links;           /* Link */
} Grid;

typedef struct
{
  guint  item;
  gint32 next;
} Link;

struct _TautanScene
{
  gatomicrefcount       ref_count;

  TautanRenderContext  *context;
  TautanDataset        *dataset;    /* labels point into it */
  TautanView            view;
  TautanPalette         palette;

  GArray               *nodes;      /* TautanSceneNode, in drawing order */
  NodeExtra            *node_extra;
  guint                *node_of_entity;
  guint                 n_entities;

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
  struct _DrawIndex    *draw_index; /* built on the first tile drawn */

  GMutex                hit_mutex;
  Grid                 *hit_nodes;  /* built on the first hit-test */
  Grid                 *hit_edges;
  Box                   hit_region;

  guint                 far : 1;    /* nodes under 2 px: no arrows, no labels */
};

#define COS_30         0.8660254037844386

TautanShape
_tautan_scene_shape_for_kind (TautanEntityKind kind)
{
  switch (kind)
    {
    case TAUTAN_ENTITY_PERSON:
      return TAUTAN_SHAPE_CIRCLE;
    case TAUTAN_ENTITY_STATE:
      return TAUTAN_SHAPE_SQUARE;
    case TAUTAN_ENTITY_ORGANISATION:
    case TAUTAN_ENTITY_MEDIA:
      return TAUTAN_SHAPE_DIAMOND;
    case TAUTAN_ENTITY_ARMED_GROUP:
      return TAUTAN_SHAPE_TRIANGLE;
    case TAUTAN_ENTITY_PLACE:
    case TAUTAN_ENTITY_UNNAMED_GROUP:
    case TAUTAN_N_ENTITY_KINDS:
    default:
      return TAUTAN_SHAPE_HEXAGON;
    }
}

double
_tautan_scene_shape_outer_radius (TautanShape shape,
                                  double      r)
{
  switch (shape)
    {
    case TAUTAN_SHAPE_SQUARE:
      return r * SQUARE_HALF * G_SQRT2;
    case TAUTAN_SHAPE_DIAMOND:
      return r * DIAMOND_HALF;
    case TAUTAN_SHAPE_TRIANGLE:
      return r * TRIANGLE_R;
    case TAUTAN_SHAPE_HEXAGON:
      return r * HEXAGON_R;
    case TAUTAN_SHAPE_CIRCLE:
    default:
      return r;
    }
}

/* How far the shape reaches below its centre: labels go just under it. */
static double
shape_extent_below (TautanShape shape,
                    double      r)
{
  switch (shape)
    {
    case TAUTAN_SHAPE_SQUARE:
      return r * SQUARE_HALF;
    case TAUTAN_SHAPE_DIAMOND:
      return r * DIAMOND_HALF;
    case TAUTAN_SHAPE_TRIANGLE:
      return r * TRIANGLE_R / 2;
    case TAUTAN_SHAPE_HEXAGON:
      return r * HEXAGON_R * COS_30;
    case TAUTAN_SHAPE_CIRCLE:
    default:
      return r;
    }
}

/* Outward unit normals of the triangle's sides (pointing up, y grows
 * downwards: down, up-left, up-right) and of the flat-topped hexagon's. */
static const double triangle_normals[3][2] = {
  { 0, 1 }, { -COS_30, -0.5 }, { COS_30, -0.5 },
};
static const double hexagon_normals[6][2] = {
  { COS_30, 0.5 }, { 0, 1 }, { -COS_30, 0.5 }, { -COS_30, -0.5 }, { 0, -1 }, { COS_30, -0.5 },
};

/* Distance from a regular polygon's centre to its border along the unit
 * vector (ux, uy), given its sides' normals and its inradius. */
static double
polygon_border (const double (*normals)[2],
                guint         n,
                double        inradius,
                double        ux,
                double        uy)
{
  double best = G_MAXDOUBLE;

  for (guint k = 0; k < n; k++)
    {
      double d = ux * normals[k][0] + uy * normals[k][1];

      if (d > 1e-9)
        best = MIN (best, inradius / d);
    }
  return best == G_MAXDOUBLE ? inradius : best;
}

static double
shape_border (TautanShape shape,
              double      r,
              double      ux,
              double      uy)
{
  switch (shape)
    {
    case TAUTAN_SHAPE_SQUARE:
      return r * SQUARE_HALF / MAX (MAX (fabs (ux), fabs (uy)), 1e-9);
    case TAUTAN_SHAPE_DIAMOND:
      return r * DIAMOND_HALF / MAX (fabs (ux) + fabs (uy), 1e-9);
    case TAUTAN_SHAPE_TRIANGLE:
      return polygon_border (triangle_normals, 3, r * TRIANGLE_R / 2, ux, uy);
    case TAUTAN_SHAPE_HEXAGON:
      return polygon_border (hexagon_normals, 6, r * HEXAGON_R * COS_30, ux, uy);
    case TAUTAN_SHAPE_CIRCLE:
    default:
      return r;
    }
}

/* All shapes turn the same way, so overlapping ones fill with WINDING. */
static void
append_polygon (cairo_t *cr,
                guint    n,
                double   phase,
                double   x,
                double   y,
                double   radius)
{
  for (guint k = 0; k < n; k++)
    {
      double a = phase + 2 * G_PI * k / n;

      if (k == 0)
        cairo_move_to (cr, x + radius * cos (a), y + radius * sin (a));
      else
        cairo_line_to (cr, x + radius * cos (a), y + radius * sin (a));
    }
  cairo_close_path (cr);
}

static void
append_shape (cairo_t               *cr,
              const TautanSceneNode *node)
{
  double r = node->radius;

  switch (node->shape)
    {
    case TAUTAN_SHAPE_SQUARE:
      cairo_rectangle (cr, node->x - r * SQUARE_HALF, node->y - r * SQUARE_HALF,
                       2 * r * SQUARE_HALF, 2 * r * SQUARE_HALF);
      break;
    case TAUTAN_SHAPE_DIAMOND:
      append_polygon (cr, 4, -G_PI / 2, node->x, node->y, r * DIAMOND_HALF);
      break;
    case TAUTAN_SHAPE_TRIANGLE:
      append_polygon (cr, 3, -G_PI / 2, node->x, node->y, r * TRIANGLE_R);
      break;
    case TAUTAN_SHAPE_HEXAGON:
      append_polygon (cr, 6, 0, node->x, node->y, r * HEXAGON_R);
      break;
    case TAUTAN_SHAPE_CIRCLE:
    default:
      cairo_new_sub_path (cr);
      cairo_arc (cr, node->x, node->y, r, 0, 2 * G_PI);
      cairo_close_path (cr);
      break;
    }
}

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

/* Whether an edge may touch @clip: its box first, then whether the band
 * around its chord does, so a long diagonal edge is not drawn into every
 * tile of its bounding box. */
static gboolean
edge_visible (const TautanSceneEdge *e,
              const EdgeExtra       *x,
              const Box             *clip)
{
  double dx = e->x1 - e->x0, dy = e->y1 - e->y0;
  double len = length (dx, dy), nx, ny, d[4];
  gboolean below = TRUE, above = TRUE;

  if (!x->drawable || !box_intersects (&x->bounds, clip))
    return FALSE;
  if (len < 1)
    return TRUE;

  nx = -dy / len;
  ny = dx / len;
  d[0] = (clip->x0 - e->x0) * nx + (clip->y0 - e->y0) * ny;
  d[1] = (clip->x1 - e->x0) * nx + (clip->y0 - e->y0) * ny;
  d[2] = (clip->x0 - e->x0) * nx + (clip->y1 - e->y0) * ny;
  d[3] = (clip->x1 - e->x0) * nx + (clip->y1 - e->y0) * ny;
  for (guint k = 0; k < 4; k++)
    {
      below &= d[k] < -x->reach;
      above &= d[k] > x->reach;
    }
  return !below && !above;
}

/* Grid */

static Grid *
grid_new (double cell,
          guint  expected)
{
  Grid *grid = g_new0 (Grid, 1);
  guint size = 64;

  while (size < expected * 2 && size < (1u << 24))
    size <<= 1;

  grid->cell = cell;
  grid->mask = size - 1;
  grid->heads = g_new (gint32, size);
  memset (grid->heads, 0xff, sizeof (gint32) * size);
  grid->links = g_array_sized_new (FALSE, FALSE, sizeof (Link), expected);
  return grid;
}

static void
grid_free (Grid *grid)
{
  g_free (grid->heads);
  g_array_unref (grid->links);
  g_free (grid);
}

/* Clamped before the cast: a far-away point must not overflow. */
static inline gint64
grid_coord (const Grid *grid,
            double      v)
{
  return (gint64)floor (CLAMP (v / grid->cell, -1e9, 1e9));
}

static inline guint
grid_bucket (const Grid *grid,
             gint64      i,
             gint64      j)
{
  guint64 h = (guint64)i * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15) ^
              (guint64)j * G_GUINT64_CONSTANT (0xC2B2AE3D27D4EB4F);

  return (guint)(h >> 40) & grid->mask;
}

static void
grid_insert (Grid      *grid,
             const Box *box,
             guint      item)
{
  gint64 i0 = grid_coord (grid, box->x0), i1 = grid_coord (grid, box->x1);
  gint64 j0 = grid_coord (grid, box->y0), j1 = grid_coord (grid, box->y1);

  for (gint64 j = j0; j <= j1; j++)
    for (gint64 i = i0; i <= i1; i++)
      {
        guint b = grid_bucket (grid, i, j);
        Link link = { item, grid->heads[b] };

        grid->heads[b] = (gint32)grid->links->len;
        g_array_append_val (grid->links, link);
      }
}

typedef gboolean (*GridVisit) (guint    item,
                               gpointer data);

/* Visits every item in the cells @box touches (some more than once, and
 * some from other cells sharing a bucket); stops when @visit returns TRUE. */
static gboolean
grid_query (const Grid *grid,
            const Box  *box,
            GridVisit   visit,
            gpointer    data)
{
  gint64 i0 = grid_coord (grid, box->x0), i1 = grid_coord (grid, box->x1);
  gint64 j0 = grid_coord (grid, box->y0), j1 = grid_coord (grid, box->y1);
  const Link *links = (const Link *)(gpointer)grid->links->data;

  for (gint64 j = j0; j <= j1; j++)
    for (gint64 i = i0; i <= i1; i++)
      for (gint32 l = grid->heads[grid_bucket (grid, i, j)]; l >= 0; l = links[l].next)
        if (visit (links[l].item, data))
          return TRUE;
  return FALSE;
}

/* Building */

typedef struct
{
  TautanSceneNode node;
  NodeExtra       extra;
  guint           kind;
} NodeBuild;

static int
compare_node_build (const void *a,
                    const void *b)
{
  const NodeBuild *x = a, *y = b;

  /* Dimmed ones under the rest; small under big. */
  if (x->extra.dim != y->extra.dim)
    return x->extra.dim ? -1 : 1;
  if (x->extra.count != y->extra.count)
    return x->extra.count < y->extra.count ? -1 : 1;
  return x->node.entity < y->node.entity ? -1 : x->node.entity > y->node.entity;
}

typedef struct
{
  guint64 key;
  guint   index;
} SortKey;

static int
compare_sort_key (const void *a,
                  const void *b)
{
  const SortKey *x = a, *y = b;

  if (x->key != y->key)
    return x->key < y->key ? -1 : 1;
  return x->index < y->index ? -1 : x->index > y->index;
}


/* Stable, in O(n) when the keys are few (they are: dim × colour × width
 * × dash); qsort otherwise. */
static void
sort_keys (SortKey *keys,
           guint    n)
{
  guint64 max = 0;
  g_autofree guint *counts = NULL;
  g_autofree SortKey *out = NULL;

  for (guint i = 0; i < n; i++)
    max = MAX (max, keys[i].key);
  if (max >= (1u << 20) || max > 16 * (guint64)n + 1024)
    {
      qsort (keys, n, sizeof *keys, compare_sort_key);
      return;
    }

  counts = g_new0 (guint, max + 2);
  for (guint i = 0; i < n; i++)
    counts[keys[i].key + 1]++;
  for (guint64 k = 0; k <= max; k++)
    counts[k + 1] += counts[k];
  out = g_new (SortKey, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    out[counts[keys[i].key]++] = keys[i];
  memcpy (keys, out, sizeof *keys * n);
}

static double
node_radius (guint  count,
             double scale)
{
  return MIN (4.0 + 3.0 * sqrt ((double)count), MAX_RADIUS) * scale;
}

static double
edge_width (guint  count,
            double scale)
{
  double w = MIN (1.0 + 1.5 * log2 (MAX (count, 1)), MAX_EDGE_WIDTH) * sqrt (scale);

  /* Half-pixel steps, so a graph's edges fall into few runs of equal
   * width (one stroke each when zoomed far out on a vector target). */
  return MAX (round (w * 2) / 2, 0.5);
}

static double
arrow_length (double width,
              double scale)
{
  return (4.0 + 2.5 * width) * MAX (sqrt (scale), 0.5);
}

/* Counts the events of edge @k whose types are not hidden, and finds the
 * dominant QuadClass and type among them, as the slice does for all. */
static guint
count_shown_types (TautanSlice           *slice,
                   TautanTaxonomy        *taxonomy,
                   guint                  k,
                   const TautanSliceEdge *edge,
                   guint64                hidden_types,
                   TautanQuadClass       *dominant_quad,
                   guint                 *dominant_type)
{
  const guint32 *types, *counts;
  guint quad_counts[TAUTAN_N_QUAD_CLASSES] = { 0 };
  guint total = 0, best = 0;
  guint n_types = tautan_taxonomy_get_n_types (taxonomy);

  if (hidden_types == 0)
    {
      *dominant_quad = edge->dominant_quad;
      *dominant_type = edge->dominant_type;
      return edge->count;
    }

  tautan_slice_get_edge_types (slice, k, &types, &counts);
  *dominant_quad = TAUTAN_QUAD_VERBAL_COOPERATION;
  *dominant_type = 0;
  for (guint t = 0; t < edge->n_types; t++)
    {
      if (types[t] < 64 && (hidden_types & (G_GUINT64_CONSTANT (1) << types[t])) != 0)
        continue;
      total += counts[t];
      if (types[t] < n_types)
        quad_counts[tautan_taxonomy_get_event_type (taxonomy, types[t])->quad_class] += counts[t];
      if (counts[t] > best)
        {
          best = counts[t];
          *dominant_type = types[t];
        }
    }
  for (guint q = 1; q < TAUTAN_N_QUAD_CLASSES; q++)
    if (quad_counts[q] > quad_counts[*dominant_quad])
      *dominant_quad = q;
  return total;
}

static void
edge_geometry (TautanSceneEdge       *edge,
               EdgeExtra             *extra,
               const TautanSceneNode *from,
               const TautanSceneNode *to,
               gboolean               curved,
               gboolean               far,
               double                 scale)
{
  double dx = to->x - from->x, dy = to->y - from->y;
  double len = length (dx, dy);
  double ux0, uy0, ux1, uy1, d, arrow, half;

  extra->drawable = FALSE;
  extra->curved = FALSE;
  extra->arrow = FALSE;
  edge->x0 = edge->cx = edge->x1 = extra->ex = from->x;
  edge->y0 = edge->cy = edge->y1 = extra->ey = from->y;
  extra->bounds = (Box) { from->x, from->y, from->x, from->y };

  if (len < 1e-6)
    return;

  edge->cx = (from->x + to->x) / 2;
  edge->cy = (from->y + to->y) / 2;
  if (curved)
    {
      /* The normal flips with the direction: a→b and b→a bow apart. */
      edge->cx += -dy / len * CURVE_OFFSET * len;
      edge->cy += dx / len * CURVE_OFFSET * len;
    }

  d = length (edge->cx - from->x, edge->cy - from->y);
  ux0 = (edge->cx - from->x) / d;
  uy0 = (edge->cy - from->y) / d;
  d = length (to->x - edge->cx, to->y - edge->cy);
  ux1 = (to->x - edge->cx) / d;
  uy1 = (to->y - edge->cy) / d;

  d = shape_border (from->shape, from->radius, ux0, uy0);
  edge->x0 = from->x + ux0 * d;
  edge->y0 = from->y + uy0 * d;
  d = shape_border (to->shape, to->radius, -ux1, -uy1);
  edge->x1 = to->x - ux1 * d;
  edge->y1 = to->y - uy1 * d;

  /* Overlapping nodes: nothing of the edge would show. */
  if ((edge->x1 - edge->x0) * dx + (edge->y1 - edge->y0) * dy <= 0)
    return;

  extra->drawable = TRUE;
  extra->ex = edge->x1;
  extra->ey = edge->y1;
  half = edge->width / 2;

  if (!far)
    {
      double room = length (edge->x1 - edge->x0, edge->y1 - edge->y0);
      double bx, by;

      arrow = MIN (arrow_length (edge->width, scale), room * 0.6);
      bx = edge->x1 - ux1 * arrow;
      by = edge->y1 - uy1 * arrow;
      extra->arrow = TRUE;
      extra->ax0 = bx - uy1 * arrow * 0.45;
      extra->ay0 = by + ux1 * arrow * 0.45;
      extra->ax1 = bx + uy1 * arrow * 0.45;
      extra->ay1 = by - ux1 * arrow * 0.45;
      /* The shaft ends at the arrow's base, which is wider than it. */
      extra->ex = bx;
      extra->ey = by;
      half = MAX (half, arrow * 0.45);
    }

  /* The control point stays on both end tangents; only a short edge whose
   * ends passed it needs a straight line instead. */
  extra->curved = curved &&
                  (edge->cx - edge->x0) * ux0 + (edge->cy - edge->y0) * uy0 > 0 &&
                  (extra->ex - edge->cx) * ux1 + (extra->ey - edge->cy) * uy1 > 0;

  extra->bounds = (Box) { edge->x0, edge->y0, edge->x0, edge->y0 };
  box_add_point (&extra->bounds, edge->x1, edge->y1);
  extra->reach = half + 1;
  if (extra->curved)
    {
      double cl = length (edge->x1 - edge->x0, edge->y1 - edge->y0);

      box_add_point (&extra->bounds, edge->cx, edge->cy);
      /* A quadratic strays from its chord by half its control point's
       * distance from it. */
      if (cl > 0)
        extra->reach += fabs ((edge->x1 - edge->x0) * (edge->cy - edge->y0) -
                              (edge->y1 - edge->y0) * (edge->cx - edge->x0)) / cl / 2;
    }
  extra->bounds.x0 -= half + 1;
  extra->bounds.y0 -= half + 1;
  extra->bounds.x1 += half + 1;
  extra->bounds.y1 += half + 1;
}

typedef struct
{
  const Box *boxes;
  const Box *query;
} OverlapQuery;

static gboolean
label_overlaps_cb (guint    item,
                   gpointer data)
{
  OverlapQuery *q = data;

  return box_intersects (&q->boxes[item], q->query);
}

/* Greedy thinning by importance: a label shows when its box (with room
 * for the halo) meets no box already accepted. Placed over the whole
 * graph, not just the viewport, so a panned view shows the same labels. */
static void
place_labels (TautanScene *self)
{
  guint n = self->nodes->len;
  g_autofree SortKey *order = g_new (SortKey, MAX (n, 1));
  g_autofree Box *boxes = g_new (Box, MAX (n, 1));
  guint n_candidates = 0;
  Grid *grid;

  for (guint i = 0; i < n; i++)
    {
      const TautanSceneNode *node = &g_array_index (self->nodes, TautanSceneNode, i);
      const NodeExtra *extra = &self->node_extra[i];

      if (node->label == NULL || node->label[0] == '\0')
        continue;
      if (self->far && !node->selected && !extra->hovered)
        continue;
      order[n_candidates].key = ((guint64)!node->selected << 63) |
                                ((guint64)!extra->hovered << 62) |
                                ((guint64)(G_MAXUINT32 - extra->count) << 30);
      order[n_candidates].index = i;
      n_candidates++;
    }
  qsort (order, n_candidates, sizeof *order, compare_sort_key);

  grid = grid_new (LABEL_CELL, n_candidates * 4);
  for (guint k = 0; k < n_candidates; k++)
    {
      guint i = order[k].index;
      TautanSceneNode *node = &g_array_index (self->nodes, TautanSceneNode, i);
      NodeExtra *extra = &self->node_extra[i];
      TautanLabelExtents ext;
      OverlapQuery query;
      Box box;

      _tautan_render_context_measure_label (self->context, node->label, &ext);
      node->label_width = ext.width;
      node->label_height = ext.height;
      node->label_x = node->x - ext.width / 2;
      node->label_y = node->y + shape_extent_below (node->shape, node->radius) + 2;
      extra->layout_x = node->label_x - ext.x;
      extra->layout_y = node->label_y - ext.y;

      box = (Box) { node->label_x - LABEL_GAP, node->label_y - LABEL_GAP,
                    node->label_x + ext.width + LABEL_GAP, node->label_y + ext.height + LABEL_GAP };
      query.boxes = boxes;
      query.query = &box;
      if (grid_query (grid, &box, label_overlaps_cb, &query))
        continue;

      node->label_visible = TRUE;
      boxes[i] = box;
      grid_insert (grid, &box, i);
    }
  grid_free (grid);
}

static inline guint64
mix (guint64 h,
     guint64 v)
{
  h ^= v + G_GUINT64_CONSTANT (0x9E3779B97F4A7C15) + (h << 6) + (h >> 2);
  return h * G_GUINT64_CONSTANT (0xFF51AFD7ED558CCD);
}

/* 1/64 px: the same world point from two centres rounds alike. */
static inline guint64
quant (double v)
{
  return (guint64)(gint64)floor (CLAMP (v * 64, -1e15, 1e15) + 0.5);
}

static guint64
mix_color (guint64           h,
           const TautanRgba *c)
{
  return mix (h, quant (c->red) ^ quant (c->green) << 16 ^ quant (c->blue) << 32 ^ quant (c->alpha) << 48);
}

static guint64
compute_fingerprint (TautanScene *self)
{
  double ox = self->origin_x, oy = self->origin_y;
  guint64 h = mix (0, self->nodes->len);

  h = mix (h, self->edges->len);
  h = mix (h, self->far);
  h = mix_color (h, &self->palette.background);
  h = mix_color (h, &self->palette.foreground);
  h = mix (h, GPOINTER_TO_SIZE (self->context));

  for (guint i = 0; i < self->nodes->len; i++)
    {
      const TautanSceneNode *n = &g_array_index (self->nodes, TautanSceneNode, i);

      h = mix (h, n->entity);
      h = mix (h, quant (n->x + ox));
      h = mix (h, quant (n->y + oy));
      h = mix (h, quant (n->radius));
      h = mix (h, (guint64)n->shape | (guint64)n->label_visible << 8 | (guint64)n->selected << 9);
      h = mix (h, quant (n->alpha));
      h = mix_color (h, &n->fill);
    }
  for (guint i = 0; i < self->edges->len; i++)
    {
      const TautanSceneEdge *e = &g_array_index (self->edges, TautanSceneEdge, i);

      h = mix (h, (guint64)e->source << 32 | e->target);
      h = mix (h, quant (e->x0 + ox) ^ quant (e->y0 + oy) << 1);
      h = mix (h, quant (e->cx + ox) ^ quant (e->cy + oy) << 1);
      h = mix (h, quant (e->x1 + ox) ^ quant (e->y1 + oy) << 1);
      h = mix (h, quant (e->width) | (guint64)e->dashed << 40 | (guint64)e->selected << 41);
      h = mix_color (h, &e->color);
    }
  return h;
}

static void draw_index_free (struct _DrawIndex *index);

static void
scene_free (TautanScene *self)
{
  g_clear_pointer (&self->draw_index, draw_index_free);
  g_mutex_clear (&self->draw_mutex);
  g_clear_pointer (&self->hit_nodes, grid_free);
  g_clear_pointer (&self->hit_edges, grid_free);
  g_mutex_clear (&self->hit_mutex);
  g_clear_pointer (&self->nodes, g_array_unref);
  g_clear_pointer (&self->edges, g_array_unref);
  g_free (self->node_extra);
  g_free (self->node_of_entity);
  g_free (self->edge_extra);
  g_free (self->edge_batches);
  g_clear_object (&self->dataset);
  g_clear_object (&self->context);
  g_free (self);
}

/**
 * tautan_view_init:
 * @view: (out caller-allocates): the view to reset
 *
 * Sets @view to everything shown, nothing selected or hovered, zoom 1 at
 * the layout's origin, and no size.
 */
void
tautan_view_init (TautanView *view)
{
  g_return_if_fail (view != NULL);

  memset (view, 0, sizeof *view);
  view->span.from = TAUTAN_DAY_MIN;
  view->span.to = TAUTAN_DAY_MAX;
  view->zoom = 1.0;
  view->selected_entity = TAUTAN_NONE;
  view->selected_source = TAUTAN_NONE;
  view->selected_target = TAUTAN_NONE;
  view->hover_entity = TAUTAN_NONE;
  view->color_mode = TAUTAN_EDGE_COLOR_QUAD_CLASS;
}

static void
build_nodes (TautanScene       *self,
             TautanSlice       *slice,
             const TautanPoint *positions,
             NodeBuild        **out_build,
             guint             *out_n,
             guint             *build_of)
{
  const TautanView *view = &self->view;
  guint n_active = tautan_slice_get_n_entities (slice);
  NodeBuild *build = g_new0 (NodeBuild, MAX (n_active, 1));
  guint n = 0;

  for (guint k = 0; k < n_active; k++)
    {
      const TautanSliceEntity *se = tautan_slice_get_entity (slice, k);
      TautanEntity entity;
      NodeBuild *nb;

      if (se->entity >= self->n_entities)
        continue;
      tautan_dataset_get_entity (self->dataset, se->entity, &entity);
      if (entity.kind < 32 && (view->hidden_kinds & (1u << entity.kind)) != 0)
        continue;

      nb = &build[n];
      nb->kind = MIN ((guint)entity.kind, TAUTAN_N_ENTITY_KINDS - 1);
      nb->node.entity = se->entity;
      nb->node.x = ((double)positions[se->entity].x - view->center_x) * view->zoom + view->width / 2.0;
      nb->node.y = ((double)positions[se->entity].y - view->center_y) * view->zoom + view->height / 2.0;
      nb->node.radius = node_radius (se->count, self->node_scale);
      nb->node.shape = _tautan_scene_shape_for_kind (entity.kind);
      nb->node.fill = self->palette.node_fill[nb->kind];
      nb->node.stroke = self->palette.node_stroke;
      nb->node.alpha = view->fade != NULL ? CLAMP (view->fade[se->entity], 0.0, 1.0) : 1.0;
      nb->node.label = entity.name;
      nb->node.selected = se->entity == view->selected_entity;
      nb->extra.count = se->count;
      nb->extra.hovered = se->entity == view->hover_entity;
      build_of[se->entity] = n++;
    }

  *out_build = build;
  *out_n = n;
}

/**
 * tautan_scene_new:
 * @context: fonts and palette
 * @dataset: the dataset @slice was made from
 * @slice: the time window to show
 * @positions: (array): layout coordinates, one per entity of @dataset
 * @view: zoom, centre, size, selection, hover and filters
 *
 * Builds the display list of @slice's window seen through @view: a node
 * per active entity whose kind is shown, sized by activity and shaped by
 * kind; an edge per actor → target pair with shown event types, coloured
 * by QuadClass or dominant type, with opposite pairs curved apart; labels
 * thinned so none overlaps another.
 *
 * Returns: (transfer full): the scene
 */
TautanScene *
tautan_scene_new (TautanRenderContext *context,
                  TautanDataset       *dataset,
                  TautanSlice         *slice,
                  const TautanPoint   *positions,
                  const TautanView    *view)
{
  TautanScene *self;
  TautanTaxonomy *taxonomy;
  g_autofree NodeBuild *build = NULL;
  g_autofree guint *build_of = NULL;
  g_autofree TautanSceneEdge *edges = NULL;
  g_autofree EdgeExtra *edge_extra = NULL;
  g_autofree guint64 *pairs = NULL;
  g_autofree gboolean *neighbour = NULL;
  g_autofree SortKey *keys = NULL;
  guint n_nodes = 0, n_edges = 0, n_slice_edges, hover_build = TAUTAN_NONE;

  g_return_val_if_fail (TAUTAN_IS_RENDER_CONTEXT (context), NULL);
  g_return_val_if_fail (TAUTAN_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (TAUTAN_IS_SLICE (slice), NULL);
  g_return_val_if_fail (tautan_slice_get_dataset (slice) == dataset, NULL);
  g_return_val_if_fail (positions != NULL || tautan_dataset_get_n_entities (dataset) == 0, NULL);
  g_return_val_if_fail (view != NULL, NULL);
  g_return_val_if_fail (view->zoom > 0, NULL);

  self = g_new0 (TautanScene, 1);
  g_atomic_ref_count_init (&self->ref_count);
  g_mutex_init (&self->hit_mutex);
  g_mutex_init (&self->draw_mutex);
  self->context = g_object_ref (context);
  self->dataset = g_object_ref (dataset);
  self->view = *view;
  self->palette = *tautan_render_context_get_palette (context);
  self->n_entities = tautan_dataset_get_n_entities (dataset);
  self->node_scale = MIN (1.0, view->zoom / FULL_SIZE_ZOOM);
  self->far = node_radius (1, self->node_scale) < 2.0;
  self->origin_x = view->center_x * view->zoom - view->width / 2.0;
  self->origin_y = view->center_y * view->zoom - view->height / 2.0;
  taxonomy = tautan_dataset_get_taxonomy (dataset);

  /* Nodes, first in slice order. */
  build_of = g_new (guint, MAX (self->n_entities, 1));
  memset (build_of, 0xff, sizeof (guint) * MAX (self->n_entities, 1));
  build_nodes (self, slice, positions, &build, &n_nodes, build_of);
  if (view->hover_entity < self->n_entities)
    hover_build = build_of[view->hover_entity];

  /* Edges between shown nodes with some shown event type. */
  n_slice_edges = tautan_slice_get_n_edges (slice);
  edges = g_new0 (TautanSceneEdge, MAX (n_slice_edges, 1));
  edge_extra = g_new0 (EdgeExtra, MAX (n_slice_edges, 1));
  pairs = g_new (guint64, MAX (n_slice_edges, 1));
  for (guint k = 0; k < n_slice_edges; k++)
    {
      const TautanSliceEdge *se = tautan_slice_get_edge (slice, k);
      TautanSceneEdge *e = &edges[n_edges];
      EdgeExtra *x = &edge_extra[n_edges];
      TautanQuadClass quad;
      guint type, count;

      /* A self-loop has no direction to draw. */
      if (se->source == se->target ||
          se->source >= self->n_entities || se->target >= self->n_entities ||
          build_of[se->source] == TAUTAN_NONE || build_of[se->target] == TAUTAN_NONE)
        continue;
      count = count_shown_types (slice, taxonomy, k, se, view->hidden_types, &quad, &type);
      if (count == 0)
        continue;

      e->source = se->source;
      e->target = se->target;
      e->count = count;
      /* Imprecise events are not counted by type, so hiding types cannot
       * tell; all-imprecise stays all-imprecise whatever is hidden. */
      e->dashed = se->imprecise >= se->count;
      e->selected = se->source == view->selected_source && se->target == view->selected_target;
      e->width = edge_width (count, self->node_scale);
      if (view->color_mode == TAUTAN_EDGE_COLOR_DOMINANT_TYPE && type < tautan_taxonomy_get_n_types (taxonomy))
        {
          x->color_index = type;
          e->color = tautan_rgba_from_rgb (tautan_taxonomy_get_event_type (taxonomy, type)->color, EDGE_ALPHA);
        }
      else
        {
          x->color_index = quad;
          e->color = tautan_rgba_from_rgb (tautan_taxonomy_get_quad_class (taxonomy, quad)->color, EDGE_ALPHA);
        }
      /* An edge fades in with the later of its two nodes. */
      if (view->fade != NULL)
        e->color.alpha *= CLAMP (MIN (view->fade[se->source], view->fade[se->target]), 0.0, 1.0);
      x->width_bucket = (guint)lround (e->width * 2);
      pairs[n_edges] = (guint64)se->source << 32 | se->target;
      n_edges++;
    }

  /* The hovered node's neighbourhood stays lit; the rest dims. */
  if (hover_build != TAUTAN_NONE)
    {
      neighbour = g_new0 (gboolean, MAX (n_nodes, 1));
      neighbour[hover_build] = TRUE;
      for (guint i = 0; i < n_edges; i++)
        {
          if (edges[i].source == view->hover_entity)
            neighbour[build_of[edges[i].target]] = TRUE;
          else if (edges[i].target == view->hover_entity)
            neighbour[build_of[edges[i].source]] = TRUE;
          else
            {
              edge_extra[i].dim = TRUE;
              edges[i].color.alpha *= DIM_ALPHA;
            }
        }
      for (guint i = 0; i < n_nodes; i++)
        if (!neighbour[i])
          {
            build[i].extra.dim = TRUE;
            build[i].node.alpha = DIM_ALPHA;
          }
    }

  /* Nodes in drawing order. */
  qsort (build, n_nodes, sizeof *build, compare_node_build);
  self->nodes = g_array_sized_new (FALSE, FALSE, sizeof (TautanSceneNode), n_nodes);
  self->node_extra = g_new0 (NodeExtra, MAX (n_nodes, 1));
  self->node_of_entity = g_new (guint, MAX (self->n_entities, 1));
  memset (self->node_of_entity, 0xff, sizeof (guint) * MAX (self->n_entities, 1));
  for (guint i = 0; i < n_nodes; i++)
    {
      NodeBuild *nb = &build[i];
      /* Stroke, antialiasing and a sprite's half-pixel snap stay within. */
      double outer = _tautan_scene_shape_outer_radius (nb->node.shape, nb->node.radius) + 3;

      g_array_append_val (self->nodes, nb->node);
      self->node_extra[i] = nb->extra;
      self->node_extra[i].outer = outer - 3;
      self->node_extra[i].bounds = (Box) { nb->node.x - outer, nb->node.y - outer,
                                           nb->node.x + outer, nb->node.y + outer };
      self->node_of_entity[nb->node.entity] = i;
      if (nb->extra.hovered)
        self->hover_node = i;
    }
  if (hover_build == TAUTAN_NONE)
    self->hover_node = TAUTAN_NONE;

  /* Geometry: an edge whose reverse is shown too bows to its own side. */
  {
    TautanPairSet set;

    _tautan_pair_set_init (&set, pairs, n_edges);
    for (guint i = 0; i < n_edges; i++)
      {
        guint64 reverse = (guint64)edges[i].target << 32 | edges[i].source;
        const TautanSceneNode *from = &g_array_index (self->nodes, TautanSceneNode,
                                                      self->node_of_entity[edges[i].source]);
        const TautanSceneNode *to = &g_array_index (self->nodes, TautanSceneNode,
                                                    self->node_of_entity[edges[i].target]);

        edge_geometry (&edges[i], &edge_extra[i], from, to, _tautan_pair_set_contains (&set, reverse),
                       self->far, self->node_scale);
      }
    _tautan_pair_set_clear (&set);
  }

  /* Edges in drawing order: dimmed first, then in runs of equal colour,
   * width and dash (one stroke per run when zoomed far out on a vector
   * target). */
  keys = g_new (SortKey, MAX (n_edges, 1));
  {
    guint n_colors = 1, n_widths = 1;

    for (guint i = 0; i < n_edges; i++)
      {
        n_colors = MAX (n_colors, MIN (edge_extra[i].color_index, 0xFFFFu) + 1);
        n_widths = MAX (n_widths, MIN (edge_extra[i].width_bucket, 0xFFFFu) + 1);
      }
    for (guint i = 0; i < n_edges; i++)
      {
        guint64 key = edge_extra[i].dim;

        key = key * n_colors + MIN (edge_extra[i].color_index, 0xFFFFu);
        key = key * n_widths + MIN (edge_extra[i].width_bucket, 0xFFFFu);
        keys[i].key = key * 2 + edges[i].dashed;
        keys[i].index = i;
      }
  }
  sort_keys (keys, n_edges);

  self->edges = g_array_sized_new (FALSE, FALSE, sizeof (TautanSceneEdge), n_edges);
  self->edge_extra = g_new0 (EdgeExtra, MAX (n_edges, 1));
  self->edge_batches = g_new0 (Batch, MAX (n_edges, 1));
  for (guint i = 0; i < n_edges; i++)
    {
      const TautanSceneEdge *e = &edges[keys[i].index];

      g_array_append_val (self->edges, *e);
      self->edge_extra[i] = edge_extra[keys[i].index];

      if (i == 0 || keys[i].key != keys[i - 1].key)
        {
          Batch *b = &self->edge_batches[self->n_edge_batches++];

          b->start = i;
          b->color = e->color;
          b->width = e->width;
          b->dashed = e->dashed;
          b->dim = self->edge_extra[i].dim;
        }
      self->edge_batches[self->n_edge_batches - 1].end = i + 1;
    }

  place_labels (self);
  self->fingerprint = compute_fingerprint (self);

  return self;
}

/**
 * tautan_scene_ref:
 *
 * Returns: (transfer full): @self
 */
TautanScene *
tautan_scene_ref (TautanScene *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

/**
 * tautan_scene_unref:
 *
 * Drops a reference; any thread may drop the last one.
 */
void
tautan_scene_unref (TautanScene *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    scene_free (self);
}

/**
 * tautan_scene_get_n_nodes:
 *
 * Returns: how many nodes are shown
 */
guint
tautan_scene_get_n_nodes (TautanScene *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->nodes->len;
}

/**
 * tautan_scene_get_node:
 * @index: below tautan_scene_get_n_nodes(), in drawing order
 *
 * Returns: (transfer none): the node, valid while @self lives
 */
const TautanSceneNode *
tautan_scene_get_node (TautanScene *self,
                       guint        index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->nodes->len, NULL);

  return &g_array_index (self->nodes, TautanSceneNode, index);
}

/**
 * tautan_scene_find_node:
 * @entity: an entity index
 *
 * Returns: (transfer none) (nullable): @entity's node, or %NULL when it is
 *   not shown
 */
const TautanSceneNode *
tautan_scene_find_node (TautanScene *self,
                        guint        entity)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (entity >= self->n_entities || self->node_of_entity[entity] == TAUTAN_NONE)
    return NULL;
  return &g_array_index (self->nodes, TautanSceneNode, self->node_of_entity[entity]);
}

/**
 * tautan_scene_get_n_edges:
 *
 * Returns: how many edges are shown
 */
guint
tautan_scene_get_n_edges (TautanScene *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->edges->len;
}

/**
 * tautan_scene_get_edge:
 * @index: below tautan_scene_get_n_edges(), in drawing order
 *
 * Returns: (transfer none): the edge, valid while @self lives
 */
const TautanSceneEdge *
tautan_scene_get_edge (TautanScene *self,
                       guint        index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->edges->len, NULL);

  return &g_array_index (self->edges, TautanSceneEdge, index);
}

/**
 * tautan_scene_get_view:
 *
 * Returns: (transfer none): the view the scene was built for
 */
const TautanView *
tautan_scene_get_view (TautanScene *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return &self->view;
}

void
_tautan_scene_get_origin (TautanScene *self,
                          double      *origin_x,
                          double      *origin_y)
{
  *origin_x = self->origin_x;
  *origin_y = self->origin_y;
}

guint64
_tautan_scene_get_fingerprint (TautanScene *self)
{
  return self->fingerprint;
}

/* Hit-testing */

static double
segment_distance (double px,
                  double py,
                  double ax,
                  double ay,
                  double bx,
                  double by)
{
  double dx = bx - ax, dy = by - ay;
  double l2 = dx * dx + dy * dy;
  double t = l2 > 0 ? CLAMP (((px - ax) * dx + (py - ay) * dy) / l2, 0, 1) : 0;

  return length (px - (ax + t * dx), py - (ay + t * dy));
}

static guint
curve_segments (const TautanSceneEdge *e)
{
  double len = length (e->x1 - e->x0, e->y1 - e->y0);

  return (guint)CLAMP (len / 6, 8, 64);
}

static void
curve_point (const TautanSceneEdge *e,
             double                 t,
             double                *x,
             double                *y)
{
  double a = (1 - t) * (1 - t), b = 2 * (1 - t) * t, c = t * t;

  *x = a * e->x0 + b * e->cx + c * e->x1;
  *y = a * e->y0 + b * e->cy + c * e->y1;
}

static double
edge_distance (const TautanSceneEdge *e,
               const EdgeExtra       *x,
               double                 px,
               double                 py)
{
  double best = G_MAXDOUBLE, ax = e->x0, ay = e->y0;
  guint n;

  if (!x->curved)
    return segment_distance (px, py, e->x0, e->y0, e->x1, e->y1);

  n = curve_segments (e);
  for (guint k = 1; k <= n; k++)
    {
      double bx, by;

      curve_point (e, (double)k / n, &bx, &by);
      best = MIN (best, segment_distance (px, py, ax, ay, bx, by));
      ax = bx;
      ay = by;
    }
  return best;
}

static double
edge_tolerance (const TautanSceneEdge *e)
{
  return MAX (4.0, e->width / 2 + 2);
}

static gboolean
clamp_to_region (const Box *region,
                 Box       *box)
{
  if (!box_intersects (box, region))
    return FALSE;
  box->x0 = MAX (box->x0, region->x0);
  box->y0 = MAX (box->y0, region->y0);
  box->x1 = MIN (box->x1, region->x1);
  box->y1 = MIN (box->y1, region->y1);
  return TRUE;
}

/* Only the viewport (and a margin) is indexed: an edge crossing a view
 * zoomed far in would otherwise fill millions of cells. */
static void
ensure_hit_grids (TautanScene *self)
{
  Box region = { -HIT_MARGIN, -HIT_MARGIN, self->view.width + HIT_MARGIN, self->view.height + HIT_MARGIN };

  if (self->hit_nodes != NULL)
    return;

  self->hit_region = region;
  self->hit_nodes = grid_new (HIT_CELL, self->nodes->len * 2);
  for (guint i = 0; i < self->nodes->len; i++)
    {
      const TautanSceneNode *n = &g_array_index (self->nodes, TautanSceneNode, i);
      double r = self->node_extra[i].outer + HIT_NODE_SLOP;
      Box box = { n->x - r, n->y - r, n->x + r, n->y + r };

      if (clamp_to_region (&region, &box))
        grid_insert (self->hit_nodes, &box, i);
    }

  self->hit_edges = grid_new (HIT_CELL, self->edges->len * 4);
  for (guint i = 0; i < self->edges->len; i++)
    {
      const TautanSceneEdge *e = &g_array_index (self->edges, TautanSceneEdge, i);
      const EdgeExtra *x = &self->edge_extra[i];
      double tol = edge_tolerance (e), ax = e->x0, ay = e->y0;
      guint n = x->curved ? curve_segments (e) : 1;
      Box bounds = x->bounds;

      bounds.x0 -= tol;
      bounds.y0 -= tol;
      bounds.x1 += tol;
      bounds.y1 += tol;
      if (!x->drawable || !box_intersects (&bounds, &region))
        continue;

      for (guint k = 1; k <= n; k++)
        {
          double bx = e->x1, by = e->y1;
          Box box;

          if (x->curved)
            curve_point (e, (double)k / n, &bx, &by);
          box = (Box) { MIN (ax, bx) - tol, MIN (ay, by) - tol, MAX (ax, bx) + tol, MAX (ay, by) + tol };
          if (clamp_to_region (&region, &box))
            grid_insert (self->hit_edges, &box, i);
          ax = bx;
          ay = by;
        }
    }
}

typedef struct
{
  TautanScene *scene;
  double       x;
  double       y;
  guint        best;
  double       best_distance;
} HitQuery;

static gboolean
hit_node_cb (guint    i,
             gpointer data)
{
  HitQuery *q = data;
  const TautanSceneNode *n = &g_array_index (q->scene->nodes, TautanSceneNode, i);

  /* The last drawn is on top. */
  if ((q->best == TAUTAN_NONE || i > q->best) &&
      length (q->x - n->x, q->y - n->y) <= q->scene->node_extra[i].outer + HIT_NODE_SLOP)
    q->best = i;
  return FALSE;
}

static gboolean
hit_edge_cb (guint    i,
             gpointer data)
{
  HitQuery *q = data;
  const TautanSceneEdge *e = &g_array_index (q->scene->edges, TautanSceneEdge, i);
  const EdgeExtra *x = &q->scene->edge_extra[i];
  double d;

  if (!x->drawable)
    return FALSE;
  d = edge_distance (e, x, q->x, q->y);
  if (d <= edge_tolerance (e) && (d < q->best_distance || (d == q->best_distance && i > q->best)))
    {
      q->best = i;
      q->best_distance = d;
    }
  return FALSE;
}

/**
 * tautan_scene_hit_test:
 * @x: view pixels
 * @y: view pixels
 * @hit: (out): what is at @x, @y
 *
 * Finds the topmost node within a few pixels of its shape at @x, @y, else
 * the nearest edge within max(4, width / 2 + 2) pixels of its curve.
 *
 * Returns: whether anything was hit
 */
gboolean
tautan_scene_hit_test (TautanScene    *self,
                       double          x,
                       double          y,
                       TautanSceneHit *hit)
{
  HitQuery q = { self, x, y, TAUTAN_NONE, G_MAXDOUBLE };
  Box point = { x, y, x, y };
  gboolean indexed;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (hit != NULL, FALSE);

  hit->kind = TAUTAN_HIT_NONE;
  hit->entity = hit->source = hit->target = TAUTAN_NONE;

  g_mutex_lock (&self->hit_mutex);
  ensure_hit_grids (self);
  g_mutex_unlock (&self->hit_mutex);

  indexed = x >= self->hit_region.x0 && x < self->hit_region.x1 &&
            y >= self->hit_region.y0 && y < self->hit_region.y1;

  if (indexed)
    grid_query (self->hit_nodes, &point, hit_node_cb, &q);
  else
    for (guint i = 0; i < self->nodes->len; i++)
      hit_node_cb (i, &q);

  if (q.best != TAUTAN_NONE)
    {
      hit->kind = TAUTAN_HIT_NODE;
      hit->entity = g_array_index (self->nodes, TautanSceneNode, q.best).entity;
      return TRUE;
    }

  if (indexed)
    grid_query (self->hit_edges, &point, hit_edge_cb, &q);
  else
    for (guint i = 0; i < self->edges->len; i++)
      hit_edge_cb (i, &q);

  if (q.best != TAUTAN_NONE)
    {
      const TautanSceneEdge *e = &g_array_index (self->edges, TautanSceneEdge, q.best);

      hit->kind = TAUTAN_HIT_EDGE;
      hit->source = e->source;
      hit->target = e->target;
      return TRUE;
    }

  return FALSE;
}

/* Per-tile lists
 *
 * A tile covers one cell of the world's 256-pixel grid; without these
 * lists every tile would test every edge, node and label of the graph
 * (4 million box tests a frame for 50,000 edges). Built once per scene by
 * the first thread to draw a tile, for the view and two tiles around it;
 * each list keeps drawing order. */

enum { INDEX_EDGES, INDEX_NODES, INDEX_LABELS, N_INDEX_KINDS };

#define INDEX_MARGIN    2
#define INDEX_MAX_CELLS 4096

typedef struct _DrawIndex
{
  gint64  i0;             /* first cell, in world tiles */
  gint64  j0;
  guint   ni;
  guint   nj;
  guint  *offsets[N_INDEX_KINDS];  /* ni * nj + 1 each */
  guint  *items[N_INDEX_KINDS];
} DrawIndex;

typedef struct
{
  guint cell;
  guint item;
} CellItem;

static void
draw_index_free (DrawIndex *index)
{
  for (guint k = 0; k < N_INDEX_KINDS; k++)
    {
      g_free (index->offsets[k]);
      g_free (index->items[k]);
    }
  g_free (index);
}

/* A cell in view pixels, half a pixel wider each side: clip extents come
 * rounded to cairo's fixed point. */
static Box
cell_box (TautanScene     *self,
          const DrawIndex *index,
          guint            ci,
          guint            cj)
{
  double x = (double)(index->i0 + ci) * TAUTAN_TILE_SIZE - self->origin_x;
  double y = (double)(index->j0 + cj) * TAUTAN_TILE_SIZE - self->origin_y;

  return (Box) { x - 0.5, y - 0.5, x + TAUTAN_TILE_SIZE + 0.5, y + TAUTAN_TILE_SIZE + 0.5 };
}

static gboolean
cell_range (TautanScene     *self,
            const DrawIndex *index,
            const Box       *box,
            guint           *ci0,
            guint           *cj0,
            guint           *ci1,
            guint           *cj1)
{
  gint64 i0 = (gint64)floor (CLAMP ((box->x0 + self->origin_x - 0.5) / TAUTAN_TILE_SIZE, -1e15, 1e15)) - index->i0;
  gint64 j0 = (gint64)floor (CLAMP ((box->y0 + self->origin_y - 0.5) / TAUTAN_TILE_SIZE, -1e15, 1e15)) - index->j0;
  gint64 i1 = (gint64)floor (CLAMP ((box->x1 + self->origin_x + 0.5) / TAUTAN_TILE_SIZE, -1e15, 1e15)) - index->i0;
  gint64 j1 = (gint64)floor (CLAMP ((box->y1 + self->origin_y + 0.5) / TAUTAN_TILE_SIZE, -1e15, 1e15)) - index->j0;

  if (i1 < 0 || j1 < 0 || i0 >= (gint64)index->ni || j0 >= (gint64)index->nj)
    return FALSE;
  *ci0 = (guint)MAX (i0, 0);
  *cj0 = (guint)MAX (j0, 0);
  *ci1 = (guint)MIN (i1, (gint64)index->ni - 1);
  *cj1 = (guint)MIN (j1, (gint64)index->nj - 1);
  return TRUE;
}

/* Turns (cell, item) pairs, items ascending, into per-cell lists. */
static void
index_lists (DrawIndex *index,
             guint      kind,
             GArray    *pairs)
{
  guint n_cells = index->ni * index->nj;
  g_autofree guint *fill = NULL;

  index->offsets[kind] = g_new0 (guint, n_cells + 1);
  index->items[kind] = g_new (guint, MAX (pairs->len, 1));
  for (guint k = 0; k < pairs->len; k++)
    index->offsets[kind][g_array_index (pairs, CellItem, k).cell + 1]++;
  for (guint c = 0; c < n_cells; c++)
    index->offsets[kind][c + 1] += index->offsets[kind][c];
  fill = g_memdup2 (index->offsets[kind], sizeof (guint) * (n_cells + 1));
  for (guint k = 0; k < pairs->len; k++)
    {
      const CellItem *p = &g_array_index (pairs, CellItem, k);

      index->items[kind][fill[p->cell]++] = p->item;
    }
}

static gboolean edge_visible (const TautanSceneEdge *e,
                              const EdgeExtra       *x,
                              const Box             *clip);

static Box
label_cull_box (const TautanSceneNode *n)
{
  /* Ink may pass the logical box a little; then halo and snap. */
  return (Box) { n->label_x - LABEL_CULL_MARGIN, n->label_y - LABEL_CULL_MARGIN,
                 n->label_x + n->label_width + LABEL_CULL_MARGIN,
                 n->label_y + n->label_height + LABEL_CULL_MARGIN };
}

static DrawIndex *
draw_index_build (TautanScene *self)
{
  DrawIndex *index = g_new0 (DrawIndex, 1);
  g_autoptr(GArray) pairs = g_array_new (FALSE, FALSE, sizeof (CellItem));
  gint64 i1, j1;
  guint ci0, cj0, ci1, cj1;

  index->i0 = (gint64)floor (self->origin_x / TAUTAN_TILE_SIZE) - INDEX_MARGIN;
  index->j0 = (gint64)floor (self->origin_y / TAUTAN_TILE_SIZE) - INDEX_MARGIN;
  i1 = (gint64)floor ((self->origin_x + self->view.width) / TAUTAN_TILE_SIZE) + INDEX_MARGIN;
  j1 = (gint64)floor ((self->origin_y + self->view.height) / TAUTAN_TILE_SIZE) + INDEX_MARGIN;
  index->ni = (guint)(i1 - index->i0 + 1);
  index->nj = (guint)(j1 - index->j0 + 1);

  for (guint i = 0; i < self->edges->len; i++)
    {
      const TautanSceneEdge *e = &g_array_index (self->edges, TautanSceneEdge, i);
      const EdgeExtra *x = &self->edge_extra[i];

      if (!x->drawable || !cell_range (self, index, &x->bounds, &ci0, &cj0, &ci1, &cj1))
        continue;
      for (guint cj = cj0; cj <= cj1; cj++)
        for (guint ci = ci0; ci <= ci1; ci++)
          {
            Box box = cell_box (self, index, ci, cj);
            CellItem p = { cj * index->ni + ci, i };

            if (edge_visible (e, x, &box))
              g_array_append_val (pairs, p);
          }
    }
  index_lists (index, INDEX_EDGES, pairs);

  for (guint kind = INDEX_NODES; kind <= INDEX_LABELS; kind++)
    {
      g_array_set_size (pairs, 0);
      for (guint i = 0; i < self->nodes->len; i++)
        {
          const TautanSceneNode *n = &g_array_index (self->nodes, TautanSceneNode, i);
          Box box;

          if (kind == INDEX_LABELS && !n->label_visible)
            continue;
          box = kind == INDEX_NODES ? self->node_extra[i].bounds : label_cull_box (n);
          if (!cell_range (self, index, &box, &ci0, &cj0, &ci1, &cj1))
            continue;
          for (guint cj = cj0; cj <= cj1; cj++)
            for (guint ci = ci0; ci <= ci1; ci++)
              {
                CellItem p = { cj * index->ni + ci, i };

                g_array_append_val (pairs, p);
              }
        }
      index_lists (index, kind, pairs);
    }

  return index;
}

/* The items of @kind that may touch @clip, when @clip is one tile of the
 * index; FALSE means: test them all. */
static gboolean
lookup_cell (TautanScene  *self,
             const Box    *clip,
             guint         kind,
             const guint **items,
             guint        *n_items)
{
  DrawIndex *index = g_atomic_pointer_get (&self->draw_index);
  double cx = (clip->x0 + clip->x1) / 2 + self->origin_x;
  double cy = (clip->y0 + clip->y1) / 2 + self->origin_y;
  gint64 i, j;
  Box box;

  if (clip->x1 - clip->x0 > TAUTAN_TILE_SIZE + 0.5 || clip->y1 - clip->y0 > TAUTAN_TILE_SIZE + 0.5)
    return FALSE;

  if (index == NULL)
    {
      gint64 ni = (gint64)floor ((self->origin_x + self->view.width) / TAUTAN_TILE_SIZE) -
                  (gint64)floor (self->origin_x / TAUTAN_TILE_SIZE) + 2 * INDEX_MARGIN + 1;
      gint64 nj = (gint64)floor ((self->origin_y + self->view.height) / TAUTAN_TILE_SIZE) -
                  (gint64)floor (self->origin_y / TAUTAN_TILE_SIZE) + 2 * INDEX_MARGIN + 1;

      if (ni * nj > INDEX_MAX_CELLS)
        return FALSE;
      g_mutex_lock (&self->draw_mutex);
      if (self->draw_index == NULL)
        g_atomic_pointer_set (&self->draw_index, draw_index_build (self));
      index = self->draw_index;
      g_mutex_unlock (&self->draw_mutex);
    }

  i = (gint64)floor (CLAMP (cx / TAUTAN_TILE_SIZE, -1e15, 1e15)) - index->i0;
  j = (gint64)floor (CLAMP (cy / TAUTAN_TILE_SIZE, -1e15, 1e15)) - index->j0;
  if (i < 0 || j < 0 || i >= (gint64)index->ni || j >= (gint64)index->nj)
    return FALSE;

  /* Only a clip within the cell (as the index built it) may use it. */
  box = cell_box (self, index, (guint)i, (guint)j);
  if (clip->x0 < box.x0 || clip->y0 < box.y0 || clip->x1 > box.x1 || clip->y1 > box.y1)
    return FALSE;

  *items = index->items[kind] + index->offsets[kind][j * index->ni + i];
  *n_items = index->offsets[kind][j * index->ni + i + 1] - index->offsets[kind][j * index->ni + i];
  return TRUE;
}

/* Drawing
 *
 * Measured with cairo 1.16 on 1920x1080, 2,000 nodes and 7,500 edges: one
 * fill per edge (shaft and arrowhead as one polygon) takes 40 ms, one
 * stroke per run of equal edges twice that (the spans compositor walks
 * each run's whole extent), and stroking every label's outline for its
 * halo 100 ms. So on raster targets (image surfaces: the tiles, PNG)
 * edges go through tautan-scene-raster.c, and nodes and labels are drawn
 * once into shared sprites, composited at whole device pixels. Vector
 * targets (SVG, PDF, recordings) get cairo paths: one fill per edge, or
 * one fast stroke per run of thin edges zoomed far out. */

typedef struct
{
  cairo_t         *cr;
  Box              clip;
  int              scale;       /* device pixels per unit, when sprites are used */
  double           offset_x;    /* the target's device offset */
  double           offset_y;
  gboolean         sprites;

  /* Edges straight into the pixels, when the clip is one whole-pixel
   * rectangle of an ARGB32 or RGB24 image. */
  TautanRaster    *raster;
  cairo_surface_t *target;
  guint8          *data;        /* the clip's corner pixel */
  int              stride;
  int              raster_x;    /* the clip, in device pixels */
  int              raster_y;
  int              raster_width;
  int              raster_height;
  double           to_raster_x; /* raster = user * scale + to_raster */
  double           to_raster_y;
} Frame;

/* Where paths go: a cairo context, or the raster in device pixels. */
typedef struct
{
  cairo_t      *cr;
  TautanRaster *raster;
  double        scale;
  double        dx;
  double        dy;
  double        first_x;
  double        first_y;
  double        pen_x;
  double        pen_y;
  gboolean      open;

  /* Thin straight pieces go straight to the pixels in this colour. */
  guint8       *data;
  int           stride;
  guint32       argb;
} Sink;

/* Bands at most this wide, in device pixels, skip the accumulation. */
#define MAX_BAND_WIDTH 4.0

static void
sink_close (Sink *sink)
{
  if (sink->raster == NULL)
    {
      cairo_close_path (sink->cr);
      return;
    }
  if (sink->open)
    _tautan_raster_line (sink->raster, sink->pen_x, sink->pen_y, sink->first_x, sink->first_y);
  sink->open = FALSE;
}

static void
sink_move_to (Sink   *sink,
              double  x,
              double  y)
{
  if (sink->raster == NULL)
    {
      cairo_move_to (sink->cr, x, y);
      return;
    }
  sink_close (sink);
  sink->first_x = sink->pen_x = x * sink->scale + sink->dx;
  sink->first_y = sink->pen_y = y * sink->scale + sink->dy;
  sink->open = TRUE;
}

static void sink_line_to (Sink   *sink,
                          double  x,
                          double  y);

/* A straight piece of a shaft, half @hw wide, butt ends. */
static void
sink_band (Sink   *sink,
           double  x0,
           double  y0,
           double  x1,
           double  y1,
           double  hw)
{
  double dx = x1 - x0, dy = y1 - y0, len = length (dx, dy), nx, ny;

  if (len < 1e-9)
    return;
  if (sink->raster != NULL && 2 * hw * sink->scale <= MAX_BAND_WIDTH)
    {
      _tautan_raster_band (sink->raster, sink->data, sink->stride, sink->argb,
                           x0 * sink->scale + sink->dx, y0 * sink->scale + sink->dy,
                           x1 * sink->scale + sink->dx, y1 * sink->scale + sink->dy,
                           hw * sink->scale);
      return;
    }
  nx = -dy / len * hw;
  ny = dx / len * hw;
  sink_move_to (sink, x0 + nx, y0 + ny);
  sink_line_to (sink, x1 + nx, y1 + ny);
  sink_line_to (sink, x1 - nx, y1 - ny);
  sink_line_to (sink, x0 - nx, y0 - ny);
  sink_close (sink);
}

static void
sink_line_to (Sink   *sink,
              double  x,
              double  y)
{
  if (sink->raster == NULL)
    {
      cairo_line_to (sink->cr, x, y);
      return;
    }
  x = x * sink->scale + sink->dx;
  y = y * sink->scale + sink->dy;
  _tautan_raster_line (sink->raster, sink->pen_x, sink->pen_y, x, y);
  sink->pen_x = x;
  sink->pen_y = y;
}

static guint32
pack_rgba (const TautanRgba *c)
{
  return (guint32)lround (c->alpha * 255) << 24 | (guint32)lround (c->red * 255) << 16 |
         (guint32)lround (c->green * 255) << 8 | (guint32)lround (c->blue * 255);
}

/* Sprites only where compositing one is exact: an image target seen with
 * no more than a translation and a whole device scale. */
static void
frame_init (Frame   *frame,
            cairo_t *cr)
{
  cairo_surface_t *target = cairo_get_target (cr);
  cairo_matrix_t m;
  double sx = 1, sy = 1;

  frame->cr = cr;
  cairo_clip_extents (cr, &frame->clip.x0, &frame->clip.y0, &frame->clip.x1, &frame->clip.y1);
  cairo_get_matrix (cr, &m);
  cairo_surface_get_device_scale (target, &sx, &sy);
  cairo_surface_get_device_offset (target, &frame->offset_x, &frame->offset_y);
  frame->scale = (int)sx;
  frame->sprites = cairo_surface_get_type (target) == CAIRO_SURFACE_TYPE_IMAGE &&
                   m.xx == 1 && m.yy == 1 && m.xy == 0 && m.yx == 0 &&
                   sx == sy && sx == frame->scale && frame->scale >= 1 && frame->scale <= 8;
  frame->raster = NULL;
  frame->target = target;

  if (frame->sprites &&
      (cairo_image_surface_get_format (target) == CAIRO_FORMAT_ARGB32 ||
       cairo_image_surface_get_format (target) == CAIRO_FORMAT_RGB24))
    {
      cairo_rectangle_list_t *list = cairo_copy_clip_rectangle_list (cr);

      if (list->status == CAIRO_STATUS_SUCCESS && list->num_rectangles == 1)
        {
          const cairo_rectangle_t *rect = &list->rectangles[0];
          double tx = 0, ty = 0;
          double x0, y0, x1, y1;

          cairo_user_to_device (cr, &tx, &ty);
          x0 = (rect->x + tx) * frame->scale + frame->offset_x;
          y0 = (rect->y + ty) * frame->scale + frame->offset_y;
          x1 = x0 + rect->width * frame->scale;
          y1 = y0 + rect->height * frame->scale;
          x0 = MAX (x0, 0);
          y0 = MAX (y0, 0);
          x1 = MIN (x1, cairo_image_surface_get_width (target));
          y1 = MIN (y1, cairo_image_surface_get_height (target));

          /* Whole pixels only: the raster cannot clip inside a pixel. */
          if (x1 > x0 && y1 > y0 &&
              x0 == floor (x0) && y0 == floor (y0) && x1 == floor (x1) && y1 == floor (y1) &&
              x1 - x0 < 16384 && y1 - y0 < 16384)
            {
              frame->raster_x = (int)x0;
              frame->raster_y = (int)y0;
              frame->raster_width = (int)(x1 - x0);
              frame->raster_height = (int)(y1 - y0);
              frame->stride = cairo_image_surface_get_stride (target);
              frame->to_raster_x = tx * frame->scale + frame->offset_x - x0;
              frame->to_raster_y = ty * frame->scale + frame->offset_y - y0;
              frame->raster = _tautan_raster_get (frame->raster_width, frame->raster_height);
            }
        }
      cairo_rectangle_list_destroy (list);
    }
}

static void
sink_init (Sink  *sink,
           Frame *frame)
{
  memset (sink, 0, sizeof *sink);
  sink->cr = frame->cr;
  sink->raster = frame->raster;
  sink->scale = frame->scale;
  sink->dx = frame->to_raster_x;
  sink->dy = frame->to_raster_y;
}

/* Composites @sprite with its origin on the device pixel nearest (x, y).
 * cairo_user_to_device() leaves out the surface's device scale and
 * offset, so they are applied here. */
static void
paint_sprite (Frame              *frame,
              const TautanSprite *sprite,
              double              x,
              double              y,
              double              alpha)
{
  cairo_t *cr = frame->cr;

  cairo_user_to_device (cr, &x, &y);
  x = (floor (x * frame->scale + frame->offset_x + 0.5) - sprite->origin_x - frame->offset_x) / frame->scale;
  y = (floor (y * frame->scale + frame->offset_y + 0.5) - sprite->origin_y - frame->offset_y) / frame->scale;
  cairo_device_to_user (cr, &x, &y);
  cairo_set_source_surface (cr, sprite->surface, x, y);
  if (alpha >= 1)
    cairo_paint (cr);
  else
    cairo_paint_with_alpha (cr, alpha);
}

static cairo_surface_t *
new_sprite_surface (int width,
                    int height,
                    int scale)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, MAX (width, 1), MAX (height, 1));

  cairo_surface_set_device_scale (surface, scale, scale);
  return surface;
}

static void
append_edge (cairo_t               *cr,
             const TautanSceneEdge *e,
             const EdgeExtra       *x)
{
  cairo_move_to (cr, e->x0, e->y0);
  if (x->curved)
    /* The quadratic as a cubic: control points 2/3 of the way to (cx, cy). */
    cairo_curve_to (cr,
                    e->x0 + 2.0 / 3 * (e->cx - e->x0), e->y0 + 2.0 / 3 * (e->cy - e->y0),
                    x->ex + 2.0 / 3 * (e->cx - x->ex), x->ey + 2.0 / 3 * (e->cy - x->ey),
                    x->ex, x->ey);
  else
    cairo_line_to (cr, x->ex, x->ey);
}

static void
append_arrow (Sink                  *sink,
              const TautanSceneEdge *e,
              const EdgeExtra       *x)
{
  sink_move_to (sink, e->x1, e->y1);
  sink_line_to (sink, x->ax0, x->ay0);
  sink_line_to (sink, x->ax1, x->ay1);
  sink_close (sink);
}

/* A point of the shaft (x0 → cx → ex) and its unit normal. */
static void
shaft_point (const TautanSceneEdge *e,
             const EdgeExtra       *x,
             double                 t,
             double                *px,
             double                *py,
             double                *nx,
             double                *ny)
{
  double a = (1 - t) * (1 - t), b = 2 * (1 - t) * t, c = t * t;
  double dx = 2 * (1 - t) * (e->cx - e->x0) + 2 * t * (x->ex - e->cx);
  double dy = 2 * (1 - t) * (e->cy - e->y0) + 2 * t * (x->ey - e->cy);
  double len = MAX (length (dx, dy), 1e-9);

  *px = a * e->x0 + b * e->cx + c * x->ex;
  *py = a * e->y0 + b * e->cy + c * x->ey;
  *nx = -dy / len;
  *ny = dx / len;
}

/* The shaft's outline, offset by half the width each side of the curve,
 * with the arrowhead in between: one fill draws the whole edge. */
/* Pieces enough for a quarter-pixel error: a quadratic strays from its
 * chord by b, from n chords by about b / n². */
static guint
shaft_segments (const TautanSceneEdge *e,
                const EdgeExtra       *x)
{
  double dx = x->ex - e->x0, dy = x->ey - e->y0, len = length (dx, dy), bulge;

  if (!x->curved || len < 1)
    return 1;
  bulge = fabs (dx * (e->cy - e->y0) - dy * (e->cx - e->x0)) / len / 2;
  return (guint)CLAMP (ceil (2 * sqrt (bulge)), 2, 32);
}

static void
append_edge_outline (Sink                  *sink,
                     const TautanSceneEdge *e,
                     const EdgeExtra       *x)
{
  double hw = e->width / 2, px, py, nx, ny;
  guint n = shaft_segments (e, x);

  if (n == 1 && sink->raster != NULL && e->width * sink->scale <= MAX_BAND_WIDTH)
    {
      sink_band (sink, e->x0, e->y0, x->ex, x->ey, hw);
      if (x->arrow)
        append_arrow (sink, e, x);
      return;
    }

  for (guint k = 0; k <= n; k++)
    {
      shaft_point (e, x, (double)k / n, &px, &py, &nx, &ny);
      if (k == 0)
        sink_move_to (sink, px + nx * hw, py + ny * hw);
      else
        sink_line_to (sink, px + nx * hw, py + ny * hw);
    }
  if (x->arrow)
    {
      sink_line_to (sink, x->ax0, x->ay0);
      sink_line_to (sink, e->x1, e->y1);
      sink_line_to (sink, x->ax1, x->ay1);
    }
  for (guint k = n + 1; k-- > 0;)
    {
      shaft_point (e, x, (double)k / n, &px, &py, &nx, &ny);
      sink_line_to (sink, px - nx * hw, py - ny * hw);
    }
  sink_close (sink);
}

/* The dashes as quads along the shaft (butt ends, as a dashed stroke
 * would have), the arrowhead after: still one fill for the whole edge,
 * where cairo's dasher and a second fill cost three times as much. */
static void
append_dashed_outline (Sink                  *sink,
                       const TautanSceneEdge *e,
                       const EdgeExtra       *x)
{
  double on = 3 + 2 * e->width, off = 2 + e->width, hw = e->width / 2;
  double ax = e->x0, ay = e->y0, left = on, nx, ny;
  gboolean drawing = TRUE;
  guint n = shaft_segments (e, x);

  for (guint k = 1; k <= n; k++)
    {
      double bx, by, dx, dy, len, pos = 0;

      shaft_point (e, x, (double)k / n, &bx, &by, &nx, &ny);
      dx = bx - ax;
      dy = by - ay;
      len = length (dx, dy);
      if (len > 1e-9)
        {
          double ux = dx / len, uy = dy / len;

          while (pos < len)
            {
              double step = MIN (left, len - pos);

              if (drawing)
                sink_band (sink, ax + ux * pos, ay + uy * pos,
                           ax + ux * (pos + step), ay + uy * (pos + step), hw);
              pos += step;
              left -= step;
              if (left <= 1e-9)
                {
                  drawing = !drawing;
                  left = drawing ? on : off;
                }
            }
        }
      ax = bx;
      ay = by;
    }
  if (x->arrow)
    append_arrow (sink, e, x);
}

static void
set_dash (cairo_t *cr,
          double   width)
{
  double dashes[2] = { 3 + 2 * width, 2 + width };

  cairo_set_dash (cr, dashes, 2, 0);
}

/* On raster targets edges are filled opaque, their alpha blended with the
 * background beforehand: the same colour where they do not cross, and
 * pixman's opaque path is a third faster. */
static guint32
set_edge_source (TautanScene      *self,
                 Frame            *frame,
                 const TautanRgba *color)
{
  const TautanRgba *bg = &self->palette.background;
  TautanRgba c = *color;

  if (frame->sprites)
    {
      c.red = color->alpha * color->red + (1 - color->alpha) * bg->red;
      c.green = color->alpha * color->green + (1 - color->alpha) * bg->green;
      c.blue = color->alpha * color->blue + (1 - color->alpha) * bg->blue;
      c.alpha = 1;
    }
  tautan_rgba_set_source (&c, frame->cr);
  return pack_rgba (&c);
}

/* Far out: thin, arrowless, one fast stroke per run. */
static void
draw_edge_runs (TautanScene *self,
                Frame       *frame,
                gboolean     lit_only)
{
  cairo_t *cr = frame->cr;

  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_FAST);
  for (guint b = 0; b < self->n_edge_batches; b++)
    {
      const Batch *batch = &self->edge_batches[b];
      gboolean any = FALSE;

      if (lit_only && batch->dim)
        continue;

      cairo_new_path (cr);
      for (guint i = batch->start; i < batch->end; i++)
        {
          const TautanSceneEdge *e = &g_array_index (self->edges, TautanSceneEdge, i);
          const EdgeExtra *x = &self->edge_extra[i];

          if (!edge_visible (e, x, &frame->clip))
            continue;
          append_edge (cr, e, x);
          any = TRUE;
        }
      if (!any)
        continue;

      set_edge_source (self, frame, &batch->color);
      cairo_set_line_width (cr, batch->width);
      if (batch->dashed)
        set_dash (cr, batch->width);
      cairo_stroke (cr);
      if (batch->dashed)
        cairo_set_dash (cr, NULL, 0, 0);
    }
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_DEFAULT);
}

static void
draw_edges (TautanScene *self,
            Frame       *frame,
            gboolean     lit_only)
{
  cairo_t *cr = frame->cr;
  const guint *items;
  guint n_items;
  guint8 *data = NULL;
  Sink sink;

  if (self->far && frame->raster == NULL)
    {
      draw_edge_runs (self, frame, lit_only);
      return;
    }

  sink_init (&sink, frame);
  if (frame->raster != NULL)
    {
      cairo_surface_flush (frame->target);
      data = cairo_image_surface_get_data (frame->target) +
             (gsize)frame->raster_y * frame->stride + (gsize)frame->raster_x * 4;
    }

  if (!lookup_cell (self, &frame->clip, INDEX_EDGES, &items, &n_items))
    {
      items = NULL;
      n_items = self->edges->len;
    }
  sink.data = data;
  sink.stride = frame->stride;

  for (guint k = 0, b = 0, current = G_MAXUINT; k < n_items; k++)
    {
      guint i = items != NULL ? items[k] : k;
      const TautanSceneEdge *e = &g_array_index (self->edges, TautanSceneEdge, i);
      const EdgeExtra *x = &self->edge_extra[i];
      const Batch *batch;

      while (i >= self->edge_batches[b].end)
        b++;
      batch = &self->edge_batches[b];
      if ((lit_only && batch->dim) || !edge_visible (e, x, &frame->clip))
        continue;
      if (b != current)
        {
          sink.argb = set_edge_source (self, frame, &batch->color);
          current = b;
        }

      if (batch->dashed)
        append_dashed_outline (&sink, e, x);
      else
        append_edge_outline (&sink, e, x);

      /* One edge at a time, so crossing edges layer as fills would. */
      if (frame->raster != NULL)
        {
          sink_close (&sink);
          _tautan_raster_composite (frame->raster, data, frame->stride, sink.argb);
        }
      else
        cairo_fill (cr);
    }

  if (frame->raster != NULL)
    cairo_surface_mark_dirty_rectangle (frame->target, frame->raster_x, frame->raster_y,
                                        frame->raster_width, frame->raster_height);
}

/* @sprite gets a reference: destroy its surface after use. */
static void
node_sprite (TautanScene           *self,
             Frame                 *frame,
             const TautanSceneNode *node,
             TautanSprite          *sprite)
{
  TautanRenderContext *context = self->context;
  TautanSceneNode at = *node;
  char key[96];
  int half;
  cairo_t *cr;

  g_snprintf (key, sizeof key, "n%d:%ld:%d:%08x:%08x:%d", node->shape, lround (node->radius * 16),
              frame->scale, pack_rgba (&node->fill), pack_rgba (&node->stroke), self->far);
  if (_tautan_render_context_lookup_sprite (context, key, sprite))
    return;

  half = (int)ceil ((_tautan_scene_shape_outer_radius (node->shape, node->radius) + 2) * frame->scale);
  sprite->surface = new_sprite_surface (2 * half, 2 * half, frame->scale);
  sprite->origin_x = sprite->origin_y = half;
  cr = cairo_create (sprite->surface);
  at.x = at.y = (double)half / frame->scale;
  append_shape (cr, &at);
  tautan_rgba_set_source (&node->fill, cr);
  if (self->far)
    cairo_fill (cr);
  else
    {
      cairo_fill_preserve (cr);
      tautan_rgba_set_source (&node->stroke, cr);
      cairo_set_line_width (cr, 1.0);
      cairo_stroke (cr);
    }
  cairo_destroy (cr);

  _tautan_render_context_add_sprite (context, key, sprite);
}

static void
draw_nodes (TautanScene *self,
            Frame       *frame,
            gboolean     lit_only)
{
  cairo_t *cr = frame->cr;
  const guint *items;
  guint n_items;

  if (!lookup_cell (self, &frame->clip, INDEX_NODES, &items, &n_items))
    {
      items = NULL;
      n_items = self->nodes->len;
    }

  for (guint k = 0; k < n_items; k++)
    {
      guint i = items != NULL ? items[k] : k;
      const TautanSceneNode *n = &g_array_index (self->nodes, TautanSceneNode, i);
      const NodeExtra *x = &self->node_extra[i];

      if ((lit_only && x->dim) || !box_intersects (&x->bounds, &frame->clip))
        continue;

      if (frame->sprites)
        {
          TautanSprite sprite;

          node_sprite (self, frame, n, &sprite);
          paint_sprite (frame, &sprite, n->x, n->y, n->alpha);
          cairo_surface_destroy (sprite.surface);
        }
      else
        {
          TautanRgba fill = n->fill, stroke = n->stroke;

          fill.alpha *= n->alpha;
          stroke.alpha *= n->alpha;
          append_shape (cr, n);
          tautan_rgba_set_source (&fill, cr);
          if (self->far)
            cairo_fill (cr);
          else
            {
              cairo_fill_preserve (cr);
              tautan_rgba_set_source (&stroke, cr);
              cairo_set_line_width (cr, 1.0);
              cairo_stroke (cr);
            }
        }
    }
}

/* The label's outline stroked in the halo colour, then filled. */
static void
draw_label_path (cairo_t          *cr,
                 PangoLayout      *layout,
                 double            x,
                 double            y,
                 const TautanRgba *halo,
                 const TautanRgba *text)
{
  cairo_surface_type_t type = cairo_surface_get_type (cairo_get_target (cr));

  cairo_new_path (cr);
  cairo_move_to (cr, x, y);
  pango_cairo_layout_path (cr, layout);
  tautan_rgba_set_source (halo, cr);
  cairo_set_line_width (cr, LABEL_HALO_WIDTH);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  /* In a document the glyphs go as text, so they can be selected and
   * searched; only the halo is an outline. */
  if (type == CAIRO_SURFACE_TYPE_PDF || type == CAIRO_SURFACE_TYPE_PS || type == CAIRO_SURFACE_TYPE_SVG)
    {
      cairo_stroke (cr);
      cairo_move_to (cr, x, y);
      tautan_rgba_set_source (text, cr);
      pango_cairo_show_layout (cr, layout);
    }
  else
    {
      cairo_stroke_preserve (cr);
      tautan_rgba_set_source (text, cr);
      cairo_fill (cr);
    }
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_MITER);
}

/* @sprite gets a reference: destroy its surface after use. */
static void
label_sprite (TautanScene           *self,
              Frame                 *frame,
              const TautanSceneNode *node,
              TautanSprite          *sprite)
{
  TautanRenderContext *context = self->context;
  g_autofree char *key = NULL;
  PangoRectangle ink;
  PangoLayout *layout;
  double margin = LABEL_HALO_WIDTH / 2 + 1;
  int width, height;
  cairo_t *cr;

  key = g_strdup_printf ("l%d:%08x:%08x:%s", frame->scale, pack_rgba (&self->palette.label_halo),
                         pack_rgba (&self->palette.foreground), node->label);
  if (_tautan_render_context_lookup_sprite (context, key, sprite))
    return;

  layout = _tautan_render_context_lock_label (context, node->label);
  pango_layout_get_extents (layout, &ink, NULL);
  sprite->origin_x = (int)ceil ((margin - (double)ink.x / PANGO_SCALE) * frame->scale);
  sprite->origin_y = (int)ceil ((margin - (double)ink.y / PANGO_SCALE) * frame->scale);
  width = sprite->origin_x + (int)ceil (((double)(ink.x + ink.width) / PANGO_SCALE + margin) * frame->scale);
  height = sprite->origin_y + (int)ceil (((double)(ink.y + ink.height) / PANGO_SCALE + margin) * frame->scale);

  sprite->surface = new_sprite_surface (width, height, frame->scale);
  cr = cairo_create (sprite->surface);
  draw_label_path (cr, layout, (double)sprite->origin_x / frame->scale, (double)sprite->origin_y / frame->scale,
                   &self->palette.label_halo, &self->palette.foreground);
  _tautan_render_context_unlock_label (context);
  cairo_destroy (cr);

  _tautan_render_context_add_sprite (context, key, sprite);
}

static void
draw_labels (TautanScene *self,
             Frame       *frame,
             gboolean     lit_only)
{
  cairo_t *cr = frame->cr;
  const guint *items;
  guint n_items;

  if (!lookup_cell (self, &frame->clip, INDEX_LABELS, &items, &n_items))
    {
      items = NULL;
      n_items = self->nodes->len;
    }

  for (guint pass = lit_only ? 1 : 0; pass < 2; pass++)
    {
      gboolean dim = pass == 0;
      TautanRgba halo = self->palette.label_halo;
      TautanRgba text = self->palette.foreground;

      if (dim)
        {
          halo.alpha *= DIM_ALPHA;
          text.alpha *= DIM_ALPHA;
        }

      for (guint k = 0; k < n_items; k++)
        {
          guint i = items != NULL ? items[k] : k;
          const TautanSceneNode *n = &g_array_index (self->nodes, TautanSceneNode, i);
          const NodeExtra *x = &self->node_extra[i];
          Box box;

          if (!n->label_visible || x->dim != dim)
            continue;
          box = label_cull_box (n);
          if (!box_intersects (&box, &frame->clip))
            continue;

          if (frame->sprites)
            {
              TautanSprite sprite;

              label_sprite (self, frame, n, &sprite);
              paint_sprite (frame, &sprite, x->layout_x, x->layout_y, dim ? DIM_ALPHA : 1.0);
              cairo_surface_destroy (sprite.surface);
            }
          else
            {
              draw_label_path (cr, _tautan_render_context_lock_label (self->context, n->label),
                               x->layout_x, x->layout_y, &halo, &text);
              _tautan_render_context_unlock_label (self->context);
            }
        }
    }
}

static void
draw_selection (TautanScene *self,
                Frame       *frame)
{
  cairo_t *cr = frame->cr;
  TautanRgba accent = self->palette.accent;

  if (self->view.selected_source != TAUTAN_NONE)
    for (guint i = 0; i < self->edges->len; i++)
      {
        const TautanSceneEdge *e = &g_array_index (self->edges, TautanSceneEdge, i);
        const EdgeExtra *x = &self->edge_extra[i];
        TautanRgba glow = accent;

        if (!e->selected || !x->drawable || !box_intersects (&x->bounds, &frame->clip))
          continue;
        glow.alpha = 0.5;
        cairo_new_path (cr);
        append_edge (cr, e, x);
        tautan_rgba_set_source (&glow, cr);
        cairo_set_line_width (cr, e->width + 4);
        cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
        cairo_stroke (cr);
        cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
      }

  if (self->view.selected_entity != TAUTAN_NONE)
    {
      const TautanSceneNode *n = tautan_scene_find_node (self, self->view.selected_entity);

      if (n != NULL)
        {
          const NodeExtra *x = &self->node_extra[self->node_of_entity[n->entity]];
          double r = x->outer + 3;
          Box box = { n->x - r - 2, n->y - r - 2, n->x + r + 2, n->y + r + 2 };

          if (box_intersects (&box, &frame->clip))
            {
              cairo_new_path (cr);
              cairo_arc (cr, n->x, n->y, r, 0, 2 * G_PI);
              tautan_rgba_set_source (&accent, cr);
              cairo_set_line_width (cr, 2.5);
              cairo_stroke (cr);
            }
        }
    }
}

/**
 * tautan_scene_draw:
 * @cr: a cairo context whose user space is the view's pixels
 *
 * Draws the background, edges with their arrowheads (dimmed ones first),
 * nodes, labels with their halo, and the selection, skipping whatever lies
 * outside @cr's clip. Safe to call from several threads at once on
 * different cairo contexts.
 */
void
tautan_scene_draw (TautanScene *self,
                   cairo_t     *cr)
{
  Frame frame;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);

  cairo_save (cr);
  frame_init (&frame, cr);
  cairo_set_tolerance (cr, TOLERANCE);

  tautan_rgba_set_source (&self->palette.background, cr);
  cairo_paint (cr);

  draw_edges (self, &frame, FALSE);
  draw_nodes (self, &frame, FALSE);
  draw_labels (self, &frame, FALSE);
  draw_selection (self, &frame);

  cairo_restore (cr);
}

/**
 * tautan_scene_draw_highlight:
 * @cr: a cairo context whose user space is the view's pixels
 *
 * Draws what hover and selection change, on top of a rendering by
 * tautan_scene_draw() of a scene with the same data but no hovered
 * entity: a veil of the background dims everything to the same 25% the
 * full drawing uses, then the hovered node's neighbourhood, its edges and
 * labels are drawn again at full strength, then the selection.
 */
void
tautan_scene_draw_highlight (TautanScene *self,
                             cairo_t     *cr)
{
  Frame frame;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);

  cairo_save (cr);
  frame_init (&frame, cr);
  cairo_set_tolerance (cr, TOLERANCE);

  if (self->hover_node != TAUTAN_NONE)
    {
      TautanRgba veil = self->palette.background;

      veil.alpha = 1 - DIM_ALPHA;
      tautan_rgba_set_source (&veil, cr);
      cairo_paint (cr);

      draw_edges (self, &frame, TRUE);
      draw_nodes (self, &frame, TRUE);
      draw_labels (self, &frame, TRUE);
    }
  draw_selection (self, &frame);

  cairo_restore (cr);
}
