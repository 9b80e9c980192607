/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lectern-text.h"

static void
test_fold (void)
{
  static const struct { const char *in, *out; } cases[] = {
    { "École", "ecole" },
    { "CYBER", "cyber" },
    { "Straße", "strasse" },
    { "naïve café", "naive cafe" },
    { "内閣", "内閣" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folded = lectern_text_fold (cases[i].in);
      g_assert_cmpstr (folded, ==, cases[i].out);
    }
}

static void
test_contains (void)
{
  g_autofree char *hay = lectern_text_fold ("École de Guerre Économique");

  g_assert_true (lectern_text_fold_contains (hay, "ecole"));
  g_assert_true (lectern_text_fold_contains (hay, "GUERRE"));
  g_assert_true (lectern_text_fold_contains (hay, "économ"));
  g_assert_true (lectern_text_fold_contains (hay, ""));
  g_assert_false (lectern_text_fold_contains (hay, "cyber"));
}

static void
test_offsets (void)
{
  const char *text = "Japan’s “cyber” domain";
  g_autofree char *sub = NULL;

  /* ’ is three bytes but one character. */
  g_assert_cmpint (lectern_text_byte_to_char (text, 8), ==, 6);
  g_assert_cmpuint (lectern_text_char_to_byte (text, 6), ==, 8);
  sub = lectern_text_substring (text, 8, 15);
  g_assert_cmpstr (sub, ==, "“cyber”");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text/fold", test_fold);
  g_test_add_func ("/text/contains", test_contains);
  g_test_add_func ("/text/offsets", test_offsets);

  return g_test_run ();
}
