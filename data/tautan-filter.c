/* tautan-filter.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Owns the composable event filter: an immutable value (AND of
 * criteria, OR within each), its words for exports, its JSON for the
 * workspace, and the events and aggregated edges that pass it.
 */

#define G_LOG_DOMAIN "tautan-filter"

#include "config.h"

#include <string.h>

#include "tautan/tautan-filter.h"

#include "tautan-slice-private.h"
#include "tautan-sort-private.h"

struct _TautanFilter
{
  gatomicrefcount   ref_count;
  GStrv             values[TAUTAN_N_FILTER_FIELDS];  /* sorted, unique; NULL = unset */
  TautanStateMedia  state_media;
  guint             min_weight;                      /* 0 and 1 filter nothing */
};

G_DEFINE_BOXED_TYPE (TautanFilter, tautan_filter, tautan_filter_ref, tautan_filter_unref)

static const char *field_names[] = {
  "outlet", "language", "agency", "status", "attribution", "event_type", "entity_kind",
};
G_STATIC_ASSERT (G_N_ELEMENTS (field_names) == TAUTAN_N_FILTER_FIELDS);

/* Words for to_string, singular and as the OR list's lead. */
static const char *field_words[] = {
  "outlet", "language", "relayed from", "status", "attribution", "event type", "entity kind",
};
G_STATIC_ASSERT (G_N_ELEMENTS (field_words) == TAUTAN_N_FILTER_FIELDS);

static const char *attribution_names[] = { "certain", "uncertain" };

const char *
tautan_filter_field_to_string (TautanFilterField field)
{
  g_return_val_if_fail (field < TAUTAN_N_FILTER_FIELDS, NULL);
  return field_names[field];
}

int
tautan_filter_field_from_string (const char *name)
{
  for (guint i = 0; i < TAUTAN_N_FILTER_FIELDS; i++)
    if (g_strcmp0 (name, field_names[i]) == 0)
      return (int)i;
  return -1;
}

TautanFilter *
tautan_filter_new (void)
{
  TautanFilter *self = g_new0 (TautanFilter, 1);

  g_atomic_ref_count_init (&self->ref_count);
  return self;
}

TautanFilter *
tautan_filter_ref (TautanFilter *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
tautan_filter_unref (TautanFilter *self)
{
  g_return_if_fail (self != NULL);
  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  for (guint i = 0; i < TAUTAN_N_FILTER_FIELDS; i++)
    g_strfreev (self->values[i]);
  g_free (self);
}

static TautanFilter *
filter_copy (const TautanFilter *self)
{
  TautanFilter *copy = tautan_filter_new ();

  for (guint i = 0; i < TAUTAN_N_FILTER_FIELDS; i++)
    copy->values[i] = g_strdupv (self->values[i]);
  copy->state_media = self->state_media;
  copy->min_weight = self->min_weight;
  return copy;
}

/* Sorted and unique, so that equal sets compare equal. */
static GStrv
normalise_values (const char * const *values)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();
  g_autoptr(GStrvBuilder) builder = NULL;

  if (values == NULL || values[0] == NULL)
    return NULL;
  for (guint i = 0; values[i]; i++)
    g_ptr_array_add (sorted, (gpointer)values[i]);
  g_ptr_array_sort (sorted, _tautan_compare_string_ptrs);
  builder = g_strv_builder_new ();
  for (guint i = 0; i < sorted->len; i++)
    if (i == 0 || strcmp (sorted->pdata[i], sorted->pdata[i - 1]) != 0)
      g_strv_builder_add (builder, sorted->pdata[i]);
  return g_strv_builder_end (builder);
}

TautanFilter *
tautan_filter_with_values (const TautanFilter *self,
                           TautanFilterField   field,
                           const char * const *values)
{
  TautanFilter *copy;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (field < TAUTAN_N_FILTER_FIELDS, NULL);

  copy = filter_copy (self);
  g_clear_pointer (&copy->values[field], g_strfreev);
  copy->values[field] = normalise_values (values);
  return copy;
}

TautanFilter *
tautan_filter_with_state_media (const TautanFilter *self,
                                TautanStateMedia    state_media)
{
  TautanFilter *copy;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (state_media <= TAUTAN_STATE_MEDIA_EXCLUDED, NULL);

  copy = filter_copy (self);
  copy->state_media = state_media;
  return copy;
}

TautanFilter *
tautan_filter_with_min_weight (const TautanFilter *self,
                               guint               min_weight)
{
  TautanFilter *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = filter_copy (self);
  copy->min_weight = min_weight <= 1 ? 0 : min_weight;
  return copy;
}

const char * const *
tautan_filter_get_values (const TautanFilter *self,
                          TautanFilterField   field)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (field < TAUTAN_N_FILTER_FIELDS, NULL);
  return (const char * const *)self->values[field];
}

TautanStateMedia
tautan_filter_get_state_media (const TautanFilter *self)
{
  g_return_val_if_fail (self != NULL, TAUTAN_STATE_MEDIA_ANY);
  return self->state_media;
}

