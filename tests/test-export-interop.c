/* test-export-interop.c: GEXF, GraphML and CSV read back by real clients
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "tautan/tautan-import.h"
#include "tautan/tautan-interop.h"
#include "tautan/tautan-layout.h"

/* xmllint checks GEXF 1.3 against the schema; Debian's own networkx
 * (/usr/bin/python3, not whatever python3 is first on PATH) reads GEXF
 * 1.2draft and GraphML; Python's csv module reads the CSV. What they
 * must find is written here from the fixture (tests/data/interop.json)
 * by hand, not from Tautan's code. */

#define HOSTILE "=HYPERLINK(\"http://evil.example/\",\"click\"), \"quoted\", comma, and\nnewline"
/* The media entity's id holds U+0002, which XML cannot carry: it is
 * written as its XML name. Its name loses U+0007 and U+0001. */
#define CTRL_ID "ctrl_02id"

static const guint32 node_colors[TAUTAN_N_ENTITY_KINDS] = {
  0x3D3846, 0x4A5A6A, 0x77767B, 0x241F31, 0x7D8A97, 0x9A9996, 0xA9B1BA,
};

static char *tmp_dir;

static TautanDataset *
load_fixture (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "interop.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  TautanDataset *dataset = tautan_dataset_load_file (file, FALSE, NULL, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  return dataset;
}

static char *
write_export (TautanSlice                *slice,
              const TautanInteropOptions *options,
              const char                 *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanFileWriter) writer = NULL;
  char *path = g_build_filename (tmp_dir, name, NULL);

  writer = tautan_file_writer_new_for_path (path, &error);
  g_assert_no_error (error);
  g_assert_true (tautan_interop_write (slice, options, writer, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (tautan_file_writer_commit (writer, &error));
  g_assert_no_error (error);
  return path;
}

static int
run (const char * const *argv,
     char              **err)
{
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GError) error = NULL;

  proc = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (proc, NULL, NULL, NULL, err, &error);
  g_assert_no_error (error);
  return g_subprocess_get_exit_status (proc);
}

/* Runs interop-check.py on @path with @expect; fails with its findings. */
static void
check_with_python (const char *mode,
                   const char *path,
                   JsonNode   *expect)
{
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "interop-check.py", NULL);
  g_autofree char *expect_path = g_strconcat (path, ".expect.json", NULL);
  g_autofree char *text = json_to_string (expect, TRUE);
  g_autofree char *err = NULL;
  const char *argv[] = { "/usr/bin/python3", script, mode, path, expect_path, NULL };
  int status;

  g_assert_true (g_file_set_contents (expect_path, text, -1, NULL));
  status = run (argv, &err);
  if (status != 0)
    g_test_message ("%s", err);
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpint (status, ==, 0);
}

typedef struct
{
  const char *id;
  const char *label;
  const char *kind;
  int         events;
} NodeExpect;

typedef struct
{
  const char *source;
  const char *target;
  int         events;
  const char *quad_class;
  int         imprecise;
} EdgeExpect;

typedef struct
{
  const char *id;
  const char *spells[4][2];
} SpellExpect;

typedef struct
{
  const char        *name;
  TautanDay          from;
  TautanDay          to;
  gboolean           cumulative;
  guint32            hidden_kinds;
  const char        *hidden_type;
  const NodeExpect  *nodes;
  const EdgeExpect  *edges;
  const SpellExpect *spells;
  const SpellExpect *edge_spells;      /* id is "source>target" */
} Case;

static void
add_spells (JsonBuilder       *b,
            const SpellExpect *spell)
{
  json_builder_begin_array (b);
  for (guint i = 0; i < G_N_ELEMENTS (spell->spells) && spell->spells[i][0]; i++)
    {
      json_builder_begin_array (b);
      json_builder_add_string_value (b, spell->spells[i][0]);
      json_builder_add_string_value (b, spell->spells[i][1]);
      json_builder_end_array (b);
    }
  json_builder_end_array (b);
}

/* GEXF labels are xs:token, drawn on one line: a line break becomes a
 * space there. GraphML keeps the name as it is. */
