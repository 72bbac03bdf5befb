/* test-briefing.c: the briefing PDF, read back with poppler's tools
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include <math.h>

#include "tautan/tautan-briefing.h"
#include "tautan/tautan-changes.h"
#include "tautan/tautan-render-context.h"
#include "tautan/tautan-rollup.h"
#include "tautan/tautan-scene.h"
#include "tautan/tautan-workspace.h"
#include "widgets/render/tautan-briefing-private.h"
#include "widgets/render/tautan-render-geometry-private.h"

#define BUNDLED RESOURCE_PREFIX "/datasets/korea-russia.json"

static TautanWorkspace *
sample_workspace (const char *note)
{
  TautanWorkspace *ws = tautan_workspace_new ();
  g_autoptr(TautanSavedView) first = tautan_saved_view_new ("Pyongyang");
  g_autoptr(TautanSavedView) second = tautan_saved_view_new ("Wonsan");
  TautanTimeSpan june = { tautan_day_from_ymd (2024, 6, 1), tautan_day_from_ymd (2024, 6, 30) };
  TautanTimeSpan july = { tautan_day_from_ymd (2025, 7, 1), tautan_day_from_ymd (2025, 7, 31) };

  tautan_workspace_add_position (ws, "kim-jong-un", (TautanPoint) { 1.5f, -2.25f }, TRUE);
  tautan_saved_view_set_title (first, "Putin in Pyongyang");
  tautan_saved_view_set_note (first, note ? note : "The treaty is signed the same day.");
  tautan_saved_view_set_window (first, &june, FALSE);
  tautan_saved_view_select_edge (first, "kim-jong-un", "vladimir-putin");
  tautan_saved_view_set_title (second, "Lavrov in Wonsan");
  tautan_saved_view_set_window (second, &july, TRUE);
  tautan_saved_view_select_entity (second, "sergei-lavrov");
  g_list_store_append (tautan_workspace_get_views (ws), first);
  g_list_store_append (tautan_workspace_get_views (ws), second);

  return ws;
}

static char *
write_briefing (TautanDataset   *ds,
                TautanWorkspace *ws,
                TautanPaper      paper,
                const char      *name)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  TautanBriefingOptions options;

  tautan_briefing_options_init (&options);
  options.title = "Test briefing";
  options.author = "Test Author";
  options.paper = paper;
  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  g_assert_true (tautan_briefing_write (ds, ws, &options, file, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

/* Runs a poppler tool; skips the test when it is not installed. */
static char *
run_tool (const char *tool,
          const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *program = g_find_program_in_path (tool);
  int status;

  if (program == NULL)
    return NULL;
  if (g_str_equal (tool, "pdftotext"))
    {
      const char *argv[] = { program, "-enc", "UTF-8", path, "-", NULL };

      g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL,
                                   NULL, NULL, &out, NULL, &status, &error));
    }
  else
    {
      const char *argv[] = { program, path, NULL };

      g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL,
                                   NULL, NULL, &out, NULL, &status, &error));
    }
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&out);
}

/* Raw PDF bytes hold NULs, which stop g_strstr_len(). */
static const char *
contains (const char *data,
          gsize       len,
          const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= len; i++)
    if (memcmp (data + i, needle, n) == 0)
      return data + i;
  return NULL;
}

static guint
page_count (const char *info)
{
  const char *p = strstr (info, "Pages:");

  g_assert_nonnull (p);
  return (guint)g_ascii_strtoull (p + strlen ("Pages:"), NULL, 10);
}

static void
test_a4 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanDataset) ds = tautan_dataset_load_resource (BUNDLED, &error);
  g_autoptr(TautanWorkspace) ws = sample_workspace (NULL);
  g_autofree char *path = NULL;
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  gsize raw_len;
  guint n;

  g_assert_no_error (error);
  path = write_briefing (ds, ws, TAUTAN_PAPER_A4, "briefing.pdf");

  info = run_tool ("pdfinfo", path);
  if (info == NULL)
    {
      g_test_skip ("pdfinfo is not installed");
      return;
    }
  n = page_count (info);
  /* A title page, a page per view and an appendix. */
  g_assert_cmpuint (n, >=, 4);
  g_assert_nonnull (strstr (info, "595.28 x 841.89 pts"));
  g_assert_true (g_regex_match_simple ("^Title: +Test briefing$", info, G_REGEX_MULTILINE, 0));
  g_assert_true (g_regex_match_simple ("^Author: +Test Author$", info, G_REGEX_MULTILINE, 0));
  g_assert_true (g_regex_match_simple ("^Creator: +Tautan$", info, G_REGEX_MULTILINE, 0));

  text = run_tool ("pdftotext", path);
  g_assert_nonnull (text);
  g_assert_nonnull (strstr (text, "Test briefing"));
  g_assert_nonnull (strstr (text, "Putin in Pyongyang"));
  g_assert_nonnull (strstr (text, "Lavrov in Wonsan"));
  g_assert_nonnull (strstr (text, "1 Jun 2024 – 30 Jun 2024"));
  g_assert_nonnull (strstr (text, "Up to 31 Jul 2025"));
  g_assert_null (strstr (text, "Everything up to"));
  g_assert_nonnull (strstr (text, "The treaty is signed the same day."));
  /* Curators' notes stay out of print ("[Headline not in the seed text]"). */
  g_assert_null (strstr (text, "[Headline"));
  g_assert_nonnull (strstr (text, "Kim Jong Un berjanji"));
  /* The quotes behind the selections, with their outlets. */
  g_assert_nonnull (strstr (text, "“agresi.”"));
  g_assert_nonnull (strstr (text, "“heroik”"));
  g_assert_nonnull (strstr (text, "Unnamed Indonesian outlet"));
  /* The appendix lists every source. */
  g_assert_nonnull (strstr (text, "Korut Suarakan Dukungan Kuat dan Solidaritas kepada Putin"));
  g_assert_nonnull (strstr (text, "VIVA"));
  first = g_strdup_printf ("1 / %u", n);
  last = g_strdup_printf ("%u / %u", n, n);
  g_assert_nonnull (strstr (text, first));
  g_assert_nonnull (strstr (text, last));
  /* The bundled dataset names no actor in Hangul (aliases are not
   * printed), so no Hangul is checked here. */

  /* Bookmarks: cairo writes the outline uncompressed. */
  g_assert_true (g_file_get_contents (path, &raw, &raw_len, NULL));
  g_assert_nonnull (contains (raw, raw_len, "/Type /Outlines"));
  g_assert_nonnull (contains (raw, raw_len, "/Title (Putin in Pyongyang)"));
  g_assert_nonnull (contains (raw, raw_len, "/Title (Lavrov in Wonsan)"));
  g_assert_nonnull (contains (raw, raw_len, "/Title (Appendix: Sources)"));
}

static void
test_letter (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanDataset) ds = tautan_dataset_load_resource (BUNDLED, &error);
  g_autoptr(TautanWorkspace) ws = sample_workspace (NULL);
  g_autofree char *path = NULL;
  g_autofree char *info = NULL;

  g_assert_no_error (error);
  path = write_briefing (ds, ws, TAUTAN_PAPER_LETTER, "letter.pdf");
  info = run_tool ("pdfinfo", path);
  if (info == NULL)
    {
      g_test_skip ("pdfinfo is not installed");
      return;
    }
  g_assert_nonnull (strstr (info, "612 x 792 pts"));
  g_assert_cmpuint (page_count (info), >=, 4);
}

/* A long note flows onto further pages, headed as a continuation, rather
 * than running past the footer. */
