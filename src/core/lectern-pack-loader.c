/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "lectern-pack-check.h"
#include "lectern-pack-private.h"
#include "lectern-pack-reader.h"

/* Validates a parsed pack and builds its objects. The field checks are in
 * lectern-pack-check.c, the checks on the raw bytes and the reading of files
 * in lectern-pack-reader.c. */

/* Bytes of paragraph text searched for quotes, in all. Real packs search a
 * few megabytes; a hostile one citing a huge paragraph 100,000 times would
 * take an hour. */
#define MAX_QUOTE_SEARCH (256 * 1024 * 1024)

/* The members of each kind of object, in the order of the format. */
static const char * const root_members[] = {
  "format", "version", "id", "language", "title", "author", "source", "sections", "entities",
  "events", "eras", NULL
};
enum { ROOT_FORMAT, ROOT_VERSION, ROOT_ID, ROOT_LANGUAGE, ROOT_TITLE, ROOT_AUTHOR, ROOT_SOURCE,
       ROOT_SECTIONS, ROOT_ENTITIES, ROOT_EVENTS, ROOT_ERAS };

static const char * const author_members[] = { "name", "bio", NULL };
enum { AUTHOR_NAME, AUTHOR_BIO };

static const char * const source_members[] = { "publisher", "credits", NULL };
enum { SOURCE_PUBLISHER, SOURCE_CREDITS };

static const char * const section_members[] = { "id", "heading", "paragraphs", NULL };
enum { SECTION_ID, SECTION_HEADING, SECTION_PARAGRAPHS };

static const char * const paragraph_members[] = { "id", "text", NULL };
enum { PARAGRAPH_ID, PARAGRAPH_TEXT };

static const char * const entity_members[] = {
  "id", "kind", "name", "aliases", "summary", "native_name", NULL
};
enum { ENTITY_ID, ENTITY_KIND, ENTITY_NAME, ENTITY_ALIASES, ENTITY_SUMMARY, ENTITY_NATIVE_NAME };

static const char * const event_members[] = {
  "id", "date", "end", "title", "summary", "paragraph", "quote", "entities", "background", NULL
};
enum { EVENT_ID, EVENT_DATE, EVENT_END, EVENT_TITLE, EVENT_SUMMARY, EVENT_PARAGRAPH, EVENT_QUOTE,
       EVENT_ENTITIES, EVENT_BACKGROUND };

static const char * const era_members[] = { "id", "title", "start", "end", NULL };
enum { ERA_ID, ERA_TITLE, ERA_START, ERA_END };

typedef struct
{
  LecternCheck    check;
  LecternIdTable  paragraph_ids;
  LecternIdTable  entity_ids;
  LecternPackData data;
} Loader;

G_DEFINE_QUARK (lectern-pack-error-quark, lectern_pack_error)

static gboolean
check_header (Loader         *self,
              LecternMembers *root)
{
  LecternCheck *check = &self->check;
  const LecternJsonValue *version = root->nodes[ROOT_VERSION];
  const char *format = lectern_check_string (check, root, ROOT_FORMAT, TRUE);
  LecternPath format_path = LECTERN_PATH_MEMBER (NULL, "format");
  LecternPath version_path = LECTERN_PATH_MEMBER (NULL, "version");

  if (format != NULL && g_strcmp0 (format, LECTERN_PACK_FORMAT) != 0)
    lectern_check_report (check, &format_path, _("unsupported format “%s” (expected “%s”)"),
                          format, LECTERN_PACK_FORMAT);

  if (version == NULL)
    lectern_check_report (check, &version_path, _("missing required field"));
  else if (version->type != LECTERN_JSON_INTEGER)
    lectern_check_report (check, &version_path, _("expected a whole number, found %s"),
                          lectern_json_describe (version));
  else if (version->integer > LECTERN_PACK_VERSION)
    lectern_check_report (check, &version_path,
                          _("version %lld is newer than this Lectern understands (%d); "
                            "update Lectern to open it"),
                          (long long) version->integer, LECTERN_PACK_VERSION);
  else if (version->integer < 1)
    lectern_check_report (check, &version_path, _("unsupported version %lld"),
                          (long long) version->integer);

  return check->problems->len == 0;
}

