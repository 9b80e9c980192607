/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Headless commands: they need no display and return an exit status. */
int lectern_cli_validate (const char * const *files);

G_END_DECLS
