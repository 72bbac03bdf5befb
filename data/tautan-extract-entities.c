/* tautan-extract-entities.c: who the article names, known or proposed
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Mentions come from three places: the gazetteer (longest match, with
 * its capitals: "AS" is the United States, "as" is not), runs of
 * capitalised words the gazetteer does not know (proposed entities: a
 * person after a role noun, an organisation after "Kementerian", a place
 * after "di"), and a surname or given name standing for a person the
 * article names in full anywhere ("Kim" in a deck, "Kim Jong-un" below).
 * "Pemimpin Korea Utara itu", "the minister", "ia" and "he" are resolved
 * to the person they refer back to.
 */

#define G_LOG_DOMAIN "tautan-extract"

#include "config.h"

#include <string.h>

#include "tautan-extract-private.h"

static guint32
add_entity (Article       *a,
            ArticleEntity *e)
{
  guint32 index = a->entities->len;

  g_array_append_val (a->entities, *e);
  g_hash_table_insert (a->entity_by_key, g_array_index (a->entities, ArticleEntity, index).key,
                       GUINT_TO_POINTER (index + 1));
  return index;
}

guint32
_article_entity_for_gazetteer (Article *a,
                               guint32  entry)
{
  const TautanGazetteerEntry *g = tautan_gazetteer_get_entry (a->gazetteer, entry);
  gpointer found = g_hash_table_lookup (a->entity_by_key, g->id);
  ArticleEntity e = { 0 };

  if (found != NULL)
    return GPOINTER_TO_UINT (found) - 1;

  e.key = g_strdup (g->id);
  e.gazetteer = entry;
  e.name = g_strdup (g->name);
  e.kind = g->kind;
  e.role = g_strdup (g->role);
  e.affiliation = NO_INDEX;
  return add_entity (a, &e);
}

guint32
_article_entity_proposed (Article          *a,
                          const char       *name,
                          TautanEntityKind  kind,
                          const char       *role,
                          guint32           affiliation)
{
  g_autofree char *norm = _tautan_normalise_name (name, -1);
  /* g_strconcat(): no format to parse, for each name proposed */
  g_autofree char *key = g_strconcat (tautan_entity_kind_to_string (kind), ":", norm, NULL);
  gpointer found = g_hash_table_lookup (a->entity_by_key, key);
  ArticleEntity e = { 0 };

  if (found != NULL)
    {
      ArticleEntity *existing = &g_array_index (a->entities, ArticleEntity, GPOINTER_TO_UINT (found) - 1);

      if (existing->role == NULL && role != NULL)
        existing->role = g_strdup (role);
      if (existing->affiliation == NO_INDEX)
        existing->affiliation = affiliation;
      return GPOINTER_TO_UINT (found) - 1;
    }

  e.key = g_steal_pointer (&key);
  e.gazetteer = NO_INDEX;
  e.name = g_strdup (name);
  e.kind = kind;
  e.role = g_strdup (role);
  e.affiliation = affiliation;
  e.proposed = TRUE;
  return add_entity (a, &e);
}

/* Marks an entity as written out, with the entities it needs: a person's
 * state, when the gazetteer knows it. */
void
_article_use_entity (Article *a,
                     guint32  entity)
{
  ArticleEntity *e;

  if (entity == NO_INDEX)
    return;
  e = &g_array_index (a->entities, ArticleEntity, entity);
  if (e->used)
    return;
  e->used = TRUE;
  if (e->gazetteer != NO_INDEX && e->affiliation == NO_INDEX)
    {
      const TautanGazetteerEntry *g = tautan_gazetteer_get_entry (a->gazetteer, e->gazetteer);
      int aff = tautan_gazetteer_lookup (a->gazetteer, g->affiliation);

      if (aff >= 0)
        {
          guint32 index = _article_entity_for_gazetteer (a, aff);

          /* @e may have moved: the array grew. */
          g_array_index (a->entities, ArticleEntity, entity).affiliation = index;
        }
    }
  _article_use_entity (a, g_array_index (a->entities, ArticleEntity, entity).affiliation);
}

static const ArticleEntity *
entity_at (const Article *a,
           guint32        index)
{
  return &g_array_index (a->entities, ArticleEntity, index);
}

static gboolean
at_sentence_start (const Article *a,
                   guint32        i)
{
  const Token *t = article_token (a, i);
  const Token *prev;

  if (i == 0 || (t->flags & TOKEN_LINE))
    return TRUE;
  prev = article_token (a, i - 1);
  if (prev->kind == TOKEN_QUOTE_OPEN || prev->kind == TOKEN_QUOTE_STRAIGHT)
    return TRUE;
  return prev->kind == TOKEN_PUNCT && (prev->ch == '.' || prev->ch == '!' || prev->ch == '?'
                                       || prev->ch == ':' || prev->ch == '(' || prev->ch == '-'
                                       || prev->ch == 0);
}

/* "Mr. Toccafondi", "Dr. Sunu": a word right after an honorific and its
 * full stop, which is no sentence end. */
static gboolean
after_honorific (const Article *a,
                 guint32        i)
{
  const Token *dot, *title;

  if (i < 2 || i >= article_n_tokens (a) || (article_token (a, i)->flags & TOKEN_LINE))
    return FALSE;
  dot = article_token (a, i - 1);
  title = article_token (a, i - 2);
  return dot->kind == TOKEN_PUNCT && dot->ch == '.' && title->end - title->start <= 3
         && _article_token_is (a, i - 2, LEX_TITLE, NULL);
}

static gboolean
token_is_word (const Article *a,
               guint32        k,
               const char    *word)
{
  return k < article_n_tokens (a) && _article_token_is_word (a, k, word);
}


/* A one-word alias that is also a common word ("Antara", "antara") at the
 * start of a sentence is the word. */
/* "Jay Carney" is not the gazetteer's Mark Carney: a known person's
 * surname after a first name of someone else's. */
static gboolean
other_first_name (const Article *a,
                  guint32        i,
                  guint32        entry)
{
  const TautanGazetteerEntry *g = tautan_gazetteer_get_entry (a->gazetteer, entry);
  const Token *prev;
  const char *word;
  gsize len;

  if (g->kind != TAUTAN_ENTITY_PERSON || i == 0 || strchr (g->name, ' ') == NULL)
    return FALSE;
  prev = article_token (a, i - 1);
  if (prev->kind != TOKEN_WORD || !(prev->flags & TOKEN_CAPITAL) || (prev->flags & TOKEN_UPPER)
      || (prev->flags & TOKEN_JOINED) || !(article_token (a, i)->flags & TOKEN_SPACE)
      || prev->line != article_token (a, i)->line)
    return FALSE;
  /* a role, a cue, a month, a known name: "Presiden Putin", "Menurut Putin" */
  if (article_token_has_kind (a, i - 1, LEX_TITLE) || article_token_has_kind (a, i - 1, LEX_ENTITY)
      || article_token_has_kind (a, i - 1, LEX_SPEECH) || article_token_has_kind (a, i - 1, LEX_PREP)
      || article_token_has_kind (a, i - 1, LEX_NOT_NAME) || article_token_has_kind (a, i - 1, LEX_CONJ)
      || article_token_has_kind (a, i - 1, LEX_AUX) || article_token_has_kind (a, i - 1, LEX_MONTH)
      || article_token_has_kind (a, i - 1, LEX_WEEKDAY) || article_token_has_kind (a, i - 1, LEX_DATE_WORD)
      || article_token_has_kind (a, i - 1, LEX_DEMONSTRATIVE) || article_token_has_kind (a, i - 1, LEX_PRONOUN)
      || article_token_has_kind (a, i - 1, LEX_ANON) || article_token_has_kind (a, i - 1, LEX_FURNITURE)
      || article_token_has_kind (a, i - 1, LEX_ORG_HEAD) || article_token_has_kind (a, i - 1, LEX_DESCRIPTION)
      || article_token_has_kind (a, i - 1, LEX_EVENT) || article_token_has_kind (a, i - 1, LEX_REL))
    return FALSE;
  /* the entry's own first name */
  word = a->text + prev->start;
  len = prev->end - prev->start;
  for (const char *at = g->name; *at != '\0';)
    {
      const char *end = strchr (at, ' ');
      gsize n = end ? (gsize)(end - at) : strlen (at);

      if (n == len && g_ascii_strncasecmp (at, word, len) == 0)
        return FALSE;
      if (end == NULL)
        break;
      at = end + 1;
    }
  return TRUE;
}

static gboolean
gazetteer_match (const Article  *a,
                 guint32         i,
                 guint32        *n,
                 guint32        *entry)
{
  const Payload *p;

  if (!_article_match_at (a, i, LEX_ENTITY, n, &p))
    return FALSE;
  /* "6,2 miliar dolar AS", "Singapore dollars": a currency, not a
   * party; "bahasa Inggris", "berbahasa Arab": a language, not a state */
  if ((i > 0 && (token_is_word (a, i - 1, "dolar") || token_is_word (a, i - 1, "dollar")
                 || token_is_word (a, i - 1, "dollars") || token_is_word (a, i - 1, "bahasa")
                 || token_is_word (a, i - 1, "berbahasa")))
      || token_is_word (a, i + *n, "dollar") || token_is_word (a, i + *n, "dollars")
      || (*n == 1 && _article_token_is_char (a, i + 1, '$')))
    return FALSE;
  if (*n == 1 && at_sentence_start (a, i) && !(article_token (a, i)->flags & TOKEN_UPPER)
      && (_article_token_is (a, i, LEX_PREP, NULL) || _article_token_is (a, i, LEX_NOT_NAME, NULL)
          || _article_token_is (a, i, LEX_CONJ, NULL) || _article_token_is (a, i, LEX_AUX, NULL)))
    return FALSE;
  if (*n == 1 && other_first_name (a, i, p->value))
    return FALSE;
  *entry = p->value;
  return TRUE;
}

static gboolean
is_name_word (const Article *a,
              guint32        i)
{
  const Token *t = article_token (a, i);

  if (t->kind != TOKEN_WORD || !(t->flags & (TOKEN_CAPITAL | TOKEN_UPPER)))
    return FALSE;
  if (_article_token_is (a, i, LEX_MONTH, NULL) || _article_token_is (a, i, LEX_WEEKDAY, NULL))
    return FALSE;
  return TRUE;
}

/* The full stop of a middle initial inside a name: "Joseph R. Donovan",
 * "Charles A. Flynn" (the letter after a space, a name word after the
 * stop; not "U.S."). */
static gboolean
initial_stop (const Article *a,
              guint32        i)
{
  const Token *letter, *next;

  if (i < 1 || i + 1 >= article_n_tokens (a) || !_article_token_is_char (a, i, '.'))
    return FALSE;
  letter = article_token (a, i - 1);
  next = article_token (a, i + 1);
  return letter->kind == TOKEN_WORD && letter->end - letter->start == 1 && (letter->flags & TOKEN_UPPER)
         && (letter->flags & TOKEN_SPACE) && !(article_token (a, i)->flags & TOKEN_SPACE)
         && (next->flags & TOKEN_SPACE) && !(next->flags & TOKEN_LINE) && next->kind == TOKEN_WORD
         && next->end - next->start > 1 && (next->flags & TOKEN_CAPITAL);
}

/* "…, G. Palnival hari Minggu mengatakan", "Menteri G. Palanivel": a first
 * initial opens a name after a comma or a role, where a lone capital and
 * full stop would not end a sentence. */
static gboolean
leading_initial (const Article *a,
                 guint32        i)
{
  if (i < 1 || !initial_stop (a, i + 1) || token_is_word (a, i, "a") || token_is_word (a, i, "i"))
    return FALSE;
  return _article_token_is_char (a, i - 1, ',') || _article_match_at (a, i - 1, LEX_TITLE, NULL, NULL);
}

/* "Pacific-sponsored", "U.S.-led", "China-backed": a name joined by a
 * hyphen to a participle is an adjective of what follows, no name of its
 * own ("Jong-un" is joined to no participle). */
static gboolean
compound_adjective_at (const Article *a,
                       guint32        k)
{
  const Token *next;
  gsize n;

  if (k + 1 >= article_n_tokens (a))
    return FALSE;
  next = article_token (a, k + 1);
  n = next->end - next->start;
  return next->kind == TOKEN_WORD && (next->flags & TOKEN_JOINED) && !(next->flags & (TOKEN_CAPITAL | TOKEN_UPPER))
         && n >= 3 && a->text[next->start + n - 2] == 'e' && a->text[next->start + n - 1] == 'd';
}

/* "bin", "al", "van der": small words inside names. */
static gboolean
is_name_particle (const Article *a,
                  guint32        i)
{
  static const char *particles[] = { "bin", "binti", "al", "el", "van", "der", "de", "von", "da", "dos", "la", "le", "du", "di" };
  const Token *t = article_token (a, i);
  gsize n = t->end - t->start;

  if (t->kind != TOKEN_WORD || (t->flags & TOKEN_CAPITAL))
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (particles); k++)
    if (strlen (particles[k]) == n && strncmp (a->text + t->start, particles[k], n) == 0)
      {
        /* in Indonesian "di" is "in": "Tomas Berg di Wina" */
        if (a->language == 0 && g_str_equal (particles[k], "di"))
          return FALSE;
        return TRUE;
      }
  return FALSE;
}

static void
add_mention (Article *a,
             guint32  first,
             guint32  end,
             guint32  entity,
             guint32  title_start)
{
  Mention m = { first, end, entity, title_start, NO_INDEX };

  for (guint32 k = first; k < end; k++)
    a->token_mention[k] = a->mentions->len;
  g_array_append_val (a->mentions, m);
}

/* The role nouns just before @i ("Menteri Luar Negeri", "Presiden"),
 * maybe with a state inside ("Presiden Rusia"): returns where they start,
 * or @i; @state receives the state's entity. */
static guint32
title_before (Article *a,
              guint32  i,
              guint32 *state)
{
  guint32 start = i;
  guint32 k = i;

  *state = NO_INDEX;
  while (k > 0)
    {
      guint32 mention;

      /* "Gen. Mark A. Milley", "Sgt. Maj. David Armour": a short title's
       * stop is no end of the titles */
      if (k >= 2 && _article_token_is_punct (a, k - 1, ".") && a->token_mention[k - 2] == NO_INDEX
          && article_token (a, k - 2)->end - article_token (a, k - 2)->start <= 4
          && _article_token_is (a, k - 2, LEX_TITLE, NULL))
        k--;
      mention = a->token_mention[k - 1];

      if (mention != NO_INDEX && *state == NO_INDEX
          && entity_at (a, g_array_index (a->mentions, Mention, mention).entity)->kind == TAUTAN_ENTITY_STATE)
        {
          Mention *m = &g_array_index (a->mentions, Mention, mention);

          *state = m->entity;
          k = m->first_token;
          continue;
        }
      /* "Ambassador to Indonesia Joseph Donovan", "Duta Besar AS untuk
       * Indonesia X": the state a post is to is inside the title */
      if (*state != NO_INDEX && k >= 2 && start == i
          && (_article_token_is_word (a, k - 1, "to") || _article_token_is_word (a, k - 1, "untuk")))
        {
          gboolean role = a->token_mention[k - 2] != NO_INDEX;
          guint32 n;

          for (guint32 back = MIN (4, k - 1); back >= 1 && !role; back--)
            role = _article_match_at (a, k - 1 - back, LEX_TITLE, &n, NULL) && k - 1 - back + n == k - 1;
          if (role)
            {
              k--;
              *state = NO_INDEX;
              continue;
            }
        }
      /* "Juru bicara Kementerian Luar Negeri Teuku Faizasyah", "Direktur
       * USAID Jeff Cohen": the body a title is of, between it and the name */
      if (mention != NO_INDEX && k == i
          && entity_at (a, g_array_index (a->mentions, Mention, mention).entity)->kind == TAUTAN_ENTITY_ORGANISATION)
        {
          const Mention *m = &g_array_index (a->mentions, Mention, mention);
          guint32 n;

          for (guint32 back = MIN (4, m->first_token); back >= 1; back--)
            if (_article_match_at (a, m->first_token - back, LEX_TITLE, &n, NULL) && m->first_token - back + n == m->first_token)
              {
                k = m->first_token;
                break;
              }
          if (k != i)
            continue;
        }
      /* a title phrase ending at k - 1: try the words before */
      {
        gboolean found = FALSE;

        /* the longest first: "Deputy Secretary" is one title, whose
         * match at "Deputy" is two words long */
        for (guint32 back = MIN (4, k); back >= 1; back--)
          {
            guint32 n;

            if (_article_match_at (a, k - back, LEX_TITLE, &n, NULL) && k - back + n == k)
              {
                k -= back;
                start = k;
                found = TRUE;
                break;
              }
          }
        if (!found)
          break;
      }
    }
  if (start == i)
    *state = NO_INDEX;
  return start;
}

static guint32 person_with_word    (Article       *a,
                                    guint32        i);
static guint32 organisation_before (const Article *a,
                                    guint32        head,
                                    guint32        before,
                                    gboolean       any);

/* The length of the longest role noun phrase at @i ("Menteri Kesehatan",
 * not just "Menteri"), or 0. */
