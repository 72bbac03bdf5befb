/* tautan-timeline-input.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-timeline"

#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "tautan-timeline-private.h"

/* What the hand and the keys do to the timeline: the selection arithmetic
 * (kept inside the data, moved, resized), the handles' hit-testing and
 * cursors, the drag gesture and the timeline.* actions with their keys.
 * The widget itself (properties, playback) is in tautan-timeline.c. */

/* Keeps @selection inside the data, at least one day long, and pinned to
 * the data's start in cumulative mode. */
TautanTimeSpan
_tautan_timeline_clamp_selection (TautanTimeline       *self,
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
TautanTimeSpan
_tautan_timeline_shift_selection (TautanTimeline       *self,
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
TautanTimeSpan
_tautan_timeline_resize_selection (TautanTimeline       *self,
                                   const TautanTimeSpan *selection,
                                   gint64                delta)
{
  gint64 to = (gint64)selection->to + delta;

  to = CLAMP (to, (gint64)selection->from, (gint64)self->span.to);
  return (TautanTimeSpan) { selection->from, (TautanDay)to };
}

TimelineUnit
_tautan_timeline_get_unit (TautanTimeline *self)
{
  double days_per_pixel;

  if (self->bars_area.size.width <= 0)
    return TIMELINE_UNIT_DAY;

  days_per_pixel = timeline_span_days (&self->span) / self->bars_area.size.width;
  if (days_per_pixel <= SNAP_MONTH_DAYS_PER_PIXEL)
    return TIMELINE_UNIT_DAY;
  if (days_per_pixel <= SNAP_YEAR_DAYS_PER_PIXEL)
    return TIMELINE_UNIT_MONTH;
  return TIMELINE_UNIT_YEAR;
}

static double
unit_days (TimelineUnit unit)
{
  switch (unit)
    {
    case TIMELINE_UNIT_MONTH:
      return 365.2425 / 12;
    case TIMELINE_UNIT_YEAR:
      return 365.2425;
    case TIMELINE_UNIT_DAY:
    default:
      return 1;
    }
}

/* The boundary @n units from @boundary (a boundary is the first day of
 * what follows it). Months and years keep the day of the month @mday,
 * shortened where the month is shorter. */
static gint64
add_units (gint64       boundary,
           TimelineUnit unit,
           gint64       n,
           int          mday)
{
  int year, month, day;
  gint64 months;

  if (unit == TIMELINE_UNIT_DAY || n == 0)
    return boundary + (unit == TIMELINE_UNIT_DAY ? n : 0);

  boundary = CLAMP (boundary, TAUTAN_DAY_MIN, TAUTAN_DAY_MAX);
  tautan_day_to_ymd ((TautanDay)boundary, &year, &month, &day);
  months = (gint64)year * 12 + (month - 1) + (unit == TIMELINE_UNIT_YEAR ? 12 * n : n);
  months = CLAMP (months, 12, 9999 * 12 + 11);
  year = (int)(months / 12);
  month = (int)(months % 12) + 1;
  return tautan_day_from_ymd (year, month, MIN (mday, tautan_days_in_month (year, month)));
}

static int
mday_of (gint64 boundary)
{
  int year, month, day;

  tautan_day_to_ymd ((TautanDay)CLAMP (boundary, TAUTAN_DAY_MIN, TAUTAN_DAY_MAX), &year, &month, &day);
  return day;
}

/* The unit boundary nearest @boundary, or the data's own start or end
 * where that is nearer: the ends of the data are always reachable. */
static gint64
snap_boundary (TautanTimeline *self,
               gint64          boundary,
               TimelineUnit    unit)
{
  gint64 candidates[4];
  gint64 best;
  int year, month, day;

  if (unit == TIMELINE_UNIT_DAY)
    return boundary;

  boundary = CLAMP (boundary, TAUTAN_DAY_MIN, TAUTAN_DAY_MAX);
  tautan_day_to_ymd ((TautanDay)boundary, &year, &month, &day);
  if (unit == TIMELINE_UNIT_MONTH)
    candidates[0] = tautan_day_from_ymd (year, month, 1);
  else
    candidates[0] = tautan_day_from_ymd (year, 1, 1);
  candidates[1] = add_units (candidates[0], unit, 1, 1);
  candidates[2] = self->span.from;
  candidates[3] = (gint64)self->span.to + 1;

  best = candidates[0];
  for (guint i = 1; i < G_N_ELEMENTS (candidates); i++)
    if (llabs (candidates[i] - boundary) < llabs (best - boundary))
      best = candidates[i];
  return best;
}

/* @selection with both boundaries moved by @n units, stopped at the
 * data's ends with its length kept. */
static TautanTimeSpan
shift_units (TautanTimeline       *self,
             const TautanTimeSpan *selection,
             TimelineUnit          unit,
             gint64                n,
             int                   from_mday,
             int                   end_mday)
{
  gint64 from = add_units (selection->from, unit, n, from_mday);
  gint64 end = add_units ((gint64)selection->to + 1, unit, n, end_mday);

  if (from < self->span.from || end - 1 > self->span.to || end <= from)
    return _tautan_timeline_shift_selection (self, selection, from - selection->from);
  return (TautanTimeSpan) { (TautanDay)from, (TautanDay)(end - 1) };
}

/* The end boundary of @selection moved by @n units, kept in the data and
 * at least a day after the start. */
static TautanTimeSpan
resize_units (TautanTimeline       *self,
              const TautanTimeSpan *selection,
              TimelineUnit          unit,
              gint64                n,
              int                   end_mday)
{
  gint64 end = add_units ((gint64)selection->to + 1, unit, n, end_mday);

  return _tautan_timeline_resize_selection (self, selection, end - 1 - selection->to);
}

/* A keyboard step of @n units (see _tautan_timeline_get_unit): the window
 * moves, or with @resize (or a pinned start) its end does. Steps depend on
 * the zoom, not on the selection, so ← then → (or Shift+← then Shift+→)
 * returns exactly where it was. */
void
_tautan_timeline_step (TautanTimeline *self,
                       int             n,
                       gboolean        resize)
{
  TimelineUnit unit = _tautan_timeline_get_unit (self);
  TautanTimeSpan moved;

  if (self->dataset == NULL)
    return;

  /* A selection changed by anything but a step starts afresh. */
  if (!tautan_time_span_equal (&self->selection, &self->key_selection))
    {
      self->key_from_mday = mday_of (self->selection.from);
      self->key_end_mday = mday_of ((gint64)self->selection.to + 1);
    }

  if (resize || self->cumulative)
    moved = resize_units (self, &self->selection, unit, n, self->key_end_mday);
  else
    moved = shift_units (self, &self->selection, unit, n, self->key_from_mday, self->key_end_mday);
  _tautan_timeline_set_selection (self, &moved);
  self->key_selection = self->selection;
}

/* Where the handles are drawn and grabbed: at the selection's ends, or
 * side by side around their middle when those are closer than
 * MIN_HANDLE_GAP, so they never cover each other. */
void
_tautan_timeline_get_handle_xs (TautanTimeline *self,
                                double         *xb,
                                double         *xe)
{
  const graphene_rect_t *area = &self->bars_area;
  double left = area->origin.x;
  double right = area->origin.x + area->size.width;
  double b = CLAMP (_tautan_timeline_time_to_x (self, self->selection.from), left, right);
  double e = CLAMP (_tautan_timeline_time_to_x (self, self->selection.to + 1), left, right);

  if (!self->cumulative && e - b < MIN_HANDLE_GAP)
    {
      double mid = (b + e) / 2;

      mid = CLAMP (mid, left + MIN_HANDLE_GAP / 2, MAX (left + MIN_HANDLE_GAP / 2, right - MIN_HANDLE_GAP / 2));
      b = mid - MIN_HANDLE_GAP / 2;
      e = mid + MIN_HANDLE_GAP / 2;
    }
  *xb = b;
  *xe = e;
}

static DragMode
hit_test (TautanTimeline *self,
          double          x,
          double          y)
{
  const graphene_rect_t *area = &self->bars_area;
  double xb, xe, db, de;

  if (self->dataset == NULL || area->size.width <= 0 || timeline_undated (self))
    return DRAG_NONE;
  if (y < area->origin.y || y > area->origin.y + area->size.height + self->axis_height)
    return DRAG_NONE;

  _tautan_timeline_get_handle_xs (self, &xb, &xe);
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
      gint64 end = snap_boundary (self, (gint64)_tautan_timeline_x_to_time (self, x) + 1,
                                  _tautan_timeline_get_unit (self));
      TautanTimeSpan moved = { self->span.from, (TautanDay)CLAMP (end - 1, self->span.from, self->span.to) };

      _tautan_timeline_set_selection (self, &moved);
      mode = DRAG_END;
    }
  else if (mode == DRAG_OUTSIDE)
    {
      /* A press beside the window centres it there, keeping its length;
       * by whole units, as a drag of the body would move it. */
      TimelineUnit unit = _tautan_timeline_get_unit (self);
      gint64 length = (gint64)self->selection.to - self->selection.from;
      gint64 delta = (gint64)_tautan_timeline_x_to_time (self, x) - length / 2 - self->selection.from;
      TautanTimeSpan moved;

      if (unit == TIMELINE_UNIT_DAY)
        moved = _tautan_timeline_shift_selection (self, &self->selection, delta);
      else
        moved = shift_units (self, &self->selection, unit, (gint64)round (delta / unit_days (unit)),
                             mday_of (self->selection.from), mday_of ((gint64)self->selection.to + 1));

      _tautan_timeline_set_selection (self, &moved);
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
  TimelineUnit unit = _tautan_timeline_get_unit (self);
  gint64 delta;

  if (self->drag_mode == DRAG_NONE)
    return;

  /* Always from the saved range: rounding never accumulates. */
  delta = (gint64)_tautan_timeline_x_to_time (self, self->drag_start_x + offset_x) -
          (gint64)_tautan_timeline_x_to_time (self, self->drag_start_x);

  /* No travel, no snapping: a click on a handle leaves it where it was. */
  if (delta == 0)
    {
      _tautan_timeline_set_selection (self, &self->drag_saved);
      return;
    }

  switch (self->drag_mode)
    {
    case DRAG_BEGIN:
      moved.from = (TautanDay)CLAMP (snap_boundary (self, (gint64)moved.from + delta, unit),
                                     (gint64)self->span.from, (gint64)moved.to);
      break;
    case DRAG_END:
      moved = _tautan_timeline_resize_selection (self, &self->drag_saved,
                                                 snap_boundary (self, (gint64)moved.to + 1 + delta, unit)
                                                 - 1 - moved.to);
      break;
    case DRAG_BODY:
    case DRAG_OUTSIDE:
      /* Whole units, so a window of whole months stays whole months. */
      if (unit == TIMELINE_UNIT_DAY)
        moved = _tautan_timeline_shift_selection (self, &self->drag_saved, delta);
      else
        moved = shift_units (self, &self->drag_saved, unit, (gint64)round (delta / unit_days (unit)),
                             mday_of (moved.from), mday_of ((gint64)moved.to + 1));
      break;
    case DRAG_NONE:
    default:
      g_assert_not_reached ();
    }

  _tautan_timeline_set_selection (self, &moved);
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
  _tautan_timeline_step (TAUTAN_TIMELINE (widget), g_variant_get_int32 (param), FALSE);
}

static void
resize_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  _tautan_timeline_step (TAUTAN_TIMELINE (widget), g_variant_get_int32 (param), TRUE);
}

static void
home_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  TautanTimeline *self = TAUTAN_TIMELINE (widget);

  _tautan_timeline_move_by (self, (gint64)self->span.from - self->selection.to);
}

