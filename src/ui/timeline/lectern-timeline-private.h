/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lectern-timeline.h"
#include "lectern-timeline-item.h"
#include "lectern-timeline-layout.h"

G_BEGIN_DECLS

/* Nodes that are never shown: the timeline reads the colours and fonts of
 * what it draws from their CSS (timeline > axis, timeline > era.odd, …). */
typedef enum
{
  STYLE_AXIS,
  STYLE_TICK,
  STYLE_ERA_EVEN,
  STYLE_ERA_ODD,
  STYLE_ERA_LABEL,
  STYLE_BREAK,
  STYLE_BREAK_LABEL,
  STYLE_STEM,
  STYLE_RANGE,
  STYLE_RANGE_BACKGROUND,
  STYLE_RANGE_SELECTED,
  STYLE_MARK,
  STYLE_MARK_RELATED,
  STYLE_MARK_SELECTED,
  N_STYLES
} TimelineStyle;

/* How the zoom and scroll follow the widget's width. */
typedef enum
{
  VIEW_DEFAULT,   /* everything, or if crowded a readable zoom on the latest events */
  VIEW_FIT,       /* everything */
  VIEW_FREE,      /* where the person put it */
} TimelineView;

#define TIMELINE_MAX_LANES  4
/* Pixels per year below which the default view stops fitting everything. */
#define TIMELINE_READABLE_SCALE 44.0
#define TIMELINE_LANE_GAP   4
#define TIMELINE_POOL_SIZE  48

struct _LecternTimeline
{
  GtkWidget              parent_instance;

  LecternPack           *pack;
  LecternSelection      *selection;

  /* Per event, in date order */
  GPtrArray             *events;
  double                *starts;
  double                *ends;
  double                *title_widths;
  guint                  n_titles_measured;
  double                 measured_pixels;
  double                 measured_chars;
  guint                  measure_idle_id;
  guint8                *related;
  LecternTimelineSlot   *slots;
  guint                  n_events;
  LecternTimelineLayout *layout;
  int                    selected_index;

  /* View */
  double                 scale;
  double                 offset;
  double                 packed_scale;
  double                 max_slot_width;
  double                 content_width;
  int                    viewport_width;
  guint                  n_lanes;
  TimelineView           view;

  /* Metrics from CSS, in pixels */
  gboolean               metrics_valid;
  double                 chrome_width;
  double                 compact_width;
  double                 marker_offset;
  int                    item_height;
  int                    era_height;
  int                    axis_height;

  /* Children */
  GHashTable            *items;
  GPtrArray             *pool;
  LecternTimelineItem   *measure_item;
  GtkWidget             *controls;
  GtkWidget             *empty_label;
  GtkWidget             *styles[N_STYLES];

  /* Interaction */
  guint                  tick_id;
  gint64                 animation_start;
  double                 animation_from;
  double                 animation_to;
  double                 drag_offset;
  gboolean               dragging;
  double                 gesture_scale;
  double                 gesture_anchor;
  double                 pointer_x;
  int                    focus_index;
  int                    reveal_index;
  guint                  can_zoom_in : 1;
  guint                  can_zoom_out : 1;
  guint                  can_fit : 1;
};

/* lectern-timeline.c */
void       lectern_timeline_activate_index     (LecternTimeline *self,
                                                guint            index);

/* lectern-timeline-geometry.c */
void       lectern_timeline_ensure_metrics     (LecternTimeline *self);
void       lectern_timeline_invalidate_metrics (LecternTimeline *self);
void       lectern_timeline_ensure_titles      (LecternTimeline *self);
void       lectern_timeline_ensure_packed      (LecternTimeline *self);
double     lectern_timeline_get_min_scale      (LecternTimeline *self);
double     lectern_timeline_clamp_scale        (LecternTimeline *self,
                                                double           scale);
double     lectern_timeline_clamp_offset       (LecternTimeline *self,
                                                double           offset);
void       lectern_timeline_set_view           (LecternTimeline *self,
                                                double           scale,
                                                double           offset);
int        lectern_timeline_axis_y             (LecternTimeline *self);
int        lectern_timeline_lane_y             (LecternTimeline *self,
                                                int              lane);
double     lectern_timeline_event_x            (LecternTimeline *self,
                                                guint            index);
/* Width of the item of event @index at this zoom. */
double     lectern_timeline_item_width         (LecternTimeline *self,
                                                guint            index);

/* lectern-timeline-items.c */
int        lectern_timeline_index_of           (LecternTimeline *self,
                                                LecternEvent    *event);
/* The event whose item has the focus (and remembers it), or -1. */
int        lectern_timeline_get_focus_index    (LecternTimeline *self);
GtkWidget *lectern_timeline_get_item_at        (LecternTimeline *self,
                                                guint            index);
GtkWidget *lectern_timeline_ensure_item        (LecternTimeline *self,
                                                guint            index);
void       lectern_timeline_release_items      (LecternTimeline *self);
void       lectern_timeline_sync_items         (LecternTimeline *self);
void       lectern_timeline_allocate_items     (LecternTimeline *self);

/* lectern-timeline-draw.c */
void       lectern_timeline_snapshot           (GtkWidget       *widget,
                                                GtkSnapshot     *snapshot);
/* What the @i-th break of the axis leaves out ("78 years"); free it. */
char      *lectern_timeline_format_break       (LecternTimeline *self,
                                                guint            i);

/* lectern-timeline-input.c */
void       lectern_timeline_class_init_input   (GtkWidgetClass  *widget_class);
void       lectern_timeline_init_input         (LecternTimeline *self);
gboolean   lectern_timeline_focus              (GtkWidget       *widget,
                                                GtkDirectionType direction);
gboolean   lectern_timeline_grab_focus         (GtkWidget       *widget);
void       lectern_timeline_zoom_to            (LecternTimeline *self,
                                                double           scale,
                                                double           anchor);
void       lectern_timeline_scroll_to          (LecternTimeline *self,
                                                double           offset,
                                                gboolean         animate);
void       lectern_timeline_reveal             (LecternTimeline *self,
                                                guint            index,
                                                gboolean         animate);
void       lectern_timeline_stop_animation     (LecternTimeline *self);
void       lectern_timeline_update_actions     (LecternTimeline *self);

G_END_DECLS
