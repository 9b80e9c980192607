/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lectern-quiz-results.h"

struct _LecternQuizResults
{
  GtkWidget            parent_instance;

  GtkWidget           *score_box;
  GtkLabel            *score_label;
  GtkLabel            *summary_label;
  GtkButton           *retry_button;
  GtkButton           *new_button;
  AdwPreferencesGroup *missed_group;
  AdwPreferencesGroup *types_group;

  GPtrArray           *missed_rows;  /* AdwActionRow in missed_group */
  GPtrArray           *type_rows;    /* AdwActionRow in types_group */
};

G_DEFINE_FINAL_TYPE (LecternQuizResults, lectern_quiz_results, GTK_TYPE_WIDGET)

enum {
  REVISIT,
  SHOW_SOURCE,
  RETRY_MISSED,
  NEW_QUIZ,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
clear_rows (AdwPreferencesGroup *group,
            GPtrArray           *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, rows->pdata[i]);
  g_ptr_array_set_size (rows, 0);
}

static void
revisit_clicked_cb (GtkButton          *button,
                    LecternQuizResults *self)
{
  g_signal_emit (self, signals[REVISIT], 0,
                 GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "position")));
}

static void
show_source_clicked_cb (GtkButton          *button,
                        LecternQuizResults *self)
{
  g_signal_emit (self, signals[SHOW_SOURCE], 0,
                 GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "position")));
}

static void
retry_clicked_cb (LecternQuizResults *self)
{
  g_signal_emit (self, signals[RETRY_MISSED], 0);
}

static void
new_clicked_cb (LecternQuizResults *self)
{
  g_signal_emit (self, signals[NEW_QUIZ], 0);
}

static GtkWidget *
make_row_button (LecternQuizResults *self,
                 const char         *icon,
                 const char         *tooltip,
                 const char         *accessible,
                 guint               position,
                 GCallback           callback)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data (G_OBJECT (button), "position", GUINT_TO_POINTER (position));
  g_signal_connect (button, "clicked", callback, self);
  return button;
}

static void
add_missed_row (LecternQuizResults *self,
                LecternQuizSession *session,
                guint               position)
{
  LecternQuestion *question = lectern_quiz_session_get_question (session, position);
  const char * const *response = lectern_quiz_session_get_response (session, position);
  g_autofree char *answer = lectern_question_format_answer (question);
  g_autofree char *subtitle = NULL;
  g_autofree char *revisit = NULL;
  g_autofree char *show = NULL;
  g_autofree char *given = NULL;
  GtkWidget *row = adw_action_row_new ();

  g_strdelimit (answer, "\n", ';');
  if (response != NULL && lectern_question_get_format (question) != LECTERN_ANSWER_MATCH)
    {
      given = g_strjoinv (" → ", (char **) response);
      /* Translators: under a missed question: the answer given and the right one */
      subtitle = g_strdup_printf (_("You answered: %s · Answer: %s"), given, answer);
    }
  else if (response == NULL)
    {
      subtitle = g_strdup_printf (_("Not answered · Answer: %s"), answer);
    }
  else
    {
      subtitle = g_strdup_printf (_("Answer: %s"), answer);
    }

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), lectern_question_get_prompt (question));
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);

  revisit = g_strdup_printf (_("Revisit question %u"), position + 1);
  show = g_strdup_printf (_("Show the source of question %u in the article"), position + 1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             make_row_button (self, "view-reveal-symbolic", _("Revisit"), revisit,
                                              position, G_CALLBACK (revisit_clicked_cb)));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             make_row_button (self, "x-office-document-symbolic",
                                              _("Show in Article"),
                                              show, position, G_CALLBACK (show_source_clicked_cb)));

  adw_preferences_group_add (self->missed_group, row);
  g_ptr_array_add (self->missed_rows, row);
}

