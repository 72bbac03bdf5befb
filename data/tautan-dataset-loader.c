/* tautan-dataset-loader.c: JSON to columns, with every problem reported
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-dataset-loader"

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "tautan/tautan-diagnostic.h"
#include "tautan/tautan-json-scan.h"

#include "tautan-dataset-private.h"

/* More than this many problems says nothing new: stop collecting. */
#define MAX_DIAGNOSTICS 500

typedef enum { T_SOURCES, T_ENTITIES, T_EVENTS, T_QUOTES, N_TABLES } Table;

static const char *table_names[N_TABLES] = { "sources", "entities", "events", "quotes" };
static const char *table_nouns[N_TABLES] = { "source", "entity", "event", "quote" };

typedef struct
{
  TautanDatasetBuilder  builder;
  const char           *file;
  GFile                *base_dir;
  GPtrArray            *diagnostics;
  GString              *path;
  TautanTaxonomy       *taxonomy;
  GCancellable         *cancellable;
  TautanProgressFunc    progress;
  gpointer              progress_data;

  JsonArray            *tables[N_TABLES];
  GHashTable           *ids[N_TABLES];      /* id -> index + 1 */
  guint                 n[N_TABLES];
  GPtrArray            *source_texts;       /* borrowed or owned strings, per source */
  GPtrArray            *owned_texts;
} Loader;

static const char *
node_kind (JsonNode *node)
{
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return "null";
  if (JSON_NODE_HOLDS_OBJECT (node))
    return "an object";
  if (JSON_NODE_HOLDS_ARRAY (node))
    return "an array";
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING: return "a string";
    case G_TYPE_BOOLEAN: return "a boolean";
    default: return "a number";
    }
}

static gboolean
too_many (Loader *l)
{
  return l->diagnostics->len >= MAX_DIAGNOSTICS;
}

static void
problem (Loader     *l,
         const char *format,
         ...) G_GNUC_PRINTF (2, 3);

static void
problem (Loader     *l,
         const char *format,
         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (too_many (l))
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_ptr_array_add (l->diagnostics, tautan_diagnostic_new (l->file, 0, 0, l->path->str, message));
}

static inline gsize
push (Loader     *l,
      const char *member)
{
  gsize len = l->path->len;

  tautan_json_path_append_member (l->path, member, strlen (member));
  return len;
}

static inline gsize
push_index (Loader *l,
            guint   index)
{
  gsize len = l->path->len;

  tautan_json_path_append_index (l->path, index);
  return len;
}

static inline void
pop (Loader *l,
     gsize   len)
{
  g_string_truncate (l->path, len);
}

/* Returns the member, NULL when absent or null; a required one is reported
 * at the enclosing object's path. */
static JsonNode *
member (Loader     *l,
        JsonObject *object,
        const char *name,
        gboolean    required)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        problem (l, "missing required member \"%s\"", name);
      return NULL;
    }
  return node;
}

static const char *
get_string (Loader     *l,
            JsonObject *object,
            const char *name,
            gboolean    required)
{
  JsonNode *node = member (l, object, name, required);
  const char *ret = NULL;
  gsize len;

  if (node == NULL)
    return NULL;

  len = push (l, name);
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    ret = json_node_get_string (node);
  else
    problem (l, "expected a string, got %s", node_kind (node));
  pop (l, len);

  return ret;
}

static guint32
put_string (Loader     *l,
            JsonObject *object,
            const char *name,
            gboolean    required)
{
  return _tautan_dataset_builder_string (&l->builder, get_string (l, object, name, required), -1);
}

static gboolean
get_bool (Loader     *l,
          JsonObject *object,
          const char *name,
          gboolean    required)
{
  JsonNode *node = member (l, object, name, required);
  gboolean ret = FALSE;
  gsize len;

  if (node == NULL)
    return FALSE;

  len = push (l, name);
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_BOOLEAN)
    ret = json_node_get_boolean (node);
  else
    problem (l, "expected true or false, got %s", node_kind (node));
  pop (l, len);

  return ret;
}

static gint64
get_int (Loader     *l,
         JsonObject *object,
         const char *name,
         gint64      min,
         gint64      max,
         gint64      fallback)
{
  JsonNode *node = member (l, object, name, TRUE);
  gint64 ret = fallback;
  gsize len;

  if (node == NULL)
    return fallback;

  len = push (l, name);
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64)
    {
      ret = json_node_get_int (node);
      if (ret < min || ret > max)
        {
          problem (l, "%" G_GINT64_FORMAT " is out of range (%" G_GINT64_FORMAT " to %" G_GINT64_FORMAT ")",
                   ret, min, max);
          ret = fallback;
        }
    }
  else
    problem (l, "expected an integer, got %s", node_kind (node));
  pop (l, len);

  return ret;
}

static JsonObject *
get_object (Loader     *l,
            JsonObject *object,
            const char *name,
            gboolean    required)
{
  JsonNode *node = member (l, object, name, required);
  gsize len;

  if (node == NULL)
    return NULL;
  if (JSON_NODE_HOLDS_OBJECT (node))
    return json_node_get_object (node);

  len = push (l, name);
  problem (l, "expected an object, got %s", node_kind (node));
  pop (l, len);
  return NULL;
}

static JsonArray *
get_array (Loader     *l,
           JsonObject *object,
           const char *name,
           gboolean    required)
{
  JsonNode *node = member (l, object, name, required);
  gsize len;

  if (node == NULL)
    return NULL;
  if (JSON_NODE_HOLDS_ARRAY (node))
    return json_node_get_array (node);

  len = push (l, name);
  problem (l, "expected an array, got %s", node_kind (node));
  pop (l, len);
  return NULL;
}

static int
get_enum (Loader            *l,
          JsonObject        *object,
          const char        *name,
          gboolean           required,
          const char *const *values,
          guint              n_values,
          const char        *what,
          int                fallback)
{
  const char *value = get_string (l, object, name, required);
  g_autoptr(GString) expected = NULL;
  gsize len;

  if (value == NULL)
    return fallback;

  for (guint i = 0; i < n_values; i++)
    if (strcmp (values[i], value) == 0)
      return (int)i;

  expected = g_string_new (NULL);
  for (guint i = 0; i < n_values; i++)
    g_string_append_printf (expected, "%s%s", i == 0 ? "" : i + 1 == n_values ? " or " : ", ", values[i]);

  len = push (l, name);
  problem (l, "unknown %s \"%s\" (expected %s)", what, value, expected->str);
  pop (l, len);

  return fallback;
}

static guint32
resolve (Loader     *l,
         JsonNode   *node,
         Table       table)
{
  gpointer idx;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      problem (l, "expected %s id (a string), got %s",
               table == T_ENTITIES ? "an entity" : table == T_EVENTS ? "an event" :
               table == T_QUOTES ? "a quote" : "a source", node_kind (node));
      return TAUTAN_NONE;
    }

  idx = g_hash_table_lookup (l->ids[table], json_node_get_string (node));
  if (idx == NULL)
    {
      problem (l, "unknown %s \"%s\"", table_nouns[table], json_node_get_string (node));
      return TAUTAN_NONE;
    }
  return GPOINTER_TO_UINT (idx) - 1;
}

