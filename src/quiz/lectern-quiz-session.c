/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lectern-grading.h"
#include "lectern-quiz-session.h"

struct _LecternQuizSession
{
  GObject               parent_instance;

  GPtrArray            *questions;
  GArray               *results;    /* LecternAnswerResult */
  GPtrArray            *responses;  /* GStrv or NULL */
  LecternQuizMode       mode;
  char                 *code;
  guint                 position;
  guint                 score;
  guint                 n_answered;
  gboolean              finished;

  LecternProgressStore *store;
  char                 *pack_id;
};

G_DEFINE_FINAL_TYPE (LecternQuizSession, lectern_quiz_session, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (LecternQuizMode, lectern_quiz_mode,
  G_DEFINE_ENUM_VALUE (LECTERN_QUIZ_MODE_PRACTICE, "practice"),
  G_DEFINE_ENUM_VALUE (LECTERN_QUIZ_MODE_TEST, "test"),
  G_DEFINE_ENUM_VALUE (LECTERN_QUIZ_MODE_REVIEW_MISSED, "review"),
  G_DEFINE_ENUM_VALUE (LECTERN_QUIZ_MODE_SPACED_REVIEW, "spaced"))

enum {
  PROP_0,
  PROP_MODE,
  PROP_CODE,
  PROP_N_QUESTIONS,
  PROP_POSITION,
  PROP_CURRENT,
  PROP_SCORE,
  PROP_N_ANSWERED,
  PROP_FINISHED,
  N_PROPS
};

enum {
  ANSWERED,
  PROGRESS_ERROR,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char * const mode_names[] = {
  "practice", "test", "review", "spaced",
};

static void
report_progress_error (LecternQuizSession *self,
                       GError             *error)
{
  g_signal_emit (self, signals[PROGRESS_ERROR], 0, error);
}

static void
lectern_quiz_session_dispose (GObject *object)
{
  LecternQuizSession *self = LECTERN_QUIZ_SESSION (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (lectern_quiz_session_parent_class)->dispose (object);
}

static void
lectern_quiz_session_finalize (GObject *object)
{
  LecternQuizSession *self = LECTERN_QUIZ_SESSION (object);

  g_clear_pointer (&self->questions, g_ptr_array_unref);
  g_clear_pointer (&self->results, g_array_unref);
  g_clear_pointer (&self->responses, g_ptr_array_unref);
  g_free (self->code);
  g_free (self->pack_id);

  G_OBJECT_CLASS (lectern_quiz_session_parent_class)->finalize (object);
}

static void
lectern_quiz_session_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  LecternQuizSession *self = LECTERN_QUIZ_SESSION (object);

  switch (prop_id)
    {
    case PROP_MODE:
      g_value_set_enum (value, self->mode);
      break;

    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;

    case PROP_N_QUESTIONS:
      g_value_set_uint (value, self->questions->len);
      break;

    case PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;

    case PROP_CURRENT:
      g_value_set_object (value, lectern_quiz_session_get_current (self));
      break;

    case PROP_SCORE:
      g_value_set_uint (value, self->score);
      break;

    case PROP_N_ANSWERED:
      g_value_set_uint (value, self->n_answered);
      break;

    case PROP_FINISHED:
      g_value_set_boolean (value, self->finished);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lectern_quiz_session_class_init (LecternQuizSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lectern_quiz_session_dispose;
  object_class->finalize = lectern_quiz_session_finalize;
  object_class->get_property = lectern_quiz_session_get_property;

  properties[PROP_MODE] =
    g_param_spec_enum ("mode", NULL, NULL, LECTERN_TYPE_QUIZ_MODE, LECTERN_QUIZ_MODE_PRACTICE,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_N_QUESTIONS] =
    g_param_spec_uint ("n-questions", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_CURRENT] =
    g_param_spec_object ("current", NULL, NULL, LECTERN_TYPE_QUESTION,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SCORE] =
    g_param_spec_uint ("score", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_N_ANSWERED] =
    g_param_spec_uint ("n-answered", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_FINISHED] =
    g_param_spec_boolean ("finished", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LecternQuizSession::answered:
   * @question: the question answered
   * @correct: whether the answer was right
   */
  signals[ANSWERED] =
    g_signal_new ("answered", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 2, LECTERN_TYPE_QUESTION, G_TYPE_BOOLEAN);

  /**
   * LecternQuizSession::progress-error:
   * @error: why the progress could not be saved
   */
  signals[PROGRESS_ERROR] =
    g_signal_new ("progress-error", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
lectern_quiz_session_init (LecternQuizSession *self)
{
  self->results = g_array_new (FALSE, TRUE, sizeof (LecternAnswerResult));
  self->responses = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
}

const char *
lectern_quiz_mode_to_string (LecternQuizMode mode)
{
  g_return_val_if_fail (mode < G_N_ELEMENTS (mode_names), NULL);

  return mode_names[mode];
}

gboolean
lectern_quiz_mode_from_string (const char      *text,
                               LecternQuizMode *mode)
{
  for (guint i = 0; i < G_N_ELEMENTS (mode_names); i++)
    {
      if (g_strcmp0 (text, mode_names[i]) == 0)
        {
          if (mode != NULL)
            *mode = i;
          return TRUE;
        }
    }

  return FALSE;
}

gboolean
lectern_quiz_mode_gives_feedback (LecternQuizMode mode)
{
  return mode != LECTERN_QUIZ_MODE_TEST;
}

LecternQuizSession *
lectern_quiz_session_new (GPtrArray       *questions,
                          LecternQuizMode  mode,
                          const char      *code)
{
  LecternQuizSession *self;

  g_return_val_if_fail (questions != NULL && questions->len > 0, NULL);

  self = g_object_new (LECTERN_TYPE_QUIZ_SESSION, NULL);
  self->questions = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < questions->len; i++)
    {
      g_return_val_if_fail (LECTERN_IS_QUESTION (questions->pdata[i]), self);
      g_ptr_array_add (self->questions, g_object_ref (questions->pdata[i]));
      g_ptr_array_add (self->responses, NULL);
    }
  g_array_set_size (self->results, questions->len);
  self->mode = mode;
  self->code = g_strdup (code);

  return self;
}

void
lectern_quiz_session_set_progress (LecternQuizSession   *self,
                                   LecternProgressStore *store,
                                   const char           *pack_id)
{
  g_return_if_fail (LECTERN_IS_QUIZ_SESSION (self));
  g_return_if_fail (store == NULL || LECTERN_IS_PROGRESS_STORE (store));
  g_return_if_fail (store == NULL || pack_id != NULL);

  g_set_object (&self->store, store);
  g_free (self->pack_id);
  self->pack_id = g_strdup (pack_id);
}

LecternQuizMode
lectern_quiz_session_get_mode (LecternQuizSession *self)
{
  g_return_val_if_fail (LECTERN_IS_QUIZ_SESSION (self), 0);

  return self->mode;
}

const char *
lectern_quiz_session_get_code (LecternQuizSession *self)
{
  g_return_val_if_fail (LECTERN_IS_QUIZ_SESSION (self), NULL);

  return self->code;
}

guint
lectern_quiz_session_get_n_questions (LecternQuizSession *self)
{
  g_return_val_if_fail (LECTERN_IS_QUIZ_SESSION (self), 0);

  return self->questions->len;
}

guint
lectern_quiz_session_get_position (LecternQuizSession *self)
{
  g_return_val_if_fail (LECTERN_IS_QUIZ_SESSION (self), 0);

  return self->position;
}

LecternQuestion *
lectern_quiz_session_get_current (LecternQuizSession *self)
{
  g_return_val_if_fail (LECTERN_IS_QUIZ_SESSION (self), NULL);

  if (self->finished)
    return NULL;

  return self->questions->pdata[self->position];
}

LecternQuestion *
lectern_quiz_session_get_question (LecternQuizSession *self,
                                   guint               position)
{
  g_return_val_if_fail (LECTERN_IS_QUIZ_SESSION (self), NULL);
  g_return_val_if_fail (position < self->questions->len, NULL);

  return self->questions->pdata[position];
}

LecternAnswerResult
lectern_quiz_session_get_result (LecternQuizSession *self,
                                 guint               position)
{
  g_return_val_if_fail (LECTERN_IS_QUIZ_SESSION (self), 0);
  g_return_val_if_fail (position < self->questions->len, 0);

  return g_array_index (self->results, LecternAnswerResult, position);
}

const char * const *
lectern_quiz_session_get_response (LecternQuizSession *self,
                                   guint               position)
{
  g_return_val_if_fail (LECTERN_IS_QUIZ_SESSION (self), NULL);
  g_return_val_if_fail (position < self->questions->len, NULL);

  return self->responses->pdata[position];
}

guint
lectern_quiz_session_get_score (LecternQuizSession *self)
{
  g_return_val_if_fail (LECTERN_IS_QUIZ_SESSION (self), 0);

  return self->score;
}

guint
lectern_quiz_session_get_n_answered (LecternQuizSession *self)
{
  g_return_val_if_fail (LECTERN_IS_QUIZ_SESSION (self), 0);

  return self->n_answered;
}

gboolean
lectern_quiz_session_get_finished (LecternQuizSession *self)
{
  g_return_val_if_fail (LECTERN_IS_QUIZ_SESSION (self), FALSE);

  return self->finished;
}

gboolean
lectern_quiz_session_answer (LecternQuizSession *self,
                             const char * const *response)
{
  LecternQuestion *question;
  LecternAnswerResult *result;
  gboolean correct;

  g_return_val_if_fail (LECTERN_IS_QUIZ_SESSION (self), FALSE);
  g_return_val_if_fail (!self->finished, FALSE);
  g_return_val_if_fail (response != NULL, FALSE);

  result = &g_array_index (self->results, LecternAnswerResult, self->position);
  g_return_val_if_fail (*result == LECTERN_ANSWER_RESULT_UNANSWERED, FALSE);

  question = self->questions->pdata[self->position];
  correct = lectern_grading_check (question, response);

  *result = correct ? LECTERN_ANSWER_RESULT_RIGHT : LECTERN_ANSWER_RESULT_WRONG;
  g_ptr_array_index (self->responses, self->position) = g_strdupv ((char **) response);
  self->n_answered++;
  if (correct)
    self->score++;

  if (self->store != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!lectern_progress_store_record_answer (self->store, self->pack_id,
                                                 lectern_question_get_id (question),
                                                 correct, NULL, &error))
        report_progress_error (self, error);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ANSWERED]);
  if (correct)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCORE]);
  g_signal_emit (self, signals[ANSWERED], 0, question, correct);

  return correct;
}

gboolean
lectern_quiz_session_advance (LecternQuizSession *self)
{
  g_return_val_if_fail (LECTERN_IS_QUIZ_SESSION (self), FALSE);

  if (self->finished)
    return FALSE;

  if (self->position + 1 < self->questions->len)
    {
      self->position++;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT]);
      return TRUE;
    }

  lectern_quiz_session_finish (self);
  return FALSE;
}

