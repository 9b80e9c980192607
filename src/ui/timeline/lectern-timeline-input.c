/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "lectern-timeline-private.h"

/*
 * Input: zoom (Ctrl+scroll, pinch, + and −, the zoom actions), pan (scroll,
 * drag, Page keys), keyboard navigation between events (Left/Right in date
 * order, Home/End) and the one tab stop the timeline makes.
 */

#define ZOOM_STEP 1.5
#define WHEEL_ZOOM_STEP 1.25
#define WHEEL_PAN 64.0
#define REVEAL_MARGIN 24.0
#define ANIMATION_USEC (250 * G_TIME_SPAN_MILLISECOND)

/* Where zooming by key or button holds still: the focused event when the
 * keyboard is in use, else the selected event, when on screen; else the
 * middle. */
static double
anchor_x (LecternTimeline *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  int focused = lectern_timeline_get_focus_index (self);
  int candidates[2] = { -1, self->selected_index };

  if (focused >= 0 && GTK_IS_WINDOW (root) && gtk_window_get_focus_visible (GTK_WINDOW (root)))
    candidates[0] = focused;

  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      double x;

      if (candidates[i] < 0)
        continue;
      x = lectern_timeline_event_x (self, candidates[i]) - self->offset;
      if (x >= 0 && x <= self->viewport_width)
        return x;
    }
  return self->viewport_width / 2.0;
}

void
lectern_timeline_zoom_to (LecternTimeline *self,
                          double           scale,
                          double           anchor)
{
  double old_scale = self->scale;
  double new_scale;
  double offset;

  if (self->layout == NULL || old_scale <= 0)
    return;

  lectern_timeline_stop_animation (self);
  lectern_timeline_set_view (self, scale, self->offset);
  new_scale = self->scale;
  offset = lectern_timeline_layout_zoom_offset (self->layout, old_scale, new_scale,
                                                self->offset, anchor);
  lectern_timeline_set_view (self, new_scale, offset);
}

static gboolean
animation_tick_cb (GtkWidget     *widget,
                   GdkFrameClock *frame_clock,
                   gpointer       data)
{
  LecternTimeline *self = LECTERN_TIMELINE (widget);
  gint64 now = gdk_frame_clock_get_frame_time (frame_clock);
  double t = CLAMP ((double) (now - self->animation_start) / ANIMATION_USEC, 0, 1);
  double eased = 1 - pow (1 - t, 3);

  self->offset = lectern_timeline_clamp_offset (self, self->animation_from
                                                + (self->animation_to - self->animation_from) * eased);
  gtk_widget_queue_allocate (widget);
  gtk_widget_queue_draw (widget);

  if (t >= 1)
    {
      self->tick_id = 0;
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

void
lectern_timeline_stop_animation (LecternTimeline *self)
{
  if (self->tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->tick_id);
  self->tick_id = 0;
}

static gboolean
animations_enabled (LecternTimeline *self)
{
  gboolean enabled = FALSE;

  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-enable-animations", &enabled, NULL);
  return enabled && gtk_widget_get_mapped (GTK_WIDGET (self));
}

void
lectern_timeline_scroll_to (LecternTimeline *self,
                            double           offset,
                            gboolean         animate)
{
  GdkFrameClock *clock;

  lectern_timeline_stop_animation (self);
  offset = lectern_timeline_clamp_offset (self, offset);

  if (!animate || !animations_enabled (self) || fabs (offset - self->offset) < 1)
    {
      lectern_timeline_set_view (self, self->scale, offset);
      return;
    }

  self->view = VIEW_FREE;
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));
  self->animation_start = gdk_frame_clock_get_frame_time (clock);
  self->animation_from = self->offset;
  self->animation_to = offset;
  self->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), animation_tick_cb, NULL, NULL);
}

void
lectern_timeline_reveal (LecternTimeline *self,
                         guint            index,
                         gboolean         animate)
{
  const LecternTimelineSlot *slot;
  double max_scale;
  double start;
  double width;
  double viewport;
  double target;

  if (self->layout == NULL || index >= self->n_events)
    return;

  if (self->viewport_width <= 0 || self->scale <= 0)
    {
      /* Not laid out yet: done on the next allocation. */
      self->reveal_index = index;
      gtk_widget_queue_allocate (GTK_WIDGET (self));
      return;
    }

  lectern_timeline_ensure_packed (self);

  /* An event with no room at this zoom: zoom in around it until it has. */
  max_scale = lectern_timeline_layout_get_max_scale (self->layout);
  while (self->slots[index].state == LECTERN_TIMELINE_LABEL_HIDDEN && self->scale < max_scale)
    {
      double anchor = lectern_timeline_event_x (self, index) - self->offset;

      lectern_timeline_zoom_to (self, MIN (self->scale * 2, max_scale), anchor);
    }

  slot = &self->slots[index];
  start = slot->x;
  width = lectern_timeline_item_width (self, index);
  viewport = self->viewport_width;
  target = self->offset;

  if (start + width <= self->offset || start >= self->offset + viewport)
    target = start + width / 2 - viewport / 2;
  else if (start < self->offset + REVEAL_MARGIN || width > viewport - 2 * REVEAL_MARGIN)
    target = start - REVEAL_MARGIN;
  else if (start + width > self->offset + viewport - REVEAL_MARGIN)
    target = start + width - viewport + REVEAL_MARGIN;

  if (target != self->offset)
    lectern_timeline_scroll_to (self, target, animate);
}

