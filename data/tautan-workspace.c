/* tautan-workspace.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-workspace"

#include "config.h"

#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "tautan/tautan-diagnostic.h"
#include "tautan/tautan-file.h"
#include "tautan/tautan-json-scan.h"
#include "tautan/tautan-json-writer.h"
#include "tautan/tautan-workspace.h"

#include "tautan-comparison-private.h"
#include "tautan-saved-view-private.h"

#define WORKSPACE_FORMAT  "tautan-workspace"
#define WORKSPACE_VERSION 1

typedef struct
{
  char        *entity;
  TautanPoint  point;
  gboolean     pinned;
} Position;

struct _TautanWorkspace
{
  GObject     parent_instance;

  GFile      *file;
  GFile      *dataset;
  GArray     *positions;      /* Position */
  GStrv       hidden_kinds;
  GStrv       hidden_types;
  GListStore *views;
  TautanFilter *filter;       /* the composed event filter */
  JsonObject *unknown;        /* members this version does not know, kept */
  GStrv       expanded;       /* roll-up groups drawn open, by entity id */
  gboolean    rollup;         /* persons drawn inside their groups */
  TautanComparisonSlot comparison; /* the two periods compared, or none */
};

G_DEFINE_FINAL_TYPE (TautanWorkspace, tautan_workspace, G_TYPE_OBJECT)
G_DEFINE_QUARK (tautan-workspace-error-quark, tautan_workspace_error)

static void
position_clear (gpointer data)
{
  g_free (((Position *)data)->entity);
}

static void
tautan_workspace_finalize (GObject *object)
{
  TautanWorkspace *self = (TautanWorkspace *)object;

  g_clear_object (&self->file);
  g_clear_object (&self->dataset);
  g_clear_pointer (&self->positions, g_array_unref);
  g_clear_pointer (&self->hidden_kinds, g_strfreev);
  g_clear_pointer (&self->hidden_types, g_strfreev);
  g_clear_object (&self->views);
  g_clear_pointer (&self->filter, tautan_filter_unref);
  g_clear_pointer (&self->unknown, json_object_unref);
  g_clear_pointer (&self->expanded, g_strfreev);

  G_OBJECT_CLASS (tautan_workspace_parent_class)->finalize (object);
}

static void
tautan_workspace_class_init (TautanWorkspaceClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tautan_workspace_finalize;
}

static void
tautan_workspace_init (TautanWorkspace *self)
{
  self->positions = g_array_new (FALSE, FALSE, sizeof (Position));
  g_array_set_clear_func (self->positions, position_clear);
  self->hidden_kinds = g_new0 (char *, 1);
  self->hidden_types = g_new0 (char *, 1);
  self->views = g_list_store_new (TAUTAN_TYPE_SAVED_VIEW);
  self->filter = tautan_filter_new ();
  self->unknown = json_object_new ();
  self->expanded = g_new0 (char *, 1);
}

TautanWorkspace *
tautan_workspace_new (void)
{
  return g_object_new (TAUTAN_TYPE_WORKSPACE, NULL);
}

/**
 * tautan_workspace_get_file:
 *
 * Returns: (transfer none) (nullable): where it was loaded from or saved to
 */
GFile *
tautan_workspace_get_file (TautanWorkspace *self)
{
  g_return_val_if_fail (TAUTAN_IS_WORKSPACE (self), NULL);
  return self->file;
}

/**
 * tautan_workspace_get_dataset_file:
 *
 * Returns: (transfer none) (nullable): the dataset the workspace analyses
 */
GFile *
tautan_workspace_get_dataset_file (TautanWorkspace *self)
{
  g_return_val_if_fail (TAUTAN_IS_WORKSPACE (self), NULL);
  return self->dataset;
}

void
tautan_workspace_set_dataset_file (TautanWorkspace *self,
                                   GFile           *dataset)
{
  g_return_if_fail (TAUTAN_IS_WORKSPACE (self));
  g_set_object (&self->dataset, dataset);
}

void
tautan_workspace_clear_positions (TautanWorkspace *self)
{
  g_return_if_fail (TAUTAN_IS_WORKSPACE (self));
  g_array_set_size (self->positions, 0);
}

void
tautan_workspace_add_position (TautanWorkspace *self,
                               const char      *entity,
                               TautanPoint      point,
                               gboolean         pinned)
{
  Position p = { g_strdup (entity), point, !!pinned };

  g_return_if_fail (TAUTAN_IS_WORKSPACE (self));
  g_array_append_val (self->positions, p);
}

guint
tautan_workspace_get_n_positions (TautanWorkspace *self)
{
  g_return_val_if_fail (TAUTAN_IS_WORKSPACE (self), 0);
  return self->positions->len;
}

