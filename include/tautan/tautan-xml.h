/* tautan-xml.h: text that any XML 1.0 reader accepts
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  /* Line breaks and tabs kept, as character references so attribute
   * values keep them too. */
  TAUTAN_XML_ESCAPE_DEFAULT  = 0,
  /* Line breaks and tabs become spaces: labels drawn on one line. */
  TAUTAN_XML_ESCAPE_ONE_LINE = 1 << 0,
} TautanXmlEscapeFlags;

gboolean  tautan_xml_char_allowed (gunichar               c);
void      tautan_xml_append_text  (GString               *string,
                                   const char            *text,
                                   TautanXmlEscapeFlags   flags);
char     *tautan_xml_escape       (const char            *text,
                                   TautanXmlEscapeFlags   flags);
void      tautan_xml_append_id    (GString               *string,
                                   const char            *id);

G_END_DECLS
