/* tautan-cli-analyze.c: `tautan analyze`, the analyses as JSON, headless
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-cli"

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "tautan/tautan-changes.h"
#include "tautan/tautan-cli.h"
#include "tautan/tautan-ego.h"
#include "tautan/tautan-filter.h"
#include "tautan/tautan-json-writer.h"
#include "tautan/tautan-paths.h"
#include "tautan/tautan-rankings.h"
#include "tautan/tautan-rollup.h"

#include "tautan-cli-private.h"

static int
usage (const char *message)
{
  g_printerr ("tautan analyze: %s (try “tautan analyze --help”)\n", message);
  return 2;
}

static int
fail (const char *message)
{
  g_printerr ("tautan analyze: error: %s\n", message);
  return 1;
}

static gboolean
parse_day (const char *option,
           const char *text,
           TautanDay  *day,
           char      **problem)
{
  if (text == NULL)
    return TRUE;
  if (!tautan_day_parse (text, strlen (text), day))
    {
      *problem = g_strdup_printf ("%s “%s” is not a date: use YYYY-MM-DD", option, text);
      return FALSE;
    }
  return TRUE;
}

/* Each repeated option may also hold several values split by commas. */
static GStrv
split_values (char **values)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (values == NULL)
    return NULL;
  for (guint i = 0; values[i]; i++)
    {
      g_auto(GStrv) parts = g_strsplit (values[i], ",", -1);

      for (guint k = 0; parts[k]; k++)
        {
          g_strstrip (parts[k]);
          if (parts[k][0] != '\0')
            g_strv_builder_add (builder, parts[k]);
        }
    }
  return g_strv_builder_end (builder);
}

static guint
lookup (TautanDataset *dataset,
        const char    *display,
        const char    *id,
        char         **problem)
{
  guint index = tautan_dataset_lookup_entity (dataset, id);

  if (index == TAUTAN_NONE)
    *problem = g_strdup_printf ("%s has no entity “%s” (give the entity's id, as in the dataset)", display, id);
  return index;
}

static void
add_entity (JsonBuilder   *b,
            TautanDataset *dataset,
            guint          index)
{
  TautanEntity e;

  tautan_dataset_get_entity (dataset, index, &e);
  json_builder_add_string_value (b, e.id);
}

static void
add_event_ids (JsonBuilder   *b,
               TautanDataset *dataset,
               const guint   *events,
               guint          n)
{
  json_builder_begin_array (b);
  for (guint i = 0; i < n; i++)
    {
      TautanEvent ev;

      tautan_dataset_get_event (dataset, events[i], &ev);
      json_builder_add_string_value (b, ev.id);
    }
  json_builder_end_array (b);
}

