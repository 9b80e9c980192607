/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * Timeline layout benchmark: the layout maths of src/core for every event
 * of a pack (by default the generated pack of 10,000 events). Prints times;
 * asserts nothing about them.
 *
 *   bench-timeline PACK.json [ROUNDS]
 */

#include "config.h"

#include "bench-util.h"

#include <stdlib.h>

#include "lectern-core.h"
#include "lectern-timeline-layout.h"

#define VIEWPORT 1280.0
#define CHAR_WIDTH 7.0
#define CHROME 27.0
#define COMPACT 20.0

typedef struct
{
  const char *name;
  double      samples[64];
  guint       n;
} Timing;

static void
print_timing (Timing *timing,
              guint   n_events)
{
  bench_sort (timing->samples, timing->n);
  g_print ("  %-34s median %9.4f ms   min %9.4f ms   (%.1f ns per event)\n",
           timing->name, timing->samples[timing->n / 2], timing->samples[0],
           timing->samples[timing->n / 2] * 1e6 / MAX (n_events, 1));
}

/* One layout pass as the widget does it on a zoom change: positions, wanted
 * widths, lanes. */
static guint
layout_pass (LecternTimelineLayout *layout,
             const double          *starts,
             const double          *ends,
             const double          *title_widths,
             LecternTimelineSlot   *slots,
             guint                  n_events,
             double                 scale)
{
  LecternTimelinePacking packing = { 4, 8, 90, COMPACT };
  guint hidden = 0;

  for (guint i = 0; i < n_events; i++)
    {
      double x = lectern_timeline_layout_year_to_x (layout, starts[i], scale);

      slots[i].x = x - COMPACT / 2;
      slots[i].want = MIN (CHROME + title_widths[i], 240);
      slots[i].reserve = ends[i] > starts[i]
                         ? lectern_timeline_layout_year_to_x (layout, ends[i], scale) - x + COMPACT
                         : 0;
    }
  lectern_timeline_pack_lanes (slots, n_events, &packing);

  for (guint i = 0; i < n_events; i++)
    hidden += slots[i].state == LECTERN_TIMELINE_LABEL_HIDDEN;
  return hidden;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternPack) pack = NULL;
  g_autoptr(LecternTimelineLayout) layout = NULL;
  g_autofree double *starts = NULL;
  g_autofree double *ends = NULL;
  g_autofree double *title_widths = NULL;
  g_autofree LecternTimelineSlot *slots = NULL;
  Timing build = { "build axis (segments)", { 0 }, 0 };
  Timing pass_fit = { "positions + lanes, fit", { 0 }, 0 };
  Timing pass_zoom = { "positions + lanes, 8x fit", { 0 }, 0 };
  Timing pass_max = { "positions + lanes, largest zoom", { 0 }, 0 };
  Timing ticks = { "ticks for one screen", { 0 }, 0 };
  GListModel *events;
  guint rounds = 31;
  guint n_events;
  guint hidden[3] = { 0 };
  double fit;
  gint64 start;

  if (argc < 2)
    {
      g_printerr ("usage: %s PACK.json [ROUNDS]\n", argv[0]);
      return EXIT_FAILURE;
    }
  if (argc > 2)
    rounds = CLAMP (atoi (argv[2]), 1, 64);

  file = g_file_new_for_commandline_arg (argv[1]);
  start = g_get_monotonic_time ();
  pack = lectern_pack_load_file (file, NULL, &error);
  if (pack == NULL)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }

  events = lectern_pack_get_events (pack);
  n_events = g_list_model_get_n_items (events);
  starts = g_new (double, MAX (n_events, 1));
  ends = g_new (double, MAX (n_events, 1));
  title_widths = g_new (double, MAX (n_events, 1));
  slots = g_new0 (LecternTimelineSlot, MAX (n_events, 1));
  for (guint i = 0; i < n_events; i++)
    {
      g_autoptr(LecternEvent) event = g_list_model_get_item (events, i);
      const LecternDate *end = lectern_event_get_end (event);

      starts[i] = lectern_date_to_decimal_year (lectern_event_get_start (event));
      ends[i] = end != NULL ? lectern_date_to_decimal_year (end) : starts[i];
      /* The widget measures titles with Pango; here an estimate will do. */
      title_widths[i] = g_utf8_strlen (lectern_event_get_title (event), -1) * CHAR_WIDTH;
    }

  g_print ("timeline-layout: %s: %u events (loaded in %.1f ms)\n",
           argv[1], n_events, (g_get_monotonic_time () - start) / 1000.0);

  for (guint r = 0; r < rounds; r++)
    {
      start = g_get_monotonic_time ();
      g_clear_pointer (&layout, lectern_timeline_layout_free);
      layout = lectern_timeline_layout_new (NULL, starts, ends, n_events);
      build.samples[build.n++] = (g_get_monotonic_time () - start) / 1000.0;
    }

  fit = lectern_timeline_layout_get_min_scale (layout, VIEWPORT);
  for (guint r = 0; r < rounds; r++)
    {
      struct
      {
        Timing *timing;
        double  scale;
      } passes[] = {
        { &pass_fit, fit },
        { &pass_zoom, lectern_timeline_layout_clamp_scale (layout, 8 * fit, VIEWPORT) },
        { &pass_max, lectern_timeline_layout_get_max_scale (layout) },
      };

      for (guint p = 0; p < G_N_ELEMENTS (passes); p++)
        {
          start = g_get_monotonic_time ();
          hidden[p] = layout_pass (layout, starts, ends, title_widths, slots, n_events, passes[p].scale);
          passes[p].timing->samples[passes[p].timing->n++] = (g_get_monotonic_time () - start) / 1000.0;
        }

      start = g_get_monotonic_time ();
      for (guint s = 0; s < 10; s++)
        {
          double offset = s * lectern_timeline_layout_get_width (layout, 8 * fit) / 10;
          g_autoptr(GArray) array = lectern_timeline_layout_get_ticks (layout, 8 * fit, 48, 6,
                                                                       offset, offset + VIEWPORT);

          g_assert (array != NULL);
        }
      ticks.samples[ticks.n++] = (g_get_monotonic_time () - start) / 10000.0;
    }

  g_print ("  axis: %u segments, %.0f years; fit for %.0f px: %.3f px/year\n",
           lectern_timeline_layout_get_n_segments (layout), lectern_timeline_layout_get_years (layout),
           VIEWPORT, fit);
  print_timing (&build, n_events);
  print_timing (&pass_fit, n_events);
  print_timing (&pass_zoom, n_events);
  print_timing (&pass_max, n_events);
  bench_sort (ticks.samples, ticks.n);
  g_print ("  %-34s median %9.1f us\n", ticks.name, ticks.samples[ticks.n / 2] * 1000);
  g_print ("  events without room (hidden): %u at fit, %u at 8x, %u at the largest zoom\n",
           hidden[0], hidden[1], hidden[2]);

  return EXIT_SUCCESS;
}
