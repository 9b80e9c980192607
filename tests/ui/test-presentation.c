/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "lectern-quiz-card.h"
#include "lectern-quiz-view.h"
#include "lectern-test-ui.h"
#include "lectern-window.h"

/* Presentation mode: the quiz in reveal style, run by keyboard, and the
 * window turning it on while presenting. */

typedef struct
{
  LecternPack          *pack;
  LecternSelection     *selection;
  LecternProgressStore *store;
  char                 *dir;
  GtkWidget            *window;
  LecternQuizView      *view;
  char                 *page_shown;
  LecternParagraph     *revealed;
  guint                 reveal_start;
  guint                 reveal_end;
} Fixture;

/* --- Finding widgets ----------------------------------------------------------- */

static gboolean
is_presented_choice (GtkWidget *widget,
                     gpointer   data)
{
  return gtk_widget_has_css_class (widget, "quiz-choice") &&
         gtk_widget_has_css_class (widget, "presented");
}

static gboolean
is_choice_button (GtkWidget *widget,
                  gpointer   data)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_has_css_class (widget, "quiz-choice");
}

static gboolean
is_label_text (GtkWidget *widget,
               gpointer   data)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), data) == 0;
}

static LecternQuizCard *
get_card (Fixture *f)
{
  return lectern_test_ui_find_first (GTK_WIDGET (f->view), lectern_test_ui_is_type,
                                     GSIZE_TO_POINTER (LECTERN_TYPE_QUIZ_CARD));
}

static const char *
get_page (Fixture *f)
{
  GtkStack *stack = lectern_test_ui_find_first (GTK_WIDGET (f->view), lectern_test_ui_is_type,
                                                GSIZE_TO_POINTER (GTK_TYPE_STACK));

  return gtk_stack_get_visible_child_name (stack);
}

static GtkLabel *
get_label (GtkWidget  *root,
           const char *css_class)
{
  return lectern_test_ui_find_first (root, lectern_test_ui_has_css_class, (gpointer) css_class);
}

/* --- Keyboard -------------------------------------------------------------------- */

/* Runs the shortcut of the quiz view for @accelerator, after checking that
 * it is bound to @action_name; returns whether it did anything (a shortcut
 * whose action is off lets the key go on to other widgets). */
static gboolean
try_press (Fixture    *f,
           const char *accelerator,
           const char *action_name)
{
  GtkShortcut *shortcut = lectern_test_ui_find_shortcut (GTK_WIDGET (f->view), accelerator);
  GtkShortcutAction *action;
  gboolean handled;

  g_assert_nonnull (shortcut);
  action = gtk_shortcut_get_action (shortcut);
  g_assert_true (GTK_IS_NAMED_ACTION (action));
  g_assert_cmpstr (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)), ==, action_name);

  handled = gtk_shortcut_action_activate (action, 0, GTK_WIDGET (f->view),
                                          gtk_shortcut_get_arguments (shortcut));
  lectern_test_ui_flush ();
  return handled;
}

/* Does what pressing @accelerator in the quiz view does. */
static void
press (Fixture    *f,
       const char *accelerator,
       const char *action_name)
{
  g_assert_true (try_press (f, accelerator, action_name));
}

/* --- Fixture ------------------------------------------------------------------------- */

static void
reveal_cb (LecternSelection *selection,
           LecternParagraph *paragraph,
           guint             start,
           guint             end,
           Fixture          *f)
{
  f->revealed = paragraph;
  f->reveal_start = start;
  f->reveal_end = end;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->pack = lectern_test_ui_load_bundled ();
  f->selection = lectern_selection_new ();
  f->store = lectern_test_ui_temp_store ("lectern-presentation-XXXXXX", &f->dir);

  g_signal_connect (f->selection, "reveal", G_CALLBACK (reveal_cb), f);

  f->view = LECTERN_QUIZ_VIEW (lectern_test_ui_quiz_view_new (f->pack, f->selection, f->store));
  f->window = lectern_test_ui_present_window (GTK_WIDGET (f->view), 1000, 800, &f->page_shown);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  lectern_test_ui_destroy_window (f->window, f->view);

  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->page_shown);
  g_clear_object (&f->store);
  g_clear_object (&f->selection);
  g_clear_object (&f->pack);
}

