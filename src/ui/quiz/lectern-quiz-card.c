/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lectern-quiz-card-private.h"

#define MAX_KEYED_CHOICES 9


G_DEFINE_FINAL_TYPE (LecternQuizCard, lectern_quiz_card, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PRESENTING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SUBMIT,
  NEXT,
  SHOW_SOURCE,
  REVEAL,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

void
lectern_quiz_card_remove_all_children (GtkWidget *parent)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (parent)) != NULL)
    {
      if (GTK_IS_BOX (parent))
        gtk_box_remove (GTK_BOX (parent), child);
      else if (GTK_IS_LIST_BOX (parent))
        gtk_list_box_remove (GTK_LIST_BOX (parent), child);
      else if (GTK_IS_GRID (parent))
        gtk_grid_remove (GTK_GRID (parent), child);
      else
        g_assert_not_reached ();
    }
}

void
lectern_quiz_card_set_state_class (GtkWidget *widget,
                                   gboolean   correct)
{
  gtk_widget_remove_css_class (widget, correct ? "wrong" : "right");
  gtk_widget_add_css_class (widget, correct ? "right" : "wrong");
}

static void
clear_state_class (GtkWidget *widget)
{
  gtk_widget_remove_css_class (widget, "right");
  gtk_widget_remove_css_class (widget, "wrong");
}

/* The typed answer without surrounding white space. */
char *
lectern_quiz_card_get_typed (LecternQuizCard *self)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry))));
}

static void
emit_submit (LecternQuizCard    *self,
             const char * const *response)
{
  g_signal_emit (self, signals[SUBMIT], 0, response);
}

/* --- Choices -------------------------------------------------------------- */

static void
choose (LecternQuizCard *self,
        guint            index)
{
  const char * const *choices;
  const char *response[2] = { NULL, NULL };

  if (self->question == NULL || self->answered || self->presenting ||
      lectern_question_get_format (self->question) != LECTERN_ANSWER_CHOICE)
    return;

  choices = lectern_question_get_choices (self->question);
  if (index >= g_strv_length ((char **) choices))
    return;

  response[0] = choices[index];
  gtk_widget_add_css_class (self->choice_buttons->pdata[index], "chosen");
  emit_submit (self, response);
}

static void
choice_clicked_cb (LecternQuizCard *self,
                   GtkButton       *button)
{
  choose (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "choice-index")));
}

static void
add_choice (LecternQuizCard *self,
            guint            index,
            const char      *text)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (text);
  g_autofree char *accessible = NULL;

  if (index < MAX_KEYED_CHOICES)
    {
      g_autofree char *key = g_strdup_printf ("%u", index + 1);
      GtkWidget *key_label = gtk_label_new (key);

      gtk_widget_add_css_class (key_label, "quiz-key");
      gtk_widget_set_valign (key_label, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (box), key_label);
      /* Translators: accessible name of an answer button: key number and answer */
      accessible = g_strdup_printf (_("%u: %s"), index + 1, text);
    }

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);

  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "quiz-choice");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible ? accessible : text,
                                  -1);
  g_object_set_data (G_OBJECT (button), "choice-index", GUINT_TO_POINTER (index));
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (choice_clicked_cb), self);

  gtk_box_append (self->choices_box, button);
  g_ptr_array_add (self->choice_buttons, button);
}

/* --- Submitting and feedback --------------------------------------------------- */

static void
check_clicked_cb (LecternQuizCard *self)
{
  g_autoptr(GPtrArray) response = g_ptr_array_new_with_free_func (g_free);

  if (self->question == NULL || self->answered)
    return;

  switch (lectern_question_get_format (self->question))
    {
    case LECTERN_ANSWER_TYPED:
      {
        g_autofree char *text = lectern_quiz_card_get_typed (self);

        if (text[0] == '\0')
          return;
        g_ptr_array_add (response, g_steal_pointer (&text));
      }
      break;

    case LECTERN_ANSWER_ORDER:
      for (guint i = 0; i < self->order->len; i++)
        g_ptr_array_add (response, g_strdup (self->order->pdata[i]));
      break;

    case LECTERN_ANSWER_MATCH:
      if (!lectern_quiz_card_all_matched (self))
        return;
      for (guint i = 0; i < self->dropdowns->len; i++)
        {
          guint selected = gtk_drop_down_get_selected (self->dropdowns->pdata[i]);

          g_ptr_array_add (response,
                           g_strdup (lectern_question_get_choices (self->question)[selected - 1]));
        }
      break;

    case LECTERN_ANSWER_CHOICE:
    default:
      return;
    }

  g_ptr_array_add (response, NULL);
  emit_submit (self, (const char * const *) response->pdata);
}