static guint32
longest_title (const Article *a,
               guint32        i)
{
  guint32 longest = 0;

  if (!_article_match_at (a, i, LEX_TITLE, NULL, NULL))
    return 0;
  for (guint32 k = a->token_match[i]; k != NO_INDEX; k = g_array_index (a->matches, Match, k).next)
    {
      const Match *m = &g_array_index (a->matches, Match, k);
      const Payload *p;
      guint n;

      p = _phrase_table_payloads (a->table, m->node, &n);
      for (guint j = 0; j < n; j++)
        if (p[j].kind == LEX_TITLE && m->n_tokens > longest)
          longest = m->n_tokens;
    }
  return longest;
}

/* "USAID", "NASA": a word of two letters or more, all capitals. */
static gboolean
is_acronym (const Article *a,
            guint32        i)
{
  const Token *t = article_token (a, i);

  return t->kind == TOKEN_WORD && (t->flags & TOKEN_UPPER) && !(t->flags & TOKEN_JOINED) && t->end - t->start >= 2;
}

/* "UMGo", "YPGo": a body's short name in mixed case, its first two
 * letters capitals (unlike "McDonald" or "DeSantis"), or all capitals. */
static gboolean
is_short_body_name (const Article *a,
                    guint32        i)
{
  const Token *t = article_token (a, i);

  return is_acronym (a, i)
         || (t->kind == TOKEN_WORD && !(t->flags & TOKEN_JOINED) && t->end - t->start >= 3
             && g_ascii_isupper (a->text[t->start]) && g_ascii_isupper (a->text[t->start + 1]));
}

static int title_abbreviation (const Article *a,
                               guint32        i);

/* How many words the run has, a hyphenated one ("El-Hassan") counted
 * once, a middle initial ("R.") and a generation ("Jr", "III") not at
 * all; a particle ("van der") makes any count too short to cut. */
static guint
name_words (const Article *a,
            guint32        first,
            guint32        end)
{
  static const char *generations[] = { "jr", "sr", "ii", "iii", "iv" };
  guint words = 0;

  for (guint32 k = first; k < end; k++)
    {
      gboolean generation = FALSE;

      if (is_name_particle (a, k))
        return 0;
      if (k + 1 < end && initial_stop (a, k + 1))
        continue;
      for (guint g = 0; g < G_N_ELEMENTS (generations) && !generation; g++)
        generation = k > first && token_is_word (a, k, generations[g]);
      if (article_token (a, k)->kind == TOKEN_WORD && !generation
          && !(k > first && (article_token (a, k)->flags & TOKEN_JOINED)))
        words++;
    }
  return words;
}

/* A region's legislature, police, prosecutors or government, named by
 * the short form that heads the region's name: "DPRD Kota Surabaya",
 * "Polda Jambi", "Pemkab Bogor". */
static gboolean
regional_body_at (const Article *a,
                  guint32        i)
{
  static const char *words[] = {
    "dprd", "polda", "polres", "polresta", "polrestabes", "polsek", "pemkab", "pemkot", "pemprov",
    "kejari", "kejati",
  };
  static WordList list = WORD_LIST_INIT (words);

  return (article_token (a, i)->flags & (TOKEN_CAPITAL | TOKEN_UPPER)) && _article_token_in_list (a, i, &list);
}

/* The word that ends an Indonesian body's kind before its region:
 * "Pengadilan Negeri" + "Surabaya", "Kejaksaan Tinggi" + "Bali",
 * "Kepolisian Daerah" + "Jambi", "DPRD Kota" + "Surabaya". */
static gboolean
regional_qualifier (const Article *a,
                    guint32        i)
{
  static const char *words[] = {
    "negeri", "tinggi", "agama", "daerah", "resor", "kota", "kabupaten", "provinsi",
  };
  static WordList list = WORD_LIST_INIT (words);

  return i > 0 && _article_token_in_list (a, i, &list);
}

/* The head of a body's name at @i ("Kementerian", "Garda", "Task
 * Force"): the lexicon's heads, and the words below that name bodies
 * only in a name of their own (the lexicon's heads also read verbs and
 * descriptions, these would misread there). @len receives its length. */
static gboolean
body_head_at (const Article *a,
              guint32        i,
              guint32       *len)
{
  static const char *words[] = {
    "komunitas", "community", "satgas", "garda", "guard", "milisi", "militia", "aliansi", "alliance",
    "jaringan", "network", "forum", "ikatan", "himpunan", "perhimpunan", "service", "centre", "center",
    "museum", "gallery", "galeri", "klub", "club", "liga", "league", "otoritas", "direktorat",
    "directorate", "dinas", "biro", "korps", "corps", "board", "institusi", "institution", "taskforce",
    "program", "programme",
    /* a region's legislature, police, prosecutors, government and
     * secretariats: "DPRD Kota Surabaya", "Polda Jambi", "Pemkab Bogor",
     * "Sekretariat DPRD Bangkalan" name a body, not a person */
    "sekretariat", "secretariat",
  };
  static const char *pairs[][2] = {
    { "satuan", "tugas" }, { "gugus", "tugas" }, { "task", "force" }, { "kamar", "dagang" },
  };
  static WordList list = WORD_LIST_INIT (words);
  guint32 n = 0;

  if (_article_match_at (a, i, LEX_ORG_HEAD, &n, NULL))
    {
      if (len)
        *len = n;
      return TRUE;
    }
  if (!(article_token (a, i)->flags & (TOKEN_CAPITAL | TOKEN_UPPER)))
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (pairs); k++)
    if (token_is_word (a, i, pairs[k][0]) && token_is_word (a, i + 1, pairs[k][1]))
      {
        if (len)
          *len = 2;
        return TRUE;
      }
  if (_article_token_in_list (a, i, &list) || regional_body_at (a, i))
    {
      if (len)
        *len = 1;
      return TRUE;
    }
  return FALSE;
}

/* Words that end a body's name rather than start a person's:
 * "Komisi Pemilihan Umum", "Badan Intelijen Nasional". */
static gboolean
ends_body_name (const Article *a,
                guint32        i)
{
  static const char *words[] = {
    "nasional", "umum", "internasional", "pusat", "daerah", "rakyat", "republik", "raya", "agung",
    "national", "international", "general", "central", "federal", "regional", "council",
  };
  static WordList list = WORD_LIST_INIT (words);

  return _article_token_in_list (a, i, &list);
}

/* Adjectives that end a title rather than start the name after it:
 * "Menteri Pertahanan Nasional Kim Chul-soo", "Kepala Kepolisian Daerah
 * X", and the grades of a rank: "Marsekal Madya X", "Laksamana Muda
 * X". Not "Agung" or "Raya", which are given names too. */
static gboolean
title_qualifier (const Article *a,
                 guint32        i)
{
  static const char *words[] = {
    "nasional", "internasional", "daerah", "national", "international", "federal", "regional",
    "madya", "muda", "pertama", "utama",
  };
  static WordList list = WORD_LIST_INIT (words);

  return _article_token_in_list (a, i, &list);
}

/* The capitalised words the text uses as adjectives of people ("warga
 * Muslim", "komunitas Muslim", "the English teacher", "Muslim
 * communities"): a people, a faith or a language, never a body of its
 * own, wherever else the word stands alone. The set holds their folded
 * hashes. */
static GHashTable *
people_adjectives (const Article *a)
{
  static const char *nouns_before[] = {
    "warga", "umat", "komunitas", "masyarakat", "kaum", "orang", "bangsa", "penduduk", "pemeluk",
    "agama", "bahasa", "budaya", "kebudayaan", "tradisi", "suku", "etnis", "keturunan", "imigran",
    "diaspora", "pelajar", "mahasiswa", "guru", "ulama", "tokoh", "pemimpin", "pemuda", "perempuan",
    "ekstremis", "keluarga", "sekolah", "restoran", "makanan", "masakan",
  };
  static const char *nouns_after[] = {
    "teacher", "teachers", "student", "students", "community", "communities", "people", "leader",
    "leaders", "cleric", "clerics", "group", "groups", "family", "families", "woman", "women", "man",
    "men", "worker", "workers", "voter", "voters", "population", "majority", "minority", "language",
    "speaker", "speakers", "culture", "tradition", "traditions", "food", "cuisine", "restaurant",
    "restaurants", "citizen", "citizens", "resident", "residents", "immigrant", "immigrants",
    "refugee", "refugees", "youth", "children", "scholar", "scholars", "faith", "descent", "heritage",
    "extremist", "extremists", "americans", "prayer", "prayers", "holiday", "festival",
  };
  static WordList before = WORD_LIST_INIT (nouns_before);
  static WordList after = WORD_LIST_INIT (nouns_after);
  GHashTable *set = g_hash_table_new (g_int64_hash, g_int64_equal);
  guint32 n = article_n_tokens (a);

  for (guint32 i = 0; i < n; i++)
    {
      const Token *t = article_token (a, i);
      gboolean adjective = FALSE;

      if (t->kind != TOKEN_WORD || !(t->flags & TOKEN_CAPITAL) || (t->flags & TOKEN_UPPER)
          || a->token_mention[i] != NO_INDEX)
        continue;
      /* "warga Muslim": a lowercase noun of people right before */
      if (i > 0 && !(t->flags & TOKEN_LINE) && !(article_token (a, i - 1)->flags & (TOKEN_CAPITAL | TOKEN_UPPER))
          && (i + 1 >= n || !is_name_word (a, i + 1) || a->token_mention[i + 1] != NO_INDEX))
        adjective = _article_token_in_list (a, i - 1, &before);
      /* "the English teacher": a lowercase noun of people right after */
      if (!adjective && i + 1 < n && !(article_token (a, i + 1)->flags & (TOKEN_CAPITAL | TOKEN_UPPER | TOKEN_LINE))
          && (i == 0 || !is_name_word (a, i - 1) || (article_token (a, i)->flags & TOKEN_LINE)))
        adjective = _article_token_in_list (a, i + 1, &after);
      if (adjective)
        g_hash_table_add (set, (gpointer)&t->hash);
    }
  return set;
}

/* "North", "West": a compass word that begins a place's own name ("West
 * Midlands Police", "North Yorkshire") when a name word follows it. */
static gboolean
compass_before_name (const Article *a,
                     guint32        i,
                     guint32        end)
{
  static const char *compass[] = { "north", "south", "east", "west" };

  if (i + 1 >= end || !is_name_word (a, i + 1) || longest_title (a, i + 1) > 0)
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (compass); k++)
    if (token_is_word (a, i, compass[k]))
      return TRUE;
  return FALSE;
}

/* "The National Park Service", "Central Intelligence Agency": a word
 * that opens sentences on its own ("National", "International") opens
 * the name of a body whose head follows in the same run. */
static gboolean
adjective_before_body (const Article *a,
                       guint32        i,
                       guint32        end)
{
  static const char *adjectives[] = {
    "national", "international", "federal", "central", "world", "global",
  };
  gboolean adjective = FALSE;

  if (i + 1 >= end || !is_name_word (a, i + 1))
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (adjectives) && !adjective; k++)
    adjective = token_is_word (a, i, adjectives[k]);
  if (!adjective)
    return FALSE;
  for (guint32 k = i + 1; k < end; k++)
    if (body_head_at (a, k, NULL))
      return TRUE;
  return FALSE;
}

/* "the Yushu county television station", "Panama City": a name right
 * before a lowercase noun of places, or ending in "City", is a place. */
static gboolean
place_noun_at (const Article *a,
               guint32        i)
{
  static const char *places[] = {
    "county", "province", "prefecture", "district", "city", "town", "village", "region",
    "island", "islands", "valley", "township", "municipality",
  };

  if (i >= article_n_tokens (a) || article_token (a, i)->kind != TOKEN_WORD)
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (places); k++)
    if (token_is_word (a, i, places[k]))
      return TRUE;
  return FALSE;
}

/* "Gunung Merapi", "Pulau Seram", "Mount Merapi", "Lake Toba": a name
 * that a land or water feature opens is a place, never a party. */
static gboolean
feature_noun_at (const Article *a,
                 guint32        i)
{
  static const char *words[] = {
    "gunung", "pulau", "sungai", "danau", "selat", "teluk", "tanjung", "lembah", "mount", "mt",
    "lake", "river", "strait", "gulf", "cape",
  };
  static WordList list = WORD_LIST_INIT (words);

  return (article_token (a, i)->flags & TOKEN_CAPITAL) && _article_token_in_list (a, i, &list);
}

/* Whether the words at @i make the name before them a modifier of a
 * thing: "of" ("Man of the Match"), or a noun of products and awards. */
static gboolean
names_a_thing (const Article *a,
               guint32        i)
{
  static const char *things[] = {
    "of", "award", "awards", "prize", "trophy", "medal", "advert", "advertisement", "ad", "ads",
    "commercial", "campaign", "brand", "logo", "product", "products", "series", "show", "film",
    "book", "books", "song", "album", "game",
  };

  for (guint k = 0; k < G_N_ELEMENTS (things); k++)
    if (token_is_word (a, i, things[k]))
      return TRUE;
  return FALSE;
}

/* Whether the words from @first to @end name a state's armed or police
 * force and nothing more: "Navy", "Coast Guard", "Armed Forces". */
static gboolean
force_name (const Article *a,
            guint32        first,
            guint32        end)
{
  static const char *words[] = {
    "army", "navy", "air", "force", "forces", "coast", "guard", "armed", "marine", "marines", "corps",
    "military", "police", "national", "border", "special", "self-defense", "defence", "defense",
  };
  static const char *heads[] = {
    "army", "navy", "force", "forces", "guard", "corps", "marines", "military", "police",
  };
  gboolean head = FALSE;

  if (end <= first || end - first > 3)
    return FALSE;
  for (guint32 k = first; k < end; k++)
    {
      gboolean known = FALSE;

      for (guint w = 0; w < G_N_ELEMENTS (words) && !known; w++)
        known = token_is_word (a, k, words[w]);
      if (!known)
        return FALSE;
    }
  for (guint w = 0; w < G_N_ELEMENTS (heads) && !head; w++)
    head = token_is_word (a, end - 1, heads[w]);
  return head;
}

static gboolean line_names (const Article *a,
                            guint32        line);

/* The small words a body's name may hold between its capitalised ones:
 * "Badan Riset dan Inovasi Nasional", "Academy of National Economy and
 * Public Administration". */
static gboolean
name_connector (const Article *a,
                guint32        i)
{
  static const char *words[] = {
    "of", "and", "for", "the", "on", "dan", "untuk", "antar", "&",
  };
  static WordList list = WORD_LIST_INIT (words);

  return !(article_token (a, i)->flags & (TOKEN_CAPITAL | TOKEN_UPPER | TOKEN_LINE))
         && _article_token_in_list (a, i, &list);
}

/* "Badan Urusan Pengungsi PBB (UNHCR)", "the UN Refugee Agency (UNHCR)": a
 * body's name glossed by an acronym the gazetteer knows is that body, not
 * a body of its own cut where a known name inside it begins. */
static void
name_glossed_by_acronym (Article *a)
{
  guint32 n = article_n_tokens (a);

  for (guint32 k = 1; k + 2 < n; k++)
    {
      guint32 acr = a->token_mention[k + 1];
      guint32 start = k;
      gboolean head = FALSE, whole = TRUE;
      const Mention *am;
      const ArticleEntity *e;
      guint32 entity;

      if (!_article_token_is_char (a, k, '(') || !_article_token_is_char (a, k + 2, ')') || acr == NO_INDEX
          || !(article_token (a, k + 1)->flags & TOKEN_UPPER))
        continue;
      am = &g_array_index (a->mentions, Mention, acr);
      e = entity_at (a, am->entity);
      entity = am->entity;
      if (am->first_token != k + 1 || am->end_token != k + 2 || e->gazetteer == NO_INDEX
          || e->kind == TAUTAN_ENTITY_STATE || e->kind == TAUTAN_ENTITY_PERSON || e->kind == TAUTAN_ENTITY_PLACE)
        continue;
      /* "Badan Riset dan Inovasi Nasional (BRIN)": small words inside */
      while (start > 0 && k - start < 10 && article_token (a, start - 1)->line == article_token (a, k)->line
             && (is_name_word (a, start - 1) || a->token_mention[start - 1] != NO_INDEX
                 || name_connector (a, start - 1))
             && !(article_token (a, start)->flags & TOKEN_LINE))
        start--;
      while (start < k && name_connector (a, start))
        start++;
      if (start == k)
        continue;
      for (guint32 t = start; t < k && !head; t++)
        head = body_head_at (a, t, NULL);
      /* the mentions inside must lie wholly inside, and not already be
       * the body */
      for (guint32 t = start; t < k && whole; t++)
        if (a->token_mention[t] != NO_INDEX)
          {
            const Mention *m = &g_array_index (a->mentions, Mention, a->token_mention[t]);

            whole = m->first_token >= start && m->end_token <= k && m->entity != entity;
          }
      if (!head || !whole)
        continue;
      for (guint32 t = start; t < k; t++)
        if (a->token_mention[t] != NO_INDEX)
          {
            Mention *m = &g_array_index (a->mentions, Mention, a->token_mention[t]);

            m->end_token = m->first_token;
            a->token_mention[t] = NO_INDEX;
          }
      add_mention (a, start, k, entity, NO_INDEX);
      k += 2;
    }
}

