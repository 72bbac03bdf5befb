/* tautan-presentation.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-presentation"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "tautan/tautan-count.h"
#include "tautan/tautan-filter.h"
#include "tautan/tautan-graph-view.h"
#include "tautan/tautan-presentation.h"
#include "tautan/tautan-quote-card.h"
#include "tautan/tautan-text.h"

/* Presentation mode: the session's saved views in order, one per slide.
 * It owns the slide number, the caption, the call-outs of the key quotes,
 * the glide of the time span between slides and the keys that step
 * through them. Going to a slide is the session's apply_view(): the
 * canvas, timeline and panel follow the session as always. */

#define MAX_CALLOUTS 3
#define SUMMARY_TYPES 4   /* event types named in the caption's summary */
#define CLEARANCE 24      /* pixels kept between the call-outs and the selection */
#define TRANSITION_USEC (700 * 1000)

struct _TautanPresentation
{
  GtkWidget           parent_instance;

  GtkWidget          *caption_box;
  GtkLabel           *caption_counter;
  GtkLabel           *caption_title;
  GtkLabel           *caption_span;
  GtkLabel           *caption_note;
  GtkLabel           *caption_summary;
  GtkWidget          *callout_box;
  GtkWidget          *graph_view;     /* weak: where the selection is drawn */
  guint               placement_id;   /* tick: the call-outs keep clear of it */

  /* The slide's saved camera, kept above the caption (frame_camera) */
  gboolean            has_camera;
  double              camera_zoom;
  double              camera_x;
  double              camera_y;
  int                 camera_inset;   /* the caption's height it was framed for */

  TautanSession      *session;
  GtkEventController *keys;           /* on the window while presenting */
  GtkWidget          *keys_root;

  int                 slide;          /* -1 when not presenting */
  guint               transition_id;
  gint64              transition_start;
  TautanTimeSpan      transition_from;
  TautanTimeSpan      transition_to;

  /* Per dataset event, whether the canvas shows it: kept all zero between
   * slides, so a slide costs what it shows, not the dataset's size. */
  guint8             *event_shown;
  guint               n_event_shown;
};

