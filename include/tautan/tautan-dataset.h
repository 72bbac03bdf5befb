/* tautan-dataset.h: sources, entities, dated events and quotes
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "tautan/tautan-date.h"
#include "tautan/tautan-taxonomy.h"

G_BEGIN_DECLS

#define TAUTAN_NONE G_MAXUINT32

#define TAUTAN_DATASET_ERROR (tautan_dataset_error_quark ())

typedef enum
{
  TAUTAN_DATASET_ERROR_INVALID = 1,   /* see the diagnostics for every problem */
  TAUTAN_DATASET_ERROR_IO,
  TAUTAN_DATASET_ERROR_CACHE,
} TautanDatasetError;

GQuark tautan_dataset_error_quark (void);

typedef enum /*< prefix=TAUTAN_ENTITY >*/
{
  TAUTAN_ENTITY_PERSON,
  TAUTAN_ENTITY_STATE,
  TAUTAN_ENTITY_ORGANISATION,
  TAUTAN_ENTITY_ARMED_GROUP,
  TAUTAN_ENTITY_MEDIA,
  TAUTAN_ENTITY_PLACE,
  TAUTAN_ENTITY_UNNAMED_GROUP,
  TAUTAN_N_ENTITY_KINDS /*< skip >*/
} TautanEntityKind;

typedef enum /*< prefix=TAUTAN_PRECISION >*/
{
  TAUTAN_PRECISION_DAY,
  TAUTAN_PRECISION_WEEK,
  TAUTAN_PRECISION_MONTH,
  TAUTAN_PRECISION_YEAR,
  TAUTAN_PRECISION_RANGE,
  TAUTAN_N_PRECISIONS /*< skip >*/
} TautanPrecision;

typedef enum /*< prefix=TAUTAN_DATE >*/
{
  TAUTAN_DATE_STATED,
  TAUTAN_DATE_RELATIVE,
  TAUTAN_DATE_INFERRED,
  TAUTAN_N_DATE_METHODS /*< skip >*/
} TautanDateMethod;

typedef enum /*< prefix=TAUTAN_STATUS >*/
{
  TAUTAN_STATUS_REPORTED,
  TAUTAN_STATUS_CLAIMED,
  TAUTAN_STATUS_DENIED,
  TAUTAN_STATUS_CONFIRMED,
  TAUTAN_N_STATUSES /*< skip >*/
} TautanStatus;

const char *tautan_entity_kind_to_string  (TautanEntityKind kind);
const char *tautan_entity_kind_label      (TautanEntityKind kind);
const char *tautan_precision_to_string    (TautanPrecision  precision);
const char *tautan_date_method_to_string  (TautanDateMethod method);
const char *tautan_status_to_string       (TautanStatus     status);

/* Views into the dataset: plain structs whose pointers stay valid while the
 * dataset lives. Lists are index arrays (into the dataset's own tables). */
typedef struct
{
  guint             index;
  const char       *id;
  const char       *outlet;
  const char       *title;
  const char       *url;             /* nullable */
  const char       *language;
  TautanDay         published;       /* TAUTAN_DAY_NONE when unknown */
  const char       *published_note;  /* nullable */
  const char       *text;
  const char       *text_file;       /* nullable: where text was read from */
  const char       *relayed_from;    /* nullable: the relayed_from array as JSON */
  gboolean          relayed;
  gboolean          state_media;
} TautanSource;

typedef struct
{
  guint             index;
  const char       *id;
  const char       *name;
  TautanEntityKind  kind;
  guint             affiliation;     /* entity index or TAUTAN_NONE */
  const char       *role;            /* nullable */
  const char       *notes;           /* nullable */
  guint             n_aliases;
  const guint32    *aliases;         /* string handles: tautan_dataset_get_string() */
} TautanEntity;

typedef struct
{
  guint             index;
  const char       *id;
  guint             type;            /* index into the taxonomy */
  TautanDay         start;
  TautanDay         end;
  TautanPrecision   precision;
  TautanDateMethod  date_method;
  const char       *date_words;
  const char       *date_note;       /* nullable */
  TautanStatus      status;
  guint             responds_to;     /* event index or TAUTAN_NONE */
  const char       *summary;
  guint             n_actors;
  const guint32    *actors;
  guint             n_targets;
  const guint32    *targets;
  guint             n_sources;
  const guint32    *sources;
  guint             n_quotes;
  const guint32    *quotes;
} TautanEvent;

/* Where an event is drawn, read without its strings and dates: for loops
 * over a million events (tautan_dataset_get_event_links()). */
typedef struct
{
  guint             type;            /* index into the taxonomy */
  guint             n_actors;
  const guint32    *actors;
  guint             n_targets;
  const guint32    *targets;
} TautanEventLinks;

typedef struct
{
  guint             index;
  const char       *id;
  guint             source;
  const char       *text;
  guint             start;           /* code points, inclusive */
  guint             end;             /* code points, exclusive */
  guint             speaker;         /* entity index or TAUTAN_NONE */
  const char       *speaker_text;    /* nullable: when the speaker is no entity */
  gboolean          attribution_certain;
  guint             event;           /* event index or TAUTAN_NONE */
  const char       *gloss;           /* nullable */
  const char       *note;            /* nullable */
  guint             n_relayed_by;
  const guint32    *relayed_by;
} TautanQuote;

