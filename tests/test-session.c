/* test-session.c: the analysis session, its history and its workspace
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "tautan/tautan-dataset-edit.h"
#include "tautan/tautan-session.h"
#include "tautan/tautan-slice-cursor.h"
#include "tautan-session-private.h"
#include "tautan-slice-private.h"
#include "tautan-test-session.h"
#include "tautan-test-slice.h"

#define BUNDLED RESOURCE_PREFIX "/datasets/korea-russia.json"

static TautanDataset *
bundled (void)
{
  g_autoptr(GError) error = NULL;
  TautanDataset *dataset = tautan_dataset_load_resource (BUNDLED, &error);

  g_assert_no_error (error);
  return dataset;
}

static guint
entity (TautanSession *session,
        const char    *id)
{
  guint e = tautan_dataset_lookup_entity (tautan_session_get_dataset (session), id);

  g_assert_cmpuint (e, !=, TAUTAN_NONE);
  return e;
}

static TautanPoint
position_of (TautanSession *session,
             guint          e)
{
  TautanLayout *layout = tautan_session_get_layout (session);
  g_autofree TautanPoint *points = g_new (TautanPoint, tautan_layout_get_n_nodes (layout));

  tautan_layout_get_positions (layout, points);
  return points[e];
}

static void
add_views (TautanSession *session,
           guint          n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("V%u", i + 1);
      g_autoptr(TautanSavedView) view = tautan_session_capture_view (session, name);

      tautan_session_add_view (session, view);
    }
}

static void
test_fresh (void)
{
  g_autoptr(TautanDataset) dataset = bundled ();
  g_autoptr(TautanSession) session = tautan_session_new (dataset);
  TautanTimeSpan span = tautan_session_get_span (session);
  TautanTimeSpan data = tautan_dataset_get_span (dataset);
  g_auto(GStrv) types = tautan_session_dup_hidden_types (session);

  g_assert_true (tautan_time_span_equal (&span, &data));
  g_assert_false (tautan_session_get_cumulative (session));
  g_assert_false (tautan_session_get_modified (session));
  g_assert_false (tautan_session_get_can_undo (session));
  g_assert_false (tautan_session_get_can_redo (session));
  g_assert_false (tautan_session_undo (session));
  g_assert_cmpuint (tautan_session_get_hidden_kinds (session), ==, 0);
  g_assert_cmpuint (g_strv_length (types), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (tautan_session_get_views (session)), ==, 0);
  g_assert_cmpuint (tautan_session_get_selected_entity (session), ==, TAUTAN_NONE);
  g_assert_null (tautan_session_get_file (session));
  g_assert_cmpuint (tautan_layout_get_n_nodes (tautan_session_get_layout (session)), ==,
                    tautan_dataset_get_n_entities (dataset));
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
count_signal (gpointer  session,
              gpointer  arg,
              guint    *count)
{
  (*count)++;
}

static void
test_span (void)
{
  g_autoptr(TautanDataset) dataset = bundled ();
  g_autoptr(TautanSession) session = tautan_session_new (dataset);
  TautanTimeSpan data = tautan_dataset_get_span (dataset);
  TautanTimeSpan y2024 = { tautan_day_from_ymd (2024, 1, 1), tautan_day_from_ymd (2024, 12, 31) };
  TautanTimeSpan wide = { data.from - 1000, data.to + 1000 };
  TautanTimeSpan got;
  TautanSlice *slice;
  guint span_notes = 0, slice_notes = 0;

  g_signal_connect (session, "notify::span", G_CALLBACK (count_notify), &span_notes);
  g_signal_connect (session, "notify::slice", G_CALLBACK (count_notify), &slice_notes);

  tautan_session_set_span (session, &y2024);
  got = tautan_session_get_span (session);
  g_assert_true (tautan_time_span_equal (&got, &y2024));
  g_assert_cmpuint (span_notes, ==, 1);
  g_assert_cmpuint (slice_notes, ==, 1);
  /* The same span again changes nothing. */
  tautan_session_set_span (session, &y2024);
  g_assert_cmpuint (span_notes, ==, 1);

  slice = tautan_session_get_slice (session);
  got = tautan_slice_get_span (slice);
  g_assert_true (tautan_time_span_equal (&got, &y2024));
  g_assert_true (slice == tautan_session_get_slice (session));

  /* Kept inside the data, as the timeline keeps it. */
  tautan_session_set_span (session, &wide);
  got = tautan_session_get_span (session);
  g_assert_true (tautan_time_span_equal (&got, &data));

  /* Cumulative: from the data's start. */
  tautan_session_set_span (session, &y2024);
  tautan_session_set_cumulative (session, TRUE);
  got = tautan_session_get_span (session);
  g_assert_cmpint (got.from, ==, data.from);
  g_assert_cmpint (got.to, ==, y2024.to);

  /* Moving the span is not an edit. */
  g_assert_false (tautan_session_get_modified (session));
  g_assert_false (tautan_session_get_can_undo (session));
}

static void
test_selection (void)
{
  g_autoptr(TautanDataset) dataset = bundled ();
  g_autoptr(TautanSession) session = tautan_session_new (dataset);
  guint kim = entity (session, "kim-jong-un");
  guint putin = entity (session, "vladimir-putin");
  guint notes = 0, source, target;
  TautanSelection selection;

  g_signal_connect (session, "notify::selection", G_CALLBACK (count_notify), &notes);
  tautan_session_select_entity (session, kim);
  tautan_session_select_entity (session, kim);
  g_assert_cmpuint (notes, ==, 1);
  g_assert_cmpuint (tautan_session_get_selected_entity (session), ==, kim);
  g_assert_false (tautan_session_get_selected_edge (session, NULL, NULL));

  tautan_session_select_edge (session, putin, kim);
  g_assert_cmpuint (notes, ==, 2);
  g_assert_true (tautan_session_get_selected_edge (session, &source, &target));
  g_assert_cmpuint (source, ==, putin);
  g_assert_cmpuint (target, ==, kim);
  tautan_session_get_selection (session, &selection);
  g_assert_cmpuint (selection.entity, ==, TAUTAN_NONE);

  tautan_session_clear_selection (session);
  g_assert_cmpuint (notes, ==, 3);
  g_assert_false (tautan_session_get_modified (session));
}

/* An edit, then undo to the saved state, then redo: each marks or clears
 * "modified" and fires its notifications once. */
static void
check_undo_redo (TautanSession *session,
                 void         (*check_before) (TautanSession *),
                 void         (*check_after) (TautanSession *))
{
  g_assert_true (tautan_session_get_modified (session));
  g_assert_true (tautan_session_get_can_undo (session));
  check_after (session);

  g_assert_true (tautan_session_undo (session));
  check_before (session);
  g_assert_false (tautan_session_get_modified (session));
  g_assert_true (tautan_session_get_can_redo (session));

  g_assert_true (tautan_session_redo (session));
  check_after (session);
  g_assert_true (tautan_session_get_modified (session));
  g_assert_false (tautan_session_get_can_redo (session));

  /* Back to where it was saved, for the next edit. */
  g_assert_true (tautan_session_undo (session));
  g_assert_false (tautan_session_get_modified (session));
}

