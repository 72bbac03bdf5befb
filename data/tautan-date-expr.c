/* tautan-date-expr.c: date expressions resolved against the publication date
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Parsing and resolving are apart: an expression is first read into a
 * DateSpec (what the words say: "Juni tahun lalu" is month 6 of the year
 * before), and only once the article's date is known is it turned into an
 * interval. The interval is never more precise than the words: "bulan
 * lalu" is a whole month, "a week ago" a seven-day window, "awal tahun
 * ini" a range. Against an uncertain anchor (an undated article) both
 * ends of the anchor are tried and the hull is kept, marked inferred.
 */

#define G_LOG_DOMAIN "tautan-date-expr"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "tautan/tautan-date-expr.h"

#include "tautan-extract-private.h"

/* How far after its anchor a day written without its year may lie when
 * nothing says it is to come: a scheduled day of the coming weeks. */
#define DAY_AHEAD_MAX 31

/* ---- token tests ---- */

static gboolean
tok_digits (const Article *a,
            guint32        i,
            int            max_len,
            int           *value)
{
  const Token *t;
  int v = 0;

  if (i >= article_n_tokens (a))
    return FALSE;
  t = article_token (a, i);
  if (!(t->flags & TOKEN_DIGITS) || (int)(t->end - t->start) > max_len)
    return FALSE;
  for (guint32 k = t->start; k < t->end; k++)
    v = v * 10 + (a->text[k] - '0');
  *value = v;
  return TRUE;
}

static gboolean
tok_year (const Article *a,
          guint32        i,
          int           *y)
{
  int v;

  if (!tok_digits (a, i, 4, &v) || article_token (a, i)->end - article_token (a, i)->start != 4)
    return FALSE;
  if (v < 1000 || v > 2999)
    return FALSE;
  *y = v;
  return TRUE;
}

/* 1..31, or "13th". */
static gboolean
tok_mday (const Article *a,
          guint32        i,
          int           *d)
{
  const Token *t;
  int v = 0;
  guint32 k;

  if (i >= article_n_tokens (a))
    return FALSE;
  t = article_token (a, i);
  if (t->kind != TOKEN_NUMBER)
    return FALSE;
  /* At most three digits read: a longer number is no day, and would
   * overflow. */
  for (k = t->start; k < t->end && k - t->start < 3 && g_ascii_isdigit (a->text[k]); k++)
    v = v * 10 + (a->text[k] - '0');
  if (k - t->start == 0 || k - t->start > 2)
    return FALSE;
  if (k < t->end)
    {
      const char *suffix = a->text + k;
      gsize n = t->end - k;

      if (!(n == 2 && (g_ascii_strncasecmp (suffix, "st", 2) == 0 || g_ascii_strncasecmp (suffix, "nd", 2) == 0
                       || g_ascii_strncasecmp (suffix, "rd", 2) == 0 || g_ascii_strncasecmp (suffix, "th", 2) == 0)))
        return FALSE;
    }
  if (v < 1 || v > 31)
    return FALSE;
  *d = v;
  return TRUE;
}

/* A month name, written with a capital as both languages do; returns the
 * token after it (and after the dot of "Jan."). */
static guint32
tok_month (const Article *a,
           guint32        i,
           int           *m)
{
  guint32 v;

  if (i >= article_n_tokens (a))
    return i;
  if (!(article_token (a, i)->flags & (TOKEN_CAPITAL | TOKEN_UPPER)))
    return i;
  if (!_article_token_is (a, i, LEX_MONTH, &v))
    return i;
  *m = (int)v;
  if (_article_token_is_char (a, i + 1, '.') && article_token (a, i)->end - article_token (a, i)->start <= 4
      && !(article_token (a, i + 1)->flags & TOKEN_SPACE))
    return i + 2;
  return i + 1;
}

static gboolean
tok_date_word (const Article *a,
               guint32        i,
               DateWord       word,
               guint32       *n)
{
  return _article_match_with (a, i, LEX_DATE_WORD, word, n);
}

static gboolean
tok_unit (const Article *a,
          guint32        i,
          int           *unit,
          gboolean      *implicit_one)
{
  guint32 v;

  if (!_article_token_is (a, i, LEX_DATE_WORD, &v))
    return FALSE;
  if (v != DW_DAY_UNIT && v != DW_WEEK_UNIT && v != DW_MONTH_UNIT && v != DW_YEAR_UNIT)
    return FALSE;
  *unit = (int)v;
  /* "sepekan", "setahun": se- is "one". */
  *implicit_one = article_token (a, i)->end - article_token (a, i)->start >= 5
                  && g_ascii_strncasecmp (a->text + article_token (a, i)->start, "se", 2) == 0;
  return TRUE;
}

static gboolean
tok_count (const Article *a,
           guint32        i,
           int           *n)
{
  guint32 v;

  if (tok_digits (a, i, 3, n))
    return *n > 0;
  if (_article_token_is (a, i, LEX_NUMBER_WORD, &v))
    {
      *n = (int)v;
      return TRUE;
    }
  return FALSE;
}

static gboolean
tok_weekday (const Article *a,
             guint32        i,
             int           *wd)
{
  guint32 v;
  guint32 n;

  if (!_article_token_is (a, i, LEX_WEEKDAY, &v))
    return FALSE;
  /* "minggu lalu" is last week; "Minggu" alone is Sunday. */
  if (v == 7 && (tok_date_word (a, i + 1, DW_AGO, &n) || tok_date_word (a, i + 1, DW_THIS, &n)
                 || tok_date_word (a, i + 1, DW_NEXT, &n) || tok_date_word (a, i + 1, DW_PAST, &n)))
    return FALSE;
  if (!(article_token (a, i)->flags & (TOKEN_CAPITAL | TOKEN_UPPER)))
    {
      guint32 on;

      if (i == 0 || !(tok_date_word (a, i - 1, DW_ON, &on) || tok_date_word (a, i - 1, DW_DAY_UNIT, &on)))
        return FALSE;
    }
  *wd = (int)v;
  return TRUE;
}

