/* tautan-extract-source.c: outlet, relayed agencies, headline, publication date
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the article says about itself: the outlet from its dateline
 * ("VIVA –", "PYONGYANG, iNews.id –", "REPUBLIKA.CO.ID, SEOUL --",
 * "SEOUL (Reuters) -"), the agencies it relays ("dilansir Reuters",
 * "seperti dilaporkan TASS", "sumber : Antara, Yonhap"), and its date:
 * a dateline, the date given with the attribution, or "hari ini" next to
 * a stated date. With no date, the anchor for relative dates is honest
 * about it: from the latest date the text states to the day it is read.
 */

#define G_LOG_DOMAIN "tautan-extract"

#include "config.h"

#include <string.h>

#include "tautan-extract-private.h"

static const Line *
line_at (const Article *a,
         guint32        k)
{
  return &g_array_index (a->lines, Line, k);
}

static char *
line_text (const Article *a,
           const Line    *line)
{
  return g_strndup (a->text + line->start, line->end - line->start);
}

static gboolean
is_dash (const Article *a,
         guint32        i)
{
  const Token *t;
  const char *s;

  if (i >= article_n_tokens (a))
    return FALSE;
  t = article_token (a, i);
  if (t->kind != TOKEN_PUNCT)
    return FALSE;
  s = a->text + t->start;
  return *s == '-' || g_str_has_prefix (s, "–") || g_str_has_prefix (s, "—");
}

/* A media entry of the gazetteer at @i, as the longest match. */
static gboolean
media_at (const Article *a,
          guint32        i,
          guint32       *n,
          guint32       *entry)
{
  const Payload *p;

  if (!_article_match_at (a, i, LEX_ENTITY, n, &p))
    return FALSE;
  if (tautan_gazetteer_get_entry (a->gazetteer, p->value)->kind != TAUTAN_ENTITY_MEDIA)
    return FALSE;
  *entry = p->value;
  return TRUE;
}

static gboolean
place_or_state_at (const Article *a,
                   guint32        i,
                   guint32       *n)
{
  const Payload *p;
  TautanEntityKind kind;

  if (!_article_match_at (a, i, LEX_ENTITY, n, &p))
    return FALSE;
  kind = tautan_gazetteer_get_entry (a->gazetteer, p->value)->kind;
  return kind == TAUTAN_ENTITY_PLACE || kind == TAUTAN_ENTITY_STATE;
}

static void
set_outlet (Article    *a,
            const char *name,
            guint32     entry)
{
  if (a->outlet != NULL)
    return;
  a->outlet = g_strdup (entry != NO_INDEX ? tautan_gazetteer_get_entry (a->gazetteer, entry)->name : name);
  a->outlet_entity = entry;
}

/* The dateline before the first dash of a body line: parts separated by
 * commas, one of them the outlet, the others places. */
static void
find_outlet_in_line (Article *a,
                     guint32  k)
{
  const Line *line = line_at (a, k);
  guint32 end = line->first_token + MIN (line->n_tokens, 10);
  guint32 dash = NO_INDEX;
  guint32 part = line->first_token;

  for (guint32 i = line->first_token; i < end; i++)
    if (is_dash (a, i) && (article_token (a, i)->flags & TOKEN_SPACE))
      {
        dash = i;
        break;
      }
  if (dash == NO_INDEX || dash == line->first_token)
    return;

  for (guint32 i = line->first_token; i <= dash; i++)
    {
      guint32 n, entry;

      if (i < dash && !_article_token_is_char (a, i, ',') && !is_dash (a, i))
        {
          /* "(ANTARA)", "SEOUL (Reuters)" */
          if (_article_token_is_char (a, i, '('))
            {
              guint32 close = i + 1;

              while (close < dash && !_article_token_is_char (a, close, ')'))
                close++;
              if (close < dash && close > i + 1)
                {
                  g_autofree char *name = _article_token_text (a, i + 1, close);

                  if (media_at (a, i + 1, &n, &entry))
                    set_outlet (a, NULL, entry);
                  else if (tautan_date_expr_parse_day (name, &(TautanDay){ 0 }) == FALSE)
                    set_outlet (a, name, NO_INDEX);
                  return;
                }
            }
          continue;
        }

      /* a part ends: [part, i) */
      if (i > part)
        {
          g_autofree char *name = _article_token_text (a, part, i);

          if (media_at (a, part, &n, &entry) && part + n == i)
            {
              set_outlet (a, NULL, entry);
              return;
            }
          if (place_or_state_at (a, part, &n) && part + n == i)
            ;
          else if (strchr (name, '.') != NULL && strchr (name, ' ') == NULL)
            {
              set_outlet (a, name, NO_INDEX);   /* "KOMPAS.com", "iNews.id" */
              return;
            }
          else if (i - part == 1 && (article_token (a, part)->flags & TOKEN_UPPER) && dash - line->first_token == 1)
            {
              set_outlet (a, name, NO_INDEX);   /* "VIVA –" */
              return;
            }
        }
      part = i + 1;
    }
}

