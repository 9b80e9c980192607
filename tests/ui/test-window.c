/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "lectern-article-view.h"
#include "lectern-test-ui.h"
#include "lectern-window.h"

static void
flag_cb (GObject    *object,
         GParamSpec *pspec,
         gboolean   *flag)
{
  *flag = TRUE;
}

static LecternWindow *
new_window (int width)
{
  LecternWindow *window = lectern_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), width, 760);
  lectern_window_load_bundled (window);
  gtk_window_present (GTK_WINDOW (window));
  lectern_test_ui_flush ();
  return window;
}

static void
destroy_window (LecternWindow *window)
{
  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  lectern_test_ui_flush ();
  g_assert_finalize_object (window);
}

static void
test_views_share_pack_and_selection (void)
{
  LecternWindow *window = new_window (1280);
  LecternPack *pack = lectern_window_get_pack (window);
  LecternSelection *selection = lectern_window_get_selection (window);
  const char *views[] = { "LecternArticleView", "LecternTimeline", "LecternEntitySidebar",
                          "LecternQuizView" };

  g_assert_nonnull (pack);
  g_assert_cmpstr (lectern_pack_get_id (pack), ==, "japan-cybersecurity");
  /* The quiz page is built when it is first shown (or after the first frame). */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "quiz");
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)),
                                   lectern_pack_get_title (pack)));

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      GtkWidget *view = lectern_test_ui_find_type (GTK_WIDGET (window),
                                                   g_type_from_name (views[i]));
      g_autoptr(LecternPack) view_pack = NULL;
      g_autoptr(LecternSelection) view_selection = NULL;

      g_assert_nonnull (view);
      g_object_get (view, "pack", &view_pack, "selection", &view_selection, NULL);
      g_assert_true (view_pack == pack);
      g_assert_true (view_selection == selection);
    }
  destroy_window (window);
}

/* The hidden quiz page is built when it is shown, or when the main loop is
 * idle after the window's first frame: never before that frame. */
static void
test_quiz_page_is_lazy (void)
{
  LecternWindow *window = lectern_window_new (NULL);
  GType quiz_type = g_type_from_name ("LecternQuizView");
  AdwViewStack *stack = ADW_VIEW_STACK (lectern_test_ui_find_type (GTK_WIDGET (window),
                                                                   ADW_TYPE_VIEW_STACK));
  GtkWidget *page = adw_view_stack_get_child_by_name (stack, "quiz");
  GtkWidget *quiz;
  gboolean built = FALSE;
  g_autoptr(LecternPack) quiz_pack = NULL;

  g_assert_true (ADW_IS_BIN (page));
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 760);
  lectern_window_load_bundled (window);
  g_assert_null (lectern_test_ui_find_type (GTK_WIDGET (window), quiz_type));

  /* Built in an idle after the first frame, with the window's pack. */
  g_signal_connect (page, "notify::child", G_CALLBACK (flag_cb), &built);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (lectern_test_ui_wait_for (&built, 10000));
  quiz = adw_bin_get_child (ADW_BIN (page));
  g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (quiz, quiz_type));
  g_object_get (quiz, "pack", &quiz_pack, NULL);
  g_assert_true (quiz_pack == lectern_window_get_pack (window));
  g_signal_handlers_disconnect_by_func (page, flag_cb, &built);
  destroy_window (window);

  /* Showing the page builds it at once, shown or not. */
  window = lectern_window_new (NULL);
  lectern_window_load_bundled (window);
  g_assert_null (lectern_test_ui_find_type (GTK_WIDGET (window), quiz_type));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "quiz");
  quiz = lectern_test_ui_find_type (GTK_WIDGET (window), quiz_type);
  g_assert_nonnull (quiz);
  g_object_get (quiz, "reveal-mode", &built, NULL);
  g_assert_false (built);
  g_object_set (window, "presenting", TRUE, NULL);
  g_object_get (quiz, "reveal-mode", &built, NULL);
  g_assert_true (built);
  g_object_set (window, "presenting", FALSE, NULL);
  destroy_window (window);
}

