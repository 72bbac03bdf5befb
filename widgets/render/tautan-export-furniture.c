/* tautan-export-furniture.c: the words and keys around an exported graph
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Title, time window and filters above the graph; legend, sources, a note
 * of what was left out, and the dataset and date below it. Laid out once
 * with Pango into items every backend draws alike. On a small page the
 * furniture gives way, step by step, until the graph has half the page:
 * fewer sources, a shorter legend, then a count and a note in place of
 * what no longer fits. Blocks never overlap one another or the graph. */

#define G_LOG_DOMAIN "tautan-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "tautan/tautan-count.h"

#include "tautan-export-private.h"
#include "tautan-render-filter-private.h"
#include "tautan-render-text-private.h"

/* Sizes, in page units at unit 1 (a 1600-wide page). */
#define MARGIN_X           32.0
#define MARGIN_Y           24.0
#define TITLE_SIZE         26.0
#define WINDOW_SIZE        15.0
#define FILTER_SIZE        14.0
#define BODY_SIZE          12.5
#define SMALL_SIZE         11.0
#define LINE               1.7        /* legend rows, in body sizes */
#define ICON_WIDTH         30.0
#define ICON_GAP           8.0
#define COLUMN_GAP         24.0
#define GRAPH_GAP_TOP      10.0       /* between the header and the graph */
#define GRAPH_GAP_BOTTOM   16.0       /* between the graph and the rule */
#define MIN_AREA_FRACTION  0.5        /* furniture gives way before the graph does */

#define U(page) ((page)->unit)

/* How much furniture a page carries: the layout starts with all of it and
 * takes away in this order until the graph has room. */
typedef struct
{
  guint    source_rows;      /* sources listed; 0: just their count */
  guint    title_lines;
  gboolean legend_compact;   /* no event types beside the QuadClasses, no note */
  gboolean legend_dropped;
  gboolean sources_dropped;
  gboolean header_dropped;   /* title and time window; filters always stay */
  gboolean footer_dropped;   /* the note and the dataset line too */
} Detail;

static TautanDay
today (void)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  g_autoptr(GDateTime) now = NULL;

  /* Reproducible builds' convention: the same input, the same bytes. */
  if (epoch != NULL && *epoch != '\0')
    {
      char *end = NULL;
      gint64 seconds = g_ascii_strtoll (epoch, &end, 10);

      if (end != NULL && *end == '\0' && seconds >= 0)
        now = g_date_time_new_from_unix_utc (seconds);
    }
  if (now == NULL)
    now = g_date_time_new_now_local ();

  return tautan_day_from_ymd (g_date_time_get_year (now), g_date_time_get_month (now),
                              g_date_time_get_day_of_month (now));
}

/* Items */

static void
item_clear (gpointer data)
{
  Item *item = data;

  g_clear_pointer (&item->text, g_free);
  g_clear_object (&item->layout);
}

static GArray *
items_new (void)
{
  GArray *items = g_array_new (FALSE, TRUE, sizeof (Item));

  g_array_set_clear_func (items, item_clear);
  return items;
}

/* Moves @from's items to the end of @to, @dy lower. */
static void
move_items (GArray *to,
            GArray *from,
            double  dy)
{
  for (guint i = 0; i < from->len; i++)
    g_array_index (from, Item, i).y += dy;
  g_array_append_vals (to, from->data, from->len);
  /* The items now belong to @to: drop them without clearing. */
  g_array_set_clear_func (from, NULL);
  g_array_set_size (from, 0);
  g_array_set_clear_func (from, item_clear);
}

double
_tautan_export_item_left (const Item *item)
{
  switch (item->anchor)
    {
    case ANCHOR_MIDDLE:
      return item->x - item->width / 2;
    case ANCHOR_END:
      return item->x - item->width;
    case ANCHOR_START:
    default:
      return item->x;
    }
}

void
_tautan_export_item_extents (Page       *page,
                             const Item *item,
                             double      box[4])
{
  switch (item->kind)
    {
    case ITEM_TEXT:
      box[0] = _tautan_export_item_left (item);
      box[1] = item->y;
      box[2] = box[0] + item->width;
      box[3] = item->y + item->height;
      break;

    case ITEM_RULE:
      box[0] = item->x;
      box[1] = item->y - item->size / 2;
      box[2] = item->x + item->width;
      box[3] = item->y + item->size / 2;
      break;

    case ITEM_ICON:
    default:
      _tautan_legend_icon_extents (item->entry, &item->icon, item->x, item->y, box);
      break;
    }
}

