/* tautan-extract-speakers.c: who said each quote
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * In the order a reader would look: a cue right after the quote ("…,”
 * kata Kim", "…," he said), a cue right before it ("Kim mengatakan, “…"),
 * the subject of a speech verb in the sentence around a fragment ("Kim
 * menyerukan “…”"), "menurut X" (where X is an agency, the words are the
 * agency's own), and a quote with no cue of its own continuing the
 * previous speaker. Pronouns and titles ("ia", "pemimpin Korut itu",
 * "the minister") refer back; an anonymous speaker ("seorang pejabat",
 * "a senior official") stays words of the text, never an entity; and
 * when only the sentence's subject is left, the attribution is uncertain.
 */

#define G_LOG_DOMAIN "tautan-extract"

#include "config.h"

#include <string.h>

#include "tautan-extract-private.h"

typedef struct
{
  Speaker  speaker;
  guint32  quote;       /* the quote that had it, or NO_INDEX */
  guint32  line;
  guint32  after;       /* the first token after that quote, or NO_INDEX */
  gboolean certain;     /* whether that quote's speaker was plain */
} Salient;

static gboolean
is_dash (const Article *a,
         guint32        i)
{
  const char *s;

  if (i >= article_n_tokens (a) || article_token (a, i)->kind != TOKEN_PUNCT)
    return FALSE;
  s = a->text + article_token (a, i)->start;
  return *s == '-' || g_str_has_prefix (s, "–") || g_str_has_prefix (s, "—");
}

static guint32
speech_cue (const Article *a,
            guint32        i,
            guint32       *n,
            gboolean      *nya)
{
  const Payload *p;
  guint32 len = 0;

  if (!_article_match_at (a, i, LEX_SPEECH, &len, &p))
    return 0;
  if (n)
    *n = len;
  if (nya)
    {
      const Match *m;

      *nya = FALSE;
      for (guint32 k = a->token_match[i]; k != NO_INDEX; k = g_array_index (a->matches, Match, k).next)
        {
          m = &g_array_index (a->matches, Match, k);
          if (m->n_tokens == len && m->nya)
            *nya = TRUE;
        }
      /* "katanya", "ujarnya" spelled out in the lexicon */
      if (len == 1 && (article_token (a, i)->flags & TOKEN_NYA))
        *nya = TRUE;
    }
  return p->value;
}

static guint32
mention_entity_at (const Article *a,
                   guint32        i)
{
  if (i >= article_n_tokens (a) || a->token_mention[i] == NO_INDEX)
    return NO_INDEX;
  return g_array_index (a->mentions, Mention, a->token_mention[i]).entity;
}

static const ArticleEntity *
entity (const Article *a,
        guint32        index)
{
  return &g_array_index (a->entities, ArticleEntity, index);
}

/* "Dr", "Mr", "Prof": a short title written with a stop before a name. */
static gboolean
is_honorific (const Article *a,
              guint32        i)
{
  static const char *words[] = { "dr", "mr", "mrs", "ms", "prof", "gen", "sen", "rep", "gov", "lt", "col",
                                 "capt", "sgt", "hj", "ir", "drs", "rev", "maj", "spc", "pfc", "cpl", "pvt",
                                 "adm", "brig", "sfc", "cmdr" };

  for (guint k = 0; k < G_N_ELEMENTS (words); k++)
    if (_article_token_is_word (a, i, words[k]))
      return TRUE;
  return FALSE;
}

/* Where a speaker's words end: "Kim" in "kata Kim dalam pesannya", "a
 * senior official" in "said a senior official in the ministry". */
static guint32
np_end (const Article *a,
        guint32        from,
        guint32        limit)
{
  guint32 i = from;
  guint32 v;

  for (; i < limit && i < from + 12; i++)
    {
      const Token *t = article_token (a, i);

      if (i > from && (t->flags & TOKEN_LINE))
        break;
      if (t->kind == TOKEN_QUOTE_OPEN || t->kind == TOKEN_QUOTE_CLOSE || t->kind == TOKEN_QUOTE_STRAIGHT)
        break;
      if (t->kind == TOKEN_PUNCT)
        {
          /* "Kim Jong-un." ends; "Donald J. Trump" does not */
          if (t->ch == '.' && i > from && article_token (a, i - 1)->end - article_token (a, i - 1)->start == 1
              && (article_token (a, i - 1)->flags & TOKEN_UPPER) && i + 1 < limit
              && (article_token (a, i + 1)->flags & TOKEN_CAPITAL))
            continue;
          /* "Acme Corp. chief executive Ann Holt": a company's stop */
          if (t->ch == '.' && i > from && i + 1 < limit && article_token (a, i + 1)->kind == TOKEN_WORD
              && (_article_token_is_word (a, i - 1, "corp") || _article_token_is_word (a, i - 1, "inc")
                  || _article_token_is_word (a, i - 1, "ltd") || _article_token_is_word (a, i - 1, "co")))
            continue;
          /* "Dr. Ann Holt", "Gen. Lee": an honorific's stop; "U.S.
           * Ambassador": an initialism's */
          if (t->ch == '.' && i > from && i + 1 < limit && (article_token (a, i + 1)->flags & TOKEN_CAPITAL)
              && (is_honorific (a, i - 1)
                  || memchr (a->text + article_token (a, i - 1)->start, '.',
                             article_token (a, i - 1)->end - article_token (a, i - 1)->start) != NULL))
            continue;
          break;
        }
      if (a->token_mention[i] != NO_INDEX)
        continue;
      if (i > from && (_article_token_is (a, i, LEX_REL, NULL) || a->token_date[i] != NO_INDEX
                       || _article_token_is (a, i, LEX_SPEECH, NULL) || _article_token_is (a, i, LEX_VERB, NULL)
                       || _article_token_is (a, i, LEX_RELAY, NULL)))
        break;
      /* "Ambassador to Indonesia Sung Kim", "Duta Besar AS untuk
       * Indonesia Sung Kim": the post's state is part of the title */
      if (i > from && _article_token_is (a, i, LEX_PREP, &v) && (v == PREP_TO || v == PREP_FOR)
          && i + 1 < limit && mention_entity_at (a, i + 1) != NO_INDEX
          && entity (a, mention_entity_at (a, i + 1))->kind == TAUTAN_ENTITY_STATE)
        {
          gboolean titled = FALSE;

          for (guint32 k = from; k < i && !titled; k++)
            titled = _article_match_at (a, k, LEX_TITLE, NULL, NULL);
          if (titled)
            continue;
        }
      if (i > from && _article_token_is (a, i, LEX_PREP, &v) && v != PREP_OF)
        break;
      if (i > from && _article_token_is (a, i, LEX_CONJ, NULL))
        break;
      if (i > from && (article_token (a, i)->flags & TOKEN_NYA))
        break;
    }
  return i;
}

static void
speaker_clear (Speaker *s)
{
  g_clear_pointer (&s->text, g_free);
  s->entity = NO_INDEX;
}

/* @out is @m's entity, named by the words of the mention. */
static void
speaker_set_mention (Speaker       *out,
                     const Mention *m)
{
  speaker_clear (out);
  out->entity = m->entity;
  out->np_first = m->first_token;
  out->np_end = m->end_token;
}

static void
speaker_copy (Speaker       *to,
              const Speaker *from)
{
  speaker_clear (to);
  to->entity = from->entity;
  to->text = g_strdup (from->text);
  to->np_first = from->np_first;
  to->np_end = from->np_end;
}

/* Whether sentence @s has a pronoun for its subject before token
 * @before: it opens with one, maybe after a linking word ("Dia juga
 * meminta pemerintah daerah berkoordinasi dengan Dirjen X", "But she
 * asked the council to work with Director X"). */
static gboolean
opens_with_pronoun (const Article  *a,
                    const Sentence *s,
                    guint32         before)
{
  for (guint32 k = s->first_token; k < before && k < s->first_token + 3; k++)
    {
      if (_article_token_is (a, k, LEX_PRONOUN, NULL))
        return TRUE;
      if (article_token (a, k)->kind != TOKEN_WORD || a->token_mention[k] != NO_INDEX
          || !(_article_token_is (a, k, LEX_CONJ, NULL) || _article_token_is (a, k, LEX_AUX, NULL)))
        return FALSE;
    }
  return FALSE;
}

/* The person a pronoun at @before would mean when the last speaker is
 * not it: the first person named in the sentence of the nearest person
 * named before it, outside quotes ("Harry Kane won the Budweiser Man of
 * the Match award. He said"); @line receives that mention's line. */
static guint32
subject_person_before (const Article *a,
                       guint32        before,
                       guint32       *line,
                       guint32       *token)
{
  const Sentence *s = NULL;
  guint32 nearest = NO_INDEX;

  for (guint k = a->mentions->len; k-- > 0 && nearest == NO_INDEX;)
    {
      const Mention *m = &g_array_index (a->mentions, Mention, k);

      if (m->first_token < before && a->token_quote[m->first_token] == NO_INDEX
          && entity (a, m->entity)->kind == TAUTAN_ENTITY_PERSON)
        nearest = m->first_token;
    }
  if (nearest == NO_INDEX)
    return NO_INDEX;
  s = &g_array_index (a->sentences, Sentence, a->token_sentence[nearest]);
  /* a sentence whose subject is a pronoun goes on about the person
   * before it; the one it names later is an object */
  if (s->first_token > 0 && opens_with_pronoun (a, s, nearest))
    return subject_person_before (a, s->first_token, line, token);
  /* the one the sentence says spoke, not a person named before it:
   * "Menanggapi hubungannya dengan Presiden Joko Widodo (Jokowi), Pramono
   * Anung menyatakan …" is Pramono's sentence; failing any, the first
   * person it names */
  for (guint pass = 0; pass < 2; pass++)
    for (guint k = 0; k < a->mentions->len; k++)
      {
        const Mention *m = &g_array_index (a->mentions, Mention, k);

        if (m->first_token < s->first_token || m->first_token > nearest
            || a->token_quote[m->first_token] != NO_INDEX || entity (a, m->entity)->kind != TAUTAN_ENTITY_PERSON)
          continue;
        if (pass == 0 && (m->end_token >= article_n_tokens (a)
                          || !(speech_cue (a, m->end_token, NULL, NULL) & SPEECH_AFTER_SPEAKER)))
          continue;
        *line = article_token (a, m->first_token)->line;
        if (token != NULL)
          *token = m->first_token;
        return m->entity;
      }
  return NO_INDEX;
}

/* Whether a person named at @token (on @line) was named after the last
 * speaker's words: "“Sorry,” he said. Maria Lopez laughed. “…,” she
 * said" — in the same paragraph too. */
static gboolean
named_after_salient (guint32        token,
                     guint32        line,
                     const Salient *salient)
{
  if (salient->line == NO_INDEX)
    return FALSE;
  if (token != NO_INDEX && salient->after != NO_INDEX)
    return token >= salient->after;
  return line > salient->line;
}

/* "menurut pernyataan itu", "the statement said": a statement named
 * before, whose issuer is the name nearest its word in that sentence
 * ("Dalam pernyataan Rabu (4/2), Komisi Pertahanan Nasional …"). */
static guint32
statement_issuer (const Article *a,
                  guint32        before)
{
  static const char *words[] = { "pernyataan", "statement", "keterangan" };
  guint32 line = article_token (a, before)->line;

  for (guint32 k = before; k-- > 0;)
    {
      const Sentence *s;
      guint32 best = NO_INDEX, best_distance = G_MAXUINT32;
      gboolean word = FALSE;

      if (article_token (a, k)->line + 3 < line)
        break;
      if (a->token_quote[k] != NO_INDEX)
        continue;
      for (guint w = 0; w < G_N_ELEMENTS (words) && !word; w++)
        word = _article_token_is_word (a, k, words[w]);
      if (!word)
        continue;
      s = &g_array_index (a->sentences, Sentence, a->token_sentence[k]);
      for (guint32 j = s->first_token; j < s->end_token && j < before; j++)
        {
          guint32 e = mention_entity_at (a, j);
          guint32 distance;

          if (e == NO_INDEX || a->token_quote[j] != NO_INDEX || entity (a, e)->kind == TAUTAN_ENTITY_PLACE)
            continue;
          /* after the word first: "pernyataan Kremlin" */
          distance = j > k ? j - k : 2 * (k - j);
          if (distance < best_distance)
            best = e, best_distance = distance;
        }
      if (best != NO_INDEX)
        return best;
    }
  return NO_INDEX;
}

/* The body a description at @first refers back to: with @head ("the
 * ministry", "kementerian itu"), the last organisation named before
 * whose name holds that word; without ("produsen aluminium AS itu"),
 * the last organisation or armed group named at most two lines
 * before. */
