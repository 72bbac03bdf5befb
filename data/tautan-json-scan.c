/* tautan-json-scan.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-json-scan"

#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#include "tautan/tautan-diagnostic.h"
#include "tautan/tautan-json-scan.h"

#include "tautan-utf8-private.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* json-glib 1.6 crashes on deep nesting, returns no root and no error for an
 * empty file, gives no position for invalid UTF-8 or NUL, and silently keeps
 * the last of duplicate keys. This scanner runs first and catches all of
 * that with line:column, so json-glib only ever sees well-formed JSON.
 *
 * The same walk, given a set of JSON paths, finds where each one is: the
 * loader uses it on the failure path to give errors found after parsing a
 * line and column. */

typedef struct
{
  const char *raw;        /* key bytes between the quotes, escapes as written */
  const char *decoded;    /* owned by the scanner's arena when escaped, else NULL */
  guint32     raw_len;
  guint32     decoded_len;
  gsize       offset;     /* of the opening quote */
  guint64     head;       /* key_head(): equal keys have equal heads */
} Key;

typedef struct
{
  const char *data;
  const char *p;
  const char *end;
  const char *file;
  GPtrArray  *diagnostics;

  guint       line;
  const char *line_start;
  guint       depth;

  /* Stack of Key, one run per open object: a plain array, as a GArray
   * cost a call per member pushed and two per object left. */
  Key        *keys;
  guint       n_keys;
  guint       keys_size;
  GStringChunk *arena;

  /* locate mode */
  GHashTable *wanted;     /* path -> TautanJsonPosition* */
  GString    *path;
  guint       found;
  guint       n_wanted;

  gboolean    check_utf8; /* strings not validated beforehand: do it per string */
  gboolean    failed;
  gboolean    stop;
} Scanner;

static gboolean scan_value (Scanner *s);

static void
position_of (Scanner    *s,
             const char *at,
             guint      *line,
             guint      *column)
{
  const char *ls = s->line_start;
  guint l = s->line;

  /* The scanner tracks lines as it goes; positions behind the current line
   * start (a duplicate's first occurrence) are found by counting again. */
  if (at < ls)
    {
      l = 1;
      ls = s->data;
      for (const char *q = s->data; q < at; q++)
        if (*q == '\n')
          {
            l++;
            ls = q + 1;
          }
    }

  *line = l;
  *column = (guint)g_utf8_strlen (ls, at - ls) + 1;
}

static void
fail_at (Scanner    *s,
         const char *at,
         const char *format,
         ...) G_GNUC_PRINTF (3, 4);

static void
fail_at (Scanner    *s,
         const char *at,
         const char *format,
         ...)
{
  g_autofree char *message = NULL;
  guint line, column;
  va_list args;

  s->failed = TRUE;
  s->stop = TRUE;

  if (s->diagnostics == NULL)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  position_of (s, at, &line, &column);
  g_ptr_array_add (s->diagnostics, tautan_diagnostic_new (s->file, line, column, NULL, message));
}

/* For problems found before the walk: count lines up to @at. */
static void
advance_lines (Scanner    *s,
               const char *at)
{
  for (const char *q = s->line_start; q < at; q++)
    if (*q == '\n')
      {
        s->line++;
        s->line_start = q + 1;
      }
}

static char *
describe_char (const char *p,
               const char *end)
{
  if (p >= end)
    return g_strdup ("end of file");
  if (*p > 0x20 && *p < 0x7f)
    return g_strdup_printf ("'%c'", *p);
  return g_strdup_printf ("U+%04X", g_utf8_get_char (p));
}

static void
fail_unexpected (Scanner    *s,
                 const char *expected)
{
  g_autofree char *what = NULL;

  /* Without diagnostics the bytes may not be valid UTF-8 yet: only fail. */
  if (s->diagnostics == NULL)
    {
      s->failed = TRUE;
      s->stop = TRUE;
      return;
    }

  what = describe_char (s->p, s->end);
  if (s->p >= s->end)
    fail_at (s, s->p, "unexpected end of file, expected %s", expected);
  else
    fail_at (s, s->p, "unexpected %s, expected %s", what, expected);
}

