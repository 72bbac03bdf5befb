/* tautan-import-private.h: what the GDELT and ICEWS readers share
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tautan/tautan-import.h"

G_BEGIN_DECLS

/* Which database and version a row came from. */
typedef enum
{
  IMPORT_SOURCE_GDELT1,
  IMPORT_SOURCE_GDELT2,
  IMPORT_SOURCE_ICEWS,
  N_IMPORT_SOURCES
} ImportSource;

/* An actor as the database writes it, before it becomes an entity: a
 * GDELT code and name, or an ICEWS name. Strings are interned. */
typedef struct
{
  const char   *name;          /* as written, trimmed */
  const char   *code;          /* GDELT actor code; NULL for ICEWS */
  const char   *country;       /* GDELT: CAMEO country code; ICEWS: country name */
  const char   *known_group;   /* GDELT */
  const char   *types[3];      /* GDELT actor type codes */
  const char   *sectors;       /* ICEWS, comma-separated */
  ImportSource  source;
  guint         n_rows;
  guint         passes;        /* PASSES_* bits, for the actor and country filters */
  guint32       entity;        /* set when resolved */
} ImportActor;

#define PASSES_ACTOR    (1u << 0)
#define PASSES_COUNTRY  (1u << 1)

/* One row of a database, kept until repeats are merged. */
typedef struct
{
  guint32       actor;         /* ImportActor index */
  guint32       target;        /* ImportActor index or TAUTAN_NONE */
  guint32       source;        /* ImportSrc index */
  const char   *location;      /* interned place name, or NULL */
  gint64        id;            /* the database's event id; -1 when none */
  TautanDay     day;
  float         goldstein;     /* NAN when unknown */
  float         tone;          /* NAN when unknown */
  float         lat;           /* NAN when unknown */
  float         lon;
  guint32       mentions;      /* GDELT NumMentions; 1 for ICEWS */
  guint32       articles;      /* GDELT NumArticles */
  guint32       n_sources;     /* GDELT NumSources */
  guint32       line;          /* in its file, for rows without an id */
  guint8        quad;          /* TautanQuadClass */
  guint8        kind;          /* ImportSource */
  char          code[5];       /* CAMEO event code, NUL-terminated */
} ImportRecord;

/* A file being read: its name as the user gave it and the line. */
typedef struct
{
  TautanImporter *importer;
  const char     *name;
  guint64         line;
  int             format;      /* the reader's own: what the first line said */
} ImportFile;

typedef struct
{
  const char   *key;
  const char   *outlet;
  const char   *title;
  const char   *url;
  const char   *note;
  ImportSource  kind;
  guint32       id;            /* output number, 0 until used */
} ImportSrc;

typedef struct
{
  const char       *key;
  char             *name;
  TautanEntityKind  kind;
  gboolean          generic;
  guint32           affiliation;
  const char       *role;
  const char       *code;
  const char       *sectors;
  GPtrArray        *aliases;   /* interned, not owned */
  char             *id;        /* output id, NULL until used */
} ImportEntity;

/* The importer's state, shared by tautan-import.c and tautan-import-build.c. */
struct _TautanImporter
{
  GObject            parent_instance;

  TautanImportDatabase database;
  char             **actors;
  char             **countries;        /* CAMEO codes, or casefolded names */
  char             **roots;
  guint              quad_classes;
  guint              min_mentions;
  TautanDay          since;
  TautanDay          until;
  gboolean           named_only;
  char              *title;

  TautanTaxonomy    *taxonomy;
  GStringChunk      *strings;
  GHashTable        *actor_index;      /* key -> index + 1 */
  GPtrArray         *actor_list;       /* ImportActor */
  GHashTable        *source_index;     /* key -> index + 1 */
  GArray            *sources;          /* ImportSrc */
  GHashTable        *seen_ids;         /* gint64 keys, kind in the top bits */
  GArray            *records;          /* ImportRecord */
  GHashTable        *entity_index;     /* key -> index + 1 */
  GPtrArray         *entities;         /* ImportEntity */
  GPtrArray         *diagnostics;
  guint64            n_problems;
  GPtrArray         *file_names;
  gboolean           seen[N_IMPORT_SOURCES];
  TautanImportStats  stats;
  GString           *key;              /* scratch */
  GBytes            *json;
};

/* tautan-import.c, for the readers */
const char   *_tautan_importer_intern        (TautanImporter *self,
                                              const char     *text,
                                              gsize           length);
void          _tautan_importer_problem       (ImportFile     *file,
                                              const char     *line,
                                              const char     *at,
                                              const char     *format,
                                              ...) G_GNUC_PRINTF (4, 5);
ImportActor  *_tautan_importer_actor         (TautanImporter *self,
                                              const char     *key,
                                              gsize           key_length,
                                              guint32        *index,
                                              gboolean       *is_new);
void          _tautan_importer_actor_filters (TautanImporter *self,
                                              ImportActor    *actor,
                                              const char     *country_code);
guint32       _tautan_importer_source        (TautanImporter *self,
                                              const char     *key,
                                              gsize           key_length,
                                              const char     *outlet,
                                              const char     *title,
                                              const char     *url,
                                              const char     *note,
                                              ImportSource    kind);
gboolean      _tautan_importer_seen_id       (TautanImporter *self,
                                              ImportSource    kind,
                                              gint64          id);
gboolean      _tautan_importer_wants         (TautanImporter *self,
                                              const ImportRecord *record);
void          _tautan_importer_add_record    (TautanImporter *self,
                                              const ImportRecord *record);
TautanImportStats *_tautan_importer_stats     (TautanImporter *self);

/* Entities, made when the rows are all read. */
guint32       _tautan_importer_entity        (TautanImporter *self,
                                              const char     *key,
                                              const char     *name,
                                              TautanEntityKind kind,
                                              gboolean        generic);
void          _tautan_importer_entity_set    (TautanImporter *self,
                                              guint32         entity,
                                              guint32         affiliation,
                                              const char     *role,
                                              const char     *code,
                                              const char     *sectors);
void          _tautan_importer_entity_alias  (TautanImporter *self,
                                              guint32         entity,
                                              const char     *alias);
const char   *_tautan_importer_entity_name   (TautanImporter *self,
                                              guint32         entity);
guint32       _tautan_importer_country       (TautanImporter *self,
                                              const char     *code,
                                              const char     *name);
GPtrArray    *_tautan_importer_actors        (TautanImporter *self);

gboolean      _tautan_importer_build         (TautanImporter *self,
                                              GError        **error);
const char   *_tautan_import_source_name     (ImportSource    source);

/* Text helpers */
char         *_tautan_import_fold            (const char     *text);
const char   *_tautan_import_find_noncharacter (const char   *text,
                                                gsize         length);
char         *_tautan_import_title_case      (const char     *upper);
gboolean      _tautan_import_has_word        (const char     *name,
                                              const char * const *words);

/* tautan-import-gdelt.c */
void          _tautan_import_gdelt_line      (ImportFile     *file,
                                              const char     *line,
                                              gsize           length);
void          _tautan_import_gdelt_resolve   (TautanImporter *self);

/* tautan-import-icews.c */
void          _tautan_import_icews_line      (ImportFile     *file,
                                              const char     *line,
                                              gsize           length);
void          _tautan_import_icews_resolve   (TautanImporter *self);

G_END_DECLS
