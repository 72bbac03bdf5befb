/* tautan-extract-tokens.c: tokens, their folded hashes, and trie matches
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One pass turns the article into tokens carrying byte and code point
 * offsets and a hash of their folded form; one more looks every token up
 * in the trie, so later passes ask "is this a cue word?" in constant time.
 */

#define G_LOG_DOMAIN "tautan-extract"

#include "config.h"

#include <string.h>

#include "tautan-extract-private.h"

#define FNV_OFFSET G_GUINT64_CONSTANT (0xcbf29ce484222325)
#define FNV_PRIME  G_GUINT64_CONSTANT (0x100000001b3)

/* ---- folding and tokens ---- */

static inline gboolean
is_space_char (gunichar c)
{
  return c == 0xA0 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F
         || c == 0x3000 || c == 0xFEFF;
}

static inline int
quote_kind (gunichar c,
            guint16 *flags)
{
  *flags = 0;
  switch (c)
    {
    case '"':
      return TOKEN_QUOTE_STRAIGHT;
    case 0x201C: case 0x201E: case 0x201F: case 0x00AB:
      return TOKEN_QUOTE_OPEN;
    case 0x201D: case 0x00BB:
      return TOKEN_QUOTE_CLOSE;
    case 0x2018: case 0x2039:
      *flags = TOKEN_SINGLE;
      return TOKEN_QUOTE_OPEN;
    case 0x2019: case 0x203A:
      *flags = TOKEN_SINGLE;
      return TOKEN_QUOTE_CLOSE;
    default:
      return 0;
    }
}

/* g_ascii_tolower() without the call: it is asked for every letter. */
static inline guint8
ascii_lower (guint8 b)
{
  return b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b;
}

/* Lower case without accents, so "Erdoğan" finds "Erdogan"; a typographic
 * apostrophe is the ASCII one. Returns the folded character. */
static inline gunichar
fold_char (gunichar c)
{
  gunichar decomposed[4];
  gsize n;

  if (c < 0x80)
    return ascii_lower ((guint8)c);
  if (c == 0x2019 || c == 0x2018)
    return '\'';
  c = g_unichar_tolower (c);
  if (c >= 0xC0 && c < 0x250)
    {
      n = g_unichar_fully_decompose (c, FALSE, decomposed, G_N_ELEMENTS (decomposed));
      if (n > 0 && decomposed[0] < 0x80)
        return decomposed[0];
    }
  return c;
}

/* The hash of the folded bytes so far, with the last bytes and the hash
 * before each of them in a ring of four (for the -nya stem). */
typedef struct
{
  guint64 h;
  guint64 before[4];   /* before[k & 3]: the hash before byte k */
  char    last[4];     /* last[k & 3]: byte k */
  guint   n_bytes;
} Folder;

static inline void
folder_byte (Folder *f,
             guint8  b)
{
  f->before[f->n_bytes & 3] = f->h;
  f->last[f->n_bytes & 3] = (char)b;
  f->h = (f->h ^ b) * FNV_PRIME;
  f->n_bytes++;
}

/* The @k-th byte from the end (1: the last one). */
static inline char
folder_last (const Folder *f,
             guint         k)
{
  return f->last[(f->n_bytes - k) & 3];
}

static inline void
folder_char (Folder   *f,
             gunichar  c)
{
  char buf[6];
  int n;

  if (c < 0x80)
    {
      folder_byte (f, (guint8)c);
      return;
    }
  n = g_unichar_to_utf8 (c, buf);
  for (int i = 0; i < n; i++)
    folder_byte (f, (guint8)buf[i]);
}

