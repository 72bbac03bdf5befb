/* tautan-gazetteer.c: the entities the extractor knows by name
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The bundled gazetteer (resources/extract/gazetteer.json) lists states,
 * leaders, organisations, armed groups and media; a user's file in the
 * same format (docs/extraction.md) adds entries or extends them. A
 * gazetteer owns the token trie the extractor matches with: its names
 * and the cue lexicons together, built once and then only read, so one
 * gazetteer serves any number of threads.
 */

#define G_LOG_DOMAIN "tautan-gazetteer"

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "tautan/tautan-diagnostic.h"
#include "tautan/tautan-file.h"
#include "tautan/tautan-gazetteer.h"
#include "tautan/tautan-json-scan.h"

#include "tautan-extract-private.h"

#define GAZETTEER_RESOURCE RESOURCE_PREFIX "/extract/gazetteer.json"
#define GAZETTEER_MAX_SIZE (64 * 1024 * 1024)

struct _TautanGazetteer
{
  GObject      parent_instance;

  GPtrArray   *entries;     /* TautanGazetteerEntry */
  GHashTable  *by_id;       /* id -> index + 1 */
  GHashTable  *by_domain;   /* host -> index + 1 */
  PhraseTable *table;
  GazetteerNames *names;    /* one per entry, made with the table */
};

G_DEFINE_FINAL_TYPE (TautanGazetteer, tautan_gazetteer, G_TYPE_OBJECT)

G_DEFINE_QUARK (tautan-gazetteer-error-quark, tautan_gazetteer_error)

static const char *kind_names[] = {
  "person", "state", "organisation", "armed-group", "media", "place", "unnamed-group",
};

static void
entry_free (gpointer data)
{
  TautanGazetteerEntry *e = data;

  g_free (e->id);
  g_free (e->name);
  g_free (e->affiliation);
  g_free (e->role);
  g_free (e->notes);
  g_free (e->cameo);
  g_strfreev (e->aliases);
  g_strfreev (e->metonyms);
  g_strfreev (e->references);
  g_strfreev (e->titles);
  g_strfreev (e->domains);
  g_free (e);
}

static char **
strv_empty (void)
{
  return g_new0 (char *, 1);
}

static TautanGazetteerEntry *
entry_copy (const TautanGazetteerEntry *e)
{
  TautanGazetteerEntry *copy = g_new0 (TautanGazetteerEntry, 1);

  copy->id = g_strdup (e->id);
  copy->name = g_strdup (e->name);
  copy->kind = e->kind;
  copy->affiliation = g_strdup (e->affiliation);
  copy->role = g_strdup (e->role);
  copy->notes = g_strdup (e->notes);
  copy->cameo = g_strdup (e->cameo);
  copy->aliases = g_strdupv (e->aliases);
  copy->metonyms = g_strdupv (e->metonyms);
  copy->references = g_strdupv (e->references);
  copy->titles = g_strdupv (e->titles);
  copy->domains = g_strdupv (e->domains);
  copy->state_media = e->state_media;
  return copy;
}

static void
tautan_gazetteer_finalize (GObject *object)
{
  TautanGazetteer *self = (TautanGazetteer *)object;

  if (self->names != NULL)
    for (guint i = 0; i < self->entries->len; i++)
      {
        g_strfreev (self->names[i].aliases);
        g_strfreev (self->names[i].words);
        g_free (self->names[i].affiliated);
      }
  g_clear_pointer (&self->names, g_free);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->by_domain, g_hash_table_unref);
  g_clear_pointer (&self->table, _phrase_table_free);

  G_OBJECT_CLASS (tautan_gazetteer_parent_class)->finalize (object);
}

static void
tautan_gazetteer_class_init (TautanGazetteerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tautan_gazetteer_finalize;
}

