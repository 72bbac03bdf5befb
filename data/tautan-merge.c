/* tautan-merge.c: datasets merged into one, deterministically and associatively
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A merge is a function of the set of records it is given, never of
 * their order or grouping, so merge(merge(A, B), C) = merge(A, B, C) byte
 * for byte and a corpus split any way merges to the same dataset:
 *
 * - sources are one when their URL and text are; entities when they share
 *   a gazetteer id, or a name or alias (of the same kind; a one-word alias
 *   of a person, "Kim", unifies nothing); events when their type, actors
 *   and targets are the same and their dates overlap, the overlap taken
 *   over the hull of everything merged so far (kept as x-merged-span), so
 *   that grouping cannot split what overlaps, or when they were read from
 *   the same sentence with the same date words (a story republished a day
 *   later puts its "yesterday" a day later: the words of each sentence are
 *   kept with it); quotes when their source and offsets are;
 * - a merged record keeps every source, quote and alias, the most precise
 *   date, and for any other field the smallest value, a choice that does
 *   not depend on order;
 * - ids come from content (the article id, the gazetteer id, offsets); the
 *   smallest of the merged records' ids is kept, and ids that still
 *   collide get "~" and eight hex digits of a hash of their content, which
 *   a later merge strips again before deciding afresh;
 * - the title is the inputs' titles joined, each once, in sorted order
 *   ("Korea–Russia + Ukraine"); past three, the first three "and more"
 *   (a merge of articles has a headline each). An input merged before
 *   gives back the titles it was made of (kept as x-merged-titles and
 *   x-merged-titles-more: the first three of a union are the first three
 *   of the inputs' first three), an empty title none; a title the caller
 *   sets wins;
 * - the output is written in one canonical order and form.
 */

#define G_LOG_DOMAIN "tautan-merge"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "tautan/tautan-diagnostic.h"

#include "tautan-extract-private.h"
#include "tautan-merge-private.h"
#include "tautan-sort-private.h"
#include "tautan-utf8-private.h"

/* Titles a merged title names; past them, "and more". */
#define MAX_TITLES 3

struct _TautanMerge
{
  GPtrArray  *sources;
  GPtrArray  *entities;
  GPtrArray  *events;
  GPtrArray  *quotes;
  char       *title;        /* set by the caller: wins */
  GHashTable *titles;       /* the inputs' non-empty titles, a set */
  gboolean    titles_more;  /* an input had more titles than it kept */
  /* The dataset merged into keeps its title, and the titles it was made of */
  char       *kept_title;
  GPtrArray  *kept_titles;  /* its x-merged-titles, or NULL */
  gboolean    kept_more;
  GPtrArray  *descriptions;
  JsonObject *extras;       /* top-level unknown members, merged */
  GHashTable *types;        /* taxonomy overrides: id -> JsonNode */
  guint       n_inputs;
  gboolean    keeping_ids;  /* reading the dataset merged into */
};

/* ---- records ---- */

static void
relay_free (gpointer data)
{
  MRelay *r = data;

  g_free (r->name);
  g_free (r->words);
  g_clear_pointer (&r->extras, json_object_unref);
  g_free (r);
}

MRelay *
_tautan_merge_relay_new (void)
{
  return g_new0 (MRelay, 1);
}

static void
source_free (gpointer data)
{
  MSource *s = data;

  g_free (s->id);
  g_free (s->kept_id);
  g_free (s->outlet);
  g_free (s->title);
  g_free (s->url);
  g_free (s->language);
  g_free (s->published_note);
  g_ptr_array_unref (s->relayed_from);
  g_free (s->text);
  g_clear_pointer (&s->extras, json_object_unref);
  g_free (s);
}

static void
entity_free (gpointer data)
{
  MEntity *e = data;

  g_free (e->id);
  g_free (e->kept_id);
  g_free (e->name);
  g_ptr_array_unref (e->aliases);
  g_free (e->role);
  g_free (e->notes);
  g_free (e->gazetteer_id);
  g_clear_pointer (&e->extras, json_object_unref);
  g_free (e);
}

static void
event_free (gpointer data)
{
  MEvent *e = data;

  g_free (e->id);
  g_free (e->kept_id);
  g_free (e->type);
  g_free (e->words);
  g_free (e->note);
  g_free (e->summary);
  g_ptr_array_unref (e->actors);
  g_ptr_array_unref (e->targets);
  g_ptr_array_unref (e->sources);
  g_ptr_array_unref (e->responds_to);
  g_array_unref (e->sentences);
  g_clear_pointer (&e->sentence_words, g_ptr_array_unref);
  g_clear_pointer (&e->extras, json_object_unref);
  g_clear_pointer (&e->date_extras, json_object_unref);
  g_clear_pointer (&e->basis_extras, json_object_unref);
  g_free (e);
}

static void
quote_free (gpointer data)
{
  MQuote *q = data;

  g_free (q->id);
  g_free (q->kept_id);
  g_free (q->text);
  g_free (q->speaker_text);
  g_clear_pointer (&q->speaker_extras, json_object_unref);
  g_ptr_array_unref (q->relayed_by);
  g_ptr_array_unref (q->events);
  g_free (q->gloss);
  g_free (q->note);
  g_clear_pointer (&q->extras, json_object_unref);
  g_free (q);
}

MSource *
_tautan_merge_add_source (TautanMerge *self)
{
  MSource *s = g_new0 (MSource, 1);

  s->published = TAUTAN_DAY_NONE;
  s->relayed_from = g_ptr_array_new_with_free_func (relay_free);
  g_ptr_array_add (self->sources, s);
  return s;
}

MEntity *
_tautan_merge_add_entity (TautanMerge *self)
{
  MEntity *e = g_new0 (MEntity, 1);

  e->aliases = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->entities, e);
  return e;
}

MEvent *
_tautan_merge_add_event (TautanMerge *self)
{
  MEvent *e = g_new0 (MEvent, 1);

  e->actors = g_ptr_array_new ();
  e->targets = g_ptr_array_new ();
  e->sources = g_ptr_array_new ();
  e->responds_to = g_ptr_array_new ();
  e->sentences = g_array_new (FALSE, FALSE, sizeof (MSentence));
  e->span_start = e->span_end = TAUTAN_DAY_NONE;
  g_ptr_array_add (self->events, e);
  return e;
}

MQuote *
_tautan_merge_add_quote (TautanMerge *self)
{
  MQuote *q = g_new0 (MQuote, 1);

  q->relayed_by = g_ptr_array_new ();
  q->events = g_ptr_array_new ();
  g_ptr_array_add (self->quotes, q);
  return q;
}

void
_tautan_merge_count_input (TautanMerge *self)
{
  self->n_inputs++;
}

TautanMerge *
tautan_merge_new (void)
{
  TautanMerge *self = g_new0 (TautanMerge, 1);

  self->sources = g_ptr_array_new_with_free_func (source_free);
  self->entities = g_ptr_array_new_with_free_func (entity_free);
  self->events = g_ptr_array_new_with_free_func (event_free);
  self->quotes = g_ptr_array_new_with_free_func (quote_free);
  self->titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->descriptions = g_ptr_array_new_with_free_func (g_free);
  self->extras = json_object_new ();
  self->types = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify)json_node_unref);
  return self;
}

void
tautan_merge_free (TautanMerge *self)
{
  if (self == NULL)
    return;
  /* quotes and events point at the rest: freed first */
  g_ptr_array_unref (self->quotes);
  g_ptr_array_unref (self->events);
  g_ptr_array_unref (self->entities);
  g_ptr_array_unref (self->sources);
  g_hash_table_unref (self->titles);
  g_ptr_array_unref (self->descriptions);
  json_object_unref (self->extras);
  g_hash_table_unref (self->types);
  g_free (self->title);
  g_free (self->kept_title);
  g_clear_pointer (&self->kept_titles, g_ptr_array_unref);
  g_free (self);
}

void
tautan_merge_set_title (TautanMerge *self,
                        const char  *title)
{
  g_free (self->title);
  self->title = g_strdup (title);
}

guint
tautan_merge_get_n_inputs (TautanMerge *self)
{
  return self->n_inputs;
}

/* ---- reading a dataset ---- */

/* "ev-001-12~3fa9c0d2": the suffix a merge added to tell colliding ids
 * apart; it is decided afresh at every merge. */
static char *
base_id (const char *id)
{
  gsize n = strlen (id);

  if (n > 9 && id[n - 9] == '~')
    {
      gboolean hex = TRUE;

      for (gsize i = n - 8; i < n && hex; i++)
        hex = g_ascii_isxdigit (id[i]) && !g_ascii_isupper (id[i]);
      if (hex)
        return g_strndup (id, n - 9);
    }
  return g_strdup (id);
}

