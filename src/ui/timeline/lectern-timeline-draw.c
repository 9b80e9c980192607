/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "lectern-timeline-private.h"

/*
 * Drawing: era bands, axis breaks, the axis with its ticks and year labels,
 * a mark on the axis for every event (also those without an item at this
 * zoom), stems from the items down to the axis and range bars. Every colour
 * and font comes from the CSS of the never-shown style nodes.
 */

#define TICK_MAJOR 6
#define TICK_MINOR 3
#define MARK_SIZE 7

static void
get_color (LecternTimeline *self,
           TimelineStyle    which,
           GdkRGBA         *color)
{
  gtk_widget_get_color (self->styles[which], color);
}

static void
render_layout (LecternTimeline *self,
               GtkSnapshot     *snapshot,
               TimelineStyle    which,
               double           x,
               double           y,
               PangoLayout     *layout)
{
  GdkRGBA color;

  get_color (self, which, &color);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, &color);
  gtk_snapshot_restore (snapshot);
}

/* A range bar: a pill filled with its colour, or for a date the article
 * does not state, only a dashed outline in it. */
static void
render_bar (LecternTimeline *self,
            GtkSnapshot     *snapshot,
            TimelineStyle    which,
            double           x,
            double           y,
            double           width,
            double           height)
{
  GskRoundedRect bar;
  GdkRGBA color;

  if (width <= 0 || height <= 0)
    return;
  get_color (self, which, &color);
  gsk_rounded_rect_init_from_rect (&bar, &GRAPHENE_RECT_INIT (x, y, width, height),
                                   MIN (width, height) / 2);
  if (which == STYLE_RANGE_BACKGROUND)
    {
      g_autoptr(GskPathBuilder) builder = gsk_path_builder_new ();
      g_autoptr(GskPath) path = NULL;
      g_autoptr(GskStroke) stroke = gsk_stroke_new (1.0);
      const float dash[] = { 3.0f, 3.0f };

      gsk_rounded_rect_shrink (&bar, 0.5, 0.5, 0.5, 0.5);
      gsk_path_builder_add_rounded_rect (builder, &bar);
      path = gsk_path_builder_to_path (builder);
      gsk_stroke_set_dash (stroke, dash, G_N_ELEMENTS (dash));
      gtk_snapshot_append_stroke (snapshot, path, stroke, &color);
      return;
    }
  gtk_snapshot_push_rounded_clip (snapshot, &bar);
  gtk_snapshot_append_color (snapshot, &color, &bar.bounds);
  gtk_snapshot_pop (snapshot);
}

/* The hatching of a break in the axis: thin slanted lines. */
static void
render_hatch (LecternTimeline *self,
              GtkSnapshot     *snapshot,
              double           x,
              double           width,
              double           height)
{
  GdkRGBA color;

  get_color (self, STYLE_BREAK, &color);
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (x, 0, width, height));
  for (double line_x = x - height; line_x < x + width; line_x += 7)
    {
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (line_x, height));
      gtk_snapshot_rotate (snapshot, -60);
      gtk_snapshot_append_color (snapshot, &color, &GRAPHENE_RECT_INIT (0, 0, height * 1.2, 2));
      gtk_snapshot_restore (snapshot);
    }
  gtk_snapshot_pop (snapshot);
}

