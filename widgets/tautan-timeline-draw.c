/* tautan-timeline-draw.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* How the timeline looks: the histogram bars, the selection with its
 * handles and tint, the hover line, sizing and allocation, theme colours
 * and the tooltip of a bar. Its state and input are in tautan-timeline.c. */

#define G_LOG_DOMAIN "tautan-timeline"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "tautan/tautan-count.h"
#include "tautan/tautan-render-histogram.h"
#include "tautan/tautan-text.h"

#include "tautan-timeline-private.h"

static void
append_rounded (GtkSnapshot           *snapshot,
                const graphene_rect_t *rect,
                double                 radius,
                const GdkRGBA         *color)
{
  GskRoundedRect rounded;

  gsk_rounded_rect_init_from_rect (&rounded, rect, radius);
  gtk_snapshot_push_rounded_clip (snapshot, &rounded);
  gtk_snapshot_append_color (snapshot, color, rect);
  gtk_snapshot_pop (snapshot);
}

static void
snapshot_handle (TautanTimeline *self,
                 GtkSnapshot    *snapshot,
                 double          x)
{
  const graphene_rect_t *area = &self->bars_area;
  double grip_height = MIN (GRIP_HEIGHT, area->size.height - 4);
  double grip_y = area->origin.y + (area->size.height - grip_height) / 2;
  GdkRGBA halo = self->background;

  append_rounded (snapshot,
                  &GRAPHENE_RECT_INIT (x - HANDLE_WIDTH / 2, area->origin.y,
                                       HANDLE_WIDTH, area->size.height),
                  HANDLE_WIDTH / 2, &self->accent);

  /* The grip: a pill with a ring of background, so it reads over bars. */
  append_rounded (snapshot,
                  &GRAPHENE_RECT_INIT (x - GRIP_WIDTH / 2 - 1.5, grip_y - 1.5,
                                       GRIP_WIDTH + 3, grip_height + 3),
                  GRIP_WIDTH / 2 + 1.5, &halo);
  append_rounded (snapshot,
                  &GRAPHENE_RECT_INIT (x - GRIP_WIDTH / 2, grip_y, GRIP_WIDTH, grip_height),
                  GRIP_WIDTH / 2, &self->accent);
}

/* Under the bars, so they keep their true colours inside the window. */
static void
snapshot_tint (TautanTimeline *self,
               GtkSnapshot    *snapshot)
{
  const graphene_rect_t *area = &self->bars_area;
  double left = area->origin.x;
  double right = area->origin.x + area->size.width;
  double xb = CLAMP (_tautan_timeline_time_to_x (self, self->selection.from), left, right);
  double xe = CLAMP (_tautan_timeline_time_to_x (self, self->selection.to + 1), left, right);
  GdkRGBA tint = self->accent;

  tint.alpha = gtk_widget_has_visible_focus (GTK_WIDGET (self)) ? 0.18 : 0.10;
  gtk_snapshot_append_color (snapshot, &tint,
                             &GRAPHENE_RECT_INIT (xb, area->origin.y, xe - xb, area->size.height));
}

static void
snapshot_selection (TautanTimeline *self,
                    GtkSnapshot    *snapshot)
{
  const graphene_rect_t *area = &self->bars_area;
  double left = area->origin.x;
  double right = area->origin.x + area->size.width;
  double xb = CLAMP (_tautan_timeline_time_to_x (self, self->selection.from), left, right);
  double xe = CLAMP (_tautan_timeline_time_to_x (self, self->selection.to + 1), left, right);
  GdkRGBA shade = self->background;
  GdkRGBA hover = self->foreground;

  /* Outside the window the bars fade into the background. */
  shade.alpha = 0.6;
  if (xb > left)
    gtk_snapshot_append_color (snapshot, &shade,
                               &GRAPHENE_RECT_INIT (left, area->origin.y, xb - left, area->size.height));
  if (xe < right)
    gtk_snapshot_append_color (snapshot, &shade,
                               &GRAPHENE_RECT_INIT (xe, area->origin.y, right - xe, area->size.height));

  if (self->hovering && self->drag_mode == DRAG_NONE &&
      self->hover_x >= left && self->hover_x <= right)
    {
      hover.alpha = 0.45;
      gtk_snapshot_append_color (snapshot, &hover,
                                 &GRAPHENE_RECT_INIT (floor (self->hover_x), area->origin.y,
                                                      1, area->size.height));
    }

  if (gtk_widget_has_visible_focus (GTK_WIDGET (self)))
    {
      GskRoundedRect ring;
      GdkRGBA ring_color = self->accent;
      float widths[4] = { 2, 2, 2, 2 };

      ring_color.alpha = 0.5;
      gsk_rounded_rect_init_from_rect (&ring,
                                       &GRAPHENE_RECT_INIT (xb - 2, area->origin.y - 2,
                                                            xe - xb + 4, area->size.height + 4),
                                       4);
      gtk_snapshot_append_border (snapshot, &ring, widths,
                                  (GdkRGBA[4]) { ring_color, ring_color, ring_color, ring_color });
    }

  _tautan_timeline_get_handle_xs (self, &xb, &xe);
  if (!self->cumulative)
    snapshot_handle (self, snapshot, xb);
  snapshot_handle (self, snapshot, xe);
}

