/* tautan-articles-dialog.c: File › Import Articles…, news articles reviewed into a dataset
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Owns the review of extracted articles in the app: the files read and
 * extracted on a worker thread with progress and Cancel, a list of the
 * articles (and of the files that could not be read, with the reason),
 * the selected article's text with its items marked in place, and the
 * items with what a reviewer fixes: accepted or not, a quote's speaker
 * and certainty, an entity's name and kind, an event's date. Merging
 * writes the open dataset plus the accepted items to a new file and
 * opens it in a new window with the old window's positions, filters and
 * views; the old window keeps the dataset as it was, so closing the new
 * window undoes the merge.
 */

#define G_LOG_DOMAIN "tautan-articles-dialog"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "tautan/tautan-article-view.h"
#include "tautan/tautan-articles-dialog.h"
#include "tautan/tautan-date-expr.h"
#include "tautan/tautan-extract.h"
#include "tautan/tautan-text.h"

#include "tautan-window-private.h"

/* One file read, or one line of a JSONL file. */
typedef struct
{
  char             *name;
  char             *error;          /* why it could not be read; NULL when extracted */
  TautanExtraction *extraction;
  GtkLabel         *counts_label;   /* in its row, owned by the list */

  /* The speakers a quote can be given: "not named", the article's
   * entities, then the dataset's. Built when the article is first shown. */
  GtkStringList    *speakers;
  GPtrArray        *speaker_items;  /* entity item, or NULL for a dataset entity not used yet */
  GArray           *speaker_ids;    /* guint: dataset entity, or TAUTAN_NONE */
} Article;

struct _TautanArticlesDialog
{
  AdwWindow          parent_instance;

  AdwWindowTitle    *window_title;
  GtkStack          *stack;
  GtkProgressBar    *progress_bar;
  GtkLabel          *progress_label;
  GtkListBox        *articles_list;
  GtkStack          *detail_stack;
  GtkLabel          *legend_label;
  TautanArticleView *article_view;
  GtkListBox        *items_list;
  AdwStatusPage     *error_page;

  TautanWindow      *window;        /* weak: the window whose dataset is merged into */
  GPtrArray         *articles;      /* Article */
  GCancellable      *cancellable;   /* while reading */
  GtkFileChooserNative *chooser;
  Article           *shown;
};

G_DEFINE_FINAL_TYPE (TautanArticlesDialog, tautan_articles_dialog, ADW_TYPE_WINDOW)

static void
article_free (gpointer data)
{
  Article *a = data;

  g_free (a->name);
  g_free (a->error);
  g_clear_object (&a->extraction);
  g_clear_object (&a->speakers);
  g_clear_pointer (&a->speaker_items, g_ptr_array_unref);
  g_clear_pointer (&a->speaker_ids, g_array_unref);
  g_free (a);
}

static Article *
article_new (const char *name)
{
  Article *a = g_new0 (Article, 1);

  a->name = g_strdup (name);
  return a;
}

static void
show_error (TautanArticlesDialog *self,
            const char           *heading,
            const char           *message)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, message));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- reading, on a worker thread ---- */

typedef struct
{
  GPtrArray *files;       /* GFile */
  GPtrArray *articles;    /* Article, handed to the dialog when done */
  GWeakRef   dialog;
} Job;

static void
job_free (Job *job)
{
  g_clear_pointer (&job->files, g_ptr_array_unref);
  g_clear_pointer (&job->articles, g_ptr_array_unref);
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

  if (self != NULL && self->cancellable != NULL)
    {
      gtk_progress_bar_set_fraction (self->progress_bar, progress->fraction);
      gtk_label_set_text (self->progress_label, progress->text);
    }
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
static char *
article_id (const char *basename)
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
  g_autofree char *id = article_id (name);
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
      add_failure (job, where, error->message);
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

static void
read_thread (GTask        *task,
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

/* ---- the article list ---- */

static char *
format_counts (Article *a)
{
  guint quotes, entities, events;
  g_autofree char *q = NULL;
  g_autofree char *n = NULL;
  g_autofree char *e = NULL;

  tautan_extraction_count (a->extraction, &quotes, &entities, &events);
  q = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u quote", "%u quotes", quotes), quotes);
  n = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u entity", "%u entities", entities), entities);
  e = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event", "%u events", events), events);
  return g_strdup_printf ("%s · %s · %s", q, n, e);
}

static void
update_counts (TautanArticlesDialog *self)
{
  for (guint i = 0; i < self->articles->len; i++)
    {
      Article *a = g_ptr_array_index (self->articles, i);

      if (a->extraction != NULL && a->counts_label != NULL)
        {
          g_autofree char *counts = format_counts (a);

          gtk_label_set_text (a->counts_label, counts);
        }
    }
}

static GtkWidget *
add_label (GtkBox     *box,
           const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (box, label);
  return label;
}

static GtkWidget *
article_row (TautanArticlesDialog *self,
             Article              *a)
{
  GtkBox *box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 2));
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_widget_set_margin_top (GTK_WIDGET (box), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (box), 6);
  if (a->extraction == NULL)
    {
      GtkWidget *reason;

      add_label (box, a->name, "heading");
      reason = add_label (box, a->error, "error");
      gtk_label_set_wrap (GTK_LABEL (reason), TRUE);
      gtk_label_set_ellipsize (GTK_LABEL (reason), PANGO_ELLIPSIZE_NONE);
      gtk_widget_set_tooltip_text (row, a->error);
    }
  else
    {
      const char *title = tautan_extraction_get_title (a->extraction);
      const char *outlet = tautan_extraction_get_outlet (a->extraction);
      TautanDay published = tautan_extraction_get_published (a->extraction);
      g_autofree char *date = published != TAUTAN_DAY_NONE ? tautan_text_format_day (published)
                                                           : g_strdup (_("no date found"));
      g_autofree char *source = g_strdup_printf ("%s · %s", outlet != NULL ? outlet : _("outlet not named"), date);
      g_autofree char *counts = format_counts (a);
      GtkWidget *title_label;

      title_label = add_label (box, title != NULL && *title != '\0' ? title : a->name, "heading");
      gtk_label_set_wrap (GTK_LABEL (title_label), TRUE);
      gtk_label_set_lines (GTK_LABEL (title_label), 2);
      add_label (box, source, "caption");
      a->counts_label = GTK_LABEL (add_label (box, counts, "caption"));
      gtk_widget_add_css_class (GTK_WIDGET (a->counts_label), "dim-label");
      gtk_widget_set_tooltip_text (row, a->name);
    }
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), GTK_WIDGET (box));
  return row;
}