static void
no_kinds_hidden (TautanSession *session)
{
  g_assert_cmpuint (tautan_session_get_hidden_kinds (session), ==, 0);
}

static void
states_hidden (TautanSession *session)
{
  g_assert_cmpuint (tautan_session_get_hidden_kinds (session), ==, 1u << TAUTAN_ENTITY_STATE);
  g_assert_true (tautan_session_get_kind_hidden (session, TAUTAN_ENTITY_STATE));
}

static void
no_types_hidden (TautanSession *session)
{
  g_auto(GStrv) types = tautan_session_dup_hidden_types (session);

  g_assert_cmpuint (g_strv_length (types), ==, 0);
  g_assert_false (tautan_session_get_type_hidden (session, 2));
}

static void
type_2_hidden (TautanSession *session)
{
  TautanTaxonomy *taxonomy = tautan_dataset_get_taxonomy (tautan_session_get_dataset (session));
  g_auto(GStrv) types = tautan_session_dup_hidden_types (session);

  g_assert_cmpuint (g_strv_length (types), ==, 1);
  g_assert_cmpstr (types[0], ==, tautan_taxonomy_get_event_type (taxonomy, 2)->id);
  g_assert_true (tautan_session_get_type_hidden (session, 2));
}

static void
kim_free (TautanSession *session)
{
  g_assert_false (tautan_session_get_pinned (session, entity (session, "kim-jong-un")));
}

static void
kim_pinned (TautanSession *session)
{
  TautanPoint p = position_of (session, entity (session, "kim-jong-un"));

  g_assert_true (tautan_session_get_pinned (session, entity (session, "kim-jong-un")));
  g_assert_cmpfloat (p.x, ==, 7);
  g_assert_cmpfloat (p.y, ==, -3);
}

static void
three_views (TautanSession *session)
{
  g_autofree char *names = tautan_test_view_names (session);
  g_assert_cmpstr (names, ==, "V1,V2,V3");
}

static void
v3_moved_first (TautanSession *session)
{
  g_autofree char *names = tautan_test_view_names (session);
  g_assert_cmpstr (names, ==, "V3,V1,V2");
}

static void
v2_removed (TautanSession *session)
{
  g_autofree char *names = tautan_test_view_names (session);
  g_assert_cmpstr (names, ==, "V1,V3");
}

static void
v3_renamed (TautanSession *session)
{
  g_autofree char *names = tautan_test_view_names (session);
  g_assert_cmpstr (names, ==, "V1,V2,Treaty");
}

static void
v4_added (TautanSession *session)
{
  g_autofree char *names = tautan_test_view_names (session);
  g_assert_cmpstr (names, ==, "V1,V2,V3,V4");
}

static void
test_every_edit_undoable (void)
{
  g_autoptr(TautanDataset) dataset = bundled ();
  g_autoptr(TautanSession) session = tautan_session_new (dataset);
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "edits", NULL);
  g_autofree char *path = g_build_filename (dir, "edits.tautan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  guint kim = entity (session, "kim-jong-un");

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);

  /* Three views to start from, saved: the saved state. */
  add_views (session, 3);
  g_assert_true (tautan_session_save (session, file, &error));
  g_assert_no_error (error);
  g_assert_false (tautan_session_get_modified (session));
  g_assert_true (g_file_equal (tautan_session_get_file (session), file));

  tautan_session_set_kind_hidden (session, TAUTAN_ENTITY_STATE, TRUE);
  check_undo_redo (session, no_kinds_hidden, states_hidden);

  tautan_session_set_type_hidden (session, 2, TRUE);
  check_undo_redo (session, no_types_hidden, type_2_hidden);

  tautan_session_move_node (session, kim, (TautanPoint) { 7, -3 });
  check_undo_redo (session, kim_free, kim_pinned);

  tautan_session_move_view (session, 2, 0);
  check_undo_redo (session, three_views, v3_moved_first);

  tautan_session_remove_view (session, 1);
  check_undo_redo (session, three_views, v2_removed);

  tautan_session_rename_view (session, 2, "Treaty");
  check_undo_redo (session, three_views, v3_renamed);

  {
    g_autoptr(TautanSavedView) view = tautan_session_capture_view (session, "V4");
    tautan_session_add_view (session, view);
  }
  check_undo_redo (session, three_views, v4_added);

  /* Edits that change nothing are not steps. */
  tautan_session_set_kind_hidden (session, TAUTAN_ENTITY_STATE, FALSE);
  tautan_session_rename_view (session, 0, "V1");
  tautan_session_rename_view (session, 0, "");
  tautan_session_move_view (session, 1, 1);
  tautan_session_unpin_all (session);
  g_assert_false (tautan_session_get_modified (session));
}

static void
test_unpin_all_after_save (void)
{
  g_autoptr(TautanDataset) dataset = bundled ();
  g_autoptr(TautanSession) session = tautan_session_new (dataset);
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "unpin.tautan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  guint kim = entity (session, "kim-jong-un");
  guint putin = entity (session, "vladimir-putin");
  guint positions_changed = 0;

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  tautan_session_move_node (session, kim, (TautanPoint) { 1, 2 });
  tautan_session_move_node (session, putin, (TautanPoint) { 3, 4 });
  g_assert_true (tautan_session_save (session, file, &error));
  g_assert_false (tautan_session_get_modified (session));

  g_signal_connect (session, "positions-changed", G_CALLBACK (count_signal), &positions_changed);
  tautan_session_unpin_all (session);
  g_assert_cmpuint (positions_changed, ==, 1);
  g_assert_false (tautan_session_get_pinned (session, kim));
  g_assert_false (tautan_session_get_pinned (session, putin));
  g_assert_true (tautan_session_get_modified (session));

  /* One step for both, back where they were pinned. */
  g_assert_true (tautan_session_undo (session));
  g_assert_cmpuint (positions_changed, ==, 2);
  g_assert_true (tautan_session_get_pinned (session, kim));
  g_assert_true (tautan_session_get_pinned (session, putin));
  g_assert_cmpfloat (position_of (session, putin).x, ==, 3);
  g_assert_false (tautan_session_get_modified (session));
}

