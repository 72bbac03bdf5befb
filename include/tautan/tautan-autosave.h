/* tautan-autosave.h: unsaved work kept in the state folder, for recovery
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "tautan/tautan-session.h"

G_BEGIN_DECLS

/* Seconds between two writes of a modified session. */
#define TAUTAN_AUTOSAVE_INTERVAL 120

#define TAUTAN_TYPE_AUTOSAVE (tautan_autosave_get_type ())

G_DECLARE_FINAL_TYPE (TautanAutosave, tautan_autosave, TAUTAN, AUTOSAVE, GObject)

TautanAutosave *tautan_autosave_new                  (void);
void            tautan_autosave_set_session          (TautanAutosave  *self,
                                                      TautanSession   *session);
void            tautan_autosave_set_interval         (TautanAutosave  *self,
                                                      guint            seconds);
GFile          *tautan_autosave_get_file             (TautanAutosave  *self);
const GError   *tautan_autosave_get_error            (TautanAutosave  *self);
gboolean        tautan_autosave_get_dataset_failed   (TautanAutosave  *self);
gboolean        tautan_autosave_flush                (TautanAutosave  *self,
                                                      GError         **error);
void            tautan_autosave_discard              (TautanAutosave  *self);
void            tautan_autosave_discard_dataset      (TautanAutosave  *self);
void            tautan_autosave_adopt_dataset_copy   (TautanAutosave  *self,
                                                      GFile           *copy,
                                                      TautanDataset   *dataset);

/* Recovery: the autosaves of Tautan processes that are gone. */
typedef struct
{
  GFile     *workspace;   /* the autosaved workspace */
  GFile     *original;    /* (nullable) the user's workspace it belongs to */
  char      *title;       /* what the user knew it as */
  GDateTime *saved;       /* when it was autosaved */
  GFile     *dataset;     /* (nullable) the dataset's file, when it has one on disk */
  gboolean   workspace_modified;  /* or only the dataset had unsaved edits */
  GFile     *dataset_copy;        /* (nullable) the dataset with unsaved edits */
  GFile     *dataset_home;        /* (nullable) where that dataset lived: any URI, or none if never saved */
  gboolean   dataset_read_only;   /* whether dataset_home may not be written */
} TautanAutosaveOrphan;

TautanAutosaveOrphan *tautan_autosave_orphan_copy    (const TautanAutosaveOrphan *orphan);
void            tautan_autosave_orphan_free          (TautanAutosaveOrphan *orphan);
GPtrArray      *tautan_autosave_find_orphans         (void);
GPtrArray      *tautan_autosave_describe_orphans     (GPtrArray      *orphans,
                                                      guint           max);
void            tautan_autosave_remove_orphan        (GFile          *workspace);
void            tautan_autosave_sweep                (void);

/* Writes every session's latest state on SIGSEGV, SIGBUS, SIGILL, SIGFPE
 * and SIGABRT, then lets the signal do what it did before. */
void            tautan_autosave_install_crash_handler (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TautanAutosaveOrphan, tautan_autosave_orphan_free)

G_END_DECLS
