/* tautan-extract.c: an article's text in, an extraction out
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The driver: it refuses what is not text (empty, binary, not UTF-8, too
 * large) with a clear reason, runs the passes in order (text and
 * furniture, quotes, names, the source, speakers, events), and turns
 * what they found into a TautanExtraction. `tautan extract --jsonl`
 * streams: one line in, one line out, nothing kept between lines, so
 * memory does not grow with the corpus.
 */

#define G_LOG_DOMAIN "tautan-extract"

#include "config.h"

#include <string.h>

#include "tautan/tautan-diagnostic.h"
#include "tautan/tautan-json-reader.h"
#include "tautan/tautan-json-scan.h"

#include "tautan-extract-private.h"
#include "tautan-extraction-private.h"
#include "tautan-utf8-private.h"

G_DEFINE_QUARK (tautan-extract-error-quark, tautan_extract_error)

/* JSONL lines may hold escaped text: a quarter of the line is text. */
#define MAX_LINE (4 * (gsize)TAUTAN_EXTRACT_MAX_ARTICLE)

void
tautan_article_init (TautanArticle *article)
{
  memset (article, 0, sizeof *article);
  article->len = -1;
  article->published = TAUTAN_DAY_NONE;
}

void
tautan_extract_options_init (TautanExtractOptions *options)
{
  memset (options, 0, sizeof *options);
  options->today = TAUTAN_DAY_NONE;
}

/* "000_c3e7", "a/b.txt" -> "a-b.txt": an id made of what is safe. */
char *
_tautan_slug (const char *text)
{
  GString *out = g_string_new (NULL);
  gboolean dash = FALSE;

  for (const char *p = text ? text : ""; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_unichar_tolower (g_utf8_get_char (p));

      if (c < 0x80 && (g_ascii_isalnum (c) || c == '_' || c == '.'))
        {
          if (dash && out->len > 0)
            g_string_append_c (out, '-');
          dash = FALSE;
          g_string_append_c (out, (char)c);
        }
      else if (g_unichar_isalnum (c))
        {
          if (dash && out->len > 0)
            g_string_append_c (out, '-');
          dash = FALSE;
          g_string_append_unichar (out, c);
        }
      else
        dash = TRUE;
    }
  if (out->len == 0)
    g_string_append (out, "article");
  return g_string_free (out, FALSE);
}

const char *
_tautan_event_summary_verb (const char *type)
{
  static const struct { const char *type, *verb; } verbs[] = {
    { "support", "supports" }, { "meet", "meets" }, { "accuse", "accuses" }, { "deny", "denies" },
    { "military-cooperation", "cooperates militarily with" }, { "sign-agreement", "signs an agreement with" },
    { "congratulate", "congratulates" }, { "criticise", "criticises" }, { "reject", "rejects" },
    { "threaten", "threatens" }, { "sanction", "sanctions" }, { "attack", "attacks" },
    { "supply-weapons", "supplies weapons to" }, { "aid", "gives aid to" }, { "promise", "makes a promise to" },
    { "appeal", "appeals to" }, { "vote", "votes for" }, { "statement", "makes a statement" },
  };

  for (guint i = 0; type != NULL && i < G_N_ELEMENTS (verbs); i++)
    if (g_str_equal (verbs[i].type, type))
      return verbs[i].verb;
  return type ? type : "acts";
}

/**
 * tautan_extract_check_text:
 *
 * Whether @text can be read as an article: not empty or blank, no NUL
 * byte (a binary file), valid UTF-8, and no larger than
 * %TAUTAN_EXTRACT_MAX_ARTICLE.
 */
