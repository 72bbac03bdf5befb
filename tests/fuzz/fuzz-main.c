/* fuzz-main.c: runs a fuzz target over its corpus, for the test suite
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>

#include "fuzz-common.h"

/* Built with any compiler, without libFuzzer: replays every file named,
 * and every file in every folder named (seed corpora, regressions/NAME/),
 * so each target runs over its inputs in every test pass, under the
 * sanitizers with `make sanitize`. A folder that is missing or holds
 * nothing is an error: a replay of nothing would pass for ever. */

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *)a, *(char * const *)b);
}

static guint
run_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize len;

  if (!g_file_get_contents (path, &data, &len, &error))
    g_error ("%s", error->message);
  g_print ("# %s\n", path);
  LLVMFuzzerTestOneInput ((const guint8 *)data, len);
  return 1;
}

static guint
run_folder (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (path, 0, &error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  guint n = 0;

  if (dir == NULL)
    g_error ("%s", error->message);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_REGULAR))
        g_ptr_array_add (names, child);
      else
        g_free (child);
    }
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    n += run_file (g_ptr_array_index (names, i));
  if (n == 0)
    g_error ("%s holds no input", path);
  return n;
}

int
main (int   argc,
      char *argv[])
{
  guint n = 0;

  LLVMFuzzerInitialize (&argc, &argv);
  if (argc < 2)
    g_error ("usage: %s FILE-OR-FOLDER…", argv[0]);

  for (int i = 1; i < argc; i++)
    n += g_file_test (argv[i], G_FILE_TEST_IS_DIR) ? run_folder (argv[i]) : run_file (argv[i]);
  g_print ("# replayed %u inputs\n", n);

  return 0;
}
