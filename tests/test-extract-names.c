/* test-extract-names.c: how the extractor reads names, one short text each
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The shapes of names that event participants take in Indonesian and
 * English news: a body's name spelt out and then shortened in brackets,
 * Balinese names and a region's name between a title and a person's, an
 * Indonesian minister's portfolio before the name, an embassy. Each text
 * is run through tautan_extract_article() and the entity read back from
 * the quote or event that uses it (the output holds only those).
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "tautan/tautan-date.h"
#include "tautan/tautan-extract.h"
#include "tautan/tautan-extraction.h"

#include "tautan-test-extract.h"

static JsonNode *
extract (const char *text)
{
  /* a headline in the text's language: short texts are told apart by it */
  gboolean english = strstr (text, "\"") != NULL || strstr (text, " the ") != NULL || strstr (text, " said") != NULL;

  return tautan_test_extract (english ? "A headline for the rule" : "Judul berita untuk aturan ini",
                              text, "2024-05-13");
}

/* The entity with @id: its @member. */
static const char *
entity_member (JsonObject *root,
               const char *id,
               const char *member)
{
  JsonArray *entities = json_object_get_array_member (root, "entities");

  for (guint i = 0; id != NULL && i < json_array_get_length (entities); i++)
    {
      JsonObject *e = json_array_get_object_element (entities, i);

      if (g_strcmp0 (json_object_get_string_member (e, "id"), id) == 0)
        return json_object_get_string_member_with_default (e, member, NULL);
    }
  return NULL;
}

/* Whether an entity of the output is named @name and is of @kind. */
static gboolean
has_entity (JsonObject *root,
            const char *name,
            const char *kind)
{
  JsonArray *entities = json_object_get_array_member (root, "entities");

  for (guint i = 0; i < json_array_get_length (entities); i++)
    {
      JsonObject *e = json_array_get_object_element (entities, i);

      if (g_strcmp0 (json_object_get_string_member (e, "name"), name) == 0
          && (kind == NULL || g_strcmp0 (json_object_get_string_member (e, "kind"), kind) == 0))
        return TRUE;
    }
  return FALSE;
}

/* The first object of the array @member whose string @key starts with
 * @value (or is @value, when @whole); fails the test when there is none. */
static JsonObject *
first_with (JsonObject *root,
            const char *member,
            const char *key,
            const char *value,
            gboolean    whole)
{
  JsonArray *array = json_object_get_array_member (root, member);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *o = json_array_get_object_element (array, i);
      const char *s = json_object_get_string_member (o, key);

      if (whole ? g_strcmp0 (s, value) == 0 : g_str_has_prefix (s, value))
        return o;
    }
  g_test_message ("no %s with %s “%s”", member, key, value);
  g_assert_not_reached ();
  return NULL;
}

/* The speaker of the quote that starts with @words is the entity named
 * @name, of @kind. */
static void
assert_speaker (const char *text,
                const char *words,
                const char *name,
                const char *kind)
{
  g_autoptr(JsonNode) node = extract (text);
  JsonObject *root = json_node_get_object (node);
  JsonObject *speaker = json_object_get_object_member (first_with (root, "quotes", "text", words, FALSE),
                                                       "speaker");
  const char *id = json_object_get_string_member_with_default (speaker, "entity", NULL);

  g_assert_cmpstr (entity_member (root, id, "name"), ==, name);
  g_assert_cmpstr (entity_member (root, id, "kind"), ==, kind);
}

/* The first event of @type has @actor among its actors, by name. */
static void
assert_actor (const char *text,
              const char *type,
              const char *actor)
{
  g_autoptr(JsonNode) node = extract (text);
  JsonObject *root = json_node_get_object (node);
  JsonArray *actors = json_object_get_array_member (first_with (root, "events", "type", type, TRUE), "actors");

  for (guint k = 0; k < json_array_get_length (actors); k++)
    if (g_strcmp0 (entity_member (root, json_array_get_string_element (actors, k), "name"), actor) == 0)
      return;
  g_test_message ("the %s event's actors are not %s", type, actor);
  g_assert_not_reached ();
}

/* "Badan Kerja Sama Antar Parlemen (BKSAP)", "the Russian Presidential
 * Academy of National Economy and Public Administration (RANEPA)": the
 * name spelt out before its short form is one body, whatever small words
 * or known names stand in it, and the short form names it later, alone
 * or after the name's head (dev/134, dev/135) */