guint
tautan_filter_get_min_weight (const TautanFilter *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->min_weight;
}

gboolean
tautan_filter_is_empty (const TautanFilter *self)
{
  g_return_val_if_fail (self != NULL, TRUE);
  for (guint i = 0; i < TAUTAN_N_FILTER_FIELDS; i++)
    if (self->values[i] != NULL)
      return FALSE;
  return self->state_media == TAUTAN_STATE_MEDIA_ANY && self->min_weight == 0;
}

gboolean
tautan_filter_equal (const TautanFilter *a,
                     const TautanFilter *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);
  for (guint i = 0; i < TAUTAN_N_FILTER_FIELDS; i++)
    {
      if ((a->values[i] == NULL) != (b->values[i] == NULL))
        return FALSE;
      if (a->values[i] != NULL &&
          !g_strv_equal ((const char * const *)a->values[i], (const char * const *)b->values[i]))
        return FALSE;
    }
  return a->state_media == b->state_media && a->min_weight == b->min_weight;
}

/* "Only: state media; status claimed or denied; weight ≥ 3" */
char *
tautan_filter_to_string (const TautanFilter *self)
{
  g_autoptr(GString) out = g_string_new (NULL);

  g_return_val_if_fail (self != NULL, NULL);

  if (tautan_filter_is_empty (self))
    return g_strdup ("All events");

  if (self->state_media == TAUTAN_STATE_MEDIA_ONLY)
    g_string_append (out, "state media");
  else if (self->state_media == TAUTAN_STATE_MEDIA_EXCLUDED)
    g_string_append (out, "not only state media");

  for (guint i = 0; i < TAUTAN_N_FILTER_FIELDS; i++)
    {
      GStrv v = self->values[i];

      if (v == NULL)
        continue;
      if (out->len > 0)
        g_string_append (out, "; ");
      g_string_append_printf (out, "%s ", field_words[i]);
      for (guint j = 0; v[j]; j++)
        {
          if (j > 0)
            g_string_append (out, v[j + 1] ? ", " : " or ");
          g_string_append (out, v[j]);
        }
    }

  if (self->min_weight > 0)
    g_string_append_printf (out, "%sweight ≥ %u", out->len ? "; " : "", self->min_weight);

  g_string_prepend (out, "Only: ");
  return g_string_free (g_steal_pointer (&out), FALSE);
}

JsonNode *
tautan_filter_to_json (const TautanFilter *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (self != NULL, NULL);

  json_builder_begin_object (builder);
  for (guint i = 0; i < TAUTAN_N_FILTER_FIELDS; i++)
    {
      if (self->values[i] == NULL)
        continue;
      json_builder_set_member_name (builder, field_names[i]);
      json_builder_begin_array (builder);
      for (guint j = 0; self->values[i][j]; j++)
        json_builder_add_string_value (builder, self->values[i][j]);
      json_builder_end_array (builder);
    }
  if (self->state_media != TAUTAN_STATE_MEDIA_ANY)
    {
      json_builder_set_member_name (builder, "state_media");
      json_builder_add_string_value (builder, self->state_media == TAUTAN_STATE_MEDIA_ONLY ? "only" : "excluded");
    }
  if (self->min_weight > 0)
    {
      json_builder_set_member_name (builder, "min_weight");
      json_builder_add_int_value (builder, self->min_weight);
    }
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

static gboolean
value_known (TautanFilterField field,
             const char       *value)
{
  switch ((int)field)
    {
    case TAUTAN_FILTER_STATUS:
      for (guint s = 0; s < TAUTAN_N_STATUSES; s++)
        if (strcmp (value, tautan_status_to_string (s)) == 0)
          return TRUE;
      return FALSE;
    case TAUTAN_FILTER_ATTRIBUTION:
      return strcmp (value, attribution_names[0]) == 0 || strcmp (value, attribution_names[1]) == 0;
    case TAUTAN_FILTER_ENTITY_KIND:
      for (guint k = 0; k < TAUTAN_N_ENTITY_KINDS; k++)
        if (strcmp (value, tautan_entity_kind_to_string (k)) == 0)
          return TRUE;
      return FALSE;
    default:
      return value[0] != '\0';
    }
}

static gboolean
fail (GError    **error,
      const char *path,
      const char *member,
      const char *reason)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "%s%s%s: %s",
               path ? path : "$", member ? "." : "", member ? member : "", reason);
  return FALSE;
}