G_DEFINE_FINAL_TYPE (TautanPresentation, tautan_presentation, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_GRAPH_VIEW,
  PROP_ACTIVE,
  PROP_SLIDE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What the canvas shows of @slice: the session's composed filter, hidden
 * kinds and types, counted as the side panel counts them. */
static TautanSliceShown *
count_shown (TautanPresentation *self,
             TautanSlice        *slice)
{
  TautanTypeMask hidden_types;

  tautan_session_get_hidden_type_mask (self->session, &hidden_types);
  return tautan_filter_count_shown (tautan_session_get_filter (self->session), slice,
                                    tautan_session_get_hidden_kinds (self->session), &hidden_types, NULL);
}

/* The key quotes of a slide: those behind its selected actor or link,
 * of the events the canvas shows (or of no event). */
static void
fill_callouts (TautanPresentation *self)
{
  TautanSlice *slice = tautan_session_get_slice (self->session);
  TautanDataset *dataset = tautan_session_get_dataset (self->session);
  g_autoptr(GArray) quotes = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(TautanSliceShown) shown = count_shown (self, slice);
  guint n_events = tautan_dataset_get_n_events (dataset);
  guint entity = tautan_session_get_selected_entity (self->session);
  guint source, target, i = 0;
  guint8 *event_shown;

  if (self->n_event_shown < n_events)
    {
      g_free (self->event_shown);
      self->event_shown = g_new0 (guint8, n_events);
      self->n_event_shown = n_events;
    }
  event_shown = self->event_shown;
  for (guint k = 0; k < shown->events->len; k++)
    event_shown[g_array_index (shown->events, guint32, k)] = 1;

  if (entity != TAUTAN_NONE)
    {
      g_autoptr(GArray) q = tautan_slice_list_quotes (slice, entity);

      for (guint k = 0; k < q->len; k++)
        {
          TautanQuote quote;

          tautan_dataset_get_quote (dataset, g_array_index (q, guint32, k), &quote);
          if (quote.event == TAUTAN_NONE || event_shown[quote.event])
            g_array_append_val (quotes, g_array_index (q, guint32, k));
        }
    }
  else if (tautan_session_get_selected_edge (self->session, &source, &target))
    {
      g_autoptr(GArray) events = tautan_slice_list_events (slice, TAUTAN_NONE, source, target);
      g_autoptr(GArray) back = tautan_slice_list_events (slice, TAUTAN_NONE, target, source);

      /* A link is read both ways, as the briefing reads it. */
      if (source != target)
        g_array_append_vals (events, back->data, back->len);
      for (guint e = 0; e < events->len && quotes->len < MAX_CALLOUTS; e++)
        {
          TautanEvent event;

          if (!event_shown[g_array_index (events, guint32, e)])
            continue;
          tautan_dataset_get_event (dataset, g_array_index (events, guint32, e), &event);
          g_array_append_vals (quotes, event.quotes, event.n_quotes);
        }
    }

  for (GtkWidget *card = gtk_widget_get_first_child (self->callout_box); card != NULL;
       card = gtk_widget_get_next_sibling (card), i++)
    {
      gboolean visible = i < quotes->len;

      if (visible)
        tautan_quote_card_set_quote (TAUTAN_QUOTE_CARD (card), dataset, g_array_index (quotes, guint32, i));
      gtk_widget_set_visible (card, visible);
    }
  gtk_widget_set_visible (self->callout_box, quotes->len > 0);

  for (guint k = 0; k < shown->events->len; k++)
    event_shown[g_array_index (shown->events, guint32, k)] = 0;
}

/* The selection's box on screen, in the graph view's pixels (which are
 * the presentation's: both fill the same overlay). */
static gboolean
selection_bounds (TautanPresentation *self,
                  graphene_rect_t    *bounds)
{
  TautanScene *scene;
  guint entities[2] = { TAUTAN_NONE, TAUTAN_NONE };
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;
  gboolean any = FALSE;

  if (self->graph_view == NULL || self->session == NULL)
    return FALSE;
  entities[0] = tautan_session_get_selected_entity (self->session);
  if (entities[0] == TAUTAN_NONE && !tautan_session_get_selected_edge (self->session, &entities[0], &entities[1]))
    return FALSE;
  scene = tautan_graph_view_get_scene (TAUTAN_GRAPH_VIEW (self->graph_view));
  for (guint i = 0; i < G_N_ELEMENTS (entities) && scene != NULL; i++)
    {
      const TautanSceneNode *node = entities[i] != TAUTAN_NONE ? tautan_scene_find_node (scene, entities[i]) : NULL;

      if (node == NULL)
        continue;
      /* The node and its label. */
      x0 = MIN (x0, MIN (node->x - node->radius, node->label_visible ? node->label_x : G_MAXDOUBLE));
      y0 = MIN (y0, MIN (node->y - node->radius, node->label_visible ? node->label_y : G_MAXDOUBLE));
      x1 = MAX (x1, MAX (node->x + node->radius,
                         node->label_visible ? node->label_x + node->label_width : -G_MAXDOUBLE));
      y1 = MAX (y1, MAX (node->y + node->radius,
                         node->label_visible ? node->label_y + node->label_height : -G_MAXDOUBLE));
      any = TRUE;
    }
  if (!any)
    return FALSE;
  graphene_rect_init (bounds, x0 - CLEARANCE, y0 - CLEARANCE, x1 - x0 + 2 * CLEARANCE, y1 - y0 + 2 * CLEARANCE);
  return TRUE;
}

/* Where the call-outs would stand in a corner of a @width × @height area. */
static void
corner_rect (GtkWidget       *box,
             GtkAlign         halign,
             GtkAlign         valign,
             int              width,
             int              height,
             graphene_rect_t *rect)
{
  int w, h;

  gtk_widget_measure (box, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &w, NULL, NULL);
  gtk_widget_measure (box, GTK_ORIENTATION_VERTICAL, w, NULL, &h, NULL, NULL);
  w += gtk_widget_get_margin_start (box) + gtk_widget_get_margin_end (box);
  h += gtk_widget_get_margin_top (box) + gtk_widget_get_margin_bottom (box);
  graphene_rect_init (rect, halign == GTK_ALIGN_START ? 0 : width - w, valign == GTK_ALIGN_START ? 0 : height - h,
                      w, h);
}

/* A slide's saved camera showed a rectangle of the canvas; the caption
 * covers the canvas's bottom, so the camera zooms out and moves down
 * until that whole rectangle shows above the caption (as a fit frames
 * the graph above it). Done again only when the caption's height
 * changes, so a camera the presenter moves stays where they put it. */
static void
frame_camera (TautanPresentation *self,
              int                 inset)
{
  double height, zoom;

  if (!self->has_camera || self->graph_view == NULL)
    return;
  height = gtk_widget_get_height (self->graph_view);
  if (height <= 0)
    return;
  /* as the fit, never more than half the canvas */
  inset = CLAMP (inset, 0, (int)height / 2);
  if (inset == self->camera_inset)
    return;
  self->camera_inset = inset;
  zoom = self->camera_zoom * (height - inset) / height;
  tautan_graph_view_set_camera (TAUTAN_GRAPH_VIEW (self->graph_view), zoom, self->camera_x,
                                self->camera_y + inset / 2.0 / zoom, TRUE);
}

/* The call-outs go to the corner clear of the selected nodes (the caption
 * holds the bottom left): the first that is clear, else the one farthest
 * from the selection. */
static void
place_callouts (TautanPresentation *self)
{
  static const GtkAlign corners[][2] = {
    { GTK_ALIGN_END, GTK_ALIGN_START },     /* top right: where they are read first */
    { GTK_ALIGN_START, GTK_ALIGN_START },
    { GTK_ALIGN_END, GTK_ALIGN_END },
  };
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  graphene_rect_t selection, below;
  gboolean has_caption;
  guint best = 0;
  double best_distance = -1;

  /* A corner whose call-outs would reach down over the caption is no
   * place for them (a tall column on the left). */
  has_caption = gtk_widget_get_visible (self->caption_box) &&
                gtk_widget_compute_bounds (self->caption_box, GTK_WIDGET (self), &below);
  if (!gtk_widget_get_visible (self->callout_box) || width <= 0 || !selection_bounds (self, &selection))
    best = 0;
  else
    for (guint i = 0; i < G_N_ELEMENTS (corners); i++)
      {
        graphene_rect_t rect;
        graphene_point_t a, b;
        double distance;

        corner_rect (self->callout_box, corners[i][0], corners[i][1], width, height, &rect);
        if (has_caption && graphene_rect_intersection (&rect, &below, NULL))
          continue;
        if (!graphene_rect_intersection (&rect, &selection, NULL))
          {
            best = i;
            break;
          }
        graphene_rect_get_center (&rect, &a);
        graphene_rect_get_center (&selection, &b);
        distance = graphene_point_distance (&a, &b, NULL, NULL);
        if (distance > best_distance)
          {
            best_distance = distance;
            best = i;
          }
      }
  /* A fit frames the graph above the caption, which covers the bottom. */
  if (self->graph_view != NULL && gtk_widget_get_visible (self->caption_box))
    {
      graphene_rect_t caption;

      if (gtk_widget_compute_bounds (self->caption_box, self->graph_view, &caption))
        {
          int inset = gtk_widget_get_height (self->graph_view) - (int)caption.origin.y;

          tautan_graph_view_set_fit_inset_bottom (TAUTAN_GRAPH_VIEW (self->graph_view), inset);
          frame_camera (self, inset);
        }
    }
  if (gtk_widget_get_halign (self->callout_box) != corners[best][0])
    gtk_widget_set_halign (self->callout_box, corners[best][0]);
  if (gtk_widget_get_valign (self->callout_box) != corners[best][1])
    gtk_widget_set_valign (self->callout_box, corners[best][1]);
}

/* The camera glides and nodes settle: the place is checked each frame
 * while presenting, and changed only when the selection moves under it. */
static gboolean
placement_tick_cb (GtkWidget     *widget,
                   GdkFrameClock *clock,
                   gpointer       user_data)
{
  place_callouts (TAUTAN_PRESENTATION (widget));
  return G_SOURCE_CONTINUE;
}

/* "14 events: Support or praise 6, Meet, visit or host 4, …" for the
 * slide's window, counted as the canvas shows them (the composed filter,
 * hidden types and kinds left out), as the side panel counts them. */
static void
update_summary (TautanPresentation   *self,
                const TautanTimeSpan *span,
                gboolean              cumulative)
{
  TautanDataset *dataset = tautan_session_get_dataset (self->session);
  TautanTaxonomy *taxonomy = tautan_dataset_get_taxonomy (dataset);
  guint n_types = tautan_taxonomy_get_n_types (taxonomy);
  g_autoptr(TautanSlice) slice = tautan_slice_new (dataset, span, cumulative);
  g_autoptr(TautanSliceShown) shown = NULL;
  g_autofree guint *counts = g_new0 (guint, MAX (n_types, 1));
  g_autoptr(GString) text = g_string_new (NULL);
  guint total = 0;

  shown = count_shown (self, slice);
  for (guint i = 0; i < shown->events->len; i++)
    {
      TautanEvent e;

      tautan_dataset_get_event (dataset, g_array_index (shown->events, guint32, i), &e);
      if (e.type < n_types)
        {
          counts[e.type]++;
          total++;
        }
    }
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%s event", "%s events", total), tautan_count_format (total));
  for (guint k = 0; k < SUMMARY_TYPES; k++)
    {
      guint top = G_MAXUINT;

      for (guint t = 0; t < n_types; t++)
        if (counts[t] > 0 && (top == G_MAXUINT || counts[t] > counts[top]))
          top = t;
      if (top == G_MAXUINT)
        break;
      /* TRANSLATORS: an event type and how many events of it a slide shows */
      g_string_append_printf (text, k == 0 ? _(": %s %s") : _(", %s %s"),
                              tautan_taxonomy_get_event_type (taxonomy, top)->label, tautan_count_format (counts[top]));
      counts[top] = 0;
    }
  for (guint t = 0; t < n_types; t++)
    if (counts[t] > 0)
      {
        g_string_append (text, _(", …"));
        break;
      }
  gtk_label_set_text (self->caption_summary, text->str);
}

static void
stop_transition (TautanPresentation *self)
{
  if (self->transition_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->transition_id);
      self->transition_id = 0;
      tautan_session_set_span (self->session, &self->transition_to);
    }
}

