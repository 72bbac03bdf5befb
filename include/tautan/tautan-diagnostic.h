/* tautan-diagnostic.h: one problem found in an input file
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct
{
  char  *file;     /* as the user named it */
  guint  line;     /* 1-based; 0 when unknown */
  guint  column;   /* 1-based, in characters; 0 when unknown */
  char  *path;     /* JSON path such as "$.events[12].actors[1]", or NULL */
  char  *message;  /* the reason, one line */
} TautanDiagnostic;

#define TAUTAN_TYPE_DIAGNOSTIC (tautan_diagnostic_get_type ())

GType             tautan_diagnostic_get_type (void) G_GNUC_CONST;
TautanDiagnostic *tautan_diagnostic_new      (const char             *file,
                                              guint                   line,
                                              guint                   column,
                                              const char             *path,
                                              const char             *message);
TautanDiagnostic *tautan_diagnostic_copy     (const TautanDiagnostic *diagnostic);
void              tautan_diagnostic_free     (TautanDiagnostic       *diagnostic);
char             *tautan_diagnostic_format   (const TautanDiagnostic *diagnostic);
char             *tautan_diagnostics_format  (GPtrArray              *diagnostics,
                                              guint                   max_lines);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TautanDiagnostic, tautan_diagnostic_free)

G_END_DECLS
