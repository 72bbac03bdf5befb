/* tautan-extract-events.c: who did what to whom, and when
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An event cue ("mendukung", "bertemu", "menuduh", "membantah", "sent
 * troops"; docs/extraction.md lists them) names the type. Its actors are
 * the subject before it (a pronoun or "pemimpin Korut itu" resolved; a
 * passive's agent after "oleh"/"by"), its targets the first names after
 * it that are objects or recipients, not places or times. A noun cue
 * ("dukungan", "invasion") is an act only with a verb that makes it one
 * ("menyatakan dukungan") or with its actor beside it ("invasi Rusia").
 * What a third party says the actor did is claimed; a denial answers the
 * accusation before it. Dates come from the sentence, else the paragraph,
 * else the lead, and say which.
 */

#define G_LOG_DOMAIN "tautan-extract"

#include "config.h"

#include <string.h>

#include "tautan-extract-private.h"

static const ArticleEntity *
entity (const Article *a,
        guint32        index)
{
  return &g_array_index (a->entities, ArticleEntity, index);
}

static gboolean
word_is (const Article *a,
         guint32        k,
         const char    *word)
{
  return _article_token_is_word (a, k, word);
}

static gboolean
contains (GArray  *array,
          guint32  value)
{
  for (guint i = 0; i < array->len; i++)
    if (g_array_index (array, guint32, i) == value)
      return TRUE;
  return FALSE;
}

/* Past a possessive ending at @k ("'s", "’s", or the mark and "s"). */
static guint32
past_possessive (const Article *a,
                 guint32        k)
{
  if (k >= article_n_tokens (a))
    return k;
  if (word_is (a, k, "'s") || word_is (a, k, "’s"))
    return k + 1;
  if (_article_token_is_punct (a, k, "'’") && k + 1 < article_n_tokens (a) && word_is (a, k + 1, "s")
      && !(article_token (a, k + 1)->flags & TOKEN_SPACE))
    return k + 2;
  return k;
}

/* Past a bracketed acronym at @k: "(ROK)", "(PRC)". */
static guint32
past_acronym (const Article *a,
              guint32        k)
{
  if (_article_token_is_char (a, k, '(') && k + 2 < article_n_tokens (a)
      && _article_token_is_char (a, k + 2, ')'))
    return k + 3;
  return k;
}

/* The person named after a role phrase that starts at @j, when the
 * phrase holds a role noun: "Chief of Defense Air Chief Marshal X",
 * "Coordinating Minister for Maritime Affairs and Investment X",
 * "Menteri Koordinator Bidang Kemaritiman dan Investasi X", "(Norwegia)
 * sekaligus Wakil Perdana Menteri X". Its words are capitalised, role
 * nouns, or the small words that join a portfolio's parts or two posts.
 * Returns the person's first token, or NO_INDEX. */
static guint32
person_after_role (const Article *a,
                   guint32        j,
                   guint32        limit)
{
  static const char *joiners[] = {
    "of", "for", "and", "the", "dan", "untuk", "bidang", "urusan", "sekaligus", "merangkap",
  };
  gboolean role = FALSE;

  for (guint32 k = j; k < limit && k < j + 12; k++)
    {
      guint32 m = _article_mention_at (a, k);
      const Token *t = article_token (a, k);

      if (m != NO_INDEX)
        {
          const Mention *mention = _article_mention (a, m);

          return role && mention->first_token == k
                 && entity (a, mention->entity)->kind == TAUTAN_ENTITY_PERSON ? k : NO_INDEX;
        }
      if (k > j && (t->flags & TOKEN_LINE))
        return NO_INDEX;
      if (_article_match_at (a, k, LEX_TITLE, NULL, NULL))
        role = TRUE;
      else if ((k > j || word_is (a, k, "sekaligus") || word_is (a, k, "merangkap")) && k + 1 < limit
               && (WORD_AMONG (a, k, joiners) || _article_token_is_punct (a, k, "/"))
               && (article_token (a, k + 1)->flags & TOKEN_CAPITAL))
        continue;
      else if (t->kind != TOKEN_WORD || !(t->flags & TOKEN_CAPITAL))
        return NO_INDEX;
    }
  return NO_INDEX;
}

/* A state named just before a person is the person's: "Presiden Rusia
 * Vladimir Putin" is Putin, "Singapore's Prime Minister Lee Hsien Loong"
 * is Lee. */
static gboolean
state_modifies_next (const Article *a,
                     guint32        m)
{
  const Mention *cur = _article_mention (a, m);
  guint32 after = past_possessive (a, cur->end_token);
  guint32 next = _article_mention_at (a, cur->end_token);

  if (entity (a, cur->entity)->kind != TAUTAN_ENTITY_STATE)
    return FALSE;
  /* "the United States National Security Council", "UK Home Office": the
   * body is the party */
  if (next != NO_INDEX && entity (a, _article_mention (a, next)->entity)->kind == TAUTAN_ENTITY_ORGANISATION
      && (article_token (a, cur->end_token)->flags & TOKEN_SPACE)
      && !(article_token (a, cur->end_token)->flags & TOKEN_LINE))
    return TRUE;
  /* "Menteri Luar Negeri Korea Selatan Cho Tae-yul", also across a title,
   * and past the state's acronym in brackets: "the Republic of Korea
   * (ROK) Defense Minister Song Young-moo" */
  if (after > cur->end_token)
    next = NO_INDEX;
  {
    guint32 k = past_acronym (a, after);

    if (k > after)
      next = NO_INDEX;
    for (guint32 steps = 0; steps < 4 && next == NO_INDEX; steps++)
      {
        guint32 len = 0;

        if (!_article_match_at (a, k, LEX_TITLE, &len, NULL))
          break;
        k += MAX (len, 1);
        next = _article_mention_at (a, k);
      }
  }
  /* "Japan Minister of Defense Itsunori Onodera", "the Republic of Korea
   * (ROK) Minister of National Defense Song Young-moo": a title with its
   * portfolio, after the state's acronym in brackets */
  if (next == NO_INDEX)
    {
      guint32 k = after;
      guint32 n = 0;

      k = past_acronym (a, k);
      if (k < article_n_tokens (a) && _article_match_at (a, k, LEX_TITLE, &n, NULL) && n > 0
          && k + n < article_n_tokens (a) && word_is (a, k + n, "of"))
        for (guint32 j = k + n + 1; j < k + n + 5 && j < article_n_tokens (a); j++)
          {
            const Token *t = article_token (a, j);

            if ((next = _article_mention_at (a, j)) != NO_INDEX)
              break;
            if (t->kind != TOKEN_WORD || (!(t->flags & TOKEN_CAPITAL) && !word_is (a, j, "the"))
                || (t->flags & TOKEN_LINE))
              break;
          }
    }
  /* "Chilean Energy Minister X", "Pakistani Deputy Prime Minister/Foreign
   * Minister X", "Slovak Minister of Foreign and European Affairs X": any
   * role phrase between the state and the person */
  if (next == NO_INDEX)
    {
      guint32 person = person_after_role (a, past_acronym (a, after), article_n_tokens (a));

      if (person != NO_INDEX)
        next = _article_mention_at (a, person);
    }
  return next != NO_INDEX && entity (a, _article_mention (a, next)->entity)->kind == TAUTAN_ENTITY_PERSON
         && !(article_token (a, cur->end_token)->flags & TOKEN_LINE);
}

/* After a name at @k: past "beserta istri", "bersama suaminya", "and
 * his wife", "with his wife"; returns where the list goes on. */
static guint32
past_companion (const Article *a,
                guint32        k,
                guint32        limit)
{
  static const char *joiners[] = { "beserta", "bersama", "dan", "and", "with" };
  static const char *kin[] = { "istri", "istrinya", "suami", "suaminya", "wife", "husband", "spouse" };
  guint32 j = k;

  if (j >= limit || !WORD_AMONG (a, j, joiners))
    return k;
  j++;
  if (j < limit && (word_is (a, j, "his") || word_is (a, j, "her")))
    j++;
  if (j < limit && WORD_AMONG (a, j, kin))
    return j + 1;
  return k;
}

/* Nouns for people who stand for a body: "representatives of X",
 * "students and faculty at X", "X management". */
static const char *members[] = {
  "representatives", "members", "officials", "leaders", "students", "faculty", "staff", "management",
  "delegates", "employees", "teachers", "perwakilan", "wakil", "pimpinan", "anggota", "pejabat", "jajaran",
  "mahasiswa", "siswa", "pelajar", "pengurus", "guru",
};

/* "representatives of the Tarakan branch of X", "students and faculty
 * at X", "perwakilan dari X": people named by the body they are from.
 * Returns the body's first token, or NO_INDEX. */
static guint32
body_of_members (const Article *a,
                 guint32        j,
                 guint32        limit)
{
  static const char *froms[] = { "of", "at", "from", "dari" };
  guint32 k = j;

  if (k >= limit || !WORD_AMONG (a, k, members))
    return NO_INDEX;
  while (k < limit && k < j + 4 && (WORD_AMONG (a, k, members) || _article_token_is (a, k, LEX_CONJ, NULL)))
    k++;
  if (k >= limit || !WORD_AMONG (a, k, froms))
    return NO_INDEX;
  for (guint32 end = k + 7; ++k < limit && k < end;)
    {
      guint32 m = _article_mention_at (a, k);

      /* the body, not the town of its branch: "the Tarakan branch of X" */
      if (m != NO_INDEX && entity (a, _article_mention (a, m)->entity)->kind != TAUTAN_ENTITY_PLACE
          && !(word_is (a, _article_mention (a, m)->end_token, "branch")
               || word_is (a, _article_mention (a, m)->end_token, "branches")))
        return k;
      /* "the Tarakan branches of the", "cabang" */
      if (!(word_is (a, k, "the") || WORD_AMONG (a, k, froms) || word_is (a, k, "branch") || word_is (a, k, "branches")
            || word_is (a, k, "cabang") || _article_mention_at (a, k) != NO_INDEX
            || (article_token (a, k)->kind == TOKEN_WORD && (article_token (a, k)->flags & TOKEN_CAPITAL))))
        return NO_INDEX;
    }
  return NO_INDEX;
}

/* After a body's name at @k: past "management at the Tarakan port", the
 * people it stands for and where, to the comma or "and" that goes on. */
static guint32
past_members (const Article *a,
              guint32        k,
              guint32        limit)
{
  if (k >= limit || !WORD_AMONG (a, k, members))
    return k;
  for (guint32 j = k + 1; j < limit && j < k + 8; j++)
    {
      guint32 m = _article_mention_at (a, j);

      if (_article_token_is_punct (a, j, ","))
        return j;
      if ((m != NO_INDEX && entity (a, _article_mention (a, m)->entity)->kind != TAUTAN_ENTITY_PLACE)
          || article_token (a, j)->kind != TOKEN_WORD || _article_token_is (a, j, LEX_VERB, NULL)
          || _article_token_is (a, j, LEX_EVENT, NULL) || _article_token_is (a, j, LEX_SPEECH, NULL))
        return k;
    }
  return k;
}

/* The names joined by "dan", "and" and commas from the mention at @i on;
 * returns the token after the group. */
static guint32
group_forward (Article *a,
               guint32  i,
               guint32  limit,
               GArray  *out)
{
  guint32 m = _article_mention_at (a, i);

  while (m != NO_INDEX && i < limit)
    {
      const Mention *cur = _article_mention (a, m);
      guint32 k = cur->end_token;
      guint32 e = cur->entity;
      TautanEntityKind kind = entity (a, e)->kind;
      guint32 role_from;

      /* "Presiden Amerika, Barack Obama", "Menteri Luar Negeri Rusia,
       * Sergei Lavrov": a role set off by a comma before the name is the
       * person's, not a party of its own */
      if (kind == TAUTAN_ENTITY_STATE && cur->title_start != NO_INDEX && k + 1 < limit
          && _article_token_is_punct (a, k, ",") && _article_mention_at (a, _article_past_honorifics (a, k + 1)) != NO_INDEX
          && entity (a, _article_mention (a, _article_mention_at (a, _article_past_honorifics (a, k + 1)))->entity)->kind
             == TAUTAN_ENTITY_PERSON)
        {
          i = _article_past_honorifics (a, k + 1);
          m = _article_mention_at (a, i);
          continue;
        }
      /* "Menteri LHK RI Siti Nurbaya", "Direktur USAID Jeff Cohen": a
       * body inside the role before a person is the person's (and so is
       * a portfolio's short form read as a name of its own) */
      if ((kind == TAUTAN_ENTITY_ORGANISATION || kind == TAUTAN_ENTITY_PERSON) && cur->first_token > 0
          && _article_mention_at (a, cur->first_token - 1) == NO_INDEX
          && (_article_token_is (a, cur->first_token - 1, LEX_TITLE, NULL)
              || (cur->first_token > 1 && word_is (a, cur->first_token - 1, "of")
                  && _article_token_is (a, cur->first_token - 2, LEX_TITLE, NULL))
              /* "USAID Director Anna Holt": the role after the body */
              || (kind == TAUTAN_ENTITY_ORGANISATION && _article_mention_at (a, k) == NO_INDEX
                  && _article_token_is (a, k, LEX_TITLE, NULL))))
        {
          guint32 j = k;

          while (kind == TAUTAN_ENTITY_ORGANISATION && j < limit && j < k + 4 && _article_mention_at (a, j) == NO_INDEX
                 && _article_token_is (a, j, LEX_TITLE, NULL))
            j++;
          if (_article_mention_at (a, j) != NO_INDEX
              && entity (a, _article_mention (a, _article_mention_at (a, j))->entity)->kind == TAUTAN_ENTITY_STATE)
            j = _article_mention (a, _article_mention_at (a, j))->end_token;
          if (j < limit && _article_mention_at (a, j) != NO_INDEX
              && entity (a, _article_mention (a, _article_mention_at (a, j))->entity)->kind == TAUTAN_ENTITY_PERSON
              && !(article_token (a, j)->flags & TOKEN_LINE))
            {
              i = j;
              m = _article_mention_at (a, j);
              continue;
            }
        }
      /* "Presiden AS" with no name is the president the text names */
      if (kind == TAUTAN_ENTITY_STATE && cur->title_start != NO_INDEX && !state_modifies_next (a, m))
        {
          guint32 person = _article_resolve_title (a, cur->title_start, cur->end_token, cur->first_token);

          if (person != NO_INDEX)
            e = person, kind = TAUTAN_ENTITY_PERSON;
        }
      if (!state_modifies_next (a, m) && kind != TAUTAN_ENTITY_MEDIA
          && (kind != TAUTAN_ENTITY_PLACE || out->len == 0))
        _tautan_append_unique (out, e);
      /* "kedua pemimpin": both */
      if (cur->entity2 != NO_INDEX)
        _tautan_append_unique (out, cur->entity2);

      /* "X beserta istri, Y", "X and his wife, Y": a companion named by
       * kin is no party, and the list goes on after it */
      k = past_companion (a, k, limit);
      if (state_modifies_next (a, m))
        k = past_acronym (a, past_possessive (a, k));
      role_from = k;
      /* the next name: adjacent (a modified person), or after a joiner */
      while (k < limit && (_article_match_at (a, k, LEX_TITLE, NULL, NULL) && _article_mention_at (a, k) == NO_INDEX))
        k++;
      /* past a portfolio to the person the state modifies: "Japan
       * Minister of Defense Itsunori Onodera" */
      if (state_modifies_next (a, m))
        for (guint32 j = k; j < limit && j < k + 8 && _article_mention_at (a, k) == NO_INDEX; j++)
          if (_article_mention_at (a, j) != NO_INDEX)
            k = j;
      if (state_modifies_next (a, m) && _article_mention_at (a, k) == NO_INDEX
          && person_after_role (a, role_from, limit) != NO_INDEX)
        k = person_after_role (a, role_from, limit);
      if (_article_mention_at (a, k) != NO_INDEX
          && (state_modifies_next (a, m)
              || (kind == TAUTAN_ENTITY_PLACE && k > cur->end_token
                  && entity (a, _article_mention (a, _article_mention_at (a, k))->entity)->kind == TAUTAN_ENTITY_PERSON)))
        {
          i = k;
          m = _article_mention_at (a, k);
          continue;
        }
      if (kind == TAUTAN_ENTITY_ORGANISATION)
        k = past_members (a, k, limit);
      if (k < limit && (_article_token_is_punct (a, k, ",") || _article_token_is (a, k, LEX_CONJ, NULL)))
        {
          guint32 j = k + 1;

          if (_article_token_is_punct (a, k, ",") && _article_token_is (a, j, LEX_CONJ, NULL))
            j++;
          if (body_of_members (a, j, limit) != NO_INDEX)
            {
              i = body_of_members (a, j, limit);
              m = _article_mention_at (a, i);
              continue;
            }
          /* past the whole of a title: "Menteri Pertahanan X", "Defense
           * Minister X" */
          while (j < limit && _article_mention_at (a, j) == NO_INDEX)
            {
              guint32 len = 1;

              if (!_article_match_at (a, j, LEX_TITLE, &len, NULL) && !word_is (a, j, "the"))
                break;
              j += MAX (len, 1);
            }
          if (_article_mention_at (a, j) != NO_INDEX)
            {
              i = j;
              m = _article_mention_at (a, j);
              continue;
            }
          /* "met with A, Chief of Defense Air Chief Marshal B, and C":
           * past a whole role phrase to the person it names */
          if (entity (a, e)->kind == TAUTAN_ENTITY_PERSON)
            {
              guint32 start = _article_token_is_punct (a, k, ",") && _article_token_is (a, k + 1, LEX_CONJ, NULL) ? k + 2 : k + 1;

              j = person_after_role (a, start, limit);
              if (j != NO_INDEX)
                {
                  i = j;
                  m = _article_mention_at (a, j);
                  continue;
                }
            }
        }
      return cur->end_token;
    }
  return i;
}

