/* tautan-dataset-private.h: the dataset's columnar storage
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "tautan/tautan-dataset.h"

G_BEGIN_DECLS

/* Every table is stored as columns of fixed-size values, strings as offsets
 * into one blob. Columns are either owned arrays (after loading JSON) or
 * pointers into the mmapped binary cache, with no copy: a 1M-event dataset
 * reopens in the time it takes to map a file.
 *
 * X(name, kind): kinds are U8 (the string blob), U32, I32 and F64, stored in
 * the cache as GVariant `ay`, `au`, `ai` and `ad` so mapped data is aligned. */
#define TAUTAN_DATASET_COLUMNS(X) \
  X (STR, U8)                    /* NUL-terminated strings; offset 0 is NULL */ \
  \
  X (SRC_ID, U32) X (SRC_OUTLET, U32) X (SRC_TITLE, U32) X (SRC_URL, U32) \
  X (SRC_LANGUAGE, U32) X (SRC_PUBLISHED_NOTE, U32) X (SRC_TEXT, U32) \
  X (SRC_TEXT_FILE, U32) X (SRC_RELAYED, U32) X (SRC_EXTRAS, U32) \
  X (SRC_PUBLISHED, I32) X (SRC_FLAGS, U32) \
  \
  X (ENT_ID, U32) X (ENT_NAME, U32) X (ENT_ROLE, U32) X (ENT_NOTES, U32) \
  X (ENT_EXTRAS, U32) X (ENT_KIND, U32) X (ENT_AFFILIATION, U32) \
  X (ENT_ALIAS_OFF, U32) X (ENT_ALIASES, U32) \
  \
  X (EV_ID, U32) X (EV_SUMMARY, U32) X (EV_DATE_WORDS, U32) X (EV_DATE_NOTE, U32) \
  X (EV_EXTRAS, U32) X (EV_TYPE, U32) X (EV_START, I32) X (EV_END, I32) \
  X (EV_INFO, U32) X (EV_RESPONDS_TO, U32) \
  X (EV_ACTOR_OFF, U32) X (EV_ACTORS, U32) X (EV_TARGET_OFF, U32) X (EV_TARGETS, U32) \
  X (EV_SOURCE_OFF, U32) X (EV_SOURCES, U32) X (EV_QUOTE_OFF, U32) X (EV_QUOTES, U32) \
  \
  X (Q_ID, U32) X (Q_TEXT, U32) X (Q_SPEAKER_TEXT, U32) X (Q_GLOSS, U32) \
  X (Q_NOTE, U32) X (Q_EXTRAS, U32) X (Q_SOURCE, U32) X (Q_START, U32) \
  X (Q_END, U32) X (Q_SPEAKER, U32) X (Q_EVENT, U32) X (Q_INFO, U32) \
  X (Q_RELAY_OFF, U32) X (Q_RELAYED, U32) \
  \
  /* title, description, extras, taxonomy JSON, and what the indexes found: \
   * the first column the index build writes (see TautanCacheStream) */ \
  X (META, U32) \
  \
  /* derived indexes (tautan-dataset-index.c), in the order the index \
   * build finishes them, so a first open writes each to the cache while \
   * the next ones are built (see TautanCacheStream) */ \
  X (IX_BY_START, U32)           /* events by (start, end) */ \
  X (IX_LONG, U32)               /* events longer than TAUTAN_SHORT_EVENT_DAYS, by start */ \
  X (IX_SORTED_STARTS, I32) X (IX_SORTED_ENDS, I32) \
  X (HIST_PREFIX, F64)           /* (days + 1) x 4 QuadClass prefix sums of event weight */ \
  X (ENT_EV_OFF, U32) X (ENT_EV, U32) X (ENT_STARTS, I32) X (ENT_ENDS, I32) \
  X (ENT_QUOTE_OFF, U32) X (ENT_QUOTES, U32) \
  /* hot event data in start order ("rank"), so a window reads memory in \
   * sequence: RK_TYPE is type | imprecise << 31 */ \
  X (RK_ENT_OFF, U32) X (RK_ENTS, U32) \
  X (EDGE_SRC, U32) X (EDGE_DST, U32) X (EDGE_FIRST, I32) X (EDGE_LAST, I32) \
  X (EDGE_EV_OFF, U32) X (EDGE_EV, U32) X (EDGE_STARTS, I32) X (EDGE_ENDS, I32) \
  X (EDGE_TYPE_OFF, U32) X (EDGE_TYPES, U32) \
  X (EDGE_PFX_OFF, U32) X (EDGE_PFX_S, U32) X (EDGE_PFX_E, U32) \
  X (IX_EDGES_BY_FIRST, U32) \
  X (EV_EDGE_OFF, U32) X (EV_EDGES, U32) \
  X (RK_END, I32) X (RK_TYPE, U32) X (RK_EDGE_OFF, U32) X (RK_EDGES, U32) \
  X (LONG_RANK, U32) X (LONG_STARTS, I32) X (LONG_ENDS, I32)

