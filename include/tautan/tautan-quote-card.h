/* tautan-quote-card.h: one quote, who said it, where it was published
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "tautan/tautan-dataset.h"

G_BEGIN_DECLS

#define TAUTAN_TYPE_QUOTE_CARD (tautan_quote_card_get_type ())

G_DECLARE_FINAL_TYPE (TautanQuoteCard, tautan_quote_card, TAUTAN, QUOTE_CARD, GtkWidget)

GtkWidget     *tautan_quote_card_new         (void);
/* Properties "dataset" and "quote" (an index, TAUTAN_NONE for none). */
TautanDataset *tautan_quote_card_get_dataset (TautanQuoteCard *self);
guint          tautan_quote_card_get_quote   (TautanQuoteCard *self);
void           tautan_quote_card_set_quote   (TautanQuoteCard *self,
                                              TautanDataset   *dataset,
                                              guint            quote);
/* Property "callout": the large, narrow card of a presentation, without
 * buttons, instead of the evidence panel's. */
gboolean       tautan_quote_card_get_callout (TautanQuoteCard *self);
void           tautan_quote_card_set_callout (TautanQuoteCard *self,
                                              gboolean         callout);

G_END_DECLS