/* Whether the words after an arrival say it is for a visit or talks. */
static gboolean
visit_said (const Article *a,
            guint32        from,
            guint32        end)
{
  static const char *words[] = {
    "kunjungan", "lawatan", "berkunjung", "bertemu", "pembicaraan", "perundingan", "ktt",
    "visit", "talks", "meet", "meeting", "summit",
  };

  for (guint32 k = from; k < end; k++)
    if (WORD_AMONG (a, k, words))
      return TRUE;
  return FALSE;
}

/* The preposition before the name at @i, past its role ("kepada
 * Presiden RI Joko Widodo", "to Foreign Minister X"), or 0. */
static guint32
prep_before (const Article *a,
             guint32        i)
{
  guint32 v;

  for (guint steps = 0; i > 0 && steps < 6; steps++)
    {
      guint32 m = _article_mention_at (a, i - 1);

      if (m != NO_INDEX && entity (a, _article_mention (a, m)->entity)->kind == TAUTAN_ENTITY_STATE)
        i = _article_mention (a, m)->first_token;
      else if (m == NO_INDEX && _article_token_is (a, i - 1, LEX_TITLE, NULL))
        i--;
      else
        break;
    }
  if (i == 0 || !_article_token_is (a, i - 1, LEX_PREP, &v))
    return 0;
  return v;
}

/* How a name after the cue stands to it, by the word before it: -1 not
 * a target (a place, a time, an agent), 1 a recipient or partner
 * ("kepada", "dengan"), 0 a direct object. */
static int
target_role (const Article *a,
             guint32        i,
             const char    *type)
{
  guint32 v = prep_before (a, i);

  /* "concern about China's drills", "kritik tentang Kanada": for a
   * criticism the topic is the one criticised */
  if (g_str_equal (type, "criticise") && i > 0
      && (word_is (a, i - 1, "about") || word_is (a, i - 1, "tentang")
          || word_is (a, i - 1, "mengenai")))
    return 0;
  if (v == 0)
    return 0;
  /* "mengutuk peluncuran roket oleh Korea Utara", "condemned the launch
   * by North Korea": whoever did the act condemned is the one condemned */
  if (v == PREP_BY && (g_str_equal (type, "criticise") || g_str_equal (type, "reject") || g_str_equal (type, "deny")))
    return 0;
  switch (v)
    {
    case PREP_TO:
    case PREP_WITH:
    case PREP_FOR:
      return 1;
    case PREP_AGAINST:
    case PREP_OF:
      return 0;
    case PREP_AT:
      /* "berkunjung ke", "visit in": the host is the place visited;
       * "fired at a loudspeaker in South Korea": the state hit; "aid
       * in Indonesia": the state helped (a town is no party) */
      return g_str_equal (type, "meet") || g_str_equal (type, "attack") || g_str_equal (type, "aid") ? 0 : -1;
    default:
      return -1;
    }
}

static gboolean
recipient_first (const char *type)
{
  static const char * const types[] = {
    "support", "congratulate", "promise", "aid", "supply-weapons", "military-cooperation", "appeal",
    "meet", "sign-agreement",
    NULL,
  };

  return g_strv_contains (types, type);
}

/* Whether the word at @k reads as a verb, which starts a clause of its
 * own: a cue or known verb, or in Indonesian a word with a verb's
 * prefix (me-, ber-: "membiayai", "berusaha"), not a noun that looks
 * like one. */
static gboolean
looks_like_verb (const Article *a,
                 guint32        k)
{
  static const char *nouns[] = {
    "mereka", "media", "merdeka", "menteri", "berita", "berbagai", "bersama", "bersejarah",
    "menit", "meter", "metode", "mekanisme", "mesin", "bersih", "berat", "benar", "besar",
  };
  const Token *t;
  const char *w;
  gsize n;

  if (k >= article_n_tokens (a))
    return FALSE;
  if (_article_token_is (a, k, LEX_EVENT, NULL) || _article_token_is (a, k, LEX_SPEECH, NULL)
      || _article_token_is (a, k, LEX_VERB, NULL) || _article_token_is (a, k, LEX_SEND, NULL)
      || _article_token_is (a, k, LEX_LIGHT_VERB, NULL) || _article_token_is (a, k, LEX_INTENT, NULL))
    return TRUE;
  t = article_token (a, k);
  if (a->language != 0 || t->kind != TOKEN_WORD || (t->flags & (TOKEN_CAPITAL | TOKEN_UPPER)) || t->end - t->start < 6
      || _article_token_is (a, k, LEX_PREP, NULL) || _article_token_is (a, k, LEX_TITLE, NULL)
      || _article_token_is (a, k, LEX_ORG_HEAD, NULL) || _article_mention_at (a, k) != NO_INDEX)
    return FALSE;
  w = a->text + t->start;
  n = t->end - t->start;
  for (guint i = 0; i < G_N_ELEMENTS (nouns); i++)
    if (strlen (nouns[i]) == n && g_ascii_strncasecmp (w, nouns[i], n) == 0)
      return FALSE;
  return g_ascii_strncasecmp (w, "me", 2) == 0 || g_ascii_strncasecmp (w, "ber", 3) == 0;
}

/* "untuk membiayai", "agar", "to help": what follows is the purpose of
 * the act, not its party. */
static gboolean
purpose_at (const Article *a,
            guint32        k)
{
  const Token *next;

  if (word_is (a, k, "untuk") || word_is (a, k, "guna"))
    return looks_like_verb (a, k + 1);
  if (!word_is (a, k, "to") || k + 1 >= article_n_tokens (a) || _article_mention_at (a, k + 1) != NO_INDEX)
    return FALSE;
  next = article_token (a, k + 1);
  /* "to help" and not "to the government", "to his family" */
  return next->kind == TOKEN_WORD && !(next->flags & (TOKEN_CAPITAL | TOKEN_UPPER))
         && !_article_token_is (a, k + 1, LEX_DEMONSTRATIVE, NULL) && !_article_token_is (a, k + 1, LEX_ANON, NULL)
         && !word_is (a, k + 1, "his") && !word_is (a, k + 1, "her") && !word_is (a, k + 1, "its")
         && !word_is (a, k + 1, "their") && !word_is (a, k + 1, "our") && !word_is (a, k + 1, "local")
         && !_article_match_at (a, k + 1, LEX_TITLE, NULL, NULL);
}

/* "(yang) diproduksi di X", "berasal dari X", "made in X", "produced in
 * X" at @k: X, the state the goods come from, goes to @out. */
static gboolean
made_in_state (Article *a,
               guint32  k,
               guint32  limit,
               GArray  *out)
{
  static const char *words[] = { "diproduksi", "dibuat", "berasal", "asal", "made", "produced", "manufactured", "originating" };
  gboolean made = FALSE;
  guint32 at = k;
  guint32 m;

  if (word_is (a, at, "yang") || word_is (a, at, "that") || word_is (a, at, "which"))
    at++;
  for (guint w = 0; w < G_N_ELEMENTS (words) && !made; w++)
    made = word_is (a, at, words[w]);
  if (!made || at + 2 >= limit)
    return FALSE;
  at++;
  if (word_is (a, at, "di") || word_is (a, at, "dari") || word_is (a, at, "in") || word_is (a, at, "from"))
    at++;
  m = _article_mention_at (a, at);
  if (m == NO_INDEX || entity (a, _article_mention (a, m)->entity)->kind != TAUTAN_ENTITY_STATE)
    return FALSE;
  _tautan_append_unique (out, _article_mention (a, m)->entity);
  return TRUE;
}

/* "yang dilakukan oleh X", "that were carried out by X", "which X
 * carried out" at @rel: X, the agent of the act the relative clause
 * describes, goes to @out. */
static gboolean
agent_of_relative (Article *a,
                   guint32  rel,
                   guint32  limit,
                   GArray  *out)
{
  guint32 k = rel + 1;

  /* past "were", "telah", "sebelumnya" */
  while (k < limit && k < rel + 4 && _article_token_is (a, k, LEX_AUX, NULL))
    k++;
  /* "the commitments that Venezuela has made", "upaya yang Indonesia
   * lakukan": the relative clause's own subject did the act */
  if (k < limit && _article_mention_at (a, k) != NO_INDEX)
    {
      guint32 end = _article_mention (a, _article_mention_at (a, k))->end_token;
      guint32 v = end;

      while (v < limit && v < end + 3 && _article_token_is (a, v, LEX_AUX, NULL))
        v++;
      if (v < limit && article_token (a, v)->kind == TOKEN_WORD && !(article_token (a, v)->flags & TOKEN_CAPITAL)
          && (_article_token_is (a, v, LEX_LIGHT_VERB, NULL) || _article_token_is (a, v, LEX_VERB, NULL)
              || looks_like_verb (a, v) || a->language == 0
              || (article_token (a, v)->end - article_token (a, v)->start > 3
                  && g_ascii_strncasecmp (a->text + article_token (a, v)->end - 2, "ed", 2) == 0)))
        {
          group_forward (a, k, limit, out);
          return out->len > 0;
        }
      return FALSE;
    }
  if (k >= limit || article_token (a, k)->kind != TOKEN_WORD || _article_mention_at (a, k) != NO_INDEX)
    return FALSE;
  /* a passive verb: "dilakukan", "carried (out)", "launched" */
  {
    const Token *t = article_token (a, k);
    const char *w = a->text + t->start;
    gsize n = t->end - t->start;

    if (!((n > 4 && g_ascii_strncasecmp (w, "di", 2) == 0) || (n > 4 && g_ascii_strncasecmp (w + n - 2, "ed", 2) == 0)))
      return FALSE;
  }
  k++;
  if (k < limit && (word_is (a, k, "out") || word_is (a, k, "up")))
    k++;
  if (!(k + 1 < limit && _article_match_with (a, k, LEX_PREP, PREP_BY, NULL)))
    return FALSE;
  k++;
  /* "oleh kapal-kapal China", "by Chinese vessels": the state of the
   * vessels, the forces, the units named */
  for (guint32 j = k; j < limit && j < k + 4; j++)
    {
      if (_article_mention_at (a, j) != NO_INDEX)
        {
          group_forward (a, j, limit, out);
          return out->len > 0;
        }
      if (article_token (a, j)->kind != TOKEN_WORD && !_article_token_is_punct (a, j, "-"))
        break;
    }
  return FALSE;
}

/* The state whose commitment a promise restates (@m its mention). */
static gboolean
commitment_owner (const Article *a,
                  guint32        m)
{
  const Mention *cur = _article_mention (a, m);
  guint32 after = past_possessive (a, cur->end_token);

  /* "the United States' commitments": a bare apostrophe after an s */
  if (after == cur->end_token && _article_token_is_punct (a, after, "'’"))
    after++;
  /* "the ironclad U.S. commitment": the state as an attribute too */
  if (word_is (a, after, "commitment") || word_is (a, after, "commitments") || word_is (a, after, "pledge"))
    return TRUE;
  return cur->first_token > 0 && word_is (a, cur->first_token - 1, "komitmen");
}

/* Whether the cue at @cue is a welcome ("welcomed") whose object is a
 * person met, not their act: the first name after it, past a title or a
 * state before one, is a person's with no possessive. */
static gboolean
welcome_of_guest (const Article *a,
                  guint32        cue,
                  guint32        from,
                  guint32        end)
{
  guint32 k = from, m;

  if (!word_is (a, cue, "welcomed") && !word_is (a, cue, "welcomes") && !word_is (a, cue, "welcome"))
    return FALSE;
  for (guint steps = 0; k < end && steps < 6; steps++)
    {
      guint32 len = 1;

      m = _article_mention_at (a, k);
      if (m != NO_INDEX && state_modifies_next (a, m))
        k = _article_mention (a, m)->end_token;
      else if (m == NO_INDEX && (_article_match_at (a, k, LEX_TITLE, &len, NULL) || word_is (a, k, "the")))
        k += MAX (len, 1);
      else
        break;
    }
  m = k < end ? _article_mention_at (a, k) : NO_INDEX;
  return m != NO_INDEX && entity (a, _article_mention (a, m)->entity)->kind == TAUTAN_ENTITY_PERSON
         && past_possessive (a, _article_mention (a, m)->end_token) == _article_mention (a, m)->end_token;
}

/* "to help", "untuk membantu": a purpose that names whom an act is for;
 * a pledge "to defend" or "untuk melindungi" X is made to X too. */
static gboolean
help_purpose_at (const Article *a,
                 guint32        k)
{
  static const char *helps[] = {
    "help", "assist", "support", "aid", "membantu", "mendukung", "menolong", "mendampingi",
    "defend", "protect", "membela", "melindungi",
  };

  if (!(word_is (a, k, "to") || word_is (a, k, "untuk") || word_is (a, k, "akan")) || k + 1 >= article_n_tokens (a))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (helps); i++)
    if (word_is (a, k + 1, helps[i]))
      return TRUE;
  return FALSE;
}

static void
targets_within (Article    *a,
                guint32     from,
                guint32     limit,
                const char *type,
                gboolean    quoted,
                GArray     *out)
{
  guint32 object = NO_INDEX;
  gboolean places = g_str_equal (type, "meet") || g_str_equal (type, "attack") || g_str_equal (type, "aid");
  /* "mengancam akan melancarkan serangan terhadap X", "threatened to
   * strike X": a threat is aimed at whom the threatened act would hit */
  gboolean threat = g_str_equal (type, "threaten") || g_str_equal (type, "reject");
  /* "membantah kemungkinan pembicaraan dengan X", "mengecam pengiriman
   * pasukan ke X", "mengusulkan pembicaraan dengan X": an act named as
   * the object is what is rejected or asked for, and its party is the
   * one rejected or asked */
  gboolean object_acts = g_str_equal (type, "reject") || g_str_equal (type, "deny")
                         || g_str_equal (type, "criticise") || g_str_equal (type, "appeal");

  for (guint32 k = from; k < limit && k < from + 18; k++)
    {
      guint32 m = _article_mention_at (a, k);
      guint32 v;
      int role;
      const Payload *p;

      if (a->token_quote[k] != NO_INDEX && !quoted)
        continue;
      /* "tarif untuk aluminium yang diproduksi di Rusia", "tariffs on
       * steel made in China": a measure on goods hits their state */
      if (g_str_equal (type, "sanction") && made_in_state (a, k, limit, out))
        return;
      /* "mengecam tindakan yang dilakukan oleh kapal-kapal China",
       * "condemned the acts that were carried out by X": whoever did the
       * act criticised, rejected or denied is its target */
      if ((object_acts || g_str_equal (type, "support")) && !g_str_equal (type, "appeal")
          && _article_token_is (a, k, LEX_REL, NULL) && agent_of_relative (a, k, limit, out))
        return;
      /* "pledged to help Indonesia", "berjanji untuk membantu Indonesia":
       * a promise of help is made to whom it would help */
      if (g_str_equal (type, "promise") && m == NO_INDEX && help_purpose_at (a, k))
        {
          k++;
          continue;
        }
      /* the clause ends: ";", "yang", "setelah", another act, "dan" + a
       * verb ("dan keamanan di Indonesia" goes on), a purpose */
      if (_article_token_is_punct (a, k, ";:") || _article_token_is (a, k, LEX_REL, NULL)
          || (_article_token_is (a, k, LEX_PREP, &v) && v == PREP_CLAUSE)
          || (k > from && m == NO_INDEX && _article_match_at (a, k, LEX_EVENT, NULL, &p) && !threat
              && !((object_acts || g_str_equal (type, "support")) && (_tautan_event_cues[p->value].flags & EVENT_CUE_NOUN)))
          || (_article_token_is (a, k, LEX_CONJ, NULL) && _article_mention_at (a, k + 1) == NO_INDEX
              && !_article_match_at (a, k + 1, LEX_TITLE, NULL, NULL)
              && (a->language != 0 || looks_like_verb (a, k + 1) || article_token (a, k + 1)->kind != TOKEN_WORD))
          || (m == NO_INDEX && !threat && purpose_at (a, k)))
        break;
      if (m == NO_INDEX)
        continue;
      /* "reaffirmed the United States' commitments to Japan", "komitmen
       * Indonesia untuk Palestina": whose commitment it is says who
       * promises, not to whom */
      if (g_str_equal (type, "promise") && commitment_owner (a, m))
        {
          k = _article_mention (a, m)->end_token - 1;
          continue;
        }
      role = target_role (a, _article_mention (a, m)->first_token, type);
      if (role < 0 || entity (a, _article_mention (a, m)->entity)->kind == TAUTAN_ENTITY_MEDIA
          || (!places && entity (a, _article_mention (a, m)->entity)->kind == TAUTAN_ENTITY_PLACE))
        {
          k = _article_mention (a, m)->end_token - 1;
          continue;
        }
      /* "ucapan selamat Hari Kemenangan kepada Putin": the recipient */
      /* after the object, "for" gives the reason: "thanked X for
       * Indonesia's leadership" */
      if (role == 1 && object != NO_INDEX && prep_before (a, _article_mention (a, m)->first_token) == PREP_FOR)
        {
          k = _article_mention (a, m)->end_token - 1;
          continue;
        }
      /* a second object is no recipient: "hosted Widodo at the White
       * House" */
      if (role == 0 && recipient_first (type))
        {
          if (object == NO_INDEX)
            object = k;
          k = _article_mention (a, m)->end_token - 1;
          continue;
        }
      group_forward (a, k, limit, out);
      return;
    }
  if (object != NO_INDEX)
    group_forward (a, object, limit, out);
}

