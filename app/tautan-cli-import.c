/* tautan-cli-import.c: `tautan import`, GDELT or ICEWS files into a dataset
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-cli"

#include "config.h"

#include <string.h>
#include <unistd.h>

#include <gio/gio.h>

#include "tautan/tautan-cli.h"
#include "tautan/tautan-count.h"
#include "tautan/tautan-diagnostic.h"
#include "tautan/tautan-file.h"
#include "tautan/tautan-import.h"

#define DEFAULT_MAX_PROBLEMS 20

static int
usage (const char *message)
{
  g_printerr ("tautan import: %s (try “tautan import --help”)\n", message);
  return 2;
}

static int
fail (const char *message)
{
  g_printerr ("tautan import: error: %s\n", message);
  return 1;
}

/* "--root 14,19 --root 20" → { "14", "19", "20" } */
static char **
split_lists (char **values)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (values[i], ",", -1);

      for (guint k = 0; parts[k] != NULL; k++)
        {
          g_strstrip (parts[k]);
          if (*parts[k] != 0)
            g_strv_builder_add (builder, parts[k]);
        }
    }
  return g_strv_builder_end (builder);
}

static gboolean
parse_quads (char   **values,
             guint   *mask,
             char   **message)
{
  static const char * const names[] = { "verbal-cooperation", "material-cooperation", "verbal-conflict",
                                        "material-conflict" };
  g_auto(GStrv) items = split_lists (values);

  *mask = 0;
  for (guint i = 0; items[i] != NULL; i++)
    {
      gboolean found = FALSE;

      for (guint q = 0; q < G_N_ELEMENTS (names); q++)
        {
          char digit[2] = { (char)('1' + q), 0 };

          if (strcmp (items[i], digit) == 0 || g_ascii_strcasecmp (items[i], names[q]) == 0)
            {
              *mask |= 1u << q;
              found = TRUE;
            }
        }
      if (!found)
        {
          *message = g_strdup_printf ("--quad “%s” is not a QuadClass: use 1 to 4 or verbal-cooperation, "
                                      "material-cooperation, verbal-conflict, material-conflict", items[i]);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
parse_day (const char  *option,
           const char  *text,
           TautanDay   *day,
           char       **message)
{
  if (text == NULL)
    return TRUE;
  if (tautan_day_parse (text, strlen (text), day))
    return TRUE;
  *message = g_strdup_printf ("%s “%s” is not a date: use YYYY-MM-DD, e.g. 2013-04-01", option, text);
  return FALSE;
}

static void
show_progress (double   fraction,
               gpointer user_data)
{
  g_printerr ("\rtautan import: reading… %3d%%", (int)(fraction * 100 + 0.5));
}

/* Grouped as the locale writes numbers: the summary is for people. */
static char *
thousands (guint64 n)
{
  return g_strdup (tautan_count_format (n));
}

int
tautan_cli_import (int    argc,
                   char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *database = NULL;
  g_auto(GStrv) actor_args = NULL;
  g_auto(GStrv) country_args = NULL;
  g_auto(GStrv) root_args = NULL;
  g_auto(GStrv) quad_args = NULL;
  g_auto(GStrv) actors = NULL;
  g_auto(GStrv) countries = NULL;
  g_auto(GStrv) roots = NULL;
  g_autofree char *since = NULL;
  g_autofree char *until = NULL;
  g_autofree char *title = NULL;
  g_autofree char *output = NULL;
  g_autofree char *message = NULL;
  int min_mentions = 0, max_problems = DEFAULT_MAX_PROBLEMS;
  gboolean named_only = FALSE, quiet = FALSE;
  const GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &database, "The database the files come from: gdelt or icews", "DATABASE" },
    { "actor", 0, 0, G_OPTION_ARG_STRING_ARRAY, &actor_args,
      "Only events of these actors: GDELT actor codes, matched as prefixes (USAGOV), or ICEWS names", "CODE,…" },
    { "country", 0, 0, G_OPTION_ARG_STRING_ARRAY, &country_args,
      "Only events of actors of these countries: CAMEO codes (RUS) or names", "CODE,…" },
    { "root", 0, 0, G_OPTION_ARG_STRING_ARRAY, &root_args,
      "Only events of these CAMEO root codes, 01 to 20 (e.g. 14,18,19)", "CODE,…" },
    { "quad", 0, 0, G_OPTION_ARG_STRING_ARRAY, &quad_args,
      "Only events of these QuadClasses: 1 to 4, or verbal-cooperation, material-cooperation, verbal-conflict, "
      "material-conflict", "CLASS,…" },
    { "min-mentions", 0, 0, G_OPTION_ARG_INT, &min_mentions,
      "Only events reported at least N times (GDELT NumMentions; ICEWS records)", "N" },
    { "since", 0, 0, G_OPTION_ARG_STRING, &since, "Only events on or after this day", "YYYY-MM-DD" },
    { "until", 0, 0, G_OPTION_ARG_STRING, &until, "Only events on or before this day", "YYYY-MM-DD" },
    { "named-only", 0, 0, G_OPTION_ARG_NONE, &named_only,
      "Only events between two actors with names, not only roles (“Government”, “Citizen (India)”)", NULL },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, "The dataset's title (default: from the files)", "TEXT" },
    { "max-problems", 0, 0, G_OPTION_ARG_INT, &max_problems,
      "Bad rows to print (default 20; 0: all that are kept, up to 1,000)", "N" },
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, "Print only problems, no summary", NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "The dataset to write (- for standard output)", "FILE" },
    { NULL }
  };
  TautanImportOptions options;
  TautanImportStats stats;
  g_autoptr(TautanImporter) importer = NULL;
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(TautanDataset) dataset = NULL;
  g_autoptr(GBytes) json = NULL;
  GPtrArray *diagnostics;
  guint64 n_problems;
  guint printed;
  gboolean progress;
  const char *data;
  gsize length;

  context = g_option_context_new ("FILE… -o DATASET — turn GDELT or ICEWS event files into a dataset");
  g_option_context_set_summary (context,
                                "Reads GDELT 1.0 daily or 2.0 15-minute event exports (.zip as published, or\n"
                                "unzipped), or ICEWS coded event files (.tab) and subject-relation-object-date\n"
                                "files, and writes a Tautan dataset: one event per actors, CAMEO code and day,\n"
                                "with every article as a source. Bad rows are reported as FILE:LINE:COLUMN and\n"
                                "skipped. Needs no display. Exits 1 on failure, 2 on a usage error.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage (error->message);

  tautan_import_options_init (&options);
  if (database == NULL)
    return usage ("say which database the files come from: --from gdelt or --from icews");
  if (!tautan_import_database_from_string (database, &options.database))
    {
      message = g_strdup_printf ("unknown database “%s”: use gdelt or icews", database);
      return usage (message);
    }
  if (argc < 2)
    return usage ("no file given");
  if (output == NULL)
    return usage ("no output file given (-o FILE)");
  if (min_mentions < 0)
    return usage ("--min-mentions must be 0 or more");
  if (max_problems < 0)
    return usage ("--max-problems must be 0 or more");

  actors = split_lists (actor_args);
  countries = split_lists (country_args);
  roots = split_lists (root_args);
  options.actors = (const char * const *)actors;
  options.countries = (const char * const *)countries;
  options.roots = (const char * const *)roots;
  if (!parse_quads (quad_args, &options.quad_classes, &message) ||
      !parse_day ("--since", since, &options.since, &message) ||
      !parse_day ("--until", until, &options.until, &message))
    return usage (message);
  options.min_mentions = (guint)min_mentions;
  options.named_only = named_only;
  options.title = title;

  if (!(importer = tautan_importer_new (&options, &error)))
    return usage (error->message);

  files = g_ptr_array_new_with_free_func (g_object_unref);
  for (int i = 1; i < argc; i++)
    g_ptr_array_add (files, g_file_new_for_commandline_arg (argv[i]));

  /* Files of hundreds of megabytes take seconds: say how far it got. */
  progress = !quiet && isatty (STDERR_FILENO);
  if (!tautan_importer_add_files (importer, (GFile * const *)files->pdata, (const char * const *)argv + 1,
                                  files->len, NULL, progress ? show_progress : NULL, NULL, &error))
    {
      if (progress)
        g_printerr ("\n");
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (progress)
    g_printerr ("\n");

  diagnostics = tautan_importer_get_diagnostics (importer);
  n_problems = tautan_importer_get_n_problems (importer);
  printed = max_problems == 0 ? diagnostics->len : MIN ((guint)max_problems, diagnostics->len);
  for (guint i = 0; i < printed; i++)
    {
      g_autofree char *line = tautan_diagnostic_format (g_ptr_array_index (diagnostics, i));

      g_printerr ("%s\n", line);
    }
  if (n_problems > printed)
    {
      g_autofree char *more = thousands (n_problems - printed);

      g_printerr ("tautan import: … and %s more bad rows%s\n", more,
                  printed < diagnostics->len ? " (--max-problems 0 prints more)" : "");
    }

  /* Loaded before it is written: what lands on disk opens in the app. */
  if (!(dataset = tautan_importer_build_dataset (importer, &error)))
    return fail (error->message);
  json = tautan_importer_build_json (importer, &error);
  data = g_bytes_get_data (json, &length);
  if (!tautan_file_write_path (output, data, length, &error))
    return fail (error->message);

  tautan_importer_get_stats (importer, &stats);
  if (!quiet)
    {
      g_autofree char *rows = thousands (stats.n_rows);
      g_autofree char *kept = thousands (stats.n_kept);
      g_autofree char *events = thousands (stats.n_events);
      g_autofree char *no_actor = thousands (stats.n_no_actor);
      g_autofree char *bad = thousands (stats.n_bad);
      g_autofree char *duplicates = thousands (stats.n_duplicates);
      g_autofree char *filtered = thousands (stats.n_filtered);
      g_autofree char *entities = thousands (stats.n_entities);
      g_autofree char *sources = thousands (stats.n_sources);

      g_printerr ("tautan import: %s rows from %u file%s: %s kept as %s events; skipped %s without an actor, "
                  "%s bad, %s repeated ids, %s filtered out; %s entities, %s sources → %s\n",
                  rows, stats.n_files, stats.n_files == 1 ? "" : "s", kept, events, no_actor, bad, duplicates,
                  filtered, entities, sources, strcmp (output, "-") == 0 ? "standard output" : output);
    }

  return 0;
}