static guint32
body_named_before (const Article *a,
                   guint32        first,
                   guint32        head)
{
  guint32 head_n = 1;

  if (head != NO_INDEX)
    _article_match_at (a, head, LEX_ORG_HEAD, &head_n, NULL);
  for (guint k = a->mentions->len; k-- > 0;)
    {
      const Mention *m = &g_array_index (a->mentions, Mention, k);
      TautanEntityKind kind;

      if (m->first_token >= first || m->end_token <= m->first_token)
        continue;
      kind = entity (a, m->entity)->kind;
      if (head == NO_INDEX)
        {
          if (article_token (a, first)->line > article_token (a, m->first_token)->line + 2)
            break;
          if (kind == TAUTAN_ENTITY_ORGANISATION || kind == TAUTAN_ENTITY_ARMED_GROUP)
            return m->entity;
          continue;
        }
      if (kind != TAUTAN_ENTITY_ORGANISATION)
        continue;
      /* any word of a head of two: "gugus tugas itu" after "Satuan Tugas
       * Nasional" */
      for (guint32 t = m->first_token; t < m->end_token; t++)
        for (guint32 h = head; h < head + head_n; h++)
          if (article_token (a, t)->hash == article_token (a, h)->hash)
            return m->entity;
    }
  return NO_INDEX;
}

/* "urai Menpora" after "Menteri Pemuda dan Olahraga (Menpora RI) Dito
 * Ariotedjo": a role word standing alone names the person it was
 * written before in one sentence, also where the title run before the
 * name stopped short of it (a gloss in brackets). Another person named
 * in between takes the word for themselves. */
static guint32
person_introduced_with (const Article *a,
                        guint32        word,
                        guint32        before)
{
  guint64 hash = article_token (a, word)->hash;

  for (guint k = a->mentions->len; k-- > 0;)
    {
      const Mention *m = &g_array_index (a->mentions, Mention, k);
      const Sentence *s;

      if (m->first_token >= before || entity (a, m->entity)->kind != TAUTAN_ENTITY_PERSON
          || a->token_quote[m->first_token] != NO_INDEX)
        continue;
      s = &g_array_index (a->sentences, Sentence, a->token_sentence[m->first_token]);
      for (guint32 t = m->first_token; t-- > s->first_token && t + 12 >= m->first_token;)
        {
          guint32 e = mention_entity_at (a, t);

          if (e != NO_INDEX && entity (a, e)->kind == TAUTAN_ENTITY_PERSON)
            break;
          if (article_token (a, t)->kind == TOKEN_WORD && article_token (a, t)->hash == hash)
            return m->entity;
        }
    }
  return NO_INDEX;
}

/* "city", "kota": a place's own government when it speaks ("the city
 * said", "kota itu menyatakan"). */
static gboolean
is_municipal_noun (const Article *a,
                   guint32        i)
{
  static const char *words[] = { "city", "town", "village", "county", "kota", "kabupaten", "desa" };

  for (guint k = 0; k < G_N_ELEMENTS (words); k++)
    if (_article_token_is_word (a, i, words[k]))
      return TRUE;
  return FALSE;
}

/* A group speaking: "kata mereka", "they said", "the two ministers
 * said", "ujar para pengusaha". Not one of its members, nor the one who
 * spoke last. */
static gboolean
is_group (const Article *a,
          guint32        first,
          guint32        end)
{
  static const char *pronouns[] = { "mereka", "they", "keduanya" };
  static const char *quantifiers[] = {
    "two", "three", "four", "both", "kedua", "ketiga", "keempat", "para",
  };
  guint32 i = first;

  if (end == first + 1)
    for (guint k = 0; k < G_N_ELEMENTS (pronouns); k++)
      if (_article_token_is_word (a, first, pronouns[k]))
        return TRUE;
  if (_article_token_is_word (a, i, "the"))
    i++;
  /* "the two said", "both said": the quantifier alone */
  if (i >= end || end - first > 5)
    return FALSE;
  for (guint32 k = first; k < end; k++)
    if (a->token_mention[k] != NO_INDEX || article_token (a, k)->kind != TOKEN_WORD)
      return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (quantifiers); k++)
    if (_article_token_is_word (a, i, quantifiers[k]))
      return TRUE;
  return FALSE;
}

/* The speaker named by the words [first, end). */
static gboolean
resolve_np (Article       *a,
            guint32        first,
            guint32        end,
            const Salient *salient,
            Speaker       *out)
{
  static const char *documents[] = {
    "letter", "questionnaire", "legislation", "bill", "memo", "memorandum", "document", "draft",
    "surat", "legislasi", "kuesioner", "dokumen", "rancangan", "memorandum",
  };
  guint32 person = NO_INDEX, media = NO_INDEX, org = NO_INDEX, state = NO_INDEX;
  gboolean anonymous = FALSE, demonstrative = FALSE, title = FALSE, document = FALSE, named = FALSE;
  gboolean municipal = FALSE;
  guint32 head = NO_INDEX;

  if (first >= end)
    return FALSE;

  speaker_clear (out);
  out->np_first = first;
  out->np_end = end;

  if (_article_match_at (a, first, LEX_ANON, NULL, NULL) && a->token_mention[first] == NO_INDEX)
    anonymous = TRUE;
  if (is_group (a, first, end))
    {
      out->text = _article_token_text (a, first, end);
      return TRUE;
    }

  for (guint32 i = first; i < end; i++)
    {
      guint32 e = mention_entity_at (a, i);

      if (e != NO_INDEX)
        {
          named = TRUE;
          switch (entity (a, e)->kind)
            {
            case TAUTAN_ENTITY_PERSON: person = e; break;
            case TAUTAN_ENTITY_MEDIA: media = e; break;
            case TAUTAN_ENTITY_STATE: state = e; break;
            case TAUTAN_ENTITY_PLACE: break;
            default: org = e; break;
            }
          i = g_array_index (a->mentions, Mention, a->token_mention[i]).end_token - 1;
          continue;
        }
      if (_article_token_is (a, i, LEX_DEMONSTRATIVE, NULL))
        demonstrative = TRUE;
      /* the head comes first: "a letter seen by Sky News", not "Sky News's letter" */
      for (guint k = 0; k < G_N_ELEMENTS (documents) && !document && !named; k++)
        document = _article_token_is_word (a, i, documents[k]);
      if (_article_match_at (a, i, LEX_TITLE, NULL, NULL) || _article_is_title_abbreviation (a, i))
        title = TRUE;
      if (head == NO_INDEX && _article_match_at (a, i, LEX_ORG_HEAD, NULL, NULL))
        head = i;
      if (is_municipal_noun (a, i))
        municipal = TRUE;
      if (_article_token_is (a, i, LEX_PRONOUN, NULL) && i == first)
        {
          /* "ia", "he": the person the text is about, preferably the one
           * who spoke last */
          guint32 ref_line = 0, ref_token = NO_INDEX;
          guint32 ref = subject_person_before (a, i, &ref_line, &ref_token);

          /* …unless someone was named after that speaker's words: "Harry
           * Kane won the award. He said, …" */
          if (salient->speaker.entity != NO_INDEX
              && entity (a, salient->speaker.entity)->kind == TAUTAN_ENTITY_PERSON
              && !(ref != NO_INDEX && ref != salient->speaker.entity
                   && named_after_salient (ref_token, ref_line, salient)))
            out->entity = salient->speaker.entity;
          else if (salient->speaker.entity != NO_INDEX
                   && entity (a, salient->speaker.entity)->kind == TAUTAN_ENTITY_PERSON)
            out->entity = ref;
          /* "“…,” said an official who declined to be named. “…,” she
           * told AP": the unnamed speaker goes on, as after "ujarnya" */
          else if (salient->speaker.entity == NO_INDEX && salient->speaker.text != NULL
                   && !(ref != NO_INDEX && named_after_salient (ref_token, ref_line, salient)))
            {
              out->text = g_strdup (salient->speaker.text);
              return TRUE;
            }
          /* no one spoke yet: the first person of the last sentence
           * that names one, its subject ("Spokesman Richard Boucher says
           * that … Secretary Powell expressed … “…,” he said") */
          else if (salient->speaker.entity == NO_INDEX && ref != NO_INDEX)
            out->entity = ref;
          else
            out->entity = _article_resolve_reference (a, i, i + 1, i);
          return out->entity != NO_INDEX;
        }
    }

  /* An anonymous official stays words, even when a ministry is named. */
  if (anonymous && person == NO_INDEX)
    {
      out->text = _article_token_text (a, first, end);
      return TRUE;
    }
  if (person != NO_INDEX)
    {
      out->entity = person;
      return TRUE;
    }
  /* "sebut legislasi tersebut", "a leaked internal letter says": a
   * document's words are the document's, named in words */
  if (document)
    {
      out->text = _article_token_text (a, first, end);
      return TRUE;
    }
  if (demonstrative && !named && end - first <= 3
      && (_article_token_is_word (a, first, "pernyataan") || _article_token_is_word (a, first, "keterangan")
          || _article_token_is_word (a, end - 1, "statement")))
    {
      guint32 issuer = statement_issuer (a, first);

      if (issuer != NO_INDEX)
        {
          out->entity = issuer;
          return TRUE;
        }
    }
  if (title && (demonstrative || (!named && !anonymous)))
    {
      guint32 ref = _article_resolve_reference (a, first, end, first);

      if (ref != NO_INDEX)
        {
          out->entity = ref;
          return TRUE;
        }
      /* "pejabat itu", "the official": the unnamed speaker before */
      if (demonstrative && salient->speaker.entity == NO_INDEX && salient->speaker.text != NULL)
        {
          out->text = g_strdup (salient->speaker.text);
          return TRUE;
        }
    }
  /* "ujar Jubir Kemlu", "kata Menlu": the person the text gave that
   * role (and body) before */
  if (title && person == NO_INDEX && !anonymous && state == NO_INDEX)
    {
      guint32 ref = _article_person_with_role (a, first, end, first);

      if (ref == NO_INDEX && end - first == 1)
        ref = person_introduced_with (a, first, first);
      if (ref != NO_INDEX)
        {
          out->entity = ref;
          return TRUE;
        }
    }
  if (media != NO_INDEX || org != NO_INDEX)
    {
      out->entity = media != NO_INDEX ? media : org;
      return TRUE;
    }
  /* "the ministry said", "kementerian itu menyatakan": the body named
   * before with that word, else the words */
  if (demonstrative && head != NO_INDEX && !named && end - first <= 4)
    {
      out->entity = body_named_before (a, first, head);
      if (out->entity == NO_INDEX)
        out->text = _article_token_text (a, first, end);
      return TRUE;
    }
  /* "The city reasoned", "kota itu menyatakan": the body named just
   * before (the municipality, its council), else the words */
  if (demonstrative && municipal && !named && end - first <= 3)
    {
      out->entity = body_named_before (a, first, NO_INDEX);
      if (out->entity == NO_INDEX)
        out->text = _article_token_text (a, first, end);
      return TRUE;
    }
  /* "kata produsen aluminium AS itu": a description ending in a
   * demonstrative refers back to the body named before it; the state
   * in it only says where that body is from */
  if (state != NO_INDEX && !title && end - first >= 3
      && (_article_token_is_word (a, end - 1, "itu")
          || _article_token_is_word (a, end - 1, "tersebut"))
      && article_token (a, first)->kind == TOKEN_WORD
      && !(article_token (a, first)->flags & (TOKEN_CAPITAL | TOKEN_UPPER)))
    {
      out->entity = body_named_before (a, first, NO_INDEX);
      /* no body named before: the description, not the state */
      if (out->entity == NO_INDEX)
        out->text = _article_token_text (a, first, end);
      return TRUE;
    }
  if (state != NO_INDEX && !title)
    {
      out->entity = state;
      return TRUE;
    }
  /* a description: "juru bicara kementerian", "officials" */
  if (title || anonymous)
    {
      out->text = _article_token_text (a, first, end);
      return TRUE;
    }
  return FALSE;
}

/* "Reuters quoted Ann Holt as saying", "Ann Holt was quoted as saying
 * by Reuters": the one named before "as saying" at @saying, not the
 * agency. Returns the mention's first token, or NO_INDEX. */
static guint32
quoted_as_saying (const Article *a,
                  guint32        first,
                  guint32        saying)
{
  if (saying < first + 2 || !_article_token_is_word (a, saying, "saying") || !_article_token_is_word (a, saying - 1, "as"))
    return NO_INDEX;
  /* "Huang Limin was quoted by the Chinese Xinhua news service as
   * saying": the one before "was quoted", past the agency */
  for (guint32 k = saying - 1; k-- > first + 1 && saying - k < 12;)
    {
      guint32 e;

      if (_article_token_is_punct (a, k, ".;:") || article_token (a, k)->kind >= TOKEN_QUOTE_OPEN)
        break;
      if (!_article_token_is_word (a, k, "quoted") || !_article_token_is_word (a, k - 1, "was")
          || !_article_token_is_word (a, k + 1, "by"))
        continue;
      e = mention_entity_at (a, k - 2);
      if (k >= first + 2 && e != NO_INDEX && entity (a, e)->kind == TAUTAN_ENTITY_PERSON)
        return g_array_index (a->mentions, Mention, a->token_mention[k - 2]).first_token;
      break;
    }
  for (guint32 k = saying - 1; k-- > first && saying - k < 8;)
    {
      guint32 e = mention_entity_at (a, k);

      if (_article_token_is_word (a, k, "quoted") || _article_token_is_word (a, k, "was"))
        continue;
      if (e != NO_INDEX && entity (a, e)->kind == TAUTAN_ENTITY_PERSON)
        return g_array_index (a->mentions, Mention, a->token_mention[k]).first_token;
      if (e == NO_INDEX)
        return NO_INDEX;
    }
  return NO_INDEX;
}

