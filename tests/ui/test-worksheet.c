/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "lectern-quiz-code.h"
#include "lectern-worksheet.h"
#include "lectern-test-ui.h"

/* The PDF's text, page by page, as pdftotext reads it back. */
static GStrv
pdf_pages (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-layout", pdf, "-", NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  /* pdftotext ends each page with a form feed. */
  return g_strsplit (out, "\f", -1);
}

static char *
write_worksheet (LecternPack *pack,
                 guint64      seed,
                 guint        count)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternWorksheet) worksheet = NULL;
  LecternQuizOptions options;
  char *path = g_build_filename (g_get_tmp_dir (), "lectern-test-XXXXXX.pdf", NULL);
  int fd = g_mkstemp (path);

  g_assert_cmpint (fd, >=, 0);
  close (fd);
  lectern_quiz_options_init (&options);
  options.seed = seed;
  options.count = count;
  worksheet = lectern_worksheet_new (pack, &options, &error);
  g_assert_no_error (error);
  g_assert_true (lectern_worksheet_write_pdf (worksheet, LECTERN_PAPER_A4, path, &error));
  g_assert_no_error (error);
  return path;
}

static void
test_questions_and_key (void)
{
  g_autoptr(LecternPack) pack = lectern_test_ui_load_bundled ();
  g_autofree char *path = NULL;
  g_auto(GStrv) pages = NULL;
  g_autofree char *code = NULL;
  LecternQuizOptions options;
  guint n_pages, key_page = 0;

  if (!g_find_program_in_path ("pdftotext"))
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  path = write_worksheet (pack, 5, 12);
  pages = pdf_pages (path);
  n_pages = g_strv_length (pages);
  lectern_quiz_options_init (&options);
  options.seed = 5;
  options.count = 12;
  code = lectern_quiz_code_encode (&options);

  g_assert_nonnull (strstr (pages[0], "Japan’s evolving cybersecurity"));
  g_assert_nonnull (strstr (pages[0], "Name"));
  g_assert_nonnull (strstr (pages[0], "Date"));
  g_assert_nonnull (strstr (pages[0], code));

  for (guint i = 0; i < n_pages; i++)
    if (strstr (pages[i], "Answer Key"))
      key_page = i;
  /* The key starts a page of its own, after the questions. */
  g_assert_cmpuint (key_page, >, 0);
  g_assert_true (g_str_has_prefix (g_strchug (pages[key_page]), "Answer Key"));
  for (guint q = 1; q <= 12; q++)
    {
      g_autofree char *number = g_strdup_printf ("%u. ", q);
      gboolean asked = FALSE;

      for (guint i = 0; i < key_page; i++)
        asked |= strstr (pages[i], number) != NULL;
      g_assert_true (asked);
      g_assert_nonnull (strstr (pages[key_page], number));
    }
  /* Each answer names its paragraph. */
  g_assert_nonnull (strstr (pages[key_page], "(¶ "));
  g_unlink (path);
}

static void
test_same_seed_same_worksheet (void)
{
  g_autoptr(LecternPack) pack = lectern_test_ui_load_bundled ();
  g_autofree char *a = NULL, *b = NULL, *c = NULL;
  g_auto(GStrv) ta = NULL, tb = NULL, tc = NULL;
  g_autofree char *ja = NULL, *jb = NULL, *jc = NULL;

  if (!g_find_program_in_path ("pdftotext"))
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  a = write_worksheet (pack, 11, 10);
  b = write_worksheet (pack, 11, 10);
  c = write_worksheet (pack, 12, 10);
  ta = pdf_pages (a);
  tb = pdf_pages (b);
  tc = pdf_pages (c);
  ja = g_strjoinv ("\f", ta);
  jb = g_strjoinv ("\f", tb);
  jc = g_strjoinv ("\f", tc);
  g_assert_cmpstr (ja, ==, jb);
  g_assert_cmpstr (ja, !=, jc);
  g_unlink (a);
  g_unlink (b);
  g_unlink (c);
}

static void
test_paper_sizes (void)
{
  double w, h;
  LecternPaper paper;

  lectern_paper_get_size (LECTERN_PAPER_A4, &w, &h);
  g_assert_cmpfloat_with_epsilon (w, 595.276, 0.01);
  g_assert_cmpfloat_with_epsilon (h, 841.89, 0.01);
  lectern_paper_get_size (LECTERN_PAPER_LETTER, &w, &h);
  g_assert_cmpfloat (w, ==, 612.0);
  g_assert_cmpfloat (h, ==, 792.0);
  g_assert_true (lectern_paper_from_string ("Letter", &paper));
  g_assert_cmpint (paper, ==, LECTERN_PAPER_LETTER);
  g_assert_false (lectern_paper_from_string ("b5", &paper));
}

int
main (int   argc,
      char *argv[])
{
  lectern_test_ui_init (&argc, &argv);

  g_test_add_func ("/worksheet/questions-and-key", test_questions_and_key);
  g_test_add_func ("/worksheet/same-seed-same-worksheet", test_same_seed_same_worksheet);
  g_test_add_func ("/worksheet/paper-sizes", test_paper_sizes);

  return g_test_run ();
}