/* A label's halo is a quarter of its 12 px: furniture text gets about
 * as much, within reason for titles and small print. */
double
_tautan_export_text_halo (const Item *item)
{
  return CLAMP (item->size * 0.2, 2.0, 3.5);
}

/* Text */

static PangoLayout *
new_layout (Page        *page,
            const char  *text,
            double       size,
            PangoWeight  weight)
{
  PangoLayout *layout = tautan_render_context_create_layout (page->context);
  PangoFontDescription *desc = pango_font_description_new ();

  pango_font_description_set_family (desc, tautan_render_context_get_font_family (page->context));
  pango_font_description_set_absolute_size (desc, size * PANGO_SCALE);
  pango_font_description_set_weight (desc, weight);
  pango_layout_set_font_description (layout, desc);
  pango_layout_set_text (layout, text, -1);
  pango_font_description_free (desc);
  return layout;
}

static double
layout_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double)logical.width / PANGO_SCALE;
}

static double
text_width (Page        *page,
            const char  *text,
            double       size,
            PangoWeight  weight)
{
  g_autofree char *clean = _tautan_render_text_clean (text, TAUTAN_TEXT_LINE_MAX, TAUTAN_TEXT_ONE_LINE);
  g_autoptr(PangoLayout) layout = new_layout (page, clean, size, weight);

  return layout_width (layout);
}

/* Cut at a character with an ellipsis, ourselves rather than by Pango,
 * so the SVG gets the same words the PNG shows. */
static char *
fit_text (PangoLayout *layout,
          const char  *text,
          double       max_width)
{
  glong lo = 0, hi;

  pango_layout_set_text (layout, text, -1);
  if (max_width <= 0 || layout_width (layout) <= max_width)
    return g_strdup (text);

  hi = g_utf8_strlen (text, -1) - 1;
  while (lo < hi)
    {
      glong mid = (lo + hi + 1) / 2;
      g_autofree char *prefix = g_strndup (text, g_utf8_offset_to_pointer (text, mid) - text);
      g_autofree char *candidate = g_strconcat (g_strchomp (prefix), "…", NULL);

      pango_layout_set_text (layout, candidate, -1);
      if (layout_width (layout) <= max_width)
        lo = mid;
      else
        hi = mid - 1;
    }

  {
    g_autofree char *prefix = g_strndup (text, g_utf8_offset_to_pointer (text, lo) - text);
    char *shown = g_strconcat (g_strchomp (prefix), "…", NULL);

    pango_layout_set_text (layout, shown, -1);
    return shown;
  }
}

/* One line of @text, cleaned and cut to @max_width (0: no limit).
 * Returns the line's height. */
static double
add_text (GArray            *items,
          Page              *page,
          TautanExportBlock  block,
          const char        *text,
          double             x,
          double             y,
          double             size,
          PangoWeight        weight,
          const TautanRgba  *color,
          Anchor             anchor,
          double             max_width)
{
  g_autofree char *clean = _tautan_render_text_clean (text, TAUTAN_TEXT_LINE_MAX, TAUTAN_TEXT_ONE_LINE);
  Item item = { 0 };
  PangoRectangle logical;

  item.kind = ITEM_TEXT;
  item.block = block;
  item.layout = new_layout (page, "", size, weight);
  item.text = fit_text (item.layout, clean, max_width);
  pango_layout_get_extents (item.layout, NULL, &logical);
  item.width = (double)logical.width / PANGO_SCALE;
  item.height = (double)logical.height / PANGO_SCALE;
  item.baseline = (double)pango_layout_get_baseline (item.layout) / PANGO_SCALE;
  item.x = x;
  item.y = y;
  item.size = size;
  item.weight = weight;
  item.color = *color;
  item.anchor = anchor;
  g_array_append_val (items, item);
  return item.height;
}

/* Sets the last item's top so that it is centred in a row @line high. */
static void
center_last (GArray *items,
             double  top,
             double  line)
{
  Item *item = &g_array_index (items, Item, items->len - 1);

  item->y = top + (line - item->height) / 2;
}

