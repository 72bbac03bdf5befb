/* tautan-json-writer.c: JSON text from a json-glib tree that our reader takes back
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tautan/tautan-json-writer.h"

/* Two faults of json-glib 1.6's generator, mended in one pass over its
 * text:
 * - it writes U+0001–U+001F other than \b \f \n \r \t raw into strings,
 *   which no JSON reader (ours included) accepts back; outside strings it
 *   writes only newlines and spaces, so each other byte below 0x20 is
 *   inside a string and becomes its \u escape;
 * - it appends ".0" to a double whose text has no '.', also after an
 *   exponent ("1e-300.0"), which is not a JSON number: the ".0" goes. */
static char *
mend_generator_text (char  *json,
                     gsize *length)
{
  GString *out;
  gboolean in_string = FALSE;
  const char *p;

  /* Most documents need neither mend: keep their text, no copy. */
  for (p = json; *p != '\0'; p++)
    if (((guchar)*p < 0x20 && *p != '\n') ||
        ((*p == 'e' || *p == 'E') && p > json && g_ascii_isdigit (p[-1])))
      break;
  if (*p == '\0')
    return json;

  out = g_string_sized_new (strlen (json) + 64);
  for (p = json; *p != '\0'; p++)
    {
      if (in_string)
        {
          if (*p == '\\' && p[1] != '\0')
            {
              g_string_append_c (out, *p++);
              g_string_append_c (out, *p);
              continue;
            }
          if (*p == '"')
            in_string = FALSE;
          if ((guchar)*p < 0x20 && *p != '\n')
            g_string_append_printf (out, "\\u%04x", (guint)(guchar)*p);
          else
            g_string_append_c (out, *p);
          continue;
        }

      g_string_append_c (out, *p);
      if (*p == '"')
        in_string = TRUE;
      else if ((*p == 'e' || *p == 'E') && p > json && g_ascii_isdigit (p[-1]))
        {
          const char *q = p + 1;

          if (*q == '+' || *q == '-')
            q++;
          while (g_ascii_isdigit (*q))
            q++;
          g_string_append_len (out, p + 1, q - (p + 1));
          if (q[0] == '.' && q[1] == '0' && !g_ascii_isdigit (q[2]))
            q += 2;
          p = q - 1;
        }
    }
  g_free (json);
  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}

/**
 * tautan_json_to_data:
 * @root: the document
 * @pretty: whether to indent by two spaces, one member per line
 * @length: (out) (optional): the length in bytes
 *
 * Writes @root as JSON that tautan_json_scan_check() accepts: every
 * control character in a string is escaped, every number is a JSON number.
 *
 * Returns: (transfer full): the text
 */
char *
tautan_json_to_data (JsonNode *root,
                     gboolean  pretty,
                     gsize    *length)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  g_return_val_if_fail (root != NULL, NULL);

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, pretty);
  if (pretty)
    json_generator_set_indent (generator, 2);
  return mend_generator_text (json_generator_to_data (generator, length), length);
}
