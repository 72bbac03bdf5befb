/* tautan-export-dialog.h: the options of a picture export
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tautan/tautan-export.h"
#include "tautan/tautan-interop.h"

G_BEGIN_DECLS

#define TAUTAN_TYPE_EXPORT_DIALOG (tautan_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TautanExportDialog, tautan_export_dialog, TAUTAN, EXPORT_DIALOG, AdwWindow)

TautanExportDialog *tautan_export_dialog_new         (GtkWindow                 *parent,
                                                      const char                *title,
                                                      int                        view_width,
                                                      int                        view_height);
/* The options chosen; the title string stays owned by the dialog. */
void                tautan_export_dialog_get_options (TautanExportDialog        *self,
                                                      TautanExportOptions       *options);
void                tautan_export_dialog_set_format  (TautanExportDialog        *self,
                                                      TautanExportFormat         format);
gboolean            tautan_export_dialog_get_interop (TautanExportDialog        *self,
                                                      TautanInteropOptions      *options);
const char         *tautan_export_dialog_get_extension (TautanExportDialog      *self);

G_END_DECLS
