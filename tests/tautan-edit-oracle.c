/* tautan-edit-oracle.c: every curation edit made on the JSON tree, for tests
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "tautan/tautan-diagnostic.h"
#include "tautan/tautan-json-writer.h"

#include "tautan-dataset-edit-private.h"
#include "tautan-dataset-private.h"
#include "tautan-edit-oracle.h"

/* The oracle test-dataset-edit checks the edits against: each edit made
 * the plain way, on the JSON tree the dataset saves (dump, change, load).
 * The loader checks the result as it checks any file, unknown members
 * travel in the tree untouched, ids are the tree's own. It costs the
 * whole dataset each time (seconds at 100k events), which is why the
 * application makes its edits on the columns instead
 * (data/tautan-dataset-edit-columns.c). The checks before an edit and
 * their errors are the application's own (data/tautan-dataset-edit.c):
 * the two ways must fail alike. */

typedef struct
{
  TautanDataset *dataset;
  JsonNode      *root;
  JsonObject    *top;
} Tree;

static void
tree_clear (Tree *tree)
{
  g_clear_pointer (&tree->root, json_node_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Tree, tree_clear)

/* The dataset's tree, written the first time it is asked for: an edit
 * that fails its checks never writes it (test-dataset-edit makes hundreds
 * of those, under the sanitizers too). */
static JsonObject *
top (Tree *tree)
{
  if (tree->root == NULL)
    {
      tree->root = _tautan_dataset_to_tree (tree->dataset);
      tree->top = json_node_get_object (tree->root);
    }
  return tree->top;
}

static JsonArray *
table (Tree       *tree,
       const char *name)
{
  return json_object_get_array_member (top (tree), name);
}

static const char *
table_noun (const char *name)
{
  if (g_str_equal (name, "entities"))
    return "entity";
  if (g_str_equal (name, "events"))
    return "event";
  if (g_str_equal (name, "quotes"))
    return "quote";
  return "source";
}

static JsonObject *
find (Tree       *tree,
      const char *name,
      const char *id,
      guint      *index)
{
  JsonArray *array = table (tree, name);

  for (guint i = 0; id != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *o = json_array_get_object_element (array, i);

      if (g_strcmp0 (json_object_get_string_member_with_default (o, "id", NULL), id) == 0)
        {
          if (index != NULL)
            *index = i;
          return o;
        }
    }
  return NULL;
}

static JsonObject *
require (Tree        *tree,
         const char  *name,
         const char  *id,
         GError     **error)
{
  JsonObject *o = find (tree, name, id, NULL);

  if (o == NULL)
    _tautan_dataset_edit_not_found (error, table_noun (name), id);
  return o;
}

static gboolean
require_all (Tree               *tree,
             const char         *name,
             const char * const *ids,
             GError            **error)
{
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    if (require (tree, name, ids[i], error) == NULL)
      return FALSE;
  return TRUE;
}

static void
set_string (JsonObject *o,
            const char *member,
            const char *value)
{
  if (value == NULL || value[0] == '\0')
    {
      if (json_object_has_member (o, member))
        json_object_remove_member (o, member);
      return;
    }
  json_object_set_string_member (o, member, value);
}

static gboolean
array_has (JsonArray  *array,
           const char *value)
{
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    if (g_strcmp0 (json_array_get_string_element (array, i), value) == 0)
      return TRUE;
  return FALSE;
}

static JsonArray *
strv_array (const char * const *values)
{
  JsonArray *array = json_array_new ();

  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    if (!array_has (array, values[i]))
      json_array_add_string_element (array, values[i]);
  return array;
}

/* @o's string array @member with @from replaced by @to (NULL: removed),
 * each id once. Returns whether @from was there. */
static gboolean
replace_id (JsonObject *o,
            const char *member,
            const char *from,
            const char *to)
{
  JsonArray *array, *out;
  gboolean found = FALSE;

  if (!json_object_has_member (o, member) ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (o, member)))
    return FALSE;

  array = json_object_get_array_member (o, member);
  /* most records do not name @from: left as they are, with no new array */
  if (!array_has (array, from))
    return FALSE;
  out = json_array_new ();
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      const char *id = json_array_get_string_element (array, i);

      if (g_strcmp0 (id, from) == 0)
        {
          found = TRUE;
          id = to;
        }
      if (id != NULL && !array_has (out, id))
        json_array_add_string_element (out, id);
    }
  json_object_set_array_member (o, member, out);
  return found;
}

