/* test-count.c: counts grouped as the user's locale writes numbers
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "tautan/tautan-count.h"

/* Switches LC_NUMERIC to @name for one test; FALSE (and the test
 * skipped) when the machine does not have that locale. */
static gboolean
use_numeric (const char *name)
{
  if (setlocale (LC_NUMERIC, name) == NULL)
    {
      g_autofree char *why = g_strdup_printf ("locale %s is not installed", name);

      g_test_skip (why);
      return FALSE;
    }
  return TRUE;
}

/* A locale and what it writes: the C locale has no separator, so groups
 * of three with a comma, as the exports wrote before counts followed the
 * locale; Indonesian groups with a full stop (decimals take the comma). */
typedef struct
{
  const char *locale;
  struct
  {
    guint64     n;
    const char *text;
  } counts[6];
} Case;

static const Case c_case = {
  "C", { { 0, "0" }, { 999, "999" }, { 1000, "1,000" }, { 100000, "100,000" }, { 1000000, "1,000,000" },
         { G_MAXUINT64, "18,446,744,073,709,551,615" } },
};
static const Case english_case = {
  "en_US.UTF-8", { { 12, "12" }, { 22176, "22,176" }, { 1000000, "1,000,000" } },
};
static const Case indonesian_case = {
  "id_ID.UTF-8", { { 12, "12" }, { 1000, "1.000" }, { 22176, "22.176" }, { 1000000, "1.000.000" } },
};

static void
test_locale (gconstpointer data)
{
  const Case *c = data;

  if (!use_numeric (c->locale))
    return;
  for (guint i = 0; i < G_N_ELEMENTS (c->counts) && c->counts[i].text != NULL; i++)
    g_assert_cmpstr (tautan_count_format (c->counts[i].n), ==, c->counts[i].text);
  setlocale (LC_NUMERIC, "C");
}

/* Several counts in one sentence each keep their own text. */
static void
test_several_at_once (void)
{
  g_autofree char *text = NULL;

  if (!use_numeric ("C"))
    return;
  text = g_strdup_printf ("%s → %s events", tautan_count_format (1500), tautan_count_format (2000000));
  g_assert_cmpstr (text, ==, "1,500 → 2,000,000 events");
}

/* Each thread has its own results: counts written on two threads at
 * once do not mix. */
static gpointer
count_in_thread (gpointer data)
{
  guint64 n = GPOINTER_TO_UINT (data);
  g_autofree char *expected = NULL;

  expected = g_strdup (tautan_count_format (n));
  for (guint i = 0; i < 10000; i++)
    {
      const char *got = tautan_count_format (n);

      if (g_strcmp0 (got, expected) != 0)
        return GUINT_TO_POINTER (FALSE);
    }
  return GUINT_TO_POINTER (TRUE);
}

static void
test_threads (void)
{
  GThread *a, *b;

  if (!use_numeric ("C"))
    return;
  a = g_thread_new ("count-a", count_in_thread, GUINT_TO_POINTER (1234567));
  b = g_thread_new ("count-b", count_in_thread, GUINT_TO_POINTER (7654321));
  g_assert_true (GPOINTER_TO_UINT (g_thread_join (a)));
  g_assert_true (GPOINTER_TO_UINT (g_thread_join (b)));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_data_func ("/tautan/count/c", &c_case, test_locale);
  g_test_add_data_func ("/tautan/count/english", &english_case, test_locale);
  g_test_add_data_func ("/tautan/count/indonesian", &indonesian_case, test_locale);
  g_test_add_func ("/tautan/count/several-at-once", test_several_at_once);
  g_test_add_func ("/tautan/count/threads", test_threads);

  return g_test_run ();
}
