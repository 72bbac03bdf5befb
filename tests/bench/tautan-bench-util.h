/* tautan-bench-util.h: what every benchmark program needs
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Clock, sorting and medians for the `bench NAME VALUE UNIT` figures, and
 * removing the temporary folders the benchmarks write their data to.
 */

#pragma once

#include <stdlib.h>

#include <glib.h>
#include <glib/gstdio.h>

static inline double
now_s (void)
{
  return (double)g_get_monotonic_time () / G_USEC_PER_SEC;
}

static inline int
cmp_double (const void *a,
            const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

/* The @p quantile (0 to 1) of @v, interpolated; sorts @v in place. */
static inline double
percentile (double *v,
            guint   n,
            double  p)
{
  double pos;
  guint lo;

  g_assert (n > 0);
  qsort (v, n, sizeof *v, cmp_double);
  pos = p * (n - 1);
  lo = (guint)pos;
  if (lo + 1 >= n)
    return v[n - 1];
  return v[lo] + (pos - lo) * (v[lo + 1] - v[lo]);
}

static inline double
median (double *v,
        guint   n)
{
  return percentile (v, n, 0.5);
}

static inline void
remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);

  if (dir != NULL)
    {
      const char *name;

      while ((name = g_dir_read_name (dir)) != NULL)
        {
          char *child = g_build_filename (path, name, NULL);

          if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
            remove_tree (child);
          else
            g_unlink (child);
          g_free (child);
        }
      g_dir_close (dir);
    }
  g_rmdir (path);
}
