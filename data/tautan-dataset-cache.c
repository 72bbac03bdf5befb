/* tautan-dataset-cache.c: the binary cache, mmapped on reopen
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-dataset-cache"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tautan/tautan-diagnostic.h"
#include "tautan/tautan-file.h"
#include "tautan/tautan-json-scan.h"

#include "tautan-dataset-private.h"

/* json-glib parses ~13 MB/s, so a big dataset would take seconds on every
 * open. The first open writes the built columns (indexes included) as one
 * GVariant in the user's cache folder; later opens map it and point into
 * it, with no parse and no copy (GNOME Software does the same for AppStream
 * with libxmlb).
 *
 * The cache is keyed on the dataset's content: its path, its size and a
 * hash of all its bytes, so an edit is seen whatever happened to the file's
 * times (`cp -p`, `tar`, `touch -r`, a FAT stick or a shared drive), and a
 * file touched but not changed keeps its cache. Also in the key: the format
 * and app versions and the built-in taxonomy. The columns carry a checksum.
 * Anything stale or corrupt is rebuilt; and since a forger can recompute a
 * checksum, every handle, index and enum in a cache is checked before use
 * (tautan-dataset-validate.c).
 *
 * Hashing a large dataset costs more than the rest of a reopen, so the key
 * also holds the file's stamp: device, inode and change time. The change
 * time cannot be put back (only the modification time can), and any write
 * or replacement moves it, so a file whose stamp matches, on a file system
 * that keeps the change time to the nanosecond, is the file the cache was
 * built from: no hashing. Anything else (another stamp, whole-second times
 * as on FAT or some shared drives) is decided by the content hash.
 *
 * Hashing the dataset, summing the columns and checking them are the cost
 * of a reopen: the hashes are cut into blocks and the checks into tasks
 * that a worker thread and the calling thread share. */

#define CACHE_MAGIC    "tautan-dataset-cache"
#define CACHE_VERSION  8
/* Blocks hashed independently, then combined in order. */
#define HASH_BLOCK     ((gsize)4 << 20)

static const char *
column_type_string (TautanColumnKind kind)
{
  switch (kind)
    {
    case KIND_U8: return "ay";
    case KIND_U32: return "au";
    case KIND_I32: return "ai";
    case KIND_F64: return "ad";
    default: g_assert_not_reached ();
    }
}

static const GVariantType *
cache_type (void)
{
  static GVariantType *type;

  if (g_once_init_enter (&type))
    {
      GString *str = g_string_new ("((");

      for (guint i = 0; i < N_COLUMNS; i++)
        g_string_append (str, column_type_string (tautan_column_info[i].kind));
      g_string_append (str, ")a{sv})");
      g_once_init_leave (&type, g_variant_type_new (str->str));
      g_string_free (str, TRUE);
    }

  return type;
}

#define PRIME1 G_GUINT64_CONSTANT (0x9E3779B185EBCA87)
#define PRIME2 G_GUINT64_CONSTANT (0xC2B2AE3D27D4EB4F)
#define PRIME3 G_GUINT64_CONSTANT (0x165667B19E3779F9)

static inline guint64
rotl64 (guint64 x,
        guint   r)
{
  return (x << r) | (x >> (64 - r));
}

static inline guint64
lane (guint64 acc,
      guint64 word)
{
  return rotl64 (acc + word * PRIME2, 31) * PRIME1;
}

static inline guint64
avalanche (guint64 h)
{
  h ^= h >> 33;
  h *= PRIME2;
  h ^= h >> 29;
  h *= PRIME3;
  return h ^ (h >> 32);
}

/* A 64-bit hash in the manner of xxHash: four independent lanes keep the
 * multiplies in flight (gigabytes a second), and the rotations carry every
 * bit of the input into every bit of the result, so no pair of edits can
 * cancel out as they could in a plain multiply-xor hash. */
static guint64
hash_bytes (const guint8 *p,
            gsize         len,
            guint64       seed)
{
  guint64 a[4] = { seed + PRIME1 + PRIME2, seed + PRIME2, seed, seed - PRIME1 };
  guint64 h;
  gsize i = 0;

  for (; i + 32 <= len; i += 32)
    {
      guint64 w[4];

      memcpy (w, p + i, sizeof w);
      a[0] = lane (a[0], w[0]);
      a[1] = lane (a[1], w[1]);
      a[2] = lane (a[2], w[2]);
      a[3] = lane (a[3], w[3]);
    }
  h = rotl64 (a[0], 1) + rotl64 (a[1], 7) + rotl64 (a[2], 12) + rotl64 (a[3], 18);
  for (; i < len; i++)
    h = rotl64 (h ^ (p[i] * PRIME3), 11) * PRIME1;

  return avalanche (h ^ len);
}

typedef struct
{
  const guint8 *data;
  gsize         len;
  guint         seed;         /* the block's place in its range */
  guint64       hash;
} HashBlock;

/* Work for hash_run(): the blocks of one or more byte ranges. */
typedef struct
{
  GArray            *blocks;  /* HashBlock */
  TautanColumnCheck *check;   /* nullable: its tasks come first */
  guint              n_tasks;
  gint               next;    /* the next task or block to take, atomically */
} HashJob;

static void
hash_job_init (HashJob *job)
{
  job->blocks = g_array_new (FALSE, FALSE, sizeof (HashBlock));
  job->check = NULL;
  job->n_tasks = 0;
  job->next = 0;
}

static void
hash_job_clear (HashJob *job)
{
  g_clear_pointer (&job->blocks, g_array_unref);
}

