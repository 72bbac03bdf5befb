/* tautan-cli-briefing.c: `tautan briefing`, a workspace's views as a PDF
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-cli"

#include "config.h"

#include <gio/gio.h>

#include "tautan/tautan-briefing.h"
#include "tautan/tautan-cli.h"
#include "tautan/tautan-dataset.h"
#include "tautan/tautan-file.h"
#include "tautan/tautan-workspace.h"

#include "tautan-cli-private.h"

/**
 * tautan_cli_briefing:
 * @argc: the argument count, the command name first
 * @argv: the arguments
 *
 * Runs `tautan briefing WORKSPACE -o FILE`: writes a briefing PDF of the
 * workspace's saved views.
 *
 * Returns: 0 on success, 1 on failure, 2 on a usage error
 */
int
tautan_cli_briefing (int    argc,
                     char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) ws_file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *dataset_name = NULL;
  g_autofree char *problems = NULL;
  const void *data;
  gsize length;
  g_autoptr(TautanWorkspace) workspace = NULL;
  g_autoptr(TautanDataset) dataset = NULL;
  g_autofree char *output = NULL;
  g_autofree char *lang = NULL;
  g_autofree char *paper = NULL;
  g_autofree char *title = NULL;
  g_autofree char *author = NULL;
  TautanBriefingOptions options;
  GFile *dataset_file;
  const char *clash;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write the PDF to FILE (required)", "FILE" },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &paper, "Paper size: a4 (default) or letter", "SIZE" },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, "Document title (default: the dataset's)", "TEXT" },
    { "author", 0, 0, G_OPTION_ARG_STRING, &author, "Document author (default: your name)", "TEXT" },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &lang, "Language of the briefing: en or id (default: the desktop's)", "LANG" },
    { NULL }
  };

  tautan_briefing_options_init (&options);

  context = g_option_context_new ("WORKSPACE — write a briefing PDF of a workspace's saved views");
  g_option_context_set_summary (context,
                                "A title page, one page per saved view (graph, note, key quotes;\n"
                                "for a view comparing two periods, what changed, link by link)\n"
                                "and an appendix of the sources, as a PDF with bookmarks.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) ||
      (lang != NULL && !_tautan_cli_set_language (lang, &error)))
    {
      g_printerr ("tautan briefing: %s\n", error->message);
      return 2;
    }
  if (argc != 2)
    {
      g_printerr ("tautan briefing: give one workspace file (try “tautan briefing --help”)\n");
      return 2;
    }
  if (output == NULL)
    {
      g_printerr ("tautan briefing: no output file given: use -o FILE\n");
      return 2;
    }
  /* A briefing is always a PDF: a .png or .svg name would hide that. */
  if ((clash = _tautan_cli_output_clash ("pdf", output)) != NULL)
    {
      g_printerr ("tautan briefing: a briefing is a PDF, but the output “%s” is a .%s name: name it .pdf\n",
                  output, clash);
      return 2;
    }
  if (paper != NULL && !tautan_paper_from_name (paper, &options.paper))
    {
      g_printerr ("tautan briefing: unknown paper size “%s” (a4 or letter)\n", paper);
      return 2;
    }
  options.title = title;
  options.author = author;

  ws_file = g_file_new_for_commandline_arg (argv[1]);
  workspace = tautan_workspace_load (ws_file, &error);
  if (workspace == NULL)
    return _tautan_cli_fail_file ("briefing", argv[1], error);

  dataset_file = tautan_workspace_get_dataset_file (workspace);
  if (dataset_file == NULL)
    {
      g_printerr ("tautan briefing: error: %s names no dataset\n", argv[1]);
      return 1;
    }
  dataset_name = g_file_get_parse_name (dataset_file);
  dataset = _tautan_cli_load_dataset (dataset_file, dataset_name, TRUE, 10, &problems);
  /* Every problem, not just how many: the user must be able to fix them. */
  if (dataset == NULL)
    return _tautan_cli_fail_problems ("briefing", dataset_name, problems);

  /* "-" is standard output; a device or pipe is written in place. */
  bytes = tautan_briefing_render (dataset, workspace, &options, &error);
  if (bytes != NULL)
    {
      data = g_bytes_get_data (bytes, &length);
      tautan_file_write_path (output, data, length, &error);
    }
  if (error != NULL)
    {
      g_printerr ("tautan briefing: error: %s\n", error->message);
      return 1;
    }
  return 0;
}