gboolean
tautan_extract_check_text (const char  *text,
                           gsize        len,
                           GError     **error)
{
  const char *bad, *nul;
  gboolean blank = TRUE;

  if (len > TAUTAN_EXTRACT_MAX_ARTICLE)
    {
      g_set_error (error, TAUTAN_EXTRACT_ERROR, TAUTAN_EXTRACT_ERROR_TOO_LARGE,
                   "too large for an article (%" G_GSIZE_FORMAT " MB; the limit is %d MB): split it into articles",
                   len / (1024 * 1024), TAUTAN_EXTRACT_MAX_ARTICLE / (1024 * 1024));
      return FALSE;
    }
  if ((nul = memchr (text, '\0', len)) != NULL)
    {
      g_set_error (error, TAUTAN_EXTRACT_ERROR, TAUTAN_EXTRACT_ERROR_NOT_TEXT,
                   "a NUL byte at byte %" G_GSIZE_FORMAT ": this is a binary file, not text", (gsize)(nul - text));
      return FALSE;
    }
  /* where g_utf8_validate_len() stops, ASCII stepped over */
  if ((bad = _tautan_utf8_find_invalid (text, len, FALSE)) != NULL)
    {
      guint line = 1;
      const char *line_start = text;

      for (const char *p = text; p < bad; p++)
        if (*p == '\n')
          line++, line_start = p + 1;
      g_set_error (error, TAUTAN_EXTRACT_ERROR, TAUTAN_EXTRACT_ERROR_NOT_UTF8,
                   "line %u, byte %" G_GSIZE_FORMAT " of the line: invalid UTF-8 (byte 0x%02X); save the text as UTF-8",
                   line, (gsize)(bad - line_start) + 1, (guchar)*bad);
      return FALSE;
    }
  for (gsize i = 0; i < len && blank; i++)
    blank = g_ascii_isspace (text[i]);
  if (blank)
    {
      g_set_error_literal (error, TAUTAN_EXTRACT_ERROR, TAUTAN_EXTRACT_ERROR_EMPTY,
                           len == 0 ? "empty: there is no text" : "only white space: there is no text");
      return FALSE;
    }
  return TRUE;
}

void
_article_clear (Article *a)
{
  if (a->quotes != NULL)
    for (guint i = 0; i < a->quotes->len; i++)
      {
        ArticleQuote *q = &g_array_index (a->quotes, ArticleQuote, i);

        g_clear_pointer (&q->relayed_by, g_array_unref);
        g_clear_pointer (&q->speaker.text, g_free);
      }
  if (a->events != NULL)
    for (guint i = 0; i < a->events->len; i++)
      {
        ArticleEvent *e = &g_array_index (a->events, ArticleEvent, i);

        g_clear_pointer (&e->actors, g_array_unref);
        g_clear_pointer (&e->targets, g_array_unref);
        _article_date_clear (&e->date);
      }
  if (a->entities != NULL)
    for (guint i = 0; i < a->entities->len; i++)
      {
        ArticleEntity *e = &g_array_index (a->entities, ArticleEntity, i);

        g_free (e->key);
        g_free (e->name);
        g_free (e->role);
      }
  if (a->relays != NULL)
    for (guint i = 0; i < a->relays->len; i++)
      {
        ArticleRelay *r = &g_array_index (a->relays, ArticleRelay, i);

        g_free (r->name);
        g_free (r->words);
      }
  g_clear_object (&a->gazetteer);
  g_clear_pointer (&a->text, g_free);
  g_clear_pointer (&a->lines, g_array_unref);
  g_clear_pointer (&a->tokens, g_array_unref);
  g_clear_pointer (&a->matches, g_array_unref);
  g_clear_pointer (&a->token_match, g_free);
  g_clear_pointer (&a->token_kinds, g_free);
  g_clear_pointer (&a->sentences, g_array_unref);
  g_clear_pointer (&a->token_sentence, g_free);
  g_clear_pointer (&a->removed, g_array_unref);
  g_clear_pointer (&a->outlet, g_free);
  g_clear_pointer (&a->title, g_free);
  g_clear_pointer (&a->published_note, g_free);
  g_clear_pointer (&a->published_words, g_free);
  g_clear_pointer (&a->relays, g_array_unref);
  g_clear_pointer (&a->dates, g_array_unref);
  g_clear_pointer (&a->token_date, g_free);
  g_clear_pointer (&a->entities, g_array_unref);
  g_clear_pointer (&a->entity_by_key, g_hash_table_unref);
  g_clear_pointer (&a->mentions, g_array_unref);
  g_clear_pointer (&a->token_mention, g_free);
  g_clear_pointer (&a->quotes, g_array_unref);
  g_clear_pointer (&a->token_quote, g_free);
  g_clear_pointer (&a->events, g_array_unref);
}

/* ---- from the article to items ---- */

typedef struct
{
  TautanExtraction      *extraction;
  Article               *a;
  const char            *source_id;
  TautanExtractionItem **entity_items;   /* by article entity */
  TautanExtractionItem **event_items;
} Builder;

