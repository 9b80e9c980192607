/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lectern-quiz.h"

G_BEGIN_DECLS

/*
 * One question on screen: the prompt, the way to answer it (choice buttons
 * with keys 1–4, a typed entry, an order to arrange with Alt+↑/↓ or buttons,
 * drop-downs to match) and, once answered, the feedback with the right
 * answer, the explanation and the source sentence.
 *
 * Presenting (reveal style, for a teacher in front of a class): the choices
 * show but cannot be chosen, and a “Reveal Answer” button (::reveal) asks
 * for lectern_quiz_card_reveal().
 *
 * Signals: ::submit (GStrv response) when the student answers, ::next when
 * they move on, ::show-source for “Show in Article”, ::reveal when the
 * presenter asks for the answer.
 */
#define LECTERN_TYPE_QUIZ_CARD (lectern_quiz_card_get_type ())
G_DECLARE_FINAL_TYPE (LecternQuizCard, lectern_quiz_card, LECTERN, QUIZ_CARD, GtkWidget)

GtkWidget       *lectern_quiz_card_new           (void);
LecternQuestion *lectern_quiz_card_get_question  (LecternQuizCard *self);
/* Shows @question, ready to be answered; @heading is such as "Question 3 of 20". */
void             lectern_quiz_card_set_question  (LecternQuizCard *self,
                                                  LecternQuestion *question,
                                                  const char      *heading);
/* After ::submit: right or wrong, the right answer and the explanation. */
void             lectern_quiz_card_show_feedback (LecternQuizCard    *self,
                                                  gboolean            correct,
                                                  const char * const *response);
/* A question seen again from the results: the right answer shown at once. */
void             lectern_quiz_card_reveal        (LecternQuizCard *self);
void             lectern_quiz_card_set_next_label (LecternQuizCard *self,
                                                   const char      *label);
gboolean         lectern_quiz_card_get_answered  (LecternQuizCard *self);
gboolean         lectern_quiz_card_get_presenting (LecternQuizCard *self);
/* Takes effect with the next lectern_quiz_card_set_question(). */
void             lectern_quiz_card_set_presenting (LecternQuizCard *self,
                                                   gboolean         presenting);
/* Moves the keyboard focus to the first thing to answer with. */
void             lectern_quiz_card_focus_input   (LecternQuizCard *self);

G_END_DECLS
