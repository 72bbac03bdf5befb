/* tautan-session.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-session"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "tautan/tautan-slice-cursor.h"

#include "tautan-comparison-private.h"
#include "tautan-dataset-private.h"
#include "tautan-session-private.h"
#include "tautan-slice-private.h"
#include "tautan-sort-private.h"

/* The session owns everything an analysis of one dataset is: the time
 * span and mode, the filters, the node positions and pins (through the
 * layout), the saved views and the selection. Widgets show it and write
 * to it; the workspace file is its serialisation. Edits go through the
 * calls below, each records a change in the history, and "modified" and
 * undo follow from that history, so no edit can forget either. */

typedef struct
{
  char        *entity;
  TautanPoint  point;
  gboolean     pinned;
} KeptPosition;

struct _TautanSession
{
  GObject               parent_instance;

  TautanDataset        *dataset;
  TautanLayout         *layout;
  GFile                *file;
  TautanSlice          *slice;          /* NULL until asked for after a change */
  TautanSliceCursor    *cursor;         /* follows small steps; NULL until the first of a dataset */
  TautanSlice          *last_slice;     /* the last slice answered, for the next step to patch */
  guint                 slice_routes[TAUTAN_SESSION_N_SLICE_ROUTES]; /* for tests */
  GListStore           *views;
  GHashTable           *hidden_types;   /* type id → itself */
  guint8               *type_hidden;    /* per taxonomy index */
  GArray               *kept;           /* KeptPosition: entities the dataset lacks */
  TautanPoint          *points;         /* scratch copy of the layout's positions */
  TautanSessionHistory *history;
  guint64               saved_serial;
  TautanDataset        *saved_dataset;  /* the dataset as last saved or opened */
  guint                 edit_depth;     /* begin_edit () calls not yet ended */
  guint                 drag_entity;    /* the node a gesture moves */
  gpointer              drag_origin;    /* Arrangement when the gesture began */

  TautanTimeSpan        span;
  TautanSelection       selection;
  guint32               hidden_kinds;
  guint                 n_types;
  TautanFilter         *filter;         /* the composed event filter, never NULL */
  JsonObject           *unknown;        /* the workspace's members this version does not know */
  GStrv                 expanded;       /* roll-up groups drawn open, by entity id, sorted */
  TautanComparisonSlot  comparison;     /* the periods compared, or none */

  guint                 cumulative : 1;
  guint                 rollup : 1;     /* persons drawn inside their state or organisation */
  guint                 modified : 1;
  guint                 can_undo : 1;
  guint                 can_redo : 1;
};

G_DEFINE_FINAL_TYPE (TautanSession, tautan_session, G_TYPE_OBJECT)
G_DEFINE_QUARK (tautan-session-error-quark, tautan_session_error)
G_DEFINE_BOXED_TYPE (TautanSelection, tautan_selection, tautan_selection_copy, tautan_selection_free)
G_DEFINE_BOXED_TYPE (TautanComparison, tautan_comparison, tautan_comparison_copy, tautan_comparison_free)

enum {
  PROP_0,
  PROP_DATASET,
  PROP_FILE,
  PROP_SPAN,
  PROP_CUMULATIVE,
  PROP_SLICE,
  PROP_SELECTION,
  PROP_HIDDEN_KINDS,
  PROP_HIDDEN_TYPES,
  PROP_VIEWS,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_MODIFIED,
  PROP_FILTER,
  PROP_DATASET_MODIFIED,
  PROP_ROLLUP,
  PROP_EXPANDED,
  PROP_COMPARISON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  POSITIONS_CHANGED,
  VIEW_APPLIED,
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void set_filter (TautanSession *self,
                        TautanFilter  *filter);
static void set_rollup (TautanSession      *self,
                        gboolean            rollup,
                        const char * const *expanded);
static void edit_rollup (TautanSession      *self,
                         gboolean            rollup,
                         const char * const *expanded);
static void set_comparison (TautanSession          *self,
                            const TautanComparison *comparison);
static void edit_comparison (TautanSession          *self,
                             const TautanComparison *comparison);

TautanSelection *
tautan_selection_copy (const TautanSelection *selection)
{
  return g_memdup2 (selection, sizeof *selection);
}

void
tautan_selection_free (TautanSelection *selection)
{
  g_free (selection);
}

TautanComparison *
tautan_comparison_copy (const TautanComparison *comparison)
{
  return g_memdup2 (comparison, sizeof *comparison);
}

void
tautan_comparison_free (TautanComparison *comparison)
{
  g_free (comparison);
}

static void
kept_position_clear (gpointer data)
{
  g_free (((KeptPosition *)data)->entity);
}

/* Dataset edits (at the end of the file) do not modify the workspace. */
static const TautanSessionChangeClass dataset_change_class;

/* After every edit, undo and redo: what the history now says. */
static void
update_history_state (TautanSession *self)
{
  gboolean can_undo = _tautan_session_history_can_undo (self->history);
  gboolean can_redo = _tautan_session_history_can_redo (self->history);
  gboolean modified = _tautan_session_history_changed_since (self->history, self->saved_serial,
                                                             &dataset_change_class);

  if (self->can_undo != can_undo)
    {
      self->can_undo = can_undo;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
    }
  if (self->can_redo != can_redo)
    {
      self->can_redo = can_redo;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
    }
  if (self->modified != modified)
    {
      self->modified = modified;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
    }
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
record (TautanSession       *self,
        TautanSessionChange *change)
{
  if (_tautan_session_history_record (self->history, change))
    update_history_state (self);
}

/* Filters */

static void
set_filters (TautanSession      *self,
             guint32             kinds,
             const char * const *types)
{
  gboolean types_changed = FALSE;
  g_autoptr(GHashTable) wanted = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer key;

  for (guint i = 0; types != NULL && types[i] != NULL; i++)
    g_hash_table_add (wanted, (gpointer)types[i]);

  /* Remove what is no longer hidden, then add what is newly hidden. */
  g_hash_table_iter_init (&iter, self->hidden_types);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (wanted, key))
      {
        g_hash_table_iter_remove (&iter);
        types_changed = TRUE;
      }
  g_hash_table_iter_init (&iter, wanted);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (self->hidden_types, key))
      {
        g_hash_table_add (self->hidden_types, g_strdup (key));
        types_changed = TRUE;
      }

  if (types_changed)
    {
      TautanTaxonomy *taxonomy = tautan_dataset_get_taxonomy (self->dataset);

      for (guint t = 0; t < self->n_types; t++)
        self->type_hidden[t] = g_hash_table_contains (self->hidden_types,
                                                      tautan_taxonomy_get_event_type (taxonomy, t)->id);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIDDEN_TYPES]);
    }

  if (self->hidden_kinds != kinds)
    {
      self->hidden_kinds = kinds;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIDDEN_KINDS]);
    }
}

typedef struct
{
  TautanSessionChange  parent;
  guint32              kinds[2];   /* before, after */
  GStrv                types[2];
} FilterChange;

static void
filter_change_apply (TautanSessionChange *change,
                     TautanSession       *session,
                     gboolean             undo)
{
  FilterChange *self = (FilterChange *)change;
  guint which = undo ? 0 : 1;

  set_filters (session, self->kinds[which], (const char * const *)self->types[which]);
}

static void
filter_change_free (TautanSessionChange *change)
{
  FilterChange *self = (FilterChange *)change;

  g_strfreev (self->types[0]);
  g_strfreev (self->types[1]);
  g_free (self);
}

static const TautanSessionChangeClass filter_change_class = {
  "filters", filter_change_apply, NULL, filter_change_free,
};

/* Applies the filters and records the change. */
static void
edit_filters (TautanSession      *self,
              guint32             kinds,
              const char * const *types)
{
  FilterChange *change = g_new0 (FilterChange, 1);

  change->parent.klass = &filter_change_class;
  change->kinds[0] = self->hidden_kinds;
  change->types[0] = tautan_session_dup_hidden_types (self);
  set_filters (self, kinds, types);
  change->kinds[1] = self->hidden_kinds;
  change->types[1] = tautan_session_dup_hidden_types (self);

  if (change->kinds[0] == change->kinds[1] &&
      g_strv_equal ((const char * const *)change->types[0], (const char * const *)change->types[1]))
    {
      filter_change_free (&change->parent);
      return;
    }
  record (self, &change->parent);
}

/* Positions */

/* How far a neighbour follows a node moved in a layout at rest: this
 * share of the move, divided among the neighbour's own ties. */
#define DRAG_FOLLOW 0.5

typedef struct
{
  guint        entity;
  TautanPoint  point[2];    /* before, after */
  gboolean     pinned[2];
} NodeChange;

/* Every node's place, so that undo puts back the whole arrangement: the
 * layout moves other nodes after an edit too. */
typedef struct
{
  TautanPoint *points;
  guint8      *pinned;
  gboolean     settled;
} Arrangement;

typedef struct
{
  TautanSessionChange  parent;
  GArray              *nodes;  /* NodeChange */
  Arrangement          arrangement[2];  /* before, and as undo found it */
} PinChange;

static void
arrangement_take (Arrangement  *arrangement,
                  TautanLayout *layout)
{
  guint n = tautan_layout_get_n_nodes (layout);

  if (arrangement->points == NULL)
    {
      arrangement->points = g_new (TautanPoint, MAX (n, 1));
      arrangement->pinned = g_new (guint8, MAX (n, 1));
    }
  tautan_layout_get_positions (layout, arrangement->points);
  for (guint i = 0; i < n; i++)
    arrangement->pinned[i] = tautan_layout_get_pinned (layout, i);
  arrangement->settled = tautan_layout_is_settled (layout);
}

static void
arrangement_clear (Arrangement *arrangement)
{
  g_clear_pointer (&arrangement->points, g_free);
  g_clear_pointer (&arrangement->pinned, g_free);
}

static void
drag_origin_free (gpointer data)
{
  Arrangement *origin = data;

  arrangement_clear (origin);
  g_free (origin);
}

