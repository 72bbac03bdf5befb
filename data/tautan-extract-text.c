/* tautan-extract-text.c: page furniture, the kept text, sentences
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Lines are sorted into headline, dateline, byline, body, caption, credit
 * and furniture. Furniture lines are dropped whole (docs/curation.md: a
 * kept line is never edited), and the tokens of the kept lines are moved
 * onto the kept text rather than read again.
 */

#define G_LOG_DOMAIN "tautan-extract"

#include "config.h"

#include <string.h>

#include "tautan-extract-private.h"

/* ---- lines ---- */

static gboolean
line_starts_with (const Article *a,
                  const Line    *line,
                  FurnitureKind  kind,
                  guint32       *n_tokens)
{
  const Payload *p;

  if (line->n_tokens == 0)
    return FALSE;
  if (!_article_match_at (a, line->first_token, LEX_FURNITURE, n_tokens, &p))
    return FALSE;
  return p->value == (guint32)kind;
}

static gboolean
line_has_photo_credit (const Article *a,
                       const Line    *line)
{
  const char *s = a->text + line->start;
  gsize n = line->end - line->start;
#define MARK(s) { s, sizeof s - 1 }
  static const struct { const char *s; gsize n; } marks[] = {
    MARK ("Photo/"), MARK ("PHOTO/"), MARK ("Foto/"), MARK ("FOTO/"), MARK ("REUTERS/"), MARK ("Reuters/"),
    MARK ("Getty Images"), MARK ("(Foto:"), MARK ("(Foto :"), MARK ("(Photo:"), MARK ("(FOTO:"),
    MARK ("Foto: "), MARK ("Photo: "),
  };
#undef MARK

  /* One pass over the line, trying the marks only where one can start
   * (every body line is searched). */
  for (gsize i = 0; i < n; i++)
    {
      char c = s[i];

      /* 'P' 'F' 'R' 'G' '(' are 0x50 0x46 0x52 0x47 0x28 */
      if ((guchar)c < 0x28 || (guchar)c > 0x52 || (c != 'P' && c != 'F' && c != 'R' && c != 'G' && c != '('))
        continue;
      for (guint k = 0; k < G_N_ELEMENTS (marks); k++)
        if (marks[k].s[0] == c && marks[k].n <= n - i && memcmp (s + i, marks[k].s, marks[k].n) == 0)
          return TRUE;
    }
  return FALSE;
}

/* Code points in valid UTF-8: the bytes that start a character. */
static guint32
count_code_points (const char *s,
                   gsize       n)
{
  guint32 count = 0;

  for (gsize i = 0; i < n; i++)
    count += ((guchar)s[i] & 0xC0) != 0x80;
  return count;
}

/* A line that is a date and maybe a time: "Senin 13 May 2024 15:53 WIB". */
static gboolean
line_is_date (const Article *a,
              const Line    *line)
{
  guint32 covered = 0;
  gboolean has_date = FALSE;

  if (line->n_tokens == 0 || line->n_tokens > 16)
    return FALSE;

  for (guint32 i = line->first_token; i < line->first_token + line->n_tokens; i++)
    {
      const Token *t = article_token (a, i);
      guint32 n = 0;
      guint32 d = a->token_date ? a->token_date[i] : NO_INDEX;

      if (d != NO_INDEX)
        {
          has_date = TRUE;
          covered++;
          continue;
        }
      if (t->kind == TOKEN_PUNCT || t->kind == TOKEN_NUMBER
          || _article_token_is (a, i, LEX_WEEKDAY, NULL))
        {
          covered++;
          continue;
        }
      if (_article_match_at (a, i, LEX_FURNITURE, &n, NULL))
        {
          const Payload *p;

          _article_match_at (a, i, LEX_FURNITURE, &n, &p);
          if (p->value == FURN_ZONE || p->value == FURN_DATE_LABEL)
            {
              covered += n;
              i += n - 1;
              continue;
            }
        }
      return FALSE;
    }
  return has_date && covered == line->n_tokens;
}

