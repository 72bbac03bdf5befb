/* tautan-timeline.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-timeline"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "tautan/tautan-histogram.h"
#include "tautan/tautan-render-context.h"
#include "tautan/tautan-render-histogram.h"
#include "tautan/tautan-text.h"
#include "tautan/tautan-timeline.h"

#include "tautan-timeline-private.h"

/* Bars are inset so the handles at the data's ends stay grabbable. */
#define INSET           8.0
#define HEADER_SPACING  6
#define MIN_BARS_HEIGHT 32
#define NAT_BARS_HEIGHT 72
#define HANDLE_WIDTH    3.0
#define GRIP_WIDTH      7.0
#define GRIP_HEIGHT     22.0
/* Playback: the default speed runs through the data in this many seconds. */
#define DEFAULT_PLAY_SECONDS 20.0
/* A frame gap longer than this (a hidden window) does not jump ahead. */
#define MAX_FRAME_SECONDS    0.25

typedef enum
{
  DRAG_NONE,
  DRAG_BEGIN,
  DRAG_END,
  DRAG_BODY,
  DRAG_OUTSIDE,
} DragMode;

struct _TautanTimeline
{
  GtkWidget            parent_instance;

  GtkWidget           *header;
  GtkButton           *play_button;
  GtkLabel            *range_label;
  GtkLabel            *duration_label;
  GtkGestureDrag      *drag;

  TautanDataset       *dataset;
  TautanRenderContext *render_context;
  GArray              *bins;
  GskRenderNode       *bars_node;
  const char          *cursor_name;

  TautanRgba           quad_colors[TAUTAN_N_QUAD_CLASSES];
  GdkRGBA              foreground;
  GdkRGBA              background;
  GdkRGBA              accent;
  graphene_rect_t      bars_area;
  int                  axis_height;

  TautanTimeSpan       span;
  TautanTimeSpan       selection;
  TautanTimeSpan       drag_saved;
  double               drag_start_x;
  double               hover_x;
  double               speed;
  double               play_remainder;
  gint64               last_frame_time;
  guint                tick_id;
  TautanBinSize        bin_size;
  DragMode             drag_mode;

  guint                cumulative : 1;
  guint                playing : 1;
  guint                hovering : 1;
  guint                dark : 1;
};

