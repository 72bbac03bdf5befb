/* tautan-cli-merge.c: `tautan merge`, datasets and extractions into one
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-cli"

#include "config.h"

#include <string.h>

#include <gio/gio.h>

#include "tautan/tautan-cli.h"
#include "tautan/tautan-count.h"
#include "tautan/tautan-diagnostic.h"
#include "tautan/tautan-file.h"
#include "tautan/tautan-json-reader.h"
#include "tautan/tautan-json-scan.h"
#include "tautan/tautan-merge.h"

#include "tautan-cli-private.h"

static GBytes *
read_input (const char  *path,
            GError     **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GInputStream) in = NULL;
  g_autoptr(GByteArray) data = NULL;
  guint8 buf[64 * 1024];

  if (g_strcmp0 (path, "-") != 0)
    return tautan_file_read_regular (path, TAUTAN_FILE_MAX_SIZE, error);

  file = g_file_new_for_path ("/dev/stdin");
  in = G_INPUT_STREAM (g_file_read (file, NULL, error));
  if (in == NULL)
    return NULL;
  data = g_byte_array_new ();
  for (;;)
    {
      gssize n = g_input_stream_read (in, buf, sizeof buf, NULL, error);

      if (n < 0)
        return NULL;
      if (n == 0)
        break;
      g_byte_array_append (data, buf, n);
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

/* A JSONL file's first line is a whole JSON value; a dataset's ("{") is not. */
static gboolean
looks_like_jsonl (const char *data,
                  gsize       len)
{
  g_autoptr(GPtrArray) diagnostics = g_ptr_array_new_with_free_func ((GDestroyNotify)tautan_diagnostic_free);
  const char *nl = memchr (data, '\n', len);
  gsize first = nl ? (gsize)(nl - data) : len;

  while (first > 0 && g_ascii_isspace (data[first - 1]))
    first--;
  return first > 0 && tautan_json_scan_check (data, first, "", diagnostics);
}

/* One JSONL line: an extraction {"id", "dataset"}, a failed one {"id",
 * "line", "error"} (skipped), or a dataset on one line. */
static gboolean
add_line (TautanMerge  *merge,
          const char   *path,
          guint         number,
          const char   *data,
          gsize         len,
          guint        *skipped,
          char        **problem)
{
  g_autoptr(GPtrArray) diagnostics = g_ptr_array_new_with_free_func ((GDestroyNotify)tautan_diagnostic_free);
  g_autofree char *display = g_strdup_printf ("%s (line %u)", path, number);
  g_autoptr(GError) error = NULL;
  TautanJsonReader reader;
  TautanJsonString name;
  gsize dataset_at = 0, dataset_end = 0;
  gboolean failed = FALSE, is_dataset = FALSE;

  if (!tautan_json_scan_check (data, len, display, diagnostics))
    {
      g_autofree char *text = tautan_diagnostics_format (diagnostics, 3);

      *problem = g_steal_pointer (&text);
      return FALSE;
    }
  tautan_json_reader_init (&reader, data, len);
  if (!tautan_json_reader_begin_object (&reader))
    {
      *problem = g_strdup_printf ("%s:%u: error: expected an extraction {\"id\", \"dataset\"}", path, number);
      return FALSE;
    }
  while (tautan_json_reader_next_member (&reader, &name))
    {
      if (tautan_json_string_equal (&name, "dataset", 7))
        {
          dataset_at = tautan_json_reader_get_offset (&reader);
          tautan_json_reader_skip (&reader);
          dataset_end = tautan_json_reader_get_offset (&reader);
          continue;
        }
      if (tautan_json_string_equal (&name, "error", 5))
        failed = TRUE;
      else if (tautan_json_string_equal (&name, "format", 6))
        is_dataset = TRUE;
      tautan_json_reader_skip (&reader);
    }

  if (is_dataset)
    {
      dataset_at = 0;
      dataset_end = len;
    }
  else if (dataset_end == dataset_at)
    {
      if (failed)
        {
          /* extract said why already: the batch goes on without it */
          (*skipped)++;
          return TRUE;
        }
      *problem = g_strdup_printf ("%s:%u: error: no \"dataset\" in this line", path, number);
      return FALSE;
    }
  if (!tautan_merge_add_json (merge, data + dataset_at, dataset_end - dataset_at, display, &error))
    {
      *problem = g_strdup (error->message);
      return FALSE;
    }
  return TRUE;
}