/* A number token "12/6/2023", "2024-05-13", "12/6": day-month order for
 * Indonesian, month-day first for English when that is a date. */
static gboolean
parse_numeric (const Article *a,
               guint32        i,
               gboolean       in_parens,
               DateSpec      *spec)
{
  const Token *t;
  char buf[16];
  char **parts;
  int v[3] = { 0 }, n = 0;
  gsize len;
  char sep;
  gboolean ok = FALSE;

  if (i >= article_n_tokens (a))
    return FALSE;
  t = article_token (a, i);
  len = t->end - t->start;
  if (t->kind != TOKEN_NUMBER || len >= sizeof buf || (t->flags & TOKEN_DIGITS))
    return FALSE;
  memcpy (buf, a->text + t->start, len);
  buf[len] = '\0';
  sep = strchr (buf, '/') ? '/' : strchr (buf, '-') ? '-' : '.';
  {
    char seps[2] = { sep, 0 };

    parts = g_strsplit (buf, seps, 4);
  }
  for (n = 0; parts[n] != NULL; n++)
    {
      char *end;

      if (n >= 3 || parts[n][0] == '\0' || strlen (parts[n]) > 4)
        {
          n = 4;
          break;
        }
      v[n] = (int)strtol (parts[n], &end, 10);
      if (*end != '\0')
        {
          n = 4;
          break;
        }
    }
  g_strfreev (parts);

  memset (spec, 0, sizeof *spec);
  spec->kind = SPEC_DAY;
  if (n == 3 && v[0] >= 1000)
    {
      spec->y = v[0], spec->m = v[1], spec->d = v[2];
      ok = sep == '-';
    }
  else if (n == 3 && v[2] >= 1000 && sep != '.')
    {
      int d = v[0], m = v[1];

      if (a->language == 1 && v[0] <= 12 && v[1] <= 31)
        d = v[1], m = v[0];
      else if (v[1] > 12 && v[0] <= 12)
        d = v[1], m = v[0];
      spec->y = v[2], spec->m = m, spec->d = d;
      ok = TRUE;
    }
  else if (n == 2 && in_parens && sep == '/')
    {
      int d = v[0], m = v[1];

      if (a->language == 1 && v[0] <= 12 && v[1] > 12)
        d = v[1], m = v[0];
      spec->m = m, spec->d = d;
      ok = TRUE;
    }
  if (!ok || spec->m < 1 || spec->m > 12 || spec->d < 1
      || spec->d > (spec->y > 0 ? tautan_days_in_month (spec->y, spec->m) : (spec->m == 2 ? 29 : tautan_days_in_month (2001, spec->m))))
    return FALSE;
  spec->stated = TRUE;
  return TRUE;
}

/* "(12/6)", "(19/6/2024)", "(9/5/2024)": returns the token after ")". */
static guint32
parse_parens (const Article *a,
              guint32        i,
              DateSpec      *spec)
{
  if (!_article_token_is_char (a, i, '(') || !_article_token_is_char (a, i + 2, ')'))
    return i;
  if (!parse_numeric (a, i + 1, TRUE, spec))
    return i;
  return i + 3;
}

static gboolean
future_before (const Article *a,
               guint32        i)
{
  for (guint32 k = i, steps = 0; k-- > 0 && steps < 8; steps++)
    {
      const Token *t = article_token (a, k);

      if (t->kind == TOKEN_PUNCT && (t->ch == '.' || t->ch == ';' || t->ch == '!' || t->ch == '?'))
        return FALSE;
      if (_article_token_is (a, k, LEX_FUTURE, NULL))
        {
          const char *w = a->text + t->start;

          /* "untuk", "to" mark purpose as often as future: only the
           * plain future words count here. */
          if (g_ascii_strncasecmp (w, "untuk", 5) == 0 || (t->end - t->start == 2 && g_ascii_strncasecmp (w, "to", 2) == 0))
            continue;
          return TRUE;
        }
      if (t->flags & TOKEN_LINE)
        return FALSE;
    }
  return FALSE;
}

