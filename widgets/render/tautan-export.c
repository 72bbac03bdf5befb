/* tautan-export.c: pictures of the graph as PNG, SVG and PDF
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The public API: options, fitting a view, and a page made ready for its
 * writer: what the picture shows (legend content, events, sources), its
 * furniture laid out (tautan-export-furniture.c) and the graph area's
 * scene; then PNG and PDF (tautan-export-cairo.c) or SVG
 * (tautan-export-svg.c). */

#define G_LOG_DOMAIN "tautan-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "tautan/tautan-export.h"
#include "tautan/tautan-file.h"

#include "tautan-export-private.h"
#include "tautan-pair-set.h"
#include "tautan-render-context-private.h"
#include "tautan-render-geometry-private.h"
#include "tautan-render-text-private.h"

#define DEFAULT_WIDTH       1920
#define DEFAULT_HEIGHT      1080
#define DEFAULT_MAX_SOURCES 8
#define MAX_SCALE           8        /* the scene's sprites go up to 8 */
#define MAX_IMAGE_SIDE      32767    /* cairo image surfaces */
#define MAX_PDF_SIDE        14400    /* PDF's largest page: 200 inches */
#define MIN_ZOOM            0.02     /* as the graph view's */
#define MAX_ZOOM            400.0

G_DEFINE_QUARK (tautan-export-error-quark, tautan_export_error)

/* A drawn node as the fit sees it: its layout position, its events (for
 * its radius) and its label's size in pixels (0 when not measured). */
typedef struct
{
  double x, y;
  guint  count;
  guint  n_members;   /* drawn as one: > 1 for a roll-up group */
  double w, h;
} FitNode;

/* The drawn nodes, those with a measured label first, and for the rest
 * (shapes alone) their centres' box and the largest count: the fit's
 * bisection then costs O(FIT_LABELS) a step, whatever the graph. */
typedef struct
{
  GArray *nodes;
  guint   n_measured;
  double  rest[4];
  guint   rest_count;
} Fit;

/* Labels measured at most: the busiest nodes', which the scene labels
 * first (a far-out view of a large graph draws only its busiest 150). */
#define FIT_LABELS 512

/* The @k-th largest of @values (1-based), which it reorders:
 * quickselect, linear on average. */
static guint
kth_largest (guint *values,
             guint  n,
             guint  k)
{
  guint lo = 0, hi = n - 1, want = k - 1;

  while (lo < hi)
    {
      guint pivot = values[lo + (hi - lo) / 2], i = lo, j = hi;

      while (i <= j)
        {
          while (values[i] > pivot)
            i++;
          while (values[j] < pivot)
            j--;
          if (i <= j)
            {
              guint t = values[i];

              values[i] = values[j];
              values[j] = t;
              i++;
              if (j == 0)
                break;
              j--;
            }
        }
      if (want <= j)
        hi = j;
      else if (want >= i)
        lo = i;
      else
        break;
    }
  return values[want];
}

/* Measures, with @context's label layout (the one the scene draws
 * with), the labels the busiest FIT_LABELS of @nodes would show (ties
 * by order); returns how many it measured, moved to the front of @nodes
 * so the fit can take the rest as shapes alone. */
static guint
measure_labels (TautanRenderContext *context,
                TautanDataset       *dataset,
                GArray              *nodes,
                guint               *entity_of)
{
  guint threshold = 0, n_above = 0, n_ties = 0, n = 0;

  if (nodes->len > FIT_LABELS)
    {
      g_autofree guint *counts = g_new (guint, nodes->len);

      for (guint i = 0; i < nodes->len; i++)
        counts[i] = g_array_index (nodes, FitNode, i).count;
      threshold = kth_largest (counts, nodes->len, FIT_LABELS);
      for (guint i = 0; i < nodes->len; i++)
        n_above += g_array_index (nodes, FitNode, i).count > threshold;
    }

  for (guint i = 0; i < nodes->len && n < MIN (nodes->len, FIT_LABELS); i++)
    {
      FitNode node = g_array_index (nodes, FitNode, i);
      g_autofree char *clean = NULL;
      g_autofree char *group = NULL;
      const char *text;
      TautanEntity entity;
      TautanLabelExtents ext;
      guint e = entity_of[i];

      /* the busiest: above the threshold, then at it while room is left */
      if (node.count < threshold || (node.count == threshold && n_ties >= FIT_LABELS - n_above))
        continue;
      n_ties += node.count == threshold;
      tautan_dataset_get_entity (dataset, e, &entity);
      if (entity.name != NULL && entity.name[0] != '\0')
        {
          /* the text the scene's label draws (_tautan_scene_label_text(), group_label()) */
          text = entity.name;
          if (!_tautan_render_text_is_clean (text, TAUTAN_TEXT_LABEL_MAX, TAUTAN_TEXT_ONE_LINE))
            text = clean = _tautan_render_text_clean (text, TAUTAN_TEXT_LABEL_MAX, TAUTAN_TEXT_ONE_LINE);
          if (node.n_members > 1)
            text = group = g_strdup_printf (C_("rollup", "%s +%u"), text, node.n_members - 1);
          _tautan_render_context_measure_label (context, text, &ext);
          node.w = ext.width;
          node.h = ext.height;
        }
      /* to the front */
      g_array_index (nodes, FitNode, i) = g_array_index (nodes, FitNode, n);
      entity_of[i] = entity_of[n];
      g_array_index (nodes, FitNode, n) = node;
      entity_of[n] = e;
      n++;
    }
  return n;
}

