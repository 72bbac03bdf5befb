/* tautan-row.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-row"

#include "config.h"

#include "tautan/tautan-row.h"

/* GtkListView needs GObjects; a row is just a typed index into the dataset,
 * so a list of a hundred thousand events costs little. */
struct _TautanRow
{
  GObject        parent_instance;

  TautanDataset *dataset;
  TautanRowKind  kind;
  guint          index;
  TautanDay      day;
};

G_DEFINE_FINAL_TYPE (TautanRow, tautan_row, G_TYPE_OBJECT)

static void
tautan_row_finalize (GObject *object)
{
  TautanRow *self = (TautanRow *)object;

  g_clear_object (&self->dataset);

  G_OBJECT_CLASS (tautan_row_parent_class)->finalize (object);
}

static void
tautan_row_class_init (TautanRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tautan_row_finalize;
}

static void
tautan_row_init (TautanRow *self)
{
}

TautanRow *
tautan_row_new (TautanDataset *dataset,
                TautanRowKind  kind,
                guint          index)
{
  TautanRow *self;

  g_return_val_if_fail (TAUTAN_IS_DATASET (dataset), NULL);

  self = g_object_new (TAUTAN_TYPE_ROW, NULL);
  self->dataset = g_object_ref (dataset);
  self->kind = kind;
  self->index = index;

  if (kind == TAUTAN_ROW_EVENT)
    {
      TautanEvent e;

      tautan_dataset_get_event (dataset, index, &e);
      self->day = e.start;
    }
  else if (kind == TAUTAN_ROW_ENTITY)
    self->day = TAUTAN_DAY_NONE;
  else
    {
      TautanQuote q;
      TautanSource s;

      tautan_dataset_get_quote (dataset, index, &q);
      if (q.event != TAUTAN_NONE)
        {
          TautanEvent e;

          tautan_dataset_get_event (dataset, q.event, &e);
          self->day = e.start;
        }
      else
        {
          tautan_dataset_get_source (dataset, q.source, &s);
          self->day = s.published;
        }
    }

  return self;
}

/**
 * tautan_row_get_dataset:
 *
 * Returns: (transfer none): the dataset
 */
TautanDataset *
tautan_row_get_dataset (TautanRow *self)
{
  g_return_val_if_fail (TAUTAN_IS_ROW (self), NULL);
  return self->dataset;
}

TautanRowKind
tautan_row_get_kind (TautanRow *self)
{
  g_return_val_if_fail (TAUTAN_IS_ROW (self), 0);
  return self->kind;
}

guint
tautan_row_get_index (TautanRow *self)
{
  g_return_val_if_fail (TAUTAN_IS_ROW (self), TAUTAN_NONE);
  return self->index;
}

TautanDay
tautan_row_get_day (TautanRow *self)
{
  g_return_val_if_fail (TAUTAN_IS_ROW (self), TAUTAN_DAY_NONE);
  return self->day;
}