G_DEFINE_FINAL_TYPE (TautanTimeline, tautan_timeline, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATASET,
  PROP_SELECTION,
  PROP_CUMULATIVE,
  PROP_PLAYING,
  PROP_SPEED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gint64
span_days (const TautanTimeSpan *span)
{
  return (gint64)span->to - span->from + 1;
}

static double
time_to_x (TautanTimeline *self,
           TautanDay       day)
{
  return self->bars_area.origin.x +
         tautan_render_histogram_day_to_x (&self->span, self->bars_area.size.width, day);
}

static TautanDay
x_to_time (TautanTimeline *self,
           double          x)
{
  return tautan_render_histogram_x_to_day (&self->span, self->bars_area.size.width,
                                           x - self->bars_area.origin.x);
}

/* Keeps @selection inside the data, at least one day long, and pinned to
 * the data's start in cumulative mode. */
static TautanTimeSpan
clamp_selection (TautanTimeline       *self,
                 const TautanTimeSpan *selection)
{
  TautanTimeSpan clamped = *selection;

  if (self->dataset == NULL)
    {
      clamped.to = MAX (clamped.from, clamped.to);
      return clamped;
    }

  clamped.from = CLAMP (clamped.from, self->span.from, self->span.to);
  clamped.to = CLAMP (clamped.to, clamped.from, self->span.to);
  if (self->cumulative)
    clamped.from = self->span.from;
  return clamped;
}

/* @selection moved by @delta days, its length kept, stopped at the ends. */
static TautanTimeSpan
shift_selection (TautanTimeline       *self,
                 const TautanTimeSpan *selection,
                 gint64                delta)
{
  gint64 length = (gint64)selection->to - selection->from;
  gint64 from = (gint64)selection->from + delta;

  from = MIN (from, (gint64)self->span.to - length);
  from = MAX (from, (gint64)self->span.from);
  return (TautanTimeSpan) { (TautanDay)from, (TautanDay)MIN (from + length, (gint64)self->span.to) };
}

/* @selection with its end moved by @delta days. */
static TautanTimeSpan
resize_selection (TautanTimeline       *self,
                  const TautanTimeSpan *selection,
                  gint64                delta)
{
  gint64 to = (gint64)selection->to + delta;

  to = CLAMP (to, (gint64)selection->from, (gint64)self->span.to);
  return (TautanTimeSpan) { selection->from, (TautanDay)to };
}

/* A keyboard step: 1/20 of the selected window, at least a day. */
static gint64
step_days (TautanTimeline *self)
{
  return MAX (1, span_days (&self->selection) / 20);
}

static double
effective_speed (TautanTimeline *self)
{
  if (self->speed > 0)
    return self->speed;
  if (self->dataset == NULL)
    return 0;
  return span_days (&self->span) / DEFAULT_PLAY_SECONDS;
}

static void
update_labels (TautanTimeline *self)
{
  g_autofree char *range = NULL;
  g_autofree char *duration = NULL;
  gint64 days;

  if (self->dataset == NULL)
    {
      gtk_label_set_text (self->range_label, "");
      gtk_label_set_text (self->duration_label, "");
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, "",
                                      -1);
      return;
    }

  range = tautan_text_format_span (&self->selection);
  days = span_days (&self->selection);
  /* Spans are within TAUTAN_DAY_MIN..MAX: an int holds the count. */
  duration = g_strdup_printf (ngettext ("%d day", "%d days", (gulong)days), (int)days);
  gtk_label_set_text (self->range_label, range);
  gtk_label_set_text (self->duration_label, duration);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, range,
                                  -1);
}

static void
update_actions (TautanTimeline *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has_data = self->dataset != NULL;

  gtk_widget_action_set_enabled (widget, "timeline.move", has_data);
  gtk_widget_action_set_enabled (widget, "timeline.resize", has_data);
  gtk_widget_action_set_enabled (widget, "timeline.home", has_data);
  gtk_widget_action_set_enabled (widget, "timeline.end", has_data);
  gtk_widget_action_set_enabled (widget, "timeline.play", has_data);
}

static void
update_play_button (TautanTimeline *self)
{
  gtk_button_set_icon_name (self->play_button,
                            self->playing ? "media-playback-pause-symbolic"
                                          : "media-playback-start-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->play_button),
                               self->playing ? _("Pause (Space)") : _("Play (Space)"));
}

static DragMode
hit_test (TautanTimeline *self,
          double          x,
          double          y)
{
  const graphene_rect_t *area = &self->bars_area;
  double xb, xe, db, de;

  if (self->dataset == NULL || area->size.width <= 0)
    return DRAG_NONE;
  if (y < area->origin.y || y > area->origin.y + area->size.height + self->axis_height)
    return DRAG_NONE;

  xb = time_to_x (self, self->selection.from);
  xe = time_to_x (self, self->selection.to + 1);
  db = fabs (x - xb);
  de = fabs (x - xe);

  /* When both handles are in reach, the nearer wins; the start handle is
   * not a handle at all while pinned. */
  if (!self->cumulative && db <= TAUTAN_TIMELINE_HANDLE_SLOP && db < de)
    return DRAG_BEGIN;
  if (de <= TAUTAN_TIMELINE_HANDLE_SLOP)
    return DRAG_END;
  if (x > xb && x < xe)
    return DRAG_BODY;
  return DRAG_OUTSIDE;
}

static void
update_cursor (TautanTimeline *self,
               DragMode        mode)
{
  const char *name = NULL;

  switch (mode)
    {
    case DRAG_BEGIN:
    case DRAG_END:
      name = "ew-resize";
      break;
    case DRAG_BODY:
      name = self->cumulative ? "pointer" : (self->drag_mode == DRAG_BODY ? "grabbing" : "grab");
      break;
    case DRAG_OUTSIDE:
      name = "pointer";
      break;
    case DRAG_NONE:
    default:
      break;
    }

  if (g_strcmp0 (name, self->cursor_name) == 0)
    return;

  self->cursor_name = name;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), name);
}