static void
pin_change_apply (TautanSessionChange *change,
                  TautanSession       *session,
                  gboolean             undo)
{
  PinChange *self = (PinChange *)change;
  guint which = undo ? 0 : 1;

  /* Undo keeps the arrangement it leaves, for redo to come back to. */
  if (undo)
    arrangement_take (&self->arrangement[1], session->layout);
  if (self->arrangement[which].points != NULL)
    tautan_layout_restore (session->layout, self->arrangement[which].points,
                           self->arrangement[which].pinned, self->arrangement[which].settled);
  else
    for (guint i = 0; i < self->nodes->len; i++)
      {
        const NodeChange *n = &g_array_index (self->nodes, NodeChange, i);

        tautan_layout_set_position (session->layout, n->entity, n->point[which], n->pinned[which]);
      }
  g_signal_emit (session, signals[POSITIONS_CHANGED], 0,
                 self->nodes->len == 1 ? g_array_index (self->nodes, NodeChange, 0).entity : TAUTAN_NONE);
}

/* One drag is one change: the first "before" and the last "after". */
static gboolean
pin_change_merge (TautanSessionChange *change,
                  TautanSessionChange *next)
{
  PinChange *self = (PinChange *)change;
  PinChange *other = (PinChange *)next;

  for (guint i = 0; i < other->nodes->len; i++)
    {
      const NodeChange *n = &g_array_index (other->nodes, NodeChange, i);
      gboolean found = FALSE;

      for (guint j = 0; j < self->nodes->len && !found; j++)
        {
          NodeChange *m = &g_array_index (self->nodes, NodeChange, j);

          if (m->entity == n->entity)
            {
              m->point[1] = n->point[1];
              m->pinned[1] = n->pinned[1];
              found = TRUE;
            }
        }
      if (!found)
        g_array_append_val (self->nodes, *n);
    }
  return TRUE;
}

static void
pin_change_free (TautanSessionChange *change)
{
  PinChange *self = (PinChange *)change;

  g_array_unref (self->nodes);
  arrangement_clear (&self->arrangement[0]);
  arrangement_clear (&self->arrangement[1]);
  g_free (self);
}

static const TautanSessionChangeClass pin_change_class = {
  "positions", pin_change_apply, pin_change_merge, pin_change_free,
};

static PinChange *
pin_change_new (void)
{
  PinChange *change = g_new0 (PinChange, 1);

  change->parent.klass = &pin_change_class;
  change->nodes = g_array_new (FALSE, FALSE, sizeof (NodeChange));
  return change;
}

static const TautanPoint *
current_positions (TautanSession *self)
{
  tautan_layout_get_positions (self->layout, self->points);
  return self->points;
}

/* Views */

static void
splice_views (TautanSession *self,
              guint          position,
              guint          n_removals,
              GPtrArray     *additions)
{
  g_list_store_splice (self->views, position, n_removals,
                       additions ? additions->pdata : NULL, additions ? additions->len : 0);
}

typedef struct
{
  TautanSessionChange  parent;
  guint                position;
  GPtrArray           *removed;   /* TautanSavedView */
  GPtrArray           *added;
} SpliceChange;

static void
splice_change_apply (TautanSessionChange *change,
                     TautanSession       *session,
                     gboolean             undo)
{
  SpliceChange *self = (SpliceChange *)change;

  if (undo)
    splice_views (session, self->position, self->added->len, self->removed);
  else
    splice_views (session, self->position, self->removed->len, self->added);
}

static void
splice_change_free (TautanSessionChange *change)
{
  SpliceChange *self = (SpliceChange *)change;

  g_ptr_array_unref (self->removed);
  g_ptr_array_unref (self->added);
  g_free (self);
}

static const TautanSessionChangeClass splice_change_class = {
  "views", splice_change_apply, NULL, splice_change_free,
};

/* Replaces @n_removals views at @position by @added, as one change: a
 * move is one splice over the rows it touches, so a list shows it as
 * changed rows rather than a removed one and a new one. */
static void
edit_views (TautanSession *self,
            guint          position,
            guint          n_removals,
            GPtrArray     *added)
{
  SpliceChange *change = g_new0 (SpliceChange, 1);

  change->parent.klass = &splice_change_class;
  change->position = position;
  change->removed = g_ptr_array_new_with_free_func (g_object_unref);
  change->added = g_ptr_array_ref (added);
  for (guint i = 0; i < n_removals; i++)
    g_ptr_array_add (change->removed, g_list_model_get_item (G_LIST_MODEL (self->views), position + i));
  splice_views (self, position, n_removals, added);
  record (self, &change->parent);
}

typedef struct
{
  TautanSessionChange  parent;
  TautanSavedView     *view;
  TautanSavedView     *values[2];   /* before, after */
} ValuesChange;

static void
values_change_apply (TautanSessionChange *change,
                     TautanSession       *session,
                     gboolean             undo)
{
  ValuesChange *self = (ValuesChange *)change;

  tautan_saved_view_assign (self->view, self->values[undo ? 0 : 1]);
}

/* Consecutive edits of one view in one step: a single change. */
static gboolean
values_change_merge (TautanSessionChange *change,
                     TautanSessionChange *next)
{
  ValuesChange *self = (ValuesChange *)change;
  ValuesChange *other = (ValuesChange *)next;

  if (self->view != other->view)
    return FALSE;
  g_set_object (&self->values[1], other->values[1]);
  return TRUE;
}

static void
values_change_free (TautanSessionChange *change)
{
  ValuesChange *self = (ValuesChange *)change;

  g_clear_object (&self->view);
  g_clear_object (&self->values[0]);
  g_clear_object (&self->values[1]);
  g_free (self);
}

static const TautanSessionChangeClass values_change_class = {
  "view", values_change_apply, values_change_merge, values_change_free,
};

/* GObject */

static void
tautan_session_dispose (GObject *object)
{
  TautanSession *self = (TautanSession *)object;

  if (self->layout != NULL)
    tautan_layout_stop (self->layout);

  G_OBJECT_CLASS (tautan_session_parent_class)->dispose (object);
}

static void
tautan_session_finalize (GObject *object)
{
  TautanSession *self = (TautanSession *)object;

  g_clear_pointer (&self->history, _tautan_session_history_free);
  g_clear_object (&self->layout);
  g_clear_object (&self->slice);
  g_clear_object (&self->cursor);
  g_clear_object (&self->last_slice);
  g_clear_object (&self->file);
  g_clear_object (&self->views);
  g_clear_object (&self->dataset);
  g_clear_object (&self->saved_dataset);
  g_clear_pointer (&self->hidden_types, g_hash_table_unref);
  g_clear_pointer (&self->type_hidden, g_free);
  g_clear_pointer (&self->kept, g_array_unref);
  g_clear_pointer (&self->points, g_free);
  g_clear_pointer (&self->filter, tautan_filter_unref);
  g_clear_pointer (&self->unknown, json_object_unref);
  g_clear_pointer (&self->expanded, g_strfreev);
  g_clear_pointer (&self->drag_origin, drag_origin_free);

  G_OBJECT_CLASS (tautan_session_parent_class)->finalize (object);
}