/* Day, month and year in any order the two languages use. */
static guint32
parse_absolute (const Article *a,
                guint32        i,
                DateSpec      *spec)
{
  guint32 j = i, k;
  int wd = 0, d = 0, d2 = 0, m = 0, y = 0;

  memset (spec, 0, sizeof *spec);

  /* A weekday before the date: "Minggu 19 Juni 2022", "Monday, May 13". */
  if (tok_weekday (a, j, &wd))
    {
      j++;
      if (_article_token_is_char (a, j, ','))
        j++;
      k = parse_parens (a, j, spec);
      if (k > j)
        {
          spec->wd = wd;
          return k;
        }
    }

  /* "19 Juni 2022", "19 Juni", "12-14 Juni 2024" */
  if (j < article_n_tokens (a) && (tok_mday (a, j, &d) || article_token (a, j)->kind == TOKEN_NUMBER))
    {
      const Token *t = article_token (a, j);

      if (d == 0 && t != NULL)
        {
          /* a range of days in one token: "12-14" */
          const char *s = a->text + t->start;
          char *dash;
          g_autofree char *copy = g_strndup (s, t->end - t->start);

          dash = strchr (copy, '-');
          if (dash != NULL && strchr (dash + 1, '-') == NULL)
            {
              d = atoi (copy);
              d2 = atoi (dash + 1);
              if (d < 1 || d > 31 || d2 <= d || d2 > 31)
                d = d2 = 0;
            }
        }
      if (d > 0)
        {
          k = tok_month (a, j + 1, &m);
          if (k > j + 1)
            {
              j = k;
              if (_article_token_is_char (a, j, ',') && tok_year (a, j + 1, &y))
                j += 2;
              else if (tok_year (a, j, &y))
                j++;
              if (d > tautan_days_in_month (y > 0 ? y : 2000, m) || (d2 > 0 && d2 > tautan_days_in_month (y > 0 ? y : 2000, m)))
                return i;
              spec->kind = d2 > 0 ? SPEC_DAYS : SPEC_DAY;
              spec->y = y, spec->m = m, spec->d = d, spec->d2 = d2, spec->wd = wd;
              spec->stated = TRUE;
              return j;
            }
        }
      d = d2 = 0;
    }

  /* "May 13, 2024", "May 13" (English) */
  k = tok_month (a, j, &m);
  if (k > j && tok_mday (a, k, &d))
    {
      j = k + 1;
      if (_article_token_is_char (a, j, ',') && tok_year (a, j + 1, &y))
        j += 2;
      else if (tok_year (a, j, &y))
        j++;
      if (d > tautan_days_in_month (y > 0 ? y : 2000, m))
        return i;
      spec->kind = SPEC_DAY;
      spec->y = y, spec->m = m, spec->d = d, spec->wd = wd;
      spec->stated = TRUE;
      return j;
    }

  /* "Februari 2022", "February 2022" */
  if (k > j && tok_year (a, k, &y))
    {
      spec->kind = SPEC_MONTH;
      spec->y = y, spec->m = m;
      spec->stated = TRUE;
      return k + 1;
    }

  /* a numeric date: "12/6/2023", "2024-05-13" */
  if (parse_numeric (a, j, FALSE, spec) && spec->y > 0)
    {
      spec->wd = wd;
      return j + 1;
    }
  k = parse_parens (a, j, spec);
  if (k > j)
    return k;

  /* A weekday alone. */
  if (wd > 0)
    {
      memset (spec, 0, sizeof *spec);
      spec->kind = SPEC_WEEKDAY;
      spec->wd = wd;
      /* "Senin lalu", "Senin kemarin": the one before this week's */
      if (tok_date_word (a, i + 1, DW_AGO, &k) || tok_date_word (a, i + 1, DW_YESTERDAY, &k))
        {
          spec->rel = -1;
          return i + 1 + k;
        }
      return i + 1;
    }
  return i;
}

/* Relative words: "kemarin", "pekan lalu", "dua hari lalu", "awal tahun
 * ini", "Juni tahun lalu", "in the past year", "last month". */
