/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "lectern-pack-check.h"
#include "lectern-pack.h"
#include "lectern-text.h"

#define MAX_ID_LENGTH 128
/* Bytes; longer messages (quoting a huge value) are cut. */
#define MAX_MESSAGE_LENGTH 1000

static void
append_path (GString           *out,
             const LecternPath *path)
{
  if (path == NULL)
    return;
  append_path (out, path->parent);
  if (path->member == NULL)
    g_string_append_printf (out, "[%u]", path->index);
  else
    {
      if (out->len > 0)
        g_string_append_c (out, '.');
      g_string_append (out, path->member);
    }
}

char *
lectern_path_to_string (const LecternPath *path)
{
  GString *out = g_string_new (NULL);

  append_path (out, path);
  return g_string_free (out, FALSE);
}

static const LecternJsonValue *
object_member (const LecternJsonValue *object,
               const char             *name)
{
  if (object == NULL || object->type != LECTERN_JSON_OBJECT)
    return NULL;
  for (guint i = 0; i < object->length; i++)
    if (strcmp (object->members[i].name, name) == 0)
      return &object->members[i].value;
  return NULL;
}

/* "event N" for element N (from one) of @list, or NULL where the list has
 * no noun of its own. @top: @list is a member of the top level (or, for
 * paragraphs, of a section). */
static char *
element_name (const char *list,
              gboolean    top,
              guint       n)
{
  if (!top || list == NULL)
    return NULL;
  /* Translators: the parts of a study pack, counted from 1 in problem
   * messages: "event 2, “law-passed”, quote". */
  if (strcmp (list, "events") == 0)
    return g_strdup_printf (_("event %u"), n);
  if (strcmp (list, "entities") == 0)
    return g_strdup_printf (_("entity %u"), n);
  if (strcmp (list, "eras") == 0)
    return g_strdup_printf (_("era %u"), n);
  if (strcmp (list, "sections") == 0)
    return g_strdup_printf (_("section %u"), n);
  if (strcmp (list, "paragraphs") == 0)
    return g_strdup_printf (_("paragraph %u"), n);
  return NULL;
}

static char *make_printable (const char *text);

char *
lectern_path_describe (const LecternPath      *path,
                       const LecternJsonValue *root)
{
  g_autoptr(GPtrArray) chain = g_ptr_array_new ();
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const LecternJsonValue *value = root;
  const char *list = NULL;
  gboolean counted = FALSE;

  for (const LecternPath *p = path; p != NULL; p = p->parent)
    g_ptr_array_insert (chain, 0, (gpointer) p);

  for (guint i = 0; i < chain->len; i++)
    {
      const LecternPath *p = g_ptr_array_index (chain, i);
      char *noun;
      const LecternJsonValue *id;
      /* events[i], sections[i], and sections[i].paragraphs[j] */
      gboolean top = (i == 1) || (i == 3 && list != NULL && strcmp (list, "paragraphs") == 0 &&
                                  strcmp (((const LecternPath *) g_ptr_array_index (chain, 0))->member ?: "",
                                          "sections") == 0);

      if (p->member != NULL)
        {
          g_ptr_array_add (parts, g_strdup (p->member));
          list = p->member;
          value = object_member (value, p->member);
          continue;
        }

      /* An element, counted from one and named by its id if it has one.
       * A noun says the list's name too ("events, event 2" is once too
       * many); "item" does not. */
      noun = element_name (list, top, p->index + 1);
      if (noun != NULL && parts->len > 0)
        g_ptr_array_remove_index (parts, parts->len - 1);
      /* Translators: an element of a list with no name of its own (the
       * aliases of an entity), counted from 1. */
      g_ptr_array_add (parts, noun ? noun : g_strdup_printf (_("item %u"), p->index + 1));
      counted = TRUE;
      value = (value != NULL && value->type == LECTERN_JSON_ARRAY && p->index < value->length)
              ? &value->elements[p->index] : NULL;
      id = noun != NULL ? object_member (value, "id") : NULL;
      if (id != NULL && id->type == LECTERN_JSON_STRING && id->string[0] != '\0')
        {
          g_autofree char *printable = make_printable (id->string);
          g_ptr_array_add (parts, g_strdup_printf ("“%s”", printable));
        }
    }

  if (!counted)
    return NULL;
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (", ", (char **) parts->pdata);
}

