/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "lectern-entity.h"
#include "lectern-era.h"
#include "lectern-event.h"
#include "lectern-mention-index.h"
#include "lectern-paragraph.h"
#include "lectern-section.h"

G_BEGIN_DECLS

#define LECTERN_PACK_FORMAT        "lectern-pack"
#define LECTERN_PACK_VERSION       1
/* Checked on the raw bytes before any JSON parser sees them. */
#define LECTERN_PACK_MAX_SIZE      (16 * 1024 * 1024)
#define LECTERN_PACK_MAX_DEPTH     64
#define LECTERN_PACK_BUNDLED_RESOURCE "/io/github/lectern/Lectern/packs/japan-cybersecurity.json"

#define LECTERN_PACK_ERROR (lectern_pack_error_quark ())

typedef enum
{
  LECTERN_PACK_ERROR_READ,
  LECTERN_PACK_ERROR_TOO_LARGE,
  LECTERN_PACK_ERROR_TOO_DEEP,
  LECTERN_PACK_ERROR_ENCODING,
  LECTERN_PACK_ERROR_SYNTAX,
  LECTERN_PACK_ERROR_INVALID,
} LecternPackError;

GQuark lectern_pack_error_quark (void);

/**
 * LecternProblem:
 * @file: the file as shown to people
 * @path: JSON path such as `events[3].quote`, or "" for the whole file
 * @message: what is wrong
 * @element: the place as people count and name it, "event 2, “law-passed”,
 *   quote" for `events[1].quote`, or %NULL where the path says it as well
 * @line: where it is in the file, from 1 (0 for the file as a whole)
 * @column: and the column there, from 1, counted in characters
 */
typedef struct
{
  char *file;
  char *path;
  char *message;
  char *element;
  guint line;
  guint column;
} LecternProblem;

#define LECTERN_TYPE_PROBLEM (lectern_problem_get_type ())
GType           lectern_problem_get_type  (void) G_GNUC_CONST;
LecternProblem *lectern_problem_new       (const char     *file,
                                           const char     *path,
                                           const char     *message);
LecternProblem *lectern_problem_copy      (LecternProblem *self);
void            lectern_problem_free      (LecternProblem *self);
/* The place for people: @element, else @path (may be ""). */
const char     *lectern_problem_get_place (LecternProblem *self);
/* "FILE:LINE:COLUMN: PATH: message", "FILE: PATH: message" without a line,
 * and without the path ": PATH" */
char           *lectern_problem_to_string (LecternProblem *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LecternProblem, lectern_problem_free)

#define LECTERN_TYPE_PACK (lectern_pack_get_type ())
G_DECLARE_FINAL_TYPE (LecternPack, lectern_pack, LECTERN, PACK, GObject)

/*
 * Loading. On failure, returns %NULL and sets @error (its message lists every
 * problem, one per line); when @problems is not %NULL it receives a
 * GPtrArray of LecternProblem (also on success, then empty).
 */
LecternPack      *lectern_pack_load_bytes         (GBytes       *bytes,
                                                   const char   *display_name,
                                                   GPtrArray   **problems,
                                                   GError      **error);
LecternPack      *lectern_pack_load_file          (GFile        *file,
                                                   GPtrArray   **problems,
                                                   GError      **error);
LecternPack      *lectern_pack_load_resource      (const char   *resource_path,
                                                   GPtrArray   **problems,
                                                   GError      **error);
LecternPack      *lectern_pack_load_bundled       (GError      **error);

const char       *lectern_pack_get_id             (LecternPack  *self);
const char       *lectern_pack_get_title          (LecternPack  *self);
const char       *lectern_pack_get_language       (LecternPack  *self);
const char       *lectern_pack_get_author_name    (LecternPack  *self);
const char       *lectern_pack_get_author_bio     (LecternPack  *self);
const char       *lectern_pack_get_publisher      (LecternPack  *self);
const char       *lectern_pack_get_credits        (LecternPack  *self);
/* Where it was loaded from, for messages: file path or resource path. */
const char       *lectern_pack_get_display_name   (LecternPack  *self);

GListModel       *lectern_pack_get_sections       (LecternPack  *self);
/* All paragraphs in reading order. */
GListModel       *lectern_pack_get_paragraphs     (LecternPack  *self);
GListModel       *lectern_pack_get_entities       (LecternPack  *self);
/* Sorted by date (start, then end, then id). */
GListModel       *lectern_pack_get_events         (LecternPack  *self);
GListModel       *lectern_pack_get_eras           (LecternPack  *self);

LecternParagraph *lectern_pack_lookup_paragraph   (LecternPack  *self,
                                                   const char   *id);
LecternEntity    *lectern_pack_lookup_entity      (LecternPack  *self,
                                                   const char   *id);
LecternEvent     *lectern_pack_lookup_event       (LecternPack  *self,
                                                   const char   *id);
/* Built on first use. */
LecternMentionIndex *lectern_pack_get_mention_index (LecternPack *self);
/* Events that cite @entity, in date order (new array of borrowed pointers). */
GPtrArray        *lectern_pack_get_entity_events  (LecternPack  *self,
                                                   LecternEntity *entity);

G_END_DECLS
