/* tautan-xml.c: text that any XML 1.0 reader accepts
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one place that escapes text for the XML Tautan writes (SVG, GEXF,
 * GraphML): names and quotes come from files users did not write, so
 * markup is escaped, bytes that are not UTF-8 are dropped and so are the
 * characters XML 1.0 forbids.
 */

#define G_LOG_DOMAIN "tautan-xml"

#include "config.h"

#include "tautan/tautan-xml.h"

/**
 * tautan_xml_char_allowed:
 * @c: a character
 *
 * XML 1.0 forbids the C0 controls but tab and line breaks, surrogates and
 * U+FFFE, U+FFFF; C1 controls are allowed but only ever noise, so they go
 * too. Tab and line breaks are not "allowed" here: callers decide.
 *
 * Returns: whether @c may be written as it is
 */
gboolean
tautan_xml_char_allowed (gunichar c)
{
  return (c >= 0x20 && c < 0x7F) || (c >= 0xA0 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

/**
 * tautan_xml_append_text:
 * @string: where to append
 * @text: UTF-8, or anything: invalid bytes are dropped
 * @flags: what becomes of line breaks and tabs
 *
 * Appends @text escaped for element content and attribute values alike.
 */
void
tautan_xml_append_text (GString              *string,
                        const char           *text,
                        TautanXmlEscapeFlags  flags)
{
  const guchar *p = (const guchar *)text;
  gboolean one_line = (flags & TAUTAN_XML_ESCAPE_ONE_LINE) != 0;

  g_return_if_fail (string != NULL);

  if (text == NULL)
    return;

  while (*p != 0)
    {
      if (*p < 0x80)
        {
          switch (*p)
            {
            case '&':
              g_string_append (string, "&amp;");
              break;
            case '<':
              g_string_append (string, "&lt;");
              break;
            case '>':
              g_string_append (string, "&gt;");
              break;
            case '"':
              g_string_append (string, "&quot;");
              break;
            case '\'':
              g_string_append (string, "&apos;");
              break;
            case '\t':
              g_string_append (string, one_line ? " " : "&#9;");
              break;
            case '\n':
              g_string_append (string, one_line ? " " : "&#10;");
              break;
            case '\r':
              g_string_append (string, one_line ? " " : "&#13;");
              break;
            default:
              if (*p >= 0x20 && *p != 0x7F)
                g_string_append_c (string, (char)*p);
              break;
            }
          p++;
        }
      else
        {
          gunichar c = g_utf8_get_char_validated ((const char *)p, -1);
          int len;

          /* Never valid: drop the byte, keep the rest. */
          if (c == (gunichar)-1 || c == (gunichar)-2)
            {
              p++;
              continue;
            }
          len = g_utf8_skip[*p];
          if (tautan_xml_char_allowed (c))
            g_string_append_len (string, (const char *)p, len);
          p += len;
        }
    }
}

/**
 * tautan_xml_escape:
 * @text: (nullable): UTF-8, or anything
 * @flags: what becomes of line breaks and tabs
 *
 * Returns: (transfer full): @text escaped as tautan_xml_append_text() does
 */
char *
tautan_xml_escape (const char           *text,
                   TautanXmlEscapeFlags  flags)
{
  GString *string = g_string_new (NULL);

  tautan_xml_append_text (string, text, flags);
  return g_string_free (string, FALSE);
}

/**
 * tautan_xml_append_id:
 * @string: where to append
 * @id: any id
 *
 * Appends an XML name made from @id, one to one: bytes outside
 * [A-Za-z0-9.-] become _XX, and "_" itself is one of them. Prefix it with
 * a letter where the name must not start with a digit.
 */
void
tautan_xml_append_id (GString    *string,
                      const char *id)
{
  static const char hex[] = "0123456789ABCDEF";

  g_return_if_fail (string != NULL);
  g_return_if_fail (id != NULL);

  for (const guchar *p = (const guchar *)id; *p != 0; p++)
    if (g_ascii_isalnum (*p) || *p == '-' || *p == '.')
      g_string_append_c (string, (char)*p);
    else
      {
        g_string_append_c (string, '_');
        g_string_append_c (string, hex[*p >> 4]);
        g_string_append_c (string, hex[*p & 15]);
      }
}