static void
tautan_session_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  TautanSession *self = TAUTAN_SESSION (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_SPAN:
      g_value_set_boxed (value, &self->span);
      break;
    case PROP_CUMULATIVE:
      g_value_set_boolean (value, self->cumulative);
      break;
    case PROP_SLICE:
      g_value_set_object (value, tautan_session_get_slice (self));
      break;
    case PROP_SELECTION:
      g_value_set_boxed (value, &self->selection);
      break;
    case PROP_HIDDEN_KINDS:
      g_value_set_uint (value, self->hidden_kinds);
      break;
    case PROP_HIDDEN_TYPES:
      g_value_take_boxed (value, tautan_session_dup_hidden_types (self));
      break;
    case PROP_VIEWS:
      g_value_set_object (value, self->views);
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, self->can_undo);
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, self->can_redo);
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, self->modified);
      break;
    case PROP_FILTER:
      g_value_set_boxed (value, self->filter);
      break;
    case PROP_DATASET_MODIFIED:
      g_value_set_boolean (value, tautan_session_get_dataset_modified (self));
      break;
    case PROP_ROLLUP:
      g_value_set_boolean (value, self->rollup);
      break;
    case PROP_EXPANDED:
      g_value_set_boxed (value, self->expanded);
      break;
    case PROP_COMPARISON:
      g_value_set_boxed (value, _tautan_comparison_slot_peek (&self->comparison));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tautan_session_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  TautanSession *self = TAUTAN_SESSION (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      self->dataset = g_value_dup_object (value);
      break;
    case PROP_SPAN:
      if (g_value_get_boxed (value) != NULL)
        tautan_session_set_span (self, g_value_get_boxed (value));
      break;
    case PROP_CUMULATIVE:
      tautan_session_set_cumulative (self, g_value_get_boolean (value));
      break;
    case PROP_SELECTION:
      {
        const TautanSelection *selection = g_value_get_boxed (value);

        if (selection == NULL || (selection->entity == TAUTAN_NONE && selection->source == TAUTAN_NONE))
          tautan_session_clear_selection (self);
        else if (selection->entity != TAUTAN_NONE)
          tautan_session_select_entity (self, selection->entity);
        else
          tautan_session_select_edge (self, selection->source, selection->target);
      }
      break;
    case PROP_HIDDEN_KINDS:
      tautan_session_set_hidden_kinds (self, g_value_get_uint (value));
      break;
    case PROP_HIDDEN_TYPES:
      tautan_session_set_hidden_types (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tautan_session_constructed (GObject *object)
{
  TautanSession *self = (TautanSession *)object;
  guint n;

  G_OBJECT_CLASS (tautan_session_parent_class)->constructed (object);

  g_assert (TAUTAN_IS_DATASET (self->dataset));

  n = tautan_dataset_get_n_entities (self->dataset);
  self->layout = tautan_layout_new_for_dataset (self->dataset, TAUTAN_LAYOUT_SEED);
  self->points = g_new0 (TautanPoint, MAX (n, 1));
  self->n_types = tautan_taxonomy_get_n_types (tautan_dataset_get_taxonomy (self->dataset));
  self->type_hidden = g_new0 (guint8, MAX (self->n_types, 1));
  self->span = tautan_dataset_get_span (self->dataset);
  self->saved_dataset = g_object_ref (self->dataset);
}

static void
tautan_session_class_init (TautanSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = tautan_session_constructed;
  object_class->dispose = tautan_session_dispose;
  object_class->finalize = tautan_session_finalize;
  object_class->get_property = tautan_session_get_property;
  object_class->set_property = tautan_session_set_property;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, TAUTAN_TYPE_DATASET,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SPAN] =
    g_param_spec_boxed ("span", NULL, NULL, TAUTAN_TYPE_TIME_SPAN,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_CUMULATIVE] =
    g_param_spec_boolean ("cumulative", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SLICE] =
    g_param_spec_object ("slice", NULL, NULL, TAUTAN_TYPE_SLICE,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SELECTION] =
    g_param_spec_boxed ("selection", NULL, NULL, TAUTAN_TYPE_SELECTION,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_HIDDEN_KINDS] =
    g_param_spec_uint ("hidden-kinds", NULL, NULL, 0, G_MAXUINT32, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_HIDDEN_TYPES] =
    g_param_spec_boxed ("hidden-types", NULL, NULL, G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_VIEWS] =
    g_param_spec_object ("views", NULL, NULL, G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_FILTER] =
    g_param_spec_boxed ("filter", NULL, NULL, TAUTAN_TYPE_FILTER,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_DATASET_MODIFIED] =
    g_param_spec_boolean ("dataset-modified", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_ROLLUP] =
    g_param_spec_boolean ("rollup", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_EXPANDED] =
    g_param_spec_boxed ("rollup-expanded", NULL, NULL, G_TYPE_STRV,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /* The two periods compared, or NULL when not comparing. */
  properties[PROP_COMPARISON] =
    g_param_spec_boxed ("comparison", NULL, NULL, TAUTAN_TYPE_COMPARISON,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TautanSession::positions-changed:
   * @entity: the node the session moved, pinned or freed, or
   *   %TAUTAN_NONE when it changed several
   *
   * The layout's positions changed by an edit, an undo or a workspace,
   * not by the layout itself settling.
   */
  signals[POSITIONS_CHANGED] =
    g_signal_new ("positions-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);

  /**
   * TautanSession::view-applied:
   * @view: the saved view gone to
   *
   * The span, mode and selection are the view's: the canvas moves its
   * camera to the view's.
   */
  signals[VIEW_APPLIED] =
    g_signal_new ("view-applied", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, TAUTAN_TYPE_SAVED_VIEW);

  /**
   * TautanSession::changed:
   *
   * After every edit, undo, redo, save or workspace applied: what is
   * worth saving may differ from before. Autosave listens to it.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
tautan_session_init (TautanSession *self)
{
  self->views = g_list_store_new (TAUTAN_TYPE_SAVED_VIEW);
  self->hidden_types = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->kept = g_array_new (FALSE, FALSE, sizeof (KeptPosition));
  g_array_set_clear_func (self->kept, kept_position_clear);
  self->history = _tautan_session_history_new ();
  self->saved_serial = _tautan_session_history_get_serial (self->history);
  self->selection = (TautanSelection) { TAUTAN_NONE, TAUTAN_NONE, TAUTAN_NONE };
  self->filter = tautan_filter_new ();
  self->unknown = json_object_new ();
  self->expanded = g_new0 (char *, 1);
}

/**
 * tautan_session_new:
 * @dataset: the dataset analysed
 *
 * A fresh analysis: the whole time span, nothing hidden, pinned or
 * saved, unmodified. The layout is not started: whoever shows it does.
 *
 * Returns: (transfer full): a new session
 */
TautanSession *
tautan_session_new (TautanDataset *dataset)
{
  g_return_val_if_fail (TAUTAN_IS_DATASET (dataset), NULL);

  return g_object_new (TAUTAN_TYPE_SESSION, "dataset", dataset, NULL);
}

/**
 * tautan_session_get_dataset:
 *
 * Returns: (transfer none): the dataset
 */
TautanDataset *
tautan_session_get_dataset (TautanSession *self)
{
  g_return_val_if_fail (TAUTAN_IS_SESSION (self), NULL);
  return self->dataset;
}

/**
 * tautan_session_get_layout:
 *
 * Returns: (transfer none): the positions of the dataset's entities
 */
TautanLayout *
tautan_session_get_layout (TautanSession *self)
{
  g_return_val_if_fail (TAUTAN_IS_SESSION (self), NULL);
  return self->layout;
}

/**
 * tautan_session_get_file:
 *
 * Returns: (transfer none) (nullable): the workspace file it was read
 *   from or last saved to
 */
GFile *
tautan_session_get_file (TautanSession *self)
{
  g_return_val_if_fail (TAUTAN_IS_SESSION (self), NULL);
  return self->file;
}

/* Time span */

/* Inside the data, at least one day long, from the data's start when
 * cumulative: as the timeline keeps it. */
static TautanTimeSpan
clamp_span (TautanSession        *self,
            const TautanTimeSpan *span)
{
  TautanTimeSpan data = tautan_dataset_get_span (self->dataset);
  TautanTimeSpan clamped = *span;

  clamped.from = CLAMP (clamped.from, data.from, data.to);
  clamped.to = CLAMP (clamped.to, clamped.from, data.to);
  if (self->cumulative)
    clamped.from = data.from;
  return clamped;
}

static void
invalidate_slice (TautanSession *self)
{
  g_clear_object (&self->slice);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SLICE]);
}

TautanTimeSpan
tautan_session_get_span (TautanSession *self)
{
  static const TautanTimeSpan none = { 0, 0 };

  g_return_val_if_fail (TAUTAN_IS_SESSION (self), none);
  return self->span;
}

/**
 * tautan_session_set_span:
 * @span: the days to show
 *
 * Shows @span, kept inside the data, at least one day long and, in
 * cumulative mode, from the data's start.
 */
void
tautan_session_set_span (TautanSession        *self,
                         const TautanTimeSpan *span)
{
  TautanTimeSpan clamped;

  g_return_if_fail (TAUTAN_IS_SESSION (self));
  g_return_if_fail (span != NULL);

  clamped = clamp_span (self, span);
  if (tautan_time_span_equal (&clamped, &self->span))
    return;

  self->span = clamped;
  /* Before the span is announced, so that a slice its listeners ask
   * for is of it (the canvas starts building the window's scene at once),
   * and is the one kept. */
  g_clear_object (&self->slice);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPAN]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SLICE]);
}

gboolean
tautan_session_get_cumulative (TautanSession *self)
{
  g_return_val_if_fail (TAUTAN_IS_SESSION (self), FALSE);
  return self->cumulative;
}

/**
 * tautan_session_set_cumulative:
 * @cumulative: whether the span runs from the data's start
 *
 * In cumulative mode the span starts where the data does.
 */
void
tautan_session_set_cumulative (TautanSession *self,
                               gboolean       cumulative)
{
  TautanTimeSpan clamped;

  g_return_if_fail (TAUTAN_IS_SESSION (self));

  cumulative = !!cumulative;
  if (self->cumulative == cumulative)
    return;

  self->cumulative = cumulative;
  g_object_freeze_notify (G_OBJECT (self));
  clamped = clamp_span (self, &self->span);
  if (!tautan_time_span_equal (&clamped, &self->span))
    {
      self->span = clamped;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPAN]);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CUMULATIVE]);
  invalidate_slice (self);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * tautan_session_get_slice:
 *
 * Returns: (transfer none): the events, entities and edges of the span
 */
TautanSlice *
tautan_session_get_slice (TautanSession *self)
{
  g_return_val_if_fail (TAUTAN_IS_SESSION (self), NULL);

  if (self->slice != NULL)
    return self->slice;

  /* A moved span costs the events that entered and left it, not the
   * whole window afresh: the time slider asks for a slice each frame. */
  if (self->span.from > self->span.to)
    {
      self->slice = tautan_slice_new (self->dataset, &self->span, self->cumulative);
      g_clear_object (&self->last_slice);
      return self->slice;
    }

  if (self->last_slice == NULL)
    {
      /* The first window of a dataset is answered afresh: the cursor
       * (every event sorted by end, a pass over every edge) would cost
       * more than the slice, and the open waits for it. */
      self->slice = tautan_slice_new (self->dataset, &self->span, self->cumulative);
      self->slice_routes[TAUTAN_SESSION_SLICE_FRESH]++;
    }
  else
    {
      TautanTimeSpan was = tautan_slice_get_span (self->last_slice);
      guint n_window, n_delta = _tautan_slice_count_step (self->dataset, &was, &self->span, self->cumulative,
                                                          &n_window);

      /* A step that replaces much of the window (a month's step on a
       * 90-day window) is answered afresh: enumerating the window's
       * events costs less than patching every edge the step touches. */
      if (2 * (guint64)n_delta >= n_window)
        {
          self->slice = tautan_slice_new (self->dataset, &self->span, self->cumulative);
          self->slice_routes[TAUTAN_SESSION_SLICE_FRESH]++;
        }
      else
        {
          TautanTimeSpan at = { 0, -1 };

          /* The cursor is made by the first small step, at the window
           * before it; after answers afresh it is wherever the last small
           * step left it, and is brought to the window before once (its
           * own cheapest route, at most a pass over the edges), so the
           * small steps that follow a jump patch again. */
          if (self->cursor == NULL)
            {
              self->cursor = tautan_slice_cursor_new (self->dataset, &was, self->cumulative);
              self->slice_routes[TAUTAN_SESSION_SLICE_RESEAT]++;
            }
          else if ((at = tautan_slice_cursor_get_span (self->cursor), !tautan_time_span_equal (&at, &was)))
            {
              tautan_slice_cursor_move (self->cursor, &was, self->cumulative);
              self->slice_routes[TAUTAN_SESSION_SLICE_RESEAT]++;
            }
          /* A step costs the edges it touched, not every edge again. */
          tautan_slice_cursor_move (self->cursor, &self->span, self->cumulative);
          self->slice = _tautan_slice_cursor_patch_slice (self->cursor, self->last_slice);
          self->slice_routes[_tautan_slice_cursor_get_route (self->cursor) == TAUTAN_SLICE_DELTA
                             ? TAUTAN_SESSION_SLICE_PATCHED : TAUTAN_SESSION_SLICE_COPIED]++;
        }
    }
  g_set_object (&self->last_slice, self->slice);
  return self->slice;
}

guint
_tautan_session_get_slice_routes (TautanSession          *self,
                                  TautanSessionSliceRoute route)
{
  g_return_val_if_fail (TAUTAN_IS_SESSION (self), 0);
  g_return_val_if_fail (route < TAUTAN_SESSION_N_SLICE_ROUTES, 0);
  return self->slice_routes[route];
}