static void
tautan_gazetteer_init (TautanGazetteer *self)
{
  self->entries = g_ptr_array_new_with_free_func (entry_free);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->by_domain = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/* ---- reading a file ---- */

typedef struct
{
  const char *display;
  GPtrArray  *diagnostics;
  GString    *path;
} Reader;

static void
problem (Reader     *r,
         const char *format,
         ...) G_GNUC_PRINTF (2, 3);

static void
problem (Reader     *r,
         const char *format,
         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (r->diagnostics, tautan_diagnostic_new (r->display, 0, 0, r->path->str, message));
}

static gsize
push (Reader     *r,
      const char *member)
{
  gsize len = r->path->len;

  tautan_json_path_append_member (r->path, member, strlen (member));
  return len;
}

static const char *
get_string (Reader     *r,
            JsonObject *object,
            const char *member,
            gboolean    required)
{
  JsonNode *node = json_object_get_member (object, member);
  const char *value = NULL;
  gsize depth;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        problem (r, "missing required member \"%s\"", member);
      return NULL;
    }
  depth = push (r, member);
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    problem (r, "expected a string");
  else if (*(value = json_node_get_string (node)) == '\0')
    {
      problem (r, "the string is empty");
      value = NULL;
    }
  g_string_truncate (r->path, depth);
  return value;
}

/* Strings of @member, appended to @existing (freed). */
static char **
get_strings (Reader     *r,
             JsonObject *object,
             const char *member,
             char      **existing)
{
  JsonNode *node = json_object_get_member (object, member);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *array;
  gsize depth;

  if (existing != NULL)
    g_strv_builder_addv (builder, (const char **)existing);
  g_strfreev (existing);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return g_strv_builder_end (builder);

  depth = push (r, member);
  if (!JSON_NODE_HOLDS_ARRAY (node))
    problem (r, "expected an array of strings");
  else
    {
      array = json_node_get_array (node);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);
          gsize d = r->path->len;

          tautan_json_path_append_index (r->path, i);
          if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING
              || *json_node_get_string (element) == '\0')
            problem (r, "expected a non-empty string");
          else
            g_strv_builder_add (builder, json_node_get_string (element));
          g_string_truncate (r->path, d);
        }
    }
  g_string_truncate (r->path, depth);
  return g_strv_builder_end (builder);
}

static gboolean
parse_kind (const char       *text,
            TautanEntityKind *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_names); i++)
    if (g_strcmp0 (kind_names[i], text) == 0)
      {
        *kind = i;
        return TRUE;
      }
  return FALSE;
}

static void
read_entry (TautanGazetteer *self,
            Reader          *r,
            JsonNode        *node,
            GHashTable      *seen)
{
  TautanGazetteerEntry *e;
  JsonObject *object;
  const char *id, *name, *kind;
  gpointer index;
  gboolean is_new;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      problem (r, "expected an entity object");
      return;
    }
  object = json_node_get_object (node);
  if ((id = get_string (r, object, "id", TRUE)) == NULL)
    return;
  if (g_hash_table_contains (seen, id))
    {
      problem (r, "duplicate id \"%s\" in this file", id);
      return;
    }
  g_hash_table_add (seen, (gpointer)id);

  /* An id the gazetteer has already is extended: the user's file adds
   * spellings to a bundled entry without repeating it. */
  is_new = !g_hash_table_lookup_extended (self->by_id, id, NULL, &index);
  name = get_string (r, object, "name", is_new);
  kind = get_string (r, object, "kind", is_new);
  if (is_new && (name == NULL || kind == NULL))
    return;

  if (is_new)
    {
      e = g_new0 (TautanGazetteerEntry, 1);
      e->id = g_strdup (id);
      e->aliases = strv_empty ();
      e->metonyms = strv_empty ();
      e->references = strv_empty ();
      e->titles = strv_empty ();
      e->domains = strv_empty ();
      g_ptr_array_add (self->entries, e);
      g_hash_table_insert (self->by_id, e->id, GUINT_TO_POINTER (self->entries->len));
    }
  else
    e = g_ptr_array_index (self->entries, GPOINTER_TO_UINT (index) - 1);

  if (name != NULL)
    {
      g_free (e->name);
      e->name = g_strdup (name);
    }
  if (kind != NULL)
    {
      gsize depth = push (r, "kind");

      if (!parse_kind (kind, &e->kind))
        problem (r, "unknown kind \"%s\" (expected person, state, organisation, armed-group, media, place or unnamed-group)", kind);
      g_string_truncate (r->path, depth);
    }

