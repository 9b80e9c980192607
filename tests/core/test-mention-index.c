/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lectern-core.h"

/* A pack whose one paragraph is @text and whose entities are given as
 * "id|kind|name|alias|alias…" strings. */
static LecternPack *
make_pack (const char         *text,
           const char * const *entities)
{
  g_autoptr(GString) json = g_string_new (NULL);
  g_autofree char *escaped = g_strescape (text, "\xe2\x80\x99\xe2\x80\x9c\xe2\x80\x9d");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  LecternPack *pack;

  g_string_append_printf (json,
                          "{\"format\": \"lectern-pack\", \"version\": 1, \"id\": \"t\","
                          " \"language\": \"en\", \"title\": \"T\","
                          " \"author\": {\"name\": \"A\"}, \"source\": {\"publisher\": \"P\"},"
                          " \"sections\": [{\"id\": \"s\", \"paragraphs\": ["
                          "{\"id\": \"p1\", \"text\": \"%s\"}]}], \"entities\": [",
                          escaped);
  for (guint i = 0; entities[i]; i++)
    {
      g_auto(GStrv) f = g_strsplit (entities[i], "|", -1);
      g_string_append_printf (json, "%s{\"id\": \"%s\", \"kind\": \"%s\", \"name\": \"%s\","
                              " \"summary\": \"s\", \"aliases\": [",
                              i ? ", " : "", f[0], f[1], f[2]);
      for (guint a = 3; f[a]; a++)
        g_string_append_printf (json, "%s\"%s\"", a > 3 ? ", " : "", f[a]);
      g_string_append (json, "]}");
    }
  g_string_append (json, "], \"events\": []}");

  bytes = g_bytes_new (json->str, json->len);
  pack = lectern_pack_load_bytes (bytes, "t.json", NULL, &error);
  g_assert_no_error (error);
  return pack;
}

static const struct
{
  const char *name;
  const char *text;
  const char *entities[5];
  const char *expected; /* "id:start-end id:start-end", in reading order */
} cases[] = {
  { "whole-words-only", "Japan and Japanese and Japan’s", { "japan|place|Japan" },
    "japan:0-5 japan:23-28" },
  { "case-insensitive", "the fifth Domain and the FIFTH domain", { "fd|concept|Fifth domain" },
    "fd:4-16 fd:25-37" },
  { "acronym-case-sensitive", "NISC and nisc and Nisc", { "nisc|organization|NISC" },
    "nisc:0-4" },
  { "longest-wins", "the Basic Act on Cyber Security and the Basic Act",
    { "ba|law|Basic Act on Cybersecurity|Basic Act on Cyber Security|Basic Act" },
    "ba:4-31 ba:40-49" },
  { "longest-across-entities", "Tokyo Metropolitan Police Department staff",
    { "tokyo|place|Tokyo", "mpd|organization|Metropolitan Police Department|Tokyo Metropolitan Police Department" },
    "mpd:0-36" },
  { "adjacent", "China Russia", { "cn|place|China", "ru|place|Russia" }, "cn:0-5 ru:6-12" },
  { "punctuation-alias", "the U.S. and Japan share the U.S.-Japan memorandum",
    { "us|place|United States|U.S.", "m|law|U.S.-Japan memorandum" },
    "us:4-8 m:29-50" },
  { "digits-boundary", "in 2013 NSS and 12013 NSS", { "nss|law|2013 NSS" }, "nss:3-11" },
  { "no-mentions", "nothing here", { "x|concept|Zero-day exploit" }, "" },
};

static void
test_cases (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(LecternPack) pack = make_pack (cases[i].text, cases[i].entities);
      LecternMentionIndex *index = lectern_pack_get_mention_index (pack);
      g_autoptr(GString) got = g_string_new (NULL);

      for (guint m = 0; m < lectern_mention_index_get_n_mentions (index); m++)
        {
          const LecternMention *mention = lectern_mention_index_get_mention (index, m);
          g_string_append_printf (got, "%s%s:%u-%u", m ? " " : "",
                                  lectern_entity_get_id (mention->entity), mention->start,
                                  mention->end);
        }
      g_test_message ("case %s: %s", cases[i].name, got->str);
      g_assert_cmpstr (got->str, ==, cases[i].expected);
    }
}

