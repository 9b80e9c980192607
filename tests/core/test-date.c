/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lectern-date.h"

static const struct
{
  const char *text;
  gboolean    valid;
  int         year, month, day;
} parse_cases[] = {
  { "2014", TRUE, 2014, 0, 0 },
  { "0947", TRUE, 947, 0, 0 },
  { "2014-03", TRUE, 2014, 3, 0 },
  { "2014-03-09", TRUE, 2014, 3, 9 },
  { "2016-02-29", TRUE, 2016, 2, 29 },
  { "2015-02-29", FALSE },
  { "2014-13", FALSE },
  { "2014-00", FALSE },
  { "2014-04-31", FALSE },
  { "2014-04-00", FALSE },
  { "0000", FALSE },
  { "14", FALSE },
  { "20145", FALSE },
  { "2014/03", FALSE },
  { "2014-3", FALSE },
  { "abcd", FALSE },
  { "-201", FALSE },
  { "", FALSE },
  { " 2014", FALSE },
};

static void
test_parse (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (parse_cases); i++)
    {
      LecternDate d = { -1, -1, -1 };
      gboolean ok = lectern_date_parse (parse_cases[i].text, &d);

      g_test_message ("parsing “%s”", parse_cases[i].text);
      g_assert_cmpint (ok, ==, parse_cases[i].valid);
      if (ok)
        {
          g_autofree char *back = lectern_date_to_string (&d);

          g_assert_cmpint (d.year, ==, parse_cases[i].year);
          g_assert_cmpint (d.month, ==, parse_cases[i].month);
          g_assert_cmpint (d.day, ==, parse_cases[i].day);
          g_assert_cmpstr (back, ==, parse_cases[i].text);
        }
    }
  g_assert_false (lectern_date_parse (NULL, &(LecternDate) { 0 }));
}

static void
test_compare (void)
{
  static const struct { const char *a, *b; int expected; } cases[] = {
    { "2014", "2015", -1 },
    { "2015", "2014", 1 },
    { "2014", "2014", 0 },
    { "2014", "2014-01", -1 },
    { "2014-05", "2014-04-30", 1 },
    { "1947", "2011", -1 },
    { "2014-05-02", "2014-05-02", 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      LecternDate a, b;

      g_assert_true (lectern_date_parse (cases[i].a, &a));
      g_assert_true (lectern_date_parse (cases[i].b, &b));
      g_assert_cmpint (lectern_date_compare (&a, &b), ==, cases[i].expected);
      g_assert_cmpint (lectern_date_compare (&b, &a), ==, -cases[i].expected);
    }
}

static void
test_format (void)
{
  static const struct { const char *start, *end, *expected; } cases[] = {
    { "2014", NULL, "2014" },
    { "2016", "2018", "2016–2018" },
    { "2016", "2016", "2016" },
    { "2014-03", NULL, "March 2014" },
    { "2014-03-09", NULL, "9 March 2014" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      LecternDate a, b;
      g_autofree char *text = NULL;

      g_assert_true (lectern_date_parse (cases[i].start, &a));
      if (cases[i].end)
        g_assert_true (lectern_date_parse (cases[i].end, &b));
      text = lectern_date_format_range (&a, cases[i].end ? &b : NULL);
      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

static void
test_decimal (void)
{
  LecternDate d;

  g_assert_true (lectern_date_parse ("2014", &d));
  g_assert_cmpfloat (lectern_date_to_decimal_year (&d), ==, 2014.0);
  g_assert_cmpfloat (lectern_date_to_decimal_year_end (&d), ==, 2015.0);

  g_assert_true (lectern_date_parse ("2014-07", &d));
  g_assert_cmpfloat_with_epsilon (lectern_date_to_decimal_year (&d), 2014 + 181.0 / 365, 1e-9);
  g_assert_cmpfloat_with_epsilon (lectern_date_to_decimal_year_end (&d), 2014 + 212.0 / 365, 1e-9);

  g_assert_true (lectern_date_parse ("2014-12-31", &d));
  g_assert_cmpfloat (lectern_date_to_decimal_year_end (&d), ==, 2015.0);
  g_assert_true (lectern_date_parse ("2016-12", &d));
  g_assert_cmpfloat (lectern_date_to_decimal_year_end (&d), ==, 2017.0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/date/parse", test_parse);
  g_test_add_func ("/date/compare", test_compare);
  g_test_add_func ("/date/format", test_format);
  g_test_add_func ("/date/decimal-year", test_decimal);

  return g_test_run ();
}