static void
add_edges (JsonBuilder       *b,
           TautanDataset     *dataset,
           TautanFilterEdges *edges)
{
  TautanTaxonomy *taxonomy = tautan_dataset_get_taxonomy (dataset);

  json_builder_begin_array (b);
  for (guint i = 0; i < edges->edges->len; i++)
    {
      const TautanSliceEdge *e = &g_array_index (edges->edges, TautanSliceEdge, i);
      const guint32 *pairs = &g_array_index (edges->type_pairs, guint32, e->type_offset * 2);
      g_autofree char *first = tautan_day_format (e->first);
      g_autofree char *last = tautan_day_format (e->last);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "source");
      add_entity (b, dataset, e->source);
      json_builder_set_member_name (b, "target");
      add_entity (b, dataset, e->target);
      json_builder_set_member_name (b, "count");
      json_builder_add_int_value (b, e->count);
      json_builder_set_member_name (b, "first");
      json_builder_add_string_value (b, first);
      json_builder_set_member_name (b, "last");
      json_builder_add_string_value (b, last);
      json_builder_set_member_name (b, "types");
      json_builder_begin_object (b);
      for (guint k = 0; k < e->n_types; k++)
        {
          json_builder_set_member_name (b, tautan_taxonomy_get_event_type (taxonomy, pairs[2 * k])->id);
          json_builder_add_int_value (b, pairs[2 * k + 1]);
        }
      json_builder_end_object (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
build_rollup (JsonBuilder        *b,
              TautanDataset      *dataset,
              const TautanFilter *filter,
              const TautanTimeSpan *span,
              GHashTable         *expanded)
{
  g_autoptr(TautanRollup) r = tautan_rollup_compute (dataset, filter, span, expanded);

  json_builder_set_member_name (b, "groups");
  json_builder_begin_array (b);
  for (guint i = 0; i < r->groups->len; i++)
    {
      const TautanRollupGroup *g = &g_array_index (r->groups, TautanRollupGroup, i);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "id");
      add_entity (b, dataset, g->entity);
      json_builder_set_member_name (b, "members");
      json_builder_begin_array (b);
      for (guint k = 0; k < g->n_members; k++)
        add_entity (b, dataset, g_array_index (r->members, guint, g->member_offset + k));
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "edges");
  add_edges (b, dataset, r->edges);
}

static void
build_ego (JsonBuilder        *b,
           TautanDataset      *dataset,
           const TautanFilter *filter,
           const TautanTimeSpan *span,
           guint               centre,
           guint               depth)
{
  g_autoptr(TautanEgo) ego = tautan_ego_compute (dataset, filter, span, centre, depth);

  json_builder_set_member_name (b, "centre");
  add_entity (b, dataset, centre);
  json_builder_set_member_name (b, "depth");
  json_builder_add_int_value (b, depth);
  json_builder_set_member_name (b, "members");
  json_builder_begin_array (b);
  for (guint i = 0; i < ego->members->len; i++)
    {
      const TautanEgoMember *m = &g_array_index (ego->members, TautanEgoMember, i);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "id");
      add_entity (b, dataset, m->entity);
      json_builder_set_member_name (b, "depth");
      json_builder_add_int_value (b, m->depth);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "events");
  add_event_ids (b, dataset, (const guint *)ego->events->data, ego->events->len);
}

