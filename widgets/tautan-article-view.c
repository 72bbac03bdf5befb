/* tautan-article-view.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-article-view"

#include "config.h"

#include "tautan/tautan-article-view.h"

/* Shows an article as the extractor kept it, with each quote, speaker,
 * entity mention and event sentence marked where the text says it, so a
 * reviewer judges every item against its words. Rejected items stay
 * visible but struck through. Offsets are code points, which is what a
 * GtkTextIter counts. */

struct _TautanArticleView
{
  GtkWidget         parent_instance;

  GtkScrolledWindow *scroller;
  GtkTextView      *text_view;

  TautanExtraction *extraction;
  GPtrArray        *watched;          /* items whose changes re-mark the text */
  guint             retag_id;
};

G_DEFINE_FINAL_TYPE (TautanArticleView, tautan_article_view, GTK_TYPE_WIDGET)

/* Translucent backgrounds over the theme's own text colour: they read on
 * light and dark alike, and overlapping marks still show both. Created
 * in this order, so a speaker's name shows over the quote around it. */
static const struct
{
  const char *name;
  const char *background;
  const char *underline;
  gboolean    bold;
} tag_styles[] = {
  { "event", NULL, "rgba(46,194,126,0.95)", FALSE },
  { "quote", "rgba(246,211,45,0.38)", NULL, FALSE },
  { "entity", "rgba(53,132,228,0.30)", NULL, FALSE },
  { "speaker", "rgba(192,97,203,0.42)", NULL, TRUE },
  { "rejected", NULL, NULL, FALSE },
};

static void
create_tags (TautanArticleView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);

  for (guint i = 0; i < G_N_ELEMENTS (tag_styles); i++)
    {
      GtkTextTag *tag = gtk_text_buffer_create_tag (buffer, tag_styles[i].name, NULL);
      GdkRGBA rgba;

      if (tag_styles[i].background != NULL && gdk_rgba_parse (&rgba, tag_styles[i].background))
        g_object_set (tag, "background-rgba", &rgba, NULL);
      if (tag_styles[i].underline != NULL && gdk_rgba_parse (&rgba, tag_styles[i].underline))
        g_object_set (tag, "underline", PANGO_UNDERLINE_DOUBLE, "underline-rgba", &rgba, NULL);
      if (tag_styles[i].bold)
        g_object_set (tag, "weight", PANGO_WEIGHT_BOLD, NULL);
    }
  g_object_set (gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "rejected"),
                "strikethrough", TRUE, NULL);
}

static void
apply (GtkTextBuffer *buffer,
       const char    *tag,
       guint          start,
       guint          end)
{
  GtkTextIter a, b;

  if (end <= start)
    return;
  gtk_text_buffer_get_iter_at_offset (buffer, &a, (int)start);
  gtk_text_buffer_get_iter_at_offset (buffer, &b, (int)end);
  gtk_text_buffer_apply_tag_by_name (buffer, tag, &a, &b);
}

static void
retag (TautanArticleView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GListModel *items;
  GtkTextIter a, b;

  gtk_text_buffer_get_bounds (buffer, &a, &b);
  gtk_text_buffer_remove_all_tags (buffer, &a, &b);
  if (self->extraction == NULL)
    return;

  items = tautan_extraction_get_items (self->extraction);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(TautanExtractionItem) item = g_list_model_get_item (items, i);
      guint start = tautan_extraction_item_get_start (item);
      guint end = tautan_extraction_item_get_end (item);
      gboolean accepted = tautan_extraction_item_get_accepted (item);

      switch (tautan_extraction_item_get_kind (item))
        {
        case TAUTAN_EXTRACTION_QUOTE:
          {
            guint s0, s1;

            apply (buffer, accepted ? "quote" : "rejected", start, end);
            tautan_extraction_item_get_speaker_span (item, &s0, &s1);
            if (accepted)
              apply (buffer, "speaker", s0, s1);
          }
          break;
        case TAUTAN_EXTRACTION_ENTITY:
          {
            GArray *mentions = tautan_extraction_item_get_mentions (item);

            for (guint k = 0; mentions != NULL && k + 1 < mentions->len; k += 2)
              apply (buffer, accepted ? "entity" : "rejected",
                     g_array_index (mentions, guint, k), g_array_index (mentions, guint, k + 1));
          }
          break;
        case TAUTAN_EXTRACTION_EVENT:
        default:
          if (accepted)
            apply (buffer, "event", start, end);
          break;
        }
    }
}

