/* tautan-bench-gen.h: deterministic synthetic datasets for the benchmarks
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Writes a valid Tautan dataset of @n_events events and @n_entities
 * entities to @path. The same arguments always give the same bytes. */
gboolean tautan_bench_gen_write (const char *path,
                                 guint       n_events,
                                 guint       n_entities,
                                 guint64     seed,
                                 GError    **error);

G_END_DECLS
