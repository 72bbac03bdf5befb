/* tautan-briefing-doc.c: a briefing's blocks flowed down its pages
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Layouts in the briefing's fonts, blocks flowed line by line with page
 * breaks (a heading keeps two lines with it; a block that fits a page is
 * not split), continuation headings, numbered footers, and source links.
 * Every string passes through the render layer's text cleaning first, and
 * only http and https URLs become links, escaped. */

#define G_LOG_DOMAIN "tautan-briefing"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tautan-briefing-private.h"

#define MAX_LINK 2048    /* bytes of an escaped URL that is linked */
#define MIN_LIST_SPACE 2.0  /* points between a list's items, set closest */

void
_tautan_briefing_set_ink (cairo_t   *cr,
                          const Ink *ink)
{
  cairo_set_source_rgb (cr, ink->r, ink->g, ink->b);
}

/* Text from a file or the command line, fit for Pango and cairo: the text
 * itself when it already is (nearly always), else a cleaned, cut copy
 * that lives as long as @doc. */
static const char *
doc_clean_text (Doc             *doc,
                const char      *text,
                gsize            max_chars,
                TautanTextFlags  flags)
{
  g_autofree char *clean = NULL;

  if (text == NULL)
    return "";
  if (_tautan_render_text_is_clean (text, max_chars, flags))
    return text;
  clean = _tautan_render_text_clean (text, max_chars, flags);
  return g_string_chunk_insert_const (doc->strings, clean);
}

const char *
_tautan_briefing_line (Doc        *doc,
                       const char *text)
{
  g_autofree char *stripped = _tautan_render_text_strip_notes (text);

  if (stripped != NULL)
    return g_string_chunk_insert_const (doc->strings, doc_clean_text (doc, stripped, TAUTAN_TEXT_LINE_MAX,
                                                                      TAUTAN_TEXT_ONE_LINE));
  return doc_clean_text (doc, text, TAUTAN_TEXT_LINE_MAX, TAUTAN_TEXT_ONE_LINE);
}

/* A name joined with other text ("A → B", "A, B"), as a line, between
 * U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE: a
 * right-to-left name, or a stray override in one, then reorders only
 * itself, not the arrow and the next name (tautan_text_isolate() does the
 * same for the widgets). */
const char *
_tautan_briefing_name (Doc        *doc,
                       const char *name)
{
  g_autofree char *isolated = g_strconcat ("\u2068", _tautan_briefing_line (doc, name), "\u2069", NULL);

  return g_string_chunk_insert_const (doc->strings, isolated);
}

/* A line the user typed as it is, brackets and all: a marking such as
 * "[RESTRICTED]" is no curator's note. */
const char *
_tautan_briefing_verbatim_line (Doc        *doc,
                                const char *text)
{
  return doc_clean_text (doc, text, TAUTAN_TEXT_LINE_MAX, TAUTAN_TEXT_ONE_LINE);
}

const char *
_tautan_briefing_paragraph_text (Doc        *doc,
                                 const char *text)
{
  return doc_clean_text (doc, text, TAUTAN_TEXT_PARAGRAPH_MAX, TAUTAN_TEXT_MULTILINE);
}

const char *
_tautan_briefing_prose (Doc        *doc,
                        const char *text)
{
  g_autofree char *stripped = _tautan_render_text_strip_notes (text);

  if (stripped != NULL)
    return g_string_chunk_insert_const (doc->strings, _tautan_briefing_paragraph_text (doc, stripped));
  return _tautan_briefing_paragraph_text (doc, text);
}

static gboolean
is_hex (char c)
{
  return g_ascii_isxdigit (c);
}

/* The URI a source's link may point to: http and https only (a link to
 * javascript:, file:, data: or smb: is one click from harm), every byte
 * outside RFC 3986's unreserved and reserved sets percent-encoded, and
 * so are ( ) ' and \, which cairo 1.16 copies unescaped into the PDF's
 * link annotation and its own attribute string. NULL: print as text. */
