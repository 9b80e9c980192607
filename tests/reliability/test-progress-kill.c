/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "lectern-quiz.h"

/*
 * No lost progress: a child records answers through LecternProgressStore,
 * which saves after each one, and writes a byte to a pipe after every
 * completed save. The parent reads a random number of those bytes, spins for
 * a random few hundred microseconds (so that the kill lands anywhere in the
 * next save: serialising, writing, syncing, renaming) and kills the child
 * with SIGKILL (the spin ranges over the length of one save, measured
 * first). The file must then be a complete version: every question
 * the child was told was saved, and at most the one it was saving next.
 * The only synchronisation is the pipe and waitpid(); the spin only decides
 * where the kill lands.
 */

#define N_ROUNDS      200
/* Questions already in the file, so that each save takes a while. */
#define N_BASE        2000
#define MAX_SAVES     500
#define PACK_ID       "kill-test"

static char *
question_id (const char *prefix,
             guint       n)
{
  return g_strdup_printf ("%s-%05u", prefix, n);
}

/* The starting file: N_BASE questions, all last answered wrong (so that
 * get_missed() lists every question in the file). */
static void
write_base_file (const char *path)
{
  g_autoptr(GString) json = g_string_new ("{\"format\":\"lectern-progress\",\"version\":1,"
                                          "\"packs\":{\"" PACK_ID "\":{\"questions\":{");
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < N_BASE; i++)
    {
      g_autofree char *id = question_id ("base", i);

      g_string_append_printf (json, "%s\"%s\":{\"attempts\":1,\"correct\":0,\"last\":\"wrong\","
                              "\"box\":1,\"answered\":\"2026-01-01T10:00:00Z\","
                              "\"due\":\"2026-01-02T10:00:00Z\"}", i ? "," : "", id);
    }
  g_string_append (json, "},\"quizzes\":[]}}}");
  g_file_set_contents (path, json->str, json->len, &error);
  g_assert_no_error (error);
}

G_GNUC_NORETURN static void
run_child (const char *path,
           int         ack_fd)
{
  g_autoptr(LecternProgressStore) store = lectern_progress_store_new (path);
  g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 3, 1, 12, 0, 0);

  if (!lectern_progress_store_load (store, NULL))
    _exit (2);
  for (guint n = 1; n <= MAX_SAVES; n++)
    {
      g_autofree char *id = question_id ("new", n);

      /* Wrong answers, so that they are listed by get_missed() too. */
      if (!lectern_progress_store_record_answer (store, PACK_ID, id, FALSE, when, NULL))
        _exit (3);
      if (write (ack_fd, "s", 1) != 1)
        _exit (4);
    }
  _exit (0);
}

/* Reads @wanted acknowledgements, or all of them up to the end of the pipe
 * when @wanted is -1; returns how many it read. */
static guint
read_acks (int fd,
           int wanted)
{
  guint n = 0;

  while (wanted < 0 || n < (guint) wanted)
    {
      char buffer[64];
      gsize size = wanted < 0 ? sizeof buffer : MIN (sizeof buffer, wanted - n);
      ssize_t got = read (fd, buffer, size);

      if (got < 0 && errno == EINTR)
        continue;
      g_assert_cmpint (got, >=, 0);
      if (got == 0)
        break;
      n += got;
    }
  return n;
}

static void
spin (gint64 usec)
{
  gint64 until = g_get_monotonic_time () + usec;

  while (g_get_monotonic_time () < until)
    ;
}

/* Removes the temporary files a killed save left behind; returns how many. */
static guint
remove_leftovers (const char *dir)
{
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_str_has_prefix (name, "progress.json.corrupt"))
        g_error ("the store set the progress file aside as unreadable (%s): "
                 "a complete file was refused", name);
      if (g_str_has_prefix (name, "progress.json."))
        {
          g_unlink (path);
          n++;
        }
    }
  return n;
}