static void
find_outlet (Article *a)
{
  const TautanArticle *article = a->article;
  guint seen = 0;

  if (article->outlet != NULL)
    {
      int entry = -1;

      for (guint i = 0; i < tautan_gazetteer_get_n_entries (a->gazetteer) && entry < 0; i++)
        if (g_strcmp0 (tautan_gazetteer_get_entry (a->gazetteer, i)->name, article->outlet) == 0)
          entry = i;
      a->outlet = g_strdup (article->outlet);
      a->outlet_entity = entry >= 0 ? (guint32)entry : NO_INDEX;
      return;
    }

  for (guint32 k = 0; k < a->lines->len && seen < 4; k++)
    if (line_at (a, k)->role == LINE_BODY)
      {
        find_outlet_in_line (a, k);
        if (a->outlet != NULL)
          return;
        seen++;
      }

  if (article->url != NULL)
    {
      g_autoptr(GUri) uri = g_uri_parse (article->url, G_URI_FLAGS_NONE, NULL);
      const char *host = uri ? g_uri_get_host (uri) : NULL;
      int entry = tautan_gazetteer_lookup_domain (a->gazetteer, host);

      if (entry >= 0)
        set_outlet (a, NULL, entry);
      else if (host != NULL)
        set_outlet (a, g_str_has_prefix (host, "www.") ? host + 4 : host, NO_INDEX);
      if (a->outlet != NULL)
        return;
    }

  /* docs/curation.md: never guess the outlet from style. */
  a->outlet = g_strdup (a->language == 1 ? "Unnamed outlet" : "Unnamed Indonesian outlet");
}

static void
add_relay (Article    *a,
           guint32     entry,
           const char *name,
           guint32     from,
           guint32     end,
           gboolean    story)
{
  ArticleRelay r = { 0 };

  for (guint i = 0; i < a->relays->len; i++)
    {
      ArticleRelay *other = &g_array_index (a->relays, ArticleRelay, i);

      if ((entry != NO_INDEX && other->entity == entry) || (entry == NO_INDEX && g_strcmp0 (other->name, name) == 0))
        {
          other->story |= story;
          return;
        }
    }

  r.entity = entry;
  r.name = g_strdup (entry != NO_INDEX ? tautan_gazetteer_get_entry (a->gazetteer, entry)->name : name);
  r.state_media = entry != NO_INDEX && tautan_gazetteer_get_entry (a->gazetteer, entry)->state_media;
  r.words = _article_token_text (a, from, end);
  r.token = from;
  r.story = story;
  g_array_append_val (a->relays, r);
}

/* After a relay cue: "dari", "kantor berita", "media pemerintah Korut,"
 * may stand before the agency's name. */
static gboolean
relay_target (const Article *a,
              guint32        i,
              guint32        limit,
              guint32       *at,
              guint32       *n,
              guint32       *entry)
{
  for (guint32 k = i; k < limit; k++)
    {
      if (media_at (a, k, n, entry))
        {
          *at = k;
          return TRUE;
        }
      if (_article_token_is_char (a, k, '.') || _article_token_is_char (a, k, ';')
          || article_token (a, k)->kind == TOKEN_QUOTE_OPEN)
        return FALSE;
    }
  return FALSE;
}

/* An agency the gazetteer does not know, after "kantor berita" or
 * straight after the cue: a run of capitalised words. */
static guint32
unknown_agency (const Article *a,
                guint32        i,
                guint32        limit)
{
  guint32 k = i;

  if (k < limit && (_article_token_is (a, k, LEX_PREP, NULL)))
    k++;
  {
    guint32 n;

    if (_article_match_at (a, k, LEX_ORG_HEAD, &n, NULL))
      k += n;
  }
  i = k;
  while (k < limit && article_token (a, k)->kind == TOKEN_WORD
         && (article_token (a, k)->flags & (TOKEN_CAPITAL | TOKEN_UPPER))
         && !_article_token_is (a, k, LEX_WEEKDAY, NULL) && !_article_token_is (a, k, LEX_MONTH, NULL))
    k++;
  return k > i ? k : NO_INDEX;
}

