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

typedef gboolean (*WidgetPredicate) (GtkWidget *widget,
                                     gpointer   data);

static void
collect (GtkWidget       *root,
         WidgetPredicate  predicate,
         gpointer         data,
         GPtrArray       *found)
{
  if (GTK_IS_POPOVER (root))
    return;
  if (predicate (root, data))
    g_ptr_array_add (found, root);
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, predicate, data, found);
}

static GPtrArray *
find_all (GtkWidget       *root,
          WidgetPredicate  predicate,
          gpointer         data)
{
  GPtrArray *found = g_ptr_array_new ();

  collect (root, predicate, data, found);
  return found;
}

static gpointer
find_first (GtkWidget       *root,
            WidgetPredicate  predicate,
            gpointer         data)
{
  g_autoptr(GPtrArray) found = find_all (root, predicate, data);

  g_assert_cmpuint (found->len, >=, 1);
  return found->pdata[0];
}

static gboolean
is_type (GtkWidget *widget,
         gpointer   data)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (data));
}

static gboolean
has_css_class (GtkWidget *widget,
               gpointer   data)
{
  return gtk_widget_has_css_class (widget, data);
}

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
is_button_labelled (GtkWidget *widget,
                    gpointer   data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)),
                                              data) == 0;
}

static gboolean
is_label_text (GtkWidget *widget,
               gpointer   data)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), data) == 0;
}

static gboolean
is_action_button (GtkWidget *widget,
                  gpointer   data)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), data) == 0;
}

static gboolean
is_combo_titled (GtkWidget *widget,
                 gpointer   data)
{
  return ADW_IS_COMBO_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), data) == 0;
}

static LecternQuizCard *
get_card (Fixture *f)
{
  return find_first (GTK_WIDGET (f->view), is_type, GSIZE_TO_POINTER (LECTERN_TYPE_QUIZ_CARD));
}

static const char *
get_page (Fixture *f)
{
  GtkStack *stack = find_first (GTK_WIDGET (f->view), is_type,
                                GSIZE_TO_POINTER (GTK_TYPE_STACK));

  return gtk_stack_get_visible_child_name (stack);
}

static GtkLabel *
get_label (GtkWidget  *root,
           const char *css_class)
{
  return find_first (root, has_css_class, (gpointer) css_class);
}

/* --- Keyboard -------------------------------------------------------------------- */

/* The shortcut of @widget with this trigger ("space"), or %NULL. */
static GtkShortcut *
find_shortcut (GtkWidget  *widget,
               const char *accelerator)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint k = 0; k < g_list_model_get_n_items (G_LIST_MODEL (controller)); k++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), k);
          g_autofree char *trigger =
            gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));

          if (g_strcmp0 (trigger, accelerator) == 0)
            return shortcut;
        }
    }

  return NULL;
}

/* Runs the shortcut of the quiz view for @accelerator, after checking that
 * it is bound to @action_name; returns whether it did anything (a shortcut
 * whose action is off lets the key go on to other widgets). */
