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
  lectern_quiz_collect_dated_events (context, PREFIX, keys);
}

static LecternQuestion *
lectern_event_year_generator_build (LecternQuestionGenerator *generator,
                                    LecternQuizContext       *context,
                                    const char               *key,
                                    LecternRng               *rng)
{
  LecternQuestionSpec spec = { 0 };
  g_autoptr(GPtrArray) candidates = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *prompt = NULL;
  LecternQuizEvent *event;

  event = lectern_quiz_lookup_dated_event (context, PREFIX, key);
  if (event == NULL)
    return NULL;

  if (event->first_year == event->last_year)
    add_point_candidates (context, event, rng, candidates);
  else
    add_range_candidates (context, event, rng, candidates);

  if (event->first_year == event->last_year)
    prompt = g_strdup_printf (_("In which year did this happen: %s?"),
                              lectern_event_get_title (event->event));
  else
    prompt = g_strdup_printf (_("Over which years did this happen: %s?"),
                              lectern_event_get_title (event->event));

  spec.type = LECTERN_QUESTION_EVENT_YEAR;
  spec.id = key;
  spec.prompt = prompt;

  return lectern_quiz_event_date_question (context, &spec, event, rng, event->year_label,
                                           candidates);
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
