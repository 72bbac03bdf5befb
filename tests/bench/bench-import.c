/* bench-import.c: GDELT import speed
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bench-import"

#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include "tautan/tautan-import.h"

#include "tautan-bench-util.h"

/* Prints `bench <name> <value> <unit>` as /work/shared/BENCH.md asks;
 * lines starting with '#' are context.
 *
 * import_gdelt: the GDELT 1.0 daily file of tests/data/gdelt (the zip
 * unzipped, 5.4 MB, 14,346 rows) repeated to at least 100 MB in a
 * temporary file, each copy's GLOBALEVENTIDs shifted by a billion so no
 * row is skipped as seen before: every row is read, checked, filtered
 * (no filter) and merged into events, and the dataset JSON written to
 * memory, as `tautan import` does before it saves. Megabytes (10^6 bytes)
 * of the plain file per second of tautan_importer_new() +
 * tautan_importer_add_files() + tautan_importer_build_json(); median of 5
 * after one warm-up (the file is then in the page cache).
 *
 * import_gdelt_zip: the same day straight from the zip, in megabytes of
 * unzipped text per second, median of 5 after one warm-up.
 *
 * --quick: 10 MB, 3 runs. */

#define TARGET_MB   100
#define QUICK_MB    10

static GBytes *
unzip (const char *path)
{
  struct archive *a = archive_read_new ();
  struct archive_entry *entry;
  GByteArray *out = g_byte_array_new ();
  char buf[65536];
  la_ssize_t n;

  archive_read_support_format_zip (a);
  if (archive_read_open_filename (a, path, 65536) != ARCHIVE_OK)
    g_error ("%s: %s", path, archive_error_string (a));
  while (archive_read_next_header (a, &entry) == ARCHIVE_OK)
    while ((n = archive_read_data (a, buf, sizeof buf)) > 0)
      g_byte_array_append (out, (const guint8 *)buf, (guint)n);
  archive_read_free (a);
  return g_byte_array_free_to_bytes (out);
}

/* The day @copies times, ids shifted per copy. */
static gsize
write_repeated (const char *path,
                GBytes     *day,
                guint       copies)
{
  FILE *f = fopen (path, "wb");
  gsize len, total = 0;
  const char *data = g_bytes_get_data (day, &len);

  if (f == NULL)
    g_error ("cannot write %s", path);
  for (guint c = 0; c < copies; c++)
    for (const char *p = data; p < data + len;)
      {
        const char *nl = memchr (p, '\n', (gsize)(data + len - p));
        const char *tab = memchr (p, '\t', (gsize)((nl ? nl : data + len) - p));
        const char *end = nl ? nl + 1 : data + len;
        guint64 id;

        if (tab == NULL)
          {
            p = end;
            continue;
          }
        id = g_ascii_strtoull (p, NULL, 10) + (guint64)c * 1000000000u;
        total += (gsize)fprintf (f, "%" G_GUINT64_FORMAT, id);
        total += fwrite (tab, 1, (gsize)(end - tab), f);
        p = end;
      }
  fclose (f);
  return total;
}

static double
run_import (GFile  *file,
            guint  *n_events,
            guint64 *n_rows)
{
  g_autoptr(TautanImporter) importer = NULL;
  g_autoptr(GBytes) json = NULL;
  g_autoptr(GError) error = NULL;
  TautanImportOptions options;
  TautanImportStats stats;
  double t0 = now_s ();

  tautan_import_options_init (&options);
  importer = tautan_importer_new (&options, &error);
  if (!tautan_importer_add_files (importer, &file, NULL, 1, NULL, NULL, NULL, &error) ||
      !(json = tautan_importer_build_json (importer, &error)))
    g_error ("%s", error->message);
  t0 = now_s () - t0;
  tautan_importer_get_stats (importer, &stats);
  *n_events = stats.n_events;
  *n_rows = stats.n_rows;
  return t0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  gboolean quick = FALSE;
  const GOptionEntry entries[] = {
    { "quick", 0, 0, G_OPTION_ARG_NONE, &quick, "10 MB, 3 runs: a smoke test", NULL },
    { NULL }
  };
  g_autofree char *zip = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GBytes) day = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) zip_file = NULL;
  double times[5];
  guint runs, copies, n_events = 0;
  guint64 n_rows = 0;
  gsize bytes;

  context = g_option_context_new ("— GDELT import speed");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  runs = quick ? 3 : 5;

  zip = g_build_filename (SOURCE_DIR, "tests", "data", "gdelt", "20130401.export.CSV.zip", NULL);
  day = unzip (zip);
  copies = (guint)(((quick ? QUICK_MB : TARGET_MB) * 1000000u + g_bytes_get_size (day) - 1) / g_bytes_get_size (day));

  dir = g_dir_make_tmp ("bench-import-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "repeated.export.CSV", NULL);
  bytes = write_repeated (path, day, copies);
  file = g_file_new_for_path (path);
  printf ("# import_gdelt: %u copies of the 2013-04-01 file, %.1f MB\n", copies, bytes / 1e6);
  if (quick)
    printf ("# --quick: %d MB and %u runs; the figures only show the code runs\n", QUICK_MB, runs);

  run_import (file, &n_events, &n_rows);
  for (guint i = 0; i < runs; i++)
    times[i] = run_import (file, &n_events, &n_rows);
  printf ("# %" G_GUINT64_FORMAT " rows into %u events\n", n_rows, n_events);
  printf ("bench import_gdelt %.1f MB/s\n", bytes / 1e6 / median (times, runs));

  zip_file = g_file_new_for_path (zip);
  run_import (zip_file, &n_events, &n_rows);
  for (guint i = 0; i < runs; i++)
    times[i] = run_import (zip_file, &n_events, &n_rows);
  printf ("bench import_gdelt_zip %.1f MB/s\n", g_bytes_get_size (day) / 1e6 / median (times, runs));

  g_unlink (path);
  g_rmdir (dir);
  return 0;
}