static void
test_drag_is_one_step (void)
{
  g_autoptr(TautanDataset) dataset = bundled ();
  g_autoptr(TautanSession) session = tautan_session_new (dataset);
  guint kim = entity (session, "kim-jong-un");
  TautanPoint start = position_of (session, kim);
  TautanPoint p;

  tautan_session_begin_edit (session);
  for (int i = 1; i <= 20; i++)
    tautan_session_move_node (session, kim, (TautanPoint) { start.x + i, start.y - i });
  /* Half a gesture cannot be undone. */
  g_assert_false (tautan_session_undo (session));
  tautan_session_end_edit (session);

  g_assert_cmpuint (_tautan_session_get_n_undo (session), ==, 1);
  g_assert_true (tautan_session_get_modified (session));
  g_assert_true (tautan_session_undo (session));
  g_assert_false (tautan_session_get_pinned (session, kim));
  p = position_of (session, kim);
  g_assert_cmpfloat (p.x, ==, start.x);
  g_assert_cmpfloat (p.y, ==, start.y);
  g_assert_true (tautan_session_redo (session));
  p = position_of (session, kim);
  g_assert_cmpfloat (p.x, ==, start.x + 20);
  g_assert_true (tautan_session_get_pinned (session, kim));

  /* An empty gesture (a click) leaves no step. */
  tautan_session_begin_edit (session);
  tautan_session_end_edit (session);
  g_assert_cmpuint (_tautan_session_get_n_undo (session), ==, 1);
}

/* In a layout at rest, dragging a node takes only its neighbourhood a
 * little way, and undo and redo give back each arrangement exactly (the
 * report: Russia went from above Kim to below him, and undo made a third
 * picture). */
static void
test_drag_at_rest (void)
{
  g_autoptr(TautanDataset) dataset = bundled ();
  g_autoptr(TautanSession) session = tautan_session_new (dataset);
  TautanLayout *layout = tautan_session_get_layout (session);
  guint n = tautan_layout_get_n_nodes (layout);
  guint choe = entity (session, "choe-son-hui");
  guint kim = entity (session, "kim-jong-un");
  guint russia = entity (session, "russia");
  g_autofree TautanPoint *before = g_new (TautanPoint, n);
  g_autofree TautanPoint *after = g_new (TautanPoint, n);
  g_autofree TautanPoint *now = g_new (TautanPoint, n);
  float x0, y0, x1, y1;
  double step, moved = 0;
  TautanPoint to;

  for (guint i = 0; i < 5000 && !tautan_layout_is_settled (layout); i++)
    tautan_layout_step (layout, 1);
  g_assert_true (tautan_layout_is_settled (layout));
  tautan_layout_get_positions (layout, before);
  tautan_layout_get_bounds (layout, &x0, &y0, &x1, &y1);

  /* A tenth of the picture's width, in a few motions, as a hand does. */
  step = (x1 - x0) / 10;
  tautan_session_begin_edit (session);
  for (int i = 1; i <= 4; i++)
    {
      to = (TautanPoint) { before[choe].x + step * i / 4, before[choe].y + step * i / 4 };
      tautan_session_move_node (session, choe, to);
    }
  tautan_session_end_edit (session);

  tautan_layout_get_positions (layout, after);
  g_assert_cmpfloat (after[choe].x, ==, (float)to.x);
  g_assert_cmpfloat (after[choe].y, ==, (float)to.y);
  for (guint i = 0; i < n; i++)
    if (i != choe)
      moved = MAX (moved, hypot (after[i].x - before[i].x, after[i].y - before[i].y));
  g_test_message ("dragged %.3f, the others moved at most %.3f", step * G_SQRT2, moved);
  g_assert_cmpfloat (moved, <, step * G_SQRT2 / 2);
  g_assert_true ((after[russia].y < after[kim].y) == (before[russia].y < before[kim].y));
  g_assert_true ((after[russia].x < after[kim].x) == (before[russia].x < before[kim].x));

  g_assert_true (tautan_session_undo (session));
  tautan_layout_get_positions (layout, now);
  g_assert_cmpmem (now, n * sizeof *now, before, n * sizeof *before);
  g_assert_false (tautan_session_get_pinned (session, choe));
  g_assert_true (tautan_layout_is_settled (layout));

  g_assert_true (tautan_session_redo (session));
  tautan_layout_get_positions (layout, now);
  g_assert_cmpmem (now, n * sizeof *now, after, n * sizeof *after);
  g_assert_true (tautan_session_get_pinned (session, choe));
}

static void
test_history_limit (void)
{
  g_autoptr(TautanDataset) dataset = bundled ();
  g_autoptr(TautanSession) session = tautan_session_new (dataset);
  guint undone = 0;

  /* 151 edits, each toggling places: the last one hides them. */
  for (guint i = 0; i <= 150; i++)
    tautan_session_set_kind_hidden (session, TAUTAN_ENTITY_PLACE, i % 2 == 0);
  g_assert_true (tautan_session_get_kind_hidden (session, TAUTAN_ENTITY_PLACE));
  while (tautan_session_undo (session))
    undone++;
  g_assert_cmpuint (undone, ==, 100);
  /* The oldest steps were dropped: the saved state cannot be reached;
   * this is the state after the 51st edit. */
  g_assert_true (tautan_session_get_modified (session));
  g_assert_true (tautan_session_get_kind_hidden (session, TAUTAN_ENTITY_PLACE));
}

static void
test_apply_view (void)
{
  g_autoptr(TautanDataset) dataset = bundled ();
  g_autoptr(TautanSession) session = tautan_session_new (dataset);
  g_autoptr(TautanSavedView) view = NULL;
  g_autoptr(TautanSavedView) ghost = tautan_saved_view_new ("Gone");
  TautanTimeSpan june = { tautan_day_from_ymd (2024, 6, 1), tautan_day_from_ymd (2024, 6, 30) };
  TautanTimeSpan got;
  guint kim = entity (session, "kim-jong-un");
  guint applied = 0;

  tautan_session_set_span (session, &june);
  tautan_session_select_entity (session, kim);
  view = tautan_session_capture_view (session, "June");
  g_assert_cmpstr (tautan_saved_view_get_entity (view), ==, "kim-jong-un");

  got = tautan_dataset_get_span (dataset);
  tautan_session_set_span (session, &got);
  tautan_session_clear_selection (session);
  g_signal_connect (session, "view-applied", G_CALLBACK (count_signal), &applied);
  tautan_session_apply_view (session, view);
  got = tautan_session_get_span (session);
  g_assert_true (tautan_time_span_equal (&got, &june));
  g_assert_cmpuint (tautan_session_get_selected_entity (session), ==, kim);
  g_assert_cmpuint (applied, ==, 1);

  /* Ids the dataset does not have select nothing. */
  tautan_saved_view_set_window (ghost, &june, TRUE);
  tautan_saved_view_select_entity (ghost, "no-such-actor");
  tautan_session_apply_view (session, ghost);
  g_assert_cmpuint (tautan_session_get_selected_entity (session), ==, TAUTAN_NONE);
  g_assert_true (tautan_session_get_cumulative (session));
  g_assert_false (tautan_session_get_modified (session));
}

/* A session on the bundled dataset, another to open its saves in, and a
 * workspace file (named by the test's data) in the isolated data folder. */
typedef struct
{
  TautanDataset *dataset;
  TautanSession *session;
  TautanSession *reopened;
  GFile         *file;
} Reopen;

