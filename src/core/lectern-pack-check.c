/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "lectern-pack-check.h"
#include "lectern-pack.h"

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
lectern_check_report (LecternCheck      *check,
                      const LecternPath *path,
                      const char        *format,
                      ...)
{
  g_autofree char *message = NULL;
  g_autofree char *valid_message = NULL;
  g_autofree char *raw_path = NULL;
  g_autofree char *valid_path = NULL;
  LecternProblem *problem;
  va_list args;

  if (check->problems->len >= LECTERN_CHECK_MAX_PROBLEMS)
    {
      check->n_unlisted++;
      return;
    }
  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  valid_message = make_printable (message);
  raw_path = lectern_path_to_string (path);
  valid_path = make_printable (raw_path);
  problem = lectern_problem_new (check->file, valid_path, valid_message);
  problem->element = lectern_path_describe (path, check->root);
  g_ptr_array_add (check->problems, problem);
}

guint
lectern_check_count_problems (LecternCheck *check)
{
  return check->problems->len + check->n_unlisted;
}

/* Members in the order of the text; for a name given twice, the last wins. */
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
        if (names[i][0] == name[0] && strcmp (names[i], name) == 0)
          break;
      if (names[i] != NULL)
        members->nodes[i] = &member->value;
      else
        members->has_unknown = TRUE;
    }
}

/* Members the format does not describe are reported, in the order of the
 * text: that catches typos such as "aliasses". */
void
lectern_check_unknown_members (LecternCheck   *check,
                               LecternMembers *members)
{
  if (!members->has_unknown)
    return;
  for (guint m = 0; m < members->object->length; m++)
    {
      const char *name = members->object->members[m].name;

      if (!g_strv_contains (members->names, name))
        {
          LecternPath path = LECTERN_PATH_MEMBER (members->path, name);
          lectern_check_report (check, &path, _("unknown member (not part of the pack format)"));
        }
    }
}

/* Only white space counts as empty. */
static gboolean
is_blank (const char *text)
{
  for (; *text; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
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
  if (*value == '\0' || is_blank (value))
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
 * (but blank ones pass). The valid ones are returned as a new array that
 * holds its strings in the same block, freed with a single g_free(). */
char **
lectern_check_string_list (LecternCheck   *check,
                           LecternMembers *members,
                           guint           member)
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
      if (*value == '\0')
        {
          lectern_check_report (check, &element, _("must not be empty"));
          continue;
        }
      if (!is_valid_text (check, node))
        {
          lectern_check_report (check, &element, _("not valid text (a broken \\u escape?)"));
          continue;
        }
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
