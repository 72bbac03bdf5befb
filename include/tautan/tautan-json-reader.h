/* tautan-json-reader.h: a pull reader over JSON already found well-formed
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  TAUTAN_JSON_NONE,       /* no value: end of input, or past the last member or element */
  TAUTAN_JSON_NULL,
  TAUTAN_JSON_FALSE,
  TAUTAN_JSON_TRUE,
  TAUTAN_JSON_NUMBER,
  TAUTAN_JSON_STRING,
  TAUTAN_JSON_OBJECT,
  TAUTAN_JSON_ARRAY,
} TautanJsonKind;

/* A string as it is in the input: decode it when @escaped. */
typedef struct
{
  const char *raw;        /* the bytes between the quotes, escapes as written */
  gsize       len;
  gboolean    escaped;    /* whether @raw holds a backslash escape */
} TautanJsonString;

typedef struct
{
  /*< private >*/
  const char *data;
  const char *p;
  const char *end;
} TautanJsonReader;

void            tautan_json_reader_init          (TautanJsonReader       *self,
                                                  const char             *data,
                                                  gsize                   len);
gsize           tautan_json_reader_get_offset    (const TautanJsonReader *self);
void            tautan_json_reader_set_offset    (TautanJsonReader       *self,
                                                  gsize                   offset);
TautanJsonKind  tautan_json_reader_peek          (TautanJsonReader       *self);
gboolean        tautan_json_reader_begin_object  (TautanJsonReader       *self);
gboolean        tautan_json_reader_next_member   (TautanJsonReader       *self,
                                                  TautanJsonString       *name);
gboolean        tautan_json_reader_begin_array   (TautanJsonReader       *self);
gboolean        tautan_json_reader_next_element  (TautanJsonReader       *self);
gboolean        tautan_json_reader_read_string   (TautanJsonReader       *self,
                                                  TautanJsonString       *string);
gboolean        tautan_json_reader_read_integer  (TautanJsonReader       *self,
                                                  gint64                 *value);
gboolean        tautan_json_reader_read_boolean  (TautanJsonReader       *self,
                                                  gboolean               *value);
void            tautan_json_reader_skip          (TautanJsonReader       *self);
void            tautan_json_reader_leave         (TautanJsonReader       *self);

gsize           tautan_json_string_decode        (const TautanJsonString *string,
                                                  char                   *out);
gboolean        tautan_json_string_equal         (const TautanJsonString *string,
                                                  const char             *text,
                                                  gsize                   len);

G_END_DECLS
