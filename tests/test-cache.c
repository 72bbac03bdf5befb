/* test-cache.c: the binary cache is used when fresh, rebuilt otherwise
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <sys/time.h>

#include <glib/gstdio.h>

#include "tautan/tautan-dataset.h"
#include "tautan/tautan-slice.h"

#include "tautan-dataset-private.h"
#include "tautan-file-private.h"

static char *
copy_fixture (const char *name)
{
  g_autofree char *src = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autofree char *data = NULL;
  char *dst = g_build_filename (g_get_user_data_dir (), name, NULL);
  gsize len;

  g_assert_true (g_file_get_contents (src, &data, &len, NULL));
  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  g_assert_true (g_file_set_contents (dst, data, (gssize)len, NULL));
  return dst;
}

static TautanDataset *
open_cached (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  TautanDataset *ds = tautan_dataset_load_file (file, TRUE, NULL, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  return ds;
}

static char *
cache_file_path (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, uri, -1);
  g_autofree char *name = g_strconcat (hash, ".cache", NULL);

  return g_build_filename (g_get_user_cache_dir (), "tautan", "datasets", name, NULL);
}

/* The same answers, whichever way the dataset was opened. */
static void
assert_same (TautanDataset *a,
             TautanDataset *b)
{
  TautanTimeSpan span = tautan_dataset_get_span (a);
  g_autoptr(TautanSlice) sa = tautan_slice_new (a, &span, FALSE);
  g_autoptr(TautanSlice) sb = tautan_slice_new (b, &span, FALSE);
  g_autofree char *ja = tautan_dataset_to_json (a, NULL);
  g_autofree char *jb = tautan_dataset_to_json (b, NULL);

  g_assert_cmpstr (ja, ==, jb);
  g_assert_true (tautan_time_span_equal (&span, &(TautanTimeSpan) { tautan_dataset_get_span (b).from,
                                                                    tautan_dataset_get_span (b).to }));
  g_assert_cmpuint (tautan_slice_get_n_edges (sa), ==, tautan_slice_get_n_edges (sb));
  g_assert_cmpuint (tautan_slice_get_n_entities (sa), ==, tautan_slice_get_n_entities (sb));
  g_assert_cmpuint (tautan_slice_get_n_events (sa), ==, tautan_slice_get_n_events (sb));
}

static void
test_cache (void)
{
  g_autofree char *path = copy_fixture ("extras.json");
  g_autofree char *cache = cache_file_path (path);
  g_autoptr(TautanDataset) cold = NULL;
  g_autoptr(TautanDataset) warm = NULL;
  g_autoptr(TautanDataset) rebuilt = NULL;
  g_autoptr(TautanDataset) after_edit = NULL;
  g_autofree char *bytes = NULL;
  gsize len;

  /* Cold: parsed, and the cache written into the (isolated) cache dir. */
  cold = open_cached (path);
  g_assert_false (tautan_dataset_get_from_cache (cold));
  g_assert_true (g_file_test (cache, G_FILE_TEST_EXISTS));

  /* Warm: mapped from the cache, same content. */
  warm = open_cached (path);
  g_assert_true (tautan_dataset_get_from_cache (warm));
  assert_same (cold, warm);
  g_assert_cmpuint (tautan_dataset_lookup_entity (warm, "kim"), ==, tautan_dataset_lookup_entity (cold, "kim"));
  g_assert_cmpstr (tautan_taxonomy_get_event_type (tautan_dataset_get_taxonomy (warm), 0)->id, ==, "statement");
  g_assert_cmpint (tautan_taxonomy_lookup (tautan_dataset_get_taxonomy (warm), "summit"), >=, 0);

  /* Corrupt: one flipped byte in the middle fails the checksum; rebuilt. */
  g_assert_true (g_file_get_contents (cache, &bytes, &len, NULL));
  bytes[len / 2] ^= 0x5a;
  g_assert_true (g_file_set_contents (cache, bytes, (gssize)len, NULL));
  rebuilt = open_cached (path);
  g_assert_false (tautan_dataset_get_from_cache (rebuilt));
  assert_same (cold, rebuilt);

  /* Truncated cache: rebuilt, never trusted. */
  g_assert_true (g_file_set_contents (cache, bytes, 100, NULL));
  g_clear_object (&rebuilt);
  rebuilt = open_cached (path);
  g_assert_false (tautan_dataset_get_from_cache (rebuilt));

  /* Stale: the dataset changed (size and mtime); the old cache is ignored. */
  {
    g_autofree char *data = NULL;
    g_autofree char *edited = NULL;
    g_auto(GStrv) parts = NULL;
    TautanEntity e;

    g_assert_true (g_file_get_contents (path, &data, NULL, NULL));
    parts = g_strsplit (data, "Kim Jong Un", -1);
    edited = g_strjoinv ("Kim Jong-un", parts);
    g_assert_true (g_file_set_contents (path, edited, -1, NULL));
    after_edit = open_cached (path);
    g_assert_false (tautan_dataset_get_from_cache (after_edit));
    tautan_dataset_get_entity (after_edit, tautan_dataset_lookup_entity (after_edit, "kim"), &e);
    g_assert_cmpstr (e.name, ==, "Kim Jong-un");
  }
}

