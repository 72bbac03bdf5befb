/* tautan-extract-private.h: what the extractor's passes share
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The extractor reads an article once into tokens, looks every token up
 * once in one hashed token trie (cue lexicons and gazetteer together), and
 * the later passes (source, quotes, speakers, events, dates) work on those
 * tokens and matches, never on the text again. Offsets are kept both in
 * bytes (to cut strings) and in code points (what the dataset stores).
 */

#pragma once

#include "tautan/tautan-dataset.h"
#include "tautan/tautan-date-expr.h"
#include "tautan/tautan-extract.h"
#include "tautan/tautan-gazetteer.h"

G_BEGIN_DECLS

#define NO_INDEX G_MAXUINT32

typedef struct _Article Article;

/* ---- tokens (tautan-extract-text.c) ---- */

typedef enum
{
  TOKEN_WORD = 1,
  TOKEN_NUMBER,
  TOKEN_PUNCT,
  TOKEN_QUOTE_OPEN,       /* “ „ « ‘ (single marks flagged) */
  TOKEN_QUOTE_CLOSE,      /* ” » ’ */
  TOKEN_QUOTE_STRAIGHT,   /* " */
} TokenKind;

enum
{
  TOKEN_CAPITAL  = 1 << 0,   /* the first letter is upper case */
  TOKEN_UPPER    = 1 << 1,   /* every letter is upper case */
  TOKEN_SPACE    = 1 << 2,   /* white space before it */
  TOKEN_JOINED   = 1 << 3,   /* joined to the one before by a hyphen: Jong-un */
  TOKEN_LINE     = 1 << 4,   /* first token of its line */
  TOKEN_SINGLE   = 1 << 5,   /* a single quotation mark */
  TOKEN_NYA      = 1 << 6,   /* ends in the Indonesian suffix -nya: stem_hash is set */
  TOKEN_DIGITS   = 1 << 7,   /* only ASCII digits */
};

typedef struct
{
  guint32 start;        /* bytes into the text */
  guint32 end;
  guint32 cp;           /* code points into the text */
  guint32 cp_end;
  guint64 hash;         /* of the case- and accent-folded form */
  guint64 stem_hash;    /* of the form without -nya, when TOKEN_NYA */
  guint32 line;
  guint16 flags;
  guint8  kind;
  guint8  ch;           /* the character of a one-byte punctuation token */
} Token;

/* ---- the token trie (tautan-phrase-table.c) ---- */

typedef enum
{
  LEX_ENTITY = 1,       /* value: gazetteer entry; flags: ALIAS_* */
  LEX_SPEECH,           /* value: SpeechCue flags */
  LEX_EVENT,            /* value: event cue index (tautan-extract-lexicon.c) */
  LEX_LIGHT_VERB,       /* "menyatakan", "expressed": makes a noun cue a verb */
  LEX_MONTH,            /* value: 1..12 */
  LEX_WEEKDAY,          /* value: 1..7, Monday first */
  LEX_DATE_WORD,        /* value: DateWord */
  LEX_NUMBER_WORD,      /* value: the number */
  LEX_TITLE,            /* a role noun: presiden, minister */
  LEX_ORG_HEAD,         /* kementerian, ministry: a capitalised run is an organisation */
  LEX_ANON,             /* seorang, a, an: an anonymous speaker follows */
  LEX_PRONOUN,          /* ia, dia, he, she */
  LEX_DEMONSTRATIVE,    /* itu, tersebut, the */
  LEX_PREP,             /* value: Prep */
  LEX_CONJ,             /* dan, and */
  LEX_REL,              /* yang, who, which, that */
  LEX_AUX,              /* telah, juga, has, also: may stand between subject and verb */
  LEX_NEGATION,
  LEX_FUTURE,
  LEX_CLAIM,            /* percaya, reportedly: what follows is a claim */
  LEX_RELAY,            /* value: RelayCue */
  LEX_FURNITURE,        /* value: FurnitureKind */
  LEX_LANG,             /* value: 0 Indonesian, 1 English */
  LEX_NOT_NAME,         /* a capitalised word that starts sentences, not names */
  LEX_VERB,             /* a content verb that ends a subject search */
  LEX_SEND,             /* mengirim, sent: with a cargo noun after it, an event */
  LEX_CARGO,            /* value: event cue index of the type ("pasukan": military cooperation) */
  LEX_NOT_ENTITY,       /* "Hari", "Perang": a capitalised run starting so names no actor */
  LEX_INTENT,           /* meminta, setuju, rencana: "untuk" after them is not an act */
  LEX_STANCE,           /* value: event cue index of the type a speech verb gives ("mengecam") */
  LEX_DESCRIPTION,      /* value: Description: "pemerintah", "the two leaders" */
  LEX_GROUP_NOUN,       /* value: 0 before the state ("legislator AS"), 1 after it ("US lawmakers") */
} LexKind;

