/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "lectern-core.h"

static char *
test_pack_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "packs", name, NULL);
}

static JsonNode *
load_minimal (void)
{
  g_autofree char *path = test_pack_path ("minimal.json");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

/* Walks "events[1].quote" style paths to the parent container. */
static JsonNode *
walk (JsonNode    *root,
      const char  *path,
      char       **last_member,
      int         *last_index)
{
  g_auto(GStrv) parts = g_strsplit_set (path, ".[]", -1);
  JsonNode *node = root;
  guint n = 0;
  g_autoptr(GPtrArray) steps = g_ptr_array_new ();

  for (guint i = 0; parts[i]; i++)
    if (*parts[i])
      g_ptr_array_add (steps, parts[i]);
  n = steps->len;
  for (guint i = 0; i + 1 < n; i++)
    {
      const char *step = g_ptr_array_index (steps, i);
      if (JSON_NODE_HOLDS_ARRAY (node))
        node = json_array_get_element (json_node_get_array (node), atoi (step));
      else
        node = json_object_get_member (json_node_get_object (node), step);
      g_assert_nonnull (node);
    }
  *last_member = g_strdup (g_ptr_array_index (steps, n - 1));
  *last_index = JSON_NODE_HOLDS_ARRAY (node) ? atoi (*last_member) : -1;
  return node;
}

/* Sets (or with @json NULL removes) the value at @path. */
static void
mutate (JsonNode   *root,
        const char *path,
        const char *json)
{
  g_autofree char *member = NULL;
  int index;
  JsonNode *parent = walk (root, path, &member, &index);
  JsonNode *value = json ? json_from_string (json, NULL) : NULL;

  g_assert_true (json == NULL || value != NULL);
  if (JSON_NODE_HOLDS_ARRAY (parent))
    {
      JsonArray *array = json_node_get_array (parent);
      g_assert_nonnull (value);
      if ((guint) index < json_array_get_length (array))
        {
          /* replace: rebuild the array */
          g_autoptr(JsonArray) copy = json_array_new ();
          for (guint i = 0; i < json_array_get_length (array); i++)
            json_array_add_element (copy, i == (guint) index
                                            ? json_node_copy (value)
                                            : json_node_copy (json_array_get_element (array, i)));
          json_node_set_array (parent, copy);
          json_node_unref (value);
        }
      else
        json_array_add_element (array, value);
    }
  else if (value)
    json_object_set_member (json_node_get_object (parent), member, value);
  else
    json_object_remove_member (json_node_get_object (parent), member);
}

static LecternPack *
load_node (JsonNode   *root,
           GPtrArray **problems,
           GError    **error)
{
  char *text = json_to_string (root, TRUE);
  gsize len = strlen (text);
  g_autoptr(GBytes) bytes = g_bytes_new_take (text, len);

  return lectern_pack_load_bytes (bytes, "test.json", problems, error);
}

static LecternPack *
load_text (const char  *text,
           GPtrArray  **problems,
           GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  return lectern_pack_load_bytes (bytes, "test.json", problems, error);
}

/* "FILE: PATH: message", without the line and column (which
 * test_locations checks). */
static char *
problem_line (LecternProblem *p)
{
  if (p->path[0] == '\0')
    return g_strdup_printf ("%s: %s", p->file, p->message);
  return g_strdup_printf ("%s: %s: %s", p->file, p->path, p->message);
}

static void
assert_problems (GPtrArray          *problems,
                 const char * const *expected)
{
  guint n = g_strv_length ((char **) expected);

  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *line = lectern_problem_to_string (g_ptr_array_index (problems, i));
      g_test_message ("problem: %s", line);
    }
  g_assert_cmpuint (problems->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      LecternProblem *p = g_ptr_array_index (problems, i);
      g_autofree char *line = problem_line (p);

      g_assert_cmpstr (p->file, ==, "test.json");
      g_assert_true (g_str_has_prefix (line, expected[i]));
    }
}

