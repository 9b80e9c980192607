/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "lectern-timeline-layout.h"

struct _LecternTimelineLayout
{
  LecternTimelineParams   params;
  LecternTimelineSegment *segments;
  /* years[i]: years on the axis before segment i */
  double                 *years_before;
  guint                   n_segments;
  double                  years;
};

typedef struct
{
  double start;
  double end;
} Span;

static const int tick_steps[] = { 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000 };

static int
compare_spans (gconstpointer a,
               gconstpointer b)
{
  const Span *sa = a;
  const Span *sb = b;

  if (sa->start != sb->start)
    return sa->start < sb->start ? -1 : 1;
  if (sa->end != sb->end)
    return sa->end < sb->end ? -1 : 1;
  return 0;
}

static double
segment_x (LecternTimelineLayout *self,
           guint                  i,
           double                 scale)
{
  return self->params.margin + self->years_before[i] * scale + i * self->params.break_width;
}

/* The segment whose start is the last at or before @x (0 if none). */
static guint
find_segment_by_x (LecternTimelineLayout *self,
                   double                 x,
                   double                 scale)
{
  guint lo = 0;
  guint hi = self->n_segments;

  while (hi - lo > 1)
    {
      guint mid = (lo + hi) / 2;

      if (segment_x (self, mid, scale) <= x)
        lo = mid;
      else
        hi = mid;
    }
  return lo;
}

/* The segment whose start is the last at or before @year (0 if none). */
static guint
find_segment_by_year (LecternTimelineLayout *self,
                      double                 year)
{
  guint lo = 0;
  guint hi = self->n_segments;

  while (hi - lo > 1)
    {
      guint mid = (lo + hi) / 2;

      if (self->segments[mid].start <= year)
        lo = mid;
      else
        hi = mid;
    }
  return lo;
}

void
lectern_timeline_params_init (LecternTimelineParams *params)
{
  g_return_if_fail (params != NULL);

  params->margin = LECTERN_TIMELINE_DEFAULT_MARGIN;
  params->pad_years = LECTERN_TIMELINE_DEFAULT_PAD_YEARS;
  params->min_gap_years = LECTERN_TIMELINE_DEFAULT_MIN_GAP_YEARS;
  params->break_width = LECTERN_TIMELINE_DEFAULT_BREAK_WIDTH;
  params->min_scale = LECTERN_TIMELINE_DEFAULT_MIN_SCALE;
  params->max_scale = LECTERN_TIMELINE_DEFAULT_MAX_SCALE;
}

LecternTimelineLayout *
lectern_timeline_layout_new (const LecternTimelineParams *params,
                             const double                *starts,
                             const double                *ends,
                             gsize                        n_spans)
{
  LecternTimelineLayout *self;
  g_autofree Span *spans = NULL;
  GArray *segments;
  gsize n = 0;

  g_return_val_if_fail (starts != NULL || n_spans == 0, NULL);

  self = g_new0 (LecternTimelineLayout, 1);
  if (params != NULL)
    self->params = *params;
  else
    lectern_timeline_params_init (&self->params);
  self->params.pad_years = MAX (self->params.pad_years, 0.0);
  self->params.min_gap_years = MAX (self->params.min_gap_years, 0.0);
  self->params.break_width = MAX (self->params.break_width, 0.0);
  self->params.min_scale = MAX (self->params.min_scale, 1e-6);
  self->params.max_scale = MAX (self->params.max_scale, self->params.min_scale);

  spans = g_new (Span, MAX (n_spans, 1));
  for (gsize i = 0; i < n_spans; i++)
    {
      double start = starts[i];
      double end = ends != NULL ? ends[i] : start;

      if (!isfinite (start))
        continue;
      if (!isfinite (end) || end < start)
        end = start;
      spans[n].start = floor (start - self->params.pad_years);
      spans[n].end = ceil (end + self->params.pad_years);
      if (spans[n].end <= spans[n].start)
        spans[n].end = spans[n].start + 1;
      n++;
    }
  qsort (spans, n, sizeof (Span), compare_spans);

  segments = g_array_new (FALSE, FALSE, sizeof (LecternTimelineSegment));
  for (gsize i = 0; i < n; i++)
    {
      LecternTimelineSegment *last = NULL;

      if (segments->len > 0)
        last = &g_array_index (segments, LecternTimelineSegment, segments->len - 1);

      if (last != NULL && spans[i].start - last->end <= self->params.min_gap_years)
        {
          last->end = MAX (last->end, spans[i].end);
        }
      else
        {
          LecternTimelineSegment segment = { spans[i].start, spans[i].end };

          g_array_append_val (segments, segment);
        }
    }

  self->n_segments = segments->len;
  self->segments = (LecternTimelineSegment *) (gpointer) g_array_free (segments, FALSE);
  self->years_before = g_new (double, self->n_segments + 1);
  self->years_before[0] = 0;
  for (guint i = 0; i < self->n_segments; i++)
    self->years_before[i + 1] = self->years_before[i]
                                + (self->segments[i].end - self->segments[i].start);
  self->years = self->years_before[self->n_segments];

  return self;
}