static void
test_pages_and_sidebar_actions (void)
{
  LecternWindow *window = new_window (1280);
  AdwViewStack *stack = ADW_VIEW_STACK (lectern_test_ui_find_type (GTK_WIDGET (window),
                                                                   ADW_TYPE_VIEW_STACK));
  gboolean visible;

  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "read");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "quiz");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "quiz");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "read");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "read");

  g_object_get (window, "sidebar-visible", &visible, NULL);
  g_assert_true (visible);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-sidebar", NULL);
  g_object_get (window, "sidebar-visible", &visible, NULL);
  g_assert_false (visible);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-sidebar", NULL);
  g_object_get (window, "sidebar-visible", &visible, NULL);
  g_assert_true (visible);
  destroy_window (window);
}

/* From 360 px wide (a phone, a tiled half of a small laptop) the window
 * works: the sidebar floats over the article, the view switcher moves to
 * the bottom bar. */
static void
test_narrow_hides_sidebar (void)
{
  LecternWindow *window = new_window (360);
  gboolean narrow = lectern_window_get_narrow (window);
  gboolean visible;
  int minimum;
  AdwOverlaySplitView *split;
  GtkWidget *bar;

  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL,
                      NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  if (!narrow)
    {
      g_signal_connect (window, "notify::narrow", G_CALLBACK (flag_cb), &narrow);
      g_assert_true (lectern_test_ui_wait_for (&narrow, 5000));
    }
  /* Both pages fit (libadwaita warns, fatally here, when content is
   * wider than the window). */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "quiz");
  lectern_test_ui_flush ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "read");
  lectern_test_ui_flush ();
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);
  g_object_get (window, "sidebar-visible", &visible, NULL);
  g_assert_false (visible);
  bar = lectern_test_ui_find_type (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER_BAR);
  g_assert_true (adw_view_switcher_bar_get_reveal (ADW_VIEW_SWITCHER_BAR (bar)));
  split = ADW_OVERLAY_SPLIT_VIEW (lectern_test_ui_find_type (GTK_WIDGET (window),
                                                             ADW_TYPE_OVERLAY_SPLIT_VIEW));
  g_assert_true (adw_overlay_split_view_get_collapsed (split));
  g_assert_false (adw_overlay_split_view_get_show_sidebar (split));

  /* The toggle shows it over the article; a narrow window does not change
   * what the wide one remembers. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-sidebar", NULL);
  g_object_get (window, "sidebar-visible", &visible, NULL);
  g_assert_true (visible);
  g_assert_true (adw_overlay_split_view_get_show_sidebar (split));
  g_assert_true (adw_overlay_split_view_get_collapsed (split));

  /* Hidden by the split view itself (a click on the article, Escape):
   * the window follows. */
  adw_overlay_split_view_set_show_sidebar (split, FALSE);
  g_object_get (window, "sidebar-visible", &visible, NULL);
  g_assert_false (visible);
  destroy_window (window);
}

static AdwDialog *
find_dialog (LecternWindow *window)
{
  return adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));
}

static void
collect_labels (GtkWidget *widget,
                GString   *out)
{
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (out, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, out);
}

static void
pack_changed_cb (LecternWindow *window,
                 GParamSpec    *pspec,
                 gboolean      *flag)
{
  *flag = TRUE;
}

static gboolean
dialog_poll_cb (gpointer data)
{
  gpointer *args = data;
  gboolean *found = args[1];

  *found = find_dialog (args[0]) != NULL;
  return *found ? G_SOURCE_REMOVE : G_SOURCE_CONTINUE;
}