static void
drop_bars (TautanTimeline *self)
{
  g_clear_pointer (&self->bars_node, gsk_render_node_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
ensure_bins (TautanTimeline *self)
{
  if (self->bins != NULL || self->dataset == NULL)
    return;

  self->bins = tautan_histogram_compute (self->dataset, &self->span, self->bin_size);
}

static TautanBinSize
bin_size_for_width (TautanTimeline *self,
                    double          width)
{
  /* About one bin per 4 pixels: wide enough to read, fine enough to show
   * the rhythm of the news. */
  return tautan_bin_size_for_span (&self->span, (guint)MAX (1.0, width / 4));
}

static void
set_render_context (TautanTimeline *self,
                    gboolean        dark)
{
  g_autoptr(PangoLayout) layout = NULL;
  int width, height;

  g_clear_object (&self->render_context);
  self->render_context = tautan_render_context_new (dark);
  self->dark = !!dark;

  /* The axis is as tall as its labels: tick, text, a little air. */
  layout = tautan_render_context_create_layout (self->render_context);
  pango_layout_set_text (layout, "2024", -1);
  pango_layout_get_pixel_size (layout, &width, &height);
  if (height + 6 != self->axis_height)
    {
      self->axis_height = height + 6;
      gtk_widget_queue_resize (GTK_WIDGET (self));
    }
}

static void
update_colors (TautanTimeline *self)
{
  GtkStyleContext *style = gtk_widget_get_style_context (GTK_WIDGET (self));
  GdkRGBA fg, bg, accent;
  TautanTaxonomy *taxonomy;
  TautanRgba fg_rgba;
  gboolean dark;
  gboolean changed = FALSE;

  gtk_style_context_get_color (style, &fg);
  /* Adwaita's named colours; the fallbacks are its light values. */
  if (!gtk_style_context_lookup_color (style, "window_bg_color", &bg))
    bg = (GdkRGBA) { 0.98, 0.98, 0.98, 1 };
  if (!gtk_style_context_lookup_color (style, "accent_color", &accent))
    accent = (GdkRGBA) { 0.11, 0.44, 0.85, 1 };

  /* Dark follows the text colour actually in use, whatever set it
   * (AdwStyleManager, a high-contrast theme or the app's own CSS). */
  fg_rgba = (TautanRgba) { fg.red, fg.green, fg.blue, 1 };
  dark = tautan_rgba_luminance (&fg_rgba) > 0.5;

  if (!gdk_rgba_equal (&fg, &self->foreground) ||
      !gdk_rgba_equal (&bg, &self->background) ||
      !gdk_rgba_equal (&accent, &self->accent))
    changed = TRUE;
  self->foreground = fg;
  self->background = bg;
  self->accent = accent;

  if (self->render_context == NULL || dark != self->dark)
    {
      set_render_context (self, dark);
      changed = TRUE;
    }

  taxonomy = self->dataset ? tautan_dataset_get_taxonomy (self->dataset) : tautan_taxonomy_get_default ();
  for (guint q = 0; q < TAUTAN_N_QUAD_CLASSES; q++)
    {
      const TautanQuadClassInfo *info = tautan_taxonomy_get_quad_class (taxonomy, q);
      TautanRgba color = tautan_rgba_from_rgb (info->color, 1);

      if (memcmp (&color, &self->quad_colors[q], sizeof color) != 0)
        changed = TRUE;
      self->quad_colors[q] = color;
    }

  if (changed)
    drop_bars (self);
}

static void
set_selection_internal (TautanTimeline       *self,
                        const TautanTimeSpan *selection)
{
  TautanTimeSpan clamped = clamp_selection (self, selection);

  if (tautan_time_span_equal (&self->selection, &clamped))
    return;

  self->selection = clamped;
  update_labels (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTION]);
}

static void
move_by (TautanTimeline *self,
         gint64          delta)
{
  TautanTimeSpan moved;

  /* A pinned start leaves only the end to move. */
  if (self->cumulative)
    moved = resize_selection (self, &self->selection, delta);
  else
    moved = shift_selection (self, &self->selection, delta);
  set_selection_internal (self, &moved);
}

static gboolean
at_end (TautanTimeline *self)
{
  return self->selection.to >= self->span.to;
}

static gboolean
play_tick_cb (GtkWidget     *widget,
              GdkFrameClock *frame_clock,
              gpointer       user_data)
{
  TautanTimeline *self = TAUTAN_TIMELINE (widget);
  gint64 now = gdk_frame_clock_get_frame_time (frame_clock);
  double seconds;
  double whole;

  if (self->last_frame_time == 0)
    {
      self->last_frame_time = now;
      return G_SOURCE_CONTINUE;
    }

  seconds = MIN ((now - self->last_frame_time) / (double)G_USEC_PER_SEC, MAX_FRAME_SECONDS);
  self->last_frame_time = now;

  /* Whole days move the window; the fraction is carried to the next frame,
   * so the speed holds whatever the frame rate. */
  self->play_remainder += MAX (0.0, seconds) * effective_speed (self);
  whole = floor (self->play_remainder);
  self->play_remainder -= whole;
  if (whole >= 1)
    move_by (self, (gint64)MIN (whole, (double)span_days (&self->span)));

  if (at_end (self))
    {
      /* Removed by returning G_SOURCE_REMOVE, not by the setter. */
      self->tick_id = 0;
      tautan_timeline_set_playing (self, FALSE);
      return G_SOURCE_REMOVE;
    }

  return G_SOURCE_CONTINUE;
}

static void
drag_begin_cb (TautanTimeline *self,
               double          x,
               double          y,
               GtkGestureDrag *gesture)
{
  DragMode mode = hit_test (self, x, y);

  if (mode == DRAG_NONE)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }

  gtk_widget_grab_focus (GTK_WIDGET (self));
  /* The hand on the window wins: playback would fight the drag. */
  tautan_timeline_set_playing (self, FALSE);

  if (self->cumulative && mode != DRAG_END)
    {
      /* Pinned start: a press anywhere sets the end, then drags it. */
      TautanTimeSpan moved = { self->span.from, x_to_time (self, x) };

      set_selection_internal (self, &moved);
      mode = DRAG_END;
    }
  else if (mode == DRAG_OUTSIDE)
    {
      /* A press beside the window centres it there, keeping its length. */
      gint64 length = (gint64)self->selection.to - self->selection.from;
      gint64 delta = (gint64)x_to_time (self, x) - length / 2 - self->selection.from;
      TautanTimeSpan moved = shift_selection (self, &self->selection, delta);

      set_selection_internal (self, &moved);
      mode = DRAG_BODY;
    }

  self->drag_mode = mode;
  self->drag_start_x = x;
  self->drag_saved = self->selection;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  update_cursor (self, mode);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
drag_update_cb (TautanTimeline *self,
                double          offset_x,
                double          offset_y,
                GtkGestureDrag *gesture)
{
  TautanTimeSpan moved = self->drag_saved;
  gint64 delta;

  if (self->drag_mode == DRAG_NONE)
    return;

  /* Always from the saved range: rounding never accumulates. */
  delta = (gint64)x_to_time (self, self->drag_start_x + offset_x) -
          (gint64)x_to_time (self, self->drag_start_x);

  switch (self->drag_mode)
    {
    case DRAG_BEGIN:
      moved.from = (TautanDay)CLAMP ((gint64)moved.from + delta,
                                     (gint64)self->span.from, (gint64)moved.to);
      break;
    case DRAG_END:
      moved = resize_selection (self, &self->drag_saved, delta);
      break;
    case DRAG_BODY:
    case DRAG_OUTSIDE:
      moved = shift_selection (self, &self->drag_saved, delta);
      break;
    case DRAG_NONE:
    default:
      g_assert_not_reached ();
    }

  set_selection_internal (self, &moved);
}

static void
drag_end_cb (TautanTimeline *self,
             double          offset_x,
             double          offset_y,
             GtkGestureDrag *gesture)
{
  self->drag_mode = DRAG_NONE;
  if (self->hovering)
    update_cursor (self, hit_test (self, self->hover_x, self->bars_area.origin.y));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
motion_cb (TautanTimeline           *self,
           double                    x,
           double                    y,
           GtkEventControllerMotion *motion)
{
  gboolean in_bars = y >= self->bars_area.origin.y &&
                     y <= self->bars_area.origin.y + self->bars_area.size.height + self->axis_height;

  if (self->drag_mode == DRAG_NONE)
    update_cursor (self, hit_test (self, x, y));

  if (in_bars == self->hovering && x == self->hover_x)
    return;

  self->hovering = in_bars;
  self->hover_x = x;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
leave_cb (TautanTimeline           *self,
          GtkEventControllerMotion *motion)
{
  if (!self->hovering)
    return;

  self->hovering = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  TautanTimeline *self = TAUTAN_TIMELINE (widget);

  move_by (self, (gint64)g_variant_get_int32 (param) * step_days (self));
}

static void
resize_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  TautanTimeline *self = TAUTAN_TIMELINE (widget);
  TautanTimeSpan resized = resize_selection (self, &self->selection,
                                             (gint64)g_variant_get_int32 (param) * step_days (self));

  set_selection_internal (self, &resized);
}

static void
home_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  TautanTimeline *self = TAUTAN_TIMELINE (widget);

  move_by (self, (gint64)self->span.from - self->selection.to);
}

static void
end_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  TautanTimeline *self = TAUTAN_TIMELINE (widget);

  move_by (self, (gint64)self->span.to - self->selection.from);
}

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
  double xb = CLAMP (time_to_x (self, self->selection.from), left, right);
  double xe = CLAMP (time_to_x (self, self->selection.to + 1), left, right);
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
  double xb = CLAMP (time_to_x (self, self->selection.from), left, right);
  double xe = CLAMP (time_to_x (self, self->selection.to + 1), left, right);
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

  if (!self->cumulative)
    snapshot_handle (self, snapshot, xb);
  snapshot_handle (self, snapshot, xe);
}