static void
end_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  TautanTimeline *self = TAUTAN_TIMELINE (widget);

  _tautan_timeline_move_by (self, (gint64)self->span.to - self->selection.from);
}

static void
period_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  TautanTimeline *self = TAUTAN_TIMELINE (widget);

  /* The shortcut is window-wide; a hidden timeline has nowhere to point. */
  if (!gtk_widget_get_mapped (widget))
    {
      gtk_widget_error_bell (widget);
      return;
    }
  gtk_menu_button_popup (self->period_button);
}

/* Exactly @param's days (from, to): a period that does not start with the
 * data leaves cumulative mode, whose start is pinned. */
static void
set_span_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  TautanTimeline *self = TAUTAN_TIMELINE (widget);
  TautanTimeSpan span;

  g_variant_get (param, "(ii)", &span.from, &span.to);
  tautan_timeline_set_playing (self, FALSE);
  if (self->cumulative && span.from > self->span.from)
    tautan_timeline_set_cumulative (self, FALSE);
  _tautan_timeline_set_selection (self, &span);
}

/* Installs the actions and keys, and binds the template's callbacks. */
void
_tautan_timeline_class_init_input (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, drag_begin_cb);
  gtk_widget_class_bind_template_callback (widget_class, drag_update_cb);
  gtk_widget_class_bind_template_callback (widget_class, drag_end_cb);
  gtk_widget_class_bind_template_callback (widget_class, motion_cb);
  gtk_widget_class_bind_template_callback (widget_class, leave_cb);

  gtk_widget_class_install_action (widget_class, "timeline.move", "i", move_action);
  gtk_widget_class_install_action (widget_class, "timeline.resize", "i", resize_action);
  gtk_widget_class_install_action (widget_class, "timeline.home", NULL, home_action);
  gtk_widget_class_install_action (widget_class, "timeline.end", NULL, end_action);
  gtk_widget_class_install_action (widget_class, "timeline.period", NULL, period_action);
  gtk_widget_class_install_action (widget_class, "timeline.set-span", "(ii)", set_span_action);
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
