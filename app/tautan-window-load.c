/* tautan-window-load.c
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "tautan-window"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "tautan/tautan-autosave.h"
#include "tautan/tautan-count.h"
#include "tautan/tautan-diagnostic.h"

#include "tautan-window-private.h"

/* Opening files in a window: datasets and workspaces are read on worker
 * threads, with progress, one load at a time. Each load has its own
 * cancellable; opening another file cancels it, and a result that comes
 * back after that is dropped. A load holds only a weak reference to its
 * window, so closing the window cancels the load and nothing of it is
 * shown or added to Recent. Also the Open Recent menu. */

/* How long a load waits for the window's first frame at most, should
 * no frame come (a window mapped but never drawn). */
#define FIRST_FRAME_WAIT_MS 300
/* The progress bar moves at most this often: the loader ticks every
 * 4,096 records, and each move is a frame of the main thread (about a
 * millisecond; 218 of them over a million events' load) on the two
 * cores the loader's threads want. A few moves a second show progress. */
#define PROGRESS_INTERVAL_US (200 * 1000)

/* How long a big dataset's layout waits for the graph's first frame at
 * most (see held_layout). */
#define HOLD_MAX_MS 3000

/* How many problems the error dialog lists before "… and N more". */
#define MAX_DIALOG_DIAGNOSTICS 200
#define MAX_RECENT 8

/* The open's milestones on the monotonic clock, for G_MESSAGES_DEBUG:
 * bench-gui prints them as a timeline. */
#define OPEN_MARK(what) g_debug ("open: %s at %.3f s", what, g_get_monotonic_time () / 1e6)

typedef struct _Prepare Prepare;

/* One open request: a dataset, or a workspace and then its dataset. */
typedef struct
{
  GWeakRef         window;
  GCancellable    *cancellable;
  GFile           *file;        /* what the user opened */
  GFile           *dataset;     /* what is being loaded */
  TautanWorkspace *workspace;   /* to apply once the dataset is loaded */
  TautanAutosaveOrphan *recovered;  /* (nullable) file is this autosave */
  Prepare         *prepare;     /* a big dataset's session, made beside the loader */
  gboolean         located;     /* the workspace's dataset, found elsewhere by the user */
} Load;

/* A big dataset's session is made on a thread of its own as soon as the
 * loader has built the dataset (dataset_ready_cb), while the loader
 * hashes and writes the rest of the binary cache, rather than after it:
 * on two cores the two overlap. The window shows it once both are done. */
struct _Prepare
{
  gboolean       started;    /* set on the loader's thread before it returns */
  gboolean       prepared;   /* the session's task returned */
  TautanSession *session;
  Load          *load;       /* loaded, waiting for the session */
};

/* Progress from the loader's thread, at most one idle at a time. */
typedef struct
{
  GWeakRef      window;
  GCancellable *cancellable;
  int           permille;
  int           pending;
  gint64        last;     /* when the loader's thread last sent one */
} Progress;

static guint n_loads;

static void load_free (Load *load);
static gboolean restoring_copy (Load *load);

static void
prepare_clear (gpointer data)
{
  Prepare *prepare = data;

  g_clear_object (&prepare->session);
  g_clear_pointer (&prepare->load, load_free);
}

static void
prepare_unref (gpointer data)
{
  g_atomic_rc_box_release_full (data, prepare_clear);
}

static void
load_free (Load *load)
{
  g_weak_ref_clear (&load->window);
  g_clear_object (&load->cancellable);
  g_clear_object (&load->file);
  g_clear_object (&load->dataset);
  g_clear_object (&load->workspace);
  g_clear_pointer (&load->recovered, tautan_autosave_orphan_free);
  g_clear_pointer (&load->prepare, prepare_unref);
  g_free (load);
  n_loads--;
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Load, load_free)

static void
progress_clear (gpointer data)
{
  Progress *progress = data;

  g_weak_ref_clear (&progress->window);
  g_clear_object (&progress->cancellable);
}

static void
progress_unref (gpointer data)
{
  g_atomic_rc_box_release_full (data, progress_clear);
}

static gboolean
progress_idle_cb (gpointer data)
{
  Progress *progress = data;
  g_autoptr(TautanWindow) self = g_weak_ref_get (&progress->window);

  g_atomic_int_set (&progress->pending, 0);
  /* Only the current load moves the bar. */
  if (self != NULL && self->load_cancellable == progress->cancellable)
    _tautan_window_set_progress (self, g_atomic_int_get (&progress->permille) / 1000.0);
  return G_SOURCE_REMOVE;
}

