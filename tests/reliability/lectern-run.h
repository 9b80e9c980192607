/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * Runs a program in a child under a watchdog and, unless the build uses a
 * sanitizer, an address-space limit. Standard output and error are collected
 * together (the first @max_output bytes are kept, the rest counted).
 */
typedef struct
{
  gboolean  timed_out;   /* killed by the watchdog: a hang */
  int       exit_status; /* when it exited, else -1 */
  int       signal;      /* when a signal ended it, else 0 */
  double    seconds;
  gsize     max_rss_kib;
  gsize     output_size; /* every byte written, kept or not */
  char     *output;
} LecternRun;

void lectern_run_clear (LecternRun *run);

/* @argv[0] is a path. @memory_limit: bytes of address space, 0 for none. */
void lectern_run (const char * const *argv,
                  double              timeout_seconds,
                  gsize               memory_limit,
                  gsize               max_output,
                  LecternRun         *run);

G_END_DECLS