static void
add_unique (Builder              *b,
            TautanExtractionItem *item)
{
  /* ids are unique within an extraction */
  if (tautan_extraction_lookup_item (b->extraction, item->id) != NULL)
    {
      for (guint n = 2;; n++)
        {
          g_autofree char *id = g_strdup_printf ("%s-%u", item->id, n);

          if (tautan_extraction_lookup_item (b->extraction, id) == NULL)
            {
              g_free (item->id);
              item->id = g_steal_pointer (&id);
              break;
            }
        }
    }
  _tautan_extraction_add_item (b->extraction, item);
}

/* The short form of a person's name: "Joseph R. Donovan Jr" is also
 * "Joseph Donovan" (no middle initial, no generation). Returns NULL when
 * the name has no such parts. */
static char *
plain_person_name (const char *name)
{
  static const char *generations[] = { "Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV" };
  g_auto(GStrv) words = g_strsplit (name, " ", -1);
  g_autoptr(GString) out = g_string_new (NULL);
  guint n = g_strv_length (words);
  gboolean dropped = FALSE;

  for (guint i = 0; i < n; i++)
    {
      gsize len = strlen (words[i]);
      gboolean drop = FALSE;

      /* "R." in the middle */
      if (i > 0 && i + 1 < n && len == 2 && g_ascii_isupper (words[i][0]) && words[i][1] == '.')
        drop = TRUE;
      for (guint g = 0; g < G_N_ELEMENTS (generations) && !drop && i > 1; g++)
        drop = i + 1 == n && g_str_equal (words[i], generations[g]);
      if (drop)
        {
          dropped = TRUE;
          continue;
        }
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, words[i]);
    }
  if (!dropped || strchr (out->str, ' ') == NULL)
    return NULL;
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* A proposed entity's other names are the words the text used for it
 * ("Khan" after "Ahsan Mahmood Khan"), and a person's name without its
 * middle initial and generation: what a reviewer, or a merge with
 * another article, will meet. */
static char **
proposed_aliases (const Article       *a,
                  guint32              index,
                  const ArticleEntity *e)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *plain = e->kind == TAUTAN_ENTITY_PERSON ? plain_person_name (e->name) : NULL;

  g_ptr_array_add (seen, g_utf8_casefold (e->name, -1));
  if (plain != NULL)
    {
      g_ptr_array_add (seen, g_utf8_casefold (plain, -1));
      g_strv_builder_add (builder, plain);
    }
  for (guint k = 0; k < a->mentions->len; k++)
    {
      const Mention *m = &g_array_index (a->mentions, Mention, k);
      g_autofree char *words = NULL;
      g_autofree char *folded = NULL;
      gboolean known = FALSE;

      if (m->entity != index || m->end_token <= m->first_token)
        continue;
      words = _article_token_text (a, m->first_token, m->end_token);
      folded = g_utf8_casefold (words, -1);
      for (guint i = 0; i < seen->len && !known; i++)
        known = g_str_equal (seen->pdata[i], folded);
      if (known)
        continue;
      g_strv_builder_add (builder, words);
      g_ptr_array_add (seen, g_steal_pointer (&folded));
    }
  return g_strv_builder_end (builder);
}

