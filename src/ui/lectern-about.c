/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lectern-about.h"

#define WEBSITE   "https://github.com/lectern-app/lectern"
#define ISSUE_URL "https://github.com/lectern-app/lectern/issues"

/* The bundled article: its title and people are data, not UI text. */
#define ARTICLE_TITLE     "Japan’s evolving cybersecurity landscape: a latecomer at a crossroads"
#define ARTICLE_AUTHOR    "Alexandre Brans"
#define ARTICLE_PUBLISHER "Asia Power Watch"

GtkWidget *
lectern_about_new (void)
{
  g_autofree char *developer = g_strdup_printf ("%s %s", _("The Lectern authors"), WEBSITE);
  const char *developers[] = { developer, NULL };
  g_autofree char *author = NULL;
  g_autofree char *publisher = NULL;
  g_autofree char *copyright = NULL;
  g_autofree char *notice = NULL;
  const char *translators = _("translator-credits");
  AdwAboutDialog *about = ADW_ABOUT_DIALOG (adw_about_dialog_new ());

  g_object_set (about,
                "application-name", _("Lectern"),
                "application-icon", APP_ID,
                "version", PACKAGE_VERSION,
                "developer-name", _("The Lectern authors"),
                "developers", developers,
                "copyright", _("© 2026 The Lectern authors"),
                "license-type", GTK_LICENSE_GPL_3_0,
                "website", WEBSITE,
                "issue-url", ISSUE_URL,
                "comments", _("Study an article with its timeline, people and quiz."),
                NULL);
  /* Without a translation the msgid itself comes back: show nothing then. */
  if (g_strcmp0 (translators, "translator-credits") != 0)
    g_object_set (about, "translator-credits", translators, NULL);

  /* Translators: %s is the author of the bundled article */
  author = g_strdup_printf (_("%s, author"), ARTICLE_AUTHOR);
  /* Translators: %s is the publisher of the bundled article */
  publisher = g_strdup_printf (_("%s, publisher"), ARTICLE_PUBLISHER);
  {
    const char *people[] = { author, publisher, NULL };

    /* Translators: the acknowledgement section for the article that comes with Lectern */
    adw_about_dialog_add_acknowledgement_section (about, _("Bundled Article"), people);
  }

  /* Translators: %1$s is the author, %2$s the publisher of the bundled article */
  copyright = g_strdup_printf (_("© %1$s and %2$s"), ARTICLE_AUTHOR, ARTICLE_PUBLISHER);
  /* Translators: %1$s is the author, %2$s the publisher of the bundled article */
  notice = g_strdup_printf (_("The article by %1$s, first published by %2$s, is included for "
                              "study with attribution and remains the work of its author and "
                              "publisher. The summaries, timeline and questions around it are "
                              "written for Lectern."),
                            ARTICLE_AUTHOR, ARTICLE_PUBLISHER);
  adw_about_dialog_add_legal_section (about, ARTICLE_TITLE, copyright, GTK_LICENSE_CUSTOM, notice);
  return GTK_WIDGET (about);
}

void
lectern_show_about (GtkWindow *parent)
{
  GtkWidget *about;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  about = lectern_about_new ();
  adw_dialog_present (ADW_DIALOG (about), parent != NULL ? GTK_WIDGET (parent) : NULL);
}