static gboolean
try_press (Fixture    *f,
           const char *accelerator,
           const char *action_name)
{
  GtkShortcut *shortcut = find_shortcut (GTK_WIDGET (f->view), accelerator);
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

static void
flag_cb (gpointer  instance,
         gboolean *flag)
{
  *flag = TRUE;
}

/* What Enter does to a button: GTK shows it pressed for a moment, then
 * emits ::clicked. */
static void
activate_button (GtkWidget *button)
{
  gboolean clicked = FALSE;
  gboolean mapped = gtk_widget_get_mapped (button);
  gulong id;

  if (!mapped)
    {
      id = g_signal_connect (button, "map", G_CALLBACK (flag_cb), &mapped);
      g_assert_true (lectern_test_ui_wait_for (&mapped, 5000));
      g_signal_handler_disconnect (button, id);
    }

  id = g_signal_connect (button, "clicked", G_CALLBACK (flag_cb), &clicked);
  g_assert_true (gtk_widget_activate (button));
  g_assert_true (lectern_test_ui_wait_for (&clicked, 5000));
  g_signal_handler_disconnect (button, id);
  lectern_test_ui_flush ();
}

/* --- Fixture ------------------------------------------------------------------------- */

static void
show_page_cb (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       data)
{
  Fixture *f = data;

  g_free (f->page_shown);
  f->page_shown = g_variant_dup_string (parameter, NULL);
}

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
  g_autoptr(GError) error = NULL;
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) show_page = g_simple_action_new ("show-page", G_VARIANT_TYPE_STRING);
  g_autofree char *path = NULL;
  GtkWidget *overlay;

  f->pack = lectern_test_ui_load_bundled ();
  f->selection = lectern_selection_new ();
  f->dir = g_dir_make_tmp ("lectern-presentation-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "progress.json", NULL);
  f->store = lectern_progress_store_new (path);

  g_signal_connect (f->selection, "reveal", G_CALLBACK (reveal_cb), f);
  g_signal_connect (show_page, "activate", G_CALLBACK (show_page_cb), f);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (show_page));

  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1000, 800);
  gtk_widget_insert_action_group (f->window, "win", G_ACTION_GROUP (group));
  overlay = adw_toast_overlay_new ();
  f->view = LECTERN_QUIZ_VIEW (lectern_quiz_view_new ());
  lectern_quiz_view_set_store (f->view, f->store);
  lectern_quiz_view_set_selection (f->view, f->selection);
  lectern_quiz_view_set_pack (f->view, f->pack);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (f->view));
  gtk_window_set_child (GTK_WINDOW (f->window), overlay);
  gtk_window_present (GTK_WINDOW (f->window));
  lectern_test_ui_flush ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_object_ref (f->view);
  gtk_window_destroy (GTK_WINDOW (f->window));
  lectern_test_ui_flush ();
  g_assert_finalize_object (f->view);

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
  GtkWidget *start;

  lectern_quiz_view_set_reveal_mode (f->view, TRUE);
  g_assert_true (lectern_quiz_view_apply_code (f->view, code, &error));
  g_assert_no_error (error);

  /* No mode to choose: a class is shown the quiz, nobody answers here. */
  g_assert_false (gtk_widget_get_visible (find_first (GTK_WIDGET (f->view), is_combo_titled,
                                                      (gpointer) "_Mode")));
  start = find_first (GTK_WIDGET (f->view), is_action_button, (gpointer) "quiz.start");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (start)), ==, "_Present Quiz");
  activate_button (start);

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
  GtkRevealer *revealer = find_first (GTK_WIDGET (get_card (f)), is_type,
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
  g_autoptr(GPtrArray) rows = find_all (GTK_WIDGET (card), is_presented_choice, NULL);
  g_autoptr(GPtrArray) buttons = find_all (GTK_WIDGET (card), is_choice_button, NULL);
  const char * const *choices = lectern_question_get_choices (question);

  g_assert_cmpstr (get_page (f), ==, "question");
  g_assert_true (lectern_quiz_card_get_question (card) == question);
  g_assert_true (gtk_widget_get_mapped (find_first (GTK_WIDGET (f->view), is_label_text,
                                                    heading)));
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
  gboolean mapped = gtk_widget_get_mapped (GTK_WIDGET (explanation));
  gulong id;

  g_assert_true (answer_revealed (f));
  if (!mapped)
    {
      id = g_signal_connect (explanation, "map", G_CALLBACK (flag_cb), &mapped);
      g_assert_true (lectern_test_ui_wait_for (&mapped, 5000));
      g_signal_handler_disconnect (explanation, id);
    }

  g_assert_cmpstr (gtk_label_get_text (explanation), ==,
                   lectern_question_get_explanation (question));
  g_assert_nonnull (strstr (gtk_label_get_text (source),
                            lectern_question_get_source_text (question)));

  if (lectern_question_get_format (question) == LECTERN_ANSWER_CHOICE)
    {
      g_autoptr(GPtrArray) rows = find_all (GTK_WIDGET (card), is_presented_choice, NULL);
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
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();

  start_presenting (f, 4242, N_QUESTIONS, LECTERN_QUESTION_TYPES_ALL);
  g_assert_cmpuint (lectern_quiz_session_get_n_questions (lectern_quiz_view_get_session (f->view)),
                    ==, N_QUESTIONS);

  /* Nothing before the first question. */
  g_assert_false (try_press (f, "Left", "quiz.previous"));

  /* Question 1: Space reveals the answer with its explanation and source. */
  assert_question_hidden (f, 0, N_QUESTIONS);
  g_assert_true (gtk_widget_has_focus (find_first (GTK_WIDGET (f->view), is_button_labelled,
                                                   (gpointer) "_Reveal Answer")));
  press (f, "space", "quiz.reveal");
  assert_answer_shown (f, 0);

  /* Show in Article goes to the source sentence. */
  question = question_at (f, 0);
  show = find_first (GTK_WIDGET (get_card (f)), is_button_labelled, (gpointer) "_Show in Article");
  activate_button (show);
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
  activate_button (find_first (GTK_WIDGET (f->view), is_button_labelled,
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
  g_assert_true (gtk_widget_get_visible (find_first (GTK_WIDGET (f->view), is_button_labelled,
                                                     (gpointer) "Start _Again")));

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
  activate_button (find_first (GTK_WIDGET (f->view), is_button_labelled,
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
  timer = find_first (GTK_WIDGET (f->view), has_css_class, (gpointer) "quiz-timer");
  g_assert_false (gtk_widget_get_visible (timer));

  /* One second per question: a countdown, then “Time’s up”, and nothing else. */
  g_settings_set_int (settings, "question-timer", 1);
  press (f, "Right", "quiz.next");
  g_assert_true (gtk_widget_get_visible (timer));
  label = find_first (timer, is_type, GSIZE_TO_POINTER (GTK_TYPE_LABEL));
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

  view = find_first (GTK_WIDGET (window), is_type, GSIZE_TO_POINTER (LECTERN_TYPE_QUIZ_VIEW));
  g_assert_false (lectern_quiz_view_get_reveal_mode (view));

  g_object_set (window, "presenting", TRUE, NULL);
  lectern_test_ui_flush ();
  g_assert_true (lectern_quiz_view_get_reveal_mode (view));

  g_object_set (window, "presenting", FALSE, NULL);
  lectern_test_ui_flush ();
  g_assert_false (lectern_quiz_view_get_reveal_mode (view));

  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  lectern_test_ui_flush ();
  g_assert_finalize_object (window);
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
