/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lectern-quiz-code.h"
#include "lectern-quiz-options.h"
#include "lectern-quiz-view.h"
#include "lectern-window-private.h"
#include "lectern-worksheet.h"

/* Presentation mode: fullscreen, type twice the size (style.css scales the
 * window's font under .presentation), the sidebar out of the way. */
void
lectern_window_set_presenting (LecternWindow *self,
                               gboolean       presenting)
{
  presenting = !!presenting;
  if (self->presenting == presenting)
    return;
  self->presenting = presenting;

  if (presenting)
    {
      self->sidebar_before_presenting = self->sidebar_visible;
      _lectern_window_set_sidebar_visible (self, FALSE);
      gtk_widget_add_css_class (GTK_WIDGET (self), "presentation");
      /* Full screen is the room's: no header bar over the question. */
      adw_toolbar_view_set_reveal_top_bars (self->toolbar_view, FALSE);
      gtk_window_fullscreen (GTK_WINDOW (self));
      lectern_window_add_toast (self, _("Presenting. Press Esc or F5 to leave."));
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "presentation");
      gtk_window_unfullscreen (GTK_WINDOW (self));
      adw_toolbar_view_set_reveal_top_bars (self->toolbar_view, TRUE);
      _lectern_window_set_sidebar_visible (self, self->sidebar_before_presenting);
    }
  _lectern_window_notify_presenting (self);
}

static gboolean
escape_cb (GtkWidget *widget,
           GVariant  *args,
           gpointer   user_data)
{
  LecternWindow *self = LECTERN_WINDOW (widget);

  /* Esc only leaves presentation mode; otherwise it goes on to others. */
  if (!self->presenting)
    return FALSE;
  lectern_window_set_presenting (self, FALSE);
  return TRUE;
}

/* Worksheets */

/* The worksheet is the quiz whose code is on the Quiz page: printed, it gives
 * the class the same questions in the app. */
static void
quiz_options_on_screen (LecternWindow      *self,
                        LecternQuizOptions *options)
{
  const char *code;

  lectern_window_ensure_quiz_view (self);
  code = lectern_quiz_view_get_code (self->quiz_view);
  if (code != NULL && lectern_quiz_code_parse (code, options, NULL))
    return;

  /* No code to follow (cannot happen once the start page is built): the
   * settings, with a new seed. */
  {
    g_auto(GStrv) types = g_settings_get_strv (self->settings, "quiz-types");
    g_autofree char *joined = g_strjoinv (",", types);
    guint mask;

    lectern_quiz_options_init (options);
    options->count = g_settings_get_int (self->settings, "quiz-length");
    if (types[0] != NULL && lectern_quiz_types_parse (joined, &mask, NULL))
      options->types = mask;
    options->seed = g_random_int_range (1, G_MAXINT32);
  }
}

static LecternPaper
paper_from_settings (LecternWindow *self)
{
  g_autofree char *text = g_settings_get_string (self->settings, "paper-size");
  LecternPaper paper = LECTERN_PAPER_AUTO;

  lectern_paper_from_string (text, &paper);
  return paper;
}

static LecternWorksheet *
make_worksheet (LecternWindow *self)
{
  g_autoptr(GError) error = NULL;
  LecternQuizOptions options;
  LecternWorksheet *worksheet;

  quiz_options_on_screen (self, &options);
  worksheet = lectern_worksheet_new (self->pack, &options, &error);
  if (worksheet == NULL)
    lectern_window_add_toast (self, error->message);
  return worksheet;
}

static void
export_finish_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(LecternWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (source), result, &error);
  g_autofree char *path = NULL;
  g_autoptr(LecternWorksheet) worksheet = NULL;

  if (file == NULL)
    {
      _lectern_window_file_dialog_failed (self, error);
      return;
    }
  path = g_file_get_path (file);
  worksheet = make_worksheet (self);
  if (worksheet == NULL || path == NULL)
    return;
  if (lectern_worksheet_write_pdf (worksheet, paper_from_settings (self), path, &error))
    {
      g_autofree char *message = NULL;

      /* Translators: %s is a quiz code such as K7Q2-M9 */
      message = g_strdup_printf (_("Worksheet saved, quiz code %s"),
                                 lectern_worksheet_get_code (worksheet));
      lectern_window_add_toast (self, message);
    }
  else
    lectern_window_add_toast (self, error->message);
}

