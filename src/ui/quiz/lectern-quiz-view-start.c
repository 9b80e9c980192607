/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lectern-quiz-view-private.h"

/* The start page of the quiz view: length, types, mode, quiz code, and the
 * window settings they are kept in. */

guint
lectern_quiz_view_get_count (LecternQuizView *self)
{
  switch (adw_combo_row_get_selected (self->length_row))
    {
    case LENGTH_10:
      return 10;
    case LENGTH_20:
      return 20;
    case LENGTH_ALL:
      return LECTERN_QUIZ_COUNT_ALL;
    default:
      return self->custom_count;
    }
}

void
lectern_quiz_view_set_count (LecternQuizView *self,
                             guint            count)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->length_model));

  if (n_items > LENGTH_CUSTOM)
    gtk_string_list_remove (self->length_model, LENGTH_CUSTOM);

  switch (count)
    {
    case 10:
      adw_combo_row_set_selected (self->length_row, LENGTH_10);
      break;
    case 20:
      adw_combo_row_set_selected (self->length_row, LENGTH_20);
      break;
    case LECTERN_QUIZ_COUNT_ALL:
      adw_combo_row_set_selected (self->length_row, LENGTH_ALL);
      break;
    default:
      {
        g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u question",
                                                               "%u questions", count), count);

        self->custom_count = count;
        gtk_string_list_append (self->length_model, label);
        adw_combo_row_set_selected (self->length_row, LENGTH_CUSTOM);
      }
      break;
    }
}

guint
lectern_quiz_view_get_types (LecternQuizView *self)
{
  guint types = 0;

  for (guint t = 0; t < LECTERN_N_QUESTION_TYPES; t++)
    if (gtk_check_button_get_active (self->type_checks[t]))
      types |= 1u << t;

  return types;
}

LecternQuizMode
lectern_quiz_view_get_mode (LecternQuizView *self)
{
  return adw_combo_row_get_selected (self->mode_row);
}

void
lectern_quiz_view_get_options (LecternQuizView    *self,
                               LecternQuizOptions *options)
{
  options->seed = self->seed;
  options->count = lectern_quiz_view_get_count (self);
  options->types = lectern_quiz_view_get_types (self);
}

/* Sets @key unless the schema does not allow @value (a count too large). */
static void
set_checked (GSettings  *settings,
             const char *key,
             GVariant   *value)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsSchemaKey) schema_key = NULL;

  g_variant_ref_sink (value);
  g_object_get (settings, "settings-schema", &schema, NULL);
  schema_key = g_settings_schema_get_key (schema, key);
  if (g_settings_schema_key_range_check (schema_key, value))
    g_settings_set_value (settings, key, value);
  g_variant_unref (value);
}

void
lectern_quiz_view_save_settings (LecternQuizView *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) types = NULL;
  guint mask = lectern_quiz_view_get_types (self);
  const char *mode;
  guint count;

  if (self->settings == NULL)
    return;

  for (guint t = 0; t < LECTERN_N_QUESTION_TYPES && mask != LECTERN_QUESTION_TYPES_ALL; t++)
    if (mask & (1u << t))
      g_strv_builder_add (builder, lectern_question_type_to_string (t));
  types = g_strv_builder_end (builder);

  count = MIN (lectern_quiz_view_get_count (self), G_MAXINT32);
  mode = lectern_quiz_mode_to_string (lectern_quiz_view_get_mode (self));
  set_checked (self->settings, "quiz-length", g_variant_new_int32 ((gint32) count));
  set_checked (self->settings, "quiz-types", g_variant_new_strv ((const char * const *) types, -1));
  set_checked (self->settings, "quiz-mode", g_variant_new_string (mode));
}