const char *
tautan_workspace_get_position (TautanWorkspace *self,
                               guint            index,
                               TautanPoint     *point,
                               gboolean        *pinned)
{
  const Position *p;

  g_return_val_if_fail (TAUTAN_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (index < self->positions->len, NULL);

  p = &g_array_index (self->positions, Position, index);
  if (point)
    *point = p->point;
  if (pinned)
    *pinned = p->pinned;
  return p->entity;
}

const char * const *
tautan_workspace_get_hidden_kinds (TautanWorkspace *self)
{
  g_return_val_if_fail (TAUTAN_IS_WORKSPACE (self), NULL);
  return (const char * const *)self->hidden_kinds;
}

void
tautan_workspace_set_hidden_kinds (TautanWorkspace    *self,
                                   const char * const *kinds)
{
  g_return_if_fail (TAUTAN_IS_WORKSPACE (self));
  g_strfreev (self->hidden_kinds);
  self->hidden_kinds = kinds ? g_strdupv ((char **)kinds) : g_new0 (char *, 1);
}

const char * const *
tautan_workspace_get_hidden_types (TautanWorkspace *self)
{
  g_return_val_if_fail (TAUTAN_IS_WORKSPACE (self), NULL);
  return (const char * const *)self->hidden_types;
}

void
tautan_workspace_set_hidden_types (TautanWorkspace    *self,
                                   const char * const *types)
{
  g_return_if_fail (TAUTAN_IS_WORKSPACE (self));
  g_strfreev (self->hidden_types);
  self->hidden_types = types ? g_strdupv ((char **)types) : g_new0 (char *, 1);
}

guint32
tautan_workspace_get_hidden_kind_mask (TautanWorkspace *self)
{
  guint32 mask = 0;

  g_return_val_if_fail (TAUTAN_IS_WORKSPACE (self), 0);

  for (guint i = 0; self->hidden_kinds[i]; i++)
    for (guint k = 0; k < TAUTAN_N_ENTITY_KINDS; k++)
      if (g_str_equal (self->hidden_kinds[i], tautan_entity_kind_to_string (k)))
        mask |= 1u << k;
  return mask;
}

TautanTypeMask
tautan_workspace_get_hidden_type_mask (TautanWorkspace *self,
                                       TautanTaxonomy  *taxonomy)
{
  TautanTypeMask mask = { { 0 } };

  g_return_val_if_fail (TAUTAN_IS_WORKSPACE (self), mask);
  g_return_val_if_fail (TAUTAN_IS_TAXONOMY (taxonomy), mask);

  for (guint i = 0; self->hidden_types[i]; i++)
    {
      int t = tautan_taxonomy_lookup (taxonomy, self->hidden_types[i]);

      if (t >= 0)
        tautan_type_mask_add (&mask, (guint)t);
    }
  return mask;
}

void
tautan_workspace_set_hidden_masks (TautanWorkspace *self,
                                   guint32          kinds,
                                   const TautanTypeMask *types,
                                   TautanTaxonomy  *taxonomy)
{
  g_autoptr(GPtrArray) kind_names = g_ptr_array_new ();
  g_autoptr(GPtrArray) type_ids = g_ptr_array_new ();

  g_return_if_fail (TAUTAN_IS_WORKSPACE (self));
  g_return_if_fail (TAUTAN_IS_TAXONOMY (taxonomy));

  for (guint k = 0; k < TAUTAN_N_ENTITY_KINDS; k++)
    if (kinds & (1u << k))
      g_ptr_array_add (kind_names, (gpointer)tautan_entity_kind_to_string (k));
  g_ptr_array_add (kind_names, NULL);
  for (guint t = 0; t < tautan_taxonomy_get_n_types (taxonomy); t++)
    if (tautan_type_mask_has (types, t))
      g_ptr_array_add (type_ids, tautan_taxonomy_get_event_type (taxonomy, t)->id);
  g_ptr_array_add (type_ids, NULL);
  tautan_workspace_set_hidden_kinds (self, (const char * const *)kind_names->pdata);
  tautan_workspace_set_hidden_types (self, (const char * const *)type_ids->pdata);
}

/**
 * tautan_workspace_get_views:
 *
 * Returns: (transfer none): the saved views, editable in place
 */
GListStore *
tautan_workspace_get_views (TautanWorkspace *self)
{
  g_return_val_if_fail (TAUTAN_IS_WORKSPACE (self), NULL);
  return self->views;
}

static void
add_strv (JsonBuilder        *builder,
          const char         *name,
          const char * const *strv)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; strv[i]; i++)
    json_builder_add_string_value (builder, strv[i]);
  json_builder_end_array (builder);
}

static const char *const view_members[] = {
  "name", "title", "note", "marking", "window", "camera", "selection", "rollup", "rollup_expanded",
  "compare", NULL
};

/* "compare": { "before": { "from", "to" }, "after": { "from", "to" } } */
static void
add_period (JsonBuilder          *builder,
            const char           *name,
            const TautanTimeSpan *span)
{
  char from[11], to[11];

  tautan_day_format_buf (span->from, from);
  tautan_day_format_buf (span->to, to);
  json_builder_set_member_name (builder, name);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "from");
  json_builder_add_string_value (builder, from);
  json_builder_set_member_name (builder, "to");
  json_builder_add_string_value (builder, to);
  json_builder_end_object (builder);
}

