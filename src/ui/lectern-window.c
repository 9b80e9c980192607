/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lectern-article-view.h"
#include "lectern-entity-sidebar.h"
#include "lectern-quiz-view.h"
#include "lectern-timeline.h"
#include "lectern-window.h"
#include "lectern-window-private.h"

#define MAX_RECENT 8


G_DEFINE_FINAL_TYPE (LecternWindow, lectern_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_PACK,
  PROP_SELECTION,
  PROP_SIDEBAR_VISIBLE,
  PROP_NARROW,
  PROP_PRESENTING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_sidebar_visible (LecternWindow *self,
                     gboolean       visible)
{
  visible = !!visible;
  if (adw_overlay_split_view_get_show_sidebar (self->split_view) != visible)
    adw_overlay_split_view_set_show_sidebar (self->split_view, visible);
  if (self->sidebar_visible == visible)
    return;
  self->sidebar_visible = visible;
  /* Only the wide layout's choice is remembered: a narrow window hides the
   * sidebar on its own and must not change what the next start shows. */
  if (!self->narrow && !self->presenting)
    g_settings_set_boolean (self->settings, "sidebar-visible", visible);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIDEBAR_VISIBLE]);
}

/* The collapsed split view hides its sidebar itself (a click on the
 * article, Escape, a swipe): follow it. */
static void
split_view_show_sidebar_cb (LecternWindow *self)
{
  set_sidebar_visible (self, adw_overlay_split_view_get_show_sidebar (self->split_view));
}

static void
set_narrow (LecternWindow *self,
            gboolean       narrow)
{
  if (self->narrow == narrow)
    return;
  self->narrow = narrow;
  if (narrow)
    set_sidebar_visible (self, FALSE);
  else if (!self->presenting)
    set_sidebar_visible (self, g_settings_get_boolean (self->settings, "sidebar-visible"));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NARROW]);
}

static void
narrow_apply_cb (LecternWindow *self)
{
  set_narrow (self, TRUE);
}

static void
narrow_unapply_cb (LecternWindow *self)
{
  set_narrow (self, FALSE);
}

void
_lectern_window_notify_presenting (LecternWindow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESENTING]);
}

void
_lectern_window_set_sidebar_visible (LecternWindow *self,
                                     gboolean       visible)
{
  set_sidebar_visible (self, visible);
}

void
lectern_window_add_toast (LecternWindow *self,
                          const char    *title)
{
  g_return_if_fail (LECTERN_IS_WINDOW (self));
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

static void
save_reading_position (LecternWindow *self)
{
  g_autoptr(GVariant) positions = NULL;
  GVariantBuilder builder;
  GVariantIter iter;
  const char *id, *key;
  double value;

  if (self->pack == NULL)
    return;
  id = lectern_pack_get_id (self->pack);
  positions = g_settings_get_value (self->settings, "reading-positions");
  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{sd}"));
  g_variant_iter_init (&iter, positions);
  while (g_variant_iter_next (&iter, "{&sd}", &key, &value))
    if (g_strcmp0 (key, id) != 0)
      g_variant_builder_add (&builder, "{sd}", key, value);
  g_variant_builder_add (&builder, "{sd}", id, lectern_article_view_get_position (self->article));
  g_settings_set_value (self->settings, "reading-positions", g_variant_builder_end (&builder));
}

static void
restore_reading_position (LecternWindow *self)
{
  g_autoptr(GVariant) positions = g_settings_get_value (self->settings, "reading-positions");
  double position = 0.0;

  g_variant_lookup (positions, lectern_pack_get_id (self->pack), "d", &position);
  lectern_article_view_set_position (self->article, position);
}

static void
update_recent_menu (LecternWindow *self)
{
  g_auto(GStrv) recent = g_settings_get_strv (self->settings, "recent-packs");

  g_menu_remove_all (self->recent_menu);
  for (guint i = 0; recent[i]; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (recent[i]);
      g_autofree char *name = g_file_get_basename (file);
      g_autoptr(GMenuItem) item = g_menu_item_new (name, NULL);

      g_menu_item_set_action_and_target_value (item, "win.open-recent",
                                               g_variant_new_string (recent[i]));
      g_menu_append_item (self->recent_menu, item);
    }
}

static void
remember_recent (LecternWindow *self,
                 GFile         *file)
{
  g_auto(GStrv) recent = g_settings_get_strv (self->settings, "recent-packs");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *path = g_file_get_path (file);
  g_auto(GStrv) updated = NULL;
  guint n = 1;

  if (path == NULL)
    return;
  g_strv_builder_add (builder, path);
  for (guint i = 0; recent[i] && n < MAX_RECENT; i++)
    {
      if (g_strcmp0 (recent[i], path) == 0)
        continue;
      g_strv_builder_add (builder, recent[i]);
      n++;
    }
  updated = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-packs", (const char * const *) updated);
  update_recent_menu (self);
}

static void
update_title (LecternWindow *self)
{
  g_autofree char *title = NULL;

  if (self->pack)
    /* Translators: window title, "ARTICLE TITLE – Lectern" */
    title = g_strdup_printf (_("%s – Lectern"), lectern_pack_get_title (self->pack));
  gtk_window_set_title (GTK_WINDOW (self), title ? title : _("Lectern"));
}

LecternPack *
lectern_window_get_pack (LecternWindow *self)
{
  g_return_val_if_fail (LECTERN_IS_WINDOW (self), NULL);
  return self->pack;
}

void
lectern_window_set_pack (LecternWindow *self,
                         LecternPack   *pack)
{
  g_return_if_fail (LECTERN_IS_WINDOW (self));
  g_return_if_fail (pack == NULL || LECTERN_IS_PACK (pack));

  if (self->pack == pack)
    return;
  save_reading_position (self);
  lectern_selection_clear (self->selection);
  g_set_object (&self->pack, pack);
  if (pack != NULL)
    lectern_pack_get_mention_index (pack); /* mention counts for the sidebar */
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PACK]);
  update_title (self);
  if (pack != NULL)
    restore_reading_position (self);
}

