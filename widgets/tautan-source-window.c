/* tautan-source-window.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-source-window"

#include "config.h"

#include <glib/gi18n.h>

#include "tautan/tautan-source-window.h"
#include "tautan/tautan-text.h"

struct _TautanSourceWindow
{
  AdwWindow       parent_instance;

  AdwWindowTitle *window_title;
  GtkTextView    *text_view;
  GtkLabel       *provenance;
  GtkWidget      *open_original;

  GtkTextTag     *highlight;
  guint           source;
  char           *url;      /* the original article's web address, or NULL */
};

G_DEFINE_FINAL_TYPE (TautanSourceWindow, tautan_source_window, ADW_TYPE_WINDOW)

/* Scroll once the view has its size: before that, there is nowhere to go. */
static gboolean
scroll_to_highlight_cb (gpointer user_data)
{
  TautanSourceWindow *self = user_data;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  GtkTextMark *mark = gtk_text_buffer_get_mark (buffer, "quote");

  if (mark != NULL)
    gtk_text_view_scroll_to_mark (self->text_view, mark, 0.1, TRUE, 0.0, 0.3);
  return G_SOURCE_REMOVE;
}

static void
update_create_actions (TautanSourceWindow *self)
{
  gboolean selected = gtk_text_buffer_get_has_selection (gtk_text_view_get_buffer (self->text_view));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "source.create-quote", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "source.create-event", selected);
}

/* The selection, in code points as the format counts them (GtkTextIter
 * offsets count characters), goes to the main window, which curates. */
static void
create_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  TautanSourceWindow *self = TAUTAN_SOURCE_WINDOW (widget);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  GtkTextIter start, end;

  if (parent == NULL ||
      !gtk_text_buffer_get_selection_bounds (gtk_text_view_get_buffer (self->text_view), &start, &end))
    return;
  gtk_widget_activate_action (GTK_WIDGET (parent),
                              g_str_equal (action_name, "source.create-quote") ? "curate.create-quote"
                                                                               : "curate.create-event",
                              "(uuu)", self->source,
                              (guint)gtk_text_iter_get_offset (&start), (guint)gtk_text_iter_get_offset (&end));
}

/* The web address the source gives, in the desktop's browser. */
static void
open_original_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  TautanSourceWindow *self = TAUTAN_SOURCE_WINDOW (widget);

  if (self->url != NULL)
    gtk_show_uri (GTK_WINDOW (self), self->url, GDK_CURRENT_TIME);
}

/* A dataset is anybody's file: only a web page is opened from it, never a
 * local file or a program a `file:` or other scheme would start. */
static gboolean
is_web_address (const char *url)
{
  const char *scheme = url != NULL ? g_uri_peek_scheme (url) : NULL;

  return scheme != NULL && (g_str_equal (scheme, "https") || g_str_equal (scheme, "http"));
}

static void
tautan_source_window_finalize (GObject *object)
{
  TautanSourceWindow *self = (TautanSourceWindow *)object;

  g_free (self->url);

  G_OBJECT_CLASS (tautan_source_window_parent_class)->finalize (object);
}

static void
tautan_source_window_class_init (TautanSourceWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = tautan_source_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/tautan-source-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TautanSourceWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, TautanSourceWindow, text_view);
  gtk_widget_class_bind_template_child (widget_class, TautanSourceWindow, provenance);
  gtk_widget_class_bind_template_child (widget_class, TautanSourceWindow, open_original);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_install_action (widget_class, "source.create-quote", NULL, create_action);
  gtk_widget_class_install_action (widget_class, "source.create-event", NULL, create_action);
  gtk_widget_class_install_action (widget_class, "source.open-original", NULL, open_original_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK, "source.open-original", NULL);
}

static void
tautan_source_window_init (TautanSourceWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (gtk_text_view_get_buffer (self->text_view), "notify::has-selection",
                           G_CALLBACK (update_create_actions), self, G_CONNECT_SWAPPED);
  update_create_actions (self);
}

/**
 * tautan_source_window_new:
 *
 * Shows the article @quote comes from with the quote highlighted and
 * scrolled into view.
 *
 * Returns: (transfer none): the window, owned by GTK until closed
 */