/* Adds @data as blocks; returns the index of its first block. An empty
 * range still has one block, so its length counts. */
static guint
hash_job_add (HashJob    *job,
              const void *data,
              gsize       len)
{
  guint first = job->blocks->len;
  gsize at = 0;

  do
    {
      HashBlock block = { (const guint8 *)data + at, MIN (len - at, HASH_BLOCK), job->blocks->len - first, 0 };

      g_array_append_val (job->blocks, block);
      at += block.len;
    }
  while (at < len);

  return first;
}

static void
hash_job_work (HashJob *job)
{
  guint i;

  while ((i = (guint)g_atomic_int_add (&job->next, 1)) < job->n_tasks + job->blocks->len)
    {
      HashBlock *block;

      if (i < job->n_tasks)
        {
          _tautan_column_check_run (job->check, i);
          continue;
        }
      block = &g_array_index (job->blocks, HashBlock, i - job->n_tasks);
      block->hash = hash_bytes (block->data, block->len, block->seed);
    }
}

static gpointer
hash_job_thread (gpointer data)
{
  hash_job_work (data);
  return NULL;
}

/* The blocks [first, first + n) combined in order into one hash. */
static guint64
hash_job_result (HashJob *job,
                 guint    first,
                 guint    n)
{
  guint64 h = PRIME3 ^ n;

  for (guint i = first; i < first + n; i++)
    h = rotl64 (h ^ avalanche (g_array_index (job->blocks, HashBlock, i).hash), 27) * PRIME1 + PRIME2;

  return avalanche (h);
}

/* Adds every column to @job; the columns' blocks then start at the
 * returned index and number *n_blocks. */
static guint
hash_job_add_columns (HashJob       *job,
                      GBytes *const *columns,
                      guint         *n_blocks)
{
  guint first = job->blocks->len;

  for (guint i = 0; i < N_COLUMNS; i++)
    {
      gsize size;
      const void *data = g_bytes_get_data (columns[i], &size);

      hash_job_add (job, data, size);
    }
  *n_blocks = job->blocks->len - first;

  return first;
}

/**
 * _tautan_dataset_content_hash:
 *
 * Returns: the hash of a dataset file's bytes that keys its cache
 */
guint64
_tautan_dataset_content_hash (const void *data,
                              gsize       len)
{
  HashJob job;
  GThread *thread = NULL;
  guint64 hash;

  hash_job_init (&job);
  hash_job_add (&job, data, len);
  if (job.blocks->len > 1)
    thread = g_thread_new ("tautan-cache-hash", hash_job_thread, &job);
  hash_job_work (&job);
  if (thread != NULL)
    g_thread_join (thread);
  hash = hash_job_result (&job, 0, job.blocks->len);
  hash_job_clear (&job);

  return hash;
}

/**
 * _tautan_file_stamp_get:
 * @path: a local file
 * @stamp: (out): its stamp
 * @size: (out): its size
 *
 * Returns: whether @path could be stat()ed
 */
gboolean
_tautan_file_stamp_get (const char      *path,
                        TautanFileStamp *stamp,
                        guint64         *size)
{
  struct stat st;

  memset (stamp, 0, sizeof *stamp);
  if (stat (path, &st) != 0)
    return FALSE;
  stamp->device = (guint64)st.st_dev;
  stamp->inode = (guint64)st.st_ino;
  stamp->ctime_ns = (gint64)st.st_ctim.tv_sec * G_GINT64_CONSTANT (1000000000) + st.st_ctim.tv_nsec;
  *size = (guint64)st.st_size;
  return TRUE;
}

/* A stamp proves identity only where change times have sub-second digits:
 * with whole seconds, a write in the same second would keep it. */
static gboolean
stamp_is_fine (const TautanFileStamp *stamp)
{
  return stamp->ctime_ns % G_GINT64_CONSTANT (1000000000) != 0;
}

char *
_tautan_dataset_cache_path (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, uri, -1);
  g_autofree char *name = g_strconcat (hash, ".cache", NULL);

  return g_build_filename (g_get_user_cache_dir (), "tautan", "datasets", name, NULL);
}

static GVariant *
make_header (TautanDataset *self,
             GFile         *file,
             guint64        size,
             guint64        content_hash,
             const TautanFileStamp *stamp,
             guint64        checksum)
{
  static const TautanFileStamp none = { 0 };
  g_auto(GVariantBuilder) builder = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE_VARDICT);
  g_autofree char *uri = g_file_get_uri (file);
  guint n_sources, n_entities, n_events, n_quotes;

  _tautan_dataset_get_counts (self, &n_sources, &n_entities, &n_events, &n_quotes);

  g_variant_builder_add (&builder, "{sv}", "magic", g_variant_new_string (CACHE_MAGIC));
  g_variant_builder_add (&builder, "{sv}", "cache-version", g_variant_new_uint32 (CACHE_VERSION));
  g_variant_builder_add (&builder, "{sv}", "format-version", g_variant_new_uint32 (TAUTAN_DATASET_FORMAT_VERSION));
  g_variant_builder_add (&builder, "{sv}", "app-version", g_variant_new_string (PACKAGE_VERSION));
  g_variant_builder_add (&builder, "{sv}", "uri", g_variant_new_string (uri));
  g_variant_builder_add (&builder, "{sv}", "size", g_variant_new_uint64 (size));
  g_variant_builder_add (&builder, "{sv}", "content", g_variant_new_uint64 (content_hash));
  if (stamp == NULL)
    stamp = &none;
  g_variant_builder_add (&builder, "{sv}", "stamp",
                         g_variant_new ("(ttx)", stamp->device, stamp->inode, stamp->ctime_ns));
  g_variant_builder_add (&builder, "{sv}", "base-taxonomy",
                         g_variant_new_string (tautan_taxonomy_get_checksum (tautan_taxonomy_get_default ())));
  g_variant_builder_add (&builder, "{sv}", "counts",
                         g_variant_new ("(uuuu)", n_sources, n_entities, n_events, n_quotes));
  g_variant_builder_add (&builder, "{sv}", "checksum", g_variant_new_uint64 (checksum));

  return g_variant_builder_end (&builder);
}

