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
 * adds the accepted items to the window's dataset as one undoable step
 * (tautan-articles-dialog-merge.c).
 */

#define G_LOG_DOMAIN "tautan-articles-dialog"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "tautan/tautan-article-view.h"
#include "tautan/tautan-articles-dialog.h"
#include "tautan/tautan-count.h"
#include "tautan/tautan-extract.h"
#include "tautan/tautan-extraction-row.h"
#include "tautan/tautan-text.h"

#include "tautan-articles-dialog-private.h"
#include "tautan-window-private.h"


G_DEFINE_FINAL_TYPE (TautanArticlesDialog, tautan_articles_dialog, ADW_TYPE_WINDOW)

void
_tautan_articles_dialog_show_error (TautanArticlesDialog *self,
                                    const char           *heading,
                                    const char           *message)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, message));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_tautan_articles_dialog_set_progress (TautanArticlesDialog *self,
                                      double                fraction,
                                      const char           *text)
{
  if (self->cancellable == NULL)
    return;
  gtk_progress_bar_set_fraction (self->progress_bar, fraction);
  gtk_label_set_text (self->progress_label, text);
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
  q = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s quote", "%s quotes", quotes), tautan_count_format (quotes));
  n = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s entity", "%s entities", entities), tautan_count_format (entities));
  e = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s event", "%s events", events), tautan_count_format (events));
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

/* "Already in the dataset: “Title” (same text)…" */
static char *
known_text (TautanArticlesDialog *self,
            Article              *a)
{
  TautanSource source;
  const char *why;

  tautan_dataset_get_source (self->dataset, a->known_source, &source);
  switch (a->known_reason)
    {
    case KNOWN_URL:
      why = _("same address");
      break;
    case KNOWN_TITLE:
      why = _("same title, outlet and date");
      break;
    case KNOWN_TEXT:
    case KNOWN_NONE:
    default:
      why = _("same text");
      break;
    }
  /* TRANSLATORS: an imported article the open dataset already holds:
   * the dataset's source title, and why they are taken to be one */
  return g_strdup_printf (_("Already in the dataset as “%s” (%s): its items start rejected"),
                          source.title != NULL && *source.title != '\0' ? source.title : source.id, why);
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
      if (a->known_source != TAUTAN_NONE)
        {
          g_autofree char *known = known_text (self, a);
          GtkWidget *label = add_label (box, known, "caption");

          gtk_widget_set_name (label, "known");
          gtk_widget_add_css_class (label, "warning");
          gtk_label_set_wrap (GTK_LABEL (label), TRUE);
          gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_NONE);
        }
      gtk_widget_set_tooltip_text (row, a->name);
    }
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), GTK_WIDGET (box));
  return row;
}

/* ---- speakers ---- */

/* The article's own entities, offered first as a quote's speaker (the
 * dataset's follow in the chooser): listed once, when the article is
 * first shown, so that their indexes stay. The dataset's entities a
 * speaker is taken from join the items later and are not among them. */
static void
build_speakers (Article *a)
{
  GListModel *items = tautan_extraction_get_items (a->extraction);

  if (a->speaker_items != NULL)
    return;
  a->speaker_items = g_ptr_array_new ();
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(TautanExtractionItem) item = g_list_model_get_item (items, i);

      if (tautan_extraction_item_get_kind (item) == TAUTAN_EXTRACTION_ENTITY)
        g_ptr_array_add (a->speaker_items, item);
    }
}

static GStrv
speaker_names (Article *a)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();

  for (guint i = 0; i < a->speaker_items->len; i++)
    g_strv_builder_add (names, tautan_extraction_item_get_name (g_ptr_array_index (a->speaker_items, i)));
  return g_strv_builder_end (names);
}

/* What the quote's speaker chooser shows: one of the article's entities,
 * the dataset's entity a speaker was taken from, or none. */
static void
speaker_choice (TautanArticlesDialog *self,
                Article              *a,
                TautanExtractionItem *quote,
                guint                *entity,
                int                  *extra)
{
  TautanExtractionItem *speaker = tautan_extraction_item_get_speaker (quote);
  const char *target = speaker != NULL ? tautan_extraction_item_get_merge_target (speaker) : NULL;
  guint position;

  *entity = TAUTAN_NONE;
  *extra = -1;
  if (speaker != NULL && g_ptr_array_find (a->speaker_items, speaker, &position))
    *extra = (int)position;
  else if (target != NULL)
    *entity = tautan_dataset_lookup_entity (self->dataset, target);
}