/* The drawn nodes: an active entity of a shown kind is drawn, as its
 * roll-up group when @view rolls up (tautan_rollup_drawn_as(), the rule
 * the scene draws by): a group stands at its own entity's position,
 * which need not be among its members'. With @context, the busiest
 * nodes' labels are measured. */
static void
drawn_nodes (Fit                 *fit,
             TautanRenderContext *context,
             const TautanView    *view,
             TautanSlice         *slice,
             const TautanPoint   *positions,
             guint32              hidden_kinds)
{
  TautanDataset *dataset = tautan_slice_get_dataset (slice);
  const TautanRollup *rollup = view->rollup;
  guint n_entities = tautan_dataset_get_n_entities (dataset);
  guint n_active = tautan_slice_get_n_entities (slice);
  /* filled by index: an append per node cost a sixth of the fit */
  GArray *nodes = g_array_sized_new (FALSE, FALSE, sizeof (FitNode), n_active);
  g_autoptr(GArray) entity_of = g_array_sized_new (FALSE, FALSE, sizeof (guint), n_active);
  FitNode *out;
  guint *out_entity, n = 0;
  /* per entity: its node's index + 1, for the members of a group */
  g_autofree guint *node_of = rollup != NULL ? g_new0 (guint, MAX (n_entities, 1)) : NULL;

  g_array_set_size (nodes, n_active);
  g_array_set_size (entity_of, n_active);
  out = (FitNode *)nodes->data;
  out_entity = (guint *)entity_of->data;
  for (guint i = 0; i < n_active; i++)
    {
      const TautanSliceEntity *se = tautan_slice_get_entity (slice, i);
      guint e = se->entity;

      if (rollup != NULL)
        e = tautan_rollup_drawn_as (dataset, rollup->group_of, rollup->n_entities, hidden_kinds, e);
      else if (hidden_kinds != 0)
        {
          TautanEntity entity;

          tautan_dataset_get_entity (dataset, e, &entity);
          if (entity.kind < 32 && (hidden_kinds & (1u << entity.kind)) != 0)
            continue;
        }
      if (e >= n_entities)
        continue;
      if (node_of != NULL && node_of[e] != 0)
        {
          FitNode *group = &out[node_of[e] - 1];

          group->count += se->count;
          group->n_members++;
          continue;
        }
      out[n] = (FitNode) { positions[e].x, positions[e].y, se->count, 1, 0, 0 };
      out_entity[n++] = e;
      if (node_of != NULL)
        node_of[e] = n;
    }
  g_array_set_size (nodes, n);
  g_array_set_size (entity_of, n);
  fit->nodes = nodes;
  fit->n_measured = context != NULL ? measure_labels (context, dataset, nodes, (guint *)entity_of->data) : 0;
  fit->rest[0] = fit->rest[1] = G_MAXDOUBLE;
  fit->rest[2] = fit->rest[3] = -G_MAXDOUBLE;
  fit->rest_count = 0;
  for (guint i = fit->n_measured; i < nodes->len; i++)
    {
      const FitNode *node = &g_array_index (nodes, FitNode, i);

      fit->rest[0] = MIN (fit->rest[0], node->x);
      fit->rest[1] = MIN (fit->rest[1], node->y);
      fit->rest[2] = MAX (fit->rest[2], node->x);
      fit->rest[3] = MAX (fit->rest[3], node->y);
      fit->rest_count = MAX (fit->rest_count, node->count);
    }
}

