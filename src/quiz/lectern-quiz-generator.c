/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lectern-question-generator.h"
#include "lectern-quiz-context.h"
#include "lectern-quiz-generator.h"
#include "lectern-rng.h"

struct _LecternQuizGenerator
{
  GObject                   parent_instance;

  LecternPack              *pack;
  LecternQuizContext       *context;
  LecternQuestionGenerator *generators[LECTERN_N_QUESTION_TYPES];
  /* Keys of the types whose keys do not depend on the seed, collected once. */
  GPtrArray                *fixed_keys[LECTERN_N_QUESTION_TYPES];
};

G_DEFINE_FINAL_TYPE (LecternQuizGenerator, lectern_quiz_generator, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PACK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static LecternQuizContext *
get_context (LecternQuizGenerator *self)
{
  if (self->context == NULL)
    self->context = lectern_quiz_context_new (self->pack);
  lectern_quiz_context_trim (self->context);

  return self->context;
}

/* The type named before the first colon of @id. */
static gboolean
type_of_id (const char          *id,
            LecternQuestionType *type)
{
  const char *colon = strchr (id, ':');
  g_autofree char *name = NULL;

  if (colon == NULL)
    return FALSE;

  name = g_strndup (id, colon - id);
  return lectern_question_type_from_string (name, type);
}

/* The keys of type @t for one quiz, in random order; owned by the array, or
 * borrowed from the generator for keys collected once. */
static GPtrArray *
collect_keys (LecternQuizGenerator *self,
              LecternQuestionType   t,
              guint64               seed)
{
  LecternQuestionGenerator *generator = self->generators[t];
  LecternQuizContext *context = get_context (self);
  LecternRng rng;
  GPtrArray *keys;

  lectern_rng_init_keyed (&rng, seed, lectern_question_type_to_string (t));

  if (lectern_question_generator_keys_use_rng (generator))
    {
      keys = g_ptr_array_new_with_free_func (g_free);
      lectern_question_generator_collect (generator, context, &rng, keys);
    }
  else
    {
      if (self->fixed_keys[t] == NULL)
        {
          LecternRng unused;

          lectern_rng_init (&unused, 0);
          self->fixed_keys[t] = g_ptr_array_new_with_free_func (g_free);
          lectern_question_generator_collect (generator, context, &unused, self->fixed_keys[t]);
        }
      keys = g_ptr_array_copy (self->fixed_keys[t], NULL, NULL);
      g_ptr_array_set_free_func (keys, NULL);
    }

  lectern_rng_shuffle (&rng, keys);
  return keys;
}

static LecternQuestion *
build_question (LecternQuizGenerator *self,
                LecternQuestionType   type,
                const char           *id,
                guint64               seed)
{
  LecternRng rng;

  lectern_rng_init_keyed (&rng, seed, id);
  return lectern_question_generator_build (self->generators[type], get_context (self), id, &rng);
}

static void
lectern_quiz_generator_dispose (GObject *object)
{
  LecternQuizGenerator *self = LECTERN_QUIZ_GENERATOR (object);

  for (guint i = 0; i < LECTERN_N_QUESTION_TYPES; i++)
    {
      g_clear_pointer (&self->fixed_keys[i], g_ptr_array_unref);
      g_clear_object (&self->generators[i]);
    }
  g_clear_pointer (&self->context, lectern_quiz_context_free);
  g_clear_object (&self->pack);

  G_OBJECT_CLASS (lectern_quiz_generator_parent_class)->dispose (object);
}

static void
lectern_quiz_generator_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  LecternQuizGenerator *self = LECTERN_QUIZ_GENERATOR (object);

  switch (prop_id)
    {
    case PROP_PACK:
      g_value_set_object (value, self->pack);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lectern_quiz_generator_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  LecternQuizGenerator *self = LECTERN_QUIZ_GENERATOR (object);

  switch (prop_id)
    {
    case PROP_PACK:
      self->pack = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lectern_quiz_generator_class_init (LecternQuizGeneratorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lectern_quiz_generator_dispose;
  object_class->get_property = lectern_quiz_generator_get_property;
  object_class->set_property = lectern_quiz_generator_set_property;

  properties[PROP_PACK] =
    g_param_spec_object ("pack", NULL, NULL, LECTERN_TYPE_PACK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lectern_quiz_generator_init (LecternQuizGenerator *self)
{
  for (guint i = 0; i < LECTERN_N_QUESTION_TYPES; i++)
    self->generators[i] = lectern_question_generator_new_for_type (i);
}

LecternQuizGenerator *
lectern_quiz_generator_new (LecternPack *pack)
{
  g_return_val_if_fail (LECTERN_IS_PACK (pack), NULL);

  return g_object_new (LECTERN_TYPE_QUIZ_GENERATOR, "pack", pack, NULL);
}

LecternPack *
lectern_quiz_generator_get_pack (LecternQuizGenerator *self)
{
  g_return_val_if_fail (LECTERN_IS_QUIZ_GENERATOR (self), NULL);

  return self->pack;
}

/**
 * lectern_quiz_generator_generate:
 * @self: a generator
 * @options: seed, length and types
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type LecternQuestion): the questions
 */
GPtrArray *
lectern_quiz_generator_generate (LecternQuizGenerator      *self,
                                 const LecternQuizOptions  *options,
                                 GError                   **error)
{
  GPtrArray *keys[LECTERN_N_QUESTION_TYPES] = { NULL };
  guint next[LECTERN_N_QUESTION_TYPES] = { 0 };
  g_autoptr(GPtrArray) types = g_ptr_array_new ();
  g_autoptr(GPtrArray) questions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) facts = g_hash_table_new (g_str_hash, g_str_equal);
  LecternRng rng;
  gboolean more = TRUE;

  g_return_val_if_fail (LECTERN_IS_QUIZ_GENERATOR (self), NULL);
  g_return_val_if_fail (options != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  for (guint t = 0; t < LECTERN_N_QUESTION_TYPES; t++)
    {
      if ((options->types & (1u << t)) == 0)
        continue;

      keys[t] = collect_keys (self, t, options->seed);
      g_ptr_array_add (types, GUINT_TO_POINTER (t));
    }

  /* Rounds in which every type asks one question, in a new order each round. */
  lectern_rng_init_keyed (&rng, options->seed, "quiz");
  while (more && (options->count == LECTERN_QUIZ_COUNT_ALL || questions->len < options->count))
    {
      more = FALSE;
      lectern_rng_shuffle (&rng, types);

      for (guint i = 0; i < types->len; i++)
        {
          guint t = GPOINTER_TO_UINT (types->pdata[i]);

          if (options->count != LECTERN_QUIZ_COUNT_ALL && questions->len >= options->count)
            break;

          while (next[t] < keys[t]->len)
            {
              const char *key = keys[t]->pdata[next[t]++];
              LecternQuestion *question = build_question (self, t, key, options->seed);

              if (question == NULL)
                continue;

              if (g_hash_table_contains (facts, lectern_question_get_fact (question)))
                {
                  g_object_unref (question);
                  continue;
                }

              g_hash_table_add (facts, (gpointer) lectern_question_get_fact (question));
              g_ptr_array_add (questions, question);
              more = TRUE;
              break;
            }
        }
    }

  for (guint t = 0; t < LECTERN_N_QUESTION_TYPES; t++)
    g_clear_pointer (&keys[t], g_ptr_array_unref);

  if (questions->len == 0)
    {
      g_set_error_literal (error, LECTERN_QUIZ_ERROR, LECTERN_QUIZ_ERROR_NO_QUESTIONS,
                           _("This pack has nothing to ask with the chosen question types"));
      return NULL;
    }

  return g_steal_pointer (&questions);
}

/**
 * lectern_quiz_generator_build:
 *
 * Returns: (transfer full) (nullable): the question
 */
LecternQuestion *
lectern_quiz_generator_build (LecternQuizGenerator  *self,
                              const char            *id,
                              guint64                seed,
                              GError               **error)
{
  LecternQuestionType type;
  LecternQuestion *question = NULL;

  g_return_val_if_fail (LECTERN_IS_QUIZ_GENERATOR (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (type_of_id (id, &type))
    question = build_question (self, type, id, seed);

  if (question == NULL)
    g_set_error (error, LECTERN_QUIZ_ERROR, LECTERN_QUIZ_ERROR_INVALID_ID,
                 _("No question “%s” can be made from this pack"), id);

  return question;
}

/**
 * lectern_quiz_generator_build_ids:
 *
 * Returns: (transfer full) (element-type LecternQuestion): the questions
 */
GPtrArray *
lectern_quiz_generator_build_ids (LecternQuizGenerator *self,
                                  const char * const   *ids,
                                  guint                 types,
                                  guint                 max,
                                  guint64               seed)
{
  g_autoptr(GHashTable) facts = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *questions;

  g_return_val_if_fail (LECTERN_IS_QUIZ_GENERATOR (self), NULL);

  questions = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      LecternQuestionType type;
      LecternQuestion *question;

      if (max != 0 && questions->len >= max)
        break;

      if (!type_of_id (ids[i], &type) || (types & (1u << type)) == 0)
        continue;

      question = build_question (self, type, ids[i], seed);
      if (question == NULL)
        continue;

      if (g_hash_table_contains (facts, lectern_question_get_fact (question)))
        {
          g_object_unref (question);
          continue;
        }

      g_hash_table_add (facts, (gpointer) lectern_question_get_fact (question));
      g_ptr_array_add (questions, question);
    }

  return questions;
}
