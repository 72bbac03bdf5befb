/* tautan-articles-dialog-read.c: reading the articles for review, on a worker thread
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-articles-dialog"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "tautan/tautan-date-expr.h"
#include "tautan/tautan-extract.h"

#include "tautan-articles-dialog-private.h"

/* Each file is read and extracted on its own: one that is empty, binary,
 * not UTF-8 or too large becomes an article with the reason, and the
 * rest of the batch goes on. A JSONL file is one article a line, read a
 * line at a time. */

void
_tautan_article_free (gpointer data)
{
  Article *a = data;

  g_free (a->name);
  g_free (a->error);
  g_clear_object (&a->extraction);
  g_clear_pointer (&a->speaker_items, g_ptr_array_unref);
  g_free (a);
}

static Article *
article_new (const char *name)
{
  Article *a = g_new0 (Article, 1);

  a->name = g_strdup (name);
  a->known_source = TAUTAN_NONE;
  return a;
}

void
_tautan_articles_job_free (Job *job)
{
  g_clear_pointer (&job->files, g_ptr_array_unref);
  g_clear_pointer (&job->articles, g_ptr_array_unref);
  g_clear_object (&job->dataset);
  g_clear_pointer (&job->runs, g_array_unref);
  g_weak_ref_clear (&job->dialog);
  g_free (job);
}

typedef struct
{
  GWeakRef  dialog;
  double    fraction;
  char     *text;
} Progress;

static gboolean
progress_idle_cb (gpointer data)
{
  Progress *progress = data;
  g_autoptr(TautanArticlesDialog) self = g_weak_ref_get (&progress->dialog);

  if (self != NULL)
    _tautan_articles_dialog_set_progress (self, progress->fraction, progress->text);
  g_weak_ref_clear (&progress->dialog);
  g_free (progress->text);
  g_free (progress);
  return G_SOURCE_REMOVE;
}

static void
report_progress (Job        *job,
                 double      fraction,
                 guint       file,
                 const char *name)
{
  g_autoptr(GObject) dialog = g_weak_ref_get (&job->dialog);
  Progress *progress;

  if (dialog == NULL)
    return;
  progress = g_new0 (Progress, 1);
  g_weak_ref_init (&progress->dialog, dialog);
  progress->fraction = fraction;
  /* TRANSLATORS: a file name, then which file of how many */
  progress->text = g_strdup_printf (_("%s (%u of %u)"), name, file + 1, job->files->len);
  g_idle_add (progress_idle_cb, progress);
}

/* ---- articles the dataset already holds ----
 *
 * An article is taken to be one of the open dataset's sources when that
 * source has
 * - the same address (both known, a trailing "/" aside); or
 * - most of its text: half or more of the article's runs of eight words
 *   (case and punctuation aside) occur in the source's text, so a source
 *   curated from the article (a line removed, a typo fixed) still counts;
 * - or the same title, outlet and publication date, all three known
 *   (case aside), for an article whose text was reworded.
 * Its items then start rejected: merged again it would add its source and
 * quotes a second time. */

#define RUN_WORDS 8
#define FNV_OFFSET G_GUINT64_CONSTANT (14695981039346656037)
#define FNV_PRIME  G_GUINT64_CONSTANT (1099511628211)

typedef struct
{
  guint64 hash;
  guint   source;
} Run;

/* Appends the hash of every run of RUN_WORDS words of @text to @runs. */
static void
text_runs (const char *text,
           guint       source,
           GArray     *runs)
{
  guint64 ring[RUN_WORDS];
  guint64 word = FNV_OFFSET;
  gboolean in_word = FALSE;
  guint n_words = 0;

  for (const char *p = text; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && g_unichar_isalnum (c))
        {
          word = (word ^ g_unichar_tolower (c)) * FNV_PRIME;
          in_word = TRUE;
          continue;
        }
      if (in_word)
        {
          ring[n_words++ % RUN_WORDS] = word;
          if (n_words >= RUN_WORDS)
            {
              Run run = { FNV_OFFSET, source };

              for (guint k = 0; k < RUN_WORDS; k++)
                run.hash = (run.hash ^ ring[(n_words + k) % RUN_WORDS]) * FNV_PRIME;
              g_array_append_val (runs, run);
            }
          word = FNV_OFFSET;
          in_word = FALSE;
        }
      if (c == 0)
        break;
    }
}

static int
compare_runs (gconstpointer a,
              gconstpointer b)
{
  const Run *x = a, *y = b;

  if (x->hash != y->hash)
    return x->hash < y->hash ? -1 : 1;
  return (x->source > y->source) - (x->source < y->source);
}

/* Sorted, each (run, source) once. */
static void
sort_runs (GArray *runs)
{
  guint n = 0;

  g_array_sort (runs, compare_runs);
  for (guint i = 0; i < runs->len; i++)
    if (n == 0 || compare_runs (&g_array_index (runs, Run, i), &g_array_index (runs, Run, n - 1)) != 0)
      g_array_index (runs, Run, n++) = g_array_index (runs, Run, i);
  g_array_set_size (runs, n);
}

