/* tautan-dataset-loader.c: JSON to columns, with every problem reported
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-dataset-loader"

#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include <json-glib/json-glib.h>

#include "tautan/tautan-diagnostic.h"
#include "tautan/tautan-file.h"
#include "tautan/tautan-json-reader.h"
#include "tautan/tautan-json-scan.h"

#include "tautan-dataset-private.h"
#include "tautan-enums.h"
#include "tautan-format-enums-private.h"
#include "tautan-map-guard-private.h"

/* A dataset is read straight from its bytes into the columns, with no JSON
 * tree: tautan_json_scan_check() has already accepted every byte, so a
 * pull reader walks them and each record is checked as soon as it is read.
 *
 * Pass 1 reads the top-level object and, in each table, only the ids, so a
 * reference may point forwards. Pass 2 reads the tables in the order
 * sources, entities, events, quotes, wherever they are in the file. Every
 * check runs in the order it always has, so diagnostics come out the same,
 * and only the failure path turns JSON paths into lines and columns. */

/* More than this many problems says nothing new: stop collecting. */
#define MAX_DIAGNOSTICS 500

/* Records between two progress reports and cancellation checks. */
#define TICK_MASK 0xfff

#define MAX_SEGMENTS 16
#define N_SCRATCH 4

/* Pass 1 notes where every this many events start, so pass 2 can split
 * the events among threads at those records. */
#define MARK_MASK 0xfff

/* Below this many events pass 2 reads them on one thread: a second one
 * costs more than it saves. */
#define PARALLEL_EVENTS_MIN 50000
#define MAX_EVENT_THREADS 4

typedef enum { T_SOURCES, T_ENTITIES, T_EVENTS, T_QUOTES, N_TABLES } Table;

static const char *table_names[N_TABLES] = { "sources", "entities", "events", "quotes" };
static const char *table_nouns[N_TABLES] = { "source", "entity", "event", "quote" };
static const char *table_articles[N_TABLES] = { "a source", "an entity", "an event", "a quote" };

/* Buckets of unknown members in a record's extras. */
static const char bucket_self[] = "$";
static const char bucket_date[] = "date";
static const char bucket_basis[] = "date_basis";
static const char bucket_speaker[] = "speaker";

typedef struct
{
  const char *name;
  gsize       len;
} Known;

#define K(s) { s, sizeof (s) - 1 }

enum { M_FORMAT, M_VERSION, M_TITLE, M_DESCRIPTION, M_TAXONOMY, M_TABLES,
       N_TOP = M_TABLES + N_TABLES };
static const Known top_members[N_TOP] = {
  K ("format"), K ("version"), K ("title"), K ("description"), K ("taxonomy"),
  K ("sources"), K ("entities"), K ("events"), K ("quotes"),
};

enum { S_ID, S_OUTLET, S_TITLE, S_URL, S_LANGUAGE, S_PUBLISHED, S_PUBLISHED_NOTE, S_ORIGIN,
       S_RELAYED_FROM, S_STATE_MEDIA, S_TEXT, S_TEXT_FILE, N_S };
static const Known source_members[N_S] = {
  K ("id"), K ("outlet"), K ("title"), K ("url"), K ("language"), K ("published"),
  K ("published_note"), K ("origin"), K ("relayed_from"), K ("state_media"), K ("text"),
  K ("text_file"),
};

enum { R_NAME, R_ENTITY, R_STATE_MEDIA, R_WORDS, N_R };
static const Known relay_members[N_R] = {
  K ("name"), K ("entity"), K ("state_media"), K ("words"),
};

enum { N_ID, N_NAME, N_KIND, N_ALIASES, N_AFFILIATION, N_ROLE, N_NOTES, N_N };
static const Known entity_members[N_N] = {
  K ("id"), K ("name"), K ("kind"), K ("aliases"), K ("affiliation"), K ("role"), K ("notes"),
};

enum { E_ID, E_TYPE, E_DATE, E_DATE_BASIS, E_ACTORS, E_TARGETS, E_SUMMARY, E_SOURCES, E_QUOTES,
       E_STATUS, E_RESPONDS_TO, N_E };
static const Known event_members[N_E] = {
  K ("id"), K ("type"), K ("date"), K ("date_basis"), K ("actors"), K ("targets"), K ("summary"),
  K ("sources"), K ("quotes"), K ("status"), K ("responds_to"),
};

enum { D_START, D_END, D_PRECISION, N_D };
static const Known date_members[N_D] = { K ("start"), K ("end"), K ("precision") };

enum { B_METHOD, B_WORDS, B_NOTE, N_B };
static const Known basis_members[N_B] = { K ("method"), K ("words"), K ("note") };

enum { Q_ID, Q_SOURCE, Q_TEXT, Q_START, Q_END, Q_SPEAKER, Q_RELAYED_BY, Q_ATTRIBUTION, Q_EVENT,
       Q_GLOSS, Q_NOTE, N_Q };
static const Known quote_members[N_Q] = {
  K ("id"), K ("source"), K ("text"), K ("start"), K ("end"), K ("speaker"), K ("relayed_by"),
  K ("attribution"), K ("event"), K ("gloss"), K ("note"),
};

enum { P_ENTITY, P_TEXT, N_P };
static const Known speaker_members[N_P] = { K ("entity"), K ("text") };

/* Members that are plain strings, stored as written into their column. */
typedef struct
{
  guint8       member;        /* in the record's Known table */
  TautanColumn column;
  gboolean     required;
} StringMember;

static const StringMember source_strings[] = {
  { S_ID, COL_SRC_ID, FALSE }, { S_OUTLET, COL_SRC_OUTLET, TRUE }, { S_TITLE, COL_SRC_TITLE, TRUE },
  { S_URL, COL_SRC_URL, FALSE }, { S_LANGUAGE, COL_SRC_LANGUAGE, TRUE },
};
static const StringMember entity_strings[] = {
  { N_ID, COL_ENT_ID, FALSE }, { N_NAME, COL_ENT_NAME, TRUE }, { N_ROLE, COL_ENT_ROLE, FALSE },
  { N_NOTES, COL_ENT_NOTES, FALSE },
};
static const StringMember quote_strings[] = {
  { Q_GLOSS, COL_Q_GLOSS, FALSE }, { Q_NOTE, COL_Q_NOTE, FALSE },
};

/* One member's value: where it is in the input, what it is. */
typedef struct
{
  TautanJsonKind  kind;       /* TAUTAN_JSON_NONE when the member is absent */
  gboolean        escaped;    /* strings: decode before use */
  const char     *p;          /* the whole value as written (a string with its quotes) */
  gsize           len;
} Val;

/* An unknown member, kept as written. */
typedef struct
{
  const char *bucket;
  const char *name;           /* between the quotes, escapes as written */
  gsize       name_len;
  const char *value;
  gsize       value_len;
} Extra;

/* A record's id as pass 1 found it. */
typedef struct
{
  const char     *str;        /* decoded, in the input or the arena; NULL unless a string */
  guint32         len;
  TautanJsonKind  kind;       /* of the value; TAUTAN_JSON_NONE also when the record is no object */
} RecordId;

/* A short id (as ids mostly are: "e4021") is kept in its slot, so a
 * lookup reads one slot instead of a slot, its record and the id's bytes
 * in the arena: three cache misses per reference, a sixth of a 1M-event
 * load's CPU. */
#define ID_KEY_MAX 7
#define ID_KEY_LONG G_MAXUINT64

typedef struct
{
  guint32 hash;
  guint32 record;             /* index + 1; 0 for a free slot */
  guint64 key;                /* id_key() */
} IdSlot;

/* id -> first record with it: open addressing over the records' ids. */
typedef struct
{
  GArray *records;            /* RecordId, one per record */
  IdSlot *slots;
  guint32 mask;
  guint32 n_ids;
} IdTable;

typedef struct
{
  const char *name;           /* NULL for an array index */
  guint       index;
} Segment;

typedef struct
{
  TautanDatasetBuilder  builder;
  const char           *data;
  gsize                 len;
  const char           *file;
  GFile                *base_dir;
  GPtrArray            *diagnostics;
  GPtrArray            *sink;               /* where problem() adds */
  TautanTaxonomy       *taxonomy;
  GCancellable         *cancellable;
  TautanProgressFunc    progress;
  gpointer              progress_data;

  /* The JSON path problems are reported at, formatted only for a problem. */
  Segment               path[MAX_SEGMENTS];
  guint                 depth;
  GString              *path_text;

  TautanJsonKind        root_kind;
  Val                   top[N_TOP];
  gboolean              has_table[N_TABLES];
  gsize                 table_start[N_TABLES];
  gsize                 table_end[N_TABLES];
  guint                 n[N_TABLES];
  IdTable               ids[N_TABLES];
  GPtrArray            *id_problems[N_TABLES];   /* pass 1's, reported after the top level's */
  GStringChunk         *arena;
  guint8               *sources_resolved;        /* per event: every "sources" entry known */

  GArray               *extras;                  /* Extra, of the record being read */
  GString              *extras_text;
  GString              *name_text;
  GString              *scratch[N_SCRATCH];
  guint                 next_scratch;

  GArray               *event_marks;             /* gsize: where events 0, MARK_MASK + 1, … start */

  gsize                 bytes_done;
  gsize                 bytes_total;
  gboolean              stop;
  gboolean              worker;                  /* reads a share of pass 2 on another thread */
  gboolean              drop_read;               /* @data is a read-only file mapping */
} Loader;

static const char *
kind_name (TautanJsonKind kind)
{
  switch (kind)
    {
    case TAUTAN_JSON_OBJECT: return "an object";
    case TAUTAN_JSON_ARRAY: return "an array";
    case TAUTAN_JSON_STRING: return "a string";
    case TAUTAN_JSON_TRUE:
    case TAUTAN_JSON_FALSE: return "a boolean";
    case TAUTAN_JSON_NUMBER: return "a number";
    case TAUTAN_JSON_NONE:
    case TAUTAN_JSON_NULL:
    default: return "null";
    }
}

static const char *
format_path (Loader *l)
{
  GString *s = l->path_text;

  g_string_assign (s, "$");
  for (guint i = 0; i < l->depth; i++)
    {
      if (l->path[i].name != NULL)
        tautan_json_path_append_member (s, l->path[i].name, strlen (l->path[i].name));
      else
        tautan_json_path_append_index (s, l->path[i].index);
    }
  return s->str;
}

static void
problem (Loader     *l,
         const char *format,
         ...) G_GNUC_PRINTF (2, 3);

static void
problem (Loader     *l,
         const char *format,
         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  /* A pass-1 buffer never needs more: what follows it is dropped anyway. */
  if (l->sink->len >= MAX_DIAGNOSTICS)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_ptr_array_add (l->sink, tautan_diagnostic_new (l->file, 0, 0, format_path (l), message));
}

static inline guint
push (Loader     *l,
      const char *member)
{
  guint depth = l->depth;

  g_assert (depth < MAX_SEGMENTS);
  l->path[l->depth].name = member;
  l->path[l->depth++].index = 0;
  return depth;
}

static inline guint
push_index (Loader *l,
            guint   index)
{
  guint depth = l->depth;

  g_assert (depth < MAX_SEGMENTS);
  l->path[l->depth].name = NULL;
  l->path[l->depth++].index = index;
  return depth;
}

static inline void
pop (Loader *l,
     guint   depth)
{
  l->depth = depth;
}

/* A problem with one member of the object being read, at its path. */
static void
problem_at (Loader     *l,
            const char *member,
            const char *format,
            ...) G_GNUC_PRINTF (3, 4);

static void
problem_at (Loader     *l,
            const char *member,
            const char *format,
            ...)
{
  g_autofree char *message = NULL;
  guint depth = push (l, member);
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  problem (l, "%s", message);
  pop (l, depth);
}

static void
set_record (Loader *l,
            Table   table,
            guint   index)
{
  l->depth = 0;
  push (l, table_names[table]);
  push_index (l, index);
}

static inline void
reader_at (Loader           *l,
           TautanJsonReader *r,
           const Val        *v)
{
  tautan_json_reader_init (r, l->data, l->len);
  tautan_json_reader_set_offset (r, (gsize)(v->p - l->data));
}

static inline void
read_val (Loader           *l,
          TautanJsonReader *r,
          Val              *v)
{
  v->kind = tautan_json_reader_peek (r);
  v->escaped = FALSE;
  v->p = l->data + tautan_json_reader_get_offset (r);
  if (v->kind == TAUTAN_JSON_STRING)
    {
      TautanJsonString s;

      tautan_json_reader_read_string (r, &s);
      v->escaped = s.escaped;
    }
  else
    tautan_json_reader_skip (r);
  v->len = l->data + tautan_json_reader_get_offset (r) - v->p;
}

static inline TautanJsonString
val_string (const Val *v)
{
  TautanJsonString s = { v->p + 1, v->len - 2, v->escaped };

  return s;
}

/* The decoded text of a string value; not NUL-terminated unless escaped. */
static const char *
val_text (Loader    *l,
          const Val *v,
          gsize     *len)
{
  TautanJsonString s = val_string (v);
  GString *buf;

  if (!s.escaped)
    {
      *len = s.len;
      return s.raw;
    }

  buf = l->scratch[l->next_scratch++ % N_SCRATCH];
  g_string_set_size (buf, s.len);
  g_string_set_size (buf, tautan_json_string_decode (&s, buf->str));
  *len = buf->len;
  return buf->str;
}

