/* tautan-render-text.c: text made safe for Pango and cairo
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Every string the render layer lays out (labels, furniture, briefings)
 * comes from files or the command line, so it passes through here first:
 * cairo's PDF surface fails a whole document on one noncharacter ("input
 * string not valid UTF-8"), and Pango takes minutes over a name of tens
 * of thousands of characters. */

#define G_LOG_DOMAIN "tautan-render-text"

#include "config.h"

#include <string.h>

#include "tautan-render-text-private.h"

#define ELLIPSIS "\u2026"

static gboolean
is_noncharacter (gunichar c)
{
  return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

/**
 * _tautan_render_char_drawable:
 * @c: a character
 *
 * C0 and C1 controls, DEL, surrogates, noncharacters and code points
 * beyond Unicode are never drawn. Line breaks and tabs count as controls:
 * callers decide what becomes of them.
 *
 * Returns: whether @c may reach Pango and cairo
 */
gboolean
_tautan_render_char_drawable (gunichar c)
{
  if (c < 0x20 || (c >= 0x7F && c < 0xA0))
    return FALSE;
  if (c >= 0xD800 && c <= 0xDFFF)
    return FALSE;
  return c <= 0x10FFFF && !is_noncharacter (c);
}

static gboolean
is_break (gunichar c)
{
  return c == '\n' || c == '\r' || c == '\t' || c == 0x2028 || c == 0x2029 || c == 0x85;
}

gboolean
_tautan_render_text_is_clean (const char      *text,
                              gsize            max_chars,
                              TautanTextFlags  flags)
{
  const guchar *p = (const guchar *)text;
  const char *end = NULL;
  gsize n = 0;

  if (text == NULL)
    return FALSE;

  /* Plain ASCII first: nearly every name is, and this runs per node. */
  for (; *p != 0 && *p < 0x80; p++, n++)
    if ((*p < 0x20 || *p == 0x7F) && !((flags & TAUTAN_TEXT_MULTILINE) && (*p == '\n' || *p == '\t')))
      return FALSE;
  if (*p == 0)
    return n <= max_chars;

  if (!g_utf8_validate ((const char *)p, -1, &end))
    return FALSE;
  for (const char *q = (const char *)p; *q != '\0'; q = g_utf8_next_char (q), n++)
    {
      gunichar c = g_utf8_get_char (q);

      if (!_tautan_render_char_drawable (c) &&
          !((flags & TAUTAN_TEXT_MULTILINE) && (c == '\n' || c == '\t')))
        return FALSE;
      if ((flags & TAUTAN_TEXT_MULTILINE) == 0 && is_break (c))
        return FALSE;
    }
  return n <= max_chars;
}

char *
_tautan_render_text_strip_notes (const char *text)
{
  GString *out;
  const char *p;

  if (text == NULL || strchr (text, '[') == NULL)
    return NULL;

  out = g_string_new (NULL);
  for (p = text; *p != '\0'; p++)
    {
      const char *close = *p == '[' ? strchr (p, ']') : NULL;

      /* A note: to its bracket, on one line. */
      if (close != NULL && memchr (p, '\n', close - p) == NULL)
        {
          p = close;
          while (p[1] == ' ')
            p++;
          continue;
        }
      g_string_append_c (out, *p);
    }
  while (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

char *
_tautan_render_text_clean (const char      *text,
                           gsize            max_chars,
                           TautanTextFlags  flags)
{
  g_autofree char *valid = NULL;
  GString *out;
  gsize n = 0, limit;

  if (text == NULL)
    return g_strdup ("");
  if (_tautan_render_text_is_clean (text, max_chars, flags) &&
      !g_ascii_isspace (text[0]) && (text[0] == '\0' || !g_ascii_isspace (text[strlen (text) - 1])))
    return g_strdup (text);

  /* A huge text is not copied whole: the cut is at a character's start,
   * far enough for what is kept (C0 controls aside, which are rare). */
  limit = MIN (strlen (text), (max_chars + 2) * 4);
  while (limit > 0 && ((guchar)text[limit] & 0xC0) == 0x80)
    limit--;
  valid = g_utf8_make_valid (text, limit);
  out = g_string_sized_new (MIN (strlen (valid), max_chars * 4) + 4);

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\r' && p[1] == '\n')
        continue;
      if (is_break (c))
        {
          if ((flags & TAUTAN_TEXT_MULTILINE) && c != '\t')
            c = '\n';
          else
            c = (flags & TAUTAN_TEXT_MULTILINE) ? '\t' : ' ';
        }
      else if (!_tautan_render_char_drawable (c))
        continue;

      if (n == max_chars)
        {
          /* One more character than fits: cut before the last one kept. */
          g_string_truncate (out, g_utf8_offset_to_pointer (out->str, MAX ((glong)max_chars - 1, 0)) - out->str);
          while (out->len > 0 && g_ascii_isspace (out->str[out->len - 1]))
            g_string_truncate (out, out->len - 1);
          g_string_append (out, ELLIPSIS);
          break;
        }
      g_string_append_unichar (out, c);
      n++;
    }

  return g_strstrip (g_string_free (out, FALSE));
}