/* Wraps at words into at most @max_lines lines, the last one cut. */
static double
add_wrapped_text (GArray            *items,
                  Page              *page,
                  TautanExportBlock  block,
                  const char        *text,
                  double             x,
                  double             y,
                  double             size,
                  PangoWeight        weight,
                  const TautanRgba  *color,
                  double             max_width,
                  guint              max_lines)
{
  g_autofree char *clean = _tautan_render_text_clean (text, TAUTAN_TEXT_LINE_MAX, TAUTAN_TEXT_ONE_LINE);
  g_autoptr(PangoLayout) layout = new_layout (page, clean, size, weight);
  double top = y;
  guint n;

  pango_layout_set_width (layout, (int)(max_width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  n = MIN ((guint)pango_layout_get_line_count (layout), max_lines);

  for (guint i = 0; i < n; i++)
    {
      PangoLayoutLine *line = pango_layout_get_line_readonly (layout, (int)i);
      gsize length = i + 1 == n ? strlen (clean + line->start_index) : (gsize)line->length;
      g_autofree char *piece = g_strndup (clean + line->start_index, length);

      y += add_text (items, page, block, g_strstrip (piece), x, y, size, weight, color, ANCHOR_START, max_width);
    }
  return y - top;
}

static void
add_rule (GArray           *items,
          double            x,
          double            y,
          double            length,
          const TautanRgba *color)
{
  Item item = { 0 };

  item.kind = ITEM_RULE;
  item.block = TAUTAN_EXPORT_BLOCK_RULE;
  item.x = x;
  item.y = y;
  item.width = length;
  item.size = 1;
  item.color = *color;
  g_array_append_val (items, item);
}

static void
add_icon (Page                    *page,
          GArray                  *items,
          const TautanLegendEntry *entry,
          double                   x,
          double                   cy)
{
  double u = U (page);
  Item item = { 0 };

  item.kind = ITEM_ICON;
  item.block = TAUTAN_EXPORT_BLOCK_LEGEND;
  item.entry = entry;
  item.icon = (TautanLegendIcon) { ICON_WIDTH * u, 6 * u, 3 * u, 1 };
  item.x = x;
  item.y = cy;
  g_array_append_val (items, item);
}

void
_tautan_export_add_graph_note (Page       *page,
                               const char *text)
{
  double u = U (page);

  add_text (page->items, page, TAUTAN_EXPORT_BLOCK_GRAPH, text, page->area.x + page->area.width / 2.0,
            page->area.y + page->area.height / 2.0 - 10 * u, WINDOW_SIZE * u, PANGO_WEIGHT_NORMAL,
            &page->palette.dim, ANCHOR_MIDDLE, page->area.width);
}

/* Words */

/* The filters in the chips' words (tautan-render-filter.c), one line:
 * “Filters: Status: Claimed; Weight ≥ 2 · Hidden: Persons”. */
static char *
format_filters (Page             *page,
                const TautanView *view)
{
  g_autofree char *words = _tautan_render_filter_describe (page->dataset, view->filter, view->hidden_kinds,
                                                           &view->hidden_types, TRUE);

  if (words == NULL)
    return NULL;
  return _tautan_render_text_clean (words, TAUTAN_TEXT_LINE_MAX, TAUTAN_TEXT_ONE_LINE);
}

/* "22,176", or "22.176" in Indonesian: grouped as the locale writes numbers. */
static char *
format_count (guint n)
{
  return g_strdup (tautan_count_format (n));
}

static char *
format_window (Page *page)
{
  TautanTimeSpan span = tautan_slice_get_span (page->slice);
  TautanTimeSpan data = tautan_dataset_get_span (page->dataset);
  g_autofree char *words = NULL;
  g_autofree char *events = NULL;
  g_autofree char *actors = NULL;
  g_autofree char *n_events = NULL;
  g_autofree char *n_nodes = NULL;

  /* An open end ("from the start", "to the end") shows as the data's. */
  if (span.from == TAUTAN_DAY_MIN && tautan_dataset_get_n_events (page->dataset) > 0)
    span.from = MIN (data.from, span.to);
  if (span.to == TAUTAN_DAY_MAX && tautan_dataset_get_n_events (page->dataset) > 0)
    span.to = MAX (data.to, span.from);

  if (page->view.changes != NULL)
    {
      /* A comparison's colours mean nothing without its two periods. */
      g_autofree char *before = tautan_time_span_format_human (&page->view.changes->before);
      g_autofree char *after = tautan_time_span_format_human (&page->view.changes->after);

      /* TRANSLATORS: the two periods a comparison's picture shows:
       * "19 Jun 2023 – 18 Jun 2024 compared with 19 Jun 2024 – 18 Jun 2025" */
      words = g_strdup_printf (_("%s compared with %s"), before, after);
    }
  else if (tautan_slice_get_cumulative (page->slice))
    {
      g_autofree char *to = tautan_day_format_human (span.to);

      words = g_strdup_printf (_("Cumulative up to %s"), to);
    }
  else
    words = tautan_time_span_format_human (&span);

  n_events = format_count (page->n_events);
  n_nodes = format_count (page->content.n_nodes);
  events = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s event", "%s events", page->n_events), n_events);
  actors = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s actor", "%s actors", page->content.n_nodes),
                            n_nodes);
  /* TRANSLATORS: "12 Jun 2023 – 19 Jun 2024 · 40 events between 12 actors shown" */
  return g_strdup_printf (_("%s · %s between %s shown"), words, events, actors);
}

static char *
format_source (const SourceUse *use)
{
  g_autofree char *date = use->published != TAUTAN_DAY_NONE ? tautan_day_format_human (use->published)
                                                             : g_strdup (_("undated"));

  g_autofree char *title = _tautan_render_text_strip_notes (use->title);

  /* TRANSLATORS: a source: "Outlet, 21 Jun 2022: Title" */
  return g_strdup_printf (_("%s, %s: %s"), use->outlet, date, title != NULL ? title : use->title);
}

/* Blocks, each laid out from y = 0 down; they return their height. */

static double
build_header (Page         *page,
              GArray       *items,
              const Detail *detail)
{
  const TautanPalette *p = &page->palette;
  TautanExportFurniture f = page->options.furniture;
  double u = U (page), x = MARGIN_X * u, w = page->width - 2 * MARGIN_X * u, y = 0;

  if ((f & TAUTAN_EXPORT_FURNITURE_TITLE) && !detail->header_dropped)
    y += add_wrapped_text (items, page, TAUTAN_EXPORT_BLOCK_HEADER, page->title, x, y, TITLE_SIZE * u,
                           PANGO_WEIGHT_BOLD, &p->foreground, w, detail->title_lines) + 2 * u;
  if ((f & TAUTAN_EXPORT_FURNITURE_TIME_WINDOW) && !detail->header_dropped)
    y += add_text (items, page, TAUTAN_EXPORT_BLOCK_HEADER, page->window, x, y, WINDOW_SIZE * u,
                   PANGO_WEIGHT_NORMAL, &p->foreground, ANCHOR_START, w) + 2 * u;
  /* Filtering is never hidden: the line shows whatever the flags say. */
  if (page->filters != NULL)
    y += add_text (items, page, TAUTAN_EXPORT_BLOCK_HEADER, page->filters, x, y, FILTER_SIZE * u,
                   PANGO_WEIGHT_SEMIBOLD, &p->accent, ANCHOR_START, w) + 2 * u;
  return y;
}

/* Entries in a table: as many columns as fit, each as wide as its widest
 * entry, so icons and labels line up from one line to the next. */
static double
add_entry_grid (Page                     *page,
                GArray                   *items,
                const TautanLegendEntry **entries,
                guint                     n,
                double                    x0,
                double                    x1,
                double                    y)
{
  const TautanPalette *p = &page->palette;
  double u = U (page), line = LINE * BODY_SIZE * u, icon = (ICON_WIDTH + ICON_GAP) * u;
  g_autofree double *widths = g_new (double, MAX (n, 1));
  g_autofree double *columns = g_new0 (double, MAX (n, 1));
  guint per_line = 1;

  for (guint i = 0; i < n; i++)
    widths[i] = icon + text_width (page, entries[i]->label, BODY_SIZE * u, PANGO_WEIGHT_NORMAL);

  for (guint k = n; k >= 1; k--)
    {
      double total = 0;

      memset (columns, 0, sizeof (double) * n);
      for (guint i = 0; i < n; i++)
        columns[i % k] = MAX (columns[i % k], widths[i]);
      for (guint c = 0; c < k; c++)
        total += columns[c] + (c > 0 ? COLUMN_GAP * u : 0);
      if (total <= x1 - x0 || k == 1)
        {
          per_line = k;
          break;
        }
    }

  for (guint i = 0; i < n; i++)
    {
      double x = x0, top = y + (i / per_line) * line;

      for (guint c = 0; c < i % per_line; c++)
        x += columns[c] + COLUMN_GAP * u;
      add_icon (page, items, entries[i], x, top + line / 2);
      add_text (items, page, TAUTAN_EXPORT_BLOCK_LEGEND, entries[i]->label, x + icon, top, BODY_SIZE * u,
                PANGO_WEIGHT_NORMAL, &p->foreground, ANCHOR_START, x1 - x - icon);
      center_last (items, top, line);
    }
  return ((n + per_line - 1) / per_line) * line;
}

static void
add_heading (Page              *page,
             GArray            *items,
             TautanExportBlock  block,
             const char        *text,
             double             x,
             double             y,
             double             line,
             double             max_width)
{
  add_text (items, page, block, text, x, y, BODY_SIZE * U (page), PANGO_WEIGHT_BOLD,
            &page->palette.foreground, ANCHOR_START, max_width);
  center_last (items, y, line);
}

static double
build_legend (Page         *page,
              GArray       *items,
              double        x0,
              double        x1,
              const Detail *detail)
{
  const TautanPalette *p = &page->palette;
  GArray *legend = page->legend;
  double u = U (page), line = LINE * BODY_SIZE * u, y = 0, heading, cx;
  g_autoptr(GPtrArray) actors = g_ptr_array_new ();
  g_autoptr(GPtrArray) relations = g_ptr_array_new ();
  gboolean by_type = page->content.color_mode == TAUTAN_EDGE_COLOR_DOMINANT_TYPE;

  for (guint i = 0; i < legend->len; i++)
    {
      const TautanLegendEntry *entry = &g_array_index (legend, TautanLegendEntry, i);

      g_ptr_array_add (entry->section == TAUTAN_LEGEND_ACTORS ? actors : relations, (gpointer)entry);
    }

  heading = MAX (text_width (page, _("Actors"), BODY_SIZE * u, PANGO_WEIGHT_BOLD),
                 text_width (page, _("Relations"), BODY_SIZE * u, PANGO_WEIGHT_BOLD)) + 16 * u;
  /* A narrow page keeps at least two thirds of its width for the entries. */
  heading = MIN (heading, (x1 - x0) / 3);
  cx = x0 + heading;

  if (actors->len > 0)
    {
      add_heading (page, items, TAUTAN_EXPORT_BLOCK_LEGEND, _("Actors"), x0, y, line, heading - 4 * u);
      y += add_entry_grid (page, items, (const TautanLegendEntry **)actors->pdata, actors->len, cx, x1, y);
    }

  if (relations->len == 0)
    return y;

  add_heading (page, items, TAUTAN_EXPORT_BLOCK_LEGEND, _("Relations"), x0, y, line, heading - 4 * u);
  if (by_type || detail->legend_compact)
    y += add_entry_grid (page, items, (const TautanLegendEntry **)relations->pdata, relations->len, cx, x1, y);
  else
    {
      double label_width = 0, text_x = cx + (ICON_WIDTH + ICON_GAP) * u;

      /* One line per QuadClass: its colour, its name, and in grey the
       * event types of it this picture draws; the dashed line after. */
      for (guint i = 0; i < relations->len; i++)
        {
          const TautanLegendEntry *entry = g_ptr_array_index (relations, i);

          if (!entry->dashed)
            label_width = MAX (label_width, text_width (page, entry->label, BODY_SIZE * u, PANGO_WEIGHT_NORMAL));
        }
      for (guint i = 0; i < relations->len; i++)
        {
          const TautanLegendEntry *entry = g_ptr_array_index (relations, i);
          double types_x = text_x + label_width + 12 * u;

          if (entry->dashed)
            {
              y += add_entry_grid (page, items, &entry, 1, cx, x1, y);
              continue;
            }

          add_icon (page, items, entry, cx, y + line / 2);
          add_text (items, page, TAUTAN_EXPORT_BLOCK_LEGEND, entry->label, text_x, y, BODY_SIZE * u,
                    PANGO_WEIGHT_NORMAL, &p->foreground, ANCHOR_START, x1 - text_x);
          center_last (items, y, line);
          if (entry->detail != NULL && types_x < x1 - 40 * u)
            {
              add_text (items, page, TAUTAN_EXPORT_BLOCK_LEGEND, entry->detail, types_x, y, BODY_SIZE * u,
                        PANGO_WEIGHT_NORMAL, &p->dim, ANCHOR_START, x1 - types_x);
              center_last (items, y, line);
            }
          y += line;
        }
    }

  if (!detail->legend_compact)
    {
      y += 2 * u;
      y += add_text (items, page, TAUTAN_EXPORT_BLOCK_LEGEND,
                     _("Arrows run from actor to target; thicker lines stand for more events."),
                     cx, y, SMALL_SIZE * u, PANGO_WEIGHT_NORMAL, &p->dim, ANCHOR_START, x1 - cx);
    }
  return y;
}

static double
build_sources (Page   *page,
               GArray *items,
               double  x0,
               double  x1,
               guint   max_rows,
               guint   n_columns)
{
  const TautanPalette *p = &page->palette;
  GArray *sources = page->sources;
  double u = U (page), line = 1.45 * SMALL_SIZE * u, y = 0, column;
  guint slots = max_rows * n_columns, n_shown, rows;

  /* The heading sits on the legend's first line. */
  add_heading (page, items, TAUTAN_EXPORT_BLOCK_SOURCES, _("Sources"), x0, y, LINE * BODY_SIZE * u, x1 - x0);
  y += LINE * BODY_SIZE * u;

  if (sources->len == 0)
    return y + add_text (items, page, TAUTAN_EXPORT_BLOCK_SOURCES, _("No event is drawn."), x0, y,
                         SMALL_SIZE * u, PANGO_WEIGHT_NORMAL, &p->dim, ANCHOR_START, x1 - x0);

  if (slots == 0)
    {
      page->sources_counted = sources->len;
      g_autofree char *count = format_count (sources->len);
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s article (no room to list it)",
                                                            "%s articles (no room to list them)", sources->len),
                                               count);

      return y + add_text (items, page, TAUTAN_EXPORT_BLOCK_SOURCES, text, x0, y, SMALL_SIZE * u,
                           PANGO_WEIGHT_NORMAL, &p->dim, ANCHOR_START, x1 - x0);
    }

  /* The last slot says how many more there are. */
  n_shown = sources->len <= slots ? sources->len : slots - 1;
  page->sources_listed = n_shown;
  page->sources_counted = sources->len - n_shown;
  rows = (MIN (sources->len, slots) + n_columns - 1) / n_columns;
  column = (x1 - x0 + 24 * u) / n_columns;

  for (guint i = 0; i < MIN (sources->len, slots); i++)
    {
      double x = x0 + (i / rows) * column;
      g_autofree char *text = NULL;

      if (i < n_shown)
        text = format_source (&g_array_index (sources, SourceUse, i));
      else
        {
          g_autofree char *count = format_count (sources->len - n_shown);

          text = g_strdup_printf (_("and %s more"), count);
        }
      add_text (items, page, TAUTAN_EXPORT_BLOCK_SOURCES, text, x, y + (i % rows) * line, SMALL_SIZE * u,
                PANGO_WEIGHT_NORMAL, i < n_shown ? &p->foreground : &p->dim, ANCHOR_START, column - 24 * u);
    }
  return y + rows * line;
}