TautanSliceCursor *
_tautan_session_get_cursor (TautanSession *self)
{
  g_return_val_if_fail (TAUTAN_IS_SESSION (self), NULL);
  return self->cursor;
}

/* Selection */

static void
set_selection (TautanSession *self,
               guint          entity,
               guint          source,
               guint          target)
{
  TautanSelection selection = { entity, source, target };

  if (tautan_selection_equal (&selection, &self->selection))
    return;
  self->selection = selection;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTION]);
}

void
tautan_session_get_selection (TautanSession   *self,
                              TautanSelection *selection)
{
  g_return_if_fail (TAUTAN_IS_SESSION (self));
  g_return_if_fail (selection != NULL);

  *selection = self->selection;
}

guint
tautan_session_get_selected_entity (TautanSession *self)
{
  g_return_val_if_fail (TAUTAN_IS_SESSION (self), TAUTAN_NONE);
  return self->selection.entity;
}

gboolean
tautan_session_get_selected_edge (TautanSession *self,
                                  guint         *source,
                                  guint         *target)
{
  g_return_val_if_fail (TAUTAN_IS_SESSION (self), FALSE);

  if (source != NULL)
    *source = self->selection.source;
  if (target != NULL)
    *target = self->selection.target;
  return self->selection.source != TAUTAN_NONE;
}

void
tautan_session_select_entity (TautanSession *self,
                              guint          entity)
{
  g_return_if_fail (TAUTAN_IS_SESSION (self));
  g_return_if_fail (entity == TAUTAN_NONE || entity < tautan_dataset_get_n_entities (self->dataset));

  set_selection (self, entity, TAUTAN_NONE, TAUTAN_NONE);
}

void
tautan_session_select_edge (TautanSession *self,
                            guint          source,
                            guint          target)
{
  guint n;

  g_return_if_fail (TAUTAN_IS_SESSION (self));
  n = tautan_dataset_get_n_entities (self->dataset);
  g_return_if_fail (source < n && target < n);

  set_selection (self, TAUTAN_NONE, source, target);
}

void
tautan_session_clear_selection (TautanSession *self)
{
  g_return_if_fail (TAUTAN_IS_SESSION (self));

  set_selection (self, TAUTAN_NONE, TAUTAN_NONE, TAUTAN_NONE);
}

/* Filters */

guint32
tautan_session_get_hidden_kinds (TautanSession *self)
{
  g_return_val_if_fail (TAUTAN_IS_SESSION (self), 0);
  return self->hidden_kinds;
}

void
tautan_session_set_hidden_kinds (TautanSession *self,
                                 guint32        kinds)
{
  g_auto(GStrv) types = NULL;

  g_return_if_fail (TAUTAN_IS_SESSION (self));

  if (kinds == self->hidden_kinds)
    return;
  types = tautan_session_dup_hidden_types (self);
  edit_filters (self, kinds, (const char * const *)types);
}

gboolean
tautan_session_get_kind_hidden (TautanSession    *self,
                                TautanEntityKind  kind)
{
  g_return_val_if_fail (TAUTAN_IS_SESSION (self), FALSE);
  g_return_val_if_fail (kind < TAUTAN_N_ENTITY_KINDS, FALSE);

  return (self->hidden_kinds & (1u << kind)) != 0;
}

void
tautan_session_set_kind_hidden (TautanSession    *self,
                                TautanEntityKind  kind,
                                gboolean          hidden)
{
  g_return_if_fail (TAUTAN_IS_SESSION (self));
  g_return_if_fail (kind < TAUTAN_N_ENTITY_KINDS);

  if (hidden)
    tautan_session_set_hidden_kinds (self, self->hidden_kinds | (1u << kind));
  else
    tautan_session_set_hidden_kinds (self, self->hidden_kinds & ~(1u << kind));
}

/**
 * tautan_session_get_type_hidden:
 * @type: an index in the dataset's taxonomy
 *
 * Returns: whether events of @type are hidden
 */
gboolean
tautan_session_get_type_hidden (TautanSession *self,
                                guint          type)
{
  g_return_val_if_fail (TAUTAN_IS_SESSION (self), FALSE);

  return type < self->n_types && self->type_hidden[type];
}

void
tautan_session_set_type_hidden (TautanSession *self,
                                guint          type,
                                gboolean       hidden)
{
  const char *id;
  g_autoptr(GPtrArray) types = NULL;
  GHashTableIter iter;
  gpointer key;

  g_return_if_fail (TAUTAN_IS_SESSION (self));
  g_return_if_fail (type < self->n_types);

  if (!!self->type_hidden[type] == !!hidden)
    return;

  id = tautan_taxonomy_get_event_type (tautan_dataset_get_taxonomy (self->dataset), type)->id;
  types = g_ptr_array_new ();
  g_hash_table_iter_init (&iter, self->hidden_types);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (hidden || !g_str_equal (key, id))
      g_ptr_array_add (types, key);
  if (hidden)
    g_ptr_array_add (types, (gpointer)id);
  g_ptr_array_add (types, NULL);
  edit_filters (self, self->hidden_kinds, (const char * const *)types->pdata);
}

/**
 * tautan_session_dup_hidden_types:
 *
 * Returns: (transfer full): the hidden event type ids, sorted, also those
 *   this dataset's taxonomy does not know
 */
char **
tautan_session_dup_hidden_types (TautanSession *self)
{
  g_autoptr(GPtrArray) ids = NULL;
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (TAUTAN_IS_SESSION (self), NULL);

  ids = g_ptr_array_new ();
  g_hash_table_iter_init (&iter, self->hidden_types);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (ids, g_strdup (key));
  g_ptr_array_sort (ids, _tautan_compare_string_ptrs);
  g_ptr_array_add (ids, NULL);
  return (char **)g_ptr_array_free (g_steal_pointer (&ids), FALSE);
}

void
tautan_session_set_hidden_types (TautanSession      *self,
                                 const char * const *types)
{
  g_return_if_fail (TAUTAN_IS_SESSION (self));

  edit_filters (self, self->hidden_kinds, types);
}

/**
 * tautan_session_get_hidden_type_mask:
 * @mask: (out caller-allocates): the hidden event types, by taxonomy index
 *
 * The hidden types as the drawing code takes them.
 */
void
tautan_session_get_hidden_type_mask (TautanSession  *self,
                                     TautanTypeMask *mask)
{
  g_return_if_fail (TAUTAN_IS_SESSION (self));
  g_return_if_fail (mask != NULL);

  memset (mask, 0, sizeof *mask);
  for (guint t = 0; t < self->n_types; t++)
    if (self->type_hidden[t])
      tautan_type_mask_add (mask, t);
}

/* Positions */

gboolean
tautan_session_get_pinned (TautanSession *self,
                           guint          entity)
{
  g_return_val_if_fail (TAUTAN_IS_SESSION (self), FALSE);

  return tautan_layout_get_pinned (self->layout, entity);
}

/* A node moved in a layout at rest pulls its direct neighbours a little,
 * the less the more ties they have, and leaves the rest of the picture as
 * the user knows it: no layout run that could turn it over. Each motion
 * of a gesture is measured from where the gesture began, so the result
 * depends only on where the node is dropped. */
static void
drag_at_rest (TautanSession *self,
              guint          entity,
              TautanPoint    point)
{
  Arrangement *origin = self->drag_origin;
  guint n = tautan_layout_get_n_nodes (self->layout);
  g_autofree TautanPoint *points = NULL;
  g_autofree guint8 *pinned = NULL;
  const guint32 *neighbours;
  guint n_neighbours;
  double dx, dy;

  if (origin == NULL || self->drag_entity != entity)
    {
      g_clear_pointer (&self->drag_origin, drag_origin_free);
      origin = self->drag_origin = g_new0 (Arrangement, 1);
      arrangement_take (origin, self->layout);
      self->drag_entity = entity;
    }

  points = g_memdup2 (origin->points, sizeof *points * MAX (n, 1));
  pinned = g_memdup2 (origin->pinned, MAX (n, 1));
  dx = point.x - origin->points[entity].x;
  dy = point.y - origin->points[entity].y;
  points[entity] = point;
  pinned[entity] = TRUE;

  neighbours = tautan_layout_get_neighbours (self->layout, entity, &n_neighbours);
  for (guint k = 0; k < n_neighbours; k++)
    {
      guint j = neighbours[k];
      guint degree;
      double w;

      if (j == entity || origin->pinned[j])
        continue;
      tautan_layout_get_neighbours (self->layout, j, &degree);
      w = DRAG_FOLLOW / MAX (degree, 1);
      points[j].x = origin->points[j].x + w * dx;
      points[j].y = origin->points[j].y + w * dy;
    }
  tautan_layout_restore (self->layout, points, pinned, TRUE);

  if (self->edit_depth == 0)
    g_clear_pointer (&self->drag_origin, drag_origin_free);
}

static void
edit_node (TautanSession *self,
           guint          entity,
           TautanPoint    point,
           gboolean       pinned)
{
  PinChange *change = pin_change_new ();
  NodeChange node = { entity };

  node.point[0] = current_positions (self)[entity];
  node.pinned[0] = tautan_layout_get_pinned (self->layout, entity);
  node.point[1] = point;
  node.pinned[1] = pinned;
  g_array_append_val (change->nodes, node);
  arrangement_take (&change->arrangement[0], self->layout);

  if (pinned && tautan_layout_is_settled (self->layout) && !tautan_layout_is_running (self->layout))
    drag_at_rest (self, entity, point);
  else
    tautan_layout_set_position (self->layout, entity, point, pinned);
  g_signal_emit (self, signals[POSITIONS_CHANGED], 0, entity);
  record (self, &change->parent);
}

/**
 * tautan_session_move_node:
 * @entity: the node
 * @point: where, in layout units
 *
 * Puts @entity at @point and pins it there. Moves between
 * tautan_session_begin_edit() and tautan_session_end_edit() are one step.
 */
void
tautan_session_move_node (TautanSession *self,
                          guint          entity,
                          TautanPoint    point)
{
  g_return_if_fail (TAUTAN_IS_SESSION (self));
  g_return_if_fail (entity < tautan_dataset_get_n_entities (self->dataset));

  edit_node (self, entity, point, TRUE);
}

/**
 * tautan_session_unpin_node:
 *
 * Lets the layout move @entity again.
 */
