/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "lectern-leitner.h"
#include "lectern-progress-store.h"
#include "lectern-quiz-options.h"

typedef struct
{
  GHashTable *questions;  /* id → LecternProgressItem */
  GPtrArray  *quizzes;    /* LecternQuizRecord */
} PackProgress;

struct _LecternProgressStore
{
  GObject     parent_instance;

  char       *path;
  char       *set_aside_path;
  GHashTable *packs;      /* pack id → PackProgress */
  gboolean    loaded;
  /* The file could not be read nor set aside: never overwrite it. */
  gboolean    broken;
};

G_DEFINE_FINAL_TYPE (LecternProgressStore, lectern_progress_store, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PATH,
  N_PROPS
};

enum {
  SET_ASIDE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
quiz_record_free (gpointer data)
{
  LecternQuizRecord *record = data;

  g_free (record->code);
  g_free (record->mode);
  g_free (record);
}

static void
pack_progress_free (gpointer data)
{
  PackProgress *pack = data;

  g_hash_table_unref (pack->questions);
  g_ptr_array_unref (pack->quizzes);
  g_free (pack);
}

static PackProgress *
pack_progress_new (void)
{
  PackProgress *pack = g_new0 (PackProgress, 1);

  pack->questions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  pack->quizzes = g_ptr_array_new_with_free_func (quiz_record_free);
  return pack;
}

static PackProgress *
ensure_pack (LecternProgressStore *self,
             const char           *pack_id)
{
  PackProgress *pack = g_hash_table_lookup (self->packs, pack_id);

  if (pack == NULL)
    {
      pack = pack_progress_new ();
      g_hash_table_insert (self->packs, g_strdup (pack_id), pack);
    }

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

/* Nesting depth of arrays and objects, counted on the raw bytes. */
static guint
measure_depth (const char *data,
               gsize       length)
{
  guint depth = 0, max_depth = 0;
  gboolean in_string = FALSE;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        in_string = TRUE;
      else if (c == '[' || c == '{')
        max_depth = MAX (max_depth, ++depth);
      else if ((c == ']' || c == '}') && depth > 0)
        depth--;
    }

  return max_depth;
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
           PackProgress  *pack,
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
          quiz_record_free (record);
          return FALSE;
        }
      g_ptr_array_add (pack->quizzes, record);
    }

  return TRUE;
}

/* Parses @data into @packs; any problem is a LECTERN_QUIZ_ERROR. */
static gboolean
parse_progress (const char  *data,
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
  if (measure_depth (data, length) > LECTERN_PROGRESS_MAX_DEPTH)
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
                   _("version %" G_GINT64_FORMAT " was written by a newer Lectern"), version);
      return FALSE;
    }

  node = json_object_get_member (root, "packs");
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return invalid (error, "packs", _("not an object"));

  {
    g_autoptr(GList) members = json_object_get_members (json_node_get_object (node));

    for (GList *l = members; l != NULL; l = l->next)
      {
        PackProgress *pack = pack_progress_new ();

        g_hash_table_replace (packs, g_strdup (l->data), pack);
        if (!read_pack (json_object_get_member (json_node_get_object (node), l->data),
                        l->data, pack, error))
          return FALSE;
      }
  }

  return TRUE;
}

/* Moves the unreadable file out of the way, keeping every byte of it. */
static gboolean
set_aside (LecternProgressStore  *self,
           const char            *reason,
           GError               **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%dT%H%M%SZ");
  g_autofree char *target = g_strdup_printf ("%s.corrupt-%s", self->path, stamp);

  for (guint i = 2; g_file_test (target, G_FILE_TEST_EXISTS); i++)
    {
      g_free (target);
      target = g_strdup_printf ("%s.corrupt-%s-%u", self->path, stamp, i);
    }

  if (g_rename (self->path, target) != 0)
    {
      int saved_errno = errno;

      self->broken = TRUE;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not set aside the unreadable progress file “%s”: %s"),
                   self->path, g_strerror (saved_errno));
      return FALSE;
    }

  g_free (self->set_aside_path);
  self->set_aside_path = g_steal_pointer (&target);
  g_signal_emit (self, signals[SET_ASIDE], 0, self->set_aside_path, reason);

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

