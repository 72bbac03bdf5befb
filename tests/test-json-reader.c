/* test-json-reader.c: the pull reader the loader reads datasets with
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "tautan/tautan-dataset.h"
#include "tautan/tautan-diagnostic.h"
#include "tautan/tautan-json-reader.h"
#include "tautan/tautan-json-scan.h"

static char *
decoded (const TautanJsonString *string)
{
  char *text = g_malloc (string->len + 1);

  text[tautan_json_string_decode (string, text)] = '\0';
  return text;
}

static char *
read_text (TautanJsonReader *reader)
{
  TautanJsonString string;

  g_assert_true (tautan_json_reader_read_string (reader, &string));
  return decoded (&string);
}

static void
assert_name (TautanJsonReader *reader,
             const char       *expected)
{
  TautanJsonString name;
  g_autofree char *text = NULL;

  g_assert_true (tautan_json_reader_next_member (reader, &name));
  text = decoded (&name);
  g_assert_cmpstr (text, ==, expected);
}

static void
test_walk (void)
{
  const char *json = " { \"a\" : [ 1 , -2 , true , false , null , \"x\" ] ,\n"
                     "\"b\":{\"c\":{\"d\":[[]]}},\"e\":\"\",\"f\":{}, \"g\" : 3.5 }  ";
  TautanJsonReader r;
  g_autofree char *x = NULL;
  g_autofree char *empty = NULL;
  gboolean flag = TRUE;
  gint64 v = 0;

  tautan_json_reader_init (&r, json, strlen (json));
  g_assert_cmpint (tautan_json_reader_peek (&r), ==, TAUTAN_JSON_OBJECT);
  g_assert_false (tautan_json_reader_begin_array (&r));
  g_assert_true (tautan_json_reader_begin_object (&r));

  assert_name (&r, "a");
  g_assert_cmpint (tautan_json_reader_peek (&r), ==, TAUTAN_JSON_ARRAY);
  g_assert_true (tautan_json_reader_begin_array (&r));
  g_assert_true (tautan_json_reader_next_element (&r));
  g_assert_true (tautan_json_reader_read_integer (&r, &v));
  g_assert_cmpint (v, ==, 1);
  g_assert_true (tautan_json_reader_next_element (&r));
  g_assert_true (tautan_json_reader_read_integer (&r, &v));
  g_assert_cmpint (v, ==, -2);
  g_assert_true (tautan_json_reader_next_element (&r));
  g_assert_cmpint (tautan_json_reader_peek (&r), ==, TAUTAN_JSON_TRUE);
  g_assert_true (tautan_json_reader_read_boolean (&r, &flag));
  g_assert_true (flag);
  g_assert_true (tautan_json_reader_next_element (&r));
  g_assert_cmpint (tautan_json_reader_peek (&r), ==, TAUTAN_JSON_FALSE);
  g_assert_true (tautan_json_reader_read_boolean (&r, &flag));
  g_assert_false (flag);
  g_assert_true (tautan_json_reader_next_element (&r));
  g_assert_cmpint (tautan_json_reader_peek (&r), ==, TAUTAN_JSON_NULL);
  /* Not a boolean: skipped all the same. */
  g_assert_false (tautan_json_reader_read_boolean (&r, &flag));
  g_assert_true (tautan_json_reader_next_element (&r));
  x = read_text (&r);
  g_assert_cmpstr (x, ==, "x");
  g_assert_false (tautan_json_reader_next_element (&r));

  assert_name (&r, "b");
  tautan_json_reader_skip (&r);
  assert_name (&r, "e");
  empty = read_text (&r);
  g_assert_cmpstr (empty, ==, "");
  assert_name (&r, "f");
  g_assert_true (tautan_json_reader_begin_object (&r));
  g_assert_false (tautan_json_reader_next_member (&r, &(TautanJsonString) { 0 }));
  assert_name (&r, "g");
  g_assert_cmpint (tautan_json_reader_peek (&r), ==, TAUTAN_JSON_NUMBER);
  g_assert_false (tautan_json_reader_read_integer (&r, &v));
  g_assert_false (tautan_json_reader_next_member (&r, &(TautanJsonString) { 0 }));

  g_assert_cmpint (tautan_json_reader_peek (&r), ==, TAUTAN_JSON_NONE);
  g_assert_cmpuint (tautan_json_reader_get_offset (&r), ==, strlen (json));
}

