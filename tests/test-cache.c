/* test-cache.c: the binary cache is used when fresh, rebuilt otherwise
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "tautan/tautan-dataset.h"
#include "tautan/tautan-slice.h"

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
    TautanEntity e;

    g_assert_true (g_file_get_contents (path, &data, NULL, NULL));
    edited = g_strjoinv ("Kim Jong-un", g_strsplit (data, "Kim Jong Un", -1));
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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/tautan/cache/fresh-stale-corrupt", test_cache);
  g_test_add_func ("/tautan/cache/disabled", test_no_cache);

  return g_test_run ();
}
