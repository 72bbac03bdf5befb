/* tautan-cli-export.c: `tautan export`, a picture of a dataset with no display
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-cli"

#include "config.h"

#include <string.h>

#include <gio/gio.h>

#include "tautan/tautan-cli.h"
#include "tautan/tautan-dataset.h"
#include "tautan/tautan-diagnostic.h"
#include "tautan/tautan-export.h"
#include "tautan/tautan-file.h"
#include "tautan/tautan-layout.h"
#include "tautan/tautan-slice.h"
#include "tautan/tautan-workspace.h"

#include "tautan-cli-private.h"

/* The graph canvas of a window at its default size (1200 × 780). */
#define SAVED_VIEW_CANVAS_WIDTH  889
#define SAVED_VIEW_CANVAS_HEIGHT 589

static int
usage (const char *message)
{
  g_printerr ("tautan export: %s (try “tautan export --help”)\n", message);
  return 2;
}

static int
fail (const char *message)
{
  g_printerr ("tautan export: error: %s\n", message);
  return 1;
}

/* The view named @name, or NULL and a short message that suggests the
 * closest names: a workspace may hold 100,000 views. */
static TautanSavedView *
find_view (TautanWorkspace  *workspace,
           const char       *name,
           char            **message)
{
  GListModel *views = G_LIST_MODEL (tautan_workspace_get_views (workspace));
  guint n = g_list_model_get_n_items (views);
  g_autofree char *folded = g_utf8_casefold (name, -1);
  g_autoptr(GString) close = g_string_new (NULL);
  guint n_close = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TautanSavedView) v = g_list_model_get_item (views, i);
      const char *view_name = tautan_saved_view_get_name (v);
      g_autofree char *view_folded = NULL;

      if (g_strcmp0 (view_name, name) == 0)
        return g_steal_pointer (&v);
      view_folded = g_utf8_casefold (view_name, -1);
      if (n_close < 3 && (strstr (view_folded, folded) != NULL || strstr (folded, view_folded) != NULL))
        {
          g_autofree char *shown = g_utf8_substring (view_name, 0, MIN (g_utf8_strlen (view_name, -1), 60));

          g_string_append_printf (close, "%s“%s”", n_close++ ? ", " : "", shown);
        }
    }

  if (n == 0)
    *message = g_strdup_printf ("has no saved views (asked for “%s”)", name);
  else if (n <= 5)
    {
      g_autoptr(GString) all = g_string_new (NULL);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(TautanSavedView) v = g_list_model_get_item (views, i);
          g_autofree char *shown = g_utf8_substring (tautan_saved_view_get_name (v), 0,
                                                     MIN (g_utf8_strlen (tautan_saved_view_get_name (v), -1), 60));

          g_string_append_printf (all, "%s“%s”", i ? ", " : "", shown);
        }
      *message = g_strdup_printf ("has no view “%s”; it has %s", name, all->str);
    }
  else if (n_close > 0)
    *message = g_strdup_printf ("has no view “%s” (%u %s; did you mean %s?)", name, n,
                                n == 1 ? "view" : "views", close->str);
  else
    *message = g_strdup_printf ("has no view “%s” (it has %u %s)", name, n, n == 1 ? "view" : "views");
  return NULL;
}

