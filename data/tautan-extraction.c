/* tautan-extraction.c: what was found in one article, for review
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An extraction holds the article's kept text, what the text says about
 * its source, and a list model of items (quotes, entities, events) that a
 * reviewer accepts, rejects or fixes. The accepted items become dataset
 * records through the same merge as `tautan merge`, so what the review
 * merges into a dataset is what the command line would have written.
 */

#define G_LOG_DOMAIN "tautan-extraction"

#include "config.h"

#include <string.h>

#include "tautan-dataset-private.h"
#include "tautan-extract-private.h"
#include "tautan-extraction-private.h"
#include "tautan-merge-private.h"
#include "tautan-sort-private.h"

struct _TautanExtraction
{
  GObject     parent_instance;

  char       *source_id;
  char       *text;
  char       *title;
  char       *outlet;
  char       *url;
  char       *language;
  char       *published_note;
  GPtrArray  *relays;        /* ExtractionRelay */
  GArray     *removed;       /* guint pairs: code points of the given text not kept */
  GListStore *items;
  GHashTable *by_id;
  TautanDay   published;
  gboolean    state_media;
};

enum
{
  PROP_0,
  PROP_ITEMS,
  PROP_TEXT,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (TautanExtraction, tautan_extraction, G_TYPE_OBJECT)

static void
relay_free (gpointer data)
{
  ExtractionRelay *r = data;

  g_free (r->name);
  g_free (r->words);
  g_free (r);
}

static void
tautan_extraction_dispose (GObject *object)
{
  TautanExtraction *self = (TautanExtraction *)object;

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_object (&self->items);

  G_OBJECT_CLASS (tautan_extraction_parent_class)->dispose (object);
}

static void
tautan_extraction_finalize (GObject *object)
{
  TautanExtraction *self = (TautanExtraction *)object;

  g_free (self->source_id);
  g_free (self->text);
  g_free (self->title);
  g_free (self->outlet);
  g_free (self->url);
  g_free (self->language);
  g_free (self->published_note);
  g_clear_pointer (&self->relays, g_ptr_array_unref);
  g_clear_pointer (&self->removed, g_array_unref);

  G_OBJECT_CLASS (tautan_extraction_parent_class)->finalize (object);
}

static void
tautan_extraction_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  TautanExtraction *self = TAUTAN_EXTRACTION (object);

