/* test-articles-dialog.c: File › Import Articles…, the review, the merge and dropped files
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "tautan-test-home.h"
#include "tautan-test-window.h"
#include "tautan-test-chooser.h"

#include <string.h>

#include <adwaita.h>

#include "tautan/tautan-article-view.h"
#include "tautan/tautan-articles-dialog.h"
#include "tautan/tautan-entity-chooser.h"
#include "tautan/tautan-layout.h"

#include "app/tautan-window-private.h"

static TautanWindow *
bundled_window (void)
{
  TautanWindow *window = tautan_window_new (ADW_APPLICATION (tautan_test_app ()));

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  tautan_window_open_bundled (window);
  tautan_test_wait_for (tautan_test_has_dataset, window);
  return window;
}

static GFile *
fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "extract", "review", name, NULL);

  return g_file_new_for_path (path);
}

static TautanArticlesDialog *
find_dialog (void)
{
  TautanArticlesDialog *found = NULL;

  for (GList *l = gtk_window_list_toplevels (); l; l = g_list_delete_link (l, l))
    if (TAUTAN_IS_ARTICLES_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      found = l->data;
  return found;
}

static TautanWindow *
other_window (TautanWindow *except)
{
  TautanWindow *found = NULL;

  for (GList *l = gtk_window_list_toplevels (); l; l = g_list_delete_link (l, l))
    if (TAUTAN_IS_WINDOW (l->data) && l->data != (gpointer)except && gtk_widget_get_visible (l->data))
      found = l->data;
  return found;
}

static AdwMessageDialog *
find_message (void)
{
  AdwMessageDialog *found = NULL;

  for (GList *l = gtk_window_list_toplevels (); l; l = g_list_delete_link (l, l))
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      found = l->data;
  return found;
}

static gboolean
dialog_read (gpointer data)
{
  TautanArticlesDialog *dialog = find_dialog ();

  *(TautanArticlesDialog **)data = dialog;
  return dialog != NULL && !tautan_articles_dialog_get_reading (dialog);
}

static gboolean
no_dialog (gpointer data)
{
  return find_dialog () == NULL;
}

static GtkWidget *
child (gpointer    widget,
       const char *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (widget), TAUTAN_TYPE_ARTICLES_DIALOG, name));
}

typedef gboolean (*WidgetMatch) (GtkWidget  *widget,
                                 const char *what);

/* The first widget in @widget's tree that @match takes for @what. */
static GtkWidget *
find_widget (GtkWidget   *widget,
             WidgetMatch  match,
             const char  *what)
{
  if (match (widget, what))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_widget (c, match, what);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_named (GtkWidget  *widget,
          const char *name)
{
  return g_strcmp0 (gtk_widget_get_name (widget), name) == 0;
}

static gboolean
activates (GtkWidget  *widget,
           const char *action)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0;
}

/* The widget named @name in @widget's tree. */
static GtkWidget *
find_named (GtkWidget  *widget,
            const char *name)
{
  return find_widget (widget, is_named, name);
}

/* The article's item whose quote text, entity name or event type starts
 * with @prefix, and its row in the items list. */
static TautanExtractionItem *
find_item (TautanArticlesDialog     *dialog,
           TautanExtraction         *extraction,
           TautanExtractionItemKind  kind,
           const char               *prefix,
           GtkListBoxRow           **row)
{
  GListModel *items = tautan_extraction_get_items (extraction);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(TautanExtractionItem) item = g_list_model_get_item (items, i);
      const char *text;

      if (tautan_extraction_item_get_kind (item) != kind)
        continue;
      text = kind == TAUTAN_EXTRACTION_QUOTE ? tautan_extraction_item_get_text (item)
             : kind == TAUTAN_EXTRACTION_ENTITY ? tautan_extraction_item_get_name (item)
             : tautan_extraction_item_get_event_type (item);
      if (g_str_has_prefix (text, prefix))
        {
          if (row != NULL)
            *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (child (dialog, "items_list")), (int)i);
          return item;
        }
    }
  return NULL;
}

/* What @chooser's button says. */
static const char *
chooser_label (GtkWidget *chooser)
{
  return gtk_label_get_text (GTK_LABEL (gtk_widget_get_template_child (chooser, TAUTAN_TYPE_ENTITY_CHOOSER, "label")));
}

static guint
find_article (TautanArticlesDialog *dialog,
              const char           *name)
{
  for (guint i = 0; i < tautan_articles_dialog_get_n_articles (dialog); i++)
    if (g_strcmp0 (tautan_articles_dialog_get_name (dialog, i), name) == 0)
      return i;
  g_assert_not_reached ();
}