/* The box, in pixels from the layout's origin, the nodes take at @zoom:
 * their centres, or with @labels each node's shape and its label where
 * the scene first tries it, centred below the node (the nodes with no
 * measured label as one box of centres, with the largest shape). */
static void
drawn_box (const Fit *fit,
           double     zoom,
           gboolean   labels,
           double    *box)
{
  double scale = _tautan_render_node_scale (zoom);
  guint n = labels ? fit->n_measured : fit->nodes->len;

  box[0] = box[1] = G_MAXDOUBLE;
  box[2] = box[3] = -G_MAXDOUBLE;
  for (guint i = 0; i < n; i++)
    {
      const FitNode *node = &g_array_index (fit->nodes, FitNode, i);
      double x = node->x * zoom, y = node->y * zoom;
      double r = 0, half = 0, below = 0;

      if (labels)
        {
          r = _tautan_render_node_radius (node->count, scale);
          half = MAX (r, node->w / 2);
          below = node->h > 0 ? r + 2 + node->h : r;
        }
      box[0] = MIN (box[0], x - half);
      box[1] = MIN (box[1], y - r);
      box[2] = MAX (box[2], x + half);
      box[3] = MAX (box[3], y + below);
    }
  if (labels && fit->n_measured < fit->nodes->len)
    {
      double r = _tautan_render_node_radius (fit->rest_count, scale);

      box[0] = MIN (box[0], fit->rest[0] * zoom - r);
      box[1] = MIN (box[1], fit->rest[1] * zoom - r);
      box[2] = MAX (box[2], fit->rest[2] * zoom + r);
      box[3] = MAX (box[3], fit->rest[3] * zoom + r);
    }
}

static gboolean
box_fits (const Fit *fit,
          double     zoom,
          double     width,
          double     height)
{
  double b[4];

  drawn_box (fit, zoom, TRUE, b);
  return b[2] - b[0] <= width && b[3] - b[1] <= height;
}

/* tautan_export_fit_view(), and the height in pixels the framed nodes
 * then take (margin not included) in @drawn_height. */
static gboolean
fit_view (TautanRenderContext *context,
          TautanView          *view,
          TautanSlice         *slice,
          const TautanPoint   *positions,
          guint32              hidden_kinds,
          double               margin,
          double              *drawn_height)
{
  Fit fit;
  double b[4];
  double w, h, room_w, room_h, zoom;

  if (view->width <= 0 || view->height <= 0 || positions == NULL)
    return FALSE;
  drawn_nodes (&fit, context, view, slice, positions, hidden_kinds);
  if (fit.nodes->len == 0)
    {
      g_array_unref (fit.nodes);
      return FALSE;
    }

  /* The centres first: no zoom frames more than theirs. */
  drawn_box (&fit, 1.0, FALSE, b);
  w = MAX (b[2] - b[0], 1e-3);
  h = MAX (b[3] - b[1], 1e-3);
  room_w = MAX (view->width - 2 * margin, 1.0);
  room_h = MAX (view->height - 2 * margin, 1.0);
  zoom = CLAMP (MIN (room_w / w, room_h / h), MIN_ZOOM, MAX_ZOOM);

  /* Then the shapes and labels, whose size in pixels does not follow the
   * zoom: the largest zoom where they fit too, by bisection (the box's
   * size is convex in the zoom, so where it fits is one interval). */
  if (context != NULL && !box_fits (&fit, zoom, room_w, room_h))
    {
      double lo = MIN_ZOOM, hi = zoom;

      if (box_fits (&fit, lo, room_w, room_h))
        for (guint i = 0; i < 40 && hi / lo > 1.0001; i++)
          {
            double mid = sqrt (lo * hi);

            if (box_fits (&fit, mid, room_w, room_h))
              lo = mid;
            else
              hi = mid;
          }
      zoom = lo;
    }

  drawn_box (&fit, zoom, context != NULL, b);
  g_array_unref (fit.nodes);
  view->zoom = zoom;
  view->center_x = (b[0] + b[2]) / 2 / zoom;
  view->center_y = (b[1] + b[3]) / 2 / zoom;
  if (drawn_height != NULL)
    *drawn_height = b[3] - b[1];
  return TRUE;
}

