/* tautan-filter.h: composable event filters (an AND of criteria, each an OR of values)
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "tautan/tautan-dataset.h"
#include "tautan/tautan-slice.h"

G_BEGIN_DECLS

/* The criteria that hold a set of values. An event passes a criterion
 * when any of its values matches (OR); it passes the filter when it
 * passes every criterion that is set (AND). An unset criterion lets
 * everything through. */
typedef enum
{
  TAUTAN_FILTER_OUTLET,        /* an outlet of one of the event's sources */
  TAUTAN_FILTER_LANGUAGE,      /* the language of one of its sources */
  TAUTAN_FILTER_AGENCY,        /* an agency one of its sources relays (relayed_from name) */
  TAUTAN_FILTER_STATUS,        /* "reported", "claimed", "denied", "confirmed" */
  TAUTAN_FILTER_ATTRIBUTION,   /* "certain", "uncertain": of one of its quotes */
  TAUTAN_FILTER_EVENT_TYPE,    /* taxonomy type id */
  TAUTAN_FILTER_ENTITY_KIND,   /* kind of one of its actors or targets */
  TAUTAN_N_FILTER_FIELDS
} TautanFilterField;

typedef enum
{
  TAUTAN_STATE_MEDIA_ANY,
  TAUTAN_STATE_MEDIA_ONLY,     /* at least one source is state media */
  TAUTAN_STATE_MEDIA_EXCLUDED, /* at least one source is not state media */
} TautanStateMedia;

typedef struct _TautanFilter TautanFilter;

/* A value a criterion can take in one dataset, with the number of
 * events that have it (an event with two sources of one outlet counts
 * once). */
typedef struct
{
  char  *value;                /* as the filter holds it */
  char  *label;                /* for people: the event type's label; else the value */
  guint  n_events;
} TautanFilterChoice;

/* Aggregated edges of the events that pass, in the slice's shape.
 * `edge` is TAUTAN_NONE: these edges are computed, not the dataset's. */
typedef struct
{
  GArray *edges;               /* TautanSliceEdge, sorted by (source, target) */
  GArray *type_pairs;          /* guint32 pairs (type, count), most frequent first;
                                * an edge's type_offset counts pairs, not guint32s */
  GArray *events;              /* NULL, or the passing events (guint) the edges were
                                * made of, kept by whoever needs them (rings of
                                * events with no target); freed with the edges */
} TautanFilterEdges;

#define TAUTAN_TYPE_FILTER (tautan_filter_get_type ())

GType              tautan_filter_get_type          (void) G_GNUC_CONST;
TautanFilter      *tautan_filter_new               (void);
TautanFilter      *tautan_filter_ref               (TautanFilter        *self);
void               tautan_filter_unref             (TautanFilter        *self);

const char        *tautan_filter_field_to_string   (TautanFilterField    field);
int                tautan_filter_field_from_string (const char          *name);

/* Filters are immutable: these return a new filter. */
TautanFilter      *tautan_filter_with_values       (const TautanFilter  *self,
                                                    TautanFilterField    field,
                                                    const char * const  *values);
TautanFilter      *tautan_filter_with_state_media  (const TautanFilter  *self,
                                                    TautanStateMedia     state_media);
TautanFilter      *tautan_filter_with_min_weight   (const TautanFilter  *self,
                                                    guint                min_weight);

const char * const *tautan_filter_get_values       (const TautanFilter  *self,
                                                    TautanFilterField    field);
TautanStateMedia   tautan_filter_get_state_media   (const TautanFilter  *self);
guint              tautan_filter_get_min_weight    (const TautanFilter  *self);
gboolean           tautan_filter_is_empty          (const TautanFilter  *self);
gboolean           tautan_filter_equal             (const TautanFilter  *a,
                                                    const TautanFilter  *b);

char              *tautan_filter_to_string         (const TautanFilter  *self);
JsonNode          *tautan_filter_to_json           (const TautanFilter  *self);
TautanFilter      *tautan_filter_from_json         (JsonNode            *node,
                                                    const char          *path,
                                                    GError             **error);

gboolean           tautan_filter_check             (const TautanFilter  *self,
                                                    TautanDataset       *dataset,
                                                    GError             **error);
GArray            *tautan_filter_list_events       (const TautanFilter  *self,
                                                    TautanDataset       *dataset,
                                                    const TautanTimeSpan *span);
TautanFilterEdges *tautan_filter_aggregate_edges   (const TautanFilter  *self,
                                                    TautanDataset       *dataset,
                                                    const TautanTimeSpan *span,
                                                    GArray              *events);
TautanFilterEdges *tautan_filter_aggregate_edges_mapped (const TautanFilter   *self,
                                                        TautanDataset        *dataset,
                                                        const TautanTimeSpan *span,
                                                        GArray               *events,
                                                        const guint          *map);
void               tautan_filter_edges_free        (TautanFilterEdges   *edges);
TautanSliceShown  *tautan_filter_count_shown       (const TautanFilter   *self,
                                                    TautanSlice          *slice,
                                                    guint32               hidden_kinds,
                                                    const TautanTypeMask *hidden_types,
                                                    GCancellable         *cancellable);
GPtrArray         *tautan_filter_list_choices      (TautanDataset       *dataset,
                                                    TautanFilterField    field);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TautanFilter, tautan_filter_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TautanFilterEdges, tautan_filter_edges_free)

G_END_DECLS
