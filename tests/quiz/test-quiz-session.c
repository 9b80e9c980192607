/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "lectern-quiz.h"

static LecternPack *pack;

static const char * const wrong_response[] = { "certainly not the answer", NULL };

static GPtrArray *
make_questions (guint count)
{
  g_autoptr(LecternQuizGenerator) generator = lectern_quiz_generator_new (pack);
  LecternQuizOptions options = { 5, count, LECTERN_QUESTION_TYPES_ALL };
  g_autoptr(GError) error = NULL;
  GPtrArray *questions = lectern_quiz_generator_generate (generator, &options, &error);

  g_assert_no_error (error);
  return questions;
}

static const char * const *
right_response (LecternQuestion *question)
{
  static const char *typed[2];

  if (lectern_question_get_format (question) == LECTERN_ANSWER_TYPED)
    {
      typed[0] = lectern_question_get_answers (question)[0];
      typed[1] = NULL;
      return typed;
    }

  return lectern_question_get_answers (question);
}

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           gpointer    data)
{
  guint *count = data;

  (*count)++;
}

static void
test_scoring (void)
{
  g_autoptr(GPtrArray) questions = make_questions (10);
  g_autoptr(LecternQuizSession) session = lectern_quiz_session_new (questions,
                                                                    LECTERN_QUIZ_MODE_TEST, "ABC");
  g_autoptr(GPtrArray) missed = NULL;
  guint score_notifications = 0;
  guint finished_notifications = 0;
  guint right_total = 0, all_total = 0;

  g_signal_connect (session, "notify::score", G_CALLBACK (notify_cb), &score_notifications);
  g_signal_connect (session, "notify::finished", G_CALLBACK (notify_cb), &finished_notifications);

  g_assert_cmpuint (lectern_quiz_session_get_n_questions (session), ==, 10);
  g_assert_cmpstr (lectern_quiz_session_get_code (session), ==, "ABC");

  /* Right on even positions, wrong on odd ones. */
  for (guint i = 0; i < 10; i++)
    {
      LecternQuestion *question = lectern_quiz_session_get_current (session);
      gboolean right = i % 2 == 0;

      g_assert_cmpuint (lectern_quiz_session_get_position (session), ==, i);
      g_assert_true (question == questions->pdata[i]);
      g_assert_cmpint (lectern_quiz_session_answer (session, right ? right_response (question)
                                                                   : wrong_response), ==, right);
      g_assert_cmpint (lectern_quiz_session_get_result (session, i), ==,
                       right ? LECTERN_ANSWER_RESULT_RIGHT : LECTERN_ANSWER_RESULT_WRONG);
      g_assert_cmpint (lectern_quiz_session_advance (session), ==, i < 9);
    }

  g_assert_true (lectern_quiz_session_get_finished (session));
  g_assert_null (lectern_quiz_session_get_current (session));
  g_assert_cmpuint (lectern_quiz_session_get_score (session), ==, 5);
  g_assert_cmpuint (lectern_quiz_session_get_n_answered (session), ==, 10);
  g_assert_cmpuint (score_notifications, ==, 5);
  g_assert_cmpuint (finished_notifications, ==, 1);
  g_assert_false (lectern_quiz_session_advance (session));

  missed = lectern_quiz_session_get_missed (session);
  g_assert_cmpuint (missed->len, ==, 5);
  for (guint i = 0; i < missed->len; i++)
    g_assert_true (missed->pdata[i] == questions->pdata[2 * i + 1]);

  /* The per-type breakdown adds up to the score. */
  for (guint t = 0; t < LECTERN_N_QUESTION_TYPES; t++)
    {
      guint right, total;

      lectern_quiz_session_get_type_score (session, t, &right, &total);
      g_assert_cmpuint (right, <=, total);
      right_total += right;
      all_total += total;
    }
  g_assert_cmpuint (right_total, ==, 5);
  g_assert_cmpuint (all_total, ==, 10);
}

static void
test_records_progress (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("lectern-session-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "progress.json", NULL);
  g_autoptr(LecternProgressStore) store = lectern_progress_store_new (path);
  g_autoptr(LecternProgressStore) reread = NULL;
  g_autoptr(GPtrArray) questions = make_questions (4);
  g_autoptr(LecternQuizSession) session = NULL;
  g_autoptr(LecternQuizGenerator) generator = lectern_quiz_generator_new (pack);
  g_autoptr(GPtrArray) review = NULL;
  g_auto(GStrv) missed = NULL;
  LecternProgressItem item;

  g_assert_no_error (error);
  session = lectern_quiz_session_new (questions, LECTERN_QUIZ_MODE_PRACTICE, NULL);
  lectern_quiz_session_set_progress (session, store, lectern_pack_get_id (pack));

  g_assert_false (lectern_quiz_session_answer (session, wrong_response));
  /* Saved at once, before the quiz ends. */
  reread = lectern_progress_store_new (path);
  g_assert_true (lectern_progress_store_lookup (reread, lectern_pack_get_id (pack),
                                                lectern_question_get_id (questions->pdata[0]),
                                                &item));
  g_assert_false (item.last_correct);

  while (lectern_quiz_session_advance (session))
    lectern_quiz_session_answer (session,
                                 right_response (lectern_quiz_session_get_current (session)));

  g_assert_cmpuint (lectern_progress_store_get_n_quizzes (store, lectern_pack_get_id (pack)), ==,
                    1);

  /* Review of missed questions builds the same questions again from their ids. */
  missed = lectern_progress_store_get_missed (store, lectern_pack_get_id (pack));
  g_assert_cmpuint (g_strv_length (missed), ==, 1);
  review = lectern_quiz_generator_build_ids (generator, (const char * const *) missed,
                                             LECTERN_QUESTION_TYPES_ALL, 0, 1);
  g_assert_cmpuint (review->len, ==, 1);
  g_assert_cmpstr (lectern_question_get_id (review->pdata[0]), ==,
                   lectern_question_get_id (questions->pdata[0]));

  g_remove (path);
  g_rmdir (dir);
}

static void
test_modes (void)
{
  static const struct { LecternQuizMode mode; const char *name; gboolean feedback; } modes[] = {
    { LECTERN_QUIZ_MODE_PRACTICE, "practice", TRUE },
    { LECTERN_QUIZ_MODE_TEST, "test", FALSE },
    { LECTERN_QUIZ_MODE_REVIEW_MISSED, "review", TRUE },
    { LECTERN_QUIZ_MODE_SPACED_REVIEW, "spaced", TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (modes); i++)
    {
      LecternQuizMode mode;

      g_assert_cmpstr (lectern_quiz_mode_to_string (modes[i].mode), ==, modes[i].name);
      g_assert_true (lectern_quiz_mode_from_string (modes[i].name, &mode));
      g_assert_cmpint (mode, ==, modes[i].mode);
      g_assert_cmpint (lectern_quiz_mode_gives_feedback (mode), ==, modes[i].feedback);
    }
  g_assert_false (lectern_quiz_mode_from_string ("exam", NULL));
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

  g_test_add_func ("/quiz/session/scoring", test_scoring);
  g_test_add_func ("/quiz/session/records-progress", test_records_progress);
  g_test_add_func ("/quiz/session/modes", test_modes);

  status = g_test_run ();
  g_object_unref (pack);
  return status;
}