/* The file holds the base and exactly new-1 … new-@n_saved, complete. */
static guint
check_file (const char *path,
            guint       acked)
{
  g_autoptr(LecternProgressStore) store = lectern_progress_store_new (path);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) missed = NULL;
  guint n_saved;

  g_assert_true (lectern_progress_store_load (store, &error));
  g_assert_no_error (error);
  g_assert_null (lectern_progress_store_get_set_aside_path (store));

  missed = lectern_progress_store_get_missed (store, PACK_ID);
  g_assert_cmpuint (g_strv_length (missed), >=, N_BASE + acked);
  n_saved = g_strv_length (missed) - N_BASE;
  /* Every acknowledged save, and perhaps the one under way. */
  g_assert_cmpuint (n_saved, <=, acked + 1);

  for (guint i = 0; i < N_BASE; i += N_BASE / 10)
    {
      g_autofree char *id = question_id ("base", i);
      g_assert_true (lectern_progress_store_lookup (store, PACK_ID, id, NULL));
    }
  for (guint n = 1; n <= n_saved + 1; n++)
    {
      g_autofree char *id = question_id ("new", n);
      LecternProgressItem item;

      if (n <= n_saved)
        {
          g_assert_true (lectern_progress_store_lookup (store, PACK_ID, id, &item));
          g_assert_cmpuint (item.attempts, ==, 1);
          g_assert_false (item.last_correct);
        }
      else
        g_assert_false (lectern_progress_store_lookup (store, PACK_ID, id, NULL));
    }
  return n_saved;
}

/* Starts a child saving over @path; returns its pid and the read end of
 * its acknowledgements. */
static pid_t
start_child (const char *path,
             int        *ack_fd)
{
  int fds[2];
  pid_t pid;

  write_base_file (path);
  g_assert_cmpint (pipe (fds), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      close (fds[0]);
      run_child (path, fds[1]);
    }
  close (fds[1]);
  *ack_fd = fds[0];
  return pid;
}

static int
compare_int64_cb (gconstpointer a,
                  gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

/* The median time between two acknowledged saves, in µs. */
static gint64
measure_save (const char *path)
{
  gint64 intervals[8], last;
  int fd, status;
  pid_t pid = start_child (path, &fd);

  g_assert_cmpuint (read_acks (fd, 1), ==, 1);
  last = g_get_monotonic_time ();
  for (guint i = 0; i < G_N_ELEMENTS (intervals); i++)
    {
      gint64 now;

      g_assert_cmpuint (read_acks (fd, 1), ==, 1);
      now = g_get_monotonic_time ();
      intervals[i] = now - last;
      last = now;
    }
  kill (pid, SIGKILL);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  close (fd);
  qsort (intervals, G_N_ELEMENTS (intervals), sizeof intervals[0], compare_int64_cb);
  return intervals[G_N_ELEMENTS (intervals) / 2];
}

static void
test_kill_while_saving (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("lectern-kill-XXXXXX", &error);
  g_autofree char *path = NULL;
  guint n_leftovers = 0, n_ahead = 0, n_first = 0;
  gint64 save_usec;

  g_assert_no_error (error);
  path = g_build_filename (dir, "progress.json", NULL);

  save_usec = measure_save (path);
  g_test_message ("one save takes about %.1f ms", save_usec / 1000.0);

  for (guint round = 0; round < N_ROUNDS; round++)
    {
      int wanted = g_test_rand_int_range (0, 4);
      /* Every other round aims at the end of a save (writing, syncing,
       * renaming), which is short next to building the text. */
      gint32 longest = (gint32) MIN (save_usec * 5 / 4, G_MAXINT32);
      gint64 spin_usec = g_test_rand_int_range (round % 2 ? longest * 3 / 5 : 0, longest + 1);
      guint acked, n_saved;
      int ack_fd, status;
      pid_t pid = start_child (path, &ack_fd);

      acked = read_acks (ack_fd, wanted);
      spin (spin_usec);
      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      /* A child that ended by itself failed (or ran out of saves). */
      if (!WIFSIGNALED (status) || WTERMSIG (status) != SIGKILL)
        g_error ("round %u: the child was not killed but exited with status %d (2: could not "
                 "load, 3: could not save, 4: could not write to the pipe, 0: saved %u times)",
                 round, WIFEXITED (status) ? WEXITSTATUS (status) : -1, MAX_SAVES);
      acked += read_acks (ack_fd, -1);
      close (ack_fd);

      n_leftovers += remove_leftovers (dir);
      n_saved = check_file (path, acked);
      n_ahead += n_saved > acked;
      n_first += n_saved == 0;
    }

  /* Where the kills landed, for the log. */
  g_test_message ("%u rounds: %u killed after a save reached the disk but before it was "
                  "acknowledged, %u before the first save, %u left a temporary file",
                  N_ROUNDS, n_ahead, n_first, n_leftovers);
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/progress/kill-while-saving", test_kill_while_saving);

  return g_test_run ();
}
