/* tautan-merge-writer.c: canonical JSON, byte for byte the same each time
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Merged datasets must be equal byte for byte however the inputs were
 * grouped, so they are written by hand: fixed member order, unknown
 * members sorted by name, objects inside them too, UTF-8 unescaped,
 * two-space indentation (or one line, for JSONL). Long article texts
 * are copied in runs, not character by character.
 */

#define G_LOG_DOMAIN "tautan-merge"

#include "config.h"

#include <string.h>

#include "tautan-merge-private.h"
#include "tautan-utf8-private.h"

/* Bytes that must be escaped in a JSON string. */
static const guint8 needs_escape[256] = {
  [0x00] = 1, [0x01] = 1, [0x02] = 1, [0x03] = 1, [0x04] = 1, [0x05] = 1, [0x06] = 1, [0x07] = 1,
  [0x08] = 1, [0x09] = 1, [0x0a] = 1, [0x0b] = 1, [0x0c] = 1, [0x0d] = 1, [0x0e] = 1, [0x0f] = 1,
  [0x10] = 1, [0x11] = 1, [0x12] = 1, [0x13] = 1, [0x14] = 1, [0x15] = 1, [0x16] = 1, [0x17] = 1,
  [0x18] = 1, [0x19] = 1, [0x1a] = 1, [0x1b] = 1, [0x1c] = 1, [0x1d] = 1, [0x1e] = 1, [0x1f] = 1,
  ['"'] = 1, ['\\'] = 1, [0x7f] = 1,
};

/* The same bytes of @w below 0x20, '"', '\\' or 0x7f, each as its high bit:
 * the lowest is exact, a false alarm only follows a true one. */
static inline guint64
special_bytes (guint64 w)
{
  return (_tautan_bytes_below (w, 0x20) | _tautan_bytes_equal (w, '"') | _tautan_bytes_equal (w, '\\')
          | _tautan_bytes_equal (w, 0x7f));
}

/* Room for @need more bytes at @d, the end of what is written straight
 * into @out: returns where @d now is. */
static inline char *
reserve (GString *out,
         char    *d,
         gsize    need)
{
  gsize at = d - out->str;

  if (at + need < out->allocated_len)
    return d;
  out->len = at;
  g_string_set_size (out, at + need);
  return out->str + at;
}

void
_json_escape (GString    *out,
              const char *text)
{
  static const char hex[] = "0123456789abcdef";
  const char *p = text;
  const char *end = text + strlen (text);
  const char *run = text;
  char *d;

  /* written straight into the string; room for the text, its quotes and
   * the final NUL, more only when escapes outgrow it */
  d = reserve (out, out->str + out->len, (end - p) + 3);
  *d++ = '"';
  for (;;)
    {
      guchar c;

      /* eight bytes at a time to the next byte to escape: an article's
       * text is mostly long runs without one */
      p = _tautan_bytes_find (p, end, special_bytes, needs_escape);
      if (p == end)
        break;
      c = (guchar)*p;
      d = reserve (out, d, (p - run) + 6 + (end - p) + 2);
      memcpy (d, run, p - run);
      d += p - run;
      run = ++p;
      *d++ = '\\';
      switch (c)
        {
        case '"': *d++ = '"'; break;
        case '\\': *d++ = '\\'; break;
        case '\n': *d++ = 'n'; break;
        case '\r': *d++ = 'r'; break;
        case '\t': *d++ = 't'; break;
        case '\b': *d++ = 'b'; break;
        case '\f': *d++ = 'f'; break;
        default:
          *d++ = 'u';
          *d++ = '0';
          *d++ = '0';
          *d++ = hex[c >> 4];
          *d++ = hex[c & 0xf];
          break;
        }
    }
  memcpy (d, run, end - run);
  d += end - run;
  *d++ = '"';
  *d = '\0';
  out->len = d - out->str;
}

static void
newline (JsonOut *o)
{
  if (!o->pretty)
    return;
  g_string_append_c (o->out, '\n');
  for (guint i = 0; i < o->depth; i++)
    g_string_append (o->out, "  ");
}

/* Before a value in an array, or a member in an object. */
static void
separate (JsonOut *o)
{
  if (!o->first)
    g_string_append_c (o->out, ',');
  o->first = FALSE;
  newline (o);
}