void
lectern_id_table_init (LecternIdTable *table,
                       const char     *list,
                       gboolean        nested,
                       guint           size)
{
  table->list = list;
  table->nested = nested;
  table->positions = g_hash_table_new (g_str_hash, g_str_equal);
  table->places = g_array_sized_new (FALSE, FALSE, sizeof (LecternIdPlace), size);
}

void
lectern_id_table_clear (LecternIdTable *table)
{
  g_clear_pointer (&table->positions, g_hash_table_unref);
  g_clear_pointer (&table->places, g_array_unref);
}

LecternIdPlace *
lectern_id_table_lookup (LecternIdTable *table,
                         const char     *id)
{
  guint position = GPOINTER_TO_UINT (g_hash_table_lookup (table->positions, id));

  return position ? &g_array_index (table->places, LecternIdPlace, position - 1) : NULL;
}

LecternIdPlace *
lectern_id_table_add (LecternIdTable *table,
                      const char     *id,
                      guint           index,
                      guint           paragraph)
{
  LecternIdPlace place = { index, paragraph, NULL };

  g_array_append_val (table->places, place);
  g_hash_table_insert (table->positions, (gpointer) id, GUINT_TO_POINTER (table->places->len));
  return &g_array_index (table->places, LecternIdPlace, table->places->len - 1);
}

static char *
place_to_string (LecternIdTable       *table,
                 const LecternIdPlace *place)
{
  LecternPath list = LECTERN_PATH_MEMBER (NULL, table->list);
  LecternPath element = LECTERN_PATH_ELEMENT (&list, place->index);
  LecternPath paragraphs = LECTERN_PATH_MEMBER (&element, "paragraphs");
  LecternPath paragraph = LECTERN_PATH_ELEMENT (&paragraphs, place->paragraph);

  return lectern_path_to_string (table->nested ? &paragraph : &element);
}

/* Valid UTF-8 of a sensible length: member names and values may hold a lone
 * surrogate ("\ud800", which the JSON reader decodes as invalid UTF-8),
 * and a 10 MB id is not worth printing in full. */
static char *
make_printable (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);

  if (strlen (valid) > MAX_MESSAGE_LENGTH)
    {
      const char *cut = g_utf8_find_prev_char (valid, valid + MAX_MESSAGE_LENGTH);

      return g_strdup_printf ("%.*s…", (int) (cut - valid), valid);
    }
  return g_steal_pointer (&valid);
}

void
lectern_check_locate (LecternCheck *check,
                      gsize         offset,
                      guint        *line,
                      guint        *column)
{
  g_return_if_fail (offset <= check->size);

  if (check->located_line == 0 || offset < check->located_offset)
    {
      check->located_offset = 0;
      check->located_line = 1;
      check->located_column = 1;
    }
  for (const char *c = check->text + check->located_offset, *end = check->text + offset;
       c < end; c++)
    {
      if (*c == '\n')
        {
          check->located_line++;
          check->located_column = 1;
        }
      else if (((guchar) *c & 0xc0) != 0x80)
        check->located_column++;
    }
  check->located_offset = offset;
  *line = check->located_line;
  *column = check->located_column;
}

/* The value at @path, or NULL if there is none; @deepest receives the
 * innermost value on the way that exists. */
static const LecternJsonValue *
resolve_path (const LecternJsonValue  *root,
              const LecternPath       *path,
              const LecternJsonValue **deepest)
{
  const LecternJsonValue *parent;

  if (path == NULL)
    {
      *deepest = root;
      return root;
    }
  parent = resolve_path (root, path->parent, deepest);
  if (parent == NULL)
    return NULL;
  *deepest = parent;
  if (path->member == NULL)
    return parent->type == LECTERN_JSON_ARRAY && path->index < parent->length
           ? &parent->elements[path->index] : NULL;
  if (parent->type != LECTERN_JSON_OBJECT)
    return NULL;
  /* The last of a name given twice, as lectern_members_read () takes. */
  for (guint i = parent->length; i-- > 0;)
    if (strcmp (parent->members[i].name, path->member) == 0)
      return &parent->members[i].value;
  return NULL;
}

