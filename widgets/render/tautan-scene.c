/* tautan-scene.c: the display list every backend draws: its life and getters
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Owns a scene's memory, its public getters, the view defaults and the
 * spatial hash that label thinning and hit-testing share. Building is in
 * tautan-scene-build.c, hit-testing in tautan-scene-hit.c, drawing in
 * tautan-scene-draw.c. */

#define G_LOG_DOMAIN "tautan-scene"

#include "config.h"

#include <string.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "tautan/tautan-scene.h"

#include "tautan-scene-private.h"

/* Grid */

struct _Grid
{
  double  cell;
  guint   mask;
  gint32 *heads;
  GArray *links;           /* Link */
};

typedef struct
{
  guint  item;
  gint32 next;
} Link;

Grid *
_tautan_grid_new (double cell,
                  guint  expected)
{
  return _tautan_grid_new_sized (cell, expected, expected);
}

Grid *
_tautan_grid_new_sized (double cell,
                        guint  n_cells,
                        guint  expected)
{
  Grid *grid = g_new0 (Grid, 1);
  guint size = 64;

  while (size < n_cells * 2 && size < (1u << 24))
    size <<= 1;

  grid->cell = cell;
  grid->mask = size - 1;
  grid->heads = _tautan_scene_pool_alloc (sizeof (gint32) * size);
  memset (grid->heads, 0xff, sizeof (gint32) * size);
  grid->links = _tautan_scene_pool_array (sizeof (Link), expected);
  g_array_set_size (grid->links, 0);
  return grid;
}

void
_tautan_grid_free (Grid *grid)
{
  _tautan_scene_pool_free (grid->heads);
  _tautan_scene_pool_free_array (grid->links);
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

void
_tautan_grid_insert (Grid      *grid,
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

        /* Already there (a cell sharing the bucket, or the item's box
         * before this one): a query would only visit it again. */
        if (link.next >= 0 && g_array_index (grid->links, Link, link.next).item == item)
          continue;
        grid->heads[b] = (gint32)grid->links->len;
        g_array_append_val (grid->links, link);
      }
}

guint
_tautan_grid_get_n_links (const Grid *grid)
{
  return grid->links->len;
}

