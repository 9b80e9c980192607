/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lectern-quiz-view.h"
#include "lectern-test-ui.h"

static void
test_smoke (void)
{
  g_autoptr(LecternPack) pack = lectern_test_ui_load_bundled ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = lectern_quiz_view_new ();

  lectern_quiz_view_set_pack (LECTERN_QUIZ_VIEW (view), pack);
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  lectern_test_ui_flush ();
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  lectern_test_ui_init (&argc, &argv);

  g_test_add_func ("/ui/quiz-view/smoke", test_smoke);

  return g_test_run ();
}
