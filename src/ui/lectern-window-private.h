/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lectern-article-view.h"
#include "lectern-entity-sidebar.h"
#include "lectern-quiz-view.h"
#include "lectern-timeline.h"
#include "lectern-window.h"

G_BEGIN_DECLS

struct _LecternWindow
{
  AdwApplicationWindow  parent_instance;

  AdwToastOverlay      *toast_overlay;
  AdwToolbarView       *toolbar_view;
  AdwHeaderBar         *header_bar;
  AdwViewSwitcher      *switcher;
  AdwViewSwitcherBar   *switcher_bar;
  AdwViewStack         *stack;
  AdwOverlaySplitView  *split_view;
  GtkToggleButton      *sidebar_button;
  GtkButton            *find_button;
  LecternEntitySidebar *sidebar;
  LecternTimeline      *timeline;
  LecternArticleView   *article;
  AdwBin               *quiz_page;
  LecternQuizView      *quiz_view;     /* NULL until the quiz page is built */
  GMenu                *recent_menu;

  GSettings            *settings;
  LecternPack          *pack;
  LecternSelection     *selection;
  GFile                *pack_file;     /* NULL for the bundled pack */
  GCancellable         *load_cancellable;
  gboolean              sidebar_visible;
  gboolean              narrow;
  guint                 quiz_idle_id;
  gboolean              presenting;
  gboolean              sidebar_before_presenting;
};

/* lectern-window-classroom.c: presentation mode, worksheets, printing,
 * dropping a pack on the window. */
void lectern_window_classroom_class_init (GtkWidgetClass *widget_class);
void lectern_window_classroom_init       (LecternWindow  *self);
void _lectern_window_notify_presenting  (LecternWindow  *self);
void _lectern_window_set_sidebar_visible (LecternWindow *self,
                                          gboolean       visible);
void lectern_window_set_presenting       (LecternWindow  *self,
                                          gboolean        presenting);

/* lectern-window-deferred.c: what is built after the first frame or when
 * first needed (the Quiz page, the shortcuts window). */
void lectern_window_deferred_class_init  (GtkWidgetClass *widget_class);
void lectern_window_deferred_init        (LecternWindow  *self);
void lectern_window_ensure_quiz_view     (LecternWindow  *self);
void _lectern_window_file_dialog_failed (LecternWindow  *self,
                                         const GError   *error);

G_END_DECLS