/* The decoded text of a string value as a C string, valid until a few
 * more calls. */
static const char *
val_cstr (Loader    *l,
          const Val *v)
{
  TautanJsonString s = val_string (v);
  GString *buf = l->scratch[l->next_scratch++ % N_SCRATCH];

  g_string_set_size (buf, s.len);
  g_string_set_size (buf, tautan_json_string_decode (&s, buf->str));
  return buf->str;
}

/* Appends a string value's decoded text to the string blob. */
static guint32
store (Loader    *l,
       const Val *v)
{
  GArray *blob = l->builder.columns[COL_STR];
  TautanJsonString s = val_string (v);
  guint32 offset = blob->len;
  gsize n;

  g_array_set_size (blob, offset + s.len + 1);
  n = tautan_json_string_decode (&s, blob->data + offset);
  blob->data[offset + n] = '\0';
  g_array_set_size (blob, offset + n + 1);

  return offset;
}

static gboolean
name_is (Loader                 *l,
         const TautanJsonString *name,
         const Known            *known)
{
  /* Names are short: compare inline rather than call memcmp(). */
  if (!name->escaped)
    {
      if (name->len != known->len)
        return FALSE;
      for (gsize i = 0; i < known->len; i++)
        if (name->raw[i] != known->name[i])
          return FALSE;
      return TRUE;
    }

  g_string_set_size (l->name_text, name->len);
  g_string_set_size (l->name_text, tautan_json_string_decode (name, l->name_text->str));
  return l->name_text->len == known->len &&
         memcmp (l->name_text->str, known->name, known->len) == 0;
}

/* Members mostly come in the documented order: start looking after the
 * last one found. */
static guint
match (Loader                 *l,
       const TautanJsonString *name,
       const Known            *known,
       guint                   n_known,
       guint                  *hint)
{
  for (guint j = 0; j < n_known; j++)
    {
      guint k = *hint + j < n_known ? *hint + j : *hint + j - n_known;

      if (name_is (l, name, &known[k]))
        {
          *hint = k + 1 < n_known ? k + 1 : 0;
          return k;
        }
    }
  return n_known;
}

static void
add_extra (Loader                 *l,
           const char             *bucket,
           const TautanJsonString *name,
           const Val              *value)
{
  Extra extra = { bucket, name->raw, name->len, value->p, value->len };

  g_array_append_val (l->extras, extra);
}

/* Reads the object at @r: each known member into @vals, by its index in
 * @known; each other member into the record's extras under @bucket, or
 * nowhere when @bucket is %NULL. */
static void
capture (Loader            *l,
         TautanJsonReader  *r,
         const Known       *known,
         guint              n_known,
         Val               *vals,
         const char        *bucket)
{
  TautanJsonString name;
  guint hint = 0;

  memset (vals, 0, n_known * sizeof (Val));
  if (!tautan_json_reader_begin_object (r))
    {
      tautan_json_reader_skip (r);
      return;
    }

  while (tautan_json_reader_next_member (r, &name))
    {
      guint k = match (l, &name, known, n_known, &hint);

      if (k < n_known)
        read_val (l, r, &vals[k]);
      else
        {
          Val unknown;

          read_val (l, r, &unknown);
          if (bucket != NULL)
            add_extra (l, bucket, &name, &unknown);
        }
    }
}

/* Unknown members are kept as JSON text: {"$": {…}, "date": {…}} holds
 * those of the object itself and of its nested objects, so saving writes
 * them back where they were. Names and values are copied as written: they
 * are valid JSON, and the writer parses the text again. */
static guint32
put_extras (Loader *l)
{
  GString *s = l->extras_text;
  const char *bucket = NULL;

  if (l->extras->len == 0)
    return 0;

  g_string_assign (s, "{");
  for (guint k = 0; k < l->extras->len; k++)
    {
      const Extra *e = &g_array_index (l->extras, Extra, k);

      if (e->bucket != bucket)
        {
          if (bucket != NULL)
            g_string_append (s, "},");
          g_string_append_c (s, '"');
          g_string_append (s, e->bucket);
          g_string_append (s, "\":{");
          bucket = e->bucket;
        }
      else
        g_string_append_c (s, ',');
      g_string_append_c (s, '"');
      g_string_append_len (s, e->name, (gssize)e->name_len);
      g_string_append (s, "\":");
      g_string_append_len (s, e->value, (gssize)e->value_len);
    }
  g_string_append (s, "}}");
  g_array_set_size (l->extras, 0);

  return _tautan_dataset_builder_string (&l->builder, s->str, (gssize)s->len);
}

/* Returns whether the member is there and not null; a required one is
 * reported at the enclosing object's path. */
static gboolean
present (Loader     *l,
         const Val  *v,
         const char *name,
         gboolean    required)
{
  if (v->kind == TAUTAN_JSON_NONE || v->kind == TAUTAN_JSON_NULL)
    {
      if (required)
        problem (l, "missing required member \"%s\"", name);
      return FALSE;
    }
  return TRUE;
}

static gboolean
get_string (Loader     *l,
            const Val  *v,
            const char *name,
            gboolean    required)
{

  if (!present (l, v, name, required))
    return FALSE;
  if (v->kind == TAUTAN_JSON_STRING)
    return TRUE;

  problem_at (l, name, "expected a string, got %s", kind_name (v->kind));
  return FALSE;
}

static guint32
put_string (Loader     *l,
            const Val  *v,
            const char *name,
            gboolean    required)
{
  return get_string (l, v, name, required) ? store (l, v) : 0;
}

static guint32 *column (Loader       *l,
                        TautanColumn  column,
                        gsize         n);

/* Sizes the columns of a table's plain string members for @n records. */
static void
string_columns (Loader             *l,
                const StringMember *members,
                guint               n_members,
                guint               n)
{
  for (guint k = 0; k < n_members; k++)
    column (l, members[k].column, n);
}

/* Stores record @record's plain string members, as @members lists them. */
static void
put_strings (Loader             *l,
             const Val          *v,
             const Known        *known,
             const StringMember *members,
             guint               n_members,
             guint               record)
{
  for (guint k = 0; k < n_members; k++)
    {
      GArray *column = l->builder.columns[members[k].column];

      g_array_index (column, guint32, record) =
        put_string (l, &v[members[k].member], known[members[k].member].name, members[k].required);
    }
}

static gboolean
get_bool (Loader     *l,
          const Val  *v,
          const char *name,
          gboolean    required)
{

  if (!present (l, v, name, required))
    return FALSE;
  if (v->kind == TAUTAN_JSON_TRUE || v->kind == TAUTAN_JSON_FALSE)
    return v->kind == TAUTAN_JSON_TRUE;

  problem_at (l, name, "expected true or false, got %s", kind_name (v->kind));
  return FALSE;
}

static gint64
get_int (Loader     *l,
         const Val  *v,
         const char *name,
         gint64      min,
         gint64      max,
         gint64      fallback)
{
  TautanJsonReader r;
  gint64 ret = fallback;
  guint depth;

  if (!present (l, v, name, TRUE))
    return fallback;

  depth = push (l, name);
  reader_at (l, &r, v);
  if (v->kind == TAUTAN_JSON_NUMBER && tautan_json_reader_read_integer (&r, &ret))
    {
      if (ret < min || ret > max)
        {
          problem (l, "%" G_GINT64_FORMAT " is out of range (%" G_GINT64_FORMAT " to %" G_GINT64_FORMAT ")",
                   ret, min, max);
          ret = fallback;
        }
    }
  else
    problem (l, "expected an integer, got %s", kind_name (v->kind));
  pop (l, depth);

  return ret;
}

static gboolean
get_container (Loader         *l,
               const Val      *v,
               const char     *name,
               gboolean        required,
               TautanJsonKind  kind)
{

  if (!present (l, v, name, required))
    return FALSE;
  if (v->kind == kind)
    return TRUE;

  problem_at (l, name, "expected %s, got %s", kind_name (kind), kind_name (v->kind));
  return FALSE;
}

static gboolean
get_object (Loader     *l,
            const Val  *v,
            const char *name,
            gboolean    required)
{
  return get_container (l, v, name, required, TAUTAN_JSON_OBJECT);
}

static gboolean
get_array (Loader     *l,
           const Val  *v,
           const char *name,
           gboolean    required)
{
  return get_container (l, v, name, required, TAUTAN_JSON_ARRAY);
}

/* A string member naming a value of @type by its nick (tautan-enums.h). */
static int
get_enum (Loader     *l,
          const Val  *v,
          const char *name,
          gboolean    required,
          GType       type,
          const char *what,
          int         fallback)
{
  g_autofree char *expected = NULL;
  const char *text;
  gsize len;
  int value;

  if (!get_string (l, v, name, required))
    return fallback;

  text = val_text (l, v, &len);
  if (_tautan_enum_from_nick (type, text, (gssize)len, FALSE, &value))
    return value;

  expected = _tautan_enum_list_nicks (type);
  problem_at (l, name, "unknown %s \"%s\" (expected %s)", what, val_cstr (l, v), expected);

  return fallback;
}

static guint32
hash_id (const char *s,
         gsize       len)
{
  guint32 h = 2166136261u;

  for (gsize i = 0; i < len; i++)
    h = (h ^ (guchar)s[i]) * 16777619u;
  return h;
}

/* The id's bytes with its length in the top byte when it has at most
 * ID_KEY_MAX of them, so equal keys are equal ids; ID_KEY_LONG otherwise. */
static inline guint64
id_key (const char *s,
        gsize       len)
{
  guint64 key = (guint64)len << 56;

  if (len > ID_KEY_MAX)
    return ID_KEY_LONG;
  for (gsize i = 0; i < len; i++)
    key |= (guint64)(guchar)s[i] << (8 * i);
  return key;
}

/* Returns the first record with the id, + 1, or 0. */
static guint32
id_lookup (IdTable    *ids,
           const char *s,
           gsize       len,
           guint32     hash)
{
  const RecordId *records = (const RecordId *)(gconstpointer)ids->records->data;
  guint64 key = id_key (s, len);

  if (ids->slots == NULL)
    return 0;

  for (guint32 i = hash & ids->mask;; i = (i + 1) & ids->mask)
    {
      const IdSlot *slot = &ids->slots[i];

      if (slot->record == 0)
        return 0;
      if (slot->key != key)
        continue;
      if (key != ID_KEY_LONG)
        return slot->record;
      if (slot->hash == hash && records[slot->record - 1].len == len &&
          memcmp (records[slot->record - 1].str, s, len) == 0)
        return slot->record;
    }
}

/* An id table's slots, zeroed. Lookups land anywhere in them, so they
 * want huge pages, and _tautan_huge_pages() can give only the 2 MiB pages
 * wholly inside an allocation: half of a 4 MiB table from malloc (100,000
 * entities), whose lookups then missed the TLB. Aligned to a huge page, all
 * of it can be. Free with g_aligned_free(). */
static IdSlot *
id_slots_new (guint32 n)
{
  const gsize huge = (gsize)2 << 20;
  gsize bytes = (gsize)n * sizeof (IdSlot);
  IdSlot *slots = g_aligned_alloc (n, sizeof (IdSlot), bytes >= huge ? huge : 64);

  /* Advised before the first touch, which memset() is. */
  _tautan_huge_pages (slots, bytes);
  memset (slots, 0, bytes);
  return slots;
}

static void
id_insert (IdTable    *ids,
           const char *s,
           gsize       len,
           guint32     hash,
           guint32     record)
{
  guint32 i;

  /* At most half full, so probe runs stay short. */
  if ((ids->n_ids + 1) * 2 > ids->mask + 1 || ids->slots == NULL)
    {
      guint32 size = ids->slots == NULL ? 1024 : (ids->mask + 1) * 2;
      IdSlot *old = ids->slots;
      guint32 old_size = old == NULL ? 0 : ids->mask + 1;

      ids->slots = id_slots_new (size);
      ids->mask = size - 1;
      for (guint32 k = 0; k < old_size; k++)
        if (old[k].record != 0)
          {
            for (i = old[k].hash & ids->mask; ids->slots[i].record != 0; i = (i + 1) & ids->mask)
              ;
            ids->slots[i] = old[k];
          }
      g_aligned_free (old);
    }

  for (i = hash & ids->mask; ids->slots[i].record != 0; i = (i + 1) & ids->mask)
    ;
  ids->slots[i].hash = hash;
  ids->slots[i].record = record;
  ids->slots[i].key = id_key (s, len);
  ids->n_ids++;
}

static guint32
resolve (Loader    *l,
         const Val *v,
         Table      table)
{
  const char *text;
  gsize len;
  guint32 record;

  if (v->kind != TAUTAN_JSON_STRING)
    {
      problem (l, "expected %s id (a string), got %s", table_articles[table], kind_name (v->kind));
      return TAUTAN_NONE;
    }

  text = val_text (l, v, &len);
  record = id_lookup (&l->ids[table], text, len, hash_id (text, len));
  if (record == 0)
    {
      problem (l, "unknown %s \"%s\"", table_nouns[table], val_cstr (l, v));
      return TAUTAN_NONE;
    }
  return record - 1;
}

static guint32
get_ref (Loader     *l,
         const Val  *v,
         const char *name,
         gboolean    required,
         Table       table)
{
  guint32 ret;
  guint depth;

  if (!present (l, v, name, required))
    return TAUTAN_NONE;

  depth = push (l, name);
  ret = resolve (l, v, table);
  pop (l, depth);

  return ret;
}

