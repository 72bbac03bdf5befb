/* test-search-index.c: name and alias search, its folding and ranking
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "tautan/tautan-search-index.h"

static TautanDataset *
load_entities (const char *const *names,
               guint              n)
{
  g_autoptr(GString) json = g_string_new ("{\"format\":\"tautan-dataset\",\"version\":1,\"sources\":[],\"entities\":[");
  g_autoptr(GError) error = NULL;
  TautanDataset *ds;

  /* names[i]: "name|alias|alias..." */
  for (guint i = 0; i < n; i++)
    {
      g_auto(GStrv) parts = g_strsplit (names[i], "|", -1);

      g_string_append_printf (json, "%s{\"id\":\"n%u\",\"kind\":\"person\",\"name\":", i ? "," : "", i);
      for (guint k = 0; parts[k] != NULL; k++)
        {
          /* The names here hold no quote, backslash or control character. */
          const char *quoted = parts[k];

          if (k == 1)
            g_string_append (json, ",\"aliases\":[");
          g_string_append_printf (json, "%s\"%s\"", k > 1 ? "," : "", quoted);
        }
      if (parts[0] != NULL && parts[1] != NULL)
        g_string_append (json, "]");
      g_string_append (json, "}");
    }
  g_string_append (json, "],\"events\":[],\"quotes\":[]}");

  ds = tautan_dataset_load_data (json->str, json->len, "names.json", NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (ds);
  return ds;
}

static void
test_fold (void)
{
  static const struct { const char *in, *out; } cases[] = {
    { "  Prábowo\tSUBIANTO \n", "prabowo subianto" },
    { "Jokowi", "jokowi" },
    { "\xef\xac\x81sh", "fish" },                          /* U+FB01 ligature */
    { "Straße", "strasse" },
    { "\xc4\xb0stanbul", "istanbul" },                     /* dotted capital I */
    { "ПУТИН", "путин" },
    { "Ёлка", "елка" },                                    /* breve-like diaeresis dropped */
    { "Nguyễn Phú Trọng", "nguyen phu trong" },
    { "習近平", "習近平" },
    { "\xef\xbc\xa1\xef\xbc\xa2", "ab" },                  /* fullwidth AB */
    { "   ", "" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folded = tautan_search_fold (cases[i].in);

      g_assert_cmpstr (folded, ==, cases[i].out);
    }
  {
    g_autofree char *folded = tautan_search_fold (NULL);
    g_autofree char *bad = tautan_search_fold ("a\xff" "B");

    g_assert_cmpstr (folded, ==, "");
    g_assert_true (g_utf8_validate (bad, -1, NULL));
    g_assert_true (g_str_has_prefix (bad, "a"));
    g_assert_true (g_str_has_suffix (bad, "b"));
  }
}

static void
assert_hits (GArray                *hits,
             const TautanSearchHit *expected,
             guint                  n)
{
  g_assert_cmpuint (hits->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      TautanSearchHit *hit = &g_array_index (hits, TautanSearchHit, i);

      g_assert_cmpuint (hit->entity, ==, expected[i].entity);
      g_assert_cmpint (hit->rank, ==, expected[i].rank);
      g_assert_cmpuint (hit->key, ==, expected[i].key);
    }
}

static void
test_ranking (void)
{
  static const char *const names[] = {
    "Bojonegoro",
    "Joko Widodo|Jokowi",
    "Jo",
    "Ana Jovanović",
    "Prabowo",
    "Mojo|Jo",
  };
  g_autoptr(TautanDataset) ds = load_entities (names, G_N_ELEMENTS (names));
  g_autoptr(TautanSearchIndex) index = tautan_search_index_new (ds);
  g_autoptr(GArray) jo = NULL, jo2 = NULL, jov = NULL, widodo = NULL, none = NULL, blank = NULL, mojo = NULL;
  const TautanSearchHit expect_jo[] = {
    { 2, TAUTAN_SEARCH_EXACT, 0 },          /* its name */
    { 5, TAUTAN_SEARCH_EXACT, 1 },          /* its alias */
    { 1, TAUTAN_SEARCH_PREFIX, 0 },         /* "joko widodo" sorts before "jokowi" */
    { 3, TAUTAN_SEARCH_WORD_PREFIX, 0 },
    /* not Bojonegoro: "jo" is inside a word there */
  };
  const TautanSearchHit expect_jov[] = { { 3, TAUTAN_SEARCH_WORD_PREFIX, 0 } };
  const TautanSearchHit expect_widodo[] = { { 1, TAUTAN_SEARCH_WORD_PREFIX, 0 } };
  const TautanSearchHit expect_mojo[] = { { 5, TAUTAN_SEARCH_EXACT, 0 } };

  g_assert_true (tautan_search_index_get_dataset (index) == ds);

  jo = tautan_search_index_query (index, "jo", 100);
  assert_hits (jo, expect_jo, G_N_ELEMENTS (expect_jo));
  /* The limit keeps the best. */
  jo2 = tautan_search_index_query (index, "JO", 2);
  assert_hits (jo2, expect_jo, 2);
  /* Diacritics and case on either side. */
  jov = tautan_search_index_query (index, "JOVANOVIC", 10);
  assert_hits (jov, expect_jov, 1);
  widodo = tautan_search_index_query (index, "  wídodo ", 10);
  assert_hits (widodo, expect_widodo, 1);
  mojo = tautan_search_index_query (index, "mojo", 10);
  assert_hits (mojo, expect_mojo, 1);

  none = tautan_search_index_query (index, "xyz", 10);
  g_assert_cmpuint (none->len, ==, 0);
  blank = tautan_search_index_query (index, " \t", 10);
  g_assert_cmpuint (blank->len, ==, 0);
}

/* As the index tells them, the slow way. */
static gboolean
unspaced (gunichar c)
{
  GUnicodeScript script = g_unichar_get_script (c);

  return script == G_UNICODE_SCRIPT_HAN || script == G_UNICODE_SCRIPT_HIRAGANA ||
         script == G_UNICODE_SCRIPT_KATAKANA || script == G_UNICODE_SCRIPT_HANGUL ||
         script == G_UNICODE_SCRIPT_THAI || script == G_UNICODE_SCRIPT_LAO ||
         script == G_UNICODE_SCRIPT_KHMER || script == G_UNICODE_SCRIPT_MYANMAR ||
         script == G_UNICODE_SCRIPT_TIBETAN;
}

/* The runs of letters and digits of @text. */
static GPtrArray *
words_of (const char *text)
{
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  GString *word = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (word, c);
      else if (word->len > 0)
        {
          g_ptr_array_add (words, g_strdup (word->str));
          g_string_truncate (word, 0);
        }
    }
  if (word->len > 0)
    g_ptr_array_add (words, g_strdup (word->str));
  g_string_free (word, TRUE);
  return words;
}