static gboolean
line_ends_sentence (const Article *a,
                    const Line    *line)
{
  const Token *t;

  if (line->n_tokens == 0)
    return FALSE;
  t = article_token (a, line->first_token + line->n_tokens - 1);
  if (t->kind == TOKEN_QUOTE_CLOSE || t->kind == TOKEN_QUOTE_STRAIGHT)
    return TRUE;
  if (t->kind != TOKEN_PUNCT)
    return FALSE;
  /* … and ) after a sentence: "… rudalnya. (nar)" */
  return t->ch == '.' || t->ch == '!' || t->ch == '?' || t->ch == ':' || t->ch == ')'
         || t->ch == ';' || g_str_has_prefix (a->text + t->start, "…");
}

/* Headline case: most words of four letters or more start with a capital.
 * Related-article headlines mixed into the body look like this; body
 * paragraphs and captions do not. */
static gboolean
line_is_headline_case (const Article *a,
                       const Line    *line)
{
  guint words = 0, long_words = 0, capitals = 0;

  for (guint32 i = line->first_token; i < line->first_token + line->n_tokens; i++)
    {
      const Token *t = article_token (a, i);

      if (t->kind == TOKEN_QUOTE_OPEN || t->kind == TOKEN_QUOTE_CLOSE || t->kind == TOKEN_QUOTE_STRAIGHT)
        return FALSE;
      if (t->kind != TOKEN_WORD)
        continue;
      if (!(t->flags & TOKEN_JOINED))
        words++;
      if (g_utf8_strlen (a->text + t->start, t->end - t->start) >= 4 && !(t->flags & TOKEN_JOINED))
        {
          long_words++;
          if (t->flags & (TOKEN_CAPITAL | TOKEN_UPPER))
            capitals++;
        }
    }
  return words >= 4 && words <= 24 && long_words >= 3 && capitals * 4 >= long_words * 3;
}

static gboolean
line_is_byline (const Article *a,
                const Line    *line)
{
  guint words = 0;

  if (line->n_tokens == 0 || line->n_tokens > 6)
    return FALSE;
  for (guint32 i = line->first_token; i < line->first_token + line->n_tokens; i++)
    {
      const Token *t = article_token (a, i);

      if (t->kind == TOKEN_WORD && (t->flags & TOKEN_CAPITAL))
        words++;
      else if (!(t->kind == TOKEN_PUNCT && (t->ch == '.' || t->ch == ',')))
        return FALSE;
    }
  return words >= 2 && words <= 4;
}

static gboolean
lines_equal (const Article *a,
             const Line    *x,
             const Line    *y)
{
  return x->end - x->start == y->end - y->start
         && memcmp (a->text + x->start, a->text + y->start, x->end - x->start) == 0;
}

static gboolean
line_has_double_mark (const Article *a,
                      const Line    *line)
{
  for (guint32 i = line->first_token; i < line->first_token + line->n_tokens; i++)
    if (article_token (a, i)->kind >= TOKEN_QUOTE_OPEN && !(article_token (a, i)->flags & TOKEN_SINGLE))
      return TRUE;
  return FALSE;
}

/* "sumber : Antara, Yonhap" names agencies; "Sumber : AP Photo/…" a photo. */
static gboolean
line_names_only_media (const Article *a,
                       const Line    *line,
                       guint32        from)
{
  gboolean any = FALSE;

  for (guint32 i = from; i < line->first_token + line->n_tokens; i++)
    {
      guint32 n;
      const Payload *p;

      if (_article_token_is_char (a, i, ',') || _article_token_is_char (a, i, '.')
          || _article_token_is (a, i, LEX_CONJ, NULL))
        continue;
      if (_article_match_at (a, i, LEX_ENTITY, &n, &p)
          && tautan_gazetteer_get_entry (a->gazetteer, p->value)->kind == TAUTAN_ENTITY_MEDIA)
        {
          any = TRUE;
          i += n - 1;
          continue;
        }
      return FALSE;
    }
  return any;
}

