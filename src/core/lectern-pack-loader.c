/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "lectern-json-scan.h"
#include "lectern-pack-private.h"
#include "lectern-text.h"

/* After this many, the rest are counted, not listed. */
#define MAX_PROBLEMS 200
#define MAX_ID_LENGTH 128
/* Bytes; longer messages (quoting a huge value) are cut. */
#define MAX_MESSAGE_LENGTH 1000
/* Bytes of paragraph text searched for quotes, in all. Real packs search a
 * few megabytes; a hostile one citing a huge paragraph 100,000 times would
 * take an hour. */
#define MAX_QUOTE_SEARCH (256 * 1024 * 1024)

typedef struct
{
  const char *file;
  GPtrArray  *problems;
  guint       n_unlisted;
  GHashTable *paragraph_ids;
  GHashTable *entity_ids;
  /* The text has \uD800–\uDFFF escapes, which may decode to invalid UTF-8. */
  gboolean    has_surrogates;
} Ctx;

G_DEFINE_QUARK (lectern-pack-error-quark, lectern_pack_error)

/* Valid UTF-8 of a sensible length: member names and values may hold a lone
 * surrogate ("\ud800", which json-glib 1.6 lets through as invalid UTF-8),
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

G_GNUC_PRINTF (3, 4)
static void
report (Ctx        *ctx,
        const char *path,
        const char *format,
        ...)
{
  g_autofree char *message = NULL;
  g_autofree char *valid_message = NULL;
  g_autofree char *valid_path = NULL;
  va_list args;

  if (ctx->problems->len >= MAX_PROBLEMS)
    {
      ctx->n_unlisted++;
      return;
    }
  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  valid_message = make_printable (message);
  valid_path = make_printable (path);
  g_ptr_array_add (ctx->problems, lectern_problem_new (ctx->file, valid_path, valid_message));
}

static const char *
describe_node (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      return _("an object");
    case JSON_NODE_ARRAY:
      return _("an array");
    case JSON_NODE_NULL:
      return _("null");
    case JSON_NODE_VALUE:
    default:
      break;
    }
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return _("a string");
    case G_TYPE_BOOLEAN:
      return _("true or false");
    default:
      return _("a number");
    }
}

static char *
member_path (const char *parent,
             const char *name)
{
  if (parent == NULL || *parent == '\0')
    return g_strdup (name);
  return g_strdup_printf ("%s.%s", parent, name);
}

static char *
element_path (const char *parent,
              guint       index)
{
  return g_strdup_printf ("%s[%u]", parent, index);
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
node_is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

/* A string member. Reports a missing (when @required), mistyped or empty
 * value; null counts as absent. */
static const char *
get_string (Ctx        *ctx,
            JsonObject *object,
            const char *parent,
            const char *name,
            gboolean    required)
{
  g_autofree char *path = member_path (parent, name);
  JsonNode *node = json_object_get_member (object, name);
  const char *value;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        report (ctx, path, _("missing required field"));
      return NULL;
    }
  if (!node_is_string (node))
    {
      report (ctx, path, _("expected a string, found %s"), describe_node (node));
      return NULL;
    }
  value = json_node_get_string (node);
  if (value == NULL || *value == '\0' || is_blank (value))
    {
      report (ctx, path, _("must not be empty"));
      return NULL;
    }
  /* A lone surrogate escape such as "\ud800" gets past json-glib 1.6. */
  if (ctx->has_surrogates && !g_utf8_validate (value, -1, NULL))
    {
      report (ctx, path, _("not valid text (a broken \\u escape?)"));
      return NULL;
    }
  return value;
}

static JsonArray *
get_array (Ctx        *ctx,
           JsonObject *object,
           const char *parent,
           const char *name,
           gboolean    required)
{
  g_autofree char *path = member_path (parent, name);
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        report (ctx, path, _("missing required field"));
      return NULL;
    }
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      report (ctx, path, _("expected an array, found %s"), describe_node (node));
      return NULL;
    }
  return json_node_get_array (node);
}

static JsonObject *
get_element_object (Ctx        *ctx,
                    JsonArray  *array,
                    guint       index,
                    const char *path)
{
  JsonNode *node = json_array_get_element (array, index);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      report (ctx, path, _("expected an object, found %s"), describe_node (node));
      return NULL;
    }
  return json_node_get_object (node);
}

