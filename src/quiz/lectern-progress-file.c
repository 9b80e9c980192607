/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lectern-json-scan.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "lectern-leitner.h"
#include "lectern-progress-file.h"
#include "lectern-progress-store.h"
#include "lectern-quiz-options.h"

void
lectern_quiz_record_free (gpointer data)
{
  LecternQuizRecord *record = data;

  g_free (record->code);
  g_free (record->mode);
  g_free (record);
}

void
lectern_pack_progress_free (gpointer data)
{
  LecternPackProgress *pack = data;

  g_hash_table_unref (pack->questions);
  g_ptr_array_unref (pack->quizzes);
  g_free (pack);
}

LecternPackProgress *
lectern_pack_progress_new (void)
{
  LecternPackProgress *pack = g_new0 (LecternPackProgress, 1);

  pack->questions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  pack->quizzes = g_ptr_array_new_with_free_func (lectern_quiz_record_free);
  return pack;
}

static char *
format_time (gint64 unix_time)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (unix_time);

  return g_date_time_format_iso8601 (time);
}

static gboolean
parse_time (const char *text,
            gint64     *unix_time)
{
  g_autoptr(GDateTime) time = NULL;

  if (text == NULL)
    return FALSE;

  time = g_date_time_new_from_iso8601 (text, NULL);
  if (time == NULL)
    return FALSE;

  *unix_time = g_date_time_to_unix (time);
  return TRUE;
}

/* --- Reading ---------------------------------------------------------- */

static gboolean
invalid (GError     **error,
         const char  *path,
         const char  *message)
{
  g_set_error (error, LECTERN_QUIZ_ERROR, LECTERN_QUIZ_ERROR_PROGRESS_CORRUPT,
               "%s: %s", path, message);
  return FALSE;
}

static gboolean
get_uint (JsonObject *object,
          const char *member,
          guint       max,
          guint      *value)
{
  JsonNode *node = json_object_get_member (object, member);
  gint64 v;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64)
    return FALSE;

  v = json_node_get_int (node);
  if (v < 0 || v > max)
    return FALSE;

  *value = (guint) v;
  return TRUE;
}

