/* tautan-cli.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-cli"

#include "config.h"

#include <locale.h>
#include <string.h>

#include <gio/gio.h>

#include "tautan/tautan-cli.h"
#include "tautan/tautan-count.h"
#include "tautan/tautan-dataset.h"
#include "tautan/tautan-diagnostic.h"
#include "tautan/tautan-export.h"
#include "tautan/tautan-interop.h"

#include "tautan-cli-private.h"

/* The languages Tautan speaks: English (its source strings) and those
 * of po/LINGUAS. */
static const char *const languages[] = { "en", "id" };

/**
 * _tautan_cli_set_language:
 * @language: "en" or "id"
 *
 * Writes what follows (captions, legends, dates, briefings) in @language
 * whatever the desktop's: for a briefing in Indonesian from an English
 * session. Call before anything is translated.
 *
 * Returns: whether @language is one Tautan speaks
 */
gboolean
_tautan_cli_set_language (const char  *language,
                          GError     **error)
{
  gboolean known = FALSE;
  const char *messages;

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    known |= g_strcmp0 (language, languages[i]) == 0;
  if (!known)
    {
      g_autofree char *list = g_strjoinv (", ", (char **)languages);

      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   "unknown language “%s” (expected one of: %s)", language, list);
      return FALSE;
    }

  g_setenv ("LANGUAGE", language, TRUE);
  /* glibc ignores LANGUAGE in the C locale; setting the locale again
   * also drops what gettext has cached. */
  messages = setlocale (LC_MESSAGES, NULL);
  if (messages == NULL || g_str_equal (messages, "C") || g_str_equal (messages, "POSIX"))
    setlocale (LC_MESSAGES, "C.UTF-8");
  else
    setlocale (LC_MESSAGES, messages);
  return TRUE;
}

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
  { "extract", tautan_cli_extract, "Read news articles into a dataset (extract FILE…, extract --jsonl)" },
  { "merge", tautan_cli_merge, "Merge datasets and extractions into one dataset" },
  { "analyze", tautan_cli_analyze, "Print an analysis (roll-up, ego network, paths, rankings, changes) as JSON" },
};

gboolean
tautan_cli_is_command (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_strcmp0 (commands[i].name, name) == 0)
      return TRUE;
  return FALSE;
}

/**
 * tautan_cli_dup_commands_help:
 *
 * Returns: (transfer full): one line per command with its summary, for
 *   `tautan --help`, made from the same table that runs them so the two
 *   cannot disagree
 */
char *
tautan_cli_dup_commands_help (void)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_string_append_printf (text, "  %-10s %s\n", commands[i].name, commands[i].summary);
  return g_string_free (text, FALSE);
}

/* Edits (insert, delete, change, swap two neighbours) from @a to @b,
 * for "did you mean". */
static guint
edit_distance (const char *a,
               const char *b)
{
  gsize la = strlen (a), lb = strlen (b);
  g_autofree guint *d = g_new (guint, (la + 1) * (lb + 1));

#define D(i, j) d[(i) * (lb + 1) + (j)]
  for (gsize i = 0; i <= la; i++)
    D (i, 0) = i;
  for (gsize j = 0; j <= lb; j++)
    D (0, j) = j;
  for (gsize i = 1; i <= la; i++)
    for (gsize j = 1; j <= lb; j++)
      {
        guint best = MIN (D (i - 1, j) + 1, D (i, j - 1) + 1);

        best = MIN (best, D (i - 1, j - 1) + (a[i - 1] != b[j - 1]));
        if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
          best = MIN (best, D (i - 2, j - 2) + 1);
        D (i, j) = best;
      }
  return D (la, lb);
#undef D
}

/**
 * tautan_cli_is_mistyped_command:
 * @arg: the first argument
 *
 * A bare lower-case word that names no file (`tautan exprot x`) is a
 * command mistyped, not a dataset to open in a window: the window would
 * only say it cannot open it, and with no display say nothing useful.
 *
 * Returns: whether @arg should be answered as an unknown command
 */