/* What no longer fits, said in one line, so nothing vanishes unnoticed. */
static double
build_note (Page         *page,
            GArray       *items,
            double        x0,
            double        x1,
            double        y,
            const Detail *detail)
{
  TautanExportFurniture f = page->options.furniture;
  gboolean legend = (f & TAUTAN_EXPORT_FURNITURE_LEGEND) && detail->legend_dropped && page->legend->len > 0;
  gboolean sources = (f & TAUTAN_EXPORT_FURNITURE_SOURCES) && detail->sources_dropped && page->sources->len > 0;
  g_autofree char *count = format_count (page->sources->len);
  g_autofree char *text = NULL;

  if (legend && sources)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Legend and %s source left out: too little room",
                                         "Legend and %s sources left out: too little room", page->sources->len),
                            count);
  else if (legend)
    text = g_strdup (_("Legend left out: too little room"));
  else if (sources)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s source left out: too little room",
                                         "%s sources left out: too little room", page->sources->len),
                            count);
  else
    return 0;

  if (sources)
    page->sources_counted = page->sources->len;
  return add_text (items, page, TAUTAN_EXPORT_BLOCK_NOTE, text, x0, y, SMALL_SIZE * U (page),
                   PANGO_WEIGHT_NORMAL, &page->palette.dim, ANCHOR_START, x1 - x0);
}

