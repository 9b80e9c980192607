/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "lectern-timeline-layout.h"

#define EPSILON 1e-9

/* The years of the bundled article: one event in 1947, one in 1999, then a
 * cluster from 2011 to 2024. */
static const double article_years[] = {
  2011, 1947, 1999, 2011, 2013, 2014, 2014, 2015, 2016,
  2018, 2020, 2021, 2021, 2022, 2022, 2024, 2024,
};

static LecternTimelineLayout *
new_article_layout (void)
{
  return lectern_timeline_layout_new (NULL, article_years, NULL, G_N_ELEMENTS (article_years));
}

/* Axis breaks */

typedef struct
{
  const char *name;
  double      starts[8];
  double      ends[8];   /* 0: a point */
  guint       n_spans;
  double      expected[8][2];
  guint       n_segments;
} SegmentCase;

static const SegmentCase segment_cases[] = {
  { "empty", { 0 }, { 0 }, 0, { { 0 } }, 0 },
  { "one point", { 2014 }, { 0 }, 1, { { 2013, 2015 } }, 1 },
  { "fraction rounds outwards", { 2014.5 }, { 0 }, 1, { { 2013, 2016 } }, 1 },
  { "short gap kept", { 2000, 2005 }, { 0 }, 2, { { 1999, 2006 } }, 1 },
  { "gap of exactly the limit kept", { 2000, 2008 }, { 0 }, 2, { { 1999, 2009 } }, 1 },
  { "longer gap broken", { 2000, 2009 }, { 0 }, 2, { { 1999, 2001 }, { 2008, 2010 } }, 2 },
  { "unsorted input", { 2024, 1947, 1999, 2011, 2020, 2016 }, { 0 }, 6,
    { { 1946, 1948 }, { 1998, 2000 }, { 2010, 2025 } }, 3 },
  { "a range bridges its years", { 1950, 2011 }, { 2000, 0 }, 2, { { 1949, 2001 }, { 2010, 2012 } }, 2 },
  { "end before start is a point", { 2014 }, { 1990 }, 1, { { 2013, 2015 } }, 1 },
  { "nested range", { 1990, 1995 }, { 2010, 1996 }, 2, { { 1989, 2011 } }, 1 },
};

static void
test_segments (void)
{
  for (guint c = 0; c < G_N_ELEMENTS (segment_cases); c++)
    {
      const SegmentCase *tc = &segment_cases[c];
      double ends[8];
      g_autoptr(LecternTimelineLayout) layout = NULL;

      g_test_message ("case: %s", tc->name);
      for (guint i = 0; i < tc->n_spans; i++)
        ends[i] = tc->ends[i] != 0 ? tc->ends[i] : tc->starts[i];

      layout = lectern_timeline_layout_new (NULL, tc->starts, ends, tc->n_spans);
      g_assert_cmpuint (lectern_timeline_layout_get_n_segments (layout), ==, tc->n_segments);
      for (guint i = 0; i < tc->n_segments; i++)
        {
          const LecternTimelineSegment *segment = lectern_timeline_layout_get_segment (layout, i);

          g_assert_cmpfloat_with_epsilon (segment->start, tc->expected[i][0], EPSILON);
          g_assert_cmpfloat_with_epsilon (segment->end, tc->expected[i][1], EPSILON);
        }
    }
}

