/* tautan-cli-export-interop.c: `tautan export --format gexf|graphml|csv`
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-cli"

#include "config.h"

#include <math.h>
#include <string.h>

#include <gio/gio.h>

#include "tautan/tautan-cli.h"
#include "tautan/tautan-dataset.h"
#include "tautan/tautan-file.h"
#include "tautan/tautan-interop.h"
#include "tautan/tautan-layout.h"
#include "tautan/tautan-render-context.h"
#include "tautan/tautan-slice.h"
#include "tautan/tautan-workspace.h"

#include "tautan-cli-private.h"

static int
usage (const char *message)
{
  g_printerr ("tautan export: %s (try “tautan export --format gexf --help”)\n", message);
  return 2;
}

static int
fail (const char *message)
{
  g_printerr ("tautan export: error: %s\n", message);
  return 1;
}

/* The value of --format or -o/--output in @argv, before the options are
 * parsed: GOptionContext accepts "--opt value", "--opt=value", "-ovalue". */
static const char *
find_option (int          argc,
             char       **argv,
             const char  *long_name,
             char         short_name)
{
  gsize len = strlen (long_name);

  for (int i = 1; i < argc; i++)
    {
      const char *a = argv[i];

      if (strcmp (a, "--") == 0)
        break;
      if (strncmp (a, long_name, len) == 0 && a[len] == '=')
        return a + len + 1;
      if ((strcmp (a, long_name) == 0 || (short_name && a[0] == '-' && a[1] == short_name && a[2] == 0)) &&
          i + 1 < argc)
        return argv[i + 1];
      if (short_name && a[0] == '-' && a[1] == short_name && a[2] != 0)
        return a + 2;
    }
  return NULL;
}

/**
 * tautan_cli_export_wants_interop:
 *
 * Returns: whether `tautan export` was asked for GEXF, GraphML or CSV, by
 * --format or by the output's extension
 */
gboolean
tautan_cli_export_wants_interop (int    argc,
                                 char **argv)
{
  const char *format = find_option (argc, argv, "--format", 0);
  const char *output = find_option (argc, argv, "--output", 'o');

  if (format != NULL)
    return tautan_interop_format_from_name (format, NULL) && strchr (format, '.') == NULL;
  return output != NULL && strchr (output, '.') != NULL && tautan_interop_format_from_name (output, NULL);
}

static gboolean
parse_day (const char  *option,
           const char  *text,
           TautanDay   *day,
           char       **message)
{
  if (tautan_day_parse (text, strlen (text), day))
    return TRUE;
  *message = g_strdup_printf ("%s “%s” is not a date: use YYYY-MM-DD, e.g. 2024-06-19", option, text);
  return FALSE;
}

static guint32
rgb_of (const TautanRgba *c)
{
  return (guint32)lround (c->red * 255) << 16 | (guint32)lround (c->green * 255) << 8 | (guint32)lround (c->blue * 255);
}

