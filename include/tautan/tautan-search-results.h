/* tautan-search-results.h: the actors matching what is typed in the search
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "tautan/tautan-session.h"

G_BEGIN_DECLS

#define TAUTAN_TYPE_SEARCH_RESULTS (tautan_search_results_get_type ())

G_DECLARE_FINAL_TYPE (TautanSearchResults, tautan_search_results, TAUTAN, SEARCH_RESULTS, GtkWidget)

GtkWidget     *tautan_search_results_new         (void);
TautanSession *tautan_search_results_get_session (TautanSearchResults *self);
void           tautan_search_results_set_session (TautanSearchResults *self,
                                                  TautanSession       *session);
/* Lists the actors whose name or alias matches @text, best first. */
void           tautan_search_results_set_query   (TautanSearchResults *self,
                                                  const char          *text);
guint          tautan_search_results_get_n_hits  (TautanSearchResults *self);
/* The entity of hit @index, in the order shown. */
guint          tautan_search_results_get_hit     (TautanSearchResults *self,
                                                  guint                index);
/* Moves the highlighted hit by @delta (the arrow keys in the entry). */
void           tautan_search_results_move        (TautanSearchResults *self,
                                                  int                  delta);
/* Selects the highlighted hit (the first if none): centres it, moving
 * the period to its nearest event when it has none in the period, or
 * says in a toast that the filters hide it. Returns whether there was a
 * hit to choose. */
gboolean       tautan_search_results_activate    (TautanSearchResults *self);
/* Clears the filters that hide @entity, then selects and shows it. */
void           tautan_search_results_reveal      (TautanSearchResults *self,
                                                  guint                entity);
const char    *tautan_search_results_get_last_toast (TautanSearchResults *self);

G_END_DECLS