/* The edited tree loaded as a new dataset, which stands where the old one
 * did: same file, same read-only state. */
static TautanDataset *
tree_finish (Tree    *tree,
             GError **error)
{
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GFile) base_dir = NULL;
  g_autofree char *json = NULL;
  g_autofree char *name = NULL;
  GFile *file = tautan_dataset_get_file (tree->dataset);
  TautanDataset *dataset;
  gsize len;

  top (tree);
  json = tautan_json_to_data (tree->root, TRUE, &len);
  /* the tree is the largest thing alive here: gone before the load */
  g_clear_pointer (&tree->root, json_node_unref);
  tree->top = NULL;
  if (file != NULL)
    {
      base_dir = g_file_get_parent (file);
      name = g_file_get_basename (file);
    }
  dataset = tautan_dataset_load_data (json, len, name ? name : "dataset", base_dir, &diagnostics, &local_error);
  if (dataset == NULL)
    {
      g_autofree char *text = diagnostics && diagnostics->len > 0 ? tautan_diagnostics_format (diagnostics, 3) : NULL;

      g_set_error (error, TAUTAN_DATASET_EDIT_ERROR, TAUTAN_DATASET_EDIT_ERROR_REJECTED,
                   "The edited dataset is not valid: %s", text ? text : local_error->message);
      return NULL;
    }

  _tautan_dataset_set_file (dataset, file, FALSE);
  tautan_dataset_set_read_only (dataset, tautan_dataset_get_read_only (tree->dataset));
  return dataset;
}

/* An id the dataset does not use yet: @prefix then a number. */
static char *
new_id (Tree       *tree,
        const char *name,
        const char *prefix,
        guint       first)
{
  for (guint n = first;; n++)
    {
      g_autofree char *id = g_strdup_printf ("%s%u", prefix, n);

      if (find (tree, name, id, NULL) == NULL)
        return g_steal_pointer (&id);
    }
}

/* Entities */

/* Each edit changes @tree as the edit of @c's kind changes the dataset,
 * or fails as it fails; a created record's id in @new_id. */
typedef gboolean (*TreeEdit) (Tree                  *tree,
                              const TautanEditCase  *c,
                              char                 **new_id,
                              GError               **error);

static gboolean
tree_edit_entity (Tree                  *tree,
                  const TautanEditCase  *c,
                  char                 **new_id_out,
                  GError               **error)
{
  const TautanEntityValues *values = c->entity;
  JsonObject *entity;

  if (!_tautan_dataset_edit_check_entity (tree->dataset, c->id, values, NULL, NULL, error) ||
      !(entity = require (tree, "entities", c->id, error)))
    return FALSE;

  json_object_set_string_member (entity, "name", values->name);
  json_object_set_array_member (entity, "aliases", strv_array (values->aliases));
  json_object_set_string_member (entity, "kind", tautan_entity_kind_to_string (values->kind));
  set_string (entity, "affiliation", values->affiliation);
  set_string (entity, "role", values->role);
  set_string (entity, "notes", values->notes);
  return TRUE;
}