  switch (prop_id)
    {
    case PROP_ITEMS:
      g_value_set_object (value, self->items);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tautan_extraction_class_init (TautanExtractionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tautan_extraction_dispose;
  object_class->finalize = tautan_extraction_finalize;
  object_class->get_property = tautan_extraction_get_property;

  properties[PROP_ITEMS] =
    g_param_spec_object ("items", NULL, NULL, G_TYPE_LIST_MODEL, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tautan_extraction_init (TautanExtraction *self)
{
  self->items = g_list_store_new (TAUTAN_TYPE_EXTRACTION_ITEM);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->relays = g_ptr_array_new_with_free_func (relay_free);
  self->removed = g_array_new (FALSE, FALSE, sizeof (guint));
  self->published = TAUTAN_DAY_NONE;
}

TautanExtraction *
_tautan_extraction_new (const char *source_id,
                        char       *text)
{
  TautanExtraction *self = g_object_new (TAUTAN_TYPE_EXTRACTION, NULL);

  self->source_id = g_strdup (source_id);
  self->text = text;
  return self;
}

void
_tautan_extraction_set_source (TautanExtraction *self,
                               const char       *title,
                               const char       *outlet,
                               gboolean          outlet_state_media,
                               const char       *url,
                               const char       *language,
                               TautanDay         published,
                               const char       *published_note)
{
  self->title = g_strdup (title);
  self->outlet = g_strdup (outlet);
  self->state_media = outlet_state_media;
  self->url = g_strdup (url);
  self->language = g_strdup (language);
  self->published = published;
  self->published_note = g_strdup (published_note);
}

void
_tautan_extraction_add_relay (TautanExtraction     *self,
                              const char           *name,
                              TautanExtractionItem *entity,
                              gboolean              state_media,
                              const char           *words)
{
  ExtractionRelay *r = g_new0 (ExtractionRelay, 1);

  r->name = g_strdup (name);
  r->entity = entity;
  r->state_media = state_media;
  r->words = g_strdup (words);
  g_ptr_array_add (self->relays, r);
}

void
_tautan_extraction_set_removed (TautanExtraction *self,
                                GArray           *removed)
{
  g_array_set_size (self->removed, 0);
  g_array_append_vals (self->removed, removed->data, removed->len);
}

void
_tautan_extraction_add_item (TautanExtraction     *self,
                             TautanExtractionItem *item)
{
  g_list_store_append (self->items, item);
  g_hash_table_insert (self->by_id, item->id, item);
}

const char *
tautan_extraction_get_source_id (TautanExtraction *self)
{
  g_return_val_if_fail (TAUTAN_IS_EXTRACTION (self), NULL);
  return self->source_id;
}

/* The article as kept (furniture lines dropped): what item offsets count in. */
const char *
tautan_extraction_get_text (TautanExtraction *self)
{
  g_return_val_if_fail (TAUTAN_IS_EXTRACTION (self), NULL);
  return self->text;
}

const char *
tautan_extraction_get_title (TautanExtraction *self)
{
  g_return_val_if_fail (TAUTAN_IS_EXTRACTION (self), NULL);
  return self->title;
}

const char *
tautan_extraction_get_outlet (TautanExtraction *self)
{
  g_return_val_if_fail (TAUTAN_IS_EXTRACTION (self), NULL);
  return self->outlet;
}

const char *
tautan_extraction_get_url (TautanExtraction *self)
{
  g_return_val_if_fail (TAUTAN_IS_EXTRACTION (self), NULL);
  return self->url;
}

const char *
tautan_extraction_get_language (TautanExtraction *self)
{
  g_return_val_if_fail (TAUTAN_IS_EXTRACTION (self), NULL);
  return self->language;
}

TautanDay
tautan_extraction_get_published (TautanExtraction *self)
{
  g_return_val_if_fail (TAUTAN_IS_EXTRACTION (self), TAUTAN_DAY_NONE);
  return self->published;
}

const char *
tautan_extraction_get_published_note (TautanExtraction *self)
{
  g_return_val_if_fail (TAUTAN_IS_EXTRACTION (self), NULL);
  return self->published_note;
}

/**
 * tautan_extraction_get_items:
 *
 * Returns: (transfer none): a list model of #TautanExtractionItem, in
 *   the order of the text: quotes, then entities, then events
 */
GListModel *
tautan_extraction_get_items (TautanExtraction *self)
{
  g_return_val_if_fail (TAUTAN_IS_EXTRACTION (self), NULL);
  return G_LIST_MODEL (self->items);
}

/**
 * tautan_extraction_lookup_item:
 *
 * Returns: (transfer none) (nullable): the item with @id
 */
TautanExtractionItem *
tautan_extraction_lookup_item (TautanExtraction *self,
                               const char       *id)
{
  g_return_val_if_fail (TAUTAN_IS_EXTRACTION (self), NULL);
  return id ? g_hash_table_lookup (self->by_id, id) : NULL;
}

void
tautan_extraction_count (TautanExtraction *self,
                         guint            *quotes,
                         guint            *entities,
                         guint            *events)
{
  guint n[3] = { 0, 0, 0 };

  g_return_if_fail (TAUTAN_IS_EXTRACTION (self));

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->items)); i++)
    {
      g_autoptr(TautanExtractionItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      if (item->accepted)
        n[item->kind]++;
    }
  if (quotes)
    *quotes = n[TAUTAN_EXTRACTION_QUOTE];
  if (entities)
    *entities = n[TAUTAN_EXTRACTION_ENTITY];
  if (events)
    *events = n[TAUTAN_EXTRACTION_EVENT];
}

/* ---- into records ---- */

static char *
item_id (TautanExtractionItem *item)
{
  return g_strdup (item->id);
}

static MEntity *
entity_record (TautanMerge          *merge,
               GHashTable           *done,
               TautanExtractionItem *item,
               TautanDataset        *dataset)
{
  MEntity *e;
  guint target;

  if (item == NULL || !item->accepted)
    return NULL;
  if ((e = g_hash_table_lookup (done, item)) != NULL)
    return e;

  e = _tautan_merge_add_entity (merge);
  g_hash_table_insert (done, item, e);
  e->id = item_id (item);
  e->name = g_strdup (item->name);
  e->kind = item->entity_kind;
  for (guint i = 0; item->aliases[i]; i++)
    g_ptr_array_add (e->aliases, g_strdup (item->aliases[i]));
  e->role = g_strdup (item->role);
  e->notes = g_strdup (item->notes);
  e->gazetteer_id = g_strdup (item->gazetteer_id);
  e->proposed = item->proposed;

  /* "This is the dataset's Foo": Foo's id, name and kind, this name an alias. */
  if (item->merge_target != NULL && dataset != NULL
      && (target = tautan_dataset_lookup_entity (dataset, item->merge_target)) != TAUTAN_NONE)
    {
      TautanEntity view;

      tautan_dataset_get_entity (dataset, target, &view);
      g_free (e->id);
      e->id = g_strdup (view.id);
      if (g_strcmp0 (view.name, e->name) != 0)
        g_ptr_array_add (e->aliases, g_strdup (e->name));
      g_free (e->name);
      e->name = g_strdup (view.name);
      e->kind = view.kind;
      e->proposed = FALSE;
      g_clear_pointer (&e->gazetteer_id, g_free);
      return e;
    }
  e->affiliation = entity_record (merge, done, item->affiliation, dataset);
  return e;
}

void
_tautan_extraction_add_to_merge (TautanExtraction *self,
                                 TautanMerge      *merge,
                                 TautanDataset    *dataset)
{
  g_autoptr(GHashTable) done = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) events = g_hash_table_new (NULL, NULL);
  GListModel *items = G_LIST_MODEL (self->items);
  guint n_items = g_list_model_get_n_items (items);
  /* the items taken from the store once, for the four passes below */
  g_autoptr(GPtrArray) all = g_ptr_array_new_full (n_items, g_object_unref);
  MSource *s = _tautan_merge_add_source (merge);

  _tautan_merge_count_input (merge);
  for (guint i = 0; i < n_items; i++)
    g_ptr_array_add (all, g_list_model_get_item (items, i));

  s->id = g_strdup (self->source_id);
  s->outlet = g_strdup (self->outlet);
  s->title = g_strdup (self->title);
  s->url = g_strdup (self->url);
  s->language = g_strdup (self->language);
  s->published = self->published;
  s->published_note = g_strdup (self->published_note);
  s->state_media = self->state_media;
  s->text = g_strdup (self->text);
  for (guint i = 0; i < self->relays->len; i++)
    {
      ExtractionRelay *r = g_ptr_array_index (self->relays, i);
      MRelay *mr = _tautan_merge_relay_new ();

      mr->name = g_strdup (r->name);
      mr->entity = entity_record (merge, done, r->entity, dataset);
      mr->state_media = r->state_media;
      mr->words = g_strdup (r->words);
      g_ptr_array_add (s->relayed_from, mr);
      s->relayed = TRUE;
    }
  if (self->removed->len > 0)
    {
      /* which code points of the given text are not in "text" */
      JsonArray *ranges = json_array_new ();

      for (guint i = 0; i + 1 < self->removed->len; i += 2)
        {
          JsonArray *pair = json_array_new ();

          json_array_add_int_element (pair, g_array_index (self->removed, guint, i));
          json_array_add_int_element (pair, g_array_index (self->removed, guint, i + 1));
          json_array_add_array_element (ranges, pair);
        }
      s->extras = json_object_new ();
      json_object_set_array_member (s->extras, "x-removed", ranges);
    }

  for (guint i = 0; i < n_items; i++)
    {
      TautanExtractionItem *item = g_ptr_array_index (all, i);

      if (item->kind == TAUTAN_EXTRACTION_ENTITY)
        entity_record (merge, done, item, dataset);
    }

  for (guint i = 0; i < n_items; i++)
    {
      TautanExtractionItem *item = g_ptr_array_index (all, i);
      MEvent *e;
      MSentence sentence = { s, item->start, item->end };

      g_autoptr(GPtrArray) actors = g_ptr_array_new ();
      g_autoptr(GPtrArray) targets = g_ptr_array_new ();

      if (item->kind != TAUTAN_EXTRACTION_EVENT || !item->accepted)
        continue;
      for (guint k = 0; k < item->actors->len; k++)
        {
          MEntity *a = entity_record (merge, done, g_ptr_array_index (item->actors, k), dataset);

          if (a != NULL && !g_ptr_array_find (actors, a, NULL))
            g_ptr_array_add (actors, a);
        }
      for (guint k = 0; k < item->targets->len; k++)
        {
          MEntity *t = entity_record (merge, done, g_ptr_array_index (item->targets, k), dataset);

          if (t != NULL && !g_ptr_array_find (targets, t, NULL) && !g_ptr_array_find (actors, t, NULL))
            g_ptr_array_add (targets, t);
        }
      /* an event whose actors were all rejected is gone with them */
      if (actors->len == 0)
        continue;
      e = _tautan_merge_add_event (merge);
      g_ptr_array_extend (e->actors, actors, NULL, NULL);
      g_ptr_array_extend (e->targets, targets, NULL, NULL);
      e->id = item_id (item);
      e->type = g_strdup (item->type);
      e->start = item->date_start;
      e->end = item->date_end;
      e->precision = item->precision;
      e->method = item->method;
      e->words = g_strdup (item->words);
      e->note = g_strdup (item->date_note);
      e->summary = g_strdup (item->summary);
      e->status = item->status;
      g_ptr_array_add (e->sources, s);
      g_array_append_val (e->sentences, sentence);
      g_hash_table_insert (events, item, e);
    }
  for (guint i = 0; i < n_items; i++)
    {
      TautanExtractionItem *item = g_ptr_array_index (all, i);
      MEvent *e = g_hash_table_lookup (events, item);
      MEvent *answered = item->responds_to ? g_hash_table_lookup (events, item->responds_to) : NULL;

      if (e != NULL && answered != NULL && answered != e)
        g_ptr_array_add (e->responds_to, answered);
    }

  for (guint i = 0; i < n_items; i++)
    {
      TautanExtractionItem *item = g_ptr_array_index (all, i);
      MQuote *q;
      MEntity *speaker;
      MEvent *event;

      if (item->kind != TAUTAN_EXTRACTION_QUOTE || !item->accepted)
        continue;
      q = _tautan_merge_add_quote (merge);
      q->id = item_id (item);
      q->source = s;
      q->text = g_strdup (item->text);
      q->start = item->start;
      q->end = item->end;
      q->certain = item->certain;
      speaker = entity_record (merge, done, item->speaker, dataset);
      if (speaker != NULL)
        q->speaker = speaker;
      else
        {
          /* a rejected speaker still said it: by name, uncertainly */
          q->speaker_text = g_strdup (item->speaker_text ? item->speaker_text
                                      : item->speaker ? item->speaker->name : "not named in the text");
          if (item->speaker != NULL)
            q->certain = FALSE;
        }
      for (guint k = 0; k < item->relayed_by->len; k++)
        {
          MEntity *r = entity_record (merge, done, g_ptr_array_index (item->relayed_by, k), dataset);

          if (r != NULL && r != q->speaker && !g_ptr_array_find (q->relayed_by, r, NULL))
            g_ptr_array_add (q->relayed_by, r);
        }
      event = item->event ? g_hash_table_lookup (events, item->event) : NULL;
      if (event != NULL)
        g_ptr_array_add (q->events, event);
      q->note = g_strdup (item->note);
    }
}

/**
 * tautan_merge_add_extraction:
 *
 * Adds the accepted items of @extraction, as records of one source.
 */
void
tautan_merge_add_extraction (TautanMerge      *merge,
                             TautanExtraction *extraction)
{
  g_return_if_fail (merge != NULL);
  g_return_if_fail (TAUTAN_IS_EXTRACTION (extraction));

  _tautan_extraction_add_to_merge (extraction, merge, NULL);
}

/* ---- written directly ---- */

/* A merge of one extraction whose records unify with nothing writes each
 * item as it is: what follows writes those bytes without the merge's
 * copies, hash tables and unification. Anything the merge would change
 * (two entities sharing a name, two events of one group, a rejected item,
 * a review's merge target) sends the extraction through the merge. */

/* The id the merge gives an entity that unifies with nothing. */
static const char *
entity_id (TautanExtractionItem *e)
{
  return e->gazetteer_id != NULL ? e->gazetteer_id : e->id;
}

static int
compare_entities (gconstpointer a,
                  gconstpointer b)
{
  return strcmp (entity_id (*(TautanExtractionItem * const *)a), entity_id (*(TautanExtractionItem * const *)b));
}

typedef struct
{
  TautanExtractionItem *item;
  GPtrArray            *actors;    /* entity items, each once, by id */
  GPtrArray            *targets;
} EventOut;

static void
event_out_clear (gpointer data)
{
  EventOut *e = data;

  g_clear_pointer (&e->actors, g_ptr_array_unref);
  g_clear_pointer (&e->targets, g_ptr_array_unref);
}

/* Events by date, then id; quotes by place, then id (as the merge). */
static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  const TautanExtractionItem *x = ((const EventOut *)a)->item;
  const TautanExtractionItem *y = ((const EventOut *)b)->item;