static inline void
skip_ws (Scanner *s)
{
  /* Most calls, in a file written without spaces, find none. */
  if (s->p < s->end && (guchar)*s->p > ' ')
    return;
  while (s->p < s->end)
    {
      char c = *s->p;

      if (c == '\n')
        {
          s->line++;
          s->line_start = s->p + 1;
        }
      else if (c != ' ' && c != '\t' && c != '\r')
        break;
      s->p++;
    }
}

static int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* Unicode's noncharacters (U+FDD0..U+FDEF and the last two code points
 * of every plane) are for a program's internal use, never for exchange:
 * Pango and cairo refuse them, so they are refused here, where the error
 * can say where they are, for datasets and workspaces alike. */
static inline gboolean
is_noncharacter (gunichar c)
{
  return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

/* The bytes of @w that end a run of plain text in a string: control
 * characters, '"' and '\\'. */
static inline guint64
string_special (guint64 w)
{
  return _tautan_bytes_below (w, 0x20) | _tautan_bytes_equal (w, '"') | _tautan_bytes_equal (w, '\\');
}

/* As string_special(), and the bytes past ASCII: a string with none needs
 * no UTF-8 check. */
static inline guint64
string_special_or_high (guint64 w)
{
  return string_special (w) | _tautan_bytes_high (w);
}

static gboolean
read_hex4 (const char *p,
           const char *end,
           gunichar   *out)
{
  gunichar v = 0;

  if (end - p < 4)
    return FALSE;
  for (int i = 0; i < 4; i++)
    {
      int h = hex_value (p[i]);
      if (h < 0)
        return FALSE;
      v = (v << 4) | (gunichar)h;
    }
  *out = v;
  return TRUE;
}

/* The first byte at or after @p that ends a run of plain ASCII text in a
 * string (string_special_or_high()), or @end. Most strings of a dataset
 * are ids, dates and short names: sixteen bytes at a time with SSE2 (every
 * x86-64 has it), where the word-wide tests cost some fifty instructions
 * per string; as long as sixteen bytes remain before @end. */
static inline const char *
find_special_or_high (const char *p,
                      const char *end)
{
#ifdef __SSE2__
  const __m128i quote = _mm_set1_epi8 ('"');
  const __m128i backslash = _mm_set1_epi8 ('\\');
  const __m128i space = _mm_set1_epi8 (0x20);

  for (; end - p >= 16; p += 16)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *)(gconstpointer)p);
      /* signed: below 0x20 are the control characters and, negative,
       * every byte past ASCII */
      __m128i hit = _mm_or_si128 (_mm_or_si128 (_mm_cmpeq_epi8 (v, quote), _mm_cmpeq_epi8 (v, backslash)),
                                  _mm_cmplt_epi8 (v, space));
      int mask = _mm_movemask_epi8 (hit);

      if (mask != 0)
        return p + __builtin_ctz ((unsigned)mask);
    }
#endif
  return _tautan_bytes_find (p, end, string_special_or_high, NULL);
}

/* Scans a string starting at its opening quote; says whether it has escapes,
 * so keys are decoded only when they need it. */
