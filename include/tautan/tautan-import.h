/* tautan-import.h: datasets from the GDELT and ICEWS event databases
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "tautan/tautan-dataset.h"

G_BEGIN_DECLS

#define TAUTAN_IMPORT_ERROR (tautan_import_error_quark ())

typedef enum
{
  TAUTAN_IMPORT_ERROR_READ = 1,   /* a file or archive could not be read */
  TAUTAN_IMPORT_ERROR_EMPTY,      /* no event was left to import */
  TAUTAN_IMPORT_ERROR_INVALID,    /* options that cannot select anything */
} TautanImportError;

GQuark tautan_import_error_quark (void);

typedef enum
{
  TAUTAN_IMPORT_GDELT,            /* GDELT 1.0 daily and 2.0 15-minute event exports */
  TAUTAN_IMPORT_ICEWS,            /* ICEWS coded event data and temporal-KG splits */
} TautanImportDatabase;

/* What to import: every member may stay as tautan_import_options_init()
 * sets it, which imports everything. Filters of different kinds must
 * all pass; within one kind, any value passes. Plain data, owned by the
 * caller: the importer copies what it needs. */
typedef struct
{
  TautanImportDatabase   database;
  /* GDELT: CAMEO actor codes, matched as prefixes of either actor's code
   * ("USA" matches "USAGOV"). ICEWS: either actor's name, in any case. */
  const char * const    *actors;
  /* CAMEO country codes ("RUS") or country names, of either actor. */
  const char * const    *countries;
  /* CAMEO root codes, "01" to "20". */
  const char * const    *roots;
  guint                  quad_classes;  /* bits 1 << TautanQuadClass; 0: all */
  /* Reports an event needs: GDELT's NumMentions summed over repeated
   * rows; ICEWS's number of records. 0: no minimum. */
  guint                  min_mentions;
  TautanDay              since;         /* first day; TAUTAN_DAY_NONE: open */
  TautanDay              until;         /* last day; TAUTAN_DAY_NONE: open */
  /* Only events with an actor and a target that both have a name, not
   * only a role ("Government", "Citizen (India)"). */
  gboolean               named_only;
  const char            *title;         /* NULL: made from the files' names */
} TautanImportOptions;

typedef struct
{
  guint    n_files;
  guint64  n_bytes;          /* read from the files as stored */
  guint64  n_rows;           /* data rows read */
  guint64  n_bad;            /* skipped with a diagnostic */
  guint64  n_no_actor;       /* skipped: the database coded no actor */
  guint64  n_duplicates;     /* skipped: an event id seen before */
  guint64  n_filtered;       /* left out by the options */
  guint64  n_kept;           /* rows in the events below */
  guint    n_events;         /* after repeats became one event */
  guint    n_entities;
  guint    n_sources;
} TautanImportStats;

void  tautan_import_options_init         (TautanImportOptions   *options);
const char *tautan_import_database_to_string (TautanImportDatabase database);
gboolean tautan_import_database_from_string  (const char           *name,
                                              TautanImportDatabase *database);
gboolean tautan_import_sniff                 (const guint8         *head,
                                              gsize                 length,
                                              TautanImportDatabase *database);

#define TAUTAN_TYPE_IMPORTER (tautan_importer_get_type ())

G_DECLARE_FINAL_TYPE (TautanImporter, tautan_importer, TAUTAN, IMPORTER, GObject)

TautanImporter *tautan_importer_new             (const TautanImportOptions *options,
                                                 GError                   **error);
gboolean        tautan_importer_add_files       (TautanImporter            *self,
                                                 GFile * const             *files,
                                                 const char * const        *display_names,
                                                 guint                      n_files,
                                                 GCancellable              *cancellable,
                                                 TautanProgressFunc         progress,
                                                 gpointer                   progress_data,
                                                 GError                   **error);
gboolean        tautan_importer_add_data        (TautanImporter            *self,
                                                 const char                *display_name,
                                                 const char                *data,
                                                 gsize                      length,
                                                 GError                   **error);
GBytes         *tautan_importer_build_json      (TautanImporter            *self,
                                                 GError                   **error);
TautanDataset  *tautan_importer_build_dataset   (TautanImporter            *self,
                                                 GError                   **error);
GPtrArray      *tautan_importer_get_diagnostics (TautanImporter            *self);
guint64         tautan_importer_get_n_problems  (TautanImporter            *self);
void            tautan_importer_get_stats       (TautanImporter            *self,
                                                 TautanImportStats         *stats);

/* The whole import on a worker thread, for the app: @progress is called
 * on that thread. */
void            tautan_import_async             (const TautanImportOptions *options,
                                                 GFile * const             *files,
                                                 guint                      n_files,
                                                 GCancellable              *cancellable,
                                                 TautanProgressFunc         progress,
                                                 gpointer                   progress_data,
                                                 GDestroyNotify             progress_notify,
                                                 GAsyncReadyCallback        callback,
                                                 gpointer                   user_data);
TautanDataset  *tautan_import_finish            (GAsyncResult              *result,
                                                 GPtrArray                **diagnostics,
                                                 TautanImportStats         *stats,
                                                 GError                   **error);

G_END_DECLS
