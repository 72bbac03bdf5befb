/* tautan-entity-dialog.h: the Edit Actor dialog
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tautan/tautan-dataset-edit.h"
#include "tautan/tautan-session.h"

G_BEGIN_DECLS

#define TAUTAN_TYPE_ENTITY_DIALOG (tautan_entity_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TautanEntityDialog, tautan_entity_dialog, TAUTAN, ENTITY_DIALOG, AdwWindow)

/* Starts the edit Save asks for (on a worker thread, say) and later calls
 * tautan_entity_dialog_finish(); or returns %FALSE with @error when it
 * cannot start. */
typedef gboolean (*TautanEntityDialogSaveFunc) (TautanEntityDialog        *dialog,
                                                const char                *id,
                                                const TautanEntityValues  *values,
                                                gpointer                   user_data,
                                                GError                   **error);

TautanEntityDialog *tautan_entity_dialog_new           (GtkWindow                  *parent,
                                                        TautanSession              *session,
                                                        guint                       entity);
void                tautan_entity_dialog_set_save_func (TautanEntityDialog         *self,
                                                        TautanEntityDialogSaveFunc  func,
                                                        gpointer                    user_data);
void                tautan_entity_dialog_finish        (TautanEntityDialog         *self,
                                                        const GError               *error);
/* Applies the dialog as Save does; for tests. */
gboolean            tautan_entity_dialog_save          (TautanEntityDialog         *self);

G_END_DECLS