/* The dataset's quote whose text starts with @prefix, or TAUTAN_NONE. */
static guint
dataset_quote (TautanDataset *dataset,
               const char    *prefix)
{
  for (guint i = 0; i < tautan_dataset_get_n_quotes (dataset); i++)
    {
      TautanQuote q;

      tautan_dataset_get_quote (dataset, i, &q);
      if (g_str_has_prefix (q.text, prefix))
        return i;
    }
  return TAUTAN_NONE;
}

static const char *
quote_speaker_id (TautanDataset *dataset,
                  guint          quote)
{
  TautanQuote q;
  TautanEntity e;

  tautan_dataset_get_quote (dataset, quote, &q);
  if (q.speaker == TAUTAN_NONE)
    return NULL;
  tautan_dataset_get_entity (dataset, q.speaker, &e);
  return e.id;
}

/* Import two articles and a file that is not UTF-8, review them, merge. */
static void
test_review_merge (void)
{
  TautanWindow *window = bundled_window ();
  TautanDataset *original = tautan_window_get_dataset (window);
  guint n_quotes = tautan_dataset_get_n_quotes (original);
  guint n_events = tautan_dataset_get_n_events (original);
  g_autoptr(GFile) id = fixture ("artikel-id.txt");
  g_autoptr(GFile) en = fixture ("article-en.txt");
  g_autoptr(GFile) bad = fixture ("bad-utf8.txt");
  GFile *files[] = { id, bad, en };
  g_autoptr(TautanDataset) other = NULL;
  TautanSession *session = tautan_window_get_session (window);
  TautanArticlesDialog *dialog = NULL;
  TautanArticleView *view;
  TautanExtraction *english, *indonesian;
  TautanExtractionItem *rejected, *kim_quote, *lavrov_quote, *congratulate;
  GtkListBoxRow *row;
  GtkWidget *speaker, *date, *precision, *error_row, *same_as;
  TautanDataset *merged;
  TautanEntity pinned_entity, known, same;
  TautanExtractionItem *choe;
  guint same_index = TAUTAN_NONE;
  TautanPoint pin = { 123.0f, -45.0f };
  g_autofree TautanPoint *points = NULL;
  g_autofree char *tagged = NULL;
  g_autofree char *selected = NULL;
  guint e_index, q, bad_index, known_index = TAUTAN_NONE;
  TautanDay start, end;
  TautanPrecision p;
  gboolean found = FALSE;

  /* A node the user placed: it must keep its place in the merged window. */
  tautan_session_move_node (tautan_window_get_session (window), 0, pin);
  tautan_dataset_get_entity (original, 0, &pinned_entity);

  /* As the file chooser's answer does. */
  _tautan_window_import_articles (window, files, G_N_ELEMENTS (files));
  tautan_test_wait_for (dialog_read, &dialog);
  g_assert_cmpuint (tautan_articles_dialog_get_n_articles (dialog), ==, 3);

  /* The bad file is listed with its name and reason; the others are read. */
  bad_index = find_article (dialog, "bad-utf8.txt");
  g_assert_null (tautan_articles_dialog_get_extraction (dialog, bad_index));
  g_assert_nonnull (strstr (tautan_articles_dialog_get_error (dialog, bad_index), "UTF-8"));
  error_row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (child (dialog, "articles_list")), (int)bad_index));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (error_row), ==, tautan_articles_dialog_get_error (dialog, bad_index));
  tautan_articles_dialog_select_article (dialog, bad_index);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (child (dialog, "detail_stack"))), ==, "error");
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (child (dialog, "error_page"))), ==, "bad-utf8.txt");

  indonesian = tautan_articles_dialog_get_extraction (dialog, find_article (dialog, "artikel-id.txt"));
  english = tautan_articles_dialog_get_extraction (dialog, find_article (dialog, "article-en.txt"));
  g_assert_nonnull (indonesian);
  g_assert_nonnull (english);
  g_assert_cmpint (tautan_extraction_get_published (indonesian), ==, tautan_day_from_ymd (2024, 5, 14));
  g_assert_cmpint (tautan_extraction_get_published (english), ==, TAUTAN_DAY_NONE);

  /* The English article: its text with its quotes and speakers marked. */
  tautan_articles_dialog_select_article (dialog, find_article (dialog, "article-en.txt"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (child (dialog, "detail_stack"))), ==, "article");
  view = TAUTAN_ARTICLE_VIEW (child (dialog, "article_view"));
  g_assert_true (tautan_article_view_get_extraction (view) == english);
  tagged = tautan_article_view_dup_tagged (view, "speaker", 0);
  g_assert_cmpstr (tagged, ==, "Kim");
  g_clear_pointer (&tagged, g_free);

  /* Reject the anonymous official's quote: its words are struck through. */
  rejected = find_item (dialog, english, TAUTAN_EXTRACTION_QUOTE, "We are concerned", &row);
  g_assert_nonnull (rejected);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (find_named (GTK_WIDGET (row), "accept")), FALSE);
  g_assert_false (tautan_extraction_item_get_accepted (rejected));
  tagged = tautan_article_view_dup_tagged (view, "rejected", 0);
  g_assert_cmpstr (tagged, ==, tautan_extraction_item_get_text (rejected));
  g_clear_pointer (&tagged, g_free);

  /* Clicking an item selects its words in the text. */
  kim_quote = find_item (dialog, english, TAUTAN_EXTRACTION_QUOTE, "The friendship", &row);
  g_assert_nonnull (kim_quote);
  g_signal_emit (row, g_signal_lookup ("activate", G_OBJECT_TYPE (row)), 0);
  selected = tautan_article_view_dup_selection (view);
  g_assert_cmpstr (selected, ==, tautan_extraction_item_get_text (kim_quote));

  /* The speaker fixed by typing: Putin, not Kim. The article's own
   * Putin comes before the dataset's. */
  speaker = find_named (GTK_WIDGET (row), "speaker");
  g_assert_cmpstr (chooser_label (speaker), ==, "Kim Jong Un");
  g_assert_cmpint (tautan_entity_chooser_get_extra (TAUTAN_ENTITY_CHOOSER (speaker)), >=, 0);
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_parent (find_named (GTK_WIDGET (row), "speaker-text"))));
  tautan_test_choose_by_typing (speaker, "putin");
  g_assert_cmpint (tautan_entity_chooser_get_extra (TAUTAN_ENTITY_CHOOSER (speaker)), >=, 0);
  g_assert_cmpstr (chooser_label (speaker), ==, "Vladimir Putin");
  g_assert_cmpstr (tautan_extraction_item_get_name (tautan_extraction_item_get_speaker (kim_quote)), ==, "Vladimir Putin");
  g_assert_null (tautan_extraction_item_get_merge_target (tautan_extraction_item_get_speaker (kim_quote)));

  /* An event's date typed, with its precision; a wrong one is refused. */
  congratulate = find_item (dialog, english, TAUTAN_EXTRACTION_EVENT, "congratulate", &row);
  g_assert_nonnull (congratulate);
  date = find_named (GTK_WIDGET (row), "date");
  precision = find_named (GTK_WIDGET (row), "precision");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date)), ==, "2024-05-07");
  gtk_editable_set_text (GTK_EDITABLE (date), "May");
  g_signal_emit (date, g_signal_lookup ("activate", G_OBJECT_TYPE (date)), 0);
  g_assert_true (gtk_widget_has_css_class (date, "error"));
  gtk_editable_set_text (GTK_EDITABLE (date), "2024-05");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (precision), TAUTAN_PRECISION_MONTH);
  g_assert_false (gtk_widget_has_css_class (date, "error"));
  tautan_extraction_item_get_date (congratulate, &start, &end, &p);
  g_assert_cmpint (start, ==, tautan_day_from_ymd (2024, 5, 1));
  g_assert_cmpint (end, ==, tautan_day_from_ymd (2024, 5, 31));
  g_assert_cmpint (p, ==, TAUTAN_PRECISION_MONTH);

  /* The Indonesian article: Lavrov's quote given to an entity the dataset
   * has and the article does not name. */
  tautan_articles_dialog_select_article (dialog, find_article (dialog, "artikel-id.txt"));
  lavrov_quote = find_item (dialog, indonesian, TAUTAN_EXTRACTION_QUOTE, "Hubungan kami", &row);
  g_assert_nonnull (lavrov_quote);
  for (guint e = 0; e < tautan_dataset_get_n_entities (original) && known_index == TAUTAN_NONE; e++)
    {
      tautan_dataset_get_entity (original, e, &known);
      if (find_item (dialog, indonesian, TAUTAN_EXTRACTION_ENTITY, known.name, NULL) == NULL &&
          known.kind == TAUTAN_ENTITY_PERSON)
        known_index = e;
    }
  g_assert_cmpuint (known_index, !=, TAUTAN_NONE);
  speaker = find_named (GTK_WIDGET (row), "speaker");
  tautan_entity_chooser_set_entity (TAUTAN_ENTITY_CHOOSER (speaker), known_index);
  g_assert_cmpint (tautan_entity_chooser_get_extra (TAUTAN_ENTITY_CHOOSER (speaker)), ==, -1);
  g_assert_cmpstr (tautan_extraction_item_get_merge_target (tautan_extraction_item_get_speaker (lavrov_quote)), ==,
                   known.id);
  /* Not named: the words of the text are asked for, and kept. */
  tautan_entity_chooser_set_entity (TAUTAN_ENTITY_CHOOSER (speaker), TAUTAN_NONE);
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_parent (find_named (GTK_WIDGET (row), "speaker-text"))));
  gtk_editable_set_text (GTK_EDITABLE (find_named (GTK_WIDGET (row), "speaker-text")), "a diplomat");
  g_assert_null (tautan_extraction_item_get_speaker (lavrov_quote));
  g_assert_cmpstr (tautan_extraction_item_get_speaker_text (lavrov_quote), ==, "a diplomat");
  tautan_test_choose_by_typing (speaker, known.name);
  g_assert_cmpuint (tautan_entity_chooser_get_entity (TAUTAN_ENTITY_CHOOSER (speaker)), ==, known_index);
  g_assert_cmpstr (tautan_extraction_item_get_merge_target (tautan_extraction_item_get_speaker (lavrov_quote)), ==,
                   known.id);

  /* An entity renamed, then said to be the dataset's own: the dataset's
   * entity keeps its name and gains the new one as an alias. */
  choe = find_item (dialog, indonesian, TAUTAN_EXTRACTION_ENTITY, "Choe Son Hui", &row);
  g_assert_nonnull (choe);
  gtk_editable_set_text (GTK_EDITABLE (find_named (GTK_WIDGET (row), "name")), "Menlu Choe");
  g_assert_cmpstr (tautan_extraction_item_get_name (choe), ==, "Menlu Choe");
  same_index = tautan_dataset_lookup_entity (original, "choe-son-hui");
  g_assert_cmpuint (same_index, !=, TAUTAN_NONE);
  tautan_dataset_get_entity (original, same_index, &same);
  /* the dataset's entity of the same id is shown; choosing it says so */
  same_as = find_named (GTK_WIDGET (row), "same-as");
  g_assert_cmpuint (tautan_entity_chooser_get_entity (TAUTAN_ENTITY_CHOOSER (same_as)), ==, same_index);
  g_assert_null (tautan_extraction_item_get_merge_target (choe));
  tautan_entity_chooser_set_entity (TAUTAN_ENTITY_CHOOSER (same_as), TAUTAN_NONE);
  g_assert_null (tautan_extraction_item_get_merge_target (choe));
  tautan_test_choose_by_typing (same_as, "choe");
  g_assert_cmpuint (tautan_entity_chooser_get_entity (TAUTAN_ENTITY_CHOOSER (same_as)), ==, same_index);
  g_assert_cmpstr (tautan_extraction_item_get_merge_target (choe), ==, "choe-son-hui");

  /* Merge into the window's dataset. While the window shows another
   * dataset (here a copy put in by an edit), the merge is refused with
   * the reason, and the review stays. */
  other = tautan_extraction_merge_into (NULL, 0, original, NULL);
  g_assert_nonnull (other);
  tautan_session_replace_dataset (session, other);
  tautan_articles_dialog_merge (dialog);
  g_assert_nonnull (find_message ());
  g_assert_nonnull (strstr (adw_message_dialog_get_body (find_message ()), "another dataset"));
  gtk_window_destroy (GTK_WINDOW (find_message ()));
  g_assert_true (find_dialog () == dialog);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (tautan_window_get_dataset (window) == original);
  g_assert_false (tautan_session_get_dataset_modified (session));

  tautan_articles_dialog_merge (dialog);
  g_assert_true (tautan_articles_dialog_get_merging (dialog));
  tautan_test_wait_for (no_dialog, NULL);
  /* no new window: the same one shows the merged dataset, modified and
   * still the bundled one's read-only file, so Save asks where */
  g_assert_null (other_window (window));
  merged = tautan_window_get_dataset (window);
  g_assert_nonnull (merged);
  g_assert_true (merged != original);
  g_assert_true (tautan_session_get_dataset_modified (session));
  g_assert_true (tautan_dataset_get_read_only (merged));
  g_assert_true (tautan_dataset_get_read_only (original) == tautan_dataset_get_read_only (merged));

  /* Accepted items only: three of the four quotes, every event. */
  g_assert_cmpuint (tautan_dataset_get_n_quotes (merged), ==, n_quotes + 3);
  g_assert_cmpuint (tautan_dataset_get_n_events (merged), >, n_events);
  g_assert_cmpuint (dataset_quote (merged, "We are concerned"), ==, TAUTAN_NONE);
  q = dataset_quote (merged, "The friendship");
  g_assert_cmpuint (q, !=, TAUTAN_NONE);
  g_assert_cmpstr (quote_speaker_id (merged, q), ==, "vladimir-putin");
  q = dataset_quote (merged, "Hubungan kami");
  g_assert_cmpuint (q, !=, TAUTAN_NONE);
  g_assert_cmpstr (quote_speaker_id (merged, q), ==, known.id);
  q = dataset_quote (merged, "Kami mendukung");
  g_assert_cmpstr (quote_speaker_id (merged, q), ==, "choe-son-hui");
  {
    TautanEntity choe_merged;
    gboolean alias = FALSE;

    tautan_dataset_get_entity (merged, tautan_dataset_lookup_entity (merged, "choe-son-hui"), &choe_merged);
    g_assert_cmpstr (choe_merged.name, ==, same.name);
    for (guint k = 0; k < choe_merged.n_aliases; k++)
      alias |= g_strcmp0 (tautan_dataset_get_string (merged, choe_merged.aliases[k]), "Menlu Choe") == 0;
    g_assert_true (alias);
  }
  /* The congratulation is the bundled dataset's own event (same actors,
   * overlapping dates): merged into it, with this article as a source. */
  for (guint ev = 0; ev < tautan_dataset_get_n_events (merged) && !found; ev++)
    {
      TautanEvent event;

      tautan_dataset_get_event (merged, ev, &event);
      for (guint k = 0; k < event.n_sources; k++)
        {
          TautanSource source;

          tautan_dataset_get_source (merged, event.sources[k], &source);
          if (g_strcmp0 (source.id, "article-en") == 0 &&
              event.start <= tautan_day_from_ymd (2024, 5, 31) && event.end >= tautan_day_from_ymd (2024, 5, 1))
            found = TRUE;
        }
    }
  g_assert_true (found);

  /* The placed node kept its place and pin. */
  e_index = tautan_dataset_lookup_entity (merged, pinned_entity.id);
  g_assert_cmpuint (e_index, !=, TAUTAN_NONE);
  g_assert_true (tautan_session_get_pinned (session, e_index));
  points = g_new0 (TautanPoint, tautan_dataset_get_n_entities (merged));
  tautan_layout_get_positions (tautan_session_get_layout (session), points);
  g_assert_cmpfloat_with_epsilon (points[e_index].x, pin.x, 0.01);
  g_assert_cmpfloat_with_epsilon (points[e_index].y, pin.y, 0.01);

  /* One step of the window's history: Undo puts the very dataset back,
   * unchanged, Redo the merged one. */
  g_object_ref (merged);
  g_assert_cmpuint (tautan_dataset_get_n_quotes (original), ==, n_quotes);
  g_assert_cmpuint (tautan_dataset_get_n_events (original), ==, n_events);
  g_assert_cmpuint (dataset_quote (original, "The friendship"), ==, TAUTAN_NONE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  tautan_test_iterate ();
  g_assert_true (tautan_window_get_dataset (window) == original);
  g_assert_false (tautan_session_get_dataset_modified (session));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  tautan_test_iterate ();
  g_assert_true (tautan_window_get_dataset (window) == merged);
  g_assert_true (tautan_session_get_dataset_modified (session));
  g_object_unref (merged);
  gtk_window_destroy (GTK_WINDOW (window));
  tautan_test_iterate ();
}