/* The person named right after the comma at @comma, as the name of the
 * description before it: "kata Kepala Kepolisian Daerah Jawa Barat,
 * Ahmad Dahlan.", "the mayor of Springfield, Mary Smith, said", "kata
 * terdakwa, Joko Susilo, di depan …". The name ends its clause. */
static guint32
person_after_description (const Article *a,
                          guint32        first,
                          guint32        comma,
                          guint32        limit)
{
  const Mention *m;
  guint32 after;
  guint32 name = comma + 1;

  /* "kata Kepala Dinas Kesehatan, dr. Budi Santoso": a short title
   * with its stop before the name */
  if (name + 2 < limit && is_honorific (a, name) && _article_token_is_punct (a, name + 1, "."))
    name += 2;
  if (comma >= limit || !_article_token_is_punct (a, comma, ",") || name >= limit
      || a->token_mention[name] == NO_INDEX)
    return NO_INDEX;
  /* the description names no one itself */
  for (guint32 k = first; k < comma; k++)
    if (mention_entity_at (a, k) != NO_INDEX && entity (a, mention_entity_at (a, k))->kind == TAUTAN_ENTITY_PERSON)
      return NO_INDEX;
  m = &g_array_index (a->mentions, Mention, a->token_mention[name]);
  if (m->first_token != name || entity (a, m->entity)->kind != TAUTAN_ENTITY_PERSON)
    return NO_INDEX;
  after = m->end_token;
  /* "kata salah seorang warga, Budi Santoso (45)": an age may follow */
  if (after < limit && !_article_token_is_punct (a, after, ",.;(") && !(article_token (a, after)->flags & TOKEN_LINE))
    return NO_INDEX;
  return m->entity;
}

/* The person whose apposition ends at @before: "Cynthia Thompson,
 * curator and director of exhibits at the University of Arkansas," —
 * a person named right before a comma, with no verb between that comma
 * and @before. Returns the person's first token, or NO_INDEX. */
static guint32
person_before_apposition (const Article *a,
                          guint32        sentence_first,
                          guint32        before)
{
  for (guint32 k = before; k-- > sentence_first && before - k < 20;)
    {
      guint32 e;

      if (a->token_quote[k] != NO_INDEX || _article_token_is (a, k, LEX_SPEECH, NULL)
          || _article_token_is (a, k, LEX_VERB, NULL) || _article_token_is (a, k, LEX_REL, NULL))
        return NO_INDEX;
      if (!_article_token_is_punct (a, k, ",") || k == sentence_first)
        continue;
      e = mention_entity_at (a, k - 1);
      if (e != NO_INDEX && entity (a, e)->kind == TAUTAN_ENTITY_PERSON)
        return g_array_index (a->mentions, Mention, a->token_mention[k - 1]).first_token;
    }
  return NO_INDEX;
}

/* The subject of the verb at @verb: the mention, pronoun or reference
 * just before it, past adverbs, dates and a parenthesis. */
/* For an English participle speech cue after a comma ("…, saying",
 * "…, adding"), the verb of the clause before the comma, or %NO_INDEX. */
static guint32
participle_main_verb (const Article *a,
                      guint32        sentence_first,
                      guint32        cue)
{
  const Token *t = article_token (a, cue);

  if (cue < sentence_first + 2 || t->kind != TOKEN_WORD || t->end - t->start < 5
      || strncmp (a->text + t->end - 3, "ing", 3) != 0 || !_article_token_is_punct (a, cue - 1, ",")
      || !_article_token_is (a, cue, LEX_SPEECH, NULL))
    return NO_INDEX;
  for (guint32 k = cue - 1; k-- > sentence_first && cue - k < 24;)
    {
      if (_article_token_is_punct (a, k, ",;:") || article_token (a, k)->kind >= TOKEN_QUOTE_OPEN
          || a->token_quote[k] != NO_INDEX)
        return NO_INDEX;
      if (a->token_mention[k] == NO_INDEX
          && (_article_token_is (a, k, LEX_SPEECH, NULL) || _article_token_is (a, k, LEX_EVENT, NULL)
              || _article_token_is (a, k, LEX_VERB, NULL) || _article_token_is (a, k, LEX_LIGHT_VERB, NULL)))
        return k;
    }
  return NO_INDEX;
}

static gboolean
subject_before (Article       *a,
                guint32        sentence_first,
                guint32        verb,
                const Salient *salient,
                Speaker       *out)
{
  guint32 i = verb;
  guint steps = 0;

  /* "Albanese criticised China on Monday, saying …": a participle after a
   * comma shares the subject of the clause before it, not its object */
  {
    guint32 main_verb = participle_main_verb (a, sentence_first, verb);

    if (main_verb != NO_INDEX && subject_before (a, sentence_first, main_verb, salient, out))
      return TRUE;
  }

  while (i > sentence_first && steps++ < 16)
    {
      guint32 k = i - 1;

      if (_article_token_is (a, k, LEX_AUX, NULL) || a->token_date[k] != NO_INDEX)
        {
          i = k;
          continue;
        }
      /* "Hakim X dalam putusannya menyatakan": the speaker's own words,
       * in no commas, between the name and the verb */
      if (k > sentence_first && (article_token (a, k)->flags & TOKEN_NYA) && article_token (a, k)->kind == TOKEN_WORD
          && _article_token_is_word (a, k - 1, "dalam"))
        {
          i = k - 1;
          continue;
        }
      /* ", dalam pesannya," */
      if (_article_token_is_punct (a, k, ","))
        {
          guint32 j = k;

          while (j > sentence_first && !_article_token_is_punct (a, j - 1, ",") && k - j < 6)
            j--;
          /* the aside's opening comma may close another aside: ", dalam
           * jumpa pers, Senin (10/6)," */
          if (j > sentence_first && _article_token_is_punct (a, j - 1, ",") && mention_entity_at (a, j) == NO_INDEX)
            {
              i = j;
              continue;
            }
          i = k;
          continue;
        }
      if (_article_token_is_punct (a, k, ")"))
        {
          while (k > sentence_first && !_article_token_is_punct (a, k, "("))
            k--;
          i = k;
          continue;
        }
      break;
    }
  if (i == sentence_first)
    return FALSE;

  {
    guint32 k = i - 1;
    guint32 e = mention_entity_at (a, k);

    /* "AFP quotes an anonymous official who said", "mengutip seorang
     * pejabat yang mengatakan": the words the relative stands for, back
     * to the verb that introduced them */
    if (e == NO_INDEX && k > sentence_first
        && (_article_token_is_word (a, k, "who") || _article_token_is_word (a, k, "yang")))
      {
        guint32 start = k;
        gboolean anonymous = FALSE;

        /* back to the determiner that opens an unnamed speaker: "an",
         * "a senior", "seorang" */
        while (start > sentence_first && k - start < 7 && !anonymous)
          {
            guint32 t = start - 1;

            if (article_token (a, t)->kind != TOKEN_WORD
                || _article_token_is (a, t, LEX_SPEECH, NULL) || _article_token_is (a, t, LEX_EVENT, NULL)
                || _article_token_is (a, t, LEX_VERB, NULL) || _article_token_is (a, t, LEX_PREP, NULL)
                || _article_token_is (a, t, LEX_REL, NULL))
              break;
            start = t;
            anonymous = _article_match_at (a, t, LEX_ANON, NULL, NULL) && a->token_mention[t] == NO_INDEX;
          }
        /* "an anonymous", "a senior": the whole determiner */
        while (anonymous && start > sentence_first && _article_match_at (a, start - 1, LEX_ANON, NULL, NULL)
               && article_token (a, start - 1)->kind == TOKEN_WORD && a->token_mention[start - 1] == NO_INDEX)
          start--;
        if (anonymous)
          return resolve_np (a, start, k, salient, out);
        /* "mengutip Budi Santoso yang mengatakan", "quoting Ann Holt, who
         * said": the one named before the relative */
        {
          guint32 before = k;

          if (before > sentence_first && _article_token_is_punct (a, before - 1, ","))
            before--;
          if (before > sentence_first && mention_entity_at (a, before - 1) != NO_INDEX
              && entity (a, mention_entity_at (a, before - 1))->kind == TAUTAN_ENTITY_PERSON)
            {
              const Mention *m = &g_array_index (a->mentions, Mention, a->token_mention[before - 1]);

              speaker_set_mention (out, m);
              return TRUE;
            }
        }
      }
    if (e != NO_INDEX)
      {
        const Mention *m = &g_array_index (a->mentions, Mention, a->token_mention[k]);
        guint32 head;

        /* "Pemimpin Korea Utara itu": the state is part of a reference */
        if (entity (a, e)->kind == TAUTAN_ENTITY_PLACE)
          return FALSE;
        /* "A leaked internal letter seen by Sky News says": the one who
         * saw it is not the one speaking; the words before are */
        if (m->first_token >= sentence_first + 3 && _article_match_with (a, m->first_token - 1, LEX_PREP, PREP_BY, NULL)
            && article_token (a, m->first_token - 2)->kind == TOKEN_WORD)
          {
            guint32 participle = m->first_token - 2;
            guint32 start = participle;
            guint32 np_end = participle;

            while (start > sentence_first && participle - start < 6 && article_token (a, start - 1)->kind == TOKEN_WORD
                   && !_article_token_is (a, start - 1, LEX_SPEECH, NULL) && !_article_token_is (a, start - 1, LEX_VERB, NULL))
              start--;
            /* "Surat internal yang bocor dan dilihat oleh": the noun phrase
             * ends before the clause */
            while (np_end > start && (_article_token_is (a, np_end - 1, LEX_REL, NULL)
                                      || _article_token_is (a, np_end - 1, LEX_CONJ, NULL)))
              np_end--;
            if (start < np_end && resolve_np (a, start, np_end, salient, out))
              return TRUE;
          }
        /* "Cynthia Thompson, curator at the University of Arkansas,
         * Fayetteville, said": the name ends an apposition to the person */
        if (entity (a, e)->kind != TAUTAN_ENTITY_PERSON && k + 1 < verb && _article_token_is_punct (a, k + 1, ",")
            && (head = person_before_apposition (a, sentence_first, m->first_token)) != NO_INDEX)
          m = &g_array_index (a->mentions, Mention, a->token_mention[head]), e = m->entity;
        speaker_clear (out);
        out->entity = e;
        out->np_first = m->first_token;
        out->np_end = m->end_token;
        return TRUE;
      }
    if (_article_token_is (a, k, LEX_PRONOUN, NULL))
      return resolve_np (a, k, k + 1, salient, out);
    /* "The Secretary says", "the minister said": a title after its
     * article refers back to the person holding it */
    if (article_token (a, k)->kind == TOKEN_WORD && _article_token_is (a, k, LEX_TITLE, NULL))
      {
        guint32 start = k;

        while (start > sentence_first && k - start < 4 && article_token (a, start - 1)->kind == TOKEN_WORD
               && mention_entity_at (a, start - 1) == NO_INDEX
               && !_article_token_is (a, start - 1, LEX_DEMONSTRATIVE, NULL)
               && _article_token_is (a, start - 1, LEX_TITLE, NULL))
          start--;
        if (start > sentence_first && _article_token_is (a, start - 1, LEX_DEMONSTRATIVE, NULL))
          return resolve_np (a, start - 1, k + 1, salient, out);
      }
    if (_article_token_is (a, k, LEX_DEMONSTRATIVE, NULL))
      {
        guint32 start = k;

        while (start > sentence_first
               && (_article_match_at (a, start - 1, LEX_TITLE, NULL, NULL) || mention_entity_at (a, start - 1) != NO_INDEX
                   || (article_token (a, start - 1)->flags & (TOKEN_CAPITAL | TOKEN_UPPER))))
          start--;
        if (start < k)
          return resolve_np (a, start, k + 1, salient, out);
      }
    /* "They said:", "the two ministers said:", "The ministry said in a
     * statement:": a group, or a body by its head word after its
     * article (the body named before with that word, else the words) */
    if (article_token (a, k)->kind == TOKEN_WORD)
      {
        guint32 start = k;

        /* "A spokesperson for the ministry said:", "Seorang juru bicara
         * kementerian mengatakan:": an unnamed speaker, in words */
        for (guint32 t = k + 1; t-- > sentence_first && k - t < 7;)
          {
            if (article_token (a, t)->kind != TOKEN_WORD || _article_token_is (a, t, LEX_SPEECH, NULL)
                || _article_token_is (a, t, LEX_VERB, NULL)
                || (mention_entity_at (a, t) != NO_INDEX
                    && entity (a, mention_entity_at (a, t))->kind == TAUTAN_ENTITY_PERSON))
              break;
            if (_article_match_at (a, t, LEX_ANON, NULL, NULL) && a->token_mention[t] == NO_INDEX
                && (t == sentence_first || article_token (a, t - 1)->kind != TOKEN_WORD
                    || _article_token_is (a, t - 1, LEX_PREP, NULL)))
              {
                guint32 end = t + 1;

                /* not whom or where it was said: "… kepada wartawan" */
                while (end <= k && !_article_token_is_word (a, end, "kepada") && !_article_token_is_word (a, end, "to")
                       && !_article_token_is_word (a, end, "di") && !_article_token_is_word (a, end, "in")
                       && !_article_token_is_word (a, end, "dalam") && !_article_token_is_word (a, end, "at")
                       && !_article_token_is_word (a, end, "pada") && !_article_token_is_word (a, end, "on"))
                  end++;
                return resolve_np (a, t, end, salient, out);
              }
          }
        /* "perusahaan itu menyatakan": a body's head word and its
         * demonstrative after it */
        if (k > sentence_first && _article_token_is (a, k, LEX_DEMONSTRATIVE, NULL)
            && _article_match_at (a, k - 1, LEX_ORG_HEAD, NULL, NULL) && mention_entity_at (a, k - 1) == NO_INDEX)
          return resolve_np (a, k - 1, k + 1, salient, out);
        /* "gugus tugas tersebut mengatakan": a head of two words */
        {
          guint32 n = 0;

          if (k > sentence_first + 1 && _article_token_is (a, k, LEX_DEMONSTRATIVE, NULL)
              && _article_match_at (a, k - 2, LEX_ORG_HEAD, &n, NULL) && n == 2
              && mention_entity_at (a, k - 2) == NO_INDEX && mention_entity_at (a, k - 1) == NO_INDEX)
            return resolve_np (a, k - 2, k + 1, salient, out);
        }
        while (start > sentence_first && k - start < 4 && article_token (a, start - 1)->kind == TOKEN_WORD
               && mention_entity_at (a, start - 1) == NO_INDEX && !_article_token_is (a, start - 1, LEX_SPEECH, NULL)
               && !_article_token_is (a, start - 1, LEX_VERB, NULL) && !_article_token_is (a, start - 1, LEX_PREP, NULL))
          start--;
        for (guint32 s = start; s <= k; s++)
          if (is_group (a, s, k + 1))
            return resolve_np (a, s, k + 1, salient, out);
        if (k > sentence_first && _article_match_at (a, k, LEX_ORG_HEAD, NULL, NULL)
            && _article_token_is (a, k - 1, LEX_DEMONSTRATIVE, NULL))
          return resolve_np (a, k - 1, k + 1, salient, out);
        /* "The city said", "Kota itu menyatakan" */
        if (k > sentence_first && is_municipal_noun (a, k - 1) && _article_token_is (a, k, LEX_DEMONSTRATIVE, NULL))
          return resolve_np (a, k - 1, k + 1, salient, out);
        if (k > sentence_first && is_municipal_noun (a, k) && _article_token_is (a, k - 1, LEX_DEMONSTRATIVE, NULL))
          return resolve_np (a, k - 1, k + 1, salient, out);
      }
  }
  return FALSE;
}

