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
