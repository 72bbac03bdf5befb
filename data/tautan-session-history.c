/* tautan-session-history.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-session"

#include "config.h"

#include "tautan-session-private.h"

/* The session's undo and redo stacks. A step is the changes of one user
 * action; the present is named by the serial of the last step done, so
 * "modified" compares serials and needs no copy of the saved state. */

#define MAX_STEPS 100

typedef struct
{
  GPtrArray *changes;   /* TautanSessionChange, in the order they were made */
  guint64    serial;
} Step;

struct _TautanSessionHistory
{
  GPtrArray *undo;          /* Step, oldest first */
  GPtrArray *redo;          /* Step, the next to redo last */
  Step      *open;          /* the step being gathered between begin and end */
  guint64    next_serial;
  guint64    base_serial;   /* the present when the undo stack is empty */
  guint      depth;
  guint      replaying : 1;
};

static void
change_free (gpointer data)
{
  TautanSessionChange *change = data;

  change->klass->free (change);
}

static Step *
step_new (void)
{
  Step *step = g_new0 (Step, 1);

  step->changes = g_ptr_array_new_with_free_func (change_free);
  return step;
}

static void
step_free (gpointer data)
{
  Step *step = data;

  g_ptr_array_unref (step->changes);
  g_free (step);
}

TautanSessionHistory *
_tautan_session_history_new (void)
{
  TautanSessionHistory *history = g_new0 (TautanSessionHistory, 1);

  history->undo = g_ptr_array_new_with_free_func (step_free);
  history->redo = g_ptr_array_new_with_free_func (step_free);
  history->next_serial = 1;
  return history;
}

void
_tautan_session_history_free (TautanSessionHistory *history)
{
  g_ptr_array_unref (history->undo);
  g_ptr_array_unref (history->redo);
  g_clear_pointer (&history->open, step_free);
  g_free (history);
}

/* Forgets every step; the present gets a serial of its own, so a state
 * saved before is not mistaken for it. */
void
_tautan_session_history_clear (TautanSessionHistory *history)
{
  g_ptr_array_set_size (history->undo, 0);
  g_ptr_array_set_size (history->redo, 0);
  history->base_serial = history->next_serial++;
}

static void
push (TautanSessionHistory *history,
      Step                 *step)
{
  step->serial = history->next_serial++;
  g_ptr_array_add (history->undo, step);
  g_ptr_array_set_size (history->redo, 0);
  if (history->undo->len > MAX_STEPS)
    {
      Step *oldest = g_ptr_array_index (history->undo, 0);

      /* The state after the oldest step becomes the floor. */
      history->base_serial = oldest->serial;
      g_ptr_array_remove_index (history->undo, 0);
    }
}

void
_tautan_session_history_begin (TautanSessionHistory *history)
{
  if (history->depth++ == 0)
    history->open = step_new ();
}

gboolean
_tautan_session_history_end (TautanSessionHistory *history)
{
  Step *step;

  g_return_val_if_fail (history->depth > 0, FALSE);

  if (--history->depth > 0)
    return FALSE;

  step = g_steal_pointer (&history->open);
  if (step->changes->len == 0)
    {
      step_free (step);
      return FALSE;
    }
  push (history, step);
  return TRUE;
}

gboolean
_tautan_session_history_record (TautanSessionHistory *history,
                                TautanSessionChange  *change)
{
  Step *step;

  if (history->replaying)
    {
      change_free (change);
      return FALSE;
    }

  if (history->open != NULL)
    {
      GPtrArray *changes = history->open->changes;
      TautanSessionChange *last = changes->len > 0 ? g_ptr_array_index (changes, changes->len - 1) : NULL;

      if (last != NULL && last->klass == change->klass && change->klass->merge != NULL &&
          change->klass->merge (last, change))
        change_free (change);
      else
        g_ptr_array_add (changes, change);
      return TRUE;
    }

  step = step_new ();
  g_ptr_array_add (step->changes, change);
  push (history, step);
  return TRUE;
}

gboolean
_tautan_session_history_can_undo (TautanSessionHistory *history)
{
  return history->undo->len > 0;
}

gboolean
_tautan_session_history_can_redo (TautanSessionHistory *history)
{
  return history->redo->len > 0;
}

gboolean
_tautan_session_history_is_replaying (TautanSessionHistory *history)
{
  return history->replaying;
}

/* Undoes the last step (changes in reverse order) or redoes the next
 * one (in order), and moves it to the other stack. */
gboolean
_tautan_session_history_step (TautanSessionHistory *history,
                              TautanSession        *session,
                              gboolean              undo)
{
  GPtrArray *from = undo ? history->undo : history->redo;
  GPtrArray *to = undo ? history->redo : history->undo;
  Step *step;

  /* Half a gesture cannot be undone. */
  if (from->len == 0 || history->depth > 0)
    return FALSE;

  step = g_ptr_array_steal_index (from, from->len - 1);
  history->replaying = TRUE;
  for (guint i = 0; i < step->changes->len; i++)
    {
      guint k = undo ? step->changes->len - 1 - i : i;
      TautanSessionChange *change = g_ptr_array_index (step->changes, k);

      change->klass->apply (change, session, undo);
    }
  history->replaying = FALSE;
  g_ptr_array_add (to, step);
  return TRUE;
}

guint64
_tautan_session_history_get_serial (TautanSessionHistory *history)
{
  if (history->undo->len == 0)
    return history->base_serial;
  return ((Step *)g_ptr_array_index (history->undo, history->undo->len - 1))->serial;
}

guint
_tautan_session_history_get_n_undo (TautanSessionHistory *history)
{
  return history->undo->len;
}

static gboolean
step_has_other (const Step                     *step,
                const TautanSessionChangeClass *ignore)
{
  for (guint i = 0; i < step->changes->len; i++)
    if (((TautanSessionChange *)g_ptr_array_index (step->changes, i))->klass != ignore)
      return TRUE;
  return FALSE;
}

/* Whether the steps between the state @serial and the present hold a
 * change of another class than @ignore: the workspace is modified by
 * what is not a dataset edit. A state the stacks no longer reach counts
 * as changed. */
gboolean
_tautan_session_history_changed_since (TautanSessionHistory           *history,
                                       guint64                         serial,
                                       const TautanSessionChangeClass *ignore)
{
  gboolean other = FALSE;

  if (_tautan_session_history_get_serial (history) == serial)
    return FALSE;

  /* Back through the undo stack: the saved state is behind us. */
  for (guint i = history->undo->len; i > 0; i--)
    {
      const Step *step = g_ptr_array_index (history->undo, i - 1);

      if (step->serial == serial)
        return other;
      other |= step_has_other (step, ignore);
    }
  if (history->base_serial == serial)
    return other;

  /* Forward through the redo stack: the saved state was undone. */
  other = FALSE;
  for (guint i = history->redo->len; i > 0; i--)
    {
      const Step *step = g_ptr_array_index (history->redo, i - 1);

      other |= step_has_other (step, ignore);
      if (step->serial == serial)
        return other;
    }
  return TRUE;
}