static guint32
parse_relative (const Article *a,
                guint32        i,
                DateSpec      *spec)
{
  guint32 j = i, n;
  int unit = 0, count = 0, m = 0, y = 0, part = 0;
  gboolean one = FALSE;

  memset (spec, 0, sizeof *spec);

  if (tok_date_word (a, j, DW_YESTERDAY, &n))
    {
      /* "kemarin malam" is last night */
      spec->kind = SPEC_YESTERDAY;
      return j + n;
    }
  if (tok_date_word (a, j, DW_LAST_NIGHT, &n))
    {
      spec->kind = SPEC_LAST_NIGHT;
      return j + n;
    }
  if (tok_date_word (a, j, DW_TODAY, &n))
    {
      spec->kind = SPEC_TODAY;
      return j + n;
    }
  if (tok_date_word (a, j, DW_TOMORROW, &n))
    {
      spec->kind = SPEC_TOMORROW;
      spec->future = TRUE;
      return j + n;
    }
  /* "beberapa waktu lalu", "recently": vague, so as wide as the words
   * allow, never the days before publication alone */
  if (tok_date_word (a, j, DW_WHILE_AGO, &n) || tok_date_word (a, j, DW_RECENTLY, &n))
    {
      gboolean recently = tok_date_word (a, j, DW_RECENTLY, &n);

      spec->kind = SPEC_PAST_SPAN;
      spec->unit = recently ? DW_MONTH_UNIT : DW_YEAR_UNIT;
      spec->n = recently ? 3 : 1;
      return j + n;
    }

  /* "akhir pekan lalu", "last weekend", "pada akhir pekan" */
  if (tok_date_word (a, j, DW_WEEKEND, &n))
    {
      spec->kind = SPEC_WEEKEND;
      j += n;
      if (tok_date_word (a, j, DW_AGO, &n))
        j += n;
      else if (tok_date_word (a, j, DW_NEXT, &n) || tok_date_word (a, j, DW_THIS, &n))
        return i;
      return j;
    }
  if (tok_date_word (a, j, DW_LAST, &n) && tok_date_word (a, j + n, DW_WEEKEND, &n))
    {
      spec->kind = SPEC_WEEKEND;
      return j + 2;
    }

  /* part of a period: "awal", "early", "akhir", "late", "pertengahan", "mid" */
  if (tok_date_word (a, j, DW_EARLY, &n) || tok_date_word (a, j, DW_MID, &n) || tok_date_word (a, j, DW_LATE, &n))
    {
      guint32 v;

      _article_token_is (a, j, LEX_DATE_WORD, &v);
      part = (int)v;
      j += n;
      /* "awal bulan" / "early in" */
      if (tok_date_word (a, j, DW_ON, &n))
        j += n;
    }

  /* "awal 2022", "late 2023", "mid-2024" */
  if (part != 0 && tok_year (a, j, &y))
    {
      spec->kind = SPEC_YEAR_PART;
      spec->y = y, spec->part = part;
      spec->stated = TRUE;
      return j + 1;
    }

  /* "akhir Juni 2024", "early June", "awal Maret" */
  {
    guint32 k = tok_month (a, j, &m);

    if (part != 0 && k > j)
      {
        spec->kind = SPEC_MONTH_PART;
        spec->m = m, spec->part = part;
        if (tok_year (a, k, &y))
          {
            spec->y = y;
            spec->stated = TRUE;
            return k + 1;
          }
        return k;
      }
  }

  /* English "last/this/next" before the unit or month */
  {
    int rel = 0;

    if (tok_date_word (a, j, DW_LAST, &n))
      rel = -1;
    else if (tok_date_word (a, j, DW_THIS, &n))
      rel = 2;
    else if (tok_date_word (a, j, DW_NEXT, &n))
      rel = 1;
    if (rel != 0 && article_token (a, j)->kind == TOKEN_WORD)
      {
        guint32 k = tok_month (a, j + n, &m);

        if (k > j + n)
          {
            spec->kind = SPEC_MONTH_REL;
            spec->m = m, spec->rel = rel, spec->future = rel == 1;
            return k;
          }
        if (tok_unit (a, j + n, &unit, &one) && !one)
          {
            spec->kind = rel == -1 ? SPEC_LAST : rel == 1 ? SPEC_NEXT : SPEC_THIS;
            spec->unit = unit, spec->part = part, spec->future = rel == 1;
            return j + n + 1;
          }
        /* "the past year", "the last two weeks": handled below */
      }
  }

  /* "in the past year", "dalam setahun terakhir", "over the last two weeks" */
  {
    guint32 k = j;
    guint32 w;

    if (tok_date_word (a, k, DW_PAST, &w) || tok_date_word (a, k, DW_LAST, &w))
      {
        k += w;
        count = 1;
        tok_count (a, k, &count) && (k++, TRUE);
        if (tok_unit (a, k, &unit, &one) && k > j)
          {
            spec->kind = SPEC_PAST_SPAN;
            spec->unit = unit, spec->n = count;
            return k + 1;
          }
      }
  }

  /* counted units: "dua hari lalu", "a week ago", "sepekan lalu",
   * "dalam setahun terakhir", "dua pekan mendatang" */
  {
    guint32 k = j;
    gboolean few = FALSE;

    count = 0;
    if (tok_count (a, k, &count))
      k++;
    else if (tok_date_word (a, k, DW_FEW, &n))
      {
        few = TRUE;
        k += n;
      }
    if (tok_unit (a, k, &unit, &one))
      {
        guint32 after = k + 1;

        if (one)
          count = count > 0 ? count : 1;
        /* "hari" alone is not a date: "hari Minggu" is read as a weekday */
        if (count > 0 || few)
          {
            if (tok_date_word (a, after, DW_AGO, &n))
              {
                spec->kind = few ? SPEC_FEW : SPEC_OFFSET;
                spec->unit = unit, spec->n = -count;
                return after + n;
              }
            if (tok_date_word (a, after, DW_PAST, &n))
              {
                spec->kind = SPEC_PAST_SPAN;
                spec->unit = unit, spec->n = MAX (count, 1);
                return after + n;
              }
            if (tok_date_word (a, after, DW_NEXT, &n) && !few)
              {
                spec->kind = SPEC_OFFSET;
                spec->unit = unit, spec->n = count, spec->future = TRUE;
                return after + n;
              }
          }
        else
          {
            /* "pekan lalu", "bulan ini", "tahun depan", "awal pekan ini" */
            if (tok_date_word (a, after, DW_AGO, &n))
              {
                spec->kind = SPEC_LAST;
                spec->unit = unit, spec->part = part;
                return after + n;
              }
            if (tok_date_word (a, after, DW_THIS, &n))
              {
                spec->kind = SPEC_THIS;
                spec->unit = unit, spec->part = part;
                return after + n;
              }
            if (tok_date_word (a, after, DW_NEXT, &n))
              {
                spec->kind = SPEC_NEXT;
                spec->unit = unit, spec->part = part, spec->future = TRUE;
                return after + n;
              }
            /* "tahun 2019", "bulan Maret", "bulan Februari 2022" */
            if (unit == DW_YEAR_UNIT && tok_year (a, after, &y))
              {
                spec->kind = SPEC_YEAR;
                spec->y = y;
                spec->stated = TRUE;
                return after + 1;
              }
          }
      }
  }

  /* "earlier this year", "later this month" */
  if (part != 0)
    {
      guint32 w;

      if (tok_date_word (a, j, DW_THIS, &w) && tok_unit (a, j + w, &unit, &one))
        {
          spec->kind = SPEC_THIS;
          spec->unit = unit, spec->part = part;
          return j + w + 1;
        }
      if (tok_date_word (a, j, DW_LAST, &w) && tok_unit (a, j + w, &unit, &one))
        {
          spec->kind = SPEC_LAST;
          spec->unit = unit, spec->part = part;
          return j + w + 1;
        }
    }
  return i;
}

/* A month without its year, with what may follow: "Juni tahun lalu",
 * "Maret lalu", "Juli mendatang". Only after a word that makes it a date
 * ("pada", "bulan", "in", "since"), or with such a follower: "May" alone
 * may be a verb. */
static guint32
parse_month (const Article *a,
             guint32        i,
             gboolean       introduced,
             DateSpec      *spec)
{
  guint32 k, n;
  int m = 0, unit = 0;
  gboolean one;

  memset (spec, 0, sizeof *spec);
  k = tok_month (a, i, &m);
  if (k == i)
    return i;

  spec->kind = SPEC_MONTH_REL;
  spec->m = m;
  if (tok_unit (a, k, &unit, &one) && unit == DW_YEAR_UNIT && !one)
    {
      if (tok_date_word (a, k + 1, DW_AGO, &n))
        {
          spec->rel = -2;
          return k + 1 + n;
        }
      if (tok_date_word (a, k + 1, DW_THIS, &n))
        {
          spec->rel = 2;
          return k + 1 + n;
        }
      if (tok_date_word (a, k + 1, DW_NEXT, &n))
        {
          spec->rel = 3;
          spec->future = TRUE;
          return k + 1 + n;
        }
    }
  if (tok_date_word (a, k, DW_AGO, &n))
    {
      spec->rel = -1;
      return k + n;
    }
  if (tok_date_word (a, k, DW_NEXT, &n))
    {
      spec->rel = 1;
      spec->future = TRUE;
      return k + n;
    }
  if (!introduced)
    return i;
  spec->rel = 0;
  return k;
}

/* ---- resolving ---- */

static void
month_interval (int        y,
                int        m,
                TautanDay *from,
                TautanDay *to)
{
  *from = tautan_day_from_ymd (y, m, 1);
  *to = tautan_day_from_ymd (y, m, tautan_days_in_month (y, m));
}

