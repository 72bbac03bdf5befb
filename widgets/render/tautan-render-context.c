/* tautan-render-context.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-render-context"

#include "config.h"

#include "tautan/tautan-dataset.h"
#include "tautan/tautan-render-context.h"

#include "tautan-render-context-private.h"

#define FONT_FAMILY      "Cantarell, Noto Sans, Noto Sans CJK KR, DejaVu Sans, sans-serif"
#define LABEL_SIZE_PX    12
#define RESOLUTION_DPI   96.0
/* Label layouts kept: a screenful of labels fits, and clearing is cheap. */
#define MAX_LAYOUTS      4096
#define MAX_SPRITE_BYTES (48 << 20)

/* Pango font maps and contexts are not thread-safe: each of these is used
 * by one thread at a time. All have the same options, so the same text
 * gets the same metrics whichever lays it out. */
typedef struct
{
  PangoFontMap *font_map;
  PangoContext *context;
  GHashTable   *layouts;     /* label text → PangoLayout */
} TextState;

struct _TautanRenderContext
{
  GObject        parent_instance;

  TextState      owner_state;   /* create_layout() on the thread that created us */
  GThread       *owner;

  /* Labels of the graph, from any thread, one at a time: measuring and
   * drawing sprites is rare once a graph is shown, and worker threads
   * then need no fonts of their own. */
  GMutex         label_mutex;
  TextState      label_state;

  GMutex         extents_mutex;
  GHashTable    *extents;       /* label text → TautanLabelExtents */

  GMutex         sprites_mutex;
  GHashTable    *sprites;       /* key → TautanSprite */
  gsize          sprite_bytes;

  TautanPalette  palette;
  double         label_scale;   /* of the graph's labels, 1: LABEL_SIZE_PX */
  guint          dark : 1;
};

G_DEFINE_FINAL_TYPE (TautanRenderContext, tautan_render_context, G_TYPE_OBJECT)

static void text_state_free (gpointer data);

static void
sprite_free (gpointer data)
{
  TautanSprite *sprite = data;

  cairo_surface_destroy (sprite->surface);
  g_free (sprite);
}

static GPrivate thread_state = G_PRIVATE_INIT (text_state_free);

static PangoFontDescription *
new_font_description (double size_px)
{
  PangoFontDescription *desc = pango_font_description_new ();

  pango_font_description_set_family (desc, FONT_FAMILY);
  pango_font_description_set_absolute_size (desc, size_px * PANGO_SCALE);
  return desc;
}

static void
text_state_init (TextState *state,
                 double     size_px)
{
  cairo_font_options_t *options = cairo_font_options_create ();
  PangoFontDescription *desc = new_font_description (size_px);

  /* A private font map, not pango_cairo_font_map_get_default(): GTK tunes
   * the default one to the screen, and our options must win everywhere. */
  state->font_map = pango_cairo_font_map_new ();
  pango_cairo_font_map_set_resolution (PANGO_CAIRO_FONT_MAP (state->font_map), RESOLUTION_DPI);
  state->context = pango_font_map_create_context (state->font_map);

  /* Unhinted outlines and metrics with grey antialiasing: the same text
   * has the same width at every zoom, device scale and export format. */
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (state->context, options);
  pango_cairo_context_set_resolution (state->context, RESOLUTION_DPI);
  pango_context_set_round_glyph_positions (state->context, FALSE);
  pango_context_set_font_description (state->context, desc);

  state->layouts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);

  pango_font_description_free (desc);
  cairo_font_options_destroy (options);
}

static void
text_state_clear (TextState *state)
{
  g_clear_pointer (&state->layouts, g_hash_table_unref);
  g_clear_object (&state->context);
  g_clear_object (&state->font_map);
}

static void
text_state_free (gpointer data)
{
  TextState *state = data;

  text_state_clear (state);
  g_free (state);
}

static TextState *
get_text_state (TautanRenderContext *self)
{
  TextState *state;

  if (g_thread_self () == self->owner)
    return &self->owner_state;

  state = g_private_get (&thread_state);
  if (state == NULL)
    {
      state = g_new0 (TextState, 1);
      text_state_init (state, LABEL_SIZE_PX);
      g_private_set (&thread_state, state);
    }
  return state;
}

