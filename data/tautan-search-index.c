/* tautan-search-index.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-search-index"
/* memmem(), in glibc and POSIX 2024 */
#define _GNU_SOURCE

#include "config.h"

#include <string.h>

#include "tautan/tautan-search-index.h"

/* The entities' names and aliases, folded (tautan_search_fold()) once,
 * so a keystroke costs binary searches and, when those find too few, one
 * scan of a contiguous buffer, instead of folding every name again (what
 * the window did: 100,000 entities with aliases took a frame or more).
 *
 * Matching is the window's: case-insensitive over the name and every
 * alias, and beyond it also insensitive to diacritics (compatibility
 * decomposition, combining marks dropped) and to runs of white space.
 * What is typed matches where a word starts, never inside one: "pu"
 * finds Putin, not the Republic of Korea (it listed both Koreas while
 * "Putin" was being typed). Only in scripts written without spaces
 * between words (Chinese, Japanese, Thai, Korean compounds) may a match
 * start anywhere.
 *
 * Hits are ranked exact, prefix, word prefix, words, substring: the
 * first two come from the keys sorted, the third from every later word
 * start sorted, the fourth (every word typed starts a word of the key,
 * in any order: "putin vladimir", "kim un") from the keys one of those
 * words starts, the last from a scan of the buffer; each stops once
 * @limit entities are found. Within a rank, the first four list in the
 * folded keys' byte order (a name before its longer extensions), the
 * substring hits in dataset order. */

struct _TautanSearchIndex
{
  GObject        parent_instance;

  TautanDataset *dataset;
  guint          n_entities;

  /* folded keys, each ending with NUL, in entity order */
  char          *text;
  gsize          text_len;
  guint          n_keys;
  guint32       *key_off;       /* n_keys + 1: the last is text_len */
  guint32       *key_entity;
  guint32       *key_slot;      /* 0 the name, k + 1 alias k */

  guint32       *sorted;        /* keys by text */
  guint32       *words;         /* offsets of later word starts, by text */
  guint          n_words;

  /* per entity: the query that last returned it */
  guint32       *seen;
  guint32        query_id;

  guint          borrowed : 1;  /* the dataset owns the index: no reference to it */
};

G_DEFINE_FINAL_TYPE (TautanSearchIndex, tautan_search_index, G_TYPE_OBJECT)

static void
tautan_search_index_finalize (GObject *object)
{
  TautanSearchIndex *self = (TautanSearchIndex *)object;

  if (self->borrowed)
    self->dataset = NULL;
  g_clear_object (&self->dataset);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->key_off, g_free);
  g_clear_pointer (&self->key_entity, g_free);
  g_clear_pointer (&self->key_slot, g_free);
  g_clear_pointer (&self->sorted, g_free);
  g_clear_pointer (&self->words, g_free);
  g_clear_pointer (&self->seen, g_free);

  G_OBJECT_CLASS (tautan_search_index_parent_class)->finalize (object);
}

static void
tautan_search_index_class_init (TautanSearchIndexClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tautan_search_index_finalize;
}

static void
tautan_search_index_init (TautanSearchIndex *self)
{
}

/**
 * tautan_search_fold:
 * @text: (nullable): UTF-8 text; invalid sequences count as U+FFFD
 *
 * The form names and queries are compared in: compatibility-decomposed
 * (NFKD), case-folded, combining marks dropped ("Prábowo" and "PRABOWO"
 * fold alike, as do "ﬁ" and "fi"), white space runs made one space and
 * trimmed.
 *
 * Returns: (transfer full): the folded text, possibly empty
 */
char *
tautan_search_fold (const char *text)
{
  g_autofree char *valid = NULL;
  g_autofree char *nfkd = NULL;
  g_autofree char *folded = NULL;
  GString *out;
  gboolean space = FALSE;

  if (text == NULL)
    return g_strdup ("");
  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  nfkd = g_utf8_normalize (text, -1, G_NORMALIZE_NFKD);
  folded = g_utf8_casefold (nfkd, -1);
  out = g_string_sized_new (strlen (folded));
  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_type (c) == G_UNICODE_NON_SPACING_MARK)
        continue;
      if (g_unichar_isspace (c))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static int
