/* tautan-dataset.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-dataset"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <sys/mman.h>

#include "tautan-dataset-private.h"
#include "tautan-enums.h"

struct _TautanDataset
{
  GObject          parent_instance;

  TautanTaxonomy  *taxonomy;
  GFile           *file;
  GBytes          *columns[N_COLUMNS];
  const void      *data[N_COLUMNS];
  gsize            n_elements[N_COLUMNS];

  /* built on first lookup: most uses never ask by id */
  GHashTable      *by_id[4];
  GArray          *untargeted;   /* guint32 event indices, also built when first asked */
  GMutex           lookup_lock;

  guint            n_sources;
  guint            n_entities;
  guint            n_events;
  guint            n_quotes;

  guint            read_only : 1;
  guint            from_cache : 1;
};

G_DEFINE_FINAL_TYPE (TautanDataset, tautan_dataset, G_TYPE_OBJECT)
G_DEFINE_QUARK (tautan-dataset-error-quark, tautan_dataset_error)

#define TAUTAN_COLUMN_INFO(name, kind) { #name, KIND_##kind, \
  KIND_##kind == KIND_U8 ? 1 : KIND_##kind == KIND_F64 ? 8 : 4 },
const TautanColumnInfo tautan_column_info[N_COLUMNS] = {
  TAUTAN_DATASET_COLUMNS (TAUTAN_COLUMN_INFO)
};
#undef TAUTAN_COLUMN_INFO

/* Labels for people, unlike the nicks the format writes. */
static const char *entity_kind_labels[] = {
  N_("Person"), N_("State"), N_("Organisation"), N_("Armed group"), N_("Media"), N_("Place"),
  N_("Unnamed group"),
};

/* A static type's class lives as long as the process: the first reference
 * is kept, later calls only peek. */
static GEnumClass *
enum_class (GType type)
{
  GEnumClass *klass = g_type_class_peek_static (type);

  if (G_UNLIKELY (klass == NULL))
    klass = g_type_class_ref (type);
  return klass;
}

/* The nick glib-mkenums gave @value: the string the formats write. */
const char *
_tautan_enum_to_nick (GType type,
                      int   value)
{
  GEnumValue *ev = g_enum_get_value (enum_class (type), value);

  return ev != NULL ? ev->value_nick : NULL;
}

/* Finds the value whose nick is @text (@len bytes, or NUL-terminated when
 * -1), ignoring ASCII case when asked (names typed on a command line). */
gboolean
_tautan_enum_from_nick (GType       type,
                        const char *text,
                        gssize      len,
                        gboolean    ignore_case,
                        int        *value)
{
  GEnumClass *klass = enum_class (type);
  gsize n = len < 0 ? strlen (text) : (gsize)len;

  for (guint i = 0; i < klass->n_values; i++)
    {
      const char *nick = klass->values[i].value_nick;

      if (strlen (nick) == n &&
          (ignore_case ? g_ascii_strncasecmp (nick, text, n) == 0 : memcmp (nick, text, n) == 0))
        {
          if (value != NULL)
            *value = klass->values[i].value;
          return TRUE;
        }
    }
  return FALSE;
}

/* "a, b or c": every nick of @type, for an error that says what is expected. */
char *
_tautan_enum_list_nicks (GType type)
{
  GEnumClass *klass = enum_class (type);
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    g_string_append_printf (s, "%s%s", i == 0 ? "" : i + 1 == klass->n_values ? " or " : ", ",
                            klass->values[i].value_nick);
  return g_string_free (s, FALSE);
}

const char *
tautan_entity_kind_to_string (TautanEntityKind kind)
{
  g_return_val_if_fail (kind < TAUTAN_N_ENTITY_KINDS, NULL);
  return _tautan_enum_to_nick (TAUTAN_TYPE_ENTITY_KIND, kind);
}

const char *
tautan_entity_kind_label (TautanEntityKind kind)
{
  g_return_val_if_fail (kind < TAUTAN_N_ENTITY_KINDS, NULL);
  return _(entity_kind_labels[kind]);
}

const char *
tautan_precision_to_string (TautanPrecision precision)
{
  g_return_val_if_fail (precision < TAUTAN_N_PRECISIONS, NULL);
  return _tautan_enum_to_nick (TAUTAN_TYPE_PRECISION, precision);
}