/* Whether the letters of @acr from @at on spell the words @words[@w…]:
 * each capitalised word gives its first letter and maybe more of its
 * letters after it ("Bakamla": BAdan KeAManan LAut), a small word or
 * the second part of a hyphenated one may give none. */
static gboolean
acronym_spells (const char  *acr,
                gsize        at,
                const char **words,
                const gsize *lens,
                const guint *optional,
                guint        w,
                guint        n,
                guint        skips)
{
  const char *word;

  if (w == n)
    return acr[at] == '\0';
  /* a small word; or, once, a capitalised one past the first of a long
   * name ("Russian Presidential Academy of …" is RANEPA) */
  if ((optional[w] || (skips > 0 && w > 0)) && acronym_spells (acr, at, words, lens, optional, w + 1, n, optional[w] ? skips : skips - 1))
    return TRUE;
  word = words[w];
  if (acr[at] == '\0' || g_ascii_tolower (acr[at]) != g_ascii_tolower (word[0]))
    return FALSE;
  /* the first letter, then more of this word's letters in order */
  for (gsize from = 1, k = at + 1;; k++)
    {
      gsize p;

      if (acronym_spells (acr, k, words, lens, optional, w + 1, n, skips))
        return TRUE;
      if (acr[k] == '\0')
        return FALSE;
      for (p = from; p < lens[w] && g_ascii_tolower (word[p]) != g_ascii_tolower (acr[k]); p++)
        ;
      if (p >= lens[w])
        return FALSE;
      from = p + 1;
    }
}

/* Whether the words from @first to the bracket at @open are spelt by the
 * one word at @open + 1. */
static gboolean
acronym_of_span (const Article *a,
                 guint32        first,
                 guint32        open)
{
  const Token *acr = article_token (a, open + 1);
  g_autofree char *letters = g_strndup (a->text + acr->start, acr->end - acr->start);
  const char *words[16];
  gsize lens[16];
  guint optional[16];
  guint n = 0;
  guint capitals = 0;

  for (guint32 k = first; k < open; k++)
    {
      const Token *t = article_token (a, k);

      if (t->kind != TOKEN_WORD)
        continue;
      if (n == G_N_ELEMENTS (words))
        return FALSE;
      words[n] = a->text + t->start;
      lens[n] = t->end - t->start;
      optional[n] = n > 0 && ((t->flags & TOKEN_JOINED) || name_connector (a, k));
      n++;
    }
  for (guint w = 0; w < n; w++)
    capitals += !optional[w];
  return n >= 2 && !optional[0] && acronym_spells (letters, 0, words, lens, optional, 0, n, capitals >= 5 ? 1 : 0);
}

/* "tempat pelelangan ikan (TPI)", "bahan bakar minyak (BBM)": words in
 * small letters spelt by the short form in brackets after them name a
 * thing; wherever the short form stands it is no body. */
static gboolean
acronym_of_thing (Article *a,
                  guint32  open)
{
  const Token *acr = article_token (a, open + 1);
  guint32 start = open;
  gboolean spelt = FALSE;

  if (!(acr->flags & TOKEN_UPPER))
    return FALSE;
  while (start > 0 && open - start < 8 && article_token (a, start - 1)->line == acr->line
         && !(article_token (a, start)->flags & TOKEN_LINE) && article_token (a, start - 1)->kind == TOKEN_WORD
         && !(article_token (a, start - 1)->flags & (TOKEN_CAPITAL | TOKEN_UPPER)))
    start--;
  for (guint32 k = start; k + 1 < open && !spelt; k++)
    spelt = !name_connector (a, k) && acronym_of_span (a, k, open);
  if (!spelt)
    return FALSE;
  for (guint m = 0; m < a->mentions->len; m++)
    {
      Mention *mention = &g_array_index (a->mentions, Mention, m);
      ArticleEntity *e = &g_array_index (a->entities, ArticleEntity, mention->entity);

      if (mention->end_token != mention->first_token + 1 || e->gazetteer != NO_INDEX
          || article_token (a, mention->first_token)->hash != acr->hash)
        continue;
      a->token_mention[mention->first_token] = NO_INDEX;
      mention->end_token = mention->first_token;
      /* nor found again by its name at a sentence's start */
      g_hash_table_remove (a->entity_by_key, e->key);
    }
  return TRUE;
}

/* "Badan Kerja Sama Antar Parlemen (BKSAP)", "the Russian Presidential
 * Academy of National Economy and Public Administration (RANEPA)",
 * "Badan Keamanan Laut (Bakamla)": a name the text spells out and then
 * shortens in brackets is one body, whatever small words or known names
 * stand inside it, and the short form names it wherever it stands
 * ("BKSAP juga …", "Biro KSAP"). A gazetteer's acronym is
 * name_glossed_by_acronym()'s. */
static void
name_defined_by_acronym (Article *a)
{
  guint32 n = article_n_tokens (a);

  for (guint32 open = 2; open + 2 < n; open++)
    {
      const Token *acr = article_token (a, open + 1);
      guint32 first = NO_INDEX;
      guint32 start = open;
      guint32 entity = NO_INDEX;
      guint32 state = NO_INDEX;
      gboolean whole = FALSE;
      guint64 head_hash;

      if (!_article_token_is_char (a, open, '(') || !_article_token_is_char (a, open + 2, ')')
          || acr->kind != TOKEN_WORD || !(acr->flags & TOKEN_CAPITAL) || (acr->flags & TOKEN_JOINED)
          || acr->end - acr->start < 3 || acr->end - acr->start > 12
          || !line_names (a, acr->line) || _article_match_at (a, open + 1, LEX_TITLE, NULL, NULL))
        continue;
      if (a->token_mention[open + 1] != NO_INDEX
          && entity_at (a, g_array_index (a->mentions, Mention, a->token_mention[open + 1]).entity)->gazetteer != NO_INDEX)
        continue;
      if (acronym_of_thing (a, open))
        continue;
      /* back over the name's words, known names and small words */
      while (start > 0 && open - start < 16 && article_token (a, start - 1)->line == acr->line
             && !(article_token (a, start)->flags & TOKEN_LINE)
             && (is_name_word (a, start - 1) || a->token_mention[start - 1] != NO_INDEX
                 || name_connector (a, start - 1) || _article_token_is_punct (a, start - 1, "-")))
        start--;
      /* the farthest capitalised word whose letters the short form spells */
      for (guint32 k = start; k + 1 < open && first == NO_INDEX; k++)
        if (is_name_word (a, k) && !(article_token (a, k)->flags & TOKEN_JOINED) && acronym_of_span (a, k, open))
          first = k;
      /* "Perdana Menteri (PM)", "Kepala Staf Angkatan Darat (KSAD)": a
       * post's short form, no body */
      if (first == NO_INDEX || longest_title (a, first) >= open - first)
        continue;
      /* "Biro Kerja Sama Antar Parlemen (KSAP)": a body's head the short
       * form leaves out is still its name's first word */
      if (first > start && body_head_at (a, first - 1, NULL) && is_name_word (a, first - 1)
          && (a->token_mention[first - 1] == NO_INDEX
              || (g_array_index (a->mentions, Mention, a->token_mention[first - 1]).end_token > first
                  && entity_at (a, g_array_index (a->mentions, Mention, a->token_mention[first - 1]).entity)->gazetteer == NO_INDEX)))
        first--;
      /* a person ("Susilo Bambang Yudhoyono (SBY)") keeps their name */
      for (guint32 k = first; k < open; k++)
        if (a->token_mention[k] != NO_INDEX)
          {
            const Mention *m = &g_array_index (a->mentions, Mention, a->token_mention[k]);
            const ArticleEntity *e = entity_at (a, m->entity);

            if (e->kind == TAUTAN_ENTITY_PERSON && (e->gazetteer != NO_INDEX || m->first_token < first || m->end_token > open))
              first = open;
            else if (m->first_token == first && m->end_token == open)
              whole = TRUE, entity = m->entity;
            else if (e->kind == TAUTAN_ENTITY_STATE && state == NO_INDEX)
              state = m->entity;
          }
      if (first >= open)
        continue;
      if (!whole)
        {
          g_autofree char *name = _article_token_text (a, first, open);

          for (guint32 k = first; k < open; k++)
            if (a->token_mention[k] != NO_INDEX)
              {
                Mention *m = &g_array_index (a->mentions, Mention, a->token_mention[k]);

                for (guint32 t = m->first_token; t < m->end_token; t++)
                  a->token_mention[t] = NO_INDEX;
                m->end_token = m->first_token;
              }
          entity = _article_entity_proposed (a, name, TAUTAN_ENTITY_ORGANISATION, NULL, state);
          add_mention (a, first, open, entity, NO_INDEX);
        }
      /* the short form, here and wherever else it stands, alone or after
       * the name's head ("Biro KSAP"): a pass over the article for each
       * short form defined, of which an article has a few */
      head_hash = article_token (a, first)->hash;
      for (guint32 k = 0; k < n; k++)
        {
          guint32 from = k;

          if (article_token (a, k)->hash != acr->hash || article_token (a, k)->kind != TOKEN_WORD
              || !(article_token (a, k)->flags & TOKEN_CAPITAL) || !line_names (a, article_token (a, k)->line) || (k + 1 < n && (article_token (a, k + 1)->flags & TOKEN_JOINED)))
            continue;
          if (k > 0 && article_token (a, k - 1)->hash == head_hash && !(article_token (a, k)->flags & TOKEN_LINE)
              && (a->token_mention[k - 1] == NO_INDEX || a->token_mention[k - 1] == a->token_mention[k]))
            from = k - 1;
          if (a->token_mention[k] != NO_INDEX)
            {
              Mention *m = &g_array_index (a->mentions, Mention, a->token_mention[k]);

              /* inside a longer name of someone else's, it stays there */
              if (m->first_token < from || m->end_token > k + 1)
                continue;
              m->end_token = m->first_token;
            }
          for (guint32 t = from; t <= k; t++)
            a->token_mention[t] = NO_INDEX;
          add_mention (a, from, k + 1, entity, NO_INDEX);
        }
      open += 2;
    }
}

/* "Badan Keamanan Laut (Bakamla) RI", "Kementerian Luar Negeri (Kemlu)
 * RI": a state right after a body's short form in brackets says whose
 * body it is, and is read as the body's name ("Bakamla RI"), no party of
 * its own. */
static void
state_after_gloss (Article *a)
{
  guint32 n = article_n_tokens (a);

  for (guint32 k = 1; k + 3 < n; k++)
    {
      Mention *sm;
      const Mention *bm;
      ArticleEntity *body;

      if (!_article_token_is_char (a, k, '(') || !_article_token_is_char (a, k + 2, ')')
          || a->token_mention[k - 1] == NO_INDEX || a->token_mention[k + 3] == NO_INDEX
          || (article_token (a, k + 3)->flags & TOKEN_LINE))
        continue;
      bm = &g_array_index (a->mentions, Mention, a->token_mention[k - 1]);
      sm = &g_array_index (a->mentions, Mention, a->token_mention[k + 3]);
      body = &g_array_index (a->entities, ArticleEntity, bm->entity);
      if (bm->end_token != k || body->kind != TAUTAN_ENTITY_ORGANISATION || sm->first_token != k + 3
          || entity_at (a, sm->entity)->kind != TAUTAN_ENTITY_STATE
          || (a->token_mention[k + 1] != NO_INDEX
              && g_array_index (a->mentions, Mention, a->token_mention[k + 1]).entity != bm->entity))
        continue;
      if (body->gazetteer == NO_INDEX && body->affiliation == NO_INDEX)
        body->affiliation = sm->entity;
      /* read with the body, as "Bakamla RI" is */
      sm->entity = bm->entity;
    }
}

/* "Bill Jones said": a man's given name before his surname, not a bill
 * ("Bill C-31", "Bill 96", "Bill of Rights" stay bills). */
static gboolean
bill_as_given_name (const Article *a,
                    guint32        first,
                    guint32        end)
{
  const Token *next;

  if (first + 1 >= end || !_article_token_is_word (a, first, "bill")
      || (article_token (a, first)->flags & (TOKEN_CAPITAL | TOKEN_UPPER)) != TOKEN_CAPITAL)
    return FALSE;
  next = article_token (a, first + 1);
  return next->kind == TOKEN_WORD && (next->flags & (TOKEN_CAPITAL | TOKEN_UPPER | TOKEN_JOINED)) == TOKEN_CAPITAL
         && next->cp_end - next->cp > 1 && !_article_token_is_word (a, first + 1, "of");
}

/* Where "of" is when "and" at @and joins two parts of a portfolio after
 * a title and "of": "Minister of Foreign and European Affairs",
 * "Secretary of Health and Human Services"; else NO_INDEX. */
static guint32
of_and_portfolio (const Article *a,
                  guint32        and)
{
  guint32 k = and;

  if (!token_is_word (a, and, "and") || and + 1 >= article_n_tokens (a)
      || !(article_token (a, and + 1)->flags & TOKEN_CAPITAL))
    return NO_INDEX;
  /* a first part of one word: "Chief of Mission Kristen Baur and …"
   * is a name after a portfolio */
  if (and >= 3 && (article_token (a, and - 1)->flags & TOKEN_CAPITAL)
      && article_token (a, and - 1)->kind == TOKEN_WORD)
    k = and - 1;
  if (k < and && _article_match_with (a, k - 1, LEX_PREP, PREP_OF, NULL)
      && _article_match_at (a, k - 2, LEX_TITLE, NULL, NULL))
    return k - 1;
  return NO_INDEX;
}

static gboolean names_ministry (const char *name);

/* Whether mention @m is a gazetteer state written with its own name
 * ("Israel", "Japan"): not an adjective of it ("Israeli"), a metonym
 * ("Tokyo") or a short form, which before a body only says whose body it
 * is ("the UK Home Office"). */
static gboolean
state_named_as_such (const Article *a,
                     const Mention *m)
{
  const ArticleEntity *e = entity_at (a, m->entity);
  const TautanGazetteerEntry *g;
  g_autofree char *words = NULL;
  g_autofree char *norm = NULL;
  g_autofree char *name = NULL;

  if (e->kind != TAUTAN_ENTITY_STATE || e->gazetteer == NO_INDEX)
    return FALSE;
  g = tautan_gazetteer_get_entry (a->gazetteer, e->gazetteer);
  words = _article_token_text (a, m->first_token, m->end_token);
  norm = _tautan_normalise_name (words, -1);
  name = _tautan_normalise_name (g->name, -1);
  return g_strcmp0 (norm, name) == 0;
}

/* Whether the run at @i follows an article, or a state's mention after
 * one ("the U.S. Fish and Wildlife Service"). */
static gboolean
body_after_article (const Article *a,
                    guint32        i)
{
  guint32 k = i;

  /* "A Scottish Fire …" at the start of a sentence: the article opens
   * the run */
  if (token_is_word (a, i, "the") || token_is_word (a, i, "a") || token_is_word (a, i, "an"))
    return TRUE;
  if (k > 0 && a->token_mention[k - 1] != NO_INDEX)
    {
      const Mention *m = &g_array_index (a->mentions, Mention, a->token_mention[k - 1]);

      if (m->end_token != k || entity_at (a, m->entity)->kind != TAUTAN_ENTITY_STATE)
        return FALSE;
      k = m->first_token;
    }
  return k > 0 && article_token (a, k - 1)->line == article_token (a, i)->line
         && (token_is_word (a, k - 1, "the") || token_is_word (a, k - 1, "a") || token_is_word (a, k - 1, "an"));
}

/* An Indonesian passive verb in di-…-kan ("Dipaparkan", "Disampaikan",
 * "Dijelaskan"), which a capital at the start of a sentence makes look
 * like a name's first word. */
static gboolean
passive_verb_at (const Article *a,
                 guint32        i)
{
  const Token *t = article_token (a, i);
  const char *w = a->text + t->start;
  gsize len = t->end - t->start;

  if (t->kind != TOKEN_WORD || len < 7 || w[0] != 'D' || w[1] != 'i' || strncmp (w + len - 3, "kan", 3) != 0)
    return FALSE;
  for (gsize k = 2; k < len; k++)
    if (!g_ascii_islower (w[k]))
      return FALSE;
  return TRUE;
}

/* The words of the text written in small letters, a bit per 12-bit
 * digest of their hashes: most names are answered no by one bit. */
#define SMALL_WORD_BITS 4096

static void
small_words_init (const Article *a,
                  guint64       *bits)
{
  memset (bits, 0, SMALL_WORD_BITS / 8);
  for (guint32 j = 0; j < article_n_tokens (a); j++)
    {
      const Token *u = article_token (a, j);

      if (u->kind == TOKEN_WORD && !(u->flags & (TOKEN_CAPITAL | TOKEN_UPPER)))
        bits[(u->hash >> 6) & (SMALL_WORD_BITS / 64 - 1)] |= G_GUINT64_CONSTANT (1) << (u->hash & 63);
    }
}

/* Whether every word of [first, end) of two letters or more stands
 * elsewhere in the text in small letters, as a common word does. */