static void
test_article_breaks (void)
{
  g_autoptr(LecternTimelineLayout) layout = new_article_layout ();
  g_autoptr(LecternTimelineLayout) unbroken = NULL;
  LecternTimelineParams params;
  double fit;
  double fit_unbroken;

  /* 1947 → 1999 and 1999 → 2011 are cut out. */
  g_assert_cmpuint (lectern_timeline_layout_get_n_segments (layout), ==, 3);
  g_assert_cmpfloat_with_epsilon (lectern_timeline_layout_get_years (layout), 19, EPSILON);

  /* At 1280 pixels the cluster gets several times the room it would get
   * without breaks: a year is wide enough for its label. */
  lectern_timeline_params_init (&params);
  params.min_gap_years = 1000;
  unbroken = lectern_timeline_layout_new (&params, article_years, NULL, G_N_ELEMENTS (article_years));
  fit = lectern_timeline_layout_get_fit_scale (layout, 1280);
  fit_unbroken = lectern_timeline_layout_get_fit_scale (unbroken, 1280);
  g_assert_cmpuint (lectern_timeline_layout_get_n_segments (unbroken), ==, 1);
  g_assert_cmpfloat (fit, >=, 50);
  g_assert_cmpfloat (fit_unbroken, <, 16);
  g_assert_cmpfloat (fit, >, 3 * fit_unbroken);
}

typedef struct
{
  double year;
  double x;
} PositionCase;

/* margin 24, break 36, scale 10; segments [1946,1948] [1998,2000] [2010,2025] */
static const PositionCase position_cases[] = {
  { 1940, -36 },   /* before everything: extrapolated */
  { 1946, 24 },
  { 1947, 34 },
  { 1948, 44 },
  { 1973, 62 },    /* half way through the first break */
  { 1998, 80 },
  { 1999, 90 },
  { 2000, 100 },
  { 2005, 118 },   /* half way through the second break */
  { 2010, 136 },
  { 2014, 176 },
  { 2014.5, 181 },
  { 2025, 286 },
  { 2030, 336 },   /* after everything: extrapolated */
};

static void
test_year_to_x (void)
{
  g_autoptr(LecternTimelineLayout) layout = new_article_layout ();

  g_assert_cmpfloat_with_epsilon (lectern_timeline_layout_get_width (layout, 10), 310, EPSILON);
  g_assert_cmpfloat_with_epsilon (lectern_timeline_layout_get_break_x (layout, 0, 10), 44, EPSILON);
  g_assert_cmpfloat_with_epsilon (lectern_timeline_layout_get_break_x (layout, 1, 10), 100, EPSILON);

  for (guint c = 0; c < G_N_ELEMENTS (position_cases); c++)
    {
      const PositionCase *tc = &position_cases[c];
      double x = lectern_timeline_layout_year_to_x (layout, tc->year, 10);

      g_test_message ("year %g", tc->year);
      g_assert_cmpfloat_with_epsilon (x, tc->x, EPSILON);
      g_assert_cmpfloat_with_epsilon (lectern_timeline_layout_x_to_year (layout, tc->x, 10),
                                      tc->year, 1e-6);
    }
}

static void
test_monotonic (void)
{
  g_autoptr(LecternTimelineLayout) layout = new_article_layout ();
  static const double scales[] = { 0.5, 3, 10, 61.5, 480 };

  for (guint s = 0; s < G_N_ELEMENTS (scales); s++)
    {
      double previous = -G_MAXDOUBLE;

      for (double year = 1900; year <= 2050; year += 0.25)
        {
          double x = lectern_timeline_layout_year_to_x (layout, year, scales[s]);

          g_assert_cmpfloat (x, >, previous);
          /* Continuous: a quarter year never jumps further than a break. */
          if (previous > -G_MAXDOUBLE)
            g_assert_cmpfloat (x - previous, <=, MAX (0.25 * scales[s], 36 * 0.25 / 10) + EPSILON);
          g_assert_cmpfloat_with_epsilon (lectern_timeline_layout_x_to_year (layout, x, scales[s]),
                                          year, 1e-6);
          previous = x;
        }
    }
}