compare_suffixes (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  const char *text = user_data;
  guint32 x = *(const guint32 *)a, y = *(const guint32 *)b;
  int r = strcmp (text + x, text + y);

  return r != 0 ? r : (x > y) - (x < y);
}

static void
build (TautanSearchIndex *self)
{
  TautanDataset *ds = self->dataset;
  GString *text = g_string_new (NULL);
  g_autoptr(GArray) off = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GArray) entity = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GArray) slot = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GArray) words = g_array_new (FALSE, FALSE, sizeof (guint32));

  for (guint i = 0; i < self->n_entities; i++)
    {
      TautanEntity e;

      tautan_dataset_get_entity (ds, i, &e);
      for (guint k = 0; k <= e.n_aliases; k++)
        {
          const char *name = k == 0 ? e.name : tautan_dataset_get_string (ds, e.aliases[k - 1]);
          g_autofree char *folded = tautan_search_fold (name);
          guint32 start = (guint32)text->len;
          gboolean prev_alnum = TRUE;
          guint32 v;

          /* An empty key matches nothing: leave it out. */
          if (*folded == '\0')
            continue;
          for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
            {
              gboolean alnum = g_unichar_isalnum (g_utf8_get_char (p));

              if (alnum && !prev_alnum)
                {
                  v = start + (guint32)(p - folded);
                  g_array_append_val (words, v);
                }
              prev_alnum = alnum;
            }
          g_array_append_val (off, start);
          g_array_append_val (entity, i);
          g_array_append_val (slot, k);
          g_string_append_len (text, folded, (gssize)strlen (folded) + 1);
        }
    }

  self->n_keys = off->len;
  self->text_len = text->len;
  {
    guint32 end = (guint32)text->len;

    g_array_append_val (off, end);
  }
  self->text = g_string_free (text, FALSE);
  self->key_off = (guint32 *)(gpointer)g_array_free (g_steal_pointer (&off), FALSE);
  self->key_entity = (guint32 *)(gpointer)g_array_free (g_steal_pointer (&entity), FALSE);
  self->key_slot = (guint32 *)(gpointer)g_array_free (g_steal_pointer (&slot), FALSE);

  /* Keys sort as their text does: sort their offsets, then map back. */
  self->sorted = g_new (guint32, MAX (self->n_keys, 1));
  for (guint k = 0; k < self->n_keys; k++)
    self->sorted[k] = self->key_off[k];
  g_qsort_with_data (self->sorted, (gint)self->n_keys, sizeof (guint32), compare_suffixes, self->text);
  {
    /* key_off is increasing: a binary search finds each key. */
    for (guint k = 0; k < self->n_keys; k++)
      {
        guint lo = 0, hi = self->n_keys;

        while (lo < hi)
          {
            guint mid = lo + (hi - lo) / 2;

            if (self->key_off[mid] < self->sorted[k])
              lo = mid + 1;
            else
              hi = mid;
          }
        self->sorted[k] = lo;
      }
  }

  self->n_words = words->len;
  g_qsort_with_data (words->data, (gint)words->len, sizeof (guint32), compare_suffixes, self->text);
  self->words = (guint32 *)(gpointer)g_array_free (g_steal_pointer (&words), FALSE);
}

/**
 * tautan_search_index_new:
 * @dataset: a dataset
 *
 * Folds every entity's name and aliases and sorts them, once: about a
 * second and 10 MB for 100,000 entities with two aliases in three, on
 * a small machine, so a window should build it in a worker thread (it
 * only reads @dataset) and then query it from one thread.
 *
 * Returns: (transfer full): the index
 */
TautanSearchIndex *
tautan_search_index_new (TautanDataset *dataset)
{
  TautanSearchIndex *self;

  g_return_val_if_fail (TAUTAN_IS_DATASET (dataset), NULL);

  self = g_object_new (TAUTAN_TYPE_SEARCH_INDEX, NULL);
  self->dataset = g_object_ref (dataset);
  self->n_entities = tautan_dataset_get_n_entities (dataset);
  self->seen = g_new0 (guint32, MAX (self->n_entities, 1));
  build (self);

  return self;
}

