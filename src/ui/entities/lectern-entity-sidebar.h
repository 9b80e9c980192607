/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "lectern-core.h"

G_BEGIN_DECLS

/*
 * The list of the pack's entities (people, organisations, places, laws,
 * concepts) with search and a kind filter, and the detail of the selected
 * entity. It follows and changes the window's LecternSelection: activating a
 * row selects the entity; selecting an entity elsewhere shows its detail;
 * clearing it returns to the list.
 */
#define LECTERN_TYPE_ENTITY_SIDEBAR (lectern_entity_sidebar_get_type ())
G_DECLARE_FINAL_TYPE (LecternEntitySidebar, lectern_entity_sidebar,
                      LECTERN, ENTITY_SIDEBAR, GtkWidget)

GtkWidget        *lectern_entity_sidebar_new           (void);
LecternPack      *lectern_entity_sidebar_get_pack      (LecternEntitySidebar *self);
void              lectern_entity_sidebar_set_pack      (LecternEntitySidebar *self,
                                                        LecternPack          *pack);
LecternSelection *lectern_entity_sidebar_get_selection (LecternEntitySidebar *self);
void              lectern_entity_sidebar_set_selection (LecternEntitySidebar *self,
                                                        LecternSelection     *selection);
/* Returns to the list if needed and focuses the search entry. */
void              lectern_entity_sidebar_focus_search  (LecternEntitySidebar *self);

G_END_DECLS