/* Called on the loader's thread: hop to the main context. */
static void
load_progress_cb (double   fraction,
                  gpointer user_data)
{
  Progress *progress = user_data;
  gint64 now = g_get_monotonic_time ();

  /* The loader calls from one thread at a time; the end always shows. */
  if (fraction < 1 && progress->last != 0 && now - progress->last < PROGRESS_INTERVAL_US)
    return;
  progress->last = now;
  g_atomic_int_set (&progress->permille, (int)(CLAMP (fraction, 0, 1) * 1000));
  if (g_atomic_int_compare_and_exchange (&progress->pending, 0, 1))
    g_main_context_invoke_full (NULL, G_PRIORITY_DEFAULT, progress_idle_cb,
                                g_atomic_rc_box_acquire (progress), progress_unref);
}

static int
dialog_max_height (TautanWindow *self)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (self));
  GdkMonitor *monitor = surface != NULL ? gdk_display_get_monitor_at_surface (gtk_widget_get_display (GTK_WIDGET (self)),
                                                                             surface)
                                        : NULL;
  GdkRectangle geometry = { 0, 0, 0, 768 };

  if (monitor != NULL)
    gdk_monitor_get_geometry (monitor, &geometry);
  /* The heading, the body and the button take about 250 pixels. */
  return MAX (320, geometry.height * 2 / 3 - 250);
}

/* What a file that is no dataset is, when its first bytes say it is one
 * of those Tautan imports or writes for other tools. */
typedef enum {
  FOREIGN_NONE,
  FOREIGN_GDELT,
  FOREIGN_ICEWS,
  FOREIGN_ARCHIVE,
  FOREIGN_GRAPH,
  FOREIGN_ARTICLES,
} Foreign;

static gboolean
name_ends (const char *name,
           const char *suffix)
{
  g_autofree char *folded = g_ascii_strdown (name, -1);

  return g_str_has_suffix (folded, suffix);
}

/* @database: (out): for event files and archives, which database's */
static Foreign
foreign_kind (GFile                *file,
              TautanImportDatabase *database)
{
  g_autofree char *name = g_file_get_basename (file);
  char head[4096];
  gsize len = 0;
  const char *text = head;

  if (name == NULL || !_tautan_window_read_head (file, (guint8 *)head, sizeof head, &len) || len == 0)
    return FOREIGN_NONE;
  /* GDELT's and ICEWS's files, also zipped: tautan_import_sniff() knows them */
  if (tautan_import_sniff ((const guint8 *)head, len, database))
    {
      if ((len >= 4 && memcmp (head, "PK\003\004", 4) == 0) || (len >= 2 && memcmp (head, "\037\213", 2) == 0))
        return FOREIGN_ARCHIVE;
      return *database == TAUTAN_IMPORT_ICEWS ? FOREIGN_ICEWS : FOREIGN_GDELT;
    }
  if (len >= 3 && memcmp (head, "\357\273\277", 3) == 0)
    text += 3, len -= 3;
  while (len > 0 && g_ascii_isspace (*text))
    text++, len--;
  if (len == 0 || memchr (text, '\0', len) != NULL)
    return FOREIGN_NONE;
  /* A dataset, maybe a broken one: its problems are what to show. A
   * .jsonl of articles starts alike. */
  if (*text == '{' || *text == '[')
    return name_ends (name, ".jsonl") ? FOREIGN_ARTICLES : FOREIGN_NONE;
  /* XML that is a graph (not any page or feed that starts with '<') */
  if (name_ends (name, ".gexf") || name_ends (name, ".graphml") || name_ends (name, ".gml") ||
      (*text == '<' && (g_strstr_len (text, len, "<gexf") != NULL || g_strstr_len (text, len, "<graphml") != NULL)))
    return FOREIGN_GRAPH;
  if (name_ends (name, ".txt"))
    return FOREIGN_ARTICLES;
  return FOREIGN_NONE;
}

static void
foreign_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     TautanWindow     *self)
{
  GFile *file = g_object_get_data (G_OBJECT (dialog), "tautan-file");
  Foreign kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "tautan-foreign"));

  if (g_strcmp0 (response, "import") != 0 || file == NULL)
    return;
  if (kind == FOREIGN_ARTICLES)
    _tautan_window_import_articles (self, &file, 1);
  else
    _tautan_window_import_events (self, &file, 1,
                                  GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "tautan-database")));
}

