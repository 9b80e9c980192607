/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * LecternDate:
 * @year: 1–9999
 * @month: 1–12, or 0 when only the year is known
 * @day: 1–31, or 0 when only the year (and month) is known
 *
 * A calendar date with optional month and day, as written in a pack:
 * `"2014"`, `"2014-05"` or `"2014-05-09"`.
 */
typedef struct
{
  int year;
  int month;
  int day;
} LecternDate;

#define LECTERN_DATE_YEAR_MIN 1
#define LECTERN_DATE_YEAR_MAX 9999

gboolean lectern_date_parse               (const char        *text,
                                           LecternDate       *date);
gboolean lectern_date_is_valid            (const LecternDate *date);
int      lectern_date_compare             (const LecternDate *a,
                                           const LecternDate *b);
char    *lectern_date_to_string           (const LecternDate *date);
char    *lectern_date_format              (const LecternDate *date);
char    *lectern_date_format_range        (const LecternDate *start,
                                           const LecternDate *end);
double   lectern_date_to_decimal_year     (const LecternDate *date);
double   lectern_date_to_decimal_year_end (const LecternDate *date);

G_END_DECLS
