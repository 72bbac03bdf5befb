/* tautan-diagnostic.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-diagnostic"

#include "config.h"

#include "tautan/tautan-diagnostic.h"

G_DEFINE_BOXED_TYPE (TautanDiagnostic, tautan_diagnostic, tautan_diagnostic_copy, tautan_diagnostic_free)

TautanDiagnostic *
tautan_diagnostic_new (const char *file,
                       guint       line,
                       guint       column,
                       const char *path,
                       const char *message)
{
  TautanDiagnostic *self = g_new0 (TautanDiagnostic, 1);

  self->file = g_strdup (file);
  self->line = line;
  self->column = column;
  self->path = g_strdup (path);
  self->message = g_strdup (message);

  return self;
}

TautanDiagnostic *
tautan_diagnostic_copy (const TautanDiagnostic *diagnostic)
{
  return tautan_diagnostic_new (diagnostic->file, diagnostic->line, diagnostic->column,
                                diagnostic->path, diagnostic->message);
}

void
tautan_diagnostic_free (TautanDiagnostic *diagnostic)
{
  if (diagnostic == NULL)
    return;

  g_free (diagnostic->file);
  g_free (diagnostic->path);
  g_free (diagnostic->message);
  g_free (diagnostic);
}

/**
 * tautan_diagnostic_format:
 *
 * Formats as compilers do, so editors and terminals can jump to it:
 * `file:line:col: error: $.path: reason`, or `file: error: $.path: reason`
 * when no position is known.
 *
 * Returns: (transfer full): one line, without a newline.
 */
char *
tautan_diagnostic_format (const TautanDiagnostic *diagnostic)
{
  GString *str = g_string_new (diagnostic->file ? diagnostic->file : "<input>");

  if (diagnostic->line > 0)
    g_string_append_printf (str, ":%u:%u", diagnostic->line, MAX (diagnostic->column, 1));
  g_string_append (str, ": error: ");
  if (diagnostic->path != NULL)
    g_string_append_printf (str, "%s: ", diagnostic->path);
  g_string_append (str, diagnostic->message);

  return g_string_free (str, FALSE);
}

/* Joins the first @max_lines diagnostics (0 for all), saying how many more
 * were left out, for dialogs that must stay readable. */
char *
tautan_diagnostics_format (GPtrArray *diagnostics,
                           guint      max_lines)
{
  GString *str = g_string_new (NULL);
  guint n = diagnostics->len;

  if (max_lines > 0)
    n = MIN (n, max_lines);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *line = tautan_diagnostic_format (g_ptr_array_index (diagnostics, i));

      if (i > 0)
        g_string_append_c (str, '\n');
      g_string_append (str, line);
    }

  if (n < diagnostics->len)
    g_string_append_printf (str, "\n… and %u more", diagnostics->len - n);

  return g_string_free (str, FALSE);
}
