/* tautan-render-histogram.c: the timeline's stacked bars and date axis
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Bars from the data layer's bins, scaled and stacked by QuadClass; axis
 * labels at an interval chosen from the visible duration and the labels'
 * width, with month names from the locale through GLib, thinned so none
 * overlaps its neighbour. */

#define G_LOG_DOMAIN "tautan-render-histogram"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "tautan/tautan-render-histogram.h"

#include "tautan-render-histogram-private.h"

typedef enum
{
  TICK_DAY,
  TICK_MONTH,
  TICK_YEAR,
} TickUnit;

typedef struct
{
  TickUnit unit;
  guint    n;
  double   days;       /* rough length, to pick the interval */
} TickInterval;

/* Finest first: days, weeks, months, quarters, half years, years. */
static const TickInterval intervals[] = {
  { TICK_DAY, 1, 1 },
  { TICK_DAY, 7, 7 },
  { TICK_MONTH, 1, 30.44 },
  { TICK_MONTH, 3, 91.31 },
  { TICK_MONTH, 6, 182.6 },
  { TICK_YEAR, 1, 365.25 },
  { TICK_YEAR, 2, 730.5 },
  { TICK_YEAR, 5, 1826.25 },
  { TICK_YEAR, 10, 3652.5 },
  { TICK_YEAR, 20, 7305 },
  { TICK_YEAR, 50, 18262.5 },
  { TICK_YEAR, 100, 36525 },
  { TICK_YEAR, 250, 91312.5 },
  { TICK_YEAR, 500, 182625 },
  { TICK_YEAR, 1000, 365250 },
  { TICK_YEAR, 2500, 913125 },
};

/* Space between two labels, and between a tick and its text. */
#define LABEL_GAP     12.0
#define LABEL_MIN_GAP 4.0
#define TICK_PAD      3.0
#define TICK_LENGTH   4.0

static double
span_days (const TautanTimeSpan *span)
{
  return MAX (1.0, (double)span->to - (double)span->from + 1.0);
}

/**
 * tautan_render_histogram_day_to_x:
 * @span: the days shown
 * @width: the width they are drawn across
 * @day: a day, inside @span or not
 *
 * Returns: the x of the start (left edge) of @day; @span.to + 1 maps to @width
 */
double
tautan_render_histogram_day_to_x (const TautanTimeSpan *span,
                                  double                width,
                                  TautanDay             day)
{
  g_return_val_if_fail (span != NULL, 0);

  return ((double)day - (double)span->from) * width / span_days (span);
}

/**
 * tautan_render_histogram_x_to_day:
 * @span: the days shown
 * @width: the width they are drawn across
 * @x: a position, inside 0..@width or not
 *
 * The inverse of tautan_render_histogram_day_to_x(): the day whose column
 * holds @x, not clamped to @span (drags measure offsets with it).
 *
 * Returns: the day at @x
 */
TautanDay
tautan_render_histogram_x_to_day (const TautanTimeSpan *span,
                                  double                width,
                                  double                x)
{
  double day;

  g_return_val_if_fail (span != NULL, 0);

  if (width <= 0 || !isfinite (x))
    return span->from;

  /* The small bias keeps day_to_x() of a day, mapped back, on that day
   * despite the division's rounding. */
  day = floor ((double)span->from + x * span_days (span) / width + 1e-9);
  return (TautanDay)CLAMP (day, (double)TAUTAN_DAY_MIN, (double)TAUTAN_DAY_MAX);
}

static TautanDay
first_tick (const TickInterval *interval,
            TautanDay           from)
{
  int y, m, d;

  tautan_day_to_ymd (from, &y, &m, &d);

  switch (interval->unit)
    {
    case TICK_DAY:
      if (interval->n == 7)
        return from + (8 - tautan_day_weekday (from)) % 7;   /* Monday on or after */
      return from;

    case TICK_MONTH:
      if (d > 1)
        m++;
      while ((m - 1) % (int)interval->n != 0)
        m++;
      if (m > 12)
        return tautan_day_from_ymd (y + 1, 1, 1);
      return tautan_day_from_ymd (y, m, 1);

    case TICK_YEAR:
    default:
      if (m > 1 || d > 1)
        y++;
      /* y can be negative far back: round up towards the next multiple. */
      while (y % (int)interval->n != 0)
        y++;
      return tautan_day_from_ymd (y, 1, 1);
    }
}

