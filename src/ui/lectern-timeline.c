/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lectern-timeline-private.h"

/*
 * The timeline widget: pack and selection, layout, and the item children.
 * Drawing is in lectern-timeline-draw.c, input in lectern-timeline-input.c.
 *
 * Every event gets a slot (x, lane, width) from the layout maths in
 * src/core; only the slots on screen get an item widget. Items leaving the
 * screen go back to a small pool and are rebound to the events coming in,
 * so the cost of a frame follows what is visible, not the pack.
 */

#define MAX_ITEM_WIDTH 240.0
#define MIN_LABEL_WIDTH 90.0

G_DEFINE_FINAL_TYPE (LecternTimeline, lectern_timeline, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PACK,
  PROP_SELECTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const struct
{
  const char *name;
  const char *css_class;
} style_nodes[N_STYLES] = {
  [STYLE_AXIS] = { "axis", NULL },
  [STYLE_TICK] = { "tick", NULL },
  [STYLE_ERA_EVEN] = { "era", "even" },
  [STYLE_ERA_ODD] = { "era", "odd" },
  [STYLE_BREAK] = { "break", NULL },
  [STYLE_STEM] = { "stem", NULL },
  [STYLE_RANGE] = { "rangebar", NULL },
  [STYLE_RANGE_BACKGROUND] = { "rangebar", "background" },
  [STYLE_RANGE_SELECTED] = { "rangebar", "selected" },
  [STYLE_MARK] = { "mark", NULL },
  [STYLE_MARK_RELATED] = { "mark", "related" },
  [STYLE_MARK_SELECTED] = { "mark", "selected" },
};

static void item_activate_cb        (LecternTimelineItem *item,
                                     LecternTimeline     *self);
static void item_has_focus_cb       (LecternTimelineItem *item,
                                     GParamSpec          *pspec,
                                     LecternTimeline     *self);

static int
text_height (GtkWidget *widget)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, "2014 Ag");
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);
  return height;
}

