/* tautan-cli-bench.c: `tautan bench`, the layout alone on any edge list
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-cli"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gio/gio.h>

#include "tautan/tautan-cli.h"
#include "tautan/tautan-layout.h"

/* Without --iterations the layout runs until it settles, or this many. */
#define MAX_ITERATIONS 100000

typedef struct
{
  GPtrArray  *names;        /* node index → name */
  GHashTable *index;        /* name → node index + 1 */
  GArray     *src;
  GArray     *dst;
} EdgeList;

static void
edge_list_clear (EdgeList *list)
{
  g_clear_pointer (&list->names, g_ptr_array_unref);
  g_clear_pointer (&list->index, g_hash_table_unref);
  g_clear_pointer (&list->src, g_array_unref);
  g_clear_pointer (&list->dst, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (EdgeList, edge_list_clear)

static guint32
node_for_name (EdgeList   *list,
               const char *name)
{
  gpointer found = g_hash_table_lookup (list->index, name);
  char *copy;

  if (found != NULL)
    return GPOINTER_TO_UINT (found) - 1;

  copy = g_strdup (name);
  g_ptr_array_add (list->names, copy);
  g_hash_table_insert (list->index, copy, GUINT_TO_POINTER (list->names->len));
  return list->names->len - 1;
}

/* Whitespace-separated "u v" per line; '#' starts a comment; words after
 * the second (weights, networkx's attribute dicts) are ignored. */
static gboolean
edge_list_load (EdgeList    *list,
                const char  *path,
                GError     **error)
{
  g_autofree char *contents = NULL;
  char *line, *next;
  guint line_no = 0;

  if (!g_file_get_contents (path, &contents, NULL, error))
    return FALSE;

  list->names = g_ptr_array_new_with_free_func (g_free);
  list->index = g_hash_table_new (g_str_hash, g_str_equal);
  list->src = g_array_new (FALSE, FALSE, sizeof (guint32));
  list->dst = g_array_new (FALSE, FALSE, sizeof (guint32));

  for (line = contents; line != NULL; line = next)
    {
      char *hash, *save = NULL;
      const char *u, *v;
      guint32 a, b;

      line_no++;
      next = strchr (line, '\n');
      if (next != NULL)
        *next++ = '\0';
      if ((hash = strchr (line, '#')) != NULL)
        *hash = '\0';

      u = strtok_r (line, " \t\r\f\v", &save);
      if (u == NULL)
        continue;
      v = strtok_r (NULL, " \t\r\f\v", &save);
      if (v == NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "%s:%u: expected two node names, found one", path, line_no);
          return FALSE;
        }

      a = node_for_name (list, u);
      b = node_for_name (list, v);
      g_array_append_val (list->src, a);
      g_array_append_val (list->dst, b);
    }

  return TRUE;
}

static int
compare_double (const void *a,
                const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

static gboolean
write_positions (TautanLayout  *layout,
                 EdgeList      *list,
                 const char    *path,
                 GError       **error)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree TautanPoint *p = g_new (TautanPoint, MAX (list->names->len, 1));

  tautan_layout_get_positions (layout, p);
  for (guint i = 0; i < list->names->len; i++)
    {
      char x[G_ASCII_DTOSTR_BUF_SIZE], y[G_ASCII_DTOSTR_BUF_SIZE];

      /* Not printf: a locale's decimal comma would break the columns. */
      g_ascii_formatd (x, sizeof x, "%.5f", p[i].x);
      g_ascii_formatd (y, sizeof y, "%.5f", p[i].y);
      g_string_append_printf (out, "%s\t%s\t%s\n",
                              (const char *)g_ptr_array_index (list->names, i), x, y);
    }

  return g_file_set_contents (path, out->str, out->len, error);
}

static int
bench_layout (int    argc,
              char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanLayout) layout = NULL;
  g_autofree char *edges = NULL;
  g_autofree char *positions = NULL;
  g_autofree double *times = NULL;
  g_auto(EdgeList) list = { 0 };
  gint iterations = 0;
  gint64 seed = 1;
  guint n_done = 0;
  gint64 start;
  const GOptionEntry entries[] = {
    { "edges", 0, 0, G_OPTION_ARG_FILENAME, &edges,
      "The edge list: “u v” per line, # comments", "FILE" },
    { "iterations", 0, 0, G_OPTION_ARG_INT, &iterations,
      "Run N iterations (default: until settled)", "N" },
    { "positions", 0, 0, G_OPTION_ARG_FILENAME, &positions,
      "Write “node x y” lines to FILE", "FILE" },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed,
      "Seed of the initial placement (default 1)", "N" },
    { NULL }
  };

  context = g_option_context_new ("— time the force-directed layout on an edge list");
  g_option_context_set_summary (context,
                                "Runs the layout alone, with no display, and prints\n"
                                "“bench layout_iteration MS ms”: the median time of one\n"
                                "iteration.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("tautan bench layout: %s\n", error->message);
      return 2;
    }
  if (edges == NULL || argc > 1 || iterations < 0)
    {
      g_printerr ("tautan bench layout: give --edges FILE "
                  "(try “tautan bench layout --help”)\n");
      return 2;
    }

  if (!edge_list_load (&list, edges, &error))
    {
      g_printerr ("tautan bench layout: %s\n", error->message);
      return 1;
    }

  start = g_get_monotonic_time ();
  layout = tautan_layout_new (list.names->len,
                              (const guint32 *)(gpointer)list.src->data,
                              (const guint32 *)(gpointer)list.dst->data,
                              NULL, list.src->len, (guint64)seed);
  g_print ("# %u nodes, %u edges, built in %.3f s\n", list.names->len, list.src->len,
           (g_get_monotonic_time () - start) / (double)G_USEC_PER_SEC);

  times = g_new (double, iterations > 0 ? iterations : MAX_ITERATIONS);
  start = g_get_monotonic_time ();
  while (iterations > 0 ? n_done < (guint)iterations
                        : n_done < MAX_ITERATIONS && !tautan_layout_is_settled (layout))
    {
      gint64 t0 = g_get_monotonic_time ();

      tautan_layout_step (layout, 1);
      times[n_done++] = (g_get_monotonic_time () - t0) / 1000.0;
    }

  g_print ("# %u iterations in %.3f s, %s\n", n_done,
           (g_get_monotonic_time () - start) / (double)G_USEC_PER_SEC,
           tautan_layout_is_settled (layout) ? "settled" : "not settled");
  if (n_done > 0)
    {
      qsort (times, n_done, sizeof *times, compare_double);
      g_print ("bench layout_iteration %.3f ms\n", times[n_done / 2]);
    }

  if (positions != NULL && !write_positions (layout, &list, positions, &error))
    {
      g_printerr ("tautan bench layout: %s\n", error->message);
      return 1;
    }

  return 0;
}

/**
 * tautan_cli_bench:
 * @argc: the number of arguments, “bench” first
 * @argv: (array length=argc): the arguments
 *
 * `tautan bench layout --edges FILE [--iterations N] [--positions OUT.tsv]`:
 * times the layout on an edge list, so its speed and its picture can be
 * compared with other tools on the same graph.
 *
 * Returns: the exit status
 */
int
tautan_cli_bench (int    argc,
                  char **argv)
{
  if (argc >= 2 && g_strcmp0 (argv[1], "layout") == 0)
    return bench_layout (argc - 1, argv + 1);

  g_printerr ("Usage: tautan bench layout --edges FILE [--iterations N] [--positions OUT.tsv]\n");
  return 2;
}
