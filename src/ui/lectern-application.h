/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define LECTERN_TYPE_APPLICATION (lectern_application_get_type ())
G_DECLARE_FINAL_TYPE (LecternApplication, lectern_application, LECTERN, APPLICATION, AdwApplication)

/* Registers the UI resources, the custom widget types and the style sheets
 * (idempotent). Needs a display. */
void                lectern_ui_init              (void);
LecternApplication *lectern_application_new      (void);

G_END_DECLS