/* A GDELT export or an article is no broken dataset: "fix it" with a JSON
 * syntax error at 1:1 told users to repair a good file. Say what it is
 * and offer the import that takes it. */
static gboolean
show_foreign (TautanWindow     *self,
              AdwMessageDialog *dialog,
              GFile            *file)
{
  TautanImportDatabase database = TAUTAN_IMPORT_GDELT;
  Foreign kind = foreign_kind (file, &database);
  const char *body = NULL;
  const char *import = NULL;

  switch (kind)
    {
    case FOREIGN_GDELT:
      body = _("This is a GDELT event export, not a Tautan dataset. Import Events (Ctrl+I) makes a dataset of it.");
      import = _("_Import Events…");
      break;
    case FOREIGN_ICEWS:
      body = _("These are ICEWS events, not a Tautan dataset. Import Events (Ctrl+I) makes a dataset of them.");
      import = _("_Import Events…");
      break;
    case FOREIGN_ARCHIVE:
      body = _("This is an archive, not a Tautan dataset. GDELT publishes its exports zipped: "
               "Import Events (Ctrl+I) reads them as they are.");
      import = _("_Import Events…");
      break;
    case FOREIGN_GRAPH:
      body = _("This is a graph file (GEXF, GraphML or GML), not a Tautan dataset. Tautan writes these for "
               "Gephi and other tools, but does not open them.");
      break;
    case FOREIGN_ARTICLES:
      body = _("These look like news articles, not a Tautan dataset. Import Articles (Shift+Ctrl+A) "
               "finds their actors, events and quotes for review.");
      import = _("_Import Articles…");
      break;
    case FOREIGN_NONE:
    default:
      return FALSE;
    }
  adw_message_dialog_set_body (dialog, body);
  if (import != NULL)
    {
      adw_message_dialog_add_responses (dialog, "close", _("_Close"), "import", import, NULL);
      adw_message_dialog_set_response_appearance (dialog, "import", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (dialog, "import");
      adw_message_dialog_set_close_response (dialog, "close");
      g_object_set_data_full (G_OBJECT (dialog), "tautan-file", g_object_ref (file), g_object_unref);
      g_object_set_data (G_OBJECT (dialog), "tautan-foreign", GINT_TO_POINTER (kind));
      g_object_set_data (G_OBJECT (dialog), "tautan-database", GINT_TO_POINTER (database));
      g_signal_connect_object (dialog, "response", G_CALLBACK (foreign_response_cb), self, 0);
    }
  else
    adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

static void
show_problems (TautanWindow *self,
               GFile        *file,
               GPtrArray    *diagnostics,
               const GError *error)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *heading = g_strdup_printf (_("Could Not Open “%s”"), name);
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, NULL));

  if (diagnostics != NULL && diagnostics->len > 0 && show_foreign (self, dialog, file))
    return;
  if (diagnostics != NULL && diagnostics->len > 0)
    {
      g_autofree char *text = tautan_diagnostics_format (diagnostics, MAX_DIALOG_DIAGNOSTICS);
      GtkWidget *scroller = gtk_scrolled_window_new ();
      GtkWidget *label = gtk_label_new (text);

      adw_message_dialog_format_body (dialog,
                                      g_dngettext (NULL, "The file has %s problem. Nothing was loaded; "
                                                   "fix it and open the file again.",
                                                   "The file has %s problems. Nothing was loaded; "
                                                   "fix them and open the file again.", diagnostics->len),
                                      tautan_count_format (diagnostics->len));
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_yalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "diagnostics");
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), label);
      gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 80);
      /* As tall as the problems, up to most of the screen the window is on. */
      gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), dialog_max_height (self));
      gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
      adw_message_dialog_set_extra_child (dialog, scroller);
    }
  else
    adw_message_dialog_set_body (dialog, error ? error->message : _("Unknown error"));

  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_set_default_size (GTK_WINDOW (dialog), 640, -1);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The window of @load if @load is still the one it waits for. */
static TautanWindow *
current_window (Load *load)
{
  TautanWindow *self = g_weak_ref_get (&load->window);

  if (self != NULL && self->load_cancellable != load->cancellable)
    g_clear_object (&self);
  return self;
}

static void
end_loading (TautanWindow *self)
{
  g_clear_object (&self->load_cancellable);
  _tautan_window_set_loading (self, NULL);
}

