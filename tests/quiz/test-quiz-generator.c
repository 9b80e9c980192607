/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "lectern-quiz.h"

#define N_SEEDS 200

static LecternPack *pack;

/* --- Helpers that look facts up in the pack, independently of the generator */

static char *
fold (const char *text)
{
  return lectern_text_fold (text);
}

static gboolean
occurs_in_article (const char *text)
{
  g_autofree char *needle = fold (text);
  GListModel *paragraphs = lectern_pack_get_paragraphs (pack);

  for (guint i = 0; i < g_list_model_get_n_items (paragraphs); i++)
    {
      g_autoptr(LecternParagraph) paragraph = g_list_model_get_item (paragraphs, i);
      g_autofree char *hay = fold (lectern_paragraph_get_text (paragraph));

      if (strstr (hay, needle) != NULL)
        return TRUE;
    }

  return FALSE;
}

static void
event_years (LecternEvent *event,
             int          *first,
             int          *last)
{
  *first = lectern_event_get_start (event)->year;
  *last = lectern_event_get_end (event) != NULL ? lectern_event_get_end (event)->year : *first;
}

/* Every event with this title (titles may repeat in a pack). */
static GPtrArray *
events_titled (const char *title)
{
  GListModel *events = lectern_pack_get_events (pack);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(LecternEvent) event = g_list_model_get_item (events, i);

      if (strcmp (lectern_event_get_title (event), title) == 0)
        g_ptr_array_add (found, g_object_ref (event));
    }

  return found;
}

static void
parse_years (const char *label,
             int        *first,
             int        *last)
{
  char *rest = NULL;

  *first = (int) g_ascii_strtoll (label, &rest, 10);
  *last = *first;
  if (g_str_has_prefix (rest, "–"))
    *last = (int) g_ascii_strtoll (rest + strlen ("–"), &rest, 10);
  g_assert_cmpstr (rest, ==, "");
  g_assert_cmpint (*first, >=, 1000);
}

static gboolean
overlap (int a1, int a2, int b1, int b2)
{
  return a1 <= b2 && b1 <= a2;
}

/* Entities one of whose spellings is @text. */
static GPtrArray *
entities_spelled (const char *text)
{
  GListModel *entities = lectern_pack_get_entities (pack);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *key = fold (text);

  for (guint i = 0; i < g_list_model_get_n_items (entities); i++)
    {
      g_autoptr(LecternEntity) entity = g_list_model_get_item (entities, i);
      const char * const *aliases = lectern_entity_get_aliases (entity);
      g_autofree char *name = fold (lectern_entity_get_name (entity));
      gboolean hit = strcmp (name, key) == 0;

      for (guint a = 0; aliases != NULL && aliases[a] != NULL && !hit; a++)
        {
          g_autofree char *alias = fold (aliases[a]);

          hit = strcmp (alias, key) == 0;
        }
      if (hit)
        g_ptr_array_add (found, g_object_ref (entity));
    }

  return found;
}

/* Whether @masked ("… is a law") is @entity's summary with names blanked. */
static gboolean
summary_matches (LecternEntity *entity,
                 const char    *masked)
{
  const char *summary = lectern_entity_get_summary (entity);
  g_auto(GStrv) pieces = g_strsplit (masked, "…", -1);
  const char *at = summary;

  for (guint i = 0; pieces[i] != NULL; i++)
    {
      const char *found = strstr (at, pieces[i]);

      if (found == NULL || (i == 0 && found != summary))
        return FALSE;
      at = found + strlen (pieces[i]);
    }

  return *at == '\0' || g_strv_length (pieces) > 1;
}

static GPtrArray *
entities_with_summary (const char *masked)
{
  GListModel *entities = lectern_pack_get_entities (pack);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (entities); i++)
    {
      g_autoptr(LecternEntity) entity = g_list_model_get_item (entities, i);

      if (summary_matches (entity, masked))
        g_ptr_array_add (found, g_object_ref (entity));
    }

  return found;
}