static void
add_comparison (JsonBuilder          *builder,
                const TautanTimeSpan *before,
                const TautanTimeSpan *after)
{
  json_builder_set_member_name (builder, "compare");
  json_builder_begin_object (builder);
  add_period (builder, "before", before);
  add_period (builder, "after", after);
  json_builder_end_object (builder);
}

/* A newer Tautan's members of a view, written back as they were read. */
static void
add_extra_members (JsonBuilder *builder,
                   JsonObject  *extra)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  if (extra == NULL)
    return;
  json_object_iter_init_ordered (&iter, extra);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    {
      json_builder_set_member_name (builder, name);
      json_builder_add_value (builder, json_node_copy (node));
    }
}

static JsonObject *
read_extra_members (JsonObject *o)
{
  g_autoptr(JsonObject) extra = json_object_new ();
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  json_object_iter_init_ordered (&iter, o);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    if (!g_strv_contains (view_members, name))
      json_object_set_member (extra, name, json_node_copy (node));
  return json_object_get_size (extra) > 0 ? g_steal_pointer (&extra) : NULL;
}

static void
add_view (JsonBuilder     *builder,
          TautanSavedView *view)
{
  TautanTimeSpan span = tautan_saved_view_get_span (view);
  char from[11], to[11];
  const char *source, *target;
  double zoom, cx, cy;

  tautan_day_format_buf (span.from, from);
  tautan_day_format_buf (span.to, to);
  tautan_saved_view_get_camera (view, &zoom, &cx, &cy);
  tautan_saved_view_get_edge (view, &source, &target);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, tautan_saved_view_get_name (view));
  if (tautan_saved_view_get_title (view))
    {
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, tautan_saved_view_get_title (view));
    }
  if (tautan_saved_view_get_note (view))
    {
      json_builder_set_member_name (builder, "note");
      json_builder_add_string_value (builder, tautan_saved_view_get_note (view));
    }
  if (tautan_saved_view_get_marking (view))
    {
      json_builder_set_member_name (builder, "marking");
      json_builder_add_string_value (builder, tautan_saved_view_get_marking (view));
    }
  json_builder_set_member_name (builder, "window");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "from");
  json_builder_add_string_value (builder, from);
  json_builder_set_member_name (builder, "to");
  json_builder_add_string_value (builder, to);
  json_builder_set_member_name (builder, "cumulative");
  json_builder_add_boolean_value (builder, tautan_saved_view_get_cumulative (view));
  json_builder_end_object (builder);
  /* None read, none written: the view keeps being framed to fit. */
  if (tautan_saved_view_has_camera (view))
    {
      json_builder_set_member_name (builder, "camera");
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "zoom");
      json_builder_add_double_value (builder, zoom);
      json_builder_set_member_name (builder, "x");
      json_builder_add_double_value (builder, cx);
      json_builder_set_member_name (builder, "y");
      json_builder_add_double_value (builder, cy);
      json_builder_end_object (builder);
    }
  json_builder_set_member_name (builder, "selection");
  if (tautan_saved_view_get_entity (view))
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "entity");
      json_builder_add_string_value (builder, tautan_saved_view_get_entity (view));
      json_builder_end_object (builder);
    }
  else if (source != NULL && target != NULL)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "source");
      json_builder_add_string_value (builder, source);
      json_builder_set_member_name (builder, "target");
      json_builder_add_string_value (builder, target);
      json_builder_end_object (builder);
    }
  else
    json_builder_add_null_value (builder);
  {
    const char * const *expanded;

    if (tautan_saved_view_get_rollup (view, &expanded) || expanded[0] != NULL)
      {
        json_builder_set_member_name (builder, "rollup");
        json_builder_add_boolean_value (builder, tautan_saved_view_get_rollup (view, NULL));
        add_strv (builder, "rollup_expanded", expanded);
      }
  }
  {
    TautanTimeSpan before, after;

    if (tautan_saved_view_get_comparison (view, &before, &after))
      add_comparison (builder, &before, &after);
  }
  add_extra_members (builder, _tautan_saved_view_get_extra (view));
  json_builder_end_object (builder);
}

/* A later Tautan's members, written back as they came. */
static void
add_unknown_members (JsonBuilder *builder,
                     JsonObject  *unknown)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *value;

  json_object_iter_init_ordered (&iter, unknown);
  while (json_object_iter_next_ordered (&iter, &name, &value))
    {
      json_builder_set_member_name (builder, name);
      json_builder_add_value (builder, json_node_copy (value));
    }
}

/**
 * tautan_workspace_to_json:
 * @relative_to: (nullable): the folder the dataset path is made relative
 *   to, so a workspace moved together with its dataset still finds it
 *
 * Returns: (transfer full): the workspace document
 */