static gboolean
scan_string (Scanner     *s,
             gboolean    *has_escapes)
{
  const char *start = s->p;
  /* The first byte past ASCII: the UTF-8 check starts there, and most
   * strings (ids, dates, names in Latin letters) have none, so none. */
  const char *high = NULL;

  *has_escapes = FALSE;
  s->p++;

  while (s->p < s->end)
    {
      guchar c = (guchar)*s->p;

      /* Plain text, the bulk of a string, eight bytes at a time. */
      if (c >= 0x80 && high == NULL)
        high = s->p;
      if (c >= 0x20 && c != '"' && c != '\\')
        {
          /* two calls, each with its own test inlined */
          if (high == NULL)
            s->p = find_special_or_high (s->p + 1, s->end);
          else
            s->p = _tautan_bytes_find (s->p + 1, s->end, string_special, NULL);
          continue;
        }

      if (c == '"' && high == NULL)
        {
          s->p++;
          return TRUE;
        }
      if (c == '"')
        {
          /* valid and without noncharacters, as nearly all are, in one
           * walk; else which of the two, where */
          const char *bad = _tautan_utf8_find_invalid (high, s->p - high, TRUE);

          if (bad != NULL && s->check_utf8 && _tautan_utf8_find_invalid (high, s->p - high, FALSE) != NULL)
            {
              fail_at (s, start, "invalid UTF-8 in string");
              return FALSE;
            }
          if (bad != NULL)
            {
              fail_at (s, bad, "noncharacter U+%04X in string is not allowed", g_utf8_get_char (bad));
              return FALSE;
            }
          s->p++;
          return TRUE;
        }
      else if (c == '\\')
        {
          *has_escapes = TRUE;
          if (s->p + 1 >= s->end)
            break;
          switch (s->p[1])
            {
            case '"': case '\\': case '/': case 'b':
            case 'f': case 'n': case 'r': case 't':
              s->p += 2;
              break;

            case 'u':
              {
                gunichar u, lo;

                if (!read_hex4 (s->p + 2, s->end, &u))
                  {
                    fail_at (s, s->p, "invalid \\u escape in string: four hex digits must follow");
                    return FALSE;
                  }
                if (u == 0)
                  {
                    fail_at (s, s->p, "\\u0000 (NUL) in a string is not allowed");
                    return FALSE;
                  }
                if (u >= 0xDC00 && u <= 0xDFFF)
                  {
                    fail_at (s, s->p, "unpaired surrogate \\u%04X in string", u);
                    return FALSE;
                  }
                if (u >= 0xD800 && u <= 0xDBFF)
                  {
                    if (s->end - s->p < 12 || s->p[6] != '\\' || s->p[7] != 'u' ||
                        !read_hex4 (s->p + 8, s->end, &lo) || lo < 0xDC00 || lo > 0xDFFF)
                      {
                        fail_at (s, s->p, "unpaired surrogate \\u%04X in string", u);
                        return FALSE;
                      }
                    if (is_noncharacter (0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00)))
                      {
                        fail_at (s, s->p, "noncharacter U+%04X in string is not allowed",
                                 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00));
                        return FALSE;
                      }
                    s->p += 12;
                  }
                else if (is_noncharacter (u))
                  {
                    fail_at (s, s->p, "noncharacter U+%04X in string is not allowed", u);
                    return FALSE;
                  }
                else
                  s->p += 6;
              }
              break;

            default:
              if ((guchar)s->p[1] > 0x20 && (guchar)s->p[1] < 0x7f)
                fail_at (s, s->p, "invalid escape \\%c in string", s->p[1]);
              else
                fail_at (s, s->p, "invalid escape in string");
              return FALSE;
            }
        }
      else
        {
          if (c == '\n')
            fail_at (s, s->p, "line break inside a string (unterminated string, or write it as \\n)");
          else
            fail_at (s, s->p, "control character U+%04X in string (write it as an escape)", c);
          return FALSE;
        }
    }

  fail_at (s, start, "unterminated string");
  return FALSE;
}

/* Decodes a string whose escapes scan_string() already checked. */
static char *
decode_escaped (const char *raw,
                gsize       len,
                gsize      *out_len)
{
  GString *str = g_string_sized_new (len);
  const char *p = raw;
  const char *end = raw + len;

  while (p < end)
    {
      if (*p != '\\')
        {
          g_string_append_c (str, *p++);
          continue;
        }
      switch (p[1])
        {
        case 'b': g_string_append_c (str, '\b'); p += 2; break;
        case 'f': g_string_append_c (str, '\f'); p += 2; break;
        case 'n': g_string_append_c (str, '\n'); p += 2; break;
        case 'r': g_string_append_c (str, '\r'); p += 2; break;
        case 't': g_string_append_c (str, '\t'); p += 2; break;
        case 'u':
          {
            gunichar u = 0, lo = 0;

            read_hex4 (p + 2, end, &u);
            p += 6;
            if (u >= 0xD800 && u <= 0xDBFF && read_hex4 (p + 2, end, &lo))
              {
                u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
                p += 6;
              }
            g_string_append_unichar (str, u);
          }
          break;
        default:
          g_string_append_c (str, p[1]);
          p += 2;
          break;
        }
    }

  *out_len = str->len;
  return g_string_free (str, FALSE);
}