static void
classify_lines (Article *a)
{
  guint32 n = a->lines->len;
  gboolean seen_content = FALSE;
  gboolean tail = FALSE;

  for (guint32 k = 0; k < n; k++)
    {
      Line *line = &g_array_index (a->lines, Line, k);
      guint32 m = 0;

      if (tail)
        {
          line->role = LINE_DROPPED;
          continue;
        }
      if (line->n_tokens == 0)
        {
          line->role = LINE_BLANK;
          continue;
        }

      line->role = LINE_BODY;
      if (line_starts_with (a, line, FURN_DROP, &m))
        line->role = LINE_DROPPED;
      else if (line_starts_with (a, line, FURN_DROP_SHORT, &m) && line->n_tokens <= m + 8)
        line->role = LINE_DROPPED;
      else if (line_starts_with (a, line, FURN_DROP_UPPER, &m)
               && (article_token (a, line->first_token)->flags & TOKEN_UPPER))
        line->role = LINE_DROPPED;
      else if (line_starts_with (a, line, FURN_TAIL, &m) && line->n_tokens <= m + 2)
        {
          line->role = LINE_DROPPED;
          tail = TRUE;
        }
      else if (line_starts_with (a, line, FURN_SIGNOFF, &m))
        line->role = LINE_SIGNOFF;
      else if (line_starts_with (a, line, FURN_CREDIT, &m))
        line->role = line_names_only_media (a, line, line->first_token + m) ? LINE_SIGNOFF : LINE_CREDIT;
      else if (g_str_has_prefix (a->text + article_token (a, line->first_token)->start, "•"))
        line->role = LINE_CREDIT;
      else if (line->n_tokens <= 12 && line_has_photo_credit (a, line) && !line_ends_sentence (a, line))
        line->role = LINE_CREDIT;
      else if (line_is_date (a, line))
        line->role = LINE_DATELINE;

      if (line->role != LINE_BODY)
        continue;

      /* The page repeats a caption: keep it once. A repeated paragraph
       * with a quotation (a pull quote, a copy's repeat) stays: its
       * quotes are quotes at both places. */
      /* Asked once, not at each earlier line: it read the line's tokens
       * k times over, a tenth of this pass on a long article. */
      for (guint32 j = 0, mark = line_has_double_mark (a, line); j < k && !mark; j++)
        {
          Line *earlier = &g_array_index (a->lines, Line, j);

          if (earlier->role != LINE_DROPPED && earlier->role != LINE_BLANK && lines_equal (a, earlier, line))
            {
              line->role = LINE_DROPPED;
              break;
            }
        }
      if (line->role != LINE_BODY)
        continue;

      if (!seen_content)
        {
          seen_content = TRUE;
          /* A first line that reads as a paragraph is a lead, not a headline. */
          if (!(line_ends_sentence (a, line) && line->n_tokens > 25))
            {
              line->role = LINE_TITLE;
              a->title_line = k;
            }
          continue;
        }

      if (line_is_byline (a, line) && k < 8)
        line->role = LINE_BYLINE;
      /* a line wrapped by hand goes on with the paragraph above it */
      else if (!line_ends_sentence (a, line) && line_is_headline_case (a, line)
               && !(k > 0 && g_array_index (a->lines, Line, k - 1).role == LINE_BODY
                    && !line_ends_sentence (a, &g_array_index (a->lines, Line, k - 1))))
        line->role = LINE_DROPPED;
    }

  /* A caption is the line above its credits, or holds "(Foto: …)". */
  for (guint32 k = 0; k < n; k++)
    {
      Line *line = &g_array_index (a->lines, Line, k);

      if (line->role == LINE_CREDIT && (k == 0 || g_array_index (a->lines, Line, k - 1).role != LINE_CREDIT))
        {
          if (k > 0)
            {
              Line *above = &g_array_index (a->lines, Line, k - 1);

              if (above->role == LINE_BODY || (above->role == LINE_DROPPED && line_is_headline_case (a, above)))
                above->role = LINE_CAPTION;
            }
        }
      else if (line->role == LINE_BODY && line_has_photo_credit (a, line))
        line->role = LINE_CAPTION;
    }
}

/* Drops furniture lines, and a blank line with a dropped block that had
 * blank lines on both sides, so paragraphs stay one blank line apart;
 * then blank lines at both ends. */
static void
choose_kept (Article  *a,
             gboolean *keep)
{
  guint32 n = a->lines->len;
  gint64 last_kept = -1;
  guint32 first, last;

  for (guint32 k = 0; k < n; k++)
    {
      Line *line = &g_array_index (a->lines, Line, k);

      keep[k] = line->role != LINE_DROPPED;
      if (keep[k])
        {
          last_kept = k;
          continue;
        }
      if (last_kept >= 0 && g_array_index (a->lines, Line, last_kept).role == LINE_BLANK
          && k + 1 < n && g_array_index (a->lines, Line, k + 1).role == LINE_BLANK)
        {
          g_array_index (a->lines, Line, k + 1).role = LINE_DROPPED;
        }
    }

  for (first = 0; first < n && (!keep[first] || g_array_index (a->lines, Line, first).role == LINE_BLANK); first++)
    keep[first] = FALSE;
  for (last = n; last > first && (!keep[last - 1] || g_array_index (a->lines, Line, last - 1).role == LINE_BLANK); last--)
    keep[last - 1] = FALSE;
}