static void
test_empty_layout (void)
{
  g_autoptr(LecternTimelineLayout) layout = lectern_timeline_layout_new (NULL, NULL, NULL, 0);
  g_autoptr(GArray) ticks = NULL;

  g_assert_cmpuint (lectern_timeline_layout_get_n_segments (layout), ==, 0);
  g_assert_cmpfloat_with_epsilon (lectern_timeline_layout_get_width (layout, 50), 48, EPSILON);
  g_assert_cmpfloat_with_epsilon (lectern_timeline_layout_year_to_x (layout, 2014, 50), 24, EPSILON);
  g_assert_cmpfloat (lectern_timeline_layout_clamp_scale (layout, 1e9, 800), <=,
                     LECTERN_TIMELINE_DEFAULT_MAX_SCALE);
  ticks = lectern_timeline_layout_get_ticks (layout, 50, 48, 6, 0, 1000);
  g_assert_cmpuint (ticks->len, ==, 0);
}

/* Ticks */

typedef struct
{
  double scale;
  double min_spacing;
  int    step;
} StepCase;

static const StepCase step_cases[] = {
  { 480, 48, 1 },
  { 61, 48, 1 },
  { 48, 48, 1 },
  { 47.9, 48, 2 },
  { 24, 48, 2 },
  { 12, 48, 5 },
  { 9.6, 48, 5 },
  { 5, 48, 10 },
  { 2.4, 48, 20 },
  { 1, 48, 50 },
  { 0.3, 48, 200 },
  { 0.05, 48, 1000 },
  { 0.0001, 48, 5000 },
};

static void
test_tick_step (void)
{
  for (guint c = 0; c < G_N_ELEMENTS (step_cases); c++)
    {
      const StepCase *tc = &step_cases[c];

      g_test_message ("scale %g", tc->scale);
      g_assert_cmpint (lectern_timeline_choose_tick_step (tc->scale, tc->min_spacing), ==, tc->step);
    }
}

typedef struct
{
  int    step;
  double scale;
  int    minor;
} MinorCase;

static const MinorCase minor_cases[] = {
  { 1, 480, 0 },    /* no ticks finer than a year */
  { 2, 30, 1 },
  { 5, 12, 1 },
  { 5, 5, 0 },      /* years would be 5 pixels apart */
  { 10, 6, 1 },     /* decades, minor years */
  { 10, 5, 2 },
  { 10, 1.2, 5 },
  { 100, 0.5, 20 },
  { 1000, 0.001, 0 },
};

static void
test_minor_step (void)
{
  for (guint c = 0; c < G_N_ELEMENTS (minor_cases); c++)
    {
      const MinorCase *tc = &minor_cases[c];

      g_test_message ("step %d scale %g", tc->step, tc->scale);
      g_assert_cmpint (lectern_timeline_choose_minor_step (tc->step, tc->scale, 6), ==, tc->minor);
    }
}

static void
check_ticks (LecternTimelineLayout *layout,
             GArray                *ticks,
             double                 scale,
             double                 min_spacing,
             double                 x_from,
             double                 x_to)
{
  double last_label = -G_MAXDOUBLE;
  double last_x = -G_MAXDOUBLE;

  for (guint i = 0; i < ticks->len; i++)
    {
      const LecternTimelineTick *tick = &g_array_index (ticks, LecternTimelineTick, i);

      g_assert_cmpfloat (tick->x, >, last_x);
      g_assert_cmpfloat (tick->x, >=, x_from);
      g_assert_cmpfloat (tick->x, <=, x_to);
      g_assert_cmpfloat_with_epsilon (tick->x,
                                      lectern_timeline_layout_year_to_x (layout, tick->year, scale),
                                      1e-6);
      g_assert_true (!tick->labelled || tick->major);
      if (tick->labelled)
        {
          g_assert_cmpfloat (tick->x - last_label, >=, min_spacing - 1e-6);
          last_label = tick->x;
        }
      last_x = tick->x;
    }
}

static gboolean
has_labelled_tick (GArray *ticks,
                   int     year)
{
  for (guint i = 0; i < ticks->len; i++)
    {
      const LecternTimelineTick *tick = &g_array_index (ticks, LecternTimelineTick, i);

      if (tick->year == year)
        return tick->labelled;
    }
  return FALSE;
}

