/* tautan-presentation.h: the saved views as slides, full screen
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "tautan/tautan-session.h"

G_BEGIN_DECLS

#define TAUTAN_TYPE_PRESENTATION (tautan_presentation_get_type ())

G_DECLARE_FINAL_TYPE (TautanPresentation, tautan_presentation, TAUTAN, PRESENTATION, GtkWidget)

/* An overlay over the canvas: a caption per slide and the key quotes of
 * its selection. "active" says whether it presents; the window hides its
 * chrome and goes full screen while it does. */
GtkWidget     *tautan_presentation_new         (void);
TautanSession *tautan_presentation_get_session (TautanPresentation *self);
void           tautan_presentation_set_session (TautanPresentation *self,
                                                TautanSession      *session);
gboolean       tautan_presentation_get_active  (TautanPresentation *self);
/* The saved view shown (0-based), or -1 when not presenting. */
int            tautan_presentation_get_slide   (TautanPresentation *self);
/* Returns FALSE when there is no view to show. */
gboolean       tautan_presentation_start       (TautanPresentation *self);
void           tautan_presentation_show_slide  (TautanPresentation *self,
                                                int                 slide);
void           tautan_presentation_stop        (TautanPresentation *self);

G_END_DECLS