static TautanExtractionItem *
entity_item (Builder *b,
             guint32  index)
{
  Article *a = b->a;
  ArticleEntity *e;
  TautanExtractionItem *item;
  g_autofree char *id = NULL;
  guint first_start = 0, first_end = 0;
  gboolean any = FALSE;

  if (index == NO_INDEX)
    return NULL;
  if (b->entity_items[index] != NULL)
    return b->entity_items[index];

  e = &g_array_index (a->entities, ArticleEntity, index);
  for (guint k = 0; k < a->mentions->len && !any; k++)
    {
      const Mention *m = &g_array_index (a->mentions, Mention, k);

      if (m->entity == index)
        {
          first_start = article_token (a, m->first_token)->cp;
          first_end = article_token (a, m->end_token - 1)->cp_end;
          any = TRUE;
        }
    }

  id = e->gazetteer != NO_INDEX ? g_strdup (tautan_gazetteer_get_entry (a->gazetteer, e->gazetteer)->id)
                                : _tautan_slug (e->name);
  item = _tautan_extraction_item_new (TAUTAN_EXTRACTION_ENTITY, id, first_start, first_end);
  b->entity_items[index] = item;
  item->name = g_strdup (e->name);
  item->entity_kind = e->kind;
  item->proposed = e->proposed;
  item->role = g_strdup (e->role);
  if (e->gazetteer != NO_INDEX)
    {
      const TautanGazetteerEntry *g = tautan_gazetteer_get_entry (a->gazetteer, e->gazetteer);
      g_autoptr(GStrvBuilder) aliases = g_strv_builder_new ();

      item->gazetteer_id = g_strdup (g->id);
      item->notes = g_strdup (g->notes);
      g_strv_builder_addv (aliases, (const char **)g->aliases);
      g_strv_builder_addv (aliases, (const char **)g->metonyms);
      g_strfreev (item->aliases);
      item->aliases = g_strv_builder_end (aliases);
    }
  else
    {
      g_strfreev (item->aliases);
      item->aliases = proposed_aliases (a, index, e);
    }
  for (guint k = 0; k < a->mentions->len; k++)
    {
      const Mention *m = &g_array_index (a->mentions, Mention, k);
      guint span[2];

      if (m->entity != index)
        continue;
      span[0] = article_token (a, m->first_token)->cp;
      span[1] = article_token (a, m->end_token - 1)->cp_end;
      g_array_append_vals (item->mentions, span, 2);
    }
  add_unique (b, item);
  g_object_unref (item);
  item->affiliation = entity_item (b, e->affiliation);
  return item;
}

static void
build_items (Builder *b)
{
  Article *a = b->a;
  g_autofree TautanExtractionItem **quote_items = g_new0 (TautanExtractionItem *, MAX (a->quotes->len, 1));

  for (guint i = 0; i < a->quotes->len; i++)
    {
      ArticleQuote *q = &g_array_index (a->quotes, ArticleQuote, i);
      g_autofree char *id = g_strdup_printf ("q-%s-%u", b->source_id, q->cp_start);
      TautanExtractionItem *item = _tautan_extraction_item_new (TAUTAN_EXTRACTION_QUOTE, id, q->cp_start, q->cp_end);

      item->text = g_strndup (a->text + q->byte_start, q->byte_end - q->byte_start);
      item->certain = q->certain;
      if (q->speaker.entity == NO_INDEX)
        item->speaker_text = g_strdup (q->speaker.text ? q->speaker.text : "not named in the text");
      if (q->speaker.np_end > q->speaker.np_first)
        {
          item->speaker_start = article_token (a, q->speaker.np_first)->cp;
          item->speaker_end = article_token (a, q->speaker.np_end - 1)->cp_end;
        }
      if (q->unclosed)
        item->note = g_strdup ("The quotation mark is never closed in the source: the quote is taken to the end of its "
                               "paragraph, without the outlet's full stop.");
      else if (q->group != i)
        item->note = g_strdup ("Continues the quote of the paragraph before, which stays open.");
      else if (q->close_token == NO_INDEX)
        item->note = g_strdup ("Goes on in the next paragraph, which opens with a quotation mark again.");
      add_unique (b, item);
      quote_items[i] = item;
      g_object_unref (item);
    }

  /* entities in order of appearance, every one the output uses */
  for (guint k = 0; k < a->mentions->len; k++)
    {
      const Mention *m = &g_array_index (a->mentions, Mention, k);

      if (g_array_index (a->entities, ArticleEntity, m->entity).used)
        entity_item (b, m->entity);
    }
  for (guint i = 0; i < a->entities->len; i++)
    if (g_array_index (a->entities, ArticleEntity, i).used)
      entity_item (b, i);

  for (guint i = 0; i < a->quotes->len; i++)
    {
      ArticleQuote *q = &g_array_index (a->quotes, ArticleQuote, i);
      TautanExtractionItem *item = quote_items[i];

      item->speaker = entity_item (b, q->speaker.entity);
      for (guint k = 0; k < q->relayed_by->len; k++)
        g_ptr_array_add (item->relayed_by, entity_item (b, g_array_index (q->relayed_by, guint32, k)));
    }

  for (guint i = 0; i < a->events->len; i++)
    {
      ArticleEvent *e = &g_array_index (a->events, ArticleEvent, i);
      const Sentence *s = &g_array_index (a->sentences, Sentence, e->sentence);
      guint cue_cp = article_token (a, e->cue_token)->cp;
      g_autofree char *id = g_strdup_printf ("ev-%s-%u", b->source_id, cue_cp);
      TautanExtractionItem *item = _tautan_extraction_item_new (TAUTAN_EXTRACTION_EVENT, id,
                                                                article_token (a, s->first_token)->cp,
                                                                article_token (a, s->end_token - 1)->cp_end);

      item->type = g_strdup (e->type);
      for (guint k = 0; k < e->actors->len; k++)
        g_ptr_array_add (item->actors, entity_item (b, g_array_index (e->actors, guint32, k)));
      for (guint k = 0; k < e->targets->len; k++)
        g_ptr_array_add (item->targets, entity_item (b, g_array_index (e->targets, guint32, k)));
      item->date_start = e->date.start;
      item->date_end = e->date.end;
      item->precision = e->date.precision;
      item->method = e->date.method;
      item->words = g_strdup (e->date.words);
      if (e->caption && e->date.note != NULL)
        item->date_note = g_strdup_printf ("Told in a photo caption. %s", e->date.note);
      else if (e->caption)
        item->date_note = g_strdup ("Told in a photo caption.");
      else
        item->date_note = g_strdup (e->date.note);
      item->status = e->status;
      item->summary = _tautan_event_summary (a, e);
      add_unique (b, item);
      b->event_items[i] = item;
      g_object_unref (item);
    }
  for (guint i = 0; i < a->events->len; i++)
    {
      ArticleEvent *e = &g_array_index (a->events, ArticleEvent, i);

      if (e->responds_to != NO_INDEX)
        b->event_items[i]->responds_to = b->event_items[e->responds_to];
    }
  for (guint i = 0; i < a->quotes->len; i++)
    {
      ArticleQuote *q = &g_array_index (a->quotes, ArticleQuote, i);

      if (q->event != NO_INDEX)
        tautan_extraction_item_set_event (quote_items[i], b->event_items[q->event]);
    }
}

