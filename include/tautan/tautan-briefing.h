/* tautan-briefing.h: a workspace's saved views as a printable PDF
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "tautan/tautan-dataset.h"
#include "tautan/tautan-layout.h"
#include "tautan/tautan-workspace.h"

G_BEGIN_DECLS

#define TAUTAN_BRIEFING_ERROR (tautan_briefing_error_quark ())

typedef enum
{
  TAUTAN_BRIEFING_ERROR_FAILED = 1,   /* cairo could not draw or encode it */
} TautanBriefingError;

GQuark tautan_briefing_error_quark (void);

typedef enum
{
  TAUTAN_PAPER_A4,       /* 595.28 × 841.89 pt */
  TAUTAN_PAPER_LETTER,   /* 612 × 792 pt */
} TautanPaper;

/* Plain data: the strings are borrowed and must outlive the call. */
typedef struct
{
  const char  *title;    /* NULL: the dataset's title */
  const char  *author;   /* NULL: g_get_real_name () unless "root" or "Unknown"; "": none */
  TautanPaper  paper;
  gboolean     dark;     /* the graphs in the dark palette */
  TautanDay    date;     /* "Prepared …"; TAUTAN_DAY_NONE: today */
  /* One per entity: the positions on screen, so the briefing shows the
   * picture the user arranged; NULL: lay the dataset out afresh. */
  const TautanPoint *positions;
} TautanBriefingOptions;

void     tautan_briefing_options_init (TautanBriefingOptions        *options);
/* The user's real name, or "" for "root", "Unknown" and such. */
const char *tautan_briefing_default_author (void);
gboolean tautan_paper_from_name       (const char                   *name,
                                       TautanPaper                  *paper);
GBytes  *tautan_briefing_render       (TautanDataset                *dataset,
                                       TautanWorkspace              *workspace,
                                       const TautanBriefingOptions  *options,
                                       GError                      **error);
GPtrArray *tautan_briefing_render_pages (TautanDataset              *dataset,
                                         TautanWorkspace            *workspace,
                                         const TautanBriefingOptions *options,
                                         guint                       n_pages,
                                         double                      scale,
                                         GError                    **error);
gboolean tautan_briefing_write        (TautanDataset                *dataset,
                                       TautanWorkspace              *workspace,
                                       const TautanBriefingOptions  *options,
                                       GFile                        *file,
                                       GError                      **error);

G_END_DECLS