TautanFilter *
tautan_filter_from_json (JsonNode    *node,
                         const char  *path,
                         GError     **error)
{
  g_autoptr(TautanFilter) self = tautan_filter_new ();
  g_autoptr(GList) members = NULL;
  JsonObject *object;

  g_return_val_if_fail (node != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      fail (error, path, NULL, "the filters must be an object");
      return NULL;
    }
  object = json_node_get_object (node);
  members = json_object_get_members (object);

  for (const GList *l = members; l; l = l->next)
    {
      const char *name = l->data;
      JsonNode *member = json_object_get_member (object, name);
      int field = tautan_filter_field_from_string (name);

      if (field >= 0)
        {
          g_autoptr(GPtrArray) values = g_ptr_array_new ();
          JsonArray *array;

          if (!JSON_NODE_HOLDS_ARRAY (member))
            {
              fail (error, path, name, "must be an array of strings");
              return NULL;
            }
          array = json_node_get_array (member);
          for (guint i = 0; i < json_array_get_length (array); i++)
            {
              JsonNode *item = json_array_get_element (array, i);
              const char *value;

              if (!JSON_NODE_HOLDS_VALUE (item) || json_node_get_value_type (item) != G_TYPE_STRING)
                {
                  g_autofree char *where = g_strdup_printf ("%s[%u]", name, i);
                  fail (error, path, where, "must be a string");
                  return NULL;
                }
              value = json_node_get_string (item);
              if (!value_known (field, value))
                {
                  g_autofree char *where = g_strdup_printf ("%s[%u]", name, i);
                  g_autofree char *reason = g_strdup_printf ("“%s” is not a known %s", value, field_words[field]);
                  fail (error, path, where, reason);
                  return NULL;
                }
              g_ptr_array_add (values, (gpointer)value);
            }
          g_ptr_array_add (values, NULL);
          self->values[field] = normalise_values ((const char * const *)values->pdata);
        }
      else if (strcmp (name, "state_media") == 0)
        {
          const char *value = JSON_NODE_HOLDS_VALUE (member) && json_node_get_value_type (member) == G_TYPE_STRING
                              ? json_node_get_string (member) : NULL;

          if (g_strcmp0 (value, "only") == 0)
            self->state_media = TAUTAN_STATE_MEDIA_ONLY;
          else if (g_strcmp0 (value, "excluded") == 0)
            self->state_media = TAUTAN_STATE_MEDIA_EXCLUDED;
          else if (g_strcmp0 (value, "any") == 0)
            self->state_media = TAUTAN_STATE_MEDIA_ANY;
          else
            {
              fail (error, path, name, "must be \"any\", \"only\" or \"excluded\"");
              return NULL;
            }
        }
      else if (strcmp (name, "min_weight") == 0)
        {
          gint64 weight;

          if (!JSON_NODE_HOLDS_VALUE (member) || json_node_get_value_type (member) != G_TYPE_INT64 ||
              (weight = json_node_get_int (member)) < 0 || weight > G_MAXINT32)
            {
              fail (error, path, name, "must be a whole number from 0");
              return NULL;
            }
          self->min_weight = weight <= 1 ? 0 : (guint)weight;
        }
      else
        {
          fail (error, path, name, "is not a filter criterion");
          return NULL;
        }
    }

  return g_steal_pointer (&self);
}

/* Event types are the only values that depend on the dataset's taxonomy. */
gboolean
tautan_filter_check (const TautanFilter  *self,
                     TautanDataset       *dataset,
                     GError             **error)
{
  GStrv types;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (TAUTAN_IS_DATASET (dataset), FALSE);

  types = self->values[TAUTAN_FILTER_EVENT_TYPE];
  for (guint i = 0; types && types[i]; i++)
    if (tautan_taxonomy_lookup (tautan_dataset_get_taxonomy (dataset), types[i]) < 0)
      {
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                     "event type “%s” is not in the dataset's taxonomy", types[i]);
        return FALSE;
      }
  return TRUE;
}

static gboolean
strv_has (GStrv       v,
          const char *s)
{
  return s != NULL && g_strv_contains ((const char * const *)v, s);
}

/* The criteria resolved against one dataset: per-source, per-entity and
 * per-type flags, so matching an event is a few array lookups. */
typedef struct
{
  guint8  *source_ok;      /* passes outlet, language, agency, state media */
  gboolean sources_set;
  guint8  *entity_ok;
  gboolean entities_set;
  guint8  *type_ok;
  gboolean types_set;
  guint    status_mask;
  gint     attribution;    /* -1 any, else bit 0 certain, bit 1 uncertain */
} Resolved;

static void
agency_names (const char *relayed_from,
              GPtrArray  *names)
{
  g_autoptr(JsonNode) root = NULL;
  JsonArray *array;

  if (relayed_from == NULL || (root = json_from_string (relayed_from, NULL)) == NULL ||
      !JSON_NODE_HOLDS_ARRAY (root))
    return;
  array = json_node_get_array (root);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *item = json_array_get_element (array, i);
      const char *name;

      if (JSON_NODE_HOLDS_OBJECT (item) &&
          (name = json_object_get_string_member_with_default (json_node_get_object (item), "name", NULL)))
        g_ptr_array_add (names, g_strdup (name));
    }
}

