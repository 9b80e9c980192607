/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "lectern-quiz-context.h"

/* Which entities a quiz keeps apart (no one is offered as a wrong answer
 * about the other), checked against the rule written out plainly: one's
 * name or alias is a whole word of the other's summary, name or aliases, in
 * either direction, or one event names both. */

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

static gboolean
has_word (const char *text,
          const char *word)
{
  g_autofree char *hay = g_utf8_strdown (text, -1);
  g_autofree char *needle = g_utf8_strdown (word, -1);
  gsize n = strlen (needle);

  for (const char *at = strstr (hay, needle); n > 0 && at != NULL; at = strstr (at + 1, needle))
    {
      gboolean starts = at == hay || !is_word_char (g_utf8_get_char (needle)) ||
                        !is_word_char (g_utf8_get_char (g_utf8_prev_char (at)));
      gboolean ends = at[n] == '\0' ||
                      !is_word_char (g_utf8_get_char (g_utf8_prev_char (needle + n))) ||
                      !is_word_char (g_utf8_get_char (at + n));

      if (starts && ends)
        return TRUE;
    }
  return FALSE;
}

/* Whether a name of @b is in @a's summary or names. */
static gboolean
names_in (LecternEntity *a,
          LecternEntity *b)
{
  g_autoptr(GPtrArray) names_a = lectern_quiz_entity_spellings (a);
  g_autoptr(GPtrArray) names_b = lectern_quiz_entity_spellings (b);

  for (guint k = 0; k < names_b->len; k++)
    {
      if (has_word (lectern_entity_get_summary (a), names_b->pdata[k]))
        return TRUE;
      for (guint j = 0; j < names_a->len; j++)
        if (has_word (names_a->pdata[j], names_b->pdata[k]))
          return TRUE;
    }
  return FALSE;
}

static gboolean
named_together (LecternPack   *pack,
                LecternEntity *a,
                LecternEntity *b)
{
  GListModel *events = lectern_pack_get_events (pack);

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(LecternEvent) event = g_list_model_get_item (events, i);
      const char * const *ids = lectern_event_get_entity_ids (event);

      if (ids != NULL && g_strv_contains (ids, lectern_entity_get_id (a)) &&
          g_strv_contains (ids, lectern_entity_get_id (b)))
        return TRUE;
    }
  return FALSE;
}

static void
check_pack (LecternPack *pack)
{
  LecternQuizContext *context = lectern_quiz_context_new (pack);
  guint n = context->entities->len;
  guint n_related = 0;

  for (guint i = 0; i < n; i++)
    for (guint j = 0; j < n; j++)
      {
        LecternQuizEntity *a = context->entities->pdata[i];
        LecternQuizEntity *b = context->entities->pdata[j];
        gboolean expected = i == j || names_in (a->entity, b->entity) ||
                            names_in (b->entity, a->entity) ||
                            named_together (pack, a->entity, b->entity);

        if (expected != lectern_quiz_context_related (context, a, b))
          g_error ("%s and %s: related should be %d", lectern_entity_get_id (a->entity),
                   lectern_entity_get_id (b->entity), expected);
        n_related += expected && i != j;
      }
  /* Not a vacuous check: some are related, most are not. */
  g_assert_cmpuint (n_related, >, 0);
  g_assert_cmpuint (n_related, <, n * (n - 1) / 2);
  lectern_quiz_context_free (context);
}

static void
test_bundled (void)
{
  g_autoptr(LecternPack) pack = lectern_pack_load_bundled (NULL);

  check_pack (pack);
}

/* Names after punctuation, names inside other names, a name that is only
 * part of a word elsewhere, case, aliases and events. (A name that starts
 * with punctuation is never found in the text, and the loader refuses it.) */
static const char tricky_pack[] =
  "{\"format\": \"lectern-pack\", \"version\": 1, \"id\": \"tricky\", \"language\": \"en\","
  " \"title\": \"Tricky names\", \"author\": {\"name\": \"Test\"},"
  " \"source\": {\"publisher\": \"Lectern tests\"},"
  " \"sections\": [{\"id\": \"s\", \"paragraphs\": [{\"id\": \"p1\","
  "   \"text\": \"In 2001 the Ark Council met the .NET Guild in Parks.\"}]}],"
  " \"entities\": ["
  "  {\"id\": \"ark\", \"kind\": \"place\", \"name\": \"Ark\", \"summary\": \"A town.\"},"
  "  {\"id\": \"parks\", \"kind\": \"place\", \"name\": \"Parks\", \"summary\": \"Not the ark.\"},"
  "  {\"id\": \"council\", \"kind\": \"organization\", \"name\": \"Ark Council\","
  "   \"summary\": \"Runs a town.\"},"
  "  {\"id\": \"net\", \"kind\": \"organization\", \"name\": \"NET Guild\","
  "   \"aliases\": [\"NG\"], \"summary\": \"Meets in Parks, with the council.\"},"
  "  {\"id\": \"hall\", \"kind\": \"place\", \"name\": \"Hall\","
  "   \"summary\": \"Where the .net guild and (NG) meet.\"},"
  "  {\"id\": \"marks\", \"kind\": \"concept\", \"name\": \"Marks\", \"summary\": \"Sparks.\"},"
  "  {\"id\": \"lone\", \"kind\": \"concept\", \"name\": \"Lone\", \"summary\": \"Alone.\"}],"
  " \"events\": [{\"id\": \"met\", \"date\": \"2001\", \"title\": \"Meeting\","
  "   \"summary\": \"They met.\", \"paragraph\": \"p1\", \"quote\": \"In 2001\","
  "   \"entities\": [\"marks\", \"lone\"]}]}";

static void
test_tricky_names (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (tricky_pack, strlen (tricky_pack));
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternPack) pack = lectern_pack_load_bytes (bytes, "tricky.json", NULL, &error);
  LecternQuizContext *context;

  g_assert_no_error (error);
  check_pack (pack);

  /* A few by hand, so that the rule above is not the only witness. */
  context = lectern_quiz_context_new (pack);
#define RELATED(a, b) lectern_quiz_context_related (context, \
                        lectern_quiz_context_lookup_entity (context, a), \
                        lectern_quiz_context_lookup_entity (context, b))
  g_assert_true (RELATED ("ark", "council"));   /* "Ark" is a word of "Ark Council" */
  g_assert_true (RELATED ("ark", "parks"));     /* "the ark" in Parks' summary */
  g_assert_true (RELATED ("net", "hall"));      /* ".net guild", "(NG)": after punctuation */
  g_assert_true (RELATED ("net", "parks"));
  g_assert_true (RELATED ("marks", "lone"));    /* one event names both */
  g_assert_false (RELATED ("marks", "parks"));  /* "Sparks" is not "Parks" */
  g_assert_false (RELATED ("lone", "ark"));
  g_assert_false (RELATED ("hall", "ark"));
#undef RELATED
  lectern_quiz_context_free (context);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/quiz/related/bundled", test_bundled);
  g_test_add_func ("/quiz/related/tricky-names", test_tricky_names);
  return g_test_run ();
}
