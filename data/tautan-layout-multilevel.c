/* tautan-layout-multilevel.c: graph coarsening for the multilevel layout
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-layout"

#include "config.h"

#include "tautan-layout-multilevel-private.h"

/* The layout (tautan-layout.c) lays a large graph out coarse to fine:
 * this file builds each coarser graph from the one below it, by
 * matching nodes in pairs (Hendrickson and Leland's heavy-edge matching,
 * as in Walshaw's multilevel force-directed placement). */

#define NONE G_MAXUINT32

static inline guint64
splitmix64 (guint64 *state)
{
  guint64 z = (*state += G_GUINT64_CONSTANT (0x9E3779B97F4A7C15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return z ^ (z >> 31);
}

static inline float
node_mass (const TautanLayoutGraph *g,
           guint32                  i)
{
  return g->mass != NULL ? g->mass[i] : 1.0f;
}

void
_tautan_layout_graph_clear (TautanLayoutGraph *graph)
{
  g_clear_pointer (&graph->adj_start, g_free);
  g_clear_pointer (&graph->adj, g_free);
  g_clear_pointer (&graph->adj_weight, g_free);
  g_clear_pointer (&graph->mass, g_free);
  graph->n_nodes = 0;
}

/* Pairs each free node, in seeded random order, with the free neighbour
 * it is most strongly tied to per unit of mass, so heavy springs vanish
 * inside coarse nodes and masses stay even. */
static void
match_heavy_edges (const TautanLayoutGraph *g,
                   guint64                  seed,
                   guint32                 *match)
{
  guint n = g->n_nodes;
  g_autofree guint32 *perm = g_new (guint32, MAX (n, 1));
  guint64 rng = seed;

  for (guint i = 0; i < n; i++)
    {
      perm[i] = i;
      match[i] = NONE;
    }
  for (guint i = n; i > 1; i--)
    {
      guint j = (guint)(splitmix64 (&rng) % i);
      guint32 tmp = perm[i - 1];

      perm[i - 1] = perm[j];
      perm[j] = tmp;
    }

  for (guint k = 0; k < n; k++)
    {
      guint32 u = perm[k], best = NONE;
      float best_score = -1;

      if (match[u] != NONE)
        continue;
      for (guint32 e = g->adj_start[u]; e < g->adj_start[u + 1]; e++)
        {
          guint32 v = g->adj[e];
          float score;

          if (v == u || match[v] != NONE)
            continue;
          score = g->adj_weight[e] / (node_mass (g, u) * node_mass (g, v));
          if (score > best_score || (score == best_score && v < best))
            {
              best = v;
              best_score = score;
            }
        }
      if (best != NONE)
        {
          match[u] = best;
          match[best] = u;
        }
    }
}

/* Matching stalls on stars (a hub has one partner for all its leaves)
 * and on isolated nodes: pair the nodes left over that share their
 * heaviest neighbour, and the isolated ones among themselves. */
static void
match_two_hop (const TautanLayoutGraph *g,
               guint32                 *match)
{
  guint n = g->n_nodes;
  g_autofree guint32 *key = g_new (guint32, MAX (n, 1));
  g_autofree guint32 *start = g_new0 (guint32, n + 2);
  g_autofree guint32 *sorted = NULL;
  guint n_left = 0;

  for (guint32 u = 0; u < n; u++)
    {
      guint32 best = n;
      float best_w = -1;

      if (match[u] != NONE)
        continue;
      for (guint32 e = g->adj_start[u]; e < g->adj_start[u + 1]; e++)
        if (g->adj[e] != u && g->adj_weight[e] > best_w)
          {
            best = g->adj[e];
            best_w = g->adj_weight[e];
          }
      key[u] = best;
      start[best + 1]++;
      n_left++;
    }
  if (n_left < 2)
    return;

  /* Counting sort by key, stable, so each bucket is in node order. */
  for (guint k = 0; k <= n; k++)
    start[k + 1] += start[k];
  sorted = g_new (guint32, n_left);
  for (guint32 u = 0; u < n; u++)
    if (match[u] == NONE)
      sorted[start[key[u]]++] = u;

  for (guint k = 0; k + 1 < n_left; k++)
    if (key[sorted[k]] == key[sorted[k + 1]])
      {
        match[sorted[k]] = sorted[k + 1];
        match[sorted[k + 1]] = sorted[k];
        k++;
      }
}

guint
_tautan_layout_coarsen (const TautanLayoutGraph *fine,
                        guint64                  seed,
                        guint32                 *parent,
                        TautanLayoutGraph       *coarse)
{
  guint n = fine->n_nodes;
  g_autofree guint32 *match = g_new (guint32, MAX (n, 1));
  g_autofree guint32 *first = NULL;
  g_autofree guint32 *slot = NULL;
  guint n_coarse = 0;
  guint32 len = 0;

  g_return_val_if_fail (parent != NULL || n == 0, 0);
  g_return_val_if_fail (coarse != NULL, 0);

  match_heavy_edges (fine, seed, match);
  match_two_hop (fine, match);

  /* Coarse nodes are numbered in the order of their first member. */
  first = g_new (guint32, MAX (n, 1));
  for (guint32 u = 0; u < n; u++)
    parent[u] = NONE;
  for (guint32 u = 0; u < n; u++)
    {
      if (parent[u] != NONE)
        continue;
      parent[u] = n_coarse;
      if (match[u] != NONE)
        parent[match[u]] = n_coarse;
      first[n_coarse++] = u;
    }

  coarse->n_nodes = n_coarse;
  coarse->mass = g_new (float, MAX (n_coarse, 1));
  coarse->adj_start = g_new (guint32, n_coarse + 1);
  coarse->adj = g_new (guint32, MAX (fine->adj_start[n], 1));
  coarse->adj_weight = g_new (float, MAX (fine->adj_start[n], 1));

  /* @slot[d] is where coarse node d sits in the row being built; rows
   * only grow, so a slot before the row's start is stale. */
  slot = g_new (guint32, MAX (n_coarse, 1));
  for (guint c = 0; c < n_coarse; c++)
    slot[c] = NONE;
  for (guint32 c = 0; c < n_coarse; c++)
    {
      guint32 members[2] = { first[c], match[first[c]] };
      guint32 row = len;

      coarse->adj_start[c] = row;
      coarse->mass[c] = 0;
      for (guint k = 0; k < 2 && members[k] != NONE; k++)
        {
          guint32 u = members[k];

          coarse->mass[c] += node_mass (fine, u);
          for (guint32 e = fine->adj_start[u]; e < fine->adj_start[u + 1]; e++)
            {
              guint32 d = parent[fine->adj[e]];

              if (d == c)
                continue;
              if (slot[d] == NONE || slot[d] < row)
                {
                  slot[d] = len;
                  coarse->adj[len] = d;
                  coarse->adj_weight[len++] = fine->adj_weight[e];
                }
              else
                coarse->adj_weight[slot[d]] += fine->adj_weight[e];
            }
        }
    }
  coarse->adj_start[n_coarse] = len;
  coarse->adj = g_renew (guint32, coarse->adj, MAX (len, 1));
  coarse->adj_weight = g_renew (float, coarse->adj_weight, MAX (len, 1));

  return n_coarse;
}
