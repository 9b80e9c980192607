/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>

#include "lectern-quiz.h"

#define PACK_ID "japan-cybersecurity"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("lectern-progress-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "sub", "progress.json", NULL);
}

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
    }
  g_remove (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static GDateTime *
day (int d)
{
  return g_date_time_new_utc (2026, 3, d, 12, 0, 0);
}

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

static guint
count_files (const char *dir,
             const char *prefix)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (name, prefix))
      n++;

  return n;
}

/* --- Leitner scheduling --------------------------------------------------- */

static void
test_leitner (void)
{
  static const struct { guint box; gboolean correct; guint next; guint days; } steps[] = {
    { 0, TRUE, 2, 3 },
    { 0, FALSE, 1, 1 },
    { 1, TRUE, 2, 3 },
    { 2, TRUE, 3, 7 },
    { 3, TRUE, 4, 14 },
    { 4, TRUE, 5, 30 },
    { 5, TRUE, 5, 30 },
    { 5, FALSE, 1, 1 },
    { 3, FALSE, 1, 1 },
  };
  g_autoptr(GDateTime) start = day (1);

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      guint next = lectern_leitner_next_box (steps[i].box, steps[i].correct);
      g_autoptr(GDateTime) due = lectern_leitner_due (next, start);

      g_assert_cmpuint (next, ==, steps[i].next);
      g_assert_cmpuint (lectern_leitner_interval_days (next), ==, steps[i].days);
      g_assert_cmpint (g_date_time_difference (due, start), ==, steps[i].days * G_TIME_SPAN_DAY);
    }
}