static void
reopen_setup (Reopen        *f,
              gconstpointer  name)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), name, NULL);

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  f->dataset = bundled ();
  f->session = tautan_session_new (f->dataset);
  f->reopened = tautan_session_new (f->dataset);
  f->file = g_file_new_for_path (path);
}

static void
reopen_teardown (Reopen        *f,
                 gconstpointer  name)
{
  g_clear_object (&f->file);
  g_clear_object (&f->reopened);
  g_clear_object (&f->session);
  g_clear_object (&f->dataset);
}

static void
test_round_trip (Reopen        *f,
                 gconstpointer  data)
{
  g_autoptr(TautanWorkspace) loaded = NULL;
  g_autoptr(TautanWorkspace) first = NULL;
  g_autoptr(TautanWorkspace) second = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  guint lavrov = entity (f->session, "sergei-lavrov");
  guint kim = entity (f->session, "kim-jong-un");

  tautan_session_set_kind_hidden (f->session, TAUTAN_ENTITY_PLACE, TRUE);
  tautan_session_set_type_hidden (f->session, 1, TRUE);
  tautan_session_move_node (f->session, lavrov, (TautanPoint) { -4.5f, 2.25f });
  tautan_session_select_edge (f->session, lavrov, kim);
  add_views (f->session, 2);
  tautan_session_rename_view (f->session, 1, "Lavrov and Kim");
  g_assert_true (tautan_session_save (f->session, f->file, &error));
  g_assert_no_error (error);

  loaded = tautan_workspace_load (f->file, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_equal (tautan_session_check_workspace (loaded, &error), tautan_dataset_get_file (f->dataset)));
  tautan_session_apply_workspace (f->reopened, loaded);

  g_assert_false (tautan_session_get_modified (f->reopened));
  g_assert_false (tautan_session_get_can_undo (f->reopened));
  g_assert_true (g_file_equal (tautan_session_get_file (f->reopened), f->file));
  g_assert_true (tautan_session_get_kind_hidden (f->reopened, TAUTAN_ENTITY_PLACE));
  g_assert_true (tautan_session_get_type_hidden (f->reopened, 1));
  g_assert_true (tautan_session_get_pinned (f->reopened, lavrov));
  g_assert_false (tautan_session_get_pinned (f->reopened, kim));
  g_assert_cmpfloat (position_of (f->reopened, lavrov).x, ==, -4.5f);

  /* The same document either way. */
  first = tautan_session_to_workspace (f->session);
  second = tautan_session_to_workspace (f->reopened);
  a = tautan_workspace_to_json (first, NULL);
  b = tautan_workspace_to_json (second, NULL);
  g_assert_cmpstr (a, ==, b);
  {
    g_autofree char *names = tautan_test_view_names (f->reopened);
    g_assert_cmpstr (names, ==, "V1,Lavrov and Kim");
  }
}

/* Reopening shows the picture that was saved: every node where the
 * workspace had it, pinned or not, and the layout at rest there, so it
 * does not move them (a user saw actors swap places on reopening). */
static void
test_positions_stay (Reopen        *f,
                     gconstpointer  data)
{
  TautanLayout *layout = tautan_session_get_layout (f->session);
  TautanLayout *reopened = tautan_session_get_layout (f->reopened);
  guint n = tautan_layout_get_n_nodes (layout);
  g_autofree TautanPoint *saved = g_new (TautanPoint, n);
  g_autofree TautanPoint *shown = g_new (TautanPoint, n);
  g_autoptr(TautanWorkspace) loaded = NULL;
  g_autoptr(GError) error = NULL;

  /* Halfway through settling: positions no fresh layout would reach. */
  tautan_layout_step (layout, 40);
  tautan_layout_get_positions (layout, saved);
  g_assert_true (tautan_session_save (f->session, f->file, &error));
  g_assert_no_error (error);

  loaded = tautan_workspace_load (f->file, &error);
  g_assert_no_error (error);
  tautan_session_apply_workspace (f->reopened, loaded);
  g_assert_true (tautan_layout_is_settled (reopened));
  tautan_layout_start (reopened);
  tautan_layout_stop (reopened);
  tautan_layout_get_positions (reopened, shown);
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpfloat_with_epsilon (shown[i].x, saved[i].x, 1e-4);
      g_assert_cmpfloat_with_epsilon (shown[i].y, saved[i].y, 1e-4);
      g_assert_false (tautan_session_get_pinned (f->reopened, i));
    }
}

/* Positions of actors the dataset no longer has, and hidden types its
 * taxonomy does not know, come back on save. */
static void
test_keeps_what_cannot_apply (void)
{
  g_autoptr(TautanDataset) dataset = bundled ();
  g_autoptr(TautanSession) session = tautan_session_new (dataset);
  g_autoptr(TautanWorkspace) workspace = tautan_workspace_new ();
  g_autoptr(TautanWorkspace) saved = NULL;
  const char *types[] = { "no-such-type", "another-unknown", NULL };
  g_auto(GStrv) hidden = NULL;
  gboolean found = FALSE;

  tautan_workspace_set_dataset_file (workspace, tautan_dataset_get_file (dataset));
  tautan_workspace_add_position (workspace, "kim-jong-un", (TautanPoint) { 1, 1 }, TRUE);
  tautan_workspace_add_position (workspace, "left-the-dataset", (TautanPoint) { 5, 6 }, TRUE);
  tautan_workspace_set_hidden_types (workspace, types);
  tautan_session_apply_workspace (session, workspace);
  g_assert_cmpuint (tautan_session_get_n_kept_positions (session), ==, 1);

  /* An edit in between does not lose them. */
  tautan_session_set_kind_hidden (session, TAUTAN_ENTITY_PERSON, TRUE);
  saved = tautan_session_to_workspace (session);
  for (guint i = 0; i < tautan_workspace_get_n_positions (saved); i++)
    {
      TautanPoint p;
      gboolean pinned;
      const char *id = tautan_workspace_get_position (saved, i, &p, &pinned);

      if (g_str_equal (id, "left-the-dataset"))
        {
          found = TRUE;
          g_assert_cmpfloat (p.x, ==, 5);
          g_assert_cmpfloat (p.y, ==, 6);
          g_assert_true (pinned);
        }
    }
  g_assert_true (found);
  g_assert_cmpuint (tautan_workspace_get_n_positions (saved), ==, tautan_dataset_get_n_entities (dataset) + 1);
  hidden = g_strdupv ((char **)tautan_workspace_get_hidden_types (saved));
  g_assert_cmpuint (g_strv_length (hidden), ==, 2);
  g_assert_cmpstr (hidden[0], ==, "another-unknown");
  g_assert_cmpstr (hidden[1], ==, "no-such-type");
}

/* A taxonomy of 100 event types: hiding the 80th works, and survives a
 * round trip (a 64-bit mask could not hold it). */
