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

/* Only the viewport (and a margin) is indexed: an edge crossing a view
 * zoomed far in would otherwise fill millions of cells. */
static void
ensure_hit_grids (TautanScene *self)
{
  Box region = { -HIT_MARGIN, -HIT_MARGIN, self->view.width + HIT_MARGIN, self->view.height + HIT_MARGIN };

  if (self->hit_nodes != NULL)
    return;

  self->hit_region = region;
  self->hit_nodes = _tautan_grid_new (HIT_CELL, self->nodes->len * 2);
  for (guint i = 0; i < self->nodes->len; i++)
    {
      const TautanSceneNode *n = &g_array_index (self->nodes, TautanSceneNode, i);
      double r = self->node_extra[i].outer + HIT_NODE_SLOP;
      Box box = { n->x - r, n->y - r, n->x + r, n->y + r };

      if (clamp_to_region (&region, &box))
        _tautan_grid_insert (self->hit_nodes, &box, i);
    }

  self->hit_edges = _tautan_grid_new (HIT_CELL, self->edges->len * 4);
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

      for (guint k = 1; k <= n; k++)
        {
          double bx = e->x1, by = e->y1;
          Box box;

          if (x->shape.curved)
            curve_point (e, (double)k / n, &bx, &by);
          box = (Box) { MIN (ax, bx) - tol, MIN (ay, by) - tol, MAX (ax, bx) + tol, MAX (ay, by) + tol };
          if (clamp_to_region (&region, &box))
            _tautan_grid_insert (self->hit_edges, &box, i);
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
    _tautan_grid_query (self->hit_nodes, &point, hit_node_cb, &q);
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
    _tautan_grid_query (self->hit_edges, &point, hit_edge_cb, &q);
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