/* --- Store ------------------------------------------------------------------ */

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(LecternProgressStore) store = lectern_progress_store_new (fixture->path);
  g_autoptr(LecternProgressStore) again = NULL;
  g_autoptr(GDateTime) d1 = day (1);
  g_autoptr(GDateTime) d2 = day (2);
  g_autoptr(GDateTime) d5 = day (5);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) missed = NULL;
  g_auto(GStrv) due = NULL;
  LecternProgressItem item;
  const LecternQuizRecord *record;

  /* No file yet: an empty store, and nothing set aside. */
  g_assert_true (lectern_progress_store_load (store, &error));
  g_assert_no_error (error);
  g_assert_false (lectern_progress_store_lookup (store, PACK_ID, "entity:nisc", NULL));

  g_assert_true (lectern_progress_store_record_answer (store, PACK_ID, "entity:nisc", TRUE, d1,
                                                       &error));
  g_assert_no_error (error);
  /* Written after every answer. */
  g_assert_true (g_file_test (fixture->path, G_FILE_TEST_EXISTS));

  g_assert_true (lectern_progress_store_record_answer (store, PACK_ID, "entity:nisc", TRUE, d2,
                                                       &error));
  g_assert_true (lectern_progress_store_record_answer (store, PACK_ID, "event-year:basic-act",
                                                       FALSE, d1, &error));
  g_assert_true (lectern_progress_store_record_answer (store, PACK_ID, "cloze:typed:p2:0-10:3-7",
                                                       FALSE, d2, &error));
  g_assert_true (lectern_progress_store_record_answer (store, "other-pack", "entity:nisc", FALSE,
                                                       d2, &error));
  g_assert_true (lectern_progress_store_record_quiz (store, PACK_ID, "C4R", "practice", 7, 10, d2,
                                                     &error));
  g_assert_no_error (error);

  again = lectern_progress_store_new (fixture->path);
  g_assert_true (lectern_progress_store_load (again, &error));
  g_assert_no_error (error);
  g_assert_null (lectern_progress_store_get_set_aside_path (again));

  g_assert_true (lectern_progress_store_lookup (again, PACK_ID, "entity:nisc", &item));
  g_assert_cmpuint (item.attempts, ==, 2);
  g_assert_cmpuint (item.correct, ==, 2);
  g_assert_true (item.last_correct);
  g_assert_cmpuint (item.box, ==, 3);
  g_assert_cmpint (item.answered, ==, g_date_time_to_unix (d2));
  g_assert_cmpint (item.due, ==, g_date_time_to_unix (d2) + 7 * 24 * 3600);

  g_assert_true (lectern_progress_store_lookup (again, PACK_ID, "event-year:basic-act", &item));
  g_assert_false (item.last_correct);
  g_assert_cmpuint (item.box, ==, 1);

  /* Progress is kept per pack. */
  g_assert_true (lectern_progress_store_lookup (again, "other-pack", "entity:nisc", &item));
  g_assert_false (item.last_correct);

  missed = lectern_progress_store_get_missed (again, PACK_ID);
  g_assert_cmpuint (g_strv_length (missed), ==, 2);
  g_assert_cmpstr (missed[0], ==, "cloze:typed:p2:0-10:3-7");
  g_assert_cmpstr (missed[1], ==, "event-year:basic-act");

  /* On day 2 only the basic act is due (box 1, one day); by day 5 the cloze too. */
  due = lectern_progress_store_get_due (again, PACK_ID, d2);
  g_assert_cmpuint (g_strv_length (due), ==, 1);
  g_assert_cmpstr (due[0], ==, "event-year:basic-act");
  g_clear_pointer (&due, g_strfreev);
  due = lectern_progress_store_get_due (again, PACK_ID, d5);
  g_assert_cmpuint (g_strv_length (due), ==, 2);

  g_assert_cmpuint (lectern_progress_store_get_n_quizzes (again, PACK_ID), ==, 1);
  record = lectern_progress_store_get_quiz (again, PACK_ID, 0);
  g_assert_cmpstr (record->code, ==, "C4R");
  g_assert_cmpstr (record->mode, ==, "practice");
  g_assert_cmpuint (record->score, ==, 7);
  g_assert_cmpuint (record->total, ==, 10);

  /* Written the same way each time, and no temporary file is left behind. */
  {
    g_autofree char *before = read_file (fixture->path);
    g_autofree char *after = NULL;
    g_autofree char *dir = g_path_get_dirname (fixture->path);

    g_assert_true (lectern_progress_store_save (again, &error));
    after = read_file (fixture->path);
    g_assert_cmpstr (before, ==, after);
    /* The file and the last good copy it replaced; no temporary file. */
    g_assert_cmpuint (count_files (dir, ""), ==, 2);
    g_assert_cmpuint (count_files (dir, "progress.json.last-good"), ==, 1);
  }
}

typedef struct
{
  const char *name;
  const char *contents;
  int         code;
} BadFile;

#define HEADER "{\"format\": \"lectern-progress\", \"version\": 1, "
#define QUESTION_HEAD HEADER "\"packs\": {\"p\": {\"questions\": {\"q\": "
#define QUESTION_TAIL "}, \"quizzes\": []}}}"

static char *
deep_json (guint depth)
{
  GString *text = g_string_new (HEADER "\"packs\": {}, \"x\": ");

  for (guint i = 0; i < depth; i++)
    g_string_append_c (text, '[');
  for (guint i = 0; i < depth; i++)
    g_string_append_c (text, ']');
  g_string_append_c (text, '}');
  return g_string_free (text, FALSE);
}

