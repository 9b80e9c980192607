/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "lectern-core.h"

G_BEGIN_DECLS

/*
 * The pack's events along a horizontal axis. The axis, ticks, eras, range
 * bars and breaks are drawn; each event on screen is a LecternTimelineItem
 * child. Selecting an item sets the selection's event; the selected event is
 * scrolled into view and events citing the selected entity are marked.
 *
 * Actions: timeline.zoom-in, timeline.zoom-out, timeline.zoom-fit.
 * Keys (when focus is inside): Left/Right previous/next event, Home/End,
 * Page Up/Page Down pan, + and − zoom, 0 fits everything.
 */
#define LECTERN_TYPE_TIMELINE (lectern_timeline_get_type ())
G_DECLARE_FINAL_TYPE (LecternTimeline, lectern_timeline, LECTERN, TIMELINE, GtkWidget)

GtkWidget        *lectern_timeline_new                (void);
LecternPack      *lectern_timeline_get_pack           (LecternTimeline  *self);
void              lectern_timeline_set_pack           (LecternTimeline  *self,
                                                       LecternPack      *pack);
LecternSelection *lectern_timeline_get_selection      (LecternTimeline  *self);
void              lectern_timeline_set_selection      (LecternTimeline  *self,
                                                       LecternSelection *selection);

/* Zoom in pixels per year. */
double            lectern_timeline_get_scale          (LecternTimeline  *self);
void              lectern_timeline_zoom_fit           (LecternTimeline  *self);
/* Scrolls by @pixels (positive: later), as a drag or the scroll wheel does. */
void              lectern_timeline_pan                (LecternTimeline  *self,
                                                       double            pixels);
/* Pans (and zooms in if it must) so @event's item is on screen, and gives it
 * keyboard focus. */
void              lectern_timeline_focus_event        (LecternTimeline  *self,
                                                       LecternEvent     *event);

/* Item children that currently show an event (tests and benchmarks). */
guint             lectern_timeline_get_n_items_alive  (LecternTimeline  *self);
/* The item showing @event, or %NULL when it has none (off screen). */
GtkWidget        *lectern_timeline_get_item           (LecternTimeline  *self,
                                                       LecternEvent     *event);

G_END_DECLS
