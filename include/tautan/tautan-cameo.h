/* tautan-cameo.h: CAMEO event, country, actor-type and known-group codes
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "tautan/tautan-taxonomy.h"

G_BEGIN_DECLS

/* An event type per CAMEO root code (01 to 20), for the codes no type of
 * the bundled taxonomy lists: imports add the ones they use to the
 * dataset's taxonomy. */
typedef struct
{
  const char      *root;         /* "14" */
  const char      *id;           /* "cameo-14" */
  const char      *label;        /* "Protest" */
  const char      *plover;
  TautanQuadClass  quad_class;
  guint32          color;        /* 0xRRGGBB */
} TautanCameoRootType;

gboolean                   tautan_cameo_event_code_valid      (const char      *code);
const char                *tautan_cameo_event_description     (const char      *code);
gboolean                   tautan_cameo_event_goldstein       (const char      *code,
                                                               double          *goldstein);
const char                *tautan_cameo_event_code_for_name   (const char      *name);
TautanQuadClass            tautan_cameo_event_quad_class      (const char      *code);
const TautanCameoRootType *tautan_cameo_root_type             (const char      *code);
const char                *tautan_cameo_event_type_id         (TautanTaxonomy  *taxonomy,
                                                               const char      *code);

const char                *tautan_cameo_country_label         (const char      *code);
const char                *tautan_cameo_country_code_for_name (const char      *name);
gboolean                   tautan_cameo_country_is_region     (const char      *code);
const char                *tautan_cameo_actor_type_label      (const char      *code);
const char                *tautan_cameo_known_group_label     (const char      *code);

G_END_DECLS
