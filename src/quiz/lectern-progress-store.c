/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "lectern-leitner.h"
#include "lectern-progress-file.h"
#include "lectern-progress-store.h"
#include "lectern-quiz-options.h"

struct _LecternProgressStore
{
  GObject     parent_instance;

  char       *path;
  char       *set_aside_path;
  GHashTable *packs;      /* pack id → LecternPackProgress */
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

static LecternPackProgress *
ensure_pack (LecternProgressStore *self,
             const char           *pack_id)
{
  LecternPackProgress *pack = g_hash_table_lookup (self->packs, pack_id);

  if (pack == NULL)
    {
      pack = lectern_pack_progress_new ();
      g_hash_table_insert (self->packs, g_strdup (pack_id), pack);
    }

  return pack;
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

static char *
last_good_path (LecternProgressStore *self)
{
  return g_strconcat (self->path, ".last-good", NULL);
}

static gboolean
read_last_good (LecternProgressStore *self,
                GHashTable           *packs)
{
  g_autofree char *path = last_good_path (self);
  g_autofree char *data = NULL;
  gsize length = 0;

  return g_file_get_contents (path, &data, &length, NULL) &&
         lectern_progress_file_parse (data, length, packs, NULL);
}

/* Before a save replaces the file, the current one (which was read back
 * when it was written) stays as "progress.json.last-good": a hard link
 * where the file system allows one, else a copy. */
static void
keep_last_good (LecternProgressStore *self)
{
  g_autofree char *path = last_good_path (self);
  g_autofree char *data = NULL;
  gsize length = 0;

  if (!g_file_test (self->path, G_FILE_TEST_IS_REGULAR))
    return;
  g_unlink (path);
  if (link (self->path, path) == 0)
    return;
  if (g_file_get_contents (self->path, &data, &length, NULL))
    g_file_set_contents_full (path, data, length, G_FILE_SET_CONTENTS_CONSISTENT, 0600, NULL);
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
  self->packs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, lectern_pack_progress_free);
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

/* A save killed half-way leaves the temporary file that
 * g_file_set_contents_full() writes beside the real one, named
 * "progress.json.XXXXXX": never read, so removed here. */
static void
remove_stale_temporaries (LecternProgressStore *self)
{
  g_autofree char *dir_name = g_path_get_dirname (self->path);
  g_autofree char *base = g_path_get_basename (self->path);
  g_autoptr(GDir) dir = g_dir_open (dir_name, 0, NULL);
  gsize base_length = strlen (base);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      gboolean temporary;

      if (strncmp (name, base, base_length) != 0 || name[base_length] != '.' ||
          strlen (name + base_length + 1) != 6)
        continue;
      temporary = TRUE;
      for (const char *p = name + base_length + 1; *p; p++)
        temporary &= g_ascii_isalnum (*p);
      if (temporary)
        {
          g_autofree char *path = g_build_filename (dir_name, name, NULL);
          g_unlink (path);
        }
    }
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
  remove_stale_temporaries (self);

  if (!g_file_get_contents (self->path, &data, &length, &local_error))
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return TRUE;

      self->broken = TRUE;
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                  _("Could not read your quiz progress: "));
      return FALSE;
    }

  packs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, lectern_pack_progress_free);
  if (!lectern_progress_file_parse (data, length, packs, &local_error))
    {
      if (!set_aside (self, local_error->message, error))
        return FALSE;
      /* The copy kept at the last save was read back before it was
       * written: pick up from there rather than from nothing. */
      g_hash_table_remove_all (packs);
      if (!read_last_good (self, packs))
        return TRUE;
    }

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

  data = lectern_progress_file_serialize (self->packs, &length);

  /* Never write a file that could not be read back: it would be set
   * aside at the next start, and every pack's progress with it. */
  {
    g_autoptr(GHashTable) check = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                         lectern_pack_progress_free);
    g_autoptr(GError) check_error = NULL;

    if (!lectern_progress_file_parse (data, length, check, &check_error))
      {
        g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                     _("Your quiz progress was not saved, because it would not read back: %s"),
                     check_error->message);
        return FALSE;
      }
  }

  keep_last_good (self);
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
  LecternPackProgress *pack;
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
  LecternPackProgress *pack;
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

  /* Saturate: the reader refuses counts past G_MAXINT. */
  if (item->attempts < G_MAXINT)
    item->attempts++;
  if (correct && item->correct < G_MAXINT)
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
  if ((code != NULL && !g_utf8_validate (code, -1, NULL)) || !g_utf8_validate (mode, -1, NULL))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                   _("Your quiz result was not saved: its quiz code is not valid text"));
      return FALSE;
    }

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
  LecternPackProgress *pack;
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
  LecternPackProgress *pack;

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
  LecternPackProgress *pack;

  g_return_val_if_fail (LECTERN_IS_PROGRESS_STORE (self), NULL);
  g_return_val_if_fail (pack_id != NULL, NULL);

  ensure_loaded (self, NULL);
  pack = g_hash_table_lookup (self->packs, pack_id);
  if (pack == NULL || position >= pack->quizzes->len)
    return NULL;

  return pack->quizzes->pdata[position];
}