LecternSelection *
lectern_window_get_selection (LecternWindow *self)
{
  g_return_val_if_fail (LECTERN_IS_WINDOW (self), NULL);
  return self->selection;
}

gboolean
lectern_window_get_narrow (LecternWindow *self)
{
  g_return_val_if_fail (LECTERN_IS_WINDOW (self), FALSE);
  return self->narrow;
}

void
lectern_window_load_bundled (LecternWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternPack) pack = lectern_pack_load_bundled (&error);

  g_return_if_fail (LECTERN_IS_WINDOW (self));

  /* The bundled pack is checked by the test suite; failing here is a bug. */
  if (pack == NULL)
    g_critical ("The bundled pack does not load: %s", error->message);
  g_clear_object (&self->pack_file);
  g_settings_set_string (self->settings, "last-pack", "");
  lectern_window_set_pack (self, pack);
}

/* Opening a pack file */

static void
copy_problems_cb (GtkButton  *button,
                  const char *text)
{
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (button)), text);
  gtk_button_set_label (button, _("Copied"));
  gtk_accessible_announce (GTK_ACCESSIBLE (button), _("Problems copied"),
                           GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);
}

/* One row per problem: where (as people count: "event 2, “law-passed”,
 * quote"), then what is wrong, wrapped, never cut. */
static GtkWidget *
problem_row_new (const char *place,
                 const char *message)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *where, *what;

  if (place[0] != '\0')
    {
      where = gtk_label_new (place);
      gtk_label_set_wrap (GTK_LABEL (where), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (where), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (where), 0);
      gtk_label_set_selectable (GTK_LABEL (where), TRUE);
      gtk_widget_add_css_class (where, "heading");
      gtk_box_append (GTK_BOX (box), where);
    }
  what = gtk_label_new (message);
  gtk_label_set_wrap (GTK_LABEL (what), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (what), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (what), 0);
  gtk_label_set_selectable (GTK_LABEL (what), TRUE);
  gtk_box_append (GTK_BOX (box), what);
  gtk_widget_add_css_class (box, "problem");
  return box;
}