/**
 * tautan_export_fit_view:
 * @context: (nullable): the fonts the labels are drawn with; %NULL
 *   frames the node centres alone
 * @view: the view to frame; its width and height are kept, and its
 *   roll-up (if any) says what is drawn
 * @slice: the time window whose drawn nodes must all show
 * @positions: (array): layout coordinates, one per entity
 * @hidden_kinds: entities of these kinds (bit per #TautanEntityKind) are
 *   left out of the frame
 * @margin: pixels kept clear on every side
 *
 * Sets @view's zoom and centre so that every node a scene of @view draws
 * of @slice (its active entities, or under a roll-up the groups they are
 * drawn as), with its shape and label (measured with @context, as the
 * scene draws it, below its node; the busiest 512 labels), fits in its
 * width and height with @margin around, the zoom clamped to what the
 * graph view allows: the app's zoom to fit, shared so that an export of
 * the whole graph frames it as the app does.
 *
 * Returns: %FALSE, leaving @view as it was, when nothing is drawn or
 *   the view has no size
 */
gboolean
tautan_export_fit_view (TautanRenderContext *context,
                        TautanView          *view,
                        TautanSlice         *slice,
                        const TautanPoint   *positions,
                        guint32              hidden_kinds,
                        double               margin)
{
  g_return_val_if_fail (context == NULL || TAUTAN_IS_RENDER_CONTEXT (context), FALSE);
  g_return_val_if_fail (view != NULL, FALSE);
  g_return_val_if_fail (TAUTAN_IS_SLICE (slice), FALSE);

  return fit_view (context, view, slice, positions, hidden_kinds, margin, NULL);
}

/* Options */

/**
 * tautan_export_options_init:
 * @options: (out caller-allocates): options to reset
 *
 * PNG at the view's size (1920 × 1080 when it has none), scale 1, light
 * background, the whole graph, every piece of furniture, the dataset's
 * title, today's date (`SOURCE_DATE_EPOCH` when set) and at most 8
 * sources listed.
 */
void
tautan_export_options_init (TautanExportOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->format = TAUTAN_EXPORT_FORMAT_PNG;
  options->scale = 1;
  options->background = TAUTAN_EXPORT_BACKGROUND_LIGHT;
  options->framing = TAUTAN_EXPORT_FRAMING_WHOLE;
  options->furniture = TAUTAN_EXPORT_FURNITURE_ALL;
  options->date = TAUTAN_DAY_NONE;
  options->label_scale = 1.0;
}

/**
 * tautan_export_format_from_name:
 * @name: "png", "svg" or "pdf" in any case, or a file name ending so
 * @format: (out): the format
 *
 * Returns: whether @name names a format
 */
gboolean
tautan_export_format_from_name (const char         *name,
                                TautanExportFormat *format)
{
  static const char *names[] = { "png", "svg", "pdf" };
  const char *dot;

  g_return_val_if_fail (format != NULL, FALSE);

  if (name == NULL)
    return FALSE;
  dot = strrchr (name, '.');
  if (dot != NULL && strchr (dot, '/') == NULL)
    name = dot + 1;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (name, names[i]) == 0)
      {
        *format = (TautanExportFormat)i;
        return TRUE;
      }
  return FALSE;
}

/**
 * tautan_export_format_to_string:
 *
 * Returns: "png", "svg" or "pdf"
 */
const char *
tautan_export_format_to_string (TautanExportFormat format)
{
  switch (format)
    {
    case TAUTAN_EXPORT_FORMAT_SVG:
      return "svg";
    case TAUTAN_EXPORT_FORMAT_PDF:
      return "pdf";
    case TAUTAN_EXPORT_FORMAT_PNG:
    default:
      return "png";
    }
}

/* What is shown */

static int
compare_sources (const void *a,
                 const void *b)
{
  const SourceUse *x = a, *y = b;
  int c;

  /* Oldest first, undated last, then by outlet and title. */
  if (x->published != y->published)
    {
      if (x->published == TAUTAN_DAY_NONE)
        return 1;
      if (y->published == TAUTAN_DAY_NONE)
        return -1;
      return x->published < y->published ? -1 : 1;
    }
  if ((c = g_strcmp0 (x->outlet, y->outlet)) != 0)
    return c;
  if ((c = g_strcmp0 (x->title, y->title)) != 0)
    return c;
  return x->source < y->source ? -1 : x->source > y->source;
}


static int
compare_u32 (const void *a,
             const void *b)
{
  guint32 x = *(const guint32 *)a, y = *(const guint32 *)b;

  return (x > y) - (x < y);
}

/* Events drawn (of a shown type, between a drawn pair) and the sources
 * they cite, from the legend content's pairs. */