static void
tautan_timeline_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  TautanTimeline *self = TAUTAN_TIMELINE (widget);
  const graphene_rect_t *area = &self->bars_area;

  gtk_widget_snapshot_child (widget, self->header, snapshot);

  if (self->dataset == NULL || area->size.width <= 0 || area->size.height <= 0)
    return;

  if (self->bars_node == NULL)
    {
      GtkSnapshot *bars = gtk_snapshot_new ();
      cairo_t *cr;

      ensure_bins (self);
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

static void
tautan_timeline_measure (GtkWidget      *widget,
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

static void
tautan_timeline_size_allocate (GtkWidget *widget,
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
  drop_bars (self);

  bin_size = bin_size_for_width (self, area.size.width);
  if (bin_size != self->bin_size)
    {
      self->bin_size = bin_size;
      g_clear_pointer (&self->bins, g_array_unref);
    }
}

static void
tautan_timeline_state_flags_changed (GtkWidget     *widget,
                                     GtkStateFlags  previous_state)
{
  GtkStateFlags changed = previous_state ^ gtk_widget_get_state_flags (widget);

  GTK_WIDGET_CLASS (tautan_timeline_parent_class)->state_flags_changed (widget, previous_state);

  /* The focus ring around the selection is ours to draw. */
  if (changed & (GTK_STATE_FLAG_FOCUS_VISIBLE | GTK_STATE_FLAG_FOCUSED))
    gtk_widget_queue_draw (widget);
}

static void
tautan_timeline_css_changed (GtkWidget         *widget,
                             GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (tautan_timeline_parent_class)->css_changed (widget, change);

  /* Light/dark switches arrive here: the cached bars drop if a colour did. */
  update_colors (TAUTAN_TIMELINE (widget));
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
    g_string_append_printf (out, "%.0f", count);
  else
    g_string_append_printf (out, "%.1f", count);
}

static gboolean
tautan_timeline_query_tooltip (GtkWidget  *widget,
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

  if (keyboard_tooltip || self->dataset == NULL ||
      !graphene_rect_contains_point (area, &GRAPHENE_POINT_INIT (x, y)))
    return FALSE;

  ensure_bins (self);
  day = x_to_time (self, x);

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

static void
tautan_timeline_dispose (GObject *object)
{
  TautanTimeline *self = (TautanTimeline *)object;
  GtkWidget *child;

  if (self->tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->tick_id);
      self->tick_id = 0;
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), TAUTAN_TYPE_TIMELINE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);

  g_clear_pointer (&self->bars_node, gsk_render_node_unref);
  g_clear_pointer (&self->bins, g_array_unref);
  g_clear_object (&self->render_context);
  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (tautan_timeline_parent_class)->dispose (object);
}

static void
tautan_timeline_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TautanTimeline *self = TAUTAN_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;

    case PROP_SELECTION:
      g_value_set_boxed (value, &self->selection);
      break;

    case PROP_CUMULATIVE:
      g_value_set_boolean (value, self->cumulative);
      break;

    case PROP_PLAYING:
      g_value_set_boolean (value, self->playing);
      break;

    case PROP_SPEED:
      g_value_set_double (value, tautan_timeline_get_speed (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tautan_timeline_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  TautanTimeline *self = TAUTAN_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      tautan_timeline_set_dataset (self, g_value_get_object (value));
      break;

    case PROP_SELECTION:
      if (g_value_get_boxed (value) != NULL)
        tautan_timeline_set_selection (self, g_value_get_boxed (value));
      break;

    case PROP_CUMULATIVE:
      tautan_timeline_set_cumulative (self, g_value_get_boolean (value));
      break;

    case PROP_PLAYING:
      tautan_timeline_set_playing (self, g_value_get_boolean (value));
      break;

    case PROP_SPEED:
      tautan_timeline_set_speed (self, g_value_get_double (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tautan_timeline_class_init (TautanTimelineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tautan_timeline_dispose;
  object_class->get_property = tautan_timeline_get_property;
  object_class->set_property = tautan_timeline_set_property;

  widget_class->snapshot = tautan_timeline_snapshot;
  widget_class->measure = tautan_timeline_measure;
  widget_class->size_allocate = tautan_timeline_size_allocate;
  widget_class->css_changed = tautan_timeline_css_changed;
  widget_class->state_flags_changed = tautan_timeline_state_flags_changed;
  widget_class->query_tooltip = tautan_timeline_query_tooltip;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, TAUTAN_TYPE_DATASET,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SELECTION] =
    g_param_spec_boxed ("selection", NULL, NULL, TAUTAN_TYPE_TIME_SPAN,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CUMULATIVE] =
    g_param_spec_boolean ("cumulative", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PLAYING] =
    g_param_spec_boolean ("playing", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* 0 means automatic: the whole span in DEFAULT_PLAY_SECONDS. */
  properties[PROP_SPEED] =
    g_param_spec_double ("speed", NULL, NULL, 0, G_MAXDOUBLE, 0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/tautan-timeline.ui");
  gtk_widget_class_bind_template_child (widget_class, TautanTimeline, header);
  gtk_widget_class_bind_template_child (widget_class, TautanTimeline, play_button);
  gtk_widget_class_bind_template_child (widget_class, TautanTimeline, range_label);
  gtk_widget_class_bind_template_child (widget_class, TautanTimeline, duration_label);
  gtk_widget_class_bind_template_child (widget_class, TautanTimeline, drag);
  gtk_widget_class_bind_template_callback (widget_class, drag_begin_cb);
  gtk_widget_class_bind_template_callback (widget_class, drag_update_cb);
  gtk_widget_class_bind_template_callback (widget_class, drag_end_cb);
  gtk_widget_class_bind_template_callback (widget_class, motion_cb);
  gtk_widget_class_bind_template_callback (widget_class, leave_cb);

  gtk_widget_class_set_css_name (widget_class, "timeline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_SLIDER);

  gtk_widget_class_install_action (widget_class, "timeline.move", "i", move_action);
  gtk_widget_class_install_action (widget_class, "timeline.resize", "i", resize_action);
  gtk_widget_class_install_action (widget_class, "timeline.home", NULL, home_action);
  gtk_widget_class_install_action (widget_class, "timeline.end", NULL, end_action);
  gtk_widget_class_install_property_action (widget_class, "timeline.play", "playing");
  gtk_widget_class_install_property_action (widget_class, "timeline.cumulative", "cumulative");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "timeline.move", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Left, 0, "timeline.move", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "timeline.move", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Right, 0, "timeline.move", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_SHIFT_MASK, "timeline.resize", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_SHIFT_MASK, "timeline.resize", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0, "timeline.home", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, 0, "timeline.end", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "timeline.play", NULL);
}

static void
tautan_timeline_init (TautanTimeline *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->bin_size = TAUTAN_BIN_DAY;
  /* Light until the first css_changed says otherwise. */
  set_render_context (self, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Time range"),
                                  -1);
  update_actions (self);
  update_labels (self);
}

/**
 * tautan_timeline_new:
 *
 * Returns: (transfer floating): a new timeline with no dataset
 */
GtkWidget *
tautan_timeline_new (void)
{
  return g_object_new (TAUTAN_TYPE_TIMELINE, NULL);
}

/**
 * tautan_timeline_get_dataset:
 *
 * Returns: (transfer none) (nullable): the dataset shown
 */
TautanDataset *
tautan_timeline_get_dataset (TautanTimeline *self)
{
  g_return_val_if_fail (TAUTAN_IS_TIMELINE (self), NULL);

  return self->dataset;
}

/**
 * tautan_timeline_set_dataset:
 * @dataset: (nullable): the dataset to show
 *
 * Shows the histogram of @dataset's whole span and selects all of it;
 * playback stops.
 */
void
tautan_timeline_set_dataset (TautanTimeline *self,
                             TautanDataset  *dataset)
{
  double old_speed;

  g_return_if_fail (TAUTAN_IS_TIMELINE (self));
  g_return_if_fail (dataset == NULL || TAUTAN_IS_DATASET (dataset));

  if (self->dataset == dataset)
    return;

  tautan_timeline_set_playing (self, FALSE);
  old_speed = effective_speed (self);

  g_set_object (&self->dataset, dataset);
  self->span = dataset ? tautan_dataset_get_span (dataset) : (TautanTimeSpan) { 0, 0 };
  self->bin_size = bin_size_for_width (self, self->bars_area.size.width);
  g_clear_pointer (&self->bins, g_array_unref);
  update_colors (self);
  drop_bars (self);
  update_actions (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
  set_selection_internal (self, &self->span);
  /* The labels say nothing without data, even if the span is unchanged. */
  update_labels (self);
  if (effective_speed (self) != old_speed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPEED]);
}

/**
 * tautan_timeline_get_selection:
 *
 * Returns: the selected window of days
 */
TautanTimeSpan
tautan_timeline_get_selection (TautanTimeline *self)
{
  static const TautanTimeSpan none = { 0, 0 };

  g_return_val_if_fail (TAUTAN_IS_TIMELINE (self), none);

  return self->selection;
}

/**
 * tautan_timeline_set_selection:
 * @selection: the window to select
 *
 * Selects @selection, clamped to the data's span and at least one day
 * long; in cumulative mode its start is the data's start.
 */
void
tautan_timeline_set_selection (TautanTimeline       *self,
                               const TautanTimeSpan *selection)
{
  g_return_if_fail (TAUTAN_IS_TIMELINE (self));
  g_return_if_fail (selection != NULL);

  set_selection_internal (self, selection);
}

gboolean
tautan_timeline_get_cumulative (TautanTimeline *self)
{
  g_return_val_if_fail (TAUTAN_IS_TIMELINE (self), FALSE);

  return self->cumulative;
}

/**
 * tautan_timeline_set_cumulative:
 * @cumulative: whether the window runs from the start of the data
 *
 * In cumulative mode the start of the selection is pinned to the start of
 * the data; moving and playing move its end.
 */
void
tautan_timeline_set_cumulative (TautanTimeline *self,
                                gboolean        cumulative)
{
  TautanTimeSpan selection;

  g_return_if_fail (TAUTAN_IS_TIMELINE (self));

  cumulative = !!cumulative;
  if (self->cumulative == cumulative)
    return;

  self->cumulative = cumulative;
  selection = self->selection;
  set_selection_internal (self, &selection);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CUMULATIVE]);
}

gboolean
tautan_timeline_get_playing (TautanTimeline *self)
{
  g_return_val_if_fail (TAUTAN_IS_TIMELINE (self), FALSE);

  return self->playing;
}

/**
 * tautan_timeline_set_playing:
 * @playing: whether the window moves through time
 *
 * Playback moves the window (or, in cumulative mode, its end) by the
 * elapsed frame time times the speed, and stops at the end of the data.
 * Starting at the end rewinds to the start first. Without a dataset
 * nothing plays.
 */
void
tautan_timeline_set_playing (TautanTimeline *self,
                             gboolean        playing)
{
  g_return_if_fail (TAUTAN_IS_TIMELINE (self));

  playing = !!playing && self->dataset != NULL;
  if (self->playing == playing)
    return;

  self->playing = playing;

  if (playing)
    {
      /* A sliding window as wide as the data has nowhere to go: play a
       * year (or an eighth of the data, if shorter) from the start. */
      if (!self->cumulative && self->selection.from <= self->span.from && self->selection.to >= self->span.to)
        {
          gint64 width = MIN (365, MAX (7, ((gint64)self->span.to - self->span.from + 1) / 8));
          TautanTimeSpan first = { self->span.from, (TautanDay)(self->span.from + width - 1) };

          tautan_timeline_set_selection (self, &first);
        }
      else if (at_end (self))
        move_by (self, (gint64)self->span.from - self->selection.to);
      self->last_frame_time = 0;
      self->play_remainder = 0;
      self->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), play_tick_cb, NULL, NULL);
    }
  else if (self->tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->tick_id);
      self->tick_id = 0;
    }

  update_play_button (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAYING]);
}