int
tautan_cli_export_interop (int    argc,
                           char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *format = NULL;
  g_autofree char *gexf_version = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *edge_colors = NULL;
  g_autofree char *title = NULL;
  g_autofree char *output = NULL;
  g_autofree char *workspace_path = NULL;
  g_autofree char *view_name = NULL;
  g_autofree char *message = NULL;
  gboolean cumulative = FALSE, bom = FALSE, no_positions = FALSE;
  const GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format,
      "gexf (Gephi), graphml (Cytoscape, yEd, igraph, networkx) or csv (spreadsheets); default: from the "
      "output's extension", "FORMAT" },
    { "gexf-version", 0, 0, G_OPTION_ARG_STRING, &gexf_version,
      "1.3 (default) or 1.2, the 1.2draft networkx before 3.5 reads", "VERSION" },
    { "csv", 0, 0, G_OPTION_ARG_STRING, &csv,
      "The table: events (default), edges or quotes (with full citations)", "TABLE" },
    { "bom", 0, 0, G_OPTION_ARG_NONE, &bom, "Start the CSV with a UTF-8 byte-order mark, for Excel", NULL },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from,
      "First day of the time window (default: the data's first)", "YYYY-MM-DD" },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to,
      "Last day of the time window (default: the data's last)", "YYYY-MM-DD" },
    { "cumulative", 0, 0, G_OPTION_ARG_NONE, &cumulative,
      "Everything up to --to, as the app's cumulative mode", NULL },
    { "workspace", 0, 0, G_OPTION_ARG_FILENAME, &workspace_path,
      "A workspace (.tautan): its positions and hidden kinds and event types", "FILE" },
    { "view", 0, 0, G_OPTION_ARG_STRING, &view_name,
      "With --workspace: the saved view whose time window to export", "NAME" },
    { "edge-colors", 0, 0, G_OPTION_ARG_STRING, &edge_colors,
      "quad-class (default, as the app) or event-type", "MODE" },
    { "no-positions", 0, 0, G_OPTION_ARG_NONE, &no_positions,
      "Leave out node positions (skips the layout)", NULL },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, "The graph's title (default: the dataset's)", "TEXT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "The file to write (- for standard output)", "FILE" },
    { NULL }
  };
  g_autoptr(GFile) file = NULL;
  g_autofree char *problems = NULL;
  g_autoptr(TautanDataset) dataset = NULL;
  g_autoptr(TautanWorkspace) workspace = NULL;
  g_autoptr(TautanSlice) slice = NULL;
  g_autoptr(TautanRenderContext) render = NULL;
  g_autoptr(TautanFileWriter) writer = NULL;
  g_autofree TautanPoint *positions = NULL;
  guint32 node_colors[TAUTAN_N_ENTITY_KINDS];
  TautanInteropOptions options;
  const char *clash;
  TautanTimeSpan span;

  context = g_option_context_new ("DATASET -o FILE — write the graph for Gephi, Cytoscape, networkx or a spreadsheet");
  g_option_context_set_summary (context,
                                "Writes DATASET's time window as GEXF (dynamic: Gephi's timeline plays it, with\n"
                                "the app's layout and colours), GraphML (every attribute declared), or CSV of its\n"
                                "events, edges or quotes (RFC 4180; cells a spreadsheet would run as formulas are\n"
                                "neutralised). Needs no display. Exits 1 on failure, 2 on a usage error.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage (error->message);

  if (argc < 2)
    return usage ("no dataset given");
  if (argc > 2)
    return usage ("give one dataset");
  if (output == NULL)
    return usage ("no output file given (-o FILE)");
  if (view_name != NULL && workspace_path == NULL)
    return usage ("--view needs --workspace");

  tautan_interop_options_init (&options);
  if (!tautan_interop_format_from_name (format ? format : output, &options.format))
    {
      message = g_strdup_printf ("unknown format “%s”: use gexf, graphml or csv", format);
      return usage (message);
    }
  if (format != NULL && (clash = _tautan_cli_output_clash (format, output)) != NULL)
    {
      message = g_strdup_printf ("--format %s does not match the output “%s”, a .%s name: "
                                 "name the file .%s or drop --format", format, output, clash,
                                 tautan_interop_format_to_string (options.format));
      return usage (message);
    }
  if (gexf_version != NULL)
    {
      if (options.format != TAUTAN_INTEROP_GEXF)
        return usage ("--gexf-version is for --format gexf");
      if (strcmp (gexf_version, "1.3") == 0)
        options.gexf_version = TAUTAN_GEXF_1_3;
      else if (strcmp (gexf_version, "1.2") == 0 || strcmp (gexf_version, "1.2draft") == 0)
        options.gexf_version = TAUTAN_GEXF_1_2;
      else
        {
          message = g_strdup_printf ("unknown GEXF version “%s”: use 1.3 or 1.2", gexf_version);
          return usage (message);
        }
    }
  if ((csv != NULL || bom) && options.format != TAUTAN_INTEROP_CSV)
    return usage (csv != NULL ? "--csv is for --format csv" : "--bom is for --format csv");
  if (csv != NULL && !tautan_csv_table_from_name (csv, &options.csv_table))
    {
      message = g_strdup_printf ("unknown CSV table “%s”: use events, edges or quotes", csv);
      return usage (message);
    }
  options.csv_bom = bom;
  if (edge_colors == NULL || strcmp (edge_colors, "quad-class") == 0)
    options.color_by_type = FALSE;
  else if (strcmp (edge_colors, "event-type") == 0)
    options.color_by_type = TRUE;
  else
    {
      message = g_strdup_printf ("unknown edge colours “%s”: use quad-class or event-type", edge_colors);
      return usage (message);
    }
  options.title = title;

  file = g_file_new_for_commandline_arg (argv[1]);
  if (!(dataset = _tautan_cli_load_dataset (file, argv[1], TRUE, 5, &problems)))
    return _tautan_cli_fail_problems ("export", argv[1], problems);

  span = tautan_dataset_get_span (dataset);
  if (tautan_dataset_get_n_events (dataset) == 0)
    span.from = span.to = 0;
  if (from != NULL && !parse_day ("--from", from, &span.from, &message))
    return fail (message);
  if (to != NULL && !parse_day ("--to", to, &span.to, &message))
    return fail (message);

  if (workspace_path != NULL)
    {
      g_autoptr(GFile) ws_file = g_file_new_for_commandline_arg (workspace_path);
      TautanSavedView *saved = NULL;

      if (!(workspace = tautan_workspace_load (ws_file, &error)))
        return _tautan_cli_fail_file ("export", workspace_path, error);
      options.hidden_kinds = tautan_workspace_get_hidden_kind_mask (workspace);
      options.hidden_types = tautan_workspace_get_hidden_type_mask (workspace, tautan_dataset_get_taxonomy (dataset));
      if (view_name != NULL)
        {
          GListModel *views = G_LIST_MODEL (tautan_workspace_get_views (workspace));

          for (guint i = 0; i < g_list_model_get_n_items (views) && saved == NULL; i++)
            {
              g_autoptr(TautanSavedView) v = g_list_model_get_item (views, i);

              if (g_strcmp0 (tautan_saved_view_get_name (v), view_name) == 0)
                saved = v;
            }
          if (saved == NULL)
            {
              message = g_strdup_printf ("%s has no view “%s”", workspace_path, view_name);
              return fail (message);
            }
          span = tautan_saved_view_get_span (saved);
          cumulative = tautan_saved_view_get_cumulative (saved);
        }
    }

  if (span.from > span.to && !cumulative)
    {
      g_autofree char *a = tautan_day_format (span.from);
      g_autofree char *b = tautan_day_format (span.to);

      message = g_strdup_printf ("the window starts (%s) after it ends (%s)", a, b);
      return fail (message);
    }

  /* Where the app puts the nodes, or where the analyst left them. */
  if (!no_positions && options.format != TAUTAN_INTEROP_CSV)
    {
      positions = tautan_layout_settle_dataset (dataset, NULL);
      for (guint i = 0; workspace != NULL && i < tautan_workspace_get_n_positions (workspace); i++)
        {
          TautanPoint p;
          guint entity = tautan_dataset_lookup_entity (dataset, tautan_workspace_get_position (workspace, i, &p, NULL));

          if (entity != TAUTAN_NONE)
            positions[entity] = p;
        }
      options.positions = positions;
    }

  /* Node colours as the light canvas draws them. */
  render = tautan_render_context_new (FALSE);
  for (guint k = 0; k < TAUTAN_N_ENTITY_KINDS; k++)
    node_colors[k] = rgb_of (&tautan_render_context_get_palette (render)->node_fill[k]);
  options.node_colors = node_colors;

  slice = tautan_slice_new (dataset, &span, cumulative);
  if (!(writer = tautan_file_writer_new_for_path (output, &error)) ||
      !tautan_interop_write (slice, &options, writer, NULL, &error) ||
      !tautan_file_writer_commit (writer, &error))
    return fail (error->message);

  return 0;
}
