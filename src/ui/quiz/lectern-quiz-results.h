/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lectern-quiz.h"

G_BEGIN_DECLS

/*
 * The end of a quiz: the score, a breakdown by question type and the missed
 * questions, each of which can be revisited (::revisit) or shown in the
 * article (::show-source), both with the position in the session; and
 * ::retry-missed and ::new-quiz.
 */
#define LECTERN_TYPE_QUIZ_RESULTS (lectern_quiz_results_get_type ())
G_DECLARE_FINAL_TYPE (LecternQuizResults, lectern_quiz_results, LECTERN, QUIZ_RESULTS, GtkWidget)

GtkWidget *lectern_quiz_results_new         (void);
void       lectern_quiz_results_set_session (LecternQuizResults *self,
                                             LecternQuizSession *session);
/* Moves the focus to the first button. */
void       lectern_quiz_results_focus       (LecternQuizResults *self);

G_END_DECLS