static const BadFile bad_files[] = {
  { "garbage", "this is not json", LECTERN_QUIZ_ERROR_PROGRESS_CORRUPT },
  { "truncated", HEADER "\"packs\": {\"a\": {\"quest", LECTERN_QUIZ_ERROR_PROGRESS_CORRUPT },
  { "empty", "", LECTERN_QUIZ_ERROR_PROGRESS_CORRUPT },
  { "not-object", "[1, 2]", LECTERN_QUIZ_ERROR_PROGRESS_CORRUPT },
  { "wrong-format", "{\"format\": \"lectern-pack\", \"version\": 1, \"packs\": {}}",
    LECTERN_QUIZ_ERROR_PROGRESS_CORRUPT },
  { "newer", "{\"format\": \"lectern-progress\", \"version\": 2, \"packs\": {}}",
    LECTERN_QUIZ_ERROR_PROGRESS_TOO_NEW },
  { "bad-box", QUESTION_HEAD "{\"attempts\": 1, \"correct\": 1, \"last\": \"right\", \"box\": 9, "
    "\"answered\": \"2026-03-01T12:00:00Z\", \"due\": \"2026-03-02T12:00:00Z\"}" QUESTION_TAIL,
    LECTERN_QUIZ_ERROR_PROGRESS_CORRUPT },
  { "bad-date", QUESTION_HEAD "{\"attempts\": 1, \"correct\": 1, \"last\": \"right\", \"box\": 2, "
    "\"answered\": \"yesterday\", \"due\": \"2026-03-02T12:00:00Z\"}" QUESTION_TAIL,
    LECTERN_QUIZ_ERROR_PROGRESS_CORRUPT },
  { "bad-utf8", "{\"format\": \"lectern-progress\xff\"}", LECTERN_QUIZ_ERROR_PROGRESS_CORRUPT },
  { "deep", NULL, LECTERN_QUIZ_ERROR_PROGRESS_CORRUPT },
};

static void
set_aside_cb (LecternProgressStore *store,
              const char           *backup,
              const char           *reason,
              gpointer              data)
{
  char **out = data;

  g_assert_null (*out);
  g_assert_cmpstr (reason, !=, "");
  *out = g_strdup (backup);
}

static void
test_set_aside (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *dir = g_path_get_dirname (fixture->path);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autoptr(LecternProgressStore) store = lectern_progress_store_new (fixture->path);
      g_autoptr(GError) error = NULL;
      g_autoptr(GDateTime) d1 = day (1);
      g_autofree char *contents = bad_files[i].contents != NULL ? g_strdup (bad_files[i].contents)
                                                                : deep_json (1000);
      g_autofree char *backup = NULL;
      g_autofree char *kept = NULL;

      g_test_message ("%s", bad_files[i].name);
      g_assert_true (g_file_set_contents (fixture->path, contents, -1, NULL));
      g_signal_connect (store, "set-aside", G_CALLBACK (set_aside_cb), &backup);

      g_assert_true (lectern_progress_store_load (store, &error));
      g_assert_no_error (error);

      /* Renamed aside, byte for byte, and the user can be told where. */
      g_assert_nonnull (backup);
      g_assert_cmpstr (backup, ==, lectern_progress_store_get_set_aside_path (store));
      g_assert_true (g_str_has_prefix (backup, fixture->path));
      g_assert_true (strstr (backup, ".corrupt-") != NULL);
      g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
      kept = read_file (backup);
      g_assert_cmpstr (kept, ==, contents);

      /* The store starts afresh and saves without touching the bad file. */
      g_assert_true (lectern_progress_store_record_answer (store, PACK_ID, "entity:nisc", TRUE, d1,
                                                           &error));
      g_assert_no_error (error);
      g_clear_pointer (&kept, g_free);
      kept = read_file (backup);
      g_assert_cmpstr (kept, ==, contents);

      g_remove (fixture->path);
    }

  /* Every bad file was kept, none overwritten by the next. */
  g_assert_cmpuint (count_files (dir, "progress.json.corrupt-"), ==, G_N_ELEMENTS (bad_files));
}