static gboolean
words_in_small_letters (const Article *a,
                        const guint64 *small_words,
                        guint32        first,
                        guint32        end)
{
  guint words = 0;

  for (guint32 k = first; k < end; k++)
    {
      const Token *t = article_token (a, k);
      gboolean found = FALSE;

      if (t->kind != TOKEN_WORD || t->end - t->start < 2)
        continue;
      if (!(small_words[(t->hash >> 6) & (SMALL_WORD_BITS / 64 - 1)] & (G_GUINT64_CONSTANT (1) << (t->hash & 63))))
        return FALSE;
      for (guint32 j = 0; j < article_n_tokens (a) && !found; j++)
        {
          const Token *u = article_token (a, j);

          found = u->hash == t->hash && u->kind == TOKEN_WORD && !(u->flags & (TOKEN_CAPITAL | TOKEN_UPPER));
        }
      if (!found)
        return FALSE;
      words++;
    }
  return words >= 2;
}

/* "Dato’ Seri Zahrain Mohamed Hashim", "Datuk Sri Najib": "Seri" or
 * "Sri" right after a Malaysian honorific (an apostrophe may stand
 * between, which ends the run before it) is the honorific's second
 * word; elsewhere it is a given name ("Sri Mulyani"). */
static gboolean
honorific_rest (const Article *a,
                guint32        i)
{
  static const char * const honorifics[] = { "dato", "datuk", "datin" };
  static const char * const seri[] = { "seri", "sri" };
  const Token *t;
  guint32 k;

  if (i == 0 || i >= article_n_tokens (a) || !WORD_AMONG (a, i, seri))
    return FALSE;
  k = i - 1;
  t = article_token (a, k);
  if (k > 0 && t->kind == TOKEN_PUNCT
      && (t->ch == '\'' || (t->end - t->start == 3 && memcmp (a->text + t->start, "\xe2\x80\x99", 3) == 0)))
    k--;
  return WORD_AMONG (a, k, honorifics);
}

/* "Energy", "Maritime Affairs": a word of a minister's portfolio, which
 * a name after "Minister of" or "Minister for" does not begin with. */
static gboolean
portfolio_word (const Article *a,
                guint32        i)
{
  static const char * const words[] = {
    "energy", "trade", "defense", "defence", "health", "finance", "education", "environment",
    "climate", "change", "affairs", "foreign", "maritime", "investment", "agriculture", "justice",
    "interior", "labor", "labour", "transport", "transportation", "commerce", "industry",
    "tourism", "culture", "economy", "economic", "science", "technology", "security", "home",
    "development", "fisheries", "mines", "mining", "petroleum", "power", "water", "housing",
    "communications", "information", "sport", "sports", "youth", "treasury", "planning",
    "infrastructure", "public", "works", "national", "european", "international", "cooperation",
    "veterans", "homeland", "immigration", "resources", "natural", "social", "welfare",
    "family", "women", "children", "human", "services", "state", "legal", "political",
  };

  return i < article_n_tokens (a) && (article_token (a, i)->flags & TOKEN_CAPITAL) && WORD_AMONG (a, i, words);
}

/* Where a title stands in the few words before @i on its line, or
 * NO_INDEX: "Minister of the People's Power" before "for". */
static guint32
title_shortly_before (const Article *a,
                      guint32        i)
{
  for (guint32 k = i; k > 0 && i - k < 8; k--)
    {
      if (article_token (a, k - 1)->line != article_token (a, i)->line)
        break;
      if (_article_token_is (a, k - 1, LEX_TITLE, NULL))
        return k - 1;
    }
  return NO_INDEX;
}

/* A portfolio after "for" or "of" and a title, or after "Bidang": "Coordinating
 * Minister for Maritime Affairs and Investment Luhut Pandjaitan",
 * "Minister of the People's Power for Energy Rafael Ramirez", "Menteri
 * Koordinator Bidang Politik Hukum dan Keamanan, Wiranto". Returns how
 * many words of the run at @first are the portfolio (all of them when
 * no name follows), 0 when it is none; @title receives where the title
 * starts. */
static guint32
portfolio_at (const Article *a,
              guint32        run_start,
              guint32        first,
              guint32        end,
              guint32       *title)
{
  guint32 k = first;
  guint32 p;

  static const char * const before[] = { "dan", "and", "for", "of" };

  *title = NO_INDEX;
  if (run_start == 0)
    return 0;
  /* most runs: none of the words a portfolio follows */
  if (!WORD_AMONG (a, run_start - 1, before) && !token_is_word (a, first, "bidang"))
    return 0;
  /* "Bidang Politik Hukum": the words after it, up to the name's comma */
  if (token_is_word (a, first, "bidang") && first > run_start)
    {
      *title = run_start;
      return end - first;
    }
  /* "… dan Keamanan": the second part of one begun before "dan" */
  p = run_start - 1;
  if (token_is_word (a, p, "dan") || token_is_word (a, p, "and"))
    {
      while (p > 0 && (article_token (a, p - 1)->flags & TOKEN_CAPITAL)
             && !token_is_word (a, p - 1, "bidang") && run_start - p < 6)
        p--;
      /* "… dan Keamanan Lars Berg": a name after the portfolio's last
       * word */
      if (p > 0 && token_is_word (a, p - 1, "bidang"))
        {
          *title = p - 1;
          return end - first >= 3 && name_words (a, end - 2, end) == 2 ? end - 2 - first : end - first;
        }
      /* the words before "and" are all a portfolio's, and there are some */
      if (p == run_start - 1)
        return 0;
      while (p < run_start - 1 && portfolio_word (a, p))
        p++;
      if (p != run_start - 1)
        return 0;
      for (p = run_start - 2; p > 0 && portfolio_word (a, p); p--)
        ;
    }
  if (!token_is_word (a, p, "for") && !token_is_word (a, p, "of"))
    return 0;
  *title = title_shortly_before (a, p);
  if (*title == NO_INDEX)
    return 0;
  while (k < end && portfolio_word (a, k))
    k++;
  /* after "of", a name after the portfolio is propose_run's to cut */
  if (k == first || (k < end && end - k < 2) || (k < end && token_is_word (a, p, "of")))
    return 0;
  return k - first;
}

/* Whether the words at @i open a Balinese name, whose first word is no
 * region's or title's: "I Gede Dana", "Ni Made Sumiati", "Anak Agung
 * Gde Agung", "Ida Bagus Rai", "Tjokorda Oka", "I Gusti Ngurah Rai". A
 * name word must follow the opener. */
static gboolean
balinese_opener (const Article *a,
                 guint32        i,
                 guint32        end)
{
  static const char *orders[] = {
    "gede", "gde", "made", "putu", "wayan", "nyoman", "ketut", "kadek", "komang", "nengah", "gusti",
    "luh", "kade", "ayu", "agung",
  };
  static const char *pairs[][2] = {
    { "anak", "agung" }, { "ida", "bagus" }, { "ida", "ayu" }, { "gusti", "ngurah" }, { "gusti", "ayu" },
  };
  static const char *openers[] = { "cokorda", "tjokorda", "cokorde" };
  static WordList list = WORD_LIST_INIT (orders);

  if (i + 1 >= end || !is_name_word (a, i + 1) || !(article_token (a, i)->flags & TOKEN_CAPITAL))
    return FALSE;
  if ((token_is_word (a, i, "i") || token_is_word (a, i, "ni")) && i + 2 < end && _article_token_in_list (a, i + 1, &list))
    return TRUE;
  for (guint k = 0; k < G_N_ELEMENTS (pairs); k++)
    if (i + 2 < end && token_is_word (a, i, pairs[k][0]) && token_is_word (a, i + 1, pairs[k][1]))
      return TRUE;
  return WORD_AMONG (a, i, openers);
}

/* Titles of a region's head or officer, which the region's name follows
 * before the person's: "Bupati Bangkalan Abdul Latif", "Wali Kota
 * Surabaya Eri Cahyadi", "Kapolda Bali Irjen …". */
static gboolean
regional_title_before (const Article *a,
                       guint32        i)
{
  static const char *words[] = {
    "bupati", "gubernur", "walikota", "kota", "wagub", "wabup", "wawali", "camat", "lurah", "kapolda",
    "kapolres", "kapolresta", "kapolsek", "danrem", "dandim", "pangdam", "kajari", "kajati", "sekda",
    "regent", "governor", "mayor",
  };
  static WordList list = WORD_LIST_INIT (words);

  return i > 0 && _article_token_in_list (a, i - 1, &list) && !(article_token (a, i)->flags & TOKEN_LINE);
}

/* Whether the word at @i stands elsewhere in the text as a region's
 * name: after "Kabupaten", "Kota", "di", "DPRD", "Regency of"…, not
 * inside the run from @first to @end. A pass over the article, asked
 * only of a run of three words or more after a region head's title: a
 * few times an article. */
static gboolean
region_named_elsewhere (const Article *a,
                        guint32        i,
                        guint32        first,
                        guint32        end)
{
  static const char *before[] = {
    "kabupaten", "kab", "kota", "provinsi", "di", "ke", "dari", "dprd", "pemkab", "pemkot", "pemprov",
    "polres", "polda", "in", "of", "regency", "province",
  };
  static WordList list = WORD_LIST_INIT (before);
  guint64 hash = article_token (a, i)->hash;

  for (guint32 k = 1; k < article_n_tokens (a); k++)
    if ((k < first || k >= end) && article_token (a, k)->hash == hash && article_token (a, k)->kind == TOKEN_WORD
        && _article_token_in_list (a, k - 1, &list))
      return TRUE;
  return FALSE;
}

/* "Kelautan", "Sumber Daya Mineral": a word of an Indonesian ministry's
 * portfolio, which the minister's name follows ("Menteri Kelautan dan
 * Perikanan Sakti Wahyu Trenggono"). */
static gboolean
portfolio_word_id (const Article *a,
                   guint32        i)
{
  static const char *words[] = {
    "kelautan", "perikanan", "pemuda", "olahraga", "energi", "sumber", "daya", "mineral",
    "lingkungan", "hidup", "kehutanan", "pariwisata", "ekonomi", "kreatif", "komunikasi",
    "informatika", "digital", "hukum", "hak", "asasi", "manusia", "ham", "ketenagakerjaan", "tenaga",
    "kerja", "perindustrian", "perdagangan", "pertanian", "pendidikan", "kebudayaan", "riset",
    "teknologi", "kesehatan", "keuangan", "agama", "sosial", "desa", "pembangunan", "daerah",
    "tertinggal", "transmigrasi", "perhubungan", "pertahanan", "keamanan", "politik", "luar",
    "negeri", "dalam", "pekerjaan", "umum", "perumahan", "rakyat", "koperasi", "usaha", "kecil",
    "menengah", "investasi", "kemaritiman", "maritim", "perekonomian", "aparatur", "negara",
    "reformasi", "birokrasi", "agraria", "tata", "ruang", "pemberdayaan", "perempuan", "perlindungan",
    "anak", "perencanaan", "nasional", "pangan", "kependudukan", "keluarga", "sekretaris", "milik",
    "bumn", "esdm", "pupr", "ppn", "polhukam", "pmk", "marves", "tangkap", "budidaya", "pajak", "bea",
    "cukai", "anggaran", "perbendaharaan", "imigrasi", "pemasyarakatan", "darat", "laut", "udara",
  };
  static WordList list = WORD_LIST_INIT (words);

  return i < article_n_tokens (a) && (article_token (a, i)->flags & (TOKEN_CAPITAL | TOKEN_UPPER))
         && _article_token_in_list (a, i, &list);
}

/* Whether the word at @i is a post a portfolio follows: "Menteri",
 * "Menko", "Wamen", "Dirjen", "Direktur Jenderal", "Deputi". */
static gboolean
portfolio_title_id (const Article *a,
                    guint32        i)
{
  static const char *words[] = {
    "menteri", "menko", "wamen", "dirjen", "jenderal", "deputi", "koordinator", "bidang",
  };
  static WordList list = WORD_LIST_INIT (words);

  return _article_token_in_list (a, i, &list);
}

/* How many words at the start of the run from @first to @end are an
 * Indonesian portfolio after its post, either right after it ("Menteri
 * Pemuda …") or after "dan" or a comma that go on with one ("… dan
 * Perikanan Sakti Wahyu Trenggono"); @title receives where the post is. */
static guint32
portfolio_at_id (const Article *a,
                 guint32        run_start,
                 guint32        first,
                 guint32        end,
                 guint32       *title)
{
  guint32 k = first;
  guint32 p;

  *title = NO_INDEX;
  /* most runs: neither after a post nor after "dan" or a comma (asked
   * first: the list of portfolio words is long) */
  if (first == 0 || run_start == 0)
    return 0;
  if (first > run_start && portfolio_title_id (a, first - 1))
    {
      if (!portfolio_word_id (a, first))
        return 0;
      *title = run_start;
    }
  else if ((token_is_word (a, run_start - 1, "dan") || _article_token_is_char (a, run_start - 1, ','))
           && portfolio_word_id (a, first))
    {
      /* "Sumber" of "… dan Sumber Daya Mineral", passed over as a word
       * that opens no name, is the portfolio's too */
      for (p = run_start; p < first; p++)
        if (!portfolio_word_id (a, p))
          return 0;
      for (p = run_start - 1; p > 0 && (portfolio_word_id (a, p - 1) || token_is_word (a, p - 1, "dan")
                                    || _article_token_is_char (a, p - 1, ',')); p--)
        ;
      if (p == 0 || p == run_start - 1 || !portfolio_title_id (a, p - 1))
        return 0;
      *title = p - 1;
      while (*title > 0 && _article_token_is (a, *title - 1, LEX_TITLE, NULL)
             && !(article_token (a, *title)->flags & TOKEN_LINE))
        (*title)--;
    }
  else
    return 0;
  while (k < end && portfolio_word_id (a, k))
    k++;
  return k - first;
}

/* "the 2016 Annual Meetings", "the Google Science Fair", "the G20
 * Summit": a name ending in a noun of gatherings, after "the" or a
 * year, is an occasion, no party to what is done there. */
static gboolean
occasion_tail (const Article *a,
               guint32        last)
{
  static const char *words[] = {
    "meeting", "meetings", "summit", "ceremony", "fair", "expo", "championship", "championships",
    "olympics", "games",
  };
  static WordList list = WORD_LIST_INIT (words);

  return (article_token (a, last)->flags & TOKEN_CAPITAL) && _article_token_in_list (a, last, &list);
}

/* "Indian" of "the Bureau of Indian Affairs": a state's adjective (not
 * its name) right before a name word, inside a body's name after "of". */
static gboolean
demonym_before_name (const Article *a,
                     guint32        k)
{
  const Mention *m;

  if (k + 1 >= article_n_tokens (a) || a->token_mention[k] == NO_INDEX || a->token_mention[k + 1] != NO_INDEX
      || !is_name_word (a, k + 1) || article_token (a, k + 1)->line != article_token (a, k)->line)
    return FALSE;
  m = &g_array_index (a->mentions, Mention, a->token_mention[k]);
  return m->first_token == k && m->end_token == k + 1 && entity_at (a, m->entity)->kind == TAUTAN_ENTITY_STATE
         && !state_named_as_such (a, m);
}