/* ---- speakers ---- */

static void
build_speakers (TautanArticlesDialog *self,
                Article              *a)
{
  GListModel *items = tautan_extraction_get_items (a->extraction);
  TautanDataset *dataset = self->window ? tautan_window_get_dataset (self->window) : NULL;
  guint none = TAUTAN_NONE;

  if (a->speakers != NULL)
    return;
  a->speakers = gtk_string_list_new (NULL);
  a->speaker_items = g_ptr_array_new ();
  a->speaker_ids = g_array_new (FALSE, FALSE, sizeof (guint));

  gtk_string_list_append (a->speakers, _("Not named: as the text says"));
  g_ptr_array_add (a->speaker_items, NULL);
  g_array_append_val (a->speaker_ids, none);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(TautanExtractionItem) item = g_list_model_get_item (items, i);

      if (tautan_extraction_item_get_kind (item) != TAUTAN_EXTRACTION_ENTITY)
        continue;
      gtk_string_list_append (a->speakers, tautan_extraction_item_get_name (item));
      g_ptr_array_add (a->speaker_items, item);
      g_array_append_val (a->speaker_ids, none);
    }
  for (guint e = 0; dataset != NULL && e < tautan_dataset_get_n_entities (dataset); e++)
    {
      TautanEntity view;
      g_autofree char *label = NULL;

      tautan_dataset_get_entity (dataset, e, &view);
      /* TRANSLATORS: an entity of the open dataset, offered as a speaker */
      label = g_strdup_printf (_("%s (in the dataset)"), view.name);
      gtk_string_list_append (a->speakers, label);
      g_ptr_array_add (a->speaker_items, NULL);
      g_array_append_val (a->speaker_ids, e);
    }
}

static guint
speaker_position (Article              *a,
                  TautanExtractionItem *quote)
{
  TautanExtractionItem *speaker = tautan_extraction_item_get_speaker (quote);
  guint position;

  if (speaker != NULL && g_ptr_array_find (a->speaker_items, speaker, &position))
    return position;
  return 0;
}

static void
speaker_selected_cb (GtkDropDown          *drop,
                     GParamSpec           *pspec,
                     TautanArticlesDialog *self)
{
  TautanExtractionItem *quote = g_object_get_data (G_OBJECT (drop), "tautan-item");
  GtkEditable *entry = g_object_get_data (G_OBJECT (drop), "tautan-entry");
  guint position = gtk_drop_down_get_selected (drop);
  Article *a = self->shown;
  TautanExtractionItem *entity;

  if (a == NULL || position == GTK_INVALID_LIST_POSITION || position >= a->speaker_items->len)
    return;

  gtk_widget_set_visible (GTK_WIDGET (entry), position == 0);
  if (position == 0)
    {
      const char *text = gtk_editable_get_text (entry);

      tautan_extraction_item_set_speaker_text (quote, *text != '\0' ? text : NULL);
      return;
    }

  entity = g_ptr_array_index (a->speaker_items, position);
  if (entity == NULL)
    {
      TautanDataset *dataset = self->window ? tautan_window_get_dataset (self->window) : NULL;
      guint e = g_array_index (a->speaker_ids, guint, position);
      TautanEntity view;

      if (dataset == NULL || e >= tautan_dataset_get_n_entities (dataset))
        return;
      tautan_dataset_get_entity (dataset, e, &view);
      entity = tautan_extraction_add_known_entity (a->extraction, view.id, view.name, view.kind);
      g_ptr_array_index (a->speaker_items, position) = entity;
    }
  tautan_extraction_item_set_speaker (quote, entity);
}

static void
speaker_text_changed_cb (GtkEditable *entry,
                         GtkDropDown *drop)
{
  TautanExtractionItem *quote = g_object_get_data (G_OBJECT (drop), "tautan-item");
  const char *text = gtk_editable_get_text (entry);

  if (gtk_drop_down_get_selected (drop) == 0)
    tautan_extraction_item_set_speaker_text (quote, *text != '\0' ? text : NULL);
}

static void
certain_toggled_cb (GtkCheckButton       *check,
                    TautanExtractionItem *quote)
{
  gboolean active = gtk_check_button_get_active (check);

  if (tautan_extraction_item_get_certain (quote) != active)
    tautan_extraction_item_set_certain (quote, active);
}

/* Naming a speaker makes the attribution certain: the check follows. */
static void
quote_changed_cb (TautanExtractionItem *quote,
                  GParamSpec           *pspec,
                  GtkCheckButton       *check)
{
  if (gtk_check_button_get_active (check) != tautan_extraction_item_get_certain (quote))
    gtk_check_button_set_active (check, tautan_extraction_item_get_certain (quote));
}