/* Members the format does not describe are reported: that catches typos
 * such as "aliasses". */
static void
check_members (Ctx                *ctx,
               JsonObject         *object,
               const char         *parent,
               const char * const *allowed)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (GList *l = members; l; l = l->next)
    {
      if (!g_strv_contains (allowed, l->data))
        {
          g_autofree char *path = member_path (parent, l->data);
          report (ctx, path, _("unknown member (not part of the pack format)"));
        }
    }
}

static gboolean
is_valid_id (const char *id)
{
  if (id == NULL || !(g_ascii_islower (id[0]) || g_ascii_isdigit (id[0])))
    return FALSE;
  if (strlen (id) > MAX_ID_LENGTH)
    return FALSE;
  for (const char *p = id; *p; p++)
    if (!(g_ascii_islower (*p) || g_ascii_isdigit (*p) || *p == '-'))
      return FALSE;
  return TRUE;
}

/* An id member: present, well-formed and unique within @seen. */
static const char *
get_id (Ctx        *ctx,
        JsonObject *object,
        const char *parent,
        GHashTable *seen,
        const char *what)
{
  const char *id = get_string (ctx, object, parent, "id", TRUE);
  g_autofree char *path = member_path (parent, "id");

  if (id == NULL)
    return NULL;
  if (!is_valid_id (id))
    {
      report (ctx, path,
              _("“%s” is not a valid id (use lower-case letters, digits and “-”)"), id);
      return NULL;
    }
  if (seen != NULL)
    {
      const char *first = g_hash_table_lookup (seen, id);

      if (first != NULL)
        {
          report (ctx, path, _("duplicate %s id “%s” (first used at %s)"), what, id, first);
          return NULL;
        }
    }
  return id;
}

static gboolean
get_date (Ctx         *ctx,
          JsonObject  *object,
          const char  *parent,
          const char  *name,
          gboolean     required,
          LecternDate *date,
          gboolean    *present)
{
  g_autofree char *path = member_path (parent, name);
  guint n_problems = ctx->problems->len + ctx->n_unlisted;
  const char *text = get_string (ctx, object, parent, name, required);

  *present = FALSE;
  if (text == NULL)
    return ctx->problems->len + ctx->n_unlisted == n_problems;
  if (!lectern_date_parse (text, date))
    {
      report (ctx, path, _("“%s” is not a date (use YYYY, YYYY-MM or YYYY-MM-DD, years 1–9999)"),
              text);
      return FALSE;
    }
  *present = TRUE;
  return TRUE;
}

static gboolean
check_header (Ctx        *ctx,
              JsonObject *root)
{
  JsonNode *version = json_object_get_member (root, "version");
  const char *format = get_string (ctx, root, NULL, "format", TRUE);

  if (format != NULL && g_strcmp0 (format, LECTERN_PACK_FORMAT) != 0)
    report (ctx, "format", _("unsupported format “%s” (expected “%s”)"), format,
            LECTERN_PACK_FORMAT);

  if (version == NULL)
    report (ctx, "version", _("missing required field"));
  else if (!JSON_NODE_HOLDS_VALUE (version) || json_node_get_value_type (version) != G_TYPE_INT64)
    report (ctx, "version", _("expected a whole number, found %s"), describe_node (version));
  else if (json_node_get_int (version) > LECTERN_PACK_VERSION)
    report (ctx, "version",
            _("version %lld is newer than this Lectern understands (%d); "
              "update Lectern to open it"),
            (long long) json_node_get_int (version), LECTERN_PACK_VERSION);
  else if (json_node_get_int (version) < 1)
    report (ctx, "version", _("unsupported version %lld"),
            (long long) json_node_get_int (version));

  return ctx->problems->len == 0;
}

