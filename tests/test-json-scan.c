/* test-json-scan.c: the byte-level pass json-glib relies on
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tautan/tautan-diagnostic.h"
#include "tautan/tautan-json-scan.h"
#include "tautan/tautan-json-writer.h"

static char *
first_problem (const char *data,
               gsize       len)
{
  g_autoptr(GPtrArray) diags = g_ptr_array_new_with_free_func ((GDestroyNotify)tautan_diagnostic_free);

  if (tautan_json_scan_check (data, len, "t.json", diags))
    {
      g_assert_cmpuint (diags->len, ==, 0);
      return NULL;
    }
  g_assert_cmpuint (diags->len, ==, 1);
  return tautan_diagnostic_format (g_ptr_array_index (diags, 0));
}

static void
check (const char *json,
       const char *expected)
{
  g_autofree char *got = first_problem (json, strlen (json));

  g_assert_cmpstr (got, ==, expected);
}

static void
test_valid (void)
{
  const char *valid[] = {
    "{}", "[]", "0", "-0.5e+10", "1e-400", "1.7e308", "\"\\u00e9\\ud83d\\ude00\"", "true", " null ",
    "{\"a\": [1, 2, {\"b\": \"c\"}], \"d\": false}", "{\"a\":1,\"A\":2}",
    "\"Кремль 김정은\"",
  };

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    check (valid[i], NULL);
}

static void
test_invalid (void)
{
  check ("", "t.json: error: the file is empty");
  check ("  \n ", "t.json:2:2: error: no JSON value: the file holds only white space");
  check ("[1,]", "t.json:1:4: error: unexpected ']' after ',' (trailing comma)");
  check ("{\"a\":1,}", "t.json:1:8: error: unexpected '}' after ',' (trailing comma)");
  check ("{\"a\" 1}", "t.json:1:6: error: unexpected '1', expected ':' after the member name");
  check ("[\"abc", "t.json:1:2: error: unterminated string");
  check ("[\"a\nb\"]", "t.json:1:4: error: line break inside a string (unterminated string, or write it as \\n)");
  check ("[\"\\q\"]", "t.json:1:3: error: invalid escape \\q in string");
  check ("[\"\\ud800\"]", "t.json:1:3: error: unpaired surrogate \\uD800 in string");
  check ("[\"\\u0000\"]", "t.json:1:3: error: \\u0000 (NUL) in a string is not allowed");
  check ("[01]", "t.json:1:2: error: invalid number");
  check ("[1.]", "t.json:1:2: error: invalid number");
  check ("{\"zoom\": 1e400}", "t.json:1:10: error: number 1e400 is too large (a JSON number must fit in a double)");
  check ("[-2.5E+309]", "t.json:1:2: error: number -2.5E+309 is too large (a JSON number must fit in a double)");
  check ("{} x", "t.json:1:4: error: unexpected 'x' after the end of the JSON value");
  check ("[tru]", "t.json:1:2: error: unexpected \"tru\", expected a value (object, array, string, number, true, false or null)");
  check ("{\"a\": [1, 2", "t.json:1:12: error: unexpected end of file, expected ',' or ']' after an array element");
  check ("\xEF\xBB\xBF{}", "t.json:1:1: error: byte order mark (U+FEFF) at the start: save the file as UTF-8 without BOM");
  check ("{\n  \"é\": 1,\n  \"é\": 2\n}",
         "t.json:3:3: error: duplicate key \"é\" in object (first at line 2, column 3)");
  check ("{\"id\": 1, \"\\u0069d\": 2}", "t.json:1:11: error: duplicate key \"id\" in object (first at line 1, column 2)");
  check ("[\n\"ok\",\n\"\xFF\"]", "t.json:3:2: error: invalid UTF-8 (byte 0xFF)");
  /* The UTF-8 check starts at a string's first byte past ASCII: a
   * noncharacter is found after plain text, after other such bytes, and
   * after an escape. */
  check ("[\"plain text then \xEF\xBF\xBF\"]", "t.json:1:19: error: noncharacter U+FFFF in string is not allowed");
  check ("[\"caf\xC3\xA9 and \xEF\xB7\x90\"]", "t.json:1:12: error: noncharacter U+FDD0 in string is not allowed");
  check ("[\"\\n\xEF\xBF\xBE\"]", "t.json:1:5: error: noncharacter U+FFFE in string is not allowed");
  /* Keys compared by their first seven bytes and length, then in full. */
  check ("{\"date_basis\": 1, \"date_basit\": 2, \"date_basis\": 3}",
         "t.json:1:36: error: duplicate key \"date_basis\" in object (first at line 1, column 2)");
  check ("{\"abcdefg\": 1, \"abcdefgh\": 2, \"abcdef\": 3}", NULL);
  check ("{\"summary\": 1, \"summar\\u0079\": 2}",
         "t.json:1:16: error: duplicate key \"summary\" in object (first at line 1, column 2)");
}

static void
test_nul (void)
{
  const char data[] = "{\n  \"a\": \"x\0y\"\n}";
  g_autofree char *got = first_problem (data, sizeof data - 1);

  g_assert_cmpstr (got, ==, "t.json:2:10: error: NUL byte (0x00) in the file: this is not a text file");
}

/* No pass of its own looks for a NUL before the walk: wherever it is, the
 * walk fails on it and the file is refused. */