static guint
count_in (const char * const *strings,
          const char         *text)
{
  guint n = 0;

  for (guint i = 0; strings[i] != NULL; i++)
    if (strcmp (strings[i], text) == 0)
      n++;

  return n;
}

static void
assert_no_duplicates (const char * const *strings)
{
  for (guint i = 0; strings[i] != NULL; i++)
    for (guint j = i + 1; strings[j] != NULL; j++)
      {
        g_autofree char *a = fold (strings[i]);
        g_autofree char *b = fold (strings[j]);

        g_assert_cmpstr (a, !=, b);
      }
}

static const char *
id_arg (LecternQuestion *question)
{
  return strchr (lectern_question_get_id (question), ':') + 1;
}

/* --- Rules per question type ------------------------------------------- */

static void
check_source (LecternQuestion *question)
{
  LecternParagraph *paragraph = lectern_question_get_paragraph (question);
  guint start = lectern_question_get_source_start (question);
  guint end = lectern_question_get_source_end (question);
  g_autofree char *text = NULL;

  g_assert_nonnull (lectern_pack_lookup_paragraph (pack, lectern_paragraph_get_id (paragraph)));
  g_assert_cmpuint (start, <, end);
  g_assert_cmpuint (end, <=, lectern_paragraph_get_length (paragraph));
  text = lectern_text_substring (lectern_paragraph_get_text (paragraph), start, end);
  g_assert_cmpstr (text, ==, lectern_question_get_source_text (question));
}

static void
check_choice_shape (LecternQuestion *question)
{
  const char * const *choices = lectern_question_get_choices (question);
  const char * const *answers = lectern_question_get_answers (question);
  guint n = g_strv_length ((char **) choices);

  g_assert_cmpuint (g_strv_length ((char **) answers), ==, 1);
  g_assert_cmpuint (count_in (choices, answers[0]), ==, 1);
  assert_no_duplicates (choices);
  if (lectern_question_get_question_type (question) == LECTERN_QUESTION_TRUE_FALSE)
    g_assert_cmpuint (n, ==, 2);
  else
    g_assert_true (n == 3 || n == 4);
}

static void
check_event_year (LecternQuestion *question)
{
  LecternEvent *event = lectern_pack_lookup_event (pack, id_arg (question));
  const char * const *choices = lectern_question_get_choices (question);
  const char *answer = lectern_question_get_answers (question)[0];
  int first, last, a1, a2;

  g_assert_nonnull (event);
  event_years (event, &first, &last);
  parse_years (answer, &a1, &a2);
  g_assert_cmpint (a1, ==, first);
  g_assert_cmpint (a2, ==, last);

  for (guint i = 0; choices[i] != NULL; i++)
    {
      g_autoptr(GPtrArray) same = events_titled (lectern_event_get_title (event));
      int d1, d2;

      if (strcmp (choices[i], answer) == 0)
        continue;
      parse_years (choices[i], &d1, &d2);
      /* Not the year of this event, of one with the same title, nor a range containing it. */
      for (guint k = 0; k < same->len; k++)
        {
          int s1, s2;

          event_years (same->pdata[k], &s1, &s2);
          g_assert_false (overlap (d1, d2, s1, s2));
        }
    }
}

static void
check_year_event (LecternQuestion *question)
{
  LecternEvent *event = lectern_pack_lookup_event (pack, id_arg (question));
  const char * const *choices = lectern_question_get_choices (question);
  int first, last;

  g_assert_nonnull (event);
  g_assert_cmpstr (lectern_question_get_answers (question)[0], ==, lectern_event_get_title (event));
  event_years (event, &first, &last);

  for (guint i = 0; choices[i] != NULL; i++)
    {
      g_autoptr(GPtrArray) titled = events_titled (choices[i]);

      g_assert_cmpuint (titled->len, >, 0);
      if (strcmp (choices[i], lectern_event_get_title (event)) == 0)
        continue;
      /* No event of that title happened in the year asked about. */
      for (guint k = 0; k < titled->len; k++)
        {
          int d1, d2;

          event_years (titled->pdata[k], &d1, &d2);
          g_assert_false (overlap (d1, d2, first, last));
        }
    }
}

