/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * The whole window with a large pack (the synthetic 100,000 words, 10,000
 * events, 5,000 entities): how long the first frame takes, how long each
 * keystroke in the sidebar's search takes to filter the 5,000 entities and
 * show the result, and how long the article's frames take while it scrolls
 * line by line and page by page. Prints numbers, asserts nothing about them.
 * Needs a display (run under xvfb-run); without one it reports a skip.
 *
 *   bench-window-ui PACK.json
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "bench-frames.h"
#include "lectern-application.h"
#include "lectern-window.h"

#define SCROLL_FRAMES 120
#define SCROLL_STEP   40.0 /* pixels a frame: a brisk wheel scroll */
#define PAGE_FRAMES   40

static gint64 search_start;
static gint64 search_end;

/* Runs before any handler of GtkSearchEntry::search-changed, so before the
 * sidebar filters. */
static gboolean
search_hook (GSignalInvocationHint *hint,
             guint                  n_values,
             const GValue          *values,
             gpointer               data)
{
  search_start = g_get_monotonic_time ();
  return TRUE;
}

/* After the sidebar's own handler, which filters. */
static void
search_changed_after_cb (GtkSearchEntry *entry,
                         gpointer        data)
{
  search_end = g_get_monotonic_time ();
}

static gpointer
find_descendant (GtkWidget *root,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      gpointer found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The entity list: the list view with the most items (the kind drop-down
 * has one too, in its popover). */
static void
find_entity_list (GtkWidget    *root,
                  GtkListView **best)
{
  if (GTK_IS_LIST_VIEW (root) &&
      (*best == NULL ||
       g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (root)))) >
       g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (*best)))))
    *best = GTK_LIST_VIEW (root);
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    find_entity_list (child, best);
}

static void
print_times (const char *what,
             double     *ms,
             guint       n)
{
  bench_sort (ms, n);
  g_print ("  %-44s median %6.2f ms, p95 %6.2f ms, max %6.2f ms (%u)\n",
           what, ms[n / 2], ms[n * 95 / 100], ms[n - 1], n);
}

static void
bench_search (GtkWidget      *window,
              GtkSearchEntry *entry,
              GListModel     *results)
{
  /* Typed one key at a time, then erased with Backspace. */
  static const char typed[] = "kalo ag";
  const guint n_steps = 2 * strlen (typed);
  double ms[2 * G_N_ELEMENTS (typed)];

  g_signal_connect_after (entry, "search-changed", G_CALLBACK (search_changed_after_cb), NULL);

  for (guint i = 0; i < n_steps; i++)
    {
      int length = i < strlen (typed) ? (int) i : (int) (n_steps - i);
      guint target;

      search_start = 0;
      if (i < strlen (typed))
        gtk_editable_insert_text (GTK_EDITABLE (entry), typed + i, 1, &length);
      else
        gtk_editable_delete_text (GTK_EDITABLE (entry), length - 1, length);
      /* GtkSearchEntry waits for typing to pause before it says so. */
      while (search_start == 0)
        g_main_context_iteration (NULL, TRUE);
      /* A frame even when the list stays the same ("kalo" and "kalo "). */
      gtk_widget_queue_draw (window);
      target = bench_frames_done () + 1;
      while (bench_frames_done () < target)
        g_main_context_iteration (NULL, TRUE);
      ms[i] = (g_get_monotonic_time () - search_start) / 1000.0;
      g_print ("    “%s”: %u entities, %.2f ms to filter and draw (filter %.2f ms)\n",
               gtk_editable_get_text (GTK_EDITABLE (entry)), g_list_model_get_n_items (results),
               ms[i], (search_end - search_start) / 1000.0);
    }
  print_times ("sidebar search, keystroke to frame:", ms, n_steps);
}

static void
bench_scroll (GtkWidget     *window,
              GtkAdjustment *adjustment,
              double         step,
              guint          n_frames,
              const char    *what)
{
  g_autofree double *ms = g_new (double, n_frames);
  guint n = 0;

  for (guint f = 0; f < n_frames; f++)
    {
      double value = gtk_adjustment_get_value (adjustment);
      double top = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment);

      gtk_adjustment_set_value (adjustment, value + step > top ? 0 : value + step);
      bench_frames_wait (window);
      ms[n++] = bench_frames_last_ms ();
    }
  print_times (what, ms, n);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternPack) pack = NULL;
  LecternWindow *window;
  GtkWidget *article, *sidebar;
  GtkSearchEntry *entry;
  GtkListView *list = NULL;
  GtkTextView *text;
  gint64 start;

  if (argc != 2)
    {
      g_printerr ("usage: %s PACK.json\n", argv[0]);
      return EXIT_FAILURE;
    }
  if (!gtk_init_check ())
    {
      g_print ("window-frames: skipped, no display (run under xvfb-run)\n");
      return 77;
    }
  adw_init ();
  lectern_ui_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  file = g_file_new_for_commandline_arg (argv[1]);
  start = g_get_monotonic_time ();
  pack = lectern_pack_load_file (file, NULL, &error);
  if (pack == NULL)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  g_print ("window-frames: %s (%u events, %u entities), 1280×800, GSK_RENDERER=%s\n",
           argv[1], g_list_model_get_n_items (lectern_pack_get_events (pack)),
           g_list_model_get_n_items (lectern_pack_get_entities (pack)),
           g_getenv ("GSK_RENDERER") ? g_getenv ("GSK_RENDERER") : "(default)");
  g_print ("  pack loaded in %.1f ms\n", (g_get_monotonic_time () - start) / 1000.0);

  g_type_class_unref (g_type_class_ref (GTK_TYPE_SEARCH_ENTRY));
  g_signal_add_emission_hook (g_signal_lookup ("search-changed", GTK_TYPE_SEARCH_ENTRY), 0,
                              search_hook, NULL, NULL);

  window = lectern_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  start = g_get_monotonic_time ();
  lectern_window_set_pack (window, pack);
  gtk_window_present (GTK_WINDOW (window));
  bench_frames_watch (GTK_WIDGET (window));
  bench_frames_wait (GTK_WIDGET (window));
  g_print ("  window with the pack, to its first frame: %.1f ms\n",
           (g_get_monotonic_time () - start) / 1000.0);
  for (guint i = 0; i < 3; i++)
    bench_frames_wait (GTK_WIDGET (window));

  sidebar = find_descendant (GTK_WIDGET (window), g_type_from_name ("LecternEntitySidebar"));
  entry = find_descendant (sidebar, GTK_TYPE_SEARCH_ENTRY);
  find_entity_list (sidebar, &list);
  article = find_descendant (GTK_WIDGET (window), g_type_from_name ("LecternArticleView"));
  text = find_descendant (article, GTK_TYPE_TEXT_VIEW);
  g_assert (entry != NULL && list != NULL && text != NULL);

  bench_search (GTK_WIDGET (window), entry, G_LIST_MODEL (gtk_list_view_get_model (list)));

  /* The text view finishes laying out the article in the background; the
   * scrolling starts once it has. */
  for (guint i = 0; i < 5; i++)
    bench_frames_wait (GTK_WIDGET (window));
  bench_scroll (GTK_WIDGET (window), gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (text)),
                SCROLL_STEP, SCROLL_FRAMES, "article, scrolling 40 px a frame:");
  bench_scroll (GTK_WIDGET (window), gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (text)),
                gtk_adjustment_get_page_size (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (text))),
                PAGE_FRAMES, "article, a page a frame:");

  gtk_window_destroy (GTK_WINDOW (window));
  return EXIT_SUCCESS;
}
