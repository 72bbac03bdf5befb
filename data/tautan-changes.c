/* tautan-changes.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Owns the comparison of two periods: the actor → target edges of the
 * events passing a filter in each, classed as new, vanished, stronger,
 * weaker or unchanged, the actors new and gone, and the summary of it
 * in words.
 */

#define G_LOG_DOMAIN "tautan-changes"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "tautan/tautan-changes.h"
#include "tautan/tautan-count.h"

static const char *change_names[] = { "new", "vanished", "stronger", "weaker", "unchanged" };
G_STATIC_ASSERT (G_N_ELEMENTS (change_names) == TAUTAN_N_CHANGES);

/* What a legend or a list calls each class of change. */
static const char *change_labels[] = {
  N_("New links"), N_("Vanished links"), N_("Stronger links"), N_("Weaker links"), N_("Unchanged links"),
};
G_STATIC_ASSERT (G_N_ELEMENTS (change_labels) == TAUTAN_N_CHANGES);

/* Names in the summary and the panel: at most this many actors listed. */
#define MAX_NAMED_ACTORS 3

const char *
tautan_change_kind_to_string (TautanChangeKind kind)
{
  g_return_val_if_fail (kind < TAUTAN_N_CHANGES, NULL);
  return change_names[kind];
}

/**
 * tautan_change_kind_get_label:
 *
 * Returns: the class's name in a legend or a list, translated ("New links")
 */
const char *
tautan_change_kind_get_label (TautanChangeKind kind)
{
  g_return_val_if_fail (kind < TAUTAN_N_CHANGES, "");
  return _(change_labels[kind]);
}

/* A change of an edge present in both periods counts when it is at
 * least 2 events and at least a quarter of the smaller count, rounded
 * up: 1 → 2 and 10 → 12 are noise, 1 → 3, 4 → 1 and 10 → 13 are not. */
gboolean
tautan_changes_is_significant (guint before,
                               guint after)
{
  guint delta = before > after ? before - after : after - before;
  guint smaller = MIN (before, after);

  return delta >= MAX (2, (smaller + 3) / 4);
}

static gint64
pair_key (guint source,
          guint target)
{
  return ((gint64)source << 32) | target;
}

/* The edges of one period, without the minimum weight, and per entity
 * the passing events it takes part in. */
static TautanFilterEdges *
measure (TautanDataset        *dataset,
         const TautanFilter   *all_weights,
         const TautanTimeSpan *span,
         guint                *activity)
{
  g_autoptr(GArray) events = tautan_filter_list_events (all_weights, dataset, span);

  for (guint i = 0; i < events->len; i++)
    {
      TautanEvent ev;
      guint e = g_array_index (events, guint, i);

      tautan_dataset_get_event (dataset, e, &ev);
      for (guint k = 0; k < ev.n_actors + ev.n_targets; k++)
        {
          guint x = k < ev.n_actors ? ev.actors[k] : ev.targets[k - ev.n_actors];
          gboolean seen = FALSE;

          /* Once per event, whatever its roles in it. */
          for (guint j = 0; j < k && !seen; j++)
            seen = (j < ev.n_actors ? ev.actors[j] : ev.targets[j - ev.n_actors]) == x;
          if (!seen)
            activity[x]++;
        }
    }
  return tautan_filter_aggregate_edges (all_weights, dataset, span, events);
}

static guint
magnitude (const TautanChangeEdge *e)
{
  switch (e->kind)
    {
    case TAUTAN_CHANGE_NEW:
      return e->count_after;
    case TAUTAN_CHANGE_VANISHED:
      return e->count_before;
    case TAUTAN_CHANGE_STRONGER:
    case TAUTAN_CHANGE_WEAKER:
    case TAUTAN_CHANGE_UNCHANGED:
    case TAUTAN_N_CHANGES:
    default:
      return e->count_before > e->count_after ? e->count_before - e->count_after
                                              : e->count_after - e->count_before;
    }
}

static int
compare_changes (gconstpointer a,
                 gconstpointer b)
{
  const TautanChangeEdge *x = a, *y = b;
  guint mx, my;

  if (x->kind != y->kind)
    return x->kind < y->kind ? -1 : 1;
  mx = magnitude (x);
  my = magnitude (y);
  if (mx != my)
    return mx > my ? -1 : 1;
  mx = MAX (x->count_before, x->count_after);
  my = MAX (y->count_before, y->count_after);
  if (mx != my)
    return mx > my ? -1 : 1;
  if (x->source != y->source)
    return x->source < y->source ? -1 : 1;
  return x->target < y->target ? -1 : x->target > y->target;
}

static int
compare_by_activity (gconstpointer a,
                     gconstpointer b,
                     gpointer      data)
{
  const guint *activity = data;
  guint x = *(const guint *)a, y = *(const guint *)b;

  if (activity[x] != activity[y])
    return activity[x] > activity[y] ? -1 : 1;
  return x < y ? -1 : x > y;
}

/* Compares the events passing @filter in @before with those in @after.
 * The filter's minimum weight decides which edges are listed (those
 * with at least that many events in one of the periods), not their
 * class, which always compares the full counts. */
