/* tautan-taxonomy.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-taxonomy"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tautan/tautan-diagnostic.h"
#include "tautan/tautan-json-scan.h"
#include "tautan/tautan-taxonomy.h"

#define TAXONOMY_RESOURCE RESOURCE_PREFIX "/taxonomy/event-types.json"

struct _TautanTaxonomy
{
  GObject              parent_instance;

  GPtrArray           *types;        /* TautanEventType */
  GHashTable          *by_id;        /* id -> index + 1 */
  TautanQuadClassInfo  quads[TAUTAN_N_QUAD_CLASSES];
  char                *checksum;
};

G_DEFINE_FINAL_TYPE (TautanTaxonomy, tautan_taxonomy, G_TYPE_OBJECT)

static const char *quad_ids[TAUTAN_N_QUAD_CLASSES] = {
  "verbal-cooperation", "material-cooperation", "verbal-conflict", "material-conflict",
};

static void
event_type_free (gpointer data)
{
  TautanEventType *type = data;

  g_free (type->id);
  g_free (type->label);
  g_strfreev (type->cameo);
  g_free (type->plover);
  g_free (type->plover_note);
  g_free (type);
}

static TautanEventType *
event_type_copy (const TautanEventType *type)
{
  TautanEventType *copy = g_new0 (TautanEventType, 1);

  copy->id = g_strdup (type->id);
  copy->label = g_strdup (type->label);
  copy->cameo = g_strdupv (type->cameo);
  copy->plover = g_strdup (type->plover);
  copy->plover_note = g_strdup (type->plover_note);
  copy->quad_class = type->quad_class;
  copy->color = type->color;

  return copy;
}

static void
tautan_taxonomy_finalize (GObject *object)
{
  TautanTaxonomy *self = (TautanTaxonomy *)object;

  g_clear_pointer (&self->types, g_ptr_array_unref);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  for (guint i = 0; i < TAUTAN_N_QUAD_CLASSES; i++)
    {
      g_free (self->quads[i].id);
      g_free (self->quads[i].label);
    }
  g_free (self->checksum);

  G_OBJECT_CLASS (tautan_taxonomy_parent_class)->finalize (object);
}

static void
tautan_taxonomy_class_init (TautanTaxonomyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tautan_taxonomy_finalize;
}

static void
tautan_taxonomy_init (TautanTaxonomy *self)
{
  self->types = g_ptr_array_new_with_free_func (event_type_free);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

gboolean
tautan_parse_color (const char *text,
                    guint32    *rgb)
{
  guint32 v = 0;

  if (text == NULL || strlen (text) != 7 || text[0] != '#')
    return FALSE;
  for (guint i = 1; i < 7; i++)
    {
      if (!g_ascii_isxdigit (text[i]))
        return FALSE;
      v = (v << 4) | (guint32)g_ascii_xdigit_value (text[i]);
    }
  *rgb = v;
  return TRUE;
}

int
tautan_quad_class_from_string (const char *id)
{
  for (guint i = 0; i < TAUTAN_N_QUAD_CLASSES; i++)
    if (g_strcmp0 (quad_ids[i], id) == 0)
      return (int)i;
  return -1;
}

static void
add_problem (GPtrArray  *diagnostics,
             const char *file,
             GString    *path,
             const char *format,
             ...) G_GNUC_PRINTF (4, 5);

static void
add_problem (GPtrArray  *diagnostics,
             const char *file,
             GString    *path,
             const char *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_ptr_array_add (diagnostics, tautan_diagnostic_new (file, 0, 0, path->str, message));
}

static const char *
get_string (JsonObject *object,
            const char *member,
            gboolean    required,
            const char *file,
            GString    *path,
            GPtrArray  *diagnostics)
{
  JsonNode *node = json_object_get_member (object, member);
  gsize len = path->len;
  const char *ret = NULL;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        add_problem (diagnostics, file, path, "missing required member \"%s\"", member);
      return NULL;
    }


  g_string_append_printf (path, ".%s", member);
  if (json_node_get_value_type (node) != G_TYPE_STRING)
    add_problem (diagnostics, file, path, "expected a string");
  else
    ret = json_node_get_string (node);
  g_string_truncate (path, len);

  return ret;
}