static void
test_integers (void)
{
  static const struct { const char *json; gboolean integer; gint64 value; } cases[] = {
    { "0", TRUE, 0 },
    { "-0", TRUE, 0 },
    { "42", TRUE, 42 },
    { "-17", TRUE, -17 },
    { "4294967295", TRUE, G_MAXUINT32 },
    { "9223372036854775807", TRUE, G_MAXINT64 },
    { "-9223372036854775808", TRUE, G_MININT64 },
    { "1.5", FALSE, 0 },
    { "7.0", FALSE, 0 },
    { "1e3", FALSE, 0 },
    { "-2E-2", FALSE, 0 },
    { "0.25e+2", FALSE, 0 },
    { "\"12\"", FALSE, 0 },
    { "[12]", FALSE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *json = g_strdup_printf ("[%s,0]", cases[i].json);
      TautanJsonReader r;
      gint64 v = -1;

      tautan_json_reader_init (&r, json, strlen (json));
      g_assert_true (tautan_json_reader_begin_array (&r));
      g_assert_true (tautan_json_reader_next_element (&r));
      g_assert_cmpint (tautan_json_reader_read_integer (&r, &v), ==, cases[i].integer);
      if (cases[i].integer)
        g_assert_cmpint (v, ==, cases[i].value);

      /* Whatever it was, the reader is past it. */
      g_assert_true (tautan_json_reader_next_element (&r));
      g_assert_true (tautan_json_reader_read_integer (&r, &v));
      g_assert_cmpint (v, ==, 0);
      g_assert_false (tautan_json_reader_next_element (&r));
    }
}

static void
test_strings (void)
{
  static const struct { const char *json; const char *text; gboolean escaped; } cases[] = {
    { "\"plain\"", "plain", FALSE },
    { "\"Кремль 김정은 😀\"", "Кремль 김정은 😀", FALSE },
    { "\"a\\\"b\\\\c\\/d\"", "a\"b\\c/d", TRUE },
    { "\"\\b\\f\\n\\r\\t\"", "\b\f\n\r\t", TRUE },
    { "\"caf\\u00e9\"", "café", TRUE },
    { "\"\\u0069d\"", "id", TRUE },
    { "\"\\uD83D\\uDE00!\"", "😀!", TRUE },
    { "\"\\u20AC\\u00E9x\"", "€éx", TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *json = cases[i].json;
      TautanJsonReader r;
      TautanJsonString s;
      g_autofree char *text = NULL;

      tautan_json_reader_init (&r, json, strlen (json));
      g_assert_true (tautan_json_reader_read_string (&r, &s));
      g_assert_cmpint (s.escaped, ==, cases[i].escaped);
      g_assert_true (s.raw == json + 1);
      g_assert_cmpuint (s.len, ==, strlen (json) - 2);
      text = decoded (&s);
      g_assert_cmpstr (text, ==, cases[i].text);

      g_assert_true (tautan_json_string_equal (&s, cases[i].text, strlen (cases[i].text)));
      g_assert_false (tautan_json_string_equal (&s, cases[i].text, strlen (cases[i].text) - 1));
      g_assert_false (tautan_json_string_equal (&s, "zz", 2));
    }
}

static void
test_skip (void)
{
  /* Brackets and quotes inside strings are text, not structure. */
  const char *json = "[{\"a\": \"]}\\\"[{\", \"b\": [1, {\"c\": \"\\\\\"}], \"d\": null}, \"after\", {\"k\": 1}]";
  TautanJsonReader r;
  TautanJsonString name;
  g_autofree char *after = NULL;
  g_autofree char *again = NULL;
  gsize second;
  gint64 v = 0;

  tautan_json_reader_init (&r, json, strlen (json));
  g_assert_true (tautan_json_reader_begin_array (&r));
  g_assert_true (tautan_json_reader_next_element (&r));
  tautan_json_reader_skip (&r);
  g_assert_true (tautan_json_reader_next_element (&r));
  tautan_json_reader_peek (&r);
  second = tautan_json_reader_get_offset (&r);
  g_assert_cmpint (json[second], ==, '"');
  after = read_text (&r);
  g_assert_cmpstr (after, ==, "after");

  /* Back to a value seen before, to read it again. */
  tautan_json_reader_set_offset (&r, second);
  again = read_text (&r);
  g_assert_cmpstr (again, ==, "after");

  g_assert_true (tautan_json_reader_next_element (&r));
  g_assert_true (tautan_json_reader_begin_object (&r));
  g_assert_true (tautan_json_reader_next_member (&r, &name));
  g_assert_true (tautan_json_string_equal (&name, "k", 1));
  g_assert_true (tautan_json_reader_read_integer (&r, &v));
  g_assert_cmpint (v, ==, 1);
  g_assert_false (tautan_json_reader_next_member (&r, &name));
  g_assert_false (tautan_json_reader_next_element (&r));
  g_assert_cmpuint (tautan_json_reader_get_offset (&r), ==, strlen (json));
}

/* Leaving an object or array part-read lands just past its end, over
 * brackets and quotes inside strings and nested containers; on input cut
 * short it goes to the end of the buffer. */
static void
test_leave (void)
{
  const char *json = "[{\"id\": \"a\", \"x\": \"}]\\\"{\", \"y\": [1, {\"z\": []}], \"w\": null}, "
                     "[1, [2, \"]\"], 3], {}, \"after\"]";
  TautanJsonReader r;
  TautanJsonString name;
  g_autofree char *id = NULL;
  g_autofree char *after = NULL;
  gint64 v = 0;

  tautan_json_reader_init (&r, json, strlen (json));
  g_assert_true (tautan_json_reader_begin_array (&r));

  g_assert_true (tautan_json_reader_next_element (&r));
  g_assert_true (tautan_json_reader_begin_object (&r));
  g_assert_true (tautan_json_reader_next_member (&r, &name));
  g_assert_true (tautan_json_string_equal (&name, "id", 2));
  id = read_text (&r);
  g_assert_cmpstr (id, ==, "a");
  tautan_json_reader_leave (&r);

  g_assert_true (tautan_json_reader_next_element (&r));
  g_assert_true (tautan_json_reader_begin_array (&r));
  g_assert_true (tautan_json_reader_next_element (&r));
  g_assert_true (tautan_json_reader_read_integer (&r, &v));
  g_assert_cmpint (v, ==, 1);
  tautan_json_reader_leave (&r);

  /* Entered and left with nothing read. */
  g_assert_true (tautan_json_reader_next_element (&r));
  g_assert_true (tautan_json_reader_begin_object (&r));
  tautan_json_reader_leave (&r);

  g_assert_true (tautan_json_reader_next_element (&r));
  after = read_text (&r);
  g_assert_cmpstr (after, ==, "after");
  g_assert_false (tautan_json_reader_next_element (&r));
  g_assert_cmpuint (tautan_json_reader_get_offset (&r), ==, strlen (json));

  /* Cut short: to the end, never past it. */
  tautan_json_reader_init (&r, json, 20);
  g_assert_true (tautan_json_reader_begin_array (&r));
  g_assert_true (tautan_json_reader_next_element (&r));
  g_assert_true (tautan_json_reader_begin_object (&r));
  tautan_json_reader_leave (&r);
  g_assert_cmpuint (tautan_json_reader_get_offset (&r), ==, 20);
}

/* Random documents, deterministic: the reader must see in each exactly
 * what json-glib sees. */
static void
random_string (GRand   *rand,
               GString *json)
{
  static const char *const pieces[] = {
    "a", "Z", "0", " ", "é", "김", "😀", "\\n", "\\t", "\\\"", "\\\\", "\\/", "\\u00e9", "\\uD83D\\uDE00",
    "\\u0041", "\\b", "{", "]", ":", ",",
  };
  guint n = g_rand_int_range (rand, 0, 12);

  g_string_append_c (json, '"');
  for (guint i = 0; i < n; i++)
    g_string_append (json, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
  g_string_append_c (json, '"');
}

static void
random_space (GRand   *rand,
              GString *json)
{
  static const char *const spaces[] = { "", "", "", " ", "\n  ", "\t", "\r\n" };

  g_string_append (json, spaces[g_rand_int_range (rand, 0, G_N_ELEMENTS (spaces))]);
}

static void
random_value (GRand   *rand,
              GString *json,
              guint    depth)
{
  static const char *const numbers[] = {
    "0", "-0", "7", "-12", "1.5", "-0.25", "1e3", "2E-2", "9223372036854775807",
    "-9223372036854775808", "4294967294", "10.0",
  };
  guint kind = g_rand_int_range (rand, 0, depth < 5 ? 8 : 6);

  random_space (rand, json);
  switch (kind)
    {
    case 0: g_string_append (json, "null"); break;
    case 1: g_string_append (json, g_rand_boolean (rand) ? "true" : "false"); break;
    case 2:
    case 3: g_string_append (json, numbers[g_rand_int_range (rand, 0, G_N_ELEMENTS (numbers))]); break;
    case 4:
    case 5: random_string (rand, json); break;
    case 6:
      {
        guint n = g_rand_int_range (rand, 0, 5);

        g_string_append_c (json, '[');
        for (guint i = 0; i < n; i++)
          {
            if (i > 0)
              g_string_append_c (json, ',');
            random_value (rand, json, depth + 1);
            random_space (rand, json);
          }
        g_string_append_c (json, ']');
      }
      break;
    default:
      {
        guint n = g_rand_int_range (rand, 0, 5);

        g_string_append_c (json, '{');
        for (guint i = 0; i < n; i++)
          {
            if (i > 0)
              g_string_append_c (json, ',');
            random_space (rand, json);
            /* Unique names; some escaped. */
            g_string_append_printf (json, g_rand_boolean (rand) ? "\"k%u\"" : "\"\\u006b%u\"", i);
            random_space (rand, json);
            g_string_append_c (json, ':');
            random_value (rand, json, depth + 1);
            random_space (rand, json);
          }
        g_string_append_c (json, '}');
      }
      break;
    }
}

/* Both sides print what they read in one form. */
static void
dump_reader (TautanJsonReader *r,
             GString          *out)
{
  TautanJsonKind kind = tautan_json_reader_peek (r);
  TautanJsonString s;
  gint64 v;

  switch (kind)
    {
    case TAUTAN_JSON_OBJECT:
      g_string_append_c (out, '{');
      tautan_json_reader_begin_object (r);
      while (tautan_json_reader_next_member (r, &s))
        {
          g_autofree char *name = decoded (&s);

          g_string_append_printf (out, "%s=", name);
          dump_reader (r, out);
          g_string_append_c (out, ';');
        }
      g_string_append_c (out, '}');
      break;

    case TAUTAN_JSON_ARRAY:
      g_string_append_c (out, '[');
      tautan_json_reader_begin_array (r);
      while (tautan_json_reader_next_element (r))
        {
          dump_reader (r, out);
          g_string_append_c (out, ';');
        }
      g_string_append_c (out, ']');
      break;

    case TAUTAN_JSON_STRING:
      {
        g_autofree char *text = NULL;

        tautan_json_reader_read_string (r, &s);
        text = decoded (&s);
        g_string_append_printf (out, "s(%s)", text);
      }
      break;

    case TAUTAN_JSON_NUMBER:
      if (tautan_json_reader_read_integer (r, &v))
        g_string_append_printf (out, "i(%" G_GINT64_FORMAT ")", v);
      else
        g_string_append (out, "d");
      break;

    case TAUTAN_JSON_TRUE:
    case TAUTAN_JSON_FALSE:
      tautan_json_reader_skip (r);
      g_string_append (out, kind == TAUTAN_JSON_TRUE ? "t" : "f");
      break;

    case TAUTAN_JSON_NULL:
      tautan_json_reader_skip (r);
      g_string_append (out, "n");
      break;

    case TAUTAN_JSON_NONE:
    default:
      g_assert_not_reached ();
    }
}

static void
dump_node (JsonNode *node,
           GString  *out)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) members = json_object_get_members (object);

      g_string_append_c (out, '{');
      for (GList *m = members; m != NULL; m = m->next)
        {
          g_string_append_printf (out, "%s=", (const char *)m->data);
          dump_node (json_object_get_member (object, m->data), out);
          g_string_append_c (out, ';');
        }
      g_string_append_c (out, '}');
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      g_string_append_c (out, '[');
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          dump_node (json_array_get_element (array, i), out);
          g_string_append_c (out, ';');
        }
      g_string_append_c (out, ']');
    }
  else if (JSON_NODE_HOLDS_NULL (node))
    g_string_append (out, "n");
  else
    switch (json_node_get_value_type (node))
      {
      case G_TYPE_STRING:
        g_string_append_printf (out, "s(%s)", json_node_get_string (node));
        break;
      case G_TYPE_INT64:
        g_string_append_printf (out, "i(%" G_GINT64_FORMAT ")", json_node_get_int (node));
        break;
      case G_TYPE_BOOLEAN:
        g_string_append (out, json_node_get_boolean (node) ? "t" : "f");
        break;
      default:
        g_string_append (out, "d");
        break;
      }
}

