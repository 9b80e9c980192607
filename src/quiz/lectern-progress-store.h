/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define LECTERN_PROGRESS_FORMAT    "lectern-progress"
#define LECTERN_PROGRESS_VERSION   1
/* Checked on the raw bytes before the JSON parser sees them. */
#define LECTERN_PROGRESS_MAX_SIZE  (8 * 1024 * 1024)
#define LECTERN_PROGRESS_MAX_DEPTH 32

/**
 * LecternProgressItem:
 * @attempts: times answered
 * @correct: times answered right
 * @last_correct: whether the last answer was right
 * @box: Leitner box, 1–5
 * @answered: when last answered (Unix time)
 * @due: when due for review (Unix time)
 */
typedef struct
{
  guint    attempts;
  guint    correct;
  gboolean last_correct;
  guint    box;
  gint64   answered;
  gint64   due;
} LecternProgressItem;

/**
 * LecternQuizRecord:
 * @date: when the quiz ended (Unix time)
 * @code: (nullable): its quiz code
 * @mode: "practice", "test", …
 */
typedef struct
{
  gint64  date;
  char   *code;
  char   *mode;
  guint   score;
  guint   total;
} LecternQuizRecord;

/*
 * What a student has answered, per pack and question id, kept as JSON in
 * `$XDG_DATA_HOME/io.github.lectern.Lectern/progress.json` and written
 * atomically after every answer. A file that cannot be read (corrupt,
 * truncated, too large or deep, or from a newer version) is renamed to
 * `progress.json.corrupt-<timestamp>` and ::set-aside is emitted; it is
 * never overwritten.
 */
#define LECTERN_TYPE_PROGRESS_STORE (lectern_progress_store_get_type ())
G_DECLARE_FINAL_TYPE (LecternProgressStore, lectern_progress_store,
                      LECTERN, PROGRESS_STORE, GObject)

LecternProgressStore *lectern_progress_store_new             (const char           *path);
/* The store at the default path. */
LecternProgressStore *lectern_progress_store_new_default     (void);
char                 *lectern_progress_store_get_default_path (void);
const char           *lectern_progress_store_get_path        (LecternProgressStore *self);

/* Reads the file (done on first use otherwise). A missing file is an empty
 * store; a bad one is set aside (see above) and also gives an empty store.
 * Fails only when the file can neither be read nor set aside. */
gboolean              lectern_progress_store_load            (LecternProgressStore *self,
                                                              GError              **error);
/* Where the last bad file was moved, or %NULL. */
const char           *lectern_progress_store_get_set_aside_path (LecternProgressStore *self);
gboolean              lectern_progress_store_save            (LecternProgressStore *self,
                                                              GError              **error);

gboolean              lectern_progress_store_lookup          (LecternProgressStore *self,
                                                              const char           *pack_id,
                                                              const char           *question_id,
                                                              LecternProgressItem  *item);
/* Updates the question's counts and box, then saves. @when may be %NULL (now). */
gboolean              lectern_progress_store_record_answer   (LecternProgressStore *self,
                                                              const char           *pack_id,
                                                              const char           *question_id,
                                                              gboolean              correct,
                                                              GDateTime            *when,
                                                              GError              **error);
gboolean              lectern_progress_store_record_quiz     (LecternProgressStore *self,
                                                              const char           *pack_id,
                                                              const char           *code,
                                                              const char           *mode,
                                                              guint                 score,
                                                              guint                 total,
                                                              GDateTime            *when,
                                                              GError              **error);
/* Ids whose last answer was wrong, most recent first. */
GStrv                 lectern_progress_store_get_missed      (LecternProgressStore *self,
                                                              const char           *pack_id);
/* Ids due at @now (%NULL: now), longest overdue first. */
GStrv                 lectern_progress_store_get_due         (LecternProgressStore *self,
                                                              const char           *pack_id,
                                                              GDateTime            *now);
guint                 lectern_progress_store_get_n_quizzes   (LecternProgressStore *self,
                                                              const char           *pack_id);
const LecternQuizRecord *lectern_progress_store_get_quiz     (LecternProgressStore *self,
                                                              const char           *pack_id,
                                                              guint                 position);

G_END_DECLS