static void
build_lines (Article *a)
{
  const char *p = a->text;
  const char *end = a->text + a->len;
  guint32 t = 0;
  guint32 n_tokens = article_n_tokens (a);

  while (TRUE)
    {
      const char *nl = memchr (p, '\n', end - p);
      Line line = { 0 };

      line.start = line.raw_start = (guint32)(p - a->text);
      line.end = line.raw_end = (guint32)((nl ? nl : end) - a->text);
      line.first_token = t;
      while (t < n_tokens && article_token (a, t)->start < line.end + (nl ? 0 : 1))
        t++;
      line.n_tokens = t - line.first_token;
      g_array_append_val (a->lines, line);
      if (nl == NULL)
        break;
      p = nl + 1;
    }
}

/* Moves the kept lines' bytes, tokens and matches onto the kept text,
 * and notes which code points of the raw text it lacks. */
static void
keep_lines (Article        *a,
            const gboolean *keep)
{
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (Line));
  g_autoptr(GArray) tokens = g_array_sized_new (FALSE, FALSE, sizeof (Token), article_n_tokens (a));
  g_autofree guint32 *new_index = g_new (guint32, MAX (article_n_tokens (a), 1));
  guint32 n_kept = 0;
  GString *text = g_string_sized_new (a->len);
  guint32 raw_cp = 0, kept_cp = 0;
  guint32 old_title = a->title_line;
  guint32 last_kept = NO_INDEX;
  gint64 removed_from = -1;

  for (guint32 k = 0; k < a->lines->len; k++)
    if (keep[k])
      last_kept = k;

  a->title_line = NO_INDEX;
  for (guint32 k = 0; k < a->lines->len; k++)
    {
      Line line = g_array_index (a->lines, Line, k);
      guint32 line_cp = count_code_points (a->text + line.raw_start, line.raw_end - line.raw_start);
      guint32 nl = line.raw_end < a->len ? 1 : 0;
      /* A kept line keeps its newline only when a kept line follows. */
      guint32 kept_chars = keep[k] ? line_cp + (k < last_kept ? nl : 0) : 0;

      if (keep[k])
        {
          guint32 byte_shift = line.raw_start - (guint32)text->len;
          guint32 cp_shift = raw_cp - kept_cp;

          if (removed_from >= 0)
            {
              guint32 range[2] = { (guint32)removed_from, raw_cp };

              g_array_append_vals (a->removed, range, 2);
              removed_from = -1;
            }

          line.first_token = n_kept;
          /* Written in place: the kept tokens are never more than the raw ones. */
          g_array_set_size (tokens, n_kept + line.n_tokens);
          for (guint32 i = g_array_index (a->lines, Line, k).first_token;
               i < g_array_index (a->lines, Line, k).first_token + line.n_tokens; i++)
            {
              Token *t = &g_array_index (tokens, Token, n_kept);

              *t = g_array_index (a->tokens, Token, i);
              t->start -= byte_shift;
              t->end -= byte_shift;
              t->cp -= cp_shift;
              t->cp_end -= cp_shift;
              t->line = lines->len;
              new_index[i] = n_kept++;
            }
          g_string_append_len (text, a->text + line.raw_start, line.raw_end - line.raw_start);
          if (k < last_kept)
            g_string_append_c (text, '\n');
          line.start = line.raw_start - byte_shift;
          line.end = line.raw_end - byte_shift;
          if (k == old_title)
            a->title_line = lines->len;
          g_array_append_val (lines, line);
        }
      else
        for (guint32 i = line.first_token; i < line.first_token + line.n_tokens; i++)
          new_index[i] = NO_INDEX;

      if (kept_chars < line_cp + nl && removed_from < 0)
        removed_from = raw_cp + kept_chars;
      raw_cp += line_cp + nl;
      kept_cp += kept_chars;
    }
  if (removed_from >= 0)
    {
      guint32 range[2] = { (guint32)removed_from, raw_cp };

      g_array_append_vals (a->removed, range, 2);
    }

  /* Matches follow their tokens: none spans two lines. The kinds at a
   * token are its matches', so they move with it too. */
  {
    g_autoptr(GArray) matches = g_array_sized_new (FALSE, FALSE, sizeof (Match), a->matches->len);
    g_autofree guint32 *token_match = g_new (guint32, MAX (tokens->len, 1));
    g_autofree guint64 *token_kinds = g_new0 (guint64, MAX (tokens->len, 1));
    guint32 n_matches = 0;

    g_array_set_size (matches, a->matches->len);
    for (guint32 i = 0; i < tokens->len; i++)
      token_match[i] = NO_INDEX;
    for (guint32 i = 0; i < article_n_tokens (a); i++)
      {
        guint32 last = NO_INDEX;

        if (new_index[i] == NO_INDEX)
          continue;
        token_kinds[new_index[i]] = a->token_kinds[i];
        for (guint32 k = a->token_match[i]; k != NO_INDEX; k = g_array_index (a->matches, Match, k).next)
          {
            Match *m = &g_array_index (matches, Match, n_matches);

            *m = g_array_index (a->matches, Match, k);
            m->token = new_index[i];
            m->next = NO_INDEX;
            if (last == NO_INDEX)
              token_match[new_index[i]] = n_matches;
            else
              g_array_index (matches, Match, last).next = n_matches;
            last = n_matches++;
          }
      }
    g_array_set_size (matches, n_matches);
    g_array_unref (a->matches);
    a->matches = g_steal_pointer (&matches);
    g_free (a->token_match);
    a->token_match = g_steal_pointer (&token_match);
    g_free (a->token_kinds);
    a->token_kinds = g_steal_pointer (&token_kinds);
  }

  g_array_unref (a->lines);
  a->lines = g_steal_pointer (&lines);
  g_array_unref (a->tokens);
  a->tokens = g_steal_pointer (&tokens);
  g_free (a->text);
  a->len = text->len;
  a->text = g_string_free (text, FALSE);
  a->n_cp = kept_cp;
}

