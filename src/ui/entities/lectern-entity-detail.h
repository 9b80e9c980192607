/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "lectern-core.h"

G_BEGIN_DECLS

/*
 * The detail page of the entity sidebar: summary, native name, aliases, the
 * events that cite the entity (activating one selects it) and the entity's
 * mentions with a snippet each (activating one reveals it in the article).
 */
#define LECTERN_TYPE_ENTITY_DETAIL (lectern_entity_detail_get_type ())
G_DECLARE_FINAL_TYPE (LecternEntityDetail, lectern_entity_detail, LECTERN, ENTITY_DETAIL, GtkWidget)

GtkWidget        *lectern_entity_detail_new           (void);
LecternPack      *lectern_entity_detail_get_pack      (LecternEntityDetail *self);
void              lectern_entity_detail_set_pack      (LecternEntityDetail *self,
                                                       LecternPack         *pack);
LecternSelection *lectern_entity_detail_get_selection (LecternEntityDetail *self);
void              lectern_entity_detail_set_selection (LecternEntityDetail *self,
                                                       LecternSelection    *selection);
LecternEntity    *lectern_entity_detail_get_entity    (LecternEntityDetail *self);
void              lectern_entity_detail_set_entity    (LecternEntityDetail *self,
                                                       LecternEntity       *entity);

/* Pango markup for a mention: about @context characters of text around
 * [@start, @end) (in characters), cut at word boundaries, with the mention in
 * bold. All text is escaped. */
char             *lectern_mention_snippet_markup      (const char          *text,
                                                       guint                start,
                                                       guint                end,
                                                       guint                context);

G_END_DECLS