static void
test_name_defined_by_acronym (void)
{
  assert_speaker ("Badan Kerja Sama Antar Parlemen (BKSAP) menerima delegasi Armenia pada Senin. "
                  "\u201cKami senang,\u201d kata BKSAP.\n",
                  "Kami senang", "Badan Kerja Sama Antar Parlemen", "organisation");
  assert_speaker ("Biro Kerja Sama Antar Parlemen (KSAP) menerima mahasiswa pada Senin. "
                  "\u201cKami senang,\u201d kata Biro KSAP.\n",
                  "Kami senang", "Biro Kerja Sama Antar Parlemen", "organisation");
  assert_speaker ("The Russian Presidential Academy of National Economy and Public Administration (RANEPA) "
                  "sent students to Jakarta on Monday. \"We are glad,\" RANEPA said.\n",
                  "We are glad", "Russian Presidential Academy of National Economy and Public Administration",
                  "organisation");
}

/* A person's name glossed by initials stays the person's: "Susilo
 * Bambang Yudhoyono (SBY)"; a post's short form names no body: "Perdana
 * Menteri (PM)" */
static void
test_acronym_of_person_or_post (void)
{
  g_autoptr(JsonNode) node = NULL;

  assert_speaker ("Mantan presiden Susilo Bambang Yudhoyono (SBY) hadir pada Senin. \u201cSaya senang,\u201d "
                  "kata SBY.\n", "Saya senang", "Susilo Bambang Yudhoyono", "person");
  node = extract ("Perdana Menteri (PM) Kepulauan Solomon Jeremiah Manele tiba pada Senin. "
                  "\u201cSaya senang,\u201d kata PM Manele.\n");
  g_assert_false (has_entity (json_node_get_object (node), "Perdana Menteri", NULL));
}

/* "Badan Keamanan Laut (Bakamla) RI melaksanakan kunjungan": the state
 * after a body's short form is the body's, not the actor (dev/113) */
static void
test_state_after_gloss (void)
{
  assert_actor ("Badan Keamanan Laut (Bakamla) RI melaksanakan kunjungan kerja ke Kabupaten Karangasem pada "
                "Senin.\n", "meet", "Badan Keamanan Laut");
}

/* "Bupati Karangasem I Gede Dana", "Bali Governor I Wayan Koster": a
 * Balinese name begins at its opener ("I", "Ni", "Anak Agung", "Ida
 * Bagus"), which is no pronoun; the words between the title and it are
 * the title's region (dev/113) */
static void
test_balinese_names (void)
{
  assert_speaker ("\u201cKami siap,\u201d kata Bupati Karangasem I Gede Dana di Kabupaten Karangasem.\n",
                  "Kami siap", "I Gede Dana", "person");
  assert_speaker ("\u201cKami siap,\u201d kata Bupati Gianyar Anak Agung Gde Agung.\n",
                  "Kami siap", "Anak Agung Gde Agung", "person");
  assert_speaker ("\u201cKami siap,\u201d ujar Ketua DPRD Bali I Nyoman Adi Wiryatama.\n",
                  "Kami siap", "I Nyoman Adi Wiryatama", "person");
  assert_speaker ("\"We are ready,\" said Bali Governor I Wayan Koster.\n",
                  "We are ready", "I Wayan Koster", "person");
}

/* "Bupati Bangkalan Abdul Latif": after a region's head's title, a
 * region the text names as such elsewhere ("di Bangkalan") is the
 * title's, not the person's first name */
static void
test_region_after_title (void)
{
  assert_speaker ("\u201cKami siap,\u201d kata Bupati Bangkalan Abdul Latif di Bangkalan pada Senin.\n",
                  "Kami siap", "Abdul Latif", "person");
  /* no region named elsewhere: the three words are the name */
  assert_speaker ("\u201cKami siap,\u201d kata Gubernur Khofifah Indar Parawansa pada Senin.\n",
                  "Kami siap", "Khofifah Indar Parawansa", "person");
}

/* "Menteri Kelautan dan Perikanan Sakti Wahyu Trenggono": an Indonesian
 * minister's portfolio, cut by "dan" or commas, names no one, and the
 * name after it is whole (dev/124) */
static void
test_portfolio_before_name_id (void)
{
  g_autoptr(JsonNode) node = NULL;

  assert_speaker ("Menteri Kelautan dan Perikanan Sakti Wahyu Trenggono mengatakan, \u201cKami bekerja.\u201d\n",
                  "Kami bekerja", "Sakti Wahyu Trenggono", "person");
  assert_speaker ("Menteri Energi dan Sumber Daya Mineral Bahlil Lahadalia mengatakan, \u201cKami bekerja.\u201d\n",
                  "Kami bekerja", "Bahlil Lahadalia", "person");
  node = extract ("Menteri Pemuda dan Olahraga Dito Ariotedjo bertemu atlet pada Senin. Menteri Pemuda dan "
                  "Olahraga Dito Ariotedjo mengatakan, \u201cKami bangga.\u201d\n");
  g_assert_true (has_entity (json_node_get_object (node), "Dito Ariotedjo", "person"));
  g_assert_false (has_entity (json_node_get_object (node), "Pemuda", NULL));
}