static gboolean
is_agency (const Article *a,
           guint32        e)
{
  return e != NO_INDEX && entity (a, e)->kind == TAUTAN_ENTITY_MEDIA;
}

/* "pernyataan", "statement": a noun for what someone said. */
static gboolean
is_statement_noun (const Article *a,
                   guint32        i)
{
  static const char *nouns[] = { "pernyataan", "keterangan", "penjelasan", "statement" };

  for (guint k = 0; k < G_N_ELEMENTS (nouns); k++)
    if (_article_token_is_word (a, i, nouns[k]))
      return TRUE;
  return FALSE;
}

/* After the quote: ", kata Kim", ", he said", " Kim said", "menurut X". */
/* The person a description after a cue gives by name: "perempuan yang
 * akrab disapa Ani itu", "the farmer, named Peter Hall". Only after a
 * naming word, so "seorang pejabat yang dekat dengan Presiden X" stays
 * the official's. */
static guint32
person_named_in_description (const Article *a,
                             guint32        first,
                             guint32        line_end)
{
  static const char *naming[] = { "disapa", "bernama", "dipanggil", "named", "called", "nicknamed" };

  for (guint32 k = first; k + 1 < line_end && k < first + 12; k++)
    {
      guint32 e;

      if (_article_token_is_punct (a, k, ".;:!?") || article_token (a, k)->kind >= TOKEN_QUOTE_OPEN)
        break;
      for (guint w = 0; w < G_N_ELEMENTS (naming); w++)
        if (_article_token_is_word (a, k, naming[w]))
          {
            e = mention_entity_at (a, k + 1);
            if (e != NO_INDEX && entity (a, e)->kind == TAUTAN_ENTITY_PERSON)
              return e;
          }
    }
  return NO_INDEX;
}

/* A cue that holds its own pronoun ("sambungnya", "ujarnya", "Kata dia",
 * "Menurutnya") at @cue, by quote mark @mark: the one who just spoke,
 * unless a person was named after those words; else the one it refers
 * to, or the person the text is about. */
static gboolean
cue_pronoun_speaker (Article       *a,
                     guint32        mark,
                     guint32        cue,
                     const Salient *salient,
                     Speaker       *out)
{
  guint32 ref_line = 0, ref_token = NO_INDEX;
  guint32 ref = subject_person_before (a, mark, &ref_line, &ref_token);

  if ((salient->speaker.entity != NO_INDEX || salient->speaker.text != NULL)
      && !(ref != NO_INDEX && ref != salient->speaker.entity
           && named_after_salient (ref_token, ref_line, salient)))
    {
      speaker_copy (out, &salient->speaker);
      return TRUE;
    }
  out->entity = _article_resolve_reference (a, cue, cue + 1, cue);
  if (out->entity == NO_INDEX)
    out->entity = ref;
  return out->entity != NO_INDEX;
}

/* Whether the word at @k reads as a speech verb in the frame around a
 * quote, though the cues lack it: in English, a past tense ("The city
 * reasoned, “…”", "…,” the council reasoned.") or one of the irregular
 * ones that introduce words ("The sign read: “…”"). The frame, a subject
 * and the quoted words, makes any such verb one of saying; a passive
 * ("was named") does not. */
static gboolean
reads_as_speech_verb (const Article *a,
                      guint32        k)
{
  static const char *irregular[] = { "read", "spoke", "began", "thought", "put", "wrote", "said" };
  static const char *passive[] = { "was", "were", "is", "are", "be", "been", "being", "get", "got" };
  const Token *t;
  gsize n;
  gboolean verb = FALSE;

  if (k >= article_n_tokens (a))
    return FALSE;
  t = article_token (a, k);
  n = t->end - t->start;
  if (t->kind != TOKEN_WORD || (t->flags & (TOKEN_CAPITAL | TOKEN_UPPER)) || a->token_mention[k] != NO_INDEX
      || a->token_date[k] != NO_INDEX || _article_token_is (a, k, LEX_PREP, NULL)
      || _article_token_is (a, k, LEX_CONJ, NULL) || _article_token_is (a, k, LEX_DEMONSTRATIVE, NULL))
    return FALSE;
  /* Indonesian: an active verb, me- or ber- ("Kota itu beralasan, “…”",
   * "Ia berpesan: “…”") */
  if (a->language == 0)
    return n >= 6 && (g_ascii_strncasecmp (a->text + t->start, "me", 2) == 0
                      || g_ascii_strncasecmp (a->text + t->start, "ber", 3) == 0);
  if (n >= 5 && g_ascii_strncasecmp (a->text + t->end - 2, "ed", 2) == 0)
    verb = TRUE;
  for (guint w = 0; w < G_N_ELEMENTS (irregular) && !verb; w++)
    verb = _article_token_is_word (a, k, irregular[w]);
  if (!verb || k == 0)
    return FALSE;
  for (guint w = 0; w < G_N_ELEMENTS (passive); w++)
    if (_article_token_is_word (a, k - 1, passive[w]))
      return FALSE;
  return TRUE;
}