static void
test_no_cache (void)
{
  g_autofree char *path = copy_fixture ("extras.json");
  g_autofree char *cache = cache_file_path (path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(TautanDataset) ds = NULL;

  g_remove (cache);
  ds = tautan_dataset_load_file (file, FALSE, NULL, NULL, NULL, NULL, NULL);
  g_assert_nonnull (ds);
  g_assert_false (g_file_test (cache, G_FILE_TEST_EXISTS));
}

/* An edit of the same size whose modification time was put back, as
 * `cp -p`, `tar` or `touch -r` do (and a FAT stick keeps no change time):
 * the content tells it apart. */
static void
test_same_size_edit (void)
{
  g_autofree char *path = copy_fixture ("extras.json");
  g_autoptr(TautanDataset) cold = NULL;
  g_autoptr(TautanDataset) after = NULL;
  g_autofree char *data = NULL;
  g_autofree char *edited = NULL;
  g_auto(GStrv) parts = NULL;
  struct stat st;
  struct timeval times[2];
  TautanEntity e;

  cold = open_cached (path);
  g_clear_object (&cold);
  cold = open_cached (path);
  g_assert_true (tautan_dataset_get_from_cache (cold));

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_true (g_file_get_contents (path, &data, NULL, NULL));
  parts = g_strsplit (data, "Kim Jong Un", -1);
  edited = g_strjoinv ("Kim Jong Xx", parts);
  g_assert_cmpuint (strlen (edited), ==, strlen (data));
  g_assert_true (g_file_set_contents (path, edited, -1, NULL));
  times[0].tv_sec = times[1].tv_sec = st.st_mtime;
  times[0].tv_usec = times[1].tv_usec = 0;
  g_assert_cmpint (utimes (path, times), ==, 0);

  after = open_cached (path);
  g_assert_false (tautan_dataset_get_from_cache (after));
  tautan_dataset_get_entity (after, tautan_dataset_lookup_entity (after, "kim"), &e);
  g_assert_cmpstr (e.name, ==, "Kim Jong Xx");
}

/* The key is the content, not the times: a file touched, or copied over
 * with the same bytes, keeps its cache. */
static void
test_touched_keeps_cache (void)
{
  g_autofree char *path = copy_fixture ("extras.json");
  g_autofree char *data = NULL;
  g_autoptr(TautanDataset) cold = NULL;
  g_autoptr(TautanDataset) after = NULL;
  struct timeval times[2] = { { 1000000000, 0 }, { 1000000000, 0 } };
  gsize len;

  cold = open_cached (path);
  g_assert_false (tautan_dataset_get_from_cache (cold));

  g_assert_cmpint (utimes (path, times), ==, 0);
  g_assert_true (g_file_get_contents (path, &data, &len, NULL));
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_true (g_file_set_contents (path, data, (gssize)len, NULL));

  after = open_cached (path);
  g_assert_true (tautan_dataset_get_from_cache (after));
  assert_same (cold, after);
}

/* One byte changed far from the start and the end of a file larger than a
 * hash block, times put back: the whole content is hashed, not samples. */
static void
test_large_edit_in_the_middle (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "large.json", NULL);
  g_autofree char *minimal = g_test_build_filename (G_TEST_DIST, "data", "minimal.json", NULL);
  g_autofree char *data = NULL;
  g_autoptr(GString) padded = NULL;
  g_autoptr(TautanDataset) cold = NULL;
  g_autoptr(TautanDataset) after = NULL;
  struct stat st;
  struct timeval times[2];
  char *at;

  /* A description of 9 MiB of 'a', with one 'b' in the middle. */
  g_assert_true (g_file_get_contents (minimal, &data, NULL, NULL));
  at = strstr (data, "\"title\"");
  g_assert_nonnull (at);
  padded = g_string_new_len (data, at - data);
  g_string_append (padded, "\"description\": \"");
  for (guint i = 0; i < 9 << 20; i++)
    g_string_append_c (padded, i == 9 << 19 ? 'b' : 'a');
  g_string_append (padded, "\", ");
  g_string_append (padded, at);
  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, padded->str, (gssize)padded->len, NULL));

  cold = open_cached (path);
  g_clear_object (&cold);
  cold = open_cached (path);
  g_assert_true (tautan_dataset_get_from_cache (cold));
  g_assert_nonnull (strchr (tautan_dataset_get_description (cold), 'b'));

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  at = strchr (padded->str + (at - data), 'b');
  g_assert_nonnull (at);
  *at = 'c';
  g_assert_true (g_file_set_contents (path, padded->str, (gssize)padded->len, NULL));
  times[0].tv_sec = times[1].tv_sec = st.st_mtime;
  times[0].tv_usec = times[1].tv_usec = 0;
  g_assert_cmpint (utimes (path, times), ==, 0);

  after = open_cached (path);
  g_assert_false (tautan_dataset_get_from_cache (after));
  g_assert_null (strchr (tautan_dataset_get_description (after), 'b'));
  g_assert_nonnull (strchr (tautan_dataset_get_description (after), 'c'));
}