/* ---- entities ---- */

static void
entity_name_changed_cb (GtkEditable          *entry,
                        TautanExtractionItem *entity)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  /* an entity needs a name: an emptied field keeps the last one */
  if (*name != '\0' && g_strcmp0 (name, tautan_extraction_item_get_name (entity)) != 0)
    tautan_extraction_item_set_name (entity, name);
}

static void
entity_kind_selected_cb (GtkDropDown          *drop,
                         GParamSpec           *pspec,
                         TautanExtractionItem *entity)
{
  guint kind = gtk_drop_down_get_selected (drop);

  if (kind < TAUTAN_N_ENTITY_KINDS && kind != tautan_extraction_item_get_entity_kind (entity))
    tautan_extraction_item_set_entity_kind (entity, kind);
}

/* ---- event dates ---- */

static char *
format_date (TautanExtractionItem *event)
{
  TautanDay start, end;
  TautanPrecision precision;
  int y, m, d;

  tautan_extraction_item_get_date (event, &start, &end, &precision);
  if (start == TAUTAN_DAY_NONE)
    return g_strdup ("");
  tautan_day_to_ymd (start, &y, &m, &d);
  switch (precision)
    {
    case TAUTAN_PRECISION_DAY:
      return tautan_day_format (start);
    case TAUTAN_PRECISION_MONTH:
      return g_strdup_printf ("%04d-%02d", y, m);
    case TAUTAN_PRECISION_YEAR:
      return g_strdup_printf ("%04d", y);
    case TAUTAN_PRECISION_WEEK:
    case TAUTAN_PRECISION_RANGE:
    case TAUTAN_N_PRECISIONS:
    default:
      {
        g_autofree char *a = tautan_day_format (start);
        g_autofree char *b = tautan_day_format (end);

        return g_strdup_printf ("%s/%s", a, b);
      }
    }
}

/* "2024-05-13", "2024-05" or "2024": the first and last day it names,
 * and how finely it was written. */
static gboolean
parse_date_part (const char      *text,
                 TautanDay       *start,
                 TautanDay       *end,
                 TautanPrecision *written)
{
  int y, m;
  char tail;

  if (tautan_day_parse (text, strlen (text), start))
    {
      *end = *start;
      *written = TAUTAN_PRECISION_DAY;
      return TRUE;
    }
  if (sscanf (text, "%4d-%2d%c", &y, &m, &tail) == 2 && strlen (text) == 7 && m >= 1 && m <= 12)
    {
      *start = tautan_day_from_ymd (y, m, 1);
      *end = tautan_day_from_ymd (y, m, tautan_days_in_month (y, m));
      *written = TAUTAN_PRECISION_MONTH;
      return *start != TAUTAN_DAY_NONE;
    }
  if (sscanf (text, "%4d%c", &y, &tail) == 1 && strlen (text) == 4)
    {
      *start = tautan_day_from_ymd (y, 1, 1);
      *end = tautan_day_from_ymd (y, 12, 31);
      *written = TAUTAN_PRECISION_YEAR;
      return *start != TAUTAN_DAY_NONE;
    }
  return FALSE;
}

static gboolean
parse_date (const char       *text,
            TautanPrecision   precision,
            TautanDay        *start,
            TautanDay        *end,
            const char      **problem)
{
  g_auto(GStrv) parts = g_strsplit (text, "/", 3);
  TautanPrecision written;
  TautanDay a0, a1, b0, b1;
  int y, m, d;

  if (parts[0] == NULL || !parse_date_part (g_strstrip (parts[0]), &a0, &a1, &written))
    {
      *problem = _("Write a date as YYYY-MM-DD, YYYY-MM or YYYY, or a range as YYYY-MM-DD/YYYY-MM-DD.");
      return FALSE;
    }
  if (parts[1] != NULL)
    {
      if (parts[2] != NULL || !parse_date_part (g_strstrip (parts[1]), &b0, &b1, &written))
        {
          *problem = _("A range is two dates joined by a slash: YYYY-MM-DD/YYYY-MM-DD.");
          return FALSE;
        }
      *start = a0;
      *end = b1;
      return TRUE;
    }

  tautan_day_to_ymd (a0, &y, &m, &d);
  switch (precision)
    {
    case TAUTAN_PRECISION_DAY:
    case TAUTAN_PRECISION_WEEK:
      if (written != TAUTAN_PRECISION_DAY)
        {
          *problem = _("A day or a week needs the day: YYYY-MM-DD.");
          return FALSE;
        }
      *start = a0;
      *end = precision == TAUTAN_PRECISION_WEEK ? a0 + 6 : a0;
      return TRUE;
    case TAUTAN_PRECISION_MONTH:
      if (written == TAUTAN_PRECISION_YEAR)
        {
          *problem = _("A month needs its year and month: YYYY-MM.");
          return FALSE;
        }
      *start = tautan_day_from_ymd (y, m, 1);
      *end = tautan_day_from_ymd (y, m, tautan_days_in_month (y, m));
      return TRUE;
    case TAUTAN_PRECISION_YEAR:
      *start = tautan_day_from_ymd (y, 1, 1);
      *end = tautan_day_from_ymd (y, 12, 31);
      return TRUE;
    case TAUTAN_PRECISION_RANGE:
    case TAUTAN_N_PRECISIONS:
    default:
      *start = a0;
      *end = a1;
      return TRUE;
    }
}