static void
resolve (const TautanFilter *self,
         TautanDataset      *dataset,
         Resolved           *r)
{
  TautanTaxonomy *taxonomy = tautan_dataset_get_taxonomy (dataset);
  guint n;

  memset (r, 0, sizeof *r);

  r->sources_set = self->values[TAUTAN_FILTER_OUTLET] || self->values[TAUTAN_FILTER_LANGUAGE] ||
                   self->values[TAUTAN_FILTER_AGENCY] || self->state_media != TAUTAN_STATE_MEDIA_ANY;
  if (r->sources_set)
    {
      n = tautan_dataset_get_n_sources (dataset);
      r->source_ok = g_new0 (guint8, MAX (n, 1));
      for (guint i = 0; i < n; i++)
        {
          TautanSource s;
          gboolean ok = TRUE;

          tautan_dataset_get_source (dataset, i, &s);
          if (self->values[TAUTAN_FILTER_OUTLET] && !strv_has (self->values[TAUTAN_FILTER_OUTLET], s.outlet))
            ok = FALSE;
          if (ok && self->values[TAUTAN_FILTER_LANGUAGE] && !strv_has (self->values[TAUTAN_FILTER_LANGUAGE], s.language))
            ok = FALSE;
          if (ok && self->state_media == TAUTAN_STATE_MEDIA_ONLY && !s.state_media)
            ok = FALSE;
          if (ok && self->state_media == TAUTAN_STATE_MEDIA_EXCLUDED && s.state_media)
            ok = FALSE;
          if (ok && self->values[TAUTAN_FILTER_AGENCY])
            {
              g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

              ok = FALSE;
              agency_names (s.relayed_from, names);
              for (guint k = 0; k < names->len && !ok; k++)
                ok = strv_has (self->values[TAUTAN_FILTER_AGENCY], names->pdata[k]);
            }
          r->source_ok[i] = ok;
        }
    }

  r->entities_set = self->values[TAUTAN_FILTER_ENTITY_KIND] != NULL;
  if (r->entities_set)
    {
      n = tautan_dataset_get_n_entities (dataset);
      r->entity_ok = g_new0 (guint8, MAX (n, 1));
      for (guint i = 0; i < n; i++)
        {
          TautanEntity e;

          tautan_dataset_get_entity (dataset, i, &e);
          r->entity_ok[i] = strv_has (self->values[TAUTAN_FILTER_ENTITY_KIND],
                                      tautan_entity_kind_to_string (e.kind));
        }
    }

  r->types_set = self->values[TAUTAN_FILTER_EVENT_TYPE] != NULL;
  if (r->types_set)
    {
      n = tautan_taxonomy_get_n_types (taxonomy);
      r->type_ok = g_new0 (guint8, MAX (n, 1));
      for (guint i = 0; i < n; i++)
        r->type_ok[i] = strv_has (self->values[TAUTAN_FILTER_EVENT_TYPE],
                                  tautan_taxonomy_get_event_type (taxonomy, i)->id);
    }

  r->status_mask = self->values[TAUTAN_FILTER_STATUS] ? 0 : G_MAXUINT;
  for (guint s = 0; s < TAUTAN_N_STATUSES && self->values[TAUTAN_FILTER_STATUS]; s++)
    if (strv_has (self->values[TAUTAN_FILTER_STATUS], tautan_status_to_string (s)))
      r->status_mask |= 1u << s;

  r->attribution = -1;
  if (self->values[TAUTAN_FILTER_ATTRIBUTION])
    r->attribution = (strv_has (self->values[TAUTAN_FILTER_ATTRIBUTION], "certain") ? 1 : 0) |
                     (strv_has (self->values[TAUTAN_FILTER_ATTRIBUTION], "uncertain") ? 2 : 0);
}

static void
resolved_clear (Resolved *r)
{
  g_free (r->source_ok);
  g_free (r->entity_ok);
  g_free (r->type_ok);
}

static gboolean
event_passes (const Resolved    *r,
              TautanDataset     *dataset,
              const TautanEvent *ev)
{
  if (!(r->status_mask & (1u << ev->status)))
    return FALSE;
  if (r->types_set && !r->type_ok[ev->type])
    return FALSE;
  if (r->sources_set)
    {
      gboolean any = FALSE;

      for (guint i = 0; i < ev->n_sources && !any; i++)
        any = r->source_ok[ev->sources[i]];
      if (!any)
        return FALSE;
    }
  if (r->entities_set)
    {
      gboolean any = FALSE;

      for (guint i = 0; i < ev->n_actors && !any; i++)
        any = r->entity_ok[ev->actors[i]];
      for (guint i = 0; i < ev->n_targets && !any; i++)
        any = r->entity_ok[ev->targets[i]];
      if (!any)
        return FALSE;
    }
  if (r->attribution >= 0)
    {
      gboolean any = FALSE;

      for (guint i = 0; i < ev->n_quotes && !any; i++)
        {
          TautanQuote q;

          tautan_dataset_get_quote (dataset, ev->quotes[i], &q);
          any = (r->attribution & (q.attribution_certain ? 1 : 2)) != 0;
        }
      if (!any)
        return FALSE;
    }
  return TRUE;
}

/* The indexes of the events whose dates overlap @span (all events when
 * @span is NULL) and that pass every criterion; in dataset order. The
 * minimum weight applies to edges, not here. */