static guint32
get_ref (Loader     *l,
         JsonObject *object,
         const char *name,
         gboolean    required,
         Table       table)
{
  JsonNode *node = member (l, object, name, required);
  guint32 ret;
  gsize len;

  if (node == NULL)
    return TAUTAN_NONE;

  len = push (l, name);
  ret = resolve (l, node, table);
  pop (l, len);

  return ret;
}

/* Appends a list of references to @list_col and closes the record in @off_col. */
static void
put_ref_list (Loader       *l,
              JsonObject   *object,
              const char   *name,
              gboolean      required,
              gboolean      non_empty,
              Table         table,
              TautanColumn  off_col,
              TautanColumn  list_col)
{
  JsonArray *array = get_array (l, object, name, required);
  GArray *list = l->builder.columns[list_col];

  if (array != NULL)
    {
      gsize len = push (l, name);
      guint n = json_array_get_length (array);

      if (n == 0 && non_empty)
        problem (l, "must list at least one %s", table_nouns[table]);

      for (guint i = 0; i < n; i++)
        {
          gsize len2 = push_index (l, i);
          guint32 ref = resolve (l, json_array_get_element (array, i), table);

          if (ref != TAUTAN_NONE)
            g_array_append_val (list, ref);
          pop (l, len2);
        }
      pop (l, len);
    }

  BUILDER_PUSH_U32 (&l->builder, off_col, list->len);
}

static TautanDay
get_date (Loader     *l,
          JsonObject *object,
          const char *name,
          gboolean    required)
{
  const char *text = get_string (l, object, name, required);
  TautanDay day;
  gsize len;

  if (text == NULL)
    return TAUTAN_DAY_NONE;
  if (tautan_day_parse (text, strlen (text), &day))
    return day;

  len = push (l, name);
  if (strlen (text) == 10 && text[4] == '-' && text[7] == '-')
    problem (l, "\"%s\" is not a valid date", text);
  else
    problem (l, "\"%s\" is not a valid date (expected YYYY-MM-DD)", text);
  pop (l, len);

  return TAUTAN_DAY_NONE;
}

/* Unknown members are kept as JSON text: {"$": {…}, "date": {…}} holds
 * those of the object itself and of its nested objects, so saving writes
 * them back where they were. */
static void
collect_unknown (JsonObject        *object,
                 const char *const *known,
                 JsonObject       **extras,
                 const char        *key)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *value;
  JsonObject *bucket = NULL;

  if (object == NULL)
    return;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, &value))
    {
      if (g_strv_contains (known, name))
        continue;
      if (*extras == NULL)
        *extras = json_object_new ();
      if (bucket == NULL)
        {
          bucket = json_object_new ();
          json_object_set_object_member (*extras, key, bucket);
        }
      json_object_set_member (bucket, name, json_node_copy (value));
    }
}

static guint32
put_extras (Loader     *l,
            JsonObject *extras)
{
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *text = NULL;

  if (extras == NULL)
    return 0;

  node = json_node_init_object (json_node_alloc (), extras);
  json_object_unref (extras);
  text = json_to_string (node, FALSE);

  return _tautan_dataset_builder_string (&l->builder, text, -1);
}

static void
report_progress (Loader *l,
                 double  fraction)
{
  if (l->progress != NULL)
    l->progress (CLAMP (fraction, 0.0, 1.0), l->progress_data);
}

static gboolean
cancelled (Loader *l)
{
  return l->cancellable != NULL && g_cancellable_is_cancelled (l->cancellable);
}

/* Pass 1: every record's id, so references may point forwards. */
static void
collect_ids (Loader *l,
             Table   table)
{
  JsonArray *array = l->tables[table];
  gsize base = l->path->len;

  l->ids[table] = g_hash_table_new (g_str_hash, g_str_equal);
  if (array == NULL)
    return;

  l->n[table] = json_array_get_length (array);
  for (guint i = 0; i < l->n[table]; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      const char *id;
      gpointer first;

      g_string_printf (l->path, "$.%s[%u]", table_names[table], i);
      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          problem (l, "expected %s object, got %s", table == T_ENTITIES ? "an entity" :
                   table == T_EVENTS ? "an event" : table == T_QUOTES ? "a quote" : "a source",
                   node_kind (node));
          continue;
        }

      id = get_string (l, json_node_get_object (node), "id", TRUE);
      if (id == NULL)
        continue;
      if (*id == '\0')
        {
          g_string_append (l->path, ".id");
          problem (l, "the id is empty");
          continue;
        }

      first = g_hash_table_lookup (l->ids[table], id);
      if (first != NULL)
        {
          g_string_append (l->path, ".id");
          problem (l, "duplicate id \"%s\" (first at $.%s[%u])", id, table_names[table],
                   GPOINTER_TO_UINT (first) - 1);
          continue;
        }
      g_hash_table_insert (l->ids[table], (gpointer)id, GUINT_TO_POINTER (i + 1));
    }
  g_string_truncate (l->path, base);
}

static JsonObject *
record (Loader *l,
        Table   table,
        guint   i)
{
  JsonNode *node = json_array_get_element (l->tables[table], i);

  g_string_printf (l->path, "$.%s[%u]", table_names[table], i);
  return JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static gboolean
path_is_safe (const char *path)
{
  g_auto(GStrv) parts = NULL;

  if (*path == '\0' || g_path_is_absolute (path) || strchr (path, '\\') != NULL)
    return FALSE;

  parts = g_strsplit (path, "/", -1);
  for (guint i = 0; parts[i]; i++)
    if (strcmp (parts[i], "..") == 0)
      return FALSE;

  return TRUE;
}

static const char *
read_text_file (Loader     *l,
                const char *relative)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  const char *bad;
  gsize len;
  gsize plen = push (l, "text_file");

  if (!path_is_safe (relative))
    {
      problem (l, "\"%s\" must be a relative path inside the dataset's folder", relative);
      goto out;
    }
  if (l->base_dir == NULL)
    {
      problem (l, "\"%s\" cannot be read: the dataset was not loaded from a file", relative);
      goto out;
    }

  file = g_file_resolve_relative_path (l->base_dir, relative);
  if (!g_file_load_contents (file, l->cancellable, &contents, &len, NULL, &error))
    {
      problem (l, "cannot read \"%s\": %s", relative,
               g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND) ? "No such file or directory" :
               g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED) ? "Permission denied" :
               g_error_matches (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY) ? "it is a folder" :
               error->message);
      goto out;
    }
  if (!g_utf8_validate_len (contents, len, &bad) || memchr (contents, '\0', len) != NULL)
    {
      problem (l, "\"%s\" is not valid UTF-8 text", relative);
      g_clear_pointer (&contents, g_free);
      goto out;
    }
  g_ptr_array_add (l->owned_texts, contents);

