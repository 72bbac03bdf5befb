/* tautan-json-reader.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-json-reader"

#include "config.h"

#include <string.h>

#include "tautan/tautan-json-reader.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* The loader reads a dataset only after tautan_json_scan_check() has
 * accepted every byte of it (syntax, UTF-8, depth, duplicate keys, integer
 * range), so this reader checks nothing and builds nothing: it walks the
 * bytes once and hands out spans of the input. On input that is not valid
 * JSON it still never reads outside the buffer and always ends, jumping to
 * the end at the first byte it cannot place; what it returns then is
 * meaningless. The input need not be NUL-terminated (it is mmapped). */

static inline void
give_up (TautanJsonReader *self)
{
  self->p = self->end;
}

static inline void
skip_ws (TautanJsonReader *self)
{
  const char *p = self->p;
  const char *end = self->end;

  while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
    p++;
  self->p = p;
}

/* Bytes that end a run of plain string text, and bytes that matter when
 * skipping a nested value: the walk tests one table entry per byte. */
enum { STOP_STRING = 1 << 0, STOP_NESTED = 1 << 1 };

static const guint8 stops[256] = {
  ['"'] = STOP_STRING | STOP_NESTED,
  ['\\'] = STOP_STRING,
  ['{'] = STOP_NESTED, ['}'] = STOP_NESTED,
  ['['] = STOP_NESTED, [']'] = STOP_NESTED,
};

/* @p is just past an opening quote: returns just past the closing one, or
 * NULL when the input ends first. */
static inline const char *
string_end (const char *p,
            const char *end,
            gboolean   *escaped)
{
  for (;;)
    {
#ifdef __SSE2__
      /* Sixteen bytes at a time (every x86-64 has SSE2) while that many
       * remain: a byte-by-byte walk of the strings was most of pass 1. */
      const __m128i quote = _mm_set1_epi8 ('"');
      const __m128i backslash = _mm_set1_epi8 ('\\');

      for (; end - p >= 16; p += 16)
        {
          __m128i v = _mm_loadu_si128 ((const __m128i *)(gconstpointer)p);
          int mask = _mm_movemask_epi8 (_mm_or_si128 (_mm_cmpeq_epi8 (v, quote), _mm_cmpeq_epi8 (v, backslash)));

          if (mask != 0)
            {
              p += __builtin_ctz ((unsigned)mask);
              break;
            }
        }
#endif
      while (p < end && !(stops[(guchar)*p] & STOP_STRING))
        p++;
      if (p >= end)
        return NULL;
      if (*p == '"')
        return p + 1;
      /* An escape is a backslash and one more byte; a \u's four hex
       * digits hold neither quote nor backslash. */
      *escaped = TRUE;
      if (end - p < 2)
        return NULL;
      p += 2;
    }
}

/**
 * tautan_json_reader_init:
 * @data: JSON that tautan_json_scan_check() accepted
 * @len: its length in bytes
 *
 * Starts reading @data at its first byte.
 */
void
tautan_json_reader_init (TautanJsonReader *self,
                         const char       *data,
                         gsize             len)
{
  self->data = data;
  self->p = data;
  self->end = data + len;
}

/**
 * tautan_json_reader_get_offset:
 *
 * Returns: the offset in bytes of the reader's position
 */
gsize
tautan_json_reader_get_offset (const TautanJsonReader *self)
{
  return (gsize)(self->p - self->data);
}

/**
 * tautan_json_reader_set_offset:
 * @offset: a byte offset where a value starts, as seen before
 *
 * Goes back (or forward) to a value seen before, to read it again.
 */
void
tautan_json_reader_set_offset (TautanJsonReader *self,
                               gsize             offset)
{
  self->p = self->data + MIN (offset, (gsize)(self->end - self->data));
}

/**
 * tautan_json_reader_peek:
 *
 * Skips white space and says what the next value is, without reading it.
 *
 * Returns: the kind of the next value, %TAUTAN_JSON_NONE when there is none
 */
