/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lectern-about.h"
#include "lectern-preferences-dialog.h"
#include "lectern-test-ui.h"

typedef struct
{
  GSettings                *settings;
  GtkWidget                *parent;
  LecternPreferencesDialog *window;
  AdwComboRow              *color_scheme_row;
  AdwComboRow              *paper_size_row;
  GtkSpinButton            *text_size_spin;
  GtkSwitch                *timer_switch;
  GtkSpinButton            *timer_spin;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  const char *keys[] = { "color-scheme", "paper-size", "text-scale", "question-timer" };
  g_autoptr(GPtrArray) combos = NULL;
  g_autoptr(GPtrArray) spins = NULL;
  g_autoptr(GPtrArray) switches = NULL;

  f->settings = g_settings_new (APP_ID);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_settings_reset (f->settings, keys[i]);

  /* As the app shows it: a dialog inside its window. */
  f->parent = adw_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->parent), 800, 600);
  gtk_window_present (GTK_WINDOW (f->parent));
  f->window = lectern_preferences_dialog_new ();
  adw_dialog_present (ADW_DIALOG (f->window), f->parent);
  lectern_test_ui_flush ();
  g_assert_true (adw_window_get_visible_dialog (ADW_WINDOW (f->parent)) == ADW_DIALOG (f->window));

  combos = lectern_test_ui_find_all_deep (GTK_WIDGET (f->window), lectern_test_ui_is_type,
                                          GSIZE_TO_POINTER (ADW_TYPE_COMBO_ROW));
  spins = lectern_test_ui_find_all_deep (GTK_WIDGET (f->window), lectern_test_ui_is_type,
                                         GSIZE_TO_POINTER (GTK_TYPE_SPIN_BUTTON));
  switches = lectern_test_ui_find_all_deep (GTK_WIDGET (f->window), lectern_test_ui_is_type,
                                            GSIZE_TO_POINTER (GTK_TYPE_SWITCH));
  g_assert_cmpuint (combos->len, ==, 2);
  g_assert_cmpuint (spins->len, ==, 2);
  g_assert_cmpuint (switches->len, ==, 1);
  f->color_scheme_row = g_ptr_array_index (combos, 0);
  f->paper_size_row = g_ptr_array_index (combos, 1);
  f->text_size_spin = g_ptr_array_index (spins, 0);
  f->timer_spin = g_ptr_array_index (spins, 1);
  f->timer_switch = g_ptr_array_index (switches, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_object_ref (f->window);
  adw_dialog_force_close (ADW_DIALOG (f->window));
  lectern_test_ui_flush ();
  g_assert_null (adw_window_get_visible_dialog (ADW_WINDOW (f->parent)));
  {
    /* The window keeps the last closed dialog (libadwaita's focus
     * bookkeeping), never more: opened again, the first one is gone. */
    LecternPreferencesDialog *again = lectern_preferences_dialog_new ();
    adw_dialog_present (ADW_DIALOG (again), f->parent);
    lectern_test_ui_flush ();
    adw_dialog_force_close (ADW_DIALOG (again));
    lectern_test_ui_flush ();
    g_assert_finalize_object (f->window);
  }
  lectern_test_ui_destroy_window (f->parent, f->parent);
  g_clear_object (&f->settings);
}

/* Combo row position <-> key value, both ways, for both combo rows. */
static void
test_combo_rows (Fixture       *f,
                 gconstpointer  data)
{
  static const struct {
    const char *key;
    guint       position;
    const char *value;
  } cases[] = {
    { "color-scheme", 0, "default" },
    { "color-scheme", 1, "light" },
    { "color-scheme", 2, "dark" },
    { "paper-size", 0, "auto" },
    { "paper-size", 1, "a4" },
    { "paper-size", 2, "letter" },
  };

  g_assert_cmpuint (adw_combo_row_get_selected (f->color_scheme_row), ==, 0);
  g_assert_cmpuint (adw_combo_row_get_selected (f->paper_size_row), ==, 0);

  /* From the window to the settings, in reverse so that each step changes. */
  for (int i = G_N_ELEMENTS (cases) - 1; i >= 0; i--)
    {
      AdwComboRow *row = g_str_equal (cases[i].key, "color-scheme")
                           ? f->color_scheme_row : f->paper_size_row;
      g_autofree char *value = NULL;

      adw_combo_row_set_selected (row, cases[i].position);
      value = g_settings_get_string (f->settings, cases[i].key);
      g_assert_cmpstr (value, ==, cases[i].value);
    }

  /* From the settings (another window, gsettings) to the window. */
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      AdwComboRow *row = g_str_equal (cases[i].key, "color-scheme")
                           ? f->color_scheme_row : f->paper_size_row;

      g_settings_set_string (f->settings, cases[i].key, cases[i].value);
      g_assert_cmpuint (adw_combo_row_get_selected (row), ==, cases[i].position);
    }
}

