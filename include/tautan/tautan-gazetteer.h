/* tautan-gazetteer.h: the entities the extractor knows by name
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "tautan/tautan-dataset.h"

G_BEGIN_DECLS

#define TAUTAN_GAZETTEER_ERROR (tautan_gazetteer_error_quark ())

typedef enum
{
  TAUTAN_GAZETTEER_ERROR_INVALID = 1,   /* the message names file, line:column and JSON path */
  TAUTAN_GAZETTEER_ERROR_IO,
} TautanGazetteerError;

GQuark tautan_gazetteer_error_quark (void);

/* One entry: written into datasets as an entity with the same id. */
typedef struct
{
  char              *id;
  char              *name;
  TautanEntityKind   kind;
  char              *affiliation;   /* nullable: another entry's id */
  char              *role;          /* nullable */
  char              *notes;         /* nullable */
  char              *cameo;         /* nullable: CAMEO country or group code */
  char             **aliases;       /* other spellings and scripts: matched and written */
  char             **metonyms;      /* "Kremlin", "Gedung Putih": matched and written */
  char             **references;    /* "Russian", "media negara Korea Utara": matched only */
  char             **titles;        /* role nouns that refer back to a person: "presiden" */
  char             **domains;       /* media: web hosts, for an article's URL */
  gboolean           state_media;
} TautanGazetteerEntry;

#define TAUTAN_TYPE_GAZETTEER (tautan_gazetteer_get_type ())

G_DECLARE_FINAL_TYPE (TautanGazetteer, tautan_gazetteer, TAUTAN, GAZETTEER, GObject)

TautanGazetteer            *tautan_gazetteer_get_default    (void);
TautanGazetteer            *tautan_gazetteer_new_from_data  (TautanGazetteer  *base,
                                                             const char       *data,
                                                             gsize             len,
                                                             const char       *display_name,
                                                             GError          **error);
TautanGazetteer            *tautan_gazetteer_new_from_file  (TautanGazetteer  *base,
                                                             const char       *path,
                                                             GError          **error);
guint                       tautan_gazetteer_get_n_entries  (TautanGazetteer  *self);
const TautanGazetteerEntry *tautan_gazetteer_get_entry      (TautanGazetteer  *self,
                                                             guint             index);
int                         tautan_gazetteer_lookup         (TautanGazetteer  *self,
                                                             const char       *id);
int                         tautan_gazetteer_lookup_domain  (TautanGazetteer  *self,
                                                             const char       *host);

G_END_DECLS