static void
test_paginate (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanDataset) ds = tautan_dataset_load_resource (BUNDLED, &error);
  g_autoptr(GString) note = g_string_new (NULL);
  g_autoptr(TautanWorkspace) ws = NULL;
  g_autofree char *path = NULL;
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  for (guint i = 0; i < 120; i++)
    g_string_append_printf (note, "Sentence number %u of a very long analyst's note. ", i);
  g_string_append (note, "THE-LAST-WORDS");
  ws = sample_workspace (note->str);
  path = write_briefing (ds, ws, TAUTAN_PAPER_A4, "long.pdf");
  info = run_tool ("pdfinfo", path);
  if (info == NULL)
    {
      g_test_skip ("pdfinfo is not installed");
      return;
    }
  g_assert_cmpuint (page_count (info), >=, 5);
  text = run_tool ("pdftotext", path);
  /* Lines wrap anywhere in the note. */
  g_strdelimit (text, "\n", ' ');
  g_assert_nonnull (strstr (text, "Putin in Pyongyang (continued)"));
  g_assert_nonnull (strstr (text, "THE-LAST-WORDS"));
  g_assert_nonnull (strstr (text, "Sentence number 119 of"));
}

/* Sources' URLs are links. */
static void
test_links (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "data", "minimal.json", NULL);
  g_autoptr(GFile) data = g_file_new_for_path (fixture);
  g_autoptr(TautanDataset) ds = tautan_dataset_load_file (data, FALSE, NULL, NULL, NULL, NULL, &error);
  g_autoptr(TautanWorkspace) ws = tautan_workspace_new ();
  g_autofree char *path = NULL;
  g_autofree char *raw = NULL;
  gsize raw_len;

  g_assert_no_error (error);
  path = write_briefing (ds, ws, TAUTAN_PAPER_A4, "links.pdf");
  g_assert_true (g_file_get_contents (path, &raw, &raw_len, NULL));
  g_assert_true (g_str_has_prefix (raw, "%PDF-"));
  g_assert_nonnull (contains (raw, raw_len, "/URI (https://example.org/a)"));
}

/* The minimal fixture with @from replaced by @to (JSON, escaped by the
 * caller). */
static TautanDataset *
minimal_edited (const char *from,
                const char *to)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "minimal.json", NULL);
  g_autofree char *json = NULL;
  g_autoptr(GString) edited = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) diagnostics = NULL;
  TautanDataset *dataset;

  g_assert_true (g_file_get_contents (path, &json, NULL, &error));
  edited = g_string_new (json);
  g_assert_cmpint (g_string_replace (edited, from, to, 1), ==, 1);
  dataset = tautan_dataset_load_data (edited->str, edited->len, "minimal.json", NULL, &diagnostics, &error);
  g_assert_no_error (error);
  return dataset;
}

static guint
count (const char *data,
       gsize       len,
       const char *needle)
{
  guint n = 0;

  for (const char *p = data; (p = contains (p, len - (gsize)(p - data), needle)) != NULL; p++)
    n++;
  return n;
}

/* Source URLs from a file: only http and https are links, escaped so that
 * none can write into the PDF (cairo 1.16 copies ")" as it is); others
 * are printed as text; one link per URL, however many lines it wraps to;
 * an absurd one is neither linked nor printed whole. */
static void
test_hostile_links (void)
{
  static const struct
  {
    const char *url;
    gboolean    linked;
  } cases[] = {
    { "https://example.org/a) /Next << /S /JavaScript /JS (app.alert\\\\(1\\\\)) >> (", TRUE },
    { "javascript:app.alert(1)", FALSE },
    { "JavaScript:alert(1)", FALSE },
    { "file:///etc/passwd", FALSE },
    { "data:text/html;base64,PHNjcmlwdD4=", FALSE },
    { "smb://server/share", FALSE },
    { "http:///no-host", FALSE },
    { "HTTPS://Example.org/caps'quote\\\\back", TRUE },
  };
  g_autoptr(TautanWorkspace) ws = tautan_workspace_new ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *json_url = g_strdup_printf ("\"url\": \"%s\"", cases[i].url);
      g_autoptr(TautanDataset) ds = minimal_edited ("\"url\": \"https://example.org/a\"", json_url);
      g_autofree char *name = g_strdup_printf ("links-%u.pdf", i);
      g_autofree char *path = write_briefing (ds, ws, TAUTAN_PAPER_A4, name);
      g_autofree char *raw = NULL;
      gsize raw_len;

      g_assert_true (g_file_get_contents (path, &raw, &raw_len, NULL));
      g_test_message ("%s: %u links", cases[i].url, count (raw, raw_len, "/Subtype /Link"));
      /* The words may stay inside the escaped URI, never as PDF syntax. */
      g_assert_null (contains (raw, raw_len, "/S /JavaScript"));
      g_assert_null (contains (raw, raw_len, "/Next <<"));
      g_assert_null (contains (raw, raw_len, "/JS ("));
      g_assert_null (contains (raw, raw_len, "/URI (javascript"));
      g_assert_null (contains (raw, raw_len, "/URI (JavaScript"));
      g_assert_null (contains (raw, raw_len, "/URI (file"));
      g_assert_cmpuint (count (raw, raw_len, "/Subtype /Link"), ==, cases[i].linked ? 1 : 0);
      if (i == 0)
        g_assert_nonnull (contains (raw, raw_len, "/URI (https://example.org/a%29%20/Next%20%3C%3C"));
      if (i == 7)
        g_assert_nonnull (contains (raw, raw_len, "/URI (HTTPS://Example.org/caps%27quote%5Cback)"));
      if (i == 1)
        {
          g_autofree char *text = run_tool ("pdftotext", path);

          /* Not a link, but still there to read. */
          if (text != NULL)
            g_assert_nonnull (strstr (text, "javascript:app.alert(1)"));
        }
    }
}

static void
test_long_urls (void)
{
  g_autoptr(TautanWorkspace) ws = tautan_workspace_new ();
  g_autoptr(GString) wrapped = g_string_new ("\"url\": \"https://example.org/");
  g_autoptr(GString) huge = g_string_new ("\"url\": \"https://example.org/");
  g_autoptr(TautanDataset) ds = NULL;
  g_autofree char *path = NULL;
  g_autofree char *raw = NULL;
  gsize raw_len;

  /* 600 characters: several lines, one link. */
  for (guint i = 0; i < 60; i++)
    g_string_append (wrapped, "abcdefghi/");
  g_string_append_c (wrapped, '"');
  ds = minimal_edited ("\"url\": \"https://example.org/a\"", wrapped->str);
  path = write_briefing (ds, ws, TAUTAN_PAPER_A4, "wrapped.pdf");
  g_assert_true (g_file_get_contents (path, &raw, &raw_len, NULL));
  g_assert_cmpuint (count (raw, raw_len, "/Subtype /Link"), ==, 1);
  g_clear_pointer (&raw, g_free);
  g_clear_pointer (&path, g_free);
  g_clear_object (&ds);

  /* 100,000 characters once made a 205 MB PDF: now a small file, the URL
   * printed cut and not linked (cut, it would lead elsewhere). */
  for (guint i = 0; i < 10000; i++)
    g_string_append (huge, "abcdefghi/");
  g_string_append_c (huge, '"');
  ds = minimal_edited ("\"url\": \"https://example.org/a\"", huge->str);
  path = write_briefing (ds, ws, TAUTAN_PAPER_A4, "huge.pdf");
  g_assert_true (g_file_get_contents (path, &raw, &raw_len, NULL));
  g_assert_cmpuint (raw_len, <, 200 * 1024);
  g_assert_cmpuint (count (raw, raw_len, "/Subtype /Link"), ==, 0);
}

/* Noncharacters in the title and author (they come from the command
 * line, which no loader checks) and a 50,000-character name selected in
 * a view: the briefing is written, without the noncharacters and with
 * the name cut. */