void
tautan_session_unpin_node (TautanSession *self,
                           guint          entity)
{
  g_return_if_fail (TAUTAN_IS_SESSION (self));
  g_return_if_fail (entity < tautan_dataset_get_n_entities (self->dataset));

  if (!tautan_layout_get_pinned (self->layout, entity))
    return;
  edit_node (self, entity, current_positions (self)[entity], FALSE);
}

/**
 * tautan_session_unpin_all:
 *
 * Frees every pinned node, as one step.
 */
void
tautan_session_unpin_all (TautanSession *self)
{
  PinChange *change;
  const TautanPoint *points;
  guint n;

  g_return_if_fail (TAUTAN_IS_SESSION (self));

  change = pin_change_new ();
  arrangement_take (&change->arrangement[0], self->layout);
  points = current_positions (self);
  n = tautan_dataset_get_n_entities (self->dataset);
  for (guint i = 0; i < n; i++)
    if (tautan_layout_get_pinned (self->layout, i))
      {
        NodeChange node = { i, { points[i], points[i] }, { TRUE, FALSE } };

        g_array_append_val (change->nodes, node);
        tautan_layout_set_pinned (self->layout, i, FALSE);
      }

  if (change->nodes->len == 0)
    {
      pin_change_free (&change->parent);
      return;
    }
  g_signal_emit (self, signals[POSITIONS_CHANGED], 0, TAUTAN_NONE);
  record (self, &change->parent);
}

/**
 * tautan_session_get_n_kept_positions:
 *
 * Returns: how many positions of the workspace name entities the dataset
 *   does not have; they are kept, and saved again
 */
guint
tautan_session_get_n_kept_positions (TautanSession *self)
{
  g_return_val_if_fail (TAUTAN_IS_SESSION (self), 0);
  return self->kept->len;
}

/* Views */

/**
 * tautan_session_get_views:
 *
 * Returns: (transfer none): the saved views (#TautanSavedView), to show;
 *   change them through the session
 */
GListModel *
tautan_session_get_views (TautanSession *self)
{
  g_return_val_if_fail (TAUTAN_IS_SESSION (self), NULL);
  return G_LIST_MODEL (self->views);
}

static const char *
entity_id (TautanSession *self,
           guint          entity)
{
  TautanEntity e;

  tautan_dataset_get_entity (self->dataset, entity, &e);
  return e.id;
}

/**
 * tautan_session_capture_view:
 * @name: the view's name
 *
 * A view of the present: span, mode, selection, roll-up and the periods
 * compared. The camera belongs to
 * the canvas: set it on the view before adding it.
 *
 * Returns: (transfer full): a new view, not yet added
 */
TautanSavedView *
tautan_session_capture_view (TautanSession *self,
                             const char    *name)
{
  TautanSavedView *view;

  g_return_val_if_fail (TAUTAN_IS_SESSION (self), NULL);

  view = tautan_saved_view_new (name);
  tautan_saved_view_set_window (view, &self->span, self->cumulative);
  tautan_saved_view_set_rollup (view, self->rollup, (const char * const *)self->expanded);
  if (self->comparison.comparing)
    tautan_saved_view_set_comparison (view, &self->comparison.periods.before,
                                      &self->comparison.periods.after);
  if (self->selection.entity != TAUTAN_NONE)
    tautan_saved_view_select_entity (view, entity_id (self, self->selection.entity));
  else if (self->selection.source != TAUTAN_NONE)
    tautan_saved_view_select_edge (view, entity_id (self, self->selection.source),
                                   entity_id (self, self->selection.target));
  return view;
}

void
tautan_session_add_view (TautanSession   *self,
                         TautanSavedView *view)
{
  g_autoptr(GPtrArray) added = NULL;

  g_return_if_fail (TAUTAN_IS_SESSION (self));
  g_return_if_fail (TAUTAN_IS_SAVED_VIEW (view));

  added = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (added, g_object_ref (view));
  edit_views (self, g_list_model_get_n_items (G_LIST_MODEL (self->views)), 0, added);
}

void
tautan_session_remove_view (TautanSession *self,
                            guint          position)
{
  g_autoptr(GPtrArray) none = NULL;

  g_return_if_fail (TAUTAN_IS_SESSION (self));
  g_return_if_fail (position < g_list_model_get_n_items (G_LIST_MODEL (self->views)));

  none = g_ptr_array_new_with_free_func (g_object_unref);
  edit_views (self, position, 1, none);
}

/**
 * tautan_session_move_view:
 * @position: the view to move
 * @to: its new position
 *
 * Moves a view; the views between shift by one.
 */
void
tautan_session_move_view (TautanSession *self,
                          guint          position,
                          guint          to)
{
  g_autoptr(GPtrArray) reordered = NULL;
  guint n, low, high;

  g_return_if_fail (TAUTAN_IS_SESSION (self));
  n = g_list_model_get_n_items (G_LIST_MODEL (self->views));
  g_return_if_fail (position < n && to < n);

  if (position == to)
    return;

  low = MIN (position, to);
  high = MAX (position, to);
  reordered = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = low; i <= high; i++)
    g_ptr_array_add (reordered, g_list_model_get_item (G_LIST_MODEL (self->views), i));
  if (to < position)
    {
      /* The moved view goes first, the others follow. */
      gpointer moved = g_ptr_array_steal_index (reordered, reordered->len - 1);
      g_ptr_array_insert (reordered, 0, moved);
    }
  else
    {
      gpointer moved = g_ptr_array_steal_index (reordered, 0);
      g_ptr_array_add (reordered, moved);
    }
  edit_views (self, low, high - low + 1, reordered);
}

/**
 * tautan_session_update_view:
 * @position: the view to change
 * @values: a view holding its new name, title, note, span, camera and
 *   selection (a changed tautan_saved_view_copy() of it)
 *
 * Changes the view in place, as one step.
 */
void
tautan_session_update_view (TautanSession   *self,
                            guint            position,
                            TautanSavedView *values)
{
  g_autoptr(TautanSavedView) view = NULL;
  ValuesChange *change;

  g_return_if_fail (TAUTAN_IS_SESSION (self));
  g_return_if_fail (TAUTAN_IS_SAVED_VIEW (values));
  g_return_if_fail (position < g_list_model_get_n_items (G_LIST_MODEL (self->views)));

  view = g_list_model_get_item (G_LIST_MODEL (self->views), position);
  if (tautan_saved_view_equal (view, values))
    return;

  change = g_new0 (ValuesChange, 1);
  change->parent.klass = &values_change_class;
  change->view = g_object_ref (view);
  change->values[0] = tautan_saved_view_copy (view);
  change->values[1] = tautan_saved_view_copy (values);
  tautan_saved_view_assign (view, values);
  record (self, &change->parent);
}

/**
 * tautan_session_rename_view:
 * @name: the new name; empty names are ignored
 */
void
tautan_session_rename_view (TautanSession *self,
                            guint          position,
                            const char    *name)
{
  g_autoptr(TautanSavedView) view = NULL;
  g_autoptr(TautanSavedView) values = NULL;

  g_return_if_fail (TAUTAN_IS_SESSION (self));
  g_return_if_fail (position < g_list_model_get_n_items (G_LIST_MODEL (self->views)));

  if (name == NULL || *name == '\0')
    return;
  view = g_list_model_get_item (G_LIST_MODEL (self->views), position);
  values = tautan_saved_view_copy (view);
  tautan_saved_view_set_name (values, name);
  tautan_session_update_view (self, position, values);
}

void
tautan_session_apply_view (TautanSession   *self,
                           TautanSavedView *view)
{
  TautanTimeSpan span;
  const char *entity, *source, *target;
  guint e, s, t;

  g_return_if_fail (TAUTAN_IS_SESSION (self));
  g_return_if_fail (TAUTAN_IS_SAVED_VIEW (view));

  span = tautan_saved_view_get_span (view);
  tautan_session_set_cumulative (self, tautan_saved_view_get_cumulative (view));
  tautan_session_set_span (self, &span);
  /* The view's roll-up and comparison: edits, so going to a view can be
   * undone, in one step. */
  tautan_session_begin_edit (self);
  {
    const char * const *expanded;
    gboolean rollup = tautan_saved_view_get_rollup (view, &expanded);
    TautanComparison comparison;

    edit_rollup (self, rollup, expanded);
    if (tautan_saved_view_get_comparison (view, &comparison.before, &comparison.after))
      edit_comparison (self, &comparison);
    else
      edit_comparison (self, NULL);
  }
  tautan_session_end_edit (self);

  /* Ids the dataset no longer has select nothing. */
  entity = tautan_saved_view_get_entity (view);
  tautan_saved_view_get_edge (view, &source, &target);
  e = entity ? tautan_dataset_lookup_entity (self->dataset, entity) : TAUTAN_NONE;
  s = source ? tautan_dataset_lookup_entity (self->dataset, source) : TAUTAN_NONE;
  t = target ? tautan_dataset_lookup_entity (self->dataset, target) : TAUTAN_NONE;
  if (e != TAUTAN_NONE)
    tautan_session_select_entity (self, e);
  else if (s != TAUTAN_NONE && t != TAUTAN_NONE)
    tautan_session_select_edge (self, s, t);
  else
    tautan_session_clear_selection (self);

  g_signal_emit (self, signals[VIEW_APPLIED], 0, view);
}

/* History */

void
tautan_session_begin_edit (TautanSession *self)
{
  g_return_if_fail (TAUTAN_IS_SESSION (self));
  self->edit_depth++;
  _tautan_session_history_begin (self->history);
}

void
tautan_session_end_edit (TautanSession *self)
{
  g_return_if_fail (TAUTAN_IS_SESSION (self));

  if (self->edit_depth > 0 && --self->edit_depth == 0)
    g_clear_pointer (&self->drag_origin, drag_origin_free);
  if (_tautan_session_history_end (self->history))
    update_history_state (self);
}

gboolean
tautan_session_get_can_undo (TautanSession *self)
{
  g_return_val_if_fail (TAUTAN_IS_SESSION (self), FALSE);
  return self->can_undo;
}

gboolean
tautan_session_get_can_redo (TautanSession *self)
{
  g_return_val_if_fail (TAUTAN_IS_SESSION (self), FALSE);
  return self->can_redo;
}

