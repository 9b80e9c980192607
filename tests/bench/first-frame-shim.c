/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define _GNU_SOURCE /* RTLD_NEXT */
#include "config.h"

#include <dlfcn.h>
#include <stdio.h>
#include <unistd.h>

#include <gtk/gtk.h>

/*
 * LD_PRELOAD'ed into a GTK program by tests/tools/measure-startup.sh: wraps
 * gtk_window_present() so that the first "after-paint" of the first window
 * presented prints
 *
 *   first-frame MONOTONIC_MICROSECONDS
 *
 * on standard output (the clock of g_get_monotonic_time(), CLOCK_MONOTONIC),
 * then, with LECTERN_EXIT_AFTER_FIRST_FRAME=1, ends the process. The same
 * code measures Lectern and the bare window, and neither carries any of it.
 */

void gtk_window_present (GtkWindow *window);

static gboolean reported;

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       user_data)
{
  if (reported)
    return;
  reported = TRUE;
  printf ("first-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  fflush (stdout);
  if (g_strcmp0 (g_getenv ("LECTERN_EXIT_AFTER_FIRST_FRAME"), "1") == 0)
    _exit (0);
}

static void
watch_frame_clock (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  if (clock != NULL)
    g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), NULL);
}

static void
realize_cb (GtkWidget *widget,
            gpointer   user_data)
{
  watch_frame_clock (widget);
}

void
gtk_window_present (GtkWindow *window)
{
  static void (*real_present) (GtkWindow *window);
  static gboolean watching;

  if (real_present == NULL)
    real_present = (void (*) (GtkWindow *)) dlsym (RTLD_NEXT, "gtk_window_present");

  if (!watching)
    {
      watching = TRUE;
      if (gtk_widget_get_realized (GTK_WIDGET (window)))
        watch_frame_clock (GTK_WIDGET (window));
      else
        g_signal_connect (window, "realize", G_CALLBACK (realize_cb), NULL);
    }
  real_present (window);
}
