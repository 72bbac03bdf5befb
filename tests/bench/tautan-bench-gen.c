/* tautan-bench-gen.c: deterministic synthetic datasets for the benchmarks
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-bench-gen"

#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "tautan/tautan-date.h"
#include "tautan/tautan-taxonomy.h"

#include "tautan-bench-gen.h"

/* Written with stdio, not json-glib: a million events must take seconds,
 * and building a JSON tree that size would cost gigabytes. */

/* splitmix64: tiny, fast and the same on every libc, unlike rand(). */
typedef struct
{
  guint64 state;
} Rng;

static guint64
rng_next (Rng *rng)
{
  guint64 z = (rng->state += 0x9E3779B97F4A7C15ull);

  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

static double
rng_double (Rng *rng)
{
  return (double)(rng_next (rng) >> 11) * 0x1.0p-53;
}

static guint
rng_below (Rng   *rng,
           guint  n)
{
  return (guint)(((rng_next (rng) >> 32) * (guint64)n) >> 32);
}

/* Popularity skewed like news coverage: a few hub entities appear in a
 * large share of the events (index 0 in ~n^-1/3 of them). */
static guint
rng_popular (Rng   *rng,
             guint  n)
{
  double u = rng_double (rng);
  guint i = (guint)(n * u * u * u);

  return MIN (i, n - 1);
}

static const char *const words[] = {
  "the", "minister", "said", "talks", "would", "continue", "after", "a", "meeting", "in",
  "Seoul", "Pyongyang", "Moskwa", "Jakarta", "officials", "weapons", "agreement", "sanctions",
  "pemerintah", "mengatakan", "kerja", "sama", "militer", "bantuan", "pernyataan", "dengan",
  "yang", "dan", "tidak", "akan", "negara", "both", "sides", "signed", "denied", "reports",
  "café", "Genève", "São", "Paulo", "Zürich", "délégation", "résolution", "naïve", "“official”",
  "council", "border", "troops", "shipment", "summit", "envoy", "ministry", "spokesperson",
};

static const char *const cities[] = {
  "Jakarta", "Seoul", "Moskwa", "Pyongyang", "Tokyo", "Beijing", "Kyiv", "Genève",
};

static const char *const outlets[] = {
  "Kompas", "Republika", "Tempo", "Antara", "Detik", "Example News", "Example Wire", "CNN Indonesia",
};

static const char *const month_names[] = {
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
};

typedef struct
{
  guint start;   /* bytes into the text */
  guint end;
} Span;

typedef struct
{
  GString *text;
  GArray  *sentences;   /* Span: the words of each sentence, no full stop */
} SourceText;

static void
write_json_string (FILE       *out,
                   const char *s)
{
  fputc ('"', out);
  for (const char *p = s; *p != '\0'; p++)
    {
      unsigned char c = (unsigned char)*p;

      if (c == '"' || c == '\\')
        {
          fputc ('\\', out);
          fputc (c, out);
        }
      else if (c < 0x20)
        fprintf (out, "\\u%04x", c);
      else
        fputc (c, out);
    }
  fputc ('"', out);
}

static void
make_source_text (Rng        *rng,
                  SourceText *st)
{
  guint n_sentences = 4 + rng_below (rng, 5);

  st->text = g_string_new (NULL);
  st->sentences = g_array_new (FALSE, FALSE, sizeof (Span));

  /* A dateline with an en dash: code-point offsets differ from bytes. */
  g_string_append_printf (st->text, "%s – ", cities[rng_below (rng, G_N_ELEMENTS (cities))]);
  for (guint s = 0; s < n_sentences; s++)
    {
      guint n_words = 6 + rng_below (rng, 9);
      Span span;

      if (s > 0)
        g_string_append_c (st->text, ' ');
      span.start = (guint)st->text->len;
      for (guint w = 0; w < n_words; w++)
        {
          const char *word = words[rng_below (rng, G_N_ELEMENTS (words))];

          if (w > 0)
            g_string_append_c (st->text, ' ');
          if (w == 0 && g_ascii_islower (word[0]))
            {
              g_string_append_c (st->text, g_ascii_toupper (word[0]));
              g_string_append (st->text, word + 1);
            }
          else
            g_string_append (st->text, word);
        }
      span.end = (guint)st->text->len;
      g_array_append_val (st->sentences, span);
      g_string_append_c (st->text, '.');
    }
}

static void
write_date (FILE      *out,
            TautanDay  day)
{
  char buf[11];

  tautan_day_format_buf (day, buf);
  fputc ('"', out);
  fputs (buf, out);
  fputc ('"', out);
}

gboolean
tautan_bench_gen_write (const char *path,
                        guint       n_events,
                        guint       n_entities,
                        guint64     seed,
                        GError    **error)
{
  TautanTaxonomy *taxonomy = tautan_taxonomy_get_default ();
  guint n_types = tautan_taxonomy_get_n_types (taxonomy);
  guint n_sources = MAX (1, n_entities / 50);
  guint n_quotes = MIN (300, n_events / 10);
  guint stride = n_quotes > 0 ? n_events / n_quotes : 0;
  const TautanDay first = tautan_day_from_ymd (2015, 1, 1);
  const TautanDay last = tautan_day_from_ymd (2024, 12, 31);
  const guint n_days = (guint)(last - first + 1);
  g_autofree guint8 *kinds = NULL;
  g_autofree guint *states = NULL;
  g_autofree guint *quote_source = NULL;
  g_autofree guint *quote_sentence = NULL;
  g_autofree guint *quote_speaker = NULL;
  g_autofree char *iobuf = NULL;
  SourceText *texts = NULL;
  guint n_states = 0;
  Rng rng = { seed };
  FILE *out;
  int saved_errno;

  g_return_val_if_fail (n_entities >= 2, FALSE);
  g_return_val_if_fail (n_types > 0, FALSE);

  out = fopen (path, "w");
  if (out == NULL)
    {
      saved_errno = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "cannot write %s: %s", path, g_strerror (saved_errno));
      return FALSE;
    }
  iobuf = g_malloc (1 << 20);
  setvbuf (out, iobuf, _IOFBF, 1 << 20);

  fprintf (out, "{\"format\":\"tautan-dataset\",\"version\":1,"
           "\"title\":\"Bench: %u events, %u entities\","
           "\"description\":\"Synthetic, seed %" G_GUINT64_FORMAT "\",\n", n_events, n_entities, seed);

  /* Sources first, in memory: quotes are cut from their texts later. */
  texts = g_new0 (SourceText, n_sources);
  fputs ("\"sources\":[\n", out);
  for (guint s = 0; s < n_sources; s++)
    {
      gboolean relayed = rng_below (&rng, 5) == 0;

      make_source_text (&rng, &texts[s]);
      fprintf (out, "%s{\"id\":\"s%u\",\"outlet\":\"%s\",\"title\":\"Report %u\",", s > 0 ? ",\n" : "",
               s, outlets[rng_below (&rng, G_N_ELEMENTS (outlets))], s);
      if (s % 3 == 0)
        fputs ("\"url\":null,", out);
      else
        fprintf (out, "\"url\":\"https://example.org/news/%u\",", s);
      fprintf (out, "\"language\":\"%s\",\"published\":", s % 2 ? "en" : "id");
      write_date (out, first + (TautanDay)rng_below (&rng, n_days));
      if (relayed)
        fputs (",\"origin\":\"relayed\",\"relayed_from\":[{\"name\":\"Antara\",\"state_media\":true,"
               "\"words\":\"dikutip Antara\"}]", out);
      else
        fputs (",\"origin\":\"own\"", out);
      fputs (",\"state_media\":false,\"text\":", out);
      write_json_string (out, texts[s].text->str);
      fputc ('}', out);
    }

  /* Kinds before entities, so persons can point at a state. */
  kinds = g_new (guint8, n_entities);
  states = g_new (guint, n_entities);
  for (guint e = 0; e < n_entities; e++)
    {
      static const guint8 kind_table[20] = {
        0, 0, 0, 0, 0, 0, 0, 0,   /* person */
        1, 1,                     /* state */
        2, 2, 2, 2,               /* organisation */
        3,                        /* armed-group */
        4, 4,                     /* media */
        5,                        /* place */
        6, 6,                     /* unnamed-group */
      };

      kinds[e] = kind_table[rng_below (&rng, G_N_ELEMENTS (kind_table))];
      if (kinds[e] == 1)
        states[n_states++] = e;
    }

  fputs ("],\n\"entities\":[\n", out);
  for (guint e = 0; e < n_entities; e++)
    {
      static const char *const kind_ids[] = {
        "person", "state", "organisation", "armed-group", "media", "place", "unnamed-group",
      };

      fprintf (out, "%s{\"id\":\"e%u\",\"name\":\"Entity %u\",\"kind\":\"%s\"", e > 0 ? ",\n" : "",
               e, e, kind_ids[kinds[e]]);
      if (e % 5 == 0)
        fprintf (out, ",\"aliases\":[\"Ent-%u\",\"Entitas %u\"]", e, e);
      if (kinds[e] == 0 && n_states > 0)
        fprintf (out, ",\"affiliation\":\"e%u\"", states[rng_below (&rng, n_states)]);
      if (kinds[e] == 0 && e % 4 == 0)
        fputs (",\"role\":\"Minister\"", out);
      fputc ('}', out);
    }

  quote_source = g_new (guint, MAX (n_quotes, 1));
  quote_sentence = g_new (guint, MAX (n_quotes, 1));
  quote_speaker = g_new (guint, MAX (n_quotes, 1));
  for (guint q = 0; q < n_quotes; q++)
    {
      quote_source[q] = rng_below (&rng, n_sources);
      quote_sentence[q] = rng_below (&rng, texts[quote_source[q]].sentences->len);
    }

  fputs ("],\n\"events\":[\n", out);
  for (guint i = 0; i < n_events; i++)
    {
      /* One quoted event in the middle of every stride. */
      gboolean quoted = stride > 0 && i % stride == stride / 2 && i / stride < n_quotes;
      guint q = quoted ? i / stride : 0;
      const TautanEventType *type = tautan_taxonomy_get_event_type (taxonomy, rng_popular (&rng, n_types));
      double p = rng_double (&rng);
      double r;
      const char *precision;
      char words_buf[64];
      TautanDay start, end;
      guint actor, targets[2], n_targets = 1;
      const char *status;
      int y, m, d;

      if (p < 0.90)
        {
          start = end = first + (TautanDay)rng_below (&rng, n_days);
          tautan_day_to_ymd (start, &y, &m, &d);
          precision = "day";
          g_snprintf (words_buf, sizeof words_buf, "on %d %s %d", d, month_names[m - 1], y);
        }
      else if (p < 0.94)
        {
          guint len = 1 + rng_below (&rng, 7);

          start = first + (TautanDay)rng_below (&rng, n_days - 6);
          end = start + (TautanDay)len - 1;
          precision = "week";
          g_strlcpy (words_buf, "last week", sizeof words_buf);
        }
      else if (p < 0.97)
        {
          y = 2015 + (int)rng_below (&rng, 10);
          m = 1 + (int)rng_below (&rng, 12);
          start = tautan_day_from_ymd (y, m, 1);
          end = tautan_day_from_ymd (y, m, tautan_days_in_month (y, m));
          precision = "month";
          g_snprintf (words_buf, sizeof words_buf, "in %s %d", month_names[m - 1], y);
        }
      else if (p < 0.985)
        {
          y = 2015 + (int)rng_below (&rng, 10);
          start = tautan_day_from_ymd (y, 1, 1);
          end = tautan_day_from_ymd (y, 12, 31);
          precision = "year";
          g_snprintf (words_buf, sizeof words_buf, "in %d", y);
        }
      else
        {
          guint len = 2 + rng_below (&rng, 364);

          start = first + (TautanDay)rng_below (&rng, n_days - len + 1);
          end = start + (TautanDay)len - 1;
          precision = "range";
          g_strlcpy (words_buf, "within the past year", sizeof words_buf);
        }

      actor = rng_popular (&rng, n_entities);
      targets[0] = rng_popular (&rng, n_entities);
      if (targets[0] == actor)
        targets[0] = (actor + 1) % n_entities;
      r = rng_double (&rng);
      if (r < 0.05)
        n_targets = 0;
      else if (r < 0.15 && n_entities > 2)
        {
          n_targets = 2;
          targets[1] = rng_popular (&rng, n_entities);
          while (targets[1] == actor || targets[1] == targets[0])
            targets[1] = (targets[1] + 1) % n_entities;
        }

      r = rng_double (&rng);
      status = r < 0.85 ? "reported" : r < 0.93 ? "claimed" : r < 0.97 ? "denied" : "confirmed";

      fprintf (out, "%s{\"id\":\"ev%u\",\"type\":\"%s\",\"date\":{\"start\":", i > 0 ? ",\n" : "", i, type->id);
      write_date (out, start);
      fputs (",\"end\":", out);
      write_date (out, end);
      fprintf (out, ",\"precision\":\"%s\"},\"date_basis\":{\"method\":\"stated\",\"words\":\"%s\"},"
               "\"actors\":[\"e%u\"],\"targets\":[", precision, words_buf, actor);
      for (guint t = 0; t < n_targets; t++)
        fprintf (out, "%s\"e%u\"", t > 0 ? "," : "", targets[t]);
      if (n_targets > 0)
        fprintf (out, "],\"summary\":\"Entity %u to Entity %u: %s.\",", actor, targets[0], type->label);
      else
        fprintf (out, "],\"summary\":\"Entity %u: %s.\",", actor, type->label);
      if (quoted)
        {
          quote_speaker[q] = actor;
          fprintf (out, "\"sources\":[\"s%u\"],\"quotes\":[\"q%u\"],", quote_source[q], q);
        }
      else
        fprintf (out, "\"sources\":[\"s%u\"],\"quotes\":[],", rng_below (&rng, n_sources));
      fprintf (out, "\"status\":\"%s\"}", status);
    }

  fputs ("],\n\"quotes\":[\n", out);
  for (guint q = 0; q < n_quotes; q++)
    {
      const SourceText *st = &texts[quote_source[q]];
      const Span *span = &g_array_index (st->sentences, Span, quote_sentence[q]);
      g_autofree char *text = g_strndup (st->text->str + span->start, span->end - span->start);
      glong start = g_utf8_strlen (st->text->str, span->start);
      glong end = start + g_utf8_strlen (text, -1);

      fprintf (out, "%s{\"id\":\"q%u\",\"source\":\"s%u\",\"text\":", q > 0 ? ",\n" : "", q, quote_source[q]);
      write_json_string (out, text);
      fprintf (out, ",\"start\":%ld,\"end\":%ld,\"speaker\":{\"entity\":\"e%u\"},"
               "\"attribution\":\"certain\",\"event\":\"ev%u\"}",
               start, end, quote_speaker[q], q * stride + stride / 2);
    }
  fputs ("]}\n", out);

  for (guint s = 0; s < n_sources; s++)
    {
      g_string_free (texts[s].text, TRUE);
      g_array_unref (texts[s].sentences);
    }
  g_free (texts);

  if (ferror (out))
    {
      saved_errno = errno;
      fclose (out);
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "cannot write %s: %s", path, g_strerror (saved_errno));
      return FALSE;
    }
  if (fclose (out) != 0)
    {
      saved_errno = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "cannot write %s: %s", path, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}
