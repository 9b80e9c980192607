/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* The About window (AdwAboutWindow under libadwaita 1.2, AdwAboutDialog
 * from 1.5 on), not yet shown. */
GtkWidget *lectern_about_new  (void);
/* Creates the About window and presents it over @parent (may be NULL). */
void       lectern_show_about (GtkWindow *parent);

G_END_DECLS
