/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lectern-pack.h"

G_BEGIN_DECLS

/* Constructors used only by the loader: content objects are immutable once
 * the pack is handed out. Strings are copied, except string arrays (char **):
 * the new object takes those, each allocated in one block with its strings
 * (as lectern_check_string_list () makes them), and frees them with g_free (). */
LecternParagraph *_lectern_paragraph_new         (const char        *id,
                                                  const char        *text,
                                                  guint              index,
                                                  guint              section);
/* The characters in @size bytes of valid UTF-8. */
guint             _lectern_count_chars           (const char        *text,
                                                  gsize              size);
/* Keeps a reference to @paragraphs, which must not change any more. */
LecternSection   *_lectern_section_new           (const char        *id,
                                                  const char        *heading,
                                                  GPtrArray         *paragraphs);
LecternEntity    *_lectern_entity_new            (const char        *id,
                                                  LecternEntityKind  kind,
                                                  const char        *name,
                                                  char             **aliases,
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
                                                  char             **entity_ids,
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

/* Takes the contents of @data; the arrays must not change any more. */
LecternPack      *_lectern_pack_new              (LecternPackData   *data);

G_END_DECLS
