/* tautan-layout.c: force-directed layout with a Barnes–Hut quadtree
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-layout"

#include "config.h"

#include <math.h>
#include <string.h>

#ifdef __SSE__
#include <xmmintrin.h>
#endif

#include "tautan/tautan-layout.h"

#include "tautan-dataset-private.h"
#include "tautan-layout-private.h"
#include "tautan-layout-multilevel-private.h"

/* The model is ForceAtlas2's LinLog mode with unit masses:
 *
 *   repulsion  C / d           between every pair (Barnes–Hut)
 *   attraction w log (1 + d)   along each spring of weight w
 *   gravity    g r             towards the origin
 *
 * Log attraction lets a long edge pull only weakly, so the few edges
 * between two dense groups do not drag them into each other: groups come
 * out as separate blobs (Noack's LinLog energy). Linear gravity against
 * 1/d repulsion fills a disc at g / (π C) nodes per unit², so isolated
 * nodes and small components stay at its rim instead of drifting off. */
#define REPULSION         0.2f
#define GRAVITY           0.2f
/* Cells smaller than THETA times their distance count as one body. */
#define THETA             1.2f
/* Squared distance added to every pair: no infinite force at d = 0. */
#define SOFTENING         0.01f
/* Displacement per unit of force, before the temperature caps it. */
#define STEP              0.3f
/* The cap starts at this fraction of the layout's size and cools
 * geometrically, so every run settles within a bounded number of
 * iterations whatever the forces do. */
#define START_TEMPERATURE 0.1f
#define COOLING           0.985f
/* A nudge (set_position) reheats to this many node spacings. */
#define REHEAT            0.5f

/* Settling: an iteration is calm when the mean displacement of the free
 * nodes is below SETTLE_RATIO of the node spacing (the layout's larger
 * side over √n, the distance between neighbours if nodes filled it
 * evenly); the layout is settled after SETTLE_COUNT calm iterations in a
 * row. The spacing, unlike the diameter, does not grow with the graph, so
 * the criterion means the same on 30 and on 20,000 nodes. */
#define SETTLE_RATIO      0.01f
#define SETTLE_COUNT      5
/* Prevent-overlap on the published positions of graphs small enough for
 * O(n²) passes; a node of average degree gets this share of the spacing. */
#define COLLISION_MAX_NODES 400
#define COLLISION_RADIUS    0.25f
#define COLLISION_PASSES    16

/* Points per quadtree leaf. A whole leaf runs against one interaction
 * list, gathered by one walk of the tree. */
#define LEAF_SIZE         32
#define MAX_LEVEL         16
/* Below this much work (nodes plus springs) a second thread costs more
 * than it saves. Coarse levels have few nodes but many springs: merged
 * clusters keep their members' links, so a 268-node level of a 100,000-node
 * graph has 71,000 springs. */
#define PARALLEL_MIN      16384
#define LEAVES_PER_TASK   32
/* An attraction task: nodes whose springs (plus a few per node) add up to
 * about this, so a level of dense coarse nodes splits as evenly as the
 * full graph does. */
#define WORK_PER_TASK     8192
#define NODE_WORK         4

/* Multilevel layout (Walshaw's scheme): a graph above MULTILEVEL_MIN
 * nodes is coarsened by matching (tautan-layout-multilevel.c) until a
 * few hundred nodes are left or a round shrinks it by less than a tenth.
 * The coarsest graph is laid out from the sunflower to rest; then each
 * level in turn starts from its coarse parents' positions, children
 * jittered around their parent, and is refined by the same iteration
 * from a lower temperature that cools fast. A coarse node repels and
 * feels gravity with the mass of the nodes it stands for, so every level
 * fills the disc of the full graph and positions carry over without
 * scaling; its springs (the sums of its members' springs) pull it whole,
 * not per unit of mass, which keeps a merged cluster's neighbours as
 * close as its members' springs would. */
#define MULTILEVEL_MIN          5000
#define COARSEST_NODES          300
#define COARSEN_MIN_SHRINK      0.9f
#define COARSEST_MAX_ITERATIONS 3000
/* Below the full graph, a level's cap starts at this many node spacings
 * and cools this fast, for at most this many iterations... */
#define REFINE_TEMPERATURE      10.0f
#define REFINE_COOLING          0.9f
#define REFINE_MAX_ITERATIONS   30
/* ...and the full graph anneals longer, until it settles: it alone gives
 * the clusters their shape (quality on the partition graphs drops from
 * 0.17 to 0.2-0.27 with the intermediate levels' schedule). Below one
 * node spacing the nodes only polish their places: cool fast there. */
#define FINAL_TEMPERATURE       20.0f
#define FINAL_COOLING           0.94f
#define FINAL_TAIL_COOLING      0.7f
/* Children start within this many node spacings of their parent. */
#define PROLONG_JITTER          0.5f

/* GCC and Clang lower these to SSE or NEON, or to scalar code elsewhere. */
typedef float v4sf __attribute__ ((vector_size (16)));
typedef gint32 v4si __attribute__ ((vector_size (16)));
typedef guint32 v4su __attribute__ ((vector_size (16)));

/* The part of a cell the tree walk reads, in 32 bytes. */
typedef struct
{
  float   cx, cy;           /* centre of mass */
  float   mass;
  float   size2;            /* squared larger side of the bounding box */
  guint32 skip;             /* the cell after this subtree */
  guint32 lo, hi;           /* its points, in Morton order */
  guint32 leaf;
} Cell;

typedef struct
{
  float x0, y0, x1, y1;
} Box;

typedef struct
{
  float *lx, *ly, *lm;
  guint  cap;
} InteractionList;

typedef enum
{
  PENDING_POSITION,
  PENDING_PINNED,
} PendingKind;

typedef struct
{
  PendingKind kind;
  guint       node;
  float       x, y;
  gboolean    pin;
} Pending;

struct _TautanLayout
{
  GObject          parent_instance;

  /* The graph, read-only once built: springs in CSR, both directions. */
  guint            n_nodes;
  guint32         *adj_start;
  guint32         *adj;
  float           *adj_weight;
  /* Attraction task t covers the nodes attract_order[attract_tasks[t],
   * attract_tasks[t + 1]). */
  guint32         *attract_order;
  guint32         *attract_tasks;
  guint            n_attract_tasks;
  /* Coarse levels only: how many nodes of the full graph each stands for
   * (NULL: all 1). */
  float           *mass;
  guint64          seed;

  /* Working state, owned by whoever runs iterations: the worker thread
   * while it runs, else the caller of tautan_layout_step(). */
  float           *x, *y;
  float           *fx, *fy;
  float           *size;      /* collision radius, small graphs only */
  gboolean         prevent_overlap;
  guint8          *pinned;
  guint32         *codes, *order, *codes_tmp, *order_tmp;
  float           *sx, *sy, *sfx, *sfy;
  float           *sm;        /* masses in Morton order, with @mass */
  Cell            *cells;
  Box             *boxes;
  guint            n_cells;
  guint32         *leaves;
  guint            n_leaves;
  InteractionList  lists[2];
  /* fx to leaves above are the full graph's on a coarse level (see
   * layout_new_graph), not its own. */
  gboolean         borrowed;
  guint            n_threads;
  float            temperature;
  float            cooling;
  float            diameter;
  float            moved;
  guint            calm;
  guint            iterations;        /* atomic */

  /* Multilevel: while @coarse is set, iterations run on the coarser
   * levels and this one shows their positions; @parent maps each node to
   * its node in @coarse. */
  gboolean         multilevel;
  gboolean         hierarchy_built;
  guint            n_levels;          /* coarse levels built */
  guint            n_running_levels;
  guint64          coarse_work;       /* node iterations since publishing */
  TautanLayout    *coarse;
  guint32         *parent;
  gboolean         refining;
  guint            level_iterations;

  /* Shared with the main thread, under @mutex. */
  GMutex           mutex;
  TautanPoint     *published;
  float            bounds[4];
  gboolean         bounds_stale;      /* moves queued since: measured when next asked */
  GArray          *pending;
  gsize            generation;        /* atomic */
  gint             settled;           /* atomic */
  gint             running;           /* atomic */
  gint             stop_requested;    /* atomic */
  gboolean         held;              /* the worker waits before its next iteration */
  gboolean         waiting;           /* and it does */
  GCond            resume;

  /* Main thread only. */
  guint8          *user_pinned;
  GThread         *thread;
  guint            want_running : 1;
};

/* One iteration's force work, cut into tasks that the calling thread and
 * the helper thread claim in turn. A task's output (the forces of its own
 * points) is the same whoever runs it. */
typedef struct
{
  gint          ref_count;
  gint          state;             /* JobState */
  gint          next;              /* the next task to claim */
  guint         n_repulse_tasks;
  guint         n_tasks;
  TautanLayout *self;
  GMutex        mutex;
  GCond         cond;
  gboolean      done;
} Job;

typedef enum
{
  JOB_PENDING,
  JOB_RUNNING,
  JOB_CLOSED,
} JobState;

typedef struct
{
  guint32 a, b;             /* a < b */
  guint   count;
} SpringPair;

static TautanLayout *layout_new_graph (TautanLayoutGraph *graph,
                                       guint64            seed,
                                       TautanLayout      *lender);
static void          project          (TautanLayout      *self);
static void          drop_hierarchy   (TautanLayout      *self);

G_DEFINE_FINAL_TYPE (TautanLayout, tautan_layout, G_TYPE_OBJECT)