gboolean
tautan_session_undo (TautanSession *self)
{
  g_return_val_if_fail (TAUTAN_IS_SESSION (self), FALSE);

  if (!_tautan_session_history_step (self->history, self, TRUE))
    return FALSE;
  update_history_state (self);
  return TRUE;
}

gboolean
tautan_session_redo (TautanSession *self)
{
  g_return_val_if_fail (TAUTAN_IS_SESSION (self), FALSE);

  if (!_tautan_session_history_step (self->history, self, FALSE))
    return FALSE;
  update_history_state (self);
  return TRUE;
}

gboolean
tautan_session_get_modified (TautanSession *self)
{
  g_return_val_if_fail (TAUTAN_IS_SESSION (self), FALSE);
  return self->modified;
}

guint
_tautan_session_get_n_undo (TautanSession *self)
{
  g_return_val_if_fail (TAUTAN_IS_SESSION (self), 0);
  return _tautan_session_history_get_n_undo (self->history);
}

/* Workspaces */

/**
 * tautan_session_check_workspace:
 * @workspace: a workspace just read
 *
 * A workspace names the dataset it analyses, never another workspace
 * (which could name the first, without end).
 *
 * Returns: (transfer none): the dataset to open, or %NULL with an error
 *   naming the workspace file and the reason
 */
GFile *
tautan_session_check_workspace (TautanWorkspace  *workspace,
                                GError          **error)
{
  GFile *file, *dataset;
  g_autofree char *name = NULL;
  g_autofree char *dataset_name = NULL;

  g_return_val_if_fail (TAUTAN_IS_WORKSPACE (workspace), NULL);

  file = tautan_workspace_get_file (workspace);
  name = file ? g_file_get_basename (file) : g_strdup ("workspace");
  dataset = tautan_workspace_get_dataset_file (workspace);
  if (dataset == NULL)
    {
      g_set_error (error, TAUTAN_SESSION_ERROR, TAUTAN_SESSION_ERROR_NO_DATASET,
                   "%s: $.dataset: names no dataset to open", name);
      return NULL;
    }

  dataset_name = g_file_get_basename (dataset);
  if ((file != NULL && g_file_equal (file, dataset)) ||
      (dataset_name != NULL && g_str_has_suffix (dataset_name, ".tautan")))
    {
      g_set_error (error, TAUTAN_SESSION_ERROR, TAUTAN_SESSION_ERROR_NESTED_WORKSPACE,
                   "%s: $.dataset: names the workspace “%s”, not a dataset; "
                   "a workspace names the dataset (.json) it analyses",
                   name, dataset_name ? dataset_name : "");
      return NULL;
    }

  return dataset;
}

/**
 * tautan_session_apply_workspace:
 * @workspace: a workspace of this dataset
 *
 * Takes the workspace's positions and pins, filters and saved views, as
 * the unmodified start of the history. Positions of entities the dataset
 * does not have are kept for the next save; hidden types its taxonomy
 * does not know stay hidden.
 */
void
tautan_session_apply_workspace (TautanSession   *self,
                                TautanWorkspace *workspace)
{
  GListModel *views;
  g_autoptr(GPtrArray) copies = NULL;

  g_return_if_fail (TAUTAN_IS_SESSION (self));
  g_return_if_fail (TAUTAN_IS_WORKSPACE (workspace));

  g_object_freeze_notify (G_OBJECT (self));

  if (g_set_object (&self->file, tautan_workspace_get_file (workspace)))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);

  g_array_set_size (self->kept, 0);
  if (tautan_workspace_get_n_positions (workspace) > 0)
    {
      guint n = tautan_layout_get_n_nodes (self->layout);
      g_autofree TautanPoint *points = g_new (TautanPoint, MAX (n, 1));
      g_autofree guint8 *pinned = g_new0 (guint8, MAX (n, 1));
      g_autofree guint8 *placed = g_new0 (guint8, MAX (n, 1));
      guint n_placed = 0;

      tautan_layout_get_positions (self->layout, points);
      for (guint i = 0; i < n; i++)
        pinned[i] = tautan_layout_get_pinned (self->layout, i);
      for (guint i = 0; i < tautan_workspace_get_n_positions (workspace); i++)
        {
          TautanPoint p;
          gboolean pin;
          const char *id = tautan_workspace_get_position (workspace, i, &p, &pin);
          guint entity = tautan_dataset_lookup_entity (self->dataset, id);

          if (entity != TAUTAN_NONE)
            {
              points[entity] = p;
              pinned[entity] = !!pin;
              n_placed += !placed[entity];
              placed[entity] = TRUE;
            }
          else
            {
              KeptPosition kept = { g_strdup (id), p, pin };
              g_array_append_val (self->kept, kept);
            }
        }
      /* All at once, exactly, and at rest when the workspace places every
       * node: set one by one, as a drag does, they warmed the layout up and
       * it moved them away from the picture the analyst saved. Actors new
       * to the dataset leave it warm to find them a place. */
      tautan_layout_restore (self->layout, points, pinned, n_placed == n);
    }

  set_filters (self, tautan_workspace_get_hidden_kind_mask (workspace),
               tautan_workspace_get_hidden_types (workspace));
  set_filter (self, tautan_workspace_get_filter (workspace));
  set_rollup (self, tautan_workspace_get_rollup (workspace), tautan_workspace_get_expanded (workspace));
  {
    TautanComparison comparison;

    if (tautan_workspace_get_comparison (workspace, &comparison.before, &comparison.after))
      set_comparison (self, &comparison);
    else
      set_comparison (self, NULL);
  }
  json_object_unref (self->unknown);
  self->unknown = json_object_ref (tautan_workspace_get_unknown_members (workspace));

  views = G_LIST_MODEL (tautan_workspace_get_views (workspace));
  copies = g_ptr_array_new_full (g_list_model_get_n_items (views), g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (views); i++)
    {
      g_autoptr(TautanSavedView) view = g_list_model_get_item (views, i);
      g_ptr_array_add (copies, tautan_saved_view_copy (view));
    }
  splice_views (self, 0, g_list_model_get_n_items (G_LIST_MODEL (self->views)), copies);

  _tautan_session_history_clear (self->history);
  self->saved_serial = _tautan_session_history_get_serial (self->history);
  update_history_state (self);

  g_signal_emit (self, signals[POSITIONS_CHANGED], 0, TAUTAN_NONE);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * tautan_session_to_workspace:
 *
 * Returns: (transfer full): the session as a workspace: the dataset, every
 *   position (kept ones too), the filters and copies of the views
 */
TautanWorkspace *
tautan_session_to_workspace (TautanSession *self)
{
  g_autoptr(TautanWorkspace) workspace = NULL;
  g_auto(GStrv) types = NULL;
  g_autoptr(GPtrArray) kinds = NULL;
  const TautanPoint *points;
  guint n;

  g_return_val_if_fail (TAUTAN_IS_SESSION (self), NULL);

  workspace = tautan_workspace_new ();
  tautan_workspace_set_dataset_file (workspace, tautan_dataset_get_file (self->dataset));

  points = current_positions (self);
  n = tautan_dataset_get_n_entities (self->dataset);
  for (guint i = 0; i < n; i++)
    tautan_workspace_add_position (workspace, entity_id (self, i), points[i],
                                   tautan_layout_get_pinned (self->layout, i));
  for (guint i = 0; i < self->kept->len; i++)
    {
      const KeptPosition *kept = &g_array_index (self->kept, KeptPosition, i);
      tautan_workspace_add_position (workspace, kept->entity, kept->point, kept->pinned);
    }

  kinds = g_ptr_array_new ();
  for (guint k = 0; k < TAUTAN_N_ENTITY_KINDS; k++)
    if (self->hidden_kinds & (1u << k))
      g_ptr_array_add (kinds, (gpointer)tautan_entity_kind_to_string (k));
  g_ptr_array_add (kinds, NULL);
  tautan_workspace_set_hidden_kinds (workspace, (const char * const *)kinds->pdata);
  types = tautan_session_dup_hidden_types (self);
  tautan_workspace_set_hidden_types (workspace, (const char * const *)types);
  tautan_workspace_set_filter (workspace, self->filter);
  tautan_workspace_set_rollup (workspace, self->rollup, (const char * const *)self->expanded);
  if (self->comparison.comparing)
    tautan_workspace_set_comparison (workspace, &self->comparison.periods.before,
                                     &self->comparison.periods.after);
  else
    tautan_workspace_set_comparison (workspace, NULL, NULL);
  tautan_workspace_set_unknown_members (workspace, self->unknown);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->views)); i++)
    {
      g_autoptr(TautanSavedView) view = g_list_model_get_item (G_LIST_MODEL (self->views), i);
      g_autoptr(TautanSavedView) copy = tautan_saved_view_copy (view);

      g_list_store_append (tautan_workspace_get_views (workspace), copy);
    }

  return g_steal_pointer (&workspace);
}

/**
 * tautan_session_save:
 * @file: the workspace file to write
 *
 * Writes the session atomically; the present becomes the saved state.
 *
 * Returns: %TRUE on success; on failure the previous file is intact
 */
