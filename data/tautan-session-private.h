/* tautan-session-private.h: the session's history of edits
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tautan/tautan-session.h"
#include "tautan/tautan-slice-cursor.h"

G_BEGIN_DECLS

/* How tautan_session_get_slice() answered a window, for tests. */
typedef enum
{
  TAUTAN_SESSION_SLICE_FRESH,    /* tautan_slice_new(): a first window or a big step */
  TAUTAN_SESSION_SLICE_PATCHED,  /* the cursor's delta, patched onto the slice before */
  TAUTAN_SESSION_SLICE_COPIED,   /* the cursor took another route: its answer copied */
  TAUTAN_SESSION_SLICE_RESEAT,   /* the cursor made, or brought to the window before */
  TAUTAN_SESSION_N_SLICE_ROUTES,
} TautanSessionSliceRoute;

/* One reversible change of the session's state. An edit records its
 * change once it is made; undo applies it backwards, redo forwards. A new
 * kind of edit is a new class: that is all it takes to make it undoable
 * and to mark the session modified. */
typedef struct _TautanSessionChange TautanSessionChange;

typedef struct
{
  const char *name;
  /* Puts the session in the state before (@undo) or after the change. */
  void      (*apply)  (TautanSessionChange *change,
                       TautanSession       *session,
                       gboolean             undo);
  /* Folds @next (same class) into @change when both belong to one step,
   * so a drag of a node is one change, not hundreds. */
  gboolean  (*merge)  (TautanSessionChange *change,
                       TautanSessionChange *next);
  void      (*free)   (TautanSessionChange *change);
} TautanSessionChangeClass;

struct _TautanSessionChange
{
  const TautanSessionChangeClass *klass;
};

/* Undo and redo stacks of steps, each a list of changes. */
typedef struct _TautanSessionHistory TautanSessionHistory;

TautanSessionHistory *_tautan_session_history_new      (void);
void                  _tautan_session_history_free     (TautanSessionHistory *history);
void                  _tautan_session_history_clear    (TautanSessionHistory *history);
void                  _tautan_session_history_begin    (TautanSessionHistory *history);
/* Returns whether a step was closed (the outermost end). */
gboolean              _tautan_session_history_end      (TautanSessionHistory *history);
/* Takes @change; returns FALSE (and frees it) while undoing or redoing. */
gboolean              _tautan_session_history_record   (TautanSessionHistory *history,
                                                        TautanSessionChange  *change);
gboolean              _tautan_session_history_can_undo (TautanSessionHistory *history);
gboolean              _tautan_session_history_can_redo (TautanSessionHistory *history);
gboolean              _tautan_session_history_step     (TautanSessionHistory *history,
                                                        TautanSession        *session,
                                                        gboolean              undo);
gboolean              _tautan_session_history_is_replaying (TautanSessionHistory *history);
/* Where the present stands: equal serials are equal states. */
guint64               _tautan_session_history_get_serial (TautanSessionHistory *history);
guint                 _tautan_session_history_get_n_undo (TautanSessionHistory *history);

gboolean              _tautan_session_history_changed_since (TautanSessionHistory           *history,
                                                             guint64                         serial,
                                                             const TautanSessionChangeClass *ignore);

/* For tests: how many steps undo can go back. */
guint                 _tautan_session_get_n_undo       (TautanSession        *self);
/* For tests: the cursor small steps' slices come from; NULL until the
 * first small step of a dataset. */
TautanSliceCursor    *_tautan_session_get_cursor       (TautanSession        *self);
/* For tests: how tautan_session_get_slice() answered, counted by route. */
guint                 _tautan_session_get_slice_routes (TautanSession          *self,
                                                        TautanSessionSliceRoute route);

G_END_DECLS