static void
test_like_json_glib (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260101);

  for (guint i = 0; i < 500; i++)
    {
      g_autoptr(GString) json = g_string_new (NULL);
      g_autoptr(GString) ours = g_string_new (NULL);
      g_autoptr(GString) theirs = g_string_new (NULL);
      g_autoptr(GPtrArray) diagnostics = g_ptr_array_new_with_free_func ((GDestroyNotify)tautan_diagnostic_free);
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GError) error = NULL;
      g_autofree char *exact = NULL;
      TautanJsonReader r;

      random_value (rand, json, i % 3);
      random_space (rand, json);

      /* The reader's contract: input the scanner accepted. */
      g_assert_true (tautan_json_scan_check (json->str, json->len, "t.json", diagnostics));
      json_parser_load_from_data (parser, json->str, (gssize)json->len, &error);
      g_assert_no_error (error);

      /* A buffer with nothing after the last byte, as an mmapped file. */
      exact = g_memdup2 (json->str, json->len);
      tautan_json_reader_init (&r, exact, json->len);
      dump_reader (&r, ours);
      g_assert_cmpint (tautan_json_reader_peek (&r), ==, TAUTAN_JSON_NONE);
      g_assert_cmpuint (tautan_json_reader_get_offset (&r), ==, json->len);
      dump_node (json_parser_get_root (parser), theirs);

      if (!g_str_equal (ours->str, theirs->str))
        g_printerr ("%s\n", json->str);
      g_assert_cmpstr (ours->str, ==, theirs->str);
    }
}