static void
test_many_types (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "minimal.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanDataset) dataset = NULL;
  g_autoptr(TautanSession) session = NULL;
  g_autoptr(TautanSession) reopened = NULL;
  g_autoptr(TautanWorkspace) workspace = NULL;
  g_autofree char *json = NULL;
  JsonObject *root, *taxonomy;
  JsonArray *types;
  TautanTaxonomy *tax;
  int t80;

  g_assert_true (json_parser_load_from_file (parser, path, &error));
  root = json_node_get_object (json_parser_get_root (parser));
  taxonomy = json_object_new ();
  types = json_array_new ();
  for (guint i = 0; i < 100; i++)
    {
      JsonObject *type = json_object_new ();
      JsonArray *cameo = json_array_new ();
      g_autofree char *id = g_strdup_printf ("extra-%u", i);

      json_object_set_string_member (type, "id", id);
      json_object_set_string_member (type, "label", "Extra");
      json_array_add_string_element (cameo, "010");
      json_object_set_array_member (type, "cameo", cameo);
      json_object_set_null_member (type, "plover");
      json_object_set_string_member (type, "plover_note", "test");
      json_object_set_string_member (type, "quad_class", "verbal-cooperation");
      json_object_set_string_member (type, "color", "#123456");
      json_array_add_object_element (types, type);
    }
  json_object_set_array_member (taxonomy, "event_types", types);
  json_object_set_object_member (root, "taxonomy", taxonomy);
  json_generator_set_root (generator, json_parser_get_root (parser));
  json = json_generator_to_data (generator, NULL);

  dataset = tautan_dataset_load_data (json, strlen (json), "many-types.json", NULL, NULL, &error);
  g_assert_no_error (error);
  tax = tautan_dataset_get_taxonomy (dataset);
  g_assert_cmpuint (tautan_taxonomy_get_n_types (tax), >=, 100);
  t80 = tautan_taxonomy_lookup (tax, "extra-80");
  g_assert_cmpint (t80, >=, 64);

  session = tautan_session_new (dataset);
  tautan_session_set_type_hidden (session, (guint)t80, TRUE);
  g_assert_true (tautan_session_get_type_hidden (session, (guint)t80));
  g_assert_false (tautan_session_get_type_hidden (session, (guint)t80 - 1));

  workspace = tautan_session_to_workspace (session);
  reopened = tautan_session_new (dataset);
  tautan_session_apply_workspace (reopened, workspace);
  g_assert_true (tautan_session_get_type_hidden (reopened, (guint)t80));
  g_assert_true (tautan_session_undo (session));
  g_assert_false (tautan_session_get_type_hidden (session, (guint)t80));
}

static void
test_check_workspace (void)
{
  g_autoptr(TautanWorkspace) none = tautan_workspace_new ();
  g_autoptr(TautanWorkspace) nested = NULL;
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "outer.tautan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) inner = g_file_new_for_path ("/somewhere/inner.tautan");
  g_autoptr(GError) error = NULL;

  g_assert_null (tautan_session_check_workspace (none, &error));
  g_assert_error (error, TAUTAN_SESSION_ERROR, TAUTAN_SESSION_ERROR_NO_DATASET);
  g_clear_error (&error);

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  nested = tautan_workspace_new ();
  tautan_workspace_set_dataset_file (nested, inner);
  g_assert_true (tautan_workspace_save (nested, file, &error));
  g_assert_null (tautan_session_check_workspace (nested, &error));
  g_assert_error (error, TAUTAN_SESSION_ERROR, TAUTAN_SESSION_ERROR_NESTED_WORKSPACE);
  g_assert_cmpstr (error->message, ==,
                   "outer.tautan: $.dataset: names the workspace “inner.tautan”, not a dataset; "
                   "a workspace names the dataset (.json) it analyses");
  g_clear_error (&error);

  /* Itself, by any name. */
  tautan_workspace_set_dataset_file (nested, file);
  g_assert_null (tautan_session_check_workspace (nested, &error));
  g_assert_error (error, TAUTAN_SESSION_ERROR, TAUTAN_SESSION_ERROR_NESTED_WORKSPACE);
}

static void
test_many_views (void)
{
  g_autoptr(TautanDataset) dataset = bundled ();
  g_autoptr(TautanSession) session = tautan_session_new (dataset);
  g_autoptr(TautanWorkspace) workspace = tautan_workspace_new ();
  g_autoptr(TautanWorkspace) saved = NULL;
  GListStore *views = tautan_workspace_get_views (workspace);
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < 100000; i++)
    {
      g_autofree char *name = g_strdup_printf ("View %u", i);
      g_ptr_array_add (all, tautan_saved_view_new (name));
    }
  g_list_store_splice (views, 0, 0, all->pdata, all->len);
  tautan_workspace_set_dataset_file (workspace, tautan_dataset_get_file (dataset));
  tautan_session_apply_workspace (session, workspace);
  g_assert_cmpuint (g_list_model_get_n_items (tautan_session_get_views (session)), ==, 100000);

  /* Moving the last view up a row touches two rows, not all of them. */
  tautan_session_move_view (session, 99999, 99998);
  {
    g_autoptr(TautanSavedView) moved = g_list_model_get_item (tautan_session_get_views (session), 99998);
    g_assert_cmpstr (tautan_saved_view_get_name (moved), ==, "View 99999");
  }
  g_assert_true (tautan_session_undo (session));
  saved = tautan_session_to_workspace (session);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tautan_workspace_get_views (saved))), ==, 100000);
}

/* The composed filter: an undoable edit, saved and loaded with the
 * workspace; a workspace without one (older) loads with none, and
 * members this version does not know are written back. */