/* Gazetteer matches: how the alias must be written to count. */
enum
{
  ALIAS_EXACT_CASE = 1 << 0,   /* all capitals ("AS", "US"): only as written */
  ALIAS_REFERENCE  = 1 << 1,   /* matched but not written as an alias */
  ALIAS_LOWER_OK   = 1 << 2,   /* may start with a small letter ("iNews.id") */
};

typedef struct
{
  guint16 kind;
  guint16 flags;
  guint32 value;
} Payload;

/* A LexKind as a bit of a 64-bit set. */
#define KIND_BIT(kind) (G_GUINT64_CONSTANT (1) << (kind))

typedef struct _PhraseTable PhraseTable;

typedef struct
{
  guint64 hash;
  guint32 node;
  guint32 child;     /* 0: an empty slot (the root is never a child) */
} PhraseEdge;

/* Here rather than in tautan-phrase-table.c so that a node's payloads are
 * read inline: the passes ask for them at nearly every token. */
struct _PhraseTable
{
  PhraseEdge *edges;
  guint32     mask;
  guint32     n_edges;
  guint32     n_nodes;
  GArray     *pending;       /* PendingPayload, until frozen */
  guint32    *payload_start; /* n_nodes + 1 offsets into payloads */
  Payload    *payloads;
  guint64    *node_kinds;    /* the LexKinds of each node's payloads, a bit each */
  /* A bit per 16-bit digest of the token hashes that start a phrase: most
   * tokens of a text start none, and are answered here rather than by a
   * probe into the (much larger) edge table. Set when frozen. */
  guint64     root_bits[1024];
};

PhraseTable  *_phrase_table_new       (void);
void          _phrase_table_free      (PhraseTable   *self);
gboolean      _phrase_table_add       (PhraseTable   *self,
                                       const char    *phrase,
                                       const Payload *payload);
void          _phrase_table_freeze    (PhraseTable   *self);

static inline guint32
_phrase_table_slot (guint64 hash,
                    guint32 node)
{
  guint64 h = hash ^ ((guint64)node * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15));

  h ^= h >> 29;
  h *= G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  h ^= h >> 32;
  return (guint32)h;
}

static inline guint32
_phrase_table_root_digest (guint64 hash)
{
  return (guint32)(hash ^ (hash >> 32)) & 0xFFFF;
}

/* Returns the child of @node along @hash, or 0: one probe, mostly. */
static inline guint32
_phrase_table_step (const PhraseTable *self,
                    guint32            node,
                    guint64            hash)
{
  guint32 s;

  if (node == 0 && self->pending == NULL)
    {
      guint32 d = _phrase_table_root_digest (hash);

      if (!(self->root_bits[d >> 6] & (G_GUINT64_CONSTANT (1) << (d & 63))))
        return 0;
    }
  s = _phrase_table_slot (hash, node) & self->mask;

  while (self->edges[s].child != 0)
    {
      if (self->edges[s].hash == hash && self->edges[s].node == node)
        return self->edges[s].child;
      s = (s + 1) & self->mask;
    }
  return 0;
}

/* The payloads of @node, sorted by kind, value and flags. */
static inline const Payload *
_phrase_table_payloads (const PhraseTable *self,
                        guint32            node,
                        guint             *n_payloads)
{
  *n_payloads = self->payload_start[node + 1] - self->payload_start[node];
  return self->payloads + self->payload_start[node];
}

/* The kinds of @node's payloads, a bit each (KIND_BIT). */
static inline guint64
_phrase_table_kinds (const PhraseTable *self,
                     guint32            node)
{
  return self->node_kinds[node];
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PhraseTable, _phrase_table_free)

/* One match of a trie phrase starting at a token. */
typedef struct
{
  guint32 token;
  guint16 n_tokens;
  guint16 nya;          /* matched on the stem of a -nya word */
  guint32 node;         /* its payloads: _phrase_table_payloads() */
  guint32 next;         /* next match at the same token, or NO_INDEX */
} Match;

/* ---- lexicon values (tautan-extract-lexicon.c) ---- */

