/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define LECTERN_TYPE_PREFERENCES_DIALOG (lectern_preferences_dialog_get_type ())
G_DECLARE_FINAL_TYPE (LecternPreferencesDialog, lectern_preferences_dialog,
                      LECTERN, PREFERENCES_DIALOG, AdwPreferencesDialog)

/* A preferences dialog bound to the application's GSettings: present it
 * with adw_dialog_present(). */
LecternPreferencesDialog *lectern_preferences_dialog_new          (void);
GSettings                *lectern_preferences_dialog_get_settings (LecternPreferencesDialog *self);

G_END_DECLS
