/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lectern-entity.h"
#include "lectern-pack-private.h"
#include "lectern-text.h"

struct _LecternEntity
{
  GObject            parent_instance;

  char              *id;
  LecternEntityKind  kind;
  char              *name;
  char             **aliases;
  char              *summary;
  char              *native_name;
  char              *search_key;
  char              *sort_key;
  guint              mention_count;
};

G_DEFINE_FINAL_TYPE (LecternEntity, lectern_entity, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_KIND_LABEL,
  PROP_ICON_NAME,
  PROP_NAME,
  PROP_SUMMARY,
  PROP_NATIVE_NAME,
  PROP_MENTION_COUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const struct
{
  const char *id;
  const char *label;
  const char *icon;
} kinds[LECTERN_N_ENTITY_KINDS] = {
  [LECTERN_ENTITY_PERSON] = { "person", N_("People"), "avatar-default-symbolic" },
  [LECTERN_ENTITY_ORGANIZATION] = { "organization", N_("Organisations"), "system-users-symbolic" },
  [LECTERN_ENTITY_PLACE] = { "place", N_("Places"), "mark-location-symbolic" },
  [LECTERN_ENTITY_LAW] = { "law", N_("Laws & Documents"), "accessories-text-editor-symbolic" },
  [LECTERN_ENTITY_CONCEPT] = { "concept", N_("Concepts"), "dialog-information-symbolic" },
};

GType
lectern_entity_kind_get_type (void)
{
  static gsize type_id = 0;

  if (g_once_init_enter (&type_id))
    {
      static const GEnumValue values[] = {
        { LECTERN_ENTITY_PERSON, "LECTERN_ENTITY_PERSON", "person" },
        { LECTERN_ENTITY_ORGANIZATION, "LECTERN_ENTITY_ORGANIZATION", "organization" },
        { LECTERN_ENTITY_PLACE, "LECTERN_ENTITY_PLACE", "place" },
        { LECTERN_ENTITY_LAW, "LECTERN_ENTITY_LAW", "law" },
        { LECTERN_ENTITY_CONCEPT, "LECTERN_ENTITY_CONCEPT", "concept" },
        { 0, NULL, NULL },
      };
      GType type = g_enum_register_static ("LecternEntityKind", values);
      g_once_init_leave (&type_id, type);
    }
  return type_id;
}

gboolean
lectern_entity_kind_from_string (const char        *text,
                                 LecternEntityKind *kind)
{
  for (guint i = 0; i < LECTERN_N_ENTITY_KINDS; i++)
    {
      if (g_strcmp0 (text, kinds[i].id) == 0)
        {
          *kind = i;
          return TRUE;
        }
    }
  return FALSE;
}

const char *
lectern_entity_kind_to_string (LecternEntityKind kind)
{
  g_return_val_if_fail (kind < LECTERN_N_ENTITY_KINDS, NULL);
  return kinds[kind].id;
}

const char *
lectern_entity_kind_get_label (LecternEntityKind kind)
{
  g_return_val_if_fail (kind < LECTERN_N_ENTITY_KINDS, NULL);
  return g_dgettext (GETTEXT_PACKAGE, kinds[kind].label);
}

const char *
lectern_entity_kind_get_icon (LecternEntityKind kind)
{
  g_return_val_if_fail (kind < LECTERN_N_ENTITY_KINDS, NULL);
  return kinds[kind].icon;
}

static void
lectern_entity_finalize (GObject *object)
{
  LecternEntity *self = (LecternEntity *) object;

  g_free (self->id);
  g_free (self->name);
  g_free (self->aliases);
  g_free (self->summary);
  g_free (self->native_name);
  g_free (self->search_key);
  g_free (self->sort_key);

  G_OBJECT_CLASS (lectern_entity_parent_class)->finalize (object);
}

static void
lectern_entity_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  LecternEntity *self = LECTERN_ENTITY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_KIND_LABEL:
      g_value_set_string (value, lectern_entity_kind_get_label (self->kind));
      break;
    case PROP_ICON_NAME:
      g_value_set_string (value, lectern_entity_kind_get_icon (self->kind));
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    case PROP_NATIVE_NAME:
      g_value_set_string (value, self->native_name);
      break;
    case PROP_MENTION_COUNT:
      g_value_set_uint (value, self->mention_count);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lectern_entity_class_init (LecternEntityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = lectern_entity_finalize;
  object_class->get_property = lectern_entity_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, LECTERN_TYPE_ENTITY_KIND, 0, flags);
  properties[PROP_KIND_LABEL] = g_param_spec_string ("kind-label", NULL, NULL, NULL, flags);
  properties[PROP_ICON_NAME] = g_param_spec_string ("icon-name", NULL, NULL, NULL, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_SUMMARY] = g_param_spec_string ("summary", NULL, NULL, NULL, flags);
  properties[PROP_NATIVE_NAME] = g_param_spec_string ("native-name", NULL, NULL, NULL, flags);
  properties[PROP_MENTION_COUNT] =
    g_param_spec_uint ("mention-count", NULL, NULL, 0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lectern_entity_init (LecternEntity *self)
{
}

/* Takes @aliases (NULL for none), one block (see lectern-pack-private.h). */
LecternEntity *
_lectern_entity_new (const char        *id,
                     LecternEntityKind  kind,
                     const char        *name,
                     char             **aliases,
                     const char        *summary,
                     const char        *native_name)
{
  LecternEntity *self = g_object_new (LECTERN_TYPE_ENTITY, NULL);

  self->id = g_strdup (id);
  self->kind = kind;
  self->name = g_strdup (name);
  self->aliases = aliases ? aliases : g_new0 (char *, 1);
  self->summary = g_strdup (summary);
  self->native_name = (native_name && *native_name) ? g_strdup (native_name) : NULL;

  return self;
}

void
_lectern_entity_set_mention_count (LecternEntity *self,
                                   guint          count)
{
  if (self->mention_count == count)
    return;
  self->mention_count = count;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MENTION_COUNT]);
}