static void
focus_event_at (LecternTimeline *self,
                guint            index)
{
  GtkWidget *item;

  lectern_timeline_reveal (self, index, TRUE);
  item = lectern_timeline_ensure_item (self, index);
  gtk_widget_grab_focus (item);
}

static int
first_on_screen (LecternTimeline *self)
{
  gsize i = lectern_timeline_slots_lower_bound (self->slots, self->n_events, self->offset);

  for (; i < self->n_events && self->slots[i].x < self->offset + self->viewport_width; i++)
    {
      if (self->slots[i].state != LECTERN_TIMELINE_LABEL_HIDDEN)
        return i;
    }
  return 0;
}

static int
current_index (LecternTimeline *self)
{
  int focused = lectern_timeline_get_focus_index (self);

  if (focused >= 0)
    return focused;
  if (self->selected_index >= 0)
    return self->selected_index;
  return -1;
}

gboolean
lectern_timeline_focus (GtkWidget        *widget,
                        GtkDirectionType  direction)
{
  LecternTimeline *self = LECTERN_TIMELINE (widget);
  int index;

  /* The events make one tab stop; arrows move inside it. */
  if (gtk_widget_get_focus_child (widget) != NULL || self->n_events == 0)
    return FALSE;

  index = current_index (self);
  if (index < 0)
    index = first_on_screen (self);
  focus_event_at (self, index);
  return TRUE;
}

gboolean
lectern_timeline_grab_focus (GtkWidget *widget)
{
  LecternTimeline *self = LECTERN_TIMELINE (widget);
  int index;

  if (self->n_events == 0)
    return FALSE;

  index = current_index (self);
  if (index < 0)
    index = first_on_screen (self);
  focus_event_at (self, index);
  return TRUE;
}

static gboolean
move_cb (GtkWidget *widget,
         GVariant  *args,
         gpointer   data)
{
  LecternTimeline *self = LECTERN_TIMELINE (widget);
  int delta = g_variant_get_int32 (args);
  int index;

  if (self->n_events == 0)
    return FALSE;

  index = current_index (self);
  if (index < 0)
    index = first_on_screen (self);
  else
    index = CLAMP (index + delta, 0, (int) self->n_events - 1);
  focus_event_at (self, index);
  return TRUE;
}

static gboolean
move_to_end_cb (GtkWidget *widget,
                GVariant  *args,
                gpointer   data)
{
  LecternTimeline *self = LECTERN_TIMELINE (widget);

  if (self->n_events == 0)
    return FALSE;

  focus_event_at (self, g_variant_get_boolean (args) ? self->n_events - 1 : 0);
  return TRUE;
}

static gboolean
page_cb (GtkWidget *widget,
         GVariant  *args,
         gpointer   data)
{
  LecternTimeline *self = LECTERN_TIMELINE (widget);
  int direction = g_variant_get_int32 (args);

  lectern_timeline_scroll_to (self, self->offset + direction * self->viewport_width * 0.8, TRUE);
  return TRUE;
}

static void
zoom_in_cb (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  LecternTimeline *self = LECTERN_TIMELINE (widget);

  lectern_timeline_zoom_to (self, self->scale * ZOOM_STEP, anchor_x (self));
}

static void
zoom_out_cb (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LecternTimeline *self = LECTERN_TIMELINE (widget);

  lectern_timeline_zoom_to (self, self->scale / ZOOM_STEP, anchor_x (self));
}

static void
zoom_fit_cb (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  lectern_timeline_zoom_fit (LECTERN_TIMELINE (widget));
}

void
lectern_timeline_update_actions (LecternTimeline *self)
{
  gboolean can_zoom_in = FALSE;
  gboolean can_zoom_out = FALSE;
  gboolean can_fit = FALSE;

  if (self->layout != NULL && self->scale > 0 && self->viewport_width > 0)
    {
      double min_scale = lectern_timeline_get_min_scale (self);

      can_zoom_in = self->scale < lectern_timeline_layout_get_max_scale (self->layout) * 0.999;
      can_zoom_out = self->scale > min_scale * 1.001;
      can_fit = self->scale > min_scale * 1.001 || self->offset > 0.5;
    }

  if (can_zoom_in != self->can_zoom_in)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.zoom-in", can_zoom_in);
  if (can_zoom_out != self->can_zoom_out)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.zoom-out", can_zoom_out);
  if (can_fit != self->can_fit)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.zoom-fit", can_fit);
  self->can_zoom_in = can_zoom_in;
  self->can_zoom_out = can_zoom_out;
  self->can_fit = can_fit;
}

