/* tautan-extraction-private.h: building an extraction's items
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tautan/tautan-extraction.h"
#include "tautan/tautan-merge.h"

G_BEGIN_DECLS

/* Items point at each other (a quote at its speaker and event); the
 * extraction owns them all, so those pointers hold while it lives. */
struct _TautanExtractionItem
{
  GObject                   parent_instance;

  TautanExtractionItemKind  kind;
  char                     *id;
  guint                     start;         /* code points into the extraction's text */
  guint                     end;

  /* quotes */
  char                     *text;
  TautanExtractionItem     *speaker;
  char                     *speaker_text;
  guint                     speaker_start;
  guint                     speaker_end;
  GPtrArray                *relayed_by;    /* entity items */
  TautanExtractionItem     *event;
  char                     *note;

  /* entities */
  char                     *name;
  TautanEntityKind          entity_kind;
  char                     *gazetteer_id;
  char                     *role;
  char                     *notes;
  TautanExtractionItem     *affiliation;
  char                    **aliases;
  GArray                   *mentions;      /* guint pairs: start, end */
  char                     *merge_target;

  /* events */
  char                     *type;
  GPtrArray                *actors;        /* entity items */
  GPtrArray                *targets;
  TautanDay                 date_start;
  TautanDay                 date_end;
  TautanPrecision           precision;
  TautanDateMethod          method;
  char                     *words;
  char                     *date_note;
  TautanStatus              status;
  TautanExtractionItem     *responds_to;
  char                     *summary;
  GPtrArray                *quotes;        /* quote items */

  guint                     accepted : 1;
  guint                     certain : 1;
  guint                     proposed : 1;
  guint                     summary_edited : 1;
};

TautanExtractionItem *_tautan_extraction_item_new   (TautanExtractionItemKind kind,
                                                     const char              *id,
                                                     guint                    start,
                                                     guint                    end);
void                  _tautan_extraction_item_update_summary (TautanExtractionItem *self);

typedef struct
{
  char                 *name;
  TautanExtractionItem *entity;   /* nullable */
  gboolean              state_media;
  char                 *words;
} ExtractionRelay;

TautanExtraction     *_tautan_extraction_new        (const char       *source_id,
                                                     char             *text);
void                  _tautan_extraction_set_source (TautanExtraction *self,
                                                     const char       *title,
                                                     const char       *outlet,
                                                     gboolean          outlet_state_media,
                                                     const char       *url,
                                                     const char       *language,
                                                     TautanDay         published,
                                                     const char       *published_note);
void                  _tautan_extraction_add_relay  (TautanExtraction     *self,
                                                     const char           *name,
                                                     TautanExtractionItem *entity,
                                                     gboolean              state_media,
                                                     const char           *words);
void                  _tautan_extraction_set_removed (TautanExtraction *self,
                                                      GArray           *removed);
void                  _tautan_extraction_add_item   (TautanExtraction     *self,
                                                     TautanExtractionItem *item);
void                  _tautan_extraction_add_to_merge (TautanExtraction   *self,
                                                       TautanMerge        *merge,
                                                       TautanDataset      *dataset);
gboolean              _tautan_extraction_write_json (TautanExtraction *self,
                                                     gboolean          pretty,
                                                     GString          *out);
char                 *_tautan_extraction_to_json_merged (TautanExtraction *self,
                                                         gboolean          pretty,
                                                         gsize            *length);

const char           *_tautan_event_summary_verb    (const char       *type);
char                 *_tautan_slug                  (const char       *text);

G_END_DECLS