static void
load_sections (Ctx             *ctx,
               JsonObject      *root,
               LecternPackData *data)
{
  g_autoptr(GHashTable) section_ids = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                              NULL, g_free);
  JsonArray *sections = get_array (ctx, root, NULL, "sections", TRUE);
  guint n;

  if (sections == NULL)
    return;
  n = json_array_get_length (sections);
  if (n == 0)
    report (ctx, "sections", _("a pack needs at least one section"));

  for (guint s = 0; s < n; s++)
    {
      g_autofree char *path = element_path ("sections", s);
      g_autoptr(GPtrArray) paragraphs = g_ptr_array_new_with_free_func (g_object_unref);
      JsonObject *section = get_element_object (ctx, sections, s, path);
      JsonArray *array;
      const char *id, *heading = NULL;
      JsonNode *heading_node;
      guint n_paragraphs;

      if (section == NULL)
        continue;
      check_members (ctx, section, path,
                     (const char * const[]) { "id", "heading", "paragraphs", NULL });
      id = get_id (ctx, section, path, section_ids, _("section"));
      if (id != NULL)
        g_hash_table_insert (section_ids, (gpointer) id, g_strdup (path));

      heading_node = json_object_get_member (section, "heading");
      if (heading_node != NULL && !JSON_NODE_HOLDS_NULL (heading_node))
        heading = get_string (ctx, section, path, "heading", FALSE);

      array = get_array (ctx, section, path, "paragraphs", TRUE);
      n_paragraphs = array ? json_array_get_length (array) : 0;
      if (array != NULL && n_paragraphs == 0)
        {
          g_autofree char *ppath = member_path (path, "paragraphs");
          report (ctx, ppath, _("a section needs at least one paragraph"));
        }

      for (guint p = 0; p < n_paragraphs; p++)
        {
          g_autofree char *ppath_base = member_path (path, "paragraphs");
          g_autofree char *ppath = element_path (ppath_base, p);
          JsonObject *paragraph = get_element_object (ctx, array, p, ppath);
          const char *pid, *text;

          if (paragraph == NULL)
            continue;
          check_members (ctx, paragraph, ppath, (const char * const[]) { "id", "text", NULL });
          pid = get_id (ctx, paragraph, ppath, ctx->paragraph_ids, _("paragraph"));
          text = get_string (ctx, paragraph, ppath, "text", TRUE);
          if (pid != NULL)
            g_hash_table_insert (ctx->paragraph_ids, (gpointer) pid, g_strdup (ppath));
          if (pid == NULL || text == NULL)
            continue;
          g_ptr_array_add (paragraphs, _lectern_paragraph_new (pid, text, data->paragraphs->len,
                                                               data->sections->len));
          g_ptr_array_add (data->paragraphs, g_object_ref (g_ptr_array_index (paragraphs,
                                                                   paragraphs->len - 1)));
        }

      if (id != NULL)
        g_ptr_array_add (data->sections, _lectern_section_new (id, heading, paragraphs));
    }
}

static char **
get_string_list (Ctx        *ctx,
                 JsonObject *object,
                 const char *parent,
                 const char *name)
{
  g_autofree char *path = member_path (parent, name);
  JsonArray *array = get_array (ctx, object, parent, name, FALSE);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n = array ? json_array_get_length (array) : 0;

  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autofree char *epath = element_path (path, i);
      const char *value;

      if (!node_is_string (node))
        {
          report (ctx, epath, _("expected a string, found %s"), describe_node (node));
          continue;
        }
      value = json_node_get_string (node);
      if (value == NULL || *value == '\0')
        {
          report (ctx, epath, _("must not be empty"));
          continue;
        }
      if (ctx->has_surrogates && !g_utf8_validate (value, -1, NULL))
        {
          report (ctx, epath, _("not valid text (a broken \\u escape?)"));
          continue;
        }
      g_strv_builder_add (builder, value);
    }
  return g_strv_builder_end (builder);
}

