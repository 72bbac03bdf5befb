/* tautan-merge-private.h: the records a merge works on
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every input (a dataset file, a JSONL extraction, an extraction under
 * review) becomes these records, with references as pointers. A merge
 * then unifies them and writes one canonical dataset.
 */

#pragma once

#include <json-glib/json-glib.h>

#include "tautan/tautan-merge.h"

G_BEGIN_DECLS

typedef struct _MSource MSource;
typedef struct _MEntity MEntity;
typedef struct _MEvent  MEvent;
typedef struct _MQuote  MQuote;

typedef struct
{
  char       *name;
  MEntity    *entity;        /* nullable */
  gboolean    state_media;
  char       *words;
  JsonObject *extras;        /* nullable: unknown members */
} MRelay;

typedef struct
{
  MSource *source;
  guint    start;
  guint    end;
} MSentence;

/* Every record starts with its id, then the id it keeps when it comes
 * from the dataset merged into (tautan_merge_add_dataset_kept()). */
struct _MSource
{
  char       *id;            /* as given; a merge-rename suffix is dropped on reading */
  char       *kept_id;       /* nullable: as given, kept over any other */
  char       *outlet;
  char       *title;
  char       *url;
  char       *language;
  TautanDay   published;
  char       *published_note;
  gboolean    relayed;
  gboolean    state_media;
  GPtrArray  *relayed_from;  /* MRelay */
  char       *text;
  JsonObject *extras;

};

struct _MEntity
{
  char             *id;
  char             *kept_id;
  char             *name;
  TautanEntityKind  kind;
  GPtrArray        *aliases;      /* char * */
  MEntity          *affiliation;
  char             *role;
  char             *notes;
  char             *gazetteer_id; /* x-gazetteer-id */
  gboolean          proposed;     /* x-proposed */
  JsonObject       *extras;

};

struct _MEvent
{
  char             *id;
  char             *kept_id;
  char             *type;
  TautanDay         start;
  TautanDay         end;
  TautanPrecision   precision;
  TautanDateMethod  method;
  char             *words;
  char             *note;
  char             *summary;
  TautanStatus      status;
  GPtrArray        *actors;       /* MEntity */
  GPtrArray        *targets;
  GPtrArray        *sources;      /* MSource */
  GPtrArray        *responds_to;  /* MEvent */
  GArray           *sentences;    /* MSentence: x-sentences */
  GPtrArray        *sentence_words; /* nullable: char *, the date's words in each sentence if not
                                     * all @words (an x-sentences entry's "words") */
  TautanDay         span_start;   /* x-merged-span: the hull of every member's dates */
  TautanDay         span_end;
  JsonObject       *extras;
  JsonObject       *date_extras;
  JsonObject       *basis_extras;

};

struct _MQuote
{
  char             *id;
  char             *kept_id;
  MSource          *source;
  char             *text;
  guint             start;
  guint             end;
  MEntity          *speaker;
  char             *speaker_text;
  JsonObject       *speaker_extras;
  GPtrArray        *relayed_by;   /* MEntity */
  gboolean          certain;
  GPtrArray        *events;       /* MEvent: the one written, and any other */
  char             *gloss;
  char             *note;
  JsonObject       *extras;

};

/* The format's names of its enums, in their order. */
static const char * const kind_names[] = { "person", "state", "organisation", "armed-group", "media", "place", "unnamed-group", NULL };
static const char * const precision_names[] = { "day", "week", "month", "year", "range", NULL };
static const char * const method_names[] = { "stated", "relative", "inferred", NULL };
static const char * const status_names[] = { "reported", "claimed", "denied", "confirmed", NULL };

MSource   *_tautan_merge_add_source   (TautanMerge *self);
MEntity   *_tautan_merge_add_entity   (TautanMerge *self);
MEvent    *_tautan_merge_add_event    (TautanMerge *self);
MQuote    *_tautan_merge_add_quote    (TautanMerge *self);
MRelay    *_tautan_merge_relay_new    (void);
void       _tautan_merge_count_input  (TautanMerge *self);
void       _tautan_merge_entity_keys  (TautanEntityKind    kind,
                                       const char         *gazetteer_id,
                                       const char         *name,
                                       const char * const *aliases,
                                       guint               n_aliases,
                                       GPtrArray          *keys);