TautanChanges *
tautan_changes_compute (TautanDataset        *dataset,
                        const TautanFilter   *filter,
                        const TautanTimeSpan *before,
                        const TautanTimeSpan *after)
{
  g_autoptr(TautanFilter) all_weights = NULL;
  g_autoptr(TautanFilterEdges) edges_before = NULL;
  g_autoptr(TautanFilterEdges) edges_after = NULL;
  g_autofree guint *active_before = NULL;
  g_autofree guint *active_after = NULL;
  TautanChanges *self;
  guint n, min_weight, i = 0, k = 0;

  g_return_val_if_fail (TAUTAN_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (filter != NULL, NULL);
  g_return_val_if_fail (before != NULL && after != NULL, NULL);

  n = tautan_dataset_get_n_entities (dataset);
  min_weight = MAX (tautan_filter_get_min_weight (filter), 1);
  all_weights = tautan_filter_with_min_weight (filter, 0);
  active_before = g_new0 (guint, MAX (n, 1));
  active_after = g_new0 (guint, MAX (n, 1));
  edges_before = measure (dataset, all_weights, before, active_before);
  edges_after = measure (dataset, all_weights, after, active_after);

  self = g_new0 (TautanChanges, 1);
  self->before = *before;
  self->after = *after;
  self->edges = g_array_new (FALSE, FALSE, sizeof (TautanChangeEdge));
  self->new_actors = g_array_new (FALSE, FALSE, sizeof (guint));
  self->vanished_actors = g_array_new (FALSE, FALSE, sizeof (guint));
  self->by_pair = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  /* Both lists are sorted by (source, target): merge them. */
  while (i < edges_before->edges->len || k < edges_after->edges->len)
    {
      const TautanSliceEdge *b = i < edges_before->edges->len
                                 ? &g_array_index (edges_before->edges, TautanSliceEdge, i) : NULL;
      const TautanSliceEdge *a = k < edges_after->edges->len
                                 ? &g_array_index (edges_after->edges, TautanSliceEdge, k) : NULL;
      TautanChangeEdge change = { 0 };

      if (b != NULL && a != NULL && (b->source != a->source || b->target != a->target))
        {
          if (pair_key (b->source, b->target) < pair_key (a->source, a->target))
            a = NULL;
          else
            b = NULL;
        }
      change.source = b ? b->source : a->source;
      change.target = b ? b->target : a->target;
      change.count_before = b ? b->count : 0;
      change.count_after = a ? a->count : 0;
      change.type_before = b ? b->dominant_type : TAUTAN_NONE;
      change.type_after = a ? a->dominant_type : TAUTAN_NONE;
      if (b == NULL)
        change.kind = TAUTAN_CHANGE_NEW;
      else if (a == NULL)
        change.kind = TAUTAN_CHANGE_VANISHED;
      else if (!tautan_changes_is_significant (b->count, a->count))
        change.kind = TAUTAN_CHANGE_UNCHANGED;
      else
        change.kind = a->count > b->count ? TAUTAN_CHANGE_STRONGER : TAUTAN_CHANGE_WEAKER;
      if (b != NULL)
        i++;
      if (a != NULL)
        k++;
      if (MAX (change.count_before, change.count_after) < min_weight)
        continue;
      g_array_append_val (self->edges, change);
    }
  g_array_sort (self->edges, compare_changes);
  for (guint e = 0; e < self->edges->len; e++)
    {
      const TautanChangeEdge *c = &g_array_index (self->edges, TautanChangeEdge, e);
      gint64 key = pair_key (c->source, c->target);

      self->n_edges[c->kind]++;
      g_hash_table_insert (self->by_pair, g_memdup2 (&key, sizeof key), GUINT_TO_POINTER (e + 1));
    }

  for (guint x = 0; x < n; x++)
    {
      if (active_after[x] > 0 && active_before[x] == 0)
        g_array_append_val (self->new_actors, x);
      else if (active_before[x] > 0 && active_after[x] == 0)
        g_array_append_val (self->vanished_actors, x);
    }
  g_array_sort_with_data (self->new_actors, compare_by_activity, active_after);
  g_array_sort_with_data (self->vanished_actors, compare_by_activity, active_before);
  return self;
}

/* The change of the edge @source → @target, or NULL when neither
 * period has it (or it is below the minimum weight in both). */
const TautanChangeEdge *
tautan_changes_find (const TautanChanges *changes,
                     guint                source,
                     guint                target)
{
  gint64 key = pair_key (source, target);
  guint index;

  g_return_val_if_fail (changes != NULL, NULL);

  index = GPOINTER_TO_UINT (g_hash_table_lookup (changes->by_pair, &key));
  return index ? &g_array_index (changes->edges, TautanChangeEdge, index - 1) : NULL;
}

static const char *
entity_name (TautanDataset *dataset,
             guint          index)
{
  TautanEntity e;

  tautan_dataset_get_entity (dataset, index, &e);
  return e.name;
}

/* “North Korea → Russia (Military cooperation, 4 events)”, or with
 * both counts for an edge in both periods. */
static char *
describe_edge (const TautanChangeEdge *c,
               TautanDataset          *dataset)
{
  TautanTaxonomy *taxonomy = tautan_dataset_get_taxonomy (dataset);
  const char *source = entity_name (dataset, c->source);
  const char *target = entity_name (dataset, c->target);

  if (c->kind == TAUTAN_CHANGE_NEW || c->kind == TAUTAN_CHANGE_VANISHED)
    {
      gboolean is_new = c->kind == TAUTAN_CHANGE_NEW;
      guint count = is_new ? c->count_after : c->count_before;
      const TautanEventType *type = tautan_taxonomy_get_event_type (taxonomy, is_new ? c->type_after : c->type_before);

      /* TRANSLATORS: an edge in the summary of changes: “North Korea →
       * Russia (Military cooperation, 4 events)”; the type is the most
       * frequent of the edge's events. */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s → %s (%s, %s event)", "%s → %s (%s, %s events)", count),
                              source, target, type->label, tautan_count_format (count));
    }
  /* TRANSLATORS: an edge in both periods: “Kim Jong Un → Vladimir Putin
   * (4 → 1 events)”, the counts before and after. */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s → %s (%s → %s event)", "%s → %s (%s → %s events)",
                                       MAX (c->count_before, c->count_after)),
                          source, target, tautan_count_format (c->count_before), tautan_count_format (c->count_after));
}

