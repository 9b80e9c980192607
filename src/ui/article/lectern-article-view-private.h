/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lectern-article-view.h"

G_BEGIN_DECLS

/* The never-shown nodes whose colours the tags take (style.css): the
 * entity kinds first, in LecternEntityKind order. */
typedef enum
{
  ARTICLE_STYLE_YEAR = LECTERN_N_ENTITY_KINDS,
  ARTICLE_STYLE_BYLINE,
  ARTICLE_STYLE_BODY,
  ARTICLE_STYLE_PAGE,
  ARTICLE_STYLE_FOCUS,
  ARTICLE_STYLE_ENTITY,
  ARTICLE_STYLE_ENTITY_CURRENT,
  ARTICLE_STYLE_MATCH,
  ARTICLE_STYLE_MATCH_CURRENT,
  ARTICLE_N_STYLES
} ArticleStyle;

struct _LecternArticleView
{
  GtkWidget         parent_instance;

  GtkSearchBar     *search_bar;
  GtkSearchEntry   *search_entry;
  GtkLabel         *match_label;
  GtkScrolledWindow *scroller;
  GtkTextView      *text_view;

  LecternPack      *pack;
  LecternSelection *selection;
  double            text_scale;

  GtkTextBuffer    *buffer;
  GArray           *paragraph_starts; /* guint buffer offset of each paragraph */
  GArray           *years;            /* YearLink */
  GtkTextTag       *kind_tags[LECTERN_N_ENTITY_KINDS];
  GtkTextTag       *title_tag;
  GtkTextTag       *byline_tag;
  GtkTextTag       *heading_tag;
  GtkTextTag       *body_tag;
  GtkTextTag       *year_tag;
  GtkTextTag       *hover_tag;
  GtkTextTag       *focus_tag;
  GtkTextTag       *entity_tag;
  GtkTextTag       *entity_current_tag;
  GtkTextTag       *match_tag;
  GtkTextTag       *match_current_tag;
  GtkWidget        *styles[ARTICLE_N_STYLES];
  GdkRGBA           colors[ARTICLE_N_STYLES];
  guint             colors_valid;     /* bit per style */

  gboolean          has_focus_range;
  LecternTextRange  focus_range;
  GArray           *entity_ranges;    /* LecternTextRange */
  GArray           *matches;          /* guint pairs: buffer start, end */
  int               current_match;
  double            pending_position;
  int               hover_start;      /* buffer offsets of the hovered link, or -1 */
  int               hover_end;
};

typedef struct
{
  guint         paragraph;
  guint         start;
  guint         end;
  LecternEvent *event;
} YearLink;

/* lectern-article-view-text.c: the buffer, its tags and colours */
void     _lectern_article_view_create_tags      (LecternArticleView *self);
void     _lectern_article_view_create_styles    (LecternArticleView *self);
void     _lectern_article_view_destroy_styles   (LecternArticleView *self);
void     _lectern_article_view_update_colors    (LecternArticleView *self);
void     _lectern_article_view_update_scales    (LecternArticleView *self);
void     _lectern_article_view_rebuild          (LecternArticleView *self);
guint    _lectern_article_view_paragraph_offset (LecternArticleView *self,
                                                 guint               paragraph);
void     _lectern_article_view_range_iters      (LecternArticleView *self,
                                                 guint               paragraph,
                                                 guint               start,
                                                 guint               end,
                                                 GtkTextIter        *a,
                                                 GtkTextIter        *b);
gboolean _lectern_article_view_locate_offset    (LecternArticleView *self,
                                                 guint               offset,
                                                 guint              *paragraph,
                                                 guint              *in_paragraph);
void     _lectern_article_view_remove_tag       (LecternArticleView *self,
                                                 GtkTextTag         *tag);

/* lectern-article-view-find.c: find in the article */
void     _lectern_article_view_search_changed_cb      (LecternArticleView *self);
void     _lectern_article_view_search_next_cb         (LecternArticleView *self);
void     _lectern_article_view_search_previous_cb     (LecternArticleView *self);
void     _lectern_article_view_search_activate_cb     (LecternArticleView *self);
void     _lectern_article_view_search_stop_cb         (LecternArticleView *self);
gboolean _lectern_article_view_search_key_pressed_cb  (GtkEventControllerKey *controller,
                                                       guint                  keyval,
                                                       guint                  keycode,
                                                       GdkModifierType        state,
                                                       LecternArticleView    *self);
void     _lectern_article_view_search_mode_changed_cb (LecternArticleView *self);

G_END_DECLS
