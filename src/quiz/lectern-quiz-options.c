/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lectern-quiz-options.h"

G_DEFINE_QUARK (lectern-quiz-error-quark, lectern_quiz_error)

void
lectern_quiz_options_init (LecternQuizOptions *options)
{
  g_return_if_fail (options != NULL);

  options->seed = 1;
  options->count = 20;
  options->types = LECTERN_QUESTION_TYPES_ALL;
}

gboolean
lectern_quiz_options_equal (const LecternQuizOptions *a,
                            const LecternQuizOptions *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return a->seed == b->seed && a->count == b->count && a->types == b->types;
}

gboolean
lectern_quiz_types_parse (const char  *text,
                          guint       *types,
                          GError     **error)
{
  g_auto(GStrv) names = NULL;
  guint mask = 0;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  names = g_strsplit_set (text, ", \t", -1);
  for (guint i = 0; names[i] != NULL; i++)
    {
      LecternQuestionType type;

      if (names[i][0] == '\0')
        continue;

      if (g_ascii_strcasecmp (names[i], "all") == 0)
        {
          mask |= LECTERN_QUESTION_TYPES_ALL;
          continue;
        }

      if (!lectern_question_type_from_string (names[i], &type))
        {
          g_autofree char *known = lectern_quiz_types_to_string (LECTERN_QUESTION_TYPES_ALL);

          g_set_error (error, LECTERN_QUIZ_ERROR, LECTERN_QUIZ_ERROR_INVALID_TYPES,
                       _("Unknown question type “%s” (known types: %s)"), names[i], known);
          return FALSE;
        }

      mask |= 1u << type;
    }

  if (mask == 0)
    {
      g_set_error_literal (error, LECTERN_QUIZ_ERROR, LECTERN_QUIZ_ERROR_INVALID_TYPES,
                           _("No question type given"));
      return FALSE;
    }

  if (types != NULL)
    *types = mask;

  return TRUE;
}

char *
lectern_quiz_types_to_string (guint types)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < LECTERN_N_QUESTION_TYPES; i++)
    {
      if ((types & (1u << i)) == 0)
        continue;
      if (text->len > 0)
        g_string_append_c (text, ',');
      g_string_append (text, lectern_question_type_to_string (i));
    }

  return g_string_free (text, FALSE);
}
