/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <glib-unix.h>
#include <signal.h>

#include "lectern-about.h"
#include "lectern-application.h"
#include "lectern-preferences-dialog.h"
#include "lectern-article-view.h"
#include "lectern-entity-sidebar.h"
#include "lectern-quiz-view.h"
#include "lectern-timeline.h"
#include "lectern-window.h"

struct _LecternApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
};

G_DEFINE_FINAL_TYPE (LecternApplication, lectern_application, ADW_TYPE_APPLICATION)

extern void lectern_ui_register_resource (void);

static const char * const style_sheets[] = {
  "/io/github/lectern/Lectern/lectern-timeline.css",
  "/io/github/lectern/Lectern/lectern-entity-sidebar.css",
  "/io/github/lectern/Lectern/lectern-quiz-view.css",
};

static gpointer
register_resources_once (gpointer data)
{
  lectern_ui_register_resource ();
  return NULL;
}

/* Before AdwApplication's startup, which loads style.css from them. */
static void
ensure_resources (void)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, register_resources_once, NULL);
}

/* A provider of ours follows the style manager's dark and high-contrast
 * styles, for the @media queries of its sheet (AdwApplication does this for
 * the style.css it loads itself). */
static void
sync_provider_media (GtkCssProvider *provider)
{
  AdwStyleManager *style = adw_style_manager_get_default ();

  g_object_set (provider,
                "prefers-color-scheme", adw_style_manager_get_dark (style)
                                        ? GTK_INTERFACE_COLOR_SCHEME_DARK
                                        : GTK_INTERFACE_COLOR_SCHEME_LIGHT,
                "prefers-contrast", adw_style_manager_get_high_contrast (style)
                                    ? GTK_INTERFACE_CONTRAST_MORE
                                    : GTK_INTERFACE_CONTRAST_NO_PREFERENCE,
                NULL);
}

static void
add_display_provider (GdkDisplay *display,
                      const char *resource)
{
  GtkCssProvider *provider = gtk_css_provider_new ();
  AdwStyleManager *style = adw_style_manager_get_default ();

  gtk_css_provider_load_from_resource (provider, resource);
  sync_provider_media (provider);
  /* The provider stays for the life of the display, as does the manager. */
  g_signal_connect_swapped (style, "notify::dark", G_CALLBACK (sync_provider_media), provider);
  g_signal_connect_swapped (style, "notify::high-contrast", G_CALLBACK (sync_provider_media),
                            provider);
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static gpointer
init_once (gpointer data)
{
  GdkDisplay *display = gdk_display_get_default ();

  ensure_resources ();

  g_type_ensure (LECTERN_TYPE_ARTICLE_VIEW);
  g_type_ensure (LECTERN_TYPE_ENTITY_SIDEBAR);
  g_type_ensure (LECTERN_TYPE_QUIZ_VIEW);
  g_type_ensure (LECTERN_TYPE_TIMELINE);

  /* style.css is loaded by AdwApplication from the resource base path; the widgets' own sheets are added here, which also
   * serves tests that run without the application. */
  if (display != NULL)
    {
      for (guint i = 0; i < G_N_ELEMENTS (style_sheets); i++)
        add_display_provider (display, style_sheets[i]);
      if (g_application_get_default () == NULL)
        add_display_provider (display, "/io/github/lectern/Lectern/style.css");
    }
  return NULL;
}

void
lectern_ui_init (void)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, init_once, NULL);
}

static LecternWindow *
get_or_create_window (LecternApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (lectern_window_new (self));
  return LECTERN_WINDOW (window);
}

static void
lectern_application_activate (GApplication *app)
{
  LecternApplication *self = LECTERN_APPLICATION (app);
  LecternWindow *window = get_or_create_window (self);

  if (lectern_window_get_pack (window) == NULL)
    lectern_window_restore_last_pack (window);
  gtk_window_present (GTK_WINDOW (window));
}