static gboolean
retag_cb (gpointer data)
{
  TautanArticleView *self = data;

  self->retag_id = 0;
  retag (self);
  return G_SOURCE_REMOVE;
}

/* An edit (accepted, speaker) re-marks the text once per burst. */
static void
item_changed_cb (TautanArticleView *self)
{
  if (self->retag_id == 0)
    self->retag_id = g_idle_add (retag_cb, self);
}

static void
unwatch (TautanArticleView *self)
{
  for (guint i = 0; i < self->watched->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->watched, i), self);
  g_ptr_array_set_size (self->watched, 0);
}

static void
watch (TautanArticleView *self)
{
  GListModel *items = tautan_extraction_get_items (self->extraction);

  unwatch (self);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(TautanExtractionItem) item = g_list_model_get_item (items, i);

      g_signal_connect_swapped (item, "notify::label", G_CALLBACK (item_changed_cb), self);
      g_signal_connect_swapped (item, "notify::accepted", G_CALLBACK (item_changed_cb), self);
      g_ptr_array_add (self->watched, g_object_ref (item));
    }
}

static void
items_changed_cb (TautanArticleView *self)
{
  watch (self);
  item_changed_cb (self);
}

static void
tautan_article_view_dispose (GObject *object)
{
  TautanArticleView *self = (TautanArticleView *)object;

  g_clear_handle_id (&self->retag_id, g_source_remove);
  if (self->watched != NULL)
    unwatch (self);
  g_clear_object (&self->extraction);
  gtk_widget_dispose_template (GTK_WIDGET (self), TAUTAN_TYPE_ARTICLE_VIEW);

  G_OBJECT_CLASS (tautan_article_view_parent_class)->dispose (object);
}

static void
tautan_article_view_finalize (GObject *object)
{
  TautanArticleView *self = (TautanArticleView *)object;

  g_clear_pointer (&self->watched, g_ptr_array_unref);

  G_OBJECT_CLASS (tautan_article_view_parent_class)->finalize (object);
}

static void
tautan_article_view_class_init (TautanArticleViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tautan_article_view_dispose;
  object_class->finalize = tautan_article_view_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/tautan-article-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TautanArticleView, scroller);
  gtk_widget_class_bind_template_child (widget_class, TautanArticleView, text_view);
  gtk_widget_class_set_css_name (widget_class, "articleview");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
tautan_article_view_init (TautanArticleView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->watched = g_ptr_array_new_with_free_func (g_object_unref);
  create_tags (self);
}

GtkWidget *
tautan_article_view_new (void)
{
  return g_object_new (TAUTAN_TYPE_ARTICLE_VIEW, NULL);
}

/**
 * tautan_article_view_get_extraction:
 *
 * Returns: (transfer none) (nullable): the article shown
 */
TautanExtraction *
tautan_article_view_get_extraction (TautanArticleView *self)
{
  g_return_val_if_fail (TAUTAN_IS_ARTICLE_VIEW (self), NULL);
  return self->extraction;
}

/**
 * tautan_article_view_set_extraction:
 * @extraction: (nullable): the article to show
 */
void
tautan_article_view_set_extraction (TautanArticleView *self,
                                    TautanExtraction  *extraction)
{
  GtkTextBuffer *buffer;

  g_return_if_fail (TAUTAN_IS_ARTICLE_VIEW (self));
  g_return_if_fail (extraction == NULL || TAUTAN_IS_EXTRACTION (extraction));

  if (self->extraction == extraction)
    return;

  if (self->extraction != NULL)
    g_signal_handlers_disconnect_by_data (tautan_extraction_get_items (self->extraction), self);
  unwatch (self);
  g_set_object (&self->extraction, extraction);

  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_set_text (buffer, extraction ? tautan_extraction_get_text (extraction) : "", -1);
  if (extraction != NULL)
    {
      g_signal_connect_object (tautan_extraction_get_items (extraction), "items-changed",
                               G_CALLBACK (items_changed_cb), self, G_CONNECT_SWAPPED);
      watch (self);
    }
  g_clear_handle_id (&self->retag_id, g_source_remove);
  retag (self);
}