/* Appends a list of references to @list_col. Returns how many entries the
 * list has, resolved or not, or -1 when it is no list. */
static gssize
put_ref_list (Loader       *l,
              const Val    *v,
              const char   *name,
              gboolean      required,
              gboolean      non_empty,
              Table         table,
              TautanColumn  list_col)
{
  GArray *list = l->builder.columns[list_col];
  TautanJsonReader r;
  gboolean more;
  guint depth;
  guint k = 0;

  if (!get_array (l, v, name, required))
    return -1;

  depth = push (l, name);
  reader_at (l, &r, v);
  tautan_json_reader_begin_array (&r);
  more = tautan_json_reader_next_element (&r);
  if (!more && non_empty)
    problem (l, "must list at least one %s", table_nouns[table]);

  for (; more; more = tautan_json_reader_next_element (&r), k++)
    {
      guint depth2 = push_index (l, k);
      Val element;
      guint32 ref;

      read_val (l, &r, &element);
      ref = resolve (l, &element, table);
      if (ref != TAUTAN_NONE)
        g_array_append_val (list, ref);
      pop (l, depth2);
    }
  pop (l, depth);

  return k;
}

static TautanDay
get_date (Loader     *l,
          const Val  *v,
          const char *name,
          gboolean    required)
{
  const char *text;
  TautanDay day;
  gsize len;
  guint depth;

  if (!get_string (l, v, name, required))
    return TAUTAN_DAY_NONE;

  text = val_text (l, v, &len);
  if (tautan_day_parse (text, len, &day))
    return day;

  text = val_cstr (l, v);
  depth = push (l, name);
  if (strlen (text) == 10 && text[4] == '-' && text[7] == '-')
    problem (l, "\"%s\" is not a valid date", text);
  else
    problem (l, "\"%s\" is not a valid date (expected YYYY-MM-DD)", text);
  pop (l, depth);

  return TAUTAN_DAY_NONE;
}

/* Parses one value with json-glib: only for the few that are kept as a
 * tree (the taxonomy) or as json-glib writes them (relayed_from). */
static JsonNode *
parse_val (const Val *v)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();

  if (!json_parser_load_from_data (parser, v->p, (gssize)v->len, NULL))
    return NULL;
  return json_node_copy (json_parser_get_root (parser));
}

static guint32
put_json (Loader    *l,
          const Val *v)
{
  g_autoptr(JsonNode) node = parse_val (v);
  g_autofree char *text = NULL;

  if (node == NULL)
    return 0;
  text = json_to_string (node, FALSE);
  return _tautan_dataset_builder_string (&l->builder, text, -1);
}

static void
report_progress (Loader *l,
                 double  fraction)
{
  if (l->progress != NULL)
    l->progress (CLAMP (fraction, 0.0, 1.0), l->progress_data);
}

static gboolean
cancelled (Loader *l)
{
  return l->cancellable != NULL && g_cancellable_is_cancelled (l->cancellable);
}

/* Every few thousand records: says how far, and whether to go on. */
static gboolean
tick (Loader *l,
      double  fraction)
{
  /* The callback is called from one thread only. */
  if (!l->worker)
    report_progress (l, fraction);
  if (cancelled (l))
    l->stop = TRUE;
  return !l->stop;
}

/* A record's id whose slot is being fetched: on a million events the
 * table outgrows the caches and each lookup waited for memory, so it is
 * made one record later, once the slot has come in while that record was
 * walked, and before anything else is reported. */
typedef struct
{
  gboolean    set;
  guint       index;
  Val         id;
  const char *str;
  guint32     len;
  guint32     hash;
} PendingId;

static void
pending_id_add (IdTable    *ids,
                PendingId  *pending,
                guint       index,
                const Val  *id,
                const char *str,
                guint32     len)
{
  pending->set = TRUE;
  pending->index = index;
  pending->id = *id;
  pending->str = str;
  pending->len = len;
  pending->hash = hash_id (str, len);
  if (ids->slots != NULL)
    __builtin_prefetch (&ids->slots[pending->hash & ids->mask]);
}

/* Records the pending id, or reports it as a duplicate at its record;
 * the path is left at that record. */
static void
pending_id_flush (Loader    *l,
                  Table      table,
                  PendingId *pending)
{
  IdTable *ids = &l->ids[table];
  guint32 first;

  if (!pending->set)
    return;
  pending->set = FALSE;
  set_record (l, table, pending->index);
  first = id_lookup (ids, pending->str, pending->len, pending->hash);
  if (first != 0)
    {
      problem_at (l, "id", "duplicate id \"%s\" (first at $.%s[%u])", val_cstr (l, &pending->id),
                  table_names[table], first - 1);
      return;
    }
  id_insert (ids, pending->str, pending->len, pending->hash, pending->index + 1);
}

/* Pass 1: the ids of the table whose array is at @r, so references may
 * point forwards. Problems wait in a buffer until the top level is checked. */
static void
collect_ids (Loader           *l,
             Table             table,
             TautanJsonReader *r)
{
  IdTable *ids = &l->ids[table];
  static const Known id_member = K ("id");
  PendingId pending = { FALSE };
  guint i = 0;

  l->sink = l->id_problems[table];
  l->table_start[table] = tautan_json_reader_get_offset (r);
  tautan_json_reader_begin_array (r);
  if (table == T_EVENTS)
    g_array_set_size (l->event_marks, 0);

  for (; tautan_json_reader_next_element (r); i++)
    {
      RecordId record = { NULL, 0, TAUTAN_JSON_NONE };
      TautanJsonKind kind = tautan_json_reader_peek (r);
      TautanJsonString name;
      Val id = { 0 };

      if ((i & TICK_MASK) == 0 &&
          !tick (l, 0.1 + 0.2 * (double)tautan_json_reader_get_offset (r) / MAX (l->len, 1)))
        break;
      if (table == T_EVENTS && (i & MARK_MASK) == 0)
        {
          gsize offset = tautan_json_reader_get_offset (r);

          g_array_append_val (l->event_marks, offset);
        }

      if (kind != TAUTAN_JSON_OBJECT)
        {
          pending_id_flush (l, table, &pending);
          set_record (l, table, i);
          problem (l, "expected %s object, got %s", table_articles[table], kind_name (kind));
          tautan_json_reader_skip (r);
          g_array_append_val (ids->records, record);
          continue;
        }

      tautan_json_reader_begin_object (r);
      while (tautan_json_reader_next_member (r, &name))
        {
          if (name_is (l, &name, &id_member))
            {
              /* The check refused duplicate names: nothing else in the
               * record matters to pass 1, and the id mostly comes first. */
              read_val (l, r, &id);
              tautan_json_reader_leave (r);
              break;
            }
          tautan_json_reader_skip (r);
        }

      pending_id_flush (l, table, &pending);
      set_record (l, table, i);
      record.kind = id.kind;
      if (!get_string (l, &id, "id", TRUE))
        {
          g_array_append_val (ids->records, record);
          continue;
        }

      if (!id.escaped && table == T_EVENTS)
        {
          record.str = id.p + 1;
          record.len = (guint32)(id.len - 2);
        }
      else if (!id.escaped)
        {
          /* Every event names entities and sources: their ids side by
           * side in the arena stay in cache, where scattered over the
           * input each lookup missed it. */
          record.str = g_string_chunk_insert_len (l->arena, id.p + 1, (gssize)(id.len - 2));
          record.len = (guint32)(id.len - 2);
        }
      else
        {
          gsize len;
          const char *text = val_text (l, &id, &len);

          record.str = g_string_chunk_insert_len (l->arena, text, (gssize)len);
          record.len = (guint32)len;
        }
      g_array_append_val (ids->records, record);

      if (record.len == 0)
        {
          problem_at (l, "id", "the id is empty");
          continue;
        }

      pending_id_add (ids, &pending, i, &id, record.str, record.len);
    }
  pending_id_flush (l, table, &pending);

  l->n[table] = i;
  l->table_end[table] = tautan_json_reader_get_offset (r);
  l->sink = l->diagnostics;
}

/* Pass 1: the top-level members, and the ids in each table. */
static void
read_top (Loader *l)
{
  TautanJsonReader r;
  TautanJsonString name;
  guint hint = 0;

  tautan_json_reader_init (&r, l->data, l->len);
  l->root_kind = tautan_json_reader_peek (&r);
  if (!tautan_json_reader_begin_object (&r))
    return;

  while (!l->stop && tautan_json_reader_next_member (&r, &name))
    {
      guint k = match (l, &name, top_members, N_TOP, &hint);

      if (k >= M_TABLES && k < N_TOP && tautan_json_reader_peek (&r) == TAUTAN_JSON_ARRAY)
        {
          Table table = (Table)(k - M_TABLES);
          Val *v = &l->top[k];

          v->kind = TAUTAN_JSON_ARRAY;
          v->p = l->data + tautan_json_reader_get_offset (&r);
          collect_ids (l, table, &r);
          v->len = l->data + tautan_json_reader_get_offset (&r) - v->p;
        }
      else if (k < N_TOP)
        read_val (l, &r, &l->top[k]);
      else
        {
          Val unknown;

          read_val (l, &r, &unknown);
          add_extra (l, bucket_self, &name, &unknown);
        }
    }
}

static gboolean
load_top (Loader *l)
{
  TautanDatasetBuilder *b = &l->builder;
  guint32 *meta = BUILDER_U32 (b, COL_META);
  const Val *format = &l->top[M_FORMAT];
  gboolean has_format;

  l->depth = 0;
  if (l->root_kind != TAUTAN_JSON_OBJECT)
    {
      problem (l, "expected a Tautan dataset (an object), got %s", kind_name (l->root_kind));
      return FALSE;
    }

  has_format = get_string (l, format, "format", TRUE);
  if (has_format)
    {
      TautanJsonString s = val_string (format);

      if (!tautan_json_string_equal (&s, "tautan-dataset", strlen ("tautan-dataset")))
        {
          push (l, "format");
          problem (l, "unknown format \"%s\" (expected \"tautan-dataset\")", val_cstr (l, format));
          return FALSE;
        }
    }
  if (l->top[M_VERSION].kind != TAUTAN_JSON_NONE)
    {
      gint64 version = get_int (l, &l->top[M_VERSION], "version", G_MININT64, G_MAXINT64, -1);

      if (version != -1 && version != TAUTAN_DATASET_FORMAT_VERSION)
        {
          push (l, "version");
          problem (l, "unsupported format version %" G_GINT64_FORMAT " (this Tautan reads version %d)",
                   version, TAUTAN_DATASET_FORMAT_VERSION);
          return FALSE;
        }
    }
  else
    problem (l, "missing required member \"version\"");

  if (!has_format)
    return FALSE;

  meta[META_TITLE] = put_string (l, &l->top[M_TITLE], "title", FALSE);
  meta[META_DESCRIPTION] = put_string (l, &l->top[M_DESCRIPTION], "description", FALSE);

  if (present (l, &l->top[M_TAXONOMY], "taxonomy", FALSE))
    {
      g_autoptr(JsonNode) taxonomy = parse_val (&l->top[M_TAXONOMY]);
      TautanTaxonomy *merged = NULL;

      if (taxonomy != NULL)
        merged = tautan_taxonomy_new_with_overrides (l->taxonomy, taxonomy, l->file, "$.taxonomy",
                                                     l->diagnostics);
      if (merged != NULL)
        {
          g_autofree char *json = json_to_string (taxonomy, FALSE);

          g_set_object (&l->taxonomy, merged);
          g_object_unref (merged);
          meta[META_TAXONOMY] = _tautan_dataset_builder_string (b, json, -1);
        }
    }

  for (guint t = 0; t < N_TABLES; t++)
    l->has_table[t] = get_array (l, &l->top[M_TABLES + t], table_names[t], TRUE);

  meta[META_EXTRAS] = put_extras (l);

  /* Pass 1's problems come after the top level's, table by table. */
  for (guint t = 0; t < N_TABLES; t++)
    {
      GPtrArray *buffer = l->id_problems[t];

      for (guint i = 0; i < buffer->len; i++)
        if (l->diagnostics->len < MAX_DIAGNOSTICS)
          g_ptr_array_add (l->diagnostics, g_steal_pointer (&buffer->pdata[i]));
      g_ptr_array_set_size (buffer, 0);
    }

  for (guint t = 0; t < N_TABLES; t++)
    if (l->has_table[t])
      l->bytes_total += l->table_end[t] - l->table_start[t];

  return TRUE;
}

/* Pass 2 walks a table's records with these. */
static gboolean
table_begin (Loader           *l,
             Table             table,
             TautanJsonReader *r)
{
  if (l->stop || !l->has_table[table])
    return FALSE;

  tautan_json_reader_init (r, l->data, l->len);
  tautan_json_reader_set_offset (r, l->table_start[table]);
  tautan_json_reader_begin_array (r);
  return TRUE;
}

static gboolean
table_next (Loader           *l,
            Table             table,
            TautanJsonReader *r,
            guint             i)
{
  if ((i & TICK_MASK) == 0)
    {
      gsize done = l->bytes_done + (tautan_json_reader_get_offset (r) - l->table_start[table]);

      if (!tick (l, 0.3 + 0.55 * (double)done / MAX (l->bytes_total, 1)))
        return FALSE;
    }
  return tautan_json_reader_next_element (r);
}

