/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "lectern-core.h"

/* Runs lectern with @args; returns its exit status. */
static int
run (const char * const *args,
     char              **out,
     char              **err)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int status = -1;

  g_ptr_array_add (argv, (gpointer) g_getenv ("LECTERN"));
  for (guint i = 0; args[i]; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  /* No display: these commands must not need one. */
  g_unsetenv ("DISPLAY");
  g_unsetenv ("WAYLAND_DISPLAY");
  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, out, err,
                &status, &error);
  g_assert_no_error (error);
  return g_spawn_check_wait_status (status, NULL) ? 0 : WEXITSTATUS (status);
}

static char *
data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "packs", name, NULL);
}

/* Line and column (ASCII) of the first character after @needle's @nth
 * occurrence (from 1) in the file at @path. */
static void
find_after (const char *path,
            const char *needle,
            guint       nth,
            guint      *line,
            guint      *column)
{
  g_autofree char *contents = NULL;
  const char *at, *line_start;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  at = contents;
  for (guint i = 0; i < nth; i++)
    {
      at = strstr (i == 0 ? at : at + 1, needle);
      g_assert_nonnull (at);
    }
  at += strlen (needle);
  *line = 1;
  line_start = contents;
  for (const char *c = contents; c < at; c++)
    if (*c == '\n')
      {
        (*line)++;
        line_start = c + 1;
      }
  *column = (guint) (at - line_start) + 1;
}

static void
test_validate_ok (void)
{
  g_autofree char *bundled = g_build_filename (g_getenv ("LECTERN_SOURCE_DIR"), "data", "packs",
                                               "japan-cybersecurity.json", NULL);
  g_autofree char *minimal = data_path ("minimal.json");
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *expected = NULL;

  g_assert_cmpint (run ((const char *[]) { "--validate", bundled, minimal, NULL }, &out, &err), ==, 0);
  expected = g_strdup_printf ("%s: ok\n%s: ok\n", bundled, minimal);
  g_assert_cmpstr (out, ==, expected);
}

static void
test_validate_broken (void)
{
  g_autofree char *broken = data_path ("broken-quote-dup-id.json");
  g_autofree char *out = NULL, *err = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *dup = NULL, *quote = NULL;
  guint dup_line, dup_column, quote_line, quote_column;

  g_assert_cmpint (run ((const char *[]) { "--validate", broken, NULL }, &out, &err), ==, 1);
  lines = g_strsplit (g_strstrip (out), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 2);
  /* At the values: the second "kestrel-point-lighthouse" id, the second quote. */
  find_after (broken, "\"id\": ", 6, &dup_line, &dup_column);
  find_after (broken, "\"quote\": ", 2, &quote_line, &quote_column);
  /* FILE:LINE:COLUMN: JSON.PATH: problem, for both problems. */
  dup = g_strdup_printf ("%s:%u:%u: entities[1].id: duplicate entity id", broken,
                         dup_line, dup_column);
  quote = g_strdup_printf ("%s:%u:%u: events[1].quote: not found in paragraph", broken,
                           quote_line, quote_column);
  g_assert_true (g_str_has_prefix (lines[0], dup));
  g_assert_true (g_str_has_prefix (lines[1], quote));
}

static void
test_validate_missing_and_usage (void)
{
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (run ((const char *[]) { "--validate", "/nonexistent.json", NULL }, &out, &err), ==, 1);
  g_assert_true (g_str_has_prefix (out, "/nonexistent.json: "));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run ((const char *[]) { "--validate", NULL }, &out, &err), ==, 2);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run ((const char *[]) { "--no-such-option", NULL }, &out, &err), ==, 2);
}

static JsonObject *
export_quiz (const char * const *args,
             JsonParser         *parser)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (run (args, &out, &err), ==, 0);
  json_parser_load_from_data (parser, out, -1, &error);
  g_assert_no_error (error);
  return json_node_get_object (json_parser_get_root (parser));
}

static void
test_export_quiz (void)
{
  g_autoptr(JsonParser) p1 = json_parser_new ();
  g_autoptr(JsonParser) p2 = json_parser_new ();
  g_autoptr(JsonParser) p3 = json_parser_new ();
  g_autoptr(JsonParser) p4 = json_parser_new ();
  const char *a1[] = { "--export-quiz", "--seed", "42", "--count", "12", NULL };
  JsonObject *q1 = export_quiz (a1, p1);
  JsonObject *q3, *q4;
  JsonArray *questions = json_object_get_array_member (q1, "questions");
  g_autofree char *t1 = NULL;
  g_autofree char *t2 = NULL;
  g_autofree char *t3 = NULL;
  const char *code;

  export_quiz (a1, p2);
  t1 = json_to_string (json_parser_get_root (p1), FALSE);
  t2 = json_to_string (json_parser_get_root (p2), FALSE);
  g_assert_cmpstr (json_object_get_string_member (q1, "pack"), ==, "japan-cybersecurity");
  g_assert_cmpuint (json_array_get_length (questions), ==, 12);
  /* Same seed, same quiz. */
  g_assert_cmpstr (t1, ==, t2);

  for (guint i = 0; i < json_array_get_length (questions); i++)
    {
      JsonObject *q = json_array_get_object_element (questions, i);
      JsonObject *source = json_object_get_object_member (q, "source");

      g_assert_true (json_object_has_member (q, "id"));
      g_assert_true (json_object_has_member (q, "type"));
      g_assert_true (json_object_has_member (q, "prompt"));
      g_assert_true (json_object_has_member (q, "choices"));
      g_assert_true (json_object_has_member (q, "answers"));
      g_assert_true (json_object_has_member (q, "explanation"));
      g_assert_nonnull (source);
      g_assert_cmpint (json_object_get_int_member (source, "start"), <,
                       json_object_get_int_member (source, "end"));
    }

  /* The quiz code gives the same quiz. */
  code = json_object_get_string_member (q1, "code");
  q3 = export_quiz ((const char *[]) { "--export-quiz", "--code", code, NULL }, p3);
  t3 = json_to_string (json_parser_get_root (p3), FALSE);
  g_assert_cmpstr (t3, ==, t1);
  (void) q3;

  /* Types restrict the questions. */
  q4 = export_quiz ((const char *[]) { "--export-quiz", "--types", "event-year", "--count", "5", NULL }, p4);
  questions = json_object_get_array_member (q4, "questions");
  g_assert_cmpuint (json_array_get_length (questions), >, 0);
  for (guint i = 0; i < json_array_get_length (questions); i++)
    g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (questions, i), "type"),
                     ==, "event-year");
}

static void
test_export_quiz_errors (void)
{
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (run ((const char *[]) { "--export-quiz", "--types", "nonsense", NULL }, &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, "nonsense"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run ((const char *[]) { "--export-quiz", "--code", "!!!", NULL }, &out, &err), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/validate-ok", test_validate_ok);
  g_test_add_func ("/cli/validate-broken", test_validate_broken);
  g_test_add_func ("/cli/validate-missing-and-usage", test_validate_missing_and_usage);
  g_test_add_func ("/cli/export-quiz", test_export_quiz);
  g_test_add_func ("/cli/export-quiz-errors", test_export_quiz_errors);

  return g_test_run ();
}
