/* tautan-extract-quotes.c: direct quotations and their exact extent
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Straight and typographic double quotation marks (mixed too: “…" is
 * common), single typographic marks for short quotes (‘heroik’), a quote
 * left open at the end of a paragraph, and a quote that goes on in the
 * next paragraph, which then opens with a mark again (the convention of
 * both languages' press). The stored text is exactly what stands between
 * the marks; an open quote stops where the paragraph does, without the
 * outlet's full stop when it began inside the outlet's sentence.
 */

#define G_LOG_DOMAIN "tautan-extract"

#include "config.h"

#include <string.h>

#include "tautan-extract-private.h"

static gboolean
is_open (const Token *t,
         gboolean     single)
{
  if (single)
    return t->kind == TOKEN_QUOTE_OPEN && (t->flags & TOKEN_SINGLE);
  return (t->kind == TOKEN_QUOTE_OPEN && !(t->flags & TOKEN_SINGLE)) || t->kind == TOKEN_QUOTE_STRAIGHT;
}

static gboolean
is_close (const Token *t,
          gboolean     single)
{
  if (single)
    return t->kind == TOKEN_QUOTE_CLOSE && (t->flags & TOKEN_SINGLE);
  return (t->kind == TOKEN_QUOTE_CLOSE && !(t->flags & TOKEN_SINGLE)) || t->kind == TOKEN_QUOTE_STRAIGHT;
}

/* A left double mark set like a closing one, glued to the word or stop
 * before it and followed by a space or the end of the paragraph:
 * "…misguided decision.“ However, …" closes the quote open before it. */
static gboolean
is_misused_close (const Article *a,
                  guint32        j,
                  guint32        line_end)
{
  const Token *t = article_token (a, j);

  if (t->kind != TOKEN_QUOTE_OPEN || (t->flags & (TOKEN_SINGLE | TOKEN_SPACE | TOKEN_LINE)))
    return FALSE;
  return j + 1 >= line_end || (article_token (a, j + 1)->flags & TOKEN_SPACE);
}

/* A right double mark set like an opening one, at the start of the
 * paragraph or after a space and glued to the word after it: "”Hal-hal
 * seperti ini …,” ujar X" (a keyboard or an editor that types ” for both
 * marks) opens a quote. */
static gboolean
is_misused_open (const Article *a,
                 guint32        j,
                 guint32        line_first,
                 guint32        line_end)
{
  const Token *t = article_token (a, j);
  const Token *next;

  if (t->kind != TOKEN_QUOTE_CLOSE || (t->flags & TOKEN_SINGLE) || j + 1 >= line_end)
    return FALSE;
  if (j != line_first && !(t->flags & (TOKEN_SPACE | TOKEN_LINE)))
    return FALSE;
  next = article_token (a, j + 1);
  return !(next->flags & (TOKEN_SPACE | TOKEN_LINE)) && (next->kind == TOKEN_WORD || next->kind == TOKEN_NUMBER);
}

/* Whether the typographic mark at @j, inside a quote, opens words set in
 * marks within it rather than closing it: a left double mark after a
 * space and glued to the word after it ("“Kegiatan akan dihadiri Direktur
 * “Bambang Anggono” dan …,” ujar Erwin", "“We met the “Red Hand”
 * group,” she said"). */
static gboolean
opens_within (const Article *a,
              guint32        j,
              guint32        line_end)
{
  const Token *t = article_token (a, j);
  const Token *next;

  if (t->kind != TOKEN_QUOTE_OPEN || (t->flags & TOKEN_SINGLE) || !(t->flags & TOKEN_SPACE) || j + 1 >= line_end)
    return FALSE;
  next = article_token (a, j + 1);
  return !(next->flags & TOKEN_SPACE) && (next->kind == TOKEN_WORD || next->kind == TOKEN_NUMBER);
}

/* The mark that closes the typographic quote opened at @open, skipping
 * marks set within it (opens_within()), or @line_end. Only when the
 * quote closes after them: a quote left open whose next quote opens in
 * the same paragraph still ends at that one's closing mark. */