#define TAUTAN_COLUMN_ENUM(name, kind) COL_##name,
typedef enum
{
  TAUTAN_DATASET_COLUMNS (TAUTAN_COLUMN_ENUM)
  N_COLUMNS
} TautanColumn;
#undef TAUTAN_COLUMN_ENUM

typedef enum
{
  KIND_U8,
  KIND_U32,
  KIND_I32,
  KIND_F64,
} TautanColumnKind;

enum
{
  META_TITLE,
  META_DESCRIPTION,
  META_EXTRAS,
  META_TAXONOMY,
  META_SPAN_FROM,     /* as unsigned bit patterns of TautanDay */
  META_SPAN_TO,
  META_HIST_FIRST,
  META_HIST_DAYS,
  META_N_TYPES,
  N_META
};

/* Events longer than this are indexed apart so a window query can scan the
 * short ones by start date alone. */
#define TAUTAN_SHORT_EVENT_DAYS 31

/* SRC_FLAGS */
#define SRC_FLAG_RELAYED      (1u << 0)
#define SRC_FLAG_STATE_MEDIA  (1u << 1)

/* EV_INFO: precision | method << 4 | status << 8 */
#define EV_INFO_PRECISION(i)  ((TautanPrecision)((i) & 0xf))
#define EV_INFO_METHOD(i)     ((TautanDateMethod)(((i) >> 4) & 0xf))
#define EV_INFO_STATUS(i)     ((TautanStatus)(((i) >> 8) & 0xf))
#define EV_INFO_PACK(p, m, s) ((guint32)(p) | (guint32)(m) << 4 | (guint32)(s) << 8)

#define RK_TYPE_IMPRECISE     (1u << 31)

/* Q_INFO */
#define Q_INFO_CERTAIN        (1u << 0)

typedef struct
{
  const char       *name;
  TautanColumnKind  kind;
  gsize             elem_size;
} TautanColumnInfo;

extern const TautanColumnInfo tautan_column_info[N_COLUMNS];

/* A column while being built: a GArray of the column's element size. */
typedef struct _TautanDatasetBuilder TautanDatasetBuilder;

struct _TautanDatasetBuilder
{
  GArray *columns[N_COLUMNS];
  /* Nullable: told, on the thread that built them, when the columns
   * [first, last] of META and the derived ones are final (the index
   * build writes them no more). */
  void  (*columns_final) (TautanDatasetBuilder *builder,
                          TautanColumn          first,
                          TautanColumn          last);
  gpointer final_data;
};

void            _tautan_dataset_builder_init    (TautanDatasetBuilder *builder);
void            _tautan_dataset_builder_clear   (TautanDatasetBuilder *builder);
gpointer        _tautan_huge_pages              (gpointer              data,
                                                 gsize                 len);
/* g_new() of a large array that is filled next, in huge pages. */
#define TAUTAN_HUGE_NEW(type, n) ((type *)_tautan_huge_pages (g_new (type, (n)), (gsize)(n) * sizeof (type)))
gpointer        _tautan_dataset_builder_size    (TautanDatasetBuilder *builder,
                                                 TautanColumn          column,
                                                 gsize                 n);
