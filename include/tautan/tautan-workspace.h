/* tautan-workspace.h: a dataset's analysis: positions, filters, saved views
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

G_BEGIN_DECLS

#define TAUTAN_WORKSPACE_ERROR (tautan_workspace_error_quark ())

typedef enum
{
  TAUTAN_WORKSPACE_ERROR_INVALID = 1,
  TAUTAN_WORKSPACE_ERROR_IO,
} TautanWorkspaceError;

GQuark tautan_workspace_error_quark (void);

#define TAUTAN_TYPE_WORKSPACE (tautan_workspace_get_type ())

G_DECLARE_FINAL_TYPE (TautanWorkspace, tautan_workspace, TAUTAN, WORKSPACE, GObject)

TautanWorkspace *tautan_workspace_new               (void);
TautanWorkspace *tautan_workspace_load              (GFile            *file,
                                                     GError          **error);
TautanWorkspace *tautan_workspace_load_data         (const char       *data,
                                                     gsize             len,
                                                     const char       *display_name,
                                                     GFile            *file,
                                                     GError          **error);
gboolean         tautan_workspace_save              (TautanWorkspace  *self,
                                                     GFile            *file,
                                                     GError          **error);
char            *tautan_workspace_to_json           (TautanWorkspace  *self,
                                                     GFile            *relative_to);
GFile           *tautan_workspace_get_file          (TautanWorkspace  *self);
GFile           *tautan_workspace_get_dataset_file  (TautanWorkspace  *self);
void             tautan_workspace_set_dataset_file  (TautanWorkspace  *self,
                                                     GFile            *dataset);
/* Node positions by entity id; pinned ones are the user's. */
void             tautan_workspace_clear_positions   (TautanWorkspace  *self);
void             tautan_workspace_add_position      (TautanWorkspace  *self,
                                                     const char       *entity,
                                                     TautanPoint       point,
                                                     gboolean          pinned);
guint            tautan_workspace_get_n_positions   (TautanWorkspace  *self);
const char      *tautan_workspace_get_position      (TautanWorkspace  *self,
                                                     guint             index,
                                                     TautanPoint      *point,
                                                     gboolean         *pinned);
/* Hidden entity kinds (by kind name) and event types (by type id). */
const char * const *tautan_workspace_get_hidden_kinds (TautanWorkspace *self);
void             tautan_workspace_set_hidden_kinds  (TautanWorkspace  *self,
                                                     const char * const *kinds);
const char * const *tautan_workspace_get_hidden_types (TautanWorkspace *self);
void             tautan_workspace_set_hidden_types  (TautanWorkspace  *self,
                                                     const char * const *types);
/* The same filters as bit masks: a bit per TautanEntityKind, and a bit
 * per index in @taxonomy (the first 64 types); names it lacks are ignored. */
guint32          tautan_workspace_get_hidden_kind_mask (TautanWorkspace *self);
TautanTypeMask   tautan_workspace_get_hidden_type_mask (TautanWorkspace *self,
                                                        TautanTaxonomy  *taxonomy);
void             tautan_workspace_set_hidden_masks  (TautanWorkspace  *self,
                                                     guint32           kinds,
                                                     const TautanTypeMask *types,
                                                     TautanTaxonomy   *taxonomy);
/* The saved views (TautanSavedView), in presentation order. */
GListStore      *tautan_workspace_get_views         (TautanWorkspace  *self);
/* The composed event filter ("filters"), never NULL. */
TautanFilter    *tautan_workspace_get_filter        (TautanWorkspace  *self);
void             tautan_workspace_set_filter        (TautanWorkspace  *self,
                                                     TautanFilter     *filter);
/* The roll-up ("rollup") and its groups drawn open, by entity id
 * ("rollup_expanded"). */
gboolean         tautan_workspace_get_rollup        (TautanWorkspace  *self);
const char * const *tautan_workspace_get_expanded   (TautanWorkspace  *self);
void             tautan_workspace_set_rollup        (TautanWorkspace  *self,
                                                     gboolean            rollup,
                                                     const char * const *expanded);
/* The periods the analysis compares ("compare"), or none; set both or
 * neither (NULL). */
gboolean         tautan_workspace_get_comparison    (TautanWorkspace  *self,
                                                     TautanTimeSpan   *before,
                                                     TautanTimeSpan   *after);
void             tautan_workspace_set_comparison    (TautanWorkspace  *self,
                                                     const TautanTimeSpan *before,
                                                     const TautanTimeSpan *after);
/* Top-level members this version does not know: kept, and saved again. */
JsonObject      *tautan_workspace_get_unknown_members (TautanWorkspace *self);
void             tautan_workspace_set_unknown_members (TautanWorkspace *self,
                                                       JsonObject      *unknown);

G_END_DECLS