char *
tautan_workspace_to_json (TautanWorkspace *self,
                          GFile           *relative_to)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (TAUTAN_IS_WORKSPACE (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, WORKSPACE_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, WORKSPACE_VERSION);

  json_builder_set_member_name (builder, "dataset");
  json_builder_begin_object (builder);
  if (self->dataset != NULL)
    {
      g_autofree char *uri = g_file_get_uri (self->dataset);
      g_autofree char *relative = relative_to ? g_file_get_relative_path (relative_to, self->dataset) : NULL;

      if (relative != NULL)
        {
          json_builder_set_member_name (builder, "path");
          json_builder_add_string_value (builder, relative);
        }
      json_builder_set_member_name (builder, "uri");
      json_builder_add_string_value (builder, uri);
    }
  json_builder_end_object (builder);

  add_strv (builder, "hidden_kinds", (const char * const *)self->hidden_kinds);
  add_strv (builder, "hidden_types", (const char * const *)self->hidden_types);
  if (!tautan_filter_is_empty (self->filter))
    {
      json_builder_set_member_name (builder, "filters");
      json_builder_add_value (builder, tautan_filter_to_json (self->filter));
    }
  /* Written only when used, so older versions read what they can. */
  if (self->rollup || self->expanded[0] != NULL)
    {
      json_builder_set_member_name (builder, "rollup");
      json_builder_add_boolean_value (builder, self->rollup);
      add_strv (builder, "rollup_expanded", (const char * const *)self->expanded);
    }
  if (self->comparison.comparing)
    add_comparison (builder, &self->comparison.periods.before, &self->comparison.periods.after);

  json_builder_set_member_name (builder, "positions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->positions->len; i++)
    {
      const Position *p = &g_array_index (self->positions, Position, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "entity");
      json_builder_add_string_value (builder, p->entity);
      json_builder_set_member_name (builder, "x");
      json_builder_add_double_value (builder, p->point.x);
      json_builder_set_member_name (builder, "y");
      json_builder_add_double_value (builder, p->point.y);
      json_builder_set_member_name (builder, "pinned");
      json_builder_add_boolean_value (builder, p->pinned);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "views");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->views)); i++)
    {
      g_autoptr(TautanSavedView) view = g_list_model_get_item (G_LIST_MODEL (self->views), i);
      add_view (builder, view);
    }
  json_builder_end_array (builder);
  add_unknown_members (builder, self->unknown);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  return tautan_json_to_data (root, TRUE, NULL);
}

/**
 * tautan_workspace_save:
 *
 * Writes the workspace atomically (temporary file, then rename): a failed
 * save leaves the previous file as it was.
 */
gboolean
tautan_workspace_save (TautanWorkspace  *self,
                       GFile            *file,
                       GError          **error)
{
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *json = NULL;

  g_return_val_if_fail (TAUTAN_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  folder = g_file_get_parent (file);
  json = tautan_workspace_to_json (self, folder);
  if (!tautan_file_write (file, json, strlen (json), &local_error))
    {
      g_set_error_literal (error, TAUTAN_WORKSPACE_ERROR, TAUTAN_WORKSPACE_ERROR_IO, local_error->message);
      return FALSE;
    }

  g_set_object (&self->file, file);
  return TRUE;
}

typedef struct
{
  const char *name;
  GError    **error;
  gboolean    failed;
} Reader;

static void
fail (Reader     *r,
      const char *path,
      const char *format,
      ...) G_GNUC_PRINTF (3, 4);

static void
fail (Reader     *r,
      const char *path,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (r->failed)
    return;
  r->failed = TRUE;
  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (r->error, TAUTAN_WORKSPACE_ERROR, TAUTAN_WORKSPACE_ERROR_INVALID,
               "%s: %s: %s", r->name, path, message);
}

static const char *
get_string (Reader     *r,
            JsonObject *o,
            const char *member,
            const char *path,
            gboolean    required)
{
  JsonNode *node = json_object_get_member (o, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        fail (r, path, "missing required member \"%s\"", member);
      return NULL;
    }
  if (json_node_get_value_type (node) != G_TYPE_STRING)
    {
      g_autofree char *p = g_strdup_printf ("%s.%s", path, member);
      fail (r, p, "expected a string");
      return NULL;
    }
  return json_node_get_string (node);
}

/* An optional boolean, false when absent or null. */
static gboolean
get_boolean (Reader     *r,
             JsonObject *o,
             const char *member,
             const char *path)
{
  JsonNode *node = json_object_get_member (o, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return FALSE;
  if (json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    {
      g_autofree char *p = g_strdup_printf ("%s.%s", path, member);
      fail (r, p, "expected true or false");
      return FALSE;
    }
  return json_node_get_boolean (node);
}

/* Layout units and zoom stay far inside what a float holds: 1e39 would
 * become infinity in the layout. */
#define MAX_COORDINATE 1e9

static double
get_number (Reader     *r,
            JsonObject *o,
            const char *member,
            const char *path)
{
  JsonNode *node = json_object_get_member (o, member);
  double value;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      (json_node_get_value_type (node) != G_TYPE_DOUBLE && json_node_get_value_type (node) != G_TYPE_INT64))
    {
      g_autofree char *p = g_strdup_printf ("%s.%s", path, member);
      fail (r, p, "expected a number");
      return 0;
    }
  value = json_node_get_double (node);
  if (!isfinite (value))
    {
      g_autofree char *p = g_strdup_printf ("%s.%s", path, member);
      fail (r, p, "the number is too large to be finite");
      return 0;
    }
  if (fabs (value) > MAX_COORDINATE)
    {
      g_autofree char *p = g_strdup_printf ("%s.%s", path, member);
      fail (r, p, "%g is out of range (at most %g either way)", value, MAX_COORDINATE);
      return 0;
    }
  return value;
}

/* @member, when present and not null, must hold @type. */
static JsonNode *
get_member_of_type (Reader      *r,
                    JsonObject  *o,
                    const char  *member,
                    const char  *path,
                    JsonNodeType type,
                    const char  *expected)
{
  JsonNode *node = json_object_get_member (o, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  if (JSON_NODE_TYPE (node) != type)
    {
      g_autofree char *p = g_strdup_printf ("%s.%s", path, member);
      fail (r, p, "expected %s", expected);
      return NULL;
    }
  return node;
}

static GStrv
get_strv (Reader     *r,
          JsonObject *o,
          const char *member)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonNode *node = json_object_get_member (o, member);

  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *item = json_array_get_element (array, i);

          if (json_node_get_value_type (item) != G_TYPE_STRING)
            {
              g_autofree char *p = g_strdup_printf ("$.%s[%u]", member, i);
              fail (r, p, "expected a string");
            }
          else
            g_strv_builder_add (builder, json_node_get_string (item));
        }
    }
  else if (node != NULL)
    {
      g_autofree char *p = g_strdup_printf ("$.%s", member);
      fail (r, p, "expected an array of strings");
    }
  return g_strv_builder_end (builder);
}

