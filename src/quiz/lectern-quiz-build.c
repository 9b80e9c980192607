/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lectern-quiz-context.h"

/* Helpers the generators share to put a question together: its source, its
 * choices and the wording of its explanation. */

void
lectern_quiz_spec_set_sentence (LecternQuestionSpec       *spec,
                                const LecternQuizSentence *sentence)
{
  spec->paragraph = sentence->paragraph;
  spec->source_start = sentence->start;
  spec->source_end = sentence->end;
  spec->source_text = sentence->text;
}

void
lectern_quiz_spec_set_event (LecternQuestionSpec *spec,
                             LecternQuizEvent    *event)
{
  spec->paragraph = event->paragraph;
  spec->source_start = event->source_start;
  spec->source_end = event->source_end;
  spec->source_text = event->source_text;
}

gboolean
lectern_quiz_folded_equal (LecternQuizContext *context,
                           const char         *a,
                           const char         *b)
{
  return strcmp (lectern_quiz_context_fold (context, a),
                 lectern_quiz_context_fold (context, b)) == 0;
}

gboolean
lectern_quiz_contains_folded (LecternQuizContext *context,
                              GPtrArray          *strings,
                              const char         *text)
{
  const char *folded = lectern_quiz_context_fold (context, text);

  for (guint i = 0; i < strings->len; i++)
    if (strcmp (folded, lectern_quiz_context_fold (context, strings->pdata[i])) == 0)
      return TRUE;

  return FALSE;
}

void
lectern_quiz_add_distinct (LecternQuizContext *context,
                           GPtrArray          *out,
                           GPtrArray          *candidates,
                           guint               max)
{
  for (guint i = 0; i < candidates->len && out->len < max; i++)
    if (!lectern_quiz_contains_folded (context, out, candidates->pdata[i]))
      g_ptr_array_add (out, candidates->pdata[i]);
}

GStrv
lectern_quiz_make_choices (LecternRng *rng,
                           const char *answer,
                           GPtrArray  *distractors)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  GStrv choices;

  g_ptr_array_add (all, (gpointer) answer);
  for (guint i = 0; i < distractors->len; i++)
    g_ptr_array_add (all, distractors->pdata[i]);
  lectern_rng_shuffle (rng, all);

  choices = g_new0 (char *, all->len + 1);
  for (guint i = 0; i < all->len; i++)
    choices[i] = g_strdup (all->pdata[i]);

  return choices;
}

GPtrArray *
lectern_quiz_shuffled_copy (LecternRng *rng,
                            GPtrArray  *array)
{
  GPtrArray *copy = g_ptr_array_sized_new (array->len);

  for (guint i = 0; i < array->len; i++)
    g_ptr_array_add (copy, array->pdata[i]);
  lectern_rng_shuffle (rng, copy);

  return copy;
}

gboolean
lectern_quiz_parse_range (const char *text,
                          guint      *start,
                          guint      *end)
{
  char *rest = NULL;
  guint64 a, b;

  if (text == NULL || !g_ascii_isdigit (*text))
    return FALSE;

  a = g_ascii_strtoull (text, &rest, 10);
  if (*rest != '-' || !g_ascii_isdigit (rest[1]))
    return FALSE;
  b = g_ascii_strtoull (rest + 1, &rest, 10);
  if (*rest != '\0' || a > b || b > G_MAXUINT)
    return FALSE;

  *start = (guint) a;
  *end = (guint) b;
  return TRUE;
}

const LecternQuizSentence *
lectern_quiz_context_sentence_from_key (LecternQuizContext *self,
                                        const char         *paragraph_id,
                                        const char         *range)
{
  LecternParagraph *paragraph = lectern_pack_lookup_paragraph (self->pack, paragraph_id);
  const LecternQuizSentence *sentence;
  guint start, end;

  if (paragraph == NULL || !lectern_quiz_parse_range (range, &start, &end))
    return NULL;

  sentence = lectern_quiz_context_find_sentence (self, lectern_paragraph_get_index (paragraph),
                                                 start);
  if (sentence == NULL || sentence->start != start || sentence->end != end)
    return NULL;

  return sentence;
}

char *
lectern_quiz_event_explanation (LecternQuizEvent *event)
{
  /* Translators: event title, its date, its summary */
  return g_strdup_printf (_("%s — %s. %s"), lectern_event_get_title (event->event),
                          event->year_label, lectern_event_get_summary (event->event));
}

char *
lectern_quiz_entity_explanation (LecternQuizEntity *entity)
{
  const char *native = lectern_entity_get_native_name (entity->entity);

  if (native != NULL)
    /* Translators: entity name, native name, summary */
    return g_strdup_printf (_("%s (%s): %s"), lectern_entity_get_name (entity->entity), native,
                            lectern_entity_get_summary (entity->entity));

  /* Translators: entity name, summary */
  return g_strdup_printf (_("%s: %s"), lectern_entity_get_name (entity->entity),
                          lectern_entity_get_summary (entity->entity));
}

