/* tautan-timeline-input.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-timeline"

#include "config.h"

#include <math.h>

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

/* A keyboard step: about 1/40 of the data's span, at least a day. It
 * depends on the data, not on the selection, so Shift+← then Shift+→
 * (or ← then →) returns exactly where it was. */
static gint64
step_days (TautanTimeline *self)
{
  return MAX (1, timeline_span_days (&self->span) / 40);
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

  xb = _tautan_timeline_time_to_x (self, self->selection.from);
  xe = _tautan_timeline_time_to_x (self, self->selection.to + 1);
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
      TautanTimeSpan moved = { self->span.from, _tautan_timeline_x_to_time (self, x) };

      _tautan_timeline_set_selection (self, &moved);
      mode = DRAG_END;
    }
  else if (mode == DRAG_OUTSIDE)
    {
      /* A press beside the window centres it there, keeping its length. */
      gint64 length = (gint64)self->selection.to - self->selection.from;
      gint64 delta = (gint64)_tautan_timeline_x_to_time (self, x) - length / 2 - self->selection.from;
      TautanTimeSpan moved = _tautan_timeline_shift_selection (self, &self->selection, delta);

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
  gint64 delta;

  if (self->drag_mode == DRAG_NONE)
    return;

  /* Always from the saved range: rounding never accumulates. */
  delta = (gint64)_tautan_timeline_x_to_time (self, self->drag_start_x + offset_x) -
          (gint64)_tautan_timeline_x_to_time (self, self->drag_start_x);

  switch (self->drag_mode)
    {
    case DRAG_BEGIN:
      moved.from = (TautanDay)CLAMP ((gint64)moved.from + delta,
                                     (gint64)self->span.from, (gint64)moved.to);
      break;
    case DRAG_END:
      moved = _tautan_timeline_resize_selection (self, &self->drag_saved, delta);
      break;
    case DRAG_BODY:
    case DRAG_OUTSIDE:
      moved = _tautan_timeline_shift_selection (self, &self->drag_saved, delta);
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
  TautanTimeline *self = TAUTAN_TIMELINE (widget);

  _tautan_timeline_move_by (self, (gint64)g_variant_get_int32 (param) * step_days (self));
}

static void
resize_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  TautanTimeline *self = TAUTAN_TIMELINE (widget);
  TautanTimeSpan resized = _tautan_timeline_resize_selection (self, &self->selection,
                                             (gint64)g_variant_get_int32 (param) * step_days (self));

  _tautan_timeline_set_selection (self, &resized);
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