static void
entry_activate_cb (LecternQuizCard *self)
{
  check_clicked_cb (self);
}

static void
next_clicked_cb (LecternQuizCard *self)
{
  g_signal_emit (self, signals[NEXT], 0);
}

static void
show_source_clicked_cb (LecternQuizCard *self)
{
  g_signal_emit (self, signals[SHOW_SOURCE], 0);
}

static void
reveal_clicked_cb (LecternQuizCard *self)
{
  if (self->question != NULL && !self->answered)
    g_signal_emit (self, signals[REVEAL], 0);
}

static void
choose_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  guint key = g_variant_get_uint32 (parameter);

  if (key > 0)
    choose (LECTERN_QUIZ_CARD (widget), key - 1);
}

/* Marks the inputs right or wrong and stops them from changing. */
static void
lock_inputs (LecternQuizCard *self)
{
  const char * const *answers = lectern_question_get_answers (self->question);
  const char * const *choices = lectern_question_get_choices (self->question);

  switch (lectern_question_get_format (self->question))
    {
    case LECTERN_ANSWER_CHOICE:
      for (guint i = 0; i < self->choice_buttons->len; i++)
        {
          GtkWidget *button = self->choice_buttons->pdata[i];

          if (g_strcmp0 (choices[i], answers[0]) == 0)
            lectern_quiz_card_set_state_class (button, TRUE);
          else if (gtk_widget_has_css_class (button, "chosen"))
            lectern_quiz_card_set_state_class (button, FALSE);
          /* Shown choices are not buttons: nothing to switch off. */
          if (!self->presenting)
            gtk_widget_set_sensitive (button, FALSE);
        }
      break;

    case LECTERN_ANSWER_TYPED:
      gtk_editable_set_editable (GTK_EDITABLE (self->entry), FALSE);
      break;

    case LECTERN_ANSWER_ORDER:
      lectern_quiz_card_rebuild_order (self);
      break;

    case LECTERN_ANSWER_MATCH:
      for (guint i = 0; i < self->dropdowns->len; i++)
        {
          GtkDropDown *dropdown = self->dropdowns->pdata[i];
          guint selected = gtk_drop_down_get_selected (dropdown);

          if (selected > 0)
            lectern_quiz_card_set_state_class (GTK_WIDGET (dropdown),
                                               g_strcmp0 (choices[selected - 1], answers[i]) == 0);
          gtk_widget_set_sensitive (GTK_WIDGET (dropdown), FALSE);
        }
      break;

    default:
      break;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->check_button), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->reveal_button), FALSE);
}

static void
fill_feedback (LecternQuizCard *self,
               const char      *title)
{
  g_autofree char *answer = lectern_question_format_answer (self->question);
  g_autofree char *answer_text = NULL;
  g_autofree char *source = NULL;
  g_autofree char *announcement = NULL;

  if (lectern_question_get_format (self->question) == LECTERN_ANSWER_TYPED ||
      lectern_question_get_format (self->question) == LECTERN_ANSWER_CHOICE)
    answer_text = g_strdup_printf (_("Answer: %s"), answer);
  else
    answer_text = g_strdup_printf (_("Answer:\n%s"), answer);

  /* Translators: the sentence of the article a question rests on */
  source = g_strdup_printf (_("From the article: “%s”"),
                            lectern_question_get_source_text (self->question));

  gtk_label_set_text (self->feedback_title, title);
  gtk_label_set_text (self->answer_label, answer_text);
  /* The explanation of an order or a matching already lists the right answer. */
  gtk_widget_set_visible (GTK_WIDGET (self->answer_label),
                          lectern_question_get_format (self->question) == LECTERN_ANSWER_CHOICE ||
                          lectern_question_get_format (self->question) == LECTERN_ANSWER_TYPED);
  gtk_label_set_text (self->explanation_label, lectern_question_get_explanation (self->question));
  gtk_label_set_text (self->source_label, source);
  gtk_revealer_set_reveal_child (self->feedback_revealer, TRUE);

  /* What a screen reader says when the focus lands on “Next”. */
  announcement = g_strdup_printf ("%s %s %s", title, answer_text,
                                  lectern_question_get_explanation (self->question));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->feedback_box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, announcement,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->next_button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, announcement,
                                  -1);
  gtk_widget_grab_focus (GTK_WIDGET (self->next_button));
}

