/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "lectern-quiz.h"

static const LecternQuizOptions round_trips[] = {
  { 0, 20, LECTERN_QUESTION_TYPES_ALL },
  { 1, 10, LECTERN_QUESTION_TYPES_ALL },
  { 123456, 20, LECTERN_QUESTION_TYPES_ALL },
  { 1048575, LECTERN_QUIZ_COUNT_ALL, LECTERN_QUESTION_TYPES_ALL },
  { 77, 15, 1u << LECTERN_QUESTION_CLOZE },
  { 9, 10000, (1u << LECTERN_QUESTION_EVENT_YEAR) | (1u << LECTERN_QUESTION_MATCHING) },
  { G_MAXUINT64, 20, LECTERN_QUESTION_TYPES_ALL },
  { G_GUINT64_CONSTANT (0x8000000000000000), 1, 1 },
};

static void
test_round_trip (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (round_trips); i++)
    {
      g_autofree char *code = lectern_quiz_code_encode (&round_trips[i]);
      g_autofree char *lower = g_ascii_strdown (code, -1);
      g_autoptr(GError) error = NULL;
      LecternQuizOptions parsed;

      g_assert_true (lectern_quiz_code_parse (code, &parsed, &error));
      g_assert_no_error (error);
      g_assert_true (lectern_quiz_options_equal (&parsed, &round_trips[i]));

      /* Case does not matter. */
      g_assert_true (lectern_quiz_code_parse (lower, &parsed, &error));
      g_assert_true (lectern_quiz_options_equal (&parsed, &round_trips[i]));
    }
}

static void
test_short (void)
{
  LecternQuizOptions options = { 1048575, 20, LECTERN_QUESTION_TYPES_ALL };
  g_autofree char *code = lectern_quiz_code_encode (&options);

  /* A seed of 20 bits and a common length make a code of at most eight characters. */
  g_assert_cmpuint (strlen (code), <=, 8);
  g_assert_nonnull (strchr (code, '-'));
}

static void
test_typos (void)
{
  static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  LecternQuizOptions options = { 654321, 20, LECTERN_QUESTION_TYPES_ALL };
  g_autofree char *code = lectern_quiz_code_encode (&options);

  /* Every single-character mistake is caught. */
  for (guint i = 0; code[i] != '\0'; i++)
    {
      if (code[i] == '-')
        continue;

      for (guint k = 0; alphabet[k] != '\0'; k++)
        {
          g_autofree char *typo = g_strdup (code);
          g_autoptr(GError) error = NULL;

          if (alphabet[k] == code[i])
            continue;
          typo[i] = alphabet[k];
          g_assert_false (lectern_quiz_code_parse (typo, NULL, &error));
          g_assert_error (error, LECTERN_QUIZ_ERROR, LECTERN_QUIZ_ERROR_INVALID_CODE);
        }
    }
}

static void
test_lenient_reading (void)
{
  LecternQuizOptions options = { 4242, 10, LECTERN_QUESTION_TYPES_ALL };
  g_autofree char *code = lectern_quiz_code_encode (&options);
  g_autoptr(GString) spaced = g_string_new (NULL);
  LecternQuizOptions parsed;

  /* Dashes and spaces are ignored; O reads as 0 and I or L as 1. */
  for (const char *p = code; *p != '\0'; p++)
    {
      if (*p == '-')
        continue;
      if (*p == '0')
        g_string_append_c (spaced, 'o');
      else if (*p == '1')
        g_string_append_c (spaced, 'l');
      else
        g_string_append_c (spaced, *p);
      g_string_append_c (spaced, ' ');
    }

  g_assert_true (lectern_quiz_code_parse (spaced->str, &parsed, NULL));
  g_assert_true (lectern_quiz_options_equal (&parsed, &options));
}

static void
test_invalid (void)
{
  static const char * const invalid[] = {
    "", "-", "U", "!!!!", "A", "ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ",
  };

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (lectern_quiz_code_parse (invalid[i], NULL, &error));
      g_assert_error (error, LECTERN_QUIZ_ERROR, LECTERN_QUIZ_ERROR_INVALID_CODE);
    }
}

static void
test_types (void)
{
  static const struct { const char *text; guint types; } valid[] = {
    { "event-year", 1u << LECTERN_QUESTION_EVENT_YEAR },
    { "cloze,true-false", (1u << LECTERN_QUESTION_CLOZE) | (1u << LECTERN_QUESTION_TRUE_FALSE) },
    { " matching , chronology ",
      (1u << LECTERN_QUESTION_MATCHING) | (1u << LECTERN_QUESTION_CHRONOLOGY) },
    { "all", LECTERN_QUESTION_TYPES_ALL },
    { "event-year,year-event,chronology,entity,summary,cloze,true-false,matching",
      LECTERN_QUESTION_TYPES_ALL },
  };
  static const char * const invalid[] = { "", ",", "quiz", "cloze,quiz", "Cloze" };

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      g_autoptr(GError) error = NULL;
      guint types = 0;

      g_assert_true (lectern_quiz_types_parse (valid[i].text, &types, &error));
      g_assert_no_error (error);
      g_assert_cmphex (types, ==, valid[i].types);
    }

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (lectern_quiz_types_parse (invalid[i], NULL, &error));
      g_assert_error (error, LECTERN_QUIZ_ERROR, LECTERN_QUIZ_ERROR_INVALID_TYPES);
    }

  {
    g_autofree char *all = lectern_quiz_types_to_string (LECTERN_QUESTION_TYPES_ALL);

    g_assert_cmpstr (all, ==,
                     "event-year,year-event,chronology,entity,summary,cloze,true-false,matching");
  }
}

static void
test_same_quiz (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternPack) pack = lectern_pack_load_bundled (&error);
  LecternQuizOptions options = { 31337, 10,
                                 (1u << LECTERN_QUESTION_CLOZE) | (1u << LECTERN_QUESTION_ENTITY) };
  g_autofree char *code = lectern_quiz_code_encode (&options);
  LecternQuizOptions parsed;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  g_assert_no_error (error);
  g_assert_true (lectern_quiz_code_parse (code, &parsed, &error));

  /* The code alone gives the same quiz. */
  a = lectern_quiz_export_json (pack, &options, &error);
  g_assert_no_error (error);
  b = lectern_quiz_export_json (pack, &parsed, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (a, ==, b);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/quiz/code/round-trip", test_round_trip);
  g_test_add_func ("/quiz/code/short", test_short);
  g_test_add_func ("/quiz/code/typos", test_typos);
  g_test_add_func ("/quiz/code/lenient-reading", test_lenient_reading);
  g_test_add_func ("/quiz/code/invalid", test_invalid);
  g_test_add_func ("/quiz/code/types", test_types);
  g_test_add_func ("/quiz/code/same-quiz", test_same_quiz);

  return g_test_run ();
}