static double
build_footer (Page   *page,
              GArray *items,
              double  y)
{
  const TautanPalette *p = &page->palette;
  double u = U (page), x0 = MARGIN_X * u, x1 = page->width - MARGIN_X * u, date_width, h, room;
  const char *title = tautan_dataset_get_title (page->dataset);
  TautanDay day = page->options.date != TAUTAN_DAY_NONE ? page->options.date : today ();
  g_autofree char *when = tautan_day_format_human (day);
  g_autofree char *exported = g_strdup_printf (_("Exported %s"), when);
  g_autofree char *basename = NULL;
  g_autofree char *dataset = NULL;

  if (title == NULL || *title == '\0')
    {
      GFile *file = tautan_dataset_get_file (page->dataset);

      basename = file != NULL ? g_file_get_basename (file) : g_strdup (_("untitled"));
      title = basename;
    }
  dataset = g_strdup_printf (_("Dataset: %s"), title);

  h = add_text (items, page, TAUTAN_EXPORT_BLOCK_FOOTER, exported, x1, y, SMALL_SIZE * u, PANGO_WEIGHT_NORMAL,
                &p->dim, ANCHOR_END, x1 - x0);
  date_width = g_array_index (items, Item, items->len - 1).width;
  room = x1 - x0 - date_width - 24 * u;
  /* A name cut to a few letters says nothing: then the date alone. */
  if (room >= 60 * u)
    add_text (items, page, TAUTAN_EXPORT_BLOCK_FOOTER, dataset, x0, y, SMALL_SIZE * u, PANGO_WEIGHT_NORMAL,
              &p->dim, ANCHOR_START, room);
  return h;
}