GArray *
tautan_filter_list_events (const TautanFilter   *self,
                           TautanDataset        *dataset,
                           const TautanTimeSpan *span)
{
  GArray *events = g_array_new (FALSE, FALSE, sizeof (guint));
  guint n;
  Resolved r;

  g_return_val_if_fail (self != NULL, events);
  g_return_val_if_fail (TAUTAN_IS_DATASET (dataset), events);

  resolve (self, dataset, &r);
  n = tautan_dataset_get_n_events (dataset);
  for (guint i = 0; i < n; i++)
    {
      TautanEvent ev;

      tautan_dataset_get_event (dataset, i, &ev);
      if (span != NULL && !tautan_time_span_overlaps (span, ev.start, ev.end))
        continue;
      if (event_passes (&r, dataset, &ev))
        g_array_append_val (events, i);
    }
  resolved_clear (&r);
  return events;
}

void
tautan_filter_edges_free (TautanFilterEdges *edges)
{
  if (edges == NULL)
    return;
  g_clear_pointer (&edges->edges, g_array_unref);
  g_clear_pointer (&edges->type_pairs, g_array_unref);
  g_clear_pointer (&edges->events, g_array_unref);
  g_free (edges);
}

typedef struct
{
  TautanSliceEdge edge;
  GHashTable     *types;       /* type → count */
  guint           last_event;  /* an event counts once per edge, whatever the mapping */
} EdgeAcc;

static void
edge_acc_free (gpointer data)
{
  EdgeAcc *acc = data;

  g_hash_table_unref (acc->types);
  g_free (acc);
}

static int
compare_edges (gconstpointer a,
               gconstpointer b)
{
  const TautanSliceEdge *x = a, *y = b;

  if (x->source != y->source)
    return x->source < y->source ? -1 : 1;
  if (x->target != y->target)
    return x->target < y->target ? -1 : 1;
  return 0;
}

static int
compare_type_pairs (gconstpointer a,
                    gconstpointer b)
{
  const guint32 *x = a, *y = b;

  if (x[1] != y[1])
    return x[1] > y[1] ? -1 : 1;   /* most frequent first */
  return x[0] < y[0] ? -1 : x[0] > y[0];
}

/* Actor → target edges of @events (as tautan_filter_list_events gives
 * them), one per ordered pair, self-loops left out as the slice does;
 * dates clipped to @span when given. Edges below the filter's minimum
 * weight are dropped. */
TautanFilterEdges *
tautan_filter_aggregate_edges (const TautanFilter   *self,
                               TautanDataset        *dataset,
                               const TautanTimeSpan *span,
                               GArray               *events)
{
  return tautan_filter_aggregate_edges_mapped (self, dataset, span, events, NULL);
}

/* As tautan_filter_aggregate_edges, with each entity replaced by
 * @map[entity] first (a roll-up): pairs that map to one node are no
 * edge, and an event backing several pairs that map to the same edge
 * counts once. */
TautanFilterEdges *
tautan_filter_aggregate_edges_mapped (const TautanFilter   *self,
                                      TautanDataset        *dataset,
                                      const TautanTimeSpan *span,
                                      GArray               *events,
                                      const guint          *map)
{
  g_autoptr(GHashTable) pairs = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, edge_acc_free);
  TautanTaxonomy *taxonomy;
  TautanFilterEdges *out;
  GHashTableIter iter;
  EdgeAcc *acc;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (TAUTAN_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (events != NULL, NULL);

  taxonomy = tautan_dataset_get_taxonomy (dataset);
  for (guint i = 0; i < events->len; i++)
    {
      TautanEvent ev;
      TautanDay first, last;

      tautan_dataset_get_event (dataset, g_array_index (events, guint, i), &ev);
      first = span ? MAX (ev.start, span->from) : ev.start;
      last = span ? MIN (ev.end, span->to) : ev.end;
      for (guint a = 0; a < ev.n_actors; a++)
        for (guint t = 0; t < ev.n_targets; t++)
          {
            guint src = map ? map[ev.actors[a]] : ev.actors[a];
            guint dst = map ? map[ev.targets[t]] : ev.targets[t];
            gint64 key;
            gpointer count;

            if (src == dst)
              continue;
            key = ((gint64)src << 32) | dst;
            acc = g_hash_table_lookup (pairs, &key);
            if (acc == NULL)
              {
                acc = g_new0 (EdgeAcc, 1);
                acc->edge.edge = TAUTAN_NONE;
                acc->edge.source = src;
                acc->edge.target = dst;
                acc->last_event = G_MAXUINT;
                acc->edge.first = first;
                acc->edge.last = last;
                acc->types = g_hash_table_new (NULL, NULL);
                g_hash_table_insert (pairs, g_memdup2 (&key, sizeof key), acc);
              }
            if (acc->last_event == i)
              continue;
            acc->last_event = i;
            acc->edge.count++;
            if (ev.precision != TAUTAN_PRECISION_DAY)
              acc->edge.imprecise++;
            acc->edge.first = MIN (acc->edge.first, first);
            acc->edge.last = MAX (acc->edge.last, last);
            acc->edge.quad_counts[tautan_taxonomy_get_event_type (taxonomy, ev.type)->quad_class]++;
            count = g_hash_table_lookup (acc->types, GUINT_TO_POINTER (ev.type + 1));
            g_hash_table_insert (acc->types, GUINT_TO_POINTER (ev.type + 1),
                                 GUINT_TO_POINTER (GPOINTER_TO_UINT (count) + 1));
          }
    }

  out = g_new0 (TautanFilterEdges, 1);
  out->edges = g_array_new (FALSE, FALSE, sizeof (TautanSliceEdge));
  out->type_pairs = g_array_new (FALSE, FALSE, sizeof (guint32));

  g_hash_table_iter_init (&iter, pairs);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *)&acc))
    if (acc->edge.count >= MAX (self->min_weight, 1))
      g_array_append_val (out->edges, acc->edge);
  g_array_sort (out->edges, compare_edges);

  for (guint i = 0; i < out->edges->len; i++)
    {
      TautanSliceEdge *edge = &g_array_index (out->edges, TautanSliceEdge, i);
      gint64 key = ((gint64)edge->source << 32) | edge->target;
      g_autoptr(GArray) types = g_array_new (FALSE, FALSE, sizeof (guint32) * 2);
      GHashTableIter titer;
      gpointer type, count;
      guint best = 0;

      acc = g_hash_table_lookup (pairs, &key);
      g_hash_table_iter_init (&titer, acc->types);
      while (g_hash_table_iter_next (&titer, &type, &count))
        {
          guint32 pair[2] = { GPOINTER_TO_UINT (type) - 1, GPOINTER_TO_UINT (count) };
          g_array_append_val (types, pair);
        }
      g_array_sort (types, compare_type_pairs);
      edge->type_offset = out->type_pairs->len / 2;
      edge->n_types = types->len;
      edge->dominant_type = ((guint32 *)types->data)[0];
      g_array_append_vals (out->type_pairs, types->data, types->len * 2);
      for (guint q = 1; q < TAUTAN_N_QUAD_CLASSES; q++)
        if (edge->quad_counts[q] > edge->quad_counts[best])
          best = q;
      edge->dominant_quad = best;
    }

  return out;
}