  if (x->date_start != y->date_start)
    return x->date_start < y->date_start ? -1 : 1;
  if (x->date_end != y->date_end)
    return x->date_end < y->date_end ? -1 : 1;
  return strcmp (x->id, y->id);
}

static int
compare_quotes (gconstpointer a,
                gconstpointer b)
{
  const TautanExtractionItem *x = *(TautanExtractionItem * const *)a;
  const TautanExtractionItem *y = *(TautanExtractionItem * const *)b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end < y->end ? -1 : 1;
  return strcmp (x->id, y->id);
}

/* Claims @key for @owner: FALSE if another owner has it. @key must
 * outlive @claimed, which borrows it. */
static gboolean
claim (GHashTable *claimed,
       const char *key,
       gpointer    owner)
{
  gpointer other = g_hash_table_lookup (claimed, key);

  if (other != NULL)
    return other == owner;
  g_hash_table_insert (claimed, (gpointer)key, owner);
  return TRUE;
}

/* Whether @e shares no unifying name (those a merge unifies by) and no id
 * with an entity claimed before. Its keys are added to @keys, which owns
 * them. */
static gboolean
claim_entity (GHashTable           *claimed,
              GPtrArray            *keys,
              TautanExtractionItem *e)
{
  guint first = keys->len;

  g_ptr_array_add (keys, g_strconcat ("\x01", entity_id (e), NULL));
  _tautan_merge_entity_keys (e->entity_kind, e->gazetteer_id, e->name,
                             (const char * const *)e->aliases, g_strv_length (e->aliases), keys);
  for (guint i = first; i < keys->len; i++)
    if (!claim (claimed, g_ptr_array_index (keys, i), e))
      return FALSE;
  return TRUE;
}