/* Starts the quiz of @seed with @count questions of @types in reveal mode. */
static void
start_presenting (Fixture *f,
                  guint64  seed,
                  guint    count,
                  guint    types)
{
  LecternQuizOptions options = { seed, count, types };
  g_autofree char *code = lectern_quiz_code_encode (&options);
  g_autoptr(GError) error = NULL;
  GtkWidget *mode_row;
  GtkWidget *start;

  lectern_quiz_view_set_reveal_mode (f->view, TRUE);
  g_assert_true (lectern_quiz_view_apply_code (f->view, code, &error));
  g_assert_no_error (error);

  /* No mode to choose: a class is shown the quiz, nobody answers here. */
  mode_row = lectern_test_ui_find_first (GTK_WIDGET (f->view), lectern_test_ui_is_combo_titled,
                                         (gpointer) "_Mode");
  g_assert_false (gtk_widget_get_visible (mode_row));
  start = lectern_test_ui_find_first (GTK_WIDGET (f->view), lectern_test_ui_is_action_button,
                                      (gpointer) "quiz.start");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (start)), ==, "_Present Quiz");
  lectern_test_ui_activate_button (start);

  g_assert_cmpstr (get_page (f), ==, "question");
  g_assert_nonnull (lectern_quiz_view_get_session (f->view));
  g_assert_true (lectern_quiz_card_get_presenting (get_card (f)));
}

static LecternQuestion *
question_at (Fixture *f,
             guint    position)
{
  return lectern_quiz_session_get_question (lectern_quiz_view_get_session (f->view), position);
}

static gboolean
answer_revealed (Fixture *f)
{
  GtkRevealer *revealer = lectern_test_ui_find_first (GTK_WIDGET (get_card (f)),
                                                      lectern_test_ui_is_type,
                                                      GSIZE_TO_POINTER (GTK_TYPE_REVEALER));

  return gtk_revealer_get_reveal_child (revealer);
}

/* The card shows question @position of @n, with its answer hidden. */
static void
assert_question_hidden (Fixture *f,
                        guint    position,
                        guint    n)
{
  LecternQuizCard *card = get_card (f);
  LecternQuestion *question = question_at (f, position);
  g_autofree char *heading = g_strdup_printf ("Question %u of %u", position + 1, n);
  g_autoptr(GPtrArray) rows = lectern_test_ui_find_all (GTK_WIDGET (card), is_presented_choice,
                                                        NULL);
  g_autoptr(GPtrArray) buttons = lectern_test_ui_find_all (GTK_WIDGET (card), is_choice_button,
                                                           NULL);
  const char * const *choices = lectern_question_get_choices (question);

  g_assert_cmpstr (get_page (f), ==, "question");
  g_assert_true (lectern_quiz_card_get_question (card) == question);
  g_assert_true (gtk_widget_get_mapped (lectern_test_ui_find_first (GTK_WIDGET (f->view),
                                                                    is_label_text, heading)));
  g_assert_false (lectern_quiz_card_get_answered (card));
  g_assert_false (answer_revealed (f));

  /* The choices show, as text to read out, not as buttons to press. */
  g_assert_cmpuint (buttons->len, ==, 0);
  if (lectern_question_get_format (question) != LECTERN_ANSWER_TYPED)
    g_assert_cmpuint (rows->len, >=, g_strv_length ((char **) choices));
  for (guint i = 0; i < rows->len; i++)
    g_assert_false (gtk_widget_has_css_class (rows->pdata[i], "right"));

  /* Keys 1–4 answer nothing here. */
  gtk_widget_activate_action (GTK_WIDGET (card), "card.choose", "u", 1);
  lectern_test_ui_flush ();
  g_assert_false (answer_revealed (f));
  g_assert_cmpuint (lectern_quiz_session_get_n_answered (lectern_quiz_view_get_session (f->view)),
                    ==, 0);
}