static void
set_palette (TautanPalette *p,
             gboolean       dark)
{
  /* Nodes are neutral greys and slates, so they never read as one of the
   * QuadClass edge colours (Okabe–Ito blue, green, orange, vermillion);
   * shape, not fill, is the main cue for the kind. */
  static const guint32 light_nodes[TAUTAN_N_ENTITY_KINDS] = {
    0x3D3846,   /* person: dark 3 */
    0x4A5A6A,   /* state: dark slate */
    0x77767B,   /* organisation: dark 1 */
    0x241F31,   /* armed group: dark 4 */
    0x7D8A97,   /* media: slate */
    0x9A9996,   /* place: light 5 */
    0xA9B1BA,   /* unnamed group: pale slate */
  };
  static const guint32 dark_nodes[TAUTAN_N_ENTITY_KINDS] = {
    0xDEDDDA,   /* person: light 3 */
    0xAEBBC8,   /* state: light slate */
    0x9A9996,   /* organisation: light 5 */
    0xF6F5F4,   /* armed group: light 2 */
    0x7D8A97,   /* media: slate */
    0xC0BFBC,   /* place: light 4 */
    0x6E7781,   /* unnamed group: dark slate */
  };
  const guint32 *nodes = dark ? dark_nodes : light_nodes;

  G_STATIC_ASSERT (TAUTAN_N_ENTITY_KINDS == G_N_ELEMENTS (p->node_fill));

  /* libadwaita 1.2 view and window colours, accent blue. */
  if (dark)
    {
      p->background = tautan_rgba_from_rgb (0x242424, 1);
      p->foreground = tautan_rgba_from_rgb (0xFFFFFF, 1);
      p->dim = tautan_rgba_from_rgb (0x9A9996, 1);
      p->accent = tautan_rgba_from_rgb (0x78AEED, 1);
      p->node_stroke = tautan_rgba_from_rgb (0xFFFFFF, 0.7);
    }
  else
    {
      p->background = tautan_rgba_from_rgb (0xFAFAFA, 1);
      p->foreground = tautan_rgba_from_rgb (0x241F31, 1);
      p->dim = tautan_rgba_from_rgb (0x5E5C64, 1);
      p->accent = tautan_rgba_from_rgb (0x1C71D8, 1);
      p->node_stroke = tautan_rgba_from_rgb (0x241F31, 0.8);
    }

  for (guint i = 0; i < TAUTAN_N_ENTITY_KINDS; i++)
    p->node_fill[i] = tautan_rgba_from_rgb (nodes[i], 1);

  p->label_halo = p->background;
}

static void
tautan_render_context_finalize (GObject *object)
{
  TautanRenderContext *self = (TautanRenderContext *)object;

  text_state_clear (&self->owner_state);
  text_state_clear (&self->label_state);
  g_mutex_clear (&self->label_mutex);
  g_clear_pointer (&self->extents, g_hash_table_unref);
  g_mutex_clear (&self->extents_mutex);
  g_clear_pointer (&self->sprites, g_hash_table_unref);
  g_mutex_clear (&self->sprites_mutex);

  G_OBJECT_CLASS (tautan_render_context_parent_class)->finalize (object);
}

static void
tautan_render_context_class_init (TautanRenderContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tautan_render_context_finalize;
}

static void
tautan_render_context_init (TautanRenderContext *self)
{
  g_mutex_init (&self->extents_mutex);
  self->extents = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_mutex_init (&self->sprites_mutex);
  self->sprites = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, sprite_free);
  self->owner = g_thread_self ();
  text_state_init (&self->owner_state, LABEL_SIZE_PX);
  g_mutex_init (&self->label_mutex);
  text_state_init (&self->label_state, LABEL_SIZE_PX);
  self->label_scale = 1.0;
}

/**
 * tautan_render_context_new:
 * @dark: whether to use the dark palette
 *
 * Creates the fonts and palette every drawing of the graph uses.
 *
 * Returns: (transfer full): a new render context
 */
TautanRenderContext *
tautan_render_context_new (gboolean dark)
{
  TautanRenderContext *self = g_object_new (TAUTAN_TYPE_RENDER_CONTEXT, NULL);

  self->dark = !!dark;
  set_palette (&self->palette, self->dark);
  return self;
}

/**
 * tautan_render_context_new_scaled:
 * @dark: whether to use the dark palette
 * @label_scale: the graph's labels at this many times their size (0.5 to 4)
 *
 * As tautan_render_context_new(), with larger or smaller labels, e.g. for
 * an export read from afar.
 *
 * Returns: (transfer full): a new render context
 */
TautanRenderContext *
tautan_render_context_new_scaled (gboolean dark,
                                  double   label_scale)
{
  TautanRenderContext *self = tautan_render_context_new (dark);

  g_return_val_if_fail (label_scale >= 0.5 && label_scale <= 4, self);

  if (label_scale != 1.0)
    {
      self->label_scale = label_scale;
      text_state_clear (&self->label_state);
      text_state_init (&self->label_state, LABEL_SIZE_PX * label_scale);
    }
  return self;
}

/**
 * tautan_render_context_get_label_scale:
 *
 * Returns: the graph's labels' scale: 1 but for a context from
 *   tautan_render_context_new_scaled()
 */
double
tautan_render_context_get_label_scale (TautanRenderContext *self)
{
  g_return_val_if_fail (TAUTAN_IS_RENDER_CONTEXT (self), 1.0);

  return self->label_scale;
}

/* The graph's labels' size in pixels. */
double
_tautan_render_context_get_label_size (TautanRenderContext *self)
{
  return LABEL_SIZE_PX * self->label_scale;
}

/**
 * tautan_render_context_get_dark:
 *
 * Returns: whether the palette is the dark one
 */