static TautanDay
next_tick (const TickInterval *interval,
           TautanDay           tick)
{
  int y, m, d;

  if (interval->unit == TICK_DAY)
    return tick + (TautanDay)interval->n;

  tautan_day_to_ymd (tick, &y, &m, &d);
  if (interval->unit == TICK_MONTH)
    {
      m += interval->n;
      y += (m - 1) / 12;
      m = (m - 1) % 12 + 1;
      return tautan_day_from_ymd (y, m, 1);
    }
  return tautan_day_from_ymd (y + interval->n, 1, 1);
}

/* A date in the locale's words: GLib's month names, so a translated
 * desktop reads its own. GDateTime stops at years 1 and 9999; the axis
 * goes further, and there the month's name comes from year 2000. */
static void
format_date (int       y,
             int       m,
             int       d,
             gboolean  with_day,
             gboolean  with_year,
             char     *buf,
             gsize     len)
{
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *text = NULL;

  if (y >= 1 && y <= 9999)
    {
      date = g_date_time_new_utc (y, m, d, 0, 0, 0);
      /* TRANSLATORS: axis labels, strftime-like formats of g_date_time_format() */
      text = tautan_date_time_format (date, with_day ? (with_year ? _("%-d %b %Y") : _("%-d %b"))
                                                : (with_year ? _("%b %Y") : "%b"));
    }
  else
    {
      g_autofree char *month = NULL;

      date = g_date_time_new_utc (2000, m, 1, 0, 0, 0);
      month = tautan_date_time_format (date, "%b");
      if (with_day && with_year)
        text = g_strdup_printf ("%d %s %d", d, month, y);
      else if (with_day)
        text = g_strdup_printf ("%d %s", d, month);
      else if (with_year)
        text = g_strdup_printf ("%s %d", month, y);
      else
        text = g_strdup (month);
    }
  g_strlcpy (buf, text != NULL ? text : "", len);
}

/* Days and weeks read "12 Jun", months "Jun", years "2024". January's
 * month label is its year; the long form adds the year to the others. */
static void
format_label (const TickInterval *interval,
              TautanDay           tick,
              gboolean            long_form,
              char               *buf,
              gsize               len)
{
  int y, m, d;

  tautan_day_to_ymd (tick, &y, &m, &d);

  switch (interval->unit)
    {
    case TICK_DAY:
      format_date (y, m, d, TRUE, long_form, buf, len);
      break;

    case TICK_MONTH:
      if (m == 1)
        g_snprintf (buf, len, "%d", y);
      else
        format_date (y, m, d, FALSE, long_form, buf, len);
      break;

    case TICK_YEAR:
    default:
      g_snprintf (buf, len, "%d", y);
      break;
    }
}

static gboolean
label_has_year (const TickInterval *interval,
                TautanDay           tick,
                gboolean            long_form)
{
  int y, m, d;

  tautan_day_to_ymd (tick, &y, &m, &d);
  return long_form || interval->unit == TICK_YEAR || (interval->unit == TICK_MONTH && m == 1);
}

static double
text_width (PangoLayout *layout,
            const char  *text)
{
  int w, h;

  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, &w, &h);
  return w;
}

static const TickInterval *
choose_interval (PangoLayout          *layout,
                 const TautanTimeSpan *span,
                 double                width)
{
  double px_per_day = width / span_days (span);
  double day_label = 0, month_label = text_width (layout, "2024"), year_label = month_label;
  char buf[TAUTAN_HISTOGRAM_LABEL_MAX];

  /* The widest month name of the locale sets the room a label needs. */
  for (int m = 1; m <= 12; m++)
    {
      format_date (2024, m, 28, TRUE, FALSE, buf, sizeof buf);
      day_label = MAX (day_label, text_width (layout, buf));
      format_date (2024, m, 1, FALSE, FALSE, buf, sizeof buf);
      month_label = MAX (month_label, text_width (layout, buf));
    }

  for (guint i = 0; i < G_N_ELEMENTS (intervals); i++)
    {
      double label = intervals[i].unit == TICK_DAY ? day_label :
                     intervals[i].unit == TICK_MONTH ? month_label : year_label;

      if (intervals[i].days * px_per_day >= label + TICK_PAD + LABEL_GAP)
        return &intervals[i];
    }

  return &intervals[G_N_ELEMENTS (intervals) - 1];
}