static gboolean
same_url (const char *a,
          const char *b)
{
  gsize la, lb;

  if (a == NULL || b == NULL || *a == '\0' || *b == '\0')
    return FALSE;
  la = strlen (a);
  lb = strlen (b);
  while (la > 0 && a[la - 1] == '/')
    la--;
  while (lb > 0 && b[lb - 1] == '/')
    lb--;
  return la == lb && strncmp (a, b, la) == 0;
}

static gboolean
same_words (const char *a,
            const char *b)
{
  g_autofree char *x = NULL;
  g_autofree char *y = NULL;

  if (a == NULL || b == NULL)
    return FALSE;
  x = g_utf8_casefold (a, -1);
  y = g_utf8_casefold (b, -1);
  return strcmp (g_strstrip (x), g_strstrip (y)) == 0 && *x != '\0';
}

static guint
find_known (Job              *job,
            TautanExtraction *extraction,
            KnownReason      *reason)
{
  TautanDataset *ds = job->dataset;
  guint n_sources = ds != NULL ? tautan_dataset_get_n_sources (ds) : 0;
  const char *url = tautan_extraction_get_url (extraction);
  const char *title = tautan_extraction_get_title (extraction);
  const char *outlet = tautan_extraction_get_outlet (extraction);
  TautanDay published = tautan_extraction_get_published (extraction);
  g_autoptr(GArray) runs = NULL;
  g_autofree guint *shared = NULL;
  guint best = TAUTAN_NONE;

  *reason = KNOWN_NONE;
  if (n_sources == 0)
    return TAUTAN_NONE;

  for (guint i = 0; i < n_sources; i++)
    {
      TautanSource source;

      tautan_dataset_get_source (ds, i, &source);
      if (same_url (url, source.url))
        {
          *reason = KNOWN_URL;
          return i;
        }
    }

  if (job->runs == NULL)
    {
      job->runs = g_array_new (FALSE, FALSE, sizeof (Run));
      for (guint i = 0; i < n_sources; i++)
        {
          TautanSource source;

          tautan_dataset_get_source (ds, i, &source);
          if (source.text != NULL)
            text_runs (source.text, i, job->runs);
        }
      sort_runs (job->runs);
    }
  runs = g_array_new (FALSE, FALSE, sizeof (Run));
  text_runs (tautan_extraction_get_text (extraction), 0, runs);
  sort_runs (runs);
  shared = g_new0 (guint, n_sources);
  for (guint i = 0; i < runs->len; i++)
    {
      Run key = { g_array_index (runs, Run, i).hash, 0 };
      guint lo = 0, hi = job->runs->len;

      /* the first of the dataset's runs with this hash */
      while (lo < hi)
        {
          guint mid = lo + (hi - lo) / 2;

          if (compare_runs (&g_array_index (job->runs, Run, mid), &key) < 0)
            lo = mid + 1;
          else
            hi = mid;
        }
      for (; lo < job->runs->len && g_array_index (job->runs, Run, lo).hash == key.hash; lo++)
        shared[g_array_index (job->runs, Run, lo).source]++;
    }
  for (guint i = 0; i < n_sources; i++)
    if (runs->len > 0 && shared[i] * 2 >= runs->len && (best == TAUTAN_NONE || shared[i] > shared[best]))
      best = i;
  if (best != TAUTAN_NONE)
    {
      *reason = KNOWN_TEXT;
      return best;
    }

  for (guint i = 0; i < n_sources && published != TAUTAN_DAY_NONE; i++)
    {
      TautanSource source;

      tautan_dataset_get_source (ds, i, &source);
      if (source.published == published && same_words (title, source.title) && same_words (outlet, source.outlet))
        {
          *reason = KNOWN_TITLE;
          return i;
        }
    }
  return TAUTAN_NONE;
}

static void
add_result (Job                 *job,
            const char          *name,
            const TautanArticle *article)
{
  g_autoptr(GError) error = NULL;
  Article *a = article_new (name);
  gsize len = article->len < 0 ? strlen (article->text) : (gsize)article->len;

  if (tautan_extract_check_text (article->text, len, &error))
    a->extraction = tautan_extract_article (article, NULL, &error);
  if (a->extraction == NULL)
    a->error = g_strdup (error != NULL ? error->message : _("nothing could be extracted"));
  else
    a->known_source = find_known (job, a->extraction, &a->known_reason);
  g_ptr_array_add (job->articles, a);
}

static void
add_failure (Job        *job,
             const char *name,
             const char *reason)
{
  Article *a = article_new (name);

  a->error = g_strdup (reason);
  g_ptr_array_add (job->articles, a);
}

/* "foo.txt" → "foo": the article's id, from which its items' ids derive. */
char *
_tautan_articles_id (const char *basename)
{
  const char *dot = strrchr (basename, '.');

  return dot != NULL && dot != basename ? g_strndup (basename, dot - basename) : g_strdup (basename);
}