gboolean
tautan_render_context_get_dark (TautanRenderContext *self)
{
  g_return_val_if_fail (TAUTAN_IS_RENDER_CONTEXT (self), FALSE);

  return self->dark;
}

/**
 * tautan_render_context_get_palette:
 *
 * Returns: (transfer none): the colours, valid while @self lives
 */
const TautanPalette *
tautan_render_context_get_palette (TautanRenderContext *self)
{
  g_return_val_if_fail (TAUTAN_IS_RENDER_CONTEXT (self), NULL);

  return &self->palette;
}

/**
 * tautan_render_context_create_layout:
 *
 * Creates an empty layout in the label font for the calling thread. Any
 * thread may call this; use the layout only on the thread that made it.
 *
 * Returns: (transfer full): a new layout
 */
PangoLayout *
tautan_render_context_create_layout (TautanRenderContext *self)
{
  g_return_val_if_fail (TAUTAN_IS_RENDER_CONTEXT (self), NULL);

  return pango_layout_new (get_text_state (self)->context);
}

/**
 * tautan_render_context_get_font_family:
 *
 * Returns: the font family list labels ask for, e.g. for SVG export
 */
const char *
tautan_render_context_get_font_family (TautanRenderContext *self)
{
  g_return_val_if_fail (TAUTAN_IS_RENDER_CONTEXT (self), NULL);

  return FONT_FAMILY;
}

PangoLayout *
_tautan_render_context_lock_label (TautanRenderContext *self,
                                   const char          *text)
{
  TextState *state = &self->label_state;
  PangoLayout *layout;

  g_mutex_lock (&self->label_mutex);
  layout = g_hash_table_lookup (state->layouts, text);
  if (layout != NULL)
    return layout;

  if (g_hash_table_size (state->layouts) >= MAX_LAYOUTS)
    g_hash_table_remove_all (state->layouts);

  layout = pango_layout_new (state->context);
  pango_layout_set_text (layout, text, -1);
  g_hash_table_insert (state->layouts, g_strdup (text), layout);
  return layout;
}

void
_tautan_render_context_unlock_label (TautanRenderContext *self)
{
  g_mutex_unlock (&self->label_mutex);
}

void
_tautan_render_context_measure_label (TautanRenderContext *self,
                                      const char          *text,
                                      TautanLabelExtents  *extents)
{
  TautanLabelExtents *cached;
  PangoRectangle logical;

  g_mutex_lock (&self->extents_mutex);
  cached = g_hash_table_lookup (self->extents, text);
  if (cached != NULL)
    *extents = *cached;
  g_mutex_unlock (&self->extents_mutex);
  if (cached != NULL)
    return;

  pango_layout_get_extents (_tautan_render_context_lock_label (self, text), NULL, &logical);
  _tautan_render_context_unlock_label (self);
  extents->x = (double)logical.x / PANGO_SCALE;
  extents->y = (double)logical.y / PANGO_SCALE;
  extents->width = (double)logical.width / PANGO_SCALE;
  extents->height = (double)logical.height / PANGO_SCALE;

  g_mutex_lock (&self->extents_mutex);
  g_hash_table_replace (self->extents, g_strdup (text), g_memdup2 (extents, sizeof *extents));
  g_mutex_unlock (&self->extents_mutex);
}

gboolean
_tautan_render_context_lookup_sprite (TautanRenderContext *self,
                                      const char          *key,
                                      TautanSprite        *sprite)
{
  const TautanSprite *found;

  g_mutex_lock (&self->sprites_mutex);
  found = g_hash_table_lookup (self->sprites, key);
  if (found != NULL)
    {
      *sprite = *found;
      cairo_surface_reference (sprite->surface);
    }
  g_mutex_unlock (&self->sprites_mutex);

  return found != NULL;
}

void
_tautan_render_context_add_sprite (TautanRenderContext *self,
                                   const char          *key,
                                   const TautanSprite  *sprite)
{
  TautanSprite *copy = g_new (TautanSprite, 1);
  gsize bytes = (gsize)cairo_image_surface_get_stride (sprite->surface) *
                cairo_image_surface_get_height (sprite->surface);

  *copy = *sprite;
  cairo_surface_reference (copy->surface);

  g_mutex_lock (&self->sprites_mutex);
  /* Dropping all is crude but bounded; a frame refills what it shows, and
   * sprites in use hold their own references. */
  if (self->sprite_bytes + bytes > MAX_SPRITE_BYTES)
    {
      g_hash_table_remove_all (self->sprites);
      self->sprite_bytes = 0;
    }
  /* Two threads may draw the same sprite at once: either copy will do. */
  if (!g_hash_table_contains (self->sprites, key))
    {
      g_hash_table_insert (self->sprites, g_strdup (key), copy);
      self->sprite_bytes += bytes;
      copy = NULL;
    }
  g_mutex_unlock (&self->sprites_mutex);

  if (copy != NULL)
    sprite_free (copy);
}
