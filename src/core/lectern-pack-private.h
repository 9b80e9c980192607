/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lectern-pack.h"

G_BEGIN_DECLS

/* Constructors used only by the loader: content objects are immutable once
 * the pack is handed out. */
LecternParagraph *_lectern_paragraph_new         (const char        *id,
                                                  const char        *text,
                                                  guint              index,
                                                  guint              section);
LecternSection   *_lectern_section_new           (const char        *id,
                                                  const char        *heading,
                                                  GPtrArray         *paragraphs);
LecternEntity    *_lectern_entity_new            (const char        *id,
                                                  LecternEntityKind  kind,
                                                  const char        *name,
                                                  const char * const *aliases,
                                                  const char        *summary,
                                                  const char        *native_name);
void              _lectern_entity_set_mention_count (LecternEntity  *self,
                                                  guint              count);
LecternEvent     *_lectern_event_new             (const char        *id,
                                                  const LecternDate *start,
                                                  const LecternDate *end,
                                                  const char        *title,
                                                  const char        *summary,
                                                  const char        *paragraph_id,
                                                  const char        *quote,
                                                  guint              quote_start,
                                                  guint              quote_end,
                                                  const char * const *entity_ids,
                                                  gboolean           background);
void              _lectern_event_set_index       (LecternEvent      *self,
                                                  guint              index);
LecternEra       *_lectern_era_new               (const char        *id,
                                                  const char        *title,
                                                  const LecternDate *start,
                                                  const LecternDate *end);

typedef struct
{
  char      *display_name;
  char      *id;
  char      *title;
  char      *language;
  char      *author_name;
  char      *author_bio;
  char      *publisher;
  char      *credits;
  GPtrArray *sections;   /* LecternSection */
  GPtrArray *paragraphs; /* LecternParagraph */
  GPtrArray *entities;   /* LecternEntity */
  GPtrArray *events;     /* LecternEvent, sorted */
  GPtrArray *eras;       /* LecternEra */
} LecternPackData;

/* Takes the contents of @data. */
LecternPack      *_lectern_pack_new              (LecternPackData   *data);

G_END_DECLS