static const char *
str_member (JsonObject *object,
            const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static char *
dup_member (JsonObject *object,
            const char *name)
{
  return g_strdup (str_member (object, name));
}

/* The members @object has besides @known, or NULL. */
static JsonObject *
unknown_members (JsonObject        *object,
                 const char * const *known)
{
  JsonObject *extras = NULL;
  g_autoptr(GList) members = json_object_get_members (object);

  for (GList *l = members; l; l = l->next)
    {
      if (g_strv_contains (known, l->data))
        continue;
      if (extras == NULL)
        extras = json_object_new ();
      json_object_set_member (extras, l->data, json_node_copy (json_object_get_member (object, l->data)));
    }
  return extras;
}

static int
parse_enum (const char *text,
            const char * const *names,
            int         fallback)
{
  for (int i = 0; names[i]; i++)
    if (g_strcmp0 (text, names[i]) == 0)
      return i;
  return fallback;
}

static TautanDay
day_member (JsonObject *object,
            const char *name)
{
  const char *text = str_member (object, name);
  TautanDay day;

  if (text == NULL || !tautan_day_parse (text, strlen (text), &day))
    return TAUTAN_DAY_NONE;
  return day;
}

static void
read_refs (GPtrArray  *out,
           JsonObject *object,
           const char *name,
           GHashTable *by_id)
{
  JsonArray *array = json_object_has_member (object, name) && JSON_NODE_HOLDS_ARRAY (json_object_get_member (object, name))
                     ? json_object_get_array_member (object, name) : NULL;

  for (guint i = 0; array && i < json_array_get_length (array); i++)
    {
      gpointer record = g_hash_table_lookup (by_id, json_array_get_string_element (array, i));

      if (record != NULL)
        g_ptr_array_add (out, record);
    }
}

static JsonArray *
array_member (JsonObject *object,
              const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static JsonObject *
object_member (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

/* A title that is only blanks says nothing. */
static void
add_title (TautanMerge *self,
           const char  *title)
{
  g_autofree char *stripped = title != NULL ? g_strstrip (g_strdup (title)) : NULL;

  if (stripped != NULL && *stripped != '\0' && !g_hash_table_contains (self->titles, stripped))
    g_hash_table_add (self->titles, g_steal_pointer (&stripped));
}

static void
read_document (TautanMerge   *self,
               JsonObject    *root,
               TautanDataset *dataset)
{
  static const char * const top_known[] = { "format", "version", "title", "x-merged-titles", "x-merged-titles-more", "description", "taxonomy", "sources", "entities", "events", "quotes", NULL };
  static const char * const source_known[] = { "id", "outlet", "title", "url", "language", "published", "published_note", "origin", "relayed_from", "state_media", "text", "text_file", NULL };
  static const char * const relay_known[] = { "name", "entity", "state_media", "words", NULL };
  static const char * const entity_known[] = { "id", "name", "kind", "aliases", "affiliation", "role", "notes", "x-gazetteer-id", "x-proposed", NULL };
  static const char * const event_known[] = { "id", "type", "date", "date_basis", "actors", "targets", "summary", "sources", "quotes", "status", "responds_to", "x-sentences", "x-merged-span", NULL };
  static const char * const date_known[] = { "start", "end", "precision", NULL };
  static const char * const basis_known[] = { "method", "words", "note", NULL };
  static const char * const quote_known[] = { "id", "source", "text", "start", "end", "speaker", "relayed_by", "attribution", "event", "gloss", "note", "x-other-events", NULL };
  static const char * const speaker_known[] = { "entity", "text", NULL };
  g_autoptr(GHashTable) sources = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) entities = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) events = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *array;
  JsonObject *extras, *taxonomy;

  self->n_inputs++;
  if (self->keeping_ids)
    {
      g_clear_pointer (&self->kept_title, g_free);
      g_clear_pointer (&self->kept_titles, g_ptr_array_unref);
      self->kept_title = g_strdup (str_member (root, "title"));
      self->kept_more = FALSE;
    }
  if ((array = array_member (root, "x-merged-titles")) != NULL)
    for (guint i = 0; i < json_array_get_length (array); i++)
      {
        const char *part = JSON_NODE_HOLDS_VALUE (json_array_get_element (array, i)) ?
                           json_array_get_string_element (array, i) : NULL;

        add_title (self, part);
        if (self->keeping_ids && part != NULL)
          {
            if (self->kept_titles == NULL)
              self->kept_titles = g_ptr_array_new_with_free_func (g_free);
            g_ptr_array_add (self->kept_titles, g_strdup (part));
          }
      }
  else
    add_title (self, str_member (root, "title"));
  if (json_object_has_member (root, "x-merged-titles-more") &&
      JSON_NODE_HOLDS_VALUE (json_object_get_member (root, "x-merged-titles-more")) &&
      json_object_get_boolean_member (root, "x-merged-titles-more"))
    {
      self->titles_more = TRUE;
      if (self->keeping_ids)
        self->kept_more = TRUE;
    }
  if (str_member (root, "description") != NULL)
    g_ptr_array_add (self->descriptions, dup_member (root, "description"));
  if ((extras = unknown_members (root, top_known)) != NULL)
    {
      g_autoptr(GList) members = json_object_get_members (extras);

      for (GList *l = members; l; l = l->next)
        {
          JsonNode *mine = json_object_get_member (self->extras, l->data);
          JsonNode *theirs = json_object_get_member (extras, l->data);
          g_autofree char *a = mine ? _json_node_canonical (mine) : NULL;
          g_autofree char *b = _json_node_canonical (theirs);

          if (mine == NULL || strcmp (b, a) < 0)
            json_object_set_member (self->extras, l->data, json_node_copy (theirs));
        }
      json_object_unref (extras);
    }
  if ((taxonomy = object_member (root, "taxonomy")) != NULL && (array = array_member (taxonomy, "event_types")) != NULL)
    for (guint i = 0; i < json_array_get_length (array); i++)
      {
        JsonNode *node = json_array_get_element (array, i);
        const char *id = JSON_NODE_HOLDS_OBJECT (node) ? str_member (json_node_get_object (node), "id") : NULL;
        JsonNode *mine;

        if (id == NULL)
          continue;
        mine = g_hash_table_lookup (self->types, id);
        if (mine != NULL)
          {
            g_autofree char *a = _json_node_canonical (mine);
            g_autofree char *b = _json_node_canonical (node);

            if (strcmp (b, a) >= 0)
              continue;
          }
        g_hash_table_insert (self->types, g_strdup (id), json_node_copy (node));
      }

  array = array_member (root, "sources");
  for (guint i = 0; array && i < json_array_get_length (array); i++)
    {
      JsonObject *o = json_array_get_object_element (array, i);
      MSource *s = _tautan_merge_add_source (self);
      JsonArray *relays = array_member (o, "relayed_from");
      TautanSource view;

      s->id = base_id (str_member (o, "id"));
      s->kept_id = self->keeping_ids ? dup_member (o, "id") : NULL;
      s->outlet = dup_member (o, "outlet");
      s->title = dup_member (o, "title");
      s->url = dup_member (o, "url");
      s->language = dup_member (o, "language");
      s->published = day_member (o, "published");
      s->published_note = dup_member (o, "published_note");
      s->relayed = g_strcmp0 (str_member (o, "origin"), "relayed") == 0;
      s->state_media = json_object_get_boolean_member_with_default (o, "state_media", FALSE);
      /* text read from a text_file is written inline */
      tautan_dataset_get_source (dataset, i, &view);
      s->text = g_strdup (view.text);
      s->extras = unknown_members (o, source_known);
      for (guint k = 0; relays && k < json_array_get_length (relays); k++)
        {
          JsonObject *ro = json_array_get_object_element (relays, k);
          MRelay *r = _tautan_merge_relay_new ();

          r->name = dup_member (ro, "name");
          r->words = dup_member (ro, "words");
          r->state_media = json_object_get_boolean_member_with_default (ro, "state_media", FALSE);
          r->extras = unknown_members (ro, relay_known);
          /* the entity: resolved below, once entities are read */
          if (str_member (ro, "entity") != NULL)
            r->entity = (MEntity *)(gpointer)g_strdup (str_member (ro, "entity"));
          g_ptr_array_add (s->relayed_from, r);
        }
      g_hash_table_insert (sources, (gpointer)str_member (o, "id"), s);
    }

  array = array_member (root, "entities");
  for (guint i = 0; array && i < json_array_get_length (array); i++)
    {
      JsonObject *o = json_array_get_object_element (array, i);
      MEntity *e = _tautan_merge_add_entity (self);
      JsonArray *aliases = array_member (o, "aliases");

      e->id = base_id (str_member (o, "id"));
      e->kept_id = self->keeping_ids ? dup_member (o, "id") : NULL;
      e->name = dup_member (o, "name");
      e->kind = parse_enum (str_member (o, "kind"), kind_names, TAUTAN_ENTITY_ORGANISATION);
      for (guint k = 0; aliases && k < json_array_get_length (aliases); k++)
        g_ptr_array_add (e->aliases, g_strdup (json_array_get_string_element (aliases, k)));
      e->role = dup_member (o, "role");
      e->notes = dup_member (o, "notes");
      e->gazetteer_id = dup_member (o, "x-gazetteer-id");
      e->proposed = json_object_get_boolean_member_with_default (o, "x-proposed", FALSE);
      e->extras = unknown_members (o, entity_known);
      g_hash_table_insert (entities, (gpointer)str_member (o, "id"), e);
    }
  for (guint i = 0; array && i < json_array_get_length (array); i++)
    {
      JsonObject *o = json_array_get_object_element (array, i);
      MEntity *e = g_hash_table_lookup (entities, str_member (o, "id"));

      if (str_member (o, "affiliation") != NULL)
        e->affiliation = g_hash_table_lookup (entities, str_member (o, "affiliation"));
    }
  {
    GHashTableIter iter;
    gpointer value;

    g_hash_table_iter_init (&iter, sources);
    while (g_hash_table_iter_next (&iter, NULL, &value))
      {
        MSource *s = value;

        for (guint k = 0; k < s->relayed_from->len; k++)
          {
            MRelay *r = g_ptr_array_index (s->relayed_from, k);
            char *id = (char *)(gpointer)r->entity;

            r->entity = id ? g_hash_table_lookup (entities, id) : NULL;
            g_free (id);
          }
      }
  }

  array = array_member (root, "events");
  for (guint i = 0; array && i < json_array_get_length (array); i++)
    {
      JsonObject *o = json_array_get_object_element (array, i);
      JsonObject *date = object_member (o, "date");
      JsonObject *basis = object_member (o, "date_basis");
      JsonObject *span = object_member (o, "x-merged-span");
      JsonArray *sentences = array_member (o, "x-sentences");
      MEvent *e = _tautan_merge_add_event (self);

      e->id = base_id (str_member (o, "id"));
      e->kept_id = self->keeping_ids ? dup_member (o, "id") : NULL;
      e->type = dup_member (o, "type");
      e->start = day_member (date, "start");
      e->end = day_member (date, "end");
      e->precision = parse_enum (str_member (date, "precision"), precision_names, TAUTAN_PRECISION_RANGE);
      e->date_extras = unknown_members (date, date_known);
      e->method = parse_enum (str_member (basis, "method"), method_names, TAUTAN_DATE_INFERRED);
      e->words = dup_member (basis, "words");
      e->note = dup_member (basis, "note");
      e->basis_extras = unknown_members (basis, basis_known);
      e->summary = dup_member (o, "summary");
      e->status = parse_enum (str_member (o, "status"), status_names, TAUTAN_STATUS_REPORTED);
      read_refs (e->actors, o, "actors", entities);
      read_refs (e->targets, o, "targets", entities);
      read_refs (e->sources, o, "sources", sources);
      if (span != NULL)
        {
          e->span_start = day_member (span, "start");
          e->span_end = day_member (span, "end");
        }
      for (guint k = 0; sentences && k < json_array_get_length (sentences); k++)
        {
          JsonObject *so = json_array_get_object_element (sentences, k);
          MSentence sentence;

          if (so == NULL || (sentence.source = g_hash_table_lookup (sources, str_member (so, "source") ?: "")) == NULL)
            continue;
          sentence.start = json_object_get_int_member_with_default (so, "start", 0);
          sentence.end = json_object_get_int_member_with_default (so, "end", 0);
          g_array_append_val (e->sentences, sentence);
          if (e->sentence_words == NULL && json_object_has_member (so, "words"))
            {
              e->sentence_words = g_ptr_array_new_with_free_func (g_free);
              for (guint j = 0; j + 1 < e->sentences->len; j++)
                g_ptr_array_add (e->sentence_words, g_strdup (e->words));
            }
          if (e->sentence_words != NULL)
            g_ptr_array_add (e->sentence_words, g_strdup (str_member (so, "words") ?: e->words));
        }
      e->extras = unknown_members (o, event_known);
      g_hash_table_insert (events, (gpointer)str_member (o, "id"), e);
    }
  for (guint i = 0; array && i < json_array_get_length (array); i++)
    {
      JsonObject *o = json_array_get_object_element (array, i);
      MEvent *e = g_hash_table_lookup (events, str_member (o, "id"));
      MEvent *other = str_member (o, "responds_to") ? g_hash_table_lookup (events, str_member (o, "responds_to")) : NULL;

      if (other != NULL)
        g_ptr_array_add (e->responds_to, other);
    }

  array = array_member (root, "quotes");
  for (guint i = 0; array && i < json_array_get_length (array); i++)
    {
      JsonObject *o = json_array_get_object_element (array, i);
      JsonObject *speaker = object_member (o, "speaker");
      MQuote *q = _tautan_merge_add_quote (self);
      MEvent *event;

      q->id = base_id (str_member (o, "id"));
      q->kept_id = self->keeping_ids ? dup_member (o, "id") : NULL;
      q->source = g_hash_table_lookup (sources, str_member (o, "source"));
      q->text = dup_member (o, "text");
      q->start = json_object_get_int_member_with_default (o, "start", 0);
      q->end = json_object_get_int_member_with_default (o, "end", 0);
      if (speaker != NULL && str_member (speaker, "entity") != NULL)
        q->speaker = g_hash_table_lookup (entities, str_member (speaker, "entity"));
      else if (speaker != NULL)
        q->speaker_text = dup_member (speaker, "text");
      q->speaker_extras = speaker ? unknown_members (speaker, speaker_known) : NULL;
      read_refs (q->relayed_by, o, "relayed_by", entities);
      q->certain = g_strcmp0 (str_member (o, "attribution"), "uncertain") != 0;
      if (str_member (o, "event") != NULL && (event = g_hash_table_lookup (events, str_member (o, "event"))) != NULL)
        g_ptr_array_add (q->events, event);
      read_refs (q->events, o, "x-other-events", events);
      q->gloss = dup_member (o, "gloss");
      q->note = dup_member (o, "note");
      q->extras = unknown_members (o, quote_known);
    }
}

/**
 * tautan_merge_add_dataset:
 *
 * Adds every record of a loaded (so valid) dataset.
 */
gboolean
tautan_merge_add_dataset (TautanMerge    *self,
                          TautanDataset  *dataset,
                          GError        **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *json = NULL;
  gsize len;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (TAUTAN_IS_DATASET (dataset), FALSE);

  json = tautan_dataset_to_json (dataset, &len);
  if (!json_parser_load_from_data (parser, json, len, error))
    return FALSE;
  read_document (self, json_node_get_object (json_parser_get_root (parser)), dataset);
  return TRUE;
}

/**
 * tautan_merge_add_dataset_kept:
 *
 * Adds every record of @dataset, the dataset merged into (the window's,
 * under File › Import Articles…): a merged record that holds one of its
 * records keeps that record's id, whatever the others', so saved views,
 * pins and links that name it stay good; a record of another input that
 * would take the same id gets a "~" suffix instead. Only one dataset of
 * a merge may be added so. Its title stays the merge's (unless the
 * caller sets one), with the titles it was made of, written back as
 * x-merged-titles as a merge of files writes them. A merge of files (`tautan merge`) adds none so
 * and keeps its rule, which does not depend on order.
 */
gboolean
tautan_merge_add_dataset_kept (TautanMerge    *self,
                               TautanDataset  *dataset,
                               GError        **error)
{
  gboolean ok;

  g_return_val_if_fail (self != NULL, FALSE);

  self->keeping_ids = TRUE;
  ok = tautan_merge_add_dataset (self, dataset, error);
  self->keeping_ids = FALSE;
  return ok;
}

/**
 * tautan_merge_add_json:
 * @data: a dataset, format version 1
 * @display_name: its name in messages
 *
 * Checks @data as `tautan validate` does, then adds its records.
 *
 * Returns: %FALSE with every problem in @error when @data is not a valid dataset
 */
gboolean
tautan_merge_add_json (TautanMerge  *self,
                       const char   *data,
                       gsize         len,
                       const char   *display_name,
                       GError      **error)
{
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(TautanDataset) dataset = NULL;

  g_return_val_if_fail (self != NULL, FALSE);

  dataset = tautan_dataset_load_data (data, len, display_name, NULL, &diagnostics, &local_error);
  if (dataset == NULL)
    {
      g_autofree char *text = NULL;

      if (diagnostics != NULL && diagnostics->len > 0)
        text = tautan_diagnostics_format (diagnostics, 10);
      else
        text = g_strdup_printf ("%s: error: %s", display_name, local_error ? local_error->message : "not a dataset");
      g_set_error_literal (error, TAUTAN_DATASET_ERROR, TAUTAN_DATASET_ERROR_INVALID, text);
      return FALSE;
    }
  return tautan_merge_add_dataset (self, dataset, error);
}

/* ---- unifying ---- */

typedef struct _OSource OSource;
typedef struct _OEntity OEntity;
typedef struct _OEvent  OEvent;
typedef struct _OQuote  OQuote;

struct _OSource
{
  GPtrArray  *members;     /* MSource */
  char       *final_id;
};

struct _OEntity
{
  GPtrArray        *members;   /* MEntity */
  char             *final_id;
  const char       *name;
  TautanEntityKind  kind;
  gboolean          proposed;
  const char       *gazetteer_id;
  GPtrArray        *aliases;   /* const char *, sorted */
  OEntity          *affiliation;
  const char       *role;
  const char       *notes;
  JsonObject       *extras;
};

typedef struct
{
  OSource    *source;
  guint       start;
  guint       end;
  const char *words;   /* nullable: the date's words read from it */
} OSentence;

struct _OEvent
{
  GPtrArray  *members;     /* MEvent */
  char       *final_id;
  char       *group_key;
  MEvent     *best;        /* whose date, basis and summary are kept */
  TautanStatus status;
  GPtrArray  *actors;      /* OEntity */
  GPtrArray  *targets;
  GPtrArray  *sources;     /* OSource */
  GPtrArray  *quotes;      /* OQuote */
  OEvent     *responds_to;
  GArray     *sentences;   /* OSentence */
  TautanDay   hull_start;
  TautanDay   hull_end;
  JsonObject *extras;
  JsonObject *date_extras;
  JsonObject *basis_extras;
};

struct _OQuote
{
  GPtrArray  *members;     /* MQuote */
  char       *final_id;
  OSource    *source;
  MQuote     *speaker_from;
  OEntity    *speaker;
  GPtrArray  *relayed_by;  /* OEntity */
  OEvent     *event;
  GPtrArray  *other_events;
  const char *gloss;
  const char *note;
  JsonObject *extras;
  JsonObject *speaker_extras;
};

typedef struct
{
  TautanMerge *merge;
  GPtrArray   *sources;    /* OSource */
  GPtrArray   *entities;   /* OEntity */
  GPtrArray   *events;     /* OEvent */
  GPtrArray   *quotes;     /* OQuote */
  GHashTable  *source_of;  /* MSource -> OSource */
  GHashTable  *entity_of;
  GHashTable  *event_of;
} Canon;

static void
osource_free (gpointer data)
{
  OSource *o = data;

  g_ptr_array_unref (o->members);
  g_free (o->final_id);
  g_free (o);
}

static void
oentity_free (gpointer data)
{
  OEntity *o = data;

  g_ptr_array_unref (o->members);
  g_ptr_array_unref (o->aliases);
  g_clear_pointer (&o->extras, json_object_unref);
  g_free (o->final_id);
  g_free (o);
}

static void
oevent_free (gpointer data)
{
  OEvent *o = data;

  g_ptr_array_unref (o->members);
  g_ptr_array_unref (o->actors);
  g_ptr_array_unref (o->targets);
  g_ptr_array_unref (o->sources);
  g_ptr_array_unref (o->quotes);
  g_array_unref (o->sentences);
  g_clear_pointer (&o->extras, json_object_unref);
  g_clear_pointer (&o->date_extras, json_object_unref);
  g_clear_pointer (&o->basis_extras, json_object_unref);
  g_free (o->final_id);
  g_free (o->group_key);
  g_free (o);
}

static void
oquote_free (gpointer data)
{
  OQuote *o = data;

  g_ptr_array_unref (o->members);
  g_ptr_array_unref (o->relayed_by);
  g_ptr_array_unref (o->other_events);
  g_clear_pointer (&o->extras, json_object_unref);
  g_clear_pointer (&o->speaker_extras, json_object_unref);
  g_free (o->final_id);
  g_free (o);
}

static void
canon_clear (Canon *c)
{
  g_clear_pointer (&c->quotes, g_ptr_array_unref);
  g_clear_pointer (&c->events, g_ptr_array_unref);
  g_clear_pointer (&c->entities, g_ptr_array_unref);
  g_clear_pointer (&c->sources, g_ptr_array_unref);
  g_clear_pointer (&c->source_of, g_hash_table_unref);
  g_clear_pointer (&c->entity_of, g_hash_table_unref);
  g_clear_pointer (&c->event_of, g_hash_table_unref);
}

static int
cmp_str (const char *a,
         const char *b)
{
  /* NULL after any string: a value beats no value */
  if (a == NULL || b == NULL)
    return (a == NULL) - (b == NULL);
  return strcmp (a, b);
}

static void
merge_extras (JsonObject **into,
              JsonObject  *from)
{
  g_autoptr(GList) members = NULL;

  if (from == NULL)
    return;
  if (*into == NULL)
    *into = json_object_new ();
  members = json_object_get_members (from);
  for (GList *l = members; l; l = l->next)
    {
      JsonNode *mine = json_object_get_member (*into, l->data);
      JsonNode *theirs = json_object_get_member (from, l->data);

      if (mine != NULL)
        {
          g_autofree char *a = _json_node_canonical (mine);
          g_autofree char *b = _json_node_canonical (theirs);

          if (strcmp (b, a) >= 0)
            continue;
        }
      json_object_set_member (*into, l->data, json_node_copy (theirs));
    }
}

/* Final ids: a kept id where a member has one, else the smallest
 * member id; and a content hash where two records would still share one
 * (never on a kept id). */
static void
assign_ids (GPtrArray   *records,
            char      *(*base_of) (gpointer record, gboolean *kept),
            char      *(*content_of) (gpointer record),
            char     **(*field_of) (gpointer record))
{
  g_autoptr(GHashTable) count = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) bases = g_ptr_array_new_with_free_func (g_free);
  g_autofree gboolean *kept = g_new0 (gboolean, MAX (records->len, 1));

  for (guint i = 0; i < records->len; i++)
    {
      char *base = base_of (g_ptr_array_index (records, i), &kept[i]);

      g_ptr_array_add (bases, base);
      g_hash_table_insert (count, base, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (count, base)) + 1));
    }
  for (guint i = 0; i < records->len; i++)
    {
      gpointer record = g_ptr_array_index (records, i);
      const char *base = g_ptr_array_index (bases, i);
      char **field = field_of (record);

      if (!kept[i] && GPOINTER_TO_UINT (g_hash_table_lookup (count, base)) > 1)
        {
          g_autofree char *content = content_of (record);
          g_autofree char *sum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, content, -1);

          *field = g_strdup_printf ("%s~%.8s", base, sum);
        }
      else
        *field = g_strdup (base);
    }
}

