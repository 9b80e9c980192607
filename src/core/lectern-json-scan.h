/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  LECTERN_JSON_SCAN_OK,
  LECTERN_JSON_SCAN_TOO_DEEP,  /* nested deeper than allowed */
  LECTERN_JSON_SCAN_TRAILING,  /* text after the first value */
} LecternJsonScan;

/* Reads untrusted JSON text the way json-glib 1.6's scanner will, before it
 * does: json-glib has no nesting limit and overflows the stack on ~75k
 * nested brackets, and silently ignores text after the first value. Besides
 * "strings" (with backslash escapes) it takes 'strings' (without escapes)
 * and skips comments from one '/' to the next, so brackets inside those do
 * not count. @offset receives the byte where a problem starts. */
LecternJsonScan lectern_json_scan (const char *text,
                                   gsize       size,
                                   guint       max_depth,
                                   gsize      *offset);

G_END_DECLS
