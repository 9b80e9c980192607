/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "lectern-entity.h"
#include "lectern-event.h"
#include "lectern-paragraph.h"

G_BEGIN_DECLS

/*
 * The window's one selection, which every view observes (notify::event,
 * notify::entity) and changes; no view calls another. A view that wants a
 * passage shown (a mention, a quiz source) calls lectern_selection_reveal(),
 * which emits ::reveal for the article view.
 */
#define LECTERN_TYPE_SELECTION (lectern_selection_get_type ())
G_DECLARE_FINAL_TYPE (LecternSelection, lectern_selection, LECTERN, SELECTION, GObject)

LecternSelection *lectern_selection_new        (void);
LecternEvent     *lectern_selection_get_event  (LecternSelection *self);
void              lectern_selection_set_event  (LecternSelection *self,
                                                LecternEvent     *event);
LecternEntity    *lectern_selection_get_entity (LecternSelection *self);
void              lectern_selection_set_entity (LecternSelection *self,
                                                LecternEntity    *entity);
void              lectern_selection_clear      (LecternSelection *self);
/* Emits ::reveal (paragraph, start, end) in characters. */
void              lectern_selection_reveal     (LecternSelection *self,
                                                LecternParagraph *paragraph,
                                                guint             start,
                                                guint             end);

G_END_DECLS