static inline guint64
splitmix64 (guint64 *state)
{
  guint64 z = (*state += G_GUINT64_CONSTANT (0x9E3779B97F4A7C15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return z ^ (z >> 31);
}

static inline double
rand_unit (guint64 *state)
{
  return (double)(splitmix64 (state) >> 11) * (1.0 / 9007199254740992.0);
}

/* Spreads the 16 low bits of @v to the even bits. */
static inline guint32
part1by1 (guint32 v)
{
  v &= 0x0000ffff;
  v = (v | (v << 8)) & 0x00ff00ff;
  v = (v | (v << 4)) & 0x0f0f0f0f;
  v = (v | (v << 2)) & 0x33333333;
  v = (v | (v << 1)) & 0x55555555;
  return v;
}

/* Three 11-bit LSD passes; a pass is skipped when every key has the same
 * digit. Stable, so equal codes keep node order: deterministic. */
static void
radix_sort (guint32 *keys,
            guint32 *vals,
            guint32 *keys_tmp,
            guint32 *vals_tmp,
            guint    n)
{
  for (guint shift = 0; shift < 32; shift += 11)
    {
      guint32 count[2048] = { 0 };
      guint32 sum = 0;

      for (guint i = 0; i < n; i++)
        count[(keys[i] >> shift) & 2047]++;
      if (count[(keys[0] >> shift) & 2047] == n)
        continue;
      for (guint d = 0; d < 2048; d++)
        {
          guint32 c = count[d];

          count[d] = sum;
          sum += c;
        }
      for (guint i = 0; i < n; i++)
        {
          guint32 pos = count[(keys[i] >> shift) & 2047]++;

          keys_tmp[pos] = keys[i];
          vals_tmp[pos] = vals[i];
        }
      memcpy (keys, keys_tmp, n * sizeof *keys);
      memcpy (vals, vals_tmp, n * sizeof *vals);
    }
}

/* The first index in [lo, hi) whose code >> shift exceeds @prefix. */
static guint32
upper_bound_prefix (const guint32 *codes,
                    guint32        lo,
                    guint32        hi,
                    guint          shift,
                    guint32        prefix)
{
  while (lo < hi)
    {
      guint32 mid = lo + (hi - lo) / 2;

      if ((codes[mid] >> shift) <= prefix)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static void
leaf_from_points (TautanLayout *self,
                  Cell         *cell,
                  Box          *box)
{
  float x0 = G_MAXFLOAT, y0 = G_MAXFLOAT, x1 = -G_MAXFLOAT, y1 = -G_MAXFLOAT;
  float mx = 0, my = 0, m = 0;

  /* With unit masses this is exactly the plain mean. */
  for (guint32 k = cell->lo; k < cell->hi; k++)
    {
      float px = self->sx[k], py = self->sy[k];
      float w = self->sm != NULL ? self->sm[k] : 1.0f;

      x0 = MIN (x0, px);
      y0 = MIN (y0, py);
      x1 = MAX (x1, px);
      y1 = MAX (y1, py);
      mx += w * px;
      my += w * py;
      m += w;
    }
  *box = (Box) { x0, y0, x1, y1 };
  cell->mass = m;
  cell->cx = mx / cell->mass;
  cell->cy = my / cell->mass;
}

/* Builds the subtree of the points [lo, hi), which share the first
 * @level quadrant digits of their codes, in depth-first order. */
static guint32
build_cell (TautanLayout *self,
            guint32       lo,
            guint32       hi,
            guint         level)
{
  guint32 c = self->n_cells++;
  Cell *cell = &self->cells[c];
  Box *box = &self->boxes[c];

  cell->lo = lo;
  cell->hi = hi;

  /* Skip levels where every point falls in one quadrant, so the tree has
   * fewer than 2n cells however close the points are. */
  while (hi - lo > LEAF_SIZE && level < MAX_LEVEL)
    {
      guint shift = 30 - 2 * level;

      if ((self->codes[lo] >> shift) != (self->codes[hi - 1] >> shift))
        break;
      level++;
    }

  if (hi - lo <= LEAF_SIZE || level >= MAX_LEVEL)
    {
      cell->leaf = TRUE;
      leaf_from_points (self, cell, box);
      self->leaves[self->n_leaves++] = c;
    }
  else
    {
      guint shift = 30 - 2 * level;
      guint32 prefix = (guint32)((guint64)self->codes[lo] >> (shift + 2));
      guint32 start = lo;
      float x0 = G_MAXFLOAT, y0 = G_MAXFLOAT, x1 = -G_MAXFLOAT, y1 = -G_MAXFLOAT;
      float mx = 0, my = 0, m = 0;

      cell->leaf = FALSE;
      for (guint q = 0; q < 4 && start < hi; q++)
        {
          guint32 end = upper_bound_prefix (self->codes, start, hi, shift, (prefix << 2) | q);
          guint32 child;

          if (end == start)
            continue;
          child = build_cell (self, start, end, level + 1);
          x0 = MIN (x0, self->boxes[child].x0);
          y0 = MIN (y0, self->boxes[child].y0);
          x1 = MAX (x1, self->boxes[child].x1);
          y1 = MAX (y1, self->boxes[child].y1);
          mx += self->cells[child].mass * self->cells[child].cx;
          my += self->cells[child].mass * self->cells[child].cy;
          m += self->cells[child].mass;
          start = end;
        }
      *box = (Box) { x0, y0, x1, y1 };
      cell->mass = m;
      cell->cx = mx / m;
      cell->cy = my / m;
    }

  cell->size2 = MAX (box->x1 - box->x0, box->y1 - box->y0);
  cell->size2 *= cell->size2;
  cell->skip = self->n_cells;
  return c;
}

static void
build_tree (TautanLayout *self)
{
  guint n = self->n_nodes;
  float x0 = G_MAXFLOAT, y0 = G_MAXFLOAT, x1 = -G_MAXFLOAT, y1 = -G_MAXFLOAT;
  float side, scale;

  for (guint i = 0; i < n; i++)
    {
      x0 = MIN (x0, self->x[i]);
      y0 = MIN (y0, self->y[i]);
      x1 = MAX (x1, self->x[i]);
      y1 = MAX (y1, self->y[i]);
    }
  side = MAX (x1 - x0, y1 - y0);
  self->diameter = side;
  scale = side > 0 ? 65535.0f / side : 0;

  for (guint i = 0; i < n; i++)
    {
      float fx = (self->x[i] - x0) * scale;
      float fy = (self->y[i] - y0) * scale;
      /* Written so that NaN (from an overflowing side) gives 0, not UB. */
      guint32 qx = fx > 0 ? (guint32)MIN (fx, 65535.0f) : 0;
      guint32 qy = fy > 0 ? (guint32)MIN (fy, 65535.0f) : 0;

      self->codes[i] = part1by1 (qx) | (part1by1 (qy) << 1);
      self->order[i] = i;
    }
  radix_sort (self->codes, self->order, self->codes_tmp, self->order_tmp, n);

  for (guint k = 0; k < n; k++)
    {
      guint32 i = self->order[k];

      /* Two free nodes on the same spot feel no force from each other
       * and, with the same neighbours, would never part: nudge one. */
      if (k > 0 && self->x[i] == self->sx[k - 1] && self->y[i] == self->sy[k - 1] &&
          !self->pinned[i])
        {
          float nudge = 1e-3f * MAX (side, 1.0f);

          self->x[i] += nudge * (float)((i % 7) + 1) / 7.0f;
          self->y[i] += nudge * (float)((i % 5) + 1) / 5.0f;
        }
      self->sx[k] = self->x[i];
      self->sy[k] = self->y[i];
      if (self->sm != NULL)
        self->sm[k] = self->mass[i];
    }

  self->n_cells = 0;
  self->n_leaves = 0;
  build_cell (self, 0, n, 0);
}

static void
list_grow (InteractionList *list,
           guint            needed)
{
  list->cap = MAX (list->cap * 2, needed + 256);
  list->lx = g_renew (float, list->lx, list->cap);
  list->ly = g_renew (float, list->ly, list->cap);
  list->lm = g_renew (float, list->lm, list->cap);
}

/* Repulsion on the points of leaf @leaf: one walk of the tree for the
 * whole leaf gathers far cells (as their centre of mass) and near points
 * into a list, then every point of the leaf runs over that list. */
static void
repulse_leaf (TautanLayout    *self,
              InteractionList *list,
              guint32          leaf)
{
  const Cell *cells = self->cells;
  const float *sx = self->sx, *sy = self->sy;
  const Box g = self->boxes[leaf];
  const guint32 lo = cells[leaf].lo, hi = cells[leaf].hi;
  const guint32 n_cells = self->n_cells;
  const float theta2 = THETA * THETA;
  /* Locals, not @list's fields: the other thread's list sits on the same
   * cache line, and writing through it on every push would bounce that
   * line between the cores. */
  float *lx = list->lx, *ly = list->ly, *lm = list->lm;
  guint len = 0, cap = list->cap;
  guint32 c = 0;

  while (c < n_cells)
    {
      const Cell *cell = &cells[c];
      float dx = MAX (MAX (g.x0 - cell->cx, cell->cx - g.x1), 0);
      float dy = MAX (MAX (g.y0 - cell->cy, cell->cy - g.y1), 0);
      /* The distance is to the leaf's box, not to each point: a cell far
       * enough from the box is far enough from all its points. */
      gboolean far = cell->size2 < theta2 * (dx * dx + dy * dy);
      guint32 n;

      if (!far && !cell->leaf)
        {
          c++;
          continue;
        }

      n = far ? 1 : cell->hi - cell->lo;

      if (G_UNLIKELY (len + n > cap))
        {
          list_grow (list, len + n);
          lx = list->lx;
          ly = list->ly;
          lm = list->lm;
          cap = list->cap;
        }

      if (far)
        {
          lx[len] = cell->cx;
          ly[len] = cell->cy;
          lm[len] = cell->mass;
          len++;
        }
      else
        {
          memcpy (lx + len, sx + cell->lo, n * sizeof (float));
          memcpy (ly + len, sy + cell->lo, n * sizeof (float));
          if (self->sm != NULL)
            memcpy (lm + len, self->sm + cell->lo, n * sizeof (float));
          else
            for (guint32 k = 0; k < n; k++)
              lm[len + k] = 1.0f;
          len += n;
        }
      c = cell->skip;
    }

  /* The leaf's own points are on the list: a point against itself has
   * dx = dy = 0 and adds nothing. Points go eight at a time, two vectors
   * in one pass over the list, so two divisions are in flight where one
   * vector waited on its own sums; four or fewer left, one vector. */
  for (guint32 base = lo; base < hi;)
    {
      guint32 n = MIN (hi - base, 8);
      float px[8], py[8];
      v4sf gx[2], gy[2], ax[2] = { { 0 }, { 0 } }, ay[2] = { { 0 }, { 0 } };

      /* Pad the last vector with copies of the last point; the padded
       * lanes are thrown away. */
      for (guint i = 0; i < 8; i++)
        {
          guint32 k = base + MIN (i, n - 1);

          px[i] = sx[k];
          py[i] = sy[k];
        }
      memcpy (gx, px, sizeof gx);
      memcpy (gy, py, sizeof gy);

      /* Each lane adds the list in the same order whichever thread runs
       * it and whichever vector it is in, so the result depends neither
       * on the thread split nor on the grouping. */
      if (n > 4)
        for (guint j = 0; j < len; j++)
          {
            v4sf ddx0 = gx[0] - lx[j], ddx1 = gx[1] - lx[j];
            v4sf ddy0 = gy[0] - ly[j], ddy1 = gy[1] - ly[j];
            v4sf f0 = lm[j] / (ddx0 * ddx0 + ddy0 * ddy0 + SOFTENING);
            v4sf f1 = lm[j] / (ddx1 * ddx1 + ddy1 * ddy1 + SOFTENING);

            ax[0] += ddx0 * f0;
            ay[0] += ddy0 * f0;
            ax[1] += ddx1 * f1;
            ay[1] += ddy1 * f1;
          }
      else
        for (guint j = 0; j < len; j++)
          {
            v4sf ddx = gx[0] - lx[j];
            v4sf ddy = gy[0] - ly[j];
            v4sf f = lm[j] / (ddx * ddx + ddy * ddy + SOFTENING);

            ax[0] += ddx * f;
            ay[0] += ddy * f;
          }

      for (guint i = 0; i < n; i++)
        {
          self->sfx[base + i] = ax[i / 4][i % 4];
          self->sfy[base + i] = ay[i / 4][i % 4];
        }
      base += n;
    }
}

/* _tautan_layout_fast_log1p() four at a time, each lane computed as one
 * float is. */
static inline v4sf
fast_log1p4 (v4sf d)
{
  v4su u = (v4su)(1.0f + d);
  v4sf e = __builtin_convertvector ((v4si)(u >> 23) - 127, v4sf);
  v4sf m = (v4sf)((u & 0x007fffff) | 0x3f800000);
  v4sf t, t2;

  t = (m - 1.0f) / (m + 1.0f);
  t2 = t * t;
  return e * (float)G_LN2 +
         2.0f * t * (1.0f + t2 * (1.0f / 3 + t2 * (1.0f / 5 + t2 * (1.0f / 7))));
}

static inline v4sf
sqrt4 (v4sf v)
{
#ifdef __SSE__
  return (v4sf)_mm_sqrt_ps ((__m128)v);
#else
  for (guint k = 0; k < 4; k++)
    v[k] = sqrtf (v[k]);
  return v;
#endif
}

/* The springs' pull, w log (1 + d) towards the other end, on the nodes
 * attract_order[lo, hi), four nodes at a time: lane k takes node k's
 * springs one by one, in spring order, so every node's sum is what one
 * spring at a time gives, bit for bit, whichever nodes share its vector.
 * (Adding the +0 of a lane whose node has no spring left changes no sum:
 * no sum of terms is -0.) Nodes go in order of degree, so the four lanes
 * mostly have as many springs. */
static void
attract_nodes (TautanLayout *self,
               guint         lo,
               guint         hi)
{
  const float *x = self->x, *y = self->y, *w = self->adj_weight;
  const guint32 *adj = self->adj, *adj_start = self->adj_start;
  const guint32 *order = self->attract_order;

  for (guint g = lo; g < hi; g += 4)
    {
      guint n = MIN (hi - g, 4);
      guint32 node[4], first[4], degree[4], longest = 0;
      v4sf xi, yi, ax = { 0 }, ay = { 0 };

      for (guint k = 0; k < 4; k++)
        {
          node[k] = order[g + MIN (k, n - 1)];
          first[k] = adj_start[node[k]];
          degree[k] = k < n ? adj_start[node[k] + 1] - first[k] : 0;
          longest = MAX (longest, degree[k]);
          xi[k] = x[node[k]];
          yi[k] = y[node[k]];
        }

      for (guint32 j = 0; j < longest; j++)
        {
          v4sf dx, dy, wv = { 0 }, d, f;
          v4si apart;

          dx = dy = (v4sf) { 0 };
          for (guint k = 0; k < 4; k++)
            if (j < degree[k])
              {
                guint32 other = adj[first[k] + j];

                dx[k] = x[other] - xi[k];
                dy[k] = y[other] - yi[k];
                wv[k] = w[first[k] + j];
              }
          d = sqrt4 (dx * dx + dy * dy);
          f = wv * fast_log1p4 (d) / d;
          /* Two nodes on one spot pull nothing (and d = 0 gave NaN), nor
           * does a lane past its node's last spring (d = 0 too). */
          apart = d > 0;
          ax += (v4sf)((v4si)(dx * f) & apart);
          ay += (v4sf)((v4si)(dy * f) & apart);
        }

      for (guint k = 0; k < n; k++)
        {
          self->fx[node[k]] = ax[k];
          self->fy[node[k]] = ay[k];
        }
    }
}

/* Orders the nodes by degree, most springs first, and cuts that order
 * into attraction tasks of about WORK_PER_TASK each. */
static void
plan_attraction (TautanLayout *self)
{
  guint n = self->n_nodes;
  guint64 work = 0, cut = WORK_PER_TASK;
  guint n_tasks = 0, max_degree = 0;
  g_autofree guint32 *start = NULL;

  for (guint i = 0; i < n; i++)
    max_degree = MAX (max_degree, self->adj_start[i + 1] - self->adj_start[i]);
  /* Counting sort by degree, descending, stable. */
  start = g_new0 (guint32, (gsize)max_degree + 2);
  for (guint i = 0; i < n; i++)
    start[max_degree - (self->adj_start[i + 1] - self->adj_start[i]) + 1]++;
  for (guint d = 0; d <= max_degree; d++)
    start[d + 1] += start[d];
  self->attract_order = g_new (guint32, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    self->attract_order[start[max_degree - (self->adj_start[i + 1] - self->adj_start[i])]++] = i;

  self->attract_tasks = g_new (guint32, n + 2);
  self->attract_tasks[n_tasks++] = 0;
  for (guint k = 0; k < n; k++)
    {
      guint32 i = self->attract_order[k];

      work += NODE_WORK + self->adj_start[i + 1] - self->adj_start[i];
      /* Cut between groups of four, as attract_nodes() takes them. */
      if (work >= cut && (k + 1) % 4 == 0 && k + 1 < n)
        {
          self->attract_tasks[n_tasks++] = k + 1;
          cut = work + WORK_PER_TASK;
        }
    }
  self->attract_tasks[n_tasks] = n;
  self->n_attract_tasks = n > 0 ? n_tasks : 0;
}

static void
run_tasks (Job  *job,
           guint list)
{
  TautanLayout *self = job->self;

  for (;;)
    {
      guint task = (guint)g_atomic_int_add (&job->next, 1);

      if (task >= job->n_tasks)
        break;

      if (task < job->n_repulse_tasks)
        {
          guint lo = task * LEAVES_PER_TASK;
          guint hi = MIN (lo + LEAVES_PER_TASK, self->n_leaves);

          for (guint l = lo; l < hi; l++)
            repulse_leaf (self, &self->lists[list], self->leaves[l]);
        }
      else
        {
          guint t = task - job->n_repulse_tasks;

          attract_nodes (self, self->attract_tasks[t], self->attract_tasks[t + 1]);
        }
    }
}

static void
job_unref (Job *job)
{
  if (g_atomic_int_dec_and_test (&job->ref_count))
    {
      g_mutex_clear (&job->mutex);
      g_cond_clear (&job->cond);
      g_free (job);
    }
}

static void
pool_func (gpointer data,
           gpointer user_data)
{
  Job *job = data;

  /* The caller may have done every task before this thread woke up (the
   * other core busy with something else); then it did not wait for us
   * and @self must not be touched. */
  if (g_atomic_int_compare_and_exchange (&job->state, JOB_PENDING, JOB_RUNNING))
    {
      run_tasks (job, 1);
      g_mutex_lock (&job->mutex);
      job->done = TRUE;
      g_cond_signal (&job->cond);
      g_mutex_unlock (&job->mutex);
    }
  job_unref (job);
}

/* One helper thread for the whole process. */
static GThreadPool *
get_pool (void)
{
  static GThreadPool *pool;

  if (g_once_init_enter (&pool))
    g_once_init_leave (&pool, g_thread_pool_new (pool_func, NULL, 1, FALSE, NULL));
  return pool;
}

static void
compute_forces (TautanLayout *self)
{
  guint n = self->n_nodes;
  Job *job;

  build_tree (self);

  job = g_new0 (Job, 1);
  job->ref_count = 1;
  job->state = JOB_PENDING;
  job->self = self;
  job->n_repulse_tasks = (self->n_leaves + LEAVES_PER_TASK - 1) / LEAVES_PER_TASK;
  job->n_tasks = job->n_repulse_tasks + self->n_attract_tasks;
  g_mutex_init (&job->mutex);
  g_cond_init (&job->cond);

  if (n + self->adj_start[n] >= PARALLEL_MIN && self->n_threads > 1)
    {
      g_atomic_int_inc (&job->ref_count);
      g_thread_pool_push (get_pool (), job, NULL);
    }

  run_tasks (job, 0);

  if (!g_atomic_int_compare_and_exchange (&job->state, JOB_PENDING, JOB_CLOSED))
    {
      g_mutex_lock (&job->mutex);
      while (!job->done)
        g_cond_wait (&job->cond, &job->mutex);
      g_mutex_unlock (&job->mutex);
    }
  job_unref (job);

  for (guint k = 0; k < n; k++)
    {
      guint32 i = self->order[k];

      self->fx[i] += REPULSION * self->sfx[k] - GRAVITY * self->x[i];
      self->fy[i] += REPULSION * self->sfy[k] - GRAVITY * self->y[i];
    }
}

/* The typical distance between neighbours if the nodes filled the layout
 * evenly: a scale that does not grow with the number of nodes. */
static float
spacing (TautanLayout *self)
{
  return MAX (self->diameter, 1.0f) / sqrtf ((float)MAX (self->n_nodes, 1));
}

/* Pushes apart published nodes closer than the sum of their radii, half
 * the overlap each (all of it for a free node next to a pinned one). It
 * works on what is shown, not on the simulation, so the forces and their
 * settling are the same with or without it. Called with @mutex held. */
static void
separate (TautanLayout *self)
{
  TautanPoint *p = self->published;
  guint n = self->n_nodes;

  for (guint pass = 0; pass < COLLISION_PASSES; pass++)
    for (guint i = 0; i < n; i++)
      for (guint j = i + 1; j < n; j++)
        {
          float dx = p[j].x - p[i].x;
          float dy = p[j].y - p[i].y;
          float min = self->size[i] + self->size[j];
          float d2 = dx * dx + dy * dy;
          float d, push, wi, wj;

          if (d2 >= min * min || (self->pinned[i] && self->pinned[j]))
            continue;

          d = sqrtf (d2);
          if (d < 1e-6f)
            {
              /* Same spot: separate along a direction fixed by the indices. */
              float a = (float)((i * 7919u + j * 104729u) % 360u) * (float)G_PI / 180.0f;

              dx = cosf (a);
              dy = sinf (a);
              d = 0;
            }
          else
            {
              dx /= d;
              dy /= d;
            }
          push = min - d;
          wi = self->pinned[i] ? 0 : self->pinned[j] ? 1 : 0.5f;
          wj = self->pinned[j] ? 0 : self->pinned[i] ? 1 : 0.5f;
          p[i].x -= dx * push * wi;
          p[i].y -= dy * push * wi;
          p[j].x += dx * push * wj;
          p[j].y += dy * push * wj;
        }
}

/* One iteration; returns the mean displacement of the free nodes. */
static float
iterate (TautanLayout *self)
{
  guint n = self->n_nodes;
  float t = self->temperature;
  double moved = 0;
  guint n_free = 0;

  if (n == 0)
    return 0;

  compute_forces (self);

  for (guint i = 0; i < n; i++)
    {
      float dx, dy, len;

      if (self->pinned[i])
        continue;

      dx = self->fx[i] * STEP;
      dy = self->fy[i] * STEP;
      len = sqrtf (dx * dx + dy * dy);
      if (len > t)
        {
          dx *= t / len;
          dy *= t / len;
          len = t;
        }
      self->x[i] += dx;
      self->y[i] += dy;
      moved += len;
      n_free++;
    }

  /* The floor, far below the settling threshold, keeps the temperature
   * out of denormals (slow on x86) when stepping long after settling. */
  if (self->refining && self->mass == NULL && self->temperature < spacing (self))
    self->temperature *= FINAL_TAIL_COOLING;
  else
    self->temperature *= self->cooling;
  self->temperature = MAX (self->temperature, 1e-4f * spacing (self));
  g_atomic_int_inc (&self->iterations);

  return n_free > 0 ? (float)(moved / n_free) : 0;
}

/* Called with @mutex held. */
static void
overlay_pending (TautanLayout *self)
{
  /* Moves not applied yet show at once, so a dragged node never jumps
   * back for a frame while the worker finishes its iteration. */
  for (guint k = 0; k < self->pending->len; k++)
    {
      const Pending *op = &g_array_index (self->pending, Pending, k);

      if (op->kind == PENDING_POSITION)
        self->published[op->node] = (TautanPoint) { op->x, op->y };
    }
}

/* Called with @mutex held. */
static void
update_bounds (TautanLayout *self)
{
  float x0 = G_MAXFLOAT, y0 = G_MAXFLOAT, x1 = -G_MAXFLOAT, y1 = -G_MAXFLOAT;

  for (guint i = 0; i < self->n_nodes; i++)
    {
      x0 = MIN (x0, self->published[i].x);
      y0 = MIN (y0, self->published[i].y);
      x1 = MAX (x1, self->published[i].x);
      y1 = MAX (y1, self->published[i].y);
    }
  if (self->n_nodes == 0)
    x0 = y0 = x1 = y1 = 0;
  self->bounds[0] = x0;
  self->bounds[1] = y0;
  self->bounds[2] = x1;
  self->bounds[3] = y1;
  self->bounds_stale = FALSE;
}

static void
publish (TautanLayout *self,
         gboolean      calm)
{
  g_mutex_lock (&self->mutex);
  for (guint i = 0; i < self->n_nodes; i++)
    self->published[i] = (TautanPoint) { self->x[i], self->y[i] };
  if (self->size != NULL && self->prevent_overlap)
    separate (self);
  overlay_pending (self);
  update_bounds (self);
  g_atomic_int_set (&self->settled, calm && self->pending->len == 0);
  g_atomic_pointer_add (&self->generation, 1);
  g_mutex_unlock (&self->mutex);
}

static void
apply_pending (TautanLayout *self)
{
  g_autoptr(GArray) ops = NULL;
  gboolean dropped = FALSE;

  g_mutex_lock (&self->mutex);
  if (self->pending->len > 0)
    {
      ops = g_steal_pointer (&self->pending);
      self->pending = g_array_new (FALSE, FALSE, sizeof (Pending));
    }
  g_mutex_unlock (&self->mutex);

  if (ops == NULL)
    return;

  /* A free node put somewhere must start from there, which the coarse
   * levels would overwrite: before the first iteration (a workspace's
   * positions), lay out the full graph from the positions as given;
   * while coarse levels run, refine it from what they reached. */
  for (guint k = 0; k < ops->len; k++)
    {
      const Pending *op = &g_array_index (ops, Pending, k);

      if (op->kind == PENDING_POSITION && !op->pin)
        {
          if (!self->hierarchy_built)
            self->hierarchy_built = TRUE;
          else if (self->coarse != NULL)
            {
              project (self);
              drop_hierarchy (self);
              dropped = TRUE;
            }
          break;
        }
    }

  for (guint k = 0; k < ops->len; k++)
    {
      const Pending *op = &g_array_index (ops, Pending, k);

      if (op->kind == PENDING_POSITION)
        {
          self->x[op->node] = op->x;
          self->y[op->node] = op->y;
        }
      self->pinned[op->node] = op->pin;
    }

  /* Warm up enough for the neighbours to follow, not for a new layout. */
  self->calm = 0;
  if (dropped)
    return;
  self->cooling = COOLING;
  self->refining = FALSE;
  self->temperature = MAX (self->temperature, REHEAT * spacing (self));
}

/* Coarsens @self level by level (see MULTILEVEL_MIN) on the first
 * iteration, on whichever thread runs it. */
static void
build_hierarchy (TautanLayout *self)
{
  TautanLayout *level = self;
  guint depth = 0;

  self->hierarchy_built = TRUE;
  while (level->n_nodes > COARSEST_NODES)
    {
      TautanLayoutGraph fine = {
        level->n_nodes, level->adj_start, level->adj, level->adj_weight, level->mass,
      };
      TautanLayoutGraph coarse = { 0 };
      g_autofree guint32 *parent = g_new (guint32, level->n_nodes);
      guint n_coarse;

      depth++;
      n_coarse = _tautan_layout_coarsen (&fine, self->seed + depth, parent, &coarse);
      if (n_coarse > COARSEN_MIN_SHRINK * level->n_nodes)
        {
          _tautan_layout_graph_clear (&coarse);
          break;
        }
      level->parent = g_steal_pointer (&parent);
      level->coarse = layout_new_graph (&coarse, self->seed + depth, self);
      level->coarse->n_threads = self->n_threads;
      level = level->coarse;
      self->n_levels++;
      self->n_running_levels++;
    }
}

/* Writes the positions of the coarsest level running into @self's free
 * nodes (children on their parent), to show while it runs. */
static void
project (TautanLayout *self)
{
  const TautanLayout *coarse = self->coarse;

  if (coarse->coarse != NULL)
    project (self->coarse);
  for (guint i = 0; i < self->n_nodes; i++)
    if (!self->pinned[i])
      {
        self->x[i] = coarse->x[self->parent[i]];
        self->y[i] = coarse->y[self->parent[i]];
      }
}

/* @self's coarse level is done: its children start around it, and @self
 * refines from a lower temperature. Pinned nodes stay where they are. */
static void
prolong (TautanLayout *self)
{
  TautanLayout *coarse = self->coarse;
  float jitter;
  guint64 rng = self->seed ^ G_GUINT64_CONSTANT (0x6A09E667F3BCC909);

  self->diameter = coarse->diameter;
  jitter = PROLONG_JITTER * spacing (self);
  for (guint i = 0; i < self->n_nodes; i++)
    {
      double a = rand_unit (&rng) * 2 * G_PI;
      double r = sqrt (rand_unit (&rng)) * jitter;

      if (self->pinned[i])
        continue;
      self->x[i] = coarse->x[self->parent[i]] + (float)(r * cos (a));
      self->y[i] = coarse->y[self->parent[i]] + (float)(r * sin (a));
    }
  g_clear_object (&self->coarse);
  g_clear_pointer (&self->parent, g_free);

  self->refining = TRUE;
  self->level_iterations = 0;
  self->calm = 0;
  /* The full graph anneals longer: it alone sets the clusters' shape. */
  if (self->mass == NULL)
    {
      self->temperature = FINAL_TEMPERATURE * spacing (self);
      self->cooling = FINAL_COOLING;
    }
  else
    {
      self->temperature = REFINE_TEMPERATURE * spacing (self);
      self->cooling = REFINE_COOLING;
    }
}

/* Ends the coarse levels early: the full graph refines from where its
 * nodes are now, as after the last level. */
static void
drop_hierarchy (TautanLayout *self)
{
  g_clear_object (&self->coarse);
  g_clear_pointer (&self->parent, g_free);
  self->n_running_levels = 0;
  self->refining = TRUE;
  self->calm = 0;
  self->temperature = FINAL_TEMPERATURE * spacing (self);
  self->cooling = FINAL_COOLING;
}

/* One iteration on the coarsest level still running below @self; the
 * level that is done hands over to the one above it. Returns the nodes of
 * the level that ran. */
static guint
coarse_step (TautanLayout *self,
             TautanLayout *top)
{
  TautanLayout *coarse = self->coarse;
  guint n = coarse->n_nodes;

  if (coarse->coarse != NULL)
    n = coarse_step (coarse, top);
  else
    {
      gboolean done;

      coarse->moved = iterate (coarse);
      if (coarse->moved < SETTLE_RATIO * spacing (coarse))
        coarse->calm++;
      else
        coarse->calm = 0;
      coarse->level_iterations++;
      done = coarse->calm >= SETTLE_COUNT ||
             coarse->level_iterations >= (coarse->refining ? REFINE_MAX_ITERATIONS
                                                           : COARSEST_MAX_ITERATIONS);
      top->moved = coarse->moved;
      if (done)
        {
          prolong (self);
          top->n_running_levels--;
        }
    }
  return n;
}

static gboolean
step_once (TautanLayout *self)
{
  gboolean calm;

  apply_pending (self);
  if (self->multilevel && !self->hierarchy_built)
    build_hierarchy (self);

  if (self->coarse != NULL)
    {
      guint running = self->n_running_levels;

      self->coarse_work += coarse_step (self, self);
      g_atomic_int_inc (&self->iterations);
      self->calm = 0;
      /* Showing a coarse level costs a pass over every node: do it when a
       * level hands over, or once the levels did as much work. */
      if (self->n_running_levels != running || self->coarse_work >= self->n_nodes)
        {
          if (self->coarse != NULL)
            project (self);
          publish (self, FALSE);
          self->coarse_work = 0;
        }
      return FALSE;
    }

  self->moved = iterate (self);

  if (self->moved < SETTLE_RATIO * spacing (self))
    self->calm++;
  else
    self->calm = 0;
  calm = self->calm >= SETTLE_COUNT;

  publish (self, calm);
  return calm;
}

static gpointer
worker_func (gpointer data)
{
  TautanLayout *self = data;

  while (!g_atomic_int_get (&self->stop_requested))
    {
      g_mutex_lock (&self->mutex);
      while (self->held && !g_atomic_int_get (&self->stop_requested))
        {
          self->waiting = TRUE;
          g_cond_wait (&self->resume, &self->mutex);
        }
      self->waiting = FALSE;
      g_mutex_unlock (&self->mutex);
      if (g_atomic_int_get (&self->stop_requested))
        break;

      if (step_once (self))
        {
          gboolean idle;

          /* Leave only if nothing was queued meanwhile; whoever queues
           * after this sees running FALSE and starts a new worker. */
          g_mutex_lock (&self->mutex);
          idle = self->pending->len == 0;
          if (idle)
            g_atomic_int_set (&self->running, FALSE);
          g_mutex_unlock (&self->mutex);
          if (idle)
            return NULL;
        }
    }

  g_atomic_int_set (&self->running, FALSE);
  return NULL;
}

/* A sunflower of the nodes in seeded random order, at about the density
 * the forces settle to, so the first iterations need not expand it. */
static void
initial_placement (TautanLayout *self,
                   guint64       seed)
{
  guint n = self->n_nodes;
  g_autofree guint32 *perm = g_new (guint32, MAX (n, 1));
  guint64 rng = seed;
  double rotation = rand_unit (&rng) * 2 * G_PI;
  /* The golden angle puts each point in the largest gap left. */
  const double golden = G_PI * (3.0 - sqrt (5.0));
  double before = 0;

  for (guint i = 0; i < n; i++)
    perm[i] = i;
  for (guint i = n; i > 1; i--)
    {
      guint j = (guint)(rand_unit (&rng) * i);
      guint32 tmp = perm[i - 1];

      perm[i - 1] = perm[j];
      perm[j] = tmp;
    }

  /* A coarse node takes room for its mass: the disc of the full graph. */
  for (guint k = 0; k < n; k++)
    {
      double m = self->mass != NULL ? self->mass[perm[k]] : 1.0;
      double r = sqrt ((before + 0.5 * m) * REPULSION / GRAVITY);
      double a = k * golden + rotation;

      before += m;

      self->x[perm[k]] = (float)(r * cos (a));
      self->y[perm[k]] = (float)(r * sin (a));
    }
}

static void
tautan_layout_dispose (GObject *object)
{
  TautanLayout *self = (TautanLayout *)object;

  /* The worker uses @self without a reference: end it first. */
  tautan_layout_stop (self);

  G_OBJECT_CLASS (tautan_layout_parent_class)->dispose (object);
}

static void
tautan_layout_finalize (GObject *object)
{
  TautanLayout *self = (TautanLayout *)object;

  g_free (self->adj_start);
  g_free (self->adj);
  g_free (self->adj_weight);
  g_free (self->mass);
  g_free (self->sm);
  g_free (self->parent);
  g_clear_object (&self->coarse);
  g_free (self->x);
  g_free (self->y);
  g_free (self->size);
  g_free (self->pinned);
  if (!self->borrowed)
    {
      g_free (self->fx);
      g_free (self->fy);
      g_free (self->codes);
      g_free (self->order);
      g_free (self->codes_tmp);
      g_free (self->order_tmp);
      g_free (self->sx);
      g_free (self->sy);
      g_free (self->sfx);
      g_free (self->sfy);
      g_free (self->cells);
      g_free (self->boxes);
      g_free (self->leaves);
    }
  g_free (self->attract_order);
  g_free (self->attract_tasks);
  for (guint i = 0; i < G_N_ELEMENTS (self->lists); i++)
    {
      g_free (self->lists[i].lx);
      g_free (self->lists[i].ly);
      g_free (self->lists[i].lm);
    }
  g_free (self->published);
  g_free (self->user_pinned);
  g_clear_pointer (&self->pending, g_array_unref);
  g_mutex_clear (&self->mutex);
  g_cond_clear (&self->resume);

  G_OBJECT_CLASS (tautan_layout_parent_class)->finalize (object);
}

static void
tautan_layout_class_init (TautanLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tautan_layout_dispose;
  object_class->finalize = tautan_layout_finalize;
}

static void
tautan_layout_init (TautanLayout *self)
{
  g_mutex_init (&self->mutex);
  g_cond_init (&self->resume);
  self->pending = g_array_new (FALSE, FALSE, sizeof (Pending));
  self->n_threads = CLAMP (g_get_num_processors (), 1, 2);
}

/* The layout of @graph, whose arrays it takes. A coarse level passes
 * the full graph as @lender and uses its scratch (forces, Morton order,
 * quadtree: 140 bytes a node) instead of its own: only one level iterates
 * at a time, the coarsest running, the full graph not until every coarse
 * level is gone, and a coarse level is smaller. On a 1M-event dataset's
 * 100,000 entities nine levels of 103,000 nodes in all held 14.5 MB of it,
 * allocated at the first iteration. */
static TautanLayout *
layout_new_graph (TautanLayoutGraph *graph,
                  guint64            seed,
                  TautanLayout      *lender)
{
  TautanLayout *self = g_object_new (TAUTAN_TYPE_LAYOUT, NULL);
  guint n = graph->n_nodes;
  guint alloc = MAX (n, 1);
  double total_mass = n;

  self->n_nodes = n;
  self->seed = seed;
  self->adj_start = g_steal_pointer (&graph->adj_start);
  self->adj = g_steal_pointer (&graph->adj);
  self->adj_weight = g_steal_pointer (&graph->adj_weight);
  self->mass = g_steal_pointer (&graph->mass);
  plan_attraction (self);
  if (self->mass != NULL)
    {
      total_mass = 0;
      for (guint i = 0; i < n; i++)
        total_mass += self->mass[i];
      self->sm = g_new (float, alloc);
    }

  self->x = g_new (float, alloc);
  self->y = g_new (float, alloc);
  self->pinned = g_new0 (guint8, alloc);
  self->user_pinned = g_new0 (guint8, alloc);
  self->published = g_new (TautanPoint, alloc);
  if (lender != NULL)
    {
      g_assert (n <= lender->n_nodes && !lender->borrowed);
      self->borrowed = TRUE;
      self->fx = lender->fx;
      self->fy = lender->fy;
      self->codes = lender->codes;
      self->order = lender->order;
      self->codes_tmp = lender->codes_tmp;
      self->order_tmp = lender->order_tmp;
      self->sx = lender->sx;
      self->sy = lender->sy;
      self->sfx = lender->sfx;
      self->sfy = lender->sfy;
      self->cells = lender->cells;
      self->boxes = lender->boxes;
      self->leaves = lender->leaves;
    }
  else
    {
      self->fx = g_new (float, alloc);
      self->fy = g_new (float, alloc);
      self->codes = g_new (guint32, alloc);
      self->order = g_new (guint32, alloc);
      self->codes_tmp = g_new (guint32, alloc);
      self->order_tmp = g_new (guint32, alloc);
      self->sx = g_new (float, alloc);
      self->sy = g_new (float, alloc);
      self->sfx = g_new (float, alloc);
      self->sfy = g_new (float, alloc);
      /* Every inner cell has two children or more: fewer than 2n cells. */
      self->cells = g_new (Cell, 2 * alloc);
      self->boxes = g_new (Box, 2 * alloc);
      self->leaves = g_new (guint32, alloc);
    }

  initial_placement (self, seed);
  self->diameter = 2 * sqrtf ((float)total_mass * REPULSION / GRAVITY);

  /* Small graphs are read node by node, and their hubs are drawn large:
   * give each node a radius growing with its weighted degree, so busy
   * actors never sit on top of each other (ForceAtlas2's prevent-overlap). */
  self->prevent_overlap = TRUE;
  if (n > 0 && n <= COLLISION_MAX_NODES && self->mass == NULL)
    {
      double total = 0;

      self->size = g_new (float, n);
      for (guint i = 0; i < n; i++)
        {
          float w = 0;

          for (guint k = self->adj_start[i]; k < self->adj_start[i + 1]; k++)
            w += self->adj_weight[k];
          self->size[i] = sqrtf (1 + w);
          total += self->size[i];
        }
      for (guint i = 0; i < n; i++)
        self->size[i] = MIN (COLLISION_RADIUS * spacing (self) * self->size[i] / (float)(total / n),
                             0.8f * spacing (self));
    }
  self->temperature = START_TEMPERATURE * MAX (self->diameter, 1.0f);
  self->cooling = COOLING;
  publish (self, n == 0);

  return self;
}

/**
 * tautan_layout_new:
 * @n_nodes: the number of nodes
 * @edge_src: (array length=n_edges): one end of each spring
 * @edge_dst: (array length=n_edges): the other end
 * @weights: (nullable) (array length=n_edges): spring strengths, or %NULL for 1
 * @n_edges: the number of springs
 * @seed: seeds the initial placement
 *
 * Creates a layout of an undirected graph. Self-loops are ignored and
 * repeated springs add up. The same graph and @seed always give the same
 * positions after the same number of iterations, on any number of threads.
 * Above 5,000 nodes the first iterations run on coarser copies of the
 * graph (multilevel), meanwhile showing each node on its coarse parent;
 * placing a free node before the first iteration skips them.
 *
 * Returns: (transfer full): the layout
 */
TautanLayout *
tautan_layout_new (guint          n_nodes,
                   const guint32 *edge_src,
                   const guint32 *edge_dst,
                   const float   *weights,
                   guint          n_edges,
                   guint64        seed)
{
  TautanLayoutGraph graph = { 0 };
  g_autofree guint32 *fill = NULL;
  TautanLayout *self;
  guint n = n_nodes;

  g_return_val_if_fail (n_edges == 0 || (edge_src != NULL && edge_dst != NULL), NULL);

  for (guint e = 0; e < n_edges; e++)
    g_return_val_if_fail (edge_src[e] < n && edge_dst[e] < n, NULL);

  graph.n_nodes = n;
  graph.adj_start = g_new0 (guint32, n + 1);
  for (guint e = 0; e < n_edges; e++)
    {
      if (edge_src[e] == edge_dst[e])
        continue;
      graph.adj_start[edge_src[e] + 1]++;
      graph.adj_start[edge_dst[e] + 1]++;
    }
  for (guint i = 0; i < n; i++)
    graph.adj_start[i + 1] += graph.adj_start[i];
  graph.adj = g_new (guint32, MAX (graph.adj_start[n], 1));
  graph.adj_weight = g_new (float, MAX (graph.adj_start[n], 1));
  fill = g_memdup2 (graph.adj_start, (n + 1) * sizeof (guint32));
  for (guint e = 0; e < n_edges; e++)
    {
      guint32 a = edge_src[e], b = edge_dst[e];
      float w = weights != NULL && isfinite (weights[e]) ? MAX (weights[e], 0.0f) : 1.0f;

      if (a == b)
        continue;
      graph.adj[fill[a]] = b;
      graph.adj_weight[fill[a]++] = w;
      graph.adj[fill[b]] = a;
      graph.adj_weight[fill[b]++] = w;
    }

  self = layout_new_graph (&graph, seed, NULL);
  self->multilevel = n > MULTILEVEL_MIN;
  return self;
}

typedef struct
{
  guint32 *src;
  guint32 *dst;
  float   *weights;
  guint    n;
  guint    n_nodes;
} Springs;

/* Below this many nodes settling takes less than reading a file. */
#define CACHE_MIN_NODES 2000

static void
springs_free (Springs *springs)
{
  g_free (springs->src);
  g_free (springs->dst);
  g_free (springs->weights);
  g_free (springs);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Springs, springs_free)

/* The dataset's entities and springs, as a layout of it takes them. */
static Springs *
dataset_springs (TautanDataset *dataset)
{
  g_autoptr(GArray) pairs = NULL;
  Springs *springs = g_new0 (Springs, 1);
  guint n_entities;
  guint n_springs = 0;

  n_entities = tautan_dataset_get_n_entities (dataset);

  /* The dataset's edge table holds each ordered pair of actor and
   * target with its events: over the whole span, the events between a
   * pair are those of its edge, read here with no time query (a window
   * over a million events took a second of the session's making). */
  {
    gsize n_edges = 0;
    const guint32 *src = _tautan_dataset_column_data (dataset, COL_EDGE_SRC, &n_edges);
    const guint32 *dst = COL_U32 (dataset, COL_EDGE_DST);
    const guint32 *ev_off = COL_U32 (dataset, COL_EDGE_EV_OFF);

    pairs = g_array_sized_new (FALSE, FALSE, sizeof (SpringPair), (guint)n_edges);
    for (gsize e = 0; e < n_edges; e++)
      {
        SpringPair pair = { MIN (src[e], dst[e]), MAX (src[e], dst[e]), ev_off[e + 1] - ev_off[e] };

        if (pair.a != pair.b && pair.b < n_entities && pair.count > 0)
          g_array_append_val (pairs, pair);
      }
  }

  /* A → B and B → A become one spring: sort, then merge neighbours. The
   * ends are entities, so two stable counting passes, by the higher end
   * then the lower, sort in O(pairs + entities): a comparison sort of a
   * million pairs was a good part of the session's making. */
  {
    SpringPair *p = (SpringPair *)(gpointer)pairs->data;
    g_autofree SpringPair *tmp = g_new (SpringPair, MAX (pairs->len, 1));
    g_autofree guint32 *start = g_new (guint32, (gsize)n_entities + 1);

    memset (start, 0, ((gsize)n_entities + 1) * sizeof *start);
    for (guint k = 0; k < pairs->len; k++)
      start[p[k].b + 1]++;
    for (guint e = 0; e < n_entities; e++)
      start[e + 1] += start[e];
    for (guint k = 0; k < pairs->len; k++)
      tmp[start[p[k].b]++] = p[k];

    memset (start, 0, ((gsize)n_entities + 1) * sizeof *start);
    for (guint k = 0; k < pairs->len; k++)
      start[tmp[k].a + 1]++;
    for (guint e = 0; e < n_entities; e++)
      start[e + 1] += start[e];
    for (guint k = 0; k < pairs->len; k++)
      p[start[tmp[k].a]++] = tmp[k];
  }
  springs->src = g_new (guint32, MAX (pairs->len, 1));
  springs->dst = g_new (guint32, MAX (pairs->len, 1));
  springs->weights = g_new (float, MAX (pairs->len, 1));
  for (guint k = 0; k < pairs->len;)
    {
      const SpringPair *pair = &g_array_index (pairs, SpringPair, k);
      guint64 count = 0;

      for (; k < pairs->len; k++)
        {
          const SpringPair *same = &g_array_index (pairs, SpringPair, k);

          if (same->a != pair->a || same->b != pair->b)
            break;
          count += same->count;
        }
      springs->src[n_springs] = pair->a;
      springs->dst[n_springs] = pair->b;
      springs->weights[n_springs] = 1.0f + logf ((float)MAX (count, 1));
      n_springs++;
    }

  springs->n = n_springs;
  springs->n_nodes = n_entities;
  return springs;
}

/**
 * tautan_layout_new_for_dataset:
 * @dataset: a dataset
 * @seed: seeds the initial placement
 *
 * Lays out the dataset's entities, joined by its edges over the whole
 * time span: both directions of a pair are one spring, of strength
 * 1 + ln (events between them). Moving the time window never moves a node.
 *
 * Returns: (transfer full): the layout
 */
TautanLayout *
tautan_layout_new_for_dataset (TautanDataset *dataset,
                               guint64        seed)
{
  g_autoptr(Springs) springs = NULL;

  g_return_val_if_fail (TAUTAN_IS_DATASET (dataset), NULL);

  springs = dataset_springs (dataset);
  return tautan_layout_new (springs->n_nodes, springs->src, springs->dst, springs->weights, springs->n, seed);
}

/**
 * tautan_layout_get_n_nodes:
 * @self: a layout
 *
 * Returns: the number of nodes
 */
guint
tautan_layout_get_n_nodes (TautanLayout *self)
{
  g_return_val_if_fail (TAUTAN_IS_LAYOUT (self), 0);

  return self->n_nodes;
}

/**
 * tautan_layout_step:
 * @self: a layout that is not running
 * @iterations: how many iterations to run
 *
 * Runs @iterations iterations on the calling thread, whether or not the
 * layout has settled, publishing the positions after each.
 */
void
tautan_layout_step (TautanLayout *self,
                    guint         iterations)
{
  g_return_if_fail (TAUTAN_IS_LAYOUT (self));
  g_return_if_fail (!tautan_layout_is_running (self));

  for (guint i = 0; i < iterations; i++)
    step_once (self);
}

/**
 * tautan_layout_is_settled:
 * @self: a layout
 *
 * Whether the nodes have stopped moving: the mean displacement of the
 * free nodes stayed under 1% of the node spacing for 5 iterations in a
 * row, and no position or pin change is waiting.
 *
 * Returns: %TRUE once settled
 */
gboolean
tautan_layout_is_settled (TautanLayout *self)
{
  g_return_val_if_fail (TAUTAN_IS_LAYOUT (self), FALSE);

  return g_atomic_int_get (&self->settled);
}

/**
 * tautan_layout_get_iterations:
 * @self: a layout
 *
 * Returns: the iterations run so far, on any thread
 */
guint
tautan_layout_get_iterations (TautanLayout *self)
{
  g_return_val_if_fail (TAUTAN_IS_LAYOUT (self), 0);

  return (guint)g_atomic_int_get (&self->iterations);
}

/**
 * tautan_layout_start:
 * @self: a layout
 *
 * Runs iterations on a worker thread until the layout settles or
 * tautan_layout_stop() is called. A settled layout that is started stays
 * idle until a position or pin changes, then runs again.
 */
void
tautan_layout_start (TautanLayout *self)
{
  g_return_if_fail (TAUTAN_IS_LAYOUT (self));

  self->want_running = TRUE;
  if (g_atomic_int_get (&self->running))
    return;
  /* A worker that left because the layout settled is joined here. */
  if (self->thread != NULL)
    g_clear_pointer (&self->thread, g_thread_join);
  if (tautan_layout_is_settled (self))
    return;

  g_atomic_int_set (&self->stop_requested, FALSE);
  g_atomic_int_set (&self->running, TRUE);
  self->thread = g_thread_new ("tautan-layout", worker_func, self);
}

/**
 * tautan_layout_stop:
 * @self: a layout
 *
 * Stops the worker thread after its current iteration and waits for it.
 */
void
tautan_layout_stop (TautanLayout *self)
{
  g_return_if_fail (TAUTAN_IS_LAYOUT (self));

  self->want_running = FALSE;
  if (self->thread == NULL)
    return;
  g_mutex_lock (&self->mutex);
  g_atomic_int_set (&self->stop_requested, TRUE);
  g_cond_signal (&self->resume);
  g_mutex_unlock (&self->mutex);
  g_clear_pointer (&self->thread, g_thread_join);
  g_atomic_int_set (&self->running, FALSE);
}

/**
 * tautan_layout_hold:
 * @self: a layout
 * @hold: whether to hold it
 *
 * Held, the worker thread (started or not) runs no iteration until the
 * layout is released, though it still counts as running; stopping it
 * works as ever. A window holds a big dataset's layout until its graph's
 * first frame is drawn: the first iterations (the coarse levels' making)
 * would take the cores that the first scene's build and that frame wait
 * for. Any thread may call this.
 */
void
tautan_layout_hold (TautanLayout *self,
                    gboolean      hold)
{
  g_return_if_fail (TAUTAN_IS_LAYOUT (self));

  g_mutex_lock (&self->mutex);
  self->held = !!hold;
  if (!hold)
    g_cond_signal (&self->resume);
  g_mutex_unlock (&self->mutex);
}

/**
 * tautan_layout_get_held:
 * @self: a layout
 *
 * Returns: whether tautan_layout_hold() holds it
 */
gboolean
tautan_layout_get_held (TautanLayout *self)
{
  gboolean held;

  g_return_val_if_fail (TAUTAN_IS_LAYOUT (self), FALSE);

  g_mutex_lock (&self->mutex);
  held = self->held;
  g_mutex_unlock (&self->mutex);
  return held;
}

/**
 * tautan_layout_is_running:
 * @self: a layout
 *
 * Returns: whether the worker thread is iterating
 */
gboolean
tautan_layout_is_running (TautanLayout *self)
{
  g_return_val_if_fail (TAUTAN_IS_LAYOUT (self), FALSE);

  return g_atomic_int_get (&self->running);
}

/**
 * tautan_layout_get_generation:
 * @self: a layout
 *
 * The number of times positions were published, so a view can tell
 * whether to redraw without copying them.
 *
 * Returns: the generation
 */
guint64
tautan_layout_get_generation (TautanLayout *self)
{
  g_return_val_if_fail (TAUTAN_IS_LAYOUT (self), 0);

  return (guint64)(gsize)g_atomic_pointer_get (&self->generation);
}

/**
 * tautan_layout_get_positions:
 * @self: a layout
 * @positions: (out caller-allocates) (array): room for one point per node
 *
 * Copies the last published positions; safe while the worker runs.
 */
void
tautan_layout_get_positions (TautanLayout *self,
                             TautanPoint  *positions)
{
  g_return_if_fail (TAUTAN_IS_LAYOUT (self));
  g_return_if_fail (positions != NULL || self->n_nodes == 0);

  g_mutex_lock (&self->mutex);
  if (self->n_nodes > 0)
    memcpy (positions, self->published, self->n_nodes * sizeof *positions);
  g_mutex_unlock (&self->mutex);
}

/**
 * tautan_layout_get_bounds:
 * @self: a layout
 * @x0: (out) (optional): the smallest x
 * @y0: (out) (optional): the smallest y
 * @x1: (out) (optional): the largest x
 * @y1: (out) (optional): the largest y
 *
 * The bounding box of the last published positions (all 0 with no nodes).
 */
void
tautan_layout_get_bounds (TautanLayout *self,
                          float        *x0,
                          float        *y0,
                          float        *x1,
                          float        *y1)
{
  g_return_if_fail (TAUTAN_IS_LAYOUT (self));

  g_mutex_lock (&self->mutex);
  if (self->bounds_stale)
    update_bounds (self);
  if (x0 != NULL)
    *x0 = self->bounds[0];
  if (y0 != NULL)
    *y0 = self->bounds[1];
  if (x1 != NULL)
    *x1 = self->bounds[2];
  if (y1 != NULL)
    *y1 = self->bounds[3];
  g_mutex_unlock (&self->mutex);
}

static void
queue (TautanLayout  *self,
       const Pending *op)
{
  gboolean restart;

  g_mutex_lock (&self->mutex);
  g_array_append_val (self->pending, *op);
  /* The moves queued before are shown already (here, and by publish()):
   * showing this one is enough, and the bounds wait until asked, so the
   * thousands of moves a replaced dataset queues (its positions kept by
   * id) cost each a constant, not the whole layout. */
  if (op->kind == PENDING_POSITION)
    self->published[op->node] = (TautanPoint) { op->x, op->y };
  self->bounds_stale = TRUE;
  g_atomic_int_set (&self->settled, FALSE);
  g_atomic_pointer_add (&self->generation, 1);
  restart = self->want_running && !g_atomic_int_get (&self->running);
  g_mutex_unlock (&self->mutex);

  if (restart)
    tautan_layout_start (self);
}

/**
 * tautan_layout_set_position:
 * @self: a layout
 * @node: a node index
 * @position: where to put it
 * @pin: whether it should stay there
 *
 * Moves @node (pinning or freeing it as @pin says) before the next
 * iteration; the published positions show it at once. The layout warms up
 * again so the neighbours follow, and a started layout that had settled
 * runs again. Call from the thread that owns @self.
 */
void
tautan_layout_set_position (TautanLayout *self,
                            guint         node,
                            TautanPoint   position,
                            gboolean      pin)
{
  Pending op = { PENDING_POSITION, node, position.x, position.y, !!pin };

  g_return_if_fail (TAUTAN_IS_LAYOUT (self));
  g_return_if_fail (node < self->n_nodes);
  g_return_if_fail (isfinite (position.x) && isfinite (position.y));

  self->user_pinned[node] = !!pin;
  queue (self, &op);
}

/**
 * tautan_layout_set_pinned:
 * @self: a layout
 * @node: a node index
 * @pinned: whether @node keeps its position
 *
 * Pins or frees @node where it is. Freeing a node warms the layout up.
 */
void
tautan_layout_set_pinned (TautanLayout *self,
                          guint         node,
                          gboolean      pinned)
{
  Pending op = { PENDING_PINNED, node, 0, 0, !!pinned };

  g_return_if_fail (TAUTAN_IS_LAYOUT (self));
  g_return_if_fail (node < self->n_nodes);

  if (self->user_pinned[node] == !!pinned)
    return;
  self->user_pinned[node] = !!pinned;
  queue (self, &op);
}

/**
 * tautan_layout_get_pinned:
 * @self: a layout
 * @node: a node index
 *
 * Returns: whether @node is pinned
 */
gboolean
tautan_layout_get_pinned (TautanLayout *self,
                          guint         node)
{
  g_return_val_if_fail (TAUTAN_IS_LAYOUT (self), FALSE);
  g_return_val_if_fail (node < self->n_nodes, FALSE);

  return self->user_pinned[node];
}

/* A dragged node's neighbourhood: enough iterations for its neighbours
 * to follow a step of a few springs, cooling fast so a drag frame ends. */
#define DRAG_ITERATIONS 30
#define DRAG_COOLING    0.9f

/* The nodes near a dragged neighbourhood, binned in square cells of two
 * node spacings: a node's repulsion is taken from the 3 x 3 cells around
 * it, which at the layout's density is a few dozen nodes. */
typedef struct
{
  float    x0, y0, cell;
  guint    w, h;
  guint32 *start;   /* w * h + 1 */
  guint32 *nodes;
} DragGrid;

static inline guint
grid_col (const DragGrid *grid,
          float           v,
          float           origin,
          guint           size)
{
  float c = (v - origin) / grid->cell;

  return c <= 0 ? 0 : c >= (float)(size - 1) ? size - 1 : (guint)c;
}

static void
grid_build (DragGrid     *grid,
            TautanLayout *self,
            float         x0,
            float         y0,
            float         x1,
            float         y1,
            float         cell)
{
  guint n = self->n_nodes;
  g_autofree guint32 *fill = NULL;

  grid->x0 = x0;
  grid->y0 = y0;
  grid->cell = cell;
  grid->w = (guint)CLAMP ((x1 - x0) / cell + 1, 1, 2048);
  grid->h = (guint)CLAMP ((y1 - y0) / cell + 1, 1, 2048);
  grid->start = g_new0 (guint32, (gsize)grid->w * grid->h + 1);
  for (guint32 i = 0; i < n; i++)
    if (self->x[i] >= x0 && self->x[i] <= x1 && self->y[i] >= y0 && self->y[i] <= y1)
      grid->start[grid_col (grid, self->y[i], y0, grid->h) * grid->w + grid_col (grid, self->x[i], x0, grid->w) + 1]++;
  for (gsize c = 0; c < (gsize)grid->w * grid->h; c++)
    grid->start[c + 1] += grid->start[c];
  grid->nodes = g_new (guint32, MAX (grid->start[(gsize)grid->w * grid->h], 1));
  fill = g_memdup2 (grid->start, ((gsize)grid->w * grid->h + 1) * sizeof (guint32));
  for (guint32 i = 0; i < n; i++)
    if (self->x[i] >= x0 && self->x[i] <= x1 && self->y[i] >= y0 && self->y[i] <= y1)
      grid->nodes[fill[grid_col (grid, self->y[i], y0, grid->h) * grid->w + grid_col (grid, self->x[i], x0, grid->w)]++] = i;
}

static void
grid_clear (DragGrid *grid)
{
  g_clear_pointer (&grid->start, g_free);
  g_clear_pointer (&grid->nodes, g_free);
}

/* The force on node @i from its springs (wherever the other end is), the
 * repulsion of the nodes near it in @grid, and gravity. */
static void
local_force (TautanLayout   *self,
             guint32         i,
             const DragGrid *grid,
             float          *out_x,
             float          *out_y)
{
  float xi = self->x[i], yi = self->y[i];
  float ax = 0, ay = 0, rx = 0, ry = 0;
  guint cx = grid_col (grid, xi, grid->x0, grid->w), cy = grid_col (grid, yi, grid->y0, grid->h);

  for (guint32 e = self->adj_start[i]; e < self->adj_start[i + 1]; e++)
    {
      guint32 j = self->adj[e];
      float dx = self->x[j] - xi;
      float dy = self->y[j] - yi;
      float d = sqrtf (dx * dx + dy * dy);

      if (d > 0)
        {
          float f = self->adj_weight[e] * _tautan_layout_fast_log1p (d) / d;

          ax += dx * f;
          ay += dy * f;
        }
    }
  for (guint gy = cy > 0 ? cy - 1 : 0; gy <= MIN (cy + 1, grid->h - 1); gy++)
    for (guint gx = cx > 0 ? cx - 1 : 0; gx <= MIN (cx + 1, grid->w - 1); gx++)
      {
        gsize c = (gsize)gy * grid->w + gx;

        for (guint32 k = grid->start[c]; k < grid->start[c + 1]; k++)
          {
            float dx = xi - self->x[grid->nodes[k]];
            float dy = yi - self->y[grid->nodes[k]];
            float f = 1.0f / (dx * dx + dy * dy + SOFTENING);

            rx += dx * f;
            ry += dy * f;
          }
      }
  *out_x = ax + REPULSION * rx - GRAVITY * xi;
  *out_y = ay + REPULSION * ry - GRAVITY * yi;
}

/**
 * tautan_layout_drag:
 * @self: a layout that is not running
 * @node: the dragged node
 * @position: where the pointer put it
 * @pin: whether it should stay there
 * @max_nodes: the most nodes that may follow
 *
 * Moves @node and lets its neighbourhood follow, without touching the
 * rest of the graph: the free nodes nearest to @node by springs
 * (breadth-first, at most @max_nodes) are refined while everything else
 * holds still. Repulsion is taken from the nodes within two node
 * spacings (a grid), and forces from farther away as they were before
 * the move: the layout was at rest, so whatever the nearby forces did not
 * balance then, the far ones did ("frozen far field"). A call costs one
 * pass to bin the nodes plus about @max_nodes times a few dozen, and
 * moves nothing if @node does not move.
 *
 * Like tautan_layout_step(), for a layout whose worker is not running,
 * e.g. a large one that has settled; the positions are published.
 *
 * Returns: how many nodes followed
 */
guint
tautan_layout_drag (TautanLayout *self,
                    guint         node,
                    TautanPoint   position,
                    gboolean      pin,
                    guint         max_nodes)
{
  g_autofree guint32 *local = NULL;
  g_autofree guint8 *mark = NULL;
  g_autofree float *bias = NULL;
  DragGrid grid = { 0 };
  guint n_local = 0;
  float x0, y0, x1, y1, margin, t;

  g_return_val_if_fail (TAUTAN_IS_LAYOUT (self), 0);
  g_return_val_if_fail (!tautan_layout_is_running (self), 0);
  g_return_val_if_fail (node < self->n_nodes, 0);
  g_return_val_if_fail (isfinite (position.x) && isfinite (position.y), 0);

  apply_pending (self);
  if (self->coarse != NULL)
    project (self);

  /* The neighbourhood, breadth-first over free nodes: @local doubles as
   * the queue. */
  local = g_new (guint32, MAX (max_nodes, 1));
  mark = g_new0 (guint8, self->n_nodes);
  mark[node] = 1;
  for (guint head = 0, cur = node; n_local < max_nodes; cur = local[head++])
    {
      for (guint32 e = self->adj_start[cur]; e < self->adj_start[cur + 1] && n_local < max_nodes; e++)
        {
          guint32 j = self->adj[e];

          if (mark[j] || self->pinned[j])
            continue;
          mark[j] = 1;
          local[n_local++] = j;
        }
      if (head >= n_local)
        break;
    }

  /* The nodes whose repulsion counts: those near the neighbourhood and
   * the node, before and after the move. */
  x0 = x1 = position.x;
  y0 = y1 = position.y;
  x0 = MIN (x0, self->x[node]);
  x1 = MAX (x1, self->x[node]);
  y0 = MIN (y0, self->y[node]);
  y1 = MAX (y1, self->y[node]);
  for (guint k = 0; k < n_local; k++)
    {
      x0 = MIN (x0, self->x[local[k]]);
      x1 = MAX (x1, self->x[local[k]]);
      y0 = MIN (y0, self->y[local[k]]);
      y1 = MAX (y1, self->y[local[k]]);
    }
  margin = 2 * spacing (self);
  grid_build (&grid, self, x0 - margin, y0 - margin, x1 + margin, y1 + margin, margin);

  /* The far field, frozen: minus the nearby forces at rest. */
  bias = g_new (float, 2 * (gsize)MAX (n_local, 1));
  for (guint k = 0; k < n_local; k++)
    {
      local_force (self, local[k], &grid, &bias[2 * k], &bias[2 * k + 1]);
      bias[2 * k] = -bias[2 * k];
      bias[2 * k + 1] = -bias[2 * k + 1];
    }

  self->x[node] = position.x;
  self->y[node] = position.y;
  self->pinned[node] = !!pin;
  self->user_pinned[node] = !!pin;

  /* Jacobi steps, so the result does not depend on the visiting order. */
  t = REHEAT * spacing (self);
  for (guint it = 0; it < DRAG_ITERATIONS && n_local > 0; it++)
    {
      g_autofree float *f = g_new (float, 2 * (gsize)n_local);

      for (guint k = 0; k < n_local; k++)
        {
          local_force (self, local[k], &grid, &f[2 * k], &f[2 * k + 1]);
          f[2 * k] += bias[2 * k];
          f[2 * k + 1] += bias[2 * k + 1];
        }
      for (guint k = 0; k < n_local; k++)
        {
          float dx = f[2 * k] * STEP, dy = f[2 * k + 1] * STEP;
          float len = sqrtf (dx * dx + dy * dy);

          if (len > t)
            {
              dx *= t / len;
              dy *= t / len;
            }
          self->x[local[k]] += dx;
          self->y[local[k]] += dy;
        }
      t *= DRAG_COOLING;
    }

  grid_clear (&grid);
  publish (self, g_atomic_int_get (&self->settled));
  return n_local;
}

/**
 * tautan_layout_get_neighbours:
 * @self: a layout
 * @node: a node index
 * @n_neighbours: (out): how many
 *
 * Returns: (transfer none) (array length=n_neighbours): the nodes tied to
 *   @node by a spring (a node twice if two springs tie them)
 */
const guint32 *
tautan_layout_get_neighbours (TautanLayout *self,
                              guint         node,
                              guint        *n_neighbours)
{
  g_return_val_if_fail (TAUTAN_IS_LAYOUT (self), NULL);
  g_return_val_if_fail (node < self->n_nodes, NULL);

  *n_neighbours = self->adj_start[node + 1] - self->adj_start[node];
  return self->adj + self->adj_start[node];
}

/**
 * tautan_layout_restore:
 * @self: a layout
 * @positions: (array): one point per node
 * @pinned: (array): one byte per node: whether the user pinned it
 * @settled: whether the layout was at rest with these positions
 *
 * Puts every node back where a snapshot had it, exactly, as undo needs:
 * waiting changes are dropped (the snapshot supersedes them) and a layout
 * that was at rest stays at rest instead of warming up.
 */
void
tautan_layout_restore (TautanLayout      *self,
                       const TautanPoint *positions,
                       const guint8      *pinned,
                       gboolean           settled)
{
  gboolean want_running;

  g_return_if_fail (TAUTAN_IS_LAYOUT (self));
  g_return_if_fail (positions != NULL || self->n_nodes == 0);
  g_return_if_fail (pinned != NULL || self->n_nodes == 0);

  want_running = self->want_running;
  tautan_layout_stop (self);

  g_mutex_lock (&self->mutex);
  g_array_set_size (self->pending, 0);
  g_mutex_unlock (&self->mutex);

  /* The snapshot supersedes coarse levels, run or to run: they would
   * overwrite it. The full graph refines from it instead. */
  self->hierarchy_built = TRUE;
  if (self->coarse != NULL)
    drop_hierarchy (self);

  for (guint i = 0; i < self->n_nodes; i++)
    {
      self->x[i] = positions[i].x;
      self->y[i] = positions[i].y;
      self->pinned[i] = self->user_pinned[i] = !!pinned[i];
    }
  if (settled)
    {
      self->calm = SETTLE_COUNT;
      self->temperature = 1e-4f * spacing (self);
    }
  else
    self->calm = 0;

  /* Shown as given: the snapshot was taken after separate(), and pushing
   * apart again would not give the same picture. */
  g_mutex_lock (&self->mutex);
  if (self->n_nodes > 0)
    memcpy (self->published, positions, self->n_nodes * sizeof *positions);
  update_bounds (self);
  g_atomic_int_set (&self->settled, settled);
  g_atomic_pointer_add (&self->generation, 1);
  g_mutex_unlock (&self->mutex);

  if (want_running)
    tautan_layout_start (self);
}

void
_tautan_layout_set_n_threads (TautanLayout *self,
                              guint         n_threads)
{
  g_return_if_fail (TAUTAN_IS_LAYOUT (self));
  g_return_if_fail (!tautan_layout_is_running (self));

  self->n_threads = CLAMP (n_threads, 1, 2);
  for (TautanLayout *level = self->coarse; level != NULL; level = level->coarse)
    level->n_threads = self->n_threads;
}

guint
_tautan_layout_get_n_levels (TautanLayout *self)
{
  g_return_val_if_fail (TAUTAN_IS_LAYOUT (self), 0);
  g_return_val_if_fail (!tautan_layout_is_running (self), 0);

  return self->n_levels;
}

gboolean
_tautan_layout_get_waiting (TautanLayout *self)
{
  gboolean waiting;

  g_return_val_if_fail (TAUTAN_IS_LAYOUT (self), FALSE);

  g_mutex_lock (&self->mutex);
  waiting = self->waiting;
  g_mutex_unlock (&self->mutex);
  return waiting;
}

gsize
_tautan_layout_get_scratch_bytes (TautanLayout *self)
{
  gsize bytes = 0;

  g_return_val_if_fail (TAUTAN_IS_LAYOUT (self), 0);
  g_return_val_if_fail (!tautan_layout_is_running (self), 0);

  for (TautanLayout *level = self; level != NULL; level = level->coarse)
    if (!level->borrowed)
      {
        gsize n = MAX (level->n_nodes, 1);

        bytes += n * (4 * sizeof (float) + 4 * sizeof (guint32) + 2 * sizeof (float) + sizeof (guint32) +
                      2 * sizeof (Cell) + 2 * sizeof (Box));
      }
  return bytes;
}

void
_tautan_layout_set_multilevel (TautanLayout *self,
                               gboolean      multilevel)
{
  g_return_if_fail (TAUTAN_IS_LAYOUT (self));
  g_return_if_fail (!self->hierarchy_built);

  self->multilevel = !!multilevel;
}

void
_tautan_layout_get_motion (TautanLayout *self,
                           float        *moved,
                           float        *threshold)
{
  g_return_if_fail (TAUTAN_IS_LAYOUT (self));
  g_return_if_fail (!tautan_layout_is_running (self));

  if (moved != NULL)
    *moved = self->moved;
  if (threshold != NULL)
    *threshold = SETTLE_RATIO * spacing (self);
}

void
_tautan_layout_set_prevent_overlap (TautanLayout *self,
                                    gboolean      prevent)
{
  g_return_if_fail (TAUTAN_IS_LAYOUT (self));

  g_mutex_lock (&self->mutex);
  self->prevent_overlap = !!prevent;
  g_mutex_unlock (&self->mutex);
  publish (self, tautan_layout_is_settled (self));
}

float
_tautan_layout_get_node_radius (TautanLayout *self,
                                guint         node)
{
  g_return_val_if_fail (TAUTAN_IS_LAYOUT (self), 0);
  g_return_val_if_fail (node < self->n_nodes, 0);

  return self->size != NULL && self->prevent_overlap ? self->size[node] : 0;
}

/* For tests: the springs' pull on every node with the nodes at @at, as
 * an iteration computes it (the tasks one after the other). The layout's
 * working positions become @at. */
void
_tautan_layout_get_spring_forces (TautanLayout      *self,
                                  const TautanPoint *at,
                                  float             *fx,
                                  float             *fy)
{
  g_return_if_fail (TAUTAN_IS_LAYOUT (self));
  g_return_if_fail (!tautan_layout_is_running (self));

  for (guint i = 0; i < self->n_nodes; i++)
    {
      self->x[i] = at[i].x;
      self->y[i] = at[i].y;
    }
  for (guint t = 0; t < self->n_attract_tasks; t++)
    attract_nodes (self, self->attract_tasks[t], self->attract_tasks[t + 1]);
  memcpy (fx, self->fx, self->n_nodes * sizeof (float));
  memcpy (fy, self->fy, self->n_nodes * sizeof (float));
}

/**
 * tautan_layout_settle_dataset:
 * @dataset: the dataset
 * @cancellable: (nullable): stops the iterations early
 *
 * Runs the layout the app shows (%TAUTAN_LAYOUT_SEED) on this thread
 * until it settles or %TAUTAN_LAYOUT_MAX_ITERATIONS, so every headless
 * export places nodes where the app does. The settled positions of a
 * large dataset are kept in the user's cache folder, so the next export
 * of it skips the settling (see tautan-layout-cache.c).
 *
 * Returns: (transfer full) (array): a position per entity of @dataset
 */
TautanPoint *
tautan_layout_settle_dataset (TautanDataset *dataset,
                              GCancellable  *cancellable)
{
  g_autoptr(TautanLayout) layout = NULL;
  g_autoptr(Springs) springs = NULL;
  g_autofree char *cache = NULL;
  TautanPoint *positions;

  g_return_val_if_fail (TAUTAN_IS_DATASET (dataset), NULL);

  springs = dataset_springs (dataset);
  /* Large layouts take seconds to settle to the same positions each time:
   * they are kept (see tautan-layout-cache.c). */
  if (springs->n_nodes >= CACHE_MIN_NODES)
    cache = _tautan_layout_cache_path (springs->n_nodes, springs->src, springs->dst, springs->weights, springs->n,
                                       TAUTAN_LAYOUT_SEED);
  if (cache != NULL && (positions = _tautan_layout_cache_read (cache, springs->n_nodes)) != NULL)
    return positions;

  layout = tautan_layout_new (springs->n_nodes, springs->src, springs->dst, springs->weights, springs->n,
                              TAUTAN_LAYOUT_SEED);
  while (!tautan_layout_is_settled (layout) &&
         tautan_layout_get_iterations (layout) < TAUTAN_LAYOUT_MAX_ITERATIONS &&
         !g_cancellable_is_cancelled (cancellable))
    tautan_layout_step (layout, 1);
  positions = g_new0 (TautanPoint, MAX (tautan_dataset_get_n_entities (dataset), 1));
  tautan_layout_get_positions (layout, positions);
  /* A layout stopped early is not the settled one. */
  if (cache != NULL && !g_cancellable_is_cancelled (cancellable))
    _tautan_layout_cache_write (cache, positions, springs->n_nodes);
  return positions;
}
