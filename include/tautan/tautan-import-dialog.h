/* tautan-import-dialog.h: File › Import Events…, GDELT and ICEWS files to a dataset
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tautan/tautan-import.h"

G_BEGIN_DECLS

#define TAUTAN_TYPE_IMPORT_DIALOG (tautan_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (TautanImportDialog, tautan_import_dialog, TAUTAN, IMPORT_DIALOG, AdwWindow)

TautanImportDialog *tautan_import_dialog_new          (GtkWindow            *parent);
void                tautan_import_dialog_set_files    (TautanImportDialog   *self,
                                                       GFile * const        *files,
                                                       guint                 n_files);
void                tautan_import_dialog_set_database (TautanImportDialog   *self,
                                                       TautanImportDatabase  database);

G_END_DECLS