static void
load_entities (Ctx             *ctx,
               JsonObject      *root,
               LecternPackData *data)
{
  JsonArray *entities = get_array (ctx, root, NULL, "entities", TRUE);
  guint n = entities ? json_array_get_length (entities) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *path = element_path ("entities", i);
      g_autofree char *kind_path = member_path (path, "kind");
      g_auto(GStrv) aliases = NULL;
      JsonObject *entity = get_element_object (ctx, entities, i, path);
      const char *id, *kind_text, *name, *summary, *native_name;
      LecternEntityKind kind = LECTERN_ENTITY_CONCEPT;
      gboolean kind_ok = FALSE;

      if (entity == NULL)
        continue;
      check_members (ctx, entity, path,
                     (const char * const[]) { "id", "kind", "name", "aliases", "summary",
                                              "native_name", NULL });
      id = get_id (ctx, entity, path, ctx->entity_ids, _("entity"));
      kind_text = get_string (ctx, entity, path, "kind", TRUE);
      if (kind_text != NULL)
        {
          kind_ok = lectern_entity_kind_from_string (kind_text, &kind);
          if (!kind_ok)
            report (ctx, kind_path,
                    _("unknown kind “%s” (expected person, organization, place, law or concept)"),
                    kind_text);
        }
      name = get_string (ctx, entity, path, "name", TRUE);
      aliases = get_string_list (ctx, entity, path, "aliases");
      summary = get_string (ctx, entity, path, "summary", TRUE);
      native_name = get_string (ctx, entity, path, "native_name", FALSE);

      /* Known by its id even when invalid otherwise, so that references to
       * it do not add problems of their own. */
      if (id != NULL)
        g_hash_table_insert (ctx->entity_ids, (gpointer) id, g_strdup (path));
      if (id == NULL || !kind_ok || name == NULL || summary == NULL)
        continue;
      g_ptr_array_add (data->entities,
                       _lectern_entity_new (id, kind, name, (const char * const *) aliases,
                                            summary, native_name));
    }
}

static gboolean
get_background (Ctx        *ctx,
                JsonObject *event,
                const char *path)
{
  JsonNode *node = json_object_get_member (event, "background");
  g_autofree char *bpath = member_path (path, "background");

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return FALSE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    {
      report (ctx, bpath, _("expected true or false, found %s"), describe_node (node));
      return FALSE;
    }
  return json_node_get_boolean (node);
}

static int
compare_events_cb (gconstpointer a,
                   gconstpointer b)
{
  return lectern_event_compare (*(LecternEvent **) a, *(LecternEvent **) b);
}