const char *
tautan_date_method_to_string (TautanDateMethod method)
{
  g_return_val_if_fail (method < TAUTAN_N_DATE_METHODS, NULL);
  return _tautan_enum_to_nick (TAUTAN_TYPE_DATE_METHOD, method);
}

const char *
tautan_status_to_string (TautanStatus status)
{
  g_return_val_if_fail (status < TAUTAN_N_STATUSES, NULL);
  return _tautan_enum_to_nick (TAUTAN_TYPE_STATUS, status);
}

static void
tautan_dataset_finalize (GObject *object)
{
  TautanDataset *self = (TautanDataset *)object;

  for (guint i = 0; i < N_COLUMNS; i++)
    g_clear_pointer (&self->columns[i], g_bytes_unref);
  for (guint i = 0; i < G_N_ELEMENTS (self->by_id); i++)
    g_clear_pointer (&self->by_id[i], g_hash_table_unref);
  g_clear_pointer (&self->untargeted, g_array_unref);
  g_mutex_clear (&self->lookup_lock);
  g_clear_object (&self->taxonomy);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (tautan_dataset_parent_class)->finalize (object);
}

static void
tautan_dataset_class_init (TautanDatasetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tautan_dataset_finalize;
}

static void
tautan_dataset_init (TautanDataset *self)
{
  g_mutex_init (&self->lookup_lock);
}

void
_tautan_dataset_builder_init (TautanDatasetBuilder *builder)
{
  for (guint i = 0; i < N_COLUMNS; i++)
    /* Reserved so an empty column's data is never NULL: indexing code
     * computes `column + offset` for empty ranges too, and NULL + 0 is
     * undefined. */
    builder->columns[i] = g_array_sized_new (FALSE, FALSE, (guint)tautan_column_info[i].elem_size, 1);

  /* Offset 0 is the NULL string, so every real string has a non-zero handle. */
  g_array_append_vals (builder->columns[COL_STR], "", 1);
  g_array_set_size (builder->columns[COL_META], N_META);
  memset (builder->columns[COL_META]->data, 0, N_META * sizeof (guint32));
  builder->columns_final = NULL;
  builder->final_data = NULL;
}

/* Columns [@first, @last] are final: whoever listens may read them. */
void
_tautan_dataset_builder_final (TautanDatasetBuilder *builder,
                               TautanColumn          first,
                               TautanColumn          last)
{
  if (builder->columns_final != NULL)
    builder->columns_final (builder, first, last);
}

void
_tautan_dataset_builder_clear (TautanDatasetBuilder *builder)
{
  for (guint i = 0; i < N_COLUMNS; i++)
    g_clear_pointer (&builder->columns[i], g_array_unref);
}

/**
 * _tautan_huge_pages:
 * @data: memory not touched yet, such as a large fresh allocation
 *
 * Asks for huge pages: the first touch of a large array then costs one
 * fault per 2 MiB rather than per 4 KiB. A 1M-event open faulted 140,000
 * times, and each fault costs tens of microseconds on a VM with shadow
 * page tables: a fifth of its time. A hint, whatever the kernel makes of
 * it (the system's setting is often "madvise").
 *
 * Returns: @data
 */
gpointer
_tautan_huge_pages (gpointer data,
                    gsize    len)
{
#ifdef MADV_HUGEPAGE
  const guintptr huge = (guintptr)2 << 20;
  guintptr from = ((guintptr)data + huge - 1) & ~(huge - 1);
  guintptr to = ((guintptr)data + len) & ~(huge - 1);

  if (to > from)
    madvise ((gpointer)from, to - from, MADV_HUGEPAGE);
#endif
  return data;
}

/**
 * _tautan_dataset_builder_size:
 *
 * Sizes a column whose length is known, to be filled by index rather
 * than appended to; its new values are not set.
 *
 * Returns: the column's data
 */
gpointer
_tautan_dataset_builder_size (TautanDatasetBuilder *builder,
                              TautanColumn          column,
                              gsize                 n)
{
  GArray *array = builder->columns[column];

  g_array_set_size (array, (guint)n);
  _tautan_huge_pages (array->data, n * tautan_column_info[column].elem_size);
  return array->data;
}

