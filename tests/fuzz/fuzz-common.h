/* fuzz-common.h: what every fuzz target shares
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "tautan/tautan-dataset.h"

G_BEGIN_DECLS

/* libFuzzer's entry points; fuzz-main.c calls them the same way. */
int  LLVMFuzzerInitialize   (int            *argc,
                             char         ***argv);
int  LLVMFuzzerTestOneInput (const guint8   *data,
                             gsize           size);

/* Reads everything a dataset holds through its public API, as the side
 * panel, the exporter and the briefing do: a dataset that loaded, from
 * JSON or from a cache, must survive it. */
void fuzz_walk_dataset      (TautanDataset  *dataset);

G_END_DECLS