static int
title_year (const char *title,
            int        *last)
{
  g_autoptr(GPtrArray) titled = events_titled (title);
  int first;

  g_assert_cmpuint (titled->len, ==, 1);
  event_years (titled->pdata[0], &first, last);
  return first;
}

static void
check_chronology (LecternQuestion *question)
{
  const char * const *choices = lectern_question_get_choices (question);
  const char * const *answers = lectern_question_get_answers (question);

  assert_no_duplicates (choices);

  if (lectern_question_get_format (question) == LECTERN_ANSWER_ORDER)
    {
      int previous_last = G_MININT;

      g_assert_cmpuint (g_strv_length ((char **) choices), ==, 4);
      g_assert_cmpuint (g_strv_length ((char **) answers), ==, 4);
      g_assert_false (g_strv_equal (choices, answers));
      for (guint i = 0; answers[i] != NULL; i++)
        {
          int first, last;

          g_assert_cmpuint (count_in (choices, answers[i]), ==, 1);
          first = title_year (answers[i], &last);
          g_assert_cmpint (first, >, previous_last);
          previous_last = last;
        }
    }
  else
    {
      int answer_last, answer_first;

      check_choice_shape (question);
      answer_first = title_year (answers[0], &answer_last);
      (void) answer_first;
      for (guint i = 0; choices[i] != NULL; i++)
        {
          int first, last;

          if (strcmp (choices[i], answers[0]) == 0)
            continue;
          first = title_year (choices[i], &last);
          g_assert_cmpint (first, >, answer_last);
        }
    }
}

static void
check_entity (LecternQuestion *question)
{
  LecternEntity *entity = lectern_pack_lookup_entity (pack, id_arg (question));
  const char * const *choices = lectern_question_get_choices (question);

  g_assert_nonnull (entity);
  g_assert_cmpstr (lectern_question_get_answers (question)[0], ==,
                   lectern_entity_get_name (entity));

  for (guint i = 0; choices[i] != NULL; i++)
    {
      g_autoptr(GPtrArray) spelled = entities_spelled (choices[i]);

      /* A name of exactly one entity of the same kind, never the answer's alias. */
      g_assert_cmpuint (spelled->len, ==, 1);
      g_assert_cmpint (lectern_entity_get_kind (spelled->pdata[0]), ==,
                       lectern_entity_get_kind (entity));
      if (spelled->pdata[0] != entity)
        g_assert_cmpstr (choices[i], !=, lectern_question_get_answers (question)[0]);
    }

  /* The description does not name the entity. */
  g_assert_null (strstr (lectern_question_get_prompt (question), lectern_entity_get_name (entity)));
}

static void
check_summary (LecternQuestion *question)
{
  LecternEntity *entity = lectern_pack_lookup_entity (pack, id_arg (question));
  const char * const *choices = lectern_question_get_choices (question);
  const char *answer = lectern_question_get_answers (question)[0];

  g_assert_nonnull (entity);
  g_assert_true (summary_matches (entity, answer));

  for (guint i = 0; choices[i] != NULL; i++)
    {
      g_autoptr(GPtrArray) owners = entities_with_summary (choices[i]);

      g_assert_cmpuint (owners->len, ==, 1);
      g_assert_cmpint (lectern_entity_get_kind (owners->pdata[0]), ==,
                       lectern_entity_get_kind (entity));
      g_assert_true ((owners->pdata[0] == entity) == (strcmp (choices[i], answer) == 0));
    }
}