/* In place of bars over ten thousand years: why there are none. */
static void
snapshot_undated (TautanTimeline *self,
                  GtkSnapshot    *snapshot)
{
  const graphene_rect_t *area = &self->bars_area;
  g_autoptr(PangoLayout) layout = NULL;
  GdkRGBA color = self->foreground;
  int width, height;

  layout = gtk_widget_create_pango_layout (GTK_WIDGET (self),
                                           _("No event in this dataset names a day: all of them are shown"));
  pango_layout_set_width (layout, (int)(area->size.width * PANGO_SCALE));
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_get_pixel_size (layout, &width, &height);
  color.alpha *= 0.55;

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot,
                          &GRAPHENE_POINT_INIT (area->origin.x,
                                                area->origin.y + (area->size.height + self->axis_height - height) / 2));
  gtk_snapshot_append_layout (snapshot, layout, &color);
  gtk_snapshot_restore (snapshot);
}

void
_tautan_timeline_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  TautanTimeline *self = TAUTAN_TIMELINE (widget);
  const graphene_rect_t *area = &self->bars_area;

  gtk_widget_snapshot_child (widget, self->header, snapshot);

  if (self->dataset == NULL || area->size.width <= 0 || area->size.height <= 0)
    return;

  if (timeline_undated (self))
    {
      snapshot_undated (self, snapshot);
      return;
    }

  if (self->bars_node == NULL)
    {
      GtkSnapshot *bars = gtk_snapshot_new ();
      cairo_t *cr;

      _tautan_timeline_ensure_bins (self);
      cr = gtk_snapshot_append_cairo (bars,
                                      &GRAPHENE_RECT_INIT (area->origin.x, area->origin.y,
                                                           area->size.width,
                                                           area->size.height + self->axis_height));
      cairo_translate (cr, area->origin.x, area->origin.y);
      tautan_render_histogram (cr, self->render_context, self->bins, &self->span,
                               self->quad_colors, area->size.width, area->size.height,
                               self->axis_height);
      cairo_destroy (cr);
      self->bars_node = gtk_snapshot_free_to_node (bars);
    }

  snapshot_tint (self, snapshot);
  if (self->bars_node != NULL)
    gtk_snapshot_append_node (snapshot, self->bars_node);
  snapshot_selection (self, snapshot);
}

void
_tautan_timeline_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  TautanTimeline *self = TAUTAN_TIMELINE (widget);
  int header_min, header_nat;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      gtk_widget_measure (self->header, orientation, -1, &header_min, &header_nat, NULL, NULL);
      *minimum = MAX (header_min, 160);
      *natural = MAX (header_nat, 480);
    }
  else
    {
      int extra = HEADER_SPACING + self->axis_height;

      gtk_widget_measure (self->header, orientation, for_size, &header_min, &header_nat, NULL, NULL);
      *minimum = header_nat + MIN_BARS_HEIGHT + extra;
      *natural = header_nat + NAT_BARS_HEIGHT + extra;
    }
}

void
_tautan_timeline_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  TautanTimeline *self = TAUTAN_TIMELINE (widget);
  graphene_rect_t area;
  int header_height;
  TautanBinSize bin_size;

  gtk_widget_measure (self->header, GTK_ORIENTATION_VERTICAL, width, NULL, &header_height, NULL, NULL);
  gtk_widget_allocate (self->header, width, header_height, -1, NULL);

  graphene_rect_init (&area, INSET, header_height + HEADER_SPACING,
                      MAX (0, width - 2 * INSET),
                      MAX (0, height - header_height - HEADER_SPACING - self->axis_height));
  if (graphene_rect_equal (&area, &self->bars_area))
    return;

  self->bars_area = area;
  _tautan_timeline_drop_bars (self);

  bin_size = _tautan_timeline_bin_size_for_width (self, area.size.width);
  if (bin_size != self->bin_size)
    {
      self->bin_size = bin_size;
      g_clear_pointer (&self->bins, g_array_unref);
    }
}