/* Walks anything the way the loader would; returns how many steps. */
static guint
walk (TautanJsonReader *r,
      guint             depth)
{
  TautanJsonString s;
  guint steps = 1;
  gint64 v;

  if (depth > 64)
    {
      tautan_json_reader_skip (r);
      return steps;
    }

  switch (tautan_json_reader_peek (r))
    {
    case TAUTAN_JSON_OBJECT:
      tautan_json_reader_begin_object (r);
      while (tautan_json_reader_next_member (r, &s))
        {
          g_autofree char *name = decoded (&s);

          g_assert_true (g_utf8_validate (name, -1, NULL));
          steps += walk (r, depth + 1);
        }
      break;

    case TAUTAN_JSON_ARRAY:
      tautan_json_reader_begin_array (r);
      while (tautan_json_reader_next_element (r))
        steps += walk (r, depth + 1);
      break;

    case TAUTAN_JSON_STRING:
      if (tautan_json_reader_read_string (r, &s))
        g_free (decoded (&s));
      break;

    case TAUTAN_JSON_NUMBER:
      tautan_json_reader_read_integer (r, &v);
      break;

    case TAUTAN_JSON_NONE:
    case TAUTAN_JSON_NULL:
    case TAUTAN_JSON_TRUE:
    case TAUTAN_JSON_FALSE:
    default:
      tautan_json_reader_skip (r);
      break;
    }

  return steps;
}