gboolean
_tautan_grid_query (const Grid *grid,
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

/* Pool
 *
 * A scene of 300,000 edges holds some 70 MB, and a time slider builds one
 * a frame: fresh from malloc, each page is faulted in and zeroed by the
 * kernel at its first write, which was most of the build's time. Freed
 * scenes (and the build's scratch) leave their big blocks here for the
 * next build instead; pages stay mapped. At most POOL_MAX_BYTES are kept,
 * the oldest let go first: about one such scene and its scratch, since
 * what the pool keeps adds to the window's peak (a 1M-edge scene is some
 * 250 MB, and a pool of 768 MB took bench-gui's peak from 1.35 to
 * 1.56 GB). Blocks bigger than a 300,000-edge scene's arrays are not kept
 * at all: the whole-graph scenes of a million edges are built seldom, and
 * keeping them only holds memory; their builds empty the pool instead
 * (_tautan_scene_release_memory()). Any thread may give (a scene's last
 * unref may run on a tile thread). */

#define POOL_MAX_BLOCKS 48
/* 192, not 160: the per-tile lists' DrawEdge and DrawNode
 * records (tautan-scene-index.c) made one 300,000-edge scene and its
 * scratch some 160 MB, and the edges' arrays were let go a frame. */
#define POOL_MAX_BYTES  ((gsize)192 << 20)
#define POOL_MAX_BLOCK  ((gsize)48 << 20)

/* Before each block: its capacity, and room to keep the block aligned. */
typedef union
{
  gsize   capacity;
  double  align_d;
  gint64  align_i;
  gpointer align_p;
  char    pad[16];
} BlockHead;

typedef struct
{
  GArray *array;           /* or NULL: a block */
  gpointer block;          /* the head */
  gsize   capacity;        /* bytes */
} PoolEntry;

static GMutex    pool_mutex;
static PoolEntry pool_entries[POOL_MAX_BLOCKS];
static guint     pool_n_entries;
static gsize     pool_bytes;
static gsize     pool_min_block = 256 * 1024;
static guint     pool_n_reused;
static gboolean  pool_poison;       /* tests: what a block held is not to be relied on */
static GHashTable *pool_capacity;   /* GArray → its capacity in bytes */

/* Room for the next build's slightly bigger answer, and whole pages. */
static gsize
pool_round (gsize size)
{
  return (size + size / 8 + 4095) & ~(gsize)4095;
}

/* Called locked, before an array leaves the pool for good. */
static void
pool_forget (PoolEntry *entry)
{
  if (entry->array != NULL && pool_capacity != NULL)
    g_hash_table_remove (pool_capacity, entry->array);
}

static void
pool_entry_free (PoolEntry *entry)
{
  if (entry->array != NULL)
    g_array_unref (entry->array);
  else
    g_free (entry->block);
}

/* The best fit for @size bytes in an array (@array) or a block; NULL when
 * none fits. Called locked. */
static gboolean
pool_take_entry (gboolean   array,
                 guint      element_size,
                 gsize      size,
                 PoolEntry *out)
{
  guint best = G_MAXUINT;

  for (guint k = 0; k < pool_n_entries; k++)
    {
      const PoolEntry *e = &pool_entries[k];

      if ((e->array != NULL) != array || e->capacity < size ||
          (array && g_array_get_element_size (e->array) != element_size))
        continue;
      if (best == G_MAXUINT || e->capacity < pool_entries[best].capacity)
        best = k;
    }
  if (best == G_MAXUINT)
    return FALSE;
  *out = pool_entries[best];
  pool_bytes -= out->capacity;
  memmove (&pool_entries[best], &pool_entries[best + 1], sizeof (PoolEntry) * (pool_n_entries - best - 1));
  pool_n_entries--;
  pool_n_reused++;
  return TRUE;
}

static void
pool_give_entry (PoolEntry *entry)
{
  g_mutex_lock (&pool_mutex);
  if (entry->capacity < pool_min_block || entry->capacity > POOL_MAX_BLOCK)
    {
      pool_forget (entry);
      g_mutex_unlock (&pool_mutex);
      pool_entry_free (entry);
      return;
    }
  while (pool_n_entries > 0 && (pool_n_entries == POOL_MAX_BLOCKS || pool_bytes + entry->capacity > POOL_MAX_BYTES))
    {
      PoolEntry oldest = pool_entries[0];

      pool_bytes -= oldest.capacity;
      memmove (&pool_entries[0], &pool_entries[1], sizeof (PoolEntry) * (pool_n_entries - 1));
      pool_n_entries--;
      pool_forget (&oldest);
      g_mutex_unlock (&pool_mutex);
      pool_entry_free (&oldest);
      g_mutex_lock (&pool_mutex);
    }
  if (pool_poison && entry->array != NULL)
    memset (entry->array->data, 0xa5, (gsize)entry->array->len * g_array_get_element_size (entry->array));
  else if (pool_poison)
    memset ((char *)entry->block + sizeof (BlockHead), 0xa5, entry->capacity);
  pool_entries[pool_n_entries++] = *entry;
  pool_bytes += entry->capacity;
  g_mutex_unlock (&pool_mutex);
}

/* @size bytes, not cleared; give it back with _tautan_scene_pool_free(). */
gpointer
_tautan_scene_pool_alloc (gsize size)
{
  PoolEntry entry = { 0 };
  gboolean found = FALSE;

  size = MAX (size, 1);
  if (size >= pool_min_block)
    {
      g_mutex_lock (&pool_mutex);
      found = pool_take_entry (FALSE, 0, size, &entry);
      g_mutex_unlock (&pool_mutex);
    }
  if (!found)
    {
      entry.capacity = size >= pool_min_block ? pool_round (size) : size;
      entry.block = g_malloc (sizeof (BlockHead) + entry.capacity);
      ((BlockHead *)entry.block)->capacity = entry.capacity;
    }
  return (char *)entry.block + sizeof (BlockHead);
}

gpointer
_tautan_scene_pool_alloc0 (gsize size)
{
  gpointer block = _tautan_scene_pool_alloc (size);

  memset (block, 0, MAX (size, 1));
  return block;
}

void
_tautan_scene_pool_free (gpointer block)
{
  PoolEntry entry = { 0 };

  if (block == NULL)
    return;
  entry.block = (char *)block - sizeof (BlockHead);
  entry.capacity = ((BlockHead *)entry.block)->capacity;
  pool_give_entry (&entry);
}

/* As _tautan_scene_pool_free(), but to the system: a big scene's blocks,
 * which the next big build would only take back from the pool first. */
void
_tautan_scene_pool_discard (gpointer block)
{
  if (block == NULL)
    return;
  g_free ((char *)block - sizeof (BlockHead));
}

/* An array of @n elements, not cleared, that keeps its place in memory
 * while it grows up to the capacity the pool gave it: give it back with
 * _tautan_scene_pool_free_array(). */
GArray *
_tautan_scene_pool_array (guint element_size,
                          guint n)
{
  PoolEntry entry = { 0 };
  gsize size = (gsize)element_size * MAX (n, 1);
  gboolean found = FALSE;

  if (size >= pool_min_block)
    {
      g_mutex_lock (&pool_mutex);
      found = pool_take_entry (TRUE, element_size, size, &entry);
      g_mutex_unlock (&pool_mutex);
    }
  if (!found)
    {
      entry.capacity = size >= pool_min_block ? pool_round (size) : size;
      entry.array = g_array_sized_new (FALSE, FALSE, element_size, (guint)(entry.capacity / element_size));
      if (entry.capacity >= pool_min_block)
        {
          /* GArray does not tell its capacity: the pool remembers it. */
          g_mutex_lock (&pool_mutex);
          if (pool_capacity == NULL)
            pool_capacity = g_hash_table_new (NULL, NULL);
          g_hash_table_insert (pool_capacity, entry.array, GSIZE_TO_POINTER (entry.capacity));
          g_mutex_unlock (&pool_mutex);
        }
    }
  g_array_set_size (entry.array, n);
  return entry.array;
}

void
_tautan_scene_pool_free_array (GArray *array)
{
  PoolEntry entry = { array, NULL, 0 };

  if (array == NULL)
    return;
  g_mutex_lock (&pool_mutex);
  if (pool_capacity != NULL)
    entry.capacity = GPOINTER_TO_SIZE (g_hash_table_lookup (pool_capacity, array));
  g_mutex_unlock (&pool_mutex);
  pool_give_entry (&entry);
}

void
_tautan_scene_pool_discard_array (GArray *array)
{
  if (array == NULL)
    return;
  g_mutex_lock (&pool_mutex);
  if (pool_capacity != NULL)
    g_hash_table_remove (pool_capacity, array);
  g_mutex_unlock (&pool_mutex);
  g_array_unref (array);
}

/* Lets go of every block kept; @min_block: the smallest block kept from
 * now on (0: as before), so tests can pool small scenes; @poison: fill
 * what is given back with junk from now on. Returns how many blocks
 * were reused since the last call. */
/* Called locked: every block let go. */
static void
pool_release_all (void)
{
  while (pool_n_entries > 0)
    {
      PoolEntry entry = pool_entries[--pool_n_entries];

      pool_bytes -= entry.capacity;
      pool_forget (&entry);
      g_mutex_unlock (&pool_mutex);
      pool_entry_free (&entry);
      g_mutex_lock (&pool_mutex);
    }
}

guint
_tautan_scene_pool_reset (gsize    min_block,
                          gboolean poison)
{
  guint reused;

  g_mutex_lock (&pool_mutex);
  pool_release_all ();
  if (min_block > 0)
    pool_min_block = min_block;
  pool_poison = poison;
  reused = pool_n_reused;
  pool_n_reused = 0;
  g_mutex_unlock (&pool_mutex);
  return reused;
}

gsize
_tautan_scene_pool_get_bytes (void)
{
  gsize bytes;

  g_mutex_lock (&pool_mutex);
  bytes = pool_bytes;
  g_mutex_unlock (&pool_mutex);
  return bytes;
}

/* From this many edges a build first gives back what the pool and malloc
 * keep: see _tautan_scene_release_memory(). */
static guint release_edges = 400000;

gboolean
_tautan_scene_is_big (TautanScene *self)
{
  return self->edges != NULL && self->edges->len >= release_edges;
}

guint
_tautan_scene_set_release_edges (guint n_edges)
{
  guint old = release_edges;

  release_edges = n_edges;
  return old;
}

/* A scene this big is built while the one on screen still lives (the
 * canvas swaps it in once whole), and its arrays are too big for the pool
 * anyway: what the pool and malloc's arenas keep from earlier builds and
 * the layout's coarse levels only adds to the window's peak. So they go
 * back to the system first (malloc_trim() also returns the free pages in
 * the middle of every arena); the build then faults in its scratch fresh,
 * a few tens of milliseconds of a build of seconds. */
void
_tautan_scene_release_memory (guint n_edges)
{
  if (n_edges < release_edges)
    return;
  g_mutex_lock (&pool_mutex);
  pool_release_all ();
  g_mutex_unlock (&pool_mutex);
#ifdef __GLIBC__
  malloc_trim (0);
#endif
}

/* Scenes alive and their edges, for the debug log (G_MESSAGES_DEBUG=tautan-scene):
 * a window's peak is how many big scenes live at once. */
static gint live_scenes;
static gint live_edges;

static void
scene_free (TautanScene *self)
{
  g_atomic_int_add (&live_scenes, -1);
  g_atomic_int_add (&live_edges, -(gint)self->edges->len);
  g_clear_pointer (&self->draw_index, _tautan_scene_draw_index_free);
  g_mutex_clear (&self->draw_mutex);
  g_clear_pointer (&self->hit_nodes, _tautan_grid_free);
  g_clear_pointer (&self->hit_edges, _tautan_grid_free);
  g_mutex_clear (&self->hit_mutex);
  /* The big arrays go back to the pool, for the next build; a big
   * scene's to the system, as its successor's build empties the pool
   * first anyway, and they would be held meanwhile. */
  if (_tautan_scene_is_big (self))
    {
      _tautan_scene_pool_discard_array (self->nodes);
      _tautan_scene_pool_discard_array (self->edges);
      _tautan_scene_pool_discard (self->node_extra);
      _tautan_scene_pool_discard (self->node_of_entity);
      _tautan_scene_pool_discard (self->edge_extra);
      _tautan_scene_pool_discard (self->edge_batches);
    }
  else
    {
      _tautan_scene_pool_free_array (self->nodes);
      _tautan_scene_pool_free_array (self->edges);
      _tautan_scene_pool_free (self->node_extra);
      _tautan_scene_pool_free (self->node_of_entity);
      _tautan_scene_pool_free (self->edge_extra);
      _tautan_scene_pool_free (self->edge_batches);
    }
  g_clear_pointer (&self->labels, g_string_chunk_free);
  g_weak_ref_clear (&self->slice_ref);
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
 * cut to a readable length and thinned so none overlaps another.
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
  return tautan_scene_new_after (NULL, context, dataset, slice, positions, view);
}

/* Whether every edge of @previous is as wide at @scale: the zoom sizes
 * edges in half-pixel steps, so while the camera follows the layout most
 * zooms give the same widths, hence the same runs in the same order. */
static gboolean
same_widths (TautanScene *previous,
             double       scale)
{
  double known[1024];

  if (scale == previous->node_scale)
    return TRUE;
  for (guint c = 0; c < G_N_ELEMENTS (known); c++)
    known[c] = -1;
  for (guint i = 0; i < previous->edges->len; i++)
    {
      const TautanSceneEdge *e = &g_array_index (previous->edges, TautanSceneEdge, i);
      double width;

      if (e->count < G_N_ELEMENTS (known))
        {
          if (known[e->count] < 0)
            known[e->count] = _tautan_render_edge_width (e->count, scale);
          width = known[e->count];
        }
      else
        width = _tautan_render_edge_width (e->count, scale);
      if (width != e->width)
        return FALSE;
    }
  return TRUE;
}

/* Whether @previous's edges are those of a scene of @slice through @view
 * but for their geometry: the same slice, the same view but for the
 * centre, size and a zoom that leaves every edge as wide, and no table
 * only the build sees (filter, comparison, focus, fades, roll-up): a
 * scene does not keep them to compare. */
static gboolean
same_edges (TautanScene         *previous,
            TautanRenderContext *context,
            TautanDataset       *dataset,
            TautanSlice         *slice,
            const TautanView    *view)
{
  const TautanView *was = &previous->view;
  g_autoptr(TautanSlice) shown = NULL;

  if (previous->borrowed || view->filter_edges != NULL || view->changes != NULL || view->focus != NULL ||
      view->fade != NULL || view->rollup != NULL)
    return FALSE;
  if (previous->context != context || previous->dataset != dataset ||
      previous->n_entities != tautan_dataset_get_n_entities (dataset))
    return FALSE;
  shown = g_weak_ref_get (&previous->slice_ref);
  if (shown != slice)
    return FALSE;
  return was->span.from == view->span.from && was->span.to == view->span.to &&
         was->cumulative == view->cumulative &&
         was->selected_entity == view->selected_entity && was->selected_source == view->selected_source &&
         was->selected_target == view->selected_target && was->hover_entity == view->hover_entity &&
         was->hidden_kinds == view->hidden_kinds &&
         memcmp (&was->hidden_types, &view->hidden_types, sizeof view->hidden_types) == 0 &&
         was->color_mode == view->color_mode &&
         same_widths (previous, _tautan_render_node_scale (view->zoom));
}

/**
 * tautan_scene_new_after:
 * @previous: (nullable): the scene shown until now
 * @context: fonts and palette
 * @dataset: the dataset @slice was made from
 * @slice: the time window to show
 * @positions: (array): layout coordinates, one per entity of @dataset
 * @view: zoom, centre, size, selection, hover and filters
 *
 * As tautan_scene_new(), the very same scene, made for less when only the
 * positions moved (the layout settling, the camera following it): when
 * @previous shows @slice through the same view but for the centre, size
 * and a zoom that leaves every edge as wide, its edges (which,
 * in which order, their counts, colours and widths) are taken rather than
 * counted and sorted again, and only their geometry is made anew. At a
 * million edges that is the scratch of the count and sort (some 40 MB)
 * while two scenes are alive, and their time. @previous is only read, and
 * may be drawn and freed meanwhile on other threads as usual.
 *
 * Returns: (transfer full): the scene
 */
TautanScene *
tautan_scene_new_after (TautanScene         *previous,
                        TautanRenderContext *context,
                        TautanDataset       *dataset,
                        TautanSlice         *slice,
                        const TautanPoint   *positions,
                        const TautanView    *view)
{
  TautanScene *self;

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
  self->node_scale = _tautan_render_node_scale (view->zoom);
  self->far = _tautan_render_is_far (self->node_scale);
  self->origin_x = view->center_x * view->zoom - view->width / 2.0;
  self->origin_y = view->center_y * view->zoom - view->height / 2.0;
  g_weak_ref_init (&self->slice_ref, slice);
  self->borrowed = view->filter_edges != NULL || view->changes != NULL || view->focus != NULL ||
                   view->fade != NULL || view->rollup != NULL;

  if (previous != NULL && !same_edges (previous, context, dataset, slice, view))
    previous = NULL;
  self->edges_taken = previous != NULL;
  _tautan_scene_build (self, slice, positions, previous);
  g_atomic_int_inc (&live_scenes);
  g_atomic_int_add (&live_edges, (gint)self->edges->len);
  g_debug ("built a scene of %u edges%s; %d scenes of %d edges live", self->edges->len,
           previous != NULL ? ", its predecessor's taken" : "", g_atomic_int_get (&live_scenes),
           g_atomic_int_get (&live_edges));
  /* Borrowed for the build only: the scene must not outlive them. */
  self->view.filter_edges = NULL;
  self->view.changes = NULL;
  self->view.filter = NULL;
  self->view.focus = NULL;
  self->view.fade = NULL;
  self->view.rollup = NULL;
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
 * tautan_scene_edge_get_color:
 *
 * Returns: the edge's colour: its #RRGGBB, as tautan_rgba_from_rgb()
 *   makes it, at its alpha
 */
TautanRgba
tautan_scene_edge_get_color (const TautanSceneEdge *edge)
{
  g_return_val_if_fail (edge != NULL, (TautanRgba) { 0 });

  return tautan_rgba_from_rgb (edge->rgb, edge->alpha);
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


const TautanEdgeShape *
_tautan_scene_get_edge_shape (TautanScene *self,
                              guint        index)
{
  g_assert (index < self->edges->len);

  return &self->edge_extra[index].shape;
}

gboolean
_tautan_scene_is_far (TautanScene *self)
{
  return self->far;
}