/**
 * _tautan_render_histogram_labels:
 * @layout: the layout that will draw them: its font sets their widths
 * @span: the days shown
 * @width: the width they are drawn across
 *
 * Picks a tick interval from the visible duration and the label width
 * (days, weeks, months, quarters, years), then keeps only the labels
 * that fit inside @width and leave a gap after the previous one.
 *
 * Returns: (transfer full) (element-type TautanHistogramLabel): the
 *   labels, left to right
 */
GArray *
_tautan_render_histogram_labels (PangoLayout          *layout,
                                 const TautanTimeSpan *span,
                                 double                width)
{
  GArray *labels = g_array_new (FALSE, TRUE, sizeof (TautanHistogramLabel));
  const TickInterval *interval;
  double last_right = -G_MAXDOUBLE;
  int year_shown = G_MININT;

  g_return_val_if_fail (PANGO_IS_LAYOUT (layout), labels);
  g_return_val_if_fail (span != NULL, labels);

  if (width <= 0 || span->to < span->from)
    return labels;

  interval = choose_interval (layout, span, width);

  for (TautanDay tick = first_tick (interval, span->from);
       tick <= span->to && tick <= TAUTAN_DAY_MAX;
       tick = next_tick (interval, tick))
    {
      TautanHistogramLabel label = { 0 };
      TautanDay next = next_tick (interval, tick);
      double next_x = G_MAXDOUBLE;
      gboolean long_form;
      int y, m, d;

      label.day = tick;
      label.tick_x = tautan_render_histogram_day_to_x (span, width, tick);
      label.x = label.tick_x + TICK_PAD;
      if (label.x >= width)
        break;
      if (next <= span->to)
        next_x = tautan_render_histogram_day_to_x (span, width, next) + TICK_PAD;

      /* The first label and the first of each new year say the year, when
       * that fits before the next tick's label: it never costs a label. */
      tautan_day_to_ymd (tick, &y, &m, &d);
      long_form = y != year_shown;
      format_label (interval, tick, long_form, label.text, sizeof label.text);
      label.width = text_width (layout, label.text);
      if (long_form && label.x + label.width > MIN (next_x - LABEL_MIN_GAP, width))
        {
          long_form = FALSE;
          format_label (interval, tick, FALSE, label.text, sizeof label.text);
          label.width = text_width (layout, label.text);
        }

      if (label.x < last_right + LABEL_MIN_GAP || label.x + label.width > width)
        continue;

      if (label_has_year (interval, tick, long_form))
        year_shown = y;
      last_right = label.x + label.width;
      g_array_append_val (labels, label);
    }

  return labels;
}

typedef struct
{
  int           left;      /* pixel columns [left, right) */
  int           right;
  double        total;
  const double *counts;
} Bar;

static void
draw_bar (cairo_t          *cr,
          const Bar        *bar,
          const TautanRgba  quad_colors[4],
          double            max_total,
          double            bars_height)
{
  double below = 0;
  double y0 = bars_height;

  if (bar->right <= bar->left || bar->total <= 0)
    return;

  /* Segment edges are rounded from the running sum, so stacked segments
   * meet on a pixel boundary with no seam and no overlap. */
  for (guint q = 0; q < TAUTAN_N_QUAD_CLASSES; q++)
    {
      double y1;

      if (bar->counts[q] <= 0)
        continue;
      below += bar->counts[q];
      y1 = bars_height - round (below / max_total * bars_height);
      if (y1 < y0)
        {
          tautan_rgba_set_source (&quad_colors[q], cr);
          cairo_rectangle (cr, bar->left, y1, bar->right - bar->left, y0 - y1);
          cairo_fill (cr);
        }
      y0 = y1;
    }
}

static double
bin_total (const TautanBin *bin)
{
  double total = 0;

  for (guint q = 0; q < TAUTAN_N_QUAD_CLASSES; q++)
    total += MAX (0.0, bin->counts[q]);
  return total;
}

