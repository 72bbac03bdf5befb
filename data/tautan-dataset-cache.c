/* tautan-dataset-cache.c: the binary cache, mmapped on reopen
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-dataset-cache"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "tautan/tautan-diagnostic.h"
#include "tautan/tautan-file.h"

#include "tautan-dataset-private.h"

/* json-glib parses ~13 MB/s, so a big dataset would take seconds on every
 * open. The first open writes the built columns (indexes included) as one
 * GVariant in the user's cache folder; later opens map it and point into
 * it, with no parse and no copy (GNOME Software does the same for AppStream
 * with libxmlb). The cache is keyed by the dataset's path, its identity on
 * disk (device, inode, size, modification and change times: the change
 * time cannot be set back by `touch -r`, `cp -p` or tar) and a hash of
 * sampled blocks of its content, by the format and app versions and the
 * taxonomy, and carries a checksum of its columns. Anything stale or
 * corrupt is rebuilt; and since a forger can recompute a checksum, every
 * handle, index and enum in a cache is checked before use
 * (tautan-dataset-validate.c). */

#define CACHE_MAGIC    "tautan-dataset-cache"
#define CACHE_VERSION  3
/* Blocks of the dataset hashed into the key: 64 of 4 KiB, about 1 ms. */
#define SAMPLE_BLOCKS  64
#define SAMPLE_SIZE    4096

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
      GString *str = g_string_new ("(a{sv}(");

      for (guint i = 0; i < N_COLUMNS; i++)
        g_string_append (str, column_type_string (tautan_column_info[i].kind));
      g_string_append (str, "))");
      g_once_init_leave (&type, g_variant_type_new (str->str));
      g_string_free (str, TRUE);
    }

  return type;
}

/* Four independent lanes keep the multiply chains parallel: a checksum of
 * hundreds of megabytes must cost tens of milliseconds, not hundreds. */
static guint64
checksum_bytes (const void *data,
                gsize       len,
                guint64     seed)
{
  const guint8 *p = data;
  guint64 h[4] = { seed ^ 0x9E3779B97F4A7C15ull, seed + 1, seed + 2, seed + 3 };
  gsize i = 0;

  for (; i + 32 <= len; i += 32)
    for (guint l = 0; l < 4; l++)
      {
        guint64 w;

        memcpy (&w, p + i + l * 8, 8);
        h[l] = (h[l] ^ w) * 0x100000001B3ull;
      }
  for (; i < len; i++)
    h[0] = (h[0] ^ p[i]) * 0x100000001B3ull;

  return h[0] ^ (h[1] << 1) ^ (h[2] << 2) ^ (h[3] << 3) ^ len;
}

char *
_tautan_dataset_cache_path (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, uri, -1);
  g_autofree char *name = g_strconcat (hash, ".cache", NULL);

  return g_build_filename (g_get_user_cache_dir (), "tautan", "datasets", name, NULL);
}

static guint64
mtime_of (GFileInfo *info)
{
  return g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED) * G_USEC_PER_SEC +
         g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC);
}

static guint64
ctime_of (GFileInfo *info)
{
  return g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_CHANGED) * G_USEC_PER_SEC +
         g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_TIME_CHANGED_USEC);
}

/* A hash of evenly spaced blocks of the file: a same-size edit that also
 * kept both times (only possible for root) still changes it unless it
 * falls wholly between samples. */
static guint64
sample_hash (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);
  guint64 size = 0, hash = 0;
  guint8 block[SAMPLE_SIZE];
  int fd;

  if (path == NULL)
    return 0;
  fd = tautan_file_open_regular (path, TAUTAN_FILE_MAX_SIZE, &size, NULL);
  if (fd < 0)
    return 0;

  for (guint i = 0; i < SAMPLE_BLOCKS; i++)
    {
      guint64 offset = size <= SAMPLE_SIZE ? 0 : (size - SAMPLE_SIZE) / (SAMPLE_BLOCKS - 1) * i;
      gssize n = pread (fd, block, sizeof block, (off_t)offset);

      if (n < 0)
        {
          hash = 0;
          break;
        }
      hash = checksum_bytes (block, (gsize)n, hash ^ offset);
      if (size <= SAMPLE_SIZE)
        break;
    }
  close (fd);
  return hash;
}

static GVariant *
make_identity (GFileInfo *info,
               guint64    sampled)
{
  return g_variant_new ("(ttttt)",
                        (guint64)g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_UNIX_DEVICE),
                        g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_UNIX_INODE),
                        (guint64)g_file_info_get_size (info), ctime_of (info), sampled);
}