static void
load_header (Loader         *self,
             LecternMembers *root)
{
  LecternCheck *check = &self->check;
  LecternPackData *data = &self->data;
  const char *id = lectern_check_id (check, root, ROOT_ID, NULL, N_("pack"));
  const char *language = lectern_check_language (check, root, ROOT_LANGUAGE);
  LecternPath author_path = LECTERN_PATH_MEMBER (NULL, "author");
  LecternPath source_path = LECTERN_PATH_MEMBER (NULL, "source");
  LecternMembers members;
  const LecternJsonValue *object;

  lectern_check_unknown_members (check, root);
  data->id = g_strdup (id);
  data->title = g_strdup (lectern_check_string (check, root, ROOT_TITLE, TRUE));
  data->language = g_strdup (language ? language : "en");

  object = lectern_check_object (check, root, ROOT_AUTHOR);
  if (object != NULL)
    {
      lectern_members_read (&members, object, &author_path, author_members);
      lectern_check_unknown_members (check, &members);
      data->author_name = g_strdup (lectern_check_string (check, &members, AUTHOR_NAME, TRUE));
      data->author_bio = g_strdup (lectern_check_string (check, &members, AUTHOR_BIO, FALSE));
    }
  object = lectern_check_object (check, root, ROOT_SOURCE);
  if (object != NULL)
    {
      lectern_members_read (&members, object, &source_path, source_members);
      lectern_check_unknown_members (check, &members);
      data->publisher = g_strdup (lectern_check_string (check, &members, SOURCE_PUBLISHER, TRUE));
      data->credits = g_strdup (lectern_check_string (check, &members, SOURCE_CREDITS, FALSE));
    }
}

static void
load_paragraphs (Loader         *self,
                 LecternMembers *section,
                 guint           section_index,
                 GPtrArray      *paragraphs)
{
  LecternCheck *check = &self->check;
  const LecternJsonValue *array = lectern_check_array (check, section, SECTION_PARAGRAPHS, TRUE);
  LecternPath array_path = LECTERN_PATH_MEMBER (section->path, "paragraphs");
  guint n = array ? array->length : 0;

  if (array != NULL && n == 0)
    lectern_check_report (check, &array_path, _("a section needs at least one paragraph"));

  for (guint p = 0; p < n; p++)
    {
      LecternPath path = LECTERN_PATH_ELEMENT (&array_path, p);
      const LecternJsonValue *object = lectern_check_element_object (check, array, p, &path);
      LecternIdPlace *place = NULL;
      LecternParagraph *paragraph;
      LecternMembers members;
      const char *id, *text;

      if (object == NULL)
        continue;
      lectern_members_read (&members, object, &path, paragraph_members);
      lectern_check_unknown_members (check, &members);
      id = lectern_check_id (check, &members, PARAGRAPH_ID, &self->paragraph_ids,
                             N_("paragraph"));
      text = lectern_check_string (check, &members, PARAGRAPH_TEXT, TRUE);
      if (id != NULL)
        place = lectern_id_table_add (&self->paragraph_ids, id, section_index, p);
      if (id == NULL || text == NULL)
        continue;
      paragraph = _lectern_paragraph_new (id, text, self->data.paragraphs->len,
                                          self->data.sections->len);
      place->object = paragraph;
      g_ptr_array_add (paragraphs, paragraph);
      g_ptr_array_add (self->data.paragraphs, g_object_ref (paragraph));
    }
}