/* Whether @item, when set, is one of @self's: an item of another
 * extraction becomes a record of its own in the merge. */
static gboolean
own_item (TautanExtraction     *self,
          TautanExtractionItem *item)
{
  return item == NULL || g_hash_table_lookup (self->by_id, item->id) == item;
}

static gboolean
own_items (TautanExtraction *self,
           GPtrArray        *list)
{
  for (guint i = 0; i < list->len; i++)
    if (!own_item (self, g_ptr_array_index (list, i)))
      return FALSE;
  return TRUE;
}

/* @list's entities, each once, less those in @exclude, by id. */
static GPtrArray *
entity_set (GPtrArray *list,
            GPtrArray *exclude)
{
  GPtrArray *out = g_ptr_array_new ();

  for (guint i = 0; i < list->len; i++)
    {
      gpointer e = g_ptr_array_index (list, i);

      if (!g_ptr_array_find (out, e, NULL) && (exclude == NULL || !g_ptr_array_find (exclude, e, NULL)))
        g_ptr_array_add (out, e);
    }
  g_ptr_array_sort (out, compare_entities);
  return out;
}

static const char *
item_entity_id (gconstpointer item)
{
  return entity_id ((TautanExtractionItem *)item);
}

static const char *
item_own_id (gconstpointer item)
{
  return ((const TautanExtractionItem *)item)->id;
}