/* The smallest kept id of @members (records starting with id, kept_id),
 * or NULL. */
static const char *
min_kept_id (GPtrArray *members)
{
  const char *id = NULL;

  for (guint i = 0; i < members->len; i++)
    {
      const char *k = ((char **)g_ptr_array_index (members, i))[1];

      if (k != NULL && (id == NULL || strcmp (k, id) < 0))
        id = k;
    }
  return id;
}

#define MIN_MEMBER_ID(Type) \
  static char * \
  Type##_base (gpointer record, \
               gboolean *kept) \
  { \
    Type *o = record; \
    const char *id = min_kept_id (o->members); \
    *kept = id != NULL; \
    for (guint i = 0; !*kept && i < o->members->len; i++) \
      { \
        const char *m = *(char **)g_ptr_array_index (o->members, i); \
        if (id == NULL || strcmp (m, id) < 0) \
          id = m; \
      } \
    return g_strdup (id); \
  } \
  static char ** \
  Type##_final (gpointer record) \
  { \
    return &((Type *)record)->final_id; \
  }

/* Every record struct starts with its id. */
G_STATIC_ASSERT (G_STRUCT_OFFSET (MSource, id) == 0);
G_STATIC_ASSERT (G_STRUCT_OFFSET (MEntity, id) == 0);
G_STATIC_ASSERT (G_STRUCT_OFFSET (MEvent, id) == 0);
G_STATIC_ASSERT (G_STRUCT_OFFSET (MQuote, id) == 0);
G_STATIC_ASSERT (G_STRUCT_OFFSET (MSource, kept_id) == sizeof (char *));
G_STATIC_ASSERT (G_STRUCT_OFFSET (MEntity, kept_id) == sizeof (char *));
G_STATIC_ASSERT (G_STRUCT_OFFSET (MEvent, kept_id) == sizeof (char *));
G_STATIC_ASSERT (G_STRUCT_OFFSET (MQuote, kept_id) == sizeof (char *));