static void
load_sections (Loader         *self,
               LecternMembers *root)
{
  LecternCheck *check = &self->check;
  const LecternJsonValue *sections = lectern_check_array (check, root, ROOT_SECTIONS, TRUE);
  LecternPath list_path = LECTERN_PATH_MEMBER (NULL, "sections");
  guint n = sections ? sections->length : 0;
  LecternIdTable section_ids;

  if (sections == NULL)
    return;
  if (n == 0)
    lectern_check_report (check, &list_path, _("a pack needs at least one section"));

  lectern_id_table_init (&section_ids, "sections", FALSE, n);
  for (guint s = 0; s < n; s++)
    {
      LecternPath path = LECTERN_PATH_ELEMENT (&list_path, s);
      const LecternJsonValue *object = lectern_check_element_object (check, sections, s, &path);
      g_autoptr(GPtrArray) paragraphs = NULL;
      LecternMembers members;
      const char *id, *heading;

      if (object == NULL)
        continue;
      lectern_members_read (&members, object, &path, section_members);
      lectern_check_unknown_members (check, &members);
      id = lectern_check_id (check, &members, SECTION_ID, &section_ids, N_("section"));
      if (id != NULL)
        lectern_id_table_add (&section_ids, id, s, 0);
      heading = lectern_check_string (check, &members, SECTION_HEADING, FALSE);

      paragraphs = g_ptr_array_new_with_free_func (g_object_unref);
      load_paragraphs (self, &members, s, paragraphs);
      if (id != NULL)
        g_ptr_array_add (self->data.sections, _lectern_section_new (id, heading, paragraphs));
    }
  lectern_id_table_clear (&section_ids);
}

static void
load_entities (Loader         *self,
               LecternMembers *root)
{
  LecternCheck *check = &self->check;
  const LecternJsonValue *entities = lectern_check_array (check, root, ROOT_ENTITIES, TRUE);
  LecternPath list_path = LECTERN_PATH_MEMBER (NULL, "entities");
  guint n = entities ? entities->length : 0;

  for (guint i = 0; i < n; i++)
    {
      LecternPath path = LECTERN_PATH_ELEMENT (&list_path, i);
      const LecternJsonValue *object = lectern_check_element_object (check, entities, i, &path);
      const char *id, *kind_text, *name, *summary, *native_name;
      LecternEntityKind kind = LECTERN_ENTITY_CONCEPT;
      gboolean kind_ok = FALSE;
      LecternMembers members;
      char **aliases;

      if (object == NULL)
        continue;
      lectern_members_read (&members, object, &path, entity_members);
      lectern_check_unknown_members (check, &members);
      id = lectern_check_id (check, &members, ENTITY_ID, &self->entity_ids, N_("entity"));
      kind_text = lectern_check_string (check, &members, ENTITY_KIND, TRUE);
      if (kind_text != NULL)
        {
          kind_ok = lectern_entity_kind_from_string (kind_text, &kind);
          if (!kind_ok)
            {
              LecternPath kind_path = LECTERN_PATH_MEMBER (&path, "kind");
              lectern_check_report (check, &kind_path,
                                    _("unknown kind “%s” (expected person, organization, place, "
                                      "law or concept)"),
                                    kind_text);
            }
        }
      name = lectern_check_string (check, &members, ENTITY_NAME, TRUE);
      if (name != NULL)
        {
          LecternPath name_path = LECTERN_PATH_MEMBER (&path, "name");

          if (!lectern_check_term (check, &name_path, name))
            name = NULL;
        }
      aliases = lectern_check_string_list (check, &members, ENTITY_ALIASES, TRUE);
      summary = lectern_check_string (check, &members, ENTITY_SUMMARY, TRUE);
      native_name = lectern_check_string (check, &members, ENTITY_NATIVE_NAME, FALSE);

      /* Known by its id even when invalid otherwise, so that references to
       * it do not add problems of their own. */
      if (id != NULL)
        lectern_id_table_add (&self->entity_ids, id, i, 0);
      if (id == NULL || !kind_ok || name == NULL || summary == NULL)
        {
          g_free (aliases);
          continue;
        }
      g_ptr_array_add (self->data.entities,
                       _lectern_entity_new (id, kind, name, aliases, summary, native_name));
    }
}