gboolean
tautan_session_save (TautanSession  *self,
                     GFile          *file,
                     GError        **error)
{
  g_autoptr(TautanWorkspace) workspace = NULL;

  g_return_val_if_fail (TAUTAN_IS_SESSION (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  /* A workspace naming no dataset could never be opened again. */
  if (tautan_dataset_get_file (self->dataset) == NULL)
    {
      g_autofree char *name = g_file_get_basename (file);

      g_set_error (error, TAUTAN_SESSION_ERROR, TAUTAN_SESSION_ERROR_NO_DATASET,
                   _("%s: the dataset “%s” has never been saved, so the workspace could not name it; "
                     "save the dataset first (Save Dataset As…)"),
                   name, tautan_dataset_get_title (self->dataset));
      return FALSE;
    }
  workspace = tautan_session_to_workspace (self);
  if (!tautan_workspace_save (workspace, file, error))
    return FALSE;

  if (g_set_object (&self->file, file))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  self->saved_serial = _tautan_session_history_get_serial (self->history);
  update_history_state (self);
  return TRUE;
}

/**
 * tautan_session_mark_recovered:
 * @file: (nullable): the workspace the recovered work belongs to, or
 *   %NULL when it was never saved
 * @modified: whether the workspace had unsaved changes
 *
 * After a workspace recovered from an autosave is applied: the session
 * names the user's own file again (so Save writes there, not into the
 * autosave folder) and, when @modified, counts as modified until saved,
 * so closing asks. Work whose only unsaved part was the dataset (see
 * tautan_session_mark_dataset_recovered()) is not @modified.
 */
void
tautan_session_mark_recovered (TautanSession *self,
                               GFile         *file,
                               gboolean       modified)
{
  g_return_if_fail (TAUTAN_IS_SESSION (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  if (g_set_object (&self->file, file))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  if (!modified)
    return;
  /* No serial the history reaches: modified until the next save. */
  self->saved_serial = G_MAXUINT64;
  update_history_state (self);
}

/* Curation: the dataset replaced by an edited one */

/* Every node's place, by entity id: what survives a new dataset. */
static GArray *
positions_by_id (TautanSession *self)
{
  guint n = tautan_dataset_get_n_entities (self->dataset);
  const TautanPoint *points = current_positions (self);
  GArray *positions = g_array_sized_new (FALSE, FALSE, sizeof (KeptPosition), n);

  g_array_set_clear_func (positions, kept_position_clear);
  for (guint i = 0; i < n; i++)
    {
      KeptPosition kept = { g_strdup (entity_id (self, i)), points[i], tautan_layout_get_pinned (self->layout, i) };
      g_array_append_val (positions, kept);
    }
  return positions;
}

static void
apply_positions (TautanSession *self,
                 GArray        *positions)
{
  for (guint i = 0; positions != NULL && i < positions->len; i++)
    {
      const KeptPosition *p = &g_array_index (positions, KeptPosition, i);
      guint entity = tautan_dataset_lookup_entity (self->dataset, p->entity);

      if (entity != TAUTAN_NONE)
        tautan_layout_set_position (self->layout, entity, p->point, p->pinned);
    }
}

static void
notify_dataset_modified (TautanSession *self,
                         gboolean       was)
{
  if (was != tautan_session_get_dataset_modified (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET_MODIFIED]);
}

/* Puts @dataset in place of the session's: a new layout with every node
 * that is still there where it was (@before first, then the present, so
 * a node undone back into being gets its old place), the type filters
 * and the selection carried over by id. */
static void
set_dataset (TautanSession *self,
             TautanDataset *dataset,
             GArray        *before)
{
  g_autoptr(GArray) now = positions_by_id (self);
  g_autofree char *selected = NULL;
  g_autofree char *source = NULL;
  g_autofree char *target = NULL;
  TautanTaxonomy *taxonomy;
  gboolean was_modified = tautan_session_get_dataset_modified (self);
  guint n;

  if (self->selection.entity != TAUTAN_NONE)
    selected = g_strdup (entity_id (self, self->selection.entity));
  if (self->selection.source != TAUTAN_NONE)
    {
      source = g_strdup (entity_id (self, self->selection.source));
      target = g_strdup (entity_id (self, self->selection.target));
    }

  /* The dataset lives where the present one does: a save or Save As
   * since the edit holds for the dataset undone back to. */
  _tautan_dataset_set_file (dataset, tautan_dataset_get_file (self->dataset), FALSE);
  tautan_dataset_set_read_only (dataset, tautan_dataset_get_read_only (self->dataset));

  g_object_freeze_notify (G_OBJECT (self));

  g_set_object (&self->dataset, dataset);
  /* The cursor counts the old dataset's events. */
  g_clear_object (&self->cursor);
  g_clear_object (&self->last_slice);
  /* A gesture's starting arrangement is of the old dataset's nodes. */
  g_clear_pointer (&self->drag_origin, drag_origin_free);
  tautan_layout_stop (self->layout);
  g_clear_object (&self->layout);
  n = tautan_dataset_get_n_entities (dataset);
  self->layout = tautan_layout_new_for_dataset (dataset, TAUTAN_LAYOUT_SEED);
  g_free (self->points);
  self->points = g_new0 (TautanPoint, MAX (n, 1));
  apply_positions (self, before);
  apply_positions (self, now);

  taxonomy = tautan_dataset_get_taxonomy (dataset);
  self->n_types = tautan_taxonomy_get_n_types (taxonomy);
  g_free (self->type_hidden);
  self->type_hidden = g_new0 (guint8, MAX (self->n_types, 1));
  for (guint t = 0; t < self->n_types; t++)
    self->type_hidden[t] = g_hash_table_contains (self->hidden_types,
                                                  tautan_taxonomy_get_event_type (taxonomy, t)->id);

  self->selection = (TautanSelection) { TAUTAN_NONE, TAUTAN_NONE, TAUTAN_NONE };
  if (selected != NULL)
    self->selection.entity = tautan_dataset_lookup_entity (dataset, selected);
  else if (source != NULL)
    {
      guint s = tautan_dataset_lookup_entity (dataset, source);
      guint t = tautan_dataset_lookup_entity (dataset, target);

      if (s != TAUTAN_NONE && t != TAUTAN_NONE && s != t)
        self->selection = (TautanSelection) { TAUTAN_NONE, s, t };
    }

  self->span = clamp_span (self, &self->span);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPAN]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTION]);
  invalidate_slice (self);
  notify_dataset_modified (self, was_modified);

  g_object_thaw_notify (G_OBJECT (self));
  g_signal_emit (self, signals[POSITIONS_CHANGED], 0, TAUTAN_NONE);
}

typedef struct
{
  TautanSessionChange  parent;
  TautanDataset       *datasets[2];   /* before, after */
  GArray              *before;        /* KeptPosition: every node before */
} DatasetChange;

static void
dataset_change_apply (TautanSessionChange *change,
                      TautanSession       *session,
                      gboolean             undo)
{
  DatasetChange *self = (DatasetChange *)change;

  set_dataset (session, self->datasets[undo ? 0 : 1], undo ? self->before : NULL);
}

static void
dataset_change_free (TautanSessionChange *change)
{
  DatasetChange *self = (DatasetChange *)change;

  g_clear_object (&self->datasets[0]);
  g_clear_object (&self->datasets[1]);
  g_clear_pointer (&self->before, g_array_unref);
  g_free (self);
}

static const TautanSessionChangeClass dataset_change_class = {
  "dataset", dataset_change_apply, NULL, dataset_change_free,
};

/**
 * tautan_session_replace_dataset:
 * @dataset: the edited dataset (see tautan-dataset-edit.h)
 *
 * Shows @dataset instead of the present one, as one step of the history:
 * undo puts the very same previous dataset object back, redo this one.
 * Node positions follow entity ids (an entity merged away loses its
 * place, the one it merged into keeps its own); "dataset" is notified,
 * and "dataset-modified" says whether it differs from the saved one. The
 * workspace ("modified") is not changed by it.
 */
void
tautan_session_replace_dataset (TautanSession *self,
                                TautanDataset *dataset)
{
  DatasetChange *change;

  g_return_if_fail (TAUTAN_IS_SESSION (self));
  g_return_if_fail (TAUTAN_IS_DATASET (dataset));

  if (dataset == self->dataset)
    return;

  change = g_new0 (DatasetChange, 1);
  change->parent.klass = &dataset_change_class;
  change->datasets[0] = g_object_ref (self->dataset);
  change->datasets[1] = g_object_ref (dataset);
  change->before = positions_by_id (self);
  set_dataset (self, dataset, NULL);
  record (self, &change->parent);
}

/**
 * tautan_session_get_dataset_modified:
 *
 * Returns: whether the dataset has edits not saved
 */
gboolean
tautan_session_get_dataset_modified (TautanSession *self)
{
  g_return_val_if_fail (TAUTAN_IS_SESSION (self), FALSE);
  return self->dataset != self->saved_dataset;
}

/**
 * tautan_session_mark_dataset_recovered:
 * @file: (nullable): where the dataset lived before its unsaved edits, or
 *   %NULL when it was never saved (Save then asks where)
 * @read_only: whether that file may not be written (the bundled dataset)
 *
 * After a dataset with unsaved edits was loaded back from its autosaved
 * copy: it lives at @file again, not in the autosave folder, and counts
 * as modified until saved, so closing asks about it.
 */
void
tautan_session_mark_dataset_recovered (TautanSession *self,
                                       GFile         *file,
                                       gboolean       read_only)
{
  g_return_if_fail (TAUTAN_IS_SESSION (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  _tautan_dataset_set_file (self->dataset, file, FALSE);
  tautan_dataset_set_read_only (self->dataset, read_only);
  g_clear_object (&self->saved_dataset);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET_MODIFIED]);
}

/**
 * tautan_session_save_dataset:
 * @file: where to write the dataset
 *
 * Writes the dataset atomically, unknown members kept; it lives at @file
 * from now on (writable), and is the saved state. A workspace saved
 * before counts as modified when the dataset moved to another file, as it
 * names that file.
 *
 * Returns: %TRUE on success; on failure the previous file is intact
 */
gboolean
tautan_session_save_dataset (TautanSession  *self,
                             GFile          *file,
                             GError        **error)
{
  gboolean moved;

  g_return_val_if_fail (TAUTAN_IS_SESSION (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!tautan_dataset_save (self->dataset, file, NULL, error))
    return FALSE;

  moved = tautan_dataset_get_file (self->dataset) == NULL ||
          !g_file_equal (tautan_dataset_get_file (self->dataset), file);
  _tautan_dataset_set_file (self->dataset, file, FALSE);
  tautan_dataset_set_read_only (self->dataset, FALSE);
  g_set_object (&self->saved_dataset, self->dataset);
  /* A saved workspace names the dataset's file: it must name the new one. */
  if (moved && self->file != NULL)
    {
      self->saved_serial = G_MAXUINT64;
      update_history_state (self);
    }
  /* Also when it was not modified: the file it lives in changed. */
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET_MODIFIED]);
  return TRUE;
}

/* The composed filter (outlet, language, state media, agency, status,
 * certainty, event type, kind, minimum edge weight) */

static void
set_filter (TautanSession *self,
            TautanFilter  *filter)
{
  if (tautan_filter_equal (self->filter, filter))
    return;
  tautan_filter_ref (filter);
  tautan_filter_unref (self->filter);
  self->filter = filter;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILTER]);
}

typedef struct
{
  TautanSessionChange  parent;
  TautanFilter        *filter[2];   /* before, after */
} ComposedFilterChange;

