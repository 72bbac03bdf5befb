/* tautan-entity-dialog.h: the Edit Actor dialog
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tautan/tautan-session.h"

G_BEGIN_DECLS

#define TAUTAN_TYPE_ENTITY_DIALOG (tautan_entity_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TautanEntityDialog, tautan_entity_dialog, TAUTAN, ENTITY_DIALOG, AdwWindow)

TautanEntityDialog *tautan_entity_dialog_new  (GtkWindow          *parent,
                                               TautanSession      *session,
                                               guint               entity);
/* Applies the dialog as Save does; for tests. */
gboolean            tautan_entity_dialog_save (TautanEntityDialog *self);

G_END_DECLS
