/* tautan-extract-clause.c: a sentence read clause by clause
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A sentence splits into clauses at "; ", ", yang", ", which", "who",
 * "dan"/"and" between verbs, and at the words that open a clause of their
 * own ("setelah", "sementara", "after", "while", "bahwa", "said that").
 * Each clause gets its verb (the first cue or verb in it), its subject
 * (the nearest names before the verb, across an apposition "X, menteri
 * luar negeri Y,"; an unnamed armed group "pasukan Rusia", "Ukrainian
 * forces", "the junta" as its state) and its object (the first names
 * after the verb, directly or through "kepada", "dengan", "terhadap",
 * "to", "with", "against"; not a place, a time or an agent). A relative
 * clause's subject is the name it follows; a coordinate clause's is the
 * clause before's. Nothing here looks outside its sentence but a pronoun,
 * resolved as the speakers resolve it, and "the junta", which is the
 * state the article last named.
 */

#define G_LOG_DOMAIN "tautan-extract"

#include "config.h"

#include <string.h>

#include "tautan-extract-private.h"

static TautanEntityKind
kind_of (const Article *a,
         guint32        entity)
{
  return g_array_index (a->entities, ArticleEntity, entity).kind;
}

static gboolean
in_quote (const Article *a,
          guint32        k)
{
  return a->token_quote[k] != NO_INDEX;
}

static void
clause_clear (gpointer data)
{
  Clause *c = data;

  g_clear_pointer (&c->subjects, g_array_unref);
  g_clear_pointer (&c->objects, g_array_unref);
}

/* Whether token @k is a noun cue ("dukungan", "invasion"), which is no verb. */
static gboolean
noun_cue (const Article *a,
          guint32        k)
{
  const Payload *p;

  return _article_match_at (a, k, LEX_EVENT, NULL, &p) && (_tautan_event_cues[p->value].flags & EVENT_CUE_NOUN);
}

/* Whether token @k reads as a verb: a cue or known verb, or in Indonesian
 * a small-letter word with a verb's prefix (me-, ber-, di-) that is no
 * name, role or preposition. */
static gboolean
verb_at (const Article *a,
         guint32        k)
{
  static const char *not_verbs[] = {
    "mereka", "media", "merdeka", "menteri", "berita", "berbagai", "bersama", "bersejarah", "menit",
    "meter", "metode", "mekanisme", "mesin", "bersih", "berat", "benar", "besar", "dia", "diri",
    "dinas", "direktur", "diplomat", "diplomatik", "dingin", "dini", "dunia",
  };
  static WordList not_verb_list = WORD_LIST_INIT (not_verbs);
  const Token *t;
  const char *w;

  if (k >= article_n_tokens (a) || _article_mention_at (a, k) != NO_INDEX)
    return FALSE;
  if ((_article_token_is (a, k, LEX_EVENT, NULL) && !noun_cue (a, k)) || _article_token_is (a, k, LEX_SPEECH, NULL)
      || _article_token_is (a, k, LEX_VERB, NULL) || _article_token_is (a, k, LEX_SEND, NULL)
      || _article_token_is (a, k, LEX_LIGHT_VERB, NULL) || _article_token_is (a, k, LEX_STANCE, NULL))
    return TRUE;
  /* a multi-word cue starting here ("sent troops", "menjatuhkan sanksi") */
  if (_article_match_at (a, k, LEX_EVENT, NULL, NULL) && !noun_cue (a, k))
    return TRUE;
  t = article_token (a, k);
  if (a->language != 0 || t->kind != TOKEN_WORD || (t->flags & (TOKEN_CAPITAL | TOKEN_UPPER)) || t->end - t->start < 5
      || _article_token_is (a, k, LEX_PREP, NULL) || _article_token_is (a, k, LEX_TITLE, NULL)
      || _article_token_is (a, k, LEX_ORG_HEAD, NULL) || _article_token_in_list (a, k, &not_verb_list))
    return FALSE;
  w = a->text + t->start;
  return g_ascii_strncasecmp (w, "me", 2) == 0 || g_ascii_strncasecmp (w, "ber", 3) == 0
         || g_ascii_strncasecmp (w, "di", 2) == 0;
}

/* The first verb at or after @k, past auxiliaries only ("dan juga
 * mengecam"), or NO_INDEX. */
static guint32
verb_after_aux (const Article *a,
                guint32        k,
                guint32        end)
{
  for (guint steps = 0; k < end && steps < 4; steps++, k++)
    {
      if (verb_at (a, k))
        return k;
      if (!_article_token_is (a, k, LEX_AUX, NULL))
        break;
    }
  return NO_INDEX;
}

/* "that" after a verb of saying or knowing opens a clause; "that
 * country" does not. */
static gboolean
complementiser_at (const Article *a,
                   guint32        first,
                   guint32        k)
{
  if (_article_token_is_word (a, k, "bahwa"))
    return TRUE;
  if (!_article_token_is_word (a, k, "that") || k == first)
    return FALSE;
  for (guint32 j = k, steps = 0; j-- > first && steps < 4; steps++)
    {
      if (_article_token_is (a, j, LEX_SPEECH, NULL) || _article_token_is (a, j, LEX_CLAIM, NULL)
          || _article_token_is (a, j, LEX_VERB, NULL) || _article_token_is (a, j, LEX_STANCE, NULL)
          || (_article_token_is (a, j, LEX_EVENT, NULL) && !noun_cue (a, j)))
        return TRUE;
      /* "told reporters that", "warned Seoul that" */
      if (_article_token_is_punct (a, j, ",;:") || _article_token_is (a, j, LEX_PREP, NULL))
        break;
      /* "appreciates the efforts that X made": after a noun with its
       * article, "that" is relative */
      if (j + 1 < k && (_article_token_is_word (a, j, "the") || _article_token_is_word (a, j, "a")
                        || _article_token_is_word (a, j, "an")))
        break;
    }
  return FALSE;
}

/* The clause opened at token @k of a sentence starting at @first, with
 * where its first token is, or 0. */