static guint32
close_after_nested (const Article *a,
                    guint32        open,
                    guint32        line_end)
{
  guint depth = 0;

  for (guint32 j = open + 1; j < line_end; j++)
    {
      const Token *t = article_token (a, j);

      if (opens_within (a, j, line_end))
        depth++;
      else if ((t->kind == TOKEN_QUOTE_CLOSE && !(t->flags & TOKEN_SINGLE)) || is_misused_close (a, j, line_end))
        {
          if (depth == 0)
            return j;
          depth--;
        }
      else if (t->kind == TOKEN_QUOTE_STRAIGHT)
        return line_end;
    }
  return line_end;
}

/* Whether words of the outlet's own stand before @open in its sentence. */
static gboolean
starts_inside_sentence (const Article *a,
                        guint32        line_first,
                        guint32        open)
{
  for (guint32 k = open; k-- > line_first;)
    {
      const Token *t = article_token (a, k);

      if (t->kind == TOKEN_PUNCT && (t->ch == '.' || t->ch == '!' || t->ch == '?'))
        return FALSE;
      if (t->kind == TOKEN_QUOTE_CLOSE || t->kind == TOKEN_QUOTE_STRAIGHT)
        return FALSE;
      if (t->kind == TOKEN_WORD || t->kind == TOKEN_NUMBER)
        return TRUE;
    }
  return FALSE;
}

/* Sets the quote's extent to the text between @first and @last (tokens,
 * inclusive), trimmed of white space. */
static gboolean
set_extent (Article      *a,
            ArticleQuote *q,
            guint32       from_byte,
            guint32       from_cp,
            guint32       to_byte,
            guint32       to_cp)
{
  const char *text = a->text;

  while (from_byte < to_byte && g_unichar_isspace (g_utf8_get_char (text + from_byte)))
    {
      from_byte = g_utf8_next_char (text + from_byte) - text;
      from_cp++;
    }
  while (to_byte > from_byte)
    {
      const char *prev = g_utf8_prev_char (text + to_byte);

      if (!g_unichar_isspace (g_utf8_get_char (prev)) && g_utf8_get_char (prev) != 0xA0)
        break;
      to_byte = prev - text;
      to_cp--;
    }
  if (to_byte <= from_byte)
    return FALSE;
  q->byte_start = from_byte;
  q->byte_end = to_byte;
  q->cp_start = from_cp;
  q->cp_end = to_cp;
  return TRUE;
}

/* Whether the quotation marks at @open set off a name, not someone's
 * words: after a naming word ("kampanye yang disebut "…"", "a robot
 * called "…"", "bertajuk "…""), or, inside the outlet's sentence, words
 * that all begin with a capital ("rapat umum "Help Is Here"", "kampanye
 * "Muslim Mendukung Loyalitas."") — a title, a campaign, a slogan. */
static gboolean
sets_off_name (const Article      *a,
               const ArticleQuote *q)
{
  static const char *naming[] = {
    "disebut", "bernama", "berjudul", "bertajuk", "bertema", "dijuluki", "dinamakan", "dinamai",
    "called", "named", "titled", "entitled", "dubbed", "nicknamed", "tagar", "hashtag", "slogan",
  };
  guint words = 0;

  if (q->open_token == NO_INDEX || q->open_token == 0)
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (naming); k++)
    if (_article_token_is_word (a, q->open_token - 1, naming[k]))
      return TRUE;
  if (q->open_token >= 2 && _article_token_is_word (a, q->open_token - 1, "as")
      && _article_token_is_word (a, q->open_token - 2, "known"))
    return TRUE;
  if (!q->fragment)
    return FALSE;
  /* "MDMA (“ecstasy”)", "(\"Cak Imin\")": a gloss in parentheses
   * names the thing before it */
  if (q->close_token != NO_INDEX && q->close_token + 1 < article_n_tokens (a) && q->end_token - q->first_token <= 3
      && article_token (a, q->open_token - 1)->kind == TOKEN_PUNCT && article_token (a, q->open_token - 1)->ch == '('
      && article_token (a, q->close_token + 1)->kind == TOKEN_PUNCT && article_token (a, q->close_token + 1)->ch == ')')
    return TRUE;
  for (guint32 k = q->first_token; k < q->end_token; k++)
    {
      const Token *t = article_token (a, k);

      if (t->kind == TOKEN_PUNCT)
        {
          /* a stop may end the name, nothing else stands in it */
          if (k + 1 == q->end_token && t->ch == '.')
            continue;
          return FALSE;
        }
      if (t->kind != TOKEN_WORD || !(t->flags & (TOKEN_CAPITAL | TOKEN_UPPER)))
        return FALSE;
      words++;
    }
  return words >= 2;
}

