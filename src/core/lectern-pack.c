/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "lectern-object-list.h"
#include "lectern-pack-private.h"

struct _LecternPack
{
  GObject              parent_instance;

  LecternPackData      data;
  LecternObjectList   *sections;
  LecternObjectList   *paragraphs;
  LecternObjectList   *entities;
  LecternObjectList   *events;
  LecternObjectList   *eras;
  GHashTable          *paragraph_by_id;
  GHashTable          *entity_by_id;
  GHashTable          *event_by_id;
  LecternMentionIndex *mention_index;
};

G_DEFINE_FINAL_TYPE (LecternPack, lectern_pack, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_AUTHOR_NAME,
  PROP_PUBLISHER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_BOXED_TYPE (LecternProblem, lectern_problem, lectern_problem_copy, lectern_problem_free)

LecternProblem *
lectern_problem_new (const char *file,
                     const char *path,
                     const char *message)
{
  LecternProblem *self = g_new0 (LecternProblem, 1);

  self->file = g_strdup (file ? file : "");
  self->path = g_strdup (path ? path : "");
  self->message = g_strdup (message);
  return self;
}

LecternProblem *
lectern_problem_copy (LecternProblem *self)
{
  LecternProblem *copy = lectern_problem_new (self->file, self->path, self->message);

  copy->element = g_strdup (self->element);
  copy->line = self->line;
  copy->column = self->column;
  return copy;
}

const char *
lectern_problem_get_place (LecternProblem *self)
{
  return self->element ? self->element : self->path;
}

void
lectern_problem_free (LecternProblem *self)
{
  if (self == NULL)
    return;
  g_free (self->file);
  g_free (self->path);
  g_free (self->message);
  g_free (self->element);
  g_free (self);
}

char *
lectern_problem_to_string (LecternProblem *self)
{
  g_autofree char *place = self->line > 0 ? g_strdup_printf ("%s:%u:%u", self->file, self->line,
                                                              self->column)
                                           : g_strdup (self->file);

  if (self->path[0] == '\0')
    return g_strdup_printf ("%s: %s", place, self->message);
  return g_strdup_printf ("%s: %s: %s", place, self->path, self->message);
}

static GHashTable *
index_by_id (GPtrArray *array,
             const char *(*get_id) (gpointer))
{
  GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < array->len; i++)
    {
      gpointer item = g_ptr_array_index (array, i);
      g_hash_table_insert (table, (gpointer) get_id (item), item);
    }
  return table;
}

static void
lectern_pack_finalize (GObject *object)
{
  LecternPack *self = (LecternPack *) object;

  g_clear_object (&self->mention_index);
  g_clear_pointer (&self->paragraph_by_id, g_hash_table_unref);
  g_clear_pointer (&self->entity_by_id, g_hash_table_unref);
  g_clear_pointer (&self->event_by_id, g_hash_table_unref);
  g_clear_object (&self->sections);
  g_clear_object (&self->paragraphs);
  g_clear_object (&self->entities);
  g_clear_object (&self->events);
  g_clear_object (&self->eras);
  g_clear_pointer (&self->data.sections, g_ptr_array_unref);
  g_clear_pointer (&self->data.paragraphs, g_ptr_array_unref);
  g_clear_pointer (&self->data.entities, g_ptr_array_unref);
  g_clear_pointer (&self->data.events, g_ptr_array_unref);
  g_clear_pointer (&self->data.eras, g_ptr_array_unref);
  g_free (self->data.display_name);
  g_free (self->data.id);
  g_free (self->data.title);
  g_free (self->data.language);
  g_free (self->data.author_name);
  g_free (self->data.author_bio);
  g_free (self->data.publisher);
  g_free (self->data.credits);

  G_OBJECT_CLASS (lectern_pack_parent_class)->finalize (object);
}