TautanJsonKind
tautan_json_reader_peek (TautanJsonReader *self)
{
  skip_ws (self);
  if (self->p >= self->end)
    return TAUTAN_JSON_NONE;

  switch (*self->p)
    {
    case '{': return TAUTAN_JSON_OBJECT;
    case '[': return TAUTAN_JSON_ARRAY;
    case '"': return TAUTAN_JSON_STRING;
    case 't': return TAUTAN_JSON_TRUE;
    case 'f': return TAUTAN_JSON_FALSE;
    case 'n': return TAUTAN_JSON_NULL;
    case '-': case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      return TAUTAN_JSON_NUMBER;
    default:
      return TAUTAN_JSON_NONE;
    }
}

/**
 * tautan_json_reader_begin_object:
 *
 * Enters the object at the reader's position; read its members with
 * tautan_json_reader_next_member().
 *
 * Returns: %FALSE, without moving, when the next value is no object
 */
gboolean
tautan_json_reader_begin_object (TautanJsonReader *self)
{
  if (tautan_json_reader_peek (self) != TAUTAN_JSON_OBJECT)
    return FALSE;
  self->p++;
  return TRUE;
}

/**
 * tautan_json_reader_next_member:
 * @name: (out): the member's name, as in the input
 *
 * Moves to the next member of the object being read. The caller then
 * reads or skips the member's value, always, before the next call.
 *
 * Returns: %FALSE past the last member, the object then being read
 */
gboolean
tautan_json_reader_next_member (TautanJsonReader *self,
                                TautanJsonString *name)
{
  const char *after;

  skip_ws (self);
  if (self->p >= self->end)
    return FALSE;
  if (*self->p == '}')
    {
      self->p++;
      return FALSE;
    }
  if (*self->p == ',')
    {
      self->p++;
      skip_ws (self);
    }
  if (self->p >= self->end || *self->p != '"')
    {
      give_up (self);
      return FALSE;
    }

  name->escaped = FALSE;
  name->raw = self->p + 1;
  after = string_end (self->p + 1, self->end, &name->escaped);
  if (after == NULL)
    {
      give_up (self);
      return FALSE;
    }
  name->len = (gsize)(after - 1 - name->raw);
  self->p = after;

  skip_ws (self);
  if (self->p >= self->end || *self->p != ':')
    {
      give_up (self);
      return FALSE;
    }
  self->p++;

  return TRUE;
}

/**
 * tautan_json_reader_begin_array:
 *
 * Enters the array at the reader's position; move from element to element
 * with tautan_json_reader_next_element().
 *
 * Returns: %FALSE, without moving, when the next value is no array
 */
gboolean
tautan_json_reader_begin_array (TautanJsonReader *self)
{
  if (tautan_json_reader_peek (self) != TAUTAN_JSON_ARRAY)
    return FALSE;
  self->p++;
  return TRUE;
}

/**
 * tautan_json_reader_next_element:
 *
 * Moves to the next element of the array being read. The caller then
 * reads or skips it, always, before the next call.
 *
 * Returns: %FALSE past the last element, the array then being read
 */
gboolean
tautan_json_reader_next_element (TautanJsonReader *self)
{
  skip_ws (self);
  if (self->p >= self->end)
    return FALSE;
  if (*self->p == ']')
    {
      self->p++;
      return FALSE;
    }
  if (*self->p == ',')
    {
      self->p++;
      skip_ws (self);
    }

  return self->p < self->end;
}

/**
 * tautan_json_reader_read_string:
 * @string: (out): the string's span in the input
 *
 * Reads a string; decode it with tautan_json_string_decode() when
 * @string->escaped.
 *
 * Returns: %FALSE, having skipped the value, when it is no string
 */
