/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "lectern-core.h"

G_BEGIN_DECLS

/*
 * One row of the entity sidebar's list: kind icon, name, native name when
 * there is one, and the number of mentions in the article.
 */
#define LECTERN_TYPE_ENTITY_ROW (lectern_entity_row_get_type ())
G_DECLARE_FINAL_TYPE (LecternEntityRow, lectern_entity_row, LECTERN, ENTITY_ROW, GtkWidget)

GtkWidget     *lectern_entity_row_new              (void);
LecternEntity *lectern_entity_row_get_entity       (LecternEntityRow  *self);
void           lectern_entity_row_set_entity       (LecternEntityRow  *self,
                                                    LecternEntity     *entity);

/* Translated singular name of a kind ("Person", "Organisation", …). */
const char    *lectern_entity_kind_get_singular    (LecternEntityKind  kind);
/* "NISC, organisation, 12 mentions": what a screen reader says for @entity. */
char          *lectern_entity_row_describe         (LecternEntity     *entity);

G_END_DECLS
