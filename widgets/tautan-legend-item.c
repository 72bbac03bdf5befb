/* tautan-legend-item.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-legend"

#include "config.h"

#include "tautan-legend-item-private.h"

/* A row of the legend's model: what it shows and whether it is shown.
 * The legend binds a check button to "shown" and the session to both. */

struct _TautanLegendItem
{
  GObject  parent_instance;

  char    *group;
  char    *markup;
  guint    index;
  guint    is_kind : 1;
  guint    shown : 1;
};

G_DEFINE_FINAL_TYPE (TautanLegendItem, tautan_legend_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SHOWN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tautan_legend_item_finalize (GObject *object)
{
  TautanLegendItem *self = (TautanLegendItem *)object;

  g_free (self->group);
  g_free (self->markup);

  G_OBJECT_CLASS (tautan_legend_item_parent_class)->finalize (object);
}

static void
tautan_legend_item_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  TautanLegendItem *self = TAUTAN_LEGEND_ITEM (object);

  switch (prop_id)
    {
    case PROP_SHOWN:
      g_value_set_boolean (value, self->shown);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tautan_legend_item_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  TautanLegendItem *self = TAUTAN_LEGEND_ITEM (object);

  switch (prop_id)
    {
    case PROP_SHOWN:
      tautan_legend_item_set_shown (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tautan_legend_item_class_init (TautanLegendItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tautan_legend_item_finalize;
  object_class->get_property = tautan_legend_item_get_property;
  object_class->set_property = tautan_legend_item_set_property;

  properties[PROP_SHOWN] =
    g_param_spec_boolean ("shown", NULL, NULL, TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tautan_legend_item_init (TautanLegendItem *self)
{
  self->shown = TRUE;
}

TautanLegendItem *
tautan_legend_item_new (gboolean    is_kind,
                        guint       index,
                        const char *group,
                        const char *markup)
{
  TautanLegendItem *self = g_object_new (TAUTAN_TYPE_LEGEND_ITEM, NULL);

  self->is_kind = !!is_kind;
  self->index = index;
  self->group = g_strdup (group);
  self->markup = g_strdup (markup);
  return self;
}

gboolean
tautan_legend_item_is_kind (TautanLegendItem *self)
{
  g_return_val_if_fail (TAUTAN_IS_LEGEND_ITEM (self), FALSE);
  return self->is_kind;
}

guint
tautan_legend_item_get_index (TautanLegendItem *self)
{
  g_return_val_if_fail (TAUTAN_IS_LEGEND_ITEM (self), 0);
  return self->index;
}

const char *
tautan_legend_item_get_group (TautanLegendItem *self)
{
  g_return_val_if_fail (TAUTAN_IS_LEGEND_ITEM (self), NULL);
  return self->group;
}

const char *
tautan_legend_item_get_markup (TautanLegendItem *self)
{
  g_return_val_if_fail (TAUTAN_IS_LEGEND_ITEM (self), NULL);
  return self->markup;
}

gboolean
tautan_legend_item_get_shown (TautanLegendItem *self)
{
  g_return_val_if_fail (TAUTAN_IS_LEGEND_ITEM (self), FALSE);
  return self->shown;
}

void
tautan_legend_item_set_shown (TautanLegendItem *self,
                              gboolean          shown)
{
  g_return_if_fail (TAUTAN_IS_LEGEND_ITEM (self));

  if (self->shown == !!shown)
    return;
  self->shown = !!shown;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOWN]);
}