/* Everything that names entity @from names @to (NULL: nobody) instead. */
static void
repoint_entity (Tree       *tree,
                const char *from,
                const char *to)
{
  JsonArray *entities = table (tree, "entities");
  JsonArray *events = table (tree, "events");
  JsonArray *quotes = table (tree, "quotes");
  JsonArray *sources = table (tree, "sources");

  for (guint i = 0; i < json_array_get_length (entities); i++)
    {
      JsonObject *e = json_array_get_object_element (entities, i);
      const char *affiliation = json_object_get_string_member_with_default (e, "affiliation", NULL);

      if (g_strcmp0 (affiliation, from) == 0)
        {
          /* An entity is never its own affiliation. */
          if (to != NULL && g_strcmp0 (json_object_get_string_member_with_default (e, "id", NULL), to) != 0)
            json_object_set_string_member (e, "affiliation", to);
          else
            json_object_remove_member (e, "affiliation");
        }
    }

  for (guint i = 0; i < json_array_get_length (events); i++)
    {
      JsonObject *ev = json_array_get_object_element (events, i);

      replace_id (ev, "actors", from, to);
      replace_id (ev, "targets", from, to);
    }

  for (guint i = 0; i < json_array_get_length (quotes); i++)
    {
      JsonObject *q = json_array_get_object_element (quotes, i);
      JsonObject *speaker = json_object_has_member (q, "speaker") ? json_object_get_object_member (q, "speaker") : NULL;

      if (speaker != NULL &&
          g_strcmp0 (json_object_get_string_member_with_default (speaker, "entity", NULL), from) == 0)
        json_object_set_string_member (speaker, "entity", to);
      replace_id (q, "relayed_by", from, to);
    }

  for (guint i = 0; i < json_array_get_length (sources); i++)
    {
      JsonObject *s = json_array_get_object_element (sources, i);
      JsonArray *relays;

      if (!json_object_has_member (s, "relayed_from") ||
          !JSON_NODE_HOLDS_ARRAY (json_object_get_member (s, "relayed_from")))
        continue;
      relays = json_object_get_array_member (s, "relayed_from");
      for (guint k = 0; k < json_array_get_length (relays); k++)
        {
          JsonNode *node = json_array_get_element (relays, k);
          JsonObject *relay = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;

          if (relay != NULL &&
              g_strcmp0 (json_object_get_string_member_with_default (relay, "entity", NULL), from) == 0)
            json_object_set_string_member (relay, "entity", to);
        }
    }
}

static gboolean
tree_merge_entities (Tree                  *tree,
                     const TautanEditCase  *c,
                     char                 **new_id_out,
                     GError               **error)
{
  const char *into = c->id, *from = c->from;
  JsonObject *a, *b;
  JsonArray *aliases, *b_aliases;
  JsonObjectIter iter;
  const char *member;
  JsonNode *value;
  guint b_index = 0;

  if (!(a = require (tree, "entities", into, error)) || !(b = require (tree, "entities", from, error)))
    return FALSE;
  if (a == b)
    return _tautan_dataset_edit_invalid (error, "entity “%s”: cannot be merged into itself", into);
  find (tree, "entities", from, &b_index);

  /* B's names become A's aliases (A's own name excepted). */
  aliases = json_array_ref (json_object_get_array_member (a, "aliases"));
  b_aliases = json_object_get_array_member (b, "aliases");
  {
    const char *a_name = json_object_get_string_member_with_default (a, "name", NULL);
    const char *b_name = json_object_get_string_member_with_default (b, "name", NULL);

    if (b_name != NULL && g_strcmp0 (b_name, a_name) != 0 && !array_has (aliases, b_name))
      json_array_add_string_element (aliases, b_name);
    for (guint i = 0; i < json_array_get_length (b_aliases); i++)
      {
        const char *alias = json_array_get_string_element (b_aliases, i);

        if (g_strcmp0 (alias, a_name) != 0 && !array_has (aliases, alias))
          json_array_add_string_element (aliases, alias);
      }
  }
  json_array_unref (aliases);

  json_object_iter_init_ordered (&iter, b);
  while (json_object_iter_next_ordered (&iter, &member, &value))
    if (!json_object_has_member (a, member) &&
        !(g_str_equal (member, "affiliation") && g_strcmp0 (json_node_get_string (value), into) == 0))
      json_object_set_member (a, member, json_node_copy (value));

  repoint_entity (tree, from, into);

  /* An event with A on both sides now is A acting on itself: it stays
   * an event of A's, untargeted. */
  {
    JsonArray *events = table (tree, "events");

    for (guint i = 0; i < json_array_get_length (events); i++)
      {
        JsonObject *ev = json_array_get_object_element (events, i);

        if (array_has (json_object_get_array_member (ev, "actors"), into))
          replace_id (ev, "targets", into, NULL);
      }
  }

  json_array_remove_element (table (tree, "entities"), b_index);
  return TRUE;
}

