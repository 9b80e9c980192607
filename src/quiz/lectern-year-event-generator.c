/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lectern-year-event-generator.h"

/* "Which of these happened in 2014?" — key "year-event:EVENT-ID" (the answer). */

#define PREFIX "year-event:"

struct _LecternYearEventGenerator
{
  GObject parent_instance;
};

static void question_generator_iface_init (LecternQuestionGeneratorInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LecternYearEventGenerator, lectern_year_event_generator,
                               G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (LECTERN_TYPE_QUESTION_GENERATOR,
                                                      question_generator_iface_init))

static LecternQuestionType
lectern_year_event_generator_get_question_type (LecternQuestionGenerator *generator)
{
  return LECTERN_QUESTION_YEAR_EVENT;
}

static gboolean
lectern_year_event_generator_keys_use_rng (LecternQuestionGenerator *generator)
{
  return FALSE;
}

static void
lectern_year_event_generator_collect (LecternQuestionGenerator *generator,
                                      LecternQuizContext       *context,
                                      LecternRng               *rng,
                                      GPtrArray                *keys)
{
  lectern_quiz_collect_dated_events (context, PREFIX, keys);
}

static LecternQuestion *
lectern_year_event_generator_build (LecternQuestionGenerator *generator,
                                    LecternQuizContext       *context,
                                    const char               *key,
                                    LecternRng               *rng)
{
  LecternQuestionSpec spec = { 0 };
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GPtrArray) candidates = g_ptr_array_new ();
  g_autofree char *prompt = NULL;
  LecternQuizEvent *event;

  event = lectern_quiz_lookup_dated_event (context, PREFIX, key);
  if (event == NULL)
    return NULL;

  /* Events of another time only: never one of the same year or a range
   * that contains it. */
  events = lectern_quiz_shuffled_copy (rng, context->events);
  for (guint i = 0; i < events->len; i++)
    {
      LecternQuizEvent *other = events->pdata[i];

      if (!lectern_quiz_context_intervals_overlap (event, other) && !other->title_has_year)
        g_ptr_array_add (candidates, (gpointer) lectern_event_get_title (other->event));
    }

  if (event->first_year == event->last_year)
    prompt = g_strdup_printf (_("Which of these happened in %d?"), event->first_year);
  else
    prompt = g_strdup_printf (_("Which of these went on from %d to %d?"),
                              event->first_year, event->last_year);

  spec.type = LECTERN_QUESTION_YEAR_EVENT;
  spec.id = key;
  spec.prompt = prompt;

  return lectern_quiz_event_date_question (context, &spec, event, rng,
                                           lectern_event_get_title (event->event), candidates);
}

static void
question_generator_iface_init (LecternQuestionGeneratorInterface *iface)
{
  iface->get_question_type = lectern_year_event_generator_get_question_type;
  iface->keys_use_rng = lectern_year_event_generator_keys_use_rng;
  iface->collect = lectern_year_event_generator_collect;
  iface->build = lectern_year_event_generator_build;
}

static void
lectern_year_event_generator_class_init (LecternYearEventGeneratorClass *klass)
{
}

static void
lectern_year_event_generator_init (LecternYearEventGenerator *self)
{
}