/* Returns where the name ended (a state may be taken into it). */
static guint32
propose_run (Article       *a,
             guint32        first,
             guint32        end,
             GHashTable    *adjectives,
             const guint64 *small_words)
{
  guint32 state = NO_INDEX;
  guint32 title = NO_INDEX;
  guint32 inner_role = NO_INDEX;
  guint32 of;
  gboolean org = FALSE;
  gboolean all_acronyms = FALSE;
  guint32 n;
  TautanEntityKind kind;
  g_autofree char *name = NULL;
  g_autofree char *role = NULL;
  const Line *line = &g_array_index (a->lines, Line, article_token (a, first)->line);

  guint32 run_first = first;   /* where the person's title starts */
  guint32 run_start;           /* where the run starts, past a cue */
  gboolean titled = FALSE;

  /* "Hari Kemenangan", "Perang Dunia II": an occasion, not an actor */
  if (_article_match_at (a, first, LEX_NOT_ENTITY, NULL, NULL) && !bill_as_given_name (a, first, end))
    return end;
  /* after "the" or a year only: "Jonathan Fair", "Stephen Games" are
   * people (review) */
  if (end - first >= 2 && first > 0 && occasion_tail (a, end - 1)
      && (token_is_word (a, first - 1, "the") || article_token (a, first - 1)->kind == TOKEN_NUMBER))
    return end;
  /* "Menlu", "Jubir": a shortened title, no name */
  if (end - first == 1 && title_abbreviation (a, first) >= 0)
    return end;
  /* "Muslim", "English": a word the text uses of people elsewhere */
  if (end - first == 1 && g_hash_table_contains (adjectives, &article_token (a, first)->hash))
    return end;
  /* an Indonesian cue opening the sentence is no part of the name: "Kata
   * Budi Santoso, “…”" */
  if (end - first >= 3 && at_sentence_start (a, first))
    {
      static const char *cues[] = {
        "kata", "ujar", "tutur", "ungkap", "jelas", "imbuh", "tegas", "papar",
      };

      for (guint k = 0; k < G_N_ELEMENTS (cues); k++)
        if (token_is_word (a, first, cues[k]))
          {
            first++;
            break;
          }
    }
  /* a passive verb opening the sentence is no part of the name either:
   * "Dipaparkan Abu, …", "Disampaikan Kepala Dinas X" */
  if (end - first >= 2 && at_sentence_start (a, first) && passive_verb_at (a, first))
    first++;
  run_start = first;
  /* "Foreign" of "Minister of Foreign and European Affairs": the first
   * part of a portfolio, named with the rest after "and" */
  if (end < article_n_tokens (a) && of_and_portfolio (a, end) != NO_INDEX
      && !(article_token (a, end)->flags & TOKEN_LINE))
    return end;
  /* "the NASA Associate Administrator": a post after a body the
   * gazetteer knows names no one */
  if (first > 0 && end - first <= 3 && a->token_mention[first - 1] != NO_INDEX
      && _article_token_is (a, end - 1, LEX_TITLE, NULL)
      && article_token (a, first - 1)->line == article_token (a, first)->line)
    {
      const Mention *before = &g_array_index (a->mentions, Mention, a->token_mention[first - 1]);

      if (before->entity != NO_INDEX && (entity_at (a, before->entity)->kind == TAUTAN_ENTITY_ORGANISATION
                                         || entity_at (a, before->entity)->kind == TAUTAN_ENTITY_MEDIA))
        return end;
    }
  /* "Chief of Defense Air Chief Marshal Hadi Tjahjanto" with the person
   * known: the run is the person's posts, and names no one */
  if (end < article_n_tokens (a) && a->token_mention[end] != NO_INDEX
      && (_article_token_is (a, end - 1, LEX_TITLE, NULL) || token_is_word (a, end - 1, "marshal"))
      && article_token (a, end)->line == article_token (a, first)->line)
    {
      const Mention *after = &g_array_index (a->mentions, Mention, a->token_mention[end]);

      if (after->first_token == end && after->entity != NO_INDEX
          && entity_at (a, after->entity)->kind == TAUTAN_ENTITY_PERSON)
        return end;
    }
  /* a title begun before the run ends inside it: "Sgt. 1st Class John
   * Ballesteros" */
  for (guint32 back = 1; back <= 2 && back <= first; back++)
    {
      guint32 len = longest_title (a, first - back);

      if (len > back && first - back + len < end && article_token (a, first - back)->line == article_token (a, first)->line)
        {
          first = first - back + len;
          break;
        }
    }
  /* Leading words that are not the name: "Sebelumnya", "Presiden". */
  while (first < end && (_article_token_is (a, first, LEX_NOT_NAME, NULL)
                         || _article_token_is (a, first, LEX_DEMONSTRATIVE, NULL))
         && longest_title (a, first) < 2 && !compass_before_name (a, first, end)
         && !adjective_before_body (a, first, end) && !balinese_opener (a, first, end))
    {
      if (!titled && longest_title (a, first) > 0)
        run_first = first, titled = TRUE;
      first++;
    }
  /* A run that is only a title, or the start of one cut by a lowercase
   * word ("Deputy Secretary" of "Deputy Secretary of State"), names no one. */
  while (first < end && (n = longest_title (a, first)) > 0
         && !body_head_at (a, first, NULL))
    {
      if (!titled)
        run_first = first, titled = TRUE;
      first += n;
    }
  /* "Menteri Pertahanan Nasional Kim Chul-soo": an adjective after the
   * title is the end of the title, not the start of the name */
  if (titled && end - first >= 3 && title_qualifier (a, first))
    first++;
  /* "TYT Dato’ Seri Zahrain Mohamed Hashim": the honorific's second word */
  while (first < end && honorific_rest (a, first))
    first++;
  /* "Bupati Karangasem I Gede Dana", "Bupati Bangkalan Abdul Latif": after
   * a title, a region's name the text uses as such elsewhere, or any
   * words before a Balinese name's opener, are the title's, not the
   * person's */
  if (titled && first < end && end - first >= 3)
    {
      guint32 k = first + 1;

      while (k + 1 < end && !balinese_opener (a, k, end))
        k++;
      if (k + 1 >= end && regional_title_before (a, first) && name_words (a, first, end) >= 3
          && region_named_elsewhere (a, first, first, end))
        k = regional_qualifier (a, first + 1) || token_is_word (a, first + 1, "barat")
            || token_is_word (a, first + 1, "timur") || token_is_word (a, first + 1, "utara")
            || token_is_word (a, first + 1, "selatan") || token_is_word (a, first + 1, "tengah") ? first + 2 : first + 1;
      if (k + 1 < end)
        {
          inner_role = run_first;
          first = k;
        }
    }
  if (first >= end)
    return end;
  {
    guint32 portfolio_title;
    guint32 words = portfolio_at (a, run_start, first, end, &portfolio_title);

    if (words > 0)
      {
        if (first + words >= end)
          return end;
        inner_role = portfolio_title;
        first += words;
      }
    /* "Menteri Kelautan dan Perikanan Sakti Wahyu Trenggono", "Menteri
     * Pemuda dan Olahraga Dito Ariotedjo": the portfolio's words name no
     * one, the name follows them */
    else if ((words = portfolio_at_id (a, run_start, first, end, &portfolio_title)) > 0)
      {
        if (first + words >= end)
          return end;
        inner_role = portfolio_title;
        first += words;
      }
  }

  /* "Minister of Education Stefania Giannini", "Secretary of State John
   * Kerry": after a title and "of", a portfolio, then the name (its last
   * two words). */
  /* "Secretary of the Interior Ryan Zinke": "the" may stand before the
   * portfolio */
  /* "Minister of National Defense Song Young-moo": "of" stands before
   * the run, whose leading words ("National") were passed over above */
  of = run_start >= 3 && token_is_word (a, run_start - 1, "the") ? run_start - 2 : run_start - 1;
  /* "Minister of Foreign and European Affairs Rastislav Káčer": a
   * portfolio of two, joined by "and" */
  if (of < article_n_tokens (a) && of_and_portfolio (a, of) != NO_INDEX)
    of = of_and_portfolio (a, of);
  /* "Minister of Defense Prabowo Subianto" with the person known: the
   * words between "of" and the name are only the portfolio */
  if (first >= 2 && of >= 1 && end - first <= 3 && end < article_n_tokens (a)
      && a->token_mention[end] != NO_INDEX
      && _article_match_with (a, of, LEX_PREP, PREP_OF, NULL)
      && _article_match_at (a, of - 1, LEX_TITLE, NULL, NULL))
    {
      const Mention *next = &g_array_index (a->mentions, Mention, a->token_mention[end]);

      if (next->first_token == end && next->entity != NO_INDEX
          && entity_at (a, next->entity)->kind == TAUTAN_ENTITY_PERSON)
        return end;
    }
  if (first >= 2 && of >= 1 && end - run_start >= 3 && end - first >= 2
      && _article_match_with (a, of, LEX_PREP, PREP_OF, NULL)
      && _article_match_at (a, of - 1, LEX_TITLE, NULL, NULL)
      && !body_head_at (a, first, NULL))
    {
      inner_role = of - 1;
      /* "Deputy Secretary of State": the words before the title are
       * part of it, so "the Deputy Secretary" finds the person later */
      while (inner_role > 0 && _article_token_is (a, inner_role - 1, LEX_TITLE, NULL)
             && !(article_token (a, inner_role)->flags & TOKEN_LINE))
        inner_role--;
      first = end - 2;
      /* "Secretary of Defense Lloyd J. Austin": the last two words are
       * the given name and surname around a middle initial */
      if (end - first == 2 && first >= 2 && initial_stop (a, first) && first - 2 > of)
        first -= 2;
      /* "Song Young-moo": a hyphenated given name is one word */
      else if (end - first == 2 && (article_token (a, first + 1)->flags & TOKEN_JOINED) && first - 1 > of)
        first--;
      /* "Minister of Energy Ricardo Raineri Bernain": past the
       * portfolio's words, a name of three words keeps them all */
      {
        guint32 k = token_is_word (a, of + 1, "the") ? of + 2 : of + 1;
        guint32 from = k;

        while (k < first && portfolio_word (a, k))
          k++;
        /* not past a rank: "Chief of Defense Admiral Tomas Lind" */
        if (k > from && k < first && end - k == 3 && name_words (a, k, end) == 3
            && longest_title (a, k) == 0)
          first = k;
      }
    }
  else if (!body_head_at (a, first, NULL))
    {
      /* "Environment Minister John Baird", "Shadow Home Secretary Yvette
       * Cooper", "Refugee Council Enver Solomon": a role or an
       * organisation inside the run; the person is the words after it. */
      for (guint32 k = end - 1; k > first; k--)
        {
          guint32 len;

          if (body_head_at (a, k, &len) && k + len + 2 <= end)
            {
              g_autofree char *org_name = NULL;

              /* "Sekretariat DPRD Bangkalan Abu Soleh": a region's body
               * is named with its region, then the person */
              if (regional_body_at (a, k) && regional_qualifier (a, k + len) && k + len + 4 <= end)
                len += 2;
              else if (regional_body_at (a, k) && k + len + 3 <= end)
                len += 1;
              org_name = _article_token_text (a, first, k + len);
              add_mention (a, first, k + len,
                           _article_entity_proposed (a, org_name, TAUTAN_ENTITY_ORGANISATION, NULL, NO_INDEX),
                           NO_INDEX);
              inner_role = first;
              first = k + len;
              break;
            }
          if (_article_match_at (a, k, LEX_TITLE, &len, NULL) && k + len < end)
            {
              inner_role = first;
              first = k + len;
              break;
            }
        }
    }

  /* "Direktur USAID Jeff Cohen": acronyms standing before a personal
   * name are the body the person speaks for, not part of the name; a
   * run of acronyms only ("USAID CEPAT") is a body or a programme */
  if (inner_role == NO_INDEX && !body_head_at (a, first, NULL))
    {
      guint32 k = first;

      while (k < end && is_acronym (a, k))
        k++;
      if (k > first && k == end && end - first >= 2)
        all_acronyms = TRUE;
      /* "NASA Associate Administrator", "Default NASA Administrator":
       * a body, then a post, and no name */
      else if (_article_token_is (a, end - 1, LEX_TITLE, NULL))
        {
          guint32 from = first;

          while (from < end - 1 && !is_acronym (a, from))
            from++;
          if (from < end - 1)
            {
              guint32 to = from;
              g_autofree char *org_name = NULL;

              while (to < end - 1 && is_acronym (a, to))
                to++;
              org_name = _article_token_text (a, from, to);
              add_mention (a, from, to,
                           _article_entity_proposed (a, org_name, TAUTAN_ENTITY_ORGANISATION, NULL, NO_INDEX),
                           NO_INDEX);
              return end;
            }
        }
      else
        {
          /* "Rektor UMGo Isman Jusuf": a short name in mixed case too */
          k = first;
          while (k < end && is_short_body_name (a, k))
            k++;
        }
      if (!all_acronyms && !_article_token_is (a, end - 1, LEX_TITLE, NULL)
          && k > first && end - k >= 2 && end - k <= 3 && name_words (a, k, end) >= 2)
        {
          gboolean plain = TRUE;

          for (guint32 j = k; j < end && plain; j++)
            plain = !is_acronym (a, j);
          if (plain)
            {
              g_autofree char *org_name = _article_token_text (a, first, k);

              add_mention (a, first, k,
                           _article_entity_proposed (a, org_name, TAUTAN_ENTITY_ORGANISATION, NULL, NO_INDEX),
                           NO_INDEX);
              inner_role = first;
              first = k;
            }
        }
    }

  if (body_head_at (a, first, &n))
    {
      /* "the Office of the CCP Central Foreign Affairs Commission": a
       * bare head before "of" is the start of a longer name, not a name */
      if (end - first == n && end < article_n_tokens (a)
          && _article_match_with (a, end, LEX_PREP, PREP_OF, NULL))
        return end;
      /* "Police Chief Ann Holt": a body, its post, then the person */
      for (guint32 k = first + n; k + 2 < end && inner_role == NO_INDEX; k++)
        {
          guint32 len;

          if (_article_match_at (a, k, LEX_TITLE, &len, NULL) && k + len + 2 <= end
              && !_article_match_at (a, k + len, LEX_TITLE, NULL, NULL))
            {
              inner_role = first;
              first = k + len;
            }
        }
      /* "Presiden Komunitas Muslim Ahmadiyah Los Angeles Ahsan Mahmood
       * Khan": a person's title, a body, then the person's name (its
       * last two words, or three after a long body whose last word is
       * no body's) */
      if (inner_role == NO_INDEX && titled && end - first >= n + 3)
        {
          guint32 person = name_words (a, first, end) >= 6 && !ends_body_name (a, end - 3) ? 3 : 2;
          gboolean plain = name_words (a, end - person, end) == person;

          for (guint32 k = end - person; k < end && plain; k++)
            plain = is_name_word (a, k) && !body_head_at (a, k, NULL) && !ends_body_name (a, k)
                    && !is_acronym (a, k) && a->token_mention[k] == NO_INDEX;
          if (plain && end - person >= first + n + 1)
            {
              g_autofree char *org_name = _article_token_text (a, first, end - person);

              add_mention (a, first, end - person,
                           _article_entity_proposed (a, org_name, TAUTAN_ENTITY_ORGANISATION, NULL, NO_INDEX),
                           NO_INDEX);
              inner_role = run_first;
              first = end - person;
            }
        }
      org = inner_role == NO_INDEX;
    }
  /* "Health Ministry", "Home Office", "Irving Independent School
   * District": the head ends the name */
  else if (end - first >= 2)
    for (guint32 back = 1; back <= 3 && back < end - first && !org; back++)
      org = body_head_at (a, end - back, &n) && n == back;
  /* "Undersecretary for Education Mr.": a role, the name follows */
  if (end < article_n_tokens (a) && after_honorific (a, end + 1) && end - 1 >= first
      && article_token (a, end - 1)->end - article_token (a, end - 1)->start <= 3
      && _article_token_is (a, end - 1, LEX_TITLE, NULL))
    return end;
  /* "the Church", "the Council": the body named before with that word */
  if (end - first == 1 && first > 0 && token_is_word (a, first - 1, "the"))
    {
      guint32 body = organisation_before (a, first, first, FALSE);

      if (body != NO_INDEX)
        {
          add_mention (a, first, end, body, NO_INDEX);
          return end;
        }
    }
  /* "Ambassador Mohib": the surname of someone named in full, left to
   * step 3 */
  if (end - first == 1 && !org && person_with_word (a, first) != NO_INDEX)
    return end;
  /* A one-word run at the start of a sentence is just a capital. */
  if (end - first == 1 && at_sentence_start (a, first) && !org && !after_honorific (a, first))
    return end;
  if (end - first == 1 && (article_token (a, first)->end - article_token (a, first)->start) < 2)
    return end;

  /* "Kementerian Luar Negeri" + "Rusia": the state is in the name. */
  if (org && end < article_n_tokens (a) && a->token_mention[end] != NO_INDEX)
    {
      Mention *m = &g_array_index (a->mentions, Mention, a->token_mention[end]);

      if (entity_at (a, m->entity)->kind == TAUTAN_ENTITY_STATE && m->first_token == end
          && !(article_token (a, end)->flags & TOKEN_LINE))
        {
          state = m->entity;
          end = m->end_token;
          /* the state's own mention becomes part of this one: emptied
           * here, dropped when the mentions are sorted */
          for (guint32 k = m->first_token; k < end; k++)
            a->token_mention[k] = NO_INDEX;
          m->end_token = m->first_token;
        }
      /* "Polda" + "Jambi", "DPRD" + "Jawa Timur": a region's body is
       * named with its region, which stays a place of its own elsewhere */
      else if (entity_at (a, m->entity)->kind == TAUTAN_ENTITY_PLACE && m->first_token == end
               && ((end - first == 1 && regional_body_at (a, first)) || regional_qualifier (a, end - 1))
               && !(article_token (a, end)->flags & TOKEN_LINE))
        {
          static const char *compass[] = { "utara", "selatan", "barat", "timur", "tengah" };

          end = m->end_token;
          for (guint32 k = m->first_token; k < end; k++)
            a->token_mention[k] = NO_INDEX;
          m->end_token = m->first_token;
          /* "Pengadilan Negeri Jakarta Selatan": the part of the region */
          for (guint c = 0; c < G_N_ELEMENTS (compass); c++)
            if (end < article_n_tokens (a) && a->token_mention[end] == NO_INDEX && is_name_word (a, end)
                && token_is_word (a, end, compass[c]) && !(article_token (a, end)->flags & TOKEN_LINE))
              {
                end++;
                break;
              }
        }
    }

  /* "Panama City", "Kuwait City": a state's name begins the name of a
   * city in it (the gazetteer may not know it); the state's mention
   * becomes part of this one, and the state its affiliation. A body
   * ("UK Home Office") keeps its own name, the state beside it. */
  if (first > 0 && !titled && inner_role == NO_INDEX && state == NO_INDEX
      && a->token_mention[first - 1] != NO_INDEX
      && (article_token (a, first)->flags & TOKEN_SPACE) && !(article_token (a, first)->flags & TOKEN_LINE)
      && !org && end - first == 1 && token_is_word (a, first, "city"))
    {
      Mention *m = &g_array_index (a->mentions, Mention, a->token_mention[first - 1]);

      if (m->end_token == first && m->end_token > m->first_token
          && entity_at (a, m->entity)->kind == TAUTAN_ENTITY_STATE)
        {
          state = m->entity;
          first = m->first_token;
          for (guint32 k = m->first_token; k < m->end_token; k++)
            a->token_mention[k] = NO_INDEX;
          m->end_token = m->first_token;
        }
    }

  /* "the Indonesian Navy", "U.S. Army", "the Philippine Coast Guard": a
   * force's name says nothing without its state, so the state before
   * it is in the name, and its affiliation; "Navy" alone would make one
   * body of every state's navy the text names */
  if (first > 0 && !titled && inner_role == NO_INDEX && state == NO_INDEX
      && a->token_mention[first - 1] != NO_INDEX && force_name (a, first, end)
      && (article_token (a, first)->flags & TOKEN_SPACE) && !(article_token (a, first)->flags & TOKEN_LINE))
    {
      Mention *m = &g_array_index (a->mentions, Mention, a->token_mention[first - 1]);

      if (m->end_token == first && m->end_token > m->first_token
          && entity_at (a, m->entity)->kind == TAUTAN_ENTITY_STATE)
        {
          state = m->entity;
          first = m->first_token;
          org = TRUE;
          for (guint32 k = m->first_token; k < m->end_token; k++)
            a->token_mention[k] = NO_INDEX;
          m->end_token = m->first_token;
        }
    }

  /* "the Israel Space Agency", "Japan Aerospace Exploration Agency": a
   * body whose name begins with a state's own name (not its adjective:
   * "the Russian Foreign Ministry" is left to requalify_ministry) holds
   * the state in its name, and the state is its affiliation; without
   * it, "Space Agency" would make one body of every state's agency */
  if (org && first > 0 && !titled && inner_role == NO_INDEX && state == NO_INDEX && end - first >= 2
      && a->token_mention[first - 1] != NO_INDEX
      && (article_token (a, first)->flags & TOKEN_SPACE) && !(article_token (a, first)->flags & TOKEN_LINE))
    {
      g_autofree char *head = _article_token_text (a, first, end);
      Mention *m = &g_array_index (a->mentions, Mention, a->token_mention[first - 1]);

      if (m->end_token == first && m->end_token > m->first_token && !names_ministry (head)
          && state_named_as_such (a, m))
        {
          state = m->entity;
          first = m->first_token;
          for (guint32 k = m->first_token; k < m->end_token; k++)
            a->token_mention[k] = NO_INDEX;
          m->end_token = m->first_token;
        }
    }

  name = _article_token_text (a, first, end);
  if (org || all_acronyms)
    kind = TAUTAN_ENTITY_ORGANISATION;
  else
    {
      guint32 title_state;
      guint32 t = title_before (a, first, &title_state);

      if (end - first == 1 && after_honorific (a, first))
        {
          title = first - 2;
          role = _article_token_text (a, first - 2, first - 1);
          kind = TAUTAN_ENTITY_PERSON;
        }
      else if (inner_role != NO_INDEX)
        {
          title = inner_role;
          role = _article_token_text (a, inner_role, first);
          kind = TAUTAN_ENTITY_PERSON;
        }
      /* "Wakil Ketua BKSAP DPR RI Putu …": an acronym after a title is
       * the body the post is in, not a person's name */
      else if (t < first && !(end - first == 1 && is_acronym (a, first)))
        {
          title = t;
          role = _article_token_text (a, t, first);
          state = title_state;
          kind = TAUTAN_ENTITY_PERSON;
        }
      else if (first > 0 && _article_token_is (a, first - 1, LEX_PREP, NULL)
               && (_article_match_with (a, first - 1, LEX_PREP, PREP_AT, NULL)
                   || _article_match_with (a, first - 1, LEX_PREP, PREP_FROM, NULL)))
        kind = TAUTAN_ENTITY_PLACE;
      else if (place_noun_at (a, end) || (end - first >= 2 && token_is_word (a, end - 1, "city"))
               || (end - first >= 2 && feature_noun_at (a, first)))
        kind = TAUTAN_ENTITY_PLACE;
      /* People's names take no article: after "the", the words name a
       * body ("The Deseret News observed"), or, before "of" or a noun of
       * things, a product, an award or a title ("the Budweiser Man of the
       * Match award"), which is no one */
      else if (end - first >= 2 && first > 0 && token_is_word (a, first - 1, "the"))
        {
          if (names_a_thing (a, end))
            return end;
          kind = TAUTAN_ENTITY_ORGANISATION;
        }
      else if (end - first == 1 && (article_token (a, first)->flags & TOKEN_UPPER))
        kind = TAUTAN_ENTITY_ORGANISATION;
      else if (name_words (a, first, end) >= 4 && name_words (a, end - 2, end) == 2)
        {
          /* "University of Texas Arlington Amneh Jafari": a person's name
           * is rarely more than three words; the words before it are the
           * body they speak for */
          g_clear_pointer (&name, g_free);
          name = _article_token_text (a, end - 2, end);
          first = end - 2;
          kind = TAUTAN_ENTITY_PERSON;
        }
      /* words the text also uses in small letters, capitalised by their
       * place or as a service's name ("“Kegiatan Tersebut akan …",
       * "E-Layanan Sains" beside "layanan" and "basis sains"): no one */
      else if (end - first >= 2 && words_in_small_letters (a, small_words, first, end))
        return end;
      else if (end - first >= 2)
        kind = TAUTAN_ENTITY_PERSON;
      else
        kind = TAUTAN_ENTITY_ORGANISATION;
    }
  (void)line;
  add_mention (a, first, end, _article_entity_proposed (a, name, kind, role, state), title);
  return end;
}

