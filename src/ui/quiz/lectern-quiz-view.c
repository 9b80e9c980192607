/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lectern-quiz-card.h"
#include "lectern-quiz-results.h"
#include "lectern-quiz-view-private.h"

G_DEFINE_FINAL_TYPE (LecternQuizView, lectern_quiz_view, ADW_TYPE_BIN)


GParamSpec *lectern_quiz_view_properties[N_PROPS];

/* --- Helpers ------------------------------------------------------------------ */

void
lectern_quiz_view_show_toast (LecternQuizView *self,
                              const char      *text)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    {
      adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (text));
      return;
    }

  /* Not in a window yet: tell when shown. */
  g_free (self->pending_toast);
  self->pending_toast = g_strdup (text);
}

static void
set_aside_cb (LecternProgressStore *store,
              const char           *backup,
              const char           *reason,
              LecternQuizView      *self)
{
  g_autofree char *name = g_path_get_basename (backup);
  g_autofree char *text = NULL;

  text = g_strdup_printf (_("Your quiz progress could not be read. It was kept as “%s” "
                            "and a new record was started."), name);

  g_warning ("Quiz progress set aside as %s: %s", backup, reason);
  lectern_quiz_view_show_toast (self, text);
}

LecternProgressStore *
lectern_quiz_view_ensure_store (LecternQuizView *self)
{
  if (self->store == NULL)
    {
      g_autoptr(LecternProgressStore) store = lectern_progress_store_new_default ();

      lectern_quiz_view_set_store (self, store);
    }

  return self->store;
}

/* --- Running a quiz ------------------------------------------------------------- */

static void
show_in_article (LecternQuizView *self,
                 LecternQuestion *question)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-page", "s", "read");

  if (self->selection != NULL)
    lectern_selection_reveal (self->selection, lectern_question_get_paragraph (question),
                              lectern_question_get_source_start (question),
                              lectern_question_get_source_end (question));
}

static void
show_results (LecternQuizView *self)
{
  self->revisiting = FALSE;
  lectern_quiz_results_set_session (self->results, self->session);
  gtk_stack_set_visible_child_name (self->stack, "results");
  lectern_quiz_results_focus (self->results);
}

static void
update_score_label (LecternQuizView *self)
{
  g_autofree char *text = NULL;

  if (lectern_quiz_mode_gives_feedback (lectern_quiz_session_get_mode (self->session)))
    /* Translators: running score during a practice quiz */
    text = g_strdup_printf (_("%u right"), lectern_quiz_session_get_score (self->session));
  gtk_label_set_text (self->score_label, text ? text : "");
}

static void
show_current (LecternQuizView *self)
{
  LecternQuestion *question = lectern_quiz_session_get_current (self->session);
  guint position = lectern_quiz_session_get_position (self->session);
  guint n = lectern_quiz_session_get_n_questions (self->session);
  g_autofree char *heading = g_strdup_printf (_("Question %u of %u"), position + 1, n);

  self->revisiting = FALSE;
  gtk_label_set_text (self->counter_label, heading);
  gtk_progress_bar_set_fraction (self->progress_bar, (double) position / n);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "quiz.end", TRUE);
  update_score_label (self);

  lectern_quiz_card_set_question (self->card, question, heading);
  lectern_quiz_card_set_next_label (self->card, position + 1 < n ? _("_Next Question") :
                                    _("See _Results"));
  gtk_stack_set_visible_child_name (self->stack, "question");
  lectern_quiz_card_focus_input (self->card);
}

static void
progress_error_cb (LecternQuizSession *session,
                   GError             *error,
                   LecternQuizView    *self)
{
  g_warning ("Could not save quiz progress: %s", error->message);
  lectern_quiz_view_show_toast (self, _("Your quiz progress could not be saved"));
}

