/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lectern-quiz.h"

typedef struct
{
  const char *typed;
  const char *accepted[4];
  gboolean    right;
} GradingCase;

static const GradingCase grading_cases[] = {
  /* exact and case */
  { "Tokyo", { "Tokyo" }, TRUE },
  { "tokyo", { "Tokyo" }, TRUE },
  { "TOKYO", { "Tokyo" }, TRUE },
  { "  Tokyo  ", { "Tokyo" }, TRUE },
  /* accents */
  { "Ecole de Guerre Economique", { "École de Guerre Économique" }, TRUE },
  { "école", { "Ecole" }, TRUE },
  /* punctuation */
  { "US", { "U.S." }, TRUE },
  { "u.s", { "U.S." }, TRUE },
  { "Japans", { "Japan’s" }, TRUE },
  { "Japan's", { "Japan’s" }, TRUE },
  { "Basic Act, on Cyber Security!", { "Basic Act on Cyber Security" }, TRUE },
  { "U.S. Japan memorandum", { "U.S.-Japan memorandum" }, TRUE },
  { "counter offensive cyber operations", { "Counter-offensive cyber operations" }, TRUE },
  { "“rule of law”", { "rule of law" }, TRUE },
  /* articles */
  { "the Cabinet", { "Cabinet" }, TRUE },
  { "Cabinet", { "The Cabinet" }, TRUE },
  { "a fifth domain", { "fifth domain" }, TRUE },
  { "an Advanced Persistent Threat", { "Advanced Persistent Threat" }, TRUE },
  { "The West", { "the West" }, TRUE },
  /* aliases */
  { "NISC", { "National center of Incident readiness and Strategy for Cybersecurity", "NISC" },
    TRUE },
  { "nisc", { "National center of Incident readiness and Strategy for Cybersecurity", "NISC" },
    TRUE },
  { "Lower House", { "Japanese Lower House", "House of Representatives", "Lower House" }, TRUE },
  { "MPD", { "Metropolitan Police Department", "MPD" }, TRUE },
  /* one typo from six letters up */
  { "Mitsubshi", { "Mitsubishi" }, TRUE },
  { "Mitsubishy", { "Mitsubishi" }, TRUE },
  { "Mitusbishi", { "Mitsubishi" }, TRUE },
  { "Beijng", { "Beijing" }, TRUE },
  { "Rusia", { "Russia" }, TRUE },
  { "Ukriane", { "Ukraine" }, TRUE },
  { "Stovepipping", { "Stovepiping" }, TRUE },
  /* but not two typos, nor any in short answers */
  { "Mitsbshi", { "Mitsubishi" }, FALSE },
  { "Tokio", { "Tokyo" }, FALSE },
  { "Chine", { "China" }, FALSE },
  { "NISK", { "NISC" }, FALSE },
  { "Rusa", { "Russia" }, FALSE },
  /* years must be exact */
  { "2014", { "2014" }, TRUE },
  { "2015", { "2014" }, FALSE },
  { "2O14", { "2014" }, FALSE },
  /* wrong or empty answers */
  { "China", { "Japan" }, FALSE },
  { "", { "Japan" }, FALSE },
  { "   ", { "Japan" }, FALSE },
  { "...", { "Japan" }, FALSE },
  { "the", { "Japan" }, FALSE },
  { "Japan Japan", { "Japan" }, FALSE },
};

static void
test_grading_table (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (grading_cases); i++)
    {
      const GradingCase *c = &grading_cases[i];
      gboolean right = lectern_grading_accepts (c->typed, c->accepted);

      if (right != c->right)
        g_error ("“%s” against “%s”: expected %s", c->typed, c->accepted[0],
                 c->right ? "right" : "wrong");
    }
}

static void
test_normalize (void)
{
  static const struct { const char *in, *out; } cases[] = {
    { "The U.S.-Japan memorandum", "us japan memorandum" },
    { "École  de   Guerre", "ecole de guerre" },
    { "a", "a" },
    { "“Active cyber defense”", "active cyber defense" },
    { "Japan’s", "japans" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *normal = lectern_grading_normalize (cases[i].in);

      g_assert_cmpstr (normal, ==, cases[i].out);
    }
}

static void
test_distance (void)
{
  static const struct { const char *a, *b; guint distance; } cases[] = {
    { "", "", 0 },
    { "abc", "abc", 0 },
    { "abc", "abd", 1 },
    { "abc", "ab", 1 },
    { "abc", "acb", 1 },
    { "kitten", "sitting", 3 },
    { "日本", "日本国", 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_cmpuint (lectern_grading_distance (cases[i].a, cases[i].b), ==, cases[i].distance);
      g_assert_cmpuint (lectern_grading_distance (cases[i].b, cases[i].a), ==, cases[i].distance);
    }
}

static LecternQuestion *
make_question (LecternParagraph    *paragraph,
               LecternAnswerFormat  format,
               const char * const  *items,
               const char * const  *choices,
               const char * const  *answers)
{
  LecternQuestionSpec spec = { 0 };

  spec.type = LECTERN_QUESTION_MATCHING;
  spec.format = format;
  spec.id = "test:1";
  spec.prompt = "?";
  spec.items = items;
  spec.choices = choices;
  spec.answers = answers;
  spec.paragraph = paragraph;
  spec.source_start = 0;
  spec.source_end = 1;
  spec.source_text = "x";
  return lectern_question_new (&spec);
}

static void
test_check (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternPack) pack = lectern_pack_load_bundled (&error);
  LecternParagraph *paragraph;
  static const char * const abc[] = { "a", "b", "c", NULL };
  static const char * const b[] = { "b", NULL };
  static const char * const a[] = { "a", NULL };
  static const char * const cba[] = { "c", "b", "a", NULL };
  static const char * const items[] = { "x", "y", "z", NULL };
  static const char * const typed[] = { "Mitsubishi", NULL };
  static const char * const typo[] = { "mitsubshi", NULL };
  static const char * const two[] = { "a", "b", NULL };
  g_autoptr(LecternQuestion) choice = NULL;
  g_autoptr(LecternQuestion) order = NULL;
  g_autoptr(LecternQuestion) match = NULL;
  g_autoptr(LecternQuestion) text = NULL;

  g_assert_no_error (error);
  paragraph = lectern_pack_lookup_paragraph (pack, "p1");

  choice = make_question (paragraph, LECTERN_ANSWER_CHOICE, NULL, abc, b);
  g_assert_true (lectern_grading_check (choice, b));
  g_assert_false (lectern_grading_check (choice, a));
  g_assert_false (lectern_grading_check (choice, two));

  order = make_question (paragraph, LECTERN_ANSWER_ORDER, NULL, abc, cba);
  g_assert_true (lectern_grading_check (order, cba));
  g_assert_false (lectern_grading_check (order, abc));

  match = make_question (paragraph, LECTERN_ANSWER_MATCH, items, abc, cba);
  g_assert_true (lectern_grading_check (match, cba));
  g_assert_false (lectern_grading_check (match, abc));
  g_assert_false (lectern_grading_check (match, two));

  text = make_question (paragraph, LECTERN_ANSWER_TYPED, NULL, NULL, typed);
  g_assert_true (lectern_grading_check (text, typo));
  g_assert_false (lectern_grading_check (text, a));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/quiz/grading/table", test_grading_table);
  g_test_add_func ("/quiz/grading/normalize", test_normalize);
  g_test_add_func ("/quiz/grading/distance", test_distance);
  g_test_add_func ("/quiz/grading/check", test_check);

  return g_test_run ();
}
