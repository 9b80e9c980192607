/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lectern-core.h"

G_BEGIN_DECLS

/* g_test_init + gtk/adw init + resources + style sheets; call first in main(). */
void         lectern_test_ui_init          (int    *argc,
                                            char ***argv);
/* The bundled pack (new reference). */
LecternPack *lectern_test_ui_load_bundled  (void);
/* Runs the main context until @condition (a gboolean at @flag) turns TRUE or
 * the timeout (in ms) expires; returns the flag. Uses no sleeps. */
gboolean     lectern_test_ui_wait_for      (gboolean *flag,
                                            guint     timeout_ms);
/* Iterates the main context until nothing is pending. */
void         lectern_test_ui_flush         (void);

G_END_DECLS
