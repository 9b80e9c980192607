/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "lectern-core.h"

G_BEGIN_DECLS

/*
 * One event on the timeline: a marker and its title, focusable and
 * activatable (click, Enter, Space), with the role of a button and the
 * pressed state when its event is selected. The timeline creates these only
 * for the events on screen and recycles them.
 */
#define LECTERN_TYPE_TIMELINE_ITEM (lectern_timeline_item_get_type ())
G_DECLARE_FINAL_TYPE (LecternTimelineItem, lectern_timeline_item, LECTERN, TIMELINE_ITEM, GtkWidget)

GtkWidget    *lectern_timeline_item_new                 (void);
LecternEvent *lectern_timeline_item_get_event           (LecternTimelineItem *self);
void          lectern_timeline_item_set_event           (LecternTimelineItem *self,
                                                         LecternEvent        *event);
gboolean      lectern_timeline_item_get_selected        (LecternTimelineItem *self);
void          lectern_timeline_item_set_selected        (LecternTimelineItem *self,
                                                         gboolean             selected);
gboolean      lectern_timeline_item_get_related         (LecternTimelineItem *self);
void          lectern_timeline_item_set_related         (LecternTimelineItem *self,
                                                         gboolean             related);
/* A compact item shows its marker alone (when its title has no room). */
gboolean      lectern_timeline_item_get_compact         (LecternTimelineItem *self);
void          lectern_timeline_item_set_compact         (LecternTimelineItem *self,
                                                         gboolean             compact);
/* A layout in the font of the item's title, to measure titles with. */
PangoLayout  *lectern_timeline_item_create_title_layout (LecternTimelineItem *self);

G_END_DECLS