static void
test_invalid_pack_keeps_current (void)
{
  LecternWindow *window = new_window (1280);
  LecternPack *before = lectern_window_get_pack (window);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "packs",
                                                 "broken-quote-dup-id.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  gboolean found = FALSE, changed = FALSE;
  gpointer args[2] = { window, &found };
  AdwDialog *dialog;
  g_autofree char *body = NULL;

  g_signal_connect (window, "notify::pack", G_CALLBACK (pack_changed_cb), &changed);
  lectern_window_open_file (window, file);
  /* The loading thread reports back through the main loop. */
  g_timeout_add (10, dialog_poll_cb, args);
  g_assert_true (lectern_test_ui_wait_for (&found, 10000));

  dialog = find_dialog (window);
  g_assert_false (changed);
  g_assert_true (lectern_window_get_pack (window) == before);
  g_object_get (dialog, "body", &body, NULL);
  g_assert_nonnull (strstr (body, "2 problems"));
  {
    /* The problem list names both elements as people count them, with
     * their ids, and says what is wrong. */
    g_autoptr(GString) text = g_string_new (NULL);

    collect_labels (adw_alert_dialog_get_extra_child (ADW_ALERT_DIALOG (dialog)), text);
    g_test_message ("%s", text->str);
    g_assert_nonnull (strstr (text->str, "entity 2, “kestrel-point-lighthouse”, id"));
    g_assert_nonnull (strstr (text->str, "event 2, “electric-lamp”, quote"));
    g_assert_nonnull (strstr (text->str, "not found in paragraph “p2”"));
    g_assert_null (strstr (text->str, "events[1]"));
  }
  adw_dialog_force_close (dialog);
  destroy_window (window);
}

static void
test_valid_pack_replaces (void)
{
  LecternWindow *window = new_window (1280);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "packs", "minimal.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  gboolean changed = FALSE;

  g_signal_connect (window, "notify::pack", G_CALLBACK (pack_changed_cb), &changed);
  lectern_window_open_file (window, file);
  g_assert_true (lectern_test_ui_wait_for (&changed, 10000));
  g_assert_cmpstr (lectern_pack_get_id (lectern_window_get_pack (window)), ==, "kestrel-point");
  destroy_window (window);
}

static void
test_reading_position_restored (void)
{
  LecternWindow *window = new_window (1280);
  LecternArticleView *article =
    LECTERN_ARTICLE_VIEW (lectern_test_ui_find_type (GTK_WIDGET (window),
                                                     LECTERN_TYPE_ARTICLE_VIEW));
  double saved;

  lectern_article_view_set_position (article, 0.5);
  lectern_test_ui_flush ();
  saved = lectern_article_view_get_position (article);
  g_assert_cmpfloat (saved, >, 0.4);
  g_object_ref (window);
  gtk_window_close (GTK_WINDOW (window));
  lectern_test_ui_flush ();
  g_assert_finalize_object (window);

  /* The next window of the same pack starts where the last one stopped. */
  window = new_window (1280);
  article = LECTERN_ARTICLE_VIEW (lectern_test_ui_find_type (GTK_WIDGET (window),
                                                             LECTERN_TYPE_ARTICLE_VIEW));
  g_assert_cmpfloat_with_epsilon (lectern_article_view_get_position (article), saved, 0.01);
  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  lectern_test_ui_init (&argc, &argv);

  g_test_add_func ("/window/views-share-pack-and-selection", test_views_share_pack_and_selection);
  g_test_add_func ("/window/quiz-page-is-lazy", test_quiz_page_is_lazy);
  g_test_add_func ("/window/pages-and-sidebar", test_pages_and_sidebar_actions);
  g_test_add_func ("/window/narrow-hides-sidebar", test_narrow_hides_sidebar);
  g_test_add_func ("/window/invalid-pack-keeps-current", test_invalid_pack_keeps_current);
  g_test_add_func ("/window/valid-pack-replaces", test_valid_pack_replaces);
  g_test_add_func ("/window/reading-position-restored", test_reading_position_restored);

  return g_test_run ();
}