static GVariant *
make_header (TautanDataset *self,
             GFile         *file,
             GFileInfo     *info,
             guint64        checksum)
{
  g_auto(GVariantBuilder) builder = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE_VARDICT);
  g_autofree char *uri = g_file_get_uri (file);
  guint n_sources, n_entities, n_events, n_quotes;

  _tautan_dataset_get_counts (self, &n_sources, &n_entities, &n_events, &n_quotes);

  g_variant_builder_add (&builder, "{sv}", "magic", g_variant_new_string (CACHE_MAGIC));
  g_variant_builder_add (&builder, "{sv}", "cache-version", g_variant_new_uint32 (CACHE_VERSION));
  g_variant_builder_add (&builder, "{sv}", "format-version", g_variant_new_uint32 (TAUTAN_DATASET_FORMAT_VERSION));
  g_variant_builder_add (&builder, "{sv}", "app-version", g_variant_new_string (PACKAGE_VERSION));
  g_variant_builder_add (&builder, "{sv}", "uri", g_variant_new_string (uri));
  g_variant_builder_add (&builder, "{sv}", "size", g_variant_new_uint64 ((guint64)g_file_info_get_size (info)));
  g_variant_builder_add (&builder, "{sv}", "mtime", g_variant_new_uint64 (mtime_of (info)));
  g_variant_builder_add (&builder, "{sv}", "identity", make_identity (info, sample_hash (file)));
  g_variant_builder_add (&builder, "{sv}", "base-taxonomy",
                         g_variant_new_string (tautan_taxonomy_get_checksum (tautan_taxonomy_get_default ())));
  g_variant_builder_add (&builder, "{sv}", "counts",
                         g_variant_new ("(uuuu)", n_sources, n_entities, n_events, n_quotes));
  g_variant_builder_add (&builder, "{sv}", "checksum", g_variant_new_uint64 (checksum));

  return g_variant_builder_end (&builder);
}

gboolean
_tautan_dataset_cache_save (TautanDataset  *self,
                            GFile          *file,
                            GFileInfo      *info,
                            GError        **error)
{
  g_autofree char *path = _tautan_dataset_cache_path (file);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GVariant) variant = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GVariant *columns[N_COLUMNS];
  guint64 checksum = 0;

  for (guint i = 0; i < N_COLUMNS; i++)
    {
      GBytes *column = _tautan_dataset_get_column (self, i);
      gsize size;
      const void *data = g_bytes_get_data (column, &size);
      const GVariantType *elem = G_VARIANT_TYPE (column_type_string (tautan_column_info[i].kind) + 1);

      checksum = checksum_bytes (data, size, checksum);
      columns[i] = g_variant_new_fixed_array (elem, data ? data : "", size / tautan_column_info[i].elem_size,
                                              tautan_column_info[i].elem_size);
    }

  variant = g_variant_ref_sink (g_variant_new ("(@a{sv}@*)", make_header (self, file, info, checksum),
                                               g_variant_new_tuple (columns, N_COLUMNS)));
  bytes = g_variant_get_data_as_bytes (variant);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno), "cannot create %s", dir);
      return FALSE;
    }

  return tautan_file_write_path (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), error);
}