static gboolean
tree_split_entity (Tree                  *tree,
                   const TautanEditCase  *c,
                   char                 **new_id_out,
                   GError               **error)
{
  const char *id = c->id, *new_name = c->new_name;
  const char * const *events = c->events, * const *quotes = c->quotes;
  g_autofree char *nid = NULL;
  g_autofree char *prefix = NULL;
  JsonObject *entity, *created;
  guint index = G_MAXUINT;

  if (!(entity = require (tree, "entities", id, error)) ||
      !require_all (tree, "events", events, error) || !require_all (tree, "quotes", quotes, error))
    return FALSE;
  if (new_name == NULL || new_name[0] == '\0')
    return _tautan_dataset_edit_invalid (error, "entity “%s”: the new entity's name is empty", id);
  if ((events == NULL || events[0] == NULL) && (quotes == NULL || quotes[0] == NULL))
    return _tautan_dataset_edit_invalid (error, "entity “%s”: no event or quote chosen to move to the new entity",
                                         id);

  prefix = g_strconcat (id, "-", NULL);
  nid = new_id (tree, "entities", prefix, 2);

  for (guint i = 0; events != NULL && events[i] != NULL; i++)
    {
      JsonObject *ev = find (tree, "events", events[i], NULL);
      gboolean found = replace_id (ev, "actors", id, nid);

      found |= replace_id (ev, "targets", id, nid);
      if (!found)
        return _tautan_dataset_edit_invalid (error, "event “%s”: entity “%s” is neither an actor nor a target of it",
                                             events[i], id);
    }
  for (guint i = 0; quotes != NULL && quotes[i] != NULL; i++)
    {
      JsonObject *q = find (tree, "quotes", quotes[i], NULL);
      JsonObject *speaker = json_object_has_member (q, "speaker") ? json_object_get_object_member (q, "speaker") : NULL;

      if (speaker == NULL ||
          g_strcmp0 (json_object_get_string_member_with_default (speaker, "entity", NULL), id) != 0)
        return _tautan_dataset_edit_invalid (error, "quote “%s”: entity “%s” is not its speaker", quotes[i], id);
      json_object_set_string_member (speaker, "entity", nid);
    }

  created = json_object_new ();
  json_object_set_string_member (created, "id", nid);
  json_object_set_string_member (created, "name", new_name);
  json_object_set_string_member (created, "kind", json_object_get_string_member (entity, "kind"));
  json_object_set_array_member (created, "aliases", json_array_new ());
  if (json_object_has_member (entity, "affiliation"))
    json_object_set_string_member (created, "affiliation", json_object_get_string_member (entity, "affiliation"));
  if (json_object_has_member (entity, "role"))
    json_object_set_string_member (created, "role", json_object_get_string_member (entity, "role"));
  find (tree, "entities", id, &index);
  /* Beside the entity it came from; json-glib has no insert, so rebuild. */
  {
    JsonArray *old = table (tree, "entities");
    JsonArray *out = json_array_sized_new (json_array_get_length (old) + 1);

    for (guint i = 0; i < json_array_get_length (old); i++)
      {
        json_array_add_element (out, json_node_copy (json_array_get_element (old, i)));
        if (i == index)
          json_array_add_object_element (out, created);
      }
    json_object_set_array_member (top (tree), "entities", out);
  }

  *new_id_out = g_steal_pointer (&nid);
  return TRUE;
}

/* Events */