/* Dropped files go through the same review; what is not an article is
 * named and left. */
static void
test_drop (void)
{
  TautanWindow *window = bundled_window ();
  g_autoptr(GFile) id = fixture ("artikel-id.txt");
  g_autoptr(GFile) pdf = fixture ("notes.pdf");
  g_autoptr(GSList) files = NULL;
  TautanArticlesDialog *dialog = NULL;
  AdwMessageDialog *message;

  g_autofree char *empty_path = g_build_filename (g_get_user_data_dir (), "empty.txt", NULL);
  g_autofree char *binary_path = g_build_filename (g_get_user_data_dir (), "binary.txt", NULL);
  g_autofree char *jsonl_path = g_build_filename (g_get_user_data_dir (), "batch.jsonl", NULL);
  g_autoptr(GFile) empty = g_file_new_for_path (empty_path);
  g_autoptr(GFile) binary = g_file_new_for_path (binary_path);
  g_autoptr(GFile) jsonl = g_file_new_for_path (jsonl_path);
  const char binary_bytes[] = { 'P', 'K', 3, 4, 0, 0, 1, 2 };
  const char *lines = "{\"id\": \"wire-1\", \"published\": \"2024-05-13\", \"text\": "
                      "\"Putin bertemu Kim Jong Un di Pyongyang, kata KCNA.\"}\n"
                      "not an article\n";

  /* An empty file, a binary one, and a JSONL batch with a bad line: each
   * is listed with its reason, and the rest is read. */
  g_assert_true (g_file_set_contents (empty_path, "", 0, NULL));
  g_assert_true (g_file_set_contents (binary_path, binary_bytes, sizeof binary_bytes, NULL));
  g_assert_true (g_file_set_contents (jsonl_path, lines, -1, NULL));
  files = g_slist_append (files, id);
  files = g_slist_append (files, pdf);
  files = g_slist_append (files, empty);
  files = g_slist_append (files, binary);
  files = g_slist_append (files, jsonl);
  g_assert_cmpuint (_tautan_window_drop_files (window, files), ==, 1);
  tautan_test_wait_for (dialog_read, &dialog);
  g_assert_cmpuint (tautan_articles_dialog_get_n_articles (dialog), ==, 5);
  g_assert_cmpstr (tautan_articles_dialog_get_name (dialog, 0), ==, "artikel-id.txt");
  g_assert_nonnull (tautan_articles_dialog_get_extraction (dialog, 0));
  g_assert_cmpstr (tautan_articles_dialog_get_name (dialog, 1), ==, "empty.txt");
  g_assert_null (tautan_articles_dialog_get_extraction (dialog, 1));
  g_assert_nonnull (tautan_articles_dialog_get_error (dialog, 1));
  g_assert_cmpstr (tautan_articles_dialog_get_name (dialog, 2), ==, "binary.txt");
  g_assert_null (tautan_articles_dialog_get_extraction (dialog, 2));
  g_assert_nonnull (tautan_articles_dialog_get_error (dialog, 2));
  g_assert_cmpstr (tautan_articles_dialog_get_name (dialog, 3), ==, "batch.jsonl:1");
  g_assert_nonnull (tautan_articles_dialog_get_extraction (dialog, 3));
  g_assert_cmpint (tautan_extraction_get_published (tautan_articles_dialog_get_extraction (dialog, 3)), ==,
                   tautan_day_from_ymd (2024, 5, 13));
  g_assert_cmpstr (tautan_articles_dialog_get_name (dialog, 4), ==, "batch.jsonl:2");
  g_assert_null (tautan_articles_dialog_get_extraction (dialog, 4));
  g_assert_true (g_str_has_prefix (tautan_articles_dialog_get_error (dialog, 4), "not JSON at column "));
  g_test_message ("empty: %s; binary: %s; bad line: %s", tautan_articles_dialog_get_error (dialog, 1),
                  tautan_articles_dialog_get_error (dialog, 2), tautan_articles_dialog_get_error (dialog, 4));

  /* Closing a review with changes asks first; discarded, it leaves the
   * dataset alone. */
  tautan_extraction_item_set_accepted (find_item (dialog, tautan_articles_dialog_get_extraction (dialog, 0),
                                                  TAUTAN_EXTRACTION_QUOTE, "Hubungan kami", NULL), FALSE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "articles.cancel", NULL));
  tautan_test_iterate ();
  g_assert_true (find_dialog () == dialog);
  message = find_message ();
  g_assert_nonnull (message);
  adw_message_dialog_response (message, "discard");
  tautan_test_wait_for (no_dialog, NULL);
  g_assert_cmpuint (dataset_quote (tautan_window_get_dataset (window), "Hubungan kami"), ==, TAUTAN_NONE);
  gtk_window_destroy (GTK_WINDOW (window));
  tautan_test_iterate ();
}

