/* tautan-test-window.h: what every test of the real window needs
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One application for the process, as in real life, and waiting on the
 * main loop for a condition (with a deadline only so a broken load fails
 * the test instead of hanging it). Include after tautan-test-home.h.
 */

#pragma once

#include <adwaita.h>

#include "tautan/tautan-application.h"
#include "tautan/tautan-window.h"

static TautanApplication *tautan_test_the_app;

static inline TautanApplication *
tautan_test_app (void)
{
  tautan_test_allow_gtk_noise ();
  if (tautan_test_the_app == NULL)
    {
      tautan_test_the_app = tautan_application_new ();
      g_application_set_flags (G_APPLICATION (tautan_test_the_app),
                               G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
      g_application_register (G_APPLICATION (tautan_test_the_app), NULL, NULL);
    }
  return tautan_test_the_app;
}

static inline void
tautan_test_app_clear (void)
{
  g_clear_object (&tautan_test_the_app);
}

static inline void
tautan_test_wait_for (gboolean (*cond) (gpointer),
                      gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + 120 * G_USEC_PER_SEC;

  tautan_test_allow_gtk_noise ();
  while (!cond (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
}

static inline void
tautan_test_iterate (void)
{
  tautan_test_allow_gtk_noise ();
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static inline gboolean
tautan_test_is_null (gpointer data)
{
  return *(gpointer *)data == NULL;
}

/* The last toplevel of @type (a dialog a window presented), or NULL. */
static inline gpointer
tautan_test_find_toplevel (GType type)
{
  gpointer found = NULL;

  for (GList *l = gtk_window_list_toplevels (); l; l = g_list_delete_link (l, l))
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type))
      found = l->data;
  return found;
}

/* The window must go: nothing it started may keep it alive. A frame
 * already scheduled may hold it until it is drawn, hence the wait. */
static inline void
tautan_test_destroy_window (GtkWindow *window)
{
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *)&window);
  gtk_window_destroy (window);
  tautan_test_iterate ();
  tautan_test_wait_for (tautan_test_is_null, &window);
}

/* A dataset shown, no load in flight. */
static inline gboolean
tautan_test_has_dataset (gpointer window)
{
  return tautan_window_get_dataset (window) != NULL && !tautan_window_get_loading (window);
}