static void
test_minimal (void)
{
  g_autoptr(JsonNode) root = load_minimal ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternPack) pack = load_node (root, &problems, &error);
  g_autoptr(LecternEvent) first = NULL;
  LecternEvent *event;
  LecternParagraph *paragraph;
  g_autofree char *quote = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (pack);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpstr (lectern_pack_get_id (pack), ==, "kestrel-point");
  g_assert_cmpuint (g_list_model_get_n_items (lectern_pack_get_paragraphs (pack)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (lectern_pack_get_entities (pack)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (lectern_pack_get_events (pack)), ==, 2);

  /* The quote's character range holds the quote. */
  first = g_list_model_get_item (lectern_pack_get_events (pack), 0);
  event = lectern_pack_lookup_event (pack, lectern_event_get_id (first));
  g_assert_true (event == first);
  paragraph = lectern_pack_lookup_paragraph (pack, lectern_event_get_paragraph_id (event));
  g_assert_nonnull (paragraph);
  quote = g_utf8_substring (lectern_paragraph_get_text (paragraph),
                            lectern_event_get_quote_start (event),
                            lectern_event_get_quote_end (event));
  g_assert_cmpstr (quote, ==, lectern_event_get_quote (event));
  g_assert_finalize_object (g_steal_pointer (&pack));
}

static const struct
{
  const char *name;
  const char *mutations[8]; /* pairs: path, json value (NULL removes) */
  const char *expected[6];
} mutation_cases[] = {
  { "missing-title", { "title", NULL }, { "test.json: title: missing required field" } },
  { "title-number", { "title", "42" }, { "test.json: title: expected a string, found a number" } },
  { "title-empty", { "title", "\"  \"" }, { "test.json: title: must not be empty" } },
  { "unknown-kind", { "entities[0].kind", "\"building\"" },
    { "test.json: entities[0].kind: unknown kind “building”" } },
  { "duplicate-entity", { "entities[1].id", "\"kestrel-point-lighthouse\"" },
    { "test.json: entities[1].id: duplicate entity id “kestrel-point-lighthouse”",
      "test.json: events[0].entities[1]: unknown entity “westmere-harbour-board”" } },
  { "unknown-entity-ref", { "events[1].entities", "[\"nobody\"]" },
    { "test.json: events[1].entities[0]: unknown entity “nobody”" } },
  { "unknown-entity-after-bad-element", { "events[1].entities", "[7, \"nobody\"]" },
    { "test.json: events[1].entities[0]: expected a string, found a number",
      "test.json: events[1].entities[1]: unknown entity “nobody”" } },
  { "quote-not-found", { "events[0].quote", "\"built in 1853\"" },
    { "test.json: events[0].quote: not found in paragraph “p1”" } },
  { "unknown-paragraph", { "events[0].paragraph", "\"p99\"" },
    { "test.json: events[0].paragraph: unknown paragraph “p99”" } },
  { "malformed-date", { "events[0].date", "\"1852-13\"" },
    { "test.json: events[0].date: “1852-13” is not a date" } },
  { "reversed-range", { "events[0].end", "\"1800\"" },
    { "test.json: events[0].end: end 1800 is before the start 1852" } },
  { "future-version", { "version", "2" },
    { "test.json: version: version 2 is newer than this Lectern understands" } },
  { "wrong-format", { "format", "\"other\"" },
    { "test.json: format: unsupported format “other”" } },
  { "bad-id", { "id", "\"Kestrel Point\"" }, { "test.json: id: “Kestrel Point” is not a valid id" } },
  { "typo-member", { "entities[0].aliasses", "[]" },
    { "test.json: entities[0].aliasses: unknown member" } },
  { "background-string", { "events[1].background", "\"no\"" },
    { "test.json: events[1].background: expected true or false, found a string" } },
  { "alias-blank", { "entities[0].aliases", "[\" \\t\\n \"]" },
    { "test.json: entities[0].aliases[0]: must not be empty" } },
  { "unicode-blank", { "title", "\"\u00a0\"", "entities[1].summary", "\"\u3000 \u2003\"",
                       "entities[1].aliases", "[\"\u00a0\"]" },
    { "test.json: title: must not be empty",
      "test.json: entities[1].aliases[0]: must not be empty",
      "test.json: entities[1].summary: must not be empty" } },
  { "entity-twice", { "events[0].entities",
                      "[\"westmere-harbour-board\", \"kestrel-point-lighthouse\", "
                      "\"westmere-harbour-board\"]" },
    { "test.json: events[0].entities[2]: entity “westmere-harbour-board” is listed twice, "
      "first at line" } },
  { "name-punctuation", { "entities[0].name", "\"“Kestrel Point lighthouse”\"" },
    { "test.json: entities[0].name: starts with ““”, so it is never found in the text" } },
  { "alias-space", { "entities[0].aliases", "[\" lighthouse\", \"lighthouse\\u3000\", "
                     "\"U.S.\", \"(lighthouse)\", \"\u0301a\"]" },
    { "test.json: entities[0].aliases[0]: starts with white space",
      "test.json: entities[0].aliases[1]: ends with white space",
      "test.json: entities[0].aliases[3]: starts with “(”" } },
  { "language-underscore", { "language", "\"en_US\"" },
    { "test.json: language: “en_US” is not a BCP 47 language tag; write “en-US”" } },
  { "two-problems-at-once",
    { "events[1].quote", "\"no such words\"", "entities[1].summary", "[1]" },
    { "test.json: entities[1].summary: expected a string, found an array",
      "test.json: events[1].quote: not found in paragraph" } },
};

static void
test_mutations (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (mutation_cases); i++)
    {
      g_autoptr(JsonNode) root = load_minimal ();
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(LecternPack) pack = NULL;
      g_auto(GStrv) lines = NULL;

      g_test_message ("case %s", mutation_cases[i].name);
      for (guint m = 0; mutation_cases[i].mutations[m]; m += 2)
        mutate (root, mutation_cases[i].mutations[m], mutation_cases[i].mutations[m + 1]);

      pack = load_node (root, &problems, &error);
      g_assert_null (pack);
      g_assert_error (error, LECTERN_PACK_ERROR, LECTERN_PACK_ERROR_INVALID);
      assert_problems (problems, mutation_cases[i].expected);
      /* The error message lists them too, one per line. */
      lines = g_strsplit (error->message, "\n", -1);
      g_assert_cmpuint (g_strv_length (lines), ==, problems->len);
    }
}

/* The minimal pack's text, with @from (which must occur once) replaced by
 * @to. */
static char *
minimal_text_with (const char *from,
                   const char *to)
{
  g_autofree char *path = test_pack_path ("minimal.json");
  g_autofree char *text = NULL;
  const char *at;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  if (from == NULL)
    return g_steal_pointer (&text);
  at = strstr (text, from);
  g_assert_nonnull (at);
  g_assert_null (strstr (at + 1, from));
  return g_strdup_printf ("%.*s%s%s", (int) (at - text), text, to, at + strlen (from));
}

/* Line and column (in characters) of @at in @text, counted here, not by
 * the loader. */
static void
place_at (const char *text,
          const char *at,
          guint      *line,
          guint      *column)
{
  const char *line_start = text;

  *line = 1;
  for (const char *c = text; c < at; c++)
    if (*c == '\n')
      {
        (*line)++;
        line_start = c + 1;
      }
  *column = (guint) g_utf8_strlen (line_start, at - line_start) + 1;
}