static void
test_text_size (Fixture       *f,
                gconstpointer  data)
{
  g_assert_cmpfloat (gtk_spin_button_get_value (f->text_size_spin), ==, 100.0);

  g_settings_set_double (f->settings, "text-scale", 1.5);
  g_assert_cmpfloat (gtk_spin_button_get_value (f->text_size_spin), ==, 150.0);

  gtk_spin_button_set_value (f->text_size_spin, 250.0);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (f->settings, "text-scale"), 2.5, 1e-9);

  /* The schema's range holds: the spin button cannot go past 300 %. */
  gtk_spin_button_set_value (f->text_size_spin, 900.0);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (f->settings, "text-scale"), 3.0, 1e-9);
}

static void
test_question_timer (Fixture       *f,
                     gconstpointer  data)
{
  /* Off by default, and generous when switched on. */
  g_assert_false (gtk_switch_get_active (f->timer_switch));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (f->timer_spin)));

  gtk_switch_set_active (f->timer_switch, TRUE);
  g_assert_cmpint (g_settings_get_int (f->settings, "question-timer"), ==, 60);
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (f->timer_spin)));

  gtk_spin_button_set_value (f->timer_spin, 90);
  g_assert_cmpint (g_settings_get_int (f->settings, "question-timer"), ==, 90);

  /* Off writes 0 but keeps the number for the next time it is on. */
  gtk_switch_set_active (f->timer_switch, FALSE);
  g_assert_cmpint (g_settings_get_int (f->settings, "question-timer"), ==, 0);
  gtk_switch_set_active (f->timer_switch, TRUE);
  g_assert_cmpint (g_settings_get_int (f->settings, "question-timer"), ==, 90);

  /* Changed elsewhere: the window follows. */
  g_settings_set_int (f->settings, "question-timer", 0);
  g_assert_false (gtk_switch_get_active (f->timer_switch));
  g_settings_set_int (f->settings, "question-timer", 120);
  g_assert_true (gtk_switch_get_active (f->timer_switch));
  g_assert_cmpfloat (gtk_spin_button_get_value (f->timer_spin), ==, 120.0);
}

static void
test_about (void)
{
  GtkWidget *about = lectern_about_new ();
  g_autofree char *name = NULL;
  g_autofree char *version = NULL;
  g_autofree char *icon = NULL;
  g_autofree char *website = NULL;
  g_autofree char *issue_url = NULL;
  g_auto(GStrv) developers = NULL;
  GtkLicense license;

  g_object_ref_sink (about);
  g_object_get (about,
                "application-name", &name,
                "version", &version,
                "application-icon", &icon,
                "website", &website,
                "issue-url", &issue_url,
                "developers", &developers,
                "license-type", &license,
                NULL);
  g_assert_cmpstr (name, ==, "Lectern");
  g_assert_cmpstr (version, ==, PACKAGE_VERSION);
  g_assert_cmpstr (icon, ==, APP_ID);
  g_assert_cmpint (license, ==, GTK_LICENSE_GPL_3_0);
  g_assert_true (g_str_has_prefix (website, "https://"));
  g_assert_true (g_str_has_suffix (issue_url, "/issues"));
  g_assert_nonnull (developers);
  g_assert_cmpuint (g_strv_length (developers), >=, 1);

  g_assert_finalize_object (about);
}

static void
test_show_about (void)
{
  GtkWidget *parent = adw_window_new ();
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint before;
  AdwDialog *about;

  gtk_window_present (GTK_WINDOW (parent));
  lectern_test_ui_flush ();
  before = g_list_model_get_n_items (toplevels);
  lectern_show_about (GTK_WINDOW (parent));
  lectern_test_ui_flush ();

  /* An AdwAboutDialog inside the parent window: no window of its own. */
  about = adw_window_get_visible_dialog (ADW_WINDOW (parent));
  g_assert_true (ADW_IS_ABOUT_DIALOG (about));
  g_assert_cmpuint (g_list_model_get_n_items (toplevels), ==, before);
  g_assert_cmpstr (adw_about_dialog_get_version (ADW_ABOUT_DIALOG (about)), ==, PACKAGE_VERSION);

  adw_dialog_force_close (about);
  lectern_test_ui_flush ();
  g_assert_null (adw_window_get_visible_dialog (ADW_WINDOW (parent)));
  g_object_ref (parent);
  gtk_window_destroy (GTK_WINDOW (parent));
  lectern_test_ui_flush ();
  g_assert_finalize_object (parent);
}

int
main (int   argc,
      char *argv[])
{
  lectern_test_ui_init (&argc, &argv);

  g_test_add ("/preferences/combo-rows", Fixture, NULL,
              fixture_set_up, test_combo_rows, fixture_tear_down);
  g_test_add ("/preferences/text-size", Fixture, NULL,
              fixture_set_up, test_text_size, fixture_tear_down);
  g_test_add ("/preferences/question-timer", Fixture, NULL,
              fixture_set_up, test_question_timer, fixture_tear_down);
  g_test_add_func ("/about/properties", test_about);
  g_test_add_func ("/about/show", test_show_about);

  return g_test_run ();
}