MIN_MEMBER_ID (OSource)
MIN_MEMBER_ID (OEvent)
MIN_MEMBER_ID (OQuote)

static char *
OEntity_base (gpointer record,
              gboolean *kept)
{
  OEntity *o = record;
  const char *id = min_kept_id (o->members);

  /* the dataset merged into keeps its ids; else an entity the gazetteer
   * knows keeps the gazetteer's id */
  *kept = id != NULL;
  if (id != NULL)
    return g_strdup (id);
  if (o->gazetteer_id != NULL)
    return g_strdup (o->gazetteer_id);
  for (guint i = 0; i < o->members->len; i++)
    {
      MEntity *m = g_ptr_array_index (o->members, i);

      if (id == NULL || strcmp (m->id, id) < 0)
        id = m->id;
    }
  return g_strdup (id);
}

static char **
OEntity_final (gpointer record)
{
  return &((OEntity *)record)->final_id;
}

static char *
source_content (gpointer record)
{
  MSource *m = g_ptr_array_index (((OSource *)record)->members, 0);

  return g_strconcat (m->url ? m->url : "", "\x1f", m->text, NULL);
}

static char *
entity_content (gpointer record)
{
  OEntity *o = record;
  g_autofree char *norm = _tautan_normalise_name (o->name, -1);

  return g_strdup_printf ("%s:%s", kind_names[o->kind], norm);
}

static char *
event_content (gpointer record)
{
  OEvent *o = record;

  return g_strdup_printf ("%s|%d|%d", o->group_key, o->hull_start, o->hull_end);
}

static char *
quote_content (gpointer record)
{
  OQuote *o = record;
  MQuote *m = g_ptr_array_index (o->members, 0);

  return g_strdup_printf ("%s:%u:%u", o->source->final_id, m->start, m->end);
}

static void
canon_sources (Canon *c)
{
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < c->merge->sources->len; i++)
    {
      MSource *m = g_ptr_array_index (c->merge->sources, i);
      char *key;
      OSource *o;

      /* one source (an extraction written out) is one record: its key,
       * the whole text, need not be built nor hashed */
      if (c->merge->sources->len == 1)
        {
          o = g_new0 (OSource, 1);
          o->members = g_ptr_array_new ();
          g_ptr_array_add (c->sources, o);
          g_ptr_array_add (o->members, m);
          g_hash_table_insert (c->source_of, m, o);
          break;
        }
      key = g_strconcat (m->url ? m->url : "", "\x1f", m->text, NULL);
      o = g_hash_table_lookup (by_key, key);

      if (o == NULL)
        {
          o = g_new0 (OSource, 1);
          o->members = g_ptr_array_new ();
          g_ptr_array_add (c->sources, o);
          g_hash_table_insert (by_key, key, o);
        }
      else
        g_free (key);
      g_ptr_array_add (o->members, m);
      g_hash_table_insert (c->source_of, m, o);
    }
  assign_ids (c->sources, OSource_base, source_content, OSource_final);
}