static void
load_events (Ctx             *ctx,
             JsonObject      *root,
             LecternPackData *data)
{
  g_autoptr(GHashTable) event_ids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  JsonArray *events = get_array (ctx, root, NULL, "events", TRUE);
  guint n = events ? json_array_get_length (events) : 0;
  GHashTable *paragraphs = g_hash_table_new (g_str_hash, g_str_equal);
  gsize search_budget = MAX_QUOTE_SEARCH;

  for (guint i = 0; i < data->paragraphs->len; i++)
    {
      LecternParagraph *p = g_ptr_array_index (data->paragraphs, i);
      g_hash_table_insert (paragraphs, (gpointer) lectern_paragraph_get_id (p), p);
    }

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *path = element_path ("events", i);
      g_autofree char *end_path = member_path (path, "end");
      g_autofree char *para_path = member_path (path, "paragraph");
      g_autofree char *quote_path = member_path (path, "quote");
      g_autofree char *ent_path = member_path (path, "entities");
      g_auto(GStrv) entity_ids = NULL;
      JsonObject *event = get_element_object (ctx, events, i, path);
      const char *id, *title, *summary, *paragraph_id, *quote;
      LecternParagraph *paragraph = NULL;
      LecternDate start = { 0 }, end = { 0 };
      gboolean has_start, has_end, ok = TRUE, background;
      guint quote_start = 0, quote_end = 0;

      if (event == NULL)
        continue;
      check_members (ctx, event, path,
                     (const char * const[]) { "id", "date", "end", "title", "summary",
                                              "paragraph", "quote", "entities", "background",
                                              NULL });
      id = get_id (ctx, event, path, event_ids, _("event"));
      ok &= get_date (ctx, event, path, "date", TRUE, &start, &has_start);
      ok &= get_date (ctx, event, path, "end", FALSE, &end, &has_end);
      if (has_start && has_end && lectern_date_compare (&end, &start) < 0)
        {
          g_autofree char *a = lectern_date_to_string (&start);
          g_autofree char *b = lectern_date_to_string (&end);
          report (ctx, end_path, _("end %s is before the start %s"), b, a);
          ok = FALSE;
        }
      title = get_string (ctx, event, path, "title", TRUE);
      summary = get_string (ctx, event, path, "summary", TRUE);
      paragraph_id = get_string (ctx, event, path, "paragraph", TRUE);
      quote = get_string (ctx, event, path, "quote", TRUE);
      background = get_background (ctx, event, path);

      if (paragraph_id != NULL)
        {
          paragraph = g_hash_table_lookup (paragraphs, paragraph_id);
          if (paragraph == NULL && !g_hash_table_contains (ctx->paragraph_ids, paragraph_id))
            report (ctx, para_path, _("unknown paragraph “%s”"), paragraph_id);
        }
      if (paragraph != NULL && quote != NULL && search_budget == 0)
        {
          g_autofree char *limit = g_format_size (MAX_QUOTE_SEARCH);
          report (ctx, quote_path,
                  _("not checked: finding every quote would mean searching more than %s of text"),
                  limit);
          ok = FALSE;
        }
      else if (paragraph != NULL && quote != NULL)
        {
          const char *text = lectern_paragraph_get_text (paragraph);
          const char *found = strstr (text, quote);
          gsize searched = found ? (gsize) (found - text) + strlen (quote) : strlen (text);

          search_budget -= MIN (search_budget, searched);
          if (found == NULL)
            {
              report (ctx, quote_path, _("not found in paragraph “%s”"), paragraph_id);
              ok = FALSE;
            }
          else
            {
              quote_start = lectern_text_byte_to_char (text, found - text);
              quote_end = quote_start + g_utf8_strlen (quote, -1);
            }
        }

      entity_ids = get_string_list (ctx, event, path, "entities");
      for (guint e = 0; entity_ids[e]; e++)
        {
          if (!g_hash_table_contains (ctx->entity_ids, entity_ids[e]))
            {
              g_autofree char *epath = element_path (ent_path, e);
              report (ctx, epath, _("unknown entity “%s”"), entity_ids[e]);
              ok = FALSE;
            }
        }

      if (id != NULL)
        g_hash_table_insert (event_ids, (gpointer) id, g_strdup (path));
      if (id == NULL || !ok || !has_start || title == NULL || summary == NULL ||
          paragraph == NULL || quote == NULL)
        continue;
      g_ptr_array_add (data->events,
                       _lectern_event_new (id, &start, has_end ? &end : NULL, title, summary,
                                           paragraph_id, quote, quote_start, quote_end,
                                           (const char * const *) entity_ids, background));
    }
  g_hash_table_unref (paragraphs);

  g_ptr_array_sort (data->events, compare_events_cb);
  for (guint i = 0; i < data->events->len; i++)
    _lectern_event_set_index (g_ptr_array_index (data->events, i), i);
}

static void
load_eras (Ctx             *ctx,
           JsonObject      *root,
           LecternPackData *data)
{
  g_autoptr(GHashTable) era_ids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  JsonArray *eras = get_array (ctx, root, NULL, "eras", FALSE);
  guint n = eras ? json_array_get_length (eras) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *path = element_path ("eras", i);
      g_autofree char *end_path = member_path (path, "end");
      JsonObject *era = get_element_object (ctx, eras, i, path);
      LecternDate start = { 0 }, end = { 0 };
      gboolean has_start, has_end, ok = TRUE;
      const char *id, *title;

      if (era == NULL)
        continue;
      check_members (ctx, era, path,
                     (const char * const[]) { "id", "title", "start", "end", NULL });
      id = get_id (ctx, era, path, era_ids, _("era"));
      title = get_string (ctx, era, path, "title", TRUE);
      ok &= get_date (ctx, era, path, "start", TRUE, &start, &has_start);
      ok &= get_date (ctx, era, path, "end", TRUE, &end, &has_end);
      if (has_start && has_end && lectern_date_compare (&end, &start) < 0)
        {
          g_autofree char *a = lectern_date_to_string (&start);
          g_autofree char *b = lectern_date_to_string (&end);
          report (ctx, end_path, _("end %s is before the start %s"), b, a);
          ok = FALSE;
        }
      if (id == NULL || title == NULL || !ok || !has_start || !has_end)
        continue;
      g_hash_table_insert (era_ids, (gpointer) id, g_strdup (path));
      g_ptr_array_add (data->eras, _lectern_era_new (id, title, &start, &end));
    }
}