out:
  pop (l, plen);
  return contents;
}

static void
load_sources (Loader *l)
{
  static const char *const known[] = {
    "id", "outlet", "title", "url", "language", "published", "published_note", "origin",
    "relayed_from", "state_media", "text", "text_file", NULL,
  };
  static const char *const relay_known[] = { "name", "entity", "state_media", "words", NULL };
  static const char *const origins[] = { "own", "relayed" };
  TautanDatasetBuilder *b = &l->builder;

  for (guint i = 0; i < l->n[T_SOURCES]; i++)
    {
      JsonObject *o = record (l, T_SOURCES, i);
      JsonObject *extras = NULL;
      JsonArray *relayed;
      const char *text = NULL, *text_file;
      guint32 flags = 0;
      TautanDay published = TAUTAN_DAY_NONE;
      int origin;

      BUILDER_PUSH_U32 (b, COL_SRC_ID, o ? put_string (l, o, "id", FALSE) : 0);
      BUILDER_PUSH_U32 (b, COL_SRC_OUTLET, o ? put_string (l, o, "outlet", TRUE) : 0);
      BUILDER_PUSH_U32 (b, COL_SRC_TITLE, o ? put_string (l, o, "title", TRUE) : 0);
      BUILDER_PUSH_U32 (b, COL_SRC_URL, o ? put_string (l, o, "url", FALSE) : 0);
      BUILDER_PUSH_U32 (b, COL_SRC_LANGUAGE, o ? put_string (l, o, "language", TRUE) : 0);

      if (o != NULL)
        {
          if (!json_object_has_member (o, "published"))
            problem (l, "missing required member \"published\" (a date, or null with \"published_note\")");
          else
            published = get_date (l, o, "published", FALSE);
          if (published == TAUTAN_DAY_NONE && json_object_has_member (o, "published") &&
              JSON_NODE_HOLDS_NULL (json_object_get_member (o, "published")) &&
              member (l, o, "published_note", FALSE) == NULL)
            problem (l, "\"published\" is null, so \"published_note\" must say why");
        }
      BUILDER_PUSH_I32 (b, COL_SRC_PUBLISHED, published);
      BUILDER_PUSH_U32 (b, COL_SRC_PUBLISHED_NOTE, o ? put_string (l, o, "published_note", FALSE) : 0);

      origin = o ? get_enum (l, o, "origin", TRUE, origins, 2, "origin", 0) : 0;
      if (origin == 1)
        flags |= SRC_FLAG_RELAYED;
      if (o != NULL && get_bool (l, o, "state_media", TRUE))
        flags |= SRC_FLAG_STATE_MEDIA;
      BUILDER_PUSH_U32 (b, COL_SRC_FLAGS, flags);

      relayed = o ? get_array (l, o, "relayed_from", FALSE) : NULL;
      if (origin == 1 && (relayed == NULL || json_array_get_length (relayed) == 0))
        problem (l, "\"origin\" is \"relayed\", so \"relayed_from\" must name the agency or outlet");
      if (relayed != NULL)
        {
          g_autoptr(JsonNode) copy = json_node_new (JSON_NODE_ARRAY);
          g_autofree char *json = NULL;
          gsize len = push (l, "relayed_from");

          for (guint k = 0; k < json_array_get_length (relayed); k++)
            {
              JsonNode *node = json_array_get_element (relayed, k);
              gsize len2 = push_index (l, k);

              if (!JSON_NODE_HOLDS_OBJECT (node))
                problem (l, "expected an object with \"name\", got %s", node_kind (node));
              else
                {
                  JsonObject *r = json_node_get_object (node);
                  JsonObject *unused = NULL;

                  get_string (l, r, "name", TRUE);
                  get_string (l, r, "words", FALSE);
                  get_bool (l, r, "state_media", FALSE);
                  get_ref (l, r, "entity", FALSE, T_ENTITIES);
                  /* Unknown members here survive as part of the stored array. */
                  collect_unknown (r, relay_known, &unused, "$");
                  g_clear_pointer (&unused, json_object_unref);
                }
              pop (l, len2);
            }
          pop (l, len);

          json_node_set_array (copy, relayed);
          json = json_to_string (copy, FALSE);
          BUILDER_PUSH_U32 (b, COL_SRC_RELAYED, _tautan_dataset_builder_string (b, json, -1));
        }
      else
        BUILDER_PUSH_U32 (b, COL_SRC_RELAYED, 0);

      text_file = o ? get_string (l, o, "text_file", FALSE) : NULL;
      if (o != NULL)
        {
          JsonNode *t = member (l, o, "text", FALSE);

          if (t != NULL && text_file != NULL)
            problem (l, "give either \"text\" or \"text_file\", not both");
          else if (t != NULL)
            text = get_string (l, o, "text", FALSE);
          else if (text_file != NULL)
            text = read_text_file (l, text_file);
          else
            problem (l, "missing required member \"text\" (or \"text_file\")");
        }
      g_ptr_array_add (l->source_texts, (gpointer)text);
      BUILDER_PUSH_U32 (b, COL_SRC_TEXT, _tautan_dataset_builder_string (b, text, -1));
      BUILDER_PUSH_U32 (b, COL_SRC_TEXT_FILE, _tautan_dataset_builder_string (b, text_file, -1));

      collect_unknown (o, known, &extras, "$");
      BUILDER_PUSH_U32 (b, COL_SRC_EXTRAS, put_extras (l, extras));
    }
}

