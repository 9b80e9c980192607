/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lectern-event-year-generator.h"

/* "In which year did this happen: …?" — key "event-year:EVENT-ID". */

#define PREFIX        "event-year:"
#define MAX_RANGE_GAP 4

struct _LecternEventYearGenerator
{
  GObject parent_instance;
};

static void question_generator_iface_init (LecternQuestionGeneratorInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LecternEventYearGenerator, lectern_event_year_generator,
                               G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (LECTERN_TYPE_QUESTION_GENERATOR,
                                                      question_generator_iface_init))

/* Year labels of other events that cannot also be right. */
static void
add_point_candidates (LecternQuizContext *context,
                      LecternQuizEvent   *answer,
                      LecternRng         *rng,
                      GPtrArray          *candidates)
{
  g_autoptr(GPtrArray) events = lectern_quiz_shuffled_copy (rng, context->events);

  for (guint i = 0; i < events->len; i++)
    {
      LecternQuizEvent *other = events->pdata[i];

      if (other->first_year != other->last_year ||
          lectern_quiz_context_intervals_overlap (answer, other) ||
          strcmp (other->folded_title, answer->folded_title) == 0)
        continue;

      g_ptr_array_add (candidates, g_strdup (other->year_label));
    }
}

/* Ranges between two years of the pack that do not overlap the answer. */
static void
add_range_candidates (LecternQuizContext *context,
                      LecternQuizEvent   *answer,
                      LecternRng         *rng,
                      GPtrArray          *candidates)
{
  g_autoptr(GPtrArray) ranges = g_ptr_array_new_with_free_func (g_free);
  GArray *years = context->years;

  for (guint i = 0; i < years->len; i++)
    for (guint j = i + 1; j < years->len; j++)
      {
        int first = g_array_index (years, int, i);
        int last = g_array_index (years, int, j);

        if (last - first > MAX_RANGE_GAP ||
            (first <= answer->last_year && answer->first_year <= last))
          continue;

        g_ptr_array_add (ranges, g_strdup_printf ("%d–%d", first, last));
      }

  lectern_rng_shuffle (rng, ranges);
  for (guint i = 0; i < ranges->len; i++)
    g_ptr_array_add (candidates, g_strdup (ranges->pdata[i]));
}

static LecternQuestionType
lectern_event_year_generator_get_question_type (LecternQuestionGenerator *generator)
{
  return LECTERN_QUESTION_EVENT_YEAR;
}

static gboolean
lectern_event_year_generator_keys_use_rng (LecternQuestionGenerator *generator)
{
  return FALSE;
}

static void
lectern_event_year_generator_collect (LecternQuestionGenerator *generator,
                                      LecternQuizContext       *context,
                                      LecternRng               *rng,
                                      GPtrArray                *keys)
{
  for (guint i = 0; i < context->events->len; i++)
    {
      LecternQuizEvent *event = context->events->pdata[i];

      if (!lectern_event_get_background (event->event) && !event->title_has_year)
        g_ptr_array_add (keys, g_strconcat (PREFIX, lectern_event_get_id (event->event), NULL));
    }
}

static LecternQuestion *
lectern_event_year_generator_build (LecternQuestionGenerator *generator,
                                    LecternQuizContext       *context,
                                    const char               *key,
                                    LecternRng               *rng)
{
  LecternQuestionSpec spec = { 0 };
  g_autoptr(GPtrArray) candidates = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) distractors = g_ptr_array_new ();
  g_auto(GStrv) choices = NULL;
  g_autofree char *prompt = NULL;
  g_autofree char *explanation = NULL;
  g_autofree char *fact = NULL;
  const char *answers[2] = { NULL, NULL };
  LecternQuizEvent *event;

  if (!g_str_has_prefix (key, PREFIX))
    return NULL;

  event = lectern_quiz_context_lookup_event (context, key + strlen (PREFIX));
  if (event == NULL || lectern_event_get_background (event->event) || event->title_has_year)
    return NULL;

  if (event->first_year == event->last_year)
    add_point_candidates (context, event, rng, candidates);
  else
    add_range_candidates (context, event, rng, candidates);

  answers[0] = event->year_label;
  g_ptr_array_add (distractors, (gpointer) event->year_label);
  lectern_quiz_add_distinct (context, distractors, candidates, 4);
  g_ptr_array_remove_index (distractors, 0);
  if (distractors->len < 2)
    return NULL;

  choices = lectern_quiz_make_choices (rng, event->year_label, distractors);
  if (event->first_year == event->last_year)
    prompt = g_strdup_printf (_("In which year did this happen: %s?"),
                              lectern_event_get_title (event->event));
  else
    prompt = g_strdup_printf (_("Over which years did this happen: %s?"),
                              lectern_event_get_title (event->event));
  explanation = lectern_quiz_event_explanation (event);
  fact = g_strconcat ("event-date/", lectern_event_get_id (event->event), NULL);

  spec.type = LECTERN_QUESTION_EVENT_YEAR;
  spec.format = LECTERN_ANSWER_CHOICE;
  spec.id = key;
  spec.fact = fact;
  spec.prompt = prompt;
  spec.choices = (const char * const *) choices;
  spec.answers = answers;
  spec.explanation = explanation;
  lectern_quiz_spec_set_event (&spec, event);

  return lectern_question_new (&spec);
}

static void
question_generator_iface_init (LecternQuestionGeneratorInterface *iface)
{
  iface->get_question_type = lectern_event_year_generator_get_question_type;
  iface->keys_use_rng = lectern_event_year_generator_keys_use_rng;
  iface->collect = lectern_event_year_generator_collect;
  iface->build = lectern_event_year_generator_build;
}

static void
lectern_event_year_generator_class_init (LecternEventYearGeneratorClass *klass)
{
}

static void
lectern_event_year_generator_init (LecternEventYearGenerator *self)
{
}
