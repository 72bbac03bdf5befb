/* tautan-comparison-private.h: the two periods compared, or none, as the
 * session, its saved views and the workspace file each keep them
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tautan/tautan-session.h"

G_BEGIN_DECLS

/* A comparison that may be off. The periods are zero while it is off, so
 * a cleared slot never carries stale periods into a copy or a save. */
typedef struct
{
  TautanComparison periods;
  gboolean         comparing;
} TautanComparisonSlot;

/* NULL is "no comparison"; two NULLs are equal. */
static inline gboolean
_tautan_comparison_equal (const TautanComparison *a,
                          const TautanComparison *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return tautan_time_span_equal (&a->before, &b->before) &&
         tautan_time_span_equal (&a->after, &b->after);
}

/* The periods, or NULL when not comparing. */
static inline const TautanComparison *
_tautan_comparison_slot_peek (const TautanComparisonSlot *slot)
{
  return slot->comparing ? &slot->periods : NULL;
}

static inline gboolean
_tautan_comparison_slot_equal (const TautanComparisonSlot *a,
                               const TautanComparisonSlot *b)
{
  return _tautan_comparison_equal (_tautan_comparison_slot_peek (a),
                                   _tautan_comparison_slot_peek (b));
}

/* Returns whether the slot compares; @before and @after (optional) are
 * set only then. */
static inline gboolean
_tautan_comparison_slot_get (const TautanComparisonSlot *slot,
                             TautanTimeSpan             *before,
                             TautanTimeSpan             *after)
{
  if (!slot->comparing)
    return FALSE;
  if (before != NULL)
    *before = slot->periods.before;
  if (after != NULL)
    *after = slot->periods.after;
  return TRUE;
}

/* Sets @comparison, or clears the slot when NULL; returns whether that
 * changed anything. */
static inline gboolean
_tautan_comparison_slot_set (TautanComparisonSlot   *slot,
                             const TautanComparison *comparison)
{
  if (_tautan_comparison_equal (_tautan_comparison_slot_peek (slot), comparison))
    return FALSE;
  slot->comparing = comparison != NULL;
  if (comparison != NULL)
    slot->periods = *comparison;
  else
    slot->periods = (TautanComparison) { { 0, 0 }, { 0, 0 } };
  return TRUE;
}

/* As _tautan_comparison_slot_set(), from two periods: both, or both NULL. */
static inline gboolean
_tautan_comparison_slot_set_periods (TautanComparisonSlot *slot,
                                     const TautanTimeSpan *before,
                                     const TautanTimeSpan *after)
{
  TautanComparison comparison;

  g_return_val_if_fail ((before == NULL) == (after == NULL), FALSE);

  if (before == NULL)
    return _tautan_comparison_slot_set (slot, NULL);
  comparison.before = *before;
  comparison.after = *after;
  return _tautan_comparison_slot_set (slot, &comparison);
}

G_END_DECLS