static char *
restore (const char *prompt,
         const char *answer)
{
  const char *blank = strstr (prompt, LECTERN_QUESTION_BLANK);
  GString *out;

  g_assert_nonnull (blank);
  g_assert_null (strstr (blank + 1, LECTERN_QUESTION_BLANK));

  out = g_string_new_len (prompt, blank - prompt);
  g_string_append (out, answer);
  g_string_append (out, blank + strlen (LECTERN_QUESTION_BLANK));
  return g_string_free (out, FALSE);
}

static void
check_cloze (LecternQuestion *question)
{
  const char *prompt = lectern_question_get_prompt (question);
  const char *answer = lectern_question_get_answers (question)[0];
  const char *source = lectern_question_get_source_text (question);
  g_autofree char *restored = restore (prompt, answer);
  const char * const *choices = lectern_question_get_choices (question);
  gboolean is_year = strlen (answer) == 4 && g_ascii_isdigit (answer[0]);
  g_autoptr(GPtrArray) answer_entities = NULL;

  /* Putting the answer back gives the sentence as written. */
  g_assert_cmpstr (restored, ==, source);

  if (lectern_question_get_format (question) == LECTERN_ANSWER_TYPED)
    {
      g_assert_cmpuint (g_strv_length ((char **) choices), ==, 0);
      g_assert_true (lectern_grading_accepts (answer, lectern_question_get_answers (question)));
      return;
    }

  check_choice_shape (question);
  if (!is_year)
    {
      answer_entities = entities_spelled (answer);
      g_assert_cmpuint (answer_entities->len, ==, 1);
    }

  for (guint i = 0; choices[i] != NULL; i++)
    {
      g_autofree char *other = NULL;

      if (strcmp (choices[i], answer) == 0)
        continue;

      other = restore (prompt, choices[i]);
      g_assert_false (occurs_in_article (other));

      if (is_year)
        {
          g_assert_cmpuint (strlen (choices[i]), ==, 4);
          g_assert_true (g_ascii_isdigit (choices[i][0]));
          g_assert_null (strstr (source, choices[i]));
        }
      else
        {
          g_autoptr(GPtrArray) spelled = entities_spelled (choices[i]);

          g_assert_cmpuint (spelled->len, ==, 1);
          g_assert_true (spelled->pdata[0] != answer_entities->pdata[0]);
          g_assert_cmpint (lectern_entity_get_kind (spelled->pdata[0]), ==,
                           lectern_entity_get_kind (answer_entities->pdata[0]));
        }
    }
}

static void
check_true_false (LecternQuestion *question)
{
  const char *prompt = lectern_question_get_prompt (question);
  const char *statement;

  check_choice_shape (question);
  g_assert_cmpstr (lectern_question_get_choices (question)[0], ==, "True");
  g_assert_cmpstr (lectern_question_get_choices (question)[1], ==, "False");
  g_assert_true (g_str_has_prefix (prompt, "True or false? "));
  statement = prompt + strlen ("True or false? ");

  if (strcmp (lectern_question_get_answers (question)[0], "True") == 0)
    {
      g_assert_cmpstr (statement, ==, lectern_question_get_source_text (question));
    }
  else
    {
      g_assert_cmpstr (statement, !=, lectern_question_get_source_text (question));
      /* A swapped sentence that the article also says would be true. */
      g_assert_false (occurs_in_article (statement));
    }
}