/* Two words or more typed, each starting a word of @key (in it at all,
 * for a word of an unspaced script), one of them in a spaced script. */
static gboolean
every_word_starts (const char *key,
                   const char *needle)
{
  g_autoptr(GPtrArray) typed = words_of (needle);
  g_autoptr(GPtrArray) words = words_of (key);
  gboolean spaced = FALSE;

  if (typed->len < 2)
    return FALSE;
  for (guint t = 0; t < typed->len; t++)
    {
      const char *w = g_ptr_array_index (typed, t);
      gboolean found = FALSE;

      spaced |= !unspaced (g_utf8_get_char (w));
      if (unspaced (g_utf8_get_char (w)))
        found = strstr (key, w) != NULL;
      for (guint k = 0; k < words->len && !found; k++)
        found = g_str_has_prefix (g_ptr_array_index (words, k), w);
      if (!found)
        return FALSE;
    }
  return spaced;
}

/* What the index should answer, the slow way: every key folded and
 * compared. Returns each entity's best rank, or -1. */
static int
reference_rank (TautanDataset *ds,
                guint          entity,
                const char    *needle,
                guint         *best_key)
{
  TautanEntity e;
  int best = -1;
  gsize len = strlen (needle);

  tautan_dataset_get_entity (ds, entity, &e);
  for (guint k = 0; k <= e.n_aliases; k++)
    {
      g_autofree char *key = tautan_search_fold (k == 0 ? e.name : tautan_dataset_get_string (ds, e.aliases[k - 1]));
      int rank = -1;

      if (*key == '\0')
        continue;
      if (strcmp (key, needle) == 0)
        rank = TAUTAN_SEARCH_EXACT;
      else if (g_str_has_prefix (key, needle))
        rank = TAUTAN_SEARCH_PREFIX;
      else
        {
          gboolean prev_alnum = TRUE;

          for (const char *p = key; *p != '\0' && rank < 0; p = g_utf8_next_char (p))
            {
              gboolean alnum = g_unichar_isalnum (g_utf8_get_char (p));

              if (alnum && !prev_alnum && strncmp (p, needle, len) == 0)
                rank = TAUTAN_SEARCH_WORD_PREFIX;
              prev_alnum = alnum;
            }
          if (rank < 0 && every_word_starts (key, needle))
            rank = TAUTAN_SEARCH_WORDS;
          if (rank < 0 && unspaced (g_utf8_get_char (needle)) && strstr (key, needle) != NULL)
            rank = TAUTAN_SEARCH_SUBSTRING;
        }
      if (rank >= 0 && (best < 0 || rank < best))
        {
          best = rank;
          *best_key = k;
        }
    }
  return best;
}