/* The parties named after a cue, outside quotes. */
static void
targets_after (Article    *a,
               guint32     from,
               guint32     limit,
               const char *type,
               GArray     *out)
{
  targets_within (a, from, limit, type, FALSE, out);
}

/* The cues of lexicon.c that refuse an act named after them. */
static gboolean
refusal_cue (guint32 cue_index)
{
  static const char * const refusals[] = {
    "refused to", "refuses to", "declined to", "declines to", "menolak untuk", "tidak bersedia",
    "tak bersedia", "enggan", "tidak mau", "tak mau", NULL,
  };

  return g_strv_contains (refusals, _tautan_event_cues[cue_index].phrase);
}

/* Whether a refusal cue ends right before @cue, past an auxiliary or
 * "untuk": "refused to hold talks", "enggan berunding". */
static gboolean
refused_before (const Article *a,
                guint32        first,
                guint32        cue)
{
  for (guint32 j = cue, back = 0; j-- > first && back < 4; back++)
    {
      const Payload *p;
      guint32 len;

      if (_article_match_at (a, j, LEX_EVENT, &len, &p) && refusal_cue (p->value) && j + len <= cue
          && j + len + 1 >= cue)
        return TRUE;
    }
  return FALSE;
}

static gboolean
negated_or_hypothetical (const Article *a,
                         guint32        first,
                         guint32        cue)
{
  /* the act refused is not done: the refusal is the event */
  if (refused_before (a, first, cue))
    return TRUE;
  for (guint32 k = cue, steps = 0; k-- > first && steps < 3; steps++)
    {
      const char *w = a->text + article_token (a, k)->start;
      gsize n = article_token (a, k)->end - article_token (a, k)->start;

      if (_article_token_is (a, k, LEX_NEGATION, NULL))
        return TRUE;
      /* "meminta Pyongyang untuk memasok", "agreed to meet": wanted, not
       * done; "mengirim surat untuk memberi selamat": done; and so is what
       * a call or a meeting was for: "menelepon X untuk mengucapkan
       * selamat", "spoke with X to congratulate him" */
      if ((n == 5 && g_ascii_strncasecmp (w, "untuk", 5) == 0) || (n == 2 && g_ascii_strncasecmp (w, "to", 2) == 0))
        {
          for (guint32 j = k, back = 0; j-- > first && back < 8; back++)
            {
              const Payload *p;

              if (_article_match_at (a, j, LEX_EVENT, NULL, &p) && g_str_equal (_tautan_event_cues[p->value].type, "meet")
                  && !_article_token_is (a, j, LEX_INTENT, NULL))
                return FALSE;
              if (_article_token_is (a, j, LEX_INTENT, NULL) || _article_token_is (a, j, LEX_EVENT, NULL)
                  || _article_token_is_punct (a, j, ","))
                return TRUE;
            }
          return FALSE;
        }
      if (!_article_token_is (a, k, LEX_AUX, NULL))
        break;
    }
  return FALSE;
}

/* The first token of the name after "oleh", "by" at @by, past its role
 * and article ("by Prime Minister Boris Johnson", "by the UN"), or
 * NO_INDEX when no name follows. */
static guint32
agent_after (const Article *a,
             guint32        by,
             guint32        end)
{
  guint32 k = by + 1;
  guint32 n;

  if (!_article_match_with (a, by, LEX_PREP, PREP_BY, NULL))
    return NO_INDEX;
  while (k < end && k < by + 6 && _article_mention_at (a, k) == NO_INDEX)
    {
      if (word_is (a, k, "the"))
        k++;
      else if (_article_match_at (a, k, LEX_TITLE, &n, NULL))
        k += n;
      else
        break;
    }
  return k < end && _article_mention_at (a, k) != NO_INDEX ? k : NO_INDEX;
}

/* "was reportedly rejected by X", "were criticised by Y": a one-word
 * English cue ending in -ed after a form of "be" (past adverbs) with
 * "by" and a name after it is passive, whatever the verb. */
static gboolean
english_passive (const Article *a,
                 guint32        first,
                 guint32        cue,
                 guint32        n,
                 guint32        end)
{
  static const char *be[] = { "was", "were", "is", "are", "been", "being", "be" };
  const Token *t = article_token (a, cue);
  gboolean after_be = FALSE;

  if (n != 1 || t->end - t->start < 4 || g_ascii_strncasecmp (a->text + t->end - 2, "ed", 2) != 0)
    return FALSE;
  for (guint32 k = cue, steps = 0; k-- > first && steps < 3; steps++)
    {
      if (WORD_AMONG (a, k, be))
        {
          after_be = TRUE;
          break;
        }
      if (!_article_token_is (a, k, LEX_AUX, NULL) && !word_is (a, k, "allegedly"))
        break;
    }
  /* "a plan backed by X", "the move condemned by Y": a participle
   * after a noun with its agent right after it is passive too */
  if (!after_be)
    return cue > first && agent_after (a, cue + 1, end) != NO_INDEX && article_token (a, cue - 1)->kind == TOKEN_WORD
           && _article_mention_at (a, cue - 1) == NO_INDEX && !(article_token (a, cue - 1)->flags & (TOKEN_CAPITAL | TOKEN_UPPER))
           && !_article_token_is (a, cue - 1, LEX_AUX, NULL) && !_article_token_is (a, cue - 1, LEX_PRONOUN, NULL)
           && !_article_token_is (a, cue - 1, LEX_REL, NULL);
  for (guint32 k = cue + 1; k + 1 < end && k < cue + 4; k++)
    if (agent_after (a, k, end) != NO_INDEX)
      return TRUE;
  return FALSE;
}

/* Measures a government announces: "AS akan menjatuhkan sanksi
 * terhadap Rusia", "Japan will send aid": news the day they are
 * announced, unlike a meeting planned ("akan bertemu"), which is not yet
 * an act. */
static gboolean
announced_measure (const char *type)
{
  return g_str_equal (type, "sanction") || g_str_equal (type, "aid") || g_str_equal (type, "supply-weapons")
         || g_str_equal (type, "military-cooperation");
}

static gboolean
future (const Article *a,
        guint32        first,
        guint32        cue)
{
  for (guint32 k = cue, steps = 0; k-- > first && steps < 4; steps++)
    {
      const char *w = a->text + article_token (a, k)->start;
      gsize n = article_token (a, k)->end - article_token (a, k)->start;

      if ((n == 4 && g_ascii_strncasecmp (w, "akan", 4) == 0) || (n == 4 && g_ascii_strncasecmp (w, "will", 4) == 0)
          || (n == 5 && g_ascii_strncasecmp (w, "bakal", 5) == 0) || (n == 9 && g_ascii_strncasecmp (w, "berencana", 9) == 0))
        return TRUE;
      if (!_article_token_is (a, k, LEX_AUX, NULL))
        break;
    }
  return FALSE;
}

/* Who says the act happened, when it is not the actor: "Pejabat Barat
 * percaya …", "…, kata kepala keamanan Moskow", "menurut X". Returns
 * whether the act is only claimed. */
static gboolean
claimed_by_other (Article      *a,
                  const GArray *clauses,
                  guint32  first,
                  guint32  end,
                  guint32  cue,
                  GArray  *actors)
{
  g_autoptr(GArray) who = g_array_new (FALSE, FALSE, sizeof (guint32));
  gboolean claim = FALSE;

  for (guint32 k = first; k < end; k++)
    {
      guint32 flags = 0;
      const Payload *p;

      if (k == cue || a->token_quote[k] != NO_INDEX)
        continue;
      if (_article_match_at (a, k, LEX_SPEECH, NULL, &p))
        flags = p->value;
      if (k < cue && (_article_token_is (a, k, LEX_CLAIM, NULL) || (flags & (SPEECH_AFTER_SPEAKER | SPEECH_EXPRESS))))
        {
          g_array_set_size (who, 0);
          if (_tautan_clause_subject (a, clauses, k, who))
            claim = TRUE;
          if (_article_token_is (a, k, LEX_CLAIM, NULL) && who->len == 0)
            return TRUE;    /* "diduga", "reportedly": no one stands behind it */
          break;
        }
      if (k > cue && (flags & (SPEECH_BEFORE_SPEAKER | SPEECH_ACCORDING)))
        {
          guint32 m = _article_mention_at (a, k + 1);

          g_array_set_size (who, 0);
          for (guint32 j = k + 1; j < end && j < k + 8 && m == NO_INDEX; j++)
            m = _article_mention_at (a, j);
          if (m != NO_INDEX)
            g_array_append_val (who, _article_mention (a, m)->entity);
          else
            return TRUE;    /* "kata kepala keamanan Moskow": someone else */
          claim = TRUE;
          break;
        }
      if (k < cue && (flags & SPEECH_ACCORDING))
        {
          guint32 m = NO_INDEX;

          for (guint32 j = k + 1; j < cue && j < k + 8 && m == NO_INDEX; j++)
            m = _article_mention_at (a, j);
          if (m != NO_INDEX)
            {
              g_array_append_val (who, _article_mention (a, m)->entity);
              claim = TRUE;
            }
        }
    }
  if (!claim || who->len == 0)
    return FALSE;

  /* The actor's own account, its state's or its own media's, is a report. */
  for (guint i = 0; i < who->len; i++)
    {
      guint32 w = g_array_index (who, guint32, i);
      const ArticleEntity *we = entity (a, w);

      if (we->kind == TAUTAN_ENTITY_MEDIA)
        return FALSE;
      for (guint j = 0; j < actors->len; j++)
        {
          guint32 actor = g_array_index (actors, guint32, j);

          if (w == actor || we->affiliation == actor || entity (a, actor)->affiliation == w)
            return FALSE;
          if (we->gazetteer != NO_INDEX && entity (a, actor)->gazetteer != NO_INDEX
              && g_strcmp0 (tautan_gazetteer_get_entry (a->gazetteer, we->gazetteer)->affiliation,
                            tautan_gazetteer_get_entry (a->gazetteer, entity (a, actor)->gazetteer)->id) == 0)
            return FALSE;
          if (we->gazetteer != NO_INDEX && entity (a, actor)->gazetteer != NO_INDEX
              && g_strcmp0 (tautan_gazetteer_get_entry (a->gazetteer, entity (a, actor)->gazetteer)->affiliation,
                            tautan_gazetteer_get_entry (a->gazetteer, we->gazetteer)->id) == 0)
            return FALSE;
        }
    }
  return TRUE;
}

void
_article_date_clear (ArticleDate *date)
{
  g_clear_pointer (&date->words, g_free);
  g_clear_pointer (&date->note, g_free);
}

static void
date_from_expr (Article               *a,
                const ArticleDateExpr *e,
                TautanDateMethod       method,
                const char            *note,
                ArticleDate           *date)
{
  _article_date_clear (date);
  date->start = e->expr.from;
  date->end = e->expr.to;
  date->precision = e->expr.precision;
  date->method = MAX (method, e->expr.method);
  date->words = _article_token_text (a, e->first_token, e->end_token);
  date->note = g_strdup (note);
}

/* How many days before publication an act the text does not date may
 * lie: news reports what was said that day or in the few days before. */
#define UNDATED_DAYS_BEFORE 2

/* How far back "days after", "beberapa hari setelah" may reach */
#define DAYS_AFTER_REACH 14

/* Whether the words at @token stand in a time clause "(beberapa) hari
 * setelah …", "days after …", "a week after …" opened within its
 * sentence before it. */
static gboolean
days_after_clause (const Article *a,
                   guint32        first,
                   guint32        token)
{
  static const char *after[] = { "setelah", "sesudah", "after" };
  static const char *units[] = { "hari", "days", "pekan", "minggu", "week", "weeks", "sepekan", "seminggu" };

  for (guint32 k = token; k-- > first + 1 && token - k < 16;)
    if (WORD_AMONG (a, k, after))
      return WORD_AMONG (a, k - 1, units);
  return FALSE;
}

static gboolean
usable (const ArticleDateExpr *e)
{
  return e->expr.from != TAUTAN_DAY_NONE && !(e->expr.flags & TAUTAN_DATE_EXPR_FUTURE);
}

/* "Whitmore told LA Weekly that on October 6 …": a date after a speech
 * cue's "that" dates what was said, not the saying. */
static gboolean
in_reported_clause (const Article *a,
                    guint32        first,
                    guint32        at)
{
  gboolean cue = FALSE;

  for (guint32 k = first; k < at; k++)
    {
      if (a->token_quote[k] != NO_INDEX)
        continue;
      if (_article_token_is (a, k, LEX_SPEECH, NULL))
        cue = TRUE;
      else if (cue && (word_is (a, k, "that") || word_is (a, k, "bahwa")))
        return TRUE;
    }
  return FALSE;
}

/* "menyerukan agar konsensus yang telah disepakati ASEAN pada April
 * diberlakukan", "called for the consensus that ASEAN agreed in April":
 * a date in a relative clause after the cue dates what the clause says
 * was done before, not the act. A clause whose verb comes first ("a
 * missile that landed on Monday") tells the same moment and keeps it. */
static gboolean
in_relative_clause (const Article *a,
                    guint32        cue,
                    guint32        at)
{
  static const char *done[] = { "telah", "sudah", "pernah", "sempat" };
  static const char *aux[] = { "had", "has", "have", "was", "were" };

  for (guint32 k = cue + 1; k < at; k++)
    {
      if (a->token_quote[k] != NO_INDEX)
        continue;
      if (word_is (a, k, "yang") && k + 1 < at && WORD_AMONG (a, k + 1, done))
        return TRUE;
      if ((word_is (a, k, "that") || word_is (a, k, "which")) && k + 1 < at
          && ((article_token (a, k + 1)->flags & (TOKEN_CAPITAL | TOKEN_UPPER)) || WORD_AMONG (a, k + 1, aux)))
        return TRUE;
    }
  return FALSE;
}

/* "…akan menjatuhkan sanksi, kata X, Rabu (19/6)": a speech cue after
 * the act, whose date is the saying's. */
static gboolean
speech_between (const Article *a,
                guint32        from,
                guint32        to)
{
  for (guint32 k = from; k < to; k++)
    if (a->token_quote[k] == NO_INDEX && _article_token_is (a, k, LEX_SPEECH, NULL))
      return TRUE;
  return FALSE;
}

/* "a plan backed by X in September 2021 was rejected by Y", "X
 * rejected the plan, which Y today rejects": a date between the cue and
 * another act's verb of the sentence, nearer that verb, dates that act,
 * not this one. */
/* Tokens from @from to @to, a comma counting as a clause's edge */
static guint32
reach (const Article *a,
       guint32        from,
       guint32        to)
{
  guint32 d = to - from;

  for (guint32 k = from; k < to; k++)
    if (_article_token_is_punct (a, k, ",;"))
      d += 4;
  return d;
}

