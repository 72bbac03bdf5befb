/* fuzz-cache-seed.c: writes the cache of a dataset, as a seed for fuzz-cache
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tautan/tautan-diagnostic.h"

#include "tautan-dataset-private.h"

/* Run by the build, so the seeds always have the current cache format:
 * fuzz-cache-seed DATASET.json OUT.cache */
int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(TautanDataset) dataset = NULL;
  g_autoptr(GBytes) cache = NULL;
  g_autofree char *data = NULL;
  gsize len;

  if (argc != 3)
    {
      g_printerr ("usage: %s DATASET.json OUT.cache\n", argv[0]);
      return 2;
    }
  if (!g_file_get_contents (argv[1], &data, &len, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  file = g_file_new_for_path (argv[1]);
  folder = g_file_get_parent (file);
  dataset = tautan_dataset_load_data (data, len, argv[1], folder, &diagnostics, &error);
  if (dataset == NULL)
    {
      g_autofree char *problems = tautan_diagnostics_format (diagnostics, 5);

      g_printerr ("%s\n%s\n", error->message, problems);
      return 1;
    }
  cache = _tautan_dataset_cache_build (dataset, file, len, _tautan_dataset_content_hash (data, len), NULL);
  if (!g_file_set_contents (argv[2], g_bytes_get_data (cache, NULL), (gssize)g_bytes_get_size (cache), &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  return 0;
}