/* An end before the start is reported at @path.end. */
static gboolean
check_range (LecternCheck      *check,
             const LecternPath *path,
             const LecternDate *start,
             const LecternDate *end)
{
  LecternPath end_path = LECTERN_PATH_MEMBER (path, "end");
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  if (lectern_date_compare (end, start) >= 0)
    return TRUE;
  a = lectern_date_to_string (start);
  b = lectern_date_to_string (end);
  lectern_check_report (check, &end_path, _("end %s is before the start %s"), b, a);
  return FALSE;
}

/* Finds the quote in its paragraph while @budget lasts; the character range
 * goes to @start and @end. */
static gboolean
find_quote (LecternCheck      *check,
            const LecternPath *path,
            LecternParagraph  *paragraph,
            const char        *quote,
            gsize             *budget,
            guint             *start,
            guint             *end)
{
  LecternPath quote_path = LECTERN_PATH_MEMBER (path, "quote");
  const char *text, *found;
  gsize quote_size, searched;

  if (*budget == 0)
    {
      g_autofree char *limit = g_format_size (MAX_QUOTE_SEARCH);
      lectern_check_report (check, &quote_path,
                            _("not checked: finding every quote would mean searching more than "
                              "%s of text"),
                            limit);
      return FALSE;
    }
  text = lectern_paragraph_get_text (paragraph);
  found = strstr (text, quote);
  quote_size = strlen (quote);
  searched = found ? (gsize) (found - text) + quote_size : strlen (text);
  *budget -= MIN (*budget, searched);
  if (found == NULL)
    {
      lectern_check_report (check, &quote_path, _("not found in paragraph “%s”"),
                            lectern_paragraph_get_id (paragraph));
      return FALSE;
    }
  *start = _lectern_count_chars (text, found - text);
  *end = *start + _lectern_count_chars (quote, quote_size);
  return TRUE;
}

/* What events are sorted by (see lectern_event_compare ()), kept together:
 * comparing the events themselves would read ten thousand objects over and
 * over. */
typedef struct
{
  guint64       dates; /* the start, then the end (or the start again) */
  const char   *id;
  LecternEvent *event;
} SortKey;

/* A valid date as a number in the same order: months are 0–12 and days
 * 0–31, 0 for a date without one. */
static guint64
date_code (const LecternDate *date)
{
  return (guint64) date->year * 512 + (guint64) date->month * 32 + (guint64) date->day;
}

static int
compare_keys_cb (gconstpointer a,
                 gconstpointer b)
{
  const SortKey *x = a, *y = b;

  if (x->dates != y->dates)
    return x->dates < y->dates ? -1 : 1;
  return strcmp (x->id, y->id);
}

/* Puts @events in date order and numbers them. Packs usually list events in
 * order: checking is cheaper than sorting. */
static void
sort_events (GPtrArray *events,
             GArray    *keys)
{
  g_assert (keys->len == events->len);

  for (guint i = 1; i < keys->len; i++)
    {
      if (compare_keys_cb (&g_array_index (keys, SortKey, i - 1),
                           &g_array_index (keys, SortKey, i)) > 0)
        {
          g_array_sort (keys, compare_keys_cb);
          for (guint k = 0; k < keys->len; k++)
            events->pdata[k] = g_array_index (keys, SortKey, k).event;
          break;
        }
    }
  for (guint i = 0; i < events->len; i++)
    _lectern_event_set_index (g_ptr_array_index (events, i), i);
}

/* Each of @entity_ids (the valid strings of the "entities" member) must name
 * an entity, once; a problem names the element by its place in the JSON
 * array. */
