/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  LECTERN_ENTITY_PERSON,
  LECTERN_ENTITY_ORGANIZATION,
  LECTERN_ENTITY_PLACE,
  LECTERN_ENTITY_LAW,
  LECTERN_ENTITY_CONCEPT,
  LECTERN_N_ENTITY_KINDS
} LecternEntityKind;

#define LECTERN_TYPE_ENTITY_KIND (lectern_entity_kind_get_type ())
GType lectern_entity_kind_get_type (void) G_GNUC_CONST;

gboolean    lectern_entity_kind_from_string (const char        *text,
                                             LecternEntityKind *kind);
const char *lectern_entity_kind_to_string   (LecternEntityKind  kind);
/* Translated, plural heading such as "People". */
const char *lectern_entity_kind_get_label   (LecternEntityKind  kind);
const char *lectern_entity_kind_get_icon    (LecternEntityKind  kind);

#define LECTERN_TYPE_ENTITY (lectern_entity_get_type ())
G_DECLARE_FINAL_TYPE (LecternEntity, lectern_entity, LECTERN, ENTITY, GObject)

const char         *lectern_entity_get_id            (LecternEntity *self);
LecternEntityKind   lectern_entity_get_kind          (LecternEntity *self);
const char         *lectern_entity_get_name          (LecternEntity *self);
const char * const *lectern_entity_get_aliases       (LecternEntity *self);
const char         *lectern_entity_get_summary       (LecternEntity *self);
/* May be %NULL. */
const char         *lectern_entity_get_native_name   (LecternEntity *self);
/* Number of mentions in the article (set when the pack is indexed). */
guint               lectern_entity_get_mention_count (LecternEntity *self);
/* Case- and accent-folded name, aliases, native name and summary. */
const char         *lectern_entity_get_search_key    (LecternEntity *self);
/* The name's collation key in the current locale (g_utf8_collate_key ()):
 * comparing two with strcmp () orders the names as g_utf8_collate () does. */
const char         *lectern_entity_get_sort_key      (LecternEntity *self);

G_END_DECLS
