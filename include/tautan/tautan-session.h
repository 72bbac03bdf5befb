/* tautan-session.h: one analysis of one dataset, and its history of edits
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "tautan/tautan-dataset.h"
#include "tautan/tautan-filter.h"
#include "tautan/tautan-layout.h"
#include "tautan/tautan-saved-view.h"
#include "tautan/tautan-slice.h"
#include "tautan/tautan-workspace.h"

G_BEGIN_DECLS

#define TAUTAN_SESSION_ERROR (tautan_session_error_quark ())

typedef enum
{
  TAUTAN_SESSION_ERROR_NO_DATASET = 1,   /* a workspace that names no dataset */
  TAUTAN_SESSION_ERROR_NESTED_WORKSPACE, /* a workspace that names a workspace */
} TautanSessionError;

GQuark tautan_session_error_quark (void);

/* What is selected: an entity, or an edge source → target (entity
 * indices), or nothing (all TAUTAN_NONE). */
typedef struct
{
  guint entity;
  guint source;
  guint target;
} TautanSelection;

#define TAUTAN_TYPE_SELECTION (tautan_selection_get_type ())
GType            tautan_selection_get_type (void) G_GNUC_CONST;
TautanSelection *tautan_selection_copy     (const TautanSelection *selection);
void             tautan_selection_free     (TautanSelection       *selection);

static inline gboolean
tautan_selection_equal (const TautanSelection *a,
                        const TautanSelection *b)
{
  return a->entity == b->entity && a->source == b->source && a->target == b->target;
}

/* Two periods compared ("what changed" from @before to @after). */
typedef struct
{
  TautanTimeSpan before;
  TautanTimeSpan after;
} TautanComparison;

#define TAUTAN_TYPE_COMPARISON (tautan_comparison_get_type ())
GType             tautan_comparison_get_type (void) G_GNUC_CONST;
TautanComparison *tautan_comparison_copy     (const TautanComparison *comparison);
void              tautan_comparison_free     (TautanComparison       *comparison);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TautanComparison, tautan_comparison_free)

#define TAUTAN_TYPE_SESSION (tautan_session_get_type ())

G_DECLARE_FINAL_TYPE (TautanSession, tautan_session, TAUTAN, SESSION, GObject)

TautanSession   *tautan_session_new                  (TautanDataset         *dataset);
TautanDataset   *tautan_session_get_dataset          (TautanSession         *self);
TautanLayout    *tautan_session_get_layout           (TautanSession         *self);
GFile           *tautan_session_get_file             (TautanSession         *self);

/* The time span shown ("span", "cumulative") and what it holds ("slice",
 * computed when first asked for after a change). Not edits: moving the
 * time span is exploring, it is neither undone nor saved. */
TautanTimeSpan   tautan_session_get_span             (TautanSession         *self);
void             tautan_session_set_span             (TautanSession         *self,
                                                      const TautanTimeSpan  *span);
gboolean         tautan_session_get_cumulative       (TautanSession         *self);
void             tautan_session_set_cumulative       (TautanSession         *self,
                                                      gboolean               cumulative);
TautanSlice     *tautan_session_get_slice            (TautanSession         *self);

/* The selection ("selection"): not an edit either. */
void             tautan_session_get_selection        (TautanSession         *self,
                                                      TautanSelection       *selection);
guint            tautan_session_get_selected_entity  (TautanSession         *self);
gboolean         tautan_session_get_selected_edge    (TautanSession         *self,
                                                      guint                 *source,
                                                      guint                 *target);
void             tautan_session_select_entity        (TautanSession         *self,
                                                      guint                  entity);
void             tautan_session_select_edge          (TautanSession         *self,
                                                      guint                  source,
                                                      guint                  target);
void             tautan_session_clear_selection      (TautanSession         *self);

/* Filters (edits). Kinds are a bit per TautanEntityKind ("hidden-kinds");
 * event types a set of type ids ("hidden-types") that grows with the
 * taxonomy and keeps ids this dataset's taxonomy does not know. */
guint32          tautan_session_get_hidden_kinds     (TautanSession         *self);
void             tautan_session_set_hidden_kinds     (TautanSession         *self,
                                                      guint32                kinds);
gboolean         tautan_session_get_kind_hidden      (TautanSession         *self,
                                                      TautanEntityKind       kind);
void             tautan_session_set_kind_hidden      (TautanSession         *self,
                                                      TautanEntityKind       kind,
                                                      gboolean               hidden);
gboolean         tautan_session_get_type_hidden      (TautanSession         *self,
                                                      guint                  type);
void             tautan_session_set_type_hidden      (TautanSession         *self,
                                                      guint                  type,
                                                      gboolean               hidden);
char           **tautan_session_dup_hidden_types     (TautanSession         *self);
void             tautan_session_set_hidden_types     (TautanSession         *self,
                                                      const char * const    *types);
void             tautan_session_get_hidden_type_mask (TautanSession         *self,
                                                      TautanTypeMask        *mask);