static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           LecternTimeline          *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  gboolean wheel = gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_WHEEL;

  if (self->layout == NULL)
    return FALSE;

  if (state & GDK_CONTROL_MASK)
    {
      double factor = wheel ? pow (WHEEL_ZOOM_STEP, -dy) : exp (-dy * 0.01);
      double anchor = self->pointer_x >= 0 ? self->pointer_x : anchor_x (self);

      lectern_timeline_zoom_to (self, self->scale * factor, anchor);
      return TRUE;
    }

  lectern_timeline_stop_animation (self);
  lectern_timeline_set_view (self, self->scale,
                             self->offset + (dx + dy) * (wheel ? WHEEL_PAN : 1.0));
  return TRUE;
}

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           LecternTimeline          *self)
{
  self->pointer_x = x;
}

static void
leave_cb (GtkEventControllerMotion *controller,
          LecternTimeline          *self)
{
  self->pointer_x = -1;
}

static void
drag_begin_cb (GtkGestureDrag  *gesture,
               double           x,
               double           y,
               LecternTimeline *self)
{
  self->drag_offset = self->offset;
  self->dragging = FALSE;
}

static void
drag_update_cb (GtkGestureDrag  *gesture,
                double           dx,
                double           dy,
                LecternTimeline *self)
{
  if (!self->dragging)
    {
      if (!gtk_drag_check_threshold (GTK_WIDGET (self), 0, 0, (int) dx, (int) dy))
        return;
      self->dragging = TRUE;
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
      lectern_timeline_stop_animation (self);
    }

  lectern_timeline_set_view (self, self->scale, self->drag_offset - dx);
}

static void
drag_end_cb (GtkGestureDrag  *gesture,
             double           dx,
             double           dy,
             LecternTimeline *self)
{
  if (self->dragging)
    gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
  self->dragging = FALSE;
}

static void
zoom_begin_cb (GtkGesture       *gesture,
               GdkEventSequence *sequence,
               LecternTimeline  *self)
{
  double x = self->viewport_width / 2.0;
  double y;

  gtk_gesture_get_bounding_box_center (gesture, &x, &y);
  self->gesture_scale = self->scale;
  self->gesture_anchor = x;
  lectern_timeline_stop_animation (self);
}

static void
zoom_scale_changed_cb (GtkGestureZoom  *gesture,
                       double           scale,
                       LecternTimeline *self)
{
  if (self->gesture_scale > 0)
    lectern_timeline_zoom_to (self, self->gesture_scale * scale, self->gesture_anchor);
}

void
lectern_timeline_class_init_input (GtkWidgetClass *widget_class)
{
  static const guint zoom_in_keys[] = { GDK_KEY_plus, GDK_KEY_equal, GDK_KEY_KP_Add };
  static const guint zoom_out_keys[] = { GDK_KEY_minus, GDK_KEY_underscore, GDK_KEY_KP_Subtract };

  gtk_widget_class_install_action (widget_class, "timeline.zoom-in", NULL, zoom_in_cb);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-out", NULL, zoom_out_cb);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-fit", NULL, zoom_fit_cb);

  for (guint i = 0; i < G_N_ELEMENTS (zoom_in_keys); i++)
    gtk_widget_class_add_binding_action (widget_class, zoom_in_keys[i], 0, "timeline.zoom-in", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (zoom_out_keys); i++)
    gtk_widget_class_add_binding_action (widget_class, zoom_out_keys[i], 0, "timeline.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, 0, "timeline.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, 0, "timeline.zoom-fit", NULL);

  gtk_widget_class_add_binding (widget_class, GDK_KEY_Left, 0, move_cb, "i", -1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Left, 0, move_cb, "i", -1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Right, 0, move_cb, "i", 1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Right, 0, move_cb, "i", 1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Home, 0, move_to_end_cb, "b", FALSE);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Home, 0, move_to_end_cb, "b", FALSE);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_End, 0, move_to_end_cb, "b", TRUE);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_End, 0, move_to_end_cb, "b", TRUE);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Page_Up, 0, page_cb, "i", -1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Page_Up, 0, page_cb, "i", -1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Page_Down, 0, page_cb, "i", 1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Page_Down, 0, page_cb, "i", 1);
}

void
lectern_timeline_init_input (LecternTimeline *self)
{
  GtkEventController *scroll;
  GtkEventController *motion;
  GtkGesture *drag;
  GtkGesture *zoom;

  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect (scroll, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);

  motion = gtk_event_controller_motion_new ();
  g_signal_connect (motion, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect (motion, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  drag = gtk_gesture_drag_new ();
  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  zoom = gtk_gesture_zoom_new ();
  g_signal_connect (zoom, "begin", G_CALLBACK (zoom_begin_cb), self);
  g_signal_connect (zoom, "scale-changed", G_CALLBACK (zoom_scale_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (zoom));
  gtk_gesture_group (zoom, drag);

  self->can_zoom_in = self->can_zoom_out = self->can_fit = TRUE;
  lectern_timeline_update_actions (self);
}
