/* tautan-search-results.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-search-results"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "tautan/tautan-count.h"
#include "tautan/tautan-filter.h"
#include "tautan/tautan-search-index.h"
#include "tautan/tautan-search-results.h"
#include "tautan/tautan-slice.h"
#include "tautan/tautan-text.h"

/* The list under the search entry: "korea" gives North Korea, South Korea
 * and the ministries, each with how many events it has in the period, so
 * an actor found outside the period says so. Choosing one selects it at
 * once and keeps the window; one outside it moves the window, as long as
 * before, to its nearest event the canvas draws, once the selection is on
 * screen (a big window costs a while to count), and a toast says so. One
 * the filters hide (its kind, its events' types, status, outlet, …) keeps
 * the window: a toast says why, with a button that clears what hides it.
 * The dataset's shared search index is built on the first query. */

#define MAX_HITS 8

struct _TautanSearchResults
{
  GtkWidget          parent_instance;

  GtkListBox        *list;
  GtkLabel          *status;

  TautanSession     *session;
  GArray            *hits;      /* guint entity, in the order shown */

  /* Each actor's events as the canvas shows the window (filters and
   * hidden kinds and types applied), counted once per window and filters. */
  TautanSlice       *counted_slice;
  TautanFilter      *counted_filter;
  guint32            counted_kinds;
  TautanTypeMask     counted_types;
  guint32           *counts;

  /* A window move waiting for the frame that shows the selection. */
  GdkFrameClock     *move_clock;
  gulong             move_handler;
  TautanSession     *move_session;
  guint              move_entity;
  TautanTimeSpan     move_span;

  char              *last_toast;
};

G_DEFINE_FINAL_TYPE (TautanSearchResults, tautan_search_results, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
clear_counts (TautanSearchResults *self)
{
  g_clear_object (&self->counted_slice);
  g_clear_pointer (&self->counted_filter, tautan_filter_unref);
  g_clear_pointer (&self->counts, g_free);
}

/* @entity's events in the window as the canvas shows it: "14 events in
 * this period" for an actor the filter leaves at one would mislead, and
 * choosing one the canvas does not draw must move the window. */
static guint
count_in_period (TautanSearchResults *self,
                 guint                entity)
{
  TautanSlice *slice = tautan_session_get_slice (self->session);
  TautanFilter *filter = tautan_session_get_filter (self->session);
  guint32 kinds = tautan_session_get_hidden_kinds (self->session);
  TautanTypeMask types;

  if (slice == NULL)
    return 0;
  tautan_session_get_hidden_type_mask (self->session, &types);
  if (self->counts == NULL || slice != self->counted_slice || !tautan_filter_equal (filter, self->counted_filter) ||
      kinds != self->counted_kinds || memcmp (&types, &self->counted_types, sizeof types) != 0)
    {
      g_autoptr(TautanSliceShown) shown = tautan_filter_count_shown (filter, slice, kinds, &types, NULL);
      guint n = tautan_dataset_get_n_entities (tautan_slice_get_dataset (slice));

      clear_counts (self);
      self->counted_slice = g_object_ref (slice);
      self->counted_filter = tautan_filter_ref (filter);
      self->counted_kinds = kinds;
      self->counted_types = types;
      self->counts = g_new0 (guint32, MAX (n, 1));
      for (guint i = 0; i < shown->entities->len; i++)
        {
          const TautanSliceEntity *e = &g_array_index (shown->entities, TautanSliceEntity, i);

          if (e->entity < n)
            self->counts[e->entity] = e->count;
        }
    }
  return entity < tautan_dataset_get_n_entities (tautan_slice_get_dataset (slice)) ? self->counts[entity] : 0;
}

static GtkWidget *
make_row (TautanSearchResults *self,
          guint                entity)
{
  TautanDataset *dataset = tautan_session_get_dataset (self->session);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name, *detail;
  g_autofree char *shown = NULL;
  g_autofree char *line = NULL;
  guint count = count_in_period (self, entity);
  guint total = tautan_dataset_get_entity_n_events (dataset, entity);
  TautanEntity e;

  tautan_dataset_get_entity (dataset, entity, &e);
  shown = tautan_text_shorten (e.name, TAUTAN_TEXT_MAX_NAME);
  if (count > 0)
    line = g_strdup_printf (g_dngettext (NULL, "%s · %s event in this period", "%s · %s events in this period",
                                         count),
                            tautan_entity_kind_label (e.kind), tautan_count_format (count));
  else if (total > 0 && tautan_session_get_kind_hidden (self->session, e.kind))
    /* TRANSLATORS: an actor found by the search whose kind the legend
     * hides; choosing it offers to show it. */
    line = g_strdup_printf (_("%s · hidden by the filter"), tautan_entity_kind_label (e.kind));
  else if (total == 0)
    /* TRANSLATORS: an actor that only speaks or relays, in no event. */
    line = g_strdup_printf (_("%s · in no event (quoted or relaying only)"), tautan_entity_kind_label (e.kind));
  else
    /* TRANSLATORS: an actor found by the search with no event in the
     * period shown; choosing it moves the period to its nearest event. */
    line = g_strdup_printf (_("%s · none in this period: choosing it moves the period"),
                            tautan_entity_kind_label (e.kind));

  name = gtk_label_new (shown);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (name, "heading");
  detail = gtk_label_new (line);
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_label_set_wrap (GTK_LABEL (detail), TRUE);
  gtk_widget_add_css_class (detail, "caption");
  /* Only an actor that choosing will widen the period for stands out. */
  gtk_widget_add_css_class (detail, count > 0 || total == 0 ? "dim-label" : "warning");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), detail);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_tooltip_text (row, e.name);
  return row;
}

