/* tautan-source-window.h: an article's text with a quote highlighted
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "tautan/tautan-dataset.h"

G_BEGIN_DECLS

#define TAUTAN_TYPE_SOURCE_WINDOW (tautan_source_window_get_type ())

G_DECLARE_FINAL_TYPE (TautanSourceWindow, tautan_source_window, TAUTAN, SOURCE_WINDOW, AdwWindow)

TautanSourceWindow *tautan_source_window_new                  (GtkWindow          *parent,
                                                               TautanDataset      *dataset,
                                                               guint               quote);
/* The text under the highlight: equals the quote. */
char               *tautan_source_window_get_highlighted_text (TautanSourceWindow *self);

void                tautan_source_window_select               (TautanSourceWindow *self,
                                                               guint               start,
                                                               guint               end);

G_END_DECLS
