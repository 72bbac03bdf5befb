/* tautan-application.h
 *
 * Copyright 2026 The Tautan authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define TAUTAN_TYPE_APPLICATION (tautan_application_get_type ())

G_DECLARE_FINAL_TYPE (TautanApplication, tautan_application, TAUTAN, APPLICATION, AdwApplication)

TautanApplication *tautan_application_new          (void);
GSettings         *tautan_application_get_settings (TautanApplication *self);

G_END_DECLS