static ClauseKind
opens_clause (const Article *a,
              guint32        first,
              guint32        k,
              guint32        end,
              guint32       *start)
{
  guint32 v;

  *start = k;
  if (k <= first || in_quote (a, k))
    return 0;
  if (_article_token_is_punct (a, k - 1, ";"))
    return CLAUSE_MAIN;
  /* ", yang", ", which", ", who"; and "which", "who" without the comma */
  if ((_article_token_is_word (a, k, "yang") && _article_token_is_punct (a, k - 1, ","))
      || _article_token_is_word (a, k, "which") || _article_token_is_word (a, k, "who"))
    return CLAUSE_RELATIVE;
  /* "setelah", "sementara", "after", "while", but not "saat itu", "sementara itu" */
  if (_article_token_is (a, k, LEX_PREP, &v) && v == PREP_CLAUSE)
    {
      if (_article_token_is_word (a, k + 1, "itu") || _article_token_is_word (a, k + 1, "ini"))
        return 0;
      return CLAUSE_ADVERBIAL;
    }
  if (complementiser_at (a, first, k))
    return CLAUSE_COMPLEMENT;
  /* "dan mengecam", ", and condemned": a second verb of the same subject;
   * "dan Y mengecam" has a subject of its own */
  if (_article_token_is (a, k, LEX_CONJ, NULL) && k + 1 < end)
    {
      if (verb_after_aux (a, k + 1, end) != NO_INDEX)
        return CLAUSE_COORDINATE;
      return 0;
    }
  return 0;
}

/* "Colorado Senator X", "Texas Governor X": a capitalised word the
 * gazetteer does not know, right before a role, is the role's place, not
 * a name of its own. */
static gboolean
place_before_role (const Article *a,
                   guint32        k)
{
  return _article_mention_at (a, k) == NO_INDEX && article_token (a, k)->kind == TOKEN_WORD
         && (article_token (a, k)->flags & TOKEN_CAPITAL) && k + 1 < article_n_tokens (a)
         && _article_mention_at (a, k + 1) == NO_INDEX && _article_match_at (a, k + 1, LEX_TITLE, NULL, NULL)
         && !_article_token_is (a, k, LEX_TITLE, NULL);
}

/* The names joined by "dan", "and" and commas from the mention at @i on,
 * into @out; a state named before a person ("Presiden Rusia Vladimir
 * Putin") gives way to the person. Returns the token after them. */
static guint32
group_from (Article *a,
            guint32  i,
            guint32  limit,
            GArray  *out)
{
  guint32 m = _article_mention_at (a, i);

  while (m != NO_INDEX && i < limit)
    {
      const Mention *cur = _article_mention (a, m);
      guint32 k = cur->end_token;
      guint32 next = _article_mention_at (a, k);

      /* "Rusia Vladimir Putin", "Menteri Luar Negeri Korea Selatan Park Jin" */
      while (next == NO_INDEX && k < limit && _article_match_at (a, k, LEX_TITLE, NULL, NULL))
        next = _article_mention_at (a, ++k);
      /* "Presiden Rusia Vladimir Putin" is Putin, "Bali Governor X" is X;
       * "the U.S. Environmental
       * Protection Agency", "UK Home Office": the body is the party */
      if (next != NO_INDEX && k < limit
          && (kind_of (a, cur->entity) == TAUTAN_ENTITY_STATE
              || (kind_of (a, cur->entity) == TAUTAN_ENTITY_PLACE && k > cur->end_token))
          && (kind_of (a, _article_mention (a, next)->entity) == TAUTAN_ENTITY_PERSON
              || (k == cur->end_token && kind_of (a, _article_mention (a, next)->entity) == TAUTAN_ENTITY_ORGANISATION
                  && !(article_token (a, k)->flags & TOKEN_LINE))))
        {
          i = k;
          m = next;
          continue;
        }
      /* "Presiden Amerika, Barack Obama": a role set off by a comma
       * before the name is the person's */
      if (kind_of (a, cur->entity) == TAUTAN_ENTITY_STATE && cur->title_start != NO_INDEX
          && cur->end_token + 1 < limit && _article_token_is_punct (a, cur->end_token, ",")
          && (next = _article_mention_at (a, _article_past_honorifics (a, cur->end_token + 1))) != NO_INDEX
          && kind_of (a, _article_mention (a, next)->entity) == TAUTAN_ENTITY_PERSON)
        {
          i = _article_past_honorifics (a, cur->end_token + 1);
          m = next;
          continue;
        }
      if (kind_of (a, cur->entity) != TAUTAN_ENTITY_MEDIA)
        _tautan_append_unique (out, cur->entity);
      if (cur->entity2 != NO_INDEX)
        _tautan_append_unique (out, cur->entity2);
      k = cur->end_token;
      if (k < limit && (_article_token_is_punct (a, k, ",") || _article_token_is (a, k, LEX_CONJ, NULL)))
        {
          guint32 j = k + 1;

          if (_article_token_is_punct (a, k, ",") && _article_token_is (a, j, LEX_CONJ, NULL))
            j++;
          while (j < limit && _article_mention_at (a, j) == NO_INDEX
                 && (_article_match_at (a, j, LEX_TITLE, NULL, NULL) || _article_token_is_word (a, j, "the")
                     || place_before_role (a, j)))
            j++;
          if (j < limit && _article_mention_at (a, j) != NO_INDEX)
            {
              i = j;
              m = _article_mention_at (a, j);
              continue;
            }
        }
      return cur->end_token;
    }
  return i;
}

/* Words for a state's armed forces, ruling group or envoys: "pasukan
 * Rusia", "Ukrainian forces", "militer Korut", "the junta", "the
 * Canadian delegation". */
static const char *forces[] = {
  "pasukan", "tentara", "militer", "angkatan", "prajurit", "junta", "rezim", "delegasi",
  "forces", "troops", "soldiers", "military", "army", "navy", "junta", "regime", "delegation",
};

/* "the junta", "junta militer", "rezim" with no state beside it: the
 * state the article named last before @k. */
