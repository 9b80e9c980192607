/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include "lectern-timeline-private.h"

/*
 * The item children: only events on screen (and the focused one) have one.
 * Items leaving the screen go back to a small pool and are rebound to the
 * events coming in, so a frame costs what is visible, not the pack.
 */

static void item_activate_cb  (LecternTimelineItem *item,
                               LecternTimeline     *self);
static void item_has_focus_cb (LecternTimelineItem *item,
                               GParamSpec          *pspec,
                               LecternTimeline     *self);

int
lectern_timeline_index_of (LecternTimeline *self,
                           LecternEvent    *event)
{
  guint index;

  if (event == NULL || self->events == NULL)
    return -1;

  index = lectern_event_get_index (event);
  if (index < self->n_events && g_ptr_array_index (self->events, index) == event)
    return index;
  if (g_ptr_array_find (self->events, event, &index))
    return index;
  return -1;
}

int
lectern_timeline_get_focus_index (LecternTimeline *self)
{
  GtkWidget *child = gtk_widget_get_focus_child (GTK_WIDGET (self));
  LecternEvent *event = NULL;

  if (LECTERN_IS_TIMELINE_ITEM (child))
    event = lectern_timeline_item_get_event (LECTERN_TIMELINE_ITEM (child));
  self->focus_index = lectern_timeline_index_of (self, event);
  return self->focus_index;
}

GtkWidget *
lectern_timeline_get_item_at (LecternTimeline *self,
                              guint            index)
{
  return g_hash_table_lookup (self->items, GUINT_TO_POINTER (index));
}

static gboolean
slot_on_screen (LecternTimeline *self,
                guint            index)
{
  const LecternTimelineSlot *slot = &self->slots[index];

  return slot->state != LECTERN_TIMELINE_LABEL_HIDDEN
         && slot->x < self->offset + self->viewport_width
         && slot->x + lectern_timeline_item_width (self, index) > self->offset;
}

static gboolean
item_needed (LecternTimeline *self,
             guint            index)
{
  return index < self->n_events
         && ((int) index == self->focus_index || slot_on_screen (self, index));
}

static void
bind_item (LecternTimeline *self,
           GtkWidget       *item,
           guint            index)
{
  LecternTimelineItem *timeline_item = LECTERN_TIMELINE_ITEM (item);

  lectern_timeline_item_set_event (timeline_item, g_ptr_array_index (self->events, index));
  lectern_timeline_item_set_selected (timeline_item, (int) index == self->selected_index);
  lectern_timeline_item_set_related (timeline_item, self->related[index]);
  gtk_widget_set_visible (item, TRUE);
  g_hash_table_insert (self->items, GUINT_TO_POINTER (index), item);
}

static GtkWidget *
take_item (LecternTimeline *self,
           GPtrArray       *released)
{
  GtkWidget *item;

  if (released != NULL && released->len > 0)
    return g_ptr_array_steal_index_fast (released, released->len - 1);
  if (self->pool->len > 0)
    return g_ptr_array_steal_index_fast (self->pool, self->pool->len - 1);

  item = lectern_timeline_item_new ();
  g_signal_connect_object (item, "activate", G_CALLBACK (item_activate_cb), self, 0);
  g_signal_connect_object (item, "notify::has-focus", G_CALLBACK (item_has_focus_cb), self, 0);
  gtk_widget_set_parent (item, GTK_WIDGET (self));
  return item;
}

static void
release_item (LecternTimeline *self,
              GtkWidget       *item)
{
  lectern_timeline_item_set_event (LECTERN_TIMELINE_ITEM (item), NULL);
  if (self->pool->len < TIMELINE_POOL_SIZE)
    {
      gtk_widget_set_visible (item, FALSE);
      g_ptr_array_add (self->pool, item);
    }
  else
    {
      gtk_widget_unparent (item);
    }
}

void
lectern_timeline_release_items (LecternTimeline *self)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->items);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      g_hash_table_iter_steal (&iter);
      release_item (self, value);
    }
  self->focus_index = -1;
}