/* A key's length in the top byte and its first seven bytes below: keys
 * of up to seven bytes (most) are equal when their heads are, and the
 * heads of others differ unless their first seven bytes are the same. */
static inline guint64
key_head (const char *p,
          guint32     len)
{
  guint64 head = (guint64)MIN (len, 255) << 56;

  for (guint32 i = 0; i < MIN (len, 7); i++)
    head |= (guint64)(guchar)p[i] << (8 * i);
  return head;
}

static gboolean
key_equal (const Key *a,
           const Key *b)
{
  const char *ap = a->decoded ? a->decoded : a->raw;
  const char *bp = b->decoded ? b->decoded : b->raw;
  guint32 al = a->decoded ? a->decoded_len : a->raw_len;
  guint32 bl = b->decoded ? b->decoded_len : b->raw_len;

  /* Most keys of an object differ in their heads. */
  return a->head == b->head && al == bl && (al <= 7 || memcmp (ap, bp, al) == 0);
}

static void
check_wanted (Scanner *s)
{
  TautanJsonPosition *pos;

  if (s->wanted == NULL)
    return;

  pos = g_hash_table_lookup (s->wanted, s->path->str);
  if (pos != NULL && pos->line == 0)
    {
      position_of (s, s->p, &pos->line, &pos->column);
      if (++s->found == s->n_wanted)
        s->stop = TRUE;
    }
}

static gboolean
scan_number (Scanner *s)
{
  const char *start = s->p;
  const char *p = s->p;

  if (p < s->end && *p == '-')
    p++;
  if (p >= s->end || !g_ascii_isdigit (*p))
    goto bad;
  if (*p == '0')
    p++;
  else
    while (p < s->end && g_ascii_isdigit (*p))
      p++;
  if (p < s->end && *p == '.')
    {
      p++;
      if (p >= s->end || !g_ascii_isdigit (*p))
        goto bad;
      while (p < s->end && g_ascii_isdigit (*p))
        p++;
    }
  if (p < s->end && (*p == 'e' || *p == 'E'))
    {
      p++;
      if (p < s->end && (*p == '+' || *p == '-'))
        p++;
      if (p >= s->end || !g_ascii_isdigit (*p))
        goto bad;
      while (p < s->end && g_ascii_isdigit (*p))
        p++;
    }
  if (p < s->end && (g_ascii_isalnum (*p) || *p == '.'))
    goto bad;

  /* json-glib silently wraps integers past 64 bits. */
  if (memchr (start, '.', p - start) == NULL && memchr (start, 'e', p - start) == NULL &&
      memchr (start, 'E', p - start) == NULL && p - start > 18)
    {
      g_autofree char *digits = g_strndup (start, p - start);

      errno = 0;
      g_ascii_strtoll (digits, NULL, 10);
      if (errno == ERANGE)
        {
          fail_at (s, start, "integer %s is too large (at most 19 digits, below 2^63)", digits);
          return FALSE;
        }
    }

  /* A real past the range of a double reads as infinity, which JSON cannot
   * write back: a workspace kept it and its next load failed. */
  else if (memchr (start, 'e', p - start) != NULL || memchr (start, 'E', p - start) != NULL ||
           p - start > 300)
    {
      g_autofree char *digits = g_strndup (start, p - start);

      if (!isfinite (g_ascii_strtod (digits, NULL)))
        {
          fail_at (s, start, "number %.40s is too large (a JSON number must fit in a double)", digits);
          return FALSE;
        }
    }

  s->p = p;
  return TRUE;

bad:
  fail_at (s, start, "invalid number");
  return FALSE;
}

