/* tautan-test-chooser.h: picking an actor in a chooser as a user does
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "tautan/tautan-entity-chooser.h"

/* Types @text in @chooser's search and presses Enter, as a user picks an
 * actor with the keyboard: the best match is chosen. */
static inline void
tautan_test_choose_by_typing (gpointer    chooser,
                              const char *text)
{
  GObject *entry;

  g_assert_true (TAUTAN_IS_ENTITY_CHOOSER (chooser));
  entry = gtk_widget_get_template_child (GTK_WIDGET (chooser), TAUTAN_TYPE_ENTITY_CHOOSER, "search_entry");
  tautan_entity_chooser_search (TAUTAN_ENTITY_CHOOSER (chooser), text);
  g_signal_emit_by_name (entry, "activate");
}
