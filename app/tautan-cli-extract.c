/* tautan-cli-extract.c: `tautan extract`, news articles to a dataset
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
#include "tautan/tautan-date-expr.h"
#include "tautan/tautan-extract.h"
#include "tautan/tautan-extraction.h"
#include "tautan/tautan-file.h"
#include "tautan/tautan-gazetteer.h"
#include "tautan/tautan-merge.h"

#include "tautan-cli-private.h"

/* Standard input, read to its end, but no further than @max bytes. */
static GBytes *
read_stdin (gsize    max,
            GError **error)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/dev/stdin");
  g_autoptr(GInputStream) in = G_INPUT_STREAM (g_file_read (file, NULL, error));
  g_autoptr(GByteArray) data = g_byte_array_new ();
  guint8 buf[64 * 1024];

  if (in == NULL)
    return NULL;
  for (;;)
    {
      gssize n = g_input_stream_read (in, buf, sizeof buf, NULL, error);

      if (n < 0)
        return NULL;
      if (n == 0)
        break;
      if (data->len + (gsize)n > max)
        {
          g_set_error (error, TAUTAN_FILE_ERROR, TAUTAN_FILE_ERROR_TOO_LARGE, "the input is too large");
          return NULL;
        }
      g_byte_array_append (data, buf, n);
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

/* The article's id: its file name without the extension. */
static char *
article_id (const char *path)
{
  g_autofree char *base = g_path_get_basename (path);
  char *dot = strrchr (base, '.');

  if (g_strcmp0 (path, "-") == 0)
    return g_strdup ("stdin");
  if (dot != NULL && dot != base)
    *dot = '\0';
  return g_steal_pointer (&base);
}

static int
extract_jsonl (const char                 *output,
               const TautanExtractOptions *options)
{
  g_autoptr(GFile) stdin_file = g_file_new_for_path ("/dev/stdin");
  g_autoptr(GError) error = NULL;
  g_autoptr(GInputStream) in = NULL;
  g_autoptr(TautanFileWriter) writer = NULL;
  TautanJsonlStats stats;

  in = G_INPUT_STREAM (g_file_read (stdin_file, NULL, &error));
  if (in == NULL)
    {
      g_printerr ("tautan extract: error: cannot read standard input: %s\n", error->message);
      return 1;
    }
  writer = tautan_file_writer_new_for_path (output ? output : "-", &error);
  if (writer == NULL)
    {
      g_printerr ("tautan extract: error: %s\n", error->message);
      return 1;
    }
  if (!tautan_extract_jsonl (in, writer, options, &stats, NULL, &error)
      || !tautan_file_writer_commit (writer, &error))
    {
      g_printerr ("tautan extract: error: %s\n", error->message);
      return 1;
    }
  if (stats.failed > 0)
    g_printerr ("tautan extract: %s of %s lines could not be read (see their \"error\")\n",
                tautan_count_format (stats.failed), tautan_count_format (stats.lines));
  return stats.failed > 0 ? 1 : 0;
}

/**
 * tautan_cli_extract:
 * @argc: the argument count, the command name first
 * @argv: the arguments
 *
 * Runs `tautan extract FILE… [--gazetteer FILE] [--published DATE]
 * [-o dataset.json]` and `tautan extract --jsonl`.
 *
 * Returns: 0 on success, 1 when an article could not be read, 2 on a usage error
 */
int
tautan_cli_extract (int    argc,
                    char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanGazetteer) gazetteer = NULL;
  g_autoptr(TautanMerge) merge = tautan_merge_new ();
  g_autofree char *gazetteer_path = NULL;
  g_autofree char *published = NULL;
  g_autofree char *output = NULL;
  g_autofree char *title = NULL;
  g_autofree char *json = NULL;
  gboolean jsonl = FALSE, quiet = FALSE;
  TautanExtractOptions options;
  TautanDay published_day = TAUTAN_DAY_NONE;
  int status = 0;
  guint ok = 0;
  gsize len;
  const GOptionEntry entries[] = {
    { "jsonl", 0, 0, G_OPTION_ARG_NONE, &jsonl, "Read one article per JSON line on standard input, write one extraction per line", NULL },
    { "gazetteer", 'g', 0, G_OPTION_ARG_FILENAME, &gazetteer_path, "Add the entities of a gazetteer file (docs/extraction.md)", "FILE" },
    { "published", 'p', 0, G_OPTION_ARG_STRING, &published, "The articles' publication date, instead of the one found in the text", "DATE" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write to FILE instead of standard output", "FILE" },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, "The dataset's title", "TEXT" },
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, "Print only errors", NULL },
    { NULL }
  };

  context = g_option_context_new ("FILE… — read news articles into a Tautan dataset");
  g_option_context_set_summary (context,
                                "Reads Indonesian or English articles (plain text as copied from a news page)\n"
                                "and writes a dataset: the sources, entities, dated events and attributed quotes\n"
                                "they hold, with exact offsets. FILE “-” is standard input.\n\n"
                                "With --jsonl, reads {\"id\", \"text\", \"url\"?, \"outlet\"?, \"published\"?} per line and\n"
                                "writes {\"id\", \"dataset\"} or {\"id\", \"line\", \"error\"} per line.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("tautan extract: %s\n", error->message);
      return 2;
    }
  if (published != NULL && !tautan_date_expr_parse_day (published, &published_day))
    {
      g_printerr ("tautan extract: “%s” is not a date (try 2024-05-13)\n", published);
      return 2;
    }
  if (jsonl && argc > 1)
    {
      g_printerr ("tautan extract: --jsonl reads standard input: give no FILE\n");
      return 2;
    }
  if (!jsonl && argc < 2)
    {
      g_printerr ("tautan extract: no file given (try “tautan extract --help”)\n");
      return 2;
    }

  tautan_extract_options_init (&options);
  if (gazetteer_path != NULL)
    {
      gazetteer = tautan_gazetteer_new_from_file (tautan_gazetteer_get_default (), gazetteer_path, &error);
      if (gazetteer == NULL)
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      options.gazetteer = gazetteer;
    }

  if (jsonl)
    {
      if (published_day != TAUTAN_DAY_NONE)
        {
          g_printerr ("tautan extract: with --jsonl, give each article its \"published\" member\n");
          return 2;
        }
      return extract_jsonl (output, &options);
    }

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) local_error = NULL;
      g_autoptr(TautanExtraction) extraction = NULL;
      g_autofree char *id = article_id (argv[i]);
      TautanArticle article;
      gsize size;

      if (g_strcmp0 (argv[i], "-") == 0)
        bytes = read_stdin (TAUTAN_EXTRACT_MAX_ARTICLE, &local_error);
      else
        bytes = tautan_file_read_regular (argv[i], TAUTAN_EXTRACT_MAX_ARTICLE, &local_error);
      if (bytes == NULL)
        {
          if (g_error_matches (local_error, TAUTAN_FILE_ERROR, TAUTAN_FILE_ERROR_TOO_LARGE))
            g_printerr ("%s: error: too large for an article (the limit is %d MB): split it into articles\n",
                        argv[i], TAUTAN_EXTRACT_MAX_ARTICLE / (1024 * 1024));
          else
            g_printerr ("%s: error: %s\n", argv[i], tautan_file_describe_error (local_error));
          status = 1;
          continue;
        }

      tautan_article_init (&article);
      article.id = id;
      article.text = g_bytes_get_data (bytes, &size);
      article.text = article.text ? article.text : "";
      article.len = size;
      article.published = published_day;
      extraction = tautan_extract_article (&article, &options, &local_error);
      if (extraction == NULL)
        {
          g_printerr ("%s: error: %s\n", argv[i], local_error->message);
          status = 1;
          continue;
        }
      if (!quiet && tautan_extraction_get_published (extraction) == TAUTAN_DAY_NONE)
        g_printerr ("%s: warning: no publication date found: relative dates are inferred (give --published DATE)\n",
                    argv[i]);
      tautan_merge_add_extraction (merge, extraction);
      if (argc == 2 && title == NULL)
        tautan_merge_set_title (merge, tautan_extraction_get_title (extraction));
      ok++;
    }

  if (ok == 0)
    return 1;
  if (title != NULL)
    tautan_merge_set_title (merge, title);
  else if (argc > 2)
    {
      g_autofree char *t = g_strdup_printf ("%u articles", ok);

      tautan_merge_set_title (merge, t);
    }

  json = tautan_merge_to_json (merge, TRUE, &len);
  if (!tautan_file_write_path (output ? output : "-", json, len, &error))
    {
      g_printerr ("tautan extract: error: %s\n", error->message);
      return 1;
    }
  return status;
}