void
lectern_quiz_session_finish (LecternQuizSession *self)
{
  g_return_if_fail (LECTERN_IS_QUIZ_SESSION (self));

  if (self->finished)
    return;

  self->finished = TRUE;

  if (self->store != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!lectern_progress_store_record_quiz (self->store, self->pack_id, self->code,
                                               lectern_quiz_mode_to_string (self->mode),
                                               self->score, self->questions->len, NULL, &error))
        report_progress_error (self, error);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FINISHED]);
}

void
lectern_quiz_session_get_type_score (LecternQuizSession  *self,
                                     LecternQuestionType  type,
                                     guint               *right,
                                     guint               *total)
{
  guint n_right = 0, n_total = 0;

  g_return_if_fail (LECTERN_IS_QUIZ_SESSION (self));

  for (guint i = 0; i < self->questions->len; i++)
    {
      if (lectern_question_get_question_type (self->questions->pdata[i]) != type)
        continue;
      n_total++;
      if (g_array_index (self->results, LecternAnswerResult, i) == LECTERN_ANSWER_RESULT_RIGHT)
        n_right++;
    }

  if (right != NULL)
    *right = n_right;
  if (total != NULL)
    *total = n_total;
}

GPtrArray *
lectern_quiz_session_get_missed (LecternQuizSession *self)
{
  GPtrArray *missed;

  g_return_val_if_fail (LECTERN_IS_QUIZ_SESSION (self), NULL);

  missed = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < self->questions->len; i++)
    if (g_array_index (self->results, LecternAnswerResult, i) != LECTERN_ANSWER_RESULT_RIGHT)
      g_ptr_array_add (missed, g_object_ref (self->questions->pdata[i]));

  return missed;
}
