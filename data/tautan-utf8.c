/* tautan-utf8.c: where a text stops being UTF-8
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tautan-utf8-private.h"

/**
 * _tautan_utf8_find_invalid:
 * @noncharacters: refuse U+FDD0..U+FDEF and U+nFFFE, U+nFFFF too
 *
 * Strict UTF-8 (RFC 3629: no overlong forms, surrogates or values past
 * U+10FFFF, as g_utf8_validate()), except that NUL is a character: a
 * dataset's strings are separated by NULs.
 *
 * Returns: (nullable): the first byte of the first sequence that is not
 *   valid, where g_utf8_validate_len() would stop; %NULL if all is valid
 */
const char *
_tautan_utf8_find_invalid (const char *text,
                           gsize       len,
                           gboolean    noncharacters)
{
  const guchar *p = (const guchar *)text;
  const guchar *end = p + len;

  while ((p = (const guchar *)_tautan_utf8_skip_ascii ((const char *)p, (const char *)end)) < end)
    {
      guchar c = p[0];

      if (c >= 0xC2 && c <= 0xDF)
        {
          if (end - p < 2 || (p[1] & 0xC0) != 0x80)
            return (const char *)p;
          p += 2;
        }
      else if (c >= 0xE0 && c <= 0xEF)
        {
          guchar lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;

          if (end - p < 3 || p[1] < lo || p[1] > hi || (p[2] & 0xC0) != 0x80)
            return (const char *)p;
          /* U+FDD0..U+FDEF (EF B7 90..AF), U+FFFE and U+FFFF (EF BF BE..BF) */
          if (noncharacters && c == 0xEF
              && ((p[1] == 0xB7 && p[2] >= 0x90 && p[2] <= 0xAF) || (p[1] == 0xBF && p[2] >= 0xBE)))
            return (const char *)p;
          p += 3;
        }
      else if (c >= 0xF0 && c <= 0xF4)
        {
          guchar lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;

          if (end - p < 4 || p[1] < lo || p[1] > hi || (p[2] & 0xC0) != 0x80 || (p[3] & 0xC0) != 0x80)
            return (const char *)p;
          /* U+nFFFE and U+nFFFF: xF xx BF BE..BF */
          if (noncharacters && (p[1] & 0x0F) == 0x0F && p[2] == 0xBF && p[3] >= 0xBE)
            return (const char *)p;
          p += 4;
        }
      else
        return (const char *)p;
    }
  return NULL;
}