static void
report_valist (LecternCheck      *check,
               const LecternPath *path,
               gsize              offset,
               const char        *format,
               va_list            args)
{
  g_autofree char *message = NULL;
  g_autofree char *valid_message = NULL;
  g_autofree char *raw_path = NULL;
  g_autofree char *valid_path = NULL;
  LecternProblem *problem;

  if (check->problems->len >= LECTERN_CHECK_MAX_PROBLEMS)
    {
      check->n_unlisted++;
      return;
    }
  message = g_strdup_vprintf (format, args);
  valid_message = make_printable (message);
  raw_path = lectern_path_to_string (path);
  valid_path = make_printable (raw_path);
  problem = lectern_problem_new (check->file, valid_path, valid_message);
  problem->element = lectern_path_describe (path, check->root);
  if (offset == G_MAXSIZE && check->root != NULL)
    {
      const LecternJsonValue *deepest = NULL;
      const LecternJsonValue *node = resolve_path (check->root, path, &deepest);

      offset = node ? node->offset : deepest->offset;
    }
  if (offset != G_MAXSIZE && check->text != NULL && offset <= check->size)
    lectern_check_locate (check, offset, &problem->line, &problem->column);
  g_ptr_array_add (check->problems, problem);
}

void
lectern_check_report (LecternCheck      *check,
                      const LecternPath *path,
                      const char        *format,
                      ...)
{
  va_list args;

  va_start (args, format);
  report_valist (check, path, G_MAXSIZE, format, args);
  va_end (args);
}

void
lectern_check_report_at (LecternCheck      *check,
                         const LecternPath *path,
                         gsize              offset,
                         const char        *format,
                         ...)
{
  va_list args;

  va_start (args, format);
  report_valist (check, path, offset, format, args);
  va_end (args);
}

guint
lectern_check_count_problems (LecternCheck *check)
{
  return check->problems->len + check->n_unlisted;
}

/* Whether @member is the format's @name: a "\u0000" cuts a C string short,
 * so "title\u0000x" must not count as "title". */
static inline gboolean
is_member (const LecternJsonMember *member,
           const char              *name)
{
  return name[0] == member->name[0] && strcmp (name, member->name) == 0 &&
         member->name[member->name_length] == '\0' && strlen (name) == member->name_length;
}

/* Members in the order of the text; for a name given twice, the last wins
 * (and lectern_check_unknown_members () reports it). */
void
lectern_members_read (LecternMembers         *members,
                      const LecternJsonValue *object,
                      const LecternPath      *path,
                      const char * const     *names)
{
  members->object = object;
  members->path = path;
  members->names = names;
  members->has_unknown = FALSE;
  members->has_duplicates = FALSE;
  for (guint i = 0; names[i]; i++)
    {
      g_assert (i < LECTERN_MAX_MEMBERS);
      members->nodes[i] = NULL;
    }

  for (guint m = 0; m < object->length; m++)
    {
      const LecternJsonMember *member = &object->members[m];
      const char *name = member->name;
      guint i;

      for (i = 0; names[i]; i++)
        if (names[i][0] == name[0] && is_member (member, names[i]))
          break;
      if (names[i] == NULL)
        members->has_unknown = TRUE;
      else
        {
          if (members->nodes[i] != NULL)
            members->has_duplicates = TRUE;
          members->nodes[i] = &member->value;
        }
    }
}

/* A member name for a path: a NUL is shown as the escape that made it. */
static char *
name_for_path (const LecternJsonMember *member)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < member->name_length; i++)
    {
      if (member->name[i] == '\0')
        g_string_append (out, "\\u0000");
      else
        g_string_append_c (out, member->name[i]);
    }
  return g_string_free (out, FALSE);
}

/* Members the format does not describe are reported, in the order of the
 * text: that catches typos such as "aliasses". */