/* ---- sentences ---- */

static gboolean
is_abbreviation (const Article *a,
                 const Token   *t)
{
  static const char *abbrevs[] = {
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gen", "col", "lt", "capt", "sgt", "st",
    "jr", "sr", "no", "jl", "hj", "kh", "tbk", "inc", "ltd", "co", "corp", "vs", "etc",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "agu", "sep", "sept", "okt", "oct",
    "nov", "des", "dec", "gov", "pres", "rev", "ir", "drs", "bpk", "sdr", "no", "u.s",
    "u.n", "u.k", "e.u", "a.s", "h.e",
    /* military ranks: "Sgt. Maj. David Armour", "Spc. Brian Winters" */
    "maj", "spc", "pfc", "cpl", "pvt", "adm", "brig", "sfc", "cmdr", "cdr", "lieut",
  };
  gsize n = t->end - t->start;

  if (t->kind != TOKEN_WORD)
    return FALSE;
  /* An initial: "Donald J. Trump". */
  if (n == 1 && (t->flags & TOKEN_UPPER))
    return TRUE;
  if (n > 4)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (abbrevs); i++)
    if (strlen (abbrevs[i]) == n && g_ascii_strncasecmp (a->text + t->start, abbrevs[i], n) == 0)
      return TRUE;
  return FALSE;
}

static void
split_sentences (Article *a)
{
  guint32 n = article_n_tokens (a);
  guint32 start = 0;

  g_free (a->token_sentence);
  a->token_sentence = g_new (guint32, MAX (n, 1));

  for (guint32 i = 0; i < n; i++)
    {
      const Token *t = article_token (a, i);
      gboolean end_here = FALSE;

      if (i + 1 >= n || (article_token (a, i + 1)->flags & TOKEN_LINE))
        end_here = TRUE;
      else if (t->kind == TOKEN_PUNCT && (t->ch == '.' || t->ch == '!' || t->ch == '?'))
        {
          guint32 j = i + 1;
          const Token *next;

          /* The closing mark after the stop belongs to this sentence; a
           * straight quote after a space opens the next one ("… (11/3).
           * "Itu …"). */
          while (j < n && !(article_token (a, j)->flags & TOKEN_LINE)
                 && (article_token (a, j)->kind == TOKEN_QUOTE_CLOSE
                     || (article_token (a, j)->kind == TOKEN_QUOTE_STRAIGHT
                         && !(article_token (a, j)->flags & TOKEN_SPACE))
                     || _article_token_is_char (a, j, ')')))
            j++;
          next = j < n ? article_token (a, j) : NULL;
          if (next != NULL && !(next->flags & TOKEN_LINE) && (next->flags & TOKEN_SPACE)
              && (next->flags & (TOKEN_CAPITAL | TOKEN_UPPER) || next->kind == TOKEN_QUOTE_OPEN
                  || next->kind == TOKEN_NUMBER || next->kind == TOKEN_QUOTE_STRAIGHT)
              && !(t->ch == '.' && i > 0 && is_abbreviation (a, article_token (a, i - 1))))
            {
              i = j - 1;
              end_here = TRUE;
            }
        }

      if (end_here)
        {
          Sentence s = { start, i + 1, article_token (a, start)->line };

          for (guint32 k = start; k <= i; k++)
            a->token_sentence[k] = a->sentences->len;
          g_array_append_val (a->sentences, s);
          start = i + 1;
        }
    }
}

