/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "bench-util.h"

G_BEGIN_DECLS

/* Frames of one window as its frame clock sees them, for the UI benchmarks. */
void   bench_frames_watch    (GtkWidget *window);
void   bench_frames_unwatch  (GtkWidget *window);
/* Asks for a frame and runs the main loop until it is painted. */
void   bench_frames_wait     (GtkWidget *widget);
/* Frames painted so far, and the last one's time from layout to paint. */
guint  bench_frames_done     (void);
double bench_frames_last_ms  (void);

G_END_DECLS
