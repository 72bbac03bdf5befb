/* test-export-furniture.c: the words around an exported graph never collide
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "tautan/tautan-dataset.h"
#include "tautan/tautan-export.h"
#include "tautan/tautan-layout.h"
#include "tautan/tautan-changes.h"
#include "tautan/tautan-render-color.h"
#include "tautan/tautan-render-context.h"
#include "tautan/tautan-scene.h"
#include "tautan/tautan-slice.h"

#include "tautan-export-private.h"
#include "tautan-render-geometry-private.h"
#include "tautan-scene-private.h"

/* Every format at the sizes people ask for, the in-app default (889 × 589)
 * among them, on the bundled dataset with all its furniture: the measured
 * blocks (title, legend, sources, note, dataset line, rule) stay on the
 * page, off the graph and clear of one another, and every article behind
 * the drawn edges is listed or counted ("and N more", "N sources left
 * out"); none vanishes unsaid. */

static const int sizes[][2] = {
  { 400, 300 }, { 640, 480 }, { 889, 589 }, { 1280, 720 }, { 1920, 1080 }, { 4000, 3000 },
};

static const TautanExportFormat formats[] = {
  TAUTAN_EXPORT_FORMAT_PNG, TAUTAN_EXPORT_FORMAT_SVG, TAUTAN_EXPORT_FORMAT_PDF,
};

typedef struct
{
  TautanDataset       *dataset;
  TautanRenderContext *context;
  TautanPoint         *positions;
  TautanSlice         *slice;
  TautanView           view;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TautanTimeSpan span;

  f->dataset = tautan_dataset_load_resource (RESOURCE_PREFIX "/datasets/korea-russia.json", &error);
  g_assert_no_error (error);
  f->context = tautan_render_context_new (FALSE);
  f->positions = tautan_layout_settle_dataset (f->dataset, NULL);
  span = tautan_dataset_get_span (f->dataset);
  f->slice = tautan_slice_new (f->dataset, &span, FALSE);
  tautan_view_init (&f->view);
  f->view.span = span;
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->slice);
  g_clear_pointer (&f->positions, g_free);
  g_clear_object (&f->context);
  g_clear_object (&f->dataset);
}

static gboolean
apart (const TautanExportBox *a,
       const TautanExportBox *b)
{
  /* Text boxes are whole glyph lines: half a pixel of rounding is allowed. */
  return a->x1 <= b->x0 + 0.5 || b->x1 <= a->x0 + 0.5 || a->y1 <= b->y0 + 0.5 || b->y1 <= a->y0 + 0.5;
}

static void
check_page (Fixture                   *f,
            const TautanExportOptions *options)
{
  g_autoptr(GArray) boxes = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  cairo_rectangle_int_t area;
  guint n_sources, n_listed, n_counted;
  int width = options->width, height = options->height;

  boxes = _tautan_export_get_boxes (f->context, f->slice, f->positions, &f->view, options, &area);
  g_assert_nonnull (boxes);
  /* A page with all its furniture has some of it at any size. */
  g_assert_cmpuint (boxes->len, >, 0);

  for (guint a = 0; a < boxes->len; a++)
    {
      const TautanExportBox *box = &g_array_index (boxes, TautanExportBox, a);
      TautanExportBox graph = { TAUTAN_EXPORT_BLOCK_GRAPH, area.x, area.y, area.x + area.width,
                                area.y + area.height };

      g_assert_cmpfloat (box->x0, <, box->x1);
      g_assert_cmpfloat (box->y0, <, box->y1);
      if (box->x0 < -0.5 || box->y0 < -0.5 || box->x1 > width + 0.5 || box->y1 > height + 0.5)
        g_error ("%s %d × %d: block %d (%.1f, %.1f)–(%.1f, %.1f) leaves the page",
                 tautan_export_format_to_string (options->format), width, height, box->block,
                 box->x0, box->y0, box->x1, box->y1);
      if (box->block != TAUTAN_EXPORT_BLOCK_GRAPH && !apart (box, &graph))
        g_error ("%s %d × %d: block %d lies on the graph", tautan_export_format_to_string (options->format),
                 width, height, box->block);
      for (guint b = a + 1; b < boxes->len; b++)
        if (!apart (box, &g_array_index (boxes, TautanExportBox, b)))
          g_error ("%s %d × %d: blocks %d and %d overlap", tautan_export_format_to_string (options->format),
                   width, height, box->block, g_array_index (boxes, TautanExportBox, b).block);
    }

  _tautan_export_count_sources (f->context, f->slice, f->positions, &f->view, options,
                                &n_sources, &n_listed, &n_counted);
  g_test_message ("%s %d × %d: %u blocks; %u sources, %u listed, %u counted",
                  tautan_export_format_to_string (options->format), width, height, boxes->len,
                  n_sources, n_listed, n_counted);
  /* The bundled dataset's edges stand on articles. */
  g_assert_cmpuint (n_sources, >, 0);
  g_assert_cmpuint (n_listed + n_counted, ==, n_sources);

  /* And the page those boxes describe is written. */
  bytes = tautan_export_render (f->context, f->slice, f->positions, &f->view, options, &error);
  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  g_assert_cmpuint (g_bytes_get_size (bytes), >, 0);
}

