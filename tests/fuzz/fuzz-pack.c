/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "lectern-core.h"
#include "lectern-fuzz.h"

/*
 * Pack loading, validation and mention indexing. For any input:
 * - a failure sets a LECTERN_PACK_ERROR naming the file and lists at least
 *   one problem, all in valid UTF-8;
 * - a loaded pack holds only valid UTF-8 text, its quotes lie inside their
 *   paragraphs, its events are sorted, every lookup finds what the lists
 *   hold, and every mention covers a range of its paragraph.
 */

#define DISPLAY_NAME "fuzz.json"

static void
check_text (const char *text,
            gboolean    nullable)
{
  if (text == NULL)
    {
      g_assert_true (nullable);
      return;
    }
  g_assert_true (g_utf8_validate (text, -1, NULL));
}

static void
check_failure (GPtrArray    *problems,
               const GError *error)
{
  g_assert_nonnull (error);
  g_assert_true (error->domain == LECTERN_PACK_ERROR);
  g_assert_true (g_str_has_prefix (error->message, DISPLAY_NAME));
  check_text (error->message, FALSE);
  g_assert_nonnull (problems);
  g_assert_cmpuint (problems->len, >, 0);

  for (guint i = 0; i < problems->len; i++)
    {
      LecternProblem *problem = g_ptr_array_index (problems, i);
      g_autofree char *line = lectern_problem_to_string (problem);

      g_assert_cmpstr (problem->file, ==, DISPLAY_NAME);
      check_text (problem->path, FALSE);
      check_text (problem->message, FALSE);
      g_assert_cmpuint (strlen (problem->message), >, 0);
      check_text (line, FALSE);
    }
}

static void
check_paragraphs (LecternPack *pack)
{
  GListModel *paragraphs = lectern_pack_get_paragraphs (pack);
  guint n = g_list_model_get_n_items (paragraphs);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LecternParagraph) paragraph = g_list_model_get_item (paragraphs, i);
      const char *text = lectern_paragraph_get_text (paragraph);

      check_text (text, FALSE);
      g_assert_cmpuint (lectern_paragraph_get_index (paragraph), ==, i);
      g_assert_cmpuint (lectern_paragraph_get_length (paragraph), ==, g_utf8_strlen (text, -1));
      g_assert_true (lectern_pack_lookup_paragraph (pack, lectern_paragraph_get_id (paragraph)) ==
                     paragraph);
    }
}

static void
check_entities (LecternPack *pack)
{
  GListModel *entities = lectern_pack_get_entities (pack);
  guint n = g_list_model_get_n_items (entities);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LecternEntity) entity = g_list_model_get_item (entities, i);
      g_autoptr(GPtrArray) events = NULL;
      const char * const *aliases = lectern_entity_get_aliases (entity);

      check_text (lectern_entity_get_name (entity), FALSE);
      check_text (lectern_entity_get_summary (entity), FALSE);
      check_text (lectern_entity_get_native_name (entity), TRUE);
      check_text (lectern_entity_get_search_key (entity), FALSE);
      g_assert_nonnull (aliases);
      for (guint a = 0; aliases[a]; a++)
        check_text (aliases[a], FALSE);
      g_assert_true (lectern_pack_lookup_entity (pack, lectern_entity_get_id (entity)) == entity);

      events = lectern_pack_get_entity_events (pack, entity);
      for (guint e = 1; e < events->len; e++)
        g_assert_cmpint (lectern_event_compare (events->pdata[e - 1], events->pdata[e]), <=, 0);
    }
}

static void
check_events (LecternPack *pack)
{
  GListModel *events = lectern_pack_get_events (pack);
  guint n = g_list_model_get_n_items (events);
  g_autoptr(LecternEvent) previous = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LecternEvent) event = g_list_model_get_item (events, i);
      LecternParagraph *paragraph =
        lectern_pack_lookup_paragraph (pack, lectern_event_get_paragraph_id (event));
      const LecternDate *end = lectern_event_get_end (event);
      const char * const *entity_ids = lectern_event_get_entity_ids (event);
      g_autofree char *quote = NULL;

      check_text (lectern_event_get_title (event), FALSE);
      check_text (lectern_event_get_summary (event), FALSE);
      check_text (lectern_event_get_date_label (event), FALSE);
      g_assert_true (lectern_date_is_valid (lectern_event_get_start (event)));
      if (end != NULL)
        {
          g_assert_true (lectern_date_is_valid (end));
          g_assert_cmpint (lectern_date_compare (lectern_event_get_start (event), end), <=, 0);
        }
      g_assert_cmpuint (lectern_event_get_index (event), ==, i);
      if (previous != NULL)
        g_assert_cmpint (lectern_event_compare (previous, event), <=, 0);
      g_assert_true (lectern_pack_lookup_event (pack, lectern_event_get_id (event)) == event);

      /* The quote is verbatim at its offsets. */
      g_assert_nonnull (paragraph);
      g_assert_cmpuint (lectern_event_get_quote_start (event), <=,
                        lectern_event_get_quote_end (event));
      g_assert_cmpuint (lectern_event_get_quote_end (event), <=,
                        lectern_paragraph_get_length (paragraph));
      quote = lectern_text_substring (lectern_paragraph_get_text (paragraph),
                                      lectern_event_get_quote_start (event),
                                      lectern_event_get_quote_end (event));
      g_assert_cmpstr (quote, ==, lectern_event_get_quote (event));

      for (guint e = 0; entity_ids[e]; e++)
        g_assert_nonnull (lectern_pack_lookup_entity (pack, entity_ids[e]));

      g_set_object (&previous, event);
    }
}