static void
check_matching (LecternQuestion *question)
{
  const char * const *items = lectern_question_get_items (question);
  const char * const *choices = lectern_question_get_choices (question);
  const char * const *answers = lectern_question_get_answers (question);
  gboolean years = strstr (lectern_question_get_id (question), ":years:") != NULL;

  g_assert_nonnull (items);
  g_assert_cmpuint (g_strv_length ((char **) items), ==, 4);
  g_assert_cmpuint (g_strv_length ((char **) choices), ==, 4);
  g_assert_cmpuint (g_strv_length ((char **) answers), ==, 4);
  assert_no_duplicates (items);
  assert_no_duplicates (choices);

  for (guint i = 0; items[i] != NULL; i++)
    {
      g_assert_cmpuint (count_in (choices, answers[i]), ==, 1);

      if (years)
        {
          int first, last, c1, c2;

          first = title_year (items[i], &last);
          parse_years (answers[i], &c1, &c2);
          g_assert_cmpint (first, ==, c1);
          g_assert_cmpint (last, ==, c2);
          /* No other choice fits this event. */
          for (guint k = 0; choices[k] != NULL; k++)
            if (strcmp (choices[k], answers[i]) != 0)
              {
                parse_years (choices[k], &c1, &c2);
                g_assert_false (overlap (c1, c2, first, last));
              }
        }
      else
        {
          g_autoptr(GPtrArray) spelled = entities_spelled (items[i]);
          g_autoptr(GPtrArray) owners = entities_with_summary (answers[i]);

          g_assert_cmpuint (spelled->len, ==, 1);
          g_assert_cmpuint (owners->len, ==, 1);
          g_assert_true (spelled->pdata[0] == owners->pdata[0]);
        }
    }
}

static void
check_question (LecternQuestion *question)
{
  LecternQuestionType type = lectern_question_get_question_type (question);
  g_autofree char *prefix = g_strconcat (lectern_question_type_to_string (type), ":", NULL);

  g_assert_true (g_str_has_prefix (lectern_question_get_id (question), prefix));
  g_assert_cmpstr (lectern_question_get_prompt (question), !=, "");
  g_assert_cmpstr (lectern_question_get_explanation (question), !=, "");
  check_source (question);

  switch (type)
    {
    case LECTERN_QUESTION_EVENT_YEAR:
      check_choice_shape (question);
      check_event_year (question);
      break;
    case LECTERN_QUESTION_YEAR_EVENT:
      check_choice_shape (question);
      check_year_event (question);
      break;
    case LECTERN_QUESTION_CHRONOLOGY:
      check_chronology (question);
      break;
    case LECTERN_QUESTION_ENTITY:
      check_choice_shape (question);
      check_entity (question);
      break;
    case LECTERN_QUESTION_SUMMARY:
      check_choice_shape (question);
      check_summary (question);
      break;
    case LECTERN_QUESTION_CLOZE:
      check_cloze (question);
      break;
    case LECTERN_QUESTION_TRUE_FALSE:
      check_true_false (question);
      break;
    case LECTERN_QUESTION_MATCHING:
      check_matching (question);
      break;
    case LECTERN_N_QUESTION_TYPES:
    default:
      g_assert_not_reached ();
    }

  /* The right answer is graded right. */
  if (lectern_question_get_format (question) == LECTERN_ANSWER_TYPED)
    {
      const char *response[] = { lectern_question_get_answers (question)[0], NULL };

      g_assert_true (lectern_grading_check (question, response));
    }
  else
    {
      g_assert_true (lectern_grading_check (question, lectern_question_get_answers (question)));
    }
}

/* --- Tests -------------------------------------------------------------- */

static GPtrArray *
generate (guint64 seed,
          guint   count,
          guint   types)
{
  g_autoptr(LecternQuizGenerator) generator = lectern_quiz_generator_new (pack);
  g_autoptr(GError) error = NULL;
  LecternQuizOptions options = { seed, count, types };
  GPtrArray *questions = lectern_quiz_generator_generate (generator, &options, &error);

  g_assert_no_error (error);
  g_assert_nonnull (questions);
  return questions;
}

static guint
count_bits (guint mask)
{
  guint n = 0;

  for (; mask != 0; mask &= mask - 1)
    n++;

  return n;
}