typedef enum
{
  SPEECH_BEFORE_SPEAKER = 1 << 0,  /* "kata Kim", "said Kim" */
  SPEECH_AFTER_SPEAKER  = 1 << 1,  /* "Kim mengatakan", "Kim said" */
  SPEECH_ACCORDING      = 1 << 2,  /* "menurut Kim", "according to Kim" */
  SPEECH_EXPRESS        = 1 << 3,  /* "menyerukan", "described": a fragment's frame */
  SPEECH_REPORT         = 1 << 4,  /* "melaporkan", "reported": an agency's verb */
} SpeechCue;

typedef enum
{
  EVENT_CUE_PASSIVE  = 1 << 0,   /* dituduh, was accused: subject is the target */
  EVENT_CUE_NOUN     = 1 << 1,   /* dukungan, invasion: needs a light verb or a possessor */
  EVENT_CUE_MUTUAL   = 1 << 2,   /* bertemu, met: "X and Y met" is X -> Y */
  EVENT_CUE_DENIAL   = 1 << 3,
  EVENT_CUE_NEEDS_TARGET = 1 << 4,
  EVENT_CUE_HOST     = 1 << 5,   /* menyambut, hosted: the guest is the actor (visitor -> host) */
  EVENT_CUE_ARRIVAL  = 1 << 6,   /* tiba di, arrived in: a visit only when the sentence says so */
} EventCueFlags;

typedef struct
{
  const char *phrase;
  const char *type;      /* taxonomy id */
  guint       flags;
} EventCue;

typedef enum
{
  DW_AGO = 1,            /* lalu, ago, yang lalu */
  DW_LAST,               /* last (English, before the unit) */
  DW_THIS,               /* ini, this */
  DW_NEXT,               /* depan, next, mendatang */
  DW_DAY_UNIT,
  DW_WEEK_UNIT,          /* pekan, minggu, week */
  DW_MONTH_UNIT,
  DW_YEAR_UNIT,
  DW_YESTERDAY,
  DW_TODAY,
  DW_TOMORROW,
  DW_EARLY,              /* awal, early, earlier */
  DW_MID,
  DW_LATE,               /* akhir, late */
  DW_WEEKEND,            /* akhir pekan, weekend */
  DW_PAST,               /* terakhir, past (in "the past year") */
  DW_SINCE,              /* sejak, since */
  DW_ON,                 /* pada, on, in, tanggal: kept with the expression */
  DW_FEW,                /* beberapa, a few, several */
  DW_LAST_NIGHT,         /* tadi malam, last night */
  DW_WHILE_AGO,          /* beberapa waktu lalu, some time ago: up to a year back */
  DW_RECENTLY,           /* baru-baru ini, recently: up to three months back */
} DateWord;

typedef enum
{
  PREP_AT = 1,      /* di, in, at: a place */
  PREP_TO,          /* ke, kepada, to: a recipient or destination */
  PREP_WITH,        /* dengan, with */
  PREP_AGAINST,     /* terhadap, against, on */
  PREP_FROM,        /* dari, from */
  PREP_BY,          /* oleh, by */
  PREP_FOR,         /* untuk, bagi, for */
  PREP_OF,          /* of */
  PREP_TIME,        /* pada, sejak, selama, during */
  PREP_OTHER,       /* dalam, atas, tentang, sebagai, about, as, into */
  PREP_CLAUSE,      /* setelah, saat, karena, after, when: a new clause starts */
} Prep;

typedef enum
{
  RELAY_CITED = 1,       /* dilansir, melansir, dikutip, citing: the story comes from X */
  RELAY_REPORTED,        /* seperti dilaporkan X, as reported by X */
  RELAY_QUOTED,          /* seperti dikutip X, quoted by X: words relayed by X */
  RELAY_SOURCE_LINE,     /* sumber : (a closing line) */
  RELAY_PUBLISHED,       /* dipublikasikan, published by */
} RelayCue;

typedef enum
{
  FURN_DROP = 1,         /* drop this line */
  FURN_DROP_SHORT,       /* drop this line when it is short */
  FURN_TAIL,             /* drop this line and everything after it, when short */
  FURN_DROP_UPPER,       /* drop when written in capitals (MEMBACA) */
  FURN_CREDIT,           /* a photo credit line: kept, nothing extracted */
  FURN_SIGNOFF,          /* Editor:, Reporter:: kept, nothing extracted */
  FURN_DATE_LABEL,       /* Published, Diterbitkan: a date line's label */
  FURN_ZONE,             /* WIB, GMT, AM: a time zone or clock word */
} FurnitureKind;