static void
add_quote (Article      *a,
           ArticleQuote *q)
{
  gboolean words = FALSE;

  for (guint32 k = q->first_token; k < q->end_token; k++)
    if (article_token (a, k)->kind == TOKEN_WORD || article_token (a, k)->kind == TOKEN_NUMBER)
      words = TRUE;
  if (!words || sets_off_name (a, q))
    return;
  /* "Retrieved from “https://…”": an address is no one's words */
  if ((g_str_has_prefix (a->text + q->byte_start, "http://") || g_str_has_prefix (a->text + q->byte_start, "https://")
       || g_str_has_prefix (a->text + q->byte_start, "www."))
      && memchr (a->text + q->byte_start, ' ', q->byte_end - q->byte_start) == NULL)
    return;

  q->speaker.entity = NO_INDEX;
  q->event = NO_INDEX;
  q->cue = NO_INDEX;
  q->relayed_by = g_array_new (FALSE, FALSE, sizeof (guint32));
  if (q->group == NO_INDEX)
    q->group = a->quotes->len;
  for (guint32 k = q->open_token != NO_INDEX ? q->open_token : q->first_token;
       k < (q->close_token != NO_INDEX ? q->close_token + 1 : q->end_token); k++)
    a->token_quote[k] = a->quotes->len;
  g_array_append_val (a->quotes, *q);
}

static guint32
next_text_line (const Article *a,
                guint32        k)
{
  for (guint32 j = k + 1; j < a->lines->len; j++)
    {
      const Line *line = &g_array_index (a->lines, Line, j);

      if (line->role == LINE_BLANK)
        continue;
      return j;
    }
  return NO_INDEX;
}

/* Whether the paragraph at line @k, not opening with a quotation mark,
 * closes a quote left open before it: its first double mark is a closing
 * one, a straight one set right after a word ("…early." After the match,
 * X said, "…), or the first of an odd number of straight ones. Returns
 * that mark's token, or NO_INDEX. */
static guint32
closes_open_quote (const Article *a,
                   guint32        k)
{
  const Line *line = &g_array_index (a->lines, Line, k);
  guint32 end = line->first_token + line->n_tokens;
  guint32 first = NO_INDEX;
  guint straight = 0;

  if (line->role != LINE_BODY || line->n_tokens == 0 || is_open (article_token (a, line->first_token), FALSE)
      || is_misused_open (a, line->first_token, line->first_token, end))
    return NO_INDEX;
  for (guint32 j = line->first_token; j < end; j++)
    {
      const Token *t = article_token (a, j);

      if (t->flags & TOKEN_SINGLE)
        continue;
      if (t->kind == TOKEN_QUOTE_CLOSE && first == NO_INDEX)
        return j;
      if (t->kind == TOKEN_QUOTE_OPEN && first == NO_INDEX)
        return NO_INDEX;
      if (t->kind == TOKEN_QUOTE_STRAIGHT)
        {
          /* a mark right after a word or a full stop closes */
          if (first == NO_INDEX && j > line->first_token && !(t->flags & TOKEN_SPACE))
            return j;
          if (first == NO_INDEX)
            first = j;
          straight++;
        }
    }
  return straight % 2 == 1 ? first : NO_INDEX;
}

/* Whether the paragraph at line @k goes on in the next line, the text
 * being wrapped by hand (e-mailed releases, usenet copies): that line
 * follows with no blank line, this one stops short of any full stop,
 * colon or mark, and the next holds no double mark of its own. */
