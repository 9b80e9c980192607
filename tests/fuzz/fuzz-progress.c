/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "lectern-quiz.h"
#include "lectern-fuzz.h"

/*
 * The progress file. LecternProgressStore reads only from its path, so each
 * input is written to a file in a private folder (on /dev/shm when there is
 * one). For any input:
 * - loading never fails: a bad file is set aside (every byte kept) and the
 *   store starts empty; a good one stays where it is;
 * - what the store then holds can be recorded to, saved and read back by a
 *   second store without being set aside, and it reads the same.
 */

#define PACK_ID "japan-cybersecurity"

static char *folder;

static void
remove_folder (void)
{
  if (folder != NULL)
    {
      g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename (folder, name, NULL);
          g_unlink (path);
        }
      g_rmdir (folder);
      g_clear_pointer (&folder, g_free);
    }
}

static const char *
ensure_folder (void)
{
  if (folder == NULL)
    {
      g_autofree char *template = NULL;

      if (g_file_test ("/dev/shm", G_FILE_TEST_IS_DIR) && g_access ("/dev/shm", W_OK) == 0)
        template = g_strdup ("/dev/shm/lectern-fuzz-XXXXXX");
      else
        template = g_build_filename (g_get_tmp_dir (), "lectern-fuzz-XXXXXX", NULL);
      folder = g_mkdtemp (g_steal_pointer (&template));
      g_assert_nonnull (folder);
      atexit (remove_folder);
    }
  return folder;
}

static void
check_same (LecternProgressStore *a,
            LecternProgressStore *b,
            const char           *pack_id)
{
  g_auto(GStrv) missed_a = lectern_progress_store_get_missed (a, pack_id);
  g_auto(GStrv) missed_b = lectern_progress_store_get_missed (b, pack_id);
  guint n_quizzes = lectern_progress_store_get_n_quizzes (a, pack_id);

  g_assert_true (g_strv_equal ((const char * const *) missed_a,
                               (const char * const *) missed_b));
  g_assert_cmpuint (n_quizzes, ==, lectern_progress_store_get_n_quizzes (b, pack_id));
  for (guint i = 0; i < n_quizzes; i++)
    {
      const LecternQuizRecord *qa = lectern_progress_store_get_quiz (a, pack_id, i);
      const LecternQuizRecord *qb = lectern_progress_store_get_quiz (b, pack_id, i);

      g_assert_cmpint (qa->date, ==, qb->date);
      g_assert_cmpstr (qa->code, ==, qb->code);
      g_assert_cmpstr (qa->mode, ==, qb->mode);
      g_assert_cmpuint (qa->score, ==, qb->score);
      g_assert_cmpuint (qa->total, ==, qb->total);
      g_assert_cmpuint (qa->score, <=, qa->total);
    }
  for (guint i = 0; missed_a[i]; i++)
    {
      LecternProgressItem ia, ib;

      g_assert_true (lectern_progress_store_lookup (a, pack_id, missed_a[i], &ia));
      g_assert_true (lectern_progress_store_lookup (b, pack_id, missed_a[i], &ib));
      g_assert_true (memcmp (&ia, &ib, sizeof ia) == 0);
      g_assert_cmpuint (ia.correct, <=, ia.attempts);
      g_assert_cmpuint (ia.box, >=, 1);
      g_assert_false (ia.last_correct);
    }
}

int
lectern_fuzz_one (const uint8_t *data,
                  size_t         size)
{
  g_autofree char *path = g_build_filename (ensure_folder (), "progress.json", NULL);
  g_autoptr(LecternProgressStore) store = NULL;
  g_autoptr(LecternProgressStore) again = NULL;
  g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 3, 1, 12, 0, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *kept = NULL;
  const char *set_aside;
  gsize length = 0;
  LecternProgressItem item;

  g_autofree char *last_good = g_strconcat (path, ".last-good", NULL);

  /* Each input on its own: no last good copy left by the one before. */
  g_unlink (last_good);
  g_assert_true (g_file_set_contents (path, (const char *) data, size, NULL));

  store = lectern_progress_store_new (path);
  g_assert_true (lectern_progress_store_load (store, &error));
  g_assert_no_error (error);

  set_aside = lectern_progress_store_get_set_aside_path (store);
  if (set_aside != NULL)
    {
      /* Set aside byte for byte, never lost. */
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
      g_assert_true (g_file_get_contents (set_aside, &kept, &length, NULL));
      g_assert_cmpuint (length, ==, size);
      g_assert_true (size == 0 || memcmp (kept, data, size) == 0);
      g_unlink (set_aside);
      g_assert_cmpuint (lectern_progress_store_get_n_quizzes (store, PACK_ID), ==, 0);
    }

  /* Whatever it read, the store goes on recording, and its file reads back. */
  g_assert_true (lectern_progress_store_record_answer (store, PACK_ID, "event-year:basic-act",
                                                       FALSE, when, &error));
  g_assert_no_error (error);
  g_assert_true (lectern_progress_store_lookup (store, PACK_ID, "event-year:basic-act", &item));
  g_assert_false (item.last_correct);
  g_assert_true (lectern_progress_store_record_quiz (store, PACK_ID, NULL, "test", 3, 5, when,
                                                     &error));
  g_assert_no_error (error);

  again = lectern_progress_store_new (path);
  g_assert_true (lectern_progress_store_load (again, &error));
  g_assert_no_error (error);
  g_assert_null (lectern_progress_store_get_set_aside_path (again));
  check_same (store, again, PACK_ID);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_utf8_validate (contents, -1, NULL));
  g_unlink (path);

  return 0;
}
