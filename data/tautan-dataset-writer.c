/* tautan-dataset-writer.c: columns back to JSON, unknown members included
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-dataset-writer"

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "tautan/tautan-file.h"
#include "tautan/tautan-json-writer.h"

#include "tautan-dataset-private.h"

static JsonNode *
parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();

  /* The loader writes valid JSON here, but a forged cache can hold
   * anything: what does not parse is left out. */
  if (text == NULL || !json_parser_load_from_data (parser, text, -1, NULL) ||
      json_parser_get_root (parser) == NULL)
    return NULL;
  return json_node_copy (json_parser_get_root (parser));
}

static void
add_extras (JsonBuilder *builder,
            JsonObject  *extras,
            const char  *key)
{
  JsonObject *bucket;
  JsonObjectIter iter;
  const char *name;
  JsonNode *value;

  if (extras == NULL || !json_object_has_member (extras, key))
    return;

  bucket = json_object_get_object_member (extras, key);
  json_object_iter_init_ordered (&iter, bucket);
  while (json_object_iter_next_ordered (&iter, &name, &value))
    {
      json_builder_set_member_name (builder, name);
      json_builder_add_value (builder, json_node_copy (value));
    }
}

static JsonObject *
get_extras (TautanDataset *self,
            TautanColumn   column,
            guint          index,
            JsonNode     **holder)
{
  *holder = parse_json (tautan_dataset_get_string (self, COL_U32 (self, column)[index]));
  return *holder && JSON_NODE_HOLDS_OBJECT (*holder) ? json_node_get_object (*holder) : NULL;
}

static void
member_string (JsonBuilder *builder,
               const char  *name,
               const char  *value)
{
  if (value == NULL)
    return;
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

static void
member_ids (JsonBuilder   *builder,
            TautanDataset *self,
            const char    *name,
            TautanColumn   id_column,
            const guint32 *items,
            guint          n)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    json_builder_add_string_value (builder, tautan_dataset_get_string (self, COL_U32 (self, id_column)[items[i]]));
  json_builder_end_array (builder);
}

static void
member_date (JsonBuilder *builder,
             const char  *name,
             TautanDay    day)
{
  char buf[11];

  json_builder_set_member_name (builder, name);
  if (day == TAUTAN_DAY_NONE)
    {
      json_builder_add_null_value (builder);
      return;
    }
  tautan_day_format_buf (day, buf);
  json_builder_add_string_value (builder, buf);
}