/* GVariant's framing: the width of a container's offsets, the smallest
 * that can address the body and the offsets themselves. */
static gsize
offset_width (gsize body,
              gsize n_offsets)
{
  if (body + n_offsets <= G_MAXUINT8)
    return 1;
  if (body + 2 * n_offsets <= G_MAXUINT16)
    return 2;
  if (body + 4 * n_offsets <= G_MAXUINT32)
    return 4;
  return 8;
}

static void
put_offset (guint8 *out,
            gsize   offset,
            gsize   width)
{
  for (gsize k = 0; k < width; k++)
    out[k] = (guint8)(offset >> (8 * k));
}

static gsize
column_alignment (guint column)
{
  return tautan_column_info[column].kind == KIND_F64 ? 8 : tautan_column_info[column].elem_size;
}

static gboolean
append_piece (gpointer     target,
              const void  *data,
              gsize        len,
              GError     **error)
{
  g_byte_array_append (target, data, (guint)len);
  return TRUE;
}

static gboolean
write_piece (gpointer     target,
             const void  *data,
             gsize        len,
             GError     **error)
{
  return len == 0 || tautan_file_writer_write (target, data, len, error);
}

/* The page cache keeps a file in folios no larger than the writes that
 * made them, and only a whole, aligned 2 MiB folio is mapped with one huge
 * page. Written column by column at unaligned offsets, a third of a 1M-event
 * cache stayed in small pages, and on a reopen each first touch of a small
 * page cost more than hashing it (on a VM with shadow page tables, ten times
 * more). So the pieces reach the file as whole aligned chunks: a piece
 * that starts on a chunk boundary goes straight through, only the seams
 * are copied. */
typedef struct
{
  gboolean (*put) (gpointer, const void *, gsize, GError **);
  gpointer   target;
  guint8    *buf;                 /* TAUTAN_CACHE_WRITE_CHUNK bytes */
  gsize      len;                 /* how many @buf holds */
} Chunker;

static gboolean
chunk_piece (gpointer     target,
             const void  *data,
             gsize        len,
             GError     **error)
{
  Chunker *c = target;
  const guint8 *p = data;

  while (len > 0)
    {
      gsize n;

      if (c->len == 0 && len >= TAUTAN_CACHE_WRITE_CHUNK)
        {
          n = len - len % TAUTAN_CACHE_WRITE_CHUNK;
          if (!c->put (c->target, p, n, error))
            return FALSE;
        }
      else
        {
          n = MIN (len, TAUTAN_CACHE_WRITE_CHUNK - c->len);
          memcpy (c->buf + c->len, p, n);
          c->len += n;
          if (c->len == TAUTAN_CACHE_WRITE_CHUNK)
            {
              c->len = 0;
              if (!c->put (c->target, c->buf, TAUTAN_CACHE_WRITE_CHUNK, error))
                return FALSE;
            }
        }
      p += n;
      len -= n;
    }
  return TRUE;
}

/* The cache file is GVariant's serialisation of ((columns…)a{sv}), laid
 * out piece by piece from where the columns are, so a 1M-event cache is
 * never copied into one buffer (that copy cost as much as writing it and
 * doubled the memory at the end of a first open): each column at its
 * alignment, the inner tuple's offsets, the header, the outer offset.
 *
 * The header (which holds the columns' checksum) and META come after
 * everything the JSON gives, and the derived indexes last, in the order
 * the index build finishes them: a first open writes and hashes each
 * column on a thread of its own as soon as it is final, while the next
 * ones are being built (see TautanCacheStream). */
typedef struct
{
  Chunker      chunker;
  gboolean   (*put) (gpointer, const void *, gsize, GError **);
  gpointer     target;
  HashJob      job;
  guint        first_block[N_COLUMNS + 1];
  gsize        ends[N_COLUMNS];
  gsize        at;                 /* bytes put so far */
  guint        n_columns;          /* columns put so far */
} CacheOut;

static void
cache_out_init (CacheOut  *o,
                gboolean (*put) (gpointer, const void *, gsize, GError **),
                gpointer   target,
                gboolean   chunked)
{
  memset (o, 0, sizeof *o);
  hash_job_init (&o->job);
  if (chunked)
    {
      o->chunker.put = put;
      o->chunker.target = target;
      o->chunker.buf = g_malloc (TAUTAN_CACHE_WRITE_CHUNK);
      o->put = chunk_piece;
      o->target = &o->chunker;
    }
  else
    {
      o->put = put;
      o->target = target;
    }
}

static void
cache_out_clear (CacheOut *o)
{
  hash_job_clear (&o->job);
  g_clear_pointer (&o->chunker.buf, g_free);
}

static gboolean
cache_out_put (CacheOut    *o,
               const void  *data,
               gsize        len,
               GError     **error)
{
  o->at += len;
  return len == 0 || o->put (o->target, data, len, error);
}