static gboolean
nearer_other_act (const Article         *a,
                  const Sentence        *s,
                  const ArticleDateExpr *e,
                  guint32                cue)
{
  guint32 own, cue_n;
  gboolean before;

  /* only an act's own cue competes for its date; what was said is dated
   * by its saying */
  if ((e->first_token <= cue && cue < e->end_token) || !_article_match_at (a, cue, LEX_EVENT, &cue_n, NULL))
    return FALSE;
  before = cue < e->first_token;
  if (before && cue + cue_n > e->first_token)
    return FALSE;
  own = before ? reach (a, cue + cue_n, e->first_token) : reach (a, e->end_token, cue);

  /* only on the date's far side: "Pada Senin, X mengecam Y setelah Z
   * mengirim pasukan" dates both */
  for (guint32 k = s->first_token; k < s->end_token; k++)
    {
      if (before == (k < e->first_token))
        continue;
      const Payload *p;
      guint32 n;

      if (k == cue || (k >= e->first_token && k < e->end_token) || a->token_quote[k] != NO_INDEX
          || !_article_match_at (a, k, LEX_EVENT, &n, &p) || (_tautan_event_cues[p->value].flags & EVENT_CUE_NOUN)
          /* "mendesak Rusia untuk berunding, Selasa": a wanted act is not one */
          || negated_or_hypothetical (a, s->first_token, k) || future (a, s->first_token, k)
          /* "spoke with Y on Monday to congratulate him": what the act was
           * for shares its date, and takes none from it */
          || (k > s->first_token && (word_is (a, k - 1, "to") || word_is (a, k - 1, "untuk"))))
        continue;
      /* its distance to the date, from the other side; a tie goes to the
       * verb before the date, where a time adverbial stands */
      if (k < e->first_token ? k + n <= e->first_token && reach (a, k + n, e->first_token) <= own
                             : k >= e->end_token && reach (a, e->end_token, k) < own)
        return TRUE;
    }
  return FALSE;
}

/* "sampai tanggal 18 November", "until March 1": a deadline in the
 * sentence, not when the act happened. */
static gboolean
deadline (const Article *a,
          guint32        first,
          guint32        at)
{
  static const char *words[] = { "sampai", "hingga", "until", "till", "through" };

  for (guint32 k = at + 1, steps = 0; k-- > first && steps < 3; steps++)
    if (WORD_AMONG (a, k, words))
      return TRUE;
  return FALSE;
}

/**
 * _article_date_is_deadline:
 *
 * Whether the date expression @e is a deadline ("sampai tanggal 18
 * November", "until March 1"): no date of an act, nor of the writing.
 */
gboolean
_article_date_is_deadline (const Article         *a,
                           const ArticleDateExpr *e)
{
  guint32 first = e->first_token > 3 ? e->first_token - 3 : 0;

  if (a->token_sentence != NULL)
    first = MAX (first, g_array_index (a->sentences, Sentence, a->token_sentence[e->first_token]).first_token);
  return deadline (a, first, e->first_token);
}

/* How date_for() reads the sentence */
enum
{
  DATE_SPEECH = 1 << 0,   /* the act is the saying: a date in what was said does not date it */
  DATE_BEFORE = 1 << 1,   /* an announced measure: a date after the cue is the measure's, not the act's */
};

static void date_for (Article     *a,
                      guint32      token,
                      guint32      sentence,
                      guint        how,
                      ArticleDate *date);

/**
 * _article_date_for_token:
 *
 * The date of what the words at @token tell: a date of its sentence (the
 * nearest); else, in a dated article, the days up to publication, reaching
 * back to a date earlier in its paragraph or the lead's when there is one;
 * in an undated article that date, else the year before the earliest the
 * article can be. Only the first is the text's own word for it; the
 * others are inferred, and the note says from what.
 */
void
_article_date_for_token (Article     *a,
                         guint32      token,
                         guint32      sentence,
                         ArticleDate *date)
{
  date_for (a, token, sentence, 0, date);
}

/* @how: DATE_SPEECH, the act is the saying, which a date in what was
 * said does not date; DATE_BEFORE, only a date before the cue dates it. */
static void
date_for (Article     *a,
          guint32      token,
          guint32      sentence,
          guint        how,
          ArticleDate *date)
{
  const Sentence *s = &g_array_index (a->sentences, Sentence, sentence);
  const ArticleDateExpr *best = NULL;
  const ArticleDateExpr *context = NULL;
  const char *note = NULL;
  guint32 best_distance = G_MAXUINT32;
  guint32 line = article_token (a, token)->line;

  for (guint i = 0; i < a->dates->len; i++)
    {
      const ArticleDateExpr *e = &g_array_index (a->dates, ArticleDateExpr, i);
      guint32 distance;

      if (e->first_token < s->first_token || e->first_token >= s->end_token || !usable (e))
        continue;
      if (a->token_quote[e->first_token] != NO_INDEX || deadline (a, s->first_token, e->first_token)
          || ((how & DATE_SPEECH) && in_reported_clause (a, s->first_token, e->first_token))
          || (e->first_token > token && in_relative_clause (a, token, e->first_token))
          || ((how & DATE_BEFORE) && e->first_token > token && !speech_between (a, token, e->first_token))
          || nearer_other_act (a, s, e, token))
        continue;
      distance = e->first_token > token ? e->first_token - token : token - e->end_token;
      if (distance < best_distance)
        best = e, best_distance = distance;
    }
  if (best != NULL)
    {
      date_from_expr (a, best, TAUTAN_DATE_STATED, NULL, date);
      return;
    }

  for (guint i = a->dates->len; i-- > 0 && context == NULL;)
    {
      const ArticleDateExpr *e = &g_array_index (a->dates, ArticleDateExpr, i);

      if (e->first_token >= token || article_token (a, e->first_token)->line != line || !usable (e)
          || a->token_quote[e->first_token] != NO_INDEX || _article_date_is_deadline (a, e))
        continue;
      context = e;
      note = "Not dated in its sentence: between the date given earlier in its paragraph, or the days "
             "before publication, and the publication day.";
    }
  if (context == NULL && a->peg != NO_INDEX)
    {
      context = &g_array_index (a->dates, ArticleDateExpr, a->peg);
      note = "Not dated in its paragraph: between the date of the article's lead, or the days before "
             "publication, and the publication day.";
    }

  /* An act the sentence does not date happened by the time the text was
   * published; a date nearby says it may be as early as that, never that
   * it was that day ("X said" after a lead about Friday). */
  if (a->published != TAUTAN_DAY_NONE)
    {
      _article_date_clear (date);
      date->end = a->anchor_to;
      date->start = a->anchor_from - UNDATED_DAYS_BEFORE;
      if (context != NULL && context->expr.from < date->start)
        date->start = context->expr.from;
      /* "beberapa hari setelah X mengatakan", "days after X said": the
       * act told in the time clause came days before the news */
      if (days_after_clause (a, s->first_token, token))
        date->start = MIN (date->start, a->anchor_from - DAYS_AFTER_REACH);
      date->precision = TAUTAN_PRECISION_RANGE;
      date->method = TAUTAN_DATE_INFERRED;
      if (context != NULL)
        date->words = _article_token_text (a, context->first_token, context->end_token);
      else
        date->words = _article_token_text (a, token, token + 1);
      date->note = g_strdup (context != NULL ? note
                             : "Not dated in the text: on or in the days before the publication day.");
      return;
    }
  /* In an undated article, a date nearby says when the act may be as
   * early as, still not that it was that day: up to the latest day the
   * text states, as for an article of that day. */
  if (context != NULL)
    {
      date_from_expr (a, context, TAUTAN_DATE_INFERRED,
                      "The article has no date and its sentence does not date this act: from the days "
                      "before a date earlier in its paragraph, or its lead's, to the latest date the text states.", date);
      date->start = MAX (MIN (context->expr.from, a->anchor_from - UNDATED_DAYS_BEFORE), tautan_day_from_ymd (1, 1, 1));
      date->end = MAX (context->expr.to, a->anchor_from);
      date->precision = TAUTAN_PRECISION_RANGE;
      return;
    }

  /* Nothing dates it: from a year before the earliest the article can be
   * to the latest (set_anchor(): never the day of extraction). */
  _article_date_clear (date);
  date->end = a->anchor_to;
  date->start = MAX (a->anchor_from - 365, tautan_day_from_ymd (1, 1, 1));
  date->precision = TAUTAN_PRECISION_RANGE;
  date->method = TAUTAN_DATE_INFERRED;
  date->words = _article_token_text (a, token, token + 1);
  date->note = g_strdup ("The article has no date and the text does not date this act: any day from a "
                         "year before the earliest the article can be to the latest (see published_note).");
}

