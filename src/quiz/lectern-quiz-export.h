/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "lectern-core.h"
#include "lectern-quiz-options.h"

G_BEGIN_DECLS

/*
 * The quiz for @pack and @options as JSON text (what `lectern --export-quiz`
 * prints):
 *
 *   {"pack", "seed", "code", "types",
 *    "questions": [{"id", "type", "format", "prompt", ["items",] "choices",
 *                   "answers", "explanation",
 *                   "source": {"paragraph", "start", "end", "text"}}]}
 *
 * start and end count characters within the paragraph. "items" is there for
 * matching questions only (answers[i] belongs to items[i]). The same pack
 * and options give the same text, byte for byte.
 */
char *lectern_quiz_export_json      (LecternPack               *pack,
                                     const LecternQuizOptions  *options,
                                     GError                   **error);
/* The same for questions already made (@questions: LecternQuestion). */
char *lectern_quiz_export_questions (LecternPack               *pack,
                                     const LecternQuizOptions  *options,
                                     GPtrArray                 *questions);

G_END_DECLS