/* Parses one event type; NULL (with diagnostics) when it is unusable. */
static TautanEventType *
parse_event_type (JsonNode   *node,
                  const char *file,
                  GString    *path,
                  GPtrArray  *diagnostics)
{
  g_autoptr(GPtrArray) cameo = g_ptr_array_new_with_free_func (g_free);
  TautanEventType *type;
  JsonObject *object;
  JsonNode *cameo_node;
  const char *id, *label, *plover, *plover_note, *quad, *color;
  guint before = diagnostics->len;
  guint32 rgb = 0;
  int q = -1;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      add_problem (diagnostics, file, path, "expected an object");
      return NULL;
    }
  object = json_node_get_object (node);

  id = get_string (object, "id", TRUE, file, path, diagnostics);
  label = get_string (object, "label", TRUE, file, path, diagnostics);
  plover = get_string (object, "plover", FALSE, file, path, diagnostics);
  plover_note = get_string (object, "plover_note", FALSE, file, path, diagnostics);
  quad = get_string (object, "quad_class", TRUE, file, path, diagnostics);
  color = get_string (object, "color", TRUE, file, path, diagnostics);

  if (quad != NULL && (q = tautan_quad_class_from_string (quad)) < 0)
    {
      gsize len = path->len;
      g_string_append (path, ".quad_class");
      add_problem (diagnostics, file, path,
                   "unknown QuadClass \"%s\" (expected verbal-cooperation, material-cooperation, "
                   "verbal-conflict or material-conflict)", quad);
      g_string_truncate (path, len);
    }

  if (color != NULL && !tautan_parse_color (color, &rgb))
    {
      gsize len = path->len;
      g_string_append (path, ".color");
      add_problem (diagnostics, file, path, "\"%s\" is not a colour of the form #RRGGBB", color);
      g_string_truncate (path, len);
    }

  cameo_node = json_object_get_member (object, "cameo");
  if (cameo_node != NULL && !JSON_NODE_HOLDS_NULL (cameo_node))
    {
      gsize len = path->len;

      g_string_append (path, ".cameo");
      if (!JSON_NODE_HOLDS_ARRAY (cameo_node))
        add_problem (diagnostics, file, path, "expected an array of CAMEO codes");
      else
        {
          JsonArray *array = json_node_get_array (cameo_node);

          for (guint i = 0; i < json_array_get_length (array); i++)
            {
              JsonNode *code = json_array_get_element (array, i);

              if (json_node_get_value_type (code) != G_TYPE_STRING)
                {
                  gsize l2 = path->len;
                  tautan_json_path_append_index (path, i);
                  add_problem (diagnostics, file, path, "expected a CAMEO code as a string");
                  g_string_truncate (path, l2);
                }
              else
                g_ptr_array_add (cameo, g_strdup (json_node_get_string (code)));
            }
        }
      g_string_truncate (path, len);
    }

  if (diagnostics->len > before)
    return NULL;

  g_ptr_array_add (cameo, NULL);

  type = g_new0 (TautanEventType, 1);
  type->id = g_strdup (id);
  type->label = g_strdup (label);
  type->cameo = (char **)g_ptr_array_free (g_steal_pointer (&cameo), FALSE);
  type->plover = g_strdup (plover);
  type->plover_note = g_strdup (plover_note);
  type->quad_class = (TautanQuadClass)q;
  type->color = rgb;

  return type;
}

static void
add_or_replace (TautanTaxonomy  *self,
                TautanEventType *type)
{
  gpointer idx = g_hash_table_lookup (self->by_id, type->id);

  if (idx != NULL)
    {
      guint i = GPOINTER_TO_UINT (idx) - 1;

      g_hash_table_remove (self->by_id, ((TautanEventType *)g_ptr_array_index (self->types, i))->id);
      event_type_free (g_ptr_array_index (self->types, i));
      self->types->pdata[i] = type;
      g_hash_table_insert (self->by_id, type->id, GUINT_TO_POINTER (i + 1));
    }
  else
    {
      g_ptr_array_add (self->types, type);
      g_hash_table_insert (self->by_id, type->id, GUINT_TO_POINTER (self->types->len));
    }
}

static gboolean
parse_event_types (TautanTaxonomy *self,
                   JsonNode       *node,
                   const char     *file,
                   GString        *path,
                   GPtrArray      *diagnostics)
{
  JsonArray *array;
  guint before = diagnostics->len;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      add_problem (diagnostics, file, path, node == NULL ? "missing required member" : "expected an array");
      return FALSE;
    }

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize len = path->len;
      TautanEventType *type;

      tautan_json_path_append_index (path, i);
      type = parse_event_type (json_array_get_element (array, i), file, path, diagnostics);
      if (type != NULL)
        {
          if (g_hash_table_contains (seen, type->id))
            {
              g_string_append (path, ".id");
              add_problem (diagnostics, file, path, "duplicate event type \"%s\"", type->id);
              event_type_free (type);
            }
          else if (self->types->len >= TAUTAN_MAX_EVENT_TYPES && !g_hash_table_contains (self->by_id, type->id))
            {
              add_problem (diagnostics, file, path, "more than %u event types: a taxonomy holds at most %u",
                           TAUTAN_MAX_EVENT_TYPES, TAUTAN_MAX_EVENT_TYPES);
              event_type_free (type);
            }
          else
            {
              add_or_replace (self, type);
              g_hash_table_add (seen, type->id);
            }
        }
      g_string_truncate (path, len);
    }

  return diagnostics->len == before;
}

