/* tautan-saved-view.h: a named view of a workspace
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "tautan/tautan-date.h"

G_BEGIN_DECLS

#define TAUTAN_TYPE_SAVED_VIEW (tautan_saved_view_get_type ())

G_DECLARE_FINAL_TYPE (TautanSavedView, tautan_saved_view, TAUTAN, SAVED_VIEW, GObject)

/* Entities are named by their dataset ids, so a view survives edits of
 * the dataset that renumber its tables. */
TautanSavedView *tautan_saved_view_new             (const char           *name);
TautanSavedView *tautan_saved_view_copy            (TautanSavedView      *self);
void             tautan_saved_view_assign          (TautanSavedView      *self,
                                                    TautanSavedView      *from);
gboolean         tautan_saved_view_equal           (TautanSavedView      *a,
                                                    TautanSavedView      *b);
const char      *tautan_saved_view_get_name        (TautanSavedView      *self);
void             tautan_saved_view_set_name        (TautanSavedView      *self,
                                                    const char           *name);
const char      *tautan_saved_view_get_title       (TautanSavedView      *self);
void             tautan_saved_view_set_title       (TautanSavedView      *self,
                                                    const char           *title);
const char      *tautan_saved_view_get_note        (TautanSavedView      *self);
void             tautan_saved_view_set_note        (TautanSavedView      *self,
                                                    const char           *note);
/* A handling marking ("UNCLASSIFIED", "INTERNAL", free text) or NULL. */
const char      *tautan_saved_view_get_marking     (TautanSavedView      *self);
void             tautan_saved_view_set_marking     (TautanSavedView      *self,
                                                    const char           *marking);
TautanTimeSpan   tautan_saved_view_get_span        (TautanSavedView      *self);
gboolean         tautan_saved_view_get_cumulative  (TautanSavedView      *self);
void             tautan_saved_view_set_window      (TautanSavedView      *self,
                                                    const TautanTimeSpan *span,
                                                    gboolean              cumulative);
void             tautan_saved_view_get_camera      (TautanSavedView      *self,
                                                    double               *zoom,
                                                    double               *center_x,
                                                    double               *center_y);
void             tautan_saved_view_set_camera      (TautanSavedView      *self,
                                                    double                zoom,
                                                    double                center_x,
                                                    double                center_y);
gboolean         tautan_saved_view_has_camera      (TautanSavedView      *self);
/* The selection: an entity id, or an edge source → target ids, or none. */
const char      *tautan_saved_view_get_entity      (TautanSavedView      *self);
void             tautan_saved_view_get_edge        (TautanSavedView      *self,
                                                    const char          **source,
                                                    const char          **target);
void             tautan_saved_view_select_entity   (TautanSavedView      *self,
                                                    const char           *entity);
void             tautan_saved_view_select_edge     (TautanSavedView      *self,
                                                    const char           *source,
                                                    const char           *target);

/* The roll-up by affiliation the view shows, and its open groups. */
gboolean         tautan_saved_view_get_rollup      (TautanSavedView      *self,
                                                    const char * const  **expanded);
void             tautan_saved_view_set_rollup      (TautanSavedView      *self,
                                                    gboolean              rollup,
                                                    const char * const   *expanded);

/* The periods the view compares ("what changed"), or none. */
gboolean         tautan_saved_view_get_comparison  (TautanSavedView      *self,
                                                    TautanTimeSpan       *before,
                                                    TautanTimeSpan       *after);
/* @before and @after both, or both NULL: no comparison. */
void             tautan_saved_view_set_comparison  (TautanSavedView      *self,
                                                    const TautanTimeSpan *before,
                                                    const TautanTimeSpan *after);

G_END_DECLS