static void
load_entities (Loader *l)
{
  static const char *const known[] = {
    "id", "name", "kind", "aliases", "affiliation", "role", "notes", NULL,
  };
  static const char *const kinds[] = {
    "person", "state", "organisation", "armed-group", "media", "place", "unnamed-group",
  };
  TautanDatasetBuilder *b = &l->builder;
  GArray *aliases = b->columns[COL_ENT_ALIASES];

  BUILDER_PUSH_U32 (b, COL_ENT_ALIAS_OFF, 0);

  for (guint i = 0; i < l->n[T_ENTITIES]; i++)
    {
      JsonObject *o = record (l, T_ENTITIES, i);
      JsonObject *extras = NULL;
      JsonArray *array;
      guint32 affiliation;

      BUILDER_PUSH_U32 (b, COL_ENT_ID, o ? put_string (l, o, "id", FALSE) : 0);
      BUILDER_PUSH_U32 (b, COL_ENT_NAME, o ? put_string (l, o, "name", TRUE) : 0);
      BUILDER_PUSH_U32 (b, COL_ENT_ROLE, o ? put_string (l, o, "role", FALSE) : 0);
      BUILDER_PUSH_U32 (b, COL_ENT_NOTES, o ? put_string (l, o, "notes", FALSE) : 0);
      BUILDER_PUSH_U32 (b, COL_ENT_KIND, o ? get_enum (l, o, "kind", TRUE, kinds, G_N_ELEMENTS (kinds),
                                                       "entity kind", 0) : 0);
      affiliation = o ? get_ref (l, o, "affiliation", FALSE, T_ENTITIES) : TAUTAN_NONE;
      if (affiliation == i)
        {
          gsize len = push (l, "affiliation");
          problem (l, "an entity cannot be affiliated with itself");
          pop (l, len);
          affiliation = TAUTAN_NONE;
        }
      BUILDER_PUSH_U32 (b, COL_ENT_AFFILIATION, affiliation);

      array = o ? get_array (l, o, "aliases", FALSE) : NULL;
      if (array != NULL)
        {
          gsize len = push (l, "aliases");

          for (guint k = 0; k < json_array_get_length (array); k++)
            {
              JsonNode *node = json_array_get_element (array, k);
              gsize len2 = push_index (l, k);

              if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
                {
                  guint32 s = _tautan_dataset_builder_string (b, json_node_get_string (node), -1);
                  g_array_append_val (aliases, s);
                }
              else
                problem (l, "expected a string, got %s", node_kind (node));
              pop (l, len2);
            }
          pop (l, len);
        }
      BUILDER_PUSH_U32 (b, COL_ENT_ALIAS_OFF, aliases->len);

      collect_unknown (o, known, &extras, "$");
      BUILDER_PUSH_U32 (b, COL_ENT_EXTRAS, put_extras (l, extras));
    }
}

static void
check_precision (Loader          *l,
                 TautanPrecision  precision,
                 TautanDay        start,
                 TautanDay        end)
{
  int sy, sm, sd, ey, em, ed;

  tautan_day_to_ymd (start, &sy, &sm, &sd);
  tautan_day_to_ymd (end, &ey, &em, &ed);

  switch (precision)
    {
    case TAUTAN_PRECISION_DAY:
      if (start != end)
        problem (l, "precision \"day\" needs start = end");
      break;
    case TAUTAN_PRECISION_WEEK:
      if (end - start > 6)
        problem (l, "precision \"week\" spans at most 7 days, this spans %d", end - start + 1);
      break;
    case TAUTAN_PRECISION_MONTH:
      if (sy != ey || sm != em || sd != 1 || ed != tautan_days_in_month (ey, em))
        problem (l, "precision \"month\" needs the first to the last day of one month");
      break;
    case TAUTAN_PRECISION_YEAR:
      if (sy != ey || sm != 1 || sd != 1 || em != 12 || ed != 31)
        problem (l, "precision \"year\" needs 1 January to 31 December of one year");
      break;
    case TAUTAN_PRECISION_RANGE:
    case TAUTAN_N_PRECISIONS:
    default:
      break;
    }
}

static void
load_events (Loader *l)
{
  static const char *const known[] = {
    "id", "type", "date", "date_basis", "actors", "targets", "summary", "sources", "quotes",
    "status", "responds_to", NULL,
  };
  static const char *const date_known[] = { "start", "end", "precision", NULL };
  static const char *const basis_known[] = { "method", "words", "note", NULL };
  static const char *const precisions[] = { "day", "week", "month", "year", "range" };
  static const char *const methods[] = { "stated", "relative", "inferred" };
  static const char *const statuses[] = { "reported", "claimed", "denied", "confirmed" };
  TautanDatasetBuilder *b = &l->builder;
  guint n = l->n[T_EVENTS];

  BUILDER_PUSH_U32 (b, COL_EV_ACTOR_OFF, 0);
  BUILDER_PUSH_U32 (b, COL_EV_TARGET_OFF, 0);
  BUILDER_PUSH_U32 (b, COL_EV_SOURCE_OFF, 0);
  BUILDER_PUSH_U32 (b, COL_EV_QUOTE_OFF, 0);

  for (guint i = 0; i < n; i++)
    {
      JsonObject *o = record (l, T_EVENTS, i);
      JsonObject *extras = NULL;
      JsonObject *date = NULL, *basis = NULL;
      TautanDay start = TAUTAN_DAY_NONE, end = TAUTAN_DAY_NONE;
      int precision = 0, method = 0, status = 0, type = 0;
      guint32 responds_to = TAUTAN_NONE;
      const char *type_id;

      if ((i & 0x3fff) == 0)
        {
          report_progress (l, 0.55 + 0.3 * i / MAX (n, 1));
          if (cancelled (l))
            return;
        }

      BUILDER_PUSH_U32 (b, COL_EV_ID, o ? put_string (l, o, "id", FALSE) : 0);

      type_id = o ? get_string (l, o, "type", TRUE) : NULL;
      if (type_id != NULL && (type = tautan_taxonomy_lookup (l->taxonomy, type_id)) < 0)
        {
          gsize len = push (l, "type");
          problem (l, "unknown event type \"%s\"", type_id);
          pop (l, len);
          type = 0;
        }
      BUILDER_PUSH_U32 (b, COL_EV_TYPE, (guint32)type);

      if (o != NULL && (date = get_object (l, o, "date", TRUE)) != NULL)
        {
          gsize len = push (l, "date");

          start = get_date (l, date, "start", TRUE);
          end = get_date (l, date, "end", TRUE);
          precision = get_enum (l, date, "precision", TRUE, precisions, G_N_ELEMENTS (precisions),
                                "precision", -1);
          if (start != TAUTAN_DAY_NONE && end != TAUTAN_DAY_NONE)
            {
              if (end < start)
                {
                  g_autofree char *s = tautan_day_format (start);
                  g_autofree char *e = tautan_day_format (end);
                  gsize len2 = push (l, "end");

                  problem (l, "end %s is before start %s", e, s);
                  pop (l, len2);
                }
              else if (precision >= 0)
                check_precision (l, (TautanPrecision)precision, start, end);
            }
          pop (l, len);
        }
      if (start == TAUTAN_DAY_NONE || end == TAUTAN_DAY_NONE || end < start)
        start = end = 0;
      BUILDER_PUSH_I32 (b, COL_EV_START, start);
      BUILDER_PUSH_I32 (b, COL_EV_END, end);

      if (o != NULL && (basis = get_object (l, o, "date_basis", TRUE)) != NULL)
        {
          gsize len = push (l, "date_basis");

          method = get_enum (l, basis, "method", TRUE, methods, G_N_ELEMENTS (methods), "date method", 0);
          BUILDER_PUSH_U32 (b, COL_EV_DATE_WORDS, put_string (l, basis, "words", TRUE));
          BUILDER_PUSH_U32 (b, COL_EV_DATE_NOTE, put_string (l, basis, "note", FALSE));
          pop (l, len);
        }
      else
        {
          BUILDER_PUSH_U32 (b, COL_EV_DATE_WORDS, 0);
          BUILDER_PUSH_U32 (b, COL_EV_DATE_NOTE, 0);
        }

      status = o ? get_enum (l, o, "status", TRUE, statuses, G_N_ELEMENTS (statuses), "status", 0) : 0;
      BUILDER_PUSH_U32 (b, COL_EV_INFO, EV_INFO_PACK (MAX (precision, 0), method, status));

      if (o != NULL)
        {
          responds_to = get_ref (l, o, "responds_to", FALSE, T_EVENTS);
          if (responds_to == i)
            {
              gsize len = push (l, "responds_to");
              problem (l, "an event cannot respond to itself");
              pop (l, len);
              responds_to = TAUTAN_NONE;
            }
        }
      BUILDER_PUSH_U32 (b, COL_EV_RESPONDS_TO, responds_to);
      BUILDER_PUSH_U32 (b, COL_EV_SUMMARY, o ? put_string (l, o, "summary", TRUE) : 0);

      if (o != NULL)
        {
          put_ref_list (l, o, "actors", TRUE, TRUE, T_ENTITIES, COL_EV_ACTOR_OFF, COL_EV_ACTORS);
          put_ref_list (l, o, "targets", TRUE, FALSE, T_ENTITIES, COL_EV_TARGET_OFF, COL_EV_TARGETS);
          put_ref_list (l, o, "sources", TRUE, TRUE, T_SOURCES, COL_EV_SOURCE_OFF, COL_EV_SOURCES);
          put_ref_list (l, o, "quotes", FALSE, FALSE, T_QUOTES, COL_EV_QUOTE_OFF, COL_EV_QUOTES);
        }
      else
        {
          BUILDER_PUSH_U32 (b, COL_EV_ACTOR_OFF, b->columns[COL_EV_ACTORS]->len);
          BUILDER_PUSH_U32 (b, COL_EV_TARGET_OFF, b->columns[COL_EV_TARGETS]->len);
          BUILDER_PUSH_U32 (b, COL_EV_SOURCE_OFF, b->columns[COL_EV_SOURCES]->len);
          BUILDER_PUSH_U32 (b, COL_EV_QUOTE_OFF, b->columns[COL_EV_QUOTES]->len);
        }

      collect_unknown (o, known, &extras, "$");
      collect_unknown (date, date_known, &extras, "date");
      collect_unknown (basis, basis_known, &extras, "date_basis");
      BUILDER_PUSH_U32 (b, COL_EV_EXTRAS, put_extras (l, extras));
    }
}