static void
table_end (Loader *l,
           Table   table)
{
  if (l->has_table[table])
    l->bytes_done += l->table_end[table] - l->table_start[table];
}

/* Reads record @i at @r; %FALSE, having skipped it, when it is no object
 * (pass 1 said so already). */
static gboolean
begin_record (Loader           *l,
              TautanJsonReader *r,
              Table             table,
              guint             i,
              const Known      *known,
              guint             n_known,
              Val              *vals)
{
  set_record (l, table, i);
  g_array_set_size (l->extras, 0);
  if (tautan_json_reader_peek (r) != TAUTAN_JSON_OBJECT)
    {
      tautan_json_reader_skip (r);
      return FALSE;
    }
  capture (l, r, known, n_known, vals, bucket_self);
  return TRUE;
}

/* A per-record column, sized for the table and zeroed. */
static guint32 *
column (Loader       *l,
        TautanColumn  column,
        gsize         n)
{
  guint32 *data = _tautan_dataset_builder_size (&l->builder, column, n);

  if (n > 0)
    memset (data, 0, n * sizeof (guint32));
  return data;
}

/* A per-record column, sized for the table, its values not yet set. */
static guint32 *
sized (Loader       *l,
       TautanColumn  column,
       gsize         n)
{
  return _tautan_dataset_builder_size (&l->builder, column, n);
}

static gboolean
path_is_safe (const char *path)
{
  g_auto(GStrv) parts = NULL;

  if (*path == '\0' || g_path_is_absolute (path) || strchr (path, '\\') != NULL)
    return FALSE;

  parts = g_strsplit (path, "/", -1);
  for (guint i = 0; parts[i]; i++)
    if (strcmp (parts[i], "..") == 0)
      return FALSE;

  return TRUE;
}

/* Reads @file if, links resolved, it lies inside @dir: a text_file is
 * the dataset's own, never a way to read /etc/passwd through a link. */
static GBytes *
read_inside (GFile   *dir,
             GFile   *file,
             GError **error)
{
  g_autofree char *real_dir = NULL;
  g_autofree char *real_file = NULL;
  const char *dir_path = g_file_peek_path (dir);
  const char *file_path = g_file_peek_path (file);
  gsize n;

  if (dir_path == NULL || file_path == NULL)
    return tautan_file_load (file, TAUTAN_FILE_MAX_SIZE, NULL, error);

  real_dir = realpath (dir_path, NULL);
  real_file = realpath (file_path, NULL);
  if (real_dir == NULL || real_file == NULL)
    {
      int saved_errno = errno;

      g_set_error_literal (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno), g_strerror (saved_errno));
      return NULL;
    }
  n = strlen (real_dir);
  if (!(g_str_has_prefix (real_file, real_dir) && (real_file[n] == '/' || g_str_equal (real_dir, "/"))))
    {
      g_set_error_literal (error, TAUTAN_FILE_ERROR, TAUTAN_FILE_ERROR_OUTSIDE,
                           "it leads outside the dataset's folder");
      return NULL;
    }
  return tautan_file_read_regular (real_file, TAUTAN_FILE_MAX_SIZE, error);
}

static guint32
read_text_file (Loader     *l,
                const char *relative)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  const char *contents;
  guint32 ret = 0;
  const char *bad;
  gsize len;
  guint depth = push (l, "text_file");

  if (!path_is_safe (relative))
    {
      problem (l, "\"%s\" must be a relative path inside the dataset's folder", relative);
      goto out;
    }
  if (l->base_dir == NULL)
    {
      problem (l, "\"%s\" cannot be read: the dataset was not loaded from a file", relative);
      goto out;
    }

  file = g_file_resolve_relative_path (l->base_dir, relative);
  bytes = read_inside (l->base_dir, file, &error);
  if (bytes == NULL)
    {
      /* The reason only: a refused file's contents never reach a message. */
      problem (l, "cannot read \"%s\": %s", relative, tautan_file_describe_error (error));
      goto out;
    }
  contents = g_bytes_get_data (bytes, &len);
  if (len > 0 && (!g_utf8_validate_len (contents, len, &bad) || memchr (contents, '\0', len) != NULL))
    {
      problem (l, "\"%s\" is not valid UTF-8 text", relative);
      goto out;
    }
  ret = _tautan_dataset_builder_string (&l->builder, len > 0 ? contents : "", (gssize)len);

out:
  pop (l, depth);
  return ret;
}

/* Checks the relayed_from entries; unknown members in them survive as
 * part of the stored array. */
static void
check_relayed_from (Loader    *l,
                    const Val *v)
{
  TautanJsonReader r;
  guint depth = push (l, "relayed_from");

  reader_at (l, &r, v);
  tautan_json_reader_begin_array (&r);
  for (guint k = 0; tautan_json_reader_next_element (&r); k++)
    {
      TautanJsonKind kind = tautan_json_reader_peek (&r);
      guint depth2 = push_index (l, k);

      if (kind != TAUTAN_JSON_OBJECT)
        {
          problem (l, "expected an object with \"name\", got %s", kind_name (kind));
          tautan_json_reader_skip (&r);
        }
      else
        {
          Val rv[N_R];

          capture (l, &r, relay_members, N_R, rv, NULL);
          get_string (l, &rv[R_NAME], "name", TRUE);
          get_string (l, &rv[R_WORDS], "words", FALSE);
          get_bool (l, &rv[R_STATE_MEDIA], "state_media", FALSE);
          get_ref (l, &rv[R_ENTITY], "entity", FALSE, T_ENTITIES);
        }
      pop (l, depth2);
    }
  pop (l, depth);
}

static gboolean
array_is_empty (Loader    *l,
                const Val *v)
{
  TautanJsonReader r;

  reader_at (l, &r, v);
  tautan_json_reader_begin_array (&r);
  return !tautan_json_reader_next_element (&r);
}

static void
load_sources (Loader *l)
{
  guint n = l->n[T_SOURCES];
  gint32 *c_published = (gint32 *)column (l, COL_SRC_PUBLISHED, n);
  guint32 *c_note = column (l, COL_SRC_PUBLISHED_NOTE, n);
  guint32 *c_flags = column (l, COL_SRC_FLAGS, n);
  guint32 *c_relayed = column (l, COL_SRC_RELAYED, n);
  guint32 *c_text = column (l, COL_SRC_TEXT, n);
  guint32 *c_text_file = column (l, COL_SRC_TEXT_FILE, n);
  guint32 *c_extras = column (l, COL_SRC_EXTRAS, n);
  TautanJsonReader r;

  string_columns (l, source_strings, G_N_ELEMENTS (source_strings), n);

  for (guint i = 0; i < n; i++)
    c_published[i] = TAUTAN_DAY_NONE;

  if (!table_begin (l, T_SOURCES, &r))
    return;

  for (guint i = 0; i < n && table_next (l, T_SOURCES, &r, i); i++)
    {
      Val v[N_S];
      TautanDay published = TAUTAN_DAY_NONE;
      gboolean relayed, has_text_file;
      guint32 flags = 0;
      int origin;

      if (!begin_record (l, &r, T_SOURCES, i, source_members, N_S, v))
        continue;

      put_strings (l, v, source_members, source_strings, G_N_ELEMENTS (source_strings), i);

      if (v[S_PUBLISHED].kind == TAUTAN_JSON_NONE)
        problem (l, "missing required member \"published\" (a date, or null with \"published_note\")");
      else
        published = get_date (l, &v[S_PUBLISHED], "published", FALSE);
      if (published == TAUTAN_DAY_NONE && v[S_PUBLISHED].kind == TAUTAN_JSON_NULL &&
          !present (l, &v[S_PUBLISHED_NOTE], "published_note", FALSE))
        problem (l, "\"published\" is null, so \"published_note\" must say why");
      c_published[i] = published;
      c_note[i] = put_string (l, &v[S_PUBLISHED_NOTE], "published_note", FALSE);

      origin = get_enum (l, &v[S_ORIGIN], "origin", TRUE, TAUTAN_TYPE_ORIGIN, "origin", TAUTAN_ORIGIN_OWN);
      if (origin == TAUTAN_ORIGIN_RELAYED)
        flags |= SRC_FLAG_RELAYED;
      if (get_bool (l, &v[S_STATE_MEDIA], "state_media", TRUE))
        flags |= SRC_FLAG_STATE_MEDIA;
      c_flags[i] = flags;

      relayed = get_array (l, &v[S_RELAYED_FROM], "relayed_from", FALSE);
      if (origin == TAUTAN_ORIGIN_RELAYED && (!relayed || array_is_empty (l, &v[S_RELAYED_FROM])))
        problem (l, "\"origin\" is \"relayed\", so \"relayed_from\" must name the agency or outlet");
      if (relayed)
        {
          check_relayed_from (l, &v[S_RELAYED_FROM]);
          /* Stored as json-glib writes it: it is public, as JSON text. */
          c_relayed[i] = put_json (l, &v[S_RELAYED_FROM]);
        }

      has_text_file = get_string (l, &v[S_TEXT_FILE], "text_file", FALSE);
      if (present (l, &v[S_TEXT], "text", FALSE))
        {
          if (has_text_file)
            problem (l, "give either \"text\" or \"text_file\", not both");
          else if (get_string (l, &v[S_TEXT], "text", FALSE))
            c_text[i] = store (l, &v[S_TEXT]);
        }
      else if (has_text_file)
        c_text[i] = read_text_file (l, val_cstr (l, &v[S_TEXT_FILE]));
      else
        problem (l, "missing required member \"text\" (or \"text_file\")");
      c_text_file[i] = has_text_file ? store (l, &v[S_TEXT_FILE]) : 0;

      c_extras[i] = put_extras (l);
    }
  table_end (l, T_SOURCES);
}

static void
load_entities (Loader *l)
{
  guint n = l->n[T_ENTITIES];
  guint32 *c_kind = column (l, COL_ENT_KIND, n);
  guint32 *c_affiliation = column (l, COL_ENT_AFFILIATION, n);
  guint32 *c_extras = column (l, COL_ENT_EXTRAS, n);
  guint32 *c_alias_off = column (l, COL_ENT_ALIAS_OFF, (gsize)n + 1);
  GArray *aliases = l->builder.columns[COL_ENT_ALIASES];
  TautanJsonReader r;

  string_columns (l, entity_strings, G_N_ELEMENTS (entity_strings), n);

  for (guint i = 0; i < n; i++)
    c_affiliation[i] = TAUTAN_NONE;

  if (!table_begin (l, T_ENTITIES, &r))
    return;

  for (guint i = 0; i < n && table_next (l, T_ENTITIES, &r, i); i++)
    {
      Val v[N_N];
      guint32 affiliation;

      if (begin_record (l, &r, T_ENTITIES, i, entity_members, N_N, v))
        {
          put_strings (l, v, entity_members, entity_strings, G_N_ELEMENTS (entity_strings), i);
          c_kind[i] = (guint32)get_enum (l, &v[N_KIND], "kind", TRUE, TAUTAN_TYPE_ENTITY_KIND,
                                         "entity kind", TAUTAN_ENTITY_PERSON);
          affiliation = get_ref (l, &v[N_AFFILIATION], "affiliation", FALSE, T_ENTITIES);
          if (affiliation == i)
            {
              problem_at (l, "affiliation", "an entity cannot be affiliated with itself");
              affiliation = TAUTAN_NONE;
            }
          c_affiliation[i] = affiliation;

          if (get_array (l, &v[N_ALIASES], "aliases", FALSE))
            {
              guint depth = push (l, "aliases");
              TautanJsonReader ar;

              reader_at (l, &ar, &v[N_ALIASES]);
              tautan_json_reader_begin_array (&ar);
              for (guint k = 0; tautan_json_reader_next_element (&ar); k++)
                {
                  guint depth2 = push_index (l, k);
                  Val alias;

                  read_val (l, &ar, &alias);
                  if (alias.kind == TAUTAN_JSON_STRING)
                    {
                      guint32 s = store (l, &alias);
                      g_array_append_val (aliases, s);
                    }
                  else
                    problem (l, "expected a string, got %s", kind_name (alias.kind));
                  pop (l, depth2);
                }
              pop (l, depth);
            }
          c_extras[i] = put_extras (l);
        }
      c_alias_off[i + 1] = aliases->len;
    }
  table_end (l, T_ENTITIES);
}

/* Why @start..@end does not fit @precision, or NULL: the loader's words,
 * which an edit gives too (tautan-dataset-edit.c). */
char *
_tautan_precision_problem (TautanPrecision precision,
                           TautanDay       start,
                           TautanDay       end)
{
  int sy, sm, sd, ey, em, ed;

  tautan_day_to_ymd (start, &sy, &sm, &sd);
  tautan_day_to_ymd (end, &ey, &em, &ed);

  switch (precision)
    {
    case TAUTAN_PRECISION_DAY:
      if (start != end)
        return g_strdup ("precision \"day\" needs start = end");
      break;
    case TAUTAN_PRECISION_WEEK:
      if (end - start > 6)
        return g_strdup_printf ("precision \"week\" spans at most 7 days, this spans %d", end - start + 1);
      break;
    case TAUTAN_PRECISION_MONTH:
      if (sy != ey || sm != em || sd != 1 || ed != tautan_days_in_month (ey, em))
        return g_strdup ("precision \"month\" needs the first to the last day of one month");
      break;
    case TAUTAN_PRECISION_YEAR:
      if (sy != ey || sm != 1 || sd != 1 || em != 12 || ed != 31)
        return g_strdup ("precision \"year\" needs 1 January to 31 December of one year");
      break;
    case TAUTAN_PRECISION_RANGE:
    case TAUTAN_N_PRECISIONS:
    default:
      break;
    }
  return NULL;
}

