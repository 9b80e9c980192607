/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lectern-window-private.h"

/*
 * What the window builds only when it is needed, so that its first frame
 * comes sooner: the Quiz page, hidden at startup, is built when it is first
 * shown or when the main loop is idle after the first frame (building and
 * measuring it took about a fifth of the work before that frame); the
 * shortcuts window when it is first asked for.
 */

void
lectern_window_ensure_quiz_view (LecternWindow *self)
{
  if (self->quiz_view != NULL)
    return;

  g_clear_handle_id (&self->quiz_idle_id, g_source_remove);
  self->quiz_view = LECTERN_QUIZ_VIEW (lectern_quiz_view_new ());
  g_object_bind_property (self, "pack", self->quiz_view, "pack", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "selection", self->quiz_view, "selection", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "presenting", self->quiz_view, "reveal-mode",
                          G_BINDING_SYNC_CREATE);
  adw_bin_set_child (self->quiz_page, GTK_WIDGET (self->quiz_view));
}

static gboolean
build_quiz_idle_cb (gpointer data)
{
  LecternWindow *self = data;

  self->quiz_idle_id = 0;
  lectern_window_ensure_quiz_view (self);
  return G_SOURCE_REMOVE;
}

static void
after_paint_cb (GdkFrameClock *clock,
                LecternWindow *self)
{
  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, self);
  if (self->quiz_view == NULL && self->quiz_idle_id == 0)
    self->quiz_idle_id = g_idle_add_full (G_PRIORITY_LOW, build_quiz_idle_cb, self, NULL);
}

static void
realize_cb (LecternWindow *self)
{
  if (self->quiz_view == NULL)
    g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (self)), "after-paint",
                             G_CALLBACK (after_paint_cb), self, 0);
}

/* Built when first asked for, not with every window (and not at
 * shortcuts-dialog.ui, where AdwApplication would build it itself). */
static void
show_help_overlay_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  g_autoptr(GtkBuilder) builder =
    gtk_builder_new_from_resource (RESOURCE_PATH "/lectern-shortcuts-dialog.ui");
  AdwDialog *dialog = ADW_DIALOG (gtk_builder_get_object (builder, "shortcuts_dialog"));

  adw_dialog_present (dialog, widget);
}

void
lectern_window_deferred_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL,
                                   show_help_overlay_action);
}

void
lectern_window_deferred_init (LecternWindow *self)
{
  g_signal_connect (self, "realize", G_CALLBACK (realize_cb), NULL);
}