/* Where the first @needle after @from (or after the start) is. */
static const char *
find (const char *text,
      const char *from,
      const char *needle)
{
  const char *at = strstr (from ? from : text, needle);

  g_assert_nonnull (at);
  return at;
}

/* The one problem at @path (failing if there is not exactly one). */
static LecternProblem *
problem_at (GPtrArray  *problems,
            const char *path)
{
  LecternProblem *found = NULL;

  g_assert_nonnull (problems);
  for (guint i = 0; i < problems->len; i++)
    {
      LecternProblem *p = g_ptr_array_index (problems, i);

      if (strcmp (p->path, path) == 0)
        {
          g_assert_null (found);
          found = p;
        }
    }
  if (found == NULL)
    g_error ("no problem at %s", path);
  return found;
}

static void
assert_place (LecternProblem *problem,
              const char     *text,
              const char     *at)
{
  guint line, column;

  place_at (text, at, &line, &column);
  if (problem->line != line || problem->column != column)
    g_error ("%s: at %u:%u, expected %u:%u", problem->path, problem->line, problem->column,
             line, column);
}

/* Every problem is located at the value it is about, a missing member at
 * the object that lacks it, an unknown member at its name; columns count
 * characters; problems found out of the order of the text are located too. */
static void
test_locations (void)
{
  g_autofree char *a = minimal_text_with ("\"title\": \"The lighthouse at Kestrel Point\"",
                                          "\"title\": 42, \"coulour\": \"Ærø “x” 😀\", \"colour\": 1");
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;
  g_autofree char *d = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;
  LecternProblem *p;
  guint title_line, title_column;

  g_assert_null (load_text (a, &problems, &error));
  assert_place (problem_at (problems, "title"), a, find (a, NULL, "42"));
  assert_place (problem_at (problems, "coulour"), a, find (a, NULL, "\"coulour\""));
  /* After “Ærø “x” 😀”: the column counts 8 characters there, not 17 bytes. */
  assert_place (problem_at (problems, "colour"), a, find (a, NULL, "\"colour\""));
  /* FILE:LINE:COLUMN: PATH: problem */
  place_at (a, find (a, NULL, "42"), &title_line, &title_column);
  line = lectern_problem_to_string (problem_at (problems, "title"));
  {
    g_autofree char *prefix = g_strdup_printf ("test.json:%u:%u: title: expected a string",
                                               title_line, title_column);
    g_assert_true (g_str_has_prefix (line, prefix));
  }
  g_clear_pointer (&problems, g_ptr_array_unref);
  g_clear_error (&error);

  /* A missing member: at the opening brace of the object without it. */
  b = minimal_text_with ("      \"summary\": \"A stone lighthouse guarding the approach to a small "
                         "harbour.\",\n", "");
  g_assert_null (load_text (b, &problems, &error));
  assert_place (problem_at (problems, "entities[0].summary"), b,
                find (b, find (b, NULL, "\"entities\""), "{"));
  g_clear_pointer (&problems, g_ptr_array_unref);
  g_clear_error (&error);

  /* The whole pack on one line: the place is a column far along it. The
   * unknown member at the end of the top level is reported before the
   * bad kind that comes earlier in the text. */
  c = minimal_text_with ("\"kind\": \"organization\"", "\"kind\": \"firm\"");
  g_strdelimit (c, "\n", ' ');
  c[strlen (c) - 2] = '\0'; /* drop "} " */
  {
    g_autofree char *e = g_strdup_printf ("%s, \"colour\": 1}", c);

    g_assert_null (load_text (e, &problems, &error));
    assert_place (problem_at (problems, "colour"), e, find (e, NULL, "\"colour\""));
    assert_place (problem_at (problems, "entities[1].kind"), e, find (e, NULL, "\"firm\""));
    g_assert_cmpuint (problem_at (problems, "entities[1].kind")->line, ==, 1);
    g_assert_cmpuint (problem_at (problems, "entities[1].kind")->column, >, 1000);
    g_clear_pointer (&problems, g_ptr_array_unref);
    g_clear_error (&error);
  }

  /* A JSON syntax error: located, and the message no longer carries the
   * place. */
  d = minimal_text_with ("\"version\": 1,", "\"version\": 1,,");
  g_assert_null (load_text (d, &problems, &error));
  g_assert_error (error, LECTERN_PACK_ERROR, LECTERN_PACK_ERROR_SYNTAX);
  g_assert_cmpuint (problems->len, ==, 1);
  p = g_ptr_array_index (problems, 0);
  assert_place (p, d, find (d, NULL, ",,") + 1);
  g_assert_cmpstr (p->message, ==, "not valid JSON: expected a member name in double quotes");
}

/* A member given twice is reported at the second, naming the first: in
 * the top level, nested objects and list elements. */