guint32         _tautan_dataset_builder_string  (TautanDatasetBuilder *builder,
                                                 const char           *str,
                                                 gssize                len);
void            _tautan_dataset_builder_final   (TautanDatasetBuilder *builder,
                                                 TautanColumn          first,
                                                 TautanColumn          last);

TautanDataset  *_tautan_dataset_new_from_builder (TautanDatasetBuilder *builder,
                                                  TautanTaxonomy       *taxonomy,
                                                  guint                 n_sources,
                                                  guint                 n_entities,
                                                  guint                 n_events,
                                                  guint                 n_quotes);
TautanDataset  *_tautan_dataset_new_from_columns (GBytes *const        *columns,
                                                  TautanTaxonomy       *taxonomy,
                                                  guint                 n_sources,
                                                  guint                 n_entities,
                                                  guint                 n_events,
                                                  guint                 n_quotes);
void            _tautan_dataset_set_file        (TautanDataset        *self,
                                                 GFile                *file,
                                                 gboolean              from_cache);
GBytes         *_tautan_dataset_get_column      (TautanDataset        *self,
                                                 TautanColumn          column);
const void     *_tautan_dataset_column_data     (TautanDataset        *self,
                                                 TautanColumn          column,
                                                 gsize                *n_elements);
void            _tautan_dataset_get_counts      (TautanDataset        *self,
                                                 guint                *n_sources,
                                                 guint                *n_entities,
                                                 guint                *n_events,
                                                 guint                *n_quotes);

/* tautan-dataset.c: enum nicks (tautan-enums.h), the strings formats write */
const char     *_tautan_enum_to_nick            (GType                 type,
                                                 int                   value);
gboolean        _tautan_enum_from_nick          (GType                 type,
                                                 const char           *text,
                                                 gssize                len,
                                                 gboolean              ignore_case,
                                                 int                  *value);
char           *_tautan_enum_list_nicks         (GType                 type);

/* tautan-dataset-loader.c: for tests, the threads that read the events. */
void            _tautan_dataset_set_load_threads (guint                n);
/* tautan-dataset-loader.c: why a date does not fit its precision, or NULL. */
char           *_tautan_precision_problem       (TautanPrecision       precision,
                                                 TautanDay             start,
                                                 TautanDay             end);

/* tautan-dataset-index.c: for tests, the threads that build the edges. */
void            _tautan_dataset_set_index_threads (guint               n);
/* tautan-dataset-index.c: fills the derived columns from the base ones. */
TautanTimeSpan  _tautan_dataset_known_span      (const gint32         *start,
                                                 const gint32         *end,
                                                 guint                 n_events,
                                                 TautanDay            *first_start);
TautanTimeSpan  _tautan_dataset_events_span     (TautanDatasetBuilder *builder,
                                                 guint                 n_events);
void            _tautan_dataset_build_indexes   (TautanDatasetBuilder *builder,
                                                 guint                 n_entities,
                                                 guint                 n_events,
                                                 guint                 n_quotes,
                                                 TautanTaxonomy       *taxonomy);

/* tautan-dataset-cache.c */
typedef struct
{
  guint64 device;
  guint64 inode;
  gint64  ctime_ns;           /* the change time, which no one can put back */
} TautanFileStamp;

typedef struct
{
  const char            *uri;          /* the dataset file's */
  guint64                size;
  const void            *content;      /* its bytes, hashed and compared; NULL: stamp only */
  gsize                  content_len;
  const TautanFileStamp *stamp;        /* nullable */
} TautanCacheKey;

gboolean        _tautan_file_stamp_get          (const char           *path,
                                                 TautanFileStamp      *stamp,
                                                 guint64              *size);

guint64         _tautan_dataset_content_hash    (const void           *data,
                                                 gsize                 len);
TautanDataset  *_tautan_dataset_cache_read      (GBytes               *cache,
                                                 const TautanCacheKey *key,
                                                 gboolean              check_sum);
TautanDataset  *_tautan_dataset_cache_load      (GFile                *file,
                                                 const void           *content,
                                                 gsize                 content_len,
                                                 const TautanFileStamp *stamp,
                                                 GError              **error);