static void
test_sizes (Fixture       *f,
            gconstpointer  data)
{
  gboolean counted_some = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
      {
        TautanExportOptions options;
        guint n_sources, n_listed, n_counted;

        tautan_export_options_init (&options);
        options.format = formats[i];
        options.width = sizes[s][0];
        options.height = sizes[s][1];
        options.furniture = TAUTAN_EXPORT_FURNITURE_ALL;
        options.date = tautan_day_from_ymd (2026, 11, 24);
        check_page (f, &options);

        _tautan_export_count_sources (f->context, f->slice, f->positions, &f->view, &options,
                                      &n_sources, &n_listed, &n_counted);
        counted_some |= n_counted > 0;
      }
  /* Both ways were taken: the check above saw pages that count. */
  g_assert_true (counted_some);
}

/* With a lot of sources asked for, the small pages still hold: the list
 * gives way to a count, never to a collision. */
static void
test_many_sources (Fixture       *f,
                   gconstpointer  data)
{
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      TautanExportOptions options;

      tautan_export_options_init (&options);
      options.format = TAUTAN_EXPORT_FORMAT_SVG;
      options.width = sizes[s][0];
      options.height = sizes[s][1];
      options.max_sources = 200;
      options.date = tautan_day_from_ymd (2026, 11, 24);
      check_page (f, &options);
    }
}

/* From @node's centre to @labelled's label box. */
static double
label_distance (const TautanSceneNode *labelled,
                const TautanSceneNode *node)
{
  double dx = MAX (MAX (labelled->label_x - node->x, 0), node->x - (labelled->label_x + labelled->label_width));
  double dy = MAX (MAX (labelled->label_y - node->y, 0), node->y - (labelled->label_y + labelled->label_height));

  return sqrt (dx * dx + dy * dy);
}

static int
compare_desc (gconstpointer a,
              gconstpointer b)
{
  guint x = *(const guint *)a, y = *(const guint *)b;

  return x < y ? 1 : x > y ? -1 : 0;
}

/* The selection, its neighbours and the five busiest actors. */
static gboolean
must_show (Fixture               *f,
           TautanScene           *scene,
           const TautanSceneNode *node,
           guint                  selected,
           guint                  busiest)
{
  if (node->entity == selected || tautan_slice_get_entity_count (f->slice, node->entity) >= busiest)
    return TRUE;
  for (guint e = 0; e < tautan_scene_get_n_edges (scene); e++)
    {
      const TautanSceneEdge *edge = tautan_scene_get_edge (scene, e);

      if ((edge->source == selected && edge->target == node->entity) ||
          (edge->target == selected && edge->source == node->entity))
        return TRUE;
    }
  return FALSE;
}

/* At the in-app size, each actor in turn selected: every drawn label sits
 * at its own node, nearer it than any other node but for the labels that
 * must show, and the selection and its neighbours are all named. */