typedef struct
{
  TautanColumn column;
  guint        index;       /* element, or G_MAXUINT for the last */
  guint32      value;
} Forgery;

/* A cache's columns, forged one value at a time with the checksum still
 * right: each forgery must be caught before anything reads it. */
static void
test_forged_columns (void)
{
  g_autofree char *path = copy_fixture ("extras.json");
  g_autoptr(TautanDataset) ds = open_cached (path);
  guint counts[4];
  GBytes *columns[N_COLUMNS];
  guint n_types = tautan_taxonomy_get_n_types (tautan_dataset_get_taxonomy (ds));
  gsize n_str;
  const Forgery forgeries[] = {
    { COL_ENT_NAME, 0, 0 },                       /* a required string missing */
    { COL_SRC_OUTLET, 0, 0 },
    { COL_EV_SUMMARY, 0, 0 },
    { COL_EV_DATE_WORDS, 0, 0 },
    { COL_ENT_NAME, 0, G_MAXUINT32 - 5 },         /* past the blob */
    { COL_ENT_NAME, 0, 2 },                       /* inside another string */
    { COL_ENT_KIND, 0, 99 },
    { COL_ENT_AFFILIATION, 0, 1000000 },
    { COL_EV_TYPE, 0, 4096 },
    { COL_EV_ACTORS, 0, 1000000 },
    { COL_EV_ACTOR_OFF, 1, 1000000 },             /* an offset past its list */
    { COL_EV_ACTOR_OFF, G_MAXUINT, 0 },           /* the table ends early */
    { COL_EV_INFO, 0, 0xfff },
    { COL_EV_START, 0, 0x7fffffff },
    { COL_EV_RESPONDS_TO, 0, 77777 },
    { COL_Q_SOURCE, 0, 50 },
    { COL_Q_END, 0, 1000000 },                    /* past its source's text */
    { COL_Q_SPEAKER, 0, 123456 },
    { COL_RK_TYPE, 0, 5000 },
    { COL_EDGE_SRC, 0, 1000000 },
    { COL_EDGE_EV, 0, 1000000 },
    { COL_EDGE_PFX_OFF, 1, 1 },
    { COL_ENT_QUOTES, 0, 1000000 },
    { COL_SRC_FLAGS, 0, 0x100 },
    { COL_META, META_TITLE, 0x7ffffff0 },
    { COL_META, META_HIST_DAYS, 0x7fffffff },
  };

  _tautan_dataset_get_counts (ds, &counts[0], &counts[1], &counts[2], &counts[3]);
  /* Borrowed: the dataset keeps them. */
  for (guint i = 0; i < N_COLUMNS; i++)
    columns[i] = _tautan_dataset_get_column (ds, i);
  g_assert_true (_tautan_dataset_columns_valid (columns, counts, n_types));
  g_assert_false (_tautan_dataset_columns_valid (columns, counts, n_types - 1));
  g_bytes_get_data (columns[COL_STR], &n_str);

  for (guint f = 0; f < G_N_ELEMENTS (forgeries); f++)
    {
      GBytes *saved = columns[forgeries[f].column];
      gsize size = g_bytes_get_size (saved);
      guint8 *copy = g_memdup2 (g_bytes_get_data (saved, NULL), size);
      guint n = (guint)(size / sizeof (guint32));
      guint at = forgeries[f].index == G_MAXUINT ? n - 1 : forgeries[f].index;

      g_test_message ("forgery %u: column %s[%u] = %u", f, tautan_column_info[forgeries[f].column].name,
                      at, forgeries[f].value);
      g_assert_cmpuint (at, <, n);
      if (forgeries[f].index == G_MAXUINT)
        size -= sizeof (guint32);
      else
        memcpy (copy + (gsize)at * 4, &forgeries[f].value, 4);
      columns[forgeries[f].column] = g_bytes_new_take (copy, size);
      g_assert_false (_tautan_dataset_columns_valid (columns, counts, n_types));
      g_bytes_unref (columns[forgeries[f].column]);
      columns[forgeries[f].column] = saved;
    }

  /* Bytes that are not UTF-8 in the string blob. */
  {
    GBytes *saved = columns[COL_STR];
    gsize size = g_bytes_get_size (saved);
    guint8 *copy = g_memdup2 (g_bytes_get_data (saved, NULL), size);

    copy[size / 2] = 0xff;
    columns[COL_STR] = g_bytes_new_take (copy, size);
    g_assert_false (_tautan_dataset_columns_valid (columns, counts, n_types));
    g_bytes_unref (columns[COL_STR]);
    columns[COL_STR] = saved;
  }
  /* A noncharacter, which the loader never lets in: U+FFFE for "Kim". */
  {
    GBytes *saved = columns[COL_STR];
    gsize size = g_bytes_get_size (saved);
    guint8 *copy = g_memdup2 (g_bytes_get_data (saved, NULL), size);
    guint8 *kim = NULL;

    for (gsize k = 0; kim == NULL && k + 3 <= size; k++)
      if (memcmp (copy + k, "Kim", 3) == 0)
        kim = copy + k;
    g_assert_nonnull (kim);
    memcpy (kim, "\xef\xbf\xbe", 3);
    columns[COL_STR] = g_bytes_new_take (copy, size);
    g_assert_false (_tautan_dataset_columns_valid (columns, counts, n_types));
    g_bytes_unref (columns[COL_STR]);
    columns[COL_STR] = saved;
  }
  g_assert_true (_tautan_dataset_columns_valid (columns, counts, n_types));
}

