/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * LecternSpan:
 * @start: first character
 * @end: character after the last one
 *
 * A range of characters (not bytes) in a text.
 */
typedef struct
{
  guint start;
  guint end;
} LecternSpan;

/*
 * Splits a paragraph into sentences: an array of LecternSpan in order,
 * without surrounding white space. A full stop after an initial ("J."), an
 * abbreviation with inner dots ("U.S.", "e.g.") or a common abbreviation
 * ("Mr.", "No.") does not end a sentence, nor does one followed by a
 * lower-case word.
 */
GArray *lectern_sentences_split     (const char *text);

/*
 * Finds years written in @text: four digits between 1000 and 2999 that are
 * not part of a longer word or number ("2010s" is not a year). Returns an
 * array of LecternSpan in characters.
 */
GArray *lectern_sentences_find_years (const char *text);

G_END_DECLS