static void
export_worksheet_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  LecternWindow *self = LECTERN_WINDOW (widget);
  g_autoptr(GtkFileDialog) dialog = NULL;
  g_autoptr(GListStore) filters = NULL;
  g_autoptr(GtkFileFilter) filter = NULL;

  if (self->pack == NULL)
    return;
  dialog = gtk_file_dialog_new ();
  filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  filter = gtk_file_filter_new ();
  gtk_file_dialog_set_title (dialog, _("Export Worksheet"));
  gtk_file_dialog_set_accept_label (dialog, _("_Export"));
  gtk_file_filter_set_name (filter, _("PDF Documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  g_list_store_append (filters, filter);
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  gtk_file_dialog_set_default_filter (dialog, filter);
  /* Translators: default file name of an exported worksheet */
  gtk_file_dialog_set_initial_name (dialog, _("worksheet.pdf"));
  gtk_file_dialog_save (dialog, GTK_WINDOW (self), NULL, export_finish_cb, g_object_ref (self));
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                LecternWorksheet  *worksheet)
{
  guint n = lectern_worksheet_paginate (worksheet, gtk_print_context_get_width (context),
                                        gtk_print_context_get_height (context));

  gtk_print_operation_set_n_pages (operation, n);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              LecternWorksheet  *worksheet)
{
  lectern_worksheet_draw_page (worksheet, gtk_print_context_get_cairo_context (context), page);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  LecternWindow *self = LECTERN_WINDOW (widget);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) paper = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternWorksheet) worksheet = NULL;
  LecternPaper kind = paper_from_settings (self);

  if (self->pack == NULL || (worksheet = make_worksheet (self)) == NULL)
    return;

  /* The worksheet draws its own margins. */
  if (kind != LECTERN_PAPER_AUTO)
    {
      paper = gtk_paper_size_new (kind == LECTERN_PAPER_LETTER ? GTK_PAPER_NAME_LETTER
                                                               : GTK_PAPER_NAME_A4);
      gtk_page_setup_set_paper_size (setup, paper);
    }
  gtk_page_setup_set_top_margin (setup, 0, GTK_UNIT_POINTS);
  gtk_page_setup_set_bottom_margin (setup, 0, GTK_UNIT_POINTS);
  gtk_page_setup_set_left_margin (setup, 0, GTK_UNIT_POINTS);
  gtk_page_setup_set_right_margin (setup, 0, GTK_UNIT_POINTS);

  operation = gtk_print_operation_new ();
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_job_name (operation, lectern_pack_get_title (self->pack));
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect_object (operation, "begin-print", G_CALLBACK (begin_print_cb), worksheet, 0);
  g_signal_connect_object (operation, "draw-page", G_CALLBACK (draw_page_cb), worksheet, 0);
  g_object_set_data_full (G_OBJECT (operation), "worksheet", g_object_ref (worksheet),
                          g_object_unref);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (self), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    lectern_window_add_toast (self, error->message);
}

/* Dropping a pack on the window opens it. */
static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         LecternWindow *self)
{
  GFile *file = g_value_get_object (value);

  if (!G_IS_FILE (file))
    return FALSE;
  lectern_window_open_file (self, file);
  return TRUE;
}

void
lectern_window_classroom_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_property_action (widget_class, "win.present", "presenting");
  gtk_widget_class_install_action (widget_class, "win.export-worksheet", NULL,
                                   export_worksheet_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0, escape_cb, NULL);
}

void
lectern_window_classroom_init (LecternWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_FILE, GDK_ACTION_COPY);

  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}