/* "Wakil Ketua BKSAP DPR RI Putu Supadma Rudana": an acronym after a
 * title is a body, not a person (dev/134) */
static void
test_acronym_after_title (void)
{
  g_autoptr(JsonNode) node = extract ("\u201cKami senang,\u201d kata Wakil Ketua BKSAP DPR RI pada Senin.\n");

  g_assert_false (has_entity (json_node_get_object (node), "BKSAP", "person"));
  g_assert_true (has_entity (json_node_get_object (node), "BKSAP", "organisation"));
}

/* "Kedutaan Besar Malaysia": an embassy is a body of its state, not a
 * person or a place (dev/057) */
static void
test_embassy (void)
{
  assert_speaker ("\u201cKami meminta informasi,\u201d kata Kedutaan Besar Malaysia pada Senin.\n",
                  "Kami meminta", "Kedutaan Besar Malaysia", "organisation");
}

/* "Kontingen Indonesia": a state's contingent is a body named with its
 * state (dev/105 had "Kontingen" alone) */
static void
test_contingent (void)
{
  assert_speaker ("\u201cKami siap,\u201d kata Kontingen Indonesia pada Senin.\n",
                  "Kami siap", "Kontingen Indonesia", "organisation");
}

/* "Exercise Super Garuda Shield", "Latihan Bersama Garuda Shield": a
 * drill is no party to what is done in it (dev/062 made it the target
 * of aid) */
static void
test_exercise_names_no_one (void)
{
  const char *texts[] = {
    "The U.S. Army provided humanitarian aid as part of Exercise Super Garuda Shield on Monday.\n",
    "Tentara AS memberikan bantuan kemanusiaan dalam Latihan Bersama Garuda Shield pada Senin.\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(JsonNode) node = extract (texts[i]);
      JsonObject *root = json_node_get_object (node);

      g_assert_false (has_entity (root, "Garuda Shield", NULL));
      g_assert_false (has_entity (root, "Super Garuda Shield", NULL));
      g_assert_false (has_entity (root, "Latihan Bersama Garuda Shield", NULL));
    }
}

/* "ungkap Politisi Fraksi Partai Demokrat ini": a politician named by
 * party, no person called "Fraksi" (dev/134) */
static void
test_politician_of_faction (void)
{
  g_autoptr(JsonNode) node = extract ("Putu Supadma Rudana menerima delegasi Armenia pada Senin. \u201cKami "
                                      "senang,\u201d ungkap Politisi Fraksi Partai Demokrat ini.\n");
  JsonObject *root = json_node_get_object (node);

  g_assert_false (has_entity (root, "Politisi Fraksi", NULL));
  g_assert_false (has_entity (root, "Fraksi", "person"));
}

/* "U.S. Army Pacific-sponsored exercise": a name joined to a participle
 * is an adjective, not part of a name (dev/061 had "Army
 * Pacific-sponsored"); "Kim Jong-un" keeps its joined part. English only:
 * Indonesian forms no such participles */
static void
test_compound_adjective (void)
{
  g_autoptr(JsonNode) node = extract ("This year's U.S. Army Pacific-sponsored exercise, hosted by the Indonesian "
                                      "armed forces, began on Monday.\n");
  JsonObject *root = json_node_get_object (node);
  JsonArray *entities = json_object_get_array_member (root, "entities");

  for (guint i = 0; i < json_array_get_length (entities); i++)
    g_assert_null (strstr (json_object_get_string_member (json_array_get_object_element (entities, i), "name"),
                           "sponsored"));
  g_assert_true (has_entity (root, "U.S. Army", "organisation"));
  assert_speaker ("\"It went well,\" said Kim Jong-un on Monday.\n", "It went well", "Kim Jong Un", "person");
}

/* "Hurricane Fiona", "Topan Haiyan": a storm is no person and no party
 * (dev/088 and dev/089 had storms as people) */
static void
test_storm_names_no_one (void)
{
  const char *texts[] = {
    "The EPA sent aid to Hurricane Fiona victims on Monday.\n",
    "Amerika Serikat mengirim bantuan kepada korban Topan Haiyan pada Senin.\n",
  };
  const char *names[] = { "Hurricane Fiona", "Topan Haiyan" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(JsonNode) node = extract (texts[i]);

      g_assert_false (has_entity (json_node_get_object (node), names[i], NULL));
    }
}