static void
speaker_chosen_cb (TautanExtractionRow  *row,
                   guint                 entity,
                   int                   extra,
                   const char           *text,
                   TautanArticlesDialog *self)
{
  TautanExtractionItem *quote = tautan_extraction_row_get_item (row);
  Article *a = self->shown;
  TautanEntity view;

  if (a == NULL || a->speaker_items == NULL)
    return;
  if (extra >= 0 && (guint)extra < a->speaker_items->len)
    tautan_extraction_item_set_speaker (quote, g_ptr_array_index (a->speaker_items, extra));
  else if (entity != TAUTAN_NONE && entity < tautan_dataset_get_n_entities (self->dataset))
    {
      /* an entity item standing for the dataset's, added once per id */
      tautan_dataset_get_entity (self->dataset, entity, &view);
      tautan_extraction_item_set_speaker (quote, tautan_extraction_add_known_entity (a->extraction, view.id,
                                                                                    view.name, view.kind));
    }
  else if (text != NULL)
    tautan_extraction_item_set_speaker_text (quote, text);
  else
    {
      /* Not named, and no words for it yet: nobody, and not certain. */
      tautan_extraction_item_set_speaker (quote, NULL);
      tautan_extraction_item_set_certain (quote, FALSE);
    }
}

/* "This is the dataset's Foo"; none leaves it to the merge (same id or
 * name, else a new entity). */
static void
same_as_chosen_cb (TautanExtractionRow  *row,
                   guint                 entity,
                   int                   extra,
                   const char           *text,
                   TautanArticlesDialog *self)
{
  TautanExtractionItem *item = tautan_extraction_row_get_item (row);
  TautanEntity view;

  if (entity == TAUTAN_NONE || entity >= tautan_dataset_get_n_entities (self->dataset))
    {
      tautan_extraction_item_set_merge_target (item, NULL);
      return;
    }
  tautan_dataset_get_entity (self->dataset, entity, &view);
  tautan_extraction_item_set_merge_target (item, view.id);
}