static void
run_session (LecternQuizView *self,
             GPtrArray       *questions,
             LecternQuizMode  mode,
             const char      *code)
{
  /* The code may be self->code, which making the store replaces (it updates
   * the start page on first use): keep a copy of our own. */
  g_autofree char *code_copy = g_strdup (code);
  LecternProgressStore *store = lectern_quiz_view_ensure_store (self);

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_clear_object (&self->session);

  self->session = lectern_quiz_session_new (questions, mode, code_copy);
  g_signal_connect (self->session, "progress-error", G_CALLBACK (progress_error_cb), self);

  /* Presented to a class: nobody answers, so nothing is recorded. */
  if (self->reveal_mode)
    {
      lectern_quiz_view_present (self, 0);
      return;
    }

  lectern_quiz_view_stop_presenting (self);
  lectern_quiz_session_set_progress (self->session, store, lectern_pack_get_id (self->pack));
  show_current (self);
}

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  LecternQuizView *self = LECTERN_QUIZ_VIEW (widget);
  g_autoptr(GPtrArray) questions = NULL;
  g_autoptr(GError) error = NULL;
  LecternQuizMode mode = lectern_quiz_view_get_mode (self);
  LecternQuizOptions options;

  if (self->pack == NULL)
    return;

  lectern_quiz_view_get_options (self, &options);
  if (options.types == 0)
    return;

  /* A class is shown the quiz of the code, whatever the mode. */
  if (self->reveal_mode)
    mode = LECTERN_QUIZ_MODE_PRACTICE;

  if (mode == LECTERN_QUIZ_MODE_REVIEW_MISSED || mode == LECTERN_QUIZ_MODE_SPACED_REVIEW)
    {
      LecternProgressStore *store = lectern_quiz_view_ensure_store (self);
      g_auto(GStrv) ids = NULL;

      if (mode == LECTERN_QUIZ_MODE_REVIEW_MISSED)
        ids = lectern_progress_store_get_missed (store, lectern_pack_get_id (self->pack));
      else
        ids = lectern_progress_store_get_due (store, lectern_pack_get_id (self->pack), NULL);

      questions = lectern_quiz_generator_build_ids (self->generator, (const char * const *) ids,
                                                    options.types, options.count, self->seed);
      if (questions->len == 0)
        {
          lectern_quiz_view_show_toast (self, mode == LECTERN_QUIZ_MODE_REVIEW_MISSED
                            ? _("No missed questions to review")
                            : _("Nothing is due for review today"));
          return;
        }
      run_session (self, questions, mode, NULL);
      return;
    }

  questions = lectern_quiz_generator_generate (self->generator, &options, &error);
  if (questions == NULL)
    {
      lectern_quiz_view_show_toast (self, error->message);
      return;
    }

  run_session (self, questions, mode, self->code);
}

static void
card_submit_cb (LecternQuizView    *self,
                const char * const *response)
{
  gboolean correct;

  if (self->session == NULL || self->revisiting || self->presenting ||
      lectern_quiz_session_get_finished (self->session))
    return;

  correct = lectern_quiz_session_answer (self->session, response);
  update_score_label (self);

  if (lectern_quiz_mode_gives_feedback (lectern_quiz_session_get_mode (self->session)))
    {
      lectern_quiz_card_show_feedback (self->card, correct, response);
      return;
    }

  /* A test: on to the next question without telling. */
  if (lectern_quiz_session_advance (self->session))
    show_current (self);
  else
    show_results (self);
}

static void
card_next_cb (LecternQuizView *self)
{
  if (self->session == NULL)
    return;

  if (self->presenting)
    {
      lectern_quiz_view_present_next (self);
      return;
    }

  if (self->revisiting)
    {
      show_results (self);
      return;
    }

  if (lectern_quiz_session_advance (self->session))
    show_current (self);
  else
    show_results (self);
}

static void
card_reveal_cb (LecternQuizView *self)
{
  lectern_quiz_view_reveal_answer (self);
}

static void
card_show_source_cb (LecternQuizView *self)
{
  LecternQuestion *question = lectern_quiz_card_get_question (self->card);

  if (question != NULL)
    show_in_article (self, question);
}

static void
end_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  LecternQuizView *self = LECTERN_QUIZ_VIEW (widget);

  if (self->session == NULL)
    return;

  if (self->presenting)
    {
      lectern_quiz_view_present_end (self);
      return;
    }

  if (self->revisiting)
    {
      show_results (self);
      return;
    }

  lectern_quiz_session_finish (self->session);
  show_results (self);
}