static const char *
get_string (JsonObject *object,
            const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

static gboolean
read_question (JsonNode             *node,
               const char           *path,
               LecternProgressItem  *item,
               GError              **error)
{
  JsonObject *object;
  const char *last;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return invalid (error, path, _("not an object"));
  object = json_node_get_object (node);

  if (!get_uint (object, "attempts", G_MAXINT, &item->attempts) || item->attempts == 0)
    return invalid (error, path, _("“attempts” is not a count above zero"));
  if (!get_uint (object, "correct", item->attempts, &item->correct))
    return invalid (error, path, _("“correct” is not a count up to “attempts”"));
  if (!get_uint (object, "box", LECTERN_LEITNER_N_BOXES, &item->box) || item->box == 0)
    return invalid (error, path, _("“box” is not between 1 and 5"));

  last = get_string (object, "last");
  if (g_strcmp0 (last, "right") == 0)
    item->last_correct = TRUE;
  else if (g_strcmp0 (last, "wrong") == 0)
    item->last_correct = FALSE;
  else
    return invalid (error, path, _("“last” is neither “right” nor “wrong”"));

  if (!parse_time (get_string (object, "answered"), &item->answered))
    return invalid (error, path, _("“answered” is not a date and time"));
  if (!parse_time (get_string (object, "due"), &item->due))
    return invalid (error, path, _("“due” is not a date and time"));

  return TRUE;
}

static gboolean
read_quiz (JsonNode           *node,
           const char         *path,
           LecternQuizRecord  *record,
           GError            **error)
{
  JsonObject *object;
  JsonNode *code;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return invalid (error, path, _("not an object"));
  object = json_node_get_object (node);

  if (!parse_time (get_string (object, "date"), &record->date))
    return invalid (error, path, _("“date” is not a date and time"));
  if (get_string (object, "mode") == NULL)
    return invalid (error, path, _("“mode” is not a string"));
  if (!get_uint (object, "total", G_MAXINT, &record->total) ||
      !get_uint (object, "score", record->total, &record->score))
    return invalid (error, path, _("“score” and “total” are not counts with score ≤ total"));

  code = json_object_get_member (object, "code");
  if (code != NULL && !JSON_NODE_HOLDS_NULL (code) && get_string (object, "code") == NULL)
    return invalid (error, path, _("“code” is not a string"));

  record->mode = g_strdup (get_string (object, "mode"));
  record->code = g_strdup (get_string (object, "code"));
  return TRUE;
}

static gboolean
read_pack (JsonNode      *node,
           const char    *pack_id,
           LecternPackProgress  *pack,
           GError       **error)
{
  g_autofree char *path = g_strdup_printf ("packs[\"%s\"]", pack_id);
  JsonObject *object;
  JsonNode *questions, *quizzes;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return invalid (error, path, _("not an object"));
  object = json_node_get_object (node);

  questions = json_object_get_member (object, "questions");
  if (questions == NULL || !JSON_NODE_HOLDS_OBJECT (questions))
    return invalid (error, path, _("“questions” is not an object"));

  {
    g_autoptr(GList) members = json_object_get_members (json_node_get_object (questions));

    for (GList *l = members; l != NULL; l = l->next)
      {
        g_autofree char *item_path = g_strdup_printf ("%s.questions[\"%s\"]", path,
                                                      (const char *) l->data);
        LecternProgressItem *item = g_new0 (LecternProgressItem, 1);

        if (!read_question (json_object_get_member (json_node_get_object (questions), l->data),
                            item_path, item, error))
          {
            g_free (item);
            return FALSE;
          }
        g_hash_table_replace (pack->questions, g_strdup (l->data), item);
      }
  }

  quizzes = json_object_get_member (object, "quizzes");
  if (quizzes == NULL || !JSON_NODE_HOLDS_ARRAY (quizzes))
    return invalid (error, path, _("“quizzes” is not an array"));

  for (guint i = 0; i < json_array_get_length (json_node_get_array (quizzes)); i++)
    {
      g_autofree char *quiz_path = g_strdup_printf ("%s.quizzes[%u]", path, i);
      LecternQuizRecord *record = g_new0 (LecternQuizRecord, 1);

      if (!read_quiz (json_array_get_element (json_node_get_array (quizzes), i), quiz_path,
                      record, error))
        {
          lectern_quiz_record_free (record);
          return FALSE;
        }
      g_ptr_array_add (pack->quizzes, record);
    }

  return TRUE;
}

/* Parses @data into @packs; any problem is a LECTERN_QUIZ_ERROR. */
gboolean
lectern_progress_file_parse (const char  *data,
                gsize        length,
                GHashTable  *packs,
                GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) parse_error = NULL;
  JsonObject *root;
  JsonNode *node;
  gint64 version;

  if (length > LECTERN_PROGRESS_MAX_SIZE)
    return invalid (error, "", _("the file is too large"));
  if (!g_utf8_validate (data, length, NULL))
    return invalid (error, "", _("the file is not UTF-8 text"));
  if (lectern_json_scan (data, length, LECTERN_PROGRESS_MAX_DEPTH, NULL) != LECTERN_JSON_SCAN_OK)
    return invalid (error, "", _("the file is nested too deeply"));

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, length, &parse_error))
    return invalid (error, "", parse_error->message);

  node = json_parser_get_root (parser);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return invalid (error, "", _("not a JSON object"));
  root = json_node_get_object (node);

  if (g_strcmp0 (get_string (root, "format"), LECTERN_PROGRESS_FORMAT) != 0)
    return invalid (error, "format", _("not a Lectern progress file"));

  node = json_object_get_member (root, "version");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64 || json_node_get_int (node) < 1)
    return invalid (error, "version", _("not a version number"));

  version = json_node_get_int (node);
  if (version > LECTERN_PROGRESS_VERSION)
    {
      g_set_error (error, LECTERN_QUIZ_ERROR, LECTERN_QUIZ_ERROR_PROGRESS_TOO_NEW,
                   _("version %lld was written by a newer Lectern"), (long long) version);
      return FALSE;
    }

  node = json_object_get_member (root, "packs");
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return invalid (error, "packs", _("not an object"));

  {
    g_autoptr(GList) members = json_object_get_members (json_node_get_object (node));

    for (GList *l = members; l != NULL; l = l->next)
      {
        LecternPackProgress *pack = lectern_pack_progress_new ();

        g_hash_table_replace (packs, g_strdup (l->data), pack);
        if (!read_pack (json_object_get_member (json_node_get_object (node), l->data),
                        l->data, pack, error))
          return FALSE;
      }
  }

  return TRUE;
}