static void
test_nul_anywhere (void)
{
  static const struct { const char *data; gsize len; const char *where; } cases[] = {
    { "[1]\0", 4, "1:4" },
    { "[1]\n\0\n", 6, "2:1" },
    { "\0[1]", 4, "1:1" },
    { "[12\0]", 5, "1:4" },
    { "[1,\0 2]", 7, "1:4" },
    { "{\"a\"\0: 1}", 9, "1:5" },
    { "[tru\0]", 6, "1:5" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = first_problem (cases[i].data, cases[i].len);
      g_autofree char *expected = g_strdup_printf ("t.json:%s: error: NUL byte (0x00) in the file: "
                                                   "this is not a text file", cases[i].where);

      g_assert_cmpstr (got, ==, expected);
    }
}

static void
test_deep (void)
{
  gsize n = 100000;
  g_autofree char *deep = g_malloc (n * 2 + 1);
  g_autofree char *got = NULL;
  g_autofree char *ok = NULL;

  memset (deep, '[', n);
  memset (deep + n, ']', n);
  deep[2 * n] = 0;
  got = first_problem (deep, 2 * n);
  g_assert_cmpstr (got, ==, "t.json:1:129: error: nesting too deep: more than 128 levels of objects and arrays");

  /* Exactly at the limit is fine. */
  memmove (deep + 128, deep + n * 2 - 128, 128);
  deep[256] = 0;
  ok = first_problem (deep, 256);
  g_assert_null (ok);
}

static void
test_big_object_duplicates (void)
{
  g_autoptr(GString) json = g_string_new ("{");
  g_autofree char *got = NULL;

  /* Past 32 keys the scanner switches to a hash table: check both paths. */
  for (guint i = 0; i < 100; i++)
    g_string_append_printf (json, "\"k%u\": %u, ", i, i);
  g_string_append (json, "\"k57\": 0}");
  got = first_problem (json->str, json->len);
  g_assert_nonnull (got);
  g_assert_true (strstr (got, "duplicate key \"k57\"") != NULL);
}

static void
test_locate (void)
{
  const char *json = "{\n  \"events\": [\n    {\"id\": \"a\"},\n    {\"id\": \"b\", \"actors\": [\"x\", \"y\"]}\n  ],\n"
                     "  \"odd key\": {\"q\": 1}\n}";
  g_autoptr(GHashTable) wanted = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  TautanJsonPosition *a = g_new0 (TautanJsonPosition, 1);
  TautanJsonPosition *b = g_new0 (TautanJsonPosition, 1);
  TautanJsonPosition *c = g_new0 (TautanJsonPosition, 1);
  TautanJsonPosition *missing = g_new0 (TautanJsonPosition, 1);

  g_hash_table_insert (wanted, "$.events[1].actors[1]", a);
  g_hash_table_insert (wanted, "$.events[0]", b);
  g_hash_table_insert (wanted, "$[\"odd key\"].q", c);
  g_hash_table_insert (wanted, "$.events[7]", missing);

  g_assert_cmpuint (tautan_json_scan_locate (json, strlen (json), wanted), ==, 3);
  g_assert_cmpuint (a->line, ==, 4);
  g_assert_cmpuint (a->column, ==, 33);
  g_assert_cmpuint (b->line, ==, 3);
  g_assert_cmpuint (b->column, ==, 5);
  g_assert_cmpuint (c->line, ==, 6);
  g_assert_cmpuint (c->column, ==, 20);
  g_assert_cmpuint (missing->line, ==, 0);
}

/* What we write, our reader takes back: json-glib 1.6 alone writes raw
 * control characters and "1e-300.0". */
static void
test_writer_round_trip (void)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *json = NULL;
  gsize len = 0;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "s");
  json_builder_add_string_value (builder, "a\001b \"1e5.0\" \\e7.0");
  json_builder_set_member_name (builder, "tiny");
  json_builder_add_double_value (builder, 1e-300);
  json_builder_set_member_name (builder, "huge");
  json_builder_add_double_value (builder, -2.5e300);
  json_builder_set_member_name (builder, "plain");
  json_builder_add_double_value (builder, 2.0);
  json_builder_set_member_name (builder, "n");
  json_builder_add_int_value (builder, 7);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);

  json = tautan_json_to_data (root, FALSE, &len);
  g_assert_cmpuint (len, ==, strlen (json));
  g_assert_cmpstr (json, ==, "{\"s\":\"a\\u0001b \\\"1e5.0\\\" \\\\e7.0\",\"tiny\":1e-300,"
                             "\"huge\":-2.5000000000000001e+300,\"plain\":2.0,\"n\":7}");
  check (json, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/tautan/json-scan/valid", test_valid);
  g_test_add_func ("/tautan/json-scan/invalid", test_invalid);
  g_test_add_func ("/tautan/json-scan/nul", test_nul);
  g_test_add_func ("/tautan/json-scan/nul-anywhere", test_nul_anywhere);
  g_test_add_func ("/tautan/json-scan/deep", test_deep);
  g_test_add_func ("/tautan/json-scan/big-object-duplicates", test_big_object_duplicates);
  g_test_add_func ("/tautan/json-scan/locate", test_locate);
  g_test_add_func ("/tautan/json-scan/writer-round-trip", test_writer_round_trip);

  return g_test_run ();
}