static void
find_relays (Article *a)
{
  guint32 body_lines = 0;

  for (guint32 k = 0; k < a->lines->len; k++)
    {
      const Line *line = line_at (a, k);
      guint32 end = line->first_token + line->n_tokens;
      gboolean lead;

      if (line->role != LINE_BODY && line->role != LINE_SIGNOFF)
        continue;
      if (line->role == LINE_BODY)
        body_lines++;
      lead = body_lines <= 3 || line->role == LINE_SIGNOFF;

      for (guint32 i = line->first_token; i < end; i++)
        {
          const Payload *p;
          guint32 n, at, mn, entry;

          if (a->token_quote != NULL && a->token_quote[i] != NO_INDEX)
            continue;

          if (_article_match_at (a, i, LEX_RELAY, &n, &p))
            {
              gboolean story = p->value == RELAY_CITED || p->value == RELAY_SOURCE_LINE
                               || (p->value == RELAY_REPORTED && lead);

              if (p->value == RELAY_SOURCE_LINE)
                {
                  /* "sumber : Antara, Yonhap": every agency on the line */
                  if (line->role != LINE_SIGNOFF)
                    continue;
                  for (guint32 j = i + n; j < end; j++)
                    if (media_at (a, j, &mn, &entry))
                      {
                        ArticleRelay *r;

                        add_relay (a, entry, NULL, line->first_token, end, TRUE);
                        r = &g_array_index (a->relays, ArticleRelay, a->relays->len - 1);
                        (void)r;
                        j += mn - 1;
                      }
                  break;
                }
              if (relay_target (a, i + n, MIN (end, i + n + 8), &at, &mn, &entry))
                {
                  add_relay (a, entry, NULL, i, at + mn, story && p->value != RELAY_QUOTED && p->value != RELAY_PUBLISHED);
                  i = at + mn - 1;
                }
              else if (p->value == RELAY_CITED)
                {
                  guint32 stop = unknown_agency (a, i + n, MIN (end, i + n + 8));

                  if (stop != NO_INDEX)
                    {
                      guint32 first = stop;
                      g_autofree char *name = NULL;

                      while (first > i + n && article_token (a, first - 1)->kind == TOKEN_WORD
                             && (article_token (a, first - 1)->flags & (TOKEN_CAPITAL | TOKEN_UPPER)))
                        first--;
                      name = _article_token_text (a, first, stop);
                      add_relay (a, NO_INDEX, name, i, stop, TRUE);
                      i = stop - 1;
                    }
                }
              continue;
            }

          /* "KCNA melaporkan", "Reuters reported" */
          if (media_at (a, i, &mn, &entry))
            {
              guint32 v = 0, j = i + mn;

              while (j < end && _article_token_is (a, j, LEX_AUX, NULL))
                j++;
              if (_article_token_is (a, j, LEX_SPEECH, &v) && (v & SPEECH_REPORT))
                add_relay (a, entry, NULL, i, j + 1, lead);
              i += mn - 1;
            }
        }
    }
}

/* How long after the latest date it states an undated article may have
 * been written: ten years, a bound that does not move with the day the
 * extractor runs (the day of extraction did, so the output changed from
 * one day to the next). */
#define UNDATED_REACH_DAYS 3652

/* The first and last days an article that states no date at all is taken
 * to lie in: news of the modern era. Fixed, for the same reason; and
 * bounded, as datasets keep a histogram by day over their events' span. */
#define UNDATED_FIRST_YEAR 1900
#define UNDATED_LAST_YEAR 2099

static const ArticleDateExpr *
full_date_in (const Article *a,
              guint32        from,
              guint32        end)
{
  for (guint i = 0; i < a->dates->len; i++)
    {
      const ArticleDateExpr *e = &g_array_index (a->dates, ArticleDateExpr, i);

      if (e->first_token >= end)
        break;
      if (e->first_token >= from && e->spec.kind == SPEC_DAY && e->spec.y != 0 && !e->spec.future)
        return e;
    }
  return NULL;
}

typedef enum
{
  FROM_DATELINE_LINE,
  FROM_ATTRIBUTION,
  FROM_DATELINE,
  FROM_TODAY,
} PublishedFrom;

