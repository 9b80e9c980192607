/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "lectern-json.h"

#define DEPTH 64

/* Parses a copy of @text in a buffer of exactly @length bytes (no
 * terminator, so that reading past it shows up under valgrind or ASan). */
static LecternJsonDocument *
parse (const char  *text,
       gssize       length,
       guint        max_depth,
       GError     **error)
{
  gsize size = length < 0 ? strlen (text) : (gsize) length;
  g_autofree char *copy = g_memdup2 (text, size);

  return lectern_json_document_parse (copy, size, max_depth, error);
}

static const LecternJsonValue *
member (const LecternJsonValue *object,
        guint                   index,
        const char             *name)
{
  g_assert_cmpint (object->type, ==, LECTERN_JSON_OBJECT);
  g_assert_cmpuint (index, <, object->length);
  g_assert_cmpstr (object->members[index].name, ==, name);
  return &object->members[index].value;
}

static void
test_scalars (void)
{
  static const struct
  {
    const char      *text;
    LecternJsonType  type;
    gint64           integer;
    double           number;
  } cases[] = {
    { "null", LECTERN_JSON_NULL },
    { "true", LECTERN_JSON_BOOLEAN, TRUE },
    { " \t\r\nfalse\n ", LECTERN_JSON_BOOLEAN, FALSE },
    { "0", LECTERN_JSON_INTEGER, 0 },
    { "-0", LECTERN_JSON_INTEGER, 0 },
    { "42", LECTERN_JSON_INTEGER, 42 },
    { "-17", LECTERN_JSON_INTEGER, -17 },
    { "1234567890123456789", LECTERN_JSON_INTEGER, G_GINT64_CONSTANT (1234567890123456789) },
    { "9223372036854775807", LECTERN_JSON_INTEGER, G_MAXINT64 },
    { "-9223372036854775808", LECTERN_JSON_INTEGER, G_MININT64 },
    { "9223372036854775808", LECTERN_JSON_DOUBLE, 0, 9223372036854775808.0 },
    { "-9223372036854775809", LECTERN_JSON_DOUBLE, 0, -9223372036854775809.0 },
    { "12345678901234567890", LECTERN_JSON_DOUBLE, 0, 12345678901234567890.0 },
    { "99999999999999999999", LECTERN_JSON_DOUBLE, 0, 1e20 },
    { "100000000000000000000000", LECTERN_JSON_DOUBLE, 0, 1e23 },
    { "1.5", LECTERN_JSON_DOUBLE, 0, 1.5 },
    { "-0.25", LECTERN_JSON_DOUBLE, 0, -0.25 },
    { "0.0", LECTERN_JSON_DOUBLE, 0, 0.0 },
    { "1e3", LECTERN_JSON_DOUBLE, 0, 1000.0 },
    { "1E+2", LECTERN_JSON_DOUBLE, 0, 100.0 },
    { "25e-2", LECTERN_JSON_DOUBLE, 0, 0.25 },
    { "-12.5E1", LECTERN_JSON_DOUBLE, 0, -125.0 },
    { "3.0000000000000000000000000000001", LECTERN_JSON_DOUBLE, 0, 3.0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(LecternJsonDocument) doc = parse (cases[i].text, -1, DEPTH, &error);
      const LecternJsonValue *root;

      g_test_message ("parsing “%s”", cases[i].text);
      g_assert_no_error (error);
      root = lectern_json_document_get_root (doc);
      g_assert_cmpint (root->type, ==, cases[i].type);
      g_assert_cmpuint (root->length, ==, 0);
      if (root->type == LECTERN_JSON_BOOLEAN)
        g_assert_cmpint (root->boolean, ==, cases[i].integer);
      else if (root->type == LECTERN_JSON_INTEGER)
        g_assert_cmpint (root->integer, ==, cases[i].integer);
      else if (root->type == LECTERN_JSON_DOUBLE)
        g_assert_cmpfloat (root->number, ==, cases[i].number);
    }
}

static void
test_special_doubles (void)
{
  g_autoptr(LecternJsonDocument) doc = parse ("[1e999, -1e999, -0.0, 1e-999]", -1, DEPTH, NULL);
  const LecternJsonValue *root = lectern_json_document_get_root (doc);

  g_assert_cmpuint (root->length, ==, 4);
  for (guint i = 0; i < 4; i++)
    g_assert_cmpint (root->elements[i].type, ==, LECTERN_JSON_DOUBLE);
  g_assert_true (isinf (root->elements[0].number) && root->elements[0].number > 0);
  g_assert_true (isinf (root->elements[1].number) && root->elements[1].number < 0);
  g_assert_cmpfloat (root->elements[2].number, ==, 0.0);
  g_assert_true (signbit (root->elements[2].number));
  g_assert_cmpfloat (root->elements[3].number, ==, 0.0);
}

static void
test_nested (void)
{
  const char *text =
    "{\"a\": [1, \"x\", {\"b\": null}, [], {}],\n"
    " \"a\": true,\n"
    " \"c\": {\"d\": [[false], -2.5]},\n"
    " \"\": \"empty name\"}";
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternJsonDocument) doc = parse (text, -1, DEPTH, &error);
  const LecternJsonValue *root, *a, *c, *d;

  g_assert_no_error (error);
  root = lectern_json_document_get_root (doc);
  g_assert_cmpint (root->type, ==, LECTERN_JSON_OBJECT);
  g_assert_cmpuint (root->length, ==, 4);

  /* Member order and duplicates are kept. */
  a = member (root, 0, "a");
  g_assert_cmpint (a->type, ==, LECTERN_JSON_ARRAY);
  g_assert_cmpuint (a->length, ==, 5);
  g_assert_cmpint (a->elements[0].type, ==, LECTERN_JSON_INTEGER);
  g_assert_cmpint (a->elements[0].integer, ==, 1);
  g_assert_cmpint (a->elements[1].type, ==, LECTERN_JSON_STRING);
  g_assert_cmpstr (a->elements[1].string, ==, "x");
  g_assert_cmpuint (a->elements[2].length, ==, 1);
  g_assert_cmpint (member (&a->elements[2], 0, "b")->type, ==, LECTERN_JSON_NULL);
  g_assert_cmpint (a->elements[3].type, ==, LECTERN_JSON_ARRAY);
  g_assert_cmpuint (a->elements[3].length, ==, 0);
  g_assert_cmpint (a->elements[4].type, ==, LECTERN_JSON_OBJECT);
  g_assert_cmpuint (a->elements[4].length, ==, 0);

  g_assert_cmpint (member (root, 1, "a")->type, ==, LECTERN_JSON_BOOLEAN);
  g_assert_true (member (root, 1, "a")->boolean);

  c = member (root, 2, "c");
  g_assert_cmpuint (c->length, ==, 1);
  d = member (c, 0, "d");
  g_assert_cmpuint (d->length, ==, 2);
  g_assert_cmpint (d->elements[0].type, ==, LECTERN_JSON_ARRAY);
  g_assert_cmpuint (d->elements[0].length, ==, 1);
  g_assert_cmpint (d->elements[0].elements[0].type, ==, LECTERN_JSON_BOOLEAN);
  g_assert_false (d->elements[0].elements[0].boolean);
  g_assert_cmpint (d->elements[1].type, ==, LECTERN_JSON_DOUBLE);
  g_assert_cmpfloat (d->elements[1].number, ==, -2.5);

  g_assert_cmpstr (member (root, 3, "")->string, ==, "empty name");
}

