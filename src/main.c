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
  const GOptionEntry entries[] = {
    { "validate", 0, 0, G_OPTION_ARG_NONE, &validate,
      N_("Check pack files and print each problem, then exit"), NULL },
    { "version", 0, 0, G_OPTION_ARG_NONE, &version, N_("Print the version and exit"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("[PACK.json…]") },
    { NULL }
  };

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
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
