/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "lectern-progress-store.h"
#include "lectern-question.h"

G_BEGIN_DECLS

typedef enum
{
  LECTERN_QUIZ_MODE_PRACTICE,       /* feedback after each answer */
  LECTERN_QUIZ_MODE_TEST,           /* score at the end */
  LECTERN_QUIZ_MODE_REVIEW_MISSED,  /* the questions last answered wrong */
  LECTERN_QUIZ_MODE_SPACED_REVIEW,  /* the questions due in their Leitner box */
} LecternQuizMode;

typedef enum
{
  LECTERN_ANSWER_RESULT_UNANSWERED,
  LECTERN_ANSWER_RESULT_RIGHT,
  LECTERN_ANSWER_RESULT_WRONG,
} LecternAnswerResult;

#define LECTERN_TYPE_QUIZ_MODE (lectern_quiz_mode_get_type ())
GType lectern_quiz_mode_get_type (void) G_GNUC_CONST;

/* "practice", "test", "review", "spaced": the values of the quiz-mode setting. */
const char *lectern_quiz_mode_to_string   (LecternQuizMode  mode);
gboolean    lectern_quiz_mode_from_string (const char      *text,
                                           LecternQuizMode *mode);
/* Whether the student sees feedback after each answer. */
gboolean    lectern_quiz_mode_gives_feedback (LecternQuizMode mode);

/*
 * One run through a list of questions: the current question, the answers
 * given and the score. With a progress store, every answer is recorded (and
 * saved) as it is given, and the quiz when it ends.
 */
#define LECTERN_TYPE_QUIZ_SESSION (lectern_quiz_session_get_type ())
G_DECLARE_FINAL_TYPE (LecternQuizSession, lectern_quiz_session, LECTERN, QUIZ_SESSION, GObject)

/* @questions: LecternQuestion, not empty; @code: (nullable) the quiz code. */
LecternQuizSession  *lectern_quiz_session_new            (GPtrArray            *questions,
                                                          LecternQuizMode       mode,
                                                          const char           *code);
void                 lectern_quiz_session_set_progress   (LecternQuizSession   *self,
                                                          LecternProgressStore *store,
                                                          const char           *pack_id);
LecternQuizMode      lectern_quiz_session_get_mode       (LecternQuizSession   *self);
const char          *lectern_quiz_session_get_code       (LecternQuizSession   *self);
guint                lectern_quiz_session_get_n_questions (LecternQuizSession  *self);
guint                lectern_quiz_session_get_position   (LecternQuizSession   *self);
/* %NULL once finished. */
LecternQuestion     *lectern_quiz_session_get_current    (LecternQuizSession   *self);
LecternQuestion     *lectern_quiz_session_get_question   (LecternQuizSession   *self,
                                                          guint                 position);
LecternAnswerResult  lectern_quiz_session_get_result     (LecternQuizSession   *self,
                                                          guint                 position);
const char * const  *lectern_quiz_session_get_response   (LecternQuizSession   *self,
                                                          guint                 position);
guint                lectern_quiz_session_get_score      (LecternQuizSession   *self);
guint                lectern_quiz_session_get_n_answered (LecternQuizSession   *self);
gboolean             lectern_quiz_session_get_finished   (LecternQuizSession   *self);
/* Grades and records the answer to the current question; returns whether it
 * is right. A question is answered once. */
gboolean             lectern_quiz_session_answer         (LecternQuizSession   *self,
                                                          const char * const   *response);
/* Moves to the next question; returns %FALSE (and finishes) after the last. */
gboolean             lectern_quiz_session_advance        (LecternQuizSession   *self);
/* Ends the quiz now; questions not answered count as missed. */
void                 lectern_quiz_session_finish         (LecternQuizSession   *self);
void                 lectern_quiz_session_get_type_score (LecternQuizSession   *self,
                                                          LecternQuestionType   type,
                                                          guint                *right,
                                                          guint                *total);
/* The questions answered wrong or left unanswered (new array). */
GPtrArray           *lectern_quiz_session_get_missed     (LecternQuizSession   *self);

G_END_DECLS