/**
 * tautan_extract_article:
 * @article: the article's text and what is known about it
 * @options: (nullable): the gazetteer and the day it is; defaults when %NULL
 *
 * Reads one article: its source (outlet, relays, headline, date), quotes
 * with speakers, entities and events with honest dates.
 *
 * Returns: (transfer full) (nullable): the extraction, or %NULL with an
 *   error saying why the text cannot be read
 */
TautanExtraction *
tautan_extract_article (const TautanArticle         *article,
                        const TautanExtractOptions  *options,
                        GError                     **error)
{
  TautanExtractOptions defaults;
  TautanGazetteer *gazetteer;
  g_autofree char *source_id = NULL;
  gsize len;
  Article a;
  Builder b = { 0 };
  TautanExtraction *extraction;

  g_return_val_if_fail (article != NULL && article->text != NULL, NULL);

  if (options == NULL)
    {
      tautan_extract_options_init (&defaults);
      options = &defaults;
    }
  len = article->len < 0 ? strlen (article->text) : (gsize)article->len;
  if (!tautan_extract_check_text (article->text, len, error))
    return NULL;

  gazetteer = options->gazetteer ? options->gazetteer : tautan_gazetteer_get_default ();
  source_id = _tautan_slug (article->id);

  _article_init (&a, gazetteer, options, article, article->text, len);
  _article_read_text (&a);
  if (article_n_tokens (&a) == 0)
    {
      _article_clear (&a);
      g_set_error_literal (error, TAUTAN_EXTRACT_ERROR, TAUTAN_EXTRACT_ERROR_EMPTY,
                           "nothing but page furniture: no article text is left");
      return NULL;
    }
  _tautan_extract_quotes (&a);
  _tautan_extract_mentions (&a);
  _tautan_extract_source (&a);
  _tautan_extract_speakers (&a);
  _tautan_extract_events (&a);

  /* the relays' agencies are entities of the output */
  for (guint i = 0; i < a.relays->len; i++)
    {
      ArticleRelay *r = &g_array_index (a.relays, ArticleRelay, i);

      if (r->entity != NO_INDEX)
        _article_use_entity (&a, _article_entity_for_gazetteer (&a, r->entity));
    }

  extraction = _tautan_extraction_new (source_id, g_strdup (a.text));
  _tautan_extraction_set_source (extraction, a.title, a.outlet,
                                 a.outlet_entity != NO_INDEX && tautan_gazetteer_get_entry (gazetteer, a.outlet_entity)->state_media,
                                 article->url, a.language == 1 ? "en" : "id", a.published, a.published_note);
  _tautan_extraction_set_removed (extraction, a.removed);

  b.extraction = extraction;
  b.a = &a;
  b.source_id = source_id;
  b.entity_items = g_new0 (TautanExtractionItem *, MAX (a.entities->len, 1));
  b.event_items = g_new0 (TautanExtractionItem *, MAX (a.events->len, 1));
  build_items (&b);
  for (guint i = 0; i < a.relays->len; i++)
    {
      ArticleRelay *r = &g_array_index (a.relays, ArticleRelay, i);
      TautanExtractionItem *entity = r->entity != NO_INDEX ? entity_item (&b, _article_entity_for_gazetteer (&a, r->entity)) : NULL;

      _tautan_extraction_add_relay (extraction, r->name, entity, r->state_media, r->words);
    }
  g_free (b.entity_items);
  g_free (b.event_items);
  _article_clear (&a);
  return extraction;
}

