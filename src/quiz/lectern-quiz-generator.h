/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "lectern-core.h"
#include "lectern-question.h"
#include "lectern-quiz-options.h"

G_BEGIN_DECLS

/*
 * Makes quizzes from one pack: the same pack, seed and options give the same
 * questions in the same order, byte for byte. Types take turns, so a quiz of
 * twenty covers every type the pack allows, and a quiz never tests one fact
 * twice (for example a year asked for and also given away in a cloze).
 */
#define LECTERN_TYPE_QUIZ_GENERATOR (lectern_quiz_generator_get_type ())
G_DECLARE_FINAL_TYPE (LecternQuizGenerator, lectern_quiz_generator,
                      LECTERN, QUIZ_GENERATOR, GObject)

LecternQuizGenerator *lectern_quiz_generator_new       (LecternPack               *pack);
LecternPack          *lectern_quiz_generator_get_pack  (LecternQuizGenerator      *self);
/* A new array of LecternQuestion; fails with LECTERN_QUIZ_ERROR_NO_QUESTIONS
 * when the pack allows no question of the chosen types. */
GPtrArray            *lectern_quiz_generator_generate  (LecternQuizGenerator      *self,
                                                        const LecternQuizOptions  *options,
                                                        GError                   **error);
/* Builds the question with this id again (review); @seed picks its distractors. */
LecternQuestion      *lectern_quiz_generator_build     (LecternQuizGenerator      *self,
                                                        const char                *id,
                                                        guint64                    seed,
                                                        GError                   **error);
/* Builds the questions of @ids whose type is in @types, skipping ids that no
 * longer fit the pack and repeated facts, up to @max (0: all). */
GPtrArray            *lectern_quiz_generator_build_ids (LecternQuizGenerator      *self,
                                                        const char * const        *ids,
                                                        guint                      types,
                                                        guint                      max,
                                                        guint64                    seed);

G_END_DECLS
