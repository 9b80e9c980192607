/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Headless commands: they need no display and return an exit status. */
int lectern_cli_validate          (const char * const *files);

/* Options shared by --export-quiz and --export-worksheet. */
typedef struct
{
  const char *pack_file;   /* NULL: the bundled pack */
  gint64      seed;        /* < 0: not given */
  int         count;       /* < 0: not given */
  const char *types;       /* NULL: every type */
  const char *code;        /* a quiz code instead of seed/count/types */
  const char *paper;       /* "auto", "a4", "letter" */
} LecternCliQuiz;

int lectern_cli_export_quiz      (const LecternCliQuiz *quiz);
int lectern_cli_export_worksheet (const LecternCliQuiz *quiz,
                                  const char           *output);

G_END_DECLS