static void
test_labels (Fixture       *f,
             gconstpointer  data)
{
  TautanExportOptions options;
  guint n_checked = 0, busiest;
  g_autoptr(GArray) counts = g_array_new (FALSE, FALSE, sizeof (guint));

  /* The events of the fifth busiest actor. */
  for (guint s = 0; s < tautan_slice_get_n_entities (f->slice); s++)
    {
      guint count = tautan_slice_get_entity_count (f->slice, tautan_slice_get_entity (f->slice, s)->entity);

      g_array_append_val (counts, count);
    }
  g_array_sort (counts, compare_desc);
  busiest = g_array_index (counts, guint, MIN (counts->len, 5) - 1);

  tautan_export_options_init (&options);
  options.width = 889;
  options.height = 589;
  options.date = tautan_day_from_ymd (2026, 11, 24);

  for (guint s = 0; s < tautan_slice_get_n_entities (f->slice); s++)
    {
      g_autoptr(TautanScene) scene = NULL;
      TautanView view = f->view;
      guint selected = tautan_slice_get_entity (f->slice, s)->entity;

      view.selected_entity = selected;
      scene = _tautan_export_build_scene (f->context, f->slice, f->positions, &view, &options, NULL);
      g_assert_nonnull (scene);

      for (guint i = 0; i < tautan_scene_get_n_nodes (scene); i++)
        {
          const TautanSceneNode *a = tautan_scene_get_node (scene, i);

          if (!a->label_visible)
            continue;
          n_checked++;
          /* At its own node: touching its shape's box, or set apart and
           * tied to it by a leader line... */
          if (a->label_leader)
            g_assert_true (_tautan_scene_label_leader (a, &(double) { 0 }, &(double) { 0 }, &(double) { 0 },
                                                       &(double) { 0 }));
          else
            /* (the farthest of its eight spots, right or left, is 4 px
             * past the shape's outer radius, 3 more past a ring of
             * untargeted events) */
            g_assert_cmpfloat (label_distance (a, a), <=,
                               MAX (a->radius * 1.5, _tautan_render_shape_outer_radius (a->shape, a->radius)) + 4 +
                               (a->n_untargeted > 0 ? 3 : 0));
          /* ...its halo over no other node, but for the selection's label,
           * which shows whatever the crowd... */
          for (guint k = 0; k < tautan_scene_get_n_nodes (scene) && a->entity != selected; k++)
            {
              const TautanSceneNode *b = tautan_scene_get_node (scene, k);

              if (k != i && label_distance (a, b) < b->radius - 0.5)
                g_error ("selecting %u: the label “%s” covers “%s”", selected, a->label, b->label);
            }
          /* ...and, but for the labels that must show (set apart with a
           * leader, or kept below in a crowd), no other node nearer. */
          if (must_show (f, scene, a, selected, busiest))
            continue;
          g_assert_false (a->label_leader);
          for (guint k = 0; k < tautan_scene_get_n_nodes (scene); k++)
            {
              const TautanSceneNode *b = tautan_scene_get_node (scene, k);

              if (k != i && label_distance (a, b) <= label_distance (a, a))
                g_error ("selecting %u: the label “%s” is nearer “%s” than its own node", selected, a->label,
                         b->label);
            }
        }

      g_assert_true (tautan_scene_find_node (scene, selected)->label_visible);
      for (guint e = 0; e < tautan_scene_get_n_edges (scene); e++)
        {
          const TautanSceneEdge *edge = tautan_scene_get_edge (scene, e);
          guint other = edge->source == selected ? edge->target : edge->target == selected ? edge->source
                                                                                           : TAUTAN_NONE;
          const TautanSceneNode *node = other != TAUTAN_NONE ? tautan_scene_find_node (scene, other) : NULL;

          if (node != NULL && !node->label_visible)
            g_error ("selecting “%s”: its neighbour “%s” has no label",
                     tautan_scene_find_node (scene, selected)->label, node->label);
        }
    }
  g_assert_cmpuint (n_checked, >, 0);
}

/* --label-scale: every label measured at that size, the rest alike; the
 * caller's context (at scale 1) is not reused for it. */
