/* tautan-sort-private.h: comparators shared by the data layer's sorts
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>

#include <glib.h>

G_BEGIN_DECLS

/* For g_ptr_array_sort () and qsort () over arrays of C strings. */
static inline int
_tautan_compare_string_ptrs (gconstpointer a,
                             gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

G_END_DECLS