/* The cache is read only for the dataset it was built from: its path, its
 * size and every byte. */
static void
test_key (void)
{
  g_autofree char *path = copy_fixture ("extras.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *data = NULL;
  g_autoptr(TautanDataset) ds = NULL;
  g_autoptr(GBytes) cache = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (path, &data, &len, NULL));
  ds = tautan_dataset_load_data (data, len, path, NULL, NULL, NULL);
  g_assert_nonnull (ds);
  cache = _tautan_dataset_cache_build (ds, file, len, _tautan_dataset_content_hash (data, len), NULL);

  {
    TautanCacheKey key = { uri, len, data, len };
    g_autoptr(TautanDataset) read = _tautan_dataset_cache_read (cache, &key, TRUE);

    g_assert_nonnull (read);
    assert_same (ds, read);
  }
  {
    TautanCacheKey key = { "file:///elsewhere.json", len, data, len };
    g_autoptr(TautanDataset) read = _tautan_dataset_cache_read (cache, &key, TRUE);

    g_assert_null (read);
  }
  {
    g_autofree char *edited = g_strdup (data);
    TautanCacheKey key = { uri, len, edited, len };
    g_autoptr(TautanDataset) read = NULL;

    edited[len - 2] = edited[len - 2] == ' ' ? '\n' : ' ';
    read = _tautan_dataset_cache_read (cache, &key, TRUE);
    g_assert_null (read);
  }
  {
    TautanCacheKey key = { uri, len - 1, data, len - 1 };
    g_autoptr(TautanDataset) read = _tautan_dataset_cache_read (cache, &key, TRUE);

    g_assert_null (read);
  }
  /* What the fuzzer reads: no key and no checksum, but the columns checked. */
  {
    g_autoptr(TautanDataset) read = _tautan_dataset_cache_read (cache, NULL, FALSE);

    g_assert_nonnull (read);
    assert_same (ds, read);
  }
}

/* A stamp (device, inode, change time to the nanosecond) that matches the
 * cache's proves the file unchanged without reading it; any other stamp,
 * or one with whole-second times, leaves it to the content. */