static gboolean
wraps_into_next (const Article *a,
                 guint32        k)
{
  const Line *line = &g_array_index (a->lines, Line, k);
  const Line *next;
  const Token *last;

  if (k + 1 >= a->lines->len || line->n_tokens == 0)
    return FALSE;
  next = &g_array_index (a->lines, Line, k + 1);
  if (next->role != LINE_BODY || next->n_tokens == 0)
    return FALSE;
  last = article_token (a, line->first_token + line->n_tokens - 1);
  if (last->kind != TOKEN_WORD && last->kind != TOKEN_NUMBER && !(last->kind == TOKEN_PUNCT && last->ch == ','))
    return FALSE;
  for (guint32 j = next->first_token; j < next->first_token + next->n_tokens; j++)
    {
      const Token *t = article_token (a, j);

      if ((t->kind == TOKEN_QUOTE_OPEN || t->kind == TOKEN_QUOTE_CLOSE || t->kind == TOKEN_QUOTE_STRAIGHT)
          && !(t->flags & TOKEN_SINGLE))
        return FALSE;
    }
  return TRUE;
}

/* Whether line @k, wrapped by hand (see wraps_into_next), goes on in the
 * line right below it, which closes the quote left open: "…ekonomi
 * kreatif dan\nolahraga,” kata Arif." is one paragraph, not a quote
 * going on into the next. Returns the closing mark, or NO_INDEX. */
static guint32
wrapped_line_closes (const Article *a,
                     guint32        k)
{
  const Line *line = &g_array_index (a->lines, Line, k);
  const Token *last;

  if (k + 1 >= a->lines->len || line->n_tokens == 0)
    return NO_INDEX;
  last = article_token (a, line->first_token + line->n_tokens - 1);
  if (last->kind != TOKEN_WORD && last->kind != TOKEN_NUMBER && !(last->kind == TOKEN_PUNCT && last->ch == ','))
    return NO_INDEX;
  return closes_open_quote (a, k + 1);
}

/* The quotes of one paragraph; @continues: the group a quote opening this
 * paragraph continues, or NO_INDEX. Returns the group that goes on into
 * the next paragraph, or NO_INDEX. */
