/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * A small, fully specified pseudo-random generator (splitmix64), so that a
 * quiz is the same on every machine and GLib version for one seed.
 */
typedef struct
{
  guint64 state;
} LecternRng;

void    lectern_rng_init       (LecternRng *self,
                                guint64     seed);
/* Seeds from @seed mixed with a string (a question id, a pack id). */
void    lectern_rng_init_keyed (LecternRng *self,
                                guint64     seed,
                                const char *key);
guint64 lectern_rng_next       (LecternRng *self);
/* Uniform in [0, @n); @n > 0. */
guint   lectern_rng_below      (LecternRng *self,
                                guint       n);
/* Fisher–Yates shuffle of a pointer array. */
void    lectern_rng_shuffle    (LecternRng *self,
                                GPtrArray  *array);
guint64 lectern_rng_hash       (const char *text);

G_END_DECLS