/* One period of "compare": { "from": day, "to": day }, from ≤ to. */
static gboolean
read_period (Reader         *r,
             JsonObject     *o,
             const char     *member,
             const char     *path,
             TautanTimeSpan *span)
{
  g_autofree char *period_path = g_strdup_printf ("%s.%s", path, member);
  const char *names[] = { "from", "to" };
  TautanDay *days[] = { &span->from, &span->to };
  JsonObject *period;

  if (!json_object_has_member (o, member) || !JSON_NODE_HOLDS_OBJECT (json_object_get_member (o, member)))
    {
      fail (r, period_path, "expected an object with \"from\" and \"to\" (YYYY-MM-DD)");
      return FALSE;
    }
  period = json_object_get_object_member (o, member);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      const char *text = get_string (r, period, names[i], period_path, TRUE);

      if (text != NULL && !tautan_day_parse (text, strlen (text), days[i]))
        {
          g_autofree char *p = g_strdup_printf ("%s.%s", period_path, names[i]);

          fail (r, p, "\"%s\" is not a valid date (expected YYYY-MM-DD)", text);
        }
      if (r->failed)
        return FALSE;
    }
  if (span->to < span->from)
    {
      fail (r, period_path, "the period ends before it starts");
      return FALSE;
    }
  return TRUE;
}

/* The optional "compare" member of @o (at @path): TRUE with both
 * periods when present and valid; FALSE when absent or null, or after
 * failing with the member's path. */
static gboolean
read_comparison (Reader         *r,
                 JsonObject     *o,
                 const char     *path,
                 TautanTimeSpan *before,
                 TautanTimeSpan *after)
{
  g_autofree char *compare_path = g_strdup_printf ("%s.compare", path);
  JsonObject *compare;

  if (!get_member_of_type (r, o, "compare", path, JSON_NODE_OBJECT,
                           "an object with the periods \"before\" and \"after\""))
    return FALSE;
  compare = json_object_get_object_member (o, "compare");
  return read_period (r, compare, "before", compare_path, before) &&
         read_period (r, compare, "after", compare_path, after);
}