gboolean
tautan_json_reader_read_string (TautanJsonReader *self,
                                TautanJsonString *string)
{
  const char *after;

  if (tautan_json_reader_peek (self) != TAUTAN_JSON_STRING)
    {
      tautan_json_reader_skip (self);
      return FALSE;
    }

  string->escaped = FALSE;
  string->raw = self->p + 1;
  after = string_end (self->p + 1, self->end, &string->escaped);
  if (after == NULL)
    {
      give_up (self);
      string->len = 0;
      return FALSE;
    }
  string->len = (gsize)(after - 1 - string->raw);
  self->p = after;

  return TRUE;
}

static inline gboolean
is_number_char (char c)
{
  return g_ascii_isdigit (c) || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

/**
 * tautan_json_reader_read_integer:
 * @value: (out): the integer
 *
 * Reads a number written as an integer (no fraction, no exponent), as
 * json-glib reads it into a #gint64.
 *
 * Returns: %FALSE, having skipped the value, when it is not such a number
 */
gboolean
tautan_json_reader_read_integer (TautanJsonReader *self,
                                 gint64           *value)
{
  const char *p, *end = self->end;
  gboolean negative = FALSE;
  guint64 v = 0;

  if (tautan_json_reader_peek (self) != TAUTAN_JSON_NUMBER)
    {
      tautan_json_reader_skip (self);
      return FALSE;
    }

  p = self->p;
  if (*p == '-')
    {
      negative = TRUE;
      p++;
    }
  for (; p < end && g_ascii_isdigit (*p); p++)
    {
      guint digit = (guint)(*p - '0');

      if (v > (G_MAXUINT64 - digit) / 10)
        break;
      v = v * 10 + digit;
    }

  if ((p < end && is_number_char (*p)) || v > (guint64)G_MAXINT64 + negative)
    {
      while (p < end && is_number_char (*p))
        p++;
      self->p = p;
      return FALSE;
    }

  self->p = p;
  /* Unsigned negation: -2^63 has no positive counterpart in a gint64. */
  *value = negative ? (gint64)(~v + 1) : (gint64)v;
  return TRUE;
}

/**
 * tautan_json_reader_read_boolean:
 * @value: (out): the boolean
 *
 * Returns: %FALSE, having skipped the value, when it is not true or false
 */
gboolean
tautan_json_reader_read_boolean (TautanJsonReader *self,
                                 gboolean         *value)
{
  TautanJsonKind kind = tautan_json_reader_peek (self);

  tautan_json_reader_skip (self);
  if (kind != TAUTAN_JSON_TRUE && kind != TAUTAN_JSON_FALSE)
    return FALSE;
  *value = kind == TAUTAN_JSON_TRUE;
  return TRUE;
}

/* Nested values are skipped by counting brackets outside strings, from
 * @depth containers already entered. */
static void
skip_container (TautanJsonReader *self,
                gsize             depth)
{
  const char *p = self->p;
  const char *end = self->end;

  while (p < end)
    {
      while (p < end && !(stops[(guchar)*p] & STOP_NESTED))
        p++;
      if (p >= end)
        break;

      switch (*p++)
        {
        case '"':
          {
            gboolean escaped;

            p = string_end (p, end, &escaped);
            if (p == NULL)
              {
                give_up (self);
                return;
              }
          }
          break;

        case '{':
        case '[':
          depth++;
          break;

        case '}':
        case ']':
          if (--depth == 0)
            {
              self->p = p;
              return;
            }
          break;

        default:
          break;
        }
    }

  give_up (self);
}

/**
 * tautan_json_reader_skip:
 *
 * Moves past the next value, whatever it is.
 */
void
tautan_json_reader_skip (TautanJsonReader *self)
{
  TautanJsonString string;
  const char *p;

  switch (tautan_json_reader_peek (self))
    {
    case TAUTAN_JSON_OBJECT:
    case TAUTAN_JSON_ARRAY:
      skip_container (self, 0);
      break;

    case TAUTAN_JSON_STRING:
      tautan_json_reader_read_string (self, &string);
      break;

    case TAUTAN_JSON_NUMBER:
      for (p = self->p; p < self->end && is_number_char (*p); p++)
        ;
      self->p = p;
      break;

    case TAUTAN_JSON_TRUE:
    case TAUTAN_JSON_NULL:
      self->p += MIN (4, self->end - self->p);
      break;

    case TAUTAN_JSON_FALSE:
      self->p += MIN (5, self->end - self->p);
      break;

    case TAUTAN_JSON_NONE:
    default:
      give_up (self);
      break;
    }
}

/**
 * tautan_json_reader_leave:
 *
 * Moves past the end of the object or array being read, whatever members
 * or elements it has left: one walk over their bytes, where skipping them
 * one by one parses each name and dispatches on each value.
 */
void
tautan_json_reader_leave (TautanJsonReader *self)
{
  skip_container (self, 1);
}

static gboolean
read_hex4 (const char *p,
           const char *end,
           gunichar   *out)
{
  gunichar v = 0;

  if (end - p < 4)
    return FALSE;
  for (guint i = 0; i < 4; i++)
    {
      if (!g_ascii_isxdigit (p[i]))
        return FALSE;
      v = (v << 4) | (gunichar)g_ascii_xdigit_value (p[i]);
    }
  *out = v;
  return TRUE;
}

/**
 * tautan_json_string_decode:
 * @string: a string read by the reader
 * @out: room for @string->len bytes: decoding never lengthens a string
 *
 * Writes the string's text, escapes decoded, with no terminating NUL.
 *
 * Returns: the number of bytes written
 */
gsize
tautan_json_string_decode (const TautanJsonString *string,
                           char                   *out)
{
  const char *p = string->raw;
  const char *end = string->raw + string->len;
  char *o = out;

  if (!string->escaped)
    {
      memcpy (out, string->raw, string->len);
      return string->len;
    }

  while (p < end)
    {
      const char *backslash = memchr (p, '\\', (gsize)(end - p));
      gunichar u = 0, lo = 0;

      if (backslash == NULL)
        backslash = end;
      memcpy (o, p, (gsize)(backslash - p));
      o += backslash - p;
      p = backslash;
      if (end - p < 2)
        break;

      switch (p[1])
        {
        case 'b': *o++ = '\b'; p += 2; break;
        case 'f': *o++ = '\f'; p += 2; break;
        case 'n': *o++ = '\n'; p += 2; break;
        case 'r': *o++ = '\r'; p += 2; break;
        case 't': *o++ = '\t'; p += 2; break;
        case 'u':
          if (!read_hex4 (p + 2, end, &u))
            return (gsize)(o - out);
          p += 6;
          if (u >= 0xD800 && u <= 0xDBFF && end - p >= 6 && p[0] == '\\' && p[1] == 'u' &&
              read_hex4 (p + 2, end, &lo) && lo >= 0xDC00 && lo <= 0xDFFF)
            {
              u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
              p += 6;
            }
          /* Six bytes of escape or twelve of a pair hold the at most
           * three or four of UTF-8. */
          o += g_unichar_to_utf8 (u, o);
          break;
        default:
          *o++ = p[1];
          p += 2;
          break;
        }
    }

  return (gsize)(o - out);
}

/**
 * tautan_json_string_equal:
 * @text: the text to compare with, not NUL-terminated
 * @len: its length in bytes
 *
 * Returns: whether @string, decoded, is @text
 */
gboolean
tautan_json_string_equal (const TautanJsonString *string,
                          const char             *text,
                          gsize                   len)
{
  char buf[256];
  g_autofree char *heap = NULL;
  char *decoded = buf;

  if (!string->escaped)
    return string->len == len && memcmp (string->raw, text, len) == 0;

  /* An escape makes the text shorter than its raw form. */
  if (len >= string->len)
    return FALSE;
  if (string->len > sizeof buf)
    decoded = heap = g_malloc (string->len);

  return tautan_json_string_decode (string, decoded) == len && memcmp (decoded, text, len) == 0;
}