static void
lectern_pack_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  LecternPack *self = LECTERN_PACK (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->data.id);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->data.title);
      break;
    case PROP_AUTHOR_NAME:
      g_value_set_string (value, self->data.author_name);
      break;
    case PROP_PUBLISHER:
      g_value_set_string (value, self->data.publisher);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lectern_pack_class_init (LecternPackClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = lectern_pack_finalize;
  object_class->get_property = lectern_pack_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_AUTHOR_NAME] = g_param_spec_string ("author-name", NULL, NULL, NULL, flags);
  properties[PROP_PUBLISHER] = g_param_spec_string ("publisher", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lectern_pack_init (LecternPack *self)
{
}

LecternPack *
_lectern_pack_new (LecternPackData *data)
{
  LecternPack *self = g_object_new (LECTERN_TYPE_PACK, NULL);

  self->data = *data;
  memset (data, 0, sizeof *data);

  self->sections = lectern_object_list_new (LECTERN_TYPE_SECTION, self->data.sections);
  self->paragraphs = lectern_object_list_new (LECTERN_TYPE_PARAGRAPH, self->data.paragraphs);
  self->entities = lectern_object_list_new (LECTERN_TYPE_ENTITY, self->data.entities);
  self->events = lectern_object_list_new (LECTERN_TYPE_EVENT, self->data.events);
  self->eras = lectern_object_list_new (LECTERN_TYPE_ERA, self->data.eras);
  self->paragraph_by_id =
    index_by_id (self->data.paragraphs, (const char *(*) (gpointer)) lectern_paragraph_get_id);
  self->entity_by_id =
    index_by_id (self->data.entities, (const char *(*) (gpointer)) lectern_entity_get_id);
  self->event_by_id =
    index_by_id (self->data.events, (const char *(*) (gpointer)) lectern_event_get_id);

  return self;
}

#define GETTER(name, field)                                   \
  const char *                                                \
  lectern_pack_get_##name (LecternPack *self)                 \
  {                                                           \
    g_return_val_if_fail (LECTERN_IS_PACK (self), NULL);      \
    return self->data.field;                                  \
  }

GETTER (id, id)
GETTER (title, title)
GETTER (language, language)
GETTER (author_name, author_name)
GETTER (author_bio, author_bio)
GETTER (publisher, publisher)
GETTER (credits, credits)
GETTER (display_name, display_name)

#undef GETTER

GListModel *
lectern_pack_get_sections (LecternPack *self)
{
  g_return_val_if_fail (LECTERN_IS_PACK (self), NULL);
  return G_LIST_MODEL (self->sections);
}

GListModel *
lectern_pack_get_paragraphs (LecternPack *self)
{
  g_return_val_if_fail (LECTERN_IS_PACK (self), NULL);
  return G_LIST_MODEL (self->paragraphs);
}

GListModel *
lectern_pack_get_entities (LecternPack *self)
{
  g_return_val_if_fail (LECTERN_IS_PACK (self), NULL);
  return G_LIST_MODEL (self->entities);
}

GListModel *
lectern_pack_get_events (LecternPack *self)
{
  g_return_val_if_fail (LECTERN_IS_PACK (self), NULL);
  return G_LIST_MODEL (self->events);
}

GListModel *
lectern_pack_get_eras (LecternPack *self)
{
  g_return_val_if_fail (LECTERN_IS_PACK (self), NULL);
  return G_LIST_MODEL (self->eras);
}

LecternParagraph *
lectern_pack_lookup_paragraph (LecternPack *self,
                               const char  *id)
{
  g_return_val_if_fail (LECTERN_IS_PACK (self), NULL);
  return id ? g_hash_table_lookup (self->paragraph_by_id, id) : NULL;
}

LecternEntity *
lectern_pack_lookup_entity (LecternPack *self,
                            const char  *id)
{
  g_return_val_if_fail (LECTERN_IS_PACK (self), NULL);
  return id ? g_hash_table_lookup (self->entity_by_id, id) : NULL;
}

LecternEvent *
lectern_pack_lookup_event (LecternPack *self,
                           const char  *id)
{
  g_return_val_if_fail (LECTERN_IS_PACK (self), NULL);
  return id ? g_hash_table_lookup (self->event_by_id, id) : NULL;
}

LecternMentionIndex *
lectern_pack_get_mention_index (LecternPack *self)
{
  g_return_val_if_fail (LECTERN_IS_PACK (self), NULL);

  if (self->mention_index == NULL)
    {
      self->mention_index = lectern_mention_index_new (G_LIST_MODEL (self->paragraphs),
                                                       G_LIST_MODEL (self->entities));
      for (guint i = 0; i < self->data.entities->len; i++)
        {
          LecternEntity *entity = g_ptr_array_index (self->data.entities, i);
          guint n;

          lectern_mention_index_get_entity_mentions (self->mention_index, entity, &n);
          _lectern_entity_set_mention_count (entity, n);
        }
    }
  return self->mention_index;
}

GPtrArray *
lectern_pack_get_entity_events (LecternPack   *self,
                                LecternEntity *entity)
{
  GPtrArray *result;
  const char *id;

  g_return_val_if_fail (LECTERN_IS_PACK (self), NULL);
  g_return_val_if_fail (LECTERN_IS_ENTITY (entity), NULL);

  result = g_ptr_array_new ();
  id = lectern_entity_get_id (entity);
  for (guint i = 0; i < self->data.events->len; i++)
    {
      LecternEvent *event = g_ptr_array_index (self->data.events, i);

      if (g_strv_contains (lectern_event_get_entity_ids (event), id))
        g_ptr_array_add (result, event);
    }
  return result;
}
