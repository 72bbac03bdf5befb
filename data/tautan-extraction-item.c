/* tautan-extraction-item.c: one quote, entity or event found in an article
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the review shows and the user changes: each item has code point
 * offsets into its article's kept text, an accepted state, and for each
 * kind the fields a reviewer fixes (a quote's speaker, an entity's name
 * or the existing entity it is, an event's date). Changing a field
 * notifies "label", which a list row shows.
 */

#define G_LOG_DOMAIN "tautan-extraction"

#include "config.h"

#include <string.h>

#include "tautan-extraction-private.h"

enum
{
  PROP_0,
  PROP_KIND,
  PROP_ID,
  PROP_START,
  PROP_END,
  PROP_ACCEPTED,
  PROP_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (TautanExtractionItem, tautan_extraction_item, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (TautanExtractionItemKind, tautan_extraction_item_kind,
                    G_DEFINE_ENUM_VALUE (TAUTAN_EXTRACTION_QUOTE, "quote"),
                    G_DEFINE_ENUM_VALUE (TAUTAN_EXTRACTION_ENTITY, "entity"),
                    G_DEFINE_ENUM_VALUE (TAUTAN_EXTRACTION_EVENT, "event"))

static void
tautan_extraction_item_finalize (GObject *object)
{
  TautanExtractionItem *self = (TautanExtractionItem *)object;

  g_free (self->id);
  g_free (self->text);
  g_free (self->speaker_text);
  g_clear_pointer (&self->relayed_by, g_ptr_array_unref);
  g_free (self->note);
  g_free (self->name);
  g_free (self->gazetteer_id);
  g_free (self->role);
  g_free (self->notes);
  g_strfreev (self->aliases);
  g_clear_pointer (&self->mentions, g_array_unref);
  g_free (self->merge_target);
  g_free (self->type);
  g_clear_pointer (&self->actors, g_ptr_array_unref);
  g_clear_pointer (&self->targets, g_ptr_array_unref);
  g_free (self->words);
  g_free (self->date_note);
  g_free (self->summary);
  g_clear_pointer (&self->quotes, g_ptr_array_unref);

  G_OBJECT_CLASS (tautan_extraction_item_parent_class)->finalize (object);
}

static void
tautan_extraction_item_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  TautanExtractionItem *self = TAUTAN_EXTRACTION_ITEM (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_START:
      g_value_set_uint (value, self->start);
      break;
    case PROP_END:
      g_value_set_uint (value, self->end);
      break;
    case PROP_ACCEPTED:
      g_value_set_boolean (value, self->accepted);
      break;
    case PROP_LABEL:
      g_value_take_string (value, tautan_extraction_item_dup_label (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tautan_extraction_item_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  TautanExtractionItem *self = TAUTAN_EXTRACTION_ITEM (object);

  switch (prop_id)
    {
    case PROP_ACCEPTED:
      tautan_extraction_item_set_accepted (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tautan_extraction_item_class_init (TautanExtractionItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tautan_extraction_item_finalize;
  object_class->get_property = tautan_extraction_item_get_property;
  object_class->set_property = tautan_extraction_item_set_property;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, tautan_extraction_item_kind_get_type (), TAUTAN_EXTRACTION_QUOTE,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_START] =
    g_param_spec_uint ("start", NULL, NULL, 0, G_MAXUINT, 0, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_END] =
    g_param_spec_uint ("end", NULL, NULL, 0, G_MAXUINT, 0, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_ACCEPTED] =
    g_param_spec_boolean ("accepted", NULL, NULL, TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL, (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tautan_extraction_item_init (TautanExtractionItem *self)
{
  self->accepted = TRUE;
  self->certain = TRUE;
}

TautanExtractionItem *
_tautan_extraction_item_new (TautanExtractionItemKind  kind,
                             const char               *id,
                             guint                     start,
                             guint                     end)
{
  TautanExtractionItem *self = g_object_new (TAUTAN_TYPE_EXTRACTION_ITEM, NULL);

  self->kind = kind;
  self->id = g_strdup (id);
  self->start = start;
  self->end = end;
  switch (kind)
    {
    case TAUTAN_EXTRACTION_QUOTE:
      self->relayed_by = g_ptr_array_new ();
      break;
    case TAUTAN_EXTRACTION_ENTITY:
      self->mentions = g_array_new (FALSE, FALSE, sizeof (guint));
      self->aliases = g_new0 (char *, 1);
      break;
    case TAUTAN_EXTRACTION_EVENT:
    default:
      self->actors = g_ptr_array_new ();
      self->targets = g_ptr_array_new ();
      self->quotes = g_ptr_array_new ();
      break;
    }
  return self;
}

static void
changed (TautanExtractionItem *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}

static void
append_names (GString   *out,
              GPtrArray *entities)
{
  guint n = 0;

  for (guint i = 0; i < entities->len; i++)
    {
      TautanExtractionItem *e = g_ptr_array_index (entities, i);

      if (!e->accepted)
        continue;
      if (n++ > 0)
        g_string_append (out, i + 1 == entities->len ? " and " : ", ");
      g_string_append (out, e->name);
    }
  if (n == 0)
    g_string_append (out, "(no one)");
}

/* Rebuilds an event's summary from its actors, type and targets, unless
 * the reviewer wrote one. */
void
_tautan_extraction_item_update_summary (TautanExtractionItem *self)
{
  GString *out;
  const char *verb;

  if (self->kind != TAUTAN_EXTRACTION_EVENT || self->summary_edited)
    return;
  out = g_string_new (NULL);
  verb = _tautan_event_summary_verb (self->type);
  append_names (out, self->actors);
  if (self->targets->len == 0 && g_str_has_suffix (verb, " to"))
    g_string_append_printf (out, " %.*s", (int)strlen (verb) - 3, verb);
  else if (self->targets->len == 0 && g_str_has_suffix (verb, " with"))
    g_string_append_printf (out, " %.*s", (int)strlen (verb) - 5, verb);
  else
    g_string_append_printf (out, " %s", verb);
  if (self->targets->len > 0)
    {
      g_string_append_c (out, ' ');
      append_names (out, self->targets);
    }
  if (self->words != NULL && self->summary != NULL)
    {
      /* keep the cue's words the extractor quoted */
      const char *open = strstr (self->summary, " (“");

      if (open != NULL)
        {
          g_string_append (out, open);
          g_free (self->summary);
          self->summary = g_string_free (out, FALSE);
          return;
        }
    }
  g_string_append_c (out, '.');
  g_free (self->summary);
  self->summary = g_string_free (out, FALSE);
}

TautanExtractionItemKind
tautan_extraction_item_get_kind (TautanExtractionItem *self)
{
  g_return_val_if_fail (TAUTAN_IS_EXTRACTION_ITEM (self), 0);
  return self->kind;
}

const char *
tautan_extraction_item_get_id (TautanExtractionItem *self)
{
  g_return_val_if_fail (TAUTAN_IS_EXTRACTION_ITEM (self), NULL);
  return self->id;
}

guint
tautan_extraction_item_get_start (TautanExtractionItem *self)
{
  g_return_val_if_fail (TAUTAN_IS_EXTRACTION_ITEM (self), 0);
  return self->start;
}

guint
tautan_extraction_item_get_end (TautanExtractionItem *self)
{
  g_return_val_if_fail (TAUTAN_IS_EXTRACTION_ITEM (self), 0);
  return self->end;
}

/**
 * tautan_extraction_item_dup_label:
 *
 * Returns: (transfer full): one line saying what the item is
 */
char *
tautan_extraction_item_dup_label (TautanExtractionItem *self)
{
  g_return_val_if_fail (TAUTAN_IS_EXTRACTION_ITEM (self), NULL);

  switch (self->kind)
    {
    case TAUTAN_EXTRACTION_QUOTE:
      {
        g_autofree char *shown = g_utf8_strlen (self->text, -1) > 80
                                 ? g_strdup_printf ("%.*s…", (int)(g_utf8_offset_to_pointer (self->text, 79) - self->text), self->text)
                                 : g_strdup (self->text);
        const char *who = self->speaker != NULL && self->speaker->accepted ? self->speaker->name
                          : self->speaker_text != NULL ? self->speaker_text
                          : self->speaker != NULL ? self->speaker->name : "?";

        return g_strdup_printf ("“%s” — %s%s", shown, who, self->certain ? "" : " (uncertain)");
      }
    case TAUTAN_EXTRACTION_ENTITY:
      if (self->merge_target != NULL)
        return g_strdup_printf ("%s (%s) → %s", self->name, tautan_entity_kind_label (self->entity_kind), self->merge_target);
      return g_strdup_printf ("%s (%s%s)", self->name, tautan_entity_kind_label (self->entity_kind),
                              self->proposed ? ", proposed" : "");
    case TAUTAN_EXTRACTION_EVENT:
    default:
      {
        TautanTimeSpan span = { self->date_start, self->date_end };
        g_autofree char *when = tautan_time_span_format_human (&span);

        return g_strdup_printf ("%s — %s", self->summary, when);
      }
    }
}

gboolean
tautan_extraction_item_get_accepted (TautanExtractionItem *self)
{
  g_return_val_if_fail (TAUTAN_IS_EXTRACTION_ITEM (self), FALSE);
  return self->accepted;
}

/**
 * tautan_extraction_item_set_accepted:
 *
 * Whether the item joins the dataset when merged. A rejected entity is
 * dropped from events (an event left with no actor is dropped too); a
 * quote it spoke keeps its words, attributed uncertainly by name.
 */
void
tautan_extraction_item_set_accepted (TautanExtractionItem *self,
                                     gboolean              accepted)
{
  g_return_if_fail (TAUTAN_IS_EXTRACTION_ITEM (self));

  accepted = !!accepted;
  if (self->accepted == (guint)accepted)
    return;
  self->accepted = accepted;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACCEPTED]);
}

const char *
tautan_extraction_item_get_text (TautanExtractionItem *self)
{
  g_return_val_if_fail (TAUTAN_IS_EXTRACTION_ITEM (self), NULL);
  return self->text;
}

/**
 * tautan_extraction_item_get_speaker:
 *
 * Returns: (transfer none) (nullable): the entity item that spoke, or
 *   %NULL when the speaker is words of the text
 */
TautanExtractionItem *
tautan_extraction_item_get_speaker (TautanExtractionItem *self)
{
  g_return_val_if_fail (TAUTAN_IS_EXTRACTION_ITEM (self), NULL);
  return self->speaker;
}

const char *
tautan_extraction_item_get_speaker_text (TautanExtractionItem *self)
{
  g_return_val_if_fail (TAUTAN_IS_EXTRACTION_ITEM (self), NULL);
  return self->speaker_text;
}

/* Where the speaker is named in the text (0, 0 when nowhere). */
void
tautan_extraction_item_get_speaker_span (TautanExtractionItem *self,
                                         guint                *start,
                                         guint                *end)
{
  g_return_if_fail (TAUTAN_IS_EXTRACTION_ITEM (self));
  if (start)
    *start = self->speaker_start;
  if (end)
    *end = self->speaker_end;
}

/**
 * tautan_extraction_item_set_speaker:
 * @entity: (nullable): an entity item of the same extraction
 *
 * The reviewer's fix: the quote's speaker is @entity, certainly.
 */
void
tautan_extraction_item_set_speaker (TautanExtractionItem *self,
                                    TautanExtractionItem *entity)
{
  g_return_if_fail (TAUTAN_IS_EXTRACTION_ITEM (self));
  g_return_if_fail (self->kind == TAUTAN_EXTRACTION_QUOTE);
  g_return_if_fail (entity == NULL || entity->kind == TAUTAN_EXTRACTION_ENTITY);

  self->speaker = entity;
  g_clear_pointer (&self->speaker_text, g_free);
  self->certain = TRUE;
  g_ptr_array_remove (self->relayed_by, entity);
  changed (self);
}

/* The speaker is someone the text does not name: "an unnamed official". */
void
tautan_extraction_item_set_speaker_text (TautanExtractionItem *self,
                                         const char           *text)
{
  g_return_if_fail (TAUTAN_IS_EXTRACTION_ITEM (self));
  g_return_if_fail (self->kind == TAUTAN_EXTRACTION_QUOTE);
  g_return_if_fail (text != NULL && *text != '\0');

  self->speaker = NULL;
  g_free (self->speaker_text);
  self->speaker_text = g_strdup (text);
  self->certain = TRUE;
  changed (self);
}

gboolean
tautan_extraction_item_get_certain (TautanExtractionItem *self)
{
  g_return_val_if_fail (TAUTAN_IS_EXTRACTION_ITEM (self), FALSE);
  return self->certain;
}

void
tautan_extraction_item_set_certain (TautanExtractionItem *self,
                                    gboolean              certain)
{
  g_return_if_fail (TAUTAN_IS_EXTRACTION_ITEM (self));
  self->certain = !!certain;
  changed (self);
}

/**
 * tautan_extraction_item_get_relayed_by:
 *
 * Returns: (transfer none) (element-type TautanExtractionItem): the
 *   agencies the quote came through, nearest the speaker first
 */
GPtrArray *
tautan_extraction_item_get_relayed_by (TautanExtractionItem *self)
{
  g_return_val_if_fail (TAUTAN_IS_EXTRACTION_ITEM (self), NULL);
  return self->relayed_by;
}

/**
 * tautan_extraction_item_get_event:
 *
 * Returns: (transfer none) (nullable): the event the quote supports
 */
TautanExtractionItem *
tautan_extraction_item_get_event (TautanExtractionItem *self)
{
  g_return_val_if_fail (TAUTAN_IS_EXTRACTION_ITEM (self), NULL);
  return self->event;
}

void
tautan_extraction_item_set_event (TautanExtractionItem *self,
                                  TautanExtractionItem *event)
{
  g_return_if_fail (TAUTAN_IS_EXTRACTION_ITEM (self));
  g_return_if_fail (self->kind == TAUTAN_EXTRACTION_QUOTE);
  g_return_if_fail (event == NULL || event->kind == TAUTAN_EXTRACTION_EVENT);

  if (self->event == event)
    return;
  if (self->event != NULL)
    g_ptr_array_remove (self->event->quotes, self);
  self->event = event;
  if (event != NULL)
    g_ptr_array_add (event->quotes, self);
  changed (self);
}

const char *
tautan_extraction_item_get_note (TautanExtractionItem *self)
{
  g_return_val_if_fail (TAUTAN_IS_EXTRACTION_ITEM (self), NULL);
  return self->note;
}

const char *
tautan_extraction_item_get_name (TautanExtractionItem *self)
{
  g_return_val_if_fail (TAUTAN_IS_EXTRACTION_ITEM (self), NULL);
  return self->name;
}

void
tautan_extraction_item_set_name (TautanExtractionItem *self,
                                 const char           *name)
{
  g_return_if_fail (TAUTAN_IS_EXTRACTION_ITEM (self));
  g_return_if_fail (self->kind == TAUTAN_EXTRACTION_ENTITY);
  g_return_if_fail (name != NULL && *name != '\0');

  g_free (self->name);
  self->name = g_strdup (name);
  changed (self);
}

TautanEntityKind
tautan_extraction_item_get_entity_kind (TautanExtractionItem *self)
{
  g_return_val_if_fail (TAUTAN_IS_EXTRACTION_ITEM (self), 0);
  return self->entity_kind;
}

void
tautan_extraction_item_set_entity_kind (TautanExtractionItem *self,
                                        TautanEntityKind      kind)
{
  g_return_if_fail (TAUTAN_IS_EXTRACTION_ITEM (self));
  g_return_if_fail (self->kind == TAUTAN_EXTRACTION_ENTITY);
  g_return_if_fail (kind < TAUTAN_N_ENTITY_KINDS);

  self->entity_kind = kind;
  changed (self);
}

gboolean
tautan_extraction_item_get_proposed (TautanExtractionItem *self)
{
  g_return_val_if_fail (TAUTAN_IS_EXTRACTION_ITEM (self), FALSE);
  return self->proposed;
}

const char *
tautan_extraction_item_get_gazetteer_id (TautanExtractionItem *self)
{
  g_return_val_if_fail (TAUTAN_IS_EXTRACTION_ITEM (self), NULL);
  return self->gazetteer_id;
}

const char *
tautan_extraction_item_get_role (TautanExtractionItem *self)
{
  g_return_val_if_fail (TAUTAN_IS_EXTRACTION_ITEM (self), NULL);
  return self->role;
}

/**
 * tautan_extraction_item_get_affiliation:
 *
 * Returns: (transfer none) (nullable): the entity item this one belongs to
 */
TautanExtractionItem *
tautan_extraction_item_get_affiliation (TautanExtractionItem *self)
{
  g_return_val_if_fail (TAUTAN_IS_EXTRACTION_ITEM (self), NULL);
  return self->affiliation;
}

const char * const *
tautan_extraction_item_get_aliases (TautanExtractionItem *self)
{
  g_return_val_if_fail (TAUTAN_IS_EXTRACTION_ITEM (self), NULL);
  return (const char * const *)self->aliases;
}

/**
 * tautan_extraction_item_get_mentions:
 *
 * Returns: (transfer none) (element-type guint): every place the entity
 *   is named, as pairs of start and end code points
 */
GArray *
tautan_extraction_item_get_mentions (TautanExtractionItem *self)
{
  g_return_val_if_fail (TAUTAN_IS_EXTRACTION_ITEM (self), NULL);
  return self->mentions;
}

const char *
tautan_extraction_item_get_merge_target (TautanExtractionItem *self)
{
  g_return_val_if_fail (TAUTAN_IS_EXTRACTION_ITEM (self), NULL);
  return self->merge_target;
}

/**
 * tautan_extraction_item_set_merge_target:
 * @entity_id: (nullable): the id of an entity of the dataset merged into
 *
 * The reviewer says this entity is one the dataset has already: merged
 * into it, the dataset's entity keeps its id and name and gains this
 * name as an alias.
 */
void
tautan_extraction_item_set_merge_target (TautanExtractionItem *self,
                                         const char           *entity_id)
{
  g_return_if_fail (TAUTAN_IS_EXTRACTION_ITEM (self));
  g_return_if_fail (self->kind == TAUTAN_EXTRACTION_ENTITY);

  g_free (self->merge_target);
  self->merge_target = entity_id && *entity_id ? g_strdup (entity_id) : NULL;
  changed (self);
}

const char *
tautan_extraction_item_get_event_type (TautanExtractionItem *self)
{
  g_return_val_if_fail (TAUTAN_IS_EXTRACTION_ITEM (self), NULL);
  return self->type;
}

void
tautan_extraction_item_set_event_type (TautanExtractionItem *self,
                                       const char           *type)
{
  g_return_if_fail (TAUTAN_IS_EXTRACTION_ITEM (self));
  g_return_if_fail (self->kind == TAUTAN_EXTRACTION_EVENT);
  g_return_if_fail (type != NULL);

  g_free (self->type);
  self->type = g_strdup (type);
  _tautan_extraction_item_update_summary (self);
  changed (self);
}

/**
 * tautan_extraction_item_get_actors:
 *
 * Returns: (transfer none) (element-type TautanExtractionItem): the entities that act
 */
GPtrArray *
tautan_extraction_item_get_actors (TautanExtractionItem *self)
{
  g_return_val_if_fail (TAUTAN_IS_EXTRACTION_ITEM (self), NULL);
  return self->actors;
}

/**
 * tautan_extraction_item_get_targets:
 *
 * Returns: (transfer none) (element-type TautanExtractionItem): the entities acted on
 */
GPtrArray *
tautan_extraction_item_get_targets (TautanExtractionItem *self)
{
  g_return_val_if_fail (TAUTAN_IS_EXTRACTION_ITEM (self), NULL);
  return self->targets;
}

static void
set_entities (TautanExtractionItem *self,
              GPtrArray            *into,
              GPtrArray            *entities)
{
  g_ptr_array_set_size (into, 0);
  for (guint i = 0; entities != NULL && i < entities->len; i++)
    {
      TautanExtractionItem *e = g_ptr_array_index (entities, i);

      g_return_if_fail (TAUTAN_IS_EXTRACTION_ITEM (e) && e->kind == TAUTAN_EXTRACTION_ENTITY);
      g_ptr_array_add (into, e);
    }
  _tautan_extraction_item_update_summary (self);
  changed (self);
}

/**
 * tautan_extraction_item_set_actors:
 * @entities: (element-type TautanExtractionItem): entity items of the same extraction
 */
void
tautan_extraction_item_set_actors (TautanExtractionItem *self,
                                   GPtrArray            *entities)
{
  g_return_if_fail (TAUTAN_IS_EXTRACTION_ITEM (self));
  g_return_if_fail (self->kind == TAUTAN_EXTRACTION_EVENT);
  set_entities (self, self->actors, entities);
}

/**
 * tautan_extraction_item_set_targets:
 * @entities: (element-type TautanExtractionItem): entity items of the same extraction
 */
void
tautan_extraction_item_set_targets (TautanExtractionItem *self,
                                    GPtrArray            *entities)
{
  g_return_if_fail (TAUTAN_IS_EXTRACTION_ITEM (self));
  g_return_if_fail (self->kind == TAUTAN_EXTRACTION_EVENT);
  set_entities (self, self->targets, entities);
}

void
tautan_extraction_item_get_date (TautanExtractionItem *self,
                                 TautanDay            *start,
                                 TautanDay            *end,
                                 TautanPrecision      *precision)
{
  g_return_if_fail (TAUTAN_IS_EXTRACTION_ITEM (self));
  if (start)
    *start = self->date_start;
  if (end)
    *end = self->date_end;
  if (precision)
    *precision = self->precision;
}

TautanDateMethod
tautan_extraction_item_get_date_method (TautanExtractionItem *self)
{
  g_return_val_if_fail (TAUTAN_IS_EXTRACTION_ITEM (self), 0);
  return self->method;
}

const char *
tautan_extraction_item_get_date_words (TautanExtractionItem *self)
{
  g_return_val_if_fail (TAUTAN_IS_EXTRACTION_ITEM (self), NULL);
  return self->words;
}

const char *
tautan_extraction_item_get_date_note (TautanExtractionItem *self)
{
  g_return_val_if_fail (TAUTAN_IS_EXTRACTION_ITEM (self), NULL);
  return self->date_note;
}

/**
 * tautan_extraction_item_set_date:
 * @note: (nullable): why, in the reviewer's words
 *
 * The reviewer's date for the event. It must be a date the format allows
 * at that precision (docs/dataset-format.md); it is recorded as inferred,
 * with @note, since it is not the text's own word.
 *
 * Returns: %FALSE with an error saying why the date is refused
 */
gboolean
tautan_extraction_item_set_date (TautanExtractionItem  *self,
                                 TautanDay              start,
                                 TautanDay              end,
                                 TautanPrecision        precision,
                                 const char            *note,
                                 GError               **error)
{
  int sy, sm, sd, ey, em, ed;
  const char *problem = NULL;

  g_return_val_if_fail (TAUTAN_IS_EXTRACTION_ITEM (self), FALSE);
  g_return_val_if_fail (self->kind == TAUTAN_EXTRACTION_EVENT, FALSE);

  if (start == TAUTAN_DAY_NONE || end == TAUTAN_DAY_NONE || start < TAUTAN_DAY_MIN || end > TAUTAN_DAY_MAX)
    problem = "the date is outside the calendar Tautan reads";
  else if (end < start)
    problem = "the end is before the start";
  else
    {
      tautan_day_to_ymd (start, &sy, &sm, &sd);
      tautan_day_to_ymd (end, &ey, &em, &ed);
      switch (precision)
        {
        case TAUTAN_PRECISION_DAY:
          if (start != end)
            problem = "a day's date starts and ends on the same day";
          break;
        case TAUTAN_PRECISION_WEEK:
          if (end - start > 6)
            problem = "a week spans at most 7 days";
          break;
        case TAUTAN_PRECISION_MONTH:
          if (sd != 1 || sy != ey || sm != em || ed != tautan_days_in_month (ey, em))
            problem = "a month's date runs from the first to the last day of one month";
          break;
        case TAUTAN_PRECISION_YEAR:
          if (sm != 1 || sd != 1 || em != 12 || ed != 31 || sy != ey)
            problem = "a year's date runs from 1 January to 31 December of one year";
          break;
        case TAUTAN_PRECISION_RANGE:
          break;
        case TAUTAN_N_PRECISIONS:
        default:
          problem = "unknown precision";
          break;
        }
    }
  if (problem != NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, problem);
      return FALSE;
    }

  self->date_start = start;
  self->date_end = end;
  self->precision = precision;
  self->method = TAUTAN_DATE_INFERRED;
  g_free (self->date_note);
  self->date_note = g_strdup (note != NULL && *note ? note : "Set in review.");
  changed (self);
  return TRUE;
}

TautanStatus
tautan_extraction_item_get_status (TautanExtractionItem *self)
{
  g_return_val_if_fail (TAUTAN_IS_EXTRACTION_ITEM (self), 0);
  return self->status;
}

void
tautan_extraction_item_set_status (TautanExtractionItem *self,
                                   TautanStatus          status)
{
  g_return_if_fail (TAUTAN_IS_EXTRACTION_ITEM (self));
  g_return_if_fail (status < TAUTAN_N_STATUSES);

  self->status = status;
  changed (self);
}

/**
 * tautan_extraction_item_get_responds_to:
 *
 * Returns: (transfer none) (nullable): the accusation a denial answers
 */
TautanExtractionItem *
tautan_extraction_item_get_responds_to (TautanExtractionItem *self)
{
  g_return_val_if_fail (TAUTAN_IS_EXTRACTION_ITEM (self), NULL);
  return self->responds_to;
}

const char *
tautan_extraction_item_get_summary (TautanExtractionItem *self)
{
  g_return_val_if_fail (TAUTAN_IS_EXTRACTION_ITEM (self), NULL);
  return self->summary;
}

/**
 * tautan_extraction_item_get_quotes:
 *
 * Returns: (transfer none) (element-type TautanExtractionItem): the quotes backing the event
 */
GPtrArray *
tautan_extraction_item_get_quotes (TautanExtractionItem *self)
{
  g_return_val_if_fail (TAUTAN_IS_EXTRACTION_ITEM (self), NULL);
  return self->quotes;
}
