/* tautan-json-writer.c: JSON text from a json-glib tree that our reader takes back
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tautan/tautan-json-writer.h"

/* json-glib 1.6 writes U+0001–U+001F other than \b \f \n \r \t raw into
 * strings, which no JSON reader (ours included) accepts back. Outside
 * strings it writes only newlines and spaces, so each other byte below
 * 0x20 is inside a string and becomes its \u escape. */
static char *
escape_controls (char  *json,
                 gsize *length)
{
  GString *out;
  const char *p;

  for (p = json; *p != '\0'; p++)
    if ((guchar)*p < 0x20 && *p != '\n')
      break;
  if (*p == '\0')
    return json;

  out = g_string_sized_new (strlen (json) + 64);
  for (p = json; *p != '\0'; p++)
    {
      if ((guchar)*p < 0x20 && *p != '\n')
        g_string_append_printf (out, "\\u%04x", (guint)(guchar)*p);
      else
        g_string_append_c (out, *p);
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
 * control character in a string is escaped.
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
  return escape_controls (json_generator_to_data (generator, length), length);
}