/* The window the canvas draws of @slice: a cumulative one from the start. */
static TautanTimeSpan
slice_window (TautanSlice *slice)
{
  TautanTimeSpan span = tautan_slice_get_span (slice);

  if (tautan_slice_get_cumulative (slice))
    span.from = TAUTAN_DAY_MIN;
  return span;
}

/**
 * tautan_filter_count_shown:
 * @self: the composed filter
 * @slice: the window
 * @hidden_kinds: bit per #TautanEntityKind
 * @hidden_types: event types left out
 * @cancellable: (nullable): checked as it goes
 *
 * Counts what the canvas draws of @slice's window under @self with these
 * kinds and types hidden, from what the canvas draws it from: the events
 * tautan_filter_list_events() lets through that tautan_event_shown()
 * shows; the links tautan_filter_aggregate_edges() makes of them between
 * actors of shown kinds, with an event of a shown type; the actors at the
 * end of such a link or with a shown event with no target (a ring), each
 * with its shown events; and the quotes of shown events and of no event.
 * An empty filter counts as tautan_slice_count_shown().
 *
 * Returns: (transfer full) (nullable): the counts, or %NULL when
 *   cancelled; free with tautan_slice_shown_free()
 */
TautanSliceShown *
tautan_filter_count_shown (const TautanFilter   *self,
                           TautanSlice          *slice,
                           guint32               hidden_kinds,
                           const TautanTypeMask *hidden_types,
                           GCancellable         *cancellable)
{
  TautanDataset *ds;
  TautanSliceShown *shown;
  g_autoptr(GArray) events = NULL;
  g_autoptr(GArray) quotes = NULL;
  g_autoptr(TautanFilterEdges) edges = NULL;
  g_autofree guint8 *kind_cache = NULL;
  g_autofree guint8 *entity_shown = NULL;
  g_autofree guint8 *event_shown = NULL;
  g_autofree guint8 *drawn = NULL;
  g_autofree guint32 *counts = NULL;
  TautanTimeSpan span;
  guint n_entities;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (TAUTAN_IS_SLICE (slice), NULL);
  g_return_val_if_fail (hidden_types != NULL, NULL);

  if (tautan_filter_is_empty (self))
    return tautan_slice_count_shown (slice, hidden_kinds, hidden_types);

  ds = tautan_slice_get_dataset (slice);
  n_entities = tautan_dataset_get_n_entities (ds);
  span = slice_window (slice);
  events = tautan_filter_list_events (self, ds, &span);
  if (g_cancellable_is_cancelled (cancellable))
    return NULL;
  edges = tautan_filter_aggregate_edges (self, ds, &span, events);
  if (g_cancellable_is_cancelled (cancellable))
    return NULL;

  kind_cache = g_new0 (guint8, MAX (n_entities, 1));
  entity_shown = g_new0 (guint8, MAX (n_entities, 1));
  drawn = g_new0 (guint8, MAX (n_entities, 1));
  counts = g_new0 (guint32, MAX (n_entities, 1));
  event_shown = g_new0 (guint8, MAX (tautan_dataset_get_n_events (ds), 1));
  shown = g_new0 (TautanSliceShown, 1);
  shown->events = g_array_new (FALSE, FALSE, sizeof (guint32));
  shown->entities = g_array_new (FALSE, FALSE, sizeof (TautanSliceEntity));

  /* The links drawn, and the actors at their ends. */
  for (guint i = 0; i < edges->edges->len; i++)
    {
      const TautanSliceEdge *edge = &g_array_index (edges->edges, TautanSliceEdge, i);
      const guint32 *pairs = &g_array_index (edges->type_pairs, guint32, edge->type_offset * 2);

      if (edge->source == edge->target ||
          _tautan_entity_kind_hidden (ds, hidden_kinds, edge->source, kind_cache) ||
          _tautan_entity_kind_hidden (ds, hidden_kinds, edge->target, kind_cache))
        continue;
      for (guint t = 0; t < edge->n_types; t++)
        if (pairs[2 * t + 1] > 0 && !tautan_type_mask_has (hidden_types, pairs[2 * t]))
          {
            shown->n_edges++;
            drawn[edge->source] = drawn[edge->target] = 1;
            break;
          }
    }

  for (guint i = 0; i < events->len; i++)
    {
      guint32 e = g_array_index (events, guint, i);
      TautanEvent event;

      if ((i & 4095) == 4095 && g_cancellable_is_cancelled (cancellable))
        {
          tautan_slice_shown_free (shown);
          return NULL;
        }
      tautan_dataset_get_event (ds, e, &event);
      if (!tautan_event_shown (ds, &event, hidden_kinds, hidden_types, kind_cache, entity_shown))
        continue;
      event_shown[e] = 1;
      g_array_append_val (shown->events, e);
      /* Each entity counts the event once, however many pairs it is in;
       * one with no target draws its actors' rings. */
      for (guint k = 0; k < event.n_actors + event.n_targets; k++)
        {
          guint x = k < event.n_actors ? event.actors[k] : event.targets[k - event.n_actors];

          if (entity_shown[x] != 1)
            continue;
          counts[x]++;
          entity_shown[x] = 2;
          if (event.n_targets == 0)
            drawn[x] = 1;
        }
      for (guint k = 0; k < event.n_actors; k++)
        entity_shown[event.actors[k]] = 0;
      for (guint k = 0; k < event.n_targets; k++)
        entity_shown[event.targets[k]] = 0;
    }
  shown->n_events = shown->events->len;

  for (guint i = 0; i < n_entities; i++)
    if (counts[i] > 0 && drawn[i])
      {
        TautanSliceEntity entity = { i, counts[i] };

        g_array_append_val (shown->entities, entity);
      }
  g_array_sort (shown->entities, _tautan_slice_entity_compare_busiest);

  quotes = tautan_slice_list_quotes (slice, TAUTAN_NONE);
  shown->n_quotes = _tautan_count_shown_quotes (ds, quotes, event_shown);
  return shown;
}

