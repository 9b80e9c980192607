/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lectern-quiz-view-private.h"

/* Reveal style, for a teacher presenting a quiz to a class: the question and
 * its choices show, Space reveals the right answer with its explanation and
 * source sentence, Right goes on and Left goes back. An optional timer per
 * question (the question-timer setting) counts down calmly and says when the
 * time is up; it never reveals or scores anything. Nothing is recorded. */

#define TIMER_TICK_MS 250

/* --- Timer ------------------------------------------------------------------------ */

static guint
get_timer_setting (LecternQuizView *self)
{
  g_autoptr(GSettingsSchema) schema = NULL;

  if (self->settings == NULL)
    return 0;

  g_object_get (self->settings, "settings-schema", &schema, NULL);
  if (schema == NULL || !g_settings_schema_has_key (schema, "question-timer"))
    return 0;

  return (guint) MAX (g_settings_get_int (self->settings, "question-timer"), 0);
}

static void
stop_timer (LecternQuizView *self)
{
  g_clear_handle_id (&self->timer_id, g_source_remove);
  gtk_widget_set_visible (self->timer_box, FALSE);
}

/* Shows the time left; returns whether there is any. */
static gboolean
update_timer (LecternQuizView *self)
{
  gint64 elapsed = g_get_monotonic_time () - self->timer_start;
  gint64 total = (gint64) self->timer_seconds * G_USEC_PER_SEC;
  gint64 left = MAX (total - elapsed, 0);

  gtk_progress_bar_set_fraction (self->timer_bar, (double) left / (double) total);

  if (left == 0)
    {
      gtk_label_set_text (self->timer_label, _("Time’s up"));
      gtk_widget_add_css_class (self->timer_box, "timeout");
      return FALSE;
    }
  else
    {
      /* Whole seconds, rounded up: the label reads 0:00 only when time is up. */
      guint seconds = (guint) ((left + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC);
      /* Translators: time left for a question, minutes and seconds */
      g_autofree char *text = g_strdup_printf (_("%u:%02u"), seconds / 60, seconds % 60);

      gtk_label_set_text (self->timer_label, text);
      return TRUE;
    }
}

static gboolean
timer_tick_cb (gpointer data)
{
  LecternQuizView *self = data;

  if (update_timer (self))
    return G_SOURCE_CONTINUE;

  self->timer_id = 0;
  return G_SOURCE_REMOVE;
}

static void
start_timer (LecternQuizView *self)
{
  g_clear_handle_id (&self->timer_id, g_source_remove);

  self->timer_seconds = get_timer_setting (self);
  if (self->timer_seconds == 0)
    {
      gtk_widget_set_visible (self->timer_box, FALSE);
      return;
    }

  self->timer_start = g_get_monotonic_time ();
  gtk_widget_remove_css_class (self->timer_box, "timeout");
  gtk_widget_set_visible (self->timer_box, TRUE);
  update_timer (self);
  self->timer_id = g_timeout_add (TIMER_TICK_MS, timer_tick_cb, self);
}

/* --- Moving through the questions ----------------------------------------------------- */

static gboolean
is_revealed (LecternQuizView *self,
             guint            position)
{
  return position < self->revealed->len && g_array_index (self->revealed, gboolean, position);
}

static void
update_actions (LecternQuizView *self)
{
  const char *page = gtk_stack_get_visible_child_name (self->stack);
  gboolean on_question = self->presenting && g_strcmp0 (page, "question") == 0;
  gboolean on_end = self->presenting && g_strcmp0 (page, "reveal-end") == 0;
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_action_set_enabled (widget, "quiz.reveal",
                                 on_question && !is_revealed (self, self->reveal_position));
  gtk_widget_action_set_enabled (widget, "quiz.next", on_question);
  gtk_widget_action_set_enabled (widget, "quiz.previous",
                                 (on_question && self->reveal_position > 0) || on_end);
  gtk_widget_action_set_enabled (widget, "quiz.restart", on_end);
}

static void
show_position (LecternQuizView *self)
{
  guint n = lectern_quiz_session_get_n_questions (self->session);
  guint position = self->reveal_position;
  LecternQuestion *question = lectern_quiz_session_get_question (self->session, position);
  g_autofree char *heading = g_strdup_printf (_("Question %u of %u"), position + 1, n);

  gtk_label_set_text (self->counter_label, heading);
  gtk_label_set_text (self->score_label, "");
  gtk_progress_bar_set_fraction (self->progress_bar, (double) position / n);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "quiz.end", TRUE);

  lectern_quiz_card_set_presenting (self->card, TRUE);
  lectern_quiz_card_set_question (self->card, question, heading);
  lectern_quiz_card_set_next_label (self->card, position + 1 < n ? _("_Next Question") :
                                    _("_Finish"));
  gtk_stack_set_visible_child_name (self->stack, "question");

  if (is_revealed (self, position))
    {
      stop_timer (self);
      lectern_quiz_card_reveal (self->card);
    }
  else
    {
      start_timer (self);
      lectern_quiz_card_focus_input (self->card);
    }

  update_actions (self);
}

