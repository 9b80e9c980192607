/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lectern-cloze-generator.h"

/*
 * A sentence of the article with one entity mention or year blanked out,
 * answered by choice or typed. Key
 * "cloze:choice|typed:PARAGRAPH:START-END:BLANK_START-BLANK_END" (characters
 * of the paragraph). Putting the answer back into the blank gives the
 * sentence exactly as written.
 */

#define PREFIX          "cloze:"
#define MAX_DISTRACTORS 3

struct _LecternClozeGenerator
{
  GObject parent_instance;
};

static void question_generator_iface_init (LecternQuestionGeneratorInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LecternClozeGenerator, lectern_cloze_generator,
                               G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (LECTERN_TYPE_QUESTION_GENERATOR,
                                                      question_generator_iface_init))

static void
add_keys (GPtrArray                 *keys,
          const LecternQuizSentence *sentence,
          guint                      start,
          guint                      end)
{
  const char *paragraph_id = lectern_paragraph_get_id (sentence->paragraph);

  g_ptr_array_add (keys, g_strdup_printf (PREFIX "choice:%s:%u-%u:%u-%u", paragraph_id,
                                          sentence->start, sentence->end, start, end));
  g_ptr_array_add (keys, g_strdup_printf (PREFIX "typed:%s:%u-%u:%u-%u", paragraph_id,
                                          sentence->start, sentence->end, start, end));
}

static LecternQuestionType
lectern_cloze_generator_get_question_type (LecternQuestionGenerator *generator)
{
  return LECTERN_QUESTION_CLOZE;
}

static gboolean
lectern_cloze_generator_keys_use_rng (LecternQuestionGenerator *generator)
{
  return FALSE;
}

static void
lectern_cloze_generator_collect (LecternQuestionGenerator *generator,
                                 LecternQuizContext       *context,
                                 LecternRng               *rng,
                                 GPtrArray                *keys)
{
  for (guint s = 0; s < context->sentences->len; s++)
    {
      const LecternQuizSentence *sentence = context->sentences->pdata[s];

      if (!sentence->standalone)
        continue;

      /* A name or year written twice in the sentence would give itself away. */
      for (guint i = 0; i < sentence->n_mentions; i++)
        {
          const LecternMention *mention =
            lectern_mention_index_get_mention (context->mentions, sentence->first_mention + i);

          if (lectern_quiz_context_count_mentions (context, sentence, mention->entity) == 1)
            add_keys (keys, sentence, mention->start, mention->end);
        }

      for (guint i = 0; i < sentence->years->len; i++)
        {
          const LecternSpan *span = &g_array_index (sentence->years, LecternSpan, i);

          int year = lectern_quiz_context_year_at (sentence, span);

          if (lectern_quiz_context_count_year (sentence, year) == 1)
            add_keys (keys, sentence, span->start, span->end);
        }
    }
}

static const LecternMention *
find_mention (LecternQuizContext        *context,
              const LecternQuizSentence *sentence,
              guint                      start,
              guint                      end)
{
  for (guint i = 0; i < sentence->n_mentions; i++)
    {
      const LecternMention *mention =
        lectern_mention_index_get_mention (context->mentions, sentence->first_mention + i);

      if (mention->start == start && mention->end == end)
        return mention;
    }

  return NULL;
}

static const LecternSpan *
find_year (const LecternQuizSentence *sentence,
           guint                      start,
           guint                      end)
{
  for (guint i = 0; i < sentence->years->len; i++)
    {
      const LecternSpan *span = &g_array_index (sentence->years, LecternSpan, i);

      if (span->start == start && span->end == end)
        return span;
    }

  return NULL;
}

/* Other entities of the same kind that would make a false sentence. */
static void
add_entity_distractors (LecternQuizContext        *context,
                        const LecternQuizSentence *sentence,
                        LecternQuizEntity         *answer,
                        const char                *answer_text,
                        guint                      start,
                        guint                      end,
                        LecternRng                *rng,
                        GPtrArray                 *distractors)
{
  g_autoptr(GPtrArray) entities = lectern_quiz_shuffled_copy (rng, context->entities);
  LecternEntityKind kind = lectern_entity_get_kind (answer->entity);

  for (guint i = 0; i < entities->len && distractors->len < MAX_DISTRACTORS; i++)
    {
      LecternQuizEntity *other = entities->pdata[i];
      g_autofree char *label = NULL;
      g_autofree char *restored = NULL;

      if (lectern_entity_get_kind (other->entity) != kind ||
          lectern_quiz_context_related (context, answer, other) ||
          lectern_quiz_context_sentence_mentions (context, sentence, other->entity))
        continue;

      label = lectern_quiz_context_entity_label (other, answer_text);
      if (lectern_quiz_contains_folded (context, distractors, label) ||
          lectern_quiz_folded_equal (context, label, answer_text))
        continue;

      restored = lectern_quiz_context_replace (sentence, start, end, label);
      if (lectern_quiz_context_text_occurs (context, restored))
        continue;

      g_ptr_array_add (distractors, g_steal_pointer (&label));
    }
}

static void
add_year_distractors (LecternQuizContext        *context,
                      const LecternQuizSentence *sentence,
                      int                        answer,
                      guint                      start,
                      guint                      end,
                      LecternRng                *rng,
                      GPtrArray                 *distractors)
{
  g_autoptr(GPtrArray) years = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < context->years->len; i++)
    {
      int year = g_array_index (context->years, int, i);

      if (year != answer && !lectern_quiz_context_sentence_has_year (sentence, year))
        g_ptr_array_add (years, g_strdup_printf ("%d", year));
    }
  lectern_rng_shuffle (rng, years);

  for (guint i = 0; i < years->len && distractors->len < MAX_DISTRACTORS; i++)
    {
      g_autofree char *restored = lectern_quiz_context_replace (sentence, start, end,
                                                                years->pdata[i]);

      if (!lectern_quiz_context_text_occurs (context, restored))
        g_ptr_array_add (distractors, g_strdup (years->pdata[i]));
    }
}