/* Legend and sources side by side on a wide page, else one above the
 * other; then the note and the dataset and date. */
static double
build_bottom (Page         *page,
              GArray       *items,
              const Detail *detail)
{
  TautanExportFurniture f = page->options.furniture;
  gboolean legend = (f & TAUTAN_EXPORT_FURNITURE_LEGEND) && !detail->legend_dropped;
  gboolean sources = (f & TAUTAN_EXPORT_FURNITURE_SOURCES) && !detail->sources_dropped;
  double u = U (page), x0 = MARGIN_X * u, x1 = page->width - MARGIN_X * u, y = 0, h;

  if (legend && sources && x1 - x0 >= 1100 * u)
    {
      double mid = (x0 + x1) / 2, gutter = 32 * u;

      y = build_legend (page, items, x0, mid - gutter / 2, detail);
      y = MAX (y, build_sources (page, items, mid + gutter / 2, x1, detail->source_rows, 1));
    }
  else
    {
      if (legend)
        y += build_legend (page, items, x0, x1, detail);
      if (legend && sources && y > 0)
        y += 10 * u;
      if (sources)
        {
          g_autoptr(GArray) below = items_new ();
          guint columns = x1 - x0 >= 900 * u ? 2 : 1;
          double height = build_sources (page, below, x0, x1, (detail->source_rows + columns - 1) / columns, columns);

          /* Laid out from 0 like every block: moved under the legend. */
          move_items (items, below, y);
          y += height;
        }
    }

  if (detail->footer_dropped)
    return y;

  h = build_note (page, items, x0, x1, y > 0 ? y + 6 * u : y, detail);
  if (h > 0)
    y += (y > 0 ? 6 * u : 0) + h;

  if (f & TAUTAN_EXPORT_FURNITURE_DATASET)
    {
      if (y > 0)
        y += 12 * u;
      y += build_footer (page, items, y);
    }
  return y;
}