/* A word that stands for a person named in full elsewhere in the text. */
static guint32
person_with_word (Article *a,
                  guint32  i)
{
  const Token *t = article_token (a, i);
  guint32 best = NO_INDEX;
  gint64 best_distance = G_MAXINT64;

  if (t->end - t->start < 3 || !(t->flags & TOKEN_CAPITAL))
    return NO_INDEX;

  for (guint k = 0; k < a->mentions->len; k++)
    {
      Mention *m = &g_array_index (a->mentions, Mention, k);
      const ArticleEntity *e = entity_at (a, m->entity);
      gint64 distance;

      if (e->kind != TAUTAN_ENTITY_PERSON || m->end_token - m->first_token < 2)
        continue;
      for (guint32 w = m->first_token; w < m->end_token; w++)
        /* "Chul" of "Kim Chul-soo": a part of a hyphenated name stands
         * for no one */
        if (article_token (a, w)->hash == t->hash && !(article_token (a, w)->flags & TOKEN_JOINED)
            && !(w + 1 < m->end_token && (article_token (a, w + 1)->flags & TOKEN_JOINED)))
          {
            /* nearest full mention before, else after */
            distance = m->first_token < i ? (gint64)(i - m->first_token) : (gint64)(m->first_token - i) + (1 << 24);
            if (distance < best_distance)
              {
                best_distance = distance;
                best = m->entity;
              }
            break;
          }
    }
  return best;
}

static int
compare_mentions (gconstpointer x,
                  gconstpointer y)
{
  const Mention *a = x;
  const Mention *b = y;

  return a->first_token < b->first_token ? -1 : a->first_token > b->first_token;
}

static guint32  affiliation_of (Article *a,
                                guint32  entity);
static gboolean line_names     (const Article *a,
                                guint32        line);

/* Sorts the mentions, drops those emptied, and indexes them by token. */
static void
index_mentions (Article *a)
{
  for (guint k = a->mentions->len; k-- > 0;)
    if (g_array_index (a->mentions, Mention, k).end_token == g_array_index (a->mentions, Mention, k).first_token)
      g_array_remove_index (a->mentions, k);
  g_array_sort (a->mentions, compare_mentions);
  for (guint32 t = 0; t < article_n_tokens (a); t++)
    a->token_mention[t] = NO_INDEX;
  for (guint k = 0; k < a->mentions->len; k++)
    {
      Mention *m = &g_array_index (a->mentions, Mention, k);

      for (guint32 t = m->first_token; t < m->end_token; t++)
        a->token_mention[t] = k;
    }
}

/* The state the article is about, as seen at @before: the state it has
 * named most up to there, the latest of equals; failing that, the one
 * it names most. */
static guint32
host_state (const Article *a,
            guint32        before)
{
  g_autofree guint *counts = g_new0 (guint, a->entities->len + 1);
  guint32 best = NO_INDEX;
  guint best_count = 0;

  for (int pass = 0; pass < 2 && best == NO_INDEX; pass++)
    for (guint k = 0; k < a->mentions->len; k++)
      {
        const Mention *m = &g_array_index (a->mentions, Mention, k);

        if (pass == 0 && m->first_token >= before)
          break;
        if (entity_at (a, m->entity)->kind != TAUTAN_ENTITY_STATE || m->end_token == m->first_token)
          continue;
        if (++counts[m->entity] >= best_count)
          {
            best = m->entity;
            best_count = counts[m->entity];
          }
      }
  return best;
}

/* The latest organisation named before @before whose name has the word
 * of token @head ("the ministry": "Foreign Ministry"), or any, for a
 * word that names no kind of body in particular ("the organization"). */
static guint32
organisation_before (const Article *a,
                     guint32        head,
                     guint32        before,
                     gboolean       any)
{
  guint64 hash = article_token (a, head)->hash;

  for (guint k = a->mentions->len; k-- > 0;)
    {
      const Mention *m = &g_array_index (a->mentions, Mention, k);
      const ArticleEntity *e = entity_at (a, m->entity);

      if (m->first_token >= before || e->kind != TAUTAN_ENTITY_ORGANISATION)
        continue;
      if (any)
        return m->entity;
      for (guint32 t = m->first_token; t < m->end_token; t++)
        if (article_token (a, t)->hash == hash)
          return m->entity;
    }
  return NO_INDEX;
}

/* The latest state named before @before whose name has the word of
 * token @word ("the South": "South Korea"), or NO_INDEX. */
static guint32
state_with_word (const Article *a,
                 guint32        word,
                 guint32        before)
{
  const Token *w = article_token (a, word);
  gsize n = w->end - w->start;

  for (guint k = a->mentions->len; k-- > 0;)
    {
      const Mention *m = &g_array_index (a->mentions, Mention, k);
      const char *name = entity_at (a, m->entity)->name;
      gsize len = strlen (name);

      if (m->first_token >= before || m->end_token == m->first_token
          || entity_at (a, m->entity)->kind != TAUTAN_ENTITY_STATE)
        continue;
      for (gsize at = 0; at + n <= len; at++)
        if ((at == 0 || name[at - 1] == ' ') && (at + n == len || name[at + n] == ' ')
            && g_ascii_strncasecmp (name + at, a->text + w->start, n) == 0)
          return m->entity;
    }
  return NO_INDEX;
}

/* The last two different entities of @kind named before @before, the
 * earlier first: who "the two leaders" are. */
static gboolean
pair_before (const Article    *a,
             guint32           before,
             TautanEntityKind  kind,
             guint32          *first,
             guint32          *second)
{
  *first = *second = NO_INDEX;
  for (guint k = a->mentions->len; k-- > 0;)
    {
      const Mention *m = &g_array_index (a->mentions, Mention, k);

      if (m->first_token >= before || entity_at (a, m->entity)->kind != kind || m->entity2 != NO_INDEX
          || m->end_token == m->first_token)
        continue;
      if (*second == NO_INDEX)
        *second = m->entity;
      else if (m->entity != *second)
        {
          *first = m->entity;
          return TRUE;
        }
    }
  return FALSE;
}

/* Whether "pemerintah" at @k stands as a noun phrase of its own: after
 * the start of a clause, a preposition or a verb, not as the modifier of
 * a noun ("bangunan pemerintah") or before the name it heads
 * ("pemerintah Indonesia", "pemerintah daerah"). */
static gboolean
bare_government (const Article *a,
                 guint32        k)
{
  static const char *local[] = {
    "daerah", "kota", "provinsi", "kabupaten", "desa", "setempat", "lokal", "local", "regional",
    "state", "federal", "city", "county", "provincial", "municipal", "of",
  };
  guint32 n = article_n_tokens (a);
  const Token *prev;

  if (k + 1 < n && !(article_token (a, k + 1)->flags & TOKEN_LINE)
      && (a->token_mention[k + 1] != NO_INDEX
          || (article_token (a, k + 1)->kind == TOKEN_WORD && (article_token (a, k + 1)->flags & (TOKEN_CAPITAL | TOKEN_UPPER)))))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (local); i++)
    if (token_is_word (a, k + 1, local[i]) || (k > 0 && token_is_word (a, k - 1, local[i])))
      return FALSE;
  if (k == 0 || (article_token (a, k)->flags & TOKEN_LINE))
    return TRUE;
  if (a->token_mention[k - 1] != NO_INDEX)
    return FALSE;
  /* English: "the government", never "its government" or "a government" */
  if (a->language == 1)
    return token_is_word (a, k - 1, "the");
  prev = article_token (a, k - 1);
  if (prev->kind != TOKEN_WORD)
    return prev->kind == TOKEN_PUNCT;
  return _article_token_is (a, k - 1, LEX_PREP, NULL) || _article_token_is (a, k - 1, LEX_CONJ, NULL)
         || _article_token_is (a, k - 1, LEX_AUX, NULL) || _article_token_is (a, k - 1, LEX_EVENT, NULL)
         || _article_token_is (a, k - 1, LEX_SPEECH, NULL) || _article_token_is (a, k - 1, LEX_VERB, NULL)
         || _article_token_is (a, k - 1, LEX_INTENT, NULL) || _article_token_is (a, k - 1, LEX_SEND, NULL)
         || _article_token_is (a, k - 1, LEX_LIGHT_VERB, NULL) || token_is_word (a, k - 1, "para");
}

/* 4. Words that describe an actor named elsewhere: "the government" and
 * "pemerintah" (the article's state, or a government it names), "the
 * Biden administration" and "pemerintahan Biden" (the leader's state),
 * "the ministry" and "kementerian itu" (the ministry named before), "the
 * two leaders" and "kedua pemimpin" (the two last named). Nothing is
 * resolved that the text does not name. */
static void
describe_actors (Article *a)
{
  guint32 n = article_n_tokens (a);
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (Mention));

  for (guint32 i = 0; i < n; i++)
    {
      const Payload *p;
      guint32 len;
      Mention m = { i, i, NO_INDEX, NO_INDEX, NO_INDEX };

      if (a->token_mention[i] != NO_INDEX || !line_names (a, article_token (a, i)->line)
          || g_array_index (a->lines, Line, article_token (a, i)->line).role == LINE_TITLE)
        continue;
      if (_article_match_at (a, i, LEX_DESCRIPTION, &len, &p))
        {
          m.end_token = i + len;
          switch ((Description)p->value)
            {
            case DESC_GOVERNMENT:
              if (!bare_government (a, i))
                continue;
              m.entity = organisation_before (a, i, i, FALSE);
              if (m.entity == NO_INDEX)
                m.entity = host_state (a, i);
              if (i > 0 && token_is_word (a, i - 1, "the") && !(article_token (a, i)->flags & TOKEN_LINE))
                m.first_token = i - 1;
              break;
            case DESC_ADMINISTRATION:
              {
                /* "pemerintahan (Presiden) Biden", "the Biden administration" */
                guint32 k = i + 1;
                guint32 person = NO_INDEX;

                while (k < n && _article_match_at (a, k, LEX_TITLE, &len, NULL) && a->token_mention[k] == NO_INDEX)
                  k += len;
                if (k < n && a->token_mention[k] != NO_INDEX
                    && entity_at (a, g_array_index (a->mentions, Mention, a->token_mention[k]).entity)->kind == TAUTAN_ENTITY_PERSON)
                  {
                    Mention *pm = &g_array_index (a->mentions, Mention, a->token_mention[k]);

                    person = pm->entity;
                    m.end_token = pm->end_token;
                    pm->end_token = pm->first_token;
                  }
                else if (i > 0 && a->token_mention[i - 1] != NO_INDEX
                         && entity_at (a, g_array_index (a->mentions, Mention, a->token_mention[i - 1]).entity)->kind == TAUTAN_ENTITY_PERSON)
                  {
                    Mention *pm = &g_array_index (a->mentions, Mention, a->token_mention[i - 1]);

                    person = pm->entity;
                    m.first_token = pm->first_token;
                    pm->end_token = pm->first_token;
                  }
                if (person == NO_INDEX)
                  continue;
                m.entity = affiliation_of (a, person);
                if (m.entity == NO_INDEX || entity_at (a, m.entity)->kind != TAUTAN_ENTITY_STATE)
                  continue;
              }
              break;
            case DESC_PAIR_LEADERS:
            case DESC_PAIR_STATES:
              if (!pair_before (a, i, p->value == DESC_PAIR_LEADERS ? TAUTAN_ENTITY_PERSON : TAUTAN_ENTITY_STATE,
                                &m.entity, &m.entity2))
                continue;
              break;
            default:
              continue;
            }
        }
      else if (i > 0 && token_is_word (a, i - 1, "the")
               && (token_is_word (a, i, "north") || token_is_word (a, i, "south")
                   || token_is_word (a, i, "east") || token_is_word (a, i, "west"))
               && !(i + 1 < n && article_token (a, i + 1)->kind == TOKEN_WORD
                    && (article_token (a, i + 1)->flags & (TOKEN_CAPITAL | TOKEN_UPPER))))
        {
          /* "the South", "into the north": the state named before
           * whose name has the word ("South Korea") */
          m.first_token = i - 1;
          m.end_token = i + 1;
          m.entity = state_with_word (a, i, i);
        }
      else if (_article_match_at (a, i, LEX_ORG_HEAD, &len, NULL) && !_article_match_at (a, i, LEX_DESCRIPTION, NULL, NULL)
               && !(article_token (a, i)->flags & (TOKEN_CAPITAL | TOKEN_UPPER)))
        {
          /* "the ministry", "kementerian itu" */
          static const char *any[] = {
            "organization", "organisation", "organisasi", "group", "kelompok", "lembaga", "company",
            "perusahaan", "body",
          };
          gboolean generic = FALSE;

          /* English "the ministry"; Indonesian "kementerian itu", or the
           * word alone where a noun phrase starts ("setelah senat
           * menyetujuinya") */
          if (a->language == 1 ? !(i > 0 && token_is_word (a, i - 1, "the")) || token_is_word (a, i + len, "of")
                               : (!_article_token_is (a, i + len, LEX_DEMONSTRATIVE, NULL) && !bare_government (a, i))
                                 || token_is_word (a, i + len, "ini"))
            continue;
          for (guint w = 0; w < G_N_ELEMENTS (any); w++)
            generic |= token_is_word (a, i, any[w]);
          m.entity = organisation_before (a, i, i, generic);
          if (m.entity == NO_INDEX)
            continue;
          if (a->language == 1)
            m.first_token = i - 1, m.end_token = i + len;
          else
            m.end_token = i + len + (_article_token_is (a, i + len, LEX_DEMONSTRATIVE, NULL) ? 1 : 0);
        }
      else
        continue;

      if (m.entity == NO_INDEX)
        continue;
      g_array_append_val (found, m);
      i = m.end_token - 1;
    }
  g_array_append_vals (a->mentions, found->data, found->len);
  index_mentions (a);
}