GBytes         *_tautan_dataset_cache_build     (TautanDataset        *self,
                                                 GFile                *file,
                                                 guint64               size,
                                                 guint64               content_hash,
                                                 const TautanFileStamp *stamp);
/* The cache reaches its file in whole chunks of this size, so the page
 * cache holds it in huge pages (tautan-dataset-cache.c). */
#define TAUTAN_CACHE_WRITE_CHUNK ((gsize)2 << 20)

gboolean        _tautan_dataset_cache_write     (TautanDataset        *self,
                                                 GFile                *file,
                                                 guint64               size,
                                                 guint64               content_hash,
                                                 const TautanFileStamp *stamp,
                                                 gboolean            (*put) (gpointer, const void *, gsize, GError **),
                                                 gpointer              target,
                                                 GError              **error);

/* A first open's cache, written while the dataset is built. */
typedef struct _TautanCacheStream TautanCacheStream;

TautanCacheStream *_tautan_dataset_cache_stream_new    (GFile                *file,
                                                        GError              **error);
void               _tautan_dataset_cache_stream_hash_content (TautanCacheStream *self,
                                                              const void        *data,
                                                              gsize              len);
void               _tautan_dataset_cache_stream_begin  (TautanCacheStream    *self,
                                                        TautanDatasetBuilder *builder);
gboolean           _tautan_dataset_cache_stream_finish (TautanCacheStream    *self,
                                                        TautanDataset        *dataset,
                                                        GFile                *file,
                                                        guint64               size,
                                                        const TautanFileStamp *stamp,
                                                        GError              **error);
void               _tautan_dataset_cache_stream_free   (TautanCacheStream    *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TautanCacheStream, _tautan_dataset_cache_stream_free)
char           *_tautan_dataset_cache_path      (GFile                *file);

/* tautan-dataset-validate.c */
gboolean        _tautan_dataset_columns_valid   (GBytes *const        *columns,
                                                 const guint          *counts,
                                                 guint                 n_types);

/* The same checks as tasks, for threads to share; the string blob's UTF-8
 * in blocks of about this size, each starting just after a NUL. */
#define TAUTAN_CHECK_UTF8_BLOCK ((gsize)4 << 20)

typedef struct _TautanColumnCheck TautanColumnCheck;

TautanColumnCheck *_tautan_column_check_new     (GBytes *const        *columns,
                                                 const guint          *counts,
                                                 guint                 n_types);
guint           _tautan_column_check_get_n_tasks (TautanColumnCheck   *check);
void            _tautan_column_check_run        (TautanColumnCheck    *check,
                                                 guint                 task);
gboolean        _tautan_column_check_finish     (TautanColumnCheck    *check);
void            _tautan_column_check_free       (TautanColumnCheck    *check);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TautanColumnCheck, _tautan_column_check_free)

/* typed column access, for the hot paths */
#define COL_U32(self, c)  ((const guint32 *)_tautan_dataset_column_data ((self), (c), NULL))
#define COL_I32(self, c)  ((const gint32 *)_tautan_dataset_column_data ((self), (c), NULL))
#define COL_F64(self, c)  ((const double *)_tautan_dataset_column_data ((self), (c), NULL))

/* Not &g_array_index (…, 0): an empty column's data is NULL, and an
 * offset applied to NULL, even 0, is undefined behaviour. */
#define BUILDER_U32(b, c)       ((guint32 *)(gpointer)(b)->columns[c]->data)
#define BUILDER_I32(b, c)       ((gint32 *)(gpointer)(b)->columns[c]->data)
#define BUILDER_PUSH_U32(b, c, v) G_STMT_START { guint32 _v = (v); g_array_append_val ((b)->columns[c], _v); } G_STMT_END
#define BUILDER_PUSH_I32(b, c, v) G_STMT_START { gint32 _v = (v); g_array_append_val ((b)->columns[c], _v); } G_STMT_END

/* tautan-dataset-writer.c: the tree tautan_dataset_to_json() writes. */
JsonNode       *_tautan_dataset_to_tree          (TautanDataset        *self);

G_END_DECLS
