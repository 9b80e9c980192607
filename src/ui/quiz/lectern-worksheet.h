/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "lectern-core.h"
#include "lectern-quiz-options.h"

G_BEGIN_DECLS

typedef enum
{
  LECTERN_PAPER_AUTO,
  LECTERN_PAPER_A4,
  LECTERN_PAPER_LETTER,
} LecternPaper;

/* A printable worksheet: the questions of a quiz with room for answers, and
 * an answer key on a page of its own. Needs no display. */
#define LECTERN_TYPE_WORKSHEET (lectern_worksheet_get_type ())
G_DECLARE_FINAL_TYPE (LecternWorksheet, lectern_worksheet, LECTERN, WORKSHEET, GObject)

LecternWorksheet *lectern_worksheet_new           (LecternPack               *pack,
                                                   const LecternQuizOptions  *options,
                                                   GError                   **error);
/* The quiz code printed on the worksheet. */
const char       *lectern_worksheet_get_code      (LecternWorksheet          *self);
/* "a4", "letter" or "auto" (the locale's paper). */
gboolean          lectern_paper_from_string       (const char                *text,
                                                   LecternPaper              *paper);
/* Size in points of @paper; AUTO follows LC_PAPER. */
void              lectern_paper_get_size          (LecternPaper               paper,
                                                   double                    *width,
                                                   double                    *height);
/* Lays the worksheet out for pages of this size (in points); returns pages. */
guint             lectern_worksheet_paginate      (LecternWorksheet          *self,
                                                   double                     width,
                                                   double                     height);
void              lectern_worksheet_draw_page     (LecternWorksheet          *self,
                                                   cairo_t                   *cr,
                                                   guint                      page);
gboolean          lectern_worksheet_write_pdf     (LecternWorksheet          *self,
                                                   LecternPaper               paper,
                                                   const char                *filename,
                                                   GError                   **error);

G_END_DECLS