static const char *
summary_verb (const char *type)
{
  static const struct { const char *type, *verb; } verbs[] = {
    { "support", "supports" }, { "meet", "meets" }, { "accuse", "accuses" }, { "deny", "denies" },
    { "military-cooperation", "cooperates militarily with" }, { "sign-agreement", "signs an agreement with" },
    { "congratulate", "congratulates" }, { "criticise", "criticises" }, { "reject", "rejects" },
    { "threaten", "threatens" }, { "sanction", "sanctions" }, { "attack", "attacks" },
    { "supply-weapons", "supplies weapons to" }, { "aid", "gives aid to" }, { "promise", "makes a promise to" },
    { "appeal", "appeals to" }, { "vote", "votes for" }, { "statement", "makes a statement" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    if (g_str_equal (verbs[i].type, type))
      return verbs[i].verb;
  return type;
}

static void
names (const Article *a,
       GArray        *list,
       GString       *out)
{
  for (guint i = 0; i < list->len; i++)
    {
      if (i > 0)
        g_string_append (out, i + 1 == list->len ? " and " : ", ");
      g_string_append (out, entity (a, g_array_index (list, guint32, i))->name);
    }
}

/**
 * _tautan_event_summary:
 *
 * Returns: (transfer full): one English line, with the cue's own words
 */
char *
_tautan_event_summary (Article      *a,
                       ArticleEvent *e)
{
  const EventCue *cue = &_tautan_event_cues[e->cue];
  const char *type = e->type != NULL ? e->type : cue->type;
  GString *out = g_string_new (NULL);
  const char *verb = summary_verb (type);
  g_autofree char *words = NULL;

  names (a, e->actors, out);
  if (e->targets->len > 0 && g_str_equal (type, "statement"))
    g_string_append (out, " makes a statement about ");
  else if (e->targets->len == 0 && g_str_has_suffix (verb, " to"))
    g_string_append_printf (out, " %.*s", (int)(strlen (verb) - 3), verb);
  else if (e->targets->len == 0 && g_str_has_suffix (verb, " with"))
    g_string_append_printf (out, " %.*s", (int)(strlen (verb) - 5), verb);
  else
    g_string_append_printf (out, " %s", verb);
  if (e->targets->len > 0)
    {
      g_string_append_c (out, ' ');
      names (a, e->targets, out);
    }
  if (e->cue_end > e->cue_token)
    {
      words = _article_token_text (a, e->cue_token, e->cue_end);
      g_string_append_printf (out, " (“%s”)", words);
    }
  g_string_append_c (out, '.');
  return g_string_free (out, FALSE);
}

static gboolean
needs_target (const char *type)
{
  static const char * const types[] = {
    "support", "meet", "accuse", "criticise", "congratulate", "reject", "threaten", "sanction",
    "attack", "appeal", "sign-agreement",
    NULL,
  };

  return g_strv_contains (types, type);
}

/* The accusation a denial at @token answers: the latest one before it
 * aimed at one of the deniers. */
static guint32
accusation_answered (Article *a,
                     GArray  *deniers)
{
  for (guint i = a->events->len; i-- > 0;)
    {
      ArticleEvent *e = &g_array_index (a->events, ArticleEvent, i);

      if (!g_str_equal (e->type, "accuse"))
        continue;
      for (guint k = 0; k < deniers->len; k++)
        if (contains (e->targets, g_array_index (deniers, guint32, k)))
          return i;
    }
  return NO_INDEX;
}

/* "meminta tambahan dana", "called for a ceasefire": a request stands
 * without a named addressee; not "asked" (a question too), nor "meminta
 * maaf" (an apology). */
static gboolean
request_for_something (const Article      *a,
                       const ArticleEvent *ev,
                       guint32             i,
                       guint32             n)
{
  if (!g_str_equal (ev->type, "appeal") || word_is (a, i + n, "maaf"))
    return FALSE;
  return !(word_is (a, i, "asked") || word_is (a, i, "asks") || word_is (a, i, "asking"));
}

/* A denial is aimed at whoever made the accusation it answers: the
 * latest aimed at the deniers; else, for "the accusation" the text
 * named before, whom the denial before it answered. */
static void
answer_accusation (Article      *a,
                   ArticleEvent *ev)
{
  guint32 answered = accusation_answered (a, ev->actors);

  if (answered != NO_INDEX)
    {
      ArticleEvent *acc = &g_array_index (a->events, ArticleEvent, answered);

      ev->responds_to = answered;
      g_array_set_size (ev->targets, 0);
      for (guint k = 0; k < acc->actors->len; k++)
        _tautan_append_unique (ev->targets, g_array_index (acc->actors, guint32, k));
      return;
    }
  if (ev->targets->len > 0)
    return;
  for (guint i = a->events->len; i-- > 0;)
    {
      ArticleEvent *e = &g_array_index (a->events, ArticleEvent, i);

      if (e != ev && g_str_equal (e->type, "deny") && e->targets->len > 0)
        {
          for (guint k = 0; k < e->targets->len; k++)
            if (!contains (ev->actors, g_array_index (e->targets, guint32, k)))
              _tautan_append_unique (ev->targets, g_array_index (e->targets, guint32, k));
          return;
        }
    }
}

/* "menyebut tuduhan itu sebagai fitnah", "called the allegations
 * baseless": words about an accusation deny it. */
static gboolean
accusation_object (const Article *a,
                   guint32        from)
{
  static const char *nouns[] = {
    "tuduhan", "tudingan", "klaim", "accusation", "accusations", "allegation", "allegations",
    "claim", "claims", "charges",
  };

  if (_article_token_is (a, from, LEX_DEMONSTRATIVE, NULL) || word_is (a, from, "these")
      || word_is (a, from, "those"))
    from++;
  return WORD_AMONG (a, from, nouns);
}

/* "stated they have not received", "asserted that … were not a factor",
 * "mengatakan tidak pernah": what is said not to have been is denied. */
static gboolean
denied_in_report (const Article *a,
                  guint32        from,
                  guint32        end)
{
  static const char *past[] = { "did", "have", "has", "had", "was", "were", "is", "are" };

  for (guint32 k = from; k < end && k < from + 14; k++)
    {
      if (a->token_quote[k] != NO_INDEX || _article_token_is_punct (a, k, ";") || (k > from && _article_token_is_punct (a, k, ",")))
        return FALSE;
      if (!_article_token_is (a, k, LEX_NEGATION, NULL))
        continue;
      if (word_is (a, k, "bukan") || (word_is (a, k, "tidak") && word_is (a, k + 1, "pernah"))
          || (word_is (a, k, "tak") && word_is (a, k + 1, "pernah")))
        return TRUE;
      return k > from && WORD_AMONG (a, k - 1, past);
    }
  return FALSE;
}

static void
event_clear (ArticleEvent *e)
{
  g_clear_pointer (&e->actors, g_array_unref);
  g_clear_pointer (&e->targets, g_array_unref);
  _article_date_clear (&e->date);
}

/* A word of an amount of money, or of what it is for: past five words
 * after a verb of sending, only these lead on to the cargo. */
static gboolean
amount_word (const Article *a,
             guint32        k)
{
  static const char *words[] = {
    "juta", "miliar", "triliun", "ribu", "dolar", "rupiah", "euro", "million", "billion",
    "thousand", "dollars", "dollar", "euros", "untuk", "dalam", "in", "of", "worth", "senilai",
    "sebesar", "bentuk",
  };

  /* "dolar AS", "dolar Singapura" */
  if (article_token (a, k)->kind == TOKEN_NUMBER || _article_token_is (a, k, LEX_CARGO, NULL)
      || word_is (a, k - 1, "dolar"))
    return TRUE;
  return WORD_AMONG (a, k, words);
}

/* "mengirim sekitar 11.000 pasukan", "sent 300 troops": a verb of
 * sending and, a few words on, what was sent. */
static gboolean
send_with_cargo (const Article *a,
                 guint32        i,
                 guint32        end,
                 guint32       *cue_index,
                 guint32       *n)
{
  if (!_article_token_is (a, i, LEX_SEND, NULL))
    return FALSE;
  /* "memberikan lebih dari 6,2 miliar dolar AS untuk bantuan", "provided
   * $5 million in aid": an amount may stand between */
  for (guint32 k = i + 1; k < end && k <= i + 9; k++)
    {
      const Payload *p;
      guint32 len;

      if (_article_match_at (a, k, LEX_CARGO, &len, &p))
        {
          *cue_index = p->value;
          *n = k + len - i;
          return TRUE;
        }
      if (a->token_mention[k] != NO_INDEX || (article_token (a, k)->kind == TOKEN_PUNCT && !_article_token_is_punct (a, k, "$"))
          || article_token (a, k)->kind == TOKEN_QUOTE_OPEN || (k > i + 5 && !amount_word (a, k)))
        return FALSE;
    }
  return FALSE;
}

/* The event cue of the phrase that ends at trie node @node, or NO_INDEX. */
static guint32
cue_of_node (const PhraseTable *table,
             guint32            node)
{
  const Payload *p;
  guint n;

  if (node == 0)
    return NO_INDEX;
  p = _phrase_table_payloads (table, node, &n);
  for (guint i = 0; i < n; i++)
    if (p[i].kind == LEX_EVENT)
      return p[i].value;
  return NO_INDEX;
}

/* The event cue a one-word phrase of @table is, or NO_INDEX. */
static guint32
cue_of_word (const PhraseTable *table,
             const char        *word,
             gsize              len)
{
  return cue_of_node (table, _phrase_table_step (table, 0, _tautan_fold_hash (word, len)));
}

/* The active cue of an Indonesian passive at @i: "disambut" is
 * "menyambut", "dikunjungi" "mengunjungi", "diterima" "menerima" (the
 * prefix meN- joined to the stem as the language joins it). */
static guint32
active_cue_of_passive (const Article *a,
                       guint32        i)
{
  const Token *t = article_token (a, i);
  const char *stem = a->text + t->start + 2;
  gsize n = t->end - t->start;
  char c;
  /* the prefix before the stem, and whether the stem's first letter
   * melts into it (k, p, s, t) */
  struct { const char *letters; const char *prefix; gboolean melts; } forms[] = {
    { "aeiough", "meng", FALSE }, { "k", "meng", TRUE }, { "s", "meny", TRUE }, { "t", "men", TRUE },
    { "p", "mem", TRUE }, { "bfv", "mem", FALSE }, { "cdjz", "men", FALSE }, { "lmnrwy", "me", FALSE },
  };

  if (t->kind != TOKEN_WORD || n < 5 || n > 40 || (t->flags & (TOKEN_CAPITAL | TOKEN_UPPER))
      || g_ascii_strncasecmp (a->text + t->start, "di", 2) != 0)
    return NO_INDEX;
  c = g_ascii_tolower (stem[0]);
  for (guint f = 0; f < G_N_ELEMENTS (forms); f++)
    if (strchr (forms[f].letters, c) != NULL)
      {
        char word[48];
        int len = g_snprintf (word, sizeof word, "%s%.*s", forms[f].prefix, (int)(n - 2 - forms[f].melts),
                              stem + forms[f].melts);
        guint32 cue = cue_of_word (a->table, word, len);

        /* "mempunyai", "menyanyi": some stems keep their letter */
        if (cue == NO_INDEX && forms[f].melts)
          {
            len = g_snprintf (word, sizeof word, "%s%.*s", forms[f].prefix, (int)(n - 2), stem);
            cue = cue_of_word (a->table, word, len);
          }
        return cue;
      }
  return NO_INDEX;
}

/* "disambut hangat oleh X", "diterima langsung oleh X", "dikunjungi
 * oleh X": an Indonesian passive with its agent after "oleh", past a
 * word or two of manner, whose active form is a cue. The cue goes into
 * @cue_index and its words up to "oleh" into @n. */
static gboolean
indonesian_passive (const Article *a,
                    guint32        i,
                    guint32        end,
                    guint32       *cue_index,
                    guint32       *n)
{
  guint32 by = NO_INDEX;
  guint32 node, cue;

  if (a->language != 0)
    return FALSE;
  for (guint32 k = i + 1; k < end && k <= i + 3; k++)
    {
      if (_article_match_with (a, k, LEX_PREP, PREP_BY, NULL))
        {
          by = k;
          break;
        }
      if (article_token (a, k)->kind != TOKEN_WORD || _article_mention_at (a, k) != NO_INDEX
          || (article_token (a, k)->flags & (TOKEN_CAPITAL | TOKEN_UPPER)))
        return FALSE;
    }
  if (by == NO_INDEX)
    return FALSE;
  /* the lexicon's own passive with "oleh" ("disambut oleh"), its
   * words apart */
  node = _phrase_table_step (a->table, 0, article_token (a, i)->hash);
  node = node != 0 ? _phrase_table_step (a->table, node, article_token (a, by)->hash) : 0;
  cue = cue_of_node (a->table, node);
  if (cue == NO_INDEX)
    cue = active_cue_of_passive (a, i);
  if (cue == NO_INDEX || (_tautan_event_cues[cue].flags & EVENT_CUE_NOUN))
    return FALSE;
  *cue_index = cue;
  *n = by - i;
  return TRUE;
}

/* "was warmly welcomed by X", "were formally received by X": the
 * lexicon's passive ("was welcomed by") with a manner adverb or two
 * inside it. The cue goes into @cue_index and its words up to "by" into
 * @n. */
static gboolean
english_passive_with_manner (const Article *a,
                             guint32        i,
                             guint32        end,
                             guint32       *cue_index,
                             guint32       *n)
{
  static const char *be[] = { "was", "were", "is", "are", "been", "being", "be" };
  guint32 k = i + 1, node;

  if (a->language != 1 || !WORD_AMONG (a, i, be))
    return FALSE;
  while (k < i + 3 && k < end && article_token (a, k)->kind == TOKEN_WORD
         && !(article_token (a, k)->flags & (TOKEN_CAPITAL | TOKEN_UPPER)) && article_token (a, k)->end - article_token (a, k)->start >= 5
         && g_ascii_strncasecmp (a->text + article_token (a, k)->end - 2, "ly", 2) == 0)
    k++;
  if (k == i + 1 || k + 1 >= end || !_article_match_with (a, k + 1, LEX_PREP, PREP_BY, NULL))
    return FALSE;
  node = _phrase_table_step (a->table, 0, article_token (a, i)->hash);
  node = node != 0 ? _phrase_table_step (a->table, node, article_token (a, k)->hash) : 0;
  node = node != 0 ? _phrase_table_step (a->table, node, article_token (a, k + 1)->hash) : 0;
  *cue_index = cue_of_node (a->table, node);
  *n = k + 1 - i;
  return *cue_index != NO_INDEX;
}

static gboolean
object_of_act (const Article *a,
               guint32        first,
               guint32        i)
{
  for (guint32 k = i, steps = 0; k-- > first && steps < 6; steps++)
    {
      guint32 v;

      const Payload *p;

      if (_article_token_is_punct (a, k, ",;:") || (_article_token_is (a, k, LEX_PREP, &v) && v == PREP_CLAUSE))
        return FALSE;
      /* a verb takes an object; a noun before ("Pembicaraan itu gagal
       * sejak KTT …") is a subject of its own */
      if ((_article_match_at (a, k, LEX_EVENT, NULL, &p) && !(_tautan_event_cues[p->value].flags & EVENT_CUE_NOUN))
          || _article_token_is (a, k, LEX_SPEECH, NULL))
        return TRUE;
    }
  return FALSE;
}

/* "menandatangani Undang-Undang Anggaran", "signed the bill into law":
 * signing a law is an act with no other party. */
static gboolean
signs_law (const Article *a,
           guint32        from,
           guint32        limit)
{
  /* "undang": the first word of "Undang-Undang" */
  static const char *words[] = { "law", "bill", "decree", "undang", "uu", "ruu", "peraturan", "perppu" };

  for (guint32 k = from; k < limit && k < from + 5; k++)
    if (WORD_AMONG (a, k, words))
      return TRUE;
  return FALSE;
}

/* "melancarkan invasi ke negara itu", "an invasion of the country":
 * an act on "the country" is on the last state named before its cue
 * that is not its actor. Only for acts done to a party (attack, aid,
 * sanctions, a visit): for words about an act ("mengecam serangan
 * terhadap negara itu") the country is no target. */
static void
country_referred_back (Article      *a,
                       const GArray *actors,
                       guint32       cue,
                       guint32       from,
                       guint32       end,
                       const char   *type,
                       GArray       *out)
{
  guint32 at = NO_INDEX;

  if (!(g_str_equal (type, "attack") || g_str_equal (type, "meet") || g_str_equal (type, "aid")
        || g_str_equal (type, "sanction") || g_str_equal (type, "supply-weapons")
        || g_str_equal (type, "military-cooperation")))
    return;
  /* the object itself: "menyerang negara itu", "attacked the country" */
  if (from + 1 < end && ((word_is (a, from, "negara") && (word_is (a, from + 1, "itu") || word_is (a, from + 1, "tersebut")))
                         || (word_is (a, from, "the") && word_is (a, from + 1, "country"))))
    at = from;
  for (guint32 k = from; at == NO_INDEX && k + 1 < end && k < from + 8; k++)
    {
      guint32 v;

      if (_article_token_is_punct (a, k, ",;:") || _article_token_is (a, k, LEX_REL, NULL) || _article_mention_at (a, k) != NO_INDEX)
        return;
      if (!(_article_token_is (a, k, LEX_PREP, &v) && (v == PREP_TO || v == PREP_AGAINST || v == PREP_OF || v == PREP_AT)))
        continue;
      if (word_is (a, k + 1, "negara") && k + 2 < end
          && (word_is (a, k + 2, "itu") || word_is (a, k + 2, "tersebut") || word_is (a, k + 2, "ini")))
        at = k + 1;
      else if (word_is (a, k + 1, "the") && k + 2 < end && word_is (a, k + 2, "country"))
        at = k + 1;
      break;
    }
  if (at == NO_INDEX)
    return;
  for (guint32 k = cue, steps = 0; k-- > 0 && steps < 120; steps++)
    {
      guint32 m = _article_mention_at (a, k);
      guint32 who;

      if (m == NO_INDEX)
        continue;
      who = _article_mention (a, m)->entity;
      if (entity (a, who)->kind == TAUTAN_ENTITY_STATE && !contains ((GArray *)actors, who))
        {
          _tautan_append_unique (out, who);
          return;
        }
      k = _article_mention (a, m)->first_token;
    }
}

/* "menyerukan agar Myanmar menghentikan kekerasan", "urged that Canada
 * reopen": a request's addressee is the subject of what it asks, named
 * right after "agar", "supaya", "that", past a title or "the". */
static void
addressee_of_request (Article *a,
                      guint32  after,
                      guint32  end,
                      GArray  *out)
{
  guint32 k = after;

  if (k >= end || !(word_is (a, k, "agar") || word_is (a, k, "supaya") || word_is (a, k, "that")))
    return;
  k++;
  while (k < end && _article_mention_at (a, k) == NO_INDEX
         && (word_is (a, k, "the") || word_is (a, k, "pemerintah") || _article_match_at (a, k, LEX_TITLE, NULL, NULL)))
    k++;
  if (k < end && _article_mention_at (a, k) != NO_INDEX
      && entity (a, _article_mention (a, _article_mention_at (a, k))->entity)->kind != TAUTAN_ENTITY_MEDIA
      && entity (a, _article_mention (a, _article_mention_at (a, k))->entity)->kind != TAUTAN_ENTITY_PLACE)
    group_forward (a, k, end, out);
}

/* The mention whose possessive ("X's", "X’s", "X'") stands just before
 * token @i, or NO_INDEX. */
static guint32
possessor_before (const Article *a,
                  guint32        first,
                  guint32        i)
{
  guint32 k = i;

  if (k > first && (word_is (a, k - 1, "s") || word_is (a, k - 1, "'s") || word_is (a, k - 1, "’s")))
    k--;
  if (k > first && _article_token_is_punct (a, k - 1, "'’"))
    k--;
  if (k == i || k <= first)
    return NO_INDEX;
  return _article_mention_at (a, k - 1);
}

/* "spoke with Y to congratulate him", "menelepon Y untuk mengucapkan
 * selamat kepadanya", "telephoned Y to express condolences": an act done
 * in a call or meeting, aimed at a pronoun (@pronoun) or at no one named,
 * is aimed at whom the meeting just named met; its actor, when the
 * purpose clause names none, is who met. */
static gboolean
purpose_of_meeting (Article  *a,
                    guint32   si,
                    guint32   verb,
                    guint32   after,
                    gboolean  pronoun,
                    GArray   *actors,
                    GArray   *out)
{
  static const char *pronouns[] = {
    "him", "her", "them", "kepadanya", "dia", "beliau", "mereka",
  };
  guint32 k = after;

  if (verb == 0 || !(word_is (a, verb - 1, "to") || word_is (a, verb - 1, "untuk")))
    return FALSE;
  if (k < article_n_tokens (a) && word_is (a, k, "kepada"))
    k++;
  if (pronoun && (k >= article_n_tokens (a) || !WORD_AMONG (a, k, pronouns)))
    return FALSE;
  for (guint e = a->events->len; e-- > 0;)
    {
      const ArticleEvent *met = &g_array_index (a->events, ArticleEvent, e);

      if (met->sentence != si)
        break;
      if (g_str_equal (met->type, "meet") && met->cue_token < verb && met->targets->len > 0)
        {
          if (actors->len == 0)
            g_array_append_vals (actors, met->actors->data, met->actors->len);
          g_array_append_vals (out, met->targets->data, met->targets->len);
          return TRUE;
        }
    }
  return FALSE;
}

static void
events_in_sentence (Article *a,
                    guint32  si)
{
  const Sentence *s = &g_array_index (a->sentences, Sentence, si);
  LineRole role = g_array_index (a->lines, Line, s->line).role;
  g_autoptr(GArray) clauses = _tautan_read_clauses (a, si);

  for (guint32 i = s->first_token; i < s->end_token; i++)
    {
      const Payload *p;
      const EventCue *cue;
      guint32 n, verb;
      ArticleEvent ev = { 0 };
      gboolean passive, announced = FALSE;
      /* "was rejected by X": a named agent makes it an act, though what
       * was rejected is no party */
      gboolean agent_named = FALSE;
      /* "disambut hangat oleh": a passive the lexicon has only active */
      gboolean derived_passive = FALSE;

      guint32 cue_index;
      const Clause *clause;
      guint32 clause_end;

      if (a->token_quote[i] != NO_INDEX)
        continue;
      if (_article_match_at (a, i, LEX_EVENT, &n, &p))
        cue_index = p->value;
      else if (indonesian_passive (a, i, s->end_token, &cue_index, &n))
        derived_passive = TRUE;
      else if (english_passive_with_manner (a, i, s->end_token, &cue_index, &n))
        ;
      else if (!send_with_cargo (a, i, s->end_token, &cue_index, &n))
        continue;
      cue = &_tautan_event_cues[cue_index];
      clause = _tautan_clause_at (clauses, i);
      /* the target is the object of the cue's own clause, not of the
       * sentence */
      clause_end = clause != NULL ? MAX (clause->end_token, i + n) : s->end_token;
      passive = derived_passive || (cue->flags & EVENT_CUE_PASSIVE) != 0
                || (!g_str_equal (cue->type, "meet") && english_passive (a, s->first_token, i, n, s->end_token));
      verb = i;

      if (negated_or_hypothetical (a, s->first_token, i)
          || ((cue->flags & EVENT_CUE_ARRIVAL) && !visit_said (a, i + n, s->end_token)))
        {
          i += n - 1;
          continue;
        }

      ev.cue = cue_index;
      ev.type = cue->type;
      ev.cue_token = i;
      ev.cue_end = i + n;
      ev.sentence = si;
      ev.actors = g_array_new (FALSE, FALSE, sizeof (guint32));
      ev.targets = g_array_new (FALSE, FALSE, sizeof (guint32));
      ev.status = TAUTAN_STATUS_REPORTED;
      ev.responds_to = NO_INDEX;
      ev.caption = role == LINE_CAPTION;

      if (cue->flags & EVENT_CUE_NOUN)
        {
          /* "menyatakan dukungan": the light verb carries the subject */
          guint32 k = i;
          gboolean light = FALSE;

          for (guint steps = 0; k > s->first_token && steps < 4; steps++)
            {
              k--;
              if (_article_token_is (a, k, LEX_LIGHT_VERB, NULL))
                {
                  light = TRUE;
                  verb = k;
                  ev.cue_token = k;
                  break;
                }
              /* "express condolences over the attacks": the light verb
               * carries the nearer act, not this one */
              if (_article_match_at (a, k, LEX_EVENT, NULL, NULL))
                break;
              if (!(_article_token_is (a, k, LEX_AUX, NULL) || article_token (a, k)->kind == TOKEN_WORD))
                break;
            }
          if (!light)
            {
              /* "invasi Rusia ke Ukraina", "kunjungan Putin", "Russia's invasion" */
              guint32 after = i + n;

              /* "mengutuk invasi Rusia": the object of another act, not
               * an act of this sentence's time */
              if (object_of_act (a, s->first_token, i))
                {
                  event_clear (&ev);
                  i += n - 1;
                  continue;
                }

              while (after < s->end_token && article_token (a, after)->kind == TOKEN_WORD
                     && _article_mention_at (a, after) == NO_INDEX && after < i + n + 2
                     && !(article_token (a, after)->flags & TOKEN_CAPITAL)
                     && !_article_token_is (a, after, LEX_PREP, NULL))
                after++;
              /* "kunjungan Presiden Rusia Vladimir Putin": past the role */
              {
                guint32 len;

                while (after < s->end_token && _article_mention_at (a, after) == NO_INDEX
                       && _article_match_at (a, after, LEX_TITLE, &len, NULL))
                  after += len;
              }
              if (a->language == 0 && _article_mention_at (a, after) != NO_INDEX)
                {
                  guint32 end = group_forward (a, after, s->end_token, ev.actors);

                  targets_after (a, end, s->end_token, ev.type, ev.targets);
                }
              else if (i > s->first_token && _article_mention_at (a, i - 1) != NO_INDEX)
                {
                  guint32 m = _article_mention_at (a, i - 1);

                  g_array_append_val (ev.actors, _article_mention (a, m)->entity);
                  targets_after (a, i + n, s->end_token, ev.type, ev.targets);
                }
              else if (possessor_before (a, s->first_token, i) != NO_INDEX)
                {
                  /* "Russia's invasion", "Putin’s visit to Jakarta" */
                  g_array_append_val (ev.actors, _article_mention (a, possessor_before (a, s->first_token, i))->entity);
                  targets_after (a, i + n, s->end_token, ev.type, ev.targets);
                }
              /* "KTT Februari lalu antara Kim dan Trump", "the summit
               * between X and Y": the parties follow */
              if (ev.actors->len == 0 && (cue->flags & EVENT_CUE_MUTUAL))
                for (guint32 b = i + n; b < s->end_token && b < i + n + 6; b++)
                  {
                    guint32 j = b + 1;

                    if (_article_mention_at (a, b) != NO_INDEX || _article_token_is_punct (a, b, ",;:"))
                      break;
                    if (!word_is (a, b, "antara") && !word_is (a, b, "between"))
                      continue;
                    while (j < s->end_token && _article_mention_at (a, j) == NO_INDEX
                           && _article_match_at (a, j, LEX_TITLE, NULL, NULL))
                      j++;
                    if (j < s->end_token && _article_mention_at (a, j) != NO_INDEX)
                      group_forward (a, j, s->end_token, ev.actors);
                    break;
                  }
              if (ev.actors->len == 0)
                {
                  event_clear (&ev);
                  i += n - 1;
                  continue;
                }
              goto found_actors;
            }
        }

      announced = FALSE;
      if (role != LINE_TITLE && future (a, s->first_token, verb)
          && !g_str_equal (ev.type, "support") && !g_str_equal (ev.type, "promise"))
        {
          if (!announced_measure (ev.type))
            {
              event_clear (&ev);
              i += n - 1;
              continue;
            }
          announced = TRUE;
        }

      if (passive)
        {
          /* "Rusia telah dituduh …", "was attacked by X" */
          _tautan_clause_subject (a, clauses, verb, ev.targets);
          /* from the cue's own last word: "backed by", "didukung oleh" */
          for (guint32 k = i + n - 1; k < clause_end && k < i + n + 8; k++)
            if (agent_after (a, k, clause_end) != NO_INDEX)
              {
                group_forward (a, agent_after (a, k, clause_end), s->end_token, ev.actors);
                agent_named = TRUE;
                break;
              }
          /* "Ukraina diserang Rusia", "dikecam Kanada": the agent
           * right after an Indonesian passive, without "oleh" */
          if (ev.actors->len == 0 && _article_mention_at (a, i + n) != NO_INDEX
              && g_ascii_strncasecmp (a->text + article_token (a, i)->start, "di", 2) == 0)
            group_forward (a, i + n, s->end_token, ev.actors);
          if (ev.actors->len == 0 && g_str_equal (ev.type, "accuse"))
            {
              int accusers = tautan_gazetteer_lookup (a->gazetteer, "unnamed-accusers");

              if (accusers >= 0)
                {
                  guint32 index = _article_entity_for_gazetteer (a, accusers);

                  g_array_append_val (ev.actors, index);
                }
            }
        }
      else
        {
          /* who acts is the subject of the cue in its clause */
          _tautan_clause_subject (a, clauses, verb, ev.actors);
          if (!purpose_of_meeting (a, si, verb, i + n, TRUE, ev.actors, ev.targets))
            targets_after (a, i + n, clause_end, ev.type, ev.targets);
          if (ev.targets->len == 0)
            purpose_of_meeting (a, si, verb, i + n, FALSE, ev.actors, ev.targets);
          if (ev.targets->len == 0 && g_str_equal (ev.type, "appeal"))
            addressee_of_request (a, i + n, s->end_token, ev.targets);
        }

      /* "Kanada menerima bantuan militer dari AS", "received aid from
       * Japan": the giver acts and the receiver is the target; with no
       * giver named there is no actor */
      if (verb != i && (word_is (a, verb, "menerima") || word_is (a, verb, "received")
                        || word_is (a, verb, "receives") || word_is (a, verb, "receive")))
        {
          g_autoptr(GArray) givers = g_array_new (FALSE, FALSE, sizeof (guint32));

          for (guint32 k = i + n; k + 1 < s->end_token && k < i + n + 8; k++)
            if (_article_match_with (a, k, LEX_PREP, PREP_FROM, NULL))
              {
                guint32 at = word_is (a, k + 1, "the") && k + 2 < s->end_token ? k + 2 : k + 1;

                if (_article_mention_at (a, at) != NO_INDEX)
                  group_forward (a, at, s->end_token, givers);
                break;
              }
          g_array_set_size (ev.targets, 0);
          g_array_append_vals (ev.targets, ev.actors->data, ev.actors->len);
          g_array_set_size (ev.actors, 0);
          g_array_append_vals (ev.actors, givers->data, givers->len);
        }

      /* "welcomed Russian President Vladimir Putin": a welcome given to a
       * person, not to their act, is a host receiving a guest */
      if (g_str_equal (ev.type, "support") && ev.targets->len > 0 && welcome_of_guest (a, i, i + n, s->end_token))
        {
          GArray *guests = ev.targets;

          ev.type = "meet";
          ev.targets = ev.actors;
          ev.actors = guests;
        }

    found_actors:
      /* A place does not act; "X and Y met" is X meeting Y. */
      for (guint k = ev.actors->len; k-- > 0;)
        if (entity (a, g_array_index (ev.actors, guint32, k))->kind == TAUTAN_ENTITY_PLACE)
          g_array_remove_index (ev.actors, k);
      if ((cue->flags & EVENT_CUE_MUTUAL) && ev.targets->len == 0 && ev.actors->len >= 2)
        {
          while (ev.actors->len > 1)
            {
              g_array_append_val (ev.targets, g_array_index (ev.actors, guint32, 1));
              g_array_remove_index (ev.actors, 1);
            }
        }
      for (guint k = ev.targets->len; k-- > 0;)
        if (contains (ev.actors, g_array_index (ev.targets, guint32, k)))
          g_array_remove_index (ev.targets, k);
      /* "Biden menyambut Jokowi": a visit goes from the guest to the host */
      if ((cue->flags & EVENT_CUE_HOST) && ev.targets->len > 0)
        {
          GArray *guests = ev.targets;

          ev.targets = ev.actors;
          ev.actors = guests;
        }

      /* "visited Jakarta", "kunjungan X ke Jakarta": a visit to a city
       * is a visit to its state, the party the text means; so is aid
       * sent to a region ("mengirim bantuan ke Aceh") */
      if (g_str_equal (ev.type, "meet") || g_str_equal (ev.type, "aid"))
        for (guint k = 0; k < ev.targets->len; k++)
          {
            const ArticleEntity *t = entity (a, g_array_index (ev.targets, guint32, k));
            guint32 state = NO_INDEX;

            if (t->kind != TAUTAN_ENTITY_PLACE)
              continue;
            if (t->affiliation != NO_INDEX)
              state = t->affiliation;
            else if (t->gazetteer != NO_INDEX)
              {
                const char *of = tautan_gazetteer_get_entry (a->gazetteer, t->gazetteer)->affiliation;
                int entry = of != NULL ? tautan_gazetteer_lookup (a->gazetteer, of) : -1;

                if (entry >= 0)
                  state = _article_entity_for_gazetteer (a, entry);
              }
            if (state != NO_INDEX && entity (a, state)->kind == TAUTAN_ENTITY_STATE && !contains (ev.actors, state))
              g_array_index (ev.targets, guint32, k) = state;
          }
      if (cue->flags & EVENT_CUE_DENIAL)
        answer_accusation (a, &ev);
      {
        g_autoptr(GArray) country = g_array_new (FALSE, FALSE, sizeof (guint32));

        /* the country named right after the cue is the target, whatever
         * names follow it */
        country_referred_back (a, ev.actors, i, i + n, s->end_token, ev.type, country);
        if (country->len > 0)
          {
            g_array_set_size (ev.targets, 0);
            g_array_append_vals (ev.targets, country->data, country->len);
          }
      }

      if (ev.actors->len == 0
          /* a host named with no guest received a thing, not a visit:
           * "the letter was received by X" */
          || (ev.targets->len == 0 && (!agent_named || (cue->flags & EVENT_CUE_HOST))
              && (needs_target (ev.type) || (cue->flags & EVENT_CUE_NEEDS_TARGET))
              && !signs_law (a, i + n, s->end_token)
              && !request_for_something (a, &ev, i, n)))
        {
          event_clear (&ev);
          i += n - 1;
          continue;
        }

      if (claimed_by_other (a, clauses, s->first_token, s->end_token, i, ev.actors))
        ev.status = TAUTAN_STATUS_CLAIMED;

      if (announced)
        date_for (a, i, si, DATE_BEFORE, &ev.date);
      else
        _article_date_for_token (a, i, si, &ev.date);
      for (guint k = 0; k < ev.actors->len; k++)
        _article_use_entity (a, g_array_index (ev.actors, guint32, k));
      for (guint k = 0; k < ev.targets->len; k++)
        _article_use_entity (a, g_array_index (ev.targets, guint32, k));
      /* "menerima kunjungan X, Y dan Z", "hosted X, Y and Z": a host
       * receiving several guests in turn receives one visit from each */
      while ((cue->flags & EVENT_CUE_HOST) && ev.actors->len > 1)
        {
          ArticleEvent guest = ev;

          guest.actors = g_array_new (FALSE, FALSE, sizeof (guint32));
          g_array_append_val (guest.actors, g_array_index (ev.actors, guint32, 0));
          g_array_remove_index (ev.actors, 0);
          guest.targets = g_array_copy (ev.targets);
          guest.date.words = g_strdup (ev.date.words);
          guest.date.note = g_strdup (ev.date.note);
          g_array_append_val (a->events, guest);
        }
      /* "met with A, B and C", "bertemu dengan A, B dan C": a visitor
       * meeting several people holds one meeting with each, as a host
       * receiving several guests does */
      while (g_str_equal (ev.type, "meet") && !(cue->flags & EVENT_CUE_HOST) && ev.targets->len > 1)
        {
          ArticleEvent met = ev;

          met.actors = g_array_copy (ev.actors);
          met.targets = g_array_new (FALSE, FALSE, sizeof (guint32));
          g_array_append_val (met.targets, g_array_index (ev.targets, guint32, 0));
          g_array_remove_index (ev.targets, 0);
          met.date.words = g_strdup (ev.date.words);
          met.date.note = g_strdup (ev.date.note);
          g_array_append_val (a->events, met);
        }
      g_array_append_val (a->events, ev);
      i += n - 1;
    }
}

static gboolean
verbal (const char *type)
{
  static const char * const types[] = {
    "support", "congratulate", "accuse", "criticise", "promise", "appeal", "threaten", "deny",
    "reject", "statement",
    NULL,
  };

  return g_strv_contains (types, type);
}

/* A quote supports the event its speaker is the actor of, in its
 * sentence, else its paragraph, else the nearest verbal event before. */
static void
link_quotes (Article *a)
{
  for (guint qi = 0; qi < a->quotes->len; qi++)
    {
      ArticleQuote *q = &g_array_index (a->quotes, ArticleQuote, qi);
      guint32 sentence = a->token_sentence[q->first_token];
      guint32 best = NO_INDEX;
      int best_rank = G_MAXINT;

      if (q->speaker.entity == NO_INDEX)
        continue;
      for (guint i = 0; i < a->events->len; i++)
        {
          ArticleEvent *e = &g_array_index (a->events, ArticleEvent, i);
          guint32 eline = article_token (a, e->cue_token)->line;
          int rank;

          if (!contains (e->actors, q->speaker.entity))
            continue;
          if (e->sentence == sentence)
            rank = 0;
          else if (eline == q->line)
            rank = 1;
          else if (eline < q->line && q->line - eline <= 14 && verbal (e->type))
            rank = 2 + (int)(q->line - eline);
          else
            continue;
          if (rank < best_rank)
            best = i, best_rank = rank;
        }
      q->event = best;
    }
}

/* The type a speech verb at @cue gives what was said ("mengecam",
 * "desaknya", "urged", "warned"; the stances of tautan-extract-lexicon.c),
 * or NULL; @n receives its length and @flags its STANCE_* flags. */
static const char *
stance_at (const Article *a,
           guint32        cue,
           guint32       *n,
           guint32       *flags)
{
  const Payload *p;
  guint32 len;

  if (cue == NO_INDEX || !_article_match_at (a, cue, LEX_STANCE, &len, &p))
    return NULL;
  if (n != NULL)
    *n = len;
  if (flags != NULL)
    *flags = p->flags;
  return _tautan_event_cues[p->value].type;
}

/* "…, said X, urging Y to", "kata X seraya mengecam Y": a stance verb
 * after the speech cue, in its clause. Returns its token or NO_INDEX. */
static guint32
participle_after (const Article *a,
                  guint32        cue,
                  guint32        end)
{
  for (guint32 k = cue + 1; k < end && k < cue + 16; k++)
    {
      guint32 flags = 0;
      guint32 v;

      if (a->token_quote[k] != NO_INDEX)
        continue;
      if (_article_token_is_punct (a, k, ";") || _article_token_is (a, k, LEX_REL, NULL)
          || (_article_token_is (a, k, LEX_PREP, &v) && v == PREP_CLAUSE))
        return NO_INDEX;
      if (stance_at (a, k, NULL, &flags) == NULL)
        continue;
      if ((flags & STANCE_PARTICIPLE)
          || word_is (a, k - 1, "seraya") || word_is (a, k - 1, "sambil") || word_is (a, k - 1, "sekaligus"))
        return k;
    }
  return NO_INDEX;
}

/* The statement @ev becomes an act of @type aimed at @targets. */
static void
retype_statement (Article      *a,
                  ArticleEvent *ev,
                  const char   *type,
                  guint32       cue,
                  const GArray *targets)
{
  ev->type = type;
  ev->cue = cue;
  g_array_set_size (ev->targets, 0);
  for (guint k = 0; k < targets->len; k++)
    {
      _tautan_append_unique (ev->targets, g_array_index (targets, guint32, k));
      _article_use_entity (a, g_array_index (targets, guint32, k));
    }
}

/* A statement made with a verb of stance takes its type, aimed at the
 * names after the verb ("urged Seoul to", "mendesak AS agar", "…,” desak
 * Retno kepada Myanmar"): "criticise" for a critic, "appeal" for an
 * appeal. A warning or an accusation aimed at no one named stays a
 * statement. The speaker's later words may type a plain statement
 * still: a speaker's remarks are one event, typed by what they are
 * news for. */
static void
type_statement (Article      *a,
                ArticleEvent *ev,
                guint32       cue)
{
  g_autoptr(GArray) targets = NULL;
  const Sentence *s;
  const Payload *p;
  const char *type;
  guint32 n = 1, from, cue_start;

  if (cue == NO_INDEX || cue >= article_n_tokens (a) || !g_str_equal (ev->type, "statement"))
    return;
  cue_start = cue;
  s = &g_array_index (a->sentences, Sentence, a->token_sentence[cue]);
  type = stance_at (a, cue, &n, NULL);
  if (type == NULL)
    {
      guint32 speech_n = 1;

      _article_match_at (a, cue, LEX_SPEECH, &speech_n, NULL);
      /* "menyebut tuduhan itu sebagai “spekulasi fitnah”" */
      if (accusation_object (a, cue + speech_n))
        {
          ev->type = "deny";
          answer_accusation (a, ev);
          for (guint k = 0; k < ev->targets->len; k++)
            _article_use_entity (a, g_array_index (ev->targets, guint32, k));
          return;
        }
      cue = participle_after (a, cue + speech_n - 1, s->end_token);
      type = stance_at (a, cue, &n, NULL);
      if (type == NULL && denied_in_report (a, cue_start + speech_n, s->end_token))
        {
          ev->type = "deny";
          answer_accusation (a, ev);
          for (guint k = 0; k < ev->targets->len; k++)
            _article_use_entity (a, g_array_index (ev->targets, guint32, k));
          return;
        }
      if (type == NULL)
        return;
    }

  /* past the speaker and its role: "desak Menlu Retno kepada Myanmar" */
  from = cue + n;
  while (from < s->end_token)
    {
      guint32 m = _article_mention_at (a, from);
      guint32 len;

      if (m != NO_INDEX && contains (ev->actors, _article_mention (a, m)->entity))
        from = _article_mention (a, m)->end_token;
      else if (m == NO_INDEX && _article_match_at (a, from, LEX_TITLE, &len, NULL))
        from += len;
      else
        break;
    }
  targets = g_array_new (FALSE, FALSE, sizeof (guint32));
  targets_after (a, from, s->end_token, type, targets);
  for (guint k = targets->len; k-- > 0;)
    if (contains (ev->actors, g_array_index (targets, guint32, k)))
      g_array_remove_index (targets, k);
  if (targets->len == 0 && (g_str_equal (type, "threaten") || g_str_equal (type, "accuse")))
    return;

  _article_match_at (a, cue, LEX_STANCE, NULL, &p);
  retype_statement (a, ev, type, p->value, targets);
}

/* "“We call on Russia to withdraw,” said X", "“Kami mengecam keras
 * Israel,” kata Y": a speaker who speaks for themselves in the first
 * person does what their words say; the statement takes that type,
 * aimed at the names after the verb inside the quote. */
static void
type_by_own_words (Article            *a,
                   ArticleEvent       *ev,
                   const ArticleQuote *q)
{
  static const char *first_person[] = { "we", "i", "kami", "kita", "saya", "aku" };
  g_autoptr(GArray) targets = NULL;
  const Payload *p;
  const char *type = NULL;
  gboolean speaks = FALSE;
  guint32 k, n = 1;

  if (!g_str_equal (ev->type, "statement") || q->first_token >= q->end_token)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (first_person) && !speaks; i++)
    speaks = word_is (a, q->first_token, first_person[i]);
  if (!speaks)
    return;
  /* the verb, past an adverb or two: "We strongly condemn", "Kami juga mendesak" */
  for (k = q->first_token + 1; k < q->end_token && k <= q->first_token + 3; k++)
    if ((type = stance_at (a, k, &n, NULL)) != NULL)
      break;
  if (type == NULL)
    return;
  targets = g_array_new (FALSE, FALSE, sizeof (guint32));
  targets_within (a, k + n, q->end_token, type, TRUE, targets);
  for (guint i = targets->len; i-- > 0;)
    if (contains (ev->actors, g_array_index (targets, guint32, i)))
      g_array_remove_index (targets, i);
  if (targets->len == 0)
    return;
  _article_match_at (a, k, LEX_STANCE, NULL, &p);
  retype_statement (a, ev, type, p->value, targets);
}

/* "called Canada's move “a provocation”", "menyebut langkah Kanada
 * itu “sebuah provokasi”": a speaker who names another's act with a
 * word of blame criticises them, whoever is named between the verb and
 * the quote. */
static void
type_by_label (Article            *a,
               ArticleEvent       *ev,
               const ArticleQuote *q)
{
  static const char *naming[] = {
    "called", "calls", "call", "described", "describes", "branded", "labelled", "labeled", "termed",
    "menyebut", "menyebutnya", "menilai", "menggambarkan", "menamakan", "menganggap",
  };
  static const char *blame[] = {
    "provocation", "provocative", "provokasi", "provokatif", "unacceptable", "illegal", "ilegal",
    "violation", "pelanggaran", "dangerous", "berbahaya", "reckless", "irresponsible", "shameful",
    "memalukan", "absurd", "sham", "fraud", "lies", "lie", "bohong", "kebohongan", "hoax", "hoaks",
    "fitnah", "slander", "propaganda", "aggression", "agresi", "genocide", "genosida", "blackmail",
    "pemerasan", "hypocrisy", "hypocritical", "munafik", "kemunafikan", "farce", "disgrace",
    "outrageous", "keterlaluan", "sembrono", "intimidasi", "intimidation", "bullying",
  };
  g_autoptr(GArray) targets = NULL;
  gboolean named = FALSE, blamed = FALSE;
  guint32 from, limit;

  if (!g_str_equal (ev->type, "statement") || q->cue == NO_INDEX || q->open_token == NO_INDEX
      || q->cue >= q->open_token)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (naming) && !named; i++)
    named = word_is (a, q->cue, naming[i]);
  if (!named)
    return;
  for (guint32 k = q->first_token; k < q->end_token && !blamed; k++)
    for (guint i = 0; i < G_N_ELEMENTS (blame) && !blamed; i++)
      blamed = word_is (a, k, blame[i]);
  if (!blamed)
    return;
  from = q->cue + 1;
  limit = q->open_token;
  targets = g_array_new (FALSE, FALSE, sizeof (guint32));
  for (guint32 k = from; k < limit; k++)
    {
      guint32 m = _article_mention_at (a, k);

      if (m == NO_INDEX)
        continue;
      if (!contains (ev->actors, _article_mention (a, m)->entity)
          && entity (a, _article_mention (a, m)->entity)->kind != TAUTAN_ENTITY_MEDIA
          && entity (a, _article_mention (a, m)->entity)->kind != TAUTAN_ENTITY_PLACE)
        _tautan_append_unique (targets, _article_mention (a, m)->entity);
      k = _article_mention (a, m)->end_token - 1;
    }
  if (targets->len == 0)
    return;
  retype_statement (a, ev, "criticise", ev->cue, targets);
}