static guint32
state_named_before (const Article *a,
                    guint32        k)
{
  for (guint32 j = k, steps = 0; j-- > 0 && steps < 600; steps++)
    {
      guint32 m = _article_mention_at (a, j);

      if (m == NO_INDEX)
        continue;
      if (kind_of (a, _article_mention (a, m)->entity) == TAUTAN_ENTITY_STATE)
        return _article_mention (a, m)->entity;
      j = _article_mention (a, m)->first_token;
    }
  return NO_INDEX;
}

/* Whether the name at @k follows a preposition ("kepada", "to the"),
 * past its role and article: then it is no subject. */
static gboolean
after_prep (const Article *a,
            guint32        start,
            guint32        k)
{
  guint32 v;

  /* past a role, an article, a number: "for 3,000 Afghan refugees" */
  while (k > start && _article_mention_at (a, k - 1) == NO_INDEX
         && (_article_match_at (a, k - 1, LEX_TITLE, NULL, NULL) || _article_token_is_word (a, k - 1, "the")
             || article_token (a, k - 1)->kind == TOKEN_NUMBER))
    k--;
  /* "sejak Rusia melancarkan invasi", "since Russia launched": a time
   * word before a name its verb follows opens a clause of its own */
  if (k > start && (_article_token_is_word (a, k - 1, "sejak") || _article_token_is_word (a, k - 1, "since")))
    return FALSE;
  /* "a group of US lawmakers criticised": after a collective noun, "of"
   * names who act */
  if (k > start + 1 && _article_token_is_word (a, k - 1, "of"))
    {
      static const char *nouns[] = { "group", "delegation", "team", "number", "coalition", "bloc", "panel", "handful" };

      if (WORD_AMONG (a, k - 2, nouns))
        return FALSE;
    }
  return k > start && _article_token_is (a, k - 1, LEX_PREP, &v) && v != PREP_CLAUSE;
}

/* "AS ketika itu menolak", "the US at the time rejected": a time adverb
 * of several words ending at @k stands between subject and verb; returns
 * its first token, or NO_INDEX. */