/* What a checked dataset file holds (tautan_dataset_check_file()). */
typedef struct
{
  guint           n_sources;
  guint           n_entities;
  guint           n_events;
  guint           n_quotes;
  TautanTimeSpan  span;
} TautanDatasetSummary;

#define TAUTAN_TYPE_DATASET (tautan_dataset_get_type ())

G_DECLARE_FINAL_TYPE (TautanDataset, tautan_dataset, TAUTAN, DATASET, GObject)

typedef void (*TautanProgressFunc) (double   fraction,
                                    gpointer user_data);
typedef void (*TautanDatasetReadyFunc) (TautanDataset *dataset,
                                        gpointer       user_data);

TautanDataset  *tautan_dataset_load_file        (GFile               *file,
                                                 gboolean             use_cache,
                                                 GCancellable        *cancellable,
                                                 TautanProgressFunc   progress,
                                                 gpointer             progress_data,
                                                 GPtrArray          **diagnostics,
                                                 GError             **error);
TautanDataset  *tautan_dataset_load_data        (const char          *data,
                                                 gsize                len,
                                                 const char          *display_name,
                                                 GFile               *base_dir,
                                                 GPtrArray          **diagnostics,
                                                 GError             **error);
TautanDataset  *tautan_dataset_load_resource    (const char          *resource_path,
                                                 GError             **error);
TautanDataset  *tautan_dataset_new_empty        (const char          *title);
gboolean        tautan_dataset_check_file       (GFile               *file,
                                                 TautanDatasetSummary *summary,
                                                 GPtrArray          **diagnostics,
                                                 GError             **error);
void            tautan_dataset_load_async       (GFile               *file,
                                                 gboolean             use_cache,
                                                 GCancellable        *cancellable,
                                                 TautanProgressFunc   progress,
                                                 gpointer             progress_data,
                                                 GDestroyNotify       progress_notify,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
void            tautan_dataset_load_async_full  (GFile               *file,
                                                 gboolean             use_cache,
                                                 GCancellable        *cancellable,
                                                 TautanProgressFunc   progress,
                                                 gpointer             progress_data,
                                                 GDestroyNotify       progress_notify,
                                                 TautanDatasetReadyFunc ready,
                                                 gpointer             ready_data,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
TautanDataset  *tautan_dataset_load_finish      (GAsyncResult        *result,
                                                 GPtrArray          **diagnostics,
                                                 GError             **error);
gboolean        tautan_dataset_save             (TautanDataset       *self,
                                                 GFile               *file,
                                                 GCancellable        *cancellable,
                                                 GError             **error);
gboolean        tautan_dataset_save_copy        (TautanDataset       *self,
                                                 GFile               *file,
                                                 GCancellable        *cancellable,
                                                 GError             **error);
char           *tautan_dataset_to_json          (TautanDataset       *self,
                                                 gsize               *length);

const char     *tautan_dataset_get_title        (TautanDataset       *self);
const char     *tautan_dataset_get_description  (TautanDataset       *self);
GFile          *tautan_dataset_get_file         (TautanDataset       *self);
gboolean        tautan_dataset_get_read_only    (TautanDataset       *self);
void            tautan_dataset_set_read_only    (TautanDataset       *self,
                                                 gboolean             read_only);
gboolean        tautan_dataset_get_from_cache   (TautanDataset       *self);
TautanTaxonomy *tautan_dataset_get_taxonomy     (TautanDataset       *self);
TautanTimeSpan  tautan_dataset_get_span         (TautanDataset       *self);

guint           tautan_dataset_get_n_sources    (TautanDataset       *self);
guint           tautan_dataset_get_n_entities   (TautanDataset       *self);
guint           tautan_dataset_get_n_events     (TautanDataset       *self);
guint           tautan_dataset_get_n_quotes     (TautanDataset       *self);

void            tautan_dataset_get_source       (TautanDataset       *self,
                                                 guint                index,
                                                 TautanSource        *source);
void            tautan_dataset_get_entity       (TautanDataset       *self,
                                                 guint                index,
                                                 TautanEntity        *entity);
void            tautan_dataset_get_event        (TautanDataset       *self,
                                                 guint                index,
                                                 TautanEvent         *event);
void            tautan_dataset_get_event_links  (TautanDataset       *self,
                                                 guint                index,
                                                 TautanEventLinks    *links);
const guint32  *tautan_dataset_get_event_sources (TautanDataset      *self,
                                                  guint               index,
                                                  guint              *n_sources);
void            tautan_dataset_get_quote        (TautanDataset       *self,
                                                 guint                index,
                                                 TautanQuote         *quote);
const char     *tautan_dataset_get_string       (TautanDataset       *self,
                                                 guint32              handle);

char           *tautan_dataset_format_citation  (TautanDataset       *self,
                                                 guint                quote);
char           *tautan_dataset_format_speaker   (TautanDataset       *self,
                                                 guint                quote);

guint           tautan_dataset_lookup_source    (TautanDataset       *self,
                                                 const char          *id);
guint           tautan_dataset_get_entity_n_events (TautanDataset  *self,
                                                    guint           entity);
const guint32  *tautan_dataset_get_untargeted_events (TautanDataset  *self,
                                                      guint          *n_events);
guint           tautan_dataset_lookup_entity    (TautanDataset       *self,
                                                 const char          *id);
guint           tautan_dataset_lookup_event     (TautanDataset       *self,
                                                 const char          *id);
guint           tautan_dataset_lookup_quote     (TautanDataset       *self,
                                                 const char          *id);

G_END_DECLS