/* Whether @who stands on the side of one of @actors: the same entity,
 * or a state or body one of them belongs to. */
static gboolean
own_side (const Article *a,
          const GArray  *actors,
          guint32        who)
{
  for (guint k = 0; k < actors->len; k++)
    {
      guint32 actor = g_array_index (actors, guint32, k);

      if (actor == who || entity (a, actor)->affiliation == who || entity (a, who)->affiliation == actor)
        return TRUE;
    }
  return FALSE;
}

/* Whether one of @words is within [@from, @end); a word with a hyphen
 * ("mata-mata") is two joined tokens, and matches from its first. */
static guint32
word_within (const Article      *a,
             guint32             from,
             guint32             end,
             const char * const *words)
{
  for (guint32 k = from; k < end; k++)
    {
      const char *at = a->text + article_token (a, k)->start;
      guint8 first = _tautan_ascii_lower ((guint8)*at);

      /* both tests below need a word that starts with the same letter */
      if (article_token (a, k)->kind != TOKEN_WORD)
        continue;
      for (guint w = 0; words[w] != NULL; w++)
        {
          gsize n;

          if (first != _tautan_ascii_lower ((guint8)words[w][0]))
            continue;
          n = strlen (words[w]);
          if (strchr (words[w], '-') == NULL ? word_is (a, k, words[w])
              : (g_ascii_strncasecmp (at, words[w], n) == 0 && !g_unichar_isalnum (g_utf8_get_char (at + n))))
            return k;
        }
    }
  return NO_INDEX;
}