static void
set_published (Article               *a,
               const ArticleDateExpr *e,
               PublishedFrom          from)
{
  TautanDateExpr resolved;

  _tautan_date_spec_resolve (&e->spec, TAUTAN_DAY_NONE, TAUTAN_DAY_NONE, &resolved);
  if (resolved.from == TAUTAN_DAY_NONE)
    return;
  a->published = resolved.from;
  a->published_words = _article_token_text (a, e->first_token, e->end_token);
  switch (from)
    {
    case FROM_ATTRIBUTION:
      a->published_note = g_strdup_printf ("The date given with the attribution: “%s”.", a->published_words);
      break;
    case FROM_DATELINE:
      a->published_note = g_strdup_printf ("From the dateline: “%s”.", a->published_words);
      break;
    case FROM_TODAY:
      a->published_note = g_strdup_printf ("The text has no dateline; it says “hari ini” (today) and dates the news “%s”.",
                                           a->published_words);
      break;
    case FROM_DATELINE_LINE:
    default:
      break;
    }
}

static void
find_published (Article *a)
{
  guint body = 0;

  if (a->article->published != TAUTAN_DAY_NONE)
    {
      a->published = a->article->published;
      return;
    }

  /* 1. a dateline: a line that is a date */
  for (guint32 k = 0; k < a->lines->len && k < 12; k++)
    if (line_at (a, k)->role == LINE_DATELINE)
      {
        const Line *line = line_at (a, k);
        const ArticleDateExpr *e = full_date_in (a, line->first_token, line->first_token + line->n_tokens);

        if (e != NULL)
          {
            set_published (a, e, FROM_DATELINE_LINE);
            return;
          }
      }

  /* 2. the date with the attribution or the dateline of the lead:
   * "Dilansir kantor berita Reuters, Senin (12/6/2023)", "JAKARTA, 13 Mei
   * 2024 (ANTARA) -" */
  for (guint32 k = 0; k < a->lines->len && body < 3; k++)
    {
      const Line *line = line_at (a, k);
      guint32 end = line->first_token + line->n_tokens;

      if (line->role != LINE_BODY)
        continue;
      body++;
      for (guint i = 0; i < a->relays->len; i++)
        {
          const ArticleRelay *r = &g_array_index (a->relays, ArticleRelay, i);
          const ArticleDateExpr *e;
          guint32 after;

          if (r->token < line->first_token || r->token >= end)
            continue;
          after = r->token;
          while (after < end && a->token_date[after] == NO_INDEX && !_article_token_is_char (a, after, '.'))
            after++;
          e = full_date_in (a, after, MIN (end, after + 3));
          if (e != NULL && e->first_token - r->token < 14)
            {
              set_published (a, e, FROM_ATTRIBUTION);
              return;
            }
        }
      {
        const ArticleDateExpr *e = full_date_in (a, line->first_token, MIN (end, line->first_token + 8));

        if (e != NULL && (is_dash (a, e->end_token) || _article_token_is_char (a, e->end_token, '(')))
          {
            set_published (a, e, FROM_DATELINE);
            return;
          }
      }
    }

  /* 3. "hari ini" beside a stated date in the first paragraphs */
  {
    gboolean today_word = FALSE;
    const ArticleDateExpr *latest = NULL;
    TautanDay latest_day = TAUTAN_DAY_NONE;

    for (guint i = 0; i < a->dates->len; i++)
      {
        const ArticleDateExpr *e = &g_array_index (a->dates, ArticleDateExpr, i);
        guint32 line = article_token (a, e->first_token)->line;

        if (!_article_line_extracts (a, line, FALSE))
          continue;
        if (e->spec.kind == SPEC_TODAY)
          today_word = TRUE;
        else if (e->spec.kind == SPEC_DAY && e->spec.y != 0 && !e->spec.future && line < 12)
          {
            TautanDateExpr r;

            _tautan_date_spec_resolve (&e->spec, TAUTAN_DAY_NONE, TAUTAN_DAY_NONE, &r);
            if (r.from != TAUTAN_DAY_NONE && (latest == NULL || r.from > latest_day))
              latest = e, latest_day = r.from;
          }
      }
    if (today_word && latest != NULL)
      set_published (a, latest, FROM_TODAY);
  }
}

/* With no publication date, relative dates count from an interval: no
 * earlier than the latest day the text states and no later than ten years
 * after it (options->today bounds it when the caller gives one); for an
 * article that states no date, 1900 to 2099. Never the day it runs. */