static void
check_quote_text (Loader     *l,
                  guint       source,
                  const char *text,
                  gint64      start,
                  gint64      end)
{
  const char *source_text = source < l->source_texts->len ? g_ptr_array_index (l->source_texts, source) : NULL;
  glong n_chars;
  const char *a, *z;
  gsize len;

  if (source_text == NULL || text == NULL || start < 0 || end < 0)
    return;

  if (end < start)
    {
      len = push (l, "end");
      problem (l, "end %" G_GINT64_FORMAT " is before start %" G_GINT64_FORMAT, end, start);
      pop (l, len);
      return;
    }

  n_chars = g_utf8_strlen (source_text, -1);
  if (end > n_chars)
    {
      len = push (l, "end");
      problem (l, "offset %" G_GINT64_FORMAT " is past the end of the source text (%ld characters)",
               end, n_chars);
      pop (l, len);
      return;
    }

  a = g_utf8_offset_to_pointer (source_text, (glong)start);
  z = g_utf8_offset_to_pointer (a, (glong)(end - start));
  if ((gsize)(z - a) != strlen (text) || memcmp (a, text, (gsize)(z - a)) != 0)
    {
      g_autofree char *found = g_strndup (a, (gsize)(z - a));
      const char *elsewhere = strstr (source_text, text);

      len = push (l, "text");
      if (elsewhere != NULL && *text != '\0')
        problem (l, "quote text not found at offsets %" G_GINT64_FORMAT "..%" G_GINT64_FORMAT
                 " of its source (found \"%s\"); it occurs at offset %ld",
                 start, end, found, g_utf8_pointer_to_offset (source_text, elsewhere));
      else
        problem (l, "quote text not found at offsets %" G_GINT64_FORMAT "..%" G_GINT64_FORMAT
                 " of its source (found \"%s\")", start, end, found);
      pop (l, len);
    }
}

static void
load_quotes (Loader *l)
{
  static const char *const known[] = {
    "id", "source", "text", "start", "end", "speaker", "relayed_by", "attribution", "event",
    "gloss", "note", NULL,
  };
  static const char *const speaker_known[] = { "entity", "text", NULL };
  static const char *const attributions[] = { "uncertain", "certain" };
  TautanDatasetBuilder *b = &l->builder;

  BUILDER_PUSH_U32 (b, COL_Q_RELAY_OFF, 0);

  for (guint i = 0; i < l->n[T_QUOTES]; i++)
    {
      JsonObject *o = record (l, T_QUOTES, i);
      JsonObject *extras = NULL, *speaker = NULL;
      guint32 source = TAUTAN_NONE, speaker_entity = TAUTAN_NONE, speaker_text = 0;
      gint64 start = -1, end = -1;
      const char *text = NULL;
      int certain = 1;

      BUILDER_PUSH_U32 (b, COL_Q_ID, o ? put_string (l, o, "id", FALSE) : 0);
      if (o != NULL)
        {
          source = get_ref (l, o, "source", TRUE, T_SOURCES);
          text = get_string (l, o, "text", TRUE);
          start = get_int (l, o, "start", 0, G_MAXUINT32 - 1, -1);
          end = get_int (l, o, "end", 0, G_MAXUINT32 - 1, -1);
          check_quote_text (l, source, text, start, end);
          certain = get_enum (l, o, "attribution", TRUE, attributions, 2, "attribution", 1);

          if ((speaker = get_object (l, o, "speaker", TRUE)) != NULL)
            {
              gsize len = push (l, "speaker");
              gboolean has_entity = member (l, speaker, "entity", FALSE) != NULL;
              gboolean has_text = member (l, speaker, "text", FALSE) != NULL;

              if (has_entity == has_text)
                problem (l, "give the speaker as {\"entity\": id} or {\"text\": description}");
              else if (has_entity)
                speaker_entity = get_ref (l, speaker, "entity", TRUE, T_ENTITIES);
              else
                speaker_text = put_string (l, speaker, "text", TRUE);
              pop (l, len);
            }
        }

      BUILDER_PUSH_U32 (b, COL_Q_SOURCE, source);
      BUILDER_PUSH_U32 (b, COL_Q_TEXT, _tautan_dataset_builder_string (b, text, -1));
      BUILDER_PUSH_U32 (b, COL_Q_START, start < 0 ? 0 : (guint32)start);
      BUILDER_PUSH_U32 (b, COL_Q_END, end < 0 ? 0 : (guint32)end);
      BUILDER_PUSH_U32 (b, COL_Q_SPEAKER, speaker_entity);
      BUILDER_PUSH_U32 (b, COL_Q_SPEAKER_TEXT, speaker_text);
      BUILDER_PUSH_U32 (b, COL_Q_INFO, certain == 1 ? Q_INFO_CERTAIN : 0);
      BUILDER_PUSH_U32 (b, COL_Q_EVENT, o ? get_ref (l, o, "event", FALSE, T_EVENTS) : TAUTAN_NONE);
      BUILDER_PUSH_U32 (b, COL_Q_GLOSS, o ? put_string (l, o, "gloss", FALSE) : 0);
      BUILDER_PUSH_U32 (b, COL_Q_NOTE, o ? put_string (l, o, "note", FALSE) : 0);
      if (o != NULL)
        put_ref_list (l, o, "relayed_by", FALSE, FALSE, T_ENTITIES, COL_Q_RELAY_OFF, COL_Q_RELAYED);
      else
        BUILDER_PUSH_U32 (b, COL_Q_RELAY_OFF, b->columns[COL_Q_RELAYED]->len);

      collect_unknown (o, known, &extras, "$");
      collect_unknown (speaker, speaker_known, &extras, "speaker");
      BUILDER_PUSH_U32 (b, COL_Q_EXTRAS, put_extras (l, extras));
    }
}