char *
_tautan_briefing_link_uri (const char *url)
{
  static const char keep[] = "-._~:/?#[]@!$&*+,;=";
  GString *out;
  const char *rest;

  if (url == NULL)
    return NULL;
  if (g_ascii_strncasecmp (url, "http://", 7) == 0)
    rest = url + 7;
  else if (g_ascii_strncasecmp (url, "https://", 8) == 0)
    rest = url + 8;
  else
    return NULL;
  /* A host, not a path: "http:///etc/passwd" is no web page. */
  if (!g_ascii_isalnum (*rest) && *rest != '[')
    return NULL;

  out = g_string_new (NULL);
  g_string_append_len (out, url, rest - url);
  for (const guchar *p = (const guchar *)rest; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p) || (*p < 0x80 && *p != 0 && strchr (keep, *p) != NULL))
        g_string_append_c (out, (char)*p);
      else if (*p == '%' && is_hex ((char)p[1]) && is_hex ((char)p[2]))
        g_string_append_c (out, '%');
      else
        g_string_append_printf (out, "%%%02X", *p);
      if (out->len > MAX_LINK)
        {
          /* Cut, it would lead somewhere else: no link at all. */
          g_string_free (out, TRUE);
          return NULL;
        }
    }
  return g_string_free (out, FALSE);
}