void
lectern_check_unknown_members (LecternCheck   *check,
                               LecternMembers *members)
{
  /* For each of the format's members, the first one given + 1. */
  guint first[LECTERN_MAX_MEMBERS] = { 0 };

  if (!members->has_unknown && !members->has_duplicates)
    return;
  for (guint m = 0; m < members->object->length; m++)
    {
      const LecternJsonMember *member = &members->object->members[m];
      g_autofree char *name = name_for_path (member);
      LecternPath path = LECTERN_PATH_MEMBER (members->path, name);
      guint i;

      for (i = 0; members->names[i]; i++)
        if (is_member (member, members->names[i]))
          break;
      if (memchr (member->name, '\0', member->name_length) != NULL)
        lectern_check_report_at (check, &path, member->name_offset,
                                 _("a member name must not contain \\u0000 (it would be "
                                   "read as “%s”)"),
                                 member->name);
      else if (members->names[i] == NULL)
        lectern_check_report_at (check, &path, member->name_offset,
                                 _("unknown member (not part of the pack format)"));
      else if (first[i] != 0)
        {
          const LecternJsonMember *earlier = &members->object->members[first[i] - 1];
          guint line, column;

          lectern_check_locate (check, earlier->name_offset, &line, &column);
          lectern_check_report_at (check, &path, member->name_offset,
                                   _("“%s” is given twice, first at line %u, column %u; "
                                     "only one may be given"),
                                   member->name, line, column);
        }
      else
        first[i] = m + 1;
    }
}

/* Only white space counts as empty: Unicode's, so a no-break space (U+00A0)
 * or an ideographic space (U+3000) alone is blank too. Invalid UTF-8 is not
 * blank (it is reported as invalid). */
static gboolean
is_blank (const char *text,
          gsize       size)
{
  const char *end = text + size;

  for (const char *p = text; p < end;)
    {
      gunichar c;

      if ((guchar) *p < 0x80)
        {
          if (!g_ascii_isspace (*p))
            return FALSE;
          p++;
          continue;
        }
      c = g_utf8_get_char_validated (p, end - p);
      if (c == (gunichar) -1 || c == (gunichar) -2 || !g_unichar_isspace (c))
        return FALSE;
      p = g_utf8_next_char (p);
    }
  return TRUE;
}

static gboolean
is_null (const LecternJsonValue *node)
{
  return node == NULL || node->type == LECTERN_JSON_NULL;
}

/* A lone surrogate escape ("\ud800") decodes to invalid UTF-8, and "\u0000"
 * to a NUL inside the string. */
static gboolean
is_valid_text (LecternCheck           *check,
               const LecternJsonValue *node)
{
  return strlen (node->string) == node->length &&
         (!check->has_surrogates || g_utf8_validate (node->string, node->length, NULL));
}

const char *
lectern_check_string (LecternCheck   *check,
                      LecternMembers *members,
                      guint           member,
                      gboolean        required)
{
  const LecternJsonValue *node = members->nodes[member];
  LecternPath path = LECTERN_PATH_MEMBER (members->path, members->names[member]);
  const char *value;

  if (is_null (node))
    {
      if (required)
        lectern_check_report (check, &path, _("missing required field"));
      return NULL;
    }
  if (node->type != LECTERN_JSON_STRING)
    {
      lectern_check_report (check, &path, _("expected a string, found %s"),
                            lectern_json_describe (node));
      return NULL;
    }
  value = node->string;
  if (is_blank (value, node->length))
    {
      lectern_check_report (check, &path, _("must not be empty"));
      return NULL;
    }
  if (!is_valid_text (check, node))
    {
      lectern_check_report (check, &path, _("not valid text (a broken \\u escape?)"));
      return NULL;
    }
  return value;
}

const LecternJsonValue *
lectern_check_array (LecternCheck   *check,
                     LecternMembers *members,
                     guint           member,
                     gboolean        required)
{
  const LecternJsonValue *node = members->nodes[member];
  LecternPath path = LECTERN_PATH_MEMBER (members->path, members->names[member]);

  if (is_null (node))
    {
      if (required)
        lectern_check_report (check, &path, _("missing required field"));
      return NULL;
    }
  if (node->type != LECTERN_JSON_ARRAY)
    {
      lectern_check_report (check, &path, _("expected an array, found %s"),
                            lectern_json_describe (node));
      return NULL;
    }
  return node;
}