static void
show_problems_dialog (LecternWindow *self,
                      GFile         *file,
                      GPtrArray     *problems,
                      const char    *message)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *heading = g_strdup_printf (_("“%s” Could Not Be Opened"), name);
  g_autoptr(GString) copy = g_string_new (NULL);
  AdwDialog *dialog;
  GtkWidget *list, *scroller, *box, *button;
  guint n = problems ? problems->len : 0;

  list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_add_css_class (list, "problem-list");
  for (guint i = 0; i < n; i++)
    {
      LecternProblem *p = g_ptr_array_index (problems, i);
      g_autofree char *line = lectern_problem_to_string (p);

      gtk_box_append (GTK_BOX (list), problem_row_new (lectern_problem_get_place (p), p->message));
      g_string_append_printf (copy, "%s\n", line);
    }
  if (n == 0)
    {
      gtk_box_append (GTK_BOX (list), problem_row_new ("", message));
      g_string_append_printf (copy, "%s\n", message);
    }

  dialog = adw_alert_dialog_new (heading, NULL);
  adw_alert_dialog_format_body (ADW_ALERT_DIALOG (dialog),
                                g_dngettext (GETTEXT_PACKAGE,
                                             "The pack has %u problem. The article on screen stays as it is.",
                                             "The pack has %u problems. The article on screen stays as it is.",
                                             MAX (n, 1)),
                                MAX (n, 1));
  adw_alert_dialog_set_prefer_wide_layout (ADW_ALERT_DIALOG (dialog), TRUE);

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 420);
  gtk_widget_add_css_class (scroller, "card");

  /* The whole list, as `lectern --validate` prints it, for a message to
   * the pack's author or a search. */
  button = gtk_button_new_with_mnemonic (_("_Copy Problems"));
  gtk_widget_set_halign (button, GTK_ALIGN_END);
  g_signal_connect_data (button, "clicked", G_CALLBACK (copy_problems_cb),
                         g_string_free (g_steal_pointer (&copy), FALSE),
                         (GClosureNotify) (void (*) (void)) g_free, 0);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_box_append (GTK_BOX (box), scroller);
  gtk_box_append (GTK_BOX (box), button);
  adw_alert_dialog_set_extra_child (ADW_ALERT_DIALOG (dialog), box);
  adw_alert_dialog_add_response (ADW_ALERT_DIALOG (dialog), "close", _("_Close"));
  adw_dialog_present (dialog, GTK_WIDGET (self));
  gtk_accessible_announce (GTK_ACCESSIBLE (self), heading,
                           GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_HIGH);
}

typedef struct
{
  LecternPack *pack;
  GPtrArray   *problems;
} LoadResult;

static void
load_result_free (LoadResult *result)
{
  g_clear_object (&result->pack);
  g_clear_pointer (&result->problems, g_ptr_array_unref);
  g_free (result);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GFile *file = task_data;
  LoadResult *result = g_new0 (LoadResult, 1);
  g_autoptr(GError) error = NULL;

  result->pack = lectern_pack_load_file (file, &result->problems, &error);
  if (result->pack == NULL)
    {
      g_task_set_task_data (task, g_object_ref (file), g_object_unref);
      g_object_set_data_full (G_OBJECT (task), "problems",
                              g_steal_pointer (&result->problems),
                              (GDestroyNotify) g_ptr_array_unref);
      load_result_free (result);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_return_pointer (task, result, (GDestroyNotify) load_result_free);
}

static void
load_done_cb (GObject      *source,
              GAsyncResult *res,
              gpointer      user_data)
{
  LecternWindow *self = LECTERN_WINDOW (source);
  GTask *task = G_TASK (res);
  GFile *file = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  LoadResult *result = g_task_propagate_pointer (task, &error);

  if (result == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_problems_dialog (self, file, g_object_get_data (G_OBJECT (task), "problems"),
                              error->message);
      return;
    }

  g_set_object (&self->pack_file, file);
  remember_recent (self, file);
  {
    g_autofree char *path = g_file_get_path (file);
    g_settings_set_string (self->settings, "last-pack", path ? path : "");
  }
  lectern_window_set_pack (self, result->pack);
  load_result_free (result);
}

void
lectern_window_open_file (LecternWindow *self,
                          GFile         *file)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (LECTERN_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_cancellable = g_cancellable_new ();

  task = g_task_new (self, self->load_cancellable, load_done_cb, NULL);
  g_task_set_source_tag (task, lectern_window_open_file);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_thread);
}

void
lectern_window_restore_last_pack (LecternWindow *self)
{
  g_autofree char *last = g_settings_get_string (self->settings, "last-pack");

  g_return_if_fail (LECTERN_IS_WINDOW (self));

  /* The bundled article first, so that something is always on screen. */
  lectern_window_load_bundled (self);
  if (last[0] != '\0' && g_file_test (last, G_FILE_TEST_IS_REGULAR))
    {
      g_autoptr(GFile) file = g_file_new_for_path (last);
      lectern_window_open_file (self, file);
    }
}

