/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "lectern-question.h"
#include "lectern-quiz-context.h"
#include "lectern-rng.h"

G_BEGIN_DECLS

/*
 * One generator per question type. A generator lists the questions it could
 * ask as keys, cheaply, and builds one question from a key on demand. A key
 * is the question id: it names everything the question is built from, so a
 * question can be built again from its id alone (for review of missed or due
 * questions); the random generator only chooses distractors and the order of
 * choices.
 */
#define LECTERN_TYPE_QUESTION_GENERATOR (lectern_question_generator_get_type ())
G_DECLARE_INTERFACE (LecternQuestionGenerator, lectern_question_generator,
                     LECTERN, QUESTION_GENERATOR, GObject)

struct _LecternQuestionGeneratorInterface
{
  GTypeInterface parent_iface;

  LecternQuestionType  (*get_question_type) (LecternQuestionGenerator *self);
  gboolean             (*keys_use_rng)      (LecternQuestionGenerator *self);
  void                 (*collect)           (LecternQuestionGenerator *self,
                                             LecternQuizContext       *context,
                                             LecternRng               *rng,
                                             GPtrArray                *keys);
  LecternQuestion     *(*build)             (LecternQuestionGenerator *self,
                                             LecternQuizContext       *context,
                                             const char               *key,
                                             LecternRng               *rng);
};

LecternQuestionType  lectern_question_generator_get_question_type (LecternQuestionGenerator *self);
/* Whether collect() draws on the random generator. When it does not, its
 * keys depend on the pack alone and can be collected once (the default is
 * %TRUE). */
gboolean lectern_question_generator_keys_use_rng (LecternQuestionGenerator *self);
/* Appends (char *) keys to @keys, which frees them. */
void lectern_question_generator_collect (LecternQuestionGenerator *self,
                                         LecternQuizContext       *context,
                                         LecternRng               *rng,
                                         GPtrArray                *keys);
/* %NULL when the key is not valid for this pack or no sound question can be
 * built from it (for example, too few distractors). */
LecternQuestion *lectern_question_generator_build (LecternQuestionGenerator *self,
                                                   LecternQuizContext       *context,
                                                   const char               *key,
                                                   LecternRng               *rng);

/* A new generator for @type. */
LecternQuestionGenerator *lectern_question_generator_new_for_type (LecternQuestionType type);

G_END_DECLS
