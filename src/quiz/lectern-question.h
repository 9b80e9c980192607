/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "lectern-core.h"

G_BEGIN_DECLS

/* The order is part of the quiz code format: append, never reorder. */
typedef enum
{
  LECTERN_QUESTION_EVENT_YEAR,
  LECTERN_QUESTION_YEAR_EVENT,
  LECTERN_QUESTION_CHRONOLOGY,
  LECTERN_QUESTION_ENTITY,
  LECTERN_QUESTION_SUMMARY,
  LECTERN_QUESTION_CLOZE,
  LECTERN_QUESTION_TRUE_FALSE,
  LECTERN_QUESTION_MATCHING,
  LECTERN_N_QUESTION_TYPES
} LecternQuestionType;

#define LECTERN_QUESTION_TYPES_ALL ((1u << LECTERN_N_QUESTION_TYPES) - 1)

/**
 * LecternAnswerFormat:
 * @LECTERN_ANSWER_CHOICE: pick one of the choices; answers holds the right one
 * @LECTERN_ANSWER_TYPED: type the answer; answers lists every accepted answer
 * @LECTERN_ANSWER_ORDER: put all the choices in order; answers is that order
 * @LECTERN_ANSWER_MATCH: pick a choice for each of the items; answers[i] belongs to items[i]
 */
typedef enum
{
  LECTERN_ANSWER_CHOICE,
  LECTERN_ANSWER_TYPED,
  LECTERN_ANSWER_ORDER,
  LECTERN_ANSWER_MATCH,
} LecternAnswerFormat;

#define LECTERN_TYPE_QUESTION_TYPE (lectern_question_type_get_type ())
GType lectern_question_type_get_type (void) G_GNUC_CONST;
#define LECTERN_TYPE_ANSWER_FORMAT (lectern_answer_format_get_type ())
GType lectern_answer_format_get_type (void) G_GNUC_CONST;

/* Stable names, as used by `--types` and in question ids: "event-year", … */
const char *lectern_question_type_to_string   (LecternQuestionType  type);
gboolean    lectern_question_type_from_string (const char          *text,
                                               LecternQuestionType *type);
/* Translated label such as "Event → year". */
const char *lectern_question_type_get_label   (LecternQuestionType  type);

/* The text put in place of the missing words of a cloze prompt. */
#define LECTERN_QUESTION_BLANK "_____"

/**
 * LecternQuestionSpec:
 *
 * Everything a question is made of; lectern_question_new() copies it.
 */
typedef struct
{
  LecternQuestionType  type;
  LecternAnswerFormat  format;
  const char          *id;
  const char          *fact;
  const char          *prompt;
  const char * const  *items;
  const char * const  *choices;
  const char * const  *answers;
  const char          *explanation;
  LecternParagraph    *paragraph;
  guint                source_start;
  guint                source_end;
  const char          *source_text;
} LecternQuestionSpec;

#define LECTERN_TYPE_QUESTION (lectern_question_get_type ())
G_DECLARE_FINAL_TYPE (LecternQuestion, lectern_question, LECTERN, QUESTION, GObject)

LecternQuestion     *lectern_question_new              (const LecternQuestionSpec *spec);

/* "type:ids it was built from"; stable across quizzes. */
const char          *lectern_question_get_id           (LecternQuestion *self);
LecternQuestionType  lectern_question_get_question_type (LecternQuestion *self);
LecternAnswerFormat  lectern_question_get_format       (LecternQuestion *self);
/* What is tested, whatever the way ("event-date/basic-act"): a quiz tests a fact once. */
const char          *lectern_question_get_fact         (LecternQuestion *self);
const char          *lectern_question_get_prompt       (LecternQuestion *self);
/* Left-hand column of a matching question, else %NULL. */
const char * const  *lectern_question_get_items        (LecternQuestion *self);
/* Empty (never %NULL) for a typed question. */
const char * const  *lectern_question_get_choices      (LecternQuestion *self);
const char * const  *lectern_question_get_answers      (LecternQuestion *self);
const char          *lectern_question_get_explanation  (LecternQuestion *self);
LecternParagraph    *lectern_question_get_paragraph    (LecternQuestion *self);
guint                lectern_question_get_source_start (LecternQuestion *self);
guint                lectern_question_get_source_end   (LecternQuestion *self);
const char          *lectern_question_get_source_text  (LecternQuestion *self);
/* The right answer as shown to people ("A → B → C", "item: choice; …"). */
char                *lectern_question_format_answer    (LecternQuestion *self);

G_END_DECLS
