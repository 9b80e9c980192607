/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "lectern-timeline-private.h"

/*
 * The timeline widget: pack and selection, measure and allocation, the
 * object itself. Split by concern: lectern-timeline-geometry.c (metrics,
 * slots, view), lectern-timeline-items.c (item children),
 * lectern-timeline-draw.c (snapshot), lectern-timeline-input.c (zoom, pan,
 * keyboard).
 *
 * Every event gets a slot (x, lane, width) from the layout maths in
 * src/core; only the slots on screen get an item widget.
 */

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
  [STYLE_ERA_LABEL] = { "eralabel", NULL },
  [STYLE_BREAK] = { "break", NULL },
  [STYLE_BREAK_LABEL] = { "breaklabel", NULL },
  [STYLE_STEM] = { "stem", NULL },
  [STYLE_RANGE] = { "rangebar", NULL },
  [STYLE_RANGE_BACKGROUND] = { "rangebar", "background" },
  [STYLE_RANGE_SELECTED] = { "rangebar", "selected" },
  [STYLE_MARK] = { "mark", NULL },
  [STYLE_MARK_RELATED] = { "mark", "related" },
  [STYLE_MARK_SELECTED] = { "mark", "selected" },
};

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
clear_events (LecternTimeline *self)
{
  lectern_timeline_release_items (self);
  g_clear_pointer (&self->events, g_ptr_array_unref);
  g_clear_pointer (&self->starts, g_free);
  g_clear_pointer (&self->ends, g_free);
  g_clear_pointer (&self->title_widths, g_free);
  g_clear_handle_id (&self->measure_idle_id, g_source_remove);
  self->n_titles_measured = 0;
  self->measured_pixels = 0;
  self->measured_chars = 0;
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
    }

  self->layout = lectern_timeline_layout_new (NULL, self->starts, self->ends, self->n_events);
}

/* The breaks in the axis say what they leave out. */
static gboolean
query_tooltip_cb (LecternTimeline *self,
                  int              x,
                  int              y,
                  gboolean         keyboard_mode,
                  GtkTooltip      *tooltip)
{
  guint n_segments;
  double break_width;

  if (keyboard_mode || self->layout == NULL || self->scale <= 0)
    return FALSE;

  n_segments = lectern_timeline_layout_get_n_segments (self->layout);
  break_width = lectern_timeline_layout_get_params (self->layout)->break_width;
  for (guint i = 0; i + 1 < n_segments; i++)
    {
      double break_x = lectern_timeline_layout_get_break_x (self->layout, i, self->scale) - self->offset;

      if (x >= break_x && x <= break_x + break_width)
        {
          const LecternTimelineSegment *before = lectern_timeline_layout_get_segment (self->layout, i);
          const LecternTimelineSegment *after = lectern_timeline_layout_get_segment (self->layout, i + 1);
          g_autofree char *text = NULL;

          /* Translators: a cut in the timeline's axis, e.g. "No events between 1948 and 1998" */
          text = g_strdup_printf (_("No events between %d and %d"), (int) before->end, (int) after->start);
          gtk_tooltip_set_text (tooltip, text);
          return TRUE;
        }
    }
  return FALSE;
}

static void
style_changed_cb (LecternTimeline *self)
{
  lectern_timeline_invalidate_metrics (self);
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

  lectern_timeline_ensure_metrics (self);

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

  lectern_timeline_ensure_metrics (self);
  self->viewport_width = width;
  lectern_timeline_get_focus_index (self);

  if (self->layout != NULL)
    {
      lectern_timeline_ensure_titles (self);
      switch (self->view)
        {
        case VIEW_DEFAULT:
          self->scale = lectern_timeline_clamp_scale (self, MAX (lectern_timeline_get_min_scale (self),
                                                                 TIMELINE_READABLE_SCALE));
          break;
        case VIEW_FIT:
          self->scale = lectern_timeline_get_min_scale (self);
          break;
        case VIEW_FREE:
        default:
          self->scale = lectern_timeline_clamp_scale (self, self->scale);
          break;
        }
      lectern_timeline_ensure_packed (self);
      if (self->view == VIEW_FIT)
        self->offset = 0;
      else if (self->view == VIEW_DEFAULT)
        self->offset = G_MAXDOUBLE;
      self->offset = lectern_timeline_clamp_offset (self, self->offset);

      if (self->reveal_index >= 0)
        {
          guint index = self->reveal_index;

          self->reveal_index = -1;
          lectern_timeline_reveal (self, index, FALSE);
        }
    }

  lectern_timeline_sync_items (self);
  lectern_timeline_allocate_items (self);

  if (gtk_widget_get_visible (self->empty_label))
    {
      GtkRequisition label;

      gtk_widget_get_preferred_size (self->empty_label, NULL, &label);
      gtk_widget_size_allocate (self->empty_label,
                                &(GtkAllocation) {
                                  (width - label.width) / 2,
                                  (height - label.height) / 2,
                                  MIN (label.width, width),
                                  label.height,
                                }, -1);
    }

  if (gtk_widget_get_visible (self->controls))
    {
      gtk_widget_get_preferred_size (self->controls, NULL, &controls);
      gtk_widget_size_allocate (self->controls,
                                &(GtkAllocation) {
                                  width - controls.width - 4,
                                  MAX ((self->era_height - controls.height) / 2, 0),
                                  controls.width,
                                  controls.height,
                                }, -1);
    }

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
    lectern_timeline_invalidate_metrics (LECTERN_TIMELINE (widget));
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
  lectern_timeline_invalidate_metrics (self);
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
  self->empty_label = NULL;
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
  self->view = VIEW_DEFAULT;
  self->pointer_x = -1;

  gtk_widget_set_overflow (widget, GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_has_tooltip (widget, TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
  gtk_widget_set_focusable (widget, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Timeline"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Events of the article in date order. Left and Right move "
                                    "between events, plus and minus zoom."),
                                  -1);

  for (guint i = 0; i < N_STYLES; i++)
    {
      /* Never shown, but kept "visible" with child-visible off so that
       * their style follows CSS changes (such as presentation mode). */
      self->styles[i] = g_object_new (GTK_TYPE_LABEL,
                                      "css-name", style_nodes[i].name,
                                      NULL);
      gtk_widget_set_child_visible (self->styles[i], FALSE);
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

  self->empty_label = g_object_new (GTK_TYPE_LABEL,
                                    "label", _("No dated events"),
                                    "css-classes", (const char *[]) { "dim-label", NULL },
                                    "visible", FALSE,
                                    NULL);
  gtk_widget_set_parent (self->empty_label, widget);
  gtk_widget_set_visible (self->controls, FALSE);

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
  gtk_widget_set_visible (self->controls, self->n_events > 0);
  gtk_widget_set_visible (self->empty_label, pack != NULL && self->n_events == 0);
  self->scale = 0;
  self->offset = 0;
  self->packed_scale = 0;
  self->view = VIEW_DEFAULT;
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
  self->view = VIEW_FIT;
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
