/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * Timeline frame benchmark: a 1280-pixel timeline panning one frame at a
 * time over packs of different sizes. For each pack and zoom it prints the
 * time the timeline spends laying out and snapshotting itself (its items
 * included) per frame, the whole frame as the frame clock sees it, and how
 * many item children are alive. Needs a display (run under xvfb-run);
 * without one it reports a skip.
 *
 *   bench-timeline-ui PACK.json...
 */

#include "config.h"

#include <stdlib.h>

#include "bench-frames.h"
#include "lectern-application.h"
#include "lectern-timeline.h"

#define FRAMES 120
#define PAN 37.0

static void (* parent_size_allocate) (GtkWidget *, int, int, int);
static void (* parent_snapshot) (GtkWidget *, GtkSnapshot *);
static gint64 widget_time;

static void
timed_size_allocate (GtkWidget *widget,
                     int        width,
                     int        height,
                     int        baseline)
{
  gint64 start = g_get_monotonic_time ();

  parent_size_allocate (widget, width, height, baseline);
  widget_time += g_get_monotonic_time () - start;
}

static void
timed_snapshot (GtkWidget   *widget,
                GtkSnapshot *snapshot)
{
  gint64 start = g_get_monotonic_time ();

  parent_snapshot (widget, snapshot);
  widget_time += g_get_monotonic_time () - start;
}

static void
run (GtkWidget       *window,
     LecternTimeline *timeline,
     guint            n_events,
     const char      *zoom)
{
  double widget_ms[FRAMES];
  double frame_ms[FRAMES];
  guint alive_max = 0;
  guint64 alive_sum = 0;
  double direction = 1;

  for (guint f = 0; f < FRAMES; f++)
    {
      double scale = lectern_timeline_get_scale (timeline);

      /* Back and forth along the axis. */
      if (f > 0 && f % 40 == 0)
        direction = -direction;
      lectern_timeline_pan (timeline, direction * PAN);
      widget_time = 0;
      bench_frames_wait (window);
      widget_ms[f] = widget_time / 1000.0;
      frame_ms[f] = bench_frames_last_ms ();
      alive_sum += lectern_timeline_get_n_items_alive (timeline);
      alive_max = MAX (alive_max, lectern_timeline_get_n_items_alive (timeline));
      g_assert (scale == lectern_timeline_get_scale (timeline));
    }

  bench_sort (widget_ms, FRAMES);
  bench_sort (frame_ms, FRAMES);
  g_print ("  %6u events  %-9s timeline layout+snapshot: median %6.3f ms, p95 %6.3f ms;"
           "  whole frame: median %6.2f ms;  items alive: mean %5.1f, max %3u\n",
           n_events, zoom, widget_ms[FRAMES / 2], widget_ms[FRAMES * 95 / 100],
           frame_ms[FRAMES / 2], (double) alive_sum / FRAMES, alive_max);
}

int
main (int   argc,
      char *argv[])
{
  GtkWidgetClass *widget_class;

  if (argc < 2)
    {
      g_printerr ("usage: %s PACK.json...\n", argv[0]);
      return EXIT_FAILURE;
    }

  if (!gtk_init_check ())
    {
      g_print ("timeline-frames: skipped, no display (run under xvfb-run)\n");
      return 77;
    }
  adw_init ();
  lectern_ui_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  widget_class = g_type_class_ref (LECTERN_TYPE_TIMELINE);
  parent_size_allocate = widget_class->size_allocate;
  parent_snapshot = widget_class->snapshot;
  widget_class->size_allocate = timed_size_allocate;
  widget_class->snapshot = timed_snapshot;

  g_print ("timeline-frames: 1280 px wide, %d frames panning %.0f px each, GSK_RENDERER=%s\n",
           FRAMES, PAN, g_getenv ("GSK_RENDERER") ? g_getenv ("GSK_RENDERER") : "(default)");

  for (int a = 1; a < argc; a++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[a]);
      g_autoptr(GError) error = NULL;
      g_autoptr(LecternPack) pack = lectern_pack_load_file (file, NULL, &error);
      g_autoptr(LecternSelection) selection = lectern_selection_new ();
      LecternTimeline *timeline;
      GtkWidget *window;
      guint n_events;
      gint64 start;

      if (pack == NULL)
        {
          g_printerr ("%s\n", error->message);
          return EXIT_FAILURE;
        }
      n_events = g_list_model_get_n_items (lectern_pack_get_events (pack));

      window = gtk_window_new ();
      gtk_window_set_default_size (GTK_WINDOW (window), 1280, 240);
      timeline = LECTERN_TIMELINE (lectern_timeline_new ());
      lectern_timeline_set_pack (timeline, pack);
      lectern_timeline_set_selection (timeline, selection);
      gtk_widget_set_valign (GTK_WIDGET (timeline), GTK_ALIGN_START);
      gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (timeline));
      start = g_get_monotonic_time ();
      widget_time = 0;
      gtk_window_present (GTK_WINDOW (window));

      bench_frames_watch (window);
      bench_frames_wait (window);
      g_print ("  %6u events  first frame: %.1f ms (timeline %.1f ms, creating the visible items)\n",
               n_events, (g_get_monotonic_time () - start) / 1000.0, widget_time / 1000.0);
      for (guint i = 0; i < 2; i++)
        bench_frames_wait (window);

      run (window, timeline, n_events, "default");

      gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.zoom-fit", NULL);
      bench_frames_wait (window);
      run (window, timeline, n_events, "fit");

      for (guint i = 0; i < 5; i++)
        gtk_widget_activate_action (GTK_WIDGET (timeline), "timeline.zoom-in", NULL);
      bench_frames_wait (window);
      run (window, timeline, n_events, "fit x7.6");

      bench_frames_unwatch (window);
      gtk_window_destroy (GTK_WINDOW (window));
    }

  g_type_class_unref (widget_class);
  return EXIT_SUCCESS;
}