const char *
lectern_entity_get_id (LecternEntity *self)
{
  g_return_val_if_fail (LECTERN_IS_ENTITY (self), NULL);
  return self->id;
}

LecternEntityKind
lectern_entity_get_kind (LecternEntity *self)
{
  g_return_val_if_fail (LECTERN_IS_ENTITY (self), 0);
  return self->kind;
}

const char *
lectern_entity_get_name (LecternEntity *self)
{
  g_return_val_if_fail (LECTERN_IS_ENTITY (self), NULL);
  return self->name;
}

const char * const *
lectern_entity_get_aliases (LecternEntity *self)
{
  g_return_val_if_fail (LECTERN_IS_ENTITY (self), NULL);
  return (const char * const *) self->aliases;
}

const char *
lectern_entity_get_summary (LecternEntity *self)
{
  g_return_val_if_fail (LECTERN_IS_ENTITY (self), NULL);
  return self->summary;
}

const char *
lectern_entity_get_native_name (LecternEntity *self)
{
  g_return_val_if_fail (LECTERN_IS_ENTITY (self), NULL);
  return self->native_name;
}

guint
lectern_entity_get_mention_count (LecternEntity *self)
{
  g_return_val_if_fail (LECTERN_IS_ENTITY (self), 0);
  return self->mention_count;
}

static char *
make_search_key (LecternEntity *self)
{
  g_autoptr(GString) key = g_string_new (self->name);

  for (guint i = 0; self->aliases[i]; i++)
    {
      g_string_append_c (key, '\n');
      g_string_append (key, self->aliases[i]);
    }
  if (self->native_name)
    {
      g_string_append_c (key, '\n');
      g_string_append (key, self->native_name);
    }
  g_string_append_c (key, '\n');
  g_string_append (key, self->summary);
  return lectern_text_fold (key->str);
}

static char *
make_sort_key (LecternEntity *self)
{
  return g_utf8_collate_key (self->name, -1);
}

/* Keys are made on first use, safely from any thread (a second caller's key
 * is dropped): only the sidebar needs them, and making them for thousands of
 * entities would slow loading down. */
static const char *
get_key (LecternEntity  *self,
         char          **slot,
         char         *(*make) (LecternEntity *self))
{
  char *key = g_atomic_pointer_get (slot);

  if (key == NULL)
    {
      key = make (self);
      if (!g_atomic_pointer_compare_and_exchange (slot, NULL, key))
        {
          g_free (key);
          key = g_atomic_pointer_get (slot);
        }
    }
  return key;
}

const char *
lectern_entity_get_search_key (LecternEntity *self)
{
  g_return_val_if_fail (LECTERN_IS_ENTITY (self), NULL);
  return get_key (self, &self->search_key, make_search_key);
}

const char *
lectern_entity_get_sort_key (LecternEntity *self)
{
  g_return_val_if_fail (LECTERN_IS_ENTITY (self), NULL);
  return get_key (self, &self->sort_key, make_sort_key);
}