static void
lectern_quiz_results_dispose (GObject *object)
{
  GtkWidget *child;
  gtk_widget_dispose_template (GTK_WIDGET (object), LECTERN_TYPE_QUIZ_RESULTS);
  /* Children without an id are not disposed of by the template. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (lectern_quiz_results_parent_class)->dispose (object);
}

static void
lectern_quiz_results_finalize (GObject *object)
{
  LecternQuizResults *self = LECTERN_QUIZ_RESULTS (object);

  g_ptr_array_unref (self->missed_rows);
  g_ptr_array_unref (self->type_rows);

  G_OBJECT_CLASS (lectern_quiz_results_parent_class)->finalize (object);
}

static void
lectern_quiz_results_class_init (LecternQuizResultsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lectern_quiz_results_dispose;
  object_class->finalize = lectern_quiz_results_finalize;

  signals[REVISIT] =
    g_signal_new ("revisit", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
  signals[SHOW_SOURCE] =
    g_signal_new ("show-source", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
  signals[RETRY_MISSED] =
    g_signal_new ("retry-missed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[NEW_QUIZ] =
    g_signal_new ("new-quiz", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/lectern-quiz-results.ui");
  gtk_widget_class_bind_template_child (widget_class, LecternQuizResults, score_box);
  gtk_widget_class_bind_template_child (widget_class, LecternQuizResults, score_label);
  gtk_widget_class_bind_template_child (widget_class, LecternQuizResults, summary_label);
  gtk_widget_class_bind_template_child (widget_class, LecternQuizResults, retry_button);
  gtk_widget_class_bind_template_child (widget_class, LecternQuizResults, new_button);
  gtk_widget_class_bind_template_child (widget_class, LecternQuizResults, missed_group);
  gtk_widget_class_bind_template_child (widget_class, LecternQuizResults, types_group);
  gtk_widget_class_bind_template_callback (widget_class, retry_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, new_clicked_cb);

  gtk_widget_class_set_css_name (widget_class, "quizresults");
}

static void
lectern_quiz_results_init (LecternQuizResults *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->missed_rows = g_ptr_array_new ();
  self->type_rows = g_ptr_array_new ();
}

GtkWidget *
lectern_quiz_results_new (void)
{
  return g_object_new (LECTERN_TYPE_QUIZ_RESULTS, NULL);
}

void
lectern_quiz_results_set_session (LecternQuizResults *self,
                                  LecternQuizSession *session)
{
  guint score, total;
  g_autofree char *score_text = NULL;
  g_autoptr(GString) summary = g_string_new (NULL);
  guint n_missed = 0;

  g_return_if_fail (LECTERN_IS_QUIZ_RESULTS (self));
  g_return_if_fail (LECTERN_IS_QUIZ_SESSION (session));

  clear_rows (self->missed_group, self->missed_rows);
  clear_rows (self->types_group, self->type_rows);

  score = lectern_quiz_session_get_score (session);
  total = lectern_quiz_session_get_n_questions (session);
  /* Translators: the score at the end of a quiz, such as "7 of 10 right" */
  score_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u right", "%u of %u right",
                                             total),
                                score, total);
  gtk_label_set_text (self->score_label, score_text);

  g_string_append_printf (summary, _("%u %%"), total > 0 ? (score * 100 + total / 2) / total : 0);
  switch (lectern_quiz_session_get_mode (session))
    {
    case LECTERN_QUIZ_MODE_TEST:
      g_string_append (summary, _(" · Test"));
      break;
    case LECTERN_QUIZ_MODE_REVIEW_MISSED:
      g_string_append (summary, _(" · Review of missed questions"));
      break;
    case LECTERN_QUIZ_MODE_SPACED_REVIEW:
      g_string_append (summary, _(" · Spaced review"));
      break;
    case LECTERN_QUIZ_MODE_PRACTICE:
    default:
      g_string_append (summary, _(" · Practice"));
      break;
    }
  if (lectern_quiz_session_get_code (session) != NULL)
    g_string_append_printf (summary, _(" · Quiz code %s"), lectern_quiz_session_get_code (session));
  gtk_label_set_text (self->summary_label, summary->str);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->score_box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, score_text,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary->str,
                                  -1);

  for (guint t = 0; t < LECTERN_N_QUESTION_TYPES; t++)
    {
      guint right, of;
      g_autofree char *count = NULL;
      GtkWidget *row, *label;

      lectern_quiz_session_get_type_score (session, t, &right, &of);
      if (of == 0)
        continue;

      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     lectern_question_type_get_label (t));
      /* Translators: right answers of one question type, such as "2 of 3" */
      count = g_strdup_printf (_("%u of %u"), right, of);
      label = gtk_label_new (count);
      gtk_widget_add_css_class (label, right == of ? "success" : (right == 0 ? "error" :
                                                                  "dim-label"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
      adw_preferences_group_add (self->types_group, row);
      g_ptr_array_add (self->type_rows, row);
    }

  for (guint i = 0; i < total; i++)
    {
      if (lectern_quiz_session_get_result (session, i) == LECTERN_ANSWER_RESULT_RIGHT)
        continue;
      add_missed_row (self, session, i);
      n_missed++;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->missed_group), n_missed > 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->retry_button), n_missed > 0);
}

void
lectern_quiz_results_focus (LecternQuizResults *self)
{
  g_return_if_fail (LECTERN_IS_QUIZ_RESULTS (self));

  gtk_widget_grab_focus (self->score_box);
}