static guint
uf_find (guint *parent,
         guint  i)
{
  while (parent[i] != i)
    {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
  return i;
}

/* The names an entity is unified by: a one-word alias of a person
 * ("Kim", "Lee") would join different people, so it counts for nothing.
 * The single extraction's direct writer asks the same to know whether a
 * merge would unify anything. */
void
_tautan_merge_entity_keys (TautanEntityKind         kind,
                           const char              *gazetteer_id,
                           const char              *name,
                           const char * const      *aliases,
                           guint                    n_aliases,
                           GPtrArray               *keys)
{
  const char *kind_name = kind_names[kind];

  if (gazetteer_id != NULL)
    g_ptr_array_add (keys, g_strconcat ("g:", gazetteer_id, NULL));
  for (guint i = 0; i <= n_aliases; i++)
    {
      g_autofree char *norm = _tautan_normalise_name (i == 0 ? name : aliases[i - 1], -1);

      if (*norm == '\0' || (i > 0 && kind == TAUTAN_ENTITY_PERSON && strchr (norm, ' ') == NULL))
        continue;
      g_ptr_array_add (keys, g_strconcat (kind_name, ":", norm, NULL));
    }
}

static void
canon_entities (Canon *c)
{
  GPtrArray *all = c->merge->entities;
  g_autofree guint *parent = g_new (guint, MAX (all->len, 1));
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree OEntity **of_root = g_new0 (OEntity *, MAX (all->len, 1));

  for (guint i = 0; i < all->len; i++)
    parent[i] = i;
  for (guint i = 0; i < all->len; i++)
    {
      MEntity *e = g_ptr_array_index (all, i);
      g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);

      _tautan_merge_entity_keys (e->kind, e->gazetteer_id, e->name,
                                 (const char * const *)e->aliases->pdata, e->aliases->len, keys);
      for (guint k = 0; k < keys->len; k++)
        {
          gpointer other;

          if (g_hash_table_lookup_extended (by_key, g_ptr_array_index (keys, k), NULL, &other))
            {
              guint a = uf_find (parent, i), b = uf_find (parent, GPOINTER_TO_UINT (other));

              if (a != b)
                parent[MAX (a, b)] = MIN (a, b);
            }
          else
            g_hash_table_insert (by_key, g_strdup (g_ptr_array_index (keys, k)), GUINT_TO_POINTER (i));
        }
    }

  for (guint i = 0; i < all->len; i++)
    {
      MEntity *m = g_ptr_array_index (all, i);
      guint root = uf_find (parent, i);
      OEntity *o = of_root[root];

      if (o == NULL)
        {
          o = of_root[root] = g_new0 (OEntity, 1);
          o->members = g_ptr_array_new ();
          o->aliases = g_ptr_array_new ();
          o->kind = m->kind;
          o->proposed = TRUE;
          g_ptr_array_add (c->entities, o);
        }
      g_ptr_array_add (o->members, m);
      g_hash_table_insert (c->entity_of, m, o);
    }

  for (guint i = 0; i < c->entities->len; i++)
    {
      OEntity *o = g_ptr_array_index (c->entities, i);
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
      gboolean name_proposed = TRUE;

      for (guint k = 0; k < o->members->len; k++)
        {
          MEntity *m = g_ptr_array_index (o->members, k);

          o->proposed &= m->proposed;
          if (cmp_str (m->gazetteer_id, o->gazetteer_id) < 0)
            o->gazetteer_id = m->gazetteer_id;
          /* a known name before a proposed one, then the smallest */
          if (o->name == NULL || (name_proposed && !m->proposed)
              || (name_proposed == m->proposed && strcmp (m->name, o->name) < 0))
            {
              o->name = m->name;
              name_proposed = m->proposed;
            }
          if (cmp_str (m->role, o->role) < 0)
            o->role = m->role;
          if (cmp_str (m->notes, o->notes) < 0)
            o->notes = m->notes;
          merge_extras (&o->extras, m->extras);
        }
      for (guint k = 0; k < o->members->len; k++)
        {
          MEntity *m = g_ptr_array_index (o->members, k);

          for (guint a = 0; a <= m->aliases->len; a++)
            {
              const char *alias = a == 0 ? m->name : g_ptr_array_index (m->aliases, a - 1);

              if (strcmp (alias, o->name) != 0 && !g_hash_table_contains (seen, alias))
                {
                  g_hash_table_add (seen, (gpointer)alias);
                  g_ptr_array_add (o->aliases, (gpointer)alias);
                }
            }
        }
      g_ptr_array_sort (o->aliases, _tautan_compare_string_ptrs);
    }
  assign_ids (c->entities, OEntity_base, entity_content, OEntity_final);

  /* affiliations: the smallest id among the members' */
  for (guint i = 0; i < c->entities->len; i++)
    {
      OEntity *o = g_ptr_array_index (c->entities, i);

      for (guint k = 0; k < o->members->len; k++)
        {
          MEntity *m = g_ptr_array_index (o->members, k);
          OEntity *aff = m->affiliation ? g_hash_table_lookup (c->entity_of, m->affiliation) : NULL;

          if (aff != NULL && aff != o && (o->affiliation == NULL || strcmp (aff->final_id, o->affiliation->final_id) < 0))
            o->affiliation = aff;
        }
    }
}

static int
compare_oentities (gconstpointer a,
                   gconstpointer b)
{
  return strcmp ((*(OEntity * const *)a)->final_id, (*(OEntity * const *)b)->final_id);
}

static GPtrArray *
entity_set (Canon     *c,
            GPtrArray *members,
            GPtrArray *exclude)
{
  GPtrArray *out = g_ptr_array_new ();

  for (guint i = 0; i < members->len; i++)
    {
      OEntity *o = g_hash_table_lookup (c->entity_of, g_ptr_array_index (members, i));
      gboolean skip = o == NULL;

      for (guint k = 0; !skip && k < out->len; k++)
        skip = g_ptr_array_index (out, k) == o;
      for (guint k = 0; !skip && exclude && k < exclude->len; k++)
        skip = g_ptr_array_index (exclude, k) == o;
      if (!skip)
        g_ptr_array_add (out, o);
    }
  g_ptr_array_sort (out, compare_oentities);
  return out;
}

static int
precision_rank (TautanPrecision p)
{
  return (int)p;
}

/* The most precise date wins, then the narrowest, then the earliest, then
 * the best basis; the summary goes with it. */
static int
compare_dates (const MEvent *a,
               const MEvent *b)
{
  int r;

  if ((r = precision_rank (a->precision) - precision_rank (b->precision)) != 0)
    return r;
  if ((r = (a->end - a->start) - (b->end - b->start)) != 0)
    return r;
  if ((r = a->start - b->start) != 0)
    return r;
  if ((r = (int)a->method - (int)b->method) != 0)
    return r;
  if ((r = cmp_str (a->words, b->words)) != 0)
    return r;
  if ((r = cmp_str (a->note, b->note)) != 0)
    return r;
  return cmp_str (a->summary, b->summary);
}

static int
status_rank (TautanStatus s)
{
  switch (s)
    {
    case TAUTAN_STATUS_CLAIMED: return 0;
    case TAUTAN_STATUS_REPORTED: return 1;
    case TAUTAN_STATUS_DENIED: return 2;
    case TAUTAN_STATUS_CONFIRMED: return 3;
    case TAUTAN_N_STATUSES:
    default: return 1;
    }
}

typedef struct
{
  MEvent   *event;
  TautanDay start;
  TautanDay end;
} Hull;

static int
compare_hulls (gconstpointer a,
               gconstpointer b)
{
  const Hull *x = a, *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end < y->end ? -1 : 1;
  return strcmp (x->event->id, y->event->id);
}

static void
add_source_once (GPtrArray *sources,
                 OSource   *o)
{
  for (guint i = 0; i < sources->len; i++)
    if (g_ptr_array_index (sources, i) == o)
      return;
  g_ptr_array_add (sources, o);
}

static const char *
sentence_words (MEvent *m,
                guint   k)
{
  const char *words = m->sentence_words != NULL ? g_ptr_array_index (m->sentence_words, k) : m->words;

  /* no words and "" say the same */
  return words != NULL && *words != '\0' ? words : NULL;
}

/* @text from character @offset, or NULL past its end. Every event's
 * sentence is looked up from the start of its article's text: ASCII is
 * stepped over eight bytes at a time. */
static const char *
utf8_at (const char *text,
         guint       offset)
{
  const char *end = text + strlen (text);

  while (offset > 0 && text < end)
    {
      const char *high = _tautan_utf8_skip_ascii (text, text + MIN ((gsize)offset, (gsize)(end - text)));

      offset -= high - text;
      text = high;
      if (offset > 0 && text < end)
        {
          text = g_utf8_next_char (text);
          offset--;
        }
    }
  return offset == 0 ? text : NULL;
}

/* The words of @m's @k-th sentence and its date's words: the same report,
 * wherever it was published; NULL if the sentence is not in its source. */