typedef struct
{
  double scale;
  int    labelled[6];     /* must be labelled; 0 ends */
  int    unlabelled[4];   /* must be there without a label; 0 ends */
} ArticleTickCase;

static const ArticleTickCase article_tick_cases[] = {
  /* Years. 1948 and 1998 are one break (36 px) apart: 1998 gives way, as
   * 2010 does to 2000 at every zoom. */
  { 61, { 1946, 1947, 1948, 1999, 2011, 2024 }, { 1998, 0 } },
  /* two years */
  { 30, { 1946, 1948, 2000, 2012, 2024, 0 }, { 1998, 2010, 2011, 0 } },
  /* five years: the 1946–1948 segment has no multiple of five, it gets 1947 */
  { 12, { 1947, 2000, 2015, 2025, 0 }, { 2010, 2011, 0 } },
  /* decades */
  { 5, { 1947, 2000, 2020, 0 }, { 2010, 0 } },
};

static void
test_ticks_article (void)
{
  g_autoptr(LecternTimelineLayout) layout = new_article_layout ();

  for (guint c = 0; c < G_N_ELEMENTS (article_tick_cases); c++)
    {
      const ArticleTickCase *tc = &article_tick_cases[c];
      double width = lectern_timeline_layout_get_width (layout, tc->scale);
      g_autoptr(GArray) ticks = lectern_timeline_layout_get_ticks (layout, tc->scale, 48, 6, 0, width);

      g_test_message ("scale %g", tc->scale);
      check_ticks (layout, ticks, tc->scale, 48, 0, width);
      for (guint i = 0; i < G_N_ELEMENTS (tc->labelled) && tc->labelled[i] != 0; i++)
        {
          g_test_message ("labelled %d", tc->labelled[i]);
          g_assert_true (has_labelled_tick (ticks, tc->labelled[i]));
        }
      for (guint i = 0; i < G_N_ELEMENTS (tc->unlabelled) && tc->unlabelled[i] != 0; i++)
        {
          gboolean found = FALSE;

          g_test_message ("unlabelled %d", tc->unlabelled[i]);
          for (guint t = 0; t < ticks->len; t++)
            found |= g_array_index (ticks, LecternTimelineTick, t).year == tc->unlabelled[i];
          g_assert_true (found);
          g_assert_false (has_labelled_tick (ticks, tc->unlabelled[i]));
        }
    }
}

static void
test_ticks_window (void)
{
  g_autoptr(LecternTimelineLayout) layout = new_article_layout ();
  double scale = 61;
  double width = lectern_timeline_layout_get_width (layout, scale);
  g_autoptr(GArray) all = lectern_timeline_layout_get_ticks (layout, scale, 48, 6, 0, width);

  /* A window onto the axis gives the same ticks, labels included, as the
   * whole axis does: labels do not flicker while panning. */
  for (double from = 0; from < width; from += 37)
    {
      g_autoptr(GArray) part = lectern_timeline_layout_get_ticks (layout, scale, 48, 6, from, from + 300);
      guint j = 0;

      check_ticks (layout, part, scale, 48, from, from + 300);
      for (guint i = 0; i < all->len; i++)
        {
          const LecternTimelineTick *tick = &g_array_index (all, LecternTimelineTick, i);

          if (tick->x < from || tick->x > from + 300)
            continue;
          g_assert_cmpuint (j, <, part->len);
          g_assert_cmpint (g_array_index (part, LecternTimelineTick, j).year, ==, tick->year);
          g_assert_cmpint (g_array_index (part, LecternTimelineTick, j).labelled, ==, tick->labelled);
          j++;
        }
      g_assert_cmpuint (j, ==, part->len);
    }
}

/* Zoom bounds */