void
_tautan_timeline_state_flags_changed (GtkWidget     *widget,
                                     GtkStateFlags  previous_state)
{
  GtkStateFlags changed = previous_state ^ gtk_widget_get_state_flags (widget);

  GTK_WIDGET_CLASS (g_type_class_peek (GTK_TYPE_WIDGET))->state_flags_changed (widget, previous_state);

  /* The focus ring around the selection is ours to draw. */
  if (changed & (GTK_STATE_FLAG_FOCUS_VISIBLE | GTK_STATE_FLAG_FOCUSED))
    gtk_widget_queue_draw (widget);
}

void
_tautan_timeline_css_changed (GtkWidget         *widget,
                             GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (g_type_class_peek (GTK_TYPE_WIDGET))->css_changed (widget, change);

  /* Light/dark switches arrive here: the cached bars drop if a colour did. */
  _tautan_timeline_update_colors (TAUTAN_TIMELINE (widget));
}

static void
format_count (GString    *out,
              guint32     color,
              const char *label,
              double      count)
{
  /* A swatch in the bar's colour makes the tooltip the legend too. */
  g_string_append_printf (out, "\n<span foreground=\"#%06X\">\u25A0</span> %s: ", color & 0xFFFFFF, label);

  /* Imprecise events spread over bins make fractional weights. */
  if (fabs (count - round (count)) < 0.05)
    g_string_append (out, tautan_count_format ((guint64)MAX (round (count), 0)));
  else
    g_string_append_printf (out, "%.1f", count);
}

gboolean
_tautan_timeline_query_tooltip (GtkWidget  *widget,
                               int         x,
                               int         y,
                               gboolean    keyboard_tooltip,
                               GtkTooltip *tooltip)
{
  TautanTimeline *self = TAUTAN_TIMELINE (widget);
  const graphene_rect_t *area = &self->bars_area;
  g_autoptr(GString) text = NULL;
  g_autofree char *range = NULL;
  g_autofree char *escaped = NULL;
  TautanTaxonomy *taxonomy;
  const TautanBin *bin = NULL;
  TautanTimeSpan bin_span;
  TautanDay day;
  double total = 0;
  guint lo, hi;

  if (keyboard_tooltip || self->dataset == NULL || timeline_undated (self) ||
      !graphene_rect_contains_point (area, &GRAPHENE_POINT_INIT (x, y)))
    return FALSE;

  _tautan_timeline_ensure_bins (self);
  day = _tautan_timeline_x_to_time (self, x);

  /* Bins are sorted and contiguous: bisect for the one holding @day. */
  lo = 0;
  hi = self->bins->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      const TautanBin *b = &g_array_index (self->bins, TautanBin, mid);

      if (day < b->start)
        hi = mid;
      else if (day > b->end)
        lo = mid + 1;
      else
        {
          bin = b;
          break;
        }
    }
  if (bin == NULL)
    return FALSE;

  bin_span = (TautanTimeSpan) { MAX (bin->start, self->span.from), MIN (bin->end, self->span.to) };
  range = tautan_text_format_span (&bin_span);
  escaped = g_markup_escape_text (range, -1);
  text = g_string_new (NULL);
  g_string_append_printf (text, "<b>%s</b>", escaped);

  taxonomy = tautan_dataset_get_taxonomy (self->dataset);
  for (guint q = 0; q < TAUTAN_N_QUAD_CLASSES; q++)
    {
      const TautanQuadClassInfo *info = tautan_taxonomy_get_quad_class (taxonomy, q);
      g_autofree char *label = NULL;

      total += bin->counts[q];
      if (bin->counts[q] <= 0)
        continue;
      label = g_markup_escape_text (info->label, -1);
      format_count (text, info->color, label, bin->counts[q]);
    }
  if (total <= 0)
    g_string_append_printf (text, "\n%s", _("No events"));

  gtk_tooltip_set_markup (tooltip, text->str);

  /* No tip area: with one, GTK 4.8 hid the tip at once here. The query
   * runs again on every motion, so the text follows the bins anyway. */
  return TRUE;
}

