/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "lectern-question.h"

G_BEGIN_DECLS

/* Typed answers of at least this many letters forgive one typo. */
#define LECTERN_GRADING_TYPO_MIN_LETTERS 6

/*
 * Lenient form of a typed answer: case and accents folded, punctuation
 * dropped ("U.S." → "us"), dashes and slashes as spaces, the articles "the",
 * "a" and "an" left out, white space collapsed.
 */
char     *lectern_grading_normalize (const char         *text);
/* Edit distance in characters, counting a swap of two neighbours as one. */
guint     lectern_grading_distance  (const char         *a,
                                     const char         *b);
/* Whether @typed matches one of @accepted leniently. */
gboolean  lectern_grading_accepts   (const char         *typed,
                                     const char * const *accepted);
/*
 * Whether @response answers @question: one choice for a choice question, the
 * typed text for a typed one, every choice in order for an order question,
 * the choice for each item for a matching question.
 */
gboolean  lectern_grading_check     (LecternQuestion    *question,
                                     const char * const *response);

G_END_DECLS