static TautanSavedView *
read_view (Reader   *r,
           JsonNode *node,
           guint     index)
{
  g_autofree char *path = g_strdup_printf ("$.views[%u]", index);
  g_autofree char *window_path = g_strdup_printf ("%s.window", path);
  g_autofree char *camera_path = g_strdup_printf ("%s.camera", path);
  g_autoptr(TautanSavedView) view = NULL;
  JsonObject *o, *window, *camera;
  JsonNode *selection;
  TautanTimeSpan span;
  const char *from, *to;
  gboolean cumulative;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      fail (r, path, "expected a view object");
      return NULL;
    }
  o = json_node_get_object (node);
  view = tautan_saved_view_new (get_string (r, o, "name", path, TRUE));
  tautan_saved_view_set_title (view, get_string (r, o, "title", path, FALSE));
  tautan_saved_view_set_note (view, get_string (r, o, "note", path, FALSE));
  tautan_saved_view_set_marking (view, get_string (r, o, "marking", path, FALSE));
  {
    g_autoptr(JsonObject) extra = read_extra_members (o);

    _tautan_saved_view_set_extra (view, extra);
  }

  if (!json_object_has_member (o, "window") || !JSON_NODE_HOLDS_OBJECT (json_object_get_member (o, "window")))
    {
      fail (r, window_path, "expected an object with \"from\", \"to\" and \"cumulative\"");
      return NULL;
    }
  window = json_object_get_object_member (o, "window");
  cumulative = get_boolean (r, window, "cumulative", window_path);
  if (r->failed)
    return NULL;
  from = get_string (r, window, "from", window_path, TRUE);
  to = get_string (r, window, "to", window_path, TRUE);
  if (from != NULL && !tautan_day_parse (from, strlen (from), &span.from))
    fail (r, window_path, "\"%s\" is not a valid date (expected YYYY-MM-DD)", from);
  if (to != NULL && !tautan_day_parse (to, strlen (to), &span.to))
    fail (r, window_path, "\"%s\" is not a valid date (expected YYYY-MM-DD)", to);
  if (r->failed)
    return NULL;
  if (span.to < span.from)
    {
      fail (r, window_path, "the window ends before it starts");
      return NULL;
    }
  tautan_saved_view_set_window (view, &span, cumulative);

  if (get_member_of_type (r, o, "camera", path, JSON_NODE_OBJECT, "an object with \"zoom\", \"x\" and \"y\""))
    {
      double zoom, x, y;

      camera = json_object_get_object_member (o, "camera");
      zoom = get_number (r, camera, "zoom", camera_path);
      x = get_number (r, camera, "x", camera_path);
      y = get_number (r, camera, "y", camera_path);
      if (!(zoom > 0))
        fail (r, camera_path, "the zoom must be positive");
      tautan_saved_view_set_camera (view, zoom, x, y);
    }

  selection = get_member_of_type (r, o, "selection", path, JSON_NODE_OBJECT,
                                  "{\"entity\": id}, {\"source\": id, \"target\": id} or null");
  if (selection != NULL)
    {
      JsonObject *s = json_node_get_object (selection);
      g_autofree char *sel_path = g_strdup_printf ("%s.selection", path);

      if (json_object_has_member (s, "entity"))
        tautan_saved_view_select_entity (view, get_string (r, s, "entity", sel_path, TRUE));
      else
        tautan_saved_view_select_edge (view, get_string (r, s, "source", sel_path, TRUE),
                                       get_string (r, s, "target", sel_path, TRUE));
    }

  {
    JsonNode *list = get_member_of_type (r, o, "rollup_expanded", path, JSON_NODE_ARRAY, "an array of entity ids");
    g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
    g_auto(GStrv) expanded = NULL;
    gboolean rollup = get_boolean (r, o, "rollup", path);

    for (guint i = 0; list != NULL && i < json_array_get_length (json_node_get_array (list)); i++)
      {
        JsonNode *item = json_array_get_element (json_node_get_array (list), i);

        if (JSON_NODE_HOLDS_VALUE (item) && json_node_get_value_type (item) == G_TYPE_STRING)
          g_strv_builder_add (ids, json_node_get_string (item));
        else
          {
            g_autofree char *p = g_strdup_printf ("%s.rollup_expanded[%u]", path, i);
            fail (r, p, "expected a string");
          }
      }
    expanded = g_strv_builder_end (ids);
    tautan_saved_view_set_rollup (view, rollup, (const char * const *)expanded);
  }
  {
    TautanTimeSpan before, after;

    if (read_comparison (r, o, path, &before, &after))
      tautan_saved_view_set_comparison (view, &before, &after);
  }

  return r->failed ? NULL : g_steal_pointer (&view);
}

/**
 * tautan_workspace_load:
 *
 * Returns: (transfer full) (nullable): the workspace, or %NULL with an
 *   error naming the file, the line and column or JSON path, and why
 */
TautanWorkspace *
tautan_workspace_load (GFile   *file,
                       GError **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GBytes) bytes = NULL;
  const char *contents;
  gsize len;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_parse_name (file);
  bytes = tautan_file_load (file, TAUTAN_FILE_MAX_SIZE, NULL, &local_error);
  if (bytes == NULL)
    {
      g_set_error (error, TAUTAN_WORKSPACE_ERROR, TAUTAN_WORKSPACE_ERROR_IO, "%s: %s", name,
                   tautan_file_describe_error (local_error));
      return NULL;
    }
  contents = g_bytes_get_data (bytes, &len);

  return tautan_workspace_load_data (contents != NULL ? contents : "", len, name, file, error);
}

static const char *known_members[] = {
  "format", "version", "dataset", "hidden_kinds", "hidden_types", "filters", "positions", "views",
  "rollup", "rollup_expanded", "compare",
};

static void
read_filters_and_unknown (TautanWorkspace *self,
                          Reader          *r,
                          JsonObject      *root)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *value;

  if (json_object_has_member (root, "filters"))
    {
      g_autoptr(GError) error = NULL;
      TautanFilter *filter = tautan_filter_from_json (json_object_get_member (root, "filters"), "$.filters", &error);

      if (filter == NULL)
        {
          /* The message names its JSON path already. */
          if (!r->failed)
            g_set_error (r->error, TAUTAN_WORKSPACE_ERROR, TAUTAN_WORKSPACE_ERROR_INVALID,
                         "%s: %s", r->name, error->message);
          r->failed = TRUE;
          return;
        }
      g_clear_pointer (&self->filter, tautan_filter_unref);
      self->filter = filter;
    }

  json_object_iter_init_ordered (&iter, root);
  while (json_object_iter_next_ordered (&iter, &name, &value))
    {
      gboolean known = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (known_members) && !known; i++)
        known = g_str_equal (name, known_members[i]);
      if (!known)
        json_object_set_member (self->unknown, name, json_node_copy (value));
    }
}