#define SET_OPTIONAL(field, member) \
  G_STMT_START { \
    const char *v_ = get_string (r, object, member, FALSE); \
    if (v_ != NULL) \
      { \
        g_free (e->field); \
        e->field = g_strdup (v_); \
      } \
  } G_STMT_END

  SET_OPTIONAL (affiliation, "affiliation");
  SET_OPTIONAL (role, "role");
  SET_OPTIONAL (notes, "notes");
  SET_OPTIONAL (cameo, "cameo");
#undef SET_OPTIONAL

  e->aliases = get_strings (r, object, "aliases", e->aliases);
  e->metonyms = get_strings (r, object, "metonyms", e->metonyms);
  e->references = get_strings (r, object, "references", e->references);
  e->titles = get_strings (r, object, "titles", e->titles);
  e->domains = get_strings (r, object, "domains", e->domains);

  if (json_object_has_member (object, "state_media"))
    {
      JsonNode *sm = json_object_get_member (object, "state_media");
      gsize depth = push (r, "state_media");

      if (!JSON_NODE_HOLDS_VALUE (sm) || json_node_get_value_type (sm) != G_TYPE_BOOLEAN)
        problem (r, "expected true or false");
      else
        e->state_media = json_node_get_boolean (sm);
      g_string_truncate (r->path, depth);
    }
}

static gboolean
read_document (TautanGazetteer *self,
               const char      *data,
               gsize            len,
               const char      *display,
               GPtrArray       *diagnostics)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  Reader r = { display, diagnostics, NULL };
  JsonObject *root;
  JsonNode *format, *entities;
  JsonArray *array;

  if (!tautan_json_scan_check (data, len, display, diagnostics))
    return FALSE;
  if (!json_parser_load_from_data (parser, data, len, &error))
    {
      g_ptr_array_add (diagnostics, tautan_diagnostic_new (display, 0, 0, NULL, error->message));
      return FALSE;
    }

  r.path = g_string_new ("$");
  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      problem (&r, "expected a gazetteer (an object with \"format\": \"tautan-gazetteer\")");
      g_string_free (r.path, TRUE);
      return FALSE;
    }
  root = json_node_get_object (json_parser_get_root (parser));
  format = json_object_get_member (root, "format");
  if (format == NULL || !JSON_NODE_HOLDS_VALUE (format)
      || g_strcmp0 (json_node_get_string (format), "tautan-gazetteer") != 0)
    {
      g_string_append (r.path, ".format");
      problem (&r, "expected \"tautan-gazetteer\"");
      g_string_free (r.path, TRUE);
      return FALSE;
    }
  if (json_object_has_member (root, "version")
      && json_object_get_int_member_with_default (root, "version", 0) != 1)
    {
      g_string_append (r.path, ".version");
      problem (&r, "unsupported version (this Tautan reads version 1)");
      g_string_free (r.path, TRUE);
      return FALSE;
    }

  entities = json_object_get_member (root, "entities");
  g_string_append (r.path, ".entities");
  if (entities == NULL || !JSON_NODE_HOLDS_ARRAY (entities))
    {
      problem (&r, "missing array \"entities\"");
      g_string_free (r.path, TRUE);
      return FALSE;
    }
  array = json_node_get_array (entities);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize depth = r.path->len;

      tautan_json_path_append_index (r.path, i);
      read_entry (self, &r, json_array_get_element (array, i), seen);
      g_string_truncate (r.path, depth);
    }

  /* Affiliations may point forward: checked once all are read. */
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      const char *id, *affiliation;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      id = json_object_get_string_member_with_default (json_node_get_object (node), "id", NULL);
      affiliation = json_object_get_string_member_with_default (json_node_get_object (node), "affiliation", NULL);
      if (affiliation == NULL || id == NULL)
        continue;
      g_string_truncate (r.path, strlen ("$.entities"));
      tautan_json_path_append_index (r.path, i);
      g_string_append (r.path, ".affiliation");
      if (!g_hash_table_contains (self->by_id, affiliation))
        problem (&r, "unknown entity \"%s\"", affiliation);
      else if (g_strcmp0 (affiliation, id) == 0)
        problem (&r, "an entity cannot be affiliated with itself");
    }

  g_string_free (r.path, TRUE);
  return diagnostics->len == 0;
}