static void
release_layout (TautanWindow *self)
{
  if (self->held_clock != NULL && self->held_frame_id != 0 &&
      g_signal_handler_is_connected (self->held_clock, self->held_frame_id))
    g_signal_handler_disconnect (self->held_clock, self->held_frame_id);
  self->held_frame_id = 0;
  g_clear_object (&self->held_clock);
  g_clear_handle_id (&self->held_id, g_source_remove);
  if (self->held_layout != NULL)
    tautan_layout_hold (self->held_layout, FALSE);
  g_clear_object (&self->held_layout);
}

static gboolean
held_enough_cb (gpointer data)
{
  TautanWindow *self = data;

  self->held_id = 0;
  release_layout (self);
  return G_SOURCE_REMOVE;
}

/* A frame that drew the graph's scene (not its "Drawing the graph…"
 * placeholder) lets the layout go. */
static void
graph_frame_cb (GdkFrameClock *clock,
                TautanWindow  *self)
{
  TautanGraphView *graph = self->graph_view;

  if (tautan_graph_view_has_scene (graph) &&
      tautan_graph_view_get_layout (graph) == self->held_layout)
    release_layout (self);
}

/* @session's layout was held while it was made: it starts once the
 * graph's first frame is drawn, or after HOLD_MAX_MS. The first
 * iterations (coarsening 100,000 entities) would otherwise share the two
 * cores with the first scene's build and that frame. */
static void
hold_layout_until_drawn (TautanWindow  *self,
                         TautanSession *session)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  release_layout (self);
  self->held_layout = g_object_ref (tautan_session_get_layout (session));
  if (clock != NULL)
    {
      self->held_clock = g_object_ref (clock);
      self->held_frame_id = g_signal_connect (clock, "after-paint", G_CALLBACK (graph_frame_cb), self);
    }
  self->held_id = g_timeout_add (HOLD_MAX_MS, held_enough_cb, self);
}

static void
show_dataset (TautanWindow    *self,
              Load            *load,
              TautanDataset   *dataset,
              TautanSession   *prepared)
{
  g_autoptr(TautanSession) session = prepared != NULL ? g_object_ref (prepared) : tautan_session_new (dataset);
  g_autofree char *uri = NULL;

  release_layout (self);

  if (load->workspace != NULL)
    tautan_session_apply_workspace (session, load->workspace);
  /* The workspace on disk still names the old place: modified until
   * saved, so closing asks and Save remembers where the dataset is. */
  if (load->located)
    tautan_session_mark_recovered (session, load->file, TRUE);
  if (load->recovered != NULL)
    {
      const TautanAutosaveOrphan *orphan = load->recovered;

      /* The work is the user's again: Save goes to their file, and the
       * autosave it came from gives way to this window's own. */
      tautan_session_mark_recovered (session, orphan->original, orphan->workspace_modified);
      /* The copy it was loaded from becomes this window's own before the
       * autosave sees the session, so the edits always have one. */
      if (orphan->dataset_copy != NULL)
        {
          tautan_session_mark_dataset_recovered (session, orphan->dataset_home, orphan->dataset_read_only);
          tautan_autosave_adopt_dataset_copy (_tautan_window_get_autosave (self), load->dataset,
                                              tautan_session_get_dataset (session));
        }
      _tautan_window_set_session (self, session);
      tautan_autosave_remove_orphan (load->file);
      _tautan_window_toast (self, _("Unsaved work restored"));
      return;
    }
  _tautan_window_set_session (self, session);

  uri = g_file_get_uri (load->file);
  if (!g_str_has_prefix (uri, "resource://"))
    gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
}

/* The session of a big dataset is made on the loader's side too: its
 * layout's springs and the slice of the whole span cost seconds at a
 * million events. Nothing else holds it yet, so no other thread reads
 * it meanwhile. */
#define PREPARE_EVENTS 50000

static void
prepare_session_thread (GTask        *task,
                        gpointer      source,
                        gpointer      task_data,
                        GCancellable *cancellable)
{
  g_autoptr(TautanSession) session = NULL;

  OPEN_MARK ("session's thread started");
  session = tautan_session_new (task_data);
  OPEN_MARK ("session's layout made");
  tautan_layout_hold (tautan_session_get_layout (session), TRUE);
  tautan_session_get_slice (session);
  OPEN_MARK ("session's slice made");
  g_task_return_pointer (task, g_steal_pointer (&session), g_object_unref);
}

