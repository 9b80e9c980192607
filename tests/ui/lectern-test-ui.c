/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "lectern-application.h"
#include "lectern-test-ui.h"

void
lectern_test_ui_init (int    *argc,
                      char ***argv)
{
  const char *localedir = g_getenv ("LECTERN_LOCALEDIR");

  /* As main() does, so that LANGUAGE works in tests too. */
  if (g_strcmp0 (setlocale (LC_ALL, ""), "C") == 0)
    setlocale (LC_ALL, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (argc, argv, NULL);
  gtk_disable_setlocale ();
  gtk_init ();
  adw_init ();
  lectern_ui_init ();
}

LecternPack *
lectern_test_ui_load_bundled (void)
{
  g_autoptr(GError) error = NULL;
  LecternPack *pack = lectern_pack_load_bundled (&error);

  g_assert_no_error (error);
  g_assert_nonnull (pack);
  return pack;
}

static gboolean
timeout_cb (gpointer data)
{
  gboolean *expired = data;

  *expired = TRUE;
  return G_SOURCE_REMOVE;
}

gboolean
lectern_test_ui_wait_for (gboolean *flag,
                          guint     timeout_ms)
{
  gboolean expired = FALSE;
  guint id = g_timeout_add (timeout_ms, timeout_cb, &expired);

  while (!*flag && !expired)
    g_main_context_iteration (NULL, TRUE);
  if (!expired)
    g_source_remove (id);
  return *flag;
}

void
lectern_test_ui_flush (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}