static gboolean
scan_literal (Scanner *s)
{
  static const char *literals[] = { "true", "false", "null" };

  for (guint i = 0; i < G_N_ELEMENTS (literals); i++)
    {
      gsize n = strlen (literals[i]);

      if ((gsize)(s->end - s->p) >= n && memcmp (s->p, literals[i], n) == 0 &&
          (s->p + n == s->end || !g_ascii_isalnum (s->p[n])))
        {
          s->p += n;
          return TRUE;
        }
    }

  /* Name the whole word ("fals"), not just its first letter. */
  if (s->p < s->end && g_ascii_isalpha (*s->p))
    {
      const char *w = s->p;

      while (w < s->end && g_ascii_isalnum (*w) && w - s->p < 40)
        w++;
      fail_at (s, s->p, "unexpected \"%.*s\", expected a value (object, array, string, number, true, false or null)",
               (int)(w - s->p), s->p);
      return FALSE;
    }
  fail_unexpected (s, "a value (object, array, string, number, true, false or null)");
  return FALSE;
}

static gboolean
scan_object (Scanner *s)
{
  guint base = s->n_keys;
  gsize path_len = s->path ? s->path->len : 0;
  GHashTable *big = NULL;
  gboolean ok = FALSE;

  s->p++;   /* { */
  skip_ws (s);
  if (s->p < s->end && *s->p == '}')
    {
      s->p++;
      return TRUE;
    }

  for (;;)
    {
      Key key = { 0 };
      gboolean escaped;

      skip_ws (s);
      if (s->p >= s->end || *s->p != '"')
        {
          if (s->p < s->end && *s->p == '}')
            fail_at (s, s->p, "unexpected '}' after ',' (trailing comma)");
          else
            fail_unexpected (s, "a member name in double quotes");
          goto out;
        }

      key.offset = (gsize)(s->p - s->data);
      key.raw = s->p + 1;
      if (!scan_string (s, &escaped))
        goto out;
      key.raw_len = (guint32)(s->p - 1 - key.raw);
      if (escaped)
        {
          gsize dl;
          g_autofree char *d = decode_escaped (key.raw, key.raw_len, &dl);

          key.decoded = g_string_chunk_insert_len (s->arena, d, dl);
          key.decoded_len = (guint32)dl;
        }

      /* Small objects compare linearly; a big one gets a hash table. */
      key.head = key.decoded ? key_head (key.decoded, key.decoded_len) : key_head (key.raw, key.raw_len);

      if (big == NULL && s->n_keys - base >= 32)
        {
          big = g_hash_table_new (g_str_hash, g_str_equal);
          for (guint i = base; i < s->n_keys; i++)
            {
              Key *k = &s->keys[i];
              g_hash_table_insert (big, g_strndup (k->decoded ? k->decoded : k->raw,
                                                   k->decoded ? k->decoded_len : k->raw_len),
                                   GUINT_TO_POINTER (i + 1));
            }
        }

      {
        const Key *dup = NULL;

        if (big != NULL)
          {
            g_autofree char *name = g_strndup (key.decoded ? key.decoded : key.raw,
                                               key.decoded ? key.decoded_len : key.raw_len);
            gpointer idx = g_hash_table_lookup (big, name);

            if (idx != NULL)
              dup = &s->keys[GPOINTER_TO_UINT (idx) - 1];
            else
              g_hash_table_insert (big, g_steal_pointer (&name), GUINT_TO_POINTER (s->n_keys + 1));
          }
        else
          {
            for (guint i = base; i < s->n_keys; i++)
              if (key_equal (&s->keys[i], &key))
                {
                  dup = &s->keys[i];
                  break;
                }
          }

        if (dup != NULL && s->diagnostics == NULL)
          {
            s->failed = s->stop = TRUE;
            goto out;
          }
        if (dup != NULL)
          {
            g_autofree char *raw_name = g_strndup (key.decoded ? key.decoded : key.raw,
                                                   key.decoded ? key.decoded_len : key.raw_len);
            g_autofree char *name = g_strescape (raw_name, "\x80\x81\x82\x83\x84\x85\x86\x87\x88\x89\x8a\x8b\x8c\x8d\x8e\x8f"
                                                 "\x90\x91\x92\x93\x94\x95\x96\x97\x98\x99\x9a\x9b\x9c\x9d\x9e\x9f"
                                                 "\xa0\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae\xaf"
                                                 "\xb0\xb1\xb2\xb3\xb4\xb5\xb6\xb7\xb8\xb9\xba\xbb\xbc\xbd\xbe\xbf"
                                                 "\xc0\xc1\xc2\xc3\xc4\xc5\xc6\xc7\xc8\xc9\xca\xcb\xcc\xcd\xce\xcf"
                                                 "\xd0\xd1\xd2\xd3\xd4\xd5\xd6\xd7\xd8\xd9\xda\xdb\xdc\xdd\xde\xdf"
                                                 "\xe0\xe1\xe2\xe3\xe4\xe5\xe6\xe7\xe8\xe9\xea\xeb\xec\xed\xee\xef"
                                                 "\xf0\xf1\xf2\xf3\xf4\xf5\xf6\xf7\xf8\xf9\xfa\xfb\xfc\xfd\xfe\xff");
            guint line, column;

            position_of (s, s->data + dup->offset, &line, &column);
            fail_at (s, s->data + key.offset,
                     "duplicate key \"%s\" in object (first at line %u, column %u)",
                     name, line, column);
            goto out;
          }
      }
      if (s->n_keys == s->keys_size)
        {
          s->keys_size = MAX (64, s->keys_size * 2);
          s->keys = g_renew (Key, s->keys, s->keys_size);
        }
      s->keys[s->n_keys++] = key;

      skip_ws (s);
      if (s->p >= s->end || *s->p != ':')
        {
          fail_unexpected (s, "':' after the member name");
          goto out;
        }
      s->p++;
      skip_ws (s);

      if (s->path != NULL)
        {
          g_string_truncate (s->path, path_len);
          tautan_json_path_append_member (s->path,
                                          key.decoded ? key.decoded : key.raw,
                                          key.decoded ? key.decoded_len : key.raw_len);
        }

      if (!scan_value (s))
        goto out;

      skip_ws (s);
      if (s->p < s->end && *s->p == ',')
        {
          s->p++;
          continue;
        }
      if (s->p < s->end && *s->p == '}')
        {
          s->p++;
          ok = TRUE;
          goto out;
        }
      fail_unexpected (s, "',' or '}' after an object member");
      goto out;
    }

out:
  /* Keys hashed in the big table are indices + 1; plain Keys live in the array. */
  if (big != NULL)
    {
      GHashTableIter iter;
      gpointer k;

      g_hash_table_iter_init (&iter, big);
      while (g_hash_table_iter_next (&iter, &k, NULL))
        g_free (k);
      g_hash_table_unref (big);
    }
  s->n_keys = base;
  if (s->path != NULL)
    g_string_truncate (s->path, path_len);

  return ok;
}

