/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lectern-entity-generator.h"

/*
 * "Which organization is this? <summary>" — key "entity:ENTITY-ID". The
 * summary has the entity's own names blanked out; the other choices are
 * entities of the same kind.
 */

#define PREFIX "entity:"

struct _LecternEntityGenerator
{
  GObject parent_instance;
};

static void question_generator_iface_init (LecternQuestionGeneratorInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LecternEntityGenerator, lectern_entity_generator,
                               G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (LECTERN_TYPE_QUESTION_GENERATOR,
                                                      question_generator_iface_init))

static LecternQuestionType
lectern_entity_generator_get_question_type (LecternQuestionGenerator *generator)
{
  return LECTERN_QUESTION_ENTITY;
}

static gboolean
lectern_entity_generator_keys_use_rng (LecternQuestionGenerator *generator)
{
  return FALSE;
}

static void
lectern_entity_generator_collect (LecternQuestionGenerator *generator,
                                  LecternQuizContext       *context,
                                  LecternRng               *rng,
                                  GPtrArray                *keys)
{
  for (guint i = 0; i < context->entities->len; i++)
    {
      LecternQuizEntity *entity = context->entities->pdata[i];

      if (entity->first_sentence != NULL && entity->masked_summary != NULL)
        g_ptr_array_add (keys, g_strconcat (PREFIX, lectern_entity_get_id (entity->entity), NULL));
    }
}

static LecternQuestion *
lectern_entity_generator_build (LecternQuestionGenerator *generator,
                                LecternQuizContext       *context,
                                const char               *key,
                                LecternRng               *rng)
{
  LecternQuestionSpec spec = { 0 };
  g_autoptr(GPtrArray) entities = NULL;
  g_autoptr(GPtrArray) candidates = g_ptr_array_new ();
  g_autoptr(GPtrArray) distractors = g_ptr_array_new ();
  g_auto(GStrv) choices = NULL;
  g_autofree char *prompt = NULL;
  g_autofree char *explanation = NULL;
  g_autofree char *fact = NULL;
  const char *answers[2] = { NULL, NULL };
  LecternQuizEntity *entity;
  LecternEntityKind kind;

  if (!g_str_has_prefix (key, PREFIX))
    return NULL;

  entity = lectern_quiz_context_lookup_entity (context, key + strlen (PREFIX));
  if (entity == NULL || entity->first_sentence == NULL || entity->masked_summary == NULL)
    return NULL;

  kind = lectern_entity_get_kind (entity->entity);
  entities = lectern_quiz_shuffled_copy (rng, context->entities);
  for (guint i = 0; i < entities->len; i++)
    {
      LecternQuizEntity *other = entities->pdata[i];

      if (lectern_entity_get_kind (other->entity) == kind &&
          !lectern_quiz_context_related (context, entity, other))
        g_ptr_array_add (candidates, (gpointer) lectern_entity_get_name (other->entity));
    }

  answers[0] = lectern_entity_get_name (entity->entity);
  g_ptr_array_add (distractors, (gpointer) answers[0]);
  lectern_quiz_add_distinct (context, distractors, candidates, 4);
  g_ptr_array_remove_index (distractors, 0);
  if (distractors->len < 2)
    return NULL;

  choices = lectern_quiz_make_choices (rng, answers[0], distractors);
  prompt = lectern_quiz_entity_question (kind, entity->masked_summary);
  explanation = lectern_quiz_entity_explanation (entity);
  fact = g_strconcat ("entity-summary/", lectern_entity_get_id (entity->entity), NULL);

  spec.type = LECTERN_QUESTION_ENTITY;
  spec.format = LECTERN_ANSWER_CHOICE;
  spec.id = key;
  spec.fact = fact;
  spec.prompt = prompt;
  spec.choices = (const char * const *) choices;
  spec.answers = answers;
  spec.explanation = explanation;
  lectern_quiz_spec_set_sentence (&spec, entity->first_sentence);

  return lectern_question_new (&spec);
}

static void
question_generator_iface_init (LecternQuestionGeneratorInterface *iface)
{
  iface->get_question_type = lectern_entity_generator_get_question_type;
  iface->keys_use_rng = lectern_entity_generator_keys_use_rng;
  iface->collect = lectern_entity_generator_collect;
  iface->build = lectern_entity_generator_build;
}

static void
lectern_entity_generator_class_init (LecternEntityGeneratorClass *klass)
{
}

static void
lectern_entity_generator_init (LecternEntityGenerator *self)
{
}