/* The right answer, the explanation and the source sentence show. */
static void
assert_answer_shown (Fixture *f,
                     guint    position)
{
  LecternQuizCard *card = get_card (f);
  LecternQuestion *question = question_at (f, position);
  GtkLabel *explanation = get_label (GTK_WIDGET (card), "quiz-explanation");
  GtkLabel *source = get_label (GTK_WIDGET (card), "quiz-source");

  g_assert_true (answer_revealed (f));
  g_assert_true (lectern_test_ui_wait_for_map (GTK_WIDGET (explanation), 5000));

  g_assert_cmpstr (gtk_label_get_text (explanation), ==,
                   lectern_question_get_explanation (question));
  g_assert_nonnull (strstr (gtk_label_get_text (source),
                            lectern_question_get_source_text (question)));

  if (lectern_question_get_format (question) == LECTERN_ANSWER_CHOICE)
    {
      g_autoptr(GPtrArray) rows = lectern_test_ui_find_all (GTK_WIDGET (card), is_presented_choice,
                                                            NULL);
      const char * const *choices = lectern_question_get_choices (question);
      const char *answer = lectern_question_get_answers (question)[0];
      g_autofree char *answer_text = g_strdup_printf ("Answer: %s", answer);

      /* The right choice, and only it, is highlighted. */
      g_assert_cmpuint (rows->len, ==, g_strv_length ((char **) choices));
      for (guint i = 0; i < rows->len; i++)
        g_assert_true (gtk_widget_has_css_class (rows->pdata[i], "right") ==
                       (strcmp (choices[i], answer) == 0));
      g_assert_cmpstr (gtk_label_get_text (get_label (GTK_WIDGET (card), "quiz-answer")), ==,
                       answer_text);
    }
}

/* --- Tests ------------------------------------------------------------------------------ */

#define N_QUESTIONS 4

