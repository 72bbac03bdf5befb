/* tautan-window-private.h: the window's parts, shared by its files
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tautan/tautan-autosave.h"
#include "tautan/tautan-entity-chooser.h"
#include "tautan/tautan-events-table.h"
#include "tautan/tautan-briefing-dialog.h"
#include "tautan/tautan-export-dialog.h"
#include "tautan/tautan-graph-view.h"
#include "tautan/tautan-import.h"
#include "tautan/tautan-legend.h"
#include "tautan/tautan-presentation.h"
#include "tautan/tautan-search-results.h"
#include "tautan/tautan-session.h"
#include "tautan/tautan-side-panel.h"
#include "tautan/tautan-timeline.h"
#include "tautan/tautan-view-list.h"
#include "tautan/tautan-window.h"

G_BEGIN_DECLS

struct _TautanWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template children */
  AdwWindowTitle       *window_title;
  AdwToastOverlay      *toast_overlay;
  AdwToastOverlay      *explorer_toasts;  /* over the graph, clear of the timeline */
  GtkStack             *stack;
  AdwStatusPage        *loading_page;
  GtkPaned             *paned;
  TautanGraphView      *graph_view;
  TautanTimeline       *timeline;
  TautanSidePanel      *side_panel;
  TautanLegend         *legend;
  TautanViewList       *view_list;
  TautanPresentation   *presentation;
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  TautanSearchResults  *search_results;
  GtkToggleButton      *search_button;
  GString              *search_typed;   /* typed before the entry was on screen */
  GtkWidget            *mode_box;
  GtkToggleButton      *cumulative_button;
  GtkToggleButton      *panel_button;
  GtkToggleButton      *events_button;
  TautanEventsTable    *events_table;
  GtkWidget            *legend_button;
  GtkWidget            *analysis_button;
  GtkWidget            *analysis_panel;
  GMenu                *recent_menu;
  GtkWidget            *views_button;
  GtkWidget            *export_button;
  GtkWidget            *header_bar;
  GtkInfoBar           *autosave_bar;
  GtkLabel             *autosave_bar_label;
  GtkButton            *autosave_bar_save;

  /* The analysis shown; the widgets bind to it. */
  TautanSession        *session;
  TautanAutosave       *autosave;             /* its unsaved work, for recovery */
  gboolean              autosave_failing;     /* the user was told; not again until it works */
  GBindingGroup        *session_bindings;
  GSignalGroup         *session_signals;

  /* Loading (tautan-window-load.c): one load at a time; a newer one
   * cancels the older, whose result is then ignored. */
  GCancellable         *load_cancellable;
  char                 *previous_page;
  double                progress;
  /* A load asked for before the window's first frame waits for it (or
   * for a short timeout): that frame is the heaviest the progress page
   * draws, and the loader's threads would take the cores it needs. */
  gboolean              drawn;
  GdkFrameClock        *first_frame_clock;
  gulong                first_frame_id;
  gpointer              waiting_load;
  guint                 waiting_id;
  /* A big dataset's layout waits (tautan_layout_hold()) until the graph's
   * first frame is drawn, so that frame's scene is built on free cores. */
  TautanLayout         *held_layout;
  GdkFrameClock        *held_clock;
  gulong                held_frame_id;
  guint                 held_id;
  /* A small image in cairo's shared-memory pool, so the pool (and its
   * pages, once a frame has touched them) stays: see keep_frame_buffers(). */
  cairo_surface_t      *frame_keeper;

  /* Exporting (tautan-window-export.c): pictures and briefings are
   * drawn on a worker thread, with the positions on screen. */
  GPtrArray            *exports;              /* GCancellable, one per export */
  TautanExportDialog   *export_dialog;        /* weak */
  GtkFileChooserNative *export_chooser;
  gboolean              export_briefing;
  TautanBriefingDialog *briefing_dialog;      /* weak */

  GtkFileChooserNative *open_chooser;
  GtkFileChooserNative *save_chooser;
  GtkFileChooserNative *articles_chooser;
  gboolean              close_after_save;
  gboolean              panel_was_visible;
  int                   restored_panel_width;  /* applied at the paned's first allocation; 0: done */

  /* Curation (tautan-window-curation.c) */
  GtkFileChooserNative *dataset_chooser;
  gboolean              close_after_dataset_save;
  gboolean              workspace_after_dataset;  /* the dataset chooser's Save goes on to the workspace's */
  GFile                *workspace_after_file;     /* (nullable) there, else a chooser asks */
  gboolean              close_after_workspace;
  gboolean              dataset_discarded;     /* on close: the user said so */
  GtkWidget            *edit_status;           /* shown while an edit runs on its thread */
  GtkRevealer          *analysis_status_revealer; /* gives way to a toast in its place */
  GListModel           *explorer_toast_children;  /* to tell when a toast shows */
  GtkSpinner           *edit_spinner;
  GtkLabel             *edit_label;
};