static const char *
record_id (Loader *l,
           Table   table,
           guint   i)
{
  JsonNode *node = json_array_get_element (l->tables[table], i);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return "?";
  return json_object_get_string_member_with_default (json_node_get_object (node), "id", "?");
}

static gboolean
all_sources_resolved (Loader        *l,
                      guint          event,
                      const guint32 *source_off)
{
  JsonNode *node = json_array_get_element (l->tables[T_EVENTS], event);
  JsonArray *array;

  if (!JSON_NODE_HOLDS_OBJECT (node) ||
      !json_object_has_member (json_node_get_object (node), "sources") ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (json_node_get_object (node), "sources")))
    return FALSE;
  array = json_object_get_array_member (json_node_get_object (node), "sources");
  return json_array_get_length (array) == source_off[event + 1] - source_off[event];
}

/* Quotes and events point at each other; both sides must agree. */
static void
check_links (Loader *l)
{
  const guint32 *q_event = BUILDER_U32 (&l->builder, COL_Q_EVENT);
  const guint32 *q_source = BUILDER_U32 (&l->builder, COL_Q_SOURCE);
  const guint32 *quote_off = BUILDER_U32 (&l->builder, COL_EV_QUOTE_OFF);
  const guint32 *quotes = BUILDER_U32 (&l->builder, COL_EV_QUOTES);
  const guint32 *source_off = BUILDER_U32 (&l->builder, COL_EV_SOURCE_OFF);
  const guint32 *sources = BUILDER_U32 (&l->builder, COL_EV_SOURCES);
  g_autofree guint32 *listed_by = g_new (guint32, MAX (l->n[T_QUOTES], 1));

  for (guint q = 0; q < l->n[T_QUOTES]; q++)
    listed_by[q] = TAUTAN_NONE;

  for (guint e = 0; e < l->n[T_EVENTS]; e++)
    for (guint k = quote_off[e]; k < quote_off[e + 1]; k++)
      {
        guint32 q = quotes[k];
        gboolean source_listed = FALSE;

        g_string_printf (l->path, "$.events[%u].quotes", e);
        if (listed_by[q] != TAUTAN_NONE && listed_by[q] != e)
          problem (l, "quote \"%s\" is already listed by event \"%s\"; a quote supports one event",
                   record_id (l, T_QUOTES, q), record_id (l, T_EVENTS, listed_by[q]));
        listed_by[q] = e;

        for (guint s = source_off[e]; s < source_off[e + 1]; s++)
          source_listed |= sources[s] == q_source[q];
        /* An unknown id in the event's sources is reported already. */
        if (!source_listed && q_source[q] != TAUTAN_NONE && all_sources_resolved (l, e, source_off))
          {
            g_string_printf (l->path, "$.events[%u].sources", e);
            problem (l, "the event's quote \"%s\" comes from source \"%s\", which it does not list",
                     record_id (l, T_QUOTES, q), record_id (l, T_SOURCES, q_source[q]));
          }
      }

  for (guint q = 0; q < l->n[T_QUOTES]; q++)
    if (q_event[q] != TAUTAN_NONE && listed_by[q] != q_event[q])
      {
        g_string_printf (l->path, "$.quotes[%u].event", q);
        problem (l, "the quote supports event \"%s\", but that event does not list it in \"quotes\"",
                 record_id (l, T_EVENTS, q_event[q]));
      }
}

static gint
compare_diagnostics (gconstpointer a,
                     gconstpointer b)
{
  const TautanDiagnostic *da = *(TautanDiagnostic * const *)a;
  const TautanDiagnostic *db = *(TautanDiagnostic * const *)b;

  if (da->line != db->line)
    return da->line < db->line ? -1 : 1;
  if (da->column != db->column)
    return da->column < db->column ? -1 : 1;
  return 0;
}

/* The failure path only: a second walk over the bytes finds the line and
 * column of every JSON path a problem was reported at. */
static void
locate_diagnostics (GPtrArray  *diagnostics,
                    const char *data,
                    gsize       len)
{
  g_autoptr(GHashTable) wanted = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  for (guint i = 0; i < diagnostics->len; i++)
    {
      TautanDiagnostic *d = g_ptr_array_index (diagnostics, i);

      if (d->line == 0 && d->path != NULL && !g_hash_table_contains (wanted, d->path))
        g_hash_table_insert (wanted, d->path, g_new0 (TautanJsonPosition, 1));
    }

  if (g_hash_table_size (wanted) == 0)
    return;

  tautan_json_scan_locate (data, len, wanted);

  for (guint i = 0; i < diagnostics->len; i++)
    {
      TautanDiagnostic *d = g_ptr_array_index (diagnostics, i);
      TautanJsonPosition *pos;

      if (d->line == 0 && d->path != NULL && (pos = g_hash_table_lookup (wanted, d->path)) != NULL)
        {
          d->line = pos->line;
          d->column = pos->column;
        }
    }

  /* g_ptr_array_sort is stable (merge sort), so same-place problems keep their order. */
  g_ptr_array_sort (diagnostics, compare_diagnostics);
}