void
lectern_quiz_view_present (LecternQuizView *self,
                           guint            position)
{
  guint n;

  g_return_if_fail (self->session != NULL);

  n = lectern_quiz_session_get_n_questions (self->session);
  self->presenting = TRUE;
  self->revisiting = FALSE;
  self->reveal_position = MIN (position, n - 1);
  g_array_set_size (self->revealed, 0);
  g_array_set_size (self->revealed, n);
  gtk_widget_add_css_class (GTK_WIDGET (self), "reveal");

  show_position (self);
}

void
lectern_quiz_view_stop_presenting (LecternQuizView *self)
{
  stop_timer (self);
  self->presenting = FALSE;
  g_array_set_size (self->revealed, 0);
  gtk_widget_remove_css_class (GTK_WIDGET (self), "reveal");
  lectern_quiz_card_set_presenting (self->card, FALSE);
  update_actions (self);
}

void
lectern_quiz_view_reveal_answer (LecternQuizView *self)
{
  if (!self->presenting || is_revealed (self, self->reveal_position))
    return;

  g_array_index (self->revealed, gboolean, self->reveal_position) = TRUE;
  stop_timer (self);
  lectern_quiz_card_reveal (self->card);
  update_actions (self);
}

void
lectern_quiz_view_present_end (LecternQuizView *self)
{
  guint n = lectern_quiz_session_get_n_questions (self->session);
  g_autofree char *description = NULL;

  stop_timer (self);
  description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "That was the only question.",
                                              "That was the last of %u questions.", n),
                                 n);
  adw_status_page_set_description (self->reveal_end_page, description);
  gtk_stack_set_visible_child_name (self->stack, "reveal-end");
  gtk_widget_grab_focus (GTK_WIDGET (self->restart_button));
  update_actions (self);
}

void
lectern_quiz_view_present_next (LecternQuizView *self)
{
  if (!self->presenting)
    return;

  if (self->reveal_position + 1 < lectern_quiz_session_get_n_questions (self->session))
    {
      self->reveal_position++;
      show_position (self);
    }
  else
    {
      lectern_quiz_view_present_end (self);
    }
}

/* --- Actions ----------------------------------------------------------------------------- */

static void
reveal_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  lectern_quiz_view_reveal_answer (LECTERN_QUIZ_VIEW (widget));
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  lectern_quiz_view_present_next (LECTERN_QUIZ_VIEW (widget));
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  LecternQuizView *self = LECTERN_QUIZ_VIEW (widget);

  if (!self->presenting)
    return;

  /* From the end page back to the last question. */
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "reveal-end") != 0)
    {
      if (self->reveal_position == 0)
        return;
      self->reveal_position--;
    }

  show_position (self);
}

static void
restart_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  LecternQuizView *self = LECTERN_QUIZ_VIEW (widget);

  if (self->presenting)
    lectern_quiz_view_present (self, 0);
}

void
lectern_quiz_view_install_reveal (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "quiz.reveal", NULL, reveal_action);
  gtk_widget_class_install_action (widget_class, "quiz.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "quiz.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "quiz.restart", NULL, restart_action);

  /* Only while presenting: otherwise the actions are off and the keys do
   * what they always do. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "quiz.reveal", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Space, 0, "quiz.reveal", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "quiz.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Right, 0, "quiz.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "quiz.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Left, 0, "quiz.previous", NULL);
}