static void
test_odd_text (void)
{
  g_autofree char *name = g_strnfill (50000, 'K');
  g_autofree char *quoted = g_strdup_printf ("\"%s\"", name);
  g_autoptr(TautanDataset) ds = minimal_edited ("\"Kim Jong Un\"", quoted);
  g_autoptr(TautanWorkspace) ws = tautan_workspace_new ();
  g_autoptr(TautanSavedView) view = tautan_saved_view_new ("Long\xef\xbf\xbe name");
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "odd.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  TautanTimeSpan span = tautan_dataset_get_span (ds);
  TautanBriefingOptions options;

  tautan_saved_view_set_window (view, &span, FALSE);
  tautan_saved_view_select_entity (view, "kim");
  g_list_store_append (tautan_workspace_get_views (ws), view);
  tautan_briefing_options_init (&options);
  options.title = "Odd\xef\xbf\xbe title\xef\xb7\x90";
  options.author = "An\xef\xbf\xbf author";
  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  g_assert_true (tautan_briefing_write (ds, ws, &options, file, &error));
  g_assert_no_error (error);

  info = run_tool ("pdfinfo", path);
  if (info == NULL)
    {
      g_test_skip ("pdfinfo is not installed");
      return;
    }
  g_assert_true (g_regex_match_simple ("^Title: +Odd title$", info, G_REGEX_MULTILINE, 0));
  g_assert_true (g_regex_match_simple ("^Author: +An author$", info, G_REGEX_MULTILINE, 0));
  text = run_tool ("pdftotext", path);
  g_assert_nonnull (strstr (text, "Long name"));
  g_strdelimit (text, "\n", ' ');
  g_assert_nonnull (strstr (text, "Selected: KKKK"));
  g_assert_null (strstr (text, name));
}

static void
test_unwritable (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanDataset) ds = tautan_dataset_load_resource (BUNDLED, &error);
  g_autoptr(TautanWorkspace) ws = sample_workspace (NULL);
  g_autofree char *missing = g_build_filename (g_get_user_data_dir (), "no-such-dir", "out.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (missing);

  g_assert_no_error (error);
  g_assert_false (tautan_briefing_write (ds, ws, NULL, file, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, missing));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* root writes anywhere: the permission case needs a plain user. */
  if (getuid () != 0)
    {
      g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "read-only", NULL);
      g_autofree char *path = g_build_filename (dir, "out.pdf", NULL);
      g_autoptr(GFile) ro = g_file_new_for_path (path);

      g_assert_cmpint (g_mkdir_with_parents (dir, 0500), ==, 0);
      g_assert_cmpint (g_chmod (dir, 0500), ==, 0);
      g_assert_false (tautan_briefing_write (ds, ws, NULL, ro, &error));
      g_assert_nonnull (strstr (error->message, path));
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
      g_chmod (dir, 0700);
    }
}

static void
test_paper_names (void)
{
  TautanPaper paper = TAUTAN_PAPER_A4;

  g_assert_true (tautan_paper_from_name ("Letter", &paper));
  g_assert_cmpint (paper, ==, TAUTAN_PAPER_LETTER);
  g_assert_true (tautan_paper_from_name ("a4", &paper));
  g_assert_cmpint (paper, ==, TAUTAN_PAPER_A4);
  g_assert_false (tautan_paper_from_name ("a5", &paper));
}

/* No author given: the user's real name, but never a login such as
 * "root" or GLib's "Unknown"; those leave the default. Checked on the
 * written PDF with this process's own real name too. */
static void
test_default_author (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "author.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanDataset) ds = minimal_edited ("\"Kim Jong Un\"", "\"Kim Jong Un\"");
  g_autoptr(TautanWorkspace) ws = tautan_workspace_new ();
  g_autofree char *info = NULL;
  TautanBriefingOptions options;
  const char *expected;

  g_assert_cmpstr (_tautan_briefing_default_author ("root"), ==, "");
  g_assert_cmpstr (_tautan_briefing_default_author ("Unknown"), ==, "");
  g_assert_cmpstr (_tautan_briefing_default_author (NULL), ==, "");
  g_assert_cmpstr (_tautan_briefing_default_author ("Siti Rahma"), ==, "Siti Rahma");

  tautan_briefing_options_init (&options);
  g_assert_null (options.author);
  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  g_assert_true (tautan_briefing_write (ds, ws, &options, file, &error));
  g_assert_no_error (error);

  info = run_tool ("pdfinfo", path);
  if (info == NULL)
    {
      g_test_skip ("pdfinfo is not installed");
      return;
    }
  g_assert_false (g_regex_match_simple ("^Author: +(root|Unknown) *$", info, G_REGEX_MULTILINE, 0));
  expected = _tautan_briefing_default_author (g_get_real_name ());
  if (*expected == '\0')
    {
      /* No name: no author at all, and "Prepared" gives the date alone. */
      g_autofree char *text = run_tool ("pdftotext", path);

      g_assert_false (g_regex_match_simple ("^Author:", info, G_REGEX_MULTILINE, 0));
      g_assert_null (strstr (text, ", by "));
    }
  else
    g_assert_true (strstr (info, expected) != NULL);
}

/* Three views (an edge, an actor with many quotes, an actor with none in
 * its window), with curators' notes in their titles and notes. */
static TautanWorkspace *
three_view_workspace (void)
{
  TautanWorkspace *ws = tautan_workspace_new ();
  g_autoptr(TautanSavedView) edge = tautan_saved_view_new ("Summit");
  g_autoptr(TautanSavedView) kim = tautan_saved_view_new ("Kim");
  g_autoptr(TautanSavedView) quiet = tautan_saved_view_new ("Trump");
  TautanTimeSpan june = { tautan_day_from_ymd (2024, 6, 1), tautan_day_from_ymd (2024, 6, 30) };
  TautanTimeSpan all = { tautan_day_from_ymd (2017, 12, 23), tautan_day_from_ymd (2025, 7, 31) };

  tautan_saved_view_set_title (edge, "Putin in Pyongyang [check the day]");
  tautan_saved_view_set_note (edge, "The treaty is signed the same day. [Curator: second source?]");
  tautan_saved_view_set_marking (edge, "INTERNAL");
  tautan_saved_view_set_window (edge, &june, FALSE);
  /* Selected Kim → Putin: the briefing reads it both ways. */
  tautan_saved_view_select_edge (edge, "kim-jong-un", "vladimir-putin");
  tautan_saved_view_set_title (kim, "Kim backs the war");
  tautan_saved_view_set_window (kim, &all, TRUE);
  tautan_saved_view_select_entity (kim, "kim-jong-un");
  tautan_saved_view_set_title (quiet, "Trump");
  /* A marking in brackets is the user's, not a curator's note. */
  tautan_saved_view_set_marking (quiet, "[RESTRICTED]");
  tautan_saved_view_set_window (quiet, &all, TRUE);
  tautan_saved_view_select_entity (quiet, "donald-trump");
  g_list_store_append (tautan_workspace_get_views (ws), edge);
  g_list_store_append (tautan_workspace_get_views (ws), kim);
  g_list_store_append (tautan_workspace_get_views (ws), quiet);
  return ws;
}

/* The index of the first page (0-based, pages split at form feeds) whose
 * text holds @needle, or -1. */
static int
find_page (char       **pages,
           const char  *needle)
{
  for (int i = 0; pages[i] != NULL; i++)
    if (strstr (pages[i], needle) != NULL)
      return i;
  return -1;
}

/* A number attribute of a pdftotext -bbox <word>. */
static double
word_attr (GMatchInfo *match,
           int         group)
{
  g_autofree char *text = g_match_info_fetch (match, group);

  return g_ascii_strtod (text, NULL);
}