static void
test_zoom_bounds (void)
{
  g_autoptr(LecternTimelineLayout) layout = new_article_layout ();
  double fit = lectern_timeline_layout_get_fit_scale (layout, 1280);
  struct
  {
    double viewport;
    double scale;
    double expected;
  } cases[] = {
    { 1280, 1, fit },                                   /* cannot zoom out past everything */
    { 1280, fit + 10, fit + 10 },
    { 1280, 1e6, LECTERN_TIMELINE_DEFAULT_MAX_SCALE },
    { 1280, NAN, fit },
    { 1280, INFINITY, fit },
    { 100, 0, LECTERN_TIMELINE_DEFAULT_MIN_SCALE },     /* breaks alone do not fit */
  };

  /* Everything fits exactly at the fit scale. */
  g_assert_cmpfloat_with_epsilon (lectern_timeline_layout_get_width (layout, fit), 1280, 1e-6);
  g_assert_cmpfloat_with_epsilon (fit, (1280 - 48 - 72) / 19.0, 1e-9);

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_test_message ("case %u", c);
      g_assert_cmpfloat_with_epsilon (lectern_timeline_layout_clamp_scale (layout, cases[c].scale,
                                                                           cases[c].viewport),
                                      cases[c].expected, 1e-9);
    }

  /* A single event fits at any zoom: the largest zoom bounds both ends. */
  {
    double one[] = { 2014 };
    g_autoptr(LecternTimelineLayout) single = lectern_timeline_layout_new (NULL, one, NULL, 1);

    g_assert_cmpfloat_with_epsilon (lectern_timeline_layout_get_min_scale (single, 1280),
                                    LECTERN_TIMELINE_DEFAULT_MAX_SCALE, 1e-9);
    g_assert_cmpfloat_with_epsilon (lectern_timeline_layout_clamp_scale (single, 3, 1280),
                                    LECTERN_TIMELINE_DEFAULT_MAX_SCALE, 1e-9);
  }
}

static void
test_zoom_anchor (void)
{
  g_autoptr(LecternTimelineLayout) layout = new_article_layout ();
  struct
  {
    double old_scale;
    double new_scale;
    double offset;
    double anchor;
  } cases[] = {
    { 61, 122, 0, 640 },
    { 61, 30.5, 400, 0 },
    { 10, 480, 100, 33 },
    { 100, 50, 0, 240 },     /* anchor inside the first break */
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      double before = lectern_timeline_layout_x_to_year (layout, cases[c].offset + cases[c].anchor,
                                                         cases[c].old_scale);
      double offset = lectern_timeline_layout_zoom_offset (layout, cases[c].old_scale,
                                                           cases[c].new_scale, cases[c].offset,
                                                           cases[c].anchor);
      double after = lectern_timeline_layout_x_to_year (layout, offset + cases[c].anchor,
                                                        cases[c].new_scale);

      g_test_message ("case %u", c);
      g_assert_cmpfloat_with_epsilon (before, after, 1e-6);
    }
}

/* Lane packing */

#define FULL LECTERN_TIMELINE_LABEL_FULL
#define ELIDED LECTERN_TIMELINE_LABEL_ELIDED
#define COMPACT LECTERN_TIMELINE_LABEL_COMPACT
#define HIDDEN LECTERN_TIMELINE_LABEL_HIDDEN

typedef struct
{
  const char *name;
  guint       max_lanes;
  guint       n_slots;
  struct
  {
    double x;
    double want;
    double reserve;
  } in[6];
  struct
  {
    int                       lane;
    LecternTimelineLabelState state;
    double                    width;
  } out[6];
  guint       lanes_used;
} PackCase;