static gboolean
cache_out_pad (CacheOut  *o,
               gsize      align,
               GError   **error)
{
  static const guint8 zeros[8] = { 0 };

  return cache_out_put (o, zeros, (align - o->at % align) % align, error);
}

/* Hashes and puts the next columns, up to @to; @data and @sizes are
 * indexed by column. @threads: 2 to share the hashing with a worker. */
static gboolean
cache_out_columns (CacheOut          *o,
                   guint              to,
                   const void *const *data,
                   const gsize       *sizes,
                   guint              threads,
                   GError           **error)
{
  guint from = o->n_columns;
  GThread *thread = NULL;

  o->job.next = (gint)o->job.blocks->len;
  for (guint i = from; i < to; i++)
    o->first_block[i] = hash_job_add (&o->job, data[i], sizes[i]);
  o->first_block[to] = o->job.blocks->len;
  if (threads > 1 && o->first_block[to] - o->first_block[from] > 1)
    thread = g_thread_try_new ("tautan-cache-hash", hash_job_thread, &o->job, NULL);
  hash_job_work (&o->job);
  if (thread != NULL)
    g_thread_join (thread);

  for (guint i = from; i < to; i++)
    {
      if (!cache_out_pad (o, column_alignment (i), error) || !cache_out_put (o, data[i], sizes[i], error))
        return FALSE;
      o->ends[i] = o->at;
      o->n_columns = i + 1;
    }
  return TRUE;
}

/* The columns' checksum: their blocks combined in order, as
 * hash_job_add_columns() and hash_job_result() on a read. */
static guint64
cache_out_checksum (CacheOut *o)
{
  g_assert (o->n_columns == N_COLUMNS);

  return hash_job_result (&o->job, o->first_block[0], o->first_block[N_COLUMNS] - o->first_block[0]);
}

/* Puts the framing and @header after the last column. */
static gboolean
cache_out_finish (CacheOut  *o,
                  GVariant  *header,
                  GError   **error)
{
  gsize body = o->at, inner_width = offset_width (body, N_COLUMNS - 1), inner, outer_width;
  g_autofree guint8 *tail = g_malloc (inner_width * (N_COLUMNS - 1));

  g_assert (o->n_columns == N_COLUMNS);

  for (guint i = 0; i + 1 < N_COLUMNS; i++)
    put_offset (tail + inner_width * (N_COLUMNS - 2 - i), o->ends[i], inner_width);
  inner = body + inner_width * (N_COLUMNS - 1);
  if (!cache_out_put (o, tail, inner_width * (N_COLUMNS - 1), error) ||
      !cache_out_pad (o, 8, error) ||
      !cache_out_put (o, g_variant_get_data (header), g_variant_get_size (header), error))
    return FALSE;

  outer_width = offset_width (o->at, 1);
  put_offset (tail, inner, outer_width);
  if (!cache_out_put (o, tail, outer_width, error))
    return FALSE;

  return o->put != chunk_piece || o->chunker.len == 0 ||
         o->chunker.put (o->chunker.target, o->chunker.buf, o->chunker.len, error);
}

/* Puts every column of @self, then the header. */
static gboolean
cache_out_dataset (CacheOut              *o,
                   TautanDataset         *self,
                   GFile                 *file,
                   guint64                size,
                   guint64                content_hash,
                   const TautanFileStamp *stamp,
                   GError               **error)
{
  const void *data[N_COLUMNS];
  gsize sizes[N_COLUMNS];
  g_autoptr(GVariant) header = NULL;

  for (guint i = 0; i < N_COLUMNS; i++)
    data[i] = g_bytes_get_data (_tautan_dataset_get_column (self, i), &sizes[i]);
  if (!cache_out_columns (o, N_COLUMNS, data, sizes, 2, error))
    return FALSE;
  header = g_variant_ref_sink (make_header (self, file, size, content_hash, stamp, cache_out_checksum (o)));

  return cache_out_finish (o, header, error);
}

/**
 * _tautan_dataset_cache_write:
 * @put: called with the cache's bytes in order, in whole multiples of
 *   %TAUTAN_CACHE_WRITE_CHUNK but the last
 *
 * Writes the cache of @self as _tautan_dataset_cache_stream_finish() does, to @put.
 *
 * Returns: %FALSE when @put failed
 */
gboolean
_tautan_dataset_cache_write (TautanDataset         *self,
                             GFile                 *file,
                             guint64                size,
                             guint64                content_hash,
                             const TautanFileStamp *stamp,
                             gboolean             (*put) (gpointer, const void *, gsize, GError **),
                             gpointer               target,
                             GError               **error)
{
  CacheOut o;
  gboolean ok;

  cache_out_init (&o, put, target, TRUE);
  ok = cache_out_dataset (&o, self, file, size, content_hash, stamp, error);
  cache_out_clear (&o);

  return ok;
}

/**
 * _tautan_dataset_cache_build:
 * @size: the dataset file's size
 * @content_hash: _tautan_dataset_content_hash() of the bytes @self was
 *   loaded from
 * @stamp: (nullable): the dataset file's stamp, taken before it was read
 *
 * Returns: (transfer full): the cache of @self, as written to disk
 */
