/* tautan-interop.h: the graph and its evidence for Gephi, Cytoscape, networkx
 * and spreadsheets: GEXF, GraphML and CSV
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "tautan/tautan-file.h"
#include "tautan/tautan-layout.h"
#include "tautan/tautan-slice.h"

G_BEGIN_DECLS

typedef enum
{
  TAUTAN_INTEROP_GEXF,
  TAUTAN_INTEROP_GRAPHML,
  TAUTAN_INTEROP_CSV,
} TautanInteropFormat;

typedef enum
{
  TAUTAN_GEXF_1_3,          /*< nick=1.3 >*/ /* http://gexf.net/1.3: Gephi 0.10 */
  TAUTAN_GEXF_1_2,          /*< nick=1.2draft >*/ /* 1.2draft: networkx before 3.5, older Gephi */
} TautanGexfVersion;

typedef enum
{
  TAUTAN_CSV_EVENTS,         /* one row per event in the window */
  TAUTAN_CSV_EDGES,          /* one row per actor → target pair */
  TAUTAN_CSV_QUOTES,         /* one row per quote, with its citation */
} TautanCsvTable;

/* Everything an interop file depends on besides the data and the window
 * (the slice). Plain data, borrowed: it must outlive the call. */
typedef struct
{
  TautanInteropFormat  format;
  TautanGexfVersion    gexf_version;
  TautanCsvTable       csv_table;
  gboolean             csv_bom;         /* a UTF-8 byte-order mark, for Excel */
  const TautanPoint   *positions;       /* nullable: one per entity, layout units */
  guint32              hidden_kinds;    /* bit per TautanEntityKind */
  TautanTypeMask       hidden_types;    /* event types left out */
  gboolean             color_by_type;   /* edges by dominant event type, else QuadClass */
  const guint32       *node_colors;     /* nullable: 0xRRGGBB per TautanEntityKind, as on screen */
  const char          *title;           /* nullable: the dataset's */
  TautanDay            date;            /* GEXF lastmodifieddate; TAUTAN_DAY_NONE: today */
} TautanInteropOptions;

void     tautan_interop_options_init     (TautanInteropOptions        *options);
gboolean tautan_interop_format_from_name (const char                  *name,
                                          TautanInteropFormat         *format);
gboolean tautan_csv_table_from_name      (const char                  *name,
                                          TautanCsvTable              *table);
const char *tautan_interop_format_to_string (TautanInteropFormat       format);

gboolean tautan_interop_write            (TautanSlice                 *slice,
                                          const TautanInteropOptions  *options,
                                          TautanFileWriter            *writer,
                                          GCancellable                *cancellable,
                                          GError                     **error);
GBytes  *tautan_interop_to_bytes         (TautanSlice                 *slice,
                                          const TautanInteropOptions  *options,
                                          GError                     **error);

G_END_DECLS