static void
apply_date (GtkWidget *any)
{
  GtkWidget *box = gtk_widget_get_parent (any);
  GtkEditable *entry = g_object_get_data (G_OBJECT (box), "tautan-date");
  GtkDropDown *drop = g_object_get_data (G_OBJECT (box), "tautan-precision");
  TautanExtractionItem *event = g_object_get_data (G_OBJECT (box), "tautan-item");
  TautanPrecision precision = gtk_drop_down_get_selected (drop);
  const char *problem = NULL;
  g_autoptr(GError) error = NULL;
  TautanDay start, end;

  if (!parse_date (gtk_editable_get_text (entry), precision, &start, &end, &problem) ||
      !tautan_extraction_item_set_date (event, start, end, precision, NULL, &error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (entry), problem != NULL ? problem : error->message);
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  gtk_widget_set_tooltip_text (GTK_WIDGET (entry), _("Set in review: press Enter to apply a typed date"));
}

static void
date_activate_cb (GtkWidget *entry)
{
  apply_date (entry);
}

static void
precision_selected_cb (GtkWidget  *drop,
                       GParamSpec *pspec)
{
  apply_date (drop);
}

/* ---- item rows ---- */

static const char *kind_colours[] = { "#f6d32d", NULL, "#2ec27e" };

static char *
kind_markup (TautanExtractionItem *item)
{
  const char *words[] = { N_("Quote"), N_("Entity"), N_("Event") };
  TautanExtractionItemKind kind = tautan_extraction_item_get_kind (item);
  g_autofree char *word = g_markup_escape_text (_(words[kind]), -1);

  if (kind == TAUTAN_EXTRACTION_ENTITY)
    return g_strdup_printf ("<span background=\"#3584e4\" bgalpha=\"35%%\"> %s </span>", word);
  if (kind == TAUTAN_EXTRACTION_EVENT)
    return g_strdup_printf ("<span underline=\"double\" underline_color=\"%s\">%s</span>", kind_colours[kind], word);
  return g_strdup_printf ("<span background=\"%s\" bgalpha=\"45%%\"> %s </span>", kind_colours[kind], word);
}

static GtkWidget *
detail_box (GtkBox *parent)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  gtk_widget_set_margin_start (box, 32);
  gtk_box_append (parent, box);
  return box;
}

static GtkWidget *
string_drop_down (GListModel *model)
{
  GtkExpression *expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  GtkWidget *drop = gtk_drop_down_new (g_object_ref (model), expression);

  gtk_widget_set_valign (drop, GTK_ALIGN_CENTER);
  return drop;
}

static void
quote_details (TautanArticlesDialog *self,
               GtkBox               *row_box,
               TautanExtractionItem *quote)
{
  Article *a = self->shown;
  GtkBox *box = GTK_BOX (detail_box (row_box));
  GtkWidget *drop, *entry, *certain, *label;
  const char *text = tautan_extraction_item_get_speaker_text (quote);
  guint position;

  label = gtk_label_new (_("Speaker"));
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (box, label);

  build_speakers (self, a);
  drop = string_drop_down (G_LIST_MODEL (a->speakers));
  gtk_widget_set_name (drop, "speaker");
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (drop), TRUE);
  gtk_widget_set_hexpand (drop, TRUE);
  gtk_widget_set_tooltip_text (drop, _("Who said it: one of the article's entities, one of the dataset's, or someone the text does not name"));
  gtk_box_append (box, drop);

  entry = gtk_entry_new ();
  gtk_widget_set_name (entry, "speaker-text");
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Who, in the text's words"));
  gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? text : "");
  gtk_widget_set_tooltip_text (entry, _("An unnamed speaker stays words of the text, never forced onto an entity"));
  gtk_box_append (box, entry);

  certain = gtk_check_button_new_with_mnemonic (_("C_ertain"));
  gtk_widget_set_name (certain, "certain");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (certain), tautan_extraction_item_get_certain (quote));
  gtk_widget_set_tooltip_text (certain, _("Whether the text makes plain who said it"));
  gtk_box_append (box, certain);

  position = speaker_position (a, quote);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop), position);
  gtk_widget_set_visible (entry, position == 0);

  g_object_set_data (G_OBJECT (drop), "tautan-item", quote);
  g_object_set_data (G_OBJECT (drop), "tautan-entry", entry);
  g_signal_connect_object (drop, "notify::selected", G_CALLBACK (speaker_selected_cb), self, 0);
  g_signal_connect_object (entry, "changed", G_CALLBACK (speaker_text_changed_cb), drop, 0);
  g_signal_connect_object (certain, "toggled", G_CALLBACK (certain_toggled_cb), quote, 0);
  g_signal_connect_object (quote, "notify::label", G_CALLBACK (quote_changed_cb), certain, 0);
}

static void
entity_details (TautanArticlesDialog *self,
                GtkBox               *row_box,
                TautanExtractionItem *entity)
{
  GtkBox *box = GTK_BOX (detail_box (row_box));
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  GtkWidget *entry, *drop;

  entry = gtk_entry_new ();
  gtk_widget_set_name (entry, "name");
  gtk_widget_set_hexpand (entry, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (entry), tautan_extraction_item_get_name (entity));
  gtk_widget_set_tooltip_text (entry, _("The entity's name in the dataset"));
  gtk_box_append (box, entry);

  for (guint k = 0; k < TAUTAN_N_ENTITY_KINDS; k++)
    gtk_string_list_append (kinds, tautan_entity_kind_label (k));
  drop = string_drop_down (G_LIST_MODEL (kinds));
  gtk_widget_set_name (drop, "kind");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop), tautan_extraction_item_get_entity_kind (entity));
  gtk_widget_set_tooltip_text (drop, _("What kind of actor it is"));
  gtk_box_append (box, drop);

  if (tautan_extraction_item_get_proposed (entity))
    {
      GtkWidget *badge = gtk_label_new (_("new"));

      gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (badge, "caption-heading");
      gtk_widget_add_css_class (badge, "accent");
      gtk_widget_set_tooltip_text (badge, _("Not in the gazetteer: a proposed new entity"));
      gtk_box_append (box, badge);
    }
  else if (tautan_extraction_item_get_merge_target (entity) != NULL)
    {
      GtkWidget *badge = gtk_label_new (_("in the dataset"));

      gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (badge, "caption");
      gtk_widget_add_css_class (badge, "dim-label");
      gtk_box_append (box, badge);
    }

  g_signal_connect_object (entry, "changed", G_CALLBACK (entity_name_changed_cb), entity, 0);
  g_signal_connect_object (drop, "notify::selected", G_CALLBACK (entity_kind_selected_cb), entity, 0);
}