static gboolean
cue_after (Article       *a,
           guint32        close,
           const Salient *salient,
           Speaker       *out,
           guint32       *cue_token)
{
  guint32 i = close + 1;
  guint32 line_end;
  guint32 n, flags;
  gboolean nya;
  const Line *line;

  if (close >= article_n_tokens (a))
    return FALSE;
  line = &g_array_index (a->lines, Line, article_token (a, close)->line);
  line_end = line->first_token + line->n_tokens;

  while (i < line_end && (_article_token_is_punct (a, i, ",)") || is_dash (a, i)))
    i++;
  /* "“…” — Maria Lopez, mayor": a quote opening its line signed with a
   * dash (a pull quote), the name ending the line or followed by a
   * description after a comma */
  if (i > close + 1 && is_dash (a, i - 1) && i < line_end && a->token_mention[i] != NO_INDEX
      && close > line->first_token + 1 && a->token_quote[line->first_token + 1] != NO_INDEX
      && a->token_quote[line->first_token + 1] == a->token_quote[close - 1])
    {
      const Mention *m = &g_array_index (a->mentions, Mention, a->token_mention[i]);

      if (m->first_token == i && entity (a, m->entity)->kind == TAUTAN_ENTITY_PERSON
          && (m->end_token >= line_end || _article_token_is_punct (a, m->end_token, ",")))
        {
          speaker_set_mention (out, m);
          *cue_token = i - 1;
          return TRUE;
        }
    }
  /* "…,” demikian kata X", "…,” begitu ujarnya": the adverb only says
   * the words were those */
  if (i + 1 < line_end && (_article_token_is_word (a, i, "demikian") || _article_token_is_word (a, i, "begitu"))
      && speech_cue (a, i + 1, NULL, NULL) != 0)
    i++;
  /* "…,” demikian pernyataan Wakil Direktur X": the words were those of
   * the statement of the one named after the noun */
  else if (i + 2 < line_end && (_article_token_is_word (a, i, "demikian") || _article_token_is_word (a, i, "begitu"))
           && is_statement_noun (a, i + 1))
    {
      guint32 end = np_end (a, i + 2, line_end);

      if (resolve_np (a, i + 2, end, salient, out))
        {
          *cue_token = i + 1;
          return TRUE;
        }
    }
  /* "…” Hal itu disampaikan Menteri X", "Pernyataan tersebut
   * diungkapkan X": the next sentence points back at the words */
  else if (i + 2 < line_end && _article_token_is_punct (a, close - 1, ".!?")
           && (_article_token_is_word (a, i, "hal") || _article_token_is_word (a, i, "pernyataan")
               || _article_token_is_word (a, i, "ucapan") || _article_token_is_word (a, i, "keterangan"))
           && (_article_token_is_word (a, i + 1, "itu") || _article_token_is_word (a, i + 1, "tersebut")
               || _article_token_is_word (a, i + 1, "ini"))
           && (speech_cue (a, i + 2, NULL, NULL) & SPEECH_BEFORE_SPEAKER))
    i += 2;
  /* "“…”" as a paragraph of its own, and the next one opens "Hal itu
   * disampaikan Gubernur X …": that one points back at the words */
  else if (i >= line_end && close > line->first_token + 1 && _article_token_is_punct (a, close - 1, ".!?")
           && a->token_quote[line->first_token + 1] != NO_INDEX
           && a->token_quote[line->first_token + 1] == a->token_quote[close - 1]
           && article_token (a, close)->line + 1 < a->lines->len)
    {
      guint32 l = article_token (a, close)->line + 1;
      const Line *next;
      guint32 j;

      while (l + 1 < a->lines->len && g_array_index (a->lines, Line, l).role == LINE_BLANK)
        l++;
      next = &g_array_index (a->lines, Line, l);
      j = next->first_token;
      if (next->role == LINE_BODY && next->n_tokens > 3
          && (_article_token_is_word (a, j, "hal") || _article_token_is_word (a, j, "pernyataan")
              || _article_token_is_word (a, j, "ucapan") || _article_token_is_word (a, j, "keterangan"))
          && (_article_token_is_word (a, j + 1, "itu") || _article_token_is_word (a, j + 1, "tersebut")
              || _article_token_is_word (a, j + 1, "ini"))
          && (speech_cue (a, j + 2, NULL, NULL) & SPEECH_BEFORE_SPEAKER))
        {
          i = j + 2;
          line_end = next->first_token + next->n_tokens;
        }
    }
  if (i >= line_end)
    return FALSE;

  /* "“…” That was the message of Lund to the troops", "“…” Itulah pesan
   * Lund", "“…” Those were the words of X": the next sentence says whose
   * words they were */
  if (_article_token_is_punct (a, close - 1, ".!?") && i + 3 < line_end)
    {
      static const char *nouns[] = {
        "message", "words", "word", "warning", "promise", "call", "reply", "answer", "response", "advice",
        "pesan", "kata-kata", "ucapan", "peringatan", "janji", "seruan", "jawaban", "tanggapan", "nasihat",
        "harapan", "penegasan", "imbauan", "ajakan",
      };
      guint32 j = i;
      gboolean pointer = FALSE;

      if (_article_token_is_word (a, j, "itulah") || _article_token_is_word (a, j, "inilah")
          || _article_token_is_word (a, j, "begitulah"))
        pointer = TRUE, j++;
      else if ((_article_token_is_word (a, j, "that") || _article_token_is_word (a, j, "this")
                || _article_token_is_word (a, j, "those") || _article_token_is_word (a, j, "these")
                || _article_token_is_word (a, j, "such"))
               && (_article_token_is_word (a, j + 1, "was") || _article_token_is_word (a, j + 1, "were")
                   || _article_token_is_word (a, j + 1, "is") || _article_token_is_word (a, j + 1, "are")))
        pointer = TRUE, j += 2;
      /* "“…” Itu yang disampaikan Holt": "itu" and "yang", then a cue
       * naming the speaker after it */
      else if ((_article_token_is_word (a, j, "itu") || _article_token_is_word (a, j, "ini")
                || _article_token_is_word (a, j, "itulah") || _article_token_is_word (a, j, "inilah"))
               && _article_token_is_word (a, j + 1, "yang")
               && (speech_cue (a, j + 2, &n, NULL) & SPEECH_BEFORE_SPEAKER))
        {
          guint32 end = np_end (a, j + 2 + n, line_end);

          if (end > j + 2 + n && resolve_np (a, j + 2 + n, end, salient, out))
            {
              *cue_token = j + 2;
              return TRUE;
            }
          speaker_clear (out);
        }
      /* "“…” The statement was made by Holt": the words' noun, then who
       * made them */
      else if (_article_token_is_word (a, j, "the") && j + 5 < line_end
               && (is_statement_noun (a, j + 1) || _article_token_is_word (a, j + 1, "remarks")
                   || _article_token_is_word (a, j + 1, "comments") || _article_token_is_word (a, j + 1, "words"))
               && (_article_token_is_word (a, j + 2, "was") || _article_token_is_word (a, j + 2, "were"))
               && (_article_token_is_word (a, j + 3, "made") || _article_token_is_word (a, j + 3, "delivered")
                   || _article_token_is_word (a, j + 3, "given") || _article_token_is_word (a, j + 3, "issued"))
               && _article_token_is_word (a, j + 4, "by"))
        {
          guint32 end = np_end (a, j + 5, line_end);

          if (end > j + 5 && resolve_np (a, j + 5, end, salient, out))
            {
              *cue_token = j + 3;
              return TRUE;
            }
          speaker_clear (out);
        }
      if (pointer && _article_token_is_word (a, j, "the"))
        j++;
      /* "These were Holt's words": the one whose words they were */
      if (pointer && j + 2 < line_end && a->token_mention[j] != NO_INDEX)
        {
          const Mention *m = &g_array_index (a->mentions, Mention, a->token_mention[j]);
          guint32 after = m->end_token;

          /* "Holt's": the name, an apostrophe, "s" */
          if (after + 1 < line_end && article_token (a, after)->kind != TOKEN_WORD
              && (a->text[article_token (a, after)->start] == '\''
                  || g_str_has_prefix (a->text + article_token (a, after)->start, "’"))
              && _article_token_is_word (a, after + 1, "s"))
            after += 2;
          if (m->first_token == j && after + 1 <= line_end && after > m->end_token
              && entity (a, m->entity)->kind == TAUTAN_ENTITY_PERSON
              && (_article_token_is_word (a, after, "words") || _article_token_is_word (a, after, "message")
                  || _article_token_is_word (a, after, "warning") || _article_token_is_word (a, after, "reply")))
            {
              speaker_set_mention (out, m);
              *cue_token = i;
              return TRUE;
            }
        }
      if (pointer && j + 1 < line_end)
        {
          gboolean noun = is_statement_noun (a, j);

          for (guint k = 0; k < G_N_ELEMENTS (nouns) && !noun; k++)
            noun = _article_token_is_word (a, j, nouns[k]);
          if (noun)
            {
              guint32 end;

              j++;
              if (_article_token_is_word (a, j, "of") || _article_token_is_word (a, j, "from")
                  || _article_token_is_word (a, j, "dari") || _article_token_is_word (a, j, "by"))
                j++;
              end = np_end (a, j, line_end);
              if (end > j && resolve_np (a, j, end, salient, out))
                {
                  *cue_token = i;
                  return TRUE;
                }
              speaker_clear (out);
            }
        }
    }

  flags = speech_cue (a, i, &n, &nya);
  /* "…,” kesalnya.", "…,” harapnya.": one lower-case word in -nya that
   * the lexicon does not know, ending the sentence right after the words,
   * is a cue like "ujarnya" (the stems of such cues are too many to list) */
  if (flags == 0 && close > 0 && _article_token_is_punct (a, close - 1, ",?!")
      && article_token (a, i)->kind == TOKEN_WORD && (article_token (a, i)->flags & TOKEN_NYA)
      && !(article_token (a, i)->flags & (TOKEN_CAPITAL | TOKEN_UPPER))
      && !_article_token_is (a, i, LEX_PRONOUN, NULL) && !_article_token_is (a, i, LEX_CONJ, NULL)
      && (i + 1 >= line_end || _article_token_is_punct (a, i + 1, ".!")))
    {
      flags = SPEECH_BEFORE_SPEAKER;
      n = 1;
      nya = TRUE;
    }
  if (flags & SPEECH_BEFORE_SPEAKER)
    {
      guint32 end;

      *cue_token = i;
      if (nya)
        {
          return cue_pronoun_speaker (a, close, i, salient, out);
        }
      /* "said a statement by Deputy Director X", "kata pernyataan dari
       * X": the one whose statement it is */
      {
        guint32 noun = i + n;

        if (noun < line_end && (_article_token_is_word (a, noun, "a") || _article_token_is_word (a, noun, "the")))
          noun++;
        if (noun + 2 < line_end && is_statement_noun (a, noun)
            && (_article_token_is_word (a, noun + 1, "by") || _article_token_is_word (a, noun + 1, "from")
                || _article_token_is_word (a, noun + 1, "of") || _article_token_is_word (a, noun + 1, "dari")
                || _article_token_is_word (a, noun + 1, "oleh")))
          {
            end = np_end (a, noun + 2, line_end);
            if (resolve_np (a, noun + 2, end, salient, out))
              return TRUE;
          }
      }
      end = np_end (a, i + n, line_end);
      /* "kata Retno dan Blinken", "said Kim and Lee": the words of both,
       * never those of the one named first */
      if (end > i + n && end + 1 < line_end
          && (_article_token_is_word (a, end, "dan") || _article_token_is_word (a, end, "and")
              || _article_token_is_word (a, end, "serta") || _article_token_is_punct (a, end, "&"))
          && (article_token (a, end + 1)->flags & (TOKEN_CAPITAL | TOKEN_UPPER)))
        {
          guint32 last = np_end (a, end + 1, line_end);

          speaker_clear (out);
          out->text = _article_token_text (a, i + n, MAX (last, end + 2));
          return TRUE;
        }
      {
        guint32 named = person_after_description (a, i + n, end, line_end);

        if (named != NO_INDEX && end > i + n)
          {
            speaker_clear (out);
            out->entity = named;
            out->np_first = i + n;
            out->np_end = end;
            return TRUE;
          }
      }
      if (resolve_np (a, i + n, end, salient, out))
        return TRUE;
      /* "tutur perempuan yang akrab disapa Ani itu", "said the farmer,
       * named Peter Hall": a description that gives the name */
      {
        guint32 person = person_named_in_description (a, i + n, line_end);

        if (person != NO_INDEX)
          {
            speaker_clear (out);
            out->entity = person;
            return TRUE;
          }
      }
    }
  if (flags & SPEECH_ACCORDING)
    {
      guint32 end = np_end (a, i + n, line_end);

      *cue_token = i;
      if (resolve_np (a, i + n, end, salient, out))
        return TRUE;
    }

  /* "Kim said", "he added", "X mengatakan" */
  {
    guint32 end = np_end (a, i, line_end);

    if (end > i && end < line_end && (speech_cue (a, end, NULL, NULL) & SPEECH_AFTER_SPEAKER))
      {
        *cue_token = end;
        return resolve_np (a, i, end, salient, out);
      }
    /* "…,” the city reasoned.": words that run on past the mark, then
     * a subject of a few words and a verb the cues lack ending the
     * sentence */
    if (close > 0 && _article_token_is_punct (a, close - 1, ",?!"))
      {
        guint32 verb = i;

        /* the subject's words: no linking word ("…,” but Peter Hall
         * disagreed" is a new clause) */
        while (verb < line_end && verb < i + 6 && article_token (a, verb)->kind == TOKEN_WORD
               && !_article_token_is (a, verb, LEX_CONJ, NULL) && !_article_token_is (a, verb, LEX_PREP, NULL)
               && !_article_token_is (a, verb, LEX_REL, NULL)
               && !(verb + 1 >= line_end || _article_token_is_punct (a, verb + 1, ".!")))
          verb++;
        if (verb > i && verb < line_end && article_token (a, verb)->kind == TOKEN_WORD
            && (verb + 1 >= line_end || _article_token_is_punct (a, verb + 1, ".!"))
            && reads_as_speech_verb (a, verb) && resolve_np (a, i, verb, salient, out))
          {
            *cue_token = verb;
            return TRUE;
          }
      }
    /* "…," Reuters quoted Ann Holt as saying; "…," Ann Holt was
     * quoted as saying by Reuters */
    for (guint32 k = i + 1; k < line_end && k < i + 10; k++)
      {
        guint32 who;

        if (_article_token_is_punct (a, k, ".;:!?") || article_token (a, k)->kind >= TOKEN_QUOTE_OPEN)
          break;
        who = quoted_as_saying (a, i, k);
        if (who != NO_INDEX)
          {
            const Mention *m = &g_array_index (a->mentions, Mention, a->token_mention[who]);

            speaker_set_mention (out, m);
            *cue_token = k;
            return TRUE;
          }
      }
    /* "Ann Holt, 54, said", "Ann Holt, a spokeswoman for the ministry,
     * told AFP": an apposition between the name and its verb */
    if (end > i && _article_token_is_punct (a, end, ","))
      for (guint32 k = end + 1; k < line_end && k < end + 14; k++)
        {
          const Token *t = article_token (a, k);

          if (t->kind == TOKEN_QUOTE_OPEN || t->kind == TOKEN_QUOTE_CLOSE || t->kind == TOKEN_QUOTE_STRAIGHT
              || _article_token_is_punct (a, k, ".;:!?") || _article_token_is (a, k, LEX_SPEECH, NULL))
            break;
          if (_article_token_is_punct (a, k, ",") && k + 1 < line_end && (speech_cue (a, k + 1, NULL, NULL) & SPEECH_AFTER_SPEAKER))
            {
              guint32 named = person_after_description (a, i, end, k + 1);

              *cue_token = k + 1;
              if (named != NO_INDEX)
                {
                  speaker_clear (out);
                  out->entity = named;
                  out->np_first = i;
                  out->np_end = end;
                  return TRUE;
                }
              return resolve_np (a, i, end, salient, out);
            }
        }
  }

  /* "…,” bentak Husin Muchtar", "…,” klaim Alof", "…,” demikian
   * Jokowi": words that run on past the mark, then a verb the lexicon
   * does not know and a name — the one named speaks */
  if (close > 0 && _article_token_is_punct (a, close - 1, ",?!") && i + 1 < line_end
      && article_token (a, i)->kind == TOKEN_WORD
      && !(article_token (a, i)->flags & (TOKEN_CAPITAL | TOKEN_UPPER))
      && !_article_token_is (a, i, LEX_CONJ, NULL) && !_article_token_is (a, i, LEX_PREP, NULL)
      && !_article_token_is (a, i, LEX_REL, NULL) && !_article_token_is (a, i, LEX_PRONOUN, NULL)
      && !_article_token_is (a, i, LEX_AUX, NULL) && !_article_token_is (a, i, LEX_DEMONSTRATIVE, NULL)
      && mention_entity_at (a, i) == NO_INDEX)
    {
      guint32 end = np_end (a, i + 1, line_end);
      guint32 e = end > i + 1 ? mention_entity_at (a, i + 1) : NO_INDEX;
      Speaker who = { NO_INDEX, NULL, 0, 0 };

      /* a title may stand before the name: "kecam Ketua Umum PPWI Wilson" */
      if (e == NO_INDEX && end > i + 1 && resolve_np (a, i + 1, end, salient, &who))
        e = who.entity;
      speaker_clear (&who);
      if (e != NO_INDEX && entity (a, e)->kind != TAUTAN_ENTITY_PLACE)
        {
          speaker_clear (out);
          out->entity = e;
          out->np_first = i + 1;
          out->np_end = end;
          *cue_token = i;
          return TRUE;
        }
    }
  return FALSE;
}

/* Before the quote: "Kim mengatakan, “", "Trump said: "", "Kata Kim, “",
 * or a cue ending the previous paragraph with a colon. */