/* tautan-merge-writer.c */
typedef struct
{
  GString  *out;
  gboolean  pretty;
  guint     depth;
  gboolean  first;       /* no member written yet at this depth */
  gboolean  pending;     /* a member name was written: its value follows */
} JsonOut;

void  _json_out_begin_object (JsonOut *o);
void  _json_out_end_object   (JsonOut *o);
void  _json_out_begin_array  (JsonOut *o);
void  _json_out_end_array    (JsonOut *o);
void  _json_out_member       (JsonOut *o,
                              const char *name);
void  _json_out_string       (JsonOut *o,
                              const char *value);
void  _json_out_int          (JsonOut *o,
                              gint64      value);
void  _json_out_bool         (JsonOut *o,
                              gboolean    value);
void  _json_out_null         (JsonOut *o);
void  _json_out_member_string (JsonOut    *o,
                               const char *name,
                               const char *value);
void  _json_out_member_day   (JsonOut    *o,
                              const char *name,
                              TautanDay   day);
void  _json_out_node         (JsonOut *o,
                              JsonNode   *node);
void  _json_out_extras       (JsonOut    *o,
                              JsonObject *extras);
/* One record as the dataset format writes it. The merge's canonical writer
 * and the single extraction's direct writer fill these from their own
 * structures, so both write the same bytes by one code path. */
typedef struct
{
  gconstpointer const *items;
  guint                n;
  const char        *(*id) (gconstpointer item);
} RecordIds;

typedef struct
{
  const char *name;
  const char *entity;
  gboolean    state_media;
  const char *words;
  JsonObject *extras;
} RecordRelay;

typedef struct
{
  const char        *id;
  const char        *outlet;
  const char        *title;
  const char        *url;
  const char        *language;
  TautanDay          published;
  const char        *published_note;
  gboolean           relayed;
  const RecordRelay *relays;
  guint              n_relays;
  gboolean           state_media;
  const char        *text;
  GArray            *removed;         /* guint pairs for "x-removed", or NULL */
  JsonObject        *extras;
} RecordSource;

typedef struct
{
  const char         *id;
  const char         *name;
  TautanEntityKind    kind;
  const char * const *aliases;        /* sorted, each once */
  guint               n_aliases;
  const char         *affiliation;
  const char         *role;
  const char         *notes;
  const char         *gazetteer_id;
  gboolean            proposed;
  JsonObject         *extras;
} RecordEntity;

typedef struct
{
  const char *source;
  guint       start;
  guint       end;
  const char *words;                  /* written when set */
} RecordSentence;

typedef struct
{
  const char           *id;
  const char           *type;
  TautanDay             start;
  TautanDay             end;
  TautanPrecision       precision;
  JsonObject           *date_extras;
  TautanDateMethod      method;
  const char           *words;
  const char           *note;
  JsonObject           *basis_extras;
  RecordIds             actors;
  RecordIds             targets;
  const char           *summary;
  RecordIds             sources;
  RecordIds             quotes;
  TautanStatus          status;
  const char           *responds_to;
  TautanDay             hull_start;   /* "x-merged-span" when not start–end */
  TautanDay             hull_end;
  const RecordSentence *sentences;
  guint                 n_sentences;
  JsonObject           *extras;
} RecordEvent;

typedef struct
{
  const char *id;
  const char *source;
  const char *text;
  guint       start;
  guint       end;
  const char *speaker;                /* an entity's id, or NULL */
  const char *speaker_text;
  JsonObject *speaker_extras;
  RecordIds   relayed_by;
  gboolean    certain;
  const char *event;
  const char *gloss;
  const char *note;
  RecordIds   other_events;
  JsonObject *extras;
} RecordQuote;

const char *_record_id_string   (gconstpointer       item);
void        _json_out_source     (JsonOut            *o,
                                  const RecordSource *r);
void        _json_out_entity     (JsonOut            *o,
                                  const RecordEntity *r);
void        _json_out_event      (JsonOut            *o,
                                  const RecordEvent  *r);
void        _json_out_quote      (JsonOut            *o,
                                  const RecordQuote  *r);
void  _json_escape           (GString    *out,
                              const char *text);
char *_json_node_canonical   (JsonNode   *node);

G_END_DECLS
