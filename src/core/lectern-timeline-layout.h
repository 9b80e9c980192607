/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * Layout maths of the timeline, without GTK: where a year goes on screen,
 * which ticks to draw, how labels share lanes. Years are decimal years
 * (lectern_date_to_decimal_year()), positions are pixels from the left edge
 * of the whole timeline ("content" coordinates), zoom is pixels per year.
 *
 * The axis is made of segments: the years around the events, padded and
 * rounded to whole years. An empty stretch between two segments longer than
 * @min_gap_years is cut out and drawn as a break of @break_width pixels,
 * whatever the zoom, so 1947 and 2011 can share a screen.
 */

/**
 * LecternTimelineParams:
 * @margin: pixels before the first and after the last segment
 * @pad_years: years kept on each side of every event
 * @min_gap_years: empty stretches longer than this become breaks
 * @break_width: pixels of one break on screen
 * @min_scale: smallest zoom in pixels per year, whatever the fit
 * @max_scale: largest zoom in pixels per year
 */
typedef struct
{
  double margin;
  double pad_years;
  double min_gap_years;
  double break_width;
  double min_scale;
  double max_scale;
} LecternTimelineParams;

#define LECTERN_TIMELINE_DEFAULT_MARGIN        24.0
#define LECTERN_TIMELINE_DEFAULT_PAD_YEARS     1.0
#define LECTERN_TIMELINE_DEFAULT_MIN_GAP_YEARS 6.0
#define LECTERN_TIMELINE_DEFAULT_BREAK_WIDTH   36.0
#define LECTERN_TIMELINE_DEFAULT_MIN_SCALE     0.05
#define LECTERN_TIMELINE_DEFAULT_MAX_SCALE     480.0

void lectern_timeline_params_init (LecternTimelineParams *params);

/**
 * LecternTimelineSegment:
 * @start: first year shown (whole year)
 * @end: last year shown (whole year, > @start)
 */
typedef struct
{
  double start;
  double end;
} LecternTimelineSegment;

typedef struct _LecternTimelineLayout LecternTimelineLayout;

/* @ends may be %NULL (all points); an end before its start counts as a point.
 * The spans need not be sorted. @params may be %NULL for the defaults. */
LecternTimelineLayout        *lectern_timeline_layout_new            (const LecternTimelineParams *params,
                                                                      const double                *starts,
                                                                      const double                *ends,
                                                                      gsize                        n_spans);
void                          lectern_timeline_layout_free           (LecternTimelineLayout       *self);
const LecternTimelineParams  *lectern_timeline_layout_get_params     (LecternTimelineLayout       *self);
guint                         lectern_timeline_layout_get_n_segments (LecternTimelineLayout       *self);
const LecternTimelineSegment *lectern_timeline_layout_get_segment    (LecternTimelineLayout       *self,
                                                                      guint                        i);
/* Years on the axis: the sum of the segment lengths. */
double                        lectern_timeline_layout_get_years      (LecternTimelineLayout       *self);
/* Width of the whole axis with margins and breaks, in pixels. */
double                        lectern_timeline_layout_get_width      (LecternTimelineLayout       *self,
                                                                      double                       scale);
/* Monotonic and continuous; a year inside a break falls proportionally
 * inside the break, a year outside every segment extrapolates. */
double                        lectern_timeline_layout_year_to_x      (LecternTimelineLayout       *self,
                                                                      double                       year,
                                                                      double                       scale);
double                        lectern_timeline_layout_x_to_year      (LecternTimelineLayout       *self,
                                                                      double                       x,
                                                                      double                       scale);
/* Left edge of the break after segment @i (0 ≤ @i < n_segments − 1). */
double                        lectern_timeline_layout_get_break_x    (LecternTimelineLayout       *self,
                                                                      guint                        i,
                                                                      double                       scale);

/* Zoom bounds. The fit scale shows every segment in @viewport_width; the
 * smallest zoom is the fit (one cannot zoom out further than everything),
 * kept within [min_scale, max_scale]. */
double                        lectern_timeline_layout_get_fit_scale  (LecternTimelineLayout       *self,
                                                                      double                       viewport_width);
