/* tautan-export.h: pictures of the graph as PNG, SVG and PDF
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "tautan/tautan-dataset.h"
#include "tautan/tautan-layout.h"
#include "tautan/tautan-render-context.h"
#include "tautan/tautan-scene.h"
#include "tautan/tautan-slice.h"

G_BEGIN_DECLS

#define TAUTAN_EXPORT_ERROR (tautan_export_error_quark ())

typedef enum
{
  TAUTAN_EXPORT_ERROR_INVALID = 1,   /* options that cannot make a picture */
  TAUTAN_EXPORT_ERROR_FAILED,        /* cairo could not draw or encode it */
} TautanExportError;

GQuark tautan_export_error_quark (void);

typedef enum
{
  TAUTAN_EXPORT_FORMAT_PNG,
  TAUTAN_EXPORT_FORMAT_SVG,
  TAUTAN_EXPORT_FORMAT_PDF,
} TautanExportFormat;

typedef enum
{
  TAUTAN_EXPORT_BACKGROUND_LIGHT,
  TAUTAN_EXPORT_BACKGROUND_DARK,
  /* The light palette's ink on no background (PNG, SVG), labels still
   * haloed so they read on any slide; PDF pages are paper, so a PDF gets
   * the light background. */
  TAUTAN_EXPORT_BACKGROUND_TRANSPARENT,
} TautanExportBackground;

typedef enum
{
  TAUTAN_EXPORT_FRAMING_VIEW,        /* what the view shows, centre and zoom kept */
  TAUTAN_EXPORT_FRAMING_WHOLE,       /* every shown node, with a margin */
} TautanExportFraming;

typedef enum
{
  TAUTAN_EXPORT_FURNITURE_NONE        = 0,
  TAUTAN_EXPORT_FURNITURE_TITLE       = 1 << 0,
  TAUTAN_EXPORT_FURNITURE_TIME_WINDOW = 1 << 1,   /* "12 Jun 2023 – 19 Jun 2024" */
  TAUTAN_EXPORT_FURNITURE_LEGEND      = 1 << 2,   /* kinds and types present */
  TAUTAN_EXPORT_FURNITURE_FILTERS     = 1 << 3,   /* "Hidden: Persons; Sanction" */
  TAUTAN_EXPORT_FURNITURE_DATASET     = 1 << 4,   /* dataset name, export date */
  TAUTAN_EXPORT_FURNITURE_SOURCES     = 1 << 5,   /* outlet, date, title */
  TAUTAN_EXPORT_FURNITURE_ALL         = 0x3f,
} TautanExportFurniture;

/* Everything a picture depends on besides the data and the view. Plain
 * data: @title is borrowed and must outlive the call. */
typedef struct
{
  TautanExportFormat      format;
  int                     width;        /* px (pt for PDF); 0: the view's, else 1920 */
  int                     height;       /* px (pt for PDF); 0: the view's, else 1080 */
  guint                   scale;        /* PNG: device pixels per px, 1 to 8 */
  TautanExportBackground  background;
  TautanExportFraming     framing;
  TautanExportFurniture   furniture;
  const char             *title;        /* NULL: the dataset's title */
  TautanDay               date;         /* "Exported …"; TAUTAN_DAY_NONE: today */
  guint                   max_sources;  /* footer lines before "and N more"; 0: 8 */
  double                  label_scale;  /* the graph's labels, 0.5 to 4 times 12 px; 0: 1 */
} TautanExportOptions;

void                tautan_export_options_init      (TautanExportOptions        *options);
gboolean            tautan_export_format_from_name  (const char                 *name,
                                                     TautanExportFormat         *format);
const char         *tautan_export_format_to_string  (TautanExportFormat          format);

gboolean            tautan_export_fit_view          (TautanRenderContext        *context,
                                                     TautanView                 *view,
                                                     TautanSlice                *slice,
                                                     const TautanPoint          *positions,
                                                     guint32                     hidden_kinds,
                                                     double                      margin);

GBytes             *tautan_export_render            (TautanRenderContext        *context,
                                                     TautanSlice                *slice,
                                                     const TautanPoint          *positions,
                                                     const TautanView           *view,
                                                     const TautanExportOptions  *options,
                                                     GError                    **error);
gboolean            tautan_export_write             (TautanRenderContext        *context,
                                                     TautanSlice                *slice,
                                                     const TautanPoint          *positions,
                                                     const TautanView           *view,
                                                     const TautanExportOptions  *options,
                                                     GFile                      *file,
                                                     GError                    **error);
GBytes             *tautan_export_to_png_bytes      (TautanRenderContext        *context,
                                                     TautanSlice                *slice,
                                                     const TautanPoint          *positions,
                                                     const TautanView           *view,
                                                     const TautanExportOptions  *options,
                                                     GError                    **error);

G_END_DECLS