static void
draw_bars (cairo_t              *cr,
           GArray               *bins,
           const TautanTimeSpan *span,
           const TautanRgba      quad_colors[4],
           double                width,
           double                bars_height)
{
  double max_total = 0;
  int n_columns = (int)ceil (width);
  Bar bar = { 0, 0, 0, NULL };

  for (guint i = 0; i < bins->len; i++)
    max_total = MAX (max_total, bin_total (&g_array_index (bins, TautanBin, i)));
  if (max_total <= 0)
    return;

  for (guint i = 0; i < bins->len; i++)
    {
      const TautanBin *bin = &g_array_index (bins, TautanBin, i);
      double x0 = tautan_render_histogram_day_to_x (span, width, MAX (bin->start, span->from));
      double x1 = tautan_render_histogram_day_to_x (span, width, MIN (bin->end, span->to) + 1);
      double total = bin_total (bin);
      int left, right;

      if (bin->end < span->from || bin->start > span->to)
        continue;

      left = (int)CLAMP (round (x0), 0, n_columns);
      right = (int)CLAMP (round (x1), 0, n_columns);

      /* A gap between bars wide enough to spare a pixel. */
      if (right - left >= 4)
        right--;
      if (right <= left)
        right = MIN (left + 1, n_columns);
      if (right <= left)
        continue;

      /* Bins narrower than a pixel share columns: the tallest one wins, so
       * a peak never vanishes and no column is painted twice. */
      if (bar.counts != NULL && left < bar.right)
        {
          if (total > bar.total)
            {
              bar.total = total;
              bar.counts = bin->counts;
            }
          bar.right = MAX (bar.right, right);
          continue;
        }

      if (bar.counts != NULL)
        draw_bar (cr, &bar, quad_colors, max_total, bars_height);
      bar = (Bar) { left, right, total, bin->counts };
    }

  if (bar.counts != NULL)
    draw_bar (cr, &bar, quad_colors, max_total, bars_height);
}

static void
draw_axis (cairo_t              *cr,
           TautanRenderContext  *context,
           const TautanTimeSpan *span,
           double                width,
           double                bars_height,
           double                axis_height)
{
  const TautanPalette *palette = tautan_render_context_get_palette (context);
  g_autoptr(PangoLayout) layout = tautan_render_context_create_layout (context);
  g_autoptr(GArray) labels = NULL;
  TautanRgba rule = palette->dim;

  rule.alpha = 0.5;

  /* The baseline, crisp on the pixel row just under the bars. */
  tautan_rgba_set_source (&rule, cr);
  cairo_rectangle (cr, 0, bars_height, width, 1);
  cairo_fill (cr);

  if (axis_height <= 0)
    return;

  labels = _tautan_render_histogram_labels (layout, span, width);

  for (guint i = 0; i < labels->len; i++)
    {
      const TautanHistogramLabel *label = &g_array_index (labels, TautanHistogramLabel, i);

      tautan_rgba_set_source (&rule, cr);
      cairo_rectangle (cr, floor (label->tick_x), bars_height, 1, TICK_LENGTH);
      cairo_fill (cr);

      tautan_rgba_set_source (&palette->dim, cr);
      pango_layout_set_text (layout, label->text, -1);
      cairo_move_to (cr, round (label->x), bars_height + TICK_LENGTH - 1);
      pango_cairo_show_layout (cr, layout);
    }
}

/**
 * tautan_render_histogram:
 * @cr: where to draw, with 0,0 at the top left of the bars
 * @context: fonts and the label colours
 * @bins: (element-type TautanBin): from tautan_histogram_compute()
 * @span: the days across @width; bins are clipped to it
 * @quad_colors: the colour of each QuadClass, bottom of the stack first
 * @width: the width of bars and axis
 * @bars_height: the height of the tallest bar
 * @axis_height: the height under the bars for the date labels
 *
 * Draws the bars and the date axis. Nothing is drawn as background, so
 * it composes over a widget or an export's page.
 */
void
tautan_render_histogram (cairo_t              *cr,
                         TautanRenderContext  *context,
                         GArray               *bins,
                         const TautanTimeSpan *span,
                         const TautanRgba      quad_colors[4],
                         double                width,
                         double                bars_height,
                         double                axis_height)
{
  g_return_if_fail (cr != NULL);
  g_return_if_fail (TAUTAN_IS_RENDER_CONTEXT (context));
  g_return_if_fail (bins != NULL);
  g_return_if_fail (span != NULL);
  g_return_if_fail (quad_colors != NULL);

  if (width <= 0 || bars_height <= 0 || span->to < span->from)
    return;

  cairo_save (cr);
  /* Bars sit on pixel columns: antialiasing would only blur their edges. */
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_NONE);
  draw_bars (cr, bins, span, quad_colors, width, bars_height);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_DEFAULT);
  draw_axis (cr, context, span, width, bars_height, axis_height);
  cairo_restore (cr);
}