/* The next, smaller step of furniture; FALSE when nothing is left to
 * take away. */
static gboolean
detail_reduce (Page   *page,
               Detail *detail)
{
  TautanExportFurniture f = page->options.furniture;

  /* A shorter legend before the last two sources: a listed article says
   * more than the event types beside the QuadClasses. */
  if ((f & TAUTAN_EXPORT_FURNITURE_SOURCES) && !detail->sources_dropped && detail->source_rows > 2)
    detail->source_rows -= 2;
  else if ((f & TAUTAN_EXPORT_FURNITURE_LEGEND) && !detail->legend_compact)
    detail->legend_compact = TRUE;
  else if ((f & TAUTAN_EXPORT_FURNITURE_SOURCES) && !detail->sources_dropped && detail->source_rows > 0)
    detail->source_rows = 0;
  else if ((f & TAUTAN_EXPORT_FURNITURE_LEGEND) && !detail->legend_dropped)
    detail->legend_dropped = TRUE;
  else if ((f & TAUTAN_EXPORT_FURNITURE_TITLE) && detail->title_lines > 1)
    detail->title_lines = 1;
  else if ((f & TAUTAN_EXPORT_FURNITURE_SOURCES) && !detail->sources_dropped)
    detail->sources_dropped = TRUE;
  else if ((f & (TAUTAN_EXPORT_FURNITURE_TITLE | TAUTAN_EXPORT_FURNITURE_TIME_WINDOW)) && !detail->header_dropped)
    detail->header_dropped = TRUE;
  else if (!detail->footer_dropped)
    detail->footer_dropped = TRUE;
  else
    return FALSE;
  return TRUE;
}

