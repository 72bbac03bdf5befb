/* tautan-saved-view.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-saved-view"

#include "config.h"

#include "tautan/tautan-saved-view.h"

#include "tautan-comparison-private.h"
#include "tautan-saved-view-private.h"

struct _TautanSavedView
{
  GObject         parent_instance;

  char           *name;
  char           *title;
  char           *note;
  char           *marking;
  char           *entity;
  char           *source;
  char           *target;
  /* Members a newer Tautan wrote, given back on save. */
  JsonObject     *extra;
  GStrv           expanded;      /* roll-up groups drawn open, by entity id; NULL: none */

  TautanTimeSpan  span;
  TautanComparisonSlot comparison;
  double          zoom;
  double          center_x;
  double          center_y;
  guint           cumulative : 1;
  guint           rollup : 1;
  guint           has_camera : 1;  /* else the view is framed to fit when applied */
};

G_DEFINE_FINAL_TYPE (TautanSavedView, tautan_saved_view, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_TITLE,
  PROP_NOTE,
  PROP_MARKING,
  PROP_SPAN,
  PROP_CUMULATIVE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tautan_saved_view_finalize (GObject *object)
{
  TautanSavedView *self = (TautanSavedView *)object;

  g_free (self->name);
  g_free (self->title);
  g_free (self->note);
  g_free (self->marking);
  g_strfreev (self->expanded);
  g_free (self->entity);
  g_free (self->source);
  g_free (self->target);
  g_clear_pointer (&self->extra, json_object_unref);

  G_OBJECT_CLASS (tautan_saved_view_parent_class)->finalize (object);
}

static void
tautan_saved_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  TautanSavedView *self = TAUTAN_SAVED_VIEW (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;
    case PROP_MARKING:
      g_value_set_string (value, self->marking);
      break;
    case PROP_SPAN:
      g_value_set_boxed (value, &self->span);
      break;
    case PROP_CUMULATIVE:
      g_value_set_boolean (value, self->cumulative);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tautan_saved_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  TautanSavedView *self = TAUTAN_SAVED_VIEW (object);

  switch (prop_id)
    {
    case PROP_NAME:
      tautan_saved_view_set_name (self, g_value_get_string (value));
      break;
    case PROP_TITLE:
      tautan_saved_view_set_title (self, g_value_get_string (value));
      break;
    case PROP_NOTE:
      tautan_saved_view_set_note (self, g_value_get_string (value));
      break;
    case PROP_MARKING:
      tautan_saved_view_set_marking (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tautan_saved_view_class_init (TautanSavedViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tautan_saved_view_finalize;
  object_class->get_property = tautan_saved_view_get_property;
  object_class->set_property = tautan_saved_view_set_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /* A handling marking ("INTERNAL"), printed atop the view's pages. */
  properties[PROP_MARKING] =
    g_param_spec_string ("marking", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /* Read-only: set both with tautan_saved_view_set_window(). */
  properties[PROP_SPAN] =
    g_param_spec_boxed ("span", NULL, NULL, TAUTAN_TYPE_TIME_SPAN,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_CUMULATIVE] =
    g_param_spec_boolean ("cumulative", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tautan_saved_view_init (TautanSavedView *self)
{
  self->zoom = 1;
}

TautanSavedView *
tautan_saved_view_new (const char *name)
{
  return g_object_new (TAUTAN_TYPE_SAVED_VIEW, "name", name, NULL);
}

/**
 * tautan_saved_view_copy:
 *
 * Returns: (transfer full): an independent copy, for undo
 */
TautanSavedView *
tautan_saved_view_copy (TautanSavedView *self)
{
  TautanSavedView *copy;

  g_return_val_if_fail (TAUTAN_IS_SAVED_VIEW (self), NULL);

  copy = tautan_saved_view_new (self->name);
  copy->title = g_strdup (self->title);
  copy->note = g_strdup (self->note);
  copy->marking = g_strdup (self->marking);
  copy->extra = self->extra ? json_object_ref (self->extra) : NULL;
  copy->entity = g_strdup (self->entity);
  copy->source = g_strdup (self->source);
  copy->target = g_strdup (self->target);
  copy->span = self->span;
  copy->cumulative = self->cumulative;
  copy->rollup = self->rollup;
  copy->expanded = g_strdupv (self->expanded);
  copy->comparison = self->comparison;
  copy->zoom = self->zoom;
  copy->center_x = self->center_x;
  copy->center_y = self->center_y;
  copy->has_camera = self->has_camera;

  return copy;
}

/**
 * tautan_saved_view_assign:
 * @from: the values to take
 *
 * Makes @self equal to @from, notifying what changed, so rows showing
 * @self follow an undo.
 */
void
tautan_saved_view_assign (TautanSavedView *self,
                          TautanSavedView *from)
{
  g_return_if_fail (TAUTAN_IS_SAVED_VIEW (self));
  g_return_if_fail (TAUTAN_IS_SAVED_VIEW (from));

  g_object_freeze_notify (G_OBJECT (self));
  tautan_saved_view_set_name (self, from->name);
  tautan_saved_view_set_title (self, from->title);
  tautan_saved_view_set_note (self, from->note);
  tautan_saved_view_set_marking (self, from->marking);
  _tautan_saved_view_set_extra (self, from->extra);
  tautan_saved_view_set_window (self, &from->span, from->cumulative);
  tautan_saved_view_set_camera (self, from->zoom, from->center_x, from->center_y);
  self->has_camera = from->has_camera;
  tautan_saved_view_set_rollup (self, from->rollup, (const char * const *)from->expanded);
  self->comparison = from->comparison;
  if (from->entity != NULL)
    tautan_saved_view_select_entity (self, from->entity);
  else
    tautan_saved_view_select_edge (self, from->source, from->target);
  g_object_thaw_notify (G_OBJECT (self));
}

/* NULL and empty alike: no group open. */
static gboolean
strv_equal (char **a,
            char **b)
{
  if (a == NULL || b == NULL)
    return (a == NULL || a[0] == NULL) && (b == NULL || b[0] == NULL);
  return g_strv_equal ((const char * const *)a, (const char * const *)b);
}

gboolean
tautan_saved_view_equal (TautanSavedView *a,
                         TautanSavedView *b)
{
  g_return_val_if_fail (TAUTAN_IS_SAVED_VIEW (a), FALSE);
  g_return_val_if_fail (TAUTAN_IS_SAVED_VIEW (b), FALSE);

  return g_strcmp0 (a->name, b->name) == 0 && g_strcmp0 (a->title, b->title) == 0 &&
         g_strcmp0 (a->note, b->note) == 0 && g_strcmp0 (a->marking, b->marking) == 0 &&
         g_strcmp0 (a->entity, b->entity) == 0 &&
         g_strcmp0 (a->source, b->source) == 0 && g_strcmp0 (a->target, b->target) == 0 &&
         tautan_time_span_equal (&a->span, &b->span) && a->cumulative == b->cumulative &&
         a->has_camera == b->has_camera &&
         a->zoom == b->zoom && a->center_x == b->center_x && a->center_y == b->center_y &&
         a->rollup == b->rollup && strv_equal (a->expanded, b->expanded) &&
         _tautan_comparison_slot_equal (&a->comparison, &b->comparison);
}

#define STRING_ACCESSORS(field, PROP)                                           \
  const char *                                                                  \
  tautan_saved_view_get_##field (TautanSavedView *self)                         \
  {                                                                             \
    g_return_val_if_fail (TAUTAN_IS_SAVED_VIEW (self), NULL);                   \
    return self->field;                                                         \
  }                                                                             \
                                                                                \
  void                                                                          \
  tautan_saved_view_set_##field (TautanSavedView *self,                         \
                                 const char      *value)                        \
  {                                                                             \
    g_return_if_fail (TAUTAN_IS_SAVED_VIEW (self));                             \
    if (g_set_str_compat (&self->field, value))                                 \
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP]);             \
  }

/* g_set_str() is GLib 2.76. */
static gboolean
g_set_str_compat (char       **field,
                  const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

STRING_ACCESSORS (name, PROP_NAME)
STRING_ACCESSORS (title, PROP_TITLE)
STRING_ACCESSORS (note, PROP_NOTE)
STRING_ACCESSORS (marking, PROP_MARKING)

JsonObject *
_tautan_saved_view_get_extra (TautanSavedView *self)
{
  g_return_val_if_fail (TAUTAN_IS_SAVED_VIEW (self), NULL);
  return self->extra;
}

/* @extra: (nullable): kept by reference, and never changed after */
void
_tautan_saved_view_set_extra (TautanSavedView *self,
                              JsonObject      *extra)
{
  g_return_if_fail (TAUTAN_IS_SAVED_VIEW (self));

  if (self->extra == extra)
    return;
  g_clear_pointer (&self->extra, json_object_unref);
  if (extra != NULL && json_object_get_size (extra) > 0)
    self->extra = json_object_ref (extra);
}

TautanTimeSpan
tautan_saved_view_get_span (TautanSavedView *self)
{
  return self->span;
}

gboolean
tautan_saved_view_get_cumulative (TautanSavedView *self)
{
  g_return_val_if_fail (TAUTAN_IS_SAVED_VIEW (self), FALSE);
  return self->cumulative;
}

void
tautan_saved_view_set_window (TautanSavedView      *self,
                              const TautanTimeSpan *span,
                              gboolean              cumulative)
{
  g_return_if_fail (TAUTAN_IS_SAVED_VIEW (self));
  g_return_if_fail (span != NULL);

  if (!tautan_time_span_equal (&self->span, span))
    {
      self->span = *span;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPAN]);
    }
  if (self->cumulative != !!cumulative)
    {
      self->cumulative = !!cumulative;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CUMULATIVE]);
    }
}

void
tautan_saved_view_get_camera (TautanSavedView *self,
                              double          *zoom,
                              double          *center_x,
                              double          *center_y)
{
  g_return_if_fail (TAUTAN_IS_SAVED_VIEW (self));
  *zoom = self->zoom;
  *center_x = self->center_x;
  *center_y = self->center_y;
}

void
tautan_saved_view_set_camera (TautanSavedView *self,
                              double           zoom,
                              double           center_x,
                              double           center_y)
{
  g_return_if_fail (TAUTAN_IS_SAVED_VIEW (self));
  self->zoom = zoom;
  self->center_x = center_x;
  self->center_y = center_y;
  self->has_camera = TRUE;
}

/**
 * tautan_saved_view_has_camera:
 *
 * A view written without a camera (by hand, or by a tool) is framed to
 * fit what it draws when applied, not seen at zoom 1 around the origin.
 *
 * Returns: whether a camera was set
 */
gboolean
tautan_saved_view_has_camera (TautanSavedView *self)
{
  g_return_val_if_fail (TAUTAN_IS_SAVED_VIEW (self), FALSE);
  return self->has_camera;
}

const char *
tautan_saved_view_get_entity (TautanSavedView *self)
{
  g_return_val_if_fail (TAUTAN_IS_SAVED_VIEW (self), NULL);
  return self->entity;
}

void
tautan_saved_view_get_edge (TautanSavedView  *self,
                            const char      **source,
                            const char      **target)
{
  g_return_if_fail (TAUTAN_IS_SAVED_VIEW (self));
  *source = self->source;
  *target = self->target;
}

void
tautan_saved_view_select_entity (TautanSavedView *self,
                                 const char      *entity)
{
  g_return_if_fail (TAUTAN_IS_SAVED_VIEW (self));
  g_set_str_compat (&self->entity, entity);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->target, g_free);
}

