/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The checks on a pack's raw bytes (size and encoding), before the JSON
 * reader sees them. The message is the problem alone; @offset receives the
 * byte where it is, or G_MAXSIZE for the file as a whole. */
gboolean _lectern_pack_check_raw             (const char  *text,
                                              gsize        size,
                                              gsize       *offset,
                                              GError     **error);

/* Whether @text may hold a \uD800–\uDFFF escape, which the JSON reader may
 * decode to invalid UTF-8: only then do strings need checking one by one. */
gboolean _lectern_pack_has_surrogate_escapes (const char  *text,
                                              gsize        size);

G_END_DECLS