static void
test_duplicate_members (void)
{
  static const struct { const char *from, *to, *path, *name; } cases[] = {
    { "\"quote\": \"was built in 1852\",",
      "\"quote\": \"NOT IN TEXT\", \"quote\": \"was built in 1852\",", "events[0].quote",
      "\"quote\"" },
    { "\"name\": \"Test Author\",", "\"name\": \"Test Author\",\n \"name\": \"Someone Else\",",
      "author.name", "\"name\"" },
    { "\"version\": 1,", "\"version\": 1, \"version\": 1,", "version", "\"version\"" },
    { "\"id\": \"p2\",", "\"id\": \"p2\", \"text\": \"x\", \"id\": \"p2\",",
      "sections[0].paragraphs[1].id", "\"id\"" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = minimal_text_with (cases[i].from, cases[i].to);
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *expected = NULL;
      const char *first = find (text, find (text, NULL, cases[i].to), cases[i].name);
      const char *second = find (text, first + 1, cases[i].name);
      guint line, column;
      LecternProblem *p;

      g_test_message ("case %s", cases[i].path);
      g_assert_null (load_text (text, &problems, &error));
      p = problem_at (problems, cases[i].path);
      assert_place (p, text, second);
      place_at (text, first, &line, &column);
      expected = g_strdup_printf ("“%.*s” is given twice, first at line %u, column %u",
                                  (int) strlen (cases[i].name) - 2, cases[i].name + 1, line,
                                  column);
      g_assert_true (g_str_has_prefix (p->message, expected));
    }
}

/* A small, correct BCP 47 check (RFC 5646 syntax; primary language
 * subtags of two or three letters). */
static void
test_language_tags (void)
{
  static const char * const valid[] = {
    "en", "ja", "de-CH", "en-GB", "zh-Hant-TW", "sr-Latn-RS", "es-419", "de-CH-1901",
    "sl-rozaj-biske", "en-US-x-twain", "x-whatever", "i-klingon", "en-GB-oed", "zh-min-nan",
    "hy-Latn-IT-arevela", "en-a-bbb-x-a-ccc", "EN-gb", "yue-HK", "ar-a-aaa-b-bbb-a-ccc",
  };
  static const char * const invalid[] = {
    "en_US", "english", "e", "en-", "-en", "en--US", "1en", "en-US-", "en-a", "en-x",
    "de-419-DE", "a-DE", "en-Latn-Latn", "abcdefghi", "en-ab-cd", "en-u-toolongvalue1",
    "日本語", "en US", "x", "en-GB-a",
  };

  for (guint i = 0; i < G_N_ELEMENTS (valid) + G_N_ELEMENTS (invalid); i++)
    {
      gboolean ok = i < G_N_ELEMENTS (valid);
      const char *tag = ok ? valid[i] : invalid[i - G_N_ELEMENTS (valid)];
      g_autoptr(JsonNode) root = load_minimal ();
      g_autoptr(JsonNode) value = json_node_init_string (json_node_alloc (), tag);
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(LecternPack) pack = NULL;
      g_autofree char *json = json_to_string (value, FALSE);

      mutate (root, "language", json);
      pack = load_node (root, &problems, &error);
      if (ok != (pack != NULL))
        g_error ("“%s” should be %s", tag, ok ? "accepted" : "refused");
      if (!ok)
        g_assert_true (g_str_has_suffix (problem_at (problems, "language")->message,
                                         "is not a BCP 47 language tag (such as “en”, "
                                         "“en-GB” or “ja”)") ||
                       strstr (problem_at (problems, "language")->message, "write") != NULL);
      else
        g_assert_cmpstr (lectern_pack_get_language (pack), ==, tag);
    }
}

/* "title\u0000x" is not "title": it is refused, and does not override it. */
static void
test_nul_in_member_name (void)
{
  g_autofree char *text = minimal_text_with ("\"title\": \"The lighthouse at Kestrel Point\",",
                                             "\"title\": \"The lighthouse at Kestrel Point\", "
                                             "\"title\\u0000x\": \"Another\",");
  g_autofree char *alone = minimal_text_with ("\"title\": \"The lighthouse at Kestrel Point\",",
                                              "\"title\\u0000\": \"Another\",");
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  LecternProblem *p;

  g_assert_null (load_text (text, &problems, &error));
  g_assert_cmpuint (problems->len, ==, 1);
  p = problem_at (problems, "title\\u0000x");
  g_assert_true (g_str_has_prefix (p->message, "a member name must not contain \\u0000"));
  assert_place (p, text, find (text, NULL, "\"title\\u0000x\""));
  g_clear_pointer (&problems, g_ptr_array_unref);
  g_clear_error (&error);

  /* Alone, it leaves the pack without a title. */
  g_assert_null (load_text (alone, &problems, &error));
  g_assert_cmpuint (problems->len, ==, 2);
  problem_at (problems, "title\\u0000");
  g_assert_cmpstr (problem_at (problems, "title")->message, ==, "missing required field");
}

/* An event listing one entity many times: every repeat is reported once,
 * past the size where a hash table takes over from comparing each with
 * each. */
static void
test_entity_repeats (void)
{
  for (guint n = 3; n < 40; n += 6)
    {
      g_autoptr(JsonNode) root = load_minimal ();
      g_autoptr(GString) list = g_string_new ("[\"westmere-harbour-board\"");
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(GError) error = NULL;

      for (guint i = 1; i < n; i++)
        g_string_append (list, i % 2 ? ", \"kestrel-point-lighthouse\"" : ", \"westmere-harbour-board\"");
      g_string_append_c (list, ']');
      mutate (root, "events[0].entities", list->str);
      g_assert_null (load_node (root, &problems, &error));
      /* n entries of two entities: n - 2 repeats. */
      g_assert_cmpuint (problems->len, ==, n - 2);
      for (guint i = 0; i < problems->len; i++)
        {
          LecternProblem *p = g_ptr_array_index (problems, i);
          g_autofree char *path = g_strdup_printf ("events[0].entities[%u]", i + 2);

          g_assert_cmpstr (p->path, ==, path);
          g_assert_nonnull (strstr (p->message, "is listed twice, first at line"));
        }
    }
}

static void
test_raw_checks (void)
{
  static const struct { const char *name; gsize len; const char *text; int code; } cases[] = {
    { "empty", 0, "", LECTERN_PACK_ERROR_SYNTAX },
    { "nul", 5, "{\"a\0", LECTERN_PACK_ERROR_ENCODING },
    { "latin1", 0, "{\"title\": \"caf\xe9\"}", LECTERN_PACK_ERROR_ENCODING },
    { "bom", 0, "\xef\xbb\xbf{}", LECTERN_PACK_ERROR_ENCODING },
    { "utf16le", 4, "{\0}\0", LECTERN_PACK_ERROR_ENCODING },
    { "utf16be-bom", 6, "\xfe\xff\0{\0}", LECTERN_PACK_ERROR_ENCODING },
    { "utf32le-bom", 12, "\xff\xfe\0\0{\0\0\0}\0\0\0", LECTERN_PACK_ERROR_ENCODING },
    { "utf32be", 8, "\0\0\0{\0\0\0}", LECTERN_PACK_ERROR_ENCODING },
    { "trailing", 0, "{}\n\n  x", LECTERN_PACK_ERROR_SYNTAX },
    { "deep", 0, "{\"a\": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["
      "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]"
      "]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}", LECTERN_PACK_ERROR_TOO_DEEP },
    { "syntax", 0, "{\"format\": ", LECTERN_PACK_ERROR_SYNTAX },
    { "array-top", 0, "[1, 2]", LECTERN_PACK_ERROR_INVALID },
    { "string-top", 0, "\"pack\"", LECTERN_PACK_ERROR_INVALID },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gsize len = cases[i].len ? cases[i].len : strlen (cases[i].text);
      g_autoptr(GBytes) bytes = g_bytes_new (cases[i].text, len);
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(GError) error = NULL;
      LecternPack *pack;

      g_test_message ("case %s", cases[i].name);
      pack = lectern_pack_load_bytes (bytes, "raw.json", &problems, &error);
      g_assert_null (pack);
      g_assert_error (error, LECTERN_PACK_ERROR, cases[i].code);
      g_assert_true (g_str_has_prefix (error->message, "raw.json: ") ||
                     g_str_has_prefix (error->message, "raw.json:"));
      g_assert_nonnull (problems);
      g_assert_cmpuint (problems->len, ==, 1);
    }
}

static void
test_deep_nesting (void)
{
  /* json-glib 1.6 would overflow its stack; the loader must refuse first. */
  const guint depth = 200000;
  GString *text = g_string_new ("{\"x\": ");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < depth; i++)
    g_string_append_c (text, '[');
  for (guint i = 0; i < depth; i++)
    g_string_append_c (text, ']');
  g_string_append_c (text, '}');
  bytes = g_string_free_to_bytes (text);
  g_assert_null (lectern_pack_load_bytes (bytes, "deep.json", NULL, &error));
  g_assert_error (error, LECTERN_PACK_ERROR, LECTERN_PACK_ERROR_TOO_DEEP);

  /* Brackets inside strings do not count. */
  g_clear_error (&error);
  {
    g_autoptr(GString) s = g_string_new ("{\"title\": \"");
    g_autoptr(GPtrArray) problems = NULL;

    for (guint i = 0; i < 1000; i++)
      g_string_append (s, "[{");
    g_string_append (s, "\"}");
    g_assert_null (load_text (s->str, &problems, &error));
    g_assert_error (error, LECTERN_PACK_ERROR, LECTERN_PACK_ERROR_INVALID);
  }
}