extern const EventCue _tautan_event_cues[];
extern const guint    _tautan_n_event_cues;

void          _tautan_lexicon_add_all    (PhraseTable *table);

/* Stance words that stand after the speech cue they qualify: "said,
 * urging", "kata X seraya mengecam". */
#define STANCE_PARTICIPLE 1

/* Words that describe an actor the text named before (Payload.value). */
typedef enum
{
  DESC_GOVERNMENT = 1,   /* the government, pemerintah: the article's state */
  DESC_ADMINISTRATION,   /* pemerintahan, administration: with a leader's name, the leader's state */
  DESC_PAIR_LEADERS,     /* the two leaders, kedua pemimpin */
  DESC_PAIR_STATES,      /* the two countries, kedua negara */
} Description;

/* ---- date expressions (tautan-date-expr.c) ---- */

typedef enum
{
  SPEC_DAY = 1,        /* y (0: yearless) m d */
  SPEC_DAYS,           /* y m d..d2 */
  SPEC_MONTH,          /* y m; y 0: the nearest such month */
  SPEC_YEAR,           /* y */
  SPEC_MONTH_PART,     /* part of month m of year y */
  SPEC_YEAR_PART,      /* part of year y */
  SPEC_WEEKDAY,        /* wd; rel -1: strictly before */
  SPEC_OFFSET,         /* n units from the anchor (negative: ago) */
  SPEC_FEW,            /* a few units ago */
  SPEC_THIS,           /* this unit, maybe a part of it */
  SPEC_LAST,           /* the unit before */
  SPEC_NEXT,           /* the unit after */
  SPEC_PAST_SPAN,      /* the last n units up to the anchor */
  SPEC_MONTH_REL,      /* month m: rel -1 last, -2 last year, 2 this year, 1 next */
  SPEC_WEEKEND,        /* the last weekend */
  SPEC_YESTERDAY,
  SPEC_TODAY,
  SPEC_TOMORROW,
  SPEC_LAST_NIGHT,
} SpecKind;

typedef struct
{
  SpecKind kind;
  int      y, m, d, d2;
  int      wd;
  int      n;
  int      unit;         /* DW_DAY_UNIT … DW_YEAR_UNIT */
  int      part;         /* 0, DW_EARLY, DW_MID or DW_LATE */
  int      rel;
  gboolean future;
  gboolean stated;       /* absolute: needs no anchor */
  gboolean since;        /* "sejak": from then up to the anchor */
} DateSpec;

typedef struct
{
  guint32        first_token;
  guint32        end_token;   /* exclusive */
  DateSpec       spec;
  TautanDateExpr expr;        /* resolved by _tautan_resolve_dates() */
} ArticleDateExpr;

void      _tautan_date_spec_resolve (const DateSpec  *spec,
                                     TautanDay        anchor_from,
                                     TautanDay        anchor_to,
                                     TautanDateExpr  *expr);
void      _tautan_resolve_dates     (Article         *a);
gboolean  _article_date_is_deadline (const Article   *a,
                                     const ArticleDateExpr *e);

/* ---- the gazetteer (tautan-gazetteer.c) ---- */

const PhraseTable *_tautan_gazetteer_get_table (TautanGazetteer *self);

/* Names as _tautan_normalise_name() gives them, worked out once when
 * the gazetteer is built rather than on each article, for the entries
 * that can be a state's body (an organisation affiliated with a state)
 * and for states; empty for the others. */
typedef struct
{
  char   **aliases;     /* a state's body: its aliases normalised, in order */
  char   **words;       /* a state: " name ", " alias ", metonyms and
                           references, normalised and padded, empty ones
                           left out */
  guint   *affiliated;  /* a state: its bodies, in order */
  guint    n_affiliated;
} GazetteerNames;

const GazetteerNames *_tautan_gazetteer_get_names (TautanGazetteer *self,
                                                   guint            index);

/* ---- the article (tautan-extract-text.c) ---- */

typedef enum
{
  LINE_BLANK,
  LINE_TITLE,
  LINE_DATELINE,       /* a line that is only a date: kept */
  LINE_BYLINE,
  LINE_BODY,
  LINE_CAPTION,        /* events, no quotes */
  LINE_CREDIT,         /* photo credits: nothing */
  LINE_SIGNOFF,        /* Editor:, sumber :: nothing but relays */
  LINE_DROPPED,        /* furniture: not in the kept text */
} LineRole;

