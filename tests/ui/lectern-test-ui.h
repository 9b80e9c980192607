/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lectern-core.h"
#include "lectern-progress-store.h"

G_BEGIN_DECLS

/* g_test_init + gtk/adw init + resources + style sheets; call first in main(). */
void         lectern_test_ui_init          (int    *argc,
                                            char ***argv);
/* The bundled pack (new reference). */
LecternPack *lectern_test_ui_load_bundled  (void);
/* Runs the main context until @condition (a gboolean at @flag) turns TRUE or
 * the timeout (in ms) expires; returns the flag. Uses no sleeps. */
gboolean     lectern_test_ui_wait_for      (gboolean *flag,
                                            guint     timeout_ms);
/* Iterates the main context until nothing is pending. */
void         lectern_test_ui_flush         (void);
/* Presents a @width × @height window holding @child in an AdwToastOverlay, with
 * a window action win.show-page that stores its parameter in *@page_shown
 * (freeing what was there), and flushes. */
GtkWidget   *lectern_test_ui_present_window (GtkWidget  *child,
                                             int         width,
                                             int         height,
                                             char      **page_shown);
/* Waits until @widget is mapped (it may be shown on the next frame), at most
 * @timeout_ms; returns whether it is. */
gboolean     lectern_test_ui_wait_for_map    (GtkWidget *widget,
                                              guint      timeout_ms);
/* What Enter does to @button: waits for it to be mapped if it is not yet,
 * activates it, waits for ::clicked, and flushes. */
void         lectern_test_ui_activate_button (GtkWidget *button);
/* The first shortcut of @widget's shortcut controllers whose trigger reads
 * @accelerator ("space"), or %NULL. */
GtkShortcut *lectern_test_ui_find_shortcut   (GtkWidget  *widget,
                                              const char *accelerator);
/* A quiz view on @pack, @selection and @store. */
GtkWidget   *lectern_test_ui_quiz_view_new  (LecternPack          *pack,
                                             LecternSelection     *selection,
                                             LecternProgressStore *store);
/* Destroys @window, flushes, and asserts that @object (the window or a widget in
 * it) is finalized. */
void         lectern_test_ui_destroy_window (GtkWidget *window,
                                             gpointer   object);
/* A progress store on progress.json in a new temporary directory made from
 * @dir_template ("lectern-quiz-XXXXXX"), whose path is stored in *@dir. */
LecternProgressStore *lectern_test_ui_temp_store (const char  *dir_template,
                                                  char       **dir);

/* --- Finding widgets --- */

typedef gboolean (*LecternTestUiPredicate) (GtkWidget *widget,
                                            gpointer   data);

/* The widgets at and below @root that @predicate accepts, depth-first in
 * widget order; popovers (of drop-downs, menus) and their children are
 * skipped. Free with g_ptr_array_unref(). */
GPtrArray   *lectern_test_ui_find_all      (GtkWidget              *root,
                                            LecternTestUiPredicate  predicate,
                                            gpointer                data);
/* The same, looking inside popovers too. */
GPtrArray   *lectern_test_ui_find_all_deep (GtkWidget              *root,
                                            LecternTestUiPredicate  predicate,
                                            gpointer                data);
/* The first of lectern_test_ui_find_all(); asserts there is one. */
gpointer     lectern_test_ui_find_first    (GtkWidget              *root,
                                            LecternTestUiPredicate  predicate,
                                            gpointer                data);
/* The first widget of @type at or below @root, popovers included, or NULL. */
gpointer     lectern_test_ui_find_type     (GtkWidget              *root,
                                            GType                   type);

/* Predicates; @data is what each compares with. */
/* @data: a GType, as GSIZE_TO_POINTER (type). */
gboolean     lectern_test_ui_is_type            (GtkWidget *widget,
                                                 gpointer   data);
/* @data: a CSS class name. */
gboolean     lectern_test_ui_has_css_class      (GtkWidget *widget,
                                                 gpointer   data);
/* @data: the label of a GtkButton. */
gboolean     lectern_test_ui_is_button_labelled (GtkWidget *widget,
                                                 gpointer   data);
/* @data: the action name of a GtkButton. */
gboolean     lectern_test_ui_is_action_button   (GtkWidget *widget,
                                                 gpointer   data);
/* @data: the title of an AdwComboRow. */
gboolean     lectern_test_ui_is_combo_titled    (GtkWidget *widget,
                                                 gpointer   data);

G_END_DECLS