/* Actions */

/* A file dialog that ended without a file: said, unless the person closed it. */
void
_lectern_window_file_dialog_failed (LecternWindow *self,
                                    const GError  *error)
{
  if (!g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED) &&
      !g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_CANCELLED))
    lectern_window_add_toast (self, error->message);
}

static void
open_finish_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(LecternWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = gtk_file_dialog_open_finish (GTK_FILE_DIALOG (source), result, &error);

  if (file != NULL)
    lectern_window_open_file (self, file);
  else
    _lectern_window_file_dialog_failed (self, error);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LecternWindow *self = LECTERN_WINDOW (widget);
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_dialog_set_title (dialog, _("Open Study Pack"));
  gtk_file_dialog_set_accept_label (dialog, _("_Open"));
  gtk_file_filter_set_name (filter, _("Study Packs"));
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_filter_add_suffix (filter, "json");
  g_list_store_append (filters, filter);
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  g_list_store_append (filters, all);
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  gtk_file_dialog_set_default_filter (dialog, filter);
  gtk_file_dialog_open (dialog, GTK_WINDOW (self), NULL, open_finish_cb, g_object_ref (self));
}

static void
open_bundled_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  lectern_window_load_bundled (LECTERN_WINDOW (widget));
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_variant_get_string (parameter, NULL));

  lectern_window_open_file (LECTERN_WINDOW (widget), file);
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LecternWindow *self = LECTERN_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->stack, "read");
  lectern_article_view_start_find (self->article);
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LecternWindow *self = LECTERN_WINDOW (widget);
  const char *page = g_variant_get_string (parameter, NULL);

  if (g_strcmp0 (page, "read") == 0 || g_strcmp0 (page, "quiz") == 0)
    adw_view_stack_set_visible_child_name (self->stack, page);
}

static void
text_scale_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  LecternWindow *self = LECTERN_WINDOW (widget);
  double scale = lectern_article_view_get_text_scale (self->article);

  if (g_str_equal (action_name, "win.text-larger"))
    scale = MIN (scale * 1.1, 3.0);
  else if (g_str_equal (action_name, "win.text-smaller"))
    scale = MAX (scale / 1.1, 0.5);
  else
    scale = 1.0;
  lectern_article_view_set_text_scale (self->article, scale);
}

static void
page_changed_cb (LecternWindow *self)
{
  gboolean reading = g_strcmp0 (adw_view_stack_get_visible_child_name (self->stack), "read") == 0;

  if (!reading)
    lectern_window_ensure_quiz_view (self);

  gtk_widget_set_visible (GTK_WIDGET (self->sidebar_button), reading);
  gtk_widget_set_visible (GTK_WIDGET (self->find_button), reading);
}

/* Window state */

static gboolean
lectern_window_close_request (GtkWindow *window)
{
  LecternWindow *self = LECTERN_WINDOW (window);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  save_reading_position (self);

  return GTK_WINDOW_CLASS (lectern_window_parent_class)->close_request (window);
}

static void
lectern_window_dispose (GObject *object)
{
  LecternWindow *self = LECTERN_WINDOW (object);

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  g_clear_handle_id (&self->quiz_idle_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), LECTERN_TYPE_WINDOW);
  self->quiz_view = NULL;
  g_clear_object (&self->pack);
  g_clear_object (&self->selection);
  g_clear_object (&self->pack_file);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (lectern_window_parent_class)->dispose (object);
}

