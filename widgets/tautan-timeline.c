/* tautan-timeline.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-timeline"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <math.h>

#include "tautan/tautan-count.h"
#include "tautan/tautan-histogram.h"
#include "tautan/tautan-render-context.h"
#include "tautan/tautan-render-histogram.h"
#include "tautan/tautan-text.h"
#include "tautan/tautan-timeline.h"

#include "tautan-timeline-private.h"

/* The timeline: a histogram of the dataset's events over time with a
 * selected span, its two handles and body dragged, moved by keys and
 * played through time. It owns the selection and mode as properties,
 * which the window binds to the session's span both ways. Drawing and
 * sizing are in tautan-timeline-draw.c, the hand and keys in
 * tautan-timeline-input.c. */

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

double
_tautan_timeline_time_to_x (TautanTimeline *self,
           TautanDay       day)
{
  return self->bars_area.origin.x +
         tautan_render_histogram_day_to_x (&self->span, self->bars_area.size.width, day);
}

TautanDay
_tautan_timeline_x_to_time (TautanTimeline *self,
           double          x)
{
  return tautan_render_histogram_x_to_day (&self->span, self->bars_area.size.width,
                                           x - self->bars_area.origin.x);
}

static double
effective_speed (TautanTimeline *self)
{
  if (self->speed > 0)
    return self->speed;
  if (self->dataset == NULL)
    return 0;
  return timeline_span_days (&self->span) / DEFAULT_PLAY_SECONDS;
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

  if (timeline_undated (self))
    {
      /* Not "3,652,059 days": the days are unknown, not all of them. */
      gtk_label_set_text (self->range_label, _("Dates unknown"));
      gtk_label_set_text (self->duration_label, _("no event names a day"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, _("Dates unknown"),
                                      -1);
      return;
    }

  range = tautan_text_format_span (&self->selection);
  days = timeline_span_days (&self->selection);
  /* Spans are within TAUTAN_DAY_MIN..MAX: an int holds the count. */
  duration = g_strdup_printf (ngettext ("%s day", "%s days", (gulong)days), tautan_count_format ((guint64)days));
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
  /* Without dates there is no window to move: every event is in each. */
  gboolean has_data = self->dataset != NULL && !timeline_undated (self);

  gtk_widget_action_set_enabled (widget, "timeline.move", has_data);
  gtk_widget_action_set_enabled (widget, "timeline.resize", has_data);
  gtk_widget_action_set_enabled (widget, "timeline.home", has_data);
  gtk_widget_action_set_enabled (widget, "timeline.end", has_data);
  gtk_widget_action_set_enabled (widget, "timeline.play", has_data);
  gtk_widget_action_set_enabled (widget, "timeline.period", has_data);
  gtk_widget_action_set_enabled (widget, "timeline.set-span", has_data);
  gtk_widget_set_sensitive (GTK_WIDGET (self->period_button), has_data);
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

void
_tautan_timeline_drop_bars (TautanTimeline *self)
{
  g_clear_pointer (&self->bars_node, gsk_render_node_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
_tautan_timeline_ensure_bins (TautanTimeline *self)
{
  if (self->bins != NULL || self->dataset == NULL)
    return;

  /* Counted once per filter, binned on every zoom. A mask made for
   * another dataset counts nothing it could mislead. */
  if (self->counts == NULL)
    self->counts = tautan_histogram_counts_new (self->dataset, self->event_filter, self->hidden_kinds,
                                                &self->hidden_types,
                                                self->only_events != NULL &&
                                                g_bytes_get_size (self->only_events) ==
                                                tautan_dataset_get_n_events (self->dataset)
                                                  ? g_bytes_get_data (self->only_events, NULL) : NULL,
                                                NULL);
  self->bins = tautan_histogram_counts_bin (self->counts, &self->span, self->bin_size);
}

/* What the bars count changed: counted again when next drawn. */
static void
drop_counts (TautanTimeline *self)
{
  g_clear_pointer (&self->counts, tautan_histogram_counts_free);
  g_clear_pointer (&self->bins, g_array_unref);
  _tautan_timeline_drop_bars (self);
}

TautanBinSize
_tautan_timeline_bin_size_for_width (TautanTimeline *self,
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

void
_tautan_timeline_update_colors (TautanTimeline *self)
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
    _tautan_timeline_drop_bars (self);
}

void
_tautan_timeline_set_selection (TautanTimeline       *self,
                                const TautanTimeSpan *selection)
{
  TautanTimeSpan clamped = _tautan_timeline_clamp_selection (self, selection);

  if (tautan_time_span_equal (&self->selection, &clamped))
    return;

  self->selection = clamped;
  update_labels (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTION]);
}

void
_tautan_timeline_move_by (TautanTimeline *self,
                          gint64          delta)
{
  TautanTimeSpan moved;

  /* A pinned start leaves only the end to move. */
  if (self->cumulative)
    moved = _tautan_timeline_resize_selection (self, &self->selection, delta);
  else
    moved = _tautan_timeline_shift_selection (self, &self->selection, delta);
  _tautan_timeline_set_selection (self, &moved);
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
    _tautan_timeline_move_by (self, (gint64)MIN (whole, (double)timeline_span_days (&self->span)));

  if (at_end (self))
    {
      /* Removed by returning G_SOURCE_REMOVE, not by the setter. */
      self->tick_id = 0;
      tautan_timeline_set_playing (self, FALSE);
      return G_SOURCE_REMOVE;
    }

  return G_SOURCE_CONTINUE;
}

/* The popover's year, quarter and month buttons (a tooltip each) take a
 * few milliseconds to fill: a new dataset reaches it in a main-loop turn
 * of its own, right after the one that shows the dataset (the turn of a
 * 1M-event open stays short), or when it opens first. */
static gboolean
period_dataset_cb (gpointer data)
{
  TautanTimeline *self = data;

  self->period_dataset_id = 0;
  tautan_period_popover_set_dataset (self->period_popover, self->dataset);
  return G_SOURCE_REMOVE;
}

/* The popover opens on what is shown now, not on what it last applied. */
static void
period_show_cb (TautanTimeline *self,
                GtkPopover     *popover)
{
  if (self->period_dataset_id != 0)
    {
      g_clear_handle_id (&self->period_dataset_id, g_source_remove);
      tautan_period_popover_set_dataset (self->period_popover, self->dataset);
    }
  tautan_period_popover_show_span (self->period_popover, &self->selection);
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
  g_clear_handle_id (&self->period_dataset_id, g_source_remove);

  gtk_widget_dispose_template (GTK_WIDGET (self), TAUTAN_TYPE_TIMELINE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);

  g_clear_pointer (&self->bars_node, gsk_render_node_unref);
  g_clear_pointer (&self->bins, g_array_unref);
  g_clear_pointer (&self->only_events, g_bytes_unref);
  g_clear_pointer (&self->event_filter, tautan_filter_unref);
  g_clear_pointer (&self->counts, tautan_histogram_counts_free);
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

  widget_class->snapshot = _tautan_timeline_snapshot;
  widget_class->measure = _tautan_timeline_measure;
  widget_class->size_allocate = _tautan_timeline_size_allocate;
  widget_class->css_changed = _tautan_timeline_css_changed;
  widget_class->state_flags_changed = _tautan_timeline_state_flags_changed;
  widget_class->query_tooltip = _tautan_timeline_query_tooltip;

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
  gtk_widget_class_bind_template_child (widget_class, TautanTimeline, period_button);
  gtk_widget_class_bind_template_child (widget_class, TautanTimeline, period_popover);
  gtk_widget_class_bind_template_callback (widget_class, period_show_cb);
  gtk_widget_class_set_css_name (widget_class, "timeline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_SLIDER);

  _tautan_timeline_class_init_input (widget_class);

  g_type_ensure (TAUTAN_TYPE_PERIOD_POPOVER);
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
  if (self->period_dataset_id == 0)
    self->period_dataset_id = g_idle_add_full (G_PRIORITY_DEFAULT, period_dataset_cb, self, NULL);
  self->span = dataset ? tautan_dataset_get_span (dataset) : (TautanTimeSpan) { 0, 0 };
  self->bin_size = _tautan_timeline_bin_size_for_width (self, self->bars_area.size.width);
  g_clear_pointer (&self->counts, tautan_histogram_counts_free);
  g_clear_pointer (&self->bins, g_array_unref);
  _tautan_timeline_update_colors (self);
  _tautan_timeline_drop_bars (self);
  update_actions (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
  _tautan_timeline_set_selection (self, &self->span);
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

  _tautan_timeline_set_selection (self, selection);
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
  _tautan_timeline_set_selection (self, &selection);
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

  playing = !!playing && self->dataset != NULL && !timeline_undated (self);
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
        _tautan_timeline_move_by (self, (gint64)self->span.from - self->selection.to);
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

  _tautan_timeline_ensure_bins (self);
  return self->bins ? self->bins->len : 0;
}

double
_tautan_timeline_get_total (TautanTimeline *self)
{
  double total = 0;

  g_return_val_if_fail (TAUTAN_IS_TIMELINE (self), 0);

  _tautan_timeline_ensure_bins (self);
  for (guint i = 0; self->bins != NULL && i < self->bins->len; i++)
    for (guint q = 0; q < TAUTAN_N_QUAD_CLASSES; q++)
      total += g_array_index (self->bins, TautanBin, i).counts[q];
  return total;
}

/**
 * tautan_timeline_set_filter:
 * @hidden_kinds: bit per #TautanEntityKind
 * @hidden_types: event types left out
 *
 * The bars count only the events the canvas shows with these hidden.
 */
void
tautan_timeline_set_filter (TautanTimeline       *self,
                            guint32               hidden_kinds,
                            const TautanTypeMask *hidden_types)
{
  g_return_if_fail (TAUTAN_IS_TIMELINE (self));
  g_return_if_fail (hidden_types != NULL);

  if (hidden_kinds == self->hidden_kinds && memcmp (hidden_types, &self->hidden_types, sizeof *hidden_types) == 0)
    return;
  self->hidden_kinds = hidden_kinds;
  self->hidden_types = *hidden_types;
  drop_counts (self);
}

/**
 * tautan_timeline_set_event_filter:
 * @filter: (nullable): the composed filter (status, outlet, …)
 *
 * The bars count only the events that pass @filter, as the canvas and
 * the side panel do.
 */
void
tautan_timeline_set_event_filter (TautanTimeline *self,
                                  TautanFilter   *filter)
{
  g_return_if_fail (TAUTAN_IS_TIMELINE (self));

  if (filter != NULL && tautan_filter_is_empty (filter))
    filter = NULL;
  if (self->event_filter == filter ||
      (self->event_filter != NULL && filter != NULL && tautan_filter_equal (self->event_filter, filter)))
    return;
  g_clear_pointer (&self->event_filter, tautan_filter_unref);
  self->event_filter = filter != NULL ? tautan_filter_ref (filter) : NULL;
  drop_counts (self);
}

/**
 * tautan_timeline_get_filter:
 * @hidden_kinds: (out): bit per #TautanEntityKind
 * @hidden_types: (out caller-allocates): event types left out
 *
 * What the bars leave out, as tautan_timeline_set_filter() set it.
 */
void
tautan_timeline_get_filter (TautanTimeline *self,
                            guint32        *hidden_kinds,
                            TautanTypeMask *hidden_types)
{
  g_return_if_fail (TAUTAN_IS_TIMELINE (self));

  *hidden_kinds = self->hidden_kinds;
  *hidden_types = self->hidden_types;
}

/**
 * tautan_timeline_set_only_events:
 * @events: (nullable): a byte per event of the dataset, nonzero for the
 *   events to count; %NULL counts every shown event
 *
 * Narrows the bars to some events, those of an ego network in focus.
 */
void
tautan_timeline_set_only_events (TautanTimeline *self,
                                 GBytes         *events)
{
  g_return_if_fail (TAUTAN_IS_TIMELINE (self));

  if (self->only_events == events ||
      (self->only_events != NULL && events != NULL && g_bytes_equal (self->only_events, events)))
    return;
  g_clear_pointer (&self->only_events, g_bytes_unref);
  self->only_events = events != NULL ? g_bytes_ref (events) : NULL;
  drop_counts (self);
}