/* A rolled-up view's page: the group labels, however crowded the groups
 * (a label set apart by a leader line included), lie inside the figure's
 * frame, whose left edge the caption shares and whose right edge the
 * footer's page number does. */
static void
test_rollup_labels (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanDataset) ds = tautan_dataset_load_resource (BUNDLED, &error);
  /* The positions an analyst's window had: the groups crowd the middle. */
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "data", "briefing", "rolled.tautan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (fixture);
  g_autoptr(TautanWorkspace) ws = tautan_workspace_load (file, &error);
  g_autofree char *path = NULL;
  g_autofree char *bbox = NULL;
  g_autofree char *program = g_find_program_in_path ("pdftotext");
  g_autoptr(GRegex) word = g_regex_new ("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" "
                                        "yMax=\"([0-9.]+)\">([^<]*)</word>", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  double heading_y = -1, caption_x = -1, caption_y = -1, right = -1;
  guint n_labels = 0;
  int status;

  g_assert_no_error (error);
  if (program == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  g_assert_no_error (error);
  {
    g_autoptr(TautanSavedView) view = g_list_model_get_item (G_LIST_MODEL (tautan_workspace_get_views (ws)), 0);

    g_assert_true (tautan_saved_view_get_rollup (view, NULL));
  }
  path = write_briefing (ds, ws, TAUTAN_PAPER_A4, "rolled.pdf");
  {
    const char *argv[] = { program, "-bbox", "-f", "3", "-l", "3", path, "-", NULL };

    g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &bbox, NULL,
                                 &status, &error));
    g_assert_no_error (error);
  }

  /* The frame: between the view's heading and its caption. */
  for (g_regex_match (word, bbox, 0, &match); g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      g_autofree char *text = g_match_info_fetch (match, 5);

      if (g_str_equal (text, "Rolled") && heading_y < 0)
        heading_y = word_attr (match, 4);
      else if (g_str_equal (text, "Figure") && caption_x < 0)
        {
          caption_x = word_attr (match, 1);
          caption_y = word_attr (match, 2);
        }
      right = MAX (right, word_attr (match, 3));
    }
  g_clear_pointer (&match, g_match_info_free);
  g_assert_cmpfloat (heading_y, >, 0);
  g_assert_cmpfloat (caption_x, >, 0);

  for (g_regex_match (word, bbox, 0, &match); g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      g_autofree char *text = g_match_info_fetch (match, 5);

      /* the window's dates under the heading are no label */
      if (word_attr (match, 2) < heading_y + 20 || word_attr (match, 4) > caption_y)
        continue;
      n_labels++;
      if (word_attr (match, 1) < caption_x - 0.5 || word_attr (match, 3) > right + 0.5)
        g_error ("“%s” at x %.1f–%.1f, outside the frame %.1f–%.1f", text, word_attr (match, 1),
                 word_attr (match, 3), caption_x, right);
    }
  g_assert_cmpuint (n_labels, >=, 10);

  /* And no label lies over a node's ring of events with no target (North
   * Korea's, a big group's): drawn at these positions, rolled up. */
  {
    g_autoptr(TautanRenderContext) context = tautan_render_context_new (FALSE);
    g_autoptr(TautanFilter) filter = tautan_filter_new ();
    g_autoptr(TautanRollup) rollup = tautan_rollup_compute (ds, filter, NULL, NULL);
    TautanTimeSpan span = { tautan_day_from_ymd (2017, 12, 1), tautan_day_from_ymd (2025, 7, 31) };
    g_autoptr(TautanSlice) slice = tautan_slice_new (ds, &span, FALSE);
    g_autofree TautanPoint *positions = g_new0 (TautanPoint, tautan_dataset_get_n_entities (ds));
    g_autoptr(TautanScene) scene = NULL;
    TautanView view;
    guint n_rings = 0;

    for (guint i = 0; i < tautan_workspace_get_n_positions (ws); i++)
      {
        TautanPoint point;
        guint e = tautan_dataset_lookup_entity (ds, tautan_workspace_get_position (ws, i, &point, NULL));

        if (e != TAUTAN_NONE)
          positions[e] = point;
      }
    tautan_view_init (&view);
    view.width = 480;
    view.height = 300;
    view.zoom = 40;
    view.span = span;
    view.rollup = rollup;
    scene = tautan_scene_new (context, ds, slice, positions, &view);
    for (guint i = 0; i < tautan_scene_get_n_nodes (scene); i++)
      {
        const TautanSceneNode *node = tautan_scene_get_node (scene, i);
        double ring, dx, dy;

        if (node->n_untargeted == 0 || !node->label_visible || node->label_leader)
          continue;
        n_rings++;
        /* the ring: the shape's outer radius and 2 px, as drawn */
        ring = _tautan_render_shape_outer_radius (node->shape, node->radius) + 2.5;
        dx = MAX (MAX (node->label_x - node->x, 0), node->x - (node->label_x + node->label_width));
        dy = MAX (MAX (node->label_y - node->y, 0), node->y - (node->label_y + node->label_height));
        g_test_message ("%s: ring %.1f, label %.1f away", node->label, ring, hypot (dx, dy));
        g_assert_cmpfloat (hypot (dx, dy), >, ring);
      }
    g_assert_cmpuint (n_rings, >, 0);
  }
}

/* The rolled-up figure's labels move off the edges where there is room
 * ("South Korea +1" lay on North Korea's link in the dense middle), and
 * stay off each other and every node. */
static void
test_labels_off_edges (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanDataset) ds = tautan_dataset_load_resource (BUNDLED, &error);
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "data", "briefing", "rolled.tautan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (fixture);
  g_autoptr(TautanWorkspace) ws = tautan_workspace_load (file, &error);
  g_autoptr(TautanRenderContext) context = tautan_render_context_new (FALSE);
  g_autoptr(TautanFilter) filter = tautan_filter_new ();
  g_autoptr(TautanRollup) rollup = NULL;
  TautanTimeSpan span = { tautan_day_from_ymd (2017, 12, 1), tautan_day_from_ymd (2025, 7, 31) };
  g_autoptr(TautanSlice) slice = NULL;
  g_autofree TautanPoint *positions = NULL;
  guint before = 0, after = 0, n_named = 0;

  g_assert_no_error (error);
  rollup = tautan_rollup_compute (ds, filter, NULL, NULL);
  slice = tautan_slice_new (ds, &span, FALSE);
  positions = g_new0 (TautanPoint, tautan_dataset_get_n_entities (ds));
  for (guint i = 0; i < tautan_workspace_get_n_positions (ws); i++)
    {
      TautanPoint point;
      guint e = tautan_dataset_lookup_entity (ds, tautan_workspace_get_position (ws, i, &point, NULL));

      if (e != TAUTAN_NONE)
        positions[e] = point;
    }

  /* At two zooms of the page's frame, as crowded as it gets and less. */
  for (guint z = 0; z < 2; z++)
    {
      g_autoptr(TautanScene) scene = NULL;
      TautanView view;

      tautan_view_init (&view);
      view.width = 480;
      view.height = 300;
      view.zoom = z == 0 ? 40 : 60;
      view.span = span;
      view.rollup = rollup;
      scene = tautan_scene_new (context, ds, slice, positions, &view);
      for (guint i = 0; i < tautan_scene_get_n_nodes (scene); i++)
        {
          const TautanSceneNode *n = tautan_scene_get_node (scene, i);

          if (n->label_visible && !n->label_leader)
            before += _tautan_briefing_edges_under (scene, n->label_x, n->label_y, n->label_x + n->label_width,
                                                    n->label_y + n->label_height);
        }
      _tautan_briefing_place_labels (scene);
      for (guint i = 0; i < tautan_scene_get_n_nodes (scene); i++)
        {
          const TautanSceneNode *n = tautan_scene_get_node (scene, i);
          guint under;

          if (!n->label_visible || n->label_leader)
            continue;
          under = _tautan_briefing_edges_under (scene, n->label_x, n->label_y, n->label_x + n->label_width,
                                                n->label_y + n->label_height);
          after += under;
          g_test_message ("zoom %g: %s on %u edges", view.zoom, n->label, under);
          if (g_str_equal (n->label, "South Korea +1"))
            {
              g_assert_cmpuint (under, ==, 0);
              n_named++;
            }
          for (guint k = 0; k < tautan_scene_get_n_nodes (scene); k++)
            {
              const TautanSceneNode *o = tautan_scene_get_node (scene, k);

              if (k == i)
                continue;
              /* off every other node's centre and every other label */
              g_assert_false (o->x > n->label_x && o->x < n->label_x + n->label_width && o->y > n->label_y &&
                              o->y < n->label_y + n->label_height);
              if (o->label_visible)
                g_assert_false (n->label_x < o->label_x + o->label_width && n->label_x + n->label_width > o->label_x &&
                                n->label_y < o->label_y + o->label_height && n->label_y + n->label_height > o->label_y);
            }
        }
    }
  g_test_message ("labels on edges: %u before, %u after", before, after);
  g_assert_cmpuint (n_named, ==, 2);
  g_assert_cmpuint (after, <, before);
}