/* ---- the trie ---- */

static void
add_name (PhraseTable *table,
          const char  *name,
          guint        index,
          guint16      flags)
{
  Payload p = { LEX_ENTITY, flags, index };
  gsize len = strlen (name);
  gboolean has_lower = FALSE, has_upper = FALSE;

  for (const char *c = name; *c; c = g_utf8_next_char (c))
    {
      gunichar u = g_utf8_get_char (c);

      has_lower |= g_unichar_islower (u);
      has_upper |= g_unichar_isupper (u);
    }
  /* "AS", "UN", "WHO": capitals only, or they would match "as", "un", "who". */
  if (has_upper && !has_lower && len <= 6)
    p.flags |= ALIAS_EXACT_CASE;
  /* "iNews.id", "detikcom", "kelompok Wagner": may start small. */
  if (g_unichar_islower (g_utf8_get_char (name)))
    p.flags |= ALIAS_LOWER_OK;
  _phrase_table_add (table, name, &p);
}

static void
build_table (TautanGazetteer *self)
{
  self->table = _phrase_table_new ();
  _tautan_lexicon_add_all (self->table);

  for (guint i = 0; i < self->entries->len; i++)
    {
      TautanGazetteerEntry *e = g_ptr_array_index (self->entries, i);

      add_name (self->table, e->name, i, 0);
      for (guint k = 0; e->aliases[k]; k++)
        add_name (self->table, e->aliases[k], i, 0);
      for (guint k = 0; e->metonyms[k]; k++)
        add_name (self->table, e->metonyms[k], i, 0);
      for (guint k = 0; e->references[k]; k++)
        add_name (self->table, e->references[k], i, ALIAS_REFERENCE);
      for (guint k = 0; e->domains[k]; k++)
        g_hash_table_insert (self->by_domain, g_ascii_strdown (e->domains[k], -1), GUINT_TO_POINTER (i + 1));
    }
  _phrase_table_freeze (self->table);
}

static void
add_words (GStrvBuilder *builder,
           const char   *name)
{
  g_autofree char *norm = _tautan_normalise_name (name, -1);
  g_autofree char *padded = NULL;

  if (*norm != '\0')
    {
      padded = g_strconcat (" ", norm, " ", NULL);
      g_strv_builder_add (builder, padded);
    }
}

/* The normalised names the extractor compares mention text with (a
 * state's ministry: "Kementerian Luar Negeri Korea Utara"), so it need
 * not normalise them per article: the names of states, and the aliases
 * of the organisations affiliated with one. Only those: normalising
 * every name would cost each process more than it saves. */
static void
build_names (TautanGazetteer *self)
{
  guint n = self->entries->len;
  g_autofree int *state_of = g_new (int, n);
  g_autofree guint *counts = g_new0 (guint, n);

  self->names = g_new0 (GazetteerNames, n);
  for (guint i = 0; i < n; i++)
    {
      TautanGazetteerEntry *e = g_ptr_array_index (self->entries, i);
      int aff = tautan_gazetteer_lookup (self, e->affiliation);

      state_of[i] = -1;
      if (e->kind == TAUTAN_ENTITY_ORGANISATION && aff >= 0
          && ((TautanGazetteerEntry *)g_ptr_array_index (self->entries, aff))->kind == TAUTAN_ENTITY_STATE)
        {
          state_of[i] = aff;
          counts[aff]++;
        }
    }
  for (guint i = 0; i < n; i++)
    {
      TautanGazetteerEntry *e = g_ptr_array_index (self->entries, i);
      GazetteerNames *names = &self->names[i];
      g_autoptr(GStrvBuilder) words = g_strv_builder_new ();
      guint n_aliases = state_of[i] >= 0 ? g_strv_length (e->aliases) : 0;

      names->aliases = g_new0 (char *, n_aliases + 1);
      for (guint k = 0; k < n_aliases; k++)
        names->aliases[k] = _tautan_normalise_name (e->aliases[k], -1);
      if (e->kind == TAUTAN_ENTITY_STATE)
        {
          add_words (words, e->name);
          for (guint k = 0; e->aliases[k]; k++)
            add_words (words, e->aliases[k]);
          for (guint k = 0; e->metonyms[k]; k++)
            add_words (words, e->metonyms[k]);
          for (guint k = 0; e->references[k]; k++)
            add_words (words, e->references[k]);
        }
      names->words = g_strv_builder_end (words);
      names->affiliated = g_new (guint, MAX (counts[i], 1));
    }
  for (guint i = 0; i < n; i++)
    if (state_of[i] >= 0)
      {
        GazetteerNames *names = &self->names[state_of[i]];

        names->affiliated[names->n_affiliated++] = i;
      }
}

