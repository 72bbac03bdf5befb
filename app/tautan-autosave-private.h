/* tautan-autosave-private.h: what tests ask of an autosave
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tautan/tautan-autosave.h"

G_BEGIN_DECLS

/* Whether a thread is writing the dataset's copy (until its result is
 * taken on the main thread). */
gboolean _tautan_autosave_get_copying (TautanAutosave *self);

G_END_DECLS