/**
 * tautan_search_index_get_shared:
 * @dataset: a dataset
 *
 * The dataset's own index, built on the first call and freed with the
 * dataset, so the explorer's search and every actor chooser of a window
 * share one (building takes a second at 100,000 entities). Queries
 * change the index's scratch state: call this, and query, from the main
 * thread only.
 *
 * Returns: (transfer none): the index, valid as long as @dataset
 */
TautanSearchIndex *
tautan_search_index_get_shared (TautanDataset *dataset)
{
  TautanSearchIndex *self;

  g_return_val_if_fail (TAUTAN_IS_DATASET (dataset), NULL);

  self = g_object_get_data (G_OBJECT (dataset), "tautan-search-index");
  if (self != NULL)
    return self;

  /* The dataset holds the index: a reference back would keep both. */
  self = g_object_new (TAUTAN_TYPE_SEARCH_INDEX, NULL);
  self->dataset = dataset;
  self->borrowed = TRUE;
  self->n_entities = tautan_dataset_get_n_entities (dataset);
  self->seen = g_new0 (guint32, MAX (self->n_entities, 1));
  build (self);
  g_object_set_data_full (G_OBJECT (dataset), "tautan-search-index", self, g_object_unref);

  return self;
}

/**
 * tautan_search_index_get_dataset:
 * @self: an index
 *
 * Returns: (transfer none): the dataset it indexes
 */
TautanDataset *
tautan_search_index_get_dataset (TautanSearchIndex *self)
{
  g_return_val_if_fail (TAUTAN_IS_SEARCH_INDEX (self), NULL);

  return self->dataset;
}

/* Scripts written without spaces between words, where a match may start
 * at any character. Korean is spaced, but its names of institutions are
 * long compounds ("조선민주주의인민공화국"), searched by their parts. */
static gboolean
unspaced (gunichar c)
{
  switch ((int)g_unichar_get_script (c))
    {
    case G_UNICODE_SCRIPT_HAN:
    case G_UNICODE_SCRIPT_HIRAGANA:
    case G_UNICODE_SCRIPT_KATAKANA:
    case G_UNICODE_SCRIPT_HANGUL:
    case G_UNICODE_SCRIPT_THAI:
    case G_UNICODE_SCRIPT_LAO:
    case G_UNICODE_SCRIPT_KHMER:
    case G_UNICODE_SCRIPT_MYANMAR:
    case G_UNICODE_SCRIPT_TIBETAN:
      return TRUE;
    default:
      return FALSE;
    }
}

/* Whether @word starts a word of @key (is in it at all, for a word in an
 * unspaced script). */
static gboolean
starts_a_word (const char *key,
               const char *word,
               gsize       len)
{
  gboolean prev_alnum = FALSE;

  if (unspaced (g_utf8_get_char (word)))
    return strstr (key, word) != NULL;
  for (const char *p = key; *p != '\0'; p = g_utf8_next_char (p))
    {
      gboolean alnum = g_unichar_isalnum (g_utf8_get_char (p));

      if (alnum && !prev_alnum && strncmp (p, word, len) == 0)
        return TRUE;
      prev_alnum = alnum;
    }
  return FALSE;
}

/* The words of a folded query: its runs of letters and digits. */
static GPtrArray *
split_words (const char *needle)
{
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  const char *start = NULL;

  for (const char *p = needle;; p = g_utf8_next_char (p))
    {
      gboolean alnum = *p != '\0' && g_unichar_isalnum (g_utf8_get_char (p));

      if (alnum && start == NULL)
        start = p;
      else if (!alnum && start != NULL)
        {
          g_ptr_array_add (words, g_strndup (start, (gsize)(p - start)));
          start = NULL;
        }
      if (*p == '\0')
        break;
    }
  return words;
}