const GazetteerNames *
_tautan_gazetteer_get_names (TautanGazetteer *self,
                             guint            index)
{
  return &self->names[index];
}

static TautanGazetteer *
new_from_data (TautanGazetteer  *base,
               const char       *data,
               gsize             len,
               const char       *display,
               GError          **error)
{
  g_autoptr(TautanGazetteer) self = g_object_new (TAUTAN_TYPE_GAZETTEER, NULL);
  g_autoptr(GPtrArray) diagnostics = g_ptr_array_new_with_free_func ((GDestroyNotify)tautan_diagnostic_free);

  if (base != NULL)
    for (guint i = 0; i < base->entries->len; i++)
      {
        TautanGazetteerEntry *e = entry_copy (g_ptr_array_index (base->entries, i));

        g_ptr_array_add (self->entries, e);
        g_hash_table_insert (self->by_id, e->id, GUINT_TO_POINTER (self->entries->len));
      }

  if (!read_document (self, data, len, display, diagnostics))
    {
      g_autofree char *text = NULL;
      g_autoptr(GHashTable) wanted = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

      /* Where each problem is, as the dataset loader says it. */
      for (guint i = 0; i < diagnostics->len; i++)
        {
          TautanDiagnostic *d = g_ptr_array_index (diagnostics, i);

          if (d->path != NULL && d->line == 0 && !g_hash_table_contains (wanted, d->path))
            g_hash_table_insert (wanted, d->path, g_new0 (TautanJsonPosition, 1));
        }
      if (g_hash_table_size (wanted) > 0)
        tautan_json_scan_locate (data, len, wanted);
      for (guint i = 0; i < diagnostics->len; i++)
        {
          TautanDiagnostic *d = g_ptr_array_index (diagnostics, i);
          TautanJsonPosition *pos = d->path ? g_hash_table_lookup (wanted, d->path) : NULL;

          if (pos != NULL && pos->line > 0)
            {
              d->line = pos->line;
              d->column = pos->column;
            }
        }
      text = tautan_diagnostics_format (diagnostics, 20);
      g_set_error_literal (error, TAUTAN_GAZETTEER_ERROR, TAUTAN_GAZETTEER_ERROR_INVALID, text);
      return NULL;
    }

  build_table (self);
  build_names (self);
  return g_steal_pointer (&self);
}

/**
 * tautan_gazetteer_get_default:
 *
 * Returns: (transfer none): the gazetteer shipped with Tautan
 */
TautanGazetteer *
tautan_gazetteer_get_default (void)
{
  static TautanGazetteer *instance;

  if (g_once_init_enter (&instance))
    {
      g_autoptr(GBytes) bytes = g_resources_lookup_data (GAZETTEER_RESOURCE, 0, NULL);
      g_autoptr(GError) error = NULL;
      TautanGazetteer *gazetteer;
      gsize len;
      const char *data;

      /* Compiled into the binary and checked by the tests: cannot fail. */
      g_assert (bytes != NULL);
      data = g_bytes_get_data (bytes, &len);
      gazetteer = new_from_data (NULL, data, len, "gazetteer.json", &error);
      g_assert_no_error (error);
      g_once_init_leave (&instance, gazetteer);
    }
  return instance;
}