/* Random names over a few letters (with accents, Cyrillic, separators),
 * so that matches of every rank abound; every answer is compared with
 * the slow reference, and limits with the full answer. */
static void
test_random (void)
{
  static const char *const pieces[] = {
    "a", "b", "o", "Á", "ö", "ж", "Ж", " ", "-", "ab", "bo", "ÖA", "ﬁ",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261205);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(TautanDataset) ds = NULL;
  g_autoptr(TautanSearchIndex) index = NULL;
  const guint n_entities = 300;

  for (guint i = 0; i < n_entities; i++)
    {
      g_autoptr(GString) s = g_string_new (NULL);
      guint n_keys = 1 + (guint)g_rand_int_range (rand, 0, 3);

      for (guint k = 0; k < n_keys; k++)
        {
          guint n_pieces = 1 + (guint)g_rand_int_range (rand, 0, 6);

          if (k > 0)
            g_string_append_c (s, '|');
          /* Names may not be blank: start with a letter. */
          g_string_append (s, "b");
          for (guint p = 0; p < n_pieces; p++)
            g_string_append (s, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
        }
      g_ptr_array_add (names, g_string_free (g_steal_pointer (&s), FALSE));
    }
  ds = load_entities ((const char *const *)names->pdata, names->len);
  index = tautan_search_index_new (ds);

  for (guint q = 0; q < 400; q++)
    {
      g_autoptr(GString) typed = g_string_new (NULL);
      g_autoptr(GArray) all = NULL;
      g_autofree char *needle = NULL;
      g_autofree int *expected = g_new (int, n_entities);
      guint n_expected = 0, n_pieces = 1 + (guint)g_rand_int_range (rand, 0, 3);
      int last_rank = TAUTAN_SEARCH_EXACT;

      for (guint p = 0; p < n_pieces; p++)
        g_string_append (typed, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
      if (g_rand_boolean (rand))
        {
          g_autofree char *up = g_utf8_strup (typed->str, -1);

          g_string_assign (typed, up);
        }
      needle = tautan_search_fold (typed->str);

      for (guint e = 0; e < n_entities; e++)
        {
          guint key;

          expected[e] = *needle == '\0' ? -1 : reference_rank (ds, e, needle, &key);
          n_expected += expected[e] >= 0;
        }

      all = tautan_search_index_query (index, typed->str, n_entities);
      g_assert_cmpuint (all->len, ==, n_expected);
      for (guint i = 0; i < all->len; i++)
        {
          TautanSearchHit *hit = &g_array_index (all, TautanSearchHit, i);
          TautanEntity e;
          guint ref_key;

          g_assert_cmpint (hit->rank, ==, expected[hit->entity]);
          expected[hit->entity] = -1;   /* listed once */
          g_assert_cmpint ((int)hit->rank, >=, last_rank);
          last_rank = hit->rank;
          /* The key named matches with that rank on its own. */
          tautan_dataset_get_entity (ds, hit->entity, &e);
          g_assert_cmpuint (hit->key, <=, e.n_aliases);
          reference_rank (ds, hit->entity, needle, &ref_key);
          {
            g_autofree char *key = tautan_search_fold (hit->key == 0 ? e.name :
                                                       tautan_dataset_get_string (ds, e.aliases[hit->key - 1]));

            if (hit->rank == TAUTAN_SEARCH_WORDS)
              g_assert_true (every_word_starts (key, needle));
            else
              g_assert_nonnull (strstr (key, needle));
            if (hit->rank == TAUTAN_SEARCH_EXACT)
              g_assert_cmpstr (key, ==, needle);
            else if (hit->rank == TAUTAN_SEARCH_PREFIX)
              g_assert_true (g_str_has_prefix (key, needle));
          }
        }

      /* A limit gives the full answer's head. */
      {
        guint limit = 1 + (guint)g_rand_int_range (rand, 0, 20);
        g_autoptr(GArray) some = tautan_search_index_query (index, typed->str, limit);

        g_assert_cmpuint (some->len, ==, MIN (limit, all->len));
        for (guint i = 0; i < some->len; i++)
          {
            TautanSearchHit *a = &g_array_index (some, TautanSearchHit, i);
            TautanSearchHit *b = &g_array_index (all, TautanSearchHit, i);

            g_assert_cmpuint (a->entity, ==, b->entity);
            g_assert_cmpint (a->rank, ==, b->rank);
            g_assert_cmpuint (a->key, ==, b->key);
          }
      }
    }
}

/* "Putin" typed letter by letter listed both Koreas: "pu" matched inside
 * "Republic". Only where a word starts, now; several words in any order;
 * anywhere only in a script written without spaces. */
static void
test_words (void)
{
  static const char *const names[] = {
    "Vladimir Putin|Putin|Владимир Путин",
    "North Korea|Democratic People's Republic of Korea|조선민주주의인민공화국",
    "South Korea|Republic of Korea",
    "Rasputin",
    "Kim Jong Un|Kim Jong-un",
    "習近平|Xi Jinping",
  };
  g_autoptr(TautanDataset) ds = load_entities (names, G_N_ELEMENTS (names));
  g_autoptr(TautanSearchIndex) index = tautan_search_index_new (ds);
  const struct {
    const char      *typed;
    TautanSearchHit  hits[3];
    guint            n_hits;
  } cases[] = {
    { "p",              { { 0, TAUTAN_SEARCH_PREFIX, 1 }, { 1, TAUTAN_SEARCH_WORD_PREFIX, 1 } }, 2 },
    { "pu",             { { 0, TAUTAN_SEARCH_PREFIX, 1 } }, 1 },
    { "putin",          { { 0, TAUTAN_SEARCH_EXACT, 1 } }, 1 },
    { "ПУТИН",          { { 0, TAUTAN_SEARCH_WORD_PREFIX, 2 } }, 1 },
    { "putin vladimir", { { 0, TAUTAN_SEARCH_WORDS, 0 } }, 1 },
    /* a key starting with the longest word typed first */
    { "korea republic", { { 2, TAUTAN_SEARCH_WORDS, 1 }, { 1, TAUTAN_SEARCH_WORDS, 1 } }, 2 },
    { "kim un",         { { 4, TAUTAN_SEARCH_WORDS, 0 } }, 1 },
    { "jong-un",        { { 4, TAUTAN_SEARCH_WORD_PREFIX, 1 } }, 1 },
    { "近平",           { { 5, TAUTAN_SEARCH_SUBSTRING, 0 } }, 1 },
    { "인민",           { { 1, TAUTAN_SEARCH_SUBSTRING, 2 } }, 1 },
    { "ublic",          { { 0 } }, 0 },
    { "utin",           { { 0 } }, 0 },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(GArray) hits = tautan_search_index_query (index, cases[c].typed, 10);

      g_test_message ("%s", cases[c].typed);
      assert_hits (hits, cases[c].hits, cases[c].n_hits);
    }
}

/* One index per dataset, shared by the window's searches and choosers,
 * freed with the dataset. */
static void
test_shared (void)
{
  static const char *const names[] = { "Vladimir Putin", "North Korea" };
  TautanDataset *ds = load_entities (names, G_N_ELEMENTS (names));
  TautanSearchIndex *index = tautan_search_index_get_shared (ds);
  g_autoptr(GArray) hits = tautan_search_index_query (index, "putin", 10);

  g_assert_true (tautan_search_index_get_shared (ds) == index);
  g_assert_true (tautan_search_index_get_dataset (index) == ds);
  g_assert_cmpuint (hits->len, ==, 1);
  g_object_add_weak_pointer (G_OBJECT (index), (gpointer *)&index);
  g_assert_finalize_object (ds);
  g_assert_null (index);
}

static void
test_empty_dataset (void)
{
  static const char *const names[] = { "A" };
  g_autoptr(TautanDataset) ds = load_entities (names, 1);
  g_autoptr(TautanSearchIndex) index = tautan_search_index_new (ds);
  g_autoptr(GArray) hits = tautan_search_index_query (index, "a", 0);
  g_autoptr(GArray) one = tautan_search_index_query (index, "a", 5);

  g_assert_cmpuint (hits->len, ==, 0);
  g_assert_cmpuint (one->len, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/search-index/fold", test_fold);
  g_test_add_func ("/search-index/ranking", test_ranking);
  g_test_add_func ("/search-index/random", test_random);
  g_test_add_func ("/search-index/words", test_words);
  g_test_add_func ("/search-index/shared", test_shared);
  g_test_add_func ("/search-index/limit-and-single", test_empty_dataset);

  return g_test_run ();
}