static void
check_precision (Loader          *l,
                 TautanPrecision  precision,
                 TautanDay        start,
                 TautanDay        end)
{
  g_autofree char *reason = _tautan_precision_problem (precision, start, end);

  if (reason != NULL)
    problem (l, "%s", reason);
}

/* Threads for pass 2's events: 0 for one per processor on large files. */
static gint load_threads;

/**
 * _tautan_dataset_set_load_threads:
 * @n: how many threads read the events, whatever their number; 0 to let
 *   the loader choose
 *
 * For tests: the columns and problems must not depend on it.
 */
void
_tautan_dataset_set_load_threads (guint n)
{
  g_atomic_int_set (&load_threads, (gint)n);
}

/* The events' per-record columns, sized before pass 2 splits them. */
typedef struct
{
  guint32 *id;
  guint32 *type;
  gint32  *start;
  gint32  *end;
  guint32 *words;
  guint32 *note;
  guint32 *info;
  guint32 *responds_to;
  guint32 *summary;
  guint32 *extras;
  guint32 *off[4];            /* actors, targets, sources, quotes: n + 1 each */
} EventColumns;

static const TautanColumn event_lists[4] = { COL_EV_ACTORS, COL_EV_TARGETS, COL_EV_SOURCES, COL_EV_QUOTES };
static const TautanColumn event_offsets[4] = {
  COL_EV_ACTOR_OFF, COL_EV_TARGET_OFF, COL_EV_SOURCE_OFF, COL_EV_QUOTE_OFF,
};

/* The events' columns are sized but not cleared before pass 2 splits
 * them: each record clears its own, so the first touch of those pages
 * (a tenth of a second at 1M events) is shared by the threads. */
static inline void
clear_event (const EventColumns *c,
             guint               i)
{
  c->id[i] = c->type[i] = c->words[i] = c->note[i] = c->info[i] = c->summary[i] = c->extras[i] = 0;
  c->start[i] = c->end[i] = 0;
  c->responds_to[i] = TAUTAN_NONE;
}

/* Pass 2's events are the last read of most of the JSON, and everything
 * read from them is copied into the columns: the mapped pages behind the
 * reader are let go, so the text (300 MB at 1M events) no longer sits in
 * memory beside all that was built from it. The file stays in the page
 * cache, and a later read (counting a problem's line) maps it back in. */
#define DROP_MIN ((gsize)4 << 20)

static void
drop_read (Loader *l,
           gsize  *from,
           gsize   to)
{
#ifdef MADV_DONTNEED
  gsize page = (gsize)sysconf (_SC_PAGESIZE);
  guintptr start, end;

  start = ((guintptr)l->data + *from + page - 1) & ~(guintptr)(page - 1);
  end = ((guintptr)l->data + to) & ~(guintptr)(page - 1);
  if (end < start + DROP_MIN)
    return;
  madvise ((gpointer)start, end - start, MADV_DONTNEED);
  *from = to;
#endif
}

/* Reads events [@first, @last), the first of them at @offset (0: the
 * table's start). Strings and lists go to @l's builder, the rest to @c. */
static void
load_event_range (Loader             *l,
                  const EventColumns *c,
                  guint               first,
                  guint               last,
                  gsize               offset)
{
  GArray *actors = l->builder.columns[COL_EV_ACTORS];
  GArray *targets = l->builder.columns[COL_EV_TARGETS];
  GArray *sources = l->builder.columns[COL_EV_SOURCES];
  GArray *quotes = l->builder.columns[COL_EV_QUOTES];
  TautanJsonReader r;
  guint i = first;
  gsize dropped;

  if (!table_begin (l, T_EVENTS, &r))
    goto out;
  if (offset != 0)
    tautan_json_reader_set_offset (&r, offset);
  dropped = tautan_json_reader_get_offset (&r);

  for (i = first; i < last && table_next (l, T_EVENTS, &r, i); i++)
    {
      Val v[N_E];
      TautanDay start = TAUTAN_DAY_NONE, end = TAUTAN_DAY_NONE;
      int precision = 0, method = 0, status = 0, type = 0;
      guint32 responds_to;
      gssize n_sources;

      if (l->drop_read && (i & MARK_MASK) == 0)
        drop_read (l, &dropped, tautan_json_reader_get_offset (&r));
      clear_event (c, i);
      if (!begin_record (l, &r, T_EVENTS, i, event_members, N_E, v))
        {
          c->off[0][i + 1] = actors->len;
          c->off[1][i + 1] = targets->len;
          c->off[2][i + 1] = sources->len;
          c->off[3][i + 1] = quotes->len;
          continue;
        }

      c->id[i] = put_string (l, &v[E_ID], "id", FALSE);

      if (get_string (l, &v[E_TYPE], "type", TRUE))
        {
          const char *type_id = val_cstr (l, &v[E_TYPE]);

          if ((type = tautan_taxonomy_lookup (l->taxonomy, type_id)) < 0)
            {
              problem_at (l, "type", "unknown event type \"%s\"", type_id);
              type = 0;
            }
        }
      c->type[i] = (guint32)type;

      if (get_object (l, &v[E_DATE], "date", TRUE))
        {
          guint depth = push (l, "date");
          TautanJsonReader dr;
          Val d[N_D];

          reader_at (l, &dr, &v[E_DATE]);
          capture (l, &dr, date_members, N_D, d, bucket_date);
          start = get_date (l, &d[D_START], "start", TRUE);
          end = get_date (l, &d[D_END], "end", TRUE);
          precision = get_enum (l, &d[D_PRECISION], "precision", TRUE, TAUTAN_TYPE_PRECISION,
                                "precision", -1);
          if (start != TAUTAN_DAY_NONE && end != TAUTAN_DAY_NONE)
            {
              if (end < start)
                {
                  g_autofree char *s = tautan_day_format (start);
                  g_autofree char *e = tautan_day_format (end);
                  problem_at (l, "end", "end %s is before start %s", e, s);
                }
              else if (precision >= 0)
                check_precision (l, (TautanPrecision)precision, start, end);
            }
          pop (l, depth);
        }
      if (start == TAUTAN_DAY_NONE || end == TAUTAN_DAY_NONE || end < start)
        start = end = 0;
      c->start[i] = start;
      c->end[i] = end;

      if (get_object (l, &v[E_DATE_BASIS], "date_basis", TRUE))
        {
          guint depth = push (l, "date_basis");
          TautanJsonReader br;
          Val d[N_B];

          reader_at (l, &br, &v[E_DATE_BASIS]);
          capture (l, &br, basis_members, N_B, d, bucket_basis);
          method = get_enum (l, &d[B_METHOD], "method", TRUE, TAUTAN_TYPE_DATE_METHOD,
                             "date method", TAUTAN_DATE_STATED);
          c->words[i] = put_string (l, &d[B_WORDS], "words", TRUE);
          c->note[i] = put_string (l, &d[B_NOTE], "note", FALSE);
          pop (l, depth);
        }

      status = get_enum (l, &v[E_STATUS], "status", TRUE, TAUTAN_TYPE_STATUS, "status",
                         TAUTAN_STATUS_REPORTED);
      c->info[i] = EV_INFO_PACK (MAX (precision, 0), method, status);

      responds_to = get_ref (l, &v[E_RESPONDS_TO], "responds_to", FALSE, T_EVENTS);
      if (responds_to == i)
        {
          problem_at (l, "responds_to", "an event cannot respond to itself");
          responds_to = TAUTAN_NONE;
        }
      c->responds_to[i] = responds_to;
      c->summary[i] = put_string (l, &v[E_SUMMARY], "summary", TRUE);

      put_ref_list (l, &v[E_ACTORS], "actors", TRUE, TRUE, T_ENTITIES, COL_EV_ACTORS);
      c->off[0][i + 1] = actors->len;
      put_ref_list (l, &v[E_TARGETS], "targets", TRUE, FALSE, T_ENTITIES, COL_EV_TARGETS);
      c->off[1][i + 1] = targets->len;
      n_sources = put_ref_list (l, &v[E_SOURCES], "sources", TRUE, TRUE, T_SOURCES, COL_EV_SOURCES);
      c->off[2][i + 1] = sources->len;
      l->sources_resolved[i] = n_sources >= 0 && (guint)n_sources == c->off[2][i + 1] - c->off[2][i];
      put_ref_list (l, &v[E_QUOTES], "quotes", FALSE, FALSE, T_QUOTES, COL_EV_QUOTES);
      c->off[3][i + 1] = quotes->len;

      c->extras[i] = put_extras (l);
    }

out:
  /* Stopped early: the load fails, but the columns are still read. */
  for (; i < last; i++)
    {
      clear_event (c, i);
      c->off[0][i + 1] = actors->len;
      c->off[1][i + 1] = targets->len;
      c->off[2][i + 1] = sources->len;
      c->off[3][i + 1] = quotes->len;
    }
}

/* Makes room in the string blob for the strings in @bytes of JSON, which
 * are no longer decoded (quotes become a NUL): appended string by string
 * into a blob that doubled, a 1M-event open copied and faulted in the
 * blob several times over. Pages never touched cost nothing. */
static void
reserve_strings (Loader *l,
                 gsize   bytes)
{
  GArray *blob = l->builder.columns[COL_STR];
  guint len = blob->len;

  if (bytes > G_MAXUINT - len)
    return;
  g_array_set_size (blob, len + (guint)bytes);
  g_array_set_size (blob, len);
  _tautan_huge_pages (blob->data + len, bytes);
}

/* Makes room for @n more entries in @list, in huge pages where the kernel
 * allows, without changing its length: an events' list (actors, targets,
 * sources, quotes) appended to entry by entry grew by doubling, each copy
 * into fresh small pages, and a share's list was copied once more into
 * its merged column: some 3,000 of a 1M-event open's 43,000 page faults.
 * Room never used is never touched, so it costs no memory; a longer list
 * grows as before. */
static void
reserve_list (GArray *list,
              gsize   n)
{
  guint len = list->len;
  guint size = g_array_get_element_size (list);

  if (n > G_MAXUINT - len)
    return;
  g_array_set_size (list, len + (guint)n);
  g_array_set_size (list, len);
  _tautan_huge_pages (list->data + (gsize)len * size, n * size);
}

/* Most events list one actor, one target and one source, and few a quote:
 * room for two of the first three per event is enough but for odd files. */
static const guint event_list_room[4] = { 2, 2, 2, 0 };

static void
reserve_event_lists (Loader *l,
                     guint   n_events)
{
  for (guint k = 0; k < G_N_ELEMENTS (event_lists); k++)
    reserve_list (l->builder.columns[event_lists[k]], (gsize)n_events * event_list_room[k]);
}

/* A share of pass 2's events, read on a thread of its own by a copy of
 * the loader that shares what pass 1 found (read only from here on) and
 * has its own path, scratch, problems, string blob and lists. */
typedef struct
{
  Loader              l;
  const EventColumns *columns;
  guint               first;
  guint               last;
  gsize               offset;
} EventShare;

static void
event_share_init (EventShare         *share,
                  const Loader       *l,
                  const EventColumns *columns,
                  guint               first,
                  guint               last)
{
  Loader *w = &share->l;

  *w = *l;
  _tautan_dataset_builder_init (&w->builder);
  w->diagnostics = g_ptr_array_new_with_free_func ((GDestroyNotify)tautan_diagnostic_free);
  w->sink = w->diagnostics;
  w->depth = 0;
  w->path_text = g_string_new (NULL);
  w->extras = g_array_new (FALSE, FALSE, sizeof (Extra));
  w->extras_text = g_string_new (NULL);
  w->name_text = g_string_new (NULL);
  for (guint i = 0; i < N_SCRATCH; i++)
    w->scratch[i] = g_string_new (NULL);
  w->next_scratch = 0;
  w->worker = TRUE;
  share->columns = columns;
  share->first = first;
  share->last = last;
  share->offset = g_array_index (l->event_marks, gsize, first / (MARK_MASK + 1));
  reserve_strings (w, l->table_end[T_EVENTS] - share->offset);
  reserve_event_lists (w, last - first);
}

static gpointer
event_share_run (gpointer data)
{
  EventShare *share = data;

  load_event_range (&share->l, share->columns, share->first, share->last, share->offset);
  return NULL;
}

/* Appends a share's strings, lists and problems to @l's, in record order,
 * so the columns and problems are those one thread would have made. */