/* ---- JSONL ---- */

typedef struct
{
  GInputStream *input;
  char         *buf;
  gsize         len;
  gsize         pos;
  gboolean      eof;
} LineReader;

/* Reads one line into @line (without its newline). A line longer than
 * MAX_LINE is read through but not kept: @too_long is set. Returns FALSE
 * at the end of the input. */
static gboolean
read_line (LineReader    *r,
           GString       *line,
           gboolean      *too_long,
           GCancellable  *cancellable,
           GError       **error)
{
  gboolean any = FALSE;

  g_string_truncate (line, 0);
  *too_long = FALSE;
  for (;;)
    {
      const char *nl;
      gsize chunk;
      gssize n;

      if (r->pos < r->len)
        {
          any = TRUE;
          nl = memchr (r->buf + r->pos, '\n', r->len - r->pos);
          chunk = (nl ? (gsize)(nl - r->buf) : r->len) - r->pos;
          if (!*too_long && line->len + chunk <= MAX_LINE)
            g_string_append_len (line, r->buf + r->pos, chunk);
          else
            {
              *too_long = TRUE;
              g_string_truncate (line, 0);
            }
          r->pos += chunk;
          if (nl != NULL)
            {
              r->pos++;
              return TRUE;
            }
          continue;
        }
      if (r->eof)
        return any;
      n = g_input_stream_read (r->input, r->buf, 256 * 1024, cancellable, error);
      if (n < 0)
        return FALSE;
      r->len = n;
      r->pos = 0;
      r->eof = n == 0;
    }
}

static void
write_error_line (GString    *out,
                  const char *id_json,
                  guint64     line,
                  const char *message)
{
  g_string_append (out, "{\"id\":");
  g_string_append (out, id_json ? id_json : "null");
  g_string_append_printf (out, ",\"line\":%" G_GUINT64_FORMAT ",\"error\":", line);
  {
    GString *escaped = g_string_new (NULL);
    const char *p;

    g_string_append_c (escaped, '"');
    for (p = message; *p; p++)
      {
        if (*p == '"' || *p == '\\')
          g_string_append_c (escaped, '\\');
        if ((guchar)*p < 0x20)
          g_string_append_printf (escaped, "\\u%04x", (guchar)*p);
        else
          g_string_append_c (escaped, *p);
      }
    g_string_append_c (escaped, '"');
    g_string_append_len (out, escaped->str, escaped->len);
    g_string_free (escaped, TRUE);
  }
  g_string_append (out, "}\n");
}

static char *
decode_len (const TautanJsonString *s,
            gsize                  *len)
{
  char *out = g_malloc (s->len + 1);
  gsize n = s->escaped ? tautan_json_string_decode (s, out) : (memcpy (out, s->raw, s->len), s->len);

  out[n] = '\0';
  if (len)
    *len = n;
  return out;
}

static char *
decode (const TautanJsonString *s)
{
  return decode_len (s, NULL);
}

/* The article's text into @buf, kept from line to line: a fresh block
 * for each article's text cost more than reading it. */
