/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "lectern-cli.h"
#include "lectern-core.h"
#include "lectern-quiz-code.h"
#include "lectern-quiz-export.h"
#include "lectern-quiz-options.h"
#ifdef LECTERN_HAVE_GUI
# include "lectern-worksheet.h"
#endif

/**
 * lectern_cli_validate:
 * @files: pack files
 *
 * Prints "FILE: ok" for each valid pack and every problem of an invalid one,
 * one per line, as `FILE: JSON.PATH: problem`.
 *
 * Returns: 0 when every file is valid, 1 otherwise
 */
int
lectern_cli_validate (const char * const *files)
{
  int status = 0;

  if (files == NULL || files[0] == NULL)
    {
      g_printerr ("%s\n", _("--validate needs at least one pack file"));
      return 2;
    }

  for (guint i = 0; files[i]; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (files[i]);
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(LecternPack) pack = lectern_pack_load_file (file, &problems, &error);

      if (pack != NULL)
        {
          /* Translators: printed after a file name when the pack is valid */
          g_print ("%s: %s\n", files[i], _("ok"));
          continue;
        }

      status = 1;
      if (problems != NULL && problems->len > 0)
        {
          for (guint p = 0; p < problems->len; p++)
            {
              LecternProblem *problem = g_ptr_array_index (problems, p);
              g_autofree char *line = NULL;

              /* Name the file as it was given. */
              g_free (problem->file);
              problem->file = g_strdup (files[i]);
              line = lectern_problem_to_string (problem);
              g_print ("%s\n", line);
            }
        }
      else
        g_print ("%s\n", error->message);
    }

  return status;
}

static LecternPack *
load_pack (const char  *file_name,
           GError     **error)
{
  g_autoptr(GFile) file = NULL;

  if (file_name == NULL)
    return lectern_pack_load_bundled (error);
  file = g_file_new_for_commandline_arg (file_name);
  return lectern_pack_load_file (file, NULL, error);
}

static gboolean
resolve_options (const LecternCliQuiz *quiz,
                 LecternQuizOptions   *options,
                 GError              **error)
{
  lectern_quiz_options_init (options);
  if (quiz->code != NULL)
    return lectern_quiz_code_parse (quiz->code, options, error);
  if (quiz->seed >= 0)
    options->seed = quiz->seed;
  if (quiz->count >= 0)
    options->count = quiz->count;
  if (quiz->types != NULL && !lectern_quiz_types_parse (quiz->types, &options->types, error))
    return FALSE;
  return TRUE;
}

/**
 * lectern_cli_export_quiz:
 *
 * Prints the quiz as JSON on standard output.
 */
int
lectern_cli_export_quiz (const LecternCliQuiz *quiz)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternPack) pack = load_pack (quiz->pack_file, &error);
  g_autofree char *json = NULL;
  LecternQuizOptions options;

  if (pack == NULL || !resolve_options (quiz, &options, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  json = lectern_quiz_export_json (pack, &options, &error);
  if (json == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print ("%s\n", json);
  return 0;
}

int
lectern_cli_export_worksheet (const LecternCliQuiz *quiz,
                              const char           *output)
{
#ifdef LECTERN_HAVE_GUI
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternPack) pack = load_pack (quiz->pack_file, &error);
  g_autoptr(LecternWorksheet) worksheet = NULL;
  LecternQuizOptions options;
  LecternPaper paper = LECTERN_PAPER_AUTO;

  if (pack == NULL || !resolve_options (quiz, &options, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (quiz->paper != NULL && !lectern_paper_from_string (quiz->paper, &paper))
    {
      g_printerr (_("Unknown paper size “%s” (use a4, letter or auto)"), quiz->paper);
      g_printerr ("\n");
      return 2;
    }
  worksheet = lectern_worksheet_new (pack, &options, &error);
  if (worksheet == NULL || !lectern_worksheet_write_pdf (worksheet, paper, output, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  return 0;
#else
  g_printerr ("%s\n", _("This build of Lectern cannot write worksheets."));
  return 2;
#endif
}