static void
lectern_window_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  LecternWindow *self = LECTERN_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PACK:
      g_value_set_object (value, self->pack);
      break;
    case PROP_SELECTION:
      g_value_set_object (value, self->selection);
      break;
    case PROP_SIDEBAR_VISIBLE:
      g_value_set_boolean (value, self->sidebar_visible);
      break;
    case PROP_NARROW:
      g_value_set_boolean (value, self->narrow);
      break;
    case PROP_PRESENTING:
      g_value_set_boolean (value, self->presenting);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lectern_window_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  LecternWindow *self = LECTERN_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PACK:
      lectern_window_set_pack (self, g_value_get_object (value));
      break;
    case PROP_SIDEBAR_VISIBLE:
      set_sidebar_visible (self, g_value_get_boolean (value));
      break;
    case PROP_PRESENTING:
      lectern_window_set_presenting (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lectern_window_class_init (LecternWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);
  GParamFlags flags = G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->dispose = lectern_window_dispose;
  object_class->get_property = lectern_window_get_property;
  object_class->set_property = lectern_window_set_property;
  window_class->close_request = lectern_window_close_request;

  properties[PROP_PACK] =
    g_param_spec_object ("pack", NULL, NULL, LECTERN_TYPE_PACK, G_PARAM_READWRITE | flags);
  properties[PROP_SELECTION] =
    g_param_spec_object ("selection", NULL, NULL, LECTERN_TYPE_SELECTION, G_PARAM_READABLE | flags);
  properties[PROP_SIDEBAR_VISIBLE] =
    g_param_spec_boolean ("sidebar-visible", NULL, NULL, TRUE, G_PARAM_READWRITE | flags);
  properties[PROP_NARROW] =
    g_param_spec_boolean ("narrow", NULL, NULL, FALSE, G_PARAM_READABLE | flags);
  properties[PROP_PRESENTING] =
    g_param_spec_boolean ("presenting", NULL, NULL, FALSE, G_PARAM_READWRITE | flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lectern/Lectern/lectern-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LecternWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LecternWindow, toolbar_view);
  gtk_widget_class_bind_template_child (widget_class, LecternWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, LecternWindow, switcher);
  gtk_widget_class_bind_template_child (widget_class, LecternWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, LecternWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, LecternWindow, split_view);
  gtk_widget_class_bind_template_child (widget_class, LecternWindow, sidebar_button);
  gtk_widget_class_bind_template_child (widget_class, LecternWindow, find_button);
  gtk_widget_class_bind_template_child (widget_class, LecternWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, LecternWindow, timeline);
  gtk_widget_class_bind_template_child (widget_class, LecternWindow, article);
  gtk_widget_class_bind_template_child (widget_class, LecternWindow, quiz_page);
  gtk_widget_class_bind_template_child (widget_class, LecternWindow, recent_menu);
  gtk_widget_class_bind_template_callback (widget_class, page_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, split_view_show_sidebar_cb);
  gtk_widget_class_bind_template_callback (widget_class, narrow_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, narrow_unapply_cb);

  gtk_widget_class_install_property_action (widget_class, "win.show-sidebar", "sidebar-visible");
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-bundled", NULL, open_bundled_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.text-larger", NULL, text_scale_action);
  gtk_widget_class_install_action (widget_class, "win.text-smaller", NULL, text_scale_action);
  gtk_widget_class_install_action (widget_class, "win.text-reset", NULL, text_scale_action);

  lectern_window_classroom_class_init (widget_class);
  lectern_window_deferred_class_init (widget_class);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK, "win.show-page",
                                       "s", "read");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK, "win.show-page",
                                       "s", "quiz");
}

static void
lectern_window_init (LecternWindow *self)
{
  self->selection = lectern_selection_new ();
  self->settings = g_settings_new (APP_ID);
  self->sidebar_visible = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  set_sidebar_visible (self, g_settings_get_boolean (self->settings, "sidebar-visible"));

  g_settings_bind (self->settings, "text-scale", self->article, "text-scale",
                   G_SETTINGS_BIND_DEFAULT);
  update_recent_menu (self);
  lectern_window_classroom_init (self);
  lectern_window_deferred_init (self);
  page_changed_cb (self);
  update_title (self);
}

LecternWindow *
lectern_window_new (LecternApplication *application)
{
  return g_object_new (LECTERN_TYPE_WINDOW, "application", application, NULL);
}

/* Accelerators for window actions, set once on the application. */
void
lectern_window_set_accels (GtkApplication *application)
{
  static const struct { const char *action; const char *accels[3]; } accels[] = {
    { "win.open", { "<Control>o", NULL } },
    { "win.open-bundled", { "<Alt>Home", NULL } },
    { "win.show-sidebar", { "F9", NULL } },
    { "win.find", { "<Control>f", NULL } },
    { "win.text-larger", { "<Control>plus", "<Control>equal", NULL } },
    { "win.text-smaller", { "<Control>minus", NULL } },
    { "win.text-reset", { "<Control>0", NULL } },
    { "win.show-help-overlay", { "<Control>question", NULL } },
    { "win.present", { "F5", NULL } },
    { "win.export-worksheet", { "<Control><Shift>e", NULL } },
    { "win.print", { "<Control>p", NULL } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (application, accels[i].action, accels[i].accels);
}