static gboolean
add_input (TautanMerge  *merge,
           const char   *path,
           guint        *skipped,
           char        **problem)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = read_input (path, &error);
  const char *data;
  gsize len;

  if (bytes == NULL)
    {
      *problem = g_strdup_printf ("%s: error: %s", path, tautan_file_describe_error (error));
      return FALSE;
    }
  data = g_bytes_get_data (bytes, &len);
  if (len == 0 || data == NULL)
    {
      *problem = g_strdup_printf ("%s: error: the file is empty", path);
      return FALSE;
    }

  if (looks_like_jsonl (data, len))
    {
      const char *p = data;
      const char *end = data + len;
      guint number = 0;

      while (p < end)
        {
          const char *nl = memchr (p, '\n', end - p);
          const char *line_end = nl ? nl : end;
          gsize n = line_end - p;
          gboolean blank = TRUE;

          number++;
          for (gsize i = 0; i < n && blank; i++)
            blank = g_ascii_isspace (p[i]);
          if (!blank && !add_line (merge, path, number, p, n, skipped, problem))
            return FALSE;
          p = nl ? nl + 1 : end;
        }
      return TRUE;
    }

  if (!tautan_merge_add_json (merge, data, len, path, &error))
    {
      *problem = g_strdup (error->message);
      return FALSE;
    }
  return TRUE;
}

/**
 * tautan_cli_merge:
 * @argc: the argument count, the command name first
 * @argv: the arguments
 *
 * Runs `tautan merge A.json B.jsonl … [-o out.json]`.
 *
 * Returns: 0 on success, 1 when an input is not valid, 2 on a usage error
 */
int
tautan_cli_merge (int    argc,
                  char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanMerge) merge = tautan_merge_new ();
  g_autofree char *output = NULL;
  g_autofree char *title = NULL;
  g_autofree char *json = NULL;
  guint skipped = 0;
  gsize len;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write to FILE instead of standard output", "FILE" },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, "The merged dataset's title (default: the inputs' titles joined)", "TEXT" },
    { NULL }
  };

  context = g_option_context_new ("FILE… — merge datasets and extractions into one dataset");
  g_option_context_set_summary (context,
                                "Each FILE is a dataset, or JSON lines from “tautan extract --jsonl” (“-” is\n"
                                "standard input). Sources with the same text, entities with the same gazetteer\n"
                                "id or name, and events with the same type, actors and targets and overlapping\n"
                                "dates (or read from the same sentence with the same date words, as a story\n"
                                "republished a day later) become one. The result does not depend on the order\n"
                                "or grouping of the inputs: merging partial merges gives the same bytes. The\n"
                                "title is the inputs' titles joined, each once, in sorted order, unless --title\n"
                                "gives one.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("tautan merge: %s\n", error->message);
      return 2;
    }
  if (argc < 2)
    {
      g_printerr ("tautan merge: no file given (try “tautan merge --help”)\n");
      return 2;
    }

  for (int i = 1; i < argc; i++)
    {
      g_autofree char *problem = NULL;

      if (!add_input (merge, argv[i], &skipped, &problem))
        {
          /* an incomplete merge is not written */
          g_printerr ("%s\n", problem);
          return 1;
        }
    }
  if (skipped > 0)
    g_printerr ("tautan merge: skipped %s failed extraction%s\n", tautan_count_format (skipped), skipped == 1 ? "" : "s");

  if (title != NULL)
    tautan_merge_set_title (merge, title);
  json = tautan_merge_to_json (merge, TRUE, &len);
  if (!tautan_file_write_path (output ? output : "-", json, len, &error))
    {
      g_printerr ("tautan merge: error: %s\n", error->message);
      return 1;
    }
  return 0;
}