typedef struct
{
  guint32  start;        /* bytes into the kept text (raw text until kept) */
  guint32  end;          /* before the newline */
  guint32  raw_start;    /* bytes into the raw text */
  guint32  raw_end;
  guint32  first_token;  /* into the article's tokens */
  guint32  n_tokens;
  LineRole role;
} Line;

typedef struct
{
  guint32 first_token;
  guint32 end_token;     /* exclusive */
  guint32 line;
} Sentence;

typedef enum
{
  MENTION_GAZETTEER,     /* entity: a gazetteer entry */
  MENTION_PROPOSED,      /* entity: an article-local proposed entity */
} MentionSource;

typedef struct
{
  guint32 first_token;
  guint32 end_token;     /* exclusive */
  guint32 entity;        /* index into Article.entities */
  guint32 title_start;   /* first token of a title before it, or NO_INDEX */
  guint32 entity2;       /* "the two leaders": the second, or NO_INDEX */
} Mention;

/* An entity of this article: from the gazetteer or proposed. */
typedef struct
{
  char             *key;          /* gazetteer id or normalised name */
  guint32           gazetteer;    /* entry index or NO_INDEX */
  char             *name;
  TautanEntityKind  kind;
  char             *role;         /* nullable */
  guint32           affiliation;  /* entity index or NO_INDEX */
  guint32           used : 1;
  guint32           proposed : 1;
} ArticleEntity;

/* A speaker: an entity, or words of the text. */
typedef struct
{
  guint32 entity;        /* NO_INDEX for text */
  char   *text;          /* nullable */
  guint32 np_first;      /* the speaker's words in tokens, for the review */
  guint32 np_end;
} Speaker;

typedef struct
{
  guint32 open_token;    /* the opening mark, or NO_INDEX when it opens a paragraph that continues */
  guint32 close_token;   /* the closing mark, or NO_INDEX when never closed */
  guint32 first_token;   /* first token inside */
  guint32 end_token;     /* exclusive: the closing mark or the end of what was kept */
  guint32 cp_start;      /* the quoted words, in code points */
  guint32 cp_end;
  guint32 byte_start;
  guint32 byte_end;
  guint32 line;
  guint32 group;         /* the quote this one continues (a multi-paragraph quote) */
  Speaker speaker;
  GArray *relayed_by;    /* guint32 entity indexes, nearest the speaker first */
  guint32 event;         /* index into Article.events or NO_INDEX */
  guint32 cue;           /* the speech cue that attributes it, or NO_INDEX */
  guint32 certain : 1;
  guint32 unclosed : 1;
  guint32 fragment : 1;  /* starts inside a sentence of the outlet's */
} ArticleQuote;

typedef struct
{
  TautanDay        start;
  TautanDay        end;
  TautanPrecision  precision;
  TautanDateMethod method;
  char            *words;
  char            *note;
} ArticleDate;

typedef struct
{
  guint32          cue;          /* index into _tautan_event_cues */
  const char      *type;         /* taxonomy id */
  guint32          cue_token;    /* the cue's words: [cue_token, cue_end) */
  guint32          cue_end;
  guint32          sentence;
  GArray          *actors;       /* guint32 entity indexes */
  GArray          *targets;
  TautanStatus     status;
  guint32          responds_to;  /* event index or NO_INDEX */
  ArticleDate      date;
  guint32          caption : 1;
} ArticleEvent;

typedef struct
{
  char    *name;
  guint32  entity;       /* entity index or NO_INDEX */
  gboolean state_media;
  char    *words;
  guint32  token;        /* where it was said, for the quotes near it */
  guint32  story : 1;    /* the whole story comes through it */
} ArticleRelay;

struct _Article
{
  TautanGazetteer   *gazetteer;
  const PhraseTable *table;
  const TautanExtractOptions *options;
  const TautanArticle *article;

  /* the text as given, and the text kept (whole lines of it) */
  const char        *raw;
  gsize              raw_len;
  char              *text;
  gsize              len;
  guint32            n_cp;

  GArray            *lines;      /* Line */
  GArray            *tokens;     /* Token */
  GArray            *matches;    /* Match */
  guint32           *token_match;/* first match at each token, or NO_INDEX */
  guint64           *token_kinds;/* the LexKinds of those matches, a bit each: most
                                  * lookups at a token end at this bit */
  GArray            *sentences;  /* Sentence */
  guint32           *token_sentence;
  GArray            *removed;    /* pairs of guint32 code points of the raw text */

  guint32            title_line;   /* NO_INDEX when there is no headline */
  int                language;     /* 0 Indonesian, 1 English */

