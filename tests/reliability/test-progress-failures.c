/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define _GNU_SOURCE /* unshare() */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <sched.h>
#include <signal.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "lectern-quiz.h"

/*
 * A read-only data folder and a full disk: saving fails with a GError that
 * says so, the file already there is left as it was, and the store goes on
 * working in memory (and, once there is room again, saves everything).
 *
 * As root, each case runs in a subprocess with a mount namespace of its own
 * and a small tmpfs (mounted read-only, or filled up). Otherwise a read-only
 * folder is chmod 0555 and a full disk is RLIMIT_FSIZE (EFBIG, not ENOSPC).
 */

#define PACK_ID "failures"

static char *folder;

/* A tmpfs of @size_kib at @folder, in a mount namespace of this process
 * only. FALSE when this process may not do that. */
static gboolean
mount_private_tmpfs (guint size_kib)
{
  g_autofree char *options = g_strdup_printf ("size=%uk,mode=0700", size_kib);

  if (geteuid () != 0 || unshare (CLONE_NEWNS) != 0)
    return FALSE;
  /* Keep our mounts from reaching the rest of the system. In a plain
   * chroot "/" is not a mount point, and this fails: no private mounts. */
  if (mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0)
    return FALSE;
  return mount ("lectern-test", folder, "tmpfs", 0, options) == 0;
}

/* Whether a read-only folder can be had at all: as root (who can write
 * anywhere) only with a private mount. Asked in a child process, so that
 * the test's own process is left as it was, and a skip is the parent's. */
static gboolean
can_make_read_only_folder (void)
{
  int status = 0;
  pid_t pid;

  if (geteuid () != 0)
    return TRUE;
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    _exit (mount_private_tmpfs (64) ? 0 : 1);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  return WIFEXITED (status) && WEXITSTATUS (status) == 0;
}

static char *
progress_path (void)
{
  return g_build_filename (folder, "data", "progress.json", NULL);
}

static void
record (LecternProgressStore *store,
        const char           *id,
        gboolean              expect_saved,
        GError              **error)
{
  g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 3, 1, 12, 0, 0);
  LecternProgressItem item;
  gboolean saved = lectern_progress_store_record_answer (store, PACK_ID, id, FALSE, when, error);

  g_assert_true (saved == expect_saved);
  /* Saved or not, the answer is there. */
  g_assert_true (lectern_progress_store_lookup (store, PACK_ID, id, &item));
  g_assert_cmpuint (item.attempts, ==, 1);
}

static void
assert_missed (LecternProgressStore *store,
               guint                 n)
{
  g_auto(GStrv) missed = lectern_progress_store_get_missed (store, PACK_ID);

  g_assert_cmpuint (g_strv_length (missed), ==, n);
}

/* --- Read-only data folder -------------------------------------------- */

static void
read_only_case (void)
{
  g_autofree char *path = progress_path ();
  g_autofree char *data_dir = g_path_get_dirname (path);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(LecternProgressStore) store = NULL;
  g_autoptr(LecternProgressStore) writer = NULL;
  g_autoptr(GError) error = NULL;
  gboolean mounted = mount_private_tmpfs (1024);
  int expected_code = mounted ? G_FILE_ERROR_ROFS : G_FILE_ERROR_ACCES;

  g_assert_true (mounted || geteuid () != 0);

  /* A file written while it could be. */
  writer = lectern_progress_store_new (path);
  record (writer, "first", TRUE, NULL);
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));

  if (mounted)
    g_assert_cmpint (mount (NULL, folder, NULL, MS_REMOUNT | MS_RDONLY, NULL), ==, 0);
  else
    {
      g_assert_cmpint (g_chmod (data_dir, 0555), ==, 0);
      g_assert_cmpint (g_chmod (path, 0444), ==, 0);
    }

  store = lectern_progress_store_new (path);
  g_assert_true (lectern_progress_store_load (store, &error));
  g_assert_no_error (error);
  assert_missed (store, 1);

  record (store, "second", FALSE, &error);
  g_assert_error (error, G_FILE_ERROR, expected_code);
  g_test_message ("read-only folder: %s", error->message);
  g_assert_nonnull (strstr (error->message, data_dir));
  g_clear_error (&error);

  record (store, "third", FALSE, &error);
  g_assert_nonnull (error);
  g_clear_error (&error);
  assert_missed (store, 3);

  /* The file is as it was. */
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (before, ==, after);

  if (!mounted)
    g_chmod (data_dir, 0755);
}