/* Time spans glide between slides: days are interpolated per frame, by
 * the time elapsed. */
static gboolean
transition_tick_cb (GtkWidget     *widget,
                    GdkFrameClock *clock,
                    gpointer       user_data)
{
  TautanPresentation *self = TAUTAN_PRESENTATION (widget);
  gint64 now = gdk_frame_clock_get_frame_time (clock);
  double t, e;
  TautanTimeSpan span;

  if (self->transition_start == 0)
    self->transition_start = now;
  t = MIN (1.0, (double)(now - self->transition_start) / TRANSITION_USEC);
  e = t < 0.5 ? 2 * t * t : 1 - 2 * (1 - t) * (1 - t);
  span.from = self->transition_from.from + (TautanDay)((self->transition_to.from - self->transition_from.from) * e);
  span.to = self->transition_from.to + (TautanDay)((self->transition_to.to - self->transition_from.to) * e);
  tautan_session_set_span (self->session, &span);

  if (t >= 1.0)
    {
      self->transition_id = 0;
      fill_callouts (self);
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

static gboolean
key_pressed_cb (TautanPresentation    *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  if (self->slide < 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Right: case GDK_KEY_Down: case GDK_KEY_Page_Down: case GDK_KEY_space: case GDK_KEY_Return:
      tautan_presentation_show_slide (self, self->slide + 1);
      return TRUE;
    case GDK_KEY_Left: case GDK_KEY_Up: case GDK_KEY_Page_Up: case GDK_KEY_BackSpace:
      tautan_presentation_show_slide (self, self->slide - 1);
      return TRUE;
    case GDK_KEY_Home:
      tautan_presentation_show_slide (self, 0);
      return TRUE;
    case GDK_KEY_End:
      tautan_presentation_show_slide (self, G_MAXINT);
      return TRUE;
    case GDK_KEY_Escape:
      tautan_presentation_stop (self);
      return TRUE;
    default:
      return FALSE;
    }
}

static void
remove_keys (TautanPresentation *self)
{
  if (self->keys_root != NULL)
    {
      gtk_widget_remove_controller (self->keys_root, self->keys);
      g_clear_weak_pointer (&self->keys_root);
    }
}

static void
tautan_presentation_unroot (GtkWidget *widget)
{
  TautanPresentation *self = TAUTAN_PRESENTATION (widget);

  remove_keys (self);
  GTK_WIDGET_CLASS (tautan_presentation_parent_class)->unroot (widget);
}

static void
tautan_presentation_dispose (GObject *object)
{
  TautanPresentation *self = (TautanPresentation *)object;
  GtkWidget *child;

  remove_keys (self);
  g_clear_object (&self->keys);
  g_clear_weak_pointer (&self->graph_view);
  gtk_widget_dispose_template (GTK_WIDGET (self), TAUTAN_TYPE_PRESENTATION);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->session);
  g_clear_pointer (&self->event_shown, g_free);
  self->n_event_shown = 0;

  G_OBJECT_CLASS (tautan_presentation_parent_class)->dispose (object);
}

static void
tautan_presentation_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  TautanPresentation *self = TAUTAN_PRESENTATION (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_GRAPH_VIEW:
      g_value_set_object (value, self->graph_view);
      break;
    case PROP_ACTIVE:
      g_value_set_boolean (value, self->slide >= 0);
      break;
    case PROP_SLIDE:
      g_value_set_int (value, self->slide);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tautan_presentation_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  TautanPresentation *self = TAUTAN_PRESENTATION (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      tautan_presentation_set_session (self, g_value_get_object (value));
      break;
    case PROP_GRAPH_VIEW:
      g_set_weak_pointer (&self->graph_view, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tautan_presentation_class_init (TautanPresentationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tautan_presentation_dispose;
  object_class->get_property = tautan_presentation_get_property;
  object_class->set_property = tautan_presentation_set_property;
  widget_class->unroot = tautan_presentation_unroot;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, TAUTAN_TYPE_SESSION,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /* The canvas under the slides, so call-outs keep clear of its selection. */
  properties[PROP_GRAPH_VIEW] =
    g_param_spec_object ("graph-view", NULL, NULL, GTK_TYPE_WIDGET,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SLIDE] =
    g_param_spec_int ("slide", NULL, NULL, -1, G_MAXINT, -1,
                      (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/tautan-presentation.ui");
  gtk_widget_class_bind_template_child (widget_class, TautanPresentation, caption_box);
  gtk_widget_class_bind_template_child (widget_class, TautanPresentation, caption_counter);
  gtk_widget_class_bind_template_child (widget_class, TautanPresentation, caption_title);
  gtk_widget_class_bind_template_child (widget_class, TautanPresentation, caption_span);
  gtk_widget_class_bind_template_child (widget_class, TautanPresentation, caption_note);
  gtk_widget_class_bind_template_child (widget_class, TautanPresentation, caption_summary);
  gtk_widget_class_bind_template_child (widget_class, TautanPresentation, callout_box);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "presentation");

  g_type_ensure (TAUTAN_TYPE_QUOTE_CARD);
}

static void
tautan_presentation_init (TautanPresentation *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->slide = -1;
  /* Capture phase, on the window: arrows step slides, not nodes. */
  self->keys = g_object_ref_sink (gtk_event_controller_key_new ());
  gtk_event_controller_set_propagation_phase (self->keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (self->keys, "key-pressed", G_CALLBACK (key_pressed_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
tautan_presentation_new (void)
{
  return g_object_new (TAUTAN_TYPE_PRESENTATION, NULL);
}

/**
 * tautan_presentation_get_session:
 *
 * Returns: (transfer none) (nullable): the session presented
 */
TautanSession *
tautan_presentation_get_session (TautanPresentation *self)
{
  g_return_val_if_fail (TAUTAN_IS_PRESENTATION (self), NULL);
  return self->session;
}

void
tautan_presentation_set_session (TautanPresentation *self,
                                 TautanSession      *session)
{
  g_return_if_fail (TAUTAN_IS_PRESENTATION (self));
  g_return_if_fail (session == NULL || TAUTAN_IS_SESSION (session));

  if (self->session == session)
    return;
  tautan_presentation_stop (self);
  g_set_object (&self->session, session);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

gboolean
tautan_presentation_get_active (TautanPresentation *self)
{
  g_return_val_if_fail (TAUTAN_IS_PRESENTATION (self), FALSE);
  return self->slide >= 0;
}

int
tautan_presentation_get_slide (TautanPresentation *self)
{
  g_return_val_if_fail (TAUTAN_IS_PRESENTATION (self), -1);
  return self->slide;
}

/**
 * tautan_presentation_show_slide:
 * @slide: the saved view to show, clamped to those there are
 *
 * Goes to a view: its span glides from the present one unless
 * animations are off, then its key quotes are called out.
 */
void
tautan_presentation_show_slide (TautanPresentation *self,
                                int                 slide)
{
  GListModel *views;
  g_autoptr(TautanSavedView) view = NULL;
  g_autofree char *counter = NULL;
  g_autofree char *range = NULL;
  g_autofree char *title = NULL;
  g_autofree char *note = NULL;
  TautanTimeSpan from, to;
  gboolean was_active;
  guint n;

  g_return_if_fail (TAUTAN_IS_PRESENTATION (self));

  if (self->session == NULL)
    return;
  views = tautan_session_get_views (self->session);
  n = g_list_model_get_n_items (views);
  if (n == 0)
    return;

  was_active = self->slide >= 0;
  slide = CLAMP (slide, 0, (int)n - 1);
  if (slide == self->slide && self->transition_id == 0)
    return;
  self->slide = slide;
  view = g_list_model_get_item (views, (guint)slide);

  /* A transition still running belongs to the previous slide. */
  if (self->transition_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->transition_id);
      self->transition_id = 0;
    }

  from = tautan_session_get_span (self->session);
  tautan_session_apply_view (self->session, view);
  to = tautan_session_get_span (self->session);
  /* framed above the caption by place_callouts(), below */
  self->has_camera = tautan_saved_view_has_camera (view);
  if (self->has_camera)
    tautan_saved_view_get_camera (view, &self->camera_zoom, &self->camera_x, &self->camera_y);
  self->camera_inset = -1;

  title = tautan_text_shorten (tautan_saved_view_get_title (view) ? tautan_saved_view_get_title (view)
                                                                 : tautan_saved_view_get_name (view),
                               TAUTAN_TEXT_MAX_NAME);
  note = tautan_text_shorten (tautan_saved_view_get_note (view), TAUTAN_TEXT_MAX_PROSE);
  counter = g_strdup_printf (_("View %d of %u"), slide + 1, n);
  range = tautan_text_format_span (&to);
  gtk_label_set_text (self->caption_counter, counter);
  gtk_label_set_text (self->caption_title, title);
  if (tautan_saved_view_get_cumulative (view))
    {
      /* Cumulative: everything up to the end day, which alone is said. */
      g_autofree char *end = tautan_text_format_day (to.to);
      g_autofree char *text = g_strdup_printf (_("Up to %s"), end);

      gtk_label_set_text (self->caption_span, text);
    }
  else
    gtk_label_set_text (self->caption_span, range);
  gtk_label_set_text (self->caption_note, note);
  gtk_widget_set_visible (GTK_WIDGET (self->caption_note), *note != '\0');
  update_summary (self, &to, tautan_saved_view_get_cumulative (view));
  fill_callouts (self);
  place_callouts (self);

  /* Glide from where the span was, unless animations are off. */
  if (adw_get_enable_animations (GTK_WIDGET (self)) && gtk_widget_get_mapped (GTK_WIDGET (self)) &&
      !tautan_time_span_equal (&from, &to))
    {
      self->transition_from = from;
      self->transition_to = to;
      self->transition_start = 0;
      tautan_session_set_span (self->session, &from);
      self->transition_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), transition_tick_cb, NULL, NULL);
    }

  if (!was_active)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SLIDE]);
}

/**
 * tautan_presentation_start:
 *
 * Shows the first saved view, with the keys that step through them.
 *
 * Returns: %FALSE if there is no saved view to present
 */
gboolean
tautan_presentation_start (TautanPresentation *self)
{
  GtkWidget *root;

  g_return_val_if_fail (TAUTAN_IS_PRESENTATION (self), FALSE);

  if (self->session == NULL || g_list_model_get_n_items (tautan_session_get_views (self->session)) == 0)
    return FALSE;
  if (self->slide >= 0)
    return TRUE;

  root = GTK_WIDGET (gtk_widget_get_root (GTK_WIDGET (self)));
  if (root != NULL && self->keys_root == NULL)
    {
      gtk_widget_add_controller (root, g_object_ref (self->keys));
      g_set_weak_pointer (&self->keys_root, root);
    }
  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
  if (self->placement_id == 0)
    self->placement_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), placement_tick_cb, NULL, NULL);
  tautan_presentation_show_slide (self, 0);
  return TRUE;
}

void
tautan_presentation_stop (TautanPresentation *self)
{
  g_return_if_fail (TAUTAN_IS_PRESENTATION (self));

  if (self->slide < 0)
    return;

  stop_transition (self);
  remove_keys (self);
  if (self->placement_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->placement_id);
      self->placement_id = 0;
    }
  self->slide = -1;
  self->has_camera = FALSE;
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  if (self->graph_view != NULL)
    tautan_graph_view_set_fit_inset_bottom (TAUTAN_GRAPH_VIEW (self->graph_view), 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SLIDE]);
}