static gboolean
load_top (Loader     *l,
          JsonNode   *root)
{
  static const char *const known[] = {
    "format", "version", "title", "description", "taxonomy",
    "sources", "entities", "events", "quotes", NULL,
  };
  TautanDatasetBuilder *b = &l->builder;
  guint32 *meta = BUILDER_U32 (b, COL_META);
  JsonObject *o, *extras = NULL;
  JsonNode *taxonomy;
  const char *format;

  g_string_assign (l->path, "$");
  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      problem (l, "expected a Tautan dataset (an object), got %s", node_kind (root));
      return FALSE;
    }
  o = json_node_get_object (root);

  format = get_string (l, o, "format", TRUE);
  if (format != NULL && strcmp (format, "tautan-dataset") != 0)
    {
      g_string_append (l->path, ".format");
      problem (l, "unknown format \"%s\" (expected \"tautan-dataset\")", format);
      return FALSE;
    }
  if (json_object_has_member (o, "version"))
    {
      gint64 version = get_int (l, o, "version", G_MININT64, G_MAXINT64, -1);

      if (version != -1 && version != TAUTAN_DATASET_FORMAT_VERSION)
        {
          g_string_append (l->path, ".version");
          problem (l, "unsupported format version %" G_GINT64_FORMAT " (this Tautan reads version %d)",
                   version, TAUTAN_DATASET_FORMAT_VERSION);
          return FALSE;
        }
    }
  else
    problem (l, "missing required member \"version\"");

  if (format == NULL)
    return FALSE;

  meta = BUILDER_U32 (b, COL_META);
  meta[META_TITLE] = put_string (l, o, "title", FALSE);
  meta = BUILDER_U32 (b, COL_META);
  meta[META_DESCRIPTION] = put_string (l, o, "description", FALSE);

  taxonomy = member (l, o, "taxonomy", FALSE);
  if (taxonomy != NULL)
    {
      TautanTaxonomy *merged = tautan_taxonomy_new_with_overrides (l->taxonomy, taxonomy, l->file,
                                                                   "$.taxonomy", l->diagnostics);
      if (merged != NULL)
        {
          g_autofree char *json = json_to_string (taxonomy, FALSE);

          g_set_object (&l->taxonomy, merged);
          g_object_unref (merged);
          meta = BUILDER_U32 (b, COL_META);
          meta[META_TAXONOMY] = _tautan_dataset_builder_string (b, json, -1);
        }
    }

  for (guint t = 0; t < N_TABLES; t++)
    l->tables[t] = get_array (l, o, table_names[t], TRUE);

  collect_unknown (o, known, &extras, "$");
  meta = BUILDER_U32 (b, COL_META);
  meta[META_EXTRAS] = put_extras (l, extras);

  return TRUE;
}

static void
loader_clear (Loader *l)
{
  _tautan_dataset_builder_clear (&l->builder);
  for (guint t = 0; t < N_TABLES; t++)
    g_clear_pointer (&l->ids[t], g_hash_table_unref);
  g_clear_pointer (&l->source_texts, g_ptr_array_unref);
  g_clear_pointer (&l->owned_texts, g_ptr_array_unref);
  g_clear_object (&l->taxonomy);
  if (l->path != NULL)
    g_string_free (l->path, TRUE);
}

static gboolean
fail_invalid (const char *file,
              GPtrArray  *diagnostics,
              GError    **error)
{
  g_set_error (error, TAUTAN_DATASET_ERROR, TAUTAN_DATASET_ERROR_INVALID,
               "%s has %u problem%s and was not loaded",
               file, diagnostics->len, diagnostics->len == 1 ? "" : "s");
  return FALSE;
}

/* Loads from bytes already in memory. @progress covers parse and build. */
static TautanDataset *
load_bytes (const char          *data,
            gsize                len,
            const char          *display_name,
            GFile               *base_dir,
            GCancellable        *cancellable,
            TautanProgressFunc   progress,
            gpointer             progress_data,
            GPtrArray           *diagnostics,
            GError             **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  Loader l = { 0 };
  TautanDataset *dataset = NULL;
  guint counts[N_TABLES] = { 0 };

  l.file = display_name;
  l.base_dir = base_dir;
  l.diagnostics = diagnostics;
  l.cancellable = cancellable;
  l.progress = progress;
  l.progress_data = progress_data;

  report_progress (&l, 0.05);
  if (!tautan_json_scan_check (data, len, display_name, diagnostics))
    {
      fail_invalid (display_name, diagnostics, error);
      return NULL;
    }
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  report_progress (&l, 0.1);

  /* json-glib parses with no progress of its own: the bar jumps past it. */
  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, (gssize)len, &local_error))
    {
      /* The scanner accepts only what json-glib parses, so this is a
       * disagreement between the two; still report it, never crash. */
      g_ptr_array_add (diagnostics, tautan_diagnostic_new (display_name, 0, 0, NULL, local_error->message));
      fail_invalid (display_name, diagnostics, error);
      return NULL;
    }
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  report_progress (&l, 0.5);

  _tautan_dataset_builder_init (&l.builder);
  l.path = g_string_new ("$");
  l.taxonomy = g_object_ref (tautan_taxonomy_get_default ());
  l.source_texts = g_ptr_array_new ();
  l.owned_texts = g_ptr_array_new_with_free_func (g_free);

  /* Past a wrong format or version nothing else means anything; past
   * any other problem, keep going so the user sees every one at once. */
  if (load_top (&l, json_parser_get_root (parser)))
    {
      for (guint t = 0; t < N_TABLES; t++)
        collect_ids (&l, t);
      load_sources (&l);
      load_entities (&l);
      load_events (&l);
      load_quotes (&l);
      check_links (&l);
    }

  if (cancelled (&l))
    {
      g_cancellable_set_error_if_cancelled (cancellable, error);
      loader_clear (&l);
      return NULL;
    }

  if (diagnostics->len > 0)
    {
      locate_diagnostics (diagnostics, data, len);
      fail_invalid (display_name, diagnostics, error);
      loader_clear (&l);
      return NULL;
    }

  for (guint t = 0; t < N_TABLES; t++)
    counts[t] = l.n[t];

  /* The JSON tree is dropped before the indexes are built, so peak memory
   * never holds both. */
  g_clear_object (&parser);
  report_progress (&l, 0.88);

  _tautan_dataset_build_indexes (&l.builder, counts[T_ENTITIES], counts[T_EVENTS], counts[T_QUOTES],
                                 l.taxonomy);
  dataset = _tautan_dataset_new_from_builder (&l.builder, l.taxonomy, counts[T_SOURCES],
                                              counts[T_ENTITIES], counts[T_EVENTS], counts[T_QUOTES]);
  report_progress (&l, 1.0);
  loader_clear (&l);

  return dataset;
}

static GPtrArray *
new_diagnostics (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify)tautan_diagnostic_free);
}

/**
 * tautan_dataset_load_data:
 * @display_name: the name used in diagnostics
 * @base_dir: (nullable): where `text_file` paths are resolved
 * @diagnostics: (out) (optional) (transfer full): every problem found
 *
 * Returns: (transfer full) (nullable): the dataset, or %NULL
 */
TautanDataset *
tautan_dataset_load_data (const char  *data,
                          gsize        len,
                          const char  *display_name,
                          GFile       *base_dir,
                          GPtrArray  **diagnostics,
                          GError     **error)
{
  g_autoptr(GPtrArray) diags = new_diagnostics ();
  TautanDataset *ret;

  ret = load_bytes (data, len, display_name, base_dir, NULL, NULL, NULL, diags, error);
  if (diagnostics != NULL)
    *diagnostics = g_steal_pointer (&diags);

  return ret;
}