/* A string member; none when @value is %NULL. */
void
_json_out_member_string (JsonOut    *o,
                         const char *name,
                         const char *value)
{
  if (value == NULL)
    return;
  _json_out_member (o, name);
  _json_out_string (o, value);
}

/* A day member, YYYY-MM-DD, or null for TAUTAN_DAY_NONE. */
void
_json_out_member_day (JsonOut    *o,
                      const char *name,
                      TautanDay   day)
{
  char buf[11];

  _json_out_member (o, name);
  if (day == TAUTAN_DAY_NONE)
    {
      _json_out_null (o);
      return;
    }
  tautan_day_format_buf (day, buf);
  _json_out_string (o, buf);
}

void
_json_out_member (JsonOut    *o,
                  const char *name)
{
  separate (o);
  _json_escape (o->out, name);
  g_string_append_c (o->out, ':');
  if (o->pretty)
    g_string_append_c (o->out, ' ');
  o->pending = TRUE;
}

static void
value_start (JsonOut *o)
{
  if (o->pending)
    o->pending = FALSE;
  else if (o->depth > 0)
    separate (o);
}

void
_json_out_begin_object (JsonOut *o)
{
  value_start (o);
  g_string_append_c (o->out, '{');
  o->depth++;
  o->first = TRUE;
}

void
_json_out_end_object (JsonOut *o)
{
  gboolean empty = o->first;

  o->depth--;
  if (!empty)
    newline (o);
  g_string_append_c (o->out, '}');
  o->first = FALSE;
}

void
_json_out_begin_array (JsonOut *o)
{
  value_start (o);
  g_string_append_c (o->out, '[');
  o->depth++;
  o->first = TRUE;
}

void
_json_out_end_array (JsonOut *o)
{
  gboolean empty = o->first;

  o->depth--;
  if (!empty)
    newline (o);
  g_string_append_c (o->out, ']');
  o->first = FALSE;
}

void
_json_out_string (JsonOut    *o,
                  const char *value)
{
  value_start (o);
  if (value == NULL)
    g_string_append (o->out, "null");
  else
    _json_escape (o->out, value);
}

void
_json_out_int (JsonOut *o,
               gint64   value)
{
  /* by hand: printf costs more than the rest of the member */
  char buf[24];
  char *p = buf + sizeof buf;
  guint64 u = value < 0 ? -(guint64)value : (guint64)value;

  value_start (o);
  do
    *--p = (char)('0' + u % 10);
  while ((u /= 10) != 0);
  if (value < 0)
    *--p = '-';
  g_string_append_len (o->out, p, buf + sizeof buf - p);
}

void
_json_out_bool (JsonOut  *o,
                gboolean  value)
{
  value_start (o);
  g_string_append (o->out, value ? "true" : "false");
}

void
_json_out_null (JsonOut *o)
{
  value_start (o);
  g_string_append (o->out, "null");
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

/* Any JSON value, objects with their members sorted. */
void
_json_out_node (JsonOut  *o,
                JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *object = json_node_get_object (node);
        g_autoptr(GList) members = json_object_get_members (object);
        g_autoptr(GPtrArray) names = g_ptr_array_new ();

        for (GList *l = members; l; l = l->next)
          g_ptr_array_add (names, l->data);
        g_ptr_array_sort (names, compare_names);
        _json_out_begin_object (o);
        for (guint i = 0; i < names->len; i++)
          {
            _json_out_member (o, g_ptr_array_index (names, i));
            _json_out_node (o, json_object_get_member (object, g_ptr_array_index (names, i)));
          }
        _json_out_end_object (o);
        break;
      }

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);

        _json_out_begin_array (o);
        for (guint i = 0; i < json_array_get_length (array); i++)
          _json_out_node (o, json_array_get_element (array, i));
        _json_out_end_array (o);
        break;
      }

    case JSON_NODE_NULL:
      _json_out_null (o);
      break;

    case JSON_NODE_VALUE:
    default:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING:
          _json_out_string (o, json_node_get_string (node));
          break;
        case G_TYPE_BOOLEAN:
          _json_out_bool (o, json_node_get_boolean (node));
          break;
        case G_TYPE_DOUBLE:
          {
            char buf[G_ASCII_DTOSTR_BUF_SIZE];

            value_start (o);
            g_string_append (o->out, g_ascii_dtostr (buf, sizeof buf, json_node_get_double (node)));
            break;
          }
        default:
          _json_out_int (o, json_node_get_int (node));
          break;
        }
      break;
    }
}