  /* the source */
  char              *outlet;
  guint32            outlet_entity;
  char              *title;
  TautanDay          published;
  char              *published_note;
  char              *published_words;
  TautanDay          anchor_from;  /* what relative dates resolve against */
  TautanDay          anchor_to;
  guint32            peg;          /* the lead's date expression, or NO_INDEX */
  GArray            *relays;       /* ArticleRelay */

  GArray            *dates;        /* ArticleDateExpr in text order */
  guint32           *token_date;   /* date expression covering each token, or NO_INDEX */
  GArray            *entities;     /* ArticleEntity */
  GHashTable        *entity_by_key;
  GArray            *mentions;     /* Mention, in text order */
  guint32           *token_mention;/* mention covering each token, or NO_INDEX */
  GArray            *quotes;       /* ArticleQuote */
  guint32           *token_quote;  /* quote covering each token, or NO_INDEX */
  GArray            *events;       /* ArticleEvent */
};

void      _article_init            (Article            *a,
                                    TautanGazetteer    *gazetteer,
                                    const TautanExtractOptions *options,
                                    const TautanArticle *article,
                                    const char         *raw,
                                    gsize               raw_len);
void      _article_clear           (Article            *a);
void      _article_read_text       (Article            *a);
void      _article_match_all       (Article            *a);
void      _article_index_kinds     (Article            *a);

void      _tautan_tokenize         (const char         *text,
                                    gsize               len,
                                    GArray             *tokens);
guint64   _tautan_fold_hash        (const char         *text,
                                    gsize               len);
char     *_tautan_normalise_name   (const char         *text,
                                    gssize              len);

static inline const Token *
article_token (const Article *a,
               guint32        i)
{
  return &g_array_index (a->tokens, Token, i);
}

static inline guint32
article_n_tokens (const Article *a)
{
  return a->tokens->len;
}

/* The lookups below are inline so that the common answer, no such phrase
 * here (no bit of the kind in Article.token_kinds), costs one load and no
 * call. */

gboolean  _article_token_is_slow   (const Article      *a,
                                    guint32             i,
                                    LexKind             kind,
                                    guint32            *value);
gboolean  _article_match_at_slow   (const Article      *a,
                                    guint32             i,
                                    LexKind             kind,
                                    guint32            *n_tokens,
                                    const Payload     **payload);
gboolean  _article_match_with_slow (const Article      *a,
                                    guint32             i,
                                    LexKind             kind,
                                    guint32             value,
                                    guint32            *n_tokens);

static inline gboolean
article_token_has_kind (const Article *a,
                        guint32        i,
                        LexKind        kind)
{
  return i < article_n_tokens (a) && (a->token_kinds[i] & KIND_BIT (kind)) != 0;
}

/* g_ascii_tolower() inline and without a branch: 32 more for A to Z. */
static inline guint8
_tautan_ascii_lower (guint8 b)
{
  return b + ((guint8)(b - 'A') < 26) * 32;
}

/* Whether the @n bytes at @s are @word, ASCII case folded. The passes ask
 * this of most tokens against lists of words, and most answers are no at
 * the first byte: compared here a byte at a time rather than by strlen()
 * and g_ascii_strncasecmp() calls. @s holds no NUL, so the NUL of @word
 * ends the loop when @word is the shorter. */
static inline gboolean
_tautan_bytes_are_word (const char *s,
                        gsize       n,
                        const char *word)
{
  for (gsize j = 0; j < n; j++)
    {
      guint8 x = (guint8)s[j], y = (guint8)word[j];

      if (x != y && _tautan_ascii_lower (x) != _tautan_ascii_lower (y))
        return FALSE;
    }
  return word[n] == '\0';
}

/* Whether token @i is the word @word (ASCII case folded). */
static inline gboolean
_article_token_is_word (const Article *a,
                        guint32        i,
                        const char    *word)
{
  const Token *t = article_token (a, i);

  return t->kind == TOKEN_WORD && _tautan_bytes_are_word (a->text + t->start, t->end - t->start, word);
}

/* The mention token @i is part of, or NO_INDEX. */
static inline guint32
_article_mention_at (const Article *a,
                     guint32        i)
{
  return i < article_n_tokens (a) ? a->token_mention[i] : NO_INDEX;
}

static inline const Mention *
_article_mention (const Article *a,
                  guint32        index)
{
  return &g_array_index (a->mentions, Mention, index);
}

