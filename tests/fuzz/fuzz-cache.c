/* fuzz-cache.c: libFuzzer target for the binary cache reader
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tautan/tautan-diagnostic.h"
#include "tautan/tautan-json-scan.h"

#include "tautan-dataset-private.h"

#include "fuzz-common.h"

/* Any bytes in the user's cache folder: a dataset whose every column
 * checks out, or nothing; never a crash, here or in what reads the
 * dataset later. The key and the checksum are skipped, so the fuzzer
 * reaches the checks a forger with a recomputed checksum would face. */
int
LLVMFuzzerTestOneInput (const guint8 *data,
                        gsize         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(TautanDataset) dataset = _tautan_dataset_cache_read (bytes, NULL, FALSE);
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autofree char *json = NULL;
  gsize len;

  if (dataset == NULL)
    return 0;

  fuzz_walk_dataset (dataset);

  /* Saving what a cache held writes well-formed JSON. */
  json = tautan_dataset_to_json (dataset, &len);
  diagnostics = g_ptr_array_new_with_free_func ((GDestroyNotify)tautan_diagnostic_free);
  if (!tautan_json_scan_check (json, len, "saved.json", diagnostics))
    {
      g_autofree char *problems = tautan_diagnostics_format (diagnostics, 5);

      g_error ("a dataset from a cache saves as malformed JSON:\n%s", problems);
    }

  return 0;
}