static GFile *
article_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "articles", name, NULL);

  return g_file_new_for_path (path);
}

/* Every record of @original is in @merged under its id. */
static void
assert_ids_kept (TautanDataset *original,
                 TautanDataset *merged)
{
  for (guint i = 0; i < tautan_dataset_get_n_sources (original); i++)
    {
      TautanSource s;

      tautan_dataset_get_source (original, i, &s);
      g_assert_cmpuint (tautan_dataset_lookup_source (merged, s.id), !=, TAUTAN_NONE);
    }
  for (guint i = 0; i < tautan_dataset_get_n_entities (original); i++)
    {
      TautanEntity e;

      tautan_dataset_get_entity (original, i, &e);
      g_assert_cmpuint (tautan_dataset_lookup_entity (merged, e.id), !=, TAUTAN_NONE);
    }
  for (guint i = 0; i < tautan_dataset_get_n_events (original); i++)
    {
      TautanEvent e;

      tautan_dataset_get_event (original, i, &e);
      if (tautan_dataset_lookup_event (merged, e.id) == TAUTAN_NONE)
        g_error ("event %s renamed by the merge", e.id);
    }
  for (guint i = 0; i < tautan_dataset_get_n_quotes (original); i++)
    {
      TautanQuote q;

      tautan_dataset_get_quote (original, i, &q);
      g_assert_cmpuint (tautan_dataset_lookup_quote (merged, q.id), !=, TAUTAN_NONE);
    }
}

