/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "lectern-article-view.h"
#include "lectern-test-ui.h"

typedef struct
{
  LecternPack        *pack;
  LecternSelection   *selection;
  GtkWindow          *window;
  LecternArticleView *view;
} Fixture;

/* The text of each run of @tag_name in the view's buffer. */
static GPtrArray *
tagged_runs (LecternArticleView *view,
             const char         *tag_name)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (lectern_test_ui_find_type (GTK_WIDGET (view),
                                                                               GTK_TYPE_TEXT_VIEW));
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), tag_name);
  GPtrArray *runs = g_ptr_array_new_with_free_func (g_free);
  GtkTextIter iter;

  g_assert_nonnull (tag);
  gtk_text_buffer_get_start_iter (buffer, &iter);
  while (gtk_text_iter_starts_tag (&iter, tag) ||
         gtk_text_iter_forward_to_tag_toggle (&iter, tag))
    {
      GtkTextIter end = iter;

      if (!gtk_text_iter_starts_tag (&iter, tag))
        {
          if (gtk_text_iter_is_end (&iter))
            break;
          continue;
        }
      gtk_text_iter_forward_to_tag_toggle (&end, tag);
      g_ptr_array_add (runs, gtk_text_iter_get_text (&iter, &end));
      iter = end;
    }
  return runs;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->pack = lectern_test_ui_load_bundled ();
  f->selection = lectern_selection_new ();
  f->view = g_object_new (LECTERN_TYPE_ARTICLE_VIEW, "pack", f->pack, "selection", f->selection,
                          NULL);
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 900, 700);
  gtk_window_set_child (f->window, GTK_WIDGET (f->view));
  gtk_window_present (f->window);
  lectern_test_ui_flush ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_object_add_weak_pointer (G_OBJECT (f->view), (gpointer *) &f->view);
  gtk_window_destroy (f->window);
  lectern_test_ui_flush ();
  g_assert_null (f->view);
  g_assert_finalize_object (f->selection);
  g_assert_finalize_object (f->pack);
}

static void
test_event_highlights_quote (Fixture       *f,
                             gconstpointer  data)
{
  LecternEvent *event = lectern_pack_lookup_event (f->pack, "basic-act");
  LecternParagraph *paragraph;
  LecternTextRange range;
  g_autoptr(GPtrArray) runs = NULL;

  g_assert_nonnull (event);
  g_assert_false (lectern_article_view_get_focus_range (f->view, NULL));

  lectern_selection_set_event (f->selection, event);
  paragraph = lectern_pack_lookup_paragraph (f->pack, lectern_event_get_paragraph_id (event));
  g_assert_true (lectern_article_view_get_focus_range (f->view, &range));
  g_assert_cmpuint (range.paragraph, ==, lectern_paragraph_get_index (paragraph));

  /* What is highlighted on screen is exactly the quote. */
  runs = tagged_runs (f->view, "focus");
  g_assert_cmpuint (runs->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (runs, 0), ==, lectern_event_get_quote (event));

  lectern_selection_set_event (f->selection, NULL);
  g_assert_false (lectern_article_view_get_focus_range (f->view, NULL));
  g_clear_pointer (&runs, g_ptr_array_unref);
  runs = tagged_runs (f->view, "focus");
  g_assert_cmpuint (runs->len, ==, 0);
}

static void
test_entity_highlights_mentions (Fixture       *f,
                                 gconstpointer  data)
{
  const char *ids[] = { "japan", "nisc", "basic-act", "five-eyes" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      LecternEntity *entity = lectern_pack_lookup_entity (f->pack, ids[i]);
      LecternMentionIndex *index = lectern_pack_get_mention_index (f->pack);
      g_autoptr(GArray) ranges = NULL;
      const guint *positions;
      guint n;

      g_assert_nonnull (entity);
      lectern_selection_set_entity (f->selection, entity);
      positions = lectern_mention_index_get_entity_mentions (index, entity, &n);
      ranges = lectern_article_view_get_entity_ranges (f->view);
      g_assert_cmpuint (ranges->len, ==, n);
      g_assert_cmpuint (n, >, 0);
      for (guint m = 0; m < n; m++)
        {
          const LecternMention *mention = lectern_mention_index_get_mention (index, positions[m]);
          LecternTextRange *r = &g_array_index (ranges, LecternTextRange, m);

          g_assert_cmpuint (r->paragraph, ==, mention->paragraph);
          g_assert_cmpuint (r->start, ==, mention->start);
          g_assert_cmpuint (r->end, ==, mention->end);
        }
      /* On screen: as many marked runs (adjacent mentions may merge, so at most). */
      {
        g_autoptr(GPtrArray) runs = tagged_runs (f->view, "entity");
        g_assert_cmpuint (runs->len, <=, n);
        g_assert_cmpuint (runs->len, >, 0);
      }
    }
  lectern_selection_set_entity (f->selection, NULL);
  {
    g_autoptr(GArray) ranges = lectern_article_view_get_entity_ranges (f->view);
    g_assert_cmpuint (ranges->len, ==, 0);
  }
}