/* The session of a big dataset is ready: show it. */
static void
show_prepared (Load          *load,
               TautanSession *session)
{
  g_autoptr(TautanWindow) self = current_window (load);

  /* Nobody else holds it: a dropped session's layout is freed, held or not. */
  if (self == NULL)
    return;
  if (g_cancellable_is_cancelled (load->cancellable))
    {
      end_loading (self);
      _tautan_window_toast (self, _("Opening cancelled"));
      return;
    }
  show_dataset (self, load, tautan_session_get_dataset (session), session);
  hold_layout_until_drawn (self, session);
  end_loading (self);
  OPEN_MARK ("session shown");
}

static void
session_prepared_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(Load) load = user_data;
  g_autoptr(TautanSession) session = g_task_propagate_pointer (G_TASK (result), NULL);

  show_prepared (load, session);
}

/* The session made beside the loader: shown if the dataset is loaded
 * too, else kept until it is. */
static void
session_made_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  Prepare *prepare = user_data;

  prepare->session = g_task_propagate_pointer (G_TASK (result), NULL);
  prepare->prepared = TRUE;
  if (prepare->load != NULL)
    {
      g_autoptr(Load) load = g_steal_pointer (&prepare->load);
      g_autoptr(TautanSession) session = g_steal_pointer (&prepare->session);

      show_prepared (load, session);
    }
  prepare_unref (prepare);
}

/* Called on the loader's thread once a dataset is built, before its
 * cache is written. Nothing else holds the dataset yet. */
static void
dataset_ready_cb (TautanDataset *dataset,
                  gpointer       user_data)
{
  Prepare *prepare = user_data;
  g_autoptr(GTask) task = NULL;

  if (tautan_dataset_get_n_events (dataset) < PREPARE_EVENTS)
    return;
  OPEN_MARK ("dataset built, cache to write");
  /* On the loader's thread no main context is pushed: the callback runs
   * in the default one, the window's. */
  task = g_task_new (NULL, NULL, session_made_cb, g_atomic_rc_box_acquire (prepare));
  g_task_set_source_tag (task, dataset_ready_cb);
  g_task_set_task_data (task, g_object_ref (dataset), g_object_unref);
  g_task_run_in_thread (task, prepare_session_thread);
  prepare->started = TRUE;
}

static void
dataset_loaded_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(Load) load = user_data;
  g_autoptr(TautanWindow) self = current_window (load);
  g_autoptr(GPtrArray) diagnostics = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanDataset) dataset = NULL;

  dataset = tautan_dataset_load_finish (result, &diagnostics, &error);
  OPEN_MARK ("loader returned");

  /* A window closed, or a newer load: this result is stale. */
  if (self == NULL)
    return;

  if (dataset == NULL)
    {
      end_loading (self);
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _tautan_window_toast (self, _("Opening cancelled"));
      else if (load->workspace != NULL && !restoring_copy (load) && !g_file_query_exists (load->dataset, NULL))
        _tautan_window_show_missing_dataset (self, load->file, load->workspace);
      else
        show_problems (self, load->dataset, diagnostics, error);
      return;
    }
  /* The session is being made already (dataset_ready_cb). */
  if (load->prepare->started)
    {
      Prepare *prepare = load->prepare;

      if (prepare->prepared)
        {
          g_autoptr(TautanSession) session = g_steal_pointer (&prepare->session);

          show_prepared (load, session);
        }
      else
        prepare->load = g_steal_pointer (&load);
      return;
    }
  if (tautan_dataset_get_n_events (dataset) >= PREPARE_EVENTS)
    {
      GCancellable *cancellable = load->cancellable;
      g_autoptr(GTask) task = g_task_new (NULL, cancellable, session_prepared_cb, g_steal_pointer (&load));

      g_task_set_source_tag (task, dataset_loaded_cb);
      g_task_set_task_data (task, g_steal_pointer (&dataset), g_object_unref);
      /* Its result is always wanted: a cancel is seen by the callback. */
      g_task_set_check_cancellable (task, FALSE);
      g_task_run_in_thread (task, prepare_session_thread);
      return;
    }
  /* Shown before the progress page goes, so the body turns from it
   * straight to the graph, never through "No Dataset Open" while the
   * title already names the dataset. */
  show_dataset (self, load, dataset, NULL);
  end_loading (self);
}

static Progress *
progress_new (TautanWindow *self)
{
  Progress *progress = g_atomic_rc_box_new0 (Progress);

  g_weak_ref_init (&progress->window, self);
  progress->cancellable = g_object_ref (self->load_cancellable);
  return progress;
}

/* Whether @load restores a dataset from its autosaved copy. */
static gboolean
restoring_copy (Load *load)
{
  return load->recovered != NULL && load->recovered->dataset_copy != NULL;
}