static void
test_filter (void)
{
  g_autoptr(TautanDataset) dataset = bundled ();
  g_autoptr(TautanSession) session = tautan_session_new (dataset);
  g_autoptr(TautanSession) reopened = tautan_session_new (dataset);
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "filter.tautan", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(TautanFilter) empty = tautan_filter_new ();
  const char *claimed[] = { "claimed", NULL };
  g_autoptr(TautanFilter) by_status = tautan_filter_with_values (empty, TAUTAN_FILTER_STATUS, claimed);
  g_autoptr(TautanFilter) filter = tautan_filter_with_state_media (by_status, TAUTAN_STATE_MEDIA_ONLY);
  g_autoptr(TautanWorkspace) loaded = NULL;
  g_autoptr(TautanWorkspace) old = NULL;
  g_autoptr(TautanWorkspace) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *words = NULL;
  guint notified = 0;
  const char *old_document =
    "{ \"format\": \"tautan-workspace\", \"version\": 1, \"dataset\": { \"uri\": \"file:///d.json\" },"
    "  \"hidden_kinds\": [], \"future\": { \"x\": [1, 2] }, \"views\": [] }";

  g_assert_true (tautan_filter_is_empty (tautan_session_get_filter (session)));
  g_signal_connect (session, "notify::filter", G_CALLBACK (count_notify), &notified);
  tautan_session_set_filter (session, filter);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_true (tautan_filter_equal (tautan_session_get_filter (session), filter));
  g_assert_true (tautan_session_get_modified (session));
  /* The same filter again is no edit. */
  tautan_session_set_filter (session, filter);
  g_assert_cmpuint (_tautan_session_get_n_undo (session), ==, 1);

  g_assert_true (tautan_session_undo (session));
  g_assert_true (tautan_filter_is_empty (tautan_session_get_filter (session)));
  g_assert_cmpuint (notified, ==, 2);
  g_assert_false (tautan_session_get_modified (session));
  g_assert_true (tautan_session_redo (session));
  g_assert_true (tautan_filter_equal (tautan_session_get_filter (session), filter));

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  g_assert_true (tautan_session_save (session, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &json, NULL, NULL));
  g_assert_nonnull (strstr (json, "\"filters\""));
  g_assert_nonnull (strstr (json, "\"claimed\""));
  loaded = tautan_workspace_load (file, &error);
  g_assert_no_error (error);
  tautan_session_apply_workspace (reopened, loaded);
  g_assert_true (tautan_filter_equal (tautan_session_get_filter (reopened), filter));
  g_assert_false (tautan_session_get_can_undo (reopened));
  words = tautan_filter_to_string (tautan_session_get_filter (reopened));
  g_assert_cmpstr (words, ==, "Only: state media; status claimed");

  /* An older workspace: no filter; an unknown member comes back. */
  old = tautan_workspace_load_data (old_document, strlen (old_document), "old.tautan", NULL, &error);
  g_assert_no_error (error);
  tautan_session_apply_workspace (reopened, old);
  g_assert_true (tautan_filter_is_empty (tautan_session_get_filter (reopened)));
  saved = tautan_session_to_workspace (reopened);
  g_clear_pointer (&json, g_free);
  json = tautan_workspace_to_json (saved, NULL);
  g_assert_nonnull (strstr (json, "\"future\""));
  g_assert_null (strstr (json, "\"filters\""));
}

/* Comparing two periods is part of the analysis: an edit, undone and
 * redone, marking the session modified; a view saved meanwhile carries
 * it and going to the view compares again (one step to undo); the
 * workspace keeps it. */
static void
test_comparison (Reopen        *f,
                 gconstpointer  data)
{
  g_autoptr(TautanSavedView) treaty = NULL;
  g_autoptr(TautanSavedView) plain = NULL;
  g_autoptr(TautanWorkspace) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanComparison) value = NULL;
  TautanTimeSpan before = { tautan_day_from_ymd (2023, 6, 19), tautan_day_from_ymd (2024, 6, 18) };
  TautanTimeSpan after = { tautan_day_from_ymd (2024, 6, 19), tautan_day_from_ymd (2025, 6, 18) };
  TautanTimeSpan other = { tautan_day_from_ymd (2022, 1, 1), tautan_day_from_ymd (2022, 12, 31) };
  TautanTimeSpan b, a;
  guint notified = 0;

  g_assert_false (tautan_session_get_comparison (f->session, &b, &a));
  g_object_get (f->session, "comparison", &value, NULL);
  g_assert_null (value);
  g_signal_connect (f->session, "notify::comparison", G_CALLBACK (count_notify), &notified);

  plain = tautan_session_capture_view (f->session, "Plain");
  g_assert_false (tautan_saved_view_get_comparison (plain, NULL, NULL));

  tautan_session_set_comparison (f->session, &before, &after);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_true (tautan_session_get_comparison (f->session, &b, &a));
  g_assert_true (tautan_time_span_equal (&b, &before));
  g_assert_true (tautan_time_span_equal (&a, &after));
  g_object_get (f->session, "comparison", &value, NULL);
  g_assert_nonnull (value);
  g_assert_true (tautan_time_span_equal (&value->after, &after));
  g_assert_true (tautan_session_get_modified (f->session));
  g_assert_cmpuint (_tautan_session_get_n_undo (f->session), ==, 1);
  /* The same periods again are no edit. */
  tautan_session_set_comparison (f->session, &before, &after);
  g_assert_cmpuint (_tautan_session_get_n_undo (f->session), ==, 1);
  g_assert_cmpuint (notified, ==, 1);

  g_assert_true (tautan_session_undo (f->session));
  g_assert_false (tautan_session_get_comparison (f->session, NULL, NULL));
  g_assert_false (tautan_session_get_modified (f->session));
  g_assert_cmpuint (notified, ==, 2);
  g_assert_true (tautan_session_redo (f->session));
  g_assert_true (tautan_session_get_comparison (f->session, &b, NULL));
  g_assert_true (tautan_time_span_equal (&b, &before));
  g_assert_true (tautan_session_get_modified (f->session));

  /* A view captured now compares; saved, the f->session is unmodified. */
  treaty = tautan_session_capture_view (f->session, "Treaty");
  g_assert_true (tautan_saved_view_get_comparison (treaty, &b, &a));
  g_assert_true (tautan_time_span_equal (&b, &before));
  g_assert_true (tautan_time_span_equal (&a, &after));
  tautan_session_add_view (f->session, treaty);
  g_assert_true (tautan_session_save (f->session, f->file, &error));
  g_assert_no_error (error);
  g_assert_false (tautan_session_get_modified (f->session));

  /* Stopping is an edit too. */
  tautan_session_clear_comparison (f->session);
  g_assert_false (tautan_session_get_comparison (f->session, NULL, NULL));
  g_assert_true (tautan_session_get_modified (f->session));
  g_assert_true (tautan_session_undo (f->session));
  g_assert_true (tautan_session_get_comparison (f->session, NULL, NULL));
  g_assert_false (tautan_session_get_modified (f->session));

  /* Another comparison, then the view: its periods again, in one step. */
  tautan_session_set_comparison (f->session, &other, &after);
  tautan_session_set_rollup (f->session, TRUE);
  tautan_session_apply_view (f->session, treaty);
  g_assert_true (tautan_session_get_comparison (f->session, &b, NULL));
  g_assert_true (tautan_time_span_equal (&b, &before));
  g_assert_false (tautan_session_get_rollup (f->session));
  g_assert_true (tautan_session_undo (f->session));
  g_assert_true (tautan_session_get_comparison (f->session, &b, NULL));
  g_assert_true (tautan_time_span_equal (&b, &other));
  g_assert_true (tautan_session_get_rollup (f->session));
  /* A view that compares nothing stops comparing. */
  tautan_session_apply_view (f->session, plain);
  g_assert_false (tautan_session_get_comparison (f->session, NULL, NULL));
  g_assert_true (tautan_session_undo (f->session));
  g_assert_true (tautan_session_undo (f->session));
  g_assert_true (tautan_session_undo (f->session));
  g_assert_false (tautan_session_get_modified (f->session));

  /* The workspace brings the comparison and the view's back. */
  loaded = tautan_workspace_load (f->file, &error);
  g_assert_no_error (error);
  tautan_session_apply_workspace (f->reopened, loaded);
  g_assert_false (tautan_session_get_modified (f->reopened));
  g_assert_true (tautan_session_get_comparison (f->reopened, &b, &a));
  g_assert_true (tautan_time_span_equal (&b, &before));
  g_assert_true (tautan_time_span_equal (&a, &after));
  {
    g_autoptr(TautanSavedView) view = g_list_model_get_item (tautan_session_get_views (f->reopened), 0);

    g_assert_true (tautan_saved_view_equal (view, treaty));
    g_assert_true (tautan_saved_view_get_comparison (view, NULL, &a));
    g_assert_true (tautan_time_span_equal (&a, &after));
  }
}