static void
test_reveal_by_keyboard (Fixture       *f,
                         gconstpointer  data)
{
  LecternQuestion *question;
  GtkWidget *show;
  GtkWidget *button;
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();

  start_presenting (f, 4242, N_QUESTIONS, LECTERN_QUESTION_TYPES_ALL);
  g_assert_cmpuint (lectern_quiz_session_get_n_questions (lectern_quiz_view_get_session (f->view)),
                    ==, N_QUESTIONS);

  /* Nothing before the first question. */
  g_assert_false (try_press (f, "Left", "quiz.previous"));

  /* Question 1: Space reveals the answer with its explanation and source. */
  assert_question_hidden (f, 0, N_QUESTIONS);
  button = lectern_test_ui_find_first (GTK_WIDGET (f->view), lectern_test_ui_is_button_labelled,
                                       (gpointer) "_Reveal Answer");
  g_assert_true (gtk_widget_has_focus (button));
  press (f, "space", "quiz.reveal");
  assert_answer_shown (f, 0);

  /* Show in Article goes to the source sentence. */
  question = question_at (f, 0);
  show = lectern_test_ui_find_first (GTK_WIDGET (get_card (f)), lectern_test_ui_is_button_labelled,
                                     (gpointer) "_Show in Article");
  lectern_test_ui_activate_button (show);
  g_assert_cmpstr (f->page_shown, ==, "read");
  g_assert_true (f->revealed == lectern_question_get_paragraph (question));
  g_assert_cmpuint (f->reveal_start, ==, lectern_question_get_source_start (question));
  g_assert_cmpuint (f->reveal_end, ==, lectern_question_get_source_end (question));

  /* Right: the next question, its answer hidden again. */
  press (f, "Right", "quiz.next");
  assert_question_hidden (f, 1, N_QUESTIONS);

  /* Left: back to the first, still revealed; Right again. */
  press (f, "Left", "quiz.previous");
  g_assert_true (lectern_quiz_card_get_question (get_card (f)) == question_at (f, 0));
  assert_answer_shown (f, 0);
  press (f, "Right", "quiz.next");
  assert_question_hidden (f, 1, N_QUESTIONS);

  /* The Reveal Answer button does what Space does. */
  lectern_test_ui_activate_button (lectern_test_ui_find_first (GTK_WIDGET (f->view),
                                                               lectern_test_ui_is_button_labelled,
                                                               (gpointer) "_Reveal Answer"));
  assert_answer_shown (f, 1);

  for (guint i = 2; i < N_QUESTIONS; i++)
    {
      press (f, "Right", "quiz.next");
      assert_question_hidden (f, i, N_QUESTIONS);
      press (f, "space", "quiz.reveal");
      assert_answer_shown (f, i);
    }

  /* After the last question: the end, with no score. */
  press (f, "Right", "quiz.next");
  g_assert_cmpstr (get_page (f), ==, "reveal-end");
  button = lectern_test_ui_find_first (GTK_WIDGET (f->view), lectern_test_ui_is_button_labelled,
                                       (gpointer) "Start _Again");
  g_assert_true (gtk_widget_get_visible (button));

  /* Nothing was answered or recorded. */
  for (guint i = 0; i < N_QUESTIONS; i++)
    {
      LecternProgressItem item;

      g_ptr_array_add (ids, (gpointer) lectern_question_get_id (question_at (f, i)));
      g_assert_cmpint (lectern_quiz_session_get_result (lectern_quiz_view_get_session (f->view),
                                                        i), ==, LECTERN_ANSWER_RESULT_UNANSWERED);
      g_assert_false (lectern_progress_store_lookup (f->store, lectern_pack_get_id (f->pack),
                                                     ids->pdata[i], &item));
    }
  g_assert_cmpuint (lectern_progress_store_get_n_quizzes (f->store,
                                                          lectern_pack_get_id (f->pack)), ==, 0);
  g_assert_false (g_file_test (lectern_progress_store_get_path (f->store), G_FILE_TEST_EXISTS));

  /* Left from the end: the last question; Start Again: the first, hidden. */
  press (f, "Left", "quiz.previous");
  g_assert_true (lectern_quiz_card_get_question (get_card (f)) ==
                 question_at (f, N_QUESTIONS - 1));
  press (f, "Right", "quiz.next");
  g_assert_cmpstr (get_page (f), ==, "reveal-end");
  lectern_test_ui_activate_button (lectern_test_ui_find_first (GTK_WIDGET (f->view),
                                                               lectern_test_ui_is_button_labelled,
                                                               (gpointer) "Start _Again"));
  assert_question_hidden (f, 0, N_QUESTIONS);
  for (guint i = 0; i < N_QUESTIONS; i++)
    g_assert_cmpstr (lectern_question_get_id (question_at (f, i)), ==, ids->pdata[i]);

  /* Leaving the run: the keys go back to what they normally do. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "quiz.new", NULL));
  lectern_test_ui_flush ();
  g_assert_cmpstr (get_page (f), ==, "start");
  g_assert_false (try_press (f, "space", "quiz.reveal"));
  g_assert_false (try_press (f, "Right", "quiz.next"));
  g_assert_false (try_press (f, "Left", "quiz.previous"));
}

static void
label_changed_cb (GtkLabel *label,
                  GParamSpec *pspec,
                  gboolean *done)
{
  if (g_strcmp0 (gtk_label_get_text (label), "Time’s up") == 0)
    *done = TRUE;
}

static void
test_question_timer (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GtkWidget *timer;
  GtkLabel *label;
  gboolean up = FALSE;
  gulong id;

  /* Off by default: no timer at all. */
  g_assert_cmpint (g_settings_get_int (settings, "question-timer"), ==, 0);
  start_presenting (f, 7, 3, LECTERN_QUESTION_TYPES_ALL);
  timer = lectern_test_ui_find_first (GTK_WIDGET (f->view), lectern_test_ui_has_css_class,
                                      (gpointer) "quiz-timer");
  g_assert_false (gtk_widget_get_visible (timer));

  /* One second per question: a countdown, then “Time’s up”, and nothing else. */
  g_settings_set_int (settings, "question-timer", 1);
  press (f, "Right", "quiz.next");
  g_assert_true (gtk_widget_get_visible (timer));
  label = lectern_test_ui_find_first (timer, lectern_test_ui_is_type,
                                      GSIZE_TO_POINTER (GTK_TYPE_LABEL));
  g_assert_cmpstr (gtk_label_get_text (label), ==, "0:01");

  id = g_signal_connect (label, "notify::label", G_CALLBACK (label_changed_cb), &up);
  g_assert_true (lectern_test_ui_wait_for (&up, 10000));
  g_signal_handler_disconnect (label, id);
  g_assert_true (gtk_widget_has_css_class (timer, "timeout"));
  g_assert_false (answer_revealed (f));
  g_assert_false (lectern_quiz_card_get_answered (get_card (f)));
  g_assert_cmpuint (lectern_quiz_session_get_n_answered (lectern_quiz_view_get_session (f->view)),
                    ==, 0);

  /* Revealing puts the timer away; the next question starts it afresh. */
  press (f, "space", "quiz.reveal");
  g_assert_false (gtk_widget_get_visible (timer));
  press (f, "Right", "quiz.next");
  g_assert_true (gtk_widget_get_visible (timer));
  g_assert_false (gtk_widget_has_css_class (timer, "timeout"));
  g_assert_cmpstr (gtk_label_get_text (label), ==, "0:01");

  g_settings_reset (settings, "question-timer");
}