static char *
sentence_key (MEvent *m,
              guint   k)
{
  MSentence *ms = &g_array_index (m->sentences, MSentence, k);
  const char *start, *end;

  if (ms->source->text == NULL || ms->end <= ms->start
      || (start = utf8_at (ms->source->text, ms->start)) == NULL
      || (end = utf8_at (start, ms->end - ms->start)) == NULL)
    return NULL;
  return g_strdup_printf ("%.*s\x1f%s", (int)(end - start), start, sentence_words (m, k) ?: "");
}

static void
finish_event (Canon  *c,
              OEvent *o)
{
  for (guint i = 0; i < o->members->len; i++)
    {
      MEvent *m = g_ptr_array_index (o->members, i);

      if (o->best == NULL || compare_dates (m, o->best) < 0)
        o->best = m;
      if (i == 0 || status_rank (m->status) > status_rank (o->status))
        o->status = m->status;
      for (guint k = 0; k < m->sources->len; k++)
        add_source_once (o->sources, g_hash_table_lookup (c->source_of, g_ptr_array_index (m->sources, k)));
      for (guint k = 0; k < m->sentences->len; k++)
        {
          MSentence *ms = &g_array_index (m->sentences, MSentence, k);
          OSentence os = { g_hash_table_lookup (c->source_of, ms->source), ms->start, ms->end,
                           sentence_words (m, k) };
          gboolean seen = FALSE;

          for (guint j = 0; j < o->sentences->len && !seen; j++)
            {
              OSentence *x = &g_array_index (o->sentences, OSentence, j);

              seen = x->source == os.source && x->start == os.start && x->end == os.end
                     && g_strcmp0 (x->words, os.words) == 0;
            }
          if (!seen)
            g_array_append_val (o->sentences, os);
        }
      merge_extras (&o->extras, m->extras);
      merge_extras (&o->date_extras, m->date_extras);
      merge_extras (&o->basis_extras, m->basis_extras);
    }
}

static void
canon_events (Canon *c)
{
  g_autoptr(GHashTable) groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_array_unref);
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key;

  for (guint i = 0; i < c->merge->events->len; i++)
    {
      MEvent *m = g_ptr_array_index (c->merge->events, i);
      g_autoptr(GPtrArray) actors = entity_set (c, m->actors, NULL);
      g_autoptr(GPtrArray) targets = entity_set (c, m->targets, actors);
      GString *k = g_string_new (m->type);
      GArray *list;
      Hull h = { m, m->start, m->end };

      g_string_append_c (k, '|');
      for (guint j = 0; j < actors->len; j++)
        g_string_append_printf (k, "%s%s", j ? "," : "", ((OEntity *)g_ptr_array_index (actors, j))->final_id);
      g_string_append_c (k, '|');
      for (guint j = 0; j < targets->len; j++)
        g_string_append_printf (k, "%s%s", j ? "," : "", ((OEntity *)g_ptr_array_index (targets, j))->final_id);
      if (m->span_start != TAUTAN_DAY_NONE && m->span_end != TAUTAN_DAY_NONE)
        {
          h.start = MIN (m->span_start, m->start);
          h.end = MAX (m->span_end, m->end);
        }
      list = g_hash_table_lookup (groups, k->str);
      if (list == NULL)
        {
          list = g_array_new (FALSE, FALSE, sizeof (Hull));
          g_hash_table_insert (groups, g_strdup (k->str), list);
        }
      g_array_append_val (list, h);
      g_string_free (k, TRUE);
    }

  g_hash_table_iter_init (&iter, groups);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (keys, key);
  g_ptr_array_sort (keys, _tautan_compare_string_ptrs);

  /* Within a group, events read from the same sentence with the same date
   * words are one report; then unions whose hulls overlap chain into one
   * event, each union's hull taken whole, as x-merged-span keeps it, so
   * that no grouping of the inputs can split or join differently. */
  for (guint g = 0; g < keys->len; g++)
    {
      GArray *list = g_hash_table_lookup (groups, g_ptr_array_index (keys, g));
      g_autoptr(GHashTable) by_sentence = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_autofree guint *parent = NULL;
      g_autofree TautanDay *span_end = NULL;
      g_autofree OEvent **of_root = NULL;
      guint current = G_MAXUINT;

      g_array_sort (list, compare_hulls);
      parent = g_new (guint, list->len);
      span_end = g_new (TautanDay, list->len);
      of_root = g_new0 (OEvent *, list->len);
      for (guint i = 0; i < list->len; i++)
        parent[i] = i;
      for (guint i = 0; i < list->len; i++)
        {
          MEvent *m = g_array_index (list, Hull, i).event;

          for (guint k = 0; k < m->sentences->len; k++)
            {
              char *sentence = sentence_key (m, k);
              gpointer other;

              if (sentence == NULL)
                continue;
              if (g_hash_table_lookup_extended (by_sentence, sentence, NULL, &other))
                {
                  guint a = uf_find (parent, i), b = uf_find (parent, GPOINTER_TO_UINT (other));

                  if (a != b)
                    parent[MAX (a, b)] = MIN (a, b);
                  g_free (sentence);
                }
              else
                g_hash_table_insert (by_sentence, sentence, GUINT_TO_POINTER (i));
            }
        }

      /* A root is its union's first hull in start order: the roots in
       * order sweep the unions by their start. */
      for (guint i = 0; i < list->len; i++)
        {
          guint r = uf_find (parent, i);
          TautanDay end = g_array_index (list, Hull, i).end;

          span_end[r] = r == i ? end : MAX (span_end[r], end);
        }
      for (guint i = 0; i < list->len; i++)
        {
          if (uf_find (parent, i) != i)
            continue;
          if (current == G_MAXUINT || g_array_index (list, Hull, i).start > span_end[current])
            current = i;
          else
            {
              parent[i] = current;
              span_end[current] = MAX (span_end[current], span_end[i]);
            }
        }

      for (guint i = 0; i < list->len; i++)
        {
          Hull *h = &g_array_index (list, Hull, i);
          guint r = uf_find (parent, i);
          OEvent *o = of_root[r];

          if (o == NULL)
            {
              MEvent *first = h->event;

              o = of_root[r] = g_new0 (OEvent, 1);
              o->members = g_ptr_array_new ();
              o->group_key = g_strdup (g_ptr_array_index (keys, g));
              o->actors = entity_set (c, first->actors, NULL);
              o->targets = entity_set (c, first->targets, o->actors);
              o->sources = g_ptr_array_new ();
              o->quotes = g_ptr_array_new ();
              o->sentences = g_array_new (FALSE, FALSE, sizeof (OSentence));
              o->hull_start = h->start;
              o->hull_end = h->end;
              g_ptr_array_add (c->events, o);
            }
          o->hull_end = MAX (o->hull_end, h->end);
          g_ptr_array_add (o->members, h->event);
          g_hash_table_insert (c->event_of, h->event, o);
        }
    }

  for (guint i = 0; i < c->events->len; i++)
    finish_event (c, g_ptr_array_index (c->events, i));
  assign_ids (c->events, OEvent_base, event_content, OEvent_final);

  /* what a denial answers: the smallest id among the members' */
  for (guint i = 0; i < c->events->len; i++)
    {
      OEvent *o = g_ptr_array_index (c->events, i);

      for (guint k = 0; k < o->members->len; k++)
        {
          MEvent *m = g_ptr_array_index (o->members, k);

          for (guint j = 0; j < m->responds_to->len; j++)
            {
              OEvent *r = g_hash_table_lookup (c->event_of, g_ptr_array_index (m->responds_to, j));

              if (r != NULL && r != o && (o->responds_to == NULL || strcmp (r->final_id, o->responds_to->final_id) < 0))
                o->responds_to = r;
            }
        }
    }
}

static int
compare_oevents (gconstpointer a,
                 gconstpointer b)
{
  return strcmp ((*(OEvent * const *)a)->final_id, (*(OEvent * const *)b)->final_id);
}

static char *
relay_list_key (GPtrArray *list)
{
  GString *s = g_string_new (list->len == 0 ? "1" : "0");

  for (guint i = 0; i < list->len; i++)
    g_string_append_printf (s, "|%s", ((OEntity *)g_ptr_array_index (list, i))->final_id);
  return g_string_free (s, FALSE);
}