/* Node positions (edits): moving a node pins it; "positions-changed"
 * says which node the session moved (TAUTAN_NONE: several). */
gboolean         tautan_session_get_pinned           (TautanSession         *self,
                                                      guint                  entity);
void             tautan_session_move_node            (TautanSession         *self,
                                                      guint                  entity,
                                                      TautanPoint            point);
void             tautan_session_unpin_node           (TautanSession         *self,
                                                      guint                  entity);
void             tautan_session_unpin_all            (TautanSession         *self);
guint            tautan_session_get_n_kept_positions (TautanSession         *self);

/* Saved views (edits), in presentation order. The model is read-only:
 * change views through these calls so each change can be undone. */
GListModel      *tautan_session_get_views            (TautanSession         *self);
TautanSavedView *tautan_session_capture_view         (TautanSession         *self,
                                                      const char            *name);
void             tautan_session_add_view             (TautanSession         *self,
                                                      TautanSavedView       *view);
void             tautan_session_remove_view          (TautanSession         *self,
                                                      guint                  position);
void             tautan_session_move_view            (TautanSession         *self,
                                                      guint                  position,
                                                      guint                  to);
void             tautan_session_rename_view          (TautanSession         *self,
                                                      guint                  position,
                                                      const char            *name);
void             tautan_session_update_view          (TautanSession         *self,
                                                      guint                  position,
                                                      TautanSavedView       *values);
/* Goes to @view: its span, mode and selection, and (one undoable step)
 * its roll-up and comparison; "view-applied" lets the canvas move its
 * camera. */
void             tautan_session_apply_view           (TautanSession         *self,
                                                      TautanSavedView       *view);

/* History: every edit above is one step, or one per begin/end pair.
 * "modified" is whether the present differs from what was last saved. */
void             tautan_session_begin_edit           (TautanSession         *self);
void             tautan_session_end_edit             (TautanSession         *self);
gboolean         tautan_session_get_can_undo         (TautanSession         *self);
gboolean         tautan_session_get_can_redo         (TautanSession         *self);
gboolean         tautan_session_undo                 (TautanSession         *self);
gboolean         tautan_session_redo                 (TautanSession         *self);
gboolean         tautan_session_get_modified         (TautanSession         *self);

/* The workspace is the session's serialisation. */
GFile           *tautan_session_check_workspace      (TautanWorkspace       *workspace,
                                                      GError               **error);
void             tautan_session_apply_workspace      (TautanSession         *self,
                                                      TautanWorkspace       *workspace);
TautanWorkspace *tautan_session_to_workspace         (TautanSession         *self);
gboolean         tautan_session_save                 (TautanSession         *self,
                                                      GFile                 *file,
                                                      GError               **error);
void             tautan_session_mark_recovered       (TautanSession         *self,
                                                      GFile                 *file,
                                                      gboolean               modified);

/* The composed event filter ("filter"), an edit like the others. */
TautanFilter    *tautan_session_get_filter           (TautanSession         *self);
void             tautan_session_set_filter           (TautanSession         *self,
                                                      TautanFilter          *filter);
/* Curation: an edited dataset (tautan-dataset-edit.h) replaces the
 * present one as one step; "dataset-modified" until saved. */
void             tautan_session_replace_dataset      (TautanSession         *self,
                                                      TautanDataset         *dataset);
gboolean         tautan_session_get_dataset_modified (TautanSession         *self);
void             tautan_session_mark_dataset_recovered (TautanSession       *self,
                                                        GFile               *file,
                                                        gboolean             read_only);
gboolean         tautan_session_save_dataset         (TautanSession         *self,
                                                      GFile                 *file,
                                                      GError               **error);

/* The roll-up by affiliation ("rollup") and the groups drawn open
 * ("rollup-expanded", entity ids): edits, saved in the workspace. */
gboolean         tautan_session_get_rollup           (TautanSession         *self);
void             tautan_session_set_rollup           (TautanSession         *self,
                                                      gboolean               rollup);
gboolean         tautan_session_get_group_expanded   (TautanSession         *self,
                                                      guint                  entity);
void             tautan_session_set_group_expanded   (TautanSession         *self,
                                                      guint                  entity,
                                                      gboolean               expanded);
GHashTable      *tautan_session_dup_expanded_groups  (TautanSession         *self);

/* What changed between two periods ("comparison", NULL when none): an
 * edit, undoable and saved in the workspace and its views. The canvas
 * draws the edges of either period coloured by their change meanwhile. */
gboolean         tautan_session_get_comparison       (TautanSession         *self,
                                                      TautanTimeSpan        *before,
                                                      TautanTimeSpan        *after);
void             tautan_session_set_comparison       (TautanSession         *self,
                                                      const TautanTimeSpan  *before,
                                                      const TautanTimeSpan  *after);
void             tautan_session_clear_comparison     (TautanSession         *self);

G_END_DECLS
