/* tautan-pair-set.h: a set of directed entity pairs, for the render layer
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Open addressing over (source << 32 | target); 0 marks a free slot,
 * which no edge is, since self-loops are left out. Small and hot: kept
 * inline, shared by the scene and the exporters. */
typedef struct
{
  guint64 *slots;
  guint    mask;
} TautanPairSet;

static inline guint
_tautan_pair_hash (guint64 key,
                   guint   mask)
{
  return (guint)((key * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >> 40) & mask;
}

static inline void
_tautan_pair_set_init (TautanPairSet *set,
                       const guint64 *keys,
                       guint          n)
{
  guint size = 16;

  while (size < n * 2)
    size <<= 1;
  set->slots = g_new0 (guint64, size);
  set->mask = size - 1;
  for (guint i = 0; i < n; i++)
    {
      guint h = _tautan_pair_hash (keys[i], set->mask);

      while (set->slots[h] != 0 && set->slots[h] != keys[i])
        h = (h + 1) & set->mask;
      set->slots[h] = keys[i];
    }
}

static inline gboolean
_tautan_pair_set_contains (const TautanPairSet *set,
                           guint64              key)
{
  for (guint h = _tautan_pair_hash (key, set->mask); set->slots[h] != 0; h = (h + 1) & set->mask)
    if (set->slots[h] == key)
      return TRUE;
  return FALSE;
}

static inline void
_tautan_pair_set_clear (TautanPairSet *set)
{
  g_clear_pointer (&set->slots, g_free);
}

G_END_DECLS
