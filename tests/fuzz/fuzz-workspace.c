/* fuzz-workspace.c: libFuzzer target for the workspace reader and writer
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "tautan/tautan-workspace.h"

#include "fuzz-common.h"

/* Any bytes: a workspace or one error that names the file, never a crash.
 * A workspace that loads saves to JSON that loads again, to the same
 * bytes. */
int
LLVMFuzzerTestOneInput (const guint8 *data,
                        gsize         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TautanWorkspace) workspace = NULL;
  g_autoptr(TautanWorkspace) again = NULL;
  g_autofree char *json = NULL;
  g_autofree char *json2 = NULL;

  workspace = tautan_workspace_load_data ((const char *)data, size, "fuzz.tautan", NULL, &error);
  if (workspace == NULL)
    {
      g_assert (error != NULL && g_str_has_prefix (error->message, "fuzz.tautan"));
      return 0;
    }
  g_assert (error == NULL);

  for (guint i = 0; i < tautan_workspace_get_n_positions (workspace); i++)
    {
      TautanPoint point;
      gboolean pinned;
      const char *entity = tautan_workspace_get_position (workspace, i, &point, &pinned);

      g_assert (entity != NULL && g_utf8_validate (entity, -1, NULL));
      g_assert (isfinite (point.x) && isfinite (point.y));
    }

  json = tautan_workspace_to_json (workspace, NULL);
  again = tautan_workspace_load_data (json, strlen (json), "saved.tautan", NULL, &error);
  if (again == NULL)
    g_error ("a saved workspace does not load: %s\n%s", error->message, json);
  json2 = tautan_workspace_to_json (again, NULL);
  g_assert_cmpstr (json, ==, json2);

  return 0;
}