/* Where the dataset is: a relative path first, since the workspace may
 * have moved with its dataset; then the absolute URI, for a workspace
 * moved alone; then a file of the same name beside the workspace, for a
 * dataset moved into the workspace's folder (the path is written only for
 * a dataset within that folder). When none is there, the first, so that
 * the error names where the dataset was. */
static GFile *
find_dataset (GFile      *folder,
              const char *path,
              const char *uri)
{
  g_autoptr(GPtrArray) candidates = g_ptr_array_new_with_free_func (g_object_unref);

  if (path != NULL && folder != NULL)
    g_ptr_array_add (candidates, g_file_resolve_relative_path (folder, path));
  if (uri != NULL)
    g_ptr_array_add (candidates, g_file_new_for_uri (uri));
  if (candidates->len == 0)
    return NULL;
  if (folder != NULL)
    {
      g_autofree char *base = g_file_get_basename (candidates->pdata[0]);

      if (base != NULL && !g_str_equal (base, "/") && !g_str_equal (base, ".."))
        g_ptr_array_add (candidates, g_file_get_child (folder, base));
    }

  for (guint i = 0; i < candidates->len; i++)
    if (g_file_query_file_type (candidates->pdata[i], G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_REGULAR)
      return g_object_ref (candidates->pdata[i]);
  return g_object_ref (candidates->pdata[0]);
}

/**
 * tautan_workspace_load_data:
 * @display_name: the name errors give
 * @file: (nullable): where the bytes come from: a relative dataset path
 *   is found from its folder, and saving goes there
 *
 * Reads a workspace from memory, as tautan_workspace_load() does from a
 * file.
 *
 * Returns: (transfer full) (nullable): the workspace, or %NULL with an
 *   error naming @display_name, the line and column or JSON path, and why
 */
TautanWorkspace *
tautan_workspace_load_data (const char  *data,
                            gsize        len,
                            const char  *display_name,
                            GFile       *file,
                            GError     **error)
{
  g_autoptr(TautanWorkspace) self = NULL;
  g_autoptr(GPtrArray) diagnostics = g_ptr_array_new_with_free_func ((GDestroyNotify)tautan_diagnostic_free);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GFile) folder = NULL;
  const char *name = display_name;
  Reader r = { 0 };
  JsonObject *root, *dataset;
  JsonNode *node;
  TautanTimeSpan before, after;

  g_return_val_if_fail (data != NULL || len == 0, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), NULL);

  if (data == NULL)
    data = "";

  /* The same guard as datasets: json-glib never sees malformed bytes. */
  if (!tautan_json_scan_check (data, len, name, diagnostics))
    {
      g_autofree char *text = tautan_diagnostic_format (g_ptr_array_index (diagnostics, 0));
      g_set_error_literal (error, TAUTAN_WORKSPACE_ERROR, TAUTAN_WORKSPACE_ERROR_INVALID, text);
      return NULL;
    }
  if (!json_parser_load_from_data (parser, data, (gssize)len, &local_error))
    {
      g_set_error (error, TAUTAN_WORKSPACE_ERROR, TAUTAN_WORKSPACE_ERROR_INVALID, "%s: %s", name, local_error->message);
      return NULL;
    }

  r.name = name;
  r.error = error;
  node = json_parser_get_root (parser);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      fail (&r, "$", "expected a Tautan workspace (an object)");
      return NULL;
    }
  root = json_node_get_object (node);
  node = json_object_get_member (root, "format");
  if (node == NULL || json_node_get_value_type (node) != G_TYPE_STRING ||
      g_strcmp0 (json_node_get_string (node), WORKSPACE_FORMAT) != 0)
    {
      fail (&r, "$.format", "expected \"%s\"", WORKSPACE_FORMAT);
      return NULL;
    }
  node = json_object_get_member (root, "version");
  if (node == NULL || json_node_get_value_type (node) != G_TYPE_INT64 ||
      json_node_get_int (node) != WORKSPACE_VERSION)
    {
      fail (&r, "$.version", "unsupported workspace version (this Tautan reads version %d)", WORKSPACE_VERSION);
      return NULL;
    }

  self = tautan_workspace_new ();
  if (file != NULL)
    {
      self->file = g_object_ref (file);
      folder = g_file_get_parent (file);
    }

  if (get_member_of_type (&r, root, "dataset", "$", JSON_NODE_OBJECT, "an object with \"path\" or \"uri\""))
    {
      const char *path, *uri;

      dataset = json_object_get_object_member (root, "dataset");
      path = get_string (&r, dataset, "path", "$.dataset", FALSE);
      uri = get_string (&r, dataset, "uri", "$.dataset", FALSE);
      self->dataset = find_dataset (folder, path, uri);
    }

  g_strfreev (self->hidden_kinds);
  self->hidden_kinds = get_strv (&r, root, "hidden_kinds");
  g_strfreev (self->hidden_types);
  self->hidden_types = get_strv (&r, root, "hidden_types");
  read_filters_and_unknown (self, &r, root);
  self->rollup = get_boolean (&r, root, "rollup", "$");
  g_strfreev (self->expanded);
  self->expanded = get_strv (&r, root, "rollup_expanded");
  if (read_comparison (&r, root, "$", &before, &after))
    _tautan_comparison_slot_set_periods (&self->comparison, &before, &after);
  else
    _tautan_comparison_slot_set (&self->comparison, NULL);

  node = get_member_of_type (&r, root, "positions", "$", JSON_NODE_ARRAY, "an array of positions");
  if (node != NULL)
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array) && !r.failed; i++)
        {
          JsonNode *item = json_array_get_element (array, i);
          g_autofree char *path = g_strdup_printf ("$.positions[%u]", i);
          JsonObject *o;
          const char *entity;
          TautanPoint p;
          gboolean pinned;

          if (!JSON_NODE_HOLDS_OBJECT (item))
            {
              fail (&r, path, "expected an object with \"entity\", \"x\" and \"y\"");
              break;
            }
          o = json_node_get_object (item);
          entity = get_string (&r, o, "entity", path, TRUE);
          p.x = (float)get_number (&r, o, "x", path);
          p.y = (float)get_number (&r, o, "y", path);
          pinned = get_boolean (&r, o, "pinned", path);
          if (entity != NULL && !r.failed)
            tautan_workspace_add_position (self, entity, p, pinned);
        }
    }

  node = get_member_of_type (&r, root, "views", "$", JSON_NODE_ARRAY, "an array of views");
  if (node != NULL)
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array) && !r.failed; i++)
        {
          g_autoptr(TautanSavedView) view = read_view (&r, json_array_get_element (array, i), i);

          if (view != NULL)
            g_list_store_append (self->views, view);
        }
    }

  if (r.failed)
    return NULL;

  return g_steal_pointer (&self);
}