static void
test_stamp (void)
{
  g_autofree char *path = copy_fixture ("extras.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  g_autofree char *data = NULL;
  g_autoptr(TautanDataset) ds = NULL;
  g_autoptr(GBytes) cache = NULL;
  TautanFileStamp stamp = { 2049, 131077, G_GINT64_CONSTANT (1764936000123456789) };
  TautanFileStamp coarse = { 2049, 131077, G_GINT64_CONSTANT (1764936000000000000) };
  gsize len;

  g_assert_true (g_file_get_contents (path, &data, &len, NULL));
  ds = tautan_dataset_load_data (data, len, path, NULL, NULL, NULL);
  g_assert_nonnull (ds);
  cache = _tautan_dataset_cache_build (ds, file, len, _tautan_dataset_content_hash (data, len), &stamp);

  /* The same stamp: read without the bytes. */
  {
    TautanCacheKey key = { uri, len, NULL, len, &stamp };
    g_autoptr(TautanDataset) read = _tautan_dataset_cache_read (cache, &key, TRUE);

    g_assert_nonnull (read);
    assert_same (ds, read);
  }
  /* Another inode (the file was replaced), another change time (written
   * in place): without the bytes, stale; with them, the content decides. */
  for (guint i = 0; i < 2; i++)
    {
      TautanFileStamp other = stamp;
      g_autofree char *edited = g_strdup (data);

      if (i == 0)
        other.inode++;
      else
        other.ctime_ns += 1000;

      {
        TautanCacheKey key = { uri, len, NULL, len, &other };
        g_autoptr(TautanDataset) read = _tautan_dataset_cache_read (cache, &key, TRUE);

        g_assert_null (read);
      }
      {
        TautanCacheKey key = { uri, len, data, len, &other };
        g_autoptr(TautanDataset) read = _tautan_dataset_cache_read (cache, &key, TRUE);

        g_assert_nonnull (read);
      }
      {
        TautanCacheKey key = { uri, len, edited, len, &other };
        g_autoptr(TautanDataset) read = NULL;

        edited[len - 2] = edited[len - 2] == ' ' ? '\n' : ' ';
        read = _tautan_dataset_cache_read (cache, &key, TRUE);
        g_assert_null (read);
      }
    }
  /* Whole-second change times prove nothing, even when they match. */
  {
    g_autoptr(GBytes) coarse_cache = _tautan_dataset_cache_build (ds, file, len, _tautan_dataset_content_hash (data, len),
                                                                  &coarse);
    g_autofree char *edited = g_strdup (data);
    TautanCacheKey stamp_only = { uri, len, NULL, len, &coarse };
    TautanCacheKey with_edit = { uri, len, edited, len, &coarse };
    g_autoptr(TautanDataset) read = _tautan_dataset_cache_read (coarse_cache, &stamp_only, TRUE);

    g_assert_null (read);
    edited[len - 2] = edited[len - 2] == ' ' ? '\n' : ' ';
    read = _tautan_dataset_cache_read (coarse_cache, &with_edit, TRUE);
    g_assert_null (read);
  }
  /* A real file: its own stamp, read twice, is stable. */
  {
    TautanFileStamp a, b;
    guint64 size_a, size_b;

    g_assert_true (_tautan_file_stamp_get (path, &a, &size_a));
    g_assert_true (_tautan_file_stamp_get (path, &b, &size_b));
    g_assert_cmpmem (&a, sizeof a, &b, sizeof b);
    g_assert_cmpuint (size_a, ==, len);
  }
}

/* The cache is written piece by piece from the columns where they are:
 * the file must be exactly GVariant's own (normal form) serialisation of
 * the columns and the header, and each column must be the dataset's. The
 * columns the JSON gives come first, META and the derived indexes after
 * them and the header last, so a first open can write the JSON's columns
 * while it builds the rest. */
static void
assert_canonical (GBytes        *cache,
                  TautanDataset *ds)
{
  g_autoptr(GString) type = g_string_new ("((");
  g_autoptr(GVariant) variant = NULL;
  g_autoptr(GVariant) columns = NULL;
  g_autoptr(GVariant) header = NULL;
  const guint8 *base = g_bytes_get_data (cache, NULL);
  gsize end_of_json = 0;
  guint64 checksum = 0;

  for (guint i = 0; i < N_COLUMNS; i++)
    g_string_append (type, tautan_column_info[i].kind == KIND_U8 ? "ay" :
                           tautan_column_info[i].kind == KIND_U32 ? "au" :
                           tautan_column_info[i].kind == KIND_I32 ? "ai" : "ad");
  g_string_append (type, ")a{sv})");

  variant = g_variant_ref_sink (g_variant_new_from_bytes (G_VARIANT_TYPE (type->str), cache, FALSE));
  g_assert_true (g_variant_is_normal_form (variant));
  columns = g_variant_get_child_value (variant, 0);
  header = g_variant_get_child_value (variant, 1);
  g_assert_true (g_variant_lookup (header, "checksum", "t", &checksum));
  g_assert_cmpuint ((const guint8 *)g_variant_get_data (columns) - base, ==, 0);
  g_assert_cmpuint ((const guint8 *)g_variant_get_data (header) - base, >=, g_variant_get_size (columns));
  for (guint i = 0; i < N_COLUMNS; i++)
    {
      g_autoptr(GVariant) column = g_variant_get_child_value (columns, i);
      GBytes *expected = _tautan_dataset_get_column (ds, i);
      gsize len, at = (gsize)((const guint8 *)g_variant_get_data (column) - base);
      const void *data = g_bytes_get_data (expected, &len);

      g_assert_cmpuint (g_variant_get_size (column), ==, len);
      if (len > 0)
        g_assert_cmpmem (g_variant_get_data (column), len, data, len);
      if (len == 0)
        continue;
      if (i < COL_META)
        end_of_json = MAX (end_of_json, at + len);
      else
        g_assert_cmpuint (at, >=, end_of_json);
    }
}

static void
test_layout (void)
{
  g_autofree char *minimal = g_test_build_filename (G_TEST_DIST, "data", "minimal.json", NULL);
  g_autofree char *data = NULL;
  /* Small enough for 2-byte framing offsets; past 64 KiB for 4-byte ones. */
  const guint padding[] = { 0, 100000 };

  g_assert_true (g_file_get_contents (minimal, &data, NULL, NULL));
  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);

  for (guint k = 0; k < G_N_ELEMENTS (padding); k++)
    {
      g_autofree char *path = g_strdup_printf ("%s/layout-%u.json", g_get_user_data_dir (), k);
      g_autofree char *cache_path = cache_file_path (path);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GString) json = g_string_new (NULL);
      g_autoptr(TautanDataset) ds = NULL;
      g_autoptr(TautanDataset) cold = NULL;
      g_autoptr(GBytes) built = NULL;
      g_autoptr(GBytes) saved = NULL;
      g_autofree char *saved_data = NULL;
      const char *at = strstr (data, "\"title\"");
      gsize saved_len;

      g_assert_nonnull (at);
      g_string_append_len (json, data, at - data);
      g_string_append (json, "\"description\": \"");
      for (guint i = 0; i < padding[k]; i++)
        g_string_append_c (json, (char)('a' + i % 26));
      g_string_append (json, "\", ");
      g_string_append (json, at);

      ds = tautan_dataset_load_data (json->str, json->len, path, NULL, NULL, NULL);
      g_assert_nonnull (ds);
      built = _tautan_dataset_cache_build (ds, file, json->len, _tautan_dataset_content_hash (json->str, json->len),
                                          NULL);
      g_assert_cmpuint (g_bytes_get_size (built), >, padding[k]);
      assert_canonical (built, ds);

      /* And as written to disk on a first open. */
      g_assert_true (g_file_set_contents (path, json->str, (gssize)json->len, NULL));
      cold = open_cached (path);
      g_assert_false (tautan_dataset_get_from_cache (cold));
      g_assert_true (g_file_get_contents (cache_path, &saved_data, &saved_len, NULL));
      saved = g_bytes_new_take (g_steal_pointer (&saved_data), saved_len);
      assert_canonical (saved, cold);
    }
}