guint32
_tautan_dataset_builder_string (TautanDatasetBuilder *builder,
                                const char           *str,
                                gssize                len)
{
  GArray *blob = builder->columns[COL_STR];
  guint32 offset;

  if (str == NULL)
    return 0;
  if (len < 0)
    len = (gssize)strlen (str);

  offset = blob->len;
  g_array_append_vals (blob, str, (guint)len);
  g_array_append_vals (blob, "", 1);

  return offset;
}

static TautanDataset *
dataset_new (TautanTaxonomy *taxonomy,
             guint           n_sources,
             guint           n_entities,
             guint           n_events,
             guint           n_quotes)
{
  TautanDataset *self = g_object_new (TAUTAN_TYPE_DATASET, NULL);

  self->taxonomy = g_object_ref (taxonomy);
  self->n_sources = n_sources;
  self->n_entities = n_entities;
  self->n_events = n_events;
  self->n_quotes = n_quotes;

  return self;
}

TautanDataset *
_tautan_dataset_new_from_builder (TautanDatasetBuilder *builder,
                                  TautanTaxonomy       *taxonomy,
                                  guint                 n_sources,
                                  guint                 n_entities,
                                  guint                 n_events,
                                  guint                 n_quotes)
{
  TautanDataset *self = dataset_new (taxonomy, n_sources, n_entities, n_events, n_quotes);

  for (guint i = 0; i < N_COLUMNS; i++)
    {
      GArray *array = g_steal_pointer (&builder->columns[i]);
      gsize len = array->len;
      gpointer data = g_array_free (array, FALSE);

      self->columns[i] = g_bytes_new_take (data, len * tautan_column_info[i].elem_size);
      self->data[i] = g_bytes_get_data (self->columns[i], NULL);
      self->n_elements[i] = len;
    }

  return self;
}

TautanDataset *
_tautan_dataset_new_from_columns (GBytes *const  *columns,
                                  TautanTaxonomy *taxonomy,
                                  guint           n_sources,
                                  guint           n_entities,
                                  guint           n_events,
                                  guint           n_quotes)
{
  TautanDataset *self = dataset_new (taxonomy, n_sources, n_entities, n_events, n_quotes);

  for (guint i = 0; i < N_COLUMNS; i++)
    {
      gsize size;

      self->columns[i] = g_bytes_ref (columns[i]);
      self->data[i] = g_bytes_get_data (self->columns[i], &size);
      self->n_elements[i] = size / tautan_column_info[i].elem_size;
    }
  self->from_cache = TRUE;

  return self;
}

void
_tautan_dataset_set_file (TautanDataset *self,
                          GFile         *file,
                          gboolean       from_cache)
{
  g_set_object (&self->file, file);
  self->from_cache = !!from_cache;
}

GBytes *
_tautan_dataset_get_column (TautanDataset *self,
                            TautanColumn   column)
{
  return self->columns[column];
}

const void *
_tautan_dataset_column_data (TautanDataset *self,
                             TautanColumn   column,
                             gsize         *n_elements)
{
  if (n_elements != NULL)
    *n_elements = self->n_elements[column];
  return self->data[column];
}

void
_tautan_dataset_get_counts (TautanDataset *self,
                            guint         *n_sources,
                            guint         *n_entities,
                            guint         *n_events,
                            guint         *n_quotes)
{
  *n_sources = self->n_sources;
  *n_entities = self->n_entities;
  *n_events = self->n_events;
  *n_quotes = self->n_quotes;
}

/**
 * tautan_dataset_get_string:
 * @handle: a string handle from a column (aliases, for instance)
 *
 * Returns: (nullable): the string, %NULL for handle 0
 */
const char *
tautan_dataset_get_string (TautanDataset *self,
                           guint32        handle)
{
  if (handle == 0 || handle >= self->n_elements[COL_STR])
    return NULL;
  return (const char *)self->data[COL_STR] + handle;
}

#define STR(self, col, i) tautan_dataset_get_string ((self), COL_U32 ((self), (col))[(i)])

static inline void
list_at (TautanDataset  *self,
         TautanColumn    off_col,
         TautanColumn    list_col,
         guint           i,
         guint          *n,
         const guint32 **items)
{
  const guint32 *off = COL_U32 (self, off_col);

  *n = off[i + 1] - off[i];
  /* An empty list may sit in an empty (NULL) column: no arithmetic on it. */
  *items = *n > 0 ? COL_U32 (self, list_col) + off[i] : NULL;
}