static void
canon_quotes (Canon *c)
{
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < c->merge->quotes->len; i++)
    {
      MQuote *m = g_ptr_array_index (c->merge->quotes, i);
      OSource *source = g_hash_table_lookup (c->source_of, m->source);
      char *key = g_strdup_printf ("%s:%u:%u", source->final_id, m->start, m->end);
      OQuote *o = g_hash_table_lookup (by_key, key);

      if (o == NULL)
        {
          o = g_new0 (OQuote, 1);
          o->members = g_ptr_array_new ();
          o->source = source;
          o->relayed_by = g_ptr_array_new ();
          o->other_events = g_ptr_array_new ();
          g_ptr_array_add (c->quotes, o);
          g_hash_table_insert (by_key, key, o);
        }
      else
        g_free (key);
      g_ptr_array_add (o->members, m);
    }
  assign_ids (c->quotes, OQuote_base, quote_content, OQuote_final);

  for (guint i = 0; i < c->quotes->len; i++)
    {
      OQuote *o = g_ptr_array_index (c->quotes, i);
      g_autofree char *speaker_key = NULL;
      g_autofree char *relay_key = NULL;
      g_autoptr(GPtrArray) events = g_ptr_array_new ();

      for (guint k = 0; k < o->members->len; k++)
        {
          MQuote *m = g_ptr_array_index (o->members, k);
          OEntity *speaker = m->speaker ? g_hash_table_lookup (c->entity_of, m->speaker) : NULL;
          g_autofree char *skey = g_strdup_printf ("%d|%s|%s", m->certain ? 0 : 1,
                                                   speaker ? speaker->final_id : "~",
                                                   m->speaker_text ? m->speaker_text : "");
          g_autoptr(GPtrArray) relays = g_ptr_array_new ();
          g_autofree char *rkey = NULL;

          /* nearest first: the order of the list chosen is kept */
          for (guint j = 0; j < m->relayed_by->len; j++)
            {
              OEntity *r = g_hash_table_lookup (c->entity_of, g_ptr_array_index (m->relayed_by, j));
              gboolean seen = r == speaker;

              for (guint x = 0; x < relays->len && !seen; x++)
                seen = g_ptr_array_index (relays, x) == r;
              if (!seen)
                g_ptr_array_add (relays, r);
            }
          rkey = relay_list_key (relays);

          if (speaker_key == NULL || strcmp (skey, speaker_key) < 0)
            {
              g_free (speaker_key);
              speaker_key = g_steal_pointer (&skey);
              o->speaker_from = m;
              o->speaker = speaker;
            }
          if (relay_key == NULL || strcmp (rkey, relay_key) < 0)
            {
              g_free (relay_key);
              relay_key = g_steal_pointer (&rkey);
              g_ptr_array_set_size (o->relayed_by, 0);
              g_ptr_array_extend (o->relayed_by, relays, NULL, NULL);
            }
          if (cmp_str (m->gloss, o->gloss) < 0)
            o->gloss = m->gloss;
          if (cmp_str (m->note, o->note) < 0)
            o->note = m->note;
          merge_extras (&o->extras, m->extras);
          merge_extras (&o->speaker_extras, m->speaker_extras);
          for (guint j = 0; j < m->events->len; j++)
            {
              OEvent *e = g_hash_table_lookup (c->event_of, g_ptr_array_index (m->events, j));
              gboolean seen = e == NULL;

              for (guint x = 0; x < events->len && !seen; x++)
                seen = g_ptr_array_index (events, x) == e;
              if (!seen)
                g_ptr_array_add (events, e);
            }
        }
      /* The speaker must not relay his own words. */
      g_ptr_array_remove (o->relayed_by, o->speaker);

      /* A quote supports one event: the smallest id; the others are kept
       * (x-other-events) so a later merge decides the same. The event must
       * list the quote's source. */
      g_ptr_array_sort (events, compare_oevents);
      for (guint j = 0; j < events->len; j++)
        {
          OEvent *e = g_ptr_array_index (events, j);

          if (o->event == NULL)
            {
              o->event = e;
              g_ptr_array_add (e->quotes, o);
              add_source_once (e->sources, o->source);
            }
          else
            g_ptr_array_add (o->other_events, e);
        }
    }
}

/* ---- writing ---- */

static int
compare_osources (gconstpointer a,
                  gconstpointer b)
{
  return strcmp ((*(OSource * const *)a)->final_id, (*(OSource * const *)b)->final_id);
}

static int
compare_events_by_date (gconstpointer a,
                        gconstpointer b)
{
  const OEvent *x = *(OEvent * const *)a;
  const OEvent *y = *(OEvent * const *)b;

  if (x->best->start != y->best->start)
    return x->best->start < y->best->start ? -1 : 1;
  if (x->best->end != y->best->end)
    return x->best->end < y->best->end ? -1 : 1;
  return strcmp (x->final_id, y->final_id);
}

static int
compare_oquotes (gconstpointer a,
                 gconstpointer b)
{
  const OQuote *x = *(OQuote * const *)a;
  const OQuote *y = *(OQuote * const *)b;
  const MQuote *mx = g_ptr_array_index (x->members, 0);
  const MQuote *my = g_ptr_array_index (y->members, 0);
  int r = strcmp (x->source->final_id, y->source->final_id);

  if (r != 0)
    return r;
  if (mx->start != my->start)
    return mx->start < my->start ? -1 : 1;
  if (mx->end != my->end)
    return mx->end < my->end ? -1 : 1;
  return strcmp (x->final_id, y->final_id);
}

static const char *
final_id (gconstpointer record)
{
  return *(char * const *)((const char *)record + sizeof (GPtrArray *));
}

/* @records' final ids: each O-record keeps its final id second. */
static RecordIds
ids_of (GPtrArray *records)
{
  return (RecordIds) { (gconstpointer const *)records->pdata, records->len, final_id };
}

G_STATIC_ASSERT (G_STRUCT_OFFSET (OSource, final_id) == sizeof (GPtrArray *));
G_STATIC_ASSERT (G_STRUCT_OFFSET (OEntity, final_id) == sizeof (GPtrArray *));
G_STATIC_ASSERT (G_STRUCT_OFFSET (OEvent, final_id) == sizeof (GPtrArray *));
G_STATIC_ASSERT (G_STRUCT_OFFSET (OQuote, final_id) == sizeof (GPtrArray *));

static char *
relay_key (Canon  *c,
           MRelay *r)
{
  OEntity *e = r->entity ? g_hash_table_lookup (c->entity_of, r->entity) : NULL;
  g_autofree char *extras = NULL;

  if (r->extras != NULL)
    {
      JsonNode *node = json_node_new (JSON_NODE_OBJECT);

      json_node_set_object (node, r->extras);
      extras = _json_node_canonical (node);
      json_node_unref (node);
    }
  return g_strdup_printf ("%s\x1f%s\x1f%d\x1f%s\x1f%s", r->name ? r->name : "", e ? e->final_id : "",
                          r->state_media, r->words ? r->words : "", extras ? extras : "");
}

static void
write_source (Canon   *c,
              JsonOut *o,
              OSource *s)
{
  MSource *first = g_ptr_array_index (s->members, 0);
  const char *outlet = NULL, *title = NULL, *url = NULL, *language = NULL, *note = NULL;
  TautanDay published = TAUTAN_DAY_NONE;
  gboolean relayed = FALSE, state_media = FALSE;
  JsonObject *extras = NULL;
  g_autoptr(GPtrArray) relays = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) relay_of = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree RecordRelay *out = NULL;

  for (guint i = 0; i < s->members->len; i++)
    {
      MSource *m = g_ptr_array_index (s->members, i);

      if (cmp_str (m->outlet, outlet) < 0)
        outlet = m->outlet;
      if (cmp_str (m->title, title) < 0)
        title = m->title;
      if (cmp_str (m->url, url) < 0)
        url = m->url;
      if (cmp_str (m->language, language) < 0)
        language = m->language;
      /* a date beats none; the note goes with its date */
      if ((published == TAUTAN_DAY_NONE && (m->published != TAUTAN_DAY_NONE || cmp_str (m->published_note, note) < 0))
          || (m->published != TAUTAN_DAY_NONE && m->published < published))
        {
          published = m->published;
          note = m->published_note;
        }
      relayed |= m->relayed;
      state_media |= m->state_media;
      merge_extras (&extras, m->extras);
      for (guint k = 0; k < m->relayed_from->len; k++)
        {
          MRelay *r = g_ptr_array_index (m->relayed_from, k);
          char *key = relay_key (c, r);

          if (g_hash_table_contains (relay_of, key))
            {
              g_free (key);
              continue;
            }
          g_hash_table_insert (relay_of, key, r);
          g_ptr_array_add (relays, key);
        }
    }
  g_ptr_array_sort (relays, _tautan_compare_string_ptrs);
  if (published != TAUTAN_DAY_NONE && note != NULL)
    {
      /* keep the note that goes with the chosen date */
      for (guint i = 0; i < s->members->len; i++)
        {
          MSource *m = g_ptr_array_index (s->members, i);

          if (m->published == published && cmp_str (m->published_note, note) < 0)
            note = m->published_note;
        }
    }

  out = g_new0 (RecordRelay, MAX (relays->len, 1));
  for (guint i = 0; i < relays->len; i++)
    {
      MRelay *r = g_hash_table_lookup (relay_of, g_ptr_array_index (relays, i));
      OEntity *e = r->entity ? g_hash_table_lookup (c->entity_of, r->entity) : NULL;

      out[i] = (RecordRelay) { r->name, e ? e->final_id : NULL, r->state_media, r->words, r->extras };
    }

  _json_out_source (o, &(RecordSource) {
    .id = s->final_id, .outlet = outlet, .title = title, .url = url, .language = language,
    .published = published, .published_note = note, .relayed = relayed,
    .relays = out, .n_relays = relays->len, .state_media = state_media, .text = first->text,
    .extras = extras,
  });
  g_clear_pointer (&extras, json_object_unref);
}

static void
write_entity (JsonOut *o,
              OEntity *e)
{
  _json_out_entity (o, &(RecordEntity) {
    .id = e->final_id, .name = e->name, .kind = e->kind,
    .aliases = (const char * const *)e->aliases->pdata, .n_aliases = e->aliases->len,
    .affiliation = e->affiliation ? e->affiliation->final_id : NULL,
    .role = e->role, .notes = e->notes, .gazetteer_id = e->gazetteer_id, .proposed = e->proposed,
    .extras = e->extras,
  });
}