GtkWidget *
lectern_timeline_ensure_item (LecternTimeline *self,
                              guint            index)
{
  GtkWidget *item = lectern_timeline_get_item_at (self, index);

  g_return_val_if_fail (index < self->n_events, NULL);

  if (item == NULL)
    {
      item = take_item (self, NULL);
      bind_item (self, item, index);
    }
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  return item;
}

/* Keeps the alive items in event order among the children, so screen
 * readers meet them in date order. */
static void
order_items (LecternTimeline *self,
             guint            first,
             guint            last)
{
  GtkWidget *previous = self->empty_label;

  for (guint i = first; i < last; i++)
    {
      GtkWidget *item = lectern_timeline_get_item_at (self, i);
      GtkWidget *sibling;

      if (item == NULL)
        continue;

      sibling = gtk_widget_get_prev_sibling (item);
      while (sibling != NULL && sibling != previous && !gtk_widget_get_visible (sibling))
        sibling = gtk_widget_get_prev_sibling (sibling);
      if (sibling != previous)
        gtk_widget_insert_after (item, GTK_WIDGET (self), previous);
      previous = item;
    }
}

void
lectern_timeline_sync_items (LecternTimeline *self)
{
  g_autoptr(GPtrArray) released = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key;
  gpointer value;
  gsize first;
  gsize end;

  if (self->n_events == 0)
    {
      lectern_timeline_release_items (self);
      return;
    }

  g_hash_table_iter_init (&iter, self->items);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      if (!item_needed (self, GPOINTER_TO_UINT (key)))
        {
          g_hash_table_iter_steal (&iter);
          g_ptr_array_add (released, value);
        }
    }

  first = lectern_timeline_slots_lower_bound (self->slots, self->n_events,
                                              self->offset - self->max_slot_width);
  end = lectern_timeline_slots_lower_bound (self->slots, self->n_events,
                                            self->offset + self->viewport_width);
  for (gsize i = first; i < end; i++)
    {
      if (slot_on_screen (self, i) && lectern_timeline_get_item_at (self, i) == NULL)
        bind_item (self, take_item (self, released), i);
    }

  for (guint i = 0; i < released->len; i++)
    release_item (self, g_ptr_array_index (released, i));

  if (self->focus_index >= 0)
    {
      first = MIN (first, (gsize) self->focus_index);
      end = MAX (end, (gsize) self->focus_index + 1);
    }
  order_items (self, first, end);
}

static void
allocate_item (LecternTimeline *self,
               GtkWidget       *item,
               guint            index)
{
  const LecternTimelineSlot *slot = &self->slots[index];
  GtkAllocation allocation;
  int minimum;

  allocation.x = (int) round (slot->x - self->offset);
  allocation.y = lectern_timeline_lane_y (self, slot->lane);
  allocation.height = self->item_height;
  allocation.width = lectern_timeline_item_width (self, index);

  lectern_timeline_item_set_compact (LECTERN_TIMELINE_ITEM (item),
                                     slot->state == LECTERN_TIMELINE_LABEL_COMPACT);
  gtk_widget_measure (item, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  allocation.width = MAX (allocation.width, minimum);
  gtk_widget_size_allocate (item, &allocation, -1);
}

static void
item_activate_cb (LecternTimelineItem *item,
                  LecternTimeline     *self)
{
  int index = lectern_timeline_index_of (self, lectern_timeline_item_get_event (item));

  if (index >= 0)
    lectern_timeline_activate_index (self, index);
}

static void
item_has_focus_cb (LecternTimelineItem *item,
                   GParamSpec          *pspec,
                   LecternTimeline     *self)
{
  lectern_timeline_get_focus_index (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

void
lectern_timeline_allocate_items (LecternTimeline *self)
{
  GHashTableIter iter;
  gpointer key;
  gpointer value;

  g_hash_table_iter_init (&iter, self->items);
  while (g_hash_table_iter_next (&iter, &key, &value))
    allocate_item (self, value, GPOINTER_TO_UINT (key));
}