static char *
serialize (LecternProgressStore *self,
           gsize                *length)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) pack_ids = sorted_keys (self->packs);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, LECTERN_PROGRESS_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, LECTERN_PROGRESS_VERSION);
  json_builder_set_member_name (builder, "packs");
  json_builder_begin_object (builder);

  for (guint p = 0; p < pack_ids->len; p++)
    {
      PackProgress *pack = g_hash_table_lookup (self->packs, pack_ids->pdata[p]);
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

static gboolean
ensure_loaded (LecternProgressStore  *self,
               GError               **error)
{
  if (self->loaded)
    return TRUE;

  return lectern_progress_store_load (self, error);
}

/* --- GObject ---------------------------------------------------------- */

static void
lectern_progress_store_finalize (GObject *object)
{
  LecternProgressStore *self = LECTERN_PROGRESS_STORE (object);

  g_free (self->path);
  g_free (self->set_aside_path);
  g_hash_table_unref (self->packs);

  G_OBJECT_CLASS (lectern_progress_store_parent_class)->finalize (object);
}

static void
lectern_progress_store_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  LecternProgressStore *self = LECTERN_PROGRESS_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lectern_progress_store_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  LecternProgressStore *self = LECTERN_PROGRESS_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      self->path = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lectern_progress_store_class_init (LecternProgressStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lectern_progress_store_finalize;
  object_class->get_property = lectern_progress_store_get_property;
  object_class->set_property = lectern_progress_store_set_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LecternProgressStore::set-aside:
   * @backup_path: where the unreadable file now is
   * @reason: what was wrong with it
   */
  signals[SET_ASIDE] =
    g_signal_new ("set-aside", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);
}

static void
lectern_progress_store_init (LecternProgressStore *self)
{
  self->packs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, pack_progress_free);
}

/* --- Public API ------------------------------------------------------- */

LecternProgressStore *
lectern_progress_store_new (const char *path)
{
  g_return_val_if_fail (path != NULL, NULL);

  return g_object_new (LECTERN_TYPE_PROGRESS_STORE, "path", path, NULL);
}

char *
lectern_progress_store_get_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), APP_ID, "progress.json", NULL);
}

LecternProgressStore *
lectern_progress_store_new_default (void)
{
  g_autofree char *path = lectern_progress_store_get_default_path ();

  return lectern_progress_store_new (path);
}

const char *
lectern_progress_store_get_path (LecternProgressStore *self)
{
  g_return_val_if_fail (LECTERN_IS_PROGRESS_STORE (self), NULL);

  return self->path;
}

const char *
lectern_progress_store_get_set_aside_path (LecternProgressStore *self)
{
  g_return_val_if_fail (LECTERN_IS_PROGRESS_STORE (self), NULL);

  return self->set_aside_path;
}

gboolean
lectern_progress_store_load (LecternProgressStore  *self,
                             GError               **error)
{
  g_autofree char *data = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GHashTable) packs = NULL;
  gsize length = 0;

  g_return_val_if_fail (LECTERN_IS_PROGRESS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  self->loaded = TRUE;
  self->broken = FALSE;
  g_hash_table_remove_all (self->packs);

  if (!g_file_get_contents (self->path, &data, &length, &local_error))
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return TRUE;

      self->broken = TRUE;
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                  _("Could not read your quiz progress: "));
      return FALSE;
    }

  packs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, pack_progress_free);
  if (!parse_progress (data, length, packs, &local_error))
    return set_aside (self, local_error->message, error);

  g_hash_table_unref (self->packs);
  self->packs = g_steal_pointer (&packs);

  return TRUE;
}

gboolean
lectern_progress_store_save (LecternProgressStore  *self,
                             GError               **error)
{
  g_autofree char *data = NULL;
  g_autofree char *dir = NULL;
  gsize length = 0;

  g_return_val_if_fail (LECTERN_IS_PROGRESS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->broken)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED,
                   _("Your quiz progress is not saved, so as not to overwrite “%s”"), self->path);
      return FALSE;
    }

  dir = g_path_get_dirname (self->path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not create the folder “%s”: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }

  data = serialize (self, &length);
  return g_file_set_contents_full (self->path, data, length,
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                   0600, error);
}

gboolean
lectern_progress_store_lookup (LecternProgressStore *self,
                               const char           *pack_id,
                               const char           *question_id,
                               LecternProgressItem  *item)
{
  PackProgress *pack;
  LecternProgressItem *found;

  g_return_val_if_fail (LECTERN_IS_PROGRESS_STORE (self), FALSE);
  g_return_val_if_fail (pack_id != NULL && question_id != NULL, FALSE);

  ensure_loaded (self, NULL);

  pack = g_hash_table_lookup (self->packs, pack_id);
  found = pack != NULL ? g_hash_table_lookup (pack->questions, question_id) : NULL;
  if (found == NULL)
    return FALSE;

  if (item != NULL)
    *item = *found;
  return TRUE;
}

gboolean
lectern_progress_store_record_answer (LecternProgressStore  *self,
                                      const char            *pack_id,
                                      const char            *question_id,
                                      gboolean               correct,
                                      GDateTime             *when,
                                      GError               **error)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) due = NULL;
  PackProgress *pack;
  LecternProgressItem *item;

  g_return_val_if_fail (LECTERN_IS_PROGRESS_STORE (self), FALSE);
  g_return_val_if_fail (pack_id != NULL && question_id != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!ensure_loaded (self, error))
    return FALSE;

  now = when != NULL ? g_date_time_ref (when) : g_date_time_new_now_utc ();
  pack = ensure_pack (self, pack_id);
  item = g_hash_table_lookup (pack->questions, question_id);
  if (item == NULL)
    {
      item = g_new0 (LecternProgressItem, 1);
      g_hash_table_insert (pack->questions, g_strdup (question_id), item);
    }

  item->attempts++;
  if (correct)
    item->correct++;
  item->last_correct = correct;
  item->box = lectern_leitner_next_box (item->box, correct);
  item->answered = g_date_time_to_unix (now);
  due = lectern_leitner_due (item->box, now);
  item->due = g_date_time_to_unix (due);

  return lectern_progress_store_save (self, error);
}