static void
start_loader (TautanWindow *self,
              Load         *load)
{
  g_clear_pointer (&load->prepare, prepare_unref);
  load->prepare = g_atomic_rc_box_new0 (Prepare);
  OPEN_MARK ("loader started");
  /* A restored copy is renamed once shown: a cache of it would be orphaned. */
  tautan_dataset_load_async_full (load->dataset, !restoring_copy (load), load->cancellable,
                                  load_progress_cb, progress_new (self), progress_unref,
                                  dataset_ready_cb, load->prepare, dataset_loaded_cb, load);
}

/* The load waiting for the first frame, no longer waiting. */
static Load *
steal_waiting (TautanWindow *self)
{
  g_clear_handle_id (&self->waiting_id, g_source_remove);
  return g_steal_pointer (&self->waiting_load);
}

static void
start_waiting (TautanWindow *self)
{
  Load *load = steal_waiting (self);

  if (load != NULL)
    start_loader (self, load);
}

static gboolean
waited_enough_cb (gpointer data)
{
  TautanWindow *self = data;

  self->waiting_id = 0;
  start_waiting (self);
  return G_SOURCE_REMOVE;
}

static void
stop_watching_frames (TautanWindow *self)
{
  /* The surface going may have taken the handler with it. */
  if (self->first_frame_clock != NULL && self->first_frame_id != 0 &&
      g_signal_handler_is_connected (self->first_frame_clock, self->first_frame_id))
    g_signal_handler_disconnect (self->first_frame_clock, self->first_frame_id);
  self->first_frame_id = 0;
  g_clear_object (&self->first_frame_clock);
}

static void
first_frame_cb (GdkFrameClock *clock,
                TautanWindow  *self)
{
  self->drawn = TRUE;
  OPEN_MARK ("window's first frame drawn");
  stop_watching_frames (self);
  start_waiting (self);
}

static void
map_cb (TautanWindow *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  if (self->drawn || self->first_frame_clock != NULL || clock == NULL)
    return;
  self->first_frame_clock = g_object_ref (clock);
  self->first_frame_id = g_signal_connect (clock, "after-paint", G_CALLBACK (first_frame_cb), self);
}

static void
load_dataset (TautanWindow *self,
              Load         *load)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_file_get_uri (load->dataset);

  /* The bundled dataset is small and in memory: no thread needed. */
  if (g_str_has_prefix (uri, "resource://"))
    {
      g_autoptr(Load) owned G_GNUC_UNUSED = load;
      g_autoptr(TautanDataset) dataset = tautan_dataset_load_resource (TAUTAN_BUNDLED_DATASET, &error);

      if (dataset != NULL)
        show_dataset (self, load, dataset, NULL);
      end_loading (self);
      if (dataset == NULL)
        show_problems (self, load->dataset, NULL, error);
      return;
    }

  /* The first frame of a window just shown comes first (see drawn). */
  if (self->first_frame_clock != NULL && !self->drawn)
    {
      g_assert (self->waiting_load == NULL);
      self->waiting_load = load;
      self->waiting_id = g_timeout_add (FIRST_FRAME_WAIT_MS, waited_enough_cb, self);
      return;
    }
  start_loader (self, load);
}

static void
read_workspace_thread (GTask        *task,
                       gpointer      source,
                       gpointer      task_data,
                       GCancellable *cancellable)
{
  GFile *file = task_data;
  GError *error = NULL;
  TautanWorkspace *workspace = tautan_workspace_load (file, &error);

  if (workspace == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, workspace, g_object_unref);
}

static void
workspace_read_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(Load) load = user_data;
  g_autoptr(TautanWindow) self = current_window (load);
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanWorkspace) workspace = g_task_propagate_pointer (G_TASK (result), &error);
  GFile *dataset;

  if (self == NULL)
    return;

  if (g_cancellable_is_cancelled (load->cancellable))
    {
      end_loading (self);
      _tautan_window_toast (self, _("Opening cancelled"));
      return;
    }
  /* A restore's dataset comes from its copy even when the workspace was
   * last written before the copy was named: the sidecar that says so is
   * written first, and a full disk (or a kill) may stop the workspace
   * after it. The copy has the latest edits. Named before the check: the
   * workspace of a dataset never saved (articles imported with none
   * open) names none, and its copy is all there is. */
  if (workspace != NULL && restoring_copy (load))
    tautan_workspace_set_dataset_file (workspace, load->recovered->dataset_copy);
  /* A workspace names a dataset, never another workspace. */
  if (workspace == NULL || (dataset = tautan_session_check_workspace (workspace, &error)) == NULL)
    {
      end_loading (self);
      show_problems (self, load->file, NULL, error);
      return;
    }

  load->dataset = g_object_ref (dataset);
  load->workspace = g_steal_pointer (&workspace);
  load_dataset (self, g_steal_pointer (&load));
}