static void
clear_rows (TautanSearchResults *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  g_array_set_size (self->hits, 0);
}

void
tautan_search_results_set_query (TautanSearchResults *self,
                                 const char          *text)
{
  g_autoptr(GArray) found = NULL;
  TautanDataset *dataset;

  g_return_if_fail (TAUTAN_IS_SEARCH_RESULTS (self));

  clear_rows (self);
  if (self->session == NULL || text == NULL || *text == '\0')
    {
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      return;
    }

  dataset = tautan_session_get_dataset (self->session);

  /* Among equally good matches, the busier actor first ("korea": North
   * Korea before South Korea). */
  found = tautan_search_index_query_busiest (tautan_search_index_get_shared (dataset), text, MAX_HITS);
  for (guint i = 0; i < found->len; i++)
    {
      const TautanSearchHit *hit = &g_array_index (found, TautanSearchHit, i);

      g_array_append_val (self->hits, hit->entity);
      gtk_list_box_append (self->list, make_row (self, hit->entity));
    }

  gtk_widget_set_visible (GTK_WIDGET (self->list), found->len > 0);
  if (found->len == 0)
    {
      g_autofree char *message = g_strdup_printf (_("No actor’s name or alias contains “%s”"), text);

      gtk_label_set_text (self->status, message);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->status), found->len == 0);
  if (found->len > 0)
    gtk_list_box_select_row (self->list, gtk_list_box_get_row_at_index (self->list, 0));
  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
}

guint
tautan_search_results_get_n_hits (TautanSearchResults *self)
{
  g_return_val_if_fail (TAUTAN_IS_SEARCH_RESULTS (self), 0);

  return self->hits->len;
}

guint
tautan_search_results_get_hit (TautanSearchResults *self,
                               guint                index)
{
  g_return_val_if_fail (TAUTAN_IS_SEARCH_RESULTS (self), TAUTAN_NONE);
  g_return_val_if_fail (index < self->hits->len, TAUTAN_NONE);

  return g_array_index (self->hits, guint, index);
}

void
tautan_search_results_move (TautanSearchResults *self,
                            int                  delta)
{
  GtkListBoxRow *row;
  int at;

  g_return_if_fail (TAUTAN_IS_SEARCH_RESULTS (self));

  if (self->hits->len == 0)
    return;
  row = gtk_list_box_get_selected_row (self->list);
  at = row != NULL ? gtk_list_box_row_get_index (row) : -1;
  at = CLAMP (at + delta, 0, (int)self->hits->len - 1);
  gtk_list_box_select_row (self->list, gtk_list_box_get_row_at_index (self->list, at));
}

/* The window as long as @span around the event of @entity nearest it
 * that the canvas would draw @entity for: one that passes @filter, of a
 * shown type, with @entity and an actor or target it is linked with of
 * shown kinds (tautan_event_shown()). FALSE when there is none. */