/**
 * tautan_article_view_select_item:
 *
 * Selects the words @item stands for (an entity's first mention) and
 * scrolls them into view.
 */
void
tautan_article_view_select_item (TautanArticleView    *self,
                                 TautanExtractionItem *item)
{
  GtkTextBuffer *buffer;
  GtkTextIter a, b;
  GtkTextMark *mark;
  guint start, end;

  g_return_if_fail (TAUTAN_IS_ARTICLE_VIEW (self));
  g_return_if_fail (TAUTAN_IS_EXTRACTION_ITEM (item));

  start = tautan_extraction_item_get_start (item);
  end = tautan_extraction_item_get_end (item);
  if (tautan_extraction_item_get_kind (item) == TAUTAN_EXTRACTION_ENTITY)
    {
      GArray *mentions = tautan_extraction_item_get_mentions (item);

      if (mentions != NULL && mentions->len >= 2)
        {
          start = g_array_index (mentions, guint, 0);
          end = g_array_index (mentions, guint, 1);
        }
    }
  /* an entity the dataset gave has no words in this text */
  if (end <= start)
    return;

  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_iter_at_offset (buffer, &a, (int)start);
  gtk_text_buffer_get_iter_at_offset (buffer, &b, (int)end);
  gtk_text_buffer_select_range (buffer, &a, &b);
  mark = gtk_text_buffer_get_mark (buffer, "item");
  if (mark == NULL)
    mark = gtk_text_buffer_create_mark (buffer, "item", &a, TRUE);
  else
    gtk_text_buffer_move_mark (buffer, mark, &a);
  gtk_text_view_scroll_to_mark (self->text_view, mark, 0.1, TRUE, 0.0, 0.3);
}

/**
 * tautan_article_view_dup_selection:
 *
 * Returns: (transfer full) (nullable): the text selected
 */
char *
tautan_article_view_dup_selection (TautanArticleView *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter a, b;

  g_return_val_if_fail (TAUTAN_IS_ARTICLE_VIEW (self), NULL);

  buffer = gtk_text_view_get_buffer (self->text_view);
  if (!gtk_text_buffer_get_selection_bounds (buffer, &a, &b))
    return NULL;
  return gtk_text_buffer_get_text (buffer, &a, &b, FALSE);
}

/**
 * tautan_article_view_dup_tagged:
 * @tag: "quote", "speaker", "entity", "event" or "rejected"
 * @n: which run of @tag, from the start of the text
 *
 * Returns: (transfer full) (nullable): the words of the @n-th run marked
 *   with @tag, or %NULL when there are fewer
 */
char *
tautan_article_view_dup_tagged (TautanArticleView *self,
                                const char        *tag,
                                guint              n)
{
  GtkTextBuffer *buffer;
  GtkTextTag *t;
  GtkTextIter a, b;

  g_return_val_if_fail (TAUTAN_IS_ARTICLE_VIEW (self), NULL);

  if (self->retag_id != 0)
    {
      g_clear_handle_id (&self->retag_id, g_source_remove);
      retag (self);
    }
  buffer = gtk_text_view_get_buffer (self->text_view);
  t = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), tag);
  g_return_val_if_fail (t != NULL, NULL);

  gtk_text_buffer_get_start_iter (buffer, &a);
  for (guint i = 0; ; i++)
    {
      if (!gtk_text_iter_starts_tag (&a, t) && !gtk_text_iter_forward_to_tag_toggle (&a, t))
        return NULL;
      if (!gtk_text_iter_starts_tag (&a, t))
        return NULL;
      b = a;
      gtk_text_iter_forward_to_tag_toggle (&b, t);
      if (i == n)
        return gtk_text_buffer_get_text (buffer, &a, &b, FALSE);
      a = b;
    }
}
