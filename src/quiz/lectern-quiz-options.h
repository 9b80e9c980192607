/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "lectern-question.h"

G_BEGIN_DECLS

#define LECTERN_QUIZ_ERROR (lectern_quiz_error_quark ())

typedef enum
{
  LECTERN_QUIZ_ERROR_INVALID_CODE,
  LECTERN_QUIZ_ERROR_INVALID_TYPES,
  LECTERN_QUIZ_ERROR_INVALID_ID,
  LECTERN_QUIZ_ERROR_NO_QUESTIONS,
  LECTERN_QUIZ_ERROR_PROGRESS_CORRUPT,
  LECTERN_QUIZ_ERROR_PROGRESS_TOO_NEW,
} LecternQuizError;

GQuark lectern_quiz_error_quark (void);

/* Every question the pack allows (after de-duplication). */
#define LECTERN_QUIZ_COUNT_ALL 0

/**
 * LecternQuizOptions:
 * @seed: any value; the same seed gives the same quiz
 * @count: number of questions, or %LECTERN_QUIZ_COUNT_ALL
 * @types: bitmask of (1 << LecternQuestionType), never 0
 *
 * What a quiz code encodes.
 */
typedef struct
{
  guint64 seed;
  guint   count;
  guint   types;
} LecternQuizOptions;

/* Seed 1, 20 questions, every type. */
void      lectern_quiz_options_init    (LecternQuizOptions *options);
gboolean  lectern_quiz_options_equal   (const LecternQuizOptions *a,
                                        const LecternQuizOptions *b);

/* "event-year,cloze" → bitmask; names as lectern_question_type_to_string(),
 * separated by commas and/or spaces; "all" selects every type. */
gboolean  lectern_quiz_types_parse     (const char  *text,
                                        guint       *types,
                                        GError     **error);
char     *lectern_quiz_types_to_string (guint        types);

G_END_DECLS