static void
decode_into (const TautanJsonString *s,
             GString                *buf)
{
  gsize n;

  g_string_set_size (buf, s->len);
  n = s->escaped ? tautan_json_string_decode (s, buf->str) : (memcpy (buf->str, s->raw, s->len), s->len);
  g_string_set_size (buf, n);
}

/* One JSONL line to one output line. Returns whether it succeeded. */
static gboolean
process_line (const char                 *data,
              gsize                       len,
              guint64                     number,
              const TautanExtractOptions *options,
              GString                    *out,
              GString                    *text_buf,
              guint64                    *bytes)
{
  g_autoptr(GPtrArray) diagnostics = g_ptr_array_new_with_free_func ((GDestroyNotify)tautan_diagnostic_free);
  g_autofree char *display = g_strdup_printf ("line %" G_GUINT64_FORMAT, number);
  g_autofree char *id_json = NULL, *id = NULL, *url = NULL, *outlet = NULL, *title = NULL;
  gboolean has_text = FALSE;
  g_autofree char *json = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanExtraction) extraction = NULL;
  TautanJsonReader reader;
  TautanJsonString name;
  TautanArticle article;
  gsize text_len = 0;

  tautan_article_init (&article);

  if (!tautan_json_scan_check (data, len, display, diagnostics))
    {
      TautanDiagnostic *d = g_ptr_array_index (diagnostics, 0);
      g_autofree char *message = d->column > 0 ? g_strdup_printf ("not valid JSON: column %u: %s", d->column, d->message)
                                               : g_strdup_printf ("not valid JSON: %s", d->message);

      write_error_line (out, NULL, number, message);
      return FALSE;
    }

  tautan_json_reader_init (&reader, data, len);
  if (!tautan_json_reader_begin_object (&reader))
    {
      write_error_line (out, NULL, number, "expected an object: {\"id\": …, \"text\": …}");
      return FALSE;
    }
  while (tautan_json_reader_next_member (&reader, &name))
    {
      TautanJsonKind kind = tautan_json_reader_peek (&reader);
      gsize at = tautan_json_reader_get_offset (&reader);
      TautanJsonString value;
      char **target = NULL;
      gboolean is_text = FALSE;

      if (tautan_json_string_equal (&name, "id", 2))
        {
          if (kind != TAUTAN_JSON_STRING && kind != TAUTAN_JSON_NUMBER)
            {
              write_error_line (out, NULL, number, "\"id\" must be a string or a number");
              return FALSE;
            }
          tautan_json_reader_skip (&reader);
          g_free (id_json);
          id_json = g_strndup (data + at, tautan_json_reader_get_offset (&reader) - at);
          g_strstrip (id_json);
          if (kind == TAUTAN_JSON_STRING)
            {
              tautan_json_reader_set_offset (&reader, at);
              tautan_json_reader_read_string (&reader, &value);
              g_free (id);
              id = decode (&value);
            }
          else
            id = g_strdup (id_json);
          continue;
        }
      if (tautan_json_string_equal (&name, "text", 4))
        is_text = TRUE;
      else if (tautan_json_string_equal (&name, "url", 3))
        target = &url;
      else if (tautan_json_string_equal (&name, "outlet", 6))
        target = &outlet;
      else if (tautan_json_string_equal (&name, "title", 5))
        target = &title;
      else if (tautan_json_string_equal (&name, "published", 9))
        {
          g_autofree char *published = NULL;

          if (kind == TAUTAN_JSON_NULL)
            {
              tautan_json_reader_skip (&reader);
              continue;
            }
          if (kind != TAUTAN_JSON_STRING)
            {
              write_error_line (out, id_json, number, "\"published\" must be a date such as \"2024-05-13\"");
              return FALSE;
            }
          tautan_json_reader_read_string (&reader, &value);
          published = decode (&value);
          if (!tautan_date_expr_parse_day (published, &article.published))
            {
              g_autofree char *message = g_strdup_printf ("\"published\": “%s” is not a date (use YYYY-MM-DD)", published);

              write_error_line (out, id_json, number, message);
              return FALSE;
            }
          continue;
        }
      else
        {
          tautan_json_reader_skip (&reader);
          continue;
        }

      if (kind == TAUTAN_JSON_NULL && !is_text)
        {
          tautan_json_reader_skip (&reader);
          continue;
        }
      if (kind != TAUTAN_JSON_STRING)
        {
          g_autofree char *message = g_strdup_printf ("\"%.*s\" must be a string", (int)name.len, name.raw);

          write_error_line (out, id_json, number, message);
          return FALSE;
        }
      tautan_json_reader_read_string (&reader, &value);
      if (is_text)
        {
          decode_into (&value, text_buf);
          has_text = TRUE;
          continue;
        }
      g_free (*target);
      *target = decode (&value);
    }

  if (!has_text)
    {
      write_error_line (out, id_json, number, "missing \"text\": the article's text");
      return FALSE;
    }
  text_len = text_buf->len;
  *bytes += text_len;

  article.id = id;
  article.text = text_buf->str;
  article.len = text_len;
  article.url = url;
  article.outlet = outlet;
  article.title = title;
  extraction = tautan_extract_article (&article, options, &error);
  if (extraction == NULL)
    {
      write_error_line (out, id_json, number, error->message);
      return FALSE;
    }

  g_string_append (out, "{\"id\":");
  g_string_append (out, id_json ? id_json : "null");
  g_string_append (out, ",\"dataset\":");
  /* written straight into the line, unless the merge must see it */
  if (!_tautan_extraction_write_json (extraction, FALSE, out))
    {
      json = _tautan_extraction_to_json_merged (extraction, FALSE, NULL);
      g_string_append (out, json);
    }
  g_string_append (out, "}\n");
  return TRUE;
}