static void
build_paths (JsonBuilder        *b,
             TautanDataset      *dataset,
             const TautanFilter *filter,
             const TautanTimeSpan *span,
             guint               from,
             guint               to,
             guint               cap)
{
  gboolean truncated = FALSE;
  g_autoptr(GPtrArray) paths = tautan_paths_find (dataset, filter, span, from, to, cap, &truncated);

  json_builder_set_member_name (b, "from");
  add_entity (b, dataset, from);
  json_builder_set_member_name (b, "to");
  add_entity (b, dataset, to);
  json_builder_set_member_name (b, "truncated");
  json_builder_add_boolean_value (b, truncated);
  json_builder_set_member_name (b, "paths");
  json_builder_begin_array (b);
  for (guint i = 0; i < paths->len; i++)
    {
      const TautanPath *p = paths->pdata[i];

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "entities");
      json_builder_begin_array (b);
      for (guint k = 0; k < p->entities->len; k++)
        add_entity (b, dataset, g_array_index (p->entities, guint, k));
      json_builder_end_array (b);
      json_builder_set_member_name (b, "n_events");
      json_builder_add_int_value (b, p->n_events);
      json_builder_set_member_name (b, "steps");
      json_builder_begin_array (b);
      for (guint k = 0; k < p->steps->len; k++)
        {
          GArray *events = p->steps->pdata[k];

          json_builder_begin_object (b);
          json_builder_set_member_name (b, "from");
          add_entity (b, dataset, g_array_index (p->entities, guint, k));
          json_builder_set_member_name (b, "to");
          add_entity (b, dataset, g_array_index (p->entities, guint, k + 1));
          json_builder_set_member_name (b, "events");
          add_event_ids (b, dataset, (const guint *)events->data, events->len);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_span (JsonBuilder          *b,
          const TautanTimeSpan *span)
{
  g_autofree char *from = tautan_day_format (span->from);
  g_autofree char *to = tautan_day_format (span->to);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "from");
  json_builder_add_string_value (b, from);
  json_builder_set_member_name (b, "to");
  json_builder_add_string_value (b, to);
  json_builder_end_object (b);
}

static void
build_rankings (JsonBuilder          *b,
                TautanDataset        *dataset,
                const TautanFilter   *filter,
                const TautanTimeSpan *span)
{
  g_autoptr(TautanRankings) r = tautan_rankings_compute (dataset, filter, span, NULL);

  json_builder_set_member_name (b, "before");
  add_span (b, &r->before);
  json_builder_set_member_name (b, "approximate");
  json_builder_add_boolean_value (b, r->approximate);
  json_builder_set_member_name (b, "rankings");
  json_builder_begin_object (b);
  for (guint k = 0; k < TAUTAN_N_RANKS; k++)
    {
      json_builder_set_member_name (b, tautan_rank_kind_to_string (k));
      json_builder_begin_array (b);
      for (guint i = 0; i < r->ranks[k]->len; i++)
        {
          const TautanRankEntry *e = &g_array_index (r->ranks[k], TautanRankEntry, i);

          json_builder_begin_object (b);
          json_builder_set_member_name (b, "id");
          add_entity (b, dataset, e->entity);
          json_builder_set_member_name (b, "value");
          json_builder_add_double_value (b, e->value);
          json_builder_set_member_name (b, "rank");
          json_builder_add_int_value (b, e->rank);
          json_builder_set_member_name (b, "value_before");
          json_builder_add_double_value (b, e->value_before);
          json_builder_set_member_name (b, "rank_before");
          if (e->rank_before > 0)
            json_builder_add_int_value (b, e->rank_before);
          else
            json_builder_add_null_value (b);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
    }
  json_builder_end_object (b);
}

/* “2023-06-19..2024-06-18”: both ends inclusive. */
static gboolean
parse_period (const char     *text,
              TautanTimeSpan *span,
              char          **problem)
{
  const char *dots = strstr (text, "..");

  if (dots == NULL ||
      !tautan_day_parse (text, dots - text, &span->from) ||
      !tautan_day_parse (dots + 2, strlen (dots + 2), &span->to))
    {
      *problem = g_strdup_printf ("--changes: “%s” is not a period: use YYYY-MM-DD..YYYY-MM-DD", text);
      return FALSE;
    }
  if (span->from > span->to)
    {
      *problem = g_strdup_printf ("--changes: the period “%s” ends before it starts", text);
      return FALSE;
    }
  return TRUE;
}

static void
add_type (JsonBuilder   *b,
          TautanDataset *dataset,
          guint          type)
{
  if (type == TAUTAN_NONE)
    json_builder_add_null_value (b);
  else
    json_builder_add_string_value (b, tautan_taxonomy_get_event_type (tautan_dataset_get_taxonomy (dataset), type)->id);
}

static void
build_changes (JsonBuilder          *b,
               TautanDataset        *dataset,
               const TautanFilter   *filter,
               const TautanTimeSpan *before,
               const TautanTimeSpan *after)
{
  g_autoptr(TautanChanges) c = tautan_changes_compute (dataset, filter, before, after);
  g_autofree char *summary = tautan_changes_summarize (c, dataset);
  GArray *actors[] = { c->new_actors, c->vanished_actors };
  const char *actor_names[] = { "new_actors", "vanished_actors" };

  json_builder_set_member_name (b, "before");
  add_span (b, before);
  json_builder_set_member_name (b, "after");
  add_span (b, after);
  json_builder_set_member_name (b, "counts");
  json_builder_begin_object (b);
  for (guint k = 0; k < TAUTAN_N_CHANGES; k++)
    {
      json_builder_set_member_name (b, tautan_change_kind_to_string (k));
      json_builder_add_int_value (b, c->n_edges[k]);
    }
  json_builder_end_object (b);
  json_builder_set_member_name (b, "edges");
  json_builder_begin_array (b);
  for (guint i = 0; i < c->edges->len; i++)
    {
      const TautanChangeEdge *e = &g_array_index (c->edges, TautanChangeEdge, i);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "source");
      add_entity (b, dataset, e->source);
      json_builder_set_member_name (b, "target");
      add_entity (b, dataset, e->target);
      json_builder_set_member_name (b, "change");
      json_builder_add_string_value (b, tautan_change_kind_to_string (e->kind));
      json_builder_set_member_name (b, "count_before");
      json_builder_add_int_value (b, e->count_before);
      json_builder_set_member_name (b, "count_after");
      json_builder_add_int_value (b, e->count_after);
      json_builder_set_member_name (b, "type_before");
      add_type (b, dataset, e->type_before);
      json_builder_set_member_name (b, "type_after");
      add_type (b, dataset, e->type_after);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  for (guint k = 0; k < G_N_ELEMENTS (actors); k++)
    {
      json_builder_set_member_name (b, actor_names[k]);
      json_builder_begin_array (b);
      for (guint i = 0; i < actors[k]->len; i++)
        add_entity (b, dataset, g_array_index (actors[k], guint, i));
      json_builder_end_array (b);
    }
  json_builder_set_member_name (b, "summary");
  json_builder_add_string_value (b, summary);
}

int
tautan_cli_analyze (int    argc,
                    char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_auto(GStrv) outlet = NULL, language = NULL, agency = NULL, status = NULL;
  g_auto(GStrv) attribution = NULL, type = NULL, kind = NULL, expand = NULL;
  g_autofree char *state_media = NULL;
  g_autofree char *ego_id = NULL;
  g_autofree char *path_id = NULL;
  g_autofree char *changes = NULL;
  gboolean rollup = FALSE, rank = FALSE;
  int depth = 1, min_weight = 0, max_paths = TAUTAN_PATHS_DEFAULT_CAP;
  const GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, "First day of the span (default: the data's first)", "YYYY-MM-DD" },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, "Last day of the span (default: the data's last)", "YYYY-MM-DD" },
    { "outlet", 0, 0, G_OPTION_ARG_STRING_ARRAY, &outlet, "Only events reported by this outlet (repeatable)", "NAME" },
    { "language", 0, 0, G_OPTION_ARG_STRING_ARRAY, &language, "Only events with a source in this language", "CODE" },
    { "agency", 0, 0, G_OPTION_ARG_STRING_ARRAY, &agency, "Only events with a source relayed from this agency", "NAME" },
    { "state-media", 0, 0, G_OPTION_ARG_STRING, &state_media,
      "only: events with a state-media source; excluded: with a source that is not", "only|excluded" },
    { "status", 0, 0, G_OPTION_ARG_STRING_ARRAY, &status, "reported, claimed, denied or confirmed", "STATUS" },
    { "attribution", 0, 0, G_OPTION_ARG_STRING_ARRAY, &attribution,
      "Only events with a quote of this attribution (certain, uncertain)", "CERTAINTY" },
    { "type", 0, 0, G_OPTION_ARG_STRING_ARRAY, &type, "Only events of this type (taxonomy id)", "TYPE" },
    { "kind", 0, 0, G_OPTION_ARG_STRING_ARRAY, &kind, "Only events with an actor or target of this kind", "KIND" },
    { "min-weight", 0, 0, G_OPTION_ARG_INT, &min_weight, "Keep edges backed by at least N events", "N" },
    { "rollup", 0, 0, G_OPTION_ARG_NONE, &rollup, "Roll actors up into their state or organisation", NULL },
    { "expand", 0, 0, G_OPTION_ARG_STRING_ARRAY, &expand, "With --rollup: keep this group open (repeatable)", "ID" },
    { "ego", 0, 0, G_OPTION_ARG_STRING, &ego_id, "The actors within --depth steps of this one", "ID" },
    { "depth", 0, 0, G_OPTION_ARG_INT, &depth, "With --ego: 1 to 3 (default 1)", "N" },
    { "path", 0, 0, G_OPTION_ARG_STRING, &path_id, "--path FROM TO: the shortest chains of events between two actors", "FROM" },
    { "rank", 0, 0, G_OPTION_ARG_NONE, &rank,
      "Actors by events, partners and betweenness, with the previous period's ranks", NULL },
    { "changes", 0, 0, G_OPTION_ARG_STRING, &changes,
      "--changes FROM..TO FROM..TO: what changed from the first period to the second", "FROM..TO" },
    { "max-paths", 0, 0, G_OPTION_ARG_INT, &max_paths, "With --path: at most N paths (default 20)", "N" },
    { NULL }
  };
  struct { TautanFilterField field; char ***values; } sets[] = {
    { TAUTAN_FILTER_OUTLET, &outlet }, { TAUTAN_FILTER_LANGUAGE, &language }, { TAUTAN_FILTER_AGENCY, &agency },
    { TAUTAN_FILTER_STATUS, &status }, { TAUTAN_FILTER_ATTRIBUTION, &attribution },
    { TAUTAN_FILTER_EVENT_TYPE, &type }, { TAUTAN_FILTER_ENTITY_KIND, &kind },
  };
  g_autoptr(TautanFilter) filter = tautan_filter_new ();
  g_autoptr(TautanDataset) dataset = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(JsonBuilder) b = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) filter_json = NULL;
  g_autoptr(GHashTable) expanded = NULL;
  g_autofree char *problem = NULL;
  g_autofree char *text = NULL;
  g_autofree char *words = NULL;
  TautanTimeSpan span, before = { 0 }, after = { 0 };
  TautanDay day_from = TAUTAN_DAY_NONE, day_to = TAUTAN_DAY_NONE;
  guint n_modes;

  context = g_option_context_new ("DATASET --rollup | --ego ID | --path FROM TO | --rank | --changes A..B C..D — analyses as JSON");
  g_option_context_set_summary (context,
                                "Prints an analysis of DATASET's events in a span, after filters, as JSON on\n"
                                "standard output (see docs/analysis.md). Filters of different kinds all\n"
                                "apply; several values of one kind are alternatives. Needs no display.\n"
                                "Exits 1 on failure, 2 on a usage error.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage (error->message);

  n_modes = (rollup ? 1 : 0) + (ego_id ? 1 : 0) + (path_id ? 1 : 0) + (rank ? 1 : 0) + (changes ? 1 : 0);
  if (n_modes != 1)
    return usage ("give one of --rollup, --ego ID, --path FROM TO, --rank or --changes FROM..TO FROM..TO");
  if (argc < 2)
    return usage ("no dataset given");
  if (path_id != NULL && argc != 3)
    return usage ("--path needs two ids: DATASET --path FROM TO");
  if (changes != NULL && argc != 3)
    return usage ("--changes needs two periods: DATASET --changes FROM..TO FROM..TO");
  if (path_id == NULL && changes == NULL && argc != 2)
    return usage ("give one dataset");
  if (changes != NULL && (from != NULL || to != NULL))
    return usage ("--changes takes its two periods, not --from or --to");
  if (changes != NULL && (!parse_period (changes, &before, &problem) || !parse_period (argv[2], &after, &problem)))
    return usage (problem);
  if (depth < 1 || depth > TAUTAN_EGO_MAX_DEPTH)
    return usage ("--depth must be 1, 2 or 3");
  if (min_weight < 0)
    return usage ("--min-weight must be 0 or more");
  if (max_paths < 1)
    return usage ("--max-paths must be 1 or more");
  if (expand != NULL && !rollup)
    return usage ("--expand needs --rollup");
  if (!parse_day ("--from", from, &day_from, &problem) || !parse_day ("--to", to, &day_to, &problem))
    return usage (problem);

  for (guint i = 0; i < G_N_ELEMENTS (sets); i++)
    if (*sets[i].values != NULL)
      {
        g_auto(GStrv) values = split_values (*sets[i].values);
        TautanFilter *next = tautan_filter_with_values (filter, sets[i].field, (const char * const *)values);

        g_clear_pointer (&filter, tautan_filter_unref);
        filter = next;
      }
  if (state_media != NULL)
    {
      TautanFilter *next;

      if (g_strcmp0 (state_media, "only") != 0 && g_strcmp0 (state_media, "excluded") != 0)
        return usage ("--state-media must be “only” or “excluded”");
      next = tautan_filter_with_state_media (filter, strcmp (state_media, "only") == 0
                                             ? TAUTAN_STATE_MEDIA_ONLY : TAUTAN_STATE_MEDIA_EXCLUDED);
      g_clear_pointer (&filter, tautan_filter_unref);
      filter = next;
    }
  if (min_weight > 1)
    {
      TautanFilter *next = tautan_filter_with_min_weight (filter, min_weight);

      g_clear_pointer (&filter, tautan_filter_unref);
      filter = next;
    }
  /* Statuses, kinds and attributions are checked as the workspace does. */
  filter_json = tautan_filter_to_json (filter);
  {
    g_autoptr(TautanFilter) checked = tautan_filter_from_json (filter_json, "filters", &error);

    if (checked == NULL)
      return usage (error->message);
  }

  file = g_file_new_for_commandline_arg (argv[1]);
  dataset = _tautan_cli_load_dataset (file, argv[1], TRUE, 5, &problem);
  if (dataset == NULL)
    return _tautan_cli_fail_problems ("analyze", argv[1], problem);
  if (!tautan_filter_check (filter, dataset, &error))
    {
      g_autofree char *message = g_strdup_printf ("%s: %s", argv[1], error->message);

      return fail (message);
    }

  span = tautan_dataset_get_span (dataset);
  if (day_from != TAUTAN_DAY_NONE)
    span.from = day_from;
  if (day_to != TAUTAN_DAY_NONE)
    span.to = day_to;
  if (span.from > span.to)
    return usage ("--from is after --to");

  b = json_builder_new ();
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "analysis");
  json_builder_add_string_value (b, rollup ? "rollup" : ego_id ? "ego" : rank ? "rank" : changes ? "changes" : "path");
  if (changes == NULL)
    {
      json_builder_set_member_name (b, "span");
      add_span (b, &span);
    }
  json_builder_set_member_name (b, "filters");
  json_builder_add_value (b, json_node_copy (filter_json));
  words = tautan_filter_to_string (filter);
  json_builder_set_member_name (b, "filters_text");
  json_builder_add_string_value (b, words);

  if (rollup)
    {
      expanded = g_hash_table_new (NULL, NULL);
      for (guint i = 0; expand && expand[i]; i++)
        {
          guint index = lookup (dataset, argv[1], expand[i], &problem);

          if (index == TAUTAN_NONE)
            return fail (problem);
          g_hash_table_add (expanded, GUINT_TO_POINTER (index + 1));
        }
      build_rollup (b, dataset, filter, &span, expanded);
    }
  else if (rank)
    build_rankings (b, dataset, filter, &span);
  else if (changes != NULL)
    build_changes (b, dataset, filter, &before, &after);
  else if (ego_id != NULL)
    {
      guint centre = lookup (dataset, argv[1], ego_id, &problem);

      if (centre == TAUTAN_NONE)
        return fail (problem);
      build_ego (b, dataset, filter, &span, centre, depth);
    }
  else
    {
      guint a = lookup (dataset, argv[1], path_id, &problem);
      guint z;

      if (a == TAUTAN_NONE)
        return fail (problem);
      z = lookup (dataset, argv[1], argv[2], &problem);
      if (z == TAUTAN_NONE)
        return fail (problem);
      if (a == z)
        return usage ("--path needs two different actors");
      build_paths (b, dataset, filter, &span, a, z, max_paths);
    }
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  text = tautan_json_to_data (root, TRUE, NULL);
  g_print ("%s\n", text);
  return 0;
}