static void
test_not_json (void)
{
  const char *json = "{\"a\": [1, \"x\\\"y\\u00e9\", {\"b\": tru}], \"c\": \"\\uD83D\\uDE00\"}";
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  gsize len = strlen (json);

  /* Outside its contract the reader still ends, and only ever reads the
   * bytes it was given (an exact-size buffer, so a sanitizer would see an
   * overrun): every prefix, and random bytes. */
  for (gsize n = 0; n <= len; n++)
    {
      g_autofree char *prefix = g_memdup2 (json, n);
      TautanJsonReader r;

      tautan_json_reader_init (&r, prefix, n);
      while (tautan_json_reader_get_offset (&r) < n)
        g_assert_cmpuint (walk (&r, 0), <=, n + 1);
    }

  for (guint i = 0; i < 2000; i++)
    {
      static const char alphabet[] = "{}[]\":,\\u0123456789-+.eEtrufalsn \n\xc3\xa9\xff";
      gsize n = g_rand_int_range (rand, 1, 40);
      g_autofree char *bytes = g_malloc (n);
      TautanJsonReader r;

      for (gsize k = 0; k < n; k++)
        bytes[k] = alphabet[g_rand_int_range (rand, 0, sizeof alphabet - 1)];
      tautan_json_reader_init (&r, bytes, n);
      while (tautan_json_reader_get_offset (&r) < n)
        g_assert_cmpuint (walk (&r, 0), <=, n + 1);
    }
}

