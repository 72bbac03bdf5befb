/* bench-extract.c: how fast the extractor reads news
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bench-extract"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "tautan/tautan-dataset.h"
#include "tautan/tautan-extract.h"
#include "tautan/tautan-file.h"

#include "tautan-bench-util.h"

/* Prints `bench <name> <value> <unit>` as ../shared/BENCH.md asks; lines
 * starting with '#' are context.
 *
 * extract: the five seed articles (the bundled dataset's source texts) and
 * the real articles of the extractor's development set, both parts
 * (tests/data/extract/, Indonesian and English), taken in turn until at
 * least 50 MB of article text, each extracted by tautan_extract_article()
 * (text furniture, source, quotes, speakers, entities, events, dates) on
 * this one thread, as `tautan extract` does per article, and each
 * written out: the whole of `tautan extract --jsonl` (tautan_extract_jsonl():
 * reading the JSON line, extracting, writing the extraction's line, here to
 * /dev/null), which is what a user waits for. Megabytes (10^6 bytes) of
 * article text per second, median of 3 after a warm-up; the extraction
 * alone (tautan_extract_article()) is printed beside it.
 *
 * --quick: 5 MB, 1 run. */

#define TARGET_MB 50
#define QUICK_MB  5

/* The seeds, then the development set's articles. */
static GPtrArray *
load_articles (void)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanDataset) seeds = tautan_dataset_load_resource (RESOURCE_PREFIX "/datasets/korea-russia.json",
                                                                 &error);
  const char *parts[] = { "dev", "heldout" };

  g_assert_no_error (error);
  for (guint i = 0; i < tautan_dataset_get_n_sources (seeds); i++)
    {
      TautanSource source;

      tautan_dataset_get_source (seeds, i, &source);
      g_ptr_array_add (texts, g_strdup (source.text));
    }

  for (guint p = 0; p < G_N_ELEMENTS (parts); p++)
    {
      g_autofree char *dir_path = g_build_filename (TAUTAN_TEST_DATA, "extract", parts[p], NULL);
      g_autoptr(GDir) dir = g_dir_open (dir_path, 0, &error);
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      const char *name;

      g_assert_no_error (error);
      while ((name = g_dir_read_name (dir)) != NULL)
        if (g_str_has_suffix (name, ".txt"))
          g_ptr_array_add (names, g_strdup (name));
      g_ptr_array_sort (names, (GCompareFunc)g_strcmp0);
      for (guint i = 0; i < names->len; i++)
        {
          g_autofree char *path = g_build_filename (dir_path, g_ptr_array_index (names, i), NULL);
          char *text = NULL;

          g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
          g_ptr_array_add (texts, text);
        }
    }
  return texts;
}

/* Extracts articles in turn until @target bytes; returns the bytes read. */
static gsize
run (GPtrArray                  *texts,
     const TautanExtractOptions *options,
     gsize                       target,
     guint                      *n_articles)
{
  gsize bytes = 0;
  guint n = 0;

  while (bytes < target)
    {
      const char *text = g_ptr_array_index (texts, n % texts->len);
      g_autofree char *id = g_strdup_printf ("article-%u", n);
      g_autoptr(GError) error = NULL;
      TautanExtraction *extraction;
      TautanArticle article;

      tautan_article_init (&article);
      article.id = id;
      article.text = text;
      extraction = tautan_extract_article (&article, options, &error);
      g_assert_no_error (error);
      g_object_unref (extraction);
      bytes += strlen (text);
      n++;
    }
  *n_articles = n;
  return bytes;
}

/* The articles taken in turn to @target bytes of text, one JSON line each,
 * as `tautan extract --jsonl` reads them. */