void
lectern_quiz_view_load_settings (LecternQuizView *self)
{
  g_auto(GStrv) types = NULL;
  g_autofree char *mode_name = NULL;
  LecternQuizMode mode = LECTERN_QUIZ_MODE_PRACTICE;
  guint mask = 0;
  int length;

  if (self->settings == NULL)
    return;

  length = g_settings_get_int (self->settings, "quiz-length");
  lectern_quiz_view_set_count (self, (guint) MAX (length, 0));

  types = g_settings_get_strv (self->settings, "quiz-types");
  for (guint i = 0; types[i] != NULL; i++)
    {
      LecternQuestionType type;

      if (lectern_question_type_from_string (types[i], &type))
        mask |= 1u << type;
    }
  if (mask == 0)
    mask = LECTERN_QUESTION_TYPES_ALL;
  for (guint t = 0; t < LECTERN_N_QUESTION_TYPES; t++)
    gtk_check_button_set_active (self->type_checks[t], (mask & (1u << t)) != 0);

  mode_name = g_settings_get_string (self->settings, "quiz-mode");
  lectern_quiz_mode_from_string (mode_name, &mode);
  adw_combo_row_set_selected (self->mode_row, mode);
}

/* The settings of the window, when the schema is installed (not in every test). */
GSettings *
lectern_quiz_view_find_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source == NULL)
    return NULL;

  schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL ||
      !g_settings_schema_has_key (schema, "quiz-length") ||
      !g_settings_schema_has_key (schema, "quiz-types") ||
      !g_settings_schema_has_key (schema, "quiz-mode"))
    return NULL;

  return g_settings_new (APP_ID);
}

/* Refreshes the code, the mode description and what can be started. */
void
lectern_quiz_view_update_start_page (LecternQuizView *self)
{
  LecternQuizOptions options;
  LecternQuizMode mode = lectern_quiz_view_get_mode (self);
  gboolean review = !self->reveal_mode && (mode == LECTERN_QUIZ_MODE_REVIEW_MISSED ||
                                           mode == LECTERN_QUIZ_MODE_SPACED_REVIEW);
  g_autofree char *subtitle = NULL;
  guint types = lectern_quiz_view_get_types (self);

  lectern_quiz_view_get_options (self, &options);
  g_free (self->code);
  self->code = types != 0 ? lectern_quiz_code_encode (&options) : NULL;
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->code_row),
                                 review ? _("No code for a review") : (self->code ? self->code :
                                                                       "—"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->code_row), !review && self->code != NULL);
  g_object_notify_by_pspec (G_OBJECT (self), lectern_quiz_view_properties[PROP_CODE]);

  switch (mode)
    {
    case LECTERN_QUIZ_MODE_TEST:
      subtitle = g_strdup (_("Answer everything, then see your score"));
      break;
    case LECTERN_QUIZ_MODE_REVIEW_MISSED:
    case LECTERN_QUIZ_MODE_SPACED_REVIEW:
      if (self->pack != NULL)
        {
          LecternProgressStore *store = lectern_quiz_view_ensure_store (self);
          g_auto(GStrv) ids = NULL;
          guint n;

          if (mode == LECTERN_QUIZ_MODE_REVIEW_MISSED)
            ids = lectern_progress_store_get_missed (store, lectern_pack_get_id (self->pack));
          else
            ids = lectern_progress_store_get_due (store, lectern_pack_get_id (self->pack), NULL);
          n = g_strv_length (ids);
          if (mode == LECTERN_QUIZ_MODE_REVIEW_MISSED)
            subtitle =
              g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "The question you last answered wrong (%u)",
                                            "The questions you last answered wrong (%u)", n),
                               n);
          else
            subtitle =
              g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "The question due for review today (%u)",
                                            "The questions due for review today (%u)", n),
                               n);
        }
      break;
    case LECTERN_QUIZ_MODE_PRACTICE:
    default:
      subtitle = g_strdup (_("See the answer after each question"));
      break;
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->mode_row), subtitle ? subtitle : "");
  /* Presenting to a class has a style of its own: reveal, not answer. */
  gtk_widget_set_visible (GTK_WIDGET (self->mode_row), !self->reveal_mode);
  gtk_button_set_label (self->start_button, self->reveal_mode ? _("_Present Quiz") :
                        _("_Start Quiz"));

  {
    guint n_types = 0;
    g_autofree char *chosen = NULL;

    for (guint t = 0; t < LECTERN_N_QUESTION_TYPES; t++)
      if (types & (1u << t))
        n_types++;
    if (n_types == LECTERN_N_QUESTION_TYPES)
      chosen = g_strdup (_("All types"));
    else if (n_types == 0)
      chosen = g_strdup (_("Choose at least one type"));
    else
      chosen = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u types", "%u of %u types",
                                             n_types),
                                n_types, LECTERN_N_QUESTION_TYPES);
    adw_expander_row_set_subtitle (self->types_row, chosen);
  }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "quiz.start", self->pack != NULL && types != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "quiz.copy-code", !review &&
                                 self->code != NULL);
}

