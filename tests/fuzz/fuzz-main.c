/* fuzz-main.c: runs the fuzz target over files, for builds without libFuzzer
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>

int LLVMFuzzerTestOneInput (const guint8 *data, gsize size);

/* With gcc there is no libFuzzer: replay the corpus (the bad-input
 * fixtures), so the target is at least built and run in every test pass. */
int
main (int   argc,
      char *argv[])
{
  for (int i = 1; i < argc; i++)
    {
      g_autofree char *data = NULL;
      gsize len;

      if (g_file_get_contents (argv[i], &data, &len, NULL))
        LLVMFuzzerTestOneInput ((const guint8 *)data, len);
    }
  return 0;
}