static gboolean
line_names (const Article *a,
            guint32        line)
{
  LineRole role = g_array_index (a->lines, Line, line).role;

  return role == LINE_BODY || role == LINE_CAPTION || role == LINE_TITLE;
}

/* "legislator AS", "pejabat Korea Selatan", "US lawmakers": a group of
 * people of a state acts as itself, an unnamed group tied to the state,
 * not as the state. One person ("seorang pejabat AS") stays anonymous, and
 * a role before a name ("Senator AS Marco Rubio") is no group. */
static void
group_of_state_mentions (Article *a)
{
  guint32 n = article_n_tokens (a);

  /* by the words, not the article's language: a quote or a name may be
   * in the other one */
  for (guint32 i = 0; i < n; i++)
    {
      const Payload *p;
      guint32 len = 0;
      gboolean indonesian;

      if (!article_token_has_kind (a, i, LEX_GROUP_NOUN) || !_article_match_at (a, i, LEX_GROUP_NOUN, &len, &p)
          || a->token_mention[i] != NO_INDEX
          || ((article_token (a, i)->flags & (TOKEN_CAPITAL | TOKEN_UPPER)) && !at_sentence_start (a, i)))
        continue;
      indonesian = p->value == 0;
      if (len == 0)
        continue;

      if (indonesian)
        {
          guint32 at = i + len;
          Mention *state;
          guint32 group;
          g_autofree char *name = NULL;

          if (at >= n || a->token_mention[at] == NO_INDEX
              || (i > 0 && _article_match_at (a, i - 1, LEX_ANON, NULL, NULL)))
            continue;
          state = &g_array_index (a->mentions, Mention, a->token_mention[at]);
          if (state->first_token != at || entity_at (a, state->entity)->kind != TAUTAN_ENTITY_STATE
              || (state->end_token < n && article_token (a, state->end_token)->kind == TOKEN_WORD
                  && (article_token (a, state->end_token)->flags & (TOKEN_CAPITAL | TOKEN_UPPER))
                  && article_token (a, state->end_token)->line == article_token (a, at)->line))
            continue;
          name = _article_token_text (a, i, state->end_token);
          group = _article_entity_proposed (a, name, TAUTAN_ENTITY_UNNAMED_GROUP, NULL, state->entity);
          {
            guint32 end = state->end_token;

            /* the state's own mention gives way; dropped with the empty ones */
            state->end_token = state->first_token;
            add_mention (a, i, end, group, NO_INDEX);
            i = end - 1;
          }
        }
      else
        {
          Mention *state;
          guint32 group, first;
          g_autofree char *name = NULL;

          if (i == 0 || a->token_mention[i - 1] == NO_INDEX)
            continue;
          state = &g_array_index (a->mentions, Mention, a->token_mention[i - 1]);
          if (state->end_token != i || entity_at (a, state->entity)->kind != TAUTAN_ENTITY_STATE)
            continue;
          first = state->first_token;
          name = _article_token_text (a, first, i + len);
          group = _article_entity_proposed (a, name, TAUTAN_ENTITY_UNNAMED_GROUP, NULL, state->entity);
          state->end_token = state->first_token;
          add_mention (a, first, i + len, group, NO_INDEX);
          i += len - 1;
        }
    }
}

/* "Kongres AS", "DPR Amerika": a known body followed by a state is that
 * state's body, one party: the body itself when it is the state's,
 * else the state's body of that name ("DPR" alone is Indonesia's). */
static void
body_of_following_state (Article *a)
{
  guint32 n_mentions = a->mentions->len;

  for (guint k = 0; k < n_mentions; k++)
    {
      Mention *body = &g_array_index (a->mentions, Mention, k);
      const ArticleEntity *be = entity_at (a, body->entity);
      const TautanGazetteerEntry *bg, *sg;
      Mention *state;
      guint32 end, entity;

      if (be->kind != TAUTAN_ENTITY_ORGANISATION || be->gazetteer == NO_INDEX || body->end_token <= body->first_token
          || body->end_token >= article_n_tokens (a) || a->token_mention[body->end_token] == NO_INDEX)
        continue;
      state = &g_array_index (a->mentions, Mention, a->token_mention[body->end_token]);
      if (state->first_token != body->end_token || entity_at (a, state->entity)->kind != TAUTAN_ENTITY_STATE
          || entity_at (a, state->entity)->gazetteer == NO_INDEX
          || article_token (a, state->first_token)->line != article_token (a, body->first_token)->line
          || !(article_token (a, state->first_token)->flags & TOKEN_SPACE))
        continue;
      bg = tautan_gazetteer_get_entry (a->gazetteer, be->gazetteer);
      sg = tautan_gazetteer_get_entry (a->gazetteer, entity_at (a, state->entity)->gazetteer);
      end = state->end_token;
      if (bg->affiliation == NULL || g_strcmp0 (bg->affiliation, sg->id) == 0)
        entity = body->entity;
      else
        {
          g_autofree char *name = _article_token_text (a, body->first_token, end);

          entity = _article_entity_proposed (a, name, TAUTAN_ENTITY_ORGANISATION, NULL, state->entity);
        }
      /* the state's own mention gives way; dropped with the empty ones */
      state->end_token = state->first_token;
      body = &g_array_index (a->mentions, Mention, k);
      body->end_token = end;
      body->entity = entity;
      for (guint32 t = body->first_token; t < end; t++)
        a->token_mention[t] = k;
    }
}

/* Whether @text (normalised) holds one of entry @entry's names as words. */
static gboolean
text_names_entry (TautanGazetteer *gazetteer,
                  const char      *text,
                  guint            entry)
{
  char **words = _tautan_gazetteer_get_names (gazetteer, entry)->words;
  g_autofree char *padded = g_strconcat (" ", text, " ", NULL);

  for (guint k = 0; words[k] != NULL; k++)
    if (strstr (padded, words[k]) != NULL)
      return TRUE;
  return FALSE;
}

/* The gazetteer body of state entry @state that @text names when
 * followed by one of that state's names: "Kementerian Luar Negeri" +
 * "Korea Utara". Returns the entry, or -1. */
static int
body_of_state (TautanGazetteer *gazetteer,
               const char      *text,
               TautanEntityKind kind,
               guint32          state)
{
  const GazetteerNames *s = _tautan_gazetteer_get_names (gazetteer, state);
  gsize len = strlen (text);

  for (guint i = 0; i < s->n_affiliated; i++)
    {
      guint entry = s->affiliated[i];
      char **aliases = _tautan_gazetteer_get_names (gazetteer, entry)->aliases;

      if (tautan_gazetteer_get_entry (gazetteer, entry)->kind != kind)
        continue;
      for (guint k = 0; aliases[k] != NULL; k++)
        if (strncmp (aliases[k], text, len) == 0 && aliases[k][len] == ' '
            && text_names_entry (gazetteer, aliases[k] + len + 1, state))
          return (int)entry;
    }
  return -1;
}

/* "Foreign Ministry", "Kementerian Pertahanan": a state's ministry by
 * its kind alone. */
static gboolean
names_ministry (const char *name)
{
  g_autofree char *folded = NULL;

  /* most names are ASCII: no folded copy for each mention */
  for (const char *c = name; *c; c++)
    if ((guchar)*c >= 0x80)
      {
        folded = g_utf8_casefold (name, -1);
        return strstr (folded, "ministry") != NULL || strstr (folded, "kementerian") != NULL;
      }
  for (const char *c = name; *c; c++)
    if (((*c | 0x20) == 'm' && g_ascii_strncasecmp (c, "ministry", 8) == 0)
        || ((*c | 0x20) == 'k' && g_ascii_strncasecmp (c, "kementerian", 11) == 0))
      return TRUE;
  return FALSE;
}

/* The state named last before mention @k in its sentence (a mention
 * with words, not an implied one), or NO_INDEX. */
static guint32
state_before_in_sentence (Article *a,
                          guint    k)
{
  const Mention *m = &g_array_index (a->mentions, Mention, k);

  for (guint j = k; j-- > 0;)
    {
      const Mention *n = &g_array_index (a->mentions, Mention, j);

      if (a->token_sentence[n->first_token] != a->token_sentence[m->first_token])
        break;
      if (entity_at (a, n->entity)->kind == TAUTAN_ENTITY_STATE && n->end_token > n->first_token)
        return n->entity;
    }
  return NO_INDEX;
}

/* A ministry the text names by its kind alone, unknown to the
 * gazetteer ("the Foreign Ministry said" in a story from Seoul): the
 * ministry of the state named before it in its sentence, else of the
 * state the article is about so far; the gazetteer's body of that state
 * when it has one. */
static void
requalify_ministry (Article *a,
                    guint    k)
{
  Mention *m = &g_array_index (a->mentions, Mention, k);
  g_autofree char *words = _article_token_text (a, m->first_token, m->end_token);
  g_autofree char *norm = _tautan_normalise_name (words, -1);
  guint32 other = NO_INDEX;
  int body;

  other = state_before_in_sentence (a, k);
  /* the state named most before it: a state named only after it may
   * be the one it speaks to ("the ministry criticised Canada") */
  if (other == NO_INDEX)
    {
      g_autofree guint *counts = g_new0 (guint, a->entities->len + 1);
      guint best = 0;

      for (guint j = 0; j < k; j++)
        {
          const Mention *n = &g_array_index (a->mentions, Mention, j);

          if (entity_at (a, n->entity)->kind == TAUTAN_ENTITY_STATE && n->end_token > n->first_token
              && ++counts[n->entity] >= best)
            {
              other = n->entity;
              best = counts[n->entity];
            }
        }
    }
  if (other == NO_INDEX || entity_at (a, other)->gazetteer == NO_INDEX)
    return;
  body = body_of_state (a->gazetteer, norm, TAUTAN_ENTITY_ORGANISATION, entity_at (a, other)->gazetteer);
  if (body >= 0)
    m->entity = _article_entity_for_gazetteer (a, body);
  else
    {
      g_autofree char *name = g_strdup_printf ("%s (%s)", words, entity_at (a, other)->name);

      m->entity = _article_entity_proposed (a, name, TAUTAN_ENTITY_ORGANISATION, NULL, other);
    }
}

/* "Kementerian Luar Negeri", "Kemlu" with no state: the gazetteer's
 * entry is Indonesia's, but in a text about another state the ministry
 * is that state's. The state named last in the mention's sentence
 * decides; else, when the text never names the entry's own state, the
 * state it is about. The other state's body comes from the gazetteer
 * when it knows it, else it is proposed. */
static void
requalify_bodies (Article *a)
{
  for (guint k = 0; k < a->mentions->len; k++)
    {
      Mention *m = &g_array_index (a->mentions, Mention, k);
      const ArticleEntity *e = entity_at (a, m->entity);
      const TautanGazetteerEntry *g;
      g_autofree char *words = NULL;
      g_autofree char *norm = NULL;
      guint32 own, other = NO_INDEX;
      int aff, body;

      if (e->gazetteer == NO_INDEX && e->kind == TAUTAN_ENTITY_ORGANISATION && e->affiliation == NO_INDEX
          && names_ministry (e->name))
        {
          requalify_ministry (a, k);
          continue;
        }
      if (e->gazetteer == NO_INDEX || e->kind != TAUTAN_ENTITY_ORGANISATION)
        continue;
      g = tautan_gazetteer_get_entry (a->gazetteer, e->gazetteer);
      aff = tautan_gazetteer_lookup (a->gazetteer, g->affiliation);
      if (aff < 0 || tautan_gazetteer_get_entry (a->gazetteer, aff)->kind != TAUTAN_ENTITY_STATE)
        continue;
      words = _article_token_text (a, m->first_token, m->end_token);
      norm = _tautan_normalise_name (words, -1);
      if (text_names_entry (a->gazetteer, norm, aff))
        continue;
      /* "NASA", "USAID": a body named by its own name is that one body,
       * whatever state the story is about; only a name that says its
       * kind ("Foreign Ministry", "Senat") may be another state's */
      {
        g_autofree char *own_name = _tautan_normalise_name (g->name, -1);

        if (g_strcmp0 (norm, own_name) == 0)
          continue;
      }

      own = _article_entity_for_gazetteer (a, aff);
      e = entity_at (a, m->entity);
      other = state_before_in_sentence (a, k);
      if (other == NO_INDEX)
        {
          gboolean own_named = FALSE;

          for (guint j = 0; j < a->mentions->len && !own_named; j++)
            own_named = g_array_index (a->mentions, Mention, j).entity == own;
          if (!own_named)
            other = host_state (a, m->first_token);
        }
      if (other == NO_INDEX || other == own || entity_at (a, other)->gazetteer == NO_INDEX)
        continue;

      body = body_of_state (a->gazetteer, norm, e->kind, entity_at (a, other)->gazetteer);
      if (body >= 0)
        m->entity = _article_entity_for_gazetteer (a, body);
      else
        {
          g_autofree char *name = g_strdup_printf ("%s (%s)", words, entity_at (a, other)->name);

          m->entity = _article_entity_proposed (a, name, TAUTAN_ENTITY_ORGANISATION, NULL, other);
        }
    }
}

/**
 * _tautan_extract_mentions:
 *
 * Finds every mention of an entity in the headline, body and captions.
 */