static gboolean
check_entity_ids (Loader            *self,
                  const LecternPath *path,
                  const LecternJsonValue *list_node,
                  char             **entity_ids)
{
  LecternPath list_path = LECTERN_PATH_MEMBER (path, "entities");
  guint n = list_node && list_node->type == LECTERN_JSON_ARRAY ? list_node->length : 0;
  /* id → element + 1, once there are too many to compare each with each. */
  g_autoptr(GHashTable) seen = n > 16 ? g_hash_table_new (g_str_hash, g_str_equal) : NULL;
  const LecternJsonValue *taken[16];
  gboolean ok = TRUE;
  guint e = 0;

  for (guint i = 0; i < n && entity_ids[e]; i++)
    {
      const LecternJsonValue *node = &list_node->elements[i];
      const LecternJsonValue *earlier = NULL;
      LecternPath element = LECTERN_PATH_ELEMENT (&list_path, i);

      /* Skip the elements that were not taken (reported already). */
      if (node->type != LECTERN_JSON_STRING || strcmp (node->string, entity_ids[e]) != 0)
        continue;
      if (seen != NULL)
        {
          guint first = GPOINTER_TO_UINT (g_hash_table_lookup (seen, node->string));

          if (first != 0)
            earlier = &list_node->elements[first - 1];
          else
            g_hash_table_insert (seen, (gpointer) node->string, GUINT_TO_POINTER (i + 1));
        }
      else
        {
          for (guint k = 0; k < e && earlier == NULL; k++)
            if (strcmp (taken[k]->string, node->string) == 0)
              earlier = taken[k];
          taken[e] = node;
        }
      e++;
      if (earlier != NULL)
        {
          guint line, column;

          lectern_check_locate (&self->check, earlier->offset, &line, &column);
          lectern_check_report (&self->check, &element,
                                _("entity “%s” is listed twice, first at line %u, column %u"),
                                node->string, line, column);
          ok = FALSE;
        }
      else if (lectern_id_table_lookup (&self->entity_ids, node->string) == NULL)
        {
          lectern_check_report (&self->check, &element, _("unknown entity “%s”"), node->string);
          ok = FALSE;
        }
    }
  return ok;
}