static RecordIds
entity_ids (GPtrArray *entities)
{
  return (RecordIds) { (gconstpointer const *)entities->pdata, entities->len, item_entity_id };
}

typedef struct
{
  char                 *key;       /* the merge's: sorted, and told apart by */
  ExtractionRelay      *relay;
} RelayOut;

static int
compare_relays (gconstpointer a,
                gconstpointer b)
{
  return strcmp (((const RelayOut *)a)->key, ((const RelayOut *)b)->key);
}

static void
write_source (TautanExtraction *self,
              JsonOut          *o)
{
  g_autoptr(GArray) relays = g_array_new (FALSE, FALSE, sizeof (RelayOut));
  g_autofree RecordRelay *out = NULL;

  for (guint i = 0; i < self->relays->len; i++)
    {
      ExtractionRelay *r = g_ptr_array_index (self->relays, i);
      RelayOut relay = { NULL, r };
      gboolean seen = FALSE;

      relay.key = g_strdup_printf ("%s\x1f%s\x1f%d\x1f%s\x1f", r->name ? r->name : "",
                                   r->entity ? entity_id (r->entity) : "", r->state_media, r->words ? r->words : "");
      for (guint k = 0; k < relays->len && !seen; k++)
        seen = g_str_equal (g_array_index (relays, RelayOut, k).key, relay.key);
      if (seen)
        g_free (relay.key);
      else
        g_array_append_val (relays, relay);
    }
  g_array_sort (relays, compare_relays);
  out = g_new0 (RecordRelay, MAX (relays->len, 1));
  for (guint i = 0; i < relays->len; i++)
    {
      RelayOut *relay = &g_array_index (relays, RelayOut, i);
      ExtractionRelay *r = relay->relay;

      out[i] = (RecordRelay) { r->name, r->entity ? entity_id (r->entity) : NULL, r->state_media, r->words, NULL };
      g_free (relay->key);
    }

  _json_out_source (o, &(RecordSource) {
    .id = self->source_id, .outlet = self->outlet, .title = self->title, .url = self->url,
    .language = self->language, .published = self->published, .published_note = self->published_note,
    .relayed = TRUE, .relays = out, .n_relays = relays->len, .state_media = self->state_media,
    .text = self->text, .removed = self->removed,
  });
}