double                        lectern_timeline_layout_get_min_scale  (LecternTimelineLayout       *self,
                                                                      double                       viewport_width);
double                        lectern_timeline_layout_get_max_scale  (LecternTimelineLayout       *self);
double                        lectern_timeline_layout_clamp_scale    (LecternTimelineLayout       *self,
                                                                      double                       scale,
                                                                      double                       viewport_width);
/* The scroll offset that keeps the year under @anchor (pixels from the left
 * of the viewport) in place when the zoom goes from @old_scale to @new_scale. */
double                        lectern_timeline_layout_zoom_offset    (LecternTimelineLayout       *self,
                                                                      double                       old_scale,
                                                                      double                       new_scale,
                                                                      double                       old_offset,
                                                                      double                       anchor);

/**
 * LecternTimelineTick:
 * @year: whole year of the tick
 * @x: content position in pixels
 * @major: a major tick (a multiple of the step, or the one tick of a segment
 *   too short to hold a multiple)
 * @labelled: draw its year; %FALSE for minor ticks and for major ticks too
 *   close to a label across a break
 */
typedef struct
{
  int      year;
  double   x;
  gboolean major;
  gboolean labelled;
} LecternTimelineTick;

/* Years between labelled ticks: the smallest of 1, 2, 5, 10, 20, 50, … that
 * puts ticks at least @min_spacing pixels apart. */
int     lectern_timeline_choose_tick_step  (double                 scale,
                                            double                 min_spacing);
/* Years between minor ticks (a divisor of @step at least @min_spacing pixels
 * apart), or 0 for none. */
int     lectern_timeline_choose_minor_step (int                    step,
                                            double                 scale,
                                            double                 min_spacing);
/* The ticks between content positions @x_from and @x_to, in order (a new
 * GArray of LecternTimelineTick). Labels of one segment are @min_spacing
 * apart by construction; across a break the later one gives way. */
GArray *lectern_timeline_layout_get_ticks  (LecternTimelineLayout *self,
                                            double                 scale,
                                            double                 min_spacing,
                                            double                 minor_spacing,
                                            double                 x_from,
                                            double                 x_to);

typedef enum
{
  LECTERN_TIMELINE_LABEL_FULL,
  LECTERN_TIMELINE_LABEL_ELIDED,
  LECTERN_TIMELINE_LABEL_COMPACT,
  LECTERN_TIMELINE_LABEL_HIDDEN,
} LecternTimelineLabelState;

/**
 * LecternTimelineSlot:
 * @x: (in) left edge in pixels; slots come sorted by @x
 * @want: (in) natural width of the label
 * @reserve: (in) width that cannot be given up (a range bar), may be 0
 * @width: (out) width given
 * @lane: (out) lane, from 0; for a hidden slot, the lane it would take
 * @state: (out) how the label is shown
 */
typedef struct
{
  double                    x;
  double                    want;
  double                    reserve;
  double                    width;
  int                       lane;
  LecternTimelineLabelState state;
} LecternTimelineSlot;

/**
 * LecternTimelinePacking:
 * @max_lanes: lanes available (≥ 1)
 * @spacing: pixels kept between two labels of one lane
 * @min_label_width: a label elided below this becomes compact
 * @compact_width: width of a compact slot (the marker alone)
 */
typedef struct
{
  guint  max_lanes;
  double spacing;
  double min_label_width;
  double compact_width;
} LecternTimelinePacking;

/* First fit into lanes, left to right. When every lane is taken, the last
 * label of the lane with the most room is elided (or made compact) to make
 * way; when even that does not fit, the slot is hidden. Returns the number
 * of lanes used. */
guint lectern_timeline_pack_lanes (LecternTimelineSlot          *slots,
                                   gsize                         n_slots,
                                   const LecternTimelinePacking *packing);

/* Index of the first of the @n slots (sorted by x) whose x is ≥ @x, or @n. */
gsize lectern_timeline_slots_lower_bound (const LecternTimelineSlot *slots,
                                          gsize                      n_slots,
                                          double                     x);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LecternTimelineLayout, lectern_timeline_layout_free)

G_END_DECLS
