/* tautan-entity-chooser.h: choosing an actor by typing its name or alias
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "tautan/tautan-dataset.h"

G_BEGIN_DECLS

#define TAUTAN_TYPE_ENTITY_CHOOSER (tautan_entity_chooser_get_type ())

G_DECLARE_FINAL_TYPE (TautanEntityChooser, tautan_entity_chooser, TAUTAN, ENTITY_CHOOSER, GtkWidget)

GtkWidget     *tautan_entity_chooser_new           (void);
TautanDataset *tautan_entity_chooser_get_dataset   (TautanEntityChooser *self);
void           tautan_entity_chooser_set_dataset   (TautanEntityChooser *self,
                                                    TautanDataset       *dataset);
/* The entity chosen (a dataset index), or TAUTAN_NONE. */
guint          tautan_entity_chooser_get_entity    (TautanEntityChooser *self);
void           tautan_entity_chooser_set_entity    (TautanEntityChooser *self,
                                                    guint                entity);
/* What the button says while no actor is chosen ("Any actor"), and
 * whether the list offers it as a choice. */
void           tautan_entity_chooser_set_none      (TautanEntityChooser *self,
                                                    const char          *label,
                                                    gboolean             choosable);
/* Choices not of the dataset (an article's own entities), offered
 * first; one chosen leaves the entity TAUTAN_NONE. */
int            tautan_entity_chooser_add_extra     (TautanEntityChooser *self,
                                                    const char          *name,
                                                    const char          *caption);
/* The extra chosen, or -1. */
int            tautan_entity_chooser_get_extra     (TautanEntityChooser *self);
void           tautan_entity_chooser_set_extra     (TautanEntityChooser *self,
                                                    int                  extra);
/* An entity never offered (the one being merged into another). */
void           tautan_entity_chooser_set_skip      (TautanEntityChooser *self,
                                                    guint                entity);
/* Opens the list with @text typed in its search (what a user does). */
void           tautan_entity_chooser_search        (TautanEntityChooser *self,
                                                    const char          *text);
/* The entities the list offers now, in order; TAUTAN_NONE for the none
 * row and for an extra. (transfer full) (element-type guint) */
GArray        *tautan_entity_chooser_dup_shown     (TautanEntityChooser *self);

G_END_DECLS