/* spacing 4, min label 40, compact 12 */
static const PackCase pack_cases[] = {
  { "apart", 4, 3,
    { { 0, 100, 0 }, { 104, 100, 0 }, { 300, 50, 0 } },
    { { 0, FULL, 100 }, { 0, FULL, 100 }, { 0, FULL, 50 } }, 1 },
  { "one pixel short of the spacing", 4, 2,
    { { 0, 100, 0 }, { 103, 100, 0 } },
    { { 0, FULL, 100 }, { 1, FULL, 100 } }, 2 },
  { "overlapping stack into lanes", 4, 3,
    { { 0, 100, 0 }, { 10, 100, 0 }, { 20, 100, 0 } },
    { { 0, FULL, 100 }, { 1, FULL, 100 }, { 2, FULL, 100 } }, 3 },
  { "a freed lane is reused first", 3, 4,
    { { 0, 100, 0 }, { 10, 200, 0 }, { 110, 50, 0 }, { 120, 50, 0 } },
    { { 0, FULL, 100 }, { 1, FULL, 200 }, { 0, FULL, 50 }, { 2, FULL, 50 } }, 3 },
  { "full lanes elide the roomiest", 2, 3,
    { { 0, 100, 0 }, { 10, 100, 0 }, { 60, 100, 0 } },
    { { 0, ELIDED, 56 }, { 1, FULL, 100 }, { 0, FULL, 100 } }, 2 },
  { "too little room: compact", 2, 3,
    { { 0, 100, 0 }, { 10, 100, 0 }, { 20, 100, 0 } },
    { { 0, COMPACT, 12 }, { 1, FULL, 100 }, { 0, FULL, 100 } }, 2 },
  { "short label fits whole", 1, 2,
    { { 0, 20, 0 }, { 30, 100, 0 } },
    { { 0, FULL, 20 }, { 0, FULL, 100 } }, 1 },
  { "no room at all: hidden", 1, 3,
    { { 0, 100, 0 }, { 5, 100, 0 }, { 200, 100, 0 } },
    { { 0, FULL, 100 }, { 0, HIDDEN, 100 }, { 0, FULL, 100 } }, 1 },
  { "same date in every lane", 2, 4,
    { { 50, 100, 0 }, { 50, 100, 0 }, { 50, 100, 0 }, { 160, 30, 0 } },
    { { 0, FULL, 100 }, { 1, FULL, 100 }, { 0, HIDDEN, 100 }, { 0, FULL, 30 } }, 2 },
  { "a range bar is never elided", 1, 2,
    { { 0, 60, 80 }, { 50, 100, 0 } },
    { { 0, FULL, 80 }, { 0, HIDDEN, 100 } }, 1 },
  { "a range bar is kept when its label goes", 1, 2,
    { { 0, 200, 30 }, { 50, 100, 0 } },
    { { 0, ELIDED, 46 }, { 0, FULL, 100 } }, 1 },
  { "narrower than compact widens", 1, 2,
    { { 0, 5, 0 }, { 16, 5, 0 } },
    { { 0, FULL, 12 }, { 0, FULL, 12 } }, 1 },
};

static void
test_pack_lanes (void)
{
  LecternTimelinePacking packing = { 0, 4, 40, 12 };

  for (guint c = 0; c < G_N_ELEMENTS (pack_cases); c++)
    {
      const PackCase *tc = &pack_cases[c];
      LecternTimelineSlot slots[6] = { { 0 } };
      guint used;

      g_test_message ("case: %s", tc->name);
      for (guint i = 0; i < tc->n_slots; i++)
        {
          slots[i].x = tc->in[i].x;
          slots[i].want = tc->in[i].want;
          slots[i].reserve = tc->in[i].reserve;
        }
      packing.max_lanes = tc->max_lanes;
      used = lectern_timeline_pack_lanes (slots, tc->n_slots, &packing);

      g_assert_cmpuint (used, ==, tc->lanes_used);
      for (guint i = 0; i < tc->n_slots; i++)
        {
          g_test_message ("slot %u", i);
          g_assert_cmpint (slots[i].lane, ==, tc->out[i].lane);
          g_assert_cmpint (slots[i].state, ==, tc->out[i].state);
          g_assert_cmpfloat_with_epsilon (slots[i].width, tc->out[i].width, EPSILON);
        }
    }
}

