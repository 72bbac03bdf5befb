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

/* Written record by record: a dataset of a million events as one json-glib
 * tree took minutes and gigabytes to save. Each record is generated alone
 * and indented into place, so the text is byte for byte what one tree
 * pretty-printed with an indent of two gives. */
typedef struct
{
  TautanFileWriter *writer;   /* (nullable): else everything stays in text */
  GString          *text;
  GCancellable     *cancellable;
  GError          **error;
  gboolean          failed;
} Out;

#define OUT_FLUSH_SIZE (1 << 20)

static void
out_flush (Out *out)
{
  if (out->writer == NULL || out->failed || out->text->len == 0)
    return;
  if (g_cancellable_set_error_if_cancelled (out->cancellable, out->error) ||
      !tautan_file_writer_write (out->writer, out->text->str, out->text->len, out->error))
    out->failed = TRUE;
  g_string_truncate (out->text, 0);
}

static void
out_append (Out        *out,
            const char *text)
{
  g_string_append (out->text, text);
  if (out->text->len >= OUT_FLUSH_SIZE)
    out_flush (out);
}

/* @json pretty-printed at depth 0, each line indented by @indent spaces.
 * json-glib 1.6 also pads an empty object's braces by its depth ("{    }"
 * two levels down), inside the line: those get @indent more spaces too. */
static void
out_indented (Out        *out,
              const char *json,
              guint       indent)
{
  gboolean in_string = FALSE;
  gboolean line_start = TRUE;

  for (const char *p = json; *p != '\0'; p++)
    {
      if (line_start)
        for (guint k = 0; k < indent; k++)
          g_string_append_c (out->text, ' ');
      line_start = *p == '\n';
      g_string_append_c (out->text, *p);
      if (in_string)
        {
          if (*p == '\\' && p[1] != '\0')
            g_string_append_c (out->text, *++p);
          else if (*p == '"')
            in_string = FALSE;
        }
      else if (*p == '"')
        in_string = TRUE;
      else if (*p == '{')
        {
          const char *q = p + 1;

          while (*q == ' ')
            q++;
          if (*q == '}' && q > p + 1)
            for (guint k = 0; k < indent; k++)
              g_string_append_c (out->text, ' ');
        }
    }
  if (out->text->len >= OUT_FLUSH_SIZE)
    out_flush (out);
}

static void
out_array_begin (Out        *out,
                 const char *name)
{
  g_autofree char *quoted = NULL;
  g_autoptr(JsonNode) node = json_node_init_string (json_node_alloc (), name);

  quoted = tautan_json_to_data (node, FALSE, NULL);
  g_string_append_printf (out->text, ",\n  %s : [", quoted);
}

static void
out_record (Out         *out,
            guint        index,
            JsonBuilder *builder)
{
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  g_autofree char *json = tautan_json_to_data (root, TRUE, NULL);

  out_append (out, index == 0 ? "\n" : ",\n");
  out_indented (out, json, 4);
}

static void
out_array_end (Out  *out,
               guint n)
{
  out_append (out, n > 0 ? "\n  ]" : "]");
}

static void
write_sources (TautanDataset *self,
               Out           *out,
               gboolean       inline_text)
{
  guint n = tautan_dataset_get_n_sources (self);

  out_array_begin (out, "sources");
  for (guint i = 0; i < n && !out->failed; i++)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
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
      out_record (out, i, builder);
    }
  out_array_end (out, n);
}

static void
write_entities (TautanDataset *self,
                Out           *out)
{
  guint n = tautan_dataset_get_n_entities (self);

  out_array_begin (out, "entities");
  for (guint i = 0; i < n && !out->failed; i++)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
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
      out_record (out, i, builder);
    }
  out_array_end (out, n);
}

static void
write_events (TautanDataset *self,
              Out           *out)
{
  TautanTaxonomy *taxonomy = tautan_dataset_get_taxonomy (self);
  guint n = tautan_dataset_get_n_events (self);

  out_array_begin (out, "events");
  for (guint i = 0; i < n && !out->failed; i++)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
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
      out_record (out, i, builder);
    }
  out_array_end (out, n);
}