/* Events of every precision (a day, a week, a month, a year, a range of
 * up to 400 days) among a few actors: windows clip many edges' dates. */
static TautanDataset *
random_dataset (guint32 seed)
{
  static const char *types[] = { "statement", "support", "meet", "accuse", "sanction", "attack" };
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GString) json = g_string_new ("{\"format\":\"tautan-dataset\",\"version\":1,");
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) error = NULL;
  TautanDay base = tautan_day_from_ymd (2020, 1, 1);
  TautanDataset *dataset;

  g_string_append (json, "\"sources\":[{\"id\":\"s\",\"outlet\":\"o\",\"title\":\"t\",\"language\":\"en\","
                         "\"published\":\"2024-01-01\",\"origin\":\"own\",\"state_media\":false,\"text\":\"x\"}],"
                         "\"entities\":[");
  for (guint i = 0; i < 40; i++)
    g_string_append_printf (json, "%s{\"id\":\"n%u\",\"name\":\"N%u\",\"kind\":\"state\"}", i ? "," : "", i, i);
  g_string_append (json, "],\"events\":[");
  for (guint i = 0; i < 2000; i++)
    {
      TautanDay start = base + g_rand_int_range (rand, 0, 1500), end;
      const char *precision = tautan_test_random_date (rand, 8, &start, &end);
      char from[11], to[11];

      tautan_day_format_buf (start, from);
      tautan_day_format_buf (end, to);
      g_string_append_printf (json, "%s{\"id\":\"e%u\",\"type\":\"%s\",\"date\":{\"start\":\"%s\",\"end\":\"%s\","
                              "\"precision\":\"%s\"},\"date_basis\":{\"method\":\"stated\",\"words\":\"w\"},"
                              "\"actors\":[\"n%u\"],\"targets\":[\"n%u\"],\"summary\":\"x\",\"sources\":[\"s\"],"
                              "\"status\":\"reported\"}",
                              i ? "," : "", i, types[g_rand_int_range (rand, 0, G_N_ELEMENTS (types))], from, to,
                              precision, g_rand_int_range (rand, 0, 40), g_rand_int_range (rand, 0, 40));
    }
  g_string_append (json, "],\"quotes\":[]}");

  dataset = tautan_dataset_load_data (json->str, json->len, "random.json", NULL, &diagnostics, &error);
  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  return dataset;
}

/* The session's slice against tautan_slice_new() of the same window. */
static void
assert_slice_fresh (TautanSession *session)
{
  TautanSlice *a = tautan_session_get_slice (session);
  TautanTimeSpan span = tautan_session_get_span (session);
  g_autoptr(TautanSlice) b = tautan_slice_new (tautan_session_get_dataset (session), &span,
                                               tautan_session_get_cumulative (session));

  g_assert_true (tautan_slice_get_dataset (a) == tautan_session_get_dataset (session));
  tautan_test_assert_slices_equal (a, b);
}

/* A slider's life through the session: steps both ways, handles dragged,
 * pages, jumps (some outside the data), mode switches; and a curation
 * edit, undone and redone, between moves. Every step the session's slice
 * is the one tautan_slice_new() gives, and it comes from the session's
 * cursor, which follows the span (and the dataset) instead of answering
 * each window afresh. */
static void
slice_follows (TautanDataset *dataset,
               const char    *merge_into,
               const char    *merge_from)
{
  g_autoptr(TautanSession) session = tautan_session_new (dataset);
  g_autoptr(GRand) rand = g_rand_new_with_seed (14);
  guint n_steps = 0;
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanDataset) merged = NULL;
  TautanTimeSpan all = tautan_dataset_get_span (dataset);
  TautanTimeSpan span = { all.from + (all.to - all.from) / 2, all.from + (all.to - all.from) / 2 + 89 };
  TautanSliceCursor *cursor;

  tautan_session_set_span (session, &span);
  assert_slice_fresh (session);
  /* The first window is answered afresh, without the cursor. */
  g_assert_null (_tautan_session_get_cursor (session));

  for (guint i = 0; i < 400; i++)
    {
      TautanTimeSpan got, moved;
      gint32 step;

      switch (g_rand_int_range (rand, 0, 10))
        {
        case 0:   /* a jump anywhere, sometimes outside the data */
          span.from = all.from - 60 + g_rand_int_range (rand, 0, all.to - all.from + 120);
          span.to = span.from + g_rand_int_range (rand, 0, 800);
          break;
        case 1:
          tautan_session_set_cumulative (session, !tautan_session_get_cumulative (session));
          break;
        case 2:   /* one handle */
          step = g_rand_int_range (rand, -40, 41);
          if (g_rand_boolean (rand))
            span.from = MIN (span.from + step, span.to);
          else
            span.to = MAX (span.to + step, span.from);
          break;
        case 3:   /* a page */
          step = (span.to - span.from + 1) * (g_rand_boolean (rand) ? 1 : -1);
          span.from += step;
          span.to += step;
          break;
        default:  /* arrow steps, forwards and back */
          step = g_rand_int_range (rand, -3, 4);
          span.from += step;
          span.to += step;
          break;
        }
      tautan_session_set_span (session, &span);
      span = tautan_session_get_span (session);

      /* Curation replaces the dataset: the cursor must not count the
       * old one's events. */
      if (i == 150)
        {
          merged = tautan_dataset_merge_entities (dataset, merge_into, merge_from, &error);
          g_assert_no_error (error);
          tautan_session_replace_dataset (session, merged);
        }
      else if (i == 250)
        g_assert_true (tautan_session_undo (session));
      else if (i == 300)
        g_assert_true (tautan_session_redo (session));
      /* A new dataset's first window is answered afresh too. */
      if (i == 150 || i == 250 || i == 300)
        g_assert_null (_tautan_session_get_cursor (session));

      assert_slice_fresh (session);
      /* Asked again unmoved, the same slice. */
      g_assert_true (tautan_session_get_slice (session) == tautan_session_get_slice (session));

      /* Small steps move the cursor and patch the slice before; a step
       * that replaces much of the window is answered afresh. */
      cursor = _tautan_session_get_cursor (session);
      if (cursor == NULL)
        continue;
      g_assert_true (tautan_slice_cursor_get_dataset (cursor) == tautan_session_get_dataset (session));
      got = tautan_slice_cursor_get_span (cursor);
      moved = tautan_slice_get_span (tautan_session_get_slice (session));
      n_steps += tautan_time_span_equal (&got, &moved) && _tautan_slice_cursor_get_route (cursor) == TAUTAN_SLICE_DELTA;
    }
  g_assert_cmpuint (n_steps, >, 30);
  /* Most steps are small, and patch whatever came before them (a jump,
   * a mode switch, a new dataset): 275 and 265 of 400 here. */
  g_assert_cmpuint (_tautan_session_get_slice_routes (session, TAUTAN_SESSION_SLICE_PATCHED), >, 200);
}