TautanSourceWindow *
tautan_source_window_new (GtkWindow     *parent,
                          TautanDataset *dataset,
                          guint          quote)
{
  TautanSourceWindow *self;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *subtitle = NULL;
  g_autofree char *date = NULL;
  g_autofree char *outlet = NULL;
  g_autofree char *title = NULL;
  g_autoptr(GString) how = g_string_new (NULL);
  TautanQuote q;
  TautanSource s;

  g_return_val_if_fail (TAUTAN_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (quote < tautan_dataset_get_n_quotes (dataset), NULL);

  tautan_dataset_get_quote (dataset, quote, &q);
  tautan_dataset_get_source (dataset, q.source, &s);

  self = g_object_new (TAUTAN_TYPE_SOURCE_WINDOW, "transient-for", parent, NULL);
  self->source = q.source;

  date = s.published != TAUTAN_DAY_NONE ? tautan_text_format_day (s.published) : g_strdup (_("undated"));
  outlet = tautan_text_shorten (s.outlet, TAUTAN_TEXT_MAX_NAME);
  title = tautan_text_shorten (s.title, TAUTAN_TEXT_MAX_NAME);
  subtitle = g_strdup_printf ("%s · %s", outlet, date);
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), title);

  if (s.relayed)
    g_string_append (how, _("Relayed from another agency or outlet"));
  else
    g_string_append (how, _("The outlet's own reporting"));
  if (s.state_media)
    g_string_append (how, _(" · the outlet is state media"));
  if (s.published == TAUTAN_DAY_NONE && s.published_note != NULL)
    g_string_append_printf (how, " · %s", s.published_note);
  gtk_label_set_text (self->provenance, how->str);

  if (is_web_address (s.url))
    {
      g_autofree char *shown = tautan_text_shorten (s.url, TAUTAN_TEXT_MAX_NAME);
      g_autofree char *tooltip = g_strdup_printf (_("Open the original article (Ctrl+L)\n%s"), shown);

      self->url = g_strdup (s.url);
      gtk_widget_set_tooltip_text (self->open_original, tooltip);
      gtk_widget_set_visible (self->open_original, TRUE);
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "source.open-original", self->url != NULL);

  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_set_text (buffer, s.text, -1);
  self->highlight = gtk_text_buffer_create_tag (buffer, "quote",
                                                "background", "#f8e45c",
                                                "foreground", "#241f31",
                                                "weight", PANGO_WEIGHT_BOLD,
                                                NULL);
  /* Offsets are code points, as GtkTextIter counts characters. */
  gtk_text_buffer_get_iter_at_offset (buffer, &start, (int)q.start);
  gtk_text_buffer_get_iter_at_offset (buffer, &end, (int)q.end);
  gtk_text_buffer_apply_tag (buffer, self->highlight, &start, &end);
  gtk_text_buffer_create_mark (buffer, "quote", &start, TRUE);
  gtk_text_buffer_place_cursor (buffer, &start);

  g_idle_add_full (G_PRIORITY_LOW, scroll_to_highlight_cb, g_object_ref (self), g_object_unref);

  return self;
}

/**
 * tautan_source_window_get_highlighted_text:
 *
 * Returns: (transfer full): the highlighted text
 */
char *
tautan_source_window_get_highlighted_text (TautanSourceWindow *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_val_if_fail (TAUTAN_IS_SOURCE_WINDOW (self), NULL);

  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_start_iter (buffer, &start);
  if (!gtk_text_iter_starts_tag (&start, self->highlight) && !gtk_text_iter_forward_to_tag_toggle (&start, self->highlight))
    return NULL;
  end = start;
  gtk_text_iter_forward_to_tag_toggle (&end, self->highlight);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/**
 * tautan_source_window_select:
 * @start: the first code point
 * @end: the code point after the last
 *
 * Selects text as the user would, for Create Quote and Create Event.
 */
void
tautan_source_window_select (TautanSourceWindow *self,
                             guint               start,
                             guint               end)
{
  GtkTextBuffer *buffer;
  GtkTextIter from, to;

  g_return_if_fail (TAUTAN_IS_SOURCE_WINDOW (self));

  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_iter_at_offset (buffer, &from, (int)start);
  gtk_text_buffer_get_iter_at_offset (buffer, &to, (int)end);
  gtk_text_buffer_select_range (buffer, &from, &to);
}
