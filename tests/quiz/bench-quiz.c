/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>

#include "lectern-quiz.h"

/* Generates 10,000 questions from the bundled pack (20-question quizzes with
 * seeds 1, 2, …) and prints how many questions per second that is. */

#define N_QUESTIONS 10000

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternPack) pack = lectern_pack_load_bundled (&error);
  g_autoptr(LecternQuizGenerator) generator = NULL;
  guint n_questions = 0;
  guint64 seed = 0;
  gint64 start, elapsed;

  if (pack == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  generator = lectern_quiz_generator_new (pack);
  start = g_get_monotonic_time ();

  while (n_questions < N_QUESTIONS)
    {
      LecternQuizOptions options = { ++seed, MIN (20, N_QUESTIONS - n_questions),
                                     LECTERN_QUESTION_TYPES_ALL };
      g_autoptr(GPtrArray) questions = lectern_quiz_generator_generate (generator, &options,
                                                                        &error);

      if (questions == NULL)
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      n_questions += questions->len;
    }

  elapsed = MAX (g_get_monotonic_time () - start, 1);
  printf ("%u questions in %.3f s: %.0f questions per second\n", n_questions,
          elapsed / (double) G_USEC_PER_SEC, n_questions * (double) G_USEC_PER_SEC / elapsed);

  return 0;
}
