/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lectern-object-list.h"
#include "lectern-pack-private.h"
#include "lectern-section.h"

struct _LecternSection
{
  GObject            parent_instance;

  char              *id;
  char              *heading;
  LecternObjectList *paragraphs;
};

G_DEFINE_FINAL_TYPE (LecternSection, lectern_section, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_HEADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
lectern_section_finalize (GObject *object)
{
  LecternSection *self = (LecternSection *) object;

  g_free (self->id);
  g_free (self->heading);
  g_clear_object (&self->paragraphs);

  G_OBJECT_CLASS (lectern_section_parent_class)->finalize (object);
}

static void
lectern_section_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  LecternSection *self = LECTERN_SECTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_HEADING:
      g_value_set_string (value, self->heading);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lectern_section_class_init (LecternSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lectern_section_finalize;
  object_class->get_property = lectern_section_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_HEADING] =
    g_param_spec_string ("heading", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lectern_section_init (LecternSection *self)
{
}

LecternSection *
_lectern_section_new (const char *id,
                      const char *heading,
                      GPtrArray  *paragraphs)
{
  LecternSection *self = g_object_new (LECTERN_TYPE_SECTION, NULL);

  self->id = g_strdup (id);
  self->heading = g_strdup (heading);
  self->paragraphs = lectern_object_list_new (LECTERN_TYPE_PARAGRAPH, paragraphs);
  return self;
}

const char *
lectern_section_get_id (LecternSection *self)
{
  g_return_val_if_fail (LECTERN_IS_SECTION (self), NULL);
  return self->id;
}

const char *
lectern_section_get_heading (LecternSection *self)
{
  g_return_val_if_fail (LECTERN_IS_SECTION (self), NULL);
  return self->heading;
}

GListModel *
lectern_section_get_paragraphs (LecternSection *self)
{
  g_return_val_if_fail (LECTERN_IS_SECTION (self), NULL);
  return G_LIST_MODEL (self->paragraphs);
}