/* The composed event filter (docs/workspace-format.md, “The filters
 * member”); an empty filter is not written. */
TautanFilter *
tautan_workspace_get_filter (TautanWorkspace *self)
{
  g_return_val_if_fail (TAUTAN_IS_WORKSPACE (self), NULL);
  return self->filter;
}

void
tautan_workspace_set_filter (TautanWorkspace *self,
                             TautanFilter    *filter)
{
  g_return_if_fail (TAUTAN_IS_WORKSPACE (self));
  g_return_if_fail (filter != NULL);

  tautan_filter_ref (filter);
  g_clear_pointer (&self->filter, tautan_filter_unref);
  self->filter = filter;
}

/* Members a later version wrote and this one does not know, kept so a
 * save gives them back. */
JsonObject *
tautan_workspace_get_unknown_members (TautanWorkspace *self)
{
  g_return_val_if_fail (TAUTAN_IS_WORKSPACE (self), NULL);
  return self->unknown;
}

void
tautan_workspace_set_unknown_members (TautanWorkspace *self,
                                      JsonObject      *unknown)
{
  g_return_if_fail (TAUTAN_IS_WORKSPACE (self));
  g_return_if_fail (unknown != NULL);

  json_object_ref (unknown);
  g_clear_pointer (&self->unknown, json_object_unref);
  self->unknown = unknown;
}

/* The roll-up by affiliation (docs/workspace-format.md, “rollup”):
 * whether it is on, and the groups drawn open by entity id. */
gboolean
tautan_workspace_get_rollup (TautanWorkspace *self)
{
  g_return_val_if_fail (TAUTAN_IS_WORKSPACE (self), FALSE);

  return self->rollup;
}

const char * const *
tautan_workspace_get_expanded (TautanWorkspace *self)
{
  g_return_val_if_fail (TAUTAN_IS_WORKSPACE (self), NULL);

  return (const char * const *)self->expanded;
}

void
tautan_workspace_set_rollup (TautanWorkspace    *self,
                             gboolean            rollup,
                             const char * const *expanded)
{
  g_return_if_fail (TAUTAN_IS_WORKSPACE (self));

  self->rollup = !!rollup;
  g_strfreev (self->expanded);
  self->expanded = expanded != NULL ? g_strdupv ((char **)expanded) : g_new0 (char *, 1);
}

/* The periods compared (docs/workspace-format.md, “compare”). */
gboolean
tautan_workspace_get_comparison (TautanWorkspace *self,
                                 TautanTimeSpan  *before,
                                 TautanTimeSpan  *after)
{
  g_return_val_if_fail (TAUTAN_IS_WORKSPACE (self), FALSE);

  return _tautan_comparison_slot_get (&self->comparison, before, after);
}

void
tautan_workspace_set_comparison (TautanWorkspace      *self,
                                 const TautanTimeSpan *before,
                                 const TautanTimeSpan *after)
{
  g_return_if_fail (TAUTAN_IS_WORKSPACE (self));
  g_return_if_fail ((before == NULL) == (after == NULL));

  /* A clear resets the periods too (it used to keep them, stale). */
  _tautan_comparison_slot_set_periods (&self->comparison, before, after);
}