static void
count_events (Page *page)
{
  TautanDataset *dataset = page->dataset;
  GArray *pairs = page->content.pairs;
  g_autofree guint *uses = g_new0 (guint, MAX (tautan_dataset_get_n_sources (dataset), 1));
  g_autoptr(GArray) events = NULL;
  const TautanTypeMask *hidden_types = &page->view.hidden_types;
  TautanPairSet set;

  page->sources = g_array_new (FALSE, FALSE, sizeof (SourceUse));
  _tautan_pair_set_init (&set, (const guint64 *)(gconstpointer)pairs->data, pairs->len);
  events = tautan_slice_list_events (page->slice, TAUTAN_NONE, TAUTAN_NONE, TAUTAN_NONE);
  /* A window may hold a million events: read only the columns that say
   * whether one is drawn, and its sources only when it is. */
  for (guint i = 0; i < events->len; i++)
    {
      guint index = g_array_index (events, guint32, i);
      TautanEventLinks event;
      const guint32 *sources;
      guint n_sources;
      gboolean drawn = FALSE;

      tautan_dataset_get_event_links (dataset, index, &event);
      if (tautan_type_mask_has (hidden_types, event.type))
        continue;
      /* One with no target is drawn as its actor's ring. */
      if (event.n_targets == 0 && page->content.untargeted->len > 0)
        drawn = bsearch (&index, page->content.untargeted->data,
                         page->content.untargeted->len, sizeof (guint32), compare_u32) != NULL;
      for (guint a = 0; a < event.n_actors && !drawn; a++)
        for (guint t = 0; t < event.n_targets && !drawn; t++)
          drawn = event.actors[a] != event.targets[t] &&
                  _tautan_pair_set_contains (&set, (guint64)event.actors[a] << 32 | event.targets[t]);
      if (!drawn)
        continue;

      page->n_events++;
      sources = tautan_dataset_get_event_sources (dataset, index, &n_sources);
      for (guint s = 0; s < n_sources; s++)
        if (sources[s] < tautan_dataset_get_n_sources (dataset))
          uses[sources[s]]++;
    }
  _tautan_pair_set_clear (&set);

  for (guint s = 0; s < tautan_dataset_get_n_sources (dataset); s++)
    if (uses[s] > 0)
      {
        TautanSource source;
        SourceUse use;

        tautan_dataset_get_source (dataset, s, &source);
        use.source = s;
        use.n_events = uses[s];
        use.published = source.published;
        use.outlet = source.outlet;
        use.title = source.title;
        g_array_append_val (page->sources, use);
      }
  g_array_sort (page->sources, compare_sources);
}

/* The nodes, edges and events the picture draws: shown kinds and types,
 * and for a view framing, what lies in the part of the map the view
 * showed. */
static void
compute_content (Page             *page,
                 const TautanView *screen)
{
  gboolean clip = page->options.framing == TAUTAN_EXPORT_FRAMING_VIEW &&
                  screen->width > 0 && screen->height > 0 && screen->zoom > 0;
  double rect[4] = { 0, };

  if (clip)
    {
      rect[0] = screen->center_x - screen->width / 2.0 / screen->zoom;
      rect[1] = screen->center_y - screen->height / 2.0 / screen->zoom;
      rect[2] = screen->center_x + screen->width / 2.0 / screen->zoom;
      rect[3] = screen->center_y + screen->height / 2.0 / screen->zoom;
    }
  _tautan_legend_content_init (&page->content, page->slice, page->positions, screen, clip ? rect : NULL);
  page->legend = _tautan_legend_entries (&page->content, tautan_dataset_get_taxonomy (page->dataset),
                                         &page->palette);
  count_events (page);
}

/* Page */

static void
page_clear (Page *page)
{
  g_clear_pointer (&page->scene, tautan_scene_unref);
  g_clear_pointer (&page->items, g_array_unref);
  g_clear_pointer (&page->legend, g_array_unref);
  g_clear_pointer (&page->sources, g_array_unref);
  g_clear_object (&page->context);
  g_clear_pointer (&page->title, g_free);
  g_clear_pointer (&page->window, g_free);
  g_clear_pointer (&page->filters, g_free);
  _tautan_legend_content_clear (&page->content);
}