static void
test_slice_follows (void)
{
  g_autoptr(TautanDataset) dataset = bundled ();
  g_autoptr(TautanDataset) random = random_dataset (14);

  slice_follows (dataset, "north-korea", "kcna");
  slice_follows (random, "n1", "n2");
}

/* Small steps patch the slice before, whatever came between them: after
 * a jump or a mode switch answered afresh, the cursor is brought over
 * once, and the steps that follow patch again. */
static void
test_slice_after_jump (void)
{
  g_autoptr(TautanDataset) dataset = random_dataset (15);
  g_autoptr(TautanSession) session = tautan_session_new (dataset);
  TautanTimeSpan all = tautan_dataset_get_span (dataset);
  static const struct { gint32 from; gboolean cumulative; } jumps[] = {
    { 100, FALSE }, { 1200, FALSE }, { 400, FALSE }, { 700, TRUE }, { 300, TRUE }, { 900, FALSE },
  };
  guint fresh, patched, reseat;

  for (guint j = 0; j < G_N_ELEMENTS (jumps); j++)
    {
      TautanTimeSpan span = { all.from + jumps[j].from, all.from + jumps[j].from + 119 };

      tautan_session_set_cumulative (session, jumps[j].cumulative);
      tautan_session_set_span (session, &span);
      fresh = _tautan_session_get_slice_routes (session, TAUTAN_SESSION_SLICE_FRESH);
      patched = _tautan_session_get_slice_routes (session, TAUTAN_SESSION_SLICE_PATCHED);
      reseat = _tautan_session_get_slice_routes (session, TAUTAN_SESSION_SLICE_RESEAT);
      assert_slice_fresh (session);
      /* The jump (or the first window) itself is answered afresh. */
      g_assert_cmpuint (_tautan_session_get_slice_routes (session, TAUTAN_SESSION_SLICE_FRESH), ==, fresh + 1);
      g_assert_cmpuint (_tautan_session_get_slice_routes (session, TAUTAN_SESSION_SLICE_PATCHED), ==, patched);
      /* The first slice makes no cursor. */
      if (j == 0)
        g_assert_null (_tautan_session_get_cursor (session));

      for (guint i = 0; i < 12; i++)
        {
          span = tautan_session_get_span (session);
          span.from += i % 4 == 3 ? -1 : 2;
          span.to += i % 4 == 3 ? -1 : 2;
          tautan_session_set_span (session, &span);
          assert_slice_fresh (session);
        }
      /* Every step patched; the cursor was made or brought over once. */
      g_assert_cmpuint (_tautan_session_get_slice_routes (session, TAUTAN_SESSION_SLICE_FRESH), ==, fresh + 1);
      g_assert_cmpuint (_tautan_session_get_slice_routes (session, TAUTAN_SESSION_SLICE_PATCHED), ==, patched + 12);
      g_assert_cmpuint (_tautan_session_get_slice_routes (session, TAUTAN_SESSION_SLICE_RESEAT), ==, reseat + 1);
      g_assert_cmpuint (_tautan_session_get_slice_routes (session, TAUTAN_SESSION_SLICE_COPIED), ==, 0);
    }
}

static void
ask_slice_cb (TautanSession  *session,
              GParamSpec     *pspec,
              TautanSlice   **asked)
{
  g_set_object (asked, tautan_session_get_slice (session));
}

/* A listener to the span that asks for the slice gets the new window's,
 * and it is the one the session keeps: the canvas starts building the
 * window's scene as the span changes. */
static void
test_slice_on_span (void)
{
  g_autoptr(TautanDataset) dataset = random_dataset (16);
  g_autoptr(TautanSession) session = tautan_session_new (dataset);
  g_autoptr(TautanSlice) asked = NULL;
  TautanTimeSpan all = tautan_dataset_get_span (dataset);

  g_signal_connect (session, "notify::span", G_CALLBACK (ask_slice_cb), &asked);
  for (guint i = 0; i < 6; i++)
    {
      TautanTimeSpan span = { all.from + 100 + 40 * i, all.from + 300 + 40 * i + (i % 2) };
      TautanTimeSpan got;

      tautan_session_get_slice (session);
      tautan_session_set_span (session, &span);
      g_assert_nonnull (asked);
      got = tautan_slice_get_span (asked);
      g_assert_true (tautan_time_span_equal (&got, &span));
      g_assert_true (asked == tautan_session_get_slice (session));
      assert_slice_fresh (session);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/tautan/session/fresh", test_fresh);
  g_test_add_func ("/tautan/session/span", test_span);
  g_test_add_func ("/tautan/session/slice-follows", test_slice_follows);
  g_test_add_func ("/tautan/session/slice-after-jump", test_slice_after_jump);
  g_test_add_func ("/tautan/session/slice-on-span", test_slice_on_span);
  g_test_add_func ("/tautan/session/selection", test_selection);
  g_test_add_func ("/tautan/session/every-edit-undoable", test_every_edit_undoable);
  g_test_add_func ("/tautan/session/unpin-all-after-save", test_unpin_all_after_save);
  g_test_add_func ("/tautan/session/drag-is-one-step", test_drag_is_one_step);
  g_test_add_func ("/tautan/session/drag-at-rest", test_drag_at_rest);
  g_test_add_func ("/tautan/session/history-limit", test_history_limit);
  g_test_add_func ("/tautan/session/apply-view", test_apply_view);
  g_test_add ("/tautan/session/round-trip", Reopen, "round.tautan", reopen_setup, test_round_trip,
              reopen_teardown);
  g_test_add ("/tautan/session/positions-stay", Reopen, "positions.tautan", reopen_setup, test_positions_stay,
              reopen_teardown);
  g_test_add_func ("/tautan/session/keeps-what-cannot-apply", test_keeps_what_cannot_apply);
  g_test_add_func ("/tautan/session/many-types", test_many_types);
  g_test_add_func ("/tautan/session/check-workspace", test_check_workspace);
  g_test_add_func ("/tautan/session/many-views", test_many_views);
  g_test_add_func ("/tautan/session/filter", test_filter);
  g_test_add ("/tautan/session/comparison", Reopen, "compare.tautan", reopen_setup, test_comparison,
              reopen_teardown);

  return g_test_run ();
}