/* Unknown members, sorted by name, after the known ones. */
void
_json_out_extras (JsonOut    *o,
                  JsonObject *extras)
{
  g_autoptr(GList) members = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  if (extras == NULL)
    return;
  members = json_object_get_members (extras);
  for (GList *l = members; l; l = l->next)
    g_ptr_array_add (names, l->data);
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      _json_out_member (o, g_ptr_array_index (names, i));
      _json_out_node (o, json_object_get_member (extras, g_ptr_array_index (names, i)));
    }
}

/* One line, members sorted: what two values are compared by. */
char *
_json_node_canonical (JsonNode *node)
{
  JsonOut o = { g_string_new (NULL), FALSE, 0, TRUE, FALSE };

  _json_out_node (&o, node);
  return g_string_free (o.out, FALSE);
}

/* For RecordIds over C strings. */
const char *
_record_id_string (gconstpointer item)
{
  return item;
}

static void
member_ids (JsonOut         *o,
            const char      *name,
            const RecordIds *ids)
{
  _json_out_member (o, name);
  _json_out_begin_array (o);
  for (guint i = 0; i < ids->n; i++)
    _json_out_string (o, ids->id (ids->items[i]));
  _json_out_end_array (o);
}

void
_json_out_source (JsonOut            *o,
                  const RecordSource *r)
{
  _json_out_begin_object (o);
  _json_out_member_string (o, "id", r->id);
  _json_out_member_string (o, "outlet", r->outlet ? r->outlet : "Unnamed outlet");
  _json_out_member_string (o, "title", r->title ? r->title : "");
  _json_out_member (o, "url");
  _json_out_string (o, r->url);
  _json_out_member_string (o, "language", r->language ? r->language : "und");
  _json_out_member_day (o, "published", r->published);
  if (r->published == TAUTAN_DAY_NONE)
    _json_out_member_string (o, "published_note", r->published_note ? r->published_note : "No publication date.");
  else
    _json_out_member_string (o, "published_note", r->published_note);
  _json_out_member_string (o, "origin", r->relayed && r->n_relays > 0 ? "relayed" : "own");
  if (r->n_relays > 0)
    {
      _json_out_member (o, "relayed_from");
      _json_out_begin_array (o);
      for (guint i = 0; i < r->n_relays; i++)
        {
          const RecordRelay *relay = &r->relays[i];

          _json_out_begin_object (o);
          _json_out_member_string (o, "name", relay->name ? relay->name : "");
          if (relay->entity != NULL)
            _json_out_member_string (o, "entity", relay->entity);
          _json_out_member (o, "state_media");
          _json_out_bool (o, relay->state_media);
          _json_out_member_string (o, "words", relay->words ? relay->words : "");
          _json_out_extras (o, relay->extras);
          _json_out_end_object (o);
        }
      _json_out_end_array (o);
    }
  _json_out_member (o, "state_media");
  _json_out_bool (o, r->state_media);
  _json_out_member_string (o, "text", r->text);
  if (r->removed != NULL && r->removed->len > 0)
    {
      /* which code points of the given text are not in "text" */
      _json_out_member (o, "x-removed");
      _json_out_begin_array (o);
      for (guint i = 0; i + 1 < r->removed->len; i += 2)
        {
          _json_out_begin_array (o);
          _json_out_int (o, g_array_index (r->removed, guint, i));
          _json_out_int (o, g_array_index (r->removed, guint, i + 1));
          _json_out_end_array (o);
        }
      _json_out_end_array (o);
    }
  _json_out_extras (o, r->extras);
  _json_out_end_object (o);
}

