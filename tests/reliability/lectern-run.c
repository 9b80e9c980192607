/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "lectern-run.h"

void
lectern_run_clear (LecternRun *run)
{
  g_clear_pointer (&run->output, g_free);
}

static void
child_exec (const char * const *argv,
            int                 out_fd,
            gsize               memory_limit)
{
  if (memory_limit > 0)
    {
      struct rlimit limit = { memory_limit, memory_limit };

      if (setrlimit (RLIMIT_AS, &limit) != 0)
        _exit (125);
    }
  dup2 (out_fd, STDOUT_FILENO);
  dup2 (out_fd, STDERR_FILENO);
  close (out_fd);
  execv (argv[0], (char * const *) argv);
  _exit (127);
}

/* Polls until one of @fds is ready or @deadline (monotonic µs) passes;
 * returns 0 on the deadline. */
static int
poll_until (struct pollfd *fds,
            gint64         deadline)
{
  int n;

  do
    {
      gint64 left = deadline - g_get_monotonic_time ();

      if (left <= 0)
        return 0;
      n = poll (fds, 2, (int) MIN (left / 1000 + 1, G_MAXINT));
    }
  while (n < 0 && errno == EINTR);
  g_assert_cmpint (n, >=, 0);
  return n;
}

/**
 * lectern_run:
 *
 * The child's exit is watched through a pidfd and its output through a pipe,
 * both with poll(), so that the only clock is the watchdog's deadline.
 */
void
lectern_run (const char * const *argv,
             double              timeout_seconds,
             gsize               memory_limit,
             gsize               max_output,
             LecternRun         *run)
{
  g_autoptr(GByteArray) output = g_byte_array_new ();
  gint64 start = g_get_monotonic_time ();
  gint64 deadline = start + (gint64) (timeout_seconds * G_USEC_PER_SEC);
  gboolean exited = FALSE, eof = FALSE;
  struct rusage usage = { 0 };
  int fds[2], status = 0, pidfd;
  pid_t pid;

  memset (run, 0, sizeof *run);
  run->exit_status = -1;

  g_assert_cmpint (pipe (fds), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      close (fds[0]);
      child_exec (argv, fds[1], memory_limit);
    }
  close (fds[1]);
  pidfd = (int) syscall (SYS_pidfd_open, pid, 0);
  g_assert_cmpint (pidfd, >=, 0);

  while (!eof || !exited)
    {
      /* poll() skips negative descriptors. */
      struct pollfd p[2] = { { eof ? -1 : fds[0], POLLIN, 0 }, { exited ? -1 : pidfd, POLLIN, 0 } };

      if (poll_until (p, deadline) == 0)
        {
          run->timed_out = TRUE;
          kill (pid, SIGKILL);
          break;
        }
      if (p[0].revents & (POLLIN | POLLHUP | POLLERR))
        {
          guint8 buffer[65536];
          ssize_t n = read (fds[0], buffer, sizeof buffer);

          if (n > 0)
            {
              run->output_size += n;
              if (output->len < max_output)
                g_byte_array_append (output, buffer, MIN ((gsize) n, max_output - output->len));
            }
          else if (n == 0 || errno != EINTR)
            eof = TRUE;
        }
      if (p[1].revents & POLLIN)
        exited = TRUE;
    }

  g_assert_cmpint (wait4 (pid, &status, 0, &usage), ==, pid);
  close (pidfd);
  close (fds[0]);

  run->seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
  run->max_rss_kib = usage.ru_maxrss;
  if (WIFEXITED (status))
    run->exit_status = WEXITSTATUS (status);
  else if (WIFSIGNALED (status))
    run->signal = WTERMSIG (status);
  g_byte_array_append (output, (const guint8 *) "", 1);
  run->output = (char *) g_byte_array_free (g_steal_pointer (&output), FALSE);
}