static gboolean
check_options (const TautanExportOptions *options,
               int                        width,
               int                        height,
               GError                   **error)
{
  int limit = options->format == TAUTAN_EXPORT_FORMAT_PDF ? MAX_PDF_SIDE : MAX_IMAGE_SIDE;
  guint scale = options->format == TAUTAN_EXPORT_FORMAT_PNG ? options->scale : 1;

  if ((guint)options->format > TAUTAN_EXPORT_FORMAT_PDF ||
      (guint)options->background > TAUTAN_EXPORT_BACKGROUND_TRANSPARENT ||
      (guint)options->framing > TAUTAN_EXPORT_FRAMING_WHOLE)
    {
      g_set_error_literal (error, TAUTAN_EXPORT_ERROR, TAUTAN_EXPORT_ERROR_INVALID,
                           "Unknown export format, background or framing");
      return FALSE;
    }
  if (scale < 1 || scale > MAX_SCALE)
    {
      g_set_error (error, TAUTAN_EXPORT_ERROR, TAUTAN_EXPORT_ERROR_INVALID,
                   "The scale must be 1 to %d, not %u", MAX_SCALE, scale);
      return FALSE;
    }
  if (width < 1 || height < 1 || width > limit / (int)scale || height > limit / (int)scale)
    {
      g_set_error (error, TAUTAN_EXPORT_ERROR, TAUTAN_EXPORT_ERROR_INVALID,
                   "A picture of %d × %d at scale %u is out of range: at most %d a side",
                   width, height, scale, limit);
      return FALSE;
    }
  return TRUE;
}

static gboolean
page_init (Page                      *page,
           TautanRenderContext       *context,
           TautanSlice               *slice,
           const TautanPoint         *positions,
           const TautanView          *view,
           const TautanExportOptions *options,
           GError                   **error)
{
  gboolean dark = options->background == TAUTAN_EXPORT_BACKGROUND_DARK;
  double used = G_MAXDOUBLE;

  memset (page, 0, sizeof *page);
  page->options = *options;
  page->width = options->width > 0 ? options->width : view->width > 0 ? view->width : DEFAULT_WIDTH;
  page->height = options->height > 0 ? options->height : view->height > 0 ? view->height : DEFAULT_HEIGHT;
  if (!check_options (options, page->width, page->height, error))
    return FALSE;
  if (page->options.max_sources == 0)
    page->options.max_sources = DEFAULT_MAX_SOURCES;

  /* Labels are measured once per context: reuse the caller's when its
   * palette is the one asked for. */
  if (page->options.label_scale == 0)
    page->options.label_scale = 1.0;
  if (context != NULL && tautan_render_context_get_dark (context) == dark &&
      tautan_render_context_get_label_scale (context) == page->options.label_scale)
    page->context = g_object_ref (context);
  else
    page->context = tautan_render_context_new_scaled (dark, page->options.label_scale);
  page->palette = *tautan_render_context_get_palette (page->context);
  page->transparent = options->background == TAUTAN_EXPORT_BACKGROUND_TRANSPARENT &&
                      options->format != TAUTAN_EXPORT_FORMAT_PDF;
  page->dataset = tautan_slice_get_dataset (slice);
  page->slice = slice;
  page->positions = positions;
  /* Filters and colours now, for the legend; the frame comes later. */
  page->view = *view;
  page->unit = CLAMP (page->width / 1600.0, 0.9, 1.5);

  {
    const char *title = options->title != NULL ? options->title : tautan_dataset_get_title (page->dataset);

    page->title = _tautan_render_text_clean (title, TAUTAN_TEXT_LINE_MAX, TAUTAN_TEXT_ONE_LINE);
    if (page->title[0] == '\0')
      {
        g_free (page->title);
        page->title = g_strdup (_("Untitled"));
      }
  }
  compute_content (page, view);
  _tautan_export_layout_page (page);

  /* The same view, seen through the graph area. */
  page->view = *view;
  page->view.hover_entity = TAUTAN_NONE;
  page->view.width = page->area.width;
  page->view.height = page->area.height;
  if (options->framing == TAUTAN_EXPORT_FRAMING_WHOLE || view->width <= 0 || view->height <= 0)
    {
      /* A small picture's graph keeps a margin in proportion. */
      double margin = MIN (TAUTAN_EXPORT_FIT_MARGIN, MIN (page->area.width, page->area.height) / 8.0);
      double drawn;

      if (fit_view (page->context, &page->view, slice, positions, view->hidden_kinds, margin, &drawn))
        used = drawn + 2 * margin;
    }
  else
    {
      double scale = MIN ((double)page->area.width / view->width, (double)page->area.height / view->height);

      page->view.zoom = view->zoom * scale;
      used = view->height * scale;
    }
  if (!(page->view.zoom > 0))
    page->view.zoom = 1;
  /* A graph bound by the page's width (a tall page, a wide view) leaves
   * height unused: the furniture below comes up to it. */
  _tautan_export_fit_area (page, used);
  page->view.height = page->area.height;

  page->scene = tautan_scene_new (page->context, page->dataset, slice, positions, &page->view);
  if (tautan_scene_get_n_nodes (page->scene) == 0)
    _tautan_export_add_graph_note (page, _("Nothing to show in this time window"));

  return TRUE;
}

