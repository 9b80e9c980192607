/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "lectern-json-scan.h"

LecternJsonScan
lectern_json_scan (const char *text,
                   gsize       size,
                   guint       max_depth,
                   gsize      *offset)
{
  guint depth = 0;
  char in_string = 0; /* the closing character, or 0 */
  gboolean finished = FALSE;

  g_return_val_if_fail (text != NULL || size == 0, LECTERN_JSON_SCAN_OK);

  for (gsize i = 0; i < size; i++)
    {
      char c = text[i];

      if (in_string)
        {
          /* Jump to the next candidate for the closing character. */
          const char *close = memchr (text + i, in_string, size - i);

          if (close == NULL)
            break;
          i = close - text;
          if (in_string == '"')
            {
              gsize backslashes = 0;

              while (backslashes < i && text[i - 1 - backslashes] == '\\')
                backslashes++;
              if (backslashes % 2 == 1)
                continue;   /* an escaped quote */
            }
          in_string = 0;
          continue;
        }
      if (finished && !g_ascii_isspace (c) && c != '/')
        {
          if (offset)
            *offset = i;
          return LECTERN_JSON_SCAN_TRAILING;
        }
      switch (c)
        {
        case '"':
        case '\'':
        case '/':
          in_string = c;
          break;
        case '[':
        case '{':
          depth++;
          if (depth > max_depth)
            {
              if (offset)
                *offset = i;
              return LECTERN_JSON_SCAN_TOO_DEEP;
            }
          break;
        case ']':
        case '}':
          if (depth > 0)
            {
              depth--;
              if (depth == 0)
                finished = TRUE;
            }
          break;
        default:
          break;
        }
    }
  return LECTERN_JSON_SCAN_OK;
}