static GBytes *
jsonl_input (GPtrArray *texts,
             gsize      target)
{
  GString *out = g_string_new (NULL);
  gsize bytes = 0;

  for (guint n = 0; bytes < target; n++)
    {
      const char *text = g_ptr_array_index (texts, n % texts->len);
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonGenerator) generator = json_generator_new ();
      g_autoptr(JsonNode) root = NULL;
      g_autofree char *id = g_strdup_printf ("article-%u", n);
      g_autofree char *line = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, id);
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, text);
      json_builder_set_member_name (builder, "published");
      json_builder_add_string_value (builder, "2026-12-05");
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      json_generator_set_root (generator, root);
      line = json_generator_to_data (generator, NULL);
      g_string_append (out, line);
      g_string_append_c (out, '\n');
      bytes += strlen (text);
    }
  return g_string_free_to_bytes (out);
}

/* `tautan extract --jsonl` over @input, its lines written to /dev/null;
 * returns the bytes of article text read. */
static gsize
run_jsonl (GBytes                     *input,
           const TautanExtractOptions *options,
           guint                      *n_articles)
{
  g_autoptr(GInputStream) in = g_memory_input_stream_new_from_bytes (input);
  g_autoptr(GError) error = NULL;
  TautanFileWriter *writer = tautan_file_writer_new_for_path ("/dev/null", &error);
  TautanJsonlStats stats = { 0 };

  g_assert_no_error (error);
  g_assert_true (tautan_extract_jsonl (in, writer, options, &stats, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.failed, ==, 0);
  g_assert_true (tautan_file_writer_commit (writer, &error));
  g_assert_no_error (error);
  tautan_file_writer_free (writer);
  *n_articles = (guint)stats.lines;
  return stats.bytes;
}

int
main (int   argc,
      char *argv[])
{
  gboolean quick = argc > 1 && g_strcmp0 (argv[1], "--quick") == 0;
  gsize target = (gsize)(quick ? QUICK_MB : TARGET_MB) * 1000 * 1000;
  guint n_runs = quick ? 1 : 3;
  g_autoptr(GPtrArray) texts = load_articles ();
  TautanExtractOptions options;
  double rates[3], alone[3];
  g_autoptr(GBytes) input = NULL;
  gsize corpus = 0;
  guint n_articles = 0;

  setvbuf (stdout, NULL, _IOLBF, 0);
  tautan_extract_options_init (&options);
  /* Relative dates resolve against a fixed day, as in the tests. */
  options.today = tautan_day_from_ymd (2026, 12, 5);
  for (guint i = 0; i < texts->len; i++)
    corpus += strlen (g_ptr_array_index (texts, i));
  g_print ("# %u articles (%.0f kB) taken in turn to %u MB, one thread\n", texts->len, corpus / 1e3,
           (guint)(target / 1000000));

  run (texts, &options, target / 10, &n_articles);   /* warm-up: the gazetteer and lexicons */
  for (guint r = 0; r < n_runs; r++)
    {
      double t0 = now_s ();
      gsize bytes = run (texts, &options, target, &n_articles);
      double seconds = now_s () - t0;

      alone[r] = bytes / 1e6 / seconds;
      g_print ("# extraction alone, run %u: %u articles, %.1f MB in %.2f s\n", r + 1, n_articles, bytes / 1e6,
               seconds);
    }

  input = jsonl_input (texts, target);
  for (guint r = 0; r < n_runs; r++)
    {
      double t0 = now_s ();
      gsize bytes = run_jsonl (input, &options, &n_articles);
      double seconds = now_s () - t0;

      rates[r] = bytes / 1e6 / seconds;
      g_print ("# tautan extract --jsonl, run %u: %u articles, %.1f MB in %.2f s\n", r + 1, n_articles,
               bytes / 1e6, seconds);
    }
  qsort (alone, n_runs, sizeof alone[0], cmp_double);
  qsort (rates, n_runs, sizeof rates[0], cmp_double);
  g_print ("# extraction alone (tautan_extract_article): %.1f MB/s\n", alone[n_runs / 2]);
  g_print ("bench extract %.1f MB/s\n", rates[n_runs / 2]);
  return 0;
}