static void
event_share_merge (Loader     *l,
                   EventShare *share)
{
  Loader *w = &share->l;
  const EventColumns *c = share->columns;
  GArray *blob = l->builder.columns[COL_STR];
  GArray *wblob = w->builder.columns[COL_STR];
  /* Handle 0 is NULL in both blobs; the share's strings start at 1. */
  guint32 shift = blob->len - 1;
  guint32 *strings[] = { c->id, c->words, c->note, c->summary, c->extras };

  l->stop |= w->stop;
  g_array_append_vals (blob, wblob->data + 1, wblob->len - 1);
  for (guint k = 0; k < G_N_ELEMENTS (strings); k++)
    for (guint i = share->first; i < share->last; i++)
      if (strings[k][i] != 0)
        strings[k][i] += shift;

  for (guint k = 0; k < G_N_ELEMENTS (event_lists); k++)
    {
      GArray *list = l->builder.columns[event_lists[k]];
      GArray *wlist = w->builder.columns[event_lists[k]];
      guint32 base = list->len;

      g_array_append_vals (list, wlist->data, wlist->len);
      for (guint i = share->first; i < share->last; i++)
        c->off[k][i + 1] += base;
    }

  /* The first MAX_DIAGNOSTICS problems, as one thread would have stopped. */
  if (l->diagnostics->len >= MAX_DIAGNOSTICS)
    g_ptr_array_set_size (w->diagnostics, 0);
  else if (w->diagnostics->len > MAX_DIAGNOSTICS - l->diagnostics->len)
    g_ptr_array_set_size (w->diagnostics, MAX_DIAGNOSTICS - l->diagnostics->len);
  g_ptr_array_extend_and_steal (l->diagnostics, g_steal_pointer (&w->diagnostics));
}

static void
event_share_clear (EventShare *share)
{
  Loader *w = &share->l;

  _tautan_dataset_builder_clear (&w->builder);
  g_clear_pointer (&w->diagnostics, g_ptr_array_unref);
  for (guint i = 0; i < N_SCRATCH; i++)
    g_string_free (g_steal_pointer (&w->scratch[i]), TRUE);
  g_string_free (g_steal_pointer (&w->name_text), TRUE);
  g_string_free (g_steal_pointer (&w->extras_text), TRUE);
  g_string_free (g_steal_pointer (&w->path_text), TRUE);
  g_clear_pointer (&w->extras, g_array_unref);
}

static void
load_events (Loader *l)
{
  guint n = l->n[T_EVENTS];
  EventColumns c = {
    .id = sized (l, COL_EV_ID, n),
    .type = sized (l, COL_EV_TYPE, n),
    .start = (gint32 *)sized (l, COL_EV_START, n),
    .end = (gint32 *)sized (l, COL_EV_END, n),
    .words = sized (l, COL_EV_DATE_WORDS, n),
    .note = sized (l, COL_EV_DATE_NOTE, n),
    .info = sized (l, COL_EV_INFO, n),
    .responds_to = sized (l, COL_EV_RESPONDS_TO, n),
    .summary = sized (l, COL_EV_SUMMARY, n),
    .extras = sized (l, COL_EV_EXTRAS, n),
  };
  EventShare shares[MAX_EVENT_THREADS - 1];
  GThread *threads[MAX_EVENT_THREADS - 1] = { NULL };
  guint n_threads = 1, first_share = n;
  guint forced = (guint)g_atomic_int_get (&load_threads);

  for (guint k = 0; k < G_N_ELEMENTS (event_lists); k++)
    {
      c.off[k] = sized (l, event_offsets[k], (gsize)n + 1);
      c.off[k][0] = 0;
    }

  l->sources_resolved = g_new0 (guint8, MAX (n, 1));

  if (l->stop || !l->has_table[T_EVENTS])
    {
      load_event_range (l, &c, 0, n, 0);   /* clears the columns */
      return;
    }

  /* The shares' strings and lists end up here, in record order. */
  reserve_strings (l, l->table_end[T_EVENTS] - l->table_start[T_EVENTS]);
  reserve_event_lists (l, n);

  /* Shares start at records pass 1 marked; the first is read here. */
  if (forced > 0 && n > 0)
    n_threads = MIN (forced, MAX_EVENT_THREADS);
  else if (n >= PARALLEL_EVENTS_MIN)
    n_threads = CLAMP (g_get_num_processors (), 1, MAX_EVENT_THREADS);
  for (guint t = 1; t < n_threads; t++)
    {
      guint first = (guint)((guint64)n * t / n_threads) & ~(guint)MARK_MASK;
      guint last = t + 1 < n_threads ? (guint)((guint64)n * (t + 1) / n_threads) & ~(guint)MARK_MASK : n;
      EventShare *share = &shares[t - 1];

      event_share_init (share, l, &c, first, last);
      threads[t - 1] = g_thread_try_new ("tautan-load", event_share_run, share, NULL);
      if (threads[t - 1] == NULL)
        event_share_run (share);   /* read here instead */
      first_share = MIN (first_share, first);
    }

  load_event_range (l, &c, 0, first_share, 0);

  for (guint t = 1; t < n_threads; t++)
    {
      if (threads[t - 1] != NULL)
        g_thread_join (threads[t - 1]);
      event_share_merge (l, &shares[t - 1]);
      event_share_clear (&shares[t - 1]);
    }
  table_end (l, T_EVENTS);
}

static void
check_quote_text (Loader    *l,
                  guint32    source,
                  const Val *text_val,
                  gint64     start,
                  gint64     end)
{
  GArray *blob = l->builder.columns[COL_STR];
  guint32 text_off = source < l->n[T_SOURCES] ? BUILDER_U32 (&l->builder, COL_SRC_TEXT)[source] : 0;
  const char *source_text, *text, *a, *z;
  glong n_chars;
  guint depth;

  if (text_off == 0 || text_val == NULL || start < 0 || end < 0)
    return;
  source_text = blob->data + text_off;
  text = val_cstr (l, text_val);

  if (end < start)
    {
      problem_at (l, "end", "end %" G_GINT64_FORMAT " is before start %" G_GINT64_FORMAT, end, start);
      return;
    }

  n_chars = g_utf8_strlen (source_text, -1);
  if (end > n_chars)
    {
      problem_at (l, "end", "offset %" G_GINT64_FORMAT " is past the end of the source text (%ld characters)",
                  end, n_chars);
      return;
    }

  a = g_utf8_offset_to_pointer (source_text, (glong)start);
  z = g_utf8_offset_to_pointer (a, (glong)(end - start));
  if ((gsize)(z - a) != strlen (text) || memcmp (a, text, (gsize)(z - a)) != 0)
    {
      g_autofree char *found = g_strndup (a, (gsize)(z - a));
      const char *elsewhere = strstr (source_text, text);

      depth = push (l, "text");
      if (elsewhere != NULL && *text != '\0')
        problem (l, "quote text not found at offsets %" G_GINT64_FORMAT "..%" G_GINT64_FORMAT
                 " of its source (found \"%s\"); it occurs at offset %ld",
                 start, end, found, g_utf8_pointer_to_offset (source_text, elsewhere));
      else
        problem (l, "quote text not found at offsets %" G_GINT64_FORMAT "..%" G_GINT64_FORMAT
                 " of its source (found \"%s\")", start, end, found);
      pop (l, depth);
    }
}

static void
load_quotes (Loader *l)
{
  guint n = l->n[T_QUOTES];
  guint32 *c_id = column (l, COL_Q_ID, n);
  guint32 *c_source = column (l, COL_Q_SOURCE, n);
  guint32 *c_text = column (l, COL_Q_TEXT, n);
  guint32 *c_start = column (l, COL_Q_START, n);
  guint32 *c_end = column (l, COL_Q_END, n);
  guint32 *c_speaker = column (l, COL_Q_SPEAKER, n);
  guint32 *c_speaker_text = column (l, COL_Q_SPEAKER_TEXT, n);
  guint32 *c_info = column (l, COL_Q_INFO, n);
  guint32 *c_event = column (l, COL_Q_EVENT, n);
  guint32 *c_extras = column (l, COL_Q_EXTRAS, n);
  guint32 *c_relay_off = column (l, COL_Q_RELAY_OFF, (gsize)n + 1);
  GArray *relayed = l->builder.columns[COL_Q_RELAYED];
  TautanJsonReader r;

  string_columns (l, quote_strings, G_N_ELEMENTS (quote_strings), n);

  for (guint i = 0; i < n; i++)
    {
      c_source[i] = c_speaker[i] = c_event[i] = TAUTAN_NONE;
      c_info[i] = Q_INFO_CERTAIN;
    }

  if (!table_begin (l, T_QUOTES, &r))
    return;

  for (guint i = 0; i < n && table_next (l, T_QUOTES, &r, i); i++)
    {
      Val v[N_Q];
      guint32 source, speaker_entity = TAUTAN_NONE, speaker_text = 0;
      gint64 start, end;
      gboolean has_text;
      int certain;

      if (!begin_record (l, &r, T_QUOTES, i, quote_members, N_Q, v))
        {
          c_relay_off[i + 1] = relayed->len;
          continue;
        }

      c_id[i] = put_string (l, &v[Q_ID], "id", FALSE);
      source = get_ref (l, &v[Q_SOURCE], "source", TRUE, T_SOURCES);
      has_text = get_string (l, &v[Q_TEXT], "text", TRUE);
      start = get_int (l, &v[Q_START], "start", 0, G_MAXUINT32 - 1, -1);
      end = get_int (l, &v[Q_END], "end", 0, G_MAXUINT32 - 1, -1);
      check_quote_text (l, source, has_text ? &v[Q_TEXT] : NULL, start, end);
      certain = get_enum (l, &v[Q_ATTRIBUTION], "attribution", TRUE, TAUTAN_TYPE_ATTRIBUTION,
                          "attribution", TAUTAN_ATTRIBUTION_CERTAIN);

      if (get_object (l, &v[Q_SPEAKER], "speaker", TRUE))
        {
          guint depth = push (l, "speaker");
          TautanJsonReader sr;
          Val s[N_P];
          gboolean has_entity, has_speaker_text;

          reader_at (l, &sr, &v[Q_SPEAKER]);
          capture (l, &sr, speaker_members, N_P, s, bucket_speaker);
          has_entity = present (l, &s[P_ENTITY], "entity", FALSE);
          has_speaker_text = present (l, &s[P_TEXT], "text", FALSE);
          if (has_entity == has_speaker_text)
            problem (l, "give the speaker as {\"entity\": id} or {\"text\": description}");
          else if (has_entity)
            speaker_entity = get_ref (l, &s[P_ENTITY], "entity", TRUE, T_ENTITIES);
          else
            speaker_text = put_string (l, &s[P_TEXT], "text", TRUE);
          pop (l, depth);
        }

      c_source[i] = source;
      c_text[i] = has_text ? store (l, &v[Q_TEXT]) : 0;
      c_start[i] = start < 0 ? 0 : (guint32)start;
      c_end[i] = end < 0 ? 0 : (guint32)end;
      c_speaker[i] = speaker_entity;
      c_speaker_text[i] = speaker_text;
      c_info[i] = certain == 1 ? Q_INFO_CERTAIN : 0;
      c_event[i] = get_ref (l, &v[Q_EVENT], "event", FALSE, T_EVENTS);
      put_strings (l, v, quote_members, quote_strings, G_N_ELEMENTS (quote_strings), i);
      put_ref_list (l, &v[Q_RELAYED_BY], "relayed_by", FALSE, FALSE, T_ENTITIES, COL_Q_RELAYED);
      c_relay_off[i + 1] = relayed->len;

      c_extras[i] = put_extras (l);
    }
  table_end (l, T_QUOTES);
}

/* A record's id for a message, as json-glib's
 * json_object_get_string_member_with_default (…, "?") gave it. */
static const char *
record_id (Loader *l,
           Table   table,
           guint   i)
{
  const RecordId *record = &g_array_index (l->ids[table].records, RecordId, i);
  GString *buf;

  switch (record->kind)
    {
    case TAUTAN_JSON_STRING:
      buf = l->scratch[l->next_scratch++ % N_SCRATCH];
      g_string_truncate (buf, 0);
      g_string_append_len (buf, record->str, record->len);
      return buf->str;

    case TAUTAN_JSON_NUMBER:
    case TAUTAN_JSON_TRUE:
    case TAUTAN_JSON_FALSE:
      return "(null)";

    case TAUTAN_JSON_NONE:
    case TAUTAN_JSON_NULL:
    case TAUTAN_JSON_OBJECT:
    case TAUTAN_JSON_ARRAY:
    default:
      return "?";
    }
}

static void
set_path (Loader     *l,
          Table       table,
          guint       index,
          const char *member)
{
  set_record (l, table, index);
  push (l, member);
}

/* Quotes and events point at each other; both sides must agree. */
static void
check_links (Loader *l)
{
  const guint32 *q_event = BUILDER_U32 (&l->builder, COL_Q_EVENT);
  const guint32 *q_source = BUILDER_U32 (&l->builder, COL_Q_SOURCE);
  const guint32 *quote_off = BUILDER_U32 (&l->builder, COL_EV_QUOTE_OFF);
  const guint32 *quotes = BUILDER_U32 (&l->builder, COL_EV_QUOTES);
  const guint32 *source_off = BUILDER_U32 (&l->builder, COL_EV_SOURCE_OFF);
  const guint32 *sources = BUILDER_U32 (&l->builder, COL_EV_SOURCES);
  g_autofree guint32 *listed_by = g_new (guint32, MAX (l->n[T_QUOTES], 1));

  for (guint q = 0; q < l->n[T_QUOTES]; q++)
    listed_by[q] = TAUTAN_NONE;

  for (guint e = 0; e < l->n[T_EVENTS]; e++)
    for (guint k = quote_off[e]; k < quote_off[e + 1]; k++)
      {
        guint32 q = quotes[k];
        gboolean source_listed = FALSE;

        set_path (l, T_EVENTS, e, "quotes");
        if (listed_by[q] != TAUTAN_NONE && listed_by[q] != e)
          problem (l, "quote \"%s\" is already listed by event \"%s\"; a quote supports one event",
                   record_id (l, T_QUOTES, q), record_id (l, T_EVENTS, listed_by[q]));
        listed_by[q] = e;

        for (guint s = source_off[e]; s < source_off[e + 1]; s++)
          source_listed |= sources[s] == q_source[q];
        /* An unknown id in the event's sources is reported already. */
        if (!source_listed && q_source[q] != TAUTAN_NONE && l->sources_resolved[e])
          {
            set_path (l, T_EVENTS, e, "sources");
            problem (l, "the event's quote \"%s\" comes from source \"%s\", which it does not list",
                     record_id (l, T_QUOTES, q), record_id (l, T_SOURCES, q_source[q]));
          }
      }

  for (guint q = 0; q < l->n[T_QUOTES]; q++)
    if (q_event[q] != TAUTAN_NONE && listed_by[q] != q_event[q])
      {
        set_path (l, T_QUOTES, q, "event");
        problem (l, "the quote supports event \"%s\", but that event does not list it in \"quotes\"",
                 record_id (l, T_EVENTS, q_event[q]));
      }
}

