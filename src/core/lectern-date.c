/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "lectern-date.h"

static gboolean
parse_digits (const char *text,
              guint       n,
              int        *value)
{
  int v = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      v = v * 10 + (text[i] - '0');
    }
  *value = v;
  return TRUE;
}

static int
days_in_month (int year,
               int month)
{
  return g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year);
}

/**
 * lectern_date_parse:
 * @text: "YYYY", "YYYY-MM" or "YYYY-MM-DD"
 * @date: (out): the date
 *
 * Returns: %TRUE if @text is a well-formed date that exists
 */
gboolean
lectern_date_parse (const char  *text,
                    LecternDate *date)
{
  LecternDate d = { 0, 0, 0 };
  gsize len;

  g_return_val_if_fail (date != NULL, FALSE);

  if (text == NULL)
    return FALSE;
  len = strlen (text);
  if (len != 4 && len != 7 && len != 10)
    return FALSE;
  if (!parse_digits (text, 4, &d.year))
    return FALSE;
  if (len >= 7 && (text[4] != '-' || !parse_digits (text + 5, 2, &d.month)))
    return FALSE;
  if (len == 10 && (text[7] != '-' || !parse_digits (text + 8, 2, &d.day)))
    return FALSE;
  if (len >= 7 && d.month == 0)
    return FALSE;
  if (len == 10 && d.day == 0)
    return FALSE;
  if (!lectern_date_is_valid (&d))
    return FALSE;

  *date = d;
  return TRUE;
}

gboolean
lectern_date_is_valid (const LecternDate *date)
{
  g_return_val_if_fail (date != NULL, FALSE);

  if (date->year < LECTERN_DATE_YEAR_MIN || date->year > LECTERN_DATE_YEAR_MAX)
    return FALSE;
  if (date->month < 0 || date->month > 12)
    return FALSE;
  if (date->month == 0 && date->day != 0)
    return FALSE;
  if (date->day < 0 || (date->day > 0 && date->day > days_in_month (date->year, date->month)))
    return FALSE;
  return TRUE;
}

/* Dates compare by their first possible day: "2014" sorts before "2014-03". */
int
lectern_date_compare (const LecternDate *a,
                      const LecternDate *b)
{
  if (a->year != b->year)
    return a->year < b->year ? -1 : 1;
  if (a->month != b->month)
    return a->month < b->month ? -1 : 1;
  if (a->day != b->day)
    return a->day < b->day ? -1 : 1;
  return 0;
}

/* The machine form, as in a pack: "2014", "2014-03", "2014-03-09". */
char *
lectern_date_to_string (const LecternDate *date)
{
  if (date->day > 0)
    return g_strdup_printf ("%04d-%02d-%02d", date->year, date->month, date->day);
  if (date->month > 0)
    return g_strdup_printf ("%04d-%02d", date->year, date->month);
  return g_strdup_printf ("%04d", date->year);
}

/* The form shown to people, in their locale: "2014", "March 2014", "9 March 2014". */
char *
lectern_date_format (const LecternDate *date)
{
  g_autoptr(GDateTime) dt = NULL;

  g_return_val_if_fail (date != NULL, NULL);

  if (date->month == 0)
    return g_strdup_printf ("%d", date->year);

  dt = g_date_time_new_utc (date->year, date->month, MAX (date->day, 1), 0, 0, 0);
  if (dt == NULL)
    return lectern_date_to_string (date);
  if (date->day == 0)
    /* Translators: a month and year, see g_date_time_format() */
    return g_date_time_format (dt, C_("date", "%B %Y"));
  /* Translators: a full date, see g_date_time_format() */
  return g_date_time_format (dt, C_("date", "%-d %B %Y"));
}

char *
lectern_date_format_range (const LecternDate *start,
                           const LecternDate *end)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  g_return_val_if_fail (start != NULL, NULL);

  a = lectern_date_format (start);
  if (end == NULL || lectern_date_compare (start, end) == 0)
    return g_steal_pointer (&a);
  b = lectern_date_format (end);
  /* Translators: a range of dates, "2016–2018" */
  return g_strdup_printf (C_("date range", "%s–%s"), a, b);
}

static double
day_of_year_fraction (int year,
                      int month,
                      int day)
{
  GDate d;
  double days;

  g_date_clear (&d, 1);
  g_date_set_dmy (&d, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  days = g_date_is_leap_year ((GDateYear) year) ? 366.0 : 365.0;
  return (g_date_get_day_of_year (&d) - 1) / days;
}

/* The first moment the date covers, as a decimal year: 2014-07-02 → 2014.5. */
double
lectern_date_to_decimal_year (const LecternDate *date)
{
  if (date->month == 0)
    return date->year;
  return date->year + day_of_year_fraction (date->year, date->month, MAX (date->day, 1));
}

/* The moment after the last the date covers: "2014" → 2015.0. */
double
lectern_date_to_decimal_year_end (const LecternDate *date)
{
  if (date->month == 0)
    return date->year + 1.0;
  if (date->day == 0)
    {
      if (date->month == 12)
        return date->year + 1.0;
      return date->year + day_of_year_fraction (date->year, date->month + 1, 1);
    }
  if (date->month == 12 && date->day == 31)
    return date->year + 1.0;
  {
    GDate d;
    g_date_clear (&d, 1);
    g_date_set_dmy (&d, (GDateDay) date->day, (GDateMonth) date->month, (GDateYear) date->year);
    g_date_add_days (&d, 1);
    return date->year + day_of_year_fraction (g_date_get_year (&d), g_date_get_month (&d),
                                              g_date_get_day (&d));
  }
}
