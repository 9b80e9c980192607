/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lectern-application.h"
#include "lectern-core.h"

G_BEGIN_DECLS

#define LECTERN_TYPE_WINDOW (lectern_window_get_type ())
G_DECLARE_FINAL_TYPE (LecternWindow, lectern_window, LECTERN, WINDOW, AdwApplicationWindow)

LecternWindow    *lectern_window_new               (LecternApplication *application);
void              lectern_window_set_accels        (GtkApplication     *application);
LecternPack      *lectern_window_get_pack          (LecternWindow      *self);
void              lectern_window_set_pack          (LecternWindow      *self,
                                                    LecternPack        *pack);
LecternSelection *lectern_window_get_selection     (LecternWindow      *self);
void              lectern_window_load_bundled      (LecternWindow      *self);
void              lectern_window_restore_last_pack (LecternWindow      *self);
/* Loads in a thread; an invalid pack shows its problems and leaves the
 * pack on screen as it is. */
void              lectern_window_open_file         (LecternWindow      *self,
                                                    GFile              *file);
void              lectern_window_add_toast         (LecternWindow      *self,
                                                    const char         *title);
gboolean          lectern_window_get_narrow        (LecternWindow      *self);

G_END_DECLS