typedef struct
{
  GByteArray *bytes;
  GArray     *lengths;        /* gsize, one per write */
} Recorder;

static gboolean
record_piece (gpointer     target,
              const void  *data,
              gsize        len,
              GError     **error)
{
  Recorder *r = target;

  g_byte_array_append (r->bytes, data, (guint)len);
  g_array_append_val (r->lengths, len);
  return TRUE;
}

/* A dataset whose cache is a few write chunks long, its string blob
 * (the first column) ending well inside one. */
static TautanDataset *
load_padded (const char *name,
             gsize       padding,
             GString   **json_out)
{
  g_autofree char *minimal = g_test_build_filename (G_TEST_DIST, "data", "minimal.json", NULL);
  g_autofree char *data = NULL;
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), name, NULL);
  GString *json = g_string_new (NULL);
  const char *at;
  TautanDataset *ds;

  g_assert_true (g_file_get_contents (minimal, &data, NULL, NULL));
  at = strstr (data, "\"title\"");
  g_assert_nonnull (at);
  g_string_append_len (json, data, at - data);
  g_string_append (json, "\"description\": \"");
  for (gsize i = 0; i < padding; i++)
    g_string_append_c (json, (char)('a' + i % 26));
  g_string_append (json, "\", ");
  g_string_append (json, at);
  ds = tautan_dataset_load_data (json->str, json->len, path, NULL, NULL, NULL);
  g_assert_nonnull (ds);
  *json_out = json;
  return ds;
}

/* The cache reaches its file in whole aligned chunks, so the page cache
 * can hold it in huge pages; the bytes are those of the cache. */
static void
test_chunked_write (void)
{
  g_autoptr(GString) json = NULL;
  g_autoptr(TautanDataset) ds = load_padded ("chunked.json", 2 * TAUTAN_CACHE_WRITE_CHUNK + 12345, &json);
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/chunked.json");
  guint64 hash = _tautan_dataset_content_hash (json->str, json->len);
  g_autoptr(GBytes) built = _tautan_dataset_cache_build (ds, file, json->len, hash, NULL);
  Recorder r = { g_byte_array_new (), g_array_new (FALSE, FALSE, sizeof (gsize)) };

  g_assert_cmpuint (g_bytes_get_size (built), >, 2 * TAUTAN_CACHE_WRITE_CHUNK);
  g_assert_true (_tautan_dataset_cache_write (ds, file, json->len, hash, NULL, record_piece, &r, NULL));
  g_assert_cmpmem (r.bytes->data, r.bytes->len, g_bytes_get_data (built, NULL), g_bytes_get_size (built));
  g_assert_cmpuint (r.lengths->len, >=, 2);
  for (guint i = 0; i + 1 < r.lengths->len; i++)
    {
      g_assert_cmpuint (g_array_index (r.lengths, gsize, i), >, 0);
      g_assert_cmpuint (g_array_index (r.lengths, gsize, i) % TAUTAN_CACHE_WRITE_CHUNK, ==, 0);
    }
  g_byte_array_unref (r.bytes);
  g_array_unref (r.lengths);
}

