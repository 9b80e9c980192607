/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define LECTERN_TYPE_PREFERENCES_WINDOW (lectern_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (LecternPreferencesWindow, lectern_preferences_window,
                      LECTERN, PREFERENCES_WINDOW, AdwPreferencesWindow)

/* A preferences window bound to the application's GSettings, modal and
 * transient for @parent (may be NULL). */
LecternPreferencesWindow *lectern_preferences_window_new          (GtkWindow                *parent);
GSettings                *lectern_preferences_window_get_settings (LecternPreferencesWindow *self);

G_END_DECLS