void
tautan_saved_view_select_edge (TautanSavedView *self,
                               const char      *source,
                               const char      *target)
{
  g_return_if_fail (TAUTAN_IS_SAVED_VIEW (self));
  g_clear_pointer (&self->entity, g_free);
  g_set_str_compat (&self->source, source);
  g_set_str_compat (&self->target, target);
}

/**
 * tautan_saved_view_get_rollup:
 * @expanded: (out) (optional) (transfer none): the groups drawn open, by
 *   entity id; never %NULL
 *
 * Returns: whether the view draws persons inside their groups
 */
gboolean
tautan_saved_view_get_rollup (TautanSavedView      *self,
                              const char * const **expanded)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (TAUTAN_IS_SAVED_VIEW (self), FALSE);

  if (expanded != NULL)
    *expanded = self->expanded != NULL ? (const char * const *)self->expanded : none;
  return self->rollup;
}

void
tautan_saved_view_set_rollup (TautanSavedView    *self,
                              gboolean            rollup,
                              const char * const *expanded)
{
  g_return_if_fail (TAUTAN_IS_SAVED_VIEW (self));

  self->rollup = !!rollup;
  if (strv_equal (self->expanded, (char **)expanded))
    return;
  g_strfreev (self->expanded);
  self->expanded = expanded != NULL && expanded[0] != NULL ? g_strdupv ((char **)expanded) : NULL;
}

/**
 * tautan_saved_view_get_comparison:
 * @before: (out) (optional): the first period
 * @after: (out) (optional): the second period
 *
 * Returns: whether the view compares two periods; @before and @after are
 *   set only then
 */
gboolean
tautan_saved_view_get_comparison (TautanSavedView *self,
                                  TautanTimeSpan  *before,
                                  TautanTimeSpan  *after)
{
  g_return_val_if_fail (TAUTAN_IS_SAVED_VIEW (self), FALSE);

  return _tautan_comparison_slot_get (&self->comparison, before, after);
}

void
tautan_saved_view_set_comparison (TautanSavedView      *self,
                                  const TautanTimeSpan *before,
                                  const TautanTimeSpan *after)
{
  g_return_if_fail (TAUTAN_IS_SAVED_VIEW (self));
  g_return_if_fail ((before == NULL) == (after == NULL));

  _tautan_comparison_slot_set_periods (&self->comparison, before, after);
}