/* A seed article the bundled dataset was curated from (its text since
 * trimmed there) is recognised as already in it: said so in its row, its
 * items start rejected, and a merge adds only the new article. */
static void
test_known (void)
{
  TautanWindow *window = bundled_window ();
  TautanDataset *original = tautan_window_get_dataset (window);
  g_autoptr(GFile) known = article_fixture ("known-viva.txt");
  g_autoptr(GFile) en = fixture ("article-en.txt");
  GFile *files[] = { known, en };
  TautanArticlesDialog *dialog = NULL;
  TautanExtraction *extraction;
  GListModel *items;
  GtkWidget *row, *label;
  TautanDataset *merged;
  guint viva, article;

  _tautan_window_import_articles (window, files, G_N_ELEMENTS (files));
  tautan_test_wait_for (dialog_read, &dialog);
  g_assert_cmpuint (tautan_articles_dialog_get_n_articles (dialog), ==, 2);

  viva = tautan_dataset_lookup_source (original, "viva-2022-06-21");
  g_assert_cmpuint (viva, !=, TAUTAN_NONE);
  article = find_article (dialog, "known-viva.txt");
  g_assert_cmpuint (tautan_articles_dialog_get_known_source (dialog, article), ==, viva);
  g_assert_cmpuint (tautan_articles_dialog_get_known_source (dialog, find_article (dialog, "article-en.txt")), ==,
                    TAUTAN_NONE);

  row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (child (dialog, "articles_list")), (int)article));
  label = find_named (row, "known");
  g_assert_nonnull (label);
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (label)), "Kim Jong-un Dukung Penuh Putin"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (label)), "same text"));
  g_assert_null (find_named (GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (child (dialog, "articles_list")),
                                                                        (int)find_article (dialog, "article-en.txt"))),
                             "known"));

  extraction = tautan_articles_dialog_get_extraction (dialog, article);
  items = tautan_extraction_get_items (extraction);
  g_assert_cmpuint (g_list_model_get_n_items (items), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(TautanExtractionItem) item = g_list_model_get_item (items, i);

      g_assert_false (tautan_extraction_item_get_accepted (item));
    }

  /* Only the new article is merged: the known one's source is still the
   * dataset's own, not renamed after a second copy of it. The time
   * window and the selection stay where the user left them. */
  {
    TautanSession *session = tautan_window_get_session (window);
    TautanTimeSpan y2022 = { tautan_day_from_ymd (2022, 1, 1), tautan_day_from_ymd (2022, 12, 31) };
    TautanTimeSpan span;

    tautan_session_set_span (session, &y2022);
    tautan_session_select_entity (session, tautan_dataset_lookup_entity (original, "kim-jong-un"));
    tautan_articles_dialog_merge (dialog);
    tautan_test_wait_for (no_dialog, NULL);
    tautan_test_iterate ();
    span = tautan_session_get_span (session);
    g_assert_cmpint (span.from, ==, y2022.from);
    g_assert_cmpint (span.to, ==, y2022.to);
    merged = tautan_window_get_dataset (window);
    g_assert_cmpuint (tautan_session_get_selected_entity (session), ==,
                      tautan_dataset_lookup_entity (merged, "kim-jong-un"));
  }
  g_assert_true (merged != original);
  g_assert_cmpuint (tautan_dataset_get_n_sources (merged), ==, tautan_dataset_get_n_sources (original) + 1);
  g_assert_cmpuint (tautan_dataset_lookup_source (merged, "article-en"), !=, TAUTAN_NONE);
  g_assert_cmpuint (tautan_dataset_lookup_source (merged, "viva-2022-06-21"), !=, TAUTAN_NONE);

  /* Merged anyway, every item accepted: still one source for it, and no
   * two events that `tautan merge` would unify (same type, actors and
   * targets, overlapping dates). */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  tautan_test_iterate ();
  g_assert_true (tautan_window_get_dataset (window) == original);
  _tautan_window_import_articles (window, &known, 1);
  dialog = NULL;
  tautan_test_wait_for (dialog_read, &dialog);
  extraction = tautan_articles_dialog_get_extraction (dialog, 0);
  items = tautan_extraction_get_items (extraction);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(TautanExtractionItem) item = g_list_model_get_item (items, i);

      tautan_extraction_item_set_accepted (item, TRUE);
    }
  tautan_articles_dialog_merge (dialog);
  tautan_test_wait_for (no_dialog, NULL);
  merged = tautan_window_get_dataset (window);
  g_assert_true (merged != original);
  g_assert_cmpuint (tautan_dataset_get_n_sources (merged), ==, tautan_dataset_get_n_sources (original));
  for (guint i = 0; i < tautan_dataset_get_n_events (merged); i++)
    for (guint j = i + 1; j < tautan_dataset_get_n_events (merged); j++)
      {
        TautanEvent a, b;

        tautan_dataset_get_event (merged, i, &a);
        tautan_dataset_get_event (merged, j, &b);
        if (a.type != b.type || a.n_actors != b.n_actors || a.n_targets != b.n_targets ||
            a.start > b.end || b.start > a.end ||
            memcmp (a.actors, b.actors, a.n_actors * sizeof *a.actors) != 0 ||
            memcmp (a.targets, b.targets, a.n_targets * sizeof *a.targets) != 0)
          continue;
        g_error ("events %s and %s would be one", a.id, b.id);
      }
  /* The dataset's ids win over the article's (its event of 21 June 2022
   * was renamed after the article's smaller id): saved views name them. */
  assert_ids_kept (original, merged);
  gtk_window_destroy (GTK_WINDOW (window));
  tautan_test_iterate ();
}