static void
results_revisit_cb (LecternQuizView *self,
                    guint            position)
{
  LecternQuestion *question = lectern_quiz_session_get_question (self->session, position);
  g_autofree char *heading = g_strdup_printf (_("Question %u"), position + 1);

  self->revisiting = TRUE;
  gtk_label_set_text (self->counter_label, heading);
  gtk_label_set_text (self->score_label, "");
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), FALSE);
  lectern_quiz_card_set_question (self->card, question, heading);
  lectern_quiz_card_set_next_label (self->card, _("_Back to Results"));
  gtk_stack_set_visible_child_name (self->stack, "question");
  lectern_quiz_card_reveal (self->card);
}

static void
results_show_source_cb (LecternQuizView *self,
                        guint            position)
{
  show_in_article (self, lectern_quiz_session_get_question (self->session, position));
}

static void
results_retry_cb (LecternQuizView *self)
{
  g_autoptr(GPtrArray) missed = lectern_quiz_session_get_missed (self->session);
  LecternQuizMode mode = lectern_quiz_session_get_mode (self->session);

  if (missed->len == 0)
    return;

  if (mode != LECTERN_QUIZ_MODE_TEST)
    mode = LECTERN_QUIZ_MODE_PRACTICE;
  run_session (self, missed, mode, NULL);
}

static void
new_quiz_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  LecternQuizView *self = LECTERN_QUIZ_VIEW (widget);

  lectern_quiz_view_new_seed (self);
  lectern_quiz_view_update_start_page (self);
  if (self->pack != NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "start");
      lectern_quiz_view_stop_presenting (self);
      gtk_widget_grab_focus (GTK_WIDGET (self->start_button));
    }
}

static void
results_new_cb (LecternQuizView *self)
{
  new_quiz_action (GTK_WIDGET (self), "quiz.new", NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->start_button));
}

/* --- GObject --------------------------------------------------------------------- */

static void
lectern_quiz_view_map (GtkWidget *widget)
{
  LecternQuizView *self = LECTERN_QUIZ_VIEW (widget);

  GTK_WIDGET_CLASS (lectern_quiz_view_parent_class)->map (widget);

  if (self->pending_toast != NULL)
    {
      g_autofree char *text = g_steal_pointer (&self->pending_toast);

      lectern_quiz_view_show_toast (self, text);
    }
}