/* A right-to-left name, or one with a stray right-to-left override
 * (U+202E), keeps to itself in the briefing's "A → B" lines: on every
 * line with both names and an arrow, the arrow is drawn between them, as
 * in "Vladimir nituP → كيم جونغ أون", not after the Arabic name that the
 * override in "Vladimir \u202ePutin" would have pulled in. */
static void
test_bidi_names (void)
{
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "data", "odd", "ds-bidi-override.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (fixture);
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanDataset) ds = tautan_dataset_load_file (file, FALSE, NULL, NULL, NULL, NULL, &error);
  g_autoptr(TautanWorkspace) ws = tautan_workspace_new ();
  g_autoptr(TautanSavedView) view = tautan_saved_view_new ("Both ways");
  g_autofree char *program = g_find_program_in_path ("pdftotext");
  g_autoptr(GRegex) word = g_regex_new ("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" "
                                        "yMax=\"([0-9.]+)\">([^<]*)</word>", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autoptr(GArray) arrows = g_array_new (FALSE, FALSE, sizeof (double) * 2);
  g_autoptr(GArray) arabic = g_array_new (FALSE, FALSE, sizeof (double) * 2);
  g_autoptr(GArray) latin = g_array_new (FALSE, FALSE, sizeof (double) * 2);
  g_autofree char *path = NULL;
  g_autofree char *bbox = NULL;
  TautanTimeSpan span;
  guint n_checked = 0;
  int status;

  g_assert_no_error (error);
  if (program == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  span = tautan_dataset_get_span (ds);
  tautan_saved_view_set_window (view, &span, FALSE);
  tautan_saved_view_select_edge (view, "putin", "kim");
  g_list_store_append (tautan_workspace_get_views (ws), view);
  path = write_briefing (ds, ws, TAUTAN_PAPER_A4, "bidi.pdf");
  {
    const char *argv[] = { program, "-bbox", path, "-", NULL };

    g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &bbox, NULL,
                                 &status, &error));
    g_assert_no_error (error);
  }

  /* The arrows and a word of each name, by where they are drawn; a line
   * is told by its y (the fixture's lines fit on one page). */
  for (g_regex_match (word, bbox, 0, &match); g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      g_autofree char *text = g_match_info_fetch (match, 5);
      double at[2] = { word_attr (match, 1), word_attr (match, 2) };

      if (g_str_equal (text, "→"))
        g_array_append_val (arrows, at);
      /* (pdftotext gives the Arabic letter by letter: its first, kaf) */
      else if (strstr (text, "ك") != NULL)
        g_array_append_val (arabic, at);
      else if (g_str_equal (text, "Vladimir"))
        g_array_append_val (latin, at);
    }
  for (guint i = 0; i < arrows->len; i++)
    {
      const double *arrow = &g_array_index (arrows, double, 2 * i);

      for (guint k = 0; k < arabic->len; k++)
        for (guint l = 0; l < latin->len; l++)
          {
            const double *a = &g_array_index (arabic, double, 2 * k);
            const double *b = &g_array_index (latin, double, 2 * l);

            if (fabs (a[1] - arrow[1]) > 2 || fabs (b[1] - arrow[1]) > 2)
              continue;
            g_test_message ("y %g: Vladimir at %g, arrow at %g, Arabic name at %g", arrow[1], b[0], arrow[0], a[0]);
            g_assert_cmpfloat ((arrow[0] - a[0]) * (arrow[0] - b[0]), <, 0);
            n_checked++;
          }
    }
  g_assert_cmpuint (n_checked, >, 0);
}

static void
test_three_views (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanDataset) ds = tautan_dataset_load_resource (BUNDLED, &error);
  g_autoptr(TautanWorkspace) ws = three_view_workspace ();
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) pages = NULL;
  g_autoptr(GRegex) note = NULL;
  int summary, edge, kim, quiet, further, sources;
  const char *first_quote, *uncertain;

  g_assert_no_error (error);
  path = write_briefing (ds, ws, TAUTAN_PAPER_A4, "three.pdf");
  text = run_tool ("pdftotext", path);
  if (text == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  pages = g_strsplit (text, "\f", -1);

  /* The summary page, after the title page: the question, the periods,
   * the main actors (Kim and Putin lead the union) and a line per view. */
  summary = find_page (pages, "Main actors");
  g_assert_cmpint (summary, ==, 1);
  g_assert_nonnull (strstr (pages[summary], "Question"));
  g_assert_nonnull (strstr (pages[summary], "Test briefing"));
  g_assert_nonnull (strstr (pages[summary], "1 Jun 2024 – 30 Jun 2024; Up to 31 Jul 2025"));
  g_assert_true (g_regex_match_simple ("Main actors\\s+Kim Jong Un \\(\\d+\\), Vladimir Putin \\(\\d+\\)",
                                       pages[summary], 0, 0));
  g_assert_true (g_regex_match_simple ("1\\.\\s+Putin in Pyongyang — 1 Jun 2024 – 30 Jun 2024 — 2 events",
                                       pages[summary], 0, 0));
  g_assert_true (g_regex_match_simple ("3\\.\\s+Trump — Up to 31 Jul 2025 — \\d+ events?", pages[summary], 0, 0));

  /* The edge's page lists its events both ways, dated for people, then
   * its quote; its marking heads it, and only it. */
  edge = find_page (pages, "View 1 of 3");
  g_assert_cmpint (edge, ==, 2);
  g_assert_nonnull (strstr (pages[edge], "Events behind the selection"));
  g_assert_nonnull (strstr (pages[edge], "Kim Jong Un → Vladimir Putin"));
  g_assert_nonnull (strstr (pages[edge], "Vladimir Putin → Kim Jong Un"));
  g_assert_nonnull (strstr (pages[edge], "19 Jun 2024"));
  g_assert_nonnull (strstr (pages[edge], "Meet, visit or host · reported · sources: iNews.id [3]"));
  g_assert_nonnull (strstr (pages[edge], "Key quotes"));
  g_assert_nonnull (strstr (pages[edge], "“agresi.”"));
  g_assert_true (g_str_has_prefix (g_strchug (pages[edge]), "INTERNAL"));
  g_assert_nonnull (strstr (pages[edge], "The treaty is signed the same day."));

  /* Kim's many quotes: the strongest (attribution certain) on his page,
   * the rest in the appendix, which the page points to. */
  kim = find_page (pages, "View 2 of 3");
  quiet = find_page (pages, "View 3 of 3");
  g_assert_cmpint (kim, >, edge);
  g_assert_cmpint (quiet, >, kim);
  g_assert_null (strstr (pages[kim], "INTERNAL"));
  first_quote = strstr (pages[kim], "Key quotes");
  for (int i = kim + 1; first_quote == NULL && i < quiet; i++)
    first_quote = strstr (pages[i], "Key quotes");
  g_assert_nonnull (first_quote);
  for (int i = kim; i < quiet; i++)
    g_assert_null (strstr (pages[i], "attribution uncertain"));
  g_assert_nonnull (strstr (pages[quiet - 1], "further quotes are in the appendix"));

  /* A view with no quote says so. */
  g_assert_nonnull (strstr (pages[quiet], "Events behind the selection"));
  g_assert_nonnull (strstr (pages[quiet], "No quote in this window lies behind the selection."));
  g_assert_true (g_str_has_prefix (g_strchug (pages[quiet]), "[RESTRICTED]"));
  /* The other pages carry every marking. */
  g_assert_true (g_str_has_prefix (g_strchug (pages[0]), "INTERNAL / [RESTRICTED]"));

  further = find_page (pages, "Further quotes");
  sources = find_page (pages, "Appendix\n\nSources");
  g_assert_cmpint (further, >, quiet);
  g_assert_cmpint (sources, >, further);
  /* The weaker quotes, there. */
  uncertain = NULL;
  for (int i = further; uncertain == NULL && i < sources; i++)
    uncertain = strstr (pages[i], "attribution uncertain");
  g_assert_nonnull (uncertain);

  /* No curators' note reaches print: no bracketed words anywhere (a
   * source's number, "[3]", is no note). */
  note = g_regex_new ("\\[[^\\]\\d][^\\]]* [^\\]]*\\]", 0, 0, NULL);
  g_assert_false (g_regex_match (note, text, 0, NULL));
  g_assert_null (strstr (text, "Curator"));
  g_assert_null (strstr (text, "check the day"));
  g_assert_nonnull (strstr (text, "Putin in Pyongyang"));
}