static gboolean
window_around_nearest (TautanDataset        *dataset,
                       guint                 entity,
                       const TautanFilter   *filter,
                       guint32               hidden_kinds,
                       const TautanTypeMask *hidden_types,
                       const TautanTimeSpan *span,
                       TautanTimeSpan       *moved)
{
  TautanTimeSpan data = tautan_dataset_get_span (dataset);
  gint64 best = G_MAXINT64, length = (gint64)span->to - span->from;
  g_autofree guint8 *passes = NULL;
  g_autofree guint8 *kind_cache = g_new0 (guint8, MAX (tautan_dataset_get_n_entities (dataset), 1));
  g_autofree guint8 *entity_shown = g_new0 (guint8, MAX (tautan_dataset_get_n_entities (dataset), 1));
  TautanDay at = 0;

  if (!tautan_filter_is_empty (filter))
    {
      g_autoptr(GArray) events = tautan_filter_list_events (filter, dataset, NULL);

      passes = g_new0 (guint8, MAX (tautan_dataset_get_n_events (dataset), 1));
      for (guint i = 0; i < events->len; i++)
        passes[g_array_index (events, guint, i)] = 1;
    }

  for (guint i = 0; i < tautan_dataset_get_n_events (dataset); i++)
    {
      TautanEventLinks links;
      TautanEvent ev;
      gboolean takes_part = FALSE;
      gint64 distance;

      if (passes != NULL && !passes[i])
        continue;
      /* the links first: a million events are read without their strings */
      tautan_dataset_get_event_links (dataset, i, &links);
      for (guint a = 0; a < links.n_actors && !takes_part; a++)
        takes_part = links.actors[a] == entity;
      for (guint t = 0; t < links.n_targets && !takes_part; t++)
        takes_part = links.targets[t] == entity;
      if (!takes_part)
        continue;
      tautan_dataset_get_event (dataset, i, &ev);
      entity_shown[entity] = 0;
      if (!tautan_event_shown (dataset, &ev, hidden_kinds, hidden_types, kind_cache, entity_shown) ||
          !entity_shown[entity])
        continue;
      distance = ev.end < span->from ? (gint64)span->from - ev.end : ev.start > span->to ? (gint64)ev.start - span->to : 0;
      if (distance < best)
        {
          best = distance;
          /* its day nearest the window */
          at = ev.end < span->from ? ev.end : ev.start > span->to ? ev.start : MAX (ev.start, span->from);
        }
    }
  if (best == G_MAXINT64)
    return FALSE;

  /* Centred on it, shifted back inside the data, as long as before. */
  moved->from = (TautanDay)MAX ((gint64)at - length / 2, (gint64)data.from);
  moved->to = (TautanDay)MIN ((gint64)moved->from + length, (gint64)data.to);
  moved->from = (TautanDay)MAX ((gint64)moved->to - length, (gint64)data.from);
  return TRUE;
}

/* Whether the canvas draws @entity in @span, as the side panel counts it
 * (a link below the filter's minimum weight is not drawn). */
static gboolean
drawn_in (TautanSearchResults  *self,
          guint                 entity,
          const TautanTimeSpan *span)
{
  TautanDataset *dataset = tautan_session_get_dataset (self->session);
  g_autoptr(TautanSlice) slice = tautan_slice_new (dataset, span, tautan_session_get_cumulative (self->session));
  g_autoptr(TautanSliceShown) shown = NULL;
  TautanTypeMask types;

  tautan_session_get_hidden_type_mask (self->session, &types);
  shown = tautan_filter_count_shown (tautan_session_get_filter (self->session), slice,
                                     tautan_session_get_hidden_kinds (self->session), &types, NULL);
  for (guint i = 0; i < shown->entities->len; i++)
    if (g_array_index (shown->entities, TautanSliceEntity, i).entity == entity)
      return TRUE;
  return FALSE;
}

typedef enum
{
  REACH_HERE,        /* drawn in the window */
  REACH_ELSEWHERE,   /* drawn in another window, of the same length */
  REACH_HIDDEN,      /* drawn in none: hidden by a filter */
  REACH_NOWHERE,     /* in no event at all */
} Reach;

static Reach
reach (TautanSearchResults *self,
       guint                entity,
       TautanTimeSpan      *moved)
{
  TautanDataset *dataset = tautan_session_get_dataset (self->session);
  TautanTimeSpan span = tautan_session_get_span (self->session);
  TautanTypeMask types;

  if (count_in_period (self, entity) > 0)
    return REACH_HERE;
  if (tautan_dataset_get_entity_n_events (dataset, entity) == 0)
    return REACH_NOWHERE;
  tautan_session_get_hidden_type_mask (self->session, &types);
  if (!window_around_nearest (dataset, entity, tautan_session_get_filter (self->session),
                              tautan_session_get_hidden_kinds (self->session), &types, &span, moved) ||
      !drawn_in (self, entity, moved))
    return REACH_HIDDEN;
  return REACH_ELSEWHERE;
}