static void
test_strings (void)
{
  static const struct
  {
    const char *text;
    const char *bytes;
    guint       length;
  } cases[] = {
    { "\"\"", "", 0 },
    { "\"plain text\"", "plain text", 10 },
    { "\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"", "\"\\/\b\f\n\r\t", 8 },
    { "\"caf\xc3\xa9\"", "caf\xc3\xa9", 5 },
    { "\"\\u0041\\u00e9\\u20AC\"", "A\xc3\xa9\xe2\x82\xac", 6 },
    { "\"\\ud83d\\ude00\"", "\xf0\x9f\x98\x80", 4 },
    { "\"x\\uD83D\\uDE00y\"", "x\xf0\x9f\x98\x80y", 6 },
    { "\"\\ud800\"", "\xed\xa0\x80", 3 },
    { "\"\\udc00x\"", "\xed\xb0\x80x", 4 },
    { "\"\\ud83d\\u0041\"", "\xed\xa0\xbd" "A", 4 },
    { "\"\\ud83d\\ud83d\\ude00\"", "\xed\xa0\xbd\xf0\x9f\x98\x80", 7 },
    { "\"\\ude00\\ud83d\"", "\xed\xb8\x80\xed\xa0\xbd", 6 },
    { "\"\\ud83d\\n\"", "\xed\xa0\xbd\n", 4 },
    { "\"a\\u0000b\"", "a\0b", 3 },
    { "\"\\u0000\"", "\0", 1 },
    { "\"a long run of plain text before an escape\\tand after it\"",
      "a long run of plain text before an escape\tand after it", 54 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(LecternJsonDocument) doc = parse (cases[i].text, -1, DEPTH, &error);
      const LecternJsonValue *root;

      g_test_message ("parsing %s", cases[i].text);
      g_assert_no_error (error);
      root = lectern_json_document_get_root (doc);
      g_assert_cmpint (root->type, ==, LECTERN_JSON_STRING);
      g_assert_cmpmem (root->string, root->length, cases[i].bytes, cases[i].length);
      g_assert_cmpint (root->string[root->length], ==, '\0');
    }
}

static void
test_member_names (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternJsonDocument) doc =
    parse ("{\"a\\nb\": 1, \"\\u00e9\": 2, \"\\ud83d\\ude00\": 3}", -1, DEPTH, &error);
  const LecternJsonValue *root;

  g_assert_no_error (error);
  root = lectern_json_document_get_root (doc);
  g_assert_cmpuint (root->length, ==, 3);
  g_assert_cmpint (member (root, 0, "a\nb")->integer, ==, 1);
  g_assert_cmpint (member (root, 1, "\xc3\xa9")->integer, ==, 2);
  g_assert_cmpint (member (root, 2, "\xf0\x9f\x98\x80")->integer, ==, 3);
}