static void
choice_free (gpointer data)
{
  TautanFilterChoice *choice = data;

  g_free (choice->value);
  g_free (choice->label);
  g_free (choice);
}

static TautanFilterChoice *
choice_new (const char *value,
            const char *label)
{
  TautanFilterChoice *choice = g_new0 (TautanFilterChoice, 1);

  choice->value = g_strdup (value);
  choice->label = g_strdup (label ? label : value);
  return choice;
}

static int
compare_choices (gconstpointer a,
                 gconstpointer b)
{
  const TautanFilterChoice *x = *(TautanFilterChoice * const *)a;
  const TautanFilterChoice *y = *(TautanFilterChoice * const *)b;

  if (x->n_events != y->n_events)
    return x->n_events > y->n_events ? -1 : 1;
  return g_utf8_collate (x->label, y->label);
}

/* Counts @choice for event @stamp once, however many of its sources or
 * actors carry it. */
static void
count_once (GPtrArray *choices,
            guint     *stamps,
            guint      index,
            guint      stamp)
{
  if (stamps[index] == stamp)
    return;
  stamps[index] = stamp;
  ((TautanFilterChoice *)choices->pdata[index])->n_events++;
}

/* The values of the source criteria (outlet, language, agency) each
 * source carries, as indexes into @choices. */
static GPtrArray *
source_values (TautanDataset     *dataset,
               TautanFilterField  field,
               GPtrArray         *choices)
{
  g_autoptr(GHashTable) index = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *per_source = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
  guint n = tautan_dataset_get_n_sources (dataset);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      GArray *ids = g_array_new (FALSE, FALSE, sizeof (guint));
      TautanSource s;

      tautan_dataset_get_source (dataset, i, &s);
      if (field == TAUTAN_FILTER_OUTLET && s.outlet != NULL && s.outlet[0] != '\0')
        g_ptr_array_add (names, g_strdup (s.outlet));
      else if (field == TAUTAN_FILTER_LANGUAGE && s.language != NULL && s.language[0] != '\0')
        g_ptr_array_add (names, g_strdup (s.language));
      else if (field == TAUTAN_FILTER_AGENCY)
        agency_names (s.relayed_from, names);
      for (guint k = 0; k < names->len; k++)
        {
          gpointer found;
          guint id;

          if (g_hash_table_lookup_extended (index, names->pdata[k], NULL, &found))
            id = GPOINTER_TO_UINT (found);
          else
            {
              TautanFilterChoice *choice = choice_new (names->pdata[k], NULL);

              id = choices->len;
              g_ptr_array_add (choices, choice);
              g_hash_table_insert (index, choice->value, GUINT_TO_POINTER (id));
            }
          g_array_append_val (ids, id);
        }
      g_ptr_array_add (per_source, ids);
    }
  return per_source;
}