static void
check_eras (LecternPack *pack)
{
  GListModel *eras = lectern_pack_get_eras (pack);
  guint n = g_list_model_get_n_items (eras);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LecternEra) era = g_list_model_get_item (eras, i);

      check_text (lectern_era_get_title (era), FALSE);
      g_assert_cmpint (lectern_date_compare (lectern_era_get_start (era),
                                             lectern_era_get_end (era)), <=, 0);
    }
}

static void
check_mentions (LecternPack *pack)
{
  LecternMentionIndex *index = lectern_pack_get_mention_index (pack);
  GListModel *paragraphs = lectern_pack_get_paragraphs (pack);
  GListModel *entities = lectern_pack_get_entities (pack);
  guint n_paragraphs = g_list_model_get_n_items (paragraphs);
  guint n = lectern_mention_index_get_n_mentions (index);
  guint counted = 0;

  g_assert_true (index == lectern_pack_get_mention_index (pack));

  for (guint i = 0; i < n; i++)
    {
      const LecternMention *m = lectern_mention_index_get_mention (index, i);
      g_autoptr(LecternParagraph) paragraph = NULL;

      g_assert_cmpuint (m->paragraph, <, n_paragraphs);
      g_assert_nonnull (m->entity);
      g_assert_cmpuint (m->start, <, m->end);
      paragraph = g_list_model_get_item (paragraphs, m->paragraph);
      g_assert_cmpuint (m->end, <=, lectern_paragraph_get_length (paragraph));
      g_assert_true (lectern_mention_index_lookup (index, m->paragraph, m->start) == m);
      g_assert_true (lectern_mention_index_lookup (index, m->paragraph, m->end - 1) == m);
      if (i > 0)
        {
          const LecternMention *p = lectern_mention_index_get_mention (index, i - 1);

          /* Sorted, and never overlapping. */
          g_assert_true (p->paragraph < m->paragraph ||
                         (p->paragraph == m->paragraph && p->end <= m->start));
        }
    }

  for (guint p = 0; p <= n_paragraphs; p++)
    {
      guint first = 0;
      guint count = lectern_mention_index_get_paragraph_range (index, p, &first);

      g_assert_cmpuint (first + count, <=, n);
      g_assert_null (lectern_mention_index_lookup (index, p, G_MAXUINT));
    }

  for (guint e = 0; e < g_list_model_get_n_items (entities); e++)
    {
      g_autoptr(LecternEntity) entity = g_list_model_get_item (entities, e);
      guint n_mentions = 0;
      const guint *positions = lectern_mention_index_get_entity_mentions (index, entity,
                                                                          &n_mentions);

      g_assert_cmpuint (lectern_entity_get_mention_count (entity), ==, n_mentions);
      for (guint k = 0; k < n_mentions; k++)
        {
          g_assert_cmpuint (positions[k], <, n);
          g_assert_true (lectern_mention_index_get_mention (index, positions[k])->entity == entity);
        }
      counted += n_mentions;
    }
  g_assert_cmpuint (counted, ==, n);
}

int
lectern_fuzz_one (const uint8_t *data,
                  size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternPack) pack = lectern_pack_load_bytes (bytes, DISPLAY_NAME, &problems, &error);

  if (pack == NULL)
    {
      check_failure (problems, error);
      return 0;
    }

  g_assert_no_error (error);
  g_assert_nonnull (problems);
  g_assert_cmpuint (problems->len, ==, 0);
  check_text (lectern_pack_get_id (pack), FALSE);
  check_text (lectern_pack_get_title (pack), FALSE);
  check_text (lectern_pack_get_author_name (pack), FALSE);
  check_text (lectern_pack_get_author_bio (pack), TRUE);
  check_text (lectern_pack_get_publisher (pack), FALSE);
  check_text (lectern_pack_get_credits (pack), TRUE);

  check_paragraphs (pack);
  check_entities (pack);
  check_events (pack);
  check_eras (pack);
  check_mentions (pack);

  return 0;
}