static const struct
{
  const char       *text;
  gssize            length; /* -1: strlen () */
  LecternJsonError  code;
  const char       *message;
} invalid_cases[] = {
  { "", -1, LECTERN_JSON_ERROR_SYNTAX, "line 1, column 1: expected a value" },
  { "   ", -1, LECTERN_JSON_ERROR_SYNTAX, "line 1, column 4: expected a value" },
  { "[1,]", -1, LECTERN_JSON_ERROR_SYNTAX, "line 1, column 4: expected a value" },
  { "[1,,2]", -1, LECTERN_JSON_ERROR_SYNTAX, "line 1, column 4: expected a value" },
  { "[1 2]", -1, LECTERN_JSON_ERROR_SYNTAX, "line 1, column 4: expected “,” or “]”" },
  { "[", -1, LECTERN_JSON_ERROR_SYNTAX, "line 1, column 2: expected a value" },
  { "[1", -1, LECTERN_JSON_ERROR_SYNTAX, "line 1, column 3: expected “,” or “]”" },
  { "{\"a\" 1}", -1, LECTERN_JSON_ERROR_SYNTAX, "line 1, column 6: expected “:”" },
  { "{\"a\"}", -1, LECTERN_JSON_ERROR_SYNTAX, "line 1, column 5: expected “:”" },
  { "{\"a\":1", -1, LECTERN_JSON_ERROR_SYNTAX, "line 1, column 7: expected “,” or “}”" },
  { "{\"a\":1]", -1, LECTERN_JSON_ERROR_SYNTAX, "line 1, column 7: expected “,” or “}”" },
  { "{\"a\":1,}", -1, LECTERN_JSON_ERROR_SYNTAX,
    "line 1, column 8: expected a member name in double quotes" },
  { "{'a': 1}", -1, LECTERN_JSON_ERROR_SYNTAX,
    "line 1, column 2: expected a member name in double quotes" },
  { "{a: 1}", -1, LECTERN_JSON_ERROR_SYNTAX,
    "line 1, column 2: expected a member name in double quotes" },
  { "{", -1, LECTERN_JSON_ERROR_SYNTAX,
    "line 1, column 2: expected a member name in double quotes" },
  { "['a']", -1, LECTERN_JSON_ERROR_SYNTAX, "line 1, column 2: expected a value" },
  { "/* c */ {}", -1, LECTERN_JSON_ERROR_SYNTAX, "line 1, column 1: expected a value" },
  { "[1, // c\n2]", -1, LECTERN_JSON_ERROR_SYNTAX, "line 1, column 5: expected a value" },
  { "\xef\xbb\xbf{}", -1, LECTERN_JSON_ERROR_SYNTAX, "line 1, column 1: expected a value" },
  { "[1] x", -1, LECTERN_JSON_ERROR_TRAILING,
    "line 1, column 5: more text after the end of the JSON value" },
  { "1 2", -1, LECTERN_JSON_ERROR_TRAILING,
    "line 1, column 3: more text after the end of the JSON value" },
  { "{\"a\":1}}", -1, LECTERN_JSON_ERROR_TRAILING,
    "line 1, column 8: more text after the end of the JSON value" },
  { "0x10", -1, LECTERN_JSON_ERROR_TRAILING,
    "line 1, column 2: more text after the end of the JSON value" },
  { "\"abc", -1, LECTERN_JSON_ERROR_SYNTAX, "line 1, column 1: unterminated string" },
  { "[\"a\\\"]", -1, LECTERN_JSON_ERROR_SYNTAX, "line 1, column 2: unterminated string" },
  { "\"a\tb\"", -1, LECTERN_JSON_ERROR_SYNTAX, "line 1, column 3: control character in a string" },
  { "\"a\nb\"", -1, LECTERN_JSON_ERROR_SYNTAX, "line 1, column 3: control character in a string" },
  { "\"\\n\x01\"", -1, LECTERN_JSON_ERROR_SYNTAX,
    "line 1, column 4: control character in a string" },
  { "\"a\0b\"", 5, LECTERN_JSON_ERROR_SYNTAX, "line 1, column 3: control character in a string" },
  { "\"\\x\"", -1, LECTERN_JSON_ERROR_SYNTAX, "line 1, column 2: invalid escape" },
  { "\"\\'\"", -1, LECTERN_JSON_ERROR_SYNTAX, "line 1, column 2: invalid escape" },
  { "\"ab\\u12G4\"", -1, LECTERN_JSON_ERROR_SYNTAX, "line 1, column 4: invalid escape" },
  { "\"\\u12\"", -1, LECTERN_JSON_ERROR_SYNTAX, "line 1, column 2: invalid escape" },
  { "\"abc\\", -1, LECTERN_JSON_ERROR_SYNTAX, "line 1, column 5: invalid escape" },
  { "tru", -1, LECTERN_JSON_ERROR_SYNTAX, "line 1, column 1: expected a value" },
  { "[nul]", -1, LECTERN_JSON_ERROR_SYNTAX, "line 1, column 2: expected a value" },
  { "True", -1, LECTERN_JSON_ERROR_SYNTAX, "line 1, column 1: expected a value" },
  { "truex", -1, LECTERN_JSON_ERROR_TRAILING,
    "line 1, column 5: more text after the end of the JSON value" },
  { "NaN", -1, LECTERN_JSON_ERROR_SYNTAX, "line 1, column 1: expected a value" },
  { "[-Infinity]", -1, LECTERN_JSON_ERROR_SYNTAX, "line 1, column 2: invalid number" },
  { "-", -1, LECTERN_JSON_ERROR_SYNTAX, "line 1, column 1: invalid number" },
  { "1.", -1, LECTERN_JSON_ERROR_SYNTAX, "line 1, column 1: invalid number" },
  { "[1.e5]", -1, LECTERN_JSON_ERROR_SYNTAX, "line 1, column 2: invalid number" },
  { "1e", -1, LECTERN_JSON_ERROR_SYNTAX, "line 1, column 1: invalid number" },
  { "[2, 1e+]", -1, LECTERN_JSON_ERROR_SYNTAX, "line 1, column 5: invalid number" },
  { ".5", -1, LECTERN_JSON_ERROR_SYNTAX, "line 1, column 1: expected a value" },
  { "+1", -1, LECTERN_JSON_ERROR_SYNTAX, "line 1, column 1: expected a value" },
  { "[01]", -1, LECTERN_JSON_ERROR_SYNTAX, "line 1, column 2: invalid number" },
  { "-01", -1, LECTERN_JSON_ERROR_SYNTAX, "line 1, column 1: invalid number" },
  { "[1.5e3.2]", -1, LECTERN_JSON_ERROR_SYNTAX, "line 1, column 7: expected “,” or “]”" },
  { "[\0]", 3, LECTERN_JSON_ERROR_SYNTAX, "line 1, column 2: expected a value" },
  { "[1]\0", 4, LECTERN_JSON_ERROR_TRAILING,
    "line 1, column 4: more text after the end of the JSON value" },
  { "{\n  \"a\": 1,\n  \"b\": [1, 2,]\n}", -1, LECTERN_JSON_ERROR_SYNTAX,
    "line 3, column 14: expected a value" },
  { "\r\n\r\n  [x]", -1, LECTERN_JSON_ERROR_SYNTAX, "line 3, column 4: expected a value" },
  { "[\n\n", -1, LECTERN_JSON_ERROR_SYNTAX, "line 3, column 1: expected a value" },
  { "[[[[[1]]]]", -1, LECTERN_JSON_ERROR_SYNTAX, "line 1, column 11: expected “,” or “]”" },
};