static JsonNode *
graph_expectations (const Case *c,
                    gboolean    gexf)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "positions");
  json_builder_add_boolean_value (b, gexf);
  json_builder_set_member_name (b, "nodes");
  json_builder_begin_object (b);
  for (const NodeExpect *n = c->nodes; n->id; n++)
    {
      g_autofree char *label = g_strdup (n->label);

      if (gexf)
        g_strdelimit (label, "\n", ' ');
      json_builder_set_member_name (b, n->id);
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "label");
      json_builder_add_string_value (b, label);
      json_builder_set_member_name (b, "kind");
      json_builder_add_string_value (b, n->kind);
      json_builder_set_member_name (b, "events");
      json_builder_add_int_value (b, n->events);
      json_builder_end_object (b);
    }
  json_builder_end_object (b);
  json_builder_set_member_name (b, "edges");
  json_builder_begin_array (b);
  for (const EdgeExpect *e = c->edges; e->source; e++)
    {
      json_builder_begin_array (b);
      json_builder_add_string_value (b, e->source);
      json_builder_add_string_value (b, e->target);
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "events");
      json_builder_add_int_value (b, e->events);
      json_builder_set_member_name (b, "imprecise");
      json_builder_add_int_value (b, e->imprecise);
      json_builder_set_member_name (b, "quad_class");
      json_builder_add_string_value (b, e->quad_class);
      json_builder_end_object (b);
      json_builder_end_array (b);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "spells");
  json_builder_begin_object (b);
  for (const SpellExpect *s = c->spells; s && s->id; s++)
    {
      json_builder_set_member_name (b, s->id);
      add_spells (b, s);
    }
  json_builder_end_object (b);
  json_builder_set_member_name (b, "edge_spells");
  json_builder_begin_array (b);
  for (const SpellExpect *s = c->edge_spells; s && s->id; s++)
    {
      g_auto(GStrv) ends = g_strsplit (s->id, ">", 2);

      json_builder_begin_array (b);
      json_builder_add_string_value (b, ends[0]);
      json_builder_add_string_value (b, ends[1]);
      add_spells (b, s);
      json_builder_end_array (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

static TautanDay
day (const char *text)
{
  TautanDay d;

  g_assert_true (tautan_day_parse (text, strlen (text), &d));
  return d;
}

static const NodeExpect all_nodes[] = {
  { "kim", "Kim Jong Un", "person", 4 },
  { "putin", "Vladimir Putin", "person", 4 },
  { "dprk", "North Korea", "state", 1 },
  { "russia", "Russia", "state", 2 },
  { "evil", HOSTILE, "organisation", 1 },
  { CTRL_ID, "Bell Ringer", "media", 1 },
  { "wagner", "Wagner", "armed-group", 1 },
  { NULL }
};
static const EdgeExpect all_edges[] = {
  { "kim", "putin", 3, "verbal-cooperation", 0 },
  { "putin", "kim", 1, "verbal-cooperation", 0 },
  { "dprk", "russia", 1, "material-cooperation", 1 },
  { "evil", CTRL_ID, 1, "verbal-conflict", 0 },
  /* Wagner attacking itself is a node but no edge, as in the app. */
  { NULL }
};
static const SpellExpect all_spells[] = {
  { "kim", { { "2024-05-09", "2024-05-10" }, { "2024-06-19", "2024-06-19" } } },
  { "russia", { { "2023-01-15", "2023-01-15" }, { "2024-06-01", "2024-06-30" } } },
  { NULL }
};
static const SpellExpect all_edge_spells[] = {
  { "kim>putin", { { "2024-05-09", "2024-05-10" }, { "2024-06-19", "2024-06-19" } } },
  { "dprk>russia", { { "2024-06-01", "2024-06-30" } } },
  { NULL }
};

static const NodeExpect may_nodes[] = {
  { "kim", "Kim Jong Un", "person", 3 },
  { "putin", "Vladimir Putin", "person", 3 },
  { NULL }
};
static const EdgeExpect may_edges[] = {
  { "kim", "putin", 2, "verbal-cooperation", 0 },
  { "putin", "kim", 1, "verbal-cooperation", 0 },
  { NULL }
};

/* A month-precision event overlaps a mid-June window, clipped to it. */
static const NodeExpect june_nodes[] = {
  { "dprk", "North Korea", "state", 1 },
  { "russia", "Russia", "state", 1 },
  { "kim", "Kim Jong Un", "person", 1 },
  { "putin", "Vladimir Putin", "person", 1 },
  { NULL }
};
static const EdgeExpect june_edges[] = {
  { "dprk", "russia", 1, "material-cooperation", 1 },
  { "kim", "putin", 1, "material-cooperation", 0 },
  { NULL }
};
static const SpellExpect june_spells[] = {
  { "dprk", { { "2024-06-15", "2024-06-20" } } },
  { NULL }
};

/* Cumulative: there from the first event to the end of the window. */
static const NodeExpect cumulative_nodes[] = {
  { "russia", "Russia", "state", 1 },
  { "kim", "Kim Jong Un", "person", 3 },
  { "putin", "Vladimir Putin", "person", 3 },
  { NULL }
};
static const SpellExpect cumulative_spells[] = {
  { "kim", { { "2024-05-09", "2024-05-31" } } },
  { "russia", { { "2023-01-15", "2024-05-31" } } },
  { NULL }
};

/* Persons hidden: their events between persons go too. */
static const NodeExpect no_person_nodes[] = {
  { "dprk", "North Korea", "state", 1 },
  { "russia", "Russia", "state", 2 },
  { "evil", HOSTILE, "organisation", 1 },
  { CTRL_ID, "Bell Ringer", "media", 1 },
  { "wagner", "Wagner", "armed-group", 1 },
  { NULL }
};
static const EdgeExpect no_person_edges[] = {
  { "dprk", "russia", 1, "material-cooperation", 1 },
  { "evil", CTRL_ID, 1, "verbal-conflict", 0 },
  { NULL }
};

/* Meetings hidden in May: only the support is left. */
static const NodeExpect no_meet_nodes[] = {
  { "kim", "Kim Jong Un", "person", 1 },
  { "putin", "Vladimir Putin", "person", 1 },
  { NULL }
};
static const EdgeExpect no_meet_edges[] = {
  { "kim", "putin", 1, "verbal-cooperation", 0 },
  { NULL }
};

static const Case cases[] = {
  { "all", TAUTAN_DAY_NONE, TAUTAN_DAY_NONE, FALSE, 0, NULL, all_nodes, all_edges, all_spells, all_edge_spells },
  { "may", 0, 0, FALSE, 0, NULL, may_nodes, may_edges, NULL, NULL },
  { "june", 0, 0, FALSE, 0, NULL, june_nodes, june_edges, june_spells, NULL },
  { "cumulative", 0, 0, TRUE, 0, NULL, cumulative_nodes, may_edges, cumulative_spells, NULL },
  { "no-person", TAUTAN_DAY_NONE, TAUTAN_DAY_NONE, FALSE, 1u << TAUTAN_ENTITY_PERSON, NULL,
    no_person_nodes, no_person_edges, NULL, NULL },
  { "no-meet", 0, 0, FALSE, 0, "meet", no_meet_nodes, no_meet_edges, NULL, NULL },
};

static TautanSlice *
case_slice (TautanDataset        *dataset,
            const Case           *c,
            TautanInteropOptions *options)
{
  TautanTimeSpan span = tautan_dataset_get_span (dataset);

  if (strcmp (c->name, "may") == 0 || strcmp (c->name, "no-meet") == 0)
    span = (TautanTimeSpan) { day ("2024-05-01"), day ("2024-05-31") };
  else if (strcmp (c->name, "june") == 0)
    span = (TautanTimeSpan) { day ("2024-06-15"), day ("2024-06-20") };
  else if (c->cumulative)
    span = (TautanTimeSpan) { day ("2024-05-01"), day ("2024-05-31") };

  options->hidden_kinds = c->hidden_kinds;
  if (c->hidden_type != NULL)
    tautan_type_mask_add (&options->hidden_types,
                          tautan_taxonomy_lookup (tautan_dataset_get_taxonomy (dataset), c->hidden_type));
  return tautan_slice_new (dataset, &span, c->cumulative);
}

static void
test_gexf_networkx (void)
{
  g_autoptr(TautanDataset) dataset = load_fixture ();
  g_autofree TautanPoint *positions = tautan_layout_settle_dataset (dataset, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("%s-1.2.gexf", cases[i].name);
      g_autoptr(TautanSlice) slice = NULL;
      g_autoptr(JsonNode) expect = NULL;
      g_autofree char *path = NULL;
      TautanInteropOptions options;

      g_test_message ("case %s", cases[i].name);
      tautan_interop_options_init (&options);
      options.gexf_version = TAUTAN_GEXF_1_2;
      options.positions = positions;
      options.node_colors = node_colors;
      slice = case_slice (dataset, &cases[i], &options);
      path = write_export (slice, &options, name);
      expect = graph_expectations (&cases[i], TRUE);
      check_with_python ("gexf", path, expect);
    }
}

static void
test_graphml_networkx (void)
{
  g_autoptr(TautanDataset) dataset = load_fixture ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("%s.graphml", cases[i].name);
      g_autoptr(TautanSlice) slice = NULL;
      g_autoptr(JsonNode) expect = NULL;
      g_autofree char *path = NULL;
      TautanInteropOptions options;
      JsonObject *graph;

      g_test_message ("case %s", cases[i].name);
      tautan_interop_options_init (&options);
      options.format = TAUTAN_INTEROP_GRAPHML;
      options.node_colors = node_colors;
      slice = case_slice (dataset, &cases[i], &options);
      path = write_export (slice, &options, name);
      expect = graph_expectations (&cases[i], FALSE);
      /* GraphML has no spells of its own: they are text there. */
      json_object_remove_member (json_node_get_object (expect), "spells");
      json_object_remove_member (json_node_get_object (expect), "edge_spells");
      graph = json_object_new ();
      json_object_set_string_member (graph, "title", "Interop <fixture> & \"friends\"");
      json_object_set_boolean_member (graph, "cumulative", cases[i].cumulative);
      json_object_set_object_member (json_node_get_object (expect), "graph", graph);
      check_with_python ("graphml", path, expect);
    }
}

/* GEXF 1.3 as the schema says, for the fixture and a real GDELT day. */
static void
test_gexf_schema (void)
{
  g_autoptr(TautanDataset) fixture = load_fixture ();
  g_autoptr(TautanDataset) gdelt = NULL;
  g_autoptr(TautanImporter) importer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *zip = g_test_build_filename (G_TEST_DIST, "data", "gdelt", "20130401.export.CSV.zip", NULL);
  g_autofree char *xsd = g_test_build_filename (G_TEST_DIST, "data", "schema", "gexf-1.3", "gexf.xsd", NULL);
  g_autoptr(GFile) zip_file = g_file_new_for_path (zip);
  TautanDataset *datasets[2];
  TautanImportOptions import_options;

  tautan_import_options_init (&import_options);
  importer = tautan_importer_new (&import_options, &error);
  g_assert_true (tautan_importer_add_files (importer, &zip_file, NULL, 1, NULL, NULL, NULL, &error));
  gdelt = tautan_importer_build_dataset (importer, &error);
  g_assert_no_error (error);
  datasets[0] = fixture;
  datasets[1] = gdelt;

  for (guint i = 0; i < G_N_ELEMENTS (datasets); i++)
    {
      TautanTimeSpan span = tautan_dataset_get_span (datasets[i]);
      g_autoptr(TautanSlice) slice = tautan_slice_new (datasets[i], &span, i == 1);
      g_autofree TautanPoint *positions = tautan_layout_settle_dataset (datasets[i], NULL);
      g_autofree char *path = NULL;
      g_autofree char *err = NULL;
      g_autofree char *contents = NULL;
      TautanInteropOptions options;
      const char *argv[] = { "xmllint", "--noout", "--schema", xsd, NULL, NULL };

      tautan_interop_options_init (&options);
      options.positions = positions;
      options.node_colors = node_colors;
      path = write_export (slice, &options, i ? "gdelt.gexf" : "fixture.gexf");
      argv[4] = path;
      g_assert_cmpint (run (argv, &err), ==, 0);
      g_assert_true (g_str_has_suffix (err, " validates\n"));

      /* Characters XML 1.0 forbids are gone, markup escaped. */
      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      g_assert_null (strchr (contents, '\x01'));
      g_assert_null (strchr (contents, '\x07'));
      if (i == 0)
        g_assert_nonnull (strstr (contents, "<description>Interop &lt;fixture&gt; &amp; &quot;friends&quot;: "));
    }
}

/* With nothing hidden, the file holds the slice's graph: its entities
 * and actor → target pairs. */
static void
test_slice_agreement (void)
{
  g_autoptr(TautanImporter) importer = NULL;
  g_autoptr(TautanDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *zip = g_test_build_filename (G_TEST_DIST, "data", "gdelt", "20130401.export.CSV.zip", NULL);
  g_autoptr(GFile) zip_file = g_file_new_for_path (zip);
  TautanImportOptions import_options;
  const char *windows[][2] = { { "2003-01-01", "2013-12-31" }, { "2013-03-30", "2013-03-31" } };

  tautan_import_options_init (&import_options);
  importer = tautan_importer_new (&import_options, &error);
  g_assert_true (tautan_importer_add_files (importer, &zip_file, NULL, 1, NULL, NULL, NULL, &error));
  dataset = tautan_importer_build_dataset (importer, &error);
  g_assert_no_error (error);

  for (guint w = 0; w < G_N_ELEMENTS (windows); w++)
    {
      TautanTimeSpan span = { day (windows[w][0]), day (windows[w][1]) };
      g_autoptr(TautanSlice) slice = tautan_slice_new (dataset, &span, FALSE);
      g_autoptr(JsonBuilder) b = json_builder_new ();
      g_autoptr(JsonNode) expect = NULL;
      g_autofree char *name = g_strdup_printf ("gdelt-%u.graphml", w);
      g_autofree char *path = NULL;
      TautanInteropOptions options;

      tautan_interop_options_init (&options);
      options.format = TAUTAN_INTEROP_GRAPHML;
      path = write_export (slice, &options, name);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "node_count");
      json_builder_add_int_value (b, tautan_slice_get_n_entities (slice));
      json_builder_set_member_name (b, "edge_count");
      json_builder_add_int_value (b, tautan_slice_get_n_edges (slice));
      json_builder_set_member_name (b, "nodes");
      json_builder_begin_object (b);
      json_builder_end_object (b);
      json_builder_set_member_name (b, "edges");
      json_builder_begin_array (b);
      /* The pairs and their counts, as the slice has them. */
      for (guint k = 0; k < tautan_slice_get_n_edges (slice); k++)
        {
          const TautanSliceEdge *e = tautan_slice_get_edge (slice, k);
          TautanEntity a, t;

          tautan_dataset_get_entity (dataset, e->source, &a);
          tautan_dataset_get_entity (dataset, e->target, &t);
          json_builder_begin_array (b);
          json_builder_add_string_value (b, a.id);
          json_builder_add_string_value (b, t.id);
          json_builder_begin_object (b);
          json_builder_set_member_name (b, "events");
          json_builder_add_int_value (b, e->count);
          json_builder_end_object (b);
          json_builder_end_array (b);
        }
      json_builder_end_array (b);
      json_builder_end_object (b);
      expect = json_builder_get_root (b);
      g_assert_cmpuint (tautan_slice_get_n_edges (slice), >, 0);
      check_with_python ("graphml", path, expect);
    }
}

static JsonNode *
csv_expectations (const char * const *header,
                  guint               rows,
                  const char * const *cells)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "header");
  json_builder_begin_array (b);
  for (guint i = 0; header[i]; i++)
    json_builder_add_string_value (b, header[i]);
  json_builder_end_array (b);
  json_builder_set_member_name (b, "rows");
  json_builder_add_int_value (b, rows);
  json_builder_set_member_name (b, "cells");
  json_builder_begin_array (b);
  for (guint i = 0; cells[i]; i += 3)
    {
      json_builder_begin_array (b);
      json_builder_add_int_value (b, atoi (cells[i]));
      json_builder_add_string_value (b, cells[i + 1]);
      json_builder_add_string_value (b, cells[i + 2]);
      json_builder_end_array (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

static void
test_csv (void)
{
  g_autoptr(TautanDataset) dataset = load_fixture ();
  TautanTimeSpan span = tautan_dataset_get_span (dataset);
  g_autoptr(TautanSlice) slice = tautan_slice_new (dataset, &span, FALSE);
  g_autofree char *citation = tautan_dataset_format_citation (dataset, tautan_dataset_lookup_quote (dataset, "q2"));
  const char *event_header[] = {
    "id", "start", "end", "precision", "type", "type_label", "quad_class", "actor_ids", "actors", "target_ids",
    "targets", "summary", "status", "date_method", "date_words", "source_ids", "outlets", "urls", "quote_ids",
    "cameo", "goldstein", "mentions", NULL
  };
  /* By date; a hostile name, summary and title arrive as text. */
  const char *event_cells[] = {
    "0", "id", "e8",
    "1", "id", "e1", "1", "goldstein", "3.4", "1", "mentions", "5", "1", "cameo", "051",
    "1", "urls", "https://example.org/kim?a=1&b=2",
    "4", "id", "e4", "4", "precision", "month", "4", "end", "2024-06-30",
    "6", "id", "e6", "6", "actors", "'" HOSTILE, "6", "target_ids", "ctrl\002id", "6", "targets", "Bell\a Ringer\001",
    "6", "summary", "'=1+1, \"a\" accusation\nover two lines", "6", "outlets", "Evil, Inc.", "6", "quote_ids", "q2",
    "7", "actor_ids", "wagner", "7", "target_ids", "wagner",
    NULL
  };
  const char *edge_header[] = {
    "source_id", "source", "target_id", "target", "events", "imprecise", "first", "last", "event_type",
    "event_type_label", "quad_class", "event_types", "verbal_cooperation", "material_cooperation", "verbal_conflict",
    "material_conflict", "goldstein_mean", "mentions", NULL
  };
  const char *edge_cells[] = {
    "0", "source_id", "kim", "0", "target_id", "putin", "0", "events", "3", "0", "goldstein_mean", "3.4",
    "0", "mentions", "5", "0", "event_types", "support:1; meet:1; sign-agreement:1",
    "0", "verbal_cooperation", "2", "0", "material_cooperation", "1",
    "1", "source_id", "putin", "1", "goldstein_mean", "1", "1", "mentions", "2",
    NULL
  };
  const char *quote_header[] = {
    "quote_id", "event_id", "event_start", "event_type", "speaker_id", "speaker", "text", "gloss", "attribution",
    "relayed_by", "source_id", "outlet", "title", "published", "url", "language", "citation", "note", NULL
  };
  const char *quote_cells[] = {
    "0", "quote_id", "q1", "0", "speaker", "Kim Jong Un", "0", "text", "We back Russia,", "0", "published", "2024-05-10",
    "1", "quote_id", "q2", "1", "text", "'=SUM(A1:A9), \"a, b\"\nand more.", "1", "title", "'=cmd|' /C calc'!A0",
    "1", "speaker", "'" HOSTILE " (attribution uncertain)", "1", "citation", citation, "1", "published", "",
    NULL
  };
  const struct { TautanCsvTable table; const char * const *header; guint rows; const char * const *cells; } tables[] = {
    { TAUTAN_CSV_EVENTS, event_header, 8, event_cells },
    { TAUTAN_CSV_EDGES, edge_header, 4, edge_cells },
    { TAUTAN_CSV_QUOTES, quote_header, 2, quote_cells },
  };

  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    for (guint bom = 0; bom < 2; bom++)
      {
        g_autofree char *name = g_strdup_printf ("table-%u-%u.csv", t, bom);
        g_autofree char *path = NULL;
        g_autofree char *contents = NULL;
        g_autoptr(JsonNode) expect = NULL;
        TautanInteropOptions options;
        gsize len;

        tautan_interop_options_init (&options);
        options.format = TAUTAN_INTEROP_CSV;
        options.csv_table = tables[t].table;
        options.csv_bom = bom;
        path = write_export (slice, &options, name);

        /* UTF-8 with a BOM only when asked; CRLF line ends. */
        g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
        g_assert_cmpint (memcmp (contents, "\xEF\xBB\xBF", 3) == 0, ==, bom);
        g_assert_true (g_str_has_prefix (contents + (bom ? 3 : 0), tables[t].header[0]));
        g_assert_true (g_str_has_suffix (contents, "\r\n"));
        g_assert_nonnull (strstr (contents, "\r\n"));
        if (bom)
          continue;

        expect = csv_expectations (tables[t].header, tables[t].rows, tables[t].cells);
        check_with_python ("csv", path, expect);
      }
}

static void
test_cancel (void)
{
  g_autoptr(TautanDataset) dataset = load_fixture ();
  TautanTimeSpan span = tautan_dataset_get_span (dataset);
  g_autoptr(TautanSlice) slice = tautan_slice_new (dataset, &span, FALSE);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *path = g_build_filename (tmp_dir, "cancelled.gexf", NULL);
  g_autoptr(GError) error = NULL;
  TautanInteropOptions options;
  TautanFileWriter *writer;

  tautan_interop_options_init (&options);
  g_cancellable_cancel (cancellable);
  writer = tautan_file_writer_new_for_path (path, &error);
  g_assert_false (tautan_interop_write (slice, &options, writer, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  /* Not committed: no partial file where the export was to go. */
  tautan_file_writer_free (writer);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static int
run_tautan (const char * const *args,
            char              **out,
            char              **err)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                                                       G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", NULL);

  /* No display at all: headless commands must not need one. */
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_set_cwd (launcher, dir);
  g_ptr_array_add (argv, (gpointer)g_getenv ("TAUTAN_BINARY"));
  for (guint i = 0; args[i]; i++)
    g_ptr_array_add (argv, (gpointer)args[i]);
  g_ptr_array_add (argv, NULL);

  proc = g_subprocess_launcher_spawnv (launcher, (const char * const *)argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (proc, NULL, NULL, out, err, &error);
  g_assert_no_error (error);
  return g_subprocess_get_exit_status (proc);
}

/* `tautan export` picks the interop writers by --format or extension. */
static void
test_cli (void)
{
  g_autofree char *gexf = g_build_filename (tmp_dir, "cli.gexf", NULL);
  g_autofree char *graphml = g_build_filename (tmp_dir, "cli.graphml", NULL);
  g_autofree char *workspace = g_build_filename (tmp_dir, "cli.tautan", NULL);
  g_autofree char *xsd = g_test_build_filename (G_TEST_DIST, "data", "schema", "gexf-1.3", "gexf.xsd", NULL);
  const char *by_extension[] = { "export", "interop.json", "-o", gexf, NULL };
  const char *xmllint[] = { "xmllint", "--noout", "--schema", xsd, gexf, NULL };
  const char *csv[] = { "export", "interop.json", "--format=csv", "--csv", "quotes", "--bom", "-o", "-", NULL };
  const char *with_view[] = { "export", "interop.json", "--workspace", workspace, "--view", "June", "--format",
                              "graphml", "-o", graphml, NULL };
  const struct { const char *args[12]; const char *message; } usage[] = {
    { { "export", "interop.json", "--format", "gexf", "--csv", "edges", "-o", "x.gexf" }, "--csv is for --format csv" },
    { { "export", "interop.json", "--gexf-version", "2.0", "-o", "x.gexf" },
      "unknown GEXF version “2.0”: use 1.3 or 1.2" },
    { { "export", "interop.json", "--format", "csv", "--csv", "people", "-o", "x.csv" },
      "unknown CSV table “people”: use events, edges or quotes" },
    { { "export", "interop.json", "--edge-colors", "rainbow", "-o", "x.graphml" },
      "unknown edge colours “rainbow”: use quad-class or event-type" },
    { { "export", "interop.json", "--format", "graphml" }, "no output file given (-o FILE)" },
  };
  static const char workspace_json[] =
    "{\"format\": \"tautan-workspace\", \"version\": 1, \"dataset\": {\"path\": \"interop.json\"},\n"
    " \"hidden_kinds\": [\"person\"], \"hidden_types\": [],\n"
    " \"positions\": [{\"entity\": \"russia\", \"x\": 1.5, \"y\": -2.25, \"pinned\": true}],\n"
    " \"views\": [{\"name\": \"June\", \"window\": {\"from\": \"2024-06-15\", \"to\": \"2024-06-20\", \"cumulative\": false},\n"
    "   \"camera\": {\"zoom\": 1, \"x\": 0, \"y\": 0}, \"selection\": null}]}\n";
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *out2 = NULL, *err2 = NULL;
  g_autofree char *out3 = NULL, *err3 = NULL;
  g_autofree char *lint = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (run_tautan (by_extension, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpint (run (xmllint, &lint), ==, 0);

  g_assert_cmpint (run_tautan (csv, &out2, &err2), ==, 0);
  g_assert_cmpstr (err2, ==, "");
  g_assert_true (g_str_has_prefix (out2, "\xEF\xBB\xBFquote_id,event_id,"));

  /* A workspace's hidden kinds and positions, a saved view's window. */
  g_assert_true (g_file_set_contents (workspace, workspace_json, -1, NULL));
  g_assert_cmpint (run_tautan (with_view, &out3, &err3), ==, 0);
  g_assert_cmpstr (err3, ==, "");
  g_assert_true (json_parser_load_from_data (parser,
                                             "{\"nodes\": {\"dprk\": {\"kind\": \"state\"},"
                                             " \"russia\": {\"x\": 150.0, \"y\": 225.0}},"
                                             " \"edges\": [[\"dprk\", \"russia\", {\"first\": \"2024-06-15\","
                                             " \"last\": \"2024-06-20\"}]], \"graph\": {\"start\": \"2024-06-15\"}}",
                                             -1, &error));
  check_with_python ("graphml", graphml, json_parser_get_root (parser));

  for (guint i = 0; i < G_N_ELEMENTS (usage); i++)
    {
      g_autofree char *uout = NULL, *uerr = NULL;
      g_autofree char *expected = g_strdup_printf ("tautan export: %s (try “tautan export --format gexf --help”)\n",
                                                   usage[i].message);

      g_assert_cmpint (run_tautan (usage[i].args, &uout, &uerr), ==, 2);
      g_assert_cmpstr (uerr, ==, expected);
    }
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      g_unlink (child);
    }
  g_rmdir (path);
}

/* A type past the 64th, hidden, is left out like any other. */
static void
test_hidden_type_beyond_64 (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "minimal.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonArray) types = json_array_new ();
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanDataset) dataset = NULL;
  g_autoptr(TautanSlice) slice = NULL;
  g_autoptr(GBytes) all = NULL;
  g_autoptr(GBytes) kept = NULL;
  g_autofree char *json = NULL;
  g_autofree char *first_id = NULL;
  JsonObject *root, *taxonomy, *first;
  TautanInteropOptions options;
  TautanTimeSpan span;
  int t79;

  g_assert_true (json_parser_load_from_file (parser, path, NULL));
  root = json_node_get_object (json_parser_get_root (parser));
  for (guint i = 0; i < 80; i++)
    {
      JsonObject *type = json_object_new ();
      g_autofree char *id = g_strdup_printf ("t%u", i);

      json_object_set_string_member (type, "id", id);
      json_object_set_string_member (type, "label", id);
      json_object_set_string_member (type, "quad_class", "verbal-conflict");
      json_object_set_string_member (type, "color", "#445566");
      json_array_add_object_element (types, type);
    }
  taxonomy = json_object_new ();
  json_object_set_array_member (taxonomy, "event_types", json_array_ref (types));
  json_object_set_object_member (root, "taxonomy", taxonomy);
  first = json_array_get_object_element (json_object_get_array_member (root, "events"), 0);
  json_object_set_string_member (first, "type", "t79");
  first_id = g_strdup (json_object_get_string_member (first, "id"));
  json_generator_set_root (generator, json_parser_get_root (parser));
  json = json_generator_to_data (generator, NULL);

  dataset = tautan_dataset_load_data (json, strlen (json), "many-types.json", NULL, &diagnostics, &error);
  g_assert_no_error (error);
  t79 = tautan_taxonomy_lookup (tautan_dataset_get_taxonomy (dataset), "t79");
  g_assert_cmpint (t79, >=, 64);
  span = tautan_dataset_get_span (dataset);
  slice = tautan_slice_new (dataset, &span, FALSE);

  tautan_interop_options_init (&options);
  options.format = TAUTAN_INTEROP_CSV;
  all = tautan_interop_to_bytes (slice, &options, &error);
  g_assert_no_error (error);
  tautan_type_mask_add (&options.hidden_types, (guint)t79);
  kept = tautan_interop_to_bytes (slice, &options, &error);
  g_assert_no_error (error);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (all, NULL), g_bytes_get_size (all), first_id));
  g_assert_null (g_strstr_len (g_bytes_get_data (kept, NULL), g_bytes_get_size (kept), first_id));
  g_assert_cmpuint (g_bytes_get_size (kept), <, g_bytes_get_size (all));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  tmp_dir = g_dir_make_tmp ("test-export-interop-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/tautan/export-interop/gexf-schema", test_gexf_schema);
  g_test_add_func ("/tautan/export-interop/gexf-networkx", test_gexf_networkx);
  g_test_add_func ("/tautan/export-interop/graphml-networkx", test_graphml_networkx);
  g_test_add_func ("/tautan/export-interop/slice-agreement", test_slice_agreement);
  g_test_add_func ("/tautan/export-interop/csv", test_csv);
  g_test_add_func ("/tautan/export-interop/hidden-type-beyond-64", test_hidden_type_beyond_64);
  g_test_add_func ("/tautan/export-interop/cancel", test_cancel);
  g_test_add_func ("/tautan/export-interop/cli", test_cli);

  status = g_test_run ();
  remove_tree (tmp_dir);
  g_free (tmp_dir);
  return status;
}
