/* test-render-text.c: text made safe for Pango and cairo
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "tautan-render-text-private.h"

static void
assert_clean (const char      *text,
              gsize            max_chars,
              TautanTextFlags  flags,
              const char      *expected)
{
  g_autofree char *clean = _tautan_render_text_clean (text, max_chars, flags);

  g_assert_cmpstr (clean, ==, expected);
  g_assert_true (_tautan_render_text_is_clean (clean, max_chars, flags));
}

static void
test_plain (void)
{
  assert_clean ("Kim Jong Un", 80, TAUTAN_TEXT_ONE_LINE, "Kim Jong Un");
  assert_clean ("김정은 · Сергей Лавров", 80, TAUTAN_TEXT_ONE_LINE, "김정은 · Сергей Лавров");
  assert_clean ("  padded  ", 80, TAUTAN_TEXT_ONE_LINE, "padded");
  assert_clean (NULL, 80, TAUTAN_TEXT_ONE_LINE, "");
  g_assert_true (_tautan_render_text_is_clean ("Kim Jong Un", 80, TAUTAN_TEXT_ONE_LINE));
  g_assert_false (_tautan_render_text_is_clean (NULL, 80, TAUTAN_TEXT_ONE_LINE));
}

static void
test_breaks (void)
{
  assert_clean ("one\ttwo\nthree\r\nfour\u2028five", 80, TAUTAN_TEXT_ONE_LINE, "one two three four five");
  assert_clean ("one\ttwo\nthree\r\nfour", 80, TAUTAN_TEXT_MULTILINE, "one\ttwo\nthree\nfour");
  g_assert_false (_tautan_render_text_is_clean ("a\nb", 80, TAUTAN_TEXT_ONE_LINE));
  g_assert_true (_tautan_render_text_is_clean ("a\nb", 80, TAUTAN_TEXT_MULTILINE));
}

/* Controls and noncharacters never reach cairo, whose PDF surface fails
 * the whole document on one ("input string not valid UTF-8"). */
static void
test_dropped (void)
{
  static const char *noncharacters[] = {
    "\xef\xbf\xbe", "\xef\xbf\xbf", "\xef\xb7\x90", "\xef\xb7\xaf", "\xf0\x9f\xbf\xbe", "\xf4\x8f\xbf\xbf",
  };

  assert_clean ("bad\x01 na\x1bme\x7f", 80, TAUTAN_TEXT_ONE_LINE, "bad name");
  /* C1 controls: U+0080, U+009F; U+0085 is a line break. */
  assert_clean ("a\xc2\x80" "b\xc2\x9f" "c\xc2\x85" "d", 80, TAUTAN_TEXT_ONE_LINE, "abc d");

  for (guint i = 0; i < G_N_ELEMENTS (noncharacters); i++)
    {
      g_autofree char *text = g_strconcat ("Kim", noncharacters[i], " Jong Un", NULL);

      g_assert_false (_tautan_render_text_is_clean (text, 80, TAUTAN_TEXT_ONE_LINE));
      assert_clean (text, 80, TAUTAN_TEXT_ONE_LINE, "Kim Jong Un");
    }
  /* U+FFFD and the last characters before the noncharacters stay. */
  assert_clean ("\xef\xbf\xbd\xef\xb7\x8f\xef\xbf\xbd", 80, TAUTAN_TEXT_ONE_LINE, "\xef\xbf\xbd\xef\xb7\x8f\xef\xbf\xbd");

  /* Invalid bytes (a lone 0xff, an encoded surrogate) become valid text. */
  {
    g_autofree char *clean = _tautan_render_text_clean ("a\xff" "b\xed\xa0\x80" "c", 80, TAUTAN_TEXT_ONE_LINE);

    g_assert_true (g_utf8_validate (clean, -1, NULL));
    g_assert_null (strchr (clean, '\xff'));
    g_assert_true (g_str_has_prefix (clean, "a"));
    g_assert_true (g_str_has_suffix (clean, "c"));
  }
}

static void
test_cut (void)
{
  g_autofree char *long_name = g_strnfill (50000, 'K');
  g_autofree char *hangul = NULL;
  g_autofree char *clean = NULL;
  g_autoptr(GString) words = g_string_new (NULL);

  assert_clean ("abcdefghijkl", 10, TAUTAN_TEXT_ONE_LINE, "abcdefghi…");
  assert_clean ("abcdefghij", 10, TAUTAN_TEXT_ONE_LINE, "abcdefghij");
  /* No space is left before the ellipsis. */
  assert_clean ("abcdefgh  jklmn", 10, TAUTAN_TEXT_ONE_LINE, "abcdefgh…");

  g_assert_false (_tautan_render_text_is_clean (long_name, TAUTAN_TEXT_LABEL_MAX, TAUTAN_TEXT_ONE_LINE));
  clean = _tautan_render_text_clean (long_name, TAUTAN_TEXT_LABEL_MAX, TAUTAN_TEXT_ONE_LINE);
  g_assert_cmpint (g_utf8_strlen (clean, -1), ==, TAUTAN_TEXT_LABEL_MAX);
  g_assert_true (g_str_has_suffix (clean, "…"));
  g_clear_pointer (&clean, g_free);

  /* Characters, not bytes: three-byte Hangul is cut at the same count. */
  for (guint i = 0; i < 1000; i++)
    g_string_append (words, "김");
  hangul = g_string_free (g_steal_pointer (&words), FALSE);
  clean = _tautan_render_text_clean (hangul, 20, TAUTAN_TEXT_ONE_LINE);
  g_assert_cmpint (g_utf8_strlen (clean, -1), ==, 20);
  g_assert_true (g_utf8_validate (clean, -1, NULL));
}

/* Curators' notes in brackets never reach print. */
static void
test_notes (void)
{
  static const struct
  {
    const char *in, *out;
  } cases[] = {
    { "[Headline not in the seed text] Kim Jong Un berjanji", "Kim Jong Un berjanji" },
    { "Kim Jong Un berjanji [check date]", "Kim Jong Un berjanji" },
    { "Putin [sic] visits", "Putin visits" },
    { "An open [bracket stays", "An open [bracket stays" },
  };

  g_assert_null (_tautan_render_text_strip_notes (NULL));
  g_assert_null (_tautan_render_text_strip_notes ("No notes here"));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = _tautan_render_text_strip_notes (cases[i].in);

      g_assert_cmpstr (out, ==, cases[i].out);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/tautan/render-text/plain", test_plain);
  g_test_add_func ("/tautan/render-text/breaks", test_breaks);
  g_test_add_func ("/tautan/render-text/dropped", test_dropped);
  g_test_add_func ("/tautan/render-text/cut", test_cut);
  g_test_add_func ("/tautan/render-text/notes", test_notes);

  return g_test_run ();
}