static void
test_invalid (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (invalid_cases); i++)
    {
      g_autoptr(GError) error = NULL;
      LecternJsonDocument *doc;

      g_test_message ("case %u: %s", i, invalid_cases[i].message);
      doc = parse (invalid_cases[i].text, invalid_cases[i].length, DEPTH, &error);
      g_assert_null (doc);
      g_assert_error (error, LECTERN_JSON_ERROR, (int) invalid_cases[i].code);
      g_assert_cmpstr (error->message, ==, invalid_cases[i].message);

      /* Without a GError too. */
      g_assert_null (parse (invalid_cases[i].text, invalid_cases[i].length, DEPTH, NULL));
    }
}

/* Returns @levels nested containers: [[…]] or {"a":{"a":…}}. */
static char *
nested (guint    levels,
        gboolean objects)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < levels; i++)
    g_string_append (text, objects ? "{\"a\":" : "[");
  g_string_append (text, "0");
  for (guint i = 0; i < levels; i++)
    g_string_append_c (text, objects ? '}' : ']');
  return g_string_free (text, FALSE);
}

static void
test_depth (void)
{
  static const struct { guint max_depth; gboolean objects; guint column; } cases[] = {
    { 1, FALSE, 2 },
    { 5, FALSE, 6 },
    { 5, TRUE, 26 },
    { 64, FALSE, 65 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      guint max_depth = cases[i].max_depth;
      g_autofree char *ok = nested (max_depth, cases[i].objects);
      g_autofree char *deep = nested (max_depth + 1, cases[i].objects);
      g_autofree char *message = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(LecternJsonDocument) doc = parse (ok, -1, max_depth, &error);
      const LecternJsonValue *value;

      g_assert_no_error (error);
      value = lectern_json_document_get_root (doc);
      for (guint level = 0; level < max_depth; level++)
        {
          g_assert_cmpuint (value->length, ==, 1);
          value = cases[i].objects ? &value->members[0].value : &value->elements[0];
        }
      g_assert_cmpint (value->type, ==, LECTERN_JSON_INTEGER);

      g_assert_null (parse (deep, -1, max_depth, &error));
      g_assert_error (error, LECTERN_JSON_ERROR, LECTERN_JSON_ERROR_DEPTH);
      message = g_strdup_printf ("line 1, column %u: nested deeper than %u level%s",
                                 cases[i].column, max_depth, max_depth == 1 ? "" : "s");
      g_assert_cmpstr (error->message, ==, message);
    }
}

static void
test_depth_limits (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternJsonDocument) scalar = parse ("\"top\"", -1, 0, &error);
  g_autofree char *very_deep = nested (200000, FALSE);
  g_autoptr(LecternJsonDocument) doc = NULL;

  /* A scalar is depth 0; any container is deeper. */
  g_assert_no_error (error);
  g_assert_cmpstr (lectern_json_document_get_root (scalar)->string, ==, "top");
  g_assert_null (parse ("[]", -1, 0, &error));
  g_assert_error (error, LECTERN_JSON_ERROR, LECTERN_JSON_ERROR_DEPTH);
  g_assert_cmpstr (error->message, ==, "line 1, column 1: nested deeper than 0 levels");
  g_clear_error (&error);

  /* Very deep nesting fails fast, or parses without recursion. */
  g_assert_null (parse (very_deep, -1, DEPTH, &error));
  g_assert_error (error, LECTERN_JSON_ERROR, LECTERN_JSON_ERROR_DEPTH);
  g_clear_error (&error);
  doc = parse (very_deep, -1, G_MAXUINT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lectern_json_document_get_root (doc)->length, ==, 1);
}

