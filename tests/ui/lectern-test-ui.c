/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "lectern-application.h"
#include "lectern-quiz-view.h"
#include "lectern-test-ui.h"

void
lectern_test_ui_init (int    *argc,
                      char ***argv)
{
  const char *localedir = g_getenv ("LECTERN_LOCALEDIR");

  /* As main() does, so that LANGUAGE works in tests too. */
  if (g_strcmp0 (setlocale (LC_ALL, ""), "C") == 0)
    setlocale (LC_ALL, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (argc, argv, NULL);
  gtk_disable_setlocale ();
  gtk_init ();
  adw_init ();
  lectern_ui_init ();
}

LecternPack *
lectern_test_ui_load_bundled (void)
{
  g_autoptr(GError) error = NULL;
  LecternPack *pack = lectern_pack_load_bundled (&error);

  g_assert_no_error (error);
  g_assert_nonnull (pack);
  return pack;
}

static gboolean
timeout_cb (gpointer data)
{
  gboolean *expired = data;

  *expired = TRUE;
  return G_SOURCE_REMOVE;
}

gboolean
lectern_test_ui_wait_for (gboolean *flag,
                          guint     timeout_ms)
{
  gboolean expired = FALSE;
  guint id = g_timeout_add (timeout_ms, timeout_cb, &expired);

  while (!*flag && !expired)
    g_main_context_iteration (NULL, TRUE);
  if (!expired)
    g_source_remove (id);
  return *flag;
}

void
lectern_test_ui_flush (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static void
show_page_cb (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       data)
{
  char **page_shown = data;

  g_free (*page_shown);
  *page_shown = g_variant_dup_string (parameter, NULL);
}

GtkWidget *
lectern_test_ui_present_window (GtkWidget  *child,
                                int         width,
                                int         height,
                                char      **page_shown)
{
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) show_page = g_simple_action_new ("show-page", G_VARIANT_TYPE_STRING);
  GtkWidget *window;
  GtkWidget *overlay;

  g_signal_connect (show_page, "activate", G_CALLBACK (show_page_cb), page_shown);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (show_page));

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_widget_insert_action_group (window, "win", G_ACTION_GROUP (group));
  overlay = adw_toast_overlay_new ();
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), child);
  gtk_window_set_child (GTK_WINDOW (window), overlay);
  gtk_window_present (GTK_WINDOW (window));
  lectern_test_ui_flush ();
  return window;
}

static void
flag_cb (gpointer  instance,
         gboolean *flag)
{
  *flag = TRUE;
}

gboolean
lectern_test_ui_wait_for_map (GtkWidget *widget,
                              guint      timeout_ms)
{
  gboolean mapped = gtk_widget_get_mapped (widget);
  gulong id;

  if (!mapped)
    {
      id = g_signal_connect (widget, "map", G_CALLBACK (flag_cb), &mapped);
      lectern_test_ui_wait_for (&mapped, timeout_ms);
      g_signal_handler_disconnect (widget, id);
    }
  return mapped;
}

void
lectern_test_ui_activate_button (GtkWidget *button)
{
  gboolean clicked = FALSE;
  gulong id;

  /* A button just revealed is shown on the next frame. */
  g_assert_true (lectern_test_ui_wait_for_map (button, 5000));

  id = g_signal_connect (button, "clicked", G_CALLBACK (flag_cb), &clicked);
  g_assert_true (gtk_widget_activate (button));
  g_assert_true (lectern_test_ui_wait_for (&clicked, 5000));
  g_signal_handler_disconnect (button, id);
  lectern_test_ui_flush ();
}

GtkShortcut *
lectern_test_ui_find_shortcut (GtkWidget  *widget,
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

GtkWidget *
lectern_test_ui_quiz_view_new (LecternPack          *pack,
                               LecternSelection     *selection,
                               LecternProgressStore *store)
{
  LecternQuizView *view = LECTERN_QUIZ_VIEW (lectern_quiz_view_new ());

  lectern_quiz_view_set_store (view, store);
  lectern_quiz_view_set_selection (view, selection);
  lectern_quiz_view_set_pack (view, pack);
  return GTK_WIDGET (view);
}

void
lectern_test_ui_destroy_window (GtkWidget *window,
                                gpointer   object)
{
  g_object_ref (object);
  gtk_window_destroy (GTK_WINDOW (window));
  lectern_test_ui_flush ();
  g_assert_finalize_object (object);
}

LecternProgressStore *
lectern_test_ui_temp_store (const char  *dir_template,
                            char       **dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  *dir = g_dir_make_tmp (dir_template, &error);
  g_assert_no_error (error);
  path = g_build_filename (*dir, "progress.json", NULL);
  return lectern_progress_store_new (path);
}

/* --- Finding widgets --- */

static void
collect (GtkWidget              *root,
         LecternTestUiPredicate  predicate,
         gpointer                data,
         gboolean                skip_popovers,
         GPtrArray              *found)
{
  if (skip_popovers && GTK_IS_POPOVER (root))
    return;
  if (predicate (root, data))
    g_ptr_array_add (found, root);
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, predicate, data, skip_popovers, found);
}

static GPtrArray *
find_all (GtkWidget              *root,
          LecternTestUiPredicate  predicate,
          gpointer                data,
          gboolean                skip_popovers)
{
  GPtrArray *found = g_ptr_array_new ();

  collect (root, predicate, data, skip_popovers, found);
  return found;
}

GPtrArray *
lectern_test_ui_find_all (GtkWidget              *root,
                          LecternTestUiPredicate  predicate,
                          gpointer                data)
{
  return find_all (root, predicate, data, TRUE);
}

GPtrArray *
lectern_test_ui_find_all_deep (GtkWidget              *root,
                               LecternTestUiPredicate  predicate,
                               gpointer                data)
{
  return find_all (root, predicate, data, FALSE);
}

gpointer
lectern_test_ui_find_first (GtkWidget              *root,
                            LecternTestUiPredicate  predicate,
                            gpointer                data)
{
  g_autoptr(GPtrArray) found = lectern_test_ui_find_all (root, predicate, data);

  g_assert_cmpuint (found->len, >=, 1);
  return g_ptr_array_index (found, 0);
}

gpointer
lectern_test_ui_find_type (GtkWidget *root,
                           GType      type)
{
  g_autoptr(GPtrArray) found = lectern_test_ui_find_all_deep (root, lectern_test_ui_is_type,
                                                              GSIZE_TO_POINTER (type));

  return found->len > 0 ? g_ptr_array_index (found, 0) : NULL;
}

gboolean
lectern_test_ui_is_type (GtkWidget *widget,
                         gpointer   data)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (data));
}

gboolean
lectern_test_ui_has_css_class (GtkWidget *widget,
                               gpointer   data)
{
  return gtk_widget_has_css_class (widget, data);
}

gboolean
lectern_test_ui_is_button_labelled (GtkWidget *widget,
                                    gpointer   data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)),
                                              data) == 0;
}

gboolean
lectern_test_ui_is_action_button (GtkWidget *widget,
                                  gpointer   data)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), data) == 0;
}

gboolean
lectern_test_ui_is_combo_titled (GtkWidget *widget,
                                 gpointer   data)
{
  return ADW_IS_COMBO_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), data) == 0;
}
