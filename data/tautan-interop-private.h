/* tautan-interop-private.h: the window's graph, as every interop writer
 * sees it
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tautan/tautan-interop.h"

G_BEGIN_DECLS

typedef struct
{
  guint         entity;
  guint         events;          /* exported events it takes part in */
  TautanDay     first;           /* clipped to the window */
  TautanDay     last;
  GArray       *spells;          /* TautanTimeSpan, sorted, merged */
} InteropNode;

typedef struct
{
  guint            source;       /* InteropNode indices */
  guint            target;
  guint            events;
  guint            imprecise;    /* of which not dated to the day */
  TautanDay        first;
  TautanDay        last;
  guint            quad_counts[TAUTAN_N_QUAD_CLASSES];
  TautanQuadClass  dominant_quad;
  guint            dominant_type;
  GArray          *type_counts;  /* guint pairs: type index, count */
  double           goldstein_sum;
  guint            n_goldstein;
  guint64          mentions;
  guint            n_mentions;
  GArray          *spells;
} InteropEdge;

/* The x- members imports add to an event (see docs/interop.md). */
typedef struct
{
  double        goldstein;       /* NAN when absent */
  double        tone;            /* NAN when absent */
  gint64        mentions;        /* -1 when absent */
  char         *cameo;
  char         *database;
} InteropExtras;

typedef struct
{
  TautanSlice                *slice;
  TautanDataset              *dataset;
  TautanTaxonomy             *taxonomy;
  const TautanInteropOptions *options;
  TautanTimeSpan              span;         /* the effective window */
  gboolean                    cumulative;
  char                       *title;
  TautanDay                   date;

  GArray                     *events;       /* guint32 event indices, in dataset order */
  InteropExtras              *extras;       /* one per exported event */
  gboolean                    has_goldstein;
  gboolean                    has_mentions;
  gboolean                    has_tone;
  gboolean                    has_cameo;
  gboolean                    has_database;

  GArray                     *nodes;        /* InteropNode, in dataset order */
  guint                      *node_of_entity;
  GArray                     *edges;        /* InteropEdge */
} InteropGraph;

/* Output in chunks: to a file writer, or kept whole for to_bytes. */
typedef struct
{
  GString          *buf;
  TautanFileWriter *writer;                 /* nullable */
  GCancellable     *cancellable;
} InteropSink;

InteropGraph *_tautan_interop_graph_new     (TautanSlice                *slice,
                                             const TautanInteropOptions *options);
void          _tautan_interop_graph_free    (InteropGraph               *graph);
gboolean      _tautan_interop_sink_flush    (InteropSink                *sink,
                                             gboolean                    all,
                                             GError                    **error);

void          _tautan_interop_append_id     (GString                    *s,
                                             const char                 *id);
void          _tautan_interop_append_day    (GString                    *s,
                                             TautanDay                   day);
void          _tautan_interop_append_double (GString                    *s,
                                             double                      value);
guint32       _tautan_interop_edge_color    (InteropGraph               *graph,
                                             const InteropEdge          *edge);
double        _tautan_interop_node_size     (const InteropNode          *node);
char         *_tautan_interop_edge_types    (InteropGraph               *graph,
                                             const InteropEdge          *edge);
const char   *_tautan_interop_quad_id       (TautanQuadClass             quad);

gboolean      _tautan_export_gexf           (InteropGraph               *graph,
                                             InteropSink                *sink,
                                             GError                    **error);
gboolean      _tautan_export_graphml        (InteropGraph               *graph,
                                             InteropSink                *sink,
                                             GError                    **error);
gboolean      _tautan_export_csv            (InteropGraph               *graph,
                                             InteropSink                *sink,
                                             GError                    **error);

G_END_DECLS