static void
test_prefix (void)
{
  static const struct
  {
    const char      *text;
    gsize            length;
    LecternJsonType  type;
    guint            count; /* ARRAY length, or INTEGER value */
  } cases[] = {
    { "[1,2] garbage", 5, LECTERN_JSON_ARRAY, 2 },
    { "[1,2,3]", 7, LECTERN_JSON_ARRAY, 3 },
    { "123456", 3, LECTERN_JSON_INTEGER, 123 },
    { "truex", 4, LECTERN_JSON_BOOLEAN, TRUE },
    { "\"abc\"def", 5, LECTERN_JSON_STRING, 3 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(LecternJsonDocument) doc = parse (cases[i].text, cases[i].length, DEPTH, &error);
      const LecternJsonValue *root;

      g_assert_no_error (error);
      root = lectern_json_document_get_root (doc);
      g_assert_cmpint (root->type, ==, cases[i].type);
      if (root->type == LECTERN_JSON_INTEGER)
        g_assert_cmpint (root->integer, ==, cases[i].count);
      else if (root->type == LECTERN_JSON_BOOLEAN)
        g_assert_cmpint (root->boolean, ==, cases[i].count);
      else
        g_assert_cmpuint (root->length, ==, cases[i].count);
    }

  /* Cut inside a string, a literal, a number, an escape. */
  {
    static const struct { const char *text; gsize length; } cut[] = {
      { "\"abc\"", 4 }, { "true", 3 }, { "-5", 1 }, { "1.5", 2 }, { "\"\\u0041\"", 6 },
      { "[1,2]", 4 }, { "{\"a\":1}", 6 },
    };

    for (guint i = 0; i < G_N_ELEMENTS (cut); i++)
      {
        g_autoptr(GError) error = NULL;

        g_assert_null (parse (cut[i].text, cut[i].length, DEPTH, &error));
        g_assert_error (error, LECTERN_JSON_ERROR, LECTERN_JSON_ERROR_SYNTAX);
      }
  }
}

static void
test_large (void)
{
  const guint n = 100000;
  g_autoptr(GString) text = g_string_new ("[");
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternJsonDocument) doc = NULL;
  const LecternJsonValue *root;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "%s{\"id\": %u, \"name\": \"item\\t%u\", \"tags\": [%u.5, true]}",
                            i > 0 ? ",\n" : "", i, i, i);
  g_string_append_c (text, ']');

  doc = parse (text->str, text->len, DEPTH, &error);
  g_assert_no_error (error);
  root = lectern_json_document_get_root (doc);
  g_assert_cmpint (root->type, ==, LECTERN_JSON_ARRAY);
  g_assert_cmpuint (root->length, ==, n);
  for (guint i = 0; i < n; i++)
    {
      const LecternJsonValue *item = &root->elements[i];
      const LecternJsonValue *tags;
      char name[32];

      g_snprintf (name, sizeof name, "item\t%u", i);
      g_assert_cmpuint (item->length, ==, 3);
      g_assert_cmpint (member (item, 0, "id")->integer, ==, i);
      g_assert_cmpstr (member (item, 1, "name")->string, ==, name);
      tags = member (item, 2, "tags");
      g_assert_cmpuint (tags->length, ==, 2);
      g_assert_cmpfloat (tags->elements[0].number, ==, i + 0.5);
      g_assert_true (tags->elements[1].boolean);
    }
}

static void
test_describe (void)
{
  static const struct { const char *text, *description; } cases[] = {
    { "{}", "an object" },
    { "[]", "an array" },
    { "null", "null" },
    { "\"s\"", "a string" },
    { "false", "true or false" },
    { "1", "a number" },
    { "1.5", "a number" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(LecternJsonDocument) doc = parse (cases[i].text, -1, DEPTH, NULL);

      g_assert_cmpstr (lectern_json_describe (lectern_json_document_get_root (doc)), ==,
                       cases[i].description);
    }
  lectern_json_document_free (NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json/scalars", test_scalars);
  g_test_add_func ("/json/special-doubles", test_special_doubles);
  g_test_add_func ("/json/nested", test_nested);
  g_test_add_func ("/json/strings", test_strings);
  g_test_add_func ("/json/member-names", test_member_names);
  g_test_add_func ("/json/invalid", test_invalid);
  g_test_add_func ("/json/depth", test_depth);
  g_test_add_func ("/json/depth-limits", test_depth_limits);
  g_test_add_func ("/json/prefix", test_prefix);
  g_test_add_func ("/json/large", test_large);
  g_test_add_func ("/json/describe", test_describe);

  return g_test_run ();
}