static void
event_details (TautanArticlesDialog *self,
               GtkBox               *row_box,
               TautanExtractionItem *event)
{
  GtkBox *box = GTK_BOX (detail_box (row_box));
  g_autoptr(GtkStringList) precisions = gtk_string_list_new (NULL);
  g_autofree char *date = format_date (event);
  const char *words = tautan_extraction_item_get_date_words (event);
  const char *note = tautan_extraction_item_get_date_note (event);
  g_autofree char *basis = NULL;
  TautanPrecision precision;
  GtkWidget *label, *entry, *drop;

  label = gtk_label_new (_("Date"));
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (box, label);

  entry = gtk_entry_new ();
  gtk_widget_set_name (entry, "date");
  gtk_editable_set_text (GTK_EDITABLE (entry), date);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 12);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("YYYY-MM-DD"));
  gtk_widget_set_tooltip_text (entry, _("YYYY-MM-DD, YYYY-MM, YYYY or YYYY-MM-DD/YYYY-MM-DD; Enter applies it"));
  gtk_box_append (box, entry);

  gtk_string_list_append (precisions, _("Day"));
  gtk_string_list_append (precisions, _("Week"));
  gtk_string_list_append (precisions, _("Month"));
  gtk_string_list_append (precisions, _("Year"));
  gtk_string_list_append (precisions, _("Range"));
  drop = string_drop_down (G_LIST_MODEL (precisions));
  gtk_widget_set_name (drop, "precision");
  tautan_extraction_item_get_date (event, NULL, NULL, &precision);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop), precision);
  gtk_widget_set_tooltip_text (drop, _("How precise the date is: never more than the text says"));
  gtk_box_append (box, drop);

  /* TRANSLATORS: how an event's date was found: a method, then the words */
  basis = words != NULL ? g_strdup_printf (_("%s: “%s”"), tautan_date_method_to_string (tautan_extraction_item_get_date_method (event)), words)
                        : g_strdup (note != NULL ? note : tautan_date_method_to_string (tautan_extraction_item_get_date_method (event)));
  label = gtk_label_new (basis);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_tooltip_text (label, note != NULL ? note : basis);
  gtk_box_append (box, label);

  g_object_set_data (G_OBJECT (box), "tautan-date", entry);
  g_object_set_data (G_OBJECT (box), "tautan-precision", drop);
  g_object_set_data (G_OBJECT (box), "tautan-item", event);
  g_signal_connect (entry, "activate", G_CALLBACK (date_activate_cb), NULL);
  g_signal_connect (drop, "notify::selected", G_CALLBACK (precision_selected_cb), NULL);
}

static GtkWidget *
create_item_row (gpointer item_ptr,
                 gpointer user_data)
{
  TautanArticlesDialog *self = user_data;
  TautanExtractionItem *item = item_ptr;
  GtkBox *box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 4));
  GtkBox *top = GTK_BOX (gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6));
  g_autofree char *markup = kind_markup (item);
  GtkWidget *check, *kind, *label;

  gtk_widget_set_margin_top (GTK_WIDGET (box), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (box), 6);
  gtk_widget_set_margin_start (GTK_WIDGET (box), 6);
  gtk_widget_set_margin_end (GTK_WIDGET (box), 6);

  check = gtk_check_button_new ();
  gtk_widget_set_name (check, "accept");
  gtk_widget_set_valign (check, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (check, _("Accepted items join the dataset; rejected ones are left out"));
  g_object_bind_property (item, "accepted", check, "active", G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  gtk_box_append (top, check);

  kind = gtk_label_new (NULL);
  gtk_label_set_markup (GTK_LABEL (kind), markup);
  gtk_widget_set_valign (kind, GTK_ALIGN_START);
  gtk_widget_add_css_class (kind, "caption-heading");
  gtk_box_append (top, kind);

  label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (label), 3);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  g_object_bind_property (item, "label", label, "label", G_BINDING_SYNC_CREATE);
  gtk_box_append (top, label);
  gtk_box_append (box, GTK_WIDGET (top));

  switch (tautan_extraction_item_get_kind (item))
    {
    case TAUTAN_EXTRACTION_QUOTE:
      quote_details (self, box, item);
      break;
    case TAUTAN_EXTRACTION_ENTITY:
      entity_details (self, box, item);
      break;
    case TAUTAN_EXTRACTION_EVENT:
    default:
      event_details (self, box, item);
      break;
    }
  return GTK_WIDGET (box);
}

/* ---- showing an article ---- */