static void
test_label_scale (Fixture       *f,
                  gconstpointer  data)
{
  TautanExportOptions options;
  g_autoptr(TautanScene) normal = NULL;
  g_autoptr(TautanScene) large = NULL;
  guint compared = 0;

  tautan_export_options_init (&options);
  g_assert_cmpfloat (options.label_scale, ==, 1.0);
  options.width = 1600;
  options.height = 1000;
  normal = _tautan_export_build_scene (f->context, f->slice, f->positions, &f->view, &options, NULL);
  options.label_scale = 2.0;
  large = _tautan_export_build_scene (f->context, f->slice, f->positions, &f->view, &options, NULL);
  g_assert_cmpuint (tautan_scene_get_n_nodes (large), ==, tautan_scene_get_n_nodes (normal));

  for (guint i = 0; i < tautan_scene_get_n_nodes (normal); i++)
    {
      const TautanSceneNode *a = tautan_scene_get_node (normal, i);
      const TautanSceneNode *b = tautan_scene_find_node (large, a->entity);

      g_assert_nonnull (b);
      g_assert_cmpfloat_with_epsilon (b->radius, a->radius, 1e-9);
      if (!a->label_visible || !b->label_visible)
        continue;
      g_assert_cmpfloat (b->label_width / a->label_width, >, 1.8);
      g_assert_cmpfloat (b->label_width / a->label_width, <, 2.2);
      g_assert_cmpfloat (b->label_height / a->label_height, >, 1.8);
      compared++;
    }
  g_assert_cmpuint (compared, >, 3);
}

/* A comparison's export: the legend lists the change classes drawn, in
 * their colours and with as many links as the picture draws, and no
 * event types. */
static void
test_change_legend (Fixture       *f,
                    gconstpointer  data)
{
  TautanTimeSpan before = { tautan_day_from_ymd (2023, 6, 19), tautan_day_from_ymd (2024, 6, 18) };
  TautanTimeSpan after = { tautan_day_from_ymd (2024, 6, 19), tautan_day_from_ymd (2025, 6, 18) };
  TautanTimeSpan both = { before.from, after.to };
  g_autoptr(TautanFilter) all = tautan_filter_new ();
  g_autoptr(TautanChanges) changes = tautan_changes_compute (f->dataset, all, &before, &after);
  g_autoptr(TautanSlice) slice = tautan_slice_new (f->dataset, &both, FALSE);
  g_autoptr(TautanScene) scene = NULL;
  g_autoptr(GArray) entries = NULL;
  g_autoptr(GBytes) svg = NULL;
  g_autoptr(GError) error = NULL;
  TautanTaxonomy *taxonomy = tautan_dataset_get_taxonomy (f->dataset);
  TautanLegendContent content;
  TautanExportOptions options;
  guint drawn[TAUTAN_N_CHANGES] = { 0 };
  guint n_classes = 0, n_listed = 0;
  g_autofree char *text = NULL;

  f->view.span = both;
  f->view.changes = changes;
  f->view.width = 1600;
  f->view.height = 1000;
  g_assert_true (tautan_export_fit_view (NULL, &f->view, slice, f->positions, 0, 40));
  scene = tautan_scene_new (f->context, f->dataset, slice, f->positions, &f->view);
  for (guint i = 0; i < tautan_scene_get_n_edges (scene); i++)
    {
      const TautanSceneEdge *e = tautan_scene_get_edge (scene, i);

      drawn[tautan_changes_find (changes, e->source, e->target)->kind]++;
    }

  _tautan_legend_content_init (&content, slice, f->positions, &f->view, NULL);
  entries = _tautan_legend_entries (&content, taxonomy, tautan_render_context_get_palette (f->context));
  for (guint k = 0; k < TAUTAN_N_CHANGES; k++)
    n_classes += drawn[k] > 0;
  g_assert_cmpuint (n_classes, >=, 2);
  for (guint i = 0; i < entries->len; i++)
    {
      const TautanLegendEntry *entry = &g_array_index (entries, TautanLegendEntry, i);

      if (entry->section != TAUTAN_LEGEND_RELATIONS || entry->dashed)
        continue;
      for (guint q = 0; q < TAUTAN_N_QUAD_CLASSES; q++)
        g_assert_cmpstr (entry->label, !=, tautan_taxonomy_get_quad_class (taxonomy, q)->label);
      for (guint k = 0; k < TAUTAN_N_CHANGES; k++)
        {
          TautanRgba want = tautan_rgba_from_rgb (tautan_change_kind_rgb (k), TAUTAN_EDGE_ALPHA);
          g_autofree char *count = g_strdup_printf ("%u link%s", drawn[k], drawn[k] == 1 ? "" : "s");

          if (fabs (entry->color.red - want.red) > 1e-6 || fabs (entry->color.green - want.green) > 1e-6 ||
              fabs (entry->color.blue - want.blue) > 1e-6)
            continue;
          g_assert_cmpuint (drawn[k], >, 0);
          g_assert_cmpstr (entry->detail, ==, count);
          n_listed++;
        }
    }
  g_assert_cmpuint (n_listed, ==, n_classes);
  _tautan_legend_content_clear (&content);

  /* And the page says so in words. */
  tautan_export_options_init (&options);
  options.format = TAUTAN_EXPORT_FORMAT_SVG;
  options.width = 1600;
  options.height = 1000;
  svg = tautan_export_render (f->context, slice, f->positions, &f->view, &options, &error);
  g_assert_no_error (error);
  text = g_strndup (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg));
  g_assert_nonnull (strstr (text, "New links"));
  g_assert_null (strstr (text, tautan_taxonomy_get_quad_class (taxonomy, TAUTAN_QUAD_VERBAL_COOPERATION)->label));
  /* The colours are read against the two periods, which the header names. */
  {
    g_autofree char *first = tautan_time_span_format_human (&before);
    g_autofree char *second = tautan_time_span_format_human (&after);
    g_autofree char *periods = g_strdup_printf ("%s compared with %s", first, second);

    g_test_message ("header: %s", periods);
    g_assert_nonnull (strstr (text, periods));
  }
  f->view.changes = NULL;
}

