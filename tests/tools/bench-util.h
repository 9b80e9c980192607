/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Sorts @n samples in ascending order, for medians and percentiles. */
void bench_sort (double *samples,
                 guint   n);

G_END_DECLS
