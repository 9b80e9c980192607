/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "lectern-date.h"

G_BEGIN_DECLS

#define LECTERN_TYPE_EVENT (lectern_event_get_type ())
G_DECLARE_FINAL_TYPE (LecternEvent, lectern_event, LECTERN, EVENT, GObject)

const char         *lectern_event_get_id           (LecternEvent *self);
const LecternDate  *lectern_event_get_start        (LecternEvent *self);
/* %NULL for a point in time. */
const LecternDate  *lectern_event_get_end          (LecternEvent *self);
gboolean            lectern_event_is_range         (LecternEvent *self);
const char         *lectern_event_get_title        (LecternEvent *self);
const char         *lectern_event_get_summary      (LecternEvent *self);
/* "2014", "2016–2018": the date as shown to people. */
const char         *lectern_event_get_date_label   (LecternEvent *self);
const char         *lectern_event_get_paragraph_id (LecternEvent *self);
const char         *lectern_event_get_quote        (LecternEvent *self);
/* Character range of the quote in its paragraph. */
guint               lectern_event_get_quote_start  (LecternEvent *self);
guint               lectern_event_get_quote_end    (LecternEvent *self);
const char * const *lectern_event_get_entity_ids   (LecternEvent *self);
gboolean            lectern_event_get_background   (LecternEvent *self);
/* Position in date order over the whole pack, from 0. */
guint               lectern_event_get_index        (LecternEvent *self);
int                 lectern_event_compare          (LecternEvent *a,
                                                    LecternEvent *b);

G_END_DECLS