static void
add_months (int *y,
            int *m,
            int  n)
{
  int total = *y * 12 + (*m - 1) + n;

  *y = total / 12;
  *m = total % 12 + 1;
}

static TautanDay
monday_of (TautanDay day)
{
  return day - (tautan_day_weekday (day) - 1);
}

static void
part_of (int        part,
         TautanDay  first,
         TautanDay  last,
         TautanDay *from,
         TautanDay *to)
{
  /* Thirds of the period: early, middle, late. */
  TautanDay span = last - first + 1;

  *from = first;
  *to = last;
  if (part == DW_EARLY)
    *to = first + span / 3 - 1 + (span % 3 > 0);
  else if (part == DW_MID)
    {
      *from = first + span / 3;
      *to = last - span / 3;
    }
  else if (part == DW_LATE)
    *from = last - span / 3 + 1 - (span % 3 > 0);
}

static gboolean
valid_year (int y)
{
  return y >= 1 && y <= 9999;
}

/* The interval @spec stands for against one anchor day. */
static gboolean
resolve_at (const DateSpec  *s,
            TautanDay        anchor,
            TautanDay       *from,
            TautanDay       *to,
            TautanPrecision *precision)
{
  int ay = 0, am = 0, ad = 0;
  int y, m;

  if (anchor != TAUTAN_DAY_NONE)
    tautan_day_to_ymd (anchor, &ay, &am, &ad);

  switch (s->kind)
    {
    case SPEC_DAY:
    case SPEC_DAYS:
      y = s->y;
      if (y == 0)
        {
          TautanDay best = TAUTAN_DAY_NONE;

          if (anchor == TAUTAN_DAY_NONE)
            return FALSE;
          /* The year that puts the day nearest the anchor; unless the verb
           * is future, not more than a month after it, as "pada bulan
           * Maret" is the last March: "Aug. 2" in a March article is last
           * August, while "Rabu (12/6)" may be next week's Wednesday. */
          for (int c = ay - 1; c <= ay + 1; c++)
            {
              TautanDay d;

              if (!valid_year (c) || s->d > tautan_days_in_month (c, s->m))
                continue;
              d = tautan_day_from_ymd (c, s->m, s->d);
              if (!s->future && d > anchor + DAY_AHEAD_MAX)
                continue;
              if (best == TAUTAN_DAY_NONE || ABS (d - anchor) < ABS (best - anchor))
                best = d, y = c;
            }
          if (best == TAUTAN_DAY_NONE)
            return FALSE;
        }
      if (!valid_year (y) || s->d > tautan_days_in_month (y, s->m))
        return FALSE;
      *from = tautan_day_from_ymd (y, s->m, s->d);
      *to = s->kind == SPEC_DAYS ? tautan_day_from_ymd (y, s->m, s->d2) : *from;
      *precision = *to == *from ? TAUTAN_PRECISION_DAY : *to - *from < 7 ? TAUTAN_PRECISION_WEEK : TAUTAN_PRECISION_RANGE;
      return TRUE;

    case SPEC_MONTH:
      if (!valid_year (s->y))
        return FALSE;
      month_interval (s->y, s->m, from, to);
      *precision = TAUTAN_PRECISION_MONTH;
      return TRUE;

    case SPEC_YEAR:
      if (!valid_year (s->y))
        return FALSE;
      *from = tautan_day_from_ymd (s->y, 1, 1);
      *to = tautan_day_from_ymd (s->y, 12, 31);
      *precision = TAUTAN_PRECISION_YEAR;
      return TRUE;

    case SPEC_YEAR_PART:
      if (!valid_year (s->y))
        return FALSE;
      part_of (s->part, tautan_day_from_ymd (s->y, 1, 1), tautan_day_from_ymd (s->y, 12, 31), from, to);
      *precision = TAUTAN_PRECISION_RANGE;
      return TRUE;

    case SPEC_MONTH_PART:
    case SPEC_MONTH_REL:
      y = s->y;
      if (y == 0)
        {
          if (anchor == TAUTAN_DAY_NONE)
            return FALSE;
          y = ay;
          switch (s->rel)
            {
            case -2: y = ay - 1; break;                     /* Juni tahun lalu */
            case 2: y = ay; break;                          /* Juni tahun ini */
            case 3: y = ay + 1; break;                      /* Juni tahun depan */
            case -1: if (s->m >= am) y = ay - 1; break;     /* Juni lalu, last June */
            case 1: if (s->m <= am) y = ay + 1; break;      /* Juni mendatang */
            default:
              /* "pada bulan Maret": the nearest March not after the
               * anchor, or the coming one when the verb is future. */
              if (s->future ? s->m < am : s->m > am)
                y = s->future ? ay + 1 : ay - 1;
              break;
            }
        }
      if (!valid_year (y))
        return FALSE;
      month_interval (y, s->m, from, to);
      *precision = TAUTAN_PRECISION_MONTH;
      if (s->kind == SPEC_MONTH_PART)
        {
          part_of (s->part, *from, *to, from, to);
          *precision = TAUTAN_PRECISION_RANGE;
        }
      return TRUE;

    default:
      break;
    }

  if (anchor == TAUTAN_DAY_NONE)
    return FALSE;

  switch (s->kind)
    {
    case SPEC_WEEKDAY:
      {
        int diff = tautan_day_weekday (anchor) - s->wd;

        if (s->future)
          *from = anchor + ((s->wd - tautan_day_weekday (anchor) + 7) % 7);
        else
          *from = anchor - ((diff + 7) % 7) - (s->rel == -1 && diff == 0 ? 7 : 0);
        *to = *from;
        *precision = TAUTAN_PRECISION_DAY;
        return TRUE;
      }

    case SPEC_YESTERDAY:
      *from = *to = anchor - 1;
      *precision = TAUTAN_PRECISION_DAY;
      return TRUE;

    case SPEC_TODAY:
      *from = *to = anchor;
      *precision = TAUTAN_PRECISION_DAY;
      return TRUE;

    case SPEC_TOMORROW:
      *from = *to = anchor + 1;
      *precision = TAUTAN_PRECISION_DAY;
      return TRUE;

    case SPEC_LAST_NIGHT:
      *from = anchor - 1;
      *to = anchor;
      *precision = TAUTAN_PRECISION_WEEK;
      return TRUE;

    case SPEC_WEEKEND:
      {
        /* the Saturday and Sunday before the anchor, or this one */
        int wd = tautan_day_weekday (anchor);
        TautanDay saturday = wd >= 6 ? anchor - (wd - 6) : anchor - wd - 1;

        *from = saturday;
        *to = MIN (saturday + 1, anchor);
        *precision = TAUTAN_PRECISION_WEEK;
        return TRUE;
      }

    case SPEC_OFFSET:
    case SPEC_FEW:
      {
        int n = s->kind == SPEC_FEW ? -2 : s->n;
        int far = s->kind == SPEC_FEW ? -7 : s->n;

        switch (s->unit)
          {
          case DW_DAY_UNIT:
            *from = anchor + MIN (n, far);
            *to = anchor + MAX (n, far);
            *precision = *from == *to ? TAUTAN_PRECISION_DAY : TAUTAN_PRECISION_RANGE;
            return TRUE;
          case DW_WEEK_UNIT:
            if (s->kind == SPEC_FEW)
              {
                *from = anchor - 7 * 6;
                *to = anchor - 7 * 2;
                *precision = TAUTAN_PRECISION_RANGE;
                return TRUE;
              }
            /* "a week ago": the seven days around that day */
            *from = anchor + 7 * n - 3;
            *to = anchor + 7 * n + 3;
            *precision = TAUTAN_PRECISION_WEEK;
            return TRUE;
          case DW_MONTH_UNIT:
            y = ay, m = am;
            add_months (&y, &m, s->kind == SPEC_FEW ? -6 : n);
            if (!valid_year (y))
              return FALSE;
            month_interval (y, m, from, to);
            *precision = TAUTAN_PRECISION_MONTH;
            if (s->kind == SPEC_FEW)
              {
                TautanDay end;

                y = ay, m = am;
                add_months (&y, &m, -2);
                month_interval (y, m, &end, to);
                *precision = TAUTAN_PRECISION_RANGE;
              }
            return TRUE;
          case DW_YEAR_UNIT:
            y = ay + (s->kind == SPEC_FEW ? -6 : n);
            if (!valid_year (y) || !valid_year (ay - 2))
              return FALSE;
            *from = tautan_day_from_ymd (y, 1, 1);
            *to = tautan_day_from_ymd (s->kind == SPEC_FEW ? ay - 2 : y, 12, 31);
            *precision = s->kind == SPEC_FEW ? TAUTAN_PRECISION_RANGE : TAUTAN_PRECISION_YEAR;
            return TRUE;
          default:
            return FALSE;
          }
      }

    case SPEC_THIS:
    case SPEC_LAST:
    case SPEC_NEXT:
      {
        int shift = s->kind == SPEC_LAST ? -1 : s->kind == SPEC_NEXT ? 1 : 0;
        TautanDay first, last;

        switch (s->unit)
          {
          case DW_WEEK_UNIT:
            first = monday_of (anchor) + 7 * shift;
            last = first + 6;
            *precision = TAUTAN_PRECISION_WEEK;
            break;
          case DW_MONTH_UNIT:
            y = ay, m = am;
            add_months (&y, &m, shift);
            if (!valid_year (y))
              return FALSE;
            month_interval (y, m, &first, &last);
            *precision = TAUTAN_PRECISION_MONTH;
            break;
          case DW_YEAR_UNIT:
            if (!valid_year (ay + shift))
              return FALSE;
            first = tautan_day_from_ymd (ay + shift, 1, 1);
            last = tautan_day_from_ymd (ay + shift, 12, 31);
            *precision = TAUTAN_PRECISION_YEAR;
            break;
          case DW_DAY_UNIT:
          default:
            return FALSE;
          }
        *from = first;
        *to = last;
        if (s->part != 0)
          {
            part_of (s->part, first, last, from, to);
            *precision = *to - *from < 7 ? TAUTAN_PRECISION_WEEK : TAUTAN_PRECISION_RANGE;
          }
        /* What this week has done so far cannot be after the anchor. */
        if (s->kind == SPEC_THIS && !s->future && *to > anchor && *precision != TAUTAN_PRECISION_MONTH
            && *precision != TAUTAN_PRECISION_YEAR)
          *to = MAX (*from, anchor);
        /* "this week" so far: weeks start on Sunday in American usage and
         * on Monday in ISO and Indonesian usage; the days since the earlier
         * of the two still fit in a week */
        if (s->kind == SPEC_THIS && !s->future && s->unit == DW_WEEK_UNIT && s->part == 0
            && *to == anchor && anchor - *from < 6)
          *from -= 1;
        return TRUE;
      }

    case SPEC_PAST_SPAN:
      {
        *to = anchor;
        switch (s->unit)
          {
          case DW_DAY_UNIT: *from = anchor - s->n; break;
          case DW_WEEK_UNIT: *from = anchor - 7 * s->n; break;
          case DW_MONTH_UNIT:
            y = ay, m = am;
            add_months (&y, &m, -s->n);
            if (!valid_year (y))
              return FALSE;
            *from = tautan_day_from_ymd (y, m, MIN (ad, tautan_days_in_month (y, m)));
            break;
          case DW_YEAR_UNIT:
            if (!valid_year (ay - s->n))
              return FALSE;
            *from = tautan_day_from_ymd (ay - s->n, am, MIN (ad, tautan_days_in_month (ay - s->n, am)));
            break;
          default:
            return FALSE;
          }
        *precision = *to - *from < 7 ? TAUTAN_PRECISION_WEEK : TAUTAN_PRECISION_RANGE;
        return TRUE;
      }

    default:
      return FALSE;
    }
}

