/* tautan-taxonomy.h: event types, their CAMEO/PLOVER codes, QuadClass and colour
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef enum
{
  TAUTAN_QUAD_VERBAL_COOPERATION,
  TAUTAN_QUAD_MATERIAL_COOPERATION,
  TAUTAN_QUAD_VERBAL_CONFLICT,
  TAUTAN_QUAD_MATERIAL_CONFLICT,
  TAUTAN_N_QUAD_CLASSES
} TautanQuadClass;

typedef struct
{
  char    *id;
  char    *label;
  guint32  color;        /* 0xRRGGBB */
} TautanQuadClassInfo;

typedef struct
{
  char            *id;
  char            *label;
  char           **cameo;
  char            *plover;       /* NULL where PLOVER codes nothing */
  char            *plover_note;
  TautanQuadClass  quad_class;
  guint32          color;        /* 0xRRGGBB */
} TautanEventType;

#define TAUTAN_TYPE_TAXONOMY (tautan_taxonomy_get_type ())

G_DECLARE_FINAL_TYPE (TautanTaxonomy, tautan_taxonomy, TAUTAN, TAXONOMY, GObject)

TautanTaxonomy            *tautan_taxonomy_get_default     (void);
TautanTaxonomy            *tautan_taxonomy_new_from_json   (JsonNode        *root,
                                                            const char      *file,
                                                            GPtrArray       *diagnostics);
TautanTaxonomy            *tautan_taxonomy_new_with_overrides (TautanTaxonomy *base,
                                                               JsonNode       *overrides,
                                                               const char     *file,
                                                               const char     *path,
                                                               GPtrArray      *diagnostics);
guint                      tautan_taxonomy_get_n_types     (TautanTaxonomy  *self);
const TautanEventType     *tautan_taxonomy_get_event_type  (TautanTaxonomy  *self,
                                                            guint            index);
int                        tautan_taxonomy_lookup          (TautanTaxonomy  *self,
                                                            const char      *id);
const TautanQuadClassInfo *tautan_taxonomy_get_quad_class  (TautanTaxonomy  *self,
                                                            TautanQuadClass  quad_class);
int                        tautan_quad_class_from_string   (const char      *id);
const char                *tautan_taxonomy_get_checksum    (TautanTaxonomy  *self);
gboolean                   tautan_parse_color              (const char      *text,
                                                            guint32         *rgb);

/* Event types the exports and the canvas leave out, a bit per type index.
 * A taxonomy holds at most TAUTAN_MAX_EVENT_TYPES types (a larger one is
 * refused with its path), so every type has its bit: none is silently
 * ignored. A value, so views copied to a worker thread carry their own. */
#define TAUTAN_MAX_EVENT_TYPES 1024

typedef struct
{
  guint64 words[TAUTAN_MAX_EVENT_TYPES / 64];
} TautanTypeMask;

static inline gboolean
tautan_type_mask_has (const TautanTypeMask *mask,
                      guint                 type)
{
  return type < TAUTAN_MAX_EVENT_TYPES && ((mask->words[type / 64] >> (type % 64)) & 1) != 0;
}

static inline void
tautan_type_mask_add (TautanTypeMask *mask,
                      guint           type)
{
  if (type < TAUTAN_MAX_EVENT_TYPES)
    mask->words[type / 64] |= G_GUINT64_CONSTANT (1) << (type % 64);
}

static inline gboolean
tautan_type_mask_is_empty (const TautanTypeMask *mask)
{
  for (guint i = 0; i < G_N_ELEMENTS (mask->words); i++)
    if (mask->words[i] != 0)
      return FALSE;
  return TRUE;
}

G_END_DECLS