static void
test_too_large (void)
{
  gsize size = LECTERN_PACK_MAX_SIZE + 1;
  char *data = g_malloc (size);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  memset (data, ' ', size);
  bytes = g_bytes_new_take (data, size);
  g_assert_null (lectern_pack_load_bytes (bytes, "big.json", NULL, &error));
  g_assert_error (error, LECTERN_PACK_ERROR, LECTERN_PACK_ERROR_TOO_LARGE);
}

static void
test_many_duplicates_capped (void)
{
  g_autoptr(JsonNode) root = load_minimal ();
  JsonArray *entities = json_object_get_array_member (json_node_get_object (root), "entities");
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 5000; i++)
    json_array_add_element (entities, json_node_copy (json_array_get_element (entities, 0)));
  g_assert_null (load_node (root, &problems, &error));
  /* Listed up to a limit, then counted. */
  g_assert_cmpuint (problems->len, ==, 201);
  g_assert_nonnull (strstr (((LecternProblem *) g_ptr_array_index (problems, 200))->message,
                            "more problems"));
}

static void
test_files (void)
{
  static const struct { const char *file; guint n_problems; const char *paths[3]; } cases[] = {
    { "broken-quote-dup-id.json", 2, { "entities[1].id", "events[1].quote" } },
    { "many-problems.json", 8, { "language", "author.name" } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = test_pack_path (cases[i].file);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_null (lectern_pack_load_file (file, &problems, &error));
      g_assert_error (error, LECTERN_PACK_ERROR, LECTERN_PACK_ERROR_INVALID);
      g_assert_cmpuint (problems->len, ==, cases[i].n_problems);
      for (guint p = 0; cases[i].paths[p]; p++)
        {
          gboolean found = FALSE;
          for (guint k = 0; k < problems->len; k++)
            found |= g_strcmp0 (((LecternProblem *) g_ptr_array_index (problems, k))->path,
                                cases[i].paths[p]) == 0;
          g_assert_true (found);
        }
      g_assert_cmpstr (((LecternProblem *) g_ptr_array_index (problems, 0))->file, ==, path);
    }

  {
    g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/pack.json");
    g_autoptr(GError) error = NULL;
    g_assert_null (lectern_pack_load_file (missing, NULL, &error));
    g_assert_error (error, LECTERN_PACK_ERROR, LECTERN_PACK_ERROR_READ);
    g_assert_true (g_str_has_prefix (error->message, "/nonexistent/pack.json: "));
  }
}

/* Whole lines: the JSON paths are written out only when a problem is found,
 * so every kind of step is checked here. */
static const struct
{
  const char *name;
  const char *mutations[4]; /* pairs: path, json value (NULL removes) */
  const char *expected[3];
} path_cases[] = {
  { "top-level-member", { "extra", "1" },
    { "test.json: extra: unknown member (not part of the pack format)" } },
  { "nested-member", { "author.aliasses", "[]" },
    { "test.json: author.aliasses: unknown member (not part of the pack format)" } },
  { "list-element", { "entities[0].aliases", "[\"ok\", \"\"]" },
    { "test.json: entities[0].aliases[1]: must not be empty" } },
  { "paragraph-element",
    { "sections[0].paragraphs[1]", "7" },
    { "test.json: sections[0].paragraphs[1]: expected an object, found a number",
      "test.json: events[1].paragraph: unknown paragraph “p2”" } },
  { "duplicate-paragraph",
    { "sections[1]", "{\"id\": \"more\", \"paragraphs\": [{\"id\": \"p1\", \"text\": \"x\"}]}" },
    { "test.json: sections[1].paragraphs[0].id: duplicate paragraph id “p1” "
      "(first used at sections[0].paragraphs[0])" } },
  { "duplicate-section",
    { "sections[1]", "{\"id\": \"main\", \"paragraphs\": [{\"id\": \"p9\", \"text\": \"x\"}]}" },
    { "test.json: sections[1].id: duplicate section id “main” (first used at sections[0])" } },
  { "duplicate-era",
    { "eras[1]", "{\"id\": \"keepers\", \"start\": \"1900\", \"end\": \"1901\", \"title\": \"t\"}" },
    { "test.json: eras[1].id: duplicate era id “keepers” (first used at eras[0])" } },
  { "duplicate-event",
    { "events[1].id", "\"lighthouse-built\"" },
    { "test.json: events[1].id: duplicate event id “lighthouse-built” (first used at events[0])" } },
};

static void
test_paths (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (path_cases); i++)
    {
      g_autoptr(JsonNode) root = load_minimal ();
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(GError) error = NULL;
      guint n = g_strv_length ((char **) path_cases[i].expected);

      g_test_message ("case %s", path_cases[i].name);
      for (guint m = 0; path_cases[i].mutations[m]; m += 2)
        mutate (root, path_cases[i].mutations[m], path_cases[i].mutations[m + 1]);
      g_assert_null (load_node (root, &problems, &error));
      g_assert_error (error, LECTERN_PACK_ERROR, LECTERN_PACK_ERROR_INVALID);
      g_assert_cmpuint (problems->len, ==, n);
      for (guint p = 0; p < n; p++)
        {
          g_autofree char *line = problem_line (g_ptr_array_index (problems, p));
          g_assert_cmpstr (line, ==, path_cases[i].expected[p]);
        }
    }
}

