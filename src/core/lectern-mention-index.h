/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "lectern-entity.h"

G_BEGIN_DECLS

/**
 * LecternMention:
 * @paragraph: index of the paragraph in reading order
 * @start: first character of the mention in the paragraph text
 * @end: character after the mention
 * @entity: (unowned): the entity mentioned
 *
 * Rules (see docs/pack-format.md): a name or alias matches as a whole word
 * (no letter or digit directly before or after it). Matching ignores case,
 * except for names and aliases written entirely in capitals (acronyms such as
 * "NISC"), which match only in capitals. Where matches overlap, the longest
 * wins; of equal length, the earlier one.
 */
typedef struct
{
  guint          paragraph;
  guint          start;
  guint          end;
  LecternEntity *entity;
} LecternMention;

#define LECTERN_TYPE_MENTION_INDEX (lectern_mention_index_get_type ())
G_DECLARE_FINAL_TYPE (LecternMentionIndex, lectern_mention_index, LECTERN, MENTION_INDEX, GObject)

/* @paragraphs: LecternParagraph in reading order; @entities: LecternEntity. */
LecternMentionIndex  *lectern_mention_index_new                 (GListModel          *paragraphs,
                                                                 GListModel          *entities);
/* All mentions, sorted by paragraph, then start. */
guint                 lectern_mention_index_get_n_mentions      (LecternMentionIndex *self);
const LecternMention *lectern_mention_index_get_mention         (LecternMentionIndex *self,
                                                                 guint                position);
/* Positions (into the sorted list) of the mentions of @entity, in reading order. */
const guint          *lectern_mention_index_get_entity_mentions (LecternMentionIndex *self,
                                                                 LecternEntity       *entity,
                                                                 guint               *n_mentions);
/* The mentions of one paragraph are contiguous: [*first, *first + return). */
guint                 lectern_mention_index_get_paragraph_range (LecternMentionIndex *self,
                                                                 guint                paragraph,
                                                                 guint               *first);
/* The mention covering character @offset of @paragraph, or %NULL. */
const LecternMention *lectern_mention_index_lookup              (LecternMentionIndex *self,
                                                                 guint                paragraph,
                                                                 guint                offset);

G_END_DECLS
