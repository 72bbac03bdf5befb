/* tautan-scene-index.c: which items of a scene may touch each tile
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-scene"

#include "config.h"

#include <math.h>
#include <string.h>

#include "tautan/tautan-tile-cache.h"

#include "tautan-scene-private.h"

#define LABEL_CULL_MARGIN 6.0

/* Per-tile lists
 *
 * A tile covers one cell of the world's 256-pixel grid; without these
 * lists every tile would test every edge, node and label of the graph
 * (4 million box tests a frame for 50,000 edges). Built once per scene by
 * the first thread to draw a tile, for the view and two tiles around it;
 * each list keeps drawing order. */

#define INDEX_MARGIN    2
#define INDEX_MAX_CELLS 4096
#define DRAW_RECORDS_MAX_EDGES 400000

struct _DrawIndex
{
  gint64  i0;             /* first cell, in world tiles */
  gint64  j0;
  guint   ni;
  guint   nj;
  guint  *offsets[N_INDEX_KINDS];  /* ni * nj + 1 each */
  guint  *items[N_INDEX_KINDS];
  DrawEdge *edges;        /* per edge, for drawing tiles */
  DrawNode *nodes;        /* and per node */
  /* The tile signatures' share of each edge, node and run of edges,
   * hashed once each while the lists are made, where each tile hashed
   * its items anew from their edges and extras (six cache lines each, at
   * random): a 100,000-node frame spent as long on that as on drawing
   * its edges. */
  guint64 *edge_sigs;
  guint64 *node_sigs;
  guint64 *batch_sigs;
  gboolean discard;       /* a big scene's: blocks back to the system, not the pool */
};

typedef struct
{
  guint cell;
  guint item;
} CellItem;

