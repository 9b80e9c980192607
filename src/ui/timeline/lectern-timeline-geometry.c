/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "lectern-timeline-private.h"

/*
 * Geometry of the timeline: metrics read from CSS, title widths, the slots
 * of the events (x, lane, width) at the current zoom, and the view (zoom and
 * scroll offset).
 */

#define MAX_ITEM_WIDTH 240.0
#define MIN_LABEL_WIDTH 90.0
#define TITLES_AT_ONCE 1000
#define TITLES_PER_IDLE 500

static int
text_height (GtkWidget *widget)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, "2014 Ag");
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);
  return height;
}

void
lectern_timeline_ensure_metrics (LecternTimeline *self)
{
  GtkWidget *item = GTK_WIDGET (self->measure_item);
  int natural;

  if (self->metrics_valid)
    {
      /* The type may have grown (presentation mode scales the window's
       * font through CSS): measure again when an item's height changed. */
      gtk_widget_measure (item, GTK_ORIENTATION_VERTICAL, -1, NULL, &natural, NULL, NULL);
      if (natural == self->item_height)
        return;
      self->metrics_valid = FALSE;
    }

  lectern_timeline_item_set_compact (self->measure_item, TRUE);
  gtk_widget_measure (item, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  self->compact_width = natural;
  self->marker_offset = natural / 2.0;

  lectern_timeline_item_set_compact (self->measure_item, FALSE);
  gtk_widget_measure (item, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  self->chrome_width = natural;
  gtk_widget_measure (item, GTK_ORIENTATION_VERTICAL, -1, NULL, &natural, NULL, NULL);
  self->item_height = natural;

  self->era_height = text_height (self->styles[STYLE_ERA_LABEL]) + 10;
  self->axis_height = text_height (self->styles[STYLE_TICK]) + 14;

  self->n_titles_measured = 0;
  self->measured_pixels = 0;
  self->measured_chars = 0;
  g_clear_handle_id (&self->measure_idle_id, g_source_remove);
  self->packed_scale = 0;
  self->metrics_valid = TRUE;
}

void
lectern_timeline_invalidate_metrics (LecternTimeline *self)
{
  self->metrics_valid = FALSE;
  self->packed_scale = 0;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static double
fit_viewport (LecternTimeline *self)
{
  double trailing = 0;

  /* Leave room for the last title so fitting shows it whole. */
  if (self->n_events > 0 && self->n_titles_measured > 0)
    trailing = MIN (self->title_widths[self->n_events - 1] + self->chrome_width, MAX_ITEM_WIDTH);
  return MAX (self->viewport_width - MIN (trailing, self->viewport_width / 3.0), 1);
}

double
lectern_timeline_clamp_scale (LecternTimeline *self,
                              double           scale)
{
  return lectern_timeline_layout_clamp_scale (self->layout, scale, fit_viewport (self));
}

double
lectern_timeline_get_min_scale (LecternTimeline *self)
{
  if (self->layout == NULL)
    return 1;
  return lectern_timeline_layout_get_min_scale (self->layout, fit_viewport (self));
}

/* Measures the titles from the first not yet measured, at most @limit of
 * them, and estimates the rest from the width per character so far. */
static void
measure_titles (LecternTimeline *self,
                guint            limit)
{
  g_autoptr(PangoLayout) layout = NULL;
  guint end = MIN (self->n_events, self->n_titles_measured + limit);
  double px_per_char;

  if (self->n_titles_measured >= self->n_events)
    return;

  layout = lectern_timeline_item_create_title_layout (self->measure_item);
  for (guint i = self->n_titles_measured; i < end; i++)
    {
      const char *title = lectern_event_get_title (g_ptr_array_index (self->events, i));
      int width;

      pango_layout_set_text (layout, title, -1);
      pango_layout_get_pixel_size (layout, &width, NULL);
      self->title_widths[i] = width;
      self->measured_pixels += width;
      self->measured_chars += g_utf8_strlen (title, -1);
    }
  self->n_titles_measured = end;

  px_per_char = self->measured_chars > 0 ? self->measured_pixels / self->measured_chars : 8;
  for (guint i = end; i < self->n_events; i++)
    {
      const char *title = lectern_event_get_title (g_ptr_array_index (self->events, i));

      self->title_widths[i] = ceil (g_utf8_strlen (title, -1) * px_per_char);
    }
}

static gboolean
measure_titles_cb (gpointer data)
{
  LecternTimeline *self = data;

  measure_titles (self, TITLES_PER_IDLE);
  if (self->n_titles_measured < self->n_events)
    return G_SOURCE_CONTINUE;

  /* Every title measured: lay out again with the real widths. */
  self->measure_idle_id = 0;
  self->packed_scale = 0;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return G_SOURCE_REMOVE;
}

/* Few titles are measured at once; a big pack goes on in the background. */
void
lectern_timeline_ensure_titles (LecternTimeline *self)
{
  if (self->n_titles_measured > 0 || self->n_events == 0)
    return;

  measure_titles (self, TITLES_AT_ONCE);
  if (self->n_titles_measured < self->n_events && self->measure_idle_id == 0)
    self->measure_idle_id = g_idle_add_full (G_PRIORITY_LOW, measure_titles_cb, self, NULL);
}

void
lectern_timeline_ensure_packed (LecternTimeline *self)
{
  LecternTimelinePacking packing = {
    .max_lanes = self->n_lanes,
    .spacing = 8,
    .min_label_width = MIN_LABEL_WIDTH,
  };
  double extent = 0;

  lectern_timeline_ensure_metrics (self);
  if (self->layout == NULL || (self->packed_scale == self->scale && self->scale > 0))
    return;

  lectern_timeline_ensure_titles (self);
  packing.compact_width = self->compact_width;
  self->max_slot_width = self->compact_width;

  for (guint i = 0; i < self->n_events; i++)
    {
      LecternTimelineSlot *slot = &self->slots[i];
      double x = lectern_timeline_layout_year_to_x (self->layout, self->starts[i], self->scale);

      slot->x = x - self->marker_offset;
      slot->want = MIN (self->chrome_width + self->title_widths[i] + 1, MAX_ITEM_WIDTH);
      slot->reserve = 0;
      if (self->ends[i] > self->starts[i])
        slot->reserve = lectern_timeline_layout_year_to_x (self->layout, self->ends[i], self->scale)
                        - x + 2 * self->marker_offset;
    }

  lectern_timeline_pack_lanes (self->slots, self->n_events, &packing);

  for (guint i = 0; i < self->n_events; i++)
    {
      const LecternTimelineSlot *slot = &self->slots[i];
      double width = slot->state == LECTERN_TIMELINE_LABEL_HIDDEN ? slot->want : slot->width;

      self->max_slot_width = MAX (self->max_slot_width, width);
      extent = MAX (extent, slot->x + width);
    }

  self->content_width = MAX (lectern_timeline_layout_get_width (self->layout, self->scale),
                             extent + lectern_timeline_layout_get_params (self->layout)->margin);
  self->packed_scale = self->scale;
}

double
lectern_timeline_event_x (LecternTimeline *self,
                          guint            index)
{
  g_assert (index < self->n_events);

  return lectern_timeline_layout_year_to_x (self->layout, self->starts[index], self->scale);
}

int
lectern_timeline_axis_y (LecternTimeline *self)
{
  return gtk_widget_get_height (GTK_WIDGET (self)) - self->axis_height;
}

int
lectern_timeline_lane_y (LecternTimeline *self,
                         int              lane)
{
  int row = self->item_height + TIMELINE_LANE_GAP;

  return lectern_timeline_axis_y (self) - 2 - (lane + 1) * row + TIMELINE_LANE_GAP / 2;
}

double
lectern_timeline_clamp_offset (LecternTimeline *self,
                               double           offset)
{
  double max_offset = MAX (self->content_width - self->viewport_width, 0);

  return CLAMP (offset, 0, max_offset);
}

void
lectern_timeline_set_view (LecternTimeline *self,
                           double           scale,
                           double           offset)
{
  if (self->layout == NULL || self->scale <= 0 || self->viewport_width <= 0)
    return;

  self->view = VIEW_FREE;
  self->scale = lectern_timeline_clamp_scale (self, scale);
  lectern_timeline_ensure_packed (self);
  self->offset = lectern_timeline_clamp_offset (self, offset);
  lectern_timeline_update_actions (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

double
lectern_timeline_item_width (LecternTimeline *self,
                             guint            index)
{
  const LecternTimelineSlot *slot = &self->slots[index];

  switch (slot->state)
    {
    case LECTERN_TIMELINE_LABEL_COMPACT:
      return self->compact_width;
    case LECTERN_TIMELINE_LABEL_HIDDEN:
      return slot->want;
    case LECTERN_TIMELINE_LABEL_FULL:
    case LECTERN_TIMELINE_LABEL_ELIDED:
    default:
      /* A range's slot is as long as its bar; the item as its title. */
      return MIN (slot->width, MAX (slot->want, self->compact_width));
    }
}