void
_tautan_extract_mentions (Article *a)
{
  guint32 n = article_n_tokens (a);
  g_autoptr(GHashTable) adjectives = NULL;
  guint64 small_words[SMALL_WORD_BITS / 64];

  small_words_init (a, small_words);
  g_free (a->token_mention);
  a->token_mention = g_new (guint32, MAX (n, 1));
  for (guint32 i = 0; i < n; i++)
    a->token_mention[i] = NO_INDEX;

  /* 1. the gazetteer */
  for (guint32 i = 0; i < n; i++)
    {
      guint32 len, entry;

      if (!line_names (a, article_token (a, i)->line))
        continue;
      if (gazetteer_match (a, i, &len, &entry))
        {
          add_mention (a, i, i + len, _article_entity_for_gazetteer (a, entry), NO_INDEX);
          i += len - 1;
        }
    }
  for (guint k = 0; k < a->mentions->len; k++)
    {
      Mention *m = &g_array_index (a->mentions, Mention, k);
      guint32 state;

      m->title_start = title_before (a, m->first_token, &state);
      if (m->title_start == m->first_token)
        m->title_start = NO_INDEX;
    }
  group_of_state_mentions (a);
  body_of_following_state (a);

  /* 2. names the gazetteer does not know; not in headlines, whose every
   * word has a capital */
  adjectives = people_adjectives (a);
  for (guint32 i = 0; i < n; i++)
    {
      guint32 end = i;
      guint32 line = article_token (a, i)->line;

      if (!line_names (a, line) || g_array_index (a->lines, Line, line).role == LINE_TITLE
          || a->token_mention[i] != NO_INDEX || !is_name_word (a, i) || compound_adjective_at (a, i))
        continue;
      /* "bahasa Inggris": a language names no one */
      if (i > 0 && (token_is_word (a, i - 1, "bahasa") || token_is_word (a, i - 1, "berbahasa")))
        continue;
      while (end < n && a->token_mention[end] == NO_INDEX && article_token (a, end)->line == line
             && (is_name_word (a, end) || (end > i && is_name_particle (a, end) && end + 1 < n && is_name_word (a, end + 1))
                 || (end > i && (article_token (a, end)->flags & TOKEN_JOINED) && article_token (a, end)->kind != TOKEN_PUNCT)
                 || (end > i + 1 && initial_stop (a, end)) || (end == i + 1 && leading_initial (a, i)))
             && !(end > i && (article_token (a, end)->flags & TOKEN_LINE)))
        {
          /* no punctuation inside a name, but a middle initial's stop */
          if (end > i && !(article_token (a, end)->flags & (TOKEN_SPACE | TOKEN_JOINED)) && !initial_stop (a, end))
            break;
          if (end > i && compound_adjective_at (a, end))
            break;
          end++;
        }
      /* "Church of Scientology", "Ministry of Finance": a body's head,
       * "of", and its name */
      if (end > i && end + 1 < n && token_is_word (a, end, "of") && is_name_word (a, end + 1)
          && (a->token_mention[end + 1] == NO_INDEX || demonym_before_name (a, end + 1))
          && article_token (a, end + 1)->line == line
          && _article_match_at (a, end - 1, LEX_ORG_HEAD, NULL, NULL)
          && !_article_match_at (a, end - 1, LEX_DESCRIPTION, NULL, NULL))
        {
          end += 1;
          /* "Bureau of Indian Affairs": the adjective is the name's */
          if (a->token_mention[end] != NO_INDEX)
            {
              Mention *m = &g_array_index (a->mentions, Mention, a->token_mention[end]);

              m->end_token = m->first_token;
              a->token_mention[end] = NO_INDEX;
            }
          /* "Union of Rationalist Atheists and Agnostics" */
          while (end < n && a->token_mention[end] == NO_INDEX && article_token (a, end)->line == line
                 && (article_token (a, end)->flags & TOKEN_SPACE)
                 && (is_name_word (a, end)
                     || (token_is_word (a, end, "and") && end + 1 < n && is_name_word (a, end + 1)
                         && a->token_mention[end + 1] == NO_INDEX)))
            end++;
        }
      /* "a Scottish Fire and Rescue Service spokesperson", "the U.S. Fish
       * and Wildlife Service": after an article (people's names take
       * none), two names joined by "and" are one body's when the second
       * ends with a body's head */
      if (end > i && end + 1 < n && token_is_word (a, end, "and") && body_after_article (a, i)
          && !(article_token (a, end + 1)->flags & TOKEN_LINE))
        {
          guint32 k = end + 1;
          gboolean head = FALSE;

          while (k < n && a->token_mention[k] == NO_INDEX && article_token (a, k)->line == line
                 && (article_token (a, k)->flags & TOKEN_SPACE) && is_name_word (a, k))
            k++;
          for (guint32 back = 1; back <= 2 && k - back > end && !head; back++)
            {
              guint32 len;

              head = body_head_at (a, k - back, &len) && len == back;
            }
          if (head)
            end = k;
        }
      if (end == i)
        continue;
      /* a surname of someone named in full: step 3 */
      if (end - i == 1 && person_with_word (a, i) != NO_INDEX)
        continue;
      {
        guint32 name_end = end;

        /* "Ahmed Mohamed Image: Twitter": a credit label ends the name */
        while (name_end > i + 1 && _article_match_at (a, name_end - 1, LEX_FURNITURE, NULL, NULL))
          name_end--;
        /* once: MAX() evaluates its arguments twice, and a second run
         * would propose the name again without the state it absorbed */
        guint32 proposed_end = propose_run (a, i, name_end, adjectives, small_words);

        i = MAX (proposed_end, end) - 1;
      }
    }
  name_glossed_by_acronym (a);
  name_defined_by_acronym (a);
  state_after_gloss (a);
  for (guint k = a->mentions->len; k-- > 0;)
    if (g_array_index (a->mentions, Mention, k).end_token == g_array_index (a->mentions, Mention, k).first_token)
      g_array_remove_index (a->mentions, k);
  g_array_sort (a->mentions, compare_mentions);
  for (guint k = 0; k < a->mentions->len; k++)
    {
      Mention *m = &g_array_index (a->mentions, Mention, k);

      for (guint32 t = m->first_token; t < m->end_token; t++)
        a->token_mention[t] = k;
    }

  /* 3. "Kim", "Putin": a word of a person's full name */
  for (guint32 i = 0; i < n; i++)
    {
      guint32 person;

      if (a->token_mention[i] != NO_INDEX || !line_names (a, article_token (a, i)->line)
          || !is_name_word (a, i) || _article_token_is (a, i, LEX_NOT_NAME, NULL)
          || g_hash_table_contains (adjectives, &article_token (a, i)->hash))
        continue;
      person = person_with_word (a, i);
      if (person != NO_INDEX)
        add_mention (a, i, i + 1, person, NO_INDEX);
      else if (at_sentence_start (a, i) && (i + 1 >= n || !is_name_word (a, i + 1)))
        {
          /* "Scientology officials have stated": a body the text names
           * elsewhere, at the start of a sentence too */
          g_autofree char *word = _article_token_text (a, i, i + 1);
          g_autofree char *norm = _tautan_normalise_name (word, -1);
          g_autofree char *key = g_strconcat (tautan_entity_kind_to_string (TAUTAN_ENTITY_ORGANISATION), ":",
                                              norm, NULL);
          gpointer found = g_hash_table_lookup (a->entity_by_key, key);

          if (found != NULL)
            add_mention (a, i, i + 1, GPOINTER_TO_UINT (found) - 1, NO_INDEX);
        }
    }
  index_mentions (a);
  requalify_bodies (a);

  describe_actors (a);
}

static gboolean
person_has_title (const Article *a,
                  const Mention *m,
                  guint64        title_hash)
{
  /* a title cut short before the name is the same title written out
   * after it: "Gen. Mark A. Milley" is "the general" */
  static const char *short_forms[][2] = {
    { "general", "gen" }, { "colonel", "col" }, { "lieutenant", "lt" }, { "captain", "capt" },
    { "sergeant", "sgt" }, { "major", "maj" }, { "admiral", "adm" }, { "senator", "sen" },
    { "governor", "gov" }, { "professor", "prof" }, { "doctor", "dr" }, { "corporal", "cpl" },
    { "brigadier", "brig" }, { "commander", "cmdr" }, { "kolonel", "kol" }, { "jenderal", "jend" },
  };
  static guint64 hashes[G_N_ELEMENTS (short_forms)][2];
  static gsize hashed = 0;
  const ArticleEntity *e = entity_at (a, m->entity);
  guint64 short_hash = 0;

  if (g_once_init_enter (&hashed))
    {
      for (guint k = 0; k < G_N_ELEMENTS (short_forms); k++)
        for (guint j = 0; j < 2; j++)
          hashes[k][j] = _tautan_fold_hash (short_forms[k][j], strlen (short_forms[k][j]));
      g_once_init_leave (&hashed, 1);
    }
  for (guint k = 0; k < G_N_ELEMENTS (short_forms) && short_hash == 0; k++)
    if (hashes[k][0] == title_hash)
      short_hash = hashes[k][1];
  if (m->title_start != NO_INDEX)
    for (guint32 k = m->title_start; k < m->first_token; k++)
      if (article_token (a, k)->hash == title_hash || (short_hash != 0 && article_token (a, k)->hash == short_hash))
        return TRUE;
  if (e->gazetteer != NO_INDEX)
    {
      const TautanGazetteerEntry *g = tautan_gazetteer_get_entry (a->gazetteer, e->gazetteer);

      for (guint k = 0; g->titles[k]; k++)
        if (_tautan_fold_hash (g->titles[k], strlen (g->titles[k])) == title_hash)
          return TRUE;
    }
  return FALSE;
}

static guint32
affiliation_of (Article *a,
                guint32  entity)
{
  const ArticleEntity *e = entity_at (a, entity);

  if (e->affiliation != NO_INDEX)
    return e->affiliation;
  if (e->gazetteer != NO_INDEX)
    {
      int aff = tautan_gazetteer_lookup (a->gazetteer, tautan_gazetteer_get_entry (a->gazetteer, e->gazetteer)->affiliation);

      if (aff >= 0)
        return _article_entity_for_gazetteer (a, aff);
    }
  return NO_INDEX;
}

/**
 * _article_resolve_reference:
 * @first: the words that refer: "ia", "Pemimpin Korea Utara itu", "the minister"
 * @end: exclusive
 * @before_token: resolve against what comes before this token
 *
 * Returns: the person referred to, or %NO_INDEX
 */
static guint32
resolve_reference (Article  *a,
                   guint32   first,
                   guint32   end,
                   guint32   before_token,
                   gboolean  definite,
                   gboolean  opening);

guint32
_article_resolve_reference (Article *a,
                            guint32  first,
                            guint32  end,
                            guint32  before_token)
{
  return resolve_reference (a, first, end, before_token, FALSE, FALSE);
}

/**
 * _article_resolve_opening_title:
 *
 * "Presiden juga bertemu Gubernur Kemp": an Indonesian sentence opened by
 * a title alone, with no name and no "itu", refers back to the person
 * the text gave that title, as "presiden itu" would.
 *
 * Returns: the person, or %NO_INDEX
 */
guint32
_article_resolve_opening_title (Article *a,
                                guint32  first,
                                guint32  end,
                                guint32  before_token)
{
  return resolve_reference (a, first, end, before_token, FALSE, TRUE);
}

/**
 * _article_resolve_title:
 *
 * "Presiden AS" with no name: the person with that title and state the
 * text names elsewhere.
 *
 * Returns: the person, or %NO_INDEX
 */
guint32
_article_resolve_title (Article *a,
                        guint32  first,
                        guint32  end,
                        guint32  before_token)
{
  return resolve_reference (a, first, end, before_token, TRUE, FALSE);
}

static guint32
resolve_reference (Article  *a,
                   guint32   first,
                   guint32   end,
                   guint32   before_token,
                   gboolean  definite,
                   gboolean  opening)
{
  guint64 title_hash = 0;
  guint32 state = NO_INDEX;
  gboolean pronoun = FALSE;
  gboolean demonstrative = FALSE;
  /* "kata Presiden", "ujar Kepala Negara": a title alone, capitalised
   * inside a sentence, is as definite as "presiden itu" */
  gboolean bare = first < end && (article_token (a, first)->flags & TOKEN_CAPITAL)
                  && (opening || !at_sentence_start (a, first));

  for (guint32 k = first; k < end; k++)
    {
      guint32 n;

      if (!_article_match_at (a, k, LEX_TITLE, NULL, NULL))
        bare = FALSE;
      if (_article_token_is (a, k, LEX_PRONOUN, NULL))
        pronoun = TRUE;
      else if (_article_token_is (a, k, LEX_DEMONSTRATIVE, NULL))
        demonstrative = TRUE;
      else if (a->token_mention[k] != NO_INDEX
               && entity_at (a, g_array_index (a->mentions, Mention, a->token_mention[k]).entity)->kind == TAUTAN_ENTITY_STATE)
        state = g_array_index (a->mentions, Mention, a->token_mention[k]).entity;
      else if (_article_match_at (a, k, LEX_TITLE, &n, NULL))
        {
          /* the head noun: "Menteri Luar Negeri" -> "menteri" */
          if (title_hash == 0)
            title_hash = article_token (a, k)->hash;
          k += n - 1;
        }
    }
  if (!pronoun && !((demonstrative || bare || (definite && state != NO_INDEX)) && title_hash != 0))
    return NO_INDEX;

  for (guint k = a->mentions->len; k-- > 0;)
    {
      const Mention *m = &g_array_index (a->mentions, Mention, k);
      const ArticleEntity *e;

      if ((!definite && m->first_token >= before_token) || (m->first_token >= first && m->first_token < end))
        continue;
      e = entity_at (a, m->entity);
      if (e->kind != TAUTAN_ENTITY_PERSON)
        continue;
      /* a person inside someone's quote is not who "he" is */
      if (a->token_quote != NULL && a->token_quote[m->first_token] != NO_INDEX)
        continue;
      if (pronoun)
        return m->entity;
      if (state != NO_INDEX && affiliation_of (a, m->entity) != state)
        continue;
      if (person_has_title (a, m, title_hash) || state != NO_INDEX)
        return m->entity;
    }
  return NO_INDEX;
}

/* Indonesian titles shortened to one word, and the words they stand for
 * ("kata Menlu" after "Menteri Luar Negeri Retno Marsudi"). */
static const struct
{
  const char *abbreviation;
  const char *words[5];
} title_abbreviations[] = {
  { "menlu", { "menteri", "luar", "negeri", NULL } },
  { "wamenlu", { "wakil", "menteri", "luar", "negeri", NULL } },
  { "menhan", { "menteri", "pertahanan", NULL } },
  { "menkeu", { "menteri", "keuangan", NULL } },
  { "menkes", { "menteri", "kesehatan", NULL } },
  { "mendag", { "menteri", "perdagangan", NULL } },
  { "mendagri", { "menteri", "dalam", "negeri", NULL } },
  { "menag", { "menteri", "agama", NULL } },
  { "wapres", { "wakil", "presiden", NULL } },
  { "jubir", { "juru", "bicara", NULL } },
  { "dubes", { "duta", "besar", NULL } },
  { "sekjen", { "sekretaris", "jenderal", NULL } },
};

static int
title_abbreviation (const Article *a,
                    guint32        i)
{
  for (guint k = 0; k < G_N_ELEMENTS (title_abbreviations); k++)
    if (token_is_word (a, i, title_abbreviations[k].abbreviation))
      return k;
  return -1;
}

gboolean
_article_is_title_abbreviation (const Article *a,
                                guint32        i)
{
  return i < article_n_tokens (a) && title_abbreviation (a, i) >= 0;
}

/* Whether @words stand in order, one after another, in [first, end). */
static gboolean
span_has_words (const Article *a,
                guint32        first,
                guint32        end,
                const char    *const *words)
{
  guint n = 0;

  while (words[n])
    n++;
  for (guint32 k = first; k + n <= end; k++)
    {
      guint w = 0;

      while (w < n && token_is_word (a, k + w, words[w]))
        w++;
      if (w == n)
        return TRUE;
    }
  return FALSE;
}

/**
 * _article_person_with_role:
 *
 * "kata Menlu", "ujar Jubir Kemlu": a role, maybe with the body it is
 * of, and no name; the person the text named before with that role
 * (and body). Unnamed roles stay unresolved: "juru bicara Kementerian
 * Luar Negeri" with no spokesperson named before.
 *
 * Returns: the person, or %NO_INDEX
 */
guint32
_article_person_with_role (Article *a,
                           guint32  first,
                           guint32  end,
                           guint32  before_token)
{
  const char *const *words = NULL;
  const char *head[2] = { NULL, NULL };
  g_autofree char *head_word = NULL;
  guint32 body = NO_INDEX;

  for (guint32 k = first; k < end; k++)
    {
      int abbreviation = title_abbreviation (a, k);
      guint32 n;

      if (a->token_mention[k] != NO_INDEX)
        {
          const Mention *m = &g_array_index (a->mentions, Mention, a->token_mention[k]);
          TautanEntityKind kind = entity_at (a, m->entity)->kind;

          if (kind == TAUTAN_ENTITY_PERSON)
            return NO_INDEX;
          if (kind == TAUTAN_ENTITY_ORGANISATION && body == NO_INDEX)
            body = m->entity;
          k = m->end_token - 1;
          continue;
        }
      if (words == NULL && abbreviation >= 0)
        words = title_abbreviations[abbreviation].words;
      else if (words == NULL && _article_match_at (a, k, LEX_TITLE, &n, NULL))
        {
          head_word = _article_token_text (a, k, k + 1);
          head[0] = head_word;
          words = head;
          k += n - 1;
        }
    }
  if (words == NULL)
    return NO_INDEX;

  for (guint k = a->mentions->len; k-- > 0;)
    {
      const Mention *m = &g_array_index (a->mentions, Mention, k);
      const ArticleEntity *e = entity_at (a, m->entity);
      gboolean of_body = body == NO_INDEX;

      if (m->first_token >= before_token || (m->first_token >= first && m->first_token < end)
          || e->kind != TAUTAN_ENTITY_PERSON || m->title_start == NO_INDEX)
        continue;
      if (a->token_quote != NULL && a->token_quote[m->first_token] != NO_INDEX)
        continue;
      if (!span_has_words (a, m->title_start, m->first_token, words))
        continue;
      for (guint32 t = m->title_start; t < m->first_token && !of_body; t++)
        of_body = a->token_mention[t] != NO_INDEX
                  && g_array_index (a->mentions, Mention, a->token_mention[t]).entity == body;
      if (of_body)
        return m->entity;
    }
  return NO_INDEX;
}

/* "Duta Besar Malaysia, TYT Dato’ Seri Zahrain", "Menteri Luar Negeri
 * Ceko, H.E. Mr. Lubomir Zaoralek": the token after the honorifics of
 * address at @i (and their stops), where the name set off by the comma
 * begins; @i when there are none. */
guint32
_article_past_honorifics (const Article *a,
                          guint32        i)
{
  static const char * const honorifics[] = {
    "h.e", "tyt", "his", "her", "yang", "dato", "datuk", "datin", "mr", "mrs", "ms", "tan", "puan",
  };
  guint32 k = i;

  for (guint steps = 0; steps < 4 && k < article_n_tokens (a); steps++)
    {
      guint32 n = 0;

      if (!WORD_AMONG (a, k, honorifics) || (n = longest_title (a, k)) == 0 || a->token_mention[k] != NO_INDEX)
        break;
      k += n;
      if (_article_token_is_punct (a, k, "."))
        k++;
    }
  return k;
}