static void
load_events (Loader         *self,
             LecternMembers *root)
{
  LecternCheck *check = &self->check;
  const LecternJsonValue *events = lectern_check_array (check, root, ROOT_EVENTS, TRUE);
  LecternPath list_path = LECTERN_PATH_MEMBER (NULL, "events");
  guint n = events ? events->length : 0;
  gsize search_budget = MAX_QUOTE_SEARCH;
  GArray *keys = g_array_sized_new (FALSE, FALSE, sizeof (SortKey), n);
  LecternIdTable event_ids;

  lectern_id_table_init (&event_ids, "events", FALSE, n);
  for (guint i = 0; i < n; i++)
    {
      LecternPath path = LECTERN_PATH_ELEMENT (&list_path, i);
      const LecternJsonValue *object = lectern_check_element_object (check, events, i, &path);
      const char *id, *title, *summary, *paragraph_id, *quote;
      LecternParagraph *paragraph = NULL;
      LecternDate start = { 0 }, end = { 0 };
      gboolean has_start, has_end, ok = TRUE, background;
      guint quote_start = 0, quote_end = 0;
      LecternMembers members;
      char **entity_ids;
      SortKey key;

      if (object == NULL)
        continue;
      lectern_members_read (&members, object, &path, event_members);
      lectern_check_unknown_members (check, &members);
      id = lectern_check_id (check, &members, EVENT_ID, &event_ids, N_("event"));
      ok &= lectern_check_date (check, &members, EVENT_DATE, TRUE, &start, &has_start);
      ok &= lectern_check_date (check, &members, EVENT_END, FALSE, &end, &has_end);
      if (has_start && has_end)
        ok &= check_range (check, &path, &start, &end);
      title = lectern_check_string (check, &members, EVENT_TITLE, TRUE);
      summary = lectern_check_string (check, &members, EVENT_SUMMARY, TRUE);
      paragraph_id = lectern_check_string (check, &members, EVENT_PARAGRAPH, TRUE);
      quote = lectern_check_string (check, &members, EVENT_QUOTE, TRUE);
      background = lectern_check_boolean (check, &members, EVENT_BACKGROUND);

      if (paragraph_id != NULL)
        {
          LecternIdPlace *place = lectern_id_table_lookup (&self->paragraph_ids, paragraph_id);

          if (place != NULL)
            paragraph = place->object;
          else
            {
              LecternPath paragraph_path = LECTERN_PATH_MEMBER (&path, "paragraph");
              lectern_check_report (check, &paragraph_path, _("unknown paragraph “%s”"),
                                    paragraph_id);
            }
        }
      if (paragraph != NULL && quote != NULL)
        ok &= find_quote (check, &path, paragraph, quote, &search_budget, &quote_start,
                          &quote_end);

      entity_ids = lectern_check_string_list (check, &members, EVENT_ENTITIES, FALSE);
      ok &= check_entity_ids (self, &path, members.nodes[EVENT_ENTITIES], entity_ids);

      if (id != NULL)
        lectern_id_table_add (&event_ids, id, i, 0);
      if (id == NULL || !ok || !has_start || title == NULL || summary == NULL ||
          paragraph == NULL || quote == NULL)
        {
          g_free (entity_ids);
          continue;
        }
      key.event = _lectern_event_new (id, &start, has_end ? &end : NULL, title, summary,
                                      paragraph_id, quote, quote_start, quote_end, entity_ids,
                                      background);
      key.dates = date_code (&start) << 32 | date_code (has_end ? &end : &start);
      key.id = lectern_event_get_id (key.event);
      g_array_append_val (keys, key);
      g_ptr_array_add (self->data.events, key.event);
    }
  lectern_id_table_clear (&event_ids);
  sort_events (self->data.events, keys);
  g_array_unref (keys);
}

static void
load_eras (Loader         *self,
           LecternMembers *root)
{
  LecternCheck *check = &self->check;
  const LecternJsonValue *eras = lectern_check_array (check, root, ROOT_ERAS, FALSE);
  LecternPath list_path = LECTERN_PATH_MEMBER (NULL, "eras");
  guint n = eras ? eras->length : 0;
  LecternIdTable era_ids;

  lectern_id_table_init (&era_ids, "eras", FALSE, n);
  for (guint i = 0; i < n; i++)
    {
      LecternPath path = LECTERN_PATH_ELEMENT (&list_path, i);
      const LecternJsonValue *object = lectern_check_element_object (check, eras, i, &path);
      LecternDate start = { 0 }, end = { 0 };
      gboolean has_start, has_end, ok = TRUE;
      LecternMembers members;
      const char *id, *title;

      if (object == NULL)
        continue;
      lectern_members_read (&members, object, &path, era_members);
      lectern_check_unknown_members (check, &members);
      id = lectern_check_id (check, &members, ERA_ID, &era_ids, N_("era"));
      title = lectern_check_string (check, &members, ERA_TITLE, TRUE);
      ok &= lectern_check_date (check, &members, ERA_START, TRUE, &start, &has_start);
      ok &= lectern_check_date (check, &members, ERA_END, TRUE, &end, &has_end);
      if (has_start && has_end)
        ok &= check_range (check, &path, &start, &end);
      /* Only a valid era's id counts as used. */
      if (id == NULL || title == NULL || !ok || !has_start || !has_end)
        continue;
      lectern_id_table_add (&era_ids, id, i, 0);
      g_ptr_array_add (self->data.eras, _lectern_era_new (id, title, &start, &end));
    }
  lectern_id_table_clear (&era_ids);
}

