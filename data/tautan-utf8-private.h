/* tautan-utf8-private.h: long texts stepped over eight bytes at a time
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Article texts and datasets are mostly ASCII, or mostly bytes that need
 * no escape: the loops that look for the few other bytes test a word of
 * eight at once.
 */

#pragma once

#include <string.h>

#include <glib.h>

G_BEGIN_DECLS

/* A mask with the high bit of each byte of @w that is not ASCII. */
static inline guint64
_tautan_bytes_high (guint64 w)
{
  return w & G_GUINT64_CONSTANT (0x8080808080808080);
}

/* The high bit of each byte of @w below @c (at most 0x80). */
static inline guint64
_tautan_bytes_below (guint64 w,
                     guchar  c)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);

  return (w - ones * c) & ~w & G_GUINT64_CONSTANT (0x8080808080808080);
}

/* The high bit of each byte of @w equal to @c: the lowest is exact, a
 * false alarm only follows a true one. */
static inline guint64
_tautan_bytes_equal (guint64 w,
                     guchar  c)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);

  return _tautan_bytes_below (w ^ (ones * c), 1);
}

/* The first byte of [@p, @end) that @flag marks (it returns the high bit
 * of each byte of a word it looks for), or @end. @flag must mark the
 * first such byte exactly (later ones may be false alarms) and never 'a',
 * which pads a text shorter than a word, unless @stops, the same bytes as
 * a table, is given for those: names and ids are short. */
static inline const char *
_tautan_bytes_find (const char   *p,
                    const char   *end,
                    guint64     (*flag) (guint64 w),
                    const guint8 *stops)
{
  const char *start = p;
  guint64 w, m;

  /* two words a turn: half the loop's own cost */
  for (; end - p >= 16; p += 16)
    {
      guint64 w2, m2;

      memcpy (&w, p, 8);
      memcpy (&w2, p + 8, 8);
      m = flag (w);
      m2 = flag (w2);
      if ((m | m2) != 0)
        {
          if (m == 0)
            p += 8, m = m2;
          goto found;
        }
    }
  for (; end - p >= 8; p += 8)
    {
      memcpy (&w, p, 8);
      if ((m = flag (w)) != 0)
        goto found;
    }
  if (p == end)
    return end;
  if (end - start >= 8)
    {
      /* the last eight bytes again, less those already passed, which
       * flag nothing and so raise no false alarm */
      guint done = 8 - (guint)(end - p);

      p = end - 8;
      memcpy (&w, p, 8);
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
      m = flag (w) & (G_GUINT64_CONSTANT (0xffffffffffffffff) << (8 * done));
#else
      m = flag (w) & (G_GUINT64_CONSTANT (0xffffffffffffffff) >> (8 * done));
#endif
    }
  else if (stops != NULL)
    {
      while (p < end && !stops[(guchar)*p])
        p++;
      return p;
    }
  else
    {
      /* byte by byte: a memcpy() of a length not known costs a call */
      w = G_GUINT64_CONSTANT (0x6161616161616161);
      for (guint i = 0; i < (guint)(end - p); i++)
        {
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
          guint shift = 8 * i;
#else
          guint shift = 8 * (7 - i);
#endif
          w = (w & ~(G_GUINT64_CONSTANT (0xff) << shift)) | ((guint64)(guchar)p[i] << shift);
        }
      m = flag (w);
    }
  if (m == 0)
    return end;

found:
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
  return p + (guint)__builtin_ctzll (m) / 8;
#else
  /* the first byte is the highest, and false alarms come before true
   * ones: test each alone */
  for (;; p++)
    {
      guint64 one = G_GUINT64_CONSTANT (0x6161616161616161);

      memcpy (&one, p, 1);
      if (flag (one) != 0)
        return p;
    }
#endif
}

/* The first byte of [@p, @end) above 0x7F, or @end. */
static inline const char *
_tautan_utf8_skip_ascii (const char *p,
                         const char *end)
{
  return _tautan_bytes_find (p, end, _tautan_bytes_high, NULL);
}

const char *_tautan_utf8_find_invalid (const char *text,
                                       gsize       len,
                                       gboolean    noncharacters);

G_END_DECLS