/* Whether token @i is a punctuation mark among @chars. */
static inline gboolean
_article_token_is_punct (const Article *a,
                         guint32        i,
                         const char    *chars)
{
  const Token *t;

  if (i >= article_n_tokens (a))
    return FALSE;
  t = article_token (a, i);
  return t->kind == TOKEN_PUNCT && t->ch != 0 && strchr (chars, t->ch) != NULL;
}

/* Whether token @k is one of the @n_words @words. The token is read
 * once, and only the words that start with its first letter are
 * compared: the lists are asked of most tokens. */
static inline gboolean
_article_token_among (const Article      *a,
                      guint32             k,
                      const char * const *words,
                      gsize               n_words)
{
  const Token *t = article_token (a, k);
  const char *s = a->text + t->start;
  guint8 first = _tautan_ascii_lower ((guint8)*s);

  if (t->kind != TOKEN_WORD)
    return FALSE;
  for (gsize i = 0; i < n_words; i++)
    if (_tautan_ascii_lower ((guint8)words[i][0]) == first && _tautan_bytes_are_word (s, t->end - t->start, words[i]))
      return TRUE;
  return FALSE;
}

#define WORD_AMONG(a, k, words) _article_token_among ((a), (k), (words), G_N_ELEMENTS (words))

/* A static list of words with their folded hashes, computed once: a
 * token is compared with a word only when its hash (Token.hash) is the
 * word's, so a long list costs a 64-bit comparison a word. The same
 * answers as _article_token_among(): a token that is an ASCII word up to
 * case has that word's folded hash. Initialise with WORD_LIST_INIT(). */
typedef struct
{
  const char * const *words;
  gsize               n_words;
  gsize               ready;      /* g_once_init_enter() */
  const guint64      *hashes;     /* NULL when a word is not ASCII: compared as words */
} WordList;

#define WORD_LIST_INIT(words) { (words), G_N_ELEMENTS (words), 0, NULL }

void      _tautan_word_list_init    (WordList           *list);

/* Whether token @k is one of @list's words. */
static inline gboolean
_article_token_in_list (const Article *a,
                        guint32        k,
                        WordList      *list)
{
  const Token *t;

  if (g_once_init_enter (&list->ready))
    {
      _tautan_word_list_init (list);
      g_once_init_leave (&list->ready, 1);
    }
  if (k >= article_n_tokens (a))
    return FALSE;
  if (list->hashes == NULL)
    return _article_token_among (a, k, list->words, list->n_words);
  t = article_token (a, k);
  if (t->kind != TOKEN_WORD)
    return FALSE;
  for (gsize i = 0; i < list->n_words; i++)
    if (list->hashes[i] == t->hash && _tautan_bytes_are_word (a->text + t->start, t->end - t->start, list->words[i]))
      return TRUE;
  return FALSE;
}

/* Appends @value to @array (of guint32) unless it is there already. */
static inline void
_tautan_append_unique (GArray  *array,
                       guint32  value)
{
  for (guint i = 0; i < array->len; i++)
    if (g_array_index (array, guint32, i) == value)
      return;
  g_array_append_val (array, value);
}

/* Appends each of @values (of guint32) to @array unless it is there already. */
static inline void
_tautan_append_unique_all (GArray       *array,
                           const GArray *values)
{
  for (guint i = 0; i < values->len; i++)
    _tautan_append_unique (array, g_array_index (values, guint32, i));
}

/* Whether a one-token phrase of @kind is token @i, and its value. */
static inline gboolean
_article_token_is (const Article *a,
                   guint32        i,
                   LexKind        kind,
                   guint32       *value)
{
  return article_token_has_kind (a, i, kind) && _article_token_is_slow (a, i, kind, value);
}

/* Whether a phrase of @kind starts at token @i; @n_tokens and @payload
 * (optional) get the longest. */
static inline gboolean
_article_match_at (const Article  *a,
                   guint32         i,
                   LexKind         kind,
                   guint32        *n_tokens,
                   const Payload **payload)
{
  return article_token_has_kind (a, i, kind) && _article_match_at_slow (a, i, kind, n_tokens, payload);
}

/* Whether a phrase of @kind with @value starts at token @i; @n_tokens
 * (optional) gets the longest. */
static inline gboolean
_article_match_with (const Article *a,
                     guint32        i,
                     LexKind        kind,
                     guint32        value,
                     guint32       *n_tokens)
{
  return article_token_has_kind (a, i, kind) && _article_match_with_slow (a, i, kind, value, n_tokens);
}