static guint32
time_adverb_ending (const Article *a,
                    guint32        start,
                    guint32        k)
{
  static const char *adverbs[][4] = {
    { "ketika", "itu" }, { "saat", "itu" }, { "waktu", "itu" }, { "kala", "itu" },
    { "pada", "saat", "itu" }, { "pada", "waktu", "itu" }, { "pada", "ketika", "itu" },
    { "at", "the", "time" }, { "at", "that", "time" }, { "by", "then" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (adverbs); i++)
    {
      guint n = 0;
      gboolean all = TRUE;

      while (n < G_N_ELEMENTS (adverbs[i]) && adverbs[i][n] != NULL)
        n++;
      if (k + 1 < start + n)
        continue;
      for (guint w = 0; w < n && all; w++)
        all = _article_token_is_word (a, k + 1 - n + w, adverbs[i][w]);
      if (all)
        return k + 1 - n;
    }
  return NO_INDEX;
}

/* A manner adverb ending at @k: "secara bulat", "unanimously"; returns
 * its first token, or NO_INDEX. */
static guint32
manner_adverb_ending (const Article *a,
                      guint32        start,
                      guint32        k)
{
  const Token *t = article_token (a, k);

  if (t->kind != TOKEN_WORD || _article_mention_at (a, k) != NO_INDEX)
    return NO_INDEX;
  if (k > start && _article_token_is_word (a, k - 1, "secara"))
    return k - 1;
  if (a->language == 1 && !(t->flags & (TOKEN_CAPITAL | TOKEN_UPPER)) && t->end - t->start >= 5
      && g_ascii_strncasecmp (a->text + t->end - 2, "ly", 2) == 0)
    return k;
  return NO_INDEX;
}

/* The name a relative word at @rel follows: "resolusi PBB yang", "a UN
 * resolution which", "X, yang"; NO_INDEX when it follows no name. */
static guint32
antecedent_of (const Article *a,
               guint32        rel)
{
  guint32 k = rel;

  if (k > 0 && _article_token_is_punct (a, k - 1, ","))
    k--;
  if (k > 0 && _article_mention_at (a, k - 1) != NO_INDEX)
    return _article_mention_at (a, k - 1);
  if (k > 1 && _article_mention_at (a, k - 2) != NO_INDEX && article_token (a, k - 1)->kind == TOKEN_WORD
      && !(article_token (a, k - 1)->flags & (TOKEN_CAPITAL | TOKEN_UPPER)))
    return _article_mention_at (a, k - 2);
  return NO_INDEX;
}

/* The clause's first names not after a preposition, or its first
 * pronoun: its subject when the words just before the verb are an aside
 * too long to walk back over ("We, the G7 Foreign Ministers of …,
 * express"). */
static gboolean
first_subject (Article *a,
               guint32  start,
               guint32  verb,
               GArray  *out,
               guint32 *at)
{
  for (guint32 k = start; k < verb; k++)
    {
      guint32 m = _article_mention_at (a, k);

      if (in_quote (a, k))
        continue;
      if (m != NO_INDEX)
        {
          if (!after_prep (a, start, k) && kind_of (a, _article_mention (a, m)->entity) != TAUTAN_ENTITY_PLACE)
            {
              group_from (a, k, verb, out);
              *at = k;
              return out->len > 0;
            }
          k = _article_mention (a, m)->end_token - 1;
          continue;
        }
      if (_article_token_is (a, k, LEX_PRONOUN, NULL))
        {
          guint32 ref = _article_resolve_reference (a, k, k + 1, k);

          if (ref == NO_INDEX)
            return FALSE;
          _tautan_append_unique (out, ref);
          *at = k;
          return TRUE;
        }
    }
  return FALSE;
}

/* Whether the token at @i opens a sentence: first on its line, or after
 * a full stop, a question or an exclamation mark. */
static gboolean
at_sentence_opening (const Article *a,
                     guint32        i)
{
  const Token *prev;

  if (i == 0 || (article_token (a, i)->flags & TOKEN_LINE))
    return TRUE;
  prev = article_token (a, i - 1);
  return prev->kind == TOKEN_PUNCT && (prev->ch == '.' || prev->ch == '!' || prev->ch == '?');
}

/* "U.S. Ambassador to Indonesia X", "Duta Besar AS untuk Indonesia X",
 * "Canada's ambassador to Indonesia X": the preposition at @p is inside
 * the role before a person, not before an object. Returns the role's
 * first token, or NO_INDEX. */
static guint32
role_lead_before (const Article *a,
                  guint32        start,
                  guint32        p)
{
  guint32 k = p;
  gboolean title = FALSE;

  if (!_article_token_is_word (a, p, "to") && !_article_token_is_word (a, p, "untuk"))
    return NO_INDEX;
  while (k > start)
    {
      guint32 m = _article_mention_at (a, k - 1);
      guint32 j, n = 0;

      /* a title of several words ending here: "Duta Besar" */
      for (j = k; j-- > start && k - j <= 4;)
        if (_article_mention_at (a, j) == NO_INDEX && _article_match_at (a, j, LEX_TITLE, &n, NULL) && j + n == k)
          break;
      if (j < k && k - j <= 4 && n > 0 && j + n == k && j >= start)
        {
          k = j;
          title = TRUE;
          continue;
        }
      /* the role's state: "AS", "Canada's", "the U.S." */
      if (m != NO_INDEX && kind_of (a, _article_mention (a, m)->entity) == TAUTAN_ENTITY_STATE)
        {
          k = _article_mention (a, m)->first_token;
          continue;
        }
      if (_article_token_is_word (a, k - 1, "'s") || _article_token_is_word (a, k - 1, "’s")
          || _article_token_is_word (a, k - 1, "the"))
        {
          k--;
          continue;
        }
      break;
    }
  return title ? k : NO_INDEX;
}

/* "X along with his guest, Y,", "X bersama istrinya, Y,": the name
 * before a companion set off by the comma at @comma; returns the token
 * after that name, or NO_INDEX. */
static guint32
companion_before (const Article *a,
                  guint32        start,
                  guint32        comma)
{
  static const char *withs[] = { "with", "bersama", "beserta", "didampingi" };

  for (guint32 w = comma, steps = 0; w-- > start && steps < 5; steps++)
    {
      guint32 b = w;

      if (_article_mention_at (a, w) != NO_INDEX || _article_token_is_punct (a, w, ",;"))
        return NO_INDEX;
      if (!WORD_AMONG (a, w, withs))
        continue;
      /* "along with", "together with" */
      if (b > start && (_article_token_is_word (a, b - 1, "along") || _article_token_is_word (a, b - 1, "together")))
        b--;
      if (b > start && _article_mention_at (a, b - 1) != NO_INDEX)
        return b;
      return NO_INDEX;
    }
  return NO_INDEX;
}

/* "dalam penyambutannya", "di Jakarta", "in his remarks" ending at @k
 * right after a name: returns the preposition's token, or NO_INDEX. */
static guint32
prep_phrase_after_name (const Article *a,
                        guint32        start,
                        guint32        k)
{
  for (guint32 p = k + 1, steps = 0; p-- > start + 1 && steps < 4; steps++)
    {
      guint32 v, m = _article_mention_at (a, p);

      if (_article_token_is (a, p, LEX_PREP, &v))
        {
          guint32 name = _article_mention_at (a, p - 1);

          if (!(v == PREP_AT || v == PREP_OTHER) || p >= k || name == NO_INDEX
              || kind_of (a, _article_mention (a, name)->entity) == TAUTAN_ENTITY_PLACE)
            return NO_INDEX;
          /* the name is the clause's first words' subject, not the
           * object of a verb before it ("menggelar acara X dalam …") */
          for (guint32 b = start; b < _article_mention (a, name)->first_token; b++)
            if (!in_quote (a, b) && verb_at (a, b))
              return NO_INDEX;
          return p;
        }
      if (m != NO_INDEX && kind_of (a, _article_mention (a, m)->entity) == TAUTAN_ENTITY_PLACE)
        {
          p = _article_mention (a, m)->first_token;
          continue;
        }
      if (m != NO_INDEX || in_quote (a, p) || article_token (a, p)->kind != TOKEN_WORD
          || (article_token (a, p)->flags & (TOKEN_CAPITAL | TOKEN_UPPER)) || verb_at (a, p))
        return NO_INDEX;
    }
  return NO_INDEX;
}

/* "X and the delegation, led by A and B, met": whether the words before
 * the comma at @comma, back to the comma before them (or @start), open
 * with a participle that describes the name before that comma; the
 * names in such an aside are not the subject. */
static gboolean
aside_describes (const Article *a,
                 guint32        start,
                 guint32        comma)
{
  static const char *openers[] = {
    "led", "headed", "accompanied", "including", "dipimpin", "didampingi", "termasuk", "diketuai",
  };

  for (guint32 w = comma; w-- > start && comma - w < 40;)
    if (_article_token_is_punct (a, w, ",;"))
      return w + 1 < comma && WORD_AMONG (a, w + 1, openers);
  return FALSE;
}

/* Whether the words from @first to the comma at @comma end with a name
 * that can act (not a place, not after a preposition) and hold no verb:
 * a subject set off by a comma, not a clause of its own. */
static gboolean
name_closes (const Article *a,
             guint32        first,
             guint32        comma)
{
  guint32 m = comma > first ? _article_mention_at (a, comma - 1) : NO_INDEX;

  if (m == NO_INDEX || kind_of (a, _article_mention (a, m)->entity) == TAUTAN_ENTITY_PLACE
      || after_prep (a, first, _article_mention (a, m)->first_token))
    return FALSE;
  for (guint32 k = first; k < comma; k++)
    if (!in_quote (a, k) && verb_at (a, k))
      return FALSE;
  return TRUE;
}

/* The subject of a verb at @verb, looking back no further than @start:
 * into @out, with its first token in @at. */
static gboolean
subject_before (Article *a,
                guint32  start,
                guint32  verb,
                GArray  *out,
                guint32 *at)
{
  guint32 k = verb;
  guint steps = 0;

  /* "Kedatangan rombongan X yang dipimpin oleh Y disambut": the agent
   * of a relative clause before the verb is not its subject; the name
   * "yang" follows is (English sets such a clause off by commas, which
   * the clause reader splits at) */
  for (guint32 j = verb, by = NO_INDEX; a->language == 0 && j-- > start && verb - j < 40;)
    {
      if (in_quote (a, j))
        continue;
      if (_article_token_is_punct (a, j, ",;:"))
        break;
      if (_article_match_with (a, j, LEX_PREP, PREP_BY, NULL))
        by = j;
      if (_article_token_is (a, j, LEX_REL, NULL) && !_article_token_is_word (a, j, "that")
          && !_article_token_is_word (a, j, "bahwa"))
        {
          if (by != NO_INDEX && j > start && subject_before (a, start, j, out, at))
            return TRUE;
          break;
        }
    }

  while (k > start && steps++ < 24)
    {
      guint32 j = k - 1;
      guint32 m = _article_mention_at (a, j);

      /* before "itu" alone: "ketika itu" is no demonstrative */
      if (time_adverb_ending (a, start, j) != NO_INDEX)
        {
          k = time_adverb_ending (a, start, j);
          continue;
        }
      if (in_quote (a, j) || _article_token_is (a, j, LEX_AUX, NULL) || a->token_date[j] != NO_INDEX
          || _article_token_is (a, j, LEX_CLAIM, NULL) || _article_token_is (a, j, LEX_NEGATION, NULL)
          || _article_token_is_word (a, j, "pun") || _article_token_is_word (a, j, "itu"))
        {
          /* "Rusia itu", "pemimpin itu": the demonstrative is the subject's */
          if (_article_token_is_word (a, j, "itu") && j > start
              && (_article_token_is (a, j - 1, LEX_TITLE, NULL) || _article_token_is (a, j - 1, LEX_DESCRIPTION, NULL)))
            {
              guint32 first = j - 1;
              guint32 ref;

              while (first > start && _article_token_is (a, first - 1, LEX_TITLE, NULL))
                first--;
              ref = _article_resolve_reference (a, first, j + 1, first);
              if (ref != NO_INDEX)
                {
                  _tautan_append_unique (out, ref);
                  *at = first;
                  return TRUE;
                }
            }
          k = j;
          continue;
        }
      if (manner_adverb_ending (a, start, j) != NO_INDEX)
        {
          k = manner_adverb_ending (a, start, j);
          continue;
        }
      /* "Joseph R. Donovan Jr. met": the stop of an abbreviation that
       * ends a name is the name's */
      if (_article_token_is_punct (a, j, ".") && j > start && _article_mention_at (a, j - 1) != NO_INDEX
          && !(article_token (a, j)->flags & TOKEN_SPACE))
        {
          k = j;
          continue;
        }
      if (_article_token_is_punct (a, j, ")"))
        {
          while (j > start && !_article_token_is_punct (a, j, "("))
            j--;
          k = j;
          continue;
        }
      if (_article_token_is_punct (a, j, ","))
        {
          /* an apposition or an aside set off by commas: ", X, menteri
           * luar negeri Y," is X; "Menteri Luar Negeri Y, X," is X; ",
           * dalam pesannya," is skipped */
          guint32 c = j;

          while (c > start && !_article_token_is_punct (a, c - 1, ",") && j - c < 12)
            c--;
          if (c > start + 1 && _article_token_is_punct (a, c - 1, ","))
            {
              guint32 before = _article_mention_at (a, c - 2);

              if (_article_match_at (a, c, LEX_TITLE, NULL, NULL) && _article_mention_at (a, c) == NO_INDEX && before != NO_INDEX)
                {
                  group_from (a, _article_mention (a, before)->first_token, c - 1, out);
                  *at = _article_mention (a, before)->first_token;
                  return out->len > 0;
                }
              if (_article_mention_at (a, c) != NO_INDEX && _article_mention_at (a, j - 1) == _article_mention_at (a, c)
                  && (_article_token_is (a, c - 2, LEX_TITLE, NULL) || before != NO_INDEX))
                {
                  group_from (a, c, j, out);
                  *at = c;
                  return out->len > 0;
                }
              /* "Today, Under Secretary X, met with": after an opening
               * that names no one, the name the commas close is the
               * subject, not an aside */
              if (before == NO_INDEX && !_article_match_at (a, c - 2, LEX_TITLE, NULL, NULL)
                  && name_closes (a, c, j) && !aside_describes (a, start, j))
                {
                  guint32 w = companion_before (a, start, c - 1);

                  /* "X along with his guest, Y, toured": Y goes with X */
                  k = w != NO_INDEX ? w : j;
                  continue;
                }
              k = c - 1;
              continue;
            }
          /* "Perdana Menteri Singapura X, hari Kamis mengatakan": a
           * lone comma after the subject, before the verb; "Kepala
           * Kantor X, menerima kunjungan": right before it */
          if (j > start && _article_mention_at (a, j - 1) != NO_INDEX
              && (j + 1 < verb || name_closes (a, start, j)) && !aside_describes (a, start, j))
            {
              k = j;
              continue;
            }
          return first_subject (a, start, verb, out, at);
        }
      /* "X dalam sambutannya mengucapkan", "X in his remarks thanked": a
       * short phrase of manner or place between the subject and the verb */
      if ((m == NO_INDEX || kind_of (a, _article_mention (a, m)->entity) == TAUTAN_ENTITY_PLACE)
          && prep_phrase_after_name (a, start, j) != NO_INDEX)
        {
          k = prep_phrase_after_name (a, start, j);
          continue;
        }
      /* "Ukrainian forces", "Russia's troops", "the junta" */
      if (m == NO_INDEX && WORD_AMONG (a, j, forces))
        {
          guint32 s = j;

          if (s > start && (_article_token_is_word (a, s - 1, "'s") || _article_token_is_word (a, s - 1, "’s")
                            || _article_token_is_word (a, s - 1, "s")))
            s--;
          while (s > start && _article_token_is_punct (a, s - 1, "'’"))
            s--;
          if (s > start && _article_mention_at (a, s - 1) != NO_INDEX
              && kind_of (a, _article_mention (a, _article_mention_at (a, s - 1))->entity) == TAUTAN_ENTITY_STATE)
            {
              _tautan_append_unique (out, _article_mention (a, _article_mention_at (a, s - 1))->entity);
              *at = _article_mention (a, _article_mention_at (a, s - 1))->first_token;
              return TRUE;
            }
          if (_article_token_is_word (a, j, "junta") || _article_token_is_word (a, j, "rezim")
              || _article_token_is_word (a, j, "regime"))
            {
              guint32 state = state_named_before (a, j);

              if (state != NO_INDEX)
                {
                  _tautan_append_unique (out, state);
                  *at = j;
                  return TRUE;
                }
            }
          /* "pasukan", "militer" alone: look on for their state */
          k = j;
          continue;
        }
      if (m != NO_INDEX)
        {
          guint32 first = _article_mention (a, m)->first_token;
          guint32 s = first;
          guint32 lead = NO_INDEX;

          /* "pasukan Rusia", "militer Korut": the state; a place does not act */
          if (kind_of (a, _article_mention (a, m)->entity) == TAUTAN_ENTITY_PLACE)
            return FALSE;
          /* back to the group's first name: "X, Y dan Z" */
          while (s > start + 1)
            {
              guint32 b = s - 1;

              while (b > start && _article_mention_at (a, b) == NO_INDEX
                     && (_article_match_at (a, b, LEX_TITLE, NULL, NULL) || _article_token_is_word (a, b, "the")
                         || place_before_role (a, b)))
                b--;
              if ((_article_token_is_punct (a, b, ",") || _article_token_is (a, b, LEX_CONJ, NULL)) && b > start
                  && _article_mention_at (a, b - 1) != NO_INDEX
                  && !(_article_token_is_punct (a, b, ",") && after_prep (a, start, _article_mention (a, _article_mention_at (a, b - 1))->first_token)))
                s = _article_mention (a, _article_mention_at (a, b - 1))->first_token;
              else if (b + 1 == s && _article_mention_at (a, b) != NO_INDEX
                       && kind_of (a, _article_mention (a, _article_mention_at (a, s))->entity) == TAUTAN_ENTITY_STATE
                       && kind_of (a, _article_mention (a, _article_mention_at (a, b))->entity) == TAUTAN_ENTITY_ORGANISATION)
                {
                  /* "Bakamla RI": the body, its state after it */
                  s = _article_mention (a, _article_mention_at (a, b))->first_token;
                  break;
                }
              else if (_article_mention_at (a, b) != NO_INDEX
                       && (kind_of (a, _article_mention (a, _article_mention_at (a, b))->entity) == TAUTAN_ENTITY_STATE
                           || (b + 1 < s && kind_of (a, _article_mention (a, _article_mention_at (a, b))->entity) == TAUTAN_ENTITY_PLACE)))
                /* "Rusia Vladimir Putin", "Canadian Senator Tomas Berg",
                 * "Bali Governor X": the person's state or place before */
                s = _article_mention (a, _article_mention_at (a, b))->first_token;
              else
                {
                  /* "U.S. Ambassador to Indonesia X met": the role's
                   * preposition is no object's */
                  lead = role_lead_before (a, start, b);
                  break;
                }
            }
          /* "kepada X", "in a statement to X": no subject */
          if (after_prep (a, start, lead != NO_INDEX ? lead : s))
            return FALSE;
          group_from (a, s, verb, out);
          *at = lead != NO_INDEX ? lead : s;
          return out->len > 0;
        }
      /* "resolusi PBB yang mengutuk": what "yang" follows, or no one */
      if (_article_token_is (a, j, LEX_REL, NULL) && !_article_token_is_word (a, j, "that")
          && !_article_token_is_word (a, j, "bahwa"))
        {
          guint32 ante = antecedent_of (a, j);

          if (ante == NO_INDEX || kind_of (a, _article_mention (a, ante)->entity) == TAUTAN_ENTITY_PLACE)
            return FALSE;
          _tautan_append_unique (out, _article_mention (a, ante)->entity);
          *at = _article_mention (a, ante)->first_token;
          return TRUE;
        }
      if (_article_token_is (a, j, LEX_PRONOUN, NULL))
        {
          guint32 ref = _article_resolve_reference (a, j, j + 1, j);

          if (ref != NO_INDEX)
            {
              _tautan_append_unique (out, ref);
              *at = j;
              return TRUE;
            }
          return FALSE;
        }
      if (_article_token_is (a, j, LEX_TITLE, NULL))
        {
          guint32 first = j;
          guint32 ref;

          while (first > start && _article_token_is (a, first - 1, LEX_TITLE, NULL)
                 && _article_mention_at (a, first - 1) == NO_INDEX)
            first--;
          /* "Scientology officials have stated", "Kremlin spokesmen
           * said": the body speaks through them */
          if (first > start && _article_mention_at (a, first - 1) != NO_INDEX)
            {
              guint32 body = _article_mention (a, _article_mention_at (a, first - 1))->entity;

              if (kind_of (a, body) == TAUTAN_ENTITY_ORGANISATION || kind_of (a, body) == TAUTAN_ENTITY_STATE)
                {
                  _tautan_append_unique (out, body);
                  *at = _article_mention (a, _article_mention_at (a, first - 1))->first_token;
                  return TRUE;
                }
            }
          /* "Presiden juga bertemu …": in Indonesian a title alone
           * opening the sentence is the person the text gave it */
          if (first == start && a->language == 0 && !(article_token (a, j + 1)->flags & TOKEN_CAPITAL)
              && at_sentence_opening (a, first))
            {
              ref = _article_resolve_opening_title (a, first, j + 1, first);
              if (ref != NO_INDEX)
                {
                  _tautan_append_unique (out, ref);
                  *at = first;
                  return TRUE;
                }
            }
          /* "The Deputy Secretary welcomed", "the minister said": the
           * person the text gave that role */
          if (first > start && (_article_token_is_word (a, first - 1, "the") || _article_token_is_word (a, first - 1, "this")))
            {
              ref = _article_resolve_reference (a, first - 1, j + 1, first - 1);
              if (ref != NO_INDEX)
                {
                  _tautan_append_unique (out, ref);
                  *at = first - 1;
                  return TRUE;
                }
            }
          return FALSE;
        }
      /* "pasukan" or "militer" before a state: "pasukan Rusia" is read
       * at the state; any other word ends the search */
      break;
    }
  return FALSE;
}

/* Whether the name at @k stands as an object: directly after the verb's
 * words, or after "kepada", "dengan", "terhadap", "to", "with",
 * "against", "of"; not after a place, a time, a source or an agent. */
static gboolean
object_role (const Article *a,
             guint32        verb_end,
             guint32        k)
{
  guint32 j = k;
  guint32 v;

  /* past the role before the name: "kepada Presiden RI Joko Widodo" */
  while (j > verb_end && _article_mention_at (a, j - 1) == NO_INDEX
         && (_article_match_at (a, j - 1, LEX_TITLE, NULL, NULL) || _article_token_is (a, j - 1, LEX_DEMONSTRATIVE, NULL)))
    j--;
  if (j == verb_end || !_article_token_is (a, j - 1, LEX_PREP, &v))
    return TRUE;
  return v == PREP_TO || v == PREP_WITH || v == PREP_AGAINST || v == PREP_OF;
}

/* "untuk membiayai", "guna", "agar", "to help": what follows is the
 * purpose of the act. */
static gboolean
purpose_at (const Article *a,
            guint32        k)
{
  const Token *next;

  if (_article_token_is_word (a, k, "agar") || _article_token_is_word (a, k, "supaya"))
    return TRUE;
  if (_article_token_is_word (a, k, "untuk") || _article_token_is_word (a, k, "guna"))
    return verb_at (a, k + 1);
  if (!_article_token_is_word (a, k, "to") || k + 1 >= article_n_tokens (a) || _article_mention_at (a, k + 1) != NO_INDEX)
    return FALSE;
  next = article_token (a, k + 1);
  /* "to help", not "to the government", "to his family" */
  return next->kind == TOKEN_WORD && !(next->flags & (TOKEN_CAPITAL | TOKEN_UPPER))
         && !_article_token_is (a, k + 1, LEX_DEMONSTRATIVE, NULL) && !_article_token_is (a, k + 1, LEX_ANON, NULL)
         && !_article_match_at (a, k + 1, LEX_TITLE, NULL, NULL)
         && !_article_token_is_word (a, k + 1, "his") && !_article_token_is_word (a, k + 1, "her")
         && !_article_token_is_word (a, k + 1, "its") && !_article_token_is_word (a, k + 1, "their")
         && !_article_token_is_word (a, k + 1, "our") && !_article_token_is_word (a, k + 1, "local");
}

static void
read_clause (Article      *a,
             Clause       *c,
             const Clause *before)
{
  guint32 from = c->opener != NO_INDEX ? c->opener + 1 : c->first_token;

  for (guint32 k = from; k < c->end_token; k++)
    if (!in_quote (a, k) && verb_at (a, k))
      {
        guint32 n = 1;

        c->verb = k;
        if (!_article_match_at (a, k, LEX_EVENT, &n, NULL))
          n = 1;
        c->verb_end = k + MAX (n, 1);
        break;
      }
  if (c->verb == NO_INDEX)
    return;

  if (subject_before (a, from, c->verb, c->subjects, &c->subject_token))
    c->subject_own = TRUE;
  else if (before != NULL && c->kind == CLAUSE_RESUMED && before->subjects->len == 0)
    {
      /* "Jepang, yang …, mengecam": the clause interrupted had no verb
       * yet; its subject is the name before the relative clause */
      guint32 k = before->end_token;

      if (k > before->first_token && _article_token_is_punct (a, k - 1, ","))
        k--;
      if (subject_before (a, before->first_token, k, c->subjects, &c->subject_token))
        c->subject_own = FALSE;
    }
  else if (before != NULL && (c->kind == CLAUSE_COORDINATE || c->kind == CLAUSE_RESUMED))
    {
      guint32 rel = NO_INDEX;

      /* "resolusi PBB yang mengutuk … dan menyerukan": the second verb
       * of a relative clause with no comma before it is the relative's */
      for (guint32 k = c->first_token; c->kind == CLAUSE_COORDINATE && before->verb != NO_INDEX && k-- > before->verb_end;)
        if (!in_quote (a, k) && _article_token_is (a, k, LEX_REL, NULL)
            && !_article_token_is_word (a, k, "that") && !_article_token_is_word (a, k, "bahwa"))
          {
            rel = k;
            break;
          }
      if (rel != NO_INDEX)
        {
          guint32 m = antecedent_of (a, rel);

          if (m != NO_INDEX && kind_of (a, _article_mention (a, m)->entity) != TAUTAN_ENTITY_PLACE)
            {
              c->subject_token = _article_mention (a, m)->first_token;
              _tautan_append_unique (c->subjects, _article_mention (a, m)->entity);
            }
        }
      else
        {
          g_array_append_vals (c->subjects, before->subjects->data, before->subjects->len);
          c->subject_token = before->subject_token;
        }
    }
  else if (c->kind == CLAUSE_RELATIVE && c->opener != NO_INDEX)
    {
      /* ", yang", "which": the name before it */
      guint32 m = antecedent_of (a, c->opener);

      if (m != NO_INDEX && kind_of (a, _article_mention (a, m)->entity) != TAUTAN_ENTITY_PLACE)
        {
          c->subject_token = _article_mention (a, m)->first_token;
          _tautan_append_unique (c->subjects, _article_mention (a, m)->entity);
        }
    }

  for (guint32 k = c->verb_end; k < c->end_token; k++)
    {
      guint32 m = _article_mention_at (a, k);

      /* "untuk membiayai X", "to fund X": a purpose, whose names are no object */
      if (purpose_at (a, k))
        break;
      if (m == NO_INDEX || in_quote (a, k))
        continue;
      if (kind_of (a, _article_mention (a, m)->entity) == TAUTAN_ENTITY_PLACE || !object_role (a, c->verb_end, k))
        {
          k = _article_mention (a, m)->end_token - 1;
          continue;
        }
      c->object_token = k;
      group_from (a, k, c->end_token, c->objects);
      break;
    }
}

/* Whether a clause with a verb of its own starts at @k: a verb within
 * the next few words, not in a quote (a bound, so that a sentence of
 * thousands of commas is read in linear time). */
static gboolean
verb_after_subject (const Article *a,
                    guint32        k,
                    guint32        end)
{
  for (guint32 j = k; j < end && j < k + 40; j++)
    if (!in_quote (a, j) && verb_at (a, j))
      return TRUE;
  return FALSE;
}

GArray *
_tautan_read_clauses (Article *a,
                      guint32  si)
{
  const Sentence *s = &g_array_index (a->sentences, Sentence, si);
  GArray *clauses = g_array_new (FALSE, TRUE, sizeof (Clause));
  guint32 start = s->first_token;
  ClauseKind kind = CLAUSE_MAIN;
  guint32 opener = NO_INDEX;
  /* the clause a ", yang …," interrupts, and the one a resumed clause goes on */
  guint32 interrupted = NO_INDEX;
  guint32 resume_of = NO_INDEX;
  guint32 opener_prep = 0;
  gboolean clause_has_verb = FALSE;

  g_array_set_clear_func (clauses, clause_clear);

  /* "Setelah X menembakkan rudal, Y mengecam …": the sentence opens with
   * an adverbial clause, which its first comma after a verb ends */
  if (_article_token_is (a, s->first_token, LEX_PREP, &opener_prep) && opener_prep == PREP_CLAUSE
      && !_article_token_is_word (a, s->first_token + 1, "itu") && !_article_token_is_word (a, s->first_token + 1, "ini"))
    {
      kind = CLAUSE_ADVERBIAL;
      opener = s->first_token;
    }

  for (guint32 k = s->first_token; k <= s->end_token; k++)
    {
      ClauseKind next = 0;
      guint32 next_start = k;

      /* whether the clause read so far has a verb, past its opener */
      if (k > start && (opener == NO_INDEX || k - 1 > opener) && !in_quote (a, k - 1) && verb_at (a, k - 1))
        clause_has_verb = TRUE;
      if (k < s->end_token)
        {
          next = opens_clause (a, s->first_token, k, s->end_token, &next_start);
          /* ", yang mencakup …, mengatakan": the relative clause ends at
           * its comma when a verb follows, and the clause before goes on */
          if (next == 0 && kind == CLAUSE_ADVERBIAL && _article_token_is_punct (a, k - 1, ",") && k - 1 > start
              && clause_has_verb && verb_after_subject (a, k, s->end_token))
            next = CLAUSE_MAIN;
          else if (next == 0 && kind == CLAUSE_RELATIVE && interrupted != NO_INDEX && _article_token_is_punct (a, k - 1, ",")
              && k - 1 > start && verb_after_aux (a, k, s->end_token) != NO_INDEX)
            next = CLAUSE_RESUMED;
        }
      if (next == 0 && k < s->end_token)
        continue;

      {
        Clause c = { 0 };
        const Clause *before = clauses->len > 0 ? &g_array_index (clauses, Clause, clauses->len - 1) : NULL;

        c.first_token = start;
        c.end_token = MAX (next_start, start);
        c.kind = kind;
        c.opener = opener;
        c.verb = c.verb_end = NO_INDEX;
        c.subject_token = c.object_token = NO_INDEX;
        c.subjects = g_array_new (FALSE, FALSE, sizeof (guint32));
        c.objects = g_array_new (FALSE, FALSE, sizeof (guint32));
        if (kind == CLAUSE_RESUMED && resume_of != NO_INDEX)
          before = &g_array_index (clauses, Clause, resume_of);
        if (c.end_token > c.first_token)
          {
            read_clause (a, &c, before);
            g_array_append_val (clauses, c);
          }
        else
          clause_clear (&c);
      }
      if (next == CLAUSE_RELATIVE && _article_token_is_punct (a, k - 1, ","))
        interrupted = clauses->len > 0 ? clauses->len - 1 : NO_INDEX;
      else if (next == CLAUSE_RESUMED)
        {
          resume_of = interrupted;
          interrupted = NO_INDEX;
        }
      else if (next != 0)
        interrupted = NO_INDEX;
      start = next_start;
      kind = next;
      clause_has_verb = FALSE;
      opener = next == CLAUSE_MAIN || next == CLAUSE_RESUMED ? NO_INDEX : next_start;
    }
  return clauses;
}

const Clause *
_tautan_clause_at (const GArray *clauses,
                   guint32       token)
{
  guint lo = 0, hi = clauses->len;

  /* in text order, apart: halve */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      const Clause *c = &g_array_index (clauses, Clause, mid);

      if (token < c->first_token)
        hi = mid;
      else if (token >= c->end_token)
        lo = mid + 1;
      else
        return c;
    }
  return NULL;
}

