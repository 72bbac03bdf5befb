/* tautan-format-enums-private.h: the dataset format's enumerated members
 * that have no public enum, so glib-mkenums gives them nicks too
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A source's "origin": its own reporting, or relayed from an agency. */
typedef enum /*< prefix=TAUTAN_ORIGIN >*/
{
  TAUTAN_ORIGIN_OWN,
  TAUTAN_ORIGIN_RELAYED,
} TautanOrigin;

/* A quote's "attribution". */
typedef enum /*< prefix=TAUTAN_ATTRIBUTION >*/
{
  TAUTAN_ATTRIBUTION_UNCERTAIN,
  TAUTAN_ATTRIBUTION_CERTAIN,
} TautanAttribution;

G_END_DECLS