/**
 * tautan_filter_list_choices:
 * @field: the criterion
 *
 * The values @field can take in @dataset, each with the number of its
 * events that have it. Status, attribution and actor kind list every
 * value of their vocabulary in its order, none or not; outlets,
 * languages, agencies and event types list those the dataset has, most
 * events first, then by name.
 *
 * Returns: (transfer full) (element-type TautanFilterChoice): the choices
 */
GPtrArray *
tautan_filter_list_choices (TautanDataset     *dataset,
                            TautanFilterField  field)
{
  GPtrArray *choices = g_ptr_array_new_with_free_func (choice_free);
  TautanTaxonomy *taxonomy;
  g_autoptr(GPtrArray) per_source = NULL;
  g_autofree guint *stamps = NULL;
  guint n_events;

  g_return_val_if_fail (TAUTAN_IS_DATASET (dataset), choices);
  g_return_val_if_fail (field < TAUTAN_N_FILTER_FIELDS, choices);

  taxonomy = tautan_dataset_get_taxonomy (dataset);
  switch ((int)field)
    {
    case TAUTAN_FILTER_STATUS:
      for (guint s = 0; s < TAUTAN_N_STATUSES; s++)
        g_ptr_array_add (choices, choice_new (tautan_status_to_string (s), NULL));
      break;
    case TAUTAN_FILTER_ATTRIBUTION:
      for (guint a = 0; a < G_N_ELEMENTS (attribution_names); a++)
        g_ptr_array_add (choices, choice_new (attribution_names[a], NULL));
      break;
    case TAUTAN_FILTER_ENTITY_KIND:
      for (guint k = 0; k < TAUTAN_N_ENTITY_KINDS; k++)
        g_ptr_array_add (choices, choice_new (tautan_entity_kind_to_string (k), NULL));
      break;
    case TAUTAN_FILTER_EVENT_TYPE:
      for (guint t = 0; t < tautan_taxonomy_get_n_types (taxonomy); t++)
        {
          const TautanEventType *type = tautan_taxonomy_get_event_type (taxonomy, t);

          g_ptr_array_add (choices, choice_new (type->id, type->label));
        }
      break;
    default:
      per_source = source_values (dataset, field, choices);
      break;
    }

  /* stamps hold the event's index + 1, so 0 is "not counted yet" */
  stamps = g_new0 (guint, MAX (choices->len, 1));
  n_events = tautan_dataset_get_n_events (dataset);
  for (guint i = 0; i < n_events; i++)
    {
      TautanEvent ev;

      tautan_dataset_get_event (dataset, i, &ev);
      switch ((int)field)
        {
        case TAUTAN_FILTER_STATUS:
          count_once (choices, stamps, ev.status, i + 1);
          break;
        case TAUTAN_FILTER_EVENT_TYPE:
          count_once (choices, stamps, ev.type, i + 1);
          break;
        case TAUTAN_FILTER_ENTITY_KIND:
          for (guint a = 0; a < ev.n_actors + ev.n_targets; a++)
            {
              TautanEntity e;

              tautan_dataset_get_entity (dataset, a < ev.n_actors ? ev.actors[a] : ev.targets[a - ev.n_actors], &e);
              count_once (choices, stamps, e.kind, i + 1);
            }
          break;
        case TAUTAN_FILTER_ATTRIBUTION:
          for (guint q = 0; q < ev.n_quotes; q++)
            {
              TautanQuote quote;

              tautan_dataset_get_quote (dataset, ev.quotes[q], &quote);
              count_once (choices, stamps, quote.attribution_certain ? 0 : 1, i + 1);
            }
          break;
        default:
          for (guint s = 0; s < ev.n_sources; s++)
            {
              GArray *ids = per_source->pdata[ev.sources[s]];

              for (guint k = 0; k < ids->len; k++)
                count_once (choices, stamps, g_array_index (ids, guint, k), i + 1);
            }
          break;
        }
    }

  if (field == TAUTAN_FILTER_EVENT_TYPE)
    {
      /* the taxonomy's types that no event has are no choice */
      for (guint i = choices->len; i > 0; i--)
        if (((TautanFilterChoice *)choices->pdata[i - 1])->n_events == 0)
          g_ptr_array_remove_index (choices, i - 1);
    }
  if (per_source != NULL || field == TAUTAN_FILTER_EVENT_TYPE)
    g_ptr_array_sort (choices, compare_choices);
  return choices;
}