/**
 * _tautan_date_spec_resolve:
 * @anchor_from: the article's date, or the earliest it can be
 * @anchor_to: the latest it can be (= @anchor_from when known)
 *
 * Turns what an expression says into an interval. A stated date needs no
 * anchor; a relative one against an uncertain anchor becomes the hull of
 * its resolutions at both ends, marked inferred.
 */
void
_tautan_date_spec_resolve (const DateSpec *spec,
                           TautanDay       anchor_from,
                           TautanDay       anchor_to,
                           TautanDateExpr *expr)
{
  TautanDay f1, t1, f2, t2;
  TautanPrecision p1, p2;
  gboolean stated = spec->stated && (spec->kind != SPEC_DAY || spec->y != 0);

  expr->flags = 0;
  if (spec->future)
    expr->flags |= TAUTAN_DATE_EXPR_FUTURE;
  if ((spec->kind == SPEC_DAY && spec->y != 0))
    expr->flags |= TAUTAN_DATE_EXPR_FULL_DATE;

  /* "(12/6)" states the day; only the year is taken from the anchor. */
  if (spec->kind == SPEC_DAY && spec->y == 0 && spec->stated)
    stated = TRUE;
  expr->method = stated ? TAUTAN_DATE_STATED : TAUTAN_DATE_RELATIVE;
  if (spec->since)
    {
      /* "sejak 2022": from then up to the article's date */
      DateSpec inner = *spec;

      inner.since = FALSE;
      _tautan_date_spec_resolve (&inner, anchor_from, anchor_to, expr);
      if (expr->from != TAUTAN_DAY_NONE && anchor_to != TAUTAN_DAY_NONE && anchor_to > expr->to)
        expr->to = anchor_to;
      else if (anchor_to == TAUTAN_DAY_NONE)
        expr->flags |= TAUTAN_DATE_EXPR_UNANCHORED;
      expr->precision = TAUTAN_PRECISION_RANGE;
      expr->flags &= ~TAUTAN_DATE_EXPR_FULL_DATE;
      return;
    }
  if (!(spec->stated && spec->y != 0))
    expr->flags |= TAUTAN_DATE_EXPR_RELATIVE;

  if ((spec->stated && spec->y != 0) || anchor_from == anchor_to)
    {
      if (!resolve_at (spec, anchor_from, &f1, &t1, &p1))
        goto unresolved;
      expr->from = f1;
      expr->to = t1;
      expr->precision = p1;
      return;
    }

  if (anchor_from == TAUTAN_DAY_NONE || anchor_to == TAUTAN_DAY_NONE
      || !resolve_at (spec, anchor_from, &f1, &t1, &p1) || !resolve_at (spec, anchor_to, &f2, &t2, &p2))
    goto unresolved;

  expr->from = MIN (f1, f2);
  expr->to = MAX (t1, t2);
  expr->precision = (f1 == f2 && t1 == t2) ? p1 : TAUTAN_PRECISION_RANGE;
  expr->method = TAUTAN_DATE_INFERRED;
  return;

unresolved:
  expr->from = expr->to = TAUTAN_DAY_NONE;
  expr->precision = TAUTAN_PRECISION_RANGE;
  expr->flags |= TAUTAN_DATE_EXPR_UNANCHORED;
}