/**
 * tautan_dataset_new_empty:
 * @title: the dataset's title
 *
 * A dataset with no sources, entities, events or quotes, and the default
 * taxonomy, not saved anywhere: one to add to. Made by the loader from
 * the format's smallest document, so it is whatever a file of that
 * content would load as: the loader is the one place that knows how the
 * columns and indexes of a dataset start.
 *
 * Returns: (transfer full): the dataset
 */
TautanDataset *
tautan_dataset_new_empty (const char *title)
{
  g_autoptr(JsonNode) node = json_node_init_string (json_node_alloc (), title != NULL ? title : "");
  g_autofree char *quoted = json_to_string (node, FALSE);
  g_autofree char *json = NULL;
  g_autoptr(GError) error = NULL;
  TautanDataset *dataset;

  json = g_strdup_printf ("{\"format\":\"tautan-dataset\",\"version\":%d,\"title\":%s,"
                          "\"sources\":[],\"entities\":[],\"events\":[],\"quotes\":[]}",
                          TAUTAN_DATASET_FORMAT_VERSION, quoted);
  dataset = tautan_dataset_load_data (json, strlen (json), title, NULL, NULL, &error);
  /* the format's own empty document: a failure is a bug, not bad input */
  g_assert_no_error (error);
  return dataset;
}

const char *
tautan_dataset_get_title (TautanDataset *self)
{
  g_return_val_if_fail (TAUTAN_IS_DATASET (self), NULL);
  return STR (self, COL_META, META_TITLE);
}

const char *
tautan_dataset_get_description (TautanDataset *self)
{
  g_return_val_if_fail (TAUTAN_IS_DATASET (self), NULL);
  return STR (self, COL_META, META_DESCRIPTION);
}

/**
 * tautan_dataset_get_file:
 *
 * Returns: (transfer none) (nullable): the file it was loaded from
 */
GFile *
tautan_dataset_get_file (TautanDataset *self)
{
  g_return_val_if_fail (TAUTAN_IS_DATASET (self), NULL);
  return self->file;
}

gboolean
tautan_dataset_get_read_only (TautanDataset *self)
{
  g_return_val_if_fail (TAUTAN_IS_DATASET (self), FALSE);
  return self->read_only;
}

void
tautan_dataset_set_read_only (TautanDataset *self,
                              gboolean       read_only)
{
  g_return_if_fail (TAUTAN_IS_DATASET (self));
  self->read_only = !!read_only;
}

gboolean
tautan_dataset_get_from_cache (TautanDataset *self)
{
  g_return_val_if_fail (TAUTAN_IS_DATASET (self), FALSE);
  return self->from_cache;
}

/**
 * tautan_dataset_get_taxonomy:
 *
 * Returns: (transfer none): the event types, with the dataset's overrides
 */
TautanTaxonomy *
tautan_dataset_get_taxonomy (TautanDataset *self)
{
  g_return_val_if_fail (TAUTAN_IS_DATASET (self), NULL);
  return self->taxonomy;
}

/* The days from the earliest event start to the latest event end. */
TautanTimeSpan
tautan_dataset_get_span (TautanDataset *self)
{
  const guint32 *meta = COL_U32 (self, COL_META);

  return (TautanTimeSpan) { (TautanDay)meta[META_SPAN_FROM], (TautanDay)meta[META_SPAN_TO] };
}

guint
tautan_dataset_get_n_sources (TautanDataset *self)
{
  g_return_val_if_fail (TAUTAN_IS_DATASET (self), 0);
  return self->n_sources;
}

guint
tautan_dataset_get_n_entities (TautanDataset *self)
{
  g_return_val_if_fail (TAUTAN_IS_DATASET (self), 0);
  return self->n_entities;
}

guint
tautan_dataset_get_n_events (TautanDataset *self)
{
  g_return_val_if_fail (TAUTAN_IS_DATASET (self), 0);
  return self->n_events;
}

guint
tautan_dataset_get_n_quotes (TautanDataset *self)
{
  g_return_val_if_fail (TAUTAN_IS_DATASET (self), 0);
  return self->n_quotes;
}