/* The furniture says the filters in words, as the window's chips do:
 * the taxonomy's labels, the status and kind words, a language's name,
 * never the ids the workspace stores. */
static void
test_filter_words (Fixture       *f,
                   gconstpointer  data)
{
  TautanTaxonomy *taxonomy = tautan_dataset_get_taxonomy (f->dataset);
  const char *types[] = { "support", "meet", NULL };
  const char *status[] = { "confirmed", NULL };
  const char *languages[] = { "id", NULL };
  const char *kinds[] = { "state", NULL };
  g_autoptr(TautanFilter) empty = tautan_filter_new ();
  g_autoptr(TautanFilter) a = tautan_filter_with_values (empty, TAUTAN_FILTER_EVENT_TYPE, types);
  g_autoptr(TautanFilter) b = tautan_filter_with_values (a, TAUTAN_FILTER_STATUS, status);
  g_autoptr(TautanFilter) c = tautan_filter_with_values (b, TAUTAN_FILTER_LANGUAGE, languages);
  g_autoptr(TautanFilter) d = tautan_filter_with_values (c, TAUTAN_FILTER_ENTITY_KIND, kinds);
  g_autoptr(TautanFilter) filter = tautan_filter_with_min_weight (d, 2);
  g_autoptr(GBytes) svg = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) want = g_string_new ("Filters: Language: Indonesian; Status: Confirmed; Event type: ");
  g_autofree char *text = NULL;
  const char * const *held = tautan_filter_get_values (filter, TAUTAN_FILTER_EVENT_TYPE);
  TautanExportOptions options;

  /* The labels in the filter's order of its values. */
  for (guint i = 0; held[i] != NULL; i++)
    {
      int type = tautan_taxonomy_lookup (taxonomy, held[i]);

      g_assert_cmpint (type, >=, 0);
      g_string_append_printf (want, "%s%s", i ? ", " : "", tautan_taxonomy_get_event_type (taxonomy, type)->label);
      g_assert_cmpstr (tautan_taxonomy_get_event_type (taxonomy, type)->label, !=, held[i]);
    }
  g_string_append_printf (want, "; Actor kind: %s; Weight ≥ 2 · Hidden: Persons",
                          tautan_entity_kind_label (TAUTAN_ENTITY_STATE));

  f->view.filter = filter;
  f->view.hidden_kinds = 1u << TAUTAN_ENTITY_PERSON;
  tautan_export_options_init (&options);
  options.format = TAUTAN_EXPORT_FORMAT_SVG;
  options.width = 1600;
  options.height = 1000;
  svg = tautan_export_render (f->context, f->slice, f->positions, &f->view, &options, &error);
  g_assert_no_error (error);
  text = g_strndup (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg));
  g_assert_nonnull (strstr (text, want->str));
  g_assert_null (strstr (text, "event type support"));
  g_assert_null (strstr (text, "status confirmed"));
  f->view.filter = NULL;
  f->view.hidden_kinds = 0;
}