/* --- Writing ---------------------------------------------------------- */

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

/* Keys in byte order, so that the file is written the same way every time. */
static GPtrArray *
sorted_keys (GHashTable *table)
{
  GPtrArray *keys = g_ptr_array_sized_new (g_hash_table_size (table));
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (keys, key);
  g_ptr_array_sort (keys, compare_strings);

  return keys;
}

char *
lectern_progress_file_serialize (GHashTable *packs,
                                 gsize      *length)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) pack_ids = sorted_keys (packs);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, LECTERN_PROGRESS_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, LECTERN_PROGRESS_VERSION);
  json_builder_set_member_name (builder, "packs");
  json_builder_begin_object (builder);

  for (guint p = 0; p < pack_ids->len; p++)
    {
      LecternPackProgress *pack = g_hash_table_lookup (packs, pack_ids->pdata[p]);
      g_autoptr(GPtrArray) ids = sorted_keys (pack->questions);

      json_builder_set_member_name (builder, pack_ids->pdata[p]);
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "questions");
      json_builder_begin_object (builder);
      for (guint i = 0; i < ids->len; i++)
        {
          LecternProgressItem *item = g_hash_table_lookup (pack->questions, ids->pdata[i]);
          g_autofree char *answered = format_time (item->answered);
          g_autofree char *due = format_time (item->due);

          json_builder_set_member_name (builder, ids->pdata[i]);
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "attempts");
          json_builder_add_int_value (builder, item->attempts);
          json_builder_set_member_name (builder, "correct");
          json_builder_add_int_value (builder, item->correct);
          json_builder_set_member_name (builder, "last");
          json_builder_add_string_value (builder, item->last_correct ? "right" : "wrong");
          json_builder_set_member_name (builder, "box");
          json_builder_add_int_value (builder, item->box);
          json_builder_set_member_name (builder, "answered");
          json_builder_add_string_value (builder, answered);
          json_builder_set_member_name (builder, "due");
          json_builder_add_string_value (builder, due);
          json_builder_end_object (builder);
        }
      json_builder_end_object (builder);

      json_builder_set_member_name (builder, "quizzes");
      json_builder_begin_array (builder);
      for (guint i = 0; i < pack->quizzes->len; i++)
        {
          LecternQuizRecord *record = pack->quizzes->pdata[i];
          g_autofree char *date = format_time (record->date);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "date");
          json_builder_add_string_value (builder, date);
          json_builder_set_member_name (builder, "code");
          if (record->code != NULL)
            json_builder_add_string_value (builder, record->code);
          else
            json_builder_add_null_value (builder);
          json_builder_set_member_name (builder, "mode");
          json_builder_add_string_value (builder, record->mode);
          json_builder_set_member_name (builder, "score");
          json_builder_add_int_value (builder, record->score);
          json_builder_set_member_name (builder, "total");
          json_builder_add_int_value (builder, record->total);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }

  json_builder_end_object (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  return json_generator_to_data (generator, length);
}