void
tautan_dataset_get_source (TautanDataset *self,
                           guint          i,
                           TautanSource  *source)
{
  guint32 flags;

  g_return_if_fail (TAUTAN_IS_DATASET (self));
  g_return_if_fail (i < self->n_sources);

  flags = COL_U32 (self, COL_SRC_FLAGS)[i];
  *source = (TautanSource) {
    .index = i,
    .id = STR (self, COL_SRC_ID, i),
    .outlet = STR (self, COL_SRC_OUTLET, i),
    .title = STR (self, COL_SRC_TITLE, i),
    .url = STR (self, COL_SRC_URL, i),
    .language = STR (self, COL_SRC_LANGUAGE, i),
    .published = COL_I32 (self, COL_SRC_PUBLISHED)[i],
    .published_note = STR (self, COL_SRC_PUBLISHED_NOTE, i),
    .text = STR (self, COL_SRC_TEXT, i),
    .text_file = STR (self, COL_SRC_TEXT_FILE, i),
    .relayed_from = STR (self, COL_SRC_RELAYED, i),
    .relayed = (flags & SRC_FLAG_RELAYED) != 0,
    .state_media = (flags & SRC_FLAG_STATE_MEDIA) != 0,
  };
  if (source->text == NULL)
    source->text = "";
}

void
tautan_dataset_get_entity (TautanDataset *self,
                           guint          i,
                           TautanEntity  *entity)
{
  g_return_if_fail (TAUTAN_IS_DATASET (self));
  g_return_if_fail (i < self->n_entities);

  *entity = (TautanEntity) {
    .index = i,
    .id = STR (self, COL_ENT_ID, i),
    .name = STR (self, COL_ENT_NAME, i),
    .kind = (TautanEntityKind)COL_U32 (self, COL_ENT_KIND)[i],
    .affiliation = COL_U32 (self, COL_ENT_AFFILIATION)[i],
    .role = STR (self, COL_ENT_ROLE, i),
    .notes = STR (self, COL_ENT_NOTES, i),
  };
  list_at (self, COL_ENT_ALIAS_OFF, COL_ENT_ALIASES, i, &entity->n_aliases, &entity->aliases);
}

void
tautan_dataset_get_event (TautanDataset *self,
                          guint          i,
                          TautanEvent   *event)
{
  guint32 info;

  g_return_if_fail (TAUTAN_IS_DATASET (self));
  g_return_if_fail (i < self->n_events);

  info = COL_U32 (self, COL_EV_INFO)[i];
  *event = (TautanEvent) {
    .index = i,
    .id = STR (self, COL_EV_ID, i),
    .type = COL_U32 (self, COL_EV_TYPE)[i],
    .start = COL_I32 (self, COL_EV_START)[i],
    .end = COL_I32 (self, COL_EV_END)[i],
    .precision = EV_INFO_PRECISION (info),
    .date_method = EV_INFO_METHOD (info),
    .date_words = STR (self, COL_EV_DATE_WORDS, i),
    .date_note = STR (self, COL_EV_DATE_NOTE, i),
    .status = EV_INFO_STATUS (info),
    .responds_to = COL_U32 (self, COL_EV_RESPONDS_TO)[i],
    .summary = STR (self, COL_EV_SUMMARY, i),
  };
  list_at (self, COL_EV_ACTOR_OFF, COL_EV_ACTORS, i, &event->n_actors, &event->actors);
  list_at (self, COL_EV_TARGET_OFF, COL_EV_TARGETS, i, &event->n_targets, &event->targets);
  list_at (self, COL_EV_SOURCE_OFF, COL_EV_SOURCES, i, &event->n_sources, &event->sources);
  list_at (self, COL_EV_QUOTE_OFF, COL_EV_QUOTES, i, &event->n_quotes, &event->quotes);
}

/**
 * tautan_dataset_get_event_links:
 * @links: (out caller-allocates): the event's type, actors and targets
 *
 * The part of tautan_dataset_get_event() that says where an event is
 * drawn: three of its columns rather than thirteen, which in a loop over
 * the events of a window is most of the time (each a cache miss).
 */