/* A new load of @file, which replaces any older one. */
static Load *
begin_load (TautanWindow               *self,
            GFile                      *file,
            const TautanAutosaveOrphan *recovered)
{
  g_autofree char *name = g_file_get_basename (file);
  Load *load, *waiting;

  /* A newer request wins: the older one is cancelled and ignored (or
   * dropped, if it has not started). */
  waiting = steal_waiting (self);
  g_clear_pointer (&waiting, load_free);
  if (self->load_cancellable != NULL)
    g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_cancellable = g_cancellable_new ();
  _tautan_window_set_loading (self, name ? name : "");
  OPEN_MARK ("asked");

  load = g_new0 (Load, 1);
  n_loads++;
  g_weak_ref_init (&load->window, self);
  load->cancellable = g_object_ref (self->load_cancellable);
  load->file = g_object_ref (file);
  if (recovered != NULL)
    load->recovered = tautan_autosave_orphan_copy (recovered);
  return load;
}

static void
start_load (TautanWindow               *self,
            GFile                      *file,
            gboolean                    workspace,
            const TautanAutosaveOrphan *recovered)
{
  Load *load = begin_load (self, file, recovered);

  if (workspace)
    {
      g_autoptr(GTask) task = g_task_new (NULL, load->cancellable, workspace_read_cb, load);

      g_task_set_source_tag (task, start_load);
      g_task_set_task_data (task, g_object_ref (file), g_object_unref);
      g_task_run_in_thread (task, read_workspace_thread);
    }
  else
    {
      load->dataset = g_object_ref (file);
      load_dataset (self, load);
    }
}

/**
 * _tautan_window_dataset_located:
 * @file: the workspace
 * @workspace: what @file holds
 * @dataset: its dataset, where the user found it
 *
 * Opens the workspace whose dataset was missing with @dataset instead.
 */
void
_tautan_window_dataset_located (TautanWindow    *self,
                                GFile           *file,
                                TautanWorkspace *workspace,
                                GFile           *dataset)
{
  Load *load;

  g_return_if_fail (TAUTAN_IS_WINDOW (self));

  load = begin_load (self, file, NULL);
  tautan_workspace_set_dataset_file (workspace, dataset);
  load->dataset = g_object_ref (dataset);
  load->workspace = g_object_ref (workspace);
  load->located = TRUE;
  load_dataset (self, load);
}

/**
 * tautan_window_open:
 * @file: a dataset (.json) or a workspace (.tautan)
 *
 * Loads @file on a worker thread, with progress; the window stays
 * responsive and the load can be cancelled. A workspace opens its
 * dataset, with its positions, filters and views.
 */