void
lectern_quiz_view_options_changed_cb (LecternQuizView *self)
{
  if (self->loading_options)
    return;

  lectern_quiz_view_update_start_page (self);
  lectern_quiz_view_save_settings (self);
}

void
lectern_quiz_view_new_seed (LecternQuizView *self)
{
  self->seed = 1 + g_random_int_range (0, SEED_LIMIT - 1);
}

void
lectern_quiz_view_copy_code_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  LecternQuizView *self = LECTERN_QUIZ_VIEW (widget);

  if (self->code == NULL)
    return;

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), self->code);
  lectern_quiz_view_show_toast (self, _("Quiz code copied"));
}

void
lectern_quiz_view_code_changed_cb (LecternQuizView *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self->code_entry), "error");
}

void
lectern_quiz_view_code_apply_cb (LecternQuizView *self)
{
  g_autoptr(GError) error = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->code_entry));

  if (!lectern_quiz_view_apply_code (self, text, &error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->code_entry), "error");
      lectern_quiz_view_show_toast (self, error->message);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->code_entry), "");
  lectern_quiz_view_show_toast (self, _("Quiz code applied: press Start to begin"));
  gtk_widget_grab_focus (GTK_WIDGET (self->start_button));
}

void
lectern_quiz_view_add_type_rows (LecternQuizView *self)
{
  static const char * const examples[LECTERN_N_QUESTION_TYPES] = {
    N_("In which year did it happen?"),
    N_("Which of these happened in a given year?"),
    N_("Put events in order, or find the first"),
    N_("Name the person, place or thing described"),
    N_("Pick the description of a name"),
    N_("Complete a sentence of the article"),
    N_("Is this sentence what the article says?"),
    N_("Match names to descriptions, events to years"),
  };

  for (guint t = 0; t < LECTERN_N_QUESTION_TYPES; t++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     lectern_question_type_get_label (t));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _(examples[t]));
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      lectern_question_type_get_label (t), -1);
      g_signal_connect_swapped (check, "toggled", G_CALLBACK (lectern_quiz_view_options_changed_cb),
                                self);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_expander_row_add_row (self->types_row, row);
      self->type_checks[t] = GTK_CHECK_BUTTON (check);
    }
}

const char *
lectern_quiz_view_get_code (LecternQuizView *self)
{
  g_return_val_if_fail (LECTERN_IS_QUIZ_VIEW (self), NULL);

  return self->code;
}

gboolean
lectern_quiz_view_apply_code (LecternQuizView  *self,
                              const char       *code,
                              GError          **error)
{
  LecternQuizOptions options;

  g_return_val_if_fail (LECTERN_IS_QUIZ_VIEW (self), FALSE);
  g_return_val_if_fail (code != NULL, FALSE);

  if (!lectern_quiz_code_parse (code, &options, error))
    return FALSE;

  self->loading_options = TRUE;
  self->seed = options.seed;
  lectern_quiz_view_set_count (self, options.count);
  for (guint t = 0; t < LECTERN_N_QUESTION_TYPES; t++)
    gtk_check_button_set_active (self->type_checks[t], (options.types & (1u << t)) != 0);
  /* A shared code is a quiz to take, not a review. */
  if (lectern_quiz_view_get_mode (self) != LECTERN_QUIZ_MODE_TEST)
    adw_combo_row_set_selected (self->mode_row, LECTERN_QUIZ_MODE_PRACTICE);
  self->loading_options = FALSE;

  lectern_quiz_view_update_start_page (self);
  lectern_quiz_view_save_settings (self);
  if (self->pack != NULL)
    gtk_stack_set_visible_child_name (self->stack, "start");

  return TRUE;
}