/* Cancel while reading: the reading stops and nothing is shown. */
static void
test_cancel (void)
{
  TautanWindow *window = bundled_window ();
  g_autoptr(GFile) en = fixture ("article-en.txt");
  TautanArticlesDialog *dialog;

  _tautan_window_import_articles (window, &en, 1);
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (tautan_articles_dialog_get_reading (dialog));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (child (dialog, "stack"))), ==, "progress");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "articles.cancel", NULL));
  tautan_test_wait_for (no_dialog, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  tautan_test_iterate ();
}

/* A window that shows no dataset takes articles too: File › Import
 * Articles… and a drop make a new dataset of them, not saved yet (Save asks
 * where), and Undo takes the window back to the empty dataset. */
static void
test_new_dataset (void)
{
  TautanWindow *window = tautan_window_new (ADW_APPLICATION (tautan_test_app ()));
  g_autoptr(GFile) id = fixture ("artikel-id.txt");
  g_autoptr(GSList) files = NULL;
  TautanArticlesDialog *dialog = NULL;
  TautanSession *session;
  TautanDataset *merged;
  GtkWidget *button;

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  tautan_test_iterate ();
  g_assert_null (tautan_window_get_session (window));
  /* the empty page offers it, and it can be pressed */
  button = find_widget (GTK_WIDGET (window), activates, "win.import-articles");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_drawable (button));
  g_assert_true (gtk_widget_is_sensitive (button));

  files = g_slist_append (files, id);
  g_assert_cmpuint (_tautan_window_drop_files (window, files), ==, 0);
  tautan_test_wait_for (dialog_read, &dialog);
  g_assert_cmpuint (tautan_articles_dialog_get_n_articles (dialog), ==, 1);
  g_assert_nonnull (tautan_articles_dialog_get_extraction (dialog, 0));
  /* No dataset's actors to be the same as: an entity's row offers none;
   * a quote's speaker is still one of the article's. */
  {
    GtkListBoxRow *row = NULL;
    GtkWidget *speaker;

    tautan_articles_dialog_select_article (dialog, 0);
    g_assert_nonnull (find_item (dialog, tautan_articles_dialog_get_extraction (dialog, 0), TAUTAN_EXTRACTION_ENTITY,
                                 "Choe Son Hui", &row));
    g_assert_null (find_named (GTK_WIDGET (row), "same-as"));
    g_assert_nonnull (find_item (dialog, tautan_articles_dialog_get_extraction (dialog, 0), TAUTAN_EXTRACTION_QUOTE,
                                 "Hubungan kami", &row));
    speaker = find_named (GTK_WIDGET (row), "speaker");
    tautan_test_choose_by_typing (speaker, "choe");
    g_assert_cmpint (tautan_entity_chooser_get_extra (TAUTAN_ENTITY_CHOOSER (speaker)), >=, 0);
  }

  tautan_articles_dialog_merge (dialog);
  tautan_test_wait_for (no_dialog, NULL);
  session = tautan_window_get_session (window);
  g_assert_nonnull (session);
  merged = tautan_window_get_dataset (window);
  g_assert_cmpuint (tautan_dataset_get_n_sources (merged), ==, 1);
  g_assert_cmpuint (tautan_dataset_get_n_quotes (merged), >, 0);
  g_assert_cmpuint (tautan_dataset_get_n_events (merged), >, 0);
  g_assert_true (tautan_session_get_dataset_modified (session));
  g_assert_null (tautan_dataset_get_file (merged));
  /* the time window shows all of it, not a day of the empty dataset's */
  {
    TautanTimeSpan all = tautan_dataset_get_span (merged);
    TautanTimeSpan span = tautan_session_get_span (session);

    g_assert_true (tautan_time_span_equal (&span, &all));
  }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  tautan_test_iterate ();
  g_assert_cmpuint (tautan_dataset_get_n_sources (tautan_window_get_dataset (window)), ==, 0);
  g_assert_cmpuint (tautan_dataset_get_n_entities (tautan_window_get_dataset (window)), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  tautan_test_iterate ();
  g_assert_true (tautan_window_get_dataset (window) == merged);

  /* Discard on close: nothing to save it to, nothing asked in a test. */
  gtk_window_destroy (GTK_WINDOW (window));
  tautan_test_iterate ();
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  tautan_test_home_init ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/tautan/articles-dialog/review-merge", test_review_merge);
  g_test_add_func ("/tautan/articles-dialog/known", test_known);
  g_test_add_func ("/tautan/articles-dialog/drop", test_drop);
  g_test_add_func ("/tautan/articles-dialog/cancel", test_cancel);
  g_test_add_func ("/tautan/articles-dialog/new-dataset", test_new_dataset);

  ret = g_test_run ();
  tautan_test_app_clear ();
  return ret;
}