static void
test_pack_lanes_random (void)
{
  LecternTimelinePacking packing = { 4, 6, 48, 16 };
  const gsize n = 2000;
  g_autofree LecternTimelineSlot *slots = g_new0 (LecternTimelineSlot, n);
  g_autofree double *lane_end = g_new (double, packing.max_lanes);
  double x = 0;
  guint used;

  /* Dense and sparse stretches; equal dates now and then. */
  for (gsize i = 0; i < n; i++)
    {
      x += g_test_rand_int_range (0, 4) == 0 ? 0 : g_test_rand_double_range (0, 120);
      slots[i].x = x;
      slots[i].want = g_test_rand_double_range (10, 260);
      slots[i].reserve = g_test_rand_int_range (0, 10) == 0 ? g_test_rand_double_range (0, 100) : 0;
    }

  used = lectern_timeline_pack_lanes (slots, n, &packing);
  g_assert_cmpuint (used, <=, packing.max_lanes);
  g_assert_cmpuint (used, >, 1);

  /* No two shown slots of one lane overlap; widths honour their limits. */
  for (guint l = 0; l < packing.max_lanes; l++)
    lane_end[l] = -G_MAXDOUBLE;
  for (gsize i = 0; i < n; i++)
    {
      const LecternTimelineSlot *slot = &slots[i];

      g_assert_cmpint (slot->lane, >=, 0);
      g_assert_cmpint (slot->lane, <, (int) packing.max_lanes);
      if (slot->state == HIDDEN)
        continue;
      g_assert_cmpfloat (slot->width, >=, slot->reserve);
      g_assert_cmpfloat (slot->width, >=, packing.compact_width);
      if (slot->state == FULL)
        g_assert_cmpfloat (slot->width, >=, slot->want);
      if (slot->state == ELIDED)
        g_assert_cmpfloat (slot->width, >=, packing.min_label_width);
      g_assert_cmpfloat (lane_end[slot->lane] + packing.spacing, <=, slot->x + 1e-9);
      lane_end[slot->lane] = slot->x + slot->width;
    }
}

static void
test_lower_bound (void)
{
  LecternTimelineSlot slots[5] = { { 0 } };
  static const double xs[5] = { 0, 10, 10, 20, 30 };
  struct
  {
    double x;
    gsize  index;
  } cases[] = {
    { -5, 0 }, { 0, 0 }, { 5, 1 }, { 10, 1 }, { 10.5, 3 }, { 30, 4 }, { 31, 5 },
  };

  for (guint i = 0; i < 5; i++)
    slots[i].x = xs[i];
  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    g_assert_cmpuint (lectern_timeline_slots_lower_bound (slots, 5, cases[c].x), ==, cases[c].index);
  g_assert_cmpuint (lectern_timeline_slots_lower_bound (NULL, 0, 3), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/timeline-layout/segments", test_segments);
  g_test_add_func ("/timeline-layout/article-breaks", test_article_breaks);
  g_test_add_func ("/timeline-layout/year-to-x", test_year_to_x);
  g_test_add_func ("/timeline-layout/monotonic", test_monotonic);
  g_test_add_func ("/timeline-layout/empty", test_empty_layout);
  g_test_add_func ("/timeline-layout/tick-step", test_tick_step);
  g_test_add_func ("/timeline-layout/minor-step", test_minor_step);
  g_test_add_func ("/timeline-layout/ticks-article", test_ticks_article);
  g_test_add_func ("/timeline-layout/ticks-window", test_ticks_window);
  g_test_add_func ("/timeline-layout/zoom-bounds", test_zoom_bounds);
  g_test_add_func ("/timeline-layout/zoom-anchor", test_zoom_anchor);
  g_test_add_func ("/timeline-layout/pack-lanes", test_pack_lanes);
  g_test_add_func ("/timeline-layout/pack-lanes-random", test_pack_lanes_random);
  g_test_add_func ("/timeline-layout/lower-bound", test_lower_bound);

  return g_test_run ();
}