static void
set_anchor (Article *a)
{
  TautanDay latest = TAUTAN_DAY_NONE;
  TautanDay bound = a->options->today != TAUTAN_DAY_NONE && a->options->today != 0 ? a->options->today
                    : TAUTAN_DAY_NONE;
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;

  if (a->published != TAUTAN_DAY_NONE)
    {
      a->anchor_from = a->anchor_to = a->published;
      return;
    }

  for (guint i = 0; i < a->dates->len; i++)
    {
      const ArticleDateExpr *e = &g_array_index (a->dates, ArticleDateExpr, i);
      TautanDateExpr r;

      if (!e->spec.stated || e->spec.future || (e->spec.kind == SPEC_DAY && e->spec.y == 0))
        continue;
      _tautan_date_spec_resolve (&e->spec, TAUTAN_DAY_NONE, TAUTAN_DAY_NONE, &r);
      /* "hingga 18 November 2011": a deadline may lie after the writing,
       * by as much as a year */
      if (r.from != TAUTAN_DAY_NONE && _article_date_is_deadline (a, e))
        r.from -= 365;
      if (r.from != TAUTAN_DAY_NONE && (bound == TAUTAN_DAY_NONE || r.from <= bound)
          && (latest == TAUTAN_DAY_NONE || r.from > latest))
        latest = r.from;
    }

  if (latest != TAUTAN_DAY_NONE)
    {
      a->anchor_from = latest;
      a->anchor_to = latest + UNDATED_REACH_DAYS;
    }
  else
    {
      a->anchor_from = tautan_day_from_ymd (UNDATED_FIRST_YEAR, 1, 1);
      a->anchor_to = tautan_day_from_ymd (UNDATED_LAST_YEAR, 12, 31);
    }
  if (bound != TAUTAN_DAY_NONE)
    a->anchor_to = MAX (a->anchor_from, MIN (a->anchor_to, bound));
  from_text = tautan_day_format (a->anchor_from);
  to_text = tautan_day_format (a->anchor_to);
  if (latest != TAUTAN_DAY_NONE)
    a->published_note = g_strdup_printf ("No publication date found in the text: the article is taken to be "
                                         "from %s (the latest date it states) to %s (ten years later). "
                                         "Relative dates and acts the text does not date are ranges within "
                                         "that, marked inferred, the same whatever day the extractor runs; "
                                         "give --published to date them.", from_text, to_text);
  else
    a->published_note = g_strdup_printf ("No publication date found in the text, and it states no date: the "
                                         "article is taken to be from %s to %s. Relative dates and acts the "
                                         "text does not date are ranges within that, marked inferred, the "
                                         "same whatever day the extractor runs; give --published to date "
                                         "them.", from_text, to_text);
}

/* The lead's date: what undated sentences about the news most likely
 * share. */
static void
find_peg (Article *a)
{
  guint body = 0;

  for (guint32 k = 0; k < a->lines->len && body < 3; k++)
    {
      const Line *line = line_at (a, k);

      if (line->role != LINE_BODY)
        continue;
      body++;
      for (guint i = 0; i < a->dates->len; i++)
        {
          const ArticleDateExpr *e = &g_array_index (a->dates, ArticleDateExpr, i);

          if (article_token (a, e->first_token)->line != k)
            continue;
          if (e->expr.from == TAUTAN_DAY_NONE || (e->expr.flags & TAUTAN_DATE_EXPR_FUTURE)
              || e->expr.to > a->anchor_to || e->expr.precision > TAUTAN_PRECISION_WEEK
              || _article_date_is_deadline (a, e))
            continue;
          a->peg = i;
          return;
        }
    }
}

static void
find_title (Article *a)
{
  if (a->article->title != NULL)
    {
      a->title = g_strdup (a->article->title);
      return;
    }
  if (a->title_line != NO_INDEX)
    {
      a->title = line_text (a, line_at (a, a->title_line));
      return;
    }
  /* docs/curation.md: a written title is marked as such. */
  for (guint i = 0; i < a->sentences->len; i++)
    {
      const Sentence *s = &g_array_index (a->sentences, Sentence, i);
      guint32 end = MIN (s->end_token, s->first_token + 12);
      g_autofree char *words = NULL;

      if (line_at (a, s->line)->role != LINE_BODY)
        continue;
      words = _article_token_text (a, s->first_token, end);
      a->title = g_strdup_printf ("[No headline in the text] %s%s", words, end < s->end_token ? "…" : "");
      return;
    }
  a->title = g_strdup ("[No headline in the text]");
}

/**
 * _tautan_extract_source:
 *
 * Fills in outlet, relays, title and publication date, and resolves every
 * date expression against the article's anchor.
 */
void
_tautan_extract_source (Article *a)
{
  find_outlet (a);
  find_relays (a);
  find_title (a);
  find_published (a);
  set_anchor (a);
  _tautan_resolve_dates (a);
  find_peg (a);
}