void
lectern_timeline_layout_free (LecternTimelineLayout *self)
{
  if (self == NULL)
    return;

  g_free (self->segments);
  g_free (self->years_before);
  g_free (self);
}

const LecternTimelineParams *
lectern_timeline_layout_get_params (LecternTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return &self->params;
}

guint
lectern_timeline_layout_get_n_segments (LecternTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_segments;
}

const LecternTimelineSegment *
lectern_timeline_layout_get_segment (LecternTimelineLayout *self,
                                     guint                  i)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (i < self->n_segments, NULL);

  return &self->segments[i];
}

double
lectern_timeline_layout_get_years (LecternTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->years;
}

double
lectern_timeline_layout_get_width (LecternTimelineLayout *self,
                                   double                 scale)
{
  guint n_breaks;

  g_return_val_if_fail (self != NULL, 0);

  n_breaks = self->n_segments > 0 ? self->n_segments - 1 : 0;
  return 2 * self->params.margin + self->years * scale + n_breaks * self->params.break_width;
}

double
lectern_timeline_layout_year_to_x (LecternTimelineLayout *self,
                                   double                 year,
                                   double                 scale)
{
  const LecternTimelineSegment *segment;
  guint i;

  g_return_val_if_fail (self != NULL, 0);

  if (self->n_segments == 0)
    return self->params.margin;

  i = find_segment_by_year (self, year);
  segment = &self->segments[i];

  if (year <= segment->end || i + 1 == self->n_segments)
    return segment_x (self, i, scale) + (year - segment->start) * scale;

  /* Inside the break after segment i */
  {
    const LecternTimelineSegment *next = &self->segments[i + 1];
    double break_x = segment_x (self, i, scale) + (segment->end - segment->start) * scale;
    double fraction = (year - segment->end) / (next->start - segment->end);

    return break_x + fraction * self->params.break_width;
  }
}

double
lectern_timeline_layout_x_to_year (LecternTimelineLayout *self,
                                   double                 x,
                                   double                 scale)
{
  const LecternTimelineSegment *segment;
  double start_x;
  double end_x;
  guint i;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (scale > 0, 0);

  if (self->n_segments == 0)
    return 0;

  i = find_segment_by_x (self, x, scale);
  segment = &self->segments[i];
  start_x = segment_x (self, i, scale);
  end_x = start_x + (segment->end - segment->start) * scale;

  if (x <= end_x || i + 1 == self->n_segments)
    return segment->start + (x - start_x) / scale;

  {
    const LecternTimelineSegment *next = &self->segments[i + 1];
    double fraction = self->params.break_width > 0
                      ? (x - end_x) / self->params.break_width
                      : 0;

    return segment->end + fraction * (next->start - segment->end);
  }
}

double
lectern_timeline_layout_get_break_x (LecternTimelineLayout *self,
                                     guint                  i,
                                     double                 scale)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (i + 1 < self->n_segments, 0);

  return segment_x (self, i, scale) + (self->segments[i].end - self->segments[i].start) * scale;
}

double
lectern_timeline_layout_get_fit_scale (LecternTimelineLayout *self,
                                       double                 viewport_width)
{
  double fixed;

  g_return_val_if_fail (self != NULL, 1);

  if (self->years <= 0)
    return self->params.max_scale;

  fixed = lectern_timeline_layout_get_width (self, 0);
  return MAX (viewport_width - fixed, 0) / self->years;
}

