/* tautan-timeline-private.h: the timeline's parts, geometry for tests
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tautan/tautan-histogram.h"
#include "tautan/tautan-period-popover.h"
#include "tautan/tautan-render-context.h"
#include "tautan/tautan-timeline.h"

G_BEGIN_DECLS

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
/* Handles closer than this are drawn side by side around their middle,
 * so both stay visible and grabbable on a narrow window. */
#define MIN_HANDLE_GAP       (GRIP_WIDTH + 6.0)

/* What handles snap to and arrow keys step by, from how many days one
 * pixel of the bars is: days while a day is at least a pixel wide, months
 * while a month is at least two pixels (up to 15 days a pixel), years
 * beyond. The data's own first and last days are always reachable. */
#define SNAP_MONTH_DAYS_PER_PIXEL 1.0
#define SNAP_YEAR_DAYS_PER_PIXEL  15.0

typedef enum
{
  TIMELINE_UNIT_DAY,
  TIMELINE_UNIT_MONTH,
  TIMELINE_UNIT_YEAR,
} TimelineUnit;

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
  GtkMenuButton       *period_button;
  TautanPeriodPopover *period_popover;
  guint                period_dataset_id;  /* the popover takes a new dataset in an idle */
  GtkGestureDrag      *drag;

  TautanDataset       *dataset;
  guint32              hidden_kinds;   /* the bars count what the canvas shows */
  TautanTypeMask       hidden_types;
  GBytes              *only_events;    /* a byte per event, nonzero: counted (an ego network); NULL: all */
  TautanFilter        *event_filter;   /* the composed filter, or NULL */
  TautanHistogramCounts *counts;       /* what the bars count, binned on each zoom; NULL: to count */
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
  /* Keyboard steps keep the day of the month they started from, so a
   * step back and forth through a shorter month returns exactly. */
  TautanTimeSpan       key_selection;
  int                  key_from_mday;
  int                  key_end_mday;
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

static inline gint64
timeline_span_days (const TautanTimeSpan *span)
{
  return (gint64)span->to - span->from + 1;
}

/* No event of the dataset names a day (each is open at both ends): the
 * span is then every day there is, and a window over it says nothing, as
 * every event lies in every window. */
static inline gboolean
timeline_undated (TautanTimeline *self)
{
  return self->dataset != NULL && self->span.from == TAUTAN_DAY_MIN && self->span.to == TAUTAN_DAY_MAX;
}

/* tautan-timeline.c */
void           _tautan_timeline_set_selection       (TautanTimeline       *self,
                                                     const TautanTimeSpan *selection);
void           _tautan_timeline_move_by             (TautanTimeline       *self,
                                                     gint64                delta);
void           _tautan_timeline_ensure_bins         (TautanTimeline    *self);
void           _tautan_timeline_drop_bars           (TautanTimeline    *self);
void           _tautan_timeline_update_colors       (TautanTimeline    *self);
TautanBinSize  _tautan_timeline_bin_size_for_width  (TautanTimeline    *self,
                                                     double             width);
double         _tautan_timeline_time_to_x           (TautanTimeline    *self,
                                                     TautanDay          day);
TautanDay      _tautan_timeline_x_to_time           (TautanTimeline    *self,
                                                     double             x);

/* tautan-timeline-input.c */
void           _tautan_timeline_class_init_input    (GtkWidgetClass       *widget_class);
TautanTimeSpan _tautan_timeline_clamp_selection     (TautanTimeline       *self,
                                                     const TautanTimeSpan *selection);
TautanTimeSpan _tautan_timeline_shift_selection     (TautanTimeline       *self,
                                                     const TautanTimeSpan *selection,
                                                     gint64                delta);
TautanTimeSpan _tautan_timeline_resize_selection    (TautanTimeline       *self,
                                                     const TautanTimeSpan *selection,
                                                     gint64                delta);
TimelineUnit   _tautan_timeline_get_unit            (TautanTimeline       *self);
void           _tautan_timeline_step                (TautanTimeline       *self,
                                                     int                   n,
                                                     gboolean              resize);
void           _tautan_timeline_get_handle_xs       (TautanTimeline       *self,
                                                     double               *xb,
                                                     double               *xe);

/* tautan-timeline-draw.c: the drawing and sizing vfuncs */
void           _tautan_timeline_snapshot            (GtkWidget         *widget,
                                                     GtkSnapshot       *snapshot);
void           _tautan_timeline_measure             (GtkWidget         *widget,
                                                     GtkOrientation     orientation,
                                                     int                for_size,
                                                     int               *minimum,
                                                     int               *natural,
                                                     int               *minimum_baseline,
                                                     int               *natural_baseline);
void           _tautan_timeline_size_allocate       (GtkWidget         *widget,
                                                     int                width,
                                                     int                height,
                                                     int                baseline);
void           _tautan_timeline_css_changed         (GtkWidget         *widget,
                                                     GtkCssStyleChange *change);
void           _tautan_timeline_state_flags_changed (GtkWidget         *widget,
                                                     GtkStateFlags      previous_state);
gboolean       _tautan_timeline_query_tooltip       (GtkWidget         *widget,
                                                     int                x,
                                                     int                y,
                                                     gboolean           keyboard_tooltip,
                                                     GtkTooltip        *tooltip);

/* Half the width of a handle's grab area, in pixels. */
#define TAUTAN_TIMELINE_HANDLE_SLOP 6.0

void      _tautan_timeline_get_bars_area (TautanTimeline  *self,
                                          graphene_rect_t *area);
TautanTimeSpan _tautan_timeline_get_span  (TautanTimeline  *self);
guint     _tautan_timeline_get_n_bins     (TautanTimeline  *self);
/* For tests: the events the bars count, each weighing 1. */
double    _tautan_timeline_get_total      (TautanTimeline  *self);

G_END_DECLS