/* ---- finding expressions ---- */

static guint32
parse_at (const Article *a,
          guint32        i,
          DateSpec      *spec)
{
  guint32 j = i, k, n;
  gboolean introduced = FALSE;
  gboolean since = FALSE;
  int unit, m, y;
  gboolean one;

  /* "pada", "pada hari", "on", "in", "tanggal", "bulan" and "sejak" stay
   * with the expression, as curators quote it: "pada Minggu 19 Juni 2022". */
  if (tok_date_word (a, j, DW_SINCE, &n))
    {
      since = TRUE;
      introduced = TRUE;
      j += n;
    }
  if (tok_date_word (a, j, DW_ON, &n))
    {
      introduced = TRUE;
      j += n;
      /* "in the past year" */
      if (j < article_n_tokens (a) && article_token (a, j)->end - article_token (a, j)->start == 3
          && g_ascii_strncasecmp (a->text + article_token (a, j)->start, "the", 3) == 0)
        j++;
    }
  if (tok_unit (a, j, &unit, &one) && !one && unit == DW_MONTH_UNIT && tok_month (a, j + 1, &m) > j + 1)
    {
      introduced = TRUE;
      j++;
    }
  else if (tok_unit (a, j, &unit, &one) && !one && unit == DW_DAY_UNIT
           && _article_token_is (a, j + 1, LEX_WEEKDAY, NULL))
    j++;

  k = parse_absolute (a, j, spec);
  if (k == j)
    k = parse_relative (a, j, spec);
  if (k == j)
    k = parse_month (a, j, introduced || (j > 0 && tok_date_word (a, j - 1, DW_EARLY, &n)), spec);
  /* "pada 2022", "in 2022", "sejak 2019": a bare year needs the word */
  if (k == j && introduced && tok_year (a, j, &y))
    {
      memset (spec, 0, sizeof *spec);
      spec->kind = SPEC_YEAR;
      spec->y = y;
      spec->stated = TRUE;
      k = j + 1;
    }
  if (k == j)
    return i;

  if (!spec->future && future_before (a, i))
    spec->future = TRUE;
  spec->since = since;
  return k;
}

/* Whether parse_at() can find anything at @i: every expression starts with
 * a number, "(", or a date, weekday, month or number word. Most tokens are
 * none of these, and are passed over without trying each form. */
static inline gboolean
may_start_date (const Article *a,
                guint32        i)
{
  const Token *t = article_token (a, i);

  if (t->kind == TOKEN_NUMBER || _article_token_is_char (a, i, '('))
    return TRUE;
  return (a->token_kinds[i] & (KIND_BIT (LEX_DATE_WORD) | KIND_BIT (LEX_WEEKDAY) | KIND_BIT (LEX_MONTH)
                               | KIND_BIT (LEX_NUMBER_WORD))) != 0;
}