static inline gboolean
_article_token_is_char (const Article *a,
                        guint32        i,
                        char           c)
{
  return i < article_n_tokens (a) && article_token (a, i)->ch == (guint8)c
         && article_token (a, i)->kind == TOKEN_PUNCT;
}
char     *_article_token_text      (const Article      *a,
                                    guint32             first,
                                    guint32             end);
gboolean  _article_line_extracts   (const Article      *a,
                                    guint32             line,
                                    gboolean            quotes);

/* ---- clauses (tautan-extract-clause.c) ----
 *
 * Events and speakers both ask "who did it, to whom" of a verb. Reading
 * the sentence as a whole gives the wrong answer when it holds several
 * acts ("X menuduh Y, sementara Z membantah", "X met Y after Z attacked
 * W"): the subject and object of a verb are those of its clause. This is
 * the one definition of a verb's subject the passes share.
 */

typedef enum
{
  CLAUSE_MAIN = 1,      /* the sentence's own, or after ";" */
  CLAUSE_RELATIVE,      /* ", yang", ", which", "who": its subject is what it follows */
  CLAUSE_ADVERBIAL,     /* "setelah", "sementara", "after", "while": a subject of its own */
  CLAUSE_COMPLEMENT,    /* "bahwa", "said that": a subject of its own */
  CLAUSE_COORDINATE,    /* "dan" + a verb: the clause before's subject */
  CLAUSE_RESUMED,       /* the clause a ", yang …," interrupted, going on */
} ClauseKind;

typedef struct
{
  guint32    first_token;   /* its opener ("setelah", "yang", "dan") included */
  guint32    end_token;     /* exclusive */
  ClauseKind kind;
  guint32    opener;        /* the opening word, or NO_INDEX */
  guint32    verb;          /* the first verb, or NO_INDEX */
  guint32    verb_end;
  guint32    subject_token; /* first token of the subject's words, or NO_INDEX */
  guint32    object_token;  /* first token of the object's words, or NO_INDEX */
  GArray    *subjects;      /* guint32 entity indexes: who does it */
  GArray    *objects;       /* guint32 entity indexes: to whom */
  guint32    subject_own : 1;  /* found in the clause, not taken from another */
} Clause;

/* The clauses of sentence @si, in order; free with g_array_unref(). */
GArray        *_tautan_read_clauses   (Article      *a,
                                       guint32       si);
/* The clause that holds token @token, or NULL. */
const Clause  *_tautan_clause_at      (const GArray *clauses,
                                       guint32       token);
/* The subject of the verb at @verb (any verb of the clause, not only its
 * first) into @out: the names before it in its clause, else its clause's
 * (a coordinate or relative clause's is the one it continues). */
gboolean       _tautan_clause_subject (Article      *a,
                                       const GArray *clauses,
                                       guint32       verb,
                                       GArray       *out);

/* ---- the passes ---- */

void      _tautan_extract_dates    (Article            *a);
void      _tautan_extract_source   (Article            *a);
void      _tautan_extract_mentions (Article            *a);
void      _tautan_extract_quotes   (Article            *a);
void      _tautan_extract_speakers (Article            *a);
void      _tautan_extract_events   (Article            *a);

guint32   _article_entity_for_gazetteer (Article    *a,
                                         guint32     entry);
guint32   _article_entity_proposed      (Article    *a,
                                         const char *name,
                                         TautanEntityKind kind,
                                         const char *role,
                                         guint32     affiliation);
void      _article_use_entity           (Article    *a,
                                         guint32     entity);
guint32   _article_resolve_title        (Article    *a,
                                         guint32     first,
                                         guint32     end,
                                         guint32     before_token);
guint32   _article_resolve_reference    (Article    *a,
                                         guint32     first,
                                         guint32     end,
                                         guint32     before_token);
guint32   _article_resolve_opening_title (Article   *a,
                                          guint32    first,
                                          guint32    end,
                                          guint32    before_token);
guint32   _article_person_with_role     (Article    *a,
                                         guint32     first,
                                         guint32     end,
                                         guint32     before_token);
gboolean  _article_is_title_abbreviation (const Article *a,
                                          guint32        i);
guint32   _article_past_honorifics      (const Article *a,
                                         guint32        i);
void      _article_date_clear           (ArticleDate *date);
char     *_tautan_event_summary         (Article    *a,
                                         ArticleEvent *e);
void      _article_date_for_token       (Article    *a,
                                         guint32     token,
                                         guint32     sentence,
                                         ArticleDate *date);

G_END_DECLS