char *
lectern_quiz_entity_question (LecternEntityKind  kind,
                              const char        *description)
{
  switch (kind)
    {
    case LECTERN_ENTITY_PERSON:
      return g_strdup_printf (_("Who is this? %s"), description);
    case LECTERN_ENTITY_ORGANIZATION:
      return g_strdup_printf (_("Which organization is this? %s"), description);
    case LECTERN_ENTITY_PLACE:
      return g_strdup_printf (_("Which place is this? %s"), description);
    case LECTERN_ENTITY_LAW:
      return g_strdup_printf (_("Which law or policy is this? %s"), description);
    case LECTERN_ENTITY_CONCEPT:
    case LECTERN_N_ENTITY_KINDS:
    default:
      return g_strdup_printf (_("Which idea is this? %s"), description);
    }
}

LecternQuestion *
lectern_quiz_choice_question (LecternQuizContext  *context,
                              LecternQuestionSpec *spec,
                              LecternRng          *rng,
                              const char          *answer,
                              GPtrArray           *candidates)
{
  g_autoptr(GPtrArray) distractors = g_ptr_array_new ();
  g_auto(GStrv) choices = NULL;
  const char *answers[2] = { answer, NULL };

  g_ptr_array_add (distractors, (gpointer) answer);
  lectern_quiz_add_distinct (context, distractors, candidates, 4);
  g_ptr_array_remove_index (distractors, 0);
  if (distractors->len < 2)
    return NULL;

  choices = lectern_quiz_make_choices (rng, answer, distractors);
  spec->format = LECTERN_ANSWER_CHOICE;
  spec->choices = (const char * const *) choices;
  spec->answers = answers;

  return lectern_question_new (spec);
}

LecternQuestion *
lectern_quiz_entity_summary_question (LecternQuizContext  *context,
                                      LecternQuestionSpec *spec,
                                      LecternQuizEntity   *entity,
                                      LecternRng          *rng,
                                      const char          *answer,
                                      GPtrArray           *candidates)
{
  g_autofree char *explanation = lectern_quiz_entity_explanation (entity);
  g_autofree char *fact = g_strconcat ("entity-summary/", lectern_entity_get_id (entity->entity),
                                       NULL);

  spec->fact = fact;
  spec->explanation = explanation;
  lectern_quiz_spec_set_sentence (spec, entity->first_sentence);

  return lectern_quiz_choice_question (context, spec, rng, answer, candidates);
}

LecternQuestion *
lectern_quiz_event_date_question (LecternQuizContext  *context,
                                  LecternQuestionSpec *spec,
                                  LecternQuizEvent    *event,
                                  LecternRng          *rng,
                                  const char          *answer,
                                  GPtrArray           *candidates)
{
  g_autofree char *explanation = lectern_quiz_event_explanation (event);
  g_autofree char *fact = g_strconcat ("event-date/", lectern_event_get_id (event->event), NULL);

  spec->fact = fact;
  spec->explanation = explanation;
  lectern_quiz_spec_set_event (spec, event);

  return lectern_quiz_choice_question (context, spec, rng, answer, candidates);
}

static gboolean
entity_is_summarised (LecternQuizEntity *entity)
{
  return entity->first_sentence != NULL && entity->masked_summary != NULL;
}

void
lectern_quiz_collect_summarised_entities (LecternQuizContext *context,
                                          const char         *prefix,
                                          GPtrArray          *keys)
{
  for (guint i = 0; i < context->entities->len; i++)
    {
      LecternQuizEntity *entity = context->entities->pdata[i];

      if (entity_is_summarised (entity))
        g_ptr_array_add (keys, g_strconcat (prefix, lectern_entity_get_id (entity->entity), NULL));
    }
}

LecternQuizEntity *
lectern_quiz_lookup_summarised_entity (LecternQuizContext *context,
                                       const char         *prefix,
                                       const char         *key)
{
  LecternQuizEntity *entity;

  if (!g_str_has_prefix (key, prefix))
    return NULL;

  entity = lectern_quiz_context_lookup_entity (context, key + strlen (prefix));
  return entity != NULL && entity_is_summarised (entity) ? entity : NULL;
}

GPtrArray *
lectern_quiz_entity_peers (LecternQuizContext *context,
                           LecternQuizEntity  *entity,
                           LecternRng         *rng)
{
  g_autoptr(GPtrArray) entities = lectern_quiz_shuffled_copy (rng, context->entities);
  GPtrArray *peers = g_ptr_array_new ();

  for (guint i = 0; i < entities->len; i++)
    {
      LecternQuizEntity *other = entities->pdata[i];

      if (other->kind == entity->kind && !lectern_quiz_context_related (context, entity, other))
        g_ptr_array_add (peers, other);
    }

  return peers;
}

static gboolean
event_is_dated (LecternQuizEvent *event)
{
  return !lectern_event_get_background (event->event) && !event->title_has_year;
}

void
lectern_quiz_collect_dated_events (LecternQuizContext *context,
                                   const char         *prefix,
                                   GPtrArray          *keys)
{
  for (guint i = 0; i < context->events->len; i++)
    {
      LecternQuizEvent *event = context->events->pdata[i];

      if (event_is_dated (event))
        g_ptr_array_add (keys, g_strconcat (prefix, lectern_event_get_id (event->event), NULL));
    }
}

LecternQuizEvent *
lectern_quiz_lookup_dated_event (LecternQuizContext *context,
                                 const char         *prefix,
                                 const char         *key)
{
  LecternQuizEvent *event;

  if (!g_str_has_prefix (key, prefix))
    return NULL;

  event = lectern_quiz_context_lookup_event (context, key + strlen (prefix));
  return event != NULL && event_is_dated (event) ? event : NULL;
}