PangoLayout *
_tautan_briefing_layout (Doc         *doc,
                         double       size,
                         PangoWeight  weight,
                         PangoStyle   style,
                         double       width,
                         const char  *markup)
{
  PangoLayout *layout = tautan_render_context_create_layout (doc->context);
  PangoFontDescription *desc = pango_font_description_new ();

  pango_font_description_set_family (desc, tautan_render_context_get_font_family (doc->context));
  /* Absolute: one user unit is one point on the page, whatever the
   * context's screen resolution. */
  pango_font_description_set_absolute_size (desc, size * PANGO_SCALE);
  pango_font_description_set_weight (desc, weight);
  pango_font_description_set_style (desc, style);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);

  if (width > 0)
    {
      pango_layout_set_width (layout, (int)(width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_markup (layout, markup, -1);
  return layout;
}

double
_tautan_briefing_layout_height (PangoLayout *layout)
{
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  return (double)h / PANGO_SCALE;
}

double
_tautan_briefing_layout_width (PangoLayout *layout)
{
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  return (double)w / PANGO_SCALE;
}

/* A handling marking, centred in the margin at @y, as a marking is
 * stamped on every page it covers. */
static void
draw_marking (Doc    *doc,
              double  y)
{
  g_autofree char *markup = NULL;
  g_autoptr(PangoLayout) layout = NULL;

  if (doc->marking == NULL || *doc->marking == '\0')
    return;
  markup = g_markup_escape_text (doc->marking, -1);
  layout = _tautan_briefing_layout (doc, SMALL_SIZE, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL,
                                    doc->right - doc->left, markup);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (layout, -1);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  cairo_save (doc->cr);
  _tautan_briefing_set_ink (doc->cr, &ink_accent);
  cairo_move_to (doc->cr, doc->left, y);
  pango_cairo_show_layout (doc->cr, layout);
  cairo_restore (doc->cr);
}

void
_tautan_briefing_footer (Doc *doc)
{
  cairo_t *cr = doc->cr;
  double y = doc->height - MARGIN + 6;
  g_autoptr(PangoLayout) left = NULL;
  g_autoptr(PangoLayout) right = NULL;
  g_autofree char *number = NULL;
  g_autofree char *title = NULL;
  double number_width;

  cairo_save (cr);
  _tautan_briefing_set_ink (cr, &ink_rule);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, doc->left, y - 6);
  cairo_line_to (cr, doc->right, y - 6);
  cairo_stroke (cr);

  /* The count is known only after the first pass, which lays out the
   * same pages without it. */
  /* En spaces: a plain space beside the slash is too narrow for text
   * extraction to keep, and "n / N" should copy as it reads. */
  if (doc->n_pages > 0)
    number = g_strdup_printf ("%d\u2002/\u2002%d", doc->page, doc->n_pages);
  else
    number = g_strdup_printf ("%d\u2002/\u2002%d", doc->page, doc->page);
  right = _tautan_briefing_layout (doc, TINY_SIZE, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL, -1,
                                   number);
  number_width = _tautan_briefing_layout_width (right);

  title = g_markup_escape_text (doc->title, -1);
  left = _tautan_briefing_layout (doc, TINY_SIZE, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL,
                     doc->right - doc->left - number_width - 24, title);
  pango_layout_set_wrap (left, PANGO_WRAP_WORD);
  pango_layout_set_ellipsize (left, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (left, -1);

  _tautan_briefing_set_ink (cr, &ink_dim);
  cairo_move_to (cr, doc->left, y);
  pango_cairo_show_layout (cr, left);
  cairo_move_to (cr, doc->right - number_width, y);
  pango_cairo_show_layout (cr, right);
  cairo_restore (cr);
  draw_marking (doc, doc->height - MARGIN / 2 + 2);
}

/* The page's handling marking, centred atop the page. */
void
_tautan_briefing_top_marking (Doc *doc)
{
  draw_marking (doc, MARGIN / 2 - 8);
}

static PangoLayout *
continued_layout (Doc *doc)
{
  g_autofree char *markup = g_markup_printf_escaped (_("%s (continued)"), doc->continued);

  return _tautan_briefing_layout (doc, SMALL_SIZE, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL,
                                  doc->right - doc->left, markup);
}

static void
draw_continued (Doc *doc)
{
  g_autoptr(PangoLayout) layout = NULL;

  if (doc->continued == NULL)
    return;

  layout = continued_layout (doc);
  _tautan_briefing_set_ink (doc->cr, &ink_dim);
  cairo_move_to (doc->cr, doc->left, doc->y);
  pango_cairo_show_layout (doc->cr, layout);
  doc->y += _tautan_briefing_layout_height (layout) + 10;
}

/* The space a new page gives under its continuation heading. */
static double
page_space (Doc *doc)
{
  g_autoptr(PangoLayout) layout = NULL;

  if (doc->continued == NULL)
    return doc->bottom - doc->top;
  layout = continued_layout (doc);
  return doc->bottom - doc->top - _tautan_briefing_layout_height (layout) - 10;
}

/* Closes the page (its footer) and opens the next one. */
void
_tautan_briefing_new_page (Doc *doc)
{
  _tautan_briefing_break (doc, doc->marking);
}

static void
paint_paper (Doc *doc)
{
  cairo_save (doc->cr);
  cairo_identity_matrix (doc->cr);
  cairo_set_source_rgb (doc->cr, 1, 1, 1);
  cairo_paint (doc->cr);
  cairo_restore (doc->cr);
}

void
_tautan_briefing_page_done (Doc *doc)
{
  cairo_surface_t *copy;
  cairo_t *cr;

  if (doc->previews == NULL)
    return;
  if ((guint)doc->page <= doc->preview_pages)
    {
      cairo_surface_flush (doc->surface);
      copy = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                         cairo_image_surface_get_width (doc->surface),
                                         cairo_image_surface_get_height (doc->surface));
      cr = cairo_create (copy);
      cairo_set_source_surface (cr, doc->surface, 0, 0);
      cairo_paint (cr);
      cairo_destroy (cr);
      g_ptr_array_add (doc->previews, copy);
    }
  paint_paper (doc);
}

void
_tautan_briefing_break (Doc        *doc,
                        const char *marking)
{
  _tautan_briefing_footer (doc);
  _tautan_briefing_page_done (doc);
  cairo_show_page (doc->cr);
  doc->page++;
  doc->marking = marking;
  doc->y = doc->top;
  _tautan_briefing_top_marking (doc);
  draw_continued (doc);
}

static gboolean
doc_at_top (Doc *doc)
{
  return doc->y <= doc->top + 30;
}

/* Breaks the page unless @height fits below the current position; a block
 * taller than a page starts at the top and flows on. */
void
_tautan_briefing_need (Doc    *doc,
                       double  height)
{
  if (doc->y + height > doc->bottom && !doc_at_top (doc))
    _tautan_briefing_new_page (doc);
}

/* Draws @layout line by line at @x from the current position, breaking
 * pages between lines. @keep moves a block that fits on one page to the
 * next page rather than splitting it. @bar draws a quote rule at its left,
 * reaching @bar_lead above the first line;
 * @uri makes each line a link. */
void
_tautan_briefing_flow (Doc         *doc,
                       PangoLayout *layout,
                       double       x,
                       const Ink   *ink,
                       gboolean     keep,
                       gboolean     bar,
                       double       bar_lead,
                       const char  *uri)
{
  cairo_t *cr = doc->cr;
  PangoLayoutIter *iter;
  double origin, bar_from;
  double height = _tautan_briefing_layout_height (layout);
  g_autofree char *attributes = NULL;

  if (keep && height <= doc->bottom - doc->top - 30)
    _tautan_briefing_need (doc, height);

  /* One link around all the lines (cairo then writes one annotation with
   * a rectangle per line), begun again after a page break: never one per
   * line, so a long URL cannot multiply into thousands of them. */
  if (uri != NULL)
    {
      attributes = g_strdup_printf ("uri='%s'", uri);
      cairo_tag_begin (cr, CAIRO_TAG_LINK, attributes);
    }

  origin = doc->y;
  bar_from = doc->y - bar_lead;
  iter = pango_layout_get_iter (layout);
  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      PangoRectangle logical;
      double top, line_height, baseline;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      top = origin + (double)logical.y / PANGO_SCALE;
      line_height = (double)logical.height / PANGO_SCALE;
      if (top + line_height > doc->bottom && !doc_at_top (doc))
        {
          if (attributes != NULL)
            cairo_tag_end (cr, CAIRO_TAG_LINK);
          _tautan_briefing_new_page (doc);
          if (attributes != NULL)
            cairo_tag_begin (cr, CAIRO_TAG_LINK, attributes);
          origin = doc->y - (double)logical.y / PANGO_SCALE;
          top = doc->y;
          bar_from = top;
        }
      baseline = origin + (double)pango_layout_iter_get_baseline (iter) / PANGO_SCALE;

      if (bar)
        {
          _tautan_briefing_set_ink (cr, &ink_accent);
          /* One unbroken rule down the block, across line spacing. */
          cairo_rectangle (cr, x - 11, MAX (bar_from, doc->top), 2.5,
                           top + line_height - MAX (bar_from, doc->top));
          cairo_fill (cr);
        }

      _tautan_briefing_set_ink (cr, ink);
      cairo_move_to (cr, x + (double)logical.x / PANGO_SCALE, baseline);
      pango_cairo_show_layout_line (cr, line);
      doc->y = top + line_height;
      bar_from = doc->y;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  if (attributes != NULL)
    cairo_tag_end (cr, CAIRO_TAG_LINK);
}

static PangoLayout *
paragraph_layout (Doc         *doc,
                  const char  *markup,
                  double       size,
                  PangoWeight  weight,
                  PangoStyle   style,
                  double       indent)
{
  PangoLayout *layout = _tautan_briefing_layout (doc, size, weight, style, doc->right - doc->left - indent, markup);

  pango_layout_set_spacing (layout, (int)(size * 0.25 * PANGO_SCALE));
  return layout;
}

/* A paragraph of @markup across the text block (from @indent). */
void
_tautan_briefing_paragraph (Doc         *doc,
                            const char  *markup,
                            double       size,
                            PangoWeight  weight,
                            PangoStyle   style,
                            const Ink   *ink,
                            double       indent,
                            double       space_after,
                            gboolean     keep)
{
  g_autoptr(PangoLayout) layout = paragraph_layout (doc, markup, size, weight, style, indent);

  _tautan_briefing_flow (doc, layout, doc->left + indent, ink, keep, FALSE, 0, NULL);
  doc->y += space_after;
}

/* The height _tautan_briefing_paragraph() gives @markup, space not included. */
double
_tautan_briefing_paragraph_height (Doc         *doc,
                                   const char  *markup,
                                   double       size,
                                   PangoWeight  weight,
                                   PangoStyle   style,
                                   double       indent)
{
  g_autoptr(PangoLayout) layout = paragraph_layout (doc, markup, size, weight, style, indent);

  return _tautan_briefing_layout_height (layout);
}

/* How many pages items @from.. take, set greedily on pages of @page. */
static guint
count_pages (const double *heights,
             guint         from,
             guint         n,
             double        space,
             double        page)
{
  double used = 0;
  guint pages = 1;

  for (guint i = from; i < n; i++)
    {
      if (used > 0 && used + space + heights[i] > page)
        {
          pages++;
          used = 0;
        }
      used += (used > 0 ? space : 0) + heights[i];
    }
  return pages;
}

/**
 * _tautan_briefing_plan_pages:
 * @heights: (array length=n): the items', @space apart
 * @room: what is left of this page; @at_top: this page is fresh (an item
 *   is set there however tall)
 * @page: what a page after this one holds
 * @starts: (out caller-allocates) (array length=n): TRUE for an item that
 *   opens a page
 *
 * Where a list's pages begin. This page takes what fits, item by item as
 * the flow sets them; when the rest needs two pages or more, it is cut
 * into as many pages as evenly as its items allow (the least sum of
 * squared page heights, none over @page but for an item taller than a
 * page alone), so that no page is left a row or two: 62 views on A4
 * went 24 + 36 + 2.
 *
 * Returns: FALSE when the rest needs one page at most (@starts is left
 *   alone): then the list flows as it comes
 */
gboolean
_tautan_briefing_plan_pages (const double *heights,
                             guint         n,
                             double        space,
                             double        room,
                             gboolean      at_top,
                             double        page,
                             gboolean     *starts)
{
  g_autofree double *top = NULL;
  g_autofree double *cost = NULL;
  g_autofree guint *from = NULL;
  double used = 0;
  guint rest = n;      /* the first item past this page */
  guint n_pages, m;

  for (guint i = 0; i < n && rest == n; i++)
    {
      double need = (used > 0 ? space : 0) + heights[i];

      if (used + need > room && (used > 0 || !at_top))
        rest = i;
      used += need;
    }
  if (rest == n || (n_pages = count_pages (heights, rest, n, space, page)) < 2)
    return FALSE;

  /* top[i]: where item rest + i would start on one endless page. cost[k,
   * i]: the least cost of the first i items on k pages; from[k, i]: the
   * first item of the k-th. */
  m = n - rest;
  top = g_new (double, m + 1);
  top[0] = 0;
  for (guint i = 0; i < m; i++)
    top[i + 1] = top[i] + heights[rest + i] + space;
  cost = g_new (double, (n_pages + 1) * (m + 1));
  from = g_new0 (guint, (n_pages + 1) * (m + 1));
  for (guint i = 0; i < (n_pages + 1) * (m + 1); i++)
    cost[i] = G_MAXDOUBLE;
  cost[0] = 0;
  /* The k-th page's first item j is sought back from i: once the page
   * is over, an earlier j only makes it taller, so the work is bounded by
   * the items a page holds (5,000 views are some 140 pages). */
  for (guint k = 1; k <= n_pages; k++)
    for (guint i = k; i <= m; i++)
      for (guint j = i; j-- > k - 1;)
        {
          double height = top[i] - top[j] - space;
          double total;

          if (height > page && i - j > 1)
            break;
          if (cost[(k - 1) * (m + 1) + j] == G_MAXDOUBLE)
            continue;
          total = cost[(k - 1) * (m + 1) + j] + height * height;
          if (total < cost[k * (m + 1) + i])
            {
              cost[k * (m + 1) + i] = total;
              from[k * (m + 1) + i] = j;
            }
        }
  if (cost[n_pages * (m + 1) + m] == G_MAXDOUBLE)
    return FALSE;

  memset (starts, 0, n * sizeof *starts);
  for (guint k = n_pages, i = m; k > 0; k--)
    {
      i = from[k * (m + 1) + i];
      starts[rest + i] = TRUE;
    }
  return TRUE;
}

/* Items of a list, each a paragraph kept whole, @space_after apart. A
 * list that runs over the page by no more than its spacing can give up
 * (a line or two) is set closer so that it ends on this page; one that
 * runs over two pages or more spreads itself evenly over the pages after
 * this one (_tautan_briefing_plan_pages ()); any other keeps its last two
 * items together: a continuation page holding a lone line reads as a
 * mistake. */
void
_tautan_briefing_list (Doc               *doc,
                       const char *const *markups,
                       guint              n,
                       double             size,
                       PangoWeight        weight,
                       PangoStyle         style,
                       const Ink         *ink,
                       double             space_after)
{
  g_autofree double *heights = g_new (double, MAX (n, 1));
  g_autofree gboolean *starts = g_new0 (gboolean, MAX (n, 1));
  double total = 0, space = space_after;
  gboolean planned;

  for (guint i = 0; i < n; i++)
    {
      heights[i] = _tautan_briefing_paragraph_height (doc, markups[i], size, weight, style, 0);
      total += heights[i] + (i + 1 < n ? space_after : 0);
    }
  if (n > 1 && total > doc->bottom - doc->y &&
      total - (doc->bottom - doc->y) <= (n - 1) * (space_after - MIN_LIST_SPACE))
    /* (a hair less, or rounding could push the last line over) */
    space = space_after - (total - (doc->bottom - doc->y)) / (n - 1) - 0.01;
  planned = _tautan_briefing_plan_pages (heights, n, space, doc->bottom - doc->y, doc_at_top (doc), page_space (doc),
                                         starts);

  for (guint i = 0; i < n; i++)
    {
      if (planned && starts[i] && !doc_at_top (doc))
        _tautan_briefing_new_page (doc);
      else if (!planned && n > 2 && i == n - 2)
        _tautan_briefing_need (doc, heights[i] + space + heights[i + 1]);
      _tautan_briefing_paragraph (doc, markups[i], size, weight, style, ink, 0, i + 1 < n ? space : space_after,
                                  TRUE);
    }
}

void
_tautan_briefing_heading (Doc        *doc,
                          const char *text,
                          double      size,
                          double      space_before,
                          double      space_after)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);

  if (!doc_at_top (doc))
    doc->y += space_before;
  /* A heading never ends a page: it keeps two lines of body with it. */
  _tautan_briefing_need (doc, size * 1.4 + 2 * BODY_SIZE * 1.6);
  _tautan_briefing_paragraph (doc, markup, size, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL, &ink_text,
                              0, space_after, TRUE);
}

void
_tautan_briefing_rule (Doc    *doc,
                       double  space)
{
  doc->y += space;
  _tautan_briefing_set_ink (doc->cr, &ink_rule);
  cairo_set_line_width (doc->cr, 0.75);
  cairo_move_to (doc->cr, doc->left, doc->y);
  cairo_line_to (doc->cr, doc->right, doc->y);
  cairo_stroke (doc->cr);
  doc->y += space;
}