static void
test_switch_during_quiz (Fixture       *f,
                         gconstpointer  data)
{
  LecternQuizOptions options = { 99, 5, LECTERN_QUESTION_TYPES_ALL };
  g_autofree char *code = lectern_quiz_code_encode (&options);
  g_autoptr(GError) error = NULL;

  /* A practice quiz under way goes on in reveal style from where it is. */
  g_assert_true (lectern_quiz_view_apply_code (f->view, code, &error));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "quiz.start", NULL));
  lectern_test_ui_flush ();
  g_assert_cmpstr (get_page (f), ==, "question");
  g_assert_false (lectern_quiz_card_get_presenting (get_card (f)));

  g_object_set (f->view, "reveal-mode", TRUE, NULL);
  lectern_test_ui_flush ();
  assert_question_hidden (f, 0, 5);
  press (f, "space", "quiz.reveal");
  assert_answer_shown (f, 0);

  /* Leaving presentation mode keeps the run in reveal style to its end. */
  g_object_set (f->view, "reveal-mode", FALSE, NULL);
  press (f, "Right", "quiz.next");
  assert_question_hidden (f, 1, 5);
}

/* The window turns reveal style on while presenting. */
static void
test_window_binding (void)
{
  LecternWindow *window = lectern_window_new (NULL);
  LecternQuizView *view;

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 760);
  lectern_window_load_bundled (window);
  gtk_window_present (GTK_WINDOW (window));
  lectern_test_ui_flush ();

  view = lectern_test_ui_find_first (GTK_WIDGET (window), lectern_test_ui_is_type,
                                     GSIZE_TO_POINTER (LECTERN_TYPE_QUIZ_VIEW));
  g_assert_false (lectern_quiz_view_get_reveal_mode (view));

  g_object_set (window, "presenting", TRUE, NULL);
  lectern_test_ui_flush ();
  g_assert_true (lectern_quiz_view_get_reveal_mode (view));

  g_object_set (window, "presenting", FALSE, NULL);
  lectern_test_ui_flush ();
  g_assert_false (lectern_quiz_view_get_reveal_mode (view));

  lectern_test_ui_destroy_window (GTK_WIDGET (window), window);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = g_dir_make_tmp ("lectern-data-XXXXXX", NULL);
  int status;

  /* Nothing may touch the real progress file. */
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  lectern_test_ui_init (&argc, &argv);

  g_test_add ("/ui/presentation/reveal-by-keyboard", Fixture, NULL, fixture_set_up,
              test_reveal_by_keyboard, fixture_tear_down);
  g_test_add ("/ui/presentation/question-timer", Fixture, NULL, fixture_set_up,
              test_question_timer, fixture_tear_down);
  g_test_add ("/ui/presentation/switch-during-quiz", Fixture, NULL, fixture_set_up,
              test_switch_during_quiz, fixture_tear_down);
  g_test_add_func ("/ui/presentation/window-binding", test_window_binding);

  status = g_test_run ();
  g_rmdir (data_home);
  return status;
}