static void
draw_eras (LecternTimeline *self,
           GtkSnapshot     *snapshot,
           int              width,
           int              axis_y)
{
  GListModel *eras = lectern_pack_get_eras (self->pack);
  guint n_eras = g_list_model_get_n_items (eras);

  for (guint i = 0; i < n_eras; i++)
    {
      g_autoptr(LecternEra) era = g_list_model_get_item (eras, i);
      TimelineStyle which = i % 2 == 0 ? STYLE_ERA_EVEN : STYLE_ERA_ODD;
      double start = lectern_date_to_decimal_year (lectern_era_get_start (era));
      double end = lectern_date_to_decimal_year_end (lectern_era_get_end (era));
      double x0 = lectern_timeline_layout_year_to_x (self->layout, start, self->scale) - self->offset;
      double x1 = lectern_timeline_layout_year_to_x (self->layout, end, self->scale) - self->offset;
      double visible_x0 = MAX (x0, 0);
      double visible_x1 = MIN (x1, width);
      g_autoptr(PangoLayout) layout = NULL;
      GdkRGBA band;
      int text_height;

      if (visible_x1 <= visible_x0)
        continue;

      get_color (self, which, &band);
      gtk_snapshot_append_color (snapshot, &band, &GRAPHENE_RECT_INIT (x0, 0, x1 - x0, axis_y));

      /* The title sticks to the left edge while its band is on screen. */
      if (visible_x1 - visible_x0 < 40)
        continue;
      layout = gtk_widget_create_pango_layout (self->styles[STYLE_ERA_LABEL],
                                               lectern_era_get_title (era));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_width (layout, (int) ((visible_x1 - visible_x0 - 16) * PANGO_SCALE));
      pango_layout_get_pixel_size (layout, NULL, &text_height);
      render_layout (self, snapshot, STYLE_ERA_LABEL, visible_x0 + 8,
                     (self->era_height - text_height) / 2.0, layout);
    }
}

static void
draw_slash (GtkSnapshot   *snapshot,
            const GdkRGBA *color,
            double         x,
            double         y)
{
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_rotate (snapshot, 20);
  gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (-1, -7, 2, 14));
  gtk_snapshot_restore (snapshot);
}

char *
lectern_timeline_format_break (LecternTimeline *self,
                               guint            i)
{
  const LecternTimelineSegment *before = lectern_timeline_layout_get_segment (self->layout, i);
  const LecternTimelineSegment *after = lectern_timeline_layout_get_segment (self->layout, i + 1);
  double years = after->start - before->end;
  int n;

  if (years >= 1.5)
    {
      n = (int) round (years);
      /* Translators: how much time a break in the timeline's axis leaves out */
      return g_strdup_printf (ngettext ("%d year", "%d years", n), n);
    }
  n = MAX (1, (int) round (years * 12));
  /* Translators: how much time a break in the timeline's axis leaves out */
  return g_strdup_printf (ngettext ("%d month", "%d months", n), n);
}

/* The skipped time, centred over the break, just above the axis. */
static void
draw_break_label (LecternTimeline *self,
                  GtkSnapshot     *snapshot,
                  guint            i,
                  double           center_x,
                  int              axis_y)
{
  g_autofree char *text = lectern_timeline_format_break (self, i);
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (self->styles[STYLE_BREAK_LABEL],
                                                                  text);
  int text_width, text_height;

  pango_layout_get_pixel_size (layout, &text_width, &text_height);
  render_layout (self, snapshot, STYLE_BREAK_LABEL, round (center_x - text_width / 2.0),
                 axis_y - text_height - 2, layout);
}

static void
draw_axis (LecternTimeline *self,
           GtkSnapshot     *snapshot,
           int              width,
           int              axis_y)
{
  guint n_segments = lectern_timeline_layout_get_n_segments (self->layout);
  double break_width = lectern_timeline_layout_get_params (self->layout)->break_width;
  double from = 0;
  GdkRGBA color;

  get_color (self, STYLE_AXIS, &color);

  for (guint i = 0; i + 1 < n_segments; i++)
    {
      double x = lectern_timeline_layout_get_break_x (self->layout, i, self->scale) - self->offset;

      if (x + break_width < 0)
        {
          from = x + break_width - 4;
          continue;
        }
      if (x > width)
        break;

      render_hatch (self, snapshot, x, break_width, axis_y + TICK_MAJOR);

      if (x - 4 > from)
        gtk_snapshot_append_color (snapshot, &color,
                                   &GRAPHENE_RECT_INIT (from, axis_y, x - 4 - from, 1));
      draw_slash (snapshot, &color, x - 2, axis_y + 0.5);
      draw_slash (snapshot, &color, x + break_width + 2, axis_y + 0.5);
      draw_break_label (self, snapshot, i, x + break_width / 2, axis_y);
      from = x + break_width + 4;
    }

  if (from < width)
    gtk_snapshot_append_color (snapshot, &color, &GRAPHENE_RECT_INIT (from, axis_y, width - from, 1));
}