/* --- GObject ---------------------------------------------------------------- */

static void
lectern_quiz_card_dispose (GObject *object)
{
  GtkWidget *child;
  LecternQuizCard *self = LECTERN_QUIZ_CARD (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LECTERN_TYPE_QUIZ_CARD);
  /* Children without an id are not disposed of by the template. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->question);

  G_OBJECT_CLASS (lectern_quiz_card_parent_class)->dispose (object);
}

static void
lectern_quiz_card_finalize (GObject *object)
{
  LecternQuizCard *self = LECTERN_QUIZ_CARD (object);

  g_ptr_array_unref (self->choice_buttons);
  g_ptr_array_unref (self->order);
  g_ptr_array_unref (self->order_rows);
  g_ptr_array_unref (self->dropdowns);

  G_OBJECT_CLASS (lectern_quiz_card_parent_class)->finalize (object);
}

static void
lectern_quiz_card_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  LecternQuizCard *self = LECTERN_QUIZ_CARD (object);

  switch (prop_id)
    {
    case PROP_PRESENTING:
      g_value_set_boolean (value, self->presenting);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lectern_quiz_card_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  LecternQuizCard *self = LECTERN_QUIZ_CARD (object);

  switch (prop_id)
    {
    case PROP_PRESENTING:
      lectern_quiz_card_set_presenting (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lectern_quiz_card_class_init (LecternQuizCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lectern_quiz_card_dispose;
  object_class->finalize = lectern_quiz_card_finalize;
  object_class->get_property = lectern_quiz_card_get_property;
  object_class->set_property = lectern_quiz_card_set_property;

  /**
   * LecternQuizCard:presenting:
   *
   * Reveal style: the question is shown to a class, not answered here.
   */
  properties[PROP_PRESENTING] =
    g_param_spec_boolean ("presenting", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LecternQuizCard::submit:
   * @response: the answer given (see lectern_grading_check())
   */
  signals[SUBMIT] =
    g_signal_new ("submit", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRV);
  signals[NEXT] =
    g_signal_new ("next", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[SHOW_SOURCE] =
    g_signal_new ("show-source", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[REVEAL] =
    g_signal_new ("reveal", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/lectern-quiz-card.ui");
  gtk_widget_class_bind_template_child (widget_class, LecternQuizCard, type_label);
  gtk_widget_class_bind_template_child (widget_class, LecternQuizCard, prompt_label);
  gtk_widget_class_bind_template_child (widget_class, LecternQuizCard, choices_box);
  gtk_widget_class_bind_template_child (widget_class, LecternQuizCard, entry);
  gtk_widget_class_bind_template_child (widget_class, LecternQuizCard, order_list);
  gtk_widget_class_bind_template_child (widget_class, LecternQuizCard, match_grid);
  gtk_widget_class_bind_template_child (widget_class, LecternQuizCard, check_button);
  gtk_widget_class_bind_template_child (widget_class, LecternQuizCard, reveal_button);
  gtk_widget_class_bind_template_child (widget_class, LecternQuizCard, feedback_revealer);
  gtk_widget_class_bind_template_child (widget_class, LecternQuizCard, feedback_box);
  gtk_widget_class_bind_template_child (widget_class, LecternQuizCard, feedback_title);
  gtk_widget_class_bind_template_child (widget_class, LecternQuizCard, answer_label);
  gtk_widget_class_bind_template_child (widget_class, LecternQuizCard, explanation_label);
  gtk_widget_class_bind_template_child (widget_class, LecternQuizCard, source_label);
  gtk_widget_class_bind_template_child (widget_class, LecternQuizCard, show_source_button);
  gtk_widget_class_bind_template_child (widget_class, LecternQuizCard, next_button);
  gtk_widget_class_bind_template_callback (widget_class, entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, lectern_quiz_card_update_check);
  gtk_widget_class_bind_template_callback (widget_class, check_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, next_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, show_source_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, reveal_clicked_cb);

  gtk_widget_class_install_action (widget_class, "card.choose", "u", choose_action);
  gtk_widget_class_install_action (widget_class, "card.move", "i", lectern_quiz_card_move_action);

  for (guint i = 0; i < MAX_KEYED_CHOICES; i++)
    {
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, 0,
                                           "card.choose", "u", i + 1);
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_1 + i, 0,
                                           "card.choose", "u", i + 1);
    }
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "card.move", "i",
                                       -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "card.move", "i",
                                       1);

  gtk_widget_class_set_css_name (widget_class, "quizcard");
}

static void
lectern_quiz_card_init (LecternQuizCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->choice_buttons = g_ptr_array_new ();
  self->order = g_ptr_array_new_with_free_func (g_free);
  self->order_rows = g_ptr_array_new ();
  self->dropdowns = g_ptr_array_new ();
}

GtkWidget *
lectern_quiz_card_new (void)
{
  return g_object_new (LECTERN_TYPE_QUIZ_CARD, NULL);
}

LecternQuestion *
lectern_quiz_card_get_question (LecternQuizCard *self)
{
  g_return_val_if_fail (LECTERN_IS_QUIZ_CARD (self), NULL);

  return self->question;
}

gboolean
lectern_quiz_card_get_answered (LecternQuizCard *self)
{
  g_return_val_if_fail (LECTERN_IS_QUIZ_CARD (self), FALSE);

  return self->answered;
}

gboolean
lectern_quiz_card_get_presenting (LecternQuizCard *self)
{
  g_return_val_if_fail (LECTERN_IS_QUIZ_CARD (self), FALSE);

  return self->presenting;
}

void
lectern_quiz_card_set_presenting (LecternQuizCard *self,
                                  gboolean         presenting)
{
  g_return_if_fail (LECTERN_IS_QUIZ_CARD (self));

  presenting = !!presenting;
  if (self->presenting == presenting)
    return;

  self->presenting = presenting;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESENTING]);
}