static gboolean
apply_event_values (Tree                    *tree,
                    JsonObject              *ev,
                    const char              *id,
                    const TautanEventValues *values,
                    GError                 **error)
{
  JsonObject *date;
  char buf[11];

  if (!_tautan_dataset_edit_check_event (tree->dataset, id, values, NULL, error))
    return FALSE;

  json_object_set_string_member (ev, "type", values->type);
  if (!json_object_has_member (ev, "date"))
    json_object_set_object_member (ev, "date", json_object_new ());
  date = json_object_get_object_member (ev, "date");
  tautan_day_format_buf (values->start, buf);
  json_object_set_string_member (date, "start", buf);
  tautan_day_format_buf (values->end, buf);
  json_object_set_string_member (date, "end", buf);
  json_object_set_string_member (date, "precision", tautan_precision_to_string (values->precision));
  json_object_set_array_member (ev, "actors", strv_array (values->actors));
  json_object_set_array_member (ev, "targets", strv_array (values->targets));
  json_object_set_string_member (ev, "status", tautan_status_to_string (values->status));
  set_string (ev, "responds_to", values->responds_to);
  if (values->summary != NULL)
    json_object_set_string_member (ev, "summary", values->summary);
  set_string (ev, "notes", values->notes);
  return TRUE;
}

static gboolean
tree_edit_event (Tree                  *tree,
                 const TautanEditCase  *c,
                 char                 **new_id_out,
                 GError               **error)
{
  JsonObject *ev = require (tree, "events", c->id, error);

  return ev != NULL && apply_event_values (tree, ev, c->id, c->event, error);
}

/* Quotes */

static gboolean
set_speaker (Tree                  *tree,
             JsonObject            *q,
             const char            *id,
             const TautanEditCase  *c,
             GError               **error)
{
  const char *speaker = c->speaker, *speaker_text = c->speaker_text;
  JsonObject *object;

  if (!_tautan_dataset_edit_check_speaker (tree->dataset, id, speaker, speaker_text, NULL, error))
    return FALSE;

  if (!json_object_has_member (q, "speaker"))
    json_object_set_object_member (q, "speaker", json_object_new ());
  object = json_object_get_object_member (q, "speaker");
  if (speaker != NULL && speaker[0] != '\0')
    {
      set_string (object, "text", NULL);
      json_object_set_string_member (object, "entity", speaker);
    }
  else
    {
      set_string (object, "entity", NULL);
      json_object_set_string_member (object, "text", speaker_text);
    }
  return TRUE;
}

static gboolean
tree_edit_quote (Tree                  *tree,
                 const TautanEditCase  *c,
                 char                 **new_id_out,
                 GError               **error)
{
  JsonObject *q;

  if (!(q = require (tree, "quotes", c->id, error)) || !set_speaker (tree, q, c->id, c, error))
    return FALSE;
  json_object_set_string_member (q, "attribution", c->certain ? "certain" : "uncertain");
  return TRUE;
}

static gboolean
tree_add_quote (Tree                  *tree,
                const TautanEditCase  *c,
                char                 **new_id_out,
                GError               **error)
{
  const char *source = c->id, *event = c->supports;
  g_autofree char *text = NULL;
  g_autofree char *qid = NULL;
  JsonObject *q, *ev = NULL;

  if (!(text = _tautan_dataset_edit_selection (tree->dataset, source, c->start, c->end, NULL, error)) ||
      (event != NULL && !(ev = require (tree, "events", event, error))))
    return FALSE;

  qid = new_id (tree, "quotes", "q-", json_array_get_length (table (tree, "quotes")) + 1);
  q = json_object_new ();
  json_object_set_string_member (q, "id", qid);
  json_object_set_string_member (q, "source", source);
  json_object_set_string_member (q, "text", text);
  json_object_set_int_member (q, "start", c->start);
  json_object_set_int_member (q, "end", c->end);
  json_array_add_object_element (table (tree, "quotes"), q);
  if (!set_speaker (tree, q, qid, c, error))
    return FALSE;
  json_object_set_string_member (q, "attribution", c->certain ? "certain" : "uncertain");
  if (ev != NULL)
    {
      JsonArray *quotes = json_object_get_array_member (ev, "quotes");
      JsonArray *sources = json_object_get_array_member (ev, "sources");

      json_object_set_string_member (q, "event", event);
      json_array_add_string_element (quotes, qid);
      if (!array_has (sources, source))
        json_array_add_string_element (sources, source);
    }

  *new_id_out = g_steal_pointer (&qid);
  return TRUE;
}