static void
load_header (Ctx             *ctx,
             JsonObject      *root,
             LecternPackData *data)
{
  const char *id = get_id (ctx, root, NULL, NULL, _("pack"));
  const char *language = get_string (ctx, root, NULL, "language", TRUE);
  JsonNode *author = json_object_get_member (root, "author");
  JsonNode *source = json_object_get_member (root, "source");

  check_members (ctx, root, NULL,
                 (const char * const[]) { "format", "version", "id", "language", "title",
                                          "author", "source", "sections", "entities", "events",
                                          "eras", NULL });
  data->id = g_strdup (id);
  data->title = g_strdup (get_string (ctx, root, NULL, "title", TRUE));
  data->language = g_strdup (language ? language : "en");

  if (author == NULL || JSON_NODE_HOLDS_NULL (author))
    report (ctx, "author", _("missing required field"));
  else
    {
      if (!JSON_NODE_HOLDS_OBJECT (author))
        report (ctx, "author", _("expected an object, found %s"), describe_node (author));
      else
        {
          JsonObject *object = json_node_get_object (author);
          check_members (ctx, object, "author", (const char * const[]) { "name", "bio", NULL });
          data->author_name = g_strdup (get_string (ctx, object, "author", "name", TRUE));
          data->author_bio = g_strdup (get_string (ctx, object, "author", "bio", FALSE));
        }
    }
  if (source == NULL || JSON_NODE_HOLDS_NULL (source))
    report (ctx, "source", _("missing required field"));
  else
    {
      if (!JSON_NODE_HOLDS_OBJECT (source))
        report (ctx, "source", _("expected an object, found %s"), describe_node (source));
      else
        {
          JsonObject *object = json_node_get_object (source);
          check_members (ctx, object, "source",
                         (const char * const[]) { "publisher", "credits", NULL });
          data->publisher = g_strdup (get_string (ctx, object, "source", "publisher", TRUE));
          data->credits = g_strdup (get_string (ctx, object, "source", "credits", FALSE));
        }
    }
}

/* Checks the raw bytes before a JSON parser sees them: size, encoding, then
 * nesting depth and trailing text (see lectern-json-scan.h). */
static gboolean
check_raw (const char  *display_name,
           const char  *text,
           gsize        size,
           GError     **error)
{
  const char *end_valid;
  gsize offset = 0;

  if (size > LECTERN_PACK_MAX_SIZE)
    {
      g_autofree char *have = g_format_size (size);
      g_autofree char *limit = g_format_size (LECTERN_PACK_MAX_SIZE);
      g_set_error (error, LECTERN_PACK_ERROR, LECTERN_PACK_ERROR_TOO_LARGE,
                   _("%s: the file is %s; a pack may be at most %s"), display_name, have, limit);
      return FALSE;
    }
  if (size == 0)
    {
      g_set_error (error, LECTERN_PACK_ERROR, LECTERN_PACK_ERROR_SYNTAX,
                   _("%s: the file is empty"), display_name);
      return FALSE;
    }
  if (size >= 3 && memcmp (text, "\xef\xbb\xbf", 3) == 0)
    {
      g_set_error (error, LECTERN_PACK_ERROR, LECTERN_PACK_ERROR_ENCODING,
                   _("%s: starts with a byte-order mark; save it as UTF-8 without one"),
                   display_name);
      return FALSE;
    }
  if (!g_utf8_validate_len (text, size, &end_valid))
    {
      g_set_error (error, LECTERN_PACK_ERROR, LECTERN_PACK_ERROR_ENCODING,
                   *end_valid == '\0'
                     ? _("%s: contains a NUL byte at byte %lu; a pack is UTF-8 text")
                     : _("%s: not valid UTF-8 at byte %lu"),
                   display_name, (unsigned long) (end_valid - text));
      return FALSE;
    }

  switch (lectern_json_scan (text, size, LECTERN_PACK_MAX_DEPTH, &offset))
    {
    case LECTERN_JSON_SCAN_TRAILING:
      g_set_error (error, LECTERN_PACK_ERROR, LECTERN_PACK_ERROR_SYNTAX,
                   _("%s: more text after the end of the pack, at byte %lu"),
                   display_name, (unsigned long) offset);
      return FALSE;
    case LECTERN_JSON_SCAN_TOO_DEEP:
      g_set_error (error, LECTERN_PACK_ERROR, LECTERN_PACK_ERROR_TOO_DEEP,
                   _("%s: nested deeper than %d levels at byte %lu"),
                   display_name, LECTERN_PACK_MAX_DEPTH, (unsigned long) offset);
      return FALSE;
    case LECTERN_JSON_SCAN_OK:
    default:
      break;
    }
  return TRUE;
}