static inline gboolean
is_word_char (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalnum (c);
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

static inline gunichar
char_at (const char *p,
         const char *end)
{
  if (p >= end)
    return 0;
  if ((guchar)*p < 0x80)
    return (guchar)*p;
  return g_utf8_get_char (p);
}

guint64
_tautan_fold_hash (const char *text,
                   gsize       len)
{
  Folder f = { FNV_OFFSET };
  const char *p = text;
  const char *end = text + len;

  while (p < end)
    {
      folder_char (&f, fold_char (char_at (p, end)));
      p = g_utf8_next_char (p);
    }
  return f.h;
}

/* The folded hashes of @list's words; none when one is not ASCII (the
 * tokenizer's hash of a non-ASCII word skips marks, so a token's hash
 * could differ from the word's). Called once per list. */
void
_tautan_word_list_init (WordList *list)
{
  guint64 *hashes = g_new (guint64, list->n_words);

  for (gsize i = 0; i < list->n_words; i++)
    {
      gsize len = strlen (list->words[i]);

      for (gsize j = 0; j < len; j++)
        if ((guchar)list->words[i][j] >= 0x80)
          {
            g_free (hashes);
            return;
          }
      hashes[i] = _tautan_fold_hash (list->words[i], len);
    }
  list->hashes = hashes;
}

/**
 * _tautan_tokenize:
 * @text: valid UTF-8
 * @tokens: (element-type Token): receives the tokens
 *
 * Words (letters and digits, with inner apostrophes and dots: "People's",
 * "iNews.id"), numbers (with inner . , / : -: "4.569", "12/6/2023"),
 * quotation marks and single punctuation. A hyphen between two words is
 * no token: the second word is flagged %TOKEN_JOINED, so "Jong-un" and
 * "Jong Un" are the same phrase.
 */
void
_tautan_tokenize (const char *text,
                  gsize       len,
                  GArray     *tokens)
{
  const char *p = text;
  const char *end = text + len;
  guint32 cp = 0;
  guint32 line = 0;
  guint16 pending = TOKEN_LINE;
  /* Tokens are written in place, the array grown by doubling, rather than
   * appended one call at a time; n_tokens is its length in the end. */
  guint n_tokens = tokens->len;
  const Token *last = n_tokens > 0 ? &g_array_index (tokens, Token, n_tokens - 1) : NULL;

  while (p < end)
    {
      guchar b = (guchar)*p;
      gunichar c;
      const char *next;
      Token t;
      guint16 qflags;
      int qkind;

      if (b == '\n')
        {
          line++;
          pending = TOKEN_LINE | TOKEN_SPACE;
          p++;
          cp++;
          continue;
        }
      if (b == ' ' || b == '\t' || b == '\r' || b == '\f' || b == '\v')
        {
          pending |= TOKEN_SPACE;
          p++;
          cp++;
          continue;
        }

      c = b < 0x80 ? b : g_utf8_get_char (p);
      next = b < 0x80 ? p + 1 : g_utf8_next_char (p);

      if (b >= 0x80 && is_space_char (c))
        {
          pending |= TOKEN_SPACE;
          p = next;
          cp++;
          continue;
        }

      /* A hyphen inside a word joins it: no token. */
      if ((c == '-' || c == 0x2010) && !(pending & TOKEN_SPACE) && last != NULL
          && !(pending & TOKEN_LINE)
          && (last->kind == TOKEN_WORD || last->kind == TOKEN_NUMBER)
          && last->end == (guint32)(p - text)
          && is_word_char (char_at (next, end)))
        {
          pending |= TOKEN_JOINED;
          p = next;
          cp++;
          continue;
        }

      memset (&t, 0, sizeof t);
      t.start = (guint32)(p - text);
      t.cp = cp;
      t.line = line;
      t.flags = pending;
      pending = 0;

      qkind = quote_kind (c, &qflags);
      /* the apostrophe of "Russia’s" is no closing mark */
      if ((c == 0x2019 || c == '\'') && last != NULL && !(t.flags & TOKEN_SPACE)
          && last->end == t.start
          && last->kind == TOKEN_WORD
          && (char_at (next, end) == 's' || char_at (next, end) == 'S')
          && !is_word_char (char_at (next + 1, end)))
        qkind = 0;
      /* Two single marks typed for a double one: ''…'', ‘’…’’ (some
       * outlets' keyboards). ‘‘ opens, ’’ closes, the others go by place
       * like a straight mark. */
      if ((c == '\'' || c == 0x2018 || c == 0x2019) && next < end)
        {
          gunichar c2 = g_utf8_get_char (next);

          if (c2 == '\'' || c2 == 0x2018 || c2 == 0x2019)
            {
              qkind = c == 0x2018 && c2 == 0x2018 ? TOKEN_QUOTE_OPEN
                      : c == 0x2019 && c2 == 0x2019 ? TOKEN_QUOTE_CLOSE : TOKEN_QUOTE_STRAIGHT;
              t.kind = qkind;
              t.hash = '"';
              t.ch = '"';
              p = g_utf8_next_char (next);
              cp += 2;
              qkind = -1;
            }
        }
      /* ’ inside a word is an apostrophe, taken by the word scanner. */
      if (qkind == -1)
        ;
      else if (qkind != 0)
        {
          t.kind = qkind;
          t.flags |= qflags;
          t.hash = c;
          t.ch = c < 0x80 ? (guint8)c : 0;
          p = next;
          cp++;
        }
      else if (is_word_char (c))
        {
          Folder f = { FNV_OFFSET };
          gboolean upper = FALSE, lower = FALSE, digits_only = TRUE;
          gunichar prev = 0;
          const char *q = p;

          if (c < 0x80)
            {
              /* No title-case letter is ASCII; g_unichar_istitle() scans a table. */
              t.kind = g_ascii_isdigit (c) ? TOKEN_NUMBER : TOKEN_WORD;
              if (g_ascii_isupper (c))
                t.flags |= TOKEN_CAPITAL;
            }
          else
            {
              t.kind = g_unichar_isdigit (c) ? TOKEN_NUMBER : TOKEN_WORD;
              if (g_unichar_isupper (c) || g_unichar_istitle (c))
                t.flags |= TOKEN_CAPITAL;
            }

          while (q < end)
            {
              guchar qb = (guchar)*q;
              gunichar qc = qb < 0x80 ? qb : g_utf8_get_char (q);
              const char *qn = qb < 0x80 ? q + 1 : g_utf8_next_char (q);

              if (is_word_char (qc))
                {
                  if (qb < 0x80)
                    {
                      if (qb >= 'A' && qb <= 'Z')
                        upper = TRUE, digits_only = FALSE;
                      else if (qb >= 'a' && qb <= 'z')
                        lower = TRUE, digits_only = FALSE;
                      folder_byte (&f, ascii_lower (qb));
                    }
                  else
                    {
                      digits_only = FALSE;
                      if (g_unichar_isupper (qc))
                        upper = TRUE;
                      else if (g_unichar_islower (qc))
                        lower = TRUE;
                      if (!g_unichar_ismark (qc))
                        folder_char (&f, fold_char (qc));
                    }
                  prev = qc;
                  q = qn;
                  cp++;
                  continue;
                }

              /* Inner punctuation stays in the word when a word
               * character follows it directly. */
              {
                gunichar after = char_at (qn, end);
                gboolean prev_digit = prev < 0x80 && g_ascii_isdigit (prev);
                gboolean after_digit = after < 0x80 && g_ascii_isdigit (after);
                gboolean keep = FALSE;

                /* "People's" is one word; "Russia's" is Russia and a
                 * possessive, so the name still matches. */
                /* a soft hyphen, as copied from a web page: invisible,
                 * inside the word, not part of its form */
                if (qc == 0x00AD && prev != 0 && g_unichar_isalpha (prev) && after != 0 && g_unichar_isalpha (after))
                  {
                    prev = qc;
                    q = qn;
                    cp++;
                    continue;
                  }
                if ((qc == '\'' || qc == 0x2019) && prev != 0 && g_unichar_isalpha (prev)
                    && after != 0 && g_unichar_isalpha (after)
                    && !((after == 's' || after == 'S') && !is_word_char (char_at (g_utf8_next_char (qn), end))))
                  keep = TRUE;
                else if ((qc == ',' || qc == '/' || qc == ':' || qc == '-') && prev_digit && after_digit)
                  keep = TRUE;
                else if (qc == '.' && prev != 0 && is_word_char (after) && after != 0)
                  keep = TRUE;

                if (!keep)
                  break;
                digits_only = FALSE;
                folder_char (&f, fold_char (qc));
                prev = qc;
                q = qn;
                cp++;
              }
            }

          if (upper && !lower)
            t.flags |= TOKEN_UPPER;
          if (digits_only)
            t.flags |= TOKEN_DIGITS;
          t.hash = f.h;
          if (t.kind == TOKEN_WORD && f.n_bytes >= 6
              && folder_last (&f, 3) == 'n' && folder_last (&f, 2) == 'y' && folder_last (&f, 1) == 'a')
            {
              t.flags |= TOKEN_NYA;
              t.stem_hash = f.before[(f.n_bytes - 3) & 3];
            }
          p = q;
        }
      else
        {
          Folder f = { FNV_OFFSET };

          t.kind = TOKEN_PUNCT;
          t.ch = c < 0x80 ? (guint8)c : 0;
          folder_char (&f, fold_char (c));
          t.hash = f.h;
          p = next;
          cp++;
        }

      t.end = (guint32)(p - text);
      t.cp_end = cp;
      if (n_tokens == tokens->len)
        /* news runs five or six bytes a token: one allocation, mostly */
        g_array_set_size (tokens, MAX (n_tokens + len / 5 + 64, tokens->len * 2));
      g_array_index (tokens, Token, n_tokens) = t;
      last = &g_array_index (tokens, Token, n_tokens);
      n_tokens++;
    }
  g_array_set_size (tokens, n_tokens);
}

/* "Kim  Jong-un" and "kim jong un" alike: the key entities unify on. */
char *
_tautan_normalise_name (const char *text,
                        gssize      len)
{
  GString *out;
  const char *p, *end;
  gboolean space = FALSE;

  if (len < 0)
    len = strlen (text);
  out = g_string_sized_new (len);
  p = text;
  end = text + len;
  while (p < end)
    {
      gunichar c = fold_char (char_at (p, end));

      p = g_utf8_next_char (p);
      /* ASCII (most names) without the Unicode tables and encoder */
      if (c < 0x80 ? g_ascii_isalnum (c) : g_unichar_isalnum (c))
        {
          if (space && out->len > 0)
            g_string_append_c (out, ' ');
          space = FALSE;
          if (c < 0x80)
            g_string_append_c (out, (char)c);
          else
            g_string_append_unichar (out, c);
        }
      else if (c != '\'' && c != '.')
        space = TRUE;
    }
  return g_string_free (out, FALSE);
}

/* ---- matches ---- */

G_STATIC_ASSERT (LEX_INTENT < 64);

/* Which kinds of phrase start at each token. */
void
_article_index_kinds (Article *a)
{
  guint32 n = article_n_tokens (a);

  g_free (a->token_kinds);
  a->token_kinds = g_new0 (guint64, MAX (n, 1));
  for (guint32 i = 0; i < n; i++)
    for (guint32 k = a->token_match[i]; k != NO_INDEX; k = g_array_index (a->matches, Match, k).next)
      a->token_kinds[i] |= _phrase_table_kinds (a->table, g_array_index (a->matches, Match, k).node);
}

void
_article_match_all (Article *a)
{
  guint32 n = article_n_tokens (a);
  guint32 n_matches = 0;

  g_free (a->token_match);
  a->token_match = g_new (guint32, MAX (n, 1));
  /* Written in place like the tokens; the length is set at the end. */
  g_array_set_size (a->matches, n / 2 + 16);

  for (guint32 i = 0; i < n; i++)
    {
      guint32 node = 0;
      guint32 last = NO_INDEX;

      a->token_match[i] = NO_INDEX;
      for (guint32 j = i; j < n; j++)
        {
          const Token *t = article_token (a, j);
          guint32 child;
          gboolean nya = FALSE;
          guint n_payloads;

          if (j > i && (t->flags & TOKEN_LINE))
            break;
          child = _phrase_table_step (a->table, node, t->hash);
          /* "dukungannya", "ujarnya": the stem is the cue. */
          if (child == 0 && j == i && (t->flags & TOKEN_NYA))
            {
              child = _phrase_table_step (a->table, node, t->stem_hash);
              nya = child != 0;
            }
          if (child == 0)
            break;
          node = child;
          _phrase_table_payloads (a->table, node, &n_payloads);
          if (n_payloads > 0)
            {
              Match m = { i, (guint16)(j - i + 1), nya, node, NO_INDEX };

              if (n_matches == a->matches->len)
                g_array_set_size (a->matches, a->matches->len * 2);
              if (last == NO_INDEX)
                a->token_match[i] = n_matches;
              else
                g_array_index (a->matches, Match, last).next = n_matches;
              last = n_matches;
              g_array_index (a->matches, Match, n_matches++) = m;
            }
          if (nya)
            break;
        }
    }
  g_array_set_size (a->matches, n_matches);
  _article_index_kinds (a);
}

/* Whether a gazetteer alias matched where its capitals allow it: "AS" is
 * the United States, "as" is not; "Barat" is the West, "barat" is west. */
static gboolean
entity_case_ok (const Article *a,
                const Match   *m,
                const Payload *p)
{
  const Token *first = article_token (a, m->token);

  if (p->flags & ALIAS_EXACT_CASE)
    {
      for (guint k = 0; k < m->n_tokens; k++)
        {
          const Token *t = article_token (a, m->token + k);

          if (t->kind == TOKEN_WORD && !(t->flags & TOKEN_UPPER))
            return FALSE;
        }
      return TRUE;
    }
  if (p->flags & ALIAS_LOWER_OK)
    return TRUE;
  return (first->flags & (TOKEN_CAPITAL | TOKEN_UPPER)) != 0 || first->kind == TOKEN_NUMBER;
}

/**
 * _article_match_at_slow:
 * @n_tokens: (out) (optional): the length of the longest such match
 * @payload: (out) (optional): its payload
 *
 * The rest of _article_match_at(), once the kind's bit is set at @i.
 *
 * Returns: whether a phrase of @kind starts at token @i
 */
gboolean
_article_match_at_slow (const Article  *a,
                   guint32         i,
                   LexKind         kind,
                   guint32        *n_tokens,
                   const Payload **payload)
{
  gboolean found = FALSE;

  if (i >= article_n_tokens (a) || !(a->token_kinds[i] & KIND_BIT (kind)))
    return FALSE;

  for (guint32 k = a->token_match[i]; k != NO_INDEX; k = g_array_index (a->matches, Match, k).next)
    {
      const Match *m = &g_array_index (a->matches, Match, k);
      const Payload *p;
      guint n;

      p = _phrase_table_payloads (a->table, m->node, &n);
      for (guint j = 0; j < n; j++)
        if (p[j].kind == kind && (kind != LEX_ENTITY || entity_case_ok (a, m, &p[j])))
          {
            found = TRUE;
            if (n_tokens)
              *n_tokens = m->n_tokens;
            if (payload)
              *payload = &p[j];
            break;
          }
    }
  return found;
}

/* The longest phrase of @kind with @value at @i. */
gboolean
_article_match_with_slow (const Article *a,
                     guint32        i,
                     LexKind        kind,
                     guint32        value,
                     guint32       *n_tokens)
{
  gboolean found = FALSE;

  if (i >= article_n_tokens (a) || !(a->token_kinds[i] & KIND_BIT (kind)))
    return FALSE;

  for (guint32 k = a->token_match[i]; k != NO_INDEX; k = g_array_index (a->matches, Match, k).next)
    {
      const Match *m = &g_array_index (a->matches, Match, k);
      const Payload *p;
      guint n;

      p = _phrase_table_payloads (a->table, m->node, &n);
      for (guint j = 0; j < n; j++)
        if (p[j].kind == kind && p[j].value == value)
          {
            found = TRUE;
            if (n_tokens)
              *n_tokens = m->n_tokens;
            break;
          }
    }
  return found;
}

/* A one-token phrase of @kind at @i. */
gboolean
_article_token_is_slow (const Article *a,
                   guint32        i,
                   LexKind        kind,
                   guint32       *value)
{
  guint32 n;
  const Payload *p;

  if (i >= article_n_tokens (a) || !(a->token_kinds[i] & KIND_BIT (kind)))
    return FALSE;

  for (guint32 k = a->token_match[i]; k != NO_INDEX; k = g_array_index (a->matches, Match, k).next)
    {
      const Match *m = &g_array_index (a->matches, Match, k);
      guint np;

      if (m->n_tokens != 1)
        continue;
      p = _phrase_table_payloads (a->table, m->node, &np);
      for (guint j = 0; j < np; j++)
        if (p[j].kind == kind)
          {
            if (value)
              *value = p[j].value;
            return TRUE;
          }
    }
  (void)n;
  return FALSE;
}

char *
_article_token_text (const Article *a,
                     guint32        first,
                     guint32        end)
{
  const Token *f, *l;

  if (first >= end || end > article_n_tokens (a))
    return g_strdup ("");
  f = article_token (a, first);
  l = article_token (a, end - 1);
  return g_strndup (a->text + f->start, l->end - f->start);
}