static void
write_quotes (TautanDataset *self,
              Out           *out)
{
  guint n = tautan_dataset_get_n_quotes (self);

  out_array_begin (out, "quotes");
  for (guint i = 0; i < n && !out->failed; i++)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
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
      out_record (out, i, builder);
    }
  out_array_end (out, n);
}

/* Writes the dataset to @out: the members before the records as one small
 * tree, its closing brace left off, then the four arrays record by record. */
static void
write_dataset (TautanDataset *self,
               Out           *out,
               gboolean       inline_text)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) holder = NULL;
  g_autoptr(JsonNode) taxonomy = NULL;
  g_autofree char *head = NULL;
  JsonObject *extras;
  gsize len;

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
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  head = tautan_json_to_data (root, TRUE, &len);
  /* "{\n  ...\n}": the brace closes the whole document, after the arrays. */
  g_assert (len >= 2 && head[len - 1] == '}' && head[len - 2] == '\n');
  head[len - 2] = '\0';
  out_append (out, head);

  write_sources (self, out, inline_text);
  write_entities (self, out);
  write_events (self, out);
  write_quotes (self, out);
  out_append (out, "\n}");
}

static char *
to_json (TautanDataset *self,
         gboolean       inline_text,
         gsize         *length)
{
  Out out = { NULL, g_string_new (NULL), NULL, NULL, FALSE };

  write_dataset (self, &out, inline_text);
  if (length != NULL)
    *length = out.text->len;
  return g_string_free (out.text, FALSE);
}

/* For the edits' test oracle (tests/tautan-edit-oracle.c): the tree
 * without a text in between. */
JsonNode *
_tautan_dataset_to_tree (TautanDataset *self)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *json = NULL;

  g_return_val_if_fail (TAUTAN_IS_DATASET (self), NULL);

  json = to_json (self, FALSE, NULL);
  if (!json_parser_load_from_data (parser, json, -1, NULL))
    g_return_val_if_reached (NULL);
  return json_node_copy (json_parser_get_root (parser));
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

static gboolean
save_to (TautanDataset  *self,
         GFile          *file,
         gboolean        inline_text,
         GCancellable   *cancellable,
         GError        **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(TautanFileWriter) writer = tautan_file_writer_new (file, &local_error);
  Out out = { writer, NULL, cancellable, &local_error, FALSE };

  if (writer != NULL)
    {
      out.text = g_string_sized_new (OUT_FLUSH_SIZE + 4096);
      write_dataset (self, &out, inline_text);
      out_flush (&out);
      g_string_free (out.text, TRUE);
    }
  if (writer == NULL || out.failed ||
      g_cancellable_set_error_if_cancelled (cancellable, &local_error) ||
      !tautan_file_writer_commit (writer, &local_error))
    {
      /* Not committed: the writer's temporary file goes, the old file stays. */
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error_literal (error, TAUTAN_DATASET_ERROR, TAUTAN_DATASET_ERROR_IO, local_error->message);
      return FALSE;
    }
  return TRUE;
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
  GFile *from;
  g_autoptr(GFile) from_dir = NULL;
  g_autoptr(GFile) to_dir = NULL;

  g_return_val_if_fail (TAUTAN_IS_DATASET (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  from = tautan_dataset_get_file (self);
  from_dir = from ? g_file_get_parent (from) : NULL;
  to_dir = g_file_get_parent (file);
  return save_to (self, file, from_dir == NULL || to_dir == NULL || !g_file_equal (from_dir, to_dir),
                  cancellable, error);
}

/**
 * tautan_dataset_save_copy:
 *
 * Writes the dataset to @file atomically, as tautan_dataset_save() does,
 * with every source's text inline, so the copy opens wherever it is; it
 * does not read where the dataset lives, so it may run on another thread
 * while the dataset is saved or moved on this one.
 *
 * Returns: %TRUE on success
 */
gboolean
tautan_dataset_save_copy (TautanDataset  *self,
                          GFile          *file,
                          GCancellable   *cancellable,
                          GError        **error)
{
  g_return_val_if_fail (TAUTAN_IS_DATASET (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  return save_to (self, file, TRUE, cancellable, error);
}
