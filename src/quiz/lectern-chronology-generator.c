/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lectern-chronology-generator.h"

/*
 * "Put these events in order" — key "chronology:order:A,B,C,D" — and "Which
 * of these came first?" — key "chronology:first:A,B,C"; ids in date order.
 * The events' dates never overlap, so there is one right order.
 */

#define PREFIX       "chronology:"
#define N_ORDER      4
#define N_FIRST      3
#define N_SETS       6
#define MAX_ATTEMPTS 4

struct _LecternChronologyGenerator
{
  GObject parent_instance;
};

static void question_generator_iface_init (LecternQuestionGeneratorInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LecternChronologyGenerator, lectern_chronology_generator,
                               G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (LECTERN_TYPE_QUESTION_GENERATOR,
                                                      question_generator_iface_init))

static gboolean
overlaps_any (GPtrArray        *events,
              LecternQuizEvent *event)
{
  for (guint i = 0; i < events->len; i++)
    if (lectern_quiz_context_intervals_overlap (events->pdata[i], event))
      return TRUE;

  return FALSE;
}

static int
compare_by_date (gconstpointer a,
                 gconstpointer b)
{
  LecternQuizEvent *ea = *(LecternQuizEvent **) a;
  LecternQuizEvent *eb = *(LecternQuizEvent **) b;

  return lectern_event_compare (ea->event, eb->event);
}

static char *
make_key (const char *variant,
          GPtrArray  *events)
{
  GString *key = g_string_new (PREFIX);

  g_string_append (key, variant);
  for (guint i = 0; i < events->len; i++)
    {
      LecternQuizEvent *event = events->pdata[i];

      g_string_append_c (key, i == 0 ? ':' : ',');
      g_string_append (key, lectern_event_get_id (event->event));
    }

  return g_string_free (key, FALSE);
}

static gboolean
has_key (GPtrArray  *keys,
         const char *key)
{
  for (guint i = 0; i < keys->len; i++)
    if (strcmp (keys->pdata[i], key) == 0)
      return TRUE;

  return FALSE;
}

static LecternQuestionType
lectern_chronology_generator_get_question_type (LecternQuestionGenerator *generator)
{
  return LECTERN_QUESTION_CHRONOLOGY;
}

static void
lectern_chronology_generator_collect (LecternQuestionGenerator *generator,
                                      LecternQuizContext       *context,
                                      LecternRng               *rng,
                                      GPtrArray                *keys)
{
  g_autoptr(GPtrArray) eligible = g_ptr_array_new ();

  for (guint i = 0; i < context->events->len; i++)
    {
      LecternQuizEvent *event = context->events->pdata[i];

      if (!lectern_event_get_background (event->event) && !event->title_has_year)
        g_ptr_array_add (eligible, event);
    }

  for (guint set = 0; set < 2 * N_SETS; set++)
    {
      gboolean order = set % 2 == 0;
      guint wanted = order ? N_ORDER : N_FIRST;

      for (guint attempt = 0; attempt < MAX_ATTEMPTS; attempt++)
        {
          g_autoptr(GPtrArray) shuffled = lectern_quiz_shuffled_copy (rng, eligible);
          g_autoptr(GPtrArray) chosen = g_ptr_array_new ();
          g_autofree char *key = NULL;

          for (guint i = 0; i < shuffled->len && chosen->len < wanted; i++)
            if (!overlaps_any (chosen, shuffled->pdata[i]))
              g_ptr_array_add (chosen, shuffled->pdata[i]);

          if (chosen->len < wanted)
            return;

          g_ptr_array_sort (chosen, compare_by_date);
          key = make_key (order ? "order" : "first", chosen);
          if (!has_key (keys, key))
            {
              g_ptr_array_add (keys, g_steal_pointer (&key));
              break;
            }
        }
    }
}

static char *
describe_events (GPtrArray *events)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < events->len; i++)
    {
      LecternQuizEvent *event = events->pdata[i];

      if (i > 0)
        g_string_append (text, ", ");
      /* Translators: event title and its date, in a list of events */
      g_string_append_printf (text, _("%s (%s)"), lectern_event_get_title (event->event),
                              event->year_label);
    }

  return g_string_free (text, FALSE);
}