static gboolean
cue_before (Article       *a,
            guint32        open,
            const Salient *salient,
            Speaker       *out,
            guint32       *cue_token)
{
  guint32 i = open;
  guint32 sentence_first;

  if (open == NO_INDEX || open == 0)
    return FALSE;
  sentence_first = g_array_index (a->sentences, Sentence, a->token_sentence[open]).first_token;

  /* The previous paragraph ends "…mengatakan:" */
  if (article_token (a, open)->flags & TOKEN_LINE)
    {
      if (!_article_token_is_punct (a, open - 1, ":"))
        return FALSE;
      sentence_first = g_array_index (a->sentences, Sentence, a->token_sentence[open - 1]).first_token;
    }

  while (i > sentence_first && (_article_token_is_punct (a, i - 1, ",:") || is_dash (a, i - 1)))
    i--;
  if (i == sentence_first || i == open)
    return FALSE;

  {
    guint32 k = i - 1;
    gboolean nya = FALSE;
    guint32 n = 0;
    guint32 flags = speech_cue (a, k, &n, &nya);

    /* "“…,” lanjutnya, “…”": a quote split by a cue that names no one
     * goes on in the words of its first part's speaker */
    if (flags != 0 && nya && k + n == i && (salient->speaker.entity != NO_INDEX || salient->speaker.text != NULL))
      {
        guint32 before = k;

        while (before > sentence_first && _article_token_is_punct (a, before - 1, ","))
          before--;
        if (before > sentence_first
            && (article_token (a, before - 1)->kind == TOKEN_QUOTE_CLOSE
                || article_token (a, before - 1)->kind == TOKEN_QUOTE_STRAIGHT))
          {
            *cue_token = k;
            speaker_copy (out, &salient->speaker);
            return TRUE;
          }
      }
    if (flags & SPEECH_AFTER_SPEAKER)
      {
        guint32 who = quoted_as_saying (a, sentence_first, k);

        *cue_token = k;
        /* "Huang Limin was quoted by Xinhua as saying: “": the one
         * quoted, not the agency nor an earlier clause's subject */
        if (who != NO_INDEX)
          {
            const Mention *m = &g_array_index (a->mentions, Mention, a->token_mention[who]);

            speaker_set_mention (out, m);
            return TRUE;
          }
        return subject_before (a, sentence_first, k, salient, out);
      }
    /* "The city reasoned, “…”": a verb the cues lack, between its subject
     * and the words, set off by a comma or a colon ("carried “Free
     * Tibet” signs" is no frame) */
    if (flags == 0 && k > sentence_first && _article_token_is_punct (a, i, ",:") && reads_as_speech_verb (a, k)
        && subject_before (a, sentence_first, k, salient, out))
      {
        *cue_token = k;
        return TRUE;
      }
  }
  /* "Kata Kim, “", "Menurut Kim, “", "said Kim: "" */
  for (guint32 k = i; k-- > sentence_first && i - k <= 8;)
    {
      gboolean nya = FALSE;
      guint32 n, flags = speech_cue (a, k, &n, &nya);

      /* "Varga tweeted using her account:": a cue with its subject
       * before it names no speaker after it */
      if ((flags & SPEECH_AFTER_SPEAKER) && k > sentence_first
          && (mention_entity_at (a, k - 1) != NO_INDEX || _article_token_is (a, k - 1, LEX_PRONOUN, NULL)))
        continue;
      if ((flags & (SPEECH_BEFORE_SPEAKER | SPEECH_ACCORDING)) && np_end (a, k + n, i) == i)
        {
          *cue_token = k;
          /* "Kata dia, “", "Menurutnya, “": the cue holds its pronoun */
          if (k + n == i && (nya || (n > 1 && _article_token_is (a, k + n - 1, LEX_PRONOUN, NULL))))
            return cue_pronoun_speaker (a, open, k, salient, out);
          return resolve_np (a, k + n, i, salient, out);
        }
    }

  /* "Bagi Lund, “…”", "For Lund, “…”": the view of the person named,
   * opening the sentence right before the mark */
  if (i > sentence_first + 1 && i == open - 1 && _article_token_is_punct (a, i, ",")
      && (_article_token_is_word (a, sentence_first, "bagi") || _article_token_is_word (a, sentence_first, "for"))
      && np_end (a, sentence_first + 1, i) == i)
    {
      Speaker who = { NO_INDEX, NULL, 0, 0 };

      if (resolve_np (a, sentence_first + 1, i, salient, &who) && who.entity != NO_INDEX
          && entity (a, who.entity)->kind == TAUTAN_ENTITY_PERSON)
        {
          speaker_copy (out, &who);
          speaker_clear (&who);
          *cue_token = sentence_first;
          return TRUE;
        }
      speaker_clear (&who);
    }

  /* A paragraph that ends "Obama tweeted using his account:", "Jokowi
   * menulis di akun Twitter-nya:": the quote below is the cue's subject's */
  if ((article_token (a, open)->flags & TOKEN_LINE) && _article_token_is_punct (a, open - 1, ":"))
    for (guint32 k = i; k-- > sentence_first;)
      {
        if (a->token_quote[k] != NO_INDEX)
          break;
        if (speech_cue (a, k, NULL, NULL) & SPEECH_AFTER_SPEAKER)
          {
            *cue_token = k;
            return subject_before (a, sentence_first, k, salient, out);
          }
      }
  return FALSE;
}

/* The colon after a name that heads line @line: "U.S. Senator Steve
 * Daines (R-MT):", "Presiden Joseph Biden:". A bracket between says
 * only which party and seat. Returns the colon, or NO_INDEX. */
static guint32
label_colon (Article       *a,
             guint32        line,
             guint32        limit,
             const Salient *salient,
             Speaker       *out)
{
  const Line *l = &g_array_index (a->lines, Line, line);
  guint32 first = l->first_token;
  guint32 end, colon;
  TautanEntityKind kind;

  if (l->role != LINE_BODY || l->n_tokens < 2)
    return NO_INDEX;
  limit = MIN (limit, first + MIN (l->n_tokens, 16u));
  /* the name runs to a bracket or the colon, with no verb in it: "Kim
   * said the talks failed:" is a cue's business */
  for (end = first; end < limit && !_article_token_is_punct (a, end, "(:"); end++)
    if (article_token (a, end)->kind != TOKEN_WORD
        || _article_token_is (a, end, LEX_SPEECH, NULL) || _article_token_is (a, end, LEX_VERB, NULL)
        || a->token_date[end] != NO_INDEX || a->token_quote[end] != NO_INDEX)
      {
        /* "U.S. Senator", "Dr. Ann Holt": an initialism's or title's stop */
        if (_article_token_is_punct (a, end, ".") && np_end (a, first, limit) > end)
          continue;
        return NO_INDEX;
      }
  colon = end;
  /* the label ends with the name: "… Ranking Member Sam Graves" */
  if (end == first || end >= limit || a->token_mention[end - 1] == NO_INDEX)
    return NO_INDEX;
  if (_article_token_is_punct (a, end, "("))
    {
      while (colon < limit && colon < end + 8 && !_article_token_is_punct (a, colon, ")"))
        colon++;
      colon++;
    }
  if (colon >= limit || !_article_token_is_punct (a, colon, ":"))
    return NO_INDEX;
  /* the name alone: a sentence ending in a colon is a cue's business */
  if (!resolve_np (a, first, end, salient, out) || out->entity == NO_INDEX)
    {
      speaker_clear (out);
      return NO_INDEX;
    }
  /* a person or a body; a place before a colon is a dateline */
  kind = entity (a, out->entity)->kind;
  if (kind != TAUTAN_ENTITY_PERSON && kind != TAUTAN_ENTITY_ORGANISATION)
    {
      speaker_clear (out);
      return NO_INDEX;
    }
  return colon;
}

/* A speaker set as a label heading the paragraph, like a transcript's:
 * "Transportation … Ranking Member Sam Graves (MO-07): “…”", a
 * label on a line of its own above the quote, or one before the
 * outlet's own words that the quote completes ("Daines (R-MT):
 * Launching progress … “is big news …”"). */
static gboolean
label_before (Article       *a,
              guint32        open,
              const Salient *salient,
              Speaker       *out,
              guint32       *cue_token)
{
  guint32 line, colon;

  if (open == NO_INDEX)
    return FALSE;
  line = article_token (a, open)->line;
  colon = label_colon (a, line, open, salient, out);
  /* "Presiden Joseph Biden:" alone on the line above */
  if (colon == NO_INDEX && (article_token (a, open)->flags & TOKEN_LINE) && line > 0)
    {
      guint32 above = line - 1;

      /* past blank lines only */
      while (above > 0 && g_array_index (a->lines, Line, above).n_tokens == 0)
        above--;
      colon = label_colon (a, above, open, salient, out);
      if (colon != NO_INDEX && colon + 1 != open)
        {
          speaker_clear (out);
          colon = NO_INDEX;
        }
    }
  if (colon == NO_INDEX)
    return FALSE;
  /* no quote between the label and this one: an earlier quote of the
   * line took the label already, and this one goes on with it */
  for (guint32 k = colon + 1; k < open; k++)
    if (a->token_quote[k] != NO_INDEX)
      {
        speaker_clear (out);
        return FALSE;
      }
  *cue_token = colon;
  return TRUE;
}

/* A quote opening a paragraph after one that announces it: "The
 * following is a statement from NASA Administrator Sean O'Keefe …",
 * "According to a statement by …, David Weaver:", "Berikut pernyataan
 * Menteri X:". The person named after the statement's noun speaks,
 * else the body. */
static gboolean
statement_introduced (Article       *a,
                      guint32        open,
                      Speaker       *out,
                      guint32       *cue_token)
{
  guint32 line, first;
  gboolean announces = FALSE;

  if (open == NO_INDEX || open == 0 || !(article_token (a, open)->flags & TOKEN_LINE))
    return FALSE;
  /* the paragraph before, its lines wrapped by hand or not */
  line = article_token (a, open - 1)->line;
  for (guint n = 0; line > 0 && n < 6; n++)
    {
      const Line *up = &g_array_index (a->lines, Line, line - 1);

      if (up->role != LINE_BODY || up->n_tokens == 0)
        break;
      line--;
    }
  first = g_array_index (a->lines, Line, line).first_token;
  announces = _article_token_is_punct (a, open - 1, ":");
  /* "…, David Weaver:": the name set right before the colon */
  if (announces && open >= 2 && a->token_mention[open - 2] != NO_INDEX)
    {
      const Mention *m = &g_array_index (a->mentions, Mention, a->token_mention[open - 2]);

      if (m->end_token == open - 1 && entity (a, m->entity)->kind == TAUTAN_ENTITY_PERSON)
        {
          gboolean statement = FALSE;

          for (guint32 k = first; k < m->first_token && !statement; k++)
            statement = is_statement_noun (a, k);
          if (statement)
            {
              speaker_clear (out);
              out->entity = m->entity;
              *cue_token = m->first_token;
              return TRUE;
            }
        }
    }
  for (guint32 k = first; k < open && !announces; k++)
    announces = _article_token_is_word (a, k, "following") || _article_token_is_word (a, k, "berikut")
                || _article_token_is_word (a, k, "berikutnya");
  if (!announces)
    return FALSE;
  for (guint32 k = first; k < open; k++)
    {
      guint32 body = NO_INDEX;

      if (a->token_quote[k] != NO_INDEX || !is_statement_noun (a, k))
        continue;
      for (guint32 j = k + 1; j < open; j++)
        {
          guint32 e = mention_entity_at (a, j);

          if (e == NO_INDEX || a->token_quote[j] != NO_INDEX)
            continue;
          if (entity (a, e)->kind == TAUTAN_ENTITY_PERSON)
            {
              body = e;
              break;
            }
          if (body == NO_INDEX && entity (a, e)->kind != TAUTAN_ENTITY_PLACE)
            body = e;
        }
      if (body != NO_INDEX)
        {
          speaker_clear (out);
          out->entity = body;
          *cue_token = k;
          return TRUE;
        }
    }
  return FALSE;
}

/* A quote opening a sentence with no cue of its own, after a sentence
 * of the outlet's that says who speaks: "Heald noted the findings show
 * … . “An air-quality cleanup …”", "Wilkins also said Warhol was a
 * businessperson. "As a way …"", "Cornyn issued a statement regarding
 * … . "Like many Texans …"". The subject of that sentence's speech verb,
 * or of its statement, is the speaker. */