void
_tautan_export_layout_page (Page *page)
{
  g_autoptr(GArray) header = items_new ();
  g_autoptr(GArray) bottom = items_new ();
  double u = U (page), header_height, bottom_height, top, band, bottom_space;
  Detail detail = { page->options.max_sources, 2, FALSE, FALSE, FALSE, FALSE, FALSE };

  page->items = items_new ();
  page->window = format_window (page);
  page->filters = format_filters (page, &page->view);

  for (;;)
    {
      page->sources_listed = page->sources_counted = 0;
      header_height = build_header (page, header, &detail);
      bottom_height = build_bottom (page, bottom, &detail);
      top = header_height > 0 ? MARGIN_Y * u + header_height + GRAPH_GAP_TOP * u : 0;
      bottom_space = bottom_height > 0 ? (MARGIN_Y + GRAPH_GAP_BOTTOM) * u + bottom_height : 0;
      if (page->height - top - bottom_space >= MIN_AREA_FRACTION * page->height || !detail_reduce (page, &detail))
        break;
      g_array_set_size (header, 0);
      g_array_set_size (bottom, 0);
    }

  band = bottom_height > 0 ? page->height - MARGIN_Y * u - bottom_height : page->height;
  page->area.x = 0;
  page->area.width = page->width;
  page->area.y = (int)ceil (top);
  page->area.height = MAX ((int)floor (bottom_height > 0 ? band - GRAPH_GAP_BOTTOM * u : band) - page->area.y, 1);

  move_items (page->items, header, MARGIN_Y * u);
  if (bottom_height > 0)
    {
      TautanRgba rule = page->palette.dim;

      rule.alpha = 0.35;
      add_rule (page->items, MARGIN_X * u, page->area.y + page->area.height + 0.5,
                page->width - 2 * MARGIN_X * u, &rule);
      move_items (page->items, bottom, band);
    }
}

/* The graph, framed, takes only @used of its area's height: the area
 * ends there, and the rule, legend, sources and note come up with it, so
 * the legend sits right under what it explains (a band that nothing
 * filled was left above it). The dataset line stays at the foot of the
 * page. A page with nothing below the graph keeps it centred. */
void
_tautan_export_fit_area (Page   *page,
                         double  used)
{
  gboolean below = FALSE;
  int spare;

  if (!(used < page->area.height))
    return;
  spare = page->area.height - (int)ceil (used);
  for (guint i = 0; i < page->items->len && !below; i++)
    below = g_array_index (page->items, Item, i).block == TAUTAN_EXPORT_BLOCK_RULE;
  if (spare <= 0 || !below)
    return;

  page->area.height -= spare;
  for (guint i = 0; i < page->items->len; i++)
    {
      Item *item = &g_array_index (page->items, Item, i);

      if (item->block == TAUTAN_EXPORT_BLOCK_RULE || item->block == TAUTAN_EXPORT_BLOCK_LEGEND ||
          item->block == TAUTAN_EXPORT_BLOCK_SOURCES || item->block == TAUTAN_EXPORT_BLOCK_NOTE)
        item->y -= spare;
    }
}
