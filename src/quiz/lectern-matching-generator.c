/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lectern-matching-generator.h"

/*
 * Four entities to their summaries — key "matching:entities:A,B,C,D" — or
 * four events to their years — key "matching:years:A,B,C,D" (events whose
 * dates do not overlap, so each year fits one event only).
 */

#define PREFIX       "matching:"
#define N_PAIRS      4
#define N_SETS       4
#define MAX_ATTEMPTS 4

struct _LecternMatchingGenerator
{
  GObject parent_instance;
};

static void question_generator_iface_init (LecternQuestionGeneratorInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LecternMatchingGenerator, lectern_matching_generator,
                               G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (LECTERN_TYPE_QUESTION_GENERATOR,
                                                      question_generator_iface_init))

static gboolean
entity_fits (LecternQuizContext *context,
             GPtrArray          *chosen,
             LecternQuizEntity  *entity)
{
  if (entity->first_sentence == NULL || entity->masked_summary == NULL)
    return FALSE;

  for (guint i = 0; i < chosen->len; i++)
    {
      LecternQuizEntity *other = chosen->pdata[i];

      if (lectern_quiz_context_related (context, other, entity) ||
          strcmp (other->folded_masked_summary, entity->folded_masked_summary) == 0 ||
          strcmp (other->folded_name, entity->folded_name) == 0)
        return FALSE;
    }

  return TRUE;
}

static gboolean
event_fits (GPtrArray        *chosen,
            LecternQuizEvent *event)
{
  if (lectern_event_get_background (event->event) || event->title_has_year)
    return FALSE;

  for (guint i = 0; i < chosen->len; i++)
    {
      LecternQuizEvent *other = chosen->pdata[i];

      if (lectern_quiz_context_intervals_overlap (other, event) ||
          strcmp (other->folded_title, event->folded_title) == 0)
        return FALSE;
    }

  return TRUE;
}

static int
compare_entities (gconstpointer a,
                  gconstpointer b)
{
  const LecternQuizEntity *ea = *(LecternQuizEntity **) a;
  const LecternQuizEntity *eb = *(LecternQuizEntity **) b;

  return (int) ea->index - (int) eb->index;
}

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  LecternQuizEvent *ea = *(LecternQuizEvent **) a;
  LecternQuizEvent *eb = *(LecternQuizEvent **) b;

  return lectern_event_compare (ea->event, eb->event);
}

static void
add_key (GPtrArray  *keys,
         const char *variant,
         GPtrArray  *ids)
{
  GString *key = g_string_new (PREFIX);

  g_string_append (key, variant);
  for (guint i = 0; i < ids->len; i++)
    {
      g_string_append_c (key, i == 0 ? ':' : ',');
      g_string_append (key, ids->pdata[i]);
    }

  for (guint i = 0; i < keys->len; i++)
    {
      if (strcmp (keys->pdata[i], key->str) == 0)
        {
          g_string_free (key, TRUE);
          return;
        }
    }

  g_ptr_array_add (keys, g_string_free (key, FALSE));
}

static LecternQuestionType
lectern_matching_generator_get_question_type (LecternQuestionGenerator *generator)
{
  return LECTERN_QUESTION_MATCHING;
}

static void
lectern_matching_generator_collect (LecternQuestionGenerator *generator,
                                    LecternQuizContext       *context,
                                    LecternRng               *rng,
                                    GPtrArray                *keys)
{
  guint first_key = keys->len;

  for (guint set = 0; set < N_SETS * MAX_ATTEMPTS; set++)
    {
      g_autoptr(GPtrArray) shuffled = lectern_quiz_shuffled_copy (rng, context->entities);
      g_autoptr(GPtrArray) chosen = g_ptr_array_new ();
      g_autoptr(GPtrArray) ids = g_ptr_array_new ();

      for (guint i = 0; i < shuffled->len && chosen->len < N_PAIRS; i++)
        if (entity_fits (context, chosen, shuffled->pdata[i]))
          g_ptr_array_add (chosen, shuffled->pdata[i]);
      if (chosen->len < N_PAIRS)
        break;

      g_ptr_array_sort (chosen, compare_entities);
      for (guint i = 0; i < chosen->len; i++)
        {
          LecternQuizEntity *entity = chosen->pdata[i];

          g_ptr_array_add (ids, (gpointer) lectern_entity_get_id (entity->entity));
        }
      add_key (keys, "entities", ids);
      if (keys->len - first_key >= N_SETS)
        break;
    }

  for (guint set = 0; set < N_SETS * MAX_ATTEMPTS; set++)
    {
      g_autoptr(GPtrArray) shuffled = lectern_quiz_shuffled_copy (rng, context->events);
      g_autoptr(GPtrArray) chosen = g_ptr_array_new ();
      g_autoptr(GPtrArray) ids = g_ptr_array_new ();

      for (guint i = 0; i < shuffled->len && chosen->len < N_PAIRS; i++)
        if (event_fits (chosen, shuffled->pdata[i]))
          g_ptr_array_add (chosen, shuffled->pdata[i]);
      if (chosen->len < N_PAIRS)
        break;

      g_ptr_array_sort (chosen, compare_events);
      for (guint i = 0; i < chosen->len; i++)
        {
          LecternQuizEvent *event = chosen->pdata[i];

          g_ptr_array_add (ids, (gpointer) lectern_event_get_id (event->event));
        }
      add_key (keys, "years", ids);
      if (keys->len - first_key >= 2 * N_SETS)
        break;
    }
}