static gboolean
scan_array (Scanner *s)
{
  gsize path_len = s->path ? s->path->len : 0;
  guint index = 0;

  s->p++;   /* [ */
  skip_ws (s);
  if (s->p < s->end && *s->p == ']')
    {
      s->p++;
      return TRUE;
    }

  for (;;)
    {
      skip_ws (s);
      if (s->p < s->end && *s->p == ']')
        {
          fail_at (s, s->p, "unexpected ']' after ',' (trailing comma)");
          return FALSE;
        }

      if (s->path != NULL)
        {
          g_string_truncate (s->path, path_len);
          tautan_json_path_append_index (s->path, index);
        }
      index++;

      if (!scan_value (s))
        return FALSE;

      skip_ws (s);
      if (s->p < s->end && *s->p == ',')
        {
          s->p++;
          continue;
        }
      if (s->p < s->end && *s->p == ']')
        {
          s->p++;
          if (s->path != NULL)
            g_string_truncate (s->path, path_len);
          return TRUE;
        }
      fail_unexpected (s, "',' or ']' after an array element");
      return FALSE;
    }
}

static gboolean
scan_value (Scanner *s)
{
  gboolean ok, escaped;

  if (s->stop)
    return FALSE;

  skip_ws (s);
  if (s->p >= s->end)
    {
      fail_unexpected (s, "a value");
      return FALSE;
    }

  check_wanted (s);
  if (s->stop)
    return FALSE;

  switch (*s->p)
    {
    case '{':
    case '[':
      if (s->depth >= TAUTAN_JSON_MAX_DEPTH)
        {
          fail_at (s, s->p, "nesting too deep: more than %d levels of objects and arrays",
                   TAUTAN_JSON_MAX_DEPTH);
          return FALSE;
        }
      s->depth++;
      ok = *s->p == '{' ? scan_object (s) : scan_array (s);
      s->depth--;
      return ok;

    case '"':
      return scan_string (s, &escaped);

    case '-': case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      return scan_number (s);

    default:
      return scan_literal (s);
    }
}

