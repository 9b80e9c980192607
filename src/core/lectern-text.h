/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char    *lectern_text_fold              (const char *text);
gboolean lectern_text_fold_contains     (const char *haystack_folded,
                                         const char *needle);
glong    lectern_text_byte_to_char      (const char *text,
                                         gsize       byte_offset);
gsize    lectern_text_char_to_byte      (const char *text,
                                         glong       char_offset);
char    *lectern_text_substring         (const char *text,
                                         glong       start,
                                         glong       end);
gboolean lectern_text_is_word_char      (gunichar    c);

G_END_DECLS
