/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lectern-quiz.h"

typedef struct
{
  const char *text;
  const char *sentences[5];
} SplitCase;

static const SplitCase split_cases[] = {
  { "One. Two.", { "One.", "Two." } },
  { "  Leading space. Trailing space.  ", { "Leading space.", "Trailing space." } },
  { "As both the U.S. and Japan share interests. Next one.",
    { "As both the U.S. and Japan share interests.", "Next one." } },
  { "A U.S.-Japan memorandum was signed. Then more.",
    { "A U.S.-Japan memorandum was signed.", "Then more." } },
  { "As stated by Richard J. Samuels, Director of the Center. Second.",
    { "As stated by Richard J. Samuels, Director of the Center.", "Second." } },
  { "He asked “why?” and left. Done!", { "He asked “why?” and left.", "Done!" } },
  { "It said “the end.” Then it was over.", { "It said “the end.”", "Then it was over." } },
  { "Is it? Yes. 2014 was the year.", { "Is it?", "Yes.", "2014 was the year." } },
  { "Talk to Mr. Abe about it. Or not.", { "Talk to Mr. Abe about it.", "Or not." } },
  { "Data, e.g. logs, leak. Fine.", { "Data, e.g. logs, leak.", "Fine." } },
  { "No full stop at the end", { "No full stop at the end" } },
  { "R&D projects matter. Really.", { "R&D projects matter.", "Really." } },
  { "Version 1.5 shipped. Good.", { "Version 1.5 shipped.", "Good." } },
  { "Wait... what? Yes.", { "Wait... what?", "Yes." } },
};

static void
test_split (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (split_cases); i++)
    {
      const SplitCase *c = &split_cases[i];
      g_autoptr(GArray) spans = lectern_sentences_split (c->text);
      guint n = g_strv_length ((char **) c->sentences);

      g_assert_cmpuint (spans->len, ==, n);
      for (guint k = 0; k < n; k++)
        {
          const LecternSpan *span = &g_array_index (spans, LecternSpan, k);
          g_autofree char *sentence = lectern_text_substring (c->text, span->start, span->end);

          g_assert_cmpstr (sentence, ==, c->sentences[k]);
        }
    }
}

static void
test_years (void)
{
  static const struct { const char *text; guint n; guint first_start; } cases[] = {
    { "In 2011, Mitsubishi", 1, 3 },
    { "between 2016 and 2018", 2, 8 },
    { "the turn of the 2010s", 0, 0 },
    { "200 companies", 0, 0 },
    { "12345 and A2014", 0, 0 },
    { "“1947 Constitution”", 1, 1 },
    { "2016–2018", 2, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GArray) years = lectern_sentences_find_years (cases[i].text);

      g_assert_cmpuint (years->len, ==, cases[i].n);
      if (years->len > 0)
        {
          g_assert_cmpuint (g_array_index (years, LecternSpan, 0).start, ==, cases[i].first_start);
          g_assert_cmpuint (g_array_index (years, LecternSpan, 0).end, ==,
                            cases[i].first_start + 4);
        }
    }
}

static void
test_bundled_pack (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternPack) pack = lectern_pack_load_bundled (&error);
  GListModel *paragraphs;

  g_assert_no_error (error);
  paragraphs = lectern_pack_get_paragraphs (pack);

  /* Sentences cover each paragraph in order and end with punctuation. */
  for (guint i = 0; i < g_list_model_get_n_items (paragraphs); i++)
    {
      g_autoptr(LecternParagraph) paragraph = g_list_model_get_item (paragraphs, i);
      const char *text = lectern_paragraph_get_text (paragraph);
      g_autoptr(GArray) spans = lectern_sentences_split (text);
      guint previous_end = 0;

      g_assert_cmpuint (spans->len, >, 0);
      for (guint k = 0; k < spans->len; k++)
        {
          const LecternSpan *span = &g_array_index (spans, LecternSpan, k);
          g_autofree char *sentence = lectern_text_substring (text, span->start, span->end);
          g_autofree char *last = g_utf8_substring (sentence, g_utf8_strlen (sentence, -1) - 1, -1);

          g_assert_cmpuint (span->start, >=, previous_end);
          g_assert_cmpuint (span->end, <=, lectern_paragraph_get_length (paragraph));
          g_assert_true (g_strstr_len (".!?”\"", -1, last) != NULL);
          /* Never cut after an initial or an abbreviation. */
          g_assert_false (g_str_has_suffix (sentence, " J."));
          g_assert_false (g_str_has_suffix (sentence, "U.S."));
          previous_end = span->end;
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/quiz/sentences/split", test_split);
  g_test_add_func ("/quiz/sentences/years", test_years);
  g_test_add_func ("/quiz/sentences/bundled-pack", test_bundled_pack);

  return g_test_run ();
}