static gboolean
cue_in_sentence_before (Article       *a,
                        guint32        open,
                        const Salient *salient,
                        Speaker       *out,
                        guint32       *cue_token)
{
  static const char *statements[] = { "statement", "pernyataan", "keterangan" };
  static const char *passives[] = {
    "disampaikan", "diungkapkan", "dikatakan", "ditegaskan", "dijelaskan", "dinyatakan", "diutarakan",
  };
  const Sentence *s;
  guint32 first, end;

  /* right after the outlet's full stop, in the same paragraph */
  if (open == NO_INDEX || open == 0 || (article_token (a, open)->flags & TOKEN_LINE)
      || !_article_token_is_punct (a, open - 1, ".!?") || !(article_token (a, open)->flags & TOKEN_SPACE))
    return FALSE;
  /* a straight mark after a stop may have been read as closing the
   * sentence before: then the quote's sentence holds that one too */
  s = &g_array_index (a->sentences, Sentence, a->token_sentence[open - 1]);
  first = s->first_token;
  end = MIN (s->end_token, open);
  if (article_token (a, first)->line != article_token (a, open)->line)
    return FALSE;

  for (guint32 k = first; k < end; k++)
    {
      gboolean statement = FALSE;

      if (a->token_quote[k] != NO_INDEX)
        continue;
      if ((speech_cue (a, k, NULL, NULL) & SPEECH_AFTER_SPEAKER)
          && subject_before (a, first, k, salient, out))
        {
          *cue_token = k;
          return TRUE;
        }
      /* "Hal itu diungkapkan (oleh) Bupati X. “…”": a passive cue names
       * the speaker after it */
      for (guint w = 0; w < G_N_ELEMENTS (passives); w++)
        if (_article_token_is_word (a, k, passives[w]))
          {
            guint32 j = k + 1;

            if (j < end && _article_token_is_word (a, j, "oleh"))
              j++;
            if (j < end && resolve_np (a, j, np_end (a, j, end), salient, out) && out->entity != NO_INDEX)
              {
                *cue_token = k;
                return TRUE;
              }
            speaker_clear (out);
            break;
          }
      for (guint w = 0; w < G_N_ELEMENTS (statements) && !statement; w++)
        statement = _article_token_is_word (a, k, statements[w]);
      if (!statement)
        continue;
      /* "Senator John Cornyn, Republican from Texas, issued a statement":
       * the person named first, else the body */
      {
        guint32 body = NO_INDEX;

        for (guint32 j = first; j < k; j++)
          {
            guint32 e = mention_entity_at (a, j);

            if (e == NO_INDEX || a->token_quote[j] != NO_INDEX)
              continue;
            if (entity (a, e)->kind == TAUTAN_ENTITY_PERSON)
              {
                body = e;
                break;
              }
            if (body == NO_INDEX && entity (a, e)->kind != TAUTAN_ENTITY_PLACE
                && entity (a, e)->kind != TAUTAN_ENTITY_STATE)
              body = e;
          }
        if (body != NO_INDEX)
          {
            speaker_clear (out);
            out->entity = body;
            *cue_token = k;
            return TRUE;
          }
      }
    }
  return FALSE;
}

/* A quote with no cue in a paragraph that, before it, names a person
 * other than the last speaker, who spoke in an earlier paragraph:
 * "Kiara Perkins admitted she skipped class. Why did she want to
 * attend? "It's Warhol."" — most likely that person's words, but the
 * text does not say so. */
static guint32
new_person_in_paragraph (const Article *a,
                         guint32        open,
                         const Salient *salient)
{
  const Line *line;

  if (open == NO_INDEX || salient->line == NO_INDEX)
    return NO_INDEX;
  line = &g_array_index (a->lines, Line, article_token (a, open)->line);
  if (salient->line >= article_token (a, open)->line)
    return NO_INDEX;
  for (guint32 k = line->first_token; k < open; k++)
    {
      guint32 e = mention_entity_at (a, k);

      if (a->token_quote[k] != NO_INDEX)
        return NO_INDEX;
      if (e != NO_INDEX && entity (a, e)->kind == TAUTAN_ENTITY_PERSON)
        return e != salient->speaker.entity ? e : NO_INDEX;
    }
  return NO_INDEX;
}

/* A quote with no cue after a paragraph in which someone other than the
 * last speaker says something in the outlet's words: "“…,” kata
 * Douglas. / Senada dengan Douglas, Jerry Chamberland menyatakan isu ini
 * sulit. / “…,” ragu pria pensiunan itu." — the one who was just
 * reported speaking goes on in his own words. Only the body paragraph
 * right before the quote's is looked at. */
static guint32
reported_speaker_between (Article            *a,
                          const ArticleQuote *q,
                          const Salient      *salient,
                          gboolean           *certain)
{
  guint32 qline = q->line;

  if (salient->line == NO_INDEX || qline <= salient->line + 1 || q->open_token == NO_INDEX)
    return NO_INDEX;
  for (guint32 l = qline; l-- > salient->line + 1;)
    {
      const Line *line = &g_array_index (a->lines, Line, l);

      if (line->role != LINE_BODY)
        continue;
      for (guint32 t = line->first_token; t < line->first_token + line->n_tokens; t++)
        {
          const Sentence *sentence;
          Speaker who = { NO_INDEX, NULL, 0, 0 };
          guint32 person;

          if (a->token_quote[t] != NO_INDEX)
            return NO_INDEX;
          if (!(speech_cue (a, t, NULL, NULL) & SPEECH_AFTER_SPEAKER))
            continue;
          sentence = &g_array_index (a->sentences, Sentence, a->token_sentence[t]);
          if (!subject_before (a, sentence->first_token, t, salient, &who))
            continue;
          person = who.entity;
          speaker_clear (&who);
          if (person == NO_INDEX || person == salient->speaker.entity
              || entity (a, person)->kind != TAUTAN_ENTITY_PERSON)
            continue;
          /* nothing but that paragraph stands between */
          *certain = TRUE;
          return person;
        }
      /* only the paragraph nearest the quote */
      return NO_INDEX;
    }
  return NO_INDEX;
}

/* "spoke to the state broadcaster CCTV about the incident, saying",
 * "berbicara kepada VOA": the one spoken to, named after "to" or
 * "kepada" in words up to it, is not the one speaking. */
static gboolean
addressed (const Article *a,
           guint32        np_first)
{
  static const char *to[] = { "to", "kepada", "told", "tell", "tells" };

  if (np_first == NO_INDEX)
    return FALSE;
  for (guint32 k = np_first, steps = 0; k > 0 && steps < 4; k--, steps++)
    {
      if (article_token (a, k - 1)->kind != TOKEN_WORD)
        return FALSE;
      for (guint w = 0; w < G_N_ELEMENTS (to); w++)
        if (_article_token_is_word (a, k - 1, to[w]))
          return TRUE;
    }
  return FALSE;
}

/* A fragment in the outlet's sentence: "Kim menyerukan “…”", "Menurut
 * KCNA, Kim dan Lavrov bertemu dalam “…”". */
static gboolean
frame_of_fragment (Article       *a,
                   guint32        open,
                   const Salient *salient,
                   Speaker       *out,
                   gboolean      *certain,
                   guint32       *cue_token)
{
  const Sentence *s = &g_array_index (a->sentences, Sentence, a->token_sentence[open]);
  guint32 according = NO_INDEX;
  guint32 first;

  /* the speech or expression verb nearest before the quote */
  for (guint32 k = open; k-- > s->first_token;)
    {
      guint32 flags = speech_cue (a, k, NULL, NULL);

      if (a->token_quote[k] != NO_INDEX)
        continue;
      if ((flags & SPEECH_AFTER_SPEAKER) && quoted_as_saying (a, s->first_token, k) != NO_INDEX)
        {
          const Mention *m = &g_array_index (a->mentions, Mention, a->token_mention[quoted_as_saying (a, s->first_token, k)]);

          speaker_set_mention (out, m);
          *certain = TRUE;
          *cue_token = k;
          return TRUE;
        }
      if (flags & SPEECH_ACCORDING)
        according = k;
      if ((flags & (SPEECH_AFTER_SPEAKER | SPEECH_EXPRESS)) && subject_before (a, s->first_token, k, salient, out))
        {
          /* "asked how documents that are supposed to be stored in “…”
           * wound up": a fragment inside a relative clause of the
           * speaker's sentence may be anyone's words (a rule's, the
           * outlet's), not surely the speaker's */
          *certain = TRUE;
          for (guint32 r = k + 2; r < open; r++)
            if (a->token_quote[r] == NO_INDEX && !_article_token_is_word (a, r, "bahwa")
                && _article_token_is (a, r, LEX_REL, NULL) && article_token (a, r - 1)->kind == TOKEN_WORD
                && !_article_token_is (a, r - 1, LEX_SPEECH, NULL)
                /* "said on Monday that “…”": "that" opens what was said */
                && !(_article_token_is_word (a, r, "that") && a->token_date[r - 1] != NO_INDEX))
              *certain = FALSE;
          *cue_token = k;
          return TRUE;
        }
    }

  /* "Menurut X, …": the words are X's (an agency's own, when X is one) */
  if (according != NO_INDEX)
    {
      guint32 n = 1;
      guint32 end;

      speech_cue (a, according, &n, NULL);
      end = np_end (a, according + n, open);
      if (resolve_np (a, according + n, end, salient, out))
        {
          guint32 k = end;

          /* "According to Yonhap, quoting KCNA, …", "Menurut Yonhap
           * yang mengutip KCNA": the one quoted is the source, the
           * first only relays it */
          if (k < open && _article_token_is_punct (a, k, ","))
            k++;
          if (k < open && _article_token_is_word (a, k, "yang"))
            k++;
          if (k + 1 < open && (_article_token_is_word (a, k, "quoting") || _article_token_is_word (a, k, "citing")
                               || _article_token_is_word (a, k, "mengutip")))
            {
              guint32 from = _article_token_is_word (a, k + 1, "dari") ? k + 2 : k + 1;
              guint32 source = NO_INDEX;

              /* the agency or person quoted, not its state: "quoting North
               * Korea's main news agency Korean Central News Agency" */
              for (guint32 t = from; t < open && t < from + 16 && source == NO_INDEX; t++)
                {
                  guint32 e = mention_entity_at (a, t);

                  if (_article_token_is_punct (a, t, ",;.") || article_token (a, t)->kind >= TOKEN_QUOTE_OPEN)
                    break;
                  if (e != NO_INDEX && entity (a, e)->kind != TAUTAN_ENTITY_STATE
                      && entity (a, e)->kind != TAUTAN_ENTITY_PLACE)
                    source = e;
                }
              if (source != NO_INDEX)
                {
                  speaker_clear (out);
                  out->entity = source;
                }
            }
          *certain = TRUE;
          *cue_token = according;
          return TRUE;
        }
    }

  /* the sentence's subject: a guess, so uncertain; not a name in an
   * opening phrase ("During Prime Minister's Questions Wednesday,
   * Sunak …", "Dalam pertemuan di Jakarta, Kim …") */
  first = s->first_token;
  if (_article_token_is (a, first, LEX_PREP, NULL))
    for (guint32 k = first + 1; k < open && k < first + 12; k++)
      if (_article_token_is_punct (a, k, ","))
        {
          first = k + 1;
          break;
        }
  for (guint32 k = first; k < open; k++)
    {
      guint32 e = mention_entity_at (a, k);
      guint32 v;

      if (k > s->first_token && _article_token_is (a, k - 1, LEX_PREP, &v))
        continue;
      if (e != NO_INDEX && entity (a, e)->kind != TAUTAN_ENTITY_PLACE)
        {
          const Mention *m = &g_array_index (a->mentions, Mention, a->token_mention[k]);

          if (addressed (a, m->first_token))
            {
              k = m->end_token - 1;
              continue;
            }
          /* "Pemimpin Korea Utara Kim Jong Un": the person, not the
           * state; "Kepala Badan Lingkungan Nasional Singapura Andrew
           * Tan": the person, not the body whose head they are */
          if (m->end_token < open && mention_entity_at (a, m->end_token) != NO_INDEX
              && (entity (a, e)->kind == TAUTAN_ENTITY_STATE
                  || ((entity (a, e)->kind == TAUTAN_ENTITY_ORGANISATION || entity (a, e)->kind == TAUTAN_ENTITY_MEDIA)
                      && entity (a, mention_entity_at (a, m->end_token))->kind == TAUTAN_ENTITY_PERSON)))
            {
              k = m->end_token - 1;
              continue;
            }
          speaker_clear (out);
          out->entity = e;
          out->np_first = m->first_token;
          out->np_end = m->end_token;
          *certain = FALSE;
          return TRUE;
        }
      if (_article_token_is (a, k, LEX_PRONOUN, NULL) || _article_token_is (a, k, LEX_DEMONSTRATIVE, NULL))
        {
          guint32 ref = _article_resolve_reference (a, s->first_token, k + 1, k);

          if (ref != NO_INDEX)
            {
              speaker_clear (out);
              out->entity = ref;
              *certain = FALSE;
              return TRUE;
            }
        }
    }
  return FALSE;
}

/* "Katrine Jean-Pierre, menjawab pertanyaan wartawan, mejelaskan “Ia
 * baik-baik saja. …”": a quote of whole sentences set right after the
 * verb of its clause, a verb the lexicon need not know (or misspelt),
 * is that clause's subject's words. The clause reader gives the subject,
 * past the words between it and the verb. */