/* tautan-window.c */
TautanAutosave *_tautan_window_get_autosave (TautanWindow *self);
void     _tautan_window_set_loading        (TautanWindow  *self,
                                            const char    *name);
void     _tautan_window_set_progress       (TautanWindow  *self,
                                            double         progress);
void     _tautan_window_notify_exporting   (TautanWindow  *self);
void     _tautan_window_set_session        (TautanWindow  *self,
                                            TautanSession *session);
void     _tautan_window_update_actions     (TautanWindow  *self);
void     _tautan_window_search_done        (TautanWindow  *self);
void     _tautan_window_toast              (TautanWindow  *self,
                                            const char    *text);
void     _tautan_window_add_toast          (TautanWindow  *self,
                                            AdwToast      *toast);
/* A dialog: @heading says what failed, the body why. */
void     _tautan_window_show_error         (TautanWindow  *self,
                                            const char    *heading,
                                            const GError  *error);
gboolean _tautan_window_save               (TautanWindow  *self,
                                            GFile         *file);

/* tautan-briefing-dialog.c */
gboolean _tautan_briefing_dialog_get_drawing (void);

/* tautan-window-actions.c */
void     _tautan_window_class_actions_init (TautanWindowClass *klass);
GFile   *_tautan_window_get_work_folder    (TautanWindow  *self);
void     _tautan_window_start_chooser_beside_work (TautanWindow   *self,
                                                   GtkFileChooser *chooser);
void     _tautan_window_save_as            (TautanWindow  *self,
                                            gboolean       close_after);
gboolean _tautan_window_save_dataset_first (TautanWindow  *self,
                                            GFile         *file,
                                            gboolean       close_after);
void     _tautan_window_save_workspace_to  (TautanWindow  *self,
                                            GFile         *file,
                                            gboolean       close_after);
void     _tautan_window_actions_init       (TautanWindow  *self);
void     _tautan_window_import_articles    (TautanWindow  *self,
                                            GFile * const *files,
                                            guint          n_files);
guint    _tautan_window_drop_files         (TautanWindow  *self,
                                            GSList        *files);
typedef enum
{
  TAUTAN_OPEN_AS_DATASET,   /* a dataset or a workspace, to the loader */
  TAUTAN_OPEN_AS_ARTICLES,  /* news articles, to the review */
  TAUTAN_OPEN_AS_EVENTS,    /* GDELT or ICEWS files, to the import */
} TautanOpenAs;
TautanOpenAs _tautan_window_open_as        (GFile                *file,
                                            TautanImportDatabase *database);
gboolean _tautan_window_read_head          (GFile                *file,
                                            guint8               *head,
                                            gsize                 size,
                                            gsize                *length);
void     _tautan_window_import_events      (TautanWindow         *self,
                                            GFile * const        *files,
                                            guint                 n_files,
                                            TautanImportDatabase  database);

/* tautan-window-curation.c */
void     _tautan_window_class_curation_init (TautanWindowClass *klass);
void     _tautan_window_update_curation_actions (TautanWindow *self);
gboolean _tautan_window_save_dataset       (TautanWindow  *self,
                                            GFile         *file);
void     _tautan_window_save_dataset_as    (TautanWindow  *self,
                                            gboolean       close_after);
void     _tautan_window_dataset_chosen     (TautanWindow  *self,
                                            GFile         *file);
gboolean _tautan_window_ask_dataset_changes (TautanWindow *self);
/* An edit made on a worker thread: @dataset is the one shown when it
 * began; returns the edited dataset and says what was done in @done. */
typedef TautanDataset *(*TautanCurationEdit) (TautanDataset  *dataset,
                                              gpointer        data,
                                              char          **done,
                                              GError        **error);
/* Told, on the main thread, how the edit a dialog waits for ended:
 * @error is %NULL when it is made. */
typedef void (*TautanCurationFinished) (GObject      *waiting,
                                        const GError *error);

/* What an edit keeps of its dialog for the worker thread: copies, so the
 * dialog may go meanwhile. An edit's own struct starts with this header
 * and holds its strings through it; one free function serves them all. */