static void
show_article (TautanArticlesDialog *self,
              Article              *a)
{
  self->shown = a;
  if (a == NULL)
    {
      tautan_article_view_set_extraction (self->article_view, NULL);
      gtk_list_box_bind_model (self->items_list, NULL, NULL, NULL, NULL);
      return;
    }
  if (a->extraction == NULL)
    {
      adw_status_page_set_title (self->error_page, a->name);
      adw_status_page_set_description (self->error_page, a->error);
      gtk_stack_set_visible_child_name (self->detail_stack, "error");
      adw_window_title_set_subtitle (self->window_title, a->name);
      return;
    }
  gtk_stack_set_visible_child_name (self->detail_stack, "article");
  adw_window_title_set_subtitle (self->window_title, a->name);
  tautan_article_view_set_extraction (self->article_view, a->extraction);
  gtk_list_box_bind_model (self->items_list, tautan_extraction_get_items (a->extraction),
                           create_item_row, self, NULL);
}

static void
article_selected_cb (TautanArticlesDialog *self,
                     GtkListBoxRow        *row)
{
  int index = row != NULL ? gtk_list_box_row_get_index (row) : -1;

  /* the list lets go of its selection while the dialog is disposed */
  if (self->article_view == NULL)
    return;
  show_article (self, index >= 0 && (guint)index < self->articles->len ? g_ptr_array_index (self->articles, index)
                                                                       : NULL);
}

static void
item_activated_cb (TautanArticlesDialog *self,
                   GtkListBoxRow        *row)
{
  g_autoptr(TautanExtractionItem) item = NULL;

  if (self->shown == NULL || self->shown->extraction == NULL)
    return;
  item = g_list_model_get_item (tautan_extraction_get_items (self->shown->extraction),
                                (guint)gtk_list_box_row_get_index (row));
  if (item != NULL)
    tautan_article_view_select_item (self->article_view, item);
}

static void
populate (TautanArticlesDialog *self)
{
  GtkListBoxRow *first = NULL;
  guint n_read = 0;

  for (guint i = 0; i < self->articles->len; i++)
    {
      Article *a = g_ptr_array_index (self->articles, i);
      GtkWidget *row = article_row (self, a);

      gtk_list_box_append (self->articles_list, row);
      if (a->extraction == NULL)
        continue;
      n_read++;
      if (first == NULL)
        first = GTK_LIST_BOX_ROW (row);

      /* the article's counts follow accept and reject */
      for (guint k = 0; k < g_list_model_get_n_items (tautan_extraction_get_items (a->extraction)); k++)
        {
          g_autoptr(TautanExtractionItem) item = g_list_model_get_item (tautan_extraction_get_items (a->extraction), k);

          g_signal_connect_object (item, "notify::accepted", G_CALLBACK (update_counts), self, G_CONNECT_SWAPPED);
        }
    }
  if (first == NULL)
    first = gtk_list_box_get_row_at_index (self->articles_list, 0);
  gtk_list_box_select_row (self->articles_list, first);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "articles.merge", n_read > 0);
  gtk_stack_set_visible_child_name (self->stack, "review");
}

static void
read_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(TautanArticlesDialog) self = user_data;
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->cancellable);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      /* Cancelled: nothing was read to review. */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, _("Could Not Read the Articles"), error->message);
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  g_ptr_array_extend_and_steal (self->articles, g_steal_pointer (&job->articles));
  populate (self);
}

/* ---- merging ---- */

static gboolean
has_accepted (TautanArticlesDialog *self)
{
  for (guint i = 0; i < self->articles->len; i++)
    {
      Article *a = g_ptr_array_index (self->articles, i);
      guint quotes, entities, events;

      if (a->extraction == NULL)
        continue;
      tautan_extraction_count (a->extraction, &quotes, &entities, &events);
      if (quotes + entities + events > 0)
        return TRUE;
    }
  return FALSE;
}

static void
chooser_response_cb (TautanArticlesDialog *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

      /* a dataset is a .json file: Open recognises it by that */
      if (path != NULL && !g_str_has_suffix (path, ".json"))
        {
          g_autofree char *with = g_strconcat (path, ".json", NULL);
          g_autoptr(GFile) renamed = g_file_new_for_path (with);

          g_set_object (&file, renamed);
        }
      if (file != NULL)
        tautan_articles_dialog_merge_to (self, file);
    }
  g_clear_object (&self->chooser);
}