static void
detect_language (Article *a)
{
  guint counts[2] = { 0, 0 };

  for (guint32 i = 0; i < article_n_tokens (a); i++)
    {
      guint32 v;

      if (_article_token_is (a, i, LEX_LANG, &v) && v < 2)
        counts[v]++;
    }
  a->language = counts[1] > counts[0] ? 1 : 0;
}

/* Whether a line's words may give quotes (or, with !@quotes, events). */
gboolean
_article_line_extracts (const Article *a,
                        guint32        line,
                        gboolean       quotes)
{
  LineRole role = g_array_index (a->lines, Line, line).role;

  /* A headline repeats the lead, without its date: no events of its own. */
  if (quotes)
    return role == LINE_BODY;
  return role == LINE_BODY || role == LINE_CAPTION;
}

void
_article_init (Article                    *a,
               TautanGazetteer            *gazetteer,
               const TautanExtractOptions *options,
               const TautanArticle        *article,
               const char                 *raw,
               gsize                       raw_len)
{
  memset (a, 0, sizeof *a);
  a->gazetteer = g_object_ref (gazetteer);
  a->table = _tautan_gazetteer_get_table (gazetteer);
  a->options = options;
  a->article = article;
  a->relays = g_array_new (FALSE, FALSE, sizeof (ArticleRelay));
  a->entities = g_array_new (FALSE, FALSE, sizeof (ArticleEntity));
  a->entity_by_key = g_hash_table_new (g_str_hash, g_str_equal);
  a->mentions = g_array_new (FALSE, FALSE, sizeof (Mention));
  a->quotes = g_array_new (FALSE, FALSE, sizeof (ArticleQuote));
  a->events = g_array_new (FALSE, FALSE, sizeof (ArticleEvent));
  a->raw = raw;
  a->raw_len = raw_len;
  a->text = g_strndup (raw, raw_len);
  a->len = raw_len;
  a->lines = g_array_new (FALSE, FALSE, sizeof (Line));
  a->tokens = g_array_new (FALSE, FALSE, sizeof (Token));
  a->matches = g_array_new (FALSE, FALSE, sizeof (Match));
  a->sentences = g_array_new (FALSE, FALSE, sizeof (Sentence));
  a->removed = g_array_new (FALSE, FALSE, sizeof (guint32));
  a->title_line = NO_INDEX;
  a->published = TAUTAN_DAY_NONE;
  a->anchor_from = a->anchor_to = TAUTAN_DAY_NONE;
  a->peg = NO_INDEX;
  a->outlet_entity = NO_INDEX;
}

/**
 * _article_read_text:
 *
 * Tokens, matches and line roles of the raw text, then the kept text with
 * its tokens, sentences and date expressions.
 */
void
_article_read_text (Article *a)
{
  g_autofree gboolean *keep = NULL;

  _tautan_tokenize (a->text, a->len, a->tokens);
  _article_match_all (a);
  build_lines (a);
  detect_language (a);
  /* Date lines are found by the date pass, which runs again on the kept
   * text: its expressions do not survive the move. */
  _tautan_extract_dates (a);
  classify_lines (a);

  keep = g_new (gboolean, MAX (a->lines->len, 1));
  choose_kept (a, keep);
  keep_lines (a, keep);

  split_sentences (a);
  _tautan_extract_dates (a);
}