static void
lectern_quiz_view_dispose (GObject *object)
{
  LecternQuizView *self = LECTERN_QUIZ_VIEW (object);

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_handle_id (&self->timer_id, g_source_remove);

  /* The bin lets go of the stack first, so that it is not unparented twice. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), LECTERN_TYPE_QUIZ_VIEW);
  g_clear_object (&self->session);
  g_clear_object (&self->generator);
  g_clear_object (&self->store);
  g_clear_object (&self->selection);
  g_clear_object (&self->pack);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (lectern_quiz_view_parent_class)->dispose (object);
}

static void
lectern_quiz_view_finalize (GObject *object)
{
  LecternQuizView *self = LECTERN_QUIZ_VIEW (object);

  g_free (self->code);
  g_free (self->pending_toast);
  g_array_unref (self->revealed);

  G_OBJECT_CLASS (lectern_quiz_view_parent_class)->finalize (object);
}

static void
lectern_quiz_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  LecternQuizView *self = LECTERN_QUIZ_VIEW (object);

  switch (prop_id)
    {
    case PROP_PACK:
      g_value_set_object (value, self->pack);
      break;
    case PROP_SELECTION:
      g_value_set_object (value, self->selection);
      break;
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;
    case PROP_REVEAL_MODE:
      g_value_set_boolean (value, self->reveal_mode);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lectern_quiz_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  LecternQuizView *self = LECTERN_QUIZ_VIEW (object);

  switch (prop_id)
    {
    case PROP_PACK:
      lectern_quiz_view_set_pack (self, g_value_get_object (value));
      break;
    case PROP_SELECTION:
      lectern_quiz_view_set_selection (self, g_value_get_object (value));
      break;
    case PROP_STORE:
      lectern_quiz_view_set_store (self, g_value_get_object (value));
      break;
    case PROP_REVEAL_MODE:
      lectern_quiz_view_set_reveal_mode (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lectern_quiz_view_class_init (LecternQuizViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lectern_quiz_view_dispose;
  object_class->finalize = lectern_quiz_view_finalize;
  object_class->get_property = lectern_quiz_view_get_property;
  object_class->set_property = lectern_quiz_view_set_property;
  widget_class->map = lectern_quiz_view_map;

  lectern_quiz_view_properties[PROP_PACK] =
    g_param_spec_object ("pack", NULL, NULL, LECTERN_TYPE_PACK,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  lectern_quiz_view_properties[PROP_SELECTION] =
    g_param_spec_object ("selection", NULL, NULL, LECTERN_TYPE_SELECTION,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  lectern_quiz_view_properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, LECTERN_TYPE_PROGRESS_STORE,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  lectern_quiz_view_properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /**
   * LecternQuizView:reveal-mode:
   *
   * Quizzes run in reveal style, for presenting to a class (the window binds
   * its presenting property to it).
   */
  lectern_quiz_view_properties[PROP_REVEAL_MODE] =
    g_param_spec_boolean ("reveal-mode", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, lectern_quiz_view_properties);

  g_type_ensure (LECTERN_TYPE_QUIZ_CARD);
  g_type_ensure (LECTERN_TYPE_QUIZ_RESULTS);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/lectern-quiz-view.ui");
  gtk_widget_class_bind_template_child (widget_class, LecternQuizView, stack);
  gtk_widget_class_bind_template_child (widget_class, LecternQuizView, length_row);
  gtk_widget_class_bind_template_child (widget_class, LecternQuizView, length_model);
  gtk_widget_class_bind_template_child (widget_class, LecternQuizView, mode_row);
  gtk_widget_class_bind_template_child (widget_class, LecternQuizView, types_row);
  gtk_widget_class_bind_template_child (widget_class, LecternQuizView, code_row);
  gtk_widget_class_bind_template_child (widget_class, LecternQuizView, code_entry);
  gtk_widget_class_bind_template_child (widget_class, LecternQuizView, start_button);
  gtk_widget_class_bind_template_child (widget_class, LecternQuizView, counter_label);
  gtk_widget_class_bind_template_child (widget_class, LecternQuizView, score_label);
  gtk_widget_class_bind_template_child (widget_class, LecternQuizView, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, LecternQuizView, timer_box);
  gtk_widget_class_bind_template_child (widget_class, LecternQuizView, timer_bar);
  gtk_widget_class_bind_template_child (widget_class, LecternQuizView, timer_label);
  gtk_widget_class_bind_template_child (widget_class, LecternQuizView, reveal_end_page);
  gtk_widget_class_bind_template_child (widget_class, LecternQuizView, restart_button);
  gtk_widget_class_bind_template_child (widget_class, LecternQuizView, card);
  gtk_widget_class_bind_template_child (widget_class, LecternQuizView, results);
  gtk_widget_class_bind_template_callback (widget_class, lectern_quiz_view_options_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, lectern_quiz_view_code_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, lectern_quiz_view_code_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, card_submit_cb);
  gtk_widget_class_bind_template_callback (widget_class, card_next_cb);
  gtk_widget_class_bind_template_callback (widget_class, card_show_source_cb);
  gtk_widget_class_bind_template_callback (widget_class, card_reveal_cb);
  gtk_widget_class_bind_template_callback (widget_class, results_revisit_cb);
  gtk_widget_class_bind_template_callback (widget_class, results_show_source_cb);
  gtk_widget_class_bind_template_callback (widget_class, results_retry_cb);
  gtk_widget_class_bind_template_callback (widget_class, results_new_cb);

  gtk_widget_class_install_action (widget_class, "quiz.start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "quiz.new", NULL, new_quiz_action);
  gtk_widget_class_install_action (widget_class, "quiz.end", NULL, end_action);
  gtk_widget_class_install_action (widget_class, "quiz.copy-code", NULL,
                                   lectern_quiz_view_copy_code_action);
  lectern_quiz_view_install_reveal (widget_class);

  gtk_widget_class_set_css_name (widget_class, "quizview");
}

static void
lectern_quiz_view_init (LecternQuizView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->revealed = g_array_new (FALSE, TRUE, sizeof (gboolean));
  lectern_quiz_view_stop_presenting (self);
  lectern_quiz_view_add_type_rows (self);
  lectern_quiz_view_new_seed (self);

  self->settings = lectern_quiz_view_find_settings ();
  self->loading_options = TRUE;
  lectern_quiz_view_load_settings (self);
  self->loading_options = FALSE;

  lectern_quiz_view_update_start_page (self);
}

GtkWidget *
lectern_quiz_view_new (void)
{
  return g_object_new (LECTERN_TYPE_QUIZ_VIEW, NULL);
}

LecternPack *
lectern_quiz_view_get_pack (LecternQuizView *self)
{
  g_return_val_if_fail (LECTERN_IS_QUIZ_VIEW (self), NULL);

  return self->pack;
}

void
lectern_quiz_view_set_pack (LecternQuizView *self,
                            LecternPack     *pack)
{
  g_return_if_fail (LECTERN_IS_QUIZ_VIEW (self));
  g_return_if_fail (pack == NULL || LECTERN_IS_PACK (pack));

  if (!g_set_object (&self->pack, pack))
    return;

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_clear_object (&self->session);
  g_clear_object (&self->generator);
  lectern_quiz_view_stop_presenting (self);
  if (pack != NULL)
    self->generator = lectern_quiz_generator_new (pack);

  gtk_stack_set_visible_child_name (self->stack, pack != NULL ? "start" : "empty");
  lectern_quiz_view_update_start_page (self);
  g_object_notify_by_pspec (G_OBJECT (self), lectern_quiz_view_properties[PROP_PACK]);
}

LecternSelection *
lectern_quiz_view_get_selection (LecternQuizView *self)
{
  g_return_val_if_fail (LECTERN_IS_QUIZ_VIEW (self), NULL);

  return self->selection;
}

void
lectern_quiz_view_set_selection (LecternQuizView  *self,
                                 LecternSelection *selection)
{
  g_return_if_fail (LECTERN_IS_QUIZ_VIEW (self));
  g_return_if_fail (selection == NULL || LECTERN_IS_SELECTION (selection));

  if (g_set_object (&self->selection, selection))
    g_object_notify_by_pspec (G_OBJECT (self), lectern_quiz_view_properties[PROP_SELECTION]);
}

LecternProgressStore *
lectern_quiz_view_get_store (LecternQuizView *self)
{
  g_return_val_if_fail (LECTERN_IS_QUIZ_VIEW (self), NULL);

  return self->store;
}

void
lectern_quiz_view_set_store (LecternQuizView      *self,
                             LecternProgressStore *store)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (LECTERN_IS_QUIZ_VIEW (self));
  g_return_if_fail (store == NULL || LECTERN_IS_PROGRESS_STORE (store));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);

  if (store != NULL)
    {
      g_signal_connect (store, "set-aside", G_CALLBACK (set_aside_cb), self);
      if (!lectern_progress_store_load (store, &error))
        {
          g_warning ("%s", error->message);
          lectern_quiz_view_show_toast (self, _("Your quiz progress could not be read; "
                                                "it will not be saved"));
        }
    }

  lectern_quiz_view_update_start_page (self);
  g_object_notify_by_pspec (G_OBJECT (self), lectern_quiz_view_properties[PROP_STORE]);
}