double
lectern_timeline_layout_get_min_scale (LecternTimelineLayout *self,
                                       double                 viewport_width)
{
  g_return_val_if_fail (self != NULL, 1);

  return CLAMP (lectern_timeline_layout_get_fit_scale (self, viewport_width),
                self->params.min_scale,
                self->params.max_scale);
}

double
lectern_timeline_layout_get_max_scale (LecternTimelineLayout *self)
{
  g_return_val_if_fail (self != NULL, 1);

  return self->params.max_scale;
}

double
lectern_timeline_layout_clamp_scale (LecternTimelineLayout *self,
                                     double                 scale,
                                     double                 viewport_width)
{
  double min_scale;

  g_return_val_if_fail (self != NULL, 1);

  min_scale = lectern_timeline_layout_get_min_scale (self, viewport_width);
  if (!isfinite (scale))
    return min_scale;
  return CLAMP (scale, min_scale, self->params.max_scale);
}

double
lectern_timeline_layout_zoom_offset (LecternTimelineLayout *self,
                                     double                 old_scale,
                                     double                 new_scale,
                                     double                 old_offset,
                                     double                 anchor)
{
  double year;

  g_return_val_if_fail (self != NULL, 0);

  year = lectern_timeline_layout_x_to_year (self, old_offset + anchor, old_scale);
  return lectern_timeline_layout_year_to_x (self, year, new_scale) - anchor;
}

int
lectern_timeline_choose_tick_step (double scale,
                                   double min_spacing)
{
  for (guint i = 0; i < G_N_ELEMENTS (tick_steps); i++)
    {
      if (tick_steps[i] * scale >= min_spacing)
        return tick_steps[i];
    }
  return tick_steps[G_N_ELEMENTS (tick_steps) - 1];
}

int
lectern_timeline_choose_minor_step (int    step,
                                    double scale,
                                    double min_spacing)
{
  static const int divisors[] = { 10, 5, 2 };

  for (guint i = 0; i < G_N_ELEMENTS (divisors); i++)
    {
      int minor = step / divisors[i];

      if (minor >= 1 && step % divisors[i] == 0 && minor * scale >= min_spacing)
        return minor;
    }
  return 0;
}

/* The year of the last labelled tick of segment @i (ignoring breaks). */
static int
last_label_year (const LecternTimelineSegment *segment,
                 int                           step)
{
  double last = floor (segment->end / step) * step;

  if (last >= segment->start)
    return (int) last;
  return (int) floor ((segment->start + segment->end) / 2);
}

static gboolean
segment_has_multiple (const LecternTimelineSegment *segment,
                      int                           step)
{
  return floor (segment->end / step) * step >= segment->start;
}

GArray *
lectern_timeline_layout_get_ticks (LecternTimelineLayout *self,
                                   double                 scale,
                                   double                 min_spacing,
                                   double                 minor_spacing,
                                   double                 x_from,
                                   double                 x_to)
{
  GArray *ticks;
  int step;
  int minor;
  int unit;
  guint first;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (scale > 0, NULL);

  ticks = g_array_new (FALSE, FALSE, sizeof (LecternTimelineTick));
  if (self->n_segments == 0 || x_to < x_from)
    return ticks;

  step = lectern_timeline_choose_tick_step (scale, min_spacing);
  minor = lectern_timeline_choose_minor_step (step, scale, minor_spacing);
  unit = minor > 0 ? minor : step;
  first = find_segment_by_x (self, x_from, scale);

  for (guint i = first; i < self->n_segments; i++)
    {
      const LecternTimelineSegment *segment = &self->segments[i];
      double seg_x = segment_x (self, i, scale);
      double previous_label_x = -G_MAXDOUBLE;
      double from_year;
      double to_year;
      gboolean first_label = TRUE;

      if (seg_x > x_to)
        break;

      if (i > 0)
        {
          double year = last_label_year (&self->segments[i - 1], step);

          previous_label_x = segment_x (self, i - 1, scale)
                             + (year - self->segments[i - 1].start) * scale;
        }

      from_year = MAX (segment->start, segment->start + (x_from - seg_x) / scale);
      to_year = MIN (segment->end, segment->start + (x_to - seg_x) / scale);

      if (!segment_has_multiple (segment, step))
        {
          int year = last_label_year (segment, step);
          LecternTimelineTick tick = { year, seg_x + (year - segment->start) * scale, TRUE, TRUE };

          tick.labelled = tick.x - previous_label_x >= min_spacing;
          if (year >= from_year && year <= to_year)
            g_array_append_val (ticks, tick);
          continue;
        }

      for (gint64 k = (gint64) ceil (from_year / unit); k * unit <= to_year; k++)
        {
          int year = (int) (k * unit);
          LecternTimelineTick tick = { year, seg_x + (year - segment->start) * scale, FALSE, FALSE };

          tick.major = year % step == 0;
          tick.labelled = tick.major;
          /* Only the first labels of a segment can come close to the
           * previous segment's last one; the rest are a step apart. */
          if (tick.major && first_label)
            {
              first_label = FALSE;
              tick.labelled = tick.x - previous_label_x >= min_spacing;
            }
          g_array_append_val (ticks, tick);
        }
    }

  return ticks;
}