/* "U.S. Treasury Secretary Jacob J. Lew met …": a portfolio before the
 * post makes the state before them the person's, not the actor (dev/137,
 * dev/112); in Indonesian the portfolio follows the post ("Menteri
 * Keuangan AS Janet Yellen"), which the lexicon already reads */
static void
test_portfolio_before_post (void)
{
  assert_actor ("U.S. Treasury Secretary Jacob J. Lew met Greek Finance Minister Euclid Tsakalotos on Monday.\n",
                "meet", "Jacob J. Lew");
  assert_actor ("Menteri Keuangan AS Janet Yellen bertemu Menteri Keuangan Yunani Euclid Tsakalotos pada Senin.\n",
                "meet", "Janet Yellen");
}

/* "the 2016 Annual Meetings of the IMF", "the Google Science Fair": a
 * gathering is no person or party (dev/137 had a person "Annual
 * Meetings"); Indonesian names of gatherings open with their head noun
 * ("Pertemuan", "KTT"), which the lexicon reads */
static void
test_occasion_names_no_one (void)
{
  g_autoptr(JsonNode) node = extract ("Jacob Lew met Euclid Tsakalotos at the 2016 Annual Meetings of the "
                                      "International Monetary Fund on Monday.\n");

  g_assert_false (has_entity (json_node_get_object (node), "Annual Meetings", NULL));
  /* a surname that is a noun of gatherings stays a person's */
  assert_speaker ("\"We are glad,\" Jonathan Fair said on Monday.\n", "We are glad", "Jonathan Fair", "person");
}

/* "the Bureau of Indian Affairs": a state's adjective after "of" inside
 * a body's name is the name's (dev/042 had India and "Affairs");
 * English only: an Indonesian body names a state by its name after it */
static void
test_demonym_inside_body (void)
{
  assert_speaker ("\"We will help the tribes,\" the Bureau of Indian Affairs said on Monday.\n",
                  "We will help", "Bureau of Indian Affairs", "organisation");
}

/* "tempat pelelangan ikan (TPI)": a thing named in small letters and
 * shortened in brackets is no body, there or later (dev/124 made "TPI"
 * the target of an appeal); English does it too: "liquefied natural gas
 * (LNG)" */
static void
test_acronym_of_thing (void)
{
  const char *texts[] = {
    "Fasilitas tempat pelelangan ikan (TPI) belum ada. Menteri Sakti Wahyu Trenggono meminta pembangunan TPI "
    "pada Senin.\n",
    "The plant sells liquefied natural gas (LNG). Minister Sakti Wahyu Trenggono asked LNG buyers to pay on "
    "Monday.\n",
  };
  const char *names[] = { "TPI", "LNG" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(JsonNode) node = extract (texts[i]);

      g_assert_false (has_entity (json_node_get_object (node), names[i], NULL));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/tautan/extract-names/acronym/defined", test_name_defined_by_acronym);
  g_test_add_func ("/tautan/extract-names/acronym/person-or-post", test_acronym_of_person_or_post);
  g_test_add_func ("/tautan/extract-names/acronym/state-after-gloss", test_state_after_gloss);
  g_test_add_func ("/tautan/extract-names/acronym/after-title", test_acronym_after_title);
  g_test_add_func ("/tautan/extract-names/acronym/thing", test_acronym_of_thing);
  g_test_add_func ("/tautan/extract-names/people/balinese", test_balinese_names);
  g_test_add_func ("/tautan/extract-names/people/region-after-title", test_region_after_title);
  g_test_add_func ("/tautan/extract-names/people/portfolio-id", test_portfolio_before_name_id);
  g_test_add_func ("/tautan/extract-names/bodies/embassy", test_embassy);
  g_test_add_func ("/tautan/extract-names/bodies/contingent", test_contingent);
  g_test_add_func ("/tautan/extract-names/bodies/exercise", test_exercise_names_no_one);
  g_test_add_func ("/tautan/extract-names/people/politician-of-faction", test_politician_of_faction);
  g_test_add_func ("/tautan/extract-names/bodies/compound-adjective", test_compound_adjective);
  g_test_add_func ("/tautan/extract-names/bodies/storm", test_storm_names_no_one);
  g_test_add_func ("/tautan/extract-names/bodies/occasion", test_occasion_names_no_one);
  g_test_add_func ("/tautan/extract-names/bodies/demonym-inside", test_demonym_inside_body);
  g_test_add_func ("/tautan/extract-names/people/portfolio-before-post", test_portfolio_before_post);

  return g_test_run ();
}