static void
scanner_init (Scanner    *s,
              const char *data,
              gsize       len,
              const char *file,
              GPtrArray  *diagnostics)
{
  memset (s, 0, sizeof *s);
  s->data = data;
  s->p = data;
  s->end = data + len;
  s->file = file;
  s->diagnostics = diagnostics;
  s->line = 1;
  s->line_start = data;
  s->keys = NULL;
  s->n_keys = s->keys_size = 0;
  s->arena = g_string_chunk_new (256);
}

static void
scanner_clear (Scanner *s)
{
  g_free (s->keys);
  g_string_chunk_free (s->arena);
  if (s->path != NULL)
    g_string_free (s->path, TRUE);
}

/* A valid file passes in one walk: outside strings any byte past ASCII is
 * a syntax error anyway, so checking UTF-8 inside strings only, as they go
 * by, checks the whole file. A NUL fails the walk wherever it is (a
 * control character in a string, a syntax error elsewhere), so no pass of
 * its own looks for one. On any failure the caller starts again the slow
 * way, which finds the same first problem as always and describes it. */
static gboolean
scan_fast (const char *data,
           gsize       len)
{
  Scanner s;
  gboolean ok;

  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    return FALSE;

  scanner_init (&s, data, len, NULL, NULL);
  s.check_utf8 = TRUE;
  skip_ws (&s);
  ok = s.p < s.end && scan_value (&s);
  if (ok)
    {
      skip_ws (&s);
      ok = s.p == s.end;
    }
  ok = ok && !s.failed;
  scanner_clear (&s);

  return ok;
}

/**
 * tautan_json_scan_check:
 * @data: the file's bytes
 * @len: their length
 * @file: the name to put in diagnostics
 * @diagnostics: (element-type TautanDiagnostic): where problems are added
 *
 * Checks that @data is one well-formed JSON value json-glib can parse
 * safely: not empty, no NUL, valid UTF-8, at most %TAUTAN_JSON_MAX_DEPTH
 * levels deep, no duplicate key in an object, valid syntax.
 *
 * Returns: %TRUE when no problem was found
 */