typedef struct
{
  GStringChunk *strings;
  GPtrArray    *vectors;
} TautanCurationCopies;

#define _tautan_curation_copies_new(Type) ((Type *)_tautan_curation_copies_alloc (sizeof (Type)))
gpointer            _tautan_curation_copies_alloc (gsize               size);
void                _tautan_curation_copies_free  (gpointer            copies);
const char         *_tautan_curation_copy         (gpointer            copies,
                                                   const char         *text);
const char * const *_tautan_curation_copy_strv    (gpointer            copies,
                                                   const char * const *strv);

TautanDataset    *_tautan_window_curation_dataset    (TautanWindow  *self);
gboolean          _tautan_window_curation_run        (TautanWindow       *self,
                                                      TautanCurationEdit  edit,
                                                      gpointer            data,
                                                      GDestroyNotify      free_data,
                                                      const char         *doing);
gboolean          _tautan_window_curation_run_for    (TautanWindow           *self,
                                                      TautanCurationEdit      edit,
                                                      gpointer                data,
                                                      GDestroyNotify          free_data,
                                                      const char             *doing,
                                                      GObject                *waiting,
                                                      TautanCurationFinished  finished);
gboolean          _tautan_window_curation_busy       (TautanWindow  *self);
void              _tautan_window_curation_failed     (TautanWindow  *self,
                                                      const GError  *error);
AdwMessageDialog *_tautan_window_curation_dialog     (TautanWindow  *self,
                                                      const char    *heading,
                                                      const char    *body,
                                                      const char    *apply_label);
TautanEntityChooser *_tautan_window_curation_entity_chooser (TautanDataset *ds,
                                                            const char    *none,
                                                            gboolean       none_choosable,
                                                            guint          skip,
                                                            guint          selected);
const char       *_tautan_window_curation_entity_id  (TautanDataset *ds,
                                                      guint          entity);
GtkWidget        *_tautan_window_curation_labelled   (const char    *label,
                                                      GtkWidget     *widget);

/* tautan-window-curation-forms.c: the actions' callbacks */
void     _tautan_window_edit_event_action   (GtkWidget  *widget,
                                             const char *action_name,
                                             GVariant   *param);
void     _tautan_window_create_event_action (GtkWidget  *widget,
                                             const char *action_name,
                                             GVariant   *param);
void     _tautan_window_edit_quote_action   (GtkWidget  *widget,
                                             const char *action_name,
                                             GVariant   *param);
void     _tautan_window_create_quote_action (GtkWidget  *widget,
                                             const char *action_name,
                                             GVariant   *param);

/* tautan-window-load.c */
void     _tautan_window_load_init          (TautanWindow  *self);
void     _tautan_window_dataset_located    (TautanWindow    *self,
                                            GFile           *file,
                                            TautanWorkspace *workspace,
                                            GFile           *dataset);
void     _tautan_window_load_dispose       (TautanWindow  *self);
void     _tautan_window_cancel_load        (TautanWindow  *self);
void     _tautan_window_update_recent_menu (TautanWindow  *self);
/* For tests: loads started by any window and not yet finished. */
guint    _tautan_window_get_n_loads        (void);
GCancellable *_tautan_window_get_load_cancellable (TautanWindow *self);
/* For tests: whether a load waits for the window's first frame. */
gboolean _tautan_window_get_load_waiting   (TautanWindow  *self);

/* tautan-window-missing.c */
void     _tautan_window_show_missing_dataset (TautanWindow    *self,
                                              GFile           *file,
                                              TautanWorkspace *workspace);

/* tautan-window-export.c */
void     _tautan_window_export_dispose     (TautanWindow  *self);
void     _tautan_window_choose_export_file (TautanWindow  *self,
                                            gboolean       briefing);
/* Draws the canvas as it is into @file on a worker thread, then toasts
 * or says what failed. */
void     _tautan_window_export_picture     (TautanWindow  *self,
                                            GFile         *file,
                                            const TautanExportOptions *options);
void     _tautan_window_export_interop     (TautanWindow  *self,
                                            GFile         *file,
                                            const TautanInteropOptions *options);
void     _tautan_window_export_briefing    (TautanWindow  *self,
                                            GFile         *file,
                                            const TautanBriefingOptions *options);
void     _tautan_window_copy_picture       (TautanWindow  *self);
/* For tests: whether an export is being drawn. */
gboolean _tautan_window_get_exporting      (TautanWindow  *self);

G_END_DECLS