static GtkWidget *
create_item_row (gpointer item_ptr,
                 gpointer user_data)
{
  TautanArticlesDialog *self = user_data;
  TautanExtractionItem *item = item_ptr;
  const char *target;
  GtkWidget *row;

  switch (tautan_extraction_item_get_kind (item))
    {
    case TAUTAN_EXTRACTION_QUOTE:
      {
        g_auto(GStrv) names = NULL;
        guint entity;
        int extra;

        build_speakers (self->shown);
        names = speaker_names (self->shown);
        speaker_choice (self, self->shown, item, &entity, &extra);
        row = tautan_extraction_row_new (item, self->dataset, (const char * const *)names, entity, extra);
        g_signal_connect_object (row, "chosen", G_CALLBACK (speaker_chosen_cb), self, 0);
        return row;
      }
    case TAUTAN_EXTRACTION_ENTITY:
      /* an entity the dataset gave as a speaker is that entity already,
       * and a dataset of none (a new one) has nothing to choose */
      if ((tautan_extraction_item_get_end (item) == 0 && tautan_extraction_item_get_merge_target (item) != NULL) ||
          tautan_dataset_get_n_entities (self->dataset) == 0)
        return tautan_extraction_row_new (item, NULL, NULL, TAUTAN_NONE, -1);
      /* without a choice the merge joins entities of one id (the
       * gazetteer's) or name: show which, when the id says */
      target = tautan_extraction_item_get_merge_target (item);
      if (target == NULL)
        target = tautan_extraction_item_get_id (item);
      row = tautan_extraction_row_new (item, self->dataset, NULL, tautan_dataset_lookup_entity (self->dataset, target),
                                       -1);
      g_signal_connect_object (row, "chosen", G_CALLBACK (same_as_chosen_cb), self, 0);
      return row;
    case TAUTAN_EXTRACTION_EVENT:
    default:
      return tautan_extraction_row_new (item, NULL, NULL, TAUTAN_NONE, -1);
    }
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
item_edited_cb (TautanArticlesDialog *self)
{
  self->edited = TRUE;
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

      /* Already in the dataset: merged again it would be there twice,
       * so nothing of it is merged unless the reviewer accepts it. */
      for (guint k = 0; a->known_source != TAUTAN_NONE &&
                        k < g_list_model_get_n_items (tautan_extraction_get_items (a->extraction)); k++)
        {
          g_autoptr(TautanExtractionItem) item = g_list_model_get_item (tautan_extraction_get_items (a->extraction), k);

          tautan_extraction_item_set_accepted (item, FALSE);
        }
      if (a->known_source != TAUTAN_NONE)
        update_counts (self);

      /* the article's counts follow accept and reject */
      for (guint k = 0; k < g_list_model_get_n_items (tautan_extraction_get_items (a->extraction)); k++)
        {
          g_autoptr(TautanExtractionItem) item = g_list_model_get_item (tautan_extraction_get_items (a->extraction), k);

          g_signal_connect_object (item, "notify::accepted", G_CALLBACK (update_counts), self, G_CONNECT_SWAPPED);
          g_signal_connect_object (item, "notify::accepted", G_CALLBACK (item_edited_cb), self, G_CONNECT_SWAPPED);
          g_signal_connect_object (item, "notify::label", G_CALLBACK (item_edited_cb), self, G_CONNECT_SWAPPED);
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
        _tautan_articles_dialog_show_error (self, _("Could Not Read the Articles"), error->message);
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
merge_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  TautanArticlesDialog *self = TAUTAN_ARTICLES_DIALOG (widget);

  if (self->cancellable != NULL || self->merging)
    return;
  if (!has_accepted (self))
    {
      _tautan_articles_dialog_show_error (self, _("Nothing to Merge"), _("Accept at least one quote, entity or event first."));
      return;
    }

  tautan_articles_dialog_merge (self);
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

static gboolean
close_idle_cb (gpointer data)
{
  gtk_window_close (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

static void
discard_response_cb (TautanArticlesDialog *self,
                     const char           *response)
{
  if (g_strcmp0 (response, "discard") != 0)
    return;
  self->edited = FALSE;
  /* once the question, which is transient for the review, is gone */
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_idle_cb, g_object_ref (self), g_object_unref);
}

/* A review is work: closing it with changes not merged asks first. */
static gboolean
tautan_articles_dialog_close_request (GtkWindow *window)
{
  TautanArticlesDialog *self = TAUTAN_ARTICLES_DIALOG (window);
  AdwMessageDialog *dialog;

  /* the merge finishes by closing the review itself */
  if (self->merging)
    return TRUE;
  if (!self->edited)
    return GTK_WINDOW_CLASS (tautan_articles_dialog_parent_class)->close_request (window);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Discard the Review?"),
                                                       _("What you accepted, rejected and fixed is lost unless it is merged into a dataset.")));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Keep Reviewing"), "discard", _("_Discard"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (discard_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

/* ---- GObject ---- */

static void
tautan_articles_dialog_dispose (GObject *object)
{
  TautanArticlesDialog *self = (TautanArticlesDialog *)object;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->items_list != NULL)
    gtk_list_box_bind_model (self->items_list, NULL, NULL, NULL, NULL);
  self->shown = NULL;
  g_clear_weak_pointer (&self->window);
  g_clear_object (&self->dataset);
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
  GTK_WINDOW_CLASS (klass)->close_request = tautan_articles_dialog_close_request;

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
  gtk_widget_class_bind_template_child (widget_class, TautanArticlesDialog, progress_page);
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
  self->articles = g_ptr_array_new_with_free_func (_tautan_article_free);

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
 * When @window shows no dataset, the articles are merged into a new one,
 * which the window then shows, not saved yet.
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
  self->new_dataset = tautan_window_get_dataset (window) == NULL;
  self->dataset = self->new_dataset ? tautan_dataset_new_empty (_("Imported Articles"))
                                    : g_object_ref (tautan_window_get_dataset (window));
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
  job->articles = g_ptr_array_new_with_free_func (_tautan_article_free);
  job->dataset = g_object_ref (self->dataset);
  g_weak_ref_init (&job->dialog, self);

  self->cancellable = g_cancellable_new ();
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_stack_set_visible_child_name (self->stack, "progress");
  task = g_task_new (NULL, self->cancellable, read_done_cb, g_object_ref (self));
  g_task_set_source_tag (task, tautan_articles_dialog_read);
  g_task_set_task_data (task, job, (GDestroyNotify)_tautan_articles_job_free);
  g_task_run_in_thread (task, _tautan_articles_read_thread);
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

/**
 * tautan_articles_dialog_get_known_source:
 *
 * Returns: the index of the open dataset's source the article is taken
 *   to be (its items then start rejected), or %TAUTAN_NONE
 */
guint
tautan_articles_dialog_get_known_source (TautanArticlesDialog *self,
                                         guint                 article)
{
  g_return_val_if_fail (TAUTAN_IS_ARTICLES_DIALOG (self), TAUTAN_NONE);
  g_return_val_if_fail (article < self->articles->len, TAUTAN_NONE);
  return ((Article *)g_ptr_array_index (self->articles, article))->known_source;
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