static void
composed_filter_change_apply (TautanSessionChange *change,
                              TautanSession       *session,
                              gboolean             undo)
{
  ComposedFilterChange *self = (ComposedFilterChange *)change;

  set_filter (session, self->filter[undo ? 0 : 1]);
}

static void
composed_filter_change_free (TautanSessionChange *change)
{
  ComposedFilterChange *self = (ComposedFilterChange *)change;

  tautan_filter_unref (self->filter[0]);
  tautan_filter_unref (self->filter[1]);
  g_free (self);
}

static const TautanSessionChangeClass composed_filter_change_class = {
  "filter", composed_filter_change_apply, NULL, composed_filter_change_free,
};

/**
 * tautan_session_get_filter:
 *
 * Returns: (transfer none): the composed event filter ("filter"); an
 *   empty filter lets every event through
 */
TautanFilter *
tautan_session_get_filter (TautanSession *self)
{
  g_return_val_if_fail (TAUTAN_IS_SESSION (self), NULL);
  return self->filter;
}

/**
 * tautan_session_set_filter:
 * @filter: the new filter (filters are immutable: build it with
 *   tautan_filter_with_values() and friends from the present one)
 *
 * An edit: undoable and saved in the workspace.
 */
void
tautan_session_set_filter (TautanSession *self,
                           TautanFilter  *filter)
{
  ComposedFilterChange *change;

  g_return_if_fail (TAUTAN_IS_SESSION (self));
  g_return_if_fail (filter != NULL);

  if (tautan_filter_equal (self->filter, filter))
    return;
  change = g_new0 (ComposedFilterChange, 1);
  change->parent.klass = &composed_filter_change_class;
  change->filter[0] = tautan_filter_ref (self->filter);
  change->filter[1] = tautan_filter_ref (filter);
  set_filter (self, filter);
  record (self, &change->parent);
}

/* The roll-up by affiliation: whether it is on and which groups are
 * drawn open. Groups are kept by entity id, so an id this dataset lacks
 * (an old workspace, a merged entity) stays for the next save. */

static void
set_rollup (TautanSession      *self,
            gboolean            rollup,
            const char * const *expanded)
{
  g_auto(GStrv) sorted = g_strdupv ((char **)expanded);

  if (sorted == NULL)
    sorted = g_new0 (char *, 1);
  qsort (sorted, g_strv_length (sorted), sizeof (char *), _tautan_compare_string_ptrs);

  g_object_freeze_notify (G_OBJECT (self));
  if (self->rollup != !!rollup)
    {
      self->rollup = !!rollup;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLLUP]);
    }
  if (!g_strv_equal ((const char * const *)self->expanded, (const char * const *)sorted))
    {
      g_strfreev (self->expanded);
      self->expanded = g_steal_pointer (&sorted);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPANDED]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

typedef struct
{
  TautanSessionChange  parent;
  gboolean             rollup[2];     /* before, after */
  GStrv                expanded[2];
} RollupChange;

static void
rollup_change_apply (TautanSessionChange *change,
                     TautanSession       *session,
                     gboolean             undo)
{
  RollupChange *self = (RollupChange *)change;
  guint which = undo ? 0 : 1;

  set_rollup (session, self->rollup[which], (const char * const *)self->expanded[which]);
}

static void
rollup_change_free (TautanSessionChange *change)
{
  RollupChange *self = (RollupChange *)change;

  g_strfreev (self->expanded[0]);
  g_strfreev (self->expanded[1]);
  g_free (self);
}

static const TautanSessionChangeClass rollup_change_class = {
  "rollup", rollup_change_apply, NULL, rollup_change_free,
};

static void
edit_rollup (TautanSession      *self,
             gboolean            rollup,
             const char * const *expanded)
{
  RollupChange *change = g_new0 (RollupChange, 1);

  change->parent.klass = &rollup_change_class;
  change->rollup[0] = self->rollup;
  change->expanded[0] = g_strdupv (self->expanded);
  set_rollup (self, rollup, expanded);
  change->rollup[1] = self->rollup;
  change->expanded[1] = g_strdupv (self->expanded);

  if (change->rollup[0] == change->rollup[1] &&
      g_strv_equal ((const char * const *)change->expanded[0], (const char * const *)change->expanded[1]))
    {
      rollup_change_free (&change->parent);
      return;
    }
  record (self, &change->parent);
}

/**
 * tautan_session_get_rollup:
 *
 * Returns: whether persons are drawn inside their state or organisation
 *   ("rollup")
 */
gboolean
tautan_session_get_rollup (TautanSession *self)
{
  g_return_val_if_fail (TAUTAN_IS_SESSION (self), FALSE);

  return self->rollup;
}

/**
 * tautan_session_set_rollup:
 * @rollup: whether to roll actors up into their groups
 *
 * An edit: undoable, saved. The groups kept open stay so when the
 * roll-up is switched off and on again.
 */
void
tautan_session_set_rollup (TautanSession *self,
                           gboolean       rollup)
{
  g_return_if_fail (TAUTAN_IS_SESSION (self));

  edit_rollup (self, rollup, (const char * const *)self->expanded);
}

/**
 * tautan_session_get_group_expanded:
 * @entity: an entity index
 *
 * Returns: whether the group @entity stands for is drawn open
 */
gboolean
tautan_session_get_group_expanded (TautanSession *self,
                                   guint          entity)
{
  g_return_val_if_fail (TAUTAN_IS_SESSION (self), FALSE);

  if (entity >= tautan_dataset_get_n_entities (self->dataset))
    return FALSE;
  return g_strv_contains ((const char * const *)self->expanded, entity_id (self, entity));
}

/**
 * tautan_session_set_group_expanded:
 * @entity: an entity index
 * @expanded: whether its group is drawn open (its members around it)
 *
 * An edit, as the roll-up itself.
 */
void
tautan_session_set_group_expanded (TautanSession *self,
                                   guint          entity,
                                   gboolean       expanded)
{
  g_autoptr(GPtrArray) ids = NULL;
  const char *id;

  g_return_if_fail (TAUTAN_IS_SESSION (self));
  g_return_if_fail (entity < tautan_dataset_get_n_entities (self->dataset));

  id = entity_id (self, entity);
  if (tautan_session_get_group_expanded (self, entity) == !!expanded)
    return;
  ids = g_ptr_array_new ();
  for (guint i = 0; self->expanded[i] != NULL; i++)
    if (!g_str_equal (self->expanded[i], id))
      g_ptr_array_add (ids, self->expanded[i]);
  if (expanded)
    g_ptr_array_add (ids, (gpointer)id);
  g_ptr_array_add (ids, NULL);
  edit_rollup (self, self->rollup, (const char * const *)ids->pdata);
}

/**
 * tautan_session_dup_expanded_groups:
 *
 * Returns: (transfer full): the open groups as tautan_rollup_compute()
 *   takes them: a set of entity indexes + 1 (ids the dataset lacks left
 *   out)
 */
GHashTable *
tautan_session_dup_expanded_groups (TautanSession *self)
{
  GHashTable *set;

  g_return_val_if_fail (TAUTAN_IS_SESSION (self), NULL);

  set = g_hash_table_new (NULL, NULL);
  for (guint i = 0; self->expanded[i] != NULL; i++)
    {
      guint entity = tautan_dataset_lookup_entity (self->dataset, self->expanded[i]);

      if (entity != TAUTAN_NONE)
        g_hash_table_add (set, GUINT_TO_POINTER (entity + 1));
    }
  return set;
}

/* What changed between two periods: the periods, or none. The changes
 * themselves are computed by whoever shows them (tautan-changes.h), from
 * the dataset and filter of the moment. */

static void
set_comparison (TautanSession          *self,
                const TautanComparison *comparison)
{
  if (!_tautan_comparison_slot_set (&self->comparison, comparison))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARISON]);
}

typedef struct
{
  TautanSessionChange  parent;
  TautanComparisonSlot comparison[2];   /* before, after */
} ComparisonChange;

static void
comparison_change_apply (TautanSessionChange *change,
                         TautanSession       *session,
                         gboolean             undo)
{
  ComparisonChange *self = (ComparisonChange *)change;
  guint which = undo ? 0 : 1;

  set_comparison (session, _tautan_comparison_slot_peek (&self->comparison[which]));
}

static void
comparison_change_free (TautanSessionChange *change)
{
  g_free (change);
}

static const TautanSessionChangeClass comparison_change_class = {
  "comparison", comparison_change_apply, NULL, comparison_change_free,
};

static void
edit_comparison (TautanSession          *self,
                 const TautanComparison *comparison)
{
  ComparisonChange *change;

  if (_tautan_comparison_equal (_tautan_comparison_slot_peek (&self->comparison), comparison))
    return;
  change = g_new0 (ComparisonChange, 1);
  change->parent.klass = &comparison_change_class;
  change->comparison[0] = self->comparison;
  set_comparison (self, comparison);
  change->comparison[1] = self->comparison;
  record (self, &change->parent);
}

/**
 * tautan_session_get_comparison:
 * @before: (out) (optional): the first period
 * @after: (out) (optional): the second period
 *
 * Returns: whether two periods are compared; @before and @after are set
 *   only then
 */
gboolean
tautan_session_get_comparison (TautanSession  *self,
                               TautanTimeSpan *before,
                               TautanTimeSpan *after)
{
  g_return_val_if_fail (TAUTAN_IS_SESSION (self), FALSE);

  return _tautan_comparison_slot_get (&self->comparison, before, after);
}

/**
 * tautan_session_set_comparison:
 * @before: the first period
 * @after: the second period, compared with the first
 *
 * Compares @before with @after: an edit, undoable and saved. The window
 * is the caller's to set (to span both periods, as the popover does).
 */
void
tautan_session_set_comparison (TautanSession        *self,
                               const TautanTimeSpan *before,
                               const TautanTimeSpan *after)
{
  TautanComparison comparison;

  g_return_if_fail (TAUTAN_IS_SESSION (self));
  g_return_if_fail (before != NULL && after != NULL);
  g_return_if_fail (before->from <= before->to && after->from <= after->to);

  comparison.before = *before;
  comparison.after = *after;
  edit_comparison (self, &comparison);
}

/**
 * tautan_session_clear_comparison:
 *
 * Stops comparing, as an edit.
 */
void
tautan_session_clear_comparison (TautanSession *self)
{
  g_return_if_fail (TAUTAN_IS_SESSION (self));

  edit_comparison (self, NULL);
}