/* Everything of @text from the page holding @from to the one holding
 * @to (excluded), as one string. */
static char *
pages_between (char       **pages,
               const char  *from,
               const char  *to)
{
  int first = find_page (pages, from);
  int last = find_page (pages, to);
  GString *out = g_string_new (NULL);

  g_assert_cmpint (first, >=, 0);
  g_assert_cmpint (last, >, first);
  for (int i = first; i < last; i++)
    g_string_append (out, pages[i]);
  return g_string_free (out, FALSE);
}

/* @text with its line breaks as spaces: a long heading may wrap. */
static void
flatten (char *text)
{
  g_strdelimit (text, "\n", ' ');
}

static char *
edge_words (TautanDataset          *ds,
            const TautanChangeEdge *c)
{
  TautanEntity source, target;

  tautan_dataset_get_entity (ds, c->source, &source);
  tautan_dataset_get_entity (ds, c->target, &target);
  return g_strdup_printf ("%s → %s", source.name, target.name);
}

/* A view comparing the year before the Pyongyang treaty of 19 June 2024
 * with the year from it: its page is “What changed”, and names every
 * changed link tautan_changes_compute() finds (the answer of `tautan
 * analyze --changes`, test-cli-briefing.c checks the command itself),
 * each with its counts and the dates and sources of its events; a
 * filter narrows it, and the pages say so in words. */
static void
test_comparison (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanDataset) ds = tautan_dataset_load_resource (BUNDLED, &error);
  g_autoptr(TautanWorkspace) ws = tautan_workspace_new ();
  g_autoptr(TautanSavedView) treaty = tautan_saved_view_new ("Treaty");
  g_autoptr(TautanFilter) all = tautan_filter_new ();
  TautanTimeSpan before = { tautan_day_from_ymd (2023, 6, 19), tautan_day_from_ymd (2024, 6, 18) };
  TautanTimeSpan after = { tautan_day_from_ymd (2024, 6, 19), tautan_day_from_ymd (2025, 6, 18) };
  TautanTimeSpan both = { before.from, after.to };
  g_autoptr(TautanChanges) changes = tautan_changes_compute (ds, all, &before, &after);
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *page = NULL;
  g_auto(GStrv) pages = NULL;
  guint n_listed = 0;

  g_assert_no_error (error);
  tautan_saved_view_set_title (treaty, "The treaty year");
  tautan_saved_view_set_window (treaty, &both, FALSE);
  tautan_saved_view_set_comparison (treaty, &before, &after);
  g_list_store_append (tautan_workspace_get_views (ws), treaty);

  path = write_briefing (ds, ws, TAUTAN_PAPER_A4, "compare.pdf");
  text = run_tool ("pdftotext", path);
  if (text == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  flatten (text);
  pages = g_strsplit (text, "\f", -1);
  g_assert_cmpint (find_page (pages, "What changed, 19 Jun 2023 – 18 Jun 2024 → 19 Jun 2024 – 18 Jun 2025"),
                   ==, 2);
  /* The summary names the periods. */
  g_assert_nonnull (strstr (pages[1], "19 Jun 2023 – 18 Jun 2024 → 19 Jun 2024 – 18 Jun 2025"));
  g_assert_nonnull (strstr (pages[1], "none: every event counts"));
  page = pages_between (pages, "What changed, 19 Jun 2023", "Appendix");

  /* The legend's classes, and every link that changed, in words. */
  g_assert_cmpuint (changes->n_edges[TAUTAN_CHANGE_NEW], >, 0);
  g_assert_cmpuint (changes->n_edges[TAUTAN_CHANGE_VANISHED], >, 0);
  for (guint k = 0; k < TAUTAN_N_CHANGES; k++)
    if (changes->n_edges[k] > 0)
      {
        g_autofree char *heading = g_strdup_printf ("%s (%u)", tautan_change_kind_get_label (k),
                                                    changes->n_edges[k]);

        g_assert_nonnull (strstr (page, heading));
      }
  for (guint i = 0; i < changes->edges->len; i++)
    {
      const TautanChangeEdge *c = &g_array_index (changes->edges, TautanChangeEdge, i);
      g_autofree char *words = edge_words (ds, c);
      g_autofree char *counts = g_strdup_printf ("%u → %u event", c->count_before, c->count_after);
      const char *line = strstr (page, words);

      g_assert_nonnull (line);
      g_assert_nonnull (strstr (line, counts));
      n_listed++;
    }
  g_assert_cmpuint (n_listed, >=, 5);

  /* Each link leads to its events: the new Kim Jong Un → Russia link's
   * are dated after the treaty, with their sources' numbers. */
  {
    const char *kim = strstr (page, "Kim Jong Un → Russia");
    const char *after_line = kim ? strstr (kim, "After: ") : NULL;

    g_assert_nonnull (after_line);
    g_assert_true (g_regex_match_simple ("^After: \\d+ \\w+ 202[45] \\[\\d+", after_line, 0, 0));
  }
  /* The actors new in the second period, by name. */
  for (guint i = 0; i < changes->new_actors->len; i++)
    {
      TautanEntity e;

      tautan_dataset_get_entity (ds, g_array_index (changes->new_actors, guint, i), &e);
      g_assert_nonnull (strstr (page, e.name));
    }

  /* Confirmed events only: the filter's words on the pages, and only
   * the links of confirmed events. */
  {
    const char *confirmed[] = { "confirmed", NULL };
    g_autoptr(TautanFilter) filter = tautan_filter_with_values (all, TAUTAN_FILTER_STATUS, confirmed);
    g_autoptr(TautanChanges) narrowed = tautan_changes_compute (ds, filter, &before, &after);
    g_autofree char *path2 = NULL;
    g_autofree char *text2 = NULL;
    g_autofree char *page2 = NULL;
    g_auto(GStrv) pages2 = NULL;

    tautan_workspace_set_filter (ws, filter);
    path2 = write_briefing (ds, ws, TAUTAN_PAPER_A4, "compare-confirmed.pdf");
    text2 = run_tool ("pdftotext", path2);
    flatten (text2);
    pages2 = g_strsplit (text2, "\f", -1);
    g_assert_nonnull (strstr (pages2[1], "Status: Confirmed"));
    page2 = pages_between (pages2, "What changed, 19 Jun 2023", "Appendix");
    g_assert_nonnull (strstr (page2, "Filters: Status: Confirmed"));
    g_assert_cmpuint (narrowed->edges->len, <, changes->edges->len);
    for (guint i = 0; i < changes->edges->len; i++)
      {
        const TautanChangeEdge *c = &g_array_index (changes->edges, TautanChangeEdge, i);
        g_autofree char *words = edge_words (ds, c);

        if (tautan_changes_find (narrowed, c->source, c->target) != NULL)
          g_assert_nonnull (strstr (page2, words));
        else
          g_assert_null (strstr (page2, words));
      }
  }
}

