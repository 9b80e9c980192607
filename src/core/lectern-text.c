/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "lectern-text.h"

/**
 * lectern_text_fold:
 * @text: UTF-8 text
 *
 * Folds @text for searching and lenient comparison: decomposes it, drops
 * combining marks (accents), and folds case. "École" and "ecole" fold alike.
 *
 * Returns: (transfer full): the folded text
 */
char *
lectern_text_fold (const char *text)
{
  g_autofree char *decomposed = NULL;
  g_autofree char *folded = NULL;
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);

  decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFKD);
  if (decomposed == NULL)
    return g_strdup ("");

  out = g_string_sized_new (strlen (decomposed));
  for (const char *p = decomposed; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);

      if (type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_SPACING_MARK ||
          type == G_UNICODE_ENCLOSING_MARK)
        continue;
      g_string_append_unichar (out, c);
    }

  folded = g_utf8_casefold (out->str, out->len);
  g_string_free (out, TRUE);
  return g_steal_pointer (&folded);
}

gboolean
lectern_text_fold_contains (const char *haystack_folded,
                            const char *needle)
{
  g_autofree char *folded = NULL;

  g_return_val_if_fail (haystack_folded != NULL, FALSE);

  if (needle == NULL || *needle == '\0')
    return TRUE;
  folded = lectern_text_fold (needle);
  return strstr (haystack_folded, folded) != NULL;
}

glong
lectern_text_byte_to_char (const char *text,
                           gsize       byte_offset)
{
  return g_utf8_pointer_to_offset (text, text + byte_offset);
}

gsize
lectern_text_char_to_byte (const char *text,
                           glong       char_offset)
{
  return g_utf8_offset_to_pointer (text, char_offset) - text;
}

char *
lectern_text_substring (const char *text,
                        glong       start,
                        glong       end)
{
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (start <= end, NULL);

  return g_utf8_substring (text, start, end);
}

gboolean
lectern_text_is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}