/**
 * tautan_dataset_load_resource:
 *
 * Loads a dataset bundled in the GResource (read-only).
 *
 * Returns: (transfer full) (nullable): the dataset
 */
TautanDataset *
tautan_dataset_load_resource (const char  *resource_path,
                              GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autofree char *uri = NULL;
  g_autoptr(GFile) file = NULL;
  TautanDataset *dataset;
  gsize len;
  const char *data;

  if (!(bytes = g_resources_lookup_data (resource_path, 0, error)))
    return NULL;

  data = g_bytes_get_data (bytes, &len);
  dataset = tautan_dataset_load_data (data, len, resource_path, NULL, &diagnostics, error);
  if (dataset == NULL)
    {
      if (error != NULL && *error != NULL && diagnostics != NULL && diagnostics->len > 0)
        {
          g_autofree char *text = tautan_diagnostics_format (diagnostics, 5);
          g_prefix_error (error, "%s\n", text);
        }
      return NULL;
    }

  uri = g_strconcat ("resource://", resource_path, NULL);
  file = g_file_new_for_uri (uri);
  _tautan_dataset_set_file (dataset, file, FALSE);
  tautan_dataset_set_read_only (dataset, TRUE);

  return dataset;
}

/**
 * tautan_dataset_load_file:
 * @use_cache: whether to read and write the binary cache
 * @progress: (scope call) (nullable): called with the fraction done
 * @diagnostics: (out) (optional) (transfer full): every problem found
 *
 * Loads a dataset file, all or nothing. Runs in any thread.
 *
 * Returns: (transfer full) (nullable): the dataset, or %NULL
 */
TautanDataset *
tautan_dataset_load_file (GFile               *file,
                          gboolean             use_cache,
                          GCancellable        *cancellable,
                          TautanProgressFunc   progress,
                          gpointer             progress_data,
                          GPtrArray          **diagnostics,
                          GError             **error)
{
  g_autoptr(GPtrArray) diags = new_diagnostics ();
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GFile) parent = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *display = NULL;
  g_autofree char *local_path = NULL;
  g_autofree char *contents = NULL;
  TautanDataset *dataset = NULL;
  const char *data;
  gsize len;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  display = g_file_get_parse_name (file);
  local_path = g_file_get_path (file);
  parent = g_file_get_parent (file);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_TIME_MODIFIED ","
                            G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    {
      g_set_error (error, TAUTAN_DATASET_ERROR, TAUTAN_DATASET_ERROR_IO,
                   "%s: %s", display, local_error->message);
      goto out;
    }
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, TAUTAN_DATASET_ERROR, TAUTAN_DATASET_ERROR_IO,
                   "%s: is a folder, not a dataset file", display);
      goto out;
    }

  if (use_cache && local_path != NULL)
    {
      dataset = _tautan_dataset_cache_load (file, info, NULL);
      if (dataset != NULL)
        {
          if (progress)
            progress (1.0, progress_data);
          goto out;
        }
    }

  /* mmap keeps a large file out of the heap while it is parsed. */
  if (local_path != NULL)
    {
      mapped = g_mapped_file_new (local_path, FALSE, &local_error);
      if (mapped == NULL)
        {
          g_set_error (error, TAUTAN_DATASET_ERROR, TAUTAN_DATASET_ERROR_IO,
                       "%s: %s", display, local_error->message);
          goto out;
        }
      data = g_mapped_file_get_contents (mapped);
      len = g_mapped_file_get_length (mapped);
      if (data == NULL)
        data = "";
    }
  else
    {
      if (!g_file_load_contents (file, cancellable, &contents, &len, NULL, &local_error))
        {
          g_set_error (error, TAUTAN_DATASET_ERROR, TAUTAN_DATASET_ERROR_IO,
                       "%s: %s", display, local_error->message);
          goto out;
        }
      data = contents;
    }

  dataset = load_bytes (data, len, display, parent, cancellable, progress, progress_data, diags, error);
  if (dataset != NULL)
    {
      _tautan_dataset_set_file (dataset, file, FALSE);
      if (use_cache && local_path != NULL)
        {
          g_autoptr(GError) cache_error = NULL;

          /* A cache that cannot be written costs only speed next time. */
          if (!_tautan_dataset_cache_save (dataset, file, info, &cache_error))
            g_debug ("not caching %s: %s", display, cache_error->message);
        }
    }

out:
  if (diagnostics != NULL)
    *diagnostics = g_steal_pointer (&diags);

  return dataset;
}

typedef struct
{
  GFile              *file;
  TautanProgressFunc  progress;
  gpointer            progress_data;
  GDestroyNotify      progress_notify;
  GPtrArray          *diagnostics;
  gboolean            use_cache;
} LoadData;

static void
load_data_free (gpointer data)
{
  LoadData *ld = data;

  g_clear_object (&ld->file);
  if (ld->progress_notify)
    ld->progress_notify (ld->progress_data);
  g_clear_pointer (&ld->diagnostics, g_ptr_array_unref);
  g_free (ld);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadData *ld = task_data;
  GError *error = NULL;
  TautanDataset *dataset;

  dataset = tautan_dataset_load_file (ld->file, ld->use_cache, cancellable, ld->progress,
                                      ld->progress_data, &ld->diagnostics, &error);
  if (dataset == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, dataset, g_object_unref);
}

/**
 * tautan_dataset_load_async:
 * @progress: (nullable): called from the worker thread with the fraction
 *   done; marshal to the main thread yourself
 *
 * Loads @file on a worker thread. Cancel with @cancellable.
 */
void
tautan_dataset_load_async (GFile               *file,
                           gboolean             use_cache,
                           GCancellable        *cancellable,
                           TautanProgressFunc   progress,
                           gpointer             progress_data,
                           GDestroyNotify       progress_notify,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadData *ld;

  g_return_if_fail (G_IS_FILE (file));

  ld = g_new0 (LoadData, 1);
  ld->file = g_object_ref (file);
  ld->use_cache = use_cache;
  ld->progress = progress;
  ld->progress_data = progress_data;
  ld->progress_notify = progress_notify;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, tautan_dataset_load_async);
  g_task_set_task_data (task, ld, load_data_free);
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, load_thread);
}

/**
 * tautan_dataset_load_finish:
 * @diagnostics: (out) (optional) (transfer full): every problem found
 *
 * Returns: (transfer full) (nullable): the dataset
 */
TautanDataset *
tautan_dataset_load_finish (GAsyncResult  *result,
                            GPtrArray    **diagnostics,
                            GError       **error)
{
  LoadData *ld;

  g_return_val_if_fail (G_IS_TASK (result), NULL);

  ld = g_task_get_task_data (G_TASK (result));
  if (diagnostics != NULL)
    *diagnostics = ld->diagnostics ? g_ptr_array_ref (ld->diagnostics) : new_diagnostics ();

  return g_task_propagate_pointer (G_TASK (result), error);
}
