/* tautan-cli.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-cli"

#include "config.h"

#include <gio/gio.h>

#include "tautan/tautan-cli.h"
#include "tautan/tautan-dataset.h"
#include "tautan/tautan-diagnostic.h"

/* Sub-commands never touch GTK, so they run with no display (in CI, over
 * ssh, as a map step of a cluster job) and are never forwarded to a
 * running instance of the app. */

typedef struct
{
  const char *name;
  int       (*run) (int argc, char **argv);
  const char *summary;
} Command;

static const Command commands[] = {
  { "validate", tautan_cli_validate, "Check dataset files and print every problem found" },
  { "bench", tautan_cli_bench, "Run benchmarks (bench layout --edges FILE)" },
  { "export", tautan_cli_export, "Export a picture of a dataset (PNG, SVG, PDF)" },
  { "briefing", tautan_cli_briefing, "Write a briefing PDF of a workspace's saved views" },
  { "import", tautan_cli_import, "Turn GDELT or ICEWS event files into a dataset" },
};

gboolean
tautan_cli_is_command (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_strcmp0 (commands[i].name, name) == 0)
      return TRUE;
  return FALSE;
}

int
tautan_cli_run (int    argc,
                char **argv)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_strcmp0 (commands[i].name, argv[0]) == 0)
      return commands[i].run (argc, argv);

  g_printerr ("tautan: unknown command “%s”\n", argv[0]);
  return 2;
}

int
tautan_cli_validate (int    argc,
                     char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  gboolean quiet = FALSE;
  int status = 0;
  const GOptionEntry entries[] = {
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, "Print only problems", NULL },
    { NULL }
  };

  context = g_option_context_new ("FILE… — check Tautan dataset files");
  g_option_context_set_summary (context,
                                "Loads each dataset as the app would and prints every problem as\n"
                                "FILE:LINE:COLUMN: error: $.json.path: reason. Exits 1 if any file has a problem.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("tautan validate: %s\n", error->message);
      return 2;
    }
  if (argc < 2)
    {
      g_printerr ("tautan validate: no file given (try “tautan validate --help”)\n");
      return 2;
    }

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[i]);
      g_autoptr(GPtrArray) diagnostics = NULL;
      g_autoptr(GError) local_error = NULL;
      g_autoptr(TautanDataset) dataset = NULL;

      dataset = tautan_dataset_load_file (file, FALSE, NULL, NULL, NULL, &diagnostics, &local_error);
      if (dataset == NULL)
        {
          status = 1;
          if (diagnostics != NULL && diagnostics->len > 0)
            {
              for (guint k = 0; k < diagnostics->len; k++)
                {
                  TautanDiagnostic *d = g_ptr_array_index (diagnostics, k);
                  g_autofree char *line = NULL;

                  /* Name the file as the user did, not as an absolute path. */
                  g_free (d->file);
                  d->file = g_strdup (argv[i]);
                  line = tautan_diagnostic_format (d);
                  g_printerr ("%s\n", line);
                }
            }
          else
            g_printerr ("%s: error: %s\n", argv[i], local_error->message);
          continue;
        }

      if (!quiet)
        {
          TautanTimeSpan span = tautan_dataset_get_span (dataset);
          g_autofree char *from = tautan_day_format (span.from);
          g_autofree char *to = tautan_day_format (span.to);

          g_print ("%s: ok: %u sources, %u entities, %u events, %u quotes",
                   argv[i],
                   tautan_dataset_get_n_sources (dataset),
                   tautan_dataset_get_n_entities (dataset),
                   tautan_dataset_get_n_events (dataset),
                   tautan_dataset_get_n_quotes (dataset));
          if (tautan_dataset_get_n_events (dataset) > 0)
            g_print (", %s to %s", from, to);
          g_print ("\n");
        }
    }

  return status;
}
