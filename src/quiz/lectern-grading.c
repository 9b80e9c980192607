/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "lectern-core.h"
#include "lectern-grading.h"

static const char * const articles[] = { "the", "a", "an" };

static gboolean
is_separator (gunichar c)
{
  switch (g_unichar_type (c))
    {
    case G_UNICODE_DASH_PUNCTUATION:
    case G_UNICODE_SPACE_SEPARATOR:
    case G_UNICODE_LINE_SEPARATOR:
    case G_UNICODE_PARAGRAPH_SEPARATOR:
    case G_UNICODE_CONTROL:
      return TRUE;
    default:
      return c == '/' || c == '_' || c == '&' || c == '+';
    }
}

char *
lectern_grading_normalize (const char *text)
{
  g_autofree char *folded = NULL;
  g_autoptr(GString) spaced = g_string_new (NULL);
  g_auto(GStrv) words = NULL;
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);

  folded = lectern_text_fold (text);
  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (spaced, c);
      else if (is_separator (c))
        g_string_append_c (spaced, ' ');
    }

  out = g_string_new (NULL);
  words = g_strsplit (spaced->str, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      gboolean skip = words[i][0] == '\0';

      for (guint a = 0; a < G_N_ELEMENTS (articles) && !skip; a++)
        skip = strcmp (words[i], articles[a]) == 0;
      /* An answer that is only an article keeps it. */
      if (skip && !(words[i][0] != '\0' && out->len == 0 && words[i + 1] == NULL))
        continue;

      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, words[i]);
    }

  return g_string_free (out, FALSE);
}

/* Optimal string alignment distance over characters. */
guint
lectern_grading_distance (const char *a,
                          const char *b)
{
  g_autofree gunichar *sa = NULL;
  g_autofree gunichar *sb = NULL;
  g_autofree guint *rows = NULL;
  glong na, nb;
  guint *prev2, *prev, *cur;
  guint result;

  g_return_val_if_fail (a != NULL && b != NULL, G_MAXUINT);

  sa = g_utf8_to_ucs4_fast (a, -1, &na);
  sb = g_utf8_to_ucs4_fast (b, -1, &nb);

  rows = g_new0 (guint, 3 * (nb + 1));
  prev2 = rows;
  prev = rows + (nb + 1);
  cur = rows + 2 * (nb + 1);

  for (glong j = 0; j <= nb; j++)
    prev[j] = j;

  for (glong i = 1; i <= na; i++)
    {
      guint *tmp;

      cur[0] = i;
      for (glong j = 1; j <= nb; j++)
        {
          guint cost = sa[i - 1] == sb[j - 1] ? 0 : 1;
          guint best = MIN (prev[j] + 1, cur[j - 1] + 1);

          best = MIN (best, prev[j - 1] + cost);
          if (i > 1 && j > 1 && sa[i - 1] == sb[j - 2] && sa[i - 2] == sb[j - 1])
            best = MIN (best, prev2[j - 2] + 1);
          cur[j] = best;
        }

      tmp = prev2;
      prev2 = prev;
      prev = cur;
      cur = tmp;
    }

  result = prev[nb];
  return result;
}

static guint
count_letters (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isalpha (g_utf8_get_char (p)))
      n++;

  return n;
}

gboolean
lectern_grading_accepts (const char         *typed,
                         const char * const *accepted)
{
  g_autofree char *given = NULL;

  g_return_val_if_fail (typed != NULL, FALSE);

  given = lectern_grading_normalize (typed);
  if (given[0] == '\0')
    return FALSE;

  for (guint i = 0; accepted != NULL && accepted[i] != NULL; i++)
    {
      g_autofree char *expected = lectern_grading_normalize (accepted[i]);

      if (strcmp (given, expected) == 0)
        return TRUE;

      if (count_letters (expected) >= LECTERN_GRADING_TYPO_MIN_LETTERS &&
          lectern_grading_distance (given, expected) <= 1)
        return TRUE;
    }

  return FALSE;
}

gboolean
lectern_grading_check (LecternQuestion    *question,
                       const char * const *response)
{
  const char * const *answers;
  const char * const *items;

  g_return_val_if_fail (LECTERN_IS_QUESTION (question), FALSE);

  if (response == NULL || response[0] == NULL)
    return FALSE;

  answers = lectern_question_get_answers (question);

  switch (lectern_question_get_format (question))
    {
    case LECTERN_ANSWER_CHOICE:
      return response[1] == NULL && g_strcmp0 (response[0], answers[0]) == 0;

    case LECTERN_ANSWER_TYPED:
      return response[1] == NULL && lectern_grading_accepts (response[0], answers);

    case LECTERN_ANSWER_ORDER:
      return g_strv_equal (response, answers);

    case LECTERN_ANSWER_MATCH:
      items = lectern_question_get_items (question);
      return items != NULL &&
             g_strv_length ((char **) items) == g_strv_length ((char **) response) &&
             g_strv_equal (response, answers);

    default:
      g_return_val_if_reached (FALSE);
    }
}