static char *
explain_year (LecternQuizContext        *context,
              const LecternQuizSentence *sentence,
              const char                *year,
              guint                      start,
              guint                      end)
{
  for (guint i = 0; i < context->events->len; i++)
    {
      LecternQuizEvent *event = context->events->pdata[i];

      if (event->paragraph == sentence->paragraph &&
          lectern_event_get_quote_start (event->event) <= start &&
          end <= lectern_event_get_quote_end (event->event))
        return lectern_quiz_event_explanation (event);
    }

  /* Else an event of that year, if there is one. */
  for (guint i = 0; i < context->events->len; i++)
    {
      LecternQuizEvent *event = context->events->pdata[i];

      if (!lectern_event_get_background (event->event) &&
          event->first_year == event->last_year &&
          g_strcmp0 (event->year_label, year) == 0)
        return lectern_quiz_event_explanation (event);
    }

  return g_strdup_printf (_("The article gives the year %s here."), year);
}

static LecternQuestion *
lectern_cloze_generator_build (LecternQuestionGenerator *generator,
                               LecternQuizContext       *context,
                               const char               *key,
                               LecternRng               *rng)
{
  LecternQuestionSpec spec = { 0 };
  g_auto(GStrv) parts = NULL;
  g_autoptr(GPtrArray) distractors = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) accepted = g_ptr_array_new ();
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_auto(GStrv) choices = NULL;
  g_autofree char *answer_text = NULL;
  g_autofree char *prompt = NULL;
  g_autofree char *explanation = NULL;
  g_autofree char *fact = NULL;
  const LecternQuizSentence *sentence;
  const LecternMention *mention;
  const LecternSpan *year = NULL;
  LecternQuizEntity *entity = NULL;
  gboolean typed;
  guint start, end;

  if (!g_str_has_prefix (key, PREFIX))
    return NULL;

  parts = g_strsplit (key, ":", -1);
  if (g_strv_length (parts) != 5)
    return NULL;

  if (strcmp (parts[1], "typed") == 0)
    typed = TRUE;
  else if (strcmp (parts[1], "choice") == 0)
    typed = FALSE;
  else
    return NULL;

  sentence = lectern_quiz_context_sentence_from_key (context, parts[2], parts[3]);
  if (sentence == NULL || !lectern_quiz_parse_range (parts[4], &start, &end))
    return NULL;

  mention = find_mention (context, sentence, start, end);
  if (mention != NULL)
    entity = lectern_quiz_context_get_entity (context, mention->entity);
  else
    year = find_year (sentence, start, end);
  if (entity == NULL && year == NULL)
    return NULL;

  answer_text = lectern_text_substring (lectern_paragraph_get_text (sentence->paragraph),
                                        start, end);
  prompt = lectern_quiz_context_replace (sentence, start, end, LECTERN_QUESTION_BLANK);

  if (entity != NULL)
    {
      const char * const *aliases = lectern_entity_get_aliases (entity->entity);

      g_ptr_array_add (names, (gpointer) lectern_entity_get_name (entity->entity));
      for (guint i = 0; aliases != NULL && aliases[i] != NULL; i++)
        g_ptr_array_add (names, (gpointer) aliases[i]);
      explanation = lectern_quiz_entity_explanation (entity);
    }
  else
    {
      explanation = explain_year (context, sentence, answer_text, start, end);
    }

  g_ptr_array_add (accepted, answer_text);
  if (typed)
    {
      lectern_quiz_add_distinct (context, accepted, names, G_MAXUINT);
    }
  else
    {
      if (entity != NULL)
        add_entity_distractors (context, sentence, entity, answer_text, start, end, rng,
                                distractors);
      else
        add_year_distractors (context, sentence, lectern_quiz_context_year_at (sentence, year),
                              start, end, rng, distractors);

      if (distractors->len < 2)
        return NULL;
      choices = lectern_quiz_make_choices (rng, answer_text, distractors);
    }
  g_ptr_array_add (accepted, NULL);

  fact = g_strdup_printf ("sentence/%s:%u", parts[2], sentence->start);

  spec.type = LECTERN_QUESTION_CLOZE;
  spec.format = typed ? LECTERN_ANSWER_TYPED : LECTERN_ANSWER_CHOICE;
  spec.id = key;
  spec.fact = fact;
  spec.prompt = prompt;
  spec.choices = (const char * const *) choices;
  spec.answers = (const char * const *) accepted->pdata;
  spec.explanation = explanation;
  lectern_quiz_spec_set_sentence (&spec, sentence);

  return lectern_question_new (&spec);
}

static void
question_generator_iface_init (LecternQuestionGeneratorInterface *iface)
{
  iface->get_question_type = lectern_cloze_generator_get_question_type;
  iface->keys_use_rng = lectern_cloze_generator_keys_use_rng;
  iface->collect = lectern_cloze_generator_collect;
  iface->build = lectern_cloze_generator_build;
}

static void
lectern_cloze_generator_class_init (LecternClozeGeneratorClass *klass)
{
}

static void
lectern_cloze_generator_init (LecternClozeGenerator *self)
{
}
