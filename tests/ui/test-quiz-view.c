/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "lectern-quiz-card.h"
#include "lectern-quiz-results.h"
#include "lectern-quiz-view.h"
#include "lectern-test-ui.h"

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
  guint                 n_reveals;
} Fixture;

/* --- Finding widgets ---------------------------------------------------------- */

static LecternQuizCard *
get_card (Fixture *f)
{
  return lectern_test_ui_find_first (GTK_WIDGET (f->view), lectern_test_ui_is_type,
                                     GSIZE_TO_POINTER (LECTERN_TYPE_QUIZ_CARD));
}

static GtkStack *
get_stack (Fixture *f)
{
  return lectern_test_ui_find_first (GTK_WIDGET (f->view), lectern_test_ui_is_type,
                                     GSIZE_TO_POINTER (GTK_TYPE_STACK));
}

static GtkWidget *
get_focus (Fixture *f)
{
  return gtk_root_get_focus (GTK_ROOT (f->window));
}

/* --- Keyboard ------------------------------------------------------------------- */

/* Does what pressing @accelerator does: runs the matching shortcut of @widget. */
static void
press (GtkWidget  *widget,
       const char *accelerator)
{
  GtkShortcut *shortcut = lectern_test_ui_find_shortcut (widget, accelerator);

  g_assert_nonnull (shortcut);
  g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                               gtk_shortcut_get_arguments (shortcut)));
  lectern_test_ui_flush ();
}

/* Enter on the focused button. */
static void
activate_focus (Fixture *f)
{
  GtkWidget *focus = get_focus (f);

  g_assert_nonnull (focus);
  g_assert_true (GTK_IS_BUTTON (focus));
  lectern_test_ui_activate_button (focus);
}

/* --- Fixture ---------------------------------------------------------------------- */

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
  f->n_reveals++;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->pack = lectern_test_ui_load_bundled ();
  f->selection = lectern_selection_new ();
  f->store = lectern_test_ui_temp_store ("lectern-quiz-view-XXXXXX", &f->dir);

  g_signal_connect (f->selection, "reveal", G_CALLBACK (reveal_cb), f);

  f->view = LECTERN_QUIZ_VIEW (lectern_test_ui_quiz_view_new (f->pack, f->selection, f->store));
  f->window = lectern_test_ui_present_window (GTK_WIDGET (f->view), 900, 700, &f->page_shown);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = g_strdup (lectern_progress_store_get_path (f->store));

  lectern_test_ui_destroy_window (f->window, f->view);

  g_remove (path);
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->page_shown);
  g_clear_object (&f->store);
  g_clear_object (&f->selection);
  g_clear_object (&f->pack);
}