LecternQuizSession *
lectern_quiz_view_get_session (LecternQuizView *self)
{
  g_return_val_if_fail (LECTERN_IS_QUIZ_VIEW (self), NULL);

  return self->session;
}

gboolean
lectern_quiz_view_get_reveal_mode (LecternQuizView *self)
{
  g_return_val_if_fail (LECTERN_IS_QUIZ_VIEW (self), FALSE);

  return self->reveal_mode;
}

void
lectern_quiz_view_set_reveal_mode (LecternQuizView *self,
                                   gboolean         reveal_mode)
{
  g_return_if_fail (LECTERN_IS_QUIZ_VIEW (self));

  reveal_mode = !!reveal_mode;
  if (self->reveal_mode == reveal_mode)
    return;

  self->reveal_mode = reveal_mode;
  lectern_quiz_view_update_start_page (self);

  /* A quiz under way goes on in reveal style from the question on screen. */
  if (reveal_mode && self->session != NULL && !self->presenting && !self->revisiting &&
      !lectern_quiz_session_get_finished (self->session) &&
      g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "question") == 0)
    lectern_quiz_view_present (self, lectern_quiz_session_get_position (self->session));

  g_object_notify_by_pspec (G_OBJECT (self), lectern_quiz_view_properties[PROP_REVEAL_MODE]);
}