/* The string blob's UTF-8 is checked in blocks cut just after a NUL:
 * a character across a block's nominal start is whole, a stray byte
 * anywhere is caught, and so is one inside a string longer than a block. */
static void
test_utf8_blocks (void)
{
  g_autoptr(GString) json = NULL;
  g_autoptr(TautanDataset) ds = load_padded ("blocks.json", 100, &json);
  const gsize B = TAUTAN_CHECK_UTF8_BLOCK;
  guint counts[4];
  GBytes *columns[N_COLUMNS];
  guint n_types = tautan_taxonomy_get_n_types (tautan_dataset_get_taxonomy (ds));
  gsize n_str;
  const guint8 *str;
  struct
  {
    gsize       at;           /* where to put @bytes in a blob of 3 blocks */
    const char *bytes;
    gboolean    nul_free;     /* one string from the old blob's end to the last byte */
    gboolean    valid;
  } cases[] = {
    { 0, NULL, FALSE, TRUE },
    { 0, NULL, TRUE, TRUE },
    { B - 1, "\xe2\x82\xac", FALSE, TRUE },        /* "€" across the first nominal start */
    { B - 2, "\xf0\x9f\x98\x80", FALSE, TRUE },    /* a 4-byte one */
    { B - 1, "\xe2\x82\xac", TRUE, TRUE },
    { B, "\x82", FALSE, FALSE },                    /* a stray continuation byte on it */
    { B + 1, "\x82", TRUE, FALSE },
    { B - 1, "\xe2\x82", FALSE, FALSE },            /* cut short across it */
    { 2 * B + 77, "\xff", FALSE, FALSE },
    { 2 * B + 77, "\xff", TRUE, FALSE },           /* deep inside one long string */
    { 3 * B - 100, "\xef\xbf\xbe", TRUE, FALSE },  /* a noncharacter in the last block */
  };

  _tautan_dataset_get_counts (ds, &counts[0], &counts[1], &counts[2], &counts[3]);
  for (guint i = 0; i < N_COLUMNS; i++)
    columns[i] = _tautan_dataset_get_column (ds, i);
  str = g_bytes_get_data (columns[COL_STR], &n_str);
  g_assert_cmpuint (n_str, <, B / 2);

  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      GBytes *saved = columns[COL_STR];
      gsize size = 3 * B;
      guint8 *blob = g_malloc (size);

      g_test_message ("case %u", k);
      /* The dataset's strings, then ASCII strings of 99 bytes and a NUL,
       * or one long string, to the end. */
      memcpy (blob, str, n_str);
      for (gsize i = n_str; i < size; i++)
        blob[i] = cases[k].nul_free || (i - n_str) % 100 != 99 ? (guint8)('a' + i % 26) : '\0';
      blob[size - 1] = '\0';
      if (cases[k].bytes != NULL)
        memcpy (blob + cases[k].at, cases[k].bytes, strlen (cases[k].bytes));

      columns[COL_STR] = g_bytes_new_take (blob, size);
      g_assert_cmpint (_tautan_dataset_columns_valid (columns, counts, n_types), ==, cases[k].valid);
      g_bytes_unref (columns[COL_STR]);
      columns[COL_STR] = saved;
    }
}

/* The cache is written without waiting for the disk: a flush that would
 * fail is never made, and the cache is there for the next open. */
static void
test_no_flush (void)
{
  g_autofree char *path = copy_fixture ("extras.json");
  g_autofree char *cache = cache_file_path (path);
  g_autoptr(TautanDataset) cold = NULL;
  g_autoptr(TautanDataset) warm = NULL;

  _tautan_file_set_fault (TAUTAN_FILE_FAULT_FLUSH);
  cold = open_cached (path);
  _tautan_file_set_fault (TAUTAN_FILE_FAULT_NONE);
  g_assert_false (tautan_dataset_get_from_cache (cold));
  g_assert_true (g_file_test (cache, G_FILE_TEST_IS_REGULAR));
  warm = open_cached (path);
  g_assert_true (tautan_dataset_get_from_cache (warm));
  assert_same (cold, warm);
}

/* The JSON's columns reach the cache on a thread of their own while the
 * indexes are built: a write that fails there (the string blob fills
 * whole write chunks) costs the cache, not the open, and leaves no
 * temporary file; the next open writes it. */