/* Says why choosing @entity shows nothing, with a button that clears
 * what hides it (tautan_search_results_reveal()). */
static void
toast_hidden (TautanSearchResults *self,
              guint                entity)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;
  AdwToast *toast;
  TautanEntity e;

  tautan_dataset_get_entity (tautan_session_get_dataset (self->session), entity, &e);
  name = tautan_text_shorten (e.name, TAUTAN_TEXT_MAX_NAME);
  /* TRANSLATORS: an actor chosen in the search that the canvas does not
   * draw with the filters (hidden kinds, types, status, outlet, …) set */
  text = g_strdup_printf (_("%s is hidden by the filter"), name);
  g_free (self->last_toast);
  self->last_toast = g_strdup (text);
  if (overlay == NULL)
    return;
  toast = adw_toast_new (text);
  adw_toast_set_button_label (toast, _("_Show"));
  adw_toast_set_action_name (toast, "explorer.reveal-entity");
  adw_toast_set_action_target_value (toast, g_variant_new_uint32 (entity));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

static void
cancel_move (TautanSearchResults *self)
{
  /* a clock disposed with its surface (the window closing) has dropped
   * its handlers already */
  if (self->move_clock != NULL && self->move_handler != 0 &&
      g_signal_handler_is_connected (self->move_clock, self->move_handler))
    g_signal_handler_disconnect (self->move_clock, self->move_handler);
  self->move_handler = 0;
  g_clear_object (&self->move_clock);
  g_clear_object (&self->move_session);
}

/* The chosen actor's selection is on screen: the window moves to it. */
static void
move_window (TautanSearchResults *self)
{
  g_autoptr(TautanSession) session = g_steal_pointer (&self->move_session);
  TautanTimeSpan span = self->move_span;
  guint entity = self->move_entity;
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *when = NULL;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;
  TautanEntity e;

  cancel_move (self);
  if (session == NULL || session != self->session)
    return;
  tautan_session_set_span (session, &span);
  span = tautan_session_get_span (session);
  gtk_widget_activate_action (GTK_WIDGET (self), "explorer.select-entity", "u", entity);

  tautan_dataset_get_entity (tautan_session_get_dataset (session), entity, &e);
  name = tautan_text_shorten (e.name, TAUTAN_TEXT_MAX_NAME);
  when = tautan_text_format_span (&span);
  /* TRANSLATORS: the time window moved to show an actor chosen in the search: "Time window moved to 2019 to show Donald Trump" */
  text = g_strdup_printf (_("Time window moved to %s to show %s"), when, name);
  g_free (self->last_toast);
  self->last_toast = g_strdup (text);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (text));
}

static void
after_paint_cb (GdkFrameClock       *clock,
                TautanSearchResults *self)
{
  move_window (self);
}

/* Selects @entity and shows it: in the window, by moving the window to
 * its nearest drawn event once the selection is on screen, or, when the
 * filters hide it, by saying so; never a silent move that shows nothing. */
static void
choose_entity (TautanSearchResults *self,
               guint                entity)
{
  TautanTimeSpan moved;

  cancel_move (self);
  switch (reach (self, entity, &moved))
    {
    case REACH_HIDDEN:
      toast_hidden (self, entity);
      return;
    case REACH_HERE:
    case REACH_NOWHERE:
      /* Selected at once: the heading names it in the next frame. */
      gtk_widget_activate_action (GTK_WIDGET (self), "explorer.select-entity", "u", entity);
      return;
    case REACH_ELSEWHERE:
    default:
      break;
    }

  gtk_widget_activate_action (GTK_WIDGET (self), "explorer.select-entity", "u", entity);
  self->move_session = g_object_ref (self->session);
  self->move_entity = entity;
  self->move_span = moved;
  if (gtk_widget_get_frame_clock (GTK_WIDGET (self)) == NULL)
    {
      move_window (self);
      return;
    }
  self->move_clock = g_object_ref (gtk_widget_get_frame_clock (GTK_WIDGET (self)));
  self->move_handler = g_signal_connect (self->move_clock, "after-paint", G_CALLBACK (after_paint_cb), self);
  gdk_frame_clock_request_phase (self->move_clock, GDK_FRAME_CLOCK_PHASE_PAINT);
}