static void
test_read_only (void)
{
  if (g_test_subprocess ())
    {
      read_only_case ();
      return;
    }
  if (!can_make_read_only_folder ())
    {
      g_test_skip ("root without private mounts (CAP_SYS_ADMIN, or \"/\" not a mount point): "
                   "no way to make a folder read-only");
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* --- Full disk --------------------------------------------------------- */

/* Fills the file system: returns the filler's path. */
static char *
fill_disk (void)
{
  char *filler = g_build_filename (folder, "filler", NULL);
  char block[4096] = { 0 };
  int fd = open (filler, O_WRONLY | O_CREAT | O_TRUNC, 0600);

  g_assert_cmpint (fd, >=, 0);
  while (write (fd, block, sizeof block) > 0)
    ;
  g_assert_cmpint (errno, ==, ENOSPC);
  close (fd);
  return filler;
}

static void
full_disk_case (void)
{
  g_autofree char *path = progress_path ();
  g_autofree char *filler = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(LecternProgressStore) store = NULL;
  g_autoptr(LecternProgressStore) reread = NULL;
  g_autoptr(GError) error = NULL;
  gboolean mounted = mount_private_tmpfs (256);
  struct rlimit limit;

  store = lectern_progress_store_new (path);
  record (store, "first", TRUE, NULL);
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));

  if (mounted)
    filler = fill_disk ();
  else
    {
      /* Writing past this fails with EFBIG (SIGXFSZ ignored). */
      signal (SIGXFSZ, SIG_IGN);
      g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &limit), ==, 0);
      limit.rlim_cur = 64;
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
    }

  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *id = g_strdup_printf ("unsaved-%02u", i);

      record (store, id, FALSE, &error);
      if (mounted)
        g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOSPC);
      else
        g_assert_nonnull (error);
      if (i == 0)
        g_test_message ("full disk: %s", error->message);
      g_clear_error (&error);
    }
  assert_missed (store, 21);

  /* The old file is intact. */
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (before, ==, after);

  /* Room again: the next save writes everything kept in memory. */
  if (mounted)
    g_assert_cmpint (g_unlink (filler), ==, 0);
  else
    {
      limit.rlim_cur = limit.rlim_max;
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
    }
  record (store, "last", TRUE, NULL);
  reread = lectern_progress_store_new (path);
  g_assert_true (lectern_progress_store_load (reread, &error));
  g_assert_no_error (error);
  assert_missed (reread, 22);
}

static void
test_full_disk (void)
{
  if (g_test_subprocess ())
    {
      full_disk_case ();
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
remove_folder (void)
{
  const char * const names[] = { "data/progress.json", "data/progress.json.last-good", "data",
                                 "filler", NULL };

  for (guint i = 0; names[i]; i++)
    {
      g_autofree char *path = g_build_filename (folder, names[i], NULL);
      g_remove (path);
    }
  /* A subprocess's tmpfs goes with its mount namespace. */
  if (g_test_subprocess ())
    umount2 (folder, MNT_DETACH);
  g_rmdir (folder);
  g_clear_pointer (&folder, g_free);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  /* Each subprocess has a folder of its own. */
  folder = g_dir_make_tmp ("lectern-failures-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/progress/read-only-folder", test_read_only);
  g_test_add_func ("/progress/full-disk", test_full_disk);

  status = g_test_run ();
  remove_folder ();
  return status;
}