static gint
compare_diagnostics (gconstpointer a,
                     gconstpointer b)
{
  const TautanDiagnostic *da = *(TautanDiagnostic * const *)a;
  const TautanDiagnostic *db = *(TautanDiagnostic * const *)b;

  if (da->line != db->line)
    return da->line < db->line ? -1 : 1;
  if (da->column != db->column)
    return da->column < db->column ? -1 : 1;
  return 0;
}

/* The failure path only: a second walk over the bytes finds the line and
 * column of every JSON path a problem was reported at. */
static void
locate_diagnostics (GPtrArray  *diagnostics,
                    const char *data,
                    gsize       len)
{
  g_autoptr(GHashTable) wanted = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  for (guint i = 0; i < diagnostics->len; i++)
    {
      TautanDiagnostic *d = g_ptr_array_index (diagnostics, i);

      if (d->line == 0 && d->path != NULL && !g_hash_table_contains (wanted, d->path))
        g_hash_table_insert (wanted, d->path, g_new0 (TautanJsonPosition, 1));
    }

  if (g_hash_table_size (wanted) == 0)
    return;

  tautan_json_scan_locate (data, len, wanted);

  for (guint i = 0; i < diagnostics->len; i++)
    {
      TautanDiagnostic *d = g_ptr_array_index (diagnostics, i);
      TautanJsonPosition *pos;

      if (d->line == 0 && d->path != NULL && (pos = g_hash_table_lookup (wanted, d->path)) != NULL)
        {
          d->line = pos->line;
          d->column = pos->column;
        }
    }

  /* g_ptr_array_sort is stable (merge sort), so same-place problems keep their order. */
  g_ptr_array_sort (diagnostics, compare_diagnostics);
}

static void
loader_init (Loader *l)
{
  _tautan_dataset_builder_init (&l->builder);
  l->sink = l->diagnostics;
  l->path_text = g_string_new (NULL);
  l->taxonomy = g_object_ref (tautan_taxonomy_get_default ());
  l->arena = g_string_chunk_new (4096);
  l->event_marks = g_array_new (FALSE, FALSE, sizeof (gsize));
  l->extras = g_array_new (FALSE, FALSE, sizeof (Extra));
  l->extras_text = g_string_new (NULL);
  l->name_text = g_string_new (NULL);
  for (guint i = 0; i < N_SCRATCH; i++)
    l->scratch[i] = g_string_new (NULL);
  for (guint t = 0; t < N_TABLES; t++)
    {
      l->ids[t].records = g_array_new (FALSE, FALSE, sizeof (RecordId));
      l->id_problems[t] = g_ptr_array_new_with_free_func ((GDestroyNotify)tautan_diagnostic_free);
    }
}

static void
loader_clear (Loader *l)
{
  _tautan_dataset_builder_clear (&l->builder);
  for (guint t = 0; t < N_TABLES; t++)
    {
      g_clear_pointer (&l->ids[t].records, g_array_unref);
      g_clear_pointer (&l->ids[t].slots, g_aligned_free);
      g_clear_pointer (&l->id_problems[t], g_ptr_array_unref);
    }
  for (guint i = 0; i < N_SCRATCH; i++)
    if (l->scratch[i] != NULL)
      g_string_free (g_steal_pointer (&l->scratch[i]), TRUE);
  if (l->name_text != NULL)
    g_string_free (g_steal_pointer (&l->name_text), TRUE);
  if (l->extras_text != NULL)
    g_string_free (g_steal_pointer (&l->extras_text), TRUE);
  if (l->path_text != NULL)
    g_string_free (g_steal_pointer (&l->path_text), TRUE);
  g_clear_pointer (&l->extras, g_array_unref);
  g_clear_pointer (&l->arena, g_string_chunk_free);
  g_clear_pointer (&l->event_marks, g_array_unref);
  g_clear_pointer (&l->sources_resolved, g_free);
  g_clear_object (&l->taxonomy);
}

static gboolean
fail_invalid (const char *file,
              GPtrArray  *diagnostics,
              GError    **error)
{
  g_set_error (error, TAUTAN_DATASET_ERROR, TAUTAN_DATASET_ERROR_INVALID,
               "%s has %u problem%s and was not loaded",
               file, diagnostics->len, diagnostics->len == 1 ? "" : "s");
  return FALSE;
}

/* Below this size the check is over before a thread would start. */
#define PARALLEL_SCAN_MIN (4u << 20)

/* The syntax check, on a thread of its own beside pass 1: the reader pass 1
 * walks with stays inside the buffer and ends on any input (see
 * tautan-json-reader.c), and pass 2 starts only once the check passed. */
typedef struct
{
  const char *data;
  gsize       len;
  const char *file;
  GPtrArray  *diagnostics;
} ScanJob;

static gpointer
scan_thread_run (gpointer data)
{
  ScanJob *job = data;

  return GINT_TO_POINTER (tautan_json_scan_check (job->data, job->len, job->file, job->diagnostics));
}

static GPtrArray *new_diagnostics (void);

/* Reads and checks bytes already in memory into @l's columns, with no
 * index built. On failure @l is cleared. @progress covers the part up to
 * the indexes. */
static gboolean
read_checked (Loader              *l,
              const char          *data,
              gsize                len,
              gboolean             mapped,
              const char          *display_name,
              GFile               *base_dir,
              TautanCacheStream   *cache,
              GCancellable        *cancellable,
              TautanProgressFunc   progress,
              gpointer             progress_data,
              GPtrArray           *diagnostics,
              GError             **error)
{
  ScanJob scan = { 0 };
  GThread *scan_thread = NULL;
  gsize n_before = diagnostics->len;

  memset (l, 0, sizeof *l);
  l->data = data;
  l->len = len;
  l->drop_read = mapped;
  l->file = display_name;
  l->base_dir = base_dir;
  l->diagnostics = diagnostics;
  l->cancellable = cancellable;
  l->progress = progress;
  l->progress_data = progress_data;

  report_progress (l, 0.05);
  if (len >= PARALLEL_SCAN_MIN && g_get_num_processors () > 1)
    {
      scan.data = data;
      scan.len = len;
      scan.file = display_name;
      scan.diagnostics = new_diagnostics ();
      scan_thread = g_thread_try_new ("tautan-scan", scan_thread_run, &scan, NULL);
      if (scan_thread == NULL)
        g_clear_pointer (&scan.diagnostics, g_ptr_array_unref);
    }
  if (scan_thread == NULL && !tautan_json_scan_check (data, len, display_name, diagnostics))
    {
      fail_invalid (display_name, diagnostics, error);
      return FALSE;
    }
  if (scan_thread == NULL && g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (scan_thread == NULL)
    report_progress (l, 0.1);

  loader_init (l);

  /* Past a wrong format or version nothing else means anything; past
   * any other problem, keep going so the user sees every one at once. */
  read_top (l);

  /* The cache's key, while the check (the longer pass) finishes. */
  if (cache != NULL)
    _tautan_dataset_cache_stream_hash_content (cache, data, len);

  /* Pass 1 ran beside the check: on bytes the check refuses, what it found
   * means nothing, and only the check's problems are reported. */
  if (scan_thread != NULL)
    {
      gboolean valid = GPOINTER_TO_INT (g_thread_join (scan_thread));

      if (!valid)
        {
          g_ptr_array_set_size (diagnostics, (guint)n_before);
          g_ptr_array_extend_and_steal (diagnostics, g_steal_pointer (&scan.diagnostics));
          fail_invalid (display_name, diagnostics, error);
          loader_clear (l);
          return FALSE;
        }
      g_clear_pointer (&scan.diagnostics, g_ptr_array_unref);
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          loader_clear (l);
          return FALSE;
        }
    }
  if (!l->stop && load_top (l))
    {
      load_sources (l);
      load_entities (l);
      load_events (l);
      load_quotes (l);
      if (!l->stop)
        check_links (l);
    }

  if (l->stop || cancelled (l))
    {
      g_cancellable_set_error_if_cancelled (cancellable, error);
      loader_clear (l);
      return FALSE;
    }

  if (diagnostics->len > 0)
    {
      locate_diagnostics (diagnostics, data, len);
      fail_invalid (display_name, diagnostics, error);
      loader_clear (l);
      return FALSE;
    }

  report_progress (l, 0.88);
  return TRUE;
}

/* A dataset file's bytes: mapped when local, read when not. */
typedef struct
{
  GMappedFile *mapped;
  GBytes      *remote;
  const char  *data;
  gsize        len;
  TautanMapGuard *guard;    /* while mapped */
  gboolean     cut_short;   /* the file was truncated while mapped */
} Contents;

static void
contents_clear (Contents *c)
{
  if (c->guard != NULL)
    c->cut_short |= _tautan_map_guard_end (g_steal_pointer (&c->guard));
  g_clear_pointer (&c->mapped, g_mapped_file_unref);
  g_clear_pointer (&c->remote, g_bytes_unref);
  c->data = NULL;
  c->len = 0;
}

/* Loads from bytes already in memory. @progress covers parse and build.
 * @release (nullable): the bytes' owner, cleared once they are read.
 * @cache (nullable): where the columns read go while the indexes are built. */
static TautanDataset *
load_bytes (const char          *data,
            gsize                len,
            const char          *display_name,
            GFile               *base_dir,
            Contents            *release,
            TautanCacheStream   *cache,
            GCancellable        *cancellable,
            TautanProgressFunc   progress,
            gpointer             progress_data,
            GPtrArray           *diagnostics,
            GError             **error)
{
  Loader l;
  TautanDataset *dataset = NULL;
  guint counts[N_TABLES] = { 0 };

  if (!read_checked (&l, data, len, release != NULL && release->mapped != NULL, display_name, base_dir, cache,
                     cancellable, progress, progress_data, diagnostics, error))
    return NULL;

  /* Every byte is read and checked and the columns hold copies: the text
   * (a third of the memory at 1M events) leaves before the indexes, the
   * largest step, are built. */
  if (release != NULL)
    contents_clear (release);
  data = NULL;

  for (guint t = 0; t < N_TABLES; t++)
    counts[t] = l.n[t];

  if (cache != NULL)
    _tautan_dataset_cache_stream_begin (cache, &l.builder);

  _tautan_dataset_build_indexes (&l.builder, counts[T_ENTITIES], counts[T_EVENTS], counts[T_QUOTES],
                                 l.taxonomy);
  dataset = _tautan_dataset_new_from_builder (&l.builder, l.taxonomy, counts[T_SOURCES],
                                              counts[T_ENTITIES], counts[T_EVENTS], counts[T_QUOTES]);
  report_progress (&l, 1.0);
  loader_clear (&l);

  return dataset;
}

static GPtrArray *
new_diagnostics (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify)tautan_diagnostic_free);
}

/**
 * tautan_dataset_load_data:
 * @display_name: the name used in diagnostics
 * @base_dir: (nullable): where `text_file` paths are resolved
 * @diagnostics: (out) (optional) (transfer full): every problem found
 *
 * Returns: (transfer full) (nullable): the dataset, or %NULL
 */
TautanDataset *
tautan_dataset_load_data (const char  *data,
                          gsize        len,
                          const char  *display_name,
                          GFile       *base_dir,
                          GPtrArray  **diagnostics,
                          GError     **error)
{
  g_autoptr(GPtrArray) diags = new_diagnostics ();
  TautanDataset *ret;

  ret = load_bytes (data, len, display_name, base_dir, NULL, NULL, NULL, NULL, NULL, diags, error);
  if (diagnostics != NULL)
    *diagnostics = g_steal_pointer (&diags);

  return ret;
}

/**
 * tautan_dataset_load_resource:
 *
 * Loads a dataset bundled in the GResource (read-only).
 *
 * Returns: (transfer full) (nullable): the dataset
 */
TautanDataset *
tautan_dataset_load_resource (const char  *resource_path,
                              GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autofree char *uri = NULL;
  g_autoptr(GFile) file = NULL;
  TautanDataset *dataset;
  gsize len;
  const char *data;

  if (!(bytes = g_resources_lookup_data (resource_path, 0, error)))
    return NULL;

  data = g_bytes_get_data (bytes, &len);
  dataset = tautan_dataset_load_data (data, len, resource_path, NULL, &diagnostics, error);
  if (dataset == NULL)
    {
      if (error != NULL && *error != NULL && diagnostics != NULL && diagnostics->len > 0)
        {
          g_autofree char *text = tautan_diagnostics_format (diagnostics, 5);
          g_prefix_error (error, "%s\n", text);
        }
      return NULL;
    }

  uri = g_strconcat ("resource://", resource_path, NULL);
  file = g_file_new_for_uri (uri);
  _tautan_dataset_set_file (dataset, file, FALSE);
  tautan_dataset_set_read_only (dataset, TRUE);

  return dataset;
}

