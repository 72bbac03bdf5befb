/* fuzz-common.c: reads a whole dataset, as its users do
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "tautan/tautan-histogram.h"
#include "tautan/tautan-slice.h"

#include "fuzz-common.h"

/* Touches every byte of a string, so a handle into the middle of nowhere
 * shows up under AddressSanitizer here rather than in a drawing. */
static gsize
touch (const char *text)
{
  if (text == NULL)
    return 0;
  g_assert (g_utf8_validate (text, -1, NULL));
  return strlen (text);
}

static void
walk_lists (TautanDataset *ds,
            const guint32 *items,
            guint          n,
            guint          limit)
{
  for (guint k = 0; k < n; k++)
    g_assert (items[k] < limit);
}

static void
walk_slice (TautanDataset        *ds,
            const TautanTimeSpan *span,
            gboolean              cumulative)
{
  g_autoptr(TautanSlice) slice = tautan_slice_new (ds, span, cumulative);
  g_autoptr(GArray) events = tautan_slice_list_events (slice, TAUTAN_NONE, TAUTAN_NONE, TAUTAN_NONE);
  g_autoptr(GArray) quotes = tautan_slice_list_quotes (slice, TAUTAN_NONE);
  guint n_entities = tautan_dataset_get_n_entities (ds);

  for (guint i = 0; i < events->len; i++)
    g_assert (g_array_index (events, guint32, i) < tautan_dataset_get_n_events (ds));
  for (guint i = 0; i < quotes->len; i++)
    g_assert (g_array_index (quotes, guint32, i) < tautan_dataset_get_n_quotes (ds));

  for (guint i = 0; i < tautan_slice_get_n_edges (slice); i++)
    {
      const TautanSliceEdge *edge = tautan_slice_get_edge (slice, i);
      g_autoptr(GArray) edge_events = NULL;
      const guint32 *types, *counts;

      g_assert (edge->source < n_entities && edge->target < n_entities);
      tautan_slice_get_edge_types (slice, i, &types, &counts);
      g_assert (tautan_slice_find_edge (slice, edge->source, edge->target) != NULL);
      edge_events = tautan_slice_list_events (slice, TAUTAN_NONE, edge->source, edge->target);
    }
  for (guint i = 0; i < tautan_slice_get_n_entities (slice); i++)
    {
      const TautanSliceEntity *entity = tautan_slice_get_entity (slice, i);
      g_autoptr(GArray) entity_events = NULL;
      g_autoptr(GArray) entity_quotes = NULL;

      g_assert (entity->entity < n_entities);
      tautan_slice_get_entity_count (slice, entity->entity);
      entity_events = tautan_slice_list_events (slice, entity->entity, TAUTAN_NONE, TAUTAN_NONE);
      entity_quotes = tautan_slice_list_quotes (slice, entity->entity);
    }
}