void
_json_out_entity (JsonOut            *o,
                  const RecordEntity *r)
{
  _json_out_begin_object (o);
  _json_out_member_string (o, "id", r->id);
  _json_out_member_string (o, "name", r->name);
  _json_out_member_string (o, "kind", kind_names[r->kind]);
  _json_out_member (o, "aliases");
  _json_out_begin_array (o);
  for (guint i = 0; i < r->n_aliases; i++)
    _json_out_string (o, r->aliases[i]);
  _json_out_end_array (o);
  if (r->affiliation != NULL)
    _json_out_member_string (o, "affiliation", r->affiliation);
  _json_out_member_string (o, "role", r->role);
  _json_out_member_string (o, "notes", r->notes);
  _json_out_member_string (o, "x-gazetteer-id", r->gazetteer_id);
  if (r->proposed)
    {
      _json_out_member (o, "x-proposed");
      _json_out_bool (o, TRUE);
    }
  _json_out_extras (o, r->extras);
  _json_out_end_object (o);
}

void
_json_out_event (JsonOut           *o,
                 const RecordEvent *r)
{
  _json_out_begin_object (o);
  _json_out_member_string (o, "id", r->id);
  _json_out_member_string (o, "type", r->type);
  _json_out_member (o, "date");
  _json_out_begin_object (o);
  _json_out_member_day (o, "start", r->start);
  _json_out_member_day (o, "end", r->end);
  _json_out_member_string (o, "precision", precision_names[r->precision]);
  _json_out_extras (o, r->date_extras);
  _json_out_end_object (o);
  _json_out_member (o, "date_basis");
  _json_out_begin_object (o);
  _json_out_member_string (o, "method", method_names[r->method]);
  _json_out_member_string (o, "words", r->words ? r->words : "");
  _json_out_member_string (o, "note", r->note);
  _json_out_extras (o, r->basis_extras);
  _json_out_end_object (o);
  member_ids (o, "actors", &r->actors);
  member_ids (o, "targets", &r->targets);
  _json_out_member_string (o, "summary", r->summary ? r->summary : "");
  member_ids (o, "sources", &r->sources);
  member_ids (o, "quotes", &r->quotes);
  _json_out_member_string (o, "status", status_names[r->status]);
  _json_out_member_string (o, "responds_to", r->responds_to);
  if (r->hull_start != r->start || r->hull_end != r->end)
    {
      _json_out_member (o, "x-merged-span");
      _json_out_begin_object (o);
      _json_out_member_day (o, "start", r->hull_start);
      _json_out_member_day (o, "end", r->hull_end);
      _json_out_end_object (o);
    }
  if (r->n_sentences > 0)
    {
      _json_out_member (o, "x-sentences");
      _json_out_begin_array (o);
      for (guint i = 0; i < r->n_sentences; i++)
        {
          const RecordSentence *s = &r->sentences[i];

          _json_out_begin_object (o);
          _json_out_member_string (o, "source", s->source);
          _json_out_member (o, "start");
          _json_out_int (o, s->start);
          _json_out_member (o, "end");
          _json_out_int (o, s->end);
          _json_out_member_string (o, "words", s->words);
          _json_out_end_object (o);
        }
      _json_out_end_array (o);
    }
  _json_out_extras (o, r->extras);
  _json_out_end_object (o);
}

void
_json_out_quote (JsonOut           *o,
                 const RecordQuote *r)
{
  _json_out_begin_object (o);
  _json_out_member_string (o, "id", r->id);
  _json_out_member_string (o, "source", r->source);
  _json_out_member_string (o, "text", r->text);
  _json_out_member (o, "start");
  _json_out_int (o, r->start);
  _json_out_member (o, "end");
  _json_out_int (o, r->end);
  _json_out_member (o, "speaker");
  _json_out_begin_object (o);
  if (r->speaker != NULL)
    _json_out_member_string (o, "entity", r->speaker);
  else
    _json_out_member_string (o, "text", r->speaker_text ? r->speaker_text : "not named in the text");
  _json_out_extras (o, r->speaker_extras);
  _json_out_end_object (o);
  if (r->relayed_by.n > 0)
    member_ids (o, "relayed_by", &r->relayed_by);
  _json_out_member_string (o, "attribution", r->certain ? "certain" : "uncertain");
  _json_out_member_string (o, "event", r->event);
  _json_out_member_string (o, "gloss", r->gloss);
  _json_out_member_string (o, "note", r->note);
  if (r->other_events.n > 0)
    member_ids (o, "x-other-events", &r->other_events);
  _json_out_extras (o, r->extras);
  _json_out_end_object (o);
}