/**
 * tautan_timeline_get_speed:
 *
 * Returns: the playback speed in days of data per second; unless set, the
 *   data's span over 20 seconds (0 without a dataset)
 */
double
tautan_timeline_get_speed (TautanTimeline *self)
{
  g_return_val_if_fail (TAUTAN_IS_TIMELINE (self), 0);

  return effective_speed (self);
}

/**
 * tautan_timeline_set_speed:
 * @days_per_second: days of data per second of playback, or 0 for the
 *   default (the whole span in 20 seconds)
 */
void
tautan_timeline_set_speed (TautanTimeline *self,
                           double          days_per_second)
{
  double old_speed;

  g_return_if_fail (TAUTAN_IS_TIMELINE (self));
  g_return_if_fail (days_per_second >= 0 && isfinite (days_per_second));

  old_speed = effective_speed (self);
  self->speed = days_per_second;
  if (effective_speed (self) != old_speed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPEED]);
}

void
_tautan_timeline_get_bars_area (TautanTimeline  *self,
                                graphene_rect_t *area)
{
  g_return_if_fail (TAUTAN_IS_TIMELINE (self));

  *area = self->bars_area;
}

TautanTimeSpan
_tautan_timeline_get_span (TautanTimeline *self)
{
  static const TautanTimeSpan none = { 0, 0 };

  g_return_val_if_fail (TAUTAN_IS_TIMELINE (self), none);

  return self->span;
}

guint
_tautan_timeline_get_n_bins (TautanTimeline *self)
{
  g_return_val_if_fail (TAUTAN_IS_TIMELINE (self), 0);

  ensure_bins (self);
  return self->bins ? self->bins->len : 0;
}