/**
 * tautan_extract_jsonl:
 * @input: one article per line: {"id", "text", "url"?, "outlet"?, "title"?, "published"?}
 * @output: one line per article: {"id", "dataset"} or {"id", "line", "error"};
 *   the caller commits it
 * @stats: (out) (optional): how many lines, failures and bytes of text
 *
 * Extracts a stream of articles, writing each line's result before
 * reading the next. A bad line gives an error line and the stream goes
 * on.
 *
 * Returns: %FALSE only when reading or writing failed
 */
gboolean
tautan_extract_jsonl (GInputStream                *input,
                      TautanFileWriter            *output,
                      const TautanExtractOptions  *options,
                      TautanJsonlStats            *stats,
                      GCancellable                *cancellable,
                      GError                     **error)
{
  LineReader reader = { input, g_malloc (256 * 1024), 0, 0, FALSE };
  GString *line = g_string_new (NULL);
  GString *out = g_string_new (NULL);
  GString *text_buf = g_string_new (NULL);
  TautanJsonlStats local = { 0 };
  gboolean too_long;
  gboolean ok = TRUE;
  GError *read_error = NULL;

  while (read_line (&reader, line, &too_long, cancellable, &read_error))
    {
      gboolean blank = TRUE;

      local.lines++;
      if (line->len > 0 && line->str[line->len - 1] == '\r')
        g_string_truncate (line, line->len - 1);
      for (gsize i = 0; i < line->len && blank; i++)
        blank = g_ascii_isspace (line->str[i]);
      g_string_truncate (out, 0);
      if (too_long)
        {
          g_autofree char *message = g_strdup_printf ("the line is longer than %" G_GSIZE_FORMAT " MB: split the article",
                                                      MAX_LINE / (1024 * 1024));

          write_error_line (out, NULL, local.lines, message);
          local.failed++;
        }
      else if (blank)
        continue;
      else if (!process_line (line->str, line->len, local.lines, options, out, text_buf, &local.bytes))
        local.failed++;

      if (!tautan_file_writer_write (output, out->str, out->len, error))
        {
          ok = FALSE;
          break;
        }
      /* a very long line's buffer is not kept for the next */
      if (line->allocated_len > 4 * 1024 * 1024)
        {
          g_string_free (line, TRUE);
          line = g_string_new (NULL);
        }
      if (text_buf->allocated_len > 4 * 1024 * 1024)
        {
          g_string_free (text_buf, TRUE);
          text_buf = g_string_new (NULL);
        }
    }
  if (read_error != NULL)
    {
      g_propagate_error (error, read_error);
      ok = FALSE;
    }

  g_free (reader.buf);
  g_string_free (line, TRUE);
  g_string_free (text_buf, TRUE);
  g_string_free (out, TRUE);
  if (stats)
    *stats = local;
  return ok;
}