static void
merge_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  TautanArticlesDialog *self = TAUTAN_ARTICLES_DIALOG (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  TautanDataset *dataset;
  GFile *from;

  if (self->cancellable != NULL || self->chooser != NULL)
    return;
  dataset = self->window != NULL ? tautan_window_get_dataset (self->window) : NULL;
  if (dataset == NULL)
    {
      show_error (self, _("No Dataset to Merge Into"),
                  _("The window this import was started from is closed or shows no dataset."));
      return;
    }
  if (!has_accepted (self))
    {
      show_error (self, _("Nothing to Merge"), _("Accept at least one quote, entity or event first."));
      return;
    }

  /* The merge never overwrites the dataset it starts from (the bundled
   * one cannot be, and the old window still shows the other): it asks
   * where the merged dataset goes. */
  from = tautan_dataset_get_file (dataset);
  self->chooser = gtk_file_chooser_native_new (_("Save the Merged Dataset"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Tautan datasets"));
  gtk_file_filter_add_pattern (filter, "*.json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  if (!tautan_dataset_get_read_only (dataset) && from != NULL && g_file_is_native (from))
    {
      g_autoptr(GFile) folder = g_file_get_parent (from);
      g_autofree char *base = g_file_get_basename (from);
      g_autofree char *stem = article_id (base);

      if (folder != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);
      /* TRANSLATORS: a file name: the dataset's, with the articles added */
      name = g_strdup_printf (_("%s with articles.json"), stem);
    }
  else
    name = g_strdup (_("Dataset with articles.json"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  TautanArticlesDialog *self = TAUTAN_ARTICLES_DIALOG (widget);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  else
    gtk_window_close (GTK_WINDOW (self));
}

/* ---- GObject ---- */

static void
tautan_articles_dialog_dispose (GObject *object)
{
  TautanArticlesDialog *self = (TautanArticlesDialog *)object;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  if (self->items_list != NULL)
    gtk_list_box_bind_model (self->items_list, NULL, NULL, NULL, NULL);
  self->shown = NULL;
  g_clear_weak_pointer (&self->window);
  gtk_widget_dispose_template (GTK_WIDGET (self), TAUTAN_TYPE_ARTICLES_DIALOG);

  G_OBJECT_CLASS (tautan_articles_dialog_parent_class)->dispose (object);
}

static void
tautan_articles_dialog_finalize (GObject *object)
{
  TautanArticlesDialog *self = (TautanArticlesDialog *)object;

  g_clear_pointer (&self->articles, g_ptr_array_unref);

  G_OBJECT_CLASS (tautan_articles_dialog_parent_class)->finalize (object);
}

static void
tautan_articles_dialog_class_init (TautanArticlesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tautan_articles_dialog_dispose;
  object_class->finalize = tautan_articles_dialog_finalize;

  g_type_ensure (TAUTAN_TYPE_ARTICLE_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/tautan-articles-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TautanArticlesDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, TautanArticlesDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, TautanArticlesDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, TautanArticlesDialog, progress_label);
  gtk_widget_class_bind_template_child (widget_class, TautanArticlesDialog, articles_list);
  gtk_widget_class_bind_template_child (widget_class, TautanArticlesDialog, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, TautanArticlesDialog, legend_label);
  gtk_widget_class_bind_template_child (widget_class, TautanArticlesDialog, article_view);
  gtk_widget_class_bind_template_child (widget_class, TautanArticlesDialog, items_list);
  gtk_widget_class_bind_template_child (widget_class, TautanArticlesDialog, error_page);
  gtk_widget_class_bind_template_callback (widget_class, article_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, item_activated_cb);

  gtk_widget_class_install_action (widget_class, "articles.merge", NULL, merge_action);
  gtk_widget_class_install_action (widget_class, "articles.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "articles.cancel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "articles.merge", NULL);
}

static void
tautan_articles_dialog_init (TautanArticlesDialog *self)
{
  g_autofree char *quote = g_markup_escape_text (_("Quote"), -1);
  g_autofree char *speaker = g_markup_escape_text (_("Speaker"), -1);
  g_autofree char *entity = g_markup_escape_text (_("Entity"), -1);
  g_autofree char *event = g_markup_escape_text (_("Event sentence"), -1);
  g_autofree char *rejected = g_markup_escape_text (_("Rejected"), -1);
  g_autofree char *legend = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->articles = g_ptr_array_new_with_free_func (article_free);

  /* the same colours as the marks in the text */
  legend = g_strdup_printf ("<span background=\"#f6d32d\" bgalpha=\"45%%\"> %s </span>   "
                            "<span background=\"#c061cb\" bgalpha=\"50%%\" weight=\"bold\"> %s </span>   "
                            "<span background=\"#3584e4\" bgalpha=\"35%%\"> %s </span>   "
                            "<span underline=\"double\" underline_color=\"#2ec27e\">%s</span>   "
                            "<s>%s</s>",
                            quote, speaker, entity, event, rejected);
  gtk_label_set_markup (self->legend_label, legend);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "articles.merge", FALSE);
}

/**
 * tautan_articles_dialog_new:
 * @window: the window whose dataset the articles are merged into
 *
 * Returns: (transfer none): the dialog, owned by GTK until closed
 */
TautanArticlesDialog *
tautan_articles_dialog_new (TautanWindow *window)
{
  TautanArticlesDialog *self;

  g_return_val_if_fail (TAUTAN_IS_WINDOW (window), NULL);

  self = g_object_new (TAUTAN_TYPE_ARTICLES_DIALOG, "transient-for", window,
                       "application", gtk_window_get_application (GTK_WINDOW (window)), NULL);
  g_set_weak_pointer (&self->window, window);
  return self;
}

/**
 * tautan_articles_dialog_read:
 * @files: (array length=n_files): .txt articles, or .jsonl files of one article a line
 *
 * Reads and extracts the articles on a worker thread, with progress;
 * then shows them for review. A file that cannot be read is listed with
 * the reason, and the others go on.
 */
void
tautan_articles_dialog_read (TautanArticlesDialog *self,
                             GFile * const        *files,
                             guint                 n_files)
{
  g_autoptr(GTask) task = NULL;
  Job *job;

  g_return_if_fail (TAUTAN_IS_ARTICLES_DIALOG (self));
  g_return_if_fail (self->cancellable == NULL && self->articles->len == 0);

  job = g_new0 (Job, 1);
  job->files = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_files; i++)
    g_ptr_array_add (job->files, g_object_ref (files[i]));
  job->articles = g_ptr_array_new_with_free_func (article_free);
  g_weak_ref_init (&job->dialog, self);

  self->cancellable = g_cancellable_new ();
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_stack_set_visible_child_name (self->stack, "progress");
  task = g_task_new (NULL, self->cancellable, read_done_cb, g_object_ref (self));
  g_task_set_source_tag (task, tautan_articles_dialog_read);
  g_task_set_task_data (task, job, (GDestroyNotify)job_free);
  g_task_run_in_thread (task, read_thread);
}

gboolean
tautan_articles_dialog_get_reading (TautanArticlesDialog *self)
{
  g_return_val_if_fail (TAUTAN_IS_ARTICLES_DIALOG (self), FALSE);
  return self->cancellable != NULL;
}

guint
tautan_articles_dialog_get_n_articles (TautanArticlesDialog *self)
{
  g_return_val_if_fail (TAUTAN_IS_ARTICLES_DIALOG (self), 0);
  return self->articles->len;
}

/* The file name ("name.jsonl:LINE" for a JSONL line). */
const char *
tautan_articles_dialog_get_name (TautanArticlesDialog *self,
                                 guint                 article)
{
  g_return_val_if_fail (TAUTAN_IS_ARTICLES_DIALOG (self), NULL);
  g_return_val_if_fail (article < self->articles->len, NULL);
  return ((Article *)g_ptr_array_index (self->articles, article))->name;
}

/**
 * tautan_articles_dialog_get_extraction:
 *
 * Returns: (transfer none) (nullable): what was found, or %NULL when the
 *   file could not be read
 */
TautanExtraction *
tautan_articles_dialog_get_extraction (TautanArticlesDialog *self,
                                       guint                 article)
{
  g_return_val_if_fail (TAUTAN_IS_ARTICLES_DIALOG (self), NULL);
  g_return_val_if_fail (article < self->articles->len, NULL);
  return ((Article *)g_ptr_array_index (self->articles, article))->extraction;
}

/* Why the article could not be read, or NULL. */
const char *
tautan_articles_dialog_get_error (TautanArticlesDialog *self,
                                  guint                 article)
{
  g_return_val_if_fail (TAUTAN_IS_ARTICLES_DIALOG (self), NULL);
  g_return_val_if_fail (article < self->articles->len, NULL);
  return ((Article *)g_ptr_array_index (self->articles, article))->error;
}

void
tautan_articles_dialog_select_article (TautanArticlesDialog *self,
                                       guint                 article)
{
  g_return_if_fail (TAUTAN_IS_ARTICLES_DIALOG (self));
  g_return_if_fail (article < self->articles->len);
  gtk_list_box_select_row (self->articles_list, gtk_list_box_get_row_at_index (self->articles_list, (int)article));
}

/**
 * tautan_articles_dialog_merge_to:
 * @file: where the merged dataset is written
 *
 * Merges the accepted items into a copy of the window's dataset, writes
 * it to @file atomically and opens it in a new window that keeps the old
 * window's positions, filters and views. The old window is untouched:
 * closing the new one undoes the merge. On failure a dialog says why.
 *
 * Returns: (transfer none) (nullable): the new window
 */
TautanWindow *
tautan_articles_dialog_merge_to (TautanArticlesDialog *self,
                                 GFile                *file)
{
  g_autoptr(GPtrArray) extractions = g_ptr_array_new ();
  g_autoptr(TautanDataset) merged = NULL;
  g_autoptr(TautanDataset) opened = NULL;
  g_autoptr(TautanSession) session = NULL;
  g_autoptr(TautanWorkspace) workspace = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  TautanSession *old_session;
  TautanWindow *window;
  guint n_articles = 0;

  g_return_val_if_fail (TAUTAN_IS_ARTICLES_DIALOG (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  old_session = self->window != NULL ? tautan_window_get_session (self->window) : NULL;
  if (old_session == NULL)
    {
      show_error (self, _("No Dataset to Merge Into"),
                  _("The window this import was started from is closed or shows no dataset."));
      return NULL;
    }

  for (guint i = 0; i < self->articles->len; i++)
    {
      Article *a = g_ptr_array_index (self->articles, i);
      guint quotes, entities, events;

      if (a->extraction == NULL)
        continue;
      g_ptr_array_add (extractions, a->extraction);
      tautan_extraction_count (a->extraction, &quotes, &entities, &events);
      if (quotes + entities + events > 0)
        n_articles++;
    }

  merged = tautan_extraction_merge_into ((TautanExtraction * const *)extractions->pdata, extractions->len,
                                         tautan_session_get_dataset (old_session), &error);
  if (merged == NULL)
    {
      show_error (self, _("Could Not Merge the Articles"), error->message);
      return NULL;
    }
  if (!tautan_dataset_save (merged, file, NULL, &error))
    {
      show_error (self, _("Could Not Save the Dataset"), error->message);
      return NULL;
    }
  /* Read back as any dataset is opened: checked, and naming its file. */
  opened = tautan_dataset_load_file (file, FALSE, NULL, NULL, NULL, NULL, &error);
  if (opened == NULL)
    {
      show_error (self, _("Could Not Open the Merged Dataset"), error->message);
      return NULL;
    }

  /* The analysis carries over: the actors already there keep their
   * places and pins, filters and views stay. */
  session = tautan_session_new (opened);
  workspace = tautan_session_to_workspace (old_session);
  tautan_session_apply_workspace (session, workspace);

  window = tautan_window_new (ADW_APPLICATION (gtk_window_get_application (GTK_WINDOW (self->window))));
  gtk_window_set_default_size (GTK_WINDOW (window),
                               gtk_widget_get_width (GTK_WIDGET (self->window)),
                               gtk_widget_get_height (GTK_WIDGET (self->window)));
  _tautan_window_set_session (window, session);
  gtk_window_present (GTK_WINDOW (window));

  uri = g_file_get_uri (file);
  gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
  name = g_file_get_basename (file);
  /* TRANSLATORS: a number of articles, then a file name */
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u article merged into %s; the original dataset is unchanged in its window",
                                          "%u articles merged into %s; the original dataset is unchanged in its window",
                                          n_articles),
                             n_articles, name);
  _tautan_window_toast (window, message);

  gtk_window_destroy (GTK_WINDOW (self));
  return window;
}
