/* tautan-map-guard-private.h: reading a mapped file that may be cut short
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A file mapped into memory and truncated by another program while it is
 * read (a copy over it, a shell's `>`) kills the reader with SIGBUS on the
 * first page past its new end. While a range is guarded, such a page reads
 * as zeros instead and the guard records it, so the reader can finish and
 * say the file changed rather than crash. */
typedef struct _TautanMapGuard TautanMapGuard;

TautanMapGuard *_tautan_map_guard_begin   (const void     *data,
                                           gsize           len);
gboolean        _tautan_map_guard_end     (TautanMapGuard *guard);

G_END_DECLS