void
tautan_dataset_get_event_links (TautanDataset    *self,
                                guint             i,
                                TautanEventLinks *links)
{
  g_return_if_fail (TAUTAN_IS_DATASET (self));
  g_return_if_fail (i < self->n_events);

  links->type = COL_U32 (self, COL_EV_TYPE)[i];
  list_at (self, COL_EV_ACTOR_OFF, COL_EV_ACTORS, i, &links->n_actors, &links->actors);
  list_at (self, COL_EV_TARGET_OFF, COL_EV_TARGETS, i, &links->n_targets, &links->targets);
}

/**
 * tautan_dataset_get_event_sources:
 * @n_sources: (out): how many
 *
 * Returns: (array length=n_sources) (nullable): the sources an event cites,
 *   as tautan_dataset_get_event() gives them
 */
const guint32 *
tautan_dataset_get_event_sources (TautanDataset *self,
                                  guint          i,
                                  guint         *n_sources)
{
  const guint32 *sources;

  *n_sources = 0;
  g_return_val_if_fail (TAUTAN_IS_DATASET (self), NULL);
  g_return_val_if_fail (i < self->n_events, NULL);

  list_at (self, COL_EV_SOURCE_OFF, COL_EV_SOURCES, i, n_sources, &sources);
  return sources;
}

void
tautan_dataset_get_quote (TautanDataset *self,
                          guint          i,
                          TautanQuote   *quote)
{
  g_return_if_fail (TAUTAN_IS_DATASET (self));
  g_return_if_fail (i < self->n_quotes);

  *quote = (TautanQuote) {
    .index = i,
    .id = STR (self, COL_Q_ID, i),
    .source = COL_U32 (self, COL_Q_SOURCE)[i],
    .text = STR (self, COL_Q_TEXT, i),
    .start = COL_U32 (self, COL_Q_START)[i],
    .end = COL_U32 (self, COL_Q_END)[i],
    .speaker = COL_U32 (self, COL_Q_SPEAKER)[i],
    .speaker_text = STR (self, COL_Q_SPEAKER_TEXT, i),
    .attribution_certain = (COL_U32 (self, COL_Q_INFO)[i] & Q_INFO_CERTAIN) != 0,
    .event = COL_U32 (self, COL_Q_EVENT)[i],
    .gloss = STR (self, COL_Q_GLOSS, i),
    .note = STR (self, COL_Q_NOTE, i),
  };
  list_at (self, COL_Q_RELAY_OFF, COL_Q_RELAYED, i, &quote->n_relayed_by, &quote->relayed_by);
}

static guint
lookup (TautanDataset *self,
        guint          table,
        TautanColumn   id_column,
        guint          n,
        const char    *id)
{
  gpointer value;

  g_mutex_lock (&self->lookup_lock);
  if (self->by_id[table] == NULL)
    {
      self->by_id[table] = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < n; i++)
        g_hash_table_insert (self->by_id[table], (gpointer)STR (self, id_column, i), GUINT_TO_POINTER (i + 1));
    }
  value = g_hash_table_lookup (self->by_id[table], id);
  g_mutex_unlock (&self->lookup_lock);

  return value ? GPOINTER_TO_UINT (value) - 1 : TAUTAN_NONE;
}

guint
tautan_dataset_lookup_source (TautanDataset *self,
                              const char    *id)
{
  g_return_val_if_fail (TAUTAN_IS_DATASET (self), TAUTAN_NONE);
  return lookup (self, 0, COL_SRC_ID, self->n_sources, id);
}

guint
tautan_dataset_lookup_entity (TautanDataset *self,
                              const char    *id)
{
  g_return_val_if_fail (TAUTAN_IS_DATASET (self), TAUTAN_NONE);
  return lookup (self, 1, COL_ENT_ID, self->n_entities, id);
}

guint
tautan_dataset_lookup_event (TautanDataset *self,
                             const char    *id)
{
  g_return_val_if_fail (TAUTAN_IS_DATASET (self), TAUTAN_NONE);
  return lookup (self, 2, COL_EV_ID, self->n_events, id);
}

guint
tautan_dataset_lookup_quote (TautanDataset *self,
                             const char    *id)
{
  g_return_val_if_fail (TAUTAN_IS_DATASET (self), TAUTAN_NONE);
  return lookup (self, 3, COL_Q_ID, self->n_quotes, id);
}

/**
 * tautan_dataset_get_entity_n_events:
 *
 * Returns: how many events @entity takes part in, at any time
 */