/* The preview: the first two pages as thumbnails, the size of the paper
 * at the scale, with ink on them; a Letter page is wider. */
static void
test_preview_pages (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanDataset) ds = tautan_dataset_load_resource (BUNDLED, &error);
  g_autoptr(TautanWorkspace) ws = three_view_workspace ();
  g_autoptr(GPtrArray) pages = NULL;
  g_autoptr(GPtrArray) letter = NULL;
  TautanBriefingOptions options;

  g_assert_no_error (error);
  tautan_briefing_options_init (&options);
  options.title = "Preview";
  options.author = "";
  pages = tautan_briefing_render_pages (ds, ws, &options, 2, 0.25, &error);
  g_assert_no_error (error);
  g_assert_nonnull (pages);
  g_assert_cmpuint (pages->len, ==, 2);
  for (guint i = 0; i < pages->len; i++)
    {
      cairo_surface_t *page = g_ptr_array_index (pages, i);
      const guint32 *data;
      int stride;
      guint dark = 0, white = 0;

      g_assert_cmpint (cairo_image_surface_get_width (page), ==, 149);   /* 595.28 × 0.25 */
      g_assert_cmpint (cairo_image_surface_get_height (page), ==, 211);  /* 841.89 × 0.25 */
      cairo_surface_flush (page);
      data = (const guint32 *)cairo_image_surface_get_data (page);
      stride = cairo_image_surface_get_stride (page) / 4;
      for (int y = 0; y < 211; y++)
        for (int x = 0; x < 149; x++)
          {
            guint32 px = data[y * stride + x];

            if (px == 0xffffffff)
              white++;
            else if ((px & 0xff) < 0xc0)
              dark++;
          }
      /* Paper, and text on it. */
      g_assert_cmpuint (white, >, 149 * 211 / 2);
      g_assert_cmpuint (dark, >, 100);
    }

  options.paper = TAUTAN_PAPER_LETTER;
  letter = tautan_briefing_render_pages (ds, ws, &options, 1, 0.5, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (letter->len, ==, 1);
  g_assert_cmpint (cairo_image_surface_get_width (g_ptr_array_index (letter, 0)), ==, 306);
}

/* A workspace of @n views, alike but for their titles; with @wrap, every
 * third title is long enough to take two lines in the summary. */
static TautanWorkspace *
many_views_workspace (guint    n,
                      gboolean wrap)
{
  TautanWorkspace *ws = tautan_workspace_new ();
  TautanTimeSpan june = { tautan_day_from_ymd (2024, 6, 1), tautan_day_from_ymd (2024, 6, 30) };

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("View %u", i + 1);
      g_autofree char *title = g_strdup_printf (wrap && i % 3 == 0 ? "Kim and Putin, meeting %u, where the "
                                                "treaty of comprehensive strategic partnership is signed"
                                                : "Kim and Putin, meeting %u", i + 1);
      g_autoptr(TautanSavedView) view = tautan_saved_view_new (name);

      tautan_saved_view_set_title (view, title);
      tautan_saved_view_set_window (view, &june, FALSE);
      g_list_store_append (tautan_workspace_get_views (ws), view);
    }
  return ws;
}

/* The pages of the briefing of @n views, as pdftotext reads them; NULL
 * without pdftotext. */
static char **
many_views_pages (TautanDataset *ds,
                  guint          n,
                  gboolean       wrap)
{
  g_autoptr(TautanWorkspace) ws = many_views_workspace (n, wrap);
  g_autofree char *name = g_strdup_printf ("views-%u%s.pdf", n, wrap ? "-wrapped" : "");
  g_autofree char *path = write_briefing (ds, ws, TAUTAN_PAPER_A4, name);
  g_autofree char *text = run_tool ("pdftotext", path);

  return text != NULL ? g_strsplit (text, "\f", -1) : NULL;
}

/* The views listed on @page: its lines "N.  title — period — count". */
static guint
n_view_rows (const char *page)
{
  g_autoptr(GRegex) row = g_regex_new ("^\\d+\\.\\s+Kim and Putin, meeting", G_REGEX_MULTILINE, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  guint n = 0;

  for (g_regex_match (row, page, 0, &match); g_match_info_matches (match); g_match_info_next (match, NULL))
    n++;
  return n;
}

/* A summary whose list of views runs a line or two over its page sets
 * the list closer and ends on that page; one that runs further over
 * never leaves a lone line on its continuation page. Before, one view
 * too many for the page went alone onto a "Summary (continued)" page
 * (25 views on A4). How many views fill the page is read off a briefing
 * with too many, and then one, two and three more than fit are drawn. */
static void
test_summary_continued (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanDataset) ds = tautan_dataset_load_resource (BUNDLED, &error);
  g_auto(GStrv) pages = NULL;
  guint fit;

  g_assert_no_error (error);
  pages = many_views_pages (ds, 40, FALSE);
  if (pages == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  /* The title page, then the summary, continued. */
  g_assert_nonnull (strstr (pages[1], "Main actors"));
  g_assert_nonnull (strstr (pages[2], "Summary (continued)"));
  fit = n_view_rows (pages[1]);
  g_assert_cmpuint (fit, >, 2);
  g_assert_cmpuint (fit + n_view_rows (pages[2]), ==, 40);

  for (guint over = 1; over <= 3; over++)
    {
      g_auto(GStrv) these = many_views_pages (ds, fit + over, FALSE);

      g_test_message ("%u views: %u on the summary's page, %u on the next", fit + over, n_view_rows (these[1]),
                      n_view_rows (these[2]));
      g_assert_null (strstr (these[2], "Summary (continued)"));
      g_assert_cmpuint (n_view_rows (these[1]), ==, fit + over);
    }
}

/* A summary whose list of views runs over two pages or more spreads the
 * rest evenly over them: no page is left a lone row or two. Before, 62
 * views on A4 went 24 + 36 + 2 (the last two kept together). Rows of two
 * lines among them (every third, long titles) are spread too, and no
 * page runs over: its last rows would go alone onto one more (review:
 * 105 such views went 18 + 28 + 29 + 29 + 1 when each page took its share
 * of what was left). */
static void
test_summary_balanced (void)
{
  static const struct { guint n; gboolean wrap; } counts[] = { { 62, FALSE }, { 100, FALSE }, { 62, TRUE },
                                                               { 75, TRUE }, { 105, TRUE } };
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanDataset) ds = tautan_dataset_load_resource (BUNDLED, &error);

  g_assert_no_error (error);
  for (guint c = 0; c < G_N_ELEMENTS (counts); c++)
    {
      g_auto(GStrv) pages = many_views_pages (ds, counts[c].n, counts[c].wrap);
      g_autoptr(GString) split = g_string_new (NULL);
      guint total, least = G_MAXUINT, most = 0, n_continued = 0;

      if (pages == NULL)
        {
          g_test_skip ("pdftotext is not installed");
          return;
        }
      /* The title page, the summary's, then its continuation pages. */
      g_assert_nonnull (strstr (pages[1], "Main actors"));
      total = n_view_rows (pages[1]);
      g_string_append_printf (split, "%u", total);
      for (guint p = 2; pages[p] != NULL && strstr (pages[p], "Summary (continued)") != NULL; p++)
        {
          guint rows = n_view_rows (pages[p]);

          g_string_append_printf (split, " + %u", rows);
          total += rows;
          least = MIN (least, rows);
          most = MAX (most, rows);
          n_continued++;
        }
      g_test_message ("%u views%s: %s", counts[c].n, counts[c].wrap ? " (some wrapped)" : "", split->str);
      g_assert_cmpuint (total, ==, counts[c].n);
      g_assert_cmpuint (n_continued, >=, 2);
      /* The continuation pages even: of rows alike, by a row at most;
       * none holds less than half the fullest. */
      if (!counts[c].wrap)
        g_assert_cmpuint (most - least, <=, 1);
      g_assert_cmpuint (least * 2, >=, most);
    }
}