/* Whether @text may hold a \uD800–\uDFFF escape (an escaped backslash
 * before "ud" counts too: this only decides whether to check strings). */
static gboolean
has_surrogate_escapes (const char *text,
                       gsize       size)
{
  const char *end = text + size;

  for (const char *p = memchr (text, '\\', size); p != NULL && end - p >= 3;
       p = memchr (p + 1, '\\', end - p - 1))
    if (p[1] == 'u' && (p[2] == 'd' || p[2] == 'D'))
      return TRUE;
  return FALSE;
}

static LecternPack *
fail_with_problems (Ctx        *ctx,
                    GPtrArray **problems,
                    GError    **error)
{
  g_autoptr(GString) message = g_string_new (NULL);

  for (guint i = 0; i < ctx->problems->len; i++)
    {
      g_autofree char *line = lectern_problem_to_string (g_ptr_array_index (ctx->problems, i));
      if (i > 0)
        g_string_append_c (message, '\n');
      g_string_append (message, line);
    }
  if (ctx->n_unlisted > 0)
    {
      g_autofree char *more = g_strdup_printf (
        g_dngettext (GETTEXT_PACKAGE, "%s: … and %u more problem", "%s: … and %u more problems",
                     ctx->n_unlisted),
        ctx->file, ctx->n_unlisted);
      g_ptr_array_add (ctx->problems, lectern_problem_new (ctx->file, "", more + strlen (ctx->file) + 2));
      g_string_append_printf (message, "\n%s", more);
    }
  g_set_error_literal (error, LECTERN_PACK_ERROR, LECTERN_PACK_ERROR_INVALID, message->str);
  if (problems)
    *problems = g_ptr_array_ref (ctx->problems);
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
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_problem_free);
  g_autoptr(GHashTable) paragraph_ids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GHashTable) entity_ids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  LecternPackData data = { 0 };
  Ctx ctx = { display_name, found, 0, paragraph_ids, entity_ids, FALSE };
  const char *text;
  gsize size;
  JsonNode *root;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  if (problems)
    *problems = NULL;

  text = g_bytes_get_data (bytes, &size);
  if (!check_raw (display_name, text ? text : "", size, &local_error))
    {
      g_ptr_array_add (found, lectern_problem_new (display_name, "",
                                                   local_error->message + strlen (display_name) + 2));
      if (problems)
        *problems = g_steal_pointer (&found);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  ctx.has_surrogates = has_surrogate_escapes (text, size);
  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, text, size, &local_error))
    {
      /* json-glib quotes the bad token, which may be a broken \u escape. */
      g_autofree char *detail = g_utf8_make_valid (local_error->message, -1);
      g_autofree char *message = g_strdup_printf (_("not valid JSON: %s"), detail);
      g_ptr_array_add (found, lectern_problem_new (display_name, "", message));
      g_set_error (error, LECTERN_PACK_ERROR, LECTERN_PACK_ERROR_SYNTAX, "%s: %s", display_name,
                   message);
      if (problems)
        *problems = g_steal_pointer (&found);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      report (&ctx, "", _("the top level must be an object, found %s"),
              root ? describe_node (root) : _("nothing"));
      return fail_with_problems (&ctx, problems, error);
    }

  if (!check_header (&ctx, json_node_get_object (root)))
    return fail_with_problems (&ctx, problems, error);

  data.sections = g_ptr_array_new_with_free_func (g_object_unref);
  data.paragraphs = g_ptr_array_new_with_free_func (g_object_unref);
  data.entities = g_ptr_array_new_with_free_func (g_object_unref);
  data.events = g_ptr_array_new_with_free_func (g_object_unref);
  data.eras = g_ptr_array_new_with_free_func (g_object_unref);

  load_header (&ctx, json_node_get_object (root), &data);
  load_sections (&ctx, json_node_get_object (root), &data);
  load_entities (&ctx, json_node_get_object (root), &data);
  load_events (&ctx, json_node_get_object (root), &data);
  load_eras (&ctx, json_node_get_object (root), &data);

  if (found->len > 0)
    {
      clear_data (&data);
      return fail_with_problems (&ctx, problems, error);
    }

  data.display_name = g_strdup (display_name);
  if (problems)
    *problems = g_steal_pointer (&found);
  return _lectern_pack_new (&data);
}