gboolean
lectern_progress_store_record_quiz (LecternProgressStore  *self,
                                    const char            *pack_id,
                                    const char            *code,
                                    const char            *mode,
                                    guint                  score,
                                    guint                  total,
                                    GDateTime             *when,
                                    GError               **error)
{
  g_autoptr(GDateTime) now = NULL;
  LecternQuizRecord *record;

  g_return_val_if_fail (LECTERN_IS_PROGRESS_STORE (self), FALSE);
  g_return_val_if_fail (pack_id != NULL && mode != NULL, FALSE);
  g_return_val_if_fail (score <= total, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!ensure_loaded (self, error))
    return FALSE;

  now = when != NULL ? g_date_time_ref (when) : g_date_time_new_now_utc ();
  record = g_new0 (LecternQuizRecord, 1);
  record->date = g_date_time_to_unix (now);
  record->code = g_strdup (code);
  record->mode = g_strdup (mode);
  record->score = score;
  record->total = total;
  g_ptr_array_add (ensure_pack (self, pack_id)->quizzes, record);

  return lectern_progress_store_save (self, error);
}

typedef struct
{
  const char                *id;
  const LecternProgressItem *item;
} Entry;

static int
compare_missed (gconstpointer a,
                gconstpointer b)
{
  const Entry *ea = a, *eb = b;

  if (ea->item->answered != eb->item->answered)
    return ea->item->answered > eb->item->answered ? -1 : 1;
  return strcmp (ea->id, eb->id);
}

static int
compare_due (gconstpointer a,
             gconstpointer b)
{
  const Entry *ea = a, *eb = b;

  if (ea->item->due != eb->item->due)
    return ea->item->due < eb->item->due ? -1 : 1;
  return strcmp (ea->id, eb->id);
}

static GStrv
select_ids (LecternProgressStore *self,
            const char           *pack_id,
            gboolean              missed,
            gint64                now)
{
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  PackProgress *pack;
  GHashTableIter iter;
  gpointer key, value;
  GStrv ids;

  ensure_loaded (self, NULL);

  pack = g_hash_table_lookup (self->packs, pack_id);
  if (pack != NULL)
    {
      g_hash_table_iter_init (&iter, pack->questions);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          const LecternProgressItem *item = value;
          Entry entry = { key, item };

          if (missed ? !item->last_correct : item->due <= now)
            g_array_append_val (entries, entry);
        }
    }

  g_array_sort (entries, missed ? compare_missed : compare_due);

  ids = g_new0 (char *, entries->len + 1);
  for (guint i = 0; i < entries->len; i++)
    ids[i] = g_strdup (g_array_index (entries, Entry, i).id);

  return ids;
}

GStrv
lectern_progress_store_get_missed (LecternProgressStore *self,
                                   const char           *pack_id)
{
  g_return_val_if_fail (LECTERN_IS_PROGRESS_STORE (self), NULL);
  g_return_val_if_fail (pack_id != NULL, NULL);

  return select_ids (self, pack_id, TRUE, 0);
}

GStrv
lectern_progress_store_get_due (LecternProgressStore *self,
                                const char           *pack_id,
                                GDateTime            *now)
{
  g_autoptr(GDateTime) time = NULL;

  g_return_val_if_fail (LECTERN_IS_PROGRESS_STORE (self), NULL);
  g_return_val_if_fail (pack_id != NULL, NULL);

  time = now != NULL ? g_date_time_ref (now) : g_date_time_new_now_utc ();
  return select_ids (self, pack_id, FALSE, g_date_time_to_unix (time));
}

guint
lectern_progress_store_get_n_quizzes (LecternProgressStore *self,
                                      const char           *pack_id)
{
  PackProgress *pack;

  g_return_val_if_fail (LECTERN_IS_PROGRESS_STORE (self), 0);
  g_return_val_if_fail (pack_id != NULL, 0);

  ensure_loaded (self, NULL);
  pack = g_hash_table_lookup (self->packs, pack_id);
  return pack != NULL ? pack->quizzes->len : 0;
}

const LecternQuizRecord *
lectern_progress_store_get_quiz (LecternProgressStore *self,
                                 const char           *pack_id,
                                 guint                 position)
{
  PackProgress *pack;

  g_return_val_if_fail (LECTERN_IS_PROGRESS_STORE (self), NULL);
  g_return_val_if_fail (pack_id != NULL, NULL);

  ensure_loaded (self, NULL);
  pack = g_hash_table_lookup (self->packs, pack_id);
  if (pack == NULL || position >= pack->quizzes->len)
    return NULL;

  return pack->quizzes->pdata[position];
}
