/* fuzz-dataset.c: libFuzzer target for the dataset loader and writer
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tautan/tautan-diagnostic.h"

#include "fuzz-common.h"

/* Any bytes: a dataset or a list of problems, never a crash. A dataset
 * that loads must then read through (fuzz_walk_dataset), save, and load
 * again from what was saved, to the same bytes. */
int
LLVMFuzzerTestOneInput (const guint8 *data,
                        gsize         size)
{
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GPtrArray) diagnostics2 = NULL;
  g_autoptr(TautanDataset) dataset = NULL;
  g_autoptr(TautanDataset) again = NULL;
  g_autofree char *json = NULL;
  g_autofree char *json2 = NULL;
  gsize len, len2;

  dataset = tautan_dataset_load_data ((const char *)data, size, "fuzz.json", NULL, &diagnostics, NULL);
  g_assert (dataset != NULL || diagnostics->len > 0);
  if (dataset == NULL)
    return 0;

  fuzz_walk_dataset (dataset);

  json = tautan_dataset_to_json (dataset, &len);
  again = tautan_dataset_load_data (json, len, "saved.json", NULL, &diagnostics2, NULL);
  if (again == NULL)
    {
      g_autofree char *problems = tautan_diagnostics_format (diagnostics2, 5);

      g_error ("a saved dataset does not load:\n%s", problems);
    }
  json2 = tautan_dataset_to_json (again, &len2);
  g_assert (len == len2 && memcmp (json, json2, len) == 0);

  return 0;
}
