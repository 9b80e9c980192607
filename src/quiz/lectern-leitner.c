/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lectern-leitner.h"

static const guint intervals[LECTERN_LEITNER_N_BOXES + 1] = { 0, 1, 3, 7, 14, 30 };

guint
lectern_leitner_next_box (guint    box,
                          gboolean correct)
{
  if (!correct)
    return 1;

  /* A new question answered right starts in box 2, like one seen before. */
  return MIN (MAX (box, 1) + 1, LECTERN_LEITNER_N_BOXES);
}

guint
lectern_leitner_interval_days (guint box)
{
  return intervals[MIN (box, LECTERN_LEITNER_N_BOXES)];
}

GDateTime *
lectern_leitner_due (guint      box,
                     GDateTime *answered_at)
{
  g_return_val_if_fail (answered_at != NULL, NULL);

  return g_date_time_add_days (answered_at, (int) lectern_leitner_interval_days (box));
}
