/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared by the files of LecternQuizCard. */

#include "lectern-quiz-card.h"

G_BEGIN_DECLS

struct _LecternQuizCard
{
  GtkWidget        parent_instance;

  GtkLabel        *type_label;
  GtkLabel        *prompt_label;
  GtkBox          *choices_box;
  GtkEntry        *entry;
  GtkListBox      *order_list;
  GtkGrid         *match_grid;
  GtkButton       *check_button;
  GtkButton       *reveal_button;
  GtkRevealer     *feedback_revealer;
  GtkBox          *feedback_box;
  GtkLabel        *feedback_title;
  GtkLabel        *answer_label;
  GtkLabel        *explanation_label;
  GtkLabel        *source_label;
  GtkButton       *show_source_button;
  GtkButton       *next_button;

  LecternQuestion *question;
  GPtrArray       *choice_buttons;  /* GtkButton, children of choices_box */
  GPtrArray       *order;           /* char *, the order as arranged now */
  GPtrArray       *order_rows;      /* GtkListBoxRow */
  GPtrArray       *dropdowns;       /* GtkDropDown */
  gboolean         answered;
  gboolean         presenting;
};

void     lectern_quiz_card_remove_all_children (GtkWidget       *parent);
void     lectern_quiz_card_set_state_class     (GtkWidget       *widget,
                                                gboolean         correct);
char    *lectern_quiz_card_get_typed           (LecternQuizCard *self);
/* Order questions (lectern-quiz-card-inputs.c) */
void     lectern_quiz_card_rebuild_order       (LecternQuizCard *self);
void     lectern_quiz_card_move_action         (GtkWidget       *widget,
                                                const char      *action_name,
                                                GVariant        *parameter);
/* Matching questions */
void     lectern_quiz_card_add_match_row       (LecternQuizCard *self,
                                                guint            row,
                                                const char      *item,
                                                GtkStringList   *model);
gboolean lectern_quiz_card_all_matched         (LecternQuizCard *self);
void     lectern_quiz_card_update_check        (LecternQuizCard *self);
/* Presenting: the choices, items or events shown, not to be picked */
void     lectern_quiz_card_add_presented_rows  (LecternQuizCard *self);

G_END_DECLS