/* Adds @key's entity unless an earlier hit of this query has it. */
static void
add_hit (TautanSearchIndex *self,
         GArray            *hits,
         guint              key,
         TautanSearchRank   rank)
{
  guint32 e = self->key_entity[key];
  TautanSearchHit hit = { e, rank, self->key_slot[key] };

  if (self->seen[e] == self->query_id)
    return;
  self->seen[e] = self->query_id;
  g_array_append_val (hits, hit);
}

/* The first of @n offsets into the text whose string is >= @needle. */
static guint
lower_bound (const char    *text,
             const guint32 *offsets,
             guint          n,
             const char    *needle)
{
  guint lo = 0, hi = n;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (strcmp (text + offsets[mid], needle) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* The key holding text offset @pos. */
static guint
key_at (TautanSearchIndex *self,
        gsize              pos)
{
  guint lo = 0, hi = self->n_keys;

  /* The last key starting at or before @pos. */
  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (self->key_off[mid] <= pos)
        lo = mid;
      else
        hi = mid;
    }
  return lo;
}

/* Whether every word of @typed starts a word of @key; an entity already
 * found is not checked again. */
static gboolean
has_every_word (TautanSearchIndex *self,
                guint              key,
                GPtrArray         *typed)
{
  const char *text = self->text + self->key_off[key];

  if (self->seen[self->key_entity[key]] == self->query_id)
    return FALSE;
  for (guint w = 0; w < typed->len; w++)
    {
      const char *word = g_ptr_array_index (typed, w);

      if (!starts_a_word (text, word, strlen (word)))
        return FALSE;
    }
  return TRUE;
}

/* How many matches tautan_search_index_query_busiest () weighs: the index
 * lists a rank's matches in key order and stops at its limit. */
#define BUSIEST_POOL 1000

static int
compare_busier_hits (gconstpointer a,
                     gconstpointer b,
                     gpointer      data)
{
  const TautanSearchHit *x = a, *y = b;
  guint nx, ny;

  if (x->rank != y->rank)
    return x->rank < y->rank ? -1 : 1;
  nx = tautan_dataset_get_entity_n_events (data, x->entity);
  ny = tautan_dataset_get_entity_n_events (data, y->entity);
  if (nx != ny)
    return nx > ny ? -1 : 1;
  return x->entity < y->entity ? -1 : x->entity > y->entity;
}

/**
 * tautan_search_index_query_busiest:
 * @self: an index
 * @text: what was typed
 * @limit: the most entities to return
 *
 * As tautan_search_index_query (), but among equally good matches the
 * busier actor (more events) comes first ("korea": North Korea before
 * South Korea), weighed among the first 1,000 matches: "mo" among
 * 100,000 actors lists the busiest Mohammeds, not the first by name.
 *
 * Returns: (transfer full) (element-type TautanSearchHit): at most
 *   @limit hits, best first
 */
GArray *
tautan_search_index_query_busiest (TautanSearchIndex *self,
                                   const char        *text,
                                   guint              limit)
{
  GArray *hits;

  g_return_val_if_fail (TAUTAN_IS_SEARCH_INDEX (self), NULL);

  hits = tautan_search_index_query (self, text, MAX (limit, BUSIEST_POOL));
  g_array_sort_with_data (hits, compare_busier_hits, self->dataset);
  if (hits->len > limit)
    g_array_set_size (hits, limit);
  return hits;
}

/**
 * tautan_search_index_query:
 * @self: an index
 * @text: what was typed
 * @limit: the most entities to return
 *
 * Finds the entities whose name or an alias holds @text where a word
 * starts, compared as tautan_search_fold() makes them, each once with
 * its best match: exact matches first, then prefixes, word prefixes,
 * every word of @text starting words of one name in any order, and, in
 * scripts written without spaces, other substrings. Text that folds to
 * nothing finds nothing.
 *
 * Returns: (transfer full) (element-type TautanSearchHit): at most
 *   @limit hits, best first
 */
GArray *
tautan_search_index_query (TautanSearchIndex *self,
                           const char        *text,
                           guint              limit)
{
  g_autofree char *needle = NULL;
  GArray *hits;
  gsize len;

  g_return_val_if_fail (TAUTAN_IS_SEARCH_INDEX (self), NULL);

  hits = g_array_new (FALSE, FALSE, sizeof (TautanSearchHit));
  needle = tautan_search_fold (text);
  len = strlen (needle);
  if (len == 0 || limit == 0 || self->n_keys == 0)
    return hits;

  if (++self->query_id == 0)
    {
      memset (self->seen, 0, MAX (self->n_entities, 1) * sizeof (guint32));
      self->query_id = 1;
    }

  /* Keys starting with the needle sit together in sorted order, and an
   * exact one sorts before every longer one. */
  {
    const char *t = self->text;
    guint i = 0, lo = 0, hi = self->n_keys;

    while (lo < hi)
      {
        guint mid = lo + (hi - lo) / 2;

        if (strcmp (t + self->key_off[self->sorted[mid]], needle) < 0)
          lo = mid + 1;
        else
          hi = mid;
      }
    for (i = lo; i < self->n_keys && hits->len < limit; i++)
      {
        guint key = self->sorted[i];
        const char *k = t + self->key_off[key];

        if (strncmp (k, needle, len) != 0)
          break;
        add_hit (self, hits, key, k[len] == '\0' ? TAUTAN_SEARCH_EXACT : TAUTAN_SEARCH_PREFIX);
      }
  }

  /* Later words starting with it, likewise. */
  for (guint i = lower_bound (self->text, self->words, self->n_words, needle);
       i < self->n_words && hits->len < limit; i++)
    {
      if (strncmp (self->text + self->words[i], needle, len) != 0)
        break;
      add_hit (self, hits, key_at (self, self->words[i]), TAUTAN_SEARCH_WORD_PREFIX);
    }

  /* Every word typed, in any order: the keys that the longest of them
   * (the fewest keys) starts a word of, each checked for the others. */
  if (hits->len < limit)
    {
      g_autoptr(GPtrArray) typed = split_words (needle);
      const char *longest = NULL;
      gsize longest_len = 0;

      for (guint w = 0; w < typed->len; w++)
        {
          const char *word = g_ptr_array_index (typed, w);

          if (!unspaced (g_utf8_get_char (word)) && strlen (word) > longest_len)
            {
              longest = word;
              longest_len = strlen (word);
            }
        }
      if (typed->len >= 2 && longest != NULL)
        {
          const char *t = self->text;
          guint lo = 0, hi = self->n_keys;

          while (lo < hi)
            {
              guint mid = lo + (hi - lo) / 2;

              if (strcmp (t + self->key_off[self->sorted[mid]], longest) < 0)
                lo = mid + 1;
              else
                hi = mid;
            }
          for (guint i = lo; i < self->n_keys && hits->len < limit; i++)
            {
              guint key = self->sorted[i];

              if (strncmp (t + self->key_off[key], longest, longest_len) != 0)
                break;
              if (has_every_word (self, key, typed))
                add_hit (self, hits, key, TAUTAN_SEARCH_WORDS);
            }
          for (guint i = lower_bound (t, self->words, self->n_words, longest);
               i < self->n_words && hits->len < limit; i++)
            {
              guint key;

              if (strncmp (t + self->words[i], longest, longest_len) != 0)
                break;
              key = key_at (self, self->words[i]);
              if (has_every_word (self, key, typed))
                add_hit (self, hits, key, TAUTAN_SEARCH_WORDS);
            }
        }
    }

  /* Anywhere, only for a script written without spaces: the needle
   * holds no NUL, so no hit spans two keys. */
  for (gsize pos = 0; unspaced (g_utf8_get_char (needle)) && pos < self->text_len && hits->len < limit;)
    {
      const char *at = memmem (self->text + pos, self->text_len - pos, needle, len);
      guint key;

      if (at == NULL)
        break;
      key = key_at (self, (gsize)(at - self->text));
      add_hit (self, hits, key, TAUTAN_SEARCH_SUBSTRING);
      pos = self->key_off[key + 1];
    }

  return hits;
}
