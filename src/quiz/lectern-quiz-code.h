/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "lectern-quiz-options.h"

G_BEGIN_DECLS

/*
 * A quiz code is a short text such as "K7Q2-M9" that a teacher can read out:
 * the quiz options (seed, length, types) packed into bits, written in
 * Crockford's base 32 (no I, L, O, U; case and dashes ignored when read back)
 * with a final check character that catches any one mistyped character.
 */
char     *lectern_quiz_code_encode (const LecternQuizOptions *options);
gboolean  lectern_quiz_code_parse  (const char               *code,
                                    LecternQuizOptions       *options,
                                    GError                  **error);

G_END_DECLS