/* Reads no more than @limit bytes: some files (in /proc, say) claim to be
 * empty and never end. */
static GBytes *
read_at_most (GFile   *file,
              gsize    limit,
              GError **error)
{
  g_autoptr(GFileInputStream) stream = g_file_read (file, NULL, error);
  g_autoptr(GByteArray) buffer = g_byte_array_new ();

  if (stream == NULL)
    return NULL;
  for (;;)
    {
      guint8 chunk[65536];
      gssize n = g_input_stream_read (G_INPUT_STREAM (stream), chunk, sizeof chunk, NULL, error);

      if (n < 0)
        return NULL;
      if (n == 0)
        break;
      g_byte_array_append (buffer, chunk, n);
      if (buffer->len > limit)
        {
          g_autofree char *size = g_format_size (limit);
          g_set_error (error, LECTERN_PACK_ERROR, LECTERN_PACK_ERROR_TOO_LARGE,
                       _("the file is larger than %s, the most a pack may be"), size);
          return NULL;
        }
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

LecternPack *
lectern_pack_load_file (GFile      *file,
                        GPtrArray **problems,
                        GError    **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (problems)
    *problems = NULL;
  name = g_file_get_path (file);
  if (name == NULL)
    name = g_file_get_uri (file);

  /* Refuse a huge file before reading it into memory. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (info != NULL && g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (&local_error, LECTERN_PACK_ERROR, LECTERN_PACK_ERROR_READ,
                   _("is a folder, not a pack file"));
    }
  else if (info != NULL && g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      /* A FIFO would block and /dev/zero never end. */
      g_set_error (&local_error, LECTERN_PACK_ERROR, LECTERN_PACK_ERROR_READ,
                   _("is not a regular file"));
    }
  else if (info != NULL && g_file_info_get_size (info) > LECTERN_PACK_MAX_SIZE)
    {
      g_autofree char *have = g_format_size (g_file_info_get_size (info));
      g_autofree char *limit = g_format_size (LECTERN_PACK_MAX_SIZE);
      g_set_error (&local_error, LECTERN_PACK_ERROR, LECTERN_PACK_ERROR_TOO_LARGE,
                   _("the file is %s; a pack may be at most %s"), have, limit);
    }
  else if (info != NULL)
    bytes = read_at_most (file, LECTERN_PACK_MAX_SIZE, &local_error);

  if (bytes == NULL)
    {
      if (problems)
        {
          *problems = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_problem_free);
          g_ptr_array_add (*problems, lectern_problem_new (name, "", local_error->message));
        }
      g_set_error (error, LECTERN_PACK_ERROR,
                   local_error->domain == LECTERN_PACK_ERROR ? local_error->code
                                                             : LECTERN_PACK_ERROR_READ,
                   "%s: %s", name, local_error->message);
      return NULL;
    }

  return lectern_pack_load_bytes (bytes, name, problems, error);
}

LecternPack *
lectern_pack_load_resource (const char  *resource_path,
                            GPtrArray  **problems,
                            GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (resource_path != NULL, NULL);

  bytes = g_resources_lookup_data (resource_path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;
  return lectern_pack_load_bytes (bytes, resource_path, problems, error);
}

/* From the generated lectern-data resource (registered by hand, so that the
 * static library keeps it). */
extern void lectern_data_register_resource (void);

static gpointer
register_data_resource (gpointer data)
{
  lectern_data_register_resource ();
  return NULL;
}

LecternPack *
lectern_pack_load_bundled (GError **error)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, register_data_resource, NULL);
  return lectern_pack_load_resource (LECTERN_PACK_BUNDLED_RESOURCE, NULL, error);
}