GBytes *
_tautan_dataset_cache_build (TautanDataset         *self,
                             GFile                 *file,
                             guint64                size,
                             guint64                content_hash,
                             const TautanFileStamp *stamp)
{
  GByteArray *out = g_byte_array_new ();
  CacheOut o;

  cache_out_init (&o, append_piece, out, FALSE);
  cache_out_dataset (&o, self, file, size, content_hash, stamp, NULL);
  cache_out_clear (&o);

  return g_byte_array_free_to_bytes (out);
}

/* The cache of a dataset being loaded, written as it is built: a thread
 * of its own writes the columns in order, each once it is final, those of
 * the JSON first, then META and the indexes as the index build hands them
 * over (_tautan_dataset_builder_final()). Written after the build, the
 * indexes (164 MB at 1M events) kept one core idle for the last 0.2 s of
 * a 1.4 s first open. */
struct _TautanCacheStream
{
  TautanFileWriter *writer;
  CacheOut          out;
  GThread          *thread;
  GError           *error;         /* the thread's */
  gboolean          ok;
  gboolean          began;
  gboolean          hashed;
  guint64           content_hash;

  /* Under @mutex: which columns are final, and where they are. */
  GMutex            mutex;
  GCond             cond;
  const void       *data[N_COLUMNS];
  gsize             sizes[N_COLUMNS];
  gboolean          final[N_COLUMNS];
  gboolean          abandoned;     /* freed unfinished: stop waiting */
};

static TautanFileWriter *
cache_writer_new (GFile   *file,
                  GError **error)
{
  g_autofree char *path = _tautan_dataset_cache_path (file);
  g_autofree char *dir = g_path_get_dirname (path);
  TautanFileWriter *writer;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), "cannot create %s: %s", dir,
                   g_strerror (saved_errno));
      return NULL;
    }
  if (!(writer = tautan_file_writer_new_for_path (path, error)))
    return NULL;
  /* A torn cache after a crash fails its checks and is rebuilt; waiting
   * for the disk cost a 1M-event first open a third of a second. */
  tautan_file_writer_set_volatile (writer);

  return writer;
}

/**
 * _tautan_dataset_cache_stream_new:
 *
 * Starts the cache of @file, whose dataset is about to be read from its
 * JSON: the temporary file is made now; the bytes are hashed by
 * _tautan_dataset_cache_stream_hash_content() and the columns written by
 * _tautan_dataset_cache_stream_begin() and
 * _tautan_dataset_cache_stream_finish().
 *
 * Returns: (transfer full) (nullable): the stream, or %NULL with @error
 */
TautanCacheStream *
_tautan_dataset_cache_stream_new (GFile   *file,
                                  GError **error)
{
  TautanFileWriter *writer = cache_writer_new (file, error);
  TautanCacheStream *self;

  if (writer == NULL)
    return NULL;
  self = g_new0 (TautanCacheStream, 1);
  self->writer = writer;
  self->ok = TRUE;
  g_mutex_init (&self->mutex);
  g_cond_init (&self->cond);
  cache_out_init (&self->out, write_piece, writer, TRUE);

  return self;
}

/**
 * _tautan_dataset_cache_stream_hash_content:
 * @data: the dataset file's bytes, being read
 *
 * Hashes the bytes the cache will be keyed on.
 */
void
_tautan_dataset_cache_stream_hash_content (TautanCacheStream *self,
                                           const void        *data,
                                           gsize              len)
{
  self->content_hash = _tautan_dataset_content_hash (data, len);
  self->hashed = TRUE;
}

/* Hashes and writes the columns not written yet, up to @to, each once it
 * is final. */
static void
stream_write (TautanCacheStream *self,
              guint              to)
{
  for (guint i = self->out.n_columns; i < to && self->ok; i++)
    {
      gboolean final;

      g_mutex_lock (&self->mutex);
      while (!self->final[i] && !self->abandoned)
        g_cond_wait (&self->cond, &self->mutex);
      final = self->final[i];
      g_mutex_unlock (&self->mutex);
      if (!final)
        return;
      self->ok = cache_out_columns (&self->out, i + 1, self->data, self->sizes, 1, &self->error);
    }
}

static gpointer
stream_thread (gpointer data)
{
  stream_write (data, N_COLUMNS);
  return NULL;
}

/* Marks columns final; @data and @sizes give where they are (for
 * columns final already, they must say the same). */
static void
stream_set_final (TautanCacheStream *self,
                  guint              first,
                  guint              last,
                  const void *const *data,
                  const gsize       *sizes)
{
  g_mutex_lock (&self->mutex);
  for (guint i = first; i <= last; i++)
    {
      if (self->final[i])
        {
          /* The builder's arrays became the dataset's columns, unmoved. */
          g_assert (sizes[i] == self->sizes[i] && (sizes[i] == 0 || data[i] == self->data[i]));
          continue;
        }
      self->data[i] = data[i];
      self->sizes[i] = sizes[i];
      self->final[i] = TRUE;
    }
  g_cond_signal (&self->cond);
  g_mutex_unlock (&self->mutex);
}

static void
builder_columns_final (TautanDatasetBuilder *builder,
                       TautanColumn          first,
                       TautanColumn          last)
{
  const void *data[N_COLUMNS];
  gsize sizes[N_COLUMNS];

  for (guint i = first; i <= last; i++)
    {
      data[i] = builder->columns[i]->data;
      sizes[i] = (gsize)builder->columns[i]->len * tautan_column_info[i].elem_size;
    }
  stream_set_final (builder->final_data, first, last, data, sizes);
}

