/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "lectern-core.h"

G_BEGIN_DECLS

#define LECTERN_TYPE_ARTICLE_VIEW (lectern_article_view_get_type ())
G_DECLARE_FINAL_TYPE (LecternArticleView, lectern_article_view, LECTERN, ARTICLE_VIEW, GtkWidget)

/* A highlighted range, in characters of a paragraph. */
typedef struct
{
  guint paragraph;
  guint start;
  guint end;
} LecternTextRange;

LecternPack      *lectern_article_view_get_pack          (LecternArticleView *self);
void              lectern_article_view_set_pack          (LecternArticleView *self,
                                                          LecternPack        *pack);
LecternSelection *lectern_article_view_get_selection     (LecternArticleView *self);
void              lectern_article_view_set_selection     (LecternArticleView *self,
                                                          LecternSelection   *selection);
double            lectern_article_view_get_text_scale    (LecternArticleView *self);
void              lectern_article_view_set_text_scale    (LecternArticleView *self,
                                                          double              scale);
void              lectern_article_view_start_find        (LecternArticleView *self);
/* The passage highlighted for the selected event or a revealed range. */
gboolean          lectern_article_view_get_focus_range   (LecternArticleView *self,
                                                          LecternTextRange   *range);
/* The ranges marked for the selected entity, in reading order. */
GArray           *lectern_article_view_get_entity_ranges (LecternArticleView *self);
guint             lectern_article_view_get_n_matches     (LecternArticleView *self);
double            lectern_article_view_get_position      (LecternArticleView *self);
void              lectern_article_view_set_position      (LecternArticleView *self,
                                                          double              position);
/* Activates what is at a character of a paragraph (mention or year), as a
 * click there would. Returns whether anything was there. */
gboolean          lectern_article_view_activate_at       (LecternArticleView *self,
                                                          guint               paragraph,
                                                          guint               offset);

G_END_DECLS