static gboolean
choose (TautanSearchResults *self,
        guint                index)
{
  if (self->session == NULL || index >= self->hits->len)
    return FALSE;

  choose_entity (self, g_array_index (self->hits, guint, index));
  return TRUE;
}

/**
 * tautan_search_results_reveal:
 * @entity: an entity the filters hide
 *
 * Clears what hides @entity, one undoable step: its kind, then the
 * composed filter, then the hidden event types, each only when what
 * came before was not enough; then shows it as choosing it does.
 */
void
tautan_search_results_reveal (TautanSearchResults *self,
                              guint                entity)
{
  TautanDataset *dataset;
  TautanTimeSpan moved;
  TautanEntity e;

  g_return_if_fail (TAUTAN_IS_SEARCH_RESULTS (self));

  if (self->session == NULL)
    return;
  dataset = tautan_session_get_dataset (self->session);
  if (entity >= tautan_dataset_get_n_entities (dataset))
    return;
  tautan_dataset_get_entity (dataset, entity, &e);

  tautan_session_begin_edit (self->session);
  if (reach (self, entity, &moved) == REACH_HIDDEN && tautan_session_get_kind_hidden (self->session, e.kind))
    tautan_session_set_kind_hidden (self->session, e.kind, FALSE);
  if (reach (self, entity, &moved) == REACH_HIDDEN)
    {
      g_autoptr(TautanFilter) empty = tautan_filter_new ();

      tautan_session_set_filter (self->session, empty);
    }
  if (reach (self, entity, &moved) == REACH_HIDDEN)
    tautan_session_set_hidden_types (self->session, NULL);
  tautan_session_end_edit (self->session);

  choose_entity (self, entity);
}

/* The text of the last toast choosing an actor made, for tests. */
const char *
tautan_search_results_get_last_toast (TautanSearchResults *self)
{
  g_return_val_if_fail (TAUTAN_IS_SEARCH_RESULTS (self), NULL);

  return self->last_toast;
}

gboolean
tautan_search_results_activate (TautanSearchResults *self)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (TAUTAN_IS_SEARCH_RESULTS (self), FALSE);

  row = gtk_list_box_get_selected_row (self->list);
  return choose (self, row != NULL ? (guint)gtk_list_box_row_get_index (row) : 0);
}

static void
row_activated_cb (TautanSearchResults *self,
                  GtkListBoxRow       *row)
{
  if (choose (self, (guint)gtk_list_box_row_get_index (row)))
    gtk_widget_activate_action (GTK_WIDGET (self), "explorer.search-done", NULL);
}

static void
tautan_search_results_dispose (GObject *object)
{
  TautanSearchResults *self = (TautanSearchResults *)object;

  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  cancel_move (self);
  clear_counts (self);
  g_clear_object (&self->session);
  g_clear_pointer (&self->hits, g_array_unref);
  g_clear_pointer (&self->last_toast, g_free);

  G_OBJECT_CLASS (tautan_search_results_parent_class)->dispose (object);
}

static void
tautan_search_results_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  TautanSearchResults *self = TAUTAN_SEARCH_RESULTS (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tautan_search_results_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  TautanSearchResults *self = TAUTAN_SEARCH_RESULTS (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      tautan_search_results_set_session (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tautan_search_results_class_init (TautanSearchResultsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tautan_search_results_dispose;
  object_class->get_property = tautan_search_results_get_property;
  object_class->set_property = tautan_search_results_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, TAUTAN_TYPE_SESSION,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/tautan-search-results.ui");
  gtk_widget_class_bind_template_child (widget_class, TautanSearchResults, list);
  gtk_widget_class_bind_template_child (widget_class, TautanSearchResults, status);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "searchresults");
}

static void
tautan_search_results_init (TautanSearchResults *self)
{
  self->hits = g_array_new (FALSE, FALSE, sizeof (guint));
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
tautan_search_results_new (void)
{
  return g_object_new (TAUTAN_TYPE_SEARCH_RESULTS, NULL);
}

TautanSession *
tautan_search_results_get_session (TautanSearchResults *self)
{
  g_return_val_if_fail (TAUTAN_IS_SEARCH_RESULTS (self), NULL);

  return self->session;
}

void
tautan_search_results_set_session (TautanSearchResults *self,
                                   TautanSession       *session)
{
  g_return_if_fail (TAUTAN_IS_SEARCH_RESULTS (self));
  g_return_if_fail (session == NULL || TAUTAN_IS_SESSION (session));

  if (!g_set_object (&self->session, session))
    return;
  clear_counts (self);
  tautan_search_results_set_query (self, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}