static char *
compute_checksum (TautanTaxonomy *self)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);

  for (guint i = 0; i < self->types->len; i++)
    {
      const TautanEventType *t = g_ptr_array_index (self->types, i);
      g_autofree char *cameo = g_strjoinv (",", t->cameo);
      g_autofree char *line = g_strdup_printf ("%s\t%s\t%s\t%s\t%d\t%06x\n", t->id, t->label, cameo,
                                               t->plover ? t->plover : "", t->quad_class, t->color);

      g_checksum_update (sum, (const guchar *)line, -1);
    }

  return g_strdup (g_checksum_get_string (sum));
}

/**
 * tautan_taxonomy_new_from_json:
 *
 * Parses a taxonomy document (`resources/taxonomy/event-types.json`).
 *
 * Returns: (transfer full) (nullable): the taxonomy, or %NULL with
 *   problems added to @diagnostics
 */
TautanTaxonomy *
tautan_taxonomy_new_from_json (JsonNode   *root,
                               const char *file,
                               GPtrArray  *diagnostics)
{
  g_autoptr(TautanTaxonomy) self = g_object_new (TAUTAN_TYPE_TAXONOMY, NULL);
  g_autoptr(GString) path = g_string_new ("$");
  guint before = diagnostics->len;
  JsonObject *object;
  JsonNode *quads;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      add_problem (diagnostics, file, path, "expected an object");
      return NULL;
    }
  object = json_node_get_object (root);

  if (g_strcmp0 (json_object_get_string_member_with_default (object, "format", ""), "tautan-taxonomy") != 0)
    {
      g_string_append (path, ".format");
      add_problem (diagnostics, file, path, "expected \"tautan-taxonomy\"");
      return NULL;
    }

  quads = json_object_get_member (object, "quad_classes");
  if (quads != NULL && JSON_NODE_HOLDS_ARRAY (quads))
    {
      JsonArray *array = json_node_get_array (quads);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *node = json_array_get_element (array, i);
          JsonObject *q;
          guint32 rgb;
          int k;

          if (!JSON_NODE_HOLDS_OBJECT (node))
            continue;
          q = json_node_get_object (node);
          k = tautan_quad_class_from_string (json_object_get_string_member_with_default (q, "id", ""));
          if (k < 0 || !tautan_parse_color (json_object_get_string_member_with_default (q, "color", ""), &rgb))
            {
              g_string_printf (path, "$.quad_classes[%u]", i);
              add_problem (diagnostics, file, path, "expected a known QuadClass id and a #RRGGBB colour");
              continue;
            }
          self->quads[k].id = g_strdup (quad_ids[k]);
          self->quads[k].label = g_strdup (json_object_get_string_member_with_default (q, "label", quad_ids[k]));
          self->quads[k].color = rgb;
        }
    }

  for (guint k = 0; k < TAUTAN_N_QUAD_CLASSES; k++)
    if (self->quads[k].id == NULL)
      {
        g_string_assign (path, "$.quad_classes");
        add_problem (diagnostics, file, path, "QuadClass \"%s\" is missing", quad_ids[k]);
      }

  g_string_assign (path, "$.event_types");
  parse_event_types (self, json_object_get_member (object, "event_types"), file, path, diagnostics);

  if (diagnostics->len > before)
    return NULL;

  self->checksum = compute_checksum (self);

  return g_steal_pointer (&self);
}

/**
 * tautan_taxonomy_new_with_overrides:
 * @overrides: a dataset's `taxonomy` member
 * @path: the JSON path of @overrides, for diagnostics
 *
 * Returns: (transfer full) (nullable): a copy of @base where the override
 *   types replace those with the same id and new ids are added.
 */