/* A required object. */
const LecternJsonValue *
lectern_check_object (LecternCheck   *check,
                      LecternMembers *members,
                      guint           member)
{
  const LecternJsonValue *node = members->nodes[member];
  LecternPath path = LECTERN_PATH_MEMBER (members->path, members->names[member]);

  if (is_null (node))
    lectern_check_report (check, &path, _("missing required field"));
  else if (node->type != LECTERN_JSON_OBJECT)
    lectern_check_report (check, &path, _("expected an object, found %s"),
                          lectern_json_describe (node));
  else
    return node;
  return NULL;
}

/* An optional boolean, FALSE when absent or mistyped. */
gboolean
lectern_check_boolean (LecternCheck   *check,
                       LecternMembers *members,
                       guint           member)
{
  const LecternJsonValue *node = members->nodes[member];

  if (is_null (node))
    return FALSE;
  if (node->type != LECTERN_JSON_BOOLEAN)
    {
      LecternPath path = LECTERN_PATH_MEMBER (members->path, members->names[member]);
      lectern_check_report (check, &path, _("expected true or false, found %s"),
                            lectern_json_describe (node));
      return FALSE;
    }
  return node->boolean;
}

const LecternJsonValue *
lectern_check_element_object (LecternCheck           *check,
                              const LecternJsonValue *array,
                              guint                   index,
                              const LecternPath      *path)
{
  const LecternJsonValue *node = &array->elements[index];

  if (node->type != LECTERN_JSON_OBJECT)
    {
      lectern_check_report (check, path, _("expected an object, found %s"),
                            lectern_json_describe (node));
      return NULL;
    }
  return node;
}

static gboolean
is_valid_id (const char *id)
{
  const char *p;

  if (!(g_ascii_islower (id[0]) || g_ascii_isdigit (id[0])))
    return FALSE;
  for (p = id; *p; p++)
    if (!(g_ascii_islower (*p) || g_ascii_isdigit (*p) || *p == '-'))
      return FALSE;
  return p - id <= MAX_ID_LENGTH;
}

/* An id: present, well-formed and unique within @seen (if not NULL). */
const char *
lectern_check_id (LecternCheck   *check,
                  LecternMembers *members,
                  guint           member,
                  LecternIdTable *seen,
                  const char     *what)
{
  const char *id = lectern_check_string (check, members, member, TRUE);
  LecternPath path = LECTERN_PATH_MEMBER (members->path, members->names[member]);
  LecternIdPlace *first;

  if (id == NULL)
    return NULL;
  if (!is_valid_id (id))
    {
      lectern_check_report (check, &path,
                            _("“%s” is not a valid id (use lower-case letters, digits and “-”)"),
                            id);
      return NULL;
    }
  if (seen != NULL && (first = lectern_id_table_lookup (seen, id)) != NULL)
    {
      g_autofree char *first_path = place_to_string (seen, first);

      lectern_check_report (check, &path, _("duplicate %s id “%s” (first used at %s)"),
                            g_dgettext (GETTEXT_PACKAGE, what), id, first_path);
      return NULL;
    }
  return id;
}

/* FALSE if a problem was reported; @present tells whether there is a date. */
gboolean
lectern_check_date (LecternCheck   *check,
                    LecternMembers *members,
                    guint           member,
                    gboolean        required,
                    LecternDate    *date,
                    gboolean       *present)
{
  guint n_problems = lectern_check_count_problems (check);
  const char *text = lectern_check_string (check, members, member, required);

  *present = FALSE;
  if (text == NULL)
    return lectern_check_count_problems (check) == n_problems;
  if (!lectern_date_parse (text, date))
    {
      LecternPath path = LECTERN_PATH_MEMBER (members->path, members->names[member]);

      lectern_check_report (check, &path,
                            _("“%s” is not a date (use YYYY, YYYY-MM or YYYY-MM-DD, years "
                              "1–9999)"),
                            text);
      return FALSE;
    }
  *present = TRUE;
  return TRUE;
}

/* An optional list of strings, each checked as lectern_check_string() does
 * (and as lectern_check_term () does, for @terms). The valid ones are
 * returned as a new array that holds its strings in the same block, freed
 * with a single g_free(). */