static void
test_write_fails (void)
{
  g_autoptr(GString) json = NULL;
  g_autoptr(TautanDataset) padded = load_padded ("write-fails.json", 2 * TAUTAN_CACHE_WRITE_CHUNK, &json);
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "write-fails.json", NULL);
  g_autofree char *cache = cache_file_path (path);
  g_autofree char *dir = g_path_get_dirname (cache);
  g_autoptr(TautanDataset) cold = NULL;
  g_autoptr(TautanDataset) again = NULL;
  g_autoptr(TautanDataset) warm = NULL;
  g_autoptr(GDir) listing = NULL;

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, json->str, (gssize)json->len, NULL));
  _tautan_file_set_fault (TAUTAN_FILE_FAULT_WRITE);
  cold = open_cached (path);
  _tautan_file_set_fault (TAUTAN_FILE_FAULT_NONE);
  g_assert_nonnull (cold);
  g_assert_false (tautan_dataset_get_from_cache (cold));
  g_assert_false (g_file_test (cache, G_FILE_TEST_EXISTS));
  listing = g_dir_open (dir, 0, NULL);
  g_assert_nonnull (listing);
  g_assert_null (g_dir_read_name (listing));

  again = open_cached (path);
  g_assert_false (tautan_dataset_get_from_cache (again));
  warm = open_cached (path);
  g_assert_true (tautan_dataset_get_from_cache (warm));
  assert_same (padded, warm);
  assert_same (cold, warm);
}

typedef struct
{
  GMainLoop     *loop;
  GThread       *main_thread;
  const char    *cache;
  guint          n_ready;
  gboolean       cache_existed;   /* when @ready was called */
  gboolean       on_main_thread;
  TautanDataset *ready;           /* not a reference: compared only */
  TautanDataset *loaded;
} ReadyData;

static void
ready_cb (TautanDataset *dataset,
          gpointer       user_data)
{
  ReadyData *data = user_data;

  data->n_ready++;
  data->ready = dataset;
  data->cache_existed = g_file_test (data->cache, G_FILE_TEST_EXISTS);
  data->on_main_thread = g_thread_self () == data->main_thread;
}

static void
ready_loaded_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  ReadyData *data = user_data;
  g_autoptr(GError) error = NULL;

  data->loaded = tautan_dataset_load_finish (result, NULL, &error);
  g_assert_no_error (error);
  g_main_loop_quit (data->loop);
}

/* tautan_dataset_load_async_full() hands the built dataset over on the
 * loader's thread before its cache is written, and the same dataset comes
 * back once the cache is in place; from the cache there is nothing to
 * hand over early. */
static void
test_ready_before_write (void)
{
  g_autofree char *path = copy_fixture ("extras.json");
  g_autofree char *cache = cache_file_path (path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(TautanDataset) reference = NULL;
  ReadyData cold = { loop, g_thread_self (), cache, 0, FALSE, TRUE, NULL, NULL };
  ReadyData warm = { loop, g_thread_self (), cache, 0, FALSE, TRUE, NULL, NULL };

  g_remove (cache);
  tautan_dataset_load_async_full (file, TRUE, NULL, NULL, NULL, NULL, ready_cb, &cold, ready_loaded_cb, &cold);
  g_main_loop_run (loop);
  g_assert_cmpuint (cold.n_ready, ==, 1);
  g_assert_false (cold.on_main_thread);
  g_assert_false (cold.cache_existed);
  g_assert_true (cold.ready == cold.loaded);
  g_assert_false (tautan_dataset_get_from_cache (cold.loaded));
  g_assert_true (g_file_test (cache, G_FILE_TEST_EXISTS));

  tautan_dataset_load_async_full (file, TRUE, NULL, NULL, NULL, NULL, ready_cb, &warm, ready_loaded_cb, &warm);
  g_main_loop_run (loop);
  g_assert_cmpuint (warm.n_ready, ==, 0);
  g_assert_true (tautan_dataset_get_from_cache (warm.loaded));
  assert_same (cold.loaded, warm.loaded);

  reference = open_cached (path);
  assert_same (reference, cold.loaded);
  g_clear_object (&cold.loaded);
  g_clear_object (&warm.loaded);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/tautan/cache/fresh-stale-corrupt", test_cache);
  g_test_add_func ("/tautan/cache/disabled", test_no_cache);
  g_test_add_func ("/tautan/cache/same-size-edit", test_same_size_edit);
  g_test_add_func ("/tautan/cache/touched-keeps-cache", test_touched_keeps_cache);
  g_test_add_func ("/tautan/cache/large-edit-in-the-middle", test_large_edit_in_the_middle);
  g_test_add_func ("/tautan/cache/forged-columns", test_forged_columns);
  g_test_add_func ("/tautan/cache/key", test_key);
  g_test_add_func ("/tautan/cache/stamp", test_stamp);
  g_test_add_func ("/tautan/cache/layout", test_layout);
  g_test_add_func ("/tautan/cache/chunked-write", test_chunked_write);
  g_test_add_func ("/tautan/cache/utf8-blocks", test_utf8_blocks);
  g_test_add_func ("/tautan/cache/no-flush", test_no_flush);
  g_test_add_func ("/tautan/cache/write-fails", test_write_fails);
  g_test_add_func ("/tautan/cache/ready-before-write", test_ready_before_write);

  return g_test_run ();
}