/* Problems also name their element as people count and call it (the
 * problems dialog shows this, not the zero-based JSON path). */
static void
test_problem_places (void)
{
  static const struct { const char *path; const char *json; const char *place; } cases[] = {
    { "events[1].quote", "\"A sentence the text never says.\"",
      "event 2, “electric-lamp”, quote" },
    { "entities[0].aliases[0]", "\"\"", "entity 1, “kestrel-point-lighthouse”, aliases, item 1" },
    { "sections[0].paragraphs[1].text", "\"\"", "section 1, “main”, paragraph 2, “p2”, text" },
    { "title", "\"\"", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JsonNode) root = load_minimal ();
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(GError) error = NULL;
      LecternProblem *problem;

      g_test_message ("case %s", cases[i].path);
      mutate (root, cases[i].path, cases[i].json);
      g_assert_null (load_node (root, &problems, &error));
      g_assert_cmpuint (problems->len, >=, 1);
      problem = g_ptr_array_index (problems, 0);
      g_assert_cmpstr (problem->path, ==, cases[i].path);
      g_assert_cmpstr (problem->element, ==, cases[i].place);
      g_assert_cmpstr (lectern_problem_get_place (problem), ==,
                       cases[i].place ? cases[i].place : cases[i].path);
    }
}

/* Quote ranges and paragraph lengths count characters of one to four bytes,
 * at every alignment. */
static void
test_quote_offsets (void)
{
  static const char * const pieces[] = { "a", "é", "日", "😀", " " };
  const char *quote = "Zürich 1852 ✓ done";

  for (guint length = 0; length < 24; length++)
    {
      g_autoptr(JsonNode) root = load_minimal ();
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(LecternPack) pack = NULL;
      g_autofree char *text_json = NULL;
      g_autofree char *quote_json = NULL;
      LecternEvent *event;
      LecternParagraph *paragraph;
      glong start;

      for (guint i = 0; i < length; i++)
        g_string_append (text, pieces[(i * 7 + length) % G_N_ELEMENTS (pieces)]);
      start = g_utf8_strlen (text->str, -1);
      g_string_append (text, quote);
      for (guint i = 0; i < length % 11; i++)
        g_string_append (text, pieces[i % G_N_ELEMENTS (pieces)]);

      text_json = g_strdup_printf ("\"%s\"", text->str);
      quote_json = g_strdup_printf ("\"%s\"", quote);
      mutate (root, "sections[0].paragraphs[0].text", text_json);
      mutate (root, "events[0].quote", quote_json);
      pack = load_node (root, &problems, &error);
      g_assert_no_error (error);

      event = lectern_pack_lookup_event (pack, "lighthouse-built");
      paragraph = lectern_pack_lookup_paragraph (pack, "p1");
      g_assert_cmpuint (lectern_event_get_quote_start (event), ==, start);
      g_assert_cmpuint (lectern_event_get_quote_end (event), ==, start + g_utf8_strlen (quote, -1));
      g_assert_cmpuint (lectern_paragraph_get_length (paragraph), ==,
                        g_utf8_strlen (text->str, -1));
    }
}