char **
lectern_check_string_list (LecternCheck   *check,
                           LecternMembers *members,
                           guint           member,
                           gboolean        terms)
{
  const LecternJsonValue *array = lectern_check_array (check, members, member, FALSE);
  LecternPath path = LECTERN_PATH_MEMBER (members->path, members->names[member]);
  guint n = array ? array->length : 0;
  const char *few[8];
  g_autofree const char **many = n > G_N_ELEMENTS (few) ? g_new (const char *, n) : NULL;
  const char **values = many ? many : few;
  gsize size = 0;
  guint n_valid = 0;
  char **list;
  char *cursor;

  for (guint i = 0; i < n; i++)
    {
      const LecternJsonValue *node = &array->elements[i];
      LecternPath element = LECTERN_PATH_ELEMENT (&path, i);
      const char *value;

      if (node->type != LECTERN_JSON_STRING)
        {
          lectern_check_report (check, &element, _("expected a string, found %s"),
                                lectern_json_describe (node));
          continue;
        }
      value = node->string;
      if (is_blank (value, node->length))
        {
          lectern_check_report (check, &element, _("must not be empty"));
          continue;
        }
      if (!is_valid_text (check, node))
        {
          lectern_check_report (check, &element, _("not valid text (a broken \\u escape?)"));
          continue;
        }
      if (terms && !lectern_check_term (check, &element, value))
        continue;
      values[n_valid++] = value;
      size += strlen (value) + 1;
    }

  /* One allocation, not one for each string and another for the array. */
  list = g_malloc ((n_valid + 1) * sizeof (char *) + size);
  cursor = (char *) (list + n_valid + 1);
  for (guint i = 0; i < n_valid; i++)
    {
      gsize length = strlen (values[i]) + 1;

      list[i] = memcpy (cursor, values[i], length);
      cursor += length;
    }
  list[n_valid] = NULL;
  return list;
}

/* A name or alias is searched for in the text (see lectern-mention-index.c):
 * one that does not start with a letter, digit or combining mark is never
 * found, and white space at its end is matched as it is. Ending in
 * punctuation is fine ("U.S." ends a word itself). */
gboolean
lectern_check_term (LecternCheck      *check,
                    const LecternPath *path,
                    const char        *term)
{
  gunichar first = g_utf8_get_char (term);
  const char *last = g_utf8_find_prev_char (term, term + strlen (term));
  gunichar c;

  if (g_unichar_isspace (first))
    {
      lectern_check_report (check, path,
                            _("starts with white space, so it is never found in the text; "
                              "remove the space"));
      return FALSE;
    }
  if (!lectern_text_is_word_char (first))
    {
      char character[8] = { 0 };

      g_unichar_to_utf8 (first, character);
      lectern_check_report (check, path,
                            _("starts with “%s”, so it is never found in the text: a name or "
                              "alias must start with a letter or a digit"),
                            character);
      return FALSE;
    }
  c = last != NULL ? g_utf8_get_char (last) : first;
  if (g_unichar_isspace (c))
    {
      lectern_check_report (check, path,
                            _("ends with white space, so it is found only where the text has "
                              "that space too; remove the space"));
      return FALSE;
    }
  return TRUE;
}

/* RFC 5646 tags that do not follow its syntax (irregular grandfathered). */
static const char * const irregular_tags[] = {
  "en-GB-oed", "i-ami", "i-bnn", "i-default", "i-enochian", "i-hak", "i-klingon", "i-lux",
  "i-mingo", "i-navajo", "i-pwn", "i-tao", "i-tay", "i-tsu", "sgn-BE-FR", "sgn-BE-NL",
  "sgn-CH-DE", NULL
};

static gboolean
all_chars (const char *s,
           gsize       n,
           gboolean  (*test) (gchar))
{
  for (gsize i = 0; i < n; i++)
    if (!test (s[i]))
      return FALSE;
  return TRUE;
}

static gboolean
is_alpha (gchar c)
{
  return g_ascii_isalpha (c);
}

static gboolean
is_digit (gchar c)
{
  return g_ascii_isdigit (c);
}

static gboolean
is_alnum (gchar c)
{
  return g_ascii_isalnum (c);
}