/* Starts the quiz of @code in @mode ("Practice", "Test") with the Start button. */
static void
start_quiz (Fixture    *f,
            const char *code,
            guint       mode)
{
  g_autoptr(GError) error = NULL;
  AdwComboRow *mode_row;
  GtkWidget *start;

  g_assert_true (lectern_quiz_view_apply_code (f->view, code, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (lectern_quiz_view_get_code (f->view), ==, code);

  mode_row = lectern_test_ui_find_first (GTK_WIDGET (f->view), lectern_test_ui_is_combo_titled,
                                         (gpointer) "_Mode");
  adw_combo_row_set_selected (mode_row, mode);

  start = lectern_test_ui_find_first (GTK_WIDGET (f->view), lectern_test_ui_is_action_button,
                                      (gpointer) "quiz.start");
  gtk_widget_grab_focus (start);
  activate_focus (f);

  g_assert_cmpstr (gtk_stack_get_visible_child_name (get_stack (f)), ==, "question");
  g_assert_nonnull (lectern_quiz_view_get_session (f->view));
}

static char *
make_code (guint64 seed,
           guint   count,
           guint   types)
{
  LecternQuizOptions options = { seed, count, types };

  return lectern_quiz_code_encode (&options);
}

/* Answers the card's question by keyboard, right or wrong; returns whether it was right. */
static gboolean
answer (Fixture  *f,
        gboolean  right)
{
  LecternQuizCard *card = get_card (f);
  LecternQuestion *question = lectern_quiz_card_get_question (card);
  const char * const *choices = lectern_question_get_choices (question);
  const char * const *answers = lectern_question_get_answers (question);
  GtkWidget *check;

  switch (lectern_question_get_format (question))
    {
    case LECTERN_ANSWER_CHOICE:
      for (guint i = 0; choices[i] != NULL; i++)
        {
          if ((g_strcmp0 (choices[i], answers[0]) == 0) == right)
            {
              g_autofree char *key = g_strdup_printf ("%u", i + 1);

              press (GTK_WIDGET (card), key);
              return right;
            }
        }
      g_assert_not_reached ();

    case LECTERN_ANSWER_TYPED:
      {
        GtkWidget *entry = lectern_test_ui_find_first (GTK_WIDGET (card), lectern_test_ui_is_type,
                                                       GSIZE_TO_POINTER (GTK_TYPE_ENTRY));

        g_assert_true (get_focus (f) == entry || gtk_widget_is_ancestor (get_focus (f), entry));
        gtk_editable_set_text (GTK_EDITABLE (entry), right ? answers[0] : "zzzz");
        g_signal_emit_by_name (entry, "activate");
        lectern_test_ui_flush ();
        return right;
      }

    case LECTERN_ANSWER_ORDER:
      /* The order shown is never the answer. */
      check = lectern_test_ui_find_first (GTK_WIDGET (card), lectern_test_ui_is_button_labelled,
                                          (gpointer) "_Check Answer");
      lectern_test_ui_activate_button (check);
      return FALSE;

    case LECTERN_ANSWER_MATCH:
      {
        g_autoptr(GPtrArray) dropdowns = NULL;

        dropdowns = lectern_test_ui_find_all (GTK_WIDGET (card), lectern_test_ui_is_type,
                                              GSIZE_TO_POINTER (GTK_TYPE_DROP_DOWN));
        g_assert_cmpuint (dropdowns->len, ==, 4);
        for (guint i = 0; i < dropdowns->len; i++)
          for (guint k = 0; choices[k] != NULL; k++)
            if ((g_strcmp0 (choices[k], answers[right ? i : (i + 1) % 4]) == 0))
              gtk_drop_down_set_selected (dropdowns->pdata[i], k + 1);
        check = lectern_test_ui_find_first (GTK_WIDGET (card), lectern_test_ui_is_button_labelled,
                                            (gpointer) "_Check Answer");
        lectern_test_ui_activate_button (check);
        return right;
      }

    default:
      g_assert_not_reached ();
    }
}

/* --- Tests ----------------------------------------------------------------------- */

static void
test_practice_by_keyboard (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *code = make_code (3, 10, LECTERN_QUESTION_TYPES_ALL);
  LecternQuizSession *session;
  LecternQuizCard *card;
  LecternQuestion *first;
  GtkLabel *explanation;
  GtkRevealer *revealer;

  start_quiz (f, code, LECTERN_QUIZ_MODE_PRACTICE);
  session = lectern_quiz_view_get_session (f->view);
  card = get_card (f);
  first = lectern_quiz_card_get_question (card);
  g_assert_true (first == lectern_quiz_session_get_question (session, 0));

  /* The focus is on something to answer with. */
  g_assert_nonnull (get_focus (f));
  g_assert_true (gtk_widget_is_ancestor (get_focus (f), GTK_WIDGET (card)));

  answer (f, TRUE);
  g_assert_cmpint (lectern_quiz_session_get_result (session, 0), ==, LECTERN_ANSWER_RESULT_RIGHT);

  /* Feedback: revealed, with the explanation, and the focus on “Next”. */
  revealer = lectern_test_ui_find_first (GTK_WIDGET (card), lectern_test_ui_is_type,
                                         GSIZE_TO_POINTER (GTK_TYPE_REVEALER));
  g_assert_true (gtk_revealer_get_reveal_child (revealer));
  explanation = lectern_test_ui_find_first (GTK_WIDGET (card), lectern_test_ui_has_css_class,
                                            (gpointer) "quiz-explanation");
  g_assert_cmpstr (gtk_label_get_text (explanation), ==, lectern_question_get_explanation (first));
  g_assert_true (lectern_quiz_card_get_answered (card));

  /* Enter moves on. */
  activate_focus (f);
  g_assert_cmpuint (lectern_quiz_session_get_position (session), ==, 1);
  g_assert_true (lectern_quiz_card_get_question (card) ==
                 lectern_quiz_session_get_question (session, 1));
  g_assert_false (gtk_revealer_get_reveal_child (revealer));
  g_assert_true (gtk_widget_is_ancestor (get_focus (f), GTK_WIDGET (card)));

  /* A wrong answer is marked wrong and still explained. */
  answer (f, FALSE);
  g_assert_cmpint (lectern_quiz_session_get_result (session, 1), ==, LECTERN_ANSWER_RESULT_WRONG);
  g_assert_cmpstr (gtk_label_get_text (explanation), ==,
                   lectern_question_get_explanation (lectern_quiz_session_get_question (session,
                                                                                        1)));
  activate_focus (f);
  g_assert_cmpuint (lectern_quiz_session_get_position (session), ==, 2);

  /* Every answer was saved at once. */
  {
    const char *path = lectern_progress_store_get_path (f->store);
    g_autoptr(LecternProgressStore) reread = lectern_progress_store_new (path);

    g_assert_true (lectern_progress_store_lookup (reread, lectern_pack_get_id (f->pack),
                                                  lectern_question_get_id (first), NULL));
  }
}

static void
test_show_in_article (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *code = make_code (5, 10, LECTERN_QUESTION_TYPES_ALL);
  LecternQuizCard *card;
  LecternQuestion *question;
  GtkWidget *show;

  start_quiz (f, code, LECTERN_QUIZ_MODE_PRACTICE);
  card = get_card (f);
  question = lectern_quiz_card_get_question (card);
  answer (f, FALSE);

  show = lectern_test_ui_find_first (GTK_WIDGET (card), lectern_test_ui_is_button_labelled,
                                     (gpointer) "_Show in Article");
  lectern_test_ui_activate_button (show);

  g_assert_cmpstr (f->page_shown, ==, "read");
  g_assert_cmpuint (f->n_reveals, ==, 1);
  g_assert_true (f->revealed == lectern_question_get_paragraph (question));
  g_assert_cmpuint (f->reveal_start, ==, lectern_question_get_source_start (question));
  g_assert_cmpuint (f->reveal_end, ==, lectern_question_get_source_end (question));
  g_assert_cmpuint (f->reveal_end, >, f->reveal_start);
}

static void
test_results (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *code = make_code (8, 10, LECTERN_QUESTION_TYPES_ALL);
  LecternQuizSession *session;
  GtkLabel *score;
  g_autofree char *expected = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  guint right = 0;

  start_quiz (f, code, LECTERN_QUIZ_MODE_TEST);
  session = lectern_quiz_view_get_session (f->view);

  for (guint i = 0; i < 10; i++)
    {
      g_assert_cmpstr (gtk_stack_get_visible_child_name (get_stack (f)), ==, "question");
      g_assert_cmpuint (lectern_quiz_session_get_position (session), ==, i);
      /* A test gives no feedback: the next question comes at once. */
      if (answer (f, i % 3 != 0))
        right++;
    }

  g_assert_cmpstr (gtk_stack_get_visible_child_name (get_stack (f)), ==, "results");
  g_assert_cmpuint (lectern_quiz_session_get_score (session), ==, right);

  score = lectern_test_ui_find_first (GTK_WIDGET (f->view), lectern_test_ui_has_css_class,
                                      (gpointer) "quiz-score");
  expected = g_strdup_printf ("%u of 10 right", right);
  g_assert_cmpstr (gtk_label_get_text (score), ==, expected);

  /* One row per missed question, each with Revisit and Show in Article. */
  {
    GType results_type = LECTERN_TYPE_QUIZ_RESULTS;
    GType group_type = ADW_TYPE_PREFERENCES_GROUP;
    LecternQuizResults *results = lectern_test_ui_find_first (GTK_WIDGET (f->view),
                                                              lectern_test_ui_is_type,
                                                              GSIZE_TO_POINTER (results_type));
    AdwPreferencesGroup *group = lectern_test_ui_find_first (GTK_WIDGET (results),
                                                             lectern_test_ui_is_type,
                                                             GSIZE_TO_POINTER (group_type));

    g_assert_cmpstr (adw_preferences_group_get_title (group), ==, "Missed Questions");
    rows = lectern_test_ui_find_all (GTK_WIDGET (group), lectern_test_ui_is_type,
                                     GSIZE_TO_POINTER (ADW_TYPE_ACTION_ROW));
    g_assert_cmpuint (rows->len, ==, 10 - right);
  }

  /* The quiz was recorded with its code. */
  g_assert_cmpuint (lectern_progress_store_get_n_quizzes (f->store, lectern_pack_get_id (f->pack)),
                    ==, 1);
  g_assert_cmpstr (lectern_progress_store_get_quiz (f->store, lectern_pack_get_id (f->pack),
                                                    0)->code, ==, code);

  /* Retry missed: a new quiz of just those. */
  lectern_test_ui_activate_button (lectern_test_ui_find_first (GTK_WIDGET (f->view),
                                                               lectern_test_ui_is_button_labelled,
                                                               (gpointer) "_Retry Missed"));
  session = lectern_quiz_view_get_session (f->view);
  g_assert_cmpuint (lectern_quiz_session_get_n_questions (session), ==, 10 - right);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (get_stack (f)), ==, "question");
}

static void
test_review_missed (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *code = make_code (21, 10, LECTERN_QUESTION_TYPES_ALL);
  g_autofree char *missed_id = NULL;
  LecternQuizSession *session;
  AdwComboRow *mode_row;

  /* One wrong answer, then the quiz is ended early. */
  start_quiz (f, code, LECTERN_QUIZ_MODE_PRACTICE);
  session = lectern_quiz_view_get_session (f->view);
  missed_id = g_strdup (lectern_question_get_id (lectern_quiz_session_get_current (session)));
  answer (f, FALSE);
  lectern_test_ui_activate_button (lectern_test_ui_find_first (GTK_WIDGET (f->view),
                                                               lectern_test_ui_is_action_button,
                                                               (gpointer) "quiz.end"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (get_stack (f)), ==, "results");

  lectern_test_ui_activate_button (lectern_test_ui_find_first (GTK_WIDGET (f->view),
                                                               lectern_test_ui_is_button_labelled,
                                                               (gpointer) "_New Quiz"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (get_stack (f)), ==, "start");

  /* Review of missed questions asks that one again. */
  mode_row = lectern_test_ui_find_first (GTK_WIDGET (f->view), lectern_test_ui_is_combo_titled,
                                         (gpointer) "_Mode");
  adw_combo_row_set_selected (mode_row, LECTERN_QUIZ_MODE_REVIEW_MISSED);
  lectern_test_ui_activate_button (lectern_test_ui_find_first (GTK_WIDGET (f->view),
                                                               lectern_test_ui_is_action_button,
                                                               (gpointer) "quiz.start"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (get_stack (f)), ==, "question");
  session = lectern_quiz_view_get_session (f->view);
  g_assert_cmpint (lectern_quiz_session_get_mode (session), ==, LECTERN_QUIZ_MODE_REVIEW_MISSED);
  g_assert_cmpuint (lectern_quiz_session_get_n_questions (session), ==, 1);
  g_assert_cmpstr (lectern_question_get_id (lectern_quiz_session_get_current (session)), ==,
                   missed_id);

  /* Answered right, it is no longer missed. */
  answer (f, TRUE);
  {
    g_auto(GStrv) missed = lectern_progress_store_get_missed (f->store,
                                                              lectern_pack_get_id (f->pack));

    g_assert_cmpuint (g_strv_length (missed), ==, 0);
  }
}

/* The title label of an event in the order list. */
static GtkWidget *
row_title (GtkWidget *row)
{
  GtkWidget *box = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));

  return gtk_widget_get_next_sibling (gtk_widget_get_first_child (box));
}

static void
test_reorder_by_keyboard (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *code = NULL;
  LecternQuizSession *session;
  LecternQuizCard *card;
  LecternQuestion *question = NULL;
  GtkListBox *list;
  GtkWidget *row;
  GtkWidget *title;
  const char *first_title;

  /* Chronology questions, until one asks for an order. */
  for (guint64 seed = 1; question == NULL; seed++)
    {
      g_clear_pointer (&code, g_free);
      code = make_code (seed, 1, 1u << LECTERN_QUESTION_CHRONOLOGY);
      start_quiz (f, code, LECTERN_QUIZ_MODE_PRACTICE);
      session = lectern_quiz_view_get_session (f->view);
      question = lectern_quiz_session_get_current (session);
      if (lectern_question_get_format (question) != LECTERN_ANSWER_ORDER)
        question = NULL;
      g_assert_cmpuint (seed, <, 50);
    }

  card = get_card (f);
  list = lectern_test_ui_find_first (GTK_WIDGET (card), lectern_test_ui_is_type,
                                     GSIZE_TO_POINTER (GTK_TYPE_LIST_BOX));
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0));
  g_assert_true (get_focus (f) == row);
  title = row_title (row);
  first_title = lectern_question_get_choices (question)[0];
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (title)), ==, first_title);

  /* Alt+Down moves the focused event down, and the focus goes with it. */
  press (GTK_WIDGET (card), "<Alt>Down");
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (list, 1));
  title = row_title (row);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (title)), ==, first_title);
  g_assert_true (get_focus (f) == row);

  /* Alt+Up moves it back. */
  press (GTK_WIDGET (card), "<Alt>Up");
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0));
  title = row_title (row);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (title)), ==, first_title);
}

