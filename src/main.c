/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "lectern-cli.h"
#include "lectern-core.h"

#ifdef LECTERN_HAVE_GUI
# include "lectern-application.h"
#endif

/* Run from the build directory (`_build/src/lectern`), Lectern uses the
 * schema and translations built beside it, so it starts without being
 * installed. An installed binary is elsewhere and is not affected. */
static void
find_uninstalled_data (void)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *built = g_build_filename (LECTERN_BUILD_DIR, "src", "lectern", NULL);
  g_autofree char *schemas = g_build_filename (LECTERN_BUILD_DIR, "data", "gschemas.compiled", NULL);

  if (exe == NULL || g_strcmp0 (exe, built) != 0)
    return;
  if (g_getenv ("GSETTINGS_SCHEMA_DIR") == NULL && g_file_test (schemas, G_FILE_TEST_EXISTS))
    {
      g_autofree char *dir = g_path_get_dirname (schemas);
      g_setenv ("GSETTINGS_SCHEMA_DIR", dir, TRUE);
    }
  if (g_getenv ("LECTERN_LOCALEDIR") == NULL)
    {
      g_autofree char *po = g_build_filename (LECTERN_BUILD_DIR, "po", NULL);
      g_setenv ("LECTERN_LOCALEDIR", po, TRUE);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) files = NULL;
  g_auto(GStrv) args = NULL;
  gboolean validate = FALSE;
  gboolean version = FALSE;
  gboolean export_quiz = FALSE;
  g_autofree char *worksheet = NULL;
  g_autofree char *types = NULL;
  g_autofree char *code = NULL;
  g_autofree char *paper = NULL;
  gint64 seed = -1;
  int count = -1;
  const GOptionEntry entries[] = {
    { "validate", 0, 0, G_OPTION_ARG_NONE, &validate,
      N_("Check pack files and print each problem, then exit"), NULL },
    { "export-quiz", 0, 0, G_OPTION_ARG_NONE, &export_quiz,
      N_("Print a quiz as JSON, then exit"), NULL },
    { "export-worksheet", 0, 0, G_OPTION_ARG_FILENAME, &worksheet,
      N_("Write a worksheet with an answer key as PDF, then exit"), N_("FILE.pdf") },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed, N_("Quiz seed (the same seed gives the same quiz)"),
      N_("N") },
    { "count", 0, 0, G_OPTION_ARG_INT, &count, N_("Number of questions (0 for all)"), N_("N") },
    { "types", 0, 0, G_OPTION_ARG_STRING, &types,
      N_("Question types, separated by commas (event-year, year-event, chronology, entity, "
         "summary, cloze, true-false, matching)"), N_("TYPES") },
    { "code", 0, 0, G_OPTION_ARG_STRING, &code, N_("A quiz code, instead of seed, count and types"),
      N_("CODE") },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &paper, N_("Worksheet paper: a4, letter or auto"),
      N_("SIZE") },
    { "version", 0, 0, G_OPTION_ARG_NONE, &version, N_("Print the version and exit"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("[PACK.json…]") },
    { NULL }
  };

  setlocale (LC_ALL, "");
  find_uninstalled_data ();
  /* LECTERN_LOCALEDIR: translations of an uninstalled build (build-dir/po). */
  bindtextdomain (GETTEXT_PACKAGE,
                  g_getenv ("LECTERN_LOCALEDIR") ? g_getenv ("LECTERN_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Parse a copy: what is left over goes to the application. */
  args = g_strdupv (argv);
  context = g_option_context_new (_("— study an article with its timeline, people and quiz"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
                                _("Without options, opens the bundled article, or the given pack."));
  if (!g_option_context_parse_strv (context, &args, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  if (version)
    {
      g_print ("lectern %s\n", PACKAGE_VERSION);
      return 0;
    }
  if (validate)
    return lectern_cli_validate ((const char * const *) files);
  if (export_quiz || worksheet != NULL)
    {
      LecternCliQuiz quiz = { files ? files[0] : NULL, seed, count, types, code, paper };

      if (seed < -1 || count < -1)
        {
          g_printerr ("%s\n", _("--seed and --count take numbers of 0 or more"));
          return 2;
        }
      if (worksheet != NULL)
        return lectern_cli_export_worksheet (&quiz, worksheet);
      return lectern_cli_export_quiz (&quiz);
    }

#ifdef LECTERN_HAVE_GUI
  {
    g_autoptr(LecternApplication) app = lectern_application_new ();
    g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
    g_auto(GStrv) app_args = NULL;

    g_strv_builder_add (builder, argv[0]);
    if (files != NULL)
      g_strv_builder_addv (builder, (const char **) files);
    app_args = g_strv_builder_end (builder);
    return g_application_run (G_APPLICATION (app), g_strv_length (app_args), app_args);
  }
#else
  g_printerr ("%s\n", _("This build of Lectern has no window; use --validate."));
  return 2;
#endif
}