/**
 * _tautan_dataset_cache_stream_begin:
 * @builder: the loaded columns; those before %COL_META must not change
 *   until _tautan_dataset_cache_stream_finish(), nor the others once
 *   the index build calls them final
 *
 * Hashes and writes the columns the JSON gave on a thread of its own,
 * then each column of the indexes as @builder calls it final.
 */
void
_tautan_dataset_cache_stream_begin (TautanCacheStream    *self,
                                    TautanDatasetBuilder *builder)
{
  g_return_if_fail (!self->began);

  self->began = TRUE;
  builder->columns_final = builder_columns_final;
  builder->final_data = self;
  builder_columns_final (builder, 0, COL_META - 1);
  self->thread = g_thread_try_new ("tautan-cache-write", stream_thread, self, NULL);
  /* No thread: the JSON's columns now, the rest once the dataset is built. */
  if (self->thread == NULL)
    stream_write (self, COL_META);
}

/**
 * _tautan_dataset_cache_stream_finish:
 * @dataset: the dataset built from the columns given to
 *   _tautan_dataset_cache_stream_begin(), from the bytes given to
 *   _tautan_dataset_cache_stream_hash_content()
 * @size: the dataset file's size
 * @stamp: (nullable): its stamp, taken before it was read
 *
 * Writes the rest of the cache and puts it in place.
 *
 * Returns: whether the cache was written
 */
gboolean
_tautan_dataset_cache_stream_finish (TautanCacheStream     *self,
                                     TautanDataset         *dataset,
                                     GFile                 *file,
                                     guint64                size,
                                     const TautanFileStamp *stamp,
                                     GError               **error)
{
  g_autoptr(GVariant) header = NULL;
  const void *data[N_COLUMNS];
  gsize sizes[N_COLUMNS];

  g_return_val_if_fail (self->hashed, FALSE);

  /* Every column is final now, whether or not the index build said so. */
  for (guint i = 0; i < N_COLUMNS; i++)
    data[i] = g_bytes_get_data (_tautan_dataset_get_column (dataset, i), &sizes[i]);
  stream_set_final (self, 0, N_COLUMNS - 1, data, sizes);
  if (self->thread != NULL)
    g_thread_join (g_steal_pointer (&self->thread));
  else
    stream_write (self, N_COLUMNS);
  if (!self->ok)
    {
      g_propagate_error (error, g_steal_pointer (&self->error));
      return FALSE;
    }
  header = g_variant_ref_sink (make_header (dataset, file, size, self->content_hash, stamp,
                                            cache_out_checksum (&self->out)));

  return cache_out_finish (&self->out, header, error) && tautan_file_writer_commit (self->writer, error);
}

/**
 * _tautan_dataset_cache_stream_free:
 *
 * Frees @self; a cache not finished is discarded.
 */
void
_tautan_dataset_cache_stream_free (TautanCacheStream *self)
{
  if (self == NULL)
    return;
  if (self->thread != NULL)
    {
      g_mutex_lock (&self->mutex);
      self->abandoned = TRUE;
      g_cond_signal (&self->cond);
      g_mutex_unlock (&self->mutex);
      g_thread_join (self->thread);
    }
  g_mutex_clear (&self->mutex);
  g_cond_clear (&self->cond);
  g_clear_error (&self->error);
  cache_out_clear (&self->out);
  tautan_file_writer_free (self->writer);
  g_free (self);
}

typedef struct
{
  char    *uri;
  guint64  size;
  guint64  content;
  TautanFileStamp stamp;
  guint    counts[4];
  guint64  checksum;
} Header;

/* What the header says; %FALSE when it is not a header of this version. */
static gboolean
read_header (GVariant  *header,
             Header    *out)
{
  g_autoptr(GVariantDict) dict = g_variant_dict_new (header);
  const char *s;
  guint32 u;

  if (!g_variant_dict_lookup (dict, "magic", "&s", &s) || strcmp (s, CACHE_MAGIC) != 0)
    return FALSE;
  if (!g_variant_dict_lookup (dict, "cache-version", "u", &u) || u != CACHE_VERSION)
    return FALSE;
  if (!g_variant_dict_lookup (dict, "format-version", "u", &u) || u != TAUTAN_DATASET_FORMAT_VERSION)
    return FALSE;
  if (!g_variant_dict_lookup (dict, "app-version", "&s", &s) || strcmp (s, PACKAGE_VERSION) != 0)
    return FALSE;
  if (!g_variant_dict_lookup (dict, "base-taxonomy", "&s", &s) ||
      strcmp (s, tautan_taxonomy_get_checksum (tautan_taxonomy_get_default ())) != 0)
    return FALSE;
  if (!g_variant_dict_lookup (dict, "uri", "s", &out->uri) ||
      !g_variant_dict_lookup (dict, "size", "t", &out->size) ||
      !g_variant_dict_lookup (dict, "content", "t", &out->content) ||
      !g_variant_dict_lookup (dict, "stamp", "(ttx)", &out->stamp.device, &out->stamp.inode,
                              &out->stamp.ctime_ns) ||
      !g_variant_dict_lookup (dict, "counts", "(uuuu)", &out->counts[0], &out->counts[1], &out->counts[2],
                              &out->counts[3]) ||
      !g_variant_dict_lookup (dict, "checksum", "t", &out->checksum))
    return FALSE;

  return TRUE;
}

/* Lengths must agree with the counts, and every offset table must end
 * where its list does, so no accessor can read past a column. */