gboolean
tautan_cli_is_mistyped_command (const char *arg)
{
  if (arg == NULL || arg[0] == '\0' || tautan_cli_is_command (arg))
    return FALSE;
  for (const char *p = arg; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && *p != '-')
      return FALSE;
  return arg[0] != '-' && !g_file_test (arg, G_FILE_TEST_EXISTS);
}

int
tautan_cli_run (int    argc,
                char **argv)
{
  const char *nearest = NULL;
  guint best = 3;

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_strcmp0 (commands[i].name, argv[0]) == 0)
      return commands[i].run (argc, argv);

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      guint d = edit_distance (argv[0], commands[i].name);

      if (d < best)
        {
          best = d;
          nearest = commands[i].name;
        }
    }
  if (nearest != NULL)
    g_printerr ("tautan: unknown command “%s”; did you mean “%s”?\n", argv[0], nearest);
  else
    g_printerr ("tautan: unknown command “%s”\n", argv[0]);
  g_printerr ("Run “tautan --help” to see the commands.\n");
  return 2;
}

/**
 * _tautan_cli_output_clash:
 * @format: the format the command writes, as named ("svg", "GEXF", "pdf")
 * @output: the output file as the user named it
 *
 * An explicit --format wins over the output's extension, but an extension
 * that names another format Tautan writes is a slip the user must hear
 * of: an SVG saved as x.png opens nowhere. An extension Tautan does not
 * write (x.out) or none (-, /dev/stdout) is left to the user.
 *
 * Returns: (nullable): the extension of @output, within it, if it names a
 *   format Tautan writes other than @format; else %NULL
 */
const char *
_tautan_cli_output_clash (const char *format,
                          const char *output)
{
  const char *slash = strrchr (output, '/');
  const char *base = slash != NULL ? slash + 1 : output;
  const char *dot = strrchr (base, '.');
  TautanExportFormat picture;

  /* ".png" alone is a hidden file's name, not an extension */
  if (dot == NULL || dot == base || dot[1] == '\0')
    return NULL;
  if (!tautan_export_format_from_name (dot + 1, &picture) && !tautan_interop_format_from_name (dot + 1, NULL))
    return NULL;
  return g_ascii_strcasecmp (dot + 1, format) == 0 ? NULL : dot + 1;
}

/**
 * _tautan_cli_format_problems:
 * @display: the file as the user named it
 * @diagnostics: (nullable): every problem the loader found
 * @error: the loader's error
 * @max_lines: problems listed before "… and N more"; 0 for all
 *
 * Returns: (transfer full): every problem, one per line, naming the file
 *   as the user did rather than as an absolute path
 */
char *
_tautan_cli_format_problems (const char   *display,
                             GPtrArray    *diagnostics,
                             const GError *error,
                             guint         max_lines)
{
  char *text;

  if (diagnostics == NULL || diagnostics->len == 0)
    {
      const char *message = error != NULL ? error->message : "cannot be read";
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (display);
      g_autofree char *full = g_file_get_parse_name (file);
      gsize n = strlen (full);

      /* The loader's message begins with the file's full name, for the
       * window's dialog; here the user's own name leads once. */
      if (strncmp (message, full, n) == 0 && message[n] == ':' && message[n + 1] == ' ')
        message += n + 2;
      return g_strdup_printf ("%s: error: %s", display, message);
    }

  for (guint k = 0; k < diagnostics->len; k++)
    {
      TautanDiagnostic *d = g_ptr_array_index (diagnostics, k);

      g_free (d->file);
      d->file = g_strdup (display);
    }
  text = tautan_diagnostics_format (diagnostics, max_lines > 0 ? max_lines : diagnostics->len);
  return g_strchomp (text);
}

/**
 * _tautan_cli_fail_problems:
 * @command: the command, for the message's lead ("export")
 * @display: the file as the user named it
 * @problems: what _tautan_cli_format_problems() made of its failure
 *
 * Prints why @display cannot be loaded, saying "error:" once a line: the
 * problems already read "FILE: error: reason", as `tautan validate`
 * prints them, so the command's own "error:" must not lead them again.
 *
 * Returns: 1, the status of a failure
 */