/* The page split itself: rows of unequal heights go on as many pages as
 * the greedy fill takes, none over a page, the last not left one row
 * (6 + 5 | 6 + 5 | 1 on pages of 11 is 6 | 5 + 6 | 5 + 1, or alike). */
static void
test_plan_pages (void)
{
  static const double uneven[] = { 6, 5, 6, 5, 1 };
  double even[62];
  gboolean starts[62];
  guint counts[4] = { 0 }, page = 0;

  /* Nothing fits below: the list starts on the next page. */
  g_assert_true (_tautan_briefing_plan_pages (uneven, 5, 0, 0, FALSE, 11, starts));
  {
    double heights[3] = { 0 };
    guint p = 0;

    g_assert_true (starts[0]);
    for (guint i = 0; i < 5; i++)
      {
        if (i > 0 && starts[i])
          p++;
        g_assert_cmpuint (p, <, 3);
        heights[p] += uneven[i];
      }
    g_assert_cmpuint (p, ==, 2);
    for (guint k = 0; k < 3; k++)
      {
        g_test_message ("page %u: %g", k + 1, heights[k]);
        g_assert_cmpfloat (heights[k], <=, 11);
        g_assert_cmpfloat (heights[k], >=, 5);
      }
  }

  /* 62 rows alike, 24 fit on this page, 37 on the next: 24 + 19 + 19. */
  for (guint i = 0; i < 62; i++)
    even[i] = 1;
  g_assert_true (_tautan_briefing_plan_pages (even, 62, 0, 24, FALSE, 37, starts));
  for (guint i = 0; i < 62; i++)
    {
      if (starts[i])
        page++;
      counts[page]++;
    }
  g_assert_cmpuint (counts[0], ==, 24);
  g_assert_cmpuint (counts[1], ==, 19);
  g_assert_cmpuint (counts[2], ==, 19);
  g_assert_cmpuint (counts[3], ==, 0);

  /* One page after this one: the flow's own rule (the last two together). */
  g_assert_false (_tautan_briefing_plan_pages (even, 40, 0, 24, FALSE, 37, starts));

  /* A scripted workspace of 5,000 views: 24, then 135 pages of 36 or 37
   * (the cut seeks back no further than a page holds). */
  {
    g_autofree double *many = g_new (double, 5000);
    g_autofree gboolean *cuts = g_new (gboolean, 5000);
    guint rows = 0, least = G_MAXUINT, most = 0, n_pages = 0;

    for (guint i = 0; i < 5000; i++)
      many[i] = 1;
    g_assert_true (_tautan_briefing_plan_pages (many, 5000, 0, 24, FALSE, 37, cuts));
    for (guint i = 0; i <= 5000; i++)
      {
        if (i == 5000 || cuts[i])
          {
            if (n_pages > 0)
              {
                least = MIN (least, rows);
                most = MAX (most, rows);
              }
            else
              g_assert_cmpuint (rows, ==, 24);
            n_pages++;
            rows = 0;
          }
        rows++;
      }
    g_assert_cmpuint (n_pages, ==, 136);
    g_assert_cmpuint (most, <=, 37);
    g_assert_cmpuint (most - least, <=, 1);
  }
}

/* A heading never ends a page: "Key quotes" goes to the next page with
 * its first quote, which is kept whole. Before, a view of Kim and Putin
 * over 2023 (as a user saved it) ended its page on the heading, and its
 * quotes began on the next under "(continued)". */
static void
test_quotes_heading_kept (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanDataset) ds = tautan_dataset_load_resource (BUNDLED, &error);
  g_autoptr(TautanWorkspace) ws = tautan_workspace_new ();
  g_autoptr(TautanSavedView) view = tautan_saved_view_new ("View 1");
  TautanTimeSpan span = { tautan_day_from_ymd (2022, 12, 7), tautan_day_from_ymd (2023, 11, 18) };
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) pages = NULL;
  gboolean found = FALSE;

  g_assert_no_error (error);
  tautan_saved_view_set_window (view, &span, FALSE);
  tautan_saved_view_select_edge (view, "kim-jong-un", "vladimir-putin");
  g_list_store_append (tautan_workspace_get_views (ws), view);
  path = write_briefing (ds, ws, TAUTAN_PAPER_A4, "quotes-heading.pdf");
  text = run_tool ("pdftotext", path);
  if (text == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  pages = g_strsplit (text, "\f", -1);
  for (guint p = 0; pages[p] != NULL; p++)
    {
      const char *heading = strstr (pages[p], "Key quotes");

      if (heading == NULL)
        continue;
      found = TRUE;
      /* a quote, in its marks, under the heading on the same page */
      g_assert_nonnull (strstr (heading, "\u201c"));
    }
  g_assert_true (found);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/tautan/briefing/a4", test_a4);
  g_test_add_func ("/tautan/briefing/letter", test_letter);
  g_test_add_func ("/tautan/briefing/paginate", test_paginate);
  g_test_add_func ("/tautan/briefing/links", test_links);
  g_test_add_func ("/tautan/briefing/hostile-links", test_hostile_links);
  g_test_add_func ("/tautan/briefing/long-urls", test_long_urls);
  g_test_add_func ("/tautan/briefing/odd-text", test_odd_text);
  g_test_add_func ("/tautan/briefing/unwritable", test_unwritable);
  g_test_add_func ("/tautan/briefing/paper-names", test_paper_names);
  g_test_add_func ("/tautan/briefing/default-author", test_default_author);
  g_test_add_func ("/tautan/briefing/three-views", test_three_views);
  g_test_add_func ("/tautan/briefing/rollup-labels", test_rollup_labels);
  g_test_add_func ("/tautan/briefing/labels-off-edges", test_labels_off_edges);
  g_test_add_func ("/tautan/briefing/preview-pages", test_preview_pages);
  g_test_add_func ("/tautan/briefing/comparison", test_comparison);
  g_test_add_func ("/tautan/briefing/bidi-names", test_bidi_names);
  g_test_add_func ("/tautan/briefing/summary-continued", test_summary_continued);
  g_test_add_func ("/tautan/briefing/summary-balanced", test_summary_balanced);
  g_test_add_func ("/tautan/briefing/plan-pages", test_plan_pages);
  g_test_add_func ("/tautan/briefing/quotes-heading-kept", test_quotes_heading_kept);

  return g_test_run ();
}