static void
test_click_mention_and_year (Fixture       *f,
                             gconstpointer  data)
{
  LecternMentionIndex *index = lectern_pack_get_mention_index (f->pack);
  LecternEvent *event = lectern_pack_lookup_event (f->pack, "basic-act");
  LecternParagraph *paragraph = lectern_pack_lookup_paragraph (f->pack,
                                                               lectern_event_get_paragraph_id (event));
  const char *text = lectern_paragraph_get_text (paragraph);
  const char *year = strstr (text, "2014");
  guint p = lectern_paragraph_get_index (paragraph);
  guint first, n = lectern_mention_index_get_paragraph_range (index, p, &first);
  const LecternMention *mention;

  g_assert_cmpuint (n, >, 0);
  mention = lectern_mention_index_get_mention (index, first);

  /* A mention selects its entity. */
  g_assert_true (lectern_article_view_activate_at (f->view, p, mention->start + 1));
  g_assert_true (lectern_selection_get_entity (f->selection) == mention->entity);

  /* A year selects the event of that year in that paragraph. */
  g_assert_nonnull (year);
  g_assert_true (lectern_article_view_activate_at (f->view, p, g_utf8_pointer_to_offset (text, year)));
  g_assert_true (lectern_selection_get_event (f->selection) == event);

  /* Plain text selects nothing. */
  lectern_selection_clear (f->selection);
  g_assert_false (lectern_article_view_activate_at (f->view, p, 2));
  g_assert_null (lectern_selection_get_entity (f->selection));
  g_assert_null (lectern_selection_get_event (f->selection));
}

static guint
count_folded (const char *haystack,
              const char *needle)
{
  g_autofree char *h = g_utf8_casefold (haystack, -1);
  guint n = 0;

  for (const char *p = strstr (h, needle); p; p = strstr (p + strlen (needle), needle))
    n++;
  return n;
}

static void
test_find (Fixture       *f,
           gconstpointer  data)
{
  GListModel *paragraphs = lectern_pack_get_paragraphs (f->pack);
  GListModel *sections = lectern_pack_get_sections (f->pack);
  GtkWidget *entry = NULL;
  guint expected = count_folded (lectern_pack_get_title (f->pack), "cyber");

  for (guint i = 0; i < g_list_model_get_n_items (paragraphs); i++)
    {
      g_autoptr(LecternParagraph) p = g_list_model_get_item (paragraphs, i);
      expected += count_folded (lectern_paragraph_get_text (p), "cyber");
    }
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(LecternSection) s = g_list_model_get_item (sections, i);
      if (lectern_section_get_heading (s))
        expected += count_folded (lectern_section_get_heading (s), "cyber");
    }
  g_assert_cmpuint (expected, >, 10);

  lectern_article_view_start_find (f->view);
  entry = gtk_root_get_focus (GTK_ROOT (f->window));
  while (entry && !GTK_IS_SEARCH_ENTRY (entry))
    entry = gtk_widget_get_parent (entry);
  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "CYBER");
  g_signal_emit_by_name (entry, "search-changed");
  g_assert_cmpuint (lectern_article_view_get_n_matches (f->view), ==, expected);

  gtk_editable_set_text (GTK_EDITABLE (entry), "no such words here");
  g_signal_emit_by_name (entry, "search-changed");
  g_assert_cmpuint (lectern_article_view_get_n_matches (f->view), ==, 0);
}

static void
test_text_scale (Fixture       *f,
                 gconstpointer  data)
{
  lectern_article_view_set_text_scale (f->view, 1.5);
  g_assert_cmpfloat (lectern_article_view_get_text_scale (f->view), ==, 1.5);
  lectern_article_view_set_text_scale (f->view, 10.0);
  g_assert_cmpfloat (lectern_article_view_get_text_scale (f->view), ==, 3.0);
  lectern_article_view_set_text_scale (f->view, 0.1);
  g_assert_cmpfloat (lectern_article_view_get_text_scale (f->view), ==, 0.5);
}

int
main (int   argc,
      char *argv[])
{
  lectern_test_ui_init (&argc, &argv);

  g_test_add ("/article-view/event-highlights-quote", Fixture, NULL, fixture_set_up,
              test_event_highlights_quote, fixture_tear_down);
  g_test_add ("/article-view/entity-highlights-mentions", Fixture, NULL, fixture_set_up,
              test_entity_highlights_mentions, fixture_tear_down);
  g_test_add ("/article-view/click-mention-and-year", Fixture, NULL, fixture_set_up,
              test_click_mention_and_year, fixture_tear_down);
  g_test_add ("/article-view/find", Fixture, NULL, fixture_set_up, test_find, fixture_tear_down);
  g_test_add ("/article-view/text-scale", Fixture, NULL, fixture_set_up, test_text_scale,
              fixture_tear_down);

  return g_test_run ();
}