static int
compare_osentences (gconstpointer a,
                    gconstpointer b)
{
  const OSentence *x = a, *y = b;
  int r = strcmp (x->source->final_id, y->source->final_id);

  if (r != 0)
    return r;
  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end < y->end ? -1 : 1;
  return cmp_str (x->words, y->words);
}

static void
write_event (JsonOut *o,
             OEvent  *e)
{
  MEvent *b = e->best;
  const char *date_words = b->words != NULL && *b->words != '\0' ? b->words : NULL;
  g_autofree RecordSentence *sentences = g_new (RecordSentence, MAX (e->sentences->len, 1));

  g_ptr_array_sort (e->sources, compare_osources);
  g_ptr_array_sort (e->quotes, compare_oquotes);
  g_array_sort (e->sentences, compare_osentences);
  for (guint i = 0; i < e->sentences->len; i++)
    {
      OSentence *sentence = &g_array_index (e->sentences, OSentence, i);

      /* what finds the same report again, if not the date's words */
      sentences[i] = (RecordSentence) {
        sentence->source->final_id, sentence->start, sentence->end,
        g_strcmp0 (sentence->words, date_words) != 0 ? (sentence->words ? sentence->words : "") : NULL,
      };
    }

  _json_out_event (o, &(RecordEvent) {
    .id = e->final_id, .type = b->type, .start = b->start, .end = b->end, .precision = b->precision,
    .date_extras = e->date_extras, .method = b->method, .words = b->words, .note = b->note,
    .basis_extras = e->basis_extras, .actors = ids_of (e->actors), .targets = ids_of (e->targets),
    .summary = b->summary, .sources = ids_of (e->sources), .quotes = ids_of (e->quotes),
    .status = e->status, .responds_to = e->responds_to ? e->responds_to->final_id : NULL,
    .hull_start = e->hull_start, .hull_end = e->hull_end,
    .sentences = sentences, .n_sentences = e->sentences->len, .extras = e->extras,
  });
}

static void
write_quote (JsonOut *o,
             OQuote  *q)
{
  MQuote *m = g_ptr_array_index (q->members, 0);

  _json_out_quote (o, &(RecordQuote) {
    .id = q->final_id, .source = q->source->final_id, .text = m->text, .start = m->start, .end = m->end,
    .speaker = q->speaker ? q->speaker->final_id : NULL, .speaker_text = q->speaker_from->speaker_text,
    .speaker_extras = q->speaker_extras, .relayed_by = ids_of (q->relayed_by),
    .certain = q->speaker_from->certain, .event = q->event ? q->event->final_id : NULL,
    .gloss = q->gloss, .note = q->note, .other_events = ids_of (q->other_events), .extras = q->extras,
  });
}

/**
 * tautan_merge_to_json:
 * @pretty: indented (a file), or one line (JSONL)
 *
 * Unifies everything added and writes it as one dataset, canonically.
 *
 * Returns: (transfer full): the dataset
 */
char *
tautan_merge_to_json (TautanMerge *self,
                      gboolean     pretty,
                      gsize       *length)
{
  Canon c = { 0 };
  JsonOut o = { g_string_new (NULL), pretty, 0, TRUE, FALSE };
  const char *title = self->title;
  const char *description = NULL;
  g_autofree const char **titles = NULL;
  g_autoptr(GString) joined = NULL;
  guint n_titles = 0;
  gboolean titles_more;

  g_return_val_if_fail (self != NULL, NULL);

  c.merge = self;
  c.sources = g_ptr_array_new_with_free_func (osource_free);
  c.entities = g_ptr_array_new_with_free_func (oentity_free);
  c.events = g_ptr_array_new_with_free_func (oevent_free);
  c.quotes = g_ptr_array_new_with_free_func (oquote_free);
  c.source_of = g_hash_table_new (NULL, NULL);
  c.entity_of = g_hash_table_new (NULL, NULL);
  c.event_of = g_hash_table_new (NULL, NULL);

  canon_sources (&c);
  canon_entities (&c);
  canon_events (&c);
  canon_quotes (&c);

  if (title == NULL && self->kept_title != NULL)
    {
      /* The dataset merged into keeps its title, and with it the titles
       * it was made of: they are written back as a merge wrote them. */
      title = self->kept_title;
      n_titles = self->kept_titles != NULL ? self->kept_titles->len : 0;
      titles = g_new (const char *, MAX (n_titles, 1));
      for (guint i = 0; i < n_titles; i++)
        titles[i] = g_ptr_array_index (self->kept_titles, i);
      titles_more = self->kept_more;
    }
  else
    {
      titles = (const char **)g_hash_table_get_keys_as_array (self->titles, &n_titles);
      qsort (titles, n_titles, sizeof *titles, _tautan_compare_string_ptrs);
      titles_more = self->titles_more || n_titles > MAX_TITLES;
      n_titles = MIN (n_titles, MAX_TITLES);
    }
  if (title == NULL && n_titles == 1 && !titles_more)
    title = titles[0];
  else if (title == NULL && n_titles > 0)
    {
      joined = g_string_new (titles[0]);
      for (guint i = 1; i < n_titles; i++)
        g_string_append_printf (joined, " + %s", titles[i]);
      if (titles_more)
        g_string_append (joined, " and more");
      title = joined->str;
    }
  for (guint i = 0; i < self->descriptions->len; i++)
    if (cmp_str (g_ptr_array_index (self->descriptions, i), description) < 0)
      description = g_ptr_array_index (self->descriptions, i);

  g_ptr_array_sort (c.sources, compare_osources);
  g_ptr_array_sort (c.entities, compare_oentities);
  g_ptr_array_sort (c.events, compare_events_by_date);
  g_ptr_array_sort (c.quotes, compare_oquotes);

  _json_out_begin_object (&o);
  _json_out_member_string (&o, "format", "tautan-dataset");
  _json_out_member (&o, "version");
  _json_out_int (&o, TAUTAN_DATASET_FORMAT_VERSION);
  _json_out_member_string (&o, "title", title ? title : "Merged dataset");
  /* The parts a joined title was made of, for the next merge. */
  if (self->title == NULL && (n_titles > 1 || titles_more))
    {
      _json_out_member (&o, "x-merged-titles");
      _json_out_begin_array (&o);
      for (guint i = 0; i < n_titles; i++)
        _json_out_string (&o, titles[i]);
      _json_out_end_array (&o);
      if (titles_more)
        {
          _json_out_member (&o, "x-merged-titles-more");
          _json_out_bool (&o, TRUE);
        }
    }
  _json_out_member_string (&o, "description", description);
  if (g_hash_table_size (self->types) > 0)
    {
      g_autoptr(GPtrArray) ids = g_ptr_array_new ();
      GHashTableIter iter;
      gpointer key;

      g_hash_table_iter_init (&iter, self->types);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        g_ptr_array_add (ids, key);
      g_ptr_array_sort (ids, _tautan_compare_string_ptrs);
      _json_out_member (&o, "taxonomy");
      _json_out_begin_object (&o);
      _json_out_member (&o, "event_types");
      _json_out_begin_array (&o);
      for (guint i = 0; i < ids->len; i++)
        _json_out_node (&o, g_hash_table_lookup (self->types, g_ptr_array_index (ids, i)));
      _json_out_end_array (&o);
      _json_out_end_object (&o);
    }
  _json_out_extras (&o, self->extras);

  _json_out_member (&o, "sources");
  _json_out_begin_array (&o);
  for (guint i = 0; i < c.sources->len; i++)
    write_source (&c, &o, g_ptr_array_index (c.sources, i));
  _json_out_end_array (&o);

  _json_out_member (&o, "entities");
  _json_out_begin_array (&o);
  for (guint i = 0; i < c.entities->len; i++)
    write_entity (&o, g_ptr_array_index (c.entities, i));
  _json_out_end_array (&o);

  _json_out_member (&o, "events");
  _json_out_begin_array (&o);
  for (guint i = 0; i < c.events->len; i++)
    write_event (&o, g_ptr_array_index (c.events, i));
  _json_out_end_array (&o);

  _json_out_member (&o, "quotes");
  _json_out_begin_array (&o);
  for (guint i = 0; i < c.quotes->len; i++)
    write_quote (&o, g_ptr_array_index (c.quotes, i));
  _json_out_end_array (&o);
  _json_out_end_object (&o);
  if (pretty)
    g_string_append_c (o.out, '\n');

  canon_clear (&c);
  if (length)
    *length = o.out->len;
  return g_string_free (o.out, FALSE);
}

/**
 * tautan_merge_to_dataset:
 *
 * Returns: (transfer full) (nullable): the merged dataset, loaded
 */
TautanDataset *
tautan_merge_to_dataset (TautanMerge  *self,
                         GError      **error)
{
  g_autofree char *json = NULL;
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) local_error = NULL;
  TautanDataset *dataset;
  gsize len;

  g_return_val_if_fail (self != NULL, NULL);

  json = tautan_merge_to_json (self, TRUE, &len);
  dataset = tautan_dataset_load_data (json, len, "merged dataset", NULL, &diagnostics, &local_error);
  if (dataset == NULL)
    {
      /* A merge of valid datasets is valid: this is a bug to report. */
      g_autofree char *text = diagnostics ? tautan_diagnostics_format (diagnostics, 5) : g_strdup (local_error->message);

      g_set_error (error, TAUTAN_DATASET_ERROR, TAUTAN_DATASET_ERROR_INVALID, "the merged dataset is not valid: %s", text);
    }
  return dataset;
}