guint
lectern_timeline_pack_lanes (LecternTimelineSlot          *slots,
                             gsize                         n_slots,
                             const LecternTimelinePacking *packing)
{
  g_autofree double *lane_end = NULL;
  g_autofree gssize *lane_last = NULL;
  guint max_lanes;
  guint used = 0;

  g_return_val_if_fail (slots != NULL || n_slots == 0, 0);
  g_return_val_if_fail (packing != NULL, 0);

  max_lanes = MAX (packing->max_lanes, 1);
  lane_end = g_new (double, max_lanes);
  lane_last = g_new (gssize, max_lanes);
  for (guint l = 0; l < max_lanes; l++)
    {
      lane_end[l] = -G_MAXDOUBLE;
      lane_last[l] = -1;
    }

  for (gsize i = 0; i < n_slots; i++)
    {
      LecternTimelineSlot *slot = &slots[i];
      double want = MAX (MAX (slot->want, slot->reserve), packing->compact_width);
      gssize best = -1;
      double best_room = -G_MAXDOUBLE;

      slot->width = want;
      slot->state = LECTERN_TIMELINE_LABEL_FULL;
      slot->lane = -1;

      for (guint l = 0; l < max_lanes; l++)
        {
          if (lane_end[l] + packing->spacing <= slot->x)
            {
              slot->lane = l;
              break;
            }
        }

      if (slot->lane < 0)
        {
          /* Every lane is taken: shorten the last label of the lane that
           * leaves it the most room. */
          for (guint l = 0; l < max_lanes; l++)
            {
              LecternTimelineSlot *last = &slots[lane_last[l]];
              double room = slot->x - packing->spacing - last->x;
              double needed = MAX (last->reserve, packing->compact_width);

              if (room >= needed && room > best_room)
                {
                  best = l;
                  best_room = room;
                }
            }

          if (best >= 0)
            {
              LecternTimelineSlot *last = &slots[lane_last[best]];

              if (best_room >= packing->min_label_width || best_room >= last->want)
                {
                  last->width = MAX (MIN (best_room, last->width), last->reserve);
                  if (last->width < last->want)
                    last->state = LECTERN_TIMELINE_LABEL_ELIDED;
                }
              else
                {
                  last->width = MAX (packing->compact_width, last->reserve);
                  last->state = LECTERN_TIMELINE_LABEL_COMPACT;
                }
              slot->lane = best;
            }
        }

      if (slot->lane < 0)
        {
          /* Nowhere to go at this zoom: hidden, with the lane that ends first. */
          guint first_free = 0;

          for (guint l = 1; l < max_lanes; l++)
            {
              if (lane_end[l] < lane_end[first_free])
                first_free = l;
            }
          slot->lane = first_free;
          slot->state = LECTERN_TIMELINE_LABEL_HIDDEN;
          continue;
        }

      lane_end[slot->lane] = slot->x + slot->width;
      lane_last[slot->lane] = i;
      used = MAX (used, (guint) slot->lane + 1);
    }

  return used;
}

gsize
lectern_timeline_slots_lower_bound (const LecternTimelineSlot *slots,
                                    gsize                      n_slots,
                                    double                     x)
{
  gsize lo = 0;
  gsize hi = n_slots;

  g_return_val_if_fail (slots != NULL || n_slots == 0, 0);

  while (lo < hi)
    {
      gsize mid = lo + (hi - lo) / 2;

      if (slots[mid].x < x)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}
