/* fuzz-dataset.c: libFuzzer target for the loader (scanner + json-glib + model)
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tautan/tautan-dataset.h"

int LLVMFuzzerTestOneInput (const guint8 *data, gsize size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        gsize         size)
{
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(TautanDataset) dataset = NULL;

  /* Any input: a dataset or diagnostics, never a crash. */
  dataset = tautan_dataset_load_data ((const char *)data, size, "fuzz.json", NULL, &diagnostics, NULL);
  g_assert (dataset != NULL || diagnostics->len > 0);

  return 0;
}