/* Public API */

/**
 * tautan_export_render:
 * @context: (nullable): fonts, reused when its palette is the one asked
 *   for (labels are measured once per context)
 * @slice: the time window
 * @positions: (array): layout coordinates, one per entity of @slice's dataset
 * @view: what is shown: filters, edge colours, selection, and for
 *   %TAUTAN_EXPORT_FRAMING_VIEW its centre, zoom and size
 * @options: format, size, background, framing and furniture
 * @error: return location for a #TautanExportError
 *
 * Draws the page: the furniture @options asks for around the graph area
 * (the line saying what is hidden is there whenever something is), the
 * graph drawn by tautan_scene_draw() for PNG and PDF and written as SVG
 * elements (real text, one group with an id and a title per node and
 * edge) for SVG.
 *
 * Returns: (transfer full) (nullable): the file's bytes
 */
GBytes *
tautan_export_render (TautanRenderContext       *context,
                      TautanSlice               *slice,
                      const TautanPoint         *positions,
                      const TautanView          *view,
                      const TautanExportOptions *options,
                      GError                   **error)
{
  Page page;
  GBytes *bytes = NULL;

  g_return_val_if_fail (context == NULL || TAUTAN_IS_RENDER_CONTEXT (context), NULL);
  g_return_val_if_fail (TAUTAN_IS_SLICE (slice), NULL);
  g_return_val_if_fail (positions != NULL ||
                        tautan_dataset_get_n_entities (tautan_slice_get_dataset (slice)) == 0, NULL);
  g_return_val_if_fail (view != NULL, NULL);
  g_return_val_if_fail (options != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (page_init (&page, context, slice, positions, view, options, error))
    {
      switch (options->format)
        {
        case TAUTAN_EXPORT_FORMAT_SVG:
          bytes = _tautan_export_render_svg (&page);
          break;
        case TAUTAN_EXPORT_FORMAT_PDF:
          bytes = _tautan_export_render_pdf (&page, error);
          break;
        case TAUTAN_EXPORT_FORMAT_PNG:
        default:
          bytes = _tautan_export_render_png (&page, error);
          break;
        }
    }
  page_clear (&page);
  return bytes;
}

/**
 * tautan_export_to_png_bytes:
 *
 * As tautan_export_render() with the format set to PNG: for the
 * clipboard.
 *
 * Returns: (transfer full) (nullable): PNG bytes
 */
GBytes *
tautan_export_to_png_bytes (TautanRenderContext       *context,
                            TautanSlice               *slice,
                            const TautanPoint         *positions,
                            const TautanView          *view,
                            const TautanExportOptions *options,
                            GError                   **error)
{
  TautanExportOptions png;

  g_return_val_if_fail (options != NULL, NULL);

  png = *options;
  png.format = TAUTAN_EXPORT_FORMAT_PNG;
  return tautan_export_render (context, slice, positions, view, &png, error);
}

/**
 * tautan_export_write:
 * @file: where to write
 * @error: return location for a #TautanExportError, or a #GFileError or
 *   #GIOError naming @file when it cannot be written
 *
 * Renders as tautan_export_render() does, then writes to a temporary file
 * beside @file and renames it over @file: a failed export leaves no
 * half-written file and an existing @file as it was.
 *
 * Returns: whether @file was written
 */
gboolean
tautan_export_write (TautanRenderContext       *context,
                     TautanSlice               *slice,
                     const TautanPoint         *positions,
                     const TautanView          *view,
                     const TautanExportOptions *options,
                     GFile                     *file,
                     GError                   **error)
{
  g_autoptr(GBytes) bytes = NULL;
  const char *data;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = tautan_export_render (context, slice, positions, view, options, error);
  if (bytes == NULL)
    return FALSE;

  data = g_bytes_get_data (bytes, &length);
  return tautan_file_write (file, data, length, error);
}

/* Test hooks */

/**
 * _tautan_export_build_scene:
 * @context: (nullable): fonts, reused when its palette is the one asked for
 * @slice: the time window
 * @positions: (array): layout coordinates, one per entity of @slice's dataset
 * @view: what is shown (filters, colours, selection; its centre, zoom and
 *   size for %TAUTAN_EXPORT_FRAMING_VIEW)
 * @options: the picture
 * @area: (out) (optional): where the graph lies on the page
 *
 * Builds the graph area's scene as the export draws it: the view with no
 * hover, the area's size, and its centre and zoom either fitting every
 * shown node (whole graph) or showing what the view showed (its zoom
 * scaled so its width and height fit the area).
 *
 * Returns: (transfer full) (nullable): the scene, or %NULL if @options
 *   cannot make a picture
 */
TautanScene *
_tautan_export_build_scene (TautanRenderContext       *context,
                            TautanSlice               *slice,
                            const TautanPoint         *positions,
                            const TautanView          *view,
                            const TautanExportOptions *options,
                            cairo_rectangle_int_t     *area)
{
  Page page;
  TautanScene *scene;

  g_return_val_if_fail (context == NULL || TAUTAN_IS_RENDER_CONTEXT (context), NULL);
  g_return_val_if_fail (TAUTAN_IS_SLICE (slice), NULL);
  g_return_val_if_fail (view != NULL && options != NULL, NULL);

  if (!page_init (&page, context, slice, positions, view, options, NULL))
    {
      page_clear (&page);
      return NULL;
    }
  if (area != NULL)
    *area = page.area;
  scene = tautan_scene_ref (page.scene);
  page_clear (&page);
  return scene;
}

/**
 * _tautan_export_get_boxes:
 * @area: (out) (optional): where the graph lies on the page
 *
 * Lays out the page as tautan_export_render() does and measures its
 * furniture: one box per block that has any item, around the ink of its
 * items (text boxes, icons, rules).
 *
 * Returns: (transfer full) (element-type TautanExportBox) (nullable): the
 *   boxes, or %NULL if @options cannot make a picture
 */
GArray *
_tautan_export_get_boxes (TautanRenderContext       *context,
                          TautanSlice               *slice,
                          const TautanPoint         *positions,
                          const TautanView          *view,
                          const TautanExportOptions *options,
                          cairo_rectangle_int_t     *area)
{
  Page page;
  GArray *boxes;
  TautanExportBox found[TAUTAN_EXPORT_N_BLOCKS];
  gboolean any[TAUTAN_EXPORT_N_BLOCKS] = { FALSE, };

  g_return_val_if_fail (TAUTAN_IS_SLICE (slice), NULL);
  g_return_val_if_fail (view != NULL && options != NULL, NULL);

  if (!page_init (&page, context, slice, positions, view, options, NULL))
    {
      page_clear (&page);
      return NULL;
    }
  if (area != NULL)
    *area = page.area;

  for (guint i = 0; i < page.items->len; i++)
    {
      const Item *item = &g_array_index (page.items, Item, i);
      TautanExportBox *box = &found[item->block];
      double e[4];

      _tautan_export_item_extents (&page, item, e);
      if (!any[item->block])
        *box = (TautanExportBox) { item->block, e[0], e[1], e[2], e[3] };
      box->x0 = MIN (box->x0, e[0]);
      box->y0 = MIN (box->y0, e[1]);
      box->x1 = MAX (box->x1, e[2]);
      box->y1 = MAX (box->y1, e[3]);
      any[item->block] = TRUE;
    }

  boxes = g_array_new (FALSE, FALSE, sizeof (TautanExportBox));
  for (guint b = 0; b < TAUTAN_EXPORT_N_BLOCKS; b++)
    if (any[b])
      g_array_append_val (boxes, found[b]);
  page_clear (&page);
  return boxes;
}

/**
 * _tautan_export_count_sources:
 * @n_sources: (out): the articles behind the drawn edges
 * @n_listed: (out): how many of them the page lists, one line each
 * @n_counted: (out): how many it only counts ("and N more", or a note
 *   saying they were left out)
 *
 * Lays out the page as tautan_export_render() does and says what became
 * of its sources, so that tests can check none vanish unsaid. All zero if
 * @options cannot make a picture.
 */
void
_tautan_export_count_sources (TautanRenderContext       *context,
                              TautanSlice               *slice,
                              const TautanPoint         *positions,
                              const TautanView          *view,
                              const TautanExportOptions *options,
                              guint                     *n_sources,
                              guint                     *n_listed,
                              guint                     *n_counted)
{
  Page page;

  *n_sources = *n_listed = *n_counted = 0;
  g_return_if_fail (TAUTAN_IS_SLICE (slice));
  g_return_if_fail (view != NULL && options != NULL);

  if (page_init (&page, context, slice, positions, view, options, NULL))
    {
      *n_sources = page.sources->len;
      *n_listed = page.sources_listed;
      *n_counted = page.sources_counted;
    }
  page_clear (&page);
}