/* The loader reads tables and members in any order, forward references,
 * escaped names and unknown members: the same dataset written another way
 * loads the same. */
static void
test_loader_any_order (void)
{
  const char *plain =
    "{\"format\":\"tautan-dataset\",\"version\":1,\"title\":\"T\","
    "\"sources\":[{\"id\":\"s\",\"outlet\":\"O\",\"title\":\"A\",\"language\":\"en\",\"published\":\"2024-06-01\","
    "\"origin\":\"own\",\"state_media\":false,\"text\":\"Kim met Putin. \\\"We win,\\\" Kim said.\"}],"
    "\"entities\":[{\"id\":\"kim\",\"name\":\"Kim\",\"kind\":\"person\",\"affiliation\":\"dprk\"},"
    "{\"id\":\"dprk\",\"name\":\"North Korea\",\"kind\":\"state\"},{\"id\":\"putin\",\"name\":\"Putin\",\"kind\":\"person\"}],"
    "\"events\":[{\"id\":\"e1\",\"type\":\"meet\",\"date\":{\"start\":\"2024-06-01\",\"end\":\"2024-06-01\","
    "\"precision\":\"day\",\"x-tz\":\"KST\"},\"date_basis\":{\"method\":\"stated\",\"words\":\"today\"},"
    "\"actors\":[\"kim\"],\"targets\":[\"putin\"],\"summary\":\"Kim meets Putin.\",\"sources\":[\"s\"],"
    "\"quotes\":[\"q\"],\"status\":\"reported\",\"responds_to\":\"e2\"},"
    "{\"id\":\"e2\",\"type\":\"meet\",\"date\":{\"start\":\"2024-05-01\",\"end\":\"2024-05-31\",\"precision\":\"month\"},"
    "\"date_basis\":{\"method\":\"inferred\",\"words\":\"\"},\"actors\":[\"putin\"],\"targets\":[\"kim\"],"
    "\"summary\":\"Earlier.\",\"sources\":[\"s\"],\"status\":\"claimed\",\"x-e\":[1,{\"y\":null}]}],"
    "\"quotes\":[{\"id\":\"q\",\"source\":\"s\",\"text\":\"We win,\",\"start\":16,\"end\":23,"
    "\"speaker\":{\"entity\":\"kim\"},\"attribution\":\"certain\",\"event\":\"e1\"}]}";
  /* Quotes and events before what they point at, members shuffled,
   * names and values escaped, white space everywhere. */
  const char *shuffled =
    "{ \"quotes\" : [ { \"event\" : \"e1\", \"attribution\" : \"certain\", \"speaker\" : { \"\\u0065ntity\" : \"k\\u0069m\" },"
    " \"end\" : 23, \"start\" : 16, \"text\" : \"We w\\u0069n,\", \"source\" : \"s\", \"id\" : \"q\" } ],\n"
    "  \"events\" : [\n"
    "    { \"x-e\" : [ 1, { \"y\" : null } ], \"status\" : \"claimed\", \"sources\" : [ \"s\" ], \"summary\" : \"Earlier.\","
    " \"targets\" : [ \"kim\" ], \"actors\" : [ \"putin\" ], \"date_basis\" : { \"words\" : \"\", \"method\" : \"inferred\" },"
    " \"date\" : { \"precision\" : \"month\", \"end\" : \"2024-05-31\", \"start\" : \"2024-05-01\" }, \"type\" : \"meet\","
    " \"id\" : \"e2\" },\n"
    "    { \"responds_to\" : \"e2\", \"status\" : \"reported\", \"quotes\" : [ \"q\" ], \"sources\" : [ \"s\" ],"
    " \"summary\" : \"Kim meets Putin.\", \"targets\" : [ \"putin\" ], \"actors\" : [ \"kim\" ],"
    " \"date_basis\" : { \"words\" : \"today\", \"method\" : \"stated\" },"
    " \"date\" : { \"x-tz\" : \"KST\", \"precision\" : \"day\", \"end\" : \"2024-06-01\", \"start\" : \"2024-06-01\" },"
    " \"type\" : \"m\\u0065et\", \"\\u0069d\" : \"e1\" } ],\n"
    "  \"entities\" : [ { \"kind\" : \"person\", \"name\" : \"Kim\", \"affiliation\" : \"dprk\", \"id\" : \"kim\" },"
    " { \"id\" : \"dprk\", \"name\" : \"North Korea\", \"kind\" : \"state\" },"
    " { \"id\" : \"putin\", \"name\" : \"Putin\", \"kind\" : \"person\" } ],\n"
    "  \"sources\" : [ { \"text\" : \"Kim met Putin. \\\"We win,\\\" Kim said.\", \"state_media\" : false,"
    " \"origin\" : \"own\", \"published\" : \"2024-06-01\", \"language\" : \"en\", \"title\" : \"A\","
    " \"outlet\" : \"O\", \"id\" : \"s\" } ],\n"
    "  \"title\" : \"T\", \"version\" : 1, \"format\" : \"tautan-dataset\" }\n";
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanDataset) a = NULL;
  g_autoptr(TautanDataset) b = NULL;
  g_autofree char *json_a = NULL;
  g_autofree char *json_b = NULL;
  TautanEvent e2;
  TautanQuote q;

  a = tautan_dataset_load_data (plain, strlen (plain), "plain.json", NULL, &diagnostics, &error);
  g_assert_no_error (error);
  g_clear_pointer (&diagnostics, g_ptr_array_unref);
  b = tautan_dataset_load_data (shuffled, strlen (shuffled), "shuffled.json", NULL, &diagnostics, &error);
  g_assert_no_error (error);

  /* Records keep their order in the file: in the shuffled one e2 comes first. */
  tautan_dataset_get_event (b, 0, &e2);
  g_assert_cmpstr (e2.id, ==, "e2");
  g_assert_cmpint (e2.precision, ==, TAUTAN_PRECISION_MONTH);
  tautan_dataset_get_quote (b, 0, &q);
  g_assert_cmpuint (q.event, ==, 1);
  g_assert_cmpuint (q.speaker, ==, tautan_dataset_lookup_entity (b, "kim"));

  /* Saved, both are the same document once e1 and e2 trade places. */
  json_a = tautan_dataset_to_json (a, NULL);
  json_b = tautan_dataset_to_json (b, NULL);
  g_assert_nonnull (strstr (json_b, "\"x-tz\" : \"KST\""));
  g_assert_nonnull (strstr (json_b, "\"x-e\" : ["));
  g_assert_cmpuint (strlen (json_a), ==, strlen (json_b));
  g_assert_cmpstr (strstr (json_a, "\"quotes\" : [\n    {"), ==, strstr (json_b, "\"quotes\" : [\n    {"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/tautan/json-reader/walk", test_walk);
  g_test_add_func ("/tautan/json-reader/integers", test_integers);
  g_test_add_func ("/tautan/json-reader/strings", test_strings);
  g_test_add_func ("/tautan/json-reader/skip", test_skip);
  g_test_add_func ("/tautan/json-reader/leave", test_leave);
  g_test_add_func ("/tautan/json-reader/like-json-glib", test_like_json_glib);
  g_test_add_func ("/tautan/json-reader/not-json", test_not_json);
  g_test_add_func ("/tautan/json-reader/loader-any-order", test_loader_any_order);

  return g_test_run ();
}