static LecternQuestion *
lectern_matching_generator_build (LecternQuestionGenerator *generator,
                                  LecternQuizContext       *context,
                                  const char               *key,
                                  LecternRng               *rng)
{
  LecternQuestionSpec spec = { 0 };
  g_auto(GStrv) parts = NULL;
  g_auto(GStrv) ids = NULL;
  g_autoptr(GPtrArray) chosen = g_ptr_array_new ();
  g_autoptr(GPtrArray) order = NULL;
  g_autoptr(GPtrArray) rest = g_ptr_array_new ();
  g_autoptr(GString) explanation = g_string_new (NULL);
  g_autofree const char **items = NULL;
  g_autofree const char **answers = NULL;
  g_autofree char *fact = NULL;
  g_auto(GStrv) choices = NULL;
  gboolean entities;

  if (!g_str_has_prefix (key, PREFIX))
    return NULL;

  parts = g_strsplit (key, ":", -1);
  if (g_strv_length (parts) != 3)
    return NULL;

  if (strcmp (parts[1], "entities") == 0)
    entities = TRUE;
  else if (strcmp (parts[1], "years") == 0)
    entities = FALSE;
  else
    return NULL;

  ids = g_strsplit (parts[2], ",", -1);
  if (g_strv_length (ids) != N_PAIRS)
    return NULL;

  for (guint i = 0; ids[i] != NULL; i++)
    {
      if (entities)
        {
          LecternQuizEntity *entity = lectern_quiz_context_lookup_entity (context, ids[i]);

          if (entity == NULL || !entity_fits (context, chosen, entity))
            return NULL;
          g_ptr_array_add (chosen, entity);
        }
      else
        {
          LecternQuizEvent *event = lectern_quiz_context_lookup_event (context, ids[i]);

          if (event == NULL || !event_fits (chosen, event))
            return NULL;
          g_ptr_array_add (chosen, event);
        }
    }

  /* The items in random order, each with its right choice. */
  order = lectern_quiz_shuffled_copy (rng, chosen);
  items = g_new0 (const char *, N_PAIRS + 1);
  answers = g_new0 (const char *, N_PAIRS + 1);
  for (guint i = 0; i < N_PAIRS; i++)
    {
      if (entities)
        {
          LecternQuizEntity *entity = order->pdata[i];

          items[i] = lectern_entity_get_name (entity->entity);
          answers[i] = entity->masked_summary;
        }
      else
        {
          LecternQuizEvent *event = order->pdata[i];

          items[i] = lectern_event_get_title (event->event);
          answers[i] = event->year_label;
        }

      if (i > 0)
        g_string_append (explanation, entities ? "\n" : "; ");
      /* Translators: a matched pair: name and description, or event and year */
      g_string_append_printf (explanation, _("%s: %s"), items[i], answers[i]);
      if (i > 0)
        g_ptr_array_add (rest, (gpointer) answers[i]);
    }
  if (!entities)
    g_string_append_c (explanation, '.');

  choices = lectern_quiz_make_choices (rng, answers[0], rest);
  fact = g_strconcat ("matching/", parts[1], "/", parts[2], NULL);

  spec.type = LECTERN_QUESTION_MATCHING;
  spec.format = LECTERN_ANSWER_MATCH;
  spec.id = key;
  spec.fact = fact;
  spec.prompt = entities ? _("Match each name to its description.")
                         : _("Match each event to its year.");
  spec.items = items;
  spec.choices = (const char * const *) choices;
  spec.answers = answers;
  spec.explanation = explanation->str;
  if (entities)
    lectern_quiz_spec_set_sentence (&spec,
                                    ((LecternQuizEntity *) chosen->pdata[0])->first_sentence);
  else
    lectern_quiz_spec_set_event (&spec, chosen->pdata[0]);

  return lectern_question_new (&spec);
}

static void
question_generator_iface_init (LecternQuestionGeneratorInterface *iface)
{
  iface->get_question_type = lectern_matching_generator_get_question_type;
  iface->collect = lectern_matching_generator_collect;
  iface->build = lectern_matching_generator_build;
}

static void
lectern_matching_generator_class_init (LecternMatchingGeneratorClass *klass)
{
}

static void
lectern_matching_generator_init (LecternMatchingGenerator *self)
{
}