/* Whether @tag is a well-formed BCP 47 language tag (RFC 5646, section 2.1),
 * except that the primary language subtag must be two or three letters:
 * four to eight letters are allowed by the syntax but reserved, and none is
 * assigned.
 *
 *   langtag = language ["-" script] ["-" region] *("-" variant)
 *             *("-" extension) ["-" privateuse]
 *   language = 2*3ALPHA *3("-" 3ALPHA)   (at most three extlangs)
 *   script = 4ALPHA;  region = 2ALPHA / 3DIGIT
 *   variant = 5*8alphanum / (DIGIT 3alphanum)
 *   extension = singleton 1*("-" 2*8alphanum)   (singleton: not x)
 *   privateuse = "x" 1*("-" 1*8alphanum)
 */
gboolean
lectern_is_language_tag (const char *tag)
{
  g_auto(GStrv) parts = NULL;
  enum { EXTLANG, SCRIPT, REGION, VARIANT, EXTENSION } state = EXTLANG;
  guint n_extlangs = 0;
  guint i;

  for (i = 0; irregular_tags[i]; i++)
    if (g_ascii_strcasecmp (tag, irregular_tags[i]) == 0)
      return TRUE;

  parts = g_strsplit (tag, "-", -1);
  if (parts[0] == NULL)
    return FALSE;
  for (i = 0; parts[i]; i++)
    {
      gsize n = strlen (parts[i]);

      if (n == 0 || n > 8 || !all_chars (parts[i], n, is_alnum))
        return FALSE;
    }
  /* A private-use tag on its own, "x-whatever". */
  i = 0;
  if (g_ascii_strcasecmp (parts[0], "x") != 0)
    {
      gsize n_language = strlen (parts[0]);

      if (n_language < 2 || n_language > 3 || !all_chars (parts[0], n_language, is_alpha))
        return FALSE;
      for (i = 1; parts[i]; i++)
        {
          const char *p = parts[i];
          gsize n = strlen (p);

          if (state == EXTLANG && n == 3 && all_chars (p, 3, is_alpha) && n_extlangs < 3)
            {
              n_extlangs++;
              continue;
            }
          if (state <= SCRIPT && n == 4 && all_chars (p, 4, is_alpha))
            {
              state = REGION;
              continue;
            }
          if (state <= REGION && ((n == 2 && all_chars (p, 2, is_alpha)) ||
                                  (n == 3 && all_chars (p, 3, is_digit))))
            {
              state = VARIANT;
              continue;
            }
          if (state <= VARIANT && (n >= 5 || (n == 4 && g_ascii_isdigit (p[0]))))
            {
              state = VARIANT;
              continue;
            }
          if (n == 1 && g_ascii_tolower (p[0]) != 'x')
            {
              /* An extension: a singleton and at least one subtag of 2–8. */
              if (parts[i + 1] == NULL || strlen (parts[i + 1]) < 2)
                return FALSE;
              for (i++; parts[i + 1] != NULL && strlen (parts[i + 1]) >= 2; i++)
                ;
              state = EXTENSION;
              continue;
            }
          if (n == 1)
            break; /* "x": private use follows */
          return FALSE;
        }
      if (parts[i] == NULL)
        return TRUE;
    }
  /* parts[i] is "x": one or more subtags of 1–8 follow. */
  return parts[i + 1] != NULL;
}

/* The pack's language: required, and a BCP 47 tag. */
const char *
lectern_check_language (LecternCheck   *check,
                        LecternMembers *members,
                        guint           member)
{
  const char *language = lectern_check_string (check, members, member, TRUE);
  LecternPath path = LECTERN_PATH_MEMBER (members->path, members->names[member]);
  g_autofree char *dashed = NULL;

  if (language == NULL || lectern_is_language_tag (language))
    return language;
  dashed = g_strdelimit (g_strdup (language), "_", '-');
  if (strcmp (dashed, language) != 0 && lectern_is_language_tag (dashed))
    lectern_check_report (check, &path,
                          _("“%s” is not a BCP 47 language tag; write “%s”, with “-”"),
                          language, dashed);
  else
    lectern_check_report (check, &path,
                          _("“%s” is not a BCP 47 language tag (such as “en”, “en-GB” or "
                            "“ja”)"),
                          language);
  return NULL;
}