static guint32
quotes_in_line (Article  *a,
                guint32   k,
                guint32   continues,
                gboolean *mid_quote,
                guint32  *wrapped_to)
{
  const Line *line = &g_array_index (a->lines, Line, k);
  guint32 end = line->first_token + line->n_tokens;
  guint32 i = line->first_token;

  /* the paragraph goes on with a quote opened in the one before */
  if (*mid_quote)
    {
      guint32 close = closes_open_quote (a, k);
      const Token *first = article_token (a, i);
      ArticleQuote q = { 0 };

      *mid_quote = FALSE;
      if (close == NO_INDEX)
        return NO_INDEX;
      q.open_token = NO_INDEX;
      q.first_token = i;
      q.close_token = close;
      q.end_token = close;
      q.line = k;
      q.group = continues;
      if (set_extent (a, &q, first->start, first->cp, article_token (a, close)->start, article_token (a, close)->cp))
        add_quote (a, &q);
      i = close + 1;
    }

  while (i < end)
    {
      const Token *t = article_token (a, i);
      gboolean single;
      guint32 j;
      ArticleQuote q = { 0 };

      if (!is_open (t, FALSE) && !is_open (t, TRUE) && !is_misused_open (a, i, line->first_token, end))
        {
          i++;
          continue;
        }
      /* A single mark only quotes outside a double-quoted stretch, and
       * only right before a word: "Kim’s" is no quote. */
      single = is_open (t, TRUE);

      q.open_token = i;
      q.first_token = i + 1;
      q.close_token = NO_INDEX;
      q.line = k;
      q.group = NO_INDEX;
      if (i == line->first_token && continues != NO_INDEX)
        q.group = continues;
      q.fragment = starts_inside_sentence (a, line->first_token, i);

      for (j = i + 1; j < end; j++)
        if (is_close (article_token (a, j), single) || (!single && is_misused_close (a, j, end)))
          break;
      /* a name or words set in marks inside the quote: the quote goes on
       * to its own closing mark */
      if (j < end && t->kind == TOKEN_QUOTE_OPEN && !single)
        {
          guint32 outer = close_after_nested (a, i, end);

          if (outer < end)
            j = outer;
        }

      if (j < end)
        {
          q.close_token = j;
          q.end_token = j;
          if (set_extent (a, &q, t->end, t->cp_end, article_token (a, j)->start, article_token (a, j)->cp))
            add_quote (a, &q);
          i = j + 1;
          continue;
        }

      if (single)
        {
          i++;
          continue;
        }

      /* closed in a line below, the paragraph being wrapped by hand */
      {
        guint32 w = *wrapped_to;
        guint32 close;

        while (wraps_into_next (a, w))
          w++;
        close = wrapped_line_closes (a, w);
        if (close != NO_INDEX)
          {
            const Line *below = &g_array_index (a->lines, Line, w + 1);

            *wrapped_to = w + 1;
            end = below->first_token + below->n_tokens;
            q.close_token = close;
            q.end_token = close;
            if (set_extent (a, &q, t->end, t->cp_end, article_token (a, close)->start, article_token (a, close)->cp))
              add_quote (a, &q);
            i = close + 1;
            continue;
          }
      }

      /* Never closed in this paragraph. */
      {
        guint32 next;
        guint32 last = end - 1;

        /* a paragraph wrapped by hand goes on in the lines below it */
        while (wraps_into_next (a, *wrapped_to))
          {
            const Line *more = &g_array_index (a->lines, Line, ++*wrapped_to);

            last = more->first_token + more->n_tokens - 1;
          }
        next = next_text_line (a, *wrapped_to);
        gboolean goes_on = FALSE;
        const Line *next_line = next != NO_INDEX ? &g_array_index (a->lines, Line, next) : NULL;

        if (next_line != NULL && next_line->role == LINE_BODY && next_line->n_tokens > 0
            && (is_open (article_token (a, next_line->first_token), FALSE)
                || is_misused_open (a, next_line->first_token, next_line->first_token,
                                    next_line->first_token + next_line->n_tokens))
            && !q.fragment)
          goes_on = TRUE;
        else if (next != NO_INDEX && closes_open_quote (a, next) != NO_INDEX)
          goes_on = *mid_quote = TRUE;

        if (!goes_on)
          {
            /* The outlet's full stop after an open fragment is not quoted. */
            while (last > i && q.fragment && article_token (a, last)->kind == TOKEN_PUNCT
                   && (article_token (a, last)->ch == '.' || article_token (a, last)->ch == ','))
              last--;
            q.unclosed = TRUE;
          }
        q.end_token = last + 1;
        if (last > i && set_extent (a, &q, t->end, t->cp_end, article_token (a, last)->end, article_token (a, last)->cp_end))
          {
            guint32 index = a->quotes->len;

            add_quote (a, &q);
            if (goes_on && a->quotes->len > index)
              return g_array_index (a->quotes, ArticleQuote, index).group;
          }
        *mid_quote = FALSE;
        return NO_INDEX;
      }
    }
  return NO_INDEX;
}

/**
 * _tautan_extract_quotes:
 *
 * Finds every direct quotation in the body's paragraphs (not in
 * captions, credits or headlines).
 */
void
_tautan_extract_quotes (Article *a)
{
  guint32 continues = NO_INDEX;
  gboolean mid_quote = FALSE;

  g_free (a->token_quote);
  a->token_quote = g_new (guint32, MAX (article_n_tokens (a), 1));
  for (guint32 i = 0; i < article_n_tokens (a); i++)
    a->token_quote[i] = NO_INDEX;

  for (guint32 k = 0; k < a->lines->len; k++)
    {
      const Line *line = &g_array_index (a->lines, Line, k);

      if (line->role == LINE_BLANK)
        continue;
      if (line->role != LINE_BODY)
        {
          continues = NO_INDEX;
          mid_quote = FALSE;
          continue;
        }
      {
        guint32 wrapped_to = k;

        continues = quotes_in_line (a, k, continues, &mid_quote, &wrapped_to);
        k = wrapped_to;
      }
    }
}
