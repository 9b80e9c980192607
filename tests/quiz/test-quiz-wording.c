/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "lectern-quiz.h"

/* How questions read: a blanked name never cuts a longer proper name in two
 * ("East … Sea"), and a choice reads the way the blank reads (the article's
 * "first cyber framework", not "First cyber framework", in the middle of a
 * sentence). */

#define N_SEEDS 60

static LecternPack *pack;

static GPtrArray *
generate_all (guint64 seed)
{
  g_autoptr(LecternQuizGenerator) generator = lectern_quiz_generator_new (pack);
  g_autoptr(GError) error = NULL;
  LecternQuizOptions options = { seed, LECTERN_QUIZ_COUNT_ALL, LECTERN_QUESTION_TYPES_ALL };
  GPtrArray *questions = lectern_quiz_generator_generate (generator, &options, &error);

  g_assert_no_error (error);
  return questions;
}

/* Whether a "…" in @text stands next to a capitalised word that is not the
 * start of a sentence, as when "China" is blanked in "East China Sea". */
static gboolean
cuts_proper_name (const char *text)
{
  static const char ellipsis[] = "…";

  for (const char *at = strstr (text, ellipsis); at != NULL;
       at = strstr (at + strlen (ellipsis), ellipsis))
    {
      const char *after = at + strlen (ellipsis);
      const char *word = at;

      if (after[0] == ' ' && g_unichar_isupper (g_utf8_get_char (after + 1)))
        return TRUE;

      /* The word before, if one space separates it. */
      if (word == text || word[-1] != ' ')
        continue;
      word--;
      while (word > text && g_ascii_isalpha (word[-1]))
        word--;
      if (!g_ascii_isupper (*word))
        continue;
      while (word > text && word[-1] == ' ')
        word--;
      if (word > text && strchr (".!?:;", word[-1]) == NULL)
        return TRUE;
    }

  return FALSE;
}

static void
test_cut_detector (void)
{
  const struct
  {
    const char *text;
    gboolean    cuts;
  } cases[] = {
    { "Japan’s neighbour across the East … Sea, which …", TRUE },
    { "The police force of … Metropolis.", TRUE },
    { "The national …, whose executive power", FALSE },
    { "Capital of …; the article uses the name", FALSE },
    { "… is a law. In 2014 it was passed.", FALSE },
    { "It was passed. … became law.", FALSE },
    { "Japan’s …, in force since May 1947", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_true (cuts_proper_name (cases[i].text) == cases[i].cuts);
}

static void
test_no_cut_names (void)
{
  guint n_masked = 0;

  for (guint64 seed = 1; seed <= N_SEEDS; seed++)
    {
      g_autoptr(GPtrArray) questions = generate_all (seed);

      for (guint i = 0; i < questions->len; i++)
        {
          LecternQuestion *question = questions->pdata[i];
          LecternQuestionType type = lectern_question_get_question_type (question);
          const char * const *choices = lectern_question_get_choices (question);

          if (type != LECTERN_QUESTION_ENTITY && type != LECTERN_QUESTION_SUMMARY &&
              type != LECTERN_QUESTION_MATCHING)
            continue;

          n_masked++;
          g_assert_false (cuts_proper_name (lectern_question_get_prompt (question)));
          for (guint k = 0; choices[k] != NULL; k++)
            g_assert_false (cuts_proper_name (choices[k]));
        }
    }

  g_assert_cmpuint (n_masked, >, 0);
}

/* Whether the article writes @text, exactly, somewhere. */
static gboolean
article_writes (const char *text)
{
  GListModel *paragraphs = lectern_pack_get_paragraphs (pack);

  for (guint i = 0; i < g_list_model_get_n_items (paragraphs); i++)
    {
      g_autoptr(LecternParagraph) paragraph = g_list_model_get_item (paragraphs, i);

      if (strstr (lectern_paragraph_get_text (paragraph), text) != NULL)
        return TRUE;
    }

  return FALSE;
}

/* The entity one of whose spellings folds to @text, or %NULL. */
static LecternEntity *
entity_spelled (const char *text)
{
  GListModel *entities = lectern_pack_get_entities (pack);
  g_autofree char *key = lectern_text_fold (text);

  for (guint i = 0; i < g_list_model_get_n_items (entities); i++)
    {
      g_autoptr(LecternEntity) entity = g_list_model_get_item (entities, i);
      g_autofree char *name = lectern_text_fold (lectern_entity_get_name (entity));

      if (strcmp (name, key) == 0)
        return entity;
    }

  return NULL;
}

static void
test_cloze_choice_case (void)
{
  guint n_checked = 0;

  for (guint64 seed = 1; seed <= N_SEEDS; seed++)
    {
      g_autoptr(GPtrArray) questions = generate_all (seed);

      for (guint i = 0; i < questions->len; i++)
        {
          LecternQuestion *question = questions->pdata[i];
          const char * const *choices = lectern_question_get_choices (question);
          const char *answer = lectern_question_get_answers (question)[0];

          if (lectern_question_get_question_type (question) != LECTERN_QUESTION_CLOZE ||
              lectern_question_get_format (question) != LECTERN_ANSWER_CHOICE ||
              !g_unichar_islower (g_utf8_get_char (answer)))
            continue;

          /* A blank that reads in lower case: a choice that the article
           * itself writes in lower case is offered in lower case. */
          for (guint k = 0; choices[k] != NULL; k++)
            {
              LecternEntity *entity = entity_spelled (choices[k]);
              g_autofree char *lower = NULL;

              if (entity == NULL)
                continue;
              lower = g_utf8_strdown (lectern_entity_get_name (entity), -1);
              if (!article_writes (lower))
                continue;

              n_checked++;
              g_assert_true (g_unichar_islower (g_utf8_get_char (choices[k])));
            }
        }
    }

  /* "first cyber framework" comes up among these. */
  g_assert_cmpuint (n_checked, >, 0);
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

  g_test_add_func ("/quiz/wording/cut-detector", test_cut_detector);
  g_test_add_func ("/quiz/wording/no-cut-names", test_no_cut_names);
  g_test_add_func ("/quiz/wording/cloze-choice-case", test_cloze_choice_case);

  status = g_test_run ();
  g_clear_object (&pack);
  return status;
}