TautanTaxonomy *
tautan_taxonomy_new_with_overrides (TautanTaxonomy *base,
                                    JsonNode       *overrides,
                                    const char     *file,
                                    const char     *path,
                                    GPtrArray      *diagnostics)
{
  g_autoptr(TautanTaxonomy) self = g_object_new (TAUTAN_TYPE_TAXONOMY, NULL);
  g_autoptr(GString) p = g_string_new (path);

  g_return_val_if_fail (TAUTAN_IS_TAXONOMY (base), NULL);

  for (guint k = 0; k < TAUTAN_N_QUAD_CLASSES; k++)
    {
      self->quads[k].id = g_strdup (base->quads[k].id);
      self->quads[k].label = g_strdup (base->quads[k].label);
      self->quads[k].color = base->quads[k].color;
    }
  for (guint i = 0; i < base->types->len; i++)
    add_or_replace (self, event_type_copy (g_ptr_array_index (base->types, i)));

  if (!JSON_NODE_HOLDS_OBJECT (overrides))
    {
      add_problem (diagnostics, file, p, "expected an object with \"event_types\"");
      return NULL;
    }

  g_string_append (p, ".event_types");
  if (!parse_event_types (self, json_object_get_member (json_node_get_object (overrides), "event_types"),
                          file, p, diagnostics))
    return NULL;

  self->checksum = compute_checksum (self);

  return g_steal_pointer (&self);
}

/**
 * tautan_taxonomy_get_default:
 *
 * Returns: (transfer none): the taxonomy shipped with Tautan
 */
TautanTaxonomy *
tautan_taxonomy_get_default (void)
{
  static TautanTaxonomy *instance;

  if (g_once_init_enter (&instance))
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GPtrArray) diagnostics = g_ptr_array_new_with_free_func ((GDestroyNotify)tautan_diagnostic_free);
      g_autoptr(GError) error = NULL;
      TautanTaxonomy *taxonomy;
      gsize len;
      const char *data;

      /* The bundled file is part of the program: failing to read it is a
       * build error, never bad user input. */
      bytes = g_resources_lookup_data (TAXONOMY_RESOURCE, 0, &error);
      g_assert_no_error (error);
      data = g_bytes_get_data (bytes, &len);
      if (!json_parser_load_from_data (parser, data, (gssize)len, &error))
        g_error ("bundled taxonomy: %s", error->message);
      taxonomy = tautan_taxonomy_new_from_json (json_parser_get_root (parser), TAXONOMY_RESOURCE, diagnostics);
      if (taxonomy == NULL)
        {
          g_autofree char *text = tautan_diagnostics_format (diagnostics, 0);
          g_error ("bundled taxonomy: %s", text);
        }

      /* The shipped labels in the interface's language (their English is
       * in resources/taxonomy/event-types.json.h for the translators); the
       * checksum keying caches was taken from the English. A dataset's
       * own labels stay as written. */
      for (guint i = 0; i < taxonomy->types->len; i++)
        {
          TautanEventType *type = g_ptr_array_index (taxonomy->types, i);
          char *label = g_strdup (g_dpgettext2 (GETTEXT_PACKAGE, "event type", type->label));

          g_free (type->label);
          type->label = label;
        }
      for (guint k = 0; k < TAUTAN_N_QUAD_CLASSES; k++)
        {
          char *label = g_strdup (g_dpgettext2 (GETTEXT_PACKAGE, "event class", taxonomy->quads[k].label));

          g_free (taxonomy->quads[k].label);
          taxonomy->quads[k].label = label;
        }

      g_once_init_leave (&instance, taxonomy);
    }

  return instance;
}

guint
tautan_taxonomy_get_n_types (TautanTaxonomy *self)
{
  g_return_val_if_fail (TAUTAN_IS_TAXONOMY (self), 0);

  return self->types->len;
}

const TautanEventType *
tautan_taxonomy_get_event_type (TautanTaxonomy *self,
                                guint           index)
{
  g_return_val_if_fail (TAUTAN_IS_TAXONOMY (self), NULL);
  g_return_val_if_fail (index < self->types->len, NULL);

  return g_ptr_array_index (self->types, index);
}

int
tautan_taxonomy_lookup (TautanTaxonomy *self,
                        const char     *id)
{
  g_return_val_if_fail (TAUTAN_IS_TAXONOMY (self), -1);

  return (int)GPOINTER_TO_UINT (g_hash_table_lookup (self->by_id, id)) - 1;
}

const TautanQuadClassInfo *
tautan_taxonomy_get_quad_class (TautanTaxonomy  *self,
                                TautanQuadClass  quad_class)
{
  g_return_val_if_fail (TAUTAN_IS_TAXONOMY (self), NULL);
  g_return_val_if_fail (quad_class < TAUTAN_N_QUAD_CLASSES, NULL);

  return &self->quads[quad_class];
}

/* Part of the binary cache's key: a changed taxonomy rebuilds the cache. */
const char *
tautan_taxonomy_get_checksum (TautanTaxonomy *self)
{
  g_return_val_if_fail (TAUTAN_IS_TAXONOMY (self), NULL);

  return self->checksum;
}