static void
test_lookup_and_counts (void)
{
  g_autoptr(LecternPack) pack = make_pack ("Japan and China, then Japan again",
                                           (const char * const[]) { "japan|place|Japan",
                                                                    "china|place|China", NULL });
  LecternMentionIndex *index = lectern_pack_get_mention_index (pack);
  LecternEntity *japan = lectern_pack_lookup_entity (pack, "japan");
  const guint *positions;
  guint n, first;

  positions = lectern_mention_index_get_entity_mentions (index, japan, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (lectern_mention_index_get_mention (index, positions[0])->start, ==, 0);
  g_assert_cmpuint (lectern_mention_index_get_mention (index, positions[1])->start, ==, 22);
  g_assert_cmpuint (lectern_entity_get_mention_count (japan), ==, 2);

  g_assert_cmpuint (lectern_mention_index_get_paragraph_range (index, 0, &first), ==, 3);
  g_assert_cmpuint (first, ==, 0);
  g_assert_cmpuint (lectern_mention_index_get_paragraph_range (index, 1, &first), ==, 0);

  g_assert_true (lectern_mention_index_lookup (index, 0, 12)->entity ==
                 lectern_pack_lookup_entity (pack, "china"));
  g_assert_null (lectern_mention_index_lookup (index, 0, 7));
  g_assert_null (lectern_mention_index_lookup (index, 0, 5));
}

static void
test_bundled (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternPack) pack = lectern_pack_load_bundled (&error);
  LecternMentionIndex *index = lectern_pack_get_mention_index (pack);
  GListModel *entities = lectern_pack_get_entities (pack);
  GListModel *paragraphs = lectern_pack_get_paragraphs (pack);
  guint prev_paragraph = 0, prev_end = 0;

  g_assert_no_error (error);

  /* Every entity of the bundled pack is mentioned in the article. */
  for (guint i = 0; i < g_list_model_get_n_items (entities); i++)
    {
      g_autoptr(LecternEntity) e = g_list_model_get_item (entities, i);
      g_test_message ("%s: %u", lectern_entity_get_id (e), lectern_entity_get_mention_count (e));
      g_assert_cmpuint (lectern_entity_get_mention_count (e), >, 0);
    }

  /* Mentions are sorted, do not overlap, and their text is a name or alias. */
  for (guint m = 0; m < lectern_mention_index_get_n_mentions (index); m++)
    {
      const LecternMention *mention = lectern_mention_index_get_mention (index, m);
      g_autoptr(LecternParagraph) p = g_list_model_get_item (paragraphs, mention->paragraph);
      g_autofree char *text = g_utf8_substring (lectern_paragraph_get_text (p), mention->start,
                                                mention->end);
      g_autofree char *folded = g_utf8_casefold (text, -1);
      gboolean named = FALSE;
      g_autofree char *name = g_utf8_casefold (lectern_entity_get_name (mention->entity), -1);
      const char * const *aliases = lectern_entity_get_aliases (mention->entity);

      named = g_strcmp0 (folded, name) == 0;
      for (guint a = 0; aliases[a] && !named; a++)
        {
          g_autofree char *alias = g_utf8_casefold (aliases[a], -1);
          named = g_strcmp0 (folded, alias) == 0;
        }
      g_assert_true (named);
      g_assert_true (mention->paragraph > prev_paragraph || m == 0 ||
                     mention->start >= prev_end);
      prev_paragraph = mention->paragraph;
      prev_end = mention->end;
    }

  /* "Mitsubishi Heavy industry" as the article spells it. */
  {
    LecternEntity *mhi = lectern_pack_lookup_entity (pack, "mitsubishi-heavy-industries");
    if (mhi)
      g_assert_cmpuint (lectern_entity_get_mention_count (mhi), >=, 1);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/mention-index/cases", test_cases);
  g_test_add_func ("/mention-index/lookup", test_lookup_and_counts);
  g_test_add_func ("/mention-index/bundled", test_bundled);

  return g_test_run ();
}
