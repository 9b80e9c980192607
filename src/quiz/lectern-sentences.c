/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "lectern-sentences.h"

static const char * const abbreviations[] = {
  "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "etc", "inc", "ltd",
  "co", "corp", "no", "nos", "gen", "gov", "sen", "rep", "mt", "fig", "cf",
  "approx", "dept", "univ", "vol", "pp", "ca", "jan", "feb", "mar", "apr",
  "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
};

static gboolean
is_closing (gunichar c)
{
  return c == '"' || c == '\'' || c == ')' || c == ']' ||
         c == 0x201D /* ” */ || c == 0x2019 /* ’ */ || c == 0x00BB /* » */;
}

static gboolean
is_opening (gunichar c)
{
  return c == '"' || c == '\'' || c == '(' || c == '[' ||
         c == 0x201C /* “ */ || c == 0x2018 /* ‘ */ || c == 0x00AB /* « */;
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

/* Whether the full stop at @dot ends an abbreviation rather than a sentence. */
static gboolean
is_abbreviation (const gunichar *chars,
                 guint           dot)
{
  guint start = dot;
  guint n_letters = 0;
  gboolean inner_dot = FALSE;
  char word[16];
  guint len = 0;

  while (start > 0 && (g_unichar_isalpha (chars[start - 1]) || chars[start - 1] == '.'))
    {
      start--;
      if (chars[start] == '.')
        inner_dot = TRUE;
      else
        n_letters++;
    }

  if (n_letters == 0)
    return FALSE;

  /* "U.S.", "e.g.", "i.e." */
  if (inner_dot)
    return TRUE;

  /* An initial: "J." */
  if (n_letters == 1 && g_unichar_isupper (chars[start]))
    return TRUE;

  if (n_letters >= sizeof word)
    return FALSE;

  for (guint i = start; i < dot; i++)
    {
      if (chars[i] > 127)
        return FALSE;
      word[len++] = g_ascii_tolower ((char) chars[i]);
    }
  word[len] = '\0';

  for (guint i = 0; i < G_N_ELEMENTS (abbreviations); i++)
    if (strcmp (word, abbreviations[i]) == 0)
      return TRUE;

  return FALSE;
}

static void
append_span (GArray         *spans,
             const gunichar *chars,
             guint           start,
             guint           end)
{
  LecternSpan span;

  while (start < end && g_unichar_isspace (chars[start]))
    start++;
  while (end > start && g_unichar_isspace (chars[end - 1]))
    end--;

  if (start == end)
    return;

  span.start = start;
  span.end = end;
  g_array_append_val (spans, span);
}

GArray *
lectern_sentences_split (const char *text)
{
  g_autofree gunichar *chars = NULL;
  glong n_chars = 0;
  GArray *spans;
  guint start = 0;

  g_return_val_if_fail (text != NULL, NULL);

  spans = g_array_new (FALSE, FALSE, sizeof (LecternSpan));
  chars = g_utf8_to_ucs4_fast (text, -1, &n_chars);

  for (guint i = 0; i < (guint) n_chars; i++)
    {
      gunichar c = chars[i];
      guint end, next;

      if (c != '.' && c != '!' && c != '?' && c != 0x2026 /* … */)
        continue;

      end = i + 1;
      while (end < (guint) n_chars && (is_closing (chars[end]) || chars[end] == c))
        end++;

      if (end >= (guint) n_chars)
        break;

      if (!g_unichar_isspace (chars[end]))
        continue;

      next = end;
      while (next < (guint) n_chars && g_unichar_isspace (chars[next]))
        next++;
      if (next >= (guint) n_chars)
        break;

      if (!g_unichar_isupper (chars[next]) &&
          !g_unichar_isdigit (chars[next]) &&
          !is_opening (chars[next]))
        continue;

      if (c == '.' && is_abbreviation (chars, i))
        continue;

      append_span (spans, chars, start, end);
      start = next;
      i = next - 1;
    }

  append_span (spans, chars, start, n_chars);

  return spans;
}

GArray *
lectern_sentences_find_years (const char *text)
{
  GArray *spans;
  guint offset = 0;
  gunichar prev = 0;

  g_return_val_if_fail (text != NULL, NULL);

  spans = g_array_new (FALSE, FALSE, sizeof (LecternSpan));

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p), offset++)
    {
      gunichar c = g_utf8_get_char (p);
      gunichar after;

      if (c < '1' || c > '2' || is_word_char (prev))
        {
          prev = c;
          continue;
        }
      prev = c;

      if (!g_ascii_isdigit (p[1]) || !g_ascii_isdigit (p[2]) || !g_ascii_isdigit (p[3]))
        continue;

      after = g_utf8_get_char (p + 4);
      if (after != 0 && is_word_char (after))
        continue;

      {
        LecternSpan span = { offset, offset + 4 };

        g_array_append_val (spans, span);
      }
    }

  return spans;
}
