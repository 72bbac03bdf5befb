/* tautan-legend.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-legend"

#include "config.h"

#include <glib/gi18n.h>

#include "tautan/tautan-legend.h"
#include "tautan/tautan-text.h"

#include "tautan-legend-item-private.h"
#include "render/tautan-render-geometry-private.h"

/* The legend of the canvas doubles as its filter: a check button per
 * entity kind and per event type, grouped under headings. It owns a
 * model of entries built once per dataset; each check button is bound to
 * its entry, and the entries follow the session's filters both ways. */

struct _TautanLegend
{
  GtkWidget      parent_instance;

  GtkScrolledWindow *scroller;
  GtkListBox    *list;

  TautanSession *session;
  GSignalGroup  *session_signals;
  GListStore    *items;
  guint          syncing : 1;
};

G_DEFINE_FINAL_TYPE (TautanLegend, tautan_legend, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Below the legend in its popover: the popover's arrow and padding, the
 * list's margins, and a gap above the window's bottom edge. */
#define BOTTOM_SLACK 36
/* However short the window, a few entries show. */
#define MIN_HEIGHT 200

/* A glyph per TautanShape, the shape the canvas draws for a kind
 * (_tautan_render_shape_for_kind ()): a table per kind had drifted, with
 * media a diamond and unnamed groups a hexagon. */
static const char *shape_glyphs[TAUTAN_N_SHAPES] = {
  [TAUTAN_SHAPE_CIRCLE] = "●",
  [TAUTAN_SHAPE_SQUARE] = "■",
  [TAUTAN_SHAPE_DIAMOND] = "◆",
  [TAUTAN_SHAPE_TRIANGLE] = "▲",
  [TAUTAN_SHAPE_HEXAGON] = "⬢",
  [TAUTAN_SHAPE_PENTAGON] = "⬟",
  [TAUTAN_SHAPE_TRIANGLE_DOWN] = "▼",
};

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  TautanLegendItem *entry = item;
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (label), tautan_legend_item_get_markup (entry));
  gtk_check_button_set_child (GTK_CHECK_BUTTON (check), label);
  g_object_bind_property (entry, "shown", check, "active", G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  return check;
}

/* A heading above the first entry of each group. */
static void
update_header (GtkListBoxRow *row,
               GtkListBoxRow *before,
               gpointer       user_data)
{
  TautanLegend *self = user_data;
  g_autoptr(TautanLegendItem) item = g_list_model_get_item (G_LIST_MODEL (self->items),
                                                            (guint)gtk_list_box_row_get_index (row));
  g_autoptr(TautanLegendItem) previous = NULL;
  GtkWidget *heading;

  if (before != NULL)
    previous = g_list_model_get_item (G_LIST_MODEL (self->items), (guint)gtk_list_box_row_get_index (before));
  if (item == NULL || (previous != NULL &&
                       g_strcmp0 (tautan_legend_item_get_group (item), tautan_legend_item_get_group (previous)) == 0))
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  heading = gtk_list_box_row_get_header (row);
  if (heading == NULL)
    {
      heading = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (heading), 0);
      gtk_widget_add_css_class (heading, "heading");
      gtk_widget_set_margin_top (heading, 6);
      gtk_widget_set_margin_start (heading, 6);
      gtk_list_box_row_set_header (row, heading);
    }
  gtk_label_set_text (GTK_LABEL (heading), tautan_legend_item_get_group (item));
}

/* The session changed its filters (an edit elsewhere, undo): tick what
 * it shows. */
static void
filters_changed_cb (TautanLegend *self)
{
  self->syncing = TRUE;
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->items)); i++)
    {
      g_autoptr(TautanLegendItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);
      guint index = tautan_legend_item_get_index (item);
      gboolean hidden = tautan_legend_item_is_kind (item) ? tautan_session_get_kind_hidden (self->session, index)
                                                          : tautan_session_get_type_hidden (self->session, index);

      tautan_legend_item_set_shown (item, !hidden);
    }
  self->syncing = FALSE;
}

/* A check button was toggled: one edit of the session. */
static void
item_shown_cb (TautanLegend     *self,
               GParamSpec       *pspec,
               TautanLegendItem *item)
{
  gboolean hidden = !tautan_legend_item_get_shown (item);

  if (self->syncing || self->session == NULL)
    return;
  if (tautan_legend_item_is_kind (item))
    tautan_session_set_kind_hidden (self->session, tautan_legend_item_get_index (item), hidden);
  else
    tautan_session_set_type_hidden (self->session, tautan_legend_item_get_index (item), hidden);
}

static void
add_item (TautanLegend *self,
          GPtrArray    *items,
          gboolean      is_kind,
          guint         index,
          const char   *group,
          const char   *markup)
{
  TautanLegendItem *item = tautan_legend_item_new (is_kind, index, group, markup);

  g_signal_connect_object (item, "notify::shown", G_CALLBACK (item_shown_cb), self, G_CONNECT_SWAPPED);
  g_ptr_array_add (items, item);
}

