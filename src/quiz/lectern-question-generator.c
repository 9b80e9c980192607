/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lectern-question-generator.h"
#include "lectern-chronology-generator.h"
#include "lectern-cloze-generator.h"
#include "lectern-entity-generator.h"
#include "lectern-event-year-generator.h"
#include "lectern-matching-generator.h"
#include "lectern-summary-generator.h"
#include "lectern-true-false-generator.h"
#include "lectern-year-event-generator.h"

G_DEFINE_INTERFACE (LecternQuestionGenerator, lectern_question_generator, G_TYPE_OBJECT)

static gboolean
lectern_question_generator_real_keys_use_rng (LecternQuestionGenerator *self)
{
  return TRUE;
}

static void
lectern_question_generator_default_init (LecternQuestionGeneratorInterface *iface)
{
  iface->keys_use_rng = lectern_question_generator_real_keys_use_rng;
}

LecternQuestionType
lectern_question_generator_get_question_type (LecternQuestionGenerator *self)
{
  g_return_val_if_fail (LECTERN_IS_QUESTION_GENERATOR (self), 0);

  return LECTERN_QUESTION_GENERATOR_GET_IFACE (self)->get_question_type (self);
}

gboolean
lectern_question_generator_keys_use_rng (LecternQuestionGenerator *self)
{
  g_return_val_if_fail (LECTERN_IS_QUESTION_GENERATOR (self), TRUE);

  return LECTERN_QUESTION_GENERATOR_GET_IFACE (self)->keys_use_rng (self);
}

void
lectern_question_generator_collect (LecternQuestionGenerator *self,
                                    LecternQuizContext       *context,
                                    LecternRng               *rng,
                                    GPtrArray                *keys)
{
  g_return_if_fail (LECTERN_IS_QUESTION_GENERATOR (self));
  g_return_if_fail (context != NULL && rng != NULL && keys != NULL);

  LECTERN_QUESTION_GENERATOR_GET_IFACE (self)->collect (self, context, rng, keys);
}

LecternQuestion *
lectern_question_generator_build (LecternQuestionGenerator *self,
                                  LecternQuizContext       *context,
                                  const char               *key,
                                  LecternRng               *rng)
{
  g_return_val_if_fail (LECTERN_IS_QUESTION_GENERATOR (self), NULL);
  g_return_val_if_fail (context != NULL && key != NULL && rng != NULL, NULL);

  return LECTERN_QUESTION_GENERATOR_GET_IFACE (self)->build (self, context, key, rng);
}

LecternQuestionGenerator *
lectern_question_generator_new_for_type (LecternQuestionType type)
{
  GType gtype;

  switch (type)
    {
    case LECTERN_QUESTION_EVENT_YEAR:
      gtype = LECTERN_TYPE_EVENT_YEAR_GENERATOR;
      break;
    case LECTERN_QUESTION_YEAR_EVENT:
      gtype = LECTERN_TYPE_YEAR_EVENT_GENERATOR;
      break;
    case LECTERN_QUESTION_CHRONOLOGY:
      gtype = LECTERN_TYPE_CHRONOLOGY_GENERATOR;
      break;
    case LECTERN_QUESTION_ENTITY:
      gtype = LECTERN_TYPE_ENTITY_GENERATOR;
      break;
    case LECTERN_QUESTION_SUMMARY:
      gtype = LECTERN_TYPE_SUMMARY_GENERATOR;
      break;
    case LECTERN_QUESTION_CLOZE:
      gtype = LECTERN_TYPE_CLOZE_GENERATOR;
      break;
    case LECTERN_QUESTION_TRUE_FALSE:
      gtype = LECTERN_TYPE_TRUE_FALSE_GENERATOR;
      break;
    case LECTERN_QUESTION_MATCHING:
      gtype = LECTERN_TYPE_MATCHING_GENERATOR;
      break;
    case LECTERN_N_QUESTION_TYPES:
    default:
      g_return_val_if_reached (NULL);
    }

  return g_object_new (gtype, NULL);
}