static void
test_rules (void)
{
  guint type_counts[LECTERN_N_QUESTION_TYPES] = { 0 };

  for (guint seed = 1; seed <= N_SEEDS; seed++)
    {
      g_autoptr(GPtrArray) questions = generate (seed, 20, LECTERN_QUESTION_TYPES_ALL);
      g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
      g_autoptr(GHashTable) facts = g_hash_table_new (g_str_hash, g_str_equal);
      guint types = 0;

      g_assert_cmpuint (questions->len, ==, 20);

      for (guint i = 0; i < questions->len; i++)
        {
          LecternQuestion *question = questions->pdata[i];

          check_question (question);
          /* No fact is tested twice in one quiz. */
          g_assert_true (g_hash_table_add (ids, (gpointer) lectern_question_get_id (question)));
          g_assert_true (g_hash_table_add (facts, (gpointer) lectern_question_get_fact (question)));
          types |= 1u << lectern_question_get_question_type (question);
          type_counts[lectern_question_get_question_type (question)]++;
        }

      g_assert_cmpuint (count_bits (types), >=, 6);
    }

  for (guint t = 0; t < LECTERN_N_QUESTION_TYPES; t++)
    g_assert_cmpuint (type_counts[t], >, 0);
}

static void
test_all (void)
{
  g_autoptr(GPtrArray) questions = generate (7, LECTERN_QUIZ_COUNT_ALL, LECTERN_QUESTION_TYPES_ALL);
  g_autoptr(GHashTable) facts = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpuint (questions->len, >, 40);
  for (guint i = 0; i < questions->len; i++)
    {
      check_question (questions->pdata[i]);
      g_assert_true (g_hash_table_add (facts,
                                       (gpointer) lectern_question_get_fact (questions->pdata[i])));
    }
}

