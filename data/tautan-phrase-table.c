/* tautan-phrase-table.c: a hashed token trie for the extractor's lexicons
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every phrase the extractor looks for (gazetteer names, cue words, date
 * words, furniture markers) is a path of token hashes in one trie. The
 * edges live in one open-addressed table keyed by (node, token hash), so
 * walking one token is one probe, and the whole text is looked up in a
 * single pass with no regular expression per rule.
 */

#define G_LOG_DOMAIN "tautan-extract"

#include "config.h"

#include <string.h>

#include "tautan-extract-private.h"

typedef struct
{
  guint32 node;
  Payload payload;
} PendingPayload;

PhraseTable *
_phrase_table_new (void)
{
  PhraseTable *self = g_new0 (PhraseTable, 1);

  self->mask = 1023;
  self->edges = g_new0 (PhraseEdge, self->mask + 1);
  self->n_nodes = 1;
  self->pending = g_array_new (FALSE, FALSE, sizeof (PendingPayload));
  return self;
}

void
_phrase_table_free (PhraseTable *self)
{
  if (self == NULL)
    return;
  g_free (self->edges);
  g_clear_pointer (&self->pending, g_array_unref);
  g_free (self->payload_start);
  g_free (self->payloads);
  g_free (self->node_kinds);
  g_free (self);
}

static void
grow (PhraseTable *self)
{
  PhraseEdge *old = self->edges;
  guint32 old_size = self->mask + 1;

  self->mask = old_size * 2 - 1;
  self->edges = g_new0 (PhraseEdge, self->mask + 1);
  for (guint32 i = 0; i < old_size; i++)
    if (old[i].child != 0)
      {
        guint32 s = _phrase_table_slot (old[i].hash, old[i].node) & self->mask;

        while (self->edges[s].child != 0)
          s = (s + 1) & self->mask;
        self->edges[s] = old[i];
      }
  g_free (old);
}

static guint32
step_or_add (PhraseTable *self,
             guint32      node,
             guint64      hash)
{
  guint32 s;

  if ((self->n_edges + 1) * 2 > self->mask + 1)
    grow (self);

  s = _phrase_table_slot (hash, node) & self->mask;
  while (self->edges[s].child != 0)
    {
      if (self->edges[s].hash == hash && self->edges[s].node == node)
        return self->edges[s].child;
      s = (s + 1) & self->mask;
    }
  self->edges[s].hash = hash;
  self->edges[s].node = node;
  self->edges[s].child = self->n_nodes++;
  self->n_edges++;
  return self->edges[s].child;
}

/**
 * _phrase_table_add:
 * @phrase: words as they would be written; tokenised like article text
 * @payload: what a match of it means
 *
 * Returns: %FALSE when @phrase has no token
 */
gboolean
_phrase_table_add (PhraseTable   *self,
                   const char    *phrase,
                   const Payload *payload)
{
  g_autoptr(GArray) tokens = g_array_new (FALSE, FALSE, sizeof (Token));
  PendingPayload pending;
  guint32 node = 0;

  g_return_val_if_fail (self->pending != NULL, FALSE);

  _tautan_tokenize (phrase, strlen (phrase), tokens);
  if (tokens->len == 0)
    return FALSE;

  for (guint i = 0; i < tokens->len; i++)
    node = step_or_add (self, node, g_array_index (tokens, Token, i).hash);

  pending.node = node;
  pending.payload = *payload;
  g_array_append_val (self->pending, pending);
  return TRUE;
}

static int
compare_pending (gconstpointer a,
                 gconstpointer b)
{
  const PendingPayload *pa = a;
  const PendingPayload *pb = b;

  if (pa->node != pb->node)
    return pa->node < pb->node ? -1 : 1;
  if (pa->payload.kind != pb->payload.kind)
    return pa->payload.kind < pb->payload.kind ? -1 : 1;
  if (pa->payload.value != pb->payload.value)
    return pa->payload.value < pb->payload.value ? -1 : 1;
  return (int)pa->payload.flags - (int)pb->payload.flags;
}

/* Payloads move into one array indexed by node; a payload added twice
 * (the same alias listed twice) is kept once. */
void
_phrase_table_freeze (PhraseTable *self)
{
  GArray *pending = self->pending;
  guint32 n = 0;

  g_return_if_fail (pending != NULL);

  g_array_sort (pending, compare_pending);
  self->payload_start = g_new0 (guint32, self->n_nodes + 1);
  self->payloads = g_new (Payload, MAX (pending->len, 1));

  for (guint i = 0; i < pending->len; i++)
    {
      const PendingPayload *p = &g_array_index (pending, PendingPayload, i);

      if (i > 0 && compare_pending (p, &g_array_index (pending, PendingPayload, i - 1)) == 0)
        continue;
      self->payloads[n++] = p->payload;
      self->payload_start[p->node + 1] = n;
    }
  for (guint32 node = 1; node <= self->n_nodes; node++)
    if (self->payload_start[node] < self->payload_start[node - 1])
      self->payload_start[node] = self->payload_start[node - 1];

  for (guint32 k = 0; k <= self->mask; k++)
    if (self->edges[k].child != 0 && self->edges[k].node == 0)
      {
        guint32 d = _phrase_table_root_digest (self->edges[k].hash);

        self->root_bits[d >> 6] |= G_GUINT64_CONSTANT (1) << (d & 63);
      }

  self->node_kinds = g_new0 (guint64, self->n_nodes);
  for (guint32 node = 0; node < self->n_nodes; node++)
    for (guint32 k = self->payload_start[node]; k < self->payload_start[node + 1]; k++)
      self->node_kinds[node] |= KIND_BIT (self->payloads[k].kind);

  g_clear_pointer (&self->pending, g_array_unref);
}