static void
ensure_metrics (LecternTimeline *self)
{
  GtkWidget *item = GTK_WIDGET (self->measure_item);
  int natural;

  if (self->metrics_valid)
    return;

  lectern_timeline_item_set_compact (self->measure_item, TRUE);
  gtk_widget_measure (item, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  self->compact_width = natural;
  self->marker_offset = natural / 2.0;

  lectern_timeline_item_set_compact (self->measure_item, FALSE);
  gtk_widget_measure (item, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  self->chrome_width = natural;
  gtk_widget_measure (item, GTK_ORIENTATION_VERTICAL, -1, NULL, &natural, NULL, NULL);
  self->item_height = natural;

  self->era_height = text_height (self->styles[STYLE_ERA_EVEN]) + 10;
  self->axis_height = text_height (self->styles[STYLE_TICK]) + 14;

  for (guint i = 0; i < self->n_events; i++)
    self->title_widths[i] = -1;
  self->packed_scale = 0;
  self->metrics_valid = TRUE;
}

static void
invalidate_metrics (LecternTimeline *self)
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
  if (self->n_events > 0 && self->title_widths[self->n_events - 1] >= 0)
    trailing = MIN (self->title_widths[self->n_events - 1] + self->chrome_width, MAX_ITEM_WIDTH);
  return MAX (self->viewport_width - MIN (trailing, self->viewport_width / 3.0), 1);
}

double
lectern_timeline_get_min_scale (LecternTimeline *self)
{
  if (self->layout == NULL)
    return 1;
  return lectern_timeline_layout_get_min_scale (self->layout, fit_viewport (self));
}

static void
measure_titles (LecternTimeline *self)
{
  g_autoptr(PangoLayout) layout = NULL;

  for (guint i = 0; i < self->n_events; i++)
    {
      int width;

      if (self->title_widths[i] >= 0)
        continue;
      if (layout == NULL)
        layout = lectern_timeline_item_create_title_layout (self->measure_item);
      pango_layout_set_text (layout, lectern_event_get_title (g_ptr_array_index (self->events, i)), -1);
      pango_layout_get_pixel_size (layout, &width, NULL);
      self->title_widths[i] = width;
    }
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

  ensure_metrics (self);
  if (self->layout == NULL || (self->packed_scale == self->scale && self->scale > 0))
    return;

  measure_titles (self);
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

  self->fit = FALSE;
  self->scale = lectern_timeline_layout_clamp_scale (self->layout, scale, fit_viewport (self));
  lectern_timeline_ensure_packed (self);
  self->offset = lectern_timeline_clamp_offset (self, offset);
  lectern_timeline_update_actions (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

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

static void
release_all_items (LecternTimeline *self)
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
  GtkWidget *previous = self->controls;

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

static void
sync_items (LecternTimeline *self)
{
  g_autoptr(GPtrArray) released = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key;
  gpointer value;
  gsize first;
  gsize end;

  if (self->n_events == 0)
    {
      release_all_items (self);
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
update_related (LecternTimeline *self)
{
  LecternEntity *entity = self->selection ? lectern_selection_get_entity (self->selection) : NULL;
  const char *id = entity ? lectern_entity_get_id (entity) : NULL;
  GHashTableIter iter;
  gpointer key;
  gpointer value;

  for (guint i = 0; i < self->n_events; i++)
    {
      const char * const *ids = lectern_event_get_entity_ids (g_ptr_array_index (self->events, i));

      self->related[i] = id != NULL && ids != NULL && g_strv_contains (ids, id);
    }

  g_hash_table_iter_init (&iter, self->items);
  while (g_hash_table_iter_next (&iter, &key, &value))
    lectern_timeline_item_set_related (value, self->related[GPOINTER_TO_UINT (key)]);

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
update_selected (LecternTimeline *self,
                 gboolean         reveal)
{
  LecternEvent *event = self->selection ? lectern_selection_get_event (self->selection) : NULL;
  int index = lectern_timeline_index_of (self, event);
  GtkWidget *item;

  if (index == self->selected_index)
    return;

  if (self->selected_index >= 0
      && (item = lectern_timeline_get_item_at (self, self->selected_index)) != NULL)
    lectern_timeline_item_set_selected (LECTERN_TIMELINE_ITEM (item), FALSE);

  self->selected_index = index;
  if (index >= 0 && (item = lectern_timeline_get_item_at (self, index)) != NULL)
    lectern_timeline_item_set_selected (LECTERN_TIMELINE_ITEM (item), TRUE);

  if (index >= 0 && reveal)
    lectern_timeline_reveal (self, index, TRUE);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
selection_event_cb (LecternSelection *selection,
                    GParamSpec       *pspec,
                    LecternTimeline  *self)
{
  update_selected (self, TRUE);
}

static void
selection_entity_cb (LecternSelection *selection,
                     GParamSpec       *pspec,
                     LecternTimeline  *self)
{
  update_related (self);
}

void
lectern_timeline_activate_index (LecternTimeline *self,
                                 guint            index)
{
  LecternEvent *event;

  g_return_if_fail (index < self->n_events);

  if (self->selection == NULL)
    return;

  event = g_ptr_array_index (self->events, index);
  if (lectern_selection_get_event (self->selection) == event)
    {
      /* Already selected: show its quote again. */
      LecternParagraph *paragraph =
        self->pack ? lectern_pack_lookup_paragraph (self->pack,
                                                    lectern_event_get_paragraph_id (event))
                   : NULL;

      if (paragraph != NULL)
        lectern_selection_reveal (self->selection, paragraph,
                                  lectern_event_get_quote_start (event),
                                  lectern_event_get_quote_end (event));
      return;
    }

  lectern_selection_set_event (self->selection, event);
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

static void
clear_events (LecternTimeline *self)
{
  release_all_items (self);
  g_clear_pointer (&self->events, g_ptr_array_unref);
  g_clear_pointer (&self->starts, g_free);
  g_clear_pointer (&self->ends, g_free);
  g_clear_pointer (&self->title_widths, g_free);
  g_clear_pointer (&self->related, g_free);
  g_clear_pointer (&self->slots, g_free);
  g_clear_pointer (&self->layout, lectern_timeline_layout_free);
  self->n_events = 0;
  self->selected_index = -1;
  self->reveal_index = -1;
}

static void
load_events (LecternTimeline *self)
{
  GListModel *events;

  clear_events (self);
  if (self->pack == NULL)
    return;

  events = lectern_pack_get_events (self->pack);
  self->n_events = g_list_model_get_n_items (events);
  self->events = g_ptr_array_new_full (self->n_events, g_object_unref);
  self->starts = g_new (double, self->n_events);
  self->ends = g_new (double, self->n_events);
  self->title_widths = g_new (double, self->n_events);
  self->related = g_new0 (guint8, self->n_events);
  self->slots = g_new0 (LecternTimelineSlot, self->n_events);

  for (guint i = 0; i < self->n_events; i++)
    {
      LecternEvent *event = g_list_model_get_item (events, i);
      const LecternDate *end = lectern_event_get_end (event);

      g_ptr_array_add (self->events, event);
      self->starts[i] = lectern_date_to_decimal_year (lectern_event_get_start (event));
      self->ends[i] = end != NULL ? lectern_date_to_decimal_year (end) : self->starts[i];
      self->title_widths[i] = -1;
    }

  self->layout = lectern_timeline_layout_new (NULL, self->starts, self->ends, self->n_events);
}

static void
style_changed_cb (LecternTimeline *self)
{
  invalidate_metrics (self);
}

static void
lectern_timeline_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  LecternTimeline *self = LECTERN_TIMELINE (widget);

  ensure_metrics (self);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int controls_width;

      gtk_widget_measure (self->controls, orientation, -1, &controls_width, NULL, NULL, NULL);
      *minimum = MAX (controls_width + 48, 160);
      *natural = MAX (*minimum, 720);
    }
  else
    {
      int height = self->era_height
                   + self->n_lanes * (self->item_height + TIMELINE_LANE_GAP)
                   + 2 + self->axis_height;

      *minimum = *natural = height;
    }
}

static void
lectern_timeline_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  LecternTimeline *self = LECTERN_TIMELINE (widget);
  GtkRequisition controls;
  GHashTableIter iter;
  gpointer key;
  gpointer value;

  ensure_metrics (self);
  self->viewport_width = width;
  lectern_timeline_get_focus_index (self);

  if (self->layout != NULL)
    {
      measure_titles (self);
      if (self->fit || self->scale <= 0)
        self->scale = lectern_timeline_layout_get_min_scale (self->layout, fit_viewport (self));
      else
        self->scale = lectern_timeline_layout_clamp_scale (self->layout, self->scale,
                                                           fit_viewport (self));
      lectern_timeline_ensure_packed (self);
      if (self->fit)
        self->offset = 0;
      self->offset = lectern_timeline_clamp_offset (self, self->offset);

      if (self->reveal_index >= 0)
        {
          guint index = self->reveal_index;

          self->reveal_index = -1;
          lectern_timeline_reveal (self, index, FALSE);
        }
    }

  sync_items (self);

  g_hash_table_iter_init (&iter, self->items);
  while (g_hash_table_iter_next (&iter, &key, &value))
    allocate_item (self, value, GPOINTER_TO_UINT (key));

  gtk_widget_get_preferred_size (self->controls, NULL, &controls);
  gtk_widget_size_allocate (self->controls,
                            &(GtkAllocation) {
                              width - controls.width - 4,
                              MAX ((self->era_height - controls.height) / 2, 0),
                              controls.width,
                              controls.height,
                            }, -1);

  lectern_timeline_update_actions (self);
}

static void
lectern_timeline_system_setting_changed (GtkWidget        *widget,
                                         GtkSystemSetting  setting)
{
  GTK_WIDGET_CLASS (lectern_timeline_parent_class)->system_setting_changed (widget, setting);

  if (setting == GTK_SYSTEM_SETTING_FONT_NAME
      || setting == GTK_SYSTEM_SETTING_FONT_CONFIG
      || setting == GTK_SYSTEM_SETTING_DPI)
    invalidate_metrics (LECTERN_TIMELINE (widget));
}

static void
lectern_timeline_root (GtkWidget *widget)
{
  LecternTimeline *self = LECTERN_TIMELINE (widget);
  AdwStyleManager *manager;

  GTK_WIDGET_CLASS (lectern_timeline_parent_class)->root (widget);

  manager = adw_style_manager_get_for_display (gtk_widget_get_display (widget));
  g_signal_connect_object (manager, "notify::high-contrast",
                           G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);
  invalidate_metrics (self);
}

static void
lectern_timeline_unroot (GtkWidget *widget)
{
  AdwStyleManager *manager = adw_style_manager_get_for_display (gtk_widget_get_display (widget));

  g_signal_handlers_disconnect_by_func (manager, style_changed_cb, widget);

  GTK_WIDGET_CLASS (lectern_timeline_parent_class)->unroot (widget);
}

static void
lectern_timeline_dispose (GObject *object)
{
  LecternTimeline *self = LECTERN_TIMELINE (object);
  GtkWidget *child;

  lectern_timeline_stop_animation (self);
  lectern_timeline_set_selection (self, NULL);
  clear_events (self);
  g_clear_object (&self->pack);

  g_clear_pointer (&self->pool, g_ptr_array_unref);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  self->measure_item = NULL;
  self->controls = NULL;
  for (guint i = 0; i < N_STYLES; i++)
    self->styles[i] = NULL;

  G_OBJECT_CLASS (lectern_timeline_parent_class)->dispose (object);
}

static void
lectern_timeline_finalize (GObject *object)
{
  LecternTimeline *self = LECTERN_TIMELINE (object);

  g_clear_pointer (&self->items, g_hash_table_unref);

  G_OBJECT_CLASS (lectern_timeline_parent_class)->finalize (object);
}

static void
lectern_timeline_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  LecternTimeline *self = LECTERN_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_PACK:
      g_value_set_object (value, self->pack);
      break;
    case PROP_SELECTION:
      g_value_set_object (value, self->selection);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lectern_timeline_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  LecternTimeline *self = LECTERN_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_PACK:
      lectern_timeline_set_pack (self, g_value_get_object (value));
      break;
    case PROP_SELECTION:
      lectern_timeline_set_selection (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lectern_timeline_class_init (LecternTimelineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->dispose = lectern_timeline_dispose;
  object_class->finalize = lectern_timeline_finalize;
  object_class->get_property = lectern_timeline_get_property;
  object_class->set_property = lectern_timeline_set_property;

  widget_class->measure = lectern_timeline_measure;
  widget_class->size_allocate = lectern_timeline_size_allocate;
  widget_class->snapshot = lectern_timeline_snapshot;
  widget_class->focus = lectern_timeline_focus;
  widget_class->grab_focus = lectern_timeline_grab_focus;
  widget_class->system_setting_changed = lectern_timeline_system_setting_changed;
  widget_class->root = lectern_timeline_root;
  widget_class->unroot = lectern_timeline_unroot;

  properties[PROP_PACK] = g_param_spec_object ("pack", NULL, NULL, LECTERN_TYPE_PACK, flags);
  properties[PROP_SELECTION] =
    g_param_spec_object ("selection", NULL, NULL, LECTERN_TYPE_SELECTION, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  lectern_timeline_class_init_input (widget_class);

  gtk_widget_class_set_css_name (widget_class, "timeline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static GtkWidget *
new_zoom_button (const char *icon_name,
                 const char *tooltip,
                 const char *action_name)
{
  return g_object_new (GTK_TYPE_BUTTON,
                       "icon-name", icon_name,
                       "tooltip-text", tooltip,
                       "action-name", action_name,
                       "focusable", FALSE,
                       "focus-on-click", FALSE,
                       "css-classes", (const char *[]) { "flat", "circular", NULL },
                       NULL);
}

static void
lectern_timeline_init (LecternTimeline *self)
{
  GtkWidget *widget = GTK_WIDGET (self);

  self->items = g_hash_table_new (NULL, NULL);
  self->pool = g_ptr_array_new ();
  self->selected_index = -1;
  self->focus_index = -1;
  self->reveal_index = -1;
  self->n_lanes = 1;
  self->fit = TRUE;
  self->pointer_x = -1;

  gtk_widget_set_overflow (widget, GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_focusable (widget, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Timeline"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Events of the article in date order. Left and Right move "
                                    "between events, plus and minus zoom."),
                                  -1);

  for (guint i = 0; i < N_STYLES; i++)
    {
      self->styles[i] = g_object_new (GTK_TYPE_LABEL,
                                      "css-name", style_nodes[i].name,
                                      "visible", FALSE,
                                      NULL);
      if (style_nodes[i].css_class != NULL)
        gtk_widget_add_css_class (self->styles[i], style_nodes[i].css_class);
      gtk_widget_set_parent (self->styles[i], widget);
    }

  self->measure_item = LECTERN_TIMELINE_ITEM (lectern_timeline_item_new ());
  gtk_widget_set_child_visible (GTK_WIDGET (self->measure_item), FALSE);
  gtk_widget_set_focusable (GTK_WIDGET (self->measure_item), FALSE);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->measure_item),
                               GTK_ACCESSIBLE_STATE_HIDDEN, TRUE,
                               -1);
  gtk_widget_set_parent (GTK_WIDGET (self->measure_item), widget);

  self->controls = g_object_new (GTK_TYPE_BOX,
                                 "css-name", "controls",
                                 "spacing", 2,
                                 NULL);
  gtk_box_append (GTK_BOX (self->controls),
                  new_zoom_button ("zoom-out-symbolic", _("Zoom Out (−)"), "timeline.zoom-out"));
  gtk_box_append (GTK_BOX (self->controls),
                  new_zoom_button ("zoom-in-symbolic", _("Zoom In (+)"), "timeline.zoom-in"));
  gtk_box_append (GTK_BOX (self->controls),
                  new_zoom_button ("zoom-fit-best-symbolic", _("Show All Events (0)"),
                                   "timeline.zoom-fit"));
  gtk_widget_set_parent (self->controls, widget);

  lectern_timeline_init_input (self);
}

GtkWidget *
lectern_timeline_new (void)
{
  return g_object_new (LECTERN_TYPE_TIMELINE, NULL);
}

LecternPack *
lectern_timeline_get_pack (LecternTimeline *self)
{
  g_return_val_if_fail (LECTERN_IS_TIMELINE (self), NULL);

  return self->pack;
}

void
lectern_timeline_set_pack (LecternTimeline *self,
                           LecternPack     *pack)
{
  g_return_if_fail (LECTERN_IS_TIMELINE (self));
  g_return_if_fail (pack == NULL || LECTERN_IS_PACK (pack));

  if (!g_set_object (&self->pack, pack))
    return;

  load_events (self);
  self->n_lanes = CLAMP (self->n_events, 1, TIMELINE_MAX_LANES);
  self->scale = 0;
  self->offset = 0;
  self->packed_scale = 0;
  self->fit = TRUE;
  update_related (self);
  update_selected (self, TRUE);
  gtk_widget_queue_resize (GTK_WIDGET (self));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PACK]);
}

LecternSelection *
lectern_timeline_get_selection (LecternTimeline *self)
{
  g_return_val_if_fail (LECTERN_IS_TIMELINE (self), NULL);

  return self->selection;
}

void
lectern_timeline_set_selection (LecternTimeline  *self,
                                LecternSelection *selection)
{
  g_return_if_fail (LECTERN_IS_TIMELINE (self));
  g_return_if_fail (selection == NULL || LECTERN_IS_SELECTION (selection));

  if (self->selection == selection)
    return;

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_set_object (&self->selection, selection);
  if (selection != NULL)
    {
      g_signal_connect (selection, "notify::event", G_CALLBACK (selection_event_cb), self);
      g_signal_connect (selection, "notify::entity", G_CALLBACK (selection_entity_cb), self);
    }

  update_related (self);
  update_selected (self, TRUE);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTION]);
}

double
lectern_timeline_get_scale (LecternTimeline *self)
{
  g_return_val_if_fail (LECTERN_IS_TIMELINE (self), 0);

  return self->scale;
}

void
lectern_timeline_zoom_fit (LecternTimeline *self)
{
  g_return_if_fail (LECTERN_IS_TIMELINE (self));

  lectern_timeline_stop_animation (self);
  self->fit = TRUE;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
lectern_timeline_pan (LecternTimeline *self,
                      double           pixels)
{
  g_return_if_fail (LECTERN_IS_TIMELINE (self));

  lectern_timeline_stop_animation (self);
  lectern_timeline_set_view (self, self->scale, self->offset + pixels);
}

void
lectern_timeline_focus_event (LecternTimeline *self,
                              LecternEvent    *event)
{
  int index;
  GtkWidget *item;

  g_return_if_fail (LECTERN_IS_TIMELINE (self));
  g_return_if_fail (LECTERN_IS_EVENT (event));

  index = lectern_timeline_index_of (self, event);
  if (index < 0)
    return;

  lectern_timeline_reveal (self, index, TRUE);
  item = lectern_timeline_ensure_item (self, index);
  gtk_widget_grab_focus (item);
}

guint
lectern_timeline_get_n_items_alive (LecternTimeline *self)
{
  g_return_val_if_fail (LECTERN_IS_TIMELINE (self), 0);

  return g_hash_table_size (self->items);
}

GtkWidget *
lectern_timeline_get_item (LecternTimeline *self,
                           LecternEvent    *event)
{
  int index;

  g_return_val_if_fail (LECTERN_IS_TIMELINE (self), NULL);
  g_return_val_if_fail (LECTERN_IS_EVENT (event), NULL);

  index = lectern_timeline_index_of (self, event);
  return index >= 0 ? lectern_timeline_get_item_at (self, index) : NULL;
}