void
fuzz_walk_dataset (TautanDataset *ds)
{
  TautanTaxonomy *taxonomy = tautan_dataset_get_taxonomy (ds);
  guint n_types = tautan_taxonomy_get_n_types (taxonomy);
  guint n_sources = tautan_dataset_get_n_sources (ds);
  guint n_entities = tautan_dataset_get_n_entities (ds);
  guint n_events = tautan_dataset_get_n_events (ds);
  guint n_quotes = tautan_dataset_get_n_quotes (ds);
  TautanTimeSpan span = tautan_dataset_get_span (ds);
  gsize total = 0;

  total += touch (tautan_dataset_get_title (ds)) + touch (tautan_dataset_get_description (ds));
  for (guint t = 0; t < n_types; t++)
    {
      const TautanEventType *type = tautan_taxonomy_get_event_type (taxonomy, t);

      total += touch (type->id) + touch (type->label);
      g_assert (tautan_taxonomy_lookup (taxonomy, type->id) >= 0);
      g_assert (type->quad_class < TAUTAN_N_QUAD_CLASSES);
    }

  for (guint i = 0; i < n_sources; i++)
    {
      TautanSource s;

      tautan_dataset_get_source (ds, i, &s);
      total += touch (s.id) + touch (s.outlet) + touch (s.title) + touch (s.url) + touch (s.language) +
               touch (s.published_note) + touch (s.text) + touch (s.text_file) + touch (s.relayed_from);
      g_assert (s.id != NULL && s.outlet != NULL && s.title != NULL && s.language != NULL && s.text != NULL);
      g_assert (tautan_dataset_lookup_source (ds, s.id) != TAUTAN_NONE);
    }

  for (guint i = 0; i < n_entities; i++)
    {
      TautanEntity e;

      tautan_dataset_get_entity (ds, i, &e);
      total += touch (e.id) + touch (e.name) + touch (e.role) + touch (e.notes);
      g_assert (e.id != NULL && e.name != NULL);
      g_assert (e.kind < TAUTAN_N_ENTITY_KINDS);
      g_assert (tautan_entity_kind_to_string (e.kind) != NULL && tautan_entity_kind_label (e.kind) != NULL);
      g_assert (e.affiliation == TAUTAN_NONE || e.affiliation < n_entities);
      for (guint k = 0; k < e.n_aliases; k++)
        total += touch (tautan_dataset_get_string (ds, e.aliases[k]));
      g_assert (tautan_dataset_lookup_entity (ds, e.id) != TAUTAN_NONE);
    }

  for (guint i = 0; i < n_events; i++)
    {
      TautanEvent e;

      tautan_dataset_get_event (ds, i, &e);
      total += touch (e.id) + touch (e.summary) + touch (e.date_words) + touch (e.date_note);
      g_assert (e.type < n_types);
      g_assert (e.start <= e.end);
      g_assert (tautan_precision_to_string (e.precision) != NULL);
      g_assert (tautan_date_method_to_string (e.date_method) != NULL);
      g_assert (tautan_status_to_string (e.status) != NULL);
      g_assert (e.responds_to == TAUTAN_NONE || e.responds_to < n_events);
      walk_lists (ds, e.actors, e.n_actors, n_entities);
      walk_lists (ds, e.targets, e.n_targets, n_entities);
      walk_lists (ds, e.sources, e.n_sources, n_sources);
      walk_lists (ds, e.quotes, e.n_quotes, n_quotes);
      g_assert (tautan_dataset_lookup_event (ds, e.id) != TAUTAN_NONE);
    }

  for (guint i = 0; i < n_quotes; i++)
    {
      g_autofree char *citation = NULL;
      g_autofree char *speaker = NULL;
      TautanQuote q;
      TautanSource s;

      tautan_dataset_get_quote (ds, i, &q);
      total += touch (q.id) + touch (q.text) + touch (q.speaker_text) + touch (q.gloss) + touch (q.note);
      g_assert (q.source < n_sources);
      g_assert (q.speaker == TAUTAN_NONE || q.speaker < n_entities);
      g_assert (q.event == TAUTAN_NONE || q.event < n_events);
      walk_lists (ds, q.relayed_by, q.n_relayed_by, n_entities);
      tautan_dataset_get_source (ds, q.source, &s);
      g_assert (q.start <= q.end && (glong)q.end <= g_utf8_strlen (s.text, -1));
      citation = tautan_dataset_format_citation (ds, i);
      speaker = tautan_dataset_format_speaker (ds, i);
      total += touch (citation) + touch (speaker);
      g_assert (tautan_dataset_lookup_quote (ds, q.id) != TAUTAN_NONE);
    }

  if (n_events > 0)
    {
      TautanTimeSpan half = { span.from, span.from + (span.to - span.from) / 2 };
      g_autoptr(GArray) bins = NULL;

      g_assert (span.from <= span.to);
      walk_slice (ds, &span, FALSE);
      walk_slice (ds, &half, TRUE);
      walk_slice (ds, &(TautanTimeSpan) { span.to, span.to }, FALSE);
      bins = tautan_histogram_compute (ds, &span, tautan_bin_size_for_span (&span, 200));
      g_assert (bins->len > 0);
    }

  g_assert (total < G_MAXSIZE);
}

/* A critical is a bug the fuzzer must report with its input: G_DEBUG's
 * fatal-criticals stops on SIGTRAP, which libFuzzer does not catch, so
 * abort instead and let it save the input. */
static GLogWriterOutput
fatal_criticals_writer (GLogLevelFlags   log_level,
                        const GLogField *fields,
                        gsize            n_fields,
                        gpointer         user_data)
{
  GLogWriterOutput out = g_log_writer_default (log_level, fields, n_fields, user_data);

  if (log_level & (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_ERROR))
    abort ();
  return out;
}

__attribute__((constructor)) static void
fuzz_set_log_writer (void)
{
  g_log_set_writer_func (fatal_criticals_writer, NULL, NULL);
}

/* Targets with nothing to set up need not say so: libFuzzer and
 * fuzz-main.c call this one. */
__attribute__((weak)) int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  return 0;
}