static gboolean
columns_consistent (GBytes *const *columns,
                    const guint   *counts)
{
  gsize n[N_COLUMNS];
  const guint32 *meta;

#define LEN(c) n[COL_##c]
#define LAST(c) (LEN (c) > 0 ? ((const guint32 *)g_bytes_get_data (columns[COL_##c], NULL))[LEN (c) - 1] : 0)
#define CSR_OK(off, list, count) (LEN (off) == (gsize)(count) + 1 && LAST (off) == LEN (list))

  for (guint i = 0; i < N_COLUMNS; i++)
    n[i] = g_bytes_get_size (columns[i]) / tautan_column_info[i].elem_size;

  if (LEN (STR) == 0 || ((const char *)g_bytes_get_data (columns[COL_STR], NULL))[LEN (STR) - 1] != '\0')
    return FALSE;
  if (LEN (META) != N_META)
    return FALSE;
  meta = g_bytes_get_data (columns[COL_META], NULL);
  if (meta[META_N_TYPES] != tautan_taxonomy_get_n_types (tautan_taxonomy_get_default ()) &&
      meta[META_TAXONOMY] == 0)
    return FALSE;
  if (LEN (SRC_ID) != counts[0] || LEN (ENT_ID) != counts[1] || LEN (EV_ID) != counts[2] || LEN (Q_ID) != counts[3])
    return FALSE;
  if (!CSR_OK (ENT_ALIAS_OFF, ENT_ALIASES, counts[1]) ||
      !CSR_OK (EV_ACTOR_OFF, EV_ACTORS, counts[2]) || !CSR_OK (EV_TARGET_OFF, EV_TARGETS, counts[2]) ||
      !CSR_OK (EV_SOURCE_OFF, EV_SOURCES, counts[2]) || !CSR_OK (EV_QUOTE_OFF, EV_QUOTES, counts[2]) ||
      !CSR_OK (Q_RELAY_OFF, Q_RELAYED, counts[3]) || !CSR_OK (EV_EDGE_OFF, EV_EDGES, counts[2]) ||
      !CSR_OK (ENT_EV_OFF, ENT_EV, counts[1]) || !CSR_OK (ENT_QUOTE_OFF, ENT_QUOTES, counts[1]) ||
      !CSR_OK (EDGE_EV_OFF, EDGE_EV, LEN (EDGE_SRC)) || !CSR_OK (EDGE_TYPE_OFF, EDGE_TYPES, LEN (EDGE_SRC)) ||
      !CSR_OK (EDGE_PFX_OFF, EDGE_PFX_S, LEN (EDGE_SRC)) ||
      !CSR_OK (RK_EDGE_OFF, RK_EDGES, counts[2]) || !CSR_OK (RK_ENT_OFF, RK_ENTS, counts[2]))
    return FALSE;
  if (LEN (EDGE_PFX_E) != LEN (EDGE_PFX_S) || LEN (IX_BY_START) != counts[2] ||
      LEN (RK_END) != counts[2] || LEN (RK_TYPE) != counts[2] || LEN (IX_SORTED_STARTS) != counts[2] ||
      LEN (LONG_STARTS) != LEN (LONG_RANK) || LEN (LONG_ENDS) != LEN (LONG_RANK) ||
      LEN (HIST_PREFIX) != ((gsize)meta[META_HIST_DAYS] + 1) * 4)
    return FALSE;

#undef CSR_OK
#undef LAST
#undef LEN

  return TRUE;
}

/**
 * _tautan_dataset_cache_read:
 * @cache: a cache file's bytes, untrusted
 * @key: (nullable): the dataset it must be the cache of, with the bytes to
 *   hash; %NULL accepts any (for fuzzing)
 * @check_sum: whether the columns' checksum must match; only a fuzzer,
 *   which cannot recompute it, passes %FALSE
 *
 * Whatever @check_sum, every column is checked before use.
 *
 * Returns: (transfer full) (nullable): the dataset, or %NULL when the cache
 *   is stale or corrupt
 */