static void
lectern_application_open (GApplication  *app,
                          GFile        **files,
                          int            n_files,
                          const char    *hint)
{
  LecternApplication *self = LECTERN_APPLICATION (app);
  LecternWindow *window = get_or_create_window (self);

  if (lectern_window_get_pack (window) == NULL)
    lectern_window_load_bundled (window);
  if (n_files > 0)
    lectern_window_open_file (window, files[n_files - 1]);
  gtk_window_present (GTK_WINDOW (window));
}

static void
apply_color_scheme (LecternApplication *self)
{
  static const AdwColorScheme schemes[] = {
    ADW_COLOR_SCHEME_DEFAULT, ADW_COLOR_SCHEME_FORCE_LIGHT, ADW_COLOR_SCHEME_FORCE_DARK,
  };
  int value = g_settings_get_enum (self->settings, "color-scheme");

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      schemes[CLAMP (value, 0, 2)]);
}

static void
color_scheme_changed_cb (LecternApplication *self)
{
  apply_color_scheme (self);
}

static gpointer
ref_window (gconstpointer window,
            gpointer      data)
{
  return g_object_ref ((gpointer) window);
}

static void
quit_action_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  LecternApplication *self = user_data;
  /* Close windows so that they save their state. Closing one takes it out
   * of GTK's own list: walk a copy, each window kept alive until done. */
  GList *windows = g_list_copy_deep (gtk_application_get_windows (GTK_APPLICATION (self)),
                                     ref_window, NULL);

  for (GList *l = windows; l; l = l->next)
    gtk_window_close (l->data);
  g_list_free_full (windows, g_object_unref);
  g_application_quit (G_APPLICATION (self));
}

/* SIGTERM (a session ending, `kill`) and SIGINT (Ctrl+C in a terminal)
 * quit as Ctrl+Q does: windows save their state, then the app ends. */
static gboolean
quit_signal_cb (gpointer user_data)
{
  g_action_group_activate_action (G_ACTION_GROUP (user_data), "quit", NULL);
  return G_SOURCE_CONTINUE;
}

static void
about_action_cb (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  lectern_show_about (gtk_application_get_active_window (GTK_APPLICATION (user_data)));
}

static void
preferences_action_cb (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  adw_dialog_present (ADW_DIALOG (lectern_preferences_dialog_new ()), GTK_WIDGET (parent));
}

static void
lectern_application_startup (GApplication *app)
{
  LecternApplication *self = LECTERN_APPLICATION (app);
  static const GActionEntry entries[] = {
    { "quit", quit_action_cb },
    { "about", about_action_cb },
    { "preferences", preferences_action_cb },
  };

  G_APPLICATION_CLASS (lectern_application_parent_class)->startup (app);

  lectern_ui_init ();
  gtk_window_set_default_icon_name (APP_ID);
  g_unix_signal_add (SIGTERM, quit_signal_cb, self);
  g_unix_signal_add (SIGINT, quit_signal_cb, self);

  self->settings = g_settings_new (APP_ID);
  g_signal_connect_swapped (self->settings, "changed::color-scheme",
                            G_CALLBACK (color_scheme_changed_cb), self);
  apply_color_scheme (self);

  g_action_map_add_action_entries (G_ACTION_MAP (self), entries, G_N_ELEMENTS (entries), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit",
                                         (const char *[]) { "<Control>q", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences",
                                         (const char *[]) { "<Control>comma", NULL });
  lectern_window_set_accels (GTK_APPLICATION (self));
}

static void
lectern_application_dispose (GObject *object)
{
  LecternApplication *self = LECTERN_APPLICATION (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (lectern_application_parent_class)->dispose (object);
}

static void
lectern_application_class_init (LecternApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = lectern_application_dispose;
  app_class->activate = lectern_application_activate;
  app_class->open = lectern_application_open;
  app_class->startup = lectern_application_startup;
}

static void
lectern_application_init (LecternApplication *self)
{
  ensure_resources ();
}

LecternApplication *
lectern_application_new (void)
{
  return g_object_new (LECTERN_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/lectern/Lectern",
                       NULL);
}
