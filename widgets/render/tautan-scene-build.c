/* tautan-scene-build.c: a slice and positions turned into the display list
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Nodes (sized, shaped and coloured), edges (counted by shown type,
 * coloured, laid out by tautan-render-geometry.c) in drawing order and in
 * runs of equal style, labels cut and thinned, and the fingerprint that
 * lets the tile cache keep tiles across a pan. */

#define G_LOG_DOMAIN "tautan-scene"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "tautan-pair-set.h"
#include "tautan-render-context-private.h"
#include "tautan-render-legend-private.h"
#include "tautan-render-text-private.h"
#include "tautan-scene-private.h"

#define LABEL_CELL 64.0

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



/* Least significant 16 bits first, stable, skipping the digits all keys
 * share: a node's key spans 64 bits but few of them vary. */
static void
radix_sort_keys (SortKey *keys,
                 guint    n)
{
  SortKey *tmp = _tautan_scene_pool_alloc (sizeof (SortKey) * MAX (n, 1));
  guint *counts = _tautan_scene_pool_alloc (sizeof (guint) * 65537);
  SortKey *from = keys, *to = tmp;
  guint64 differ = 0;

  for (guint i = 1; i < n; i++)
    differ |= keys[i].key ^ keys[0].key;
  for (guint shift = 0; shift < 64; shift += 16)
    {
      if (((differ >> shift) & 0xffff) == 0)
        continue;
      memset (counts, 0, sizeof (guint) * 65537);
      for (guint i = 0; i < n; i++)
        counts[((from[i].key >> shift) & 0xffff) + 1]++;
      for (guint d = 0; d < 65536; d++)
        counts[d + 1] += counts[d];
      for (guint i = 0; i < n; i++)
        to[counts[(from[i].key >> shift) & 0xffff]++] = from[i];
      {
        SortKey *swap = from;

        from = to;
        to = swap;
      }
    }
  if (from != keys)
    memcpy (keys, from, sizeof *keys * n);
  _tautan_scene_pool_free (counts);
  _tautan_scene_pool_free (tmp);
}

/* Stable, in O(n): a counting sort when the keys are few (they are for
 * edges: dim × colour × width × dash), else a radix sort. As qsort with
 * compare_sort_key() would when @keys come in index order. */
static void
sort_keys (SortKey *keys,
           guint    n)
{
  guint64 max = 0;
  guint *counts;
  SortKey *out;

  for (guint i = 0; i < n; i++)
    max = MAX (max, keys[i].key);
  if (max >= (1u << 20) || max > 16 * (guint64)n + 1024)
    {
      radix_sort_keys (keys, n);
      return;
    }

  counts = _tautan_scene_pool_alloc0 (sizeof (guint) * (max + 2));
  for (guint i = 0; i < n; i++)
    counts[keys[i].key + 1]++;
  for (guint64 k = 0; k <= max; k++)
    counts[k + 1] += counts[k];
  out = _tautan_scene_pool_alloc (sizeof (SortKey) * MAX (n, 1));
  for (guint i = 0; i < n; i++)
    out[counts[keys[i].key]++] = keys[i];
  memcpy (keys, out, sizeof *keys * n);
  _tautan_scene_pool_free (out);
  _tautan_scene_pool_free (counts);
}


/* An edge as the first pass keeps it: what orders it and what its
 * drawing is made from, a fifth of its size. The second pass writes
 * each edge once, in drawing order, so a big scene is never held twice
 * nor shuffled in place. */
typedef struct
{
  guint  source;
  guint  target;
  guint  count;
  guint  color_index;   /* QuadClass, event type, or 256 + TautanChangeKind */
  guint  width_bucket;
  guint  dashed : 1;
  guint  by_type : 1;   /* coloured by its dominant event type */
  guint  focus_dim : 1; /* outside an ego network's focus */
  guint  hover_dim : 1; /* outside the hovered node's neighbourhood */
  guint  reverse : 1;   /* target → source is shown too */
} EdgeBuild;

/* The filtered edge source → target, or NULL: the edges are sorted by
 * (source, target). */
static const TautanSliceEdge *
find_filtered (const TautanFilterEdges *edges,
               guint                    source,
               guint                    target)
{
  guint lo = 0, hi = edges->edges->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      const TautanSliceEdge *e = &g_array_index (edges->edges, TautanSliceEdge, mid);

      if (e->source == source && e->target == target)
        return e;
      if (e->source < source || (e->source == source && e->target < target))
        lo = mid + 1;
      else
        hi = mid;
    }
  return NULL;
}

/* As count_shown_types, for an edge of the composed filter. */
static guint
count_filtered_types (const TautanFilterEdges *edges,
                      const TautanSliceEdge   *edge,
                      TautanTaxonomy          *taxonomy,
                      const TautanTypeMask    *hidden_types,
                      TautanQuadClass         *dominant_quad,
                      guint                   *dominant_type)
{
  const guint32 *pairs = &g_array_index (edges->type_pairs, guint32, edge->type_offset * 2);
  guint quad_counts[TAUTAN_N_QUAD_CLASSES] = { 0 };
  guint total = 0, best = 0;

  *dominant_quad = TAUTAN_QUAD_VERBAL_COOPERATION;
  *dominant_type = 0;
  for (guint t = 0; t < edge->n_types; t++)
    {
      guint type = pairs[2 * t], count = pairs[2 * t + 1];

      if (tautan_type_mask_has (hidden_types, type))
        continue;
      total += count;
      if (type < tautan_taxonomy_get_n_types (taxonomy))
        quad_counts[tautan_taxonomy_get_event_type (taxonomy, type)->quad_class] += count;
      if (count > best)
        {
          best = count;
          *dominant_type = type;
        }
    }
  for (guint q = 1; q < TAUTAN_N_QUAD_CLASSES; q++)
    if (quad_counts[q] > quad_counts[*dominant_quad])
      *dominant_quad = q;
  return total;
}

/* Counts the events of edge @k whose types are not hidden, and finds the
 * dominant QuadClass and type among them, as the slice does for all. */