static void
write_sources (TautanDataset *self,
               JsonBuilder   *builder,
               gboolean       inline_text)
{
  json_builder_set_member_name (builder, "sources");
  json_builder_begin_array (builder);
  for (guint i = 0; i < tautan_dataset_get_n_sources (self); i++)
    {
      g_autoptr(JsonNode) holder = NULL;
      JsonObject *extras = get_extras (self, COL_SRC_EXTRAS, i, &holder);
      TautanSource s;

      tautan_dataset_get_source (self, i, &s);
      json_builder_begin_object (builder);
      member_string (builder, "id", s.id);
      member_string (builder, "outlet", s.outlet);
      member_string (builder, "title", s.title);
      json_builder_set_member_name (builder, "url");
      if (s.url)
        json_builder_add_string_value (builder, s.url);
      else
        json_builder_add_null_value (builder);
      member_string (builder, "language", s.language);
      member_date (builder, "published", s.published);
      member_string (builder, "published_note", s.published_note);
      member_string (builder, "origin", s.relayed ? "relayed" : "own");
      if (s.relayed_from != NULL)
        {
          JsonNode *relayed = parse_json (s.relayed_from);

          if (relayed != NULL)
            {
              json_builder_set_member_name (builder, "relayed_from");
              json_builder_add_value (builder, relayed);
            }
        }
      json_builder_set_member_name (builder, "state_media");
      json_builder_add_boolean_value (builder, s.state_media);
      /* Text read from a file stays in that file, unless the dataset moves
       * to another folder, where the relative path would point nowhere. */
      if (s.text_file != NULL && !inline_text)
        member_string (builder, "text_file", s.text_file);
      else
        member_string (builder, "text", s.text);
      add_extras (builder, extras, "$");
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
write_entities (TautanDataset *self,
                JsonBuilder   *builder)
{
  json_builder_set_member_name (builder, "entities");
  json_builder_begin_array (builder);
  for (guint i = 0; i < tautan_dataset_get_n_entities (self); i++)
    {
      g_autoptr(JsonNode) holder = NULL;
      JsonObject *extras = get_extras (self, COL_ENT_EXTRAS, i, &holder);
      TautanEntity e;

      tautan_dataset_get_entity (self, i, &e);
      json_builder_begin_object (builder);
      member_string (builder, "id", e.id);
      member_string (builder, "name", e.name);
      member_string (builder, "kind", tautan_entity_kind_to_string (e.kind));
      json_builder_set_member_name (builder, "aliases");
      json_builder_begin_array (builder);
      for (guint k = 0; k < e.n_aliases; k++)
        json_builder_add_string_value (builder, tautan_dataset_get_string (self, e.aliases[k]));
      json_builder_end_array (builder);
      if (e.affiliation != TAUTAN_NONE)
        member_string (builder, "affiliation", tautan_dataset_get_string (self, COL_U32 (self, COL_ENT_ID)[e.affiliation]));
      member_string (builder, "role", e.role);
      member_string (builder, "notes", e.notes);
      add_extras (builder, extras, "$");
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
write_events (TautanDataset *self,
              JsonBuilder   *builder)
{
  TautanTaxonomy *taxonomy = tautan_dataset_get_taxonomy (self);

  json_builder_set_member_name (builder, "events");
  json_builder_begin_array (builder);
  for (guint i = 0; i < tautan_dataset_get_n_events (self); i++)
    {
      g_autoptr(JsonNode) holder = NULL;
      JsonObject *extras = get_extras (self, COL_EV_EXTRAS, i, &holder);
      TautanEvent e;

      tautan_dataset_get_event (self, i, &e);
      json_builder_begin_object (builder);
      member_string (builder, "id", e.id);
      member_string (builder, "type", tautan_taxonomy_get_event_type (taxonomy, e.type)->id);

      json_builder_set_member_name (builder, "date");
      json_builder_begin_object (builder);
      member_date (builder, "start", e.start);
      member_date (builder, "end", e.end);
      member_string (builder, "precision", tautan_precision_to_string (e.precision));
      add_extras (builder, extras, "date");
      json_builder_end_object (builder);

      json_builder_set_member_name (builder, "date_basis");
      json_builder_begin_object (builder);
      member_string (builder, "method", tautan_date_method_to_string (e.date_method));
      member_string (builder, "words", e.date_words);
      member_string (builder, "note", e.date_note);
      add_extras (builder, extras, "date_basis");
      json_builder_end_object (builder);

      member_ids (builder, self, "actors", COL_ENT_ID, e.actors, e.n_actors);
      member_ids (builder, self, "targets", COL_ENT_ID, e.targets, e.n_targets);
      member_string (builder, "summary", e.summary);
      member_ids (builder, self, "sources", COL_SRC_ID, e.sources, e.n_sources);
      member_ids (builder, self, "quotes", COL_Q_ID, e.quotes, e.n_quotes);
      member_string (builder, "status", tautan_status_to_string (e.status));
      if (e.responds_to != TAUTAN_NONE)
        member_string (builder, "responds_to", tautan_dataset_get_string (self, COL_U32 (self, COL_EV_ID)[e.responds_to]));
      add_extras (builder, extras, "$");
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
write_quotes (TautanDataset *self,
              JsonBuilder   *builder)
{
  json_builder_set_member_name (builder, "quotes");
  json_builder_begin_array (builder);
  for (guint i = 0; i < tautan_dataset_get_n_quotes (self); i++)
    {
      g_autoptr(JsonNode) holder = NULL;
      JsonObject *extras = get_extras (self, COL_Q_EXTRAS, i, &holder);
      TautanQuote q;

      tautan_dataset_get_quote (self, i, &q);
      json_builder_begin_object (builder);
      member_string (builder, "id", q.id);
      member_string (builder, "source", tautan_dataset_get_string (self, COL_U32 (self, COL_SRC_ID)[q.source]));
      member_string (builder, "text", q.text);
      json_builder_set_member_name (builder, "start");
      json_builder_add_int_value (builder, q.start);
      json_builder_set_member_name (builder, "end");
      json_builder_add_int_value (builder, q.end);

      json_builder_set_member_name (builder, "speaker");
      json_builder_begin_object (builder);
      if (q.speaker != TAUTAN_NONE)
        member_string (builder, "entity", tautan_dataset_get_string (self, COL_U32 (self, COL_ENT_ID)[q.speaker]));
      else
        member_string (builder, "text", q.speaker_text);
      add_extras (builder, extras, "speaker");
      json_builder_end_object (builder);

      member_ids (builder, self, "relayed_by", COL_ENT_ID, q.relayed_by, q.n_relayed_by);
      member_string (builder, "attribution", q.attribution_certain ? "certain" : "uncertain");
      if (q.event != TAUTAN_NONE)
        member_string (builder, "event", tautan_dataset_get_string (self, COL_U32 (self, COL_EV_ID)[q.event]));
      member_string (builder, "gloss", q.gloss);
      member_string (builder, "note", q.note);
      add_extras (builder, extras, "$");
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* The dataset as a JSON tree, as it is written. */
static JsonNode *
to_tree (TautanDataset *self,
         gboolean       inline_text)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) holder = NULL;
  g_autoptr(JsonNode) taxonomy = NULL;
  JsonObject *extras;

  extras = get_extras (self, COL_META, META_EXTRAS, &holder);
  taxonomy = parse_json (tautan_dataset_get_string (self, COL_U32 (self, COL_META)[META_TAXONOMY]));

  json_builder_begin_object (builder);
  member_string (builder, "format", "tautan-dataset");
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, TAUTAN_DATASET_FORMAT_VERSION);
  member_string (builder, "title", tautan_dataset_get_title (self));
  member_string (builder, "description", tautan_dataset_get_description (self));
  if (taxonomy != NULL)
    {
      json_builder_set_member_name (builder, "taxonomy");
      json_builder_add_value (builder, g_steal_pointer (&taxonomy));
    }
  add_extras (builder, extras, "$");
  write_sources (self, builder, inline_text);
  write_entities (self, builder);
  write_events (self, builder);
  write_quotes (self, builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  return g_steal_pointer (&root);
}

static char *
to_json (TautanDataset *self,
         gboolean       inline_text,
         gsize         *length)
{
  g_autoptr(JsonNode) root = to_tree (self, inline_text);

  return tautan_json_to_data (root, TRUE, length);
}

/* For the edits' test oracle (tests/tautan-edit-oracle.c): the tree
 * without a text in between. */
JsonNode *
_tautan_dataset_to_tree (TautanDataset *self)
{
  g_return_val_if_fail (TAUTAN_IS_DATASET (self), NULL);

  return to_tree (self, FALSE);
}

/**
 * tautan_dataset_to_json:
 * @length: (out) (optional): the length in bytes
 *
 * Serialises the dataset in format version 1, with every unknown member
 * it was loaded with written back in its object.
 *
 * Returns: (transfer full): pretty-printed JSON
 */
char *
tautan_dataset_to_json (TautanDataset *self,
                        gsize         *length)
{
  g_return_val_if_fail (TAUTAN_IS_DATASET (self), NULL);

  return to_json (self, FALSE, length);
}

/**
 * tautan_dataset_save:
 *
 * Writes the dataset to @file atomically: into a temporary file beside it,
 * then renamed over it, so a failure never leaves half a file nor loses
 * the old one.
 *
 * Returns: %TRUE on success
 */
gboolean
tautan_dataset_save (TautanDataset  *self,
                     GFile          *file,
                     GCancellable   *cancellable,
                     GError        **error)
{
  g_autofree char *json = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize len;

  g_return_val_if_fail (TAUTAN_IS_DATASET (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  {
    GFile *from = tautan_dataset_get_file (self);
    g_autoptr(GFile) from_dir = from ? g_file_get_parent (from) : NULL;
    g_autoptr(GFile) to_dir = g_file_get_parent (file);

    json = to_json (self, from_dir == NULL || to_dir == NULL || !g_file_equal (from_dir, to_dir), &len);
  }
  if (!tautan_file_write (file, json, len, &local_error))
    {
      g_set_error_literal (error, TAUTAN_DATASET_ERROR, TAUTAN_DATASET_ERROR_IO, local_error->message);
      return FALSE;
    }

  return TRUE;
}
