/* tautan-search-results.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-search-results"

#include "config.h"

#include <glib/gi18n.h>

#include "tautan/tautan-count.h"
#include "tautan/tautan-search-index.h"
#include "tautan/tautan-search-results.h"
#include "tautan/tautan-slice.h"
#include "tautan/tautan-text.h"

/* The list under the search entry: "korea" gives North Korea, South Korea
 * and the ministries, each with how many events it has in the period, so
 * an actor found outside the period says so (and choosing it widens the
 * period to all time). The search index is built for the session's
 * dataset on the first query. */

#define MAX_HITS 8

struct _TautanSearchResults
{
  GtkWidget          parent_instance;

  GtkListBox        *list;
  GtkLabel          *status;

  TautanSession     *session;
  TautanSearchIndex *index;
  GArray            *hits;      /* guint entity, in the order shown */
};

G_DEFINE_FINAL_TYPE (TautanSearchResults, tautan_search_results, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static guint
count_in_period (TautanSearchResults *self,
                 guint                entity)
{
  TautanSlice *slice = tautan_session_get_slice (self->session);

  return slice != NULL ? tautan_slice_get_entity_count (slice, entity) : 0;
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
  else if (total == 0)
    /* TRANSLATORS: an actor that only speaks or relays, in no event. */
    line = g_strdup_printf (_("%s · in no event (quoted or relaying only)"), tautan_entity_kind_label (e.kind));
  else
    /* TRANSLATORS: an actor found by the search with no event in the
     * period shown; choosing it widens the period. */
    line = g_strdup_printf (_("%s · none in this period: choosing it shows all time"),
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

static int
compare_hits (gconstpointer a,
              gconstpointer b,
              gpointer      data)
{
  const TautanSearchHit *x = a, *y = b;
  guint nx, ny;

  if (x->rank != y->rank)
    return x->rank < y->rank ? -1 : 1;
  nx = tautan_dataset_get_entity_n_events (data, x->entity);
  ny = tautan_dataset_get_entity_n_events (data, y->entity);
  if (nx != ny)
    return nx > ny ? -1 : 1;
  return x->entity < y->entity ? -1 : x->entity > y->entity;
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
  if (self->index == NULL || tautan_search_index_get_dataset (self->index) != dataset)
    {
      g_clear_object (&self->index);
      self->index = tautan_search_index_new (dataset);
    }

  /* Among equally good matches, the busier actor first ("korea": North
   * Korea before South Korea). */
  found = tautan_search_index_query (self->index, text, MAX_HITS * 4);
  g_array_sort_with_data (found, compare_hits, dataset);
  if (found->len > MAX_HITS)
    g_array_set_size (found, MAX_HITS);
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

static gboolean
choose (TautanSearchResults *self,
        guint                index)
{
  guint entity;

  if (self->session == NULL || index >= self->hits->len)
    return FALSE;

  entity = g_array_index (self->hits, guint, index);
  /* Found outside the period: show all time, so the actor is drawn. */
  if (count_in_period (self, entity) == 0 &&
      tautan_dataset_get_entity_n_events (tautan_session_get_dataset (self->session), entity) > 0)
    {
      TautanTimeSpan all = tautan_dataset_get_span (tautan_session_get_dataset (self->session));

      tautan_session_set_span (self->session, &all);
    }
  gtk_widget_activate_action (GTK_WIDGET (self), "explorer.select-entity", "u", entity);
  return TRUE;
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
  g_clear_object (&self->session);
  g_clear_object (&self->index);
  g_clear_pointer (&self->hits, g_array_unref);

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
  g_clear_object (&self->index);
  tautan_search_results_set_query (self, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}
