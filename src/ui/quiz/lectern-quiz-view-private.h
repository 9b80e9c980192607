/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared by the files of LecternQuizView. */

#include "lectern-quiz-card.h"
#include "lectern-quiz-results.h"
#include "lectern-quiz-view.h"

G_BEGIN_DECLS

/* Seeds stay below 2^20 so that quiz codes stay short (about seven characters). */
#define SEED_LIMIT (1 << 20)

enum {
  LENGTH_10,
  LENGTH_20,
  LENGTH_ALL,
  LENGTH_CUSTOM,
};

struct _LecternQuizView
{
  AdwBin                parent_instance;

  GtkStack             *stack;
  AdwComboRow          *length_row;
  GtkStringList        *length_model;
  AdwComboRow          *mode_row;
  AdwExpanderRow       *types_row;
  AdwActionRow         *code_row;
  AdwEntryRow          *code_entry;
  GtkButton            *start_button;
  GtkLabel             *counter_label;
  GtkLabel             *score_label;
  GtkProgressBar       *progress_bar;
  GtkWidget            *timer_box;
  GtkProgressBar       *timer_bar;
  GtkLabel             *timer_label;
  AdwStatusPage        *reveal_end_page;
  GtkButton            *restart_button;
  LecternQuizCard      *card;
  LecternQuizResults   *results;
  GtkCheckButton       *type_checks[LECTERN_N_QUESTION_TYPES];

  LecternPack          *pack;
  LecternSelection     *selection;
  LecternProgressStore *store;
  LecternQuizGenerator *generator;
  LecternQuizSession   *session;
  GSettings            *settings;

  guint64               seed;
  guint                 custom_count;
  char                 *code;
  char                 *pending_toast;
  gboolean              revisiting;
  gboolean              loading_options;

  /* Reveal style (lectern-quiz-view-reveal.c) */
  gboolean              reveal_mode;     /* new quizzes run in reveal style */
  gboolean              presenting;      /* the session on screen runs in reveal style */
  guint                 reveal_position;
  GArray               *revealed;        /* gboolean per question */
  guint                 timer_id;
  guint                 timer_seconds;
  gint64                timer_start;
};

enum {
  PROP_0,
  PROP_PACK,
  PROP_SELECTION,
  PROP_STORE,
  PROP_CODE,
  PROP_REVEAL_MODE,
  N_PROPS
};

extern GParamSpec *lectern_quiz_view_properties[N_PROPS];

void                  lectern_quiz_view_show_toast        (LecternQuizView    *self,
                                                           const char         *text);
LecternProgressStore *lectern_quiz_view_ensure_store      (LecternQuizView    *self);

/* Reveal style (lectern-quiz-view-reveal.c) */
void                  lectern_quiz_view_install_reveal    (GtkWidgetClass     *widget_class);
/* Shows the questions of the session in reveal style from @position. */
void                  lectern_quiz_view_present           (LecternQuizView    *self,
                                                           guint               position);
void                  lectern_quiz_view_stop_presenting   (LecternQuizView    *self);
void                  lectern_quiz_view_present_next      (LecternQuizView    *self);
void                  lectern_quiz_view_present_end       (LecternQuizView    *self);
void                  lectern_quiz_view_reveal_answer     (LecternQuizView    *self);

/* The start page (lectern-quiz-view-start.c) */
guint                 lectern_quiz_view_get_count         (LecternQuizView    *self);
void                  lectern_quiz_view_set_count         (LecternQuizView    *self,
                                                           guint               count);
guint                 lectern_quiz_view_get_types         (LecternQuizView    *self);
LecternQuizMode       lectern_quiz_view_get_mode          (LecternQuizView    *self);
void                  lectern_quiz_view_get_options       (LecternQuizView    *self,
                                                           LecternQuizOptions *options);
void                  lectern_quiz_view_save_settings     (LecternQuizView    *self);
void                  lectern_quiz_view_load_settings     (LecternQuizView    *self);
GSettings            *lectern_quiz_view_find_settings     (void);
void                  lectern_quiz_view_update_start_page (LecternQuizView    *self);
void                  lectern_quiz_view_options_changed_cb (LecternQuizView   *self);
void                  lectern_quiz_view_new_seed          (LecternQuizView    *self);
void                  lectern_quiz_view_copy_code_action  (GtkWidget          *widget,
                                                           const char         *action_name,
                                                           GVariant           *parameter);
void                  lectern_quiz_view_code_changed_cb   (LecternQuizView    *self);
void                  lectern_quiz_view_code_apply_cb     (LecternQuizView    *self);
void                  lectern_quiz_view_add_type_rows     (LecternQuizView    *self);

G_END_DECLS