void
lectern_quiz_card_set_question (LecternQuizCard *self,
                                LecternQuestion *question,
                                const char      *heading)
{
  const char * const *choices;
  g_autoptr(GString) spoken = NULL;
  g_autofree char *accessible = NULL;
  LecternAnswerFormat format;
  LecternQuestionType type;

  g_return_if_fail (LECTERN_IS_QUIZ_CARD (self));
  g_return_if_fail (LECTERN_IS_QUESTION (question));

  g_set_object (&self->question, question);
  self->answered = FALSE;

  lectern_quiz_card_remove_all_children (GTK_WIDGET (self->choices_box));
  lectern_quiz_card_remove_all_children (GTK_WIDGET (self->order_list));
  lectern_quiz_card_remove_all_children (GTK_WIDGET (self->match_grid));
  g_ptr_array_set_size (self->choice_buttons, 0);
  g_ptr_array_set_size (self->order, 0);
  g_ptr_array_set_size (self->order_rows, 0);
  g_ptr_array_set_size (self->dropdowns, 0);
  gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
  gtk_editable_set_editable (GTK_EDITABLE (self->entry), TRUE);
  gtk_revealer_set_reveal_child (self->feedback_revealer, FALSE);
  clear_state_class (GTK_WIDGET (self->feedback_box));
  clear_state_class (GTK_WIDGET (self->entry));

  format = lectern_question_get_format (question);
  choices = lectern_question_get_choices (question);

  type = lectern_question_get_question_type (question);
  gtk_label_set_text (self->type_label, lectern_question_type_get_label (type));
  gtk_label_set_text (self->prompt_label, lectern_question_get_prompt (question));

  /* Read a blank as a word, not as a row of underscores. */
  spoken = g_string_new (lectern_question_get_prompt (question));
  g_string_replace (spoken, LECTERN_QUESTION_BLANK, _("(blank)"), 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->prompt_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, spoken->str, -1);
  /* Translators: accessible name of the question card: "Question 3 of 20, Fill in the blank" */
  accessible = g_strdup_printf (_("%s, %s"), heading != NULL ? heading : "",
                                gtk_label_get_text (self->type_label));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, spoken->str,
                                  -1);

  gtk_widget_set_visible (GTK_WIDGET (self->reveal_button), self->presenting);
  if (self->presenting)
    {
      /* Shown to a class: what to choose from, and nothing to fill in. */
      gtk_widget_set_visible (GTK_WIDGET (self->choices_box), format != LECTERN_ANSWER_TYPED);
      gtk_widget_set_visible (GTK_WIDGET (self->entry), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->order_list), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->match_grid), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->check_button), FALSE);
      lectern_quiz_card_add_presented_rows (self);
      return;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->choices_box), format == LECTERN_ANSWER_CHOICE);
  gtk_widget_set_visible (GTK_WIDGET (self->entry), format == LECTERN_ANSWER_TYPED);
  gtk_widget_set_visible (GTK_WIDGET (self->order_list), format == LECTERN_ANSWER_ORDER);
  gtk_widget_set_visible (GTK_WIDGET (self->match_grid), format == LECTERN_ANSWER_MATCH);
  gtk_widget_set_visible (GTK_WIDGET (self->check_button), format != LECTERN_ANSWER_CHOICE);

  switch (format)
    {
    case LECTERN_ANSWER_CHOICE:
      for (guint i = 0; choices[i] != NULL; i++)
        add_choice (self, i, choices[i]);
      break;

    case LECTERN_ANSWER_ORDER:
      for (guint i = 0; choices[i] != NULL; i++)
        g_ptr_array_add (self->order, g_strdup (choices[i]));
      lectern_quiz_card_rebuild_order (self);
      break;

    case LECTERN_ANSWER_MATCH:
      {
        g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
        const char * const *items = lectern_question_get_items (question);

        gtk_string_list_append (model, _("Choose…"));
        for (guint i = 0; choices[i] != NULL; i++)
          gtk_string_list_append (model, choices[i]);
        for (guint i = 0; items != NULL && items[i] != NULL; i++)
          lectern_quiz_card_add_match_row (self, i, items[i], model);
      }
      break;

    case LECTERN_ANSWER_TYPED:
    default:
      break;
    }

  lectern_quiz_card_update_check (self);
}