static LecternQuestion *
lectern_chronology_generator_build (LecternQuestionGenerator *generator,
                                    LecternQuizContext       *context,
                                    const char               *key,
                                    LecternRng               *rng)
{
  LecternQuestionSpec spec = { 0 };
  g_auto(GStrv) parts = NULL;
  g_auto(GStrv) ids = NULL;
  g_autoptr(GPtrArray) events = g_ptr_array_new ();
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();
  g_autofree char *fact_text = NULL;
  g_autofree char *explanation = NULL;
  g_autofree char *listing = NULL;
  g_autofree const char **answers = NULL;
  g_auto(GStrv) choices = NULL;
  gboolean order;

  if (!g_str_has_prefix (key, PREFIX))
    return NULL;

  parts = g_strsplit (key, ":", -1);
  if (g_strv_length (parts) != 3)
    return NULL;

  if (strcmp (parts[1], "order") == 0)
    order = TRUE;
  else if (strcmp (parts[1], "first") == 0)
    order = FALSE;
  else
    return NULL;

  ids = g_strsplit (parts[2], ",", -1);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      LecternQuizEvent *event = lectern_quiz_context_lookup_event (context, ids[i]);

      if (event == NULL || lectern_event_get_background (event->event) ||
          event->title_has_year || overlaps_any (events, event))
        return NULL;
      g_ptr_array_add (events, event);
    }

  if (order ? events->len != N_ORDER : (events->len < N_FIRST || events->len > N_ORDER))
    return NULL;

  g_ptr_array_sort (events, compare_by_date);
  for (guint i = 0; i < events->len; i++)
    {
      LecternQuizEvent *event = events->pdata[i];

      g_ptr_array_add (titles, (gpointer) lectern_event_get_title (event->event));
    }

  /* Titles must tell the events apart. */
  {
    g_autoptr(GPtrArray) distinct = g_ptr_array_new ();

    lectern_quiz_add_distinct (context, distinct, titles, titles->len);
    if (distinct->len != titles->len)
      return NULL;
  }

  listing = describe_events (events);

  if (order)
    {
      g_autoptr(GPtrArray) rest = g_ptr_array_new ();
      gboolean same = TRUE;

      answers = g_new0 (const char *, titles->len + 1);
      for (guint i = 0; i < titles->len; i++)
        answers[i] = titles->pdata[i];

      /* Shown in an order that is not already the answer. */
      for (guint attempt = 0; attempt < 8 && same; attempt++)
        {
          g_clear_pointer (&choices, g_strfreev);
          g_ptr_array_set_size (rest, 0);
          for (guint i = 1; i < titles->len; i++)
            g_ptr_array_add (rest, titles->pdata[i]);
          choices = lectern_quiz_make_choices (rng, titles->pdata[0], rest);
          same = g_strv_equal ((const char * const *) choices, answers);
        }
      if (same)
        {
          char *tmp = choices[0];

          choices[0] = choices[1];
          choices[1] = tmp;
        }

      spec.format = LECTERN_ANSWER_ORDER;
      spec.prompt = _("Put these events in order, earliest first.");
      /* Translators: %s is a list of events with their dates */
      explanation = g_strdup_printf (_("In order: %s."), listing);
    }
  else
    {
      g_autoptr(GPtrArray) rest = g_ptr_array_new ();

      answers = g_new0 (const char *, 2);
      answers[0] = titles->pdata[0];
      for (guint i = 1; i < titles->len; i++)
        g_ptr_array_add (rest, titles->pdata[i]);
      choices = lectern_quiz_make_choices (rng, titles->pdata[0], rest);

      spec.format = LECTERN_ANSWER_CHOICE;
      spec.prompt = _("Which of these came first?");
      /* Translators: %s is the list of events with their dates, earliest first */
      explanation = g_strdup_printf (_("From the earliest: %s."), listing);
    }

  fact_text = g_strconcat ("chronology/", parts[2], NULL);

  spec.type = LECTERN_QUESTION_CHRONOLOGY;
  spec.id = key;
  spec.fact = fact_text;
  spec.choices = (const char * const *) choices;
  spec.answers = answers;
  spec.explanation = explanation;
  lectern_quiz_spec_set_event (&spec, events->pdata[0]);

  return lectern_question_new (&spec);
}

static void
question_generator_iface_init (LecternQuestionGeneratorInterface *iface)
{
  iface->get_question_type = lectern_chronology_generator_get_question_type;
  iface->collect = lectern_chronology_generator_collect;
  iface->build = lectern_chronology_generator_build;
}

static void
lectern_chronology_generator_class_init (LecternChronologyGeneratorClass *klass)
{
}

static void
lectern_chronology_generator_init (LecternChronologyGenerator *self)
{
}
