/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "lectern-cli.h"
#include "lectern-core.h"

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