static gboolean
header_matches (GVariant  *header,
                GFile     *file,
                GFileInfo *info,
                guint64   *checksum,
                guint     *counts)
{
  g_autoptr(GVariantDict) dict = g_variant_dict_new (header);
  g_autofree char *uri = g_file_get_uri (file);
  const char *s;
  guint32 u;
  guint64 t;

  if (!g_variant_dict_lookup (dict, "magic", "&s", &s) || strcmp (s, CACHE_MAGIC) != 0)
    return FALSE;
  if (!g_variant_dict_lookup (dict, "cache-version", "u", &u) || u != CACHE_VERSION)
    return FALSE;
  if (!g_variant_dict_lookup (dict, "format-version", "u", &u) || u != TAUTAN_DATASET_FORMAT_VERSION)
    return FALSE;
  if (!g_variant_dict_lookup (dict, "app-version", "&s", &s) || strcmp (s, PACKAGE_VERSION) != 0)
    return FALSE;
  if (!g_variant_dict_lookup (dict, "uri", "&s", &s) || strcmp (s, uri) != 0)
    return FALSE;
  if (!g_variant_dict_lookup (dict, "size", "t", &t) || t != (guint64)g_file_info_get_size (info))
    return FALSE;
  if (!g_variant_dict_lookup (dict, "mtime", "t", &t) || t != mtime_of (info))
    return FALSE;
  {
    g_autoptr(GVariant) stored = g_variant_dict_lookup_value (dict, "identity", G_VARIANT_TYPE ("(ttttt)"));
    g_autoptr(GVariant) now = NULL;

    if (stored == NULL)
      return FALSE;
    now = g_variant_ref_sink (make_identity (info, sample_hash (file)));
    if (!g_variant_equal (stored, now))
      return FALSE;
  }
  if (!g_variant_dict_lookup (dict, "base-taxonomy", "&s", &s) ||
      strcmp (s, tautan_taxonomy_get_checksum (tautan_taxonomy_get_default ())) != 0)
    return FALSE;
  if (!g_variant_dict_lookup (dict, "counts", "(uuuu)", &counts[0], &counts[1], &counts[2], &counts[3]))
    return FALSE;
  if (!g_variant_dict_lookup (dict, "checksum", "t", checksum))
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

typedef struct
{
  GBytes  **columns;
  guint64   sum;
} ChecksumJob;

static gpointer
checksum_thread (gpointer data)
{
  ChecksumJob *job = data;

  for (guint i = 0; i < N_COLUMNS; i++)
    job->sum = checksum_bytes (g_bytes_get_data (job->columns[i], NULL), g_bytes_get_size (job->columns[i]),
                               job->sum);
  return NULL;
}

TautanDataset *
_tautan_dataset_cache_load (GFile      *file,
                            GFileInfo  *info,
                            GError    **error)
{
  g_autofree char *path = _tautan_dataset_cache_path (file);
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GVariant) variant = NULL;
  g_autoptr(GVariant) header = NULL;
  g_autoptr(GVariant) tuple = NULL;
  g_autoptr(TautanTaxonomy) taxonomy = NULL;
  GBytes *columns[N_COLUMNS] = { NULL };
  TautanDataset *dataset = NULL;
  guint64 expected;
  guint counts[4];
  const guint32 *meta;
  const char *taxonomy_json;

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

  bytes = g_mapped_file_get_bytes (mapped);
  if (g_bytes_get_size (bytes) == 0)
    goto stale;

  variant = g_variant_ref_sink (g_variant_new_from_bytes (cache_type (), bytes, FALSE));
  header = g_variant_get_child_value (variant, 0);
  if (!header_matches (header, file, info, &expected, counts))
    goto stale;

  tuple = g_variant_get_child_value (variant, 1);
  for (guint i = 0; i < N_COLUMNS; i++)
    {
      g_autoptr(GVariant) child = g_variant_get_child_value (tuple, i);

      columns[i] = g_variant_get_data_as_bytes (child);
      if (g_bytes_get_size (columns[i]) % tautan_column_info[i].elem_size != 0)
        goto stale;
    }

  /* The checksum and the checks run side by side: on two cores a
   * reopen costs the longer of the two, not their sum. */
  {
    ChecksumJob job = { columns, 0 };
    GThread *thread = g_thread_new ("tautan-cache-sum", checksum_thread, &job);
    gboolean valid;

    /* Checked against the type count it claims; the taxonomy built below
     * must then have that many types. */
    valid = columns_consistent (columns, counts) &&
            _tautan_dataset_columns_valid (columns, counts,
                                           ((const guint32 *)g_bytes_get_data (columns[COL_META], NULL))[META_N_TYPES]);
    g_thread_join (thread);
    if (!valid || job.sum != expected)
      goto stale;
  }
  meta = g_bytes_get_data (columns[COL_META], NULL);

  taxonomy_json = meta[META_TAXONOMY] != 0 ? (const char *)g_bytes_get_data (columns[COL_STR], NULL) + meta[META_TAXONOMY] : NULL;
  if (taxonomy_json != NULL)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GPtrArray) diagnostics = g_ptr_array_new_with_free_func ((GDestroyNotify)tautan_diagnostic_free);

      if (!json_parser_load_from_data (parser, taxonomy_json, -1, NULL))
        goto stale;
      taxonomy = tautan_taxonomy_new_with_overrides (tautan_taxonomy_get_default (), json_parser_get_root (parser),
                                                     NULL, "$.taxonomy", diagnostics);
      if (taxonomy == NULL)
        goto stale;
    }
  else
    taxonomy = g_object_ref (tautan_taxonomy_get_default ());

  if (meta[META_N_TYPES] != tautan_taxonomy_get_n_types (taxonomy))
    goto stale;

  dataset = _tautan_dataset_new_from_columns (columns, taxonomy, counts[0], counts[1], counts[2], counts[3]);
  _tautan_dataset_set_file (dataset, file, TRUE);

stale:
  for (guint i = 0; i < N_COLUMNS; i++)
    g_clear_pointer (&columns[i], g_bytes_unref);

  if (dataset == NULL)
    g_set_error (error, TAUTAN_DATASET_ERROR, TAUTAN_DATASET_ERROR_CACHE, "stale or corrupt cache %s", path);

  return dataset;
}