static void
write_entity (JsonOut              *o,
              TautanExtractionItem *e)
{
  g_autoptr(GPtrArray) aliases = g_ptr_array_new ();
  guint n = 0;

  for (guint i = 0; e->aliases[i] != NULL; i++)
    if (g_strcmp0 (e->aliases[i], e->name) != 0)
      g_ptr_array_add (aliases, e->aliases[i]);
  g_ptr_array_sort (aliases, _tautan_compare_string_ptrs);
  /* each once */
  for (guint i = 0; i < aliases->len; i++)
    if (n == 0 || strcmp (g_ptr_array_index (aliases, i), g_ptr_array_index (aliases, n - 1)) != 0)
      aliases->pdata[n++] = aliases->pdata[i];

  _json_out_entity (o, &(RecordEntity) {
    .id = entity_id (e), .name = e->name, .kind = e->entity_kind,
    .aliases = (const char * const *)aliases->pdata, .n_aliases = n,
    .affiliation = e->affiliation != NULL && e->affiliation != e ? entity_id (e->affiliation) : NULL,
    .role = e->role, .notes = e->notes, .gazetteer_id = e->gazetteer_id, .proposed = e->proposed,
  });
}

static void
write_event (TautanExtraction *self,
             JsonOut          *o,
             EventOut         *out,
             GPtrArray        *quotes)
{
  TautanExtractionItem *e = out->item;
  g_autoptr(GPtrArray) own_quotes = g_ptr_array_new ();
  const char *source_id = self->source_id;

  for (guint i = 0; i < quotes->len; i++)
    if (((TautanExtractionItem *)g_ptr_array_index (quotes, i))->event == e)
      g_ptr_array_add (own_quotes, g_ptr_array_index (quotes, i));

  _json_out_event (o, &(RecordEvent) {
    .id = e->id, .type = e->type, .start = e->date_start, .end = e->date_end, .precision = e->precision,
    .method = e->method, .words = e->words, .note = e->date_note,
    .actors = entity_ids (out->actors), .targets = entity_ids (out->targets), .summary = e->summary,
    .sources = { (gconstpointer const *)&source_id, 1, _record_id_string },
    .quotes = { (gconstpointer const *)own_quotes->pdata, own_quotes->len, item_own_id },
    .status = e->status,
    .responds_to = e->responds_to != NULL && e->responds_to != e && e->responds_to->actors->len > 0
                   ? e->responds_to->id : NULL,
    .hull_start = e->date_start, .hull_end = e->date_end,
    .sentences = &(RecordSentence) { self->source_id, e->start, e->end, NULL }, .n_sentences = 1,
  });
}

static void
write_quote (TautanExtraction     *self,
             JsonOut              *o,
             TautanExtractionItem *q)
{
  g_autoptr(GPtrArray) relayed_by = g_ptr_array_new ();

  /* nearest first, each once, never the speaker */
  for (guint i = 0; i < q->relayed_by->len; i++)
    {
      gpointer r = g_ptr_array_index (q->relayed_by, i);

      if (r != NULL && r != q->speaker && !g_ptr_array_find (relayed_by, r, NULL))
        g_ptr_array_add (relayed_by, r);
    }

  _json_out_quote (o, &(RecordQuote) {
    .id = q->id, .source = self->source_id, .text = q->text, .start = q->start, .end = q->end,
    .speaker = q->speaker ? entity_id (q->speaker) : NULL, .speaker_text = q->speaker_text,
    .relayed_by = entity_ids (relayed_by), .certain = q->certain,
    .event = q->event != NULL && q->event->actors->len > 0 ? q->event->id : NULL, .note = q->note,
  });
}

/* Writes @self as tautan_extraction_to_json() into @out, unless the merge
 * would change a record: then writes nothing and returns FALSE. */
