/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lectern-preferences-dialog.h"

/* Seconds offered when the timer is switched on: generous, not a race. */
#define DEFAULT_TIMER_SECONDS 60

struct _LecternPreferencesDialog
{
  AdwPreferencesDialog  parent_instance;

  AdwComboRow          *color_scheme_row;
  GtkAdjustment        *text_size_adjustment;
  GtkSwitch            *timer_switch;
  GtkAdjustment        *timer_adjustment;
  AdwComboRow          *paper_size_row;

  GSettings            *settings;
  gboolean              syncing_timer;
};

G_DEFINE_FINAL_TYPE (LecternPreferencesDialog, lectern_preferences_dialog,
                     ADW_TYPE_PREFERENCES_DIALOG)

/* Combo row positions, in the order of the .ui models. */
static const char * const color_scheme_nicks[] = { "default", "light", "dark", NULL };
static const char * const paper_size_nicks[] = { "auto", "a4", "letter", NULL };

/* A string (or enum) key <-> the position of its value in a NULL-terminated
 * list: for a combo row's "selected". */
static gboolean
nick_to_position (GValue   *value,
                  GVariant *variant,
                  gpointer  user_data)
{
  const char * const *nicks = user_data;
  const char *nick = g_variant_get_string (variant, NULL);

  for (guint i = 0; nicks[i]; i++)
    if (g_str_equal (nicks[i], nick))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  return FALSE;
}

static GVariant *
position_to_nick (const GValue       *value,
                  const GVariantType *expected_type,
                  gpointer            user_data)
{
  const char * const *nicks = user_data;
  guint position = g_value_get_uint (value);

  if (position >= g_strv_length ((char **) nicks))
    return NULL;
  return g_variant_new_string (nicks[position]);
}

/* text-scale (1.0 = normal) <-> percent. */
static gboolean
scale_to_percent (GValue   *value,
                  GVariant *variant,
                  gpointer  user_data)
{
  g_value_set_double (value, g_variant_get_double (variant) * 100.0);
  return TRUE;
}

static GVariant *
percent_to_scale (const GValue       *value,
                  const GVariantType *expected_type,
                  gpointer            user_data)
{
  return g_variant_new_double (g_value_get_double (value) / 100.0);
}

/* question-timer is one key, 0 meaning off; the dialog shows it as a switch
 * and a number of seconds that is kept while the switch is off. */
static void
sync_timer (LecternPreferencesDialog *self)
{
  int seconds = g_settings_get_int (self->settings, "question-timer");

  self->syncing_timer = TRUE;
  gtk_switch_set_active (self->timer_switch, seconds > 0);
  if (seconds > 0)
    gtk_adjustment_set_value (self->timer_adjustment, seconds);
  self->syncing_timer = FALSE;
}

static void
timer_setting_changed_cb (LecternPreferencesDialog *self)
{
  sync_timer (self);
}

static void
timer_switch_active_cb (LecternPreferencesDialog *self)
{
  int seconds = 0;

  if (self->syncing_timer)
    return;
  if (gtk_switch_get_active (self->timer_switch))
    seconds = (int) gtk_adjustment_get_value (self->timer_adjustment);
  g_settings_set_int (self->settings, "question-timer", seconds);
}

static void
timer_seconds_changed_cb (LecternPreferencesDialog *self)
{
  if (self->syncing_timer || !gtk_switch_get_active (self->timer_switch))
    return;
  g_settings_set_int (self->settings, "question-timer",
                      (int) gtk_adjustment_get_value (self->timer_adjustment));
}

static gboolean
close_cb (GtkWidget *widget,
          GVariant  *args,
          gpointer   user_data)
{
  return adw_dialog_close (ADW_DIALOG (widget));
}

static void
lectern_preferences_dialog_dispose (GObject *object)
{
  LecternPreferencesDialog *self = LECTERN_PREFERENCES_DIALOG (object);

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (lectern_preferences_dialog_parent_class)->dispose (object);
}

static void
lectern_preferences_dialog_class_init (LecternPreferencesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lectern_preferences_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lectern/Lectern/"
                                               "lectern-preferences-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LecternPreferencesDialog, color_scheme_row);
  gtk_widget_class_bind_template_child (widget_class, LecternPreferencesDialog,
                                        text_size_adjustment);
  gtk_widget_class_bind_template_child (widget_class, LecternPreferencesDialog, timer_switch);
  gtk_widget_class_bind_template_child (widget_class, LecternPreferencesDialog, timer_adjustment);
  gtk_widget_class_bind_template_child (widget_class, LecternPreferencesDialog, paper_size_row);

  /* Ctrl+W closes it, as it closes a window. */
  gtk_widget_class_add_binding (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, close_cb, NULL);

}

static void
lectern_preferences_dialog_init (LecternPreferencesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);

  g_settings_bind_with_mapping (self->settings, "color-scheme",
                                self->color_scheme_row, "selected", G_SETTINGS_BIND_DEFAULT,
                                nick_to_position, position_to_nick,
                                (gpointer) color_scheme_nicks, NULL);
  g_settings_bind_with_mapping (self->settings, "paper-size",
                                self->paper_size_row, "selected", G_SETTINGS_BIND_DEFAULT,
                                nick_to_position, position_to_nick,
                                (gpointer) paper_size_nicks, NULL);
  g_settings_bind_with_mapping (self->settings, "text-scale",
                                self->text_size_adjustment, "value", G_SETTINGS_BIND_DEFAULT,
                                scale_to_percent, percent_to_scale, NULL, NULL);

  gtk_adjustment_set_value (self->timer_adjustment, DEFAULT_TIMER_SECONDS);
  sync_timer (self);
  g_signal_connect_swapped (self->settings, "changed::question-timer",
                            G_CALLBACK (timer_setting_changed_cb), self);
  g_signal_connect_swapped (self->timer_switch, "notify::active",
                            G_CALLBACK (timer_switch_active_cb), self);
  g_signal_connect_swapped (self->timer_adjustment, "value-changed",
                            G_CALLBACK (timer_seconds_changed_cb), self);
}

LecternPreferencesDialog *
lectern_preferences_dialog_new (void)
{
  return g_object_new (LECTERN_TYPE_PREFERENCES_DIALOG, NULL);
}

GSettings *
lectern_preferences_dialog_get_settings (LecternPreferencesDialog *self)
{
  g_return_val_if_fail (LECTERN_IS_PREFERENCES_DIALOG (self), NULL);

  return self->settings;
}