/* Rolled up, the legend reads what is drawn: groups, not their
 * members, and every event of the aggregated edges and rings. */
static void
test_rollup_legend (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(TautanFilter) all = tautan_filter_new ();
  g_autoptr(TautanRollup) rollup = tautan_rollup_compute (f->dataset, all, &f->view.span, NULL);
  g_autoptr(TautanScene) scene = NULL;
  TautanLegendContent content;
  guint drawn = 0, listed = 0;

  f->view.rollup = rollup;
  f->view.width = 1600;
  f->view.height = 1000;
  g_assert_true (tautan_export_fit_view (NULL, &f->view, f->slice, f->positions, 0, 40));
  scene = tautan_scene_new (f->context, f->dataset, f->slice, f->positions, &f->view);
  for (guint i = 0; i < tautan_scene_get_n_edges (scene); i++)
    drawn += tautan_scene_get_edge (scene, i)->count;
  for (guint i = 0; i < tautan_scene_get_n_nodes (scene); i++)
    g_assert_cmpint (tautan_scene_get_node (scene, i)->shape, !=, TAUTAN_SHAPE_CIRCLE);

  _tautan_legend_content_init (&content, f->slice, f->positions, &f->view, NULL);
  g_assert_false (content.kinds[TAUTAN_ENTITY_PERSON]);
  g_assert_cmpuint (content.n_edges, ==, tautan_scene_get_n_edges (scene));
  for (guint t = 0; t < content.n_types; t++)
    listed += content.type_events[t];
  g_assert_cmpuint (listed, ==, drawn + content.untargeted->len);
  _tautan_legend_content_clear (&content);
  f->view.rollup = NULL;
}

/* The graph's ink on the page: its nodes' shapes and their drawn labels. */
static void
graph_ink (TautanScene                 *scene,
           const cairo_rectangle_int_t *area,
           double                      *top,
           double                      *bottom)
{
  *top = G_MAXDOUBLE;
  *bottom = -G_MAXDOUBLE;
  for (guint i = 0; i < tautan_scene_get_n_nodes (scene); i++)
    {
      const TautanSceneNode *n = tautan_scene_get_node (scene, i);

      *top = MIN (*top, area->y + n->y - n->radius);
      *bottom = MAX (*bottom, area->y + n->y + n->radius);
      if (n->label_visible)
        {
          *top = MIN (*top, area->y + n->label_y);
          *bottom = MAX (*bottom, area->y + n->label_y + n->label_height);
        }
    }
}

static const TautanExportBox *
find_box (GArray            *boxes,
          TautanExportBlock  block)
{
  for (guint i = 0; i < boxes->len; i++)
    if (g_array_index (boxes, TautanExportBox, i).block == block)
      return &g_array_index (boxes, TautanExportBox, i);
  return NULL;
}

/* The top of what explains the graph: legend, sources, or the note
 * saying they were left out. */
static double
explained_top (GArray *boxes)
{
  double top = G_MAXDOUBLE;

  for (guint i = 0; i < boxes->len; i++)
    {
      const TautanExportBox *box = &g_array_index (boxes, TautanExportBox, i);

      if (box->block == TAUTAN_EXPORT_BLOCK_LEGEND || box->block == TAUTAN_EXPORT_BLOCK_SOURCES ||
          box->block == TAUTAN_EXPORT_BLOCK_NOTE)
        top = MIN (top, box->y0);
    }
  g_assert_cmpfloat (top, <, G_MAXDOUBLE);
  return top;
}