static void
test_determinism (void)
{
  for (guint64 seed = 1; seed <= 20; seed++)
    {
      LecternQuizOptions options = { seed, 20, LECTERN_QUESTION_TYPES_ALL };
      g_autoptr(GError) error = NULL;
      g_autofree char *a = lectern_quiz_export_json (pack, &options, &error);
      g_autofree char *b = NULL;
      g_autofree char *c = NULL;

      g_assert_no_error (error);
      b = lectern_quiz_export_json (pack, &options, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (a, ==, b);

      options.seed = seed + 1000;
      c = lectern_quiz_export_json (pack, &options, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (a, !=, c);
    }
}

static void
test_types_filter (void)
{
  for (guint t = 0; t < LECTERN_N_QUESTION_TYPES; t++)
    {
      g_autoptr(GPtrArray) questions = generate (3, 10, 1u << t);

      g_assert_cmpuint (questions->len, >, 0);
      for (guint i = 0; i < questions->len; i++)
        {
          g_assert_cmpint (lectern_question_get_question_type (questions->pdata[i]), ==, t);
          check_question (questions->pdata[i]);
        }
    }
}

static void
test_build_by_id (void)
{
  g_autoptr(GPtrArray) questions = generate (11, 20, LECTERN_QUESTION_TYPES_ALL);
  g_autoptr(LecternQuizGenerator) generator = lectern_quiz_generator_new (pack);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(GPtrArray) rebuilt = NULL;
  g_autoptr(GError) error = NULL;
  LecternQuestion *question;

  for (guint i = 0; i < questions->len; i++)
    {
      LecternQuestion *original = questions->pdata[i];
      g_autoptr(LecternQuestion) again = NULL;

      again = lectern_quiz_generator_build (generator, lectern_question_get_id (original), 99,
                                            &error);
      g_assert_no_error (error);
      g_assert_cmpstr (lectern_question_get_id (again), ==, lectern_question_get_id (original));
      g_assert_cmpstr (lectern_question_get_prompt (again), ==,
                       lectern_question_get_prompt (original));
      g_assert_cmpstr (lectern_question_get_source_text (again), ==,
                       lectern_question_get_source_text (original));
      check_question (again);
      g_ptr_array_add (ids, (gpointer) lectern_question_get_id (original));
    }
  g_ptr_array_add (ids, (gpointer) "event-year:no-such-event");
  g_ptr_array_add (ids, NULL);

  rebuilt = lectern_quiz_generator_build_ids (generator, (const char * const *) ids->pdata,
                                              LECTERN_QUESTION_TYPES_ALL, 0, 5);
  g_assert_cmpuint (rebuilt->len, ==, questions->len);
  g_clear_pointer (&rebuilt, g_ptr_array_unref);

  rebuilt = lectern_quiz_generator_build_ids (generator, (const char * const *) ids->pdata,
                                              LECTERN_QUESTION_TYPES_ALL, 5, 5);
  g_assert_cmpuint (rebuilt->len, ==, 5);

  question = lectern_quiz_generator_build (generator, "event-year:no-such-event", 1, &error);
  g_assert_error (error, LECTERN_QUIZ_ERROR, LECTERN_QUIZ_ERROR_INVALID_ID);
  g_assert_null (question);
  g_clear_error (&error);

  /* Ids that are not well formed are refused, not crashed on. */
  {
    static const char * const bad[] = {
      "", "cloze", "cloze:", "cloze:choice:p1", "cloze:choice:p1:0-10:0-5",
      "cloze:typed:p999:0-10:0-5", "true-false:p1:5-3", "true-false:p1:0-0:1-2:e=japan",
      "chronology:order:basic-act", "chronology:first:basic-act,basic-act,basic-act",
      "matching:years:a,b,c,d", "matching:entities:japan,japan,japan,japan", "summary:",
      "nonsense:japan", "entity:no-such-entity", "year-event:",
    };

    for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
      {
        question = lectern_quiz_generator_build (generator, bad[i], 1, &error);
        g_assert_error (error, LECTERN_QUIZ_ERROR, LECTERN_QUIZ_ERROR_INVALID_ID);
        g_assert_null (question);
        g_clear_error (&error);
      }
  }
}

static void
test_export_json (void)
{
  LecternQuizOptions options = { 42, 12, LECTERN_QUESTION_TYPES_ALL };
  g_autoptr(GError) error = NULL;
  g_autofree char *json = lectern_quiz_export_json (pack, &options, &error);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *code = lectern_quiz_code_encode (&options);
  JsonObject *root;
  JsonArray *questions;

  g_assert_no_error (error);
  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  g_assert_no_error (error);

  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "pack"), ==, "japan-cybersecurity");
  g_assert_cmpint (json_object_get_int_member (root, "seed"), ==, 42);
  g_assert_cmpstr (json_object_get_string_member (root, "code"), ==, code);
  questions = json_object_get_array_member (root, "questions");
  g_assert_cmpuint (json_array_get_length (questions), ==, 12);

  for (guint i = 0; i < json_array_get_length (questions); i++)
    {
      JsonObject *question = json_array_get_object_element (questions, i);
      JsonObject *source = json_object_get_object_member (question, "source");
      LecternParagraph *paragraph;
      g_autofree char *text = NULL;

      for (guint k = 0; k < 6; k++)
        {
          static const char * const members[] = {
            "id", "type", "prompt", "choices", "answers", "explanation",
          };

          g_assert_true (json_object_has_member (question, members[k]));
        }

      paragraph = lectern_pack_lookup_paragraph (pack, json_object_get_string_member (source,
                                                                                      "paragraph"));
      g_assert_nonnull (paragraph);
      text = lectern_text_substring (lectern_paragraph_get_text (paragraph),
                                     json_object_get_int_member (source, "start"),
                                     json_object_get_int_member (source, "end"));
      g_assert_cmpstr (text, ==, json_object_get_string_member (source, "text"));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  pack = lectern_pack_load_bundled (&error);
  g_assert_no_error (error);

  g_test_add_func ("/quiz/generator/rules", test_rules);
  g_test_add_func ("/quiz/generator/all", test_all);
  g_test_add_func ("/quiz/generator/determinism", test_determinism);
  g_test_add_func ("/quiz/generator/types-filter", test_types_filter);
  g_test_add_func ("/quiz/generator/build-by-id", test_build_by_id);
  g_test_add_func ("/quiz/generator/export-json", test_export_json);

  status = g_test_run ();
  g_object_unref (pack);
  return status;
}
