/* tautan-json-writer.h: JSON text from a json-glib tree that our reader takes back
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

char *tautan_json_to_data (JsonNode *root,
                           gboolean  pretty,
                           gsize    *length);

G_END_DECLS