/* The type the words of a reported clause give a plain statement, or
 * NULL: a punishment or sanctions still to come threaten ("AS berencana
 * memberlakukan sanksi", "will impose sanctions", "untuk menghukum"), as
 * does force still to come ("would attack"); spying told of accuses, alarm
 * criticises. */
static const char *
clause_stance (const Article *a,
               guint32        from,
               guint32        end)
{
  static const char * const punish[] = { "menghukum", "hukuman", "punish", "punishment", NULL };
  static const char * const sanctions[] = { "sanksi", "sanksi-sanksi", "sanctions", NULL };
  static const char * const impose[] = {
    "menjatuhkan", "memberlakukan", "mengenakan", "menerapkan", "impose", "slap", NULL };
  static const char * const spying[] = {
    "mata-mata", "memata-matai", "spying", "spied", "espionage", NULL };
  static const char * const attack[] = {
    "menyerang", "menyerbu", "menggempur", "membom", "mengebom", "attack", "invade", "bomb", NULL };
  static const char * const alarm[] = {
    "khawatir", "prihatin", "terkejut", "cemas", "alarmed", "concerned", "appalled", "outraged", "damning", NULL };
  guint32 k;

  if (word_within (a, from, end, punish) != NO_INDEX)
    return "threaten";
  k = word_within (a, from, end, sanctions);
  if (k != NO_INDEX)
    {
      guint32 verb = word_within (a, k > from + 4 ? k - 4 : from, k, impose);

      /* "berencana memberlakukan sanksi", "akan menjatuhkan sanksi" */
      if (verb != NO_INDEX && verb > from
          && (_article_token_is (a, verb - 1, LEX_FUTURE, NULL) || _article_token_is (a, verb - 1, LEX_INTENT, NULL)
              || (a->token_quote[verb] != NO_INDEX && verb > from + 1
                  && (_article_token_is (a, verb - 2, LEX_FUTURE, NULL) || _article_token_is (a, verb - 2, LEX_INTENT, NULL)))))
        return "threaten";
    }
  /* "said it would attack South Korea", "menyatakan akan menyerang Korea
   * Selatan": force still to come, said of another party, threatens */
  k = word_within (a, from, end, attack);
  if (k != NO_INDEX && k > from
      && (_article_token_is (a, k - 1, LEX_FUTURE, NULL) || _article_token_is (a, k - 1, LEX_INTENT, NULL)))
    {
      gboolean other_subject = FALSE;

      /* the speaker's own force ("it would attack"), not another's told
       * of ("said South Korea would attack"): no one named before it */
      for (guint32 j = from; j < k && !other_subject; j++)
        other_subject = _article_mention_at (a, j) != NO_INDEX;
      if (!other_subject)
        return "threaten";
    }
  if (word_within (a, from, end, spying) != NO_INDEX)
    return "accuse";
  if (word_within (a, from, end, alarm) != NO_INDEX)
    return "criticise";
  return NULL;
}

/* "Hayden mengatakan AS terbuka bagi perundingan dengan Korea Utara",
 * "an official said China has been spying", "Pejabat itu mengatakan
 * sanksi itu untuk menghukum Korea Utara": a plain statement aimed at
 * no one named after its verb is aimed at a party its reported clause
 * names past the speaker's own side, up to "tetapi", "but": at the
 * first one when the clause's words take a stance (clause_stance()); at
 * a state named after a preposition when the clause opens with another
 * party, the speaker's own subject. Other talk of a party ("noted the
 * partnership between the US and Indonesia") is about it, not aimed at
 * it, and stays a plain statement. */
static void
target_reported_clause (Article      *a,
                        ArticleEvent *ev,
                        guint32       from)
{
  static const char * const contrast[] = { "tetapi", "namun", "sedangkan", "sementara", "but", "however", "while", NULL };
  const Sentence *s = &g_array_index (a->sentences, Sentence, a->token_sentence[from]);
  guint32 end = s->end_token;
  guint32 first = NO_INDEX, after_prep = NO_INDEX;
  gboolean first_opens = FALSE, seen = FALSE;
  g_autoptr(GArray) targets = NULL;
  const char *type;

  if (!g_str_equal (ev->type, "statement") || ev->targets->len > 0 || ev->actors->len == 0 || ev->caption)
    return;
  if (word_within (a, from, end, contrast) != NO_INDEX)
    end = word_within (a, from, end, contrast);
  for (guint32 k = from; k < end; k++)
    {
      guint32 m = _article_mention_at (a, k);
      guint32 who, v;
      TautanEntityKind kind;

      if (_article_token_is_punct (a, k, ";"))
        break;
      if (m == NO_INDEX)
        continue;
      who = _article_mention (a, m)->entity;
      kind = entity (a, who)->kind;
      if (!seen)
        {
          guint32 at = _article_mention (a, m)->first_token;

          /* "mengatakan, AS …", "said that China …", past a date */
          while (at > from && (a->token_date[at - 1] != NO_INDEX || _article_token_is_punct (a, at - 1, ",()")
                               || word_is (a, at - 1, "bahwa") || word_is (a, at - 1, "that")))
            at--;
          first_opens = at == from;
          seen = TRUE;
        }
      k = _article_mention (a, m)->end_token - 1;
      if (kind == TAUTAN_ENTITY_PLACE || kind == TAUTAN_ENTITY_MEDIA || own_side (a, ev->actors, who))
        continue;
      if (first == NO_INDEX)
        first = who;
      if (after_prep == NO_INDEX
               && _article_token_is (a, _article_mention (a, m)->first_token - 1, LEX_PREP, &v)
               && (v == PREP_TO || v == PREP_WITH || v == PREP_AGAINST))
        after_prep = who;
    }
  if (first == NO_INDEX)
    return;
  type = clause_stance (a, from, end);
  targets = g_array_new (FALSE, FALSE, sizeof (guint32));
  if (first_opens && after_prep != NO_INDEX && entity (a, after_prep)->kind == TAUTAN_ENTITY_STATE)
    g_array_append_val (targets, after_prep);
  else if (type != NULL)
    g_array_append_val (targets, first);
  else
    return;
  retype_statement (a, ev, type != NULL ? type : "statement", ev->cue, targets);
}

/* A speaker whose quotes back no event has made a statement. */
static void
add_statements (Article *a)
{
  for (guint qi = 0; qi < a->quotes->len; qi++)
    {
      ArticleQuote *q = &g_array_index (a->quotes, ArticleQuote, qi);
      ArticleEvent ev = { 0 };
      guint32 sentence;

      if (q->event != NO_INDEX || q->speaker.entity == NO_INDEX
          || entity (a, q->speaker.entity)->kind == TAUTAN_ENTITY_MEDIA)
        continue;
      sentence = a->token_sentence[q->first_token];
      for (guint i = 0; i < a->events->len; i++)
        {
          ArticleEvent *e = &g_array_index (a->events, ArticleEvent, i);

          if (g_str_equal (e->type, "statement") && contains (e->actors, q->speaker.entity))
            {
              q->event = i;
              type_statement (a, e, q->cue);
              type_by_own_words (a, e, q);
              type_by_label (a, e, q);
              target_reported_clause (a, e, q->first_token);
              break;
            }
        }
      if (q->event != NO_INDEX)
        continue;

      ev.cue = 0;
      ev.type = "statement";
      ev.cue_token = q->first_token;
      ev.cue_end = q->first_token;
      ev.sentence = sentence;
      ev.actors = g_array_new (FALSE, FALSE, sizeof (guint32));
      ev.targets = g_array_new (FALSE, FALSE, sizeof (guint32));
      g_array_append_val (ev.actors, q->speaker.entity);
      ev.status = TAUTAN_STATUS_REPORTED;
      ev.responds_to = NO_INDEX;
      date_for (a, q->first_token, sentence, DATE_SPEECH, &ev.date);
      type_statement (a, &ev, q->cue);
      type_by_own_words (a, &ev, q);
      type_by_label (a, &ev, q);
      target_reported_clause (a, &ev, q->first_token);
      q->event = a->events->len;
      g_array_append_val (a->events, ev);
    }
}

static gboolean
has_event_as_actor (const Article *a,
                    guint32        who)
{
  for (guint i = 0; i < a->events->len; i++)
    if (contains (g_array_index (a->events, ArticleEvent, i).actors, who))
      return TRUE;
  return FALSE;
}

/* Whether an event has all of @who among its actors. */
static gboolean
has_event_of_all (const Article *a,
                  const GArray  *who)
{
  for (guint i = 0; i < a->events->len; i++)
    {
      const GArray *actors = g_array_index (a->events, ArticleEvent, i).actors;
      guint k = 0;

      while (k < who->len && contains ((GArray *)actors, g_array_index (who, guint32, k)))
        k++;
      if (k == who->len)
        return TRUE;
    }
  return FALSE;
}

/* Whether @who are named in sentence @si side by side, joined by "and"
 * or "dan" ("Zinke and Colorado Senator Gardner announced"), not a person and
 * the body named in their role ("X, the State Department spokesperson"). */