static void
rebuild (TautanLegend *self)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  if (self->session != NULL)
    {
      TautanTaxonomy *taxonomy = tautan_dataset_get_taxonomy (tautan_session_get_dataset (self->session));
      guint n_types = tautan_taxonomy_get_n_types (taxonomy);

      for (guint k = 0; k < TAUTAN_N_ENTITY_KINDS; k++)
        {
          g_autofree char *markup = g_strdup_printf ("%s  %s", shape_glyphs[_tautan_render_shape_for_kind (k)],
                                                     tautan_entity_kind_label (k));
          add_item (self, items, TRUE, k, _("Actors"), markup);
        }

      for (guint q = 0; q < TAUTAN_N_QUAD_CLASSES; q++)
        for (guint t = 0; t < n_types; t++)
          {
            const TautanEventType *type = tautan_taxonomy_get_event_type (taxonomy, t);
            g_autofree char *label = NULL;
            g_autofree char *escaped = NULL;
            g_autofree char *markup = NULL;

            if (type->quad_class != q)
              continue;
            label = tautan_text_shorten (type->label, TAUTAN_TEXT_MAX_NAME);
            escaped = g_markup_escape_text (label, -1);
            markup = g_strdup_printf ("<span foreground=\"#%06X\">━━</span>  %s", type->color, escaped);
            add_item (self, items, FALSE, t, tautan_taxonomy_get_quad_class (taxonomy, q)->label, markup);
          }
    }

  g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                       items->pdata, items->len);
  if (self->session != NULL)
    filters_changed_cb (self);
}

static void
tautan_legend_dispose (GObject *object)
{
  TautanLegend *self = (TautanLegend *)object;
  GtkWidget *child;

  if (self->session_signals != NULL)
    g_signal_group_set_target (self->session_signals, NULL);
  g_clear_object (&self->session_signals);

  gtk_widget_dispose_template (GTK_WIDGET (self), TAUTAN_TYPE_LEGEND);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->items);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (tautan_legend_parent_class)->dispose (object);
}

/* As tall as the window leaves room for below what opens it: a fixed cap
 * scrolled a tall window's legend with room to spare. Read on each
 * opening, as the window may have been resized since. */
static void
tautan_legend_map (GtkWidget *widget)
{
  TautanLegend *self = TAUTAN_LEGEND (widget);
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (widget));
  GtkWidget *popover = gtk_widget_get_ancestor (widget, GTK_TYPE_POPOVER);
  GtkWidget *anchor = popover != NULL ? gtk_widget_get_parent (popover) : NULL;
  double top = 0;
  graphene_rect_t bounds;
  int height;

  /* a window not laid out yet has no height to go by */
  if (root != NULL && gtk_widget_get_height (root) > 0)
    {
      if (anchor != NULL && gtk_widget_compute_bounds (anchor, root, &bounds))
        top = bounds.origin.y + bounds.size.height;
      height = MAX ((int)(gtk_widget_get_height (root) - top) - BOTTOM_SLACK, MIN_HEIGHT);
      if (height != gtk_scrolled_window_get_max_content_height (self->scroller))
        gtk_scrolled_window_set_max_content_height (self->scroller, height);
    }

  GTK_WIDGET_CLASS (tautan_legend_parent_class)->map (widget);
}

static void
tautan_legend_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  TautanLegend *self = TAUTAN_LEGEND (object);

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
tautan_legend_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  TautanLegend *self = TAUTAN_LEGEND (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      tautan_legend_set_session (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tautan_legend_class_init (TautanLegendClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tautan_legend_dispose;
  object_class->get_property = tautan_legend_get_property;
  object_class->set_property = tautan_legend_set_property;
  widget_class->map = tautan_legend_map;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, TAUTAN_TYPE_SESSION,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/tautan-legend.ui");
  gtk_widget_class_bind_template_child (widget_class, TautanLegend, scroller);
  gtk_widget_class_bind_template_child (widget_class, TautanLegend, list);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "legend");
}

static void
tautan_legend_init (TautanLegend *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->items = g_list_store_new (TAUTAN_TYPE_LEGEND_ITEM);
  gtk_list_box_bind_model (self->list, G_LIST_MODEL (self->items), create_row, self, NULL);
  gtk_list_box_set_header_func (self->list, update_header, self, NULL);

  self->session_signals = g_signal_group_new (TAUTAN_TYPE_SESSION);
  g_signal_group_connect_swapped (self->session_signals, "notify::hidden-kinds", G_CALLBACK (filters_changed_cb), self);
  g_signal_group_connect_swapped (self->session_signals, "notify::hidden-types", G_CALLBACK (filters_changed_cb), self);
}

GtkWidget *
tautan_legend_new (void)
{
  return g_object_new (TAUTAN_TYPE_LEGEND, NULL);
}

/**
 * tautan_legend_get_session:
 *
 * Returns: (transfer none) (nullable): the session filtered
 */
TautanSession *
tautan_legend_get_session (TautanLegend *self)
{
  g_return_val_if_fail (TAUTAN_IS_LEGEND (self), NULL);
  return self->session;
}

void
tautan_legend_set_session (TautanLegend  *self,
                           TautanSession *session)
{
  g_return_if_fail (TAUTAN_IS_LEGEND (self));
  g_return_if_fail (session == NULL || TAUTAN_IS_SESSION (session));

  if (!g_set_object (&self->session, session))
    return;
  g_signal_group_set_target (self->session_signals, session);
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

/**
 * tautan_legend_get_items:
 *
 * Returns: (transfer none): the entries shown
 */
GListModel *
tautan_legend_get_items (TautanLegend *self)
{
  g_return_val_if_fail (TAUTAN_IS_LEGEND (self), NULL);
  return G_LIST_MODEL (self->items);
}