/**
 * _tautan_extract_dates:
 *
 * Finds every date expression of the article's tokens, unresolved.
 */
void
_tautan_extract_dates (Article *a)
{
  guint32 n = article_n_tokens (a);

  if (a->dates == NULL)
    a->dates = g_array_new (FALSE, FALSE, sizeof (ArticleDateExpr));
  g_array_set_size (a->dates, 0);
  g_free (a->token_date);
  a->token_date = g_new (guint32, MAX (n, 1));
  for (guint32 i = 0; i < n; i++)
    a->token_date[i] = NO_INDEX;

  for (guint32 i = 0; i < n; i++)
    {
      ArticleDateExpr e = { 0 };
      guint32 end;

      if (!may_start_date (a, i))
        continue;
      end = parse_at (a, i, &e.spec);

      if (end <= i)
        continue;
      e.first_token = i;
      e.end_token = end;
      e.expr.start = article_token (a, i)->start;
      e.expr.end = article_token (a, end - 1)->end;
      e.expr.cp_start = article_token (a, i)->cp;
      e.expr.cp_end = article_token (a, end - 1)->cp_end;
      e.expr.from = e.expr.to = TAUTAN_DAY_NONE;
      for (guint32 k = i; k < end; k++)
        a->token_date[k] = a->dates->len;
      g_array_append_val (a->dates, e);
      i = end - 1;
    }
}

/* Resolves every expression against the article's anchor. */
void
_tautan_resolve_dates (Article *a)
{
  for (guint i = 0; i < a->dates->len; i++)
    {
      ArticleDateExpr *e = &g_array_index (a->dates, ArticleDateExpr, i);
      TautanDateExpr resolved = e->expr;

      _tautan_date_spec_resolve (&e->spec, a->anchor_from, a->anchor_to, &resolved);
      /* An undated article's anchor may start early: "tahun lalu"
       * at its first day would fall before year 1, which no dataset holds. */
      if (resolved.from != TAUTAN_DAY_NONE)
        {
          resolved.from = CLAMP (resolved.from, tautan_day_from_ymd (1, 1, 1), tautan_day_from_ymd (9999, 12, 31));
          resolved.to = CLAMP (resolved.to, resolved.from, tautan_day_from_ymd (9999, 12, 31));
        }
      e->expr.from = resolved.from;
      e->expr.to = resolved.to;
      e->expr.precision = resolved.precision;
      e->expr.method = resolved.method;
      e->expr.flags = resolved.flags;
    }
}

/**
 * tautan_date_expr_find:
 * @text: UTF-8 text
 * @len: its length, or -1 when NUL-terminated
 * @language: (nullable): "id" or "en": the order of numeric dates
 * @anchor_from: the day relative expressions count from, or %TAUTAN_DAY_NONE
 * @anchor_to: the latest that day can be (= @anchor_from when known)
 *
 * Returns: (transfer full) (element-type TautanDateExpr): every date
 *   expression in @text, in order; those that cannot be resolved have
 *   %TAUTAN_DATE_EXPR_UNANCHORED and no interval
 */
GArray *
tautan_date_expr_find (const char *text,
                       gssize      len,
                       const char *language,
                       TautanDay   anchor_from,
                       TautanDay   anchor_to)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (TautanDateExpr));
  TautanExtractOptions options = { 0 };
  TautanArticle article = { 0 };
  g_autofree char *copy = NULL;
  Article a;

  g_return_val_if_fail (text != NULL, out);

  if (len < 0)
    len = strlen (text);
  if (!g_utf8_validate_len (text, len, NULL) || memchr (text, '\0', len) != NULL)
    return out;
  /* The parsers look one byte ahead and stop at the NUL: @text need not
   * have one after @len bytes. */
  copy = g_strndup (text, len);
  text = copy;

  _article_init (&a, tautan_gazetteer_get_default (), &options, &article, text, len);
  _tautan_tokenize (a.text, a.len, a.tokens);
  _article_match_all (&a);
  a.language = g_strcmp0 (language, "en") == 0 ? 1 : 0;
  a.anchor_from = anchor_from;
  a.anchor_to = anchor_to == TAUTAN_DAY_NONE ? anchor_from : anchor_to;
  _tautan_extract_dates (&a);
  _tautan_resolve_dates (&a);
  for (guint i = 0; i < a.dates->len; i++)
    g_array_append_val (out, g_array_index (a.dates, ArticleDateExpr, i).expr);
  _article_clear (&a);
  return out;
}

/**
 * tautan_date_expr_parse_day:
 * @text: one date: "2024-05-13", "13 May 2024", "Senin, 13 Mei 2024",
 *   "12/6/2023" (day first)
 * @day: (out): the day
 *
 * Returns: whether @text is one full date and nothing else
 */
gboolean
tautan_date_expr_parse_day (const char *text,
                            TautanDay  *day)
{
  g_autoptr(GArray) found = NULL;
  g_autofree char *stripped = NULL;
  TautanDateExpr *e;

  g_return_val_if_fail (text != NULL, FALSE);

  if (tautan_day_parse (text, strlen (text), day))
    return TRUE;
  stripped = g_strstrip (g_strdup (text));
  found = tautan_date_expr_find (stripped, -1, "id", TAUTAN_DAY_NONE, TAUTAN_DAY_NONE);
  if (found->len != 1)
    return FALSE;
  e = &g_array_index (found, TautanDateExpr, 0);
  if (!(e->flags & TAUTAN_DATE_EXPR_FULL_DATE) || e->from == TAUTAN_DAY_NONE
      || e->precision != TAUTAN_PRECISION_DAY || e->start != 0 || e->end != strlen (stripped))
    return FALSE;
  *day = e->from;
  return TRUE;
}
