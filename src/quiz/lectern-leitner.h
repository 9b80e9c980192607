/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * Leitner boxes 1–5: a right answer moves a question up one box, a wrong one
 * back to box 1; the higher the box, the longer until it is due again
 * (1, 3, 7, 14 and 30 days). A question never answered is in box 0.
 */
#define LECTERN_LEITNER_N_BOXES 5

guint      lectern_leitner_next_box      (guint      box,
                                          gboolean   correct);
guint      lectern_leitner_interval_days (guint      box);
/* When a question answered at @answered_at, now in @box, is due again. */
GDateTime *lectern_leitner_due           (guint      box,
                                          GDateTime *answered_at);

G_END_DECLS