static void
apply_workspace (TautanDataset   *dataset,
                 TautanWorkspace *workspace,
                 TautanPoint     *positions,
                 TautanView      *view)
{
  for (guint i = 0; i < tautan_workspace_get_n_positions (workspace); i++)
    {
      TautanPoint p;
      guint entity = tautan_dataset_lookup_entity (dataset, tautan_workspace_get_position (workspace, i, &p, NULL));

      if (entity != TAUTAN_NONE)
        positions[entity] = p;
    }
  view->hidden_kinds = tautan_workspace_get_hidden_kind_mask (workspace);
  view->hidden_types = tautan_workspace_get_hidden_type_mask (workspace, tautan_dataset_get_taxonomy (dataset));
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

int
tautan_cli_export (int    argc,
                   char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *format = NULL;
  g_autofree char *title = NULL;
  g_autofree char *output = NULL;
  g_autofree char *lang = NULL;
  g_autofree char *background = NULL;
  gboolean cumulative = FALSE;
  int width = 0, height = 0, scale = 1;
  double label_scale = 1.0;
  g_autofree char *workspace_path = NULL;
  g_autofree char *view_name = NULL;
  const GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &from,
      "First day of the time window (default: the data's first)", "YYYY-MM-DD" },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to,
      "Last day of the time window (default: the data's last)", "YYYY-MM-DD" },
    { "cumulative", 0, 0, G_OPTION_ARG_NONE, &cumulative,
      "Everything up to --to, as the app's cumulative mode", NULL },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format,
      "png, svg or pdf (default: from the output's extension); gexf, graphml or csv write the graph's data "
      "instead (see “tautan export --format gexf --help”)", "FORMAT" },
    { "width", 0, 0, G_OPTION_ARG_INT, &width, "Width in pixels (points for PDF; default 1920)", "N" },
    { "height", 0, 0, G_OPTION_ARG_INT, &height, "Height in pixels (points for PDF; default 1080)", "N" },
    { "scale", 0, 0, G_OPTION_ARG_INT, &scale, "PNG pixels per pixel, 1 to 8, e.g. 2 for print (default 1)", "N" },
    { "label-scale", 0, 0, G_OPTION_ARG_DOUBLE, &label_scale,
      "The actors' labels at this many times their size, 0.5 to 4, e.g. 1.5 for a projector (default 1)", "S" },
    { "background", 0, 0, G_OPTION_ARG_STRING, &background,
      "light, dark or transparent (default light)", "BACKGROUND" },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, "Title above the graph (default: the dataset's title)", "TEXT" },
    { "workspace", 0, 0, G_OPTION_ARG_FILENAME, &workspace_path,
      "A workspace (.tautan): its positions, pins and filters", "FILE" },
    { "view", 0, 0, G_OPTION_ARG_STRING, &view_name,
      "With --workspace: the saved view to draw (its window, camera, selection and title)", "NAME" },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &lang,
      "Language of the captions, legend and dates: en or id (default: the desktop's)", "LANG" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "The file to write", "FILE" },
    { NULL }
  };
  g_autoptr(TautanWorkspace) workspace = NULL;
  g_autoptr(TautanSavedView) saved = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  const char *data;
  gsize length;
  g_autofree char *problems = NULL;
  g_autoptr(TautanDataset) dataset = NULL;
  g_autoptr(TautanSlice) slice = NULL;
  g_autoptr(TautanRollup) rollup = NULL;
  g_autoptr(TautanFilterEdges) filter_edges = NULL;
  g_autoptr(TautanChanges) changes = NULL;
  g_autoptr(TautanRenderContext) render = NULL;
  g_autofree TautanPoint *positions = NULL;
  g_autofree char *message = NULL;
  TautanExportOptions options;
  const char *clash;
  TautanTimeSpan span;
  TautanView view;

  /* GEXF, GraphML and CSV: the graph's data, not a picture. */
  if (tautan_cli_export_wants_interop (argc, argv))
    return tautan_cli_export_interop (argc, argv);

  context = g_option_context_new ("DATASET -o FILE — write a picture of a dataset's graph");
  g_option_context_set_summary (context,
                                "Draws the whole graph of DATASET's time window as the app exports it, with\n"
                                "title, time window, legend, sources, dataset name and date, as PNG, SVG or\n"
                                "PDF. Needs no display. Exits 1 on failure, 2 on a usage error.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage (error->message);
  if (lang != NULL && !_tautan_cli_set_language (lang, &error))
    return usage (error->message);

  if (argc < 2)
    return usage ("no dataset given");
  if (argc > 2)
    return usage ("give one dataset");
  if (output == NULL)
    return usage ("no output file given (-o FILE)");
  if (view_name != NULL && workspace_path == NULL)
    return usage ("--view needs --workspace");

  tautan_export_options_init (&options);
  if (format != NULL)
    {
      if (!tautan_export_format_from_name (format, &options.format) || strchr (format, '.') != NULL)
        {
          g_autofree char *text = g_strdup_printf ("unknown format “%s”: use png, svg or pdf", format);

          return usage (text);
        }
      if ((clash = _tautan_cli_output_clash (format, output)) != NULL)
        {
          g_autofree char *text = g_strdup_printf ("--format %s does not match the output “%s”, a .%s name: "
                                                   "name the file .%s or drop --format", format, output,
                                                   clash, tautan_export_format_to_string (options.format));

          return usage (text);
        }
    }
  else if (!tautan_export_format_from_name (output, &options.format))
    {
      g_autofree char *text = g_strdup_printf ("cannot tell the format from “%s”: name it .png, .svg or .pdf, "
                                               "or use --format", output);

      return usage (text);
    }

  if (background == NULL || g_strcmp0 (background, "light") == 0)
    options.background = TAUTAN_EXPORT_BACKGROUND_LIGHT;
  else if (g_strcmp0 (background, "dark") == 0)
    options.background = TAUTAN_EXPORT_BACKGROUND_DARK;
  else if (g_strcmp0 (background, "transparent") == 0)
    options.background = TAUTAN_EXPORT_BACKGROUND_TRANSPARENT;
  else
    {
      g_autofree char *text = g_strdup_printf ("unknown background “%s”: use light, dark or transparent",
                                               background);

      return usage (text);
    }

  if (width < 0 || height < 0)
    return usage ("--width and --height must be positive");
  if (scale < 1 || scale > 8)
    return usage ("--scale must be 1 to 8");
  if (!(label_scale >= 0.5 && label_scale <= 4))
    return usage ("--label-scale must be 0.5 to 4");
  options.width = width > 0 ? width : 1920;
  options.height = height > 0 ? height : 1080;
  options.scale = (guint)scale;
  options.label_scale = label_scale;
  options.title = title;

  file = g_file_new_for_commandline_arg (argv[1]);
  dataset = _tautan_cli_load_dataset (file, argv[1], TRUE, 5, &problems);
  if (dataset == NULL)
    return _tautan_cli_fail_problems ("export", argv[1], problems);

  if (workspace_path != NULL)
    {
      g_autoptr(GFile) ws_file = g_file_new_for_commandline_arg (workspace_path);

      if (!(workspace = tautan_workspace_load (ws_file, &error)))
        return _tautan_cli_fail_file ("export", workspace_path, error);
      if (view_name != NULL)
        {
          saved = find_view (workspace, view_name, &message);
          if (saved == NULL)
            {
              g_autofree char *text = g_strdup_printf ("%s %s", workspace_path, message);

              return fail (text);
            }
        }
    }

  span = tautan_dataset_get_span (dataset);
  if (tautan_dataset_get_n_events (dataset) == 0)
    span.from = span.to = 0;
  if (from != NULL && !parse_day ("--from", from, &span.from, &message))
    return fail (message);
  if (to != NULL && !parse_day ("--to", to, &span.to, &message))
    return fail (message);
  if (span.from > span.to && !cumulative)
    {
      g_autofree char *a = tautan_day_format (span.from);
      g_autofree char *b = tautan_day_format (span.to);

      message = g_strdup_printf ("the window starts (%s) after it ends (%s)", a, b);
      return fail (message);
    }

  /* The app's layout, run to rest on this thread. */
  positions = tautan_layout_settle_dataset (dataset, NULL);

  tautan_view_init (&view);

  /* A workspace puts the nodes where the analyst left them and hides what
   * they hid; a saved view brings its window, camera and selection. */
  if (workspace != NULL)
    apply_workspace (dataset, workspace, positions, &view);
  if (saved != NULL)
    {
      const char *sel = tautan_saved_view_get_entity (saved);
      const char *src, *dst;

      span = tautan_saved_view_get_span (saved);
      cumulative = tautan_saved_view_get_cumulative (saved);
      /* A view saved with no camera (written by hand or by a tool) is
       * framed to fit when the app applies it: so is its picture. */
      if (tautan_saved_view_has_camera (saved))
        {
          tautan_saved_view_get_camera (saved, &view.zoom, &view.center_x, &view.center_y);
          options.framing = TAUTAN_EXPORT_FRAMING_VIEW;
        }
      else
        options.framing = TAUTAN_EXPORT_FRAMING_WHOLE;
      /* A saved view keeps the camera, not the canvas it was seen on: take
       * the app's canvas at its default window, so the page shows what the
       * screen showed, scaled up to the page rather than drawn at screen
       * size in the middle of it. */
      view.width = SAVED_VIEW_CANVAS_WIDTH;
      view.height = SAVED_VIEW_CANVAS_HEIGHT;
      tautan_saved_view_get_edge (saved, &src, &dst);
      if (sel != NULL)
        view.selected_entity = tautan_dataset_lookup_entity (dataset, sel);
      else if (src != NULL && dst != NULL)
        {
          view.selected_source = tautan_dataset_lookup_entity (dataset, src);
          view.selected_target = tautan_dataset_lookup_entity (dataset, dst);
        }
      if (options.title == NULL)
        options.title = tautan_saved_view_get_title (saved) ? tautan_saved_view_get_title (saved)
                                                            : tautan_saved_view_get_name (saved);
    }

  /* A comparison's window spans both periods, as the app sets it. */
  if (saved != NULL)
    {
      TautanTimeSpan before, after;

      if (tautan_saved_view_get_comparison (saved, &before, &after))
        {
          span.from = MIN (before.from, after.from);
          span.to = MAX (before.to, after.to);
          cumulative = FALSE;
        }
    }
  slice = tautan_slice_new (dataset, &span, cumulative);
  view.span = span;
  view.cumulative = cumulative;

  /* The roll-up of the saved view, else of the workspace, drawn as the
   * app draws it. */
  if (workspace != NULL)
    {
      const char * const *expanded = tautan_workspace_get_expanded (workspace);
      gboolean on = saved != NULL ? tautan_saved_view_get_rollup (saved, &expanded)
                                  : tautan_workspace_get_rollup (workspace);

      if (on)
        {
          g_autoptr(GHashTable) open = g_hash_table_new (NULL, NULL);
          TautanTimeSpan rolled = span;

          for (guint i = 0; expanded[i] != NULL; i++)
            {
              guint entity = tautan_dataset_lookup_entity (dataset, expanded[i]);

              if (entity != TAUTAN_NONE)
                g_hash_table_add (open, GUINT_TO_POINTER (entity + 1));
            }
          if (cumulative)
            rolled.from = TAUTAN_DAY_MIN;
          rollup = tautan_rollup_compute (dataset, tautan_workspace_get_filter (workspace), &rolled, open);
          view.rollup = rollup;
        }
    }

  /* The workspace's filter, drawn and said in words; a saved view's
   * comparison, its edges coloured by change, as the app exports them. */
  if (workspace != NULL)
    {
      TautanFilter *filter = tautan_workspace_get_filter (workspace);
      TautanTimeSpan before, after;

      view.filter = filter;
      if (saved != NULL && tautan_saved_view_get_comparison (saved, &before, &after))
        {
          changes = tautan_changes_compute (dataset, filter, &before, &after);
          view.changes = changes;
        }
      else if (!tautan_filter_is_empty (filter))
        {
          TautanTimeSpan filtered = span;
          g_autoptr(GArray) events = NULL;

          if (cumulative)
            filtered.from = TAUTAN_DAY_MIN;
          events = tautan_filter_list_events (filter, dataset, &filtered);
          filter_edges = tautan_filter_aggregate_edges (filter, dataset, &filtered, events);
          filter_edges->events = g_steal_pointer (&events);
          view.filter_edges = filter_edges;
        }
    }

  render = tautan_render_context_new (options.background == TAUTAN_EXPORT_BACKGROUND_DARK);
  /* "-" is standard output; a device or pipe is written in place. */
  bytes = tautan_export_render (render, slice, positions, &view, &options, &error);
  if (bytes == NULL)
    return fail (error->message);
  data = g_bytes_get_data (bytes, &length);
  if (!tautan_file_write_path (output, data, length, &error))
    return fail (error->message);

  return 0;
}
