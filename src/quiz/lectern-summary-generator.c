/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lectern-summary-generator.h"

/*
 * "Which description fits NISC?" — key "summary:ENTITY-ID". The choices are
 * summaries of entities of the same kind, each with its own names blanked out.
 */

#define PREFIX "summary:"

struct _LecternSummaryGenerator
{
  GObject parent_instance;
};

static void question_generator_iface_init (LecternQuestionGeneratorInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LecternSummaryGenerator, lectern_summary_generator,
                               G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (LECTERN_TYPE_QUESTION_GENERATOR,
                                                      question_generator_iface_init))

static LecternQuestionType
lectern_summary_generator_get_question_type (LecternQuestionGenerator *generator)
{
  return LECTERN_QUESTION_SUMMARY;
}

static gboolean
lectern_summary_generator_keys_use_rng (LecternQuestionGenerator *generator)
{
  return FALSE;
}

static void
lectern_summary_generator_collect (LecternQuestionGenerator *generator,
                                  LecternQuizContext       *context,
                                  LecternRng               *rng,
                                  GPtrArray                *keys)
{
  lectern_quiz_collect_summarised_entities (context, PREFIX, keys);
}

static LecternQuestion *
lectern_summary_generator_build (LecternQuestionGenerator *generator,
                                LecternQuizContext       *context,
                                const char               *key,
                                LecternRng               *rng)
{
  LecternQuestionSpec spec = { 0 };
  g_autoptr(GPtrArray) peers = NULL;
  g_autoptr(GPtrArray) candidates = g_ptr_array_new ();
  g_autofree char *prompt = NULL;
  LecternQuizEntity *entity;

  entity = lectern_quiz_lookup_summarised_entity (context, PREFIX, key);
  if (entity == NULL)
    return NULL;

  peers = lectern_quiz_entity_peers (context, entity, rng);
  for (guint i = 0; i < peers->len; i++)
    {
      LecternQuizEntity *other = peers->pdata[i];

      if (other->masked_summary != NULL)
        g_ptr_array_add (candidates, other->masked_summary);
    }

  prompt = g_strdup_printf (_("Which description fits %s?"),
                            lectern_entity_get_name (entity->entity));

  spec.type = LECTERN_QUESTION_SUMMARY;
  spec.id = key;
  spec.prompt = prompt;

  return lectern_quiz_entity_summary_question (context, &spec, entity, rng,
                                               entity->masked_summary, candidates);
}

static void
question_generator_iface_init (LecternQuestionGeneratorInterface *iface)
{
  iface->get_question_type = lectern_summary_generator_get_question_type;
  iface->keys_use_rng = lectern_summary_generator_keys_use_rng;
  iface->collect = lectern_summary_generator_collect;
  iface->build = lectern_summary_generator_build;
}

static void
lectern_summary_generator_class_init (LecternSummaryGeneratorClass *klass)
{
}

static void
lectern_summary_generator_init (LecternSummaryGenerator *self)
{
}
