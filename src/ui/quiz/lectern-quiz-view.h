/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lectern-core.h"
#include "lectern-quiz.h"

G_BEGIN_DECLS

/*
 * The Quiz page: a start page (length, question types, mode, quiz code), the
 * questions one by one with feedback, and the results. Progress is recorded
 * in a LecternProgressStore (the default one unless the "store" property is
 * set). Toasts go to the nearest AdwToastOverlay above the view.
 */
#define LECTERN_TYPE_QUIZ_VIEW (lectern_quiz_view_get_type ())
G_DECLARE_FINAL_TYPE (LecternQuizView, lectern_quiz_view, LECTERN, QUIZ_VIEW, AdwBin)

GtkWidget            *lectern_quiz_view_new           (void);
LecternPack          *lectern_quiz_view_get_pack      (LecternQuizView      *self);
void                  lectern_quiz_view_set_pack      (LecternQuizView      *self,
                                                       LecternPack          *pack);
LecternSelection     *lectern_quiz_view_get_selection (LecternQuizView      *self);
void                  lectern_quiz_view_set_selection (LecternQuizView      *self,
                                                       LecternSelection     *selection);
LecternProgressStore *lectern_quiz_view_get_store     (LecternQuizView      *self);
void                  lectern_quiz_view_set_store     (LecternQuizView      *self,
                                                       LecternProgressStore *store);
/* The code of the quiz the start page would start. */
const char           *lectern_quiz_view_get_code      (LecternQuizView      *self);
/* Sets the start page from a quiz code; %FALSE (and @error) if it is invalid. */
gboolean              lectern_quiz_view_apply_code    (LecternQuizView      *self,
                                                       const char           *code,
                                                       GError              **error);
/* The session under way or just finished, or %NULL. */
LecternQuizSession   *lectern_quiz_view_get_session   (LecternQuizView      *self);
/* Reveal style, for presenting to a class: the question and its choices
 * show, Space (quiz.reveal) reveals the answer with its explanation and
 * source, Right (quiz.next) and Left (quiz.previous) move between questions;
 * nothing is scored. Applies to quizzes started while it is on, and to one
 * under way when it is turned on; a quiz in reveal style keeps it to the end. */
gboolean              lectern_quiz_view_get_reveal_mode (LecternQuizView    *self);
void                  lectern_quiz_view_set_reveal_mode (LecternQuizView    *self,
                                                         gboolean            reveal_mode);

G_END_DECLS
