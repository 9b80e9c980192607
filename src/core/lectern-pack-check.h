/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lectern-json.h"

#include "lectern-date.h"
#include "lectern-paragraph.h"

G_BEGIN_DECLS

/* The field checks of the pack loader. A valid pack reports nothing, so
 * nothing that only a problem needs (a JSON path, a message, a description
 * of what was found) is made until a problem is reported. */

/* A JSON path, kept on the stack as the loader descends and written out only
 * for a problem: "events[3].date" is the member "date" of element 3 of the
 * member "events" of the top level (NULL). */
typedef struct _LecternPath LecternPath;
struct _LecternPath
{
  const LecternPath *parent;
  const char        *member; /* NULL for an array element */
  guint              index;
};

#define LECTERN_PATH_MEMBER(parent, name) ((LecternPath) { (parent), (name), 0 })
#define LECTERN_PATH_ELEMENT(parent, i)   ((LecternPath) { (parent), NULL, (i) })

char *lectern_path_to_string (const LecternPath *path);
/* The path as people say it, one-based and with the element's id read from
 * @root when it has one: "event 2, “law-passed”, quote". NULL when that
 * says nothing more than the path (a top-level member). */
char *lectern_path_describe  (const LecternPath      *path,
                              const LecternJsonValue *root);

/* Where an id was first used, to name it when the id comes again. */
typedef struct
{
  guint             index;     /* LIST[index] */
  guint             paragraph; /* for paragraphs: sections[index].paragraphs[paragraph] */
  LecternParagraph *object;    /* for paragraphs: the paragraph made, if it was valid */
} LecternIdPlace;

/* The ids of one list. Keys are strings of the JSON tree. */
typedef struct
{
  const char *list;
  gboolean    nested;    /* paragraphs, listed in sections */
  GHashTable *positions; /* id → position in @places + 1 */
  GArray     *places;    /* LecternIdPlace */
} LecternIdTable;

void            lectern_id_table_init   (LecternIdTable *table,
                                         const char     *list,
                                         gboolean        nested,
                                         guint           size);
void            lectern_id_table_clear  (LecternIdTable *table);
LecternIdPlace *lectern_id_table_lookup (LecternIdTable *table,
                                         const char     *id);
LecternIdPlace *lectern_id_table_add    (LecternIdTable *table,
                                         const char     *id,
                                         guint           index,
                                         guint           paragraph);

/* The problems found so far. */
typedef struct
{
  const char *file;
  GPtrArray  *problems; /* LecternProblem */
  guint       n_unlisted;
  /* The text has \uD800–\uDFFF escapes, which may decode to invalid UTF-8. */
  gboolean    has_surrogates;
  /* The parsed pack, once there is one: names the element of a problem. */
  const LecternJsonValue *root;
  /* Its text, where problems are located (by line and column). */
  const char *text;
  gsize       size;
  /* The last place located: problems come mostly in the order of the text,
   * so each is found from the one before. */
  gsize       located_offset;
  guint       located_line;
  guint       located_column;
} LecternCheck;

/* After this many, the rest are counted, not listed. */
#define LECTERN_CHECK_MAX_PROBLEMS 200

/* A problem at @path, located at the value there (or, for a missing
 * member, at the object that lacks it). */
void        lectern_check_report         (LecternCheck      *check,
                                          const LecternPath *path,
                                          const char        *format,
                                          ...) G_GNUC_PRINTF (3, 4);
/* A problem at @path, located at byte @offset of the text. */
void        lectern_check_report_at      (LecternCheck      *check,
                                          const LecternPath *path,
                                          gsize              offset,
                                          const char        *format,
                                          ...) G_GNUC_PRINTF (4, 5);
/* Line and column of byte @offset of the text, for messages that name a
 * second place. */
void        lectern_check_locate         (LecternCheck      *check,
                                          gsize              offset,
                                          guint             *line,
                                          guint             *column);
guint       lectern_check_count_problems (LecternCheck      *check);

/* The members of an object, each looked up once. */
#define LECTERN_MAX_MEMBERS 11

typedef struct
{
  const LecternJsonValue *object;
  const LecternPath      *path;
  const char * const     *names; /* the members the format allows */
  const LecternJsonValue *nodes[LECTERN_MAX_MEMBERS];
  gboolean                has_unknown;    /* or a name with a NUL in it */
  gboolean                has_duplicates; /* a member given twice */
} LecternMembers;

void                    lectern_members_read          (LecternMembers         *members,
                                                       const LecternJsonValue *object,
                                                       const LecternPath      *path,
                                                       const char * const     *names);
/* Reports the members the format does not describe, and those given twice. */
void                    lectern_check_unknown_members (LecternCheck           *check,
                                                       LecternMembers         *members);

/* Each reports a missing (when @required), mistyped or empty member; null
 * counts as absent. @member indexes the names given to lectern_members_read(). */
const char             *lectern_check_string          (LecternCheck           *check,
                                                       LecternMembers         *members,
                                                       guint                   member,
                                                       gboolean                required);
const LecternJsonValue *lectern_check_array           (LecternCheck           *check,
                                                       LecternMembers         *members,
                                                       guint                   member,
                                                       gboolean                required);
const LecternJsonValue *lectern_check_object          (LecternCheck           *check,
                                                       LecternMembers         *members,
                                                       guint                   member);
gboolean                lectern_check_boolean         (LecternCheck           *check,
                                                       LecternMembers         *members,
                                                       guint                   member);
/* @what is the untranslated name of the kind of object, such as "entity". */
const char             *lectern_check_id              (LecternCheck           *check,
                                                       LecternMembers         *members,
                                                       guint                   member,
                                                       LecternIdTable         *seen,
                                                       const char             *what);
gboolean                lectern_check_date            (LecternCheck           *check,
                                                       LecternMembers         *members,
                                                       guint                   member,
                                                       gboolean                required,
                                                       LecternDate            *date,
                                                       gboolean               *present);
/* The array holds its strings: free it with g_free (), not g_strfreev (). */
char                  **lectern_check_string_list     (LecternCheck           *check,
                                                       LecternMembers         *members,
                                                       guint                   member,
                                                       gboolean                terms);
/* A name or alias that can be found in the text; FALSE if reported. */
gboolean                lectern_check_term            (LecternCheck           *check,
                                                       const LecternPath      *path,
                                                       const char             *term);
gboolean                lectern_is_language_tag       (const char             *tag);
/* A required BCP 47 language tag. */
const char             *lectern_check_language        (LecternCheck           *check,
                                                       LecternMembers         *members,
                                                       guint                   member);
const LecternJsonValue *lectern_check_element_object  (LecternCheck           *check,
                                                       const LecternJsonValue *array,
                                                       guint                   index,
                                                       const LecternPath      *path);

G_END_DECLS