void
_tautan_scene_draw_index_free (DrawIndex *index)
{
  void (*pool_free) (gpointer) = index->discard ? _tautan_scene_pool_discard : _tautan_scene_pool_free;

  for (guint k = 0; k < N_INDEX_KINDS; k++)
    {
      g_free (index->offsets[k]);
      pool_free (index->items[k]);
    }
  pool_free (index->edges);
  pool_free (index->nodes);
  pool_free (index->edge_sigs);
  pool_free (index->node_sigs);
  g_free (index->batch_sigs);
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

/* Turns (cell, item) pairs, items ascending through @pairs then
 * @more (NULL: none), into per-cell lists. */
static void
index_lists (DrawIndex *index,
             guint      kind,
             GArray    *pairs,
             GArray    *more)
{
  guint n_cells = index->ni * index->nj, n_pairs = pairs->len + (more != NULL ? more->len : 0);
  g_autofree guint *fill = NULL;

  index->offsets[kind] = g_new0 (guint, n_cells + 1);
  index->items[kind] = _tautan_scene_pool_alloc (sizeof (guint) * MAX (n_pairs, 1));
  for (guint a = 0; a < 2; a++)
    {
      GArray *from = a == 0 ? pairs : more;

      for (guint k = 0; from != NULL && k < from->len; k++)
        index->offsets[kind][g_array_index (from, CellItem, k).cell + 1]++;
    }
  for (guint c = 0; c < n_cells; c++)
    index->offsets[kind][c + 1] += index->offsets[kind][c];
  fill = g_memdup2 (index->offsets[kind], sizeof (guint) * (n_cells + 1));
  for (guint a = 0; a < 2; a++)
    {
      GArray *from = a == 0 ? pairs : more;

      for (guint k = 0; from != NULL && k < from->len; k++)
        {
          const CellItem *p = &g_array_index (from, CellItem, k);

          index->items[kind][fill[p->cell]++] = p->item;
        }
    }
}

Box
_tautan_scene_label_cull_box (const TautanSceneNode *n)
{
  /* Ink may pass the logical box a little; then halo and snap. */
  Box box = { n->label_x - LABEL_CULL_MARGIN, n->label_y - LABEL_CULL_MARGIN,
              n->label_x + n->label_width + LABEL_CULL_MARGIN,
              n->label_y + n->label_height + LABEL_CULL_MARGIN };

  if (n->label_leader)
    {
      box.x0 = MIN (box.x0, n->x - LABEL_CULL_MARGIN);
      box.y0 = MIN (box.y0, n->y - LABEL_CULL_MARGIN);
      box.x1 = MAX (box.x1, n->x + LABEL_CULL_MARGIN);
      box.y1 = MAX (box.y1, n->y + LABEL_CULL_MARGIN);
    }
  return box;
}

gboolean
_tautan_scene_label_leader (const TautanSceneNode *n,
                            double                *x0,
                            double                *y0,
                            double                *x1,
                            double                *y1)
{
  double outer, dx, dy, len;

  if (!n->label_visible || !n->label_leader)
    return FALSE;

  *x1 = CLAMP (n->x, n->label_x, n->label_x + n->label_width);
  *y1 = CLAMP (n->y, n->label_y, n->label_y + n->label_height);
  dx = *x1 - n->x;
  dy = *y1 - n->y;
  len = hypot (dx, dy);
  outer = _tautan_render_shape_outer_radius (n->shape, n->radius) + 1;
  if (len <= outer)
    return FALSE;
  *x0 = n->x + dx / len * outer;
  *y0 = n->y + dy / len * outer;
  return TRUE;
}

static guint64 sig_edge  (guint64            h,
                          const TautanScene *self,
                          guint              i);
static guint64 sig_node  (guint64            h,
                          const TautanScene *self,
                          guint              i);
static guint64 sig_batch (const Batch       *batch);

/* The (cell, edge) pairs of edges start..end, in drawing order. */
typedef struct
{
  TautanScene     *self;
  DrawIndex       *index;
  guint            start;
  guint            end;
  GArray          *pairs;
} EdgeCells;

static gpointer
edge_cells_run (gpointer data)
{
  EdgeCells *job = data;
  TautanScene *self = job->self;
  DrawIndex *index = job->index;
  guint ci0, cj0, ci1, cj1;

  for (guint i = job->start; i < job->end; i++)
    {
      const TautanSceneEdge *e = &g_array_index (self->edges, TautanSceneEdge, i);
      const EdgeExtra *x = &self->edge_extra[i];
      Box bounds;

      if (index->edges != NULL)
        index->edges[i] = (DrawEdge) { e->x0, e->y0, x->shape.ex, x->shape.ey, e->cx, e->cy, e->width, x->keep_hash,
                                       x->shape.drawable, x->shape.curved, x->shape.arrow, e->selected };
      if (!x->shape.drawable)
        continue;
      _tautan_scene_edge_bounds (e, x, &bounds, NULL);
      if (!cell_range (self, index, &bounds, &ci0, &cj0, &ci1, &cj1))
        continue;
      /* Only what some list holds is ever hashed: zoomed in on a big
       * graph, most edges are in none. */
      index->edge_sigs[i] = sig_edge (0, self, i);
      for (guint cj = cj0; cj <= cj1; cj++)
        for (guint ci = ci0; ci <= ci1; ci++)
          {
            Box box = cell_box (self, index, ci, cj);
            CellItem p = { cj * index->ni + ci, i };

            if (_tautan_scene_edge_visible (e, x, &box))
              g_array_append_val (job->pairs, p);
          }
    }
  return NULL;
}

/* Past this many edges, the second half of them is indexed on
 * a thread of its own (the first tile's; the other tile thread waits for
 * the index): 300,000 edges took some 30 ms, the whole frame waiting. */
static guint index_split = 32768;

guint
_tautan_scene_set_index_split (guint n_edges)
{
  guint old = index_split;

  index_split = n_edges;
  return old;
}

static DrawIndex *
draw_index_build (TautanScene *self)
{
  DrawIndex *index = g_new0 (DrawIndex, 1);
  /* Most edges touch a cell or two: room for that many from the pool, so
   * the first tile's wait does not grow and fault in a fresh array. */
  guint n_edges = self->edges->len, half = n_edges >= MAX (index_split, 2) ? n_edges / 2 : n_edges;
  GArray *pairs = _tautan_scene_pool_array (sizeof (CellItem), half * 2), *nodes;
  GArray *more = half < n_edges ? _tautan_scene_pool_array (sizeof (CellItem), (n_edges - half) * 2) : NULL;
  EdgeCells first, second = { NULL, NULL, 0, 0, NULL };
  GThread *thread = NULL;
  gint64 i1, j1;
  guint ci0, cj0, ci1, cj1;

  index->discard = _tautan_scene_is_big (self);
  index->i0 = (gint64)floor (self->origin_x / TAUTAN_TILE_SIZE) - INDEX_MARGIN;
  index->j0 = (gint64)floor (self->origin_y / TAUTAN_TILE_SIZE) - INDEX_MARGIN;
  i1 = (gint64)floor ((self->origin_x + self->view.width) / TAUTAN_TILE_SIZE) + INDEX_MARGIN;
  j1 = (gint64)floor ((self->origin_y + self->view.height) / TAUTAN_TILE_SIZE) + INDEX_MARGIN;
  index->ni = (guint)(i1 - index->i0 + 1);
  index->nj = (guint)(j1 - index->j0 + 1);
  /* Records only far out, where tiles draw from them, and not for the
   * biggest scenes: a window of a million edges keeps two scenes alive
   * while its layout settles, and 64 bytes an edge each raised the real
   * window's peak more than the records win there. */
  if (self->far && n_edges <= DRAW_RECORDS_MAX_EDGES)
    index->edges = _tautan_scene_pool_alloc (sizeof (DrawEdge) * MAX (n_edges, 1));
  index->edge_sigs = _tautan_scene_pool_alloc (sizeof (guint64) * MAX (n_edges, 1));
  index->node_sigs = _tautan_scene_pool_alloc (sizeof (guint64) * MAX (self->nodes->len, 1));
  index->batch_sigs = g_new (guint64, MAX (self->n_edge_batches, 1));
  for (guint b = 0; b < self->n_edge_batches; b++)
    index->batch_sigs[b] = sig_batch (&self->edge_batches[b]);
  g_array_set_size (pairs, 0);

  first = (EdgeCells) { self, index, 0, half, pairs };
  if (more != NULL)
    {
      g_array_set_size (more, 0);
      second = (EdgeCells) { self, index, half, n_edges, more };
      thread = g_thread_try_new ("scene-index", edge_cells_run, &second, NULL);
    }
  edge_cells_run (&first);

  /* Nodes and labels while the other half of the edges is indexed. */
  if (self->far)
    index->nodes = _tautan_scene_pool_alloc (sizeof (DrawNode) * MAX (self->nodes->len, 1));
  for (guint i = 0; self->far && i < self->nodes->len; i++)
    {
      const TautanSceneNode *n = &g_array_index (self->nodes, TautanSceneNode, i);

      index->nodes[i] = (DrawNode) { n->x, n->y, _tautan_scene_pack_rgba (&n->fill), _tautan_scene_pack_rgba (&n->stroke),
                                     _tautan_scene_node_form (n), n->alpha >= 1, self->node_extra[i].dim };
    }
  nodes = _tautan_scene_pool_array (sizeof (CellItem), self->nodes->len);
  for (guint kind = INDEX_NODES; kind <= INDEX_LABELS; kind++)
    {
      g_array_set_size (nodes, 0);
      for (guint i = 0; i < self->nodes->len; i++)
        {
          const TautanSceneNode *n = &g_array_index (self->nodes, TautanSceneNode, i);
          Box box;

          if (kind == INDEX_LABELS && !n->label_visible)
            continue;
          box = kind == INDEX_NODES ? self->node_extra[i].bounds : _tautan_scene_label_cull_box (n);
          if (!cell_range (self, index, &box, &ci0, &cj0, &ci1, &cj1))
            continue;
          /* A label's box may reach a cell its node's does not; the
           * labels shown are few. */
          index->node_sigs[i] = sig_node (0, self, i);
          for (guint cj = cj0; cj <= cj1; cj++)
            for (guint ci = ci0; ci <= ci1; ci++)
              {
                CellItem p = { cj * index->ni + ci, i };

                g_array_append_val (nodes, p);
              }
        }
      index_lists (index, kind, nodes, NULL);
    }
  _tautan_scene_pool_free_array (nodes);

  if (thread != NULL)
    g_thread_join (thread);
  else if (more != NULL)
    edge_cells_run (&second);
  index_lists (index, INDEX_EDGES, pairs, more);
  /* A big scene's scratch would stay in the pool beside two scenes. */
  if (index->discard)
    {
      _tautan_scene_pool_discard_array (more);
      _tautan_scene_pool_discard_array (pairs);
    }
  else
    {
      _tautan_scene_pool_free_array (more);
      _tautan_scene_pool_free_array (pairs);
    }
  return index;
}

void
_tautan_scene_drop_draw_index (TautanScene *self)
{
  DrawIndex *index;

  g_mutex_lock (&self->draw_mutex);
  index = self->draw_index;
  g_atomic_pointer_set (&self->draw_index, NULL);
  g_mutex_unlock (&self->draw_mutex);
  g_clear_pointer (&index, _tautan_scene_draw_index_free);
}

/* Tests: whether the per-tile lists are made. */
gboolean
_tautan_scene_has_draw_index (TautanScene *self)
{
  return g_atomic_pointer_get (&self->draw_index) != NULL;
}

gboolean
_tautan_scene_lookup_cell (TautanScene  *self,
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

const DrawEdge *
_tautan_scene_get_draw_edges (TautanScene *self)
{
  DrawIndex *index = g_atomic_pointer_get (&self->draw_index);

  return index != NULL ? index->edges : NULL;
}

const DrawNode *
_tautan_scene_get_draw_nodes (TautanScene *self)
{
  DrawIndex *index = g_atomic_pointer_get (&self->draw_index);

  return index != NULL ? index->nodes : NULL;
}

/* Tile signatures
 *
 * A timeline step changes a few edges and nodes of a big graph: most tiles
 * would draw the same pixels again. A tile's signature hashes what drawing
 * it reads: the scene-wide state (palette, fonts, density shading, the
 * selection), then each item of its lists, in drawing order, in world
 * pixels (rounded as the fingerprint rounds them, so a panned scene's tile
 * keeps its key). Two tiles with the same signature draw the same pixels. */

/* Colours and other fractions exactly: they are never rounded anew. */
static inline guint64
sig_double (double v)
{
  guint64 bits;

  v += 0.0;   /* -0 as 0 */
  memcpy (&bits, &v, sizeof bits);
  return bits;
}

static guint64
sig_color (guint64           h,
           const TautanRgba *c)
{
  h = _tautan_scene_mix (h, sig_double (c->red));
  h = _tautan_scene_mix (h, sig_double (c->green));
  h = _tautan_scene_mix (h, sig_double (c->blue));
  return _tautan_scene_mix (h, sig_double (c->alpha));
}

static guint64
sig_point (guint64            h,
           const TautanScene *self,
           double             x,
           double             y)
{
  return _tautan_scene_mix (h, _tautan_scene_quant (x + self->origin_x) ^ _tautan_scene_quant (y + self->origin_y) << 1);
}

static guint64
sig_edge (guint64            h,
          const TautanScene *self,
          guint              i)
{
  const TautanSceneEdge *e = &g_array_index (self->edges, TautanSceneEdge, i);
  const EdgeExtra *x = &self->edge_extra[i];
  const TautanEdgeShape *s = &x->shape;

  h = _tautan_scene_mix (h, (guint64)e->source << 32 | e->target);
  h = sig_point (h, self, e->x0, e->y0);
  h = sig_point (h, self, e->cx, e->cy);
  h = sig_point (h, self, e->x1, e->y1);
  h = sig_point (h, self, s->ex, s->ey);
  h = sig_point (h, self, s->ax0, s->ay0);
  h = sig_point (h, self, s->ax1, s->ay1);
  h = _tautan_scene_mix (h, sig_double (e->width));
  h = _tautan_scene_mix (h, (guint64)e->rgb << 32 | _tautan_scene_float_bits (e->alpha));
  return _tautan_scene_mix (h, (guint64)s->drawable | (guint64)s->curved << 1 | (guint64)s->arrow << 2 |
                     (guint64)e->dashed << 3 | (guint64)e->selected << 4 | (guint64)x->dim << 5 |
                     (guint64)x->reverse << 6 | (guint64)x->keep_hash << 32);
}

static guint64
sig_node (guint64            h,
          const TautanScene *self,
          guint              i)
{
  const TautanSceneNode *n = &g_array_index (self->nodes, TautanSceneNode, i);
  const NodeExtra *x = &self->node_extra[i];

  h = _tautan_scene_mix (h, n->entity);
  h = sig_point (h, self, n->x, n->y);
  h = _tautan_scene_mix (h, sig_double (n->radius));
  h = sig_color (h, &n->fill);
  h = sig_color (h, &n->stroke);
  h = _tautan_scene_mix (h, sig_double (n->alpha));
  h = _tautan_scene_mix (h, (guint64)n->shape | (guint64)(n->label_visible != 0) << 8 |
                  (guint64)(n->label_leader != 0) << 9 | (guint64)(n->selected != 0) << 10 |
                  (guint64)x->hovered << 11 | (guint64)x->dim << 12);
  h = _tautan_scene_mix (h, (guint64)n->n_untargeted << 32 | n->n_members);
  h = _tautan_scene_mix (h, sig_double (x->outer));
  if (n->label_visible)
    {
      h = _tautan_scene_mix (h, n->label != NULL ? g_str_hash (n->label) : 0);
      h = sig_point (h, self, n->label_x, n->label_y);
      h = sig_point (h, self, n->label_x + n->label_width, n->label_y + n->label_height);
      h = sig_point (h, self, x->layout_x, x->layout_y);
    }
  return h;
}

/* A run's look: colour, width, dash and dimming. */
static guint64
sig_batch (const Batch *batch)
{
  guint64 h = _tautan_scene_mix (0, (guint64)batch->dashed << 1 | (guint64)batch->dim << 2);

  h = sig_color (h, &batch->color);
  return _tautan_scene_mix (h, sig_double (batch->width));
}

/* What every tile of @self depends on, whatever lies in it. */
static guint64
sig_scene (TautanScene *self)
{
  const TautanPalette *p = &self->palette;
  guint64 h = _tautan_scene_mix (0, GPOINTER_TO_SIZE (self->context));

  h = sig_color (h, &p->background);
  h = sig_color (h, &p->foreground);
  h = sig_color (h, &p->dim);
  h = sig_color (h, &p->accent);
  for (guint k = 0; k < G_N_ELEMENTS (p->node_fill); k++)
    h = sig_color (h, &p->node_fill[k]);
  h = sig_color (h, &p->node_stroke);
  h = sig_color (h, &p->label_halo);
  h = _tautan_scene_mix (h, sig_double (self->node_scale));
  h = _tautan_scene_mix (h, self->far);
  if (self->far)
    {
      /* Density shading: one factor and one sample for the whole scene. */
      h = _tautan_scene_mix (h, sig_double (_tautan_scene_get_edge_gain (self, FALSE)));
      h = _tautan_scene_mix (h, sig_double (_tautan_scene_get_edge_gain (self, TRUE)));
      h = _tautan_scene_mix (h, self->edge_keep);
    }

  /* The selection's glow and ring are drawn past the lists' boxes. */
  h = _tautan_scene_mix (h, (guint64)self->view.selected_source << 32 | self->view.selected_target);
  h = _tautan_scene_mix (h, self->view.selected_entity);
  if (self->view.selected_source != TAUTAN_NONE)
    for (guint i = 0; i < self->edges->len; i++)
      if (g_array_index (self->edges, TautanSceneEdge, i).selected)
        h = sig_edge (h, self, i);
  if (self->view.selected_entity != TAUTAN_NONE)
    {
      const TautanSceneNode *n = tautan_scene_find_node (self, self->view.selected_entity);

      if (n != NULL)
        h = sig_node (h, self, self->node_of_entity[n->entity]);
    }
  return h;
}

/**
 * _tautan_scene_tile_signature:
 * @i: the tile's column, in world tiles
 * @j: its row
 * @signature: (out): what the tile's pixels depend on
 *
 * Returns: %FALSE when the tile has no lists to hash (too big a view, or
 *   outside the index): it must be drawn
 */
gboolean
_tautan_scene_tile_signature (TautanScene *self,
                              gint32       i,
                              gint32       j,
                              guint64     *signature)
{
  double x0 = (double)i * TAUTAN_TILE_SIZE - self->origin_x;
  double y0 = (double)j * TAUTAN_TILE_SIZE - self->origin_y;
  Box clip = { x0, y0, x0 + TAUTAN_TILE_SIZE, y0 + TAUTAN_TILE_SIZE };
  guint64 h = sig_scene (self);
  DrawIndex *index;

  for (guint kind = 0; kind < N_INDEX_KINDS; kind++)
    {
      const guint *items;
      guint n_items;

      if (!_tautan_scene_lookup_cell (self, &clip, kind, &items, &n_items))
        return FALSE;
      /* Made by the look-up, and kept while a tile may draw. */
      index = g_atomic_pointer_get (&self->draw_index);
      h = _tautan_scene_mix (h, (guint64)kind << 32 | n_items);
      for (guint k = 0, b = 0, last = G_MAXUINT; k < n_items; k++)
        {
          guint item = items[k];

          if (kind == INDEX_EDGES)
            {
              /* Lists keep drawing order: the runs come in order too. */
              if (b < self->n_edge_batches && item < self->edge_batches[b].start)
                b = 0;
              while (b < self->n_edge_batches && item >= self->edge_batches[b].end)
                b++;
              if (b < self->n_edge_batches)
                {
                  /* Not where the run starts (an edge added anywhere moves
                   * that), but whether this edge shares the stroke of the
                   * tile's edge before it. */
                  h = _tautan_scene_mix (h, index->batch_sigs[b] ^ (guint64)(b == last));
                  last = b;
                }
              h = _tautan_scene_mix (h, index->edge_sigs[item]);
            }
          else
            h = _tautan_scene_mix (h, index->node_sigs[item]);
        }
    }
  *signature = h;
  return TRUE;
}