static gboolean
tree_add_event (Tree                  *tree,
                const TautanEditCase  *c,
                char                 **new_id_out,
                GError               **error)
{
  const TautanEventValues *values = c->event;
  const char *source = c->id;
  g_autofree char *text = NULL;
  g_autofree char *eid = NULL;
  g_autofree char *line = NULL;
  JsonObject *ev, *basis, *selection;
  JsonArray *sources;

  if (!(text = _tautan_dataset_edit_selection (tree->dataset, source, c->start, c->end, NULL, error)))
    return FALSE;

  eid = new_id (tree, "events", "ev-", json_array_get_length (table (tree, "events")) + 1);
  ev = json_object_new ();
  json_object_set_string_member (ev, "id", eid);
  json_array_add_object_element (table (tree, "events"), ev);
  if (!apply_event_values (tree, ev, eid, values, error))
    return FALSE;

  /* A summary is one line. */
  line = g_strstrip (g_strdelimit (g_strdup (text), "\r\n\t", ' '));
  if (values->summary == NULL)
    json_object_set_string_member (ev, "summary", line);
  basis = json_object_new ();
  json_object_set_string_member (basis, "method", "stated");
  json_object_set_string_member (basis, "words", line);
  json_object_set_object_member (ev, "date_basis", basis);
  sources = json_array_new ();
  json_array_add_string_element (sources, source);
  json_object_set_array_member (ev, "sources", sources);
  json_object_set_array_member (ev, "quotes", json_array_new ());
  selection = json_object_new ();
  json_object_set_string_member (selection, "source", source);
  json_object_set_int_member (selection, "start", c->start);
  json_object_set_int_member (selection, "end", c->end);
  json_object_set_object_member (ev, "x-selection", selection);

  *new_id_out = g_steal_pointer (&eid);
  return TRUE;
}


/**
 * tautan_edit_case_apply:
 * @oracle: whether through the tree here, else as the application makes
 *   it (tautan-dataset-edit.h)
 * @new_id: (out) (optional): a created record's id
 *
 * Returns: (transfer full) (nullable): the edited dataset
 */
TautanDataset *
tautan_edit_case_apply (TautanDataset         *self,
                        const TautanEditCase  *c,
                        gboolean               oracle,
                        char                 **new_id,
                        GError               **error)
{
  /* By TautanEditKind. */
  static const TreeEdit tree_edits[] = {
    tree_edit_entity, tree_merge_entities, tree_split_entity, tree_edit_event, tree_edit_quote, tree_add_quote,
    tree_add_event,
  };
  g_auto(Tree) tree = { 0 };
  g_autofree char *created = NULL;
  TautanDataset *edited;

  g_assert (c->kind < G_N_ELEMENTS (tree_edits));
  if (oracle)
    {
      tree.dataset = self;
      if (!tree_edits[c->kind] (&tree, c, &created, error) || !(edited = tree_finish (&tree, error)))
        return NULL;
      if (new_id != NULL)
        *new_id = g_steal_pointer (&created);
      return edited;
    }

  switch (c->kind)
    {
    case TAUTAN_EDIT_ENTITY:
      return tautan_dataset_edit_entity (self, c->id, c->entity, error);
    case TAUTAN_EDIT_MERGE:
      return tautan_dataset_merge_entities (self, c->id, c->from, error);
    case TAUTAN_EDIT_SPLIT:
      return tautan_dataset_split_entity (self, c->id, c->new_name, c->events, c->quotes, new_id, error);
    case TAUTAN_EDIT_EVENT:
      return tautan_dataset_edit_event (self, c->id, c->event, error);
    case TAUTAN_EDIT_QUOTE:
      return tautan_dataset_edit_quote (self, c->id, c->speaker, c->speaker_text, c->certain, error);
    case TAUTAN_EDIT_ADD_QUOTE:
      return tautan_dataset_add_quote (self, c->id, c->start, c->end, c->speaker, c->speaker_text, c->certain,
                                       c->supports, new_id, error);
    case TAUTAN_EDIT_ADD_EVENT:
    default:
      return tautan_dataset_add_event (self, c->id, c->start, c->end, c->event, new_id, error);
    }
}
