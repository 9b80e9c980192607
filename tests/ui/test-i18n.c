/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lectern-test-ui.h"
#include "lectern-window.h"

static gboolean
is_ascii (const char *text)
{
  for (const char *p = text; *p; p++)
    if ((guchar) *p >= 0x80)
      return FALSE;
  return TRUE;
}

/* Under LANGUAGE=ja the window speaks Japanese. */
static void
test_window_labels_japanese (void)
{
  LecternWindow *window = lectern_window_new (NULL);
  AdwViewStack *stack = NULL;
  GListModel *pages;
  guint n_checked = 0;

  lectern_window_load_bundled (window);
  for (GtkWidget *w = GTK_WIDGET (window); w && !stack; )
    {
      /* depth-first search for the view stack */
      if (ADW_IS_VIEW_STACK (w))
        stack = ADW_VIEW_STACK (w);
      else if (gtk_widget_get_first_child (w))
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w && !gtk_widget_get_next_sibling (w))
            w = gtk_widget_get_parent (w);
          if (w)
            w = gtk_widget_get_next_sibling (w);
        }
    }
  g_assert_nonnull (stack);

  pages = G_LIST_MODEL (adw_view_stack_get_pages (stack));
  for (guint i = 0; i < g_list_model_get_n_items (pages); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (pages, i);
      const char *title = adw_view_stack_page_get_title (page);

      g_test_message ("page title: %s", title);
      g_assert_false (is_ascii (title));
      n_checked++;
    }
  g_assert_cmpuint (n_checked, ==, 2);
  g_object_unref (pages);

  /* And the messages of the core library too. */
  g_assert_false (is_ascii (lectern_entity_kind_get_label (LECTERN_ENTITY_PERSON)));

  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "ja", TRUE);
  lectern_test_ui_init (&argc, &argv);

  g_test_add_func ("/i18n/window-labels-japanese", test_window_labels_japanese);

  return g_test_run ();
}
