/* tautan-scene-hit.c: what lies under a point of the scene
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Nodes by their shape plus a few pixels, edges by their curve within
 * their width, through grids of the viewport built on the first query. */

#define G_LOG_DOMAIN "tautan-scene"

#include "config.h"

#include "tautan-scene-private.h"

#define HIT_CELL          32.0
#define HIT_NODE_SLOP     3.0
#define HIT_MARGIN        64.0

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

  return scene_length (px - (ax + t * dx), py - (ay + t * dy));
}

static guint
curve_segments (const TautanSceneEdge *e)
{
  double len = scene_length (e->x1 - e->x0, e->y1 - e->y0);

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

  if (!x->shape.curved)
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

/* The edge grid's budget of links, 8 bytes each. An edge is listed in
 * the cells its curve passes near, about 2 for each cell of its length;
 * the million edges of a whole graph fitted to the view would be tens of
 * millions (listed by their boxes, over 64 million: a tooltip over
 * bench-gui's graph grew them to a 1 GB array, the window's peak, in
 * some 3 s of the main thread). Past the budget there is no grid: a
 * query tests every edge, each rejected by its box first, a few
 * milliseconds for a million. */
static guint hit_max_links = 1u << 21;

guint
_tautan_scene_set_hit_max_links (guint n_links)
{
  guint old = hit_max_links;

  hit_max_links = n_links;
  return old;
}

guint
_tautan_scene_get_hit_links (TautanScene *self)
{
  guint n;

  g_mutex_lock (&self->hit_mutex);
  n = self->hit_edges != NULL ? _tautan_grid_get_n_links (self->hit_edges) : 0;
  g_mutex_unlock (&self->hit_mutex);
  return n;
}

/* Lists @item in the cells within @tol of the segment from a to b, inside
 * @region: the segment cut to the region (grown by @tol and a pixel for
 * rounding), then in pieces no longer than a cell, each by its box. A
 * point of the region within @tol of the segment is within @tol of a
 * piece, so in a cell of that piece's box. */
static void
insert_segment (Grid      *grid,
                const Box *region,
                double     ax,
                double     ay,
                double     bx,
                double     by,
                double     tol,
                guint      item)
{
  double dx = bx - ax, dy = by - ay, grow = tol + 1;
  double t0, t1, len;
  guint n;

  if (!_tautan_render_clip_segment (ax, ay, bx, by, region->x0 - grow, region->y0 - grow,
                                    region->x1 + grow, region->y1 + grow, &t0, &t1))
    return;

  len = scene_length (dx, dy) * (t1 - t0);
  n = (guint)MAX (1.0, ceil (len / HIT_CELL));
  for (guint k = 0; k < n; k++)
    {
      double s0 = t0 + (t1 - t0) * k / n, s1 = k + 1 == n ? t1 : t0 + (t1 - t0) * (k + 1) / n;
      double x0 = ax + s0 * dx, y0 = ay + s0 * dy, x1 = ax + s1 * dx, y1 = ay + s1 * dy;
      Box box = { MIN (x0, x1) - tol, MIN (y0, y1) - tol, MAX (x0, x1) + tol, MAX (y0, y1) + tol };

      if (clamp_to_region (region, &box))
        _tautan_grid_insert (grid, &box, item);
    }
}

/* Whether @e may be within its tolerance of a point: its box, grown by
 * the tolerance, holds it (the curve lies in the box). */
static gboolean
edge_may_hit (const TautanSceneEdge *e,
              const EdgeExtra       *x,
              double                 px,
              double                 py)
{
  double tol = edge_tolerance (e);
  Box bounds;

  if (!x->shape.drawable)
    return FALSE;
  _tautan_scene_edge_bounds (e, x, &bounds, NULL);
  return px >= bounds.x0 - tol && px <= bounds.x1 + tol && py >= bounds.y0 - tol && py <= bounds.y1 + tol;
}

/* Only the viewport (and a margin) is indexed: an edge crossing a view
 * zoomed far in would otherwise fill millions of cells. */
static guint
hit_cells (const Box *region)
{
  /* Every distinct cell an insert clamped to the region can touch. */
  return (guint)MIN ((ceil ((region->x1 - region->x0) / HIT_CELL) + 1) *
                     (ceil ((region->y1 - region->y0) / HIT_CELL) + 1), (double)(1u << 24));
}

static void
ensure_hit_nodes (TautanScene *self)
{
  Box region = { -HIT_MARGIN, -HIT_MARGIN, self->view.width + HIT_MARGIN, self->view.height + HIT_MARGIN };

  if (self->hit_nodes != NULL)
    return;

  self->hit_region = region;
  self->hit_nodes = _tautan_grid_new_sized (HIT_CELL, hit_cells (&region), self->nodes->len * 2);
  for (guint i = 0; i < self->nodes->len; i++)
    {
      const TautanSceneNode *n = &g_array_index (self->nodes, TautanSceneNode, i);
      double r = self->node_extra[i].outer + HIT_NODE_SLOP;
      Box box = { n->x - r, n->y - r, n->x + r, n->y + r };

      if (clamp_to_region (&region, &box))
        _tautan_grid_insert (self->hit_nodes, &box, i);
    }
}

/* Apart from the nodes' grid: hover asks for nodes only, and a scene
 * rebuilt at each frame of the layout would pay for edges it never
 * queries (about 50 ms for 30,000 edges). */
static void
ensure_hit_edges (TautanScene *self)
{
  Box region;

  ensure_hit_nodes (self);
  if (self->hit_edges_tried)
    return;
  self->hit_edges_tried = TRUE;
  region = self->hit_region;
  self->hit_edges = _tautan_grid_new_sized (HIT_CELL, hit_cells (&region), MIN (self->edges->len * 4, hit_max_links));
  for (guint i = 0; i < self->edges->len; i++)
    {
      const TautanSceneEdge *e = &g_array_index (self->edges, TautanSceneEdge, i);
      const EdgeExtra *x = &self->edge_extra[i];
      double tol = edge_tolerance (e), ax = e->x0, ay = e->y0;
      guint n = x->shape.curved ? curve_segments (e) : 1;
      Box bounds;

      if (!x->shape.drawable)
        continue;
      _tautan_scene_edge_bounds (e, x, &bounds, NULL);
      bounds.x0 -= tol;
      bounds.y0 -= tol;
      bounds.x1 += tol;
      bounds.y1 += tol;
      if (!box_intersects (&bounds, &region))
        continue;

      /* The pieces hit_edge_cb() measures the distance to. */
      for (guint k = 1; k <= n; k++)
        {
          double bx = e->x1, by = e->y1;

          if (x->shape.curved)
            curve_point (e, (double)k / n, &bx, &by);
          insert_segment (self->hit_edges, &region, ax, ay, bx, by, tol, i);
          ax = bx;
          ay = by;
        }
      /* Given up as soon as the edges so far say the budget will not do
       * (they come in drawing order, not by place). */
      if (_tautan_grid_get_n_links (self->hit_edges) > hit_max_links ||
          ((i + 1) % 1024 == 0 &&
           (guint64)_tautan_grid_get_n_links (self->hit_edges) * self->edges->len > (guint64)hit_max_links * 4 * (i + 1)))
        {
          g_clear_pointer (&self->hit_edges, _tautan_grid_free);
          break;
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
      scene_length (q->x - n->x, q->y - n->y) <= q->scene->node_extra[i].outer + HIT_NODE_SLOP)
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

  if (!x->shape.drawable)
    return FALSE;
  d = edge_distance (e, x, q->x, q->y);
  if (d <= edge_tolerance (e) && (d < q->best_distance || (d == q->best_distance && i > q->best)))
    {
      q->best = i;
      q->best_distance = d;
    }
  return FALSE;
}

/* The topmost node near @q's point, into q->best; whether the point lies in
 * the grids' region. */
static gboolean
hit_nodes (TautanScene *self,
           HitQuery    *q)
{
  Box point = { q->x, q->y, q->x, q->y };
  gboolean indexed;

  g_mutex_lock (&self->hit_mutex);
  ensure_hit_nodes (self);
  g_mutex_unlock (&self->hit_mutex);

  indexed = q->x >= self->hit_region.x0 && q->x < self->hit_region.x1 &&
            q->y >= self->hit_region.y0 && q->y < self->hit_region.y1;

  if (indexed)
    _tautan_grid_query (self->hit_nodes, &point, hit_node_cb, q);
  else
    for (guint i = 0; i < self->nodes->len; i++)
      hit_node_cb (i, q);

  return indexed;
}

/**
 * tautan_scene_hit_test_node:
 * @x: view pixels
 * @y: view pixels
 * @entity: (out): the node's entity
 *
 * Finds the topmost node within a few pixels of its shape at @x, @y. Hover
 * and drags ask this, not tautan_scene_hit_test (): past the edge grid's
 * budget (a million edges) an edge query tests every edge, too slow for
 * each motion event.
 *
 * Returns: whether a node was hit
 */
gboolean
tautan_scene_hit_test_node (TautanScene *self,
                            double       x,
                            double       y,
                            guint       *entity)
{
  HitQuery q = { self, x, y, TAUTAN_NONE, G_MAXDOUBLE };

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (entity != NULL, FALSE);

  *entity = TAUTAN_NONE;
  hit_nodes (self, &q);
  if (q.best == TAUTAN_NONE)
    return FALSE;
  *entity = g_array_index (self->nodes, TautanSceneNode, q.best).entity;
  return TRUE;
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

  indexed = hit_nodes (self, &q);
  if (q.best != TAUTAN_NONE)
    {
      hit->kind = TAUTAN_HIT_NODE;
      hit->entity = g_array_index (self->nodes, TautanSceneNode, q.best).entity;
      return TRUE;
    }

  g_mutex_lock (&self->hit_mutex);
  ensure_hit_edges (self);
  g_mutex_unlock (&self->hit_mutex);

  /* No grid for the edges: too many for its budget. */
  if (indexed && self->hit_edges != NULL)
    _tautan_grid_query (self->hit_edges, &point, hit_edge_cb, &q);
  else
    for (guint i = 0; i < self->edges->len; i++)
      if (edge_may_hit (&g_array_index (self->edges, TautanSceneEdge, i), &self->edge_extra[i], x, y))
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
