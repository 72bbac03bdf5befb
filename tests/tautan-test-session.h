/* tautan-test-session.h: a session's state in words, for the tests that check it
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "tautan/tautan-session.h"

/* The session's saved views by name, in order, comma-separated. */
static inline char *
tautan_test_view_names (TautanSession *session)
{
  GListModel *views = tautan_session_get_views (session);
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (views); i++)
    {
      g_autoptr(TautanSavedView) view = g_list_model_get_item (views, i);

      g_string_append_printf (names, "%s%s", i ? "," : "", tautan_saved_view_get_name (view));
    }
  return g_string_free (names, FALSE);
}