static gboolean
clause_subject_speaks (Article            *a,
                       const ArticleQuote *q,
                       const Salient      *salient,
                       Speaker            *out,
                       guint32            *cue_token)
{
  g_autoptr(GArray) clauses = NULL;
  const Clause *c;
  guint32 before, words = 0;
  gboolean sentence_end = FALSE;

  if (q->open_token == NO_INDEX || q->open_token == 0 || (article_token (a, q->open_token)->flags & TOKEN_LINE))
    return FALSE;
  before = q->open_token - 1;
  if (_article_token_is_punct (a, before, ",:") && before > 0)
    before--;
  if (article_token (a, before)->kind != TOKEN_WORD
      || (article_token (a, before)->flags & (TOKEN_CAPITAL | TOKEN_UPPER)))
    return FALSE;
  /* whole sentences, not a term: a stop inside or at the end, and words */
  for (guint32 k = q->first_token; k < q->end_token; k++)
    {
      if (article_token (a, k)->kind == TOKEN_WORD)
        words++;
      if (_article_token_is_punct (a, k, ".!?") && words >= 3)
        sentence_end = TRUE;
    }
  if (!sentence_end || words < 5)
    return FALSE;
  clauses = _tautan_read_clauses (a, a->token_sentence[before]);
  c = _tautan_clause_at (clauses, before);
  if (c == NULL || c->verb == NO_INDEX)
    return FALSE;
  /* the word before the mark is the clause's verb, or reads as one (an
   * Indonesian me-, ber- verb: "mejelaskan", "berpesan") */
  if (c->verb_end != before + 1)
    {
      const Token *t = article_token (a, before);
      const char *w = a->text + t->start;

      if (a->language != 0 || t->end - t->start < 6
          || (g_ascii_strncasecmp (w, "me", 2) != 0 && g_ascii_strncasecmp (w, "ber", 3) != 0))
        return FALSE;
    }
  if (c->subjects->len > 0)
    {
      speaker_clear (out);
      out->entity = g_array_index (c->subjects, guint32, 0);
      if (c->subject_token != NO_INDEX && a->token_mention[c->subject_token] != NO_INDEX)
        {
          const Mention *m = &g_array_index (a->mentions, Mention, a->token_mention[c->subject_token]);

          out->np_first = m->first_token;
          out->np_end = m->end_token;
        }
    }
  /* no subject read in the clause: the one just before its verb, past
   * an interposed ", menjawab pertanyaan wartawan," */
  else if (!subject_before (a, g_array_index (a->sentences, Sentence, a->token_sentence[before]).first_token,
                            c->verb, salient, out))
    return FALSE;
  if (out->entity == NO_INDEX
      || (entity (a, out->entity)->kind != TAUTAN_ENTITY_PERSON && entity (a, out->entity)->kind != TAUTAN_ENTITY_ORGANISATION
          && entity (a, out->entity)->kind != TAUTAN_ENTITY_MEDIA))
    {
      speaker_clear (out);
      return FALSE;
    }
  *cue_token = c->verb;
  return TRUE;
}

static void
add_relays_of_sentence (Article      *a,
                        ArticleQuote *q,
                        guint32       from,
                        guint32       to)
{
  guint32 sentence_from = g_array_index (a->sentences, Sentence, a->token_sentence[from]).first_token;
  guint32 sentence_to = g_array_index (a->sentences, Sentence, a->token_sentence[MIN (to, article_n_tokens (a) - 1)]).end_token;

  /* Words relayed in the quote's sentence first, nearest the speaker;
   * then what the whole story came through, state media first. */
  for (guint i = 0; i < a->relays->len; i++)
    {
      const ArticleRelay *r = &g_array_index (a->relays, ArticleRelay, i);

      if (r->entity != NO_INDEX && !r->story && r->token >= sentence_from && r->token < sentence_to)
        {
          guint32 e = _article_entity_for_gazetteer (a, r->entity);

          g_array_append_val (q->relayed_by, e);
        }
    }
  for (int pass = 0; pass < 2; pass++)
    for (guint i = a->relays->len; i-- > 0;)
      {
        const ArticleRelay *r = &g_array_index (a->relays, ArticleRelay, i);
        guint32 e;

        if (r->entity == NO_INDEX || !r->story || r->state_media != (pass == 0))
          continue;
        e = _article_entity_for_gazetteer (a, r->entity);
        g_array_append_val (q->relayed_by, e);
      }

  /* never the speaker, never twice */
  for (guint i = 0; i < q->relayed_by->len; i++)
    {
      guint32 e = g_array_index (q->relayed_by, guint32, i);
      gboolean drop = e == q->speaker.entity;

      for (guint j = 0; j < i && !drop; j++)
        drop = g_array_index (q->relayed_by, guint32, j) == e;
      if (drop)
        g_array_remove_index (q->relayed_by, i--);
    }
}

/* Whether the words (not the marks) of quote @part stand, in order and
 * unbroken, in quote @whole: a headline's or a pull quote's words set
 * out again in the body. At least three words, so that a repeated
 * fragment ("ilegal") says nothing. */
static gboolean
words_repeat (const Article      *a,
              const ArticleQuote *part,
              const ArticleQuote *whole)
{
  g_autoptr(GArray) p = g_array_new (FALSE, FALSE, sizeof (guint64));
  g_autoptr(GArray) w = g_array_new (FALSE, FALSE, sizeof (guint64));

  for (guint32 t = part->first_token; t < part->end_token; t++)
    if (article_token (a, t)->kind != TOKEN_PUNCT)
      g_array_append_val (p, article_token (a, t)->hash);
  for (guint32 t = whole->first_token; t < whole->end_token; t++)
    if (article_token (a, t)->kind != TOKEN_PUNCT)
      g_array_append_val (w, article_token (a, t)->hash);
  if (p->len < 3 || p->len > w->len)
    return FALSE;
  for (guint i = 0; i + p->len <= w->len; i++)
    if (memcmp (&g_array_index (w, guint64, i), p->data, p->len * sizeof (guint64)) == 0)
      return TRUE;
  return FALSE;
}

/* A quote no one is named for whose words are set out again, before or
 * after, as a quote with a plain speaker (a headline or lead repeated
 * in the body, a pull quote): they are that speaker's words. */
static void
speakers_of_repeated_words (Article *a)
{
  for (guint qi = 0; qi < a->quotes->len; qi++)
    {
      ArticleQuote *q = &g_array_index (a->quotes, ArticleQuote, qi);

      if (q->group != qi || q->speaker.entity != NO_INDEX || q->certain)
        continue;
      for (guint qj = 0; qj < a->quotes->len; qj++)
        {
          const ArticleQuote *other = &g_array_index (a->quotes, ArticleQuote, qj);

          if (qj == qi || other->group != qj || other->speaker.entity == NO_INDEX || !other->certain
              || !words_repeat (a, q, other))
            continue;
          for (guint k = qi; k < a->quotes->len; k++)
            {
              ArticleQuote *member = &g_array_index (a->quotes, ArticleQuote, k);

              if (member->group != qi)
                continue;
              speaker_copy (&member->speaker, &other->speaker);
              member->certain = TRUE;
            }
          _article_use_entity (a, other->speaker.entity);
          break;
        }
    }
}

/**
 * _tautan_extract_speakers:
 *
 * Attributes every quote, in text order.
 */
void
_tautan_extract_speakers (Article *a)
{
  Salient salient = { { NO_INDEX, NULL, 0, 0 }, NO_INDEX, NO_INDEX, NO_INDEX, FALSE };

  for (guint qi = 0; qi < a->quotes->len; qi++)
    {
      ArticleQuote *q = &g_array_index (a->quotes, ArticleQuote, qi);
      guint32 last = qi;
      guint32 cue = NO_INDEX;
      guint32 frame_cue = NO_INDEX;   /* the verb framing a fragment: no relay bound */
      gboolean found = FALSE, certain = TRUE;
      Speaker speaker = { NO_INDEX, NULL, 0, 0 };

      /* a quote going on from an earlier paragraph has its speaker */
      if (q->group != qi)
        {
          ArticleQuote *head = &g_array_index (a->quotes, ArticleQuote, q->group);

          speaker_copy (&q->speaker, &head->speaker);
          q->certain = head->certain;
          for (guint i = 0; i < head->relayed_by->len; i++)
            g_array_append_val (q->relayed_by, g_array_index (head->relayed_by, guint32, i));
          continue;
        }
      while (last + 1 < a->quotes->len && g_array_index (a->quotes, ArticleQuote, last + 1).group == qi)
        last++;

      {
        ArticleQuote *tail = &g_array_index (a->quotes, ArticleQuote, last);

        if (tail->close_token != NO_INDEX)
          found = cue_after (a, tail->close_token, &salient, &speaker, &cue);
      }
      if (!found)
        found = cue_before (a, q->open_token, &salient, &speaker, &cue);
      if (!found)
        found = label_before (a, q->open_token, &salient, &speaker, &cue);
      if (!found)
        found = statement_introduced (a, q->open_token, &speaker, &cue);
      if (!found)
        found = clause_subject_speaks (a, q, &salient, &speaker, &cue);
      if (!found && q->fragment)
        found = frame_of_fragment (a, q->open_token, &salient, &speaker, &certain, &frame_cue);
      if (!found && !q->fragment)
        found = cue_in_sentence_before (a, q->open_token, &salient, &speaker, &cue);
      if (!found && !q->fragment)
        {
          guint32 person = new_person_in_paragraph (a, q->open_token, &salient);

          if (person != NO_INDEX)
            {
              speaker.entity = person;
              certain = FALSE;
              found = TRUE;
            }
        }
      if (!found && !q->fragment)
        {
          guint32 person = reported_speaker_between (a, q, &salient, &certain);

          if (person != NO_INDEX)
            {
              speaker.entity = person;
              found = TRUE;
            }
        }
      if (!found && (salient.speaker.entity != NO_INDEX || salient.speaker.text != NULL)
          && salient.line != NO_INDEX && q->line - salient.line <= 4)
        {
          /* No cue of its own: the previous speaker goes on. Certain
           * only straight after that speaker's quote. */
          gboolean adjacent = TRUE;

          for (guint32 k = salient.line + 1; k < q->line && adjacent; k++)
            {
              const Line *between = &g_array_index (a->lines, Line, k);

              if (between->role == LINE_BODY)
                {
                  gboolean quoted = FALSE;

                  for (guint32 t = between->first_token; t < between->first_token + between->n_tokens && !quoted; t++)
                    quoted = a->token_quote[t] != NO_INDEX;
                  adjacent = quoted;
                }
            }
          speaker_copy (&speaker, &salient.speaker);
          /* no surer than the speaker it continues, and never for
           * words set in the outlet's own sentence with no speech verb
           * ("the girls were granted "parole" status") */
          certain = adjacent && salient.certain && !q->fragment;
          found = TRUE;
        }
      if (!found)
        {
          /* the sentence's subject, as a guess */
          found = frame_of_fragment (a, q->open_token != NO_INDEX ? q->open_token : q->first_token,
                                     &salient, &speaker, &certain, &frame_cue);
          certain = FALSE;
        }
      if (!found)
        {
          speaker.text = g_strdup ("not named in the text");
          certain = FALSE;
        }

      /* a group with no names: which of them spoke, if one did, is
       * the reader's guess */
      if (speaker.entity == NO_INDEX && speaker.text != NULL && speaker.np_end > speaker.np_first
          && is_group (a, speaker.np_first, speaker.np_end))
        certain = FALSE;
      /* a mark never closed leaves the quote's end in doubt, not its
       * speaker: a cue or a plain continuation stays certain */
      speaker_copy (&q->speaker, &speaker);
      q->certain = certain;
      q->cue = cue != NO_INDEX ? cue : frame_cue;
      add_relays_of_sentence (a, q, q->first_token, cue != NO_INDEX ? cue : q->end_token);

      /* an agency that speaks is also a relay of the story's words */
      if (is_agency (a, speaker.entity))
        {
          ArticleRelay r = { 0 };
          const ArticleEntity *e = entity (a, speaker.entity);
          guint32 from = cue != NO_INDEX ? MIN (cue, speaker.np_first) : speaker.np_first;
          gboolean known = FALSE;

          for (guint i = 0; i < a->relays->len && !known; i++)
            known = g_array_index (a->relays, ArticleRelay, i).entity == e->gazetteer && e->gazetteer != NO_INDEX;
          if (!known && e->gazetteer != NO_INDEX)
            {
              r.entity = e->gazetteer;
              r.name = g_strdup (e->name);
              r.state_media = tautan_gazetteer_get_entry (a->gazetteer, e->gazetteer)->state_media;
              r.words = _article_token_text (a, from, MAX (speaker.np_end, from + 1));
              r.token = from;
              g_array_append_val (a->relays, r);
            }
        }

      _article_use_entity (a, q->speaker.entity);
      for (guint i = 0; i < q->relayed_by->len; i++)
        _article_use_entity (a, g_array_index (q->relayed_by, guint32, i));

      /* a quote no one is named for leaves the last speaker salient:
       * "…," tambahnya after it is still that speaker's */
      if (found)
        {
          speaker_copy (&salient.speaker, &speaker);
          salient.quote = qi;
          salient.certain = certain;
          salient.line = g_array_index (a->quotes, ArticleQuote, last).line;
          salient.after = g_array_index (a->quotes, ArticleQuote, last).close_token != NO_INDEX
                          ? g_array_index (a->quotes, ArticleQuote, last).close_token + 1 : NO_INDEX;
        }
      speaker_clear (&speaker);
    }
  speaker_clear (&salient.speaker);
  speakers_of_repeated_words (a);
}