TautanDataset *
_tautan_dataset_cache_read (GBytes               *cache,
                            const TautanCacheKey *key,
                            gboolean              check_sum)
{
  g_autoptr(GVariant) variant = NULL;
  g_autoptr(GVariant) header_variant = NULL;
  g_autoptr(GVariant) tuple = NULL;
  g_autoptr(TautanTaxonomy) taxonomy = NULL;
  GBytes *columns[N_COLUMNS] = { NULL };
  Header header = { NULL };
  TautanDataset *dataset = NULL;
  const guint32 *meta;
  const char *taxonomy_json;
  g_autoptr(TautanColumnCheck) check = NULL;
  HashJob job;
  guint content_block = 0, n_content_blocks = 0, column_block = 0, n_column_blocks = 0;
  gboolean stamped = FALSE;

  hash_job_init (&job);

  if (g_bytes_get_size (cache) == 0)
    goto stale;
  variant = g_variant_ref_sink (g_variant_new_from_bytes (cache_type (), cache, FALSE));
  header_variant = g_variant_get_child_value (variant, 1);
  if (!read_header (header_variant, &header))
    goto stale;
  /* The cheap part of the key first: a changed size needs no hashing, nor
   * does a file whose stamp proves it unchanged. */
  if (key != NULL && (g_strcmp0 (header.uri, key->uri) != 0 || header.size != key->size))
    goto stale;
  if (key != NULL && key->stamp != NULL && stamp_is_fine (key->stamp) &&
      memcmp (key->stamp, &header.stamp, sizeof header.stamp) == 0)
    stamped = TRUE;
  else if (key != NULL && key->content == NULL)
    goto stale;

  tuple = g_variant_get_child_value (variant, 0);
  for (guint i = 0; i < N_COLUMNS; i++)
    {
      g_autoptr(GVariant) child = g_variant_get_child_value (tuple, i);

      columns[i] = g_variant_get_data_as_bytes (child);
      if (g_bytes_get_size (columns[i]) % tautan_column_info[i].elem_size != 0)
        goto stale;
    }

  /* The hashes and the columns' checks are tasks that a worker and this
   * thread share: on two cores a reopen costs about half the sum. */
  if (key != NULL && !stamped)
    {
      content_block = hash_job_add (&job, key->content, key->content_len);
      n_content_blocks = job.blocks->len - content_block;
    }
  if (check_sum)
    column_block = hash_job_add_columns (&job, columns, &n_column_blocks);
  /* Checked against the type count it claims; the taxonomy built below
   * must then have that many types. */
  if (!columns_consistent (columns, header.counts) ||
      !(check = _tautan_column_check_new (columns, header.counts,
                                          ((const guint32 *)g_bytes_get_data (columns[COL_META], NULL))[META_N_TYPES])))
    goto stale;
  job.check = check;
  job.n_tasks = _tautan_column_check_get_n_tasks (check);
  {
    GThread *thread = job.n_tasks + job.blocks->len > 1 ? g_thread_new ("tautan-cache-hash", hash_job_thread, &job)
                                                         : NULL;

    hash_job_work (&job);
    if (thread != NULL)
      g_thread_join (thread);
  }
  if (!_tautan_column_check_finish (check))
    goto stale;
  if (key != NULL && !stamped && hash_job_result (&job, content_block, n_content_blocks) != header.content)
    goto stale;
  if (check_sum && hash_job_result (&job, column_block, n_column_blocks) != header.checksum)
    goto stale;
  meta = g_bytes_get_data (columns[COL_META], NULL);

  taxonomy_json = meta[META_TAXONOMY] != 0 ? (const char *)g_bytes_get_data (columns[COL_STR], NULL) + meta[META_TAXONOMY] : NULL;
  if (taxonomy_json != NULL)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GPtrArray) diagnostics = g_ptr_array_new_with_free_func ((GDestroyNotify)tautan_diagnostic_free);
      gsize len = strlen (taxonomy_json);

      /* The same guard as a dataset's: json-glib never sees bad bytes. */
      if (!tautan_json_scan_check (taxonomy_json, len, "cache", diagnostics) ||
          !json_parser_load_from_data (parser, taxonomy_json, (gssize)len, NULL))
        goto stale;
      taxonomy = tautan_taxonomy_new_with_overrides (tautan_taxonomy_get_default (), json_parser_get_root (parser),
                                                     NULL, "$.taxonomy", diagnostics);
      if (taxonomy == NULL || diagnostics->len > 0)
        goto stale;
    }
  else
    taxonomy = g_object_ref (tautan_taxonomy_get_default ());

  if (meta[META_N_TYPES] != tautan_taxonomy_get_n_types (taxonomy))
    goto stale;

  dataset = _tautan_dataset_new_from_columns (columns, taxonomy, header.counts[0], header.counts[1],
                                              header.counts[2], header.counts[3]);

stale:
  for (guint i = 0; i < N_COLUMNS; i++)
    g_clear_pointer (&columns[i], g_bytes_unref);
  hash_job_clear (&job);
  g_free (header.uri);

  return dataset;
}

/**
 * _tautan_dataset_cache_load:
 * @content: (nullable): the dataset file's bytes, as they are now; %NULL
 *   to try the stamp alone, without reading the file
 * @content_len: their length, or the file's size
 * @stamp: (nullable): the file's stamp, taken before @content was read
 *
 * Returns: (transfer full) (nullable): the dataset from its cache, or %NULL
 *   with an error when there is none or it is stale or corrupt
 */
TautanDataset *
_tautan_dataset_cache_load (GFile                 *file,
                            const void            *content,
                            gsize                  content_len,
                            const TautanFileStamp *stamp,
                            GError               **error)
{
  g_autofree char *path = _tautan_dataset_cache_path (file);
  g_autofree char *uri = g_file_get_uri (file);
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GBytes) bytes = NULL;
  TautanCacheKey key = { uri, content_len, content, content_len, stamp };
  TautanDataset *dataset;

  {
    /* The cache folder is the user's, but a FIFO there must not hang us. */
    int fd = tautan_file_open_regular (path, TAUTAN_FILE_MAX_SIZE, NULL, error);

    if (fd < 0)
      return NULL;
    mapped = g_mapped_file_new_from_fd (fd, FALSE, error);
    close (fd);
    if (mapped == NULL)
      return NULL;
  }
#ifdef MADV_HUGEPAGE
  /* Read back from disk, the cache then comes in huge pages too (see
   * Chunker): a hint, whatever the kernel makes of it. */
  if (g_mapped_file_get_length (mapped) > 0)
    madvise (g_mapped_file_get_contents (mapped), g_mapped_file_get_length (mapped), MADV_HUGEPAGE);
#endif

  bytes = g_mapped_file_get_bytes (mapped);
  dataset = _tautan_dataset_cache_read (bytes, &key, TRUE);
  if (dataset == NULL)
    {
      g_set_error (error, TAUTAN_DATASET_ERROR, TAUTAN_DATASET_ERROR_CACHE, "stale or corrupt cache %s", path);
      return NULL;
    }
  _tautan_dataset_set_file (dataset, file, TRUE);

  return dataset;
}