static gboolean
joined_by_and (const Article *a,
               guint32        si,
               const GArray  *who)
{
  const Sentence *s = &g_array_index (a->sentences, Sentence, si);
  guint32 last_end = NO_INDEX, found = 0;

  for (guint32 k = s->first_token; k < s->end_token; k++)
    {
      guint32 m = _article_mention_at (a, k);
      gboolean conj = FALSE;

      if (m == NO_INDEX || !contains ((GArray *)who, _article_mention (a, m)->entity))
        continue;
      if (last_end != NO_INDEX)
        {
          for (guint32 j = last_end; j < k; j++)
            {
              guint32 other = _article_mention_at (a, j);

              /* a place or state before a role, known ("and Indonesian
               * Foreign Minister X") or not ("and Colorado Senator X") */
              if (other != NO_INDEX && entity (a, _article_mention (a, other)->entity)->kind != TAUTAN_ENTITY_PERSON
                  && _article_match_at (a, _article_mention (a, other)->end_token, LEX_TITLE, NULL, NULL))
                {
                  j = _article_mention (a, other)->end_token - 1;
                  continue;
                }
              if (_article_token_is (a, j, LEX_CONJ, NULL))
                conj = TRUE;
              else if ((!_article_match_at (a, j, LEX_TITLE, NULL, NULL) && !(article_token (a, j)->flags & TOKEN_CAPITAL))
                       || _article_mention_at (a, j) != NO_INDEX)
                return FALSE;
            }
          if (!conj)
            return FALSE;
        }
      found++;
      last_end = _article_mention (a, m)->end_token;
      k = last_end - 1;
      if (found == who->len)
        return TRUE;
    }
  return FALSE;
}

/* The speaker of a speech cue outside quotes: "X said (that)", "X
 * mengatakan bahwa", "X melaporkan", "said X", "according to X",
 * "menurut X". */
static void
speech_speakers (Article      *a,
                 const GArray *clauses,
                 guint32       si,
                 guint32  i,
                 guint32  n,
                 guint32  flags,
                 GArray  *out)
{
  const Sentence *s = &g_array_index (a->sentences, Sentence, si);
  guint32 after = i + n;
  guint32 len;

  /* past the role: "menurut Duta Besar Peter Lindqvist" */
  while (after < s->end_token && _article_match_at (a, after, LEX_TITLE, &len, NULL)
         && _article_mention_at (a, after) == NO_INDEX)
    after += len;
  if ((flags & (SPEECH_BEFORE_SPEAKER | SPEECH_ACCORDING)) && _article_mention_at (a, after) != NO_INDEX
      && (i == s->first_token || _article_mention_at (a, i - 1) == NO_INDEX || (flags & SPEECH_ACCORDING)))
    group_forward (a, after, s->end_token, out);
  else if (flags & SPEECH_AFTER_SPEAKER)
    {
      guint32 k = i;

      /* "The Straits Times noted": an outlet's own words are its
       * statement, though an outlet never acts otherwise */
      while (k > s->first_token && _article_token_is (a, k - 1, LEX_AUX, NULL))
        k--;
      if (k > s->first_token && _article_mention_at (a, k - 1) != NO_INDEX
          && entity (a, _article_mention (a, _article_mention_at (a, k - 1))->entity)->kind == TAUTAN_ENTITY_MEDIA)
        _tautan_append_unique (out, _article_mention (a, _article_mention_at (a, k - 1))->entity);
      else
        _tautan_clause_subject (a, clauses, i, out);
    }
  for (guint k = out->len; k-- > 0;)
    if (entity (a, g_array_index (out, guint32, k))->kind == TAUTAN_ENTITY_PLACE)
      g_array_remove_index (out, k);
}

/* Reported speech, quoted or not, is news of a statement: "X said
 * that…", "according to X", "X mengatakan bahwa…". A speaker's remarks
 * in one article are one event, so one whose words already back an
 * event of theirs adds none. */
static void
add_reported_speech (Article *a)
{
  for (guint32 si = 0; si < a->sentences->len; si++)
    {
      const Sentence *s = &g_array_index (a->sentences, Sentence, si);
      LineRole role = g_array_index (a->lines, Line, s->line).role;

      /* read when the sentence has a speech cue, once */
      g_autoptr(GArray) clauses = NULL;

      if (role == LINE_TITLE || role == LINE_CAPTION || !_article_line_extracts (a, s->line, FALSE))
        continue;
      for (guint32 i = s->first_token; i < s->end_token; i++)
        {
          g_autoptr(GArray) speakers = NULL;
          ArticleEvent ev = { 0 };
          const Payload *p;
          guint32 n;
          gboolean joint = FALSE;

          guint32 flags;

          if (a->token_quote[i] != NO_INDEX || !_article_match_at (a, i, LEX_SPEECH, &n, &p))
            continue;
          flags = p->value;
          /* "X mengecam keras langkah itu", "X condemned the decision":
           * an act of speech aimed at no one named is news still */
          if ((flags & SPEECH_EXPRESS) && !(flags & (SPEECH_BEFORE_SPEAKER | SPEECH_AFTER_SPEAKER))
              && stance_at (a, i, NULL, NULL) != NULL)
            flags |= SPEECH_AFTER_SPEAKER;
          if (!(flags & (SPEECH_BEFORE_SPEAKER | SPEECH_AFTER_SPEAKER | SPEECH_ACCORDING))
              || (article_token (a, i)->flags & TOKEN_NYA) || negated_or_hypothetical (a, s->first_token, i)
              || future (a, s->first_token, i))
            continue;
          speakers = g_array_new (FALSE, FALSE, sizeof (guint32));
          if (clauses == NULL)
            clauses = _tautan_read_clauses (a, si);
          speech_speakers (a, clauses, si, i, n, flags, speakers);
          /* "A and B announced today that…": a joint statement is an act
           * of its own, news apart from what each said alone */
          if (speakers->len >= 2 && joined_by_and (a, si, speakers) && !has_event_of_all (a, speakers))
            joint = TRUE;
          for (guint k = speakers->len; !joint && k-- > 0;)
            if (has_event_as_actor (a, g_array_index (speakers, guint32, k)))
              {
                /* their plain statement takes the stance of these words */
                for (guint e = 0; e < a->events->len; e++)
                  {
                    ArticleEvent *known = &g_array_index (a->events, ArticleEvent, e);

                    if (known->actors->len == 1 && g_array_index (known->actors, guint32, 0) == g_array_index (speakers, guint32, k))
                      {
                        gboolean was_statement = g_str_equal (known->type, "statement");

                        type_statement (a, known, i);
                        target_reported_clause (a, known, i + n);
                        /* "X condemned the decision on Monday. “…,” she
                         * said": the remarks are one event, news for the
                         * stance, dated by the sentence that takes it */
                        if (was_statement && !g_str_equal (known->type, "statement")
                            && known->date.method == TAUTAN_DATE_INFERRED)
                          {
                            ArticleDate d = { 0 };

                            date_for (a, i, si, DATE_SPEECH, &d);
                            if (d.method != TAUTAN_DATE_INFERRED)
                              {
                                _article_date_clear (&known->date);
                                known->date = d;
                              }
                            else
                              _article_date_clear (&d);
                          }
                      }
                  }
                g_array_remove_index (speakers, k);
              }
          if (speakers->len == 0)
            {
              i += n - 1;
              continue;
            }

          ev.cue = 0;
          ev.type = "statement";
          ev.cue_token = i;
          ev.cue_end = i + n;
          ev.sentence = si;
          ev.actors = g_steal_pointer (&speakers);
          ev.targets = g_array_new (FALSE, FALSE, sizeof (guint32));
          ev.status = TAUTAN_STATUS_REPORTED;
          ev.responds_to = NO_INDEX;
          date_for (a, i, si, DATE_SPEECH, &ev.date);
          type_statement (a, &ev, i);
          target_reported_clause (a, &ev, i + n);
          for (guint k = 0; k < ev.actors->len; k++)
            _article_use_entity (a, g_array_index (ev.actors, guint32, k));
          g_array_append_val (a->events, ev);
          i += n - 1;
        }
    }
}

/**
 * _tautan_extract_events:
 *
 * Finds the events of the headline, body and captions, dates them and
 * ties the quotes to them.
 */
/* Whether the words after @cue name an act told before: "pengumuman
 * itu", "langkah tersebut", "the move", "the decision". */
static gboolean
act_referred_back (const Article *a,
                   guint32        cue,
                   guint32        end)
{
  static const char *nouns[] = {
    "pengumuman", "langkah", "keputusan", "tindakan", "ancaman", "peluncuran", "uji", "rencana",
    "kebijakan", "pernyataan", "tuduhan", "klaim", "usulan", "tawaran", "manuver", "provokasi",
    "announcement", "move", "decision", "step", "action", "threat", "launch", "test", "plan",
    "policy", "statement", "remarks", "claim", "claims", "proposal", "offer", "accusation",
  };

  for (guint32 k = cue; k < end && k < cue + 5; k++)
    {
      gboolean noun = FALSE;

      if (_article_mention_at (a, k) != NO_INDEX || _article_token_is_punct (a, k, ",;:."))
        return FALSE;
      for (guint w = 0; w < G_N_ELEMENTS (nouns) && !noun; w++)
        noun = word_is (a, k, nouns[w]);
      if (!noun)
        continue;
      /* "pengumuman itu", "uji coba tersebut"; "the move", "this decision" */
      for (guint32 j = k + 1; j < end && j < k + 3; j++)
        if (word_is (a, j, "itu") || word_is (a, j, "tersebut") || word_is (a, j, "ini"))
          return TRUE;
      return k > 0 && (word_is (a, k - 1, "the") || word_is (a, k - 1, "this") || word_is (a, k - 1, "that"));
    }
  return FALSE;
}

/* "Gedung Putih mengutuk pengumuman itu", "Seoul rejected the move": a
 * criticism, refusal or denial of an act told before is aimed at that
 * act's actor. */
static void
target_act_referred_back (Article *a)
{
  for (guint e = 0; e < a->events->len; e++)
    {
      ArticleEvent *ev = &g_array_index (a->events, ArticleEvent, e);
      const Sentence *s;
      const ArticleEvent *before = NULL;
      guint32 words = ev->cue_end, end;

      if (ev->targets->len > 0 || ev->actors->len == 0
          || !(g_str_equal (ev->type, "criticise") || g_str_equal (ev->type, "reject") || g_str_equal (ev->type, "deny")))
        continue;
      s = &g_array_index (a->sentences, Sentence, ev->sentence);
      end = s->end_token;
      /* a cue's own words follow it; a quote's statement has them between
       * its cue and the quote: "mengutuk pengumuman itu sebagai “…”" */
      if (ev->cue_end <= ev->cue_token)
        {
          words = NO_INDEX;
          for (guint qi = 0; qi < a->quotes->len && words == NO_INDEX; qi++)
            {
              const ArticleQuote *q = &g_array_index (a->quotes, ArticleQuote, qi);
              guint32 n = 1;

              if (q->event != e || q->cue == NO_INDEX || q->open_token == NO_INDEX || q->cue >= q->open_token)
                continue;
              _article_match_at (a, q->cue, LEX_SPEECH, &n, NULL);
              words = q->cue + n;
              end = q->open_token;
            }
          if (words == NO_INDEX)
            continue;
        }
      if (!act_referred_back (a, words, end))
        continue;
      for (guint o = 0; o < a->events->len; o++)
        {
          const ArticleEvent *other = &g_array_index (a->events, ArticleEvent, o);
          gboolean shared = FALSE;

          if (other->cue_token >= ev->cue_token || other->actors->len == 0 || other->caption
              || (before != NULL && other->cue_token < before->cue_token))
            continue;
          for (guint x = 0; x < other->actors->len && !shared; x++)
            shared = contains (ev->actors, g_array_index (other->actors, guint32, x));
          if (!shared)
            before = other;
        }
      if (before == NULL)
        continue;
      for (guint x = 0; x < before->actors->len; x++)
        {
          guint32 target = g_array_index (before->actors, guint32, x);

          _tautan_append_unique (ev->targets, target);
          _article_use_entity (a, target);
        }
    }
}

/* "Biden bertemu Zelenskyy di Gedung Putih", "X and Y held talks at
 * the White House": a meeting held at one party's own place is a visit
 * to that party, who hosts it; the place is no party of its own. */
static void
host_by_place (Article      *a,
               ArticleEvent *ev)
{
  const Sentence *s = &g_array_index (a->sentences, Sentence, ev->sentence);
  guint32 place = NO_INDEX, host = NO_INDEX;
  g_autoptr(GArray) visitors = NULL;

  if (!g_str_equal (ev->type, "meet") || ev->caption || ev->cue_end <= ev->cue_token)
    return;
  for (guint32 k = ev->cue_end; k + 1 < s->end_token && k < ev->cue_end + 12 && place == NO_INDEX; k++)
    {
      guint32 v;

      if (_article_token_is_punct (a, k, ",;:") || _article_token_is (a, k, LEX_REL, NULL))
        break;
      /* "during his visit to Google", "dalam kunjungannya ke Jakarta":
       * where the visit goes is the host's place */
      if ((word_is (a, k, "visit") || word_is (a, k, "kunjungan") || word_is (a, k, "kunjungannya"))
          && k + 2 < s->end_token)
        {
          guint32 j = k + 1;

          while (j < k + 3 && j + 1 < s->end_token && article_token (a, j)->kind == TOKEN_WORD
                 && _article_mention_at (a, j) == NO_INDEX && !_article_token_is (a, j, LEX_PREP, NULL))
            j++;
          if (j + 1 < s->end_token && _article_token_is (a, j, LEX_PREP, &v) && (v == PREP_TO || v == PREP_AT)
              && _article_mention_at (a, j + 1) != NO_INDEX)
            place = _article_mention (a, _article_mention_at (a, j + 1))->entity;
          continue;
        }
      if (!_article_token_is (a, k, LEX_PREP, &v) || v != PREP_AT)
        continue;
      /* "at the White House" */
      if (word_is (a, k + 1, "the") && k + 2 < s->end_token)
        k++;
      if (_article_mention_at (a, k + 1) != NO_INDEX)
        place = _article_mention (a, _article_mention_at (a, k + 1))->entity;
    }
  if (place == NO_INDEX)
    return;
  for (guint k = 0; k < ev->actors->len && host == NO_INDEX; k++)
    {
      guint32 actor = g_array_index (ev->actors, guint32, k);

      if (actor != place && entity (a, actor)->affiliation == place)
        host = actor;
    }
  /* "A met with Danish Secretary B today in Washington": with A's state
   * unknown and B from another state than the place, A is at home */
  if (host == NO_INDEX && ev->actors->len == 1 && ev->targets->len > 0
      && entity (a, place)->kind == TAUTAN_ENTITY_STATE
      && entity (a, g_array_index (ev->actors, guint32, 0))->affiliation == NO_INDEX
      && entity (a, g_array_index (ev->actors, guint32, 0))->kind == TAUTAN_ENTITY_PERSON)
    {
      gboolean away = TRUE;

      for (guint k = 0; k < ev->targets->len; k++)
        {
          guint32 of = entity (a, g_array_index (ev->targets, guint32, k))->affiliation;

          if (of == NO_INDEX || of == place || g_array_index (ev->targets, guint32, k) == place)
            away = FALSE;
        }
      if (away)
        host = g_array_index (ev->actors, guint32, 0);
    }
  if (host == NO_INDEX)
    return;
  visitors = g_array_new (FALSE, FALSE, sizeof (guint32));
  for (guint k = 0; k < ev->actors->len; k++)
    if (g_array_index (ev->actors, guint32, k) != host)
      _tautan_append_unique (visitors, g_array_index (ev->actors, guint32, k));
  for (guint k = 0; k < ev->targets->len; k++)
    if (g_array_index (ev->targets, guint32, k) != place)
      _tautan_append_unique (visitors, g_array_index (ev->targets, guint32, k));
  if (visitors->len == 0)
    return;
  g_array_set_size (ev->actors, 0);
  g_array_append_vals (ev->actors, visitors->data, visitors->len);
  g_array_set_size (ev->targets, 0);
  g_array_append_val (ev->targets, host);
}

void
_tautan_extract_events (Article *a)
{
  for (guint32 si = 0; si < a->sentences->len; si++)
    {
      const Sentence *s = &g_array_index (a->sentences, Sentence, si);

      if (_article_line_extracts (a, s->line, FALSE))
        events_in_sentence (a, si);
    }
  link_quotes (a);
  add_statements (a);
  add_reported_speech (a);
  target_act_referred_back (a);
  for (guint e = 0; e < a->events->len; e++)
    host_by_place (a, &g_array_index (a->events, ArticleEvent, e));
}
