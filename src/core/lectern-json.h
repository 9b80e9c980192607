/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * A small, strict JSON reader (RFC 8259) for study packs: the whole text is
 * read into one compact, read-only tree whose values, member names and
 * strings live in a few large blocks owned by the document, so that walking
 * it stays in the cache and freeing it is a handful of free () calls.
 *
 * It never trusts its input: nesting deeper than @max_depth, bad escapes,
 * control characters in strings, numbers that are not JSON numbers, text
 * after the top-level value, comments and single quotes are all errors with
 * a line and column. Strings are not checked for UTF-8 (the caller checks the
 * raw bytes first); a \uD800–\uDFFF escape that is not part of a valid pair
 * is decoded as the three bytes of that code point, as json-glib does, which
 * is invalid UTF-8 the caller can detect.
 */

#define LECTERN_JSON_ERROR (lectern_json_error_quark ())

typedef enum
{
  LECTERN_JSON_ERROR_SYNTAX,
  LECTERN_JSON_ERROR_DEPTH,
  LECTERN_JSON_ERROR_TRAILING, /* more text after the top-level value */
} LecternJsonError;

/* The largest offset a value records: beyond it, offsets stay at this. */
#define LECTERN_JSON_MAX_OFFSET ((1u << 28) - 1)

typedef enum
{
  LECTERN_JSON_NULL,
  LECTERN_JSON_BOOLEAN,
  LECTERN_JSON_INTEGER, /* no fraction or exponent, and fits in a gint64 */
  LECTERN_JSON_DOUBLE,  /* any other number (may be ±infinity: 1e999) */
  LECTERN_JSON_STRING,
  LECTERN_JSON_ARRAY,
  LECTERN_JSON_OBJECT,
} LecternJsonType;

typedef struct _LecternJsonValue    LecternJsonValue;
typedef struct _LecternJsonMember   LecternJsonMember;
typedef struct _LecternJsonDocument LecternJsonDocument;

struct _LecternJsonValue
{
  LecternJsonType type   : 4;
  guint           offset : 28; /* byte of its first character in the text (at most
                                * LECTERN_JSON_MAX_OFFSET), for messages */
  guint           length; /* STRING: bytes; ARRAY: elements; OBJECT: members */
  union
  {
    gboolean                 boolean;
    gint64                   integer;
    double                   number;
    const char              *string;   /* NUL-terminated (may contain NULs from \u0000) */
    const LecternJsonValue  *elements; /* ARRAY: @length values, in order */
    const LecternJsonMember *members;  /* OBJECT: @length members, in the order of the
                                        * text, duplicates included */
  };
};

struct _LecternJsonMember
{
  const char       *name;        /* NUL-terminated, unescaped (may contain NULs from \u0000) */
  guint             name_length; /* bytes of @name */
  guint             name_offset; /* byte of the name's opening quote (see @value.offset) */
  LecternJsonValue  value;
};

GQuark                  lectern_json_error_quark      (void);

/* @text need not be NUL-terminated: only its first @length bytes are read.
 * A top-level scalar is depth 0, "[]" is depth 1. On error, the message is
 * "line L, column C: problem" (see lectern_json_locate ()). */
LecternJsonDocument    *lectern_json_document_parse   (const char           *text,
                                                       gsize                 length,
                                                       guint                 max_depth,
                                                       GError              **error);
/* The same, but the message is the problem alone and @error_offset receives
 * the byte where it is. */
LecternJsonDocument    *lectern_json_document_parse_at (const char          *text,
                                                       gsize                 length,
                                                       guint                 max_depth,
                                                       gsize                *error_offset,
                                                       GError              **error);
const LecternJsonValue *lectern_json_document_get_root (LecternJsonDocument *document);
void                    lectern_json_document_free    (LecternJsonDocument  *document);

/* "a string", "an array", "a number", "true or false", "null"…, for messages
 * (translated). */
const char             *lectern_json_describe          (const LecternJsonValue *value);

/* Where people look for byte @offset of @text: 1-based line, and 1-based
 * column counted in characters (bytes that do not continue a UTF-8
 * sequence), as text editors count. Lines end at "\n". */
void                    lectern_json_locate            (const char             *text,
                                                        gsize                   offset,
                                                        guint                  *line,
                                                        guint                  *column);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LecternJsonDocument, lectern_json_document_free)

G_END_DECLS