static void
test_quiz_code (Fixture       *f,
                gconstpointer  data)
{
  guint types = (1u << LECTERN_QUESTION_CLOZE) | (1u << LECTERN_QUESTION_ENTITY);
  g_autofree char *code = make_code (12345, 20, types);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  LecternQuizSession *session;

  /* A mistyped code is refused. */
  g_assert_false (lectern_quiz_view_apply_code (f->view, "ZZZZ-ZZ", &error));
  g_assert_error (error, LECTERN_QUIZ_ERROR, LECTERN_QUIZ_ERROR_INVALID_CODE);
  g_clear_error (&error);

  /* The same code gives the same questions, also in a new view. */
  start_quiz (f, code, LECTERN_QUIZ_MODE_PRACTICE);
  session = lectern_quiz_view_get_session (f->view);
  for (guint i = 0; i < lectern_quiz_session_get_n_questions (session); i++)
    g_ptr_array_add (ids,
                     g_strdup (lectern_question_get_id (lectern_quiz_session_get_question (session,
                                                                                           i))));

  {
    g_autoptr(LecternQuizGenerator) generator = lectern_quiz_generator_new (f->pack);
    g_autoptr(GPtrArray) questions = NULL;
    LecternQuizOptions options;

    g_assert_true (lectern_quiz_code_parse (code, &options, NULL));
    questions = lectern_quiz_generator_generate (generator, &options, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (questions->len, ==, ids->len);
    for (guint i = 0; i < ids->len; i++)
      g_assert_cmpstr (lectern_question_get_id (questions->pdata[i]), ==, ids->pdata[i]);
  }
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

  g_test_add ("/ui/quiz-view/practice-by-keyboard", Fixture, NULL, fixture_set_up,
              test_practice_by_keyboard, fixture_tear_down);
  g_test_add ("/ui/quiz-view/show-in-article", Fixture, NULL, fixture_set_up,
              test_show_in_article, fixture_tear_down);
  g_test_add ("/ui/quiz-view/results", Fixture, NULL, fixture_set_up, test_results,
              fixture_tear_down);
  g_test_add ("/ui/quiz-view/review-missed", Fixture, NULL, fixture_set_up, test_review_missed,
              fixture_tear_down);
  g_test_add ("/ui/quiz-view/reorder-by-keyboard", Fixture, NULL, fixture_set_up,
              test_reorder_by_keyboard, fixture_tear_down);
  g_test_add ("/ui/quiz-view/quiz-code", Fixture, NULL, fixture_set_up, test_quiz_code,
              fixture_tear_down);

  status = g_test_run ();
  g_rmdir (data_home);
  return status;
}