void
tautan_window_open (TautanWindow *self,
                    GFile        *file)
{
  g_autofree char *name = NULL;

  g_return_if_fail (TAUTAN_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  name = g_file_get_basename (file);
  start_load (self, file, name != NULL && g_str_has_suffix (name, ".tautan"), NULL);
}

/**
 * tautan_window_restore:
 * @orphan: work autosaved by a Tautan that stopped unsaved
 *
 * Opens the autosaved work as the user left it: modified, and saved to
 * the user's workspace (or a new file) when they save; a dataset with
 * unsaved edits comes back from its copy, modified, and is saved where
 * it lived. The autosave is removed once the work is shown.
 */
void
tautan_window_restore (TautanWindow               *self,
                       const TautanAutosaveOrphan *orphan)
{
  g_return_if_fail (TAUTAN_IS_WINDOW (self));
  g_return_if_fail (orphan != NULL && G_IS_FILE (orphan->workspace));

  start_load (self, orphan->workspace, TRUE, orphan);
}

void
tautan_window_open_bundled (TautanWindow *self)
{
  g_autoptr(GFile) file = g_file_new_for_uri ("resource://" TAUTAN_BUNDLED_DATASET);

  g_return_if_fail (TAUTAN_IS_WINDOW (self));

  start_load (self, file, FALSE, NULL);
}

void
_tautan_window_cancel_load (TautanWindow *self)
{
  Load *waiting = steal_waiting (self);

  if (self->load_cancellable != NULL)
    g_cancellable_cancel (self->load_cancellable);
  /* Not started: it ends as a cancelled load does. */
  if (waiting != NULL)
    {
      load_free (waiting);
      end_loading (self);
      _tautan_window_toast (self, _("Opening cancelled"));
    }
}

void
_tautan_window_load_dispose (TautanWindow *self)
{
  Load *waiting = steal_waiting (self);

  g_clear_pointer (&waiting, load_free);
  stop_watching_frames (self);
  release_layout (self);
  _tautan_window_cancel_load (self);
  g_clear_object (&self->load_cancellable);
}

gboolean
_tautan_window_get_load_waiting (TautanWindow *self)
{
  g_return_val_if_fail (TAUTAN_IS_WINDOW (self), FALSE);
  return self->waiting_load != NULL;
}

guint
_tautan_window_get_n_loads (void)
{
  return n_loads;
}

GCancellable *
_tautan_window_get_load_cancellable (TautanWindow *self)
{
  g_return_val_if_fail (TAUTAN_IS_WINDOW (self), NULL);
  return self->load_cancellable;
}

static gboolean
drop_cb (TautanWindow *self,
         const GValue *value,
         double        x,
         double        y)
{
  if (G_VALUE_HOLDS (value, G_TYPE_FILE))
    {
      tautan_window_open (self, g_value_get_object (value));
      return TRUE;
    }
  return FALSE;
}

static int
compare_recent (gconstpointer a,
                gconstpointer b)
{
  GDateTime *x = gtk_recent_info_get_modified ((GtkRecentInfo *)a);
  GDateTime *y = gtk_recent_info_get_modified ((GtkRecentInfo *)b);

  return -g_date_time_compare (x, y);
}

/* Datasets and workspaces this app opened, newest first, that still exist. */
/* Two files of the same name are told apart by their folder. */
static char *
recent_label (GtkRecentInfo *info,
              GList         *all)
{
  const char *name = gtk_recent_info_get_display_name (info);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) parent = NULL;
  g_autofree char *folder = NULL;
  gboolean shared = FALSE;

  for (GList *l = all; l != NULL && !shared; l = l->next)
    shared = l->data != info && g_strcmp0 (gtk_recent_info_get_display_name (l->data), name) == 0;
  if (!shared)
    return g_strdup (name);

  file = g_file_new_for_uri (gtk_recent_info_get_uri (info));
  parent = g_file_get_parent (file);
  folder = parent != NULL ? g_file_get_parse_name (parent) : NULL;
  if (folder == NULL)
    return g_strdup (name);
  if (g_str_has_prefix (folder, g_get_home_dir ()) && folder[strlen (g_get_home_dir ())] == '/')
    {
      char *tilde = g_strconcat ("~", folder + strlen (g_get_home_dir ()), NULL);

      g_free (folder);
      folder = tilde;
    }
  /* TRANSLATORS: a recent file: its name, then the folder it is in */
  return g_strdup_printf (_("%s — %s"), name, folder);
}

void
_tautan_window_update_recent_menu (TautanWindow *self)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  guint n = 0;

  g_menu_remove_all (self->recent_menu);
  items = g_list_sort (items, compare_recent);
  for (GList *l = items; l != NULL && n < MAX_RECENT; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      g_autoptr(GMenuItem) item = NULL;
      g_autofree char *label = NULL;

      if (!gtk_recent_info_has_application (info, g_get_prgname ()) ||
          !(g_str_has_suffix (gtk_recent_info_get_uri (info), ".json") ||
            g_str_has_suffix (gtk_recent_info_get_uri (info), ".tautan")) ||
          (gtk_recent_info_is_local (info) && !gtk_recent_info_exists (info)))
        continue;

      label = recent_label (info, items);
      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target (item, "win.open-recent", "s", gtk_recent_info_get_uri (info));
      g_menu_append_item (self->recent_menu, item);
      n++;
    }
  g_list_free_full (items, (GDestroyNotify)gtk_recent_info_unref);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-recent", n > 0);
}

void
_tautan_window_load_init (TautanWindow *self)
{
  GtkDropTarget *target;

  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (_tautan_window_update_recent_menu), self, G_CONNECT_SWAPPED);
  _tautan_window_update_recent_menu (self);

  g_signal_connect (self, "map", G_CALLBACK (map_cb), NULL);
  /* Unmapped before its first frame: a waiting load has its timeout. */
  g_signal_connect (self, "unmap", G_CALLBACK (stop_watching_frames), NULL);

  target = gtk_drop_target_new (G_TYPE_FILE, GDK_ACTION_COPY);
  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}