static guint
count_shown_types (TautanSlice           *slice,
                   TautanTaxonomy        *taxonomy,
                   guint                  k,
                   const TautanSliceEdge *edge,
                   const TautanTypeMask  *hidden_types,
                   TautanQuadClass       *dominant_quad,
                   guint                 *dominant_type)
{
  const guint32 *types, *counts;
  guint quad_counts[TAUTAN_N_QUAD_CLASSES] = { 0 };
  guint total = 0, best = 0;
  guint n_types;

  if (tautan_type_mask_is_empty (hidden_types))
    {
      *dominant_quad = edge->dominant_quad;
      *dominant_type = edge->dominant_type;
      return edge->count;
    }
  n_types = tautan_taxonomy_get_n_types (taxonomy);

  tautan_slice_get_edge_types (slice, k, &types, &counts);
  *dominant_quad = TAUTAN_QUAD_VERBAL_COOPERATION;
  *dominant_type = 0;
  for (guint t = 0; t < edge->n_types; t++)
    {
      if (tautan_type_mask_has (hidden_types, types[t]))
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


/* Edge widths by event count, each worked out once: a log2() and a
 * round() per edge, twice (its run's key, then the edge), were a fifth of
 * a 300,000-edge build's edge passes, for the few counts a graph has.
 * One per pass, as passes run on two threads. */
#define WIDTH_MEMO 1024

typedef struct
{
  double scale;
  double width[WIDTH_MEMO];   /* 0: not made yet (a width is at least 0.5) */
} WidthMemo;

static WidthMemo *
width_memo_new (double scale)
{
  WidthMemo *memo = g_new0 (WidthMemo, 1);

  memo->scale = scale;
  return memo;
}

/* _tautan_render_edge_width (@count, the memo's scale): the same number. */
static inline double
memo_width (WidthMemo *memo,
            guint      count)
{
  if (count >= WIDTH_MEMO)
    return _tautan_render_edge_width (count, memo->scale);
  if (memo->width[count] == 0)
    memo->width[count] = _tautan_render_edge_width (count, memo->scale);
  return memo->width[count];
}

/* The geometry of edge @edge (its box and band are remade from it when
 * asked: _tautan_scene_edge_bounds()). */
static void
edge_geometry (TautanSceneEdge       *edge,
               EdgeExtra             *extra,
               const TautanSceneNode *from,
               const TautanSceneNode *to,
               gboolean               curved,
               gboolean               far,
               double                 scale)
{
  _tautan_render_edge_layout (edge, &extra->shape, from, to, curved, far, scale);
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

/* Whether the segment (@x0, @y0)–(@x1, @y1) meets @box (Liang–Barsky). */
static gboolean
segment_meets_box (double     x0,
                   double     y0,
                   double     x1,
                   double     y1,
                   const Box *box)
{
  double p[4] = { -(x1 - x0), x1 - x0, -(y1 - y0), y1 - y0 };
  double q[4] = { x0 - box->x0, box->x1 - x0, y0 - box->y0, box->y1 - y0 };
  double t0 = 0, t1 = 1;

  for (guint k = 0; k < 4; k++)
    {
      if (p[k] == 0)
        {
          if (q[k] < 0)
            return FALSE;
          continue;
        }
      if (p[k] < 0)
        t0 = MAX (t0, q[k] / p[k]);
      else
        t1 = MIN (t1, q[k] / p[k]);
    }
  return t0 <= t1;
}

typedef struct
{
  const Box *boxes;
  double     x0, y0, x1, y1;
} CrossQuery;

/* A placed label the leader line would cross. */
static gboolean
leader_crosses_cb (guint    item,
                   gpointer data)
{
  CrossQuery *q = data;

  return segment_meets_box (q->x0, q->y0, q->x1, q->y1, &q->boxes[item]);
}

#define BUSIEST_LABELS 5
/* Far out (dots under 2 px) only the busiest this many are offered a
 * label, over the dots (their halo keeps them legible) but never over
 * another label. */
#define FAR_LABELS 150
/* How many rings of spots, each a label's height farther, a label that
 * must show tries before it settles beside its node. */
#define N_LEADER_RINGS 4
/* The largest node's reach, for grid queries around a label. */
#define LABEL_REACH 40.0

/* Distance from (@x, @y) to @box, 0 inside it. */
static inline double
box_distance (const Box *box,
              double     x,
              double     y)
{
  double dx = MAX (MAX (box->x0 - x, 0), x - box->x1);
  double dy = MAX (MAX (box->y0 - y, 0), y - box->y1);

  return sqrt (dx * dx + dy * dy);
}

typedef struct
{
  TautanScene *self;
  guint        own;
  const Box   *label;      /* the label's box, halo room left out */
  double       distance;   /* from its own node's centre */
} NearQuery;

/* Another node the label would cover, or that would sit nearer to it than
 * its own: a label beside the wrong node misleads. */
static gboolean
label_misplaced_cb (guint    item,
                    gpointer data)
{
  NearQuery *q = data;
  const TautanSceneNode *other;

  if (item == q->own)
    return FALSE;
  other = &g_array_index (q->self->nodes, TautanSceneNode, item);
  return box_intersects (q->label, &q->self->node_extra[item].bounds) ||
         box_distance (q->label, other->x, other->y) <= q->distance;
}

/* Another node under the label: its halo would erase it. */
static gboolean
label_covers_cb (guint    item,
                 gpointer data)
{
  NearQuery *q = data;

  return item != q->own && box_intersects (q->label, &q->self->node_extra[item].bounds);
}

/* A label set apart must sit in clear space, a label's height from any
 * other node, and its leader line pass by no other node: else a reader
 * would give it to the wrong one. */
typedef struct
{
  NearQuery    near;
  double       clearance;
  double       x0, y0, x1, y1;   /* the leader line */
} LeaderQuery;

static gboolean
leader_blocked_cb (guint    item,
                   gpointer data)
{
  LeaderQuery *q = data;
  const TautanSceneNode *other;
  double dx, dy, t, px, py, len2;

  if (item == q->near.own)
    return FALSE;
  other = &g_array_index (q->near.self->nodes, TautanSceneNode, item);
  if (box_distance (q->near.label, other->x, other->y) < q->clearance + q->near.self->node_extra[item].outer)
    return TRUE;
  dx = q->x1 - q->x0;
  dy = q->y1 - q->y0;
  len2 = MAX (dx * dx + dy * dy, 1e-9);
  t = CLAMP (((other->x - q->x0) * dx + (other->y - q->y0) * dy) / len2, 0, 1);
  px = q->x0 + t * dx - other->x;
  py = q->y0 + t * dy - other->y;
  return px * px + py * py < (q->near.self->node_extra[item].outer + 2) * (q->near.self->node_extra[item].outer + 2);
}

/* Greedy thinning by importance: the selected and hovered nodes first,
 * then the selection's neighbours, then the busiest. A label goes below its node, else above, right or left of it:
 * where its box (with room for the halo) meets no label already accepted,
 * covers no other node, and no other node is nearer to it; else it is not
 * drawn, but for the selected or hovered node's, which keeps its place
 * below. Placed over the whole graph, not just the viewport, so a panned
 * view shows the same labels. */
static void
place_labels (TautanScene *self)
{
  guint n = self->nodes->len;
  SortKey *order = _tautan_scene_pool_alloc (sizeof (SortKey) * MAX (n, 1));
  Box *boxes = _tautan_scene_pool_alloc (sizeof (Box) * MAX (n, 1));
  guint n_candidates = 0, n_placed, busiest = G_MAXUINT, selected = TAUTAN_NONE, max_count = 0;
  gboolean *beside;   /* per entity: a neighbour of the selection */
  Grid *grid, *node_grid = NULL;

  /* Far out labels go over the dots: no query asks for nodes. */
  if (!self->far)
    {
      node_grid = _tautan_grid_new (LABEL_CELL, MAX (n, 1) * 4);
      for (guint i = 0; i < n; i++)
        _tautan_grid_insert (node_grid, &self->node_extra[i].bounds, i);
    }

  for (guint i = 0; i < n; i++)
    if (g_array_index (self->nodes, TautanSceneNode, i).selected)
      selected = g_array_index (self->nodes, TautanSceneNode, i).entity;
  beside = _tautan_scene_pool_alloc0 (sizeof (gboolean) * MAX (self->n_entities, 1));
  for (guint e = 0; e < self->edges->len && selected != TAUTAN_NONE; e++)
    {
      const TautanSceneEdge *edge = &g_array_index (self->edges, TautanSceneEdge, e);

      if (edge->source == selected && edge->target < self->n_entities)
        beside[edge->target] = TRUE;
      else if (edge->target == selected && edge->source < self->n_entities)
        beside[edge->source] = TRUE;
    }

  for (guint i = 0; i < n; i++)
    max_count = MAX (max_count, self->node_extra[i].count);
  for (guint i = 0; i < n; i++)
    {
      const TautanSceneNode *node = &g_array_index (self->nodes, TautanSceneNode, i);
      const NodeExtra *extra = &self->node_extra[i];
      guint64 flags;

      if (node->label == NULL || node->label[0] == '\0')
        continue;
      /* Selected, hovered, beside the selection, then by count down:
       * as a small number when the counts are (they nearly always are),
       * so one counting pass orders them, not a radix sort's three over
       * the 64 bits a key had. Equal keys keep drawing order either way. */
      flags = (guint64)!node->selected << 2 | (guint64)!extra->hovered << 1 | (guint64)!beside[node->entity];
      if (max_count < (1u << 20))
        order[n_candidates].key = flags * ((guint64)max_count + 1) + (max_count - extra->count);
      else
        order[n_candidates].key = flags << 61 | (guint64)(G_MAXUINT32 - extra->count) << 29;
      order[n_candidates].index = i;
      n_candidates++;
    }
  sort_keys (order, n_candidates);

  /* The busiest few always name themselves: the count of the fifth. */
  if (n_candidates > 0)
    {
      guint top[BUSIEST_LABELS], n_top = 0;

      /* The highest counts, highest first, in one pass. */
      for (guint k = 0; k < n_candidates; k++)
        {
          guint c = self->node_extra[order[k].index].count, at;

          if (n_top == BUSIEST_LABELS && c <= top[n_top - 1])
            continue;
          at = MIN (n_top, BUSIEST_LABELS - 1);
          while (at > 0 && top[at - 1] < c)
            {
              top[at] = top[at - 1];
              at--;
            }
          top[at] = c;
          n_top = MIN (n_top + 1, BUSIEST_LABELS);
        }
      busiest = top[n_top - 1];
    }

  /* Far out only the first FAR_LABELS and those that must show are
   * placed: the grid is sized for them, not for every candidate (its
   * buckets, set anew each build, were 4 MB for 100,000 nodes). Its
   * answers do not depend on its size. */
  n_placed = n_candidates;
  if (self->far)
    {
      guint n_must = 0;

      for (guint k = 0; k < n_candidates; k++)
        {
          const TautanSceneNode *node = &g_array_index (self->nodes, TautanSceneNode, order[k].index);
          const NodeExtra *extra = &self->node_extra[order[k].index];

          n_must += node->selected || extra->hovered || beside[node->entity] ||
                    (extra->count > 0 && extra->count >= busiest);
        }
      n_placed = MIN (n_candidates, FAR_LABELS + n_must);
    }
  grid = _tautan_grid_new (LABEL_CELL, n_placed * 4);
  for (guint k = 0; k < n_candidates; k++)
    {
      guint i = order[k].index;
      TautanSceneNode *node = &g_array_index (self->nodes, TautanSceneNode, i);
      NodeExtra *extra = &self->node_extra[i];
      gboolean must = node->selected || extra->hovered || beside[node->entity] ||
                      (extra->count > 0 && extra->count >= busiest);
      TautanLabelExtents ext;
      double below, clear, w, h, d, spots[8][2];
      gboolean placed = FALSE;
      Box box;

      if (self->far && k >= FAR_LABELS && !must)
        break;

      /* Cleaned now, only for the labels offered a place (build_nodes()). */
      node->label = _tautan_scene_label_text (self, node->label);
      _tautan_render_context_measure_label (self->context, node->label, &ext);
      w = ext.width;
      h = ext.height;
      /* A ring of events with no target is drawn 2 px out: labels clear it (and its line). */
      clear = extra->outer + (node->n_untargeted > 0 ? 3 : 0);
      below = (node->n_untargeted > 0 ? clear : _tautan_render_shape_extent_below (node->shape, node->radius)) + 2;
      /* Top-left corners: below, above, right, left. */
      spots[0][0] = node->x - w / 2;
      spots[0][1] = node->y + below;
      spots[1][0] = node->x - w / 2;
      spots[1][1] = node->y - clear - 2 - h;
      spots[2][0] = node->x + clear + 4;
      spots[2][1] = node->y - h / 2;
      spots[3][0] = node->x - clear - 4 - w;
      spots[3][1] = node->y - h / 2;
      /* Then the corners: below right, below left, above right, above left. */
      d = clear * M_SQRT1_2 + 2;
      spots[4][0] = node->x + d;
      spots[4][1] = node->y + d;
      spots[5][0] = node->x - d - w;
      spots[5][1] = node->y + d;
      spots[6][0] = node->x + d;
      spots[6][1] = node->y - d - h;
      spots[7][0] = node->x - d - w;
      spots[7][1] = node->y - d - h;

      /* Then, for the labels that must show, set apart in the same eight
       * directions, ring after ring farther out (first where the line
       * crosses no label, then anywhere), tied to their node
       * by a leader line, over no other node; last, beside their node even
       * where another node is nearer. Never over another label. */
      node->label_leader = FALSE;
      for (guint s = 0; s < (2 * N_LEADER_RINGS + 2) * G_N_ELEMENTS (spots) && !placed; s++)
        {
          guint phase = s / G_N_ELEMENTS (spots);
          gboolean leader = phase >= 1 && phase <= 2 * N_LEADER_RINGS;
          /* First rings whose line crosses no label, then any line. */
          gboolean strict = phase <= N_LEADER_RINGS;
          const double *spot = spots[s % G_N_ELEMENTS (spots)];
          /* How far a leader moves the spot: away from the node centre. */
          double away = leader ? (phase - 1) % N_LEADER_RINGS + 1 : 0.0;
          double cx = spot[0] + w / 2 - node->x, cy = spot[1] + h / 2 - node->y;
          double len = MAX (hypot (cx, cy), 1e-9);
          double shift = away * (extra->outer + h + 4);
          Box label = { spot[0] + cx / len * shift, spot[1] + cy / len * shift, 0, 0 };
          OverlapQuery query;
          NearQuery near;
          Box reach;

          label.x1 = label.x0 + w;
          label.y1 = label.y0 + h;
          near = (NearQuery) { self, i, &label, box_distance (&label, node->x, node->y) };
          reach = (Box) { label.x0 - near.distance, label.y0 - near.distance,
                          label.x1 + near.distance, label.y1 + near.distance };
          box = (Box) { label.x0 - TAUTAN_LABEL_GAP, label.y0 - TAUTAN_LABEL_GAP,
                        label.x1 + TAUTAN_LABEL_GAP, label.y1 + TAUTAN_LABEL_GAP };
          query.boxes = boxes;
          query.query = &box;
          if (phase > 0 && !must)
            break;
          if (_tautan_grid_query (grid, &box, label_overlaps_cb, &query))
            continue;
          if (phase == 0 && !self->far && _tautan_grid_query (node_grid, &reach, label_misplaced_cb, &near))
            continue;
          if (leader)
            {
              LeaderQuery lq = { near, h, node->x, node->y,
                                 CLAMP (node->x, label.x0, label.x1), CLAMP (node->y, label.y0, label.y1) };
              Box around = { MIN (label.x0, node->x) - h - LABEL_REACH, MIN (label.y0, node->y) - h - LABEL_REACH,
                             MAX (label.x1, node->x) + h + LABEL_REACH, MAX (label.y1, node->y) + h + LABEL_REACH };

              CrossQuery cross = { boxes, lq.x0, lq.y0, lq.x1, lq.y1 };
              Box line = { MIN (lq.x0, lq.x1), MIN (lq.y0, lq.y1), MAX (lq.x0, lq.x1), MAX (lq.y0, lq.y1) };

              if ((!self->far && _tautan_grid_query (node_grid, &around, leader_blocked_cb, &lq)) ||
                  (strict && _tautan_grid_query (grid, &line, leader_crosses_cb, &cross)))
                continue;
            }
          else if (phase > 0 && !self->far && _tautan_grid_query (node_grid, &box, label_covers_cb, &near))
            continue;
          node->label_x = label.x0;
          node->label_y = label.y0;
          node->label_leader = leader;
          placed = TRUE;
        }
      if (!placed)
        {
          node->label_x = spots[0][0];
          node->label_y = spots[0][1];
          box = (Box) { node->label_x - TAUTAN_LABEL_GAP, node->label_y - TAUTAN_LABEL_GAP,
                        node->label_x + w + TAUTAN_LABEL_GAP, node->label_y + h + TAUTAN_LABEL_GAP };
        }
      node->label_width = w;
      node->label_height = h;
      extra->layout_x = node->label_x - ext.x;
      extra->layout_y = node->label_y - ext.y;
      /* No room: not drawn, but for the selection's or the hovered node's,
       * which the user is looking at (placed first, they collide with no
       * label). */
      if (!placed && !node->selected && !extra->hovered)
        continue;

      node->label_visible = TRUE;
      boxes[i] = box;
      _tautan_grid_insert (grid, &box, i);
    }
  _tautan_grid_free (grid);
  g_clear_pointer (&node_grid, _tautan_grid_free);
  _tautan_scene_pool_free (beside);
  _tautan_scene_pool_free (boxes);
  _tautan_scene_pool_free (order);
}

static guint64
mix_color (guint64           h,
           const TautanRgba *c)
{
  return _tautan_scene_mix (h, _tautan_scene_quant (c->red) ^ _tautan_scene_quant (c->green) << 16 ^
                               _tautan_scene_quant (c->blue) << 32 ^ _tautan_scene_quant (c->alpha) << 48);
}

/* The edges' share of the fingerprint, for edges @start..@end: what each
 * is drawn from but its ends. An edge's geometry follows from its nodes'
 * places, sizes and shapes (the nodes' share hashes those), the zoom
 * (which the tile cache compares) and whether it bows (its reverse is
 * shown): hashing its points too, rounded one by one, was a third of a
 * big build's edge pass. */
static guint64
edge_fingerprint (TautanScene *self,
                  guint        start,
                  guint        end)
{
  guint64 h = _tautan_scene_mix (0, end - start);

  for (guint i = start; i < end; i++)
    {
      const TautanSceneEdge *e = &g_array_index (self->edges, TautanSceneEdge, i);

      h = _tautan_scene_mix (h, (guint64)e->source << 32 | e->target);
      h = _tautan_scene_mix (h, _tautan_scene_float_bits (e->width) | (guint64)e->dashed << 40 |
                                (guint64)e->selected << 41 | (guint64)self->edge_extra[i].reverse << 42);
      /* The colour as stored: exact, no rounding needed. */
      h = _tautan_scene_mix (h, (guint64)e->rgb << 32 | _tautan_scene_float_bits (e->alpha));
    }
  return h;
}

/* @edge_hashes: edge_fingerprint() of the first and second half of the
 * edges, as the edge pass made them; NULL: made here. */
static guint64
compute_fingerprint (TautanScene   *self,
                     const guint64 *edge_hashes)
{
  double ox = self->origin_x, oy = self->origin_y;
  guint64 h = _tautan_scene_mix (0, self->nodes->len);

  h = _tautan_scene_mix (h, self->edges->len);
  h = _tautan_scene_mix (h, self->far);
  h = mix_color (h, &self->palette.background);
  h = mix_color (h, &self->palette.foreground);
  h = _tautan_scene_mix (h, GPOINTER_TO_SIZE (self->context));

  for (guint i = 0; i < self->nodes->len; i++)
    {
      const TautanSceneNode *n = &g_array_index (self->nodes, TautanSceneNode, i);

      h = _tautan_scene_mix (h, n->entity);
      h = _tautan_scene_mix (h, _tautan_scene_quant (n->x + ox));
      h = _tautan_scene_mix (h, _tautan_scene_quant (n->y + oy));
      h = _tautan_scene_mix (h, _tautan_scene_quant (n->radius));
      h = _tautan_scene_mix (h, (guint64)n->shape | (guint64)n->label_visible << 8 | (guint64)n->selected << 9);
      h = _tautan_scene_mix (h, _tautan_scene_quant (n->alpha));
      h = mix_color (h, &n->fill);
    }
  /* The edges in two halves, so the two threads of the edge pass each
   * hash theirs while they are in cache. */
  if (edge_hashes != NULL)
    {
      h = _tautan_scene_mix (h, edge_hashes[0]);
      h = _tautan_scene_mix (h, edge_hashes[1]);
    }
  else
    {
      h = _tautan_scene_mix (h, edge_fingerprint (self, 0, self->edges->len / 2));
      h = _tautan_scene_mix (h, edge_fingerprint (self, self->edges->len / 2, self->edges->len));
    }
  return h;
}

/* The text a node's label draws: the entity's name when it is fit to be
 * drawn as it is (nearly always), else a cleaned, shortened copy. */
const char *
_tautan_scene_label_text (TautanScene *self,
                          const char  *name)
{
  g_autofree char *clean = NULL;

  if (name == NULL || _tautan_render_text_is_clean (name, TAUTAN_TEXT_LABEL_MAX, TAUTAN_TEXT_ONE_LINE))
    return name;
  if (self->labels == NULL)
    self->labels = g_string_chunk_new (256);
  clean = _tautan_render_text_clean (name, TAUTAN_TEXT_LABEL_MAX, TAUTAN_TEXT_ONE_LINE);
  return g_string_chunk_insert_const (self->labels, clean);
}

/* Whether @name's cleaned label (_tautan_render_text_clean()) begins
 * with its first character, so is never empty: a label candidate
 * whether cleaned or not. */
static gboolean
label_keeps_first (const char *name)
{
  gunichar c;

  if (name == NULL)
    return FALSE;
  if ((guchar)name[0] < 0x80)
    return (guchar)name[0] > 0x20 && (guchar)name[0] < 0x7F;
  /* Not a line break (a space when cleaned), nor what cleaning leaves out. */
  c = g_utf8_get_char_validated (name, -1);
  return c < 0x110000 && c != 0x2028 && c != 0x2029 && _tautan_render_char_drawable (c);
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
  /* Not zeroed beforehand: each node is, as it is written (24 MB for
   * 100,000 nodes, written twice over). */
  NodeBuild *build = _tautan_scene_pool_alloc (sizeof (NodeBuild) * MAX (n_active, 1));
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
      memset (nb, 0, sizeof *nb);
      nb->kind = MIN ((guint)entity.kind, TAUTAN_N_ENTITY_KINDS - 1);
      nb->node.entity = se->entity;
      nb->node.x = ((double)positions[se->entity].x - view->center_x) * view->zoom + view->width / 2.0;
      nb->node.y = ((double)positions[se->entity].y - view->center_y) * view->zoom + view->height / 2.0;
      nb->node.radius = _tautan_render_node_radius (se->count, self->node_scale);
      nb->node.shape = _tautan_render_shape_for_kind (entity.kind);
      nb->node.fill = self->palette.node_fill[nb->kind];
      nb->node.stroke = self->palette.node_stroke;
      nb->node.alpha = view->fade != NULL ? CLAMP (view->fade[se->entity], 0.0, 1.0) : 1.0;
      /* Checked and cleaned for drawing only when place_labels() offers
       * it a place: far out, a few hundred of a big graph's nodes, where
       * checking every name was a tenth of the build. */
      nb->node.label = label_keeps_first (entity.name) ? entity.name : _tautan_scene_label_text (self, entity.name);
      if (view->focus != NULL && !view->focus[se->entity])
        {
          nb->node.alpha *= TAUTAN_DIM_ALPHA;
          nb->extra.dim = TRUE;
        }
      nb->node.selected = se->entity == view->selected_entity;
      nb->extra.count = se->count;
      nb->extra.hovered = se->entity == view->hover_entity;
      build_of[se->entity] = n++;
    }

  *out_build = build;
  *out_n = n;
}

/* Events with no target have no edge: each marks its actors (a ring, and
 * the count in the tooltip), so what is drawn counts every event. */
static void
count_untargeted (TautanScene *self,
                  TautanSlice *slice,
                  NodeBuild   *build,
                  const guint *build_of)
{
  TautanEvent event;
  guint cursor = 0;
  guint32 index;

  while (_tautan_render_next_untargeted (slice, &self->view.hidden_types, &cursor, &index, &event))
    {
      for (guint a = 0; a < event.n_actors; a++)
        if (event.actors[a] < self->n_entities && build_of[event.actors[a]] != TAUTAN_NONE)
          build[build_of[event.actors[a]]].node.n_untargeted++;
    }
}

/* Edge @i's ends and count: of the first pass's @found, or else of
 * @previous, the scene whose edges this one takes. */
static inline void
edge_ends (const EdgeBuild   *found,
           const TautanScene *previous,
           guint              i,
           guint             *source,
           guint             *target,
           guint             *count)
{
  if (found != NULL)
    {
      *source = found[i].source;
      *target = found[i].target;
      *count = found[i].count;
    }
  else
    {
      const TautanSceneEdge *e = &g_array_index (previous->edges, TautanSceneEdge, i);

      *source = e->source;
      *target = e->target;
      *count = e->count;
    }
}

/* With a type or kind hidden, a node is sized by its shown events (on its
 * drawn edges and its ring), and one with none (it would stand for
 * nothing) goes, unless selected. The edges: @edges, or @previous's. */
static void
drop_orphans (TautanScene           *self,
              NodeBuild             *build,
              guint                 *n_nodes,
              guint                 *build_of,
              const EdgeBuild       *edges,
              const TautanScene     *previous,
              guint                  n_edges)
{
  g_autofree guint *shown = NULL;
  guint n = 0;

  if (tautan_type_mask_is_empty (&self->view.hidden_types) && self->view.hidden_kinds == 0 &&
      self->view.filter_edges == NULL && self->view.changes == NULL && self->view.rollup == NULL)
    return;

  shown = g_new0 (guint, MAX (*n_nodes, 1));
  for (guint i = 0; i < n_edges; i++)
    {
      guint source, target, count;

      edge_ends (edges, previous, i, &source, &target, &count);
      shown[build_of[source]] += count;
      shown[build_of[target]] += count;
    }
  for (guint i = 0; i < *n_nodes; i++)
    {
      guint count = shown[i] + build[i].node.n_untargeted;

      if (count == 0 && !build[i].node.selected)
        {
          build_of[build[i].node.entity] = TAUTAN_NONE;
          continue;
        }
      build[n] = build[i];
      if (count > 0)
        {
          build[n].extra.count = count;
          build[n].node.radius = _tautan_render_node_radius (count, self->node_scale);
        }
      build_of[build[n].node.entity] = n;
      n++;
    }
  *n_nodes = n;
}

/* Nodes in drawing order as compare_node_build() gives it, as @keys'
 * indices into @build: one 64-bit key each (dim, count, entity), sorted
 * in O(n) instead of moving the big NodeBuilds around. */
static void
order_nodes (NodeBuild *build,
             guint      n,
             SortKey   *keys)
{
  gboolean ascending = TRUE;
  guint max_count = 0;

  for (guint i = 0; i < n; i++)
    {
      ascending &= i == 0 || build[i].node.entity > build[i - 1].node.entity;
      max_count = MAX (max_count, build[i].extra.count);
    }
  /* Nodes come in entity order (the slice's), which a stable sort keeps
   * among equal keys: dimming and count alone order them then, as a
   * small number, in one counting pass where the whole key took three
   * radix passes. */
  if (ascending && max_count < (1u << 20))
    {
      for (guint i = 0; i < n; i++)
        {
          keys[i].key = (guint64)!build[i].extra.dim * ((guint64)max_count + 1) + build[i].extra.count;
          keys[i].index = i;
        }
      sort_keys (keys, n);
      return;
    }
  for (guint i = 0; i < n; i++)
    {
      if (build[i].node.entity >= (1u << 31))
        {
          /* Too big to share a key: the slow way, then in place. */
          qsort (build, n, sizeof *build, compare_node_build);
          for (guint k = 0; k < n; k++)
            keys[k] = (SortKey) { k, k };
          return;
        }
      keys[i].key = (guint64)!build[i].extra.dim << 63 | (guint64)build[i].extra.count << 31 |
                    build[i].node.entity;
      keys[i].index = i;
    }
  sort_keys (keys, n);
}

/* Marks the edges whose reverse is shown too. Slices and roll-ups give
 * them sorted by (source, target): the reverse of s → t is then among
 * t's few edges, found without a hash set of them all. */
static void
mark_reverse (EdgeBuild *found,
              guint      n,
              guint      n_entities)
{
  guint *first;

  for (guint i = 1; i < n; i++)
    if (found[i - 1].source > found[i].source ||
        (found[i - 1].source == found[i].source && found[i - 1].target >= found[i].target))
      {
        g_autofree guint64 *pairs = g_new (guint64, n);
        TautanPairSet set;

        for (guint k = 0; k < n; k++)
          pairs[k] = (guint64)found[k].source << 32 | found[k].target;
        _tautan_pair_set_init (&set, pairs, n);
        for (guint k = 0; k < n; k++)
          found[k].reverse = _tautan_pair_set_contains (&set, (guint64)found[k].target << 32 | found[k].source);
        _tautan_pair_set_clear (&set);
        return;
      }

  /* first[s]: the first edge from s or a later source. */
  first = _tautan_scene_pool_alloc (sizeof (guint) * (n_entities + 1));
  for (guint s = 0, i = 0; s <= n_entities; s++)
    {
      while (i < n && found[i].source < s)
        i++;
      first[s] = i;
    }
  /* A hub's edges are many: each edge into it looks for its way back
   * among them by halves, not one by one (a scan was a third of a
   * million-edge build). */
  for (guint i = 0; i < n; i++)
    {
      guint t = found[i].target, s = found[i].source;
      guint lo = first[t], hi = first[t + 1];

      while (lo < hi)
        {
          guint mid = lo + (hi - lo) / 2;

          if (found[mid].target < s)
            lo = mid + 1;
          else
            hi = mid;
        }
      found[i].reverse = lo < first[t + 1] && found[lo].target == s;
    }
  _tautan_scene_pool_free (first);
}

static guint64 edge_fingerprint (TautanScene *self,
                                 guint        start,
                                 guint        end);

/* Past this many edges the edge pass runs on two threads. */
static guint edge_pass_split = 32768;

/* For tests: the threads on small scenes too. Returns the old value. */
guint
_tautan_scene_set_edge_pass_split (guint n_edges)
{
  guint old = edge_pass_split;

  edge_pass_split = n_edges;
  return old;
}

/* What an edge's layout reads of a node, by entity: 32 bytes
 * where a TautanSceneNode is 168, so the edge pass's random reads of
 * 100,000 nodes hit 3 MB, not 17 MB and one page each, with no
 * node_of_entity in between. */
typedef struct
{
  double       x, y;
  double       radius;
  TautanShape  shape;
} NodeAt;

typedef struct
{
  TautanScene     *self;
  TautanTaxonomy  *taxonomy;
  const NodeAt    *at;        /* by entity: the shown nodes' */
  const EdgeBuild *found;
  const SortKey   *keys;      /* drawing order: indices into @found */
  TautanScene     *previous;  /* or NULL; else its edges are taken, in its order */
  guint            start;     /* the range of drawing positions to write */
  guint            end;
  guint64          hash;      /* then: edge_fingerprint() of the range */
} EdgePass;

/* Drawing order visits the EdgeBuilds and their targets' nodes
 * at random: at 300,000 edges each was a cache miss, most of
 * _tautan_render_edge_layout()'s time. So each is asked for ahead: the
 * EdgeBuild 2 × PASS_AHEAD edges on, its ends' NodeAt PASS_AHEAD on. */
#define PASS_AHEAD 8

static inline void
edge_pass_prefetch (const EdgePass *pass,
                    guint           i)
{
#if defined(__GNUC__)
  if (pass->previous != NULL)
    {
      if (i + PASS_AHEAD < pass->end)
        {
          const TautanSceneEdge *p = &g_array_index (pass->previous->edges, TautanSceneEdge, i + PASS_AHEAD);

          __builtin_prefetch (&pass->at[p->source]);
          __builtin_prefetch (&pass->at[p->target]);
        }
      return;
    }
  if (i + 2 * PASS_AHEAD < pass->end)
    __builtin_prefetch (&pass->found[pass->keys[i + 2 * PASS_AHEAD].index]);
  if (i + PASS_AHEAD < pass->end)
    {
      const EdgeBuild *f = &pass->found[pass->keys[i + PASS_AHEAD].index];

      __builtin_prefetch (&pass->at[f->source]);
      __builtin_prefetch (&pass->at[f->target]);
    }
#endif
}

/* The ends as the layout reads them: position, size and shape only. */
static inline void
edge_pass_geometry (const EdgePass  *pass,
                    TautanSceneEdge *e,
                    EdgeExtra       *x,
                    TautanSceneNode *from,
                    TautanSceneNode *to)
{
  from->entity = e->source;
  from->x = pass->at[e->source].x;
  from->y = pass->at[e->source].y;
  from->radius = pass->at[e->source].radius;
  from->shape = pass->at[e->source].shape;
  to->entity = e->target;
  to->x = pass->at[e->target].x;
  to->y = pass->at[e->target].y;
  to->radius = pass->at[e->target].radius;
  to->shape = pass->at[e->target].shape;
  edge_geometry (e, x, from, to, x->reverse, pass->self->far, pass->self->node_scale);
}

/* The edges at drawing positions start..end as @previous has them (same
 * slice, same view but for the camera): all but their geometry, which is
 * made for the new positions and zoom. */
static void
edge_pass_run_after (EdgePass *pass)
{
  TautanScene *self = pass->self;
  TautanSceneEdge *edges = (TautanSceneEdge *)(gpointer)self->edges->data;
  TautanSceneNode from = { 0 }, to = { 0 };

  for (guint i = pass->start; i < pass->end; i++)
    {
      const TautanSceneEdge *p = &g_array_index (pass->previous->edges, TautanSceneEdge, i);
      const EdgeExtra *px = &pass->previous->edge_extra[i];
      TautanSceneEdge *e = &edges[i];
      EdgeExtra *x = &self->edge_extra[i];

      edge_pass_prefetch (pass, i);
      memset (e, 0, sizeof *e);
      memset (x, 0, sizeof *x);
      e->source = p->source;
      e->target = p->target;
      e->count = p->count;
      e->dashed = p->dashed;
      e->selected = p->selected;
      e->width = p->width;
      e->rgb = p->rgb;
      e->alpha = p->alpha;
      x->dim = px->dim;
      x->reverse = px->reverse;
      x->keep_hash = px->keep_hash;
      edge_pass_geometry (pass, e, x, &from, &to);
    }
}

/* Writes the edges at drawing positions start..end, and their geometry:
 * each from its own EdgeBuild, so ranges run apart. */
static void
edge_pass_run (EdgePass *pass)
{
  TautanScene *self = pass->self;
  const TautanView *view = &self->view;
  TautanSceneEdge *edges = (TautanSceneEdge *)(gpointer)self->edges->data;
  TautanSceneNode from = { 0 }, to = { 0 };
  g_autofree WidthMemo *widths = NULL;

  if (pass->previous != NULL)
    {
      edge_pass_run_after (pass);
      return;
    }
  widths = width_memo_new (self->node_scale);
  for (guint i = pass->start; i < pass->end; i++)
    {
      const EdgeBuild *f = &pass->found[pass->keys[i].index];
      TautanSceneEdge *e = &edges[i];
      EdgeExtra *x = &self->edge_extra[i];
      double alpha;

      edge_pass_prefetch (pass, i);
      memset (e, 0, sizeof *e);
      memset (x, 0, sizeof *x);
      e->source = f->source;
      e->target = f->target;
      e->count = f->count;
      e->dashed = f->dashed;
      e->selected = f->source == view->selected_source && f->target == view->selected_target;
      e->width = memo_width (widths, f->count);
      if (view->changes != NULL)
        e->rgb = tautan_change_kind_rgb (f->color_index - 256);
      else if (f->by_type)
        e->rgb = tautan_taxonomy_get_event_type (pass->taxonomy, f->color_index)->color;
      else
        e->rgb = tautan_taxonomy_get_quad_class (pass->taxonomy, f->color_index)->color;
      /* In the order the alpha was always made: focus, fade, hover; in
       * double precision, stored once. */
      alpha = TAUTAN_EDGE_ALPHA;
      if (f->focus_dim)
        alpha *= TAUTAN_DIM_ALPHA;
      /* An edge fades in with the later of its two nodes. */
      if (view->fade != NULL)
        alpha *= CLAMP (MIN (view->fade[f->source], view->fade[f->target]), 0.0, 1.0);
      if (f->hover_dim)
        alpha *= TAUTAN_DIM_ALPHA;
      e->alpha = (float)alpha;
      x->dim = f->focus_dim || f->hover_dim;
      x->reverse = f->reverse;
      x->keep_hash = _tautan_scene_edge_keep_hash (f->source, f->target);
      edge_pass_geometry (pass, e, x, &from, &to);
    }
}

static gpointer
edge_pass_thread (gpointer data)
{
  EdgePass *pass = data;

  edge_pass_run (pass);
  pass->hash = edge_fingerprint (pass->self, pass->start, pass->end);
  return NULL;
}

/* The edges a scene draws among slice edges [start, end), in slice
 * order: what orders and colours them. Big builds run two at once, each
 * writing from found[start] on. */
typedef struct
{
  TautanScene             *self;
  TautanSlice             *slice;
  const TautanFilterEdges *rolled;
  const guint             *build_of;
  EdgeBuild               *found;
  guint                    start;
  guint                    end;
  guint                    n;       /* then: how many found */
} FindPass;

static void
find_edges (FindPass *p)
{
  TautanScene *self = p->self;
  const TautanView *view = &self->view;
  TautanTaxonomy *taxonomy = tautan_dataset_get_taxonomy (self->dataset);
  TautanSlice *slice = p->slice;
  const TautanFilterEdges *rolled = p->rolled;
  const guint *build_of = p->build_of;
  g_autofree WidthMemo *widths = width_memo_new (self->node_scale);
  guint n = 0, n_types = tautan_taxonomy_get_n_types (taxonomy);

  for (guint k = p->start; k < p->end; k++)
    {
      const TautanSliceEdge *se = rolled != NULL ? &g_array_index (rolled->edges, TautanSliceEdge, k)
                                                 : tautan_slice_get_edge (slice, k);
      EdgeBuild *e = &p->found[p->start + n];
      TautanQuadClass quad;
      guint type, count;

      /* A self-loop has no direction to draw. */
      if (se->source == se->target ||
          se->source >= self->n_entities || se->target >= self->n_entities ||
          build_of[se->source] == TAUTAN_NONE || build_of[se->target] == TAUTAN_NONE)
        continue;
      if (view->changes != NULL)
        {
          /* Drawn as large as the edge was at its strongest. */
          const TautanChangeEdge *change = tautan_changes_find (view->changes, se->source, se->target);

          if (change == NULL)
            continue;
          count = MAX (change->count_before, change->count_after);
          e->color_index = 256 + change->kind;
          e->by_type = FALSE;
        }
      else
        {
          if (rolled != NULL)
            count = count_filtered_types (rolled, se, taxonomy, &view->hidden_types, &quad, &type);
          else if (view->filter_edges != NULL)
            {
              const TautanSliceEdge *fe = find_filtered (view->filter_edges, se->source, se->target);

              if (fe == NULL)
                continue;
              count = count_filtered_types (view->filter_edges, fe, taxonomy, &view->hidden_types, &quad, &type);
            }
          else
            count = count_shown_types (slice, taxonomy, k, se, &view->hidden_types, &quad, &type);
          e->by_type = view->color_mode == TAUTAN_EDGE_COLOR_DOMINANT_TYPE && type < n_types;
          e->color_index = e->by_type ? type : (guint)quad;
        }
      if (count == 0)
        continue;

      e->source = se->source;
      e->target = se->target;
      e->count = count;
      /* Imprecise events are not counted by type, so hiding types cannot
       * tell; all-imprecise stays all-imprecise whatever is hidden. */
      e->dashed = se->imprecise >= se->count;
      /* Outside the focus (an ego network): dimmed. */
      e->focus_dim = view->focus != NULL && !(view->focus[se->source] && view->focus[se->target]);
      e->hover_dim = FALSE;
      e->reverse = FALSE;
      e->width_bucket = (guint)_tautan_scene_lround (memo_width (widths, count) * 2);
      n++;
    }
  p->n = n;
}

static gpointer
find_edges_thread (gpointer data)
{
  find_edges (data);
  return NULL;
}

/* The nodes written in drawing order (@keys, from order_nodes()), with
 * where each entity's is for the edges (@at); their scratch freed. */
typedef struct
{
  TautanScene *self;
  NodeBuild   *build;
  guint       *build_of;
  SortKey     *keys;
  guint        n_nodes;
  guint        hover_build;
  NodeAt      *at;         /* then: by entity */
} NodeWrite;

static void
write_nodes (NodeWrite *w)
{
  TautanScene *self = w->self;
  NodeAt *at;

  self->nodes = _tautan_scene_pool_array (sizeof (TautanSceneNode), w->n_nodes);
  self->node_extra = _tautan_scene_pool_alloc (sizeof (NodeExtra) * MAX (w->n_nodes, 1));
  self->node_of_entity = _tautan_scene_pool_alloc (sizeof (guint) * MAX (self->n_entities, 1));
  memset (self->node_of_entity, 0xff, sizeof (guint) * MAX (self->n_entities, 1));
  at = _tautan_scene_pool_alloc (sizeof (NodeAt) * MAX (self->n_entities, 1));
  for (guint i = 0; i < w->n_nodes; i++)
    {
      NodeBuild *nb = &w->build[w->keys[i].index];
      /* Stroke, antialiasing and a sprite's half-pixel snap stay within. */
      double outer = _tautan_render_shape_outer_radius (nb->node.shape, nb->node.radius) + 3;

      g_array_index (self->nodes, TautanSceneNode, i) = nb->node;
      self->node_extra[i] = nb->extra;
      self->node_extra[i].outer = outer - 3;
      self->node_extra[i].bounds = (Box) { nb->node.x - outer, nb->node.y - outer,
                                           nb->node.x + outer, nb->node.y + outer };
      self->node_of_entity[nb->node.entity] = i;
      at[nb->node.entity] = (NodeAt) { nb->node.x, nb->node.y, nb->node.radius, nb->node.shape };
      if (nb->extra.hovered)
        self->hover_node = i;
    }
  if (w->hover_build == TAUTAN_NONE)
    self->hover_node = TAUTAN_NONE;
  w->at = at;
  /* The nodes are written: their scratch goes before the edges' arrays
   * come. */
  _tautan_scene_pool_free (w->keys);
  _tautan_scene_pool_free (w->build);
  _tautan_scene_pool_free (w->build_of);
}

static gpointer
write_nodes_thread (gpointer data)
{
  write_nodes (data);
  return NULL;
}

void
_tautan_scene_build (TautanScene       *self,
                     TautanSlice       *slice,
                     const TautanPoint *positions,
                     TautanScene       *previous)
{
  const TautanView *view = &self->view;
  TautanTaxonomy *taxonomy = tautan_dataset_get_taxonomy (self->dataset);
  NodeBuild *build = NULL;
  guint *build_of;
  EdgeBuild *found = NULL;
  g_autofree gboolean *neighbour = NULL;
  SortKey *keys;
  EdgePass pass, second;
  NodeWrite nodes;
  NodeAt *at;
  GThread *thread, *node_thread;
  guint64 edge_hashes[2];
  guint n_nodes = 0, n_edges = 0, n_slice_edges, hover_build = TAUTAN_NONE;
  guint n_colors = 1, n_widths = 1;
  /* A comparison is drawn actor by actor: it wins over the roll-up. */
  const TautanFilterEdges *rolled = view->rollup != NULL && view->changes == NULL ? view->rollup->edges : NULL;

  n_slice_edges = rolled != NULL ? rolled->edges->len : tautan_slice_get_n_edges (slice);
  _tautan_scene_release_memory (n_slice_edges);

  /* Nodes, first in slice order. */
  build_of = _tautan_scene_pool_alloc (sizeof (guint) * MAX (self->n_entities, 1));
  memset (build_of, 0xff, sizeof (guint) * MAX (self->n_entities, 1));
  if (rolled != NULL)
    _tautan_scene_build_group_nodes (self, slice, positions, &build, &n_nodes, build_of);
  else
    build_nodes (self, slice, positions, &build, &n_nodes, build_of);
  if (view->hover_entity < self->n_entities)
    hover_build = build_of[view->hover_entity];

  /* Edges between shown nodes with some shown event type: first what
   * orders and colours them, unless @previous has them already. */
  if (previous != NULL)
    n_edges = previous->edges->len;
  else
    found = _tautan_scene_pool_alloc (sizeof (EdgeBuild) * MAX (n_slice_edges, 1));
  if (found != NULL)
    {
      FindPass lower = { self, slice, rolled, build_of, found, 0, n_slice_edges / 2, 0 };
      FindPass upper = { self, slice, rolled, build_of, found, n_slice_edges / 2, n_slice_edges, 0 };
      GThread *finder = n_slice_edges >= MAX (edge_pass_split, 2)
                          ? g_thread_try_new ("scene-find", find_edges_thread, &upper, NULL)
                          : NULL;

      find_edges (&lower);
      if (finder != NULL)
        g_thread_join (finder);
      else
        find_edges (&upper);
      memmove (found + lower.n, found + upper.start, sizeof (EdgeBuild) * upper.n);
      n_edges = lower.n + upper.n;
    }

  /* Rings count the events with no target that pass the filter, what
   * a comparison shows included (its window spans both periods). */
  if (rolled != NULL)
    _tautan_scene_count_rings (self, view->rollup->events, build, build_of);
  else if (view->filter_edges != NULL && view->filter_edges->events != NULL)
    _tautan_scene_count_rings (self, view->filter_edges->events, build, build_of);
  else
    count_untargeted (self, slice, build, build_of);
  drop_orphans (self, build, &n_nodes, build_of, found, previous, n_edges);
  if (view->hover_entity < self->n_entities)
    hover_build = build_of[view->hover_entity];

  /* The hovered node's neighbourhood stays lit; the rest dims. */
  if (hover_build != TAUTAN_NONE)
    {
      neighbour = g_new0 (gboolean, MAX (n_nodes, 1));
      neighbour[hover_build] = TRUE;
      for (guint i = 0; i < n_edges; i++)
        {
          guint source, target, count;

          edge_ends (found, previous, i, &source, &target, &count);
          if (source == view->hover_entity)
            neighbour[build_of[target]] = TRUE;
          else if (target == view->hover_entity)
            neighbour[build_of[source]] = TRUE;
          else if (found != NULL)
            found[i].hover_dim = TRUE;
        }
      for (guint i = 0; i < n_nodes; i++)
        if (!neighbour[i])
          {
            build[i].extra.dim = TRUE;
            build[i].node.alpha = TAUTAN_DIM_ALPHA;
          }
    }

  /* Nodes in drawing order: sorted by key, each written once, on a
   * thread of their own in a big scene while this one orders the edges
   * (neither reads what the other writes). */
  nodes = (NodeWrite) { self, build, build_of, NULL, n_nodes, hover_build, NULL };
  nodes.keys = _tautan_scene_pool_alloc (sizeof (SortKey) * MAX (n_nodes, 1));
  order_nodes (build, n_nodes, nodes.keys);
  node_thread = found != NULL && n_edges >= MAX (edge_pass_split, 2)
                  ? g_thread_try_new ("scene-nodes", write_nodes_thread, &nodes, NULL)
                  : NULL;
  if (node_thread == NULL)
    write_nodes (&nodes);
  keys = found != NULL ? _tautan_scene_pool_alloc (sizeof (SortKey) * MAX (n_edges, 1)) : NULL;

  /* Edges in drawing order: dimmed first, then in runs of equal colour,
   * width and dash (one stroke per run when zoomed far out on a vector
   * target). @previous has them in that order already. */
  for (guint i = 0; found != NULL && i < n_edges; i++)
    {
      n_colors = MAX (n_colors, MIN (found[i].color_index, 0xFFFFu) + 1);
      n_widths = MAX (n_widths, MIN (found[i].width_bucket, 0xFFFFu) + 1);
    }
  for (guint i = 0; found != NULL && i < n_edges; i++)
    {
      guint64 key = found[i].focus_dim || found[i].hover_dim;

      key = key * n_colors + MIN (found[i].color_index, 0xFFFFu);
      key = key * n_widths + MIN (found[i].width_bucket, 0xFFFFu);
      keys[i].key = key * 2 + found[i].dashed;
      keys[i].index = i;
    }
  if (found != NULL)
    {
      sort_keys (keys, n_edges);
      /* An edge whose reverse is shown too bows to its own side. */
      mark_reverse (found, n_edges, self->n_entities);
    }
  if (node_thread != NULL)
    g_thread_join (node_thread);
  at = nodes.at;
  /* A big scene's arrays are the build's peak: nothing kept meanwhile. */
  _tautan_scene_release_memory (n_slice_edges);

  /* Then each edge written once, where it is drawn, with its geometry:
   * on two threads for big scenes, each its own range. */
  self->edges = _tautan_scene_pool_array (sizeof (TautanSceneEdge), n_edges);
  self->edge_extra = _tautan_scene_pool_alloc (sizeof (EdgeExtra) * MAX (n_edges, 1));
  pass = (EdgePass) { self, taxonomy, at, found, keys, previous, 0, n_edges / 2, 0 };
  second = (EdgePass) { self, taxonomy, at, found, keys, previous, n_edges / 2, n_edges, 0 };
  thread = n_edges >= MAX (edge_pass_split, 2) ? g_thread_try_new ("scene-edges", edge_pass_thread, &second, NULL)
                                               : NULL;
  edge_pass_thread (&pass);
  if (thread != NULL)
    g_thread_join (thread);
  else
    edge_pass_thread (&second);
  edge_hashes[0] = pass.hash;
  edge_hashes[1] = second.hash;
  _tautan_scene_pool_free (found);
  _tautan_scene_pool_free (at);

  if (previous != NULL)
    {
      /* Same edges in the same order: the same runs. */
      self->n_edge_batches = previous->n_edge_batches;
      self->edge_batches = _tautan_scene_pool_alloc (sizeof (Batch) * MAX (self->n_edge_batches, 1));
      memcpy (self->edge_batches, previous->edge_batches, sizeof (Batch) * MAX (self->n_edge_batches, 1));
    }
  else
    {
      guint n_batches = 0;

      for (guint i = 0; i < n_edges; i++)
        n_batches += i == 0 || keys[i].key != keys[i - 1].key;
      self->edge_batches = _tautan_scene_pool_alloc0 (sizeof (Batch) * MAX (n_batches, 1));
    }
  for (guint i = 0; previous == NULL && i < n_edges; i++)
    {
      const TautanSceneEdge *e = &g_array_index (self->edges, TautanSceneEdge, i);

      if (i == 0 || keys[i].key != keys[i - 1].key)
        {
          Batch *b = &self->edge_batches[self->n_edge_batches++];

          b->start = i;
          b->color = tautan_scene_edge_get_color (e);
          b->width = e->width;
          b->dashed = e->dashed;
          b->dim = self->edge_extra[i].dim;
        }
      self->edge_batches[self->n_edge_batches - 1].end = i + 1;
    }

  _tautan_scene_pool_free (keys);

  place_labels (self);
  self->fingerprint = compute_fingerprint (self, edge_hashes);
  /* Nor is the scratch kept after it: this scene and the one on screen
   * both live until the canvas swaps them. */
  _tautan_scene_release_memory (n_slice_edges);
}