guint
tautan_dataset_get_entity_n_events (TautanDataset *self,
                                    guint          entity)
{
  const guint32 *off;

  g_return_val_if_fail (TAUTAN_IS_DATASET (self), 0);
  g_return_val_if_fail (entity < self->n_entities, 0);

  off = g_bytes_get_data (self->columns[COL_ENT_EV_OFF], NULL);
  return off[entity + 1] - off[entity];
}

/**
 * tautan_dataset_get_untargeted_events:
 * @n_events: (out): how many
 *
 * The events with actors but no target (a joint statement, "North Korea
 * acknowledges the troops"): no edge carries them, so the scene marks them
 * on their actors and counts them with the rest.
 *
 * Returns: (array length=n_events): their indices, in dataset order
 */
const guint32 *
tautan_dataset_get_untargeted_events (TautanDataset *self,
                                      guint         *n_events)
{
  g_autoptr(GMutexLocker) locker = NULL;

  g_return_val_if_fail (TAUTAN_IS_DATASET (self), NULL);
  g_return_val_if_fail (n_events != NULL, NULL);

  locker = g_mutex_locker_new (&self->lookup_lock);
  if (self->untargeted == NULL)
    {
      const guint32 *off = g_bytes_get_data (self->columns[COL_EV_TARGET_OFF], NULL);

      self->untargeted = g_array_new (FALSE, FALSE, sizeof (guint32));
      for (guint32 i = 0; i < self->n_events; i++)
        if (off[i + 1] == off[i])
          g_array_append_val (self->untargeted, i);
    }
  *n_events = self->untargeted->len;
  return (const guint32 *)(gconstpointer)self->untargeted->data;
}

/**
 * tautan_dataset_format_speaker:
 *
 * Returns: (transfer full): who said @quote, marked when the attribution
 *   is uncertain, e.g. "Kim Jong Un" or "KCNA (attribution uncertain)"
 */
char *
tautan_dataset_format_speaker (TautanDataset *self,
                               guint          quote)
{
  TautanQuote q;
  const char *name;

  g_return_val_if_fail (TAUTAN_IS_DATASET (self), NULL);
  g_return_val_if_fail (quote < self->n_quotes, NULL);

  tautan_dataset_get_quote (self, quote, &q);
  if (q.speaker != TAUTAN_NONE)
    name = STR (self, COL_ENT_NAME, q.speaker);
  else
    name = q.speaker_text ? q.speaker_text : "unknown speaker";

  if (!q.attribution_certain)
    return g_strdup_printf ("%s (attribution uncertain)", name);
  return g_strdup (name);
}

/**
 * tautan_dataset_format_citation:
 *
 * Formats @quote for pasting into a report: the words, the speaker, through
 * whom they were relayed, the outlet, the article title, its date and URL.
 *
 * Returns: (transfer full): the citation, one paragraph
 */
char *
tautan_dataset_format_citation (TautanDataset *self,
                                guint          quote)
{
  g_autofree char *speaker = NULL;
  GString *str;
  TautanQuote q;
  TautanSource s;

  g_return_val_if_fail (TAUTAN_IS_DATASET (self), NULL);
  g_return_val_if_fail (quote < self->n_quotes, NULL);

  tautan_dataset_get_quote (self, quote, &q);
  tautan_dataset_get_source (self, q.source, &s);
  speaker = tautan_dataset_format_speaker (self, quote);

  str = g_string_new (NULL);
  g_string_append_printf (str, "“%s” — %s", q.text, speaker);
  if (q.n_relayed_by > 0)
    {
      g_string_append (str, ", via ");
      for (guint i = 0; i < q.n_relayed_by; i++)
        g_string_append_printf (str, "%s%s", i ? " and " : "", STR (self, COL_ENT_NAME, q.relayed_by[i]));
    }
  g_string_append_printf (str, ". %s, “%s”", s.outlet, s.title);
  if (s.published != TAUTAN_DAY_NONE)
    {
      g_autofree char *date = tautan_day_format_human (s.published);
      g_string_append_printf (str, ", %s", date);
    }
  else
    g_string_append (str, ", undated");
  if (s.url != NULL)
    g_string_append_printf (str, ". %s", s.url);
  g_string_append_c (str, '.');
  if (q.gloss != NULL)
    g_string_append_printf (str, " [English: %s]", q.gloss);

  return g_string_free (str, FALSE);
}