/* The loader's UTF-8 check gives the answer, and the place, that
 * g_utf8_validate_len () gives, for random mixes of valid and broken
 * sequences: the text is one line, so the column is one more than the
 * characters before the first bad byte. */
static void
test_utf8_check (void)
{
  static const char * const pieces[] = {
    "a", "bcdefgh", "\xc3\xa9", "\xe6\x97\xa5", "\xf0\x9f\x98\x80", /* valid */
    "\xc3", "\xa9", "\xe6\x97", "\xf0\x9f", "\xff", "\xc0\xaf", /* broken or cut */
    "\xed\xa0\x80", "\xf4\x90\x80\x80", /* a surrogate, beyond U+10FFFF */
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (6);

  for (guint round = 0; round < 3000; round++)
    {
      g_autoptr(GString) text = g_string_new ("{\"title\": \"");
      guint n = g_rand_int_range (rand, 0, 12);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *expected = NULL;
      const char *end;

      for (guint i = 0; i < n; i++)
        {
          if (g_rand_int_range (rand, 0, 40) == 0)
            g_string_append_len (text, "", 1); /* a NUL */
          else
            g_string_append (text, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
        }
      g_string_append (text, "\"}");
      bytes = g_bytes_new (text->str, text->len);
      g_assert_null (lectern_pack_load_bytes (bytes, "utf8.json", NULL, &error));

      if (g_utf8_validate_len (text->str, text->len, &end))
        {
          g_assert_false (g_error_matches (error, LECTERN_PACK_ERROR, LECTERN_PACK_ERROR_ENCODING));
          continue;
        }
      g_assert_error (error, LECTERN_PACK_ERROR, LECTERN_PACK_ERROR_ENCODING);
      expected = g_strdup_printf ("utf8.json:1:%ld: %s", g_utf8_strlen (text->str, end - text->str) + 1,
                                  *end == '\0' ? "contains a NUL byte" : "not valid UTF-8");
      if (!g_str_has_prefix (error->message, expected))
        g_error ("round %u: “%s” does not say “%s”", round, error->message, expected);
    }
}

/* An entity's search key and an event's date label are made on first use,
 * once. */
static void
test_lazy_fields (void)
{
  g_autoptr(JsonNode) root = load_minimal ();
  g_autoptr(LecternPack) pack = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected_key = NULL;
  g_autofree char *expected_label = NULL;
  g_autofree char *property_label = NULL;
  LecternEntity *entity;
  LecternEvent *event;
  const char *key;

  mutate (root, "events[1].end", "\"1958\"");
  pack = load_node (root, NULL, &error);
  g_assert_no_error (error);

  entity = lectern_pack_lookup_entity (pack, "kestrel-point-lighthouse");
  expected_key = lectern_text_fold ("Kestrel Point lighthouse\nlighthouse at Kestrel Point\n"
                                    "A stone lighthouse guarding the approach to a small harbour.");
  key = lectern_entity_get_search_key (entity);
  g_assert_cmpstr (key, ==, expected_key);
  g_assert_true (lectern_entity_get_search_key (entity) == key);

  event = lectern_pack_lookup_event (pack, "electric-lamp");
  expected_label = lectern_date_format_range (lectern_event_get_start (event),
                                              lectern_event_get_end (event));
  g_object_get (event, "date-label", &property_label, NULL);
  g_assert_cmpstr (property_label, ==, expected_label);
  g_assert_cmpstr (lectern_event_get_date_label (event), ==, expected_label);
  g_assert_true (lectern_event_get_date_label (event) == lectern_event_get_date_label (event));
}

/* Events come sorted, whatever the order in the file. */
static void
test_event_order (void)
{
  g_autoptr(JsonNode) root = load_minimal ();
  JsonArray *events = json_object_get_array_member (json_node_get_object (root), "events");
  g_autoptr(JsonArray) reversed = json_array_new ();
  g_autoptr(LecternPack) pack = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *model;

  for (guint i = json_array_get_length (events); i > 0; i--)
    json_array_add_element (reversed, json_node_copy (json_array_get_element (events, i - 1)));
  json_object_set_array_member (json_node_get_object (root), "events",
                                json_array_ref (reversed));
  pack = load_node (root, NULL, &error);
  g_assert_no_error (error);

  model = lectern_pack_get_events (pack);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(LecternEvent) event = g_list_model_get_item (model, i);
      g_assert_cmpuint (lectern_event_get_index (event), ==, i);
      g_assert_cmpstr (lectern_event_get_id (event), ==,
                       i == 0 ? "lighthouse-built" : "electric-lamp");
    }
}

/* Files are named by their parse name, which is valid UTF-8 even when the
 * file name is not. */
static void
test_file_names (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("lectern-test-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *parse_name = NULL;

  g_assert_no_error (error);
  path = g_build_filename (dir, "pack-\xff.json", NULL);
  if (!g_file_set_contents (path, "[]", -1, NULL))
    {
      g_test_skip ("this file system takes no such file names");
      g_rmdir (dir);
      return;
    }
  file = g_file_new_for_path (path);
  parse_name = g_file_get_parse_name (file);

  g_assert_null (lectern_pack_load_file (file, &problems, &error));
  g_assert_error (error, LECTERN_PACK_ERROR, LECTERN_PACK_ERROR_INVALID);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_true (g_str_has_prefix (error->message, parse_name));
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_cmpstr (((LecternProblem *) g_ptr_array_index (problems, 0))->file, ==, parse_name);
  g_assert_true (g_utf8_validate (parse_name, -1, NULL));

  g_unlink (path);
  g_rmdir (dir);
}

/* Sort keys order names as g_utf8_collate () does, for every pair. */
static void
test_sort_keys (void)
{
  g_autoptr(LecternPack) pack = lectern_pack_load_bundled (NULL);
  GListModel *entities = lectern_pack_get_entities (pack);
  guint n = g_list_model_get_n_items (entities);

  for (guint i = 0; i < n; i++)
    for (guint j = 0; j < n; j++)
      {
        g_autoptr(LecternEntity) a = g_list_model_get_item (entities, i);
        g_autoptr(LecternEntity) b = g_list_model_get_item (entities, j);
        int by_key = strcmp (lectern_entity_get_sort_key (a), lectern_entity_get_sort_key (b));
        int by_name = g_utf8_collate (lectern_entity_get_name (a), lectern_entity_get_name (b));

        g_assert_cmpint ((by_key > 0) - (by_key < 0), ==, (by_name > 0) - (by_name < 0));
      }
  /* Made once, then kept. */
  {
    g_autoptr(LecternEntity) first = g_list_model_get_item (entities, 0);
    g_assert_true (lectern_entity_get_sort_key (first) == lectern_entity_get_sort_key (first));
  }
}

static void
test_bundled (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternPack) pack = lectern_pack_load_bundled (&error);
  GListModel *events, *entities;
  guint n_background = 0, n_ranges = 0;
  g_autofree char *source_path = NULL;
  g_autofree char *source = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (lectern_pack_get_id (pack), ==, "japan-cybersecurity");
  g_assert_cmpstr (lectern_pack_get_publisher (pack), ==, "Asia Power Watch");
  g_assert_cmpstr (lectern_pack_get_author_name (pack), ==, "Alexandre Brans");

  events = lectern_pack_get_events (pack);
  entities = lectern_pack_get_entities (pack);
  g_assert_cmpuint (g_list_model_get_n_items (events), >=, 14);
  g_assert_cmpuint (g_list_model_get_n_items (entities), >=, 30);

  /* Every paragraph is word for word in the article. */
  source_path = g_build_filename (g_getenv ("LECTERN_SOURCE_DIR"), "..", "shared", "source",
                                  "japan-cybersecurity-article.txt", NULL);
  if (g_file_get_contents (source_path, &source, NULL, NULL))
    {
      GListModel *paragraphs = lectern_pack_get_paragraphs (pack);
      for (guint i = 0; i < g_list_model_get_n_items (paragraphs); i++)
        {
          g_autoptr(LecternParagraph) p = g_list_model_get_item (paragraphs, i);
          g_assert_nonnull (strstr (source, lectern_paragraph_get_text (p)));
        }
      g_assert_nonnull (strstr (source, lectern_pack_get_title (pack)));
    }

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(LecternEvent) e = g_list_model_get_item (events, i);
      g_autofree char *year = g_strdup_printf ("%d", lectern_event_get_start (e)->year);
      LecternParagraph *p = lectern_pack_lookup_paragraph (pack, lectern_event_get_paragraph_id (e));

      g_assert_cmpuint (lectern_event_get_index (e), ==, i);
      n_background += lectern_event_get_background (e);
      n_ranges += lectern_event_is_range (e);
      /* A date the article states stands in the paragraph. */
      if (!lectern_event_get_background (e))
        g_assert_nonnull (strstr (lectern_paragraph_get_text (p), year));
      if (i > 0)
        {
          g_autoptr(LecternEvent) prev = g_list_model_get_item (events, i - 1);
          g_assert_cmpint (lectern_event_compare (prev, e), <, 0);
        }
    }
  g_assert_cmpuint (n_background, >=, 1);
  g_assert_cmpuint (n_ranges, >=, 1);

  {
    LecternEntity *nisc = lectern_pack_lookup_entity (pack, "nisc");
    g_assert_nonnull (nisc);
    g_assert_cmpstr (lectern_entity_get_native_name (nisc), ==, "内閣サイバーセキュリティセンター");
    g_assert_true (g_strv_contains (lectern_entity_get_aliases (nisc), "NISC"));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pack-loader/minimal", test_minimal);
  g_test_add_func ("/pack-loader/mutations", test_mutations);
  g_test_add_func ("/pack-loader/raw-checks", test_raw_checks);
  g_test_add_func ("/pack-loader/deep-nesting", test_deep_nesting);
  g_test_add_func ("/pack-loader/too-large", test_too_large);
  g_test_add_func ("/pack-loader/many-duplicates", test_many_duplicates_capped);
  g_test_add_func ("/pack-loader/files", test_files);
  g_test_add_func ("/pack-loader/bundled", test_bundled);
  g_test_add_func ("/pack-loader/sort-keys", test_sort_keys);
  g_test_add_func ("/pack-loader/paths", test_paths);
  g_test_add_func ("/pack-loader/locations", test_locations);
  g_test_add_func ("/pack-loader/language-tags", test_language_tags);
  g_test_add_func ("/pack-loader/nul-in-member-name", test_nul_in_member_name);
  g_test_add_func ("/pack-loader/entity-repeats", test_entity_repeats);
  g_test_add_func ("/pack-loader/duplicate-members", test_duplicate_members);
  g_test_add_func ("/pack-loader/problem-places", test_problem_places);
  g_test_add_func ("/pack-loader/quote-offsets", test_quote_offsets);
  g_test_add_func ("/pack-loader/utf8-check", test_utf8_check);
  g_test_add_func ("/pack-loader/lazy-fields", test_lazy_fields);
  g_test_add_func ("/pack-loader/event-order", test_event_order);
  g_test_add_func ("/pack-loader/file-names", test_file_names);

  return g_test_run ();
}