gboolean
tautan_json_scan_check (const char *data,
                        gsize       len,
                        const char *file,
                        GPtrArray  *diagnostics)
{
  Scanner s;
  const char *nul;
  const char *bad_utf8 = NULL;
  gboolean ok = FALSE;

  if (len == 0)
    {
      g_ptr_array_add (diagnostics, tautan_diagnostic_new (file, 0, 0, NULL, "the file is empty"));
      return FALSE;
    }

  if (len > TAUTAN_JSON_MAX_SIZE)
    {
      g_ptr_array_add (diagnostics,
                       tautan_diagnostic_new (file, 0, 0, NULL,
                                              "the file is larger than 2 GiB; split it or import it"));
      return FALSE;
    }

  if (scan_fast (data, len))
    return TRUE;

  scanner_init (&s, data, len, file, diagnostics);

  if ((nul = memchr (data, '\0', len)) != NULL)
    {
      /* Columns before the NUL are still countable as UTF-8 only if valid. */
      if (!g_utf8_validate_len (data, nul - data, &bad_utf8))
        {
          advance_lines (&s, bad_utf8);
          fail_at (&s, bad_utf8, "invalid UTF-8 (byte 0x%02X)", (guchar)*bad_utf8);
        }
      else
        {
          advance_lines (&s, nul);
          fail_at (&s, nul, "NUL byte (0x00) in the file: this is not a text file");
        }
      goto out;
    }

  if (!g_utf8_validate_len (data, len, &bad_utf8))
    {
      advance_lines (&s, bad_utf8);
      fail_at (&s, bad_utf8, "invalid UTF-8 (byte 0x%02X)", (guchar)*bad_utf8);
      goto out;
    }

  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      fail_at (&s, data, "byte order mark (U+FEFF) at the start: save the file as UTF-8 without BOM");
      goto out;
    }

  skip_ws (&s);
  if (s.p >= s.end)
    {
      fail_at (&s, s.p, "no JSON value: the file holds only white space");
      goto out;
    }

  if (!scan_value (&s))
    goto out;

  skip_ws (&s);
  if (s.p < s.end)
    {
      g_autofree char *what = describe_char (s.p, s.end);
      fail_at (&s, s.p, "unexpected %s after the end of the JSON value", what);
      goto out;
    }

  ok = TRUE;

out:
  scanner_clear (&s);
  return ok && !s.failed;
}

/**
 * tautan_json_scan_locate:
 * @positions: (element-type utf8 TautanJsonPosition): the JSON paths to
 *   find; each value's position is filled in where found
 *
 * Walks well-formed JSON (checked by tautan_json_scan_check()) and records
 * the line and column at which each wanted value starts.
 *
 * Returns: how many paths were found
 */
guint
tautan_json_scan_locate (const char *data,
                         gsize       len,
                         GHashTable *positions)
{
  Scanner s;
  guint found;

  scanner_init (&s, data, len, NULL, NULL);
  s.wanted = positions;
  s.n_wanted = g_hash_table_size (positions);
  s.path = g_string_new ("$");

  if (s.n_wanted > 0)
    scan_value (&s);

  found = s.found;
  scanner_clear (&s);

  return found;
}

static gboolean
is_identifier (const char *name,
               gsize       len)
{
  if (len == 0 || !(g_ascii_isalpha (name[0]) || name[0] == '_'))
    return FALSE;
  for (gsize i = 1; i < len; i++)
    if (!(g_ascii_isalnum (name[i]) || name[i] == '_' || name[i] == '-'))
      return FALSE;
  return TRUE;
}

/* `.name` for plain names, `["odd name"]` otherwise, so any key round-trips. */
void
tautan_json_path_append_member (GString    *path,
                                const char *name,
                                gsize       len)
{
  if (is_identifier (name, len))
    {
      g_string_append_c (path, '.');
      g_string_append_len (path, name, len);
      return;
    }

  g_string_append (path, "[\"");
  for (gsize i = 0; i < len; i++)
    {
      if (name[i] == '"' || name[i] == '\\')
        g_string_append_c (path, '\\');
      if ((guchar)name[i] < 0x20)
        g_string_append_printf (path, "\\u%04x", (guchar)name[i]);
      else
        g_string_append_c (path, name[i]);
    }
  g_string_append (path, "\"]");
}

void
tautan_json_path_append_index (GString *path,
                               guint    index)
{
  g_string_append_printf (path, "[%u]", index);
}
