/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "bench-frames.h"

static gint64 frame_start;
static gint64 frame_time;
static guint frames_done;

static void
layout_cb (GdkFrameClock *clock,
           gpointer       data)
{
  if (frame_start == 0)
    frame_start = g_get_monotonic_time ();
}

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       data)
{
  if (frame_start != 0)
    frame_time = g_get_monotonic_time () - frame_start;
  frame_start = 0;
  frames_done++;
}

void
bench_frames_watch (GtkWidget *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  g_signal_connect (clock, "layout", G_CALLBACK (layout_cb), NULL);
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), NULL);
}

void
bench_frames_unwatch (GtkWidget *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  g_signal_handlers_disconnect_by_func (clock, layout_cb, NULL);
  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, NULL);
}

void
bench_frames_wait (GtkWidget *widget)
{
  guint target = frames_done + 1;

  gtk_widget_queue_draw (widget);
  while (frames_done < target)
    g_main_context_iteration (NULL, TRUE);
}

guint
bench_frames_done (void)
{
  return frames_done;
}

double
bench_frames_last_ms (void)
{
  return frame_time / 1000.0;
}
