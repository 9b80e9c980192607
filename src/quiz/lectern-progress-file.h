/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Private to the quiz library: the JSON form of LecternProgressStore. */

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  GHashTable *questions;  /* id → LecternProgressItem */
  GPtrArray  *quizzes;    /* LecternQuizRecord */
} LecternPackProgress;


LecternPackProgress *lectern_pack_progress_new       (void);
void                 lectern_pack_progress_free      (gpointer     data);
void                 lectern_quiz_record_free        (gpointer     data);

/* Checks the size, encoding and depth of @data before parsing it, then every
 * member; any problem is a LECTERN_QUIZ_ERROR with the JSON path. Fills
 * @packs (pack id → LecternPackProgress). */
gboolean             lectern_progress_file_parse     (const char  *data,
                                                      gsize        length,
                                                      GHashTable  *packs,
                                                      GError     **error);
/* The same text for the same progress: members in byte order. */
char                *lectern_progress_file_serialize (GHashTable  *packs,
                                                      gsize       *length);

G_END_DECLS