static void
draw_ticks (LecternTimeline *self,
            GtkSnapshot     *snapshot,
            int              width,
            int              axis_y)
{
  g_autoptr(PangoLayout) sample = gtk_widget_create_pango_layout (self->styles[STYLE_TICK], "0000");
  g_autoptr(GArray) ticks = NULL;
  GdkRGBA color;
  int label_width;

  get_color (self, STYLE_AXIS, &color);
  pango_layout_get_pixel_size (sample, &label_width, NULL);

  ticks = lectern_timeline_layout_get_ticks (self->layout, self->scale, label_width + 16, 6,
                                             self->offset - label_width,
                                             self->offset + width + label_width);
  for (guint i = 0; i < ticks->len; i++)
    {
      const LecternTimelineTick *tick = &g_array_index (ticks, LecternTimelineTick, i);
      double x = round (tick->x - self->offset);
      int length = tick->major ? TICK_MAJOR : TICK_MINOR;

      gtk_snapshot_append_color (snapshot, &color, &GRAPHENE_RECT_INIT (x, axis_y + 1, 1, length));

      if (tick->labelled)
        {
          char text[16];
          g_autoptr(PangoLayout) layout = NULL;
          int text_width;

          g_snprintf (text, sizeof text, "%d", tick->year);
          layout = gtk_widget_create_pango_layout (self->styles[STYLE_TICK], text);
          pango_layout_get_pixel_size (layout, &text_width, NULL);
          render_layout (self, snapshot, STYLE_TICK, x - text_width / 2.0, axis_y + TICK_MAJOR + 3,
                         layout);
        }
    }
}

static void
append_dot (GtkSnapshot   *snapshot,
            const GdkRGBA *color,
            double         x,
            double         y,
            double         size)
{
  GskRoundedRect dot;

  gsk_rounded_rect_init_from_rect (&dot, &GRAPHENE_RECT_INIT (x - size / 2, y - size / 2, size, size),
                                   size / 2);
  gtk_snapshot_push_rounded_clip (snapshot, &dot);
  gtk_snapshot_append_color (snapshot, color, &dot.bounds);
  gtk_snapshot_pop (snapshot);
}

/* A mark on the axis for each event; several in one pixel make one. */
static void
draw_marks (LecternTimeline *self,
            GtkSnapshot     *snapshot,
            int              width,
            int              axis_y)
{
  GdkRGBA colors[3];
  double last_x = -G_MAXDOUBLE;
  gsize first;

  get_color (self, STYLE_MARK, &colors[0]);
  get_color (self, STYLE_MARK_RELATED, &colors[1]);
  get_color (self, STYLE_MARK_SELECTED, &colors[2]);

  first = lectern_timeline_slots_lower_bound (self->slots, self->n_events,
                                              self->offset - self->marker_offset - MARK_SIZE);
  for (gsize i = first; i < self->n_events; i++)
    {
      double x = self->slots[i].x + self->marker_offset - self->offset;

      if (x > width + MARK_SIZE)
        break;
      if ((int) i == self->selected_index || self->related[i])
        continue;
      if (x - last_x < 1)
        continue;
      append_dot (snapshot, &colors[0], x, axis_y + 0.5, MARK_SIZE);
      last_x = x;
    }

  /* Related and selected marks go on top. */
  for (gsize i = first; i < self->n_events; i++)
    {
      double x = self->slots[i].x + self->marker_offset - self->offset;

      if (x > width + MARK_SIZE)
        break;
      if (self->related[i] && (int) i != self->selected_index)
        append_dot (snapshot, &colors[1], x, axis_y + 0.5, MARK_SIZE);
    }

  if (self->selected_index >= 0)
    {
      double x = self->slots[self->selected_index].x + self->marker_offset - self->offset;

      if (x > -MARK_SIZE && x < width + MARK_SIZE)
        append_dot (snapshot, &colors[2], x, axis_y + 0.5, MARK_SIZE + 2);
    }
}