/**
 * tautan_gazetteer_new_from_data:
 * @base: (nullable): a gazetteer to extend, usually the default one
 * @display_name: the file as the user named it, for messages
 *
 * Reads a gazetteer file (docs/extraction.md). Entries whose id @base has
 * already extend it; others are added.
 *
 * Returns: (transfer full) (nullable): the gazetteer
 */
TautanGazetteer *
tautan_gazetteer_new_from_data (TautanGazetteer  *base,
                                const char       *data,
                                gsize             len,
                                const char       *display_name,
                                GError          **error)
{
  g_return_val_if_fail (base == NULL || TAUTAN_IS_GAZETTEER (base), NULL);
  g_return_val_if_fail (data != NULL || len == 0, NULL);

  return new_from_data (base, data, len, display_name, error);
}

/**
 * tautan_gazetteer_new_from_file:
 * @base: (nullable): a gazetteer to extend, usually the default one
 * @path: a gazetteer file
 *
 * Returns: (transfer full) (nullable): the gazetteer
 */
TautanGazetteer *
tautan_gazetteer_new_from_file (TautanGazetteer  *base,
                                const char       *path,
                                GError          **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *data;
  gsize len;

  g_return_val_if_fail (path != NULL, NULL);

  bytes = tautan_file_read_regular (path, GAZETTEER_MAX_SIZE, &local_error);
  if (bytes == NULL)
    {
      g_set_error (error, TAUTAN_GAZETTEER_ERROR, TAUTAN_GAZETTEER_ERROR_IO, "%s: error: %s",
                   path, tautan_file_describe_error (local_error));
      return NULL;
    }
  data = g_bytes_get_data (bytes, &len);
  return new_from_data (base, data, len, path, error);
}

guint
tautan_gazetteer_get_n_entries (TautanGazetteer *self)
{
  g_return_val_if_fail (TAUTAN_IS_GAZETTEER (self), 0);

  return self->entries->len;
}

/**
 * tautan_gazetteer_get_entry:
 *
 * Returns: (transfer none): the entry, valid while @self lives
 */
const TautanGazetteerEntry *
tautan_gazetteer_get_entry (TautanGazetteer *self,
                            guint            index)
{
  g_return_val_if_fail (TAUTAN_IS_GAZETTEER (self), NULL);
  g_return_val_if_fail (index < self->entries->len, NULL);

  return g_ptr_array_index (self->entries, index);
}

/* Returns: the entry's index, or -1 */
int
tautan_gazetteer_lookup (TautanGazetteer *self,
                         const char      *id)
{
  gpointer index;

  g_return_val_if_fail (TAUTAN_IS_GAZETTEER (self), -1);

  if (id == NULL || !g_hash_table_lookup_extended (self->by_id, id, NULL, &index))
    return -1;
  return (int)GPOINTER_TO_UINT (index) - 1;
}

/**
 * tautan_gazetteer_lookup_domain:
 * @host: a web host: "www.republika.co.id"
 *
 * Returns: the medium publishing at @host (or a parent domain), or -1
 */
int
tautan_gazetteer_lookup_domain (TautanGazetteer *self,
                                const char      *host)
{
  g_autofree char *lower = NULL;
  const char *h;

  g_return_val_if_fail (TAUTAN_IS_GAZETTEER (self), -1);

  if (host == NULL)
    return -1;
  lower = g_ascii_strdown (host, -1);
  for (h = lower; h != NULL && *h; )
    {
      gpointer index = g_hash_table_lookup (self->by_domain, h);
      const char *dot;

      if (index != NULL)
        return (int)GPOINTER_TO_UINT (index) - 1;
      dot = strchr (h, '.');
      h = dot ? dot + 1 : NULL;
    }
  return -1;
}

const PhraseTable *
_tautan_gazetteer_get_table (TautanGazetteer *self)
{
  return self->table;
}