gboolean
_tautan_extraction_write_json (TautanExtraction *self,
                               gboolean          pretty,
                               GString          *out)
{
  GListModel *items = G_LIST_MODEL (self->items);
  guint n_items = g_list_model_get_n_items (items);
  g_autoptr(GPtrArray) entities = g_ptr_array_new ();
  g_autoptr(GArray) events = g_array_new (FALSE, TRUE, sizeof (EventOut));
  g_autoptr(GPtrArray) quotes = g_ptr_array_new ();
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) claimed = g_hash_table_new (g_str_hash, g_str_equal);
  JsonOut o = { out, pretty, 0, TRUE, FALSE };

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(TautanExtractionItem) item = g_list_model_get_item (items, i);

      /* the items live as long as the extraction */
      if (!item->accepted || item->merge_target != NULL)
        return FALSE;
      if (item->kind == TAUTAN_EXTRACTION_ENTITY)
        {
          if (!own_item (self, item->affiliation))
            return FALSE;
          g_ptr_array_add (entities, item);
        }
      else if (item->kind == TAUTAN_EXTRACTION_QUOTE)
        {
          if (!own_item (self, item->speaker) || !own_item (self, item->event) || !own_items (self, item->relayed_by))
            return FALSE;
          g_ptr_array_add (quotes, item);
        }
      else if (!own_items (self, item->actors) || !own_items (self, item->targets)
               || !own_item (self, item->responds_to))
        return FALSE;
      else if (item->actors->len > 0)   /* an event with no actor is not written */
        {
          EventOut e = { item, NULL, NULL };

          g_array_append_val (events, e);
        }
    }
  g_array_set_clear_func (events, event_out_clear);

  for (guint i = 0; i < self->relays->len; i++)
    if (!own_item (self, ((ExtractionRelay *)g_ptr_array_index (self->relays, i))->entity))
      return FALSE;
  for (guint i = 0; i < entities->len; i++)
    if (!claim_entity (claimed, keys, g_ptr_array_index (entities, i)))
      return FALSE;
  /* quotes at the same place are one */
  g_ptr_array_sort (quotes, compare_quotes);
  for (guint i = 1; i < quotes->len; i++)
    {
      TautanExtractionItem *q = g_ptr_array_index (quotes, i);
      TautanExtractionItem *before = g_ptr_array_index (quotes, i - 1);

      if (q->start == before->start && q->end == before->end)
        return FALSE;
    }
  /* events of one type between the same entities are one group, which
   * the merge unifies by sentence and date */
  for (guint i = 0; i < events->len; i++)
    {
      EventOut *e = &g_array_index (events, EventOut, i);
      GString *key = g_string_new ("\x03");

      e->actors = entity_set (e->item->actors, NULL);
      e->targets = entity_set (e->item->targets, e->actors);
      g_string_append (key, e->item->type);
      for (guint k = 0; k < e->actors->len; k++)
        {
          g_string_append_c (key, k == 0 ? '|' : ',');
          g_string_append (key, entity_id (g_ptr_array_index (e->actors, k)));
        }
      g_string_append_c (key, '|');
      for (guint k = 0; k < e->targets->len; k++)
        {
          if (k > 0)
            g_string_append_c (key, ',');
          g_string_append (key, entity_id (g_ptr_array_index (e->targets, k)));
        }
      g_ptr_array_add (keys, g_string_free (key, FALSE));
      if (!claim (claimed, g_ptr_array_index (keys, keys->len - 1), e->item))
        return FALSE;
    }

  _json_out_begin_object (&o);
  _json_out_member_string (&o, "format", "tautan-dataset");
  _json_out_member (&o, "version");
  _json_out_int (&o, TAUTAN_DATASET_FORMAT_VERSION);
  _json_out_member_string (&o, "title", self->title ? self->title : "Merged dataset");

  _json_out_member (&o, "sources");
  _json_out_begin_array (&o);
  write_source (self, &o);
  _json_out_end_array (&o);

  g_ptr_array_sort (entities, compare_entities);
  _json_out_member (&o, "entities");
  _json_out_begin_array (&o);
  for (guint i = 0; i < entities->len; i++)
    write_entity (&o, g_ptr_array_index (entities, i));
  _json_out_end_array (&o);

  g_array_sort (events, compare_events);
  _json_out_member (&o, "events");
  _json_out_begin_array (&o);
  for (guint i = 0; i < events->len; i++)
    write_event (self, &o, &g_array_index (events, EventOut, i), quotes);
  _json_out_end_array (&o);

  _json_out_member (&o, "quotes");
  _json_out_begin_array (&o);
  for (guint i = 0; i < quotes->len; i++)
    write_quote (self, &o, g_ptr_array_index (quotes, i));
  _json_out_end_array (&o);
  _json_out_end_object (&o);
  if (pretty)
    g_string_append_c (out, '\n');
  return TRUE;
}