static void
test_too_large (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(LecternProgressStore) store = lectern_progress_store_new (fixture->path);
  g_autofree char *dir = g_path_get_dirname (fixture->path);
  g_autofree char *big = NULL;
  g_autoptr(GError) error = NULL;
  gsize size = LECTERN_PROGRESS_MAX_SIZE + 1;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  big = g_malloc (size);
  memset (big, ' ', size);
  big[0] = '{';
  big[size - 1] = '}';
  g_assert_true (g_file_set_contents (fixture->path, big, size, NULL));

  g_assert_true (lectern_progress_store_load (store, &error));
  g_assert_nonnull (lectern_progress_store_get_set_aside_path (store));
  g_assert_false (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
}

/* A write that fails half-way (the file size limit is reached, as when a disk
 * fills up) must leave the previous file whole. */
static void
test_interrupted_write (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(LecternProgressStore) store = lectern_progress_store_new (fixture->path);
  g_autoptr(LecternProgressStore) again = NULL;
  g_autoptr(GDateTime) d1 = day (1);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *dir = g_path_get_dirname (fixture->path);
  struct rlimit old_limit, limit;
  void (*old_handler) (int);
  gboolean failed = FALSE;
  LecternProgressItem item;

  g_assert_true (lectern_progress_store_record_answer (store, PACK_ID, "entity:nisc", TRUE, d1,
                                                       &error));
  g_assert_no_error (error);
  before = read_file (fixture->path);

  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  limit = old_limit;
  limit.rlim_cur = strlen (before) + 100;
  old_handler = signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

  for (guint i = 0; i < 20 && !failed; i++)
    {
      g_autofree char *id = g_strdup_printf ("cloze:choice:p%u:0-100:10-20", i);

      failed = !lectern_progress_store_record_answer (store, PACK_ID, id, FALSE, d1, &error);
      if (!failed)
        {
          g_clear_pointer (&before, g_free);
          before = read_file (fixture->path);
        }
    }

  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  signal (SIGXFSZ, old_handler);

  g_assert_true (failed);
  g_assert_nonnull (error);

  /* The old file is intact and nothing half-written is left next to it. */
  after = read_file (fixture->path);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (count_files (dir, ""), ==, 1 + count_files (dir, "progress.json.last-good"));

  again = lectern_progress_store_new (fixture->path);
  g_clear_error (&error);
  g_assert_true (lectern_progress_store_load (again, &error));
  g_assert_no_error (error);
  g_assert_null (lectern_progress_store_get_set_aside_path (again));
  g_assert_true (lectern_progress_store_lookup (again, PACK_ID, "entity:nisc", &item));
  g_assert_cmpuint (item.attempts, ==, 1);
}

/* A temporary file left by a crash during a write is not read, and is
 * cleaned up. */
static void
test_stray_temporary (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(LecternProgressStore) store = lectern_progress_store_new (fixture->path);
  g_autoptr(LecternProgressStore) again = NULL;
  g_autoptr(GDateTime) d1 = day (1);
  g_autoptr(GError) error = NULL;
  g_autofree char *stray = g_strconcat (fixture->path, ".AB12CD", NULL);
  g_autofree char *corrupt = g_strconcat (fixture->path, ".corrupt-20261126T070000Z", NULL);
  g_autofree char *other = g_strconcat (fixture->path, ".backup1", NULL);
  g_autofree char *full = NULL;
  LecternProgressItem item;

  g_assert_true (lectern_progress_store_record_answer (store, PACK_ID, "entity:nisc", TRUE, d1,
                                                       &error));
  full = read_file (fixture->path);
  g_assert_true (g_file_set_contents (stray, full, strlen (full) / 2, NULL));

  g_assert_true (g_file_set_contents (corrupt, "{", 1, NULL));
  g_assert_true (g_file_set_contents (other, "keep", 4, NULL));

  again = lectern_progress_store_new (fixture->path);
  g_assert_true (lectern_progress_store_load (again, &error));
  g_assert_null (lectern_progress_store_get_set_aside_path (again));
  g_assert_true (lectern_progress_store_lookup (again, PACK_ID, "entity:nisc", &item));

  /* It is removed; files set aside and others are left alone. */
  g_assert_false (g_file_test (stray, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (corrupt, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (other, G_FILE_TEST_EXISTS));
}

/* A quiz code that is not text (the freed code of the first quiz once wrote
 * such bytes) is refused, and the file on disk stays whole and readable. */
static void
test_invalid_code_refused (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(LecternProgressStore) store = lectern_progress_store_new (fixture->path);
  g_autoptr(LecternProgressStore) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_true (lectern_progress_store_record_quiz (store, PACK_ID, "K7Q2-M9", "practice",
                                                     3, 5, NULL, &error));
  g_assert_no_error (error);
  before = read_file (fixture->path);

  g_assert_false (lectern_progress_store_record_quiz (store, PACK_ID, "\xe0\x80\xff\x01",
                                                      "practice", 1, 5, NULL, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL);
  after = read_file (fixture->path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpuint (lectern_progress_store_get_n_quizzes (store, PACK_ID), ==, 1);

  again = lectern_progress_store_new (fixture->path);
  g_clear_error (&error);
  g_assert_true (lectern_progress_store_load (again, &error));
  g_assert_no_error (error);
  g_assert_null (lectern_progress_store_get_set_aside_path (again));
  g_assert_cmpuint (lectern_progress_store_get_n_quizzes (again, PACK_ID), ==, 1);
}

/* Each save keeps the file it replaces; a damaged file is set aside and the
 * progress picked up from that last good copy. */
static void
test_last_good_copy (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(LecternProgressStore) store = lectern_progress_store_new (fixture->path);
  g_autoptr(LecternProgressStore) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *last_good = g_strconcat (fixture->path, ".last-good", NULL);
  g_autofree char *first = NULL;
  g_autofree char *kept = NULL;

  g_assert_true (lectern_progress_store_record_quiz (store, PACK_ID, "AAAA-AA", "practice",
                                                     1, 2, NULL, &error));
  g_assert_false (g_file_test (last_good, G_FILE_TEST_EXISTS));
  first = read_file (fixture->path);
  g_assert_true (lectern_progress_store_record_quiz (store, PACK_ID, "BBBB-BB", "test",
                                                     2, 2, NULL, &error));
  g_assert_no_error (error);
  kept = read_file (last_good);
  g_assert_cmpstr (kept, ==, first);

  /* Damage the real file, as a crash of another program might. */
  g_assert_true (g_file_set_contents (fixture->path, "{\"version\": 1, \"packs\": {\xff", -1, NULL));
  again = lectern_progress_store_new (fixture->path);
  g_assert_true (lectern_progress_store_load (again, &error));
  g_assert_no_error (error);
  g_assert_nonnull (lectern_progress_store_get_set_aside_path (again));
  g_assert_cmpuint (lectern_progress_store_get_n_quizzes (again, PACK_ID), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/quiz/progress/leitner", test_leitner);
  g_test_add ("/quiz/progress/invalid-code-refused", Fixture, NULL, fixture_set_up,
              test_invalid_code_refused, fixture_tear_down);
  g_test_add ("/quiz/progress/last-good-copy", Fixture, NULL, fixture_set_up, test_last_good_copy,
              fixture_tear_down);
  g_test_add ("/quiz/progress/round-trip", Fixture, NULL, fixture_set_up, test_round_trip,
              fixture_tear_down);
  g_test_add ("/quiz/progress/set-aside", Fixture, NULL, fixture_set_up, test_set_aside,
              fixture_tear_down);
  g_test_add ("/quiz/progress/too-large", Fixture, NULL, fixture_set_up, test_too_large,
              fixture_tear_down);
  g_test_add ("/quiz/progress/interrupted-write", Fixture, NULL, fixture_set_up,
              test_interrupted_write, fixture_tear_down);
  g_test_add ("/quiz/progress/stray-temporary", Fixture, NULL, fixture_set_up, test_stray_temporary,
              fixture_tear_down);

  return g_test_run ();
}