gboolean
_tautan_clause_subject (Article      *a,
                        const GArray *clauses,
                        guint32       verb,
                        GArray       *out)
{
  const Clause *c = clauses != NULL ? _tautan_clause_at (clauses, verb) : NULL;
  guint32 from, at;

  if (c == NULL)
    return FALSE;
  /* the clause's own verb: what the reader found for it */
  /* a later verb of the clause: the names just before it ("X mengirim
   * surat dan Y membalas"), else the clause's ("X mengirim surat kepada Y
   * untuk memberi selamat": X) */
  from = c->opener != NO_INDEX ? c->opener + 1 : c->first_token;
  if (c->verb != verb && subject_before (a, from, verb, out, &at))
    return TRUE;
  g_array_set_size (out, 0);
  _tautan_append_unique_all (out, c->subjects);
  if (out->len > 0)
    return TRUE;
  /* "X launched a petition which …, asking the government": a relative
   * clause on something unnamed acts for the main clause's subject */
  if (c->kind == CLAUSE_RELATIVE)
    for (const Clause *b = c; b-- > &g_array_index (clauses, Clause, 0);)
      if ((b->kind == CLAUSE_MAIN || b->kind == CLAUSE_RESUMED) && b->subjects->len > 0)
        {
          _tautan_append_unique_all (out, b->subjects);
          break;
        }
  return out->len > 0;
}