static char *
describe_actors (GArray        *actors,
                 TautanDataset *dataset)
{
  g_autoptr(GString) out = g_string_new (NULL);
  guint shown = MIN (actors->len, MAX_NAMED_ACTORS);

  for (guint i = 0; i < shown; i++)
    {
      if (i > 0)
        /* TRANSLATORS: between names in a list of actors */
        g_string_append (out, _(", "));
      g_string_append (out, entity_name (dataset, g_array_index (actors, guint, i)));
    }
  if (actors->len > shown)
    {
      guint more = actors->len - shown;

      /* TRANSLATORS: after the first names of a list of actors */
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, " and %s more", " and %s more", more), tautan_count_format (more));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The changes in a few sentences, each kind with its count and its
 * biggest instance: “3 new links, among them North Korea → Russia
 * (Military cooperation, 4 events).” */
char *
tautan_changes_summarize (const TautanChanges *changes,
                          TautanDataset       *dataset)
{
  g_autoptr(GString) out = g_string_new (NULL);
  guint first = 0;

  g_return_val_if_fail (changes != NULL, NULL);
  g_return_val_if_fail (TAUTAN_IS_DATASET (dataset), NULL);

  for (guint kind = 0; kind < TAUTAN_CHANGE_UNCHANGED; kind++)
    {
      guint n = changes->n_edges[kind];
      g_autofree char *edge = NULL;

      if (n == 0)
        continue;
      edge = describe_edge (&g_array_index (changes->edges, TautanChangeEdge, first), dataset);
      first += n;
      if (out->len > 0)
        g_string_append_c (out, ' ');
      switch ((TautanChangeKind)kind)
        {
        case TAUTAN_CHANGE_NEW:
          /* TRANSLATORS: a sentence of the summary of changes; %s is an edge */
          g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%s new link: %s.",
                                                    "%s new links, among them %s.", n), tautan_count_format (n), edge);
          break;
        case TAUTAN_CHANGE_VANISHED:
          g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%s link vanished: %s.",
                                                    "%s links vanished, among them %s.", n), tautan_count_format (n), edge);
          break;
        case TAUTAN_CHANGE_STRONGER:
          g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%s link grew stronger: %s.",
                                                    "%s links grew stronger, most of all %s.", n), tautan_count_format (n), edge);
          break;
        case TAUTAN_CHANGE_WEAKER:
          g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%s link grew weaker: %s.",
                                                    "%s links grew weaker, most of all %s.", n), tautan_count_format (n), edge);
          break;
        case TAUTAN_CHANGE_UNCHANGED:
        case TAUTAN_N_CHANGES:
        default:
          g_assert_not_reached ();
        }
    }
  if (changes->new_actors->len > 0)
    {
      g_autofree char *names = describe_actors (changes->new_actors, dataset);

      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%s new actor: %s.", "%s new actors: %s.",
                                                changes->new_actors->len),
                              tautan_count_format (changes->new_actors->len), names);
    }
  if (changes->vanished_actors->len > 0)
    {
      g_autofree char *names = describe_actors (changes->vanished_actors, dataset);

      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%s actor no longer seen: %s.",
                                                "%s actors no longer seen: %s.", changes->vanished_actors->len),
                              tautan_count_format (changes->vanished_actors->len), names);
    }
  if (out->len == 0)
    g_string_append (out, _("No change between the two periods."));
  return g_string_free (g_steal_pointer (&out), FALSE);
}

void
tautan_changes_free (TautanChanges *changes)
{
  if (changes == NULL)
    return;
  g_array_unref (changes->edges);
  g_array_unref (changes->new_actors);
  g_array_unref (changes->vanished_actors);
  g_hash_table_unref (changes->by_pair);
  g_free (changes);
}
