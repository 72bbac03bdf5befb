/* tautan-count.h: counts written for people, with the digit grouping of
 * the user's locale ("1,000,000 events", "1.000.000 peristiwa")
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *tautan_count_format (guint64 n);

G_END_DECLS