/* The file is a regular one: a folder or a FIFO gets a clear error. */
static gboolean
check_regular (GFile         *file,
               const char    *display,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                            G_FILE_ATTRIBUTE_UNIX_MODE, G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    {
      /* the reason in a user's words ("no such file or folder"), not
       * GIO's sentence that names the file a second time */
      g_set_error (error, TAUTAN_DATASET_ERROR, TAUTAN_DATASET_ERROR_IO,
                   "%s: %s", display, tautan_file_describe_error (local_error));
      return FALSE;
    }
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      /* A FIFO would block the reader forever, a device never end. */
      g_set_error (error, TAUTAN_DATASET_ERROR, TAUTAN_DATASET_ERROR_IO,
                   "%s: %s", display, tautan_file_describe_kind (info));
      return FALSE;
    }
  return TRUE;
}

static gboolean
contents_open (Contents      *c,
               GFile         *file,
               const char    *display,
               const char    *local_path,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autoptr(GError) local_error = NULL;

  /* mmap keeps a large file out of the heap while it is parsed. */
  if (local_path != NULL)
    {
      int fd = tautan_file_open_regular (local_path, TAUTAN_FILE_MAX_SIZE, NULL, &local_error);

      if (fd >= 0)
        {
          c->mapped = g_mapped_file_new_from_fd (fd, FALSE, &local_error);
          close (fd);
        }
      if (c->mapped == NULL)
        {
          g_set_error (error, TAUTAN_DATASET_ERROR, TAUTAN_DATASET_ERROR_IO,
                       "%s: %s", display, tautan_file_describe_error (local_error));
          return FALSE;
        }
      c->data = g_mapped_file_get_contents (c->mapped);
      c->len = g_mapped_file_get_length (c->mapped);
      c->guard = _tautan_map_guard_begin (c->data, c->len);
    }
  else
    {
      c->remote = tautan_file_load (file, TAUTAN_FILE_MAX_SIZE, cancellable, &local_error);
      if (c->remote == NULL)
        {
          g_set_error (error, TAUTAN_DATASET_ERROR, TAUTAN_DATASET_ERROR_IO,
                       "%s: %s", display, tautan_file_describe_error (local_error));
          return FALSE;
        }
      c->data = g_bytes_get_data (c->remote, &c->len);
    }
  if (c->data == NULL)
    c->data = "";
  return TRUE;
}

/* Unmaps @c; FALSE, with the reason, if the file was cut short while it
 * was read: what was read (zeros past its new end) is not the file. */
static gboolean
contents_finish (Contents    *c,
                 const char  *display,
                 GPtrArray   *diagnostics,
                 GError     **error)
{
  contents_clear (c);
  if (!c->cut_short)
    return TRUE;
  /* what the zeros gave is no problem of the file's */
  g_ptr_array_set_size (diagnostics, 0);
  if (error != NULL)
    g_clear_error (error);
  g_set_error (error, TAUTAN_DATASET_ERROR, TAUTAN_DATASET_ERROR_IO,
               "%s: the file was cut short while it was read (another program is writing it); "
               "open it again once it is written", display);
  return FALSE;
}

/* tautan_dataset_load_file(), calling @ready (nullable) on this thread
 * with the dataset once it is built, before its cache is written. */
static TautanDataset *
load_file (GFile                  *file,
           gboolean                use_cache,
           GCancellable           *cancellable,
           TautanProgressFunc      progress,
           gpointer                progress_data,
           TautanDatasetReadyFunc  ready,
           gpointer                ready_data,
           GPtrArray             **diagnostics,
           GError                **error)
{
  g_autoptr(GPtrArray) diags = new_diagnostics ();
  g_autoptr(GFile) parent = NULL;
  g_autofree char *display = NULL;
  g_autofree char *local_path = NULL;
  g_autoptr(TautanCacheStream) cache = NULL;
  g_autoptr(GError) cache_error = NULL;
  Contents contents = { NULL };
  TautanDataset *dataset = NULL;
  TautanFileStamp stamp;
  guint64 stamp_size = 0;
  gboolean have_stamp = FALSE;
  const char *data;
  gsize len;

  display = g_file_get_parse_name (file);
  local_path = g_file_get_path (file);
  parent = g_file_get_parent (file);

  if (!check_regular (file, display, cancellable, error))
    goto out;

  /* A file whose stamp its cache knows is not even read. The stamp is
   * taken before the bytes are, so a write in between only costs a hash. */
  if (use_cache && local_path != NULL && _tautan_file_stamp_get (local_path, &stamp, &stamp_size))
    {
      have_stamp = TRUE;
      dataset = _tautan_dataset_cache_load (file, NULL, stamp_size, &stamp, NULL);
      if (dataset != NULL)
        {
          if (progress)
            progress (1.0, progress_data);
          goto out;
        }
    }

  if (!contents_open (&contents, file, display, local_path, cancellable, error))
    goto out;
  data = contents.data;
  len = contents.len;

  /* The cache is keyed on these very bytes, so what it holds is what
   * they say, whatever happened to the file's times. */
  if (use_cache && local_path != NULL)
    {
      dataset = _tautan_dataset_cache_load (file, data, len, have_stamp ? &stamp : NULL, NULL);
      if (dataset != NULL)
        {
          if (progress)
            progress (1.0, progress_data);
          goto out;
        }
    }

  /* A cache that cannot be written costs only speed next time. */
  if (use_cache && local_path != NULL && !(cache = _tautan_dataset_cache_stream_new (file, &cache_error)))
    g_debug ("not caching %s: %s", display, cache_error->message);
  dataset = load_bytes (data, len, display, parent, &contents, cache, cancellable, progress, progress_data, diags,
                        error);
  data = NULL;
  if (!contents_finish (&contents, display, diags, error))
    {
      /* The cache's thread may still be writing the dataset's columns. */
      g_clear_pointer (&cache, _tautan_dataset_cache_stream_free);
      g_clear_object (&dataset);
    }
  if (dataset != NULL)
    {
      _tautan_dataset_set_file (dataset, file, FALSE);
      /* Whoever waits can start on it while the cache is written. */
      if (ready != NULL)
        ready (dataset, ready_data);
      if (cache != NULL &&
          !_tautan_dataset_cache_stream_finish (cache, dataset, file, len, have_stamp ? &stamp : NULL, &cache_error))
        g_debug ("not caching %s: %s", display, cache_error->message);
    }

out:
  contents_clear (&contents);
  if (diagnostics != NULL)
    *diagnostics = g_steal_pointer (&diags);

  return dataset;
}

/**
 * tautan_dataset_load_file:
 * @use_cache: whether to read and write the binary cache
 * @progress: (scope call) (nullable): called with the fraction done
 * @diagnostics: (out) (optional) (transfer full): every problem found
 *
 * Loads a dataset file, all or nothing. Runs in any thread.
 *
 * Returns: (transfer full) (nullable): the dataset, or %NULL
 */
TautanDataset *
tautan_dataset_load_file (GFile               *file,
                          gboolean             use_cache,
                          GCancellable        *cancellable,
                          TautanProgressFunc   progress,
                          gpointer             progress_data,
                          GPtrArray          **diagnostics,
                          GError             **error)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  return load_file (file, use_cache, cancellable, progress, progress_data, NULL, NULL, diagnostics, error);
}

/**
 * tautan_dataset_check_file:
 * @summary: (out caller-allocates) (optional): on success, what the file holds
 * @diagnostics: (out) (optional) (transfer full): every problem found
 *
 * Checks @file exactly as tautan_dataset_load_file() loads it, with no
 * cache, but builds no dataset: the indexes the window and exports need
 * cost as much as the reading, and a check needs none of them.
 *
 * Returns: whether @file would load
 */
gboolean
tautan_dataset_check_file (GFile                *file,
                           TautanDatasetSummary *summary,
                           GPtrArray           **diagnostics,
                           GError              **error)
{
  g_autoptr(GPtrArray) diags = new_diagnostics ();
  g_autoptr(GFile) parent = NULL;
  g_autofree char *display = NULL;
  g_autofree char *local_path = NULL;
  Contents contents = { NULL };
  gboolean ok = FALSE;
  Loader l;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  display = g_file_get_parse_name (file);
  local_path = g_file_get_path (file);
  parent = g_file_get_parent (file);

  if (check_regular (file, display, NULL, error) &&
      contents_open (&contents, file, display, local_path, NULL, error))
    {
      gboolean read = read_checked (&l, contents.data, contents.len, contents.mapped != NULL, display, parent,
                                    NULL, NULL, NULL, NULL, diags, error);

      if (!contents_finish (&contents, display, diags, error))
        {
          if (read)
            loader_clear (&l);
        }
      else if (read)
        ok = TRUE;
    }
  if (ok)
    {
      if (summary != NULL)
        {
          summary->n_sources = l.n[T_SOURCES];
          summary->n_entities = l.n[T_ENTITIES];
          summary->n_events = l.n[T_EVENTS];
          summary->n_quotes = l.n[T_QUOTES];
          summary->span = _tautan_dataset_events_span (&l.builder, l.n[T_EVENTS]);
        }
      loader_clear (&l);
      ok = TRUE;
    }

  contents_clear (&contents);
  if (diagnostics != NULL)
    *diagnostics = g_steal_pointer (&diags);

  return ok;
}

typedef struct
{
  GFile              *file;
  TautanProgressFunc  progress;
  gpointer            progress_data;
  GDestroyNotify      progress_notify;
  TautanDatasetReadyFunc ready;
  gpointer            ready_data;
  GPtrArray          *diagnostics;
  gboolean            use_cache;
} LoadData;

static void
load_data_free (gpointer data)
{
  LoadData *ld = data;

  g_clear_object (&ld->file);
  if (ld->progress_notify)
    ld->progress_notify (ld->progress_data);
  g_clear_pointer (&ld->diagnostics, g_ptr_array_unref);
  g_free (ld);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadData *ld = task_data;
  GError *error = NULL;
  TautanDataset *dataset;

  dataset = load_file (ld->file, ld->use_cache, cancellable, ld->progress, ld->progress_data, ld->ready,
                       ld->ready_data, &ld->diagnostics, &error);
  if (dataset == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, dataset, g_object_unref);
}

/**
 * tautan_dataset_load_async:
 * @progress: (nullable): called from the worker thread with the fraction
 *   done; marshal to the main thread yourself
 *
 * Loads @file on a worker thread. Cancel with @cancellable.
 */
void
tautan_dataset_load_async (GFile               *file,
                           gboolean             use_cache,
                           GCancellable        *cancellable,
                           TautanProgressFunc   progress,
                           gpointer             progress_data,
                           GDestroyNotify       progress_notify,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  tautan_dataset_load_async_full (file, use_cache, cancellable, progress, progress_data, progress_notify, NULL, NULL,
                                  callback, user_data);
}

/**
 * tautan_dataset_load_async_full:
 * @progress: (nullable): called from the worker thread with the fraction
 *   done; marshal to the main thread yourself
 * @ready: (nullable) (scope call): called from the worker thread with the
 *   dataset as soon as it is built from the file, before its binary cache
 *   is written (not at all when it is read from the cache or fails); the
 *   dataset must not change until @callback runs
 * @ready_data: for @ready, valid until @callback runs
 *
 * As tautan_dataset_load_async(), but whoever waits for the dataset can
 * start on it (on threads of its own) while the cache is written.
 */
void
tautan_dataset_load_async_full (GFile                  *file,
                                gboolean                use_cache,
                                GCancellable           *cancellable,
                                TautanProgressFunc      progress,
                                gpointer                progress_data,
                                GDestroyNotify          progress_notify,
                                TautanDatasetReadyFunc  ready,
                                gpointer                ready_data,
                                GAsyncReadyCallback     callback,
                                gpointer                user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadData *ld;

  g_return_if_fail (G_IS_FILE (file));

  ld = g_new0 (LoadData, 1);
  ld->file = g_object_ref (file);
  ld->use_cache = use_cache;
  ld->progress = progress;
  ld->progress_data = progress_data;
  ld->progress_notify = progress_notify;
  ld->ready = ready;
  ld->ready_data = ready_data;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, tautan_dataset_load_async);
  g_task_set_task_data (task, ld, load_data_free);
  g_task_set_return_on_cancel (task, FALSE);
  g_task_run_in_thread (task, load_thread);
}

/**
 * tautan_dataset_load_finish:
 * @diagnostics: (out) (optional) (transfer full): every problem found
 *
 * Returns: (transfer full) (nullable): the dataset
 */
TautanDataset *
tautan_dataset_load_finish (GAsyncResult  *result,
                            GPtrArray    **diagnostics,
                            GError       **error)
{
  LoadData *ld;

  g_return_val_if_fail (G_IS_TASK (result), NULL);

  ld = g_task_get_task_data (G_TASK (result));
  if (diagnostics != NULL)
    *diagnostics = ld->diagnostics ? g_ptr_array_ref (ld->diagnostics) : new_diagnostics ();

  return g_task_propagate_pointer (G_TASK (result), error);
}