static LecternPack *
fail_with_problems (LecternCheck  *check,
                    GPtrArray    **problems,
                    GError       **error)
{
  g_autoptr(GString) message = g_string_new (NULL);

  for (guint i = 0; i < check->problems->len; i++)
    {
      g_autofree char *line = lectern_problem_to_string (g_ptr_array_index (check->problems, i));
      if (i > 0)
        g_string_append_c (message, '\n');
      g_string_append (message, line);
    }
  if (check->n_unlisted > 0)
    {
      g_autofree char *more = g_strdup_printf (
        g_dngettext (GETTEXT_PACKAGE, "%s: … and %u more problem", "%s: … and %u more problems",
                     check->n_unlisted),
        check->file, check->n_unlisted);
      g_ptr_array_add (check->problems,
                       lectern_problem_new (check->file, "", more + strlen (check->file) + 2));
      g_string_append_printf (message, "\n%s", more);
    }
  g_set_error_literal (error, LECTERN_PACK_ERROR, LECTERN_PACK_ERROR_INVALID, message->str);
  if (problems)
    *problems = g_ptr_array_ref (check->problems);
  return NULL;
}

static void
clear_data (LecternPackData *data)
{
  g_clear_pointer (&data->sections, g_ptr_array_unref);
  g_clear_pointer (&data->paragraphs, g_ptr_array_unref);
  g_clear_pointer (&data->entities, g_ptr_array_unref);
  g_clear_pointer (&data->events, g_ptr_array_unref);
  g_clear_pointer (&data->eras, g_ptr_array_unref);
  g_clear_pointer (&data->display_name, g_free);
  g_clear_pointer (&data->id, g_free);
  g_clear_pointer (&data->title, g_free);
  g_clear_pointer (&data->language, g_free);
  g_clear_pointer (&data->author_name, g_free);
  g_clear_pointer (&data->author_bio, g_free);
  g_clear_pointer (&data->publisher, g_free);
  g_clear_pointer (&data->credits, g_free);
}

/* For sizing arrays up front; 0 for anything but an array. */
static guint
count_elements (const LecternJsonValue *node)
{
  return node && node->type == LECTERN_JSON_ARRAY ? node->length : 0;
}

static LecternPack *
load_root (LecternCheck           *check,
           const LecternJsonValue *object,
           GPtrArray    **problems,
           GError       **error)
{
  Loader self = { .check = *check };
  LecternMembers root;
  guint n_entities, n_events;

  lectern_members_read (&root, object, NULL, root_members);
  if (!check_header (&self, &root))
    return fail_with_problems (&self.check, problems, error);

  n_entities = count_elements (root.nodes[ROOT_ENTITIES]);
  n_events = count_elements (root.nodes[ROOT_EVENTS]);
  self.data.sections = g_ptr_array_new_with_free_func (g_object_unref);
  self.data.paragraphs = g_ptr_array_new_with_free_func (g_object_unref);
  self.data.entities = g_ptr_array_new_full (n_entities, g_object_unref);
  self.data.events = g_ptr_array_new_full (n_events, g_object_unref);
  self.data.eras = g_ptr_array_new_with_free_func (g_object_unref);
  lectern_id_table_init (&self.paragraph_ids, "sections", TRUE, 0);
  lectern_id_table_init (&self.entity_ids, "entities", FALSE, n_entities);

  load_header (&self, &root);
  load_sections (&self, &root);
  load_entities (&self, &root);
  load_events (&self, &root);
  load_eras (&self, &root);

  lectern_id_table_clear (&self.paragraph_ids);
  lectern_id_table_clear (&self.entity_ids);

  if (self.check.problems->len > 0)
    {
      clear_data (&self.data);
      return fail_with_problems (&self.check, problems, error);
    }

  self.data.display_name = g_strdup (check->file);
  if (problems)
    *problems = g_ptr_array_ref (self.check.problems);
  return _lectern_pack_new (&self.data);
}