/* Through the merge, whatever the items. */
char *
_tautan_extraction_to_json_merged (TautanExtraction *self,
                                   gboolean          pretty,
                                   gsize            *length)
{
  g_autoptr(TautanMerge) merge = tautan_merge_new ();

  _tautan_extraction_add_to_merge (self, merge, NULL);
  tautan_merge_set_title (merge, self->title);
  return tautan_merge_to_json (merge, pretty, length);
}

/**
 * tautan_extraction_to_json:
 * @pretty: indented, or on one line (JSONL)
 *
 * Returns: (transfer full): the accepted items as a dataset, canonically
 */
char *
tautan_extraction_to_json (TautanExtraction *self,
                           gboolean          pretty,
                           gsize            *length)
{
  GString *out;

  g_return_val_if_fail (TAUTAN_IS_EXTRACTION (self), NULL);

  out = g_string_new (NULL);
  if (!_tautan_extraction_write_json (self, pretty, out))
    {
      g_string_free (out, TRUE);
      return _tautan_extraction_to_json_merged (self, pretty, length);
    }
  if (length)
    *length = out->len;
  return g_string_free (out, FALSE);
}

/**
 * tautan_extraction_merge_into:
 * @extractions: (array length=n_extractions): reviewed articles
 * @dataset: the open dataset
 *
 * Merges the accepted items of every extraction into a copy of @dataset,
 * as `tautan merge` would, except that the records of @dataset keep
 * their ids (tautan_merge_add_dataset_kept()): an article it already
 * holds renames nothing saved views name; and it keeps its title, with
 * the titles a merge made it of (x-merged-titles), for the next merge.
 * @dataset is unchanged: the caller swaps in the result, which makes the
 * merge undoable by swapping back.
 * The result stands where @dataset did: same file, same read-only state
 * (so the bundled dataset's merge goes to Save As).
 *
 * Returns: (transfer full) (nullable): the merged dataset
 */
TautanDataset *
tautan_extraction_merge_into (TautanExtraction * const *extractions,
                              guint                     n_extractions,
                              TautanDataset            *dataset,
                              GError                  **error)
{
  g_autoptr(TautanMerge) merge = tautan_merge_new ();
  TautanDataset *merged;

  g_return_val_if_fail (TAUTAN_IS_DATASET (dataset), NULL);

  if (!tautan_merge_add_dataset_kept (merge, dataset, error))
    return NULL;
  for (guint i = 0; i < n_extractions; i++)
    _tautan_extraction_add_to_merge (extractions[i], merge, dataset);
  merged = tautan_merge_to_dataset (merge, error);
  if (merged != NULL)
    {
      _tautan_dataset_set_file (merged, tautan_dataset_get_file (dataset), FALSE);
      tautan_dataset_set_read_only (merged, tautan_dataset_get_read_only (dataset));
    }
  return merged;
}

/**
 * tautan_extraction_add_known_entity:
 * @id: the id of an entity of the dataset merged into
 * @name: its name
 * @kind: its kind
 *
 * The review names a speaker the article's own entities lack but the
 * dataset has: an accepted entity item standing for it (merged into the
 * dataset's entity by id), added once per @id.
 *
 * Returns: (transfer none): the entity item
 */
TautanExtractionItem *
tautan_extraction_add_known_entity (TautanExtraction *self,
                                    const char       *id,
                                    const char       *name,
                                    TautanEntityKind  kind)
{
  g_autofree char *slug = NULL;
  g_autofree char *item_id = NULL;
  TautanExtractionItem *item;

  g_return_val_if_fail (TAUTAN_IS_EXTRACTION (self), NULL);
  g_return_val_if_fail (id != NULL && name != NULL, NULL);
  g_return_val_if_fail (kind < TAUTAN_N_ENTITY_KINDS, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->items)); i++)
    {
      g_autoptr(TautanExtractionItem) known = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      if (known->kind == TAUTAN_EXTRACTION_ENTITY && g_strcmp0 (known->merge_target, id) == 0)
        return known;
    }

  slug = _tautan_slug (id);
  item_id = g_strdup_printf ("%s-known-%s", self->source_id ? self->source_id : "article", slug);
  item = _tautan_extraction_item_new (TAUTAN_EXTRACTION_ENTITY, item_id, 0, 0);
  item->name = g_strdup (name);
  item->entity_kind = kind;
  item->merge_target = g_strdup (id);
  _tautan_extraction_add_item (self, item);
  g_object_unref (item);
  return item;
}