/* Range bars sit in their lane behind their item; they are drawn for every
 * range crossing the screen, whether its item is on screen or not. */
static void
draw_ranges (LecternTimeline *self,
             GtkSnapshot     *snapshot,
             int              width,
             int              axis_y)
{
  gsize first = lectern_timeline_slots_lower_bound (self->slots, self->n_events,
                                                    self->offset - self->max_slot_width);
  GdkRGBA stem;

  get_color (self, STYLE_STEM, &stem);

  for (gsize i = first; i < self->n_events; i++)
    {
      const LecternTimelineSlot *slot = &self->slots[i];
      LecternEvent *event;
      TimelineStyle which = STYLE_RANGE;
      double x;
      double end_x;
      int y;

      if (slot->x > self->offset + width)
        break;
      if (self->ends[i] <= self->starts[i] || slot->state == LECTERN_TIMELINE_LABEL_HIDDEN)
        continue;

      x = slot->x - self->offset;
      end_x = lectern_timeline_layout_year_to_x (self->layout, self->ends[i], self->scale)
              - self->offset;
      if (end_x + self->marker_offset < 0)
        continue;

      event = g_ptr_array_index (self->events, i);
      if ((int) i == self->selected_index)
        which = STYLE_RANGE_SELECTED;
      else if (lectern_event_get_background (event))
        which = STYLE_RANGE_BACKGROUND;

      y = lectern_timeline_lane_y (self, slot->lane);
      render_bar (self, snapshot, which, x, y, end_x + self->marker_offset - x,
                  self->item_height);

      /* The end of the range gets a stem of its own. */
      gtk_snapshot_append_color (snapshot, &stem,
                                 &GRAPHENE_RECT_INIT (round (end_x), y + self->item_height, 1,
                                                      axis_y - y - self->item_height));
    }
}

static void
draw_stems (LecternTimeline *self,
            GtkSnapshot     *snapshot,
            int              axis_y)
{
  GHashTableIter iter;
  gpointer key;
  GdkRGBA stem;

  get_color (self, STYLE_STEM, &stem);

  g_hash_table_iter_init (&iter, self->items);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      const LecternTimelineSlot *slot = &self->slots[GPOINTER_TO_UINT (key)];
      double x = round (slot->x + self->marker_offset - self->offset);
      int bottom = lectern_timeline_lane_y (self, slot->lane) + self->item_height;

      gtk_snapshot_append_color (snapshot, &stem, &GRAPHENE_RECT_INIT (x, bottom, 1, axis_y - bottom));
    }
}

void
lectern_timeline_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  LecternTimeline *self = LECTERN_TIMELINE (widget);
  int width = gtk_widget_get_width (widget);
  int axis_y = lectern_timeline_axis_y (self);

  if (self->layout != NULL && self->n_events > 0 && self->scale > 0)
    {
      lectern_timeline_ensure_packed (self);
      draw_eras (self, snapshot, width, axis_y);
      draw_axis (self, snapshot, width, axis_y);
      draw_ticks (self, snapshot, width, axis_y);
      draw_ranges (self, snapshot, width, axis_y);
      draw_stems (self, snapshot, axis_y);
      draw_marks (self, snapshot, width, axis_y);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_snapshot_child (widget, child, snapshot);
}
