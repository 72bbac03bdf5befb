/* tautan-render-filter-private.h: the active filters in words, for exports and briefings
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tautan/tautan-dataset.h"
#include "tautan/tautan-filter.h"
#include "tautan/tautan-taxonomy.h"

G_BEGIN_DECLS

/* A criterion's value as people read it, in the interface's language:
 * the taxonomy's label of an event type, the word for a status, an
 * attribution or an actor kind, a language's name; outlets and agencies
 * as they are named. */
const char *_tautan_render_filter_value_label (TautanDataset      *dataset,
                                               TautanFilterField   field,
                                               const char         *value);
/* What is filtered and hidden, in one line: “Filters: Event type:
 * Support, Meeting; Status: Confirmed · Hidden: Persons” (without the
 * lead “Filters: ” unless @lead); %NULL when every event shows.
 * @filter may be %NULL. Not cleaned for drawing. */
char       *_tautan_render_filter_describe    (TautanDataset        *dataset,
                                               const TautanFilter   *filter,
                                               guint32               hidden_kinds,
                                               const TautanTypeMask *hidden_types,
                                               gboolean              lead);

G_END_DECLS