int
_tautan_cli_fail_problems (const char *command,
                           const char *display,
                           const char *problems)
{
  g_autofree char *lead = g_strconcat (display, ": error: ", NULL);

  /* one reason about the file as a whole: one line */
  if (g_str_has_prefix (problems, lead) && strchr (problems, '\n') == NULL)
    g_printerr ("tautan %s: error: %s: %s\n", command, display, problems + strlen (lead));
  else
    g_printerr ("tautan %s: error: %s cannot be loaded:\n%s\n", command, display, problems);
  return 1;
}

/**
 * _tautan_cli_fail_file:
 * @command: the command, for the message's lead ("export")
 * @display: the file as the user named it
 * @error: why it cannot be read
 *
 * As _tautan_cli_fail_problems(), for a file read without diagnostics.
 *
 * Returns: 1, the status of a failure
 */
int
_tautan_cli_fail_file (const char   *command,
                       const char   *display,
                       const GError *error)
{
  g_autofree char *problems = _tautan_cli_format_problems (display, NULL, error, 0);

  return _tautan_cli_fail_problems (command, display, problems);
}

/**
 * _tautan_cli_load_dataset:
 * @file: the dataset; a resource:// URI is the bundled one
 * @display: the file as the user named it
 * @use_cache: whether to use the binary cache
 * @max_lines: problems listed before "… and N more"; 0 for all
 * @problems: (out): on failure, every problem as text
 *
 * Returns: (transfer full) (nullable): the dataset
 */
TautanDataset *
_tautan_cli_load_dataset (GFile       *file,
                          const char  *display,
                          gboolean     use_cache,
                          guint        max_lines,
                          char       **problems)
{
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_file_get_uri (file);
  TautanDataset *dataset;

  if (g_str_has_prefix (uri, "resource://"))
    {
      g_autofree char *path = g_uri_unescape_string (uri + strlen ("resource://"), NULL);

      dataset = tautan_dataset_load_resource (path, &error);
    }
  else
    dataset = tautan_dataset_load_file (file, use_cache, NULL, NULL, NULL, &diagnostics, &error);

  if (dataset == NULL)
    *problems = _tautan_cli_format_problems (display, diagnostics, error, max_lines);
  return dataset;
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
      g_autofree char *uri = g_file_get_uri (file);
      g_autofree char *problems = NULL;
      TautanDatasetSummary summary = { 0 };

      if (g_str_has_prefix (uri, "resource://"))
        {
          g_autoptr(TautanDataset) dataset = _tautan_cli_load_dataset (file, argv[i], FALSE, 0, &problems);

          if (dataset != NULL)
            {
              summary.n_sources = tautan_dataset_get_n_sources (dataset);
              summary.n_entities = tautan_dataset_get_n_entities (dataset);
              summary.n_events = tautan_dataset_get_n_events (dataset);
              summary.n_quotes = tautan_dataset_get_n_quotes (dataset);
              summary.span = tautan_dataset_get_span (dataset);
            }
        }
      else
        {
          g_autoptr(GPtrArray) diagnostics = NULL;
          g_autoptr(GError) check_error = NULL;

          /* Checked as the window loads it, without the indexes only the
           * window and the exports read. */
          if (!tautan_dataset_check_file (file, &summary, &diagnostics, &check_error))
            problems = _tautan_cli_format_problems (argv[i], diagnostics, check_error, 0);
        }
      if (problems != NULL)
        {
          status = 1;
          g_printerr ("%s\n", problems);
          continue;
        }

      if (!quiet)
        {
          g_autofree char *from = tautan_day_format (summary.span.from);
          g_autofree char *to = tautan_day_format (summary.span.to);

          g_print ("%s: ok: %s sources, %s entities, %s events, %s quotes",
                   argv[i],
                   tautan_count_format (summary.n_sources),
                   tautan_count_format (summary.n_entities),
                   tautan_count_format (summary.n_events),
                   tautan_count_format (summary.n_quotes));
          if (summary.n_events > 0)
            g_print (", %s to %s", from, to);
          g_print ("\n");
        }
    }

  return status;
}