/* On a page taller than the graph needs at its width (a portrait page,
 * a wide view), the legend sits right under the graph, as the graph sits
 * right under the title: no band that nothing fills between them. Before,
 * the legend stayed at the foot of the page and the graph floated in the
 * middle of the height left (331 px of nothing above the legend of a
 * 1080 × 1920 PNG). Every format lays the page out alike. */
static void
test_legend_under_graph (Fixture       *f,
                         gconstpointer  data)
{
  static const int pages[][2] = {
    { 1080, 1920 }, { 600, 900 }, { 1200, 1600 }, { 1000, 1000 }, { 1920, 1080 }, { 889, 589 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    for (guint s = 0; s < G_N_ELEMENTS (pages); s++)
      {
        g_autoptr(GArray) boxes = NULL;
        g_autoptr(TautanScene) scene = NULL;
        g_autoptr(TautanScene) framed = NULL;
        TautanExportOptions options;
        cairo_rectangle_int_t area;
        const TautanExportBox *header, *footer;
        TautanView wide = f->view;
        double top, bottom;

        tautan_export_options_init (&options);
        options.format = formats[i];
        options.width = pages[s][0];
        options.height = pages[s][1];
        options.date = tautan_day_from_ymd (2026, 11, 24);
        boxes = _tautan_export_get_boxes (f->context, f->slice, f->positions, &f->view, &options, &area);
        scene = _tautan_export_build_scene (f->context, f->slice, f->positions, &f->view, &options, NULL);
        header = find_box (boxes, TAUTAN_EXPORT_BLOCK_HEADER);
        footer = find_box (boxes, TAUTAN_EXPORT_BLOCK_FOOTER);
        g_assert_nonnull (header);
        g_assert_nonnull (footer);
        graph_ink (scene, &area, &top, &bottom);
        g_test_message ("%s %d × %d: %.0f px above the graph, %.0f px below it",
                        tautan_export_format_to_string (options.format), options.width, options.height,
                        top - header->y1, explained_top (boxes) - bottom);
        /* The fit's margin, and the gap before the rule and after it. */
        g_assert_cmpfloat (top - header->y1, <=, 2 * TAUTAN_EXPORT_FIT_MARGIN);
        g_assert_cmpfloat (explained_top (boxes) - bottom, <=, 2 * TAUTAN_EXPORT_FIT_MARGIN);
        /* The dataset and date stay at the foot of the page. */
        g_assert_cmpfloat (options.height - footer->y1, <=, TAUTAN_EXPORT_FIT_MARGIN);

        /* A view framed as it was on a wide screen: the area is its
         * picture, no taller. */
        wide.width = 1600;
        wide.height = 400;
        wide.zoom = 40;
        options.framing = TAUTAN_EXPORT_FRAMING_VIEW;
        framed = _tautan_export_build_scene (f->context, f->slice, f->positions, &wide, &options, &area);
        g_assert_nonnull (framed);
        g_assert_cmpint (area.height, <=, (int)ceil (wide.height * MIN ((double)area.width / wide.width,
                                                                       (double)area.height / wide.height)));
      }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/tautan/export-furniture/sizes", Fixture, NULL, fixture_set_up, test_sizes, fixture_tear_down);
  g_test_add ("/tautan/export-furniture/many-sources", Fixture, NULL, fixture_set_up, test_many_sources,
              fixture_tear_down);
  g_test_add ("/tautan/export-furniture/filter-words", Fixture, NULL, fixture_set_up, test_filter_words,
              fixture_tear_down);
  g_test_add ("/tautan/export-furniture/labels", Fixture, NULL, fixture_set_up, test_labels, fixture_tear_down);
  g_test_add ("/tautan/export-furniture/rollup-legend", Fixture, NULL, fixture_set_up, test_rollup_legend,
              fixture_tear_down);
  g_test_add ("/tautan/export-furniture/change-legend", Fixture, NULL, fixture_set_up, test_change_legend,
              fixture_tear_down);
  g_test_add ("/tautan/export-furniture/label-scale", Fixture, NULL, fixture_set_up, test_label_scale,
              fixture_tear_down);
  g_test_add ("/tautan/export-furniture/legend-under-graph", Fixture, NULL, fixture_set_up,
              test_legend_under_graph, fixture_tear_down);

  return g_test_run ();
}