static void
read_text_file (Job          *job,
                GFile        *file,
                const char   *name,
                GCancellable *cancellable)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *id = _tautan_articles_id (name);
  TautanArticle article;
  gsize len;

  /* A stray huge file is refused before it is read, not ground through. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, cancellable, &error);
  if (info != NULL && g_file_info_get_size (info) > TAUTAN_EXTRACT_MAX_ARTICLE)
    {
      add_failure (job, name, _("larger than 16 MB: not an article"));
      return;
    }
  if (info == NULL || !g_file_load_contents (file, cancellable, &contents, &len, NULL, &error))
    {
      add_failure (job, name, error->message);
      return;
    }

  tautan_article_init (&article);
  article.id = id;
  article.text = contents;
  article.len = (gssize)len;
  add_result (job, name, &article);
}

/* One JSONL line: {"id", "text", "url"?, "outlet"?, "title"?, "published"?}. */
static void
read_jsonl_line (Job        *job,
                 const char *name,
                 guint64     number,
                 const char *line,
                 gsize       len)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *where = g_strdup_printf ("%s:%" G_GUINT64_FORMAT, name, number);
  g_autofree char *fallback_id = NULL;
  TautanArticle article;
  JsonObject *object;
  const char *published;

  if (!g_utf8_validate (line, (gssize)len, NULL))
    {
      add_failure (job, where, _("not valid UTF-8"));
      return;
    }
  if (!json_parser_load_from_data (parser, line, (gssize)len, &error))
    {
      g_autofree char *reason = NULL;
      int column = 0, consumed = 0;

      /* json-glib names the line "<data>:1:COLUMN:": the file and line
       * are in @where already */
      if (sscanf (error->message, "<data>:%*d:%d: %n", &column, &consumed) == 1 && consumed > 0)
        reason = g_strdup_printf (_("not JSON at column %d: %s"), column, error->message + consumed);
      add_failure (job, where, reason != NULL ? reason : error->message);
      return;
    }
  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)) ||
      !json_object_has_member ((object = json_node_get_object (json_parser_get_root (parser))), "text") ||
      json_object_get_string_member_with_default (object, "text", NULL) == NULL)
    {
      add_failure (job, where, _("not an article: an object with a “text” string is expected"));
      return;
    }

  tautan_article_init (&article);
  fallback_id = g_strdup_printf ("%s-%" G_GUINT64_FORMAT, name, number);
  article.id = json_object_get_string_member_with_default (object, "id", fallback_id);
  article.text = json_object_get_string_member (object, "text");
  article.len = -1;
  article.url = json_object_get_string_member_with_default (object, "url", NULL);
  article.outlet = json_object_get_string_member_with_default (object, "outlet", NULL);
  article.title = json_object_get_string_member_with_default (object, "title", NULL);
  published = json_object_get_string_member_with_default (object, "published", NULL);
  if (published != NULL && !tautan_date_expr_parse_day (published, &article.published))
    {
      g_autofree char *reason = g_strdup_printf (_("“published”: “%s” is not a date (use YYYY-MM-DD)"), published);

      add_failure (job, where, reason);
      return;
    }
  add_result (job, where, &article);
}

static void
read_jsonl_file (Job          *job,
                 guint         index,
                 GFile        *file,
                 const char   *name,
                 GCancellable *cancellable)
{
  g_autoptr(GFileInputStream) input = NULL;
  g_autoptr(GDataInputStream) data = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  goffset size, done = 0;
  guint64 number = 0;

  if ((input = g_file_read (file, cancellable, &error)) == NULL ||
      (info = g_file_input_stream_query_info (input, G_FILE_ATTRIBUTE_STANDARD_SIZE, cancellable, &error)) == NULL)
    {
      add_failure (job, name, error->message);
      return;
    }
  size = MAX (g_file_info_get_size (info), 1);
  data = g_data_input_stream_new (G_INPUT_STREAM (input));
  for (;;)
    {
      gsize len;
      g_autofree char *line = g_data_input_stream_read_line (data, &len, cancellable, &error);

      if (line == NULL)
        {
          if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            add_failure (job, name, error->message);
          return;
        }
      number++;
      done += (goffset)len + 1;
      if (len == 0)
        continue;
      read_jsonl_line (job, name, number, line, len);
      report_progress (job, (index + MIN ((double)done / size, 1.0)) / job->files->len, index, name);
    }
}

void
_tautan_articles_read_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Job *job = task_data;

  for (guint i = 0; i < job->files->len; i++)
    {
      GFile *file = g_ptr_array_index (job->files, i);
      g_autofree char *name = g_file_get_basename (file);

      if (g_cancellable_is_cancelled (cancellable))
        break;
      report_progress (job, (double)i / job->files->len, i, name);
      if (g_str_has_suffix (name, ".jsonl"))
        read_jsonl_file (job, i, file, name, cancellable);
      else
        read_text_file (job, file, name, cancellable);
    }
  if (g_task_return_error_if_cancelled (task))
    return;
  g_task_return_boolean (task, TRUE);
}