static gboolean
is_json_blank (const char *text,
               gsize       size)
{
  for (gsize i = 0; i < size; i++)
    if (text[i] != ' ' && text[i] != '\t' && text[i] != '\n' && text[i] != '\r')
      return FALSE;
  return TRUE;
}

/* A problem with the file before it could be read as a pack: the only one,
 * at byte @offset (G_MAXSIZE: the file as a whole). */
static LecternPack *
fail_early (LecternCheck  *check,
            gsize          offset,
            int            code,
            const char    *message,
            GPtrArray    **problems,
            GError       **error)
{
  LecternProblem *problem = lectern_problem_new (check->file, "", message);
  g_autofree char *line = NULL;

  if (offset != G_MAXSIZE)
    lectern_check_locate (check, offset, &problem->line, &problem->column);
  g_ptr_array_add (check->problems, problem);
  line = lectern_problem_to_string (problem);
  g_set_error_literal (error, LECTERN_PACK_ERROR, code, line);
  if (problems)
    *problems = g_ptr_array_ref (check->problems);
  return NULL;
}

/**
 * lectern_pack_load_bytes:
 * @bytes: the JSON text
 * @display_name: the file as named in messages
 * @problems: (out) (optional) (element-type LecternProblem): every problem found
 * @error: the first failure; for an invalid pack, all problems one per line
 *
 * Parses and validates a pack. Never trusts the input: the size, encoding and
 * nesting depth are checked first, then every field.
 */
LecternPack *
lectern_pack_load_bytes (GBytes      *bytes,
                         const char  *display_name,
                         GPtrArray  **problems,
                         GError     **error)
{
  g_autoptr(LecternJsonDocument) document = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_problem_free);
  LecternCheck check = { display_name, found, 0, FALSE };
  const char *text;
  gsize size, offset;
  const LecternJsonValue *root;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  if (problems)
    *problems = NULL;

  text = g_bytes_get_data (bytes, &size);
  check.text = text ? text : "";
  check.size = size;
  if (!_lectern_pack_check_raw (check.text, size, &offset, &local_error))
    return fail_early (&check, offset, local_error->code, local_error->message, problems, error);

  check.has_surrogates = _lectern_pack_has_surrogate_escapes (text, size);
  if (is_json_blank (text, size))
    {
      lectern_check_report (&check, NULL, _("the top level must be an object, found %s"),
                            _("nothing"));
      return fail_with_problems (&check, problems, error);
    }
  /* Our own strict reader, not json-glib: building, walking and freeing
   * json-glib's tree of GObjects and hash tables took most of the time
   * (the 4.5 MB test pack: 175 ms then, 23 ms with this reader). It finds
   * the nesting too deep and text after the pack, with their place. */
  document = lectern_json_document_parse_at (text, size, LECTERN_PACK_MAX_DEPTH, &offset,
                                             &local_error);
  if (document == NULL)
    {
      g_autofree char *message = NULL;
      int code = LECTERN_PACK_ERROR_SYNTAX;

      if (g_error_matches (local_error, LECTERN_JSON_ERROR, LECTERN_JSON_ERROR_DEPTH))
        {
          code = LECTERN_PACK_ERROR_TOO_DEEP;
          message = g_strdup (local_error->message);
        }
      else if (g_error_matches (local_error, LECTERN_JSON_ERROR, LECTERN_JSON_ERROR_TRAILING))
        message = g_strdup (_("more text after the end of the pack"));
      else
        message = g_strdup_printf (_("not valid JSON: %s"), local_error->message);
      return fail_early (&check, offset, code, message, problems, error);
    }

  root = lectern_json_document_get_root (document);
  check.root = root;
  if (root->type != LECTERN_JSON_OBJECT)
    {
      lectern_check_report (&check, NULL, _("the top level must be an object, found %s"),
                            lectern_json_describe (root));
      return fail_with_problems (&check, problems, error);
    }
  return load_root (&check, root, problems, error);
}