void
lectern_quiz_card_show_feedback (LecternQuizCard    *self,
                                 gboolean            correct,
                                 const char * const *response)
{
  g_return_if_fail (LECTERN_IS_QUIZ_CARD (self));
  g_return_if_fail (self->question != NULL);

  self->answered = TRUE;
  lock_inputs (self);
  if (lectern_question_get_format (self->question) == LECTERN_ANSWER_TYPED)
    gtk_widget_add_css_class (GTK_WIDGET (self->entry), correct ? "success" : "error");

  lectern_quiz_card_set_state_class (GTK_WIDGET (self->feedback_box), correct);
  fill_feedback (self, correct ? _("Right!") : _("Not quite"));
}

void
lectern_quiz_card_reveal (LecternQuizCard *self)
{
  const char * const *answers;

  g_return_if_fail (LECTERN_IS_QUIZ_CARD (self));
  g_return_if_fail (self->question != NULL);

  answers = lectern_question_get_answers (self->question);
  self->answered = TRUE;

  switch (lectern_question_get_format (self->question))
    {
    case LECTERN_ANSWER_TYPED:
      gtk_editable_set_text (GTK_EDITABLE (self->entry), answers[0]);
      break;

    case LECTERN_ANSWER_ORDER:
      g_ptr_array_set_size (self->order, 0);
      for (guint i = 0; answers[i] != NULL; i++)
        g_ptr_array_add (self->order, g_strdup (answers[i]));
      break;

    case LECTERN_ANSWER_MATCH:
      for (guint i = 0; i < self->dropdowns->len; i++)
        {
          const char * const *choices = lectern_question_get_choices (self->question);

          for (guint k = 0; choices[k] != NULL; k++)
            if (g_strcmp0 (choices[k], answers[i]) == 0)
              gtk_drop_down_set_selected (self->dropdowns->pdata[i], k + 1);
        }
      break;

    case LECTERN_ANSWER_CHOICE:
    default:
      break;
    }

  lock_inputs (self);
  fill_feedback (self, _("The Answer"));
}

void
lectern_quiz_card_set_next_label (LecternQuizCard *self,
                                  const char      *label)
{
  g_return_if_fail (LECTERN_IS_QUIZ_CARD (self));

  gtk_button_set_label (self->next_button, label);
}

void
lectern_quiz_card_focus_input (LecternQuizCard *self)
{
  g_return_if_fail (LECTERN_IS_QUIZ_CARD (self));

  if (self->question == NULL)
    return;

  if (self->presenting)
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->answered ? self->next_button : self->reveal_button));
      return;
    }

  switch (lectern_question_get_format (self->question))
    {
    case LECTERN_ANSWER_CHOICE:
      if (self->choice_buttons->len > 0)
        gtk_widget_grab_focus (self->choice_buttons->pdata[0]);
      break;
    case LECTERN_ANSWER_TYPED:
      gtk_widget_grab_focus (GTK_WIDGET (self->entry));
      break;
    case LECTERN_ANSWER_ORDER:
      if (self->order_rows->len > 0)
        gtk_widget_grab_focus (self->order_rows->pdata[0]);
      break;
    case LECTERN_ANSWER_MATCH:
      if (self->dropdowns->len > 0)
        gtk_widget_grab_focus (self->dropdowns->pdata[0]);
      break;
    default:
      break;
    }
}
